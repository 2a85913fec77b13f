"""Which lines head others: a line's heading and a kicker above a line."""

from __future__ import annotations

import pytest

from geomap.incidents.headings import first_line, heads


@pytest.mark.parametrize(
    ("text", "headed"),
    [
        ("Violent night in Celaya\nkill two and wound another", True),
        ("Unleashed wave of violence in Celaya\nfive murdered at different points", True),
        ("The mayor visited Celaya on Monday.\nGunmen killed two guards.", False),
        ("Celaya police said two guards died\nGunmen killed two guards.", False),
    ],
    ids=["kicker", "kicker-with-participle", "a-sentence", "finite-verb"],
)
def test_a_heading_or_a_verbless_kicker_heads_the_next_sentence(nlp, text, headed):
    doc = nlp(text)
    sentences = list(doc.sents)
    last = next(n for n, s in enumerate(sentences) if "kill" in s.text or "murdered" in s.text)
    assert heads(sentences, last, doc.text) is headed


def test_first_line_skips_leading_blank_lines():
    assert first_line("\n\n  Gunmen kill two\nMore text") == (4, "Gunmen kill two")
