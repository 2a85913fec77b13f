"""Cold start: one short article built from scratch, against a bare ``spacy.load``.

    python benchmarks/bench_cold_start.py [--runs 5]

Each figure is the median wall time of fresh processes, measured in the same
run: the baseline process only imports spaCy and loads geomap's model; the
measured one runs ``geomap build`` on one short violent article with no
extraction cache.  The gazetteer index is built beforehand (a one-off cost
shared by every later build).  Target (issue #16): at most 1.5x the baseline.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from bench_gazetteer import _median_run  # the same median over fresh processes

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
        bare = _median_run(
            [sys.executable, "-c", f"import spacy; spacy.load({MODEL!r})"], args.runs
        )
        cold = _median_run(build, args.runs)
    ratio = cold / bare
    print(f"bare spacy.load: {bare:.2f} s   geomap build, one article: {cold:.2f} s")
    print(f"cold start / bare spacy.load: {ratio:.2f}x (target ≤ {TARGET}): "
          f"{'OK' if ratio <= TARGET else 'MISSED'}")  # fmt: skip


if __name__ == "__main__":
    main()
