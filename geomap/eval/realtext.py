"""Incident extraction measured on real reporting written by others.

Two sources, both in ``../shared/data/incidents/`` (see its README):

* ``articles_gold.json`` beside ``articles.jsonl``: full articles coded the way
  an ACLED coder would, with required and optional incidents, ``forbidden``
  places (mentioned, nothing happened there) and stories with violence words
  but no incident (``kind: negative_hard``).
* a UCDP GED CSV (``ucdp_dev.csv``): each row's headline is an article
  published on its ``pub_date``; a hit is an extracted incident within 50 km of
  UCDP's point.  Rows whose ``mention`` is ``place`` name the gold place itself;
  the others name only its province or district.

Why a separate scorer from ``geomap.eval.incidents``: real gold carries date
precision (a day, a week, a month) and forbidden circles rather than names,
and the figures reported are counts against fixed goals, not only ratios.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from geomap.distance import haversine_km
from geomap.errors import InputError
from geomap.eval.incidents import same_actor
from geomap.model import Article, Incident

__all__ = (
    "RealArticleScores",
    "UcdpScores",
    "evaluate_articles",
    "evaluate_ucdp",
    "is_articles_gold",
    "load_articles_gold",
    "load_ucdp",
    "score_real_article",
)

#: UCDP's event point is matched within this distance (its precision 2 is ~25 km).
UCDP_HIT_KM = 50.0
#: How far an extracted day may be from the gold for each gold date precision.
_DAY_SLACK = {1: 0, 2: 7, 3: 31}

Extract = Callable[[Article], Sequence[Incident]]


@dataclass(slots=True)
class RealArticleScores:
    """Counts over the real articles (each list names article and place)."""

    articles: int = 0
    required: int = 0
    found: int = 0
    predicted: int = 0
    off_gold: int = 0
    forbidden: int = 0
    actor1_right: int = 0
    event_type_right: int = 0
    fatalities_right: int = 0
    fatalities_gold: int = 0
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    forbidden_hits: list[str] = field(default_factory=list)
    #: Incidents found with a wrong actor1, event type or toll: what to read next.
    wrong: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready figures (the CLI's ``--json``)."""
        return asdict(self) | {
            "recall": _ratio(self.found, self.required),
            "off_gold_share": _ratio(self.off_gold, self.predicted),
            "actor1_accuracy": _ratio(self.actor1_right, self.found),
            "event_type_accuracy": _ratio(self.event_type_right, self.found),
            "fatalities_accuracy": _ratio(self.fatalities_right, self.fatalities_gold),
        }


