"""geomap: map violent incidents from news articles, offline.

Pipeline: gazetteer → geoparse → incidents → frame → render.  This module
re-exports the public names and imports nothing heavy (spaCy, geopandas and
folium load inside the stage that needs them).
"""

from geomap.errors import (
    GazetteerEntryError,
    GazetteerError,
    GazetteerLockError,
    GeomapError,
    InputError,
    RenderError,
)
from geomap.model import Article, Candidate, Incident, Mention, Place

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Candidate",
    "GazetteerEntryError",
    "GazetteerError",
    "GazetteerLockError",
    "GeomapError",
    "Incident",
    "InputError",
    "Mention",
    "Place",
    "RenderError",
    "__version__",
]
