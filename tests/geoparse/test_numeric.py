"""Places the NER took for numbers: currencies' countries, towns read as dates."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from geomap.geoparse.numeric import named_as_dates, named_in_amounts

#: Names "in the gazetteer": True for a well-known place, False for a small one.
KNOWN = {"Hartford": True, "Torrington": False, "Zoquitan": True, "March": True}


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The deal was worth 15 billion Hartford dollars last year.", ["Hartford"]),
        # A small place is no currency's.
        ("The deal was worth 15 billion Torrington dollars last year.", []),
    ],
)
def test_a_well_known_place_in_an_amount(nlp, sentence, found):
    doc = nlp(sentence)
    assert [doc[f.start : f.end].text for f in named_in_amounts(doc, KNOWN.get)] == found


@pytest.mark.parametrize(
    ("sentence", "label", "found"),
    [
        ("The attack on the base in Zoquitan was claimed by rebels.", "DATE", ["Zoquitan"]),
        ("The attack on the base in Torrington was claimed by rebels.", "DATE", []),  # small
        ("The attack on the base in March was claimed by rebels.", "DATE", []),  # the calendar
        ("The attack on the base in Zoquitan was claimed by rebels.", "GPE", []),  # a place
    ],
    ids=["named_as_dates", "named_as_dates-small", "named_as_dates-calendar", "named_as_dates-gpe"],
)
def test_a_well_known_place_tagged_as_a_date(nlp, sentence, label, found):
    doc = nlp(sentence)
    name = next(t for t in doc if t.text in KNOWN)
    doc.set_ents([Span(doc, name.i, name.i + 1, label=label)])
    assert [doc[f.start : f.end].text for f in named_as_dates(doc, KNOWN.get)] == found
