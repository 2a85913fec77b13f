"""Runs of capitalised words that may be a place name the NER missed.

The small model tags unknown towns as persons or not at all, and the
tagger calls their words common nouns; a run of such words, joined by
dashes, particles or an Arabic article, is a candidate name
(`geomap.geoparse.guesses` and `geomap.geoparse.listed` read where it stands).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from geomap.gazetteer.normalize import ARTICLES
from geomap.geoparse.demonyms import demonym_place
from geomap.geoparse.recognize import PARTICLES

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Callable

    from spacy.tokens import Doc

__all__ = ("MISTAKEN", "article_joined", "capitalised", "loose_part", "name_part", "name_run")

#: Entity types the small model gives to towns it does not know ("near Mellit" → PERSON,
#: "the town of Cotija" → EVENT).
MISTAKEN = frozenset({"", "PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT"})


def capitalised(token: Any, tags: tuple[str, ...] = ("NOUN",)) -> bool:
    """A word that may be part of a name the NER missed.

    The tagger calls an unknown capitalised word a common noun ("in Celaya"),
    and one heading a line even an adjective ("Celaya: …"): ``tags``.
    """
    if any(demonym_place(token.text)):
        return False  # "in Syrian hands": a demonym, already a mention
    if not token.text[:1].isupper() and not _article(token):
        return False  # "the la Huerta neighbourhood": a particle opens no name
    named = token.pos_ == "PROPN" or token.pos_ in tags and token.is_title
    return named and token.ent_type_ in MISTAKEN


def _article(token: Any) -> bool:
    """An Arabic article joined to the name by a hyphen ("al-Bab", "el-Fasher")."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.lower_ in ARTICLES and following is not None and following.text == "-"


def loose_part(token: Any) -> bool:
    """Where the position alone says a name is meant, even an "adjective" ("Celaya: …")."""
    return capitalised(token, ("NOUN", "ADJ"))


def name_part(token: Any) -> bool:
    """A word of a name inside a sentence: not the capital that opens any sentence."""
    return capitalised(token) and not token.is_sent_start


def name_run(doc: Doc, start: int, part: Callable[[Any], bool] = name_part) -> int:
    """The end of the name run starting at token ``start`` ("Ciudad Serdán", "Bir-Nahal")."""
    end = start
    while end < len(doc) and (
        part(doc[end])
        or end > start
        and article_joined(doc, end)
        or (doc[end].text in ("-", "–") or doc[end].lower_ in PARTICLES or _abbreviated(doc, end))
        and end + 1 < len(doc)
        and end > start
        and (part(doc[end + 1]) or article_joined(doc, end + 1))
    ):
        end += 1
    if end - start == 1 and doc[start].lower_ in ARTICLES:
        return start  # "al" of "al-Bokamal" cut short: an article alone names nothing
    return end


def article_joined(doc: Doc, index: int) -> bool:
    """Whether token ``index`` is the name an Arabic article is hyphened to.

    Example: "Jets struck al-Zuwaira city at dawn": the tagger may call
    "Zuwaira" an adjective after the dash, yet the article says a name follows.
    """
    return (
        index >= 2
        and doc[index - 1].text in ("-", "–")
        and _article(doc[index - 2])
        and doc[index].text[:1].isupper()
        and doc[index].is_alpha
        and doc[index].ent_type_ in MISTAKEN
    )


def _abbreviated(doc: Doc, index: int) -> bool:
    """The dot of a short word that opens a name: "Col. Insurgentes", "Cd. Renacimiento"."""
    before = doc[index - 1]
    return doc[index].text == "." and before.text[:1].isupper() and len(before.text) <= 3
