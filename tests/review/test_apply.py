import pytest

from geomap.frame import INCIDENT_COLUMNS
from geomap.review.apply import COMMAND_ATTR, apply_review_file, apply_reviews, reviews_path
from geomap.review.ids import stable_id
from geomap.review.store import append_reviews, make_review

from samples import AL_TANF, DEIR_EZ_ZOR_GOV, KHARKIV


def _r(action, incident, field="", value="", line=0):
    review = make_review(action, incident, field, value, why="checked", who="ana")
    return type(review)(*[getattr(review, k) for k in review.__slots__[:-1]], line)


def _lines(*reviews):
    return [_r(*r, line=k + 4) for k, r in enumerate(reviews)]


def test_ids_of_the_frame_are_stable_across_builds(frame, incidents):
    from geomap.frame import incidents_frame

    again = incidents_frame(list(reversed(incidents)))
    assert set(again["incident_id"]) == set(frame["incident_id"])
    expected = stable_id("a.txt", incidents[0].notes[0], "Kharkiv")
    assert frame["incident_id"].iloc[0] == expected


def test_no_reviews_leave_the_frame_as_it_is(frame, place_of):
    out, report = apply_reviews(frame, [], place_of)
    assert out is frame and report.applied == 0 and not out["reviewed"].any()


def test_reject_set_and_move(frame, place_of):
    kharkiv, tanf, deir = frame["incident_id"]
    out, report = apply_reviews(
        frame,
        _lines(
            ("reject", kharkiv),
            ("set", tanf, "fatalities", "5"),
            ("set", tanf, "event_date", "2024-05-24"),
            ("move", deir, "place", AL_TANF.id),
        ),
        place_of,
    )
    assert report.problems == [] and report.applied == 4
    assert tuple(c for c in out.columns if c != "geometry") == INCIDENT_COLUMNS
    rows = out.set_index("incident_id")
    assert kharkiv not in rows.index
    assert rows.loc[tanf, "fatalities"] == 5 and rows.loc[tanf, "event_date"] == "2024-05-24"
    assert rows.loc[deir, "location"] == AL_TANF.name
    assert rows.loc[deir, "latitude"] == pytest.approx(AL_TANF.lat)
    assert out.set_index("incident_id").geometry[deir].y == pytest.approx(AL_TANF.lat)
    assert rows["reviewed"].all()
    assert "set fatalities=5 (ana, " in rows.loc[tanf, "review"]


def test_move_to_a_point_with_precision(frame, place_of):
    kharkiv = frame["incident_id"].iloc[0]
    out, _ = apply_reviews(frame, _lines(("move", kharkiv, "point", "50.1,36.3,2,7")), place_of)
    row = out.set_index("incident_id").loc[kharkiv]
    assert (row["latitude"], row["longitude"], row["geo_precision"]) == (50.1, 36.3, 2)
    assert row["uncertainty_km"] == 7.0


def test_move_to_a_province_is_province_precision(frame, place_of):
    kharkiv = frame["incident_id"].iloc[0]
    out, _ = apply_reviews(frame, _lines(("move", kharkiv, "place", DEIR_EZ_ZOR_GOV.id)), place_of)
    assert out.set_index("incident_id").loc[kharkiv, "geo_precision"] == 3


def test_merge_keeps_both_sentences_and_the_larger_toll(frame, place_of):
    kharkiv, tanf, _ = frame["incident_id"]
    out, report = apply_reviews(frame, _lines(("merge", kharkiv, "into", tanf)), place_of)
    assert report.applied == 1 and len(out) == 2
    row = out.set_index("incident_id").loc[tanf]
    assert row["fatalities"] == 3
    assert row["notes"].split("\n") == [
        "A drone hit the garrison at Al Tanf.",
        "Militia A clashed with Army B in Kharkiv, killing one.",
    ]


def test_add_a_missed_incident(frame, place_of):
    sentence = "Gunmen stormed a checkpoint near Kharkiv."
    ident = stable_id("a.txt", sentence, KHARKIV.name)
    out, report = apply_reviews(
        frame,
        _lines(
            ("add", ident, "a.txt", sentence),
            ("move", ident, "place", KHARKIV.id),
            ("set", ident, "event_type", "Battles"),
            ("set", ident, "actor1", "Gunmen"),
        ),
        place_of,
    )
    assert report.problems == []
    row = out.set_index("incident_id").loc[ident]
    assert (row["notes"], row["actor1"], row["event_type"]) == (sentence, "Gunmen", "Battles")
    assert row["source_title"] == "Report" and row["reviewed"]


@pytest.mark.parametrize(
    ("reviews", "message"),
    [
        ([("reject", "0123456789ab")], "no longer exists"),
        ([("reject", "{0}"), ("set", "{0}", "fatalities", "2")], "was rejected at line 4"),
        ([("merge", "{0}", "into", "{1}"), ("reject", "{0}")], "was merged into {1} at line 4"),
        ([("merge", "{0}", "into", "0123456789ab")], "0123456789ab, does not exist"),
        ([("move", "{0}", "place", "gn:0")], "no gazetteer place has id 'gn:0'"),
        ([("add", "0123456789ab", "a.txt", "Shots.")], "needs a place"),
    ],
)
def test_corrections_that_cannot_apply_are_reported(frame, place_of, reviews, message):
    ids = list(frame["incident_id"])
    filled = [tuple(str(x).format(*ids) for x in r) for r in reviews]
    _, report = apply_reviews(frame, _lines(*filled), place_of, "reviews.tsv")
    assert len(report.problems) == 1
    assert message.format(*ids) in report.problems[0]
    assert report.problems[0].startswith("reviews.tsv:")
    assert report.problems[0].endswith("correction not applied")


def test_review_file_names_its_command(tmp_path, frame, place_of):
    path = tmp_path / "my corpus" / "reviews.tsv"
    append_reviews(path, [make_review("reject", frame["incident_id"].iloc[0], why="dup")])
    out, report = apply_review_file(frame, path, place_of)
    assert len(out) == 2 and report.applied == 1 and report.path == path
    assert out.attrs[COMMAND_ATTR] == f"geomap review --file '{path}'"


def test_reviews_path_is_beside_the_corpus(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    assert reviews_path([tmp_path]) == tmp_path / "reviews.tsv"
    assert reviews_path([tmp_path / "a.txt"]) == tmp_path / "reviews.tsv"
