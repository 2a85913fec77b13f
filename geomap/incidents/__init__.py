"""Incidents: what happened where, told apart from places merely mentioned."""

from geomap.incidents.actors import Actor, ActorRegistry
from geomap.incidents.extract import IncidentExtractor, geo_precision_of
from geomap.incidents.fatalities import fatalities_in, parse_number
from geomap.incidents.roles import is_caption_line, mention_role
from geomap.incidents.triggers import Trigger, classify_event, find_triggers
from geomap.incidents.when import resolve_date

__all__ = (
    "Actor",
    "ActorRegistry",
    "IncidentExtractor",
    "Trigger",
    "classify_event",
    "fatalities_in",
    "find_triggers",
    "geo_precision_of",
    "is_caption_line",
    "mention_role",
    "parse_number",
    "resolve_date",
)
