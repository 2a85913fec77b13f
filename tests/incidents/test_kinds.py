"""The ACLED type once the sides are known: every rule of `geomap.incidents.kinds`, by name."""

from __future__ import annotations

import pytest

from geomap.incidents.kinds import TYPE_RULES, TypeContext
from geomap.vocab import EventType, SubEventType

C, B, A = EventType.CIVILIANS, EventType.BATTLES, SubEventType.ATTACK
CLASH, ABDUCTION = SubEventType.ARMED_CLASH, SubEventType.ABDUCTION

# (rule-id, types so far, trigger lemmas, actor2, types decided)
TYPE_CASES = [
    pytest.param((C, ABDUCTION), "abduct kill", "Civilians", (C, A), id="abducted_and_killed"),
    pytest.param((C, A), "kill", "Russian forces", (B, CLASH), id="armed_men_killed"),
    pytest.param((C, A), "kill clash", "Turkish forces", (B, CLASH), id="armed_men_killed-clash"),
    pytest.param((C, A), "kill gunfight", "JNIM (al-Qaeda)", (B, CLASH), id="armed_men_killed-gun"),
    pytest.param((C, A), "kill ambush", "Malian forces", (B, CLASH), id="armed_men_killed-ambush"),
    pytest.param((C, A), "kill storm", "Somali forces", (B, CLASH), id="armed_men_killed-storm"),
    pytest.param((C, A), "gun", "CPI (Maoist)", (B, CLASH), id="armed_men_killed-gunned_down"),
    pytest.param((C, A), "fire kill", "Armenian forces", (B, CLASH),
                 id="armed_men_killed-fired_on_positions"),
    pytest.param((B, CLASH), "attack", "Civilians", (C, A), id="civilians_targeted"),
    pytest.param((C, A), "kill fighting", "Civilians", (B, CLASH), id="killed_in_fighting"),
    pytest.param((C, A), "kill gunfight", "", (B, CLASH), id="killed_in_fighting-gunfight"),
    pytest.param((EventType.EXPLOSIONS, SubEventType.REMOTE_EXPLOSIVE), "explosion gunfire fight",
                 "Congolese forces", (B, CLASH), id="sounds_of_fighting"),
]  # fmt: skip


@pytest.mark.parametrize(("types", "lemmas", "actor2", "decided"), TYPE_CASES)
def test_type_rule(request, types, lemmas, actor2, decided):
    context = TypeContext(*types, frozenset(lemmas.split()), actor2)
    assert TYPE_RULES.why(context) == (request.node.callspec.id.split("-")[0], decided)
