"""A small incidents frame with known ids, and a reviews file beside it."""

from __future__ import annotations

from datetime import date

import pytest

from geomap.frame import incidents_frame
from geomap.model import Incident

from samples import AL_TANF, DEIR_EZ_ZOR_GOV, KHARKIV, StubGazetteer


def _incident(place, note, fatalities=1, article="a.txt", event_type="Battles"):
    return Incident(
        event_date=date(2024, 5, 25),
        event_type=event_type,
        sub_event_type="Armed clash",
        actor1="Militia A",
        actor2="Army B",
        place=place,
        geo_precision=1,
        fatalities=fatalities,
        notes=(note,),
        article=article,
        source_title="Report",
        source_url="https://example.org/r",
    )


@pytest.fixture
def incidents():
    return [
        _incident(KHARKIV, "Militia A clashed with Army B in Kharkiv, killing one."),
        _incident(AL_TANF, "A drone hit the garrison at Al Tanf.", 3),
        _incident(DEIR_EZ_ZOR_GOV, "Fighting went on in Deir ez-Zor province.", None, "b.txt"),
    ]


@pytest.fixture
def frame(incidents):
    return incidents_frame(incidents)


@pytest.fixture
def place_of():
    return StubGazetteer().get
