"""The map in headless Chromium, offline: layers, popups, filter, hostile text."""

from __future__ import annotations

import struct

import geopandas as gpd
import pandas as pd
import pytest

from geomap.render import write_map
from geomap.render.browser import open_offline, screenshot
from geomap.render.sample import HOSTILE

from samples import eventually

pytestmark = pytest.mark.browser


def layer_checkbox(page, label: str):
    """The layer-control checkbox or radio whose label starts with ``label``."""
    return page.locator(".leaflet-control-layers label", has_text=label).first.locator("input")


def popup(page):
    """The open popup's content (a closed one may linger while it fades out)."""
    return page.locator(".leaflet-popup-content").last


def popup_text(page) -> str:
    return popup(page).inner_text()


def open_incident(page, row: int) -> None:
    page.evaluate("i => { geomap.map.closePopup(); geomap.openIncident(i); }", row)


@pytest.fixture(scope="module")
def shared(browser, sample_map):
    """One page for read-only checks (popups), so they do not reload the map."""
    opened = open_offline(browser, sample_map)
    yield opened
    opened.page.close()


def test_loads_with_zero_requests_and_no_errors(shared):
    opened = shared
    opened.page.wait_for_timeout(200)
    assert opened.requests == []
    assert opened.console_errors == []
    assert opened.page_errors == []
    assert opened.dialogs == []


def test_counts_per_layer_match_frame(shared, sample):
    opened = shared
    expected = sample[0]["actor1"].value_counts().to_dict()
    assert opened.counts() == expected
    assert opened.on_map() == expected
    label = opened.page.locator(".leaflet-control-layers label", has_text="Russian forces")
    assert f"({expected['Russian forces']})" in label.inner_text()


def test_toggling_a_layer_removes_its_markers(open_map, sample_map):
    opened = open_map(sample_map)
    before = opened.on_map()
    layer_checkbox(opened.page, "Russian forces").click()
    after = opened.on_map()
    assert after["Russian forces"] == 0
    assert {k: v for k, v in after.items() if k != "Russian forces"} == {
        k: v for k, v in before.items() if k != "Russian forces"
    }
    assert opened.page.evaluate("geomap.shownTotal()") == sum(after.values())
    layer_checkbox(opened.page, "Russian forces").click()
    assert opened.on_map() == before


def test_clicking_a_marker_opens_its_popup(open_map, sample_map, sample):
    incidents = sample[0]
    benign = incidents.iloc[len(HOSTILE) :]
    row = benign[benign["geo_precision"] == 1].iloc[0]
    opened = open_map(sample_map)
    x, y = opened.page.evaluate(
        """([lat, lon]) => { geomap.map.setView([lat, lon], 14, {animate: false});
            const p = geomap.map.latLngToContainerPoint([lat, lon]); return [p.x, p.y]; }""",
        [row["latitude"], row["longitude"]],
    )

    def clicked_open() -> bool:
        # the cluster redraws after the move: click until the marker is there
        opened.page.mouse.click(x, y)
        return opened.page.locator(".leaflet-popup-content .gm-id").count() > 0

    assert eventually(clicked_open, timeout=15, interval=0.3)
    shown_id = popup(opened.page).locator(".gm-id").inner_text()
    same_spot = incidents[
        (incidents["latitude"] == row["latitude"]) & (incidents["longitude"] == row["longitude"])
    ]
    assert shown_id in set(same_spot["incident_id"])
    shown = incidents[incidents["incident_id"] == shown_id].iloc[0]
    assert shown["location"] in popup_text(opened.page)


@pytest.mark.parametrize("row", [2, 3, 4, 10])
def test_popup_fields(shared, sample, row):
    incidents = sample[0]
    inc = incidents.iloc[row]
    opened = shared
    open_incident(opened.page, row)
    text = popup_text(opened.page)
    words = {1: "day", 2: "week", 3: "month"}
    if pd.isna(inc["event_date"]):
        assert "unknown" in text
    else:
        assert f"{inc['event_date']} ({words[inc['date_precision']]})" in text
    fatalities = "unknown" if pd.isna(inc["fatalities"]) else str(inc["fatalities"])
    assert f"Fatalities\t{fatalities}" in text
    assert f"{inc['actor1']} \u2192 {inc['actor2']}" in text
    assert inc["notes"] in text
    link = popup(opened.page).locator(".gm-source a")
    if inc["source_url"].startswith(("http://", "https://")):
        assert link.get_attribute("href") == inc["source_url"]
    else:
        assert link.count() == 0


