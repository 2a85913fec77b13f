"""``geomap review`` through CliRunner, and the loop: review → rebuild → the correction holds."""

from __future__ import annotations

import json

import pandas as pd
import pyogrio
import pytest
from click.testing import CliRunner

from geomap.cli import cli

from samples import AL_TANF, ShapesGazetteer, StubGazetteer

ARTICLE = (
    "Clashes in Kharkiv\nPublished: 2024-05-26\n\n"
    "Russian forces shelled Kharkiv on Saturday, killing four civilians.\n"
)


@pytest.fixture
def corpus(tmp_path, monkeypatch, geoparser):
    monkeypatch.setattr("geomap.build.default_geoparser", lambda: geoparser)
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return folder


def _build(corpus, out):
    result = CliRunner().invoke(cli, ["build", str(corpus), "--out", str(out), "-q"])
    props = [
        f["properties"] for f in json.loads((out / "incidents.geojson").read_text())["features"]
    ]
    return result, props


def _review(corpus, out, *args):
    base = ["review", "--corpus", str(corpus), "--out", str(out)]
    obj = {"place_of": StubGazetteer().get}
    return CliRunner().invoke(cli, [*base, *args], obj=obj)


def test_review_then_rebuild_keeps_the_correction(corpus, tmp_path):
    out = tmp_path / "out"
    _, (first,) = _build(corpus, out)
    ident = first["incident_id"]
    assert first["reviewed"] is False
    done = _review(corpus, out, "set", ident, "fatalities", "5", "--why", "later toll")
    assert done.exit_code == 0, done.output
    assert f"reviews.tsv:4: set {ident}" in done.output
    moved = _review(corpus, out, "move", ident, "--to", AL_TANF.id, "--why", "wrong town")
    assert moved.exit_code == 0, moved.output
    for _ in range(2):  # every rebuild applies it, and the id does not move with the incident
        result, (row,) = _build(corpus, out)
        assert result.exit_code == 0, result.output
        assert "reviews: " in result.output and "2 correction(s) applied" in result.output
        assert row["incident_id"] == ident and row["reviewed"] is True
        assert (row["fatalities"], row["location"]) == (5, AL_TANF.name)
    html = (out / "map.html").read_text(encoding="utf-8")
    assert "geomap review --file" in html  # the popup's copyable command


def test_reject_then_rebuild_leaves_it_out_and_reports_stale_lines(corpus, tmp_path):
    out = tmp_path / "out"
    _, (first,) = _build(corpus, out)
    ident = first["incident_id"]
    assert _review(corpus, out, "reject", ident, "--why", "not news").exit_code == 0
    result, rows = _build(corpus, out)
    assert rows == []
    # the article's sentence changes: the old correction is reported, not dropped
    (corpus / "a.txt").write_text(ARTICLE.replace("four", "five"), encoding="utf-8")
    result, rows = _build(corpus, out)
    assert len(rows) == 1 and rows[0]["incident_id"] != ident
    assert f"reviews.tsv:4: reject {ident}: incident no longer exists" in result.output


def test_unknown_incident_and_bad_values_leave_the_file_unchanged(corpus, tmp_path):
    out = tmp_path / "out"
    _, (first,) = _build(corpus, out)
    ident = first["incident_id"]
    path = corpus / "reviews.tsv"
    for args, message in [
        (["reject", "0123456789ab", "--why", "x"], "no incident '0123456789ab'"),
        (["set", ident, "fatalities", "lots", "--why", "x"], "'lots' is not a whole number"),
        (["move", ident, "--to", "gn:0", "--why", "x"], "no gazetteer place has id 'gn:0'"),
        (["move", ident, "--why", "x"], "give either --to"),
        (["reject", ident, "--why", ""], "why: must not be empty"),
    ]:
        result = _review(corpus, out, *args)
        assert result.exit_code == 1, (args, result.output)
        assert message in result.output
        assert not path.exists()


