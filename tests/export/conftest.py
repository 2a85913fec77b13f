from dataclasses import replace

import pytest

from samples import AL_TANF, DEIR_EZ_ZOR_GOV, strike_incident

SQUARE = "POLYGON ((39 34, 41 34, 41 36, 39 36, 39 34))"


def make_incident(place=AL_TANF, precision=1, fatalities=2, **changes):
    notes = ("Drones struck the base.", "Drones struck the base.", "Two were killed.")
    return strike_incident(
        place,
        precision,
        fatalities,
        notes=notes,
        source_title="Strike on the base",
        source_url="https://www.example.org/news/1",
        sentences=(0, 2),
        **changes,
    )


@pytest.fixture
def incidents():
    """A point incident and a province-precision one with an outline and no known toll."""
    area = replace(DEIR_EZ_ZOR_GOV, geometry=SQUARE)
    return [
        make_incident(),
        make_incident(
            area,
            3,
            None,
            actor1="Russian forces",
            actor2="Civilians",
            event_type="Violence against civilians",
            sub_event_type="Attack",
        ),
    ]
