"""Naming a side through the actor registry: a name, a demonym, the home state's forces.

"Russian guided aerial bombs" are Russian forces, "the army" of a Sudan
story is Sudan's, "36 soldiers and six members of Hezbollah" name the
home army first.  `geomap.incidents.who` finds the phrases; these name them.
"""

from __future__ import annotations

import re

from geomap.geoparse.demonyms import demonym_country
from geomap.incidents.actors import UNIDENTIFIED, Actor, ActorRegistry
from geomap.incidents.lexicon import GENERIC_GROUPS

__all__ = (
    "STATE_FORCES",
    "backed_group",
    "first_side",
    "forces_of",
    "home_forces",
    "home_group",
    "match",
    "named_side",
    "nationals",
    "people_at_war",
    "police_of",
)

#: The common nouns of a state's forces ("the army", "government artillery").
STATE_FORCES = re.compile(
    r"\b(army|military|armed forces|government forces|security forces|troops|soldiers?|"
    r"(?:security|military) personnel|servicem[ae]n|"
    r"police(?:m[ae]n)?|gendarmes?|gendarmerie|warplanes|air force|junta|"
    r"government (?:artillery|jets|aircraft|drones|tanks|shelling))\b",
    re.I,
)
#: A capitalised demonym (the first of a hyphened pair, "American-British") at most three
#: words (a model's designation among them: "F-16") before a weapon or force noun, or one
#: of the epithets a side's communiqués give the other ("the Israeli enemy", "the
#: American-British aggression", "the Russian occupiers").
_ARMED_DEMONYM = re.compile(
    r"\b([A-Z][a-z]+)(?:-[A-Z][a-z]+)*(?:\s+(?:[a-z-]+|[\w-]*\d[\w-]*)){0,3}?\s+"
    r"(?:bombs?|missiles?|shells?|shelling|artillery|"
    r"jets?|warplanes?|planes?|aircraft|drones?|rockets?|troops|forces|soldiers|strikes?|"
    r"air ?strikes?|fire|tanks?|gunboats?|navy|helicopters?|gunships?|units|defenders|"
    r"commandos?|special forces|paratroopers|marines|enemy|occupiers|occupation|aggression)\b"
)
#: A people named as a whole, "the Russians": in a war report, that state's forces.
_THE_PEOPLE = re.compile(r"(?:the\s+)([A-Z][a-z]+s)", re.I)


def match(registry: ActorRegistry, phrase: str, home: str = "") -> Actor | None:
    """Registry match; a demonym names that country's forces.

    A bare demonym ("a Russian assault"), or one before a weapon or a force
    ("Russian guided aerial bombs", "Saudi artillery shells").  ``home``, the
    story's demonym, picks among groups sharing a name (`actors.local_alias`).
    """
    found = registry.match(phrase, home)
    if found is None and phrase.strip() and len(phrase.split()) == 1 and phrase[0].isupper():
        found = registry.match(f"{phrase} forces")
    if found is None:
        armed = _ARMED_DEMONYM.search(phrase)
        if armed and demonym_country(armed.group(1)):
            found = forces_of(registry, armed.group(1))
    if found is None:
        found = people_at_war(registry, phrase)
    if found is None or found.name == UNIDENTIFIED:  # "Russian-backed rebels" are named so
        found = backed_group(phrase) or found
    return found


def people_at_war(registry: ActorRegistry, phrase: str) -> Actor | None:
    """A people named as a whole by the definite plural: its state's forces.

    Example: "The Russians shelled Nikopol overnight": Russian forces.  Only
    "the" with the plural and nothing else: "two Russians" are people, whom a
    deed's object names as civilians (`nationals`).
    """
    people = _THE_PEOPLE.fullmatch(phrase.strip())
    if people is None or not people.group(1)[0].isupper():
        return None
    return forces_of(registry, people.group(1)) if demonym_country(people.group(1)) else None


#: A group named by its sponsor: "Russian-backed militias", "Rwandan-supported rebels".
_BACKED = re.compile(
    r"\b([A-Z][a-z]+)[- ](?:backed|supported|sponsored|armed) (?:armed )?"
    r"(?:factions?|groups?|militias?|militiamen|fighters|rebels|paramilitar(?:y|ies))\b"
)


