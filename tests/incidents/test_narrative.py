"""Where a narrative's placeless event happens: `geomap.incidents.narrative`."""

from __future__ import annotations

from datetime import date

import pytest

ARRIVAL = "As the convoy approached the outskirts of Kherson, the drivers slowed down."
SHOOTING = "Moments later gunmen opened fire on the lead truck, killing two drivers."


@pytest.mark.parametrize(
    ("before", "between", "places"),
    [
        (ARRIVAL, " ", [("Kherson", 2)]),
        (ARRIVAL, "\n\n", []),  # another paragraph is another scene
        ("He had moved to Kherson in May.", " ", []),  # named, not arrived at
    ],
    ids=["reached_scene", "reached_scene-next_paragraph", "reached_scene-no_arrival"],
)
def test_a_placeless_event_happens_where_the_story_just_arrived(
    run_extract, before, between, places
):
    found = run_extract(
        f"The convoy left at dawn. {before}{between}{SHOOTING}", published=date(2024, 3, 6)
    )[0]
    assert [(i.place.name, i.fatalities) for i in found] == places


@pytest.mark.parametrize(
    ("headline", "places"),
    [
        ("Airstrike on Kherson city cause casualties and injuries", ["Kherson"]),
        ("Kherson mayor opens a new bridge", []),
    ],
    ids=["scene_places-unread_headline", "scene_places-no_event"],
)
def test_a_telegraphic_headlines_unread_place_is_its_scene(run_extract, headline, places):
    incidents, _ = run_extract(headline, published=date(2024, 3, 6))
    assert [i.place.name for i in incidents] == places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Gunmen shot dead five men in a bar in Gao. The events occurred late on Saturday in "
            "the city centre.",
            [("Gao", date(2024, 3, 2), 5)],
            id="occurred_event-dates_the_event_told",
        ),
        pytest.param(
            "Five men were shot dead in a bar. The events occurred late on Saturday in Gao.",
            [("Gao", date(2024, 3, 2), 5)],
            id="_occurred-places_the_event_told",
        ),
        pytest.param(
            "Gunmen shot dead five men in a bar in Gao on Monday. The incident occurred in Kherson "
            "on Saturday.",
            [("Gao", date(2024, 3, 4), 5)],
            id="_occurred-not_somewhere_else",
        ),
        pytest.param(
            "The shooting took place late on Saturday in Gao. Five men were killed.",
            [("Gao", date(2024, 3, 2), 5)],
            id="toll_follows-the_next_sentence_counts_the_dead",
        ),
        pytest.param(
            "The number of deaths from the clash in the prison in Gao rose to 40 on Monday. The "
            "events were recorded on Saturday morning.",
            [("Gao", date(2024, 3, 2), 40)],
            id="occurred_event-recorded_after_the_day_of_its_toll",
        ),
        pytest.param(
            "The attack took place late on Saturday in Gao. Nobody has claimed it.",
            [],
            id="toll_follows-no_toll",
        ),
    ],
)
def test_where_and_when_a_told_event_occurred(run_extract, text, expected):
    incidents, _ = run_extract(text, published=date(2024, 3, 6))
    assert [(i.place.name, i.event_date, i.fatalities) for i in incidents] == expected


@pytest.mark.parametrize(
    ("text", "places"),
    [
        pytest.param(
            "The video was geolocated to a road south of Kherson. Officials said a patrol was "
            "ambushed there on Monday and two soldiers were killed.",
            ["Kherson"],
            id="scene_told_before-there",
        ),
        pytest.param(
            "Traders in Gao closed their shops early on Monday. Officials said gunmen killed two "
            "soldiers in the area that evening.",
            ["Gao"],
            id="scene_told_before-in_the_area",
        ),
        pytest.param(
            "Videos showed smoke over Kherson and Dnipro. Officials said a patrol was ambushed "
            "there on Monday and two soldiers were killed.",
            [],
            id="scene_told_before-two_scenes_are_none",
        ),
        pytest.param(
            "The governor visited Kherson on Monday.\n\nOfficials said a patrol was ambushed "
            "there and two soldiers were killed.",
            [],
            id="scene_told_before-not_across_a_paragraph",
        ),
    ],
)
def test_there_is_the_scene_a_sentence_before_set(run_extract, text, places):
    incidents, _ = run_extract(text, published=date(2024, 3, 6))
    assert [i.place.name for i in incidents] == places


def test_points_back_places_a_cited_event_in_the_same_locality(run_extract):
    text = (
        "Gunmen killed 30 civilians in Gao on Tuesday. The attack came two days after nine "
        "soldiers were killed in the same locality."
    )
    incidents, _ = run_extract(text, published=date(2024, 3, 6))
    assert sorted((i.place.name, i.event_date, i.fatalities) for i in incidents) == [
        ("Gao", date(2024, 3, 3), 9),
        ("Gao", date(2024, 3, 5), 30),
    ]
