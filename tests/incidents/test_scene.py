"""Which places locate an event: linked in the parse, or framing the sentence."""

from __future__ import annotations

from datetime import date

import pytest

# (text, incident places expected, places that must not be incident locations)
FRAMED = [
    pytest.param("In Kherson, officials said shelling had killed four people on Monday.",
                 {"Kherson"}, set(), id="fronted-place-of-a-reported-event"),
    pytest.param("In a statement issued in Geneva, the agency said shelling had killed four "
                 "people on Monday.", set(), {"Geneva"}, id="statement-issued-in-is-not-framing"),
    pytest.param("In London, the ministry said it was studying the report.", set(), {"London"},
                 id="statement-without-event"),
    pytest.param("Residents of Gao said gunmen shot dead three traders on Monday.", {"Gao"},
                 set(), id="residents-of-a-place"),
    pytest.param("Militants fired mortars from positions near Kherson at the airport in Dnipro "
                 "on Monday, killing two soldiers.", {"Dnipro"}, {"Kherson"},
                 id="route-a_target_after_an_origin"),
    pytest.param("Three men were found dead from bullet wounds in Sudan on Monday.", {"Sudan"},
                 set(), id="route-not_a_projectile_s_origin"),
    pytest.param("Police in Gao say gunmen shot dead three traders on Monday.", {"Gao"},
                 set(), id="residents_of-police_in_a_place"),
    pytest.param("Diplomats in Geneva said gunmen shot dead three traders on Monday.", set(),
                 {"Geneva"}, id="residents_of-no_local_voice"),
    pytest.param("Suicide bombers struck an army camp in Mali's eastern Gao, killing ten soldiers.",
                 {"Gao"}, {"Mali"}, id="most_specific-part_of_the_only_area"),
    pytest.param("In eastern Syria, gunmen shot dead two shepherds near Deir ez-Zor on Monday.",
                 {"Deir ez-Zor"}, {"Syria"}, id="most_specific-part_framing_a_town"),
    pytest.param("Regime forces shelled the town of Abu Kamal in the eastern countryside of Deir "
                 "ez-Zor, killing 11.", {"Abu Kamal"}, {"Deir ez-Zor"}, id="_land_around"),
    pytest.param("At least 40 people were killed when paramilitary Rapid Support Forces stormed "
                 "the village of Wad al-Nura in North Darfur's El Fasher on Wednesday, a local "
                 "committee said.", {"El Fasher"}, set(),
                 id="object_run-a_name_the_parser_splits"),
    pytest.param("Boko Haram fighters abducted at least 30 women and girls from farms near Gao, a "
                 "town on Mali's border with Niger, residents and a militia leader said on "
                 "Tuesday.", {"Gao"}, set(), id="object_run-a_count_and_a_pair"),
    pytest.param("Families in Gao fled their homes after gunmen killed seven traders on Monday.",
                 {"Gao"}, set(), id="located-an_aftermath"),
    pytest.param("Schools in Gao reopened on Monday, a month after gunmen killed seven pupils.",
                 set(), {"Gao"}, id="located-an_aftermath_long_before"),
    pytest.param("El Fasher — Gunmen killed four traders at a market in Kherson on Monday, "
                 "witnesses said.", {"Kherson"}, {"El Fasher"}, id="title-case-dateline-files"),
    pytest.param("On Monday, troops carried out a large operation in Jenin, involving air "
                 "strikes and raids.", {"Jenin"}, set(), id="clause_anchors-involving"),
    pytest.param("On Monday, troops carried out an operation in Jenin involving air strikes.",
                 {"Jenin"}, set(), id="clause_anchors-involving_the_operation"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected", "forbidden"), FRAMED)
def test_places_that_frame_a_sentence(run_extract, text, expected, forbidden):
    incidents, _ = run_extract(text)
    places = {i.place.name for i in incidents}
    assert expected <= places
    assert not places & forbidden


def test_headline_place_before_colon(geoparser, extractor):
    from geomap.model import Article

    headline = "Mogadishu: gunmen kill four at checkpoint"
    article = Article(id="h", title=headline, text=headline, published=date(2024, 3, 6))
    incidents, _ = extractor.extract(geoparser.parse(article))
    assert [(i.place.name, i.fatalities) for i in incidents] == [("Mogadishu", 4)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Since March 1, US forces have conducted four airstrikes in Yemen.",
                     id="since-a-date-summary"),
        pytest.param("The shooting followed four mass shootings in Kharkiv and Kherson.",
                     id="followed-earlier-events"),
        pytest.param("Figures issued by the ministry show 367 people were killed in Baghdad.",
                     id="statistics"),
    ],
)  # fmt: skip
def test_summaries_are_not_incidents(run_extract, text):
    incidents, _ = run_extract(text)
    assert incidents == []


def test_the_town_of_a_name_refers_to_no_town_before(run_extract):
    """ "the town of X" names its town; only a bare "the town" refers back to the last one."""
    incidents, _ = run_extract(
        "Gunmen stormed a hotel in Mogadishu on Sunday, killing eight people. On Monday, a "
        "roadside bomb killed two soldiers at a checkpoint in the town of Zoquital."
    )
    assert [(i.place.name, i.fatalities) for i in incidents] == [("Mogadishu", 8)]


@pytest.mark.parametrize(
    ("part", "expected"),
    [("of the Zoquital district", [("Kherson", 2, 15)]), ("near Zoquital", [])],
    ids=["town_of_unknown_part", "town_of_unknown_part-no_part_word"],
)
def test_a_part_the_gazetteer_lacks_is_in_the_town_before(run_extract, part, expected):
    """ "Shelling of the X district": a part of the town the story is in, shown as that town."""
    incidents, mentions = run_extract(
        "Troops pushed into Kherson last week, officials said. "
        f"Shelling {part} killed 15 people on Sunday, a local aid group said."
    )
    assert [(i.place.name, i.geo_precision, i.fatalities) for i in incidents] == expected
    assert any(m.text == "Zoquital" and m.place is None for m in mentions)
