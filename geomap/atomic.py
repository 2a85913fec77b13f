"""Atomic file replacement: readers see the old file or the new one, never half.

Every file geomap writes for a user (maps, exports, curated gazetteer files)
goes through here, so an interrupted run never leaves a truncated file in
place of a good one.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

__all__ = ("atomic_write", "file_lock", "read_kept")


@contextmanager
def file_lock(
    lock_path: Path, timeout: float, on_timeout: Callable[[str], Exception]
) -> Iterator[None]:
    """Hold an inter-process lock on ``lock_path`` (its directory is created).

    Every read-modify-write of a user-edited file (curated gazetteer,
    ``reviews.tsv``) runs under one, so parallel editors all land.  On
    timeout raises ``on_timeout(message)``: each caller's own typed error.
    """
    from filelock import FileLock, Timeout

    lock_path.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(lock_path), timeout=timeout)
    try:
        lock.acquire()
    except Timeout as exc:
        where, name = lock_path.parent, lock_path.name
        raise on_timeout(
            f"{where}: another process holds {name} for more than {timeout:g} s"
        ) from exc
    try:
        yield
    finally:
        lock.release()


def atomic_write(
    path: Path | str, data: bytes | str, *, before_replace: Callable[[int], None] | None = None
) -> Path:
    """Write ``data`` to ``path`` through a temp file, fsync and ``os.replace``.

    The temp file sits in the same directory (``os.replace`` is atomic only
    within one filesystem) and is named ``.NAME.*.tmp`` so a leftover from a
    killed writer is never mistaken for data.  ``before_replace`` receives the
    open descriptor after writing; tests use it to stop a writer mid-way.
    """
    path = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            if before_replace is not None:
                before_replace(handle.fileno())
            os.fsync(handle.fileno())
        mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    try:
        dir_fd = os.open(path.parent, os.O_RDONLY)
    except OSError:  # pragma: no cover - platforms without directory fds
        return path
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
    return path


def read_kept(path: Path | None) -> Any | None:
    """What a pickle kept at ``path`` holds, or ``None`` when it is missing or damaged.

    For derived data kept between processes (written with `atomic_write`): a
    damaged copy is rebuilt by the caller, never trusted.
    """
    if path is None or not path.exists():
        return None
    try:
        return pickle.loads(path.read_bytes())
    except Exception:  # noqa: BLE001 - any unreadable copy is simply rebuilt
        return None
