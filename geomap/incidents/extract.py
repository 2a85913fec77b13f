"""From a geoparsed article to its incidents and its mentioned places.

For each sentence that reports a specific violent event, the incident's
location is the most specific place whose syntax says "it happened here";
every other place keeps its role (affiliation, origin, diplomacy, caption,
context) and goes to the mentioned-places layer, never onto an incident.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import timedelta
from typing import Any

from geomap.geoparse.demonyms import country_demonym
from geomap.geoparse.geoparser import ParsedArticle
from geomap.geoparse.nlp import dateline_spans
from geomap.incidents.actors import ActorRegistry
from geomap.incidents.arguments import UNIDENTIFIED, actors_of, date_of
from geomap.incidents.fatalities import NUMBER_WORDS, fatalities_in
from geomap.incidents.merge import TOLL_WORDS, Draft, contains, merge_into, same_event, size_rank
from geomap.incidents.offsets import offset_place
from geomap.incidents.roles import is_caption_line, mention_role
from geomap.incidents.triggers import (
    Trigger,
    accident,
    background,
    cited_anchor,
    classify_event,
    clause_of,
    connected,
    find_triggers,
    names_a_day,
    relative_to,
    violent_context,
)
from geomap.incidents.when import tells_history
from geomap.model import Incident, Mention, Place

__all__ = ("IncidentExtractor", "geo_precision_of")

_AREA_PRECISION = {
    "sea": 3,
    "country": 3,
    "admin1": 3,
    "region": 3,
    "admin2": 2,
    "river": 2,
    "lake": 2,
    "mountain": 2,
}


_CLAIM = re.compile(
    r"\bclaim(?:ed|s)? (?:responsibility|the (?:attack|bombing|strike))|\bclaimed by\b|"
    r"\b(?:blamed|accused)\b",
    re.I,
)


def geo_precision_of(place: Place, near: bool) -> int:
    """ACLED geo-precision: 1 the named site, 2 near it / a district, 3 a province or country."""
    return max(_AREA_PRECISION.get(place.feature_type, 1), 2 if near else 1)


def _caption_ranges(text: str) -> list[tuple[int, int]]:
    ranges, offset = [], 0
    for line in text.split("\n"):
        if is_caption_line(line):
            ranges.append((offset, offset + len(line)))
        offset += len(line) + 1
    return ranges


def _mention_roles(parsed: ParsedArticle, captions: list[tuple[int, int]]) -> dict[int, str]:
    """Role of every mention, by its index."""
    doc = parsed.doc
    datelines = dateline_spans(doc.text)
    roles: dict[int, str] = {}
    for index, mention in enumerate(parsed.mentions):
        if any(a <= mention.start < b for a, b in datelines):
            roles[index] = "origin"  # "KYIV, Ukraine (AP) —": where the story was filed
            continue
        roles[index] = mention_role(
            doc.char_span(mention.start, mention.end, alignment_mode="expand"),
            caption=any(a <= mention.start < b for a, b in captions),
            adjectival=mention.adjectival,
            feature_type=mention.place.feature_type if mention.place else "",
        )
    return roles


class IncidentExtractor:
    """Turn a `ParsedArticle` into incidents and role-tagged mentions."""

    def __init__(self, registry: ActorRegistry | None = None):
        self.registry = registry or ActorRegistry.default()

    def extract(self, parsed: ParsedArticle) -> tuple[list[Incident], list[Mention]]:
        """Return (incidents, mentions with their roles)."""
        doc, article = parsed.doc, parsed.article
        captions = _caption_ranges(doc.text)
        sentences = list(doc.sents)
        roles = _mention_roles(parsed, captions)
        home = _home_demonym(parsed)
        drafts: list[Draft] = []
        pending: list[Draft] = []
        touched: list[Draft] = []
        used: set[int] = set()
        for number, sentence in enumerate(sentences):
            if any(a <= sentence.start_char < b for a, b in captions):
                continue
            self._claims(sentence.text, touched)
            triggers = find_triggers(sentence)
            if not triggers:
                continue
            here = [
                i
                for i, m in enumerate(parsed.mentions)
                if m.sentence == number and m.place is not None and roles[i] in ("incident", "near")
            ]
            groups = _groups(triggers)
            anchors = [anchor for _, anchor in groups if anchor is not None]
            for group, anchor in groups:
                is_apart = anchor is not None
                located = _located(group, anchor, anchors, here, parsed.mentions, doc)
                scope = _scope(anchor, anchors, sentence)
                dated = [d for d in (*touched, *pending) if d.event_date is not None]
                previous = max(dated, key=lambda d: d.sentences[-1]) if dated else None
                for draft in self._drafts(
                    group,
                    triggers,
                    located,
                    parsed,
                    roles,
                    sentence,
                    number,
                    scope,
                    previous,
                    home,
                    cited=is_apart,
                ):
                    if is_apart and draft.event_date is None:
                        continue  # "in response to attacks on shipping": background
                    if draft.place is None and tells_history(sentence.text, article.published):
                        draft.fatalities = None  # "the war, since 2009, has killed 40,000"
                    self._place(draft, drafts, pending, touched)
                    used.update(i for i in located if parsed.mentions[i].place is draft.place)
        kept = [d for d in drafts if d.place is not None and not _history(d, article.published)]
        located_ids = {d.place.id for d in kept if d.place is not None}
        used = {i for i in used if parsed.mentions[i].place.id in located_ids}
        incidents = [self._incident(d, parsed) for d in kept]
        mentions = []
        for index, mention in enumerate(parsed.mentions):
            role = roles[index]
            if role in ("incident", "near"):
                role = "incident" if index in used else "context"
            mentions.append(dataclasses.replace(mention, role=role))
        return incidents, mentions

    def _claims(self, text: str, touched: list[Draft]) -> None:
        """Give the event just told its actor from "X claimed responsibility"."""
        found = _CLAIM.search(text)
        if not found or not touched or touched[-1].actor1 not in ("", UNIDENTIFIED):
            return
        by = found.group(0).lower() in ("claimed by", "blamed", "accused")
        actor = self.registry.match(text[found.end() :] if by else text[: found.start()])
        if actor is not None:
            touched[-1].actor1 = actor.name

    def _drafts(
        self,
        group: list[Trigger],
        triggers: list[Trigger],
        located: list[int],
        parsed: ParsedArticle,
        roles: dict[int, str],
        sentence: Any,
        number: int,
        scope: list[Any],
        previous: Draft | None = None,
        home: str = "",
        cited: bool = False,
    ) -> list[Draft]:
        main = group[0]
        event_type, sub_type = classify_event(main, sentence.text)
        for trigger in group[1:]:
            other = classify_event(trigger, sentence.text)
            if other[0] == "Explosions/Remote violence" and event_type != other[0]:
                event_type, sub_type = other
        when = None
        others = frozenset(t.token.i for t in triggers) - {t.token.i for t in group}
        for trigger in group:
            when = when or date_of(trigger, sentence, parsed.article.published, others)
        if when is None and cited and previous is not None and previous.event_date is not None:
            gap = _DAYS_APART.search(sentence.text)
            if gap:  # "The attack came a day after warplanes bombed Khartoum North"
                days = NUMBER_WORDS.get(gap.group(1).lower()) or int(gap.group(1))
                sign = -1 if gap.group(2).lower() == "after" else 1
                when = (previous.event_date + timedelta(days=sign * days), 1)
        actor1 = actor2 = ""
        dated_here = when is not None
        if not dated_here and tells_history(sentence.text, parsed.article.published):
            return []  # "In 2003, a horse in Pahrump was killed": background, not news
        if accident(sentence.text):
            return []  # "killed when a neighbour accidentally hit her": no violence
        if when is None and previous is not None and previous.event_date is not None:
            found = _FROM_PREVIOUS.search(sentence.text)
            if found:  # "hours earlier", "a day later", "the day before"
                shift = _SHIFT.get(found.group(0).lower(), 0)
                when = (previous.event_date + timedelta(days=shift), previous.date_precision)
            elif located and not cited and _no_day_between(sentence, previous, number):
                # "The victims were killed in Kherson…" after the dated lead, with no
                # other day named in between: the report is still on that day.
                when = (previous.event_date, previous.date_precision)
        for trigger in group:
            a1, a2 = actors_of(trigger, self.registry, home)
            actor1, actor2 = actor1 or a1, actor2 or a2
        lemmas = {t.lemma for t in group}
        if lemmas & _DEATHS and sub_type.startswith("Abduction"):
            event_type, sub_type = "Violence against civilians", "Attack"  # abducted and killed
        if (
            lemmas <= _DEATHS | {"die"}
            and event_type == "Violence against civilians"
            and actor2
            and actor2 != "Civilians"
        ):
            # "defenders killed 46 Russian soldiers": armed men killed in fighting
            event_type, sub_type = "Battles", "Armed clash"
        if actor2 == "Civilians" and event_type == "Battles":
            # ACLED: an armed group attacking civilians is not a battle.
            event_type, sub_type = "Violence against civilians", "Attack"
        base = Draft(
            event_type=event_type,
            sub_event_type=sub_type,
            sentence=number,
            note=sentence.text.strip(),
            event_date=when[0] if when else None,
            date_precision=when[1] if when else 1,
            actor1=actor1,
            actor2=actor2,
            fatalities=fatalities_in(scope),
            nouns={t.lemma for t in group if t.is_noun},
            trigger=main.token.text,
        )
        places = _most_specific(
            [parsed.mentions[i] for i in located], roles, located, parsed.doc.text
        )
        follows_attack = (
            previous is not None
            and number - previous.sentences[-1] <= 1
            and not any(t.is_noun for t in group)  # "condemned the killings" only refers
        )
        if (
            not any(t.strong for t in group)
            and not violent_context(sentence.text)
            and not (lemmas & _DEATHS and len(lemmas) > 1)
            and not follows_attack  # "The Aurelia Star was struck 68 nm off …" goes on
        ):
            places = []  # "the jackpot was hit in Florida": at most a reference, never a location
        if not dated_here and previous is not None and all(_definite(t) for t in group):
            places = []  # "claimed the attack, … in solidarity with Palestinians in Gaza"
        if not places:
            place = _coreferent_place(group, parsed, roles, number)
            if place is None:
                return [base]
            base.place, base.geo_precision = place, geo_precision_of(place, False)
            return [base]
        out = []
        shares = _split(base.fatalities, len(places))
        for (mention, near), share in zip(places, shares, strict=True):
            draft = dataclasses.replace(base, nouns=set(base.nouns), sentences=[], notes=[])
            text = parsed.doc.text
            offset = offset_place(mention.place, text[max(0, mention.start - 120) : mention.start])
            draft.place = offset or mention.place
            draft.geo_precision = 2 if offset else geo_precision_of(mention.place, near)
            draft.fatalities = share
            out.append(draft)
        return out

    @staticmethod
    def _place(
        draft: Draft, drafts: list[Draft], pending: list[Draft], touched: list[Draft]
    ) -> None:
        """File a draft: a new incident, part of one told before, or waiting for its place."""
        if draft.place is not None:
            for existing in drafts:
                if same_event(existing, draft):
                    merge_into(existing, draft)
                    touched.append(existing)
                    return
            separate = _SEPARATELY.match(draft.note)
            for waiting in list(pending):
                if not separate and (
                    waiting.event_date
                    and waiting.event_date == draft.event_date
                    and not (waiting.actor1 and draft.actor1 and waiting.actor1 != draft.actor1)
                ):
                    merge_into(draft, waiting)
                    pending.remove(waiting)
            drafts.append(draft)
            touched.append(draft)
            return
        if draft.event_date is not None:
            if _SEPARATELY.match(draft.note):
                pending.append(draft)  # "Also on Wednesday, a roadside bomb …": another event
                return
            for existing in drafts:
                if existing.event_date == draft.event_date and not (
                    existing.actor1 and draft.actor1 and existing.actor1 != draft.actor1
                ):
                    merge_into(existing, draft)
                    touched.append(existing)
                    return
            pending.append(draft)
            return
        # A reference to an event told before: the same word ("the strikes"),
        # else the same kind of event, else the event told last.
        # A reference naming another actor is another event we cannot place.
        candidates = [
            d for d in touched if not (draft.actor1 and d.actor1 and d.actor1 != draft.actor1)
        ]
        target = next((d for d in reversed(candidates) if d.nouns & draft.nouns), None)
        if target is None and draft.trigger.lower() in TOLL_WORDS and candidates:
            target = candidates[-1]  # "Five soldiers were killed": the event just told
        if target is None:
            target = next(
                (d for d in reversed(candidates) if d.event_type == draft.event_type), None
            )
        if target is None and candidates:
            target = candidates[-1]
        if target is not None:
            merge_into(target, draft, reference=True)
            touched.append(target)

    def _incident(self, draft: Draft, parsed: ParsedArticle) -> Incident:
        article = parsed.article
        place = draft.place
        assert place is not None
        when, precision = draft.event_date, draft.date_precision
        if when is None and article.published is not None:
            when, precision = article.published, 2
        order = sorted(range(len(draft.sentences)), key=lambda k: draft.sentences[k])
        return Incident(
            event_date=when,
            date_precision=precision,
            event_type=draft.event_type,
            sub_event_type=draft.sub_event_type,
            actor1=draft.actor1 or UNIDENTIFIED,
            actor2=draft.actor2,
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


#: Events dated this long before publication are history ("in 2014, IS seized
#: Mosul"), told as background: ACLED codes them from their own reports.
HISTORY_DAYS = 365


#: Dates told relative to the event just reported.
#: A sentence that opens like this tells another event than the one before.
_SEPARATELY = re.compile(
    r"^\W*(separately|elsewhere|in a separate|meanwhile|in another|also on)\b", re.I
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
#: "came a day after …", "two days before …": a cited event dated from the one told.
_DAYS_APART = re.compile(
    r"\b(a|one|two|three|four|five|six|seven|\d{1,2}) days? (after|before)\b", re.I
)
_SETTLEMENT_NOUNS = {
    "city": {"city", "town"},
    "town": {"town", "city", "village"},
    "village": {"village", "town"},
    "camp": {"camp"},
}
_NOT_THE_SCENE = frozenset({"caption", "origin", "diplomacy", "affiliation", "actor"})


def _home_demonym(parsed: ParsedArticle) -> str:
    """Demonym of the country the article is mostly about ("sudanese")."""
    counts: dict[str, int] = {}
    for mention in parsed.mentions:
        if mention.place is not None and mention.place.country:
            counts[mention.place.country] = counts.get(mention.place.country, 0) + 1
    if not counts:
        return ""
    return country_demonym(max(counts, key=counts.__getitem__)) or ""


def _coreferent_place(
    group: list[Trigger], parsed: ParsedArticle, roles: dict[int, str], number: int
) -> Place | None:
    """The town or city a trigger refers to as "the city" (named last before the sentence)."""
    for trigger in group:
        for token in clause_of(trigger).subtree:
            kinds = _SETTLEMENT_NOUNS.get(token.lower_)
            if not kinds or not any(c.lower_ == "the" for c in token.children):
                continue
            for index in range(len(parsed.mentions) - 1, -1, -1):
                mention = parsed.mentions[index]
                if mention.sentence >= number or mention.place is None:
                    continue
                if mention.place.feature_type in kinds and roles[index] not in _NOT_THE_SCENE:
                    return mention.place
            return None
    return None


def _no_day_between(sentence: Any, previous: Draft, number: int) -> bool:
    """Whether no sentence since ``previous`` was told (this one included) names a day."""
    sentences = list(sentence.doc.sents)
    start = previous.sentences[-1] + 1
    return not any(names_a_day(s.text) for s in sentences[start : number + 1])


def _definite(trigger: Trigger) -> bool:
    """A noun with "the"/"this"/"that": an event the article has already told."""
    return trigger.is_noun and any(
        c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "its", "their")
        for c in trigger.token.children
    )


def _split(total: int | None, parts: int) -> list[int | None]:
    """ACLED: a death toll reported for several places is divided evenly among them."""
    if total is None:
        return [None] * parts
    share, rest = divmod(total, parts)
    return [share + (1 if index < rest else 0) for index in range(parts)]


def _history(draft: Draft, published: Any) -> bool:
    if draft.event_date is None or published is None:
        return False
    return (published - draft.event_date).days > HISTORY_DAYS


def _scope(anchor: Any | None, anchors: list[Any], sentence: Any) -> list[Any]:
    """The tokens that speak of this event.

    A cited earlier event ("in retaliation for the attack on Tower 22 that
    killed three soldiers") owns its own phrase; the main event owns the rest.
    """
    if anchor is not None:
        return list(anchor.subtree)
    cited = {t.i for other in anchors for t in other.subtree}
    return [token for token in sentence if token.i not in cited]


_DEATHS = frozenset({"kill", "killing"})


def _groups(triggers: list[Trigger]) -> list[tuple[list[Trigger], Any | None]]:
    """Split a sentence's triggers into events: (triggers, anchor of a cited event or None)."""
    main: list[Trigger] = []
    cited: dict[int, tuple[list[Trigger], Any, str]] = {}
    # "killed during a raid in Tulkarm": the raid is the event itself; "the visit
    # came amid a wave of attacks": with no event of its own, the scene is background.
    scene_only = all(background(t) for t in triggers)
    for trigger in triggers:
        anchor, how = cited_anchor(trigger)
        if anchor is None and scene_only and background(trigger):
            anchor, how = trigger.token, "scene"
        if anchor is None:
            main.append(trigger)
        else:
            cited.setdefault(anchor.i, ([], anchor, how))[0].append(trigger)
    groups = [(members, anchor) for members, anchor, _ in cited.values()]
    if main and {t.lemma for t in main} <= _DEATHS:
        # "Five people were killed after shelling hit Kherson": the deaths are that event's.
        for members, anchor, how in cited.values():
            if how == "sequence":
                groups.remove((members, anchor))
                return [(main + members, None), *groups]
    return ([(main, None)] if main else []) + groups


def _located(
    group: list[Trigger],
    anchor: Any | None,
    anchors: list[Any],
    here: list[int],
    mentions: tuple[Mention, ...],
    doc: Any,
) -> list[int]:
    """Place mentions that belong to this group: a cited event keeps only its own phrase's."""

    def within(index: int, token: Any) -> bool:
        return any(t.idx == mentions[index].start for t in token.subtree)

    def linked(index: int) -> bool:
        span = doc.char_span(mentions[index].start, mentions[index].end, alignment_mode="expand")
        return any(
            connected(span.root, trigger)
            or relative_to(span.root, trigger)
            or span.start == trigger.token.i + 1  # "attacked Djibo", whatever the parse says
            for trigger in group
        )

    if anchor is not None:
        return [i for i in here if within(i, anchor)]
    return [i for i in here if not any(within(i, a) for a in anchors) and linked(i)]


_PART_OF_AREA = re.compile(
    r"\b(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)"
    r"(?:ern)?\s+$",
    re.I,
)


def _most_specific(
    mentions: list[Mention], roles: dict[int, str], indices: list[int], text: str = ""
) -> list[tuple[Mention, bool]]:
    """Drop places that contain another place of the list ("Syria" around "Deir Al Zor").

    "In southern Gaza, troops battled militants in Rafah": a part of an area
    ("southern Gaza") frames the scene; the named town is the location.
    """
    keep: list[tuple[Mention, bool]] = []
    for mention, index in zip(mentions, indices, strict=True):
        place = mention.place
        assert place is not None
        if len(mentions) > 1 and _PART_OF_AREA.search(
            text[max(0, mention.start - 16) : mention.start]
        ):
            continue
        if any(
            other.place is not None
            and other.place.id != place.id
            and contains(place, other.place)
            and size_rank(other.place) < size_rank(place)
            for other in mentions
        ):
            continue
        if any(k.place is not None and k.place.id == place.id for k, _ in keep):
            continue
        keep.append((mention, roles[index] == "near"))
    return keep
