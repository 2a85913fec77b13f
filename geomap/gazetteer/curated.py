"""Curated gazetteer files: read, validate and edit safely.

Format (UTF-8, tab-separated, ``#`` comment lines, first other line the
header)::

    id  name  aliases  lat  lon  type  country  admin1  source  geometry

Files are named by lowercase country code (``sy.tsv``) or ``regions.tsv``
for features spanning countries (whose ``country`` may be empty).  Edits
keep every existing byte and append, so diffs stay one line per change; each
write takes a lock on the directory (``.gazetteer.lock``) and replaces the
file atomically (temp file in the same directory, fsync, ``os.replace``), so
a killed writer leaves the old file intact and concurrent ``add`` calls all
land.
"""

from __future__ import annotations

import bisect
import math
import os
import re
import time
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from geomap.atomic import atomic_write as atomic_write_file
from geomap.atomic import file_lock
from geomap.errors import GazetteerEntryError, GazetteerLockError
from geomap.model import FEATURE_TYPES, Place

__all__ = (
    "HEADER",
    "HEADER_LINE",
    "LOCK_NAME",
    "Entry",
    "Problem",
    "known_countries",
    "parse_file",
    "read_dir",
    "curated_files",
    "check_entry",
    "locked",
    "atomic_write",
    "file_for",
    "new_id",
    "append_entries",
    "remove_entry",
)

HEADER = ("id", "name", "aliases", "lat", "lon", "type", "country", "admin1", "source", "geometry")
HEADER_LINE = "\t".join(HEADER) + "\n"
LOCK_NAME = ".gazetteer.lock"
MULTI_COUNTRY_FILE = "regions.tsv"
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
#: Seconds to sleep half-way through an atomic write: a test hook that lets
#: the crash test SIGKILL a writer at the worst moment.
PAUSE_ENV = "GEOMAP_TEST_PAUSE_MID_WRITE"


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
        if "\t" in value or "\n" in value:
            bad(key, f"{value!r} contains a tab or newline")
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
    for number, line in enumerate(text.split("\n"), start=1):
        line = line.rstrip("\r")
        if line.strip() and not line.startswith("#"):
            yield number, line


def parse_file(path: Path) -> tuple[list[Entry], list[Problem]]:
    """Parse one curated file into entries and per-record problems."""
    try:
        text = path.read_text(encoding="utf-8")
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


def locked(curated_dir: Path, timeout: float = 60.0) -> AbstractContextManager[None]:
    """Hold the curated directory's write lock (``GazetteerLockError`` on timeout)."""
    return file_lock(curated_dir / LOCK_NAME, timeout, GazetteerLockError)


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically (see `geomap.atomic.atomic_write`).

    With ``GEOMAP_TEST_PAUSE_MID_WRITE`` set, the writer sleeps after writing
    the temp file and before replacing the original, so a test can kill it
    mid-write and check that nothing was lost.
    """
    pause = float(os.environ.get(PAUSE_ENV, "0") or 0)
    atomic_write_file(path, data, before_replace=(lambda _fd: time.sleep(pause)) if pause else None)


def file_for(curated_dir: Path, entry: Entry) -> Path:
    """Return the file an entry belongs in: ``<cc>.tsv`` or ``regions.tsv``."""
    name = f"{entry.country.lower()}.tsv" if entry.country else MULTI_COUNTRY_FILE
    return curated_dir / name


def new_id(name: str, country: str, taken: Iterable[str]) -> str:
    """Make a unique slug id such as ``sy-al-tanf-garrison``."""
    from geomap.gazetteer.normalize import normalize

    base = "-".join(filter(None, [country.lower(), normalize(name).replace(" ", "-")])) or "place"
    taken = set(taken)
    ident, n = base, 2
    while ident in taken:
        ident, n = f"{base}-{n}", n + 1
    return ident


def append_entries(
    curated_dir: Path,
    entries: Iterable[Entry],
    timeout: float = 60.0,
    target: Path | None = None,
) -> list[Path]:
    """Append entries to their files under the lock, one atomic write per file.

    Existing bytes are kept as they are; a missing file is created with the
    header.  ``target`` sends every entry to one file (a user layer).  Ids
    are re-checked under the lock, so two writers racing for one id cannot
    both land (``GazetteerEntryError``).  Returns the files written.
    """
    with locked(curated_dir, timeout):
        existing, _ = read_dir(curated_dir)
        where = {e.id: e for e in existing}
        by_file: dict[Path, list[str]] = {}
        for entry in entries:
            if entry.id in where:
                raise GazetteerEntryError(
                    f"{file_for(curated_dir, entry)}:0: id: {entry.id!r} already exists "
                    f"at {where[entry.id].where}"
                )
            where[entry.id] = entry
            path = target or file_for(curated_dir, entry)
            by_file.setdefault(path, []).append(entry.to_line())
        for path, lines in by_file.items():
            old = path.read_bytes() if path.exists() else HEADER_LINE.encode()
            if old and not old.endswith(b"\n"):
                old += b"\n"
            atomic_write(path, _insert_sorted(old, lines))
        return list(by_file)


def _insert_sorted(old: bytes, lines: list[str]) -> bytes:
    """Insert record lines in id order (files stay sorted); every existing byte is kept.

    Comments and the header stay where they are.  A file whose records are
    not sorted (a user's own) gets the new lines at its end.
    """
    rows = old.decode("utf-8").split("\n")
    if rows and rows[-1] == "":
        rows.pop()
    records = [i for i, row in enumerate(rows) if row and not row.startswith(("#", "id\t"))]
    ids = [rows[i].split("\t", 1)[0] for i in records]
    ordered = ids == sorted(ids)
    before: dict[int, list[str]] = {}
    for line in sorted(line.rstrip("\n") for line in lines):
        k = bisect.bisect_right(ids, line.split("\t", 1)[0]) if ordered else len(ids)
        before.setdefault(records[k] if k < len(records) else len(rows), []).append(line)
    out: list[str] = []
    for index, row in enumerate(rows):
        out += before.get(index, [])
        out.append(row)
    out += before.get(len(rows), [])
    return ("\n".join(out) + "\n").encode("utf-8")


def remove_entry(curated_dir: Path, ident: str, timeout: float = 60.0) -> Entry:
    """Remove the record with id ``ident``, keeping every other byte."""
    with locked(curated_dir, timeout):
        for path in curated_files(curated_dir):
            entries, _ = parse_file(path)
            match = next((e for e in entries if e.id == ident), None)
            if match is None:
                continue
            lines = path.read_bytes().split(b"\n")
            del lines[match.line - 1]
            atomic_write(path, b"\n".join(lines))
            return match
    raise GazetteerEntryError(f"{curated_dir}: id: no curated entry with id {ident!r}")
