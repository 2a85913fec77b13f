from dataclasses import replace

import pytest

from geomap.build import extract_articles
from geomap.cache import ExtractCache, cached_extract, fingerprint
from geomap.errors import InputError
from geomap.export.acled import acled_frames
from geomap.model import Article

TEXTS = (
    "Russian forces shelled Kharkiv on Saturday, killing four civilians.",
    "Drones struck Kherson on Monday, wounding two people.",
    "Nothing happened in the village.",
)


def rows(incidents):
    """What the outputs hold of the incidents (the cache keeps only that)."""
    points, areas = acled_frames(incidents, timestamp=1)
    return points.to_dict("records"), areas.to_dict("records")


@pytest.fixture
def articles():
    return [Article(id=f"a{i}", title="T", text=t) for i, t in enumerate(TEXTS)]


@pytest.fixture
def counting(geoparser):
    """An extract function that records which articles it was given."""
    seen: list[list[str]] = []

    def extract(batch):
        batch = list(batch)
        seen.append([a.id for a in batch])
        return extract_articles(batch, geoparser)

    extract.seen = seen
    return extract


def test_a_rebuild_extracts_nothing_and_gives_the_same_result(tmp_path, articles, counting):
    cache = ExtractCache(tmp_path / "c.sqlite", "fp")
    first = cached_extract(articles, counting, cache)
    again = cached_extract(articles, counting, cache)
    assert counting.seen == [["a0", "a1", "a2"]]
    assert rows(again.incidents) == rows(first.incidents) and len(first.incidents) >= 2
    assert [(a.id, m.text) for a, m, _ in again.mentions] == [
        (a.id, m.text) for a, m, _ in first.mentions
    ]
    assert again.articles == first.articles == 3


def test_a_changed_article_is_extracted_alone(tmp_path, articles, counting, geoparser):
    cache = ExtractCache(tmp_path / "c.sqlite", "fp")
    cached_extract(articles, counting, cache)
    changed = [articles[0], replace(articles[1], text=TEXTS[1].replace("two", "five")), articles[2]]
    result = cached_extract(changed, counting, cache)
    assert counting.seen[1] == ["a1"]
    assert rows(result.incidents) == rows(extract_articles(changed, geoparser).incidents)


def test_another_fingerprint_starts_afresh(tmp_path, articles, counting):
    cached_extract(articles, counting, ExtractCache(tmp_path / "c.sqlite", "gazetteer-1"))
    cached_extract(articles, counting, ExtractCache(tmp_path / "c.sqlite", "gazetteer-2"))
    assert counting.seen == [["a0", "a1", "a2"]] * 2


def test_a_failed_article_is_not_cached(tmp_path, articles, geoparser):
    calls = []

    def flaky(batch):
        batch = list(batch)
        calls.append([a.id for a in batch])
        result = extract_articles([a for a in batch if a.id != "a1"], geoparser)
        if any(a.id == "a1" for a in batch):
            result.skipped.append(InputError("boom", path="a1"))
        return result

    cache = ExtractCache(tmp_path / "c.sqlite", "fp")
    first = cached_extract(articles, flaky, cache)
    cached_extract(articles, flaky, cache)
    assert first.articles == 2 and calls[1] == ["a1"]


def test_fingerprint_follows_the_index_files(tmp_path):
    class Indexed:
        def __init__(self, base, curated):
            self.base_db, self.curated_db = tmp_path / base, tmp_path / curated

    one = fingerprint(Indexed("base-1.sqlite", "curated-1.sqlite"))
    assert one == fingerprint(Indexed("base-1.sqlite", "curated-1.sqlite"))
    assert one != fingerprint(Indexed("base-1.sqlite", "curated-2.sqlite"))
    assert fingerprint(object()) is None  # a stub gazetteer: no cache
