"""Where it happened versus where it is merely mentioned, across conflicts."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from geomap.model import Article, Mention

# (text, expected incident place names, places that must never be incident locations)
HAPPENED_VS_MENTIONED = [
    pytest.param(
        "Kherson was shelled on Monday, killing three civilians, Kyiv said.",
        {"Kherson"},
        {"Kyiv"},
        id="ukraine-target_as_passive_subject",
    ),
    pytest.param(
        "Russian forces shelled Kherson on Monday, killing three civilians, "
        "the Kyiv-based prosecutor's office said.",
        {"Kherson"},
        {"Kyiv"},
        id="ukraine-origin-based",
    ),
    pytest.param(
        "Drones launched by Tehran-backed militias struck Al Tanf Garrison on Sunday.",
        {"Al Tanf Garrison"},
        {"Tehran"},
        id="syria-affiliation-backed",
    ),
    pytest.param(
        "The RSF shelled El Fasher on Tuesday while the Sudanese foreign minister was visiting "
        "Moscow.",
        {"El Fasher"},
        {"Moscow"},
        id="sudan-diplomatic-visit",
    ),
    pytest.param(
        "A car bomb exploded in Mogadishu on Saturday. Damascus denounced the attack.",
        {"Mogadishu"},
        {"Damascus"},
        id="somalia-metonymy",
    ),
    pytest.param(
        "Israeli troops raided the city of Jenin on Wednesday, killing two Palestinians, "
        "the London-based monitor said.",
        {"Jenin"},
        {"London"},
        id="west-bank-raid",
    ),
    pytest.param(
        "US warplanes struck Houthi radar sites near Hodeidah on Saturday. "
        "Talks continue in Geneva.",
        {"Hodeidah"},
        {"Geneva"},
        id="yemen-near",
    ),
    pytest.param(
        "Militants ambushed a convoy near Gao on Thursday, killing 12 soldiers.",
        {"Gao"},
        set(),
        id="sahel-ambush",
    ),
    pytest.param(
        "US warplanes struck radar sites near Hodeidah on Saturday.\n\nThe strikes came in "
        "response to attacks on shipping in the Red Sea.",
        {"Hodeidah"},
        {"Red Sea"},
        id="cited-background-event",
    ),
]

# Title-Case headlines (parsed in sentence case) and the forms of crime reporting.
HEADLINES = [
    pytest.param("Nightclub Attack in Kherson Leaves Six Dead", "Kherson", 6, id="leaves-dead"),
    pytest.param("Gunmen Leave Two Bodies on a Bridge in Baghdad", "Baghdad", 2, id="bodies-left"),
    pytest.param("Police find bags with human remains in Gaza", "Gaza", None, id="remains-in-bags"),
    pytest.param(
        "There were 2 homicides last night in Mogadishu", "Mogadishu", None, id="homicides"
    ),
    pytest.param("They murder a trader in the streets of Gao", "Gao", 1, id="streets-of"),
    pytest.param("Dnipro: 3 killed in a shooting at a market", "Dnipro", 3, id="count-heads-verb"),
    pytest.param("Lawyer shot in Kherson", "Kherson", None, id="killing-verb-in-headline"),
    pytest.param(
        "Government forces advance in eastern Kherson", "Kherson", None, id="forces-advance"
    ),
    pytest.param(
        "Continued Bombardment Targets Gaza Neighborhoods", "Gaza", None, id="telegraphic-parse"
    ),
]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed five farmers in Zorbanka village, Kherson, on Monday.",
        "Gunmen killed five farmers in Zorbanka village (Kherson) on Monday.",
    ],
)
def test_a_scene_the_gazetteer_lacks_is_placed_at_its_container(run_extract, text):
    incidents, mentions = run_extract(text)
    assert [(i.place.name, i.geo_precision) for i in incidents] == [("Kherson", 2)]
    unknown = [m for m in mentions if m.text.startswith("Zorbanka")]
    assert unknown and unknown[0].place is None and unknown[0].role == "incident"


def test_a_headline_label_gives_way_to_the_town_inside_it(run_extract):
    """ "State: bodies found in Town": the label files the story; the town is the scene."""
    headline = "Deir ez-Zor Governorate: message with dismembered bodies in Abu Kamal"
    incidents, _ = run_extract(headline, title=headline)
    assert [i.place.name for i in incidents] == ["Abu Kamal"]


def test_where_a_told_event_took_place_places_it(run_extract):
    text = (
        "Gunmen kidnapped two aid workers in Somalia on Tuesday. "
        "The abduction took place on a road outside Mogadishu."
    )
    incidents, _ = run_extract(text)
    assert [i.place.name for i in incidents] == ["Mogadishu"]


@pytest.mark.parametrize(("headline", "place", "fatalities"), HEADLINES)
def test_headline_forms(run_extract, headline, place, fatalities):
    incidents, _ = run_extract(headline, title=headline)
    assert [(i.place.name, i.fatalities) for i in incidents] == [(place, fatalities)]


NO_INCIDENT = [
    pytest.param("The foreign minister of Syria was visiting Moscow on Tuesday.", id="visit"),
    pytest.param("It is not the first time US jets have struck targets in Syria.", id="generic"),
    pytest.param("Iran-backed militias are concentrated west of the Euphrates.", id="context"),
    pytest.param("Russia vowed to strike Kyiv if the attacks continued.", id="threat"),
    pytest.param(
        "Fighters walk through the ruins of Baghouz, Syria March 10, 2019. REUTERS/Staff",
        id="photo-caption",
    ),
    pytest.param("Sudan's army chief met envoys in Geneva on Monday.", id="meeting"),
    pytest.param("The lottery jackpot was hit in Kharkiv on Tuesday.", id="not-violence"),
    pytest.param("Shares advanced in London on Monday.", id="advance-not-military"),
    pytest.param("Ministers' clashes over the budget in Kyiv", id="clashes-over-an-issue"),
    pytest.param("A woman was killed in a car accident in Kherson on Monday.", id="accident"),
    pytest.param("The talks came amid a wave of attacks in Mogadishu.", id="background"),
    pytest.param("Officials in Baghdad condemned the bombing on Monday.", id="condemnation"),
]


@pytest.mark.parametrize(("text", "happened", "mentioned"), HAPPENED_VS_MENTIONED)
def test_incident_location_not_mentioned_place(run_extract, text, happened, mentioned):
    incidents, mentions = run_extract(text)
    located = {i.place.name for i in incidents}
    assert located == happened
    assert not located & mentioned
    roles = {m.place.name: m.role for m in mentions if m.place is not None}
    for name in mentioned:
        assert roles[name] != "incident"


@pytest.mark.parametrize("text", NO_INCIDENT)
def test_no_incident(run_extract, text):
    incidents, _ = run_extract(text)
    assert incidents == []


def test_one_event_told_twice_is_one_incident(run_extract):
    text = (
        "The strikes answered an August 15 attack on a base used by US forces.\n\n"
        "On August 15, drones launched by Iran-backed militias struck Al Tanf Garrison.\n\n"
        "US Central Command said the assault caused zero casualties."
    )
    incidents, _ = run_extract(text, published=date(2022, 8, 24))
    assert len(incidents) == 1
    incident = incidents[0]
    assert incident.place.name == "Al Tanf Garrison"
    assert incident.event_date == date(2022, 8, 15)
    assert incident.fatalities == 0
    assert incident.actor1 == "Iran-backed militias"
    assert len(incident.notes) == 3


def test_province_only_location_has_precision_3(run_extract):
    text = (
        "US jets carried out air strikes on Tuesday in Syria's Deir Al Zor province.\n\n"
        "A monitor said on Wednesday the strikes killed six fighters."
    )
    incidents, _ = run_extract(text, published=date(2022, 8, 24))
    assert len(incidents) == 1
    incident = incidents[0]
    assert incident.place.feature_type == "admin1"
    assert incident.geo_precision == 3
    assert incident.event_date == date(2022, 8, 23)
    assert incident.fatalities == 6
    assert incident.actor1 == "US forces"


def test_two_places_two_incidents(run_extract):
    text = "Russian missiles hit Kharkiv and Kherson on Friday, killing five people."
    incidents, _ = run_extract(text)
    assert {i.place.name for i in incidents} == {"Kharkiv", "Kherson"}
    assert all(i.event_date == date(2024, 3, 1) for i in incidents)


def test_incident_keeps_source(run_extract):
    text = "Al-Shabaab fighters attacked a checkpoint in Mogadishu on Monday."
    (incident,), _ = run_extract(text)
    assert incident.notes == (text,)
    assert incident.article == "test.txt"
    assert incident.actor1 == "Al-Shabaab"
    assert incident.event_type == "Battles"


def test_mentioned_places_keep_their_roles(run_extract):
    text = (
        "Tehran-backed fighters shelled Deir ez-Zor on Monday, the Britain-based observatory said."
    )
    _, mentions = run_extract(text)
    roles = {m.text: m.role for m in mentions}
    assert roles["Tehran"] == "affiliation"
    assert roles["Britain"] == "origin"
    assert roles["Deir ez-Zor"] == "incident"


def test_deaths_belong_to_the_event_that_caused_them(run_extract):
    text = (
        "A drone strike on a car in Baghdad killed a militia commander on Wednesday.\n\n"
        "The US military said it carried out the strike in retaliation for the January 28 "
        "attack on Tower 22 in Jordan that killed three American soldiers."
    )
    incidents, _ = run_extract(text, published=date(2024, 2, 8))
    by_place = {i.place.name: i for i in incidents}
    assert by_place["Baghdad"].fatalities == 1
    assert by_place["Baghdad"].actor1 == "US forces"  # "it" is the US military
    assert by_place["Tower 22"].fatalities == 3
    assert by_place["Tower 22"].event_date == date(2024, 1, 28)


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("A car bomb exploded in Mogadishu on Saturday. Al-Shabaab claimed responsibility.",
         "Al-Shabaab"),
        ("A car bomb exploded in Mogadishu on Saturday, officials said, blaming Al-Shabaab.",
         "Al-Shabaab"),  # the blamed side, told in the event's own sentence
        ("A car bomb exploded in Mogadishu on Saturday. The attack was carried out by "
         "Al-Shabaab fighters, the police said.", "Al-Shabaab"),
    ],
    ids=["claimed_by", "claimed_by-blaming_in_the_same_sentence",
         "_claimed-the_agent_of_the_events_told"],
)  # fmt: skip
def test_claim_of_responsibility_names_the_actor(run_extract, text, actor1):
    (incident,), _ = run_extract(text)
    assert incident.actor1 == actor1
    assert incident.sub_event_type == "Remote explosive/landmine/IED"


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Drones struck Al Tanf Garrison, a base near the border of Syria, Iraq and Jordan, "
         "on Sunday, killing three soldiers.", ["Al Tanf Garrison"]),
        ("Fighting raged at the border of Syria and Iraq on Sunday, killing three soldiers.",
         ["Syria", "Iraq"]),  # no place described: the line is the scene
    ],
    ids=["between_lands", "between_lands-the_line_is_the_scene"],
)  # fmt: skip
def test_the_lands_a_border_runs_between_only_describe_a_place(run_extract, text, places):
    """ "Tower 22, a base near the tripoint of Jordan, Syria and Iraq": each is one side."""
    incidents, _ = run_extract(text)
    assert [i.place.name for i in incidents] == places


def test_attack_on_civilians_is_violence_against_civilians(run_extract):
    text = "Gunmen stormed a market in Gao on Sunday, killing 12 civilians."
    (incident,), _ = run_extract(text)
    assert incident.event_type == "Violence against civilians"
    assert incident.fatalities == 12


@pytest.mark.parametrize(
    ("text", "place", "actor1", "fatalities", "precision"),
    [
        pytest.param(
            "Russian missiles struck the city of Dnipro on Friday, killing ten people.",
            "Dnipro",
            "Russian forces",
            10,
            1,
            id="city-not-river",
        ),
        pytest.param(
            "Three Palestinians were shot dead by Israeli forces during a raid in Tulkarm "
            "on Thursday.",
            "Tulkarm",
            "Israeli forces",
            3,
            1,
            id="during-a-raid-is-the-event",
        ),
        pytest.param(
            "Fighting between Russian and Ukrainian troops raged in Kharkiv on Monday.",
            "Kharkiv",
            "",
            None,
            1,
            id="gerund-event",
        ),
        pytest.param(
            "Al-Shabaab militants attacked a military base in Mogadishu on Monday, "
            "killing 17 soldiers.",
            "Mogadishu",
            "Al-Shabaab",
            17,
            1,
            id="base-is-not-based",
        ),
        pytest.param(
            "Ukrainian forces repelled a Russian assault near Kherson on Monday.",
            "Kherson",
            "Russian forces",
            None,
            2,
            id="near-and-demonym-actor",
        ),
    ],
)
def test_event_sentences(run_extract, text, place, actor1, fatalities, precision):
    (incident,), _ = run_extract(text)
    assert incident.place.name == place
    assert incident.place.feature_type != "river"
    if actor1:
        assert incident.actor1 == actor1
    assert incident.fatalities == fatalities
    assert incident.geo_precision == precision


def test_wire_dateline_is_where_the_story_was_filed(run_extract):
    text = "KYIV, Ukraine (AP) — Russian drones struck Kharkiv overnight, officials said."
    (incident,), mentions = run_extract(text)
    assert incident.place.name == "Kharkiv"
    assert incident.actor1 == "Russian forces"
    roles = {m.text: m.role for m in mentions}
    assert roles["Ukraine"] == "origin"


def test_history_is_background_not_an_incident(run_extract):
    text = (
        "Russian forces shelled Kherson on Monday.\n\n"
        "In March 2019, militants attacked Gao, killing 12 soldiers."
    )
    incidents, mentions = run_extract(text)
    assert [i.place.name for i in incidents] == ["Kherson"]
    assert {m.text: m.role for m in mentions}["Gao"] == "context"


def test_death_toll_for_several_places_is_divided(run_extract):
    text = "Russian missiles hit Kharkiv, Kherson and Kyiv on Monday, killing at least 31 people."
    incidents, _ = run_extract(text)
    assert sorted(i.fatalities for i in incidents) == [10, 10, 11]
    assert sum(i.fatalities for i in incidents) == 31


@pytest.mark.parametrize(
    ("text", "places"),
    [
        pytest.param(
            "A roadside bomb struck a patrol near the town of Kherson, about 35 kilometres "
            "south of the city of Kharkiv, on Wednesday, killing four soldiers.",
            ["Kherson"], id="landmark-after-comma",
        ),
        pytest.param(
            "Russian shelling of the eastern city of Kherson killed five civilians on Monday.",
            ["Kherson"], id="shelling-of",
        ),
        pytest.param(
            "Israeli strikes on the towns of Jenin and Tulkarm killed six people on Friday.",
            ["Jenin", "Tulkarm"], id="towns-of-list",
        ),
        pytest.param(
            "Russian aircraft dropped bombs on a district of Kharkiv on Sunday, killing two.",
            ["Kharkiv"], id="participle-clause",
        ),
        pytest.param(
            "Tensions exploded into protests in Kyiv on Monday.", [], id="figurative-explosion",
        ),
    ],
)  # fmt: skip
def test_where_in_longer_sentences(run_extract, text, places):
    incidents, _ = run_extract(text)
    assert sorted(i.place.name for i in incidents) == places


def test_the_city_refers_to_the_city_named_before(run_extract):
    text = (
        "The RSF shelled a camp on the edge of El Fasher on Thursday, killing 14 people.\n\n"
        "On Friday, a drone struck the city's main market, killing six people."
    )
    incidents, _ = run_extract(text, published=date(2024, 6, 12))
    friday = [i for i in incidents if i.event_date == date(2024, 6, 7)]
    assert [i.place.name for i in friday] == ["El Fasher"]
    assert friday[0].fatalities == 6


def test_hours_earlier_is_the_day_just_told(run_extract):
    text = (
        "Russian missiles hit Kharkiv on Wednesday, killing two people.\n\n"
        "Hours earlier, Russian shelling killed a woman in Kherson."
    )
    incidents, _ = run_extract(text)
    assert {i.place.name: i.event_date for i in incidents} == {
        "Kharkiv": date(2024, 3, 6),
        "Kherson": date(2024, 3, 6),
    }


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        pytest.param(
            "Israeli settlers hurled stones at homes and set fire to cars in the village of "
            "Jenin, north-east of Tulkarm, on Saturday night, residents told reporters.",
            "Jenin", date(2024, 3, 2), id="arson-trailing-attribution",
        ),
        pytest.param(
            "A farmer was shot dead by a settler on the outskirts of Tulkarm on Sunday.",
            "Tulkarm", date(2024, 3, 3), id="settler-singular",
        ),
    ],
)  # fmt: skip
def test_settler_violence(run_extract, text, place, day):
    (incident,), _ = run_extract(text)
    assert (incident.place.name, incident.event_date) == (place, day)
    assert incident.actor1 == "Israeli settlers"
    assert incident.event_type == "Violence against civilians"


def test_separately_starts_another_event(run_extract):
    text = (
        "At least 12 people were killed on Friday as crowds gathered near aid trucks.\n\n"
        "Separately, an Israeli air strike hit a home in Khan Younis on Friday, killing seven."
    )
    (incident,), _ = run_extract(text, published=date(2024, 3, 2))
    assert incident.place.name == "Khan Younis"
    assert incident.fatalities == 7


@pytest.mark.parametrize(
    ("phrase", "day"),
    [("Overnight into Tuesday", date(2024, 3, 5)), ("Overnight", date(2024, 3, 6))],
)
def test_overnight_into_a_weekday_is_that_day(run_extract, phrase, day):
    text = f"{phrase}, Russian drones attacked Kherson, damaging a school."
    incidents, _ = run_extract(text, published=date(2024, 3, 7))
    assert [(i.place.name, i.event_date) for i in incidents] == [("Kherson", day)]


def test_a_toll_of_history_does_not_become_the_events(run_extract):
    text = (
        "Russian missiles hit Kharkiv on Wednesday, killing two people.\n\n"
        "The war, which began in 2014, has killed tens of thousands, including 14,000 civilians."
    )
    incidents, _ = run_extract(text)
    assert [(i.place.name, i.fatalities) for i in incidents] == [("Kharkiv", 2)]


def test_a_ship_struck_off_a_port_is_placed_at_sea(run_extract):
    text = (
        "A sailor was killed when a Houthi missile hit a bulk carrier on Wednesday.\n\n"
        "The ship was struck about 60 nautical miles southwest of Hodeidah."
    )
    incidents, _ = run_extract(text)
    (ship,) = incidents
    assert ship.place.name == "60 nm southwest of Hodeidah" and ship.geo_precision == 2
    assert ship.place.lat < 14.2 and ship.fatalities == 1  # 111 km south-west of the port


@pytest.mark.parametrize(
    ("text", "places"),
    [
        pytest.param(
            "US warplanes carried out a new wave of raids late on Saturday on sites in Baghdad.",
            ["Baghdad"],
            id="a wave of raids on a named day is an event",
        ),
        pytest.param(
            "A wave of drone attacks has hit Kherson in recent weeks, officials said.",
            [],
            id="a wave with no day is a trend",
        ),
        pytest.param(
            "US jets struck depots on Tuesday that the militia used to attack ships "
            "in the Red Sea.",
            [],
            id="a purpose clause's place is not the scene",
        ),
    ],
)
def test_series_and_purpose(run_extract, text, places):
    incidents, _ = run_extract(text)
    assert [i.place.name for i in incidents if i.place.feature_type != "country"] == places


def test_a_later_paragraph_keeps_the_lead_day_until_another_day_is_named(run_extract):
    text = (
        "Russian missiles hit Kyiv late on Monday, officials said.\n\n"
        "Rescuers worked through the night at a damaged block.\n\n"
        "In Kherson, two people were killed when shells hit a market.\n\n"
        "On Tuesday, Ukrainian drones struck Moscow."
    )
    incidents, _ = run_extract(text)
    assert {i.place.name: i.event_date for i in incidents} == {
        "Kyiv": date(2024, 3, 4),
        "Kherson": date(2024, 3, 4),
        "Moscow": date(2024, 3, 5),
    }


def test_a_reference_to_the_attack_is_not_placed_where_its_claimant_speaks(run_extract):
    text = (
        "Houthi missiles hit a ship in the Red Sea on Tuesday.\n\n"
        "A Houthi spokesman claimed the attack in Sanaa, saying it was done "
        "for Palestinians in Jenin."
    )
    incidents, _ = run_extract(text)
    assert [i.place.name for i in incidents] == ["Red Sea"]


def test_a_part_of_an_area_frames_the_scene_the_named_town_is_the_location(run_extract):
    text = "In southern Gaza, Israeli troops battled militants in Rafah on Tuesday."
    incidents, _ = run_extract(text)
    assert [i.place.name for i in incidents] == ["Rafah"]


def test_parts_of_an_area_are_the_scene_when_nothing_else_is_named(run_extract):
    text = "Shells hit eastern Kherson and 11 people were killed in western Kherson on Tuesday."
    incidents, _ = run_extract(text)
    assert [i.place.name for i in incidents] == ["Kherson"]


def test_where_clause_places_its_event_and_dead_soldiers_mean_a_battle(run_extract):
    text = (
        "Russian troops made 29 attempts to advance near Kherson, "
        "where Ukrainian defenders killed 46 Russian soldiers on Tuesday."
    )
    incidents, _ = run_extract(text)
    (battle,) = incidents
    assert (battle.place.name, battle.event_type, battle.fatalities) == ("Kherson", "Battles", 46)
    assert (battle.actor1, battle.actor2) == ("Ukrainian forces", "Russian forces")


def test_a_cited_event_a_day_before_is_dated_from_the_one_told(run_extract):
    text = (
        "At least 37 people were killed when shells hit a market in Kherson on Saturday.\n\n"
        "The attack came a day after Russian warplanes bombed Kyiv, killing 11 civilians."
    )
    incidents, _ = run_extract(text, published=date(2024, 3, 4))
    assert {i.place.name: (i.event_date, i.fatalities) for i in incidents} == {
        "Kherson": (date(2024, 3, 2), 37),
        "Kyiv": (date(2024, 3, 1), 11),
    }


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Late on Sunday, a suicide bomber drove a car into a hotel gate in Mogadishu.",
            "Mogadishu",
        ),
        ("On Saturday, the troops advanced in Kherson and fought Russian units.", "Kherson"),
    ],
)
def test_bomber_and_shared_subject_clauses(run_extract, text, place):
    incidents, _ = run_extract(text)
    assert [i.place.name for i in incidents] == [place]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        pytest.param(
            "During the night of 2 March, gunmen stopped a car near Gao and abducted two nurses.",
            date(2024, 3, 2),
            id="the day number the model leaves out, and a verb sharing the subject",
        ),
        pytest.param(
            "The army said yesterday that its drones had struck positions in Kherson, "
            "which Russia has held since last December.",
            date(2024, 3, 5),
            id="the claim's day, not a relative clause's",
        ),
    ],
)
def test_dates_in_harder_sentences(run_extract, text, day):
    incidents, _ = run_extract(text)
    assert [i.event_date for i in incidents] == [day]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Militants beheaded two farmers near Gao on Monday.", "Violence against civilians"),
        ("Gunmen looted shops in Gao on Monday.", "Violence against civilians"),
        ("A skirmish broke out between militias in Gao on Monday.", "Battles"),
    ],
)
def test_more_ways_to_tell_violence(run_extract, text, event_type):
    incidents, _ = run_extract(text)
    assert [(i.place.name, i.event_type) for i in incidents] == [("Gao", event_type)]


@pytest.mark.parametrize(
    "text",
    [
        "In 2003, a horse in Gao was killed after being attacked.",
        "Ten years ago, a gunman entered a church in Gao and killed seven people.",
        "The offensive in Kherson has killed more than 1,600 civilians, rescuers said.",
        "A woman was killed on Monday in Gao when a neighbour accidentally hit her with his car.",
        "Police seized 1,248 bags of heroin and three guns in Gao on Monday.",
    ],
)
def test_not_news_of_violence(run_extract, text):
    incidents, _ = run_extract(text)
    assert incidents == []


def test_last_years_event_told_after_the_lead_is_background(run_extract):
    """tells_history with the news window past the lead: "In 2023, the same gang killed 20"."""
    incidents, _ = run_extract(
        "Gunmen attacked Gao on Thursday, killing 70 people, officials said. The attackers set "
        "fire to houses. Residents fled to the hills. Aid groups asked for access. In 2023, "
        "members of the same gang killed at least 20 people in Dnipro.",
        published=date(2024, 10, 5),
    )
    assert [(i.place.name, i.fatalities) for i in incidents] == [("Gao", 70)]


def test_distance_from_a_town_is_near_it(run_extract):
    text = "Gunmen killed 14 fishermen on Tuesday at a settlement about 10 km from Gao."
    incidents, _ = run_extract(text)
    assert [(i.place.name, i.fatalities, i.geo_precision) for i in incidents] == [("Gao", 14, 2)]


def test_a_separate_event_and_a_toll_for_the_event_just_told(run_extract):
    text = (
        "Russian shelling killed two civilians in Kyiv on Tuesday.\n\n"
        "On Wednesday, militants attacked a base in Kherson. Five soldiers were killed, "
        "sources said.\n\n"
        "Also on Wednesday, a roadside bomb hit a minibus a few kilometres before Kyiv, "
        "killing three passengers."
    )
    incidents, _ = run_extract(text, published=date(2024, 3, 7))
    got = sorted((i.place.name, str(i.event_date), i.fatalities) for i in incidents)
    assert got == [
        ("Kherson", "2024-03-06", 5),
        ("Kyiv", "2024-03-05", 2),
        ("Kyiv", "2024-03-06", 3),
    ]


def test_exchanged_fire_is_a_clash(run_extract):
    incidents, _ = run_extract("In Jenin, soldiers exchanged fire with gunmen on Monday.")
    assert [(i.place.name, i.event_type) for i in incidents] == [("Jenin", "Battles")]


def test_a_name_the_actor_registry_knows_is_the_group_not_a_namesake_town(geoparser, extractor):
    """GeoNames lists "Hamas" as an alias of a German town: the group is meant."""
    from samples import _place

    namesake = _place("t:HM", "Hamm", 51.68, 7.82, "town", "DE", aliases=("Hamas",))
    text = "Troops attacked Hamas in Gaza on Monday."
    parsed = geoparser.parse(Article(id="t", title="", text=text, published=date(2024, 3, 6)))
    start = text.index("Hamas")
    group = Mention("Hamas", start, start + 5, 0, "GPE", place=namesake, tokens=(2, 3))
    parsed = dataclasses.replace(parsed, mentions=(*parsed.mentions, group))
    incidents, mentions = extractor.extract(parsed)
    assert [i.place.name for i in incidents] == ["Gaza"]
    assert mentions[-1].role == "actor"


def test_attacks_repelled_near_several_places_are_one_incident_each(run_extract):
    incidents, _ = run_extract(
        "Our units repelled attacks near Kherson, Dnipro and Kyiv on Monday."
    )
    assert sorted((i.place.name, i.geo_precision) for i in incidents) == [
        ("Dnipro", 2), ("Kherson", 2), ("Kyiv", 2)
    ]  # fmt: skip


def test_an_event_told_only_in_a_quote_is_an_event(run_extract):
    incidents, _ = run_extract("'They attacked Gao at dawn on Monday,' a resident said.")
    assert [i.place.name for i in incidents] == ["Gao"]


def test_another_attack_is_where_the_last_one_was(run_extract):
    text = (
        "Insurgents fought government troops in Mogadishu on Friday, killing twelve people. "
        "Earlier, on Monday, two soldiers had died in another mortar attack on a clinic."
    )
    incidents, _ = run_extract(text)
    assert sorted((i.place.name, str(i.event_date), i.geo_precision) for i in incidents) == [
        ("Mogadishu", "2024-03-01", 1), ("Mogadishu", "2024-03-04", 2)
    ]  # fmt: skip


@pytest.mark.parametrize(
    "headline",
    [
        "8 dead after armed gunmen attack a video arcade in Kherson",  # a marked root
        "Death toll rises to 10 during simultaneous attacks in Kherson",  # a toll over its scene
        "Human losses in Kherson city after aerial bombardment targeted several areas in it",
        "Kherson: 7 dead, 4 wounded and 3 arrested",  # a heading's toll
        "Two die after being shot in Kherson",  # deaths joined to what they followed
        "Shot to death on the doorstep of his home in Kherson",
        "They continue to dump human remains in Kherson",
        "Kherson, Kherson Oblast: Cartel executes young man",  # the heading places its line
        "Violent Saturday night in Kherson\nkill 2 and wound another within an hour",  # a kicker
        "Fighting renews in Kherson between rival factions",  # fighting: a clash, however tagged
        "The fighting continues in several areas of Kherson",  # ... with its article
        "Soldiers burn homes in Kherson after an ambush by fighters",  # arson by armed men
        "Junta troops raze an entire village near Kherson",
        "Junta launches simultaneous air and ground attacks in northern Kherson",
        "The group carries out the 5th \u201cstoning\u201d in Kherson city",  # a strong noun
    ],
)
def test_headline_forms_report_their_event(run_extract, headline):
    incidents, _ = run_extract(headline, title=headline, published=date(2024, 3, 4))
    assert [i.place.name for i in incidents] == ["Kherson"]


def test_a_scene_with_no_toll_stays_background(run_extract):
    text = "The minister's visit came amid a wave of attacks in Kherson."
    incidents, _ = run_extract(text, published=date(2024, 3, 4))
    assert incidents == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param(
            "Nine were killed at a checkpoint outside Kherson, and four were killed in Kharkiv "
            "on Monday.",
            [("Kharkiv", 4), ("Kherson", 9)],
            id="told_apart-clauses",
        ),
        pytest.param(
            "Monitors reported the killing of two farmers by gunmen in Kherson on 2 March and "
            "the disappearance of a teacher in Kharkiv on 1 March.",
            [("Kharkiv", 0), ("Kherson", 2)],
            id="told_apart-nouns",
        ),
        # one subject, one event
        pytest.param(
            "Gunmen abducted and killed two traders in Kherson on Monday.",
            [("Kherson", 2)],
            id="told_apart-shared_subject",
        ),
    ],
)
def test_coordinated_events_each_keep_their_own_details(run_extract, text, found):
    incidents, _ = run_extract(text, published=date(2024, 3, 6))
    assert sorted((i.place.name, i.fatalities) for i in incidents) == found


def test_a_coordinated_clause_keeps_its_own_day(run_extract):
    text = (
        "Monitors reported the killing of a farmer by Russian forces in Kherson on 2 March "
        "and the disappearance of a teacher in Kharkiv on 1 March."
    )
    incidents, _ = run_extract(text, published=date(2024, 3, 6))
    by_place = {i.place.name: i for i in incidents}
    assert by_place["Kharkiv"].event_date == date(2024, 3, 1)
    assert by_place["Kherson"].event_date == date(2024, 3, 2)
    assert by_place["Kharkiv"].sub_event_type == "Abduction/forced disappearance"


def test_a_coordinated_clause_that_names_no_sides_has_the_first_ones(run_extract):
    text = (
        "Russian drones hit a school in Kherson on Monday, and two people were killed in Kharkiv."
    )
    incidents, _ = run_extract(text, published=date(2024, 3, 6))
    assert {(i.place.name, i.actor1, i.sub_event_type) for i in incidents} == {
        ("Kherson", "Russian forces", "Air/drone strike"),
        ("Kharkiv", "Russian forces", "Air/drone strike"),
    }


@pytest.mark.parametrize(
    ("later", "place"),
    [
        pytest.param("So far, 12 Ukrainian soldiers have died in the offensive.", "Kherson",
                     id="operation_place"),
        # an operation named in passing after the lead is not the story's
        pytest.param("Analysts recalled the assault on Kharkiv in 2022. Eight Ukrainian soldiers "
                     "died in the offensive.", "Kherson", id="operation_place-the_leads"),
    ],
)  # fmt: skip
def test_the_offensive_is_the_operation_the_story_leads_with(run_extract, later, place):
    text = (
        "The general said the battle for Kherson would be long.\n\n"
        f"Reinforcements were sent to the south on Monday. {later}"
    )
    incidents, _ = run_extract(text, published=date(2024, 3, 6))
    assert [(i.place.name, i.event_type) for i in incidents] == [(place, "Battles")]


def test_a_place_nouns_phrase_after_by_is_where_not_who(run_extract):
    """agent: "killed by bombardment targeted … areas of X" (a headline's English) is in X."""
    incidents, _ = run_extract(
        "12 killed by aerial bombardment targeted rebels controlled areas of Kherson"
    )
    assert [(i.place.name, i.fatalities) for i in incidents] == [("Kherson", 12)]


def test_the_means_of_a_cited_event_are_not_the_main_events(run_extract):
    """ "Israeli strikes on a camp in Rafah killed 45, hours after Hamas fired rockets": strikes."""
    incidents, _ = run_extract(
        "Israeli strikes on a tent camp in Rafah killed at least 45 people on Sunday, hours "
        "after Hamas fired rockets at Jenin."
    )
    assert {i.place.name: i.sub_event_type for i in incidents}["Rafah"] == "Air/drone strike"


def test_a_communiques_operation_places_its_kills(run_extract):
    """An operation "in the general area of X", then "during the conduct of operation" (no
    article) and "sent to hell": a military press release's killing, at the operation's place."""
    incidents, _ = run_extract(
        "Security forces conducted an operation in the general area of Kherson on Monday. "
        "During the conduct of operation, troops engaged the hideout and four fighters were "
        "sent to hell."
    )
    assert [(i.place.name, i.event_type, i.fatalities) for i in incidents] == [
        ("Kherson", "Battles", 4)
    ]


@pytest.mark.parametrize(
    ("published", "kept"),
    [(date(2024, 3, 6), True), (date(2025, 3, 6), False)],
    ids=["_history-a_reports_lead", "_history-over_a_year"],
)
def test_a_reports_lead_event_is_news_up_to_a_year_back(run_extract, published, kept):
    """A rights group's report tells an event weeks old; its lead is the news all the same."""
    text = "On January 3, 2024, soldiers executed 12 villagers in Gao, a rights group said."
    incidents, _ = run_extract(text, published=published)
    assert [i.place.name for i in incidents] == (["Gao"] if kept else [])


def test_the_event_placed_again_more_finely_moves_there(run_extract):
    """Told in a country, then "the attack happened in" an area of it: one event, in the area."""
    incidents, _ = run_extract(
        "A suicide bomber blew himself up at an army post in eastern Syria on Tuesday, killing "
        "nine soldiers. The attack happened at a checkpoint in Deir Al Zor province, an "
        "officer said."
    )
    assert [(i.place.name, i.fatalities) for i in incidents] == [("Deir ez-Zor Governorate", 9)]


def test_an_event_never_has_one_actor_on_both_sides(run_extract):
    """One trigger names the RSF as the target, the next as the killer: one side only."""
    incidents, _ = run_extract(
        "Clashes with the RSF erupted in El Fasher on Monday, killing 12 civilians."
    )
    assert len(incidents) == 1
    assert incidents[0].actor1 != incidents[0].actor2


def test_an_unknown_village_in_a_named_town_is_placed_near_the_town(run_extract):
    """ "at Zoquitla village in Gao district": the village is unknown, the town stands in."""
    incidents, _ = run_extract(
        "Assailants hacked a farmer to death at Zoquitla village in Gao district on Monday."
    )
    assert [(i.place.name, i.geo_precision) for i in incidents] == [("Gao", 2)]


@pytest.mark.parametrize(
    ("camp", "place"),
    [("the Kharkiv camp", "Kharkiv"), ("the Zoquitla camp", "Kyiv")],
    ids=["after_named_place-a_named_camp", "_containers_stand_in-a_landmark"],
)
def test_a_landmark_after_a_named_settlement_places_only_an_unknown_one(run_extract, camp, place):
    """ "the Zamzam camp south of El Fasher": the camp is the scene; its landmark stands in
    only when the gazetteer lacks the camp."""
    incidents, _ = run_extract(f"Rebels shelled {camp} north of Kyiv on Monday, killing ten.")
    assert [i.place.name for i in incidents] == [place]


_LANDMARK_DISTRICT = "A drone hit a car in the {} district west of Kyiv on Monday, killing two."
_LANDMARK_TOWN = "Soldiers killed two civilians in {}, a town about 30 km south of Kyiv, on Monday."


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (_LANDMARK_DISTRICT.format("Kharkiv"), "Kharkiv"),
        (_LANDMARK_DISTRICT.format("Zoquitla"), "Kyiv"),
        (_LANDMARK_TOWN.format("Kharkiv"), "Kharkiv"),
        (_LANDMARK_TOWN.format("Zoquitaw"), "30 km south of Kyiv"),
        (
            "A drone hit a car in the Kharkiv district, west of Kyiv, on Monday, killing two.",
            "Kharkiv",
        ),  # fmt: skip
    ],
    ids=[
        "_landmarks_step_aside-a_known_district",
        "_containers_stand_in-an_unknown_district",
        "_landmarks_step_aside-a_town_in_apposition",
        "_landmarks_step_aside-an_unknown_town_keeps_the_offset",
        "_landmarks_step_aside-a_comma_after_the_area_word",
    ],
)
def test_a_town_a_named_place_lies_off_is_its_landmark(run_extract, text, place):
    """ "in the Sinjar district west of Mosul", "in Merawi, a town 30 km south of Bahir Dar": the
    named place is the scene; the town it lies off stands in only when the gazetteer lacks it."""
    incidents, _ = run_extract(text)
    assert [(i.place.name, i.fatalities) for i in incidents] == [(place, 2)]


