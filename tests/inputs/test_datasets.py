"""ACLED and UCDP GED CSV files read as incidents.  The rows are invented for the tests."""

from datetime import date
from pathlib import Path

import pytest

from geomap.errors import InputError
from geomap.export.acled import ACLED_COLUMNS, acled_frames
from geomap.inputs import iter_articles
from geomap.inputs.datasets import read_dataset
from geomap.model import Incident

ACLED_HEADER = ",".join(ACLED_COLUMNS)
ACLED_ROWS = [
    # numeric inter codes (older exports) and ACLED's own country name
    "SYR900001,2023-03-04,2023,1,Political violence,Explosions/Remote violence,Air/drone strike,"
    "Military Forces of Russia (2000-),,8,Civilians (Syria),,7,78,Civilian targeting,760,"
    "Middle East,Syria,Idlib,Idlib,,Sarmin,35.9,36.72,1,Local monitor,Subnational,"
    '"Russian jets struck Sarmin, killing three civilians.",3,,1680000000',
    # text inter codes (newer exports), province precision
    "SDN900002,14 June 2023,2023,2,Political violence,Battles,Armed clash,"
    "Rapid Support Forces,,Rebel group,Military Forces of Sudan (2019-),,State forces,"
    '"State forces-Rebel group",,729,Northern Africa,Sudan,North Darfur,,,El Fasher,13.63,'
    "25.35,3,Radio,National,Fighting around El Fasher.,0,,1690000000",
]
UCDP_HEADER = (
    "id,relid,year,active_year,code_status,type_of_violence,conflict_name,dyad_name,side_a,side_b,"
    "number_of_sources,source_headline,where_prec,where_coordinates,where_description,adm_1,"
    "adm_2,latitude,longitude,country,country_id,region,event_clarity,date_prec,date_start,"
    "date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,low"
)
UCDP_ROWS = [
    "777001,SYR-1,2016,1,Clear,3,IS - Civilians,IS - Civilians,IS,Civilians,2,"
    '"Militants kill five villagers",1,Kafr Nubl village,,Idlib governorate,Maarrat district,'
    "35.61,36.56,Syria,652,Middle East,1,1,2016-05-02,2016-05-02,0,0,5,0,5,6,5",
    "777002,MLI-2,2020,1,Clear,1,Mali: Government,Mali - JNIM,Government of Mali,JNIM,1,,4,"
    "Mopti region,,Mopti region,,14.5,-4.2,Mali,432,Africa,1,4,2020-02-10,2020-02-28,2,3,0,0,"
    "5,9,5",
]


def write(
    tmp_path: Path, header: str, rows: list[str], name: str = "events.csv", encoding: str = "utf-8"
) -> Path:
    path = tmp_path / name
    path.write_text("\n".join([header, *rows]) + "\n", encoding=encoding)
    return path


def test_acled_rows_become_incidents_with_their_own_values(tmp_path):
    first, second = read_dataset(write(tmp_path, ACLED_HEADER, ACLED_ROWS))
    assert isinstance(first, Incident) and first.dataset == "ACLED"
    assert first.place.country == "SY" and (first.place.lat, first.place.lon) == (35.9, 36.72)
    assert first.event_date == date(2023, 3, 4) and first.fatalities == 3
    assert first.notes == ("Russian jets struck Sarmin, killing three civilians.",)
    assert second.event_date == date(2023, 6, 14) and second.geo_precision == 3
    assert second.place.feature_type == "admin1" and second.date_precision == 2
    points, _ = acled_frames([first, second], timestamp=1)
    assert points["event_id_cnty"].tolist() == ["SYR900001", "SDN900002"]
    assert points["source"].tolist() == ["Local monitor", "Radio"]
    # Text actor types are read as ACLED's numbers, the interaction recomputed.
    assert points["inter1"].tolist() == [8, 2] and points["interaction"].tolist() == [78, 12]
    assert points["timestamp"].tolist() == [1680000000, 1690000000]
    assert points["dataset"].tolist() == ["ACLED", "ACLED"]


def test_ucdp_rows_become_incidents(tmp_path):
    one_sided, state_based = read_dataset(write(tmp_path, UCDP_HEADER, UCDP_ROWS))
    assert one_sided.dataset == "UCDP GED" and one_sided.event_type == "Violence against civilians"
    assert (one_sided.actor1, one_sided.actor2, one_sided.fatalities) == ("IS", "Civilians", 5)
    assert one_sided.notes == ("Militants kill five villagers",)
    assert one_sided.geo_precision == 1 and one_sided.place.country == "SY"
    assert state_based.event_type == "" and state_based.geo_precision == 3
    assert state_based.date_precision == 3 and state_based.place.country == "ML"
    points, _ = acled_frames([one_sided, state_based], timestamp=1)
    assert points["admin2"].tolist() == ["Maarrat district", ""]
    assert points["country"].tolist() == ["Syria", "Mali"]


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16"])
def test_a_legacy_encoded_dataset_is_read_with_a_warning(tmp_path, caplog, encoding):
    notes = "Frappe aérienne sur Sarmin : trois civils tués, d’après un témoin."
    rows = [ACLED_ROWS[0].replace("Russian jets struck Sarmin, killing three civilians.", notes)]
    path = write(tmp_path, ACLED_HEADER, rows, encoding=encoding)
    (incident,) = read_dataset(path)
    assert isinstance(incident, Incident) and incident.notes == (notes,)
    (warning,) = [r.getMessage() for r in caplog.records]
    assert warning.startswith(f"{path}: not UTF-8") and "decoded as" in warning
    assert ("utf_16" if encoding == "utf-16" else encoding) in warning


def test_a_bad_row_is_named_and_the_file_goes_on(tmp_path):
    rows = [ACLED_ROWS[0].replace("35.9,36.72", "north,36.72"), ACLED_ROWS[1]]
    bad, good = read_dataset(write(tmp_path, ACLED_HEADER, rows))
    assert isinstance(bad, InputError) and "events.csv:2:" in str(bad)
    assert "not a coordinate" in str(bad)
    assert isinstance(good, Incident)


@pytest.mark.parametrize(
    ("header", "message"),
    [
        (
            "id,text,pub_date,gold_lat,gold_lon",
            "neither (ACLED needs event_id_cnty, event_date, event_type, actor1, country, "
            "latitude, longitude; UCDP GED needs date_start, side_a, side_b, country, latitude, "
            "longitude, best)",
        ),
        ("event_id_cnty,sub_event_type,latitude", "lacks the column(s) event_date, event_type"),
    ],
)
def test_a_csv_that_is_neither_names_the_missing_columns(tmp_path, header, message):
    (error,) = read_dataset(write(tmp_path, header, ["1,2,3,4,5"]))
    assert isinstance(error, InputError) and message in str(error)
    assert "events.csv:1:" in str(error)


def test_datasets_and_articles_come_from_one_folder(tmp_path):
    write(tmp_path, ACLED_HEADER, ACLED_ROWS)
    (tmp_path / "story.txt").write_text("T\n\nDrones struck Kherson.\n", encoding="utf-8")
    kinds = sorted(type(item).__name__ for item in iter_articles([tmp_path]))
    assert kinds == ["Article", "Incident", "Incident"]
