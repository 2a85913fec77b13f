"""Place names inside other entities: "the Torrington Fire Department" → Torrington.

Runs the real spaCy pipeline (the ``nlp`` fixture) with a hand-made answer for
which names the gazetteer knows, so each case shows one rule of `named_inside`.
"""

import pytest

from geomap.geoparse.loose import loose_demonyms
from geomap.geoparse.recognize import completed, named_inside

#: Names "in the gazetteer": True for a well-known place, False for a small one.
KNOWN = {
    "Torrington": False,
    "Laurel County": False,
    "Hartford": True,
    "Georgia": True,
    "Anderson County": False,
    "Northwest": False,
    "Faladie": False,
}


def _inside(nlp, sentence):
    doc = nlp(sentence)
    return [
        (doc[f.start : f.end].text, f.country_code, f.local) for f in named_inside(doc, KNOWN.get)
    ]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # A small town before its own body: a settlement.
        (
            "A spokesman for the Torrington Fire Department said the blaze was out.",
            [("Torrington", None, True)],
        ),
        # The longest known name, before an institution's head word.
        (
            "Both were lodged in the Laurel County Detention Center on Friday.",
            [("Laurel County", None, False)],
        ),
        # The place after a final "of".
        (
            "She studied at the University of Hartford for two years.",
            [("Hartford", None, False)],
        ),
        # A demonym opening an organisation names its country.
        ("The Nigerian Army said it killed ten fighters.", [("Nigerian", "NG", False)]),
        # ... however the tagger tags it (an adjective here).
        ("Officers trained Tunisian Special Forces last year.", [("Tunisian", "TN", False)]),
        # A bearing opens a street name, not a place.
        ("The march went along Northwest 8th Avenue for an hour.", []),
        # A lower-case "district" describes the place; the NER's call stands.
        ("Officials at the Faladie district of Bamako spoke.", []),
    ],
)
def test_place_names_inside_entities(nlp, sentence, found):
    assert _inside(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "entity", "label", "found"),
    [
        (
            "Four were killed in Zoquital y Calvo, Chihuahua.",
            "Zoquital y Calvo",
            "ORG",
            ["Zoquital y Calvo"],
        ),
        ("Two died in the La Zoquita community.", "La Zoquita", "ORG", []),
        ("A Hartford Cop was shot dead.", "Hartford Cop", "PERSON", ["Hartford"]),
    ],
    ids=["_name_words", "_name_words-particle_alone", "named_inside-cop"],
)
def test_names_folded_into_a_group_or_a_person(nlp, sentence, entity, label, found):
    """The NER's organisation or person holds the place: a particle-joined name, a town's cop."""
    doc = nlp(sentence)
    start = sentence.index(entity)
    doc.ents = [doc.char_span(start, start + len(entity), label=label)]
    known = {"Zoquital y Calvo": False, "Zoquital": True, "La": True, "Hartford": True}.get
    assert [doc[f.start : f.end].text for f in named_inside(doc, known)] == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The Rapid Support Forces shelled the camp on Monday.", []),
        ("The Rapid Police Department said two men were held.", ["Rapid"]),
    ],
    ids=["_leading-a_plain_word", "_leading-a_plain_word_before_a_head_word"],
)
def test_a_plain_word_names_a_well_known_place_only_before_a_head_word(nlp, sentence, found):
    doc = nlp(sentence)
    entity = sentence.removeprefix("The ").split(" shelled")[0].split(" said")[0]
    start = sentence.index(entity)
    doc.ents = [doc.char_span(start, start + len(entity), label="ORG")]
    inside = named_inside(doc, {"Rapid": True}.get, plain={"Rapid"}.__contains__)
    assert [doc[f.start : f.end].text for f in inside] == found


