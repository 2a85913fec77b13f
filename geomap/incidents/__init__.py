"""Incidents: what happened where, told apart from places merely mentioned.

One module per question, each a registry of named rules (`geomap.incidents.rules`):
``what`` (triggers and ACLED types), ``when`` (dates), ``who`` (actors),
``where`` (roles of places), ``scene`` (which places locate an event),
``how_many`` (fatalities); ``lexicon`` holds every word list once, ``syntax``
every walk over the parse, ``merge`` how drafts become incidents, and
``extract`` runs them in order.
"""

from geomap.incidents.actors import UNIDENTIFIED, Actor, ActorRegistry
from geomap.incidents.counts import parse_number
from geomap.incidents.extract import IncidentExtractor
from geomap.incidents.how_many import fatalities_in
from geomap.incidents.scene import geo_precision_of
from geomap.incidents.what import Trigger, classify_event, find_triggers
from geomap.incidents.when import resolve_date
from geomap.incidents.where import mention_role

__all__ = (
    "UNIDENTIFIED",
    "Actor",
    "ActorRegistry",
    "IncidentExtractor",
    "Trigger",
    "classify_event",
    "fatalities_in",
    "find_triggers",
    "geo_precision_of",
    "mention_role",
    "parse_number",
    "resolve_date",
)
