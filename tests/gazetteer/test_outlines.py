"""Admin outlines derived from member places (Voronoi cells within the country)."""

from __future__ import annotations

import pytest
import shapely

from geomap.gazetteer.outlines import MIN_MEMBERS, admin_outlines

# A 10° × 10° "country" whose western places are in area W, eastern in area E,
# and all of them in the national admin "N".
SQUARE = shapely.to_wkb(shapely.box(0, 0, 10, 10))
WEST = [(1.0, 2.0), (2.0, 8.0), (3.0, 5.0)]
EAST = [(7.0, 2.0), (8.0, 8.0), (9.0, 5.0)]


def _places(west=WEST, east=EAST, cc="XX"):
    return [(cc, lon, lat, ("W", "N")) for lon, lat in west] + [
        (cc, lon, lat, ("E", "N")) for lon, lat in east
    ]


@pytest.fixture
def outlines():
    return {k: shapely.from_wkt(v) for k, v in admin_outlines(_places(), {"XX": SQUARE}).items()}


def test_areas_tile_the_country_without_overlap(outlines):
    west, east = outlines["W"], outlines["E"]
    assert west.area + east.area == pytest.approx(100, rel=0.01)
    assert west.intersection(east).area < 0.5
    assert outlines["N"].area == pytest.approx(100, rel=0.01)


@pytest.mark.parametrize(
    "area,inside,outside",
    [("W", (1.5, 9.5), (8.5, 1.0)), ("E", (9.5, 9.5), (0.5, 0.5))],
)
def test_each_area_holds_its_side(outlines, area, inside, outside):
    assert outlines[area].contains(shapely.Point(inside))
    assert not outlines[area].contains(shapely.Point(outside))


def test_outlines_are_clipped_to_the_country():
    triangle = shapely.to_wkb(shapely.Polygon([(0, 0), (10, 0), (0, 10)]))
    got = admin_outlines(_places(east=[(6.0, 1.0), (7.0, 2.0), (5.0, 3.0)]), {"XX": triangle})
    for wkt in got.values():
        assert shapely.from_wkt(wkt).within(shapely.from_wkb(triangle).buffer(0.01))


def test_too_few_members_or_no_shape_give_no_outline():
    few = _places(east=EAST[: MIN_MEMBERS - 1])
    assert "E" not in admin_outlines(few, {"XX": SQUARE})
    assert admin_outlines(_places(cc="YY"), {"XX": SQUARE}) == {}


def test_places_at_one_spot_share_a_cell():
    twins = [("XX", 5.0, 5.0, ("A",)), ("XX", 5.0, 5.0, ("B",)), ("XX", 1.0, 1.0, ("A",))]
    got = admin_outlines(twins + [("XX", 9.0, 9.0, ("B",))], {"XX": SQUARE})
    assert shapely.from_wkt(got["A"]).contains(shapely.Point(5.0, 5.0))
    assert shapely.from_wkt(got["B"]).contains(shapely.Point(5.0, 5.0))


@pytest.mark.slow
@pytest.mark.parametrize(
    "area_id,inside,outside",
    [
        # (lat, lon) of towns that lie in / outside the province
        ("adm1:SY.07", [(35.34, 40.14), (34.45, 40.92), (35.01, 40.45)], [(33.51, 36.29)]),
        ("adm1:SD.55", [(13.63, 25.35), (14.13, 25.55)], [(12.05, 24.88), (15.6, 32.5)]),
        ("adm1:ML.04", [(14.49, -4.2), (14.35, -3.61)], [(16.27, -0.04), (12.65, -8.0)]),
    ],
)
def test_real_provinces_hold_their_towns(full_gazetteer, area_id, inside, outside):
    place = full_gazetteer.get(area_id)
    assert place is not None and place.geometry, area_id
    area = shapely.from_wkt(place.geometry)
    for lat, lon in inside:
        assert area.buffer(0.05).contains(shapely.Point(lon, lat)), (area_id, lat, lon)
    for lat, lon in outside:
        assert not area.contains(shapely.Point(lon, lat)), (area_id, lat, lon)


@pytest.mark.slow
def test_areas_lists_outlined_provinces_of_the_countries_asked(full_gazetteer):
    areas = full_gazetteer.areas(["sy", "IQ"])
    assert {a.country for a in areas} == {"SY", "IQ"}
    assert all(a.feature_type == "admin1" and "POLYGON" in a.geometry for a in areas)
    assert "Dayr az Zawr" in {a.name for a in areas} and len(areas) >= 25
    assert full_gazetteer.areas([]) == []
