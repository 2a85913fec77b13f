"""One person killed, told without a number: "shot dead a trader", "killed the mayor".

A singular victim counts one: the object of a killing or the one who died,
named with "a", "the", an owner ("Hezbollah's commander") or by name.  A
group ("a family", "a patrol") is no one person, and the subject of a
killing is its killer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geomap.incidents.lexicon import DEATH_WORDS
from geomap.incidents.syntax import lemma as _lemma

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

__all__ = ("killed_person", "lost_life", "one_victim", "shot_dead", "singular_victim")


def singular_victim(token: Token) -> bool:
    """Whether "a"/"an" counts one victim ("a general had been killed", "shot dead a trader").

    A group is no one person ("killed a family"), nor is the subject of a
    killing ("an airstrike killed …"), only of a death ("a soldier died").
    """
    return killed_person(token.head)


def killed_person(noun: Token) -> bool:
    """Whether one person the noun names is told killed: the object or the one who died."""
    verb = noun.head
    died = _lemma(verb) == "die" or lost_life(verb)
    return (
        (noun.dep_ in ("nsubjpass", "dobj") or noun.dep_ == "nsubj" and died)
        and _lemma(noun) not in _GROUPS
        and (_lemma(verb) in DEATH_WORDS or shot_dead(verb) or died)
    )


def lost_life(verb: Token) -> bool:
    """Whether the verb tells a death as a loss: "lost his life", "five lost their lives".

    Example: "A trader lost his life when gunmen opened fire at the market."
    """
    return _lemma(verb) == "lose" and any(
        c.dep_ == "dobj" and _lemma(c) == "life" for c in verb.children
    )


#: Singular nouns of many people.
_GROUPS = frozenset(
    {"family", "crew", "rest", "remainder", "group", "household", "team", "unit", "couple"}
    | {"pair", "patrol", "convoy", "squad", "platoon", "company", "battalion", "brigade"}
    | {"population", "community", "village", "town", "city", "crowd", "congregation"}
)


def one_victim(token: Token) -> bool:
    """Form: "the" or an owner before one person killed: "shot dead the mayor of the town".

    Example: "Gunmen killed the mayor on Monday." (one); so do "a strike killed
    Hezbollah's commander" and "… killed commander Fuad Shukr", a person's name;
    "the soldiers", plural, count by their number.
    """
    if token.ent_type_ == "PERSON" and token.tag_ == "NNP":  # "killed commander Fuad Shukr"
        return killed_person(token)
    return (
        (token.lower_ == "the" and token.dep_ == "det" or token.dep_ == "poss")
        and token.head.tag_ == "NN"
        and singular_victim(token)
    )


def shot_dead(verb: Token) -> bool:
    """Whether the verb tells a killing with its complement: "shot dead", "gunned down".

    "Shot down" is said of aircraft and drones, so only guns and mowers fell people.
    """
    if _lemma(verb) in ("gun", "mow") and any(c.lower_ == "down" for c in verb.children):
        return True
    return _lemma(verb) == "shoot" and any(c.lower_ == "dead" for c in verb.children)
