import pytest

from geomap.incidents.counts import NOT_A_COUNT, parse_number
from geomap.incidents.how_many import fatalities_in


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
        ("Raiders hacked 14 villagers to death with machetes.", 14),
        ("Insurgents beheaded 15 villagers near the river.", 15),
        ("At least 12 people were killed in the attack.", 12),
        ("Three policemen were martyred in the attack.", 3),
        ("Shelling killed four civilians and wounded 20 others.", 4),
        ("Twenty people were wounded in the blast.", None),
        ("Reporters condemned the killing of one journalist in the province.", 1),
        ("The assault caused zero casualties.", 0),
        ("There were no casualties, officials said.", 0),
        ("No one was killed, police said.", 0),
        ("Drones struck the depot, killing no one but wounding two guards.", 0),  # not "one"
        ("The rocket killed nobody, the army said.", 0),
        pytest.param(
            "A rocket hit the town; the army reported no injuries.", 0, id="_ZERO-injuries"
        ),
        pytest.param(
            "Three men were found dead in a ravine on Monday.", 3, id="_TELLING-found_dead"
        ),
        pytest.param(
            "Agency - Eleven fighters were killed in clashes.", 11, id="_tens_of-a_credit"
        ),
        pytest.param("The monitor put the death toll at 52.", 52, id="toll_put_at"),
        pytest.param("The number of deaths from the attack rose to 40.", 40, id="number_of_dead"),
        ("The convoy came under fire.", None),
        ("A general had been killed on Sunday.", 1),
        ("The death toll rose to 31.", 31),
        ("Sinaloa: 3 killed in a bar, 2 wounded", 3),  # a headline's count heads its verb
        ("Forty-five people were killed at the market.", 45),  # tokenized "Forty", "-", "five"
        ("The bombing killed seven guards and a translator.", 8),  # victims after "and"
        ("The strike killed two soldiers and the driver.", 2),  # "the driver": no count
        ("Gunmen shot dead a village chief and his two sons.", 3),  # the one before "and"
        ("The ambush on the mayor killed his driver and two bodyguards.", 3),  # "his driver"
        ("Gunmen killed a local councillor and his wife at their home.", 2),  # "his wife"
        ("Gunmen killed a farmer and injured his wife.", 1),
        pytest.param(
            "A suicide bomber killed the provincial police chief, his deputy and three guards.",
            5,
            id="_conjoined_victims-every_conjunct",
        ),
        pytest.param(
            "The strike killed a commander and two of his aides.", 3, id="_persons-a_number_alone"
        ),
        pytest.param(
            "The blast killed five people, three soldiers and two civilians.",
            5,
            id="_conjoined_victims-a_breakdown",
        ),
        ("Gunmen fired on tourists, killing three Spanish nationals and three Afghans.", 6),
        ("Israeli fire killed four Palestinians and two Israelis.", 6),  # demonyms as nouns
        # the people after the victims are the sources of a reporting verb
        ("Jets hit a fair, killing 9 traders, two farmers and a nurse told us.", 9),
        # _in_turn: each clause's dead
        ("Two soldiers were martyred and three terrorists killed in a gunfight.", 5),
        ("Four policemen died and two attackers were shot dead in the raid.", 6),
        ("Three soldiers were killed and two were wounded.", 3),
        ("Unknown gunmen shot dead a trader at the market.", 1),  # singular_victim, shot dead
        ("Later that day, shelling killed another civilian nearby.", 1),  # one more victim
        ("Gunmen shot a trader at the market.", None),
        ("Among the dead were nine members of one family.", 9),  # _among_the_dead
        ("Among those killed were two journalists.", 2),
        ("Those killed in the raid included three police officers.", 3),
        ("Among the wounded were two children.", None),
        # a count with its own wound participle counts the wounded (_is_death_count)
        (
            "One man was killed and 20 others injured in a clash between rival supporters on "
            "Monday.",
            1,
        ),
        ("Five killed, 20 injured in blast", 5),
        pytest.param("Gunmen stopped a trader near the market, killing him.", 1,
                     id="one_pronoun"),
        pytest.param("A guard was shot dead by two men on a motorcycle.", 1,
                     id="_the_killers"),
        pytest.param("The raid led to the martyrdom of four people.", 4,
                     id="DEATH_WORDS-martyrdom"),
        pytest.param("Troops repelled the assault, killing 14 rebels, while 3 soldiers were "
                     "martyred.", 17, id="_in_turn_with-while"),
        pytest.param("Mayor Juan Ruiz and four other people were killed in the ambush.", 5,
                     id="_persons-a_persons_name"),
    ],
)  # fmt: skip
def test_fatalities_in(nlp, sentence, expected):
    assert fatalities_in(nlp(sentence)) == expected


