"""When two drafts are one event: containment by outline, tolls without an event type."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from geomap.incidents.drafts import Draft
from geomap.incidents.merge import elided_sides, same_event
from geomap.incidents.offsets import offset_place

from samples import HODEIDAH, JENIN, KHERSON, RED_SEA, RED_SEA_OUTLINE, _place

KHERSON_OBLAST = _place(
    "t:kherson", "Kherson Oblast", 46.64, 32.61, "admin1", "UA", "Kherson Oblast"
)


def _draft(place, event_type="Explosions/Remote violence", trigger="struck", **fields):
    return Draft(
        event_type=event_type,
        sub_event_type="",
        sentence=0,
        note="",
        place=place,
        event_date=date(2024, 1, 23),
        trigger=trigger,
        **fields,
    )


@pytest.mark.parametrize(
    "trigger,event_type,same",
    [
        ("killed", "Violence against civilians", True),  # the toll of the strike told before
        ("attacked", "Violence against civilians", False),  # another kind of event
        ("clashed", "Battles", True),
    ],
)
def test_a_toll_sentence_joins_the_event_at_its_place(trigger, event_type, same):
    strike = _draft(JENIN)
    assert same_event(strike, _draft(JENIN, event_type, trigger)) is same


def test_a_country_level_event_folds_into_a_placed_one_of_its_day():
    from geomap.incidents.merge import Filing

    from samples import BAGHDAD, IRAQ, KHARKIV

    filing = Filing()
    vague = dataclasses.replace(_draft(IRAQ), fatalities=72)
    placed = _draft(BAGHDAD)
    elsewhere = dataclasses.replace(_draft(IRAQ), event_date=date(2024, 1, 20))
    other_country = _draft(KHARKIV)
    filing.drafts.extend([vague, placed, elsewhere, other_country])
    filing.fold_vague()
    assert filing.drafts == [placed, elsewhere, other_country]
    assert placed.fatalities == 72


@pytest.mark.parametrize(("parts", "toll"), [(1, 5), (2, None)], ids=["one-part", "a-sum"])
def test_an_undated_country_level_toll_folds_into_the_events_of_the_days_before(parts, toll):
    """ "Attacks killed five across Iraq over the past day", then each attack."""
    from geomap.incidents.merge import Filing

    from samples import BAGHDAD, IRAQ

    filing = Filing()
    vague = dataclasses.replace(_draft(IRAQ, actor1="Islamic State"), event_date=None, fatalities=5)
    placed = [dataclasses.replace(_draft(BAGHDAD), sentence=n) for n in range(1, parts + 1)]
    filing.drafts.extend([vague, *placed])
    filing.fold_vague(date(2024, 1, 24))
    assert filing.drafts == placed
    assert (placed[0].fatalities, placed[0].actor1) == (toll, "Islamic State")


@pytest.mark.parametrize(
    ("precision", "day", "folds"),
    [(2, date(2024, 1, 20), True), (2, date(2024, 1, 12), False), (3, date(2024, 1, 3), True)],
    ids=["last-week", "weeks-apart", "this-month"],
)
def test_a_vaguely_dated_country_level_event_folds_into_one_of_its_period(precision, day, folds):
    from geomap.incidents.merge import Filing

    from samples import BAGHDAD, IRAQ

    filing = Filing()
    vague = dataclasses.replace(_draft(IRAQ), event_date=day, date_precision=precision)
    placed = _draft(BAGHDAD)
    filing.drafts.extend([vague, placed])
    filing.fold_vague()
    assert (vague not in filing.drafts) is folds


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        pytest.param(dict(actor1="US forces"), dict(actor1="British forces", event_type="Battles"),
                     False, id="no-side-in-common"),
        pytest.param(dict(actor1="US forces"), dict(actor1="Hamas", actor2="US forces"), True,
                     id="the-same-clash-told-from-the-other-side"),
        pytest.param(dict(fatalities=75, event_type="Battles"), dict(fatalities=2), False,
                     id="two-tolls-of-two-kinds"),
        pytest.param(dict(fatalities=3, event_type="Battles", shared_toll=True), dict(fatalities=2),
                     True, id="a-lead-told-for-several-places"),
        pytest.param(dict(fatalities=5), dict(fatalities=7), True, id="a-toll-that-rose"),
    ],
)  # fmt: skip
def test_two_events_at_one_place_and_day(first, second, same):
    assert same_event(_draft(JENIN, **first), _draft(JENIN, **second)) is same


@pytest.mark.parametrize(
    ("own", "taken"),
    [
        pytest.param("", "Hamas", id="elided_sides"),
        pytest.param("Unidentified armed group", "Hamas", id="elided_sides-unidentified"),
        pytest.param("Police forces", "Police forces", id="elided_sides-its_own"),
    ],
)
def test_a_coordinated_clause_takes_the_first_ones_sides_only_when_it_names_none(own, taken):
    first = Draft("Battles", "Armed clash", 0, "", actor1="Hamas", actor2="IDF")
    apart = Draft("Violence against civilians", "Attack", 0, "", actor1=own)
    elided_sides(apart, first)
    assert apart.actor1 == taken
    assert (apart.event_type == "Battles") is (taken == "Hamas")


@pytest.mark.parametrize(
    ("second_actor", "merged"),
    [("JNIM", True), ("Hamas", False)],
    ids=["the-leads-event-placed", "another-actors-event"],
)
def test_the_leads_unplaced_event_joins_the_first_event_placed(second_actor, merged):
    from geomap.incidents.merge import Filing

    from samples import KHARKIV

    filing = Filing()
    lead = Draft("Violence against civilians", "Attack", 1, "", fatalities=4, actor1="JNIM")
    filing.file(lead)  # "A gunman opened fire on a bus, killing four." (no place, no day)
    placed = dataclasses.replace(_draft(KHARKIV, actor1=second_actor), sentence=6)
    filing.file(placed)  # "When the bus reached Kharkiv he shot the driver."
    assert (placed.fatalities == 4) is merged
    assert filing.lead == []


def test_two_events_of_one_sentence_with_their_own_places_stay_apart():
    """ "Jets struck X in response to rocket attacks that killed two in Y", Y inside X's area."""
    from geomap.incidents.merge import Filing

    area = dataclasses.replace(RED_SEA, geometry=RED_SEA_OUTLINE)
    ship = offset_place(HODEIDAH, "about 68 nautical miles southwest of ")
    filing = Filing()
    filing.file(_draft(area))
    filing.file(_draft(ship, trigger="attacks", fatalities=2))
    assert [(d.place, d.fatalities) for d in filing.drafts] == [(area, None), (ship, 2)]


