"""The map's analysis controls: filters and search, the table with its CSV, the timeline.

Each is a `geomap.render.controls.Panel` whose static HTML is built here; its
behaviour lives in one vendored-free JS file (``filters.js``, ``table.js``,
``timeline.js``) that the panel inlines and wires to its box.  Options that
depend on the data (event types, countries) are added by the JS with
``textContent``, so no article string passes through this HTML.
"""

from __future__ import annotations

from geomap.render.assets import InlineAssetsMixin
from geomap.render.controls import Panel

__all__ = ["FilterPanel", "TablePanel", "TimelinePanel"]


class _Wired(InlineAssetsMixin, Panel):
    """A panel handed to ``geomap.<wire>(box)`` from its own inlined script."""

    wire = ""

    def __init_subclass__(cls, **kwargs: object) -> None:
        cls.extra_js = f"    geomap.{cls.wire}({{{{ this.get_name() }}}}_box);\n"
        super().__init_subclass__(**kwargs)


class FilterPanel(_Wired):
    """Event type, country, fatalities range, reviewed or not, and a search box."""

    css_class = "gm-filters"
    inline_assets = ("filters.js",)
    wire = "filterPanel"

    def __init__(self, position: str = "topright"):
        html = (
            "<details open><summary><h2>Filters</h2></summary>"
            '<input type="search" name="q" placeholder="Search places, actors, notes" '
            'aria-label="Search places, actors and notes" spellcheck="false">'
            '<div class="gm-match-row"><span class="gm-match" aria-live="polite"></span>'
            '<button type="button">Clear filters</button></div>'
            '<div class="gm-types" role="group" aria-label="Event types (colour on the map)">'
            "</div>"
            '<label>Country <select name="country"><option value="">All countries</option>'
            "</select></label>"
            '<div class="gm-row"><label>Deaths from<input type="number" name="fmin" min="0" '
            'inputmode="numeric"></label><label>to<input type="number" name="fmax" min="0" '
            'inputmode="numeric"></label></div>'
            '<label>Review <select name="reviewed"><option value="">all incidents</option>'
            '<option value="1">reviewed only</option><option value="0">not reviewed</option>'
            "</select></label>"
            "</details>"
        )
        super().__init__(html, position)


class TablePanel(_Wired):
    """The incidents in view (sortable, a row flies to its incident) and the CSV download."""

    css_class = "gm-table"
    inline_assets = ("table.js",)
    wire = "tablePanel"

    def __init__(self, position: str = "bottomleft"):
        html = (
            "<details><summary>Table</summary>"
            '<div class="gm-table-scroll"><table></table></div>'
            '<div class="gm-table-foot"><span class="gm-table-note"></span>'
            '<button type="button">Download filtered CSV</button></div></details>'
        )
        super().__init__(html, position)


class TimelinePanel(_Wired):
    """Incidents per day/week as a histogram whose brush sets the date range.

    It sits at the bottom centre (a corner geomap adds to Leaflet's four).
    """

    css_class = "gm-timeline"
    inline_assets = ("timeline.js",)
    wire = "timelinePanel"

    def __init__(self, position: str = "bottomcenter"):
        html = (
            '<div class="gm-timeline-label"></div>'
            '<canvas width="300" height="56" aria-label="Incidents over time"></canvas>'
            '<div class="gm-timeline-ends"><span></span><span></span></div>'
        )
        super().__init__(html, position)
