"""Filters, search, table, CSV and timeline in Chromium, checked against the frame."""

from __future__ import annotations

import io

import pandas as pd
import pytest

from geomap.render.sample import HOSTILE

from samples import eventually

pytestmark = pytest.mark.browser

SEARCHED = (
    "location", "admin1", "country", "actor1", "actor2", "notes", "source_title",
    "sub_event_type", "article",
)  # fmt: skip


@pytest.fixture
def page(open_map, sample_map):
    opened = open_map(sample_map)
    yield opened
    assert opened.requests == [] and opened.page_errors == [] and opened.dialogs == []


def _matching(opened) -> int:
    return opened.page.evaluate("geomap.matching()")


def _expect(opened, frame: pd.DataFrame) -> None:
    """Counts on the map, in the panel and per layer all equal the frame's."""
    expected = frame["actor1"].value_counts().to_dict()
    assert eventually(lambda: {k: v for k, v in opened.counts().items() if v} == expected), (
        opened.counts(),
        expected,
    )
    assert _matching(opened) == len(frame)
    match = opened.page.locator(".gm-filters .gm-match")
    assert eventually(lambda: match.inner_text().startswith(f"{len(frame)} of ")), (
        match.inner_text()
    )


def _search(frame: pd.DataFrame, query: str) -> pd.Series:
    q = query.lower()
    return (
        frame[list(SEARCHED)]
        .fillna("")
        .astype(str)
        .apply(lambda col: col.str.lower().str.contains(q, regex=False))
        .any(axis=1)
    )


def test_event_type_filter(page, sample):
    incidents = sample[0]
    page.page.locator(".gm-type", has_text="Battles").locator("input").uncheck()
    _expect(page, incidents[incidents["event_type"] != "Battles"])


def test_country_filter(page, sample):
    incidents = sample[0]
    code = incidents["country"].value_counts().index[1]
    value = page.page.locator(
        ".gm-filters select[name=country] option", has_text=code
    ).get_attribute("value")
    page.page.select_option(".gm-filters select[name=country]", value)
    _expect(page, incidents[incidents["country"] == code])


@pytest.mark.parametrize(("low", "high"), [("10", ""), ("", "5"), ("3", "12")])
def test_fatalities_range(page, sample, low, high):
    incidents = sample[0]
    page.page.fill(".gm-filters input[name=fmin]", low)
    page.page.fill(".gm-filters input[name=fmax]", high)
    page.page.dispatch_event(".gm-filters input[name=fmax]", "change")
    tolls = incidents["fatalities"]
    keep = tolls.notna()
    if low:
        keep &= tolls >= int(low)
    if high:
        keep &= tolls <= int(high)
    _expect(page, incidents[keep.fillna(False).astype(bool)])


@pytest.mark.parametrize("value", ["1", "0"])
def test_reviewed_filter(page, sample, value):
    incidents = sample[0]
    page.page.select_option(".gm-filters select[name=reviewed]", value)
    _expect(page, incidents[incidents["reviewed"] == (value == "1")])


@pytest.mark.parametrize("query", ["mogadishu", "Wagner", "drone strike", "<script>", "{{ 7*7"])
def test_search_over_places_actors_and_notes(page, sample, query):
    incidents = sample[0]
    page.page.fill(".gm-filters input[name=q]", query)
    expected = incidents[_search(incidents, query)]
    assert len(expected) > 0
    _expect(page, expected)


def test_filters_combine_with_the_date_range_and_clear(page, sample):
    incidents = sample[0]
    page.page.fill(".gm-filter input[name=from]", "2023-01-01")
    page.page.dispatch_event(".gm-filter input[name=from]", "change")
    page.page.locator(".gm-type", has_text="Protests").locator("input").uncheck()
    dated = incidents["event_date"].isna() | (incidents["event_date"] >= "2023-01-01")
    _expect(page, incidents[dated & (incidents["event_type"] != "Protests")])
    page.page.click(".gm-filters button")
    _expect(page, incidents[dated])


def _download_csv(opened) -> pd.DataFrame:
    opened.page.locator(".gm-table summary").click()
    with opened.page.expect_download() as info:
        opened.page.click(".gm-table button")
    text = open(info.value.path(), encoding="utf-8").read()
    return pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)


def test_csv_equals_the_filtered_frame(page, sample):
    incidents = sample[0]
    page.page.locator(".gm-type", has_text="Riots").locator("input").uncheck()
    page.page.fill(".gm-filters input[name=fmin]", "1")
    page.page.dispatch_event(".gm-filters input[name=fmin]", "change")
    keep = (incidents["event_type"] != "Riots") & (incidents["fatalities"] >= 1).fillna(False)
    expected = incidents[keep.astype(bool)]
    assert eventually(lambda: _matching(page) == len(expected))
    csv = _download_csv(page)
    assert list(csv["incident_id"]) == list(expected["incident_id"])

    def text(value: object) -> str:
        s = "" if pd.isna(value) else str(value)
        return "'" + s if s[:1] in ("=", "+", "-", "@") else s

    for column in ("event_type", "actor1", "actor2", "location", "notes", "source_url"):
        assert list(csv[column]) == [text(v) for v in expected[column]], column
    assert list(csv["fatalities"].astype(int)) == list(expected["fatalities"].astype(int))
    assert list(csv["event_date"]) == [text(v) for v in expected["event_date"]]
    assert list(csv["latitude"].astype(float)) == pytest.approx(
        list(expected["latitude"]), abs=1e-5
    )
    assert list(csv["reviewed"]) == ["true" if v else "false" for v in expected["reviewed"]]


