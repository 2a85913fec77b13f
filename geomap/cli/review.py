# ruff: noqa: D301 -- click needs a real backspace ("\b") to keep example blocks verbatim
"""``geomap review …``: correct incidents in ``reviews.tsv``; every build applies it.

Each command checks its values (and that the incident is in the last build)
before one locked, atomic append; a bad value leaves the file unchanged.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from geomap.cli.base import GeomapGroup
from geomap.errors import ReviewError

__all__ = ("review",)

_WHY = click.option("--why", required=True, help="Why: the reason a later reader needs.")
_WHO = click.option("--who", help="Reviewer [default: $GEOMAP_REVIEWER or your login].")


def _file(ctx: click.Context) -> Path:
    from geomap.review.apply import reviews_path

    return ctx.obj["file"] or reviews_path([ctx.obj["corpus"]])


def _built(ctx: click.Context) -> dict[str, dict[str, Any]] | None:
    """The last build's incidents by id (None when there is no build to check against)."""
    path = ctx.obj["out"] / "incidents.geojson"
    if not path.exists():
        return None
    features = json.loads(path.read_text(encoding="utf-8")).get("features", [])
    return {f["properties"]["incident_id"]: f["properties"] for f in features}


def _require(ctx: click.Context, *ids: str) -> None:
    built = _built(ctx)
    for ident in ids:
        if built is not None and ident not in built:
            raise ReviewError(
                f"incident: no incident {ident!r} in {ctx.obj['out'] / 'incidents.geojson'} "
                "(check the id in the map's popup, or rebuild first)"
            )


def _place_of(ctx: click.Context):
    """Gazetteer lookup by id (injectable as ``obj['place_of']`` for tests)."""
    if ctx.obj.get("place_of") is None:
        from geomap.gazetteer import Gazetteer

        ctx.obj["place_of"] = Gazetteer.open().get
    return ctx.obj["place_of"]


def _append(ctx: click.Context, *lines: tuple[str, str, str, str], why: str, who: str | None):
    from geomap.review.store import append_reviews, make_review

    path = _file(ctx)
    made = [make_review(a, i, f, v, why=why, who=who, path=path) for a, i, f, v in lines]
    for written in append_reviews(path, made):
        click.echo(f"{path}:{written.line}: {written.action.value} {written.incident}")


@click.group("review", cls=GeomapGroup)
@click.option(
    "--file",
    "file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The corrections file [default: reviews.tsv in the corpus folder].",
)
@click.option(
    "--corpus",
    type=click.Path(path_type=Path),
    default=Path("examples"),
    show_default=True,
    help="The articles folder the corrections belong to.",
)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("output"),
    show_default=True,
    help="The last build's folder (incident ids are checked against it).",
)
@click.pass_context
def review(ctx: click.Context, file: Path | None, corpus: Path, out: Path) -> None:
    """Correct extracted incidents; every `geomap build` applies the corrections.

    Corrections live in reviews.tsv beside the articles, one tab-separated
    line each (when, who, action, incident, field, value, why), so they diff
    cleanly and can be edited by hand.  Incident ids are stable across
    rebuilds while the article's sentence is unchanged; each map popup shows
    its incident's id and the command to reject or move it.  A correction
    whose incident is gone is reported by the build, never dropped silently.

    \b
    Example:
      geomap review reject 3fa2c1d9e0ab --why "a 2003 battle told as background"
      geomap review move 3fa2c1d9e0ab --to cur:sy-al-tanf-garrison --why "the base, not the town"
      geomap build examples/        # the map leaves out / moves those incidents
    """
    ctx.ensure_object(dict)
    ctx.obj.update(file=file, corpus=corpus, out=out)


@review.command("list")
@click.option("--incident", help="Only the corrections of this incident id.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list.")
@click.pass_context
def list_(ctx: click.Context, incident: str | None, as_json: bool) -> None:
    """List the corrections, oldest first: file:line, action, incident, change, who, why.

    \b
    Example:
      geomap review list
      geomap review list --incident 3fa2c1d9e0ab --json
    """
    from geomap.review.store import read_reviews

    path = _file(ctx)
    found = [r for r in read_reviews(path) if incident is None or r.incident == incident]
    if as_json:
        rows = [{"line": r.line, **{k: str(getattr(r, k)) for k in _KEYS}} for r in found]
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for r in found:
        click.echo(f"{path}:{r.line}\t{r.incident}\t{r.describe()}")


_KEYS = ("when", "who", "action", "incident", "field", "value", "why")


@review.command()
@click.argument("incident")
@click.pass_context
def show(ctx: click.Context, incident: str) -> None:
    """Show an incident of the last build, its corrections and the commands to change it.

    \b
    Example:
      geomap review show 3fa2c1d9e0ab
    """
    from geomap.review.store import read_reviews

    _require(ctx, incident)
    for key, value in (_built(ctx) or {}).get(incident, {}).items():
        if value not in (None, ""):
            click.echo(f"{key}: {value}")
    for r in read_reviews(_file(ctx)):
        if incident in (r.incident, r.value):
            click.echo(f"correction {_file(ctx)}:{r.line}: {r.describe()}")
    click.echo(f"reject: geomap review reject {incident} --why '…'")
    click.echo(f"move:   geomap review move {incident} --to GAZETTEER_ID --why '…'")


