"""The area a comma names after a town: "Celaya, Guanajuato" is the state, not its capital.

In "Town, Area" the second name says where the town lies, so it is an area
that holds the town.  Where its best-ranked reading is a settlement of the
same name (the city of Guanajuato, 50 km from Celaya) and the gazetteer also
has a first-level area of that name holding the town, the area is meant.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from geomap.distance import haversine_km
from geomap.gazetteer.normalize import normalize, skeleton
from geomap.geoparse import spelling
from geomap.model import Candidate, Place

__all__ = (
    "SETTLEMENT_TYPES",
    "area_of_a_part",
    "areas_for_containers",
    "can_hold",
    "district_of_the_province",
    "filed_as",
    "held_in_area",
    "holds",
    "in_container",
    "in_named_area",
    "respelt_in_area",
)

#: Feature types of settlements (the resolver reads the same set).
SETTLEMENT_TYPES = frozenset({"city", "town", "village", "neighbourhood"})


#: How far a named part of a settlement may lie from its centre ("Gaza City's Zeitoun").
_PART_KM = 30.0
_REGION_KM = 300.0


def can_hold(container: Place, place: Place) -> bool:
    """Whether ``place`` can lie in the explicit container ("Sudan's Omdurman").

    A possessive or comma container is the writer's own disambiguation: a
    candidate outside it is another place of the same name, never the one meant.
    """
    if container.feature_type == "country":
        return place.country == container.country
    km = haversine_km(place.lat, place.lon, container.lat, container.lon)
    if container.is_area:
        own = container.admin1 if container.feature_type == "admin1" else ""  # its own name
        names = {_area_key(n) for n in (container.name, own) if n}
        return place.country == container.country and (
            bool(place.admin1)
            and _area_key(place.admin1) in names  # "Mopti" of "Mopti Region"
            or (km <= _REGION_KM and not _in_another_area(place, container))
        )
    return km <= _PART_KM


def _area_key(name: str) -> str:
    """An area's name as compared, its kind and spelling aside: "Donetska oblast" is "Donetsk"."""
    return skeleton(spelling.area_base(normalize(name)))


def _in_another_area(place: Place, container: Place) -> bool:
    """Whether the gazetteer files ``place`` under another first-level area than ``container``.

    "the Sahar district of Saada province": a Sahar filed under Sanaa, 180 km
    away, is another place.  A place filed under no area may still lie in it.
    """
    if container.feature_type != "admin1" or not place.admin1:
        return False
    names = (container.name, container.admin1, *container.aliases)
    return _area_key(place.admin1) not in {_area_key(n) for n in names if n}


def filed_as(gazetteer: Any, area: Place) -> Place:
    """The first-level area with the names the gazetteer's towns are filed under.

    Example: "Shelling killed two men in Orikhiv in Zaporizhzhia Oblast": the
    writer's "Zaporizhzhia Oblast" is the curated entry, while the towns of
    the base gazetteer name their province "Zaporizka oblast".  Both are the
    first-level area the area's own base name reads as in its country, so the
    area takes that area's names too, and the town it holds stays the scene.
    """
    if area.feature_type != "admin1" or not area.id.startswith("cur:"):
        return area
    base = spelling.area_base(area.name)
    same = [
        c.place
        for c in gazetteer.lookup(base, country=area.country, limit=10)
        if c.place.feature_type == "admin1"
        and c.place.country == area.country
        and c.place.id != area.id
        and spelling.exact(base, c)
    ]
    names = [n for p in same for n in (p.name, *p.aliases) if n not in area.aliases]
    return replace(area, aliases=(*area.aliases, *dict.fromkeys(names))) if names else area


#: Feature types that never lie inside a first-level area named beside them.
_LANDS = frozenset({"continent", "country", "admin1"})


