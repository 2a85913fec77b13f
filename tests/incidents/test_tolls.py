"""An event's own toll among the counts of its sentence: `geomap.incidents.tolls`."""

from __future__ import annotations

import pytest

from geomap.incidents.tolls import event_toll
from geomap.incidents.what import find_triggers


@pytest.mark.parametrize(
    ("sentence", "word", "toll"),
    [
        ("At least nine people had been killed so far, four of them in an air strike on a car.",
         "strike", 4),
        ("At least nine people had been killed so far, four of them in an air strike on a car.",
         "killed", 9),
        ("At least nine people were killed in the raid, officials said.", "raid", 9),
        ("A teacher went missing after the raid.", "raid", None),
    ],
    ids=["_share", "_share-not_this_event", "event_toll-no_share", "event_toll-no_count"],
)  # fmt: skip
def test_an_events_share_of_a_total_is_its_toll(parse, sentence, word, toll):
    doc = parse(sentence)
    triggers = find_triggers(doc[:])
    group = [t for t in triggers if t.token.text == word]
    assert event_toll(list(doc), group) == toll
