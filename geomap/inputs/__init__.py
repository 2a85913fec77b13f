"""Read articles (``.txt``, ``.md``, ``.jsonl``, ``.html``) and coded events (``.csv``).

Event files are ACLED exports and UCDP GED; their rows need no text processing.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from geomap.errors import InputError
from geomap.inputs.dates import find_dateline, parse_date
from geomap.inputs.jsonl import read_jsonl
from geomap.inputs.text import parse_text_article, read_text_article
from geomap.model import Article, Incident

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

SUFFIXES = (".txt", ".md", ".jsonl", ".html", ".htm", ".csv")


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
) -> Iterator[Article | Incident | InputError]:
    """Yield every article under ``inputs``, or an `InputError` for each bad one.

    Rows of ACLED and UCDP GED CSV files come as ready `Incident` objects.
    """
    for item in collect_files(inputs):
        suffix = item.suffix.lower() if isinstance(item, Path) else ""
        if isinstance(item, InputError):
            yield item
        elif suffix == ".jsonl":
            yield from read_jsonl(item, published=published)
        elif suffix == ".csv":
            from geomap.inputs.datasets import read_dataset

            yield from read_dataset(item)
        else:
            try:
                if suffix in (".html", ".htm"):
                    from geomap.inputs.html import read_html_article

                    yield read_html_article(item, published=published)
                else:
                    yield read_text_article(item, published=published)
            except InputError as exc:
                yield exc
            except Exception as exc:  # noqa: BLE001 - one file's failure of any kind is reported
                yield InputError(
                    f"cannot read this article ({type(exc).__name__}: {exc})", path=str(item)
                )
