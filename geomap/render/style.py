"""Colours and words the map uses, named once as data.

The Python side (legend) and the JS runtime (markers, popups) read the same
tables, so a colour or label changes in one place only.
"""

from __future__ import annotations

__all__ = [
    "DATE_PRECISION",
    "EVENT_COLOURS",
    "GEO_PRECISION",
    "OTHER_COLOUR",
    "ROLE_COLOURS",
    "runtime_options",
]

#: ACLED event types, in legend order; colour-blind-aware, distinct from the basemap.
EVENT_COLOURS: dict[str, str] = {
    "Battles": "#c0392b",
    "Explosions/Remote violence": "#e67e22",
    "Violence against civilians": "#8e44ad",
    "Riots": "#2c7fb8",
    "Protests": "#27ae60",
    "Strategic developments": "#7f8c8d",
}
OTHER_COLOUR = "#5d4037"

#: Roles of mentioned places (``places.role``), strongest first.  Hues kept
#: apart from each other and from the event types (CIE76 distance >= 20, see
#: tests/render/test_style.py): the legend shows both at once.
ROLE_COLOURS: dict[str, str] = {
    "incident": "#1a1a1a",
    "affiliation": "#e7298a",
    "origin": "#17becf",
    "diplomacy": "#1f3a93",
    "actor": "#d4a017",
    "caption": "#f4a6c0",
    "context": "#c8c8c8",
    "mentioned": "#8c6d31",
}

#: ``date_precision`` code → word shown after the date.
DATE_PRECISION: dict[int, str] = {1: "day", 2: "week", 3: "month"}

#: ``geo_precision`` code → how exact the location is.
GEO_PRECISION: dict[int, str] = {
    1: "exact (named site or town)",
    2: "approximate (near / part of a region)",
    3: "approximate (province or country only)",
}


def runtime_options() -> dict[str, object]:
    """Return the style tables as JSON-ready options for ``geomap.init``."""
    return {
        "eventColours": EVENT_COLOURS,
        "otherColour": OTHER_COLOUR,
        "roleColours": ROLE_COLOURS,
        "datePrecision": {str(k): v for k, v in DATE_PRECISION.items()},
        "geoPrecision": {str(k): v for k, v in GEO_PRECISION.items()},
    }
