"""Second-level administrative areas of incident points, from the gazetteer's outlines.

ACLED's ``admin2`` is the district an event lies in.  The gazetteer outlines
admin2 areas (Voronoi cells of their member places, clipped to the country),
so a point-in-polygon test over those outlines derives it; a country without
outlined admin2 areas gives no answer rather than the nearest name.
"""

from __future__ import annotations

from typing import Any

from geomap.model import Place

__all__ = ("Admin2Locator",)


class Admin2Locator:
    """Find the admin2 area containing a point, one spatial index per country."""

    def __init__(self, gazetteer: Any | None):
        self._gazetteer = gazetteer
        self._trees: dict[str, tuple[Any, list[Place], list[Any]] | None] = {}

    def _tree(self, country: str) -> tuple[Any, list[Place], list[Any]] | None:
        if country not in self._trees:
            areas = getattr(self._gazetteer, "areas", None)
            found = areas([country], "admin2") if areas is not None else []
            if not found:
                self._trees[country] = None
            else:
                from shapely import STRtree, wkt

                shapes = [wkt.loads(p.geometry) for p in found]
                self._trees[country] = (STRtree(shapes), found, shapes)
        return self._trees[country]

    def name(self, place: Place, geo_precision: int) -> str:
        """The admin2 name for an incident at ``place`` ("" when it cannot be derived).

        A province-precision incident (3) has no district; an admin2 place is its own.
        """
        if place.feature_type == "admin2":
            return place.name
        if geo_precision == 3 or place.is_area or not place.country:
            return ""
        tree = self._tree(place.country)
        if tree is None:
            return ""
        from shapely import Point

        index, found, _ = tree
        hits = index.query(Point(place.lon, place.lat), predicate="intersects")
        return found[int(min(hits))].name if len(hits) else ""
