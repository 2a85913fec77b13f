"""Drafts of incidents: what one sentence says about one event, and how two fold into one.

A draft carries a sentence's place, day, sides, toll and words; `merge_into`
folds a draft into another that tells the same event, keeping the finer place,
the better day, the named sides and the toll of the event itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from geomap.incidents.actors import UNIDENTIFIED
from geomap.incidents.counts import COLLECTIVE
from geomap.incidents.extent import contains, size_rank
from geomap.incidents.sides import named_side_first
from geomap.model import Article, Incident, Place
from geomap.vocab import EventType

__all__ = ("UNNAMED", "Draft", "as_incident", "merge_into", "more_dead")

#: A side the text does not name: none, or an unidentified group.
UNNAMED = ("", UNIDENTIFIED)
_TYPE_RANK = {EventType.EXPLOSIONS: 0, EventType.BATTLES: 1, EventType.CIVILIANS: 2}


@dataclass(slots=True)
class Draft:
    """What one sentence (or group of sentences) says about one event."""

    event_type: str
    sub_event_type: str
    sentence: int
    note: str
    place: Place | None = None
    geo_precision: int = 1
    event_date: date | None = None
    date_precision: int = 1
    actor1: str = ""
    actor2: str = ""
    fatalities: int | None = None
    nouns: set[str] = field(default_factory=set)
    trigger: str = ""
    #: The toll was told for several places at once ("raids on A, B and C killed nine").
    shared_toll: bool = False
    #: The sentence tells an event already told: "The attack took place on Saturday".
    refers: bool = False
    #: The sentence names a scene the gazetteer lacks: the event is somewhere of its own.
    unknown_scene: bool = False
    #: Told by the headline, which names no day: the body tells it again, dated.
    headline: bool = False
    #: The armed sides whose dead the toll counts ("17 militants", "three soldiers").
    dead_sides: set[str] = field(default_factory=set)
    sentences: list[int] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.fatalities and self.actor2 not in ("", "Civilians") and not self.dead_sides:
            self.dead_sides = {self.actor2}
        if not self.sentences:
            self.sentences = [self.sentence]
            self.notes = [self.note]


#: Areas whose toll, told before a place inside them, is the sum of several events.
_SUM_AREAS = frozenset({"country", "region"})


def merge_into(target: Draft, other: Draft, *, reference: bool = False) -> bool:
    """Fold ``other`` into ``target``; return whether it added anything.

    A ``reference`` ("the assault caused no casualties") only fills what the
    target lacks and keeps its sentence only if it added something.
    """
    added = False
    if other.place is not None and (target.place is None or _finer(other, target)):
        if target.place is not None and target.place.feature_type in _SUM_AREAS:
            # "twin attacks in Iraq killed 72", then "45 were killed at the market in
            # Baghdad": the country's toll was a sum, the place's own toll is this event's
            target.fatalities = (
                other.fatalities if other.fatalities is not None else target.fatalities
            )
        target.place, target.geo_precision = other.place, other.geo_precision
        added = True
    if other.event_date and (
        target.event_date is None or other.date_precision < target.date_precision
    ):
        target.event_date, target.date_precision = other.event_date, other.date_precision
        added = True
    for name, side in (("actor1", "actor2"), ("actor2", "actor1")):  # "" < unidentified < named
        told = getattr(other, name)
        if _named(told) > _named(getattr(target, name)) and told != getattr(target, side):
            setattr(target, name, told)
            added = True
    if more_dead(target, other):
        target.fatalities = (target.fatalities or 0) + (other.fatalities or 0)
        added = True
    elif other.fatalities is not None and (
        target.fatalities is None or (other.fatalities > target.fatalities and not reference)
    ):  # "twin attacks in Iraq killed 72" does not raise the toll of one of them
        target.fatalities = other.fatalities
        added = True
    if (
        not reference
        and _TYPE_RANK.get(other.event_type, 9) < _TYPE_RANK.get(target.event_type, 9)
        and not _one_sided(other, target)
    ):
        target.event_type, target.sub_event_type = other.event_type, other.sub_event_type
    target.nouns |= other.nouns
    target.dead_sides |= other.dead_sides
    if (added or not reference) and other.sentence not in target.sentences:
        target.sentences.append(other.sentence)
        target.notes.append(other.note)
    return added


#: A toll told as more dead of the same event ("two attackers were also killed").
_ALSO_DEAD = re.compile(
    r"\b(?:were|was) also (?:killed|shot dead)\b|\balso died\b|\b(?:more|others) were killed\b",
    re.I,
)


def more_dead(target: Draft, other: Draft) -> bool:
    """Form: "…, killing two policemen. Two attackers were also killed": four dead.

    Only a sentence of its own, told once, adds; the count of the same dead
    told again ("six were killed") does not.
    """
    return (
        other.fatalities is not None
        and target.fatalities is not None
        and other.sentence not in target.sentences
        and (bool(_ALSO_DEAD.search(other.note)) or _the_other_sides_dead(target, other))
    )


def _the_other_sides_dead(target: Draft, other: Draft) -> bool:
    """Form: "…, killing 17 militants. Three soldiers were killed in the battle": 20 dead.

    Each side's dead told in a sentence of its own add up; the same count told
    again of a side named otherwise ("the 17 were al-Shabaab fighters") does not.
    """
    told = " ".join([*target.notes, other.note]).lower().split()
    return (
        bool(target.dead_sides and other.dead_sides)
        and target.dead_sides.isdisjoint(other.dead_sides)
        and other.fatalities != target.fatalities
        and not COLLECTIVE.intersection(told)  # "neutralised scores of terrorists": no count
    )


def _one_sided(other: Draft, target: Draft) -> bool:
    """Whether ``other`` is a battle with no second side, told of an attack on civilians.

    Example: "Bandits killed 15 villagers. The gunmen stormed the villages late
    on Friday": the storming names no one who fought back; still an attack.
    """
    return (
        other.event_type == EventType.BATTLES
        and other.actor2 in ("", "Civilians")
        and target.actor2 == "Civilians"
    )


def _named(actor: str) -> int:
    """How much a side tells: none, an armed group the text does not name, or a name.

    "Civilians" tells no more than an armed group: "people killed" in a battle
    are not the side that fought.
    """
    return UNNAMED.index(actor) if actor in UNNAMED else 1 if actor == "Civilians" else 2


def _finer(other: Draft, target: Draft) -> bool:
    """Whether ``other`` places the event more precisely: finer, or as fine and inside.

    "In southern Somalia", then "at a base in the Lower Shabelle region".
    """
    assert other.place is not None and target.place is not None
    if other.geo_precision != target.geo_precision:
        return other.geo_precision < target.geo_precision
    inside = contains(target.place, other.place)
    return inside and size_rank(other.place) < size_rank(target.place)


def as_incident(draft: Draft, article: Article) -> Incident:
    """The incident a placed draft tells, its sentences in text order.

    An undated event happened by the day it was published (a week's precision).
    """
    place = draft.place
    assert place is not None
    when, precision = draft.event_date, draft.date_precision
    if when is None and article.published is not None:
        when, precision = article.published, 2
    order = sorted(range(len(draft.sentences)), key=lambda k: draft.sentences[k])
    actor1, actor2 = named_side_first(EventType(draft.event_type), draft.actor1, draft.actor2)
    return Incident(
        event_date=when,
        date_precision=precision,
        event_type=str(draft.event_type),
        sub_event_type=str(draft.sub_event_type),
        actor1=actor1 or UNIDENTIFIED,
        actor2=actor2,
        place=place,
        geo_precision=draft.geo_precision,
        fatalities=draft.fatalities,
        notes=tuple(draft.notes[k] for k in order),
        sentences=tuple(draft.sentences[k] for k in order),
        article=article.id,
        source_title=article.title,
        source_url=article.url,
        location=place.name,
        trigger=draft.trigger,
    )
