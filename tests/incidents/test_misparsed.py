"""Headline words the small parser mis-reads: `geomap.incidents.misparsed`, by form."""

from __future__ import annotations

import pytest

from geomap.incidents.misparsed import (
    event_read_as_name,
    gerund_noun,
    misread_subject,
    noun_read_as_verb,
    toll_headline,
    verb_lemma,
    verb_read_as_compound,
)
from geomap.incidents.what import find_triggers


@pytest.mark.parametrize(
    ("headline", "word", "expected"),
    [
        ("Shot to death outside his shop in the old town", "Shot", "shoot"),
        ("Gunmen killed four farmers", "killed", "kill"),
    ],
)
def test_verb_lemma_mends_irregular_past_forms(parse, token_of, headline, word, expected):
    assert verb_lemma(token_of(parse(headline), word)) == expected


@pytest.mark.parametrize(
    ("headline", "word", "answer"),
    [
        ("One dead and two women injured after shooting attack in the market", "One", True),
        ("Human losses in the eastern countryside", "losses", True),
        ("Zoquital Guanajuato : 7 dead, 4 wounded and 3 arrested", "dead", True),
        ("Casualties in the old city and aid convoys enter the north", "Casualties", True),
        ("One convoy reached the town", "One", False),
        (
            "Rebels leave two hills and more casualties in villages of the plain",
            "casualties",
            True,
        ),
        ("The report counts more casualties in the north than in the south", "casualties", False),
    ],
)
def test_toll_headline(parse, token_of, headline, word, answer):
    assert toll_headline(token_of(parse(headline), word)) is answer


@pytest.mark.parametrize(
    ("headline", "answer"),
    [
        ("One dead and two women injured after shooting attack in the market", True),
        ("Troops withdrew after shelling the town for a week", False),
    ],
)
def test_gerund_noun_with_an_event_noun_for_object(parse, token_of, headline, answer):
    doc = parse(headline)
    gerund = next(t for t in doc if t.tag_ == "VBG")
    assert gerund_noun(gerund, headline=False) is answer


@pytest.mark.parametrize(
    ("sentence", "answer"),
    [
        pytest.param("A sit-in coincides with army shelling on three villages", True,
                     id="_named_kind"),
        pytest.param("The valley sees an exchange of mortar and rocket shelling", True,
                     id="_named_kind-compound"),
        pytest.param("The group carried out the fifth “stoning” in the square", True,
                     id="_named_kind-determiner"),
        pytest.param("Troops continued shelling the town for a week", False,
                     id="_named_kind-object"),
        pytest.param("Troops were shelling the town at dawn", False, id="_named_kind-progressive"),
    ],
)  # fmt: skip
def test_gerund_noun_named_by_its_kind(parse, sentence, answer):
    doc = parse(sentence)
    gerund = next(t for t in doc if t.lower_ in ("shelling", "stoning"))
    assert gerund_noun(gerund, headline=False) is answer


@pytest.mark.parametrize(
    ("headline", "word", "answer"),
    [
        pytest.param("Warplanes bombard Kherson city and its countryside", "bombard", True,
                     id="_subject_read_into"),
        pytest.param("Iran-backed militia kill singer, son in the east", "kill", True,
                     id="_subject_read_into-collective"),
        pytest.param("Army attack helicopter crashes near Kherson", "attack", False,
                     id="_subject_read_into-singular_name"),
        pytest.param("Taliban overrun district headquarters in Badakhshan", "overrun", True,
                     id="_subject_read_into-a_groups_name"),
        pytest.param("Kabul attack survivors recall the night", "attack", False,
                     id="_subject_read_into-a_noun_trigger"),
        pytest.param("The regime forces shell areas in the old quarter and injure people",
                     "shell", True, id="subject_read_as_verb"),
    ],
)  # fmt: skip
def test_verb_read_as_compound_with_its_subject(parse, token_of, headline, word, answer):
    token = token_of(parse(headline), word)
    assert token.dep_ == "compound"  # the misparse under test
    assert verb_read_as_compound(token, headline=True) is answer


@pytest.mark.parametrize(
    ("headline", "subject"),
    [
        ("Warplanes bombard Kherson city and its countryside", "Warplanes"),
        ("The regime forces shell areas in the old quarter and injure people", "The regime forces"),
        ("The shell casings lay in the road", None),
        ("Myanmar junta forces attack villages in the region, killing 11", "Myanmar junta forces"),
    ],
)
def test_misread_subject_is_the_verbs_subject(parse, token_of, headline, subject):
    verb = next(t for t in parse(headline) if t.lower_ in ("bombard", "shell", "attack"))
    found = misread_subject(verb)
    assert (found.text if found is not None else None) == subject


def test_verb_read_as_compound_only_in_a_headline_with_a_subject(parse, token_of):
    doc = parse("Turkish forces shell areas controlled by the militia near the border")
    shell = token_of(doc, "shell")
    assert shell.dep_ == "compound"  # the misparse under test
    assert verb_read_as_compound(shell, headline=True)
    assert not verb_read_as_compound(shell, headline=False)
    assert not verb_read_as_compound(token_of(parse("The shell casings lay in the road"), "shell"),
                                     headline=True)  # fmt: skip


@pytest.mark.parametrize(
    ("headline", "word"),
    [
        ("Shot to death on the doorstep of his home in the old town", "Shot"),
        ("Gunmen shoot and kill a hotelier in the port", "kill"),
        ("Turkish forces shell areas controlled by the militia near the border", "shell"),
        ("“Turkish” shelling targets areas in the northern countryside", "shelling"),
        ("Massacre in San Francisco del Rincón", "Massacre"),
    ],
)
def test_misparsed_headlines_report_their_event(parse, headline, word):
    triggers = find_triggers(parse(headline)[:], headline=True)
    assert word in [t.token.text for t in triggers]


def test_event_read_as_name_only_opens_a_headline(parse, token_of):
    doc = parse("Massacre in San Francisco del Rincón")
    token = token_of(doc, "Massacre")
    assert token.pos_ == "PROPN"  # the misreading under test
    assert event_read_as_name(token, headline=True)
    assert not event_read_as_name(token, headline=False)


@pytest.mark.parametrize(
    ("sentence", "word", "noun"),
    [
        pytest.param("Myanmar junta airstrikes on a village in Sagaing killed at least 20 people.",
                     "airstrikes", "airstrike", id="noun_read_as_verb"),
        pytest.param("The minister blasts critics of the budget.", "blasts", None,
                     id="noun_read_as_verb-a_verb_with_its_object"),
    ],
)  # fmt: skip
def test_noun_read_as_verb(parse, token_of, sentence, word, noun):
    token = token_of(parse(sentence), word)
    assert noun_read_as_verb(token) == noun
