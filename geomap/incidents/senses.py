"""Which sense an ambiguous verb has: violence, or something else.

"Fired rockets" and "fired the minister", "a car bomb exploded" and
"tensions exploded", "seized the town" and "seized heroin", "bodies were
found" and "a solution was found": `WEAPON_SENSE` decides, one named rule per
verb family, from the verb's arguments.  A verb no rule speaks for keeps its
violent sense.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geomap.geoparse.nlp import PLACE_LABELS
from geomap.incidents import lexicon as lx
from geomap.incidents.rules import RuleSet
from geomap.incidents.syntax import children, lemma, subtree_text
from geomap.incidents.victims import deprived_of_life, died_in_idiom

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

__all__ = ("WEAPON_SENSE",)

WEAPON_SENSE: RuleSet[Token, bool] = RuleSet("what: weapon sense of a verb")


@WEAPON_SENSE
def fire_exchanged(token: Token) -> bool | None:
    """Form: "Opened" and "exchanged" report violence with fire as their object.

    Example: "Soldiers opened fire on the crowd."
    """
    if lemma(token) not in ("open", "exchange"):
        return None
    return any(c.dep_ == "dobj" and c.lower_ in ("fire", "gunfire") for c in token.children)


@WEAPON_SENSE
def set_alight(token: Token) -> bool | None:
    """Form: "Set" is arson with fire or flames.

    Example: "Settlers set fire to cars in the village."
    """
    if lemma(token) != "set":
        return None
    return any(c.lower_ in ("fire", "ablaze", "alight") for c in token.children)


@WEAPON_SENSE
def thrown_missiles(token: Token) -> bool | None:
    """Form: "Hurled" and "threw" are attacks with stones, grenades or firebombs.

    Example: "Youths hurled stones at homes."
    """
    if lemma(token) not in ("hurl", "throw"):
        return None
    if any(c.dep_ == "dobj" and lx.THROWN.search(c.text) for c in token.children):
        return True
    return None if _remains(token) else False  # "bodies thrown in a canal": remains_found


@WEAPON_SENSE
def device_exploded(token: Token) -> bool | None:
    """Something that explodes must be a device, not tensions.

    Example: "A car bomb exploded near the market."
    """
    if lemma(token) != "explode":
        return None
    subjects = children(token, "nsubj", "nsubjpass")
    return not subjects or any(lx.DEVICES.search(subtree_text(c)) for c in subjects)


@WEAPON_SENSE
def projectile_crashed(token: Token) -> bool | None:
    """Form: "Slammed", "crashed", "damaged" report a strike when a projectile does it.

    Example: "A drone slammed into an apartment block." / "A home was damaged by a rocket."
    """
    if lemma(token) not in ("slam", "crash", "damage", "destroy"):
        return None
    agents = [c for c in token.children if c.dep_ == "nsubj"]
    agents += [
        o for by in children(token, "agent", "prep") if by.lower_ == "by" for o in by.children
    ]
    return any(lx.PROJECTILES.search(subtree_text(c)) for c in agents)


@WEAPON_SENSE
def ground_taken(token: Token) -> bool | None:
    """Capturing a place is a battle; seizing drugs is not.

    Example: "Fighters seized the town after a day of fighting."
    """
    if lemma(token) not in lx.TAKING_VERBS:
        return None
    return not children(token, "dobj", "nsubjpass") or _takes_a_place(token)


@WEAPON_SENSE
def armed_entry(token: Token) -> bool | None:
    """Form: armed men entering or walking into a town took it; a delegation did not.

    Example: "Rebel fighters walked into the centre of the town on Sunday."
    """
    if lemma(token) not in lx.ENTRY_VERBS:
        return None
    if lemma(token) == "enter":
        places = children(token, "dobj")
    else:  # "rolled into the town", "swept into the centre of X"
        places = [o for p in children(token, "prep") if p.lower_ == "into" for o in p.children]
    return _armed(token) and any(_a_place(t) for o in places for t in o.subtree)


def _armed(verb: Token) -> bool:
    """Whether the verb's subject is armed men ("rebels", "its fighters") or a named force."""
    while verb.dep_ in ("conj", "xcomp") and not children(verb, "nsubj"):
        verb = verb.head  # "advanced and entered the town": the first verb's subject
    return any(
        lemma(s) in lx.ARMED_NOUNS or s.ent_type_ in _NAMED_FORCES for s in children(verb, "nsubj")
    )


