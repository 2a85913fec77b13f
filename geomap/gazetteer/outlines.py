"""Approximate outlines of admin areas, derived from their member places.

No package on PyPI ships admin1/admin2 polygons, but every GeoNames place
carries its admin codes and lies inside its area.  Split a country among its
places (Voronoi cells: each point of land goes to the nearest place), merge
the cells of each area's places and clip to the country's Natural Earth
shape: the result tiles the country without gaps or overlaps, and a border
runs half-way between the last towns on either side.  It is coarse where
places are sparse (deserts), exact enough to show the province an incident
coded at province precision may lie in, and to draw province borders.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping

__all__ = ("MIN_MEMBERS", "admin_outlines")

#: Fewer member places than this span no outline worth drawing.
MIN_MEMBERS = 2
_SIMPLIFY_DEG = 0.01  # ~1 km: far below the uncertainty of the method
_DECIMALS = 3
_GRID_DEG = 1e-5


def admin_outlines(
    places: Iterable[tuple[str, float, float, tuple[Hashable, ...]]],
    shapes: Mapping[str, bytes],
) -> dict[Hashable, str]:
    """Return area key → WKT outline.

    ``places`` yields ``(country ISO2, lon, lat, area keys the place is in)``;
    ``shapes`` maps ISO2 → the country's shape as WKB.  Countries without a
    shape, and areas with fewer than `MIN_MEMBERS` places, get no outline.
    """
    by_country: dict[str, list[tuple[float, float, tuple[Hashable, ...]]]] = defaultdict(list)
    for cc, lon, lat, keys in places:
        if cc in shapes and keys:
            by_country[cc].append((lon, lat, keys))
    out: dict[Hashable, str] = {}
    for cc in sorted(by_country):
        out.update(_country_outlines(by_country[cc], shapes[cc]))
    return out


def _country_outlines(rows, shape_wkb: bytes) -> dict[Hashable, str]:
    import numpy as np
    import shapely

    country = shapely.from_wkb(shape_wkb)
    # one cell per distinct position; places sharing one pool their areas
    where: dict[tuple[float, float], int] = {}
    areas_at: list[set[Hashable]] = []
    members: dict[Hashable, int] = defaultdict(int)
    for lon, lat, keys in rows:
        spot = (round(lon, 3), round(lat, 3))  # ~100 m: tinier cells break overlays
        i = where.setdefault(spot, len(where))
        if i == len(areas_at):
            areas_at.append(set())
        areas_at[i].update(keys)
        for key in keys:
            members[key] += 1
    coords = np.asarray(list(where), dtype=float)
    if len(coords) == 1:
        cells = np.asarray([country], dtype=object)
    else:
        minx, miny, maxx, maxy = country.bounds
        frame = shapely.box(minx - 1, miny - 1, maxx + 1, maxy + 1)
        cells = shapely.get_parts(
            shapely.voronoi_polygons(shapely.multipoints(coords), extend_to=frame, ordered=True)
        )
    cells_of: dict[Hashable, list[int]] = defaultdict(list)
    for i, keys in enumerate(areas_at):
        for key in keys:
            cells_of[key].append(i)
    shapely.prepare(country)
    out: dict[Hashable, str] = {}
    for key, idx in cells_of.items():
        if members[key] < MIN_MEMBERS:
            continue
        merged = _union(cells[idx])
        if not shapely.contains(country, merged):
            merged = _areal(shapely.intersection(merged, country))
        if merged is None or merged.is_empty:
            continue
        merged = shapely.simplify(merged, _SIMPLIFY_DEG, preserve_topology=True)
        out[key] = shapely.to_wkt(merged, rounding_precision=_DECIMALS, trim=True)
    return out


def _union(cells):
    """Merge neighbouring cells; the fast coverage union needs exactly shared edges."""
    import shapely
    from shapely.errors import GEOSException

    if len(cells) == 1:
        return cells[0]
    try:
        return shapely.coverage_union_all(cells)
    except GEOSException:  # cells that meet at a rounded vertex: snap them to a grid
        return shapely.union_all(cells, grid_size=_GRID_DEG)


def _areal(geom):
    """The polygonal part of an overlay result (clips can leave lines or points)."""
    import shapely

    if geom.geom_type in ("Polygon", "MultiPolygon"):
        return geom
    parts = [g for g in shapely.get_parts(geom) if g.geom_type in ("Polygon", "MultiPolygon")]
    return shapely.union_all(parts) if parts else None
