"""Towns named in a road's name: `geomap.geoparse.roads`."""

from __future__ import annotations

import pytest

from geomap.geoparse.roads import road_ends


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("A body was found on the Zoquital-Otumba highway", ["Zoquital", "Otumba"]),
        (
            "A body was found on the Zoquital - San Luis de la Paz road",
            ["Zoquital", "San Luis de la Paz"],
        ),
        ("A body was found on the main road", []),
        ("A body was found on the Zoquital road", []),
    ],
    ids=["road_ends", "road_ends-spaced", "road_ends-no_name", "road_ends-one_name_joins_nothing"],
)
def test_a_road_named_after_two_towns_names_both(nlp, text, ends):
    doc = nlp(text)
    assert [doc[a:b].text for a, b in road_ends(doc)] == ends
