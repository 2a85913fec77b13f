"""How far a place reaches: whether one lies within another, and which is the smaller.

Merging asks it of two drafts ("in Syria", then "in Deir Al Zor"), and the
scene asks it to keep the most specific of a sentence's places.
"""

from __future__ import annotations

import math
from functools import lru_cache

from geomap.distance import haversine_km
from geomap.model import Place
from geomap.vocab import FeatureType

__all__ = ("contains", "settlement_radius_km", "size_rank")


def _km(a: Place, b: Place) -> float:
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def contains(outer: Place, inner: Place) -> bool:
    """Whether ``inner`` lies within ``outer`` (same place counts)."""
    if outer.id == inner.id or inner.id.startswith(f"{outer.id}@"):
        return True  # "20 km south of Ansongo" is told as in Ansongo's area
    if outer.feature_type in _OUTLINED and "POLYGON" in (outer.geometry or "").upper():
        return _covers(outer.geometry, inner.lat, inner.lon)
    if outer.feature_type == "country":
        return inner.country == outer.country and inner.feature_type != "country"
    if outer.feature_type in ("admin1", "region"):
        code = inner.admin1.casefold()
        if code and code in (outer.name.casefold(), outer.admin1.casefold()):
            return True
        if inner.feature_type in ("country", "admin1"):
            return False
        coded_apart = outer.feature_type == "admin1" and other_province(outer, inner)
        return not coded_apart and _km(outer, inner) < 120
    if outer.feature_type == "admin2":
        if inner.feature_type in ("country", "admin1", "admin2") or other_province(outer, inner):
            return False
        # a province's outline reaches a city 60 km from its capital ("Gingoog, Misamis Oriental")
        outlined = "POLYGON" in (outer.geometry or "").upper()
        return _km(outer, inner) < 40 or outlined and _covers(outer.geometry, inner.lat, inner.lon)
    if _km(outer, inner) >= settlement_radius_km(outer):
        return False
    quarter = outer.population >= 3 * inner.population  # "the Saltivskyi district" of Kharkiv
    return quarter or not one_of_two_settlements(outer, inner)


#: Kinds of place people live in, each a scene of its own.
_SETTLEMENTS = frozenset({"city", "town", "village"})


def one_of_two_settlements(outer: Place, inner: Place) -> bool:
    """Two settlements, neither inside the other, however near: each is a scene of its own.

    Example: "Shells hit a village on the river; drones struck the town
    across the water": two places, two events.  Two entries of one name are
    the same place told twice.  (`contains` reads a town within the radius of
    a city three times its size as one of the city's quarters.)
    """
    if outer.feature_type not in _SETTLEMENTS or inner.feature_type not in _SETTLEMENTS:
        return False
    names = {n.casefold() for n in (outer.name, *outer.aliases)}
    return not names & {n.casefold() for n in (inner.name, *inner.aliases)}


def other_province(area: Place, inner: Place) -> bool:
    """Whether ``inner``'s province code names another province than the area's own.

    Example: "a bomb in one province, then shots at a checkpoint in the next
    province's town": the town's code names its own province, however near
    the other.  Codes compare only within one source (a curated entry spells
    provinces its own way); otherwise, or without a code, distance decides.
    """
    code = inner.admin1.casefold()
    own = {area.admin1.casefold()}
    if area.feature_type == "admin1":
        own.add(area.name.casefold())
    own.discard("")
    alike = area.id.startswith("cur:") == inner.id.startswith("cur:")
    return bool(code and own and alike) and code not in own


#: Areas whose outline, when curated, decides containment (a ship "68 nm
#: southwest of Hodeidah" is in the Red Sea, 760 km from its centre).
_OUTLINED = frozenset({"sea", "lake", "region"})
_EDGE_DEG = 0.1  # outlines are coarse: a coastal point counts


@lru_cache(maxsize=256)
def _outline(wkt_text: str):  # type: ignore[no-untyped-def]
    import shapely

    shape = shapely.from_wkt(wkt_text).buffer(_EDGE_DEG)
    shapely.prepare(shape)
    return shape


def _covers(wkt_text: str, lat: float, lon: float) -> bool:
    import shapely

    return bool(_outline(wkt_text).covers(shapely.Point(lon, lat)))


def size_rank(place: Place) -> tuple[int, float]:
    """How big a place is, to keep the most specific of two that contain each other.

    An area of unknown population (a curated region such as the West Bank) is
    not taken for the smaller of two areas: "Jenin in the occupied West Bank".
    """
    size = FeatureType(place.feature_type).size
    unknown = not place.population and size >= FeatureType.ADMIN2.size
    return size, math.inf if unknown else place.population


def settlement_radius_km(place: Place) -> float:
    """How far a settlement's districts reach: 5 km for a town, ~15 km for a city of millions."""
    if place.population <= 10_000:
        return 5.0
    return 5.0 + 3.5 * math.log10(place.population / 10_000)
