"""Place names the NER folds into other entities: "the Paris Police Department".

News names local bodies after their town ("Torrington Fire Department",
"Laurel County Detention Center", "University of Hartford", "Nigerian
Army"); the NER labels the whole as an organisation, facility or person and
the place inside is lost.  Gritta et al.'s corpora count these names as
toponyms, and a reader does too.  Here the leading name (or the name after
a final "of") is cut out when the gazetteer knows it exactly and either the
next word is the head of an institution or the place is a well-known one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from geomap.gazetteer.normalize import ARTICLES
from geomap.geoparse.demonyms import demonym_continent, demonym_country

__all__ = (
    "HOSTS",
    "INSTITUTIONS",
    "LOCAL",
    "NAME_OPENERS",
    "Inside",
    "named_inside",
)

#: Entity labels that may wrap a place name; a person's name only before an
#: institution ("Anderson County Sheriff's Capt."), never alone ("Paris Hilton").
HOSTS = frozenset({"ORG", "FAC", "PERSON", "EVENT", "WORK_OF_ART", "PRODUCT"})
_HEAD_ONLY = frozenset({"PERSON", "WORK_OF_ART"})
#: Head words of a town's or county's own bodies: the name is a settlement or county.
LOCAL = frozenset(
    {"police", "cop", "cops", "fire", "sheriff", "sheriff's", "city", "town", "village", "township"}
    | {"borough", "council", "commission", "commissioners", "mayor", "school", "schools"}
    | {"high", "elementary", "middle", "academy", "public", "municipal", "jail", "library"}
    | {"parks", "transit", "utilities", "independent", "unified", "consolidated"}
)
#: Other heads of bodies named after a place ("Cookeville Regional Medical Center").
INSTITUTIONS = LOCAL | frozenset(
    {"county", "board", "university", "college", "community", "regional", "general"}
    | {"medical", "hospital", "clinic", "health", "department", "circuit"}
    | {"district", "detention", "museum", "zoo", "chamber", "area", "airport", "water"}
    | {"recreation", "chief", "club", "church", "herald", "times", "news", "post"}
    | {"press", "tribune", "journal", "gazette", "film", "festival", "symphony"}
    | {"theatre", "theater", "center", "centre", "hall", "stadium", "services", "service"}
    | {"authority", "ministry", "government", "army", "navy", "air", "embassy", "airlines"}
    | {"management", "state", "national"}
)
#: Longest place name looked for, in tokens ("Sault Ste. Marie").
MAX_TOKENS = 4

#: Whether a name is a gazetteer place: ``None`` (unknown), else whether it is a
#: well-known one (a large city, a country, a first-level area).
Known = Callable[[str], "bool | None"]


@dataclass(frozen=True, slots=True)
class Inside:
    """A place name found inside another entity, as token indices."""

    start: int
    end: int
    country_code: str | None = None  # a demonym ("Nigerian Army"): its country
    continent: str | None = None  # a continent's adjective ("European Commission"): its name
    local: bool = False  # before a town's own body ("Jordan Elementary"): a settlement


#: Capitalised words that open street names and bearings, not places ("Northwest 8th Avenue").
COMPASS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
    | {"northern", "southern", "eastern", "western", "central", "upper", "lower"}
)


#: Lower-case words inside place names ("San Luis de la Paz", "Guadalupe y Calvo").
PARTICLES = frozenset(
    {"de", "del", "la", "las", "los", "el", "y", "e", "da", "das", "do", "dos", "di", "du", "des"}
)
#: Words that open place names and name no place alone ("Puerto Jordan", "Kafr Nabl").
NAME_OPENERS = frozenset(
    {"puerto", "porto", "port", "fort", "mount", "cape", "san", "santa", "santo", "são"}
    | {"saint", "ciudad", "villa", "vila", "bandar", "kafr", "tal", "tell", "deir", "bir"}
    | {"ain", "wadi", "ras", "jabal", "jebel", "beit", "umm"}
)
#: The articles among them ("de los", "la Paz") ...
_NAME_ARTICLES = frozenset({"la", "las", "los", "el"})
#: ... and the particles that say "of" ("San José de los X", "Vila do X").
OF_PARTICLES = PARTICLES - _NAME_ARTICLES - {"y", "e"}
#: Whether English knows a word as a common one ("Home", "University"), whatever its case.
Common = Callable[[str], bool]


def _capitalised(token: Any) -> bool:
    return token.text[:1].isupper() and token.pos_ == "PROPN"


def _adjective_of_place(token: Any) -> bool:
    """A capitalised demonym ("Tunisian", "European"), however the tagger tags it."""
    word = token.text
    return word[:1].isupper() and bool(demonym_country(word) or demonym_continent(word))


def _head(doc: Any, index: int, words: frozenset[str] = INSTITUTIONS) -> bool:
    """Whether token ``index`` heads an institution.

    Capitalised as part of its name ("Boone County Jail"), or a town's own
    body ("Newark police"); a lower-case "district" or "area" describes the
    place itself.
    """
    if index >= len(doc) or doc[index].lower_ not in words:
        return False
    return doc[index].text[:1].isupper() or doc[index].lower_ in LOCAL


def _leading(
    doc: Any, start: int, end: int, known: Known, common: Common, *, headed: bool, plain: Common
) -> Inside | None:
    """The longest known name from token ``start`` on, ending by ``end``.

    ``headed``: the entity itself is the institution ("University of X"), so
    any known name will do; otherwise a head word must follow, or the place
    must be a well-known one, or the known name be the whole entity, its
    words joined by particles or carried on (`carried_on`).  A known name
    that the entity's words carry on is only the start of another name.
    """
    first = doc[start]
    if _adjective_of_place(first) and not (start + 1 < end and doc[start + 1].text in ("-", "–")):
        code = demonym_country(first.text)
        continent = None if code else demonym_continent(first.text)
        if code or continent:
            return Inside(start, start + 1, country_code=code, continent=continent)
    for stop in range(min(end, start + MAX_TOKENS + 1), start, -1):
        if first.lower_ in COMPASS or not _name_words(doc[start:stop]):
            continue
        text = doc[start:stop].text
        big = known(text)
        if big is None or carried_on(doc, start, stop, end, known, common) > stop:
            continue
        inner = doc[start + 1 : stop - 1]
        whole = stop == end and (
            any(t.lower_ in PARTICLES for t in inner)
            or any(
                carried_on(doc, start, k, end, known, common) == end for k in range(start + 2, end)
            )
        )
        if big and stop - start == 1 and plain(text):
            big = False  # "Rapid Support Forces": a word, though a city has "Rapid" for a name
        if headed or big or whole or _head(doc, stop):
            return Inside(start, stop, local=_head(doc, stop, LOCAL))
    return None


def _name_words(words: Any) -> bool:
    """Words that may make one place name: capitalised, joined by dots, dashes or particles.

    Example: "Four killed in Zoquital y Calvo, Chihuahua": the NER took the
    town for a group, and its "y" joins one name; a whole entity so joined
    that the gazetteer knows is the place, however small.  A particle never
    opens or ends the name, nor is one alone ("La" is no place).
    """
    inner = all(_capitalised(t) or t.text in (".", "-") or t.lower_ in PARTICLES for t in words)
    return (
        inner
        and _capitalised(words[0])
        and _capitalised(words[-1])
        and (len(words) > 1 or words[0].lower_ not in PARTICLES)
    )


def named_inside(
    doc: Any, known: Known, common: Common = bool, plain: Common | None = None
) -> Iterator[Inside]:
    """Place names inside other entities ("Paris" of "Paris Police Department").

    ``common``: whether English knows a word (by default every word: no
    capitalised word carries a name on, `carried_on`); ``plain``: whether it
    is a word no well-known place bears as its own name (by default
    ``common``): such a word names a place inside an entity only before a
    head word ("Rapid Support Forces" is no city's).
    """
    plain = plain or common
    for ent in doc.ents:
        if ent.label_ not in HOSTS:
            continue
        if ent[0].lower_ == "the":  # "the Torrington Fire Department"
            ent = ent[1:]
        if not len(ent) or not (_capitalised(ent[0]) or _adjective_of_place(ent[0])):
            continue
        found = None
        if len(ent) > 1 or _head(doc, ent.end):  # "Wood" alone is the NER's call
            found = _leading(doc, ent.start, ent.end, known, common, headed=False, plain=plain)
        if found is not None and ent.label_ in _HEAD_ONLY and not _head(doc, found.end):
            found = None  # "Paris Hilton", "Jordan Smith"
        if found is None:
            after = [t.i for t in ent[:-1] if t.lower_ == "of"]
            if after and ent.label_ not in _HEAD_ONLY:
                found = _leading(
                    doc, after[-1] + 1, ent.end, known, common, headed=True, plain=plain
                )
        if found is not None:
            yield found


def _lowered_after_particle(doc: Any, index: int) -> bool:
    """A name's last word a headline's sentence case lowered: "Soto la marina"."""
    token = doc[index]
    return token.is_lower and token.pos_ in ("NOUN", "PROPN") and doc[index - 1].lower_ in PARTICLES


def abbreviated_head(doc: Any, start: int, end: int, known: Known) -> bool:
    """Whether a one-word name is the abbreviated generic word of a longer one.

    Example: "Two men were shot in Cd. Zoquital, Guerrero": "Cd." (Ciudad)
    opens the name as "Col." (Colonia) and "Mpio." do; the NER may tag it
    alone, and read alone it is some other place's code or short name.  A
    word that is a place's own name ("in Iraq. Five men …") ends a sentence.
    """
    return (
        end - start == 1
        and len(doc[start].text) <= 4
        and doc[start].text[:1].isupper()
        and end + 1 < len(doc)
        and doc[end].text == "."
        and not doc[end].whitespace_ == ""
        and _capitalised(doc[end + 1])
        and known(doc[start].text) is None
    )


def titled_from_left(doc: Any, start: int, end: int, known: Known) -> int:
    """The start of a name the NER cut after its first word, a title or common word.

    Example: "Bodies found in General Zoquital, Nuevo Leon": places named
    after people keep the title ("General", "Doctor"), which the NER drops
    as a person's; the word joins the name when the gazetteer knows the whole.
    """
    if not start or doc[start - 1].is_sent_start or doc[start - 1].lower_ in COMPASS:
        return start
    before = doc[start - 1]
    if before.ent_type_ or not _capitalised(before) or _adjective_of_place(before):
        return start
    return start - 1 if known(doc[start - 1 : end].text) is not None else start


def particled_from_left(doc: Any, start: int, end: int, known: Known) -> int:
    """The start of a name the NER cut after a lower-case particle inside it.

    Example: "Gunmen raided Vila Nova do Zoquital at dawn": Portuguese,
    Spanish and Arabic names join words with "do", "de la", "el"; the NER
    may tag only the words after the particle, which alone name some other
    place.  The words before join the name when the gazetteer knows the whole.
    """
    best, index = start, start
    while index > 0 and _inner_particle(doc, index - 1):
        index -= 1  # "de la", "al -"
    if index == start:
        return start
    for first in range(index - 1, max(index - MAX_TOKENS, 0) - 1, -1):
        if not _capitalised(doc[first]) or doc[first].ent_type_ and first < index - 1:
            break
        if known(doc[first:end].text) is not None:
            best = first
    return best


def _inner_particle(doc: Any, index: int) -> bool:
    """A lower-case particle inside a name ("da", "de la"), or an article's hyphen ("al-")."""
    token = doc[index]
    if token.text == "-" and index and not token.whitespace_:
        return doc[index - 1].lower_ in ARTICLES and doc[index - 1].is_lower
    return token.is_lower and (token.lower_ in PARTICLES or token.lower_ in ARTICLES)


def bare_bearing(words: Any) -> bool:
    """Whether the words are only a bearing: "Northern", or "north-east" in lower case.

    Example: "in Mansila, in the province of Zoquit (north-east)": the tagger
    may call the lowercase bearing a place; it names none, though a
    capitalised "North-East" may be a region's own name.
    """
    if len(words) == 1:
        return words[0].lower_ in COMPASS
    return words.text.islower() and all(t.lower_ in COMPASS or t.text == "-" for t in words)


def completed(
    doc: Any, start: int, end: int, known: Known, common: Common = bool
) -> tuple[int, int] | None:
    """The whole place name a recognised span is part of, as token indices.

    The NER cuts names short ("Kansas" of "Kansas City", "Charleston" of
    "South Charleston", "San Luis" of "San Luis de la Paz", "Shefa" of
    "Shefa-Amr"): the span grows by up to four words (capitalised, name
    particles such as "de", "y", or a hyphen inside a word;
    the last may be a word sentence case lowered after a particle) on the
    right, or a compass word on the left, when the gazetteer knows the
    longer name.  A bare bearing
    ("Northern" of "Northern Illinois University") names nothing: ``None``.
    Else the span grows over the words that carry the name on
    (`carried_on`), a name the gazetteer lacks rather than a wrong one.
    """
    if abbreviated_head(doc, start, end, known):
        stop = end + 2
        while stop < len(doc) and (_capitalised(doc[stop]) or doc[stop].lower_ in PARTICLES):
            stop += 1
        return start, stop if _capitalised(doc[stop - 1]) else end + 2
    start = titled_from_left(doc, particled_from_left(doc, start, end, known), end, known)
    for stop in range(min(len(doc), end + 4), end, -1):
        words = doc[end:stop]
        inner = all(_capitalised(t) or t.lower_ in PARTICLES or _joining(t) for t in words[:-1])
        last = _capitalised(words[-1]) or _lowered_after_particle(doc, stop - 1)
        if inner and last and known(doc[start:stop].text) is not None:
            return start, stop  # "San Luis de la Paz", "Guadalupe y Calvo", "Kansas City"
    if start and doc[start - 1].lower_ in COMPASS and _capitalised(doc[start - 1]):
        if known(doc[start - 1 : end].text) is not None:
            return start - 1, end
    if bare_bearing(doc[start:end]):
        return None  # a bearing alone; the name it opens was grown above ("North Kivu")
    return start, carried_on(doc, start, end, len(doc), known, common)


#: Most words that carry a name on ("de los Zoquital" is three).
_MAX_CARRIED = 4


def carried_on(doc: Any, start: int, index: int, end: int, known: Known, common: Common) -> int:
    """The end of the words that go on with the name ``doc[start:index]`` (by ``end``).

    Example: "Six bodies were found in San Zoquital de los Otumba": the known
    "San Zoquital" (a city far away) is only the start of the place's name,
    which "de los Otumba" carries on, as "Otumbilla" would in "San Zoquital
    Otumbilla".  "de", "del", "do" or "da" (then maybe "la", "los") before
    a capitalised word carry any name on.  A name of several words whose
    last is no English word (a saint's, "San Zoquital", opening many Spanish
    names) goes on with a capitalised word that English does not know, that
    opens no entity and names no well-known place.  Not "Zoquital Walmart"
    (one word: a store named after the town), "Zoquital County Housing" (a
    generic last word), "San Zoquital Home" (a common word) nor "San
    Zoquital Guerrero" (a state: where the town lies).
    """
    stop = index
    while stop < min(end, index + _MAX_CARRIED):
        several = stop - start > 1 and not common(doc[stop - 1].text)
        if several and _name_goes_on(doc[stop], known, common):
            stop += 1
            continue
        after = stop + 1 if doc[stop].lower_ in OF_PARTICLES else stop
        if stop < after < end and doc[after].lower_ in _NAME_ARTICLES:
            after += 1
        named = stop < after < end and doc[after].text[:1].isupper() and doc[after].is_alpha
        if not named:
            break
        stop = after + 1
    return stop


def _name_goes_on(token: Any, known: Known, common: Common) -> bool:
    """A capitalised word that can only be more of a proper name (`carried_on`)."""
    return (
        token.text[:1].isupper()
        and token.is_alpha
        and token.pos_ in ("PROPN", "NOUN")
        and token.ent_iob_ != "B"
        and not token.is_sent_start
        and not common(token.text)
        and not _adjective_of_place(token)
        and known(token.text) is not True
    )


def _joining(token: Any) -> bool:
    """A hyphen inside one word ("Shefa-Amr"), not a dash between two names."""
    return token.text == "-" and not token.whitespace_ and not token.nbor(-1).whitespace_
