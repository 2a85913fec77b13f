"""The role of every place mention of an article, before any event is read.

Each name gets its role from the rules of `geomap.incidents.where`; seven
article-level corrections follow: a name the actor registry knows whole is
the group ("Hamas", not a namesake town), the containers named after a
scene the gazetteer lacks stand in for it, the landmark named after a scene
the gazetteer knows does not, nor does the area named after a known town
or a place told to hold it ("X, a suburb of Y"),
a place in capitals before a colon is the dateline when its paragraph names
a scene, and a feature too wide to place anything (a continent) never
locates an incident, whatever its sentence says.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geomap.geoparse.containers import SETTLEMENT_TYPES
from geomap.geoparse.datelines import colon_leads
from geomap.geoparse.holders import AREA_WORD_AFTER
from geomap.geoparse.spelling import ADMIN_WORDS
from geomap.incidents.extent import contains
from geomap.incidents.placewords import (
    DIRECTIONS,
    DISTANCE_HEDGES,
    DISTANCE_UNITS,
    PLACE_NOUNS,
)
from geomap.incidents.syntax import mention_span
from geomap.incidents.where import ROLE_RULES, MentionContext, mention_role
from geomap.vocab import FeatureType, Role

if TYPE_CHECKING:  # pragma: no cover
    from geomap.geoparse import ParsedArticle
    from geomap.incidents.actors import ActorRegistry
    from geomap.model import Mention

__all__ = ("group_named", "mention_roles", "unread")


def group_named(mention: Mention, registry: ActorRegistry) -> bool:
    """Whether a mention is an armed group's name read as a namesake town ("Hamas" as Hamm)."""
    return registry.names_group(mention.text) and (
        mention.place is None or mention.place.feature_type not in ("country", "admin1")
    )


def mention_roles(parsed: ParsedArticle, registry: ActorRegistry) -> dict[int, Role]:
    """Role of every mention, by its index."""
    roles: dict[int, Role] = {}
    for index, mention in enumerate(parsed.mentions):
        if mention.dateline:
            roles[index] = Role.ORIGIN  # "KYIV, Ukraine (AP) —": where the story was filed
            continue
        if group_named(mention, registry):
            roles[index] = Role.ACTOR  # "a Hamas command post": the group, not a namesake town
            continue
        roles[index] = mention_role(
            mention_span(parsed.doc, mention),
            caption=mention.caption,
            adjectival=mention.adjectival,
            feature_type=mention.place.feature_type if mention.place else "",
        )
    _containers_stand_in(parsed, roles)
    _districts_name_their_holder(parsed, roles)
    _landmarks_step_aside(parsed, roles)
    _areas_hold_their_town(parsed, roles)
    _told_holders_step_aside(parsed, roles)
    _possessed_places(parsed, roles)
    _colon_leads_step_aside(parsed, roles)
    for index, mention in enumerate(parsed.mentions):
        if mention.place is not None and not FeatureType(mention.place.feature_type).locates:
            if roles[index].locates:
                roles[index] = Role.CONTEXT  # "fighting in Africa": no place a map can show
    return roles


def unread(parsed: ParsedArticle, index: int) -> bool:
    """Whether no role rule could read mention ``index`` (its role is the default, context).

    Telegraphic headlines defeat the small parser ("Airstrike on X city cause
    casualties" parses as one long compound): the caller may take such a
    place as the scene of the headline's event when nothing else places it.
    """
    mention = parsed.mentions[index]
    kind = mention.place.feature_type if mention.place else ""
    context = MentionContext(
        mention_span(parsed.doc, mention), mention.caption, mention.adjectival, kind
    )
    return ROLE_RULES.decide(context) is None


#: Bearing words, as a regex alternation ("north", "south-east").
_BEARINGS = "|".join(sorted(DIRECTIONS))
#: What may stand between a place and its container: "X, Y", "X village (Y", "X district – Y",
#: or its landmark: "X camp south of Y".
_CHAIN_GAP = re.compile(
    r"^\s*(?:[a-z]+\s*)?(?:[,(–-]\s*(?:in\s+)?|\s+in\s+|\s*\b(?:" + _BEARINGS + r")\s+of\s+)$"
)


