"""The area after a town's comma: `geomap.geoparse.containers` and the headings that hold parts."""

from __future__ import annotations

import pytest

from geomap.geoparse import Geoparser
from geomap.geoparse.containers import can_hold, held_in_area
from geomap.geoparse.resolve import Toponym, resolve_toponyms

from samples import ALL_PLACES, StubGazetteer, _place

_TOWN = _place(
    "t:town", "Zoquital", 20.5, -100.8, "city", "MX", admin1="Rivera", population=400_000
)
_CAPITAL = _place(
    "t:cap", "Rivera", 21.0, -101.3, "city", "MX", admin1="Rivera", population=190_000
)
_STATE = _place("t:state", "Rivera", 21.0, -101.0, "admin1", "MX", population=6_000_000)


def _places(nlp, article_factory, places, text):
    geoparser = Geoparser(StubGazetteer([*ALL_PLACES, *places]), nlp=nlp)
    return {m.text: m.place for m in geoparser.parse(article_factory(text)).mentions}


def test_the_name_after_a_towns_comma_is_the_area_holding_it(nlp, article_factory):
    found = _places(nlp, article_factory, [_TOWN, _CAPITAL, _STATE],
                    "Gunmen killed two men in Zoquital, Rivera, on Friday.")  # fmt: skip
    assert found["Zoquital"] == _TOWN and found["Rivera"] == _STATE


@pytest.mark.parametrize(
    ("gap", "held"),
    [(", ", True), (" town, ", True), (" province, in the ", True), (" and ", False)],
    ids=["_COMMA_GAP", "_COMMA_GAP-after_a_kind", "_COMMA_GAP-after_an_area_word", "a-list"],
)
def test_a_comma_after_a_name_or_its_kind_says_the_next_name_holds_it(gap, held):
    """ "in the hinterlands of Patikul town, Sulu province": held there as after a comma."""
    from geomap.geoparse.holders import _COMMA_GAP

    assert bool(_COMMA_GAP.match(gap)) is held


@pytest.mark.parametrize(
    ("gap", "after", "listed"),
    [
        pytest.param(", in ", " and in Tlacote on Monday", True, id="in_each_listed"),
        pytest.param(", in ", ", in Tlacote and in Otumba", True, id="in_each_listed-comma"),
        pytest.param(", in the ", " region, on Monday", False, id="in_each_listed-an_area"),
        pytest.param(", ", " and in Tlacote", False, id="in_each_listed-no_in_before"),
    ],
)
def test_a_list_that_repeats_in_holds_no_name_in_the_next(gap, after, listed):
    """ "in Zoquital, in Rivera and in Tlacote": three places, not Zoquital inside Rivera."""
    from geomap.geoparse.holders import in_each_listed

    assert in_each_listed(gap, after) is listed


def test_a_neighbourhood_lies_in_the_town_heading_its_line(nlp, article_factory):
    near = _place("t:near", "Santa Zita", 20.52, -100.79, "village", "MX", population=900)
    far = _place("t:far", "Santa Zita", -17.8, -63.2, "town", "MX", population=5_000)
    text = "Zoquital: two men shot dead at the entrance of Santa Zita neighborhood"
    found = _places(nlp, article_factory, [_TOWN, near, far], text)
    assert found["Santa Zita"] == near


def test_a_village_in_a_district_lies_near_its_town(nlp, article_factory):
    """ "at Santa Zita village in Zoquital district": a namesake far away is not the one meant."""
    far = _place("t:far", "Santa Zita", 24.8, -107.4, "town", "MX", population=5_000)
    text = "Assailants killed a farmer at Santa Zita village in Zoquital district on Friday."
    found = _places(nlp, article_factory, [_TOWN, far], text)
    assert found["Santa Zita"] is None and found["Zoquital"] == _TOWN


def test_a_town_told_as_one_in_an_area_lies_in_it(nlp, article_factory):
    """ "in Santa Zita, a town in Zoquital district": `_APPOSITION_GAP`, a namesake far away."""
    far = _place("t:far", "Santa Zita", 24.8, -107.4, "town", "MX", population=5_000)
    text = (
        "Gunmen abducted 28 pupils in Santa Zita, a farming town in Zoquital district, on Friday."
    )
    found = _places(nlp, article_factory, [_TOWN, far], text)
    assert found["Santa Zita"] is None and found["Zoquital"] == _TOWN


def test_a_headline_may_drop_the_comma(nlp):
    """ "in San Fernando Tamaulipas": the second name holds the first, as after a comma."""
    from spacy.tokens import Span

    from geomap.geoparse.geoparser import _toponyms

    doc = nlp("Photos of the massacre in Zoquital Rivera")
    doc.ents = [Span(doc, 5, 6, label="GPE"), Span(doc, 6, 7, label="GPE")]
    toponyms = _toponyms(doc, {"Rivera": True}.get)
    assert [(t.text, t.container) for t in toponyms] == [("Zoquital", 1), ("Rivera", None)]