@pytest.mark.parametrize(
    ("sentence", "continent"),
    [
        ("The European Investment Bank signed the loan on Monday.", "Europe"),
        ("Leaders of the African Union met on Monday.", "Africa"),
    ],
)
def test_a_continents_adjective_opening_an_organisation_names_it(nlp, sentence, continent):
    doc = nlp(sentence)
    assert [f.continent for f in named_inside(doc, KNOWN.get)] == [continent]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Anderson County Sheriff's Capt. Tommy Barr is heading the inquiry.", ["Anderson County"]),
        ("Georgia Smith and her brother met on Monday.", []),
    ],
)
def test_a_persons_name_needs_an_institution_after_it(nlp, sentence, found):
    assert [name for name, _, _ in _inside(nlp, sentence)] == found


@pytest.mark.parametrize(
    ("sentence", "word", "whole"),
    [
        # The NER's span cut short on the right, then on the left.
        ("Storms hit Kansas City overnight.", "Kansas", "Kansas City"),
        ("Police in South Charleston made an arrest.", "Charleston", "South Charleston"),
        # Name particles join the words of one name.
        ("Gunmen killed five in San Luis de la Paz on Friday.", "San", "San Luis de la Paz"),
        # A headline's sentence case lowered the last word after a particle.
        ("Shots were fired in Soto la marina on Friday.", "Soto", "Soto la marina"),
        # Nothing longer is known: the span stays.
        ("Police in Charleston made an arrest.", "Charleston", "Charleston"),
        # A bearing alone names no place.
        ("She studied at Northern Illinois University.", "Northern", None),
        # A hyphen inside a word joins one name.
        ("Gunmen attacked a bus near Zoqui-Tal on Monday.", "Zoqui", "Zoqui-Tal"),
        # A bearing tagged alone opens the name the gazetteer knows.
        ("Gunmen seized a reporter in North Zoquital on Monday.", "North", "North Zoquital"),
    ],
)
def test_completed_spans(nlp, sentence, word, whole):
    doc = nlp(sentence)
    index = next(t.i for t in doc if t.text == word)
    known = {
        "Kansas City": False,
        "South Charleston": False,
        "Charleston": False,
        "San Luis de la Paz": False,
        "Soto la marina": False,
        "North Zoquital": False,
        "Zoqui-Tal": False,
    }.get
    found = completed(doc, index, index + 1, known)
    assert (doc[found[0] : found[1]].text if found else None) == whole


@pytest.mark.parametrize(
    ("sentence", "word", "whole"),
    [
        ("Bodies were found in General Zoquital, Nuevo Leon.", "Zoquital", "General Zoquital"),
        ("General Zoquital, the commander, resigned.", "Zoquital", "Zoquital"),
        ("Talks with Major Zoquital ended.", "Zoquital", "Zoquital"),
        ("A car was left in Cd. Zoquital, Guerrero.", "Cd", "Cd. Zoquital"),
        ("Troops stayed in Iraq. Zoquital residents fled.", "Iraq", "Iraq"),
        ("Gunmen raided Vila Nova do Zoquital at dawn.", "Zoquital", "Vila Nova do Zoquital"),
        ("Shells hit Kafr al-Zoquital at dawn.", "Zoquital", "Kafr al-Zoquital"),
        ("Gunmen raided Porto da Zoquital at dawn.", "Zoquital", "Zoquital"),
    ],
    ids=[
        "titled_from_left",
        "titled_from_left-sentence_start",
        "titled_from_left-unknown_whole",
        "abbreviated_head",
        "abbreviated_head-a_place_ends_the_sentence",
        "particled_from_left",
        "particled_from_left-an_article",
        "particled_from_left-unknown_whole",
    ],
)
def test_names_cut_short_by_a_title_or_an_abbreviation(nlp, sentence, word, whole):
    """The NER drops a place name's title ("General"), its words before a particle, or keeps
    only its abbreviated head."""
    from spacy.tokens import Span

    doc = nlp(sentence)
    index = next(t.i for t in doc if t.text == word)
    doc.ents = [Span(doc, index, index + 1, label="GPE")]  # the NER's cut, whatever it did here
    known = {"General Zoquital": False, "Iraq": True}
    known |= dict.fromkeys(("Vila Nova do Zoquital", "Kafr al-Zoquital"), False)
    found = completed(doc, index, index + 1, known.get)
    assert found is not None
    assert doc[found[0] : found[1]].text == whole


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # Inside a compound the NER tags whole, or not at all.
        ("Shells fell along the Syrian-Turkish border.", [("Syrian", "SY"), ("Turkish", "TR")]),
        ("The party took an anti-Russian line.", [("Russian", "RU")]),
        # Two words before one.
        ("Sri Lankan officials met on Monday.", [("Sri Lankan", "LK")]),
        # A continent's adjective.
        ("Ministers set out a European strategy.", [("European", "Europe")]),
        # A word of a place's own name is that place's.
        ("A ship sank in the Indian Ocean on Monday.", []),
    ],
)
def test_loose_demonyms(nlp, sentence, found):
    doc = nlp(sentence)
    names = [
        (doc[f.start : f.end].text, f.country_code or f.continent) for f in loose_demonyms(doc)
    ]
    assert names == found


