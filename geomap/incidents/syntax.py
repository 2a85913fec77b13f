"""Readers of the dependency parse shared by every incident rule.

Rules ask the parse a handful of questions: which verb's clause holds a
word, whether two words share a clause, what a participle hangs on.  They
are answered here once, on spaCy's own ``Token`` and ``Span``.  Walks up the
head chain are bounded: a clause's words sit within a few arcs of its verb,
and the small model's long sentences chain clauses together, so an unbounded
walk would tie a place to a verb in another clause.  Each bound says why.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from itertools import chain, islice
from typing import TYPE_CHECKING

from geomap.geoparse.nlp import PLACE_LABELS
from geomap.incidents.lexicon import (
    DIRECTIONS,
    DISTANCE_HEDGES,
    DISTANCE_UNITS,
    FRONT_NOUNS,
    LOCATIVE_PREPS,
    NEAR_PREPS,
    OCCURRENCE_VERBS,
    PLACE_NOUNS,
    SETTLEMENT_NOUNS,
)
from geomap.incidents.placewords import BOUNDARY_NOUNS

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

    from geomap.model import Mention

__all__ = (
    "CLAUSE_REACH",
    "CLOSING_QUOTES",
    "QUOTE_MARKS",
    "after_named_place",
    "between_lands",
    "between_sides",
    "place_phrase",
    "children",
    "INVOLVING",
    "clause_anchors",
    "ents_by_sentence",
    "governing_verb",
    "infinitive",
    "is_root",
    "lemma",
    "mention_span",
    "negated",
    "object_run",
    "participle_head",
    "prep_object_tokens",
    "prep_objects",
    "relative_to",
    "shares_clause",
    "subtree_text",
    "up",
)

#: Marks that close a quotation ...
CLOSING_QUOTES = frozenset({'"', "”", "'", "’"})
#: ... and every quotation mark, opening ones too.
QUOTE_MARKS = CLOSING_QUOTES | {"“", "‘"}
#: How many arcs a place or date phrase may sit from the verb whose clause it
#: modifies ("shelled [the outskirts [of [the town [of X]]]]" is five).
CLAUSE_REACH = 10
#: From a noun to the verb that governs it: subject or object, through at most
#: a preposition and a coordination.
VERB_REACH = 6
#: A negation or a relative clause marks the verb itself or its head.
LOCAL_REACH = 4


def lemma(token: Token) -> str:
    """Lower-case lemma, falling back to the text when the model gives none."""
    return (token.lemma_ or token.text).lower()


def subtree_text(token: Token, without: frozenset[str] = frozenset()) -> str:
    """The words a token heads, as they stand in the text.

    ``without``: the lemmas of the clauses on it to leave out, which follow it
    ("a roadside bomb [targeting a police patrol]" is no police).
    """
    tokens = list(token.subtree)
    cut = [
        c.left_edge.i for c in token.rights if c.dep_ in ("acl", "relcl") and lemma(c) in without
    ]
    return token.doc[tokens[0].i : min(cut, default=tokens[-1].i + 1)].text


def between_sides(token: Token) -> list[str]:
    """The two sides of "fighting between X and Y", first and second ([] when not told so).

    Example: "Fighting between the army and the RSF killed 23 civilians." The parser
    may join the two as modifiers of one noun ("between ISWAP and Boko Haram fighters"),
    or hang them on the verb the fighting is subject of ("Fighting resumed on Monday
    between the army and the RSF").
    """
    doc = token.doc
    holders = [token]
    if token.dep_ == "nsubj" and token.head.pos_ == "VERB":
        holders.append(token.head)
    for prep in (p for holder in holders for p in children(holder, "prep")):
        for noun in children(prep, "pobj") if prep.lower_ == "between" else []:
            second = children(noun, "conj")
            if second:
                return [doc[noun.left_edge.i : noun.i + 1].text, subtree_text(second[0])]
            for first in children(noun, "nmod", "compound"):
                for other in children(first, "conj"):
                    side = doc[first.left_edge.i : first.i + 1].text
                    return [side, doc[other.left_edge.i : noun.i + 1].text]
    return []


def tells_occurrence(verb: Token) -> bool:
    """Whether the verb says an event happened: "occurred", "took place"."""
    return lemma(verb) in OCCURRENCE_VERBS or (
        lemma(verb) == "take" and any(c.lower_ == "place" for c in verb.children)
    )


def is_root(token: Token) -> bool:
    """Whether the token heads its sentence."""
    return token.head.i == token.i


def up(token: Token, steps: int) -> Iterator[Token]:
    """The token, then its ancestors: at most ``steps`` tokens in all."""
    return islice(chain([token], token.ancestors), steps)


def children(token: Token, *deps: str) -> list[Token]:
    """The token's children with one of the dependency labels ``deps``."""
    return [child for child in token.children if child.dep_ in deps]


def prep_objects(token: Token, *words: str) -> list[str]:
    """Texts of the objects of the token's prepositions ``words`` ("by X", "on Y")."""
    return [subtree_text(obj) for obj in prep_object_tokens(token, *words)]


def prep_object_tokens(token: Token, *words: str) -> list[Token]:
    """The objects of the token's prepositions ``words``, as tokens (`prep_objects`)."""
    preps = [p for p in children(token, "prep", "agent") if p.lower_ in words]
    return [obj for prep in preps for obj in children(prep, "pobj")]


def governing_verb(token: Token) -> Token | None:
    """The nearest verb above a word (a noun trigger's clause)."""
    for node in up(token, VERB_REACH):
        if node.pos_ in ("VERB", "AUX") and node.i != token.i:
            return node
        if is_root(node):
            return node if node.pos_ in ("VERB", "AUX") else None
    return None


def negated(verb: Token) -> bool:
    """Whether the clause is negated ("did not say how he was killed")."""
    return any(
        any(child.dep_ == "neg" for child in node.children) for node in up(verb, LOCAL_REACH)
    )


def infinitive(token: Token) -> bool:
    """A "to" infinitive: a purpose or intention, not a reported event."""
    return token.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def participle_head(verb: Token) -> Token | None:
    """The finite verb a participle clause hangs on ("…, tearing … and killing three")."""
    for node in up(verb, LOCAL_REACH):
        if node.tag_ != "VBG" or node.dep_ not in ("advcl", "xcomp", "conj"):
            return node if node.i != verb.i else None
        if is_root(node):
            return None
    return None


def clause_of(token: Token, is_noun: bool) -> Token:
    """The verb whose clause reports the event (the trigger itself for verbs)."""
    if not is_noun:
        if token.dep_ in ("nsubj", "nsubjpass") and token.head.pos_ in ("VERB", "AUX"):
            return token.head  # "Fighting raged in Omdurman": the gerund's verb
        if token.tag_ == "VBG":
            return participle_head(token) or token  # "dropped bombs on X, killing two"
        return token
    return governing_verb(token) or token


#: Participles naming what an operation was made of ("involving air strikes").
INVOLVING = frozenset({"involve", "include", "comprise"})


def clause_anchors(token: Token, is_noun: bool) -> set[int]:
    """Token indices whose modifiers (places, dates) belong to the trigger's event.

    The trigger, its clause's verb, and the verb a subjectless conjunct shares
    its subject with: "troops advanced in Khartoum and fought RSF fighters",
    "during the night of 5 March, men stopped a car and abducted two nurses",
    through a chain of them.
    """
    clause = clause_of(token, is_noun)
    anchors = {token.i, clause.i}
    if is_noun and clause.tag_ == "VBG" and lemma(clause) in INVOLVING:  # "an operation in
        anchors.add(clause.head.i)  # X, involving strikes": the operation's place and day
    node = token
    for _ in range(_CONJUNCTS):  # "stopped buses on a highway in X, checked IDs and shot 23"
        if (
            node.dep_ != "conj"
            or node.head.pos_ != "VERB"
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)
        ):
            break
        node = node.head
        anchors.add(node.i)
    return anchors


