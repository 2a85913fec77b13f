"""The area a comma names after a town: "Celaya, Guanajuato" is the state, not its capital.

In "Town, Area" the second name says where the town lies, so it is an area
that holds the town.  Where its best-ranked reading is a settlement of the
same name (the city of Guanajuato, 50 km from Celaya) and the gazetteer also
has a first-level area of that name holding the town, the area is meant.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from geomap.model import Candidate, Place

__all__ = ("SETTLEMENT_TYPES", "areas_for_containers")

#: Feature types of settlements (the resolver reads the same set).
SETTLEMENT_TYPES = frozenset({"city", "town", "village", "neighbourhood"})


def areas_for_containers(
    toponyms: Sequence[Any],
    options: dict[int, list[Candidate]],
    results: dict[int, tuple[Place | None, float, tuple[Place, ...]]],
) -> None:
    """Replace in ``results`` each comma container read as a town by the area holding it."""
    for index, toponym in enumerate(toponyms):
        outer_index = toponym.container
        if outer_index is None or toponym.possessive or outer_index not in results:
            continue
        inner, (outer, score, alternatives) = results[index][0], results[outer_index]
        if inner is None or outer is None or outer.feature_type not in SETTLEMENT_TYPES:
            continue
        for candidate in options.get(outer_index, ()):
            area = candidate.place
            if (
                area.feature_type == "admin1"
                and area.country == inner.country
                and area.name.casefold() == outer.name.casefold()
                and inner.admin1.casefold() == area.name.casefold()
            ):
                results[outer_index] = (area, score, alternatives)
                break
