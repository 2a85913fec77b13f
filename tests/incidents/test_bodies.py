"""Killings told by the victim's body: `geomap.incidents.bodies`, by form."""

from __future__ import annotations

import pytest

from geomap.incidents.bodies import described_victim, disappeared_person, told_to_death
from geomap.incidents.what import find_triggers

# (text, word, answer); the id is the form that must decide.  A text without a
# final full stop is a headline.
BODY_CASES = [
    pytest.param("Executed couple in the old town of the port", "Executed", True,
                 id="described_victim"),
    pytest.param("The market wakes up to a decapitated and dismembered man", "dismembered", True,
                 id="described_victim-conjoined"),
    pytest.param("Severed head left in an ice chest by the market", "Severed", True,
                 id="described_victim-read_as_a_verb"),
    pytest.param("Relatives claim a dismembered individual at the morgue", "dismembered", True,
                 id="described_victim-individual"),
    pytest.param("Zoquital: woman and 2 year old found dismembered", "dismembered", True,
                 id="described_victim-found"),
    pytest.param("Fear and dead bodies in the alleys of the port", "dead", True,
                 id="described_victim-dead_remains"),
    pytest.param("A dead man's switch stops the train", "dead", False,
                 id="described_victim-dead_person"),
    pytest.param("The government severed ties with its neighbour", "severed", False,
                 id="described_victim-ties"),
    pytest.param("An executed contract was signed by the mayor", "executed", False,
                 id="described_victim-contract"),
    pytest.param("A man was beaten to death outside a bar.", "beaten", True, id="told_to_death"),
    pytest.param("Trader at the market shot to death", "shot", True,
                 id="told_to_death-read_as_a_noun"),
    pytest.param("The guests were bored to death by the speech.", "bored", False,
                 id="told_to_death-bored"),
    pytest.param("Civilian shot dead by soldiers near the camp", "shot", True,
                 id="told_to_death-shot_dead_read_as_a_noun"),
    pytest.param("A family burned to death in a house fire.", "burned", False,
                 id="told_to_death-fire"),
    pytest.param("Rights groups decried the disappearance of a local reporter, Ali Khan, on May 2.",
                 "disappearance", True, id="disappeared_person"),
    pytest.param("Relatives reported the disappearance of Ali Khan near the border on Friday.",
                 "disappearance", True, id="disappeared_person-named"),
    pytest.param("The clerk reported the disappearance of the files from the archive.",
                 "disappearance", False, id="disappeared_person-things"),
]  # fmt: skip
FORMS = {
    "described_victim": described_victim,
    "disappeared_person": disappeared_person,
    "told_to_death": told_to_death,
}


@pytest.mark.parametrize(("text", "word", "answer"), BODY_CASES)
def test_killing_told_by_the_body(request, parse, token_of, text, word, answer):
    doc = parse(text)
    token = token_of(doc, word)
    assert FORMS[request.node.callspec.id.split("-")[0]](token) is answer
    triggers = find_triggers(doc[:], headline=not text.endswith("."))
    assert any(t.token.i == token.i and t.strong for t in triggers) is answer


def test_a_victim_described_in_running_text_is_not_a_headline_event(parse, token_of):
    doc = parse("Relatives of the dismembered man spoke to reporters.")
    assert not find_triggers(doc[:])


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        pytest.param("The death toll from a police operation in the favela rose to 23.", True,
                     id="deadly_operation"),
        pytest.param("Twelve people died during a military operation near the border.", True,
                     id="deadly_operation-died_during"),
        pytest.param("A police operation in the favela began on Tuesday.", False,
                     id="deadly_operation-no_dead"),
        pytest.param("Two patients died after an operation at the hospital.", False,
                     id="deadly_operation-surgery"),
        pytest.param("Police operations in the state killed 600 people last year.", False,
                     id="deadly_operation-many"),
    ],
)  # fmt: skip
def test_an_operation_of_forces_that_killed_is_an_event(parse, text, answer):
    from geomap.incidents.bodies import deadly_operation

    doc = parse(text)
    token = next(t for t in doc if t.lemma_ == "operation")
    assert deadly_operation(token) is answer
    assert any(t.token.i == token.i for t in find_triggers(doc[:])) is answer
