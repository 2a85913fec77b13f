"""How far a place reaches: `geomap.incidents.extent` (outlines, areas, sizes)."""

from __future__ import annotations

import dataclasses

import pytest

from geomap.incidents.extent import contains, size_rank
from geomap.incidents.offsets import offset_place

from samples import HODEIDAH, JENIN, KHAN_YOUNIS, KHARKIV, RAFAH, RED_SEA, RED_SEA_OUTLINE, _place


@pytest.fixture
def red_sea():
    return dataclasses.replace(RED_SEA, geometry=RED_SEA_OUTLINE)


def test_a_sea_with_an_outline_contains_a_ship_far_from_its_centre(red_sea):
    ship = offset_place(HODEIDAH, "about 68 nautical miles southwest of ")
    assert ship is not None
    assert contains(red_sea, ship)
    assert not contains(red_sea, JENIN)
    assert not contains(RED_SEA, ship)  # without an outline only the centre's surroundings


def test_a_province_with_an_outline_contains_a_city_far_from_its_capital():
    from geomap.model import Place

    square = "POLYGON ((124.2 8.2, 125.4 8.2, 125.4 9.1, 124.2 9.1, 124.2 8.2))"
    province = Place("adm2:x", "Oriental", 8.48, 124.65, "admin2", "PH", geometry=square)
    city = Place("gn:x", "Gingoog", 8.83, 125.10, "city", "PH", population=138_000)
    assert contains(province, city)  # 63 km from the capital, inside the outline
    assert not contains(dataclasses.replace(province, geometry=None), city)
    assert not contains(province, dataclasses.replace(city, lat=10.3))


def test_a_distance_from_a_place_lies_in_that_place_s_area():
    ambush = offset_place(JENIN, "some 20 km south of ")
    assert ambush is not None
    assert contains(JENIN, ambush)
    assert not contains(ambush, JENIN)


@pytest.mark.parametrize(
    ("smaller", "larger"),
    [
        (("admin1", 105_000), ("region", 0)),  # "Jenin in the occupied West Bank"
        (("village", 0), ("town", 500)),  # a hamlet of unknown size is still small
        (("admin1", 900_000), ("admin1", 2_000_000)),
    ],
    ids=["size_rank-area_of_unknown_population", "size_rank-small_place", "size_rank-population"],
)
def test_size_rank_orders_places_that_hold_each_other(smaller, larger):
    def place(kind, population):
        return _place(f"t:{kind}{population}", "X", 32.0, 35.0, kind, "PS", population=population)

    assert size_rank(place(*smaller)) < size_rank(place(*larger))


@pytest.mark.parametrize(
    ("outer", "inner", "inside"),
    [
        pytest.param(KHAN_YOUNIS, RAFAH, False, id="one_of_two_settlements-a_town_nearby"),
        pytest.param(KHAN_YOUNIS, dataclasses.replace(KHAN_YOUNIS, id="t:ky"), True,
                     id="one_of_two_settlements-two_entries_of_one_name"),
        pytest.param(KHAN_YOUNIS, dataclasses.replace(RAFAH, feature_type="camp"), True,
                     id="one_of_two_settlements-a_site_in_the_town"),
        pytest.param(dataclasses.replace(KHAN_YOUNIS, population=1_400_000),
                     dataclasses.replace(RAFAH, lat=31.32, lon=34.28, population=40_000), True,
                     id="one_of_two_settlements-a_citys_quarter_filed_as_a_town"),
    ],
)  # fmt: skip
def test_one_settlement_is_never_inside_another(outer, inner, inside):
    """Two towns 7 km apart, each within the other's radius, are two scenes."""
    assert contains(outer, inner) is inside


_OBLAST = _place("t:oblast", "Kharkiv Oblast", 49.99, 36.23, "admin1", "UA", "Kharkiv Oblast")


@pytest.mark.parametrize(
    ("province", "town", "inside"),
    [
        pytest.param(_OBLAST, KHARKIV, True, id="other_province-its_code"),
        pytest.param(_OBLAST, dataclasses.replace(KHARKIV, id="t:n", admin1="Other Oblast"),
                     False, id="other_province-the_next_province_s_town"),
        pytest.param(_OBLAST, dataclasses.replace(KHARKIV, id="t:n", admin1=""), True,
                     id="other_province-no_code_distance_decides"),
        pytest.param(dataclasses.replace(_OBLAST, id="t:d", feature_type="admin2"),
                     dataclasses.replace(KHARKIV, id="t:n", admin1="Other Oblast", lat=50.1),
                     False, id="other_province-a_district_s_neighbour_across_the_line"),
        pytest.param(dataclasses.replace(_OBLAST, id="cur:oblast", admin1="Kharkiv"),
                     KHARKIV, True, id="other_province-codes_of_two_sources"),
    ],
)  # fmt: skip
def test_a_town_is_in_a_province_by_its_code(province, town, inside):
    assert contains(province, town) is inside
