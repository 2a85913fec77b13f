"""Which date phrase of a sentence belongs to a trigger: `TRIGGER_DATE`.

"Drones struck the base on Tuesday, the monitor said on Wednesday": Tuesday
is the strike's, Wednesday the report's.  A phrase dates a trigger when it
hangs on the trigger's own clause, on the claim that reports it, or on a
clause the trigger hangs from; an opening date before a comma dates them all.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING

from geomap.incidents.dates import EventDate, feast_day, in_figures, resolve_date
from geomap.incidents.lexicon import (
    BARE_DAYS,
    PHASE_VERBS,
    REPORTING_VERBS,
    STANCE_VERBS,
    TOLL_NOUNS,
    TOLL_RISE_VERBS,
    WEEKDAYS,
)
from geomap.incidents.rules import RuleSet
from geomap.incidents.syntax import (
    CLAUSE_REACH,
    VERB_REACH,
    clause_anchors,
    clause_of,
    is_root,
    lemma,
    tells_occurrence,
    up,
)
from geomap.incidents.what import Trigger

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

__all__ = ("TRIGGER_DATE", "TriggerDate", "date_of")


def _date_spans(sentence: Span, ents: Sequence[Span]) -> list[Span]:
    """The sentence's date phrases, completed where the small model cuts them.

    The model does not always tag "overnight" or "yesterday"; "overnight into
    Tuesday" is Tuesday's, so the phrase is read whole; in "the night of 5
    March" it tags only "March", so the day number is taken back; a weekday
    it left untagged ("the early hours of Monday") is a phrase of its own.
    """
    spans = [ent for ent in ents if ent.label_ in ("DATE", "TIME")]
    doc = sentence.doc
    for token in sentence:
        if token.lower_ not in BARE_DAYS:
            continue
        own = next((s for s in spans if s.start == token.i), None)
        end = own.end if own is not None else token.i + 1
        if end + 1 < len(doc) and doc[end].lower_ in ("into", "to"):
            joined = next((s for s in spans if s.start == end + 1), None)
            if joined is not None:
                spans.remove(joined)
                end = joined.end
        if own is not None:
            spans.remove(own)
        spans.insert(0, doc[token.i : end])
    covered = {i for span in spans for i in range(span.start, span.end)}
    # "in the early hours of Monday": the model tags the hours, not the day ("Palm
    # Sunday" is a feast's name); "On 04/11/2023": figures the model may tag as a place
    spans += [
        doc[t.i : t.i + 1]
        for t in sentence
        if t.i not in covered
        and (
            t.lower_ in WEEKDAYS
            and not feast_day(doc[max(t.i - 1, 0) : t.i + 1].text)
            or in_figures(t.text, after_on=t.i > 0 and doc[t.i - 1].lower_ == "on")
        )
    ]
    spans += [
        doc[t.i - 1 : t.i + 1] for t in sentence if t.i not in covered and _day_of_the_month(t)
    ]
    return [
        doc[span.start - 1 : span.end]
        if span.start > sentence.start and doc[span.start - 1].like_num
        else span
        for span in spans
    ]


def _day_of_the_month(token: Token) -> bool:
    """Form: "on the 3rd": a day of the month, with no month (not "on the 3rd floor").

    Example: "Troops conducted an operation on the 3rd near the town."
    """
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (
        token.i >= 2
        and bool(_ORDINAL.fullmatch(token.text))
        and doc[token.i - 1].lower_ == "the"
        and doc[token.i - 2].lower_ == "on"
        and (after is None or after.pos_ not in ("NOUN", "PROPN") and after.lower_ != "of")
    )


#: A day of the month in figures with its suffix ("3rd", "21st").
_ORDINAL = re.compile(r"\d{1,2}(?:st|nd|rd|th)", re.I)


@dataclass(frozen=True)
class TriggerDate:
    """A trigger in its sentence; ``others`` are the sentence's other triggers' indices."""

    trigger: Trigger
    sentence: Span
    published: date | None
    others: frozenset[int] = frozenset()
    #: The sentence's entities, when the caller has them (``Span.ents`` scans the whole doc).
    sentence_ents: tuple[Span, ...] | None = None

    @cached_property
    def ents(self) -> Sequence[Span]:
        """The sentence's named entities."""
        return self.sentence.ents if self.sentence_ents is None else self.sentence_ents

    @cached_property
    def spans(self) -> list[Span]:
        """The sentence's date phrases."""
        return _date_spans(self.sentence, self.ents)

    def resolve(self, span: Span) -> EventDate | None:
        """The phrase's date, or ``None`` when it names no day, week or month."""
        resolved = resolve_date(span.text, self.published)
        return resolved if resolved and resolved[0] is not None else None