_SMALL_HERE = _place(
    "t:here", "Zoquitlán", 20.6, -100.9, "town", "MX", admin1="Rivera", population=6_000
)
_BIG_THERE = _place(
    "t:there", "Zoquitlán", 17.0, -96.7, "city", "MX", admin1="Oriente", population=900_000
)
_OTHER_STATE = _place("t:oriente", "Oriente", 17.1, -96.7, "admin1", "MX", population=4_000_000)


@pytest.mark.parametrize(
    ("state", "expected"),
    [("Rivera", _SMALL_HERE), ("Oriente", _BIG_THERE)],
    ids=["held_in_area", "held_in_area-other"],
)
def test_the_state_beside_a_town_picks_its_namesake(state, expected):
    """ "Ten dead in a shootout in Zoquitlán Rivera": the Zoquitlán of that state."""
    # a village named like the state lies beside the far namesake, as in the real index
    village = _place("t:v2", "Rivera", 17.01, -96.71, "village", "MX", admin1="Oriente")
    gazetteer = StubGazetteer([_SMALL_HERE, _BIG_THERE, _STATE, _OTHER_STATE, village])
    town, area = Toponym("Zoquitlán", 0, 9, 0, "GPE"), Toponym(state, 10, 10 + len(state), 0, "GPE")
    town.container = 1
    (_, place, _, _), _ = resolve_toponyms(gazetteer, [town, area])
    assert place == expected


def test_a_list_of_states_is_not_a_state_in_a_state():
    """ "Rivera, Oriente": a state named before another is listed, not held."""
    village = _place("t:v", "Rivera", 17.2, -96.8, "village", "MX", admin1="Oriente")
    gazetteer = StubGazetteer([_STATE, village, _OTHER_STATE])
    found, outer = gazetteer.lookup("Rivera"), gazetteer.lookup("Oriente")
    assert held_in_area(found, "Rivera", outer, "Oriente") == []


@pytest.mark.parametrize("named", [True, False], ids=["held_in_area-guess", "held_in_area-alone"])
def test_held_in_area_keeps_a_guess_with_no_country_named(named):
    """ "Zoquitla, Rivera: two men shot": a small namesake in the state named after it."""
    village = _place(
        "t:z", "Zoquitla", 17.0, -96.7, "village", "MX", admin1="Rivera", population=900
    )
    gazetteer = StubGazetteer([village, _STATE])
    guess = Toponym("Zoquitla", 0, 8, 0, "GPE", guessed=True)
    toponyms = [guess]
    if named:
        guess.container = 1
        toponyms.append(Toponym("Rivera", 10, 16, 0, "GPE", guessed=True))  # no context
    place = resolve_toponyms(gazetteer, toponyms)[0][1]
    assert (place == village) is named


@pytest.mark.parametrize(
    ("place", "held"),
    [(_SMALL_HERE, True), (_BIG_THERE, False)],
    ids=["can_hold", "can_hold-another_state"],
)
def test_can_hold(place, held):
    """ "Rivera's Zoquitlán": only a namesake in that state can be meant."""
    assert can_hold(_STATE, place) is held


_SLIPPED = _place(
    "t:slip", "Zoquitlanejo", 20.4, -100.7, "town", "MX", admin1="Rivera", population=30_000
)


@pytest.mark.parametrize(
    ("written", "container", "others", "expected"),
    [
        ("Zoquitlanjo", "Rivera", [], _SLIPPED),  # a letter left out, the state named
        ("Zoquitlanjo", "Mexico", [], _SLIPPED),  # the country named
        ("Zoquitlanjo", None, [], None),  # no container: no mending
        ("Zoquitlanjo", "Oriente", [], None),  # the close name lies in another state
        ("Zoquitlanjo", "Rivera", [_place("t:s2", "Zoquitlanijo", 20.3, -100.6, "village", "MX",
                                          admin1="Rivera")], None),  # two names that close
        ("Zoquitlanjo", "Rivera", [_place("t:s3", "Zoquitlanjo", 20.3, -100.6, "village", "MX",
                                          admin1="Rivera")], "t:s3"),  # the name itself is there
        ("Zoqit", "Rivera", [_place("t:s4", "Zoquit", 20.3, -100.6, "village", "MX",
                                    admin1="Rivera")], None),  # too short to mend
    ],
    ids=[
        "respelt_in_area",
        "respelt_in_area-country",
        "respelt_in_area-no_container",
        "respelt_in_area-other_state",
        "respelt_in_area-not_unique",
        "respelt_in_area-exact_name_there",
        "respelt_in_area-short",
    ],
)  # fmt: skip
def test_a_slip_is_mended_inside_the_area_named_beside_it(written, container, others, expected):
    """ "Five men shot dead in a bar in Zoquitlanjo, Rivera": the Zoquitlanejo of Rivera."""
    mexico = _place("c:MX", "Mexico", 23.0, -102.0, "country", "MX")
    gazetteer = StubGazetteer([_SLIPPED, _STATE, _OTHER_STATE, mexico, *others])
    town = Toponym(written, 0, len(written), 0, "GPE", guessed=True)
    toponyms = [town]
    if container:
        town.container = 1
        start = len(written) + 2
        toponyms.append(Toponym(container, start, start + len(container), 0, "GPE"))
    place = resolve_toponyms(gazetteer, toponyms)[0][1]
    assert (place.id if place and isinstance(expected, str) else place) == expected


