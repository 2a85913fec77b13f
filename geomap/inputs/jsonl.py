"""JSON Lines articles: one ``{"id", "title", "text", "published", "url"}`` per line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from geomap.errors import InputError
from geomap.inputs.dates import find_dateline, parse_date
from geomap.inputs.text import check_length
from geomap.model import Article

__all__ = ("read_jsonl",)


def read_jsonl(path: Path, *, published: date | None = None) -> Iterator[Article | InputError]:
    """Yield each line's article, or the `InputError` that names its line.

    Bad lines are yielded as errors, not raised, so one malformed row never
    stops the rest of the file.
    """
    try:
        handle = path.open("r", encoding="utf-8")
    except OSError as exc:
        yield InputError(f"cannot read file: {exc.strerror or exc}", path=str(path))
        return
    with handle:
        try:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    yield _article(json.loads(line), path, number, published)
                except json.JSONDecodeError as exc:
                    yield InputError(f"invalid JSON: {exc.msg}", path=str(path), line=number)
                except InputError as exc:
                    yield exc
        except UnicodeDecodeError:
            yield InputError("not valid UTF-8; re-save the file as UTF-8", path=str(path))


def _article(row: object, path: Path, number: int, published: date | None) -> Article:
    where = {"path": str(path), "line": number}
    if not isinstance(row, dict):
        raise InputError("expected a JSON object per line", **where)
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError("field 'text': missing or empty", **where)
    check_length(text, **where)
    title = row.get("title") or text.strip().split("\n", 1)[0][:120]
    if not isinstance(title, str):
        raise InputError(f"field 'title': expected a string, got {title!r}", **where)
    when = published
    raw_date = row.get("published")
    if when is None and raw_date:
        when = parse_date(str(raw_date))
        if when is None:
            raise InputError(f"field 'published': cannot read a date from {raw_date!r}", **where)
    if when is None:
        when, _ = find_dateline(text.split("\n"))
    article_id = str(row.get("id") or f"{path.name}:{number}")
    url = row.get("url") or ""
    return Article(
        id=article_id, title=title.strip(), text=text, published=when, url=str(url), path=str(path)
    )
