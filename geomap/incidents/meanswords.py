"""The words of the means of violence: weapons, projectiles, devices, and what is no attack.

Part of the incident vocabulary (`geomap.incidents.lexicon` re-exports every
name, so the rules read one vocabulary as ``lx.*``).  A sentence naming a
weapon reports violence, not an accident; the means named settles the ACLED
sub-event type whatever the trigger; crowds, statistics and accidents are
told apart here too.
"""

from __future__ import annotations

import re

from geomap.vocab import SubEventType

__all__ = (
    "ACCIDENT",
    "CROWD_VIOLENCE",
    "DEVICES",
    "MEANS",
    "PROJECTILES",
    "STATISTICS",
    "THROWN",
    "VIOLENCE",
    "WEAPON",
    "accident",
    "violent_context",
)


#: Weapons beyond the projectiles: a sentence naming either reports violence, not an
#: accident ("a drone crashed", "gunmen crashed into the house").
WEAPON = re.compile(r"\b(shell\w*|gun\w*|explosives?)\b", re.I)
#: What must be fired, launched or dropped for those verbs to report violence.
PROJECTILES = re.compile(
    r"\b(rockets?|missiles?|mortars?|shells?|drones?|grenades?|artillery|shots?|bullets?|"
    r"projectiles?|munitions?|rounds?|salvos?|barrages?|volleys?|bombs?|barrel bombs?)\b",
    re.I,
)
#: What explodes in an attack ("a car bomb exploded", not "tensions exploded").
DEVICES = re.compile(
    r"\b(bombs?|mines?|landmines?|devices?|ieds?|shells?|missiles?|rockets?|drones?|grenades?|"
    r"explosives?|vehicles?|cars?|trucks?|vests?|munitions?|ordnance|depots?)\b",
    re.I,
)
#: Things hurled at people and homes ("hurled stones at homes").
THROWN = re.compile(r"stones?|rocks?|grenades?|molotov|firebombs?", re.I)
#: Words settling the means whatever the trigger, by preference ("an Air Force convoy": no means).
MEANS: tuple[tuple[re.Pattern[str], SubEventType], ...] = (
    (
        re.compile(
            r"\b(drones?|uavs?|warplanes?|war planes?|jets?|aircraft|air ?strikes?|helicopters?"
            r"|(?:glide|aerial|guided|barrel) bombs?"
            r"|air force(?!\s+(?:convoy|base|station|personnel|officer|vehicle|soldier|truck)))\b",
            re.I,
        ),
        SubEventType.AIR_STRIKE,
    ),
    (
        re.compile(
            r"\b(shell(s|ing|ed)?|artillery|mortars?|rockets?|missiles?|grad|himars|katyusha)\b",
            re.I,
        ),
        SubEventType.SHELLING,
    ),
    (
        re.compile(r"\bsuicide (?:(?:car|truck|vehicle) )?(bomb(er|ing)?|attack(er)?)s?\b", re.I),
        SubEventType.SUICIDE_BOMB,
    ),
    (
        re.compile(
            r"\b(ieds?|roadside bombs?|landmines?|(car|truck) bomb(?:s|ings?)?|"
            r"explosive devices?|mines?)\b",
            re.I,
        ),
        SubEventType.REMOTE_EXPLOSIVE,
    ),
    (re.compile(r"\bgrenades?\b", re.I), SubEventType.GRENADE),
)
#: Words that make a sentence about armed violence ("hit" with "forces" is an attack).
VIOLENCE = re.compile(
    r"\b(guns?|gunfire|gunmen|gunman|shots?|bullets?|rifles?|bombs?|bomber|explosives?|explosions?|"
    r"shells?|shelling|artillery|grenades?|missiles?|rockets?|drones?|uavs?|air ?strikes?|jets?|"
    r"warplanes?|war planes?|aircraft|mortars?|ieds?|forces|troops|soldiers?|servicem[ae]n|"
    r"militants?|militias?|militiamen|fighters|insurgents?|rebels?|jihadists?|army|armies|juntas?|"
    r"military|terrorists?|attackers?|assailants?|police|policemen|officers?|troopers?|"
    r"paramilitar\w*|armed|weapons?|stabb\w*|knife|machetes?|arson|torched|looted|"
    r"civilians?|casualties|wounded|war|combat|battle|front ?line|offensive|invasion|"
    r"settlers?|on fire|set fire|jihadists?|extremists?|hostages?|shot dead|gunned down|"
    r"personnel|positions|unmanned|ammunition|munitions|fronts?|fierce|violent|heavy|deadly|"
    r"bloody|martyr\w*|repel\w*|repuls\w*)\b",
    re.I,
)
#: Crowd violence: sports fans, riots, force against protesters (ACLED codes them as
#: riots and protests, not as the battles, explosions and attacks geomap maps).
CROWD_VIOLENCE = re.compile(
    r"\b(hooligans?|football fans|soccer fans|fans of|supporters of \w+ (?:fc|club)|"
    r"(?:football|soccer) (?:match|game|stadium)|protesters?|demonstrators?|rioters?|riots?)\b",
    re.I,
)
#: Statistics and counts over a period: not one event ("figures show 367 were killed").
STATISTICS = re.compile(
    r"\b(statistics|figures (?:issued|released|published|show\w*)|according to (?:data|figures)|"
    r"data from|frequency of|the number of (?:attacks|deaths|killings)(?!\s+from\s+the\b)|"
    # a year's tally: "nine have been killed this year", "16 were killed in 2010"
    r"(?:killed|died|dead)\s+(?:so far\s+)?(?:this|last)\s+year|"
    # last year's tally ("8,000 killings last year"; a headline's "131 murders this year"
    # goes with its news)
    r"(?:killings|deaths|homicides|murders)\s+last\s+year|"
    # a tally recorded: "the country recorded nearly 8,000 killings"
    r"recorded\s+(?:\w+\s+)?[\d,]+\s+(?:\w+\s+)?(?:killings|homicides|murders|deaths)|"
    r"(?:killed|died)\s+in\s+(?:19|20)\d\d(?!\s*[-/]))\b",
    re.I,
)
ACCIDENT = re.compile(
    r"\b(accidents?|accidentally|crash(ed|es)?|collisions?|overdose|drown\w*|"
    r"avalanche|earthquake|floods?|flooding|landslides?|lightning|tornado|hurricane|wildfire|"
    r"stampede|hit-and-run(?! (?:clash|attack|raid|assault|operation)))\b",  # not guerrilla's
    re.I,
)


def violent_context(text: str) -> bool:
    """Whether a sentence names armed violence, not an accident or a metaphor."""
    return bool(VIOLENCE.search(text)) and not accident(text)


def accident(text: str) -> bool:
    """Whether a sentence tells an accident or disaster, with no weapon nor projectile in it.

    Example: "Artillery rounds crashed into the market, killing eight" is no accident.
    """
    return bool(ACCIDENT.search(text)) and not (WEAPON.search(text) or PROJECTILES.search(text))
