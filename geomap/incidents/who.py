"""Who did it, and to whom: the actors of an event.

Read from the dependency parse, so that "drones launched by Iranian-backed
militias struck Al Tanf Garrison, which is used by US forces" gives the
militias as actor1 and US forces as actor2; names are normalised through the
actor registry (`geomap.incidents.actors`).  `ACTOR1` and `ACTOR2` hold the
rules, in order.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from geomap.incidents import lexicon as lx
from geomap.incidents.actors import UNIDENTIFIED, ActorRegistry
from geomap.incidents.lexicon import CAUSE_MARKS, CIVILIANS, FORCE_NOUNS, REPORTING_VERBS
from geomap.incidents.misparsed import misread_subject
from geomap.incidents.naming import (
    first_side,
    home_forces,
    home_group,
    match,
    named_side,
    nationals,
)
from geomap.incidents.rules import RuleSet
from geomap.incidents.syntax import (
    between_sides,
    children,
    lemma,
    prep_object_tokens,
    prep_objects,
    subtree_text,
    up,
)
from geomap.incidents.voice import (
    attacked_subject,
    came_under_attack,
    passive,
    reduced_passive,
    subject_with_its_name,
    victim_subject,
)
from geomap.incidents.what import Trigger, owner_of

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

__all__ = ("ACTOR1", "ACTOR2", "ActorContext", "actors_of")

_RELATIVES = frozenset({"who", "that", "which"})
#: Verbs whose subject carried out the attack named as their object ("carried out strikes",
#: "government forces put up a fight").
_PERPETRATE = frozenset(
    {"carry", "conduct", "launch", "stage", "mount", "perpetrate", "unleash", "execute", "put"}
    | {"commit", "claim", "intensify", "step", "continue", "begin", "resume", "order", "make"}
)
_POSSESSIVE = re.compile(r"['’]s\b")


def _antecedent(subject: Token) -> str:
    """Resolve "it", "they" or "its forces" to the speaker ("Russia said its forces…")."""
    pronoun = subject.lower_ in ("it", "they", "we")
    owner = lemma(subject) in FORCE_NOUNS and any(
        c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in subject.children
    )
    if _event_noun(subject):  # "a suicide bombing at a military post": no army
        places = {t.i for p in children(subject, "prep") if p.lower_ != "by" for t in p.subtree}
        return "".join(t.text_with_ws for t in subject.subtree if t.i not in places).strip()
    if not (pronoun or owner):
        return subtree_text(subject, without=lx.TARGETING_VERBS)  # "a bomb targeting police"
    for node in list(up(subject.head, 4))[1:]:  # "Russia said its forces had …": two verbs up
        if node.pos_ == "VERB" and lemma(node) in REPORTING_VERBS:
            speakers = children(node, "nsubj")
            if speakers:
                return subtree_text(speakers[0])
    return subtree_text(subject)


def _event_noun(token: Token) -> bool:
    """An event told as a noun ("a bombing", "the attack"), not a weapon ("shells", "bombs")."""
    return lemma(token) in lx.NOUN_TRIGGERS and not lx.PROJECTILES.search(token.text)


def _agent_phrases(trigger: Trigger) -> list[str]:
    token = trigger.token
    if trigger.is_noun:
        phrases = [subtree_text(m) for m in children(token, "compound", "amod", "poss", "nmod")]
        phrases += prep_objects(token, "by", "from") + between_sides(token)[:1]
        subject = misread_subject(token) if trigger.headline else None
        if subject is not None:  # "Gunmen kill X", "The regime forces shell X"
            phrases.append(subject.text)
        # "launched dozens of strikes": the count is the object
        held = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else token
        verb = held.head
        # "carries out the 5th stoning": a gerund with its determiner is the object, however hung
        done = held.dep_ in ("dobj", "obj") or any(
            t.dep_ == "det" for t in held.subtree if t.i < held.i
        )
        if done and verb.pos_ == "VERB" and lemma(verb) in _PERPETRATE:
            # "the US military carried out strikes", not "Damascus condemned the strikes"
            phrases += [_antecedent(s) for s in children(verb, "nsubj")]
        launched = token.head.head  # "Israeli forces launched an operation, with raids in X"
        if token.dep_ == "pobj" and token.head.lower_ == "with" and lemma(launched) in _PERPETRATE:
            phrases += [_antecedent(s) for s in children(launched, "nsubj")]
        return phrases
    if passive(token):
        agents = prep_objects(token, "by") + _agent_after_a_phrase(token)
        # "16 people were killed when Russian bombs slammed into …": the clause's subject,
        # unless the clause reports ("while the junta gave no toll but said …").
        for clause in children(token, "advcl"):
            marked = any(c.dep_ == "mark" and c.lower_ in CAUSE_MARKS for c in clause.children)
            verbs = [clause, *children(clause, "conj")]
            if marked and not any(lemma(v) in REPORTING_VERBS for v in verbs):
                agents += [subtree_text(s) for s in children(clause, "nsubj")]
        return agents
    if attacked_subject(token):  # "came under fire from X"; "a convoy hit an IED": the victims
        return prep_objects(token, "by", "from") if came_under_attack(token) else []
    if victim_subject(trigger):
        return prep_objects(token, "by")  # "two soldiers died": the subject is the victim
    subjects, verb = children(token, "nsubj"), token
    if not subjects and token.dep_ in ("conj", "advcl", "xcomp") and token.head.pos_ == "VERB":
        subjects, verb = children(token.head, "nsubj"), token.head
        if subjects and lemma(token.head) in lx.AFFILIATION_HEADS and token.head.i < token.i:
            # "Insurgents linked to the Islamic State attacked X", parsed with "linked"
            # as the main verb: the subject is the whole phrase before the trigger
            return [token.doc[subjects[0].left_edge.i : token.i].text]
    owner = owner_of(token)
    if not subjects and owner is not None:  # "Kurdish force claims killing five"
        subjects = children(owner, "nsubj")
    phrases = [_antecedent(s) for s in subjects]
    named = subject_with_its_name(verb)  # "IS militants", the name read as an auxiliary
    phrases[:0] = [named] if named else []
    if not subjects and token.dep_ in ("acl", "relcl"):
        # "Somali troops, backed by …, clashed": the parser hangs the verb on its subject.
        head = token.head
        phrases.append(token.doc[head.left_edge.i : head.i + 1].text)
    return phrases


def _agent_after_a_phrase(verb: Token) -> list[str]:
    """The "by" agent the parser hung on a phrase between it and the passive verb.

    Example: "Eleven villagers were killed with machetes by ADF rebels": "by" hangs
    on "machetes", and so it does after a time ("during the night by ADF rebels").
    """
    objects = [o for p in children(verb, "prep") for o in children(p, "pobj")]
    return [a for o in objects for a in prep_objects(o, "by")]


def _target_phrases(trigger: Trigger) -> list[str]:
    token = trigger.token
    phrases = _aimed_at(token)
    if trigger.lemma in lx.FIGHT_WORDS:
        phrases += prep_objects(token, "with") + between_sides(token)[1:]
        # "ELN guerrillas and FARC dissidents clashed": the second subject fought the first
        phrases += [subtree_text(o) for s in children(token, "nsubj") for o in children(s, "conj")]
    if trigger.is_noun:
        verb = token.head
        for clause in children(verb, "advcl", "xcomp", "conj"):
            if clause.tag_ == "VBG":
                phrases += [_victims_only(o) for o in children(clause, "dobj")]
        return phrases
    phrases += [_victims_only(o) for o in children(token, "dobj", "nsubjpass")]
    for clause in children(token, "advcl", "conj"):  # "opened fire, wounding two civilians"
        if clause.tag_ == "VBG" and lemma(clause) in lx.KILLING_VERBS | lx.WOUND_WORDS:
            phrases += [_victims_only(o) for o in children(clause, "dobj")]
    if reduced_passive(token):
        phrases.append(token.doc[token.head.left_edge.i : token.head.i + 1].text)
    if victim_subject(trigger):  # "two soldiers died": the dead
        phrases += [subtree_text(o) for o in children(token, "nsubj")]
    # The parser sometimes makes the target a second subject after the verb.
    phrases += [subtree_text(o) for o in children(token, "nsubj") if o.i > token.i]
    return phrases


def _aimed_at(token: Token) -> list[str]:
    """The objects of "on", "against", "at": a target, never a time.

    Example: "Four people were shot dead on Tuesday night when armed men broke
    in": "on Tuesday night", with the gunmen in its clause, is no target.
    """
    objects = prep_object_tokens(token, "on", "against", "at", "targeting")
    return [subtree_text(o) for o in objects if o.ent_type_ not in ("DATE", "TIME")]


def _victims_only(noun: Token) -> str:
    """The victims' phrase, less the sources a reporting verb after it has.

    Example: "killing 14 civilians, residents and the Arakan Army said": civilians.
    """
    doc, end = noun.doc, noun.right_edge.i + 1
    if end >= len(doc) or lemma(doc[end]) not in REPORTING_VERBS:
        return subtree_text(noun)
    cut = min((c.left_edge.i for c in noun.children if c.dep_ == "conj"), default=end)
    return doc[noun.left_edge.i : cut].text.rstrip(" ,")


def _named_before(trigger: Trigger, registry: ActorRegistry, home: str) -> str:
    """The actor named before an active trigger in its sentence, when the parse lost the subject.

    "Dozens of Israeli settlers, many of them masked, … set fire to cars": the
    parser gives "set" the subject "many of them".  Passive triggers are left
    alone: what precedes them is the victim ("Russian soldiers were killed"),
    and so are relative clauses, whose subject is the noun they hang on ("US
    media say a bomber who attacked the base was a double agent").
    """
    token = trigger.token
    if trigger.is_noun:
        modifiers = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod")]
        if not modifiers:
            return ""
        text = token.doc[min(c.i for c in modifiers) : token.i + 1].text  # "Government shelling"
    else:
        if passive(token) or victim_subject(trigger) or attacked_subject(token):
            return ""
        if any(
            c.dep_ == "nsubj" and (c.lower_ in _RELATIVES or _event_noun(c)) for c in token.children
        ):
            # "a bomber who attacked the base": the actor is the antecedent, not before;
            # "a bombing at a military post killed seven": the event's own words tell it
            return ""
        if token.dep_ == "acl":
            return ""  # "… after rockets fired from Lebanon hit X": the noun is no agent
        # only the subject's side of the first verb: "insurgents fought the army, killing
        # twelve" does not make the army the killer
        first = next((t for t in token.sent if t.pos_ == "VERB"), token)
        if first.i < token.i and passive(first):
            return ""  # "Four policemen were killed when a bomb struck": those before are victims
        text = token.doc[token.sent.start : min(first.i, token.i)].text
    found = named_side(registry, text, home)
    return found.name if found else ""


@dataclass(frozen=True)
class ActorContext:
    """A trigger with the registry to name actors and the story's home demonym."""

    trigger: Trigger
    registry: ActorRegistry
    home: str = ""
    #: actor1 as decided, so the target is never the attacker
    actor1: str = ""
    #: the demonym of the country of each place name's tokens (`sides.story_places`)
    places: Mapping[int, str] = field(default_factory=dict)


ACTOR1: RuleSet[ActorContext, str] = RuleSet("who: actor1, the attacker")
ACTOR2: RuleSet[ActorContext, str] = RuleSet("who: actor2, the target")


@ACTOR1
def agent_of_trigger(c: ActorContext) -> str | None:
    """The trigger's subject or "by" agent, resolved through the registry.

    Example: "Russian forces shelled the town." / "Russia's defence ministry said its
    forces struck a depot."
    """
    unnamed = None  # "Fighters of the paramilitary Rapid Support Forces", parsed as two subjects
    for phrase in _agent_phrases(c.trigger):
        found = (
            home_group(c.registry, phrase, c.home)
            or match(c.registry, phrase, c.home)
            or match(c.registry, _POSSESSIVE.sub("", phrase), c.home)
            or home_forces(c.registry, phrase, c.home)
        )
        if found and found.name != UNIDENTIFIED:
            return found.name
        unnamed = unnamed or (found.name if found else None)
    return unnamed


@ACTOR1
def other_side_of_a_fight(c: ActorContext) -> str | None:
    """Those killed "in a clash with X" fell to X.

    Example: "Five Maoists were killed in an encounter with security forces."
    """
    token = c.trigger.token
    if c.trigger.is_noun or not (passive(token) or victim_subject(c.trigger)):
        return None
    fights = [n for p in children(token, "prep") for n in children(p, "pobj")]
    for fight in (n for n in fights if lemma(n) in _FIGHT_NOUNS):
        withs = [w for w in children(fight, "prep") + children(token, "prep") if w.lower_ == "with"]
        for side in (s for w in withs for s in w.children):  # "killed in encounter with Army"
            phrase = subtree_text(side)
            found = named_side(c.registry, phrase, c.home)
            if found is not None:
                return found.name
    return None


#: Fights that have another side "with" them: "an encounter with the police".
_FIGHT_NOUNS = lx.FIGHTING | {"encounter", "exchange"}


@ACTOR1
def named_before_trigger(c: ActorContext) -> str | None:
    """An actor named before an active trigger, when the parse lost the subject.

    Example: "Dozens of Israeli settlers, many of them masked, set fire to cars."
    """
    return _named_before(c.trigger, c.registry, c.home) or None


@ACTOR1
def unknown_group(c: ActorContext) -> str | None:
    """A group the registry does not know, named as the subject of the deed, is armed.

    Example: "The EMC killed four soldiers in an ambush.": not the soldiers' own army.
    A subject that came under attack was attacked by someone unnamed.
    """
    token = c.trigger.token
    if not c.trigger.is_noun and came_under_attack(token):
        return UNIDENTIFIED  # "a police station came under attack": not the police
    if c.trigger.is_noun or passive(token) or victim_subject(c.trigger):
        return None
    named = any(
        s.ent_type_ in ("ORG", "NORP") or s.pos_ == "PROPN" and not s.ent_type_
        for s in children(token, "nsubj")
    )
    return UNIDENTIFIED if named else None


@ACTOR2
def side_that_parried(c: ActorContext) -> str | None:
    """Those who repelled or foiled an attack fought its attackers.

    Example: "Police repelled a bandit attack on the highway, killing two of them.":
    the police against the bandits, whatever the attack was aimed at.
    """
    token = c.trigger.token
    noun = (
        token.head if c.trigger.is_noun and token.dep_ == "compound" else token
    )  # "a kidnapping attempt"
    if not c.trigger.is_noun or noun.dep_ != "dobj" or lemma(noun.head) not in lx.PARRY_VERBS:
        return None
    for subject in children(noun.head, "nsubj"):
        found = named_side(c.registry, subtree_text(subject), c.home)
        if found and found.name != c.actor1:
            return found.name
    return None


@ACTOR2
def target_of_trigger(c: ActorContext) -> str | None:
    """The object or "on"/"against" target: a registry actor, or civilians.

    Example: "Gunmen attacked villagers." / "Drones struck US forces at the base."
    Those who died are the target too ("Two Malian soldiers died in the ambush").
    """
    home = _home_of_target(c)
    unnamed = None  # "raided a separatist camp, killing four Amba boys": the group named
    for phrase in _target_phrases(c.trigger):  # "kill 9 soldiers in Borno": the home army
        found = first_side(c.registry, phrase, home)
        if found and found.name != c.actor1:
            if found.name != UNIDENTIFIED:
                return found.name
            unnamed = unnamed or found.name
        elif CIVILIANS.search(phrase) or nationals(phrase):
            return unnamed or "Civilians"
    return unnamed


def _home_of_target(c: ActorContext) -> str:
    """The country of the place the target is told in, else the story's home.

    Example: "Hezbollah fired rockets from southern Lebanon at an army base in
    Safed": the army of a base in Safed is Israel's, not the Lebanese story's; so
    of "attacked a military post in Safed", where the deed was done.
    """
    token = c.trigger.token
    aimed = prep_object_tokens(token, "on", "against", "at", "in")
    for target in children(token, "dobj") + aimed:
        # "a base in Buni Gari, Gujba LGA of Yobe State": any place at home keeps it home
        homes = [c.places[t.i] for t in target.subtree if t.i in c.places]
        if homes:
            return c.home if c.home in homes else homes[0]
    return c.home


def actors_of(
    trigger: Trigger,
    registry: ActorRegistry,
    home: str = "",
    places: Mapping[int, str] | None = None,
) -> tuple[str, str]:
    """Normalised (actor1, actor2); either is "" when the text does not say.

    ``home`` is the demonym of the country the article is about: "the army"
    or "government forces" in a report from Sudan are Sudan's; ``places``
    gives the country of each place name's tokens, for a target told in one.
    """
    actor1 = ACTOR1.decide(ActorContext(trigger, registry, home)) or ""
    told = ActorContext(trigger, registry, home, actor1, places or {})
    return actor1, ACTOR2.decide(told) or ""
