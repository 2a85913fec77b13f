"""A place name in its sentence, as the role rules read it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from geomap.incidents.syntax import lemma, place_phrase

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
        """The phrase the name heads ("Deir Al Zor province", "the city of Jenin")."""
        return place_phrase(self.span.root)

    @property
    def word_before(self) -> Token | None:
        """The token right before the name, whatever the parse says of it."""
        start = self.span.start
        return self.span.doc[start - 1] if start else None

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
