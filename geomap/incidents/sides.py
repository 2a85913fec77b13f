"""Who, read across the story: its home country, its one air force, its claimant.

Per-trigger actors are `geomap.incidents.who`'s; these read the whole story
so that a sentence that names no side borrows the one the story names.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from geomap.geoparse.demonyms import country_demonym
from geomap.incidents import lexicon as lx
from geomap.incidents.actors import UNIDENTIFIED, ActorRegistry
from geomap.incidents.syntax import lemma, mention_span
from geomap.incidents.what import Trigger, classify_event
from geomap.incidents.where.mentions import group_named
from geomap.incidents.who import actors_of
from geomap.vocab import EventType, FeatureType, SubEventType

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span

    from geomap.geoparse import ParsedArticle

__all__ = (
    "STANDOFF",
    "claimed_by",
    "home_demonym",
    "named_side_first",
    "story_forces",
    "story_places",
)


#: The words of air and drone strikes whose attacker the story may name elsewhere ...
_AIR_WORDS = frozenset({"airstrike", "air strike", "strike", "bombing", "bombardment", "drone"})
#: ... and of shelling and missiles ("shelled", "a missile attack").
_FIRE_WORDS = frozenset({"shell", "shelling", "bombard", "pound", "attack", "barrage", "fire"})
_STANDOFF_WORDS = _AIR_WORDS | _FIRE_WORDS
#: The kinds of attack from afar whose unnamed attacker is the story's one named force.
STANDOFF = (SubEventType.AIR_STRIKE, SubEventType.SHELLING)


def story_forces(
    sentences: Iterable[Span], registry: ActorRegistry, home: str = ""
) -> dict[SubEventType, str]:
    """The one actor a story names for air strikes, and for shelling ("" for none or several).

    A press release says "the U.S. military conducted four airstrikes" once,
    then "a strike on April 23 killed two": few forces strike from the air,
    so when the story names one, its unnamed strikes are that force's.  So
    with shelling and missiles: "A Russian missile strike hit Kyiv …; in
    Kryvyi Rih, a missile attack killed 10".  The means named in the sentence
    decide which ("a missile strike" is shelling).
    """
    found: dict[SubEventType, set[str]] = {kind: set() for kind in STANDOFF}
    for sentence in sentences:
        for token in sentence:
            word = token.lower_ if token.lower_ in _AIR_WORDS else lemma(token)
            if word not in _STANDOFF_WORDS or token.pos_ not in ("NOUN", "VERB"):
                continue
            is_noun = token.pos_ == "NOUN"
            types = (lx.NOUN_TRIGGERS if is_noun else lx.VERB_TRIGGERS).get(word)
            if types is None:
                continue
            trigger = Trigger(token, *types, is_noun)
            # "a missile strike": a strike by its word, a missile attack by its means
            kinds = {types[1], classify_event(trigger, sentence.text)[1]} & found.keys()
            actor = actors_of(trigger, registry, home)[0] if kinds else ""
            if actor and actor != UNIDENTIFIED:
                for kind in kinds:
                    found[kind].add(actor)
    return {kind: actors.pop() if len(actors) == 1 else "" for kind, actors in found.items()}


def home_demonym(countries: Iterable[str]) -> str:
    """Demonym of the country most places of the story are in ("sudanese")."""
    counts = Counter(c for c in countries if c)
    if not counts:
        return ""
    return country_demonym(max(counts, key=counts.__getitem__)) or ""


def story_places(parsed: ParsedArticle, registry: ActorRegistry) -> tuple[str, dict[int, str]]:
    """The story's home demonym (`home_demonym`), and the demonym of each place name's tokens.

    Example: "Hezbollah fired rockets from southern Lebanon at an army base in
    Safed": the army of Safed is Israel's, whatever the story's home
    (`geomap.incidents.who` reads it for the target's place).  Both count the
    places that lie in one country, not a group's name read as a town.
    """
    own = [
        m
        for m in parsed.mentions
        if m.place is not None
        and not group_named(m, registry)
        and FeatureType(m.place.feature_type).in_one_country
    ]
    demonyms: dict[int, str] = {}
    for mention in own:
        demonym = country_demonym(mention.place.country)
        if demonym:
            demonyms.update((t.i, demonym) for t in mention_span(parsed.doc, mention))
    return home_demonym(m.place.country for m in own), demonyms


#: A claim, or a blame of the event told, in any tense: "blamed the RSF", "activists blame
#: the RSF", "attribute the shelling to JNIM", "held the army responsible" ("a strike
#: attributed to the army", naming no event before "to", is its own event's agent).
_CLAIM = re.compile(
    r"\bclaim(?:ed|s)? (?:responsibility|the (?:attack|bombing|strike))|\bclaimed by\b|"
    r"\b(?:blam|accus)(?:e|ed|es|ing)\b|\battribut(?:e|ed|es|ing) (?:it|the \w+) to\b|"
    r"\b(?:hold|holds|held|holding)\b(?=[^.;]{1,60}\bresponsible\b)",
    re.I,
)


#: The doer named as the agent of the deed's means: "a device planted by al-Shabaab".
_AGENT = re.compile(
    r"\b(?:planted|carried out|perpetrated) by\b|\battribut(?:ed|es|ing)(?: (?:it|the \w+))? to\b",
    re.I,
)


def claimed_by(text: str, registry: ActorRegistry, *, agents: bool = True) -> str | None:
    """The actor a sentence says claimed, or was blamed for, the event just told.

    "Al-Shabaab claimed responsibility" names the actor before the claim;
    "the attack was claimed by JNIM", "officials blamed the RSF" after it.  With
    ``agents``, so does the agent of the means ("the device had been planted by
    al-Shabaab"): only for a sentence telling no event of its own, whose agent it is.
    """
    found = _CLAIM.search(text) or (_AGENT.search(text) if agents else None)
    if not found:
        return None
    by = not found.group(0).lower().startswith("claim") or found.group(0).lower() == "claimed by"
    actor = registry.match(text[found.end() :] if by else text[: found.start()])
    return actor.name if actor is not None else None


def named_side_first(event_type: EventType, actor1: str, actor2: str) -> tuple[str, str]:
    """A battle with one side named: that side is actor1, the unnamed one actor2.

    Example: "Three Malian soldiers died in the clash near the border": the
    Malian army fought someone the text does not name.  ACLED's order of
    the sides in a battle says nothing of who attacked, and the map's
    layer per actor1 belongs to the side the reader can name.
    """
    if event_type is EventType.BATTLES and not actor1 and actor2 not in ("", "Civilians"):
        return actor2, ""
    return actor1, actor2
