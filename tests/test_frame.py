import pytest

from geomap.frame import INCIDENT_COLUMNS, PLACE_COLUMNS, incidents_frame, places_frame
from geomap.model import Article, Mention

from samples import AL_TANF, DEIR_EZ_ZOR_GOV, MOSCOW, SYRIA, strike_incident


def incident(place, precision, fatalities):
    return strike_incident(place, precision, fatalities)


def test_incidents_frame_columns_and_types():
    frame = incidents_frame([incident(AL_TANF, 1, 0), incident(DEIR_EZ_ZOR_GOV, 3, None)])
    assert tuple(c for c in frame.columns if c != "geometry") == INCIDENT_COLUMNS
    assert frame.crs.to_epsg() == 4326
    assert frame["fatalities"].dtype.name == "Int64"
    assert frame["fatalities"].iloc[0] == 0
    assert frame["fatalities"].isna().iloc[1]
    assert frame.geometry.iloc[0].x == pytest.approx(AL_TANF.lon)
    assert frame["event_date"].tolist() == ["2022-08-15", "2022-08-15"]
    assert frame["notes"].iloc[0] == "First sentence.\nSecond sentence."
    assert frame["uncertainty_km"].tolist() == [0.0, 80.0]
    assert frame["incident_id"].nunique() == 2


def test_empty_frames_keep_their_columns():
    assert set(INCIDENT_COLUMNS) <= set(incidents_frame([]).columns)
    assert set(PLACE_COLUMNS) <= set(places_frame([]).columns)


def test_places_frame_one_row_per_place_role_article():
    article = Article(id="a.txt", title="T", text="x")
    m = Mention(
        text="Moscow", start=0, end=6, sentence=0, label="GPE", place=MOSCOW, role="diplomacy"
    )
    frame = places_frame([(article, m, "s1"), (article, m, "s2")])
    assert len(frame) == 1
    assert frame.iloc[0]["role"] == "diplomacy"
    assert frame.iloc[0]["sentence"] == "s1"


def test_areas_frame_keeps_outlined_areas_as_polygons():
    from dataclasses import replace

    from geomap.frame import AREA_COLUMNS, areas_frame

    square = "POLYGON ((39 34, 41 34, 41 36, 39 36, 39 34))"
    frame = areas_frame([replace(DEIR_EZ_ZOR_GOV, geometry=square), AL_TANF])
    assert list(frame["name"]) == [DEIR_EZ_ZOR_GOV.name]
    assert frame.geometry.iloc[0].area == 4.0 and frame.crs == "EPSG:4326"
    assert set(AREA_COLUMNS) <= set(frame.columns)
    assert len(areas_frame([])) == 0


def test_a_country_level_incident_gets_no_circle():
    """A circle in the middle of a country would claim a region nobody reported."""
    (row,) = incidents_frame([incident(SYRIA, 3, None)]).to_dict("records")
    assert (row["uncertainty_km"], row["area_wkt"], row["geo_precision"]) == (0.0, None, 3)


def test_incident_ids_are_stable_and_unique_per_frame():
    from geomap.review.ids import stable_id

    frame = incidents_frame([incident(AL_TANF, 1, 0), incident(AL_TANF, 1, 2)])
    first = stable_id("a.txt", "First sentence.", AL_TANF.name)
    assert frame["incident_id"].tolist() == [first, f"{first}-2"]
    assert frame["reviewed"].tolist() == [False, False]


def test_a_frozen_attr_is_shared_not_copied_by_frame_operations():
    import copy

    from geomap.frame import FrozenAttr

    towns = FrozenAttr(n=["Kharkiv"] * 1000, lat=[50.0] * 1000)
    frame = incidents_frame([])
    frame.attrs["towns"] = towns
    assert copy.deepcopy(towns) is towns
    assert frame.copy().attrs["towns"] is towns
    assert frame[frame["fatalities"].isna()].attrs["towns"] is towns
