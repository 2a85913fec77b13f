"""Plain-text and Markdown articles.

The first non-empty line is the title.  Metadata may follow as header lines
(``Published: 2022-08-24``, ``URL: …``); otherwise the publication date comes
from a dateline anywhere in the text (``Updated: August 24, 2022, 1:51 PM``).
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from geomap.errors import InputError
from geomap.inputs.clean import clean_line, clean_text
from geomap.inputs.dates import find_dateline, parse_date
from geomap.model import Article

__all__ = ("MAX_BYTES", "MAX_CHARS", "check_length", "read_text_article", "parse_text_article")

#: Larger files are not news articles; refusing them keeps a batch responsive
#: and stays under spaCy's one-million-character limit per text.
MAX_BYTES = 2_000_000
MAX_CHARS = 1_000_000


def check_length(text: str, *, path: str, line: int | None = None) -> None:
    """Refuse a text too long to be one article, naming where it came from."""
    if len(text) > MAX_CHARS:
        raise InputError(
            f"text is {len(text):,} characters, over the {MAX_CHARS:,}-character limit for one "
            "article; split it into articles",
            path=path,
            line=line,
        )


_HEADER = re.compile(r"^(?P<key>published|date|url|source|id)\s*:\s*(?P<value>.+)$", re.I)


def read_text_article(path: Path, *, published: date | None = None) -> Article:
    """Read one ``.txt``/``.md`` article, raising `InputError` naming the file.

    The size limit is checked from the file's size before reading, so a
    huge file costs no memory; reading stops at the limit in case the file
    grows meanwhile.
    """
    try:
        size = path.stat().st_size
        if size <= MAX_BYTES:
            with path.open("rb") as handle:
                raw = handle.read(MAX_BYTES + 1)
            size = len(raw)
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", path=str(path)) from exc
    if size > MAX_BYTES:
        raise InputError(
            f"file is {size:,} bytes, over the {MAX_BYTES:,}-byte limit for one article",
            path=str(path),
        )
    if b"\x00" in raw[:4096]:
        raise InputError("looks like a binary file, not a text article", path=str(path))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(
            f"not valid UTF-8 at byte {exc.start}; re-save the file as UTF-8",
            path=str(path),
            line=line,
        ) from exc
    return parse_text_article(text, article_id=path.name, path=str(path), published=published)


def parse_text_article(
    text: str, *, article_id: str, path: str = "", published: date | None = None
) -> Article:
    """Split a text article into title, header metadata and body (text cleaned first)."""
    lines = clean_text(text).split("\n")
    nonempty = [i for i, line in enumerate(lines) if line.strip()]
    if not nonempty:
        raise InputError("the article is empty", path=path or article_id)
    title_index = nonempty[0]
    title = clean_line(lines[title_index].lstrip().lstrip("#"))
    meta: dict[str, str] = {}
    body_start = title_index + 1
    for index in range(title_index + 1, len(lines)):
        line = lines[index].strip()
        if not line:
            if meta:
                body_start = index + 1
                break
            continue
        match = _HEADER.match(line)
        if not match:
            break
        meta[match.group("key").lower()] = match.group("value").strip()
        body_start = index + 1
    body_lines = lines[body_start:]
    when = published
    if when is None and ("published" in meta or "date" in meta):
        when = parse_date(meta.get("published") or meta["date"])
        if when is None:
            raise InputError(
                "field 'published': cannot read a date from "
                f"{meta.get('published') or meta['date']!r}"
                " (use YYYY-MM-DD)",
                path=path or article_id,
                line=title_index + 2,
            )
    if when is None:
        when, _ = find_dateline(body_lines)
    body = "\n".join(body_lines).strip("\n")
    check_length(body, path=path or article_id)
    if not body.strip():
        raise InputError("the article has a title but no text", path=path or article_id)
    return Article(
        id=clean_line(meta.get("id", "")) or clean_line(article_id) or "article",
        title=title,
        text=body,
        published=when,
        url=clean_line(meta.get("url", "")),
        path=path,
    )