#: Common English words of the cases below (the geoparser asks WordNet).
_COMMON = frozenset({"home", "depot", "county", "fund", "on", "friday", "store"})


def _common(word):
    return word.lower() in _COMMON


@pytest.mark.parametrize(
    ("sentence", "name", "whole"),
    [
        ("Six bodies were found in San Zoquital de los Otumba.", "San Zoquital",
         "San Zoquital de los Otumba"),
        ("A man was shot dead in San Zoquital Otumbilla on Friday.", "San Zoquital",
         "San Zoquital Otumbilla"),
        ("Shots were fired at the San Zoquital Home Depot.", "San Zoquital", "San Zoquital"),
        ("Police raided a Zoquital Walmart store.", "Zoquital", "Zoquital"),
        ("Funds came from the Zoquital County Otumbex fund.", "Zoquital County",
         "Zoquital County"),
        ("Ten people died in San Zoquital Rivera.", "San Zoquital", "San Zoquital"),
    ],
    ids=[
        "carried_on",
        "carried_on-name_word",
        "carried_on-common_word",
        "carried_on-one_word_name",
        "carried_on-generic_last_word",
        "carried_on-state_after",
    ],
)  # fmt: skip
def test_words_that_carry_a_name_on(nlp, sentence, name, whole):
    """A known name followed by more of a proper name is only its start; the span is the whole."""
    from spacy.tokens import Span

    doc = nlp(sentence)
    start = next(t.i for t in doc if doc[t.i :].text.startswith(name))
    end = start + len(name.split())
    doc.ents = [Span(doc, start, end, label="GPE")]  # the NER's cut, whatever it did here
    found = completed(doc, start, end, {"Rivera": True}.get, _common)
    assert found is not None
    assert doc[found[0] : found[1]].text == whole


@pytest.mark.parametrize(
    ("known", "found"),
    [
        ({"San Zoquital": True, "San Zoquital Otumbilla": False}, ["San Zoquital Otumbilla"]),
        ({"San Zoquital": True}, []),
    ],
    ids=["carried_on-organisation", "carried_on-organisation_unknown_whole"],
)
def test_a_known_name_carried_on_inside_an_organisation(nlp, known, found):
    """The NER took "San Zoquital Otumbilla" for a body: its known head is not the place."""
    from spacy.tokens import Span

    doc = nlp("He died of three bullet wounds in San Zoquital Otumbilla.")
    start = next(t.i for t in doc if t.text == "San")
    doc.ents = [Span(doc, start, start + 3, label="ORG")]
    assert [doc[f.start : f.end].text for f in named_inside(doc, known.get, _common)] == found


@pytest.mark.parametrize(
    ("bearing", "names"),
    [("north-east", False), ("North-East", True)],
    ids=["bare_bearing-lowercase", "bare_bearing-capitalised_may_be_a_region"],
)
def test_a_lowercase_bearing_names_no_place(nlp, bearing, names):
    """ "in the province of Zoquit (north-east)": the tagger may call the bearing a place."""
    doc = nlp(f"Gunmen attacked a post in the province of Zoquit ({bearing}) on Friday.")
    start = next(t.i for t in doc if t.lower_ == "north")
    found = completed(doc, start, start + 3, {}.get)
    assert (found is not None) is names
