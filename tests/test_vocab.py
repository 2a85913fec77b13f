"""The closed vocabularies: what each feature type allows."""

import pytest

from geomap.vocab import FeatureType


@pytest.mark.parametrize("kind", list(FeatureType))
def test_only_a_continent_never_locates_an_incident(kind):
    assert kind.locates is (kind is not FeatureType.CONTINENT)


@pytest.mark.parametrize("kind", list(FeatureType))
def test_waters_and_continents_cross_borders(kind):
    crossing = {FeatureType.CONTINENT, FeatureType.RIVER, FeatureType.SEA, FeatureType.LAKE}
    assert kind.in_one_country is (kind not in crossing)


def test_a_continent_is_the_widest_area():
    continent = FeatureType.CONTINENT
    assert continent.is_area and continent.radius_km == 0.0
    assert continent.size > max(k.size for k in FeatureType if k is not continent)
