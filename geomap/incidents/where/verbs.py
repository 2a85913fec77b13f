"""Role rules for names as a verb's subject or object.

"Damascus denounced" is a government speaking, "visited Moscow" diplomacy,
"shelled Bakhmut" the scene.  These rules and the prepositional ones read
different dependency labels (subject and object against a preposition's
object), so only `after_attack_verb` and `after_locative_word`, which read
word order, must come first.
"""

from __future__ import annotations

from geomap.incidents import lexicon as lx
from geomap.incidents.rules import RuleSet
from geomap.incidents.syntax import lemma
from geomap.incidents.where.context import MentionContext
from geomap.vocab import Role

__all__ = (
    "ARGUMENT_RULES",
    "after_attack_verb",
    "after_locative_word",
    "target_parsed_as_subject",
    "scene_subject",
    "target_as_passive_subject",
    "subject",
    "object_of_diplomacy",
    "object_of_attack",
    "object_of_impact",
    "object_of_speech",
    "other_object",
    "possessive_phrase",
)

ARGUMENT_RULES: RuleSet[MentionContext, Role] = RuleSet("where: names as verb arguments")


@ARGUMENT_RULES
def after_attack_verb(c: MentionContext) -> Role | None:
    """A name right after an attack verb is its target, whatever the parse.

    Example: "JNIM fighters attacked Djibo at dawn."
    """
    before = c.word_before
    if (
        before is not None
        and before.pos_ in ("VERB", "AUX")
        and lemma(before) in lx.TARGETING_VERBS | {"enter"}
    ):
        return Role.INCIDENT
    return None


@ARGUMENT_RULES
def after_locative_word(c: MentionContext) -> Role | None:
    """A name right after "in"/"near" is that preposition's, when the parse lost the link.

    Example: "Shooting in Ciudad Serdán leaves two dead"; "Clashes in Zoquit
    and shelling hit the plain", where the parser hung the name on "shelling".
    """
    modifier = c.span[-1].dep_ in ("compound", "amod", "nmod", "poss")
    if c.prep is not None or modifier and c.dangling_prep is None:
        return None  # "in the Al-Jabbanah area": a modifier of another noun
    before = c.word_before  # not after "the": "in the X area"
    if before is None or before.pos_ != "ADP":
        return None
    if before.lower_ in lx.NEAR_PREPS:
        return Role.NEAR
    return Role.INCIDENT if before.lower_ in lx.LOCATIVE_PREPS else None


@ARGUMENT_RULES
def target_parsed_as_subject(c: MentionContext) -> Role | None:
    """A subject after an attack verb is its target (a parse error on long sentences).

    Example: "Drones launched by militias struck Al Tanf Garrison."
    """
    node = c.node
    if node.dep_ == "nsubj" and node.i > node.head.i and lemma(node.head) in lx.TARGETING_VERBS:
        return Role.INCIDENT
    return None


#: Verbs whose place subject is where its object happened ("Kharkiv saw shelling") ...
SCENE_VERBS = frozenset({"see", "witness", "register", "record", "suffer", "experience", "endure"})
#: ... and verbs of a day's start with what it found ("Kharkiv woke to shelling").
_WAKING_VERBS = frozenset({"dawn", "wake", "awake", "awaken"})


@ARGUMENT_RULES
def scene_subject(c: MentionContext) -> Role | None:
    """A place that saw or recorded a violent event is where it happened.

    Example: "The town witnessed heavy shelling overnight; Kharkiv recorded two homicides."
    """
    node = c.node
    verb = lemma(node.head)
    if node.dep_ != "nsubj" or verb not in SCENE_VERBS | _WAKING_VERBS:
        return None
    events = lx.NOUN_TRIGGERS.keys() | lx.ATTACK_NOUNS | lx.HEADLINE_TOLL_NOUNS | lx.REMAINS
    # "saw heavy shelling" often parses the gerund as a clause
    seen = [child for child in node.head.children if child.dep_ in ("dobj", "obj", "advcl")]
    if verb in _WAKING_VERBS:  # "dawns with a dismembered man", "woke to gunfire"
        preps = [p for p in node.head.children if p.lower_ in ("with", "to")]
        seen = [t for p in preps for t in p.children]
        if any(a.lower_ in lx.LIFELESS for t in seen for a in t.children):
            return Role.INCIDENT
    # "witnessed an exchange of shelling", "a continuation of the battles"
    seen += [t for s in seen for p in s.children if p.lower_ == "of" for t in p.children]
    return Role.INCIDENT if any({t.lower_, lemma(t)} & events for t in seen) else None


@ARGUMENT_RULES
def target_as_passive_subject(c: MentionContext) -> Role | None:
    """A place that was attacked, or came under fire, is where the attack fell.

    Example: "Kharkiv was shelled; the villages came under heavy shelling."
    """
    node = c.node
    verb = lemma(node.head)
    if node.dep_ == "nsubjpass" and verb in lx.TARGETING_VERBS:
        return Role.INCIDENT
    if node.dep_ != "nsubj" or verb != "come":
        return None
    under = [t for p in node.head.children if p.lower_ == "under" for t in p.children]
    return Role.INCIDENT if any({t.lower_, lemma(t)} & _UNDER for t in under) else None


#: What a place comes under when attacked: "came under heavy shelling", "under fire".
_UNDER = lx.ATTACK_NOUNS | lx.NOUN_TRIGGERS.keys() | {"fire"}


@ARGUMENT_RULES
def subject(c: MentionContext) -> Role | None:
    """A place as a subject acts: it stands for its government or forces.

    Example: "Damascus denounced the strikes."
    """
    return Role.ACTOR if c.node.dep_ in ("nsubj", "nsubjpass") else None


@ARGUMENT_RULES
def object_of_diplomacy(c: MentionContext) -> Role | None:
    """Visiting or meeting X is diplomacy.

    Example: "The envoy visited Moscow."
    """
    return Role.DIPLOMACY if c.object_verb in lx.DIPLOMACY_VERBS else None


@ARGUMENT_RULES
def object_of_attack(c: MentionContext) -> Role | None:
    """Shelling or raiding X: X was attacked.

    Example: "Troops shelled Bakhmut."
    """
    return Role.INCIDENT if c.object_verb in lx.TARGETING_VERBS else None


#: Verbs of violence sweeping over a place ("explosions rock X", "a wave of murders shakes X").
IMPACT_VERBS = frozenset({"shake", "rock", "jolt", "rattle", "grip", "engulf", "ravage", "hammer"})


@ARGUMENT_RULES
def object_of_impact(c: MentionContext) -> Role | None:
    """What explosions rock or a wave of killings shakes is where they happened.

    Example: "Explosions rocked Kherson overnight."
    """
    return Role.INCIDENT if c.object_verb in IMPACT_VERBS else None


@ARGUMENT_RULES
def object_of_speech(c: MentionContext) -> Role | None:
    """Condemning or blaming X is talk about X.

    Example: "The ministry blamed Kyiv."
    """
    return Role.DIPLOMACY if c.object_verb in lx.REPORTING_VERBS | lx.STANCE_VERBS else None


@ARGUMENT_RULES
def other_object(c: MentionContext) -> Role | None:
    """Any other object is mentioned, not the scene.

    Example: "The deal reopened Odesa to shipping."
    """
    return Role.CONTEXT if c.object_verb else None


@ARGUMENT_RULES
def possessive_phrase(c: MentionContext) -> Role | None:
    """A place phrase owning the scene ("the city's market") is the scene.

    Example: "A blast tore through the town centre's market."
    """
    return Role.INCIDENT if c.node.dep_ == "poss" else None
