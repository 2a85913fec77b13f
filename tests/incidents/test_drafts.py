"""Drafts: how a draft of one event folds into another."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from geomap.incidents.drafts import Draft, merge_into


def _draft(place, **fields):
    return Draft("Explosions/Remote violence", "", 0, "", place=place,
                 event_date=date(2024, 1, 23), trigger="struck", **fields)  # fmt: skip


def test_a_merge_never_makes_one_actor_both_sides():
    """ "JNIM attacked the school" and "the junta gave no toll": the army is not its own foe."""
    target = Draft("Battles", "Armed clash", 0, "", actor1="", actor2="Malian armed forces")
    merge_into(target, Draft("Battles", "Armed clash", 1, "", actor1="Malian armed forces"))
    assert (target.actor1, target.actor2) == ("", "Malian armed forces")


@pytest.mark.parametrize(
    ("before", "after"),
    [("", "Civilians"), ("Unidentified armed group", "Unidentified armed group"), ("JNIM", "JNIM")],
    ids=["_named-none", "_named-an_armed_side_stays", "_named-a_named_side_stays"],
)
def test_the_dead_called_people_do_not_replace_the_side_that_fought(before, after):
    """ "Troops battled militants in X. At least sixty people have been killed": militants."""
    target = Draft("Battles", "Armed clash", 0, "", actor1="Iraqi armed forces", actor2=before)
    merge_into(target, Draft("Battles", "Armed clash", 1, "", actor2="Civilians"))
    assert target.actor2 == after


@pytest.mark.parametrize("area_type", ["country", "region"])
def test_a_place_s_own_toll_replaces_the_area_s_sum(area_type):
    """ "Strikes across the Gaza Strip killed 35", then "nine died in Deir al-Balah"."""
    from samples import BAGHDAD, IRAQ

    area = dataclasses.replace(IRAQ, feature_type=area_type)
    lead = dataclasses.replace(_draft(area), fatalities=72, geo_precision=3)
    market = dataclasses.replace(_draft(BAGHDAD), fatalities=45)
    merge_into(lead, market)
    assert (lead.place, lead.fatalities) == (BAGHDAD, 45)
    vague = dataclasses.replace(_draft(area), fatalities=72, geo_precision=3)
    merge_into(vague, _draft(BAGHDAD))  # no toll of its own: the lead's stands
    assert vague.fatalities == 72


@pytest.mark.parametrize(
    ("note", "toll"),
    [("Two attackers were also killed in the exchange of fire.", 4),
     ("Two people were killed in the attack.", 2)],
    ids=["more_dead", "more_dead-the_same_dead_told_again"],
)  # fmt: skip
def test_dead_told_as_more_add_to_the_toll(note, toll):
    """ "…, killing two policemen. Two attackers were also killed": four dead."""
    target = Draft("Battles", "Armed clash", 0, "", fatalities=2)
    merge_into(target, Draft("Battles", "Armed clash", 1, note, fatalities=2), reference=True)
    assert target.fatalities == toll


@pytest.mark.parametrize(
    ("note", "victims", "toll"),
    [
        ("Three soldiers were killed in the battle.", "Somali armed forces", 20),
        ("The 17 were al-Shabaab fighters, officials said.", "Al-Shabaab", 17),
        ("Three more militants died of their wounds.", "Unidentified armed group", 17),
    ],
    ids=[
        "_the_other_sides_dead",
        "_the_other_sides_dead-the_same_count_told_again",
        "_the_other_sides_dead-the_same_side",
    ],
)
def test_each_sides_dead_add_up(note, victims, toll):
    """ "…, killing 17 militants. Three soldiers were killed in the battle": 20 dead."""
    fight = Draft(
        "Battles", "Armed clash", 0, "Soldiers repulsed the attack, killing 17 militants.",
        actor1="Somali armed forces", actor2="Unidentified armed group", fatalities=17,
    )  # fmt: skip
    told = 17 if "17" in note else 3
    merge_into(fight, Draft("Battles", "Armed clash", 1, note, actor2=victims, fatalities=told))
    assert fight.fatalities == toll


def test_a_vague_crowd_of_dead_adds_to_no_toll():
    """ "the army neutralised scores of terrorists": no count to add to five soldiers."""
    fight = Draft("Battles", "Armed clash", 0, "Five soldiers were killed.",
                  actor2="Nigerian armed forces", fatalities=5)  # fmt: skip
    told = Draft("Battles", "Armed clash", 1, "Troops neutralised scores of terrorists.",
                 actor2="Unidentified armed group", fatalities=20)  # fmt: skip
    merge_into(fight, told, reference=True)
    assert fight.fatalities == 5
