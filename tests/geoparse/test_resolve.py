"""Resolution in context: namesakes, lists, AP states, kinds and curated entries.

Runs `resolve_toponyms` on hand-made toponyms over a stub gazetteer (no spaCy).
"""

from dataclasses import replace

import pytest

from geomap.geoparse.resolve import Toponym, known_place, resolve_toponyms

from samples import StubGazetteer
from samples import _place as sample_place


def _place(pid, name, lat, lon, ftype, country, admin1="", population=0, priority=0):
    return replace(
        sample_place(pid, name, lat, lon, ftype, country, admin1, population=population),
        priority=priority,
    )


PLACES = [
    _place("country:FR", "France", 46.6, 2.4, "country", "FR", population=67_000_000),
    _place("country:DE", "Germany", 51.0, 10.0, "country", "DE", population=83_000_000),
    _place("country:CA", "Canada", 60.0, -100.0, "country", "CA", population=38_000_000),
    _place("country:AU", "Australia", -25.0, 134.0, "country", "AU", population=25_000_000),
    _place("country:MX", "Mexico", 23.0, -102.0, "country", "MX", population=126_000_000),
    _place("mexico-mo", "Mexico", 39.17, -91.88, "town", "US", "Missouri", 11_000),
    _place("paris-fr", "Paris", 48.85, 2.35, "city", "FR", "Île-de-France", 2_100_000),
    _place("paris-tx", "Paris", 33.66, -95.56, "town", "US", "Texas", 25_000),
    _place("dallas", "Dallas", 32.78, -96.80, "city", "US", "Texas", 1_300_000),
    _place("lyon", "Lyon", 45.76, 4.83, "city", "FR", "Auvergne-Rhône-Alpes", 500_000),
    _place("adm1:in", "Indiana", 40.0, -86.1, "admin1", "US", "Indiana", 6_700_000),
    _place("hammond-in", "Hammond", 41.58, -87.50, "city", "US", "Indiana", 77_000),
    _place("hammond-la", "Hammond", 30.50, -90.46, "city", "US", "Louisiana", 100_000),
    _place("adm1:red", "Red Sea", 19.6, 37.2, "admin1", "SD", "Red Sea", 1_400_000),
    _place("cur:red-sea", "Red Sea", 20.0, 38.5, "sea", "", priority=1),
    _place("ridgefield", "Ridgefield", 41.28, -73.50, "town", "US", "Connecticut", 25_000),
    _place("wilton", "Wilton", 41.20, -73.44, "town", "US", "Connecticut", 18_000),
    _place("cur:europe", "Europe", 48.7, 9.1, "continent", "", priority=1),
    _place("europe-town", "Europe", 39.9, -75.3, "village", "US", "Pennsylvania", 600),
]


@pytest.fixture(scope="module")
def gazetteer():
    return StubGazetteer(PLACES)


def _toponyms(*names, containers=()):
    out, at = [], 0
    for index, name in enumerate(names):
        toponym = Toponym(name, at, at + len(name), 0, "GPE")
        toponym.container = dict(containers).get(index)
        out.append(toponym)
        at += len(name) + 2
    return out


def _resolved(gazetteer, toponyms):
    return [(t.text, p.id if p else None) for t, p, _, _ in resolve_toponyms(gazetteer, toponyms)]


def test_a_list_of_countries_is_not_a_chain_of_containers(gazetteer):
    # "Germany, Canada, Australia": each name looks like the container of the one before.
    toponyms = _toponyms("Germany", "Canada", "Australia", containers=[(0, 1), (1, 2)])
    assert [pid for _, pid in _resolved(gazetteer, toponyms)] == [
        "country:DE",
        "country:CA",
        "country:AU",
    ]


def test_a_town_before_an_area_is_held_there_not_listed(gazetteer):
    # "Hammond Township, Indiana": a town's name with its unit before an area is in that
    # area; with no namesake there it stays unresolved, never the namesake elsewhere.
    toponyms = _toponyms("Paris Township", "Indiana", containers=[(0, 1)])
    assert _resolved(gazetteer, toponyms) == [("Paris Township", None), ("Indiana", "adm1:in")]
    toponyms = _toponyms("Hammond Township", "Indiana", containers=[(0, 1)])
    assert dict(_resolved(gazetteer, toponyms))["Hammond Township"] == "hammond-in"


