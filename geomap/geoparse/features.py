"""What the ranker reads of one candidate: `geomap.geoparse.ranker.FEATURES`, in order.

The name (its spelling against the candidate's, the candidate's own name or
an alias), the kind and size of the place, and what the document says of
it: its other names' countries and areas, an explicit container, the words
around the name ("the town of", "province").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from geomap.distance import haversine_km
from geomap.geoparse import spelling
from geomap.geoparse.containers import SETTLEMENT_TYPES
from geomap.geoparse.ranker import population_feature

if TYPE_CHECKING:  # pragma: no cover
    from geomap.geoparse.resolve import Toponym
    from geomap.geoparse.support import DocumentSupport
    from geomap.model import Candidate, Place

__all__ = ("ADMIN_TYPES", "WHOLE_LANDS", "area_readings", "candidate_features")

ADMIN_TYPES = frozenset({"admin1", "admin2", "region"})


def area_readings(name: str, found: Sequence[Candidate]) -> list[Candidate]:
    """The candidates an area word asks for ("Mandera county": the county, not its town).

    When the gazetteer lists no area of the name, the place named exactly so
    (the town the district is named for) stands for it: "in Macomia district"
    is not a Brazilian municipality a spelling away.
    """
    areas = [c for c in found if c.place.feature_type in ADMIN_TYPES]
    spelt = [c for c in found if spelling.exact(name, c)]
    return [c for c in areas if c in spelt] or spelt or areas or list(found)


#: An exact name of one means the land itself, never a town named after it.
WHOLE_LANDS = frozenset({"continent", "country"})


#: A settlement this close to an area's point (its most populous member) is its main town.
_MAIN_TOWN_KM = 30.0


def _eponymous(place: Place, query: str, candidates: Sequence[Candidate]) -> bool:
    """Whether an area is named after its own main town (Idlib, Jenin): news means the town."""
    return any(
        c.place.feature_type in SETTLEMENT_TYPES
        and c.place.country == place.country
        and spelling.exact(query, c)
        and (
            c.place.admin1.casefold() == place.name.casefold()
            or haversine_km(c.place.lat, c.place.lon, place.lat, place.lon) <= _MAIN_TOWN_KM
        )
        for c in candidates
    )


def candidate_features(
    cand: Candidate,
    top: float,
    query: str,
    toponym: Toponym,
    candidates: Sequence[Candidate],
    context_share: float,
    container_country: str | None,
    support: DocumentSupport | None,
) -> tuple[float, ...]:
    """The candidate's `ranker.FEATURES`.

    Before context, a country's or a state's exact name means the area
    (Mexico, California), not a town named after it, and the place whose own
    name the text is beats one that merely has it as an alias ("Nebraska" is
    not an old name of a Virginian town).
    """
    place = cand.place
    exact = spelling.exact(query, cand)
    primary = exact and spelling.primary(query, cand)
    kind = place.feature_type
    admin1 = kind == "admin1" and exact and not _eponymous(place, query, candidates)
    shares = support.shares(query, place) if support is not None else (0.0, 0.0, 0.0)
    return (
        spelling.official_score(query, cand) / top,
        float(primary),
        float(exact and not primary and any(spelling.primary(query, c) for c in candidates)),
        population_feature(place),
        float(kind in WHOLE_LANDS and exact),
        float(admin1),
        float(admin1) * shares[0],
        float(kind == "admin2"),
        float(kind in SETTLEMENT_TYPES),
        shares[0],
        shares[1],
        shares[2],
        context_share,
        float(bool(container_country) and place.country == container_country),
        float(toponym.settlement_hint and kind in SETTLEMENT_TYPES),
        float(toponym.admin_hint and kind in ADMIN_TYPES),  # "Bryansk region": the region
        float(place.priority),
    )