@pytest.mark.parametrize(
    ("where", "places"),
    [
        ("in Tulkarm, Jenin district,", [("Tulkarm", 9)]),
        ("in Tulkarm, in the district of Jenin,", [("Tulkarm", 9)]),
        ("in Tulkarm and Jenin", [("Jenin", 4), ("Tulkarm", 5)]),
    ],
    ids=[
        "_areas_hold_their_town-after_a_comma",
        "_areas_hold_their_town-its_word_before_it",
        "_areas_hold_their_town-two_towns",
    ],
)
def test_an_area_named_with_its_word_after_a_town_holds_it(run_extract, where, places):
    """ "killed by rebels in Eringeti, Beni territory": one scene, the town, with the whole toll."""
    incidents, _ = run_extract(f"Gunmen killed nine villagers {where} on Sunday.")
    assert sorted((i.place.name, i.fatalities) for i in incidents) == places


@pytest.mark.parametrize(
    ("where", "scene"),
    [
        pytest.param(
            "in Tulkarm city in the western countryside of Jenin",
            "Tulkarm",
            id="_told_holders_step_aside-countryside",
        ),
        # a guard: the parser alone often reads an apposition's holder as context already
        pytest.param(
            "in Antonivka, a suburb of Kherson,", "Antonivka", id="_told_holders_step_aside-suburb"
        ),
    ],
)
def test_a_town_told_to_hold_a_known_town_is_no_second_scene(
    nlp, extractor, article_factory, where, scene
):
    """ "in Jasim city in the northern countryside of Daraa", "in Antonivka, a suburb of
    Kherson": one scene, the town, with the whole toll; the holder only says where it lies."""
    from geomap.geoparse import Geoparser

    from samples import ALL_PLACES, StubGazetteer, _place

    suburb = _place("t:ant", "Antonivka", 46.68, 32.70, "town", "UA", "Kherson Oblast")
    geoparser = Geoparser(StubGazetteer([*ALL_PLACES, suburb]), nlp=nlp)
    text = f"Gunmen killed nine villagers {where} on Sunday."
    incidents, _ = extractor.extract(geoparser.parse(article_factory(text)))
    assert [(i.place.name, i.fatalities) for i in incidents] == [(scene, 9)]


