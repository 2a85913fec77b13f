"""Gazetteer fixtures: a tiny base index, tmp curated dirs, the full base (slow)."""

from __future__ import annotations

from pathlib import Path

import pytest

from geomap.gazetteer import Gazetteer
from geomap.gazetteer.borders import Borders, read_natural_earth
from geomap.gazetteer.curated import HEADER_LINE
from geomap.gazetteer.index import build_db
from geomap.model import Place

SHAPE_CODES = ("SY", "LB", "LY", "IQ", "GB", "UA", "JO")


def _p(
    pid: str,
    name: str,
    lat: float,
    lon: float,
    ftype: str,
    cc: str,
    pop: int = 0,
    aliases: tuple[str, ...] = (),
    admin1: str = "",
) -> Place:
    return Place(pid, name, lat, lon, ftype, cc, admin1, pop, aliases, f"test:{pid}")


TINY_PLACES = (
    _p("country:SY", "Syria", 35.0, 38.3, "country", "SY", 17_000_000, ("Syrian Arab Republic",)),
    _p("country:LB", "Lebanon", 33.9, 35.9, "country", "LB", 6_000_000),
    _p("country:LY", "Libya", 27.0, 17.0, "country", "LY", 6_500_000),
    _p(
        "country:GB",
        "United Kingdom",
        54.4,
        -2.1,
        "country",
        "GB",
        66_000_000,
        ("Britain", "UK", "Great Britain"),
    ),
    _p("gn:2210247", "Tripoli", 32.887, 13.187, "city", "LY", 1_150_000),
    _p("gn:266826", "Tripoli", 34.434, 35.844, "city", "LB", 229_000),
    _p("gn:170654", "Damascus", 33.51, 36.291, "city", "SY", 1_569_000),
    _p("gn:5722088", "Damascus", 45.418, -122.459, "town", "US", 10_000),
    _p(
        "gn:170794",
        "Deir ez-Zor",
        35.336,
        40.141,
        "city",
        "SY",
        242_000,
        ("Deir al-Zor", "Dayr az Zawr"),
        "Dayr az Zawr",
    ),
    _p(
        "adm1:SY.07",
        "Dayr az Zawr",
        34.95,
        40.51,
        "admin1",
        "SY",
        1_200_000,
        ("Deir ez-Zor",),
        "Dayr az Zawr",
    ),
    _p("gn:174448", "Ālbū Kamāl", 34.452, 40.919, "city", "SY", 57_000, ("Abu Kamal",)),
    _p("gn:2544571", "Kenitra", 34.261, -6.58, "city", "MA", 366_000, ("Al Qunaytirah",)),
    _p("gn:173334", "Al Qunayţirah", 33.126, 35.825, "town", "SY", 36_000, (), "Al Qunayţirah"),
    _p("gn:1", "Uk", 55.08, 98.86, "village", "RU", 1_000),
)


@pytest.fixture(scope="session")
def ne_borders() -> Borders:
    return Borders.from_natural_earth()


@pytest.fixture(scope="session")
def tiny_base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    shapes, _labels = read_natural_earth()
    path = tmp_path_factory.mktemp("base") / "base-tiny.sqlite"
    build_db(path, TINY_PLACES, shapes={c: shapes[c] for c in SHAPE_CODES})
    return path


def write_tsv(path: Path, *rows: str, header: str = HEADER_LINE) -> Path:
    """Write a curated file: header then rows (tab-joined strings)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(header + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


GOOD_ROW = "sy-hajin\tHajin\t\t34.70\t40.83\ttown\tSY\tDeir ez-Zor\tGeoNames\t"
TANF = (
    "sy-al-tanf-garrison\tAl Tanf Garrison\tAl-Tanf|At Tanf"
    "\t33.4906\t38.6183\tbase\tSY\tHoms\tOSM\t"
)


@pytest.fixture
def curated_dir(tmp_path: Path) -> Path:
    directory = tmp_path / "gazetteer"
    write_tsv(directory / "sy.tsv", "# curated Syria", TANF)
    return directory


@pytest.fixture
def cache_dir(tmp_path: Path) -> Path:
    return tmp_path / "cache"


@pytest.fixture
def tmp_gazetteer(curated_dir: Path, cache_dir: Path, tiny_base: Path) -> Gazetteer:
    gz = Gazetteer.open(curated_dir, cache_dir, base_db=tiny_base)
    yield gz
    gz.close()


@pytest.fixture(scope="session")
def full_gazetteer(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    """The real base index (built once into the default cache) with no curated files."""
    empty = tmp_path_factory.mktemp("no-curated")
    cache = tmp_path_factory.mktemp("curated-cache")
    from geomap.gazetteer.index import default_cache_dir, ensure_base

    base = ensure_base(default_cache_dir())
    gz = Gazetteer.open(empty, cache, base_db=base)
    yield gz
    gz.close()
