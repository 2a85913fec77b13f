"""``geomap eval``: measure geomap against gold data."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

import click

from geomap.errors import GeomapError

if TYPE_CHECKING:  # pragma: no cover
    from geomap.eval.geoparse import GeoparseScores

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


@eval_group.command(name="geoparse")
@click.argument("corpus", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--protocol",
    type=click.Choice(["mordecai3", "end-to-end"]),
    default="mordecai3",
    show_default=True,
    help="mordecai3: resolve the gold spans; end-to-end: find and resolve the names too.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option(
    "--predictions",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="Write one JSON line per scored toponym to this file.",
)
@click.option("--worst", default=0, show_default=True, help="Print the N largest errors.")
@click.option("--dev", is_flag=True, help="Score the first 70% (the development split) instead.")
def eval_geoparse(
    corpus: Path, protocol: str, as_json: bool, predictions: Path | None, worst: int, dev: bool
) -> None:
    """Score toponym resolution on a GeoWebNews, LGL or TR-News CORPUS (XML).

    mordecai3 (Mordecai3's protocol): gold spans with a GeoNames id and a
    GPE/LOC token per geomap's spaCy NER (en_core_web_sm); the last 30% in
    file order is scored; toponyms whose gold record is no candidate are
    "missing" and left out.  end-to-end: the last 30% of the articles,
    names found by geomap itself.

    \b
    Example:
      geomap eval geoparse ../shared/data/geoparsing/GWN.xml
      geomap eval geoparse lgl.xml --protocol end-to-end --json
    """
    from geomap.build import default_geoparser
    from geomap.eval.corpora import read_corpus
    from geomap.eval.geoparse import Protocol, evaluate_geoparse

    try:
        documents = read_corpus(corpus)
        scores = evaluate_geoparse(documents, default_geoparser(), Protocol(protocol), dev=dev)
    except GeomapError as exc:
        raise click.ClickException(str(exc)) from exc
    if predictions is not None:
        with predictions.open("w", encoding="utf-8") as fh:
            for row in scores.predictions:
                fh.write(json.dumps(asdict(row)) + "\n")
    if as_json:
        click.echo(json.dumps(scores.to_dict(), indent=2))
        return
    click.echo(_geoparse_summary(scores))
    for row in scores.worst(worst):
        context = documents[row.article].text[max(row.start - 60, 0) : row.end + 60]
        click.echo(
            f"  {row.error_km:8.0f} km  {row.text!r} -> {row.name} ({row.geonames_id}, "
            f"gold {row.gold_geonames_id}) | {' '.join(context.split())}"
        )


def _geoparse_summary(scores: GeoparseScores) -> str:
    lines = [
        f"{scores.protocol}: {scores.articles} articles, {scores.toponyms} toponyms, "
        f"n {scores.n}, missing {scores.missing} ({scores.missing_share:.1%})"
    ]
    for label, figures in (("geomap", scores.figures), ("floor", scores.floor)):
        if not figures:
            continue
        parts = [f"acc@161 {figures['acc161']:.1%}"]
        if "mean_km" in figures:
            parts += [
                f"mean {figures['mean_km']:.0f} km",
                f"median {figures['median_km']:.1f} km",
                f"exact {figures['exact']:.1%}",
                f"country {figures['country']:.1%}",
                f"AUC {figures['auc']:.3f}",
            ]
        lines.append(f"  {label}: " + ", ".join(parts))
    if scores.recognition:
        r = scores.recognition
        lines.append(
            f"  recognition: precision {r['precision']:.1%}, recall {r['recall']:.1%}, "
            f"F1 {r['f1']:.1%}"
        )
    return "\n".join(lines)
