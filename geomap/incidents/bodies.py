"""Killings told by what was done to the victim, not by a verb of killing.

Crime reporting often tells a killing by the body alone: "Executed couple
found by the river", "Severed head left in an ice chest", "the market wakes
up to a decapitated man", or by the manner of death: "beaten to death", "Shot to
death" (which the small parser may even read as a noun).  Each helper
recognises one such form for `geomap.incidents.what.find_triggers`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geomap.geoparse.agents import FORCE_NOUNS
from geomap.incidents import lexicon as lx
from geomap.incidents.misparsed import verb_lemma
from geomap.incidents.syntax import children, lemma, tells_occurrence

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

__all__ = (
    "deadly_operation",
    "described_victim",
    "disappeared_person",
    "occurred_event",
    "told_to_death",
)

#: Words that tell what was done to a victim's body (the killing, told by its trace).
MUTILATED = frozenset(
    {"decapitated", "beheaded", "dismembered", "mutilated", "severed", "quartered"}
    | {"executed", "tortured", "murdered", "slain", "strangled", "lifeless"}
)
#: Nouns for a victim beyond the civilian words ("an executed couple", "a dismembered individual").
VICTIMS = frozenset({"individual", "person", "persons", "couple", "victim", "victims"})
#: Verbs of a manner of killing, told with "to death" ("beaten to death").
TO_DEATH = frozenset(
    {"beat", "hack", "stone", "club", "bludgeon", "strangle", "kick", "stab", "shoot"}
    | {"torture", "lynch", "hang", "slash", "knife", "machete"}
)


def _victim(noun: Token) -> bool:
    """Whether a noun names a person or a person's remains."""
    return (
        bool(lx.CIVILIANS.fullmatch(noun.text))
        or noun.lower_ in VICTIMS
        or lemma(noun) in lx.REMAINS
        or noun.lower_ in lx.REMAINS
    )


def described_victim(token: Token) -> bool:
    """A word that tells what was done to a victim's body, describing the victim.

    Examples: "Executed couple in the old town of the port", "The market
    wakes up to a decapitated and dismembered man", "Severed head left in an
    ice chest by the market" (the parser reads "Severed" as the headline's verb, "head" its
    object), "Fear and dead bodies in the alleys" (remains said to be
    dead), "Woman and child found dismembered".  "Severed ties" and "an executed
    contract" are not victims.
    """
    if token.lower_ not in MUTILATED and token.lower_ != "dead":
        return False
    if token.lower_ != "dead" and token.i and token.doc[token.i - 1].lower_ == "found":
        return True  # "Woman found dismembered", however the parser took the word
    node = token
    while node.dep_ == "conj":  # "decapitated and dismembered man"
        node = node.head
    if node.dep_ in ("amod", "compound", "nmod"):
        described = [node.head]
    else:
        described = children(token, "dobj", "nsubjpass")
    if token.lower_ == "dead":  # "dead bodies in the alleys"; "a dead man" may be any death
        return any(lemma(noun) in lx.REMAINS for noun in described)
    return any(_victim(noun) for noun in described)


#: Deaths by fire, as often accidents as killings ("burned to death in a house fire").
_BY_FIRE = frozenset({"burn"})


def told_to_death(token: Token) -> bool:
    """A manner of killing told with "to death", whatever the parser took the word for.

    Examples: "Man beaten to death outside a bar", "Trader at the market shot to
    death" ("shot" tagged as a noun).  "Bored to death" tells no manner of killing,
    and "burned to death" may tell a house fire.  A manner with "dead" tells it
    too: "Civilian shot dead by soldiers" ("shot" tagged as a noun); a communiqué's
    "four terrorists were sent to hell" tells four killed.
    """
    word = verb_lemma(token)
    if word not in TO_DEATH and word not in lx.VERB_TRIGGERS or word in _BY_FIRE:
        return False
    if word in TO_DEATH and any(c.lower_ == "dead" for c in token.children):
        return True
    return any(
        p.lower_ == "to" and any(lemma(o) in ("death", "hell") for o in children(p, "pobj"))
        for p in children(token, "prep")
    )


#: Nouns of a vanishing: an abduction when a person vanished ("the disappearance of a lawyer").
VANISHING = frozenset({"disappearance", "disappearances"})


def disappeared_person(token: Token) -> bool:
    """A person's disappearance: an abduction (ACLED's "Abduction/forced disappearance").

    Example: "the disappearance of a local reporter, Ali Khan, in the hills on
    May 2".  The one who vanished must be a person, named or told by a noun for
    people; "the disappearance of the files" tells no violence.
    """
    if token.lower_ not in VANISHING or token.pos_ != "NOUN":
        return False
    return any(
        _victim(noun)
        or noun.ent_type_ == "PERSON"
        or bool(lx.CIVILIANS.fullmatch(noun.text + "s"))  # "journalist", "farmer"
        or any(a.dep_ == "appos" and a.ent_type_ == "PERSON" for a in noun.children)
        for p in children(token, "prep")
        if p.lower_ == "of"
        for noun in children(p, "pobj")
    )


def occurred_event(token: Token) -> bool:
    """Form: "The events occurred at 10 p.m. on Saturday in X": the event told, placed.

    Example: "Five men were shot dead in a bar.  The events occurred late on
    Saturday in the municipality of Zoquital."  Crime pages (translating "los
    hechos ocurrieron") say where and when with a noun that means any event; it
    only refers to the event just told (`geomap.incidents.merge`), never tells one.
    """
    told = token.dep_ == "nsubj" and tells_occurrence(token.head)
    recorded = token.dep_ == "nsubjpass" and lemma(token.head) in lx.RECORDING_VERBS
    return (
        token.pos_ == "NOUN"
        and lemma(token) in lx.GENERIC_EVENTS
        and (told or recorded)  # "the events were recorded on Tuesday" ("se registraron")
        and any(c.lower_ in lx.DEFINITE for c in token.children)
    )


#: Who runs an operation that can kill: forces ("a police operation"), not surgeons.
_OPERATORS = FORCE_NOUNS | {"police", "security", "counterterrorism", "counter-terrorism"}


def deadly_operation(token: Token) -> bool:
    """Form: a police or military operation its sentence tells deaths in is a raid.

    Example: "The death toll from a police operation in the favela rose to 23."
    An operation alone is no violence ("the operation of the airport"); one run
    by forces, in a sentence that counts dead, is.  Operations, plural, are many
    events told at once ("police operations killed 600 people last year").
    """
    if token.tag_ != "NN" or lemma(token) != "operation":
        return False
    run_by = {lemma(c) for c in token.children if c.dep_ in ("compound", "amod", "nmod")}
    dead = any(lemma(t) in lx.DEATH_WORDS for t in token.sent)
    return bool(run_by & _OPERATORS) and dead
