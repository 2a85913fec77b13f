import os

import pytest

from geomap.build import extract_articles
from geomap.model import Article
from geomap.parallel import CHUNK, extract_parallel

TEMPLATES = (
    "Russian forces shelled Kharkiv on Saturday, killing {n} civilians.",
    "Drones struck Kherson on Monday, wounding {n} people.",
    "Nothing happened in the village on day {n}.",
)


def corpus(n):
    return [
        Article(id=f"a{i}", title="T", text=TEMPLATES[i % 3].format(n=i % 7 + 2)) for i in range(n)
    ]


class Counter:
    def __init__(self):
        self.n = 0

    def update(self, k):
        self.n += k


def test_two_processes_find_the_same_incidents_in_the_same_order(geoparser):
    articles = corpus(4 * 2 * CHUNK + 5)
    alone = extract_articles(articles, geoparser)
    progress = Counter()
    together = extract_parallel(articles, geoparser, 2, progress=progress)
    assert together.articles == alone.articles == len(articles)
    assert together.incidents == alone.incidents and len(alone.incidents) > 0
    assert [(a.id, m.text, s) for a, m, s in together.mentions] == [
        (a.id, m.text, s) for a, m, s in alone.mentions
    ]
    assert progress.n == len(articles)


def test_a_small_batch_stays_in_this_process(geoparser, monkeypatch):
    monkeypatch.setattr("multiprocessing.get_context", lambda *a: 1 / 0)  # must not be asked
    progress = Counter()
    result = extract_parallel(corpus(5), geoparser, 2, progress=progress)
    assert result.articles == 5 and progress.n == 5


@pytest.fixture
def cold_geoparser(stub_gazetteer):
    """A geoparser whose spaCy pipeline is not loaded yet (as in a fresh process)."""
    from geomap.geoparse import Geoparser

    return Geoparser(stub_gazetteer)


@pytest.mark.slow
def test_a_cold_start_extracts_beside_the_meanwhile_task(geoparser, cold_geoparser):
    articles = corpus(5)
    alone = extract_articles(articles, geoparser)
    ran, progress = [], Counter()
    beside = extract_parallel(
        articles, cold_geoparser, 2, progress=progress, meanwhile=lambda: ran.append(1)
    )
    assert ran == [1] and progress.n == 5
    assert beside.incidents == alone.incidents and len(alone.incidents) > 0
    assert [(a.id, m.text, s) for a, m, s in beside.mentions] == [
        (a.id, m.text, s) for a, m, s in alone.mentions
    ]
    assert not cold_geoparser.loaded  # spaCy was loaded in the child only


@pytest.mark.slow
def test_errors_beside_are_reported_here(cold_geoparser, monkeypatch):
    from geomap.incidents import IncidentExtractor

    real = IncidentExtractor.extract

    def fragile(self, parsed):
        if parsed.article.id == "a1":
            raise ValueError("odd text")
        return real(self, parsed)

    monkeypatch.setattr(IncidentExtractor, "extract", fragile)  # the forked child inherits it
    errors = []
    result = extract_parallel(corpus(3), cold_geoparser, 2, on_error=errors.append, meanwhile=list)
    assert result.articles == 2 and [e.path for e in result.skipped] == ["a1"]
    assert len(errors) == 1 and "odd text" in str(errors[0])


@pytest.mark.slow
def test_a_child_that_dies_leaves_the_work_to_this_process(cold_geoparser, monkeypatch):
    monkeypatch.setattr("geomap.parallel._extract_into", lambda send, articles: os._exit(3))
    result = extract_parallel(corpus(3), cold_geoparser, 2, meanwhile=list)
    assert result.articles == 3 and cold_geoparser.loaded


def test_a_warm_geoparser_runs_the_meanwhile_task_in_this_process(geoparser, monkeypatch):
    monkeypatch.setattr("multiprocessing.get_context", lambda *a: 1 / 0)  # must not fork
    ran = []
    result = extract_parallel(corpus(2), geoparser, 2, meanwhile=lambda: ran.append(1))
    assert ran == [1] and result.articles == 2


@pytest.mark.slow
def test_a_cold_build_writes_what_a_warm_one_writes(tmp_path, geoparser, cold_geoparser):
    from geomap.build import build

    story = tmp_path / "story.txt"
    story.write_text(TEMPLATES[0].format(n=4) + "\n" + TEMPLATES[1].format(n=2), encoding="utf-8")
    warm = build([story], tmp_path / "warm", geoparser=geoparser, jobs=2)
    cold = build([story], tmp_path / "cold", geoparser=cold_geoparser, jobs=2)
    assert cold.incidents == warm.incidents and warm.incidents
    for name in ("map.html", "places.geojson"):
        assert (tmp_path / "cold" / name).read_bytes() == (tmp_path / "warm" / name).read_bytes()
    assert not cold_geoparser.loaded
