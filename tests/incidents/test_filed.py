"""The dateline's town as a scene: every rule of `geomap.incidents.filed`, by name."""

from __future__ import annotations

import pytest

# (text, places that must be scenes, places that must not); the id is the rule.
DATELINED = [
    pytest.param("MOGADISHU, Somalia (AP) — Gunmen killed 12 people at a market in this southern "
                 "city on Monday, police said.", {"Mogadishu"}, set(),
                 id="filed_from-this_city_is_the_datelines"),
    pytest.param("MOGADISHU, Somalia (AP) — A car bomb tore through a market in the city on "
                 "Monday, killing 12 people.", {"Mogadishu"}, set(),
                 id="filed_from-the_city_is_the_datelines"),
    pytest.param("MOGADISHU, Somalia (AP) — Gunmen killed 12 people in a village on Monday, police "
                 "said.", set(), {"Mogadishu"}, id="filed_from-a_village_is_not_the_city"),
    pytest.param("MOGADISHU, Somalia (AP) — Gunmen stormed a hotel on Friday, killing nine people, "
                 "police said.", {"Mogadishu"}, set(), id="dateline_lead"),
    pytest.param("MOGADISHU, Somalia (AP) — Gunmen stormed a hotel in Gao on Friday, killing nine "
                 "people.", {"Gao"}, {"Mogadishu"}, id="dateline_lead-the_lead_names_its_place"),
    pytest.param("MOGADISHU, Somalia (AP) — Gunmen stormed a hotel in the northern region on "
                 "Friday, killing nine.", set(), {"Mogadishu"}, id="_unnamed_elsewhere"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected", "forbidden"), DATELINED)
def test_the_town_a_story_was_filed_from(run_extract, text, expected, forbidden):
    incidents, _ = run_extract(text)
    places = {i.place.name for i in incidents}
    assert expected <= places
    assert not places & forbidden
