"""Guards on real reporting written by others (``../shared/data/incidents``).

Development figures (the rules were written while reading their errors),
kept here so no later change loses them silently.  Skipped with a reason
where ``../shared`` is absent; on CI a missing ``../shared`` fails.
"""

from __future__ import annotations

import pytest

from geomap.eval.realtext import evaluate_articles, evaluate_ucdp

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def extract_many(full_geoparser):
    from geomap.incidents import IncidentExtractor

    extractor = IncidentExtractor()

    def run(articles):
        for parsed in full_geoparser.pipe(articles, batch_size=64):
            yield extractor.extract(parsed)[0]

    return run


def test_real_articles(shared_dir, extract_many):
    scores = evaluate_articles(
        shared_dir / "incidents" / "articles_gold.json",
        lambda article: next(iter(extract_many([article]))),
    )
    assert scores.found >= 34, scores.missed
    assert scores.off_gold <= 1, scores.extra
    assert scores.forbidden == 0, scores.forbidden_hits
    assert scores.actor1_right >= 29 and scores.fatalities_right >= 24


def test_ucdp_headlines(shared_dir, extract_many):
    scores = evaluate_ucdp(shared_dir / "incidents" / "ucdp_dev.csv", extract_many)
    assert scores.place_hits >= 868, scores.misses[:20]
    assert scores.hits >= 1970
