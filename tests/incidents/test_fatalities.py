import pytest

from geomap.incidents.fatalities import fatalities_in, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [("6", 6), ("1,200", 1200), ("six", 6), ("twenty-one", 21), ("dozens", 12), ("x", None)],
)
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The strikes killed six fighters.", 6),
        ("At least 12 people were killed in the attack.", 12),
        ("Shelling killed four civilians and wounded 20 others.", 4),
        ("Twenty people were wounded in the blast.", None),
        ("The assault caused zero casualties.", 0),
        ("There were no casualties, officials said.", 0),
        ("No one was killed, police said.", 0),
        ("The convoy came under fire.", None),
        ("A general had been killed on Sunday.", 1),
        ("The death toll rose to 31.", 31),
    ],
)
def test_fatalities_in(nlp, sentence, expected):
    assert fatalities_in(nlp(sentence)) == expected
