"""Curated entries replace the base (GeoNames) entries they curate.

A user's `geomap gazetteer add` fixes a point or adds an alias; the base
entry it curates must then stop competing with it, or the fix is lost to a
ranking tie.  Called on every lookup's candidates.
"""

from __future__ import annotations

from dataclasses import replace

from geomap.distance import haversine_km
from geomap.model import Place

__all__ = ("MERGE_KM", "merge_curated")

#: A curated and a base place of one country this close are the same place.
MERGE_KM = 10.0
_WATER = frozenset({"river", "sea", "lake"})


def _kind(place: Place) -> str:
    """Area, water or point: curation only replaces a place of the same kind."""
    if place.is_area:
        return "area"
    return "water" if place.feature_type in _WATER else "point"


def merge_curated(scored: dict[str, tuple[float, Place]]) -> None:
    """Let curated entries replace the base entries they curate.

    A curated place within ``MERGE_KM`` of a base candidate of the same
    country (both matched the query), or a curated area of the same type
    and country (area points differ by design), is taken to be the same
    place: the base one is dropped and the curated one scores at least as well as it did, so
    curation fixes a point without losing the place's salience.  A curated
    area without a geometry of its own keeps the base area's outline.
    """
    curated = [(s, p) for s, p in scored.values() if p.id.startswith("cur:")]
    if not curated:
        return
    for score, cur in curated:
        best = score
        for other_score, other in list(scored.values()):
            if other.id.startswith("cur:") or other.country != cur.country:
                continue
            if _kind(cur) != _kind(other):
                continue  # the Dnipro river does not replace the city of Dnipro
            same_area = cur.is_area and other.feature_type == cur.feature_type
            if same_area or haversine_km(cur.lat, cur.lon, other.lat, other.lon) <= MERGE_KM:
                best = max(best, other_score + 0.01)
                del scored[other.id]
                if same_area and not cur.geometry and other.geometry:
                    cur = replace(cur, geometry=other.geometry)  # keep the base outline
        scored[cur.id] = (best, cur)
