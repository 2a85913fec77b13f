"""Which name holds which, read from the words between names.

"Sudan's Omdurman" (a possessive), "Celaya, Guanajuato" (a comma), "San
Fernando Tamaulipas" (a headline that drops the comma), "the Faladie
district of Bamako" (a part of a city), and "Acapulco: … Santa Cruz
neighbourhood" (a part of the town heading its line).  The resolver then
looks for the inner name inside its holder.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from geomap.geoparse.bearings import COMPASS
from geomap.geoparse.recognize import Known
from geomap.geoparse.resolve import Toponym, clean_name
from geomap.geoparse.spelling import ADMIN_WORDS

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ("AREA_WORD_AFTER", "in_each_listed", "mark_containers")

#: "Sudan's Omdurman", and "Gaza City's Zeitoun" when the NER kept only "Gaza".
_POSSESSIVE_GAP = re.compile(r"^(?:\s(?:City|Town|Province|Governorate|State))?(?:'s|’s)\s+$")
#: "the Faladie district of Bamako", "the Shejaiya neighbourhood in Gaza": a part of the city.
_PART_GAP = re.compile(
    r"^\s+(?:neighbou?rhood|quarter|suburb|area|village|town|township|"
    + "|".join(sorted(ADMIN_WORDS))
    + r")\s+(?:of|in)\s+(?:the\s+)?$",
    re.I,
)
#: "Kuriga, a town in Kaduna state", "Dansadau, a farming community in Maru": told inside it.
_APPOSITION_GAP = re.compile(
    r"^\s*,\s+(?:a|an|the)\s+(?:[a-z-]+\s+)?(?:town|village|city|community|settlement|"
    r"district|neighbou?rhood|suburb|locality|township|commune)\s+(?:in|of)\s+(?:the\s+)?$",
    re.I,
)
#: "Celaya, Guanajuato", "Patikul town, Sulu province": the next name holds this one.
_COMMA_GAP = re.compile(
    r"^\s*(?:(?:" + "|".join(ADMIN_WORDS | {"town", "village", "city", "township"}) + r")\b)?"
    r"\s*,\s*(?:in\s+)?(?:the\s+)?$",
    re.I,
)

#: The preposition of a comma container: "Boni, in the Mopti region".
_TOLD_IN = re.compile(r",\s*in\b", re.I)
#: "the town of Dera in the Amhara region": "in" before an area named with its word.
_IN_GAP = re.compile(r"^\s+in\s+(?:the\s+)?$", re.I)
_AREA_WORD = re.compile(r"(?:^|\s)(?:" + "|".join(ADMIN_WORDS) + r")$", re.I)
#: An area's word right after a name: "Borno State", "Beni territory".
AREA_WORD_AFTER = re.compile(r"^\s+(?:" + "|".join(ADMIN_WORDS) + r")\b", re.I)


def mark_containers(
    doc: Doc, toponyms: list[Any], known: Known, demonym: Callable[[Any], bool]
) -> None:
    """Set each toponym's container from the words between names, in text order.

    "Sudan's Omdurman" (possessive), "Celaya, Guanajuato" (comma), "San
    Fernando Tamaulipas" (a headline without the comma), "the Faladie district
    of Bamako" (a part), and a neighbourhood in the town heading its line.
    """
    text = doc.text
    for index in range(1, len(toponyms)):
        first, second = toponyms[index - 1], toponyms[index]
        if first.sentence != second.sentence or demonym(first) or demonym(second):
            continue
        gap = text[first.end : second.start]
        if _POSSESSIVE_GAP.match(gap) or first.text.endswith(("'s", "’s")) and not gap.strip():
            second.container = index - 1
            second.possessive = True
        elif (
            _COMMA_GAP.match(gap)
            and not _modifies_noun(doc, second.end)
            and not in_each_listed(gap, text[second.end :])
        ):
            first.container = index
            # "near Boni, in the Mopti region": told inside it, never a list's next name
            first.possessive = _TOLD_IN.search(gap) is not None
        elif gap == " " and known(clean_name(second.text)):
            first.container = index  # "San Fernando Tamaulipas": a headline drops the comma
        elif _PART_GAP.match(gap) or _APPOSITION_GAP.match(gap):
            first.container, first.possessive = index, True  # held to the city named
        elif _IN_GAP.match(gap) and _named_as_area(text, second):
            first.container, first.possessive = index, True  # "Dera in the Amhara region"
    _hold_parts_to_their_town(text, toponyms)
    _hold_to_the_town_before(text, toponyms, demonym)
    _held_in_a_possessed_place(text, toponyms)


#: The preposition told again before a list's next name: ", in Z", "and in Z".
_NEXT_IN_LIST = re.compile(r"^\s*(?:,\s*|,?\s+(?:and|or)\s+)in\b", re.I)


def in_each_listed(gap: str, after: str) -> bool:
    """Form: "in X, in Y and in Z": a list that repeats its preposition, not X held in Y.

    Example: "Fighting broke out in Gorgora, in Dangila and in Debre Tabor":
    "X, in Y" most often tells the area X lies in ("Boni, in the Mopti
    region"), but "in" told again after Y makes the three names a list.
    """
    return _TOLD_IN.search(gap) is not None and _NEXT_IN_LIST.match(after) is not None


#: "in", maybe with a bearing: "Bazouriyeh in south Lebanon's Tyre district".
_IN_PART_GAP = re.compile(
    r"^\s+in\s+(?:the\s+)?(?:"
    + "|".join(sorted(COMPASS, key=len, reverse=True))
    + r"|central)?\s*$",
    re.I,
)


def _held_in_a_possessed_place(text: str, toponyms: list[Toponym]) -> None:
    """Form: "X in Y's Z": X lies in Z, which lies in Y.

    Example: "a drone struck a car near Bazouriyeh in south Lebanon's Tyre district".
    """
    for index in range(len(toponyms) - 2):
        place, owner, held = toponyms[index : index + 3]
        if (
            place.container is None
            and held.container == index + 1
            and held.possessive
            and place.sentence == held.sentence
            and _IN_PART_GAP.match(text[place.end : owner.start])
        ):
            place.container, place.possessive = index + 2, True


#: "Santa Cruz neighbourhood", "El Mirador colonia": a part of a town the text named before.
#: A town heading its line: nothing before it, a colon (maybe after ", State") after it.
_HEADING = re.compile(r"^\s*\|(?:,[^,:\n]{2,40})?\s*:")
_PART_AFTER = re.compile(r"^\s+(?:neighbou?rhood|colonia|quarter|suburb)\b", re.I)


def _hold_parts_to_their_town(text: str, toponyms: list[Toponym]) -> None:
    """Hold each neighbourhood to the town heading its line.

    "Acapulco: … Santa Cruz neighbourhood" is in Acapulco, not a namesake
    across the world; "Tijuana, Baja California: …" heads its line with the town.
    """
    for index, toponym in enumerate(toponyms):
        if toponym.container is not None or not _PART_AFTER.match(text[toponym.end :]):
            continue
        line = text.rfind("\n", 0, toponym.start) + 1
        heads = [i for i in range(index) if toponyms[i].start >= line and _HEADING.match(
            text[line : toponyms[i].start] + "|" + text[toponyms[i].end : toponym.start]
        )]  # fmt: skip
        if heads:
            toponym.container, toponym.possessive = heads[0], True


#: "the city's Dniprovskyi district": a part of the town the text just named.
_THE_TOWNS = re.compile(r"\bthe\s+(?:city|town|village)['’]s\s+$", re.I)


def _hold_to_the_town_before(
    text: str, toponyms: list[Toponym], demonym: Callable[[Any], bool]
) -> None:
    """Hold a part told as "the city's X" to the last place named before it.

    "In Kherson, one person was killed as troops shelled the city's Dniprovskyi
    district": Kherson's district, not Kyiv's namesake.
    """
    for index, toponym in enumerate(toponyms):
        before_name = text[max(0, toponym.start - 30) : toponym.start]
        if toponym.container is not None or not _THE_TOWNS.search(before_name):
            continue
        before = [i for i in range(index) if not demonym(toponyms[i])]
        if before and toponym.sentence - toponyms[before[-1]].sentence <= 1:
            toponym.container, toponym.possessive = before[-1], True


def _modifies_noun(doc: Doc, end_char: int) -> bool:
    """Whether the name is followed by a noun it modifies ("Aden, U.S. officials said")."""
    span = doc.char_span(end_char, end_char, alignment_mode="expand")
    if span is None or span.start >= len(doc):
        return False
    following = doc[span.start]
    return following.pos_ in ("NOUN", "PROPN", "ADJ") and not following.ent_type_ == "DATE"


def _named_as_area(text: str, toponym: Toponym) -> bool:
    """Whether the name comes with its area word: "the Amhara region", "Borno State"."""
    return bool(
        _AREA_WORD.search(toponym.text)
        or AREA_WORD_AFTER.match(text[toponym.end : toponym.end + 20])
    )
