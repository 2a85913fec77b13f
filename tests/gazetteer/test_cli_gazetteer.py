from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from geomap.cli.gazetteer import gazetteer
from geomap.gazetteer.curated import read_dir

from .conftest import GOOD_ROW, write_tsv


@pytest.fixture
def run(curated_dir: Path, cache_dir: Path, tiny_base: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr("geomap.gazetteer.core.ensure_base", lambda cache: tiny_base)
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(
            gazetteer, ["--dir", str(curated_dir), "--cache-dir", str(cache_dir), *args]
        )

    return invoke


@pytest.mark.parametrize(
    ("args", "first"),
    [
        (["Tripoli"], "Tripoli  32.88700 13.18700  LY  city  gn:2210247"),
        (["Tripoli", "--country", "LB"], "Tripoli  34.43400 35.84400  LB  city  gn:266826"),
        (["Tripoli", "--near", "34.4,35.8"], "Tripoli  34.43400 35.84400  LB"),
        (["At Tanf"], "Al Tanf Garrison  33.49060 38.61830  SY  base  cur:sy-al-tanf-garrison"),
    ],
)
def test_lookup_table(run, args: list[str], first: str) -> None:
    result = run("lookup", *args)
    assert result.exit_code == 0, result.output
    assert first in result.output.splitlines()[0]


def test_lookup_json(run) -> None:
    result = run("lookup", "Abu Kamal", "--json", "--limit", "1")
    assert result.exit_code == 0, result.output
    (row,) = json.loads(result.output)
    assert row["id"] == "gn:174448" and row["country"] == "SY" and row["type"] == "city"
    assert row["lat"] == pytest.approx(34.452) and row["score"] > 1 and row["source"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["lookup", "Zzyzx"], "no place matches 'Zzyzx'"),
        (["lookup", "Tripoli", "--near", "north"], "'north' is not LAT,LON"),
        (["remove", "nope"], "no curated entry with id 'nope'"),
    ],
)
def test_errors_are_one_line(run, args: list[str], message: str) -> None:
    result = run(*args)
    assert result.exit_code != 0
    assert message in result.output


def test_add_then_lookup_sees_it(run, curated_dir: Path) -> None:
    before = (curated_dir / "sy.tsv").read_bytes()
    result = run(
        "add",
        "Tower 22",
        "--lat",
        "33.3",
        "--lon",
        "38.7",
        "--type",
        "base",
        "--country",
        "sy",
        "--alias",
        "T-22",
        "--source",
        "OSM way 1",
    )
    assert result.exit_code == 0, result.output
    assert "added sy-tower-22 to" in result.output
    after = (curated_dir / "sy.tsv").read_bytes()
    assert after == before + b"sy-tower-22\tTower 22\tT-22\t33.3\t38.7\tbase\tSY\t\tOSM way 1\t\n"
    looked = run("lookup", "T 22", "--json")
    assert json.loads(looked.output)[0]["id"] == "cur:sy-tower-22"


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (
            ["--lat", "95", "--lon", "38", "--type", "base", "--country", "SY"],
            "lat: '95.0' is outside",
        ),
        (
            ["--lat", "33", "--lon", "38", "--type", "fort", "--country", "SY"],
            "type: unknown feature type 'fort'",
        ),
        (
            ["--lat", "33", "--lon", "38", "--type", "base", "--country", "QQ"],
            "country: unknown ISO",
        ),
        (
            ["--lat", "48.8", "--lon", "2.3", "--type", "base", "--country", "SY"],
            "outside SY's borders",
        ),
        (
            [
                "--lat",
                "33",
                "--lon",
                "38",
                "--type",
                "base",
                "--country",
                "SY",
                "--id",
                "sy-al-tanf-garrison",
            ],
            "'sy-al-tanf-garrison' already exists",
        ),
    ],
)
def test_add_rejects(run, curated_dir: Path, extra: list[str], message: str) -> None:
    before = (curated_dir / "sy.tsv").read_bytes()
    result = run("add", "Somewhere", *extra)
    assert result.exit_code == 1
    assert message in result.output
    assert (curated_dir / "sy.tsv").read_bytes() == before


