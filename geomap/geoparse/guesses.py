"""Place names the NER missed, guessed from where they stand.

The small model misses many towns, and more of them in headlines: "bombed
positions near Mellit", "Celaya: two men shot", "Hermosillo registers two
homicides".  Three positions make a capitalised word a candidate name:

* after a locative word ("in", "near", "the town of", "the outskirts of");
* before a place word ("Al-Raqqah city", "the al-Bab countryside");
* after an attack noun's "on" ("airstrikes on X"), or listed after a
  candidate ("X, Y and Z");
* joined by a dash before a road word ("the Celaya-Salamanca highway");
* a capitalised adjective before "capital" ("the Zacatecan capital");
* heading a line, before a colon or a dash ("Tijuana: …", "Celaya, Guanajuato: …");
* anywhere, untagged, when it is exactly the name of a well-known place
  (a country, a first-level area, a large city).

A guess is only a candidate: `geomap.geoparse.resolve` keeps it when it
matches a gazetteer name exactly, in a country the article is about, or
alone when the place is large or its name exact.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from geomap.geoparse.abbreviations import abbreviated_state
from geomap.geoparse.demonyms import demonym_place
from geomap.geoparse.listed import attack_targets, listed_after
from geomap.geoparse.nlp import PLACE_LABELS, dotted_title
from geomap.geoparse.recognize import LOCAL, Common, Known
from geomap.geoparse.resolve import SETTLEMENT_WORDS, Toponym, clean_name
from geomap.geoparse.roads import road_ends
from geomap.geoparse.runs import (
    capitalised,
    loose_part,
    name_part,
    name_run,
)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ("RESIDENT_NOUNS", "guessed")

_LOCATIVE = frozenset(
    {"in", "near", "at", "outside", "around", "towards", "toward", "into", "between", "and"}
)
#: Words naming a part of, or a bearing from, a place: "the edge of X", "20 km north of X".
_PART_OF = frozenset(
    {"edge", "edges", "outskirts", "centre", "center", "heart", "suburbs", "outside", "entrance"}
    | {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
    | {"vicinity", "countryside", "environs", "area"}
)
#: People of a place who tell what happened there ("residents of Kamanyola said …").
RESIDENT_NOUNS = frozenset({"resident", "villager", "inhabitant", "people", "family", "elder"})
#: Words that, after "the X", say X is a place ("in the Shejaiya neighbourhood").
_AREA_WORDS = SETTLEMENT_WORDS | {
    "neighbourhood", "neighborhood", "quarter", "area", "region", "province", "governorate",
    "countryside", "valley", "sector", "municipality", "county", "refugee", "community",
    "commune", "locality", "hamlet", "township", "settlement", "zone",
    "territory", "tehsil", "taluka", "upazila", "lga", "oblast", "prefecture", "chiefdom",
}  # fmt: skip
#: What ends a heading's place ("Tijuana: …", "Tijuana.- …", "Uruapan – …").
_HEADING_ENDS = frozenset({":", "-", "–", "—", ".-"})


def guessed(
    doc: Doc, number_of: Callable[[int], int], known: Known, plain: Common = lambda _word: False
) -> list[Toponym]:
    """Candidate names the NER missed or mislabelled, in text order.

    ``plain``: whether a word is a common English one no well-known place
    bears as its own name; alone, it is no place wherever it stands ("Human
    losses …", though "Human" is a city's alias).
    """
    spans = [
        *_after_locatives(doc),
        *struck_objects(doc),
        *_headings(doc),
        *_before_place_words(doc),
        *_well_known(doc, known, plain),
        *road_ends(doc),
        *adjective_capitals(doc),
        *attack_targets(doc),
    ]
    spans += listed_after(doc, spans)
    found: list[Toponym] = []
    taken: set[int] = set()
    # of two runs from one word the longer: "Tarmuwa LGA", whose area word makes it the LGA
    for start, end in sorted(spans, key=lambda span: (span[0], -span[1])):
        if taken.intersection(range(start, end)):
            continue
        taken.update(range(start, end))
        span = doc[start:end]
        found.append(
            Toponym(
                span.text, span.start_char, span.end_char, number_of(start), "GPE", guessed=True
            )
        )
    return found


def _after_locatives(doc: Doc) -> list[tuple[int, int]]:
    """Form: "near Mellit", "the town of X", "Bint Jbeil, Marjayoun and …", "in the X district".

    "The <place word> of X" takes any word that says X is a place ("the
    neighbourhood of X", "the commune of X"), as "in the X neighbourhood" does.

    Also "in downtown X", where the adverb of the centre leaves the town named,
    and "Syria's al-Bab", a place after its country's possessive.
    """
    found = []
    index = 0
    while index < len(doc):
        token = doc[index]
        if index + 1 < len(doc) and (
            token.lower_ in _LOCATIVE
            or token.text == ","
            and index
            and doc[index - 1].ent_type_ in PLACE_LABELS
            or token.lower_ == "of"
            and index
            and (
                doc[index - 1].lower_ in _AREA_WORDS
                or doc[index - 1].lower_ in _PART_OF
                or doc[index - 1].lemma_.lower() in RESIDENT_NOUNS  # "residents of X said"
                or doc[index - 1].lower_ in LOCAL  # "the mayor of X", "the police of X"
                or local_body_of(doc, index)
            )
            or token.lower_ in ("'s", "’s")
            and index
            and doc[index - 1].ent_type_ in ("GPE", "LOC")
        ):
            start = index + 1
            if doc[start].lower_ == "downtown" and token.lower_ in _LOCATIVE:
                start += 1  # "in downtown Apaseo el Alto": the town itself
            if token.lower_ in _LOCATIVE and _demonym_before_name(doc, start):
                start += 1  # "in Syrian Zoquit": the country's adjective, then the place
            if doc[start].lower_ == "the" and token.lower_ in _LOCATIVE:
                start += 1  # "in the Shejaiya neighbourhood": only before a place word
                end = name_run(doc, start, loose_part)
                if not (start < end < len(doc) and doc[end].lower_ in _AREA_WORDS):
                    end = start
            else:
                end = name_run(doc, start)
            if token.text == "," and dotted_title(doc, start):
                end = start  # "Mogadishu, Capt. Ahmed Nur told …": a person's title
            if end > start:
                found.append((start, end))
            index = max(end, index + 1)
            continue
        index += 1
    return found


def local_body_of(doc: Doc, index: int) -> bool:
    """Form: "the police station of X": a local body's building or post, of its town.

    Example: "Rebels bombed the police station of Zoquital, Cauca": the
    small model takes the town for a person, yet a police station, a town
    hall or a fire station belongs to a place.  Token ``index`` is "of".
    """
    return (
        index >= 2
        and doc[index - 1].pos_ == "NOUN"
        and doc[index - 2].lower_ in LOCAL
        and doc[index - 2].head.i == index - 1
    )


#: Verbs of striking from afar whose object is a place, not a person ("shell", "bomb").
_STRIKE_VERBS = frozenset(
    {"bomb", "bombs", "bombed", "bombard", "bombards", "bombarded", "shell", "shells", "shelled"}
    | {"pound", "pounds", "pounded", "target", "targets", "targeted", "besiege", "besieges"}
    | {"besieged", "storm", "storms", "stormed"}
)


def struck_objects(doc: Doc) -> list[tuple[int, int]]:
    """Form: a name right after a verb of bombardment, its object.

    Example: "Jets bomb Kafr Zoquit and shells hit the plain": the small
    model takes the two words after "bomb" for a person's name, yet one
    shells a place.  A name run straight after the verb is a candidate.
    """
    found = []
    for token in doc[:-1]:
        if token.lower_ in _STRIKE_VERBS and token.pos_ == "VERB":
            end = name_run(doc, token.i + 1)
            if end > token.i + 1:
                found.append((token.i + 1, end))
    return found


def _demonym_before_name(doc: Doc, index: int) -> bool:
    """Form: "killed in Syrian Zoquit": a country's adjective says whose the town is.

    Example: "Rebels claim killing five in Syrian Zoquit": the name after
    the adjective is the place, which the adjective does not open.
    """
    return (
        index + 1 < len(doc)
        and bool(demonym_place(doc[index].text)[0])
        and name_part(doc[index + 1])
    )


def _before_place_words(doc: Doc) -> list[tuple[int, int]]:
    """Form: "Airstrikes target Al-Raqqah city", "the shelling of al-Bab town".

    A name the NER took for a person, or missed, right before a word that
    says it is a settlement or an area ("the X chiefdom of Djugu territory":
    Djugu, which the NER took for a body).
    """
    found = []
    for token in doc:
        if token.lower_ not in _AREA_WORDS or not token.i:
            continue
        start = token.i
        while start > 0 and (
            loose_part(doc[start - 1])
            or doc[start - 1].text in ("-", "–")
            and start > 1
            and loose_part(doc[start - 2])
        ):
            start -= 1
        if start < token.i and doc[start].text not in ("-", "–"):
            found.append((start, token.i))
    return found


def _line_starts(doc: Doc) -> list[int]:
    starts = [0] if len(doc) else []
    return starts + [t.i + 1 for t in doc[:-1] if "\n" in t.text or "\n" in t.whitespace_]


def _headings(doc: Doc) -> list[tuple[int, int]]:
    """Form: a line headed by its place ("Celaya: two men shot", "Tijuana, BC: …")."""
    found = []
    for start in _line_starts(doc):
        while start < len(doc) and doc[start].is_space:
            start += 1
        end = name_run(doc, start, loose_part)
        if end == start or end >= len(doc):
            continue
        after = doc[end]
        closes = after.text in _HEADING_ENDS or after.text == "," and _heading_after_comma(doc, end)
        if closes:
            found.append((start, end))
    return found


def _heading_after_comma(doc: Doc, comma: int) -> bool:
    """Form: "Celaya, Guanajuato: …", a second name, then the heading's colon."""
    end = name_run(
        doc,
        comma + 1,
        lambda t: t.pos_ in ("PROPN", "NOUN") and (t.is_title or bool(abbreviated_state(t.text))),
    )  # "Chetumal, QRoo - …": a state's abbreviation is not title-cased
    return comma + 1 < end < len(doc) and doc[end].text in _HEADING_ENDS


#: Entity types the small model gives to well-known towns it does not know
#: ("flee the city Manbij" → PRODUCT); a person's or a group's name may be a place's too.
_THINGS = frozenset({"", "PRODUCT", "WORK_OF_ART"})


def _untagged_name(token: Any) -> bool:
    """A capitalised word no entity holds; a headline's tagger may call it an adjective.

    A function word is never one ("More casualties …": no alias of a town).
    """
    tags = ("NOUN",) if token.is_stop else ("NOUN", "ADJ")
    return token.ent_type_ in _THINGS and capitalised(token, tags)


def _well_known(doc: Doc, known: Known, plain: Common) -> list[tuple[int, int]]:
    """Form: "Hermosillo registers two homicides": an untagged name of a well-known place.

    Not a lone common word ("Human losses after shelling": an alias of a city).
    """
    found = []
    index = 0
    untagged = _untagged_name
    while index < len(doc):
        if not untagged(doc[index]):
            index += 1
            continue
        end = name_run(doc, index, untagged)
        if end - index == 1 and plain(doc[index].text):
            index = end
            continue
        if known(clean_name(doc[index:end].text)) or _known_in_state(doc, index, end, known):
            found.append((index, end))
        index = max(end, index + 1)
    return found


def _known_in_state(doc: Doc, start: int, end: int, known: Known) -> bool:
    """Form: "shot dead in Colonia X, Zoquitlan BC": a well-known town, its state abbreviated.

    Example: "A man was shot dead at home, Zoquitlan BC": the run's last word
    is a state's abbreviation, and the words before it the well-known town.
    """
    return (
        end - start > 1
        and bool(abbreviated_state(doc[end - 1].text))
        and bool(known(clean_name(doc[start : end - 1].text)))
    )


def adjective_capitals(doc: Doc) -> list[tuple[int, int]]:
    """Form: a state's capital named by the state's adjective, "the X capital".

    Example: "Two men were shot dead in the Zoquitecan capital": the whole
    "Zoquitecan capital" is the candidate; `geomap.geoparse.parts` reads it.
    """
    return [
        (token.i - 1, token.i + 1)
        for token in doc[1:]
        if token.lower_ == "capital"
        and loose_part(doc[token.i - 1])
        and doc[token.i - 1].lower_.endswith("an")
    ]
