"""Conflict-geography evaluation of the gazetteer and checks of the curated data.

* ``test_conflict_place`` (slow): every row of ``conflict_places.tsv`` -- a
  place name as news writes it, with the true country and coordinates -- must
  resolve, as the gazetteer's first candidate, to within 25 km of the truth.
* ``test_curated_file_syntax`` (fast): each curated TSV file, read with the
  standard library only, has the exact header, 10 columns per row, valid
  coordinates, a known feature type, an uppercase ISO2 country, a unique id
  and a non-empty source.
* ``test_reference_places_are_curated`` (fast): the curated data covers the
  reference places every conflict map of eastern Syria needs.
"""

from __future__ import annotations

import csv
import math
import re
from pathlib import Path

import pytest

from geomap.model import FEATURE_TYPES

ROOT = Path(__file__).resolve().parents[2]
CURATED_DIR = ROOT / "gazetteer"
PLACES_TSV = Path(__file__).with_name("conflict_places.tsv")
HEADER = ["id", "name", "aliases", "lat", "lon", "type", "country", "admin1", "source", "geometry"]
MAX_KM = 25.0


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (mean Earth radius 6371.0088 km)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, h)))


def _read_places() -> list[dict[str, str]]:
    with PLACES_TSV.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


PLACES = _read_places()
CURATED_FILES = sorted(CURATED_DIR.glob("*.tsv"))


def _data_lines(path: Path) -> tuple[str | None, list[tuple[int, str]]]:
    """Return the header line and the (line number, text) of every record."""
    header: str | None = None
    rows: list[tuple[int, str]] = []
    with path.open(encoding="utf-8", newline="") as fh:
        for number, raw in enumerate(fh, start=1):
            line = raw.rstrip("\n").rstrip("\r")
            if header is None:
                if line.startswith("#") or not line.strip():
                    continue
                header = line
                continue
            if not line.strip():
                continue
            rows.append((number, line))
    return header, rows


def _curated_records() -> list[dict[str, str]]:
    records = []
    for path in CURATED_FILES:
        _, rows = _data_lines(path)
        for number, line in rows:
            cols = line.split("\t")
            if len(cols) == len(HEADER):
                records.append(dict(zip(HEADER, cols, strict=True), _where=f"{path.name}:{number}"))
    return records


# --------------------------------------------------------------- evaluation


@pytest.fixture(scope="module")
def gazetteer():
    from geomap.gazetteer import Gazetteer

    return Gazetteer.open()


def test_places_list_is_broad_enough():
    assert len(PLACES) >= 170
    per_country: dict[str, int] = {}
    for row in PLACES:
        per_country[row["country"]] = per_country.get(row["country"], 0) + 1
    for cc in ("SY", "IQ", "YE", "LB", "IL", "PS", "UA", "ML", "BF", "NE", "SO", "SD", "AF"):
        assert per_country.get(cc, 0) >= 8, f"only {per_country.get(cc, 0)} rows for {cc}"


@pytest.mark.slow
@pytest.mark.parametrize("row", PLACES, ids=[row["query"] for row in PLACES])
def test_conflict_place(gazetteer, row):
    query = row["query"]
    want_lat, want_lon = float(row["lat"]), float(row["lon"])
    # A few names are ambiguous on their own; the note names the context the
    # geoparser would pass (the country the article is about).
    context = re.search(r"context:([A-Z]{2})", row["note"])
    candidates = gazetteer.lookup(query, country=context.group(1) if context else None)
    assert candidates, f"{query!r}: no candidate (expected {row['country']} {want_lat},{want_lon})"
    place = candidates[0].place
    km = haversine_km(want_lat, want_lon, place.lat, place.lon)
    assert km <= MAX_KM, (
        f"{query!r} -> {place.name!r} [{place.country}, {place.feature_type}, {place.id}] at "
        f"{place.lat:.4f},{place.lon:.4f} is {km:.1f} km from the expected "
        f"{row['country']} {want_lat},{want_lon} ({row['note']})"
    )


# ------------------------------------------------------- curated data checks


def test_curated_files_exist():
    names = {p.name for p in CURATED_FILES}
    assert "regions.tsv" in names
    assert {"sy.tsv", "iq.tsv", "ps.tsv", "ua.tsv", "sd.tsv"} <= names


