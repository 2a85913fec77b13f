"""Every reader, on generated hostile input: no exception escapes, good rows survive."""

from __future__ import annotations

import json
import os
import tempfile
import unicodedata
from pathlib import Path

from fuzz.conftest import examples
from fuzz.strategies import hostile_text, jsonl_lines
from hypothesis import given
from hypothesis import strategies as st

from geomap.errors import InputError
from geomap.inputs import iter_articles, read_jsonl, read_text_article
from geomap.inputs.clean import LINE_BREAKS, clean_line, clean_text
from geomap.model import Article

GOOD_ROW = {"id": "good", "title": "Good", "text": "Drones struck Kherson on Monday."}


def assert_clean(article: Article) -> None:
    """What the boundary promises every later stage."""
    for name in ("id", "title", "url", "text"):
        value = getattr(article, name)
        value.encode("utf-8")  # no lone surrogate
        assert unicodedata.is_normalized("NFC", value)
        allowed = "\n\t" if name == "text" else ""
        bad = [c for c in value if unicodedata.category(c) == "Cc" and c not in allowed]
        assert not bad and not set(LINE_BREAKS + "\u2028\u2029") & set(value), (name, value)
    assert article.id.strip()


def _lines_file(lines: list[bytes]) -> Path:
    handle = tempfile.NamedTemporaryFile(suffix=".jsonl", delete=False)
    with handle:
        handle.write(b"\n".join(lines) + b"\n")
    return Path(handle.name)


@examples(400)
@given(st.lists(jsonl_lines, max_size=6), st.integers(min_value=0, max_value=6))
def test_read_jsonl_never_raises_and_keeps_every_good_row(lines, where):
    lines = list(lines)
    lines.insert(min(where, len(lines)), json.dumps(GOOD_ROW).encode())
    path = _lines_file(lines)
    try:
        items = list(read_jsonl(path))
    finally:
        path.unlink()
    assert all(isinstance(i, Article | InputError) for i in items)
    assert len(items) <= len(lines)
    articles = [i for i in items if isinstance(i, Article)]
    assert "good" in {a.id for a in articles}
    for article in articles:
        assert_clean(article)
    for error in items:
        if isinstance(error, InputError):
            assert "\n" not in str(error) and str(error).startswith(str(path))


@examples(400)
@given(
    st.one_of(
        st.binary(max_size=400), hostile_text.map(lambda t: t.encode("utf-8", "surrogatepass"))
    )
)
def test_read_text_article_raises_only_input_error(data):
    with tempfile.NamedTemporaryFile(suffix=".txt", delete=False) as handle:
        handle.write(data)
    path = Path(handle.name)
    try:
        article = read_text_article(path)
    except InputError as exc:
        assert "\n" not in str(exc)
    else:
        assert_clean(article)
    finally:
        path.unlink()


@examples(150)
@given(st.lists(hostile_text, min_size=1, max_size=3))
def test_file_names_never_break_a_batch(tmp_path_factory, names):
    folder = tmp_path_factory.mktemp("names")
    written = 0
    for k, name in enumerate(names):
        raw = name.encode("utf-8", "surrogatepass").replace(b"/", b"").replace(b"\x00", b"")
        try:
            path = folder / os.fsdecode(str(k).encode() + raw[:150] + b".txt")
            path.write_bytes(b"Title\n\nDrones struck Kherson on Monday.")
        except (OSError, UnicodeError):
            continue  # a name the filesystem itself refuses
        written += 1
    items = list(iter_articles([folder]))
    assert sum(isinstance(i, Article) for i in items) == written
    for item in items:
        if isinstance(item, InputError):
            assert "\n" not in str(item)
        else:
            assert_clean(item)


@examples(500)
@given(hostile_text)
def test_clean_text_and_line_are_idempotent_and_safe(text):
    body, line = clean_text(text), clean_line(text)
    assert clean_text(body) == body and clean_line(line) == line
    body.encode("utf-8")
    line.encode("utf-8")
    assert "\n" not in line and "\t" not in line and "\r" not in body
