"""Actors: every rule of `geomap.incidents.who`, by name."""

from __future__ import annotations

import pytest

from geomap.incidents.actors import UNIDENTIFIED, ActorRegistry
from geomap.incidents.what import find_triggers
from geomap.incidents.who import ACTOR1, ACTOR2, ActorContext

# (rules, sentence, trigger word, home demonym, actor); the id is the deciding rule.
RULE_CASES = [
    pytest.param(ACTOR1, "Russian forces shelled the town on Monday.", "shelled", "",
                 "Russian forces", id="agent_of_trigger"),
    pytest.param(ACTOR1, "The army shelled the market on Monday.", "shelled", "sudanese",
                 "Sudanese Armed Forces", id="agent_of_trigger-home-army"),
    pytest.param(ACTOR1, "Fighting between the army and the RSF killed 23 civilians.", "Fighting",
                 "sudanese", "Sudanese Armed Forces", id="agent_of_trigger-between_sides"),
    pytest.param(ACTOR1, "Police killed 18 people during an operation against gangs.", "killed",
                 "brazilian", "Brazilian police forces", id="agent_of_trigger-home_police"),
    pytest.param(ACTOR1, "Nine villagers were killed with machetes by ADF rebels on Friday.",
                 "killed", "", "ADF", id="agent_of_trigger-_agent_after_a_phrase"),
    pytest.param(ACTOR1, "Five Maoists were killed in an encounter with security forces.",
                 "killed", "indian", "Indian armed forces", id="other_side_of_a_fight"),
    pytest.param(ACTOR1, "Two militants killed in encounter with Army in the district", "killed",
                 "indian", "Indian armed forces", id="other_side_of_a_fight-with_on_the_verb"),
    pytest.param(ACTOR1, "Two gang members died in a shootout with the police on Monday.",
                 "died", "brazilian", "Brazilian police forces", id="other_side_of_a_fight-died"),
    pytest.param(ACTOR1, "Dozens of Israeli settlers, many of them masked, set fire to cars.",
                 "set", "", "Israeli settlers", id="named_before_trigger"),
    pytest.param(ACTOR2, "Gunmen attacked villagers near the town.", "attacked", "", "Civilians",
                 id="target_of_trigger"),
    pytest.param(ACTOR2, "Gunmen opened fire on a wedding party, killing nine guests.", "opened",
                 "", "Civilians", id="target_of_trigger-guests"),
    pytest.param(ACTOR2, "A gunman opened fire on a car, wounding two civilians.", "opened", "",
                 "Civilians", id="target_of_trigger-wounding_clause"),
    pytest.param(ACTOR2, "Gunmen opened fire on a group of foreign tourists.", "opened", "",
                 "Civilians", id="target_of_trigger-tourists"),
    pytest.param(ACTOR2, "Gunmen shot dead the mayor of the town.", "shot", "", "Civilians",
                 id="target_of_trigger-a_mayor"),
    pytest.param(ACTOR2, "ISWAP fighters killed nine soldiers in an ambush.", "killed",
                 "nigerian", "Nigerian armed forces", id="target_of_trigger-home_forces"),
    pytest.param(ACTOR1, "Insurgents linked to the Islamic State attacked a village on Friday.",
                 "attacked", "", "Islamic State", id="agent_of_trigger-linked_read_as_the_verb"),
    pytest.param(ACTOR1, "Israeli forces launched an operation in the north, with raids in Jenin.",
                 "raids", "", "Israeli forces", id="agent_of_trigger-with_raids"),
    pytest.param(ACTOR1, "Fighters of the paramilitary Rapid Support Forces shelled the camp.",
                 "shelled", "", "Rapid Support Forces", id="agent_of_trigger-named_later"),
    pytest.param(ACTOR1, "The EMC killed four soldiers in an ambush on Monday.", "killed", "",
                 "Unidentified armed group", id="unknown_group"),
    pytest.param(ACTOR1, "The Zoquital Front attacked a police post on Monday.", "attacked", "",
                 "Unidentified armed group", id="unknown_group-proper_noun"),
    pytest.param(ACTOR2, "Heavy clashes between ISWAP and Boko Haram fighters killed 30.",
                 "clashes", "", "Boko Haram (JAS)", id="target_of_trigger-between_sides"),
    pytest.param(ACTOR2, "An Israeli strike killed 36 soldiers and six members of Hezbollah.",
                 "killed", "syrian", "Syrian government forces",
                 id="target_of_trigger-first_side"),
    pytest.param(ACTOR2, "A Ukrainian drone killed two Russian soldiers and a Wagner fighter.",
                 "killed", "syrian", "Russian forces", id="target_of_trigger-first_side-demonym"),
    pytest.param(ACTOR1, "Fighting resumed on Monday between the RSF and the Sudanese army.",
                 "Fighting", "", "Rapid Support Forces", id="agent_of_trigger-between_on_the_verb"),
    pytest.param(ACTOR2, "Fighting resumed on Monday between the RSF and the Sudanese army.",
                 "Fighting", "", "Sudanese Armed Forces",
                 id="target_of_trigger-between_on_the_verb"),
    pytest.param(ACTOR2, "Heavy fighting between the RSF and the Sudanese army killed 27.",
                 "fighting", "", "Sudanese Armed Forces", id="target_of_trigger-fighting_between"),
    pytest.param(ACTOR2, "Aircraft bombed a village, killing 14 civilians, residents and the "
                 "Arakan Army said.", "killing", "", "Civilians",
                 id="target_of_trigger-_victims_only"),
    pytest.param(ACTOR2, "ELN rebels killed a soldier in an attack on a base.", "killed",
                 "colombian", "Colombian armed forces", id="target_of_trigger-one_soldier"),
    pytest.param(ACTOR2, "JNIM fighters killed four gendarmes at their post.", "killed",
                 "malian", "Malian armed forces", id="target_of_trigger-home_gendarmes"),
    pytest.param(ACTOR1, "Government forces put up a brief fight at the village.", "fight",
                 "libyan", "Libyan forces", id="agent_of_trigger-government_forces"),
    pytest.param(ACTOR2, "So far, nine NATO soldiers have died in the fighting.", "died", "",
                 "NATO forces", id="target_of_trigger-the_dead"),
    pytest.param(ACTOR1, "Al-Shabaab claimed killing five soldiers near the base.", "killing", "",
                 "Al-Shabaab", id="agent_of_trigger-the_owner_of_a_deed"),
    pytest.param(ACTOR1, "Houthi force claims killing five in the north", "killing", "",
                 "Houthi forces", id="agent_of_trigger-owner_read_as_a_noun"),
    pytest.param(ACTOR1, "The Russians warplanes bombed villages near the town.", "bombed", "",
                 "Russian forces", id="agent_of_trigger-plural_demonym"),
    pytest.param(ACTOR1, "Security forces killed five militants in a gunfight.", "killed",
                 "indian", "Indian armed forces", id="agent_of_trigger-home-security_forces"),
    pytest.param(ACTOR2, "Militants attacked a checkpost, killing five policemen.", "attacked",
                 "pakistani", "Pakistani police forces", id="target_of_trigger-home_police"),
    pytest.param(ACTOR2, "Gunmen killed two soldiers in an ambush near the river.", "killed",
                 "peruvian", "Peruvian armed forces", id="target_of_trigger-home_soldiers"),
    pytest.param(ACTOR2, "Troops raided a camp of separatists, killing four Amba boys.", "raided",
                 "cameroonian", "Ambazonian separatists",
                 id="target_of_trigger-a_named_group_after_an_unnamed_one"),
    pytest.param(ACTOR2, "Insurgents attacked the village on Monday, killing one person.",
                 "attacked", "", "Civilians", id="target_of_trigger-one_person"),
    pytest.param(ACTOR1, "Rebels shelled army positions near the town on Wednesday.",
                 "shelled", "syrian", "Syrian opposition forces",
                 id="agent_of_trigger-the_homes_rebels"),
    pytest.param(ACTOR2, "ELN guerrillas and FARC dissidents clashed in the town on Thursday.",
                 "clashed", "", "FARC dissidents", id="target_of_trigger-two_subjects_fought"),
    pytest.param(ACTOR2, "Police repelled a bandit attack on the highway, killing two of them.",
                 "attack", "nigerian", "Nigerian police forces", id="side_that_parried-repelled"),
    pytest.param(ACTOR2, "Soldiers repulsed a raid on the village on Friday.", "raid",
                 "nigerian", "Nigerian armed forces", id="side_that_parried-repulsed"),
    pytest.param(
        ACTOR1,
        "The Islamic State organization carried out the 5th \u201cstoning\u201d in the city.",
        "stoning", "", "Islamic State", id="agent_of_trigger-a_deed_carried_out",
    ),
    pytest.param(ACTOR1, "The junta's airstrike on a village killed 13 people.", "airstrike",
                 "malian", "Malian armed forces", id="agent_of_trigger-home_junta"),
    pytest.param(ACTOR1, "Russian warplanes and ships launched dozens of strikes overnight.",
                 "strikes", "", "Russian forces", id="agent_of_trigger-a_count_of_deeds"),
    pytest.param(ACTOR1, "A police station in the town came under attack on Monday night.",
                 "came", "pakistani", UNIDENTIFIED, id="unknown_group-came_under_attack"),
    pytest.param(ACTOR1, "An army convoy came under fire from Boko Haram fighters on Monday.",
                 "came", "nigerian", "Boko Haram", id="agent_of_trigger-came_under_fire_from"),
    pytest.param(ACTOR2, "An army convoy came under fire near the town on Monday.",
                 "came", "nigerian", "Nigerian armed forces",
                 id="target_of_trigger-came_under_fire"),
]  # fmt: skip


