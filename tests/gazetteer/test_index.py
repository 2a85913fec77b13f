from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from geomap.errors import GazetteerEntryError, GazetteerError
from geomap.gazetteer import Gazetteer, default_curated_dir
from geomap.gazetteer.index import build_db, curated_key, ensure_curated
from geomap.model import Candidate, Place

from .conftest import TANF, write_tsv


@pytest.mark.parametrize(
    ("name", "kwargs", "place_id"),
    [
        ("Tripoli", {}, "gn:2210247"),
        ("Tripoli", {"country": "LB"}, "gn:266826"),
        ("Tripoli", {"country": "lb"}, "gn:266826"),
        ("Tripoli", {"near": (34.4, 35.8)}, "gn:266826"),
        ("Damascus", {}, "gn:170654"),
        ("Deir ez-Zor", {}, "gn:170794"),
        ("Deir Al Zor", {}, "gn:170794"),
        ("DAYR AZ-ZAWR", {}, "gn:170794"),
        ("Al Bukamal", {}, "gn:174448"),
        ("Abu Kamal", {}, "gn:174448"),
        ("Al Qunaytirah", {}, "gn:173334"),
        ("Syria", {}, "country:SY"),
        ("Britain", {}, "country:GB"),
        ("UK", {}, "country:GB"),
        ("U.K.", {}, "country:GB"),
        ("Deir ez-Zor province", {}, "adm1:SY.07"),
        ("At-Tanf", {}, "cur:sy-al-tanf-garrison"),
        ("Al Tanf Garrison", {}, "cur:sy-al-tanf-garrison"),
    ],
)
def test_lookup_ranks_best_first(
    tmp_gazetteer: Gazetteer, name: str, kwargs: dict, place_id: str
) -> None:
    found = tmp_gazetteer.lookup(name, **kwargs)
    assert found and found[0].place.id == place_id, [(c.place.id, c.score) for c in found]
    assert [c.score for c in found] == sorted((c.score for c in found), reverse=True)


@pytest.mark.parametrize(
    ("name", "place_ids"),
    [("Damascos", ["gn:170654", "gn:5722088"]), ("Damascus", []), ("Zzyzx", [])],
    ids=["one_edit", "one_edit-the_name_itself", "one_edit-none"],
)
def test_one_edit_finds_names_one_slip_away(
    tmp_gazetteer: Gazetteer, name: str, place_ids: list[str]
) -> None:
    found = tmp_gazetteer.one_edit(name)  # both Damascuses, the larger first
    assert [c.place.id for c in found] == place_ids
    assert all(c.matched == "Damascus" for c in found)


def test_lookup_returns_candidates_with_matched_name(tmp_gazetteer: Gazetteer) -> None:
    best = tmp_gazetteer.lookup("abu kamal")[0]
    assert isinstance(best, Candidate)
    assert best.matched == "Abu Kamal"
    assert best.place.source == "test:gn:174448"


@pytest.mark.parametrize(
    ("name", "limit", "count"), [("Tripoli", 1, 1), ("", 5, 0), ("Zzyzx", 5, 0)]
)
def test_lookup_limit_and_misses(
    tmp_gazetteer: Gazetteer, name: str, limit: int, count: int
) -> None:
    assert len(tmp_gazetteer.lookup(name, limit=limit)) == count


def test_lookup_is_cached(tmp_gazetteer: Gazetteer) -> None:
    first = tmp_gazetteer.lookup("Tripoli")
    first.clear()  # callers may mutate their list without poisoning the cache
    assert tmp_gazetteer.lookup("Tripoli")
    assert "hits=1" in tmp_gazetteer.cache_info()


def test_curated_replaces_the_base_place_it_curates(
    curated_dir: Path, cache_dir: Path, tiny_base: Path
) -> None:
    write_tsv(curated_dir / "lb.tsv", "lb-tripoli\tTripoli\t\t34.43\t35.84\tcity\tLB\tNorth\tOSM\t")
    with Gazetteer.open(curated_dir, cache_dir, base_db=tiny_base) as gz:
        default = [c.place.id for c in gz.lookup("Tripoli")]
        in_lebanon = gz.lookup("Tripoli", country="LB")[0].place.id
    assert default == ["gn:2210247", "cur:lb-tripoli"]  # gn:266826 merged away
    assert in_lebanon == "cur:lb-tripoli"


def test_curated_wins_a_tie(curated_dir: Path, cache_dir: Path, tiny_base: Path) -> None:
    write_tsv(curated_dir / "ly.tsv", "ly-uk\tUk\t\t27.0\t17.0\tvillage\tLY\t\tOSM\t")
    with Gazetteer.open(curated_dir, cache_dir, base_db=tiny_base) as gz:
        ids = [c.place.id for c in gz.lookup("Uk")]
        ids_ru = [c.place.id for c in gz.lookup("Uk", country="RU")]
    assert ids[0] == "country:GB"
    assert ids.index("cur:ly-uk") < ids.index("gn:1")  # two villages: curated first
    assert ids_ru.index("gn:1") < ids_ru.index("cur:ly-uk")  # context still counts


@pytest.mark.parametrize(
    ("place_id", "name"),
    [("gn:170654", "Damascus"), ("cur:sy-al-tanf-garrison", "Al Tanf Garrison"), ("gn:0", None)],
)
def test_get(tmp_gazetteer: Gazetteer, place_id: str, name: str | None) -> None:
    place = tmp_gazetteer.get(place_id)
    assert (place.name if place else None) == name


