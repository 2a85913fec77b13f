"""Names compared exactly or folded: `geomap.geoparse.spelling`."""

from __future__ import annotations

import pytest

from geomap.geoparse.spelling import (
    exact,
    folded_same,
    misspelt,
    official_score,
    primary,
    same_letters,
    same_name,
    short_official_name,
)
from geomap.model import Candidate

from samples import _place

_DEIR = _place("deir", "Deir ez-Zor", 35.33, 40.14, "city", "SY", population=240_000)


def _candidate(matched: str) -> Candidate:
    return Candidate(_DEIR, 1.0, matched)


@pytest.mark.parametrize(
    ("query", "matched", "folded"),
    [
        ("Deir ez-Zor", "Deir ez-Zor", True),
        ("Deir Ezzor", "Deir ez-Zor", True),  # a fused article
        ("Al-Raqqah", "Ar Raqqah", True),  # articles fold
        ("Deir", "Deir ez-Zor", False),
        ("Ezzor", "Ez-Zor", False),  # too short to trust letters alone
    ],
)
def test_folded_same(query, matched, folded):
    assert folded_same(query, _candidate(matched)) is folded


@pytest.mark.parametrize(
    ("query", "matched", "same"),
    [("Deir Ezzor", "Deir ez-Zor", True), ("Kan Zoqui", "Chanzoqui", False)],
    ids=["same_letters", "same_letters-folded_only"],
)
def test_same_letters(query, matched, same):
    """A transliteration's spacing keeps the letters; a folded digraph ("ch" as "k") does not."""
    assert same_letters(query, _candidate(matched)) is same


def test_exact_primary_and_same_name():
    alias = Candidate(_DEIR, 1.0, "Dayr az Zawr")
    assert exact("DEIR EZ-ZOR", _candidate("Deir ez-Zor"))
    assert primary("Deir ez-Zor", alias) and not primary("Dayr az Zawr", alias)
    assert same_name("Buulo Burte", Candidate(_DEIR, 1.0, "Bulo Burte"))  # one letter apart
    assert not same_name("Homs", alias)


@pytest.mark.parametrize(
    ("query", "name", "short"),
    [
        ("Zoquital", "Zoquital de los Reyes", True),
        ("zoquital", "Zoquital del Río", True),
        ("Zoquital", "San Pedro Zoquital", False),  # not the head
        ("Zoquital de", "Zoquital de los Reyes", False),
        ("Zoquital", "Zoquital", False),  # the whole name: primary, not short
    ],
    ids=["short_official_name", "short_official_name-del", "not-head", "cut", "whole"],
)
def test_short_official_name(query, name, short):
    assert short_official_name(query, name) is short


def test_the_short_form_of_an_official_name_is_the_places_own_name():
    city = _place("z", "Zoquital de los Reyes", 20.0, -101.0, "city", "MX", population=900_000)
    assert primary("Zoquital", Candidate(city, 1.0, "Zoquital"))


@pytest.mark.parametrize(
    ("name", "matched", "raised"),
    [
        ("Zoquital de los Reyes", "Zoquital", True),  # the head, stored as an alias
        ("Zoquital", "Zoquital", False),  # the place's own name scores as it is
        ("Otumba de los Reyes", "Zoquital", False),  # an alias that is no head
    ],
    ids=["official_score", "official_score-own_name", "official_score-other_alias"],
)
def test_official_score(name, matched, raised):
    city = _place("z", name, 20.0, -101.0, "city", "MX", population=900_000)
    score = official_score("Zoquital", Candidate(city, 1.5, matched))
    assert (score > 1.5) is raised


def test_the_head_of_an_official_name_beats_a_smaller_namesake_named_so():
    """ "A man was shot in Zoquital": the larger city whose official name it heads."""
    from geomap.geoparse.resolve import Toponym, resolve_toponyms

    from samples import StubGazetteer

    village = _place("es", "Zoquital", 41.5, -5.7, "city", "ES", population=60_000)
    city = _place("mx", "Zoquital de los Reyes", 20.0, -102.3, "city", "MX", population=180_000)

    class _Aliased(StubGazetteer):
        def lookup(self, name, *, country=None, near=None, limit=10):
            return [Candidate(village, 3.0, "Zoquital"), Candidate(city, 2.85, "Zoquital")]

    ((_, place, _, _),) = resolve_toponyms(
        _Aliased([village, city]), [Toponym("Zoquital", 0, 8, 0, "GPE")]
    )
    assert place == city


@pytest.mark.parametrize(
    ("query", "matched", "slip"),
    [
        ("Cuidad Zoquital", "Ciudad Zoquital", True),  # two letters swapped
        ("Zoquitlan Viejo", "Zoquitlán Viejo", False),  # accents aside it is exact, no slip
        ("Zoqitlan Viejo", "Zoquitlan Viejo", True),  # a letter left out
        ("Zoquitlan Viejos", "Zoquitlan Viejo", True),  # a letter added
        ("Zoquitlon Viejo", "Zoquitlan Viejo", True),  # a letter typed wrong
        ("Zoquitlon Vieja", "Zoquitlan Viejo", False),  # two slips: another name
        ("Austen", "Austin", False),  # too short to call a slip
    ],
    ids=["misspelt", "accents", "dropped", "added", "typed", "two-slips", "short"],
)
def test_misspelt(query, matched, slip):
    assert misspelt(query, _candidate(matched)) is slip


def test_a_large_place_misspelt_alone_resolves_a_small_one_does_not():
    from geomap.geoparse.resolve import Toponym, resolve_toponyms

    from samples import StubGazetteer

    big = _place("big", "Ciudad Zoquital", 31.7, -106.4, "city", "MX", population=1_500_000)
    small = _place("small", "Ciudad Otumbal", 20.0, -99.0, "town", "MX", population=9_000)

    class _Fuzzy(StubGazetteer):
        def lookup(self, name, *, country=None, near=None, limit=10):
            return [Candidate(p, 0.9, p.name) for p in self.places if p.name[-4:] == name[-4:]]

    toponyms = [
        Toponym("Cuidad Zoquital", 0, 15, 0, "GPE"),
        Toponym("Cuidad Otumbal", 20, 34, 1, "GPE"),
    ]
    found = [p.id if p else None for _, p, _, _ in resolve_toponyms(_Fuzzy([big, small]), toponyms)]
    assert found == ["big", None]
