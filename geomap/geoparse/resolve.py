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
from functools import lru_cache
from typing import Protocol

from geomap.distance import haversine_km
from geomap.geoparse import spelling
from geomap.geoparse.abbreviations import expand_state
from geomap.geoparse.alone import GUESS_POPULATION, GUESS_TOWN_POPULATION, stands_alone
from geomap.geoparse.bearings import on_bearing
from geomap.geoparse.containers import (
    SETTLEMENT_TYPES,
    areas_for_containers,
    in_container,
)
from geomap.geoparse.features import ADMIN_TYPES, WHOLE_LANDS, area_readings, candidate_features
from geomap.geoparse.parts import exactly_named, held_reading
from geomap.geoparse.ranker import Ranker
from geomap.geoparse.support import DocumentSupport
from geomap.model import Candidate, Place

__all__ = ("GazetteerLike", "Toponym", "candidates", "clean_name", "known_place",
           "resolve_toponyms")  # fmt: skip

#: Candidates considered per name: enough for the namesakes of "Springfield".
CANDIDATES = 20
#: Below this, a place outside every country the article names is not trusted.
MINOR_POPULATION = 100_000
#: ...unless it lies this close to one of them (Jenin in a story about Israeli strikes).
NEARBY_KM = 1_500.0
#: Villages reach less far: a Turkish village named "Zeitoun" is not the Gaza
#: neighbourhood of a story that never names Turkey.
VILLAGE_POPULATION = 20_000
VILLAGE_NEARBY_KM = 400.0
_TOWN_POPULATION = 10_000  # a town this large: its aliases are spellings in use, not old names
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
    continent: str | None = None  # set for a continent's adjective ("European"): its name
    bearing: tuple[int, int] | None = None  # "the southern village of X": (-1, 0)
    within: str | None = None  # the name of the place held: "Iguala" of "Playas de Iguala"
    part: bool = False  # the name is a part of that place, not the place itself
    held: bool = False  # a namesake lies in the area named after it: "Zoquitla, Guerrero"
    dateline: bool = False  # the town of a wire dateline ("DHAKA -"), which the NER missed
    cut: bool = False  # a proper noun beside it goes on with the name: "Lac" of "Kamandi Lac"
    attacker: bool = False  # a demonym of who attacked: "Russian shelling" (`mark_attackers`)


@lru_cache(maxsize=1)
def default_ranker() -> Ranker:
    """The packaged ranker, loaded once."""
    return Ranker.load()


