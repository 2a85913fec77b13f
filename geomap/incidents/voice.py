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

__all__ = ("met_a_device", "passive", "reduced_passive", "victim_subject")


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


def passive(token: Token) -> bool:
    """A passive verb, or the complement of one ("soldiers were reported killed")."""
    if children(token, "nsubjpass", "auxpass") or reduced_passive(token):
        return True
    return token.dep_ in ("xcomp", "oprd") and bool(children(token.head, "nsubjpass", "auxpass"))


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