def test_add_force_and_near_duplicate_warning(run, curated_dir: Path) -> None:
    forced = run(
        "add",
        "Paris Annex",
        "--lat",
        "48.8",
        "--lon",
        "2.3",
        "--type",
        "site",
        "--country",
        "SY",
        "--force",
    )
    assert forced.exit_code == 0, forced.output
    dup = run(
        "add",
        "Al Tanf Garrison",
        "--lat",
        "33.5",
        "--lon",
        "38.62",
        "--type",
        "base",
        "--country",
        "SY",
        "--id",
        "sy-tanf-again",
    )
    assert dup.exit_code == 0
    assert "warning: 'Al Tanf Garrison' is a near-duplicate of 'sy-al-tanf-garrison'" in dup.output
    assert len(read_dir(curated_dir)[0]) == 3


def test_remove_and_list(run) -> None:
    listed = run("list", "--json")
    assert [row["id"] for row in json.loads(listed.output)] == ["sy-al-tanf-garrison"]
    assert run("remove", "sy-al-tanf-garrison").exit_code == 0
    assert json.loads(run("list", "--json").output) == []


@pytest.mark.parametrize(("country", "count"), [("SY", 1), ("sy", 1), ("IQ", 0), (None, 1)])
def test_list_filters_country(run, country: str | None, count: int) -> None:
    args = ["list"] + (["--country", country] if country else [])
    result = run(*args)
    assert result.exit_code == 0
    assert len(result.output.splitlines()) == count


def test_validate(run, curated_dir: Path) -> None:
    assert run("validate").exit_code == 0
    write_tsv(
        curated_dir / "iq.tsv",
        GOOD_ROW.replace("sy-hajin", "iq-x").replace("\tSY\t", "\tIQ\t"),
        "iq-bad\tBad\t\t33\t44\ttown\tIQ\t\t\t",
    )
    result = run("validate")
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert f"{curated_dir / 'iq.tsv'}:2: lat/lon: (34.7, 40.83) is" in lines[0]
    assert (
        lines[1] == f"{curated_dir / 'iq.tsv'}:3: source: must say where the coordinates come from"
    )


def test_import_geonames_and_csv(run, curated_dir: Path, tmp_path: Path) -> None:
    dump = tmp_path / "SY.txt"
    cols = [
        "163345",
        "Tall Abyaḑ",
        "Tall Abyad",
        "Tal Abyad,Tell Abyad,tl abyd",
        "36.69",
        "38.95",
        "P",
        "PPL",
        "SY",
        "",
        "09",
        "",
        "",
        "",
        "12000",
        "",
        "350",
        "Asia/Damascus",
        "2020-01-01",
    ]
    far = cols.copy()
    far[0], far[4] = "1", "10.0"
    dump.write_text("\t".join(cols) + "\n" + "\t".join(far) + "\n", encoding="utf-8")
    result = run("import", str(dump), "--into", "layer-geonames")
    assert result.exit_code == 0, result.output
    assert "imported 1 place(s), skipped 1 row(s)" in result.output
    assert "SY.txt:2: lat/lon" in result.output
    layer = (curated_dir / "layer-geonames.tsv").read_text()
    assert "gn-163345\tTall Abyaḑ\tTal Abyad|Tell Abyad\t36.69\t38.95\ttown\tSY" in layer

    csv_file = tmp_path / "cp.csv"
    csv_file.write_text(
        "name,lat,lon,type,country,aliases\nCheckpoint 7,33.5,36.3,checkpoint,SY,CP7\n"
        "Nowhere,abc,36.3,checkpoint,SY,\n",
        encoding="utf-8",
    )
    result = run("import", str(csv_file))
    assert "cp.csv:3: lat: 'abc' is not a number" in result.output
    ids = {e.id for e in read_dir(curated_dir)[0]}
    assert {"gn-163345", "sy-checkpoint-7"} <= ids
    assert run("validate").exit_code == 0


