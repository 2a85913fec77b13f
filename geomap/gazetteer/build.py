"""Build the base index: ``python -m geomap.gazetteer.build OUTPUT.sqlite``.

Run as a child process by :func:`geomap.gazetteer.index.ensure_base` so the
memory of parsing the sources is returned to the system when it exits.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from geomap.gazetteer.borders import read_natural_earth
from geomap.gazetteer.index import base_key, build_db
from geomap.gazetteer.sources import base_places, base_versions

__all__ = ("build_base", "main")


def build_base(path: Path) -> int:
    """Build the base index at ``path``; return the number of places."""
    shapes, labels = read_natural_earth()
    meta = {f"version:{k}": v for k, v in base_versions().items()} | {"key": base_key()}
    return build_db(path, base_places(labels, shapes), shapes=shapes, meta=meta)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: build into the path given as the only argument."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m geomap.gazetteer.build OUTPUT.sqlite", file=sys.stderr)
        return 2
    start = time.perf_counter()
    count = build_base(Path(args[0]))
    print(f"built {count} places in {time.perf_counter() - start:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