def _attached_to(span: Span, c: TriggerDate) -> bool:
    """Whether a date phrase modifies the trigger's own clause.

    Not a reporting verb's ("the monitor said on Wednesday"), and not another
    event's ("in response to an August 15 attack").
    """
    target = c.trigger.token
    anchors = clause_anchors(target, c.trigger.is_noun)
    for node in _ancestry(span.root, CLAUSE_REACH - 2):  # a date hangs closer than a place
        if stance_on_the_event(node, target):
            return False
        if node.i in anchors:
            return True
        if node.i in c.others:
            return False
        if node.dep_ == "relcl" and node.i != span.root.i:
            # "The attack, which occurred on Wednesday night, …", "fighting that ended on
            # Saturday": the event's own day; "Wad Madani, which the RSF has held since
            # last December": not the event's
            told = tells_occurrence(node) or lemma(node) in PHASE_VERBS
            # (the parser may hang it on the last noun: "fighting near X that ended")
            own = node.head.i == target.i or c.trigger.is_noun and target.is_ancestor(node.head)
            return own and told
        if node.lower_ == "since" or any(
            ch.dep_ == "mark" and ch.lower_ == "since" for ch in node.children
        ):
            return False  # "since cross-border fire began a month ago": a period's start
        if node.pos_ == "VERB" and lemma(node) in REPORTING_VERBS:
            # "…cars in Turmus Ayya on Saturday night, residents told AFP": a trailing
            # attribution; "the monitor on Wednesday said …": the report's own date.
            speakers = [ch.i for ch in node.children if ch.dep_ == "nsubj"]
            trailing = node.i > target.i and speakers and span.end <= min(speakers)
            return bool(trailing) and span.start > target.i
    return False


def _ancestry(token: Token, steps: int) -> Iterator[Token]:
    """The token, then its ancestors: at most ``steps`` of them that are not names.

    Example: "killed in Barangay Tabugon, Kabankalan City, Negros Occidental on
    Monday": the address the parser hangs the day on is one step, however long.
    """
    count = 0
    for node in up(token, len(token.sent)):
        count += node.pos_ != "PROPN" or node.i == token.i
        if count > steps:
            return
        yield node


def stance_on_the_event(verb: Token, event: Token) -> bool:
    """Whether ``verb`` takes a stance on the event ("condemned the murder of X").

    Example: "The ombudsman on Monday condemned the murder of a leader, who was
    shot dead on Friday": Monday is the statement's day, not the murder's.
    """
    if verb.pos_ != "VERB" or lemma(verb) not in STANCE_VERBS:
        return False
    return any(o.dep_ == "dobj" and o.is_ancestor(event) or o.i == event.i for o in verb.children)


def _entry_stamp(span: Span) -> bool:
    """Form: "10 Dec, 10:20 — …": a live blog's entry stamp, the day it was posted."""
    start = span.sent.start
    opening = span.doc[start : min(span.end + 4, span.sent.end)]
    return span.start - start <= 1 and any(t.text in _DASHES for t in opening[span.end - start :])


_DASHES = frozenset({"—", "–", "-", "|"})

TRIGGER_DATE: RuleSet[TriggerDate, EventDate] = RuleSet("when: a trigger's date phrase")


@TRIGGER_DATE
def day_of_toll(c: TriggerDate) -> EventDate | None:
    """Form: "The death toll from the clash rose to 118 on Thursday": the day of the count.

    Example: "The toll from the prison riot in Zoquital rose to 40 on Friday."
    The event happened on or before the day its toll was counted (a week's
    precision), unless its own words name its day ("from Tuesday's riot"); a
    sentence that names it ("The riot began on Tuesday") may date it later.
    """
    token = c.trigger.token
    own = range(token.left_edge.i, token.right_edge.i + 1)
    verb = next((n for n in up(token, VERB_REACH + 2) if n.pos_ == "VERB"), None)
    if verb is None or lemma(verb) not in TOLL_RISE_VERBS:
        return None
    if not any(
        s.dep_ == "nsubj" and lemma(s) in TOLL_NOUNS and s.is_ancestor(token) for s in verb.children
    ):
        return None
    if any(span.root.i in own for span in c.spans):
        return None  # "the toll from Tuesday's riot": the event's own day
    for span in c.spans:
        hung = any(n.i == verb.i for n in up(span.root, 3))  # "rose … on Thursday"
        if hung and (found := c.resolve(span)):
            return found[0], max(found[1], 2)
    return None


