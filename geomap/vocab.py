"""geomap's closed vocabularies, as enums.

ACLED's event and sub-event types, the roles of a mentioned place and the
feature types of a gazetteer entry are fixed sets: enums make a misspelt
value an error where it is written, not a silent new category on the map.
They are ``StrEnum`` so they compare equal to, and serialise as, the strings
ACLED and the outputs use.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = ("EventType", "FeatureType", "Role", "SubEventType")


class EventType(StrEnum):
    """ACLED event types geomap codes (political violence only)."""

    BATTLES = "Battles"
    EXPLOSIONS = "Explosions/Remote violence"
    CIVILIANS = "Violence against civilians"


class SubEventType(StrEnum):
    """ACLED sub-event types, each under one `EventType`."""

    ARMED_CLASH = "Armed clash"
    AIR_STRIKE = "Air/drone strike"
    SHELLING = "Shelling/artillery/missile attack"
    REMOTE_EXPLOSIVE = "Remote explosive/landmine/IED"
    SUICIDE_BOMB = "Suicide bomb"
    GRENADE = "Grenade"
    ATTACK = "Attack"
    ABDUCTION = "Abduction/forced disappearance"
    LOOTING = "Looting/property destruction"

    @property
    def event_type(self) -> EventType:
        """The ACLED event type this sub-type belongs to."""
        if self is SubEventType.ARMED_CLASH:
            return EventType.BATTLES
        if self in (SubEventType.ATTACK, SubEventType.ABDUCTION, SubEventType.LOOTING):
            return EventType.CIVILIANS
        return EventType.EXPLOSIONS


class Role(StrEnum):
    """Why a place is in the text.  Only ``INCIDENT`` (and ``NEAR``) places locate incidents."""

    INCIDENT = "incident"
    #: A reference point of an event nearby ("20 km north of Kherson"): an
    #: incident place at ACLED geo-precision 2.  Internal: outputs say ``incident``.
    NEAR = "near"
    AFFILIATION = "affiliation"  # "Tehran-backed", "Iran-linked", "Russian-made"
    ORIGIN = "origin"  # "Britain-based monitor", a dateline
    DIPLOMACY = "diplomacy"  # "visiting Moscow", "at the invitation of Damascus"
    ACTOR = "actor"  # a place standing for its government or forces: "Damascus denounced"
    CAPTION = "caption"  # a photo caption about another time
    CONTEXT = "context"  # reference features, supply routes, background
    MENTIONED = "mentioned"  # none of the above was recognised

    @property
    def locates(self) -> bool:
        """Whether a place in this role can be an incident's location."""
        return self in (Role.INCIDENT, Role.NEAR)


class FeatureType(StrEnum):
    """What kind of place a gazetteer entry is.

    Areas (continent, country, admin1, admin2, region) and lines (river) are
    located by a representative point; their optional ``geometry`` holds the
    outline.
    """

    CONTINENT = "continent"
    COUNTRY = "country"
    ADMIN1 = "admin1"
    ADMIN2 = "admin2"
    REGION = "region"
    CITY = "city"
    TOWN = "town"
    VILLAGE = "village"
    NEIGHBOURHOOD = "neighbourhood"
    BASE = "base"
    AIRPORT = "airport"
    CROSSING = "crossing"
    CHECKPOINT = "checkpoint"
    CAMP = "camp"
    OILFIELD = "oilfield"
    DAM = "dam"
    BRIDGE = "bridge"
    PORT = "port"
    SITE = "site"
    RIVER = "river"
    SEA = "sea"
    LAKE = "lake"
    MOUNTAIN = "mountain"
    ISLAND = "island"

    @property
    def is_area(self) -> bool:
        """Whether the point only represents an area."""
        return self in (FeatureType.CONTINENT, FeatureType.COUNTRY, FeatureType.ADMIN1,
                        FeatureType.ADMIN2, FeatureType.REGION)  # fmt: skip

    @property
    def in_one_country(self) -> bool:
        """Whether the feature lies in the one country it is filed under.

        A river, a sea or a lake crosses borders: "the Niger" tells no story's country.
        """
        return self not in (FeatureType.CONTINENT, FeatureType.RIVER, FeatureType.SEA,
                            FeatureType.LAKE)  # fmt: skip

    @property
    def locates(self) -> bool:
        """Whether an incident may be placed at this feature.

        A continent ("fighting in Africa") says where in no sense a map can
        use: its point lies in the middle of dozens of countries.
        """
        return self is not FeatureType.CONTINENT

    @property
    def geo_precision(self) -> int:
        """ACLED geo-precision of an incident located by this feature.

        3 a province or wider, 2 a district or a line (a river, a lake shore),
        1 a named site.
        """
        return _GEO_PRECISION.get(self, 1)

    @property
    def size(self) -> int:
        """How big the feature is, to keep the most specific of two that contain each other."""
        return _SIZE.get(self, 0)

    @property
    def radius_km(self) -> float:
        """How far an incident placed only by this feature may lie from its point.

        A country has none: a circle in its middle would claim a region it does
        not know.  Sites and settlements not listed get 10 km.
        """
        return _RADIUS_KM.get(self, 10.0)


_GEO_PRECISION = {
    FeatureType.CONTINENT: 3,
    FeatureType.SEA: 3,
    FeatureType.COUNTRY: 3,
    FeatureType.ADMIN1: 3,
    FeatureType.REGION: 3,
    FeatureType.ADMIN2: 2,
    FeatureType.RIVER: 2,
    FeatureType.LAKE: 2,
    FeatureType.MOUNTAIN: 2,
}
_SIZE = {
    FeatureType.CONTINENT: 7,
    FeatureType.COUNTRY: 6,
    FeatureType.ADMIN1: 5,
    FeatureType.REGION: 5,
    FeatureType.SEA: 5,
    FeatureType.ADMIN2: 4,
    FeatureType.RIVER: 4,
    FeatureType.LAKE: 3,
    FeatureType.CITY: 2,
    FeatureType.TOWN: 1,
    FeatureType.VILLAGE: 1,
}
_RADIUS_KM = {
    FeatureType.CONTINENT: 0.0,
    FeatureType.COUNTRY: 0.0,
    FeatureType.ADMIN1: 80.0,
    FeatureType.REGION: 120.0,
    FeatureType.ADMIN2: 25.0,
    FeatureType.RIVER: 40.0,
    FeatureType.LAKE: 20.0,
    FeatureType.MOUNTAIN: 15.0,
}