#: What a named force is tagged as ("M23", "the Taliban", "Hamas").
_NAMED_FORCES = frozenset({"ORG", "NORP", *PLACE_LABELS})


@WEAPON_SENSE
def fired_at_target(token: Token) -> bool | None:
    """Form: "fired at" or "fired on" a target is shooting, with no projectile named.

    Example: "Gunmen fired at a bus near the market."  "Fired at least 20
    workers" is a count, not a target.
    """
    if lemma(token) != "fire" or children(token, "dobj", "nsubjpass"):
        return None
    for prep in children(token, "prep"):
        if prep.lower_ in ("at", "on", "upon") and not any(
            c.lower_ in ("least", "most") for c in prep.children
        ):
            return True
    return None


@WEAPON_SENSE
def sent_to_hell(token: Token) -> bool | None:
    """Form: "Sent to hell" is a military communiqué's killing; "sent troops" is not.

    Example: "Four terrorists were sent to hell in the exchange of fire."
    """
    if lemma(token) != "send":
        return None
    return any(
        prep.lower_ == "to" and any(o.lower_ == "hell" for o in children(prep, "pobj"))
        for prep in children(token, "prep")
    )


@WEAPON_SENSE
def life_given(token: Token) -> bool | None:
    """Form: "embraced shahadat", "paid the supreme price", "fell on the field of honour".

    Example: "Two soldiers paid the supreme price in the ambush."  "Paid the bill",
    "the town fell" tell no death (`geomap.incidents.victims.died_in_idiom`).
    """
    if lemma(token) not in ("embrace", "pay", "fall"):
        return None
    return died_in_idiom(token)


@WEAPON_SENSE
def projectile_fired(token: Token) -> bool | None:
    """Form: "Fired", "launched" and "dropped" need a projectile ("fired rockets").

    Example: "Militants fired rockets at the base."
    """
    if lemma(token) not in ("fire", "launch", "drop"):
        return None
    objects = children(token, "dobj", "nsubjpass")
    if token.dep_ in ("acl", "amod"):
        objects.append(token.head)
    return any(lx.PROJECTILES.search(o.text) for o in objects)


@WEAPON_SENSE
def blown_up(token: Token) -> bool | None:
    """Form: "Blow" reports violence as "blew up".

    Example: "Insurgents blew up a bridge."
    """
    if lemma(token) != "blow":
        return None
    return any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children)


@WEAPON_SENSE
def toll_left(token: Token) -> bool | None:
    """Form: what "left two dead" was deadly; "left the city" is not.

    Example: "A shooting at a bar left three dead."
    """
    if lemma(token) != "leave":
        return None
    told = [token, *children(token, "dobj")]
    if any(c.lower_ in lx.LEFT_TOLL for t in told for c in t.children):
        return True
    return None  # remains_found decides "left two bodies"


@WEAPON_SENSE
def remains_found(token: Token) -> bool | None:
    """Finding, dumping or unearthing tells a killing when what is found is remains.

    Example: "Police found 12 bodies in a ravine outside the city."
    """
    if lemma(token) not in lx.FINDING_VERBS:
        return None
    if lemma(token) in ("hang", "dump") and _people(token):
        return True  # "Two men hung from a bridge", "dumped a man": people, not banners
    if lemma(token) == "bury":  # "bodies buried in a clandestine grave", not a funeral
        return _remains(token) and any(t.lower_ in _HIDDEN_GRAVES for t in token.subtree)
    return _remains(token)


#: Words of a grave dug to hide the dead ("a clandestine grave", "a pit").
_HIDDEN_GRAVES = frozenset({"clandestine", "mass", "pit", "pits", "secret", "shallow"})
#: Parts told by what they were part of ("body parts", "body bags").
_PARTS = frozenset({"part", "piece", "bag"})


def _phrase(noun: Token) -> list[Token]:
    """The nouns of the phrase a headline's closing participle describes.

    "Six bodies with a message from the gang discovered near X": the participle
    hangs on "gang", but what was discovered is the whole phrase, bodies and
    all; so is "Human head and a warning left at X" (a name-modifier), or "a
    body cut in pieces found in suitcases" (a participle within the phrase).
    """
    nodes = [noun]
    while noun.dep_ in ("pobj", "conj", "appos", "acl"):
        noun = noun.head.head if noun.dep_ == "pobj" else noun.head
        nodes.append(noun)
        if noun.pos_ in ("VERB", "AUX") and noun.dep_ != "acl":
            break  # the phrase ends at a clause ("remains" read as a verb is kept)
    return nodes + [c for n in nodes for c in children(n, "nmod", "appos", "conj")]


