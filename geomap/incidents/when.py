"""When it happened: event dates, relative to the publication date.

News dates events relative to the day it is published ("on Tuesday",
"yesterday", "last June"); ACLED codes the resolved day with a precision:
1 = the day, 2 = within a week, 3 = the month.  Three rule sets decide an
event's day, in this order:

* `TRIGGER_DATE`: a date phrase that belongs to the trigger's own clause;
* `OWN_DATE`: the event's own date (its triggers', or a day counted from a
  cited event: "a day after …");
* `CARRIED_DATE`: a day carried over from the event told just before
  ("hours later", or a report that goes on about the lead's day).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from geomap.incidents.counts import NUMBER_WORDS
from geomap.incidents.dates import (
    HISTORY_DAYS,
    TODAY,
    YESTERDAY,
    EventDate,
    resolve_date,
    tells_history,
)
from geomap.incidents.lexicon import names_a_day
from geomap.incidents.rules import RuleSet
from geomap.incidents.syntax import clause_of, up
from geomap.incidents.trigger_dates import TRIGGER_DATE, TriggerDate, date_of
from geomap.incidents.what import Trigger

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span

__all__ = (
    "days_named",
    "CARRIED_DATE",
    "HISTORY_DAYS",
    "OWN_DATE",
    "TRIGGER_DATE",
    "DateContext",
    "EventDate",
    "TriggerDate",
    "date_of",
    "resolve_date",
    "tells_history",
)


# --- The event's day -------------------------------------------------------------------


@dataclass(frozen=True)
class DateContext:
    """An event being drafted, with the one told just before it (``previous``)."""

    group: tuple[Trigger, ...]
    sentence: Span
    number: int
    published: date | None
    others: frozenset[int]
    sentence_texts: tuple[str, ...]
    previous_date: EventDate | None = None
    previous_sentence: int = -1
    cited: bool = False
    located: bool = False
    ents: tuple[Span, ...] | None = None
    #: The last day the story named before this sentence, dated or not by an event.
    story_day: EventDate | None = None


OWN_DATE: RuleSet[DateContext, EventDate] = RuleSet("when: the event's own date")
CARRIED_DATE: RuleSet[DateContext, EventDate] = RuleSet("when: a day carried over")

_DAYS_APART = re.compile(
    r"\b(a|one|two|three|four|five|six|seven|\d{1,2}) days? (after|before)\b", re.I
)
_SHIFT = {
    "a day later": 1,
    "the next day": 1,
    "the following day": 1,
    "a day earlier": -1,
    "the day before": -1,
    "the previous day": -1,
}
_FROM_PREVIOUS = re.compile(
    r"\b(?:(?:earlier|later) (?:the|that) same (?:day|night)|the same (?:day|night)|"
    r"hours (?:earlier|later|after|before)|later that (?:day|night)|that (?:night|evening)|"
    + "|".join(_SHIFT)
    + r")\b",
    re.I,
)


@OWN_DATE
def stated_for_trigger(c: DateContext) -> EventDate | None:
    """The first of the event's triggers with a date phrase of its own.

    Example: "On Sunday, gunmen stormed the village and killed six."
    """
    for trigger in c.group:
        found = date_of(trigger, c.sentence, c.published, c.others, c.ents)
        if found:
            return found
    return None


@OWN_DATE
def days_from_cited(c: DateContext) -> EventDate | None:
    """A cited event "a day after" the one told is dated from it.

    Example: "The attack came a day after warplanes bombed the airport."
    """
    if not c.cited or c.previous_date is None:
        return None
    gap = _DAYS_APART.search(c.sentence.text)
    if not gap:
        return None
    days = NUMBER_WORDS.get(gap.group(1).lower()) or int(gap.group(1))
    sign = -1 if gap.group(2).lower() == "after" else 1
    return c.previous_date[0] + timedelta(days=sign * days), 1


@CARRIED_DATE
def relative_to_previous(c: DateContext) -> EventDate | None:
    """Form: "hours later", "the next day": counted from the event just told.

    Example: "Hours later, a second blast hit the market."
    """
    if c.previous_date is None:
        return None
    found = _FROM_PREVIOUS.search(c.sentence.text)
    if not found:
        return None
    shift = _SHIFT.get(found.group(0).lower(), 0)
    return c.previous_date[0] + timedelta(days=shift), c.previous_date[1]


#: "Nine days later", "two weeks earlier": a count of days or weeks from the event told.
_COUNTED_LATER = re.compile(r"\b([a-z]+|\d{1,2}) (days?|weeks?) (later|earlier)\b", re.I)


@CARRIED_DATE
def days_later(c: DateContext) -> EventDate | None:
    """Form: "Nine days later", "a week later": so many days after the event just told.

    Example: "On 4 April a missile hit the town. Nine days later, missiles hit the city."
    """
    found = _COUNTED_LATER.search(c.sentence.text)
    if found is None or c.previous_date is None:
        return None
    word, unit, way = (g.lower() for g in found.groups())
    count = int(word) if word.isdigit() else NUMBER_WORDS.get(word)
    if count is None:
        return None
    days = count * (7 if unit.startswith("week") else 1) * (1 if way == "later" else -1)
    vague = 2 if word == "several" else 1  # "several days later": within a week
    return c.previous_date[0] + timedelta(days=days), max(c.previous_date[1], vague)


@CARRIED_DATE
def lead_day_continues(c: DateContext) -> EventDate | None:
    """A placed event told after the dated lead, with no day named since, is that day's.

    Example: "The victims were killed in Kherson, officials said."
    """
    if c.previous_date is None or not c.located or c.cited:
        return None
    between = c.sentence_texts[c.previous_sentence + 1 : c.number + 1]
    return None if any(names_a_day(text) for text in between) else c.previous_date


@CARRIED_DATE
def story_day(c: DateContext) -> EventDate | None:
    """A placed event with no day of its own happened on the last day the story named.

    Example: "Rebels entered the capital on Sunday. Gunfire was heard across the city."
    """
    if c.story_day is None or not c.located or c.cited:
        return None
    return c.story_day


def days_named(ents: Sequence[Span], published: date | None) -> EventDate | None:
    """The last day (day precision) a sentence's date phrases name, if any.

    A day after "since" starts a period ("35 soldiers killed since Aug. 24"):
    it is no day of the story.
    """
    found = None
    for ent in ents:
        if ent.label_ != "DATE" or (_deictic(ent.text) and _quoted(ent)):
            continue  # a quote's "today" is the speaker's day, not the story's
        if ent.start and ent.doc[ent.start - 1].lower_ == "since":
            continue
        resolved = resolve_date(ent.text, published)
        if resolved and resolved[0] is not None and resolved[1] == 1:
            found = resolved
    return found


def _deictic(text: str) -> bool:
    """Whether a date is told from the writer's day ("today", "last night")."""
    return bool(TODAY.search(text) or YESTERDAY.search(text))


