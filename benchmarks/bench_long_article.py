"""Benchmark build time per character on one long article, against bare spaCy.

One article of 10 KB … 1 MB (sentences written for this benchmark: attacks,
dates, numbers, places) goes through the pipeline geomap runs per article
(read and clean, geoparse, incidents) and, as the baseline in the same run,
through bare spaCy (the same model, no geomap component).  Time per
character must stay flat: the pipeline's time per character at the largest
size within ``FLAT_LIMIT`` of the smallest's, and within ``SPACY_LIMIT`` of
bare spaCy's at every size.  The whole build (map and GeoJSON written) is
reported beside it.

Usage::

    .venv/bin/python benchmarks/bench_long_article.py [--sizes 10000,100000,990000]
        [--budget 120] [--stub]

A size is skipped once the previous one took more than ``--budget`` seconds
(a quadratic stage would otherwise run for hours); a skip counts as a
failure.  ``--stub`` uses the test suite's small gazetteer instead of the
full one.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from geomap.build import build, extract_articles
from geomap.inputs import read_text_article

FLAT_LIMIT = 1.5
SPACY_LIMIT = 1.5
SIZES = (10_000, 25_000, 50_000, 100_000, 250_000, 500_000, 990_000)

_SENTENCES = (
    "Russian forces shelled {place} on {day}, killing {n} civilians and wounding {m} others.",
    "A drone struck a fuel depot near {place} late on {day}, the regional governor said.",
    "Local officials in {place} reported {n} dead after an air strike hit a market.",
    "The ministry said its air defences shot down {n} drones over {place} overnight.",
    "Fighting continued around {place} for a {ord} day, according to the army.",
    "Residents of {place} said the power station was damaged in the attack on {day}.",
    "Aid groups warned that {n} families had fled {place} since the offensive began.",
    "Talks in Geneva on {day} ended without agreement, diplomats said.",
)
_PLACES = ("Kharkiv", "Kherson", "Mykolaiv", "Zaporizhzhia", "Donetsk", "Odesa", "Sumy")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def article_text(chars: int, seed: int = 6) -> str:
    """A report of about ``chars`` characters, paragraphs of four sentences."""
    rng = random.Random(seed)
    out: list[str] = []
    size = 0
    while size < chars:
        paragraph = " ".join(
            rng.choice(_SENTENCES).format(
                place=rng.choice(_PLACES),
                day=rng.choice(_DAYS),
                n=rng.randint(2, 40),
                m=rng.randint(2, 90),
                ord=rng.choice(("second", "third", "fourth")),
            )
            for _ in range(4)
        )
        out.append(paragraph)
        size += len(paragraph) + 2
    return "\n\n".join(out)[:chars]


def _geoparser(stub: bool):
    if stub:
        sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
        from geomap.geoparse import Geoparser, load_nlp

        from samples import StubGazetteer

        gazetteer = StubGazetteer()
        return Geoparser(gazetteer, nlp=load_nlp(gazetteer.ruler_names()))
    from geomap.build import default_geoparser

    return default_geoparser()


def measure(size: int, geoparser, bare, folder: Path) -> dict[str, float]:
    """Seconds for bare spaCy, the per-article pipeline and the whole build at one size."""
    path = folder / f"article-{size}.txt"
    path.write_text("Long report\nPublished: 2024-05-26\n\n" + article_text(size), "utf-8")
    text = read_text_article(path).text
    started = time.perf_counter()
    bare(text)
    spacy_s = time.perf_counter() - started
    started = time.perf_counter()
    result = extract_articles([read_text_article(path)], geoparser)
    pipeline_s = time.perf_counter() - started
    started = time.perf_counter()
    build([path], folder / f"out-{size}", geoparser=geoparser)
    build_s = time.perf_counter() - started
    return {
        "chars": len(text),
        "spacy": spacy_s,
        "pipeline": pipeline_s,
        "build": build_s,
        "incidents": len(result.incidents),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)))
    parser.add_argument("--budget", type=float, default=120.0)
    parser.add_argument("--stub", action="store_true")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]

    import spacy

    from geomap.geoparse.nlp import MODEL

    geoparser = _geoparser(args.stub)
    bare = spacy.load(MODEL)
    bare.max_length = geoparser.nlp.max_length
    rows: list[dict[str, float]] = []
    skipped: list[int] = []
    with tempfile.TemporaryDirectory() as tmp:
        measure(2_000, geoparser, bare, Path(tmp))  # warm-up: lazy loads, caches
        for size in sizes:
            if rows and rows[-1]["build"] > args.budget:
                skipped.append(size)
                continue
            rows.append(measure(size, geoparser, bare, Path(tmp)))
            row = rows[-1]
            print(
                f"{row['chars']:>9,} chars  spaCy {row['spacy']:7.2f} s "
                f"({1e6 * row['spacy'] / row['chars']:6.1f} µs/char)  "
                f"pipeline {row['pipeline']:7.2f} s "
                f"({1e6 * row['pipeline'] / row['chars']:6.1f} µs/char, "
                f"{row['pipeline'] / row['spacy']:4.2f}× spaCy)  "
                f"build {row['build']:7.2f} s  {int(row['incidents'])} incidents",
                flush=True,
            )
    for size in skipped:
        print(f"{size:>9,} chars  not run: the previous size took over {args.budget:g} s")
    first, last = rows[0], rows[-1]
    growth = (last["pipeline"] / last["chars"]) / (first["pipeline"] / first["chars"])
    worst = max(r["pipeline"] / r["spacy"] for r in rows)
    print(
        f"per-character growth {first['chars']:,} → {last['chars']:,}: {growth:.2f}× "
        f"(limit {FLAT_LIMIT}); worst pipeline/spaCy ratio {worst:.2f}× (limit {SPACY_LIMIT})"
    )
    ok = not skipped and growth <= FLAT_LIMIT and worst <= SPACY_LIMIT
    print("OK" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
