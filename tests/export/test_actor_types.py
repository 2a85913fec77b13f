from pathlib import Path

import pytest

from geomap.export.actor_types import ActorType, InterCoder, interaction
from geomap.incidents.actors import ActorRegistry


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("state:RU", (ActorType.STATE, "RU")),
        ("rebel", (ActorType.REBEL, "")),
        ("political militia", (ActorType.POLITICAL_MILITIA, "")),
        ("External/Other", (ActorType.EXTERNAL, "")),
        ("", (None, "")),
        ("warlord", (None, "")),
    ],
)
def test_parse(text, expected):
    assert ActorType.parse(text) == expected


@pytest.mark.parametrize(
    ("inter1", "inter2", "expected"), [(1, 7, 17), (7, 1, 17), (2, None, 20), (None, 3, None)]
)
def test_interaction(inter1, inter2, expected):
    assert interaction(inter1, inter2) == expected


def test_state_forces_abroad_are_external(tmp_path: Path):
    path = tmp_path / "actors.tsv"
    path.write_text(
        "name\taffiliation\tpatterns\ttype\nArmy of A\t\tarmy of a\tstate:AA\nB\t\tb\n",
        encoding="utf-8",
    )
    coder = InterCoder(ActorRegistry.from_file(path))
    assert coder.code("Army of A", "AA") == 1
    assert coder.code("Army of A", "BB") == 8
    assert coder.code("B", "AA") is None  # a three-field line: no type, no code
    assert coder.code("Civilians", "AA") == 7


def test_every_shipped_actor_type_is_known():
    for actor in ActorRegistry.default().actors:
        if actor.actor_type:
            assert ActorType.parse(actor.actor_type)[0] is not None, actor.name
