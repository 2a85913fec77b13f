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
        ("Mortars fell on the capital of Somalia on Sunday.", ["Mogadishu", "Somalia"]),
        (
            "Gunmen raided a bank in the country's capital, said Somali police.",
            ["Mogadishu", "Somalia"],
        ),
        (
            "Shells hit Kharkiv, the capital of the region, on Sunday, Ukrainian officials said.",
            ["Kharkiv", "Ukraine"],
        ),
        ("Clashes broke out in the capital of the region, Ukrainian officials said.", ["Ukraine"]),
    ],
    ids=[
        "capital_toponyms-possessive",
        "capital_toponyms-adjective",
        "_named_after",
        "a-state-capital",
        "capital_toponyms-of_the_one_country",
        "_capital_of-a_country",
        "_of_the_country",
        "_in_apposition",
        "_capital_of-a_region",
    ],
)
def test_the_capital_of_a_named_country_is_its_capital_city(
    geoparser, article_factory, text, places
):
    mentions = geoparser.parse(article_factory(text)).mentions
    assert [m.place.name for m in mentions if m.place is not None] == places
    capital = [m for m in mentions if text[m.start : m.end] == "capital"]
    assert len(capital) == ("Mogadishu" in places and "capital, M" not in text)
