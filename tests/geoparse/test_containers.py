"""The area after a town's comma: `geomap.geoparse.containers` and the headings that hold parts."""

from __future__ import annotations

from geomap.geoparse import Geoparser

from samples import ALL_PLACES, StubGazetteer, _place

_TOWN = _place(
    "t:town", "Zoquital", 20.5, -100.8, "city", "MX", admin1="Rivera", population=400_000
)
_CAPITAL = _place(
    "t:cap", "Rivera", 21.0, -101.3, "city", "MX", admin1="Rivera", population=190_000
)
_STATE = _place("t:state", "Rivera", 21.0, -101.0, "admin1", "MX", population=6_000_000)


def _places(nlp, article_factory, places, text):
    geoparser = Geoparser(StubGazetteer([*ALL_PLACES, *places]), nlp=nlp)
    return {m.text: m.place for m in geoparser.parse(article_factory(text)).mentions}


def test_the_name_after_a_towns_comma_is_the_area_holding_it(nlp, article_factory):
    found = _places(nlp, article_factory, [_TOWN, _CAPITAL, _STATE],
                    "Gunmen killed two men in Zoquital, Rivera, on Friday.")  # fmt: skip
    assert found["Zoquital"] == _TOWN and found["Rivera"] == _STATE


def test_a_neighbourhood_lies_in_the_town_heading_its_line(nlp, article_factory):
    near = _place("t:near", "Santa Zita", 20.52, -100.79, "village", "MX", population=900)
    far = _place("t:far", "Santa Zita", -17.8, -63.2, "town", "MX", population=5_000)
    text = "Zoquital: two men shot dead at the entrance of Santa Zita neighborhood"
    found = _places(nlp, article_factory, [_TOWN, near, far], text)
    assert found["Santa Zita"] == near


def test_a_headline_may_drop_the_comma(nlp):
    """ "in San Fernando Tamaulipas": the second name holds the first, as after a comma."""
    from spacy.tokens import Span

    from geomap.geoparse.geoparser import _toponyms

    doc = nlp("Photos of the massacre in Zoquital Rivera")
    doc.ents = [Span(doc, 5, 6, label="GPE"), Span(doc, 6, 7, label="GPE")]
    toponyms = _toponyms(doc, {"Rivera": True}.get)
    assert [(t.text, t.container) for t in toponyms] == [("Zoquital", 1), ("Rivera", None)]