@pytest.mark.parametrize(("rules", "sentence", "word", "home", "actor"), RULE_CASES)
def test_actor_rule(request, parse, registry, rules, sentence, word, home, actor):
    trigger = next(t for t in find_triggers(parse(sentence)[:]) if t.token.text == word)
    rule, name = rules.why(ActorContext(trigger, registry, home))
    assert rule == request.node.callspec.id.split("-")[0]
    assert name == registry.match(actor).name if registry.match(actor) else name == actor


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Two Russian soldiers died in a mortar attack on the base.", "died"),
        ("Villagers fought with the Russian army in the town, killing twelve people.", "killing"),
        ("Three Russian soldiers killed in clashes near the border", "killed"),
        ("Malian troops struck a roadside bomb near the base on Monday.", "struck"),
        ("A convoy of Malian troops ran over a landmine, killing four soldiers.", "killing"),
        ("A roadside bomb targeting a Malian army patrol killed three soldiers.", "killed"),
        ("Seventy people were killed, as Russian troops said on Monday.", "killed"),
        ("Four Malian soldiers were killed when a roadside bomb struck their truck.", "struck"),
    ],
    ids=[
        "the_subject_of_die_is_a_victim",
        "the_object_of_the_first_verb_is_not_the_killer",
        "reduced_passive",
        "met_a_device",
        "met_a_device-the_clause_going_on",
        "subtree_text-a_clause_naming_the_target",
        "agent_of_trigger-a_clause_that_reports",
        "_named_before-the_victims_of_a_passive_clause_before",
    ],
)  # fmt: skip
def test_actor1_is_never_the_victim(parse, registry, sentence, word):
    trigger = next(t for t in find_triggers(parse(sentence)[:]) if t.token.text == word)
    assert ACTOR1.decide(ActorContext(trigger, registry)) is None


