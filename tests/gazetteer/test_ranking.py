from __future__ import annotations

import pytest

from geomap.gazetteer import ranking
from geomap.model import Place


def _place(
    ftype: str = "city",
    pop: int = 0,
    cc: str = "SY",
    priority: int = 0,
    admin1: str = "",
    name: str = "X",
    lat: float = 34.0,
    lon: float = 36.0,
) -> Place:
    return Place("t", name, lat, lon, ftype, cc, admin1, pop, priority=priority)


@pytest.mark.parametrize(
    ("big", "small"),
    [
        (_place(pop=1_000_000), _place(pop=10_000)),
        (_place("country", pop=1_000_000), _place("city", pop=1_000_000)),
        (_place("city", pop=500_000), _place("admin1", pop=500_000)),
        (_place(priority=1, pop=1000), _place(pop=1000)),
        (_place(name="Idlib", admin1="Idlib", pop=100), _place(name="Idlib", pop=100)),
    ],
)
def test_prior_orders_places(big: Place, small: Place) -> None:
    assert ranking.prior(big) > ranking.prior(small)


@pytest.mark.parametrize(
    ("country", "near", "sign"),
    [("SY", None, 1), ("LB", None, -1), (None, (34.0, 36.0), 1), (None, None, 0)],
)
def test_context_bonus(country: str | None, near: tuple[float, float] | None, sign: int) -> None:
    bonus = ranking.context_bonus(_place(), country, near)
    assert (bonus > 0) - (bonus < 0) == sign


def test_near_bonus_decays_with_distance() -> None:
    here = ranking.context_bonus(_place(), None, (34.0, 36.0))
    far = ranking.context_bonus(_place(), None, (30.0, 30.0))
    assert here > 0.9 > 0.01 > far


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("idlib province", ("idlib", "admin1")),
        ("raqqa district", ("raqqa", "admin2")),
        ("homs city", ("homs", "city")),
        ("kulachi tehsil", ("kulachi", "admin2")),
        ("konduga local government area", ("konduga", "admin2")),
        ("province", None),
        ("deir ez zor", None),
    ],
)
def test_split_generic(key: str, expected: tuple[str, str] | None) -> None:
    got = ranking.split_generic(key)
    assert (got if got is None else (got[0], got[1])) == (
        None if expected is None else (expected[0], got[1])
    )
    if expected is not None:
        assert expected[1] in got[1]


def test_skeleton_score_rewards_similarity() -> None:
    close = ranking.skeleton_score(ranking.similarity("rasain", "ras ayn"), 1.0, False)
    far = ranking.skeleton_score(ranking.similarity("sidon", "sudan"), 1.9, False)
    assert close > far
    assert ranking.skeleton_score(1.0, 1.0, True) < ranking.skeleton_score(1.0, 1.0, False)