def _containers_stand_in(parsed: ParsedArticle, roles: dict[int, Role]) -> None:
    """A scene the gazetteer lacks is placed at the containers named after it.

    "in Kabasha village (Rutshuru, North Kivu)": when Kabasha is unknown, the
    district and province that follow it locate the event, at their precision.
    """
    mentions, text = parsed.mentions, parsed.doc.text
    for index, mention in enumerate(mentions):
        if mention.place is not None or not roles[index].locates:
            continue
        end = mention.end
        for later in range(index + 1, len(mentions)):
            after = mentions[later]
            gap = text[end : after.start]
            if after.sentence != mention.sentence or not (_CHAIN_GAP.match(gap) or _area_of(gap)):
                break
            if after.place is not None and roles[later] in (Role.CONTEXT, Role.INCIDENT):
                roles[later] = Role.NEAR  # in or near it, at its own precision
            end = after.end


#: "X district of Y", "X upazila in Y": an area's word, then its holder.
_AREA_OF_GAP = re.compile(r"^\s+(?P<kind>[a-z]+)\s+(?:of|in)\s+(?:the\s+)?$")


def _area_of(gap: str) -> bool:
    """Whether ``gap`` tells the next name holds the area before it: " district of ".

    Example: "in Zoquit upazila of Khagrachhari": Khagrachhari holds Zoquit.
    """
    found = _AREA_OF_GAP.match(gap)
    return found is not None and found["kind"] in ADMIN_WORDS


def _districts_name_their_holder(parsed: ParsedArticle, roles: dict[int, Role]) -> None:
    """The place named after a known district's word and "of" only says where it lies.

    Example: "Gunmen shot two rangers in Bannang Sata district of Yala": the
    district is the scene; Yala (read as the town that names the province)
    holds it, and is no second scene nor, being smaller, the scene instead.
    """
    mentions, text = parsed.mentions, parsed.doc.text
    for index, district in enumerate(mentions[:-1]):
        if (
            district.place is not None
            and roles[index].locates
            and roles[index + 1].locates
            and _area_of(text[district.end : mentions[index + 1].start])
        ):
            roles[index + 1] = Role.CONTEXT
    _owners_of_districts(parsed, roles)


def _owners_of_districts(parsed: ParsedArticle, roles: dict[int, Role]) -> None:
    """Form: "Y's X tehsil": the owner of a known district only says where it lies.

    Example: "Gunmen shot a constable in Dera Ismail Khan's Kulachi tehsil":
    Kulachi is the scene; Dera Ismail Khan (read as the town that names the
    district, 45 km away) holds it and is no second scene.
    """
    mentions, text = parsed.mentions, parsed.doc.text
    for index, owner in enumerate(mentions[:-1]):
        district = mentions[index + 1]
        if (
            district.place is not None
            and roles[index].locates
            and roles[index + 1].locates
            and _POSSESSIVE_GAP.match(text[owner.end : district.start])
            and AREA_WORD_AFTER.match(text[district.end : district.end + 20])
        ):
            roles[index] = Role.CONTEXT


#: What stands between a named place and its landmark: "X district west of Y",
#: "X district, north of Y", "X, a town about 30 km south of Y".
_LANDMARK_GAP = re.compile(
    r"^(?:\s*,\s*an?)?\s+(?P<noun>[a-z]+),?"
    r"(?:\s+(?:" + "|".join(sorted(DISTANCE_HEDGES)) + r"))?"
    r"(?:\s+[\d.,]+\s*(?:" + "|".join(sorted(DISTANCE_UNITS)) + r")\b)?"
    r"\s+(?:" + _BEARINGS + r")\s+of\s+(?:the\s+)?$"
)


def _landmarks_step_aside(parsed: ParsedArticle, roles: dict[int, Role]) -> None:
    """The town a known scene is told to lie off is only its landmark.

    "in the Sinjar district (,) west of Mosul", "in Merawi, a town 30 km south of
    Bahir Dar": when the gazetteer knows Sinjar or Merawi, the town after it
    says where it lies and places nothing; when it does not, that town stands
    in for it (``_containers_stand_in``, or the distance and bearing from it).
    """
    mentions, text = parsed.mentions, parsed.doc.text
    for index, mention in enumerate(mentions[:-1]):
        landmark = mentions[index + 1]
        gap = _LANDMARK_GAP.match(text[mention.end : landmark.start])
        if (
            gap
            and gap["noun"] in PLACE_NOUNS
            and mention.place is not None
            and roles[index].locates
            and roles[index + 1] is Role.NEAR
        ):
            roles[index + 1] = Role.CONTEXT


#: What stands between a town and the area named after it: "X, Y territory", "X in Y
#: district", "X, in the province of Y" (its word before it, as ``kind``).
_AREA_GAP = re.compile(r"^\s*(?:,\s*(?:in\s+)?|\s+in\s+)(?:the\s+)?(?:(?P<kind>[a-z]+)\s+of\s+)?$")


