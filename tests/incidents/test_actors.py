from pathlib import Path

import pytest

from geomap.errors import InputError
from geomap.incidents.actors import ActorRegistry
from geomap.incidents.what import find_triggers
from geomap.incidents.who import actors_of


@pytest.mark.parametrize(
    ("phrase", "actor"),
    [
        ("The US military", "US forces"),
        ("American warplanes", "US forces"),
        ("US Central Command", "US forces"),
        ("drones launched by Iranian-backed militias", "Iran-backed militias"),
        ("Tehran-backed groups", "Iran-backed militias"),
        ("groups affiliated with Iran's Islamic Revolutionary Guard Corps", "Iran-backed militias"),
        ("Russian artillery", "Russian forces"),
        ("the Rapid Support Forces", "Rapid Support Forces"),
        ("the RSF", "Rapid Support Forces"),
        ("ADF rebels", "Allied Democratic Forces (ADF)"),
        ("the South Sudanese army", "South Sudanese armed forces"),  # not Sudan's army
        ("the Sudanese army", "Sudanese Armed Forces"),
        ("Iraq's Popular Mobilization Forces", "Popular Mobilization Forces"),
        ("the Tehreek-e-Taliban Pakistan (TTP)", "Tehrik-i-Taliban Pakistan (TTP)"),
        ("Tahrik-e-Taliban fighters", "Tehrik-i-Taliban Pakistan (TTP)"),
        ("the Taliban government", "Taliban"),
        ("a UN peacekeeper was killed", "UN peacekeepers"),
        ("African peace-keepers", "African Union forces"),
        ("the UNISFA mission", "UN peacekeepers"),
        ("African Union peacekeepers", "African Union forces"),
        ("ATMIS troops", "African Union forces"),
        ("Dissidents of the former FARC", "FARC dissidents"),
        ("ISWAP fighters", "Islamic State West Africa Province"),
        ("suspected insurgents", "Unidentified armed group"),
        ("15 terrorists", "Unidentified armed group"),
        ("separatist fighters", "Unidentified armed group"),
        ("unknown assailants", "Unidentified armed group"),
        ("a bandit", "Unidentified armed group"),  # one as many
        ("Turkish-backed factions", "Syrian opposition forces"),  # ACLED: the SNA
        ("a lone attacker", "Unidentified armed group"),
        ("the rebel-held town", None),  # a town, not the rebels
        ("rebels of the 3R group", "3R (Return, Reclamation, Rehabilitation)"),
        ("Shining Path remnants", "Shining Path (MPCP)"),
        ("members of the Gran Grif gang", "Gran Grif gang"),
        ("the Viv Ansanm coalition", "Viv Ansanm gang coalition"),
        ("Los Choneros hitmen", "Los Choneros"),
        ("gunmen from Los Lobos", "Los Lobos"),
        ("the Tiguerones", "Los Tiguerones"),
        ("the Gulf Clan", "Clan del Golfo (AGC)"),
        ("Comando Vermelho traffickers", "Comando Vermelho"),
        ("Dawlah Islamiyah militants", "Dawlah Islamiyah (Maute group)"),
        ("suspected BRN insurgents", "Barisan Revolusi Nasional (BRN)"),
        ("UPDF soldiers", "Ugandan armed forces"),
        ("UPDF activists", None),  # Bangladesh's United People's Democratic Front
        ("the United People's Democratic Front (UPDF)", None),
        ("the Radaa force", "Radaa (Special Deterrence Force)"),
        ("the 444th Combat Brigade", "444th Brigade"),
        ("OLA-Shene", "Oromo Liberation Army (OLA)"),
        ("Ola Bello", None),  # a name, not the OLA
        ("two Amba boys", "Ambazonian separatists"),
        ("Jaish al-Adl militants", "Jaish al-Adl"),
        ("gunmen loyal to Bashar al-Assad", "Assad loyalists"),
        ("a General Security patrol", "Syrian government forces"),
        ("Peruvian soldiers", "Peruvian armed forces"),
        ("Kuki militants", "Kuki ethnic militia"),
        ("suspected Maoists", "CPI (Maoist)"),
        ("FARC dissidents", "FARC dissidents"),
        ("the FARC", "FARC"),
        ("Indian troops", "Indian armed forces"),
        ("al-Qaida in the Arabian Peninsula", "AQAP (al-Qaeda)"),
        ("Officials blamed Al-Qaeda in Iraq", "Al-Qaeda in Iraq"),
        ("al-Shabaab fighters", "Al-Shabaab"),
        ("Houthi rebels", "Houthis (Ansar Allah)"),
        ("Israeli troops", "Israeli forces"),
        ("militants from the al-Qaeda-linked JNIM coalition", "JNIM (al-Qaeda)"),
        ("CJNG hitmen", "Jalisco Cartel New Generation (CJNG)"),
        ("gunmen of the Sinaloa Cartel", "Sinaloa Cartel"),
        ("local PDF fighters", "People's Defence Force (PDF)"),
        ("the Pakistani Taliban", "Tehrik-i-Taliban Pakistan (TTP)"),
        ("Taliban fighters", "Taliban"),
        ("Hayyaat Tahrir al-Sham", "Hayat Tahrir al-Sham"),
        (
            "rebels of the Coalition of Patriots for Change",
            "Coalition of Patriots for Change (CPC)",
        ),
        ("KNLA fighters", "Karen National Union (KNU/KNLA)"),
        ("separatist rebels of the CSP-DPA", "Azawad rebels (CSP-DPA / FLA)"),
        (
            "armed men believed to be from the TPNPB",
            "West Papua National Liberation Army (TPNPB-OPM)",
        ),
        ("unidentified motorcyclists", "Unidentified armed group"),
        ("Government of Syria forces and their allies", "Syrian government forces"),
        ("the armed forces of the Russian Federation", "Russian forces"),
        ("his relatives", None),
    ],
)
def test_default_registry(phrase, actor):
    found = ActorRegistry.default().match(phrase)
    assert (found.name if found else None) == actor


