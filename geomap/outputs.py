"""Write a build's output files as a set: all old or all new, never a mix.

Every output is first written into a staging folder inside the output
folder (same filesystem, so a rename is atomic) and flushed to disk; only
when all of them are written are they renamed into place, one rename each,
microseconds apart.  A writer that fails or a build killed while writing
leaves the previous outputs untouched; the staging folder of a killed build
is swept by the next one.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from geomap.errors import RenderError

__all__ = ("STAGING_PREFIX", "write_outputs")

STAGING_PREFIX = ".geomap-staging-"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


def _sweep(out_dir: Path) -> None:
    """Remove staging folders whose build process is gone (killed mid-write)."""
    for folder in out_dir.glob(f"{STAGING_PREFIX}*"):
        pid = folder.name.removeprefix(STAGING_PREFIX).split("-", 1)[0]
        if folder.is_dir() and pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_outputs(out_dir: Path, writers: Mapping[str, Callable[[Path], Any]]) -> list[Path]:
    """Run each ``writers[name](path)`` into staging, then move all into ``out_dir``.

    Returns the final paths in the order given.  Raises `RenderError` when
    an output name is taken by a folder; any writer's exception propagates
    after the staging folder is removed, with ``out_dir`` as it was.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    _sweep(out_dir)
    for name in writers:
        if (out_dir / name).is_dir():
            raise RenderError(f"{out_dir / name}: is a folder; cannot write the output there")
    staging = Path(tempfile.mkdtemp(prefix=f"{STAGING_PREFIX}{os.getpid()}-", dir=out_dir))
    try:
        for name, write in writers.items():
            write(staging / name)
            _fsync(staging / name)
        finals = []
        for name in writers:
            final = out_dir / name
            mode = final.stat().st_mode & 0o777 if final.exists() else 0o644
            os.chmod(staging / name, mode)
            finals.append(final)
        for name, final in zip(writers, finals, strict=True):
            os.replace(staging / name, final)
        _fsync(out_dir)
        return finals
    finally:
        shutil.rmtree(staging, ignore_errors=True)
