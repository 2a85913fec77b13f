"""What happened: the words that report violence, and ACLED's types for them.

A trigger word only counts when it reports a specific past event: generic
or habitual statements ("it is not the first time…"), intentions ("vowed to
strike"), denials and present-tense commentary are not incidents, and words
with a peaceful sense ("fired the minister", "markets crashed") need their
weapon sense.  Three rule sets answer this:

* `NOT_REPORTED` (in `geomap.incidents.reported`): a sentence or word that
  cannot report an event;
* `WEAPON_SENSE`: whether an ambiguous verb is used of weapons;
* `EVENTIVE`: whether the trigger's clause tells a specific past event;

and `TYPE_RULES` adjusts the ACLED type once the actors are known.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from geomap.incidents import lexicon as lx
from geomap.incidents.bodies import (
    deadly_operation,
    described_victim,
    disappeared_person,
    occurred_event,
    told_to_death,
)
from geomap.incidents.misparsed import (
    event_read_as_name,
    gerund_noun,
    noun_read_as_verb,
    toll_headline,
    verb_lemma,
    verb_read_as_compound,
)
from geomap.incidents.reported import NOT_REPORTED
from geomap.incidents.rules import RuleSet
from geomap.incidents.senses import WEAPON_SENSE
from geomap.incidents.syntax import (
    INVOLVING,
    children,
    governing_verb,
    infinitive,
    is_root,
    lemma,
    negated,
    participle_head,
)
from geomap.vocab import EventType, SubEventType

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

__all__ = (
    "EVENTIVE",
    "NOT_REPORTED",
    "Trigger",
    "classify_event",
    "find_triggers",
    "owner_of",
)


@dataclass(frozen=True, slots=True)
class Trigger:
    """A token that reports a violent event, with its default ACLED types."""

    token: Token
    event_type: EventType
    sub_event_type: SubEventType
    is_noun: bool
    #: In a headline, where the present tense tells past events ("Gunmen kill 12 in …").
    headline: bool = False
    #: A `WEAPON_SENSE` rule found the violent sense ("bodies were found", "fired rockets").
    sensed: bool = False

    @property
    def strong(self) -> bool:
        """Whether the word reports violence on its own ("shelled"), unlike "hit" or "killed"."""
        # "stoning" as a noun may be lemmatised "stone": the word itself says it
        return (
            self.sensed
            or self.lemma in lx.STRONG_TRIGGERS
            or self.token.lower_ in lx.STRONG_TRIGGERS
        )

    @property
    def lemma(self) -> str:
        """Lower-case lemma, used to link later references to the event."""
        return lemma(self.token) if self.is_noun else verb_lemma(self.token)


# --- Whether the clause tells a specific past event ------------------------------

EVENTIVE: RuleSet[Trigger, bool] = RuleSet("what: a specific past event")


def _verb(trigger: Trigger) -> Token | None:
    return governing_verb(trigger.token) if trigger.is_noun else trigger.token


@EVENTIVE
def verbless_headline(trigger: Trigger) -> bool | None:
    """A noun trigger with no verb above it is a headline's event.

    Example: "Deadly ambush near the border."
    """
    verb = _verb(trigger)
    if not trigger.is_noun or (verb is not None and verb.i != trigger.token.i):
        return None  # (a gerund taken for a verb governs itself)
    # "Casualties in shelling on X": in a headline any verbless event noun is the event.
    return trigger.is_noun and (trigger.headline or trigger.token.dep_ in ("ROOT", "nsubj"))


@EVENTIVE
def negated_clause(trigger: Trigger) -> bool | None:
    """A negated clause reports nothing.

    Example: "Police did not say how the man was killed."
    """
    return False if negated(_verb(trigger)) else None


@EVENTIVE
def modal_clause(trigger: Trigger) -> bool | None:
    """A modal puts the event in the future or the hypothetical.

    Example: "Officials said militants could attack the convoy."
    """
    verb = _verb(trigger)  # "may" as a modal, not the month ("on 7 May")
    return False if any(c.lower_ in lx.MODALS and c.dep_ == "aux" for c in verb.children) else None


@EVENTIVE
def intention(trigger: Trigger) -> bool | None:
    """Vows, threats, plans and denials are not events.

    Example: "The group vowed to strike the capital."
    """
    verb = _verb(trigger)
    if lemma(verb) in lx.INTENT_VERBS or (
        not is_root(verb)
        and lemma(verb.head) in lx.INTENT_VERBS
        and verb.dep_ in ("xcomp", "pcomp", "advcl")
    ):
        return False
    return None


@EVENTIVE
def headline_present(trigger: Trigger) -> bool | None:
    """A headline tells past events in the present tense.

    Example: "Gunmen kill 12 villagers in night raid"
    """
    verb = _verb(trigger)
    # "Army to attack X": an announcement; "They continue to dump remains": an aspect
    aspect = verb.dep_ in ("xcomp", "advcl") and lemma(verb.head) in lx.ASPECT_VERBS
    if not trigger.headline or infinitive(verb) and not aspect:
        return None
    if verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in ("is", "are") for c in verb.children
    ):
        return True  # "Clashes are taking place in X": the present progressive of a headline
    if verb.tag_ == "VBG" and verb.dep_ == "ROOT" and not children(verb, "aux"):
        return True  # "Executing a man in X", "Artillery shelling targets X": the event named
    if verb.tag_ == "VB" and verb.lower_ != verb_lemma(verb) and verb.i == verb.sent.start:
        return True  # "Shot dead outside his home": a participle tagged as the base form
    # the small model often tags a headline's present as the base form ("Gunmen kill 12"),
    # and a conjoined verb shares its subject ("Gunmen shoot and kill a hotelier")
    # ("They continue to dump remains in X": the aspect verb's subject)
    told = (
        verb.head
        if (verb.dep_ in ("conj", "xcomp") or aspect) and verb.head.pos_ == "VERB"
        else verb
    )
    # "Blowing up a bridge near X kill 20": a clause for subject
    with_subject = verb.tag_ == "VB" and any(c.dep_ in ("nsubj", "csubj") for c in told.children)
    # "Helicopters continue shelling X": the aspect verb tells the present
    ongoing = aspect and verb.tag_ == "VBG" and told.tag_ in ("VBZ", "VBP")
    return True if verb.tag_ in ("VBZ", "VBP") or with_subject or ongoing else None


@EVENTIVE
def means_used(trigger: Trigger) -> bool | None:
    """Form: "used drones to strike X": the purpose of a means used is what was done.

    Example: "Jets use cluster munitions to strike a village"
    """
    verb = _verb(trigger)
    used = verb.head
    if not infinitive(verb) or verb.dep_ not in ("xcomp", "advcl") or lemma(used) not in _USE:
        return None
    if used.dep_ not in ("ROOT", "conj") or not any(c.dep_ == "nsubj" for c in used.children):
        return None  # "launchers (that) the group used to attack ships": what they are for
    if any(c.dep_ == "aux" and c.lower_ in lx.MODALS for c in used.children):
        return None  # "will use drones to strike": the modal decides
    told = used.tag_ in ("VBD", "VBN") or trigger.headline and used.tag_ in ("VBZ", "VBP")
    return True if told else None


#: Verbs of using a means ("used drones to strike X").
_USE = frozenset({"use", "employ"})


@EVENTIVE
def past_tense(trigger: Trigger) -> bool | None:
    """A past or passive verb reports what happened.

    Example: "Gunmen killed four farmers."
    """
    return True if _verb(trigger).tag_ in ("VBD", "VBN") else None


#: Verbs that own a deed told as their gerund ("claims killing five"); "denies killing" does not.
_OWNING = frozenset({"claim", "admit", "confirm"})


@EVENTIVE
def owned_deed(trigger: Trigger) -> bool | None:
    """Form: "claims killing five", "admitted shooting the guard": the deed owned is told.

    Example: "Kurdish force claims killing five soldiers in the north"
    """
    return None if trigger.is_noun or owner_of(trigger.token) is None else True


def owner_of(verb: Token) -> Token | None:
    """The verb (or verb read as a noun) that owns a gerund deed: "claims" in "claims killing"."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("acl", "xcomp", "dobj"):
        return None
    return verb.head if lemma(verb.head) in _OWNING else None


