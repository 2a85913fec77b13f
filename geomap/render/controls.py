"""The map's controls, one class each.

Summary, time filter, legend, scale, fullscreen, and the hook that lets the
runtime update layer-control counts.

Panels get their article text (the title) as escaped JSON and set it with
``textContent``; their static HTML is built here from :mod:`style` tables.
"""

from __future__ import annotations

from collections.abc import Iterable

from branca.element import MacroElement
from folium import LayerControl
from jinja2 import Template

from geomap.render.assets import InlineAssetsMixin
from geomap.render.escape import html_text, script_json
from geomap.render.style import GEO_PRECISION, ROLE_COLOURS

__all__ = ["Fullscreen", "LayerCounts", "Legend", "Panel", "ScaleBar", "SummaryBox", "TimeFilter"]

# Shared JS: a Leaflet control whose container is a panel with the given class and HTML.
_PANEL_JS = """
    var {{ this.get_name() }} = L.control({position: {{ this.position|tojson }}});
    {{ this.get_name() }}.onAdd = function () {
        var box = L.DomUtil.create('div', 'gm-panel ' + {{ this.css_class|tojson }});
        box.innerHTML = {{ this.html_json }};
        L.DomEvent.disableClickPropagation(box);
        L.DomEvent.disableScrollPropagation(box);
        return box;
    };
    {{ this.get_name() }}.addTo({{ this._parent.get_name() }});
    var {{ this.get_name() }}_box = {{ this.get_name() }}.getContainer();
"""


class Panel(MacroElement):
    """A control drawn as a panel; subclasses give HTML and extra JS.

    Each kind's template is compiled once, when its class is defined (on
    import, which a cold build overlaps with loading spaCy), not per map.
    """

    css_class = ""
    extra_js = ""

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        cls._template = Template(
            "{% macro script(this, kwargs) %}" + _PANEL_JS + cls.extra_js + "{% endmacro %}"
        )

    def __init__(self, html: str, position: str):
        super().__init__()
        self._name = type(self).__name__
        self.position = position
        self.html_json = script_json(html)


class SummaryBox(Panel):
    """Title and what the map holds: incidents shown/total, articles, date span."""

    css_class = "gm-summary"
    extra_js = """
    {{ this.get_name() }}_box.querySelector('h1').textContent = {{ this.title_json }};
    (function (box) {
        function set(key, text) { box.querySelector('[data-k="' + key + '"]').textContent = text; }
        var empty = geomap.el('div', 'gm-empty');
        geomap.map.getContainer().appendChild(empty);
        geomap.on('change', function () {
            var d = geomap.data, n = d.i.n, shown = geomap.shownTotal();
            set('shown', shown.toLocaleString('en') + ' of ' + n.toLocaleString('en'));
            set('articles', d.articles.toLocaleString('en') + (d.articlesRead === null ? '' :
                ' of ' + d.articlesRead.toLocaleString('en') + ' read'));
            set('span', d.dmin === null ? 'no dates' :
                geomap.isoDay(d.dmin) + ' \u2013 ' + geomap.isoDay(d.dmax));
            empty.textContent = n === 0 ? 'No incidents were found in the articles read.'
                : shown === 0 ? 'No incident matches the filters and layers chosen.' : '';
            empty.style.display = empty.textContent ? 'block' : 'none';
        });
    })({{ this.get_name() }}_box);
    """

    def __init__(self, title: str, position: str = "topleft"):
        html = (
            '<h1></h1><dl class="gm-stats"><dt>Incidents</dt><dd data-k="shown">…</dd>'
            '<dt>Articles with incidents</dt><dd data-k="articles">…</dd>'
            '<dt>Dates</dt><dd data-k="span">…</dd></dl>'
        )
        super().__init__(html, position)
        self.title_json = script_json(title)


#: A date box that reads and shows ISO dates whatever the browser's locale.
_ISO_DATE_INPUT = (
    '<input type="text" name="{name}" inputmode="numeric" placeholder="YYYY-MM-DD" '
    'pattern="\\d{{4}}-\\d{{2}}-\\d{{2}}" maxlength="10" spellcheck="false">'
)


