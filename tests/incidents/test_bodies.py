"""Killings told by the victim's body: `geomap.incidents.bodies`, by form."""

from __future__ import annotations

import pytest

from geomap.incidents.bodies import described_victim, told_to_death
from geomap.incidents.what import find_triggers


@pytest.mark.parametrize(
    ("headline", "word", "answer"),
    [
        pytest.param("Executed couple in the old town of the port", "Executed", True,
                     id="described_victim"),
        pytest.param("The city dawns with a decapitated and dismembered man", "dismembered",
                     True, id="described_victim-conjoined"),
        pytest.param("Severed head in a cooler near the market", "Severed", True,
                     id="described_victim-read_as_a_verb"),
        pytest.param("Possible identification of a dismembered individual", "dismembered", True,
                     id="described_victim-individual"),
        pytest.param("Violence and dead bodies on the streets of the port", "dead", True,
                     id="described_victim-dead_remains"),
        pytest.param("A dead man's switch stops the train", "dead", False,
                     id="described_victim-dead_person"),
        pytest.param("The government severed ties with its neighbour", "severed", False,
                     id="described_victim-ties"),
        pytest.param("An executed contract was signed by the mayor", "executed", False,
                     id="described_victim-contract"),
    ],
)  # fmt: skip
def test_described_victim(parse, token_of, headline, word, answer):
    doc = parse(headline)
    token = token_of(doc, word)
    assert described_victim(token) is answer
    triggers = find_triggers(doc[:], headline=True)
    assert any(t.token.i == token.i and t.strong for t in triggers) is answer


@pytest.mark.parametrize(
    ("sentence", "word", "answer"),
    [
        pytest.param("A man was beaten to death outside a bar.", "beaten", True,
                     id="told_to_death"),
        pytest.param("Man in the market shot to death", "shot", True,
                     id="told_to_death-read_as_a_noun"),
        pytest.param("The guests were bored to death by the speech.", "bored", False,
                     id="told_to_death-bored"),
        pytest.param("A family burned to death in a house fire.", "burned", False,
                     id="told_to_death-fire"),
    ],
)  # fmt: skip
def test_told_to_death(parse, token_of, sentence, word, answer):
    doc = parse(sentence)
    token = token_of(doc, word)
    assert told_to_death(token) is answer
    triggers = find_triggers(doc[:], headline=not sentence.endswith("."))
    assert any(t.token.i == token.i and t.strong for t in triggers) is answer


def test_a_victim_described_in_running_text_is_not_a_headline_event(parse, token_of):
    doc = parse("Relatives of the dismembered man spoke to reporters.")
    assert not find_triggers(doc[:])
