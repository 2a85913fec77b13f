"""Write the incident tables in GIS and data formats, each file atomically.

One function per format, chosen by `OutputFormat`, gives the files it
writes; `geomap.outputs.write_outputs` writes them into a staging folder
and moves them in as a set, so a reader never sees a half-written file or
a mix of two builds.  ``incidents.gpkg`` holds one layer per geometry kind
(``incidents`` points, ``incident_areas`` polygons, ``places`` points), as
QGIS expects.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geomap.errors import ExportError

if TYPE_CHECKING:  # pragma: no cover
    import geopandas as gpd

__all__ = (
    "BUILD_FORMATS",
    "SHAPEFILE_NAMES",
    "OutputFormat",
    "Tables",
    "Writers",
    "file_writers",
    "parse_formats",
    "write_geojson",
    "write_tables",
)


class OutputFormat(StrEnum):
    """Data formats geomap writes; the value is what ``--formats`` takes."""

    GEOJSON = "geojson"
    GPKG = "gpkg"
    CSV = "csv"
    PARQUET = "parquet"
    SHAPEFILE = "shp"
    KML = "kml"


#: What ``geomap build`` writes unless told otherwise.
BUILD_FORMATS = (OutputFormat.GEOJSON, OutputFormat.GPKG, OutputFormat.CSV, OutputFormat.PARQUET)

#: Shapefile field names are at most 10 characters; these are fixed and unique
#: (GDAL's own truncation would turn ``fatalities_unknown`` into ``fatalities``).
SHAPEFILE_NAMES = {
    "event_id_cnty": "event_id",
    "time_precision": "time_prec",
    "disorder_type": "disorder",
    "sub_event_type": "sub_event",
    "assoc_actor_1": "assoc_act1",
    "assoc_actor_2": "assoc_act2",
    "interaction": "interactn",
    "civilian_targeting": "civ_target",
    "geo_precision": "geo_prec",
    "source_scale": "src_scale",
    "fatalities_unknown": "fatal_unkn",
    "incident_id": "inc_id",
    "country_code": "cntry_code",
    "uncertainty_km": "uncert_km",
    "source_title": "src_title",
    "source_url": "src_url",
}


#: Output file name → function that writes the file at the path it is given.
Writers = dict[str, Callable[[Path], Any]]


@dataclass(frozen=True, slots=True)
class Tables:
    """What the writers write: incidents (points), their area outlines, and places."""

    incidents: gpd.GeoDataFrame
    areas: gpd.GeoDataFrame
    places: gpd.GeoDataFrame


def parse_formats(text: str | Iterable[str]) -> tuple[OutputFormat, ...]:
    """Read ``"geojson,gpkg"`` into formats, naming an unknown one and the choices."""
    names = text.split(",") if isinstance(text, str) else list(text)
    out: list[OutputFormat] = []
    for name in (n.strip().lower().lstrip(".") for n in names):
        if not name:
            continue
        try:
            fmt = OutputFormat(name)
        except ValueError:
            choices = ", ".join(f.value for f in OutputFormat)
            raise ExportError(f"unknown format {name!r}; choose from {choices}") from None
        if fmt not in out:
            out.append(fmt)
    return tuple(out)


def _ogr(frame: gpd.GeoDataFrame, path: Path, driver: str, layer: str, append: bool) -> None:
    """Write one layer; its geometry type is declared, so an empty layer keeps it too."""
    import pyogrio

    kind = "MultiPolygon" if layer.endswith("areas") else "Point"
    pyogrio.write_dataframe(
        frame,
        path,
        layer=layer,
        driver=driver,
        append=append,
        geometry_type=kind,
        promote_to_multi=kind == "MultiPolygon",
    )


def write_geojson(frame: gpd.GeoDataFrame, path: Path, layer: str) -> None:
    """RFC 7946 GeoJSON through GDAL (a tenth of ``GeoDataFrame.to_json``'s time at scale)."""
    import pyogrio

    pyogrio.write_dataframe(frame, path, driver="GeoJSON", layer=layer, RFC7946="YES")


def _geojson(tables: Tables) -> Writers:
    return {"incidents.geojson": lambda p: write_geojson(tables.incidents, p, "incidents")}


def _gpkg(tables: Tables) -> Writers:
    def write(path: Path) -> None:
        _ogr(tables.incidents, path, "GPKG", "incidents", False)
        _ogr(tables.areas, path, "GPKG", "incident_areas", True)
        _ogr(tables.places, path, "GPKG", "places", True)

    return {"incidents.gpkg": write}


def _csv(tables: Tables) -> Writers:
    def write(path: Path) -> None:
        frame = tables.incidents.drop(columns="geometry")
        path.write_text(frame.to_csv(index=False, lineterminator="\n"), encoding="utf-8")

    return {"incidents.csv": write}


def _parquet(tables: Tables) -> Writers:
    return {"incidents.parquet": lambda p: tables.incidents.to_parquet(p, index=False)}


def _shapefile(tables: Tables) -> Writers:
    """Zipped shapefiles (``.shp.zip``, one file each, which QGIS and GDAL open as is)."""

    def writer(frame: gpd.GeoDataFrame, layer: str) -> Callable[[Path], None]:
        short = frame.rename(columns=SHAPEFILE_NAMES)
        return lambda path: _ogr(short, path, "ESRI Shapefile", layer, False)

    return {
        "incidents.shp.zip": writer(tables.incidents, "incidents"),
        "incident_areas.shp.zip": writer(tables.areas, "incident_areas"),
    }


def _kml(tables: Tables) -> Writers:
    def write(path: Path) -> None:
        incidents, areas = tables.incidents, tables.areas
        _ogr(incidents.assign(Name=incidents["location"]), path, "KML", "incidents", False)
        _ogr(areas.assign(Name=areas["location"]), path, "KML", "areas", True)

    return {"incidents.kml": write}


_WRITERS: dict[OutputFormat, Callable[[Tables], Writers]] = {
    OutputFormat.GEOJSON: _geojson,
    OutputFormat.GPKG: _gpkg,
    OutputFormat.CSV: _csv,
    OutputFormat.PARQUET: _parquet,
    OutputFormat.SHAPEFILE: _shapefile,
    OutputFormat.KML: _kml,
}


def file_writers(tables: Tables, formats: Iterable[OutputFormat] = BUILD_FORMATS) -> Writers:
    """File name → function writing that file at a given path, for each format.

    `geomap.outputs.write_outputs` runs them into a staging folder and moves
    the set into place, with the map, so readers never see a mix.
    """
    writers: Writers = {}
    for fmt in formats:
        writers |= _WRITERS[OutputFormat(fmt)](tables)
    return writers


def write_tables(
    tables: Tables, out_dir: Path, formats: Iterable[OutputFormat] = BUILD_FORMATS
) -> list[Path]:
    """Write the tables in each format into ``out_dir`` as one set; return the files."""
    from geomap.outputs import write_outputs

    try:
        return write_outputs(out_dir, file_writers(tables, formats))
    except (OSError, RuntimeError) as exc:
        raise ExportError(f"cannot write {', '.join(formats)} into {out_dir}: {exc}") from exc