class TimeFilter(Panel):
    """Date range (two date inputs) that hides incidents outside it."""

    css_class = "gm-filter"
    extra_js = """
    (function (box) {
        var from = box.querySelector('[name=from]'), to = box.querySelector('[name=to]');
        var undated = box.querySelector('[name=undated]');
        function apply() {
            var bad = [from, to].filter(function (input) {
                var ok = !input.value || geomap.parseDay(input.value) !== null;
                input.classList.toggle('gm-bad', !ok);
                return !ok;
            });
            if (bad.length) return;
            geomap.setRange(geomap.parseDay(from.value), geomap.parseDay(to.value),
                            undated.checked);
        }
        function reset() {
            var d = geomap.data;
            from.value = geomap.isoDay(d.dmin); to.value = geomap.isoDay(d.dmax);
            undated.checked = true;
        }
        geomap.on('data', function (e) {
            var d = e.data;
            [from, to].forEach(function (input) { input.disabled = d.dmin === null; });
            reset();
        });
        geomap.on('range', function (e) {  // the timeline's brush moved the range
            var d = geomap.data;
            from.value = geomap.isoDay(e.from === null ? d.dmin : e.from);
            to.value = geomap.isoDay(e.to === null ? d.dmax : e.to);
            undated.checked = e.undated;
        });
        [from, to, undated].forEach(function (input) { input.addEventListener('change', apply); });
        box.querySelector('button').addEventListener('click', function () { reset(); apply(); });
    })({{ this.get_name() }}_box);
    """

    def __init__(self, position: str = "topleft"):
        html = (
            '<h2>Date filter</h2><div class="gm-row">'
            f"<label>From{_ISO_DATE_INPUT.format(name='from')}</label>"
            f"<label>To{_ISO_DATE_INPUT.format(name='to')}</label></div>"
            '<label class="gm-undated"><input type="checkbox" name="undated" checked>'
            'include undated incidents</label><button type="button">Show all dates</button>'
        )
        super().__init__(html, position)


def _legend_items(items: Iterable[tuple[str, str, str]]) -> str:
    """``<li>`` rows of (swatch class, colour, label)."""
    return "".join(
        f'<li><span class="gm-swatch {cls}" style="background:{colour}"></span>'
        f"{html_text(label)}</li>"
        for cls, colour, label in items
    )


class Legend(Panel):
    """Precision symbols and (with the places layer) place roles.

    Event-type colours are shown by the filter panel's type checkboxes
    (`geomap.render.analysis.FilterPanel`), which double as their legend.
    """

    css_class = "gm-legend"
    extra_js = """
    {{ this._parent.get_name() }}.on('overlayadd overlayremove', function (e) {
        if (e.layer === geomap.places) {
            {{ this.get_name() }}_box.classList.toggle('gm-show-places', e.type === 'overlayadd');
        }
    });
    """

    def __init__(self, position: str = "bottomright"):
        html = (
            "<h2>Location</h2><ul>"
            + _legend_items(
                [
                    ("", "#555", GEO_PRECISION[1].split(" (")[0] + " site or town"),
                    ("gm-approx", "#555", "approximate (centre; country-level: no circle)"),
                    ("gm-area", "#555", "area it may lie in"),
                ]
            )
            + '</ul><div class="gm-places"><h2>Mentioned place role</h2><ul>'
            + _legend_items(("", c, r) for r, c in ROLE_COLOURS.items())
            + "</ul></div>"
        )
        super().__init__(html, position)


class ScaleBar(MacroElement):
    """Metric and imperial scale bar."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        L.control.scale({position: {{ this.position|tojson }}, maxWidth: 160})
            .addTo({{ this._parent.get_name() }});
        {% endmacro %}
    """)

    def __init__(self, position: str = "bottomleft"):
        super().__init__()
        self._name = "ScaleBar"
        self.position = position


class Fullscreen(InlineAssetsMixin, MacroElement):
    """Fullscreen button (leaflet.fullscreen, inlined)."""

    inline_assets = ("Control.FullScreen.css", "Control.FullScreen.js")
    _template = Template("""
        {% macro script(this, kwargs) %}
        L.control.fullscreen({position: {{ this.position|tojson }}, title: 'Full screen',
                              titleCancel: 'Exit full screen'})
            .addTo({{ this._parent.get_name() }});
        {% endmacro %}
    """)

    def __init__(self, position: str = "topright"):
        super().__init__()
        self._name = "Fullscreen"
        self.position = position


class LayerCounts(MacroElement):
    """Hand a ``LayerControl`` to the runtime, which keeps its counts current."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        geomap.setLayerControl({{ this.control.get_name() }});
        {% endmacro %}
    """)

    def __init__(self, control: LayerControl):
        super().__init__()
        self._name = "LayerCounts"
        self.control = control
