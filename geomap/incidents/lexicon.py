"""Every word list the incident rules read, once.

Kept apart from the rules (as spaCy keeps ``stop_words.py`` and
``lex_attrs.py`` apart from its syntax iterators) so a word added here is
seen by every rule that asks the same question, and two rules can never
disagree about what counts as a weapon or a death.  Lists are grouped by
what they name; regexes over them are built here too, from the same words.
"""

from __future__ import annotations

import re

# The words of means, of places and of attackers live in their own modules; they are
# re-exported here (those not in __all__ too) so the rules read one vocabulary as lx.*.
from geomap.geoparse.agents import ATTACK_NOUNS, FORCE_NOUNS, PROJECTILE_NOUNS  # noqa: F401
from geomap.incidents.meanswords import (  # noqa: F401
    ACCIDENT,
    CROWD_VIOLENCE,
    DEVICES,
    MEANS,
    PROJECTILES,
    STATISTICS,
    THROWN,
    VIOLENCE,
    WEAPON,
    accident,
    violent_context,
)
from geomap.incidents.placewords import (  # noqa: F401
    AFFILIATION_AFFIXES,
    AFFILIATION_HEADS,
    CARE_NOUNS,
    CONTEXT_PREPS,
    DIRECTIONS,
    DISTANCE_HEDGES,
    DISTANCE_UNITS,
    FRONT_NOUNS,
    LINES,
    LOCAL_VOICES,
    LOCATIVE_PREPS,
    NEAR_NOUNS,
    NEAR_PREPS,
    ORIGIN_AFFIXES,
    ORIGIN_HEADS,
    PLACE_NOUNS,
    RESIDENT_NOUNS,
    ROUTE_PREPS,
    SETTLEMENT_NOUNS,
    SOURCE_NOUNS,
    TOWN_PARTS,
    TRANSIT_VERBS,
    WATER,
)
from geomap.inputs.dates import MONTHS
from geomap.vocab import EventType, SubEventType

__all__ = (
    "accident",
    "names_a_day",
    "violent_context",
    "ARMED_CLASHES",
    "ARMED_NOUNS",
    "ENTRY_VERBS",
    "FIGHTING",
    "ATTACK_NOUNS",
    "CAUSE_MARKS",
    "CIVILIANS",
    "CLOCK_WORDS",
    "DEATH_WORDS",
    "DEFINITE",
    "DIPLOMACY_NOUNS",
    "DIPLOMACY_VERBS",
    "FORCE_NOUNS",
    "GENERIC_GROUPS",
    "FOIL_VERBS",
    "PARRY_VERBS",
    "HEADLINE_TOLL_NOUNS",
    "ASPECT_VERBS",
    "CONTROL_VERBS",
    "FEARED",
    "VICTIM_SUBJECT_VERBS",
    "IRREGULAR_PAST",
    "HOLDINGS",
    "INTENT_VERBS",
    "KILL_TRIGGERS",
    "KILLING_VERBS",
    "MEASURE_UNITS",
    "MODALS",
    "OCCURRENCE_VERBS",
    "GENERIC_EVENTS",
    "SCENE_NOUNS",
    "TOLL_NOUNS",
    "TOLL_RISE_VERBS",
    "RECORDING_VERBS",
    "PHASE_VERBS",
    "NOUN_TRIGGERS",
    "REPORTING_VERBS",
    "STANCE_VERBS",
    "STRONG_TRIGGERS",
    "TARGETING_VERBS",
    "TOLL_TRIGGERS",
    "VERB_TRIGGERS",
    "WEAPON",
    "WEEKDAYS",
    "WOUND_WORDS",
    "words",
)


def words(*items: str) -> str:
    r"""A regex alternation of ``items``, longest first ("air strikes" before "air")."""
    return "|".join(sorted(items, key=len, reverse=True))


# --- Time ------------------------------------------------------------------

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: Words that date an event to a day relative to publication, even untagged by the model.
BARE_DAYS = frozenset({"overnight", "yesterday", "today", "tonight"})
MONTH_NAMES = words(*MONTHS)
#: A day named in a sentence: "on Saturday", "yesterday", "12 March", "March 12".
A_DAY = re.compile(
    rf"\b({words(*WEEKDAYS, *BARE_DAYS)}|\d{{1,2}}(st|nd|rd|th)? ({MONTH_NAMES})\w*|"
    rf"({MONTH_NAMES})\w* \d{{1,2}})\b",
    re.I,
)


