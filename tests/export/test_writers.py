import json

import pandas as pd
import pyogrio
import pytest

from geomap.errors import ExportError
from geomap.export.acled import ACLED_COLUMNS, EXPORT_COLUMNS
from geomap.export.tables import make_tables, read_tables
from geomap.export.writers import (
    BUILD_FORMATS,
    SHAPEFILE_NAMES,
    OutputFormat,
    parse_formats,
    write_tables,
)
from geomap.frame import places_frame

INTEGER = ("time_precision", "geo_precision", "fatalities", "timestamp")
NULLABLE = ("year", "inter1", "inter2", "interaction", "iso")
FLOAT = ("latitude", "longitude", "uncertainty_km")


@pytest.fixture
def tables(incidents):
    return make_tables(incidents, places_frame([]), timestamp=1_700_000_000)


def _check(frame: pd.DataFrame, names=None) -> None:
    """Columns in order with their kinds, and the values that matter."""
    rename = names or {}
    columns = [rename.get(c, c) for c in EXPORT_COLUMNS]
    assert [c for c in frame.columns if c != "geometry"] == columns
    col = {c: rename.get(c, c) for c in EXPORT_COLUMNS}
    for name in INTEGER:
        assert pd.api.types.is_integer_dtype(frame[col[name]]), name
    for name in NULLABLE + FLOAT:
        assert pd.api.types.is_numeric_dtype(frame[col[name]]), name
    assert frame[col["fatalities"]].tolist() == [2, 0]
    assert [bool(v) for v in frame[col["fatalities_unknown"]]] == [False, True]
    assert frame[col["country"]].tolist() == ["Syria", "Syria"]
    assert frame[col["iso"]].tolist() == [760, 760]
    assert frame[col["event_id_cnty"]].str.startswith("SYR").all()
    assert frame[col["inter1"]].tolist() == [3, 8]


def test_every_build_format_round_trips(tables, tmp_path):
    written = write_tables(tables, tmp_path, BUILD_FORMATS)
    assert sorted(p.name for p in written) == [
        "incidents.csv", "incidents.geojson", "incidents.gpkg", "incidents.parquet",
    ]  # fmt: skip
    import geopandas as gpd

    _check(pyogrio.read_dataframe(tmp_path / "incidents.geojson"))
    _check(pd.read_csv(tmp_path / "incidents.csv", keep_default_na=False, na_values=[""]))
    parquet = gpd.read_parquet(tmp_path / "incidents.parquet")
    _check(parquet)
    assert parquet["fatalities_unknown"].dtype == bool and parquet.crs.to_epsg() == 4326
    _check(pyogrio.read_dataframe(tmp_path / "incidents.gpkg", layer="incidents"))
    assert not list(tmp_path.glob(".*"))  # no temp file left behind


def test_geopackage_has_one_layer_per_geometry_kind(tables, tmp_path):
    write_tables(tables, tmp_path, [OutputFormat.GPKG])
    layers = dict(pyogrio.list_layers(tmp_path / "incidents.gpkg").tolist())
    assert layers == {"incidents": "Point", "incident_areas": "MultiPolygon", "places": "Point"}
    areas = pyogrio.read_dataframe(tmp_path / "incidents.gpkg", layer="incident_areas")
    assert areas.geometry.iloc[0].area == pytest.approx(4.0)


def test_geojson_keeps_integers_and_nulls(tables, tmp_path):
    write_tables(tables, tmp_path, [OutputFormat.GEOJSON])
    first = json.loads((tmp_path / "incidents.geojson").read_text(encoding="utf-8"))
    props = first["features"][0]["properties"]
    assert list(props)[: len(ACLED_COLUMNS)] == list(ACLED_COLUMNS)
    assert props["fatalities"] == 2 and props["iso"] == 760 and props["event_date"] == "2022-08-15"


def test_shapefile_and_kml_export(tables, tmp_path):
    write_tables(tables, tmp_path, [OutputFormat.SHAPEFILE, OutputFormat.KML])
    shp = pyogrio.read_dataframe(tmp_path / "incidents.shp.zip")
    _check(shp, SHAPEFILE_NAMES)
    assert max(len(c) for c in shp.columns) <= 10
    assert len(pyogrio.read_dataframe(tmp_path / "incident_areas.shp.zip")) == 1
    kml = pyogrio.read_dataframe(tmp_path / "incidents.kml", layer="incidents")
    assert kml["event_id_cnty"].str.startswith("SYR").all() and len(kml) == 2


def test_read_tables_from_a_build(tables, tmp_path):
    write_tables(tables, tmp_path, [OutputFormat.GPKG])
    back = read_tables(tmp_path)
    assert len(back.incidents) == 2 and len(back.areas) == 1
    with pytest.raises(ExportError, match="no such file"):
        read_tables(tmp_path / "missing")


def test_empty_tables_still_write(tmp_path):
    empty = make_tables([], places_frame([]), timestamp=1)
    write_tables(empty, tmp_path, BUILD_FORMATS)
    assert list(pd.read_csv(tmp_path / "incidents.csv").columns) == list(EXPORT_COLUMNS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("geojson,gpkg", (OutputFormat.GEOJSON, OutputFormat.GPKG)),
        (" CSV , .parquet,csv", (OutputFormat.CSV, OutputFormat.PARQUET)),
        ("", ()),
    ],
)
def test_parse_formats(text, expected):
    assert parse_formats(text) == expected


def test_unknown_format_names_the_choices():
    with pytest.raises(ExportError, match="unknown format 'xlsx'; choose from geojson, gpkg"):
        parse_formats("xlsx")
