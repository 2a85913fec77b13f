"""Event triggers: the words that report violence, and ACLED's types for them.

A trigger only counts when it reports a specific past event: generic or
habitual statements ("it is not the first time…", "have often been
targeted"), intentions ("vowed to strike") and present-tense commentary are
not incidents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from geomap.incidents.syntax import lemma as _lemma
from geomap.incidents.syntax import subtree_text

__all__ = (
    "STRONG",
    "Trigger",
    "accident",
    "classify_event",
    "clause_anchors",
    "clause_of",
    "connected",
    "relative_to",
    "find_triggers",
    "names_a_day",
    "background",
    "cited_anchor",
    "violent_context",
)

#: Lemma → default ACLED (event_type, sub_event_type).
VERBS: dict[str, tuple[str, str]] = {
    "strike": ("Explosions/Remote violence", "Air/drone strike"),
    "bomb": ("Explosions/Remote violence", "Air/drone strike"),
    "shell": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "bombard": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "pound": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "hit": ("Explosions/Remote violence", "Air/drone strike"),
    "target": ("Explosions/Remote violence", "Air/drone strike"),
    "detonate": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "fire": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "launch": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "blow": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "drop": ("Explosions/Remote violence", "Air/drone strike"),
    "open": ("Battles", "Armed clash"),
    "exchange": ("Battles", "Armed clash"),
    "torch": ("Violence against civilians", "Attack"),
    "set": ("Violence against civilians", "Attack"),
    "hurl": ("Violence against civilians", "Attack"),
    "throw": ("Violence against civilians", "Attack"),
    "slam": ("Explosions/Remote violence", "Air/drone strike"),
    "crash": ("Explosions/Remote violence", "Air/drone strike"),
    "explode": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "attack": ("Battles", "Armed clash"),
    "ambush": ("Battles", "Armed clash"),
    "clash": ("Battles", "Armed clash"),
    "fight": ("Battles", "Armed clash"),
    "battle": ("Battles", "Armed clash"),
    # military communiqués: "troops eliminated 20 terrorists", "neutralised 30 assailants"
    "eliminate": ("Battles", "Armed clash"),
    "neutralise": ("Battles", "Armed clash"),
    "neutralize": ("Battles", "Armed clash"),
    "raid": ("Battles", "Armed clash"),
    "storm": ("Battles", "Armed clash"),
    "assault": ("Battles", "Armed clash"),
    "kill": ("Violence against civilians", "Attack"),
    "die": ("Violence against civilians", "Attack"),
    "shoot": ("Violence against civilians", "Attack"),
    "execute": ("Violence against civilians", "Attack"),
    "massacre": ("Violence against civilians", "Attack"),
    "abduct": ("Violence against civilians", "Abduction/forced disappearance"),
    "kidnap": ("Violence against civilians", "Abduction/forced disappearance"),
    "behead": ("Violence against civilians", "Attack"),
    "stab": ("Violence against civilians", "Attack"),
    "lynch": ("Violence against civilians", "Attack"),
    "loot": ("Violence against civilians", "Looting/property destruction"),
    # Territory taken by force: ACLED codes these as battles.
    **dict.fromkeys(
        ("capture", "seize", "recapture", "overrun", "retake"), ("Battles", "Armed clash")
    ),
}
NOUNS: dict[str, tuple[str, str]] = {
    "strike": VERBS["strike"],
    "airstrike": VERBS["strike"],
    "air strike": VERBS["strike"],
    "bombing": VERBS["bomb"],
    "shelling": VERBS["shell"],
    "bombardment": VERBS["shell"],
    "barrage": VERBS["shell"],
    "explosion": VERBS["explode"],
    "blast": VERBS["explode"],
    "attack": VERBS["attack"],
    "assault": VERBS["attack"],
    "raid": VERBS["raid"],
    "ambush": VERBS["ambush"],
    "clash": VERBS["clash"],
    "fighting": VERBS["fight"],
    "battle": VERBS["fight"],
    "firefight": VERBS["fight"],
    "gunfight": VERBS["fight"],
    "massacre": VERBS["massacre"],
    "killing": VERBS["kill"],
    "abduction": VERBS["abduct"],
    "kidnapping": VERBS["kidnap"],
    "skirmish": VERBS["clash"],
    "shootout": VERBS["clash"],
    "incursion": VERBS["raid"],
    "shooting": VERBS["shoot"],
    # "a suicide bomber drove a car into the hotel gate": the attacker tells the event
    "bomber": ("Explosions/Remote violence", "Suicide bomb"),
}

#: Words in the sentence that settle the means, whatever the trigger.
_MEANS = (
    (
        re.compile(
            r"\b(drones?|uavs?|warplanes?|war planes?|jets?|aircraft|air ?strikes?|helicopters?"
            r"|air force)\b",
            re.I,
        ),
        ("Explosions/Remote violence", "Air/drone strike"),
    ),
    (
        re.compile(
            r"\b(shell(s|ing|ed)?|artillery|mortars?|rockets?|missiles?|grad|himars|katyusha)\b",
            re.I,
        ),
        ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ),
    (
        re.compile(
            r"\b(ieds?|roadside bombs?|landmines?|(car|truck) bombs?|explosive devices?|mines?)\b",
            re.I,
        ),
        ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ),
    (
        re.compile(r"\bsuicide (bomb(er|ing)?|attack(er)?)s?\b", re.I),
        ("Explosions/Remote violence", "Suicide bomb"),
    ),
    (re.compile(r"\bgrenades?\b", re.I), ("Explosions/Remote violence", "Grenade")),
)

#: Triggers that mean armed violence whatever the context.  The others ("hit",
#: "targeted", "killed", "attack", "clash") also report lotteries, tariffs,
#: road accidents and debates, so they need violence named in the sentence.
STRONG = frozenset(
    {
        "shell",
        "bomb",
        "bombard",
        "ambush",
        "detonate",
        "massacre",
        "execute",
        "abduct",
        "kidnap",
        "airstrike",
        "air strike",
        "shelling",
        "bombing",
        "bombardment",
        "barrage",
        "firefight",
        "gunfight",
        "abduction",
        "kidnapping",
        "blast",
    }
)
_VIOLENCE = re.compile(
    r"\b(guns?|gunfire|gunmen|gunman|shots?|bullets?|rifles?|bombs?|bomber|explosives?|explosions?|"
    r"shells?|shelling|artillery|grenades?|missiles?|rockets?|drones?|uavs?|air ?strikes?|jets?|"
    r"warplanes?|war planes?|aircraft|mortars?|ieds?|forces|troops|soldiers?|servicem[ae]n|"
    r"militants?|militias?|militiamen|fighters|insurgents?|rebels?|jihadists?|army|armies|"
    r"military|terrorists?|attackers?|assailants?|police|policemen|officers?|troopers?|"
    r"paramilitar\w*|armed|weapons?|stabb\w*|knife|machetes?|arson|torched|looted|"
    r"civilians?|casualties|wounded|war|combat|battle|front ?line|offensive|invasion|"
    r"settlers?|on fire|set fire|jihadists?|extremists?|hostages?|shot dead|gunned down|"
    r"personnel|positions|unmanned|ammunition|munitions)\b",
    re.I,
)
_ACCIDENT = re.compile(
    r"\b(accidents?|accidentally|crash(ed|es)?|collisions?|hit-and-run|overdose|drown\w*|"
    r"avalanche|earthquake|floods?|flooding|landslides?|lightning|tornado|hurricane|wildfire|"
    r"stampede)\b",
    re.I,
)


def violent_context(text: str) -> bool:
    """Whether a sentence names armed violence, not an accident or a metaphor."""
    return bool(_VIOLENCE.search(text)) and not (
        _ACCIDENT.search(text)
        and not re.search(r"\b(bombs?|shell\w*|missiles?|rockets?|gun\w*)\b", text, re.I)
    )


_GENERIC = re.compile(
    r"\b((?:offensive|war|campaign|conflict|insurgency|violence|fighting|siege|bombardment)"
    r"(?:\s+\w+){0,3}\s+ha(?:s|ve) killed|"
    r"not the first time|often|frequently|regularly|repeatedly|routinely|usually|"
    r"previously|previous(?!\s+(?:night|day|evening|morning|afternoon|week))|in the past|"
    r"in recent (years|months)|history of|have long|for years|stepped up|"
    r"since the (?:start|beginning) of)\b",
    re.I,
)
#: "a spate of attacks" is a trend, unless a day says which ones ("a new wave of raids late on
#: Saturday").
_SERIES = re.compile(r"\b(a )?(wave|spate|series|string|campaign) of\b", re.I)
_A_DAY = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|"
    r"overnight|\d{1,2}(st|nd|rd|th)? (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|"
    r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w* \d{1,2})\b",
    re.I,
)
_MODALS = frozenset({"will", "would", "could", "may", "might", "should", "must", "can", "shall"})
_INTENT = frozenset(
    {
        "deny",  # "denied targeting civilians": a denial reports no event
        "reject",
        "vow",
        "threaten",
        "plan",
        "warn",
        "promise",
        "pledge",
        "seek",
        "aim",
        "intend",
        "prepare",
        "want",
        "protect",
        "prevent",
        "deter",
        "limit",
    }
)
_SEPARATORS = frozenset({"after", "following", "since", "before"})


@dataclass(frozen=True, slots=True)
class Trigger:
    """A token that reports a violent event."""

    token: Any
    event_type: str
    sub_event_type: str
    is_noun: bool

    @property
    def strong(self) -> bool:
        """Whether the word reports violence on its own ("shelled"), unlike "hit" or "killed"."""
        return self.lemma in STRONG

    @property
    def lemma(self) -> str:
        """Lower-case lemma, used to link later references to the event."""
        return _lemma(self.token)


def _governing_verb(token: Any) -> Any | None:
    node = token
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX") and node.i != token.i:
            return node
        if node.head.i == node.i:
            return node if node.pos_ in ("VERB", "AUX") else None
        node = node.head
    return None


def _negated(verb: Any) -> bool:
    """Whether the clause is negated ("did not say how he was killed")."""
    node = verb
    for _ in range(4):
        if any(child.dep_ == "neg" for child in node.children):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def clause_of(trigger: Trigger) -> Any:
    """The verb whose clause reports the event (the trigger itself for verbs)."""
    if not trigger.is_noun:
        token = trigger.token
        if token.dep_ in ("nsubj", "nsubjpass") and token.head.pos_ in ("VERB", "AUX"):
            return token.head  # "Fighting raged in Omdurman": the gerund's verb
        if token.tag_ == "VBG":
            return participle_head(token) or token  # "dropped bombs on X, killing two"
        return token
    return _governing_verb(trigger.token) or trigger.token


def clause_anchors(trigger: Trigger) -> set[int]:
    """Token indices whose modifiers (places, dates) belong to the trigger's event.

    The trigger, its clause's verb, and the verb a subjectless conjunct shares
    its subject with: "troops advanced in Khartoum and fought RSF fighters",
    "during the night of 5 March, men stopped a car and abducted two nurses".
    """
    verb = trigger.token
    anchors = {verb.i, clause_of(trigger).i}
    if (
        verb.dep_ == "conj"
        and verb.head.pos_ == "VERB"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        anchors.add(verb.head.i)
    return anchors


def connected(token: Any, trigger: Trigger) -> bool:
    """Whether ``token`` sits in the trigger's own phrase or clause."""
    anchors = clause_anchors(trigger)
    node = token
    for _ in range(10):
        if node.i in anchors:
            return True
        if _infinitive(node):
            return False  # "systems used to attack ships in the Red Sea": a purpose, not a scene
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def relative_to(token: Any, trigger: Trigger) -> bool:
    """Whether the trigger is in a relative clause on ``token`` ("Kotlyne, where … killed")."""
    node = trigger.token
    for _ in range(4):
        if node.dep_ == "relcl":
            head = node.head
            return head.i == token.i or token.i in {c.i for c in head.conjuncts}
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _infinitive(token: Any) -> bool:
    return token.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def participle_head(verb: Any) -> Any | None:
    """The finite verb a participle clause hangs on ("…, tearing … and killing three")."""
    node = verb
    for _ in range(4):
        if node.tag_ != "VBG" or node.dep_ not in ("advcl", "xcomp", "conj"):
            return node if node.i != verb.i else None
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _is_eventive(token: Any, is_noun: bool) -> bool:
    verb = token if not is_noun else _governing_verb(token)
    if verb is None:
        return is_noun and token.dep_ in ("ROOT", "nsubj")
    if _negated(verb):
        return False
    if any(child.lower_ in _MODALS for child in verb.children):
        return False
    if _lemma(verb) in _INTENT or (
        verb.head.i != verb.i
        and _lemma(verb.head) in _INTENT
        and verb.dep_ in ("xcomp", "pcomp", "advcl")
    ):
        return False
    if verb.tag_ in ("VBD", "VBN"):
        return True
    if verb.tag_ == "VBG":
        # "…, killing six" continues a past event; "while fighting in support of" does not.
        head = verb.head
        if any(child.dep_ == "mark" for child in verb.children):
            return False
        if verb.dep_ in ("nsubj", "nsubjpass", "dobj") and head.tag_ in ("VBD", "VBN"):
            return True  # "Fighting raged in Omdurman": a gerund naming the event
        main = participle_head(verb)
        return main is not None and main.tag_ in ("VBD", "VBN")
    return False