def held_in_area(
    found: list[Candidate], name: str, outer: Sequence[Candidate], outer_name: str
) -> list[Candidate]:
    """The namesakes of ``name`` that lie in the first-level area named beside it.

    Example: "Ten dead in a shootout in San Isidro Sonora": the San Isidro of
    Sonora, not a larger one elsewhere in the country.  Nothing when no
    namesake lies there, or when the name is itself a land of the area's
    country ("Sinaloa, Sonora and Chihuahua", a list of states).  The
    resolver then keeps even a guessed name's small namesake there
    ("Zoquitla, Guerrero: …"): the writer named the state to say which.
    """
    areas = [
        c.place for c in outer if c.place.feature_type == "admin1" and _the_area(outer_name, c)
    ]
    countries = {a.country for a in areas}
    if not areas or any(
        c.place.feature_type in _LANDS
        and spelling.exact(name, c)
        and (c.place.feature_type != "admin1" or c.place.country in countries)
        for c in found
    ):
        return []
    return [c for c in found if any(holds(a, c.place) for a in areas)]


def in_container(
    gazetteer: Any,
    toponym: Any,
    found: list[Candidate],
    outer: Sequence[Candidate],
    names: tuple[str, str],
) -> tuple[list[Candidate], str | None]:
    """The candidates of a toponym its container leaves, and the container's country.

    ``outer`` is the container's candidates and ``names`` the two names.  A
    writer who tells the place inside its container ("Dera in the Amhara
    region", "Kani Township, Sagaing Region") leaves only the candidates it
    holds; "Germany, Canada, Australia" is a list, not a container.
    """
    area = filed_as(gazetteer, outer[0].place) if outer else None
    holders = [area, *area_of_a_part(toponym, outer, names[1])] if area else []
    inside = [c for c in found if any(can_hold(h, c.place) for h in holders)]
    provincial = district_of_the_province(toponym, found, outer, names)
    if provincial:
        inside = [c for c in found if c in inside or c in provincial]
    town = toponym.settlement_hint and outer and outer[0].place.feature_type != "country"
    told_inside = toponym.possessive or town  # the writer says it lies there
    listed = not told_inside and (not inside or found[0].place.feature_type == "country")
    country = None
    named = found
    if outer and not listed:
        country = outer[0].place.country
        if told_inside or outer[0].place.feature_type == "country":
            found = inside
    if not toponym.possessive:
        found = in_named_area(gazetteer, toponym, names[0], found, (outer, names[1]))
    elif not found and (respelt := respelt_in_area(gazetteer, names[0], named, outer, names[1])):
        toponym.within, found = respelt  # "Kyaukphyu in Rakhine State": a slip for one there
    return found, country


def area_of_a_part(toponym: Any, outer: Sequence[Candidate], outer_name: str) -> list[Place]:
    """The area readings of a town named as the holder of an area: "X upazila of Y" is Y's district.

    Example: "A shell hit a house in Teknaf upazila of Cox's Bazar": an
    upazila, tehsil or local government area lies in a district, not in the
    town that gave the district its name, 70 km from Teknaf; a town's few
    kilometres (`can_hold`) do not reach it, the district does.
    """
    if not (toponym.admin_hint and outer) or outer[0].place.feature_type not in SETTLEMENT_TYPES:
        return []
    town = outer[0].place
    return [
        c.place
        for c in outer
        if c.place.is_area and c.place.country == town.country and _the_area(outer_name, c)
    ]


def district_of_the_province(
    toponym: Any, found: list[Candidate], outer: Sequence[Candidate], names: tuple[str, str]
) -> list[Candidate]:
    """Form: "the X district of Y": a district of the province Y, named after its town.

    Example: "Two rangers were shot in Bannang Sata district of Yala": the
    district lies in Yala province, its town of that name 30 km away or
    more; a town's few kilometres (`can_hold`) do not reach an area of the
    province.  The areas of ``found`` the province holds (`held_in_area`)
    are then inside, and the toponym ``held`` there.
    """
    if not (toponym.possessive and toponym.admin_hint and outer):
        return []
    if outer[0].place.feature_type not in SETTLEMENT_TYPES:
        return []
    areas = [c for c in found if c.place.is_area]
    held = held_in_area(areas, names[0], outer, names[1])
    toponym.held = toponym.held or bool(held)
    return held


