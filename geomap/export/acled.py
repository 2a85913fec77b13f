"""Incidents as ACLED rows: ACLED's 31 columns in its order and spelling, then geomap's own.

Analysts join geomap's output with ACLED data in QGIS, R or pandas, so every
column ACLED publishes is here, derived where the incident, the gazetteer or
the actor registry says it, and empty where nothing does (never guessed).
Unknown fatalities are 0, as in ACLED, with ``fatalities_unknown`` set.
Province-precision incidents also get their outline in `areas_frame`, a
second geometry layer, rather than a text column.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from enum import StrEnum
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from geomap.export.actor_types import CIVILIANS, InterCoder, interaction
from geomap.export.admins import AdminLocator, Admins
from geomap.export.countries import country as country_of
from geomap.frame import incident_id, uncertainty_km
from geomap.model import Incident

if TYPE_CHECKING:  # pragma: no cover
    import geopandas as gpd

    from geomap.incidents.actors import ActorRegistry

__all__ = (
    "ACLED_COLUMNS",
    "AREA_LAYER_COLUMNS",
    "EXPORT_COLUMNS",
    "GEOMAP_COLUMNS",
    "DisorderType",
    "acled_frames",
    "disorder_type",
    "event_id_cnty",
    "location_fields",
)

ACLED_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)
#: geomap's own columns, after ACLED's.
GEOMAP_COLUMNS = (
    "fatalities_unknown",
    "dataset",
    "incident_id",
    "country_code",
    "uncertainty_km",
    "article",
    "source_title",
    "source_url",
    "sentences",
    "place_id",
)
EXPORT_COLUMNS = ACLED_COLUMNS + GEOMAP_COLUMNS
AREA_LAYER_COLUMNS = ("event_id_cnty", "incident_id", "location", "admin1", "country")

_INT_COLUMNS = ("time_precision", "geo_precision", "fatalities", "timestamp")
_NULLABLE_INT_COLUMNS = ("year", "inter1", "inter2", "interaction", "iso")
_FLOAT_COLUMNS = ("latitude", "longitude", "uncertainty_km")
_ID_DIGITS = 10**9


class DisorderType(StrEnum):
    """ACLED's disorder types."""

    POLITICAL_VIOLENCE = "Political violence"
    DEMONSTRATIONS = "Demonstrations"
    BOTH = "Political violence; Demonstrations"
    STRATEGIC = "Strategic developments"


def disorder_type(event_type: str, sub_event_type: str) -> str:
    """ACLED's disorder type of an event type ("" for a type ACLED does not have)."""
    if event_type == "Protests":
        if sub_event_type == "Excessive force against protesters":
            return DisorderType.BOTH
        return DisorderType.DEMONSTRATIONS
    if event_type == "Riots":
        if sub_event_type == "Mob violence":
            return DisorderType.POLITICAL_VIOLENCE
        return DisorderType.DEMONSTRATIONS
    if event_type == "Strategic developments":
        return DisorderType.STRATEGIC
    if event_type in ("Battles", "Explosions/Remote violence", "Violence against civilians"):
        return DisorderType.POLITICAL_VIOLENCE
    return ""


def event_id_cnty(incident: Incident) -> str:
    """ACLED-style id: the country's ISO3 and a number fixed by the incident's content.

    Derived from `geomap.frame.incident_id` (article, place, date, type), so a
    rebuild gives every unchanged incident the same id.
    """
    found = country_of(incident.place.country)
    number = int(incident_id(incident), 16) % _ID_DIGITS
    return f"{found.iso3 if found else 'XXX'}{number}"


def _publisher(url: str) -> str:
    host = urlsplit(url).hostname or "" if url else ""
    return host.removeprefix("www.")


def _once(sentences: Sequence[str]) -> str:
    """The source sentences, each once, in order."""
    return " ".join(dict.fromkeys(s.strip() for s in sentences if s.strip()))


def location_fields(admins: Admins) -> dict[str, Any]:
    """ACLED's country and admin columns (and geomap's ``country_code``) of ``admins``."""
    found = country_of(admins.country)
    return {
        "iso": found.iso if found else None,
        "region": found.region if found else "",
        "country": found.name if found else admins.country,
        "admin1": admins.admin1,
        "admin2": admins.admin2,
        "country_code": admins.country,
    }


