"""Which places may locate a sentence's events, when it names none itself.

The sentence's own locating places come first; a headline's heading or a
kicker line places it ("Celaya, Guanajuato: cartel executes young man"); a
telegraphic headline the parser cannot read has its places as scenes; and
a narrative's next event happens where the story just arrived.

Long-form reporting tells an attack step by step: "When the bus neared the
stop in the town of X, he walked to the front.  When it stopped he shot the
driver."  The shooting's sentence names no place; the one before brought
the story there.  Only a place reached by a verb of arrival counts, and only
in the same paragraph: a place merely named before ("he had moved to Y") is
not where the story now stands.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from geomap.incidents.headings import new_line, placing_neighbour
from geomap.incidents.syntax import lemma, mention_span
from geomap.incidents.what import find_triggers
from geomap.incidents.where.mentions import unread
from geomap.vocab import FeatureType, Role

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span

    from geomap.geoparse import ParsedArticle
    from geomap.model import Mention

__all__ = ("REACHING", "reached_scene", "scene_places")

#: Verbs of coming to a place.
REACHING = frozenset({"reach", "near", "approach", "arrive", "enter", "pull"})


def reached_scene(
    sentences: list[Span],
    number: int,
    doc: Doc,
    mentions: Sequence[tuple[int, Mention]],
    text: str,
) -> list[int]:
    """The places the sentence before reached, for a placeless event sentence ``number``.

    Example: "As the convoy approached the village of Zoquital, the drivers
    slowed down.  Moments later gunmen opened fire on the lead truck."
    ``mentions`` are the earlier sentence's (index, mention) pairs that may
    locate an event; the indices of those the arrival verb governs are returned.
    """
    if new_line(sentences, number, text) or find_triggers(sentences[number - 1]):
        return []  # another paragraph, or an event of its own there
    before = sentences[number - 1]
    verbs = [t for t in before if t.pos_ == "VERB" and lemma(t) in REACHING]
    return [
        index
        for index, mention in mentions
        if any(verb.is_ancestor(mention_span(doc, mention).root) for verb in verbs)
    ]


def scene_places(
    parsed: ParsedArticle,
    roles: dict[int, Role],
    by_sentence: dict[int, list[int]],
    sentences: list[Span],
    number: int,
    *,
    headline: bool,
    text: str,
) -> list[int]:
    """The mentions that may locate sentence ``number``'s events, by index.

    ``text`` is the doc's text, read once by the caller (``Doc.text`` joins every token).
    """
    mentions, doc = parsed.mentions, parsed.doc

    def placed(sentence: int) -> list[int]:
        return [i for i in by_sentence.get(sentence, ()) if mentions[i].place is not None]

    here = [i for i in placed(number) if roles[i].locates]
    if not here and (near := placing_neighbour(sentences, number, text)) is not None:
        here = [i for i in placed(near) if roles[i].locates]  # "Celaya, Guanajuato: …"
    if not here and headline:
        # "Airstrike on X city cause casualties": a place no rule could read is the scene
        here = [
            i
            for i in placed(number)
            if roles[i] is Role.CONTEXT
            and FeatureType(mentions[i].place.feature_type).locates
            and unread(parsed, i)
        ]
    if not here and not headline:
        # "When the bus neared the stop in X, … When it stopped he shot the driver"
        earlier = [
            (i, mentions[i])
            for i in placed(number - 1)
            if roles[i].locates or roles[i] is Role.CONTEXT
        ]
        here = reached_scene(sentences, number, doc, earlier, text)
    return here
