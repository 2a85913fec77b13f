"""A place name in its sentence, as the role rules read it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from geomap.incidents.placewords import PLACE_NOUNS
from geomap.incidents.syntax import between_lands, lemma, place_phrase

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

__all__ = ("MentionContext",)


@dataclass(frozen=True)
class MentionContext:
    """One place name in its sentence, with what the rules read around it."""

    span: Span
    caption: bool = False
    adjectival: bool = False
    feature_type: str = ""

    @cached_property
    def node(self) -> Token:
        """The phrase the name heads ("Deir Al Zor province", "the city of Jenin").

        The kind written before the name ("the capital Damascus", "the city
        of Manbij") heads it even where the parser hung the name elsewhere.
        """
        return place_phrase(self.kind if self.kind is not None else self.span.root)

    @property
    def kind(self) -> Token | None:
        """A place noun right before the name ("the capital X", "the city of X"), if any."""
        doc, start = self.span.doc, self.span.start
        before = start - 1 if start and doc[start - 1].lower_ != "of" else start - 2
        if before >= 0 and doc[before].pos_ == "NOUN" and doc[before].lower_ in PLACE_NOUNS:
            return None if between_lands(doc[before]) else doc[before]
        return None

    @property
    def word_before(self) -> Token | None:
        """The token right before the name, whatever the parse says of it."""
        start = self.span.start
        return self.span.doc[start - 1] if start else None

    @property
    def dangling_prep(self) -> Token | None:
        """The preposition right before the name that the parser left without an object.

        "Clashes in Zoquit and shelling hit …": "in" governs nothing in the
        parse, and the name is hung on a later word; the preposition is its.
        """
        before = self.word_before
        if before is None or before.pos_ != "ADP" or before.dep_ != "prep":
            return None
        return None if any(t.dep_ == "pobj" for t in before.children) else before

    @property
    def prep(self) -> Token | None:
        """The preposition whose object the phrase is ("in" in "in Mogadishu"), if any."""
        return self.node.head if self.node.dep_ == "pobj" else None

    @property
    def prep_word(self) -> str:
        """The preposition's word ("in", "near"), or "" when the phrase is not its object."""
        return self.prep.lower_ if self.prep is not None else ""

    @property
    def object_verb(self) -> str:
        """The lemma of the verb whose direct object the phrase is, or ""."""
        node = self.node
        return lemma(node.head) if node.dep_ in ("dobj", "obj") else ""

    @property
    def governor(self) -> Token | None:
        """What the preposition attaches to ("visit" in "a visit to Moscow")."""
        return self.prep.head if self.prep is not None else None
