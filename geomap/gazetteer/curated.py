"""Curated gazetteer files: the format, and reading and checking records.

Format (UTF-8, tab-separated, ``#`` comment lines, first other line the
header)::

    id  name  aliases  lat  lon  type  country  admin1  source  geometry

Files are named by lowercase country code (``sy.tsv``) or ``regions.tsv``
for features spanning countries (whose ``country`` may be empty).  Only
``\n`` ends a record and no field may hold another line break or control
character; writing is :mod:`geomap.gazetteer.edit`'s job.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from geomap.model import FEATURE_TYPES, Place

__all__ = (
    "FORBIDDEN",
    "HEADER",
    "HEADER_LINE",
    "MULTI_COUNTRY_FILE",
    "Entry",
    "Problem",
    "Record",
    "check_entry",
    "curated_files",
    "known_countries",
    "parse_file",
    "read_dir",
    "records",
)

HEADER = ("id", "name", "aliases", "lat", "lon", "type", "country", "admin1", "source", "geometry")
HEADER_LINE = "\t".join(HEADER) + "\n"
MULTI_COUNTRY_FILE = "regions.tsv"
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
#: Characters no field may hold: every control character (tab and newline
#: separate fields and records; ``\r``, ``\v``, ``\f``, NUL, … would split or
#: hide a record in some reader), the Unicode line and paragraph separators
#: and lone surrogates (not UTF-8 at all).
FORBIDDEN = frozenset(
    [chr(c) for c in (*range(0x20), 0x7F, *range(0x80, 0xA0), *range(0xD800, 0xE000))]
    + ["\u2028", "\u2029"]
)


@dataclass(frozen=True, slots=True)
class Problem:
    """One validation finding, printed as ``file:line: field: message``."""

    path: str
    line: int
    field: str
    message: str
    warning: bool = False

    def __str__(self) -> str:
        kind = "warning: " if self.warning else ""
        where = f"{self.path}:{self.line}" if self.line else f"{self.path} (new entry)"
        return f"{where}: {self.field}: {kind}{self.message}"


@dataclass(frozen=True, slots=True)
class Record:
    """One record line as written, valid or not: what ``remove`` and ``repair`` work on."""

    id: str
    path: Path
    line: int
    text: str


@dataclass(frozen=True, slots=True)
class Entry:
    """One curated record; ``path``/``line`` say where it lives (0: not yet)."""

    id: str
    name: str
    lat: float
    lon: float
    type: str
    country: str
    aliases: tuple[str, ...] = ()
    admin1: str = ""
    source: str = ""
    geometry: str = ""
    path: Path | None = field(default=None, compare=False)
    line: int = field(default=0, compare=False)

    def to_line(self) -> str:
        """Serialise as one TSV line (with newline), coordinates as given."""
        cols = (
            self.id,
            self.name,
            "|".join(self.aliases),
            _fmt_coord(self.lat),
            _fmt_coord(self.lon),
            self.type,
            self.country,
            self.admin1,
            self.source,
            self.geometry,
        )
        return "\t".join(cols) + "\n"

    def to_place(self) -> Place:
        """Convert to a ``Place`` (id ``cur:<id>``, curated priority 1)."""
        where = self.path.name if self.path else "curated"
        return Place(
            id=f"cur:{self.id}",
            name=self.name,
            lat=self.lat,
            lon=self.lon,
            feature_type=self.type,
            country=self.country,
            admin1=self.admin1,
            aliases=self.aliases,
            source=f"curated:{where}; {self.source}",
            geometry=self.geometry or None,
            priority=1,
        )

    @property
    def where(self) -> str:
        """``file:line`` for messages (``file (new entry)`` before it is written)."""
        if not self.line:
            return f"{self.path or 'curated gazetteer'} (new entry)"
        return f"{self.path}:{self.line}"


def _fmt_coord(value: float) -> str:
    return f"{value:.6f}".rstrip("0").rstrip(".")


@cache
def known_countries() -> frozenset[str]:
    """ISO 3166-1 alpha-2 codes accepted in the ``country`` column."""
    from geomap.gazetteer.sources import country_codes

    return frozenset(country_codes())


def _clean(value: str) -> str:
    return value.strip()


def check_entry(fields: dict[str, str], path: str, line: int) -> tuple[Entry | None, list[Problem]]:
    """Check one record's fields; return the entry (None if invalid) and problems.

    Catches what needs no other entry or shape: empty or malformed id, empty
    name, non-numeric or out-of-range coordinates, unknown type or country,
    empty source.
    """
    problems: list[Problem] = []

    def bad(name: str, message: str) -> None:
        problems.append(Problem(path, line, name, message))

    ident, name = _clean(fields.get("id", "")), _clean(fields.get("name", ""))
    if not _ID.match(ident):
        bad("id", f"{ident!r} is not a slug (lowercase letters, digits, hyphens)")
    if not name:
        bad("name", "must not be empty")
    coords: list[float] = []
    for key, limit in (("lat", 90.0), ("lon", 180.0)):
        raw = _clean(fields.get(key, ""))
        try:
            value = float(raw)
        except ValueError:
            bad(key, f"{raw!r} is not a number")
            continue
        if not math.isfinite(value) or abs(value) > limit:
            bad(key, f"{raw!r} is outside [-{limit:g}, {limit:g}]")
            continue
        coords.append(value)
    ftype = _clean(fields.get("type", ""))
    if ftype not in FEATURE_TYPES:
        bad("type", f"unknown feature type {ftype!r} (one of {', '.join(sorted(FEATURE_TYPES))})")
    country = _clean(fields.get("country", ""))
    multi = Path(path).name == MULTI_COUNTRY_FILE
    if not (country in known_countries() or (multi and not country)):
        bad("country", f"unknown ISO 3166-1 alpha-2 country code {country!r}")
    source = _clean(fields.get("source", ""))
    if not source:
        bad("source", "must say where the coordinates come from")
    for key, value in fields.items():
        if not FORBIDDEN.isdisjoint(value):
            bad(key, f"{value!r} contains a tab, line break or control character")
    if problems:
        return None, problems
    aliases = tuple(a.strip() for a in fields.get("aliases", "").split("|") if a.strip())
    entry = Entry(
        id=ident,
        name=name,
        lat=coords[0],
        lon=coords[1],
        type=ftype,
        country=country,
        aliases=aliases,
        admin1=_clean(fields.get("admin1", "")),
        source=source,
        geometry=_clean(fields.get("geometry", "")),
        path=Path(path),
        line=line,
    )
    return entry, problems


def _records(text: str) -> Iterator[tuple[int, str]]:
    """Yield (line number, record) for every non-comment line.

    Only ``\n`` ends a record (a ``\r\n`` ending is accepted), so a stray
    ``\r`` or U+2028 inside a field stays in its record, where the field
    check names it, instead of splitting the record in two.
    """
    for number, line in enumerate(text.split("\n"), start=1):
        line = line.removesuffix("\r")
        if line.strip() and not line.startswith("#"):
            yield number, line


def _read(path: Path) -> str:
    """The file's text exactly as written (no newline translation)."""
    return path.read_bytes().decode("utf-8")