@dataclass(slots=True)
class UcdpScores:
    """Hits within 50 km over UCDP headlines, split by what the headline names."""

    rows: int = 0
    hits: int = 0
    place_rows: int = 0
    place_hits: int = 0
    predicted: int = 0
    misses: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready figures (the CLI's ``--json``)."""
        return asdict(self) | {
            "hit_rate": _ratio(self.hits, self.rows),
            "place_hit_rate": _ratio(self.place_hits, self.place_rows),
        }


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 1.0


def is_articles_gold(path: Path) -> bool:
    """Whether ``path`` is an ``articles_gold.json`` (an ``articles`` mapping)."""
    if path.suffix != ".json":
        return False
    try:
        head = path.read_text(encoding="utf-8")[:4000]
    except OSError:
        return False
    return '"articles"' in head


def load_articles_gold(path: Path) -> list[tuple[Article, dict[str, Any]]]:
    """Read ``articles_gold.json`` and the ``articles.jsonl`` beside it, paired by id."""
    from geomap.inputs.jsonl import read_jsonl

    try:
        gold = json.loads(path.read_text(encoding="utf-8"))["articles"]
    except (OSError, ValueError, KeyError) as exc:
        raise InputError(f"cannot read real-article gold: {exc}", path=str(path)) from exc
    source = path.with_name("articles.jsonl")
    if not source.exists():
        raise InputError("needs articles.jsonl beside it (the articles the gold is for)",
                         path=str(path))  # fmt: skip
    pairs = []
    for item in read_jsonl(source):
        if isinstance(item, InputError):
            raise item
        if item.id in gold:
            pairs.append((item, gold[item.id]))
    return pairs


def _day_ok(incident: Incident, gold: dict[str, Any]) -> bool:
    if incident.event_date is None or not gold.get("date"):
        return not gold.get("date")
    slack = _DAY_SLACK.get(int(gold.get("date_precision", 1)), 0)
    return abs((incident.event_date - date.fromisoformat(gold["date"])).days) <= slack


def _near(incident: Incident, gold: dict[str, Any]) -> float | None:
    km = haversine_km(incident.place.lat, incident.place.lon, gold["lat"], gold["lon"])
    return km if km <= gold["max_km"] else None


def score_real_article(
    article_id: str, gold: dict[str, Any], incidents: Sequence[Incident], into: RealArticleScores
) -> None:
    """Add one article's counts to ``into``.

    Required incidents are matched one-to-one, closest first, at the place
    (within ``max_km``) and the date (same day for day precision).  An output
    incident matching an optional incident is neither found nor extra.
    """
    coded = gold.get("incidents", [])
    required = [g for g in coded if not g.get("optional")]
    optional = [g for g in coded if g.get("optional")]
    into.articles += 1
    into.required += len(required)
    into.predicted += len(incidents)
    pairs = sorted(
        (km, gi, pi)
        for gi, g in enumerate(required)
        for pi, p in enumerate(incidents)
        if (km := _near(p, g)) is not None and _day_ok(p, g)
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _km, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        g, p = required[gi], incidents[pi]
        into.found += 1
        wrong = []
        if not same_actor(p.actor1, str(g.get("actor1", ""))):
            wrong.append(f"actor1 {p.actor1!r} (gold {g.get('actor1')!r})")
        if str(p.event_type) != g.get("event_type"):
            wrong.append(f"event type {p.event_type} (gold {g.get('event_type')})")
        if g.get("fatalities", "absent") is not None and "fatalities" in g:
            into.fatalities_gold += 1
            into.fatalities_right += p.fatalities == g["fatalities"]
            if p.fatalities != g["fatalities"]:
                wrong.append(f"fatalities {p.fatalities} (gold {g['fatalities']})")
        into.actor1_right += not any(w.startswith("actor1") for w in wrong)
        into.event_type_right += not any(w.startswith("event type") for w in wrong)
        if wrong:
            into.wrong.append(f"{article_id}: {g['place']}: " + "; ".join(wrong))
    into.missed += [f"{article_id}: {g['place']} {g.get('date', '')}"
                    for gi, g in enumerate(required) if gi not in used_g]  # fmt: skip
    for pi, p in enumerate(incidents):
        if pi in used_p or any(_near(p, g) is not None and _day_ok(p, g) for g in optional):
            continue
        label = f"{article_id}: {p.place.name} {p.event_date}"
        if not any(_near(p, g) is not None for g in coded):
            into.off_gold += 1
            into.extra.append(label)
        circles = gold.get("forbidden", {})
        hit = [name for name, (lat, lon, km) in circles.items()
               if haversine_km(p.place.lat, p.place.lon, lat, lon) <= km]  # fmt: skip
        if hit or gold.get("kind") == "negative_hard":
            into.forbidden += 1
            into.forbidden_hits.append(f"{label} ({', '.join(hit) or 'no-incident story'})")


def evaluate_articles(path: Path, extract: Extract) -> RealArticleScores:
    """Extract incidents from every real article and score them against the gold."""
    scores = RealArticleScores()
    for article, gold in load_articles_gold(path):
        score_real_article(article.id, gold, extract(article), scores)
    return scores


def load_ucdp(path: Path, *, place_only: bool = False) -> list[tuple[Article, dict[str, str]]]:
    """Read a UCDP GED headline CSV as one-headline articles with their gold rows."""
    needed = {"id", "text", "pub_date", "gold_lat", "gold_lon"}
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise InputError(f"cannot read UCDP CSV: {exc}", path=str(path)) from exc
    missing = needed - set(rows[0] if rows else ())
    if missing:
        raise InputError(f"not a UCDP headline CSV: missing columns {', '.join(sorted(missing))}",
                         path=str(path))  # fmt: skip
    out = []
    for number, row in enumerate(rows, start=2):
        if place_only and row.get("mention") != "place":
            continue
        # UCDP joins the headlines of one event with ";": one headline per line.
        text = "\n".join(part.strip() for part in row["text"].split(";") if part.strip())
        try:
            published = date.fromisoformat(row["pub_date"])
        except ValueError as exc:
            raise InputError(f"field 'pub_date': {exc}", path=str(path), line=number) from exc
        article = Article(id=f"ucdp-{row['id']}", title=text, text=text, published=published)
        out.append((article, row))
    return out


def evaluate_ucdp(
    path: Path, extract_many: Callable[[Iterable[Article]], Iterable[Sequence[Incident]]]
) -> UcdpScores:
    """Score UCDP headlines: a hit is any extracted incident within 50 km of the gold point."""
    scores = UcdpScores()
    pairs = load_ucdp(path)
    for (article, row), incidents in zip(pairs, extract_many(a for a, _ in pairs), strict=True):
        lat, lon = float(row["gold_lat"]), float(row["gold_lon"])
        hit = any(haversine_km(i.place.lat, i.place.lon, lat, lon) <= UCDP_HIT_KM
                  for i in incidents)  # fmt: skip
        scores.rows += 1
        scores.predicted += len(incidents)
        scores.hits += hit
        if row.get("mention") == "place":
            scores.place_rows += 1
            scores.place_hits += hit
            if not hit:
                scores.misses.append(f"{row['id']}: {article.text[:100]} -> {row['where_name']}")
    return scores
