"""Place names the NER missed in the object of an attack, and in lists.

"The army launched seven airstrikes on X, Y and Z": the small model tags
none of the three unknown towns, or one as a person.  A name after an
attack noun's "on" is a candidate, and so is each name listed after one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geomap.geoparse.agents import ATTACK_NOUNS, PROJECTILE_NOUNS
from geomap.geoparse.runs import name_run

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Iterable

    from spacy.tokens import Doc

__all__ = ("attack_targets", "listed_after")

#: Nouns of an attack whose "on X" names the place hit ("strikes on X", "rockets on X").
_HITTING = ATTACK_NOUNS | PROJECTILE_NOUNS | {"airstrike", "drone"}


def attack_targets(doc: Doc) -> list[tuple[int, int]]:
    """Form: "N airstrikes on X", "an assault against X": the name hit.

    Example: "Jets carried out four strikes on Zoquitlan overnight": the
    small model tags no town it does not know, yet strikes fall on a place.
    """
    found = []
    for token in doc[1:-1]:
        if token.lower_ not in ("on", "against"):
            continue
        if doc[token.i - 1].lemma_.lower() not in _HITTING:
            continue
        end = name_run(doc, token.i + 1)
        if end > token.i + 1:
            found.append((token.i + 1, end))
    return found


def listed_after(doc: Doc, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Form: "X, Y and Z" after a guessed X: the names listed with a place are places.

    Example: "Shells fell on Zoquitlan, Pueblo Nuevo and Tlacote": once
    Zoquitlan is a candidate, "Pueblo Nuevo" after its comma is one too.
    """
    found = []
    for _start, end in spans:
        while end + 1 < len(doc) and doc[end].text == ",":
            start = end + 1  # ", and Z": "and" opens a guess of its own
            end = name_run(doc, start)
            if end == start:
                break
            found.append((start, end))
    return found
