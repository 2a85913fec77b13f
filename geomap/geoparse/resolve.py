"""Pick each toponym's place from the gazetteer's candidates, using context.

A name alone is ambiguous (Tripoli, Damascus, Gao); the article around it is
not.  We re-rank the gazetteer's candidates with the countries the article
talks about, explicit containers ("Syria's Deir Al Zor province",
"Baghouz, Deir Al Zor province, Syria") and admin words after the name.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Protocol

from geomap.distance import haversine_km
from geomap.model import Candidate, Place

__all__ = ("GazetteerLike", "Toponym", "candidates", "clean_name", "resolve_toponyms")

ADMIN_WORDS = frozenset(
    {"province", "governorate", "region", "oblast", "district", "state", "county", "prefecture"}
)
_ADMIN_TYPES = frozenset({"admin1", "admin2", "region"})
#: With no country context at all, an untagged name is trusted only for a big place.
GUESS_POPULATION = 50_000
#: Below this, a place outside every country the article names is not trusted.
MINOR_POPULATION = 100_000
#: ...unless it lies this close to one of them (Jenin in a story about Israeli strikes).
NEARBY_KM = 1_500.0
#: Villages reach less far: a Turkish village named "Zeitoun" is not the Gaza
#: neighbourhood of a story that never names Turkey.
VILLAGE_POPULATION = 20_000
VILLAGE_NEARBY_KM = 400.0
_SETTLEMENT_TYPES = frozenset({"city", "town", "village", "neighbourhood"})
SETTLEMENT_WORDS = frozenset(
    {"city", "town", "village", "suburb", "district", "camp", "port", "outskirts"}
)


class GazetteerLike(Protocol):
    """What the geoparser needs from a gazetteer (injectable for tests)."""

    def lookup(  # noqa: D102
        self,
        name: str,
        *,
        country: str | None = None,
        near: tuple[float, float] | None = None,
        limit: int = 10,
    ) -> list[Candidate]: ...

    def country(self, code: str) -> Place | None: ...  # noqa: D102

    def ruler_names(self) -> list[tuple[str, str]]: ...  # noqa: D102


@dataclass(slots=True)
class Toponym:
    """A place name found in the text, before resolution."""

    text: str
    start: int
    end: int
    sentence: int
    label: str
    admin_hint: bool = False
    guessed: bool = False  # not an entity: a proper noun after "in"/"near", kept if it resolves
    settlement_hint: bool = False  # "the city of Dnipro": a settlement, not the river
    container: int | None = None  # index of the toponym that contains this one
    possessive: bool = False  # the container is "Gaza City's", not a comma list's next name
    country_code: str | None = None  # set for demonyms: already resolved


def clean_name(text: str) -> str:
    """Strip articles and possessives that are not part of a place's name."""
    name = text.strip().strip("\"'“”‘’")
    for suffix in ("'s", "’s", "'", "’"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
            break
    lowered = name.lower()
    if lowered.startswith("the "):
        name = name[4:]
    return name.strip()


def candidates(gazetteer: GazetteerLike, toponym: Toponym) -> list[Candidate]:
    """The gazetteer's candidates for a toponym ("Bryansk region" falls back to "Bryansk")."""
    name = clean_name(toponym.text)
    found = gazetteer.lookup(name, limit=10) if name else []
    words = name.split()
    if not found and len(words) > 1 and words[-1].lower() in ADMIN_WORDS:
        toponym.admin_hint = True
        found = gazetteer.lookup(" ".join(words[:-1]), limit=10)
    return found


def _exact(query: str, candidate: Candidate) -> bool:
    from geomap.gazetteer.normalize import normalize

    return not candidate.matched or normalize(query) == normalize(candidate.matched)


def _same_name(query: str, candidate: Candidate) -> bool:
    """Exact, or equal once Arabic articles fold ("Jisr al-Shughur" = "Jisr ash Shughur")."""
    from geomap.gazetteer.normalize import loose_key, normalize

    if _exact(query, candidate):
        return True
    mine, theirs = loose_key(normalize(query)), loose_key(normalize(candidate.matched or ""))
    # "Bulo Burte" / "Buulo Burte": one letter apart in a transliteration.
    return mine == theirs or SequenceMatcher(None, mine, theirs).ratio() >= 0.85


def _minor(place: Place) -> bool:
    """A small, uncurated place: never worth leaving the article's countries for."""
    return (
        place.population < MINOR_POPULATION
        and not place.id.startswith("cur:")
        and place.feature_type not in ("country", "admin1", "region", "sea", "river")
    )


#: How far a named part of a settlement may lie from its centre ("Gaza City's Zeitoun").
_PART_KM = 30.0
_REGION_KM = 300.0


def _inside(place: Place, container: Place) -> bool:
    """Whether ``place`` can lie in the explicit container ("Sudan's Omdurman").

    A possessive or comma container is the writer's own disambiguation: a
    candidate outside it is another place of the same name, never the one meant.
    """
    if container.feature_type == "country":
        return place.country == container.country
    km = haversine_km(place.lat, place.lon, container.lat, container.lon)
    if container.is_area:
        return place.country == container.country and (
            place.admin1.casefold() == container.name.casefold() or km <= _REGION_KM
        )
    return km <= _PART_KM


def _far(place: Place, anchors: Sequence[Place]) -> bool:
    """Whether a place is far from every country the article names."""
    reach = VILLAGE_NEARBY_KM if place.population < VILLAGE_POPULATION else NEARBY_KM
    return all(haversine_km(place.lat, place.lon, a.lat, a.lon) > reach for a in anchors)


def _rerank(
    candidates: list[Candidate],
    toponym: Toponym,
    context: Counter[str],
    container_country: str | None,
    anchors: Sequence[Place] = (),
) -> list[tuple[float, Place]]:
    top = max((c.score for c in candidates), default=1.0) or 1.0
    total = sum(context.values()) or 1
    query = clean_name(toponym.text)
    ranked = []
    for cand in candidates:
        place = cand.place
        if toponym.guessed and not (
            _same_name(query, cand)
            and (place.country in context or not context and place.population >= GUESS_POPULATION)
        ):
            continue
        if context and place.country not in context and _minor(place) and _far(place, anchors):
            # "Lido Beach" in a Somali story is not the one in New York.
            continue
        if (
            not _exact(query, cand)
            and place.country not in context
            and not (toponym.admin_hint and _exact(" ".join(query.split()[:-1]), cand))
        ):
            # A loose spelling match far from everything the article is about
            # ("Al Tanf" → Tanaf, Senegal) is a guess; leave it unresolved.
            continue
        score = cand.score / top
        score += 0.6 * context.get(place.country, 0) / total
        if container_country and place.country == container_country:
            score += 1.0
        if toponym.settlement_hint and place.feature_type in _SETTLEMENT_TYPES:
            score += 1.0
        if toponym.admin_hint and place.feature_type in _ADMIN_TYPES:
            score += 1.0  # "Bryansk region" is the region, not the city
        ranked.append((score, place))
    ranked.sort(key=lambda pair: pair[0], reverse=True)
    return ranked


def resolve_toponyms(
    gazetteer: GazetteerLike, toponyms: Iterable[Toponym]
) -> list[tuple[Toponym, Place | None, float, tuple[Place, ...]]]:
    """Resolve every toponym; return (toponym, place, score, alternatives).

    Two passes: countries and demonyms first, to learn which countries the
    article is about; then everything else, re-ranked with that context.
    """
    toponyms = list(toponyms)
    results: dict[int, tuple[Place | None, float, tuple[Place, ...]]] = {}
    options: dict[int, list[Candidate]] = {}
    context: Counter[str] = Counter()
    for index, toponym in enumerate(toponyms):
        if toponym.country_code:
            place = gazetteer.country(toponym.country_code)
            results[index] = (place, 1.0 if place else 0.0, ())
            if place:
                context[place.country] += 1
            continue
        options[index] = candidates(gazetteer, toponym)
        best = options[index][0] if options[index] else None
        if best is not None and best.place.feature_type == "country":
            context[best.place.country] += 2
        elif (
            best is not None
            and not toponym.guessed
            and _exact(clean_name(toponym.text), best)
            and not _minor(best.place)
        ):
            context[best.place.country] += 1
    anchors = [p for p in (gazetteer.country(code) for code in context) if p is not None]
    for index, found in options.items():
        toponym = toponyms[index]
        container_country = None
        if toponym.container is not None and toponym.container in options:
            outer = options[toponym.container]
            if outer:
                container_country = outer[0].place.country
                if toponym.possessive or outer[0].place.feature_type == "country":
                    found = [c for c in found if _inside(c.place, outer[0].place)]
        ranked = _rerank(found, toponym, context, container_country, anchors)
        if ranked:
            score, place = ranked[0]
            results[index] = (place, score, tuple(p for _, p in ranked[1:5]))
        else:
            results[index] = (None, 0.0, ())
    return [(toponyms[i], *results[i]) for i in range(len(toponyms))]
