"""Browser fixtures: one headless Chromium per session, maps opened offline.

``open_map(path)`` returns a :class:`geomap.render.browser.OfflinePage` once
the map is ready: every non-``file:`` request blocked and recorded in
``.requests``, console errors in ``.console_errors``, uncaught errors in
``.page_errors`` and dialogs (``alert``) in ``.dialogs``.  Reuse it for
end-to-end tests of ``geomap build``.  Without Chromium the tests skip, except
under CI (env ``CI`` set), where they fail.
"""

from __future__ import annotations

import os

import pytest

from geomap.render import write_map
from geomap.render.browser import chromium_path, launch, open_offline
from geomap.render.sample import sample_frames


def pytest_collection_modifyitems(items):
    """Everything in tests/browser is a browser test."""
    for item in items:
        if "tests/browser/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    """One Chromium for the whole session (launching costs ~1 s)."""
    if chromium_path() is None:
        message = "Chromium not found at /usr/bin/chromium (apt-get install chromium)"
        if os.environ.get("CI"):
            pytest.fail(message + " — required under CI")
        pytest.skip(message)
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright not installed")
    with sync_api.sync_playwright() as p:
        chromium = launch(p)
        yield chromium
        chromium.close()


@pytest.fixture
def open_map(browser):
    """Open a map file offline; pages are closed after the test."""
    pages = []

    def _open(path, **kwargs):
        opened = open_offline(browser, path, **kwargs)
        pages.append(opened.page)
        return opened

    yield _open
    for page in pages:
        page.close()


@pytest.fixture(scope="session")
def sample():
    """Frames with hostile strings in every text column (and plenty of benign rows)."""
    return sample_frames(400, seed=11, hostile=True, n_places=40)


@pytest.fixture(scope="session")
def sample_map(sample, tmp_path_factory):
    """The sample written as a map, with a hostile title."""
    path = tmp_path_factory.mktemp("map") / "map.html"
    return write_map(*sample, path, title="Incidents <script>alert('title')</script>")


@pytest.fixture(scope="module")
def shared_page(browser, sample_map):
    """One page of the sample map for read-only checks in a module."""
    opened = open_offline(browser, sample_map)
    yield opened
    opened.page.close()
