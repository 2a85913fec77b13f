"""The closed vocabularies: what each feature type allows."""

import pytest

from geomap.vocab import FeatureType


@pytest.mark.parametrize("kind", list(FeatureType))
def test_only_a_continent_never_locates_an_incident(kind):
    assert kind.locates is (kind is not FeatureType.CONTINENT)


def test_a_continent_is_the_widest_area():
    continent = FeatureType.CONTINENT
    assert continent.is_area and continent.radius_km == 0.0
    assert continent.size > max(k.size for k in FeatureType if k is not continent)
