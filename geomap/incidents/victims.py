"""One person killed, told without a number: "shot dead a trader", "killed the mayor".

A singular victim counts one: the object of a killing or the one who died,
named with "a", "the", an owner ("Hezbollah's commander") or by name.  A
group ("a family", "a patrol") is no one person, and the subject of a
killing is its killer.  Deaths told in idiom ("lost their lives", "deprived of
their lives", "paid the supreme price") count their subject or object, and a
body found counts one dead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geomap.incidents.lexicon import DEATH_WORDS, FINDING_VERBS
from geomap.incidents.syntax import lemma as _lemma

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

__all__ = (
    "deprived_of_life",
    "died_in_idiom",
    "killed_person",
    "lost_life",
    "one_body",
    "one_pronoun",
    "one_victim",
    "shot_dead",
    "singular_victim",
)


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
    Also a life taken ("deprived of their lives") or given in an idiom ("embraced martyrdom").
    """
    lost = _lemma(verb) == "lose" and any(
        c.dep_ == "dobj" and _lemma(c) == "life" for c in verb.children
    )
    return lost or deprived_of_life(verb) or died_in_idiom(verb)


def deprived_of_life(verb: Token) -> bool:
    """Form: "deprived of their lives", "deprived two brothers of their lives": killed.

    Example: "Two farmers were deprived of their lives in the village on Monday."
    (Spanish "privar de la vida", as news translated into English tells a killing.)
    """
    if _lemma(verb) != "deprive":
        return False
    holders = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))]
    return any(
        p.dep_ == "prep" and p.lower_ == "of" and any(_lemma(o) == "life" for o in p.children)
        for h in holders
        for p in h.children
    )


#: A death told as a life given: verb lemma -> (object lemmas, words in its phrase).
_LIFE_GIVEN = {
    "embrace": ({"shahadat", "martyrdom", "shahadah"}, frozenset()),  # army communiqués
    "pay": ({"price"}, frozenset({"supreme", "ultimate"})),  # "paid the supreme price"
    "fall": ({"field"}, frozenset({"honour", "honor"})),  # "fell on the field of honour"
}


def died_in_idiom(verb: Token) -> bool:
    """Form: "embraced shahadat", "paid the supreme price", "fell on the field of honour".

    Example: "Three policemen embraced martyrdom in the raid."  The subject died.
    """
    nouns, words = _LIFE_GIVEN.get(_lemma(verb), (set(), frozenset()))
    for child in verb.children:
        objects = [child] if child.dep_ == "dobj" else []
        objects += [o for o in child.children if o.dep_ == "pobj"] if child.dep_ == "prep" else []
        for noun in objects:
            phrase = {t.lower_ for t in noun.subtree}
            if (_lemma(noun) in nouns or noun.lower_ in nouns) and (not words or phrase & words):
                return True
    return False


def one_body(token: Token) -> bool:
    """Form: "the body of a man was found", "police found a body": one dead.

    Example: "The body of a young man was found by the road."
    """
    if token.tag_ != "NN" or _lemma(token) not in _ONE_BODY:
        return False
    found = token.dep_ in ("dobj", "nsubjpass") and _lemma(token.head) in FINDING_VERBS
    return found or any(c.dep_ == "acl" and _lemma(c) in FINDING_VERBS for c in token.children)


#: Singular remains that count one dead ("a body", "the corpse of a man").
_ONE_BODY = frozenset({"body", "corpse", "cadaver"})


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


def one_pronoun(token: Token) -> bool:
    """Form: "killing him", "she was shot dead": one person killed, told by a pronoun.

    Example: "Gunmen stopped a trader near the market, killing him."
    """
    return token.lower_ in _ONE_PERSON_PRONOUNS and killed_person(token)


#: Pronouns of one person ("him", "she"); "them" counts no number.
_ONE_PERSON_PRONOUNS = frozenset({"him", "her", "he", "she"})
