"""Turn the incident and place GeoDataFrames into the map's one data block.

The block is columnar JSON built from whole columns (no per-row objects): a
shared string table ``s`` and, per table, arrays of indexes into it or of
numbers.  The JS runtime builds markers and popups from it, so 100,000
incidents cost a few MB instead of a folium object (and a popup) per row.
Large blocks are packed by `geomap.render.wire` (integer columns binary, the
rest JSON, gzipped and base64-encoded; ids and notes in a second block the
page reads after its first frame).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from geomap.render.labels import TOWNS_ATTR
from geomap.review.apply import COMMAND_ATTR

if TYPE_CHECKING:
    import geopandas as gpd

__all__ = [
    "ARTICLES_READ_ATTR",
    "UNKNOWN_ACTOR",
    "Payload",
    "build_payload",
]

log = logging.getLogger(__name__)

UNKNOWN_ACTOR = "Unknown actor"
#: Frame attribute: how many articles the build read (incidents or not), for the summary.
ARTICLES_READ_ATTR = "articles_read"
_AREA_TOLERANCE_DEG = 0.01  # ~1 km: outlines stay recognisable, the block stays small
_EPOCH = pd.Timestamp("1970-01-01")

# Short key in the block → column of the input frame; values go through the string table.
INCIDENT_STRINGS = {
    "et": "event_type",
    "st": "sub_event_type",
    "a2": "actor2",
    "loc": "location",
    "cc": "country",
    "adm": "admin1",
    "art": "article",
    "tt": "source_title",
    "url": "source_url",
    "rvt": "review",
}
PLACE_STRINGS = {
    "nm": "name",
    "pn": "place_name",
    "ro": "role",
    "ft": "feature_type",
    "cc": "country",
    "art": "article",
    "se": "sentence",
}

#: Columns unique to each incident, embedded row-aligned (no string-table index).
UNIQUE_STRINGS = {"id": "incident_id", "nt": "notes"}

Payload = dict[str, Any]


def _spot_table(block: dict[str, Any]) -> dict[str, list[float]]:
    """Coordinates once per spot; rows keep only their spot (``sp``), the runtime re-expands.

    At a million geoparsed incidents on tens of thousands of gazetteer spots
    this is most of the coordinates' bytes.
    """
    count = max(block["sp"], default=-1) + 1
    lat, lon = [0.0] * count, [0.0] * count
    for k, spot in enumerate(block["sp"]):
        lat[spot], lon[spot] = block["lat"][k], block["lon"][k]
    del block["lat"], block["lon"]
    return {"lat": lat, "lon": lon}


def _article_table(block: dict[str, Any]) -> dict[str, list[int]] | None:
    """Title and URL once per article when each article has one (they are the article's)."""
    frame = pd.DataFrame({k: block[k] for k in ("art", "tt", "url")})
    if (
        len(frame) == 0
        or (frame.groupby("art")[["tt", "url"]].nunique(dropna=False) > 1).any().any()
    ):
        return None
    first = frame.drop_duplicates("art")
    del block["tt"], block["url"]
    return {k: first[k].tolist() for k in ("art", "tt", "url")}


class _Strings:
    """Intern table: every distinct string is stored once, referenced by index."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}

    def column(self, values: pd.Series | None, n: int) -> list[int]:
        """Return indexes for a column; missing or empty values become -1."""
        if values is None:
            return [-1] * n
        values = values.astype(object).where(values.notna(), None)
        codes, uniques = pd.factorize(values, use_na_sentinel=True)
        remap = np.array([self.add(u) for u in uniques] + [-1], dtype=np.int64)
        return remap[codes].tolist()  # code -1 picks the trailing -1

    def add(self, value: object) -> int:
        """Intern one value; empty strings count as missing."""
        text = str(value)
        if not text:
            return -1
        return self.index.setdefault(text, len(self.index))

    def table(self) -> list[str]:
        """Return the strings in index order."""
        return list(self.index)


def _col(frame: pd.DataFrame, name: str) -> pd.Series | None:
    return frame[name] if name in frame.columns else None


def _ints(values: pd.Series | None, n: int, default: int | None) -> list[int | None]:
    if values is None:
        return [default] * n
    numbers = pd.to_numeric(values, errors="coerce")
    return [default if pd.isna(v) else int(v) for v in numbers.tolist()]


def _floats(values: Iterable[float], digits: int) -> list[float]:
    return np.round(np.asarray(values, dtype=float), digits).tolist()


def _coordinates(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Return the rows that have a finite point, in EPSG:4326, with lon/lat columns."""
    if frame.crs is not None and not frame.crs.equals("EPSG:4326"):
        frame = frame.to_crs(4326)
    geom = frame.geometry
    usable = geom.notna() & ~geom.is_empty
    lon = pd.Series(np.nan, index=frame.index)
    lat = pd.Series(np.nan, index=frame.index)
    points = usable & (geom.geom_type == "Point")
    lon[points], lat[points] = geom[points].x, geom[points].y
    other = usable & ~points  # a polygon row still gets a spot: its representative point
    if other.any():
        reps = geom[other].representative_point()
        lon[other], lat[other] = reps.x, reps.y
    for name, series in (("longitude", lon), ("latitude", lat)):
        if name in frame.columns:  # fall back to the columns where geometry is missing
            series.fillna(pd.to_numeric(frame[name], errors="coerce"), inplace=True)
    ok = np.isfinite(lon) & np.isfinite(lat) & lat.between(-90, 90) & lon.between(-180, 180)
    if (~ok).sum():
        log.warning("map: %d row(s) without a usable location left off the map", int((~ok).sum()))
    out = frame[ok.to_numpy()].copy()
    out["_lon"], out["_lat"] = lon[ok], lat[ok]
    return out


def _days(values: pd.Series | None, n: int) -> list[int | None]:
    """Dates as whole days since 1970-01-01 (``None`` when unknown), for fast filtering."""
    if values is None:
        return [None] * n
    dates = pd.to_datetime(values, format="%Y-%m-%d", errors="coerce")
    days = (dates - _EPOCH).dt.days
    return [None if pd.isna(v) else int(v) for v in days.tolist()]


def _area(wkt_text: object, cache: dict[str, int], areas: list[list[list[float]]]) -> int:
    """Index of the simplified outline of ``wkt_text`` in ``areas``, or -1."""
    if not isinstance(wkt_text, str) or not wkt_text.strip():
        return -1
    if wkt_text in cache:
        return cache[wkt_text]
    from shapely import wkt
    from shapely.errors import ShapelyError

    index = -1
    try:
        shape = wkt.loads(wkt_text).simplify(_AREA_TOLERANCE_DEG, preserve_topology=True)
    except (ShapelyError, ValueError, TypeError):
        log.warning("map: unreadable area_wkt %.60r ignored", wkt_text)
        shape = None
    if shape is not None and shape.geom_type in ("Polygon", "MultiPolygon"):
        index = len(areas)
        areas.append(_rings(shape))
    cache[wkt_text] = index
    return index


def _rings(shape: Any) -> list[list[float]]:
    """Each ring flat as [lat, lon, lat, lon, ...]: short, and what Leaflet wants."""
    return [
        [c for x, y in ring.coords for c in (round(y, 3), round(x, 3))]
        for poly in getattr(shape, "geoms", [shape])
        for ring in (poly.exterior, *poly.interiors)
    ]


def borders_block(areas: gpd.GeoDataFrame | None) -> list[list[Any]]:
    """``[[name, rings, label [lat, lon]], ...]`` for the borders layer (simplified to ~1 km)."""
    if areas is None or len(areas) == 0:
        return []
    names = areas["name"].astype(str).tolist() if "name" in areas.columns else [""] * len(areas)
    out = []
    for name, shape in zip(names, areas.geometry, strict=True):
        if shape is None or shape.geom_type not in ("Polygon", "MultiPolygon"):
            continue
        label = shape.representative_point()
        simple = shape.simplify(_AREA_TOLERANCE_DEG, preserve_topology=True)
        out.append([name, _rings(simple), [round(label.y, 3), round(label.x, 3)]])
    return out


def _actor_order(actors: pd.Series) -> list[str]:
    """Actors by number of incidents (most first), then name: the layer-control order."""
    counts = actors.value_counts()
    return sorted(counts.index, key=lambda a: (-counts[a], a))


def build_payload(
    incidents: gpd.GeoDataFrame,
    places: gpd.GeoDataFrame,
    title: str,
    borders: gpd.GeoDataFrame | None = None,
) -> Payload:
    """Build the JSON-ready data block from the frames (see the module doc)."""
    strings = _Strings()
    inc = _coordinates(incidents)
    n = len(inc)
    actor_col = _col(inc, "actor1")
    actor1 = (
        (
            actor_col.astype(object).where(actor_col.notna(), "")
            if actor_col is not None
            else pd.Series([""] * n, index=inc.index, dtype=object)
        )
        .astype(str)
        .str.strip()
    )
    actor1 = actor1.mask(actor1 == "", UNKNOWN_ACTOR)
    actors = _actor_order(actor1)
    actor_index = {a: i for i, a in enumerate(actors)}
    areas: list[list[list[float]]] = []
    area_cache: dict[str, int] = {}
    area_col = _col(inc, "area_wkt")
    days = _days(_col(inc, "event_date"), n)
    uncertainty = (
        pd.to_numeric(_col(inc, "uncertainty_km"), errors="coerce")
        if "uncertainty_km" in inc.columns
        else pd.Series(0.0, index=inc.index)
    )
    block: dict[str, Any] = {
        "lat": _floats(inc["_lat"], 5),
        "lon": _floats(inc["_lon"], 5),
        "d": days,
        "dp": _ints(_col(inc, "date_precision"), n, 1),
        "gp": _ints(_col(inc, "geo_precision"), n, 1),
        "unc": _floats(uncertainty.fillna(0).clip(lower=0), 1),
        "f": _ints(_col(inc, "fatalities"), n, None),
        "a1": [actor_index[a] for a in actor1.tolist()],
        "rv": _ints(_col(inc, "reviewed"), n, 0),
        "ar": [
            _area(w, area_cache, areas)
            for w in (area_col.tolist() if area_col is not None else [None] * n)
        ],
    }
    for key, column in INCIDENT_STRINGS.items():
        block[key] = strings.column(_col(inc, column), n)
    # Unique per incident: row-aligned strings, not the shared table plus an index each.
    for key, column in UNIQUE_STRINGS.items():
        values = _col(inc, column)
        block[key] = [] if values is None else values.fillna("").astype(str).tolist()
    # Spot: incidents drawn identically at one place (one dot on the map).
    spot = pd.DataFrame({k: block[k] for k in ("lat", "lon", "et", "gp", "ar", "unc")})
    block["sp"] = spot.groupby(list(spot.columns), sort=False).ngroup().tolist() if n else []
    spots = _spot_table(block)
    arts = _article_table(block)

    pl = _coordinates(places)
    place_block: dict[str, Any] = {"lat": _floats(pl["_lat"], 5), "lon": _floats(pl["_lon"], 5)}
    for key, column in PLACE_STRINGS.items():
        place_block[key] = strings.column(_col(pl, column), len(pl))

    known_days = [d for d in days if d is not None]
    article_col = _col(inc, "article")
    return {
        "v": 1,
        "title": title,
        "cmd": incidents.attrs.get(COMMAND_ATTR, "geomap review"),
        "actors": actors,
        "counts": [int(c) for c in np.bincount(block["a1"], minlength=len(actors))],
        "articles": int(article_col.nunique()) if article_col is not None else 0,
        "articlesRead": incidents.attrs.get(ARTICLES_READ_ATTR),
        "towns": incidents.attrs.get(TOWNS_ATTR) or {"n": [], "lat": [], "lon": [], "pop": []},
        "dmin": min(known_days, default=None),
        "dmax": max(known_days, default=None),
        "s": strings.table(),
        "areas": areas,
        "borders": borders_block(borders),
        "i": block,
        "spots": spots,
        "arts": arts,
        "p": place_block,
    }
