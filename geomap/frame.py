"""Incidents and mentioned places as GeoDataFrames (EPSG:4326).

Column names follow ACLED's export so analysts can join geomap's output with
ACLED data and tools; extra columns (precision radius, outline, ids) feed the
map and later exports.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from geomap.model import Article, Incident, Mention, Place
from geomap.vocab import FeatureType

if TYPE_CHECKING:  # pragma: no cover
    import geopandas as gpd

__all__ = (
    "AREA_COLUMNS",
    "FrozenAttr",
    "INCIDENT_COLUMNS",
    "PLACE_COLUMNS",
    "areas_frame",
    "incident_id",
    "incidents_frame",
    "incidents_from_rows",
    "location_columns",
    "places_frame",
    "uncertainty_km",
)

INCIDENT_COLUMNS = (
    "incident_id",
    "event_date",
    "date_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "location",
    "country",
    "admin1",
    "latitude",
    "longitude",
    "geo_precision",
    "uncertainty_km",
    "area_wkt",
    "place_id",
    "fatalities",
    "notes",
    "article",
    "source_title",
    "source_url",
    "reviewed",
    "review",
)
AREA_COLUMNS = ("id", "name", "feature_type", "country", "source")
PLACE_COLUMNS = (
    "name",
    "place_name",
    "role",
    "feature_type",
    "country",
    "latitude",
    "longitude",
    "article",
    "sentence",
)


class FrozenAttr(dict):
    """A frame attribute (``frame.attrs[...]``) that is never changed once set.

    pandas deep-copies ``attrs`` into the result of every operation; for the
    map's town labels (tens of thousands of values) that cost seconds per
    build.  Copying returns the same object, which is safe as nobody edits it.
    """

    def __deepcopy__(self, memo: dict) -> FrozenAttr:
        return self

    def __copy__(self) -> FrozenAttr:
        return self


def uncertainty_km(incident: Incident) -> float:
    """How far the true site may be from the point shown, for the map's circle."""
    return _radius_km(incident.place, incident.geo_precision)


def _radius_km(place: Place, geo_precision: int) -> float:
    if geo_precision == 1:
        return 0.0
    return FeatureType(place.feature_type).radius_km


def incident_id(incident: Incident) -> str:
    """The stable id (`geomap.review.ids.stable_id`) of the incident's first sentence and place.

    Repeats within one frame get a ``-N`` suffix in `incidents_frame`.
    """
    from geomap.review.ids import stable_id

    sentence = incident.notes[0] if incident.notes else ""
    return stable_id(incident.article, sentence, incident.location or incident.place.name)


def location_columns(place: Place, geo_precision: int, location: str = "") -> dict[str, object]:
    """The frame's location columns for an incident at ``place`` (also used by review moves)."""
    area = place.geometry if place.geometry and "POLYGON" in place.geometry.upper() else None
    return {
        "location": location or place.name,
        "country": place.country,
        "admin1": place.admin1 or (place.name if place.feature_type == "admin1" else ""),
        "latitude": place.lat,
        "longitude": place.lon,
        "geo_precision": geo_precision,
        "uncertainty_km": _radius_km(place, geo_precision) if area is None else 0.0,
        "area_wkt": area if geo_precision > 1 else None,
        "place_id": place.id,
    }


def _empty(columns: tuple[str, ...]) -> gpd.GeoDataFrame:
    import geopandas as gpd

    return gpd.GeoDataFrame({c: [] for c in columns}, geometry=[], crs="EPSG:4326")


def incidents_frame(incidents: Iterable[Incident]) -> gpd.GeoDataFrame:
    """One row per incident, ACLED-style columns, Point geometry."""
    from geomap.review.ids import unique_ids

    incidents = list(incidents)
    ids = unique_ids(incident_id(incident) for incident in incidents)
    rows = []
    for ident, incident in zip(ids, incidents, strict=True):
        rows.append(
            {
                "incident_id": ident,
                "event_date": incident.event_date.isoformat() if incident.event_date else None,
                "date_precision": incident.date_precision,
                "event_type": incident.event_type,
                "sub_event_type": incident.sub_event_type,
                "actor1": incident.actor1,
                "actor2": incident.actor2,
                **location_columns(incident.place, incident.geo_precision, incident.location),
                "fatalities": incident.fatalities,
                "notes": "\n".join(incident.notes),
                "article": incident.article,
                "source_title": incident.source_title,
                "source_url": incident.source_url,
                "reviewed": False,
                "review": "",
            }
        )
    return incidents_from_rows(rows)


def incidents_from_rows(rows: list[dict[str, object]]) -> gpd.GeoDataFrame:
    """The incidents frame of rows keyed by `INCIDENT_COLUMNS` (Point geometry, typed columns)."""
    import geopandas as gpd
    import pandas as pd

    if not rows:
        frame = _empty(INCIDENT_COLUMNS)
    else:
        frame = gpd.GeoDataFrame(
            [{c: r.get(c) for c in INCIDENT_COLUMNS} for r in rows],
            geometry=gpd.points_from_xy(
                [r["longitude"] for r in rows], [r["latitude"] for r in rows]
            ),
            crs="EPSG:4326",
        )
    frame["fatalities"] = pd.array(frame["fatalities"].tolist(), dtype="Int64")
    for column in ("date_precision", "geo_precision"):
        frame[column] = frame[column].astype("int64")
    frame["reviewed"] = frame["reviewed"].astype(bool)
    return frame


def places_frame(
    mentions: Iterable[tuple[Article, Mention, str]],
) -> gpd.GeoDataFrame:
    """Every resolved place of the articles, with the role it plays there.

    Takes (article, mention, sentence text) triples; one row per distinct
    place, role and article.  The map shows these on their own layer, apart
    from the incidents.
    """
    import geopandas as gpd

    rows, seen = [], set()
    for article, mention, sentence in mentions:
        place = mention.place
        if place is None:
            continue
        key = (article.id, place.id, mention.role)
        if key in seen:
            continue
        seen.add(key)
        rows.append(
            {
                "name": mention.text,
                "place_name": place.name,
                "role": mention.role,
                "feature_type": place.feature_type,
                "country": place.country,
                "latitude": place.lat,
                "longitude": place.lon,
                "article": article.id,
                "sentence": sentence,
            }
        )
    if not rows:
        return _empty(PLACE_COLUMNS)
    return gpd.GeoDataFrame(
        rows,
        geometry=gpd.points_from_xy([r["longitude"] for r in rows], [r["latitude"] for r in rows]),
        crs="EPSG:4326",
    )


def areas_frame(areas: Iterable[Place]) -> gpd.GeoDataFrame:
    """Outlined areas (provinces from ``Gazetteer.areas``) as polygons, for the map's borders."""
    import geopandas as gpd
    from shapely import wkt

    outlined = [a for a in areas if a.geometry]
    if not outlined:
        return _empty(AREA_COLUMNS)
    return gpd.GeoDataFrame(
        [{c: getattr(a, c) for c in AREA_COLUMNS} for a in outlined],
        geometry=[wkt.loads(a.geometry) for a in outlined],
        crs="EPSG:4326",
    )
