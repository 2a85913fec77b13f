"""Datelines and captions: where a story was filed, found by their form."""

from __future__ import annotations

import pytest

from geomap.geoparse.datelines import (
    caption_spans,
    colon_leads,
    dateline_places,
    dateline_spans,
    is_caption_line,
)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("COLUMBUS, Ohio (AP) — The governor said on Monday.", ["COLUMBUS", "Ohio"]),
        ("GAO, Mali, May 3 (Reuters) - Gunmen attacked a convoy.", ["GAO", "Mali"]),
        # A feed that ran the headline into the story: the dateline follows a full stop.
        ("Council backs the plan. FALLS VILLAGE — The board voted.", ["FALLS VILLAGE"]),
        ("By Jo Smith, March 2, 2009 BRENTWOOD -- Crews cleared roads.", ["BRENTWOOD"]),
        ("BOSTON (Reuters) The owner of a restaurant sued.", ["BOSTON"]),
        # A broadcaster's call letters stand where an agency would.
        ("MARION COUNTY, Ind. (WXYZ) - A fire destroyed a barn.", ["MARION COUNTY", "Ind."]),
        ("LYON, France (CNN) - Police said the road was closed.", ["LYON", "France"]),
        # Accented capitals of the Latin alphabets.
        ("MEDELLÍN — The mayor said the road was closed.", ["MEDELLÍN"]),
        ("SÃO PAULO (Reuters) - Police said the road was closed.", ["SÃO PAULO"]),
        # The press of South Asia and the Middle East closes a dateline with a colon.
        ("KARACHI: The cabinet met on Monday.", ["KARACHI"]),
        ("The ratio was 3:1 in TOWN: the rest.", []),
        # Capitals inside a sentence, or without a dash, are no dateline.
        ("He said the U.S. — and NATO — agreed.", []),
        ("OKLAHOMA CITY The Latest on teachers rallying.", []),
        # African papers write the dateline in title case, before a dash.
        ("Maiduguri — Insurgents killed 12 farmers on Saturday.", ["Maiduguri"]),
        ("Port Harcourt – Gunmen abducted a lecturer.", ["Port Harcourt"]),
        ("Gunmen attacked Gao — and fled.", []),
        ("Well-known Anti-war groups marched.", []),
        # Indian wires put the date and the agency after the town, dash or none.
        ("Imphal, Jan 18 (PTI) Two commandos were killed at Moreh.", ["Imphal"]),
        ("New Delhi (IANS): The court ruled on Monday.", ["New Delhi"]),
        ("Police in Gao (AFP) said two died.", []),
    ],
)
def test_dateline_places(text, places):
    assert [text[a:b] for a, b in dateline_places(text)] == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        pytest.param(
            "Srinagar, July 14: Two soldiers were killed.", ["Srinagar"], id="_DATED_DATELINE-colon"
        ),
        pytest.param(
            "Leh, Sept. 3: A patrol was ambushed.", ["Leh"], id="_DATED_DATELINE-abbreviated"
        ),
        pytest.param("Srinagar, Tuesday 14: the rest.", [], id="_DATED_DATELINE-needs-a-month"),
        pytest.param(
            "HERAT (Pajhwok): A blast killed four people.", ["HERAT"], id="_NAMED_AGENCY-colon"
        ),
        pytest.param(
            "HERAT, Afghanistan (Bakhtar) — A blast killed four.",
            ["HERAT", "Afghanistan"],
            id="_NAMED_AGENCY-dash",
        ),
        pytest.param(
            "KABUL (Afghanistan) has new rules.", [], id="_NAMED_AGENCY-needs-a-colon-or-dash"
        ),
    ],
)
def test_other_dateline_forms(text, places):
    assert [text[a:b] for a, b in dateline_places(text)] == places
    assert bool(dateline_spans(text)) is bool(places)


def test_a_place_before_a_colon_is_no_filing_place():
    # "VERACRUZ: 14 bodies found" heads a story as often as it files one.
    text = "VERACRUZ: Police found the truck on Monday."
    assert [text[a:b] for a, b in dateline_places(text)] == ["VERACRUZ"]
    assert dateline_spans(text) == []


def test_colon_leads_are_the_places_before_a_colon():
    text = "QUETTA: Militants attacked a post.\nThe ratio was 3:1 in TOWN: the rest."
    assert [text[a:b] for a, b in colon_leads(text)] == ["QUETTA"]


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Smoke rises over the city. Photo: AFP", True),
        ("Rescuers search the rubble (Photo by a local resident)", True),
        ("Shells hit the port on Monday, officials said.", False),
    ],
)
def test_caption_lines(line, caption):
    assert is_caption_line(line) is caption


def test_caption_spans_cover_the_caption_line_only():
    text = "Shells hit the port.\nSmoke rises. Photo: AFP\nTwo died."
    assert [text[a:b] for a, b in caption_spans(text)] == ["Smoke rises. Photo: AFP"]
