"""Drafts of incidents and how mentions of one event become one incident.

An event is often reported several times in one article: first with its
place ("drones struck Al Tanf Garrison on August 15"), elsewhere by date
only ("an August 15 attack") or by reference ("the assault caused zero
casualties").  Drafts carry what each sentence says; merging folds them into
one incident with every sentence that contributed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from geomap.distance import haversine_km
from geomap.model import Place

__all__ = (
    "TOLL_WORDS",
    "Draft",
    "contains",
    "merge_into",
    "same_event",
    "settlement_radius_km",
    "size_rank",
)

_TYPE_RANK = {"Explosions/Remote violence": 0, "Battles": 1, "Violence against civilians": 2}


@dataclass(slots=True)
class Draft:
    """What one sentence (or group of sentences) says about one event."""

    event_type: str
    sub_event_type: str
    sentence: int
    note: str
    place: Place | None = None
    geo_precision: int = 1
    event_date: date | None = None
    date_precision: int = 1
    actor1: str = ""
    actor2: str = ""
    fatalities: int | None = None
    nouns: set[str] = field(default_factory=set)
    trigger: str = ""
    sentences: list[int] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.sentences:
            self.sentences = [self.sentence]
            self.notes = [self.note]


def _km(a: Place, b: Place) -> float:
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def contains(outer: Place, inner: Place) -> bool:
    """Whether ``inner`` lies within ``outer`` (same place counts)."""
    if outer.id == inner.id:
        return True
    if outer.feature_type in _OUTLINED and "POLYGON" in (outer.geometry or "").upper():
        return _covers(outer.geometry, inner.lat, inner.lon)
    if outer.feature_type == "country":
        return inner.country == outer.country and inner.feature_type != "country"
    if outer.feature_type in ("admin1", "region"):
        if inner.admin1 and inner.admin1.casefold() == outer.name.casefold():
            return True
        return inner.feature_type not in ("country", "admin1") and _km(outer, inner) < 120
    if outer.feature_type == "admin2":
        return inner.feature_type not in ("country", "admin1", "admin2") and _km(outer, inner) < 40
    return _km(outer, inner) < settlement_radius_km(outer)


#: Areas whose outline, when curated, decides containment (a ship "68 nm
#: southwest of Hodeidah" is in the Red Sea, 760 km from its centre).
_OUTLINED = frozenset({"sea", "lake", "region"})
_EDGE_DEG = 0.1  # outlines are coarse: a coastal point counts


@lru_cache(maxsize=256)
def _outline(wkt_text: str):  # type: ignore[no-untyped-def]
    import shapely

    shape = shapely.from_wkt(wkt_text).buffer(_EDGE_DEG)
    shapely.prepare(shape)
    return shape


def _covers(wkt_text: str, lat: float, lon: float) -> bool:
    import shapely

    return bool(_outline(wkt_text).covers(shapely.Point(lon, lat)))


_TYPE_SIZE = {
    "country": 6,
    "admin1": 5,
    "region": 5,
    "sea": 5,
    "admin2": 4,
    "river": 4,
    "lake": 3,
    "city": 2,
    "town": 1,
    "village": 1,
}


def size_rank(place: Place) -> tuple[int, int]:
    """How big a place is, to keep the most specific of two that contain each other."""
    return _TYPE_SIZE.get(place.feature_type, 0), place.population


def settlement_radius_km(place: Place) -> float:
    """How far a settlement's districts reach: 5 km for a town, ~15 km for a city of millions."""
    if place.population <= 10_000:
        return 5.0
    return 5.0 + 3.5 * math.log10(place.population / 10_000)


#: Triggers that only count the dead: such a sentence belongs to the event told at its place.
TOLL_WORDS = frozenset({"killed", "kill", "killing", "died", "dead", "death", "deaths"})


def _compatible_types(a: Draft, b: Draft) -> bool:
    if a.trigger.lower() in TOLL_WORDS or b.trigger.lower() in TOLL_WORDS:
        return True  # "two of its members were killed in Jurf al-Sakhar" after the strike
    return a.event_type == b.event_type or "Battles" in (a.event_type, b.event_type)


def same_event(a: Draft, b: Draft) -> bool:
    """Whether two located drafts report the same event."""
    if a.event_date and b.event_date and a.event_date != b.event_date:
        return False
    if not _compatible_types(a, b) or a.place is None or b.place is None:
        return False
    return contains(a.place, b.place) or contains(b.place, a.place)


def merge_into(target: Draft, other: Draft, *, reference: bool = False) -> bool:
    """Fold ``other`` into ``target``; return whether it added anything.

    A ``reference`` ("the assault caused no casualties") only fills what the
    target lacks and keeps its sentence only if it added something.
    """
    added = False
    if other.place is not None and (
        target.place is None or other.geo_precision < target.geo_precision
    ):
        target.place, target.geo_precision = other.place, other.geo_precision
        added = True
    if other.event_date and (
        target.event_date is None or other.date_precision < target.date_precision
    ):
        target.event_date, target.date_precision = other.event_date, other.date_precision
        added = True
    for name in ("actor1", "actor2"):
        if getattr(other, name) and not getattr(target, name):
            setattr(target, name, getattr(other, name))
            added = True
    if other.fatalities is not None and (
        target.fatalities is None or other.fatalities > target.fatalities
    ):
        target.fatalities = other.fatalities
        added = True
    if not reference and _TYPE_RANK.get(other.event_type, 9) < _TYPE_RANK.get(target.event_type, 9):
        target.event_type, target.sub_event_type = other.event_type, other.sub_event_type
    target.nouns |= other.nouns
    if (added or not reference) and other.sentence not in target.sentences:
        target.sentences.append(other.sentence)
        target.notes.append(other.note)
    return added
