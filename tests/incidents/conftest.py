"""Fixtures for the incident rules: sentences parsed by the test pipeline."""

from __future__ import annotations

import pytest

from geomap.incidents.actors import ActorRegistry


@pytest.fixture(scope="session")
def parse(nlp):
    """Parse one sentence with the session's spaCy pipeline (stub gazetteer names)."""
    return nlp


@pytest.fixture(scope="session")
def span_of():
    """The span of ``name`` (its first occurrence) in a parsed doc."""

    def find(doc, name):
        start = doc.text.index(name)
        return doc.char_span(start, start + len(name), alignment_mode="expand")

    return find


@pytest.fixture(scope="session")
def token_of():
    """The first token whose text is ``word``."""

    def find(doc, word):
        return next(token for token in doc if token.text == word)

    return find


@pytest.fixture(scope="session")
def registry():
    """The shipped actor registry."""
    return ActorRegistry.default()