@pytest.mark.parametrize(
    "tail",
    [
        pytest.param(" in central Ukraine", id="_offset_heads-the_landmark_s_area"),
    ],
)
def test_a_town_told_off_a_landmark_is_the_scene_from_a_relative_clause(run_extract, tail):
    """ "killed villagers who were digging trenches outside Barsalogho, some 40 km north of
    Kaya": the parser leaves the town in the relative clause; the landmark only locates it."""
    incidents, _ = run_extract(
        "Militants killed dozens of farmers and guards who were building earth barriers on the "
        f"outskirts of the town of Kharkiv, some 40 km north of Kyiv{tail}, on Saturday."
    )
    assert [i.place.name for i in incidents] == ["Kharkiv"]


def test_the_west_of_a_town_is_the_town(run_extract):
    """A bearing with its own article is a part of the town, not a landmark: _located_noun."""
    incidents, _ = run_extract("A drone hit a car in the west of Kyiv on Monday, killing two.")
    assert [(i.place.name, i.geo_precision) for i in incidents] == [("Kyiv", 1)]


def test_a_cited_event_takes_neither_the_means_nor_the_sides_of_the_clause_it_answers(run_extract):
    incidents, _ = run_extract(
        "Russian jets struck Kharkiv on Monday in response to rocket attacks that killed two "
        "people in Kherson."
    )
    actors = {i.place.name: i.actor1 for i in incidents}
    assert actors["Kharkiv"] == "Russian forces"
    assert actors.get("Kherson", "") != "Russian forces"


