"""The gazetteer as a package: its imports stay below it and its curated places ship with it."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import pytest

import geomap.gazetteer
from geomap.gazetteer.core import PACKAGED_CURATED_DIR

PACKAGE = Path(geomap.gazetteer.__file__).parent
ROOT = PACKAGE.parents[1]
#: What the gazetteer may build on: the value types and helpers below the pipeline.
ALLOWED = ("geomap.gazetteer", "geomap.errors", "geomap.model", "geomap.distance", "geomap.atomic")


def _geomap_imports(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.append(node.module)
    return [n for n in names if n == "geomap" or n.startswith("geomap.")]


@pytest.mark.parametrize("module", sorted(PACKAGE.glob("*.py")), ids=lambda p: p.name)
def test_gazetteer_imports_nothing_above_it(module: Path) -> None:
    upward = [n for n in _geomap_imports(module) if not n.startswith(ALLOWED)]
    assert upward == [], f"{module.name} imports {upward}"


def test_curated_places_are_package_data() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["geomap"]
    relative = PACKAGED_CURATED_DIR.relative_to(ROOT / "geomap").as_posix()
    assert f"{relative}/*.tsv" in patterns
    shipped = sorted(p.name for p in PACKAGED_CURATED_DIR.glob("*.tsv"))
    assert "sy.tsv" in shipped and "regions.tsv" in shipped
