"""Where it happened: why each place is in the text ("Tehran-backed", "visiting Moscow").

Rules read the syntax around one name and are registered on `ROLE_RULES` in
precedence order; the first that answers gives the `Role`.  Only
``INCIDENT`` and ``NEAR`` places can locate an incident.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from geomap.incidents import lexicon as lx
from geomap.incidents.rules import RuleSet
from geomap.incidents.syntax import after_named_place, lemma, place_phrase
from geomap.vocab import Role

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

__all__ = ("ROLE_RULES", "MentionContext", "mention_role")


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


ROLE_RULES: RuleSet[MentionContext, Role] = RuleSet("where: role of a place")


@ROLE_RULES
def in_caption(c: MentionContext) -> Role | None:
    """A photo caption tells another moment than the story's.

    Example: "Smoke rises over Gaza City. Photo: AFP"
    """
    return Role.CAPTION if c.caption else None


def _affixed(c: MentionContext, affixes: frozenset[str]) -> bool:
    after = c.span.doc[c.span.end : c.span.end + 2]
    if len(after) == 2 and after[0].text in ("-", "–") and after[1].lower_ in affixes:
        return True
    return c.span.root.dep_ == "npadvmod" and c.span.root.head.lower_ in affixes


@ROLE_RULES
def origin_affix(c: MentionContext) -> Role | None:
    """Form: "X-based", "X-born": where someone comes from.

    Example: "The Britain-based monitor reported the deaths."
    """
    return Role.ORIGIN if _affixed(c, lx.ORIGIN_AFFIXES) else None


@ROLE_RULES
def affiliation_affix(c: MentionContext) -> Role | None:
    """Form: "X-backed", "X-made": an actor's sponsor or a weapon's maker.

    Example: "Tehran-backed militias fired drones at the base."
    """
    return Role.AFFILIATION if _affixed(c, lx.AFFILIATION_AFFIXES) else None


@ROLE_RULES
def demonym(c: MentionContext) -> Role | None:
    """An adjective of nationality names an actor's country, not a place.

    Example: "Iranian drones struck the port."
    """
    return Role.AFFILIATION if c.adjectival else None


@ROLE_RULES
def possessive_container(c: MentionContext) -> Role | None:
    """Form: "X's Y" with Y a place: X contains the scene.

    Example: "Shells fell on Mogadishu's Lido Beach."
    """
    root = c.span.root
    if root.dep_ == "poss" and root.head.ent_type_ in ("GPE", "LOC", "FAC"):
        return Role.INCIDENT
    return None


@ROLE_RULES
def water_descriptor(c: MentionContext) -> Role | None:
    """A sea or river before a noun describes it.

    Example: "Jets struck the Red Sea port of Hodeidah."
    """
    if c.span.root.dep_ in ("compound", "nmod") and c.feature_type in lx.WATER:
        return Role.CONTEXT
    return None


@ROLE_RULES
def possessive_owner(c: MentionContext) -> Role | None:
    """Form: "X's army", "X's decision": the place stands for its state or group.

    Example: "Russia's defence ministry said the drones were downed."
    """
    root = c.span.root
    if root.dep_ == "poss" and root.head.lower_ not in lx.PLACE_NOUNS | lx.DIRECTIONS:
        return Role.AFFILIATION if root.head.ent_type_ in ("ORG", "NORP", "") else Role.ACTOR
    return None


@ROLE_RULES
def nationality_modifier(c: MentionContext) -> Role | None:
    """A country before a noun is a nationality ("US troops", "the Saudi Hospital").

    Example: "US troops were deployed to the area."
    """
    if c.span.root.dep_ in ("compound", "nmod", "amod") and c.feature_type == "country":
        return Role.AFFILIATION
    return None


@ROLE_RULES
def name_modifier(c: MentionContext) -> Role | None:
    """A place modifying a noun that is not a place noun names an institution.

    Example: "Kherson officials reported the strike."
    """
    root = c.span.root
    if root.dep_ in ("compound", "nmod", "amod") and root.head.lower_ not in lx.PLACE_NOUNS:
        return Role.ACTOR
    return None


@ROLE_RULES
def after_attack_verb(c: MentionContext) -> Role | None:
    """A name right after an attack verb is its target, whatever the parse.

    Example: "JNIM fighters attacked Djibo at dawn."
    """
    start = c.span.start
    before = c.span.doc[start - 1] if start else None
    if (
        before is not None
        and before.pos_ in ("VERB", "AUX")
        and lemma(before) in lx.TARGETING_VERBS | {"enter"}
    ):
        return Role.INCIDENT
    return None


@ROLE_RULES
def target_parsed_as_subject(c: MentionContext) -> Role | None:
    """A subject after an attack verb is its target (a parse error on long sentences).

    Example: "Drones launched by militias struck Al Tanf Garrison."
    """
    node = c.node
    if node.dep_ == "nsubj" and node.i > node.head.i and lemma(node.head) in lx.TARGETING_VERBS:
        return Role.INCIDENT
    return None


@ROLE_RULES
def subject(c: MentionContext) -> Role | None:
    """A place as a subject acts: it stands for its government or forces.

    Example: "Damascus denounced the strikes."
    """
    return Role.ACTOR if c.node.dep_ in ("nsubj", "nsubjpass") else None


@ROLE_RULES
def agent(c: MentionContext) -> Role | None:
    """Form: "by X" inside a clause names who did it.

    Example: "The attack was condemned by Washington."
    """
    if c.prep_word == "by" and c.governor.dep_ != "ROOT":
        return Role.ACTOR
    return None


@ROLE_RULES
def based_in(c: MentionContext) -> Role | None:
    """Form: "based in X" is where an organisation sits.

    Example: "The monitor, based in London, counted the dead."
    """
    gov = c.governor
    based = gov is not None and {lemma(gov), gov.lower_} & lx.ORIGIN_HEADS
    return Role.ORIGIN if based and gov.pos_ == "VERB" else None


@ROLE_RULES
def distance_from(c: MentionContext) -> Role | None:
    """Form: "10 km from X": the event is near X.

    Example: "Gunmen attacked a settlement about 10 km from Baga."
    """
    prep = c.prep
    if prep is None or prep.lower_ not in ("from", "of", "before", "past", "beyond"):
        return None
    if c.governor.lower_ in lx.DISTANCE_UNITS or any(
        ch.lower_ in lx.DISTANCE_UNITS for ch in prep.children
    ):
        return Role.NEAR
    return None


@ROLE_RULES
def route(c: MentionContext) -> Role | None:
    """Routes and origins are context whatever the verb.

    Example: "The convoy was travelling from Gao towards Kidal."
    """
    return Role.CONTEXT if c.prep_word in lx.ROUTE_PREPS else None


@ROLE_RULES
def affiliated_with(c: MentionContext) -> Role | None:
    """Form: "backed by X", "linked to X", "loyal to X": an affiliation.

    Example: "Fighters loyal to Tripoli clashed with the brigade."
    """
    if c.prep is not None and lemma(c.governor) in lx.AFFILIATION_HEADS:
        return Role.AFFILIATION
    return None


@ROLE_RULES
def diplomatic_setting(c: MentionContext) -> Role | None:
    """A visit, talks or an embassy in X are diplomacy.

    Example: "The minister was on a visit to Moscow."
    """
    gov = c.governor
    if gov is not None and (gov.lower_ in lx.DIPLOMACY_NOUNS or lemma(gov) in lx.DIPLOMACY_VERBS):
        return Role.DIPLOMACY
    return None


@ROLE_RULES
def direction_of(c: MentionContext) -> Role | None:
    """Form: "north of a town" is near it; "west of the river" places nothing.

    Example: "Shelling hit a village north of Kherson."
    """
    if c.prep_word != "of" or c.governor.lower_ not in lx.DIRECTIONS:
        return None
    if c.span.root.ent_type_ == "LOC" or c.feature_type in lx.LINES:
        return Role.CONTEXT
    if after_named_place(c.governor, c.span):
        return Role.CONTEXT  # "Daquq, 35 km south of Kirkuk": Kirkuk is a landmark
    return Role.NEAR


@ROLE_RULES
def along_water(c: MentionContext) -> Role | None:
    """Communities along a river are not the river.

    Example: "Shelling hit communities along the Dnipro River."
    """
    if c.feature_type in ("river", "lake") and c.prep_word in (
        "along",
        "across",
        "on",
        "near",
        "by",
    ):
        return Role.CONTEXT
    return None


@ROLE_RULES
def near_preposition(c: MentionContext) -> Role | None:
    """Form: "near X", "outside X": close to X.

    Example: "An ambush outside Djibo killed ten soldiers."
    """
    return Role.NEAR if c.prep_word in lx.NEAR_PREPS else None


@ROLE_RULES
def locative_preposition(c: MentionContext) -> Role | None:
    """Form: "in X", "at X", "on X": the scene.

    Example: "A car bomb exploded in Mogadishu."
    """
    return Role.INCIDENT if c.prep_word in lx.LOCATIVE_PREPS else None


@ROLE_RULES
def attacked_place(c: MentionContext) -> Role | None:
    """Form: "the shelling of X", "the siege of X": X was attacked.

    Example: "The shelling of Pokrovsk continued."
    """
    prep, gov = c.prep, c.governor
    if (
        prep is not None
        and prep.lower_ == "of"
        and (lemma(gov) in lx.ATTACK_NOUNS or gov.lower_ in lx.ATTACK_NOUNS)
    ):
        return Role.INCIDENT
    return None


@ROLE_RULES
def other_preposition(c: MentionContext) -> Role | None:
    """Form: "to X", "of X", "between X and Y": mentioned, not the scene.

    Example: "Aid was sent to Khartoum."
    """
    return Role.CONTEXT if c.prep_word in lx.CONTEXT_PREPS else None


@ROLE_RULES
def object_of_diplomacy(c: MentionContext) -> Role | None:
    """Visiting or meeting X is diplomacy.

    Example: "The envoy visited Moscow."
    """
    return Role.DIPLOMACY if c.object_verb in lx.DIPLOMACY_VERBS else None


@ROLE_RULES
def object_of_attack(c: MentionContext) -> Role | None:
    """Shelling or raiding X: X was attacked.

    Example: "Troops shelled Bakhmut."
    """
    return Role.INCIDENT if c.object_verb in lx.TARGETING_VERBS else None


@ROLE_RULES
def object_of_speech(c: MentionContext) -> Role | None:
    """Condemning or blaming X is talk about X.

    Example: "The ministry blamed Kyiv."
    """
    return Role.DIPLOMACY if c.object_verb in lx.REPORTING_VERBS | lx.STANCE_VERBS else None


@ROLE_RULES
def other_object(c: MentionContext) -> Role | None:
    """Any other object is mentioned, not the scene.

    Example: "The deal reopened Odesa to shipping."
    """
    return Role.CONTEXT if c.object_verb else None


@ROLE_RULES
def possessive_phrase(c: MentionContext) -> Role | None:
    """A place phrase owning the scene ("the city's market") is the scene.

    Example: "A blast tore through the town centre's market."
    """
    return Role.INCIDENT if c.node.dep_ == "poss" else None


def mention_role(span: Span, *, caption: bool, adjectival: bool, feature_type: str = "") -> Role:
    """Role of one mention, given its spaCy span and whether it sits in a caption."""
    context = MentionContext(span, caption, adjectival, feature_type)
    return ROLE_RULES.decide(context) or Role.CONTEXT
