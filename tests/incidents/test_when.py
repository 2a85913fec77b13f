from datetime import date

import pytest

from geomap.incidents.when import resolve_date, tells_history

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
        ("earlier this month", WEDNESDAY, (date(2022, 8, 1), 3)),
        ("last month", WEDNESDAY, (date(2022, 7, 1), 3)),
        ("last June", WEDNESDAY, (date(2022, 6, 1), 3)),
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
    ],
)
def test_weekend_is_the_last_saturday_within_a_week(phrase, published, expected):
    assert resolve_date(phrase, published) == expected
