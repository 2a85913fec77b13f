"""The town a story was filed from, as a scene: its dateline ("KABUL (AP) —").

A dateline only says where the reporter was; but wire copy that names no
other place for its lead event, or calls the scene "this city", means the
dateline's town.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from geomap.geoparse.spelling import ADMIN_WORDS
from geomap.incidents.headings import LEAD_SENTENCES
from geomap.model import Mention, Place
from geomap.vocab import FeatureType

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

__all__ = ("dateline_lead", "filed_from")


def filed_from(mentions: Sequence[Mention], kinds: AbstractSet[str]) -> Place | None:
    """Form: "PESHAWAR, Pakistan (AP) — … in this city": the town the story was filed from.

    Example: "KARACHI (AP) — Gunmen killed 12 people at a market in this
    southern city on Monday."  A dateline only says where the reporter was;
    but when the body calls the scene "the city" and names no town of its
    own before, the city it means is the dateline's.
    """
    filed = [m.place for m in mentions if m.dateline and m.place is not None]
    return next((p for p in filed if p.feature_type in kinds), None)


#: Where a dateline's town can be the scene: a settlement, not a country or province.
_DATELINE_TOWNS = frozenset({FeatureType.CITY, FeatureType.TOWN, FeatureType.VILLAGE})


def dateline_lead(mentions: Sequence[Mention], number: int, sentence: Span) -> Place | None:
    """Form: a lead that names no place happened in the town of its dateline.

    Example: "KABUL, Afghanistan (AP) — A suicide bomber struck a mosque during
    Friday prayers, killing 12 people."  Wire copy names the town once, in the
    dateline, when the event happened there; an event elsewhere has its place in
    the lead ("a mosque in the northern province of Kunduz"), even one the
    gazetteer lacks, or one it leaves unnamed ("in a village", "in the province").
    """
    filed = next((m for m in mentions if m.dateline and m.place is not None), None)
    if filed is None or not _opens_lead(filed, mentions, number, sentence):
        return None  # a headline above the dateline, or a later sentence
    lead = range(filed.sentence + LEAD_SENTENCES)
    if any(m.sentence in lead and not m.dateline and not m.adjectival for m in mentions):
        return None
    if any(_unnamed_elsewhere(t) for t in sentence):
        return None
    return filed_from(mentions, _DATELINE_TOWNS)


def _opens_lead(filed: Mention, mentions: Sequence[Mention], number: int, sentence: Span) -> bool:
    """Whether the sentence is the lead right after the dateline ("KABUL (AP) — A bomb …")."""
    if number == filed.sentence:
        return True
    end = max(m.end for m in mentions if m.dateline)
    between = sentence.doc.text[end : sentence.start_char]
    return number == filed.sentence + 1 and not re.search(r"[a-z]{2}", between)


#: Nouns of an unnamed place that is not the dateline's town ("in a village", "the province").
_ELSEWHERE = ADMIN_WORDS | {"village", "area", "countryside", "camp"}


def _unnamed_elsewhere(token: Token) -> bool:
    """Whether the word tells an unnamed place: an area, or "a town" ("the city" is the town's)."""
    if token.lower_ in ("town", "city"):
        return any(c.lower_ in ("a", "an", "another") for c in token.children)
    return token.lower_ in _ELSEWHERE and token.pos_ == "NOUN"
