"""A build's outputs are replaced as a set: all old or all new (case 7)."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from geomap.build import BuildResult, build
from geomap.errors import RenderError
from geomap.outputs import STAGING_PREFIX, write_outputs

OUTPUTS = (
    "incidents.geojson",
    "incidents.gpkg",
    "incidents.csv",
    "incidents.parquet",
    "places.geojson",
    "unresolved.csv",
    "map.html",
)

#: A build whose extraction is stubbed (no spaCy) and whose map writer can be slowed or broken.
CHILD = """
import sys, time
from pathlib import Path
from types import SimpleNamespace
import geomap.build, geomap.render
from geomap.build import BuildResult

geomap.build.extract_articles = lambda *a, **k: BuildResult(articles=1)
def slow_map(incidents, places, path, **kwargs):
    Path(path).write_text("new map", encoding="utf-8")
    print("writing", flush=True)
    time.sleep(300)
geomap.render.write_map = slow_map
geomap.build.build([], Path(sys.argv[1]), geoparser=SimpleNamespace(gazetteer=None))
"""


@pytest.fixture
def previous(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    out.mkdir()
    for name in OUTPUTS:
        (out / name).write_text(f"previous {name}", encoding="utf-8")
    return out


def _unchanged(out: Path) -> bool:
    return all((out / n).read_text(encoding="utf-8") == f"previous {n}" for n in OUTPUTS)


def _stub_build(monkeypatch, out: Path, title: str = "t") -> BuildResult:
    monkeypatch.setattr("geomap.build.extract_articles", lambda *a, **k: BuildResult(articles=1))
    return build([], out, geoparser=SimpleNamespace(gazetteer=None), title=title)


def test_a_failing_writer_leaves_every_output_old(previous: Path, monkeypatch) -> None:
    def broken(*args, **kwargs):
        raise UnicodeEncodeError("utf-8", "\ud800", 0, 1, "surrogates not allowed")

    monkeypatch.setattr("geomap.render.write_map", broken)
    with pytest.raises(UnicodeEncodeError):
        _stub_build(monkeypatch, previous)
    assert _unchanged(previous)
    assert sorted(p.name for p in previous.iterdir()) == sorted(OUTPUTS)  # no staging left


def test_a_hostile_title_writes_all_outputs(previous: Path, monkeypatch) -> None:
    result = _stub_build(monkeypatch, previous, title="War\ud800\x00 <script>\u2028")
    assert [p.name for p in result.outputs] == list(OUTPUTS)
    html = (previous / "map.html").read_text(encoding="utf-8")
    assert "War\ufffd" in html and "\x00" not in html
    assert not any((previous / n).read_bytes().startswith(b"previous") for n in OUTPUTS)


def test_a_build_killed_while_writing_leaves_every_output_old(previous: Path) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(previous)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout.readline().strip() == "writing"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert _unchanged(previous)
    assert list(previous.glob(f"{STAGING_PREFIX}*"))  # the killed build's staging folder
    write_outputs(previous, {"extra.txt": lambda p: p.write_text("x")})
    assert list(previous.glob(f"{STAGING_PREFIX}*")) == []  # swept by the next build


def test_an_output_name_taken_by_a_folder_is_refused_before_writing(previous: Path) -> None:
    (previous / "map.html").unlink()
    (previous / "map.html").mkdir()
    with pytest.raises(RenderError, match="map.html: is a folder"):
        write_outputs(previous, {n: (lambda p: p.write_text("new")) for n in OUTPUTS})
    assert (previous / "incidents.geojson").read_text() == "previous incidents.geojson"


def test_outputs_keep_their_mode(previous: Path) -> None:
    (previous / "map.html").chmod(0o600)
    write_outputs(previous, {"map.html": lambda p: p.write_text("new")})
    assert (previous / "map.html").stat().st_mode & 0o777 == 0o600
    assert time.time() - (previous / "map.html").stat().st_mtime < 60
