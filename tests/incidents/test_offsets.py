"""Places given as a distance and bearing from a named one."""

from __future__ import annotations

import pytest

from geomap.distance import destination, haversine_km
from geomap.incidents.offsets import offset_place

from samples import GAO, HODEIDAH, MOGADISHU


@pytest.mark.parametrize(
    "before,place,km,bearing",
    [
        ("struck about 68 nautical miles southwest of the port city of ", HODEIDAH, 125.9, 225),
        ("an ambush some 20 km north-east of ", GAO, 20.0, 45),
        ("stormed the base, about 30 km (19 miles) north of ", MOGADISHU, 30.0, 0),
        ("a convoy 12 miles to the west of ", GAO, 19.3, 270),
    ],
)
def test_offset_point_is_that_far_along_that_bearing(before, place, km, bearing):
    site = offset_place(place, before)
    assert site is not None and site.feature_type == "site"
    assert haversine_km(place.lat, place.lon, site.lat, site.lon) == pytest.approx(km, rel=0.02)
    lat, lon = destination(place.lat, place.lon, km, bearing)
    assert haversine_km(lat, lon, site.lat, site.lon) < 1
    assert place.name in site.name and site.id.startswith(place.id + "@")


@pytest.mark.parametrize(
    "before",
    [
        "fighting in ",  # no offset
        "a checkpoint 2 km north of ",  # inside the town's own extent
        "some 3,000 km west of ",  # not a report's scale
        "20 km north of Kidal and in ",  # the offset belongs to another name
    ],
)
def test_no_offset(before):
    assert offset_place(GAO, before) is None


@pytest.mark.parametrize(
    "lat,lon,km,bearing,expected",
    [(0.0, 0.0, 111.195, 0, (1.0, 0.0)), (0.0, 179.9, 22.239, 90, (0.0, -179.9))],
)
def test_destination(lat, lon, km, bearing, expected):
    got = destination(lat, lon, km, bearing)
    assert got == pytest.approx(expected, abs=1e-3)
