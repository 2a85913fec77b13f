"""``geomap build``: articles in, ``map.html`` and GeoJSON out."""

from __future__ import annotations

import gc
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

import click

from geomap.errors import InputError, printable

__all__ = ("EXIT_SKIPPED", "build_command")

#: Exit status when the map was built but some inputs were skipped.
EXIT_SKIPPED = 3

#: Objects allocated between two young-generation garbage collections (CPython: 700).
#: A build allocates millions of long-lived objects while spaCy, pandas and
#: folium load; at CPython's rate the collector re-scans them over and over
#: (about 0.25 s of CPU in a cold build of one article, a tenth of it).
GC_YOUNG_THRESHOLD = 10_000


def _parse_published(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    from geomap.inputs import parse_date

    found = parse_date(value)
    if found is None:
        raise click.BadParameter(f"cannot read a date from {value!r}; use YYYY-MM-DD")
    return found


def _parse_formats(ctx: click.Context, param: click.Parameter, value: str) -> tuple[str, ...]:
    from geomap.errors import ExportError
    from geomap.export import parse_formats

    try:
        return parse_formats(value)
    except ExportError as exc:
        raise click.BadParameter(str(exc)) from exc


def check_out_dir(out_dir: Path) -> None:
    """Fail in one line, before any work, unless ``out_dir`` is (or can become) a writable folder.

    The folder is created and a probe file written and removed in it: only
    trying says whether a path under ``/proc``, a read-only mount or a file
    posing as a folder will take the outputs.
    """
    where = printable(str(out_dir))
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=out_dir, prefix=".geomap-probe-"):
            pass
    except FileExistsError as exc:
        raise click.ClickException(f"--out {where}: not a folder") from exc
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise click.ClickException(f"--out {where}: cannot write there ({reason})") from exc


def check_inputs(paths: list[Path]) -> None:
    """Fail in one line, before any work, naming every input that does not exist."""
    missing = [printable(str(p)) for p in paths if not os.path.lexists(p)]
    if missing:
        raise click.ClickException(f"no such file or folder: {', '.join(missing)}")


@click.command(name="build")
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--out",
    "out_dir",
    type=click.Path(path_type=Path),  # checked by check_out_dir, in one line
    default=Path("output"),
    show_default=True,
    help="Folder for map.html and the GeoJSON files.",
)
@click.option(
    "--published",
    callback=_parse_published,
    metavar="DATE",
    help="Publication date for articles that carry none (YYYY-MM-DD); "
    "relative dates such as 'on Tuesday' are resolved against it.",
)
@click.option("--title", default="geomap incidents", show_default=True, help="Map title.")
@click.option(
    "--formats",
    callback=_parse_formats,
    default="geojson,gpkg,csv,parquet",
    show_default=True,
    help="Incident data files to write, comma-separated: geojson, gpkg, csv, parquet, shp, kml "
    "(map.html and places.geojson are always written).",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Processes extracting articles  [default: the cores this process may use]",
)
@click.option(
    "--cache/--no-cache",
    default=True,
    show_default=True,
    help="Reuse each unchanged article's extraction from the last builds "
    "(kept in $GEOMAP_CACHE_DIR, else ~/.cache/geomap).",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="Where extraction runs: this machine's processes (--jobs), or Dask.",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="With --engine dask: a running scheduler (tcp://host:8786); "
    "default: a local cluster, one worker per core.",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar; only errors and the summary.")
@click.option(
    "--reviews",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Corrections to apply (geomap review) [default: reviews.tsv in the first input folder].",
)
def build_command(
    inputs: tuple[Path, ...],
    out_dir: Path,
    published: date | None,
    title: str,
    formats: tuple[str, ...],
    jobs: int | None,
    cache: bool,
    engine: str,
    scheduler: str | None,
    quiet: bool,
    reviews: Path | None,
) -> None:
    """Build an incident map from news articles.

    INPUTS are article files or folders (searched recursively); the default
    is examples/.  Articles are .txt or .md files (first non-empty line = the
    title; a 'Published: YYYY-MM-DD' line or a dateline such as 'Updated:
    August 24, 2022' gives the date), .jsonl files with one
    {"id", "title", "text", "published", "url"} object per line, or saved
    news pages (.html).  ACLED exports and UCDP GED files (.csv) add their
    coded events as they are, named by dataset, on the same map.  A file
    that is not UTF-8 is decoded in the encoding it fits, with a warning.

    Writes OUT/map.html (open it in any browser, no network needed),
    OUT/places.geojson (every resolved place with its role) and the
    incidents in ACLED's 31 columns, then geomap's own: incidents.geojson,
    incidents.gpkg (layers incidents, incident_areas, places), incidents.csv
    and incidents.parquet (GeoParquet).  The analyst's corrections
    (reviews.tsv beside the articles, see geomap review) are applied on every
    build; one whose incident is gone is reported.

    \b
    Examples:
      geomap build                                 # examples/ → output/
      geomap build reports/ --out /tmp/august
      geomap build story.txt --published 2022-08-24
      geomap build reports/ --formats gpkg,csv
      geomap build reports/ --engine dask --scheduler tcp://10.0.0.5:8786

    \b
    Exit status: 0 built; 3 built, but some inputs were skipped (each named
    on stderr with file and line); 1 nothing could be built.
    """
    from geomap.build import build, default_geoparser
    from geomap.dask_engine import LOCAL_CLUSTER
    from geomap.gazetteer.index import base_path, default_cache_dir
    from geomap.inputs import collect_files
    from geomap.parallel import default_jobs

    previous = gc.get_threshold()
    gc.set_threshold(GC_YOUNG_THRESHOLD, *previous[1:])
    click.get_current_context().call_on_close(lambda: gc.set_threshold(*previous))
    if scheduler is not None and engine != "dask":
        raise click.BadParameter("needs --engine dask", param_hint="--scheduler")
    paths = list(inputs) or [Path("examples")]
    check_inputs(paths)
    check_out_dir(out_dir)
    errors: list[InputError] = []

    def report(error: InputError) -> None:
        errors.append(error)
        click.echo(f"skipped: {error}", err=True)

    files = [p for p in collect_files(paths) if isinstance(p, Path)]
    if not quiet:
        if not base_path(default_cache_dir()).exists():
            click.echo(
                "building the gazetteer index once (GeoNames base, about a minute)…", err=True
            )
        click.echo("loading the gazetteer…", err=True)
    geoparser = default_geoparser()
    from geomap.cli.progress import progress_bar

    with progress_bar(files, quiet=quiet) as bar:
        result = build(
            paths,
            out_dir,
            geoparser=geoparser,
            published=published,
            title=title,
            on_error=report,
            progress=bar,
            formats=formats,
            jobs=jobs or default_jobs(),
            cache_dir=default_cache_dir() if cache else None,
            scheduler=(scheduler or LOCAL_CLUSTER) if engine == "dask" else None,
            reviews=reviews,
        )
    click.echo(result.summary())
    if result.review is not None and (result.review.applied or result.review.problems):
        click.echo(f"reviews: {result.review.summary()}")
        for problem in result.review.problems:
            click.echo(f"review not applied: {problem}", err=True)
    click.echo(f"map: {printable(str(out_dir / 'map.html'))}")
    if errors:
        sys.exit(EXIT_SKIPPED)