@pytest.mark.parametrize(
    ("second", "day"),
    [
        ("The attack took place on Saturday night, residents said.", date(2024, 3, 2)),
        ("On Saturday, an attack killed three soldiers near the border.", date(2024, 3, 6)),
        ("The attack happened on Saturday when men on motorbikes opened fire.", date(2024, 3, 2)),
    ],
    ids=["_dated-refers", "_dated-another_event", "_dated-told_when"],
)
def test_a_day_told_for_the_event_just_told_dates_it(run_extract, second, day):
    # published Wednesday 2024-03-06; the first sentence tells no day of its own
    incidents, _ = run_extract(f"Gunmen killed five villagers in Gao, officials said. {second}")
    assert [(i.place.name, i.event_date) for i in incidents] == [("Gao", day)]


@pytest.mark.parametrize(
    ("first", "day"),
    [
        ("Gunmen killed five villagers in Gao, officials said on Tuesday.", date(2024, 3, 2)),
        ("Gunmen killed five villagers in Gao on Monday, officials said.", date(2024, 3, 4)),
    ],
    ids=["dated_by_report-the_day_it_was_told", "dated_by_report-a_day_of_its_own"],
)
def test_a_reference_names_the_day_a_report_only_bounded(run_extract, first, day):
    # published Wednesday 2024-03-06
    incidents, _ = run_extract(f"{first} The attack took place on Saturday night.")
    assert [(i.place.name, i.event_date) for i in incidents] == [("Gao", day)]


