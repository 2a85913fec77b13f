"""The ``Gazetteer``: ranked name lookups over the base and curated indexes.

Opening is cheap once the indexes are built (two read-only SQLite files, the
curated one attached as ``cur``); each distinct query costs two or three
indexed SQL look-ups, then sits in an LRU cache, so repeated names — most
names in a news corpus — cost a dictionary hit.
"""

from __future__ import annotations

import os
import sqlite3
from collections import OrderedDict
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from geomap.errors import GazetteerError
from geomap.gazetteer import ranking
from geomap.gazetteer.borders import DEFAULT_TOLERANCE_KM, Borders
from geomap.gazetteer.curation import MERGE_KM, merge_curated
from geomap.gazetteer.index import (
    PLACE_COLUMNS,
    default_cache_dir,
    ensure_base,
    ensure_curated,
)
from geomap.gazetteer.integrity import check_header
from geomap.gazetteer.normalize import (
    ascii_fold,
    is_latin,
    loose_key,
    normalize,
    one_edit_keys,
    skeleton_key,
)
from geomap.model import Candidate, Place

__all__ = ("Gazetteer", "PACKAGED_CURATED_DIR", "default_curated_dir", "RULER_LABELS", "MERGE_KM")

#: spaCy entity label per feature type, for EntityRuler patterns.
RULER_LABELS: dict[str, str] = {
    **dict.fromkeys(
        ("country", "admin1", "admin2", "city", "town", "village", "neighbourhood"), "GPE"
    ),
    **dict.fromkeys(("continent", "region", "river", "sea", "lake", "mountain", "island"), "LOC"),
}
_FAC = "FAC"
_SKELETON_ROWS = 400
_MIN_SKELETON = 3
_PLACE_CACHE = 50_000
_SCHEMAS = ("base", "cur")
#: The curated places shipped with geomap (package data; see `default_curated_dir`).
PACKAGED_CURATED_DIR = Path(__file__).resolve().parent / "places"
#: Cities this large are well known enough to overrule the NER's label (see `city_names`).
CITY_NAME_POPULATION = 50_000


def default_curated_dir() -> Path:
    """Where curated TSV files live.

    ``$GEOMAP_GAZETTEER_DIR`` if set, else ``./gazetteer`` when the current
    directory has one (a user's own folder wins), else the curated places
    shipped with the package (``geomap/gazetteer/places``: in a checkout a
    link to the repository's ``gazetteer/``, in a wheel its package data).
    """
    env = os.environ.get("GEOMAP_GAZETTEER_DIR")
    if env:
        return Path(env)
    local = Path.cwd() / "gazetteer"
    if local.is_dir():
        return local
    return PACKAGED_CURATED_DIR


