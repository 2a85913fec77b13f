"""The JS runtime's two ends: ``Runtime`` starts it, ``DataBlock`` feeds it.

``Runtime`` is the map's first child (it creates the incident canvas and the
canvas renderer the other layers share); ``DataBlock`` is the last (it embeds the data and
calls ``geomap.start`` once every layer and control exists).
"""

from __future__ import annotations

from branca.element import Figure, MacroElement
from jinja2 import Template

from geomap.render.assets import InlineAssetsMixin, RawText
from geomap.render.data import Payload
from geomap.render.escape import script_json
from geomap.render.style import runtime_options
from geomap.render.wire import encode_payload

__all__ = ["DATA_ID", "DataBlock", "Runtime"]

DATA_ID = "geomap-data"


class Runtime(InlineAssetsMixin, MacroElement):
    """Inline the runtime and call ``geomap.init(map, styles)``."""

    inline_assets = (
        "geomap.css",
        "wire.js",
        "runtime.js",
        "select.js",
        "incidents.js",
        "popup.js",
    )
    _template = Template("""
        {% macro script(this, kwargs) %}
        geomap.init({{ this._parent.get_name() }}, {{ this.options_json }});
        {% endmacro %}
    """)

    def __init__(self) -> None:
        super().__init__()
        self._name = "GeomapRuntime"
        self.options_json = script_json(runtime_options())


class DataBlock(MacroElement):
    """Embed the data block and start the runtime on it.

    Parameters
    ----------
    payload
        The block from :func:`geomap.render.data.build_payload`.
    fit
        Zoom to the incidents once they are loaded (else keep the world view).
    """

    _template = Template("""
        {% macro script(this, kwargs) %}
        geomap.start({{ this.data_id|tojson }}, {{ this.fit|tojson }});
        {% endmacro %}
    """)

    def __init__(self, payload: Payload, *, fit: bool = True):
        super().__init__()
        self._name = "GeomapData"
        self.data_id = DATA_ID
        self.fit = fit
        self.wire = encode_payload(payload)

    def render(self, **kwargs: object) -> None:
        """Add the data elements to the body as raw text, then the start call.

        The deferred block (packed maps only: ids and notes) has the same id
        with ``-text`` appended; the runtime reads it after the first frame.
        """
        figure = self.get_root()
        assert isinstance(figure, Figure)
        wire = self.wire
        elements = [(self.data_id, wire.text)]
        if wire.deferred is not None:
            elements.append((f"{self.data_id}-text", wire.deferred))
        figure.html.add_child(
            RawText(
                "".join(
                    f'<script type="application/json" id="{ident}" '
                    f'data-encoding="{wire.encoding}">{text}</script>'
                    for ident, text in elements
                )
            ),
            name=self.get_name(),
        )
        super().render(**kwargs)
