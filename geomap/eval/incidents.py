"""Incident extraction measured against gold files (``../shared/data/seed/gold.json`` format).

An extracted incident matches a gold one when it lies within the gold's
``max_km`` and has the gold date (when the gold gives a day; ``other_dates``
lists the other days a coder accepts, as for an overnight event told on
either side of midnight, and ``other_fatalities`` the other tolls a
report's wording allows).  Matching is
one-to-one, closest first.  Extracted incidents that match nothing count
against precision, except those that match an ``optional_incidents`` entry
(coded only with coarse precision by a careful analyst).  An incident at a
``not_incident_locations`` place is a false location: the error that makes a
geotagger unusable for incident mapping.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from geomap.distance import haversine_km
from geomap.errors import InputError
from geomap.model import Incident

__all__ = (
    "ArticleScore",
    "IncidentScores",
    "evaluate",
    "load_gold",
    "same_actor",
    "score_article",
    "summarise",
)

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
#: A false location is an incident this close to a place that is only mentioned.
FALSE_LOCATION_KM = 10.0


@dataclass(slots=True)
class ArticleScore:
    """Counts for one gold file."""

    gold_file: str
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    optional: int = 0
    dates_right: int = 0
    fatalities_right: int = 0
    fatalities_gold: int = 0
    actors_right: int = 0
    types_right: int = 0
    false_locations: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)


@dataclass(slots=True)
class IncidentScores:
    """Totals over a gold set."""

    articles: int
    gold: int
    predicted: int
    matched: int
    precision: float
    recall: float
    date_accuracy: float
    fatalities_accuracy: float
    actor1_accuracy: float
    event_type_accuracy: float
    false_locations: int
    per_article: list[ArticleScore]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready figures (the CLI's ``--json``)."""
        return asdict(self)


def load_gold(path: Path) -> dict[str, Any]:
    """Read a gold file; errors name the file and the missing field."""
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(f"cannot read gold file: {exc}", path=str(path)) from exc
    if "article" not in gold:
        raise InputError(
            "field 'article': missing (the article file this gold is for)", path=str(path)
        )
    for index, incident in enumerate(gold.get("incidents", [])):
        for key in ("lat", "lon", "max_km"):
            if key not in incident:
                raise InputError(f"incidents[{index}]: field {key!r} missing", path=str(path))
    return gold


def same_actor(predicted: str, gold: str) -> bool:
    """Whether the gold's actor is the one predicted.

    Both go through geomap's actor registry ("RSF" and "Rapid Support Forces"
    are one actor); failing that, loosely: a key word of the canonical name
    appears as a word in the gold's description.
    """
    from geomap.incidents.actors import ActorRegistry

    canonical = ActorRegistry.default().match(gold)
    if canonical is not None and canonical.name == predicted:
        return True
    words = [w for w in re.findall(r"[a-z]+", predicted.lower()) if len(w) >= 2]
    words = [w for w in words if w not in {"forces", "armed", "group", "the"}]
    text = gold.lower().replace("united states", "us").replace("american", "us")
    # whole words: "al" of "JNIM (al-Qaeda)" is not in "multinational", "niger" not "nigerian"
    return any(re.search(rf"\b{re.escape(w)}\b", text) for w in words)


def _on_a_gold_day(p: Incident, g: dict[str, Any]) -> bool:
    """Whether the incident is dated on the gold day or one of its ``other_dates``."""
    days = {str(g.get("date", "")), *map(str, g.get("other_dates", ()))}
    return bool(p.event_date and p.event_date.isoformat() in days)


