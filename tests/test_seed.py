"""End to end on the reference article against its gold (../shared/data/seed)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from geomap.distance import haversine_km

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def seed_build(tmp_path_factory, seed_path, full_geoparser):
    from geomap.build import build

    out = tmp_path_factory.mktemp("seed")
    result = build([seed_path], out, geoparser=full_geoparser)
    features = json.loads((out / "incidents.geojson").read_text(encoding="utf-8"))["features"]
    return result, [f["properties"] for f in features], out


def test_required_incidents_match_gold(seed_build, seed_gold):
    _, incidents, _ = seed_build
    for gold in [g for g in seed_gold["incidents"] if g["required"]]:
        close = [
            i
            for i in incidents
            if haversine_km(i["latitude"], i["longitude"], gold["lat"], gold["lon"])
            <= gold["max_km"]
            and i["event_date"] == gold["date"]
        ]
        assert len(close) == 1, f"{gold['id']}: {len(close)} incidents match in {incidents}"
        found = close[0]
        assert found["fatalities"] == gold["fatalities"], gold["id"]
        assert found["event_type"] == gold["event_type"], gold["id"]
        assert found["sub_event_type"] == gold["sub_event_type"], gold["id"]
        assert found["geo_precision"] == gold["geo_precision"], gold["id"]


def test_no_incident_at_places_only_mentioned(seed_build, full_gazetteer, seed_gold):
    _, incidents, _ = seed_build
    for name in seed_gold["not_incident_locations"]:
        candidates = full_gazetteer.lookup(name, limit=1)
        if not candidates:
            continue
        place = candidates[0].place
        for incident in incidents:
            assert incident["location"] != place.name, f"incident at {name}"
            if place.feature_type == "country":
                assert incident["country_code"] != place.country, f"incident in {name}"
            elif place.feature_type not in ("river", "region", "admin1", "admin2"):
                distance = haversine_km(
                    incident["latitude"], incident["longitude"], place.lat, place.lon
                )
                assert distance > 10, f"incident at {name} ({distance:.0f} km)"


def test_extra_incidents_are_only_country_or_month_precision(seed_build, seed_gold):
    _, incidents, _ = seed_build
    required = {(g["date"]) for g in seed_gold["incidents"] if g["required"]}
    for incident in incidents:
        if incident["event_date"] in required:
            continue
        assert incident["geo_precision"] == 3 and incident["country_code"] in {"SY", "IQ"}, incident


def test_al_tanf_is_one_incident_with_both_sentences(seed_build):
    _, incidents, _ = seed_build
    (tanf,) = [i for i in incidents if i["event_date"] == "2022-08-15"]
    assert tanf["notes"].count("August 15") == 2


def test_mentioned_places_layer_has_the_context(seed_build):
    result, _, out = seed_build
    places = json.loads((out / "places.geojson").read_text(encoding="utf-8"))["features"]
    roles = {(p["properties"]["place_name"], p["properties"]["role"]) for p in places}
    names = {name for name, _ in roles}
    assert {"Moscow", "Damascus"} <= names
    assert all(role != "incident" for name, role in roles if name in {"Moscow", "Damascus"})
    assert result.articles == 1 and result.skipped == []


def test_publication_date_comes_from_the_dateline(seed_path):
    from geomap.inputs import read_text_article

    assert read_text_article(seed_path).published == date(2022, 8, 24)
