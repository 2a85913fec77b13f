"""The gazetteer's name lists the geoparser reads at start-up, kept between processes.

The entity ruler's (name, label) pairs and the large cities' names are read
from the index and folded to ASCII on every start, about 0.7 s of a one-article
build.  They depend only on the index files, whose names carry their content
hash, so a copy kept beside the index under those names is valid exactly as
long as the index is.
"""

from __future__ import annotations

import pickle
from pathlib import Path
from typing import Any

from geomap.atomic import atomic_write, read_kept

__all__ = ("cached_names",)


def cached_names(gazetteer: Any, cache_dir: Path | None) -> tuple[list, frozenset[str]]:
    """(ruler (name, label) pairs, large-city names) of ``gazetteer``, read once per index."""
    path = _path(gazetteer, cache_dir)
    kept = read_kept(path)
    if isinstance(kept, tuple) and len(kept) == 2:
        ruler, cities = kept
        return ruler, frozenset(cities)
    city_names = getattr(gazetteer, "city_names", None)
    cities = frozenset(city_names() if city_names is not None else ())
    ruler = list(gazetteer.ruler_names())
    if path is not None:
        atomic_write(path, pickle.dumps((ruler, sorted(cities)), protocol=5))
    return ruler, cities


def _path(gazetteer: Any, cache_dir: Path | None) -> Path | None:
    files = [getattr(gazetteer, name, None) for name in ("base_db", "curated_db")]
    if cache_dir is None or not any(files):
        return None
    stems = "-".join(Path(f).stem for f in files if f)
    return Path(cache_dir) / f"names-{stems}.pickle"
