import codecs
import json
from datetime import date

import pytest

from geomap.errors import InputError
from geomap.inputs import read_jsonl


def test_jsonl_rows_and_errors(tmp_path, caplog):
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
        json.dumps({"id": "e", "text": "Body E.\nPosted March 5, 2024", "published": "soon"}),
        json.dumps(["a list"]),
    ]
    path.write_text("\n".join(rows), encoding="utf-8")
    items = list(read_jsonl(path))
    good = [i for i in items if not isinstance(i, InputError)]
    bad = [str(i) for i in items if isinstance(i, InputError)]
    assert [(a.id, a.published) for a in good] == [
        ("a", date(2022, 8, 24)),
        ("batch.jsonl:5", date(2022, 8, 24)),
        ("e", date(2024, 3, 5)),  # a bad 'published' falls back to the dateline
    ]
    assert good[0].url == "https://example.org/a"
    assert bad == [
        f"{path}:2: invalid JSON at column 2: Expecting property name enclosed in double quotes",
        f"{path}:3: field 'text': missing or empty",
        f"{path}:7: expected a JSON object per line",
    ]
    assert f"{path}:6: field 'published': cannot read a date from 'soon'" in caplog.text


def test_jsonl_row_too_long(tmp_path):
    path = tmp_path / "big.jsonl"
    path.write_text(json.dumps({"id": "x", "text": "a " * 600_000}) + "\n", encoding="utf-8")
    (error,) = list(read_jsonl(path))
    assert str(error).startswith(f"{path}:1: text is 1,200,000 characters")


def _good(n: int) -> str:
    return json.dumps({"id": f"g{n}", "title": f"T{n}", "text": f"Shelling hit a town, day {n}."})


def _split(items):
    return (
        [i for i in items if not isinstance(i, InputError)],
        [str(i) for i in items if isinstance(i, InputError)],
    )


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ("[" * 1000, "line 2: invalid JSON: nested too deeply"),  # case 1
        ('{"text": ' + "[" * 100_000 + "}", "line 2: invalid JSON: nested too deeply"),
        ('{"text": "x", "id": ' + "9" * 5000 + "}", "line 2: invalid JSON: Exceeds the limit"),
        ('{"text": "x",', "line 2: invalid JSON at column 14"),
        ('{"text": "x", "title": ["a"]}', "line 2: field 'title': expected a string, got list"),
        ('{"text": "x", "url": {"a": 1}}', "line 2: field 'url': expected a string, got dict"),
        ('{"text": 42}', "line 2: field 'text': missing or empty"),
        ('"just a string"', "line 2: expected a JSON object per line"),
    ],
)
def test_one_bad_line_costs_only_itself(tmp_path, bad, message):
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join([_good(1), bad, _good(3)]) + "\n", encoding="utf-8")
    articles, errors = _split(list(read_jsonl(path)))
    assert [a.id for a in articles] == ["g1", "g3"]
    assert len(errors) == 1
    assert errors[0].replace(f"{path}:2:", "line 2:").startswith(message)


#: Own sentences, in the scripts whose legacy code pages news archives still hold.
LEGACY = [
    ("Des hommes armés ont tué cinq civils près du marché de Gao, selon le maire.", "latin-1"),
    ("Shelling hit the town’s centre overnight — four people were killed.", "cp1252"),
    ("Обстріл центру міста вночі: загинули четверо людей, ще шестеро поранені.", "cp1251"),
]


def _row(n: int, text: str) -> str:
    return json.dumps({"id": f"g{n}", "title": f"T{n}", "text": text}, ensure_ascii=False)


@pytest.mark.parametrize(("text", "encoding"), LEGACY)
def test_a_legacy_encoded_file_is_read_with_one_warning(tmp_path, caplog, text, encoding):
    path = tmp_path / "batch.jsonl"
    lines = [_row(n, f"{text} ({n})").encode(encoding) for n in range(1, 4)]
    path.write_bytes(b"\n".join(lines) + b"\n")
    articles, errors = _split(list(read_jsonl(path)))
    assert errors == []
    assert [a.text for a in articles] == [f"{text} ({n})" for n in range(1, 4)]
    (warning,) = [r.getMessage() for r in caplog.records]
    assert warning.startswith(f"{path}: not UTF-8 (first at line 1); decoded as cp125")