def names_a_day(text: str) -> bool:
    """Whether the text names a day ("on Saturday", "yesterday", "12 March")."""
    return bool(A_DAY.search(text))


# --- Triggers: the words that report violence ------------------------------

_AIR = (EventType.EXPLOSIONS, SubEventType.AIR_STRIKE)
_SHELL = (EventType.EXPLOSIONS, SubEventType.SHELLING)
_IED = (EventType.EXPLOSIONS, SubEventType.REMOTE_EXPLOSIVE)
_CLASH = (EventType.BATTLES, SubEventType.ARMED_CLASH)
_ATTACK = (EventType.CIVILIANS, SubEventType.ATTACK)
_ABDUCT = (EventType.CIVILIANS, SubEventType.ABDUCTION)

#: Verbs of going into a place: ground taken when armed men do it ("rebels entered Goma",
#: "troops rolled into the town").
ENTRY_VERBS = frozenset({"enter", "walk", "roll", "march", "sweep"})
#: Verb lemma → default ACLED (event type, sub-event type).
VERB_TRIGGERS: dict[str, tuple[EventType, SubEventType]] = {
    **dict.fromkeys(("strike", "bomb", "hit", "target", "drop", "slam", "crash"), _AIR),
    **dict.fromkeys(("damage", "destroy"), _AIR),  # by a projectile only (the sense decides)
    **dict.fromkeys(("shell", "bombard", "pound", "fire", "launch"), _SHELL),
    **dict.fromkeys(("detonate", "blow", "explode"), _IED),
    # phrasal: "a bomb went off", "came under fire", "shells landed"
    # (`geomap.incidents.phrasal` gives them their weapon sense, or none)
    "go": _IED,
    "come": _CLASH,
    "land": _SHELL,
    **dict.fromkeys(("open", "exchange", "attack", "ambush", "clash", "fight", "battle"), _CLASH),
    # military communiqués: "troops eliminated 20 terrorists", "neutralised 30 assailants"
    **dict.fromkeys(("eliminate", "neutralise", "neutralize", "raid", "storm", "assault"), _CLASH),
    "send": _CLASH,  # "four terrorists were sent to hell" (the sense decides)
    # "rebels entered Goma", "walked into the town centre" (the sense decides)
    **dict.fromkeys(ENTRY_VERBS, _CLASH),
    # territory taken by force: ACLED codes these as battles
    **dict.fromkeys(("capture", "seize", "recapture", "overrun", "retake"), _CLASH),
    # "regime forces advance in eastern Aleppo": ground won in fighting (violent only
    # beside armed actors or words of war, like every weak trigger)
    "advance": _CLASH,
    **dict.fromkeys(("torch", "set", "hurl", "throw", "kill", "die", "shoot", "execute"), _ATTACK),
    **dict.fromkeys(("massacre", "behead", "stab", "lynch", "murder", "assassinate"), _ATTACK),
    **dict.fromkeys(("decapitate", "dismember", "slay", "gun", "torture", "slaughter"), _ATTACK),
    **dict.fromkeys(("riddle", "burn", "raze", "martyr"), _ATTACK),  # "riddled", "martyred"
    # "took his life", "deprived of their lives": killings in idiom; "took control of X",
    # "took the town", "regained control of X": ground taken (the sense decides which, or
    # neither; the victims settle the type of a life taken)
    "deprive": _ATTACK,
    # "embraced shahadat", "paid the supreme price", "fell on the field of honour": a
    # soldier's death in idiom (the sense decides)
    **dict.fromkeys(("embrace", "pay", "fall"), _CLASH),
    **dict.fromkeys(("take", "regain", "wrest"), _CLASH),
    # bodies found, dumped, left or hung: killings told by their remains
    **dict.fromkeys(("find", "discover", "dump", "unearth", "locate", "abandon", "hang"), _ATTACK),
    "bury": _ATTACK,  # "bodies buried in a clandestine grave"
    # "a shooting left three dead": a toll left behind; "the blast claimed 12 lives"
    **dict.fromkeys(("leave", "claim"), _ATTACK),
    **dict.fromkeys(("abduct", "kidnap"), _ABDUCT),
    "loot": (EventType.CIVILIANS, SubEventType.LOOTING),
}
#: Noun (lemma or text) → default ACLED (event type, sub-event type).
NOUN_TRIGGERS: dict[str, tuple[EventType, SubEventType]] = {
    **dict.fromkeys(("strike", "airstrike", "air strike", "bombing"), _AIR),
    **dict.fromkeys(("shelling", "bombardment", "barrage"), _SHELL),
    **dict.fromkeys(("explosion", "blast"), _IED),
    **dict.fromkeys(("attack", "assault", "raid", "ambush", "clash", "fighting", "battle"), _CLASH),
    **dict.fromkeys(("firefight", "gunfight", "skirmish", "shootout", "incursion"), _CLASH),
    **dict.fromkeys(("fight", "gunfire", "infighting", "advancement"), _CLASH),
    **dict.fromkeys(("massacre", "killing", "shooting", "murder", "assassination"), _ATTACK),
    **dict.fromkeys(("execution", "beheading", "stabbing", "lynching", "stoning"), _ATTACK),
    **dict.fromkeys(("homicide", "slaying"), _ATTACK),
    **dict.fromkeys(("abduction", "kidnapping"), _ABDUCT),
    # "a suicide bomber drove a car into the hotel gate": the attacker tells the event
    "bomber": (EventType.EXPLOSIONS, SubEventType.SUICIDE_BOMB),
    # projectiles that act ("Shells hit the market", "A bomb exploded"): see PROJECTILE_NOUNS
    **dict.fromkeys(("shell", "missile", "rocket", "mortar"), _SHELL),
    "bomb": _IED,
}
#: Triggers that mean armed violence whatever the context.  The others ("hit",
#: "targeted", "killed", "attack", "clash") also report lotteries, tariffs,
#: road accidents and debates, so they need violence named in the sentence.
STRONG_TRIGGERS = frozenset(
    {"shell", "bomb", "bombard", "ambush", "detonate", "massacre", "execute", "abduct", "kidnap"}
    | {"airstrike", "air strike", "shelling", "bombing", "bombardment", "barrage", "firefight"}
    | {"gunfight", "abduction", "kidnapping", "blast", "murder", "assassinate", "assassination"}
    | {"decapitate", "dismember", "behead", "beheading", "gunfire", "shootout", "homicide"}
    | {"slaying", "stabbing", "lynching", "slaughter", "stoning"}
)
#: Fights between two sides ("fighting between X and Y", "clashed with Y").
FIGHT_WORDS = frozenset({"clash", "fight", "fighting", "battle", "firefight", "gunfight"})
#: Triggers that say how the violence was done; means named elsewhere do not override them.
SPECIFIC_TRIGGERS = FIGHT_WORDS | frozenset(
    {"ambush", "raid", "storm"}
    | {"abduct", "kidnap", "abduction", "kidnapping", "shell", "shelling", "bombardment"}
    | {"barrage", "execute", "massacre", "assault"}
)
#: Remains that tell a killing when found ("bodies found in a ravine", "a mass grave").
REMAINS = frozenset(
    {"body", "corpse", "corpses", "head", "remains", "grave", "skeleton", "cadaver", "bone"}
    | {"skull"}
)
#: Verbs of finding: violent only when what is found is remains.
FINDING_VERBS = frozenset(
    {"find", "discover", "dump", "unearth", "locate", "abandon", "hang", "leave", "throw", "bury"}
)
#: Words a cause leaves behind as a toll ("the shooting left two dead").
LEFT_TOLL = frozenset({"dead", "killed", "injured", "wounded"})
#: Words that make a found person a victim ("found a man lifeless").
LIFELESS = frozenset({"lifeless", "dead", "dismembered", "decapitated", "mutilated", "burned"})
#: Verbs of taking ground ("seized the town").
TAKING_VERBS = frozenset({"capture", "seize", "recapture", "retake", "overrun"})
#: Verbs whose object is the place attacked ("shelled Pokrovsk", "stormed the camp"),
#: or taken ("took Kavumu", "entered Bhamo").
TARGETING_VERBS = TAKING_VERBS | {
    "strike", "hit", "bomb", "shell", "target", "attack", "raid", "storm", "pound", "bombard",
    "ambush", "assault", "take", "enter",
}  # fmt: skip
#: Trigger lemmas that tell deaths rather than an attack ("five people were killed").
KILL_TRIGGERS = frozenset({"kill", "killing", "martyr"})  # "two policemen were martyred"
#: Plural event nouns that, heading a headline, are fighting ("Clashes renewed in X").
ARMED_CLASHES = frozenset({"clash", "fighting", "battle", "skirmish"})
#: Every word of fighting between two sides, as a noun or a verb ("a gunfight", "a shootout").
FIGHTING = ARMED_CLASHES | FIGHT_WORDS | {"shootout"}
#: Determiners of an event already told ("the attack", "this strike").
DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "their"})
#: Trigger verbs whose subject is the victim ("two soldiers died in the attack").
#: ("five soldiers embraced shahadat", "paid the supreme price": deaths in idiom)
#: ("a patrol came under fire": the patrol was attacked)
VICTIM_SUBJECT_VERBS = frozenset({"die", "perish", "succumb", "embrace", "pay", "fall", "come"})
#: Nouns of an event feared or prevented ("in anticipation of rioting", "the threat of attacks").
FEARED = frozenset(
    {"anticipation", "fear", "threat", "risk", "prospect", "danger", "possibility", "prevention"}
)
#: Verbs whose "control" object is ground taken ("regained control of", "took over").
CONTROL_VERBS = frozenset({"take", "regain", "wrest", "gain", "seize"})
#: Verbs of aspect: "continue to dump remains", "return to bomb X" tell the dumping, the bombing.
ASPECT_VERBS = frozenset({"continue", "keep", "resume", "return", "begin", "start"})
#: Verbs of an event's end: their day is the event's ("fighting that ended on Saturday").
PHASE_VERBS = frozenset({"end", "break", "finish", "conclude"})
#: Verbs that say where and when a told event happened ("the raid occurred in X").
OCCURRENCE_VERBS = frozenset({"happen", "occur", "unfold", "erupt"})
#: Nouns that refer to any event told ("the events occurred in X", "los hechos ocurrieron").
GENERIC_EVENTS = frozenset({"event", "fact", "incident", "crime"})
#: Verbs that, passive, say when and where such an event was ("the events were recorded on …").
RECORDING_VERBS = frozenset({"record", "register"})
#: Nouns of a running count of the dead ("the death toll", "the number of deaths").
TOLL_NOUNS = frozenset({"toll", "number"})
#: Verbs of a toll told again, higher ("the toll rose to 118 on Thursday").
TOLL_RISE_VERBS = frozenset({"rise", "climb", "jump", "increase", "reach", "grow"})
#: Nouns for the scene a story set before ("attacked patrols in the area", "at the scene").
SCENE_NOUNS = frozenset({"area", "scene", "site", "spot", "locality", "vicinity"})
#: What a verbless headline counts its dead with ("12 casualties in X", "30 martyrs").
HEADLINE_TOLL_NOUNS = frozenset({"casualty", "martyr", "death", "dead", "fatality"})
#: Irregular past forms of trigger verbs a headline's base-form tag leaves as their own lemma.
IRREGULAR_PAST = {"shot": "shoot", "struck": "strike", "slew": "slay", "fought": "fight"}
#: Verbs of a violent death: in a headline they need no other sign of violence.
KILLING_VERBS = KILL_TRIGGERS | {"shoot", "die"}
#: Trigger words of a bare toll: the event just told, not another one.
TOLL_TRIGGERS = frozenset({"killed", "kill", "killing", "died", "dead", "death", "deaths"})
#: What is taken by force in a battle.
HOLDINGS = frozenset(
    {"town", "village", "city", "base", "position", "area", "territory", "outpost", "post"}
    | {"checkpoint", "camp", "airport", "airfield", "bridge", "hill", "district", "garrison"}
    | {"crossing", "road", "highway", "port", "barracks", "headquarters", "settlement"}
)

