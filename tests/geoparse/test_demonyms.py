"""Adjectives of countries and continents: what each names."""

import pytest

from geomap.geoparse.demonyms import demonym_continent, demonym_country


@pytest.mark.parametrize(
    ("word", "continent"),
    [
        ("European", "Europe"),
        ("Europeans", "Europe"),
        ("african", "Africa"),
        ("North American", "North America"),
        ("African-American", None),  # people of a country, not the continent
        ("Nigerian", None),
    ],
)
def test_a_continents_adjective(word, continent):
    assert demonym_continent(word) == continent


@pytest.mark.parametrize(
    ("word", "code"), [("Korean", "KR"), ("Koreans", "KR"), ("European", None)]
)
def test_a_countrys_adjective(word, code):
    assert demonym_country(word) == code
