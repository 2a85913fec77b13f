"""Town labels for the map: gazetteer towns around the incidents, by population.

The map labels the incident places first, then these towns, biggest first,
as far as they fit without overlapping (``labels.js``), so more appear as the
user zooms in: at Darfur or Donbas zoom the villages and towns around the
incidents are named, not only the capitals of the basemap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import geopandas as gpd

__all__ = ["TOWNS_ATTR", "TOWN_TYPES", "town_labels"]

#: Frame attribute holding the towns (set by the build, read by the render).
TOWNS_ATTR = "town_labels"
#: Gazetteer feature types worth a label.
TOWN_TYPES = ("city", "town")
#: Degrees around the incidents' extent that still get town labels.
MARGIN_DEG = 1.5


def town_labels(gazetteer: Any, incidents: gpd.GeoDataFrame, limit: int = 20_000) -> dict:
    """Towns within ``MARGIN_DEG`` of the incidents, most populous first, as map columns.

    Returns ``{"n": names, "lat": [...], "lon": [...], "pop": [...]}`` (empty
    lists when the gazetteer cannot list places or there are no incidents).
    """
    out: dict[str, list] = {"n": [], "lat": [], "lon": [], "pop": []}
    places = getattr(gazetteer, "places", None)
    if not callable(places) or len(incidents) == 0:
        return out
    lat, lon = incidents["latitude"].astype(float), incidents["longitude"].astype(float)
    south, north = lat.min() - MARGIN_DEG, lat.max() + MARGIN_DEG
    west, east = lon.min() - MARGIN_DEG, lon.max() + MARGIN_DEG
    countries = set(incidents["country"].dropna())
    box = (south, north, west, east)  # filtered by the gazetteer, not over every town
    found = [p for p in places(*TOWN_TYPES, box=box) if p.country in countries]
    found.sort(key=lambda p: (-p.population, p.name))
    for place in found[:limit]:
        out["n"].append(place.name)
        out["lat"].append(round(place.lat, 4))
        out["lon"].append(round(place.lon, 4))
        out["pop"].append(int(place.population))
    return out
