import pytest

from geomap.build import extract_articles
from geomap.dask_engine import extract_dask, worker_geoparser
from geomap.model import Article

TEXTS = (
    "Russian forces shelled Kharkiv on Saturday, killing {n} civilians.",
    "Drones struck Kherson on Monday, wounding {n} people.",
    "Nothing happened in the village on day {n}.",
)


@pytest.fixture
def factory(monkeypatch, geoparser):
    """A factory name the workers resolve to the stub geoparser, counting its calls."""
    calls = []

    def make():
        calls.append(1)
        return geoparser

    monkeypatch.setattr("geomap.build.default_geoparser", make)
    monkeypatch.setattr("geomap.dask_engine._loaded", {})
    make.calls = calls
    return make


@pytest.mark.slow
def test_a_local_cluster_finds_the_same_incidents_as_the_local_engine(factory, geoparser):
    articles = [
        Article(id=f"a{i}", title="T", text=TEXTS[i % 3].format(n=i % 5 + 2)) for i in range(70)
    ]
    local = extract_articles(articles, geoparser)
    # Threads of this process: the monkeypatched factory is what the workers import.
    on_dask = extract_dask(articles, processes=False)
    key = lambda i: (i.article, i.place.id, str(i.event_date), i.sub_event_type)  # noqa: E731
    assert sorted(on_dask.incidents, key=key) == sorted(local.incidents, key=key)
    assert on_dask.articles == local.articles == 70 and len(local.incidents) > 0
    assert len(factory.calls) == 1  # the pipeline loaded once, however many partitions


def test_each_worker_makes_its_geoparser_once(factory):
    first = worker_geoparser("geomap.build:default_geoparser")
    assert worker_geoparser("geomap.build:default_geoparser") is first
    assert len(factory.calls) == 1


def test_no_articles_need_no_cluster():
    assert extract_dask([]).articles == 0