@pytest.mark.parametrize(("neighbour", "paris"), [("Dallas", "paris-tx"), ("Lyon", "paris-fr")])
def test_the_documents_other_places_pick_the_namesake(gazetteer, neighbour, paris):
    assert dict(_resolved(gazetteer, _toponyms("Paris", neighbour)))["Paris"] == paris


@pytest.mark.parametrize(
    ("names", "ridgefield"),
    [(("Ridgefield", "Mexico"), None), (("Ridgefield", "Mexico", "Wilton"), "ridgefield")],
)
def test_a_small_town_far_from_the_named_country_needs_a_neighbour(gazetteer, names, ridgefield):
    # "A Ridgefield mason, a native of Mexico": alone, a small US town in a story
    # about Mexico is a guess; beside a town of its own state it is the place meant.
    assert dict(_resolved(gazetteer, _toponyms(*names)))["Ridgefield"] == ridgefield


def test_an_ap_state_abbreviation_contains_the_town(gazetteer):
    # "HAMMOND, Ind. (AP)": the smaller Hammond, in Indiana.
    toponyms = _toponyms("HAMMOND", "Ind.", containers=[(0, 1)])
    assert _resolved(gazetteer, toponyms) == [("HAMMOND", "hammond-in"), ("Ind.", "adm1:in")]


def test_a_country_name_means_the_country(gazetteer):
    assert _resolved(gazetteer, _toponyms("Mexico")) == [("Mexico", "country:MX")]


def test_a_curated_entry_beats_a_base_area_of_the_same_name(gazetteer):
    assert _resolved(gazetteer, _toponyms("Red Sea")) == [("Red Sea", "cur:red-sea")]


class _SpellingGazetteer(StubGazetteer):
    """Finds a place under another transliteration, as the real index does."""

    def lookup(self, name, *, country=None, near=None, limit=10):
        from geomap.model import Candidate

        return [Candidate(p, 0.9, p.name) for p in self.places if p.feature_type == "city"]


@pytest.mark.parametrize(
    ("spelling", "resolved"),
    [("Al-Raqqah", "raqqa"), ("Raqa City", None)],
    ids=["folded-equal", "only-alike"],
)
def test_with_no_other_place_a_folded_spelling_resolves_a_loose_one_does_not(spelling, resolved):
    raqqa = _place("raqqa", "Ar Raqqah", 35.95, 39.01, "city", "SY", population=180_000)
    gazetteer = _SpellingGazetteer([raqqa])
    assert _resolved(gazetteer, _toponyms(spelling)) == [(spelling, resolved)]


@pytest.mark.parametrize(
    ("population", "resolved"), [(3_000, "town"), (400, None)], ids=["a-town", "a-hamlet"]
)
def test_a_guessed_name_alone_is_a_town_named_exactly(population, resolved):
    town = _place("town", "Badiraguato", 25.36, -107.55, "town", "MX", population=population)
    (toponym,) = _toponyms("Badiraguato")
    toponym.guessed = True
    assert _resolved(StubGazetteer([town]), [toponym]) == [("Badiraguato", resolved)]


def test_a_continents_adjective_is_the_continent(gazetteer):
    european = Toponym("European", 0, 8, 0, "NORP", continent="Europe")
    assert _resolved(gazetteer, [european]) == [("European", "cur:europe")]


def test_a_continent_names_no_country_the_article_is_about(gazetteer):
    # "Europe" then "Paris": the continent lends no country to the namesakes, so
    # the Texan Paris beside Dallas still wins; the continent beats its namesake village.
    found = dict(_resolved(gazetteer, _toponyms("Europe", "Paris", "Dallas")))
    assert (found["Europe"], found["Paris"]) == ("cur:europe", "paris-tx")


def test_a_continent_is_well_known_even_as_a_guess(gazetteer):
    # "the EU Aviation Strategy": the name inside an organisation is a guess,
    # and a continent, though it has no population, is a place every reader knows.
    assert known_place(gazetteer, "Europe") is True
    guessed = Toponym("Europe", 0, 6, 0, "GPE", guessed=True)
    assert _resolved(gazetteer, [guessed]) == [("Europe", "cur:europe")]


