import pytest

from geomap.geoparse import clean_name, demonym_country


@pytest.mark.parametrize(
    ("sentence", "name", "place"),
    [
        ("Fighting was reported in Abu Kamal on Monday.", "Abu Kamal", "Abu Kamal"),
        ("Fighting was reported in Al Bukamal on Monday.", "Al Bukamal", "Abu Kamal"),
        ("Strikes hit Deir Al Zor on Monday.", "Deir Al Zor", "Deir ez-Zor"),
        ("Strikes hit Deir ez-Zor on Monday.", "Deir ez-Zor", "Deir ez-Zor"),
        ("Drones struck Al Tanf Garrison.", "Al Tanf Garrison", "Al Tanf Garrison"),
        ("Missiles hit Kharkov overnight.", "Kharkov", "Kharkiv"),
    ],
)
def test_spellings_resolve(geoparser, article_factory, sentence, name, place):
    parsed = geoparser.parse(article_factory(sentence))
    found = {m.text: m.place.name for m in parsed.mentions if m.place is not None}
    assert found.get(name) == place


def test_container_picks_the_admin_area(geoparser, article_factory):
    parsed = geoparser.parse(
        article_factory("Jets struck targets in Syria's Deir Al Zor province.")
    )
    (deir,) = [m for m in parsed.mentions if m.text.startswith("Deir")]
    assert deir.place.feature_type == "admin1"


def test_demonyms_are_adjectival_country_mentions(geoparser, article_factory):
    parsed = geoparser.parse(article_factory("Iranian officials met Syrian envoys."))
    adjectival = {m.text: m.place.country for m in parsed.mentions if m.adjectival}
    assert adjectival == {"Iranian": "IR", "Syrian": "SY"}


def test_mentions_carry_sentence_and_span(geoparser, article_factory):
    text = "Calm day.\n\nShelling hit Kherson."
    parsed = geoparser.parse(article_factory(text))
    (kherson,) = parsed.mentions
    assert text[kherson.start : kherson.end] == "Kherson"
    assert kherson.sentence == 1


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("the Euphrates", "Euphrates"),
        ("Syria's", "Syria"),
        ("Gaza", "Gaza"),
        ("Konduga Local Government Area", "Konduga LGA"),  # Nigeria's area, short form
        ("Bama Local Government", "Bama LGA"),
    ],
)
def test_clean_name(raw, clean):
    assert clean_name(raw) == clean


@pytest.mark.parametrize(
    ("word", "code"),
    [("Syrian", "SY"), ("Syrians", "SY"), ("non-Syrians", "SY"), ("Martian", None)],
)
def test_demonym_country(word, code):
    assert demonym_country(word) == code


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "name", "expected"),
    [
        # a possessive container is the writer's own disambiguation
        (
            "A strike hit a house in Gaza City's Zeitoun neighborhood on Wednesday.",
            "Zeitoun",
            {None, "PS"},
        ),
        ("Shells hit a market in Sudan's Omdurman on Saturday.", "Omdurman", {"SD"}),
        # a Turkish village is not the one meant by a story that never names Turkey
        ("Drones struck Zeitoun in Gaza on Wednesday, medics said.", "Zeitoun", {None, "PS", "IL"}),
        # a district named with its kind tells the story's country: no Israeli town's alias
        (
            "Troops killed 12 militants in the Tirah valley of Khyber district on Saturday.",
            "Tirah",
            {None, "PK"},
        ),
    ],
)
def test_containers_and_reach(full_geoparser, article_factory, sentence, name, expected):
    parsed = full_geoparser.parse(article_factory(sentence))
    (mention,) = [m for m in parsed.mentions if m.text == name]
    assert (mention.place.country if mention.place else None) in expected


@pytest.mark.slow
def test_an_area_word_after_the_name_means_the_area(full_geoparser, article_factory):
    """ "in Elwak town of Mandera county": the county, and the town told in it is found there."""
    text = "Militants attacked a police station in Elwak town of Mandera county overnight."
    found = {m.text: m.place for m in full_geoparser.parse(article_factory(text)).mentions}
    assert found["Mandera"].feature_type == "admin1"
    assert found["Elwak"] is not None and found["Elwak"].admin1 == "Mandera"


def test_resolve_spans_resolves_the_given_spans_in_order(geoparser, nlp):
    text = "Syrian forces shelled Abu Kamal, near Deir Al Zor."
    spans = [(text.index("Deir"), text.index("Deir") + len("Deir Al Zor")), (0, 6)]
    mentions = geoparser.resolve_spans(nlp(text), spans)
    assert [(m.start, m.end) for m in mentions] == spans
    assert mentions[0].place.name == "Deir ez-Zor"
    # A demonym given as a span is its country.
    assert (mentions[1].place.country, mentions[1].adjectival) == ("SY", True)


def test_mentions_carry_their_tokens(geoparser, article_factory):
    parsed = geoparser.parse(article_factory("Drones struck Al Tanf Garrison near Abu Kamal."))
    assert parsed.mentions
    for mention in parsed.mentions:
        start, end = mention.tokens
        assert parsed.doc[start:end].text == mention.text


def test_a_district_of_a_city_is_held_to_that_city(nlp, article_factory):
    """ "the X district of Kherson": a namesake village across the country is not meant."""
    from geomap.geoparse import Geoparser

    from samples import ALL_PLACES, KHERSON, UKRAINE, StubGazetteer, _place

    namesake = _place("t:far", "Zoquital", 50.0, 36.0, "village", "UA", population=900)
    gazetteer = StubGazetteer([*ALL_PLACES, namesake])
    geoparser = Geoparser(gazetteer, nlp=nlp)
    text = "Drones hit a school in the Zoquital district of Kherson on Monday."
    parsed = geoparser.parse(article_factory(text))
    places = {m.text: m.place for m in parsed.mentions}
    assert places["Kherson"] == KHERSON and places.get("Zoquital") is None
    assert UKRAINE.country == namesake.country  # the namesake is in the very country
