"""What kind of event, once its sides are known: ACLED's types for who fought whom.

A trigger gives an event its default type ("attacked": a battle); the
target and the trigger words settle it: armed men killed in a fight were
killed in a battle, an armed group attacking civilians is not one, and
whoever dies in fighting between two sides died in a battle.
"""

from __future__ import annotations

from dataclasses import dataclass

from geomap.incidents import lexicon as lx
from geomap.incidents.rules import RuleSet
from geomap.vocab import EventType, SubEventType

__all__ = ("TYPE_RULES", "TypeContext")


@dataclass(frozen=True, slots=True)
class TypeContext:
    """An event's types so far, its trigger lemmas and its target."""

    event_type: EventType
    sub_event_type: SubEventType
    lemmas: frozenset[str]
    actor2: str


TYPE_RULES: RuleSet[TypeContext, tuple[EventType, SubEventType]] = RuleSet("what: ACLED type")


@TYPE_RULES
def abducted_and_killed(c: TypeContext) -> tuple[EventType, SubEventType] | None:
    """Killing the abducted makes the event an attack.

    Example: "Gunmen abducted and killed two aid workers."
    """
    if c.lemmas & lx.KILL_TRIGGERS and c.sub_event_type is SubEventType.ABDUCTION:
        return EventType.CIVILIANS, SubEventType.ATTACK
    return None


#: Fighting, and the events that kill armed men in a battle ("soldiers killed in an ambush",
#: "killed when fighters stormed the base").
_FIGHTS = lx.FIGHTING | {"die", "ambush", "attack", "raid", "storm", "assault", "overrun"}
_FIGHTS |= {"come"}  # "soldiers were killed when their patrol came under attack"


#: Killing by gunfire: "gunned down 29 Maoists", "shot dead two fighters", "fired on
#: army positions", "opened fire on a patrol".
_GUNNED = frozenset({"gun", "shoot", "fire", "open"})


@TYPE_RULES
def armed_men_killed(c: TypeContext) -> tuple[EventType, SubEventType] | None:
    """Armed men killed, told by deaths alone or in clashes, were killed in fighting.

    Example: "Defenders killed 46 Russian soldiers." / "Troops gunned down 29 Maoists." /
    "Troops fired on army positions across the border, killing one soldier."
    """
    if (
        c.lemmas <= lx.KILL_TRIGGERS | _FIGHTS | _GUNNED
        and c.lemmas & (lx.KILL_TRIGGERS | {"die"} | _GUNNED)
        and c.event_type is EventType.CIVILIANS
        and c.actor2
        and c.actor2 != "Civilians"
    ):
        return EventType.BATTLES, SubEventType.ARMED_CLASH
    return None


@TYPE_RULES
def civilians_targeted(c: TypeContext) -> tuple[EventType, SubEventType] | None:
    """ACLED: an armed group attacking civilians is not a battle.

    Example: "Militiamen attacked villagers in their fields."  The dead of
    fighting between two sides ("75 people were killed in fighting between …")
    fell in a battle.
    """
    if c.actor2 == "Civilians" and c.event_type is EventType.BATTLES and not _fighting(c):
        return EventType.CIVILIANS, SubEventType.ATTACK
    return None


def _fighting(c: TypeContext) -> bool:
    return bool(c.lemmas & lx.FIGHTING)


@TYPE_RULES
def killed_in_fighting(c: TypeContext) -> tuple[EventType, SubEventType] | None:
    """ACLED: whoever dies in fighting between two sides died in a battle.

    Example: "75 people were killed in fighting between militiamen and troops."
    """
    if (
        _fighting(c)
        and c.event_type is EventType.CIVILIANS
        and c.sub_event_type is SubEventType.ATTACK
    ):
        return EventType.BATTLES, SubEventType.ARMED_CLASH
    return None


#: The sounds of fighting: heard, not a device anyone planted.
_HEARD = frozenset({"explosion", "blast", "gunfire"})


@TYPE_RULES
def sounds_of_fighting(c: TypeContext) -> tuple[EventType, SubEventType] | None:
    """Explosions heard while two sides fight are the battle's, not a bomb's.

    Example: "Gunfire and explosions shook the town as rebels fought the army."
    """
    if (
        c.sub_event_type is SubEventType.REMOTE_EXPLOSIVE
        and c.lemmas & lx.FIGHTING
        and c.lemmas <= lx.FIGHTING | _HEARD
    ):
        return EventType.BATTLES, SubEventType.ARMED_CLASH
    return None
