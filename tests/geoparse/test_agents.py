"""Demonyms that name who attacked: `geomap.geoparse.agents`."""

from __future__ import annotations

import pytest

from geomap.geoparse import Geoparser

from samples import ALL_PLACES, StubGazetteer, _place

_AT_HOME = _place("t:ua", "Zoquital", 48.3, 37.2, "city", "UA", admin1="Donetsk", population=60_000)
_ABROAD = _place("t:ru", "Zoquital", 61.5, 129.1, "town", "RU", admin1="Sakha", population=9_000)
_COUNTRIES = [
    _place("country:UA", "Ukraine", 49.0, 32.0, "country", "UA", population=40_000_000),
    _place("country:RU", "Russia", 60.0, 90.0, "country", "RU", population=140_000_000),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Russian shelling killed a farmer in Zoquital on Sunday.",
            _AT_HOME,
            id="mark_attackers-a_weapon",
        ),  # fmt: skip
        pytest.param(
            "Russian troops shelled a school in Zoquital on Sunday.",
            _AT_HOME,
            id="mark_attackers-a_force",
        ),  # fmt: skip
        pytest.param(
            "A farmer was killed in the Russian town of Zoquital.",
            _ABROAD,
            id="mark_attackers-a_place_noun_still_counts",
        ),  # fmt: skip
    ],
)
def test_a_demonym_of_the_attacking_side_says_nothing_of_where(
    nlp, article_factory, text, expected
):
    """ "Russian shelling killed a man in Pokrovsk": the Ukrainian town, not Russia's namesake."""
    gazetteer = StubGazetteer([*ALL_PLACES, *_COUNTRIES, _AT_HOME, _ABROAD])
    found = {
        m.text: m.place for m in Geoparser(gazetteer, nlp=nlp).parse(article_factory(text)).mentions
    }
    assert found["Zoquital"] == expected