# (sentence, number word, toll of the sentence); the id is the rule that rejects the number.
NOT_A_COUNT_CASES = [
    pytest.param("A drone hit a house, killing two.", "A", 2, id="indefinite_article"),
    pytest.param("A 64-year-old man was shot dead.", "64", 1, id="an_age"),
    pytest.param("A man was killed around 5 p.m. in the market.", "5", 1, id="a_time_of_day"),
    pytest.param("In 2003, a horse was killed in the town.", "2003", 1, id="a_year"),
    pytest.param("The convoy was hit about 55 kilometres from the town, killing two.", "55", 2,
                 id="a_measure"),
    pytest.param("12 Hour Kherson Terror Leaves 11 Dead", "12", 11, id="a_measure-unit_after"),
    pytest.param('Three men were shot dead with "El 20" at a bar.', "20", 3, id="a_quoted_name"),
    pytest.param("A drone hit the Tower 22 outpost in Jordan, killing three soldiers.", "22", 3,
                 id="a_place_name"),
    pytest.param("A strike on a clinic killed two, part of a barrage that killed 41 in the land.",
                 "41", 2, id="a_whole_s_toll"),
    pytest.param("A guard was shot dead on Friday night (14) in Santos.", "14", 1,
                 id="a_day_in_brackets"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "word", "toll"), NOT_A_COUNT_CASES)
def test_not_a_count_rule(request, parse, token_of, sentence, word, toll):
    doc = parse(sentence)
    assert NOT_A_COUNT.why(token_of(doc, word)) == (request.node.callspec.id.split("-")[0], True)
    assert fatalities_in(doc) == toll


@pytest.mark.parametrize(
    ("sentence", "tolls"),
    [
        pytest.param("Shelling killed five people in Kherson and two in Kharkiv on Monday.",
                     {"Kherson": 5, "Kharkiv": 2}, id="own_count"),
        pytest.param("Shelling killed five people in Kherson and Kharkiv on Monday.",
                     {"Kherson": 3, "Kharkiv": 2}, id="own_count-one_count_shared"),
        pytest.param("Missiles struck depots overnight, cutting power in Kherson and killing one "
                     "person in Kharkiv.", {"Kherson": None, "Kharkiv": 1},
                     id="own_count-the_verbs_object_in_one_place"),
    ],
)  # fmt: skip
def test_a_toll_told_place_by_place(run_extract, sentence, tolls):
    incidents, _ = run_extract(sentence)
    assert {i.place.name: i.fatalities for i in incidents} == tolls


def test_a_year_a_bare_number_the_ner_took_for_a_date_is_the_killings_toll(parse):
    """ "Strike kills 18, medics say": the small model tags "18" a DATE."""
    from spacy.tokens import Doc

    words = ["Strike", "kills", "18", ",", "medics", "say"]
    doc = Doc(parse.vocab, words=words, heads=[1, 5, 1, 5, 5, 5],
              deps=["nsubj", "ccomp", "dobj", "punct", "nsubj", "ROOT"],
              pos=["NOUN", "VERB", "NUM", "PUNCT", "NOUN", "VERB"],
              tags=["NN", "VBZ", "CD", ",", "NNS", "VBP"],
              lemmas=["strike", "kill", "18", ",", "medic", "say"],
              ents=["O", "O", "B-DATE", "O", "O", "O"])  # fmt: skip
    assert NOT_A_COUNT.why(doc[2]) is None
    assert fatalities_in(doc) == 18
