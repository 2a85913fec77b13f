"""The province-borders layer: data block, layer control, hostile names."""

from __future__ import annotations

import geopandas as gpd
import pytest
from shapely.geometry import MultiPolygon, box

from geomap.render import build_map
from geomap.render.data import borders_block, build_payload
from geomap.render.sample import HOSTILE


@pytest.fixture
def borders() -> gpd.GeoDataFrame:
    names = ["Dayr az Zawr", HOSTILE[0], "Two parts"]
    shapes = [box(39.5, 34.0, 41.5, 36.0), box(36.0, 33.0, 37.0, 34.0)]
    shapes.append(MultiPolygon([box(0, 0, 1, 1), box(2, 2, 3, 3)]))
    return gpd.GeoDataFrame({"name": names}, geometry=shapes, crs=4326)


def test_block_has_name_rings_and_an_inside_label_point(borders):
    block = borders_block(borders)
    assert [b[0] for b in block] == list(borders["name"])
    name, rings, (lat, lon) = block[0]
    corners = set(zip(rings[0][::2], rings[0][1::2], strict=True))  # flat lat, lon pairs
    assert corners == {(34.0, 39.5), (34.0, 41.5), (36.0, 41.5), (36.0, 39.5)}
    assert borders.geometry.iloc[0].contains(gpd.points_from_xy([lon], [lat])[0])
    assert len(block[2][1]) == 2  # one ring per part


@pytest.mark.parametrize("value", [None, gpd.GeoDataFrame({"name": []}, geometry=[], crs=4326)])
def test_no_borders_no_layer(frames, value):
    payload = build_payload(*frames, "t", value)
    assert payload["borders"] == []
    html = build_map(*frames, borders=value).get_root().render()
    assert "BordersLayer" not in html and "Province borders" not in html


def test_layer_listed_with_count_and_names_stay_data(frames, borders):
    html = build_map(*frames, borders=borders).get_root().render()
    assert "Province borders (approx.)" in html and "new geomap.BordersLayer()" in html
    assert len(build_payload(*frames, "t", borders)["borders"]) == 3
    assert HOSTILE[0] not in html  # only escaped inside the JSON block
