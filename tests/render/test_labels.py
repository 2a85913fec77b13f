import pandas as pd

from geomap.model import Place
from geomap.render.labels import town_labels


class _Gazetteer:
    def __init__(self, places):
        self._all = places

    def places(self, *types, box=None):
        south, north, west, east = box or (-90, 90, -180, 180)
        return [
            p
            for p in self._all
            if p.feature_type in types and south <= p.lat <= north and west <= p.lon <= east
        ]


def _place(name, lat, lon, population, country="UA", ftype="town"):
    return Place(f"t:{name}", name, lat, lon, ftype, country, population=population)


def test_towns_near_the_incidents_biggest_first():
    gazetteer = _Gazetteer(
        [
            _place("Small", 50.0, 36.0, 800),
            _place("Big", 49.5, 36.5, 300_000, ftype="city"),
            _place("Far away", 40.0, 20.0, 900_000),
            _place("Other country", 50.0, 36.1, 50_000, country="RU"),
            _place("A village", 50.0, 36.2, 5_000, ftype="village"),
        ]
    )
    incidents = pd.DataFrame({"latitude": [50.0], "longitude": [36.2], "country": ["UA"]})
    towns = town_labels(gazetteer, incidents)
    assert towns["n"] == ["Big", "Small"]
    assert towns["pop"] == [300_000, 800]


def test_no_towns_without_a_gazetteer_listing_or_incidents():
    incidents = pd.DataFrame({"latitude": [50.0], "longitude": [36.2], "country": ["UA"]})
    assert town_labels(object(), incidents)["n"] == []
    assert town_labels(_Gazetteer([]), incidents.iloc[:0])["n"] == []
