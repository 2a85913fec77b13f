"""Is a cached index whole?  Cheap checks on every open, a full one after any change.

A cache file can be damaged by anything outside geomap: a full disk, a
copy cut short, a backup tool restoring half a file, a directory created
where the file should be.  Every open checks what costs nothing: a
regular file, the SQLite magic header, and a size that matches the page
count the header records.  When the file changed since it was last found
whole (its size, inode or times differ from the ``.ok`` stamp beside it)
SQLite's ``quick_check`` reads every page once and the ``meta`` table must
name this schema version and the key the file was built for.  A file that
fails is reported in one line and rebuilt by :mod:`geomap.gazetteer.index`.
"""

from __future__ import annotations

import shutil
import sqlite3
import time
from pathlib import Path

from geomap.atomic import atomic_write

__all__ = (
    "STALE_TMP_SECONDS",
    "check_header",
    "check_index",
    "discard",
    "known_whole",
    "mark_whole",
    "sweep_tmp",
)

_MAGIC = b"SQLite format 3\x00"
_HEADER = 100
#: Temp files of a killed writer older than this are swept even outside a lock.
STALE_TMP_SECONDS = 3600


def check_header(path: Path) -> str | None:
    """Return what is wrong with the file itself (None if it looks whole); reads 100 bytes."""
    try:
        if not path.is_file():
            return "not a file" if path.exists() else "missing"
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(_HEADER)
    except OSError as exc:
        return f"unreadable ({exc.strerror or exc})"
    if len(head) < _HEADER or not head.startswith(_MAGIC):
        return "not an SQLite file" if size else "empty"
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    counter, valid_for = head[24:28], head[92:96]
    if counter == valid_for and pages and size != pages * page_size:
        return f"{size:,} bytes where its header says {pages * page_size:,} (cut short?)"
    return None


def _stamp_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.ok")


def _signature(path: Path) -> str:
    st = path.stat()
    return f"{st.st_size} {st.st_ino} {st.st_mtime_ns} {st.st_ctime_ns}"


def _is_stamped(path: Path) -> bool:
    try:
        return _stamp_path(path).read_text(encoding="ascii") == _signature(path)
    except (OSError, UnicodeDecodeError):
        return False


def known_whole(path: Path) -> bool:
    """The lock-free fast path: the header is sound and the file is unchanged since found whole."""
    return check_header(path) is None and _is_stamped(path)


def mark_whole(path: Path) -> None:
    """Record that ``path`` passed the full check (or was just built)."""
    atomic_write(_stamp_path(path), _signature(path))


def check_index(path: Path, schema: int, key: str | None) -> str | None:
    """Return what is wrong with the index at ``path``, or None if it is whole.

    The header check runs every time; the page-by-page check only when the
    file changed since it was last found whole.
    """
    problem = check_header(path)
    if problem is not None or _is_stamped(path):
        return problem
    try:
        conn = sqlite3.connect(f"file:{path.resolve()}?mode=ro", uri=True)
        try:
            found = conn.execute("PRAGMA quick_check").fetchall()
            if found != [("ok",)]:
                return f"damaged pages ({found[0][0][:80]})"
            meta = dict(conn.execute("SELECT k, v FROM meta").fetchall())
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return f"unreadable as an index ({exc})"
    if meta.get("schema") != str(schema):
        return f"schema {meta.get('schema')!r}, expected {schema}"
    if key is not None and meta.get("key") != key:
        return f"built for {meta.get('key')!r}, expected {key!r}"
    return None


def discard(path: Path) -> None:
    """Remove a damaged index (a directory in its place too) and its stamp."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)
    _stamp_path(path).unlink(missing_ok=True)


def sweep_tmp(directory: Path, *, locked: bool, pattern: str = ".*.tmp") -> list[Path]:
    """Remove ``.*.tmp`` files that killed writers left behind; return them.

    Every writer of ``directory`` writes under its lock, so a caller holding
    it (``locked``) knows every temp file is a leftover; without the lock
    only those older than `STALE_TMP_SECONDS` are.
    """
    removed = []
    now = time.time()
    for tmp in directory.glob(pattern):
        try:
            if locked or now - tmp.stat().st_mtime > STALE_TMP_SECONDS:
                if tmp.is_dir():
                    continue
                tmp.unlink()
                removed.append(tmp)
        except OSError:
            continue  # another process swept it first
    return removed
