"""The map's layers, one class per kind, as folium ``Layer`` elements.

Each is a thin folium layer (so folium's ``LayerControl`` lists it) whose JS
template creates the matching ``geomap.*`` Leaflet layer from the runtime.
Markers are never folium objects: the runtime builds them from the data block.
"""

from __future__ import annotations

import folium
from folium.map import Layer
from jinja2 import Template

from geomap.render.assets import InlineAssetsMixin, asset_id
from geomap.render.escape import html_text, script_json
from geomap.render.style import ROLE_COLOURS

__all__ = [
    "BasemapLayer",
    "BordersLayer",
    "IncidentLayer",
    "LabelLayer",
    "OnlineTilesLayer",
    "PlacesLayer",
    "count_label",
]

OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_ATTRIBUTION = (
    '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
)


def count_label(text: str, count: int) -> str:
    """Layer-control label: escaped text plus a count the runtime can update.

    Leaflet inserts labels as HTML, hence :func:`html_text`.
    """
    return f'{html_text(text)} <span class="gm-count">({count})</span>'


class IncidentLayer(Layer):
    """Incidents of one actor (``actor1``): a layer-control entry with its count.

    Parameters
    ----------
    index
        The actor's position in the data block's ``actors`` list.
    actor
        The actor's name as written in the articles (escaped here).
    count
        Number of incidents, shown until the date filter changes it.
    """

    _template = Template("""
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = new geomap.ActorLayer({{ this.index }}, {{ this.label_json }});
        {% endmacro %}
    """)

    def __init__(self, index: int, actor: str, count: int):
        super().__init__(name=count_label(actor, count), overlay=True, control=True, show=True)
        self._name = "IncidentLayer"
        self.index = index
        self.label_json = script_json(html_text(actor))


class PlacesLayer(InlineAssetsMixin, Layer):
    """Every place the articles mention, styled by role; off by default."""

    inline_assets = ("places.js",)
    _template = Template("""
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = new geomap.PlacesLayer({{ this.colours_json }});
        geomap.places = {{ this.get_name() }};
        {% endmacro %}
    """)

    def __init__(self, count: int, *, show: bool = False):
        super().__init__(
            name=count_label("Mentioned places", count), overlay=True, control=True, show=show
        )
        self._name = "PlacesLayer"
        self.colours_json = script_json(ROLE_COLOURS)


class LabelLayer(InlineAssetsMixin, Layer):
    """Names of the incident places and of the gazetteer's towns around them, by zoom."""

    inline_assets = ("labels.js",)
    _template = Template("""
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = new geomap.LabelLayer();
        geomap.labels = {{ this.get_name() }};
        {% endmacro %}
    """)

    def __init__(self, *, show: bool = True):
        super().__init__(name="Place and town names", overlay=True, control=True, show=show)
        self._name = "LabelLayer"


class BasemapLayer(InlineAssetsMixin, Layer):
    """Offline basemap: Natural Earth land and borders plus main-city labels.

    A base layer (radio button), shown by default, so a map opened offline
    needs no tiles; it inlines world-atlas ``countries-50m`` (~0.75 MB).
    """

    inline_assets = ("topojson-client.min.js", "countries-50m.json", "cities.json", "basemap.js")
    _template = Template("""
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = new geomap.Basemap({{ this.world_id|tojson }},
                                                       {{ this.cities_id|tojson }});
        {% endmacro %}
    """)

    def __init__(self) -> None:
        super().__init__(
            name="Offline basemap (Natural Earth)", overlay=False, control=True, show=True
        )
        self._name = "BasemapLayer"
        self.world_id = asset_id("countries-50m.json")
        self.cities_id = asset_id("cities.json")


class BordersLayer(InlineAssetsMixin, Layer):
    """Province (admin1) borders of the countries with incidents, from the gazetteer.

    The outlines are approximate (derived from GeoNames places, see
    `geomap.gazetteer.outlines`), and the layer label says so.
    """

    inline_assets = ("borders.js",)
    _template = Template("""
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = new geomap.BordersLayer();
        geomap.borders = {{ this.get_name() }};
        {% endmacro %}
    """)

    def __init__(self, count: int, *, show: bool = True):
        super().__init__(
            name=count_label("Province borders (approx.)", count),
            overlay=True,
            control=True,
            show=show,
        )
        self._name = "BordersLayer"


class OnlineTilesLayer(folium.TileLayer):
    """OpenStreetMap tiles: a base layer to pick when online, never the default."""

    def __init__(self) -> None:
        super().__init__(
            tiles=OSM_TILES,
            attr=OSM_ATTRIBUTION,
            name="OpenStreetMap (online)",
            overlay=False,
            control=True,
            show=False,
            max_zoom=19,
        )
