"""Title-Case headlines are parsed in sentence case, names kept."""

from __future__ import annotations

import pytest

from geomap.geoparse.truecase import Truecaser, english_words, is_title_case


@pytest.fixture(scope="module")
def truecase(nlp):
    names = {"Kherson", "La Paz", "Gao"}
    return Truecaser(english_words(nlp), names, nlp.Defaults.stop_words, names.__contains__)


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Three Fighters Killed in Border Ambush", True),
        ("Three fighters were killed in an ambush near the border.", False),
        ("GUNMEN KILL FOUR IN GAO", False),  # all capitals: not Title Case
        ("Kherson", False),  # too short to tell
    ],
)
def test_is_title_case(nlp, line, title):
    assert is_title_case(line, nlp.Defaults.stop_words) is title


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nine Die in Attack, Shootout in Kherson", "Nine die in attack, shootout in Kherson"),
        ("Six Bodies Hanging From Bridges in La Paz", "Six bodies hanging from bridges in La Paz"),
        ("ISIS Claims Attack on Syrian Army in May", "ISIS claims attack on Syrian army in May"),
        ("Gunmen killed a trader in Gao on Monday.", "Gunmen killed a trader in Gao on Monday."),
    ],
    ids=["common-words-lowered", "names-kept", "acronym-demonym-month-kept", "sentence-unchanged"],
)
def test_truecase(truecase, text, expected):
    assert truecase(text) == expected


def test_only_title_lines_change_and_offsets_hold(truecase):
    text = "Gunmen Attack Market in Gao\nThe attack came at dawn, officials said."
    out = truecase(text)
    assert len(out) == len(text)
    assert out.splitlines()[1] == text.splitlines()[1]
    assert out.startswith("Gunmen attack market in Gao")


def test_common_words_are_reduced_to_their_lemma(nlp):
    common = english_words(nlp)
    assert common("bodies") and common("hung") and common("attack")
    assert not common("kherson")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen Killed Five Guests in Bar Shooting in Kherson",
            "Gunmen killed five guests in bar shooting in Kherson",
        ),
        ("Truck Attack Kills Dozens in Nice", "Truck attack kills dozens in Nice"),
    ],
    ids=["common-word-of-a-small-place-lowered", "common-word-of-a-large-place-kept"],
)
def test_a_common_word_stays_a_name_only_for_a_well_known_place(nlp, text, expected):
    names = {"Kherson", "Bar", "Nice"}
    truecase = Truecaser(english_words(nlp), names, nlp.Defaults.stop_words, {"Nice"}.__contains__)
    assert truecase(text) == expected


def test_well_known_name_asks_for_a_large_place_bearing_it(full_gazetteer):
    from geomap.geoparse.truecase import well_known_name

    known = well_known_name(full_gazetteer, 50_000)
    assert known("Nice") and known("Kharkiv")
    assert not known("Bar")  # towns of under 20,000 bear it


def test_a_well_known_place_english_also_knows_keeps_its_capital(nlp):
    # WordNet lists some cities ("acapulco"); the gazetteer's big place wins
    common = english_words(nlp)
    truecase = Truecaser(common, set(), nlp.Defaults.stop_words, {"Acapulco"}.__contains__)
    assert common("acapulco")
    assert truecase("Gunmen Shoot Two Guards in Acapulco Market") == (
        "Gunmen shoot two guards in Acapulco market"
    )


@pytest.mark.parametrize(
    ("word", "common"),
    [("Home", True), ("University", True), ("The", True), ("Otumbilla", False)],
    ids=["common_word", "common_word-noun", "common_word-stop_word", "common_word-name"],
)
def test_common_word_in_any_case(truecase, word, common):
    """The recognizer asks it of capitalised words after a name ("Zoquital Home")."""
    assert truecase.common_word(word) is common
