"""The gazetteer's name lists and the ruler's tokens are kept between processes."""

from __future__ import annotations

from geomap.geoparse.names import cached_names
from geomap.geoparse.nlp import load_nlp


class _Index:
    """A gazetteer whose index files are named by content, counting its reads."""

    def __init__(self, folder, digest="base-0123"):
        self.base_db = folder / f"{digest}.sqlite"
        self.curated_db = None
        self.reads = 0

    def ruler_names(self):
        self.reads += 1
        return [("Kharkiv", "GPE"), ("Al Tanf Garrison", "FAC")]

    def city_names(self):
        return {"Kharkiv", "Odesa"}


def test_names_are_read_once_per_index(tmp_path):
    first = _Index(tmp_path)
    assert cached_names(first, tmp_path) == (
        [("Kharkiv", "GPE"), ("Al Tanf Garrison", "FAC")],
        frozenset({"Kharkiv", "Odesa"}),
    )
    again = _Index(tmp_path)
    assert cached_names(again, tmp_path) == cached_names(first, tmp_path)
    assert again.reads == 0  # the second process reads the kept copy
    other = _Index(tmp_path, digest="base-4567")  # another index: read afresh
    cached_names(other, tmp_path)
    assert other.reads == 1


def test_a_damaged_copy_is_read_afresh(tmp_path):
    cached_names(_Index(tmp_path), tmp_path)
    (kept,) = tmp_path.glob("names-*.pickle")
    kept.write_bytes(b"not a pickle")
    fresh = _Index(tmp_path)
    assert cached_names(fresh, tmp_path)[1] == frozenset({"Kharkiv", "Odesa"})
    assert fresh.reads == 1


def test_the_ruler_matches_the_same_names_from_its_kept_tokens(tmp_path):
    names = [("Al Tanf Garrison", "FAC"), ("Deir ez-Zor", "GPE")]
    text = "Drones struck Al Tanf Garrison and Deir ez-Zor on Monday."
    first = load_nlp(names, cache_dir=tmp_path)
    assert list(tmp_path.glob("phrase-ruler-*.pickle"))
    second = load_nlp(names, cache_dir=tmp_path)
    for nlp in (first, second):
        found = {(e.text, e.label_) for e in nlp(text).ents}
        assert {("Al Tanf Garrison", "FAC"), ("Deir ez-Zor", "GPE")} <= found
    changed = load_nlp([("Kharkiv", "GPE")], cache_dir=tmp_path)  # other names: re-tokenized
    assert ("Kharkiv", "GPE") in {(e.text, e.label_) for e in changed("Shelling hit Kharkiv.").ents}
