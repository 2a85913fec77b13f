"""What was broken on the map: date-line bands, locale dates, silent empty maps, counts."""

from __future__ import annotations

import pytest

from geomap.render import write_map
from geomap.render.sample import sample_frames

from samples import eventually

pytestmark = pytest.mark.browser

# Alpha of the basemap (the tile canvas under a point) there: 0 where no country is drawn (sea).
BASEMAP_ALPHA = """([lat, lon]) => {
    const mapBox = geomap.map.getContainer().getBoundingClientRect();
    const p = geomap.map.latLngToContainerPoint([lat, lon]);
    const cx = p.x + mapBox.left, cy = p.y + mapBox.top;
    const canvas = [...geomap.map.getPane('gmBasemap').querySelectorAll('canvas')].find(c => {
        const b = c.getBoundingClientRect();
        return cx >= b.left && cx < b.right && cy >= b.top && cy < b.bottom;
    });
    const box = canvas.getBoundingClientRect();
    const x = (p.x + mapBox.left - box.left) * canvas.width / box.width;
    const y = (p.y + mapBox.top - box.top) * canvas.height / box.height;
    return canvas.getContext('2d').getImageData(Math.round(x), Math.round(y), 1, 1).data[3];
}"""


@pytest.mark.parametrize(
    ("view", "point", "land"),
    [
        ((67, 0, 3), (67.5, -5), False),  # Norwegian Sea, under the old Chukotka band
        ((67, 0, 3), (64, 60), True),  # northern Urals (still land)
        ((67, -170, 4), (67, -176), True),  # Chukotka, east of the date line
        ((67, 175, 4), (67, 176), True),  # Chukotka, west of it
        ((-16, -120, 3), (-16.5, -130), False),  # South Pacific, under the old Fiji line
        ((-16, -120, 3), (-16.5, -60), True),  # Bolivia
    ],
)
def test_no_band_across_the_world_at_the_date_line(shared_page, view, point, land):
    page = shared_page.page
    page.evaluate(
        "([lat, lon, z]) => { geomap.map.setView([lat, lon], z, {animate: false}); }", view
    )
    page.wait_for_timeout(100)
    alpha = page.evaluate(BASEMAP_ALPHA, list(point))
    assert (alpha > 0) == land, alpha


def test_dates_are_iso_in_any_locale(browser, sample_map, sample):
    from geomap.render.browser import open_offline

    opened = open_offline(browser, sample_map, locale="de-DE")
    try:
        page = opened.page
        first = sample[0]["event_date"].dropna().min()
        assert page.input_value(".gm-filter input[name=from]") == first
        page.fill(".gm-filter input[name=to]", "31.12.2022")
        page.dispatch_event(".gm-filter input[name=to]", "change")
        assert page.locator(".gm-filter input[name=to].gm-bad").count() == 1
        assert page.evaluate("geomap.range.to") is None  # a bad date changes nothing
        page.fill(".gm-filter input[name=to]", "2022-02-30")
        page.dispatch_event(".gm-filter input[name=to]", "change")
        assert page.evaluate("geomap.range.to") is None
        page.fill(".gm-filter input[name=to]", "2022-12-31")
        page.dispatch_event(".gm-filter input[name=to]", "change")
        assert page.locator(".gm-filter .gm-bad").count() == 0
        assert page.evaluate("geomap.isoDay(geomap.range.to)") == "2022-12-31"
        span = page.locator(".gm-summary [data-k=span]").inner_text()
        assert span.startswith(first)
    finally:
        opened.page.close()


def test_an_empty_map_says_nothing_was_found(open_map, tmp_path):
    incidents, places = sample_frames(10)
    path = write_map(incidents.iloc[:0], places.iloc[:0], tmp_path / "empty.html")
    opened = open_map(path)
    message = opened.page.locator(".gm-empty")
    assert eventually(lambda: message.is_visible())
    assert message.inner_text() == "No incidents were found in the articles read."


def test_filters_that_match_nothing_say_so(open_map, sample_map):
    opened = open_map(sample_map)
    message = opened.page.locator(".gm-empty")
    assert not message.is_visible()
    opened.page.evaluate(
        "geomap.setRange(geomap.parseDay('1990-01-01'), geomap.parseDay('1990-01-02'), false)"
    )
    assert eventually(lambda: message.is_visible())
    assert "No incident matches" in message.inner_text()


def test_articles_count_says_which_count_it_is(open_map, tmp_path):
    incidents, places = sample_frames(40)
    incidents.attrs["articles_read"] = 25
    opened = open_map(write_map(incidents, places, tmp_path / "m.html"))
    summary = opened.page.locator(".gm-summary")
    with_incidents = incidents["article"].nunique()
    assert "Articles with incidents" in summary.inner_text()
    assert eventually(
        lambda: summary.locator("[data-k=articles]").inner_text() == f"{with_incidents} of 25 read"
    )
