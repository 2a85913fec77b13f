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

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from geomap.incidents.extent import contains, size_rank
from geomap.incidents.headings import new_line, placing_neighbour
from geomap.incidents.lexicon import DEFINITE, LOCATIVE_PREPS, SCENE_NOUNS
from geomap.incidents.syntax import lemma, mention_span, up
from geomap.incidents.what import find_triggers
from geomap.incidents.where.mentions import unread
from geomap.vocab import FeatureType, Role

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

    from geomap.geoparse import ParsedArticle
    from geomap.model import Mention

__all__ = ("REACHING", "points_back", "reached_scene", "scene_places", "scene_told_before")

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


#: How many sentences back the scene "there" refers to may have been set.
_SCENE_REACH = 3


def scene_told_before(
    sentences: list[Span],
    number: int,
    mentions: Sequence[Mention],
    placed: Callable[[int], list[int]],
    text: str,
) -> list[int]:
    """Form: "a patrol was ambushed there", "in the area": the scene set by a sentence before.

    Example: "The video was geolocated to a road south of Zoquital.  Officials
    said a patrol was ambushed there on Monday."  The nearest sentence of the
    paragraph (at most three back) that names a place below a country gives
    it, if it names one scene (a place and those holding it): "there" after
    "in X, Y and Z" is none of them.  ``placed`` lists the places of a
    sentence the story may be in, by mention index.
    """
    told = {t.token.i for t in find_triggers(sentences[number]) if not t.is_noun}
    if not any(_points_back(token, told) for token in sentences[number]):
        return []
    for back in range(number - 1, max(-1, number - 1 - _SCENE_REACH), -1):
        told = [i for i in placed(back) if mentions[i].place.feature_type != "country"]
        if told:
            places = [mentions[i].place for i in told]
            inner = {
                p.id
                for p in places
                if not any(contains(p, q) and size_rank(q) < size_rank(p) for q in places)
            }
            return told if len(inner) == 1 else []
        if new_line(sentences, back, text):
            break  # the paragraph starts here: no scene set before it
    return []


def _points_back(token: Token, told: set[int]) -> bool:
    """Whether a word places a verb of ``told`` at a place told before: "killed there".

    "there", "in the area", "at that spot"; not "kidnappings in the area have
    increased", which counts many events.
    """
    verb = next((n for n in up(token.head, 4) if n.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.i in told and points_back(token)


def points_back(token: Token) -> bool:
    """Whether a word points to a place told before: "there", "in the same locality"."""
    if token.lower_ == "there":
        return token.dep_ == "advmod"  # not "there were reports"
    return (
        token.lemma_.lower() in SCENE_NOUNS
        and token.head.lower_ in LOCATIVE_PREPS
        and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children)
        and not any(c.dep_ == "prep" for c in token.children)  # "the area of X" names it
    )


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
    if not here and not headline:
        # "The clip was geolocated to a road near X. … a patrol was ambushed there"
        def told(sentence: int) -> list[int]:
            return [i for i in placed(sentence) if roles[i].locates or roles[i] is Role.CONTEXT]

        here = scene_told_before(sentences, number, mentions, told, text)
    return here