def backed_group(phrase: str) -> Actor | None:
    """An unnamed armed group named by the state that backs it, as ACLED names one.

    Example: "Russian-backed militias attacked a village near Bambari": the
    Russian-backed militias, an actor of their own, not an unidentified group
    (the registry names those it knows: "Iran-backed militias", the Turkish-backed SNA).
    """
    backed = _BACKED.search(phrase)
    demonym = backed.group(1) if backed else ""
    if not demonym_country(demonym):
        return None
    return Actor(f"{demonym}-backed militias", demonym, (), "political militia")


def forces_of(registry: ActorRegistry, demonym: str) -> Actor:
    """A country's forces: the registry's actor, else "<Demonym> forces" as its own actor."""
    if demonym.endswith("s") and demonym_country(demonym[:-1]):
        demonym = demonym[:-1]  # "the Russians' raids": Russian forces
    return registry.match(f"{demonym} forces") or Actor(
        f"{demonym[:1].upper()}{demonym[1:]} forces", "state", ()
    )


def nationals(phrase: str) -> bool:
    """Whether the victims are people named by nationality ("one Palestinian")."""
    words = phrase.split()
    return 0 < len(words) <= 3 and demonym_country(words[-1]) is not None


def first_side(registry: ActorRegistry, phrase: str, home: str) -> Actor | None:
    """The side named first in a phrase: "36 soldiers and six members of Hezbollah".

    The home state's soldiers told before a named group are the phrase's head;
    "Russian soldiers" are named by their demonym, whatever the story's home.
    """
    state = STATE_FORCES.search(phrase)
    home_army = home_forces(registry, phrase, home)
    if home_army is not None and state is not None:
        if match(registry, phrase[: state.end()]) is None:
            return home_army
    return match(registry, phrase, home) or home_army


def home_group(registry: ActorRegistry, phrase: str, home: str) -> Actor | None:
    """The home country's own armed opposition, for a generic word the story uses.

    Example: "Rebels shelled army positions near Atarib": in a Syria story, the
    Syrian opposition; "separatists" in a Cameroon story are the Ambazonian ones.
    Only where the registry names "<home> rebels" so, and never a group the
    phrase names ("HTS rebels"): else the word stays an unidentified group.
    Attackers only: a target so called is often a side's claim ("the army said
    it targeted a militant cell"), which the victims' own names outweigh.
    """
    word = GENERIC_GROUPS.search(phrase)
    named = match(registry, phrase) if home and word else None
    if word is None or named is None or named.name != UNIDENTIFIED:
        return None
    found = registry.match(f"{home} {word.group(0).lower()}")
    if found is None or found.name == UNIDENTIFIED or found.actor_type.startswith("state"):
        return None
    return found


def home_forces(registry: ActorRegistry, phrase: str, home: str) -> Actor | None:
    """The home country's forces for "the army", "government artillery", "the Air Force".

    A registry actor only: "the army" of a Gaza story is not Palestinian.
    "Government forces" and a junta (its army in power) are always the home state's,
    in the registry or not; so are the police, who are the police (`police_of`).
    """
    state = STATE_FORCES.search(phrase)
    if not (home and state):
        return None
    if _POLICE.match(phrase, state.start()):  # "a military police officer": the police
        return police_of(registry, home)
    found = registry.match(f"{home} {state.group(0)}")
    if found is None and state.group(0).lower().startswith(("government", "junta")):
        return forces_of(registry, home)  # "government forces" are the state's, named or not
    return found or registry.match(f"{home} forces")


#: The police among the state's forces ("policemen", "the police", "the Military Police").
_POLICE = re.compile(r"(?:military )?police", re.I)


def police_of(registry: ActorRegistry, demonym: str) -> Actor:
    """A country's police: ACLED's "Police Forces of X", not its army.

    Example: "Bandits killed four policemen in Faskari": Nigerian police forces.
    A registry actor that names its police ("Israeli police") is kept.
    """
    found = registry.match(f"{demonym} police")
    if found is not None:
        return found
    return Actor(f"{demonym[:1].upper()}{demonym[1:]} police forces", "state", ())


def named_side(registry: ActorRegistry, phrase: str, home: str) -> Actor | None:
    """The side a phrase names: a registry actor or a demonym's forces, else the home state's."""
    return (
        home_group(registry, phrase, home)
        or match(registry, phrase, home)
        or home_forces(registry, phrase, home)
    )
