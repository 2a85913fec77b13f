"""The command line, through click's CliRunner (sqlite-utils style)."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from geomap.cli import cli

ROOT = Path(__file__).resolve().parents[1]


def _commands(group: click.Group, prefix=()):
    for name, command in group.commands.items():
        yield (*prefix, name)
        if isinstance(command, click.Group):
            yield from _commands(command, (*prefix, name))


@pytest.mark.parametrize("path", list(_commands(cli)), ids=" ".join)
def test_commands_have_help(path):
    result = CliRunner().invoke(cli, [*path, "--help"])
    assert result.exit_code == 0
    command = cli
    for name in path:
        command = command.commands[name]
    assert command.help and len(command.help) > 40
    assert "Usage: " in result.output


def test_short_help_flag_and_version():
    runner = CliRunner()
    assert runner.invoke(cli, ["-h"]).exit_code == 0
    result = runner.invoke(cli, ["--version"])
    assert result.exit_code == 0 and "geomap" in result.output


@pytest.fixture
def stub_build(monkeypatch, geoparser):
    """Run `geomap build` with the stub gazetteer instead of the full index."""
    monkeypatch.setattr("geomap.build.default_geoparser", lambda: geoparser)


@pytest.fixture
def kharkiv_article(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(
        "Shelling in Kharkiv\nPublished: 2024-05-26\n\n"
        "Russian forces shelled Kharkiv on Saturday, killing four civilians.\n",
        encoding="utf-8",
    )
    return article


def test_build_writes_map_and_geojson(stub_build, tmp_path, kharkiv_article):
    article = kharkiv_article
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(article), "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    assert "1 articles, 1 incidents" in result.output
    features = json.loads((out / "incidents.geojson").read_text())["features"]
    (feature,) = features
    assert feature["properties"]["location"] == "Kharkiv"
    assert feature["properties"]["actor1"] == "Russian forces"
    assert feature["properties"]["fatalities"] == 4
    assert feature["properties"]["event_date"] == "2024-05-25"
    assert (out / "map.html").stat().st_size > 10_000
    assert (out / "places.geojson").exists()


def test_build_collects_garbage_less_often_and_restores_the_thresholds(
    stub_build, tmp_path, kharkiv_article, monkeypatch
):
    import gc

    from geomap.cli.build import GC_YOUNG_THRESHOLD

    seen = []
    monkeypatch.setattr(
        "geomap.build.write_outputs", lambda out, writers: seen.append(gc.get_threshold()) or []
    )
    before = gc.get_threshold()
    result = CliRunner().invoke(cli, ["build", str(kharkiv_article), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert seen == [(GC_YOUNG_THRESHOLD, *before[1:])]
    assert gc.get_threshold() == before


def test_bad_inputs_are_named_and_the_batch_goes_on(stub_build, tmp_path):
    (tmp_path / "good.txt").write_text("T\n\nDrones struck Kherson on Monday.\n", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"T\n\n\x00\x01 binary bytes")
    (tmp_path / "rows.jsonl").write_text('{"id": "x", "text": ""}\n', encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        cli, ["build", str(tmp_path), "--out", str(out), "-q", "--published", "2024-03-06"]
    )
    assert result.exit_code == 3
    assert f"skipped: {tmp_path / 'bad.txt'}: looks like a binary file" in result.output
    assert f"skipped: {tmp_path / 'rows.jsonl'}:1: field 'text'" in result.output
    assert "1 articles, 2 skipped, 1 incidents" in result.output
    assert (out / "map.html").exists()


def test_failed_build_keeps_previous_outputs(stub_build, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "map.html").write_text("previous map", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    result = CliRunner().invoke(cli, ["build", str(tmp_path / "empty"), "--out", str(out)])
    assert result.exit_code == 1
    assert "no article could be read" in result.output
    assert (out / "map.html").read_text() == "previous map"


@pytest.fixture
def no_work(monkeypatch):
    """Fail the test if the build loads the gazetteer or the language model."""

    def forbidden():
        raise AssertionError("the build started work before checking its arguments")

    monkeypatch.setattr("geomap.build.default_geoparser", forbidden)


@pytest.mark.parametrize(
    ("out", "message"),
    [
        ("afile/sub", "--out {tmp}/afile/sub: cannot write there (Not a directory)"),
        ("afile", "--out {tmp}/afile: not a folder"),
        ("/proc/geomap-out", "--out /proc/geomap-out: cannot write there"),
    ],
)
def test_a_bad_out_fails_in_one_line_before_any_work(no_work, tmp_path, out, message):
    (tmp_path / "afile").write_text("a file", encoding="utf-8")
    (tmp_path / "a.txt").write_text("T\n\nBody.", encoding="utf-8")
    target = out if out.startswith("/") else str(tmp_path / out)
    result = CliRunner().invoke(cli, ["build", str(tmp_path / "a.txt"), "--out", target])
    assert result.exit_code == 1
    assert result.output.startswith("Error: " + message.format(tmp=tmp_path))
    assert len(result.output.strip().splitlines()) == 1


def test_missing_inputs_fail_in_one_line_before_any_work(no_work, tmp_path):
    odd = tmp_path / "no\nsuch.txt"
    result = CliRunner().invoke(
        cli, ["build", str(odd), str(tmp_path / "gone"), "-o", str(tmp_path)]
    )
    assert result.exit_code == 1
    assert result.output == (
        f"Error: no such file or folder: {tmp_path}/no\\nsuch.txt, {tmp_path}/gone\n"
    )


def test_bad_published_option():
    result = CliRunner().invoke(cli, ["build", "--published", "someday"])
    assert result.exit_code == 2
    assert "cannot read a date from 'someday'" in result.output


@pytest.mark.slow
def test_build_examples_with_full_gazetteer(tmp_path, monkeypatch, full_geoparser):
    """The README's example map: several actors, incidents in several countries."""
    monkeypatch.setattr("geomap.build.default_geoparser", lambda: full_geoparser)
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(ROOT / "examples"), "--out", str(out), "-q"])
    assert result.exit_code == 0, result.output
    props = [
        f["properties"] for f in json.loads((out / "incidents.geojson").read_text())["features"]
    ]
    assert len({p["actor1"] for p in props}) >= 4
    assert len({p["country"] for p in props}) >= 4
    assert not {p["location"] for p in props} & {"Moscow", "Geneva", "Niamey", "Paris", "Muscat"}


