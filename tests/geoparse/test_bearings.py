"""Compass words before a settlement phrase: `geomap.geoparse.bearings`."""

from __future__ import annotations

import pytest

from geomap.geoparse.bearings import COMPASS, bearing_before, on_bearing
from geomap.model import Candidate, Place

_CENTRE = Place(id="country:LB", name="Lebanon", lat=34.0, lon=36.0, feature_type="country",
                country="LB")  # fmt: skip


def _town(name: str, lat: float, lon: float) -> Candidate:
    place = Place(id=f"t:{name}", name=name, lat=lat, lon=lon, feature_type="town", country="LB")
    return Candidate(place=place, score=1.0, matched=name)


@pytest.mark.parametrize(
    ("sentence", "name", "bearing"),
    [
        ("A drone struck a car near the southern Lebanese village of Qana.", "Qana", (-1, 0)),
        ("Shelling hit the northern town of Halba on Monday.", "Halba", (1, 0)),
        ("Troops entered the north-eastern city Hermel at dawn.", "Hermel", COMPASS["northeast"]),
        ("Protesters gathered in northern Virginia on Monday.", "Virginia", None),
        ("A strike hit a village north of Tyre.", "Tyre", None),
        ("The village of Qana was shelled.", "Qana", None),
    ],
)
def test_bearing_before(nlp, sentence, name, bearing):
    doc = nlp(sentence)
    start = next(t.i for t in doc if t.text == name)
    assert bearing_before(doc, start) == bearing


def test_on_bearing_drops_namesakes_across_the_country():
    south, north = _town("Ainata", 33.1, 35.4), _town("Ainata", 34.2, 36.1)
    country = {"LB": _CENTRE}.get
    assert on_bearing([north, south], (-1, 0), country) == [south]
    assert on_bearing([north], (-1, 0), country) == []  # the place meant is not in the gazetteer
    assert on_bearing([north, south], None, country) == [north, south]


@pytest.mark.parametrize(
    ("bearing", "kept"),
    [
        pytest.param(COMPASS["northwest"], ["Aarsal"], id="axes_needed-one-axis-of-two"),
        pytest.param(COMPASS["southwest"], [], id="axes_needed-opposite-quadrant"),
        pytest.param(COMPASS["west"], [], id="axes_needed-single-word-both-axes"),
    ],
)
def test_axes_needed(bearing, kept):
    # north of the centre point but east of it, as a town of a northwestern region may be
    town = _town("Aarsal", 34.2, 36.4)
    assert [c.place.name for c in on_bearing([town], bearing, {"LB": _CENTRE}.get)] == kept
