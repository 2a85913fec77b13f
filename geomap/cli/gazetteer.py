# ruff: noqa: D301 -- click needs a real backspace ("\b") to keep example blocks verbatim
"""``geomap gazetteer …``: look up places and edit the curated gazetteer.

Imports stay light (no spaCy, pandas or shapely until a command needs
borders) so ``geomap gazetteer lookup NAME`` starts fast.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from geomap.cli.base import GeomapGroup

__all__ = ("gazetteer",)


def _dirs(ctx: click.Context) -> tuple[Path, Path | None]:
    from geomap.gazetteer import default_curated_dir

    curated, cache = ctx.obj["curated_dir"], ctx.obj["cache_dir"]
    return (curated or default_curated_dir()), cache


def _open(ctx: click.Context):
    from geomap.gazetteer import Gazetteer

    curated, cache = _dirs(ctx)
    return Gazetteer.open(curated, cache)


@click.group("gazetteer", cls=GeomapGroup)
@click.option(
    "--dir",
    "curated_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Curated TSV directory [default: $GEOMAP_GAZETTEER_DIR, ./gazetteer, or the repo's].",
)
@click.option(
    "--cache-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Index cache [default: $GEOMAP_CACHE_DIR or ~/.cache/geomap].",
)
@click.pass_context
def gazetteer(ctx: click.Context, curated_dir: Path | None, cache_dir: Path | None) -> None:
    """Look up places and edit the curated gazetteer.

    Every incident's location comes from the gazetteer: GeoNames places of
    500+ people, countries, provinces and districts, airports and air bases,
    plus the curated TSV files (one per country, e.g. gazetteer/sy.tsv) that
    win ties.  The index is cached and rebuilt when a curated file or a data
    package changes (the first run takes under a minute).

    \b
    Example:
      geomap gazetteer lookup "Deir ez-Zor"
      geomap gazetteer add "Al Tanf Garrison" --lat 33.49 --lon 38.62 \\
          --type base --country SY --alias "Al Tanf" --source "OSM way 123"
      geomap gazetteer validate
    """
    ctx.ensure_object(dict)
    ctx.obj.update(curated_dir=curated_dir, cache_dir=cache_dir)


def _place_dict(place: Any) -> dict[str, Any]:
    return {
        "id": place.id,
        "name": place.name,
        "lat": place.lat,
        "lon": place.lon,
        "country": place.country,
        "type": place.feature_type,
        "admin1": place.admin1,
        "population": place.population,
        "aliases": list(place.aliases),
        "source": place.source,
    }


def _near(value: str | None) -> tuple[float, float] | None:
    if not value:
        return None
    try:
        lat, lon = (float(v) for v in value.split(","))
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not LAT,LON (e.g. 34.4,35.8)") from exc
    return lat, lon


@gazetteer.command()
@click.argument("name")
@click.option("--country", help="ISO2 code of the country the text is about (re-ranks).")
@click.option("--near", metavar="LAT,LON", help="Prefer places near this point.")
@click.option("--limit", default=5, show_default=True, type=click.IntRange(1, 100))
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list instead of a table.")
@click.pass_context
def lookup(
    ctx: click.Context, name: str, country: str | None, near: str | None, limit: int, as_json: bool
) -> None:
    """Show the ranked candidates for a place NAME, best first.

    Spelling variants are folded by rules (case, diacritics, al-/ez- articles,
    Deir/Dayr, kh/h, q/k, doubled letters…); --country and --near re-rank
    homonyms.  Columns: score, name, lat, lon, country, type, id, source.

    \b
    Example:
      geomap gazetteer lookup Tripoli                 # Libya
      geomap gazetteer lookup Tripoli --country LB    # Lebanon
      geomap gazetteer lookup "Abu Kamal" --near 34.5,40.9 --json
    """
    with _open(ctx) as gz:
        found = gz.lookup(name, country=country, near=_near(near), limit=limit)
    if as_json:
        rows = [{"score": c.score, "matched": c.matched, **_place_dict(c.place)} for c in found]
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not found:
        raise click.ClickException(f"no place matches {name!r}")
    for c in found:
        p = c.place
        click.echo(
            f"{c.score:6.3f}  {p.name}  {p.lat:.5f} {p.lon:.5f}  {p.country or '--'}  "
            f"{p.feature_type}  {p.id}  {p.source}"
        )


@gazetteer.command()
@click.argument("name")
@click.option("--lat", type=float, required=True, help="Latitude, decimal degrees (WGS84).")
@click.option("--lon", type=float, required=True, help="Longitude, decimal degrees (WGS84).")
@click.option("--type", "ftype", required=True, help="Feature type: city, base, crossing, …")
@click.option("--country", required=True, help="ISO 3166-1 alpha-2 code, e.g. SY.")
@click.option("--alias", "aliases", multiple=True, help="Another spelling (repeatable).")
@click.option("--admin1", default="", help="Province / governorate name.")
@click.option(
    "--source",
    default="manual: geomap gazetteer add",
    show_default=True,
    help="Where the coordinates come from (URL, map, OSM id).",
)
@click.option("--id", "ident", help="Slug id [default: <cc>-<name>].")
@click.option("--force", is_flag=True, help="Keep a point outside the country's borders.")
@click.pass_context
def add(
    ctx: click.Context,
    name: str,
    ftype: str,
    country: str,
    aliases: tuple[str, ...],
    admin1: str,
    source: str,
    ident: str | None,
    force: bool,
    lat: float,
    lon: float,
) -> None:
    """Add a curated place NAME to its country's file (gazetteer/<cc>.tsv).

    The entry is validated first (coordinates, type, country, id unique,
    point inside the country ±25 km unless --force); a place with the same
    name within 5 km is reported as a warning.  The line is appended under
    a lock with an atomic write, so parallel adds all land.

    \b
    Example:
      geomap gazetteer add "Al Tanf Garrison" --lat 33.4906 --lon 38.6183 \\
          --type base --country SY --alias "Al-Tanf" --alias "At Tanf" \\
          --admin1 "Homs" --source "https://www.openstreetmap.org/way/123"
    """
    from geomap.errors import GazetteerEntryError
    from geomap.gazetteer.borders import Borders
    from geomap.gazetteer.curated import Entry, check_entry, read_dir
    from geomap.gazetteer.edit import append_entries, file_for, new_id
    from geomap.gazetteer.validate import check_borders, near_duplicates

    curated, _ = _dirs(ctx)
    existing, _problems = read_dir(curated)
    country = country.upper()
    probe = Entry("x", name, lat, lon, ftype, country)
    target = file_for(curated, probe)
    fields = {
        "id": ident or new_id(name, country, (e.id for e in existing)),
        "name": name,
        "aliases": "|".join(aliases),
        "lat": repr(lat),
        "lon": repr(lon),
        "type": ftype,
        "country": country,
        "admin1": admin1,
        "source": source,
        "geometry": "",
    }
    entry, problems = check_entry(fields, str(target), 0)
    if entry is None:
        raise GazetteerEntryError("; ".join(str(p) for p in problems))
    if not force:
        outside = check_borders([entry], Borders.from_natural_earth([country]))
        if outside:
            raise GazetteerEntryError(str(outside[0]))
    for warning in near_duplicates([entry], existing):
        click.echo(str(warning), err=True)
    append_entries(curated, [entry])
    click.echo(f"added {entry.id} to {target}")


@gazetteer.command()
@click.argument("ident", metavar="ID")
@click.pass_context
def remove(ctx: click.Context, ident: str) -> None:
    """Remove the curated entry with this ID (other lines stay byte for byte).

    \b
    Example:
      geomap gazetteer remove sy-al-tanf-garrison
    """
    from geomap.gazetteer.edit import remove_entry

    curated, _ = _dirs(ctx)
    entry = remove_entry(curated, ident)
    click.echo(f"removed {entry.id} from {entry.path}:{entry.line}")


@gazetteer.command()
@click.pass_context
def repair(ctx: click.Context) -> None:
    """Replace line-breaking and control characters inside curated fields by spaces.

    Such a character (a stray carriage return, a NUL, U+2028) makes
    `validate` fail on its line; repair fixes every one in place, one line
    per change, and leaves every other byte as it was.

    \b
    Example:
      geomap gazetteer repair && geomap gazetteer validate
    """
    from geomap.gazetteer.edit import repair_dir

    curated, _ = _dirs(ctx)
    fixed = repair_dir(curated)
    for problem in fixed:
        click.echo(str(problem))
    click.echo(f"{curated}: repaired {len(fixed)} line(s)", err=True)


@gazetteer.command("list")
@click.option("--country", help="Only entries of this ISO2 country.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list.")
@click.pass_context
def list_(ctx: click.Context, country: str | None, as_json: bool) -> None:
    """List the curated entries (id, name, lat, lon, type, country, file).

    \b
    Example:
      geomap gazetteer list --country SY
      geomap gazetteer list --json | jq '.[].name'
    """
    from geomap.gazetteer.curated import read_dir

    curated, _ = _dirs(ctx)
    entries, _problems = read_dir(curated)
    if country:
        entries = [e for e in entries if e.country == country.upper()]
    if as_json:
        rows = [
            {
                "id": e.id,
                "name": e.name,
                "aliases": list(e.aliases),
                "lat": e.lat,
                "lon": e.lon,
                "type": e.type,
                "country": e.country,
                "admin1": e.admin1,
                "source": e.source,
                "file": str(e.path),
                "line": e.line,
            }
            for e in entries
        ]
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for e in entries:
        click.echo(
            f"{e.id}\t{e.name}\t{e.lat:g}\t{e.lon:g}\t{e.type}\t{e.country or '--'}\t{e.where}"
        )


@gazetteer.command()
@click.pass_context
def validate(ctx: click.Context) -> None:
    """Check every curated file; print one line per problem, exit 1 on errors.

    Checks: header and column count, id slug and uniqueness across files,
    non-empty name and source, lat/lon numbers in range, known feature type
    and country code, point inside its country (±25 km), WKT geometry.
    Warnings (not failures): same name within 5 km of another entry.

    \b
    Example:
      geomap gazetteer validate
      gazetteer/sy.tsv:12: lat: '135.2' is outside [-90, 90]
    """
    from geomap.gazetteer.validate import validate_dir

    curated, _ = _dirs(ctx)
    problems = validate_dir(curated)
    for problem in problems:
        click.echo(str(problem))
    errors = sum(not p.warning for p in problems)
    click.echo(
        f"{curated}: {errors} error(s), {len(problems) - errors} warning(s)",
        err=True,
    )
    if errors:
        sys.exit(1)


@gazetteer.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--into", help="Write every row to this file of the curated dir (a user layer).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["auto", "geonames", "csv"]),
    default="auto",
    show_default=True,
    help="Input format (auto: 19 tab columns = GeoNames).",
)
@click.option("--force", is_flag=True, help="Keep points outside their country's borders.")
@click.pass_context
def import_(ctx: click.Context, file: Path, into: str | None, fmt: str, force: bool) -> None:
    """Import places from FILE into the curated gazetteer.

    FILE is a GeoNames dump (allCountries.txt, cities500.txt, SY.txt: ids
    become gn-<geonameid>, the feature code gives the type) or a CSV whose
    header has name,lat,lon,type,country and optionally id,aliases,admin1,
    source.  Rows go to their country's file, or all to --into NAME.tsv (a
    user layer beside the curated files).  Invalid rows and existing ids are
    skipped and reported as file:line: field: message.

    \b
    Example:
      geomap gazetteer import SY.txt --into geonames-sy.tsv
      geomap gazetteer import checkpoints.csv
    """
    from geomap.gazetteer.importer import import_file

    curated, _ = _dirs(ctx)
    written, problems = import_file(curated, file, into=into, force=force, fmt=fmt)
    for problem in problems:
        click.echo(str(problem), err=True)
    click.echo(f"imported {len(written)} place(s), skipped {len(problems)} row(s)")
