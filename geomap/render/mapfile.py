"""Assemble the folium map from the frames and write it atomically."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import folium

from geomap.atomic import atomic_write
from geomap.errors import RenderError
from geomap.render.analysis import FilterPanel, TablePanel, TimelinePanel
from geomap.render.assets import InlineAssetsMixin, RawText
from geomap.render.controls import (
    Fullscreen,
    LayerCounts,
    Legend,
    ScaleBar,
    SummaryBox,
    TimeFilter,
)
from geomap.render.data import build_payload
from geomap.render.escape import html_text
from geomap.render.layers import (
    BasemapLayer,
    BordersLayer,
    IncidentLayer,
    LabelLayer,
    OnlineTilesLayer,
    PlacesLayer,
)
from geomap.render.runtime import DataBlock, Runtime

if TYPE_CHECKING:
    import geopandas as gpd

__all__ = ["OfflineMap", "build_map", "write_map"]

DEFAULT_TITLE = "geomap incidents"


class OfflineMap(InlineAssetsMixin, folium.Map):
    """A ``folium.Map`` whose Leaflet is inlined and that links no CDN.

    folium's ``default_js``/``default_css`` (Leaflet, jQuery, Bootstrap,
    awesome-markers from CDNs) are dropped: the map uses none of them but
    Leaflet, which it inlines.
    """

    default_js: list[tuple[str, str]] = []
    default_css: list[tuple[str, str]] = []
    inline_assets = ("leaflet.css", "leaflet.js")


def build_map(
    incidents: gpd.GeoDataFrame,
    places: gpd.GeoDataFrame,
    *,
    title: str = DEFAULT_TITLE,
    basemap: bool = True,
    borders: gpd.GeoDataFrame | None = None,
) -> folium.Map:
    """Return the assembled map (not yet rendered); see :func:`write_map`."""
    payload = build_payload(incidents, places, title, borders)
    m = OfflineMap(
        location=[20, 10],
        zoom_start=2,
        min_zoom=2,
        tiles=None,
        prefer_canvas=True,
        zoom_control="topright",
        world_copy_jump=True,
    )
    m._id = "geomap"  # stable ids: the same input renders the same file
    m.get_root().header.add_child(RawText(f"<title>{html_text(title)}</title>"), name="title")
    m.add_child(Runtime())
    if basemap:
        m.add_child(BasemapLayer())
    m.add_child(OnlineTilesLayer())
    if payload["borders"]:
        m.add_child(BordersLayer(len(payload["borders"])))
    for index, (actor, count) in enumerate(zip(payload["actors"], payload["counts"], strict=True)):
        m.add_child(IncidentLayer(index, actor, count))
    m.add_child(PlacesLayer(len(payload["p"]["lat"])))
    m.add_child(LabelLayer())
    m.add_child(Fullscreen())
    control = folium.LayerControl(position="topright", collapsed=False)
    m.add_child(control)
    m.add_child(LayerCounts(control))
    m.add_child(SummaryBox(title))
    m.add_child(TimeFilter())
    m.add_child(FilterPanel())  # under the layer control: filters beside the actor layers
    m.add_child(ScaleBar())
    m.add_child(Legend(position="bottomleft"))
    m.add_child(TablePanel())
    m.add_child(TimelinePanel())
    m.add_child(DataBlock(payload, fit=True))
    for number, child in enumerate(m._children.values()):
        child._id = f"{number}"  # stable JS names (incidentlayer_5, …)
    return m


def write_map(
    incidents: gpd.GeoDataFrame,
    places: gpd.GeoDataFrame,
    path: str | Path,
    *,
    title: str = DEFAULT_TITLE,
    basemap: bool = True,
    borders: gpd.GeoDataFrame | None = None,
) -> Path:
    """Write the incidents map to ``path`` as one offline HTML file.

    Parameters
    ----------
    incidents, places
        The frames from ``geomap.frame`` (EPSG:4326; either may be empty).
    path
        Output file; its directory is created if needed.
    title
        Map title (shown in the summary box and the page title).
    basemap
        Include the offline Natural Earth basemap (~0.75 MB); without it the
        map has only the optional online OpenStreetMap tiles.
    borders
        Province outlines to draw as a "Province borders" layer
        (``geomap.frame.areas_frame``; a ``name`` column and polygons).

    Returns
    -------
    Path
        The written file.

    Raises
    ------
    RenderError
        An asset is missing or the output cannot be written.
    """
    m = build_map(incidents, places, title=title, basemap=basemap, borders=borders)
    html = m.get_root().render()
    return write_atomic(Path(path), html)


def write_atomic(path: Path, text: str) -> Path:
    """Write the map atomically (`geomap.atomic.atomic_write`): never half a map.

    Raises `RenderError` with what to do when the location is not writable.
    """
    try:
        return atomic_write(path, text)
    except OSError as exc:
        raise RenderError(
            f"cannot write the map to {path}: {exc.strerror or exc}; "
            "choose a writable output directory"
        ) from exc
