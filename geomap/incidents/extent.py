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
        if inner.admin1 and inner.admin1.casefold() == outer.name.casefold():
            return True
        return inner.feature_type not in ("country", "admin1") and _km(outer, inner) < 120
    if outer.feature_type == "admin2":
        if inner.feature_type in ("country", "admin1", "admin2"):
            return False
        # a province's outline reaches a city 60 km from its capital ("Gingoog, Misamis Oriental")
        outlined = "POLYGON" in (outer.geometry or "").upper()
        return _km(outer, inner) < 40 or outlined and _covers(outer.geometry, inner.lat, inner.lon)
    return _km(outer, inner) < settlement_radius_km(outer)


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
