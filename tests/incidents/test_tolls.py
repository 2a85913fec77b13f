"""An event's own toll among the counts of its sentence: `geomap.incidents.tolls`."""

from __future__ import annotations

import pytest

from geomap.incidents.drafts import Draft
from geomap.incidents.tolls import event_toll, raise_toll
from geomap.incidents.what import find_triggers
from geomap.vocab import EventType, SubEventType


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


@pytest.mark.parametrize(
    ("sentence", "toll"),
    [
        ("By Sunday, the toll had risen to 32, an official said.", 32),
        ("The death toll later rose to forty.", 40),
        ("The toll had risen to 12, officials said.", 18),
        ("The death toll from the war has risen to 40,000.", 18),
        ("Rescuers were still searching the rubble.", 18),
        ("Local officials later put the death toll at 46.", 46),
        ("By evening the death toll stood at 25.", 25),
    ],
    ids=["raise_toll", "raise_toll-words", "raise_toll-never_lower",
         "raise_toll-a_wars_toll", "raise_toll-no_toll", "raise_toll-put_at",
         "raise_toll-stood_at"],
)  # fmt: skip
def test_a_toll_told_again_higher_raises_the_event_just_told(sentence, toll):
    draft = Draft(event_type=EventType.EXPLOSIONS, sub_event_type=SubEventType.SUICIDE_BOMB,
                  sentence=0, note="", fatalities=18)  # fmt: skip
    raise_toll(draft, sentence)
    assert draft.fatalities == toll


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        pytest.param(
            "A bomb went off near the market in Gao on Monday, wounding three traders.",
            0,
            id="wounded_only",
        ),
        pytest.param(
            "Gunmen attacked a bus in Gao on Monday, killing two and wounding five.",
            2,
            id="wounded_only-and_the_dead",
        ),
        pytest.param(
            "Jets struck villages near Gao on Monday, killing civilians and injuring more.",
            None,
            id="wounded_only-the_dead_uncounted",
        ),
    ],
)
def test_an_event_that_only_hurt_killed_no_one(run_extract, text, toll):
    incidents, _ = run_extract(text)
    assert [i.fatalities for i in incidents] == [toll]
