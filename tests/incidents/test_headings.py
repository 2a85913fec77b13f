"""Which lines head others: a line's heading and a kicker above a line."""

from __future__ import annotations

import pytest

from geomap.incidents.headings import first_line, heads, is_headline, live_entry, new_line


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


def _doc(nlp, lines):
    """A doc split as the small parser splits such lines: one (word, tag) list a sentence."""
    from spacy.tokens import Doc

    words = [w for line in lines for w, _ in line]
    tags = [t for line in lines for _, t in line]
    starts = [i == 0 for line in lines for i in range(len(line))]
    spaces = [not (n + 1 < len(words) and words[n + 1] in {".", ","}) for n in range(len(words))]
    return Doc(nlp.vocab, words=words, spaces=spaces, tags=tags, sent_starts=starts)


SHOT = [("Three", "CD"), ("men", "NNS"), ("were", "VBD"), ("shot", "VBN"), ("on", "IN"),
        ("Col", "NNP"), (".", ".")]  # fmt: skip
REST = [("Benito", "NNP"), ("Juárez", "NNP"), (",", ","), ("in", "IN"), ("Celaya", "NNP")]
TOLD = [("Police", "NNS"), ("said", "VBD"), ("it", "PRP"), ("was", "VBD"), ("in", "IN"),
        ("Celaya", "NNP")]  # fmt: skip


@pytest.mark.parametrize(
    ("lines", "placed_by"), [([SHOT, REST], 1), ([SHOT, TOLD], None)], ids=["tail", "a-sentence"]
)
def test_a_verbless_rest_of_the_line_places_the_sentence_before_it(nlp, lines, placed_by):
    from geomap.incidents.headings import placing_neighbour

    doc = _doc(nlp, lines)
    assert placing_neighbour(list(doc.sents), 0, doc.text) == placed_by


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("Gunmen attacked a bus. Four people died.", False),
        ("Gunmen attacked a bus.\n\nFour people died.", True),
        ("- Gunmen attacked a bus\n- Four people died in a raid", True),
    ],
    ids=["same-paragraph", "next-paragraph", "list-items"],
)
def test_a_sentence_that_starts_a_line(nlp, text, starts):
    doc = nlp(text)
    sentences = list(doc.sents)
    last = next(n for n, s in enumerate(sentences) if "Four" in s.text)
    assert new_line(sentences, last, doc.text) is starts


def test_a_title_line_with_a_typographic_apostrophe_is_a_headline(nlp):
    """The model reads "’s" as "'s" (`plain_apostrophes`); the title still matches its lines."""
    from datetime import date

    from geomap.geoparse.nlp import plain_apostrophes
    from geomap.model import Article

    title = "Weekly roundup\nTroops murder five in Kherson’s Zorbanka Township"
    article = Article(id="t", title=title, text=title, published=date(2024, 3, 6))
    doc = nlp(plain_apostrophes(title))
    second = next(s for s in doc.sents if "murder" in s.text)
    assert is_headline(second, article, first_line(doc.text))


@pytest.mark.parametrize(
    ("line", "entry"),
    [
        ("11:15 - Rebels fire 35 rockets at the port.", True),
        ("2.30pm GMT: Rebels fire 35 rockets at the port.", True),
        ("The rebels fire rockets at the port every night.", False),
        ("In 2023 - the worst year - rebels fired 900 rockets.", False),
    ],
    ids=["live_entry", "live_entry-am_pm_and_zone", "live_entry-no_time", "live_entry-a_year"],
)
def test_a_live_blogs_timed_entry_is_told_as_a_headline(nlp, line, entry):
    from datetime import date

    from geomap.model import Article

    text = f"Live: the war, day 100\n{line}"
    article = Article(id="t", title="Live: the war, day 100", text=text, published=date(2024, 3, 6))
    doc = nlp(text)
    sentence = next(s for s in doc.sents if "rockets" in s.text)
    assert live_entry(sentence) is entry
    assert is_headline(sentence, article, first_line(doc.text)) is entry