#: How many verbs back a subjectless conjunct shares its first verb's place and day.
_CONJUNCTS = 3


def shares_clause(token: Token, anchors: set[int]) -> bool:
    """Whether ``token`` sits in the phrase or clause of one of ``anchors``.

    A purpose clause in between cuts the link: "systems used to attack ships
    in the Red Sea" does not put an attack in the Red Sea.
    """
    for node in up(token, CLAUSE_REACH):
        if node.i in anchors:
            return True
        if infinitive(node):
            return False
    return False


def relative_to(token: Token, trigger: Token) -> bool:
    """Whether the trigger is in a relative clause on ``token`` ("Kotlyne, where … killed")."""
    for node in up(trigger, LOCAL_REACH):
        if node.dep_ == "relcl":
            head = node.head
            return head.i == token.i or token.i in {c.i for c in head.conjuncts}
    return False


#: What the noun phrases after a verb are made of, read as words ("the village of X in Y's Z").
_RUN_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "ADP", "PART", "NUM", "PUNCT", "CCONJ"})
#: Adverbs of a count inside the run ("abducted at least 30 women and girls from …").
_RUN_ADVERBS = frozenset({"least", "most", "more", "than", "some", "about", "nearly"})
#: The punctuation a run of noun phrases goes through: a comma before a container, a hyphen.
_RUN_MARKS = frozenset({",", "-", "–", "'", "’"})
#: How many words the run may take before the place starts.
_RUN_REACH = 12


def object_run(trigger: Token, span: Span) -> bool:
    """Whether a place starts in the words right after a verb trigger, whatever the parse says.

    The small parser splits a name it does not know ("Wad al-Nura" becomes three
    subjects of "said"), and the place loses its tie to the verb; read as words,
    the object and its container ("in Y's Z state") still follow the verb
    through nothing but noun phrases.

    Example: "fighters stormed the village of Wad al-Nura in Gezira state, a committee said"
    """
    if not trigger.pos_ == "VERB" or not 0 < span.start - trigger.i <= _RUN_REACH:
        return False
    return all(
        (t.pos_ in _RUN_POS or t.lower_ in _RUN_ADVERBS)
        and (t.pos_ != "PUNCT" or t.text in _RUN_MARKS)
        for t in trigger.doc[trigger.i + 1 : span.start]
    )


