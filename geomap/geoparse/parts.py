"""Names that hold a known place inside a longer one the gazetteer lacks.

Local reporting names a part of a town after the town ("El Tomatal de
Iguala", "Playas de Tijuana", "Col. Insurgentes de Iguala") and a town after
its state's abbreviation ("Uruapan Mich", "Chetumal, QRoo"); a state's
capital goes by the state's adjective ("the Zacatecan capital").  Where the
whole name is not in the gazetteer, the place it holds is: the part is read
as near that town, the town as that state's namesake, the capital as the
state's town of the state's own name.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from geomap.geoparse import spelling
from geomap.geoparse.abbreviations import abbreviated_state
from geomap.geoparse.containers import SETTLEMENT_TYPES, held_in_area, holds

if TYPE_CHECKING:  # pragma: no cover
    from geomap.geoparse.resolve import GazetteerLike
    from geomap.model import Candidate

__all__ = (
    "Held",
    "after_slash",
    "capital_of_adjective",
    "exactly_named",
    "held_reading",
    "in_abbreviated_state",
    "part_of_town",
)

#: The particles of Romance names that join a part to its town ("Playas de Tijuana").
_OF = re.compile(r"\s+(?:de|del|do|da)\s+")


class Held(NamedTuple):
    """The place a longer name holds: its name, whether the name is a part of it, its candidates."""

    name: str
    part: bool
    found: list[Candidate]


def exactly_named(gazetteer: GazetteerLike, name: str, limit: int) -> list[Candidate]:
    """The gazetteer's candidates that bear ``name`` exactly (case and accents aside)."""
    return [c for c in gazetteer.lookup(name, limit=limit) if spelling.exact(name, c)]


def held_reading(gazetteer: GazetteerLike, name: str, limit: int) -> Held | None:
    """The place ``name`` holds, when the gazetteer lacks the whole name."""
    return (
        in_abbreviated_state(gazetteer, name, limit)
        or part_of_town(gazetteer, name, limit)
        or capital_of_adjective(gazetteer, name, limit)
        or after_slash(gazetteer, name, limit)
    )


def in_abbreviated_state(gazetteer: GazetteerLike, name: str, limit: int) -> Held | None:
    """A town followed by its state's abbreviation: the namesake in that state.

    Example: "Zoquital Gto: two men shot outside a bar" is the Zoquital of
    Guanajuato.  Nothing when no namesake lies in the state.
    """
    head, _, last = name.rpartition(" ")
    state = abbreviated_state(last) if head else None
    if state is None:
        return None
    head = head.rstrip(" ,")
    found = gazetteer.lookup(head, limit=limit)
    held = held_in_area(found, head, gazetteer.lookup(state, limit=limit), state)
    return Held(head, False, held) if held else None


def part_of_town(gazetteer: GazetteerLike, name: str, limit: int) -> Held | None:
    """A part named after its town ("A de B"): the town, the incident near it.

    Example: "Two men shot dead in El Mirador de Zoquital": in Zoquital.  The
    town must be capitalised ("Valle de las Palmas" names no town) and be a
    gazetteer place's exact name.
    """
    pieces = _OF.split(name)
    town = pieces[-1]
    if len(pieces) < 2 or not town[:1].isupper() or not pieces[0][:1].isupper():
        return None
    found = exactly_named(gazetteer, town, limit)
    return Held(town, True, found) if found else None


#: "the Zacatecan capital", "the Sonoran capital": a state's adjective before "capital".
_CAPITAL = re.compile(r"(?P<adjective>[A-Z][^\s]+an)\s+capital", re.I)
#: A state's name from its English adjective: "Sonoran" ← "Sonora", "Texan" ← "Texas".
_STEMS = ((1, ""), (2, "as"), (2, "o"))


def capital_of_adjective(gazetteer: GazetteerLike, name: str, limit: int) -> Held | None:
    """A first-level area's capital named by the area's adjective.

    Example: "A man was shot dead in the Zoquitecan capital": the town named
    Zoquitecas in the state of Zoquitecas, as a state named after its capital
    is (the gazetteer ranks such a town as the capital too).  The state's
    name is the adjective without its ending ("Sonoran", "Texan"); nothing
    when no first-level area bears it or none of its towns bears its name.
    """
    match = _CAPITAL.fullmatch(name)
    if match is None:
        return None
    adjective = match["adjective"]
    for cut, ending in _STEMS:
        state = adjective[:-cut] + ending
        found = exactly_named(gazetteer, state, limit)
        areas = [c.place for c in found if c.place.feature_type == "admin1"]
        towns = [
            c
            for c in found
            if c.place.feature_type in SETTLEMENT_TYPES and any(holds(a, c.place) for a in areas)
        ]
        if towns:
            return Held(state, False, towns)
    return None


def after_slash(gazetteer: GazetteerLike, name: str, limit: int) -> Held | None:
    """Two names joined by a slash: the second, the place the line is about.

    Example: "Three men found dead in Playa Azul/Zoquital": a part of the town,
    then the town (or a state, then its town: "Guanajuato/Zoquital"); where
    the first is a state, the second is its namesake there.
    """
    first, slash, second = (piece.strip() for piece in name.rpartition("/"))
    if not slash or not first or not second[:1].isupper():
        return None
    found = exactly_named(gazetteer, second, limit)
    found = held_in_area(found, second, gazetteer.lookup(first, limit=limit), first) or found
    return Held(second, False, found) if found else None
