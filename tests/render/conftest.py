"""Fixtures for the renderer's HTML tests: sample frames and written maps."""

from __future__ import annotations

from pathlib import Path

import pytest

from geomap.render import write_map
from geomap.render.sample import sample_frames

HOSTILE_TITLE = "Report <script>alert('t')</script> {{ 7*7 }} </title>"


@pytest.fixture(scope="session")
def hostile_title() -> str:
    """A title that tries to close tags and run Jinja."""
    return HOSTILE_TITLE


@pytest.fixture(scope="session")
def frames():
    """A small, benign incidents/places pair."""
    return sample_frames(120, seed=3)


@pytest.fixture(scope="session")
def hostile_frames():
    """Frames with hostile strings in every text column."""
    return sample_frames(60, seed=5, hostile=True)


@pytest.fixture(scope="session")
def hostile_html(hostile_frames, tmp_path_factory) -> str:
    """The rendered HTML of the hostile frames, with a hostile title."""
    incidents, places = hostile_frames
    path = tmp_path_factory.mktemp("hostile") / "map.html"
    write_map(incidents, places, path, title=HOSTILE_TITLE)
    return Path(path).read_text(encoding="utf-8")
