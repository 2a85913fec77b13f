"""Role rules for names as a preposition's object.

"in Mogadishu" is the scene, "near Djibo" and "10 km from Baga" near it,
"from Gao towards Kidal" a route, "loyal to Tripoli" an affiliation, "a visit
to Moscow" diplomacy, "west of the Euphrates" context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geomap.incidents import lexicon as lx
from geomap.incidents.rules import RuleSet
from geomap.incidents.senses import WEAPON_SENSE, projectile_fired
from geomap.incidents.syntax import CLOSING_QUOTES, after_named_place, lemma, place_phrase
from geomap.incidents.where.context import MentionContext
from geomap.vocab import FeatureType, Role

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

__all__ = (
    "PREPOSITION_RULES",
    "agent",
    "distance_from",
    "road_between",
    "road_to",
    "passing_through",
    "route",
    "affiliated_with",
    "diplomatic_setting",
    "direction_of",
    "along_water",
    "near_noun",
    "near_preposition",
    "locative_preposition",
    "included_place",
    "attacked_place",
    "attacked_against",
    "contested_place",
    "other_preposition",
    "after_the_scene",
)

PREPOSITION_RULES: RuleSet[MentionContext, Role] = RuleSet("where: names after a preposition")


@PREPOSITION_RULES
def agent(c: MentionContext) -> Role | None:
    """Form: "by X" inside a clause names who did it.

    Example: "The attack was condemned by Washington."  A place noun's phrase
    ("killed by shelling of areas of X") is where, never who.
    """
    named = c.span.start <= c.node.i < c.span.end
    if c.prep_word == "by" and c.governor.dep_ != "ROOT" and named:
        return Role.ACTOR
    return None


@PREPOSITION_RULES
def blamed_on(c: MentionContext) -> Role | None:
    """Form: "blamed on X", "attributed to X": X did it, as a state or a group.

    Example: "A drone strike blamed on Turkey killed two fighters near Qamishli."
    """
    gov = c.governor
    blamed = gov is not None and lemma(gov) in ("blame", "attribute")
    return Role.ACTOR if blamed and c.prep_word in ("on", "to") else None


@PREPOSITION_RULES
def distance_from(c: MentionContext) -> Role | None:
    """Form: "10 km from X": the event is near X; after a place named, X is its landmark.

    Example: "Gunmen attacked a settlement about 10 km from Baga." / "Gunmen killed
    seven farmers near Konduga, about 35 kilometres from Maiduguri."
    """
    prep = c.prep
    if prep is None or prep.lower_ not in ("from", "of", "before", "past", "beyond"):
        return None
    units = [t for t in (c.governor, *prep.children) if t.lower_ in lx.DISTANCE_UNITS]
    if not units:
        return None
    return Role.CONTEXT if after_named_place(units[0], c.span) else Role.NEAR


@PREPOSITION_RULES
def road_between(c: MentionContext) -> Role | None:
    """A road "between X and Y" is near X, the first end named.

    Example: "The convoy was ambushed on the road between Saakow and Bu'aale."
    """
    if c.prep_word != "between" or lemma(c.governor) not in lx.NEAR_NOUNS | {"stretch", "route"}:
        return None
    return Role.CONTEXT if c.span.root.dep_ == "conj" else Role.NEAR


#: Ways into a place: "the road to X", "the access to X" lie outside it.
_WAYS_IN = lx.NEAR_NOUNS | {"access", "entrance", "exit", "approach", "bridge", "route"}


@PREPOSITION_RULES
def road_to(c: MentionContext) -> Role | None:
    """The road or the way into X is near X.

    Example: "Gunmen dumped a body on the road to Kaya."
    """
    if c.prep_word != "to" or c.governor is None:
        return None
    before = c.prep.nbor(-1) if c.prep.i else c.prep  # "on the access bridge to X", however hung
    return Role.NEAR if {lemma(c.governor), lemma(before)} & _WAYS_IN else None


#: Clauses of the moment: "as they drove through X" (not "after": by then they were elsewhere).
_WHILE_MARKS = frozenset({"as", "while", "when"})


@PREPOSITION_RULES
def passing_through(c: MentionContext) -> Role | None:
    """Form: "as they drove through X": what befell them on the way befell them in X.

    Example: "Two settlers were shot dead as they drove through Zoquit."
    "through" most often tells a route ("the convoy travelled through X to
    Y"); a clause of the moment places the event on it.
    """
    gov = c.governor
    if c.prep_word != "through" or gov is None or lemma(gov) not in lx.TRANSIT_VERBS:
        return None
    marks = (child.lower_ for child in gov.children if child.dep_ == "mark")
    return Role.INCIDENT if gov.dep_ == "advcl" and _WHILE_MARKS.intersection(marks) else None


@PREPOSITION_RULES
def route(c: MentionContext) -> Role | None:
    """Routes and origins are context whatever the verb; a projectile fired towards X lands near X.

    A projectile's origin told as near a place is an origin too.

    Example: "The convoy was travelling from Gao towards Kidal." / "Mortars were
    fired from positions near Sake towards Goma."
    """
    prep = c.prep
    if prep is None:
        return None
    if c.prep_word in ("toward", "towards") and WEAPON_SENSE.decide(prep.head):
        return Role.NEAR
    if c.prep_word in lx.ROUTE_PREPS:
        return Role.CONTEXT
    area = bool(c.feature_type) and FeatureType(c.feature_type).is_area
    return Role.CONTEXT if _fired_from(prep, area) else None


def _fired_from(prep: Token, area: bool) -> bool:
    """Whether a place phrase tells where a projectile was fired from, however near.

    "from near X", "from positions near X", "from an area north of X (in
    Lebanon)"; not "from positions near X at the airport in Y", whose town
    the parser may hang on "positions" all the same.
    """
    if prep.lower_ not in lx.NEAR_PREPS | {"of"} and not (prep.lower_ == "in" and area):
        return False  # "from positions near X in Y": the parser hangs "in Y" anywhere
    for token in list(prep.ancestors)[:5]:
        if token.lower_ == "from":
            return bool(projectile_fired(token.head))
        if token.pos_ in ("VERB", "AUX", "ADP") and token.lower_ not in lx.NEAR_PREPS | {"of"}:
            return False
    return False


@PREPOSITION_RULES
def affiliated_with(c: MentionContext) -> Role | None:
    """Form: "backed by X", "linked to X", "loyal to X": an affiliation.

    Example: "Fighters loyal to Tripoli clashed with the brigade."
    """
    gov = c.governor
    if gov is None or lemma(gov) not in lx.AFFILIATION_HEADS:
        return None
    # "an affiliate in the Sahel" names the group; "loyal to X in Basra" has its scene
    if c.prep_word in ("to", "with", "by", "of", "from") or gov.pos_ == "NOUN":
        return Role.AFFILIATION
    return None


@PREPOSITION_RULES
def diplomatic_setting(c: MentionContext) -> Role | None:
    """A visit, talks or an embassy in X are diplomacy.

    Example: "The minister was on a visit to Moscow."
    """
    gov = c.governor
    if gov is None or WEAPON_SENSE.decide(gov):
        return None  # "gunmen left two bodies in X": not a departure
    if _a_building_hit(gov):
        return None  # "a strike flattened a building next to the embassy in X": the scene
    if gov.lower_ in lx.DIPLOMACY_NOUNS or lemma(gov) in lx.DIPLOMACY_VERBS:
        return Role.DIPLOMACY
    return None


#: Offices that are buildings too, where an event may happen: "near the Ministry of X in Y".
_OFFICE_BUILDINGS = frozenset({"embassy", "ministry"})


def _a_building_hit(noun: Token) -> bool:
    """Whether an embassy or a ministry is a building the event hit or stood beside.

    "struck the embassy in X", "a building next to the embassy in X", "car
    bombs exploded near the Ministry of Health in X": not a mission nor a
    government, but a landmark of the scene.
    """
    if noun.lower_ not in _OFFICE_BUILDINGS:
        return False
    if noun.dep_ in ("dobj", "nsubjpass"):
        return lemma(noun.head) in lx.TARGETING_VERBS
    prep = noun.head if noun.dep_ == "pobj" else None
    return prep is not None and (
        prep.lower_ in lx.LOCATIVE_PREPS | lx.NEAR_PREPS or prep.head.lower_ in ("next", "close")
    )


@PREPOSITION_RULES
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


@PREPOSITION_RULES
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


@PREPOSITION_RULES
def near_noun(c: MentionContext) -> Role | None:
    """Form: "in the vicinity of X", "on the road to X": near X, not in it.

    Example: "A strike killed two fighters in the vicinity of Azzan."
    """
    node = c.node
    return Role.NEAR if node.i != c.span.root.i and lemma(node) in lx.NEAR_NOUNS else None


@PREPOSITION_RULES
def near_preposition(c: MentionContext) -> Role | None:
    """Form: "near X", "outside X": close to X.

    Example: "An ambush outside Djibo killed ten soldiers."
    """
    return Role.NEAR if c.prep_word in lx.NEAR_PREPS else None


@PREPOSITION_RULES
def locative_preposition(c: MentionContext) -> Role | None:
    """Form: "in X", "at X", "on X": the scene.

    Example: "A car bomb exploded in Mogadishu."
    """
    return Role.INCIDENT if c.prep_word in lx.LOCATIVE_PREPS else None


@PREPOSITION_RULES
def included_place(c: MentionContext) -> Role | None:
    """Form: "strikes on 12 settlements, including X and Y": X is one of the places hit.

    Example: "The enemy launched 45 air strikes on populated areas, including Kupiansk."
    """
    gov = c.governor
    if c.prep_word != "including" or gov is None:
        return None
    if lemma(gov) in _AREAS_HIT:  # "shelled 12 settlements, including X"
        gov = gov.head.head if gov.head.pos_ == "ADP" else gov.head
    return Role.INCIDENT if {lemma(gov), gov.lower_} & _HITTING else None


#: What "including X" lists, and the words of the attack it lists them for.
_AREAS_HIT = lx.PLACE_NOUNS | {"settlement"}
_HITTING = lx.ATTACK_NOUNS | lx.NOUN_TRIGGERS.keys() | lx.TARGETING_VERBS


@PREPOSITION_RULES
def attacked_place(c: MentionContext) -> Role | None:
    """Form: "the shelling of X", "the siege of X": X was attacked.

    Example: "The shelling of Pokrovsk continued."
    """
    prep, gov = c.prep, c.governor
    if (
        prep is not None
        and prep.lower_ == "of"
        and (
            lemma(gov) in lx.ATTACK_NOUNS
            or gov.lower_ in lx.ATTACK_NOUNS
            # "the targeting of X": the gerund of any attack verb
            or (gov.lower_.endswith("ing") and gov.lower_[:-3] in lx.TARGETING_VERBS)
        )
    ):
        return Role.INCIDENT
    return None


@PREPOSITION_RULES
def attacked_against(c: MentionContext) -> Role | None:
    """Form: "an attack against X", as communiqués write "an attack on X".

    Example: "Jihadists launched an attack against the army camp of Djibo."
    """
    gov = c.governor
    if c.prep_word != "against" or gov is None or lemma(gov) in lx.FIGHT_WORDS:
        return None  # "fighting against the rebels in X": the foe, not the place
    if c.feature_type == "country":
        return None  # "attacks against the US": the state, not a scene
    return Role.INCIDENT if {lemma(gov), gov.lower_} & _HITTING else None


#: Fighting whose prize is a place: "the battle for X", "gangs fight for X".
_CONTESTS = frozenset({"fight", "battle", "war", "struggle", "clash", "vie"})


@PREPOSITION_RULES
def contested_place(c: MentionContext) -> Role | None:
    """The place fought for is where the fighting is.

    Example: "Two gangs fight for Kaya as the toll rises."
    """
    gov = c.governor
    return Role.INCIDENT if c.prep_word == "for" and lemma(gov) in _CONTESTS else None


@PREPOSITION_RULES
def other_preposition(c: MentionContext) -> Role | None:
    """Form: "to X", "of X", "between X and Y": mentioned, not the scene.

    Example: "Aid was sent to Khartoum."
    """
    return Role.CONTEXT if c.prep_word in lx.CONTEXT_PREPS else None


#: Marks that may close the scene's phrase before the comma ("in “La Loma”, X").
_CLOSERS = CLOSING_QUOTES | {")"}


@PREPOSITION_RULES
def after_the_scene(c: MentionContext) -> Role | None:
    """A place right after the scene and a comma is the place that holds it.

    Example: "They find two bodies in 'La Loma', Kaya"
    """
    doc, start = c.span.doc, c.span.start
    if start < 2 or doc[start - 1].text != "," or c.span.root.dep_ in ("nsubj", "nsubjpass"):
        return None
    index = start - 2
    while index > 0 and doc[index].text in _CLOSERS:
        index -= 1
    scene = place_phrase(doc[index]) if doc[index].dep_ == "compound" else doc[index]
    located = scene.dep_ == "pobj" and scene.head.lower_ in lx.LOCATIVE_PREPS
    return Role.INCIDENT if located else None
