"""What the ranker reads of one candidate: `geomap.geoparse.features`."""

from __future__ import annotations

import pytest

from geomap.geoparse.features import area_readings, candidate_features
from geomap.geoparse.ranker import FEATURES
from geomap.geoparse.resolve import Toponym
from geomap.model import Candidate

from samples import _place

_ADMIN1 = FEATURES.index("admin1")
_SETTLEMENT = FEATURES.index("settlement")


def _features(candidate, candidates):
    toponym = Toponym("Zoquital", 0, 8, 0, "GPE")
    return candidate_features(candidate, 1.0, "Zoquital", toponym, candidates, 0.0, None, None)


@pytest.mark.parametrize(
    ("town_km", "admin1"),
    [(5.0, 0.0), (None, 1.0)],
    ids=["_eponymous-named_after_its_main_town", "_eponymous-no_town_of_that_name"],
)
def test_an_area_named_after_its_main_town_is_read_as_the_town(town_km, admin1):
    """ "Idlib" in the news is the town, so its province gets no area bonus."""
    area = Candidate(
        _place("a", "Zoquital", 35.0, 36.0, "admin1", "SY", "Zoquital"), 1.0, "Zoquital"
    )
    candidates = [area]
    if town_km is not None:
        town = _place("t", "Zoquital", 35.0 + town_km / 111, 36.0, "city", "SY", "Zoquital")
        candidates.append(Candidate(town, 0.9, "Zoquital"))
    assert _features(area, candidates)[_ADMIN1] == admin1


def test_the_features_follow_the_rankers_order():
    town = Candidate(_place("t", "Zoquital", 35.0, 36.0, "city", "SY"), 1.0, "Zoquital")
    features = _features(town, [town])
    assert len(features) == len(FEATURES)
    assert features[_SETTLEMENT] == 1.0


@pytest.mark.parametrize(
    ("kinds", "reading"),
    [
        (("admin2", "town"), ("adm", "admin2")),  # "Mandera county": the county
        (("town",), ("twn", "town")),  # "Macomia district": its town stands for it
        (("village-elsewhere",), ("elsewhere", "admin2")),
    ],
    ids=["area_readings", "area_readings-a_seat_town", "area_readings-only_a_loose_area"],
)
def test_area_readings(kinds, reading):
    area = Candidate(_place("adm", "Zoquital", 1.0, 2.0, "admin2", "MZ"), 2.0, "Zoquital")
    town = Candidate(_place("twn", "Zoquital", 1.1, 2.1, "town", "MZ"), 2.1, "Zoquital")
    loose = Candidate(_place("elsewhere", "Zoquitão", 9.0, 9.0, "admin2", "BR"), 0.8, "Zoquitão")
    found = {"admin2": [area], "town": [town], "village-elsewhere": [loose]}
    picked = area_readings("Zoquital", [c for kind in kinds for c in found[kind]])
    assert [(c.place.id, c.place.feature_type) for c in picked] == [reading]
