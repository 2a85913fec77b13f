"""Story-wide actors: every rule of `geomap.incidents.sides`, by name."""

from __future__ import annotations

import pytest

from geomap.incidents.sides import claimed_by, home_demonym, named_side_first
from geomap.vocab import EventType


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Al-Shabaab claimed responsibility for the blast.", "Al-Shabaab"),
        ("The attack was claimed by JNIM.", "JNIM"),
        ("Ten died in the blast, officials said, blaming JNIM.", "JNIM"),
        ("The ministry said the blast was heavy.", None),
        ("Police said the device had been planted by al-Shabaab militants.", "Al-Shabaab"),
        ("Troops detained dozens of suspects and handed them to Israeli police.", None),
        ("Authorities attributed the attack to JNIM.", "JNIM"),
        ("The suspects fled towards the forest.", None),
    ],
)
def test_claimed_by(registry, sentence, actor):
    found = claimed_by(sentence, registry)
    assert found == (registry.match(actor).name if actor else None)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "Villagers attributed the attack to the Gran Grif gang.", id="claimed_by-blame"
        ),
        pytest.param(
            "Villagers attribute the killings to the Gran Grif gang.", id="_CLAIM-present"
        ),
        pytest.param("Local groups blame the Gran Grif gang for the raid.", id="_CLAIM-blame_now"),
        pytest.param(
            "Residents held the Gran Grif gang responsible for the raid.",
            id="_CLAIM-held_responsible",
        ),
    ],
)
def test_claimed_by_blames_in_a_sentence_with_an_event_word(registry, sentence):
    # "the attack" is an event word: a blame names its actor all the same
    assert claimed_by(sentence, registry, agents=False) == "Gran Grif gang"


def test_home_demonym_is_the_most_named_country():
    assert home_demonym(["SD", "SD", "SS", ""]) == "sudanese"
    assert home_demonym([]) == ""


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        pytest.param(
            "Israeli jets carried out airstrikes across Gaza this week. "
            "A strike on Tuesday killed four people in Rafah.",
            "Israeli forces",
            id="the-story-names-one-air-force",
        ),
        pytest.param(
            "Israeli jets carried out airstrikes across Gaza this week. "
            "US warplanes carried out airstrikes in Yemen. "
            "A strike on Tuesday killed four people in Rafah.",
            "Unidentified armed group",
            id="two-air-forces-say-nothing",
        ),
        pytest.param(
            "A Russian missile strike hit a hospital in Kherson on Monday. "
            "In Rafah, a missile attack killed ten people.",
            "Russian forces",
            id="story_forces-the_story_names_one_missile_force",
        ),
        pytest.param(
            "Israeli jets carried out airstrikes across Gaza this week. "
            "In Rafah, a rocket attack killed ten people on Tuesday.",
            "Unidentified armed group",
            id="story_forces-an_air_force_fires_no_rockets",
        ),
    ],
)
def test_an_unnamed_strike_is_by_the_story_s_one_air_force(run_extract, text, actor1):
    incidents, _ = run_extract(text)
    assert [i.actor1 for i in incidents if i.place.name == "Rafah"] == [actor1]


@pytest.mark.parametrize(
    ("event_type", "actors", "ordered"),
    [
        pytest.param(EventType.BATTLES, ("", "Malian armed forces"), ("Malian armed forces", ""),
                     id="named_side_first"),
        pytest.param(EventType.BATTLES, ("JNIM", "Malian armed forces"),
                     ("JNIM", "Malian armed forces"), id="named_side_first-both_named"),
        pytest.param(EventType.CIVILIANS, ("", "Civilians"), ("", "Civilians"),
                     id="named_side_first-civilians_are_no_side"),
    ],
)  # fmt: skip
def test_a_battle_s_named_side_comes_first(event_type, actors, ordered):
    assert named_side_first(event_type, *actors) == ordered


def test_claimed_by_an_agent_of_the_sentences_own_event_is_not_lent_back(registry):
    """ "killed when a device planted by Hamas exploded" tells its own event's doer."""
    sentence = "A soldier was killed when a device planted by Hamas exploded."
    assert claimed_by(sentence, registry, agents=False) is None
    assert claimed_by(sentence, registry) == registry.match("Hamas").name


def test_story_places_name_the_army_of_a_target_abroad(run_extract):
    """ "at an army base in northern Israel" in a story from Beirut: Israel's army."""
    text = (
        "Hezbollah fighters fired rockets from Beirut at an army base in northern Israel "
        "on Tuesday, wounding two soldiers."
    )
    incidents, _ = run_extract(text)
    assert [i.actor2 for i in incidents] == ["Israeli forces"]
