"""Geoparsing: find place names in an article and resolve them to places."""

from geomap.geoparse.demonyms import DEMONYMS, country_demonym, demonym_country
from geomap.geoparse.geoparser import Geoparser, ParsedArticle
from geomap.geoparse.nlp import MODEL, PLACE_LABELS, load_nlp
from geomap.geoparse.resolve import GazetteerLike, Toponym, clean_name, resolve_toponyms

__all__ = (
    "DEMONYMS",
    "MODEL",
    "PLACE_LABELS",
    "GazetteerLike",
    "Geoparser",
    "ParsedArticle",
    "Toponym",
    "clean_name",
    "country_demonym",
    "demonym_country",
    "load_nlp",
    "resolve_toponyms",
)
