"""Cold start: one short article built from scratch, against a bare ``spacy.load``.

    python benchmarks/bench_cold_start.py [--runs 5]

Each figure is the median (and the minimum) wall time of fresh processes,
measured in the same run and interleaved (so a busy machine slows both
alike; the minimum is the run that met the least competition): the baseline
process only imports spaCy and loads geomap's model; the measured one runs
``geomap build`` on one short violent article with no extraction cache, with
the default ``--jobs`` (spaCy loads in a second process while the first
imports the writers) and with ``--jobs 1``.  CPU time (all processes) is
printed beside: it shows what a machine with no free core would see.  The
gazetteer index is built beforehand (a one-off cost shared by every later
build).  Target (issue #16): at most 1.5x the baseline.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ARTICLE = """Drone strike hits fuel depot near Kharkiv
Published: 2024-05-20

A drone struck a fuel depot on the outskirts of Kharkiv on Sunday night,
killing two workers, the regional governor said on Monday.
"""
TARGET = 1.5


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5, help="fresh processes per figure")
    args = parser.parse_args()
    from geomap.geoparse.nlp import MODEL

    geomap = str(Path(sys.executable).with_name("geomap"))
    with tempfile.TemporaryDirectory() as tmp:
        article = Path(tmp) / "one.txt"
        article.write_text(ARTICLE, encoding="utf-8")
        build = [geomap, "build", str(article), "--out", str(Path(tmp) / "out"), "--no-cache"]
        subprocess.run(build, check=True, capture_output=True)  # the gazetteer index, once
        commands = {
            "bare spacy.load": [sys.executable, "-c", f"import spacy; spacy.load({MODEL!r})"],
            "geomap build, one article": build,
            "the same with --jobs 1": [*build, "--jobs", "1"],
        }
        figures = _interleaved(list(commands.values()), args.runs)
    (bare, bare_min, _), (cold, cold_min, _), _ = figures
    for name, (wall, fastest, cpu) in zip(commands, figures, strict=True):
        print(
            f"{name}: median {wall:.2f} s ({wall / bare:.2f}x), "
            f"min {fastest:.2f} s ({fastest / bare_min:.2f}x), CPU {cpu:.2f} s"
        )
    ratio = cold / bare
    verdict = "OK" if ratio <= TARGET else "MISSED"
    print(
        f"cold start / bare spacy.load (medians): {ratio:.2f}x (target ≤ {TARGET}): "
        f"{verdict}; minima {cold_min / bare_min:.2f}x"
    )


def _interleaved(commands: list[list[str]], runs: int) -> list[tuple[float, float, float]]:
    """Median wall, minimum wall and median CPU seconds of each command, run in turn."""
    walls: list[list[float]] = [[] for _ in commands]
    cpus: list[list[float]] = [[] for _ in commands]
    for _ in range(runs):
        for index, command in enumerate(commands):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True)
            walls[index].append(time.perf_counter() - start)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpus[index].append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return [
        (statistics.median(w), min(w), statistics.median(c))
        for w, c in zip(walls, cpus, strict=True)
    ]


if __name__ == "__main__":
    main()