@pytest.mark.parametrize("row,text", list(enumerate(HOSTILE)))
def test_hostile_text_shows_as_text(shared, row, text):
    opened = shared
    open_incident(opened.page, row)
    content = popup(opened.page)
    notes = content.locator(".gm-notes").inner_text()
    assert (
        notes.replace("\n", " ").split()
        == text.replace("\u2028", " ").replace("\u2029", " ").split()
    )
    assert content.locator("script, img").count() == 0
    assert opened.page.locator("img[src=x]").count() == 0
    assert opened.dialogs == [] and opened.page_errors == []


def test_hostile_actor_names_in_layer_control_are_text(shared):
    opened = shared
    labels = opened.page.locator(".leaflet-control-layers-overlays label").all_inner_texts()
    for text in HOSTILE[:2]:
        assert any(label.strip().startswith(text) for label in labels), text
    assert opened.page.locator(".leaflet-control-layers script").count() == 0
    assert opened.page.title() == "Incidents <script>alert('title')</script>"


def test_javascript_url_is_not_a_link(shared):
    opened = shared
    open_incident(opened.page, 0)
    assert popup(opened.page).locator("a").count() == 0
    assert "javascript:alert(1)" in popup_text(opened.page)


def test_time_filter_hides_incidents_and_updates_counts(open_map, sample_map, sample):
    incidents = sample[0]
    opened = open_map(sample_map)
    start, end = "2023-01-01", "2023-06-30"
    page = opened.page
    page.fill(".gm-filter input[name=from]", start)
    page.dispatch_event(".gm-filter input[name=from]", "change")
    page.fill(".gm-filter input[name=to]", end)
    page.dispatch_event(".gm-filter input[name=to]", "change")
    dated = incidents["event_date"].notna()
    in_span = (incidents["event_date"] >= start) & (incidents["event_date"] <= end)
    inside = incidents[~dated | in_span]
    expected = inside["actor1"].value_counts().to_dict()
    got = eventually(lambda: {k: v for k, v in opened.counts().items() if v} == expected)
    assert got, opened.counts()
    assert {k: v for k, v in opened.on_map().items() if v} == expected
    label = page.locator(".leaflet-control-layers label", has_text="Russian forces")
    count = f"({expected['Russian forces']})"
    assert eventually(lambda: count in label.inner_text()), label.inner_text()
    page.uncheck(".gm-filter input[name=undated]")
    dated_only = int((dated & in_span).sum())
    assert eventually(lambda: sum(opened.counts().values()) == dated_only), opened.counts()
    page.click(".gm-filter button")
    everything = incidents["actor1"].value_counts().to_dict()
    assert eventually(lambda: opened.counts() == everything), opened.counts()


def test_places_layer_is_off_until_switched_on(open_map, sample_map, sample):
    places = sample[1]
    opened = open_map(sample_map)
    assert opened.page.evaluate("geomap.places.count()") == 0
    layer_checkbox(opened.page, "Mentioned places").click()
    assert opened.page.evaluate("geomap.places.count()") == len(places)
    assert opened.page.locator(".gm-legend.gm-show-places").count() == 1
    opened.page.evaluate("() => { geomap.places.open(0); }")
    text = popup_text(opened.page)
    assert places.iloc[0]["role"] in text
    assert places.iloc[0]["sentence"].split()[0] in text


def test_online_tiles_option_fails_softly_offline(open_map, sample_map):
    opened = open_map(sample_map)
    assert opened.requests == []
    layer_checkbox(opened.page, "OpenStreetMap").click()
    # a loaded machine may take a while to lay out the tile grid and ask for tiles
    assert eventually(lambda: opened.requests, timeout=30)
    assert all("tile.openstreetmap.org" in u for u in opened.requests)
    assert opened.page_errors == []
    assert eventually(lambda: sum(opened.on_map().values()) > 0, timeout=30)


def test_empty_frames_still_render(open_map, tmp_path):
    empty = gpd.GeoDataFrame({"actor1": [], "geometry": []}, geometry="geometry", crs=4326)
    opened = open_map(write_map(empty, empty, tmp_path / "empty.html"))
    assert opened.counts() == {}
    assert opened.requests == [] and opened.console_errors == [] and opened.page_errors == []
    assert "0 of 0" in opened.page.locator(".gm-summary").inner_text()


def test_screenshot_helper_writes_png(sample_map, tmp_path, browser):
    png = screenshot(
        sample_map, tmp_path / "shot" / "map.png", width=800, height=500, browser=browser
    )
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == (800, 500)
    assert len(data) > 20_000  # a drawn map, not a blank page
