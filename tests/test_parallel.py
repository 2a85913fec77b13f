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