@TRIGGER_DATE
def date_in_clause(c: TriggerDate) -> EventDate | None:
    """A date phrase in the trigger's own clause dates the event.

    Example: "Drones struck the base on Tuesday, the monitor said on Wednesday."
    A phrase inside the trigger's own words comes first: in "reports of the
    raid in A on Monday and the abduction in B on Sunday" each noun has its day.
    """
    token = c.trigger.token
    own = range(token.left_edge.i, token.right_edge.i + 1)
    # a live blog's stamp ("10 Dec, 10:20 — …") only when the entry names no day
    for span in sorted(c.spans, key=lambda s: (_entry_stamp(s), s.root.i not in own)):
        if _attached_to(span, c) and (found := c.resolve(span)):
            return found
    return None


@TRIGGER_DATE
def since_a_weekday(c: TriggerDate) -> EventDate | None:
    """Form: "killed since Thursday": a spell of days that began then, dated to its start.

    Example: "At least 30 people have been killed since Thursday in clashes near the town."
    A month or a year ("since March") starts a running toll, no one event.
    """
    anchors = clause_anchors(c.trigger.token, c.trigger.is_noun)
    for span in c.spans:
        since = span.root.head
        if since.lower_ == "since" and since.head.i in anchors and span.root.lower_ in WEEKDAYS:
            found = c.resolve(span)
            return (found[0], 2) if found else None
    return None


#: Marks of a clause that happened at the time of the clause it hangs on.
_AT_THE_TIME = frozenset({"when", "as", "while"})


@TRIGGER_DATE
def time_of_main_clause(c: TriggerDate) -> EventDate | None:
    """A "when" clause happened on the day its main clause is dated.

    Example: "Two soldiers were wounded on Thursday when militants detonated a bomb."
    """
    clause = clause_of(c.trigger.token, c.trigger.is_noun)
    marked = any(
        ch.dep_ in ("advmod", "mark") and ch.lower_ in _AT_THE_TIME for ch in clause.children
    )
    if clause.dep_ != "advcl" or not marked:
        return None
    inside = range(clause.left_edge.i, clause.right_edge.i + 1)
    for span in c.spans:
        hung = {n.i for n in up(span.root, CLAUSE_REACH - 2)}
        if span.root.i not in inside and clause.head.i in hung and (found := c.resolve(span)):
            return found
    return None


def _reporting_head(trigger: Trigger) -> Token | None:
    """The reporting verb whose reported clause ("said that …") holds the trigger."""
    node = clause_of(trigger.token, trigger.is_noun)
    for _ in range(3):  # "said that it had confirmed that … struck": two reports deep
        if node.dep_ != "ccomp" or is_root(node):
            return None
        node = node.head
        if lemma(node) in REPORTING_VERBS:
            return node
    return None


@TRIGGER_DATE
def day_of_claim(c: TriggerDate) -> EventDate | None:
    """A strike reported as done takes the day of the claim.

    Example: "The army said yesterday that its drones had struck the depot."
    """
    speaker = _reporting_head(c.trigger)
    if speaker is None:
        return None
    for span in c.spans:
        if span.root.head.i == speaker.i and span.root.i < c.trigger.token.i:
            if found := c.resolve(span):
                return found
    return None


@TRIGGER_DATE
def clause_on_date(c: TriggerDate) -> EventDate | None:
    """A clause hanging on a date phrase happened then.

    Example: "In April 2023, when fighting erupted in Khartoum, thousands fled."
    """
    for node in list(up(c.trigger.token, VERB_REACH + 1))[1:]:
        for ent in c.ents:
            if ent.label_ == "DATE" and ent.start <= node.i < ent.end:
                return c.resolve(ent)
    return None


#: How far into a sentence an opening date phrase may start ("Reported on 15 August,").
_HEAD_TOKENS = 3


@TRIGGER_DATE
def sentence_head_date(c: TriggerDate) -> EventDate | None:
    """A date opening the sentence before a comma dates all its events.

    Example: "Reported on 15 August, gunmen attacked a checkpoint near the town."
    """
    start = c.sentence.start
    for span in c.spans:
        after = c.sentence.doc[span.end] if span.end < len(c.sentence.doc) else None
        if (
            span.start - start <= _HEAD_TOKENS
            and after is not None
            and after.text == ","
            and span.end <= c.trigger.token.i
        ):
            return c.resolve(span)
    return None


def date_of(
    trigger: Trigger,
    sentence: Span,
    published: date | None,
    others: frozenset[int] = frozenset(),
    ents: tuple[Span, ...] | None = None,
) -> EventDate | None:
    """The event date of a trigger from the date phrases of its sentence."""
    return TRIGGER_DATE.decide(TriggerDate(trigger, sentence, published, others, ents))