def test_the_storys_air_force_strikes_no_one_of_its_own(run_extract):
    """story_forces lends an unnamed strike the story's one air force, never onto that force."""
    incidents, _ = run_extract(
        "Russian jets struck Kharkiv on Monday, killing two civilians. On Tuesday, an air "
        "strike on a base in Kherson killed four Russian soldiers."
    )
    sides = {i.place.name: (i.actor1, i.actor2) for i in incidents}
    assert sides["Kharkiv"][0] == "Russian forces"
    assert sides["Kherson"][1] == "Russian forces"
    assert sides["Kherson"][0] != "Russian forces"


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("A drone strike in Kharkiv on Monday killed commander Ivan Zoquitenko. Two women also "
         "died when the building collapsed in Kharkiv.", 3),
        ("Suicide bombers struck a wedding in Kharkiv on Saturday, killing 18 people. The first "
         "bomber blew herself up at 3 p.m. By Sunday, the toll had risen to 32, an official said.",
         32),
    ],
    ids=["more_dead-of_another_kind", "raise_toll-told_again_higher"],
)  # fmt: skip
def test_a_later_sentence_adds_to_the_toll_of_the_event_just_told(run_extract, text, toll):
    """ "Two women also died when …" adds to the strike; "the toll had risen to 32" raises it."""
    incidents, _ = run_extract(text)
    assert [(i.place.name, i.fatalities) for i in incidents] == [("Kharkiv", toll)]


