"""Extraction on Dask: article partitions of a ``dask.bag``, the pipeline loaded once per worker.

A user with a Dask cluster scales a build out on an engine they already
run: ``geomap build --engine dask --scheduler tcp://host:8786``.  Without a
scheduler address a `distributed.LocalCluster` with one single-threaded
worker per core is started for the build.  Workers build the geoparser from
an importable factory name (the objects themselves hold an SQLite
connection and a spaCy pipeline, which do not travel), once per process.
Partitions come back in order, so the incidents equal a local build's.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from geomap.build import BuildResult, extract_articles
from geomap.errors import GeomapError, InputError
from geomap.model import Article
from geomap.parallel import CHUNK, default_jobs, merge_results

if TYPE_CHECKING:  # pragma: no cover
    from geomap.geoparse import Geoparser

__all__ = ("DEFAULT_FACTORY", "LOCAL_CLUSTER", "extract_dask", "worker_geoparser")

#: The scheduler "address" that asks for a local cluster started for the build.
LOCAL_CLUSTER = "local"

#: ``module:function`` returning the geoparser a worker uses.
DEFAULT_FACTORY = "geomap.build:default_geoparser"

_loaded: dict[str, Geoparser] = {}
_lock = threading.Lock()


def worker_geoparser(factory: str) -> Geoparser:
    """The geoparser of the calling worker process, made by ``factory`` on first use only."""
    with _lock:
        if factory not in _loaded:
            module, _, name = factory.partition(":")
            _loaded[factory] = getattr(importlib.import_module(module), name)()
        return _loaded[factory]


def _extract_partition(articles: list[Article], factory: str) -> list[BuildResult]:
    return [extract_articles(articles, worker_geoparser(factory))]


def extract_dask(
    articles: Iterable[Article],
    *,
    scheduler: str | None = None,
    factory: str = DEFAULT_FACTORY,
    processes: bool = True,
    on_error: Callable[[InputError], None] | None = None,
    progress: Any = None,
) -> BuildResult:
    """Like `geomap.build.extract_articles`, on a Dask cluster.

    Parameters
    ----------
    scheduler
        Address of a running scheduler; None starts a local cluster.
    factory
        ``module:function`` the workers call (once each) for their geoparser.
    processes
        Local cluster only: worker processes (True) or threads of this one.
    """
    try:
        import dask.bag as db
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise GeomapError(
            f"the Dask engine needs dask and distributed ({exc}); "
            "install them with: pip install 'geomap[dask]'"
        ) from exc

    items = list(articles)
    if not items:
        return BuildResult()
    jobs = default_jobs()
    partitions = max(1, min(len(items) // CHUNK, 4 * jobs)) if len(items) > CHUNK else 1
    bag = db.from_sequence(items, npartitions=partitions)
    if scheduler is not None:
        client = Client(scheduler)
        cluster = None
    else:
        cluster = LocalCluster(
            n_workers=jobs, threads_per_worker=1, processes=processes, dashboard_address=None
        )
        client = Client(cluster)
    try:
        parts = bag.map_partitions(_extract_partition, factory).compute(scheduler=client)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return merge_results(parts, on_error, progress)
