"""The one escaping path for article text going into the map's HTML.

Article strings (titles, actors, sentences, URLs) are hostile.  They reach the
page only through :func:`script_json` (data blocks and JS literals, later put
into the DOM with ``textContent``) or :func:`html_text` (the few places the
HTML itself shows them: ``<title>`` and layer-control labels, which Leaflet
inserts as HTML).  Vendored code goes through :func:`script_body`, which
refuses text that would close its ``<script>``/``<style>`` element early.

Both also neutralise Jinja openers (``{{``, ``{%``, ``{#``): branca compiles
every rendered macro output as a template again, so an article saying
``{{ 7*7 }}`` would otherwise be evaluated (template injection) at render time.
"""

from __future__ import annotations

import html
import json
import re

from geomap.errors import RenderError

__all__ = ["html_text", "script_body", "script_json"]

# Characters that could end a <script> element, open a comment or break a JS
# string literal; JSON allows each as a \u escape, so the data is unchanged.
_SCRIPT_UNSAFE = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
    "{": "\\u007b",  # only before { % #, which JSON allows inside strings only
}
_SCRIPT_UNSAFE_RE = re.compile("[<>&\u2028\u2029]|\\{(?=[{%#])")
_CLOSING_TAG_RE = re.compile(r"</(script|style)", re.IGNORECASE)


def script_json(value: object) -> str:
    """Serialise ``value`` as compact JSON safe inside ``<script>`` and JS code.

    Like folium's ``_to_escaped_json`` but complete: ``<``, ``>``, ``&`` and
    the JS line separators become ``\\u`` escapes, so ``</script>`` or
    ``<!--`` in an article can never end the data block.  NaN is refused
    because ``JSON.parse`` would reject the whole block.
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return _SCRIPT_UNSAFE_RE.sub(lambda m: _SCRIPT_UNSAFE[m.group(0)], text)


def html_text(value: object) -> str:
    """Escape ``value`` as HTML text or attribute content (quotes included)."""
    return html.escape("" if value is None else str(value), quote=True).replace("{", "&#123;")


def script_body(text: str, name: str) -> str:
    """Return trusted asset text unchanged, or raise if it would close its element."""
    if _CLOSING_TAG_RE.search(text):
        raise RenderError(
            f"asset {name!r} contains a closing </script> or </style> tag; "
            "it cannot be inlined (re-vendor it with scripts/vendor_assets.py)"
        )
    return text
