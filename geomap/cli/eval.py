"""``geomap eval``: measure geomap against gold data."""

from __future__ import annotations

import json
from pathlib import Path

import click

from geomap.errors import GeomapError

__all__ = ("eval_group",)


@click.group(name="eval")
def eval_group() -> None:
    """Measure geomap against gold annotations.

    \b
    Example:
      geomap eval incidents ../shared/data/seed/gold.json
      geomap eval incidents tests/data/gold/ --json
    """


@eval_group.command(name="incidents")
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def eval_incidents(gold: tuple[Path, ...], as_json: bool) -> None:
    """Score incident extraction against GOLD files (or folders of them).

    Each gold file is JSON in the format of ../shared/data/seed/gold.json: the
    article it is for, its incidents (lat, lon, max_km, date, fatalities, …),
    optional incidents and the places that are NOT incident locations.  An
    extracted incident matches a gold one within max_km and on the same day.

    Prints precision, recall, date / fatalities / actor accuracy over the
    matched incidents, false incident locations, and per-file misses.

    \b
    Example:
      geomap eval incidents ../shared/data/seed/gold.json
    """
    from geomap.build import default_geoparser
    from geomap.eval import evaluate

    try:
        scores = evaluate(list(gold), default_geoparser())
    except GeomapError as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json.dumps(scores.to_dict(), indent=2))
        return
    click.echo(
        f"{scores.articles} articles: precision {scores.precision:.3f}, recall {scores.recall:.3f} "
        f"({scores.matched} of {scores.gold} gold, {scores.predicted} extracted)"
    )
    click.echo(
        f"date {scores.date_accuracy:.3f}, fatalities {scores.fatalities_accuracy:.3f}, "
        f"actor1 {scores.actor1_accuracy:.3f}, false incident locations {scores.false_locations}"
    )
    for article in scores.per_article:
        problems = [f"missed {m}" for m in article.missed] + [f"extra {e}" for e in article.extra]
        problems += [f"FALSE LOCATION {f}" for f in article.false_locations]
        if problems:
            click.echo(f"  {article.gold_file}: " + "; ".join(problems))