def parse_file(path: Path) -> tuple[list[Entry], list[Problem]]:
    """Parse one curated file into entries and per-record problems."""
    try:
        text = _read(path)
    except UnicodeDecodeError as exc:
        return [], [Problem(str(path), 0, "encoding", f"not UTF-8: {exc}")]
    entries: list[Entry] = []
    problems: list[Problem] = []
    records = _records(text)
    first = next(records, None)
    if first is None:
        return [], []
    if tuple(c.strip() for c in first[1].split("\t")) != HEADER:
        problems.append(
            Problem(str(path), first[0], "header", f"{first[1]!r} is not {HEADER_LINE.strip()!r}")
        )
        return [], problems
    for number, line in records:
        cols = line.split("\t")
        if len(cols) != len(HEADER):
            problems.append(
                Problem(
                    str(path),
                    number,
                    "columns",
                    f"expected {len(HEADER)} tab-separated fields, got {len(cols)}: {line!r}",
                )
            )
            continue
        entry, found = check_entry(dict(zip(HEADER, cols, strict=True)), str(path), number)
        problems += found
        if entry is not None:
            entries.append(entry)
    return entries, problems


def curated_files(curated_dir: Path) -> list[Path]:
    """Return the curated ``*.tsv`` files of a directory, sorted by name."""
    if not curated_dir.is_dir():
        return []
    return sorted(p for p in curated_dir.glob("*.tsv") if p.is_file())


def read_dir(curated_dir: Path) -> tuple[list[Entry], list[Problem]]:
    """Parse every curated file; duplicate ids are reported as problems."""
    entries: list[Entry] = []
    problems: list[Problem] = []
    for path in curated_files(curated_dir):
        found, probs = parse_file(path)
        entries += found
        problems += probs
    seen: dict[str, Entry] = {}
    unique: list[Entry] = []
    for entry in entries:
        if entry.id in seen:
            problems.append(
                Problem(
                    str(entry.path),
                    entry.line,
                    "id",
                    f"duplicate id {entry.id!r} (first at {seen[entry.id].where})",
                )
            )
            continue
        seen[entry.id] = entry
        unique.append(entry)
    return unique, problems


def records(path: Path) -> list[Record]:
    """Every record line of a curated file, valid or not (the header excluded)."""
    try:
        text = _read(path)
    except UnicodeDecodeError:
        text = path.read_bytes().decode("utf-8", "replace")
    found = [
        Record(line.split("\t", 1)[0].strip(), path, number, line)
        for number, line in _records(text)
    ]
    return [r for r in found if r.id != "id"]
