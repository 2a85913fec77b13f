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

__all__ = ("CHUNK", "default_jobs", "extract_beside", "extract_parallel", "merge_results")

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
    meanwhile: Callable[[], object] | None = None,
) -> BuildResult:
    """Like `geomap.build.extract_articles`, on ``jobs`` processes.

    A batch smaller than two chunks per job runs in this process: starting
    workers would cost more than it saves.  If spaCy is not loaded yet, a
    small batch with a ``meanwhile`` task runs in one worker beside it
    instead (`extract_beside`); ``meanwhile`` runs in any case.
    """
    global _geoparser
    iterator = iter(articles)
    head = list(itertools.islice(iterator, 2 * max(jobs, 1) * CHUNK))
    small = len(head) < 2 * jobs * CHUNK
    forks = "fork" in multiprocessing.get_all_start_methods()
    cold = not getattr(geoparser, "loaded", True)  # a stand-in geoparser is never cold
    if meanwhile is not None and jobs > 1 and small and head and forks and cold:
        return extract_beside(head, geoparser, meanwhile, on_error=on_error, progress=progress)
    if meanwhile is not None:
        meanwhile()
    if jobs <= 1 or small or not forks:
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


def extract_beside(
    articles: list[Article],
    geoparser: Geoparser,
    meanwhile: Callable[[], object],
    *,
    on_error: Callable[[InputError], None] | None = None,
    progress: Any = None,
) -> BuildResult:
    """Extract in a forked process while this one runs ``meanwhile``.

    A cold build of a few articles spends most of its time loading spaCy
    and importing the writers (pandas, geopandas, folium); neither needs the
    other, so on two cores they run side by side.  The child's progress and
    errors are reported here as they come; should it die, the articles are
    extracted here instead.
    """
    global _geoparser
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    _geoparser = geoparser
    try:
        child = context.Process(target=_extract_into, args=(send, articles), daemon=True)
        child.start()
    finally:
        _geoparser = None
    send.close()
    try:
        meanwhile()
        while True:
            kind, value = receive.recv()
            if kind == "article" and progress is not None:
                progress.update(1)
            elif kind == "error" and on_error is not None:
                on_error(value)
            elif kind == "failed":
                raise value
            elif kind == "done":
                return value
    except EOFError:  # the child died without a word: do its work here
        return extract_parallel(articles, geoparser, 1, on_error=on_error, progress=progress)
    finally:
        receive.close()
        if child.is_alive():
            child.terminate()
        child.join()


def _extract_into(send: Any, articles: list[Article]) -> None:
    """The forked child of `extract_beside`: extract and send everything back."""
    _reopen_gazetteer()
    assert _geoparser is not None
    try:
        result = extract_articles(
            articles,
            _geoparser,
            on_article=lambda article, incidents: send.send(("article", None)),
            on_error=lambda error: send.send(("error", error)),
        )
        send.send(("done", result))
    except Exception as exc:  # noqa: BLE001 - raised again in the parent
        send.send(("failed", exc))
    finally:
        send.close()
