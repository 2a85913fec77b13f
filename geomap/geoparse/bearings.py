"""Compass words that say which part of its country a settlement lies in.

"The southern Lebanese village of Ainata" and "the northern town of Kfar
Kila" tell the reader where in the country to look: a namesake at the other
end of the country is not the place meant.  The bearing is read only from
the settlement-word phrase before the name ("southern … village of X");
"northern Virginia" names a part of Virginia and "north of X" a place
outside X, so neither counts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from geomap.model import Candidate, Place

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ("COMPASS", "bearing_before", "mark_bearings", "on_bearing")

#: Compass words → (north-south sign, east-west sign).
COMPASS: dict[str, tuple[int, int]] = {
    **dict.fromkeys(("north", "northern"), (1, 0)),
    **dict.fromkeys(("south", "southern"), (-1, 0)),
    **dict.fromkeys(("east", "eastern"), (0, 1)),
    **dict.fromkeys(("west", "western"), (0, -1)),
    **dict.fromkeys(("northeast", "northeastern", "north-east", "north-eastern"), (1, 1)),
    **dict.fromkeys(("northwest", "northwestern", "north-west", "north-western"), (1, -1)),
    **dict.fromkeys(("southeast", "southeastern", "south-east", "south-eastern"), (-1, 1)),
    **dict.fromkeys(("southwest", "southwestern", "south-west", "south-western"), (-1, -1)),
}
_SETTLEMENTS = frozenset({"village", "town", "city", "hamlet", "settlement", "township"})
#: At most this many words between the compass word and the settlement word.
_REACH = 3


def bearing_before(doc: Doc, start: int) -> tuple[int, int] | None:
    """The bearing of "the southern [Lebanese] village of X" for the name at token ``start``."""
    at = start - 1
    if at >= 0 and doc[at].lower_ == "of":
        at -= 1
    if at < 0 or doc[at].lower_ not in _SETTLEMENTS:
        return None
    for index in range(at - 1, max(at - 1 - _REACH, -1), -1):
        word = doc[index].lower_
        if word in COMPASS:
            if index >= 2 and doc[index - 1].text == "-":  # "north-eastern", split by the tokenizer
                return COMPASS.get(f"{doc[index - 2].lower_}-{word}", COMPASS[word])
            return COMPASS[word]
        if doc[index].is_punct or doc[index].pos_ in ("VERB", "ADP", "DET"):
            return None
    return None


def mark_bearings(doc: Doc, toponyms: Iterable[Any]) -> None:
    """Set each toponym's ``bearing`` from the words before it."""
    for toponym in toponyms:
        span = doc.char_span(toponym.start, toponym.end, alignment_mode="expand")
        if span is not None:
            toponym.bearing = bearing_before(doc, span.start)


def on_bearing(
    found: Sequence[Candidate],
    bearing: tuple[int, int] | None,
    country: Callable[[str], Place | None],
) -> list[Candidate]:
    """Drop namesakes on the wrong side of their country's centre for the bearing told.

    When no candidate lies on the side told, nothing is kept: the place
    meant is not in the gazetteer, and a namesake across the country would
    put the event in the wrong place.
    """
    if bearing is None:
        return list(found)
    need = axes_needed(bearing)
    return [c for c in found if _sides(c, bearing, country) >= need]


def axes_needed(bearing: tuple[int, int]) -> int:
    """On how many axes a place must lie on the side told: one for a two-part bearing.

    "Northwestern Pakistan" or "the southwestern Cameroonian town" names a
    conventional region of the country, not a quadrant around its centre
    point: Peshawar lies north but east of Pakistan's centre, Kumba west but
    level with Cameroon's.  Only a namesake in the opposite quadrant is
    across the country.  Example: "a bomb went off in the northwestern city
    of Peshawar".
    """
    return 2 if 0 in bearing else 1


def _sides(
    candidate: Candidate, bearing: tuple[int, int], country: Callable[[str], Place | None]
) -> int:
    """On how many of the bearing's axes the candidate lies on the side told (2 if unknown).

    Example: "the northern city of Quetta" (the east-west axis always counts).
    """
    centre = country(candidate.place.country) if candidate.place.country else None
    if centre is None or candidate.place.feature_type == "country":
        return 2
    north, east = bearing
    dlat, dlon = candidate.place.lat - centre.lat, candidate.place.lon - centre.lon
    return (dlat * north >= 0) + (dlon * east >= 0)
