"""The words of an attacking side, and the demonyms that name who attacked, not where.

"Russian shelling killed a man in Pokrovsk": "Russian" says whose shells
fell, not which country the town lies in, so it is no evidence for reading
"Pokrovsk" as the Russian town of that name.  The incident rules read the
same nouns (`geomap.incidents.lexicon` re-exports them).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ("ATTACK_NOUNS", "FORCE_NOUNS", "PROJECTILE_NOUNS", "mark_attackers")

#: Nouns naming an attack on a place ("the shelling of Pokrovsk", "the siege of El Fasher").
ATTACK_NOUNS = frozenset(
    {"shelling", "bombardment", "bombing", "siege", "capture", "seizure", "strike", "attack"}
    | {"raid", "storming", "invasion", "assault", "blockade", "encirclement", "recapture"}
    | {"control"}  # "took control of X"
)
#: Nouns for armed forces: "its forces", "their troops" belong to the speaker.
FORCE_NOUNS = frozenset(
    {"force", "troop", "army", "military", "unit", "soldier", "fighter", "jet", "warplane"}
    | {"drone", "artillery", "aircraft", "navy", "militia", "militant", "brigade"}
)
#: Projectile nouns: an event only as the subject of what they did, not as an object
#: ("police defused a bomb", "the army unveiled a missile").
PROJECTILE_NOUNS = frozenset({"shell", "missile", "rocket", "mortar", "bomb"})
#: What a demonym before it names the owner of: the attacking side, its weapons, its attack.
_ARMED = ATTACK_NOUNS | FORCE_NOUNS | PROJECTILE_NOUNS | {"airstrike", "fire", "offensive"}


def mark_attackers(doc: Doc, toponyms: Iterable[Any]) -> None:
    """Mark each demonym that modifies an attacking force, its weapon or its attack.

    Example: "A Turkish drone struck a car in Qamishli": the drone is
    Turkey's, the town Syria's.  Such a demonym tells who attacked, so the
    resolver does not count it as a country the story's places lie in.
    "Ukrainian positions near Pokrovsk" still does.
    """
    for toponym in toponyms:
        if toponym.country_code is None:
            continue
        span = doc.char_span(toponym.start, toponym.end, alignment_mode="expand")
        root = span.root if span is not None and len(span) else None
        toponym.attacker = (
            root is not None
            and root.dep_ in ("amod", "compound")
            and root.head.lemma_.lower() in _ARMED
        )