def _found(token: Token) -> list[Token]:
    """What a finding verb found: its object, or the noun its participle describes."""
    found = children(token, "dobj", "nsubjpass", "nsubj")
    # "Human remains found in bags": the parser may take "remains" for the auxiliary
    found += [c for c in children(token, "auxpass") if c.tag_.startswith("NN")]
    if token.dep_ in ("acl", "amod"):
        found += _phrase(token.head)  # "bodies found in …", "heads and a banner left in …"
    # "bags with human remains", "leaves bins with a corpse": what holds the remains
    holders = [token, *found]
    return found + [
        o for t in holders for p in children(t, "prep") if p.lower_ == "with" for o in p.children
    ]


def _remains(token: Token) -> bool:
    """Whether what the verb found is remains, or a person found lifeless."""
    found = _found(token)
    if any(lemma(t) in lx.REMAINS or t.lower_ in lx.REMAINS for t in found):
        return True
    if any(lemma(t) in _PARTS and lemma(c) == "body" for t in found for c in t.children):
        return True  # "body parts", "body bags"
    # "found a man lifeless", "a man tied and lifeless"
    described = [d for t in (token, *found) for d in t.subtree if d.pos_ in ("ADJ", "VERB")]
    return any(d.lower_ in lx.LIFELESS for d in described)


def _people(token: Token) -> bool:
    """Whether the verb acts on people ("two men hung", "woman hanged")."""
    around = [*_found(token), *children(token, "amod")]
    return any(lx.CIVILIANS.fullmatch(t.text) for t in around)


@WEAPON_SENSE
def lives_claimed(token: Token) -> bool | None:
    """Form: "claimed lives", "took his life", "deprived of their lives" tell a killing.

    Example: "The explosion claimed the lives of six people."
    """
    if lemma(token) not in ("claim", "take", "deprive"):
        return None
    if lemma(token) == "deprive":  # "deprived two brothers of their lives"
        return deprived_of_life(token)
    lives = children(token, "dobj", "nsubjpass")
    lives += [o for p in children(token, "prep") if p.lower_ == "of" for o in p.children]
    if any(lemma(o) == "life" for o in lives):
        return True
    return None if lemma(token) == "take" else False  # control_taken decides "took control"


@WEAPON_SENSE
def control_taken(token: Token) -> bool | None:
    """Form: "took control of", "regained control of", "took over" a place is taking ground.

    Example: "Regime forces regained control of the power plant east of the city."
    """
    if lemma(token) not in lx.CONTROL_VERBS:
        return None
    over = any(c.dep_ == "prt" and c.lower_ == "over" for c in token.children)
    taken = children(token, "dobj", "nsubjpass")
    # "took Kavumu", "had taken the airport" (armed men only: "took a position on")
    place = (
        any(o.ent_type_ in PLACE_LABELS for o in taken) or _armed(token) and _takes_a_place(token)
    )
    return over or place or any(lemma(o) == "control" for o in taken)


@WEAPON_SENSE
def riddled(token: Token) -> bool | None:
    """Form: "riddled him", "riddled with bullets" is a shooting; "riddled with errors" is not.

    Example: "Gunmen riddled a family in their car."
    """
    if lemma(token) != "riddle":
        return None
    objects = children(token, "dobj", "nsubjpass")
    if any(lx.CIVILIANS.fullmatch(o.text) or o.pos_ == "PRON" for o in objects):
        return True
    return any(lx.GUNFIRE.search(subtree_text(p)) for p in children(token, "prep"))


@WEAPON_SENSE
def place_attacked(token: Token) -> bool | None:
    """Attacking, hitting or storming a town or a position is armed violence.

    Example: "They attacked Gao at dawn, a resident said."
    """
    if lemma(token) not in lx.TARGETING_VERBS:
        return None
    return True if _takes_a_place(token) else None


def _takes_a_place(token: Token) -> bool:
    """Whether the verb's object is a place or a holding ("the town", "a checkpoint")."""
    return any(_a_place(o) for o in children(token, "dobj", "nsubjpass"))


def _a_place(noun: Token) -> bool:
    return noun.ent_type_ in PLACE_LABELS or lemma(noun) in lx.HOLDINGS


from geomap.incidents import phrasal  # noqa: E402, F401  (its rules join WEAPON_SENSE last)