#: What must be fired or launched for "fire"/"launch" to report violence.
_PROJECTILES = re.compile(
    r"\b(rockets?|missiles?|mortars?|shells?|drones?|grenades?|artillery|shots?|bullets?|"
    r"projectiles?|munitions?|rounds?|salvos?|barrages?|volleys?|bombs?|barrel bombs?)\b",
    re.I,
)


_TAKE = frozenset({"capture", "seize", "recapture", "retake", "overrun"})
#: What is taken by force in a battle.
_HOLDINGS = frozenset(
    {"town", "village", "city", "base", "position", "area", "territory", "outpost", "post"}
    | {"checkpoint", "camp", "airport", "airfield", "bridge", "hill", "district", "garrison"}
    | {"crossing", "road", "highway", "port", "barracks", "headquarters", "settlement"}
)
_DEVICES = re.compile(
    r"\b(bombs?|mines?|landmines?|devices?|ieds?|shells?|missiles?|rockets?|drones?|grenades?|"
    r"explosives?|vehicles?|cars?|trucks?|vests?|munitions?|ordnance|depots?)\b",
    re.I,
)


def _weapon_sense(token: Any, lemma: str) -> bool:
    """Whether fire/launch/blow mean weapons ("fired rockets", not "fired the minister")."""
    if lemma in ("open", "exchange"):  # "opened fire", "exchanged fire with militants"
        return any(c.dep_ == "dobj" and c.lower_ in ("fire", "gunfire") for c in token.children)
    if lemma == "set":  # "set fire to cars", "set homes ablaze"
        return any(c.lower_ in ("fire", "ablaze", "alight") for c in token.children)
    if lemma in ("hurl", "throw"):  # "hurled stones at homes"
        return any(
            c.dep_ == "dobj"
            and re.search(r"stones?|rocks?|grenades?|molotov|firebombs?", c.text, re.I)
            for c in token.children
        )
    if lemma == "explode":
        # "a car bomb exploded", not "tensions exploded into fighting"
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        return not subjects or any(_DEVICES.search(subtree_text(c)) for c in subjects)
    if lemma in ("slam", "crash"):
        # "a drone slammed into a building", not "markets crashed"
        return any(
            c.dep_ == "nsubj" and _PROJECTILES.search(subtree_text(c)) for c in token.children
        )
    if lemma in _TAKE:
        # "fighters seized the town", not "police seized 1,248 bags of heroin"
        objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        return not objects or any(
            o.ent_type_ in ("GPE", "LOC", "FAC") or _lemma(o) in _HOLDINGS for o in objects
        )
    if lemma in ("fire", "launch", "drop"):
        objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        if token.dep_ in ("acl", "amod"):
            objects.append(token.head)
        return any(_PROJECTILES.search(o.text) for o in objects)
    if lemma == "blow":
        return any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children)
    return True


