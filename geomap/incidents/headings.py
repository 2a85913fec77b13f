"""Which lines head others: the headline, a line's heading, a kicker above a line.

Headlines tell past events in the present tense and put places first
("Kabul: gunmen kill four"); a heading ("Celaya, Guanajuato:") or a short
verbless kicker line ("Violent night in Celaya") places the line it heads.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geomap.geoparse.nlp import plain_apostrophes

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span

    from geomap.model import Article

__all__ = (
    "LEAD_SENTENCES",
    "first_line",
    "heads",
    "is_headline",
    "live_entry",
    "new_line",
    "placing_neighbour",
    "tail",
)

#: The sentences of a story's lead (a dateline or date line, then the lead itself).
LEAD_SENTENCES = 3
#: The longest verbless line read as a kicker over the line below it ...
_KICKER_TOKENS = 8
#: ... verbless: no finite verb (a participle may qualify a noun).
_FINITE = frozenset({"VBD", "VBP", "VBZ", "MD"})


def _fragment(sentence: Span) -> bool:
    """A short verbless piece of a line ("Unleashed wave of violence in X"), not a sentence."""
    verbless = all(t.tag_ not in _FINITE for t in sentence)
    return verbless and len(sentence.text.split()) <= _KICKER_TOKENS


def heads(sentences: list[Span], number: int, text: str) -> bool:
    """Whether the sentence before ``number`` heads it.

    A heading ends with a colon on the same line ("Celaya, Guanajuato:"), or is a short
    verbless line above ("Violent night in Celaya" over "two shot dead").
    """
    if not number:
        return False
    heading = sentences[number - 1]
    words = heading.text.rstrip()
    if not _line_ends(heading, sentences[number], text):
        return words.endswith(":")
    whole_line = heading.start_char == 0 or text[heading.start_char - 1] == "\n"
    return whole_line and _fragment(heading)


def tail(sentences: list[Span], number: int, text: str) -> bool:
    """Whether the sentence after ``number`` only finishes it on the same line.

    A parser splits after an abbreviation ("shot in a bar on Col. Juan Álvarez,
    in Chilpancingo"): the verbless rest of the line still places the event.
    """
    if number + 1 >= len(sentences):
        return False
    rest = sentences[number + 1]
    on_line = "\n" not in text[sentences[number].start_char : rest.start_char]
    return on_line and _fragment(rest)


def placing_neighbour(sentences: list[Span], number: int, text: str) -> int | None:
    """The sentence that places a placeless one: its heading, else its tail."""
    if heads(sentences, number, text):
        return number - 1
    return number + 1 if tail(sentences, number, text) else None


def new_line(sentences: list[Span], number: int, text: str) -> bool:
    """Whether sentence ``number`` starts a line (a paragraph, a list item) of its own."""
    if number == 0:
        return True
    index = number - 1
    while index and all(t.is_punct for t in sentences[index]):
        index -= 1  # a list item's marker ("- ") parsed as a sentence of its own
    return _line_ends(sentences[index], sentences[number], text)


def _line_ends(before: Span, after: Span, text: str) -> bool:
    """Whether a line ends between the last word of ``before`` and ``after``."""
    return "\n" in text[before.start_char + len(before.text.rstrip()) : after.start_char]


def first_line(text: str) -> tuple[int, str]:
    """Where the text's first non-empty line starts, and that line (stripped)."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    return start, text[start : len(text) if end < 0 else end].strip()


#: A live blog's entry opens its line with the clock time: "09:40 - ", "2.15pm GMT: ".
_LIVE_ENTRY = re.compile(
    r"^[ \t]*\d{1,2}[:.]\d{2}[ \t]*(?:[ap]\.?m\.?)?[ \t]*(?:GMT|UTC|local time)?[ \t]*[-–—:]\s",
    re.I,
)


def live_entry(sentence: Span) -> bool:
    """Whether the sentence is on a live blog's line: the present tense tells what just happened.

    Example: "11:15 - Hezbollah fires 35 rockets at Haifa."
    """
    text = sentence.doc.text
    line_start = text.rfind("\n", 0, sentence.start_char) + 1
    return bool(_LIVE_ENTRY.match(text[line_start : sentence.end_char]))


def is_headline(sentence: Span, article: Article, lead: tuple[int, str]) -> bool:
    """Whether a sentence is a headline: the title, a bare first line, a live blog's entry.

    Headlines tell past events in the present tense and put places first
    ("Kabul: gunmen kill four").
    """
    text = sentence.text.strip()
    if not text:
        return False
    if article.title and text.lower() in plain_apostrophes(article.title).lower():
        return True  # a Title-Case title is parsed in sentence case, "’s" as "'s"
    if live_entry(sentence):
        return True
    start, first_line = lead
    return (
        sentence.start_char == start
        and text == first_line
        and not text.endswith((".", "!", "?", '"', "”"))
        and len(text.split()) <= 25
    )
