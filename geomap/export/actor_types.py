"""ACLED actor types (``inter1``/``inter2``/``interaction``) from the actor registry.

The registry's ``type`` column says what kind of actor each one is; ACLED
codes state forces acting outside their home country as external forces,
so ``state:RU`` is 1 in Russia and 8 in Ukraine.  An actor the registry does
not type gets no code: an empty cell is honest, a guessed one is not.
"""

from __future__ import annotations

import re
from enum import IntEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from geomap.incidents.actors import ActorRegistry

__all__ = ("ActorType", "InterCoder", "interaction")

#: The category the incident extractor gives victims without a named actor.
CIVILIANS = "Civilians"


class ActorType(IntEnum):
    """ACLED's numeric actor types."""

    STATE = 1
    REBEL = 2
    POLITICAL_MILITIA = 3
    IDENTITY_MILITIA = 4
    RIOTERS = 5
    PROTESTERS = 6
    CIVILIANS = 7
    EXTERNAL = 8

    @classmethod
    def parse(cls, text: str) -> tuple[ActorType | None, str]:
        """Read a type ("state:RU", "political militia", "Rebel group") and its home country."""
        word, _, home = text.strip().partition(":")
        key = re.sub(r"[^A-Z]+", "_", word.upper()).strip("_")
        # ACLED's own labels name the same types: "State forces", "External/Other forces".
        found = next((m for m in cls if key and key.startswith(m.name.rstrip("S"))), None)
        return found, home.strip().upper()


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's interaction code: both types, lower first (17); a sole actor is ``inter1 * 10``."""
    if inter1 is None:
        return None
    if inter2 is None:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


class InterCoder:
    """Actor names → ACLED type codes, read once from a registry."""

    def __init__(self, registry: ActorRegistry | None = None):
        if registry is None:
            from geomap.incidents.actors import ActorRegistry

            registry = ActorRegistry.default()
        self._types = {a.name: ActorType.parse(a.actor_type) for a in registry.actors}
        self._types[CIVILIANS] = (ActorType.CIVILIANS, "")

    def code(self, actor: str, country: str) -> int | None:
        """The type code of ``actor`` in an event in ``country`` (ISO2), or None."""
        kind, home = self._types.get(actor, (None, ""))
        if kind is None:
            return None
        if kind is ActorType.STATE and home and country and home != country.upper():
            return int(ActorType.EXTERNAL)
        return int(kind)
