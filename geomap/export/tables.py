"""The tables every data format is written from, made from incidents or read back from a build."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geomap.errors import ExportError
from geomap.export.acled import acled_frames
from geomap.export.writers import Tables
from geomap.model import Incident

if TYPE_CHECKING:  # pragma: no cover
    import geopandas as gpd

__all__ = ("make_tables", "read_tables")


def make_tables(
    incidents: Iterable[Incident],
    places: gpd.GeoDataFrame,
    *,
    gazetteer: Any | None = None,
    timestamp: int | None = None,
) -> Tables:
    """ACLED-schema incidents, their area outlines and the places frame, ready to write."""
    points, areas = acled_frames(incidents, gazetteer=gazetteer, timestamp=timestamp)
    return Tables(points, areas, places)


def read_tables(out_dir: Path) -> Tables:
    """Read the tables back from a build's ``incidents.gpkg`` (for ``geomap export``)."""
    import pyogrio

    path = out_dir / "incidents.gpkg"
    if not path.exists():
        raise ExportError(
            f"{path}: no such file; run 'geomap build --out {out_dir}' "
            "(with gpkg in --formats) first"
        )
    try:
        layers = {
            name: pyogrio.read_dataframe(path, layer=name)
            for name in ("incidents", "incident_areas", "places")
        }
    except Exception as exc:  # GDAL raises its own types for a damaged file
        raise ExportError(f"{path}: cannot read ({exc})") from exc
    return Tables(layers["incidents"], layers["incident_areas"], layers["places"])
