"""The spaCy pipeline fixes: known cities the small model mislabels."""

from __future__ import annotations

import pytest

from geomap.geoparse.nlp import KnownPlaces, load_nlp, plain_apostrophes

CITIES = {"Sanaa", "Omdurman", "Khartoum North", "Florence", "Druzhkivka"}


@pytest.fixture(scope="module")
def nlp():
    return load_nlp(known_places=CITIES)


def _ents(nlp, text: str) -> dict[str, str]:
    return {e.text: e.label_ for e in nlp(text).ents}


@pytest.mark.parametrize(
    "text,name",
    [
        ("Warplanes struck sites in the capital Sanaa late on Saturday.", "Sanaa"),
        ("Shells slammed into a market in Sudan's Omdurman on Saturday.", "Omdurman"),
        ("Army warplanes bombed districts of Khartoum North, killing 11.", "Khartoum North"),
    ],
)
def test_mislabelled_cities_become_places(nlp, text, name):
    assert _ents(nlp, text).get(name) == "GPE"


def test_a_title_keeps_a_person_a_person(nlp):
    ents = _ents(nlp, "President Florence met the envoy in the morning.")
    assert ents.get("Florence") != "GPE"


@pytest.fixture(scope="module")
def ruled_nlp():
    """The pipeline with an area's name in the ruler, as a first-level area would be."""
    return load_nlp([("Florence", "GPE"), ("Kherson", "GPE")], known_places=CITIES)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("said Lt. Florence Hartley, a police spokeswoman.", False),
        ("Sister Florence Agnes said the money came from a fund.", False),
        ("The trustees met the interim president. Florence - The school said", True),
        ("Shells hit Kherson. Gen. Florence Dale said.", False),
        ("Florence Dobbins scored twice for the visitors on Saturday.", False),
        ("Shells hit Florence Kherson overnight, officials said.", True),
        ("Florence Police said two men were shot on Saturday.", True),
    ],
    ids=["dotted-title", "title", "a-sentence-end-is-no-title", "dotted-title-after-a-sentence",
         "_person_by_ner", "_named_next-a_place_follows", "_person_by_ner-an_institution"],
)  # fmt: skip
def test_a_title_or_a_surname_makes_a_ruled_area_a_persons_name(ruled_nlp, text, place):
    assert (_ents(ruled_nlp, text).get("Florence") == "GPE") is place


def test_nationalities_and_unknown_names_are_left_alone(nlp):
    ents = _ents(nlp, "Iranian drones and Hamid Karimi's men were seen there.")
    assert ents.get("Iranian") == "NORP"
    assert all(label != "GPE" for label in ents.values())


def test_without_names_the_component_is_a_no_op():
    doc = load_nlp()("Sanaa was quiet.")
    assert KnownPlaces()(doc) is doc


@pytest.mark.slow
def test_guessed_place_after_part_of_words(full_geoparser, article_factory):
    text = "A guided bomb struck a warehouse on the edge of Druzhkivka on Tuesday."
    mentions = full_geoparser.parse(article_factory(text)).mentions
    assert "Druzhkivka" in {m.place.name for m in mentions if m.place}


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("Sagaing\u2019s troops didn\u2019t fire", "Sagaing's troops didn't fire"),
        ("the forces\u2019 shelling of \u2018nonstop\u2019 raids",
         "the forces\u2019 shelling of \u2018nonstop\u2019 raids"),
    ],
    ids=["inside-a-word", "closing-quotes-kept"],
)  # fmt: skip
def test_plain_apostrophes_keep_the_length(text, plain):
    assert plain_apostrophes(text) == plain
    assert len(plain_apostrophes(text)) == len(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gunmen seized 20 bus passengers travelling from Abuja to Kaduna on Sunday.", "Abuja"),
        ("The governor condemned the raid in a statement issued in Abuja.\n", "Abuja"),
    ],
    ids=["_loose_end", "_loose_end-a_full_stop"],
)
def test_a_place_never_ends_in_a_function_word(text, place):
    ents = _ents(load_nlp([("Kaduna", "GPE")], known_places=CITIES), text)
    assert ents.get(place) == "GPE"
    assert not any(name.endswith((" to", " and", " of", ".")) for name in ents)