def test_in_container_mends_a_slip_told_inside_its_area():
    """ "in Zoquitlanjo in Rivera State": told inside the state, the slip is mended there."""
    gazetteer = StubGazetteer([_SLIPPED, _STATE, _OTHER_STATE])
    town = Toponym("Zoquitlanjo", 0, 11, 0, "GPE", guessed=True)
    town.container, town.possessive = 1, True
    state = Toponym("Rivera", 15, 21, 0, "GPE")
    place = resolve_toponyms(gazetteer, [town, state])[0][1]
    assert place is not None and place.id == _SLIPPED.id


_SAADA = _place("t:saada", "Saada Governorate", 16.94, 43.76, "admin1", "YE", admin1="Saada")
_MOPTI = _place("t:mopti", "Mopti Region", 14.48, -4.18, "admin1", "ML", admin1="Mopti")


@pytest.mark.parametrize(
    ("area", "at", "admin1", "held"),
    [
        (_SAADA, (15.32, 44.31), "Sanaa", False),
        (_SAADA, (15.32, 44.31), "Şāʻdah", True),
        (_SAADA, (15.32, 44.31), "", True),
        (_MOPTI, (15.12, -1.08), "Mopti", True),  # 340 km from the region's point
        (_MOPTI, (15.12, -1.08), "Gao", False),
    ],
    ids=["_in_another_area", "the-area-spelt-otherwise", "filed-under-no-area",
         "can_hold-the_areas_own_name", "can_hold-far_and_in_another_area"],
)  # fmt: skip
def test_an_area_holds_what_is_filed_under_it_and_no_namesake_filed_elsewhere(
    area, at, admin1, held
):
    """ "the Sahar district of Saada province": a Sahar of Sanaa, 180 km off, is another place;
    "the village of Boulkessi in the Mopti region" is Mopti's, however far from its point."""
    town = _place("t:town", "Zoquit", *at, "town", area.country, admin1=admin1)
    assert can_hold(area, town) is held


def test_a_name_told_in_an_area_after_a_comma_has_no_namesake_outside(nlp, article_factory):
    """ "near Boni, in the Mopti region": a famous city a letter away abroad is no reading."""
    far = _place("t:bonn", "Zoquitan", 50.7, 7.1, "city", "DE", aliases=("Zoquita",),
                 population=300_000)  # fmt: skip
    text = "Jihadists attacked a post near Zoquita, in Rivera, on Sunday."
    found = _places(nlp, article_factory, [_STATE, far], text)
    assert found["Zoquita"] is None and found["Rivera"] == _STATE


def test_a_held_name_tells_nothing_of_the_article_s_countries(nlp, article_factory):
    """ "in Parma village of North Waziristan": Parma, Italy must not make Italy the story's."""
    text = "Militants attacked a checkpoint in Moscow village of Jenin, killing three."
    found = _places(nlp, article_factory, [], text)
    assert found["Moscow"] is None and found["Jenin"].name == "Jenin"