@pytest.mark.parametrize(
    ("text", "place", "fatalities", "actor1"),
    [
        (
            "Gunmen attacked a village near Gao, killing 25 people, residents said. "
            "JNIM fighters stormed the village of Tinzaw early on Monday.",
            "Gao",
            25,
            "JNIM",
        ),
        (
            "Suspected jihadists killed 23 soldiers in an ambush, the army said on Tuesday. "
            "The attack took place in Deir Al Zor province, near the town of Quraya, on Monday.",
            "Deir ez-Zor Governorate",
            23,
            "Unidentified armed group",  # "" never replaces an unidentified group
        ),
    ],
    ids=["_goes_on", "follows_attack-lead_waits_for_its_place"],
)
def test_the_next_sentence_goes_on_with_the_lead(run_extract, text, place, fatalities, actor1):
    """The lead's event, then its day (and attackers, or place) in the next sentence."""
    incidents, _ = run_extract(text)
    assert [(i.place.name, i.event_date, i.fatalities) for i in incidents] == [
        (place, date(2024, 3, 4), fatalities)
    ]
    assert incidents[0].actor1.startswith(actor1)


@pytest.mark.parametrize(
    ("text", "place", "actor1", "event_type"),
    [
        (
            "Insurgents beheaded four Christians in an attack in Deir Al Zor province on Monday. "
            "The Islamic State group claimed the raid on Deir ez-Zor in a statement.",
            "Deir ez-Zor",
            "Islamic State",
            "Violence against civilians",
        ),
        (
            "Gunmen killed 15 villagers in Deir ez-Zor on Monday, residents said. "
            "The gunmen stormed the villages on motorcycles on Monday.",
            "Deir ez-Zor",
            "Unidentified armed group",
            "Violence against civilians",
        ),
        (
            "Gunmen attacked a prison in Syria on Monday, killing 12 people, officials said. "
            "The assault on the central prison in Deir ez-Zor came after days of unrest.",
            "Deir ez-Zor",
            "Unidentified armed group",
            "Violence against civilians",
        ),
    ],
    ids=["_other_actors-unidentified_named_later", "_one_sided", "told_with_its_place"],
)
def test_a_later_sentence_tells_more_of_the_same_attack(
    run_extract, text, place, actor1, event_type
):
    """One attack, told first vaguely, then with its group, its storming or its own place."""
    incidents, _ = run_extract(text)
    assert [(i.place.name, i.event_date, i.event_type) for i in incidents] == [
        (place, date(2024, 3, 4), event_type)
    ]
    assert incidents[0].actor1.startswith(actor1)


@pytest.mark.parametrize(
    ("second", "found"),
    [
        pytest.param("Hours later, a guard was shot dead in Kharkiv.", [("Kharkiv", 1)],
                     id="told_elsewhere-each_its_own_toll"),
        pytest.param("The raid took place in Kharkiv, police said.", [("Kharkiv", 4)],
                     id="told_elsewhere-the_raid_placed"),
    ],
)  # fmt: skip
def test_an_unplaced_event_joins_only_the_event_it_refers_to(run_extract, second, found):
    """An event whose place is untold is not any later event of its day, elsewhere."""
    text = f"Four people were killed in a police raid on Monday morning. {second}"
    incidents, _ = run_extract(text)
    assert [(i.place.name, i.fatalities) for i in incidents] == found


