import pytest

from geomap.geoparse.abbreviations import expand_state
from geomap.geoparse.resolve import clean_name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ky.", "Kentucky"),
        ("W.Va.", "West Virginia"),
        ("N.Y.", "New York"),
        ("Pa", "Pa"),
        ("Paris", "Paris"),
    ],
)
def test_expand_state(text, name):
    assert expand_state(text) == name


def test_clean_name_spells_out_a_state():
    assert clean_name("Ind.") == "Indiana"
