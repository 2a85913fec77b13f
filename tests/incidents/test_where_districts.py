"""A district named with its word and "of" before the town that names its province."""

from __future__ import annotations

import pytest

from geomap.geoparse import Geoparser

from samples import ALL_PLACES, StubGazetteer
from samples import _place as sample_place

RIVERA_CITY = sample_place(
    "t:rivera", "Rivera", 21.0, -101.3, "city", "MX", admin1="Rivera", population=190_000
)
RIVERA_STATE = sample_place("t:rivera-s", "Rivera", 21.0, -101.0, "admin1", "MX")
ZOQUIT = sample_place("t:zoquit", "Zoquit", 21.35, -101.6, "admin2", "MX", admin1="Rivera")
#: The town of a tehsil, 20 km from the city that names the district holding it.
ZOQUITEL = sample_place("t:zoquitel", "Zoquitel", 21.15, -101.42, "town", "MX", admin1="Rivera")


@pytest.fixture(scope="module")
def provincial(nlp):
    places = [*ALL_PLACES, RIVERA_CITY, RIVERA_STATE, ZOQUIT, ZOQUITEL]
    return Geoparser(StubGazetteer(places), nlp=nlp)


@pytest.mark.parametrize(
    ("where", "place"),
    [
        ("in Zoquit district of Rivera", "Zoquit"),
        ("in Zoquitlan upazila of Rivera", "Rivera"),
        ("in Rivera's Zoquitel tehsil", "Zoquitel"),
    ],
    ids=["_districts_name_their_holder", "_area_of-an_unknown_district", "_owners_of_districts"],
)
def test_the_town_after_a_districts_word_only_says_where_it_lies(
    provincial, extractor, article_factory, where, place
):
    """ "in Bannang Sata district of Yala": the district is the scene; its holder stands in
    only when the gazetteer lacks the district."""
    text = f"Gunmen shot dead two farmers {where} on Friday."
    incidents, _ = extractor.extract(provincial.parse(article_factory(text)))
    assert [(i.place.name, i.fatalities) for i in incidents] == [(place, 2)]