def test_registry_file_errors_name_line(tmp_path: Path):
    path = tmp_path / "actors.tsv"
    path.write_text(
        "name\taffiliation\tpatterns\nGood\t\tgood\nBad\t\t(unclosed\n", encoding="utf-8"
    )
    with pytest.raises(InputError, match=r"actors.tsv:3: field 'patterns'"):
        ActorRegistry.from_file(path)


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        (
            "Sixteen people were killed on Saturday when Russian guided bombs hit Kherson.",
            "Russian forces",
        ),
        (
            "On Sunday, Saudi artillery shells fell on houses in Yemen, killing a child.",
            "Saudi forces",
        ),
        ("On Friday, government artillery pounded Damascus, killing nine civilians.", None),
    ],
)
def test_weapons_name_their_country_forces(run_extract, text, actor1):
    incidents, _ = run_extract(text)
    assert incidents
    if actor1 is None:  # the home country's forces, whatever the registry calls them
        assert incidents[0].actor1 not in ("", "Unidentified armed group")
    else:
        assert incidents[0].actor1 == actor1


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        (
            "Dozens of Israeli settlers, many of them masked, hurled stones at homes and set "
            "fire to cars in Jenin on Saturday.",
            "Israeli settlers",
        ),
        (
            "Fighters from al-Qaeda's Sahel affiliate attacked army positions in Gao on Tuesday.",
            "JNIM (al-Qaeda)",
        ),
    ],
)
def test_actor_named_before_the_event_when_the_parse_loses_it(run_extract, text, actor1):
    incidents, _ = run_extract(text)
    assert [i.actor1 for i in incidents] == [actor1]


def test_a_victim_before_a_passive_trigger_is_not_the_actor(parse):
    (trigger,) = find_triggers(parse("Russian soldiers were killed in Kherson on Tuesday.")[:])
    assert actors_of(trigger, ActorRegistry.default()) == ("", "Russian forces")


def test_the_one_named_side_of_a_battle_is_actor1(run_extract):
    # ACLED's two actors carry no direction (attacker, defender): the named side leads
    incidents, _ = run_extract("Russian soldiers were killed in Kherson on Tuesday.")
    assert [(i.event_type, i.actor1, i.actor2) for i in incidents] == [
        ("Battles", "Russian forces", "")
    ]


@pytest.mark.parametrize(
    ("name", "group"),
    [("Hamas", True), ("al-Shabaab", True), ("Hamas fighters said", False), ("Gao", False)],
)
def test_names_group_only_for_a_whole_name(name, group):
    assert ActorRegistry.default().names_group(name) is group
