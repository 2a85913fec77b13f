"""Phrasal verbs of violence: "went off", "came under fire", "landed".

Their verbs ("go", "come", "land") mostly tell nothing violent; the
particle, the object or the subject gives them the weapon sense.  The rules
join `geomap.incidents.senses.WEAPON_SENSE`, which imports this module.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geomap.incidents import lexicon as lx
from geomap.incidents.senses import WEAPON_SENSE
from geomap.incidents.syntax import children, lemma
from geomap.incidents.voice import came_under_attack

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

__all__ = ("came_under_fire", "device_went_off", "projectile_landed")


@WEAPON_SENSE
def device_went_off(token: Token) -> bool | None:
    """Form: a bomb or a device "went off" exploded; an alarm that went off did not.

    Example: "A roadside bomb went off near a patrol in Daraa."
    """
    if lemma(token) != "go":
        return None
    off = any(c.dep_ == "prt" and c.lower_ == "off" for c in token.children)
    return off and any(lx.DEVICES.fullmatch(s.text) for s in children(token, "nsubj"))


@WEAPON_SENSE
def came_under_fire(token: Token) -> bool | None:
    """Form: "came under fire", "came under attack": the subject was attacked.

    Example: "A supply convoy came under fire near Malakal on Friday."
    """
    return came_under_attack(token) if lemma(token) == "come" else None


@WEAPON_SENSE
def projectile_landed(token: Token) -> bool | None:
    """Form: shells or rockets "landed" somewhere were fired there; a plane that landed was not.

    Example: "Mortar rounds landed near the airport on Tuesday."
    """
    if lemma(token) != "land":
        return None
    return any(lx.PROJECTILES.search(s.text) for s in children(token, "nsubj"))