def test_utf8_lines_stay_utf8_beside_legacy_ones(tmp_path, caplog):  # case 3
    lines = [_good(n).encode() for n in range(1, 501)]
    lines[249] = _row(250, "Tirs à Kidal, trois blessés.").encode("latin-1")
    lines[300] = _row(301, "Frappe près d’Idleb — deux morts.").encode()
    path = tmp_path / "batch.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    articles, errors = _split(list(read_jsonl(path)))
    assert len(articles) == 500 and errors == []
    assert articles[249].text == "Tirs à Kidal, trois blessés."
    assert articles[300].text == "Frappe près d’Idleb — deux morts."
    (warning,) = [r.getMessage() for r in caplog.records]
    assert warning.startswith(f"{path}: not UTF-8 (first at line 250); decoded as cp1252")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_a_utf16_or_utf32_file_with_a_bom_is_read(tmp_path, caplog, encoding):
    text = "\n".join(_row(n, f"{LEGACY[2][0]} ({n})") for n in range(1, 4)) + "\n"
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}.get(encoding, b"")
    path = tmp_path / "wide.jsonl"
    path.write_bytes(bom + text.encode(encoding))
    articles, errors = _split(list(read_jsonl(path)))
    assert errors == [] and [a.id for a in articles] == ["g1", "g2", "g3"]
    assert articles[2].text == f"{LEGACY[2][0]} (3)"
    assert f"{path}: not UTF-8 (byte-order mark); decoded as utf-" in caplog.text


def test_a_line_no_encoding_fits_costs_only_itself(tmp_path, monkeypatch):
    monkeypatch.setattr("charset_normalizer.from_bytes", lambda raw: [])
    lines = [_good(1).encode(), _good(2).encode().replace(b"Shelling", b"Shel\xffling")]
    path = tmp_path / "batch.jsonl"
    path.write_bytes(b"\n".join([*lines, _good(3).encode()]))
    articles, errors = _split(list(read_jsonl(path)))
    assert [a.id for a in articles] == ["g1", "g3"]
    byte = lines[1].index(b"\xff") + 1
    assert errors == [
        f"{path}:2: not valid UTF-8 at byte {byte} of the line, and no other text encoding "
        "fits; re-save the file as UTF-8"
    ]


@pytest.mark.parametrize("field", ["text", "title", "id", "url"])
def test_lone_surrogates_and_controls_never_leave_the_reader(tmp_path, field):  # case 2
    row = {"id": "a", "title": "T", "text": "Shelling hit Kherson.", "url": "https://e.org"}
    row[field] = "Kh\ud800er\x00so\u2028n\r\x1b[31m\ufeffe\u0301"
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps(row), encoding="utf-8")  # json escapes the surrogate
    ((article,),) = [list(read_jsonl(path))]
    value = getattr(article, field)
    value.encode("utf-8")  # a lone surrogate would raise here
    assert "\ufffd" in value and "\x00" not in value and "\x1b" not in value
    assert "\u2028" not in value and "\r" not in value
    assert "\u00e9" in value  # NFC: e + combining acute is one character
    if field != "text":
        assert "\n" not in value


def test_bom_on_the_first_line_is_not_an_error(tmp_path):
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + _good(1).encode() + b"\n" + _good(2).encode())
    articles, errors = _split(list(read_jsonl(path)))
    assert [a.id for a in articles] == ["g1", "g2"] and errors == []


def test_overlong_line_is_skipped_without_holding_it(tmp_path, monkeypatch):
    from geomap.inputs import jsonl

    monkeypatch.setattr(jsonl, "MAX_LINE_BYTES", 1000)
    path = tmp_path / "batch.jsonl"
    long = json.dumps({"id": "big", "text": "word " * 5000})
    path.write_text("\n".join([_good(1), long, _good(3)]), encoding="utf-8")
    articles, errors = _split(list(read_jsonl(path)))
    assert [a.id for a in articles] == ["g1", "g3"]
    assert errors == [f"{path}:2: line is over 1,000 bytes, too long for one article"]