@pytest.mark.parametrize("command", ["lookup", "add", "remove", "list", "validate", "import"])
def test_help_teaches_with_example(command: str) -> None:
    result = CliRunner().invoke(gazetteer, [command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output
    assert f"geomap gazetteer {command}" in result.output


BREAKERS = ["\r", "\v", "\f", "\x00", "\x85", "\u2028", "\u2029", "\x1b"]


@pytest.mark.parametrize("char", BREAKERS, ids=repr)
@pytest.mark.parametrize("option", ["name", "--alias", "--source", "--admin1"])
def test_add_refuses_line_breaking_characters(run, curated_dir: Path, char: str, option: str):
    before = (curated_dir / "sy.tsv").read_bytes()
    value = f"Tower{char}22"
    extra = [] if option == "name" else [option, value]
    name = value if option == "name" else "Tower 22"
    args = ["add", name, "--lat", "33.3", "--lon", "38.7", "--type", "base", "--country", "SY"]
    result = run(*args, *extra)
    assert result.exit_code == 1
    assert "line break or control character" in result.output
    assert (curated_dir / "sy.tsv").read_bytes() == before


@pytest.mark.parametrize("char", BREAKERS, ids=repr)
def test_a_hand_written_control_character_is_named_removed_and_repaired(
    run, curated_dir: Path, char: str
):  # case 4: a carriage return in a record split it in two and stopped every command
    bad = f"sy-tower-22\tTower{char}22\t\t33.3\t38.7\tbase\tSY\t\tOSM{char}\t"
    write_tsv(curated_dir / "sy.tsv", GOOD_ROW, bad)
    entries, problems = read_dir(curated_dir)
    assert [e.id for e in entries] == ["sy-hajin"]
    assert [(p.line, p.field) for p in problems] == [(3, "name"), (3, "source")]
    validated = run("validate")
    assert validated.exit_code == 1
    assert "sy.tsv:3: name:" in validated.output
    repaired = run("repair")
    assert repaired.exit_code == 0, repaired.output
    assert "sy.tsv:3: line: replaced control characters" in repaired.output
    entries, problems = read_dir(curated_dir)
    assert problems == []
    assert [(e.id, e.name, e.source) for e in entries][1] == ("sy-tower-22", "Tower 22", "OSM")
    assert run("lookup", "Tower 22").exit_code == 0


def test_remove_finds_an_invalid_record(run, curated_dir: Path) -> None:
    write_tsv(curated_dir / "sy.tsv", GOOD_ROW, "sy-x\tBad\rname\t\t33.3\t38.7\tbase\tSY\t\tOSM\t")
    result = run("remove", "sy-x")
    assert result.exit_code == 0, result.output
    assert (curated_dir / "sy.tsv").read_text(encoding="utf-8").count("\n") == 2
    assert read_dir(curated_dir) == (read_dir(curated_dir)[0], [])
    assert [e.id for e in read_dir(curated_dir)[0]] == ["sy-hajin"]


def test_import_refuses_carriage_returns_and_bad_bytes(run, curated_dir: Path, tmp_path: Path):
    before = (curated_dir / "sy.tsv").read_bytes()
    csv_file = tmp_path / "cr.csv"
    csv_file.write_bytes(
        b'name,lat,lon,type,country,source\r\n"Check\rpoint",33.5,36.3,checkpoint,SY,x\r\n'
    )
    result = run("import", str(csv_file))
    assert "cr.csv:2: name: 'Check\\rpoint' contains a tab, line break" in result.output
    assert "imported 0 place(s), skipped 1 row(s)" in result.output
    dump = tmp_path / "SY.txt"
    row = ["1", "Al\rBab", "", "", "36.3", "37.5", "P", "PPL", "SY", *[""] * 5, "0", "", "", "", ""]
    dump.write_text("\t".join(row) + "\r\n", encoding="utf-8")
    result = run("import", str(dump))
    assert "SY.txt:1: name: 'Al\\rBab' contains a tab, line break" in result.output
    binary = tmp_path / "bad.csv"
    binary.write_bytes(b"name,lat,lon,type,country\nCaf\xe9,33.5,36.3,town,SY\n")
    result = run("import", str(binary))
    assert result.exit_code == 1
    assert result.output.strip().endswith("not valid UTF-8 at byte 29; re-save the file as UTF-8")
    assert (curated_dir / "sy.tsv").read_bytes() == before
