from datetime import date

import pytest

from geomap.incidents.what import find_triggers
from geomap.incidents.when import (
    CARRIED_DATE,
    OWN_DATE,
    DateContext,
    days_named,
    resolve_date,
    tells_history,
)

WEDNESDAY = date(2022, 8, 24)


@pytest.mark.parametrize(
    ("phrase", "published", "expected"),
    [
        ("Tuesday", WEDNESDAY, (date(2022, 8, 23), 1)),
        ("Sunday", WEDNESDAY, (date(2022, 8, 21), 1)),
        ("Wednesday", WEDNESDAY, (date(2022, 8, 24), 1)),
        ("last Wednesday", WEDNESDAY, (date(2022, 8, 17), 1)),
        ("Friday", date(2024, 3, 4), (date(2024, 3, 1), 1)),  # across a month boundary
        ("Saturday", date(2023, 1, 2), (date(2022, 12, 31), 1)),  # across a year boundary
        ("August 15", WEDNESDAY, (date(2022, 8, 15), 1)),
        ("15 August", WEDNESDAY, (date(2022, 8, 15), 1)),
        ("December 30", date(2023, 1, 2), (date(2022, 12, 30), 1)),
        ("March 10, 2019", WEDNESDAY, (date(2019, 3, 10), 1)),
        ("yesterday", WEDNESDAY, (date(2022, 8, 23), 1)),
        ("overnight", WEDNESDAY, (date(2022, 8, 23), 1)),
        ("today", WEDNESDAY, (WEDNESDAY, 1)),
        ("last week", WEDNESDAY, (date(2022, 8, 17), 2)),
        ("two days ago", WEDNESDAY, (date(2022, 8, 22), 1)),
        ("three weeks ago", WEDNESDAY, (date(2022, 8, 3), 2)),
        ("a few days ago", WEDNESDAY, (date(2022, 8, 21), 2)),
        ("earlier this month", WEDNESDAY, (date(2022, 8, 1), 3)),
        ("last month", WEDNESDAY, (date(2022, 7, 1), 3)),
        ("last June", WEDNESDAY, (date(2022, 6, 1), 3)),
        ("on August 20 last year", WEDNESDAY, (date(2021, 8, 20), 1)),  # not four days ago
        ("23/08/2022", WEDNESDAY, (date(2022, 8, 23), 1)),  # a bulletin's date in figures
        ("8/23/2022", WEDNESDAY, (date(2022, 8, 23), 1)),  # month first when only that reads
        ("08.04.2022", WEDNESDAY, (date(2022, 8, 4), 1)),  # the reading nearest before
        ("in May last year", WEDNESDAY, (date(2021, 5, 1), 3)),
        pytest.param("2022-08-04", WEDNESDAY, (date(2022, 8, 4), 1), id="in_figures-iso"),
        pytest.param("Palm Sunday", WEDNESDAY, None, id="feast_day"),
        pytest.param("the 3rd", WEDNESDAY, (date(2022, 8, 3), 1), id="short_date"),
        pytest.param("the 28th", WEDNESDAY, (date(2022, 7, 28), 1), id="short_date-last_month"),
        pytest.param("14/08", WEDNESDAY, (date(2022, 8, 14), 1), id="short_date-figures"),
        pytest.param("14.08", WEDNESDAY, (date(2022, 8, 14), 1), id="short_date-dotted"),
        pytest.param("3.5", WEDNESDAY, None, id="short_date-not_near"),
        pytest.param("Good Friday", WEDNESDAY, None, id="feast_day-good_friday"),
        ("August 15", None, None),
        ("March 10, 2019", None, (date(2019, 3, 10), 1)),
        ("the time", WEDNESDAY, None),
    ],
)
def test_resolve_date(phrase, published, expected):
    assert resolve_date(phrase, published) == expected


@pytest.mark.parametrize(
    "text,old",
    [
        ("The insurgency, which began in 2009, has killed more than 40,000 people.", True),
        ("short of the attack on Kramatorsk in April 2022, which killed 60", True),
        ("the RSF, which has held the city since last December", False),
        ("fighting that began in 2024 has killed thousands", False),  # a bare year: its last day
        ("in May 2024, before the rains", False),
        ("in December 2023, before the rains", True),
        ("five people were killed on Monday", False),
    ],
)
def test_tells_history(text, old):
    assert tells_history(text, date(2025, 4, 10)) is old


def test_tells_history_needs_a_publication_date():
    assert tells_history("in 1994", None) is False


@pytest.mark.parametrize(
    ("phrase", "published", "expected"),
    [
        ("over the weekend", date(2024, 11, 18), (date(2024, 11, 16), 2)),
        ("at the weekend", date(2024, 11, 20), (date(2024, 11, 16), 2)),
        ("last weekend", date(2024, 11, 23), (date(2024, 11, 16), 2)),
        ("the weekend", date(2024, 11, 18), (date(2024, 11, 16), 2)),  # the tag leaves "over" out
    ],
)
def test_weekend_is_the_last_saturday_within_a_week(phrase, published, expected):
    assert resolve_date(phrase, published) == expected