def test_an_article_that_breaks_extraction_is_skipped_not_fatal(stub_build, tmp_path, monkeypatch):
    from geomap.incidents import IncidentExtractor

    real = IncidentExtractor.extract

    def flaky(self, parsed):
        if "BREAK" in parsed.article.text:
            raise RuntimeError("boom")
        return real(self, parsed)

    monkeypatch.setattr(IncidentExtractor, "extract", flaky)
    (tmp_path / "a.txt").write_text("A\n\nDrones struck Kherson on Monday.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("B\n\nBREAK this one.\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(tmp_path), "--out", str(out), "-q"])
    assert result.exit_code == 3
    assert "b.txt: could not extract incidents (RuntimeError: boom)" in result.output
    assert "1 articles, 1 skipped, 1 incidents" in result.output


@pytest.mark.slow
def test_eval_incidents_on_the_seed_gold(seed_path, full_geoparser, monkeypatch):
    monkeypatch.setattr("geomap.build.default_geoparser", lambda: full_geoparser)
    gold = seed_path.parent / "gold.json"
    result = CliRunner().invoke(cli, ["eval", "incidents", str(gold), "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    figures = figures["gold files"]
    assert figures["precision"] == 1.0 and figures["recall"] == 1.0
    assert figures["false_locations"] == 0
    assert figures["fatalities_accuracy"] == 1.0 and figures["date_accuracy"] == 1.0
    assert figures["event_type_accuracy"] == 1.0


def test_build_writes_every_default_format_then_export_adds_shapefile_and_kml(
    stub_build, tmp_path, kharkiv_article
):
    import pyogrio

    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(kharkiv_article), "--out", str(out), "-q"])
    assert result.exit_code == 0, result.output
    names = {p.name for p in out.iterdir()}
    assert {"incidents.geojson", "incidents.gpkg", "incidents.csv", "incidents.parquet"} <= names
    assert {"map.html", "places.geojson"} <= names
    row = pyogrio.read_dataframe(out / "incidents.gpkg", layer="incidents").iloc[0]
    assert (row["country"], row["iso"], row["region"]) == ("Ukraine", 804, "Europe")
    # Russian forces in Ukraine are state forces abroad: ACLED codes them external (8).
    assert (row["inter1"], row["inter2"], row["interaction"]) == (8, 7, 78)

    result = CliRunner().invoke(cli, ["export", str(out)])
    assert result.exit_code == 0, result.output
    assert (out / "incidents.shp.zip").exists() and (out / "incidents.kml").exists()