def accident(text: str) -> bool:
    """Whether a sentence tells an accident or disaster, with no weapon in it."""
    return bool(_ACCIDENT.search(text)) and not re.search(
        r"\b(bombs?|shell\w*|missiles?|rockets?|drones?|gun\w*|shot|explosives?)\b", text, re.I
    )


def names_a_day(text: str) -> bool:
    """Whether the text names a day ("on Saturday", "yesterday", "12 March")."""
    return bool(_A_DAY.search(text))


def find_triggers(sentence: Any) -> list[Trigger]:
    """Eventive triggers in a spaCy sentence span, in text order."""
    if _GENERIC.search(sentence.text):
        return []
    if _SERIES.search(sentence.text) and not _A_DAY.search(sentence.text):
        return []
    found = []
    for token in sentence:
        lemma = _lemma(token)
        if token.pos_ == "VERB" and lemma in VERBS:
            types, is_noun = VERBS[lemma], False
            if not _weapon_sense(token, lemma):
                continue
        elif token.pos_ == "NOUN" and (lemma in NOUNS or token.lower_ in NOUNS):
            types, is_noun = NOUNS.get(lemma) or NOUNS[token.lower_], True
        else:
            continue
        if not is_noun and token.dep_ == "amod":
            continue  # "the targeted facilities" describes, it does not report
        if _is_eventive(token, is_noun):
            found.append(Trigger(token, types[0], types[1], is_noun))
    return found


