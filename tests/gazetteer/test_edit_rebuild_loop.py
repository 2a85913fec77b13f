"""The user's loop: a place is missing → `geomap gazetteer add` → rebuild → it is on the map."""

from __future__ import annotations

import json

from click.testing import CliRunner

from geomap.build import build
from geomap.cli import cli
from geomap.gazetteer import Gazetteer
from geomap.geoparse import Geoparser

ARTICLE = (
    "Clashes near the Iraqi border\nPublished: 2019-02-05\n\n"
    "Militants attacked an army checkpoint in Hajin on Monday, killing two soldiers.\n"
)


def _locations(curated_dir, cache_dir, base, article, out):
    geoparser = Geoparser(Gazetteer.open(curated_dir, cache_dir, base_db=base))
    build([article], out, geoparser=geoparser)
    features = json.loads((out / "incidents.geojson").read_text(encoding="utf-8"))["features"]
    return [f["properties"]["location"] for f in features]


def test_added_entry_is_used_by_the_next_build(curated_dir, cache_dir, tiny_base, tmp_path):
    article = tmp_path / "hajin.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    before = _locations(curated_dir, cache_dir, tiny_base, article, tmp_path / "before")
    assert "Hajin" not in before

    added = CliRunner().invoke(
        cli,
        [
            "gazetteer", "--dir", str(curated_dir), "--cache-dir", str(cache_dir),
            "add", "Hajin", "--lat", "34.70", "--lon", "40.83", "--type", "town",
            "--country", "SY", "--source", "test: GeoNames town centre",
        ],
    )  # fmt: skip
    assert added.exit_code == 0, added.output

    after = _locations(curated_dir, cache_dir, tiny_base, article, tmp_path / "after")
    assert after == ["Hajin"]