def test_build_refuses_an_unknown_format(tmp_path):
    result = CliRunner().invoke(cli, ["build", "--formats", "xlsx", "--out", str(tmp_path)])
    assert result.exit_code == 2
    assert "unknown format 'xlsx'" in result.output


def test_export_without_a_build_says_what_to_run(tmp_path):
    result = CliRunner().invoke(cli, ["export", str(tmp_path)])
    assert result.exit_code == 1
    assert "run 'geomap build" in result.output


def test_an_acled_export_and_articles_share_one_map(stub_build, tmp_path):
    from geomap.export.acled import ACLED_COLUMNS

    row = dict.fromkeys(ACLED_COLUMNS, "")
    row |= {
        "event_id_cnty": "UKR900003", "event_date": "2024-05-20", "event_type": "Battles",
        "sub_event_type": "Armed clash", "actor1": "Military Forces of Ukraine (2019-)",
        "inter1": "1", "iso": "804", "country": "Ukraine", "location": "Vovchansk",
        "latitude": "50.29", "longitude": "36.94", "geo_precision": "1", "fatalities": "4",
        "notes": "Clashes continued in Vovchansk.",
    }  # fmt: skip
    (tmp_path / "acled.csv").write_text(
        ",".join(ACLED_COLUMNS) + "\n" + ",".join(row.values()) + "\n", encoding="utf-8"
    )
    (tmp_path / "a.txt").write_text(
        "Shelling\nPublished: 2024-05-26\n\nRussian forces shelled Kharkiv on Saturday.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(tmp_path), "--out", str(out), "-q"])
    assert result.exit_code == 0, result.output
    props = [
        f["properties"] for f in json.loads((out / "incidents.geojson").read_text())["features"]
    ]
    assert sorted(p["dataset"] for p in props) == ["ACLED", "geomap"]
    acled = next(p for p in props if p["dataset"] == "ACLED")
    assert acled["event_id_cnty"] == "UKR900003" and acled["fatalities"] == 4
    assert "ACLED UKR900003" in (out / "map.html").read_text(encoding="utf-8")


def test_a_scheduler_needs_the_dask_engine(tmp_path):
    result = CliRunner().invoke(
        cli, ["build", "--scheduler", "tcp://x:8786", "--out", str(tmp_path)]
    )
    assert result.exit_code == 2 and "needs --engine dask" in result.output


@pytest.mark.slow
def test_build_on_a_local_dask_cluster(stub_build, tmp_path, kharkiv_article, monkeypatch):
    from geomap import dask_engine

    real = dask_engine.extract_dask
    # Worker threads of this process, so they import the stub geoparser the test installed.
    monkeypatch.setattr(dask_engine, "extract_dask", lambda *a, **k: real(*a, processes=False, **k))
    monkeypatch.setattr(dask_engine, "_loaded", {})
    out = tmp_path / "out"
    args = ["build", str(kharkiv_article), "--out", str(out), "-q", "--engine", "dask"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert "1 articles, 1 incidents" in result.output


def test_a_full_disk_while_writing_is_one_line(stub_build, tmp_path, monkeypatch):
    def full(out_dir, writers):
        raise OSError(28, "No space left on device", str(out_dir / "map.html"))

    monkeypatch.setattr("geomap.build.write_outputs", full)
    (tmp_path / "a.txt").write_text("T\n\nDrones struck Kherson on Monday.\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(tmp_path / "a.txt"), "-o", str(out), "-q"])
    assert result.exit_code == 1
    assert result.output == f"Error: {out / 'map.html'}: No space left on device\n"


@pytest.mark.parametrize(("code", "status"), [(None, 0), (0, 0), (3, 3), ("bad input", 1)])
def test_exit_code_of_a_finished_command(code, status, capsys):
    from geomap.cli import _exit_code

    assert _exit_code(code) == status
    assert capsys.readouterr().err == ("bad input\n" if isinstance(code, str) else "")


def test_leaving_at_once_still_flushes_what_was_printed():
    # main() ends with os._exit: a piped stdout must be flushed before it
    import subprocess
    import sys

    from geomap import __version__

    run = subprocess.run(
        [sys.executable, "-c", "from geomap.cli import main; main()", "--version"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0
    assert __version__ in run.stdout
