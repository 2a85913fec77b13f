"""Another geoparser's stored output, scored end to end as geomap is."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from geomap.errors import InputError
from geomap.eval.corpora import read_corpus
from geomap.eval.stored import read_stored, score_stored

#: Four articles: the end-to-end split scores the last one (Mordecai3's 70/30 by articles).
ARTICLES = [
    ("Ferries sailed from Lyon at dawn.", [("Lyon", 45.76, 4.83)]),
    ("Snow closed roads near Lyon.", [("Lyon", 45.76, 4.83)]),
    ("Lyon hosted a fair.", [("Lyon", 45.76, 4.83)]),
    ("Buses left Paris for Lyon and Nice.", [("Paris", 48.85, 2.35), ("Lyon", 45.76, 4.83)]),
]


@pytest.fixture
def corpus(tmp_path):
    """The articles in LGL's format, gold points only."""
    parts = []
    for number, (text, names) in enumerate(ARTICLES):
        rows = "".join(
            f"<toponym><start>{text.index(n)}</start><end>{text.index(n) + len(n)}</end>"
            f"<gaztag geonameid='{number}{i}'><lat>{lat}</lat><lon>{lon}</lon></gaztag>"
            f"<phrase>{n}</phrase></toponym>"
            for i, (n, lat, lon) in enumerate(names)
        )
        parts.append(
            f"<article docid='{number}'><text>{text}</text><toponyms>{rows}</toponyms></article>"
        )
    path = tmp_path / "corpus.xml"
    path.write_text("<articles>" + "".join(parts) + "</articles>", encoding="utf-8")
    return read_corpus(path)


def _output(tmp_path, last: str) -> object:
    path = tmp_path / "system.txt"
    path.write_text("x,,Lyon,,45.76,,4.83,,20,,24||\n\n\n" + last + "\n", encoding="utf-8")
    return path


def test_a_stored_output_is_scored_on_the_same_split(tmp_path, corpus):
    # Paris put in Texas (wrong), Lyon right, Nice no gold toponym (a false place)
    last = (
        "x,,Paris,,33.66,,-95.56,,11,,16||x,,Lyon,,45.76,,4.83,,21,,25||x,,Nice,,43.7,,7.27,,30,,34"
    )
    scores, stored = score_stored(corpus, _output(tmp_path, last))
    assert (scores.articles, scores.toponyms) == (1, 2)
    assert scores.recognition["recall"] == 1.0
    assert scores.recognition["precision"] == pytest.approx(2 / 3)
    assert scores.figures["acc161"] == 0.5
    assert scores.system == "system.txt" and stored.problems == []


def test_drifting_offsets_are_moved_to_the_name(tmp_path, corpus):
    scores, stored = score_stored(corpus, _output(tmp_path, "x,,Lyon,,45.76,,4.83,,23,,27"))
    assert stored.realigned == 1
    assert scores.recognition["recall"] == 0.5


@pytest.mark.parametrize(
    ("entry", "field"),
    [
        ("x,,Lyon,,north,,4.83,,21,,25", "LAT/LON"),
        ("x,,Lyon,,45.76,,4.83,,21", "fields"),
        ("x,,Lyon,,45.76,,4.83,,twenty,,25", "START or END"),
        ("x,,Lille,,50.63,,3.06,,21,,26", "START"),
    ],
    ids=["bad-point", "missing-field", "bad-offset", "name-elsewhere"],
)
def test_an_unreadable_entry_is_named_by_line_and_field(tmp_path, corpus, entry, field):
    stored = read_stored(_output(tmp_path, entry + "||x,,Paris,,48.85,,2.35,,11,,16"), corpus)
    assert len(stored.problems) == 1
    assert ":4: " in stored.problems[0] and field in stored.problems[0]
    assert [name[:2] for name in stored.names[3]] == [(11, 16)]  # the rest of the line is read


def test_an_unresolved_name_is_found_but_not_placed(tmp_path, corpus):
    stored = read_stored(_output(tmp_path, "x,,Lyon,,,,,,21,,25"), corpus)
    assert stored.names[3] == [] and stored.problems == []


def test_a_file_for_another_corpus_is_an_input_error(tmp_path, corpus):
    path = tmp_path / "short.txt"
    path.write_text("x,,Lyon,,45.76,,4.83,,20,,24||\n", encoding="utf-8")
    with pytest.raises(InputError, match="1 lines for a corpus of 4 articles"):
        read_stored(path, corpus)


def test_cli_scores_a_stored_output_end_to_end_only(tmp_path, corpus):
    from geomap.cli import cli

    xml = tmp_path / "corpus.xml"
    out = _output(tmp_path, "x,,Lyon,,45.76,,4.83,,21,,25")
    runner = CliRunner()
    result = runner.invoke(cli, ["eval", "geoparse", str(xml), "--stored", str(out)])
    assert result.exit_code == 2 and "--protocol end-to-end" in result.output
    args = ["eval", "geoparse", str(xml), "--protocol", "end-to-end", "--stored", str(out)]
    result = runner.invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert "system.txt: acc@161 50.0%" in result.output
