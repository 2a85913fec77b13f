"""Where a narrative's placeless event happens: `geomap.incidents.narrative`."""

from __future__ import annotations

from datetime import date

import pytest


@pytest.mark.parametrize(
    ("text", "places"),
    [
        pytest.param(
            "The convoy left at dawn. As the convoy approached the outskirts of Kherson, the "
            "drivers slowed down. Moments later gunmen opened fire on the lead truck, killing "
            "two drivers.",
            [("Kherson", 2)],
            id="reached_scene",
        ),
        # another paragraph is another scene
        pytest.param(
            "The convoy approached the outskirts of Kherson.\n\nMoments later gunmen opened "
            "fire on the lead truck, killing two drivers.",
            [],
            id="reached_scene-next_paragraph",
        ),
        # a place merely named before is not where the story stands
        pytest.param(
            "He had moved to Kharkiv in May. Gunmen opened fire on the lead truck, killing two "
            "drivers.",
            [],
            id="reached_scene-no_arrival",
        ),
    ],
)
def test_a_placeless_event_happens_where_the_story_just_arrived(run_extract, text, places):
    found = run_extract(text, published=date(2024, 3, 6))[0]
    assert [(i.place.name, i.fatalities) for i in found] == places