def _quoted(span: Span) -> bool:
    """Whether the span stands inside a quotation opened earlier in its paragraph."""
    text = span.doc.text
    before = text[text.rfind("\n", 0, span.start_char) + 1 : span.start_char]
    curly = before.count("“") - before.count("”")
    return curly > 0 or before.count('"') % 2 == 1


@CARRIED_DATE
def day_of_report(c: DateContext) -> EventDate | None:
    """An event with no day of its own happened by the day it was reported.

    Example: "Gunmen killed three farmers in the village, police said on Tuesday.":
    on or before Tuesday, a day closer than the publication's (precision 2, a week).
    Only for the first event told: a later report ("the monitor said on Wednesday the
    strikes killed six") goes on about an event already dated.
    """
    if c.previous_date is not None or not c.located:
        return None  # an event without a place waits for the sentence that places and dates it
    for trigger in c.group:
        clause = clause_of(trigger.token, trigger.is_noun)
        reporter = clause.head if clause.dep_ in ("ccomp", "parataxis") else None
        if reporter is None or reporter.pos_ != "VERB":
            continue
        phrases = TriggerDate(trigger, c.sentence, c.published, sentence_ents=c.ents)
        for span in phrases.spans:  # the sentence's date phrases, as the triggers' are read
            if any(n.i == reporter.i for n in up(span.root, 3)):
                found = phrases.resolve(span)
                if found and found[1] == 1:
                    return found[0], 2
    return None
