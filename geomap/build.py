"""The map build: articles in, map and data out.

One function runs the whole pipeline (read → geoparse → incidents → frame →
render) so the CLI, tests and library users share it.  Bad inputs are
reported and skipped; outputs are written only after the batch finished,
into a staging folder swapped in as a set (`geomap.outputs`), so a failed
or killed build never damages the previous map.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geomap.errors import InputError
from geomap.inputs import iter_articles
from geomap.inputs.clean import clean_line
from geomap.model import Article, Incident, Mention, Place
from geomap.outputs import write_outputs

if TYPE_CHECKING:  # pragma: no cover
    from geomap.geoparse import Geoparser
    from geomap.review.apply import ReviewReport

__all__ = ("BuildResult", "build", "extract_articles")


@dataclass(slots=True)
class BuildResult:
    """What a build read, found and wrote."""

    articles: int = 0
    skipped: list[InputError] = field(default_factory=list)
    incidents: list[Incident] = field(default_factory=list)
    mentions: list[tuple[Article, Mention, str]] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)
    seconds: float = 0.0
    review: ReviewReport | None = None
    #: Incidents after the review file is applied (rejected/merged dropped, added counted).
    reviewed_count: int | None = None

    @property
    def places(self) -> int:
        """Distinct resolved places mentioned across the articles."""
        return len({m.place.id for _, m, _ in self.mentions if m.place is not None})

    @property
    def unresolved(self) -> list[tuple[Article, Mention, str]]:
        """Names where violence happened that the gazetteer cannot resolve (add them)."""
        return [(a, m, s) for a, m, s in self.mentions if m.place is None and m.role == "incident"]

    def summary(self) -> str:
        """The one-line summary the CLI prints."""
        skipped = f", {len(self.skipped)} skipped" if self.skipped else ""
        missing = len(self.unresolved)
        unresolved = f", {missing} unresolved place names (unresolved.csv)" if missing else ""
        count = len(self.incidents) if self.reviewed_count is None else self.reviewed_count
        return (
            f"{self.articles} articles{skipped}, {count} incidents, "
            f"{self.places} places{unresolved} in {self.seconds:.1f}s"
        )


def extract_articles(
    articles: Iterable[Article],
    geoparser: Geoparser,
    *,
    on_article: Callable[[Article, list[Incident]], None] | None = None,
    on_error: Callable[[InputError], None] | None = None,
) -> BuildResult:
    """Geoparse articles and extract their incidents (no files written).

    An article whose extraction fails is reported through ``on_error`` and
    skipped: one odd text must not cost the rest of the batch.
    """
    from geomap.incidents import IncidentExtractor

    extractor = IncidentExtractor()
    result = BuildResult()
    for parsed in geoparser.pipe(articles):
        try:
            incidents, mentions = extractor.extract(parsed)
        except Exception as exc:  # reported per article; the batch goes on
            error = InputError(
                f"could not extract incidents ({type(exc).__name__}: {exc}); "
                "please report this article as a geomap bug",
                path=parsed.article.path or parsed.article.id,
            )
            result.skipped.append(error)
            if on_error is not None:
                on_error(error)
            continue
        sentences = [s.text.strip() for s in parsed.doc.sents]
        result.articles += 1
        result.incidents.extend(incidents)
        result.mentions.extend((parsed.article, m, sentences[m.sentence]) for m in mentions)
        if on_article is not None:
            on_article(parsed.article, incidents)
    return result


def build(
    inputs: Sequence[Path],
    out_dir: Path,
    *,
    geoparser: Geoparser | None = None,
    published: date | None = None,
    title: str = "geomap incidents",
    on_error: Callable[[InputError], None] | None = None,
    progress: Any = None,
    formats: Iterable[str] | None = None,
    jobs: int = 1,
    cache_dir: Path | None = None,
    scheduler: str | None = None,
    reviews: Path | None = None,
) -> BuildResult:
    """Build ``out_dir/map.html``, ``places.geojson`` and the incidents in ``formats``.

    ``formats`` are `geomap.export.OutputFormat` values (default GeoJSON,
    GeoPackage, CSV and GeoParquet).  ``jobs`` > 1 extracts on that many
    processes (`geomap.parallel`); with ``cache_dir``, only articles the
    cache lacks are extracted (`geomap.cache`); with ``scheduler`` (a Dask
    scheduler address, or ``"local"`` for a local cluster) extraction runs
    on Dask (`geomap.dask_engine`).  ``progress`` is an
    optional tqdm-like object updated once per article.
    ``reviews`` is the analyst's corrections file (default: ``reviews.tsv``
    beside the corpus, `geomap.review.apply.reviews_path`), applied on every build.
    """
    started = time.perf_counter()
    title = clean_line(title) or "geomap incidents"
    skipped: list[InputError] = []

    imported: list[Incident] = []  # rows of ACLED/UCDP files: coded already, no text to parse

    def articles() -> Iterable[Article]:
        for item in iter_articles(inputs, published=published):
            if isinstance(item, InputError):
                skipped.append(item)
                if on_error is not None:
                    on_error(item)
                continue
            if isinstance(item, Incident):
                imported.append(item)
                if progress is not None:
                    progress.update(1)
                continue
            yield item

    if geoparser is None:
        geoparser = default_geoparser()

    def tick(article: Article, incidents: list[Incident]) -> None:
        if progress is not None:
            progress.update(1)
            progress.set_postfix_str(f"{article.id[:30]}: {len(incidents)} incidents")

    def extract(batch: Iterable[Article]) -> BuildResult:
        if scheduler is not None:
            from geomap.dask_engine import LOCAL_CLUSTER, extract_dask

            address = None if scheduler == LOCAL_CLUSTER else scheduler
            return extract_dask(batch, scheduler=address, on_error=on_error, progress=progress)
        if jobs > 1:
            from geomap.parallel import extract_parallel

            _shared_imports()  # before a fork: the child inherits them
            return extract_parallel(
                batch, geoparser, jobs, on_error=on_error, progress=progress, meanwhile=_writers
            )
        return extract_articles(batch, geoparser, on_article=tick, on_error=on_error)

    result = _extract_cached(articles(), extract, geoparser, cache_dir, progress)
    from geomap.export import BUILD_FORMATS, make_tables
    from geomap.export.reviewed import reviewed_tables
    from geomap.export.writers import file_writers, write_geojson
    from geomap.frame import FrozenAttr, areas_frame, incidents_frame, places_frame
    from geomap.render import write_map
    from geomap.render.data import ARTICLES_READ_ATTR
    from geomap.render.labels import TOWNS_ATTR, town_labels
    from geomap.review.apply import apply_for_build

    result.skipped = skipped + result.skipped
    result.incidents.extend(imported)
    if result.articles == 0 and not imported:
        # Keep the previous map rather than replace it with an empty one.
        raise InputError(
            f"no article could be read from {', '.join(map(str, inputs))} "
            "(expected .txt, .md, .jsonl or .html files, or ACLED/UCDP .csv)"
        )
    incidents, result.review = apply_for_build(
        incidents_frame(result.incidents), inputs, reviews, geoparser.gazetteer
    )
    result.reviewed_count = len(incidents)
    incidents.attrs[ARTICLES_READ_ATTR] = result.articles  # the map says "5 of 6 read"
    incidents.attrs[TOWNS_ATTR] = FrozenAttr(town_labels(geoparser.gazetteer, incidents))
    places = places_frame(result.mentions)
    tables = reviewed_tables(
        make_tables(result.incidents, places, gazetteer=geoparser.gazetteer),
        incidents,
        geoparser.gazetteer,
    )
    writers: dict[str, Callable[[Path], Any]] = {
        **file_writers(tables, BUILD_FORMATS if formats is None else formats),
        "places.geojson": lambda p: write_geojson(places, p, "places"),
        "unresolved.csv": lambda p: _write_unresolved(result.unresolved, p),
        "map.html": lambda p: write_map(
            incidents,
            places,
            p,
            title=title,
            borders=areas_frame(_provinces(geoparser, incidents)),
        ),
    }
    result.outputs = write_outputs(out_dir, writers)
    result.seconds = time.perf_counter() - started
    return result


def _writers() -> None:
    """Import what writing the outputs needs: pandas, geopandas, pyogrio, pyarrow, folium.

    Half a second of a cold start, independent of extraction: on a cold
    build it runs while another process loads spaCy (`geomap.parallel`).
    """
    import pyarrow.parquet  # noqa: F401
    import pyogrio  # noqa: F401

    import geomap.export.reviewed  # noqa: F401
    import geomap.render  # noqa: F401
    import geomap.review.apply  # noqa: F401


#: Modules that both processes of a cold build import: spaCy's loading (the
#: forked child) and the writers (`_writers`, this process).
SHARED_MODULES = (
    "numpy",
    "requests",
    "jinja2",
    "packaging.version",
    "ctypes",
    "decimal",
    "fractions",
    "tarfile",
    "zoneinfo",
)


def _shared_imports() -> None:
    """Import `SHARED_MODULES` once, before extraction may fork.

    Otherwise the child (loading spaCy) and this process (importing the
    writers) each import them: about 0.15 s of CPU twice, which a machine
    with no free core pays in full.  With a free core nothing is lost: both
    branches of the fork shrink by what is imported here.
    """
    import importlib

    for name in SHARED_MODULES:
        importlib.import_module(name)


def _write_unresolved(rows: list[tuple[Article, Mention, str]], path: Path) -> None:
    """``unresolved.csv``: name, article, sentence of each scene the gazetteer lacks.

    The loop: ``geomap gazetteer add NAME …`` for each, then rebuild.
    """
    import csv

    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["name", "article", "sentence"])
        for article, mention, sentence in rows:
            writer.writerow([mention.text, article.id, " ".join(sentence.split())])


def _extract_cached(
    articles: Iterable[Article],
    extract: Callable[[Iterable[Article]], BuildResult],
    geoparser: Geoparser,
    cache_dir: Path | None,
    progress: Any,
) -> BuildResult:
    """Run ``extract`` on the articles the cache lacks (all of them without a cache)."""
    from geomap.cache import ExtractCache, cached_extract, fingerprint

    key = fingerprint(geoparser.gazetteer) if cache_dir is not None else None
    if cache_dir is None or key is None:
        return extract(articles)
    cache = ExtractCache(cache_dir / "extract.sqlite", key)
    try:
        return cached_extract(articles, extract, cache, progress=progress)
    finally:
        cache.close()


def _provinces(geoparser: Geoparser, incidents: Any) -> list[Place]:
    """The outlined provinces of the countries with incidents (none from a stub gazetteer)."""
    areas = getattr(geoparser.gazetteer, "areas", None)
    if areas is None or len(incidents) == 0:
        return []
    return areas(incidents["country"].dropna().unique().tolist())


def default_geoparser() -> Geoparser:
    """The production geoparser: the full gazetteer and the spaCy model."""
    from geomap.gazetteer import Gazetteer
    from geomap.geoparse import Geoparser

    return Geoparser(Gazetteer.open())