def in_named_area(
    gazetteer: Any,
    toponym: Any,
    name: str,
    found: list[Candidate],
    outer: tuple[Sequence[Candidate], str],
) -> list[Candidate]:
    """The candidates of a toponym ``name`` followed by an area: ``outer`` (its candidates, name).

    A name no place bears is a slip for the place one letter away there
    (`respelt_in_area`), whose name the toponym is then read as; else its
    namesakes there (`held_in_area`); else all of ``found``.  Sets
    ``toponym.held`` (and ``toponym.within``).
    """
    held = held_in_area(found, name, *outer)
    respelt = respelt_in_area(gazetteer, name, found, *outer)
    if respelt is not None:
        toponym.within, held = respelt
    toponym.held = bool(held)
    return held or found


#: Shortest name mended inside a first-level area, and inside a country: a
#: shorter one is one letter from too many other names there.
_RESPELT_LENGTH = {"admin1": 6, "country": 8}


def respelt_in_area(
    gazetteer: Any,
    name: str,
    found: Sequence[Candidate],
    outer: Sequence[Candidate],
    outer_name: str,
) -> tuple[str, list[Candidate]] | None:
    """The settlement one slip of the keyboard from an unknown name, in the area named beside it.

    Example: "Five men were shot dead in a bar in Zoqitlan, Rivera": no
    place bears "Zoqitlan", but the state of Rivera holds a "Zoquitlan", one
    letter away.  The writer's container bounds the search, so the slip is
    mended only there, and only when one name there is that close
    (`spelling.misspelt` trusts a slip anywhere only for a large place).
    A namesake elsewhere is another place (`can_hold`).  Returns the mended
    name and its candidates in the area; ``None`` for a name a place there
    bears (`spelling.same_name`: or a transliteration of it), for one with
    no unique neighbour there, or for a gazetteer that cannot search by slips.
    """
    one_edit = getattr(gazetteer, "one_edit", None)
    size = len(normalize(name))
    areas = [
        c.place
        for c in outer
        if c.place.feature_type in _RESPELT_LENGTH
        and size >= _RESPELT_LENGTH[c.place.feature_type]
        and _the_area(outer_name, c)
    ]
    named = [
        c for c in found if spelling.same_name(name, c) and any(_in_area(a, c.place) for a in areas)
    ]
    if one_edit is None or not areas or named:
        return None
    near = [
        c
        for c in one_edit(name)
        if c.place.feature_type in SETTLEMENT_TYPES and any(_in_area(a, c.place) for a in areas)
    ]
    if len({normalize(c.matched or "") for c in near}) != 1 and len({c.place for c in near}) != 1:
        return None
    mended = near[0].matched or near[0].place.name
    places = {c.place for c in near}
    return mended, [c for c in gazetteer.lookup(mended, limit=20) if c.place in places]


def _the_area(name: str, candidate: Candidate) -> bool:
    """Whether the area named is this candidate, its kind word aside ("Rakhine State")."""
    return spelling.exact(name, candidate) or spelling.exact(spelling.area_base(name), candidate)


def _in_area(area: Place, place: Place) -> bool:
    """Whether a first-level area (`holds`) or a country holds the place."""
    return place.country == area.country if area.feature_type == "country" else holds(area, place)


def holds(area: Place, place: Place) -> bool:
    """Whether a first-level area holds the place, by the place's own first-level name."""
    return place.country == area.country and place.admin1.casefold() == area.name.casefold()


def _written(toponym: Any) -> str:
    """The name as the writer gave it, folded: "Antioquia", though read as Santa Fe de Antioquia.

    Example: "Gunmen killed a farmer in Zoquita, Antioquia": the town the
    name matched by an alias is not the name the area must bear.
    """
    return toponym.text.strip().casefold()


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
        written = {outer.name.casefold(), _written(toponyms[outer_index])}
        for candidate in options.get(outer_index, ()):
            area = candidate.place
            if (
                area.feature_type == "admin1"
                and area.country == inner.country
                and area.name.casefold() in written
                and inner.admin1.casefold() == area.name.casefold()
            ):
                results[outer_index] = (area, score, alternatives)
                break
