"""The gazetteer: every incident's location comes from here.

Base places (GeoNames 500+, countries, admin1/admin2, airports and air
bases) plus curated TSV files, in a cached SQLite index, looked up by
normalised name and ranked with context::

    from geomap.gazetteer import Gazetteer
    gz = Gazetteer.open()
    gz.lookup("Tripoli", country="LB")[0].place

Importing this package loads neither spaCy, pandas nor shapely.
"""

from geomap.gazetteer.core import Gazetteer, default_curated_dir
from geomap.gazetteer.index import default_cache_dir
from geomap.gazetteer.normalize import normalize, skeleton

__all__ = ["Gazetteer", "default_cache_dir", "default_curated_dir", "normalize", "skeleton"]
