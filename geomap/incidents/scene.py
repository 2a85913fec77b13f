"""Which places of a sentence locate one event, and how precisely.

`where` gives each mention its role; this module picks, for one event, the
incident-role mentions its triggers are tied to in the parse, keeps the most
specific of them ("Syria" around "Deir Al Zor" goes), and falls back to the
town a trigger refers to as "the city".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from geomap.incidents.extent import contains, size_rank
from geomap.incidents.filed import filed_from
from geomap.incidents.lexicon import (
    DIRECTIONS,
    DISTANCE_HEDGES,
    DISTANCE_UNITS,
    LOCATIVE_PREPS,
    SETTLEMENT_NOUNS,
)
from geomap.incidents.narrative import points_back
from geomap.incidents.syntax import (
    clause_anchors,
    clause_of,
    mention_span,
    object_run,
    relative_to,
    shares_clause,
)
from geomap.incidents.what import Trigger
from geomap.incidents.where.context import MentionContext
from geomap.incidents.where.names import headline_place
from geomap.incidents.where.people import residents_of
from geomap.model import Mention, Place
from geomap.vocab import FeatureType, Role

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

__all__ = (
    "NOT_THE_SCENE",
    "coreferent_place",
    "geo_precision_of",
    "located",
    "most_specific",
    "split_toll",
    "town_of_unknown_part",
    "unknown_scene",
)

#: Roles of places that never locate an event: captions, origins, diplomacy, affiliations, actors.
NOT_THE_SCENE = frozenset({Role.CAPTION, Role.ORIGIN, Role.DIPLOMACY, Role.AFFILIATION, Role.ACTOR})
_PART_OF_AREA = re.compile(
    rf"\b(?:{'|'.join(d.replace('-', '-?') for d in DIRECTIONS if d != 'outskirts')}|central)"
    r"(?:ern)?\s+$",
    re.I,
)
#: The land around a place, framing the town named before it ("Ariha in the countryside of Idlib").
_FRAMING_GAP = re.compile(
    r"^\s*,?\s*(?:in|on)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:countryside|outskirts|suburbs)\s+of\s+$"
)


def geo_precision_of(place: Place, near: bool) -> int:
    """ACLED geo-precision: 1 the named site, 2 near it / a district, 3 a province or country."""
    return max(FeatureType(place.feature_type).geo_precision, 2 if near else 1)


def located(
    group: Sequence[Trigger],
    anchor: Token | None,
    anchors: Sequence[Token],
    here: Sequence[int],
    mentions: Sequence[Mention],
    doc: Doc,
    aftermath: bool = False,
) -> list[int]:
    """Place mentions that belong to this group: a cited event keeps only its own phrase's.

    An aftermath that names no place of its own happened where its sequel
    did ("Residents of X fled after gunmen killed seven traders").
    """

    def within(index: int, token: Token) -> bool:
        return any(t.idx == mentions[index].start for t in token.subtree)

    def linked(index: int) -> bool:
        span = mention_span(doc, mentions[index])
        return any(
            shares_clause(span.root, clause_anchors(trigger.token, trigger.is_noun))
            or relative_to(span.root, trigger.token)
            or span.start == trigger.token.i + 1  # "attacked Djibo", whatever the parse says
            for trigger in group
        )

    own = [i for i in here if not any(within(i, a) for a in anchors)]
    sentence = group[0].token.sent
    # a place lent by another sentence (a heading, the place just reached) has no parse link
    lent = [i for i in own if not sentence.start_char <= mentions[i].start < sentence.end_char]
    if anchor is not None:
        inside = [i for i in here if within(i, anchor)]
        named = any(within(i, anchor) for i in range(len(mentions)))  # even unresolved
        if not inside and not named and any(map(points_back, anchor.subtree)):
            return lent  # "two days after 11 were killed in the same locality": the scene's
        return inside or (own if aftermath and not named else [])
    tied = (
        [i for i in own if linked(i)]
        or [i for i in own if _frames(mentions[i], doc)]
        or lent
        or [
            i
            for i in own
            if any(
                object_run(t.token, mention_span(doc, mentions[i])) for t in group if not t.headline
            )
        ]
    )
    tied += _inside_labels(tied, own, mentions, doc)
    tied = _offset_heads(tied, mentions, doc)
    if not tied and all(t.headline for t in group):
        # a headline's telegraphic parse loses the links: "bombardment targets Aleppo
        # neighborhoods"; its scene places are the event's
        return own
    return tied


_BEARING = "|".join(sorted(DIRECTIONS))
#: A distance and a bearing right after a name: "X, some 40 km north of Y".
_OFFSET_GAP = re.compile(
    r"^\s*,?(?:\s+(?:" + "|".join(sorted(DISTANCE_HEDGES)) + r"))?"
    r"\s+[\d.,]+\s*(?:" + "|".join(sorted(DISTANCE_UNITS)) + r")\b"
    r"\s+(?:" + _BEARING + r")\s+of\s+(?:the\s+)?$"
)
#: "Kaya in central Burkina Faso": the area a landmark lies in.
_LIES_IN_GAP = re.compile(
    r"^\s*,?\s+in\s+(?:the\s+)?(?:(?:" + _BEARING + r")(?:ern)?\s+|central\s+)?$"
)


def _offset_heads(tied: list[int], mentions: Sequence[Mention], doc: Doc) -> list[int]:
    """The known place a tied landmark is only told to locate is the scene instead.

    Example: "Jihadists killed farmers who were digging trenches outside
    Zoquit, some 40 km north of Kaya in central Burkina Faso": the parser
    leaves Zoquit in the relative clause and ties Kaya or its country to the
    killing; the offset only tells where Zoquit lies.
    """
    text = doc.text

    def gap(first: int) -> str:
        return text[mentions[first].end : mentions[first + 1].start]

    heads = []
    for index in tied:
        landmark = index  # back from the area to the landmark it is told to hold
        while landmark > 0 and _LIES_IN_GAP.match(gap(landmark - 1)):
            landmark -= 1
        head = landmark - 1
        place = mentions[head].place if head >= 0 else None
        known = place is not None and not FeatureType(place.feature_type).is_area
        heads.append(head if known and _OFFSET_GAP.match(gap(head)) else index)
    return list(dict.fromkeys(heads))


def _inside_labels(
    tied: Sequence[int], own: Sequence[int], mentions: Sequence[Mention], doc: Doc
) -> list[int]:
    """The sentence's places inside the headline labels that alone were tied to the event.

    "Sonora: bodies found in Cd. Obregon": the label is the state the story is
    filed under, the town inside it is the scene (`most_specific` then keeps it).
    """
    labels = [
        mentions[i].place
        for i in tied
        if headline_place(MentionContext(mention_span(doc, mentions[i])))
    ]
    if not tied or len(labels) < len(tied):
        return []
    return [
        i
        for i in own
        if i not in tied
        and mentions[i].place is not None
        and any(label is not None and contains(label, mentions[i].place) for label in labels)
    ]


def _frames(mention: Mention, doc: Doc) -> bool:
    """Whether a place frames its sentence: "In Kidal, …", "Tijuana: …", "residents of X said".

    A sentence that opens on a place, or quotes the people of a place, tells
    its events there even when they are reported ("In Sadr City, officials
    said 75 had been killed"); a statement with no event ("In Washington, the
    Pentagon said …") has no trigger, so nothing is placed.
    """
    span = mention_span(doc, mention)
    context = MentionContext(span)
    if residents_of(context) or headline_place(context):
        return True
    phrase = context.node
    first = doc[span.sent.start]
    edge = first.right_edge.i
    return (
        first.lower_ in LOCATIVE_PREPS
        and phrase.dep_ == "pobj"
        and phrase.head.i == first.i  # "In Kidal,", not "In a statement issued in Kidal,"
        and span.end - 1 <= edge
        and edge + 1 < len(doc)
        and doc[edge + 1].text == ","
    )


def most_specific(
    mentions: Sequence[Mention], roles: dict[int, Role], indices: Sequence[int], text: str = ""
) -> list[tuple[Mention, bool]]:
    """Drop places that contain another place of the list ("Syria" around "Deir Al Zor").

    "In southern Gaza, troops battled militants in Rafah": a part of an area
    ("southern Gaza") frames the scene; the named town is the location.
    Each kept mention comes with whether it is only near the scene.  A part
    is dropped only for a place it does not lie in: "in Mali's central Mopti
    region" keeps the region.
    """
    parts = [
        bool(_PART_OF_AREA.search(text[max(0, m.start - 16) : m.start]))
        or _land_around(m, mentions, text)
        for m in mentions
    ]
    keep = _narrowest(mentions, roles, indices, parts)
    return keep or _narrowest(mentions, roles, indices, [False] * len(mentions))


def _land_around(mention: Mention, mentions: Sequence[Mention], text: str) -> bool:
    """Whether the mention is the land around the town named just before it.

    "the town of Ariha in the southern countryside of Idlib": Idlib frames Ariha.
    """
    before = [m for m in mentions if m.end <= mention.start]
    if not before:
        return False
    return bool(_FRAMING_GAP.match(text[before[-1].end : mention.start]))


def _narrowest(
    mentions: Sequence[Mention], roles: dict[int, Role], indices: Sequence[int], parts: list[bool]
) -> list[tuple[Mention, bool]]:
    keep: list[tuple[Mention, bool]] = []
    for mention, index, part in zip(mentions, indices, parts, strict=True):
        place = mention.place
        assert place is not None
        if part and not all(parts):
            continue  # "shells hit eastern Aleppo and western Idlib": parts are all there is
        if any(
            other.place is not None
            and other.place.id != place.id
            and contains(place, other.place)
            and size_rank(other.place) < size_rank(place)
            for other in mentions
        ):
            continue
        if any(k.place is not None and k.place.id == place.id for k, _ in keep):
            continue
        keep.append((mention, roles[index] is Role.NEAR))
    return keep


def coreferent_place(
    group: Sequence[Trigger], mentions: Sequence[Mention], roles: dict[int, Role], number: int
) -> Place | None:
    """The town or city a trigger refers to as "the city" (named last before the sentence)."""
    for trigger in group:
        for token in clause_of(trigger.token, trigger.is_noun).subtree:
            kinds = SETTLEMENT_NOUNS.get(token.lower_)
            if not kinds or not any(c.lower_ in ("the", "this") for c in token.children):
                continue
            if any(c.lower_ == "of" for c in token.children):
                continue  # "the town of Afgoye" names its town: no reference back
            for index in range(len(mentions) - 1, -1, -1):
                mention = mentions[index]
                if mention.sentence > number or mention.place is None:
                    continue
                if mention.sentence == number and not mention.dateline:
                    continue
                if mention.place.feature_type in kinds and roles[index] not in NOT_THE_SCENE:
                    return mention.place
            return filed_from(mentions, kinds)
    return None


#: Words after a name that make it a part of a town ("the Al-Thawra district").
_TOWN_PART = re.compile(r"^\s+(?:district|neighbou?rhood|quarter|suburb)\b", re.I)
#: How many sentences back the town of an unknown part may be named.
_PART_REACH = 3


def unknown_scene(mentions: Sequence[Mention], roles: dict[int, Role], number: int) -> bool:
    """Whether sentence ``number`` names a scene the gazetteer lacks.

    Example: "Jets bombed the hamlet of Xq on Sunday": the event has a place
    of its own, unknown to the map, so it is not any other event of that day.
    """
    return any(
        m.sentence == number and m.place is None and roles[i].locates
        for i, m in enumerate(mentions)
    )


def town_of_unknown_part(
    mentions: Sequence[Mention], roles: dict[int, Role], number: int, text: str
) -> Place | None:
    """Form: "shelling of the Zoquit district": a part the gazetteer lacks, of the town before.

    Example: "Troops advanced in Omdurman. … Shelling of the Zoquit district
    killed 15": the district is a part of the town the story is in, the
    nearest place the map can show (the name itself goes to the unresolved list).
    """
    for index, mention in enumerate(mentions):
        if mention.sentence != number or mention.place is not None:
            continue
        if not (roles[index].locates and _TOWN_PART.match(text[mention.end : mention.end + 20])):
            continue
        for before in range(index - 1, -1, -1):
            town, role = mentions[before], roles[before]
            if town.sentence < number - _PART_REACH:
                break
            kind = town.place.feature_type if town.place else ""
            if kind in ("city", "town") and role not in NOT_THE_SCENE:
                return town.place
        return None
    return None


def split_toll(total: int | None, parts: int) -> list[int | None]:
    """ACLED: a death toll reported for several places is divided evenly among them."""
    if total is None:
        return [None] * parts
    share, rest = divmod(total, parts)
    return [share + (1 if index < rest else 0) for index in range(parts)]
