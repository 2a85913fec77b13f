"""Scoring extracted incidents against gold files."""

from __future__ import annotations

import json
from datetime import date

import pytest

from geomap.errors import InputError
from geomap.eval import load_gold, score_article, summarise
from geomap.model import Incident

from samples import AL_TANF, DEIR_EZ_ZOR_GOV, MOSCOW, StubGazetteer

GOLD = {
    "article": "a.txt",
    "incidents": [
        {"id": "tanf", "date": "2022-08-15", "lat": 33.49, "lon": 38.62, "max_km": 25,
         "fatalities": 0, "actor1": "Iran-backed militias"},
        {"id": "deir", "date": "2022-08-23", "lat": 35.34, "lon": 40.14, "max_km": 120,
         "fatalities": 6, "actor1": "United States military"},
    ],
    "not_incident_locations": {"Moscow": "a visit"},
}  # fmt: skip


def incident(place, day, fatalities=None, actor1="US forces", precision=1):
    return Incident(
        event_date=day, event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
        actor1=actor1, actor2="", place=place, geo_precision=precision, fatalities=fatalities,
        notes=("s",), article="a.txt",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("predicted", "matched", "false_locations", "fatalities_right"),
    [
        ([incident(AL_TANF, date(2022, 8, 15), 0, "Iran-backed militias"),
          incident(DEIR_EZ_ZOR_GOV, date(2022, 8, 23), 6, precision=3)], 2, 0, 2),
        ([incident(AL_TANF, date(2022, 8, 16), 0)], 0, 0, 0),  # wrong day
        ([incident(DEIR_EZ_ZOR_GOV, date(2022, 8, 23), 5)], 1, 0, 0),  # wrong toll
        ([incident(MOSCOW, date(2022, 8, 23))], 0, 1, 0),  # only mentioned there
    ],
)  # fmt: skip
def test_score_article(predicted, matched, false_locations, fatalities_right):
    score = score_article(GOLD, predicted, StubGazetteer())
    assert score.matched == matched
    assert len(score.false_locations) == false_locations
    assert score.fatalities_right == fatalities_right
    assert len(score.missed) == 2 - matched


@pytest.mark.parametrize(
    ("day", "fatalities", "matched", "fatalities_right"),
    [
        (date(2022, 8, 16), 0, 1, 1),  # the night of the 15th to the 16th
        (date(2022, 8, 17), 0, 0, 0),
        (date(2022, 8, 15), 2, 1, 1),  # "two attackers, or four with the guards"
        (date(2022, 8, 15), 3, 1, 0),
    ],
)
def test_other_days_and_tolls_a_coder_accepts(day, fatalities, matched, fatalities_right):
    gold = dict(GOLD, incidents=[dict(GOLD["incidents"][0], other_dates=["2022-08-16"],
                                      other_fatalities=[2])])  # fmt: skip
    score = score_article(gold, [incident(AL_TANF, day, fatalities)], StubGazetteer())
    assert (score.matched, score.dates_right, score.fatalities_right) == (
        matched,
        matched,
        fatalities_right,
    )


def test_summary_precision_recall():
    good = score_article(GOLD, [incident(AL_TANF, date(2022, 8, 15), 0)], StubGazetteer())
    bad = score_article(GOLD, [incident(MOSCOW, date(2022, 8, 1))], StubGazetteer())
    total = summarise([good, bad])
    assert (total.matched, total.gold, total.predicted) == (1, 4, 2)
    assert total.precision == 0.5 and total.recall == 0.25
    assert total.false_locations == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "cannot read gold file"),
        (json.dumps({"incidents": []}), "field 'article'"),
        (json.dumps({"article": "a.txt", "incidents": [{"lat": 1}]}), "incidents[0]: field 'lon'"),
    ],
)
def test_bad_gold_file_names_the_problem(tmp_path, content, message):
    path = tmp_path / "gold.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message.replace("[", r"\[")) as info:
        load_gold(path)
    assert str(path) in str(info.value)


@pytest.mark.parametrize(
    ("predicted", "gold", "same"),
    [
        ("JNIM (al-Qaeda)", "Multinational Joint Task Force", False),
        ("Niger armed forces", "Military Forces of Nigeria", False),
        ("US forces", "Military Forces of the United States", True),
        ("Russian forces", "Russian armed forces (VKS)", True),
    ],
    ids=["part_of_a_word", "a_longer_name", "a_word", "the_same_word"],
)
def test_an_actor_is_matched_by_whole_words(predicted, gold, same):
    from geomap.eval.incidents import same_actor

    assert same_actor(predicted, gold) is same
