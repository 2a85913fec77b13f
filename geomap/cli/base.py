"""What every geomap command group shares: typed errors become one-line CLI errors.

The library raises `GeomapError` subclasses with messages that say what and
where; this is the one place they become `click.ClickException` (``Error:
…`` and exit status 1), for every command of every group.
"""

from __future__ import annotations

from typing import Any

import click

from geomap.errors import GeomapError, printable

__all__ = ("CONTEXT_SETTINGS", "GeomapGroup")

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class GeomapGroup(click.Group):
    """A click group whose commands' `GeomapError` are reported as CLI errors."""

    def invoke(self, ctx: click.Context) -> Any:
        """Run the command; a `GeomapError` or `OSError` becomes its message on one line.

        An `OSError` is the system refusing a write or read the arguments
        allowed (a full disk, a folder removed meanwhile).
        """
        try:
            return super().invoke(ctx)
        except GeomapError as exc:
            raise click.ClickException(str(exc)) from exc
        except OSError as exc:
            where = printable(str(exc.filename)) + ": " if exc.filename else ""
            raise click.ClickException(f"{where}{exc.strerror or exc}") from exc