@pytest.mark.parametrize("written", ["Zoquital BC", "Zoquital Mich.", "Zoquital City"])
def test_a_town_with_its_state_or_its_kind_resolves_to_the_town(written):
    town = _place("zoq", "Zoquital", 32.5, -117.0, "city", "MX", population=90_000)
    assert _resolved(StubGazetteer([town]), _toponyms(written)) == [(written, "zoq")]


def test_an_exact_name_of_a_large_place_beats_a_spelling_a_letter_away():
    """ "Zoquitlán" is the city of that name, not a village spelled alike beside the context."""
    city = _place("city", "Zoquitlán", 24.8, -107.4, "city", "MX", population=800_000)
    alike = _place("alike", "Zoquitlen", 19.0, -97.0, "village", "MX", population=900)
    other = _place("other", "Pueblo Viejo", 19.01, -97.01, "town", "MX", population=5_000)

    class _Alike(StubGazetteer):
        def lookup(self, name, *, country=None, near=None, limit=10):
            from geomap.model import Candidate

            if name == "Zoquitlán":
                return [Candidate(city, 0.9, "Zoquitlán"), Candidate(alike, 0.95, "Zoquitlen")]
            return super().lookup(name, country=country, near=near, limit=limit)

    found = _resolved(_Alike([city, alike, other]), _toponyms("Pueblo Viejo", "Zoquitlán"))
    assert found == [("Pueblo Viejo", "other"), ("Zoquitlán", "city")]


@pytest.mark.parametrize(
    ("population", "resolved"),
    [(90_000, "town"), (9_000, None)],
    ids=["stands_alone", "stands_alone-small"],
)
def test_a_large_town_stands_alone_when_no_namesake_lies_in_the_articles_countries(
    gazetteer, population, resolved
):
    """ "Canadian-backed fighters killed in Zoquital area": Canada says nothing of Zoquital."""
    town = _place("town", "Zoquital", 36.5, 38.0, "city", "SY", population=population)
    canadian = Toponym("Canadian", 0, 8, 0, "NORP", country_code="CA")
    guess = Toponym("Zoquital", 30, 38, 0, "GPE", guessed=True)
    found = _resolved(StubGazetteer([*PLACES, town]), [canadian, guess])
    assert found == [("Canadian", "country:CA"), ("Zoquital", resolved)]


@pytest.mark.parametrize(
    ("at", "resolved"),
    [((36.5, 36.9), "town"), ((-30.0, 140.0), None)],
    ids=["_next_door", "_next_door-far"],
)
def test_a_town_named_exactly_next_door_to_the_articles_country_is_read(at, resolved):
    """ "Turkish jets return to bomb Zoquital": the actor's country borders the town's."""
    turkey = _place("country:TR", "Turkey", 39.0, 35.0, "country", "TR", population=84_000_000)
    town = _place("town", "Zoquital", *at, "town", "SY", population=30_000)
    turkish = Toponym("Turkish", 0, 7, 0, "NORP", country_code="TR")
    guess = Toponym("Zoquital", 30, 38, 0, "GPE", guessed=True)
    found = _resolved(StubGazetteer([*PLACES, turkey, town]), [turkish, guess])
    assert found == [("Turkish", "country:TR"), ("Zoquital", resolved)]


@pytest.mark.parametrize(
    ("admin_hint", "settlement_hint", "resolved"),
    [(True, False, None), (False, False, "town"), (True, True, "town")],
    ids=["local-a_district", "local-no_area_word", "local-a_town_word"],
)
def test_a_name_told_with_an_area_word_is_no_town_abroad(admin_hint, settlement_hint, resolved):
    """ "Shelling of the Zoquital district" in a Canadian story: no Syrian city of that name."""
    town = _place("town", "Zoquital", 36.5, 38.0, "city", "SY", population=90_000)
    canadian = Toponym("Canadian", 0, 8, 0, "NORP", country_code="CA")
    guess = Toponym("Zoquital", 30, 38, 0, "GPE", admin_hint, guessed=True)
    guess.settlement_hint = settlement_hint  # "Zoquital city": the town word says a town
    found = _resolved(StubGazetteer([*PLACES, town]), [canadian, guess])
    assert found == [("Canadian", "country:CA"), ("Zoquital", resolved)]


