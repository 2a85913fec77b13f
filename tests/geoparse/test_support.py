"""DocumentSupport: the other names of a document vote for countries, areas and vicinities."""

import pytest

from geomap.geoparse.support import DocumentSupport
from geomap.model import Candidate, Place


def _place(pid, name, lat, lon, country, admin1="", ftype="town"):
    return Place(
        id=pid, name=name, lat=lat, lon=lon, feature_type=ftype, country=country, admin1=admin1
    )


SPRINGFIELD_IL = _place("s-il", "Springfield", 39.80, -89.64, "US", "Illinois")
SPRINGFIELD_MA = _place("s-ma", "Springfield", 42.10, -72.59, "US", "Massachusetts")
PEORIA = _place("peoria", "Peoria", 40.69, -89.59, "US", "Illinois")
DECATUR = _place("decatur", "Decatur", 39.84, -88.95, "US", "Illinois")
LYON = _place("lyon", "Lyon", 45.76, 4.83, "FR", "Auvergne-Rhône-Alpes")


def _build(*named):
    return DocumentSupport.build(
        (name, [Candidate(p, 1.0) for p in places]) for name, places in named
    )


def test_the_other_names_back_the_namesake_in_their_area():
    support = _build(
        ("Springfield", [SPRINGFIELD_IL, SPRINGFIELD_MA]),
        ("Peoria", [PEORIA]),
        ("Decatur", [DECATUR]),
    )
    il = support.shares("Springfield", SPRINGFIELD_IL)
    ma = support.shares("Springfield", SPRINGFIELD_MA)
    assert il == pytest.approx((1.0, 1.0, 1.0))
    assert ma[0] == pytest.approx(1.0)  # same country ...
    assert ma[1:] == (0.0, 0.0)  # ... but neither the state nor the vicinity


def test_a_name_never_votes_for_itself():
    support = _build(("Springfield", [SPRINGFIELD_IL]), ("Springfield", [SPRINGFIELD_IL]))
    assert support.shares("Springfield", SPRINGFIELD_IL) == (0.0, 0.0, 0.0)


def test_weak_candidates_vote_weakly():
    support = DocumentSupport.build(
        [
            ("Springfield", [Candidate(SPRINGFIELD_IL, 1.0)]),
            ("Lyon", [Candidate(LYON, 3.0), Candidate(PEORIA, 1.5)]),
        ]
    )
    country, area, _ = support.shares("Springfield", SPRINGFIELD_IL)
    assert country == pytest.approx(0.25)  # (1.5 / 3) squared
    assert area == pytest.approx(0.25)


def test_resolved_names_vote_fully():
    state = _place("il", "Illinois", 40.0, -89.0, "US", "Illinois", ftype="admin1")
    support = DocumentSupport.build(
        [("Springfield", [Candidate(SPRINGFIELD_IL, 1.0)])], {"Illinoisan": state}
    )
    assert support.shares("Springfield", SPRINGFIELD_IL)[:2] == (1.0, 1.0)


@pytest.mark.parametrize(
    ("name", "otherwise"),
    [("Lyo", True), ("Lyon", False), ("Lyon City", False)],
    ids=["spelt_otherwise", "spelt_otherwise-same", "spelt_otherwise-the_name_with_its_kind"],
)
def test_spelt_otherwise_a_place_the_document_names_exactly(name, otherwise):
    """ "the village of Lyo … a statement from Lyon": the city is named, and not as Lyo."""
    support = DocumentSupport.build(
        [("Lyo", [Candidate(LYON, 0.5, "Lyon")]), ("Lyon", [Candidate(LYON, 1.0, "Lyon")])]
    )
    assert support.spelt_otherwise(name, LYON) is otherwise
