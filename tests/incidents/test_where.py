"""Roles of places: every rule of `geomap.incidents.where`, one case at least, by name."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from geomap.incidents.where import ROLE_RULES, MentionContext, mention_role
from geomap.vocab import Role

# (sentence, place name, feature type, role); the id is the rule that must decide.
RULE_CASES = [
    pytest.param("Smoke rises over Gaza City. Photo: AFP", "Gaza", "city", Role.CAPTION,
                 id="in_caption"),
    pytest.param("The Britain-based monitor reported the deaths.", "Britain", "country",
                 Role.ORIGIN, id="origin_affix"),
    pytest.param("Soldiers killed four fighters, according to a military source in Bamenda.",
                 "Bamenda", "city", Role.ORIGIN, id="source_in"),
    pytest.param("Gunmen killed five people on Monday, a local source in Ndop said.", "Ndop",
                 "town", Role.INCIDENT, id="locative_preposition-a_local_source"),
    pytest.param("Jihadists launched an attack against the army camp of Djibo.", "Djibo", "town",
                 Role.INCIDENT, id="attacked_against"),
    pytest.param("Tehran-backed militias fired drones at the base.", "Tehran", "city",
                 Role.AFFILIATION, id="affiliation_affix"),
    pytest.param("Iranian drones struck the port.", "Iranian", "", Role.AFFILIATION, id="demonym"),
    pytest.param("Shells fell on Mogadishu's Lido Beach.", "Mogadishu", "city", Role.INCIDENT,
                 id="possessive_container"),
    pytest.param("Jets struck the Red Sea port of Hodeidah.", "Red Sea", "sea", Role.CONTEXT,
                 id="water_descriptor"),
    pytest.param("A drone strike blamed on Turkey killed two fighters near the city.", "Turkey",
                 "country", Role.ACTOR, id="blamed_on"),
    pytest.param("Russia's defence ministry said the drones were downed.", "Russia", "country",
                 Role.AFFILIATION, id="possessive_owner"),
    pytest.param("Militants attacked a post in Dera Ismail Khan's Kulachi tehsil.",
                 "Dera Ismail Khan", "city", Role.INCIDENT, id="possessive_phrase-a_part_s_kind"),
    pytest.param("US troops were deployed to the area.", "US", "country", Role.AFFILIATION,
                 id="nationality_modifier"),
    pytest.param("Kherson officials reported the strike.", "Kherson", "city", Role.ACTOR,
                 id="name_modifier"),
    pytest.param("Gunmen shoot and kill Kherson shopkeeper", "Kherson", "city", Role.INCIDENT,
                 id="target_modifier"),
    pytest.param("Drones struck a Kherson power plant overnight.", "Kherson", "city",
                 Role.INCIDENT, id="target_modifier-facility"),
    pytest.param("Three fighters killed in Kherson airstrike", "Kherson", "city", Role.INCIDENT,
                 id="event_modifier"),
    pytest.param("The Kherson shooting preceded another one in Dnipro.", "Kherson", "city",
                 Role.ACTOR, id="name_modifier-definite_event_recalled"),
    pytest.param("Gunmen shot four men in a Kherson bar on Friday.", "Kherson", "city",
                 Role.INCIDENT, id="locative_preposition-place_before_noun"),
    pytest.param("Gunmen shot two traders near the town hall of Kherson.", "Kherson", "city",
                 Role.NEAR, id="near_preposition-noun_of_place"),
    pytest.param("In the Kherson direction, drones struck positions near Oleshky.", "Kherson",
                 "city", Role.ACTOR, id="name_modifier-front_axis"),
    pytest.param("Shooting in Ciudad Serdán leaves two dead", "Ciudad Serdán", "town",
                 Role.INCIDENT, id="after_locative_word"),
    pytest.param("JNIM fighters attacked Djibo at dawn.", "Djibo", "town", Role.INCIDENT,
                 id="after_attack_verb"),
    pytest.param("Damascus denounced the strikes.", "Damascus", "city", Role.ACTOR, id="subject"),
    pytest.param("A statement issued by Washington condemned the attack.", "Washington", "city",
                 Role.ACTOR, id="agent"),
    pytest.param("The monitor, based in London, counted the dead.", "London", "city",
                 Role.ORIGIN, id="based_in"),
    pytest.param("Gunmen attacked a settlement about 10 km from Baga.", "Baga", "town",
                 Role.NEAR, id="distance_from"),
    pytest.param("Gunmen killed seven farmers near Kidal, about 35 kilometres from Gao.", "Gao",
                 "town", Role.CONTEXT, id="distance_from-a_landmark"),
    pytest.param("The convoy was travelling from Gao towards Kidal when it was ambushed.", "Gao",
                 "town", Role.CONTEXT, id="route"),
    pytest.param("Militants fired mortars from positions near Gao at the army camp.", "Gao",
                 "town", Role.CONTEXT, id="route-an_origin_near_a_place"),
    pytest.param("The rocket was launched from an area north of Gao, the army said.", "Gao",
                 "town", Role.CONTEXT, id="route-an_origin_north_of_a_place"),
    pytest.param("The rocket was launched from an area north of Gao in southern Mali, officials "
                 "said.", "Mali", "country", Role.CONTEXT, id="route-an_origin_s_country"),
    pytest.param("A rocket was fired from the hills toward the town of Kidal on Monday.", "Kidal",
                 "town", Role.NEAR, id="route-a_projectile_aimed_at_a_place"),
    pytest.param("Police in Kidal say gunmen shot dead two traders on Monday.", "Kidal",
                 "town", Role.INCIDENT, id="residents_of-a_local_voice"),
    pytest.param("Fighters loyal to Tripoli clashed with the brigade.", "Tripoli", "city",
                 Role.AFFILIATION, id="affiliated_with"),
    pytest.param("The minister was on a visit to Moscow.", "Moscow", "city", Role.DIPLOMACY,
                 id="diplomatic_setting"),
    pytest.param("The attack came weeks after a ceasefire agreed in Havana expired.", "Havana",
                 "city", Role.DIPLOMACY, id="diplomatic_setting-a_truce_agreed"),
    pytest.param("Gunmen left two bodies in Kherson.", "Kherson", "city", Role.INCIDENT,
                 id="locative_preposition-remains_left"),
    pytest.param("A strike flattened a building next to the embassy in Damascus.", "Damascus",
                 "city", Role.INCIDENT, id="locative_preposition-_a_building_hit"),
    pytest.param("Jets struck the embassy in Damascus on Monday.", "Damascus", "city",
                 Role.INCIDENT, id="locative_preposition-_a_building_hit-target"),
    pytest.param("Staff of the embassy in Damascus fled.", "Damascus", "city", Role.DIPLOMACY,
                 id="diplomatic_setting-an_embassy_as_a_mission"),
    pytest.param("A truck bomb exploded near the Ministry of Health in Damascus.", "Damascus",
                 "city", Role.INCIDENT, id="locative_preposition-_a_building_hit-a_ministry"),
    pytest.param("The ministry in Damascus sent an envoy to the talks.", "Damascus", "city",
                 Role.DIPLOMACY, id="diplomatic_setting-a_ministry_as_a_government"),
    pytest.param("Two settlers were shot dead as they drove through Kidal on Sunday.", "Kidal",
                 "town", Role.INCIDENT, id="passing_through"),
    pytest.param("The convoy drove through Kidal and was ambushed near Gao.", "Kidal", "town",
                 Role.CONTEXT, id="route-passing_through_a_route"),
    pytest.param("Villages of the Izium district came under heavy shelling.", "Izium", "town",
                 Role.INCIDENT, id="target_as_passive_subject-came_under"),
    pytest.param("Kharkiv came under pressure to cancel the parade.", "Kharkiv", "city",
                 Role.ACTOR, id="subject-came_under_no_attack"),
    pytest.param("Shelling hit a village north of Kherson.", "Kherson", "city", Role.NEAR,
                 id="direction_of"),
    pytest.param("Four soldiers died in an ambush on the Kidal-Gao road.", "Kidal", "town",
                 Role.NEAR, id="road_end"),
    pytest.param("Shells hit the Kharkiv camp north of Kherson.", "Kherson", "city", Role.CONTEXT,
                 id="direction_of-after_a_named_settlement"),
    pytest.param("Militias are concentrated west of the Euphrates.", "Euphrates", "river",
                 Role.CONTEXT, id="direction_of-line"),
    pytest.param("Shelling hit communities along the Dnipro River.", "Dnipro River", "river",
                 Role.CONTEXT, id="along_water"),
    pytest.param("An ambush outside Djibo killed ten soldiers.", "Djibo", "town", Role.NEAR,
                 id="near_preposition"),
    pytest.param("Four soldiers died in an ambush on the Kidal-Gao road.", "Gao", "city",
                 Role.CONTEXT, id="road_end-the_far_end"),
    pytest.param("A car bomb exploded in Mogadishu.", "Mogadishu", "city", Role.INCIDENT,
                 id="locative_preposition"),
    pytest.param("Troops shelled 12 settlements, including Kupiansk.", "Kupiansk", "city",
                 Role.INCIDENT, id="included_place"),
    pytest.param("Kharkiv was praised for its response.", "Kharkiv", "city", Role.ACTOR,
                 id="subject-passive_no_attack"),
    pytest.param("The shelling of Pokrovsk continued.", "Pokrovsk", "town", Role.INCIDENT,
                 id="attacked_place"),
    pytest.param("The battle for Pokrovsk killed 20 soldiers.", "Pokrovsk", "town", Role.INCIDENT,
                 id="contested_place"),
    pytest.param("Forces renewed the targeting of Pokrovsk.", "Pokrovsk", "town", Role.INCIDENT,
                 id="attacked_place-gerund_of_an_attack_verb"),
    pytest.param("Aid was sent to Khartoum.", "Khartoum", "city", Role.CONTEXT,
                 id="other_preposition"),
    pytest.param("The envoy visited Moscow.", "Moscow", "city", Role.DIPLOMACY,
                 id="object_of_diplomacy"),
    pytest.param("Troops shelled the town of Bakhmut.", "Bakhmut", "town", Role.INCIDENT,
                 id="object_of_attack"),
    pytest.param("Shells target the city of Kherson and ISIS detonate two bombs", "Kherson",
                 "city", Role.INCIDENT, id="object_of_attack-kind_before_the_name"),
    pytest.param("They find a body in the Kherson river canalization", "Kherson", "city",
                 Role.INCIDENT, id="locative_preposition-place_before_a_feature"),
    pytest.param("Two guards were shot in the Kherson Regional Hospital.", "Kherson", "city",
                 Role.INCIDENT, id="locative_preposition-place_in_a_named_building"),
    pytest.param("A trader reported killed in Nogales Sonora", "Nogales", "town", Role.INCIDENT,
                 id="locative_preposition-town_before_its_state"),
    pytest.param("Kherson violence leaves 11 dead", "Kherson", "city", Role.INCIDENT,
                 id="toll_modifier"),
    pytest.param("Kherson police kill two suspects", "Kherson", "city", Role.INCIDENT,
                 id="toll_modifier-killing_verb"),
    pytest.param("Explosions rocked Kherson overnight.", "Kherson", "city", Role.INCIDENT,
                 id="object_of_impact"),
    pytest.param("Gunmen shot two guests in the beach resort of Kaya.", "Kaya", "town",
                 Role.INCIDENT, id="locative_preposition-kind_resort_of"),
    pytest.param("Officials condemned Kyiv.", "Kyiv", "city", Role.DIPLOMACY,
                 id="object_of_speech"),
    pytest.param("The deal reopened Odesa to shipping.", "Odesa", "city", Role.CONTEXT,
                 id="other_object"),
    pytest.param("A blast tore through Kharkiv's centre.", "Kharkiv", "city", Role.INCIDENT,
                 id="possessive_phrase"),
    pytest.param("Tijuana: two men shot dead outside a bar", "Tijuana", "city", Role.INCIDENT,
                 id="headline_place"),
    pytest.param("Gao, Mali: gunmen kill four traders", "Gao", "city", Role.INCIDENT,
                 id="headline_place-town_and_state"),
    pytest.param("Another Gao, Mali Weekend: Nine Murdered", "Gao", "city", Role.INCIDENT,
                 id="headline_place-capitalised_heading"),
    pytest.param("Another violent Gao weekend: nine murdered", "Gao", "city", Role.INCIDENT,
                 id="headline_place-noun_phrase_heading"),
    pytest.param("Two killed near Gao: a witness tells", "Gao", "city", Role.NEAR,
                 id="near_preposition-not_a_heading"),
    pytest.param("Kidal, Mali - four traders shot dead on the road", "Kidal", "town",
                 Role.INCIDENT, id="headline_place-spaced_hyphen"),
    pytest.param("Kidal/Gao: Four Traders Shot Dead on the Road", "Gao", "city", Role.INCIDENT,
                 id="headline_place-slashed_names"),
    pytest.param("Kyiv: two men shot dead in Colonia Kharkiv", "Kyiv", "city", Role.INCIDENT,
                 id="headline_place-a_part_of_the_heading_town"),
    pytest.param("Militants executed 33 men in the Mayadin desert.", "Mayadin", "town",
                 Role.INCIDENT, id="locative_preposition-place_before_a_landform"),
    pytest.param("Clashes erupted in the Hama and Idlib countrysides.", "Idlib", "city",
                 Role.INCIDENT, id="locative_preposition-plural_place_noun"),
    pytest.param("A mine killed two children in Kayin's Hlaingbwe township.", "Hlaingbwe", "town",
                 Role.INCIDENT, id="locative_preposition-township"),
    pytest.param("A bomb hit a bus on the Kidal-Gao road, a few kilometres before Gao.", "Kidal",
                 "town", Role.CONTEXT, id="road_end-placed_by_the_far_end"),
    pytest.param("Rebels attacked a base in Saravena, Arauca department.", "Arauca", "admin1",
                 Role.INCIDENT, id="locative_preposition-department"),
    pytest.param("Rebels killed 40 villagers in the Beni territory.", "Beni", "admin2",
                 Role.INCIDENT, id="locative_preposition-territory"),
    pytest.param("Missiles killed four in the Kharkiv and Sumy regions.", "Kharkiv", "admin1",
                 Role.INCIDENT, id="locative_preposition-areas_listed"),
    pytest.param("Kharkiv recorded three homicides over the weekend.", "Kharkiv", "city",
                 Role.INCIDENT, id="scene_subject"),
    pytest.param("Kharkiv saw heavy shelling overnight.", "Kharkiv", "city", Role.INCIDENT,
                 id="scene_subject-gerund"),
    pytest.param("The city of Kharkiv is witnessing a continuation of the battles.", "Kharkiv",
                 "city", Role.INCIDENT, id="scene_subject-event_after_of"),
    pytest.param("Kharkiv woke to heavy shelling.", "Kharkiv", "city", Role.INCIDENT,
                 id="scene_subject-woke_to"),
    pytest.param("A bomb exploded outside Kharkiv's police station.", "Kharkiv", "city",
                 Role.INCIDENT, id="possessive_phrase-station"),
    pytest.param("Kharkiv saw the talks as a chance.", "Kharkiv", "city", Role.ACTOR,
                 id="subject-saw_no_event"),
    pytest.param("Kharkiv was shelled overnight, killing two.", "Kharkiv", "city", Role.INCIDENT,
                 id="target_as_passive_subject"),
    pytest.param("The outskirts of Izium were bombed on Friday.", "Izium", "town", Role.INCIDENT,
                 id="target_as_passive_subject-part_of_a_place"),
    pytest.param("The convoy was ambushed on the road between Saakow and Bu'aale.", "Saakow",
                 "town", Role.NEAR, id="road_between"),
    pytest.param("The convoy was ambushed on the road between Saakow and Bu'aale.", "Bu'aale",
                 "town", Role.CONTEXT, id="road_between-second-end"),
    pytest.param("They shot two men three blocks from the Kaya market.", "Kaya", "town", Role.NEAR,
                 id="distance_from-blocks"),
    pytest.param("Gunmen dumped a body on the road to Kaya.", "Kaya", "town", Role.NEAR,
                 id="road_to"),
    pytest.param("They left a corpse at the entrance to Kaya.", "Kaya", "town", Role.NEAR,
                 id="road_to-entrance"),
    pytest.param("A body hangs from the access bridge to Kaya.", "Kaya", "town", Role.NEAR,
                 id="road_to-way_named_before_to"),
    pytest.param("Shelling killed two in Bakhmut, Kyiv said.", "Kyiv", "city", Role.ACTOR,
                 id="subject-after_the_scene"),
    pytest.param("A man was shot dead in Colonia Centro of Acapulco.", "Acapulco", "city",
                 Role.INCIDENT, id="locative_preposition-named_part_of"),
    pytest.param("Fighters attacked posts on the East Bank of the Euphrates.", "Euphrates",
                 "river", Role.CONTEXT, id="along_water-side_of_a_river"),
    pytest.param("A strike killed two fighters in the vicinity of Azzan.", "Azzan", "town",
                 Role.NEAR, id="near_noun"),
    pytest.param("Residents of Kamanyola said gunmen shot dead three men.", "Kamanyola", "town",
                 Role.INCIDENT, id="residents_of"),
    pytest.param("Two of the wounded were taken to a hospital in Kaya.", "Kaya", "town",
                 Role.CONTEXT, id="taken_for_care"),
    pytest.param("A corporal later died of his wounds in a hospital in Kaya.", "Kaya", "town",
                 Role.CONTEXT, id="taken_for_care-died_in_a_hospital"),
    pytest.param("Gunmen killed two patients in a hospital in Kaya.", "Kaya", "town",
                 Role.INCIDENT, id="locative_preposition-a_hospital_attacked"),
    pytest.param("Shelling hit a hospital in Kaya.", "Kaya", "town", Role.INCIDENT,
                 id="locative_preposition-hospital-attacked"),
    pytest.param("JNIM, al-Qaeda's affiliate in the Sahel, claimed the attack.", "Sahel",
                 "region", Role.AFFILIATION, id="affiliated_with-noun"),
    pytest.param("Troops loyal to the cleric battled police in Basra.", "Basra", "city",
                 Role.INCIDENT, id="locative_preposition-not-affiliation"),
    pytest.param("Two car bombs struck the Iraqi capital of Baghdad.", "Baghdad", "city",
                 Role.INCIDENT, id="object_of_attack-capital-of"),
]  # fmt: skip


def test_attacked_against_a_state_is_no_scene(parse, span_of):
    doc = parse("The group plots attacks against the United States.")
    span = span_of(doc, "United States")
    assert mention_role(span, caption=False, adjectival=False, feature_type="country") is (
        Role.CONTEXT
    )


@pytest.mark.parametrize(("sentence", "name", "feature_type", "role"), RULE_CASES)
def test_role_rule(request, parse, span_of, sentence, name, feature_type, role):
    doc = parse(sentence)
    rule = request.node.callspec.id.split("-")[0]
    context = MentionContext(
        span_of(doc, name),
        caption=rule == "in_caption",
        adjectival=rule == "demonym",
        feature_type=feature_type,
    )
    assert ROLE_RULES.why(context) == (rule, role)


@pytest.mark.parametrize(
    ("sentence", "name", "rule", "role"),
    [
        ("Kherson policeman executed, two banners left", "Kherson", "victim_modifier",
         Role.INCIDENT),
        ("Kherson cop executed and two banners left", "Kherson", "victim_modifier", Role.INCIDENT),
        ("Iraqi soldiers killed in the desert", "Iraqi", "nationality_modifier", Role.AFFILIATION),
        ("Kherson police find four bodies inside a cave", "Kherson", "local_body_modifier",
         Role.INCIDENT),
        ("Kherson police said the attack killed two", "Kherson", "name_modifier", Role.ACTOR),
    ],
    ids=["victim_modifier", "victim_modifier-headline_passive", "nationality_modifier-victim",
         "local_body_modifier", "name_modifier-police_who_only_speak"],
)  # fmt: skip
def test_a_place_before_a_victim_is_the_scene_a_country_a_nationality(
    parse, span_of, sentence, name, rule, role
):
    kind = "country" if rule == "nationality_modifier" else "city"
    context = MentionContext(span_of(parse(sentence), name), feature_type=kind)
    assert ROLE_RULES.why(context) == (rule, role)


def test_target_parsed_as_subject(parse):
    """The rule reads the parse as the small model sometimes gives it on long sentences."""
    words = ["Drones", "struck", "overnight", "Kharkiv"]
    doc = Doc(parse.vocab, words=words, heads=[1, 1, 1, 1],
              deps=["nsubj", "ROOT", "npadvmod", "nsubj"],
              pos=["NOUN", "VERB", "ADV", "PROPN"], lemmas=["drone", "strike", "overnight",
                                                            "Kharkiv"])  # fmt: skip
    context = MentionContext(doc[3:4], feature_type="city")
    assert ROLE_RULES.why(context) == ("target_parsed_as_subject", Role.INCIDENT)


def test_after_the_scene(parse):
    """The parse hangs a place after a quoted scene and a comma on the verb."""
    words = ["They", "find", "bodies", "in", '"', "La", "Loma", '"', ",", "Kaya"]
    doc = Doc(parse.vocab, words=words, heads=[1, 1, 1, 2, 3, 6, 3, 3, 3, 1],
              deps=["nsubj", "ROOT", "dobj", "prep", "punct", "compound", "pobj", "punct",
                    "punct", "dep"],
              pos=["PRON", "VERB", "NOUN", "ADP", "PUNCT", "PROPN", "PROPN", "PUNCT", "PUNCT",
                   "PROPN"])  # fmt: skip
    context = MentionContext(doc[9:10], feature_type="town")
    assert ROLE_RULES.why(context) == ("after_the_scene", Role.INCIDENT)


def test_after_locative_word_a_preposition_left_without_object(parse):
    """The parse hangs the name after "in" on a later noun, and "in" governs nothing."""
    words = ["Clashes", "in", "Kaya", "and", "shelling", "hit", "Djibo"]
    doc = Doc(parse.vocab, words=words, heads=[5, 0, 5, 2, 2, 5, 5],
              deps=["nsubj", "prep", "nmod", "cc", "conj", "ROOT", "dobj"],
              pos=["NOUN", "ADP", "PROPN", "CCONJ", "NOUN", "VERB", "PROPN"],
              lemmas=["clash", "in", "Kaya", "and", "shelling", "hit", "Djibo"])  # fmt: skip
    context = MentionContext(doc[2:3], feature_type="town")
    assert ROLE_RULES.why(context) == ("after_locative_word", Role.INCIDENT)


def test_unmatched_place_is_context(parse, span_of):
    doc = parse("Residents said it was quiet, unlike Kharkiv.")
    assert mention_role(span_of(doc, "Kharkiv"), caption=False, adjectival=False) is Role.CONTEXT


@pytest.mark.parametrize(
    ("gap", "held_role"),
    [("'s ", Role.INCIDENT), ("\u2019s ", Role.INCIDENT), (" and ", Role.CONTEXT)],
    ids=["_possessed_places", "_possessed_places-typographic", "_possessed_places-a_list"],
)
def test_a_place_a_scene_owns_is_the_scene(gap, held_role):
    """ "in Ukraine's Kherson area": the parser may leave Kherson unread; it is inside."""
    from types import SimpleNamespace

    from geomap.incidents.where.mentions import _possessed_places
    from geomap.model import Mention

    from samples import KHERSON, UKRAINE

    text = f"Fighting in Ukraine{gap}Kherson area"
    start = text.index("Kherson")
    mentions = (
        Mention("Ukraine", 12, 19, 0, "GPE", place=UKRAINE),
        Mention("Kherson", start, start + 7, 0, "GPE", place=KHERSON),
    )
    roles = {0: Role.INCIDENT, 1: Role.CONTEXT}
    _possessed_places(SimpleNamespace(mentions=mentions, doc=SimpleNamespace(text=text)), roles)
    assert roles[1] is held_role


def test_a_place_included_in_no_attack_is_context(parse):
    doc = parse("The envoy toured several cities, including Kupiansk.")
    start = doc.text.index("Kupiansk")
    span = doc.char_span(start, start + len("Kupiansk"))
    assert mention_role(span, caption=False, adjectival=False, feature_type="city") is Role.CONTEXT


@pytest.mark.parametrize(
    "sentence",
    ["Kyiv: jets launch raids on Kharkiv overnight", "Kyiv: gunmen kill four traders in Kharkiv"],
    ids=["_scene_after-raids_on", "_scene_after-killed_in"],
)
def test_a_headlines_opening_name_before_its_own_scene_is_no_scene(parse, span_of, sentence):
    """ "Saba: jets launch raids on Sanaa": the agency (or its town) speaks, Sanaa was hit."""
    doc = parse(sentence)
    context = MentionContext(span_of(doc, "Kyiv"), caption=False, adjectival=False,
                             feature_type="city")  # fmt: skip
    decided = ROLE_RULES.why(context)
    assert decided is None or decided[0] != "headline_place"
