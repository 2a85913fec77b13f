"""One person killed, told without a number: `geomap.incidents.victims`."""

from __future__ import annotations

import pytest

from geomap.incidents.how_many import fatalities_in


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Gunmen shot dead the newly elected mayor of the town on Monday.", 1),
        ("The mayor was killed on Monday.", 1),
        ("Gunmen killed the commander and five fighters at the post.", 6),
        ("The rebels killed the two soldiers at the post.", 2),
        ("An airstrike killed a family in the town.", None),
        ("A suicide bomber killed the crew of the tank.", None),
        ("A strike killed Hezbollah's top military commander Fuad Shukr.", 1),
        ("Gunmen killed his wife on Monday.", 1),
        ("Security forces gunned down 29 rebels in a fierce gunfight.", 29),
        ("Air defences shot down five drones over the city.", None),
        ("A trader lost his life when gunmen opened fire at the market.", 1),
        ("Five soldiers lost their lives in an ambush on Monday.", 5),
        ("The army lost control of the town on Monday.", None),
    ],
    ids=[
        "one_victim",
        "one_victim-passive",
        "one_victim-and_others",
        "one_victim-plural_counts_its_number",
        "singular_victim-a_group",
        "singular_victim-not_the_killer",
        "one_victim-a_persons_name",
        "one_victim-an_owner",
        "shot_dead-gunned_down",
        "shot_dead-shot_down_is_no_killing",
        "lost_life",
        "lost_life-a_count",
        "lost_life-no_life_lost",
    ],
)
def test_one_person_killed(nlp, sentence, expected):
    """A singular victim counts one; a group, or the one who kills, counts no one."""
    assert fatalities_in(nlp(sentence)) == expected
