"""What cannot report an event: generic statements, trends, tallies, fears.

A trigger word only counts when it reports a specific past event.  These
rules say when its sentence or the word itself cannot: "it is not the first
time the town has been shelled", "a wave of raids", "367 people were killed
in March", "in anticipation of rioting".  `geomap.incidents.what` asks
`NOT_REPORTED` before anything else.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geomap.incidents import lexicon as lx
from geomap.incidents.bodies import described_victim
from geomap.incidents.how_many import fatalities_in
from geomap.incidents.lexicon import names_a_day
from geomap.incidents.misparsed import verb_read_as_compound
from geomap.incidents.rules import RuleSet
from geomap.incidents.syntax import governing_verb, lemma

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

__all__ = ("NOT_REPORTED",)

NOT_REPORTED: RuleSet[Token, bool] = RuleSet("what: not a reported event")

_GENERIC = re.compile(
    r"\b((?:offensive|war|campaign|conflict|insurgency|violence|fighting|siege|bombardment)"
    r"(?:\s+\w+){0,3}(?:,[^,.;]{1,80},)?\s+ha(?:s|ve) killed|"  # "The war, which …, has killed"
    r"not the first time|often|frequently|regularly|repeatedly|routinely|usually|"
    r"previously|previous(?!\s+(?:night|day|evening|morning|afternoon|week))|"
    r"in the past(?!\s+(?:\w+\s+)?(?:hours?|days?|week|24|48))|"
    r"(?:over|during|in) the (?:past|last) (?:\w+ )?(?:decades?|years?|months)|"
    r"in recent (years|months|weeks)|history of|have long|for years|stepped up|"
    r"(?:in|during|over) the (?:first|second) (?:half|quarter) of|so far this year|"
    r"this year alone|since the (?:war|conflict|fighting|insurgency) (?:began|started|erupted)|"
    r"earlier this year|have since been killed|"  # "41,000 have since been killed in Gaza"
    rf"since (?:the (?:start|beginning) of|(?:early |late |mid-?)?(?:{lx.MONTH_NAMES})\b"
    # "since 20 October" this year (a day years back dates a list's heading, not a toll)
    rf"|\d{{1,2}}(?:st|nd|rd|th)? (?:{lx.MONTH_NAMES})\b(?!,? (?:19|20)\d\d)))\b",
    re.I,
)
_SEPARATE = re.compile(
    r"\bin (?:\w+ )?separate(?:,? (?:and )?unrelated)? (?:incidents|attacks|clashes|raids)\b",
    re.I,
)
_SERIES_NOUNS = ("wave", "spate", "series", "string", "campaign")
_SERIES = re.compile(rf"\b(a )?({'|'.join(_SERIES_NOUNS)}) of\b", re.I)


@NOT_REPORTED
def generic_statement(token: Token) -> bool | None:
    """Habits, trends and running tolls tell no one event.

    Example: "It is not the first time the town has been shelled."
    """
    found = _GENERIC.search(token.sent.text)
    before = token.sent.text[: found.start()].lower().split() if found else []
    if found and (found.group(0).lower().startswith("since") or "since" in before):
        # "the deadliest strikes since Washington stepped up its campaign": the period
        # a superlative is measured over, not a habit of the event
        if counted_since(token, token.sent.start_char + found.start()):
            return True  # "At least 900 have died since the war began"
        if _superlative(token.sent):
            return None  # "the most violent clashes since the start of the truce": one event
        if _other_clause(token, token.sent.start_char + found.start()):
            return None  # "Shelling kills 4 and raises the toll since the start of the siege to 90"
    return True if found else None


def _superlative(sentence: Span) -> bool:
    return any(t.tag_ in ("JJS", "RBS") for t in sentence)


def _other_clause(token: Token, char: int) -> bool:
    """Whether the word at ``char`` hangs in a clause below or beside the trigger's.

    "Since May, the army has conducted four strikes, killing 10": one clause
    (the participle continues it); "Shelling kills 13 and raises the number of
    people killed since May to 90": the running toll is a clause of its own.
    """
    word = token.doc.char_span(char, char + 1, alignment_mode="expand")
    own = token if token.pos_ == "VERB" else governing_verb(token)
    other = governing_verb(word[0]) if word is not None else None
    if own is None or other is None:
        return False
    while other.dep_ == "conj":  # "killed and injured since …": one clause
        other = other.head
    return all(other.i != node.i for node in (own, *own.ancestors))


def counted_since(token: Token, char: int) -> bool:
    """Form: "have been killed since the war began": a perfect counted from a clause's start.

    Example: "At least 900 people have died in the region since the fighting started."
    The "since" (at ``char``) opens a clause dating the start of a running toll the
    trigger's own verb tells; "Gunmen killed four on Monday, the first attack since the
    truce began" is no perfect.
    """
    word = token.doc.char_span(char, char + 1, alignment_mode="expand")
    own = token if token.pos_ == "VERB" else governing_verb(token)
    if word is None or own is None or word[0].dep_ != "mark":
        return False
    clause = word[0].head
    perfect = any(c.dep_ == "aux" and lemma(c) == "have" for c in own.children)
    return perfect and clause.dep_ == "advcl" and clause.head.i == own.i


@NOT_REPORTED
def trend_without_day(token: Token) -> bool | None:
    """A spate of attacks is a trend, unless a day or a toll says which ones.

    Example: "The region has seen a wave of raids on villages."
    """
    sentence = token.sent
    if not _SERIES.search(sentence.text) or names_a_day(sentence.text):
        return None
    # "Explosion kills 4 after a series of attacks": the series is another clause's
    series = [t for t in sentence if t.lower_ in _SERIES_NOUNS and t.i != token.i]
    if series and not any(s.is_ancestor(token) or s.head.i == token.i for s in series):
        return None
    return True if fatalities_in(sentence) is None else None


#: Verbs of a rate going up or down: what they change is a count over time.
_RATE_VERBS = frozenset(
    {"reduce", "cut", "curb", "lower", "halve", "increase", "double", "raise", "decrease"}
)


@NOT_REPORTED
def changed_rate(token: Token) -> bool | None:
    """Events in the plural that a policy reduced or raised are a rate, not an event.

    Example: "The governor said his programmes had reduced homicides in the state."
    """
    if token.pos_ != "NOUN" or token.tag_ != "NNS":
        return None
    head = token.head
    return True if token.dep_ == "dobj" and lemma(head) in _RATE_VERBS else None


@NOT_REPORTED
def projectile_not_acting(token: Token) -> bool | None:
    """A shell or bomb tells an event when it acts, not as something handled or shown.

    Example: "Police defused a bomb outside the station."
    """
    if token.pos_ != "NOUN" or lemma(token) not in lx.PROJECTILE_NOUNS:
        return None
    if verb_read_as_compound(token, headline=True):
        return None  # "Forces shell villages": the verb, mis-tagged
    if token.dep_ in ("nsubj", "nsubjpass", "ROOT") or _lands(token):
        return None
    return True


#: Nouns of a projectile landing ("the fall of a shell", "the impact of a rocket").
_LANDING = frozenset({"fall", "impact", "landing", "explosion", "detonation", "hit"})


def _lands(token: Token) -> bool:
    """Form: a projectile that acts in a participle or lands ("shells targeting areas").

    "Ten wounded in shells targeting the old quarter", "injuries in the fall of
    a shell on the market": the projectile acts though it is no subject.
    """
    if any(c.dep_ == "acl" and lemma(c) in lx.VERB_TRIGGERS for c in token.children):
        return True
    head = token.head
    return token.dep_ == "pobj" and head.lower_ == "of" and lemma(head.head) in _LANDING


@NOT_REPORTED
def separate_incidents(token: Token) -> bool | None:
    """Form: "killed in separate incidents": several events told as one toll.

    Example: "Three others were killed in separate, unrelated incidents in the south."
    """
    return True if _SEPARATE.search(token.sent.text) else None


@NOT_REPORTED
def feared_event(token: Token) -> bool | None:
    """An event feared, threatened or prevented has not happened.

    Example: "Troops were mobilised in anticipation of rioting in the north."
    """
    head = token.head
    if token.pos_ == "NOUN" and head.lower_ == "of" and lemma(head.head) in lx.FEARED:
        return True
    return None


@NOT_REPORTED
def foiled_event(token: Token) -> bool | None:
    """A deed foiled or thwarted was not done; what its foilers did in doing so may be.

    Example: "Police foiled a kidnapping attempt on the highway on Saturday."
    ("…, killing one of the kidnappers" is a killing of its own.)
    """
    noun = token.head if token.dep_ == "compound" else token  # "a kidnapping attempt"
    foiled = noun.dep_ in ("dobj", "nsubjpass") and lemma(noun.head) in lx.FOIL_VERBS
    return True if token.pos_ == "NOUN" and foiled else None


@NOT_REPORTED
def statistics(token: Token) -> bool | None:
    """Figures over a period count many events, not one.

    Example: "Figures issued by the ministry show 367 people were killed in March."
    """
    return True if lx.STATISTICS.search(token.sent.text) else None


@NOT_REPORTED
def crowd_violence(token: Token) -> bool | None:
    """Fights between sports fans are riots, not armed political violence.

    Example: "A man was killed during clashes between football fans."
    """
    return True if lx.CROWD_VIOLENCE.search(_beside(token)) else None


#: Dependencies that open a clause of its own ("…, a day after protesters had blocked the road").
_CLAUSES = frozenset({"advcl", "relcl", "ccomp", "acl", "parataxis"})


def _beside(token: Token) -> str:
    """The sentence's text without the clauses that do not hold ``token``.

    A crowd in a clause of its own is another moment: "Gunmen killed five
    villagers, a day after protesters had blocked the road" is no riot.
    """
    sentence = token.sent
    held = {token.i} | {t.i for t in token.ancestors}
    aside = {
        t.i
        for head in sentence
        if head.dep_ in _CLAUSES and head.i not in held
        for t in head.subtree
    }
    return " ".join(t.text for t in sentence if t.i not in aside)


#: Words of a court's sentence carried out ("a man convicted of murder was hanged").
_JUDICIAL = frozenset({"convict", "sentence", "judiciary", "court", "gallows", "verdict"})
#: Who carries out a sentence, when the clause names them.
_THE_STATE = frozenset({"authority", "judiciary", "state", "government", "court", "prison"})


@NOT_REPORTED
def judicial_execution(token: Token) -> bool | None:
    """A sentence carried out by the state is no attack (ACLED leaves legal executions out).

    Example: "A man convicted of murder was hanged in prison, the judiciary said."
    An armed group that "executed" a captive still attacked civilians.
    """
    if lemma(token) not in ("execute", "hang", "execution", "hanging"):
        return None
    if not any(lemma(t) in _JUDICIAL for t in token.sent):
        return None
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    by_state = all(s.ent_type_ == "GPE" or lemma(s) in _THE_STATE for s in subjects)
    return True if by_state else None


@NOT_REPORTED
def vague_recent_events(token: Token) -> bool | None:
    """Form: "Recent attacks", "repeated raids": events left unnamed.

    Example: "A report says recent attacks on villages displaced thousands."
    """
    vague = {"recent", "repeated", "frequent", "sporadic", "past"}
    if token.pos_ != "NOUN" or token.tag_ != "NNS":
        return None
    said = {c.lower_ for c in token.children if c.dep_ == "amod"} & vague
    # "Sporadic clashes leave 5 dead": intermittent fighting of a day, told by its toll
    if said == {"sporadic"} and fatalities_in(token.sent) is not None:
        return None
    return True if said else None


@NOT_REPORTED
def describing_participle(token: Token) -> bool | None:
    """A participle before a noun describes it; it does not report.

    Example: "Officials inspected the targeted facilities."

    What was done to a victim's body is told by its description: "Executed
    couple in the old town" (`geomap.incidents.bodies.described_victim`).
    """
    if token.pos_ != "VERB" or token.dep_ != "amod" or described_victim(token):
        return None
    return True
