"""Names that hold a known place inside a longer one: `geomap.geoparse.parts`."""

from __future__ import annotations

import pytest

from geomap.geoparse import Geoparser
from geomap.geoparse.abbreviations import abbreviated_state
from geomap.geoparse.parts import (
    after_slash,
    capital_of_adjective,
    held_reading,
    in_abbreviated_state,
    part_of_town,
)
from geomap.geoparse.resolve import Toponym, resolve_toponyms

from samples import ALL_PLACES, StubGazetteer, _place

_HERE = _place("here", "Zoquital", 20.2, -101.1, "town", "MX", "Guanajuato", population=25_000)
_THERE = _place("there", "Zoquital", 25.0, -99.0, "city", "MX", "Tamaulipas", population=300_000)
_GTO = _place("gto", "Guanajuato", 21.0, -101.3, "admin1", "MX", "Guanajuato", population=6e6)
_TAMPS = _place("tamps", "Tamaulipas", 24.3, -98.6, "admin1", "MX", "Tamaulipas", population=3e6)


@pytest.fixture(scope="module")
def gazetteer():
    return StubGazetteer([_HERE, _THERE, _GTO, _TAMPS])


@pytest.mark.parametrize(
    ("written", "state"),
    [
        ("Gto", "Guanajuato"),
        ("Gto.", "Guanajuato"),
        ("Q. Roo", "Quintana Roo"),
        ("NL", "Nuevo León"),
    ],
)
def test_a_mexican_abbreviation_names_its_state(written, state):
    assert abbreviated_state(written) == state


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Zoquital Gto", "here"), ("Zoquital, Tamps", "there"), ("Zoquital Yuc", None)],
    ids=["in_abbreviated_state", "in_abbreviated_state-comma", "in_abbreviated_state-none"],
)
def test_a_town_with_its_states_abbreviation_is_its_namesake_there(gazetteer, name, expected):
    held = in_abbreviated_state(gazetteer, name, 20)
    assert (held and [c.place.id for c in held.found]) == ([expected] if expected else None)


@pytest.mark.parametrize(
    ("name", "town"),
    [("El Mirador de Zoquital", "Zoquital"), ("Playas del Zoquital", "Zoquital")],
    ids=["part_of_town", "part_of_town-del"],
)
def test_a_part_named_after_its_town_is_held_by_the_town(gazetteer, name, town):
    held = part_of_town(gazetteer, name, 20)
    assert held is not None and held.name == town and held.part


_STATE_TOWN = _place(
    "z-town", "Zoquitecas", 22.8, -102.6, "city", "MX", "Zoquitecas", population=1e5
)
_STATE = _place("z-state", "Zoquitecas", 23.0, -102.0, "admin1", "MX", "Zoquitecas", population=1e6)
_OTHER_TOWN = _place("z-far", "Zoquitecas", 25.0, -99.0, "village", "MX", "Tamaulipas")


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Zoquitecan capital", [_STATE_TOWN]), ("Sonoran capital", None), ("Zoquital", None)],
    ids=["capital_of_adjective", "capital_of_adjective-unknown", "capital_of_adjective-none"],
)
def test_a_states_capital_by_its_adjective_is_its_town_of_its_name(name, expected):
    gazetteer = StubGazetteer([_STATE_TOWN, _STATE, _OTHER_TOWN])
    held = capital_of_adjective(gazetteer, name, 20)
    assert (held and [c.place for c in held.found]) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Playa Azul/Zoquital", ["there", "here"]),
        ("Guanajuato/Zoquital", ["here"]),
        ("Zoquital/", None),
        ("Zoquital/Otumba", None),
    ],
    ids=["after_slash", "after_slash-state", "after_slash-empty", "after_slash-unknown"],
)
def test_after_a_slash_the_second_name_is_the_place(gazetteer, name, expected):
    held = after_slash(gazetteer, name, 20)
    assert (held and [c.place.id for c in held.found]) == expected


@pytest.mark.parametrize("name", ["Valle de las Palmas", "Zoquital", "Mirador de Otumba"])
def test_no_town_is_held_without_a_capitalised_known_one(gazetteer, name):
    assert held_reading(gazetteer, name, 20) is None


def test_the_resolver_places_a_part_at_its_town_and_says_so(gazetteer):
    toponym = Toponym("El Mirador de Zoquital", 0, 22, 0, "GPE", guessed=True)
    ((resolved, place, _, _),) = resolve_toponyms(gazetteer, [toponym])
    assert place == _THERE and resolved.part and resolved.within == "Zoquital"


def test_a_part_is_an_incident_near_its_town(nlp, extractor, article_factory):
    geoparser = Geoparser(StubGazetteer([*ALL_PLACES, _HERE]), nlp=nlp)
    text = "Gunmen shot dead two men in Los Pinos de Zoquital on Monday."
    incidents, _ = extractor.extract(geoparser.parse(article_factory(text)))
    assert [(i.place, i.geo_precision) for i in incidents] == [(_HERE, 2)]