def test_a_relative_clauses_actor_is_its_noun_not_a_name_before_it(parse, registry):
    sentence = parse("Media in the United States say a bomber who attacked the base was a doctor.")
    trigger = next(t for t in find_triggers(sentence[:]) if t.token.text == "attacked")
    assert ACTOR1.decide(ActorContext(trigger, registry)) is None


def test_a_group_read_as_a_namesake_town_is_no_place():
    from geomap.incidents.where.mentions import group_named
    from geomap.model import Mention, Place

    registry = ActorRegistry.default()
    town = Place("gn:1", "Hamm", 51.68, 7.82, "city", "DE", population=180_000)
    country = Place("c:TR", "Turkey", 39.0, 35.0, "country", "TR")
    assert group_named(Mention("Hamas", 0, 5, 0, "GPE", place=town), registry)
    assert not group_named(Mention("Turkey", 0, 6, 0, "GPE", place=country), registry)
    assert not group_named(Mention("Hamm", 0, 4, 0, "GPE", place=town), registry)


@pytest.mark.parametrize(
    ("headline", "actor2"),
    [
        ("Separatists attack school in Kumba, 7 children killed", "Civilians"),
        ("Gunmen kill 7 children in Kumba", "Civilians"),
    ],
    ids=["_headline_passive", "_headline_passive-active_with_an_object"],
)
def test_a_headlines_past_form_without_an_object_tells_its_victims(
    parse, registry, headline, actor2
):
    trigger = next(t for t in find_triggers(parse(headline)[:], headline=True) if t.lemma == "kill")
    assert ACTOR2.decide(ActorContext(trigger, registry)) == actor2
    assert ACTOR1.decide(ActorContext(trigger, registry)) != "Civilians"