def background(trigger: Trigger) -> bool:
    """Whether the trigger only sets the scene ("amid the fighting", "during the war")."""
    node = trigger.token
    for _ in range(6):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.lower_ in ("amid", "amidst", "during"):
            return True
        if node.pos_ == "VERB":
            return False
    return False


def cited_anchor(trigger: Trigger) -> tuple[Any | None, str]:
    """Where a cited earlier event's phrase starts, and how it is cited.

    "in response to an attack on X", "in retaliation for …" → ("response");
    "after a drone attack on X killed 89", "following shelling of Y" →
    ("sequence").  ``(None, "")`` for the sentence's own event.
    """
    node = trigger.token
    for _ in range(6):
        if any(c.dep_ == "mark" and c.lower_ in _SEPARATORS for c in node.children):
            return node, "sequence"
        if node.head.i == node.i:
            return None, ""
        head = node.head
        if head.lower_ in _SEPARATORS:
            return node, "sequence"
        if head.lower_ in ("to", "for") and head.head.lower_ in _RESPONSE:
            return node, "response"
        node = head
    return None, ""


_RESPONSE = frozenset({"response", "retaliation", "reprisal", "revenge", "reaction"})


#: Triggers that say how the violence was done; the means named elsewhere in
#: the sentence ("backed by drones") must not override them.
_SPECIFIC = frozenset(
    {
        "clash",
        "fight",
        "fighting",
        "battle",
        "firefight",
        "gunfight",
        "ambush",
        "raid",
        "storm",
        "abduct",
        "kidnap",
        "abduction",
        "kidnapping",
        "shell",
        "shelling",
        "bombardment",
        "barrage",
        "execute",
        "massacre",
    }
)


def classify_event(trigger: Trigger, sentence_text: str) -> tuple[str, str]:
    """ACLED (event_type, sub_event_type) from the trigger and the means named."""
    if trigger.lemma in _SPECIFIC:
        return trigger.event_type, trigger.sub_event_type
    for pattern, types in _MEANS:
        if pattern.search(sentence_text):
            if trigger.event_type == "Violence against civilians" and trigger.lemma in (
                "abduct",
                "kidnap",
                "abduction",
                "kidnapping",
            ):
                break
            return types
    return trigger.event_type, trigger.sub_event_type
