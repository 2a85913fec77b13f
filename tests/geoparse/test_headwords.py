"""Head words around a name: "the town of X" a settlement, "the state of X" an area."""

from __future__ import annotations

import pytest

from geomap.geoparse.headwords import area_named, name_goes_on, settlement_named


def _at(nlp, text: str, name: str):
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == name)
    return doc, start, doc[start + 1] if start + 1 < len(doc) else None


@pytest.mark.parametrize(
    ("text", "name", "area", "settlement"),
    [
        ("Gunmen raided a bar in the central state of Guanajuato.", "Guanajuato", True, False),
        ("Drones struck the Bryansk region overnight.", "Bryansk", True, False),
        ("Shells hit the city of Dnipro overnight.", "Dnipro", False, True),
        ("Fighting spread to the district of Kidal.", "Kidal", False, True),
        ("Shells hit Dnipro overnight.", "Dnipro", False, False),
        ("Four were killed in the Kharkiv and Sumy regions.", "Kharkiv", True, False),
        ("Four were killed in the Kharkiv and Sumy regions.", "Sumy", True, False),
        ("Rebels raided villages in the Kharkiv district of Ukraine.", "Ukraine", False, False),
        ("A gunman killed two in the U.S. state of Texas.", "Texas", True, False),
    ],
    ids=[
        "area_named-before",
        "area_named-after",
        "settlement_named",
        "area_named-a_district_may_be_a_quarter",
        "no-head-word",
        "area_named-a_list_closed_by_the_plural",
        "area_named-the_plural",
        "_after-a_name_owns_its_area_word",
        "_after-an_abbreviated_country_owns_nothing",
    ],
)
def test_head_words_say_what_a_name_names(nlp, text, name, area, settlement):
    doc, start, after = _at(nlp, text, name)
    assert area_named(doc, start, after) is area
    assert settlement_named(doc, start, after) is settlement


def test_the_state_of_a_name_is_the_state_not_its_capital(full_geoparser, article_factory):
    text = "Gunmen killed nine in a bar in the city of Celaya in the central state of Guanajuato."
    mentions = full_geoparser.parse(article_factory(text)).mentions
    assert [(m.text, m.place.feature_type) for m in mentions] == [
        ("Celaya", "city"),
        ("Guanajuato", "admin1"),
    ]


@pytest.mark.parametrize(
    ("text", "name", "cut"),
    [
        ("Gunmen killed six people in Bajo Zoquital overnight.", "Zoquital", True),
        ("The Zoquital Analytica firm was fined.", "Zoquital", False),
        ("Gunmen killed six people in Zoquital overnight.", "Zoquital", False),
        ("Gunmen killed six people in Zoquital District overnight.", "Zoquital", False),
        ("Gunmen killed six people in Zoquital on Monday.", "Zoquital", False),
    ],
    ids=[
        "name_goes_on",
        "name_goes_on-a_body_named_after_it",
        "name_goes_on-alone",
        "name_goes_on-a_head_word",
        "name_goes_on-a_particle",
    ],
)
def test_a_proper_noun_beside_a_name_says_it_goes_on(nlp, text, name, cut):
    from spacy.tokens import Span

    doc, start, _ = _at(nlp, text, name)
    doc.ents = [Span(doc, start, start + 1, label="GPE")]  # the NER's cut, whatever it did here
    assert name_goes_on(doc, start, start + 1) is cut
