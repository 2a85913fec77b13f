"""Continents in the packaged gazetteer: found, named by their adjectives, never a country."""

from __future__ import annotations

import pytest

from geomap.model import Article

pytestmark = pytest.mark.slow


def test_a_continent_and_its_acronyms_are_places(full_gazetteer):
    europe = full_gazetteer.lookup("EU")[0].place
    assert (europe.name, europe.feature_type) == ("Europe", "continent")
    assert europe.geonames_id == 6255148
    assert dict(full_gazetteer.ruler_names())["Africa"] == "LOC"
    assert {"EU", "Europe", "Africa"} <= full_gazetteer.city_names()


def test_continents_in_a_story_are_found_and_named_by_their_adjectives(full_geoparser):
    text = (
        "Ministers from the EU met in Brussels on Monday. The European Commission said "
        "exports to Africa and Asia rose, and African leaders welcomed the deal."
    )
    parsed = full_geoparser.parse(Article(id="t", title="", text=text))
    found = {m.text: m.place.name for m in parsed.mentions if m.place is not None}
    assert found["EU"] == "Europe" and found["European"] == "Europe"
    assert (found["Africa"], found["African"], found["Asia"]) == ("Africa", "Africa", "Asia")
    assert found["Brussels"] == "Brussels"