#: "the outskirts of the city of X": two "of" hops and a compound.
_PHRASE_STEPS = 4


def place_phrase(token: Token) -> Token:
    """From a name's root to the phrase it heads ("Deir Al Zor province", "the city of Jenin")."""
    node = token
    for _ in range(_PHRASE_STEPS):
        if (
            node.dep_ == "pobj"
            and node.head.lower_ == "of"
            and (lemma(node.head.head) in PLACE_NOUNS or _located_noun(node.head.head))
            and not between_lands(node.head.head)
        ):
            node = node.head.head  # "the city of Jenin", "near the town hall of Iguala"
            continue
        if node.dep_ in ("compound", "appos", "conj", "nmod", "amod") and (
            node.head.lower_ in PLACE_NOUNS
            or (node.dep_ == "compound" and _located_noun(node.head))  # "in an Acapulco bar"
            or (_names_area(node) and node.head.lower_ in DIRECTIONS)  # "X district west of Y"
            or node.head.ent_type_ in PLACE_LABELS
            or node.dep_ in ("conj", "appos")
        ):
            node = node.head
            continue
        break
    return node


def _located_noun(token: Token) -> bool:
    """A common noun that a locative preposition places ("in a bar", "near the town hall").

    A bearing the parser hung a named area on is no such noun: in "in the
    Sinjar district west of Mosul" the district is placed, and Mosul is its
    landmark, where "in the west of Mosul" is a part of the town.
    """
    return (
        token.pos_ in ("NOUN", "PROPN")  # "in a bar", "in the Kherson Regional Hospital"
        and token.dep_ == "pobj"
        and token.lower_ not in FRONT_NOUNS
        and token.head.lower_ in LOCATIVE_PREPS | NEAR_PREPS
        and not (token.lower_ in DIRECTIONS and any(_names_area(c) for c in token.children))
    )


def _names_area(token: Token) -> bool:
    """A compound that is a place noun, not another bearing ("south-east")."""
    return token.dep_ == "compound" and token.lower_ in PLACE_NOUNS


def between_lands(boundary: Token) -> bool:
    """Whether "X, a base near the border of A and B" names lands that only describe X.

    Each land is one side of the line, told to say where X lies; without the
    apposition ("fighting at the borders of A and B") the line is the scene.
    """
    described = any(t.dep_ == "appos" for t in (boundary, *boundary.ancestors))
    return (
        described
        and boundary.lower_ in BOUNDARY_NOUNS
        and any(
            any(c.dep_ == "conj" for c in side.children)
            for of in children(boundary, "prep")
            if of.lower_ == "of"
            for side in children(of, "pobj")
        )
    )


def after_named_place(direction: Token, span: Span) -> bool:
    """Whether "…, 35 km south of X" follows another place: X is only its landmark.

    Without the comma the place must be named as one: "the Zamzam camp south
    of El Fasher", not "Wagner fighters north of Bakhmut".
    """
    doc = direction.doc
    index = direction.i - 1
    skippable = DISTANCE_HEDGES | DISTANCE_UNITS | DIRECTIONS
    while index >= 0 and (
        doc[index].lower_ in skippable
        or doc[index].like_num
        or doc[index].lower_ in {"-", "–", "(", ")", "nautical"}  # "(19 miles)"
    ):
        index -= 1
    if index >= 1 and doc[index].text == ",":
        before = doc[index - 1]
        named = before.pos_ == "PROPN" or before.ent_type_ in PLACE_LABELS
        return named and before.i < span.start
    if index < 0 or doc[index].i >= span.start:
        return False
    before = doc[index]
    words = doc[before.left_edge.i : before.i]  # "the Zamzam camp", not "a Barbados-flagged ship"
    return before.lower_ in SETTLEMENT_NOUNS and any(
        t.ent_type_ in PLACE_LABELS and t.head.i == before.i for t in words
    )


def mention_span(doc: Doc, mention: Mention) -> Span:
    """The tokens of a mention: as geoparse handed them over, else from its characters."""
    start, end = mention.tokens
    if 0 <= start < end <= len(doc):
        return doc[start:end]
    return doc.char_span(mention.start, mention.end, alignment_mode="expand")


def ents_by_sentence(doc: Doc, sentences: list[Span]) -> list[tuple[Span, ...]]:
    """Each sentence's entities, in one pass (``Span.ents`` scans the whole doc each time)."""
    starts = [s.start for s in sentences]
    found: list[list[Span]] = [[] for _ in sentences]
    for ent in doc.ents:
        found[bisect.bisect_right(starts, ent.start) - 1].append(ent)
    return [tuple(e) for e in found]
