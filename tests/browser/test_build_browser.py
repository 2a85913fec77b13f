"""`geomap build` output opened in a real browser with the network blocked."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from geomap.build import build
from geomap.distance import haversine_km

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def seed_map(tmp_path_factory, seed_path, full_geoparser):
    out = tmp_path_factory.mktemp("seed-map")
    build([seed_path], out, geoparser=full_geoparser)
    return out


@pytest.fixture(scope="module")
def examples_map(tmp_path_factory, full_geoparser):
    out = tmp_path_factory.mktemp("examples-map")
    build([ROOT / "examples"], out, geoparser=full_geoparser)
    return out


def _incidents(out: Path) -> list[dict]:
    data = json.loads((out / "incidents.geojson").read_text(encoding="utf-8"))
    return [f["properties"] for f in data["features"]]


@pytest.mark.parametrize("which", ["seed_map", "examples_map"])
def test_built_map_is_offline_and_counts_match(request, open_map, which):
    out = request.getfixturevalue(which)
    page = open_map(out / "map.html")
    assert page.requests == []
    assert page.console_errors == [] and page.page_errors == [] and page.dialogs == []
    expected = Counter(i["actor1"] for i in _incidents(out))
    assert page.counts() == dict(expected)
    assert page.on_map() == dict(expected)


def test_seed_map_shows_deir_ez_zor_and_al_tanf_in_different_layers(open_map, seed_map, seed_gold):
    page = open_map(seed_map / "map.html")
    incidents = _incidents(seed_map)
    layers = {}
    for gold in (g for g in seed_gold["incidents"] if g["required"]):
        (match,) = [
            i
            for i in incidents
            if haversine_km(i["latitude"], i["longitude"], gold["lat"], gold["lon"])
            <= gold["max_km"]
            and i["event_date"] == gold["date"]
        ]
        layers[gold["id"]] = match["actor1"]
    assert len(set(layers.values())) == 2
    on_map = page.on_map()
    for actor in layers.values():
        assert on_map[actor] >= 1


def test_seed_map_draws_province_borders_that_toggle(open_map, seed_map):
    page = open_map(seed_map / "map.html")
    drawn = page.page.evaluate("geomap.borders.count()")
    assert drawn >= 14  # Syria's governorates at least
    page.page.locator(".leaflet-control-layers label", has_text="Province borders").first.locator(
        "input"
    ).click()
    assert page.page.evaluate("geomap.borders.count()") == 0
    assert page.console_errors == [] and page.page_errors == []
