"""Map renderer: incidents and mentioned places → one offline Leaflet HTML file.

The file inlines Leaflet, its plugins, the Natural Earth basemap and one
compact data block, so it opens without a network; markers and popups are
built in the browser from that block (see :mod:`geomap.render.data`).
"""

from geomap.render.mapfile import build_map, write_map

__all__ = ["build_map", "write_map"]
