"""Read articles from files and folders: ``.txt``, ``.md`` and ``.jsonl``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from geomap.errors import InputError
from geomap.inputs.dates import find_dateline, parse_date
from geomap.inputs.jsonl import read_jsonl
from geomap.inputs.text import parse_text_article, read_text_article
from geomap.model import Article

__all__ = (
    "SUFFIXES",
    "collect_files",
    "find_dateline",
    "iter_articles",
    "parse_date",
    "parse_text_article",
    "read_jsonl",
    "read_text_article",
)

SUFFIXES = (".txt", ".md", ".jsonl")


def collect_files(inputs: Iterable[Path]) -> Iterator[Path | InputError]:
    """Expand folders (recursively, sorted) into article files."""
    for item in inputs:
        if item.is_dir():
            try:
                found = sorted(p for p in item.rglob("*") if p.suffix.lower() in SUFFIXES)
            except OSError as exc:
                yield InputError(f"cannot list folder: {exc.strerror or exc}", path=str(item))
                continue
            yield from (path for path in found if path.is_file())
        elif item.is_file():
            if item.suffix.lower() in SUFFIXES:
                yield item
            else:
                yield InputError(
                    f"unsupported file type {item.suffix or '(none)'!r}; "
                    f"expected one of {', '.join(SUFFIXES)}",
                    path=str(item),
                )
        else:
            yield InputError("no such file or folder", path=str(item))


def iter_articles(
    inputs: Iterable[Path], *, published: date | None = None
) -> Iterator[Article | InputError]:
    """Yield every article under ``inputs``, or an `InputError` for each bad one."""
    for item in collect_files(inputs):
        if isinstance(item, InputError):
            yield item
        elif item.suffix.lower() == ".jsonl":
            yield from read_jsonl(item, published=published)
        else:
            try:
                yield read_text_article(item, published=published)
            except InputError as exc:
                yield exc
            except Exception as exc:  # noqa: BLE001 - one file's failure of any kind is reported
                yield InputError(
                    f"cannot read this article ({type(exc).__name__}: {exc})", path=str(item)
                )