def clean_name(text: str) -> str:
    """Strip articles and possessives that are not part of a place's name; spell out "Ky."."""
    name = text.strip().strip("\"'“”‘’")
    for suffix in ("'s", "’s", "'", "’"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
            break
    lowered = name.lower()
    if lowered.startswith("the "):
        name = name[4:]
    return expand_state(spelling.short_area(name.strip()))


def candidates(gazetteer: GazetteerLike, toponym: Toponym) -> list[Candidate]:
    """The gazetteer's candidates for a toponym ("Bryansk region" falls back to "Bryansk")."""
    name = clean_name(toponym.text)
    found = gazetteer.lookup(name, limit=CANDIDATES) if name else []
    if not any(spelling.exact(name, c) for c in found):
        held = held_reading(gazetteer, name, CANDIDATES)
        if held is not None:
            toponym.within, toponym.part = held.name, held.part
            return held.found
    words, base = name.split(), spelling.area_base(name)
    if base != name:  # "Sulu province": the province, not Jolo
        toponym.admin_hint = True
        found = found or gazetteer.lookup(base, limit=CANDIDATES)
        areas = [c for c in found if c.place.feature_type in ADMIN_TYPES]
        found = [c for c in areas if spelling.exact(base, c)] or found
    elif toponym.admin_hint:  # "Mandera county", "the state of X": the area, not its town
        found = area_readings(name, found)
    elif len(words) > 1 and spelling.town_suffix(words[-1]):
        if not any(spelling.exact(name, c) for c in found):
            toponym.admin_hint, unit = True, words[-1].lower()
            toponym.settlement_hint |= unit in spelling.TOWN_WORDS | spelling.SEAT_WORDS
            found = gazetteer.lookup(" ".join(words[:-1]), limit=CANDIDATES)
            if unit in spelling.SEAT_WORDS:  # a township is no first- or second-level area
                found = [c for c in found if c.place.feature_type not in ADMIN_TYPES]
    return found


def known_place(gazetteer: GazetteerLike, name: str) -> bool | None:
    """Whether ``name`` is a gazetteer place's own name, and whether a well-known one.

    ``None`` when no place bears the name itself, or only as an alias of a
    small one ("Kishwaukee" is an old name of a Connecticut village); an
    area's short name counts ("North Waziristan" of "North Waziristan
    District"), and so does a town's other spelling ("Shefa-Amr").  Else
    whether one such place is well known: a country, a first-level area, a
    city of `GUESS_POPULATION` or more.
    """

    def big(place: Place) -> bool:
        kind = place.feature_type  # a continent has no population, yet everyone knows it
        return kind in WHOLE_LANDS or kind == "admin1" or place.population >= GUESS_POPULATION

    def in_use(place: Place) -> bool:  # an area's aliases are its short names, a town's spellings
        return place.feature_type in ("admin1", "admin2") or place.population >= _TOWN_POPULATION

    found = exactly_named(gazetteer, name, CANDIDATES)
    named = [c.place for c in found if spelling.primary(name, c) or big(c.place) or in_use(c.place)]
    return any(big(p) for p in named) if named else None


def _minor(place: Place) -> bool:
    """A small, uncurated place: never worth leaving the article's countries for."""
    return (
        place.population < MINOR_POPULATION
        and not place.id.startswith("cur:")
        and place.feature_type not in ("continent", "country", "admin1", "region", "sea", "river")
    )


def _far(place: Place, anchors: Sequence[Place]) -> bool:
    """Whether a place is far from every country the article names."""
    reach = VILLAGE_NEARBY_KM if place.population < VILLAGE_POPULATION else NEARBY_KM
    return all(haversine_km(place.lat, place.lon, a.lat, a.lon) > reach for a in anchors)


def _next_door(query: str, cand: Candidate, anchors: Sequence[Place]) -> bool:
    """A town named exactly, near a country the article names ("Turkish jets bomb Afrin")."""
    return (
        spelling.exact(query, cand)
        and cand.place.population >= GUESS_TOWN_POPULATION
        and not _far(cand.place, anchors)
    )


#: Share of the document's other names with a candidate in the same first-level
#: area that makes a small, far place one the article is about after all.
BACKING_SHARE = 0.2


def _backed(shares: tuple[float, float, float]) -> bool:
    """Whether the document's other names back a place's first-level area."""
    return shares[1] >= BACKING_SHARE


def _named_at_home(query: str, candidates: Sequence[Candidate], context: Counter[str]) -> bool:
    """Whether a place of that exact name lies in a country the article is about.

    An area of the same name abroad is then not meant: the ranker favours a
    first-level area over a town ("Georgia" the state), which would send
    "strikes on Gaza" beside "Palestinians" to Mozambique's Gaza province.
    """
    return any(spelling.exact(query, c) and c.place.country in context for c in candidates)


def _spelt_abroad(
    query: str, named: str, cand: Candidate, context: Counter[str], area: bool, alone: bool
) -> bool:
    """Whether a name only spelt like the candidate's points where nothing else in the article does.

    A loose spelling match far from everything the article is about is a
    guess: leave it unresolved.  Where the article names countries, a place
    outside them must be named exactly, however large, unless it may be read
    alone (``alone``: here, also near one of them or only spaced otherwise,
    `spelling.same_letters`); with none, folding the spelling must give its
    name.  ``named``: the name without its area word ("X province").
    Example: "A jet bombed Kan Zoqui village, in the Canadian north" is not
    the city of Chanzoqui overseas, spelt alike.
    """
    return (
        not spelling.exact(query, cand)
        and cand.place.country not in context
        and not (area and spelling.exact(named, cand))
        and (bool(context) and not alone or not spelling.folded_same(named, cand))
        and not (alone and spelling.misspelt(named, cand))
    )


def _cut_astray(
    query: str, cand: Candidate, context: Counter[str], anchors: Sequence[Place]
) -> bool:
    """Whether a place found for a word of a longer name is too loose a match to keep.

    The part is matched once already; spelt only alike, or far from every
    country the article names (with none named, the word may be the place:
    "Bloody Zoquital: gunmen …"), the place is a namesake of the word.
    Example: "Gunmen raided Bajo Zoquital" in a Canadian story is not a
    Zoquital abroad, nor the Canadian town of Zokitla.
    """
    return not spelling.folded_same(query, cand) or bool(
        context and cand.place.country not in context and _far(cand.place, anchors)
    )


def _rerank(
    candidates: list[Candidate],
    toponym: Toponym,
    context: Counter[str],
    container_country: str | None,
    anchors: Sequence[Place],
    support: DocumentSupport,
    ranker: Ranker,
) -> list[tuple[float, Place]]:
    total = sum(context.values()) or 1
    query = toponym.within or clean_name(toponym.text)
    top = max((spelling.official_score(query, c) for c in candidates), default=1.0) or 1.0
    named = " ".join(query.split()[:-1]) if toponym.admin_hint else query  # "X province": X
    if any(spelling.exact(query, c) and c.place.population >= GUESS_POPULATION for c in candidates):
        # "Culiacán" is the city of that name, not "Colucan" a spelling away
        candidates = [
            c for c in candidates if spelling.exact(query, c) or spelling.folded_same(query, c)
        ]
    rows: list[tuple[tuple[float, ...], Place]] = []
    foreign = not any(c.place.country in context for c in candidates)
    homed = _named_at_home(query, candidates, context)
    for cand in candidates:
        place = cand.place
        known = toponym.held or place.feature_type == "continent" and spelling.exact(query, cand)
        alone = stands_alone(query, cand, context, foreign)
        spelt = spelling.same_name(query, cand) or spelling.same_name(named, cand)  # "X LGA": X
        if toponym.guessed and not (
            spelt
            and (known or place.country in context or alone or _next_door(query, cand, anchors))
        ):
            continue
        # "Lido Beach" in a Somali story is not the one in New York, but "Danbury"
        # beside New Milford is, whatever country a native came from; and "the
        # Al-Thawra district" of a Sudan story is no Syrian town's alias.
        local = toponym.admin_hint and not toponym.settlement_hint
        if (context and place.country not in context) and (
            _minor(place)
            and _far(place, anchors)
            and not _backed(support.shares(query, place))
            and not alone
            or local
            and place.feature_type in SETTLEMENT_TYPES
        ):
            continue
        if homed and place.country not in context and place.feature_type in ADMIN_TYPES:
            continue  # "Israeli strikes on Gaza": not the Mozambican province
        far = context and _far(place, anchors) and not spelling.same_letters(query, cand)
        nearby = alone and not far  # "Deir Ezzor" beside "Kazakh" is still Deir ez-Zor
        if _spelt_abroad(query, named, cand, context, toponym.admin_hint, nearby):
            continue
        if not spelling.same_name(query, cand) and support.spelt_otherwise(query, place):
            continue  # "the village of Bang" beside "Bangui": another place, not a transliteration
        if toponym.cut and _cut_astray(query, cand, context, anchors):
            continue
        share = context.get(place.country, 0) / total
        features = candidate_features(
            cand, top, query, toponym, candidates, share, container_country, support
        )
        rows.append((features, place))
    return ranker.rank((toponym.start, toponym.end), rows)


def _dateline_city(toponym: Toponym, best: Candidate) -> bool:
    """Whether a dateline's town, which the NER missed, tells the article's country.

    A guess does not speak for its country, but a wire dateline that is the
    very name of a large city does.  Example: "ZOQUITAL - Judges upheld the
    sentences for the attack in the capital's X area": X lies in that country.
    """
    large = best.place.population >= GUESS_POPULATION
    return toponym.dateline and large and spelling.primary(clean_name(toponym.text), best)


def _named_by(gazetteer: GazetteerLike, toponym: Toponym) -> Place | None:
    """The country or continent a demonym names, if the gazetteer has it."""
    if toponym.country_code:
        return gazetteer.country(toponym.country_code)
    found = gazetteer.lookup(toponym.continent or "", limit=CANDIDATES)
    return next((c.place for c in found if c.place.feature_type == "continent"), None)


def resolve_toponyms(
    gazetteer: GazetteerLike, toponyms: Iterable[Toponym], ranker: Ranker | None = None
) -> list[tuple[Toponym, Place | None, float, tuple[Place, ...]]]:
    """Resolve every toponym; return (toponym, place, score, alternatives).

    Two passes: countries and demonyms first, to learn which countries the
    article is about; then everything else, re-ranked with that context.
    """
    ranker = ranker if ranker is not None else default_ranker()
    toponyms = list(toponyms)
    results: dict[int, tuple[Place | None, float, tuple[Place, ...]]] = {}
    options: dict[int, list[Candidate]] = {}
    context: Counter[str] = Counter()
    for index, toponym in enumerate(toponyms):
        if toponym.country_code or toponym.continent:
            place = _named_by(gazetteer, toponym)
            results[index] = (place, 1.0 if place else 0.0, ())
            if place and place.country and not toponym.attacker:
                context[place.country] += 1
            continue
        options[index] = candidates(gazetteer, toponym)
        best = options[index][0] if options[index] else None
        if best is None or not best.place.country:
            continue  # a continent names no country the article is about
        if best.place.feature_type == "country":
            context[best.place.country] += 2
        elif (
            (not toponym.guessed or _dateline_city(toponym, best))
            and not toponym.possessive  # "Parma village of North Waziristan": not Italy's
            and not toponym.cut  # "Lac" of "Kamandi Lac" is no evidence of Chad
            and spelling.exact(clean_name(toponym.text), best)
            and (not _minor(best.place) or toponym.admin_hint)  # "Khyber district" counts
        ):
            context[best.place.country] += 1
    anchors = [p for p in (gazetteer.country(code) for code in context) if p is not None]
    support = DocumentSupport.build(
        (
            (clean_name(toponyms[i].text), found)
            for i, found in options.items()
            if not toponyms[i].guessed
        ),
        # "Palestinian" and "Palestinians" are one word: they vote once
        {
            toponyms[i].text.removesuffix("s"): r[0]
            for i, r in results.items()
            if r[0] is not None and not toponyms[i].attacker
        },
    )
    for index, found in options.items():
        toponym = toponyms[index]
        container_country = None
        if toponym.container is not None and toponym.container in options:
            names = clean_name(toponym.text), clean_name(toponyms[toponym.container].text)
            outer = options[toponym.container]
            found, container_country = in_container(gazetteer, toponym, found, outer, names)
        found = on_bearing(found, toponym.bearing, gazetteer.country)
        ranked = _rerank(found, toponym, context, container_country, anchors, support, ranker)
        if ranked:
            score, place = ranked[0]
            results[index] = (place, score, tuple(p for _, p in ranked[1:5]))
        else:
            results[index] = (None, 0.0, ())
    areas_for_containers(toponyms, options, results)
    return [(toponyms[i], *results[i]) for i in range(len(toponyms))]
