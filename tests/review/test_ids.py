import pytest

from geomap.review.ids import ID_PATTERN, normalise_sentence, stable_id, unique_ids

SENTENCE = "Drones struck a fuel depot in Kherson on Monday, killing two."


@pytest.mark.parametrize(
    "variant",
    [
        SENTENCE,
        "  " + SENTENCE.replace(" ", "  ") + "\n",
        SENTENCE.upper(),
        SENTENCE.replace(" ", "\u00a0"),  # no-break spaces from an HTML export
    ],
)
def test_id_survives_whitespace_case_and_unicode_form(variant):
    assert stable_id("a.txt", variant, "Kherson") == stable_id("a.txt", SENTENCE, "Kherson")


@pytest.mark.parametrize(
    ("article", "sentence", "place"),
    [
        ("b.txt", SENTENCE, "Kherson"),
        ("a.txt", SENTENCE.replace("two", "three"), "Kherson"),
        ("a.txt", SENTENCE, "Mykolaiv"),
    ],
)
def test_id_changes_with_article_sentence_or_place(article, sentence, place):
    assert stable_id(article, sentence, place) != stable_id("a.txt", SENTENCE, "Kherson")


def test_ids_are_twelve_hex_digits_and_repeats_get_a_suffix():
    ident = stable_id("a.txt", SENTENCE, "Kherson")
    ids = unique_ids([ident, "0123456789ab", ident, ident])
    assert ids == [ident, "0123456789ab", f"{ident}-2", f"{ident}-3"]
    assert all(ID_PATTERN.match(i) for i in ids)


def test_normalise_sentence_folds_only_form():
    assert normalise_sentence(" A\tB\n C ") == "a b c"
