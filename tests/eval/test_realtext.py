"""Scoring on real reporting: articles_gold.json and UCDP headline CSVs (synthetic data here)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from geomap.errors import InputError
from geomap.eval.realtext import (
    RealArticleScores,
    evaluate_articles,
    evaluate_ucdp,
    is_articles_gold,
    load_ucdp,
    score_real_article,
)
from geomap.model import Incident

from samples import AL_TANF, DEIR_EZ_ZOR_GOV, MOSCOW

GOLD = {
    "incidents": [
        {"place": "Al Tanf", "lat": 33.49, "lon": 38.62, "max_km": 25, "date": "2022-08-15",
         "date_precision": 1, "actor1": "Iran-backed militias", "fatalities": 0,
         "event_type": "Explosions/Remote violence"},
        {"place": "Deir ez-Zor", "lat": 35.34, "lon": 40.14, "max_km": 150, "date": "2022-08-23",
         "date_precision": 2, "actor1": "US forces", "fatalities": None},
        {"place": "Syria", "lat": 35.0, "lon": 38.5, "max_km": 400, "date": "2022-08-20",
         "optional": True, "actor1": "US forces"},
    ],
    "forbidden": {"Moscow": [55.75, 37.62, 30]},
}  # fmt: skip


def incident(place, day, actor1="US forces", fatalities=None):
    return Incident(
        event_date=day, event_type="Battles", sub_event_type="Armed clash", actor1=actor1,
        actor2="", place=place, geo_precision=1, fatalities=fatalities, notes=("s",),
        article="a",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("predicted", "found", "off_gold", "forbidden"),
    [
        pytest.param([incident(AL_TANF, date(2022, 8, 15), "Iran-backed militias", 0)], 1, 0, 0,
                     id="day-precision-same-day"),
        pytest.param([incident(AL_TANF, date(2022, 8, 16))], 0, 0, 0, id="day-precision-wrong-day"),
        pytest.param([incident(DEIR_EZ_ZOR_GOV, date(2022, 8, 27))], 1, 0, 0,
                     id="week-precision-within-a-week"),
        pytest.param([incident(MOSCOW, date(2022, 8, 23))], 0, 1, 1, id="forbidden-place"),
    ],
)  # fmt: skip
def test_score_real_article(predicted, found, off_gold, forbidden):
    scores = RealArticleScores()
    score_real_article("a", GOLD, predicted, scores)
    assert (scores.required, scores.found) == (2, found)
    assert (scores.off_gold, scores.forbidden) == (off_gold, forbidden)


def test_actor_and_toll_counted_on_found_incidents():
    scores = RealArticleScores()
    score_real_article("a", GOLD, [incident(AL_TANF, date(2022, 8, 15), "Iran-backed militias",
                                            0)], scores)  # fmt: skip
    assert scores.to_dict()["actor1_accuracy"] == 1.0
    assert scores.to_dict()["event_type_accuracy"] == 0.0  # a battle, where a drone struck
    assert (scores.fatalities_right, scores.fatalities_gold) == (1, 1)
    assert scores.wrong == ["a: Al Tanf: event type Battles (gold Explosions/Remote violence)"]


def test_wrong_fields_are_listed_for_the_found_incident():
    scores = RealArticleScores()
    score_real_article("a", GOLD, [incident(AL_TANF, date(2022, 8, 15), "Hamas", 3)], scores)
    assert scores.actor1_right == scores.fatalities_right == 0
    assert scores.fatalities_gold == 1  # Deir ez-Zor, the other required incident, is not found
    assert scores.wrong == [
        "a: Al Tanf: actor1 'Hamas' (gold 'Iran-backed militias'); event type Battles "
        "(gold Explosions/Remote violence); fatalities 3 (gold 0)"
    ]


def test_a_toll_is_scored_only_where_the_gold_has_one():
    scores = RealArticleScores()
    gold = {"incidents": [GOLD["incidents"][1]]}  # Deir ez-Zor: its toll is not known
    score_real_article("a", gold, [incident(DEIR_EZ_ZOR_GOV, date(2022, 8, 23))], scores)
    assert (scores.found, scores.fatalities_right, scores.fatalities_gold) == (1, 0, 0)


def test_no_incident_story_counts_every_output_as_forbidden():
    scores = RealArticleScores()
    score_real_article("n", {"incidents": [], "kind": "negative_hard"},
                       [incident(AL_TANF, date(2022, 8, 15))], scores)  # fmt: skip
    assert scores.forbidden == 1


def test_articles_gold_reads_its_jsonl(tmp_path):
    (tmp_path / "articles.jsonl").write_text(
        json.dumps({"id": "a", "title": "T", "text": "Drones struck.", "published": "2022-08-24"})
        + "\n", encoding="utf-8")  # fmt: skip
    gold = tmp_path / "articles_gold.json"
    gold.write_text(json.dumps({"articles": {"a": GOLD}}), encoding="utf-8")
    assert is_articles_gold(gold)
    scores = evaluate_articles(gold, lambda article: [incident(AL_TANF, date(2022, 8, 15))])
    assert (scores.articles, scores.found, scores.required) == (1, 1, 2)


UCDP = (
    "id,text,pub_date,gold_lat,gold_lon,where_name,mention\n"
    "1,Clashes in Al Tanf leave two dead,2022-08-15,33.49,38.62,Al Tanf,place\n"
    "2,Fighting in the province,2022-08-15,35.34,40.14,Deir ez-Zor,adm\n"
)


def test_ucdp_hit_within_50_km(tmp_path):
    path = tmp_path / "ucdp.csv"
    path.write_text(UCDP, encoding="utf-8")
    assert [a.published for a, _ in load_ucdp(path)] == [date(2022, 8, 15)] * 2
    scores = evaluate_ucdp(
        path, lambda articles: [[incident(AL_TANF, a.published)] for a in articles]
    )
    assert (scores.rows, scores.hits, scores.place_rows, scores.place_hits) == (2, 1, 1, 1)


def test_ucdp_csv_without_its_columns_is_refused(tmp_path):
    path = tmp_path / "other.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(InputError, match="missing columns gold_lat, gold_lon, id, pub_date, text"):
        load_ucdp(path)