class Gazetteer:
    """Ranked place-name lookups over a base index and a curated index."""

    def __init__(self, base_db: Path | None, curated_db: Path | None, cache_size: int = 65_536):
        """Open the given index files read-only (use :meth:`open` normally)."""
        self.base_db, self.curated_db = base_db, curated_db
        self._conn = sqlite3.connect("file::memory:", uri=True, check_same_thread=False)
        self._schemas: list[str] = []
        for schema, path in zip(_SCHEMAS, (base_db, curated_db), strict=True):
            if path is None:
                continue
            problem = check_header(path)
            if problem == "missing":
                raise GazetteerError(f"{path}: gazetteer index does not exist")
            if problem is not None:
                raise GazetteerError(f"{path}: not a usable gazetteer index: {problem}")
            uri = f"file:{path.resolve()}?mode=ro&immutable=1"
            self._conn.execute(f"ATTACH DATABASE ? AS {schema}", (uri,))
            self._schemas.append(schema)
        self._places: OrderedDict[tuple[str, int], Place] = OrderedDict()
        self._cached = lru_cache(maxsize=cache_size)(self._lookup_key)
        self._borders = Borders(loader=self._shape_wkb)

    @classmethod
    def open(
        cls,
        curated_dir: Path | None = None,
        cache_dir: Path | None = None,
        *,
        base_db: Path | None = None,
    ) -> Gazetteer:
        """Open the gazetteer, building or refreshing the cached indexes first.

        Parameters
        ----------
        curated_dir
            Curated TSV files; default :func:`default_curated_dir`.
        cache_dir
            Where indexes are cached; default ``$GEOMAP_CACHE_DIR`` or
            ``~/.cache/geomap``.
        base_db
            Use this prebuilt base index instead of the packaged sources (tests
            and custom bases); the curated index is still built and cached.
        """
        curated_dir = Path(curated_dir) if curated_dir else default_curated_dir()
        cache_dir = Path(cache_dir) if cache_dir else default_cache_dir()
        base = Path(base_db) if base_db else ensure_base(cache_dir)
        return cls(base, ensure_curated(curated_dir, cache_dir))

    def close(self) -> None:
        """Close the SQLite connection."""
        self._conn.close()

    def __enter__(self) -> Gazetteer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- rows → places -----------------------------------------------------

    def _place(self, schema: str, row: tuple) -> Place:
        key = (schema, row[0])
        place = self._places.get(key)
        if place is None:
            _, pid, name, lat, lon, ftype, cc, adm1, pop, aliases, source, geom, prio = row[:13]
            place = Place(
                id=pid,
                name=name,
                lat=lat,
                lon=lon,
                feature_type=ftype,
                country=cc,
                admin1=adm1,
                population=pop,
                aliases=tuple(aliases.split("|")) if aliases else (),
                source=source,
                geometry=geom,
                priority=prio,
            )
            self._places[key] = place
            if len(self._places) > _PLACE_CACHE:
                self._places.popitem(last=False)
        return place

    def _rows(
        self, column: str, value: str | list[str], limit: int | None
    ) -> list[tuple[str, tuple]]:
        """(schema, row) of the names whose ``column`` is ``value``, or one of a list."""
        values = [value] if isinstance(value, str) else value
        test = "= ?" if len(values) == 1 else f"IN ({', '.join('?' * len(values))})"
        out = []
        tail = f" ORDER BY n.prior DESC LIMIT {int(limit)}" if limit else ""
        columns = ", ".join("p." + c for c in PLACE_COLUMNS.split(", "))
        for schema in self._schemas:
            sql = (
                f"SELECT p.pk, {columns}, n.alias, n.key, n.prior "
                f"FROM {schema}.names n JOIN {schema}.places p ON p.pk = n.pk "
                f"WHERE n.{column} {test}{tail}"
            )
            out += [(schema, row) for row in self._conn.execute(sql, values)]
        return out

    # -- lookup ------------------------------------------------------------

    def lookup(
        self,
        name: str,
        *,
        country: str | None = None,
        near: tuple[float, float] | None = None,
        limit: int = 10,
    ) -> list[Candidate]:
        """Return up to ``limit`` candidates for ``name``, best first.

        The exact normalised name is tried, then its consonant skeleton (a
        lower match score), then — for "Idlib province" — the name without
        its trailing generic word.  ``country`` (ISO2) and ``near`` (lat, lon)
        add context that re-ranks homonyms; see :mod:`.ranking`.
        """
        key = normalize(name)
        if not key or limit <= 0:
            return []
        cc = country.upper() if country else None
        where = (round(near[0], 3), round(near[1], 3)) if near is not None else None
        return list(self._cached(key, cc, where, limit))

    def _lookup_key(
        self, key: str, country: str | None, near: tuple[float, float] | None, limit: int
    ) -> tuple[Candidate, ...]:
        scored: dict[str, tuple[float, Place]] = {}

        def add(place: Place, score: float) -> None:
            if place.id not in scored or scored[place.id][0] < score:
                scored[place.id] = (score, place)

        queries = [(key, 0.0, frozenset[str]())]
        for query, penalty, hint in queries:
            exact = self._rows("key", query, None)
            generic = ranking.split_generic(query) if not exact and not penalty else None
            if generic:  # "Idlib province" has no entry of its own: try "Idlib"
                queries.append((generic[0], ranking.GENERIC_PENALTY, generic[1]))
            for schema, row in exact:
                place = self._place(schema, row)
                match = ranking.MATCH_EXACT_ALIAS if row[-3] else ranking.MATCH_EXACT
                add(place, match - penalty + row[-1] + self._context(place, country, near, hint))
            skel = skeleton_key(query)
            if len(skel) < _MIN_SKELETON and exact:
                continue
            loose = loose_key(query)
            for schema, row in self._rows("skel", skel, _SKELETON_ROWS):
                if row[-2] == query:
                    continue  # already scored as an exact match
                place = self._place(schema, row)
                sim = ranking.similarity(loose, row[-2])
                base = ranking.skeleton_score(sim, row[-1], bool(row[-3]))
                add(place, base - penalty + self._context(place, country, near, hint))
        merge_curated(scored)
        best = sorted(
            scored.values(),
            key=lambda t: (-t[0], -t[1].priority, -t[1].population, t[1].id),
        )[:limit]
        return tuple(
            Candidate(place=p, score=round(s, 4), matched=_matched(p, key)) for s, p in best
        )

    def one_edit(self, name: str) -> list[Candidate]:
        """The places with a name one slip of the keyboard from ``name``, by prior.

        Asked only where the writer's container bounds the search
        (`geomap.geoparse.containers.respelt_in_area`): anywhere, a name one
        letter off is as often another place as a slip.
        """
        keys = sorted(one_edit_keys(normalize(name)))
        found: dict[str, Candidate] = {}
        for schema, row in self._rows("key", keys, None) if keys else ():
            place = self._place(schema, row)
            found.setdefault(place.id, Candidate(place, row[-1], _matched(place, row[-2])))
        return sorted(found.values(), key=lambda c: (-c.score, c.place.id))

    @staticmethod
    def _context(
        place: Place, country: str | None, near: tuple[float, float] | None, hint: frozenset[str]
    ) -> float:
        return ranking.context_bonus(place, country, near) + ranking.hint_bonus(place, hint)

    # -- direct access -----------------------------------------------------

    def get(self, place_id: str) -> Place | None:
        """Return the place with this id (``gn:…``, ``cur:…``, ``adm1:…``, …)."""
        for schema in self._schemas:
            row = self._conn.execute(
                f"SELECT pk, {PLACE_COLUMNS} FROM {schema}.places WHERE id = ?", (place_id,)
            ).fetchone()
            if row is not None:
                return self._place(schema, row)
        return None

    def areas(self, countries: Iterable[str], feature_type: str = "admin1") -> list[Place]:
        """Return the outlined areas of one type in these countries (the map's borders)."""
        codes = sorted({c.upper() for c in countries if c})
        if not codes:
            return []
        marks = ", ".join("?" * len(codes))
        found: dict[str, Place] = {}
        for schema in self._schemas:
            sql = (
                f"SELECT pk, {PLACE_COLUMNS} FROM {schema}.places "
                f"WHERE ftype = ? AND country IN ({marks}) AND geometry IS NOT NULL"
            )
            for row in self._conn.execute(sql, (feature_type, *codes)):
                place = self._place(schema, row)
                if "POLYGON" in (place.geometry or "").upper():
                    found.setdefault(place.id, place)
        return sorted(found.values(), key=lambda p: (p.country, p.name))

    def country(self, code: str) -> Place | None:
        """Return the country with ISO2 ``code`` as a ``country`` Place."""
        return self.get(f"country:{code.upper()}")

    def _shape_wkb(self, code: str) -> bytes | None:
        for schema in self._schemas:
            row = self._conn.execute(
                f"SELECT wkb FROM {schema}.shapes WHERE country = ?", (code,)
            ).fetchone()
            if row is not None:
                return row[0]
        return None

    def contains(
        self, country: str, lat: float, lon: float, tolerance_km: float = DEFAULT_TOLERANCE_KM
    ) -> bool:
        """Whether (lat, lon) is inside ``country``'s Natural Earth shape (± tolerance)."""
        return self._borders.contains(country, lat, lon, tolerance_km)

    def places(
        self, *types: str, box: tuple[float, float, float, float] | None = None
    ) -> list[Place]:
        """Every place of the given feature types (all curated if none), within (S, N, W, E)."""
        out = []
        for schema in self._schemas:
            if types:
                marks = ", ".join("?" * len(types))
                sql = f"SELECT pk, {PLACE_COLUMNS} FROM {schema}.places WHERE ftype IN ({marks})"
                if box:  # filtered by SQLite: a map's towns need not build 110,000 places
                    sql += " AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?"
                rows = self._conn.execute(sql, (*types, *(box or ())))
            elif schema == "cur":
                rows = self._conn.execute(f"SELECT pk, {PLACE_COLUMNS} FROM cur.places")
            else:
                continue
            out += [self._place(schema, row) for row in rows]
        return out

    def city_names(self, min_population: int = CITY_NAME_POPULATION) -> set[str]:
        """Names and aliases (Latin script, also without diacritics) of large cities and continents.

        The geoparser uses them to correct the NER (`geomap.geoparse.nlp.KnownPlaces`).
        A continent's acronym counts however short ("EU"): the NER calls it an
        organisation, and no person bears it.
        """
        names: set[str] = set()
        for schema in self._schemas:
            sql = (
                f"SELECT name, aliases, ftype FROM {schema}.places "
                "WHERE ftype IN ('city', 'town') AND population >= ? OR ftype = 'continent'"
            )
            for name, aliases, ftype in self._conn.execute(sql, (min_population,)):
                for surface in (name, *(aliases.split("|") if aliases else ())):
                    short = ftype == "continent" and surface.isupper()
                    if (len(surface) >= 4 or short) and surface[:1].isupper() and is_latin(surface):
                        names.add(surface)
                        names.add(ascii_fold(surface))
        return names

    def ruler_names(self) -> list[tuple[str, str]]:
        """Return (surface name, spaCy label) pairs for an EntityRuler.

        Every curated name and alias, every admin1 and every country name and
        alias, Latin script only, each also without diacritics ("Ḩalab" →
        "Halab").  Labels: GPE for settlements and administrative areas, LOC
        for regions and natural features, FAC for sites (bases, crossings…).
        """
        seen: dict[tuple[str, str], None] = {}
        wanted = [p for p in self.places("country", "admin1") if not p.id.startswith("cur:")]
        for place in wanted + self.places():
            label = RULER_LABELS.get(place.feature_type, _FAC)
            for surface in (place.name, *place.aliases):
                if surface and is_latin(surface):
                    seen[(surface, label)] = None
                    seen[(ascii_fold(surface), label)] = None
        return list(seen)

    def cache_info(self) -> str:
        """LRU statistics of the lookup cache (for benchmarks)."""
        return str(self._cached.cache_info())

    def clear_cache(self) -> None:
        """Forget cached lookups and places (cold-lookup benchmarks)."""
        self._cached.cache_clear()
        self._places.clear()
        normalize.cache_clear()


def _matched(place: Place, key: str) -> str:
    """Return the surface name of ``place`` that the query matched (best effort)."""
    names = (place.name, *place.aliases)
    for surface in names:
        if normalize(surface) == key:
            return surface
    skel = skeleton_key(key)
    for surface in names:
        if skeleton_key(normalize(surface)) == skel:
            return surface
    return place.name
