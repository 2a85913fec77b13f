"""A damaged index cache is found on open, reported in one line and rebuilt (case 5)."""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from pathlib import Path

import pytest

from geomap.errors import GazetteerError
from geomap.gazetteer import Gazetteer
from geomap.gazetteer import index as index_module
from geomap.gazetteer.index import SCHEMA_VERSION, base_path, build_db, ensure_base
from geomap.gazetteer.integrity import check_header, check_index, sweep_tmp

from .conftest import TINY_PLACES


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _half(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _last_page_lost(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[:-4096])


def _garbage_header(path: Path) -> None:
    with path.open("r+b") as handle:
        handle.write(os.urandom(100))


def _random_pages(path: Path) -> None:
    size = path.stat().st_size
    with path.open("r+b") as handle:
        for page in range(1, size // 4096):  # every page but the header page
            handle.seek(page * 4096)
            handle.write(os.urandom(4096))


def _directory(path: Path) -> None:
    path.unlink()
    (path / "inside").mkdir(parents=True)


def _foreign_sqlite(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()


FAULTS = [
    _empty,
    _half,
    _last_page_lost,
    _garbage_header,
    _random_pages,
    _directory,
    _foreign_sqlite,
]


@pytest.fixture
def tiny_builder(monkeypatch: pytest.MonkeyPatch):
    """The base builder, as a child process, but of the tiny base (a second, not a minute)."""
    code = (
        "import sys; from pathlib import Path; "
        f"sys.path.insert(0, {str(Path(__file__).parents[1])!r}); "
        "from gazetteer.conftest import TINY_PLACES; "
        "from geomap.gazetteer.index import base_key, build_db; "
        "build_db(Path(sys.argv[1]), TINY_PLACES, meta={'key': base_key()})"
    )
    monkeypatch.setattr(
        index_module, "builder_command", lambda path: [sys.executable, "-c", code, str(path)]
    )


def _lookup_works(curated_dir: Path, cache_dir: Path) -> None:
    with Gazetteer.open(curated_dir, cache_dir) as gz:
        assert gz.lookup("Damascus")[0].place.id == "gn:170654"
        assert gz.lookup("At Tanf")[0].place.id == "cur:sy-al-tanf-garrison"


@pytest.mark.parametrize("fault", FAULTS, ids=lambda f: f.__name__.strip("_"))
@pytest.mark.parametrize("which", ["base", "curated"])
def test_a_damaged_index_is_rebuilt_with_one_line(
    tiny_builder, curated_dir: Path, cache_dir: Path, capfd, which: str, fault
) -> None:
    _lookup_works(curated_dir, cache_dir)
    capfd.readouterr()
    (victim,) = cache_dir.glob(f"{which}-*.sqlite")
    fault(victim)
    _lookup_works(curated_dir, cache_dir)
    err = capfd.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"geomap: {victim}: ")
    assert err[0].endswith("; rebuilding the gazetteer index")
    assert check_index(victim, SCHEMA_VERSION, None) is None
    _lookup_works(curated_dir, cache_dir)  # healed: no second rebuild, no line
    assert capfd.readouterr().err == ""


def test_a_whole_index_is_not_read_twice(tiny_builder, cache_dir: Path, monkeypatch) -> None:
    path = ensure_base(cache_dir)
    calls = []
    monkeypatch.setattr(index_module, "check_index", lambda *a: calls.append(a))
    assert ensure_base(cache_dir) == path
    assert calls == []  # the stamp says it was found whole: no page-by-page check


def test_an_explicit_damaged_index_is_refused_in_words(tmp_path: Path) -> None:
    path = tmp_path / "base.sqlite"
    build_db(path, TINY_PLACES)
    _half(path)
    assert "cut short" in check_header(path)
    with pytest.raises(GazetteerError, match="not a usable gazetteer index: .*cut short"):
        Gazetteer(path, None)


def test_a_killed_builder_says_why(monkeypatch, cache_dir: Path) -> None:
    kill = "import os, signal; os.kill(os.getpid(), signal.SIGKILL)"
    monkeypatch.setattr(index_module, "builder_command", lambda p: [sys.executable, "-c", kill])
    with pytest.raises(GazetteerError, match="killed by SIGKILL \\(out of memory\\?\\)"):
        ensure_base(cache_dir)
    silent = "raise SystemExit(3)"
    monkeypatch.setattr(index_module, "builder_command", lambda p: [sys.executable, "-c", silent])
    with pytest.raises(GazetteerError, match="exited with status 3 and no message"):
        ensure_base(cache_dir)


def test_a_builder_killed_mid_write_leaves_nothing_a_reader_sees(
    tiny_builder, monkeypatch, cache_dir: Path
) -> None:
    """The real index writer, killed after half its places: no index, a leftover, then healed."""
    tests = str(Path(__file__).parents[1])
    code = (
        f"import os, signal, sys; sys.path.insert(0, {tests!r}); from pathlib import Path; "
        "from gazetteer.conftest import TINY_PLACES; "
        "from geomap.gazetteer.index import build_db\n"
        "def places():\n"
        "    yield from TINY_PLACES[:7]\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
        "build_db(Path(sys.argv[1]), places())"
    )
    healthy = index_module.builder_command
    monkeypatch.setattr(
        index_module, "builder_command", lambda path: [sys.executable, "-c", code, str(path)]
    )
    with pytest.raises(GazetteerError, match="killed by SIGKILL"):
        ensure_base(cache_dir)
    assert not base_path(cache_dir).exists()
    assert len(list(cache_dir.glob(".base-*.tmp"))) == 1  # the half-written index
    monkeypatch.setattr(index_module, "builder_command", healthy)
    path = ensure_base(cache_dir)
    assert list(cache_dir.glob(".*.tmp")) == []
    assert check_index(path, SCHEMA_VERSION, None) is None


def test_leftovers_of_killed_builders_are_swept(tiny_builder, cache_dir: Path) -> None:
    cache_dir.mkdir()
    leftover = cache_dir / f".{base_path(cache_dir).name}.4242.tmp"
    leftover.write_bytes(b"half an index")
    ensure_base(cache_dir)
    assert not leftover.exists()
    assert [p.name for p in cache_dir.glob(".*.tmp")] == []


def test_sweep_without_the_lock_keeps_recent_files(tmp_path: Path) -> None:
    old, new = tmp_path / ".a.1.tmp", tmp_path / ".b.2.tmp"
    for path in (old, new):
        path.write_bytes(b"x")
    os.utime(old, (time.time() - 7200, time.time() - 7200))
    assert sweep_tmp(tmp_path, locked=False) == [old]
    assert new.exists()