def test_the_city_s_part_is_in_the_town_named_before(nlp, article_factory):
    """ "shelled the city's Dniprovskyi district": Kherson's district, not a namesake in Kyiv."""
    far = _place("t:far", "Zoquitan", 50.4, 30.5, "city", "UA", population=50_000)
    text = "In Kherson, one person was killed as troops shelled the city's Zoquitan district."
    found = _places(nlp, article_factory, [far], text)
    part = next(place for name, place in found.items() if name.startswith("Zoquitan"))
    assert found["Kherson"].name == "Kherson" and part is None


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Drones struck a market in the town of Zoquita in the Rivera region on Friday.", True),
        ("Drones struck a market in the town of Zoquita in Rivera state on Friday.", True),
        ("Drones struck a market in Zoquita in Rivera on Friday.", False),
    ],
    ids=["_named_as_area", "_named_as_area-word_after", "_named_as_area-no_area_word"],
)
def test_a_name_told_in_an_area_named_with_its_word_has_no_namesake_outside(
    nlp, article_factory, text, held
):
    """ "the town of Dera in the Amhara region": a Dera of another region is another town."""
    far = _place("t:far", "Zoquita", 8.4, 38.9, "town", "MX", admin1="Oriente")
    found = _places(nlp, article_factory, [_STATE, far], text)
    assert (found["Zoquita"] is None) is held


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("A drone struck a car near Zoquita in south Mexico's Rivera state on Sunday.", True),
        ("A drone struck a car near Zoquita and Mexico's Rivera state on Sunday.", False),
    ],
    ids=["_held_in_a_possessed_place", "_held_in_a_possessed_place-a_list"],
)
def test_a_name_in_a_countrys_area_has_no_namesake_outside_it(nlp, article_factory, text, held):
    """ "near Bazouriyeh in south Lebanon's Tyre district": no Palestinian village a letter off."""
    far = _place("t:far", "Zoquita", 31.5, 35.1, "town", "PS", admin1="Hebron")
    found = _places(nlp, article_factory, [_STATE, far], text)
    assert (found["Zoquita"] is None) is held


@pytest.mark.parametrize(
    ("filed", "held"),
    [
        pytest.param("Ozamska oblast", True, id="filed_as-the_base_areas_name"),
        pytest.param("Belska oblast", False, id="filed_as-another_area"),
    ],
)
def test_a_curated_area_holds_the_towns_filed_under_its_base_name(
    nlp, article_factory, filed, held
):
    """ "in Orikhiv in Zaporizhzhia Oblast": GeoNames files the town under "Zaporizka oblast"."""
    curated = _place("cur:mx-ozama", "Ozama State", 19.0, -99.0, "admin1", "MX", admin1="Ozama")
    base = _place("adm1:MX.40", "Ozamska oblast", 19.0, -99.0, "admin1", "MX",
                  admin1="Ozamska oblast", aliases=("Ozama",))  # fmt: skip
    town = _place("gn:1", "Zoquitl", 19.3, -99.2, "city", "MX", admin1=filed)
    text = "Shelling killed two men in Zoquitl in Ozama State on Sunday."
    found = _places(nlp, article_factory, [curated, base, town], text)
    assert (found["Zoquitl"] == town) is held and found["Ozama State"] == curated


_DISTRICT = _place("t:d", "Zoquit", 21.35, -101.6, "admin2", "MX", admin1="Rivera")
_FAR_ZOQUIT = _place(
    "t:fz", "Zoquit", 17.0, -96.7, "city", "MX", admin1="Oriente", population=900_000
)


@pytest.mark.parametrize(
    ("words", "held"),
    [("district of", True), ("upazila of", True)],
    ids=["district_of_the_province", "district_of_the_province-upazila"],
)
def test_a_district_of_a_town_lies_in_the_province_named_after_it(
    nlp, article_factory, words, held
):
    """ "in Bannang Sata district of Yala": the district of Yala province, 50 km from its town."""
    text = f"Gunmen killed two men in Zoquit {words} Rivera on Friday."
    places = [_CAPITAL, _STATE, _DISTRICT, _FAR_ZOQUIT]
    found = _places(nlp, article_factory, places, text)
    assert (found["Zoquit"] == _DISTRICT) is held


def test_areas_for_containers_reads_the_name_as_written():
    """ "in Tarazá, Antioquia": the state, not the town "Antioquia" is an alias of."""
    from geomap.geoparse.containers import areas_for_containers
    from geomap.model import Candidate

    alias_town = _place(
        "t:sf", "Santa Zita de Rivera", 20.8, -101.1, "city", "MX", "Rivera", ("Rivera",), 900_000
    )
    municipality = _place("t:m", "Zoquitaz", 21.3, -101.5, "admin2", "MX", admin1="Rivera")
    inner, outer = Toponym("Zoquitaz", 0, 8, 0, "GPE"), Toponym("Rivera", 10, 16, 0, "GPE")
    inner.container = 1
    options = {1: [Candidate(alias_town, 1.0, "Rivera"), Candidate(_STATE, 0.9, "Rivera")]}
    results = {0: (municipality, 1.0, ()), 1: (alias_town, 1.0, ())}
    areas_for_containers([inner, outer], options, results)
    assert results[1][0] == _STATE


def test_area_of_a_part_reads_the_town_after_an_upazila_as_its_area(nlp, article_factory):
    """ "in Teknaf upazila of Cox's Bazar": the district, not its town 70 km from Teknaf."""
    town = _place("t:zt", "Zoquitel", 21.5, -101.7, "town", "MX", admin1="Rivera")
    text = "A shell killed two men in Zoquitel upazila of Rivera on Friday."
    found = _places(nlp, article_factory, [_CAPITAL, _STATE, town], text)
    assert found["Zoquitel"] == town
