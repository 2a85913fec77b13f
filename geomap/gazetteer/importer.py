"""Bulk import into curated files: GeoNames dumps and simple CSV.

Accepted inputs:

* a GeoNames dump (``allCountries.txt``, ``cities500.txt``, ``SY.txt``): 19
  tab-separated columns, no header.  Ids become ``gn-<geonameid>``, the
  feature code picks the type (``PPL*`` → city/town/village by population,
  ``ADM1``/``ADM2``, ``AIRP``, ``AIRB``/``MILB`` → base, ``STM`` → river…),
  Latin alternate names become aliases and ``source`` is ``geonames:<id>``;
* a CSV with a header naming at least ``name,lat,lon,type,country`` and
  optionally ``id,aliases,admin1,source`` (aliases ``|``-separated).

Every row is validated like ``add`` (borders unless ``force``); bad rows and
ids that exist already are skipped and reported, the rest are appended in
one locked, atomic write per target file.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from geomap.errors import GazetteerEntryError
from geomap.gazetteer.borders import Borders
from geomap.gazetteer.curated import Entry, Problem, check_entry, read_dir
from geomap.gazetteer.edit import append_entries, new_id
from geomap.gazetteer.sources import clean_aliases, populated_type
from geomap.gazetteer.validate import check_borders

__all__ = ("GEONAMES_TYPES", "sniff_format", "read_geonames", "read_csv", "import_file")

GEONAMES_TYPES: dict[str, str] = {
    "ADM1": "admin1",
    "ADM2": "admin2",
    "PCLI": "country",
    "RGN": "region",
    "AIRP": "airport",
    "AIRF": "airport",
    "AIRB": "base",
    "MILB": "base",
    "INSM": "base",
    "CMP": "camp",
    "CMPRF": "camp",
    "DAM": "dam",
    "BDG": "bridge",
    "PRT": "port",
    "OILF": "oilfield",
    "STM": "river",
    "LK": "lake",
    "MT": "mountain",
    "ISL": "island",
    "PPLX": "neighbourhood",
    "BDGQ": "bridge",
}
_GEONAMES_COLUMNS = 19
_REQUIRED_CSV = ("name", "lat", "lon", "type", "country")


def sniff_format(path: Path) -> str:
    """Return ``"geonames"`` or ``"csv"`` from the first line of ``path``."""
    with path.open(encoding="utf-8", newline="\n") as fh:
        first = fh.readline()
    return "geonames" if first.count("\t") == _GEONAMES_COLUMNS - 1 else "csv"


def _geonames_type(fclass: str, fcode: str, population: int) -> str:
    if fcode in GEONAMES_TYPES:
        return GEONAMES_TYPES[fcode]
    if fclass == "P":
        return populated_type(population)
    return "site"


def read_geonames(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield (line number, curated fields) from a GeoNames dump.

    Only ``\n`` ends a line, so a stray ``\r`` stays in its field, where
    the field check names it.
    """
    with path.open(encoding="utf-8", newline="\n") as fh:
        for number, line in enumerate(fh, start=1):
            cols = line.removesuffix("\n").removesuffix("\r").split("\t")
            if len(cols) != _GEONAMES_COLUMNS:
                yield number, {"_error": f"expected {_GEONAMES_COLUMNS} columns, got {len(cols)}"}
                continue
            gid, name, _, alternates, lat, lon, fclass, fcode, cc = cols[:9]
            population = int(cols[14]) if cols[14].isdigit() else 0
            yield (
                number,
                {
                    "id": f"gn-{gid}",
                    "name": name,
                    "aliases": "|".join(clean_aliases(name, alternates.split(","), limit=20)),
                    "lat": lat,
                    "lon": lon,
                    "type": _geonames_type(fclass, fcode, population),
                    "country": cc,
                    "admin1": "",
                    "source": f"geonames:{gid}",
                    "geometry": "",
                },
            )


def read_csv(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield (line number, curated fields) from a CSV with a header row."""
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in _REQUIRED_CSV if c not in (reader.fieldnames or ())]
        if missing:
            yield 1, {"_error": f"CSV header lacks column(s) {', '.join(missing)}"}
            return
        start = reader.line_num + 1
        for row in reader:
            fields = {k: (v or "").strip() for k, v in row.items() if k}
            fields.setdefault("source", f"import:{path.name}")
            fields["source"] = fields["source"] or f"import:{path.name}"
            yield start, fields  # where the row begins: a quoted field may span lines
            start = reader.line_num + 1


def import_file(
    curated_dir: Path,
    path: Path,
    *,
    into: str | None = None,
    force: bool = False,
    fmt: str = "auto",
    borders: Borders | None = None,
) -> tuple[list[Entry], list[Problem]]:
    """Validate the rows of ``path`` and append the good ones.

    ``into`` names one file in ``curated_dir`` (e.g. ``layer-osm.tsv``) to
    receive every row; by default each goes to its country's file.  Returns
    the entries written and the problems of the skipped rows.
    """
    try:
        fmt = sniff_format(path) if fmt == "auto" else fmt
        rows = list(read_geonames(path) if fmt == "geonames" else read_csv(path))
    except UnicodeDecodeError as exc:
        raise GazetteerEntryError(
            f"{path}: not valid UTF-8 at byte {exc.start}; re-save the file as UTF-8"
        ) from exc
    existing, _ = read_dir(curated_dir)
    taken = {e.id for e in existing}
    good: list[Entry] = []
    problems: list[Problem] = []
    for number, fields in rows:
        if "_error" in fields:
            problems.append(Problem(str(path), number, "line", fields["_error"]))
            continue
        if not fields.get("id"):
            fields["id"] = new_id(fields.get("name", ""), fields.get("country", ""), taken)
        entry, found = check_entry(fields, str(path), number)
        if entry is None:
            problems += found
            continue
        if entry.id in taken:
            problems.append(Problem(str(path), number, "id", f"{entry.id!r} exists; skipped"))
            continue
        taken.add(entry.id)
        good.append(entry)
    if not force and good:
        outside = check_borders(good, borders or Borders.from_natural_earth())
        bad_lines = {p.line for p in outside}
        problems += outside
        good = [e for e in good if e.line not in bad_lines]
    target = None
    if into:
        if Path(into).name != into:
            raise GazetteerEntryError(f"{into}: --into takes a file name, not a path")
        target = curated_dir / (into if into.endswith(".tsv") else f"{into}.tsv")
    append_entries(curated_dir, good, target=target)
    return good, problems
