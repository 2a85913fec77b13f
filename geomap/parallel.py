"""Extraction on every core: articles in chunks to worker processes.

Workers are forked from the process that already loaded the geoparser, so
each holds the pipeline once (copy-on-write, no second ``spacy.load``) and
opens its own gazetteer connection (an SQLite connection must not cross a
fork).  Chunks come back in order, so a parallel build writes the same
incidents in the same order as a single-process one.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from geomap.build import BuildResult, extract_articles
from geomap.errors import InputError
from geomap.model import Article

if TYPE_CHECKING:  # pragma: no cover
    from geomap.geoparse import Geoparser

__all__ = ("CHUNK", "default_jobs", "extract_parallel", "merge_results")

#: Articles per task: large enough to keep spaCy's batches full, small enough
#: to share a few thousand articles evenly.
CHUNK = 16

_geoparser: Geoparser | None = None


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return max(len(os.sched_getaffinity(0)), 1)
    except AttributeError:  # pragma: no cover - not on Linux
        return max(os.cpu_count() or 1, 1)


def _reopen_gazetteer() -> None:
    """Give the forked worker its own gazetteer connection."""
    from geomap.gazetteer import Gazetteer

    assert _geoparser is not None
    current = _geoparser.gazetteer
    if isinstance(current, Gazetteer):
        _geoparser.gazetteer = Gazetteer(current.base_db, current.curated_db)


def _work(articles: list[Article]) -> BuildResult:
    assert _geoparser is not None
    return extract_articles(articles, _geoparser)


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def extract_parallel(
    articles: Iterable[Article],
    geoparser: Geoparser,
    jobs: int,
    *,
    on_error: Callable[[InputError], None] | None = None,
    progress: Any = None,
) -> BuildResult:
    """Like `geomap.build.extract_articles`, on ``jobs`` processes.

    A batch smaller than two chunks per job runs in this process: starting
    workers would cost more than it saves.
    """
    global _geoparser
    iterator = iter(articles)
    head = list(itertools.islice(iterator, 2 * jobs * CHUNK))
    small = len(head) < 2 * jobs * CHUNK
    if jobs <= 1 or small or "fork" not in multiprocessing.get_all_start_methods():
        tick = (lambda article, incidents: progress.update(1)) if progress is not None else None
        return extract_articles(
            itertools.chain(head, iterator), geoparser, on_article=tick, on_error=on_error
        )
    _geoparser = geoparser
    geoparser.nlp  # load spaCy here, once: the forked workers share it  # noqa: B018
    try:
        context = multiprocessing.get_context("fork")
        with context.Pool(jobs, initializer=_reopen_gazetteer) as pool:
            parts = pool.imap(_work, _chunks(itertools.chain(head, iterator), CHUNK))
            return merge_results(parts, on_error, progress)
    finally:
        _geoparser = None


def merge_results(
    parts: Iterable[BuildResult], on_error: Callable[[InputError], None] | None, progress: Any
) -> BuildResult:
    """One result from per-chunk results in order, reporting errors and progress as they come."""
    result = BuildResult()
    for part in parts:
        result.articles += part.articles
        result.incidents += part.incidents
        result.mentions += part.mentions
        result.skipped += part.skipped
        for error in part.skipped:
            if on_error is not None:
                on_error(error)
        if progress is not None:
            progress.update(part.articles + len(part.skipped))
    return result
