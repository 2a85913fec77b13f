"""Review corrections in the ACLED export: a moved incident is where it was moved to."""

from dataclasses import replace

import pandas as pd
import pytest

from geomap.export.admins import AdminLocator
from geomap.export.reviewed import reviewed_tables
from geomap.export.tables import make_tables
from geomap.frame import incidents_frame, places_frame
from geomap.review.apply import apply_reviews
from geomap.review.store import make_review

from samples import AL_TANF, DEIR_EZ_ZOR_GOV, KHARKIV, ShapesGazetteer, strike_incident

SQUARE = "POLYGON ((39 34, 41 34, 41 36, 39 36, 39 34))"
LOCATION = ("iso", "region", "country", "admin1", "admin2", "country_code", "place_id")


@pytest.fixture
def gazetteer():
    return ShapesGazetteer()


@pytest.fixture
def built(gazetteer):
    """Tables and frame of three incidents: Kharkiv, a province with an outline, Al Tanf."""
    incidents = [
        strike_incident(KHARKIV, notes=("Drones struck Kharkiv.",)),
        strike_incident(replace(DEIR_EZ_ZOR_GOV, geometry=SQUARE), 3, notes=("Shelling.",)),
        strike_incident(AL_TANF, notes=("A drone hit the garrison.",)),
    ]
    tables = make_tables(incidents, places_frame([]), gazetteer=gazetteer, timestamp=1)
    return tables, incidents_frame(incidents)


def _review(frame, gazetteer, *lines):
    reviews = [
        replace(make_review(action, ident, name, value, why="checked", who="ana"), line=n)
        for n, (action, ident, name, value) in enumerate(lines, start=4)
    ]
    locator = AdminLocator(gazetteer)

    def admins_at(lat, lon):
        found = locator.at(lat, lon, 3)
        return found.country, found.admin1

    out, report = apply_reviews(frame, reviews, gazetteer.get, admins_at=admins_at)
    assert report.problems == []
    return out


def test_a_move_takes_the_country_and_admins_of_its_new_place(built, gazetteer):
    tables, frame = built
    kharkiv, province, tanf = frame["incident_id"]
    reviewed = _review(
        frame,
        gazetteer,
        ("move", kharkiv, "place", AL_TANF.id),
        ("move", province, "point", "33.5,38.5,1"),
        ("set", tanf, "fatalities", "7"),
    )
    out = reviewed_tables(tables, reviewed, gazetteer)
    rows = out.incidents.set_index("incident_id")
    assert tuple(rows.loc[kharkiv, list(LOCATION)]) == (
        760, "Middle East", "Syria", "Homs Governorate", "Al-Tanf District", "SY", AL_TANF.id
    )  # fmt: skip
    assert rows.loc[kharkiv, "location"] == AL_TANF.name
    assert tuple(rows.loc[province, list(LOCATION)]) == (
        760, "Middle East", "Syria", "Homs Governorate", "Al-Tanf District", "SY", ""
    )  # fmt: skip
    assert (rows.loc[province, "geo_precision"], rows.loc[province, "uncertainty_km"]) == (1, 0.0)
    # Not moved: its location is the extractor's, its toll the review's.
    before = tables.incidents.set_index("incident_id")
    assert tuple(rows.loc[tanf, list(LOCATION)]) == tuple(before.loc[tanf, list(LOCATION)])
    assert rows.loc[tanf, "fatalities"] == 7
    # The reviewed map frame agrees on country and admin1.
    moved = reviewed.set_index("incident_id")
    assert tuple(moved.loc[province, ["country", "admin1"]]) == ("SY", "Homs Governorate")
    # The province's outline does not stay behind when it moves to a point.
    assert province in set(tables.areas["incident_id"])
    assert province not in set(out.areas["incident_id"])


def test_a_point_no_shape_knows_leaves_the_location_empty(built, gazetteer):
    tables, frame = built
    kharkiv = frame["incident_id"].iloc[0]
    reviewed = _review(frame, gazetteer, ("move", kharkiv, "point", "10.0,0.0,2,5"))
    row = reviewed_tables(tables, reviewed, gazetteer).incidents.set_index("incident_id")
    values = row.loc[kharkiv, list(LOCATION)]
    assert pd.isna(values["iso"]) and tuple(values)[1:] == ("", "", "", "", "", "")
    assert row.loc[kharkiv, "uncertainty_km"] == 5.0


def test_a_move_to_a_province_brings_its_outline(built, gazetteer):
    tables, frame = built
    kharkiv, province, _ = frame["incident_id"]
    gazetteer.places.append(replace(DEIR_EZ_ZOR_GOV, id="a:SY.DY2", geometry=SQUARE))
    reviewed = _review(
        frame, gazetteer, ("reject", province, "", ""), ("move", kharkiv, "place", "a:SY.DY2")
    )
    out = reviewed_tables(tables, reviewed, gazetteer)
    assert out.areas["incident_id"].tolist() == [kharkiv]
    area = out.areas.iloc[0]
    assert (area["country"], area["admin1"]) == ("Syria", DEIR_EZ_ZOR_GOV.name)
    assert area.geometry.bounds == (39.0, 34.0, 41.0, 36.0)
