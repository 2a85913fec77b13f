import json
from datetime import date

from geomap.errors import InputError
from geomap.inputs import read_jsonl


def test_jsonl_rows_and_errors(tmp_path):
    path = tmp_path / "batch.jsonl"
    rows = [
        json.dumps(
            {
                "id": "a",
                "title": "A",
                "text": "Body A.",
                "published": "2022-08-24",
                "url": "https://example.org/a",
            }
        ),
        "{not json",
        json.dumps({"id": "c", "title": "C"}),
        "",
        json.dumps({"title": "D", "text": "Body D.\nUpdated: August 24, 2022"}),
        json.dumps({"id": "e", "text": "Body E.", "published": "soon"}),
        json.dumps(["a list"]),
    ]
    path.write_text("\n".join(rows), encoding="utf-8")
    items = list(read_jsonl(path))
    good = [i for i in items if not isinstance(i, InputError)]
    bad = [str(i) for i in items if isinstance(i, InputError)]
    assert [(a.id, a.published) for a in good] == [
        ("a", date(2022, 8, 24)),
        ("batch.jsonl:5", date(2022, 8, 24)),
    ]
    assert good[0].url == "https://example.org/a"
    assert bad == [
        f"{path}:2: invalid JSON: Expecting property name enclosed in double quotes",
        f"{path}:3: field 'text': missing or empty",
        f"{path}:6: field 'published': cannot read a date from 'soon'",
        f"{path}:7: expected a JSON object per line",
    ]


def test_jsonl_row_too_long(tmp_path):
    path = tmp_path / "big.jsonl"
    path.write_text(json.dumps({"id": "x", "text": "a " * 600_000}) + "\n", encoding="utf-8")
    (error,) = list(read_jsonl(path))
    assert str(error).startswith(f"{path}:1: text is 1,200,000 characters")
