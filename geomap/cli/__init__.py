"""The ``geomap`` command line: one click group, commands in their own modules.

Only the CLI turns a `GeomapError` into a `click.ClickException`, in one
place (`geomap.cli.base.GeomapGroup`); the library raises its own typed
errors.  Heavy packages (spaCy, geopandas, folium) load inside the commands
that need them, so ``geomap --help`` and ``geomap gazetteer lookup`` start
fast.
"""

from __future__ import annotations

import logging
import os
import sys

import click

from geomap import __version__
from geomap.cli.base import CONTEXT_SETTINGS, GeomapGroup
from geomap.cli.build import build_command
from geomap.cli.eval import eval_group
from geomap.cli.export import export_command
from geomap.cli.gazetteer import gazetteer
from geomap.cli.review import review

__all__ = ("CONTEXT_SETTINGS", "cli", "main")


@click.group(cls=GeomapGroup, context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, "-V", "--version", prog_name="geomap")
def cli() -> None:
    """Map violent incidents from news articles, offline.

    geomap finds the places in each article, resolves them with its
    gazetteer, tells where an incident happened from places that are merely
    mentioned, and writes a self-contained Leaflet map with one layer per
    actor.

    \b
    Typical loop:
      geomap build examples/                 # → output/map.html
      geomap gazetteer lookup "Al Tanf"      # check how a name resolves
      geomap gazetteer add "Tower 22" --lat 33.3 --lon 38.7 --type base --country JO
      geomap build examples/                 # rebuild with the new entry
      geomap review reject ID --why "…"      # correct an incident (id in its popup)
    """


cli.add_command(build_command)
cli.add_command(gazetteer)
cli.add_command(eval_group)
cli.add_command(export_command)
cli.add_command(review)


def main() -> None:
    """Console-script entry point.

    A finished command leaves at once: its outputs are already written,
    fsynced and moved into place, and unwinding the interpreter's objects
    (a spaCy model, a gazetteer, pandas) took a tenth of a second of every
    cold build.  Standard streams and logging are flushed first.
    """
    try:
        cli(prog_name="geomap")
        code: int = 0
    except SystemExit as stop:
        code = _exit_code(stop.code)
    sys.stdout.flush()
    sys.stderr.flush()
    logging.shutdown()
    os._exit(code)


def _exit_code(code: object) -> int:
    """``SystemExit.code`` as a process status (a message is printed, status 1)."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return 1
