"""Writing the map: atomic replace, actionable errors."""

from __future__ import annotations

import os

import pytest

from geomap.errors import RenderError
from geomap.render import assets, write_map


def test_replaces_atomically_without_leftovers(frames, tmp_path):
    target = tmp_path / "out" / "map.html"
    target.parent.mkdir()
    target.write_text("old map")
    assert write_map(*frames, target) == target
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert os.listdir(target.parent) == ["map.html"]
    assert (target.stat().st_mode & 0o777) == 0o644


def test_creates_missing_directory(frames, tmp_path):
    assert write_map(*frames, tmp_path / "a" / "b" / "map.html").exists()


def test_failed_write_keeps_old_file(frames, tmp_path, monkeypatch):
    target = tmp_path / "map.html"
    target.write_text("old map")

    def boom(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(RenderError, match="cannot write the map"):
        write_map(*frames, target)
    assert target.read_text() == "old map"
    assert os.listdir(tmp_path) == ["map.html"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_directory(frames, tmp_path):
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(RenderError, match="writable"):
            write_map(*frames, tmp_path / "map.html")
    finally:
        tmp_path.chmod(0o700)


def test_output_path_is_a_directory(frames, tmp_path):
    with pytest.raises(RenderError, match="cannot write the map"):
        write_map(*frames, tmp_path)


@pytest.mark.parametrize("name", ["leaflet.js", "countries-50m.json", "runtime.js"])
def test_missing_asset_is_actionable(frames, tmp_path, monkeypatch, name):
    missing = assets.Asset(name, tmp_path / "nope" / name, "js", "x", "0", "MIT")
    monkeypatch.setitem(assets.ASSETS, name, missing)
    assets.asset_text.cache_clear()
    try:
        with pytest.raises(RenderError, match=r"missing.*vendor_assets\.py"):
            write_map(*frames, tmp_path / "map.html")
    finally:
        assets.asset_text.cache_clear()
    assert not (tmp_path / "map.html").exists()
