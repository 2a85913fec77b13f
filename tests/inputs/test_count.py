import pytest

from geomap.inputs.count import count_items


def test_jsonl_lines_csv_rows_and_files_are_counted(tmp_path):
    (tmp_path / "a.txt").write_text("T\n\nBody.", encoding="utf-8")
    (tmp_path / "rows.jsonl").write_text('{"text": "a"}\n\n{"text": "b"}\n{"text": "c"}\n')
    (tmp_path / "events.csv").write_text('id,notes\n1,"two\nlines"\n2,x\n', encoding="utf-8")
    files = [tmp_path / "a.txt", tmp_path / "rows.jsonl", tmp_path / "events.csv"]
    assert count_items(files) == 1 + 3 + 2


def test_an_unreadable_file_counts_once(tmp_path):
    assert count_items([tmp_path / "missing.jsonl"]) == 1


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252", "utf-16", "utf-32"])
def test_counts_hold_in_any_encoding(tmp_path, encoding):
    (tmp_path / "rows.jsonl").write_bytes('{"text": "à"}\n\n{"text": "é"}\n'.encode(encoding))
    (tmp_path / "events.csv").write_bytes('id,notes\n1,"deux\nlignes"\n2,é\n'.encode(encoding))
    assert count_items([tmp_path / "rows.jsonl", tmp_path / "events.csv"]) == 2 + 2
