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
        ("Two farmers were deprived of their lives at the ranch.", 2),
        ("Gunmen deprived two farmers of their lives at the ranch.", 2),
        ("Nine soldiers fell on the field of honour in the attack.", 9),
        ("Four policemen embraced shahadat in the raid on Monday.", 4),
        ("Two soldiers paid the supreme price in the ambush.", 2),
        ("The body of a young man was found by the road.", 1),
        ("Police found a body in a ditch near the town.", 1),
        ("Police found the bodies of four men near the town.", 4),
        ("The governing body of the league met on Monday.", None),
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
        "deprived_of_life",
        "deprived_of_life-someone",
        "died_in_idiom-field_of_honour",
        "died_in_idiom-shahadat",
        "died_in_idiom-supreme_price",
        "one_body",
        "one_body-found_by_police",
        "one_body-plural_counts_its_number",
        "one_body-not_remains",
    ],
)
def test_one_person_killed(nlp, sentence, expected):
    """A singular victim counts one; a group, or the one who kills, counts no one."""
    assert fatalities_in(nlp(sentence)) == expected
