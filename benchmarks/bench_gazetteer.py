"""Gazetteer speed and memory, each figure with a baseline from the same run.

    python benchmarks/bench_gazetteer.py            # uses/creates the cached index
    python benchmarks/bench_gazetteer.py --build    # also times a fresh base build

Targets (issue): CLI lookup ≤ 1 s and ≤ 0.7 s over ``python -c pass``;
≥ 100 000 warm lookups/s in-process; ≤ 300 MB RSS; build < ~2 min.
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TRAPS = ["Gao", "Tripoli", "Damascus", "Deir ez-Zor", "Abu Kamal", "Syria", "Kiev", "Odessa"]


def _median_run(cmd: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_build() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "base.sqlite"
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "geomap.gazetteer.build", str(out)], check=True)
        wall = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        size = out.stat().st_size / 2**20
    print(f"build: {wall:.1f} s wall, child peak RSS {peak:.0f} MB, index {size:.0f} MB")


def bench_cli(runs: int) -> None:
    geomap = shutil.which("geomap") or str(Path(sys.executable).parent / "geomap")
    subprocess.run([geomap, "gazetteer", "lookup", "Damascus"], check=True, capture_output=True)
    base = _median_run([sys.executable, "-c", "pass"], runs)
    look = _median_run([geomap, "gazetteer", "lookup", "Deir ez-Zor"], runs)
    print(
        f"cli: `geomap gazetteer lookup` {look:.3f} s vs `python -c pass` {base:.3f} s "
        f"(+{look - base:.3f} s, ×{look / base:.1f}); targets ≤ 1 s and ≤ +0.7 s: "
        f"{'OK' if look <= 1.0 and look - base <= 0.7 else 'MISSED'}"
    )


def _names(gz, count: int) -> list[str]:
    conn = sqlite3.connect(f"file:{gz.base_db}?mode=ro", uri=True)
    total = conn.execute("SELECT max(pk) FROM places").fetchone()[0]
    rng = random.Random(7)
    pks = rng.sample(range(1, total + 1), count)
    marks = ",".join("?" * len(pks))
    names = [r[0] for r in conn.execute(f"SELECT name FROM places WHERE pk IN ({marks})", pks)]
    conn.close()
    return names + TRAPS


def bench_lookups(count: int, warm_calls: int) -> None:
    from geomap.gazetteer import Gazetteer

    start = time.perf_counter()
    gz = Gazetteer.open()
    opened = time.perf_counter() - start
    names = _names(gz, count)
    gz.clear_cache()
    start = time.perf_counter()
    for name in names:
        gz.lookup(name)
    cold = len(names) / (time.perf_counter() - start)
    stream = [names[i % len(names)] for i in range(warm_calls)]
    start = time.perf_counter()
    for name in stream:
        gz.lookup(name)
    warm = warm_calls / (time.perf_counter() - start)
    table = {n: n for n in names}  # baseline: the cheapest possible lookup
    start = time.perf_counter()
    for name in stream:
        table.get(name)
    floor = warm_calls / (time.perf_counter() - start)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"open: {opened * 1000:.0f} ms (index already built)")
    print(f"cold lookups: {cold:,.0f}/s over {len(names)} distinct names")
    print(
        f"warm lookups: {warm:,.0f}/s (×{warm / cold:.0f} cold; dict.get baseline "
        f"{floor:,.0f}/s, ×{floor / warm:.1f} faster); target ≥ 100,000/s: "
        f"{'OK' if warm >= 100_000 else 'MISSED'}"
    )
    print(
        f"peak RSS: {rss:.0f} MB after {len(names) + warm_calls:,} lookups; target ≤ 300 MB: "
        f"{'OK' if rss <= 300 else 'MISSED'}"
    )
    for name in TRAPS:
        best = gz.lookup(name)[0]
        print(f"  {name!r} → {best.place.name}, {best.place.country} ({best.score:.2f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--build", action="store_true", help="also time a fresh base build")
    parser.add_argument("--runs", type=int, default=7, help="process runs per CLI timing")
    parser.add_argument("--names", type=int, default=5000, help="distinct names for cold lookups")
    parser.add_argument("--warm", type=int, default=500_000, help="warm lookup calls")
    args = parser.parse_args()
    if args.build:
        bench_build()
    bench_cli(args.runs)
    bench_lookups(args.names, args.warm)


if __name__ == "__main__":
    main()
