"""Edit curated gazetteer files safely: append, remove and repair records.

Edits keep every existing byte and insert in id order, so diffs stay one
line per change; each write takes a lock on the directory
(``.gazetteer.lock``) and replaces the file atomically (temp file in the
same directory, fsync, ``os.replace``), so a killed writer leaves the old
file intact and concurrent ``add`` calls all land.  Records are found by
their id column alone, so a record that fails validation can still be
removed or repaired without editing the file by hand.
"""

from __future__ import annotations

import bisect
import os
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from geomap.atomic import atomic_write as atomic_write_file
from geomap.atomic import file_lock
from geomap.errors import GazetteerEntryError, GazetteerLockError
from geomap.gazetteer.curated import (
    FORBIDDEN,
    HEADER_LINE,
    MULTI_COUNTRY_FILE,
    Entry,
    Problem,
    Record,
    curated_files,
    read_dir,
    records,
)
from geomap.gazetteer.integrity import sweep_tmp

__all__ = (
    "LOCK_NAME",
    "PAUSE_ENV",
    "append_entries",
    "atomic_write",
    "file_for",
    "locked",
    "new_id",
    "remove_entry",
    "repair_dir",
)

LOCK_NAME = ".gazetteer.lock"
#: Seconds to sleep half-way through an atomic write: a test hook that lets
#: the crash test SIGKILL a writer at the worst moment.
PAUSE_ENV = "GEOMAP_TEST_PAUSE_MID_WRITE"
_FORBIDDEN_TABLE = str.maketrans(dict.fromkeys(FORBIDDEN - {"\t", "\n"}, " "))


@contextmanager
def locked(curated_dir: Path, timeout: float = 60.0) -> Iterator[None]:
    """Hold the curated directory's write lock (``GazetteerLockError`` on timeout)."""
    with file_lock(curated_dir / LOCK_NAME, timeout, GazetteerLockError):
        sweep_tmp(curated_dir, locked=True, pattern=".*.tsv.*.tmp")  # killed writers' leftovers
        yield


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


def remove_entry(curated_dir: Path, ident: str, timeout: float = 60.0) -> Record:
    """Remove the record with id ``ident``, keeping every other byte.

    The record is found by its first column alone, so an entry that fails
    validation (a control character, a bad coordinate) can still be removed.
    """
    with locked(curated_dir, timeout):
        for path in curated_files(curated_dir):
            match = next((r for r in records(path) if r.id == ident), None)
            if match is None:
                continue
            lines = path.read_bytes().split(b"\n")
            del lines[match.line - 1]
            atomic_write(path, b"\n".join(lines))
            return match
    raise GazetteerEntryError(f"{curated_dir}: id: no curated entry with id {ident!r}")


def repair_dir(curated_dir: Path, timeout: float = 60.0) -> list[Problem]:
    """Replace every forbidden character inside a field by a space; return what was fixed.

    Tabs between fields and the record's newline stay; nothing else changes,
    byte for byte.  Each changed file is written once, atomically, under the
    directory lock.
    """
    fixed: list[Problem] = []
    with locked(curated_dir, timeout):
        for path in curated_files(curated_dir):
            lines = path.read_bytes().split(b"\n")
            changed = False
            for record in records(path):
                body = record.text.translate(_FORBIDDEN_TABLE)
                if body == record.text:
                    continue
                ending = b"\r" if lines[record.line - 1].endswith(b"\r") else b""
                lines[record.line - 1] = body.encode("utf-8") + ending
                changed = True
                message = f"replaced control characters in {record.text!r}"
                fixed.append(Problem(str(path), record.line, "line", message))
            if changed:
                atomic_write(path, b"\n".join(lines))
    return fixed
