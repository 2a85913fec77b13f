"""Value types passed between the pipeline's stages.

``Article`` (input) → ``Mention`` with a resolved ``Place`` (geoparse) →
``Incident`` (incidents) → GeoDataFrame (frame) → map (render).  They are
frozen so a stage can never change what an earlier stage produced, and they
validate on construction (like geopy's ``Point``) so a bad coordinate fails
where it is made, not on the map.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date

from geomap.vocab import FeatureType, Role

__all__ = (
    "FEATURE_TYPES",
    "MENTION_ROLES",
    "Article",
    "Place",
    "Candidate",
    "Mention",
    "Incident",
)

#: Feature types a gazetteer entry may have (the values of `FeatureType`).
FEATURE_TYPES: frozenset[str] = frozenset(FeatureType)

#: Roles a mention may carry in the outputs (`Role`, less the internal ``near``).
MENTION_ROLES: frozenset[str] = frozenset(Role) - {Role.NEAR}


_GEONAMES_ID = re.compile(r"(?:^gn:|geonames:)(\d+)")


def _check_coordinate(lat: float, lon: float, what: str) -> None:
    if not (math.isfinite(lat) and math.isfinite(lon)):
        raise ValueError(f"{what}: coordinates must be finite, got lat={lat!r}, lon={lon!r}")
    if not -90.0 <= lat <= 90.0:
        raise ValueError(f"{what}: latitude {lat!r} is outside [-90, 90]")
    if not -180.0 <= lon <= 180.0:
        raise ValueError(f"{what}: longitude {lon!r} is outside [-180, 180]")


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read from a file or a JSON Lines row."""

    id: str
    title: str
    text: str
    published: date | None = None
    url: str = ""
    path: str = ""

    def __post_init__(self) -> None:
        if not self.id.strip():
            raise ValueError("Article.id must not be empty")


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry: a named place with a representative point.

    ``source`` says where the coordinates come from (``geonames:292223``,
    ``curated:gazetteer/sy.tsv``), as geopy's ``Location.raw`` keeps the
    provider's record.
    """

    id: str
    name: str
    lat: float
    lon: float
    feature_type: str
    country: str = ""
    admin1: str = ""
    population: int = 0
    aliases: tuple[str, ...] = ()
    source: str = ""
    geometry: str | None = None
    priority: int = 0

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ValueError(f"Place {self.id!r}: name must not be empty")
        _check_coordinate(self.lat, self.lon, f"Place {self.name!r}")
        if self.feature_type not in FEATURE_TYPES:
            raise ValueError(
                f"Place {self.name!r}: unknown feature type {self.feature_type!r} "
                f"(expected one of {', '.join(sorted(FEATURE_TYPES))})"
            )

    @property
    def geonames_id(self) -> int | None:
        """The GeoNames record the place comes from, when it has one.

        Read from ``id`` (``gn:292223``) or ``source`` (``geonames:6252001``),
        so the index needs no extra column; evaluations compare it with gold ids.
        """
        found = _GEONAMES_ID.search(self.id if self.id.startswith("gn:") else self.source)
        return int(found.group(1)) if found else None

    @property
    def is_area(self) -> bool:
        """Whether the place is an area whose point is only representative."""
        return FeatureType(self.feature_type).is_area


@dataclass(frozen=True, slots=True)
class Candidate:
    """A ranked answer to a gazetteer lookup."""

    place: Place
    score: float
    matched: str = ""


@dataclass(frozen=True, slots=True)
class Mention:
    """A place name found in an article, resolved (or not) to a ``Place``."""

    text: str
    start: int
    end: int
    sentence: int
    label: str
    place: Place | None = None
    score: float = 0.0
    alternatives: tuple[Place, ...] = ()
    adjectival: bool = False
    role: str = "mentioned"
    #: In a photo caption line, or a wire dateline ("KYIV, Ukraine (AP) —"): set by geoparse.
    caption: bool = False
    dateline: bool = False
    #: The name's tokens in the geoparsed doc (start, end), so later stages need not
    #: re-derive them from character offsets; (-1, -1) when not known.
    tokens: tuple[int, int] = (-1, -1)
    #: The name is a part of the place resolved ("Playas de Tijuana" → Tijuana): near it.
    part: bool = False

    def __post_init__(self) -> None:
        if not self.text.strip():
            raise ValueError("Mention.text must not be empty")
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"Mention {self.text!r}: bad span {self.start}..{self.end}")
        if self.role not in MENTION_ROLES:
            raise ValueError(f"Mention {self.text!r}: unknown role {self.role!r}")


@dataclass(frozen=True, slots=True)
class Incident:
    """One violent event, located where it happened, ACLED-style.

    ``date_precision`` and ``geo_precision`` follow ACLED: 1 = exact day /
    named site, 2 = within a week / near or part of a region, 3 = month /
    province or country only.
    """

    event_date: date | None
    event_type: str
    sub_event_type: str
    actor1: str
    actor2: str
    place: Place
    geo_precision: int
    fatalities: int | None
    notes: tuple[str, ...]
    article: str
    source_title: str = ""
    source_url: str = ""
    date_precision: int = 1
    location: str = ""
    trigger: str = ""
    sentences: tuple[int, ...] = field(default=())
    #: The dataset an imported incident comes from ("ACLED", "UCDP GED"); "" when
    #: geomap extracted it from an article.
    dataset: str = ""
    #: The dataset's own ACLED-column values (``(column, value)`` pairs); the
    #: export keeps them instead of deriving its own.
    record: tuple[tuple[str, str], ...] = field(default=())

    def __post_init__(self) -> None:
        if self.geo_precision not in (1, 2, 3):
            raise ValueError(f"Incident at {self.place.name!r}: geo_precision must be 1, 2 or 3")
        if self.date_precision not in (1, 2, 3):
            raise ValueError(f"Incident at {self.place.name!r}: date_precision must be 1, 2 or 3")
        if self.fatalities is not None and self.fatalities < 0:
            raise ValueError(f"Incident at {self.place.name!r}: fatalities must be >= 0")
        if not self.notes:
            raise ValueError(f"Incident at {self.place.name!r}: needs its source sentence")