@pytest.mark.parametrize("path", CURATED_FILES, ids=[p.name for p in CURATED_FILES])
def test_curated_file_syntax(path: Path):
    problems: list[str] = []
    header, rows = _data_lines(path)
    assert header == "\t".join(HEADER), f"{path.name}: header is {header!r}"
    stem = path.stem
    if stem != "regions":
        assert len(stem) == 2 and stem.islower(), f"{path.name}: not a lowercase ISO2 file name"
    ids: list[str] = []
    for number, line in rows:
        where = f"{path.name}:{number}"
        cols = line.split("\t")
        if len(cols) != len(HEADER):
            problems.append(f"{where}: {len(cols)} columns, expected {len(HEADER)}")
            continue
        rec = dict(zip(HEADER, cols, strict=True))
        ids.append(rec["id"])
        if not rec["id"] or rec["id"] != rec["id"].strip() or " " in rec["id"]:
            problems.append(f"{where}: bad id {rec['id']!r}")
        if not rec["name"].strip():
            problems.append(f"{where}: empty name")
        try:
            lat, lon = float(rec["lat"]), float(rec["lon"])
        except ValueError:
            problems.append(f"{where}: lat/lon not numbers: {rec['lat']!r}, {rec['lon']!r}")
        else:
            if not (math.isfinite(lat) and -90 <= lat <= 90):
                problems.append(f"{where}: latitude {lat} out of range")
            if not (math.isfinite(lon) and -180 <= lon <= 180):
                problems.append(f"{where}: longitude {lon} out of range")
            for value in (rec["lat"], rec["lon"]):
                if "." in value and len(value.split(".")[1]) > 4:
                    problems.append(f"{where}: more than 4 decimals in {value!r}")
        if rec["type"] not in FEATURE_TYPES:
            problems.append(f"{where}: unknown type {rec['type']!r}")
        cc = rec["country"]
        if stem == "regions" and not cc:
            pass  # a continent lies in no one country
        elif not (len(cc) == 2 and cc.isascii() and cc.isalpha() and cc.isupper()):
            problems.append(f"{where}: country {cc!r} is not an uppercase ISO2 code")
        elif stem != "regions" and cc.lower() != stem:
            problems.append(f"{where}: country {cc} in {path.name}")
        if not rec["source"].strip():
            problems.append(f"{where}: empty source")
        if any(not a.strip() for a in rec["aliases"].split("|")) and rec["aliases"]:
            problems.append(f"{where}: empty alias in {rec['aliases']!r}")
        geom = rec["geometry"]
        if geom and not (geom.startswith("LINESTRING (") or geom.startswith("POLYGON ((")):
            problems.append(f"{where}: geometry is not a LINESTRING or POLYGON: {geom[:30]!r}")
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        problems.append(f"{path.name}: duplicate ids {duplicates}")
    if ids != sorted(ids):
        problems.append(f"{path.name}: rows are not sorted by id")
    assert not problems, "\n".join(problems)


def test_curated_ids_unique_across_files():
    seen: dict[str, str] = {}
    clashes = []
    for rec in _curated_records():
        if rec["id"] in seen:
            clashes.append(f"{rec['id']}: {seen[rec['id']]} and {rec['_where']}")
        seen[rec["id"]] = rec["_where"]
    assert not clashes, "\n".join(clashes)


def _matches(rec: dict[str, str], *names: str) -> bool:
    spellings = {rec["name"].casefold(), *(a.casefold() for a in rec["aliases"].split("|") if a)}
    return any(n.casefold() in spellings for n in names)


@pytest.mark.parametrize(
    ("label", "names", "ftype", "lat", "lon", "km"),
    [
        ("Al Tanf Garrison", ("Al Tanf Garrison", "Al-Tanf Garrison"), "base", 33.506, 38.618, 10),
        (
            "Al Bukamal border crossing",
            ("Al Bukamal border crossing",),
            "crossing",
            34.42,
            40.97,
            10,
        ),
        ("Baghouz", ("Baghouz", "Baghuz"), None, 34.459, 40.951, 10),
        ("Deir ez-Zor governorate", ("Deir ez-Zor Governorate",), "admin1", 35.0, 40.0, 120),
        ("Euphrates", ("Euphrates",), "river", 35.0, 40.5, 300),
    ],
)
def test_reference_places_are_curated(label, names, ftype, lat, lon, km):
    found = [rec for rec in _curated_records() if _matches(rec, *names)]
    assert found, f"no curated entry for {label}"
    rec = found[0]
    if ftype:
        assert rec["type"] == ftype, f"{label}: type {rec['type']}"
    got = haversine_km(lat, lon, float(rec["lat"]), float(rec["lon"]))
    assert got <= km, f"{label}: {rec['_where']} is {got:.0f} km from {lat},{lon}"
    if ftype == "river":
        assert rec["geometry"].startswith("LINESTRING ("), f"{label}: no line geometry"
        assert rec["geometry"].count(",") >= 9, f"{label}: fewer than 10 vertices"
