"""Towns named in a road's name: "the Celaya-Salamanca highway" joins two of them.

Local crime news places bodies "on the X-Y road"; each end is a candidate
name for `geomap.geoparse.guesses`, and the role rules read such a place as
the road's end, not the scene.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from geomap.geoparse.recognize import PARTICLES

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ("DASHES", "ROAD_WORDS", "road_ends")

#: Words for a road between two towns, named after both ("the Celaya-Salamanca highway").
ROAD_WORDS = frozenset({"highway", "road", "motorway", "expressway", "freeway", "carretera"})
#: Dashes that join the towns a road is named after.
DASHES = frozenset({"-", "–", "—"})


def road_ends(doc: Doc) -> list[tuple[int, int]]:
    """Form: a road named after the towns it joins, each a candidate name.

    Example: "A body was found on the Zoquital-Otumba highway": Zoquital and
    Otumba, however the dash is spaced ("Zoquital - San Luis de la Paz road").
    """
    found = []
    for token in doc:
        if token.lower_ not in ROAD_WORDS:
            continue
        start = token.i
        while start > 0 and (
            _titled(doc[start - 1])
            or doc[start - 1].text in DASHES
            or doc[start - 1].lower_ in PARTICLES
        ):
            start -= 1
        pieces, begin = [], start
        for index in range(start, token.i + 1):
            if index == token.i or doc[index].text in DASHES:
                pieces.append((begin, index))
                begin = index + 1
        named = [(a, b) for a, b in pieces if a < b and _titled(doc[a]) and _titled(doc[b - 1])]
        if len(pieces) > 1 and len(named) == len(pieces):
            found += named
    return found


def _titled(token: Any) -> bool:
    """A capitalised name word, whatever entity the NER put it in ("the Celaya - Apaseo el")."""
    return token.text[:1].isupper() and token.pos_ in ("PROPN", "NOUN", "ADJ")
