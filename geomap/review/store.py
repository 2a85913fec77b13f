"""``reviews.tsv``: an analyst's corrections, one line each, read and edited safely.

Format (UTF-8, tab-separated, ``#`` comment lines, first other line the
header)::

    when  who  action  incident  field  value  why

``action`` is one of :class:`Action`; what ``field`` and ``value`` hold
depends on it (see :data:`FIELDS`).  Lines are only ever appended, so the
file diffs one line per correction and a later line wins over an earlier
one.  Edits run under a lock (``.reviews.lock`` beside the file) and
replace the file atomically, so parallel edits all land and a killed writer
leaves the old file; every value is checked before anything is written.
"""

from __future__ import annotations

import getpass
import math
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path

from geomap.atomic import atomic_write, file_lock
from geomap.errors import ReviewError, ReviewLockError
from geomap.gazetteer.curated import FORBIDDEN
from geomap.review.ids import ID_PATTERN
from geomap.vocab import EventType, SubEventType

__all__ = (
    "FIELDS",
    "FILE_NAME",
    "HEADER",
    "Action",
    "Review",
    "append_reviews",
    "make_review",
    "parse_point",
    "read_reviews",
)

FILE_NAME = "reviews.tsv"
LOCK_NAME = ".reviews.lock"
HEADER = ("when", "who", "action", "incident", "field", "value", "why")
_HEADER_LINE = "\t".join(HEADER)
PREAMBLE = (
    "# geomap reviews: one correction per line, applied by every `geomap build`.\n"
    "# Edit with `geomap review reject|move|set|merge|add` or by hand (tab-separated).\n"
    f"{_HEADER_LINE}\n"
)
#: Who made a correction when ``--who`` is not given.
WHO_ENV = "GEOMAP_REVIEWER"
_PLACE_ID = re.compile(r"^[a-z0-9]+:\S+$")
_EVENT_TYPES = ", ".join(EventType)
_SUBS = ", ".join(SubEventType)


class Action(StrEnum):
    """What a review line does to its incident."""

    REJECT = "reject"  # not an incident: left off every output
    MOVE = "move"  # to a gazetteer place or to a point
    SET = "set"  # one attribute
    MERGE = "merge"  # this incident is the same event as another: fold it in
    ADD = "add"  # an incident the extractor missed


#: Fields each action accepts (``add``'s field is the article id, any value).
FIELDS: dict[Action, tuple[str, ...]] = {
    Action.REJECT: ("",),
    Action.MOVE: ("place", "point"),
    Action.SET: ("event_date", "event_type", "sub_event_type", "actor1", "actor2", "fatalities"),
    Action.MERGE: ("into",),
    Action.ADD: (),
}


@dataclass(frozen=True, slots=True)
class Review:
    """One correction; ``line`` is where it lives in the file (0: not yet written)."""

    when: str
    who: str
    action: Action
    incident: str
    field: str
    value: str
    why: str
    line: int = field(default=0, compare=False)

    def to_line(self) -> str:
        """Serialise as one TSV line (with newline)."""
        cols = (self.when, self.who, self.action.value, self.incident, self.field, self.value)
        return "\t".join((*cols, self.why)) + "\n"

    def describe(self) -> str:
        """Short text for popups and reports: ``set fatalities=3 (ana, 2026-11-26: why)``."""
        what = self.action.value
        if self.field or self.value:
            what += f" {self.field}={self.value}" if self.action is not Action.ADD else ""
        return f"{what} ({self.who}, {self.when[:10]}: {self.why})"


def parse_point(value: str) -> tuple[float, float, int, float]:
    """Read ``lat,lon,precision[,radius_km]`` (``ValueError`` with what is wrong)."""
    parts = [p.strip() for p in value.split(",")]
    if len(parts) not in (3, 4):
        raise ValueError(f"{value!r} is not lat,lon,precision[,radius_km]")
    lat, lon = float(parts[0]), float(parts[1])
    if not (math.isfinite(lat) and -90 <= lat <= 90 and math.isfinite(lon) and -180 <= lon <= 180):
        raise ValueError(f"{value!r}: latitude must be in [-90, 90], longitude in [-180, 180]")
    if parts[2] not in ("1", "2", "3"):
        raise ValueError(f"{value!r}: precision must be 1 (exact), 2 (near) or 3 (region)")
    radius = float(parts[3]) if len(parts) == 4 else 0.0
    if not math.isfinite(radius) or radius < 0:
        raise ValueError(f"{value!r}: radius_km must be a number >= 0")
    return lat, lon, int(parts[2]), radius


def _value_problem(action: Action, name: str, value: str, incident: str) -> str | None:
    """What is wrong with ``value`` for this action and field, or None."""
    if action is Action.ADD:
        if not name.strip():
            return "field: must be the article id the sentence comes from"
        return None if value.strip() else "value: the missed incident's sentence must not be empty"
    if name not in FIELDS[action]:
        allowed = ", ".join(f or "(empty)" for f in FIELDS[action])
        return f"field: {name!r} is not a field of {action.value} (one of {allowed})"
    checks = {
        "": (lambda v: v == "", "must be empty"),
        "place": (_PLACE_ID.match, "is not a gazetteer id such as cur:sy-al-tanf or gn:170794"),
        "event_date": (_is_iso_date, "is not a date YYYY-MM-DD"),
        "event_type": (lambda v: v in set(EventType), f"is not an event type ({_EVENT_TYPES})"),
        "sub_event_type": (lambda v: v in set(SubEventType), f"is not a sub-event type ({_SUBS})"),
        "actor1": (str.strip, "must not be empty"),
        "actor2": (lambda v: True, ""),
        "fatalities": (
            lambda v: re.fullmatch(r"[0-9]*", v),
            "is not a whole number >= 0 (or empty)",
        ),
        "into": (ID_PATTERN.match, "is not an incident id (12 hex digits)"),
    }
    if name == "point":
        try:
            parse_point(value)
        except ValueError as exc:
            return f"value: {exc}"
        return None
    ok, message = checks[name]
    if not ok(value):
        return f"value: {value!r} {message}"
    if name == "into" and value == incident:
        return "value: an incident cannot be merged into itself"
    return None