def test_table_lists_the_incidents_in_view_sorted_and_flies_to_a_row(page, sample):
    incidents = sample[0]
    opened = page.page
    opened.evaluate("() => { geomap.map.setView([2.04, 45.34], 7, {animate: false}); }")
    bounds = opened.evaluate("() => geomap.map.getBounds().toBBoxString()").split(",")
    west, south, east, north = map(float, bounds)
    inside = incidents[
        incidents["latitude"].between(south, north) & incidents["longitude"].between(west, east)
    ]
    opened.locator(".gm-table summary").click()
    summary = opened.locator(".gm-table summary")
    assert eventually(lambda: summary.inner_text() == f"Table: {len(inside)} incidents in view")
    opened.locator(".gm-table th", has_text="Deaths").click()
    cells = opened.locator(".gm-table tbody tr td:nth-child(7)").all_inner_texts()
    tolls = [int(c) for c in cells if c]
    assert tolls == sorted(inside["fatalities"].dropna().astype(int), reverse=True)[: len(tolls)]
    assert opened.locator(".gm-table tbody script, .gm-table tbody img").count() == 0
    opened.locator(".gm-table tbody tr").first.click()
    assert eventually(
        lambda: opened.locator(".leaflet-popup-content .gm-id").count() > 0, timeout=15
    )
    assert opened.evaluate("geomap.map.getZoom()") >= 10


def test_hostile_text_in_the_table_stays_text(open_map, sample_map):
    opened = open_map(sample_map)
    page = opened.page
    page.evaluate("() => { geomap.map.setView([20, 20], 2, {animate: false}); }")
    page.fill(".gm-filters input[name=q]", "<")
    page.locator(".gm-table summary").click()
    assert eventually(lambda: page.evaluate("geomap.filter.query") == "<")
    assert eventually(lambda: HOSTILE[0] in page.locator(".gm-table tbody").inner_text())
    text = page.locator(".gm-table tbody").inner_text()
    assert HOSTILE[0] in text and HOSTILE[1] in text
    assert page.locator(".gm-table script, .gm-table img, img[src=x]").count() == 0
    assert opened.dialogs == []


def test_timeline_brush_sets_the_date_range(page, sample):
    incidents = sample[0]
    opened = page.page
    box = opened.locator(".gm-timeline canvas").bounding_box()
    y = box["y"] + box["height"] / 2
    opened.mouse.move(box["x"] + box["width"] * 0.25, y)
    opened.mouse.down()
    opened.mouse.move(box["x"] + box["width"] * 0.5, y, steps=5)
    opened.mouse.up()
    start = opened.input_value(".gm-filter input[name=from]")
    end = opened.input_value(".gm-filter input[name=to]")
    assert incidents["event_date"].min() < start < end < incidents["event_date"].max()
    assert opened.evaluate(
        "[geomap.isoDay(geomap.range.from), geomap.isoDay(geomap.range.to)]"
    ) == [
        start,
        end,
    ]
    dates = incidents["event_date"]
    _expect(page, incidents[dates.isna() | ((dates >= start) & (dates <= end))])
    opened.mouse.click(box["x"] + 5, y)  # a click without a drag shows every date again
    _expect(page, incidents)


def test_a_packed_block_reads_the_same(open_map, tmp_path):
    """Above 1 MB the block is packed (int32 columns, gzip, base64): same counts, popups, CSV."""
    from geomap.render import write_map
    from geomap.render.sample import sample_frames

    incidents, places = sample_frames(12_000, seed=5, hostile=True)
    path = write_map(incidents, places, tmp_path / "packed.html")
    assert 'data-encoding="gzip+base64"' in path.read_text(encoding="utf-8")[-20_000_000:]
    opened = open_map(path, timeout_ms=120_000)  # generous: shared CI machines are slow
    assert opened.counts() == incidents["actor1"].value_counts().to_dict()
    row = len(HOSTILE) + 17
    opened.page.evaluate("i => { geomap.openIncident(i); }", row)
    text = opened.page.locator(".leaflet-popup-content").last.inner_text()
    assert incidents.iloc[row]["notes"] in text and incidents.iloc[row]["incident_id"] in text
    opened.page.select_option(".gm-filters select[name=reviewed]", "1")
    assert eventually(lambda: _matching(opened) == int(incidents["reviewed"].sum()), timeout=60)
    csv = _download_csv(opened)
    assert list(csv["incident_id"]) == list(incidents[incidents["reviewed"]]["incident_id"])
    # the notes (read by a worker after the first frame) are searched like the rest
    opened.page.select_option(".gm-filters select[name=reviewed]", "")
    query = "on day 12;"
    opened.page.fill(".gm-filters input[name=q]", query)
    expected = int(_search(incidents, query).sum())
    assert 0 < expected and eventually(lambda: _matching(opened) == expected, timeout=60)
    assert opened.page.evaluate("geomap.textReader()") == "worker"
    assert opened.requests == [] and opened.page_errors == []


def test_the_first_view_is_drawn(page, sample):
    drawn = page.page.evaluate("geomap.incidents.items.reduce((s, it) => s + it.n, 0)")
    assert 0 < drawn <= len(sample[0])
    assert page.page.evaluate("geomap.incidents.canvas.style.visibility") == "visible"
