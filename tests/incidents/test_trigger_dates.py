"""Which date phrase belongs to a trigger: every rule of `geomap.incidents.trigger_dates`."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Doc

from geomap.incidents.trigger_dates import TRIGGER_DATE, TriggerDate, _date_spans
from geomap.incidents.what import find_triggers

# Published on Wednesday 6 March 2024.
PUBLISHED = date(2024, 3, 6)

TRIGGER_DATE_CASES = [
    pytest.param("Drones struck the base on Tuesday, the monitor said on Wednesday.", "struck",
                 date(2024, 3, 5), id="date_in_clause"),
    pytest.param("Monitors reported the raid on a village on 3 March and the abduction of a "
                 "teacher on 1 March.", "abduction", date(2024, 3, 1),
                 id="date_in_clause-own_phrase"),
    pytest.param("The attack, which occurred on Monday night, was confirmed by the police.",
                 "attack", date(2024, 3, 4), id="date_in_clause-_attached_to_an_occurrence"),
    pytest.param("The raid hit Bassa, which the army has held since Monday.", "raid", None,
                 id="no_rule-_attached_to_another_relative_clause"),
    pytest.param("Two soldiers were wounded on Monday when militants detonated a bomb.",
                 "detonated", date(2024, 3, 4), id="time_of_main_clause"),
    pytest.param("The army said yesterday that its drones had struck the depot.", "struck",
                 date(2024, 3, 5), id="day_of_claim"),
    pytest.param("Reported on 1 March, gunmen attacked a checkpoint near the town.", "attacked",
                 date(2024, 3, 1), id="sentence_head_date"),
    pytest.param("At least 30 people have been killed since Sunday in clashes near the town.",
                 "killed", date(2024, 3, 3), id="since_a_weekday"),
    pytest.param("At least 30 people have been killed since March in clashes near the town.",
                 "killed", None, id="no_rule-since_a_month"),
    pytest.param("Rebels killed dozens of soldiers in fighting near the border that ended on "
                 "Saturday.", "fighting", date(2024, 3, 2),
                 id="date_in_clause-_attached_to_its_end"),
    pytest.param("The ombudsman on Tuesday condemned the murder of a leader, who was shot dead "
                 "on Saturday in the town.", "murder", None,
                 id="no_rule-stance_on_the_event"),
    pytest.param("The ombudsman on Tuesday condemned the murder of a leader, who was shot dead "
                 "on Saturday in the town.", "shot", date(2024, 3, 2),
                 id="date_in_clause-stance_on_the_event"),
    pytest.param("Two rebels were killed in an encounter with troops in Barangay Tabugon, "
                 "Kabankalan City, Negros Occidental on Monday.", "killed", date(2024, 3, 4),
                 id="date_in_clause-_ancestry_of_an_address"),
    pytest.param("5 March, 10:20 — Rebels attacked the town on Sunday.", "attacked",
                 date(2024, 3, 3), id="date_in_clause-_entry_stamp"),
    pytest.param("On 04/03/2024, bandits killed four villagers in the village.", "killed",
                 date(2024, 3, 4), id="date_in_clause-in_figures"),
    pytest.param("On 2024-03-04, bandits killed four villagers in the village.", "killed",
                 date(2024, 3, 4), id="date_in_clause-in_figures_iso"),
    pytest.param("A missile strike killed 35 people in the town on Palm Sunday.", "killed",
                 None, id="no_rule-feast_day"),
    pytest.param("On 02/03, bandits killed four villagers in the village.", "killed",
                 date(2024, 3, 2), id="date_in_clause-in_figures_no_year"),
    pytest.param("Troops conducted an operation on the 3rd near the town, killing 12 rebels.",
                 "killing", date(2024, 3, 3), id="date_in_clause-_day_of_the_month"),
    pytest.param("A bomb killed two guards on the 3rd floor of the hotel.", "killed", None,
                 id="no_rule-_day_of_the_month_a_floor"),
    pytest.param("The death toll from the attack on the prison rose to 40 on Monday.", "attack",
                 date(2024, 3, 4), id="day_of_toll"),
    pytest.param("The death toll from Saturday's attack on the prison rose to 40 on Monday.",
                 "attack", date(2024, 3, 2),
                 id="date_in_clause-the_events_own_day_before_its_toll"),
] + [pytest.param(None, "fighting", date(2023, 4, 1), id="clause_on_date")]  # fmt: skip


def _clause_on_a_date(vocab):
    """ "in April 2023, when fighting erupted": the clause parsed as hanging on the date."""
    words = ["in", "April", "2023", ",", "when", "fighting", "erupted"]
    return Doc(vocab, words=words, heads=[0, 0, 1, 1, 6, 6, 1],
               deps=["ROOT", "pobj", "nummod", "punct", "advmod", "nsubj", "relcl"],
               pos=["ADP", "PROPN", "NUM", "PUNCT", "SCONJ", "NOUN", "VERB"],
               tags=["IN", "NNP", "CD", ",", "WRB", "NN", "VBD"],
               lemmas=["in", "April", "2023", ",", "when", "fighting", "erupt"],
               ents=["O", "B-DATE", "I-DATE", "O", "O", "O", "O"])  # fmt: skip


@pytest.mark.parametrize(("sentence", "word", "day"), TRIGGER_DATE_CASES)
def test_trigger_date_rule(request, parse, sentence, word, day):
    doc = parse(sentence) if sentence else _clause_on_a_date(parse.vocab)
    trigger = next(t for t in find_triggers(doc[:]) if t.token.text == word)
    decided = TRIGGER_DATE.why(TriggerDate(trigger, doc[:], PUBLISHED))
    rule, (found, _precision) = decided or ("no_rule", (None, 0))
    assert (rule, found) == (request.node.callspec.id.split("-")[0], day)


def test_date_spans_take_a_weekday_the_model_left_untagged(parse):
    """ "in the early hours of Monday": the model tags the hours as a time, not the day."""
    words = ["Gunmen", "struck", "in", "the", "early", "hours", "of", "Monday", "."]
    ents = ["O", "O", "O", "B-TIME", "I-TIME", "I-TIME", "I-TIME", "O", "O"]
    doc = Doc(parse.vocab, words=words, ents=ents)
    assert [s.text for s in _date_spans(doc[:], doc.ents)] == ["the early hours of", "Monday"]