def _areas_hold_their_town(parsed: ParsedArticle, roles: dict[int, Role]) -> None:
    """An area named with its word right after a known town of the scene only says where it lies.

    Example: "Rebels killed nine villagers in Zoquita, Beni territory": the
    territory holds Zoquita, however far its point; it is no second scene
    to share the toll with.  "Zoquita in Amedi district" and "Zoquita, in
    the province of Yagha" alike.  An unknown town leaves its area the scene.
    """
    mentions, text = parsed.mentions, parsed.doc.text
    for index, town in enumerate(mentions[:-1]):
        area = mentions[index + 1]
        gap = _AREA_GAP.match(text[town.end : area.start])
        if (
            gap is None
            or town.place is None
            or town.place.feature_type not in SETTLEMENT_TYPES
            or not (roles[index].locates and roles[index + 1].locates)
        ):
            continue
        kind = gap["kind"]
        if kind in ADMIN_WORDS if kind else AREA_WORD_AFTER.match(text[area.end :]):
            roles[index + 1] = Role.CONTEXT


#: What tells that the next name holds a town named before it: "X, a suburb of Y",
#: "X, a farming village in Y", "X city in the northern countryside of Y".
_HOLDER_GAP = re.compile(
    r"^(?:\s*,\s+an?\s+(?:[a-z-]+\s+)?(?P<noun>[a-z]+)\s+(?:in|of)"
    r"|(?:\s+[a-z]+)?\s+in\s+the\s+(?:(?:" + _BEARINGS + r")(?:ern)?\s+|central\s+)?"
    r"(?:countryside|outskirts|suburbs|environs))\s+(?:of\s+)?(?:the\s+)?$"
)


def _told_holders_step_aside(parsed: ParsedArticle, roles: dict[int, Role]) -> None:
    """A place told to hold a known town of the scene only says where the town lies.

    Example: "A drone killed a man in Zoquita, a suburb of Kherson": the
    suburb is the scene; Kherson, read as the city's point, is no second
    scene.  So too "in Zoquita city in the northern countryside of Daraa".
    """
    mentions, text = parsed.mentions, parsed.doc.text
    for index, town in enumerate(mentions[:-1]):
        gap = _HOLDER_GAP.match(text[town.end : mentions[index + 1].start])
        if (
            gap is not None
            and (gap["noun"] is None or gap["noun"] in PLACE_NOUNS)
            and town.place is not None
            and town.place.feature_type in SETTLEMENT_TYPES
            and roles[index].locates
            and roles[index + 1].locates
        ):
            roles[index + 1] = Role.CONTEXT


#: What stands between a possessor place and the place it holds: "X's Y", "X’s Y".
_POSSESSIVE_GAP = re.compile(r"^['’]s\s+$")


def _possessed_places(parsed: ParsedArticle, roles: dict[int, Role]) -> None:
    """A scene's place that owns the next name holds the scene: "in Syria's al-Bab area".

    The parser may leave the held name without a role (read as the context);
    it is inside the scene, so it is the scene too (``most_specific`` then
    keeps it over its container).
    """
    mentions, text = parsed.mentions, parsed.doc.text
    for index, mention in enumerate(mentions[:-1]):
        held = mentions[index + 1]
        if (
            roles[index].locates
            and roles[index + 1] is Role.CONTEXT
            and _POSSESSIVE_GAP.match(text[mention.end : held.start])
            and mention.place is not None
            and held.place is not None
            and contains(mention.place, held.place)
        ):
            roles[index + 1] = roles[index]


def _colon_leads_step_aside(parsed: ParsedArticle, roles: dict[int, Role]) -> None:
    """A place in capitals before a colon is a dateline when its paragraph names a scene.

    "QUETTA: Militants killed four soldiers in Kech district on Monday": the
    story was filed in Quetta.  Alone ("VERACRUZ: 14 bodies found") the place
    is what the headline is about, and stays the scene.
    """
    mentions, text = parsed.mentions, parsed.doc.text
    leads = {start for start, _end in colon_leads(text)}
    for index, mention in enumerate(mentions):
        if mention.start not in leads or not roles[index].locates:
            continue
        later = range(index + 1, len(mentions))
        if any(
            roles[other].locates and "\n" not in text[mention.end : mentions[other].start]
            for other in later
        ):
            roles[index] = Role.ORIGIN
