"""Checks on curated entries that need shapes or other entries.

:mod:`geomap.gazetteer.curated` checks each record on its own; this module
adds the checks that look further: the point must lie in its country's
Natural Earth shape (25 km tolerance), the optional WKT must parse and suit
the type, and two entries with the same normalised name within 5 km are
reported as near-duplicates (a warning: a checkpoint and the town it guards
may share a name on purpose).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from geomap.distance import haversine_km
from geomap.gazetteer.borders import DEFAULT_TOLERANCE_KM, Borders
from geomap.gazetteer.curated import Entry, Problem, read_dir
from geomap.gazetteer.normalize import normalize

__all__ = (
    "NEAR_DUPLICATE_KM",
    "OFFSHORE_TYPES",
    "check_borders",
    "check_geometry",
    "near_duplicates",
    "validate_dir",
)

NEAR_DUPLICATE_KM = 5.0
#: Seas lie outside every country; their ``country`` only says whose news they are in.
OFFSHORE_TYPES = frozenset({"sea"})
_GEOMETRY_TYPES = {
    "river": {"LineString", "MultiLineString"},
    "region": {"Polygon", "MultiPolygon"},
    "admin1": {"Polygon", "MultiPolygon"},
    "admin2": {"Polygon", "MultiPolygon"},
    "country": {"Polygon", "MultiPolygon"},
    "lake": {"Polygon", "MultiPolygon"},
    "sea": {"Polygon", "MultiPolygon"},
}


def check_borders(
    entries: Iterable[Entry], borders: Borders, tolerance_km: float = DEFAULT_TOLERANCE_KM
) -> list[Problem]:
    """Report entries whose point lies outside their country (beyond tolerance)."""
    problems = []
    for e in entries:
        if e.type in OFFSHORE_TYPES or not e.country or borders.shape(e.country) is None:
            continue
        if not borders.contains(e.country, e.lat, e.lon, tolerance_km):
            dist = borders.distance_km(e.country, e.lat, e.lon) or 0.0
            problems.append(
                Problem(
                    str(e.path),
                    e.line,
                    "lat/lon",
                    f"({e.lat:g}, {e.lon:g}) is {dist:.0f} km outside {e.country}'s borders "
                    f"(tolerance {tolerance_km:g} km; `add --force` to keep it)",
                )
            )
    return problems


def check_geometry(entries: Iterable[Entry]) -> list[Problem]:
    """Report WKT that does not parse or does not suit the feature type."""
    problems = []
    for e in entries:
        if not e.geometry:
            continue
        import shapely

        try:
            geom = shapely.from_wkt(e.geometry)
        except Exception as exc:  # shapely raises GEOSException subclasses
            problems.append(
                Problem(str(e.path), e.line, "geometry", f"invalid WKT {e.geometry[:60]!r}: {exc}")
            )
            continue
        allowed = _GEOMETRY_TYPES.get(e.type)
        if allowed and geom.geom_type not in allowed:
            problems.append(
                Problem(
                    str(e.path),
                    e.line,
                    "geometry",
                    f"{geom.geom_type} for type {e.type!r} "
                    f"(expected {' or '.join(sorted(allowed))})",
                    warning=True,
                )
            )
    return problems


def _keys(entry: Entry) -> set[str]:
    return {normalize(n) for n in (entry.name, *entry.aliases)} - {""}


def near_duplicates(
    new: Iterable[Entry], existing: Iterable[Entry], km: float = NEAR_DUPLICATE_KM
) -> list[Problem]:
    """Warn about entries of ``new`` sharing a name with one of ``existing`` within ``km``.

    When ``new`` and ``existing`` are the same list each pair is reported
    once, on the later entry.
    """
    by_key: dict[str, list[Entry]] = {}
    order: dict[str, int] = {}
    for i, e in enumerate(existing):
        order.setdefault(e.id, i)
        for key in _keys(e):
            by_key.setdefault(key, []).append(e)
    problems = []
    for e in new:
        reported: set[str] = set()
        for key in sorted(_keys(e)):
            for other in by_key.get(key, ()):
                if other.id == e.id or other.id in reported:
                    continue
                if e.id in order and order[other.id] > order[e.id]:
                    continue
                dist = haversine_km(e.lat, e.lon, other.lat, other.lon)
                if dist <= km:
                    reported.add(other.id)
                    problems.append(
                        Problem(
                            str(e.path or "<new>"),
                            e.line,
                            "name",
                            f"{e.name!r} is a near-duplicate of {other.id!r} "
                            f"({other.where}, {dist:.1f} km away)",
                            warning=True,
                        )
                    )
    return problems


def validate_dir(curated_dir: Path, borders: Borders | None = None) -> list[Problem]:
    """Run every check on a curated directory; problems sorted by file and line."""
    entries, problems = read_dir(curated_dir)
    if borders is None:
        borders = Borders.from_natural_earth()
    problems += check_borders(entries, borders)
    problems += check_geometry(entries)
    problems += near_duplicates(entries, entries)
    return sorted(problems, key=lambda p: (p.path, p.line, p.field))
