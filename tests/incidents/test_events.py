"""Which events a sentence tells: its own, and the earlier ones it cites."""

from __future__ import annotations

import pytest

from geomap.incidents.events import cited_anchor, event_groups, told_where
from geomap.incidents.what import find_triggers


@pytest.mark.parametrize(
    ("sentence", "word", "how"),
    [
        ("Jets struck depots in retaliation for rocket attacks on the base.", "attacks",
         "response"),
        ("Jets struck depots in retaliation against rebel attacks on shipping.", "attacks",
         "response"),
        ("Troops shelled the town in response to an ambush near the border.", "ambush",
         "response"),
        ("The raid came after a drone attack on the market killed nine.", "attack", "sequence"),
        ("The toll was short of the bombing of the station in 2022.", "bombing", "comparison"),
        ("A court sentenced four men for their role in a truck bombing at the checkpoint.",
         "bombing", "verdict"),
        ("Police arrested four men for their role in a truck bombing at the checkpoint.",
         "bombing", "account"),
        ("Jets struck depots in retaliation for rocket attacks on the base.", "struck", ""),
    ],
    ids=["response-for", "response-against", "response-to", "sequence", "comparison",
         "verdict", "account", "own"],
)  # fmt: skip
def test_cited_anchor_tells_how_an_earlier_event_is_cited(parse, sentence, word, how):
    triggers = {t.token.text: t for t in find_triggers(parse(sentence)[:])}
    assert cited_anchor(triggers[word])[1] == how


def test_a_deed_a_court_judges_is_no_event_of_the_report(parse):
    """ "convicted six soldiers over the 2008 killing of 120": the verdict is the news."""
    sentence = parse("A court on Monday convicted six soldiers over the killing of 120 civilians.")
    assert event_groups(find_triggers(sentence[:])) == []


@pytest.mark.parametrize(
    ("sentence", "groups"),
    [
        ("Troops killed 45 civilians in the town after clashes with militiamen.",
         [["killed"], ["clashes"]]),
        ("Five people were killed in the town after clashes with militiamen.",
         [["killed", "clashes"]]),
    ],
    ids=["_fight_before_a_deed", "_fight_before_a_deed-the_deaths_of_the_fight"],
)  # fmt: skip
def test_a_killing_told_with_its_killer_is_not_the_fight_it_followed(parse, sentence, groups):
    """ "Troops killed civilians after clashes with militiamen": the killing is its own deed."""
    found = event_groups(find_triggers(parse(sentence)[:]))
    assert [[t.token.text for t in g.members] for g in found] == groups


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("The attack took place on Monday near the river.", True),
        ("The attack, which occurred on Monday night, was confirmed by the police.", True),
        ("The attack, which the police condemned, killed two.", False),
    ],
    ids=["told_where", "told_where-relative_clause", "told_where-another_relative_clause"],
)
def test_an_event_told_to_have_happened_is_the_one_just_told(parse, sentence, told):
    trigger = next(t for t in find_triggers(parse(sentence)[:]) if t.token.text == "attack")
    assert told_where(trigger) is told


@pytest.mark.parametrize(
    ("sentence", "aftermath"),
    [
        ("Thousands fled their homes after gunmen killed 20 villagers on Sunday.", True),
        ("Schools reopened on Monday, a month after gunmen killed seven pupils.", False),
        ("Troops shelled the town after gunmen killed 20 villagers on Sunday.", False),
    ],
    ids=["told_by_aftermath", "told_by_aftermath-long_before", "told_by_aftermath-a_main_event"],
)
def test_an_event_told_only_by_what_followed_it_is_an_aftermath(parse, sentence, aftermath):
    groups = event_groups(find_triggers(parse(sentence)[:]))
    assert any(g.aftermath for g in groups) is aftermath