@pytest.mark.parametrize(
    ("place", "toll"),
    [
        pytest.param(KHERSON, None, id="told_elsewhere-unknown_scene_is_not_this_town"),
        pytest.param(KHERSON_OBLAST, 3, id="told_elsewhere-unknown_scene_in_this_province"),
    ],
)
def test_an_event_at_a_place_the_map_lacks_stays_there(place, toll):
    """ "Jets bombed the village of Xq, killing three. Troops shelled Y": Xq may be in Y's area."""
    from geomap.incidents.merge import Filing

    filing = Filing()
    filing.file(dataclasses.replace(_draft(place), trigger="shelled"))
    bombed = dataclasses.replace(_draft(None), sentence=1, fatalities=3, unknown_scene=True)
    filing.file(bombed)
    assert [(d.place, d.fatalities) for d in filing.drafts] == [(place, toll)]


@pytest.mark.parametrize(
    ("first", "toll"),
    [
        pytest.param("Jets bombed the village of Zlotnya", None, id="unknown_scene-a_name"),
        pytest.param("Jets bombed Kherson", 3, id="unknown_scene-the_same_town"),
    ],
)
def test_an_event_at_a_scene_the_map_lacks_is_not_the_next_towns(run_extract, first, toll):
    text = f"{first} on Sunday, killing three people. Russian troops shelled Kherson on Sunday."
    incidents, _ = run_extract(text)
    assert [(i.place.name, i.fatalities) for i in incidents] == [("Kherson", toll)]


@pytest.mark.parametrize(
    ("body_place", "body_toll", "folded"),
    [("kyiv", 4, True), ("kyiv", 2, False), ("gao", 4, False)],
    ids=[
        "headline_told_again",
        "headline_told_again-fewer_dead_is_another_event",
        "headline_told_again-another_country",
    ],
)
def test_the_bodys_first_event_of_the_headlines_kind_is_the_headlines(
    body_place, body_toll, folded
):
    """The headline ("Four killed in Kharkiv blast") names no day; the body tells it, dated."""
    from geomap.incidents.merge import Filing

    from samples import GAO, KHARKIV, KYIV

    headline = dataclasses.replace(
        _draft(KHARKIV), event_date=None, fatalities=4, headline=True, actor1="Russian forces"
    )
    body = dataclasses.replace(
        _draft({"kyiv": KYIV, "gao": GAO}[body_place]), fatalities=body_toll, sentence=1
    )
    filing = Filing()
    filing.file(headline)
    filing.file(body)
    assert filing.drafts == ([body] if folded else [headline, body])
    assert (body.actor1 == "Russian forces") is folded  # the headline's actor fills the gap


def test_a_reference_naming_a_side_of_the_event_in_either_role_goes_on_with_it():
    """ "Al-Shabaab attacked the base. Soldiers repulsed them, killing 17": one battle."""
    from geomap.incidents.merge import Filing

    attack = dataclasses.replace(
        _draft(KHERSON, "Battles", "attacked"), actor1="Al-Shabaab", actor2="Somali armed forces"
    )
    repulsed = Draft("Battles", "Armed clash", 1, "Soldiers repulsed them, killing 17.",
                     actor1="Somali armed forces", actor2="Unidentified armed group",
                     fatalities=17, trigger="killing")  # fmt: skip
    elsewhere = Draft("Battles", "Armed clash", 2, "Rebels killed two herders.",
                      actor1="FARC dissidents", actor2="Civilians", fatalities=2)  # fmt: skip
    filing = Filing()
    for draft in (attack, repulsed, elsewhere):
        filing.file(draft)
    assert filing.drafts == [attack]
    assert attack.fatalities == 17  # the other sides' event is not this one's


def test_a_reference_whose_sentence_names_an_unknown_scene_happened_there():
    """ "The army later killed four fighters in X" (X unknown): not the checkpoint attack's dead."""
    from geomap.incidents.merge import Filing

    attack = dataclasses.replace(_draft(KHERSON, "Battles", "killed"), fatalities=2)
    later = Draft("Battles", "Armed clash", 1, "The army later killed four fighters in X.",
                  actor1="Ukrainian forces", fatalities=4, unknown_scene=True)  # fmt: skip
    filing = Filing()
    filing.file(attack)
    filing.file(later)
    assert (filing.drafts, attack.fatalities) == ([attack], 2)
