"""Role rules for the places of the people a sentence names: who tells the news, from where.

"a source in Bamenda" speaks from elsewhere, "residents of Kamanyola" and
"police in Kamanyola" tell what happened there, "a hospital in Kaya" is
where the wounded went, "based in London" where an organisation sits.
"""

from __future__ import annotations

from geomap.incidents import lexicon as lx
from geomap.incidents.rules import RuleSet
from geomap.incidents.syntax import lemma
from geomap.incidents.where.context import MentionContext
from geomap.vocab import Role

__all__ = ("PEOPLE_RULES", "based_in", "residents_of", "source_in", "taken_for_care")

PEOPLE_RULES: RuleSet[MentionContext, Role] = RuleSet("where: the places of people")


@PEOPLE_RULES
def based_in(c: MentionContext) -> Role | None:
    """Form: "based in X" is where an organisation sits.

    Example: "The monitor, based in London, counted the dead."
    """
    gov = c.governor
    based = gov is not None and {lemma(gov), gov.lower_} & lx.ORIGIN_HEADS
    return Role.ORIGIN if based and gov.pos_ == "VERB" else None


@PEOPLE_RULES
def source_in(c: MentionContext) -> Role | None:
    """A source "in X" tells the news from X; a local one from the scene.

    Example: "Soldiers killed four fighters in Ndop, according to a military source in Bamenda."
    """
    gov = c.governor
    if c.prep_word not in ("in", "at", "from") or gov is None or lemma(gov) not in lx.SOURCE_NOUNS:
        return None
    local = any(child.lower_ == "local" for child in gov.children)
    return None if local else Role.ORIGIN


@PEOPLE_RULES
def taken_for_care(c: MentionContext) -> Role | None:
    """A hospital the victims were taken to, or died or were treated in, is not the scene.

    Example: "Two of the wounded were taken to a hospital in Kaya." / "A corporal
    later died of his wounds in a hospital in Kaya."
    """
    gov = c.governor
    if c.prep_word not in ("in", "at") or lemma(gov) not in lx.CARE_NOUNS:
        return None
    if gov.dep_ != "pobj":
        return None
    if gov.head.lower_ in ("to", "into"):
        return Role.CONTEXT
    cared = gov.head.lower_ in ("in", "at") and lemma(gov.head.head) in _CARED_FOR
    return Role.CONTEXT if cared else None


#: What the wounded do in a hospital, away from the scene.
_CARED_FOR = frozenset({"die", "succumb", "treat", "admit", "hospitalise", "hospitalize"})


@PEOPLE_RULES
def residents_of(c: MentionContext) -> Role | None:
    """The residents of X, or its people and police telling the news, tell what happened in X.

    Example: "Residents of Kamanyola said gunmen shot dead three men." / "Police
    in Kamanyola say gunmen shot dead three men."
    """
    gov = c.governor
    if c.prep_word == "of" and lemma(gov) in lx.RESIDENT_NOUNS:
        return Role.INCIDENT
    telling = gov is not None and gov.dep_ == "nsubj" and lemma(gov.head) in lx.REPORTING_VERBS
    if c.prep_word == "in" and telling and lemma(gov) in lx.LOCAL_VOICES:
        return Role.INCIDENT
    return None
