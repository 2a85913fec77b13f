"""Why a place is in the text: where something happened, or merely mentioned.

Each rule reads the syntax around the name and holds across conflicts:
"Tehran-backed" is an affiliation, "Britain-based" an origin, "visiting
Moscow" diplomacy, "Damascus denounced" metonymy for a government, a photo
credit line a caption, "west of the Euphrates" or "through the crossing"
context.  Only ``incident`` places can locate an incident.
"""

from __future__ import annotations

import re
from typing import Any

from geomap.incidents.syntax import lemma as _lemma

__all__ = ("CAPTION", "mention_role", "is_caption_line")

CAPTION = re.compile(
    r"\b(REUTERS|AFP|AP|ANADOLU|EPA|GETTY|XINHUA)\s*/|\bvia Getty Images\b|\bAP Photo\b|"
    r"\b(File )?[Pp]hoto(graph)?\s*(:|by\b)|\bPhotograph:|\(Photo\b|\bImage:|\bPicture:",
)
_AFFIX_AFFILIATION = frozenset(
    {
        "backed",
        "linked",
        "affiliated",
        "aligned",
        "allied",
        "made",
        "supported",
        "sponsored",
        "funded",
        "armed",
        "trained",
        "led",
        "controlled",
        "held",
        "occupied",
        "run",
        "friendly",
        "leaning",
        "inspired",
        "loyal",
        "bound",
        "owned",
    }
)
_AFFIX_ORIGIN = frozenset({"based", "born", "headquartered"})
_AFFILIATION_HEADS = frozenset(
    {
        "backed",
        "affiliated",
        "linked",
        "allied",
        "aligned",
        "loyal",
        "supported",
        "funded",
        "armed",
        "sponsored",
        "tied",
        "close",
        "proxy",
        "proxies",
        "back",
        "affiliate",
        "link",
        "ally",
        "align",
        "support",
        "fund",
        "arm",
        "sponsor",
        "tie",
    }
)
_ORIGIN_HEADS = frozenset({"base", "based", "headquarter", "headquartered"})
_DIPLOMACY_VERBS = frozenset(
    {
        "visit",
        "travel",
        "fly",
        "arrive",
        "meet",
        "host",
        "hold",
        "attend",
        "summon",
        "negotiate",
        "sign",
        "return",
        "leave",
        "invite",
        "welcome",
    }
)
_DIPLOMACY_NOUNS = frozenset(
    {
        "invitation",
        "embassy",
        "ambassador",
        "envoy",
        "minister",
        "ministry",
        "government",
        "president",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "talks",
        "visit",
        "summit",
        "delegation",
        "counterpart",
        "behalf",
        "capital",
        "leadership",
        "officials",
        "authorities",
        "support",
        "sovereignty",
        "involvement",
        "foreign",
    }
)
_SPEECH_VERBS = frozenset(
    {
        "say",
        "denounce",
        "condemn",
        "accuse",
        "call",
        "urge",
        "warn",
        "demand",
        "reject",
        "deny",
        "announce",
        "claim",
        "blame",
        "insist",
        "vow",
        "threaten",
        "respond",
        "retaliate",
        "report",
        "confirm",
        "state",
        "tell",
        "protest",
        "welcome",
        "seek",
        "want",
    }
)
_LOCATIVE_PREPS = frozenset(
    {
        "in",
        "at",
        "near",
        "on",
        "outside",
        "inside",
        "across",
        "around",
        "into",
        "over",
        "within",
        "throughout",
        "off",
        "along",
        "upon",
        "onto",
        "nearby",
    }
)
_CONTEXT_PREPS = frozenset({"through", "via", "from", "toward", "towards", "to", "of", "between"})
#: Routes and origins: context whatever the verb ("travelling from Gao towards Kidal").
_WATER = frozenset({"sea", "river", "lake"})
_ATTACK_NOUNS = frozenset(
    {
        "shelling",
        "bombardment",
        "bombing",
        "siege",
        "capture",
        "seizure",
        "strike",
        "attack",
        "raid",
        "storming",
        "invasion",
        "assault",
        "blockade",
        "encirclement",
        "recapture",
    }
)
_ROUTE_PREPS = frozenset({"through", "via", "from", "toward", "towards", "between"})
_NEAR_PREPS = frozenset({"near", "outside", "nearby"})
_DIRECTIONS = frozenset(
    {
        "north",
        "south",
        "east",
        "west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "north-east",
        "north-west",
        "south-east",
        "south-west",
        "outskirts",
    }
)
#: Nouns a place name can head or modify and still be that place.
_PLACE_NOUNS = frozenset(
    {
        "centre",
        "center",
        "heart",
        "edge",
        "suburbs",
        "province",
        "governorate",
        "region",
        "oblast",
        "district",
        "city",
        "town",
        "village",
        "area",
        "camp",
        "base",
        "garrison",
        "crossing",
        "border",
        "outskirts",
        "suburb",
        "neighbourhood",
        "neighborhood",
        "countryside",
        "state",
        "county",
        "airport",
        "port",
        "field",
        "strip",
        "valley",
        "heights",
        "front",
        "frontline",
        "municipality",
        "hospital",
        "market",
        "checkpoint",
        "compound",
        "facility",
        "facilities",
        "site",
        "sites",
        "positions",
        "airbase",
        "one",
    }
)
_ATTACK_VERBS = frozenset(
    {
        "recapture",
        "retake",
        "strike",
        "hit",
        "bomb",
        "shell",
        "target",
        "attack",
        "raid",
        "storm",
        "pound",
        "bombard",
        "ambush",
        "assault",
        "capture",
        "seize",
        "overrun",
    }
)