@pytest.mark.parametrize(
    ("text", "ents"),
    [
        (
            "Rebels attacked a base in Puerto Jordan, Arauca, on Monday.",
            ["Puerto Jordan", "Arauca"],
        ),
        ("Troops fought in Kaduna Jordan on Monday.", ["Kaduna", "Jordan"]),
    ],
    ids=["opens_a_name", "two-names"],
)
def test_a_word_opening_names_names_one_with_the_next(text, ents):
    ruled = [("Puerto", "GPE"), ("Jordan", "GPE"), ("Kaduna", "GPE"), ("Arauca", "GPE")]
    found = _ents(load_nlp(ruled, known_places=CITIES), text)
    assert [name for name, label in found.items() if label == "GPE"] == ents


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Militants raided a police station in Dera Ismail Khan on Monday.", "Dera Ismail Khan"),
        ("Police said Imran Khan spoke in Lahore on Monday.", None),
        ("Militants attacked a post in Dera Ismail Khan's Kulachi tehsil.", "Dera Ismail Khan"),
        ("Two soldiers died in Dera Ismail Khan District on Monday.", "Dera Ismail Khan District"),
        (
            "Militants attacked a police checkpost in Dera Ismail Khan on Monday.",
            "Dera Ismail Khan",
        ),
    ],
    ids=[
        "_grown_left",
        "_grown_left-a_person",
        "_grown_left-a_possessive",
        "_grown_left-an_area",
        "_grown_left-a_place_of_its_own",
    ],
)
def test_a_known_city_taken_for_a_person_is_grown_back(text, place):
    ents = _ents(load_nlp(known_places={"Dera Ismail Khan", "Lahore"}), text)
    assert (ents.get(place) if place else ents.get("Imran Khan")) == ("GPE" if place else "PERSON")


@pytest.mark.parametrize(
    ("text", "person", "place"),
    [
        ("Yolanda Zoquital Figueroa was attacked while leaving a gym.", "Zoquital Figueroa", False),
        ("A recent report by Keep Yolanda Tidy praised the council.", "Tidy", True),
    ],
    ids=["_forename", "_forename-common_words_are_no_surname"],
)
def test_a_place_right_before_the_ners_person_is_a_first_name(nlp, text, person, place):
    """The NER may read "Yolanda" as a place and the surnames after it as the person."""
    from spacy.tokens import Span

    doc = nlp.make_doc(text)
    first = [t.text for t in doc].index("Yolanda")
    end = first + 1 + len(person.split())
    doc.ents = [Span(doc, first, first + 1, "GPE"), Span(doc, first + 1, end, "PERSON")]
    fixer = KnownPlaces(names={"Yolanda"})
    fixer.common = {"Tidy"}.__contains__
    assert any(e.text == "Yolanda" and e.label_ == "GPE" for e in fixer(doc).ents) is place


@pytest.mark.parametrize(
    ("text", "second"),
    [
        pytest.param("N'DJAMENA - Boko Haram fighters attacked a base in Bol on Sunday.",
                     "Boko Haram fighters attacked a base in Bol on Sunday.", id="opening_name"),
        pytest.param("KANO - Gunmen attacked a market on Sunday.",
                     "Gunmen attacked a market on Sunday.", id="opening_name-one_word"),
    ],
)  # fmt: skip
def test_the_name_opening_a_story_after_its_dateline_stays_whole(nlp, text, second):
    """ "N'DJAMENA - Boko Haram fighters …": the dateline its own, the sentence whole."""
    sentences = [s.text for s in nlp(text).sents]
    assert sentences[1:] == [second]
