"""The words of places: which nouns name a scene, which prepositions locate.

Split from `geomap.incidents.lexicon` (which re-exports every name, so rules
read one vocabulary as ``lx.*``) to keep each module short.
"""

from __future__ import annotations

from geomap.geoparse.guesses import RESIDENT_NOUNS
from geomap.geoparse.spelling import ADMIN_WORDS

__all__ = (
    "AFFILIATION_AFFIXES",
    "AFFILIATION_HEADS",
    "CARE_NOUNS",
    "CONTEXT_PREPS",
    "DIRECTIONS",
    "DISTANCE_HEDGES",
    "DISTANCE_UNITS",
    "FRONT_NOUNS",
    "LINES",
    "LOCAL_VOICES",
    "LOCATIVE_PREPS",
    "NEAR_NOUNS",
    "NEAR_PREPS",
    "ORIGIN_AFFIXES",
    "ORIGIN_HEADS",
    "PLACE_NOUNS",
    "RESIDENT_NOUNS",
    "ROUTE_PREPS",
    "SETTLEMENT_NOUNS",
    "SOURCE_NOUNS",
    "TOWN_PARTS",
    "TRANSIT_VERBS",
    "WATER",
)


#: "-backed", "-linked": a place fused to these names an affiliation.
AFFILIATION_AFFIXES = frozenset(
    {"backed", "linked", "affiliated", "aligned", "allied", "made", "supported", "sponsored"}
    | {"funded", "armed", "trained", "led", "controlled", "held", "occupied", "run", "friendly"}
    | {"leaning", "inspired", "loyal", "bound", "owned"}
)
#: "-based", "-born": a place fused to these is where someone comes from.
ORIGIN_AFFIXES = frozenset({"based", "born", "headquartered"})
ORIGIN_HEADS = frozenset({"base", "based", "headquarter", "headquartered"})
#: Who tells the news from where they are: "a military source in X" speaks from X.
SOURCE_NOUNS = frozenset({"source", "correspondent", "stringer", "informant", "reporter"})
#: Who tells the news of their own place: "police in X say …" speak of X.
LOCAL_VOICES = RESIDENT_NOUNS | {"police", "witness", "eyewitness", "local", "survivor"}
AFFILIATION_HEADS = frozenset(
    {"backed", "affiliated", "linked", "allied", "aligned", "loyal", "supported", "funded"}
    | {"armed", "sponsored", "tied", "close", "proxy", "proxies", "back", "affiliate", "link"}
    | {"ally", "align", "support", "fund", "arm", "sponsor", "tie"}
)
DIRECTIONS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
    | {"north-east", "north-west", "south-east", "south-west", "outskirts"}
)
#: Military axes named after a town ("in the Kherson direction"): the front, not the town.
FRONT_NOUNS = frozenset({"direction", "directions", "axis", "axes"})
#: Lines between lands: "the tripoint of Jordan, Syria and Iraq" names each side, no scene.
BOUNDARY_NOUNS = frozenset({"border", "borders", "frontier", "tripoint", "boundary"})
#: Distance units as written in text ("35 km south of …").
DISTANCE_UNITS = frozenset(
    {"km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "mi", "metres"}
    | {"meters", "metre", "meter", "blocks", "block", "yards"}
)
#: Hedges before a distance ("about 20 km", "some 10 miles").
DISTANCE_HEDGES = frozenset(
    {"about", "some", "around", "roughly", "nearly", "almost", "approximately"}
)
#: Nouns a place name can head or modify and still be that place.
PLACE_NOUNS = ADMIN_WORDS | frozenset(
    {"centre", "center", "heart", "edge", "suburbs", "city", "town", "village", "area", "camp"}
    | {"base", "garrison", "crossing", "border", "outskirts", "suburb", "neighbourhood"}
    | {"neighborhood", "countryside", "airport", "port", "field", "strip", "valley"}
    | {"heights", "front", "frontline", "municipality", "hospital", "market", "checkpoint"}
    | {"compound", "facility", "facilities", "site", "sites", "positions", "airbase", "one"}
    | {"capital", "quarter", "vicinity", "environs", "road", "highway", "part", "parts"}
    | {"side", "areas", "districts", "neighbourhoods", "neighborhoods", "villages", "towns"}
    | {"street", "streets", "avenue", "sector", "zone", "entrance", "gates", "section"}
    | {"river", "canal", "bridge", "dam", "beach", "coast", "countrysides", "desert", "deserts"}
    | {"mountains", "hills", "forest", "plains", "outskirt", "prison", "jail", "resort", "station"}
    | {"township", "townships", "commune", "subdistrict", "sub-district", "locality"}
    | {"regions", "provinces", "governorates", "oblasts", "states", "counties"}
)
#: The words naming a part of a town: "Colonia Zacatecas", "the Centro neighbourhood".
TOWN_PARTS = frozenset(
    {"colonia", "col.", "barrio", "fraccionamiento", "neighbourhood", "neighborhood", "quarter"}
)
#: Nouns of nearness: "in the vicinity of X" is near X, not in it.
NEAR_NOUNS = frozenset({"vicinity", "environs", "road", "highway"})
#: "the city" refers back to the last city or town named; feature types it may stand for.
SETTLEMENT_NOUNS = {
    "city": {"city", "town"},
    "town": {"town", "city", "village"},
    "village": {"village", "town"},
    "camp": {"camp"},
}
#: Feature types a name before a noun describes ("the Red Sea port of X").
WATER = frozenset({"sea", "river", "lake"})
#: Features "west of" which places nothing (lines and large areas).
LINES = frozenset({"river", "lake", "mountain", "region", "country", "admin1"})
#: Prepositions of the scene ("in", "at", "on").
LOCATIVE_PREPS = frozenset(
    {"in", "at", "near", "on", "outside", "inside", "across", "around", "into", "over"}
    | {"within", "throughout", "off", "along", "upon", "onto", "nearby"}
)
#: Prepositions that only mention a place ("to", "of", "between").
CONTEXT_PREPS = frozenset({"through", "via", "from", "toward", "towards", "to", "of", "between"})
#: Routes and origins: context whatever the verb ("from Gao towards Kidal").
ROUTE_PREPS = frozenset({"through", "via", "from", "toward", "towards", "between"})
#: Verbs of passing along a route: "as they drove through X" places what befell them there.
TRANSIT_VERBS = frozenset({"drive", "travel", "pass", "walk", "ride", "cross", "move", "head"})
#: Close to the place, not in it.
NEAR_PREPS = frozenset({"near", "outside", "nearby"})
#: Where the wounded and the dead are taken: a destination, not the scene.
CARE_NOUNS = frozenset({"hospital", "clinic", "morgue", "mortuary", "infirmary"})
