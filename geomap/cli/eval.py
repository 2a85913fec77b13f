"""``geomap eval``: measure geomap against gold data."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from geomap.cli.base import GeomapGroup

if TYPE_CHECKING:  # pragma: no cover
    from geomap.eval.geoparse import GeoparseScores
    from geomap.eval.incidents import IncidentScores
    from geomap.eval.realtext import RealArticleScores, UcdpScores
    from geomap.geoparse import Geoparser
    from geomap.model import Article, Incident

__all__ = ("eval_group",)


@click.group(name="eval", cls=GeomapGroup)
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
@click.option(
    "--misses",
    is_flag=True,
    help="List every missed, extra and forbidden incident, and wrong fields.",
)
def eval_incidents(gold: tuple[Path, ...], as_json: bool, misses: bool) -> None:
    """Score incident extraction against GOLD files (or folders of them).

    GOLD may be, in any mix:

    \b
      - geomap gold files (../shared/data/seed/gold.json, tests/data/*/):
        precision, recall, date / fatalities / actor accuracy, false locations;
      - an articles_gold.json with its articles.jsonl beside it (real
        articles): incidents found at place and date, output incidents off
        every gold place, incidents at forbidden places or in no-incident
        stories, actor1 and fatalities of the incidents found;
      - a UCDP GED headline CSV (ucdp_dev.csv): each headline is an article
        published on its pub_date; a hit is an incident within 50 km, counted
        over all rows and over the rows whose headline names the place.

    \b
    Example:
      geomap eval incidents ../shared/data/seed/gold.json tests/data/fresh/
      geomap eval incidents ../shared/data/incidents/articles_gold.json
      geomap eval incidents ../shared/data/incidents/ucdp_dev.csv --json
    """
    from geomap.build import default_geoparser
    from geomap.eval import realtext

    geoparser = default_geoparser()
    report: dict[str, object] = {}
    own = [p for p in gold if p.suffix != ".csv" and not realtext.is_articles_gold(p)]
    if own:
        from geomap.eval import evaluate

        report["gold files"] = _own_lines(evaluate(own, geoparser), misses)
    for path in gold:
        if path.suffix == ".csv":
            report[str(path)] = _ucdp_lines(realtext.evaluate_ucdp(path, _many(geoparser)), misses)
        elif realtext.is_articles_gold(path):
            scores = realtext.evaluate_articles(path, _one(geoparser))
            report[str(path)] = _article_lines(scores, misses)
    if as_json:
        click.echo(json.dumps({k: v[0] for k, v in report.items()}, indent=2))
        return
    for name, (_figures, lines) in report.items():
        click.echo(f"== {name}")
        for line in lines:
            click.echo(line)


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
@click.option(
    "--stored",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Score another geoparser's stored output on CORPUS instead of geomap "
    "(one line per article, 'ID,,NAME,,LAT,,LON,,START,,END' entries joined by '||'; "
    "end to end only).",
)
def eval_geoparse(
    corpus: Path,
    protocol: str,
    as_json: bool,
    predictions: Path | None,
    worst: int,
    dev: bool,
    stored: Path | None,
) -> None:
    """Score toponym resolution on a GeoWebNews, LGL or TR-News CORPUS (XML).

    mordecai3 (Mordecai3's protocol): gold spans with a GeoNames id and a
    GPE/LOC token per geomap's spaCy NER (en_core_web_sm); the last 30% in
    file order is scored; toponyms whose gold record is no candidate are
    "missing" and left out.  end-to-end: the last 30% of the articles,
    names found by geomap itself.

    \b
    --stored scores another system's output the same way, end to end: the
    files Gritta et al. and EUPEG keep for CLAVIN and the Edinburgh Geoparser.

    \b
    Example:
      geomap eval geoparse ../shared/data/geoparsing/GWN.xml
      geomap eval geoparse lgl.xml --protocol end-to-end --json
      geomap eval geoparse GWN.xml --protocol end-to-end --stored GeoWebNews_CLAVIN.txt
    """
    from geomap.build import default_geoparser
    from geomap.eval.corpora import read_corpus
    from geomap.eval.geoparse import Protocol, evaluate_geoparse
    from geomap.eval.stored import score_stored

    documents = read_corpus(corpus)
    if stored is not None:
        if protocol != Protocol.END_TO_END.value:
            raise click.UsageError(
                "--stored scores the names another system found: add --protocol end-to-end"
            )
        scores, output = score_stored(documents, stored, dev=dev)
        for problem in output.problems:
            click.echo(f"skipped {problem}", err=True)
    else:
        scores = evaluate_geoparse(documents, default_geoparser(), Protocol(protocol), dev=dev)
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
    for label, figures in ((scores.system, scores.figures), ("floor", scores.floor)):
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
    if scores.found:
        f = scores.found
        lines.append(
            f"  of the toponyms found (Gritta et al.'s geocoding figures): "
            f"acc@161 {f['acc161']:.1%}, mean {f['mean_km']:.0f} km, "
            f"median {f['median_km']:.1f} km, AUC {f['auc']:.3f}"
        )
    return "\n".join(lines)


def _many(geoparser: Geoparser) -> Callable[[Iterable[Article]], Iterator[list[Incident]]]:
    """Extract the incidents of many articles, batching spaCy."""
    from geomap.incidents import IncidentExtractor

    extractor = IncidentExtractor()

    def extract_many(articles: Iterable[Article]) -> Iterator[list[Incident]]:
        for parsed in geoparser.pipe(articles, batch_size=64):
            yield extractor.extract(parsed)[0]

    return extract_many


def _one(geoparser: Geoparser) -> Callable[[Article], list[Incident]]:
    extract_many = _many(geoparser)
    return lambda article: next(iter(extract_many([article])))


Report = tuple[dict[str, Any], list[str]]


def _own_lines(s: IncidentScores, misses: bool) -> Report:
    lines = [
        f"{s.articles} articles: precision {s.precision:.3f}, recall {s.recall:.3f} "
        f"({s.matched} of {s.gold} gold, {s.predicted} extracted)",
        f"date {s.date_accuracy:.3f}, fatalities {s.fatalities_accuracy:.3f}, "
        f"actor1 {s.actor1_accuracy:.3f}, event type {s.event_type_accuracy:.3f}, "
        f"false incident locations {s.false_locations}",
    ]
    for article in s.per_article:
        problems = [f"missed {m}" for m in article.missed] + [f"extra {e}" for e in article.extra]
        problems += [f"FALSE LOCATION {f}" for f in article.false_locations]
        if problems:
            lines.append(f"  {article.gold_file}: " + "; ".join(problems))
    return s.to_dict(), lines


def _article_lines(s: RealArticleScores, misses: bool) -> Report:
    d = s.to_dict()
    lines = [
        f"{s.articles} real articles: incidents at place and date "
        f"{s.found}/{s.required} ({d['recall']:.0%})",
        f"output incidents off every gold place {s.off_gold} of {s.predicted} "
        f"({d['off_gold_share']:.0%}); at a forbidden place or in a no-incident story "
        f"{s.forbidden}",
        f"of the incidents found: actor1 right {d['actor1_accuracy']:.2f}, event type "
        f"{d['event_type_accuracy']:.2f}, fatalities exact "
        f"{d['fatalities_accuracy']:.2f} ({s.fatalities_right}/{s.fatalities_gold} "
        "with a gold toll)",
    ]
    if misses:
        lines += [f"  missed {m}" for m in s.missed] + [f"  extra {e}" for e in s.extra]
        lines += [f"  FORBIDDEN {f}" for f in s.forbidden_hits]
        lines += [f"  wrong {w}" for w in s.wrong]
    return d, lines


def _ucdp_lines(s: UcdpScores, misses: bool) -> Report:
    d = s.to_dict()
    lines = [
        f"UCDP headlines naming the place: an incident within 50 km "
        f"{s.place_hits}/{s.place_rows} ({d['place_hit_rate']:.0%})",
        f"all headlines: {s.hits}/{s.rows} ({d['hit_rate']:.0%}); {s.predicted} incidents output",
    ]
    if misses:
        lines += [f"  missed {m}" for m in s.misses]
    return d, lines
