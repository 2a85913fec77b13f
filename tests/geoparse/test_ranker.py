"""The linear ranker and its packaged weights."""

import json
from importlib import resources

import pytest

from geomap.geoparse.ranker import (
    DEFAULT_WEIGHTS,
    FEATURES,
    WEIGHTS_FILE,
    Ranker,
    population_feature,
)
from geomap.model import Place


def test_packaged_weights_cover_every_feature_and_say_how_they_were_made():
    data = json.loads(resources.files("geomap.geoparse").joinpath(WEIGHTS_FILE).read_text())
    assert set(data["weights"]) == set(FEATURES)
    assert all("first 70%" in line for line in data["trained_on"])
    assert data["command"].startswith("python scripts/train_ranker.py")


def test_load_gives_the_packaged_weights():
    ranker = Ranker.load()
    assert len(ranker.weights) == len(FEATURES)
    assert ranker.weights != Ranker.from_mapping(DEFAULT_WEIGHTS).weights


def test_unknown_feature_is_refused():
    with pytest.raises(ValueError, match="unknown ranker features: nonsense"):
        Ranker.from_mapping({"nonsense": 1.0})


def test_wrong_number_of_weights_is_refused():
    with pytest.raises(ValueError, match="weights"):
        Ranker((1.0,))


def test_rank_orders_by_the_weighted_sum():
    ranker = Ranker.from_mapping({"primary": 2.0, "population": 1.0})
    small = Place(id="a", name="A", lat=0, lon=0, feature_type="town")
    big = Place(id="b", name="B", lat=0, lon=0, feature_type="city")
    row = dict.fromkeys(FEATURES, 0.0)
    rows = [
        (tuple({**row, "primary": 1.0}.values()), small),
        (tuple({**row, "population": 1.0}.values()), big),
    ]
    assert [p.id for _, p in ranker.rank((0, 1), rows)] == ["a", "b"]


@pytest.mark.parametrize(("ftype", "share"), [("city", 1.0), ("admin1", 0.5), ("region", 0.5)])
def test_an_areas_summed_population_counts_half(ftype, share):
    place = Place(id="p", name="P", lat=0, lon=0, feature_type=ftype, population=9_999_999)
    assert population_feature(place) == pytest.approx(share, rel=1e-3)
