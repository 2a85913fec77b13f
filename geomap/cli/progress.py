"""The build's progress bar: articles done, rate and time left, on a terminal only."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

__all__ = ("progress_bar",)


def progress_bar(files: Sequence[Path], *, quiet: bool, stream: IO[str] | None = None) -> Any:
    """A tqdm bar over every article (and dataset row) in ``files``.

    Silent when ``quiet`` or when ``stream`` (default stderr) is not a
    terminal, so logs and pipes get only the summary.
    """
    from tqdm import tqdm

    from geomap.inputs.count import count_items

    stream = stream or sys.stderr
    show = not quiet and stream.isatty()
    return tqdm(
        total=count_items(files) if show else None,
        unit=" articles",
        disable=not show,
        file=stream,
        dynamic_ncols=True,
    )
