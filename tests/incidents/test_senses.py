"""Weapon senses of ambiguous verbs: every rule of `geomap.incidents.senses`, by name."""

from __future__ import annotations

import pytest

from geomap.incidents.senses import WEAPON_SENSE
from geomap.incidents.what import find_triggers

# (sentence, verb, weapon sense); the id is the rule that must decide.
WEAPON_SENSE_CASES = [
    pytest.param("Soldiers opened fire on the crowd.", "opened", True, id="fire_exchanged"),
    pytest.param("Settlers set fire to cars in the village.", "set", True, id="set_alight"),
    pytest.param("Youths hurled stones at homes.", "hurled", True, id="thrown_missiles"),
    pytest.param("A car bomb exploded near the market.", "exploded", True, id="device_exploded"),
    pytest.param("Tensions exploded into open conflict.", "exploded", False,
                 id="device_exploded-tensions"),
    pytest.param("A drone slammed into an apartment block.", "slammed", True,
                 id="projectile_crashed"),
    pytest.param("Markets crashed on Monday.", "crashed", False, id="projectile_crashed-markets"),
    pytest.param("Fighters seized the town after a day of fighting.", "seized", True,
                 id="ground_taken"),
    pytest.param("Police seized 300 kilograms of heroin.", "seized", False,
                 id="ground_taken-drugs"),
    pytest.param("Militants fired rockets at the base.", "fired", True, id="projectile_fired"),
    pytest.param("The company fired the manager.", "fired", False, id="projectile_fired-job"),
    pytest.param("Insurgents blew up a bridge.", "blew", True, id="blown_up"),
    pytest.param("Police found 12 bodies in a ravine outside the city.", "found", True,
                 id="remains_found"),
    pytest.param("Two dismembered bodies found near the market", "found", True,
                 id="remains_found-headline"),
    pytest.param("Negotiators found a solution.", "found", False, id="remains_found-solution"),
    pytest.param("They found a man lifeless in a field.", "found", True,
                 id="remains_found-lifeless"),
    pytest.param("Police found bags with human remains near the dam.", "found", True,
                 id="remains_found-container"),
    pytest.param("Gunmen left two bodies outside the town hall.", "left", True,
                 id="remains_found-left"),
    pytest.param("Two heads and a banner left outside the town hall", "left", True,
                 id="remains_found-conjoined"),
    pytest.param("They found a man tied and lifeless near the dam", "found", True,
                 id="remains_found-described_lifeless"),
    pytest.param("The gang left two bins with a dismembered corpse in the market", "left", True,
                 id="remains_found-holder_of_the_verb"),
    pytest.param("Two men hung from a bridge on the highway", "hung", True,
                 id="remains_found-people_hanged"),
    pytest.param("Narco banners hung from a bridge on the highway", "hung", False,
                 id="remains_found-banners_hung"),
    pytest.param("Two burned bodies thrown in a canal", "thrown", True,
                 id="remains_found-thrown"),
    pytest.param("Youths threw a party on the beach.", "threw", False,
                 id="thrown_missiles-party"),
    pytest.param("Six bodies with a message from the gang discovered near the dam", "discovered",
                 True, id="remains_found-whole_phrase"),
    pytest.param("Human head and a warning left at the town hall gate", "left", True,
                 id="remains_found-name_modifier"),
    pytest.param("Sunday report includes a body cut in pieces found in two suitcases", "found",
                 True, id="remains_found-participle_in_the_phrase"),
    pytest.param("The gang left body parts near the prison.", "left", True,
                 id="remains_found-body_parts"),
    pytest.param("Police located bones in the ravine.", "located", True, id="remains_found-bones"),
    pytest.param("Tepic, Nayarit: Human remains found inside plastic bags", "found", True,
                 id="remains_found-remains_read_as_auxiliary"),
    pytest.param("Armed men dumped a man from a pickup on the ring road.", "dumped", True,
                 id="remains_found-person_dumped"),
    pytest.param("Twelve bodies buried in a clandestine pit behind the farm", "buried", True,
                 id="remains_found-hidden_grave"),
    pytest.param("The bodies were buried in the village cemetery on Sunday.", "buried", False,
                 id="remains_found-funeral"),
    pytest.param("Police found a banner with a message from the gang.", "found", False,
                 id="remains_found-banner"),
    pytest.param("A shooting at a bar left three dead.", "left", True, id="toll_left"),
    pytest.param("The convoy left the city on Monday.", "left", False,
                 id="remains_found-departure"),
    pytest.param("The explosion claimed the lives of six people.", "claimed", True,
                 id="lives_claimed"),
    pytest.param("The group claimed the attack.", "claimed", False, id="lives_claimed-claim"),
    pytest.param("Gunmen took his life outside the market.", "took", True,
                 id="lives_claimed-took_a_life"),
    pytest.param("Three men were deprived of their lives in the square.", "deprived", True,
                 id="lives_claimed-deprived_of_life"),
    pytest.param("The army took the cake on Monday.", "took", False, id="control_taken-took"),
    pytest.param("Regime forces regained control of the power plant east of the city.",
                 "regained", True, id="control_taken"),
    pytest.param("Rebels took over the last pocket in the city.", "took", True,
                 id="control_taken-took_over"),
    pytest.param("Gunmen riddled a family in their car.", "riddled", True, id="riddled"),
    pytest.param("The report was riddled with errors.", "riddled", False,
                 id="riddled-with_errors"),
    pytest.param("They attacked Gao at dawn, a resident said.", "attacked", True,
                 id="place_attacked"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "word", "answer"), WEAPON_SENSE_CASES)
def test_weapon_sense_rule(request, parse, token_of, sentence, word, answer):
    token = token_of(parse(sentence), word)
    rule = request.node.callspec.id.split("-")[0]
    assert WEAPON_SENSE.why(token) == (rule, answer)
    assert any(t.token.i == token.i for t in find_triggers(token.doc[:])) is answer