def _gerund_after(trigger: Trigger) -> Token | None:
    """The preposition a gerund trigger completes ("in" of "in targeting", "of" of "of killing")."""
    verb = trigger.token
    if trigger.is_noun or verb.tag_ != "VBG" or verb.dep_ != "pcomp":
        return None
    return verb.head


@EVENTIVE
def toll_by_gerund(trigger: Trigger) -> bool | None:
    """Form: "casualties in targeting X", "wounded by shelling the town": what caused a toll.

    Example: "Casualties and injuries in targeting villages of the plain"
    """
    prep = _gerund_after(trigger)
    if prep is None or prep.lower_ not in ("in", "by"):
        return None
    # the toll word governs the "in", or stands just before it (the parser may hang it higher)
    tolls = {lemma(prep.head), lemma(prep.doc[prep.i - 1])}
    return True if tolls & (lx.DEATH_WORDS | lx.WOUND_WORDS) else None


@EVENTIVE
def deed_alleged(trigger: Trigger) -> bool | None:
    """Form: "accused soldiers of executing five", "blamed the gang for killing": the deed told.

    Example: "A rights group accused soldiers of executing four farmers on Monday."
    """
    prep = _gerund_after(trigger)
    if prep is None:
        return None
    told = prep.lower_ in ("of", "for") and lemma(prep.head) in _ALLEGING
    return True if told and prep.head.tag_ in ("VBD", "VBN", "VBZ", "VBP") else None


