"""The country and administrative areas of an incident's place or point, from the gazetteer.

ACLED's ``country``, ``admin1`` and ``admin2`` say where an event lies.  For
a gazetteer place they come with the place; for a bare point (an analyst's
``review move … point``) they are looked up: the country from the
gazetteer's Natural Earth shapes, the admin areas from its outlines (Voronoi
cells of their member places, clipped to the country).  Where no shape
answers, the value stays empty rather than the nearest name: never guessed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from geomap.model import Place

__all__ = ("COAST_KM", "AdminLocator", "Admins")

#: A point this close to exactly one country, and inside none, is that
#: country's: Natural Earth's generalised coastlines leave ports offshore.
COAST_KM = 5.0


@dataclass(frozen=True, slots=True)
class Admins:
    """Where an incident lies: ISO2 country code and admin area names ("" when unknown)."""

    country: str = ""
    admin1: str = ""
    admin2: str = ""


class AdminLocator:
    """Answer `Admins` for places and points, one spatial index per country and level.

    ``gazetteer`` needs ``areas(countries, feature_type)`` for the outlines
    and ``contains(country, lat, lon, tolerance_km)`` for the countries; a
    gazetteer without them (None, a test stub) leaves those values empty.
    """

    def __init__(self, gazetteer: Any | None):
        self.gazetteer = gazetteer
        self._trees: dict[tuple[str, str], tuple[Any, list[Place]] | None] = {}

    def _tree(self, country: str, level: str) -> tuple[Any, list[Place]] | None:
        key = (country, level)
        if key not in self._trees:
            areas = getattr(self.gazetteer, "areas", None)
            found = areas([country], level) if areas is not None else []
            if not found:
                self._trees[key] = None
            else:
                from shapely import STRtree, wkt

                self._trees[key] = (STRtree([wkt.loads(p.geometry) for p in found]), found)
        return self._trees[key]

    def _area(self, country: str, level: str, lat: float, lon: float) -> str:
        """Name of the ``level`` area of ``country`` containing the point ("" if none)."""
        tree = self._tree(country, level) if country else None
        if tree is None:
            return ""
        from shapely import Point

        index, found = tree
        hits = index.query(Point(lon, lat), predicate="intersects")
        return found[int(min(hits))].name if len(hits) else ""

    def admin2(self, place: Place, geo_precision: int) -> str:
        """The admin2 name for an incident at ``place`` ("" when it cannot be derived).

        A province-precision incident (3) has no district; an admin2 place is its own.
        """
        if place.feature_type == "admin2":
            return place.name
        if geo_precision == 3 or place.is_area:
            return ""
        return self._area(place.country, "admin2", place.lat, place.lon)

    def of_place(self, place: Place, geo_precision: int) -> Admins:
        """Where an incident placed on the gazetteer's ``place`` lies."""
        admin1 = place.admin1 or (place.name if place.feature_type == "admin1" else "")
        return Admins(place.country, admin1, self.admin2(place, geo_precision))

    def country_at(self, lat: float, lon: float) -> str:
        """ISO2 code of the country containing the point ("" when none does)."""
        contains = getattr(self.gazetteer, "contains", None)
        if contains is None:
            return ""
        from geomap.export.countries import countries

        codes = sorted(countries())
        inside = [c for c in codes if contains(c, lat, lon, 0.0)]
        if not inside:
            inside = [c for c in codes if contains(c, lat, lon, COAST_KM)]
        return inside[0] if len(inside) == 1 else ""

    def at(self, lat: float, lon: float, geo_precision: int) -> Admins:
        """Where an incident at a bare point of ``geo_precision`` lies (empty where unknown)."""
        country = self.country_at(lat, lon)
        admin1 = self._area(country, "admin1", lat, lon)
        admin2 = self._area(country, "admin2", lat, lon) if geo_precision < 3 else ""
        return Admins(country, admin1, admin2)
