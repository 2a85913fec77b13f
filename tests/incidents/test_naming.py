"""Naming a side through the registry: `geomap.incidents.naming`."""

from __future__ import annotations

import pytest

from geomap.incidents.naming import (
    backed_group,
    first_side,
    home_forces,
    home_group,
    match,
    named_side,
    nationals,
    police_of,
)


@pytest.mark.parametrize(
    ("phrase", "actor"),
    [
        ("Russian guided aerial bombs", "Russian forces"),
        ("Russian", "Russian forces"),
        ("Saudi artillery shells", "Saudi forces"),
        ("the Israeli enemy", "Israeli forces"),
        ("The American-British aggression", "US forces"),
        ("Iraqi F-16 aircraft", "Iraqi army"),
        ("Turkish commandos", "Turkish forces"),
        ("The Russians", "Russian forces"),
        ("two Russians", None),
        ("an unknown gang", None),
    ],
)
def test_match_names_a_demonym_before_a_weapon(registry, phrase, actor):
    found = match(registry, phrase)
    known = registry.match(actor) if actor else None
    assert (found.name if found else None) == (known.name if known else actor)


@pytest.mark.parametrize(
    ("phrase", "home", "actor"),
    [
        ("the army", "sudanese", "Sudanese Armed Forces"),
        ("government forces", "libyan", "Libyan forces"),
        ("two soldiers", "peruvian", "Peruvian armed forces"),
        ("five policemen", "pakistani", "Pakistani police forces"),
        ("a military police officer", "brazilian", "Brazilian police forces"),
        ("10 people including four security personnel", "pakistani", "Pakistani armed forces"),
        ("the army", "", None),
        ("gunmen", "sudanese", None),
    ],
)
def test_home_forces_are_the_home_states(registry, phrase, home, actor):
    found = home_forces(registry, phrase, home)
    known = registry.match(actor) if actor else None
    assert (found.name if found else None) == (known.name if known else actor)


def test_first_side_is_the_home_army_told_before_a_group(registry):
    phrase = "36 soldiers and six members of Hezbollah"
    assert first_side(registry, phrase, "syrian").name == registry.match("Syrian army").name


@pytest.mark.parametrize(
    ("phrase", "named"), [("one Palestinian", True), ("two Afghans", True), ("villagers", False)]
)
def test_nationals(phrase, named):
    assert nationals(phrase) is named


@pytest.mark.parametrize(
    ("phrase", "home", "actor"),
    [("Russian artillery", "", "Russian forces"), ("the army", "malian", "Malian armed forces")],
)
def test_named_side_is_a_registry_name_else_the_home_forces(registry, phrase, home, actor):
    assert named_side(registry, phrase, home).name == registry.match(actor).name


@pytest.mark.parametrize(
    ("home", "actor"),
    [
        pytest.param("nigerian", "Nigerian police forces", id="police_of-not_the_army"),
        pytest.param("israeli", "Israeli forces", id="police_of-registry_names_the_police"),
    ],
)
def test_police_of(registry, home, actor):
    assert police_of(registry, home).name == actor


@pytest.mark.parametrize(
    ("phrase", "home", "actor"),
    [
        pytest.param("Rebels", "syrian", "Syrian opposition forces", id="home_group-rebels"),
        pytest.param("separatist fighters", "cameroonian", "Ambazonian separatists",
                     id="home_group-separatists"),
        pytest.param("HTS rebels", "syrian", None, id="home_group-a_group_named"),
        pytest.param("rebels", "nigerien", None, id="home_group-no_such_group_at_home"),
        pytest.param("militants", "israeli", None, id="home_group-never_a_state"),
    ],
)  # fmt: skip
def test_home_group_names_a_storys_own_rebels(registry, phrase, home, actor):
    found = home_group(registry, phrase, home)
    assert (found.name if found else None) == actor


@pytest.mark.parametrize(
    ("phrase", "actor"),
    [
        pytest.param("Russian-backed militias", "Russian-backed militias", id="backed_group"),
        pytest.param("Rwandan-supported rebels", "Rwandan-backed militias",
                     id="backed_group-a_generic_word"),
        pytest.param("the Iranian-backed Hezbollah", "Hezbollah", id="backed_group-a_group_named"),
        pytest.param("Saudi-backed government forces", None,
                     id="backed_group-a_state_is_no_group"),
    ],
)  # fmt: skip
def test_backed_group_names_a_militia_by_its_sponsor(registry, phrase, actor):
    if actor is None:
        assert backed_group(phrase) is None
        return
    found = match(registry, phrase)
    known = registry.match(actor)
    assert found is not None and found.name == (known.name if known else actor)
