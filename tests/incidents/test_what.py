"""Triggers and ACLED types: every rule of `geomap.incidents.what`, by name."""

from __future__ import annotations

import pytest

from geomap.incidents import reported
from geomap.incidents.lexicon import NOUN_TRIGGERS, VERB_TRIGGERS, accident, violent_context
from geomap.incidents.what import (
    EVENTIVE,
    NOT_REPORTED,
    Trigger,
    classify_event,
    find_triggers,
)
from geomap.vocab import EventType, SubEventType


def _trigger(token):
    word = token.lemma_.lower()
    table = NOUN_TRIGGERS if token.pos_ == "NOUN" else VERB_TRIGGERS
    event_type, sub_type = table.get(word) or table.get(token.lower_)
    return Trigger(token, event_type, sub_type, token.pos_ == "NOUN")


# (sentence, trigger word, answer); the id is the rule that must decide.
NOT_REPORTED_CASES = [
    pytest.param("It is not the first time the town has been shelled.", "shelled", True,
                 id="generic_statement"),
    pytest.param("The region has seen a wave of raids on villages.", "raids", True,
                 id="trend_without_day"),
    pytest.param("The governor said his programmes had reduced homicides in the state.",
                 "homicides", True, id="changed_rate"),
    pytest.param("The rebels have killed thousands of civilians over the past decade.", "killed",
                 True, id="generic_statement-over_the_past_decade"),
    pytest.param("The conflict, which broke out in May last year, has killed 9,000 people.",
                 "killed", True, id="generic_statement-a_war_s_toll"),
    pytest.param("More than 3,600 people have been killed in the country in the first half of "
                 "the year.", "killed", True, id="generic_statement-a_periods_toll"),
    pytest.param("Some 2,000 soldiers have since been killed in the region, the monitor says.",
                 "killed", True, id="generic_statement-have_since_been_killed"),
    pytest.param("Earlier this year, the same group attacked a police post in the town.",
                 "attacked", True, id="generic_statement-earlier_this_year"),
    pytest.param("Rescuers searched the bombed building.", "bombed", True,
                 id="describing_participle"),
    pytest.param("Figures issued by the ministry show 367 people were killed in March.",
                 "killed", True, id="statistics"),
    pytest.param("Nine reporters have been killed in the country this year, and 16 were killed "
                 "in 2010.", "killed", True, id="statistics-a_year_tally"),
    pytest.param("The country recorded nearly 7,500 killings last year.", "killings", True,
                 id="statistics-killings_last_year"),
    pytest.param("The siege, which killed more than 3,000 people in the city over the past "
                 "year, goes on.", "killed", True, id="generic_statement-over_the_past_year"),
    pytest.param("Troops hunted the militants, who have killed civilians in two towns in recent "
                 "weeks.", "killed", True, id="generic_statement-in_recent_weeks"),
    pytest.param("Since 20 October, raids on villages in the state have killed hundreds.",
                 "killed", True, id="generic_statement-since_a_day_of_a_month"),
    pytest.param("A man was killed during clashes between football fans.", "killed", True,
                 id="crowd_violence"),
    pytest.param("A man convicted of murder was hanged in prison on Thursday, the judiciary "
                 "said.", "hanged", True, id="judicial_execution"),
    pytest.param("Iran executed a man sentenced to death for spying.", "executed", True,
                 id="judicial_execution-by_a_state"),
    pytest.param("Soldiers opened fire on protesters in the city, killing 12.", "killing", True,
                 id="crowd_violence-the_crowd_in_the_clause_above"),
    pytest.param("Police defused a bomb outside the station.", "bomb", True,
                 id="projectile_not_acting"),
    pytest.param("Three others were killed in separate, unrelated incidents in the south.",
                 "killed", True, id="separate_incidents"),
    pytest.param("Troops were mobilised in anticipation of rioting in the north.", "rioting",
                 True, id="feared_event"),
    pytest.param("Police foiled a kidnapping attempt on the highway on Saturday.", "kidnapping",
                 True, id="foiled_event"),
    pytest.param("An attack on the base was thwarted by troops on Monday.", "attack", True,
                 id="foiled_event-passive"),
    pytest.param("A report says recent attacks on villages displaced thousands.", "attacks",
                 True, id="vague_recent_events"),
]  # fmt: skip
EVENTIVE_CASES = [
    pytest.param("Deadly ambush near the border.", "ambush", True, id="verbless_headline"),
    pytest.param("Police did not say how the man was killed.", "killed", False,
                 id="negated_clause"),
    pytest.param("Officials said militants could attack the convoy.", "attack", False,
                 id="modal_clause"),
    pytest.param("On 7 May 2020, militants ambushed a convoy near the town.", "ambushed", True,
                 id="past_tense-the_month_may"),
    pytest.param("The group vowed to strike the capital.", "strike", False, id="intention"),
    pytest.param("Gunmen killed four farmers.", "killed", True, id="past_tense"),
    pytest.param("Kurdish force claims killing five soldiers in the north", "killing", True,
                 id="owned_deed"),
    pytest.param("Jets used cluster munitions to strike a village.", "strike", True,
                 id="means_used"),
    pytest.param("The raids targeted launchers used by the group to attack ships.", "attack",
                 False, id="present_commentary-what_a_means_is_for"),
    pytest.param("Jets struck depots that the militia used to attack ships.", "attack",
                 False, id="present_commentary-what_a_means_was_for"),
    pytest.param("Three people were wounded by shelling the market.", "shelling", True,
                 id="toll_by_gerund"),
    pytest.param("Injuries in the fall of a mortar round in the south and casualties in "
                 "targeting villages of the plain", "targeting", True,
                 id="toll_by_gerund-hung_higher"),
    pytest.param("He was known for targeting journalists.", "targeting", False,
                 id="continuing_participle-no_toll"),
    pytest.param("A missile hit the station, killing six people.", "killing", True,
                 id="continuing_participle"),
    pytest.param("Analysts say the strikes target supply lines.", "target", False,
                 id="present_commentary"),
    pytest.param("A rights group accused soldiers of executing four farmers on Monday.",
                 "executing", True, id="deed_alleged"),
    pytest.param("Troops carried out an operation in the camp, involving drone strikes.",
                 "strikes", True, id="means_involved"),
    pytest.param("Plans involving drone strikes are under study.", "strikes", False,
                 id="continuing_participle-plans_involving"),
]  # fmt: skip