def _row(incident: Incident, coder: InterCoder, admins: AdminLocator, stamp: int) -> dict:
    place = incident.place
    cc = place.country
    inter1 = coder.code(incident.actor1, cc)
    inter2 = coder.code(incident.actor2, cc) if incident.actor2 else None
    targeted = incident.event_type == "Violence against civilians" or incident.actor2 == CIVILIANS
    row: dict[str, Any] = {
        "event_id_cnty": event_id_cnty(incident),
        "event_date": incident.event_date.isoformat() if incident.event_date else "",
        "year": incident.event_date.year if incident.event_date else None,
        "time_precision": incident.date_precision,
        "disorder_type": str(disorder_type(incident.event_type, incident.sub_event_type)),
        "event_type": incident.event_type,
        "sub_event_type": incident.sub_event_type,
        "actor1": incident.actor1,
        "assoc_actor_1": "",
        "inter1": inter1,
        "actor2": incident.actor2,
        "assoc_actor_2": "",
        "inter2": inter2,
        "interaction": interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if targeted else "",
        **location_fields(admins.of_place(place, incident.geo_precision)),
        "admin3": "",
        "location": incident.location or place.name,
        "latitude": place.lat,
        "longitude": place.lon,
        "geo_precision": incident.geo_precision,
        "source": _publisher(incident.source_url),
        "source_scale": "",
        "notes": _once(incident.notes),
        "fatalities": incident.fatalities or 0,
        "tags": "",
        "timestamp": stamp,
        "fatalities_unknown": incident.fatalities is None,
        "dataset": incident.dataset or "geomap",
        "incident_id": incident_id(incident),
        "uncertainty_km": uncertainty_km(incident),
        "article": incident.article,
        "source_title": incident.source_title,
        "source_url": incident.source_url,
        "sentences": ";".join(map(str, incident.sentences)),
        "place_id": place.id,
    }
    for column, value in incident.record:
        if column in ACLED_COLUMNS and value != "":
            row[column] = value
    return row


def _typed(rows: list[dict]) -> gpd.GeoDataFrame:
    import geopandas as gpd
    import pandas as pd

    frame = pd.DataFrame(rows, columns=list(EXPORT_COLUMNS))
    # A dataset's own values arrive as text; one that is not a number is dropped.
    for column in _INT_COLUMNS:
        frame[column] = pd.to_numeric(frame[column], errors="coerce").fillna(0).astype("int64")
    for column in _NULLABLE_INT_COLUMNS:
        numbers = pd.to_numeric(frame[column], errors="coerce").round()
        frame[column] = pd.array([None if pd.isna(v) else int(v) for v in numbers], dtype="Int64")
    for column in _FLOAT_COLUMNS:
        frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("float64")
    frame["fatalities_unknown"] = frame["fatalities_unknown"].astype("bool")
    text = [c for c in EXPORT_COLUMNS if frame[c].dtype == object]
    frame[text] = frame[text].fillna("").astype(str)
    points = gpd.points_from_xy(frame["longitude"], frame["latitude"])
    return gpd.GeoDataFrame(frame, geometry=points, crs="EPSG:4326")


def _unique_ids(rows: list[dict]) -> None:
    """Two incidents whose ids collide keep them apart by a suffix, in row order."""
    seen: dict[str, int] = {}
    for row in rows:
        key = row["event_id_cnty"]
        seen[key] = seen.get(key, 0) + 1
        if seen[key] > 1:
            row["event_id_cnty"] = f"{key}-{seen[key]}"


def acled_frames(
    incidents: Iterable[Incident],
    *,
    gazetteer: Any | None = None,
    registry: ActorRegistry | None = None,
    timestamp: int | None = None,
) -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
    """The incidents as ACLED rows (points) and the outlines of area incidents (polygons).

    Parameters
    ----------
    gazetteer
        Gives ``admin2`` through its outlined areas; None leaves it empty.
    registry
        The actor registry typing ``inter1``/``inter2``; default the shipped one.
    timestamp
        ACLED's ``timestamp`` (Unix seconds the rows were made); default now.
    """
    import geopandas as gpd
    from shapely import wkt

    coder = InterCoder(registry)
    admins = AdminLocator(gazetteer)
    stamp = int(time.time()) if timestamp is None else int(timestamp)
    incidents = list(incidents)
    rows = [_row(i, coder, admins, stamp) for i in incidents]
    _unique_ids(rows)
    points = _typed(rows)
    areas = [
        ({c: row[c] for c in AREA_LAYER_COLUMNS}, wkt.loads(i.place.geometry))
        for i, row in zip(incidents, rows, strict=True)
        if i.geo_precision > 1 and "POLYGON" in (i.place.geometry or "").upper()
    ]
    outlines = gpd.GeoDataFrame(
        [a for a, _ in areas] or {c: [] for c in AREA_LAYER_COLUMNS},
        columns=list(AREA_LAYER_COLUMNS),
        geometry=[g for _, g in areas],
        crs="EPSG:4326",
    )
    return points, outlines
