import subprocess
import sys
from pathlib import Path

import pytest

from geomap.errors import ReviewError, ReviewLockError
from geomap.review.store import (
    HEADER,
    LOCK_NAME,
    Action,
    append_reviews,
    make_review,
    parse_point,
    read_reviews,
)

ID = "0123456789ab"
OTHER = "ba9876543210"


def _review(action="reject", incident=ID, field="", value="", **kw):
    kw.setdefault("why", "test")
    kw.setdefault("who", "ana")
    kw.setdefault("when", "2026-11-26T06:10:00Z")
    return make_review(action, incident, field, value, **kw)


@pytest.mark.parametrize(
    ("action", "field", "value"),
    [
        ("reject", "", ""),
        ("move", "place", "cur:sy-al-tanf-garrison"),
        ("move", "point", "33.49,38.62,2,5"),
        ("set", "event_date", "2024-05-25"),
        ("set", "event_type", "Violence against civilians"),
        ("set", "fatalities", "12"),
        ("set", "fatalities", ""),
        ("set", "actor2", ""),
        ("merge", "into", OTHER),
        ("add", "a.txt", "Gunmen attacked the village."),
    ],
)
def test_good_values_round_trip(tmp_path, action, field, value):
    path = tmp_path / "reviews.tsv"
    (written,) = append_reviews(path, [_review(action, ID, field, value)])
    (read,) = read_reviews(path)
    assert read == written and read.action is Action(action)
    assert read.line == written.line == 4  # two comment lines, the header, then this


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"incident": "Kharkiv"}, "incident: 'Kharkiv' is not an incident id"),
        ({"action": "delete"}, "action: 'delete' is not one of reject, move"),
        ({"action": "set", "field": "colour", "value": "red"}, "'colour' is not a field of set"),
        ({"action": "set", "field": "fatalities", "value": "-3"}, "'-3' is not a whole number"),
        ({"action": "set", "field": "fatalities", "value": "many"}, "'many' is not a whole"),
        ({"action": "set", "field": "event_date", "value": "25/05/2024"}, "is not a date"),
        ({"action": "set", "field": "event_type", "value": "Shelling"}, "not an event type"),
        ({"action": "set", "field": "actor1", "value": " "}, "must not be empty"),
        ({"action": "move", "field": "place", "value": "Al Tanf"}, "not a gazetteer id"),
        ({"action": "move", "field": "point", "value": "95,10,1"}, "latitude must be in"),
        ({"action": "move", "field": "point", "value": "33,10,4"}, "precision must be 1"),
        ({"action": "move", "field": "point", "value": "33,10"}, "lat,lon,precision"),
        ({"action": "merge", "field": "into", "value": ID}, "cannot be merged into itself"),
        ({"action": "add", "field": "", "value": "x"}, "must be the article id"),
        ({"why": ""}, "why: must not be empty"),
        ({"who": "  "}, "who: must not be empty"),
        ({"why": "two\tcolumns"}, "why: 'two\\tcolumns' contains a tab"),
        ({"why": "carriage\rreturn"}, "why: 'carriage\\rreturn' contains a tab, line break"),
        ({"who": "ana\x0b"}, "contains a tab, line break or control character"),
        ({"why": "para\u2029graph"}, "contains a tab, line break or control character"),
        ({"value": "\x00"}, "contains a tab, line break or control character"),
        ({"when": "yesterday"}, "when: 'yesterday' is not an ISO time"),
        ({"when": "2026-11-26T06:10:00"}, "needs a time zone"),
    ],
)
def test_bad_values_are_refused_and_the_file_is_unchanged(tmp_path, kwargs, message):
    path = tmp_path / "reviews.tsv"
    append_reviews(path, [_review()])
    before = path.read_bytes()
    with pytest.raises(ReviewError, match=None) as caught:
        append_reviews(path, [_review(**kwargs)])
    assert message in str(caught.value)
    assert "(new line)" in str(caught.value)
    assert path.read_bytes() == before


def test_appends_keep_every_byte_and_hand_edits(tmp_path):
    path = tmp_path / "reviews.tsv"
    append_reviews(path, [_review()])
    path.write_text(path.read_text() + "# checked with the editor\n", encoding="utf-8")
    before = path.read_bytes()
    append_reviews(path, [_review("set", OTHER, "fatalities", "2")])
    assert path.read_bytes().startswith(before)
    assert [r.incident for r in read_reviews(path)] == [ID, OTHER]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2026-11-26T06:10:00Z\tana\treject\tnot-an-id\t\t\twhy", ":4: incident: 'not-an-id'"),
        ("2026-11-26T06:10:00Z\tana\treject", ":4: columns: expected 7"),
        ("2026-11-26T06:10:00Z\tana\tset\t" + ID + "\tfatalities\tx\twhy", ":4: value: 'x'"),
    ],
)
def test_a_bad_hand_edit_is_reported_with_file_and_line(tmp_path, line, expected):
    path = tmp_path / "reviews.tsv"
    append_reviews(path, [])
    path.write_text(path.read_text() + line + "\n", encoding="utf-8")
    with pytest.raises(ReviewError) as caught:
        read_reviews(path)
    assert f"{path}{expected}" in str(caught.value)
    before = path.read_bytes()
    with pytest.raises(ReviewError):  # no new line lands on top of a broken file
        append_reviews(path, [_review()])
    assert path.read_bytes() == before


def test_wrong_header_is_reported(tmp_path):
    path = tmp_path / "reviews.tsv"
    path.write_text("when\twho\twhat\n", encoding="utf-8")
    with pytest.raises(ReviewError, match=":1: header"):
        read_reviews(path)


def test_missing_file_has_no_reviews(tmp_path):
    assert read_reviews(tmp_path / "reviews.tsv") == []
    assert tuple(HEADER)[0] == "when"


def test_who_defaults_to_the_environment(monkeypatch):
    monkeypatch.setenv("GEOMAP_REVIEWER", "analyst-7")
    review = make_review("reject", ID, why="dup")
    assert review.who == "analyst-7" and review.when.endswith("Z")


def test_parse_point():
    assert parse_point("33.5, 38.6, 2, 4.5") == (33.5, 38.6, 2, 4.5)


def test_lock_timeout(tmp_path):
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import time; from pathlib import Path\n"
            "from geomap.atomic import file_lock\n"
            f"with file_lock(Path({str(tmp_path / LOCK_NAME)!r}), 5, TimeoutError):\n"
            " print('held', flush=True); time.sleep(30)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(ReviewLockError, match="another process holds .reviews.lock"):
            append_reviews(tmp_path / "reviews.tsv", [_review()], timeout=0.2)
        assert not (tmp_path / "reviews.tsv").exists()
    finally:
        holder.kill()
        holder.wait()


WRITER = """
import sys
from pathlib import Path
from geomap.review.store import append_reviews, make_review
k = int(sys.argv[2])
append_reviews(Path(sys.argv[1]), [make_review("set", f"{k:012x}", "fatalities", str(k),
                                               why="parallel", who=f"w{k}")])
"""


def test_parallel_edits_all_land(tmp_path: Path):
    path = tmp_path / "reviews.tsv"
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(k)]) for k in range(12)]
    assert [p.wait(timeout=120) for p in procs] == [0] * 12
    reviews = read_reviews(path)
    assert sorted(int(r.value) for r in reviews) == list(range(12))
