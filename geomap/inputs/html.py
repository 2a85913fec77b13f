"""Saved news pages (``.html``): text, title and date by trafilatura, not by hand.

trafilatura finds the article body among navigation, adverts and comments,
and htmldate (which it uses) the publication date in the page's metadata.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from geomap.errors import InputError
from geomap.inputs.clean import clean_line, clean_text
from geomap.inputs.dates import find_dateline, parse_date
from geomap.inputs.encoding import decode_text, read_limited
from geomap.inputs.text import check_length
from geomap.model import Article

__all__ = ("MAX_HTML_BYTES", "read_html_article")

log = logging.getLogger(__name__)

#: Saved pages carry scripts and styles; 20 MB is far above any news page.
MAX_HTML_BYTES = 20_000_000


def read_html_article(path: Path, *, published: date | None = None) -> Article:
    """Read one saved page as an article, raising `InputError` naming the file."""
    raw = read_limited(path, MAX_HTML_BYTES, "a page")
    import trafilatura

    doc = trafilatura.bare_extraction(
        decode_text(raw, path=str(path)),
        with_metadata=True,
        include_comments=False,
        include_tables=False,
    )
    text = clean_text(getattr(doc, "text", None) or "").strip()
    if not text:
        raise InputError("no article text found in the page", path=str(path))
    check_length(text, path=str(path))
    when = published
    if when is None and getattr(doc, "date", None):
        when = parse_date(doc.date)
        if when is None:
            log.warning("%s: cannot read the page's date %r; ignored", path, doc.date)
    if when is None:
        when, _ = find_dateline(text.split("\n"))
    title = clean_line(getattr(doc, "title", None) or "") or clean_line(
        text.split("\n", 1)[0][:120]
    )
    return Article(
        id=path.name,
        title=title,
        text=text,
        published=when,
        url=clean_line(getattr(doc, "url", None) or ""),
        path=str(path),
    )
