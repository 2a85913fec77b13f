"""The whole pipeline on generated hostile articles: no crash, every good article on the map.

The batch runs (`write_batch`) mix hostile JSON Lines rows and text files
with good reports that carry hostile noise; the build must read them all
in one run, skip the broken ones each in one line, and put every good
one's incident on the map.  The 10,000-input run is the issue's acceptance
figure; set ``GEOMAP_FUZZ_BATCH`` to change its size.
"""

from __future__ import annotations

import json
import os
import time

import pytest
from fuzz.conftest import examples
from fuzz.hostile import GOOD, write_batch
from fuzz.strategies import hostile_text
from hypothesis import given
from hypothesis import strategies as st

from geomap.build import build, extract_articles
from geomap.model import Article

pytestmark = pytest.mark.slow  # loads spaCy


def run_batch(folder, out, geoparser, n: int) -> dict:
    """Write ``n`` inputs, build them in one run; return the figures."""
    batch = write_batch(folder / "in", n)
    skipped = []
    started = time.perf_counter()
    result = build([folder / "in"], out, geoparser=geoparser, on_error=skipped.append)
    seconds = time.perf_counter() - started
    features = json.loads((out / "incidents.geojson").read_text(encoding="utf-8"))["features"]
    on_map = {f["properties"]["article"] for f in features}
    return {
        "inputs": batch.inputs,
        "good": len(batch.good),
        "read": result.articles,
        "skipped": len(skipped),
        "lost": sorted(batch.good - on_map),
        "seconds": seconds,
    }


def test_a_hostile_batch_builds_with_every_good_input_on_the_map(tmp_path, geoparser):
    figures = run_batch(tmp_path, tmp_path / "out", geoparser, 400)
    assert figures["lost"] == []
    assert figures["read"] + figures["skipped"] == figures["inputs"]
    assert figures["good"] > 50 and figures["skipped"] > 100


@pytest.mark.skipif(os.environ.get("GEOMAP_FUZZ_BATCH") == "0", reason="GEOMAP_FUZZ_BATCH=0")
def test_ten_thousand_hostile_inputs_in_one_build(tmp_path, geoparser):
    n = int(os.environ.get("GEOMAP_FUZZ_BATCH", "10000"))
    figures = run_batch(tmp_path, tmp_path / "out", geoparser, n)
    print(f"\nfuzz batch: {json.dumps({**figures, 'lost': len(figures['lost'])})}")
    assert figures["lost"] == []
    assert figures["read"] + figures["skipped"] == figures["inputs"]


@examples(60)
@given(
    st.lists(st.tuples(st.sampled_from(GOOD), hostile_text, hostile_text), min_size=1, max_size=3)
)
def test_extraction_survives_hostile_articles(geoparser, reports):
    from geomap.inputs.clean import clean_line, clean_text

    articles = [
        Article(
            id=f"a{k}",
            title=clean_line(title) or "t",
            text=clean_text(f"{sentence.format(n=3)}\n\n{noise}"),
        )
        for k, (sentence, title, noise) in enumerate(reports)
    ]
    skipped = []
    result = extract_articles(articles, geoparser, on_error=skipped.append)
    assert skipped == [] and result.articles == len(articles)
    assert {i.article for i in result.incidents} == {a.id for a in articles}
