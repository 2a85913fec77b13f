"""Places given as a distance and bearing from a named one.

"68 nautical miles southwest of Hodeidah", "about 20 km north of Djibo":
reports locate ships at sea, ambushes on roads and camps outside towns this
way.  Pinning the town would put a sea attack on land and an ambush in a
town that was not attacked, so the incident gets the point that far along
that bearing, with ACLED geo-precision 2 (near a named place).
"""

from __future__ import annotations

import dataclasses
import re

from geomap.distance import destination
from geomap.model import Place

__all__ = ("BEARINGS", "UNITS_KM", "offset_place")

#: Compass words → degrees.
BEARINGS = {
    "north": 0.0,
    "northeast": 45.0,
    "east": 90.0,
    "southeast": 135.0,
    "south": 180.0,
    "southwest": 225.0,
    "west": 270.0,
    "northwest": 315.0,
}
#: Unit (as the place name writes it) → kilometres.
UNITS_KM = {"km": 1.0, "mi": 1.609344, "nm": 1.852}
#: Offsets shorter than this stay on the named place (its own extent).
MIN_KM = 5.0
MAX_KM = 500.0

#: Words allowed between "of" and the name: "of the besieged port city of Hodeidah".
_DESCRIPTORS = frozenset(
    {"port", "border", "main", "central", "northern", "southern", "eastern", "western"}
    | {"regional", "provincial", "state", "capital", "besieged", "frontline", "front-line"}
    | {"city", "town", "village", "camp", "district", "of", "coastal", "key", "strategic"}
)
_OFFSET = re.compile(
    r"(?P<n>\d+(?:\.\d+)?)\s*(?:\(\s*\d+(?:\.\d+)?\s*\w+\s*\)\s*)?"
    r"(?P<unit>nautical\s+miles?|nm\b|km\b|kilomet(?:re|er)s?|miles?)\s*"
    r"(?:\(\s*\d+(?:\.\d+)?\s*\w+\s*\)\s*)?"
    r"(?:to\s+the\s+|due\s+)?(?P<bearing>(?:north|south)(?:[- ]?(?:east|west))?|east|west)"
    r"\s+of\s+(?:the\s+)?(?:(?:" + "|".join(sorted(_DESCRIPTORS)) + r")\s+){0,4}$",
    re.I,
)


def offset_place(place: Place, before: str) -> Place | None:
    """The point an offset phrase ending right before the place name describes.

    ``before`` is the text preceding the mention (a few dozen characters
    suffice).  Returns ``None`` when there is no offset phrase, or when the
    offset is too short to leave the place or too long to be one.
    """
    found = _OFFSET.search(before[-120:])
    if not found:
        return None
    unit = _unit(found.group("unit").lower())
    km = float(found.group("n")) * UNITS_KM[unit]
    if not MIN_KM <= km <= MAX_KM:
        return None
    word = re.sub(r"[- ]", "", found.group("bearing").lower())
    lat, lon = destination(place.lat, place.lon, km, BEARINGS[word])
    return dataclasses.replace(
        place,
        id=f"{place.id}@{round(km)}km{int(BEARINGS[word])}",
        name=f"{_number(found.group('n'))} {unit} {word} of {place.name}",
        lat=round(lat, 5),
        lon=round(lon, 5),
        feature_type="site",
        population=0,
        aliases=(),
        geometry=None,
        source=f"offset from {place.id} as the article gives it",
    )


def _number(text: str) -> str:
    return text.rstrip("0").rstrip(".") if "." in text else text


def _unit(unit: str) -> str:
    """Short unit of a matched unit word: "nm", "mi" or "km"."""
    if unit.startswith(("nautical", "nm")):
        return "nm"
    return "mi" if unit.startswith("mile") else "km"
