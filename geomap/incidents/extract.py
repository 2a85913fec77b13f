"""From a geoparsed article to its incidents and its mentioned places.

This module only orchestrates: for each sentence it finds the triggers
(`what`), splits them into events, and asks the question modules for each
event's date (`when`), actors (`who`), places (`where` and `scene`) and toll
(`how_many`); `merge` files the drafts so an event told twice is one
incident.  Every decision is a named rule in one of those modules.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from geomap.geoparse.geoparser import ParsedArticle
from geomap.incidents.actors import UNIDENTIFIED, ActorRegistry
from geomap.incidents.dates import HISTORY_DAYS, NEWS_WINDOW_DAYS, EventDate, tells_history
from geomap.incidents.drafts import Draft, as_incident
from geomap.incidents.events import (
    another,
    armed_clashes,
    definite,
    event_groups,
    event_scope,
    told_where,
    told_with_its_place,
    toll_follows,
)
from geomap.incidents.filed import dateline_lead
from geomap.incidents.headings import LEAD_SENTENCES, first_line, is_headline, new_line
from geomap.incidents.how_many import fatalities_in, own_count
from geomap.incidents.kinds import TYPE_RULES, TypeContext
from geomap.incidents.lexicon import KILL_TRIGGERS, KILLING_VERBS, accident, violent_context
from geomap.incidents.merge import Filing, elided_sides
from geomap.incidents.narrative import scene_places
from geomap.incidents.offsets import offset_place
from geomap.incidents.operations import operation_place
from geomap.incidents.scene import (
    coreferent_place,
    geo_precision_of,
    located,
    most_specific,
    split_toll,
    town_of_unknown_part,
    unknown_scene,
)
from geomap.incidents.sides import (
    STANDOFF,
    claimed_by,
    story_forces,
    story_places,
)
from geomap.incidents.syntax import ents_by_sentence, mention_span
from geomap.incidents.tolls import event_toll, raise_toll, wounded_only
from geomap.incidents.what import Trigger, classify_event, find_triggers
from geomap.incidents.when import CARRIED_DATE, OWN_DATE, DateContext, days_named
from geomap.incidents.where.mentions import mention_roles
from geomap.incidents.who import actors_of
from geomap.model import Incident, Mention
from geomap.vocab import EventType, Role, SubEventType

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

__all__ = ("EventContext", "IncidentExtractor", "geo_precision_of")


@dataclass(frozen=True)
class EventContext:
    """One event of one sentence, with what the question modules need of its article."""

    parsed: ParsedArticle
    roles: dict[int, Role]
    home: str
    sentence: Span
    number: int
    sentence_texts: tuple[str, ...]
    triggers: tuple[Trigger, ...]
    group: tuple[Trigger, ...]
    located: tuple[int, ...]
    scope: tuple[Token, ...]
    previous: Draft | None
    cited: bool
    text: str
    ents: tuple[Span, ...]
    story_day: EventDate | None = None
    #: The one force the story names for air strikes and for shelling ("" if none or several).
    forces: dict[SubEventType, str] | None = None
    #: The demonym of the country of each place name's tokens (`sides.story_places`).
    places: Mapping[int, str] = field(default_factory=dict)
    #: The event a coordinated clause goes on from ("…, and 27 were killed in X").
    partner: Trigger | None = None
    #: The event told last, dated or not (an undated lead waiting for its place).
    told: Draft | None = None

    def dates(self) -> DateContext:
        """The context the `when` rules read."""
        previous = self.previous
        others = frozenset(t.token.i for t in self.triggers) - {t.token.i for t in self.group}
        return DateContext(
            group=self.group,
            sentence=self.sentence,
            number=self.number,
            published=self.parsed.article.published,
            others=others,
            sentence_texts=self.sentence_texts,
            previous_date=(previous.event_date, previous.date_precision)
            if previous is not None and previous.event_date is not None
            else None,
            previous_sentence=previous.sentences[-1] if previous is not None else -1,
            cited=self.cited,
            located=bool(self.located),
            ents=self.ents,
            story_day=self.story_day,
        )


class IncidentExtractor:
    """Turn a `ParsedArticle` into incidents and role-tagged mentions."""

    def __init__(self, registry: ActorRegistry | None = None):
        self.registry = registry or ActorRegistry.default()

    def extract(self, parsed: ParsedArticle) -> tuple[list[Incident], list[Mention]]:
        """Return (incidents, mentions with their roles)."""
        doc, article = parsed.doc, parsed.article
        sentences = list(doc.sents)
        texts = tuple(s.text for s in sentences)
        text = doc.text  # Doc.text joins every token: read it once
        lead = first_line(text)
        ents = ents_by_sentence(doc, sentences)
        by_sentence: dict[int, list[int]] = {}
        for index, mention in enumerate(parsed.mentions):
            by_sentence.setdefault(mention.sentence, []).append(index)
        roles = mention_roles(parsed, self.registry)
        home, places = story_places(parsed, self.registry)  # "a base in Safed": Israel's
        filing = Filing()
        used: set[int] = set()
        apart: list[tuple[Draft, Draft]] = []  # (a coordinated clause's event, the one before)
        violent: set[int] = set()  # sentences that report recent violence
        story_day = None
        forces = story_forces(sentences, self.registry, home)
        for number, sentence in enumerate(sentences):
            if new_line(sentences, number, text):
                filing.lead.clear()  # the lead's paragraph placed none of its events
            if parsed.in_caption(sentence.start_char):
                continue
            before, story_day = story_day, days_named(ents[number], article.published) or story_day
            headline = is_headline(sentence, article, lead)
            triggers = tuple(find_triggers(sentence, headline=headline))
            agents = all(map(definite, triggers))  # "The attacks were carried out by 3R"
            self._claimed(filing.last_told, sentence, agents=agents)  # "JNIM claimed it"
            raise_toll(filing.last_told, sentence.text)  # "the toll had risen to 32"
            if not triggers:
                continue
            here = scene_places(
                parsed, roles, by_sentence, sentences, number, headline=headline, text=text
            )
            groups = event_groups(list(triggers))
            anchors = [g.anchor for g in groups if g.anchor is not None]
            told = None  # the event a coordinated clause goes on from
            for group, anchor, cited, partner, aftermath in groups:
                context = EventContext(
                    parsed=parsed,
                    roles=roles,
                    home=home,
                    sentence=sentence,
                    number=number,
                    sentence_texts=texts,
                    triggers=triggers,
                    group=tuple(group),
                    located=tuple(
                        located(group, anchor, anchors, here, parsed.mentions, doc, aftermath)
                    ),
                    scope=tuple(event_scope(anchor, anchors, sentence)),
                    previous=filing.last_dated,
                    cited=cited,
                    partner=partner,
                    text=text,
                    ents=ents[number],
                    story_day=before,
                    forces=forces,
                    places=places,
                    told=filing.last_told or next(reversed(filing.lead), None),
                )
                for draft in self._drafts(context):
                    if context.cited and draft.event_date is None:
                        continue  # "in response to attacks on shipping": background
                    if not _history(draft, parsed):
                        violent.add(number)
                    if draft.place is None and tells_history(sentence.text, article.published):
                        draft.fatalities = None  # "the war, since 2009, has killed 40,000"
                    filing.file(draft)
                    if partner is not None and told is not None and not context.cited:
                        apart.append((draft, told))  # not "in response to attacks that …"
                    used.update(
                        i for i in context.located if parsed.mentions[i].place is draft.place
                    )
                if anchor is None:
                    told = filing.last_told
            if filing.last_told is not None and filing.last_told.sentence == number:
                self._claimed(filing.last_told, sentence)  # "…, blaming the RSF"
        filing.fold_vague(article.published)
        for draft, partner in apart:
            elided_sides(draft, partner)
        kept = [d for d in filing.drafts if d.place is not None and not _history(d, parsed)]
        located_ids = {d.place.id for d in kept if d.place is not None}
        used = {i for i in used if parsed.mentions[i].place.id in located_ids}
        wounded_only(kept, sentences)  # "a bomb wounded three": none killed
        incidents = [as_incident(d, article) for d in kept]
        mentions = []
        for index, mention in enumerate(parsed.mentions):
            role = roles[index]
            if role.locates and mention.place is None:
                # a scene the gazetteer cannot resolve: listed for the user to add
                role = Role.INCIDENT if mention.sentence in violent else Role.CONTEXT
            elif role.locates:
                role = Role.INCIDENT if index in used else Role.CONTEXT
            mentions.append(dataclasses.replace(mention, role=str(role)))
        return incidents, mentions

    def _claimed(self, last: Draft | None, sentence: Span, *, agents: bool = True) -> None:
        """The event's unnamed attacker, from a claim or a blame in ``sentence``."""
        if last is not None and last.actor1 in ("", UNIDENTIFIED):
            named = claimed_by(sentence.text, self.registry, agents=agents)
            last.actor1 = named or last.actor1

    def _drafts(self, c: EventContext) -> list[Draft]:
        """The drafts one event gives: one per place it is located at (or one unplaced)."""
        text = c.sentence.text
        # its own means ("jets struck X after rocket attacks on Y": no rockets for the
        # strikes); a clause going on from another ("…, and two died in Y") shares them
        own = c.scope and (c.cited or c.partner is None)
        means = " ".join(t.text for t in c.scope) if own else text
        event_type, sub_type = classify_event(c.group[0], means)
        for trigger in c.group[1:]:
            other = classify_event(trigger, means)
            if other[0] is EventType.EXPLOSIONS and event_type != other[0]:
                event_type, sub_type = other
        dates = c.dates()
        when = OWN_DATE.decide(dates)
        dated_here = when is not None
        published = c.parsed.article.published
        window = HISTORY_DAYS if c.number < LEAD_SENTENCES else NEWS_WINDOW_DAYS
        if not dated_here and tells_history(text, published, window):
            return []  # "In 2003, a horse in Pahrump was killed": background, not news
        if accident(text):
            return []  # "killed when a neighbour accidentally hit her": no violence
        when = when or CARRIED_DATE.decide(dates)
        # a coordinated clause that names no sides has the first clause's
        told = (*c.group, *([c.partner] if c.partner and not c.cited else []))
        pairs = [actors_of(t, self.registry, c.home, c.places) for t in told]
        actor1 = next((a1 for a1, _ in pairs if a1), "")
        actor2 = next((a2 for _, a2 in pairs if a2 and a2 != actor1), "")  # never both sides
        if not actor1 and sub_type in STANDOFF and not definite(c.group[0]) and c.forces:
            # "A strike on April 23 killed two": the story's force, unless it was the target
            actor1 = c.forces[sub_type] if c.forces[sub_type] != actor2 else ""
        lemmas = frozenset(t.lemma for t in c.group)
        for rule in TYPE_RULES:
            changed = rule(TypeContext(event_type, sub_type, lemmas, actor2))
            if changed is not None:
                event_type, sub_type = changed
        base = Draft(
            event_type=event_type,
            sub_event_type=sub_type,
            sentence=c.number,
            note=text.strip(),
            event_date=when[0] if when else None,
            date_precision=when[1] if when else 1,
            actor1=actor1,
            actor2=actor2,
            fatalities=event_toll(c.scope, c.group),
            nouns={t.lemma for t in c.group if t.is_noun},
            trigger=c.group[0].token.text,
            refers=any(map(told_where, c.group)) or all(map(definite, c.group)),
            headline=all(t.headline for t in c.group),
        )
        mentions = c.parsed.mentions
        places = most_specific([mentions[i] for i in c.located], c.roles, list(c.located), c.text)
        if not _violent_enough(c, lemmas, (actor1, actor2)) or (
            not dated_here
            and c.previous is not None
            and all(definite(t) and not _places_itself(c, t) for t in c.group)
        ):
            # "the jackpot was hit in Florida": at most a reference, never a location;
            # "claimed the attack, … in solidarity with Palestinians in Gaza": a reference.
            places = []
        if not places:
            base.unknown_scene = unknown_scene(mentions, c.roles, c.number)
            place = (
                coreferent_place(c.group, mentions, c.roles, c.number)
                or operation_place(c.group, mentions, c.roles, c.number, c.parsed.doc)
                or (None if c.cited else dateline_lead(mentions, c.number, c.sentence))
            )
            near = place is None  # only the town of a part unknown to the gazetteer is near
            place = place or town_of_unknown_part(mentions, c.roles, c.number, c.text)
            if place is not None:
                base.place, base.geo_precision = place, geo_precision_of(place, near)
            elif another(c.group) and c.previous is not None and c.previous.place is not None:
                # "two soldiers had died in another mortar attack": where the last one was
                base.place = c.previous.place
                base.geo_precision = max(c.previous.geo_precision, 2)
            return [base]
        out = []
        shares = split_toll(base.fatalities, len(places))
        own = [own_count(mention_span(c.parsed.doc, m).root) for m, _ in places]
        counted = [o for o in own if o]
        if len(places) > 1 and counted and len({o[0] for o in counted}) == len(counted):
            if len(counted) == len(own):
                shares = [o[1] for o in counted]  # "five in X and two in Y": each place's own
            elif sum(o[1] for o in counted) == base.fatalities:  # "power cut in X, one killed in Y"
                shares = [o[1] if o else None for o in own]
        for (mention, near), share in zip(places, shares, strict=True):
            draft = dataclasses.replace(base, nouns=set(base.nouns), sentences=[], notes=[])
            before = c.text[max(0, mention.start - 120) : mention.start]
            offset = offset_place(mention.place, before)
            draft.place = offset or mention.place
            near = near or mention.part  # "Playas de Tijuana": a part named after its town
            draft.geo_precision = 2 if offset else geo_precision_of(mention.place, near)
            draft.fatalities = share
            draft.shared_toll = len(places) > 1
            out.append(draft)
        return out


