"""Meta-tests over every registered incident rule (as geopy tests every geocoder it finds).

Each rule must say, in its docstring, an example sentence it decides, and
have at least one test case whose id is its name, so a rule added without a
test fails here rather than drifting unseen.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

import geomap.incidents
from geomap.incidents.rules import RuleSet

PACKAGE = Path(geomap.incidents.__file__).parent
for _module in pkgutil.iter_modules([str(PACKAGE)]):
    importlib.import_module(f"geomap.incidents.{_module.name}")

RULES = [
    pytest.param(rule, id=f"{question}:{rule.__name__}")
    for question, rules in RuleSet.registry.items()
    for rule in rules
]


@pytest.fixture(scope="module")
def test_ids() -> set[str]:
    """Every test id collected under tests/incidents: param ids and function names."""
    here = Path(__file__).parent
    out = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:xdist", str(here)],
        capture_output=True, text=True, check=True, cwd=here.parent.parent,
    ).stdout  # fmt: skip
    ids: set[str] = set()
    for line in out.splitlines():
        match = re.match(r".*::(\w+)(?:\[(.+)\])?$", line.strip())
        if match:
            ids.add(match.group(1).removeprefix("test_"))
            if match.group(2):
                ids.add(match.group(2).split("-")[0])
    return ids


def test_every_question_has_rules():
    questions = {q.split(":")[0] for q in RuleSet.registry}
    assert {"what", "when", "who", "where", "how many"} <= questions


@pytest.mark.parametrize("rule", RULES)
def test_rule_has_example_sentence(rule):
    doc = rule.__doc__ or ""
    assert re.search(r'Example: ".+"', doc), f'{rule.__name__}: docstring needs Example: "…"'


@pytest.mark.slow
@pytest.mark.parametrize("rule", RULES)
def test_rule_has_a_test_named_after_it(rule, test_ids):
    assert rule.__name__ in test_ids, f"no test case with id {rule.__name__!r}"


@pytest.mark.parametrize(
    "module",
    sorted(Path(geomap.__file__).parent.rglob("*.py")),
    ids=lambda p: str(p.relative_to(Path(geomap.__file__).parent)),
)
def test_modules_stay_small(module):
    """The brief's bound: every module under 400 lines (one module, one job)."""
    assert len(module.read_text(encoding="utf-8").splitlines()) < 400
