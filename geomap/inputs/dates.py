"""Publication dates from headers and datelines.

Relative dates in an article ("on Tuesday") are only as good as its
publication date, so we accept the forms news sites actually print.
"""

from __future__ import annotations

import re
from datetime import date, datetime

__all__ = ("MONTHS", "parse_date", "find_dateline")

MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_ISO = re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})")
_MDY = re.compile(_MONTH + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})", re.I)
_DMY = re.compile(r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<y>\d{4})", re.I)

#: Lines such as "Updated: August 24, 2022, 1:51 PM" or "Published 24 Aug 2022".
_DATELINE = re.compile(
    r"^\s*(?:last\s+)?(?P<kind>published|updated|posted|date|first published)"
    r"\s*(?:on)?\s*:?\s*(?P<rest>.+)$",
    re.I,
)


def parse_date(text: str) -> date | None:
    """Parse the first date in ``text`` (ISO, "August 24, 2022", "24 Aug 2022")."""
    for pattern in (_ISO, _MDY, _DMY):
        match = pattern.search(text)
        if not match:
            continue
        groups = match.groupdict()
        month = int(groups["m"]) if "m" in groups and groups.get("m") else None
        if month is None:
            month = MONTHS[groups["month"].lower()]
        try:
            return datetime(int(groups["y"]), month, int(groups["d"])).date()
        except ValueError:
            continue
    return None


def find_dateline(lines: list[str]) -> tuple[date | None, int | None]:
    """Find a publication dateline; return its date and line index.

    A "Published:" line wins over "Updated:", since relative dates in the body
    are written against the first publication.
    """
    best: tuple[date | None, int | None, int] = (None, None, 99)
    for index, line in enumerate(lines):
        match = _DATELINE.match(line)
        if not match or len(line) > 120:
            continue
        found = parse_date(match.group("rest"))
        if found is None:
            continue
        rank = 0 if match.group("kind").lower().endswith("published") else 1
        if rank < best[2]:
            best = (found, index, rank)
    return best[0], best[1]