def test_generic_statement_a_superlative_measured_since_a_habit_is_one_event(parse, token_of):
    """ "the deadliest strikes since the US stepped up its campaign": not a habit."""
    sentence = ("Strikes on the port killed 80 people on Thursday, the deadliest since the "
                "navy stepped up its campaign.")  # fmt: skip
    token = token_of(parse(sentence), "killed")
    assert NOT_REPORTED.why(token) is None


def test_judicial_execution_an_armed_groups_execution_is_an_attack(parse, token_of):
    sentence = "Militants executed a man their court had convicted of spying."
    token = token_of(parse(sentence), "executed")
    assert NOT_REPORTED.why(token) is None


def test_crowd_violence_a_crowd_in_a_clause_aside_is_another_moment(parse, token_of):
    sentence = "Gunmen killed five villagers on Thursday, a day after protesters blocked the road."
    token = token_of(parse(sentence), "killed")
    assert NOT_REPORTED.why(token) is None
    assert [t.token.i for t in find_triggers(token.doc[:])] == [token.i]


@pytest.mark.parametrize(("sentence", "word", "answer"), NOT_REPORTED_CASES)
def test_not_reported_rule(request, parse, token_of, sentence, word, answer):
    token = token_of(parse(sentence), word)
    rule = request.node.callspec.id.split("-")[0]
    assert NOT_REPORTED.why(token) == (rule, answer)
    assert not any(t.token.i == token.i for t in find_triggers(token.doc[:]))


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        pytest.param("Militants attacked the checkpoint after a series of raids on the town.",
                     "attacked", id="trend_without_day-in_another_clause"),
        pytest.param("Sporadic clashes in the northern countryside leave five fighters dead",
                     "clashes", id="vague_recent_events-sporadic_with_a_toll"),
    ],
)  # fmt: skip
def test_a_series_or_sporadic_fighting_beside_a_told_event_is_reported(
    request, parse, token_of, sentence, word
):
    token = token_of(parse(sentence), word)
    rule = request.node.callspec.id.split("-")[0]
    assert getattr(reported, rule)(token) is None
    assert any(t.token.i == token.i for t in find_triggers(token.doc[:], headline=True))


