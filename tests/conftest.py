"""Shared fixtures: named samples, the stub gazetteer, spaCy, ../shared data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from samples import StubGazetteer

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED_ARTICLE = "data/seed/000_1cda9ca0d0121991.txt"


def _require_shared(relative: str) -> Path:
    """Skip where ../shared is absent (a developer's clone); fail on CI, which has it."""
    path = SHARED / relative
    if not path.exists():
        message = f"{path} is missing: the evaluation data lives in ../shared beside the repo"
        if os.environ.get("CI"):
            pytest.fail(message + " (CI must have it)")
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    return _require_shared("data")


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return _require_shared(SEED_ARTICLE)


@pytest.fixture(scope="session")
def seed_gold(seed_path: Path) -> dict:
    import json

    return json.loads((seed_path.parent / "gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def stub_gazetteer() -> StubGazetteer:
    return StubGazetteer()


@pytest.fixture(scope="session")
def nlp(stub_gazetteer):
    from geomap.geoparse import load_nlp

    return load_nlp(stub_gazetteer.ruler_names())


@pytest.fixture(scope="session")
def geoparser(stub_gazetteer, nlp):
    from geomap.geoparse import Geoparser

    return Geoparser(stub_gazetteer, nlp=nlp)


@pytest.fixture(scope="session")
def extractor():
    from geomap.incidents import IncidentExtractor

    return IncidentExtractor()


@pytest.fixture(scope="session")
def full_gazetteer(tmp_path_factory):
    """The real gazetteer (GeoNames base + curated), built once per session."""
    from geomap.gazetteer import Gazetteer

    cache = os.environ.get("GEOMAP_CACHE_DIR")
    return Gazetteer.open(cache_dir=Path(cache) if cache else None)


@pytest.fixture(scope="session")
def full_geoparser(full_gazetteer):
    from geomap.geoparse import Geoparser

    return Geoparser(full_gazetteer)


@pytest.fixture
def article_factory():
    """Build an `Article` from a text, with a fixed publication date by default."""
    from datetime import date

    from geomap.model import Article

    def make(text: str, published: date | None = date(2024, 3, 6), title: str = "Test") -> Article:
        return Article(id="test.txt", title=title, text=text, published=published)

    return make


@pytest.fixture
def run_extract(geoparser, extractor, article_factory):
    """Geoparse and extract a text with the stub gazetteer: (incidents, mentions)."""

    def run(text: str, **kwargs):
        return extractor.extract(geoparser.parse(article_factory(text, **kwargs)))

    return run