def test_a_namesake_in_the_articles_country_keeps_a_far_large_one_out(gazetteer):
    """ "Canadian police: two shot in Zoquital": the Canadian hamlet, not the far city."""
    far = _place("far", "Zoquital", 36.5, 38.0, "city", "SY", population=90_000)
    near = _place("near", "Zoquital", 50.0, -100.0, "village", "CA", population=300)
    canadian = Toponym("Canadian", 0, 8, 0, "NORP", country_code="CA")
    guess = Toponym("Zoquital", 30, 38, 0, "GPE", guessed=True)
    found = _resolved(StubGazetteer([*PLACES, far, near]), [canadian, guess])
    assert found == [("Canadian", "country:CA"), ("Zoquital", "near")]


@pytest.mark.parametrize(("home", "found"), [("PS", "town"), ("MZ", "province")])
def test_a_province_abroad_loses_to_a_namesake_in_the_articles_country(home, found):
    """_named_at_home: "Palestinians … strikes on Gaza" is not Mozambique's Gaza province."""
    province = _place("province", "Zoquital", -25.0, 33.6, "admin1", "MZ", population=1_400_000)
    town = _place("town", "Zoquital", 31.5, 34.5, "city", "PS", population=400_000)
    lands = [
        _place("country:PS", "Palestine", 31.9, 35.2, "country", "PS", population=5_000_000),
        _place("country:MZ", "Mozambique", -18.7, 35.5, "country", "MZ", population=33_000_000),
    ]
    gaz = StubGazetteer([*PLACES, province, town, *lands])
    demonym = Toponym("Palestinians", 0, 12, 0, "NORP", country_code=home)
    found_id = dict(_resolved(gaz, [demonym, Toponym("Zoquital", 30, 38, 0, "GPE")]))
    assert found_id["Zoquital"] == found


@pytest.mark.parametrize(
    ("kind", "population", "known"),
    [("admin2", 5_000, False), ("village", 5_000, None), ("town", 40_000, False)],
    ids=["an_areas_short_name", "an_old_name_of_a_village", "a_towns_other_spelling"],
)
def test_an_areas_or_a_towns_alias_is_its_own_name(kind, population, known):
    # "North Zoquital" is the short name of "North Zoquital District", or a town's
    # spelling in use; an alias of a small village is an old name, not a reporter's.
    area = replace(
        _place("adm2:nz", "North Zoquital District", 33.0, 70.0, kind, "PK", population=population),
        aliases=("North Zoquital",),
    )
    assert known_place(StubGazetteer([area]), "North Zoquital") is known


@pytest.mark.parametrize("word", ["Township", "township"])
def test_a_township_is_its_seat_town_not_the_region_of_that_name(word):
    """ "killed in Zoquital Township": the town the township is named after."""
    region = _place("adm1:zq", "Zoquital", 23.2, 94.1, "admin1", "MM", "Zoquital", 5_000_000)
    town = _place("zq-town", "Zoquital", 21.9, 96.0, "city", "MM", "Zoquital", 300_000)
    name = f"Zoquital {word}"
    found = _resolved(
        StubGazetteer([*PLACES, region, town]), [Toponym(name, 0, len(name), 0, "GPE")]
    )
    assert found == [(name, "zq-town")]


def test_an_area_word_in_the_name_picks_the_area_the_gazetteer_also_matched():
    """ "Patikul town, Sulu province": the province, not the city the lookup ranks first."""
    city = _place("jolo", "Jolo", 6.05, 121.0, "city", "PH", population=125_000)
    area = _place("adm2:sulu", "Sulu", 6.0, 121.2, "admin2", "PH", population=800_000)

    class _Loose(StubGazetteer):
        def lookup(self, name, *, country=None, near=None, limit=10):
            from geomap.model import Candidate

            if name == "Sulu province":  # a gazetteer that reads past the area word
                return [Candidate(city, 2.3, "Sulu"), Candidate(area, 1.5, "Sulu")]
            return super().lookup(name, country=country, near=near, limit=limit)

    found = _resolved(_Loose([city, area]), _toponyms("Sulu province"))
    assert found == [("Sulu province", "adm2:sulu")]


