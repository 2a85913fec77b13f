import pytest

from geomap.errors import InputError
from geomap.inputs.encoding import decode_text

SENTENCE = "Страйк на Харків: російські війська обстріляли центр міста, загинули четверо людей."


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Attaque à Gao : des hommes armés ont tué cinq civils près du marché.", "latin-1"),
        ("Russian forces shelled Kharkiv’s centre — killing four.", "cp1252"),
        (SENTENCE, "cp1251"),
    ],
)
def test_legacy_encodings_decode_with_a_warning(text, encoding, caplog):
    assert decode_text(text.encode(encoding), path="a.txt") == text
    assert "a.txt: not UTF-8" in caplog.text


def test_utf8_decodes_silently_and_drops_the_bom(caplog):
    assert decode_text("\ufeffKyiv".encode(), path="a.txt") == "Kyiv"
    assert caplog.text == ""


def test_bytes_no_encoding_fits_are_refused_with_the_line(monkeypatch):
    monkeypatch.setattr("charset_normalizer.from_bytes", lambda raw: [])
    with pytest.raises(InputError, match=r"a.txt:2: not valid UTF-8 at byte 3"):
        decode_text(b"ab\n\xff", path="a.txt")