# --- Deaths and counts ---------------------------------------------------------

#: Lemmas a death count hangs on ("killed six", "12 dead", "the toll rose to 30").
DEATH_WORDS = frozenset(
    {"kill", "dead", "death", "die", "fatality", "casualty", "toll", "life", "execute"}
    | {"massacre", "body", "corpse", "slay", "killing", "murder", "behead", "decapitate"}
    # communiqués count enemy dead as "eliminated"/"neutralised"
    | {"eliminate", "neutralise", "neutralize", "martyr", "martyrdom"}
)
WOUND_WORDS = frozenset({"wound", "injure", "injury", "hurt", "wounded", "injured"})
#: Units a number can measure instead of counting people ("55 kilometres", "12 hours").
MEASURE_UNITS = frozenset(
    {"kilometre", "kilometer", "km", "mile", "metre", "meter", "hour", "day", "week", "month"}
    | {"year", "minute", "percent", "%", "time", "ton", "tonne", "dollar"}
)
#: Words after a clock time ("around 5 p.m.", "at 10 o'clock").
CLOCK_WORDS = frozenset({"a.m.", "p.m.", "am", "pm", "o'clock", "o’clock", "gmt", "utc", "hrs"})

# --- Speech, intent and diplomacy --------------------------------------------

#: Verbs that report what someone said: their date and subject are the report's.
REPORTING_VERBS = frozenset(
    {"say", "report", "tell", "announce", "claim", "state", "confirm", "add", "describe"}
    | {"call", "quote", "publish", "post", "deny"}
)
#: Verbs of a public position: a place as their object is talked about, not attacked.
STANCE_VERBS = frozenset(
    {"denounce", "condemn", "accuse", "urge", "warn", "demand", "reject", "blame", "insist"}
    | {"vow", "threaten", "respond", "retaliate", "protest", "welcome", "seek", "want"}
)
#: Verbs that put the event in the future or deny it ("vowed to strike", "denied targeting").
INTENT_VERBS = frozenset(
    {"deny", "reject", "vow", "threaten", "plan", "warn", "promise", "pledge", "seek", "aim"}
    | {"intend", "prepare", "want", "protect", "prevent", "deter", "limit"}
)
MODALS = frozenset({"will", "would", "could", "may", "might", "should", "must", "can", "shall"})
DIPLOMACY_VERBS = frozenset(
    {"visit", "travel", "fly", "arrive", "meet", "host", "hold", "attend", "summon", "negotiate"}
    | {"sign", "return", "leave", "invite", "welcome", "agree", "broker", "mediate"}
)
DIPLOMACY_NOUNS = frozenset(
    {"invitation", "embassy", "ambassador", "envoy", "minister", "ministry", "government"}
    | {"president", "spokesman", "spokeswoman", "spokesperson", "talks", "visit", "summit"}
    | {"delegation", "counterpart", "behalf", "leadership", "officials", "authorities", "support"}
    | {"sovereignty", "involvement", "foreign"}
)

