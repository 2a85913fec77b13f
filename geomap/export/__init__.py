"""Exports: incidents in ACLED's schema, as GeoJSON, GeoPackage, CSV, GeoParquet and more."""

from geomap.export.acled import ACLED_COLUMNS, EXPORT_COLUMNS, GEOMAP_COLUMNS, acled_frames
from geomap.export.actor_types import ActorType, InterCoder, interaction
from geomap.export.countries import Country, country, find_country
from geomap.export.tables import make_tables, read_tables
from geomap.export.writers import (
    BUILD_FORMATS,
    OutputFormat,
    Tables,
    file_writers,
    parse_formats,
    write_tables,
)

__all__ = (
    "ACLED_COLUMNS",
    "BUILD_FORMATS",
    "EXPORT_COLUMNS",
    "GEOMAP_COLUMNS",
    "ActorType",
    "Country",
    "InterCoder",
    "OutputFormat",
    "Tables",
    "acled_frames",
    "country",
    "file_writers",
    "find_country",
    "interaction",
    "make_tables",
    "parse_formats",
    "read_tables",
    "write_tables",
)