def test_a_headlines_victims_are_not_named_as_the_actor_before_it(parse, registry):
    """ "Four Malian soldiers killed in ambush": `voice.victim_subject` holds for both rules."""
    doc = parse("Four Malian soldiers killed in ambush near the border")
    trigger = next(t for t in find_triggers(doc[:], headline=True) if t.token.text == "killed")
    assert ACTOR1.decide(ActorContext(trigger, registry, "malian")) is None


def test_a_participle_is_not_named_by_the_words_before_it(parse, registry):
    """ "Russian troops advanced as shells fired from the river hit the town"."""
    doc = parse("Russian troops advanced as shells fired from the river hit the town.")
    fired = next(t for t in find_triggers(doc[:]) if t.token.text == "fired")
    assert ACTOR1.decide(ActorContext(fired, registry, "")) is None


@pytest.mark.parametrize("word", ["bombing", "killed"], ids=["the_event_noun", "its_verb"])
def test_an_events_place_names_no_attacker(parse, registry, word):
    """ "A suicide car bombing at a military checkpoint killed seven": the army was hit."""
    sentence = "A suicide car bombing at a military checkpoint in the town killed seven people."
    trigger = next(t for t in find_triggers(parse(sentence)[:]) if t.token.text == word)
    assert ACTOR1.decide(ActorContext(trigger, registry, "somali")) is None


@pytest.mark.parametrize(
    ("sentence", "home", "actor2"),
    [
        pytest.param("Hezbollah fired rockets at an army base in Safed on Tuesday.", "israeli",
                     "Israeli forces", id="_home_of_target-a_base_abroad"),
        pytest.param("Hezbollah attacked a military post in Safed, wounding two soldiers.",
                     "israeli", "Israeli forces", id="_home_of_target-the_object"),
        pytest.param("Hezbollah fired rockets at an army base in Safed on Tuesday.", "",
                     "Lebanese armed forces", id="_home_of_target-no_place_known"),
    ],
)  # fmt: skip
def test_the_army_of_a_target_is_its_places(parse, token_of, registry, sentence, home, actor2):
    """ "an army base in Safed" in a Lebanese story: Israel's army, the base's country's."""
    doc = parse(sentence)
    trigger = next(t for t in find_triggers(doc[:]) if t.lemma in ("fire", "attack"))
    places = {token_of(doc, "Safed").i: home} if home else {}
    context = ActorContext(trigger, registry, "lebanese", "Hezbollah", places)
    assert ACTOR2.decide(context) == registry.match(actor2).name


@pytest.mark.parametrize(
    ("sentence", "word", "actor2"),
    [
        pytest.param("Four people were shot dead on Tuesday night when armed men broke into a "
                     "house in the town.", "shot", "Civilians", id="_aimed_at-not_a_time"),
        pytest.param("Gunmen opened fire on villagers on Tuesday.", "opened", "Civilians",
                     id="_aimed_at-a_target"),
    ],
)  # fmt: skip
def test_a_time_is_never_the_target(parse, registry, sentence, word, actor2):
    """ "on Tuesday night when armed men broke in": the night holds the gunmen, not the victims."""
    trigger = next(t for t in find_triggers(parse(sentence)[:]) if t.token.text == word)
    assert ACTOR2.decide(ActorContext(trigger, registry)) == actor2


@pytest.mark.parametrize(
    ("sentence", "word", "home", "actor"),
    [
        pytest.param("IS militants attacked a police checkpoint near the town on Tuesday.",
                     "attacked", "iraqi", "Islamic State", id="passive_auxiliary-name_read_as_is"),
        pytest.param("IS militants stormed a checkpoint near the town, killing two policemen.",
                     "killing", "iraqi", "Islamic State",
                     id="subject_with_its_name-the_clause_going_on"),
        pytest.param("The Russians shelled the riverside town overnight.", "shelled", "ukrainian",
                     "Russian forces", id="people_at_war"),
        pytest.param("The Khawarij attacked an army base near the town on Monday.", "attacked",
                     "somali", "Al-Shabaab", id="local_alias-a_somali_story"),
        pytest.param("Six khwarij attacked an army base near the town on Monday.", "attacked",
                     "pakistani", "Tehrik-i-Taliban Pakistan (TTP)",
                     id="local_alias-a_pakistani_story"),
    ],
)  # fmt: skip
def test_the_attacker_in_a_sides_own_words(parse, registry, sentence, word, home, actor):
    """Names a side's communiqués use: "IS", "the Russians", "the Khawarij"."""
    trigger = next(t for t in find_triggers(parse(sentence)[:]) if t.token.text == word)
    assert ACTOR1.decide(ActorContext(trigger, registry, home)) == actor
