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

#: Roles of mentioned places (``places.role``), strongest first.
ROLE_COLOURS: dict[str, str] = {
    "incident": "#d7301f",
    "affiliation": "#6a51a3",
    "origin": "#238b45",
    "diplomacy": "#2171b5",
    "actor": "#b8860b",
    "caption": "#8c6bb1",
    "context": "#969696",
    "mentioned": "#525252",
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
