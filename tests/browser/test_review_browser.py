"""Reviewed incidents in the browser: the mark, the note and the commands to copy."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from geomap.render.sample import HOSTILE

pytestmark = pytest.mark.browser


def _popup(page, row):
    page.evaluate("i => { geomap.map.closePopup(); geomap.openIncident(i); }", row)
    return page.locator(".leaflet-popup-content").last


def test_reviewed_incident_has_a_mark_and_its_note(shared_page, sample):
    incidents = sample[0]
    row = int(incidents.index[(incidents["reviewed"]) & (incidents.index >= len(HOSTILE))][0])
    content = _popup(shared_page.page, row)
    assert content.locator(".gm-reviewed").inner_text().strip() == "\u2713 reviewed"
    assert content.locator(".gm-review-note").inner_text() == incidents.loc[row, "review"]
    unreviewed = int(incidents.index[~incidents["reviewed"]][0])
    assert _popup(shared_page.page, unreviewed).locator(".gm-reviewed").count() == 0


def test_popup_offers_the_exact_commands(shared_page, sample):
    row = len(HOSTILE) + 3
    ident = sample[0].loc[row, "incident_id"]
    # A packed map reads its ids after the first paint; the commands need them.
    shared_page.page.wait_for_function("() => geomap.texts !== null")
    content = _popup(shared_page.page, row)
    # A popup near the edge pans the map into view; a click during the pan lands
    # where the box was a frame ago, so click once the map is still.
    shared_page.page.wait_for_function(
        "() => !(geomap.map._panAnim && geomap.map._panAnim._inProgress)"
    )
    content.locator(".gm-commands summary").click()
    expect(content.locator(".gm-commands")).to_have_js_property("open", True)
    expect(content.locator(".gm-command code")).to_have_text(
        [
            f"geomap review reject {ident} --why '\u2026'",
            f"geomap review move {ident} --to GAZETTEER_ID --why '\u2026'",
        ]
    )


@pytest.mark.parametrize("row,text", list(enumerate(HOSTILE)))
def test_hostile_review_notes_and_ids_stay_text(shared_page, row, text):
    content = _popup(shared_page.page, row)
    flat = " ".join(text.replace("\u2028", " ").replace("\u2029", " ").split())
    note = " ".join(content.locator(".gm-review-note").inner_text().split())
    assert note == flat
    assert flat in " ".join(content.locator(".gm-command code").first.text_content().split())
    assert content.locator("script, img").count() == 0
    assert shared_page.dialogs == [] and shared_page.page_errors == []
