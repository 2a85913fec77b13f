"""Silent misses made loud: scenes the gazetteer cannot resolve go to unresolved.csv."""

from __future__ import annotations

import csv
from datetime import date

from geomap.build import build


def test_an_unknown_scene_is_listed_with_its_sentence(tmp_path, geoparser):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "Raid\nPublished: 2024-03-06\n\n"
        "Gunmen attacked the village of Kafr Zita on Monday, killing five farmers.\n"
        "Russian forces shelled Kherson on Tuesday.\n"
        "In 2015, militants attacked Umm Batna.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = build([corpus], out, geoparser=geoparser, published=date(2024, 3, 6))
    with (out / "unresolved.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    names = [row["name"] for row in rows]
    assert "Kafr Zita" in names  # the scene of a recent attack the gazetteer lacks
    assert "Kherson" not in names  # resolved
    assert "Umm Batna" not in names  # history, not news
    row = rows[names.index("Kafr Zita")]
    assert row["article"] == "a.txt" and "killing five farmers" in row["sentence"]
    assert f"{len(rows)} unresolved place names (unresolved.csv)" in result.summary()
