"""A continent never locates an incident, whatever its sentence says."""

from __future__ import annotations

import pytest

from geomap.geoparse import Geoparser
from geomap.incidents.actors import ActorRegistry
from geomap.incidents.where.mentions import mention_roles
from geomap.vocab import Role

from samples import ALL_PLACES, StubGazetteer
from samples import _place as sample_place

AFRICA = sample_place("cur:africa", "Africa", 7.19, 21.09, "continent", "")


@pytest.fixture(scope="module")
def continental(nlp):
    return Geoparser(StubGazetteer([*ALL_PLACES, AFRICA]), nlp=nlp)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed five villagers in Africa on Monday.",
        "Militants attacked a convoy in Africa, killing three soldiers.",
    ],
)
def test_a_continent_after_a_locative_is_context(continental, extractor, article_factory, text):
    parsed = continental.parse(article_factory(text))
    roles = mention_roles(parsed, ActorRegistry.default())
    africa = [i for i, m in enumerate(parsed.mentions) if m.place is AFRICA]
    assert africa and all(roles[i] is Role.CONTEXT for i in africa)
    incidents, _ = extractor.extract(parsed)
    assert all(i.place is not AFRICA for i in incidents)