def is_caption_line(line: str) -> bool:
    """A photo caption or credit line: not part of the story's events."""
    return bool(CAPTION.search(line))


def _climb(token: Any) -> Any:
    """From a name's root to the phrase it heads ("Deir Al Zor" → "province")."""
    node = token
    for _ in range(4):
        if (
            node.dep_ == "pobj"
            and node.head.lower_ == "of"
            and _lemma(node.head.head) in _PLACE_NOUNS
        ):
            node = node.head.head  # "the city of Jenin" is Jenin
            continue
        if node.dep_ in ("compound", "appos", "conj", "nmod", "amod") and (
            node.head.lower_ in _PLACE_NOUNS
            or node.head.ent_type_ in ("GPE", "LOC", "FAC")
            or node.dep_ in ("conj", "appos")
        ):
            node = node.head
            continue
        break
    return node


_DISTANCE_WORDS = frozenset(
    {
        "about",
        "some",
        "around",
        "roughly",
        "nearly",
        "almost",
        "approximately",
        "km",
        "kilometres",
        "kilometers",
        "kilometre",
        "kilometer",
        "miles",
        "mile",
        "mi",
    }
)


_DISTANCE_UNITS = frozenset(
    {"km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "mi", "metres"}
)


def _describes_a_place(direction: Any, span: Any) -> bool:
    """Whether "…, 35 km south of X" follows another place: X is only its landmark."""
    doc = direction.doc
    index = direction.i - 1
    while index >= 0 and (
        doc[index].lower_ in _DISTANCE_WORDS
        or doc[index].like_num
        or doc[index].lower_ in _DIRECTIONS | {"-", "–", "(", ")", "nautical"}  # "(19 miles)"
    ):
        index -= 1
    if index < 1 or doc[index].text != ",":
        return False
    before = doc[index - 1]
    named = before.pos_ == "PROPN" or before.ent_type_ in ("GPE", "LOC", "FAC")
    return named and before.i < span.start


def mention_role(span: Any, *, caption: bool, adjectival: bool, feature_type: str = "") -> str:
    """Role of one mention, given its spaCy span and whether it sits in a caption.

    ``near`` (an internal role) marks a place used as a reference point for an
    event nearby ("20 km north of Kherson"); the extractor turns it into an
    incident location with precision 2.
    """
    if caption:
        return "caption"
    doc = span.doc
    after = doc[span.end : span.end + 2]
    if len(after) == 2 and after[0].text in ("-", "–") and after[1].lower_ in _AFFIX_ORIGIN:
        return "origin"
    if len(after) == 2 and after[0].text in ("-", "–") and after[1].lower_ in _AFFIX_AFFILIATION:
        return "affiliation"
    if adjectival:
        return "affiliation"
    root = span.root
    if root.dep_ == "npadvmod" and root.head.lower_ in _AFFIX_AFFILIATION:
        return "affiliation"
    if root.dep_ == "npadvmod" and root.head.lower_ in _AFFIX_ORIGIN:
        return "origin"
    if root.dep_ == "poss" and root.head.ent_type_ in ("GPE", "LOC", "FAC"):
        return "incident"  # "Mogadishu's Lido Beach": the container of the site
    if root.dep_ in ("compound", "nmod") and feature_type in _WATER:
        return "context"  # "the Red Sea port of Hodeidah": a descriptor of the port
    if root.dep_ == "poss" and root.head.lower_ not in _PLACE_NOUNS | _DIRECTIONS:
        return "affiliation" if root.head.ent_type_ in ("ORG", "NORP", "") else "actor"
    if root.dep_ in ("compound", "nmod", "amod") and feature_type == "country":
        return "affiliation"  # "the Saudi Hospital", "US troops": a nationality, not a site
    if root.dep_ in ("compound", "nmod", "amod") and root.head.lower_ not in _PLACE_NOUNS:
        return "actor"
    node = _climb(root)
    head = node.head
    verb_before = doc[span.start - 1] if span.start else None
    if (
        verb_before is not None
        and verb_before.pos_ in ("VERB", "AUX")
        and _lemma(verb_before) in _ATTACK_VERBS | {"enter"}
    ):
        return "incident"  # "JNIM attacked Djibo, …": whatever the parser made of a long sentence
    if node.dep_ in ("nsubj", "nsubjpass"):
        # A name after an attack verb is its target even when the parser
        # makes it a second subject ("drones … struck Al Tanf Garrison").
        if node.dep_ == "nsubj" and node.i > head.i and _lemma(head) in _ATTACK_VERBS:
            return "incident"
        return "actor"
    if node.dep_ == "pobj":
        prep = head
        governor = prep.head
        word = prep.lower_
        if word == "by" and governor.dep_ != "ROOT":
            return "actor"
        if governor.pos_ == "VERB" and (
            _lemma(governor) in _ORIGIN_HEADS or governor.lower_ in _ORIGIN_HEADS
        ):
            return "origin"  # "based in London", not "a base in Middle Shabelle"
        if word in ("from", "of", "before", "past", "beyond") and (
            governor.lower_ in _DISTANCE_UNITS
            or any(c.lower_ in _DISTANCE_UNITS for c in prep.children)
        ):
            return "near"  # "a settlement about 10 km from Baga"
        if word in _ROUTE_PREPS:
            return "context"
        if (
            _lemma(governor) in _AFFILIATION_HEADS
            or word in ("with", "to")
            and _lemma(governor) in _AFFILIATION_HEADS
        ):
            return "affiliation"
        if governor.lower_ in _DIPLOMACY_NOUNS or _lemma(governor) in _DIPLOMACY_VERBS:
            return "diplomacy"
        if word == "of" and governor.lower_ in _DIRECTIONS:
            # "west of the Euphrates" places nothing; "north of Kherson" is near the town.
            lines = {"river", "lake", "mountain", "region", "country", "admin1"}
            if span.root.ent_type_ == "LOC" or feature_type in lines:
                return "context"
            if _describes_a_place(governor, span):
                return "context"  # "Daquq, 35 km south of Kirkuk": Kirkuk is a landmark
            return "near"
        if feature_type in ("river", "lake") and word in ("along", "across", "on", "near", "by"):
            return "context"  # "communities along the Dnipro River"
        if word in _NEAR_PREPS:
            return "near"
        if word in _LOCATIVE_PREPS:
            return "incident"
        if word == "of" and (_lemma(governor) in _ATTACK_NOUNS or governor.lower_ in _ATTACK_NOUNS):
            return "incident"  # "shelling of Pokrovsk", "the siege of El Fasher"
        if word in _CONTEXT_PREPS:
            return "context"
    if node.dep_ in ("dobj", "obj"):
        verb = _lemma(head)
        if verb in _DIPLOMACY_VERBS:
            return "diplomacy"
        if verb in _ATTACK_VERBS:
            return "incident"
        if verb in _SPEECH_VERBS:
            return "diplomacy"
        return "context"
    if node.dep_ == "poss":
        return "incident"
    return "context"
