from datetime import date
from pathlib import Path

import pytest

from geomap.errors import InputError
from geomap.inputs import iter_articles, read_text_article


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Title\nPublished: 2022-08-24\n\nBody text.", date(2022, 8, 24)),
        ("Title\n\nBody text.\n\nUpdated: August 24, 2022, 1:51 PM", date(2022, 8, 24)),
        ("Title\n\nBody.\nPublished 3 March 2024\nUpdated: March 5, 2024", date(2024, 3, 3)),
        ("Title\n\nBody without a date.", None),
    ],
)
def test_title_and_date(tmp_path, text, published):
    article = read_text_article(write(tmp_path, "a.txt", text))
    assert article.title == "Title"
    assert article.published == published
    assert article.id == "a.txt"
    assert "Body" in article.text


def test_published_option_wins(tmp_path):
    path = write(tmp_path, "a.md", "# Title\n\nBody.\n\nUpdated: August 24, 2022")
    article = read_text_article(path, published=date(2020, 1, 1))
    assert article.published == date(2020, 1, 1)
    assert article.title == "Title"


def test_url_header(tmp_path):
    path = write(
        tmp_path, "a.txt", "Title\nPublished: 2024-01-02\nURL: https://example.org/x\n\nBody."
    )
    article = read_text_article(path)
    assert article.url == "https://example.org/x"
    assert article.text == "Body."


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (b"Only a title\n", "no text"),
        (b"\x00\x01binary", "binary"),
        (b"Title\n\ncaf\xe9 au lait", "not valid UTF-8"),
        ("Title\nPublished: someday\n\nBody.", "field 'published'"),
    ],
)
def test_bad_input_names_file(tmp_path, data, message):
    path = write(tmp_path, "bad.txt", data)
    with pytest.raises(InputError, match=message) as info:
        read_text_article(path)
    assert str(path) in str(info.value)


def test_batch_goes_on_after_bad_files(tmp_path):
    write(tmp_path, "good.txt", "Good\n\nBody.")
    write(tmp_path, "bad.txt", b"\xff\xfe\x00")
    write(tmp_path, "ignored.pdf", b"%PDF")
    items = list(iter_articles([tmp_path, tmp_path / "missing.txt"]))
    articles = [i for i in items if not isinstance(i, InputError)]
    errors = [str(i) for i in items if isinstance(i, InputError)]
    assert [a.id for a in articles] == ["good.txt"]
    assert any("bad.txt" in e for e in errors)
    assert any("missing.txt" in e and "no such file" in e for e in errors)


def test_too_long_for_one_article(tmp_path):
    path = write(tmp_path, "huge.txt", "Title\n\n" + "Shelling hit Kherson. " * 60_000)
    with pytest.raises(InputError, match="over the 1,000,000-character limit") as info:
        read_text_article(path)
    assert "huge.txt" in str(info.value)


def test_size_is_checked_before_reading(tmp_path, monkeypatch):
    path = write(tmp_path, "huge.txt", b"Title\n\n" + b"x" * 3_000_000)
    read = []
    monkeypatch.setattr(Path, "read_bytes", lambda self: read.append(self) or b"")
    real_open = Path.open
    monkeypatch.setattr(
        Path, "open", lambda self, *a, **k: read.append(self) or real_open(self, *a, **k)
    )
    with pytest.raises(InputError, match="3,000,007 bytes, over the 2,000,000-byte limit"):
        read_text_article(path)
    assert read == []


def test_text_is_normalised_at_the_boundary(tmp_path):
    path = write(
        tmp_path,
        "a.txt",
        "Ti\x01tle\x1b\r\nURL: https://e.org/\x7f\n\nBody\rline\x0bthree\u2029cafe\u0301\x85end.",
    )
    article = read_text_article(path)
    assert article.title == "Ti tle"
    assert article.url == "https://e.org/"
    assert article.text == "Body\nline\nthree\ncaf\u00e9\nend."


def test_a_file_name_with_a_newline_stays_one_line(tmp_path):
    path = write(tmp_path, "bad\nname\udcff.txt", b"")  # \udcff: the undecodable byte 0xff
    (error,) = list(iter_articles([path]))
    message = str(error)
    assert "\n" not in message and "bad\\nname\\udcff.txt" in message
    message.encode("utf-8")  # printable on any terminal