@review.command()
@click.argument("incident")
@_WHY
@_WHO
@click.pass_context
def reject(ctx: click.Context, incident: str, why: str, who: str | None) -> None:
    """Mark INCIDENT as not an incident: every build leaves it out.

    \b
    Example:
      geomap review reject 3fa2c1d9e0ab --why "history: the 2014 offensive"
    """
    _require(ctx, incident)
    _append(ctx, ("reject", incident, "", ""), why=why, who=who)


def _target(ctx: click.Context, to: str | None, lat: float | None, lon: float | None, **kw) -> Any:
    """``(field, value, place name)`` of a move from the options (one of --to or --lat/--lon)."""
    if (to is None) == (lat is None or lon is None):
        raise ReviewError("value: give either --to GAZETTEER_ID or both --lat and --lon")
    if to is not None:
        place = _place_of(ctx)(to)
        if place is None:
            raise ReviewError(
                f"value: no gazetteer place has id {to!r} (find it with geomap gazetteer lookup)"
            )
        return "place", to, place.name
    value = f"{lat!r},{lon!r},{kw['precision']}"
    if kw["radius_km"]:
        value += f",{kw['radius_km']!r}"
    return "point", value, f"{lat!r},{lon!r}"


_MOVE_OPTIONS = (
    click.option("--to", help="Gazetteer id of the right place (geomap gazetteer lookup NAME)."),
    click.option("--lat", type=float, help="Latitude of the right point (WGS84)."),
    click.option("--lon", type=float, help="Longitude of the right point (WGS84)."),
    click.option(
        "--precision",
        type=click.IntRange(1, 3),
        default=1,
        show_default=True,
        help="With --lat/--lon: 1 exact, 2 near, 3 region.",
    ),
    click.option("--radius-km", type=float, default=0.0, help="With --lat/--lon: how far off."),
)


def _move_options(func: Any) -> Any:
    for option in reversed(_MOVE_OPTIONS):
        func = option(func)
    return func


@review.command()
@click.argument("incident")
@_move_options
@_WHY
@_WHO
@click.pass_context
def move(ctx: click.Context, incident: str, why: str, who: str | None, **where: Any) -> None:
    """Move INCIDENT to a gazetteer place (--to) or to a point (--lat/--lon).

    \b
    Example:
      geomap review move 3fa2c1d9e0ab --to cur:sy-al-tanf-garrison --why "the base"
      geomap review move 3fa2c1d9e0ab --lat 33.49 --lon 38.62 --precision 2 \\
          --radius-km 5 --why "near the garrison, per the second source"
    """
    _require(ctx, incident)
    field, value, _name = _target(ctx, **where)
    _append(ctx, ("move", incident, field, value), why=why, who=who)


@review.command("set")
@click.argument("incident")
@click.argument("field", metavar="FIELD")
@click.argument("value")
@_WHY
@_WHO
@click.pass_context
def set_(ctx: click.Context, incident: str, field: str, value: str, why: str, who: str | None):
    """Set one FIELD of INCIDENT to VALUE.

    FIELD is event_date, event_type, sub_event_type, actor1, actor2 or
    fatalities; an empty VALUE clears actor2 or makes fatalities unknown.

    \b
    Example:
      geomap review set 3fa2c1d9e0ab fatalities 3 --why "the ministry's later toll"
      geomap review set 3fa2c1d9e0ab event_date 2024-05-25 --why "the night before"
      geomap review set 3fa2c1d9e0ab event_type Battles --why "an exchange of fire"
    """
    _require(ctx, incident)
    _append(ctx, ("set", incident, field, value), why=why, who=who)


@review.command()
@click.argument("incident")
@click.argument("into", metavar="INTO")
@_WHY
@_WHO
@click.pass_context
def merge(ctx: click.Context, incident: str, into: str, why: str, who: str | None) -> None:
    """Merge INCIDENT into INTO (the same event told twice): INTO keeps both sentences.

    The larger known death toll is kept; INCIDENT leaves the outputs.

    \b
    Example:
      geomap review merge 3fa2c1d9e0ab 77b0e4c2d1f9 --why "same strike, two reports"
    """
    _require(ctx, incident, into)
    _append(ctx, ("merge", incident, "into", into), why=why, who=who)


@review.command()
@click.option("--article", required=True, help="Id of the article (as in the popup's [..]).")
@click.option("--sentence", required=True, help="The sentence that tells the missed incident.")
@_move_options
@click.option("--event-type", required=True, help="ACLED event type, e.g. Battles.")
@click.option("--sub-event-type", help="ACLED sub-event type, e.g. Armed clash.")
@click.option("--date", "event_date", help="Event date YYYY-MM-DD.")
@click.option("--actor1", help="Who acted.")
@click.option("--actor2", help="Against whom.")
@click.option("--fatalities", help="Deaths (a whole number).")
@_WHY
@_WHO
@click.pass_context
def add(ctx: click.Context, article: str, sentence: str, why: str, who: str | None, **kw: Any):
    """Add an incident the extractor missed, from one sentence of an article.

    \b
    Example:
      geomap review add --article report-12 --sentence "Gunmen attacked Tillia on Monday." \\
          --to gn:2439376 --event-type "Violence against civilians" --date 2024-03-04 \\
          --why "the verb was missed"
    """
    from geomap.review.ids import stable_id

    where = {k: kw.pop(k) for k in ("to", "lat", "lon", "precision", "radius_km")}
    field, value, name = _target(ctx, **where)
    ident = stable_id(article, sentence, name)
    lines = [("add", ident, article, sentence), ("move", ident, field, value)]
    for key, given in kw.items():
        if given is not None:
            lines.append(("set", ident, key, given))
    _append(ctx, *lines, why=why, who=who)
