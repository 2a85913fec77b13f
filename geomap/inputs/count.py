"""Count what a build will read, so progress is told in articles, not files.

A JSON Lines file holds one article per non-blank line and a dataset CSV one
event per row; counting them is a fast scan that parses nothing.  A UTF-16
or UTF-32 file (byte-order mark) is scanned as text, since its newlines are
not single bytes.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

from geomap.inputs.encoding import wide_encoding

__all__ = ("count_items",)


def _wide(path: Path) -> str | None:
    with path.open("rb") as handle:
        return wide_encoding(handle.read(4))


def _non_blank_lines(path: Path) -> int:
    count = 0
    wide = _wide(path)
    text = {"encoding": wide, "errors": "replace"} if wide else {}
    with path.open("r" if wide else "rb", **text) as handle:
        for line in handle:
            count += bool(line.strip())
    return count


def _csv_rows(path: Path) -> int:
    # Quoted fields may span lines, so rows are counted by the csv module, not by newlines.
    encoding = _wide(path) or "utf-8"
    with path.open("r", encoding=encoding, errors="replace", newline="") as handle:
        rows = sum(1 for row in csv.reader(handle) if row)
    return max(rows - 1, 0)  # the header


def count_items(files: Iterable[Path]) -> int:
    """Articles (and dataset rows) in ``files``; an unreadable file counts as one."""
    total = 0
    for path in files:
        suffix = path.suffix.lower()
        try:
            if suffix == ".jsonl":
                total += _non_blank_lines(path)
            elif suffix == ".csv":
                total += _csv_rows(path)
            else:
                total += 1
        except OSError:
            total += 1  # the build reports it; the bar need not
    return total
