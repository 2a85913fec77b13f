from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from geomap.errors import GazetteerEntryError, GazetteerLockError
from geomap.gazetteer.borders import Borders
from geomap.gazetteer.curated import HEADER_LINE, Entry, parse_file, read_dir
from geomap.gazetteer.edit import PAUSE_ENV, append_entries, locked, new_id, remove_entry
from geomap.gazetteer.validate import validate_dir

from .conftest import GOOD_ROW, TANF, write_tsv


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ("sy-x\tX\t\tnorth\t40\ttown\tSY\t\tOSM\t", "sy.tsv:3: lat: 'north' is not a number"),
        ("sy-x\tX\t\t95\t40\ttown\tSY\t\tOSM\t", "sy.tsv:3: lat: '95' is outside [-90, 90]"),
        ("sy-x\tX\t\t35\t190\ttown\tSY\t\tOSM\t", "sy.tsv:3: lon: '190' is outside [-180, 180]"),
        ("sy-x\t \t\t35\t40\ttown\tSY\t\tOSM\t", "sy.tsv:3: name: must not be empty"),
        (
            "sy-x\tX\t\t35\t40\ttownish\tSY\t\tOSM\t",
            "sy.tsv:3: type: unknown feature type 'townish'",
        ),
        (
            "sy-x\tX\t\t35\t40\ttown\tZZ\t\tOSM\t",
            "sy.tsv:3: country: unknown ISO 3166-1 alpha-2 country code 'ZZ'",
        ),
        ("sy-x\tX\t\t35\t40\ttown\tSY\t\t\t", "sy.tsv:3: source: must say where"),
        ("Sy X\tX\t\t35\t40\ttown\tSY\t\tOSM\t", "sy.tsv:3: id: 'Sy X' is not a slug"),
        ("sy-x\tX\t35\t40", "sy.tsv:3: columns: expected 10 tab-separated fields, got 4"),
    ],
)
def test_parse_reports_file_line_field(tmp_path: Path, row: str, expected: str) -> None:
    path = write_tsv(tmp_path / "sy.tsv", "# comment", row)
    entries, problems = parse_file(path)
    assert entries == []
    assert len(problems) == 1 and expected in str(problems[0])


def test_parse_good_file(tmp_path: Path) -> None:
    path = write_tsv(tmp_path / "sy.tsv", "# comment", "", TANF, GOOD_ROW)
    entries, problems = parse_file(path)
    assert problems == []
    assert [(e.id, e.line) for e in entries] == [("sy-al-tanf-garrison", 4), ("sy-hajin", 5)]
    assert entries[0].aliases == ("Al-Tanf", "At Tanf")


def test_bad_header(tmp_path: Path) -> None:
    path = write_tsv(tmp_path / "sy.tsv", GOOD_ROW, header="id\tname\n")
    _, problems = parse_file(path)
    assert str(problems[0]).startswith(f"{path}:1: header:")


def test_duplicate_id_across_files(tmp_path: Path) -> None:
    write_tsv(tmp_path / "sy.tsv", TANF)
    write_tsv(tmp_path / "regions.tsv", TANF)
    entries, problems = read_dir(tmp_path)
    assert len(entries) == 1
    assert [p.field for p in problems] == ["id"]
    assert "duplicate id 'sy-al-tanf-garrison'" in str(problems[0])


@pytest.mark.parametrize(
    ("row", "field", "warning"),
    [
        ("sy-far\tFar\t\t31.0\t30.0\ttown\tSY\t\tOSM\t", "lat/lon", False),
        ("sy-tanf-2\tAl Tanf Garrison\t\t33.50\t38.62\tbase\tSY\t\tOSM\t", "name", True),
        (
            "sy-river\tEuphrates\t\t35.0\t40.0\triver\tSY\t\tOSM\tPOLYGON((0 0, 1 0, 1 1, 0 0))",
            "geometry",
            True,
        ),
        ("sy-bad-wkt\tX\t\t35.0\t40.0\triver\tSY\t\tOSM\tLINESTRING(0 0,", "geometry", False),
    ],
)
def test_validate_dir(
    tmp_path: Path, ne_borders: Borders, row: str, field: str, warning: bool
) -> None:
    write_tsv(tmp_path / "sy.tsv", TANF, row)
    problems = validate_dir(tmp_path, ne_borders)
    assert [(p.field, p.warning, p.line) for p in problems] == [(field, warning, 3)]


def test_validate_clean(tmp_path: Path, ne_borders: Borders) -> None:
    write_tsv(tmp_path / "sy.tsv", TANF, GOOD_ROW)
    write_tsv(
        tmp_path / "regions.tsv",
        "euphrates\tEuphrates\tFirat\t35.0\t40.0\triver\t\t\tOSM\tLINESTRING(38 36, 41 34)",
    )
    assert validate_dir(tmp_path, ne_borders) == []


def _entry(ident: str, name: str = "Place", cc: str = "SY") -> Entry:
    return Entry(ident, name, 34.7, 40.8, "town", cc, source="test")


def test_append_keeps_bytes_and_creates_files(tmp_path: Path) -> None:
    original = f"# hand-written\r\n{HEADER_LINE}{TANF}".encode()  # no final newline, CRLF
    (tmp_path / "sy.tsv").write_bytes(original)
    written = append_entries(tmp_path, [_entry("sy-a"), _entry("iq-b", cc="IQ")])
    assert sorted(p.name for p in written) == ["iq.tsv", "sy.tsv"]
    data = (tmp_path / "sy.tsv").read_bytes()
    new_line = b"sy-a\tPlace\t\t34.7\t40.8\ttown\tSY\t\ttest\t\n"
    assert new_line in data  # inserted in id order, before sy-al-tanf-garrison
    assert data.replace(new_line, b"") == original + b"\n"  # every other byte kept
    assert (tmp_path / "iq.tsv").read_text().startswith(HEADER_LINE)
    assert {e.id for e in read_dir(tmp_path)[0]} == {"sy-al-tanf-garrison", "sy-a", "iq-b"}