def _places_itself(c: EventContext, trigger: Trigger) -> bool:
    """A told event placed by its sentence: "The attack happened at X", "The assault on X …"."""
    starts = (c.parsed.mentions[i].start for i in c.located)
    return told_where(trigger) or told_with_its_place(trigger, starts)


def _violent_enough(c: EventContext, lemmas: frozenset[str], actors: tuple[str, str]) -> bool:
    """Whether a weak trigger ("hit", "killed") is violence here, so its places locate it.

    An armed actor the registry knows makes it violence ("clashes between IS
    and the SDF"; ministers who "clashed over the budget" are not in it), and
    so does a death toll ("an attack leaves 6 dead").
    """
    if c.partner is not None:  # "clashes west of X and fighting in Y": goes on with the first
        first = dataclasses.replace(c, group=(c.partner,), partner=None)
        if _violent_enough(first, frozenset({c.partner.lemma}), actors):
            return True
    armed = actors[0] not in ("", UNIDENTIFIED) or actors[1] not in ("", "Civilians")
    # "Nightclub attack leaves 6 dead"; "The attack took place in X. Six died."
    deadly = bool(fatalities_in(c.sentence)) or any(map(toll_follows, c.group))
    follows_attack = (
        any(d is not None and c.number - d.sentences[-1] <= 1 for d in (c.previous, c.told))
        # "condemned the killings" only refers; "the attack happened at X" places it
        and not any(t.is_noun and not _places_itself(c, t) for t in c.group)
    )
    return (
        any(t.strong for t in c.group)
        or (
            c.group[0].headline  # "Lawyer killed in X", "Clashes renewed in X"
            and (bool(lemmas & KILLING_VERBS) or any(armed_clashes(t) for t in c.group))
        )
        or violent_context(c.sentence.text)
        or bool(lemmas & KILL_TRIGGERS and len(lemmas) > 1)
        or follows_attack  # "The Aurelia Star was struck 68 nm off …" goes on
        or armed
        or deadly
    )


def _history(draft: Draft, parsed: ParsedArticle) -> bool:
    """Older than the news window; a lead's own dated event is the news up to a year back."""
    published = parsed.article.published
    if draft.event_date is None or published is None:
        return False
    lead = draft.sentences[0] < LEAD_SENTENCES and draft.date_precision == 1  # a report's lead
    return (published - draft.event_date).days > (HISTORY_DAYS if lead else NEWS_WINDOW_DAYS)