def _is_iso_date(value: str) -> bool:
    try:
        return len(value) == 10 and date.fromisoformat(value) is not None
    except ValueError:
        return False


def _check(fields: dict[str, str], where: str, line: int) -> Review:
    """Build a `Review` from raw fields, or raise `ReviewError` naming every problem."""
    problems: list[str] = []
    for name in HEADER:
        if any(c in FORBIDDEN for c in fields.get(name, "")):
            problems.append(
                f"{name}: {fields[name]!r} contains a tab, line break or control character"
            )
    when = fields.get("when", "").strip()
    try:
        stamp = datetime.fromisoformat(when.replace("Z", "+00:00"))
        if stamp.tzinfo is None:
            problems.append(f"when: {when!r} needs a time zone (e.g. 2026-11-26T06:10:00Z)")
    except ValueError:
        problems.append(f"when: {when!r} is not an ISO time such as 2026-11-26T06:10:00Z")
    for name in ("who", "why"):
        if not fields.get(name, "").strip():
            problems.append(f"{name}: must not be empty (every correction says who and why)")
    incident = fields.get("incident", "").strip()
    if not ID_PATTERN.match(incident):
        problems.append(f"incident: {incident!r} is not an incident id (12 hex digits)")
    try:
        action = Action(fields.get("action", "").strip())
    except ValueError:
        choices = ", ".join(a.value for a in Action)
        problems.append(f"action: {fields.get('action', '')!r} is not one of {choices}")
        action = None
    if action is not None:
        name, value = fields.get("field", "").strip(), fields.get("value", "").strip()
        problem = _value_problem(action, name, value, incident)
        if problem:
            problems.append(problem)
    if problems:
        raise ReviewError("; ".join(f"{where}: {p}" for p in problems))
    assert action is not None
    return Review(
        when=when,
        who=fields["who"].strip(),
        action=action,
        incident=incident,
        field=fields.get("field", "").strip(),
        value=fields.get("value", "").strip(),
        why=fields["why"].strip(),
        line=line,
    )


def make_review(
    action: Action | str,
    incident: str,
    field: str = "",
    value: str = "",
    *,
    why: str,
    who: str | None = None,
    when: str | None = None,
    path: Path | str = FILE_NAME,
) -> Review:
    """Return a new, validated correction (`ReviewError` on a bad value).

    ``who`` defaults to ``$GEOMAP_REVIEWER`` or the login name, ``when`` to
    now (UTC, whole seconds).
    """
    fields = {
        "when": when or datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "who": who if who is not None else (os.environ.get(WHO_ENV) or getpass.getuser()),
        "action": str(action),
        "incident": incident,
        "field": field,
        "value": value,
        "why": why,
    }
    return _check(fields, f"{path} (new line)", 0)


def read_reviews(path: Path) -> list[Review]:
    """Every correction of ``path`` in file order ([] if it does not exist).

    Raises `ReviewError` naming each bad line (``file:line: field: …``): a
    correction that cannot be read must be fixed, never silently skipped.
    """
    if not path.exists():
        return []
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ReviewError(f"{path}: not UTF-8 ({exc})") from exc
    reviews: list[Review] = []
    problems: list[str] = []
    header_seen = False
    for number, raw in enumerate(text.split("\n"), start=1):
        row = raw.rstrip("\r")
        if not row.strip() or row.startswith("#"):
            continue
        cols = row.split("\t")
        if not header_seen:
            header_seen = True
            if tuple(c.strip() for c in cols) != HEADER:
                problems.append(f"{path}:{number}: header: {row!r} is not {_HEADER_LINE!r}")
                break
            continue
        if len(cols) != len(HEADER):
            problems.append(
                f"{path}:{number}: columns: expected {len(HEADER)} tab-separated fields, "
                f"got {len(cols)}: {row!r}"
            )
            continue
        try:
            reviews.append(_check(dict(zip(HEADER, cols, strict=True)), f"{path}:{number}", number))
        except ReviewError as exc:
            problems.append(str(exc))
    if problems:
        raise ReviewError("\n".join(problems))
    return reviews


def append_reviews(path: Path, reviews: Iterable[Review], timeout: float = 60.0) -> list[Review]:
    """Append corrections under the lock, in one atomic write; return them with line numbers.

    The file is re-read under the lock, so a bad hand edit is reported
    (and nothing written) instead of buried under new lines.
    """
    new = list(reviews)
    with file_lock(path.parent / LOCK_NAME, timeout, ReviewLockError):
        read_reviews(path)
        old = path.read_bytes() if path.exists() else PREAMBLE.encode("utf-8")
        if old and not old.endswith(b"\n"):
            old += b"\n"
        first = old.count(b"\n") + 1
        payload = old + "".join(r.to_line() for r in new).encode("utf-8")
        atomic_write(path, payload)
    return [
        Review(r.when, r.who, r.action, r.incident, r.field, r.value, r.why, first + k)
        for k, r in enumerate(new)
    ]