# --- The rules that decide an event's day --------------------------------------


# Published on Wednesday 6 March 2024.
PUBLISHED = date(2024, 3, 6)


def _context(parse, text, previous=None, cited=False, located=True, story_day=None):
    doc = parse(text)
    sentences = list(doc.sents)
    sentence = sentences[-1]
    group = tuple(find_triggers(sentence))
    return DateContext(
        group=group, sentence=sentence, number=len(sentences) - 1, published=PUBLISHED,
        others=frozenset(), sentence_texts=tuple(s.text for s in sentences),
        previous_date=previous, previous_sentence=0, cited=cited, located=located,
        story_day=story_day,
    )  # fmt: skip


MONDAY = (date(2024, 3, 4), 1)
DAY_CASES = [
    pytest.param(OWN_DATE, "On Sunday, gunmen stormed the village and killed six.", None, False,
                 True, date(2024, 3, 3), id="stated_for_trigger"),
    pytest.param(OWN_DATE, "Shelling hit the town.\nThe attack came a day after warplanes "
                 "bombed the airport.", MONDAY, True, True, date(2024, 3, 3),
                 id="days_from_cited"),
    pytest.param(CARRIED_DATE, "Shelling hit the town.\nHours later, a second blast hit the "
                 "market.", MONDAY, False, True, date(2024, 3, 4), id="relative_to_previous"),
    pytest.param(CARRIED_DATE, "Shelling hit the town.\nNine days later, missiles hit the "
                 "market.", (date(2024, 2, 20), 1), False, True, date(2024, 2, 29),
                 id="days_later"),
    pytest.param(CARRIED_DATE, "Shelling hit the town.\nTwo weeks earlier, missiles hit the "
                 "market.", MONDAY, False, True, date(2024, 2, 19), id="days_later-weeks_earlier"),
    pytest.param(CARRIED_DATE, "Shelling hit the town.\nThe victims were killed in the "
                 "market, officials said.", MONDAY, False, True, date(2024, 3, 4),
                 id="lead_day_continues"),
    pytest.param(CARRIED_DATE, "Shelling hit the town.\nOn Friday a market was struck.\n"
                 "The victims were killed in the market.", MONDAY, False, True, None,
                 id="lead_day_continues-another-day-named"),
    pytest.param(CARRIED_DATE, "Gunmen killed three farmers in the village, police said on "
                 "Tuesday.", None, False, True, date(2024, 3, 5), id="day_of_report"),
    pytest.param(CARRIED_DATE, "A man was murdered, his family denounced on Sunday.", None, False,
                 False, None, id="day_of_report-unplaced_waits_for_its_place"),
]  # fmt: skip


@pytest.mark.parametrize(("rules", "text", "previous", "cited", "located", "day"), DAY_CASES)
def test_event_date_rule(request, parse, rules, text, previous, cited, located, day):
    answer = rules.why(_context(parse, text, previous, cited, located))
    if day is None:
        assert answer is None
    else:
        assert answer[0] == request.node.callspec.id.split("-")[0]
        assert answer[1][0] == day


@pytest.mark.parametrize(
    ("text", "located", "day"),
    [
        pytest.param("Gunfire was heard across the city.", True, date(2024, 3, 3), id="story_day"),
        pytest.param("Gunfire was heard.", False, None, id="story_day-no-place"),
    ],
)
def test_story_day(request, parse, text, located, day):
    sunday = (date(2024, 3, 3), 1)
    answer = CARRIED_DATE.why(_context(parse, text, located=located, story_day=sunday))
    assert (answer[0], answer[1][0]) == ("story_day", day) if day else answer is None


def test_days_named_takes_the_last_day_of_a_sentence(parse):
    doc = parse("Rebels entered the city on Saturday and took the airport on Sunday.")
    assert days_named(doc.ents, PUBLISHED) == (date(2024, 3, 3), 1)


def test_days_named_skips_the_start_of_a_period(parse):
    doc = parse("The minister says 35 soldiers have been killed since March 1.")
    assert days_named(doc.ents, PUBLISHED) is None


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ('The spokesman said, "The woman who was blown up there today was known."', None),
        ("“We were shelled yesterday,” a resident said.", None),
        ("Police said the woman was killed today.", (PUBLISHED, 1)),
        ('The spokesman said, "Both attacks took place on Sunday."', (date(2024, 3, 3), 1)),
    ],
)
def test_a_quotes_today_is_the_speakers_not_the_storys(parse, text, named):
    doc = parse(text)
    assert days_named(doc.ents, PUBLISHED) == named
