import pytest

from geomap.export.acled import ACLED_COLUMNS, EXPORT_COLUMNS, acled_frames, disorder_type
from geomap.model import Place

from .conftest import make_incident

ACLED_ORDER = (
    "event_id_cnty event_date year time_precision disorder_type event_type sub_event_type actor1 "
    "assoc_actor_1 inter1 actor2 assoc_actor_2 inter2 interaction civilian_targeting iso region "
    "country admin1 admin2 admin3 location latitude longitude geo_precision source source_scale "
    "notes fatalities tags timestamp"
).split()


def test_acled_columns_come_first_in_acled_order(incidents):
    points, _ = acled_frames(incidents, timestamp=1)
    assert list(ACLED_COLUMNS) == ACLED_ORDER
    assert tuple(c for c in points.columns if c != "geometry") == EXPORT_COLUMNS
    assert points.crs.to_epsg() == 4326


def test_derived_columns(incidents):
    points, _ = acled_frames(incidents, timestamp=1_700_000_000)
    first, second = points.iloc[0], points.iloc[1]
    assert (first["country"], first["iso"], first["region"]) == ("Syria", 760, "Middle East")
    assert first["country_code"] == "SY"
    # Iran-backed militias are a political militia; US forces abroad are external forces.
    assert (first["inter1"], first["inter2"], first["interaction"]) == (3, 8, 38)
    assert second["inter1"] == 8 and second["inter2"] == 7 and second["interaction"] == 78
    assert (
        first["civilian_targeting"] == "" and second["civilian_targeting"] == "Civilian targeting"
    )
    assert first["disorder_type"] == "Political violence"
    assert first["year"] == 2022 and first["time_precision"] == 1
    assert first["source"] == "example.org"
    assert first["notes"] == "Drones struck the base. Two were killed."
    assert first["sentences"] == "0;2" and first["timestamp"] == 1_700_000_000
    assert first["assoc_actor_1"] == "" and first["admin3"] == "" and first["tags"] == ""


def test_unknown_fatalities_are_zero_with_a_flag(incidents):
    points, _ = acled_frames(incidents, timestamp=1)
    assert points["fatalities"].tolist() == [2, 0]
    assert points["fatalities"].dtype.name == "int64"
    assert points["fatalities_unknown"].tolist() == [False, True]


def test_event_ids_are_stable_and_distinct(incidents):
    first, _ = acled_frames(incidents, timestamp=1)
    again, _ = acled_frames(list(reversed(incidents)), timestamp=2)
    assert first["event_id_cnty"].str.startswith("SYR").all()
    assert sorted(first["event_id_cnty"]) == sorted(again["event_id_cnty"])
    assert first["event_id_cnty"].nunique() == 2


def test_colliding_ids_get_a_suffix():
    points, _ = acled_frames([make_incident(), make_incident()], timestamp=1)
    a, b = points["event_id_cnty"]
    assert b == f"{a}-2"


def test_area_outlines_are_a_second_geometry_layer(incidents):
    points, areas = acled_frames(incidents, timestamp=1)
    assert "area_wkt" not in points.columns
    assert len(areas) == 1 and areas.geometry.iloc[0].geom_type == "Polygon"
    assert areas["event_id_cnty"].iloc[0] == points["event_id_cnty"].iloc[1]


def test_unknown_actor_and_country_stay_empty():
    place = Place(id="x", name="Nowhere", lat=1.0, lon=1.0, feature_type="town")
    points, _ = acled_frames([make_incident(place, actor1="Someone", actor2="")], timestamp=1)
    row = points.iloc[0]
    assert row["inter1"] is not None and points["inter1"].isna().all()
    assert points["iso"].isna().all() and row["region"] == "" and row["country"] == ""
    assert row["event_id_cnty"].startswith("XXX")


def test_dataset_record_values_win_over_derived_ones():
    record = (("event_id_cnty", "SYR123"), ("assoc_actor_1", "Allies"), ("inter1", "2"))
    points, _ = acled_frames([make_incident(dataset="ACLED", record=record)], timestamp=1)
    row = points.iloc[0]
    assert (row["event_id_cnty"], row["assoc_actor_1"], row["inter1"]) == ("SYR123", "Allies", 2)
    assert row["dataset"] == "ACLED"


class _Admin2Gazetteer:
    def areas(self, countries, feature_type="admin1"):
        square = "POLYGON ((38 33, 39 33, 39 34, 38 34, 38 33))"
        district = Place(
            id="adm2:x", name="Al-Tanf District", lat=33.5, lon=38.5, feature_type="admin2",
            country="SY", geometry=square,
        )  # fmt: skip
        return [district] if feature_type == "admin2" and "SY" in countries else []


def test_admin2_comes_from_the_gazetteer_outlines(incidents):
    points, _ = acled_frames(incidents, gazetteer=_Admin2Gazetteer(), timestamp=1)
    # The point lies in the district; the province-precision incident gets no district.
    assert points["admin2"].tolist() == ["Al-Tanf District", ""]


@pytest.mark.parametrize(
    ("event_type", "sub_event_type", "expected"),
    [
        ("Battles", "Armed clash", "Political violence"),
        ("Protests", "Peaceful protest", "Demonstrations"),
        ("Protests", "Excessive force against protesters", "Political violence; Demonstrations"),
        ("Riots", "Mob violence", "Political violence"),
        ("Strategic developments", "Looting/property destruction", "Strategic developments"),
        ("Not an ACLED type", "x", ""),
    ],
)
def test_disorder_type(event_type, sub_event_type, expected):
    assert disorder_type(event_type, sub_event_type) == expected
