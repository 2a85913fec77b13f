"""Country and admin areas of places and bare points, from the gazetteer's shapes."""

import pytest

from geomap.export.admins import AdminLocator, Admins

from samples import AL_TANF, DEIR_EZ_ZOR_GOV, KHARKIV, ShapesGazetteer, StubGazetteer


@pytest.fixture
def locator():
    return AdminLocator(ShapesGazetteer())


@pytest.mark.parametrize(
    ("lat", "lon", "precision", "expected"),
    [
        (33.5, 38.5, 1, Admins("SY", "Homs Governorate", "Al-Tanf District")),
        (33.5, 38.5, 3, Admins("SY", "Homs Governorate", "")),  # a province has no district
        (36.5, 41.0, 1, Admins("SY", "", "")),  # in the country, outside every outline
        (50.0, 36.2, 2, Admins("UA", "Kharkiv Oblast", "")),
        (34.0, 42.02, 1, Admins("SY", "", "")),  # 2 km off the shape: a coast point
        (34.0, 42.5, 1, Admins()),  # 45 km off: nobody's, not the nearest
        (10.0, 0.0, 1, Admins()),
    ],
)
def test_a_point_takes_the_shapes_it_lies_in(locator, lat, lon, precision, expected):
    assert locator.at(lat, lon, precision) == expected


def test_a_gazetteer_without_shapes_leaves_a_point_empty():
    assert AdminLocator(StubGazetteer()).at(33.5, 38.5, 1) == Admins()
    assert AdminLocator(None).at(33.5, 38.5, 1) == Admins()


@pytest.mark.parametrize(
    ("place", "precision", "expected"),
    [
        (AL_TANF, 1, Admins("SY", "Homs Governorate", "Al-Tanf District")),
        (DEIR_EZ_ZOR_GOV, 3, Admins("SY", "Deir ez-Zor Governorate", "")),
        (KHARKIV, 1, Admins("UA", "Kharkiv Oblast", "")),
    ],
)
def test_a_place_brings_its_own(locator, place, precision, expected):
    assert locator.of_place(place, precision) == expected
