"""Open a written map in headless Chromium, offline, and screenshot it.

Shared by the browser tests, the benchmark and ``python -m
geomap.render.browser MAP.html OUT.png`` (the README screenshot).  Every
request that is not ``file:`` is blocked and recorded, so a map that would
fetch anything shows it.  Needs Playwright (the ``test`` extra) and Debian's
``/usr/bin/chromium``; Playwright is imported only when used.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geomap.errors import RenderError

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

__all__ = ["CHROMIUM_ARGS", "OfflinePage", "chromium_path", "launch", "open_offline", "screenshot"]

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
READY = "window.__geomapReady === true"


def chromium_path() -> str | None:
    """Chromium to drive: ``$GEOMAP_CHROMIUM``, else Debian's, else one on PATH."""
    for candidate in (os.environ.get("GEOMAP_CHROMIUM"), "/usr/bin/chromium"):
        if candidate and Path(candidate).exists():
            return candidate
    return shutil.which("chromium") or shutil.which("chromium-browser")


def launch(playwright: Any) -> Browser:
    """Launch headless Chromium with networking side-channels switched off."""
    path = chromium_path()
    if path is None:
        raise RenderError(
            "Chromium not found: install it (apt-get install chromium) "
            "or set GEOMAP_CHROMIUM to its path"
        )
    return playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)


@dataclass
class OfflinePage:
    """A page with the map loaded, and what it tried to do."""

    page: Page
    requests: list[str] = field(default_factory=list)  # blocked non-file: URLs
    console_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)  # alert()/confirm() texts: must stay empty
    page_errors: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        """Incidents per actor inside the date filter (``geomap.counts()``)."""
        return self.page.evaluate("geomap.counts()")

    def on_map(self) -> dict[str, int]:
        """Incident markers per actor currently on the map (0 if its layer is off)."""
        return self.page.evaluate("geomap.onMap()")


def open_offline(
    browser: Browser,
    path: str | Path,
    *,
    width: int = 1280,
    height: int = 800,
    wait_ready: bool = True,
    timeout_ms: float = 30_000,
    locale: str | None = None,
) -> OfflinePage:
    """Open ``path`` in a new page that may load only ``file:`` URLs.

    Non-file requests are aborted and recorded; console errors, uncaught page
    errors and dialogs (which are dismissed) are collected.  With
    ``wait_ready``, returns once the map set ``window.__geomapReady``;
    ``locale`` (``de-DE``) checks that nothing depends on the user's.
    """
    page = browser.new_page(viewport={"width": width, "height": height}, locale=locale)
    result = OfflinePage(page)

    def route(r: Any) -> None:
        if r.request.url.startswith("file:"):
            r.continue_()
        else:
            result.requests.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.on("console", lambda m: m.type == "error" and result.console_errors.append(m.text))
    page.on("pageerror", lambda e: result.page_errors.append(str(e)))

    def dialog(d: Any) -> None:
        result.dialogs.append(d.message)
        d.dismiss()

    page.on("dialog", dialog)
    page.goto(Path(path).resolve().as_uri())
    if wait_ready:
        page.wait_for_function(READY, timeout=timeout_ms)
    return result


def screenshot(
    map_path: str | Path,
    png_path: str | Path,
    *,
    width: int = 1280,
    height: int = 800,
    browser: Browser | None = None,
) -> Path:
    """Save a PNG of the map at ``map_path`` (offline, once it is drawn).

    Pass ``browser`` to reuse a running Chromium (tests); else one is launched.
    """
    png = Path(png_path)
    png.parent.mkdir(parents=True, exist_ok=True)
    if browser is not None:
        opened = open_offline(browser, map_path, width=width, height=height)
        try:
            opened.page.wait_for_timeout(300)  # let the canvases settle
            opened.page.screenshot(path=str(png))
        finally:
            opened.page.close()
        return png
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        own = launch(p)
        try:
            return screenshot(map_path, png, width=width, height=height, browser=own)
        finally:
            own.close()


def main(argv: list[str] | None = None) -> int:
    """CLI: ``python -m geomap.render.browser MAP.html OUT.png [--size 1280x800]``."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("map", type=Path)
    parser.add_argument("png", type=Path)
    parser.add_argument("--size", default="1280x800", help="viewport WIDTHxHEIGHT")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))
    print(screenshot(args.map, args.png, width=width, height=height))
    return 0


if __name__ == "__main__":
    sys.exit(main())