@pytest.mark.parametrize(
    ("sentence", "word", "answer"),
    [
        ("Shelling on the port kills 4 people and raises the number of people killed "
         "since the beginning of the siege to 90", "Shelling", True),
        ("Since April 23, the army has conducted four strikes in the valley, killing 10 fighters.",
         "killing", False),
        ("The town has been shelled since the start of the war.", "shelled", False),
        pytest.param("At least 900 people have died in the region since the fighting started.",
                     "died", False, id="counted_since"),
        pytest.param("Since the insurgency began, 12,000 soldiers have been killed in the north.",
                     "killed", False, id="counted_since-clause_first"),
        pytest.param("Gunmen killed four villagers on Monday, the first attack since the truce "
                     "began.", "killed", True, id="counted_since-no_perfect"),
    ],
)  # fmt: skip
def test_a_running_toll_in_a_clause_of_its_own_is_not_the_event_generic(
    parse, token_of, sentence, word, answer
):
    token = token_of(parse(sentence), word)
    assert (NOT_REPORTED.why(token) is None) is answer
    headline = not sentence.endswith(".")
    assert (
        any(t.token.i == token.i for t in find_triggers(token.doc[:], headline=headline)) is answer
    )


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Five hurt in shells hitting houses in the old quarter", "shells"),
        ("Two hurt in the fall of a mortar shell on the market", "shell"),
    ],
)
def test_a_projectile_that_acts_or_lands_is_an_event(parse, token_of, sentence, word):
    token = token_of(parse(sentence), word)
    assert NOT_REPORTED.why(token) is None
    assert any(t.token.i == token.i for t in find_triggers(token.doc[:], headline=True))


@pytest.mark.parametrize(
    ("headline", "word"),
    [
        ("The group carries out the fifth stoning in the city square", "stoning"),
        ("Militia infighting spreads fear in the border town", "infighting"),
        ("Government troops achieve advancement on two hills east of the river", "advancement"),
    ],
)
def test_event_nouns_of_conflict_reporting(parse, token_of, headline, word):
    token = token_of(parse(headline), word)
    assert any(t.token.i == token.i for t in find_triggers(token.doc[:], headline=True))


@pytest.mark.parametrize(("sentence", "word", "answer"), EVENTIVE_CASES)
def test_eventive_rule(request, parse, token_of, sentence, word, answer):
    token = token_of(parse(sentence), word)
    rule = request.node.callspec.id.split("-")[0]
    assert EVENTIVE.why(_trigger(token)) == (rule, answer)
    assert any(t.token.i == token.i for t in find_triggers(token.doc[:])) is answer


HEADLINES = [
    pytest.param("Gunmen kill 12 villagers in night raid", "kill", True, id="headline_present"),
    pytest.param("Nightclub attack leaves 6 dead", "attack", True, id="headline_present-noun"),
    pytest.param("Army to attack rebel stronghold", "attack", False,
                 id="headline_present-announcement"),
    pytest.param("They continue to dump human remains in the canal", "dump", True,
                 id="headline_present-aspect"),
    pytest.param("Warplanes return to bomb the villages after a week's pause", "bomb", True,
                 id="headline_present-aspect_clause"),
    pytest.param("Helicopters continue shelling the southern countryside", "shelling", True,
                 id="headline_present-aspect_gerund"),
    pytest.param("Executing a man and his wife in the eastern countryside", "Executing", True,
                 id="headline_present-gerund_names_the_event"),
    pytest.param("Continuous clashes are taking place in the city and its surroundings",
                 "clashes", True, id="headline_present-progressive"),
    pytest.param("Blowing up a bridge near the old market kill about 20 soldiers", "kill", True,
                 id="headline_present-clause_for_subject"),
]  # fmt: skip


