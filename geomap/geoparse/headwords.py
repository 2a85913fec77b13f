"""What the words around a name say it names: a settlement ("the town of X") or an area.

A head word after the name ("Bryansk region", "Gao town") or before it with
"of" ("the state of Guanajuato", "the city of Celaya") tells which of two
namesakes the writer means, the state or its capital city.  The resolver
reads these as hints; the gazetteer's candidates still decide.
"""

from __future__ import annotations

from typing import Any

from geomap.geoparse.nlp import PLACE_LABELS
from geomap.geoparse.recognize import COMPASS, INSTITUTIONS, PARTICLES
from geomap.geoparse.resolve import SETTLEMENT_WORDS
from geomap.geoparse.spelling import ADMIN_WORDS

__all__ = ("area_named", "name_goes_on", "settlement_named")

#: Area words that name no settlement ("the district of X" may be a town's quarter).
_AREA_ONLY = ADMIN_WORDS - SETTLEMENT_WORDS


def settlement_named(doc: Any, start: int, after: Any) -> bool:
    """A settlement is meant: "the town of X", or "X City" when the NER left "City" out.

    Example: "Shells hit the city of Dnipro": the city, not the river.
    """
    following = after is not None and after.lower_ in ("city", "town", "village")
    return following or _after(doc, start, SETTLEMENT_WORDS)


def area_named(doc: Any, start: int, after: Any) -> bool:
    """An area is meant: "Bryansk region", "the state of Guanajuato", "the X and Y regions".

    Example: "a bar in the city of Celaya in the central state of Guanajuato":
    the state, not its capital city 50 km away; "killing four people in the
    Dnipropetrovsk and Zaporizhzhia regions": two regions, not two cities.
    """
    if after is None:
        return _after(doc, start, _AREA_ONLY)
    if after.lower_ in ADMIN_WORDS or after.lower_ in _AREAS:
        return True
    if after.lower_ in ("and", ","):  # the plural head word closes the list
        for token in doc[after.i + 1 : after.i + 6]:
            if token.lower_ in _AREAS:
                return True
            if not (token.is_title or token.lower_ in ("and", ",", "-")):
                break
    return _after(doc, start, _AREA_ONLY)


#: The plural of each area word: "the Kharkiv and Sumy regions".
_AREAS = frozenset(w[:-1] + "ies" if w.endswith("y") else w + "s" for w in ADMIN_WORDS)


def _after(doc: Any, start: int, words: frozenset[str]) -> bool:
    """Whether the name follows "the <word> of" ("the city of", "the state of").

    A name before the word owns it: in "the Beni territory of Congo" Beni is
    the territory and Congo holds it ("the US state of Texas" keeps its hint).
    """
    before = doc[start - 3] if start >= 3 else None
    owned = (
        before is not None
        and before.is_title
        and before.is_alpha
        and (before.pos_ == "PROPN" or before.ent_type_ in PLACE_LABELS)
    )
    return (
        start >= 2
        and doc[start - 1].lower_ == "of"
        and doc[start - 2].lower_ in words
        and not owned
    )


#: Entity types of a word that may still be more of a name the NER cut (untagged, or a place).
_NAME_ENTS = frozenset({"", *PLACE_LABELS})


def name_goes_on(doc: Any, start: int, end: int) -> bool:
    """Whether the name ``doc[start:end]`` is only the end of a longer one the NER cut.

    A proper noun stands right before it, not a head word, a bearing, a
    particle or an acronym: the gazetteer's place of the last word is a
    namesake of a word, not the place meant, unless the article speaks for its
    country.  A proper noun after a place more often names a body after it
    ("Cambridge Analytica").  Example: "Gunmen raided Bajo Zoquital
    overnight": not the Zoquital abroad, when the article names Canada alone.
    """
    return start > 0 and not doc[start].is_sent_start and _more_of_a_name(doc[start - 1])


def _more_of_a_name(token: Any) -> bool:
    word = token.lower_
    return (
        token.text[:1].isupper()
        and not token.is_upper
        and token.is_alpha
        and token.pos_ == "PROPN"
        and token.ent_type_ in _NAME_ENTS
        and word not in INSTITUTIONS | ADMIN_WORDS | SETTLEMENT_WORDS | PARTICLES
        and word not in COMPASS
    )
