"""geomap: map violent incidents from news articles, offline.

Pipeline: gazetteer → geoparse → incidents → frame → render; the whole run
is ``geomap.build.build``.  This module
re-exports the public names and imports nothing heavy: spaCy, geopandas and
folium load inside the stage that needs them (``incidents_frame``,
``places_frame`` and ``write_map`` are resolved on first use).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from geomap.build import BuildResult
from geomap.errors import (
    ExportError,
    GazetteerEntryError,
    GazetteerError,
    GazetteerLockError,
    GeomapError,
    InputError,
    RenderError,
    ReviewError,
    ReviewLockError,
)
from geomap.gazetteer import Gazetteer
from geomap.geoparse import Geoparser, ParsedArticle
from geomap.incidents import ActorRegistry, IncidentExtractor
from geomap.inputs import iter_articles
from geomap.model import Article, Candidate, Incident, Mention, Place

if TYPE_CHECKING:  # pragma: no cover
    from geomap.frame import incidents_frame, places_frame
    from geomap.render import write_map

__version__ = "0.1.0"

__all__ = [
    "ActorRegistry",
    "Article",
    "BuildResult",
    "Candidate",
    "ExportError",
    "Gazetteer",
    "GazetteerEntryError",
    "GazetteerError",
    "GazetteerLockError",
    "GeomapError",
    "Geoparser",
    "Incident",
    "IncidentExtractor",
    "InputError",
    "Mention",
    "ParsedArticle",
    "Place",
    "RenderError",
    "ReviewError",
    "ReviewLockError",
    "__version__",
    "incidents_frame",
    "iter_articles",
    "places_frame",
    "write_map",
]

_LAZY = {
    "incidents_frame": "geomap.frame",
    "places_frame": "geomap.frame",
    "write_map": "geomap.render",
}


def __getattr__(name: str) -> Any:
    """Load the heavy stages (geopandas, folium) only when asked for."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'geomap' has no attribute {name!r}")
