"""The export tables as an analyst reviewed them: the map frame's corrections, by incident id.

``reviews.tsv`` is applied to the map's frame (`geomap.review.apply`); the
ACLED tables are made from the extracted incidents, so the corrections are
carried over here.  A moved or added incident takes its country and admin
areas from its new location (the gazetteer place it was moved to, or the
shapes at its new point), never from where the extractor had put it, and
its outline in the area layer follows it.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from geomap.export.acled import AREA_LAYER_COLUMNS, location_fields
from geomap.export.admins import AdminLocator
from geomap.export.writers import Tables

if TYPE_CHECKING:  # pragma: no cover
    import geopandas as gpd
    import pandas as pd

__all__ = ("REVIEWED_COLUMNS", "reviewed_tables")

#: Columns a review may correct, shared by the map's frame and the ACLED export.
REVIEWED_COLUMNS = (
    "event_date", "event_type", "sub_event_type", "actor1", "actor2", "fatalities", "location",
    "latitude", "longitude", "geo_precision", "place_id", "geometry", "notes",
)  # fmt: skip
#: Where an incident is: a change in any of these is a move.
_WHERE = ("place_id", "latitude", "longitude", "geo_precision")


def reviewed_tables(tables: Tables, incidents: gpd.GeoDataFrame, gazetteer: Any = None) -> Tables:
    """``tables`` with the corrections of the reviewed map frame ``incidents``.

    Rejected and merged-away incidents are dropped; reviewed rows take the
    corrected date, type, actors, toll, place and notes; incidents a review
    added come with the columns the map's frame has.  Moved and added rows
    get ``iso``, ``region``, ``country``, ``admin1`` and ``admin2`` of their
    new location from ``gazetteer`` (empty where it cannot tell).
    """
    import pandas as pd

    if "incident_id" not in tables.incidents.columns or "reviewed" not in incidents.columns:
        return tables
    frame = incidents.set_index("incident_id")
    points = tables.incidents[tables.incidents["incident_id"].isin(frame.index)].copy()
    points["reviewed"] = points["incident_id"].map(frame["reviewed"]).fillna(False).astype(bool)
    points["review"] = points["incident_id"].map(frame["review"]).fillna("")
    done = points["reviewed"]
    moved = set(points.loc[done & _moved(points, frame), "incident_id"])
    if done.any():
        ids = points.loc[done, "incident_id"]
        for column in REVIEWED_COLUMNS:
            if column in points.columns and column in frame.columns:
                points.loc[done, column] = ids.map(frame[column]).to_numpy()
        points.loc[done, "fatalities_unknown"] = ids.map(frame["fatalities"]).isna().to_numpy()
        points.loc[done, "fatalities"] = points.loc[done, "fatalities"].fillna(0)
    added = frame[~frame.index.isin(tables.incidents["incident_id"])].reset_index()
    if len(added):  # incidents a review added: the columns the map frame has
        shared = [c for c in points.columns if c in added.columns]
        points = pd.concat([points, added[shared]], ignore_index=True)
        points["fatalities"] = points["fatalities"].fillna(0)
        moved |= set(added["incident_id"])
    _relocate(points, frame, moved, AdminLocator(gazetteer))
    return dataclasses.replace(
        tables, incidents=points, areas=_areas(tables.areas, points, frame, moved)
    )


def _moved(points: pd.DataFrame, frame: pd.DataFrame) -> pd.Series:
    """Which export rows the frame has at another place or point."""
    import pandas as pd

    ids = points["incident_id"]
    changed = pd.Series(False, index=points.index)
    for column in (c for c in _WHERE if c in frame.columns):
        now = ids.map(frame[column])
        if column in ("latitude", "longitude"):
            changed |= (now.astype(float) - points[column].astype(float)).abs().fillna(1) > 1e-9
        else:
            changed |= now.fillna("").astype(str) != points[column].fillna("").astype(str)
    return changed


def _relocate(
    points: pd.DataFrame, frame: pd.DataFrame, moved: set[str], admins: AdminLocator
) -> None:
    """Set the country, admin and radius columns of the ``moved`` rows from where they are now."""
    from geomap.vocab import FeatureType

    place_of = getattr(admins.gazetteer, "get", lambda _id: None)
    for index in points.index[points["incident_id"].isin(moved)]:
        row = points.loc[index]
        precision = int(row["geo_precision"])
        place = place_of(row["place_id"]) if row["place_id"] else None
        if place is not None:
            where = admins.of_place(place, precision)
            radius = FeatureType(place.feature_type).radius_km if precision > 1 else 0.0
        else:
            where = admins.at(float(row["latitude"]), float(row["longitude"]), precision)
            radius = float(frame.at[row["incident_id"], "uncertainty_km"] or 0.0)
        fields = {**location_fields(where), "admin3": "", "uncertainty_km": radius}
        for column, value in fields.items():
            points.at[index, column] = value


def _areas(
    areas: gpd.GeoDataFrame, points: pd.DataFrame, frame: pd.DataFrame, moved: set[str]
) -> gpd.GeoDataFrame:
    """The area layer of the reviewed incidents: gone ones dropped, moved ones' new outlines."""
    import geopandas as gpd
    import pandas as pd
    from shapely import wkt

    ids = areas["incident_id"]
    keep = areas[ids.isin(points["incident_id"]) & ~ids.isin(moved)]
    rows = points[points["incident_id"].isin(moved)].set_index("incident_id")
    outlined = [
        (ident, text)
        for ident, text in frame.loc[list(rows.index), "area_wkt"].items()
        if isinstance(text, str) and text and int(rows.at[ident, "geo_precision"]) > 1
    ]
    if not outlined:
        return keep
    new = gpd.GeoDataFrame(
        [{c: ident if c == "incident_id" else rows.at[ident, c] for c in AREA_LAYER_COLUMNS}
         for ident, _ in outlined],
        geometry=[wkt.loads(text) for _, text in outlined],
        crs=areas.crs or "EPSG:4326",
    )  # fmt: skip
    return gpd.GeoDataFrame(pd.concat([keep, new], ignore_index=True), crs=new.crs)