# --- Who -------------------------------------------------------------------

#: Victims who are civilians by what they are called.
CIVILIANS = re.compile(
    r"\b(civilians?|residents?|people|persons?|children|women|villagers|worshippers?|farmers|displaced|"
    r"passers-by|famil(?:y|ies)|patients|students|journalists|aid workers|man|men|woman|boys?|"
    r"girls?|teenagers?|teens?|child|baby|babies|elderly|shepherds?|traders?|medics?|paramedics?|"
    r"doctors?|nurses?|teachers?|pilgrims?|refugees?|females?|males?|guests|mourners|passengers|"
    r"shoppers|fishermen|herders|parishioners|christians|muslims|labou?rers|motorists|drivers|"
    r"tourists?|visitors|nationals|worshipers?|mayors?|council+ors?|imams?|priests?|pastors?|"
    r"clerics?|workers|employees|miners|vendors|hostages|detainees|commuters|pedestrians|"
    r"spectators|infants|toddlers)\b",
    re.I,
)
#: What a shooting is told by ("riddled with bullets").
GUNFIRE = re.compile(r"\b(bullets?|gunfire|gunshots?|shots|rounds)\b", re.I)
#: Nouns for armed men of any side ("rebels", "jihadists", "troops").
ARMED_NOUNS = FORCE_NOUNS | {
    "rebel", "insurgent", "jihadist", "guerrilla", "gunman", "militiaman", "combatant",
    "terrorist", "paramilitary", "tank", "column",
}  # fmt: skip
#: The generic words of a country's own armed opposition: a Syria story's "rebels".
GENERIC_GROUPS = re.compile(r"\b(rebels?|separatists?|insurgents?|militants?)\b", re.I)
#: Verbs of a deed stopped before it was done: "police foiled a kidnapping".
FOIL_VERBS = frozenset({"foil", "thwart", "avert", "frustrate", "prevent"})
#: Verbs of fending an attack off: "police repelled a bandit attack", "troops foiled a raid".
PARRY_VERBS = FOIL_VERBS | {"repel", "repulse"}
#: Clauses that say what caused a passive event: "killed when …", "wounded as …".
CAUSE_MARKS = frozenset({"when", "as", "after", "while"})
