"""A country's capital named by the country: the word "capital" becomes the city."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("A car bomb exploded in Somalia's capital on Sunday.", ["Somalia", "Mogadishu"]),
        ("A car bomb exploded in the Somali capital on Sunday.", ["Somalia", "Mogadishu"]),
        # an apposition names the city already: no second reading
        ("A car bomb exploded in the Somali capital, Mogadishu.", ["Somalia", "Mogadishu"]),
        ("Officials met in Mali on Sunday to discuss the state capital's budget.", ["Mali"]),
        (
            "Clashes erupted in the capital on Monday, Somali officials said.",
            ["Mogadishu", "Somalia"],
        ),
    ],
    ids=[
        "capital_toponyms-possessive",
        "capital_toponyms-adjective",
        "_named_after",
        "a-state-capital",
        "capital_toponyms-of_the_one_country",
    ],
)
def test_the_capital_of_a_named_country_is_its_capital_city(
    geoparser, article_factory, text, places
):
    mentions = geoparser.parse(article_factory(text)).mentions
    assert [m.place.name for m in mentions if m.place is not None] == places
    capital = [m for m in mentions if text[m.start : m.end] == "capital"]
    assert len(capital) == ("Mogadishu" in places and "capital," not in text)