def test_append_rejects_existing_id(curated_dir: Path) -> None:
    before = (curated_dir / "sy.tsv").read_bytes()
    with pytest.raises(GazetteerEntryError, match="already exists"):
        append_entries(curated_dir, [_entry("sy-al-tanf-garrison")])
    assert (curated_dir / "sy.tsv").read_bytes() == before


def test_remove_keeps_other_lines(curated_dir: Path) -> None:
    append_entries(curated_dir, [_entry("sy-a"), _entry("sy-b")])
    before = (curated_dir / "sy.tsv").read_text()
    removed = remove_entry(curated_dir, "sy-a")
    assert removed.id == "sy-a"
    after = (curated_dir / "sy.tsv").read_text()
    assert after == before.replace("sy-a\tPlace\t\t34.7\t40.8\ttown\tSY\t\ttest\t\n", "")
    with pytest.raises(GazetteerEntryError, match="no curated entry"):
        remove_entry(curated_dir, "sy-a")


@pytest.mark.parametrize(
    ("name", "taken", "expected"),
    [
        ("Al Tanf Garrison", [], "sy-al-tanf-garrison"),
        ("Al Tanf Garrison", ["sy-al-tanf-garrison"], "sy-al-tanf-garrison-2"),
        ("Ḩamāh", [], "sy-hamah"),
    ],
)
def test_new_id(name: str, taken: list[str], expected: str) -> None:
    assert new_id(name, "SY", taken) == expected


def test_lock_timeout(tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import time; from pathlib import Path\n"
            "from geomap.gazetteer.edit import locked\n"
            f"with locked(Path({str(tmp_path)!r})):\n print('held', flush=True); time.sleep(30)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(GazetteerLockError, match="another process"):
            with locked(tmp_path, timeout=0.2):
                pass
    finally:
        holder.kill()
        holder.wait()


WRITER = """
import sys
from pathlib import Path
from geomap.gazetteer.curated import Entry
from geomap.gazetteer.edit import append_entries
entries = [Entry(f"sy-bulk-{i}", f"Bulk {i}", 34.7, 40.8, "town", "SY", source="test")
           for i in range(int(sys.argv[2]))]
print("writing", flush=True)
append_entries(Path(sys.argv[1]), entries)
"""


def _half_written(curated_dir: Path) -> bool:
    return any(t.stat().st_size > 0 for t in curated_dir.glob(".sy.tsv.*.tmp"))


def test_sigkill_mid_write_loses_nothing(curated_dir: Path) -> None:
    before = (curated_dir / "sy.tsv").read_bytes()
    env = {**os.environ, PAUSE_ENV: "300"}
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(curated_dir), "500"],
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert writer.stdout.readline().strip() == "writing"
    # the temp file appears before its bytes do: wait until the writer is half-way through
    deadline = time.monotonic() + 90  # generous: CI machines can be slow and loaded
    while not _half_written(curated_dir) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert _half_written(curated_dir)
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    assert (curated_dir / "sy.tsv").read_bytes() == before
    entries, problems = read_dir(curated_dir)
    assert problems == [] and [e.id for e in entries] == ["sy-al-tanf-garrison"]
    assert list(curated_dir.glob(".sy.tsv.*.tmp"))  # the killed writer's leftover
    # the lock died with the writer: the next write goes through and sweeps the leftover
    append_entries(curated_dir, [_entry("sy-after")], timeout=5)
    assert "sy-after" in {e.id for e in read_dir(curated_dir)[0]}
    assert list(curated_dir.glob(".*.tmp")) == []


def test_twenty_concurrent_adds_all_land(curated_dir: Path) -> None:
    before = (curated_dir / "sy.tsv").read_text()
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                "from geomap.cli import main; main()",
                "gazetteer",
                "--dir",
                str(curated_dir),
                "add",
                f"Checkpoint {i}",
                "--lat",
                "34.7",
                "--lon",
                str(40.0 + i / 100),
                "--type",
                "checkpoint",
                "--country",
                "SY",
                "--source",
                "test",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for i in range(20)
    ]
    results = [(p.wait(timeout=120), p.stderr.read()) for p in procs]
    assert all(code == 0 for code, _ in results), results
    after = (curated_dir / "sy.tsv").read_text()
    assert after.startswith(before)
    assert len(after.splitlines()) == len(before.splitlines()) + 20
    entries, problems = read_dir(curated_dir)
    assert problems == []
    assert {e.id for e in entries} >= {f"sy-checkpoint-{i}" for i in range(20)}


def test_appended_entries_keep_the_file_sorted_by_id(curated_dir: Path) -> None:
    append_entries(curated_dir, [_entry("sy-zzz"), _entry("sy-aaa"), _entry("sy-mmm")])
    ids = [e.id for e in read_dir(curated_dir)[0] if e.path.name == "sy.tsv"]
    assert ids == sorted(ids) and {"sy-aaa", "sy-mmm", "sy-zzz"} <= set(ids)
    before_lines = (curated_dir / "sy.tsv").read_text(encoding="utf-8").splitlines()
    assert before_lines[0].startswith(("#", "id\t")) and len(before_lines) == len(ids) + 2
