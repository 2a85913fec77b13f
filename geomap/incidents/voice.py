"""Whose side a clause's subject is on: the attacker's, or the victim's.

"Two soldiers died", "three soldiers killed in clashes", "soldiers were
reported killed" and "the convoy hit a landmine, killing eight" name their
victims before the verb, not an attacker; `geomap.incidents.who` asks
these before it reads a subject as the one who did it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geomap.incidents import lexicon as lx
from geomap.incidents.syntax import children, lemma, subtree_text
from geomap.vocab import SubEventType

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from geomap.incidents.what import Trigger

__all__ = (
    "attacked_subject",
    "came_under_attack",
    "met_a_device",
    "passive",
    "passive_auxiliary",
    "reduced_passive",
    "subject_with_its_name",
    "victim_subject",
)


#: Verbs whose subject met a planted device, and the devices ("hit an IED", "ran over a mine").
_MET = frozenset({"hit", "strike", "run"})
_DEVICES = next(p for p, kind in lx.MEANS if kind is SubEventType.REMOTE_EXPLOSIVE)


def met_a_device(verb: Token) -> bool:
    """Form: "the convoy hit a landmine, killing eight": the subject is the victim."""
    if verb.dep_ in ("conj", "advcl") and verb.head.pos_ == "VERB" and met_a_device(verb.head):
        return True
    if lemma(verb) not in _MET:
        return False
    over = [p for p in children(verb, "prep") if p.lower_ in ("over", "on", "into")]
    objects = children(verb, "dobj") + [o for p in over for o in children(p, "pobj")]
    return any(_DEVICES.search(subtree_text(o)) for o in objects)


def attacked_subject(verb: Token) -> bool:
    """Whether the subject was attacked: it met a device or `came_under_attack`."""
    return met_a_device(verb) or came_under_attack(verb)


#: What one comes under in an attack ("came under fire", "came under heavy shelling").
_UNDER = frozenset({"fire", "attack", "shelling", "bombardment", "gunfire", "assault"})


def came_under_attack(verb: Token) -> bool:
    """Form: "came under attack/fire (from X)": the subject is the target, its attacker unnamed.

    Example: "A police station in Lakki Marwat came under attack on Monday night."
    """
    if lemma(verb) != "come":
        return False
    under = [o for p in children(verb, "prep") if p.lower_ == "under" for o in p.children]
    return any(lemma(o) in _UNDER for o in under)


def passive(token: Token) -> bool:
    """A passive verb, or the complement of one ("soldiers were reported killed")."""
    if children(token, "nsubjpass") or passive_auxiliary(token) or reduced_passive(token):
        return True
    head = token.head
    return token.dep_ in ("xcomp", "oprd") and bool(
        children(head, "nsubjpass") or passive_auxiliary(head)
    )


def passive_auxiliary(verb: Token) -> bool:
    """A passive "is"/"was" of the verb, not a name read as one before its subject.

    Example: "IS militants attacked a checkpoint": the parser takes the Islamic
    State's "IS" for the auxiliary of "attacked", but an auxiliary never comes
    before the subject of a statement, so the militants are the attackers.
    """
    return any(a.i not in _names_before_subject(verb) for a in children(verb, "auxpass"))


def _names_before_subject(verb: Token) -> set[int]:
    """The "auxiliaries" before the verb's subject: names the parser misread ("IS")."""
    first = min((c.i for c in children(verb, "nsubj")), default=-1)
    return {a.i for a in children(verb, "auxpass", "aux") if a.i < first}


def subject_with_its_name(verb: Token) -> str:
    """The subject with the name misread as an auxiliary before it: "IS militants"."""
    names = _names_before_subject(verb)
    subjects = children(verb, "nsubj")
    if not (names and subjects):
        return ""
    return verb.doc[min(names) : subjects[0].right_edge.i + 1].text


def reduced_passive(token: Token) -> bool:
    """A violent participle describing its victim: "Three soldiers killed in clashes"."""
    return (
        token.dep_ == "acl"
        and token.tag_ == "VBN"
        and lemma(token) in lx.KILLING_VERBS | lx.TARGETING_VERBS
        and not children(token, "dobj")
    )


def victim_subject(trigger: Trigger) -> bool:
    """Whether the subject is the victim: "two soldiers died", a headline's "7 children killed"."""
    token = trigger.token
    return trigger.lemma in lx.VICTIM_SUBJECT_VERBS or (
        trigger.headline
        and token.tag_ in ("VBD", "VBN")
        and lemma(token) in lx.KILLING_VERBS
        and not children(token, "dobj", "aux", "auxpass")
    )
