"""The one place a `GeomapError` becomes a click error (a one-line message, exit status 1)."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

import click

from geomap.errors import GeomapError

__all__ = ("reports_errors",)


def reports_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Report ``GeomapError`` as a one-line click error (exit status 1)."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except GeomapError as exc:
            raise click.ClickException(str(exc)) from exc

    return wrapper
