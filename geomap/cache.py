"""Incremental builds: each article's extraction kept, keyed by what it depends on.

An entry's key hashes the article (id, title, text, date, URL); the cache
as a whole belongs to a fingerprint of the gazetteer indexes (their file
names hash the base packages and every curated file), the actor registry
and geomap's own extraction code.  Rebuilding an unchanged corpus reads
every article back from the cache and never loads spaCy; a changed article
is extracted again alone; a changed gazetteer entry, registry line or
extraction code starts a fresh cache.

Entries are pickles in an SQLite file in the user's own cache folder
(``$GEOMAP_CACHE_DIR``), written by geomap and read by nothing else.
"""

from __future__ import annotations

import hashlib
import pickle
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import replace
from importlib import resources
from pathlib import Path
from typing import Any

from geomap.build import BuildResult
from geomap.model import Article, Incident, Mention

__all__ = ("ExtractCache", "cached_extract", "fingerprint")

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS entries "
    "(key TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, value BLOB NOT NULL)"
)
#: Packages whose code decides what an article yields.
_CODE = ("geoparse", "incidents", "inputs")

Entry = tuple[list[Incident], list[tuple[Mention, str]]]


def _code_digest() -> bytes:
    digest = hashlib.sha256()
    root = resources.files("geomap")
    for package in _CODE:
        for item in sorted((root / package).iterdir(), key=lambda t: t.name):
            if item.name.endswith((".py", ".tsv")):
                digest.update(item.name.encode() + item.read_bytes())
    return digest.digest()


def _slim(entry: Entry) -> Entry:
    """An entry as the outputs use it: places without aliases, mentions without alternatives.

    Nothing written reads a place's aliases, a mention's ranked alternatives
    or the outline of a merely mentioned province; they were most of an
    entry's bytes and of an unchanged rebuild's time.
    """
    incidents = [replace(i, place=replace(i.place, aliases=())) for i in entry[0]]
    mentions = [
        (
            replace(
                m,
                place=m.place and replace(m.place, aliases=(), geometry=None),
                alternatives=(),
            ),
            sentence,
        )
        for m, sentence in entry[1]
    ]
    return incidents, mentions


def fingerprint(gazetteer: Any) -> str | None:
    """What every cached extraction depends on, or None for a gazetteer without index files."""
    base, curated = getattr(gazetteer, "base_db", None), getattr(gazetteer, "curated_db", None)
    if base is None and curated is None:
        return None
    from geomap.geoparse.nlp import MODEL

    digest = hashlib.sha256(_code_digest())
    for part in (str(base and Path(base).name), str(curated and Path(curated).name), MODEL):
        digest.update(part.encode() + b"\0")
    return digest.hexdigest()[:32]


class ExtractCache:
    """Per-article extraction results for one fingerprint, in an SQLite file."""

    def __init__(self, path: Path, fingerprint: str):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.fingerprint = fingerprint
        self._conn = sqlite3.connect(path, timeout=60)
        with self._conn:
            self._conn.execute(_SCHEMA)
            # Entries of another gazetteer, registry or code version can never hit again.
            self._conn.execute("DELETE FROM entries WHERE fingerprint != ?", (fingerprint,))

    @staticmethod
    def key(article: Article) -> str:
        """The hash of everything in the article that extraction reads."""
        published = article.published.isoformat() if article.published else ""
        fields = (article.id, article.title, article.text, published, article.url)
        return hashlib.sha256("\0".join(fields).encode("utf-8")).hexdigest()

    def get(self, key: str) -> Entry | None:
        """The cached incidents and (mention, sentence) pairs of an article."""
        row = self._conn.execute(
            "SELECT value FROM entries WHERE key = ? AND fingerprint = ?", (key, self.fingerprint)
        ).fetchone()
        return pickle.loads(row[0]) if row else None

    def put_many(self, entries: Iterable[tuple[str, Entry]]) -> None:
        """Store entries in one transaction, slimmed (`_slim`)."""
        rows = [(k, self.fingerprint, pickle.dumps(_slim(v), protocol=5)) for k, v in entries]
        with self._conn:
            self._conn.executemany("INSERT OR REPLACE INTO entries VALUES (?, ?, ?)", rows)

    def close(self) -> None:
        """Close the SQLite connection."""
        self._conn.close()


def cached_extract(
    articles: Iterable[Article],
    extract: Callable[[list[Article]], BuildResult],
    cache: ExtractCache,
    *,
    progress: Any = None,
) -> BuildResult:
    """Extract only the articles the cache lacks; the result is in article order.

    An article whose extraction failed (or any article of its file) is not
    cached, so it is tried again, and reported again, next time.
    """
    keys: list[str] = []
    found: dict[int, Entry] = {}
    missing: list[Article] = []
    ordered: list[Article] = []
    for index, article in enumerate(articles):
        key = cache.key(article)
        keys.append(key)
        ordered.append(article)
        entry = cache.get(key)
        if entry is None:
            missing.append(article)
        else:
            found[index] = entry
            if progress is not None:
                progress.update(1)
    fresh = extract(missing) if missing else BuildResult()
    failed = {error.path for error in fresh.skipped}
    incidents: dict[str, list[Incident]] = {}
    mentions: dict[str, list[tuple[Mention, str]]] = {}
    for incident in fresh.incidents:
        incidents.setdefault(incident.article, []).append(incident)
    for article, mention, sentence in fresh.mentions:
        mentions.setdefault(article.id, []).append((mention, sentence))
    counts: dict[str, int] = {}
    for article in missing:
        counts[article.id] = counts.get(article.id, 0) + 1
    new: list[tuple[str, Entry]] = []
    result = BuildResult(articles=len(found) + fresh.articles, skipped=fresh.skipped)
    for index, article in enumerate(ordered):
        entry = found.get(index)
        if entry is None:
            # Results are grouped by article id: a repeated id gets them once, uncached.
            entry = (incidents.pop(article.id, []), mentions.pop(article.id, []))
            cacheable = counts[article.id] == 1 and (article.path or article.id) not in failed
            if cacheable:
                new.append((keys[index], entry))
        result.incidents += entry[0]
        result.mentions += [(article, m, s) for m, s in entry[1]]
    cache.put_many(new)
    return result
