from datetime import date

import pytest

from geomap.inputs import find_dateline, parse_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2022-08-24", date(2022, 8, 24)),
        ("August 24, 2022, 1:51 PM", date(2022, 8, 24)),
        ("24 Aug 2022", date(2022, 8, 24)),
        ("Sept. 3, 2023", date(2023, 9, 3)),
        ("2022-02-30", None),
        ("no date here", None),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected


def test_find_dateline_prefers_published():
    lines = ["Body", "Updated: August 25, 2022", "Published: August 24, 2022"]
    assert find_dateline(lines) == (date(2022, 8, 24), 2)
