"""``geomap export``: a build's incidents as Shapefile, KML or any other data format."""

from __future__ import annotations

from pathlib import Path

import click

__all__ = ("export_command",)


@click.command(name="export")
@click.argument(
    "build_dir",
    required=False,
    default=Path("output"),
    type=click.Path(file_okay=False, path_type=Path),
)
@click.option(
    "--formats",
    default="shp,kml",
    show_default=True,
    help="Comma-separated: shp, kml, geojson, gpkg, csv, parquet.",
)
@click.option(
    "-o",
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for the exported files (default: BUILD_DIR).",
)
def export_command(build_dir: Path, formats: str, out_dir: Path | None) -> None:
    """Export a build's incidents in more formats, without rebuilding.

    Reads BUILD_DIR/incidents.gpkg (written by 'geomap build') and writes
    the incidents and their area outlines again.  Shapefiles are zipped
    (incidents.shp.zip, incident_areas.shp.zip; QGIS and GDAL open them as
    they are) and their long column names are shortened to 10 characters
    (event_id_cnty → event_id, …); text longer than 254 characters is cut.

    \b
    Examples:
      geomap export                        # output/ → output/*.shp.zip, incidents.kml
      geomap export /tmp/august --formats kml --out /tmp/kml
    """
    from geomap.export import parse_formats, read_tables, write_tables

    written = write_tables(read_tables(build_dir), out_dir or build_dir, parse_formats(formats))
    for path in written:
        click.echo(f"wrote {path}")
