import pytest

from geomap.incidents.roles import is_caption_line, mention_role


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Fighters in Baghouz, Syria March 10, 2019. REUTERS/Rodi Said", True),
        ("Smoke rises over Gaza. (Photo by Staff/AFP via Getty Images)", True),
        ("File photo: troops in Kharkiv.", True),
        ("Russian forces shelled Kharkiv on Monday.", False),
    ],
)
def test_caption_line(line, caption):
    assert is_caption_line(line) is caption


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("Tehran-backed groups attacked the base.", "Tehran", "affiliation"),
        ("The Britain-based monitor said six died.", "Britain", "origin"),
        ("The minister was visiting Moscow.", "Moscow", "diplomacy"),
        ("Iran deployed advisers at the invitation of Damascus.", "Damascus", "diplomacy"),
        ("Damascus denounced the strikes.", "Damascus", "actor"),
        ("Militias are concentrated west of the Euphrates.", "Euphrates", "context"),
        ("Supplies come from Iraq through the border crossing.", "Iraq", "context"),
        ("Drones struck Kharkiv on Monday.", "Kharkiv", "incident"),
        ("Shelling hit a market in Kherson.", "Kherson", "incident"),
        ("Troops raided the city of Jenin.", "Jenin", "incident"),
    ],
)
def test_mention_role(nlp, sentence, name, role):
    doc = nlp(sentence)
    start = sentence.index(name)
    span = doc.char_span(start, start + len(name), alignment_mode="expand")
    assert mention_role(span, caption=False, adjectival=False) == role
