"""`geomap.build` beside what its tests in test_cli.py and test_parallel.py cover."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from geomap.build import SHARED_MODULES


def _imported_by(code: str) -> set[str]:
    """Modules a fresh interpreter holds after ``code`` and not after ``import geomap.cli``."""
    script = (
        "import sys, geomap.cli\n"
        "before = set(sys.modules)\n"
        f"{code}\n"
        "print(__import__('json').dumps(sorted(set(sys.modules) - before)))"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return set(json.loads(out.stdout.splitlines()[-1]))


@pytest.mark.slow
def test_shared_modules_are_imported_by_both_sides_of_a_cold_build():
    """Each name earns its place: spaCy's loading and the writers both import it.

    A module only one side needs would cost a cold build time before the fork.
    """
    spacy_side = _imported_by(
        "from geomap.geoparse.nlp import MODEL\nimport spacy\nspacy.load(MODEL)"
    )
    writer_side = _imported_by("from geomap.build import _writers\n_writers()")
    assert set(SHARED_MODULES) <= spacy_side & writer_side