def test_a_chain_of_verbs_shares_its_first_verbs_place_and_day(run_extract):
    """clause_anchors through conjuncts: "stopped buses in X on Monday, checked IDs and shot 23"."""
    incidents, _ = run_extract(
        "Gunmen stopped trucks and buses on a highway near Kherson on Monday, checked the "
        "passengers' papers and shot dead 23 people, police said."
    )
    assert [(i.place.name, i.event_date, i.fatalities) for i in incidents] == [
        ("Kherson", date(2024, 3, 4), 23)
    ]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("KYIV: Russian drones struck Kharkiv on Monday, killing two.", ["Kharkiv"]),
        ("KHARKIV: Russian drones killed two people on Monday.", ["Kharkiv"]),
    ],
    ids=["_colon_leads_step_aside-a_scene_named", "_colon_leads_step_aside-alone_the_topic"],
)
def test_a_place_before_a_colon_is_the_dateline_of_a_paragraph_naming_a_scene(
    run_extract, text, places
):
    incidents, _ = run_extract(text)
    assert [(i.place.name, i.fatalities) for i in incidents] == [(p, 2) for p in places]


def test_a_river_tells_no_storys_home(run_extract):
    """'the Euphrates' is filed under one country but crosses into others: no home army."""
    incidents, _ = run_extract(
        "Along the Euphrates, a roadside bomb killed six soldiers near Kharkiv on Monday."
    )
    assert [(i.place.name, i.actor2) for i in incidents] == [("Kharkiv", "Ukrainian forces")]
