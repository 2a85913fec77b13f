"""Write the incident tables in GIS and data formats, each file atomically.

One function per format, chosen by `OutputFormat`; `write_outputs` writes
the requested ones.  Every file goes to a temp name in its folder and is
renamed into place, so a reader (or a build swapping folders) never sees a
half-written file.  ``incidents.gpkg`` holds one layer per geometry kind
(``incidents`` points, ``incident_areas`` polygons, ``places`` points), as
QGIS expects.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from geomap.atomic import atomic_write
from geomap.errors import ExportError

if TYPE_CHECKING:  # pragma: no cover
    import geopandas as gpd

__all__ = (
    "BUILD_FORMATS",
    "SHAPEFILE_NAMES",
    "OutputFormat",
    "Tables",
    "parse_formats",
    "write_geojson",
    "write_outputs",
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


def _replace_into(path: Path, write: Callable[[Path], None]) -> Path:
    """Let ``write`` fill a temp file beside ``path``, then rename it over ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    suffix = "." + path.name.partition(".")[2]  # ".shp.zip": GDAL picks its mode by the name
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=suffix, dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    tmp.unlink()  # GDAL drivers create the file themselves
    try:
        write(tmp)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


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


def write_geojson(frame: gpd.GeoDataFrame, path: Path, layer: str) -> Path:
    """RFC 7946 GeoJSON through GDAL (a tenth of ``GeoDataFrame.to_json``'s time at scale)."""

    def write(tmp: Path) -> None:
        import pyogrio

        pyogrio.write_dataframe(frame, tmp, driver="GeoJSON", layer=layer, RFC7946="YES")

    return _replace_into(path, write)


def _geojson(tables: Tables, out_dir: Path) -> list[Path]:
    return [write_geojson(tables.incidents, out_dir / "incidents.geojson", "incidents")]


def _gpkg(tables: Tables, out_dir: Path) -> list[Path]:
    def write(tmp: Path) -> None:
        _ogr(tables.incidents, tmp, "GPKG", "incidents", False)
        _ogr(tables.areas, tmp, "GPKG", "incident_areas", True)
        _ogr(tables.places, tmp, "GPKG", "places", True)

    return [_replace_into(out_dir / "incidents.gpkg", write)]


def _csv(tables: Tables, out_dir: Path) -> list[Path]:
    text = tables.incidents.drop(columns="geometry").to_csv(index=False, lineterminator="\n")
    return [atomic_write(out_dir / "incidents.csv", text)]


def _parquet(tables: Tables, out_dir: Path) -> list[Path]:
    return [
        _replace_into(
            out_dir / "incidents.parquet", lambda tmp: tables.incidents.to_parquet(tmp, index=False)
        )
    ]


def _shapefile(tables: Tables, out_dir: Path) -> list[Path]:
    """Zipped shapefiles (``.shp.zip``, one file each, which QGIS and GDAL open as is)."""
    out = []
    for name, frame in (("incidents", tables.incidents), ("incident_areas", tables.areas)):
        short = frame.rename(columns=SHAPEFILE_NAMES)
        out.append(
            _replace_into(
                out_dir / f"{name}.shp.zip",
                lambda tmp, f=short, n=name: _ogr(f, tmp, "ESRI Shapefile", n, False),
            )
        )
    return out


def _kml(tables: Tables, out_dir: Path) -> list[Path]:
    frame = tables.incidents.assign(Name=tables.incidents["location"])

    def write(tmp: Path) -> None:
        _ogr(frame, tmp, "KML", "incidents", False)
        _ogr(tables.areas.assign(Name=tables.areas["location"]), tmp, "KML", "areas", True)

    return [_replace_into(out_dir / "incidents.kml", write)]


_WRITERS: dict[OutputFormat, Callable[[Tables, Path], list[Path]]] = {
    OutputFormat.GEOJSON: _geojson,
    OutputFormat.GPKG: _gpkg,
    OutputFormat.CSV: _csv,
    OutputFormat.PARQUET: _parquet,
    OutputFormat.SHAPEFILE: _shapefile,
    OutputFormat.KML: _kml,
}


def write_outputs(
    tables: Tables, out_dir: Path, formats: Iterable[OutputFormat] = BUILD_FORMATS
) -> list[Path]:
    """Write the tables in each format into ``out_dir``; return the files written."""
    written: list[Path] = []
    for fmt in formats:
        try:
            written += _WRITERS[OutputFormat(fmt)](tables, out_dir)
        except (OSError, RuntimeError) as exc:
            raise ExportError(f"cannot write {fmt} into {out_dir}: {exc}") from exc
    return written