def test_add_list_show_and_merge(corpus, tmp_path):
    out = tmp_path / "out"
    _, (first,) = _build(corpus, out)
    ident = first["incident_id"]
    sentence = "Gunmen stormed a checkpoint outside Kharkiv."
    added = _review(
        corpus, out, "add", "--article", "a.txt", "--sentence", sentence, "--lat", "50.0",
        "--lon", "36.2", "--precision", "2", "--event-type", "Battles", "--actor1", "Gunmen",
        "--date", "2024-05-25", "--why", "missed verb",
    )  # fmt: skip
    assert added.exit_code == 0, added.output
    _, rows = _build(corpus, out)
    new = next(r for r in rows if r["notes"] == sentence)
    assert (new["actor1"], new["event_date"], new["geo_precision"]) == ("Gunmen", "2024-05-25", 2)
    listed = _review(corpus, out, "list", "--json")
    actions = [r["action"] for r in json.loads(listed.output)]
    assert actions == ["add", "move", "set", "set", "set"]
    merged = _review(corpus, out, "merge", new["incident_id"], ident, "--why", "same attack")
    assert merged.exit_code == 0, merged.output
    _, (row,) = _build(corpus, out)
    assert row["incident_id"] == ident and sentence in row["notes"]
    shown = _review(corpus, out, "show", ident)
    assert "merge into=" in shown.output and f"geomap review reject {ident}" in shown.output


def _exported(out):
    """The incidents of the CSV and of the GeoPackage, by incident id."""
    csv = pd.read_csv(out / "incidents.csv", keep_default_na=False, dtype={"iso": str})
    gpkg = pyogrio.read_dataframe(out / "incidents.gpkg", layer="incidents")
    return [t.set_index("incident_id") for t in (csv, gpkg)]


WHERE = ["country", "admin1", "admin2", "iso", "region", "country_code"]


def test_a_moved_incident_is_exported_where_it_now_is(corpus, tmp_path, geoparser, monkeypatch):
    monkeypatch.setattr(geoparser, "gazetteer", ShapesGazetteer())
    out = tmp_path / "out"
    _, (first,) = _build(corpus, out)
    ident = first["incident_id"]
    assert (first["country"], first["admin1"]) == ("Ukraine", "Kharkiv Oblast")
    assert _review(corpus, out, "move", ident, "--to", AL_TANF.id, "--why", "x").exit_code == 0
    _build(corpus, out)
    for table in _exported(out):
        row = table.loc[ident]
        assert [str(row[c]) for c in WHERE] == [
            "Syria", "Homs Governorate", "Al-Tanf District", "760", "Middle East", "SY"
        ]  # fmt: skip
        assert (row["location"], row["place_id"]) == (AL_TANF.name, AL_TANF.id)
    # Moved again, to a bare point inside the Ukrainian shape but no outlined province.
    lat_lon = ["--lat", "46.0", "--lon", "31.0"]
    assert _review(corpus, out, "move", ident, *lat_lon, "--why", "y").exit_code == 0
    _, (row,) = _build(corpus, out)
    assert (row["country"], row["admin1"], row["admin2"], row["iso"]) == ("Ukraine", "", "", 804)
    for table in _exported(out):
        row = table.loc[ident]
        assert [str(row[c]) for c in WHERE] == ["Ukraine", "", "", "804", "Europe", "UA"]


def _summary_count(result) -> int:
    """Incidents the build summary line reports."""
    line = next(x for x in result.output.splitlines() if " articles, " in x)
    return int(line.split(" articles, ")[1].split(" incidents")[0])


def test_the_build_summary_counts_incidents_after_review(corpus, tmp_path):
    out = tmp_path / "out"
    result, rows = _build(corpus, out)
    assert _summary_count(result) == len(rows) == 1
    ident = rows[0]["incident_id"]
    added = _review(
        corpus, out, "add", "--article", "a.txt", "--sentence", "Gunmen raided a depot.",
        "--lat", "50.0", "--lon", "36.2", "--precision", "2", "--event-type", "Battles",
        "--why", "missed",
    )  # fmt: skip
    assert added.exit_code == 0, added.output
    result, rows = _build(corpus, out)
    assert _summary_count(result) == len(rows) == 2  # the added one counts
    assert _review(corpus, out, "reject", ident, "--why", "not news").exit_code == 0
    result, rows = _build(corpus, out)
    assert _summary_count(result) == len(rows) == 1  # the rejected one does not
