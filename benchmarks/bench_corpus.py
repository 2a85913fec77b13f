"""Corpus-scale throughput: --jobs against one process, against bare spaCy NER.

Builds a corpus from the articles in examples/ (each copy gets its own id
and a numbered closing line, so no two texts are equal) and measures, in
one run:

* ``spacy``: bare ``spacy.load`` of the same model, ``nlp.pipe`` over the texts
  (the baseline every ratio is against);
* ``jobs=1``: geomap's extraction (geoparse + incidents) in this process;
* ``jobs=N``: the same on N forked workers (`geomap.parallel`);
* ``build`` / ``rebuild``: a whole ``geomap build`` (all outputs and the map)
  of the corpus as a JSON Lines file with an empty extraction cache, then
  again with nothing changed (`geomap.cache`).

Usage::

    .venv/bin/python benchmarks/bench_corpus.py [--n 2000] [--jobs 2]

Targets (issue 16): jobs=2 ≥ 1.7× the jobs=1 throughput on 2 cores; an
unchanged rebuild ≥ 20× faster than the first build.  The
machine's other load counts against both; run it on an idle machine for
figures to publish.
"""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
import time
from pathlib import Path

from geomap.build import build, default_geoparser, extract_articles
from geomap.geoparse.nlp import MODEL
from geomap.inputs import iter_articles
from geomap.model import Article
from geomap.parallel import extract_parallel

ROOT = Path(__file__).resolve().parents[1]


def corpus(n: int) -> list[Article]:
    """``n`` articles cycled from examples/, each with its own id and closing line."""
    seeds = [a for a in iter_articles([ROOT / "examples"]) if isinstance(a, Article)]
    return [
        Article(
            id=f"{i:05d}-{seed.id}",
            title=seed.title,
            text=f"{seed.text}\n\nReport number {i}.",
            published=seed.published,
        )
        for i, seed in ((i, seeds[i % len(seeds)]) for i in range(n))
    ]


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed(label: str, run, n: int) -> tuple[float, float]:
    """Wall and CPU seconds (this process and its workers) of ``run``."""
    cpu, start = _cpu(), time.perf_counter()
    run()
    seconds, cpu = time.perf_counter() - start, _cpu() - cpu
    print(f"{label:<10} {seconds:8.2f} s wall  {cpu:8.2f} s CPU  {n / seconds:8.1f} articles/s")
    return seconds, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--only-cache", action="store_true", help="skip the throughput part")
    args = parser.parse_args()
    articles = corpus(args.n)
    print(f"{len(articles)} articles, {sum(len(a.text) for a in articles):,} characters")
    if not args.only_cache:
        throughput(articles, args.n, args.jobs)
    rebuild(articles, args.n)


def rebuild(articles: list[Article], n: int) -> None:
    """A first build with an empty cache, then the same build again."""
    import json

    with tempfile.TemporaryDirectory() as tmp:
        corpus_file = Path(tmp) / "corpus.jsonl"
        rows = (
            {"id": a.id, "title": a.title, "text": a.text, "published": str(a.published or "")}
            for a in articles
        )
        corpus_file.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        cache, out = Path(tmp) / "cache", Path(tmp) / "out"
        first, _ = timed("build", lambda: build([corpus_file], out, cache_dir=cache), n)
        again, _ = timed("rebuild", lambda: build([corpus_file], out, cache_dir=cache), n)
        print(f"unchanged rebuild speedup (target ≥ 20):   {first / again:5.1f}x")


def throughput(articles: list[Article], n: int, jobs: int) -> None:
    """Bare spaCy, then extraction on one process and on ``jobs``."""
    import spacy

    nlp = spacy.load(MODEL)
    texts = [a.text for a in articles]
    bare, _ = timed("spacy", lambda: list(nlp.pipe(texts, batch_size=16)), n)

    geoparser = default_geoparser()
    extract_articles(articles[:20], geoparser)  # warm the lookup cache a little, as a build would
    one, one_cpu = timed("jobs=1", lambda: extract_articles(articles, geoparser), n)
    many, many_cpu = timed(f"jobs={jobs}", lambda: extract_parallel(articles, geoparser, jobs), n)
    print(f"throughput jobs=1 / bare spaCy:               {bare / one:5.2f}x")
    print(f"throughput jobs={jobs} / jobs=1 (target ≥ 1.7):      {one / many:5.2f}x")
    # What the wall-clock ratio would be with the cores to ourselves: the work
    # spread over the jobs, plus what fork, pickling and merging add.
    print(f"CPU-bound speedup jobs={jobs} × CPU(1)/CPU({jobs}):  {jobs * one_cpu / many_cpu:5.2f}x")
    print(f"load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