def score_article(
    gold: dict[str, Any], incidents: Sequence[Incident], gazetteer: Any, gold_file: str = ""
) -> ArticleScore:
    """Score one article's extracted incidents against its gold."""
    score = ArticleScore(gold_file=gold_file, gold=len(gold.get("incidents", [])))
    score.predicted = len(incidents)
    pairs = []
    for gi, g in enumerate(gold.get("incidents", [])):
        for pi, p in enumerate(incidents):
            km = haversine_km(p.place.lat, p.place.lon, g["lat"], g["lon"])
            day = str(g.get("date", ""))
            same_day = not _ISO_DAY.match(day) or _on_a_gold_day(p, g)
            if km <= g["max_km"] and same_day:
                pairs.append((km, gi, pi))
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _km, gi, pi in sorted(pairs):
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        g, p = gold["incidents"][gi], incidents[pi]
        score.matched += 1
        score.dates_right += _on_a_gold_day(p, g)
        if "fatalities" in g:
            score.fatalities_gold += 1
            tolls = (g["fatalities"], *g.get("other_fatalities", ()))
            score.fatalities_right += p.fatalities in tolls
        score.actors_right += same_actor(p.actor1, str(g.get("actor1", "")))
        score.types_right += str(p.event_type) == g.get("event_type")
    score.missed = [g.get("id", str(i)) for i, g in enumerate(gold["incidents"]) if i not in used_g]
    optional = gold.get("optional_incidents", [])
    for pi, p in enumerate(incidents):
        if pi in used_p:
            continue
        if optional and p.geo_precision >= 2:
            score.optional += 1
            continue
        score.extra.append(f"{p.place.name} {p.event_date}")
    names = gold.get("not_incident_locations", [])
    for name in names if isinstance(names, list) else list(names):
        found = gazetteer.lookup(name, limit=1)
        if not found:
            continue
        place = found[0].place
        for p in incidents:
            if p.place.feature_type == "country" or place.feature_type == "country":
                hit = p.place.id == place.id
            else:
                hit = (
                    haversine_km(p.place.lat, p.place.lon, place.lat, place.lon)
                    <= FALSE_LOCATION_KM
                )
            if hit and p.place.id != "" and _not_a_gold_place(p, gold):
                score.false_locations.append(f"{name} ({p.place.name})")
    return score


def _not_a_gold_place(incident: Incident, gold: dict[str, Any]) -> bool:
    return not any(
        haversine_km(incident.place.lat, incident.place.lon, g["lat"], g["lon"]) <= g["max_km"]
        for g in gold.get("incidents", [])
    )


def summarise(scores: Iterable[ArticleScore]) -> IncidentScores:
    """Micro-averaged figures over all articles."""
    scores = list(scores)
    gold = sum(s.gold for s in scores)
    predicted = sum(s.predicted - s.optional for s in scores)
    matched = sum(s.matched for s in scores)

    def ratio(a: int, b: int) -> float:
        return round(a / b, 4) if b else 1.0

    return IncidentScores(
        articles=len(scores),
        gold=gold,
        predicted=predicted,
        matched=matched,
        precision=ratio(matched, predicted),
        recall=ratio(matched, gold),
        date_accuracy=ratio(sum(s.dates_right for s in scores), matched),
        fatalities_accuracy=ratio(
            sum(s.fatalities_right for s in scores), sum(s.fatalities_gold for s in scores)
        ),
        actor1_accuracy=ratio(sum(s.actors_right for s in scores), matched),
        event_type_accuracy=ratio(sum(s.types_right for s in scores), matched),
        false_locations=sum(len(s.false_locations) for s in scores),
        per_article=scores,
    )


def evaluate(gold_paths: Sequence[Path], geoparser: Any) -> IncidentScores:
    """Extract incidents from each gold file's article and score them.

    ``gold_paths`` are gold JSON files or folders of them; each names its
    article relative to itself.
    """
    from geomap.incidents import IncidentExtractor
    from geomap.inputs import read_text_article

    files: list[Path] = []
    for path in gold_paths:
        files += sorted(path.glob("*.json")) if path.is_dir() else [path]
    extractor = IncidentExtractor()
    scores = []
    for path in files:
        gold = load_gold(path)
        article = read_text_article(path.parent / gold["article"])
        incidents, _ = extractor.extract(geoparser.parse(article))
        scores.append(score_article(gold, incidents, geoparser.gazetteer, gold_file=path.name))
    return summarise(scores)
