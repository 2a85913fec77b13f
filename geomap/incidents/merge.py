"""How mentions of one event become one incident.

An event is often reported several times in one article: first with its
place ("drones struck Al Tanf Garrison on August 15"), elsewhere by date
only ("an August 15 attack") or by reference ("the assault caused zero
casualties").  Drafts (`geomap.incidents.drafts`) carry what each sentence
says; the filing here decides which drafts tell one event, and folds them
into one incident with every sentence that contributed.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from datetime import date

from geomap.incidents.drafts import UNNAMED, Draft, merge_into, more_dead
from geomap.incidents.extent import contains
from geomap.incidents.headings import LEAD_SENTENCES
from geomap.incidents.lexicon import GENERIC_EVENTS, TOLL_TRIGGERS
from geomap.vocab import EventType, FeatureType

__all__ = ("Filing", "elided_sides", "same_event", "told_elsewhere")


def _compatible_types(a: Draft, b: Draft) -> bool:
    if a.trigger.lower() in TOLL_TRIGGERS or b.trigger.lower() in TOLL_TRIGGERS:
        return True  # "two of its members were killed in Jurf al-Sakhar" after the strike
    return a.event_type == b.event_type or EventType.BATTLES in (a.event_type, b.event_type)


def same_event(a: Draft, b: Draft) -> bool:
    """Whether two located drafts report the same event."""
    if a.event_date and b.event_date and a.event_date != b.event_date:
        return False
    if not _compatible_types(a, b) or a.place is None or b.place is None:
        return False
    summary = a.shared_toll or b.shared_toll  # a lead told for several places covers them all
    if not summary and (_other_sides(a, b) or _other_tolls(a, b)):
        return False
    return contains(a.place, b.place) or contains(b.place, a.place)


def headline_told_again(headline: Draft, draft: Draft) -> bool:
    """The body's first event of the headline's kind, in its country, is the headline's.

    Example: "Four police reservists killed in Mandera IED blast", then "Four
    reservists were killed on Monday when their truck struck a bomb near Elwak":
    one event, at the body's place and day (a town named in the headline may be
    the county the body places the village in).
    """
    return (
        headline.headline
        and not draft.headline
        and headline.event_date is None
        and headline.place is not None
        and draft.place is not None
        and headline.place.country == draft.place.country
        and headline.event_type == draft.event_type
        and not _other_actors(headline, draft)
        and (
            headline.fatalities is None
            or draft.fatalities is None
            or draft.fatalities >= headline.fatalities
        )
    )


def _told_apart(a: Draft, b: Draft) -> bool:
    """Two events of one sentence, each with its own place named.

    "Jets struck Gaza in response to rocket attacks that killed two in Sderot".
    """
    named = a.place is not None and b.place is not None and a.place.id != b.place.id
    return a.sentence == b.sentence and named


def _other_tolls(a: Draft, b: Draft) -> bool:
    """Two tolls of two kinds of violence: two events ("75 killed in fighting", "2 by a bomb").

    Not more dead of the same: "… killed the commander. Two women also died when …".
    """
    return (
        a.fatalities is not None
        and b.fatalities is not None
        and a.fatalities != b.fatalities
        and a.event_type != b.event_type
        and not (more_dead(a, b) or more_dead(b, a))
    )


#: A sentence that opens like this tells another event than the one before.
_SEPARATELY = re.compile(
    r"^\W*(separately|elsewhere|in a separate|meanwhile|in another|also on)\b", re.I
)


def _goes_on(told: Draft, draft: Draft) -> bool:
    """Whether a dated, unplaced sentence goes on with the undated event just told.

    Example: "Fighters attacked a village in Gezira, killing 25, activists said.
    The RSF stormed the village of Jiref early Wednesday": one attack, the
    RSF's, on Wednesday, at the place the first sentence gave.
    """
    return (
        told.place is not None
        and told.event_date is None
        and draft.sentence - told.sentences[-1] == 1
        and draft.fatalities in (None, told.fatalities)  # "an attack killed three": another
        and _compatible_types(told, draft)
        and not _other_actors(told, draft)  # an unnamed attacker may be the one named
    )


def told_elsewhere(unplaced: Draft, placed: Draft) -> bool:
    """Whether an event told without a place is another than a placed one of its day.

    Example: "Four died in a raid on a slum on Monday. Hours later, a guard
    was shot dead in Kyiv": each sentence counts its own dead, and the raid
    had a scene of its own that the map lacks, not in that town (a province
    may hold it).  Only a reference (the same noun, "the raid") puts one at
    the other's place.
    """
    later = placed if placed.sentence > unplaced.sentence else unplaced
    if placed.sentence == unplaced.sentence or later.refers or placed.nouns & unplaced.nouns:
        return False  # "seized X after clashes": one sentence, one scene
    own_tolls = (
        unplaced.fatalities is not None
        and placed.fatalities is not None
        and unplaced.fatalities != placed.fatalities
        and not (more_dead(unplaced, placed) or more_dead(placed, unplaced))
    )
    assert placed.place is not None
    somewhere_else = unplaced.unknown_scene and not FeatureType(placed.place.feature_type).is_area
    return own_tolls or somewhere_else  # an area may hold the unknown place: "in eastern X"


def dated_by_report(told: Draft, reference: Draft) -> bool:
    """Whether an event told before has no day of its own that ``reference`` would contradict.

    Example: "Gunmen killed four soldiers in Bama, the army said on Saturday. The
    attack took place on Thursday night": the day the army spoke only bounds the
    event (a week's precision); the reference names its day.
    """
    if told.event_date is None:
        return True
    if reference.event_date is None or told.date_precision <= reference.date_precision:
        return False
    return 0 <= (told.event_date - reference.event_date).days <= 6


def _same_period(vague: Draft, told: Draft) -> bool:
    """Whether a vaguely dated event ("last week") may be one told on a day of its period."""
    if vague.event_date is None or told.event_date is None or vague.date_precision == 1:
        return vague.event_date == told.event_date
    if vague.date_precision == 2:
        return abs((vague.event_date - told.event_date).days) <= 6
    return (vague.event_date.year, vague.event_date.month) == (
        told.event_date.year,
        told.event_date.month,
    )


def _other_actors(a: Draft, b: Draft) -> bool:
    """Two attackers named, and not the same; an unidentified group may be either."""
    return a.actor1 not in UNNAMED and b.actor1 not in UNNAMED and a.actor1 != b.actor1


def _other_sides(a: Draft, b: Draft) -> bool:
    """No side in common: "US jets bombed X" and "British troops joined the fighting in X"."""
    return _other_actors(a, b) and not {a.actor1, a.actor2} & {b.actor1, b.actor2} - {""}


@dataclass(slots=True)
class Filing:
    """The drafts of one article as they are told, and where each new one goes.

    ``drafts`` are placed events; ``pending`` are dated events waiting for a
    place told later; ``touched`` lists events in the order they were last
    told, so a reference ("the strikes") finds the one it means.
    """

    drafts: list[Draft] = field(default_factory=list)
    pending: list[Draft] = field(default_factory=list)
    #: The lead's event told with neither place nor day, for the first event its
    #: paragraph places (the caller clears it at the paragraph's end).
    lead: list[Draft] = field(default_factory=list)
    _touched: dict[int, Draft] = field(default_factory=dict)

    def touch(self, draft: Draft) -> None:
        """Mark ``draft`` as the event told last."""
        self._touched.pop(id(draft), None)
        self._touched[id(draft)] = draft

    @property
    def last_told(self) -> Draft | None:
        """The event told last, if any."""
        return next(reversed(self._touched.values()), None)

    @property
    def last_dated(self) -> Draft | None:
        """The dated event told most recently (placed or pending)."""
        dated = [d for d in (*self._touched.values(), *self.pending) if d.event_date is not None]
        return max(dated, key=lambda d: d.sentences[-1]) if dated else None

    def fold_vague(self, published: date | None = None) -> None:
        """Fold a country-level event into a placed one of its day in that country.

        "Twin attacks in Iraq killed 72" beside "the bombings targeted two
        markets in Baghdad": one event, told vaguely and then precisely.  An
        undated one is of the days before ``published`` ("Russian attacks
        killed five across Ukraine over the past day", then each attack); its
        toll, the sum of several events told, is none of theirs.
        """
        for vague in [d for d in self.drafts if d.place and d.place.feature_type == "country"]:
            when = vague
            if vague.event_date is None and published is not None:
                when = dataclasses.replace(vague, event_date=published, date_precision=2)
            targets = [
                d
                for d in self.drafts
                if d is not vague
                and d.place is not None
                and d.place.feature_type != "country"
                and _same_period(when, d)
                and contains(vague.place, d.place)
                and not _other_actors(vague, d)
            ]
            if targets:
                if len(targets) > 1 and when is not vague:
                    vague.fatalities = None
                merge_into(targets[0], vague, reference=True)
                self.drafts.remove(vague)

    def file(self, draft: Draft) -> None:
        """File a draft: a new incident, part of one told before, or waiting for its place."""
        if draft.nouns and draft.nouns <= GENERIC_EVENTS and self._occurred(draft):
            return
        if draft.place is not None:
            self._placed(draft)
        elif draft.event_date is not None:
            self._dated(draft)
        else:
            self._reference(draft)

    def _placed(self, draft: Draft) -> None:
        for existing in self.drafts:
            if _told_apart(existing, draft):
                continue  # another event of the same sentence: told apart by its own words
            if same_event(existing, draft):
                merge_into(existing, draft)
                self.touch(existing)
                return
        for told in [d for d in self.drafts if headline_told_again(d, draft)][:1]:
            # the body places and dates the headline's event: its place is the body's
            merge_into(draft, dataclasses.replace(told, place=None), reference=True)
            self.drafts.remove(told)
            self._touched.pop(id(told), None)
        separate = _SEPARATELY.match(draft.note)
        for waiting in list(self.pending):
            if (
                not separate
                and waiting.event_date
                and waiting.event_date == draft.event_date
                and not _other_actors(waiting, draft)
                and not told_elsewhere(waiting, draft)
            ):
                merge_into(draft, waiting)
                self.pending.remove(waiting)
        for told in [d for d in self.lead if not _other_actors(d, draft)]:
            merge_into(draft, told, reference=True)  # the lead's event, placed at last
        self.lead.clear()  # only the first event placed can be the lead's
        self.drafts.append(draft)
        self.touch(draft)

    def _occurred(self, draft: Draft) -> bool:
        """Form: "The events occurred on Saturday in X": the place and day of the event told.

        Example: "Five men were shot dead in a bar in Zoquital. The events
        occurred late on Saturday in the San Luis neighbourhood": a noun that
        means any event tells no event of its own; it places and dates the one
        just told, unless it places it somewhere else.  Told first, it is filed
        as any event (a toll may follow: "The events occurred in X. Six died.").
        """
        told = [d for d in (self.last_told, *self.lead, *self.pending) if d is not None]
        last = max(told, key=lambda d: d.sentences[-1], default=None)
        if last is None:
            return False
        if not (
            last.place is None
            or draft.place is None
            or contains(last.place, draft.place)
            or contains(draft.place, last.place)
        ):
            return True
        if last.place is None and draft.place is not None:
            self.drafts.append(last)  # an event waiting for its place has it now
            for waiting in (self.pending, self.lead):
                if last in waiting:
                    waiting.remove(last)
        merge_into(last, draft, reference=True)
        return True

    def _dated(self, draft: Draft) -> None:
        if _SEPARATELY.match(draft.note):
            self.pending.append(draft)  # "Also on Wednesday, a roadside bomb …": another event
            return
        for existing in self.drafts:
            if (
                existing.event_date == draft.event_date
                and not _other_actors(existing, draft)
                and not told_elsewhere(draft, existing)
            ):
                merge_into(existing, draft)
                self.touch(existing)
                return
        if draft.refers:  # "The attack took place on Saturday": the day of the last undated
            told = self._touched.values()
            open_day = [
                d for d in told if dated_by_report(d, draft) and not _other_actors(draft, d)
            ]
            if open_day:
                merge_into(open_day[-1], draft, reference=True)
                self.touch(open_day[-1])
                return
        last = self.last_told
        if last is not None and _goes_on(last, draft):
            merge_into(last, draft)
            self.touch(last)
            return
        self.pending.append(draft)

    def _reference(self, draft: Draft) -> None:
        """Fold a reference into the event it means.

        The same word ("the strikes"), else for a bare toll the event just
        told, else the same kind of event, else the last one told.  With
        none told yet, the lead's event waits for the first placed one: "A
        gunman opened fire on a bus, killing four. … When the bus reached X
        he shot the driver" is one shooting, at X, with four dead.

        A reference naming other sides is another event we cannot place; one
        naming a side of the event just told, in either role, goes on with it
        ("Al-Shabaab attacked the base. Soldiers repulsed them, killing 17").  One
        whose sentence names a scene the gazetteer lacks happened there, unplaced.
        """
        if draft.unknown_scene and not draft.refers:
            return  # "later, an operation killed four in X", X unknown: an event elsewhere
        candidates = [d for d in self._touched.values() if not _other_sides(draft, d)]
        target = next((d for d in reversed(candidates) if d.nouns & draft.nouns), None)
        if target is None and draft.trigger.lower() in TOLL_TRIGGERS and candidates:
            target = candidates[-1]  # "Five soldiers were killed": the event just told
        if target is None:
            target = next(
                (d for d in reversed(candidates) if d.event_type == draft.event_type), None
            )
        if target is None and candidates:
            target = candidates[-1]
        if target is not None:
            merge_into(target, draft, reference=True)
            self.touch(target)
        elif draft.sentence < LEAD_SENTENCES and not self.drafts:
            self.lead.append(draft)


def elided_sides(apart: Draft, partner: Draft) -> None:
    """Form: "…, and 27 were killed in X": a coordinated clause leaves its sides unsaid.

    Example: "Gunmen attacked a bus in the north, and four died in the
    south": the second clause's dead fell to the same gunmen, in the same kind
    of attack.  Only an event that names no attacker of its own takes them.
    """
    if apart.actor1 not in UNNAMED or partner.actor1 in UNNAMED:
        return
    apart.actor1, apart.actor2 = partner.actor1, partner.actor2 or apart.actor2
    apart.event_type, apart.sub_event_type = partner.event_type, partner.sub_event_type
