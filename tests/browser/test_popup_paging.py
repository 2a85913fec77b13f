"""Paging through a popup of incidents stacked at one spot, with real mouse clicks (case 8)."""

from __future__ import annotations

import pandas as pd
import pytest

from geomap.render import write_map
from geomap.render.sample import HOSTILE

from samples import eventually

pytestmark = pytest.mark.browser
STACK = 4


@pytest.fixture(scope="module")
def stacked_map(sample, tmp_path_factory):
    """A map whose only marker stacks ``STACK`` incidents of one actor at one spot."""
    incidents, places = sample
    benign = incidents.iloc[len(HOSTILE) :]
    row = benign[benign["geo_precision"] == 1].iloc[[0]]
    stack = pd.concat([row] * STACK, ignore_index=True)
    stack["incident_id"] = [f"stack-{k}" for k in range(STACK)]
    path = tmp_path_factory.mktemp("stack") / "map.html"
    return write_map(stack, places.iloc[:0], path), stack


def test_the_next_button_pages_through_a_stack(open_map, stacked_map):
    path, stack = stacked_map
    opened = open_map(path)
    page = opened.page
    lat, lon = float(stack["latitude"][0]), float(stack["longitude"][0])
    x, y = page.evaluate(
        """([lat, lon]) => { geomap.map.setView([lat, lon], 12, {animate: false});
            const p = geomap.map.latLngToContainerPoint([lat, lon]); return [p.x, p.y]; }""",
        [lat, lon],
    )

    def clicked_open() -> bool:
        page.mouse.click(x, y)
        return page.locator(".leaflet-popup-content .gm-pager").count() > 0

    assert eventually(clicked_open, timeout=15, interval=0.3)
    pager = page.locator(".leaflet-popup-content .gm-pager")
    seen = []
    for k in range(STACK):
        assert pager.locator("span").inner_text() == f"{k + 1} of {STACK} incidents here"
        seen.append(page.locator(".leaflet-popup-content .gm-id").inner_text())
        if k < STACK - 1:
            pager.locator("button").last.click()  # ›, a real click on the button
            page.wait_for_timeout(50)
            assert page.locator(".leaflet-popup").count() == 1, "the popup closed"
    assert sorted(seen) == sorted(stack["incident_id"])
    assert pager.locator("button").last.is_disabled()
    pager.locator("button").first.click()  # ‹ goes back
    assert pager.locator("span").inner_text() == f"{STACK - 1} of {STACK} incidents here"
    assert opened.page_errors == [] and opened.console_errors == []