#: Verbs that lay a deed on someone ("accused X of killing", "blamed X for shelling").
_ALLEGING = frozenset({"accuse", "blame", "charge", "suspect", "condemn", "denounce"})


@EVENTIVE
def means_involved(trigger: Trigger) -> bool | None:
    """Form: "carried out an operation in X, involving air strikes": the strikes were done.

    Example: "Troops carried out an operation in the camp, involving drone strikes."
    """
    verb = _verb(trigger)
    if not trigger.is_noun or verb is None or verb.tag_ != "VBG" or lemma(verb) not in INVOLVING:
        return None
    done = verb.head.head if verb.dep_ == "acl" else verb.head  # the operation's verb
    return True if verb.dep_ in ("acl", "advcl") and done.tag_ in ("VBD", "VBN") else None


@EVENTIVE
def continuing_participle(trigger: Trigger) -> bool | None:
    """Form: "…, killing six" continues a past event; "while fighting for" does not.

    Example: "A missile hit the station, killing six people."
    """
    verb = _verb(trigger)
    if verb.tag_ != "VBG":
        return None
    if any(child.dep_ == "mark" for child in verb.children):
        return False
    if verb.dep_ in ("nsubj", "nsubjpass", "dobj") and verb.head.tag_ in ("VBD", "VBN"):
        return True  # "Fighting raged in Omdurman": a gerund naming the event
    main = participle_head(verb)
    return main is not None and main.tag_ in ("VBD", "VBN")


@EVENTIVE
def present_commentary(trigger: Trigger) -> bool | None:
    """Anything else (present tense, bare infinitives) is commentary.

    Example: "Analysts say the strikes target supply lines."
    """
    return False


def find_triggers(sentence: Span, *, headline: bool = False) -> list[Trigger]:
    """Eventive triggers in a spaCy sentence span, in text order.

    ``headline``: the sentence is a headline (present tense reports the past).
    """
    found = []
    for token in sentence:
        word = verb_lemma(token) if token.pos_ == "VERB" else lemma(token)
        sense = None  # the violent sense, when the form itself says it
        if gerund_noun(token, headline):  # "bombing causes 9 casualties", "wounded in shelling"
            types, is_noun = lx.NOUN_TRIGGERS[token.lower_], True
        elif headline and toll_headline(token):  # "More than 40 casualties in X"
            types, is_noun = lx.VERB_TRIGGERS["kill"], True
        elif token.pos_ == "VERB" and word in lx.VERB_TRIGGERS:
            types, is_noun = lx.VERB_TRIGGERS[word], False
        elif verb_read_as_compound(token, headline):  # "Forces shell villages near X"
            types, is_noun = lx.VERB_TRIGGERS[word], True
        elif noun := noun_read_as_verb(token):  # "Junta airstrikes on a village killed 20"
            types, is_noun = lx.NOUN_TRIGGERS[noun], True
        elif event_read_as_name(token, headline):  # "Massacre in X" tagged as a name
            types, is_noun = lx.NOUN_TRIGGERS[token.lower_], True
        elif token.pos_ == "NOUN" and (
            word in lx.NOUN_TRIGGERS or token.lower_ in lx.NOUN_TRIGGERS
        ):
            types, is_noun = lx.NOUN_TRIGGERS.get(word) or lx.NOUN_TRIGGERS[token.lower_], True
        elif disappeared_person(token):  # "the disappearance of a reporter"
            types, is_noun, sense = lx.NOUN_TRIGGERS["abduction"], True, True
        elif occurred_event(token):  # "The events occurred on Saturday in X": the one told
            types, is_noun = lx.NOUN_TRIGGERS["attack"], True
        elif deadly_operation(token):  # "23 died in a police operation in X"
            types, is_noun = lx.NOUN_TRIGGERS["raid"], True
        elif told_to_death(token) or headline and described_victim(token):
            # "beaten to death", "an executed couple": the killing told by the body
            types, is_noun, sense = lx.VERB_TRIGGERS["kill"], token.pos_ != "VERB", True
        else:
            continue
        if NOT_REPORTED.decide(token):
            continue
        if sense is None and not is_noun:
            sense = WEAPON_SENSE.decide(token)
        if sense is False:
            continue
        if word == "fire" and not children(token, "dobj", "nsubjpass"):
            types = lx.VERB_TRIGGERS["shoot"]  # "fired at a bus": shots, not shells
        trigger = Trigger(token, types[0], types[1], is_noun, headline, sense is True)
        if EVENTIVE.decide(trigger):
            found.append(trigger)
    return found


def classify_event(trigger: Trigger, sentence_text: str) -> tuple[EventType, SubEventType]:
    """ACLED (event type, sub-event type) from the trigger and the means named."""
    if trigger.lemma in lx.SPECIFIC_TRIGGERS:
        return trigger.event_type, trigger.sub_event_type
    for pattern, sub_type in lx.MEANS:
        if pattern.search(sentence_text):
            return sub_type.event_type, sub_type
    return trigger.event_type, trigger.sub_event_type
