"""Geoparser throughput against the bare spaCy pipeline, on the same texts in one run.

    python benchmarks/bench_geoparse.py            # examples/ plus ../shared GeoWebNews texts

Target (issue 14): the geoparser (spaCy + recognition fixes + resolution with
the document features and the ranker) keeps ≥ 0.8× the throughput of the
spaCy pipeline alone.  The gazetteer's lookup cache is cleared before the
geoparser's pass, so every distinct name costs its SQL look-ups once.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "geoparsing" / "GWN.xml"
TARGET = 0.8


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").rglob("*.txt"))]
    if CORPUS.exists():
        from geomap.eval.corpora import read_corpus

        texts += [d.text for d in read_corpus(CORPUS)]
    return texts


def main() -> int:
    from geomap.build import default_geoparser
    from geomap.model import Article

    texts = _texts()
    geoparser = default_geoparser()
    articles = [Article(id=str(i), title="", text=t) for i, t in enumerate(texts)]
    list(geoparser.nlp.pipe(texts[:5]))  # load the model's lazy parts
    start = time.perf_counter()
    for _ in geoparser.nlp.pipe(texts, batch_size=16):
        pass
    bare = time.perf_counter() - start
    geoparser.gazetteer.clear_cache()
    start = time.perf_counter()
    mentions = sum(len(parsed.mentions) for parsed in geoparser.pipe(articles))
    full = time.perf_counter() - start
    ratio = bare / full
    chars = sum(map(len, texts))
    print(
        f"{len(texts)} texts, {chars / 1e6:.2f} M chars, {mentions} mentions: "
        f"spaCy {chars / bare / 1e3:.0f} k chars/s, geoparser {chars / full / 1e3:.0f} k chars/s "
        f"(×{ratio:.2f} of spaCy; target ≥ {TARGET}: {'OK' if ratio >= TARGET else 'MISSED'})"
    )
    return 0 if ratio >= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