@pytest.mark.parametrize(("headline", "word", "answer"), HEADLINES)
def test_headline_tells_past_events_in_the_present(parse, token_of, headline, word, answer):
    doc = parse(headline)
    token = token_of(doc, word)
    assert any(t.token.i == token.i for t in find_triggers(doc[:], headline=True)) is answer
    assert not any(t.token.i == token.i for t in find_triggers(doc[:]))  # in a body: commentary


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Intensive bombing causes nine casualties in the city", "bombing"),
        ("Seventeen dead and dozens wounded in shelling on the market", "shelling"),
        ("Shelling on the capital and its suburbs wounds 13 people", "Shelling"),
        ("Bombing the countryside of the city causes casualties", "Bombing"),
        ("More than 40 casualties and injuries in the old quarter", "casualties"),
        ("Human losses in the eastern countryside", "losses"),
    ],
)
def test_an_ing_event_word_parsed_as_a_verb_is_an_event_noun(parse, sentence, word):
    triggers = find_triggers(parse(sentence)[:], headline=True)
    events = [(t.token.text, t.is_noun) for t in triggers if t.token.pos_ != "NUM"]
    assert events == [(word, True)]  # (a headline's toll, "Seventeen dead", is its own trigger)


def test_a_gerund_with_an_object_stays_a_verb(parse):
    triggers = find_triggers(parse("Troops withdrew after shelling the town for a week.")[:])
    assert all(not t.is_noun for t in triggers)


@pytest.mark.parametrize(
    ("sentence", "word", "types"),
    [
        ("Warplanes attacked the convoy.", "attacked",
         (EventType.EXPLOSIONS, SubEventType.AIR_STRIKE)),
        ("A roadside bomb killed two soldiers.", "killed",
         (EventType.EXPLOSIONS, SubEventType.REMOTE_EXPLOSIVE)),
        ("Troops clashed with rebels despite drones overhead.", "clashed",
         (EventType.BATTLES, SubEventType.ARMED_CLASH)),
        ("Gunmen abducted two traders after mortars fell.", "abducted",
         (EventType.CIVILIANS, SubEventType.ABDUCTION)),
        ("The enemy carried out eight assaults, supported by artillery.", "assaults",
         (EventType.BATTLES, SubEventType.ARMED_CLASH)),
        ("The air force struck the depot, killing four.", "killing",
         (EventType.EXPLOSIONS, SubEventType.AIR_STRIKE)),
        ("Rebels attacked an Air Force convoy, killing four.", "killing",
         (EventType.CIVILIANS, SubEventType.ATTACK)),  # the target's service is no means
        ("A suicide car bombing at a checkpoint killed seven.", "killed",
         (EventType.EXPLOSIONS, SubEventType.SUICIDE_BOMB)),
        ("A glide bomb struck an apartment building, killing two.", "killing",
         (EventType.EXPLOSIONS, SubEventType.AIR_STRIKE)),  # dropped from the air
    ],
)  # fmt: skip
def test_classify_event_by_means(parse, token_of, sentence, word, types):
    assert classify_event(_trigger(token_of(parse(sentence), word)), sentence) == types


@pytest.mark.parametrize(
    ("text", "violent", "is_accident"),
    [
        ("A drone crashed into a house in the city.", True, False),
        ("Two soldiers died in a road accident.", True, True),
        ("A hit-and-run driver killed a cyclist near the market.", False, True),
        ("Hit-and-run clash between militants near the market", True, False),
        ("Police said the man drowned.", True, True),
        ("The jackpot was hit in Florida.", False, False),
        pytest.param(
            "Mortar rounds crashed into the camp at dawn, killing six.",
            True,
            False,
            id="accident-projectiles_crashed",
        ),
    ],
)
def test_violence_and_accidents_share_one_weapon_list(text, violent, is_accident):
    assert accident(text) is is_accident
    assert violent_context(text) is (violent and not is_accident)


def test_a_superlative_since_tells_one_event(parse):
    sentence = (
        "The most violent clashes since the start of the truce erupted in the city on Monday."
    )
    assert [t.token.text for t in find_triggers(parse(sentence)[:])] == ["clashes"]
    trend = "Clashes have erupted in the city since the start of the truce."
    assert find_triggers(parse(trend)[:]) == []
