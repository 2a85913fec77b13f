"""Synthetic incident and place frames in the ``geomap.frame`` contract.

For tests, the benchmark and demos: deterministic (seeded), any size, with
every precision and date kind, about 5% reviewed, and optionally hostile
strings in every text column so escaping is exercised end to end.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from geomap.frame import INCIDENT_COLUMNS, PLACE_COLUMNS
from geomap.model import MENTION_ROLES
from geomap.render.labels import TOWNS_ATTR

if TYPE_CHECKING:
    import geopandas as gpd

__all__ = ["HOSTILE", "INCIDENT_COLUMNS", "PLACE_COLUMNS", "sample_frames"]

#: Strings that break naive HTML/JS/Jinja embedding; each must show as plain text.
HOSTILE = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "\"quoted\" 'single' `back`",
    "back\\slash \\u003c \\n",
    "</script><script>alert(2)</script>",
    "{{ 7*7 }} {% raw %} {# c #}",
    "<!-- \u2028 \u2029 & &amp;",
)

_TYPES = (
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("Battles", "Armed clash"),
    ("Violence against civilians", "Attack"),
    ("Violence against civilians", "Abduction/forced disappearance"),
    ("Riots", "Violent demonstration"),
    ("Protests", "Peaceful protest"),
    ("Strategic developments", "Looting/property destruction"),
)
_ACTORS = (
    "Russian forces",
    "Ukrainian forces",
    "US forces",
    "Islamic State",
    "Al-Shabaab",
    "Syrian government forces",
    "Wagner Group",
    "JNIM",
    "Houthi forces",
    "Unidentified",
)
# (town, admin1, ISO2, lat, lon): hubs the synthetic incidents scatter around.
_HUBS = (
    ("Kharkiv", "Kharkiv Oblast", "UA", 49.99, 36.23),
    ("Bakhmut", "Donetsk Oblast", "UA", 48.6, 38.0),
    ("Idlib", "Idlib", "SY", 35.93, 36.63),
    ("Mogadishu", "Banaadir", "SO", 2.04, 45.34),
    ("Gao", "Gao", "ML", 16.27, -0.04),
    ("Sanaa", "Amanat al Asimah", "YE", 15.35, 44.2),
    ("Mosul", "Nineveh", "IQ", 36.34, 43.13),
    ("Maiduguri", "Borno", "NG", 11.85, 13.16),
)
_ROLES = tuple(sorted(MENTION_ROLES))


def _box(lat: float, lon: float, half: float) -> str:
    return (
        f"POLYGON(({lon - half} {lat - half}, {lon + half} {lat - half}, "
        f"{lon + half} {lat + half}, {lon - half} {lat + half}, {lon - half} {lat - half}))"
    )


def sample_frames(
    n: int = 200,
    *,
    seed: int = 7,
    hostile: bool = False,
    n_places: int | None = None,
    unique_coordinates: bool = False,
) -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
    """Return ``(incidents, places)`` with ``n`` incidents in the frame contract.

    About 70% are precision 1, 20% precision 2 (a radius), 10% precision 3
    (the province centre; half with a province outline); 5% are undated;
    fatalities are NA in a third.  Like geoparsed incidents, they sit on
    gazetteer spots (one per ~25 incidents) unless ``unique_coordinates``
    jitters every one (the renderer's worst case).  With ``hostile``, the first
    rows carry :data:`HOSTILE` strings in every text column.
    """
    rng = np.random.default_rng(seed)
    n_spots = max(8, n // 25)
    spot_hub = rng.integers(0, len(_HUBS), n_spots)
    spot_lat = np.array([_HUBS[h][3] for h in spot_hub]) + rng.normal(0, 0.6, n_spots)
    spot_lon = np.array([_HUBS[h][4] for h in spot_hub]) + rng.normal(0, 0.6, n_spots)
    spot = rng.integers(0, n_spots, n)
    hub = spot_hub[spot]
    hubs = [_HUBS[h] for h in hub]
    gp = rng.choice([1, 2, 3], n, p=[0.7, 0.2, 0.1])
    lat = np.where(gp == 3, [h[3] for h in hubs], spot_lat[spot])
    lon = np.where(gp == 3, [h[4] for h in hubs], spot_lon[spot])
    if unique_coordinates:
        lat, lon = lat + rng.normal(0, 0.05, n), lon + rng.normal(0, 0.05, n)
    types = [_TYPES[k] for k in rng.integers(0, len(_TYPES), n)]
    actor_pick = (rng.zipf(1.6, n) - 1) % len(_ACTORS)
    days = rng.integers(0, 730, n)
    dates = (pd.Timestamp("2022-01-01") + pd.to_timedelta(days, unit="D")).strftime("%Y-%m-%d")
    fatalities = pd.array(rng.integers(0, 40, n), dtype="Int64")
    fatalities[rng.random(n) < 0.33] = pd.NA
    article = [f"article-{k:06d}.txt" for k in rng.integers(0, max(1, n // 4), n)]
    frame = pd.DataFrame(
        {
            "incident_id": [f"inc-{k:07d}" for k in range(n)],
            "event_date": [
                None if u < 0.05 else d for u, d in zip(rng.random(n), dates, strict=True)
            ],
            "date_precision": rng.choice([1, 2, 3], n, p=[0.8, 0.15, 0.05]),
            "event_type": [t[0] for t in types],
            "sub_event_type": [t[1] for t in types],
            "actor1": [_ACTORS[k] for k in actor_pick],
            "actor2": [_ACTORS[(k + 3) % len(_ACTORS)] for k in actor_pick],
            "location": [h[0] for h in hubs],
            "country": [h[2] for h in hubs],
            "admin1": [h[1] for h in hubs],
            "latitude": lat.round(5),
            "longitude": lon.round(5),
            "geo_precision": gp,
            "uncertainty_km": np.where(gp == 2, 25.0, np.where(gp == 3, 150.0, 0.0)),
            "area_wkt": [
                _box(h[3], h[4], 1.0) if g == 3 and k % 2 else None
                for k, (g, h) in enumerate(zip(gp, hubs, strict=True))
            ],
            "fatalities": fatalities,
            "notes": [
                f"{_ACTORS[a]} reported a {t[1].lower()} near {h[0]} on day {d}; "
                f"{int(f) if f is not pd.NA else 'an unknown number of'} people were killed."
                for a, t, h, d, f in zip(actor_pick, types, hubs, days, fatalities, strict=True)
            ],
            "article": article,
            # one title per article, as a real article has
            "source_title": [
                f"Fighting reported near {_HUBS[int(a[8:14]) % len(_HUBS)][0]}" for a in article
            ],
            "source_url": [f"https://news.example.org/{a}" for a in article],
        }
    )
    frame["reviewed"] = rng.random(n) < 0.05
    frame["review"] = np.where(frame["reviewed"], "set fatalities=2 (ana, 2026-11-26: recount)", "")
    n_places = n // 2 if n_places is None else n_places
    pick = rng.integers(0, len(_HUBS), n_places)
    places = pd.DataFrame(
        {
            "name": [_HUBS[k][0] for k in pick],
            "place_name": [_HUBS[k][0] for k in pick],
            "role": [_ROLES[k % len(_ROLES)] for k in range(n_places)],
            "feature_type": "city",
            "country": [_HUBS[k][2] for k in pick],
            "latitude": [_HUBS[k][3] + 0.01 * (j % 50) for j, k in enumerate(pick)],
            "longitude": [_HUBS[k][4] for k in pick],
            "article": [f"article-{k:06d}.txt" for k in range(n_places)],
            "sentence": [f"Officials in {_HUBS[k][0]} said the situation was tense." for k in pick],
        }
    )
    frame.attrs[TOWNS_ATTR] = _towns(rng, hostile)
    if hostile:
        _poison(
            frame,
            (
                "actor1",
                "actor2",
                "notes",
                "source_title",
                "location",
                "admin1",
                "sub_event_type",
                "incident_id",
                "article",
                "review",
            ),
        )
        frame.loc[: len(HOSTILE) - 1, "reviewed"] = True
        frame.loc[0, "source_url"] = "javascript:alert(1)"
        frame.loc[1, "source_url"] = 'https://x.example/"><script>alert(3)</script>'
        _poison(places, ("name", "place_name", "sentence", "feature_type", "article"))
    return _geo(frame), _geo(places)


def _towns(rng: np.random.Generator, hostile: bool, per_hub: int = 40) -> dict:
    """Towns scattered around the hubs, most populous first (as the build's labels)."""
    rows = [
        (f"{hub[0]} town {k}", hub[3] + rng.normal(0, 0.8), hub[4] + rng.normal(0, 0.8), pop)
        for hub in _HUBS
        for k, pop in enumerate(sorted(rng.integers(500, 400_000, per_hub), reverse=True))
    ]
    if hostile:  # the most populous get hostile names, so they are labelled early
        rows = [(text, *rows[k][1:3], 10_000_000 - k) for k, text in enumerate(HOSTILE)] + rows
    rows.sort(key=lambda r: -r[3])
    return {
        "n": [r[0] for r in rows],
        "lat": [round(float(r[1]), 4) for r in rows],
        "lon": [round(float(r[2]), 4) for r in rows],
        "pop": [int(r[3]) for r in rows],
    }


def _poison(frame: pd.DataFrame, columns: tuple[str, ...]) -> None:
    """Put each hostile string into ``columns`` of the first rows."""
    for row, text in enumerate(HOSTILE[: len(frame)]):
        for column in columns:
            frame.loc[row, column] = text


def _geo(frame: pd.DataFrame) -> gpd.GeoDataFrame:
    import geopandas as gpd

    return gpd.GeoDataFrame(
        frame, geometry=gpd.points_from_xy(frame["longitude"], frame["latitude"]), crs="EPSG:4326"
    )
