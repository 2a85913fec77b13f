"""Benchmark the map renderer against naive folium at scale.

Writes synthetic incidents with geomap's renderer (one data block, markers
built in JS) and with the naive folium approach (one ``folium.Marker`` with a
popup per incident in a ``FeatureGroup`` per actor, Leaflet inlined the same
way so both open offline), then reports HTML size, Python write time and
first-frame time in headless Chromium (navigation start → ``__geomapReady``
for geomap, → ``load`` for naive, measured with ``performance.now()``).

Usage::

    .venv/bin/python benchmarks/bench_map.py [--n 100000] [--naive-n 10000] [--runs 3]

Two geomap data shapes are measured: ``snapped`` (incidents on gazetteer
spots, as geoparsed incidents are) and ``unique`` (every coordinate distinct:
the renderer's worst case).  Naive folium is measured at ``--naive-n`` (its
Python render alone grows past minutes at 100k; say so in the figures).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import folium

from geomap.render import write_map
from geomap.render.assets import inline_tag
from geomap.render.browser import launch, open_offline
from geomap.render.mapfile import OfflineMap, write_atomic
from geomap.render.sample import sample_frames

FIRST_FRAME_LIMIT_S = 3.0
SIZE_LIMIT_MB = 10.0


def naive_map(n: int, path: Path) -> Path:
    """One folium Marker (with popup) per incident, a FeatureGroup per actor."""
    incidents, _ = sample_frames(n, unique_coordinates=True)
    m = OfflineMap(location=[20, 10], zoom_start=3, tiles=None)
    for actor, rows in incidents.groupby("actor1"):
        group = folium.FeatureGroup(name=f"{actor} ({len(rows)})")
        for row in rows.itertuples():
            folium.Marker(
                [row.latitude, row.longitude],
                popup=folium.Popup(f"{row.event_date} {row.event_type}<br>{row.notes}"),
            ).add_to(group)
        group.add_to(m)
    folium.LayerControl().add_to(m)
    html = m.get_root().render()
    # Signal "drawn" the same way geomap does, after every marker exists.
    html = html.replace("</html>", "<script>window.__geomapReady = true;</script></html>")
    assert inline_tag("leaflet.js")[:20] in html
    return write_atomic(path, html)


def first_frame(browser, path: Path, runs: int, timeout_s: float) -> list[float] | None:
    """Seconds from navigation start to the ready flag, per run; None on timeout."""
    times = []
    for _ in range(runs):
        try:
            opened = open_offline(browser, path, timeout_ms=timeout_s * 1000)
        except Exception:  # noqa: BLE001 - Playwright timeout: report it, do not crash
            return None
        try:
            assert opened.requests == [], opened.requests
            times.append(opened.page.evaluate("performance.now()") / 1000)
        finally:
            opened.page.close()
    return times


def fmt(times: list[float] | None) -> str:
    if times is None:
        return "TIMEOUT"
    return f"{statistics.median(times):6.2f} s (min {min(times):.2f}, max {max(times):.2f})"


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; exit 1 if geomap misses the size or first-frame limit."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--naive-n", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=90.0, help="per page load, seconds")
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    rows = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = launch(p)
        cases = [
            (
                f"geomap snapped {args.n:,}",
                lambda path: write_map(*sample_frames(args.n, n_places=args.n // 5), path),
            ),
            (
                f"geomap unique  {args.n:,}",
                lambda path: write_map(
                    *sample_frames(args.n, n_places=args.n // 5, unique_coordinates=True), path
                ),
            ),
            (f"naive folium   {args.naive_n:,}", lambda path: naive_map(args.naive_n, path)),
        ]
        for k, (name, make) in enumerate(cases):
            path = Path(tmp) / f"case{k}.html"
            start = time.perf_counter()
            make(path)
            write_s = time.perf_counter() - start
            size_mb = path.stat().st_size / 1e6
            times = first_frame(browser, path, args.runs, args.timeout)
            rows.append((name, size_mb, write_s, times))
            print(
                f"{name}: {size_mb:7.2f} MB  write {write_s:6.2f} s  first frame {fmt(times)}",
                flush=True,
            )
        browser.close()

    geomap_rows, naive = rows[:-1], rows[-1]
    print("\nratios (naive per incident scaled to geomap's n / geomap):")
    scale = args.n / args.naive_n
    for name, size_mb, write_s, times in geomap_rows:
        size_ratio = naive[1] * scale / size_mb
        write_ratio = naive[2] * scale / write_s
        line = f"  {name}: size x{size_ratio:.0f}, write x{write_ratio:.1f}"
        if times and naive[3]:
            line += (
                f", first frame: naive at {args.naive_n:,} alone is "
                f"x{statistics.median(naive[3]) / statistics.median(times):.1f} geomap at "
                f"{args.n:,}"
            )
        print(line)
    ok = all(
        size <= SIZE_LIMIT_MB
        and times is not None
        and statistics.median(times) <= FIRST_FRAME_LIMIT_S
        for _, size, _, times in geomap_rows
    )
    print(
        f"\ntargets (≤ {SIZE_LIMIT_MB:g} MB, first frame ≤ {FIRST_FRAME_LIMIT_S:g} s): "
        f"{'met' if ok else 'MISSED'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
