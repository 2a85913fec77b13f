"""Town and incident-place labels by zoom, in Chromium."""

from __future__ import annotations

import pytest

from geomap.render.sample import HOSTILE

from samples import eventually

pytestmark = pytest.mark.browser


def _view(page, lat, lon, zoom):
    page.evaluate(
        "([lat, lon, z]) => { geomap.map.setView([lat, lon], z, {animate: false}); }",
        [lat, lon, zoom],
    )
    page.wait_for_timeout(50)


def _labels(page, kind):
    return set(page.locator(f".gm-label-{kind}").all_inner_texts())


def _town(sample, low, high):
    towns = sample[0].attrs["town_labels"]
    k = next(k for k, p in enumerate(towns["pop"]) if low <= p < high)
    return towns["n"][k], towns["lat"][k], towns["lon"][k]


def test_small_towns_appear_only_when_zoomed_in(shared_page, sample):
    page = shared_page.page
    name, lat, lon = _town(sample, 500, 5000)
    _view(page, lat, lon, 6)
    assert name not in _labels(page, "town")
    _view(page, lat, lon, 10)
    assert eventually(lambda: name in _labels(page, "town")), _labels(page, "town")


@pytest.mark.parametrize(("zoom", "smallest"), [(5, 100_000), (6, 100_000), (7, 20_000)])
def test_only_big_towns_are_named_at_province_zoom(shared_page, sample, zoom, smallest):
    page = shared_page.page
    towns = sample[0].attrs["town_labels"]
    population = dict(zip(towns["n"], towns["pop"], strict=True))
    name, lat, lon = _town(sample, 100_000, 400_000)
    _view(page, lat, lon, zoom)
    shown = _labels(page, "town")
    assert shown, "no town named"
    assert min(population[n] for n in shown) >= smallest


def test_more_labels_as_the_map_zooms_in(shared_page, sample):
    page = shared_page.page
    name, lat, lon = _town(sample, 100_000, 400_000)
    counts = []
    for zoom in (5, 7, 9):
        _view(page, lat, lon, zoom)
        counts.append(page.locator(".gm-label-town").count())
    assert counts[0] < counts[1], counts


def test_incident_places_are_labelled(shared_page, sample):
    page = shared_page.page
    incidents = sample[0]
    row = incidents.iloc[len(HOSTILE) + 1]
    _view(page, row["latitude"], row["longitude"], 9)
    assert eventually(lambda: row["location"] in _labels(page, "incident"))


def test_hostile_names_in_labels_stay_text(shared_page, sample):
    page = shared_page.page
    towns = sample[0].attrs["town_labels"]
    _view(page, towns["lat"][0], towns["lon"][0], 9)
    shown = _labels(page, "town") | _labels(page, "incident")
    assert shown & set(HOSTILE)
    assert page.locator(".gm-label script, .gm-label img, img[src=x]").count() == 0
    assert shared_page.dialogs == [] and shared_page.page_errors == []


def test_labels_can_be_switched_off(open_map, sample_map):
    opened = open_map(sample_map)
    page = opened.page
    _view(page, 49.99, 36.23, 8)
    assert page.locator(".gm-label").count() > 0
    page.locator(".leaflet-control-layers label", has_text="Place and town names").locator(
        "input"
    ).uncheck()
    assert page.locator(".gm-label").count() == 0