def test_curated_place_fields(tmp_gazetteer: Gazetteer) -> None:
    place = tmp_gazetteer.get("cur:sy-al-tanf-garrison")
    assert place == Place(
        "cur:sy-al-tanf-garrison",
        "Al Tanf Garrison",
        33.4906,
        38.6183,
        "base",
        "SY",
        "Homs",
        0,
        ("Al-Tanf", "At Tanf"),
        "curated:sy.tsv; OSM",
        None,
        1,
    )


@pytest.mark.parametrize(
    ("code", "name"), [("SY", "Syria"), ("gb", "United Kingdom"), ("XX", None)]
)
def test_country(tmp_gazetteer: Gazetteer, code: str, name: str | None) -> None:
    place = tmp_gazetteer.country(code)
    assert (place.name if place else None) == name
    assert place is None or place.feature_type == "country"


@pytest.mark.parametrize(
    ("cc", "lat", "lon", "inside"),
    [
        ("SY", 34.452, 40.919, True),  # Abu Kamal, 1 km from the Iraqi border
        ("SY", 33.51, 36.29, True),
        ("LB", 33.51, 36.29, True),  # Damascus is within 25 km of Lebanon
        ("LB", 34.45, 40.92, False),
        ("IQ", 33.51, 36.29, False),
        ("LY", 32.887, 13.187, True),  # Tripoli on the coast
        ("SY", 35.0, 33.0, False),  # Cyprus
        ("XX", 0.0, 0.0, False),
    ],
)
def test_contains(tmp_gazetteer: Gazetteer, cc: str, lat: float, lon: float, inside: bool) -> None:
    assert tmp_gazetteer.contains(cc, lat, lon) is inside


def test_ruler_names(tmp_gazetteer: Gazetteer) -> None:
    names = tmp_gazetteer.ruler_names()
    assert ("Al Tanf Garrison", "FAC") in names
    assert ("At Tanf", "FAC") in names
    assert ("Britain", "GPE") in names
    assert ("Dayr az Zawr", "GPE") in names
    assert all(label in {"GPE", "LOC", "FAC"} for _, label in names)
    assert not any(name == "Tripoli" for name, _ in names)  # cities come from spaCy's NER


def test_new_curated_entry_invalidates_index(
    curated_dir: Path, cache_dir: Path, tiny_base: Path
) -> None:
    key = curated_key(curated_dir)
    with Gazetteer.open(curated_dir, cache_dir, base_db=tiny_base) as gz:
        assert not gz.lookup("Tower 22")
    with (curated_dir / "sy.tsv").open("a", encoding="utf-8") as fh:
        fh.write("sy-tower-22\tTower 22\t\t33.3\t38.7\tbase\tSY\t\tOSM\t\n")
    assert curated_key(curated_dir) != key
    with Gazetteer.open(curated_dir, cache_dir, base_db=tiny_base) as gz:
        assert gz.lookup("Tower 22")[0].place.id == "cur:sy-tower-22"


def test_invalid_curated_file_fails_open_naming_line(tmp_path: Path, tiny_base: Path) -> None:
    curated = tmp_path / "cur"
    write_tsv(curated / "sy.tsv", TANF, "sy-bad\tBad\t\tnorth\t38\tbase\tSY\t\tOSM\t")
    with pytest.raises(GazetteerEntryError, match=r"sy\.tsv:3: lat: 'north' is not a number"):
        ensure_curated(curated, tmp_path / "cache")


def test_build_db_rejects_duplicate_ids(tmp_path: Path) -> None:
    place = Place("gn:1", "A", 0.0, 0.0, "city")
    with pytest.raises(GazetteerError, match="duplicate place id"):
        build_db(tmp_path / "x.sqlite", [place, place])
    assert not list(tmp_path.glob("x.sqlite"))


def test_index_is_read_only(tmp_gazetteer: Gazetteer) -> None:
    with pytest.raises(sqlite3.OperationalError):
        tmp_gazetteer._conn.execute("DELETE FROM base.places")


def test_missing_index_file(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="does not exist"):
        Gazetteer(tmp_path / "nope.sqlite", None)


@pytest.mark.parametrize("where", ["env", "cwd", "package"])
def test_default_curated_dir(where: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import geomap

    monkeypatch.delenv("GEOMAP_GAZETTEER_DIR", raising=False)
    monkeypatch.chdir(tmp_path)
    if where == "env":
        monkeypatch.setenv("GEOMAP_GAZETTEER_DIR", str(tmp_path / "elsewhere"))
        expected = tmp_path / "elsewhere"
    elif where == "cwd":
        (tmp_path / "gazetteer").mkdir()
        expected = tmp_path / "gazetteer"
    else:
        expected = Path(geomap.__file__).resolve().parent / "gazetteer" / "places"
        assert (expected / "sy.tsv").is_file()
    assert default_curated_dir() == expected


def test_import_stays_light() -> None:
    import subprocess
    import sys

    code = (
        "import sys, geomap.gazetteer; "
        "heavy = {'spacy', 'pandas', 'geopandas', 'folium', 'shapely'} & set(sys.modules); "
        "print(sorted(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
