"""The place of the operation a story leads with: "12 soldiers have died in the offensive".

A communiqué or a war report names its operation once with a place ("the
battle for X") and then only as "the offensive"; deaths told in it happened
at that place.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from geomap.incidents.headings import LEAD_SENTENCES
from geomap.incidents.scene import NOT_THE_SCENE
from geomap.incidents.syntax import clause_of, mention_span
from geomap.incidents.what import Trigger
from geomap.model import Mention, Place
from geomap.vocab import Role

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

__all__ = ("OPERATIONS", "operation_place")


#: Nouns for a military operation; any refers to another ("the offensive" after "the battle of X").
OPERATIONS = frozenset(
    {"offensive", "operation", "battle", "fight", "assault", "campaign", "siege"}
)
#: How many heads up from a place its operation noun may be ("the fight for the town of X").
_OPERATION_REACH = 4


def operation_place(
    group: Sequence[Trigger],
    mentions: Sequence[Mention],
    roles: dict[int, Role],
    number: int,
    doc: Doc,
) -> Place | None:
    """Form: "12 soldiers have died in the offensive": the operation the story leads with.

    Example: "The army's battle for Zoquital is only the start, the general
    said. … So far, 12 soldiers have died in the offensive."  A definite
    operation noun with no place of its own refers to the one operation the
    lead names with a place in its phrase ("the fight for the town of X");
    an operation named later in passing ("the IDF's offensive in Gaza" as
    background) is not the story's.
    """
    clauses = [clause_of(t.token, t.is_noun) for t in group]
    clauses += [c.head for c in clauses if c.dep_ == "conj"]  # "…, troops engaged X and …"
    if not any(t.lemma_.lower() in OPERATIONS and _one_told(t) for c in clauses for t in c.subtree):
        return None
    for index, mention in enumerate(mentions):
        if mention.sentence >= min(number, LEAD_SENTENCES):
            break
        if mention.place is None or roles[index] in NOT_THE_SCENE:
            continue
        node = mention_span(doc, mention).root
        for _ in range(_OPERATION_REACH):
            if node.head is node or node.pos_ == "VERB":
                break
            node = node.head
            if node.lemma_.lower() in OPERATIONS and node.tag_ == "NN":  # "an operation in X"
                return mention.place
    return None


def _one_told(noun: Token) -> bool:
    """A singular operation noun with "the", or none: one operation already told.

    "Military operations in X" are many; "during the conduct of operation" (a
    communiqué's English) is the one its lead told.
    """
    determiners = [c.lower_ for c in noun.children if c.dep_ in ("det", "poss")]
    return noun.tag_ == "NN" and determiners in ([], ["the"])
