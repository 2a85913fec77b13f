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
  again with nothing changed (`geomap.cache`);
* with ``--builds``: whole builds without a cache at jobs=1 and jobs=N, so
  the main process's serial part (frames, exports, map) is counted too.

Every run prints its wall and CPU seconds (this process and its workers)
and the cores it got (CPU / wall); the load average (``uptime``) is printed
before each run.  On a shared machine the wall ratio is bounded by the cores
the others leave free; the CPU ratio says what the code costs.

Usage::

    .venv/bin/python benchmarks/bench_corpus.py [--n 2000] [--jobs 2] [--builds]

Targets (issue 16): jobs=2 ≥ 1.7× the jobs=1 throughput on 2 cores; an
unchanged rebuild ≥ 20× faster than the first build.  The
machine's other load counts against both; run it on an idle machine for
figures to publish.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import tempfile
import time
from dataclasses import dataclass
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


@dataclass(frozen=True, slots=True)
class Run:
    """Wall seconds of a run, and CPU seconds of this process and of its (reaped) workers."""

    wall: float
    own: float
    workers: float

    @property
    def cpu(self) -> float:
        return self.own + self.workers

    def idle_wall(self, jobs: int) -> float:
        """The wall time on ``jobs`` idle cores: this process's part alone, the workers' shared.

        This process's own CPU (reading, merging, and in a whole build the
        frames, exports and map) is counted as serial, so the estimate errs
        low, never high.
        """
        return self.own + self.workers / jobs


def _cpu() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def uptime() -> str:
    """``uptime``'s load averages (1, 5, 15 minutes), to judge the wall-clock figures by."""
    try:
        out = subprocess.run(["uptime"], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        out = "load average: " + ", ".join(f"{v:.2f}" for v in os.getloadavg())
    return out.strip().split("load average")[-1].lstrip(":s ").strip()


def timed(label: str, run, n: int) -> Run:
    """Wall and CPU seconds (this process and its workers) of ``run``."""
    print(f"{'':<10} load average before: {uptime()} on {os.cpu_count()} cores")
    (own, workers), start = _cpu(), time.perf_counter()
    run()
    seconds, (own_after, workers_after) = time.perf_counter() - start, _cpu()
    done = Run(seconds, own_after - own, workers_after - workers)
    print(
        f"{label:<10} {seconds:8.2f} s wall  {done.cpu:8.2f} s CPU ({done.workers:.2f} in workers)"
        f"  {n / seconds:8.1f} articles/s  {done.cpu / seconds:4.2f} cores used"
    )
    return done


def ratios(label: str, jobs: int, one: Run, many: Run) -> None:
    """Speedups of ``many`` (on ``jobs`` processes) over ``one``: by wall clock and by CPU time.

    The CPU-time figure is the wall ratio the code would reach with the
    cores to itself (`Run.idle_wall`): the workers' part spread over the
    jobs, this process's part serial, and everything forking, pickling and
    merging add counted.  On a shared machine the wall figure is bounded by
    the cores the other sessions leave (Linux shares CPU between sessions,
    ``sched_autogroup``, not between processes).
    """
    name = f"{label} jobs={jobs} / jobs=1"
    print(f"{name} by wall clock (target ≥ 1.7): {one.wall / many.wall:5.2f}x")
    print(f"{name} by CPU time:                  {one.cpu / many.idle_wall(jobs):5.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--only-cache", action="store_true", help="skip the throughput part")
    parser.add_argument(
        "--builds", action="store_true", help="also whole builds at jobs=1 and jobs=N"
    )
    args = parser.parse_args()
    articles = corpus(args.n)
    print(f"{len(articles)} articles, {sum(len(a.text) for a in articles):,} characters")
    if not args.only_cache:
        throughput(articles, args.n, args.jobs)
    if args.builds:
        builds(articles, args.n, args.jobs)
    rebuild(articles, args.n)


def _jsonl(articles: list[Article], folder: Path) -> Path:
    path = folder / "corpus.jsonl"
    rows = (
        {"id": a.id, "title": a.title, "text": a.text, "published": str(a.published or "")}
        for a in articles
    )
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def builds(articles: list[Article], n: int, jobs: int) -> None:
    """Whole builds (no cache) on one process and on ``jobs``, with one loaded geoparser."""
    geoparser = default_geoparser()
    with tempfile.TemporaryDirectory() as tmp:
        folder, warm = Path(tmp) / "corpus", Path(tmp) / "warm"
        folder.mkdir(), warm.mkdir()
        corpus_file, out = _jsonl(articles, folder), Path(tmp) / "out"
        build([_jsonl(articles[:20], warm)], out, geoparser=geoparser)  # load the model once

        def run(k: int) -> None:
            build([corpus_file], out, geoparser=geoparser, jobs=k)

        one = timed("build j=1", lambda: run(1), n)
        many = timed(f"build j={jobs}", lambda: run(jobs), n)
    ratios("whole build", jobs, one, many)


def rebuild(articles: list[Article], n: int) -> None:
    """A first build with an empty cache, then the same build again."""
    with tempfile.TemporaryDirectory() as tmp:
        corpus_file = _jsonl(articles, Path(tmp))
        cache, out = Path(tmp) / "cache", Path(tmp) / "out"
        first = timed("build", lambda: build([corpus_file], out, cache_dir=cache), n)
        again = timed("rebuild", lambda: build([corpus_file], out, cache_dir=cache), n)
        print(f"unchanged rebuild speedup (target ≥ 20):   {first.wall / again.wall:5.1f}x")


def throughput(articles: list[Article], n: int, jobs: int) -> None:
    """Bare spaCy, then extraction on one process and on ``jobs``."""
    import spacy

    nlp = spacy.load(MODEL)
    texts = [a.text for a in articles]
    bare = timed("spacy", lambda: list(nlp.pipe(texts, batch_size=16)), n)

    geoparser = default_geoparser()
    extract_articles(articles[:20], geoparser)  # warm the lookup cache a little, as a build would
    one = timed("jobs=1", lambda: extract_articles(articles, geoparser), n)
    many = timed(f"jobs={jobs}", lambda: extract_parallel(articles, geoparser, jobs), n)
    print(f"extraction jobs=1 / bare spaCy:                        {bare.wall / one.wall:5.2f}x")
    ratios("extraction", jobs, one, many)
    print(f"load average after: {uptime()} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
