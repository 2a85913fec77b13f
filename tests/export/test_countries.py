import pytest

from geomap.export.countries import countries, country, find_country


@pytest.mark.parametrize(
    ("iso2", "name", "iso", "region"),
    [
        ("SY", "Syria", 760, "Middle East"),
        ("CD", "Democratic Republic of Congo", 180, "Middle Africa"),
        ("UA", "Ukraine", 804, "Europe"),
        ("AM", "Armenia", 51, "Caucasus and Central Asia"),
        ("MZ", "Mozambique", 508, "Southern Africa"),
    ],
)
def test_country(iso2, name, iso, region):
    found = country(iso2)
    assert (found.name, found.iso, found.region) == (name, iso, region)


@pytest.mark.parametrize(
    "value", ["Syria", "syria", "760", 760, "SYR", "Syria (Syrian Arab Republic)"]
)
def test_find_country_by_name_or_code(value):
    assert find_country(value).iso2 == "SY"


def test_geonames_spelling_finds_the_acled_country():
    assert find_country("Democratic Republic of the Congo").iso2 == "CD"
    assert find_country("") is None and country("") is None


def test_every_country_has_codes():
    assert len(countries()) > 240
    assert all(len(c.iso3) == 3 and c.name for c in countries().values())