@pytest.mark.parametrize(
    ("written", "resolved"),
    [("Kan Zoqui", None), ("Chanzoqui", "city")],
    ids=["_spelt_abroad", "_spelt_abroad-exact"],
)
def test_a_large_place_abroad_spelt_only_alike_is_left_unresolved(written, resolved):
    """ "Canadian police: a jet hit Kan Zoqui village" is not the large city of Chanzoqui abroad."""
    city = _place("city", "Chanzoqui", 36.5, 38.0, "city", "SY", population=300_000)

    class _Folded(StubGazetteer):  # the two spellings fold alike ("kanzokui"), as in the index
        def lookup(self, name, *, country=None, near=None, limit=10):
            from geomap.model import Candidate

            return [Candidate(city, 2.0, city.name)] if name == written else []

    canadian = Toponym("Canadian", 0, 8, 0, "NORP", country_code="CA")
    toponym = Toponym(written, 30, 39, 0, "GPE")
    found = _resolved(_Folded([*PLACES, city]), [canadian, toponym])
    assert found == [("Canadian", "country:CA"), (written, resolved)]


@pytest.mark.parametrize(
    ("cut", "at", "resolved"),
    [(True, (36.5, 38.0), None), (False, (36.5, 38.0), "city"), (True, (52.0, -102.0), "city")],
    ids=["_cut_astray", "_cut_astray-whole_name", "_cut_astray-next_door"],
)
def test_a_cut_name_is_read_only_near_the_articles_countries(cut, at, resolved):
    """ "Gunmen raided Bajo Zoquital" in a Canadian story: not the city abroad named Zoquital."""
    city = _place("city", "Zoquital", *at, "city", "SY", population=300_000)
    canadian = Toponym("Canadian", 0, 8, 0, "NORP", country_code="CA")
    toponym = Toponym("Zoquital", 30, 38, 0, "GPE", cut=cut)
    found = _resolved(StubGazetteer([*PLACES, city]), [canadian, toponym])
    assert found == [("Canadian", "country:CA"), ("Zoquital", resolved)]


@pytest.mark.parametrize(
    ("dateline", "resolved"), [(True, None), (False, "far")], ids=["_dateline_city", "guess"]
)
def test_a_datelines_city_tells_the_articles_country(dateline, resolved):
    """ "ZOQUITAL - … in the capital's Tabasco area": a far town of that alias is not meant."""
    capital = _place("capital", "Zoquital", 50.0, -100.0, "city", "CA", population=900_000)
    far = replace(
        _place("far", "Tabasco", 36.5, 38.0, "town", "SY", population=40_000),
        aliases=("Tabasko",),
    )
    head = Toponym("ZOQUITAL", 0, 8, 0, "GPE", guessed=True, dateline=dateline)
    toponym = Toponym("Tabasko", 30, 37, 0, "GPE")
    found = _resolved(StubGazetteer([*PLACES, capital, far]), [head, toponym])
    assert found == [("ZOQUITAL", "capital"), ("Tabasko", resolved)]


def test_candidates_a_district_named_for_its_town_is_that_town_when_it_is_unlisted():
    """ "in Macomia district": the gazetteer has the town, and only another area spelt alike."""
    town = _place("zq-town", "Zoquital", -12.2, 40.1, "town", "MZ", population=20_000)
    other = _place("adm2:zoq", "Zoquitão", -29.0, -52.0, "admin2", "BR", population=9_000)

    class _Loose(StubGazetteer):
        def lookup(self, name, *, country=None, near=None, limit=10):
            from geomap.model import Candidate

            if name == "Zoquital":  # a gazetteer that also offers an area a spelling away
                return [Candidate(town, 2.1, "Zoquital"), Candidate(other, 0.9, "Zoquitão")]
            return super().lookup(name, country=country, near=near, limit=limit)

    toponym = Toponym("Zoquital", 0, 8, 0, "GPE", True)  # "Zoquital district"
    assert _resolved(_Loose([town, other]), [toponym]) == [("Zoquital", "zq-town")]
