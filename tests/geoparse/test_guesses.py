"""Names the NER missed, guessed from where they stand: `geomap.geoparse.guesses`."""

from __future__ import annotations

import pytest

from geomap.geoparse.guesses import guessed

_WELL_KNOWN = {"Hermosillo"}


def _known(name: str) -> bool | None:
    return True if name in _WELL_KNOWN else None


def _guesses(nlp, text: str) -> list[str]:
    doc = nlp(text)
    return [t.text for t in guessed(doc, lambda _: 0, _known)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gunmen killed two traders in Zoquital", "Zoquital"),  # NER: NORP
        ("Troops shelled positions on the outskirts of Bir Nahal.", "Bir Nahal"),
        ("Zoquital: two men shot dead outside a bar", "Zoquital"),
        ("Zoquital, Guanajuato: two men shot dead outside a bar", "Zoquital"),
        ("Hermosillo registers two homicides in an hour", "Hermosillo"),
        ("Strikes hit homes in the Zoquital neighbourhood on Monday.", "Zoquital"),
        ("Airstrikes target Al-Zoquital city and cause losses", "Al-Zoquital"),
        ("A man was shot in the town of Coyuca de Zoquital", "Coyuca de Zoquital"),
        ("A body was found on the Zoquital-Otumba highway", "Zoquital"),
        ("A body was found on the Zoquital - San Luis de la Paz road", "San Luis de la Paz"),
        ("Two men were shot dead in the Zoquitecan capital", "Zoquitecan capital"),
        ("Four men were killed in downtown Zoquital, police said", "Zoquital"),
        ("Zoquital, QRoo - two men shot dead outside a bar", "Zoquital"),
        ("A blast hit Sudan's Zoquital on Monday", "Zoquital"),
        ("Two men were shot in Col. Centro de Zoquital", "Col. Centro de Zoquital"),
        ("A massacre in al-Zoquital border city killed 11", "al-Zoquital"),
        ("Warplanes bomb Kafr Zoquit and shells hit the plain", "Kafr Zoquit"),
        ("Rebels claim killing five in Syrian Zoquit", "Zoquit"),
        ("Three men were shot dead in the Zoquital community", "Zoquital"),
        ("Gangs attacked the neighbourhood of Zoquital on Saturday", "Zoquital"),
        ("Residents of Zoquital said gunmen arrived on motorbikes", "Zoquital"),
        ("The mayor of Zoquital was shot dead in her office", "Zoquital"),
        ("Rebels bombed the police station of Morales, Cauca, on Monday", "Morales"),
        ("Rebels set fire to the town hall of Zoquital on Monday", "Zoquital"),
        ("Police raided a house in the North Zone of Rio on Tuesday", "Rio"),
        ("Militiamen killed nine in the Walendu chiefdom of Zoquit territory", "Zoquit"),
        ("Gunmen raided Mafa village in Zoquit LGA, Rivera State", "Zoquit LGA"),
        ("Jets carried out four strikes on Vesnivka overnight", "Vesnivka"),
        ("Drones hit homes near Huliaipole, Vesnivka and Orikhiv on Monday", "Vesnivka"),
    ],
    ids=[
        "after_locative",
        "part_of",
        "heading_colon",
        "heading_comma",
        "well_known",
        "the_area",
        "before_place_word",
        "name_particles",
        "road_ends",
        "road_ends-spaced",
        "adjective_capitals",
        "after_locative-downtown",
        "heading_comma-abbreviation",
        "after_locative-possessive",
        "_abbreviated",
        "article_joined",
        "struck_objects",
        "_demonym_before_name",
        "the_area-community",
        "_after_locatives-the_neighbourhood_of",
        "_after_locatives-residents_of",
        "_after_locatives-the_mayor_of",
        "local_body_of-police_station",
        "local_body_of-town_hall",
        "_after_locatives-zone_of",
        "_before_place_words-territory",
        "guessed-the_longest_run",
        "attack_targets",
        "listed_after",
    ],
)
def test_guessed_names(nlp, text, name):
    assert name in _guesses(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the talks would resume.",
        "Talks were held in the Zoquital Palace on Monday.",  # "the X" before no place word
        "Zoquital registers two homicides in an hour",  # not well known, not a heading
        "Crews reopened the highway after the crash.",  # a road named after no town
        "A massacre in al- border city killed 11",  # an article alone names nothing
        "Warplanes bomb and strafe the plain",  # no name after the verb
        "Shells fell west of Mogadishu, Capt. Ahmed Nur said.",  # dotted_title: a person
        "Jets carried out four airstrikes on Tuesday.",  # attack_targets: a day, not a place
    ],
)
def test_no_guess_without_a_position(nlp, text):
    assert _guesses(nlp, text) == []


@pytest.mark.parametrize(("label", "found"), [("PRODUCT", True), ("PERSON", False)])
def test_a_well_known_name_the_ner_took_for_a_thing_is_guessed(nlp, label, found):
    """ "Crowds flee the city Hermosillo": the small model may call it a product."""
    from spacy.tokens import Span

    doc = nlp("Crowds flee the city Hermosillo")
    doc.ents = [Span(doc, 4, 5, label=label)]
    names = [t.text for t in guessed(doc, lambda _: 0, _known)]
    assert ("Hermosillo" in names) is found


@pytest.mark.parametrize(("label", "found"), [("EVENT", True), ("GPE", False)])
def test_a_town_the_ner_took_for_an_event_is_guessed_after_the_town_of(nlp, label, found):
    """_capitalised: "the mayor of the town of Cotija" — the small model may call it an event;
    a name it already calls a place is a mention, not a guess."""
    from spacy.tokens import Span

    doc = nlp("Gunmen shot the mayor of the town of Zoquital on Monday")
    doc.ents = [Span(doc, 8, 9, label=label)]
    names = [t.text for t in guessed(doc, lambda _: 0, _known)]
    assert ("Zoquital" in names) is found


def test_a_well_known_name_the_tagger_calls_an_adjective_is_guessed(nlp):
    """ "Hermosillo Police Find Two Bodies": a headline tagger may call the town an adjective."""
    doc = nlp("Hermosillo police find two bodies")
    doc[0].pos_ = "ADJ"
    assert [t.text for t in guessed(doc, lambda _: 0, _known)] == ["Hermosillo"]


def test_a_function_word_the_tagger_calls_an_adjective_is_no_guess(nlp):
    """ "More casualties in the east": "More" may be an alias somewhere; it opens no name."""
    doc = nlp("More casualties in the east")
    doc[0].pos_ = "ADJ"
    assert [t.text for t in guessed(doc, lambda _: 0, {"More": True}.get)] == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Two men shot dead at home, Hermosillo BC", True),
        ("Two men shot dead, Hermosillo Bar", False),
    ],
    ids=["_known_in_state", "_known_in_state-no_state"],
)
def test_a_well_known_town_before_its_states_abbreviation_is_guessed(nlp, text, found):
    doc = nlp(text)
    doc.ents = []  # untagged, as the small model leaves it in a headline
    assert ("Hermosillo BC" in [t.text for t in guessed(doc, lambda _: 0, _known)]) is found


@pytest.mark.parametrize(("common", "found"), [(True, []), (False, ["Human"])])
def test_a_lone_common_word_is_no_well_known_place(nlp, common, found):
    """ "Human losses after shelling": "Human" is a city's other name, and an English word."""
    doc = nlp("Human losses after aerial bombardment on the plain")
    guesses = guessed(doc, lambda _: 0, lambda name: name == "Human" or None, lambda _w: common)
    assert [t.text for t in guesses] == found
