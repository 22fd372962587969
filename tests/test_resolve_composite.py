"""Composite and generic actors (kg.resolve.composite) and speakers (kg.resolve.speakers).

Sentences written for these tests, with actors of many theatres; each rule has a
positive case and a trap. Parsed by the real model with the full gazetteer.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.pipeline import Pipeline
from kg.resolve import link_actors
from kg.resolve.agents import AFFILIATIONS_FILE, Sector, load_agents, parse_agent_lines, plural

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def linked(pipeline: Pipeline, text: str, word: str, occurrence: int = 0) -> tuple | None:
    """(label, type, part_of, country) of the actor linked at the n-th token ``word``."""
    doc = pipeline.nlp(text)
    links = link_actors(doc, pipeline.gazetteer)
    token = [t for t in doc if t.text == word][occurrence]
    mention = links.at(token)
    if mention is None or mention.kind == "location":
        return None
    actor = mention.actor
    return (actor.label, actor.type.value, actor.part_of, actor.country)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # a state's government sector is the state
        ("Malian authorities expelled the envoy.", "authorities", ("Mali", "State", None, "MLI")),
        # a state's military sector is its armed forces
        (
            "Nigerien troops repelled the assault.",
            "troops",
            ("Niger", "State", None, "NER"),
        ),
        # police, intelligence: a body of the state
        (
            "Kenyan police arrested the suspects.",
            "police",
            ("Police of Kenya", "GovernmentBody", "kenya", "KEN"),
        ),
        # police in a state's city are that state's, as authorities are
        (
            "Students clashed with police in Nairobi on Tuesday.",
            "police",
            ("Police of Kenya", "GovernmentBody", "kenya", "KEN"),
        ),
        # rebels of a state do not answer to it: country only
        (
            "Chadian rebels seized the mine.",
            "rebels",
            ("Chadian rebels", "ArmedGroup", None, "TCD"),
        ),
        # a named group with an agent noun is the group
        (
            "Boko Haram fighters raided the village.",
            "fighters",
            ("Boko Haram", "ArmedGroup", None, "NGA"),
        ),
        # a people or creed with an agent noun
        (
            "Tuareg fighters took the town.",
            "fighters",
            ("Tuareg fighters", "ArmedGroup", None, None),
        ),
        # "X-backed": X supports the composite
        (
            "Rwanda-backed rebels advanced on Goma.",
            "rebels",
            ("Rwanda-backed rebels", "ArmedGroup", None, None),
        ),
        # a state's security agencies are its forces
        (
            "Nigerian security agencies arrested 20 IPOB members.",
            "agencies",
            ("Nigeria",),
        ),
        # a delegation speaks for the side named in its phrase
        (
            "A delegation from Senegal visited Moscow.",
            "delegation",
            ("Senegal", "State", None, "SEN"),
        ),
        (
            "The Hamas delegation arrived in Cairo.",
            "delegation",
            ("Hamas", "ArmedGroup", None, "PSE"),
        ),
        # an apposition the parser hung on an earlier noun describes the name before it
        (
            "The Lebanese army, which deploys alongside UNIFIL, the U.N. peacekeeping force, "
            "lacks funding.",
            "force",
            ("UNIFIL", "InternationalOrganization", "united-nations", None),
        ),
        # "X-led coalition"
        (
            "A France-led coalition struck the rebel bases.",
            "coalition",
            ("France-led coalition", "InternationalOrganization", None, None),
        ),
    ],
)
def test_composite_actors(pipeline: Pipeline, text: str, word: str, expected: tuple) -> None:
    found = linked(pipeline, text, word)
    if expected[0] in ("Niger", "Nigeria"):
        # the state's armed forces body, whatever the gazetteer calls it
        assert found is not None
        assert found[1] == "GovernmentBody"
        assert found[2] == expected[0].lower()
    else:
        assert found == expected


def test_backed_composite_records_its_backer(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("Rwanda-backed rebels advanced on Goma.")
    links = link_actors(doc, pipeline.gazetteer)
    mention = links.at(doc[3])
    assert mention is not None
    assert mention.actor.supported_by == ("rwanda",)


def test_same_composite_in_two_articles_is_one_actor(pipeline: Pipeline) -> None:
    first = linked(pipeline, "Sudanese rebels attacked El Fasher.", "rebels")
    second = linked(pipeline, "The talks with Sudanese rebels failed in Jeddah.", "rebels")
    assert first is not None
    assert first == second


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # victims, crowds and counted people are no actors
        ("Soldiers killed two civilians near Gao.", "civilians"),
        ("Gunmen killed two soldiers near Gao.", "soldiers"),
        # counted militants with no group named nearby
        ("Troops killed six militants near Gao.", "militants"),
        ("Unidentified gunmen attacked a bus in Tillaberi.", "gunmen"),
        # a single soldier or official is a person, not the state's forces
        ("A Malian soldier was wounded.", "soldier"),
        # "a militia" is one not named before
        ("Al-Shabaab struck again. A militia later claimed the raid.", "militia"),
        # no clear state for "the army"
        ("Mali and Niger met. The army later denied it.", "army"),
        # several states' governments, a force of several states
        ("Senegal's President Faye urged the Sahel juntas to return to ECOWAS.", "juntas"),
        ("Nigerian President Bola Tinubu ordered the regional standby force to deploy.", "force"),
        # things a state made are not its forces
        ("The Sudanese army has received Iranian-made drones.", "drones"),
        ("Rebels fired Russian-built rockets at the town.", "rockets"),
        # a delegation whose side its phrase does not name is nobody's from the context
        ("Mali's junta met on Monday. A Western delegation visited Bamako.", "delegation"),
    ],
)
def test_not_actors(pipeline: Pipeline, text: str, word: str) -> None:
    assert linked(pipeline, text, word) is None


def test_generic_rebels_resolve_to_the_armed_group_named_before(pipeline: Pipeline) -> None:
    text = "The M23 seized Bunagana on Monday. The rebels then advanced toward Rutshuru."
    assert (
        linked(pipeline, text, "rebels") == ("M23", "ArmedGroup", None, "COD")
        or (linked(pipeline, text, "rebels") or ("",))[0] == "M23"
    )


def test_generic_army_resolves_to_the_dominant_state(pipeline: Pipeline) -> None:
    text = (
        "Burkina Faso's junta extended its rule. Ouagadougou said the vote was delayed. "
        "Burkina Faso faces attacks in the north. The army said it repelled them."
    )
    found = linked(pipeline, text, "army")
    assert found is not None
    assert found[2] == "burkina-faso" or found[0] == "Burkina Faso"


def test_the_places_of_the_story_count_for_the_dominant_state(pipeline: Pipeline) -> None:
    # Kismayo and Mogadishu are in Somalia: "the army" is Somalia's
    text = (
        "Al-Shabab fighters stormed a hotel in Kismayo on Friday, witnesses in Mogadishu "
        "said. The army said it killed 12 militants."
    )
    found = linked(pipeline, text, "army")
    assert found is not None
    assert found[2] == "somalia"
    # one place named once does not make its state dominant
    assert (
        linked(pipeline, "Fighting was reported near Kismayo. The army said it advanced.", "army")
        is None
    )


def test_coordinated_states_keep_their_own_forces(pipeline: Pipeline) -> None:
    # "Malian and Nigerien police" are two actors, not one composite
    assert linked(pipeline, "Malian and Nigerien police held joint patrols.", "police") is None


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        (
            "“We reject the claims made by Kinshasa,” Rwandan government spokeswoman "
            "Yolande Makolo told reporters.",
            "We",
            "Rwanda",
        ),
        ('Colombian President Gustavo Petro said: "I will meet them."', "I", "Gustavo Petro"),
    ],
)
def test_first_person_in_quotes_is_the_speaker(
    pipeline: Pipeline, text: str, word: str, expected: str
) -> None:
    found = linked(pipeline, text, word)
    assert found is not None
    assert found[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "our troops" of a group's spokesman are the group's
        (
            '"Our troops took control of the camps," KIA spokesman Naw Bu said.',
            "Kachin Independence Army",
        ),
        (
            '"Our troops repelled the assault," said Sheikh Ali Dhere, the al-Shabaab spokesman.',
            "al-Shabaab",
        ),
        # of a state's official, the state's forces
        (
            '"Our troops repelled the assault," Kenyan defence spokesman Paul Njuguna said.',
            "Kenya Defence Forces",
        ),
        # of a speaker of no side, no one's
        ('"Our troops repelled the assault," Paul Njuguna said.', None),
    ],
)
def test_our_troops_in_quotes_are_the_speakers_sides(
    pipeline: Pipeline, text: str, expected: str | None
) -> None:
    found = linked(pipeline, text, "troops")
    assert (found[0] if found else None) == expected


def test_first_person_outside_quotes_and_us_the_state_are_left_alone(pipeline: Pipeline) -> None:
    assert linked(pipeline, "We met the minister, Petro said.", "We") is None
    found = linked(pipeline, '"The US will help," Ruto said.', "US")
    assert found is not None
    assert found[0] == "United States"


def test_agent_dictionary_reads_sectors_and_plurals() -> None:
    table = parse_agent_lines(
        ["REBEL_ARMY [~REB]", "POLICE {} [~COP]", "SPOKES!PERSON! [~GOV]", "FARMER [~AGR]"]
    )
    assert table[("rebel", "armies")] is Sector.REBELS
    assert ("polices",) not in table
    assert table[("spokeswomen",)] is Sector.GOVERNMENT
    assert ("farmer",) not in table  # no actor sector
    assert plural("militia") == "militias"


def test_bundled_agent_dictionary_loads_with_kg_additions_first() -> None:
    agents = load_agents()
    assert agents.phrases[("security", "forces")] is Sector.MILITARY  # kg's addition wins
    assert agents.phrases[("junta",)] is Sector.GOVERNMENT  # from PETRARCH2
    assert "kurdish" in agents.affiliations


def test_kg_additions_take_back_dictionary_phrases_that_make_no_actor(tmp_path: Path) -> None:
    dictionary = tmp_path / "dictionary.txt"
    dictionary.write_text("PRISON [~COP]\nGUARD [~COP]\n", encoding="utf-8")
    own = tmp_path / "own.txt"
    own.write_text("PRISON [~CVL]\n", encoding="utf-8")
    agents = load_agents((dictionary, own), AFFILIATIONS_FILE)
    assert ("prisons",) not in agents.phrases  # taken back by kg's own file
    assert agents.phrases[("guard",)] is Sector.POLICE
    # the dictionary alone keeps its phrase (a non-actor sector there is only skipped)
    assert load_agents((dictionary,), AFFILIATIONS_FILE).phrases[("prison",)] is Sector.POLICE
    bundled = load_agents()
    assert ("prisons",) not in bundled.phrases
    assert bundled.phrases[("paramilitary", "force")] is Sector.REBELS


def test_forces_loyal_to_a_leader_are_his_states(pipeline: Pipeline) -> None:
    found = linked(
        pipeline, "Government forces loyal to President Bashar al-Assad shelled Idlib.", "forces"
    )
    assert found is not None
    assert found[2] == "syria"


def test_led_coalition_named_inside_a_compound(pipeline: Pipeline) -> None:
    found = linked(
        pipeline, "Malian troops backed by French-led coalition airstrikes.", "coalition"
    )
    assert found is not None
    assert found[0] == "France-led coalition"


@pytest.mark.parametrize(
    ("text", "word", "state"),
    [
        ("Niger is at war. Niger said on Monday its army had withdrawn.", "army", "niger"),
        # a body speaking for its state: the state's forces, not the story's other side
        (
            "Kyiv was hit again. The Russian Defence Ministry said its forces had struck "
            "energy sites serving the Ukrainian army.",
            "forces",
            "russia",
        ),
        # the subject of the clause the agents' own clause hangs on
        (
            "Ankara says talks will go on. It is buying time while its army pushes into Syria.",
            "army",
            "turkey",
        ),
        # a speaker unnamed but for its state
        (
            "Moscow claimed two villages. The Ukrainian general staff said its forces had "
            "repelled 150 Russian assaults.",
            "forces",
            "ukraine",
        ),
    ],
)
def test_its_agents_are_the_reporting_subjects(
    pipeline: Pipeline, text: str, word: str, state: str
) -> None:
    found = linked(pipeline, text, word)
    assert found is not None
    assert found[1] == "GovernmentBody"
    assert found[2] == state


@pytest.mark.parametrize(
    ("text", "word", "label"),
    [
        (
            "The Frontier Corps said its soldiers had come under attack near Turbat.",
            "soldiers",
            "Frontier Corps",
        ),
        (
            "Ukraine's military intelligence said its drones had hit a Russian ship.",
            "drones",
            "Defence Intelligence of Ukraine",
        ),
    ],
)
def test_its_agents_of_an_armed_body_are_the_body(
    pipeline: Pipeline, text: str, word: str, label: str
) -> None:
    """An armed body reporting "its soldiers" speaks of its own men, not its state's army."""
    found = linked(pipeline, text, word)
    assert found is not None
    assert found[0] == label


def test_its_agent_words_modifying_an_act_are_no_actor(pipeline: Pipeline) -> None:
    text = "Russia launched one of its heaviest drone attacks on Kyiv, officials said."
    assert linked(pipeline, text, "drone") is None


def test_generic_rebels_do_not_reach_back_past_two_sentences(pipeline: Pipeline) -> None:
    """With two groups in the story, only one named in the last three sentences counts."""
    text = (
        "The M23 seized Bunagana. The ADF attacked Beni. Rain fell in Goma. "
        "Schools closed in Kinshasa. Prices rose in Kisangani. The rebels advanced."
    )
    assert linked(pipeline, text, "rebels") is None


@pytest.mark.parametrize(
    "text",
    [
        # the only group of the story, named three sentences before
        "The M23 seized Bunagana. Rain fell in Goma. Schools closed in Kinshasa. "
        "Prices rose in Kisangani. The rebels advanced.",
        # or named after: "rebels" opening the story
        "Fighting between rebels and government troops displaced 5,000 people in Ituri. "
        "The ADF has attacked villages there since May.",
    ],
)
def test_generic_rebels_are_the_only_armed_group_the_story_names(
    pipeline: Pipeline, text: str
) -> None:
    found = linked(pipeline, text, "rebels")
    assert found is not None
    assert found[0] in ("M23", "Allied Democratic Forces")


def test_generic_rebels_far_back_are_the_group_the_story_is_about(pipeline: Pipeline) -> None:
    """Past the window, the group of the story's state named clearly most is meant."""
    text = (
        "The ELN attacked an army base in Arauca, Colombia, on Monday. The ELN said the "
        "attack answered a military offensive. Colombian officials said the Clan del Golfo "
        "was not involved. Bogota sent reinforcements to the region. Farmers fled their "
        "homes on Tuesday. The defence minister vowed to crush the rebels and to find the "
        "gunmen."
    )
    found = linked(pipeline, text, "rebels")
    assert found is not None
    assert found[0] == "National Liberation Army"
    # "gunmen" are anyone's: only the group just named stands for them
    assert linked(pipeline, text, "gunmen") is None


def test_generic_rebels_are_no_foreign_group_named_most(pipeline: Pipeline) -> None:
    """A group of no state of the story is not its insurgents, however often named."""
    text = (
        "Islamic State claimed an attack near Raqqa, Syria, on Monday. Islamic State said "
        "the attack answered a Syrian offensive. Syrian officials said the Free Syrian Army "
        "was not involved. Damascus sent reinforcements to the region. Farmers fled their "
        "homes on Tuesday. The defence minister vowed to crush the rebels."
    )
    assert linked(pipeline, text, "rebels") is None


def test_generic_militants_far_back_are_a_group_named_most_across_the_border(
    pipeline: Pipeline,
) -> None:
    """With no group of the story's state named, a group that fights across its border."""
    text = (
        "Boko Haram fighters raided a village near Kolofata, Cameroon, on Sunday. Boko Haram "
        "said the raid answered attacks by Islamic State. Cameroonian officials said the army had "
        "sent reinforcements to the region. Farmers fled their homes on Tuesday. Schools "
        "closed in Maroua. The governor vowed to crush the militants."
    )
    found = linked(pipeline, text, "militants")
    assert found is not None
    assert found[0] == "Boko Haram"


def test_generic_militants_are_no_force_its_own_state_backs(pipeline: Pipeline) -> None:
    """Mercenaries their own state backs are no insurgents, however often named."""
    text = (
        "Wagner fighters patrolled Menaka, Mali, on Sunday. Wagner said the patrol answered "
        "raids by Islamic State. Malian officials said the army had sent reinforcements to "
        "the region. Farmers fled their homes on Tuesday. Schools closed in Gao. The "
        "governor vowed to crush the militants."
    )
    assert linked(pipeline, text, "militants") is None


def test_terrorists_far_back_are_the_group_the_story_is_about(pipeline: Pipeline) -> None:
    """ "Terrorists" is what a state calls the insurgents it fights; "terrorist" acts and
    "they are terrorists" say what, not who."""
    text = (
        "The NPA ambushed an army patrol in Samar, the Philippines, on Monday. The NPA said "
        "the ambush answered attacks by Islamic State. Farmers fled their homes on Tuesday. "
        "Schools closed in Catarman. The army said troops had killed 12 terrorists on "
        "Friday, and the governor condemned the terrorist ambush."
    )
    found = linked(pipeline, text, "terrorists")
    assert found is not None
    assert found[0] == "New People's Army"
    assert linked(pipeline, text, "terrorist") is None
    text = (
        "The NPA ambushed an army patrol in Samar, the Philippines, on Monday. The NPA said "
        "the ambush answered attacks by Islamic State. Farmers fled their homes on Tuesday. "
        "Schools closed in Catarman. They are terrorists, the governor said."
    )
    assert linked(pipeline, text, "terrorists") is None


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # the forces of a commander the gazetteer gives a group (``leads``): that group
        (
            "Forces of Mohamed Hamdan Dagalo shelled El Fasher on Sunday.",
            "Forces",
            ("Rapid Support Forces", "ArmedGroup", None, "SDN"),
        ),
        (
            "Fighters loyal to Riek Machar attacked a garrison in Nasir.",
            "Fighters",
            ("Sudan People's Liberation Movement-in-Opposition", "ArmedGroup", None, "SSD"),
        ),
        # loyal to a leader out of power: not his state's army, but named as the extraction
        # names people loyal to a leader
        (
            "Troops loyal to former President Ali Abdullah Saleh clashed with the Houthis "
            "in Sanaa.",
            "Troops",
            ("Troops loyal to Ali Abdullah Saleh", "ArmedGroup", None, "YEM"),
        ),
        (
            "Fighting broke out between the army and forces loyal to detained opposition "
            "leader Bobi Wine in Kampala.",
            "forces",
            ("Forces loyal to Bobi Wine", "ArmedGroup", None, "UGA"),
        ),
        # loyal to a president in power: the state's forces
        (
            "Troops loyal to President Salva Kiir retook Nasir.",
            "Troops",
            (
                "South Sudan People's Defence Forces",
                "GovernmentBody",
                "south-sudan",
                "SSD",
            ),
        ),
    ],
)
def test_forces_of_or_loyal_to_a_leader(
    pipeline: Pipeline, text: str, word: str, expected: tuple | None
) -> None:
    assert linked(pipeline, text, word) == expected


def test_a_government_of_a_person_is_no_band_he_leads(pipeline: Pipeline) -> None:
    text = "The government of Prime Minister Kassim Majaliwa banned the rally."
    found = linked(pipeline, text, "government")
    assert found is None or "-led" not in found[0]


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # a phrase of the act they were named in says when, not which
        (
            "Al-Shabaab attacked Baidoa on Monday. Troops killed 40 militants in operations "
            "across Bay region, the army said.",
            "militants",
            "al-Shabaab",
        ),
        # but a description of who they are does
        (
            "Al-Shabaab attacked Baidoa on Monday. The army said it had killed 40 militants "
            "with ties to Iran.",
            "militants",
            None,
        ),
    ],
)
def test_armed_agents_with_a_phrase_of_when_or_where(
    pipeline: Pipeline, text: str, word: str, expected: str | None
) -> None:
    found = linked(pipeline, text, word)
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the force" takes up the force named just before
        (
            "The Rapid Support Forces seized El Fasher. The force said it would protect civilians.",
            "Rapid Support Forces",
        ),
        (
            "Kenyan police lead the Gang Suppression Force in Haiti. Rights groups urged the "
            "force to avoid civilian casualties.",
            "Gang Suppression Force",
        ),
        # with none named, the state's forces as before
        ("Sudan's army retook Khartoum. The force said it would advance.", "Sudanese Armed Forces"),
        # a decree "in force" is no force
        ("The Rapid Support Forces seized El Fasher. A curfew remains in force.", None),
    ],
)
def test_the_force_is_the_force_named_before(
    pipeline: Pipeline, text: str, expected: str | None
) -> None:
    found = linked(pipeline, text, "force")
    assert (found[0] if found else None) == expected


def test_bare_gangs_are_the_gangs_of_the_storys_state(pipeline: Pipeline) -> None:
    text = (
        "Gangs have taken over whole neighbourhoods of San Pedro Sula, Honduras, officials "
        "said. Honduran police said the gangs had killed three bus drivers."
    )
    assert linked(pipeline, text, "Gangs") == ("Honduran gangs", "ArmedGroup", None, "HND")
    assert linked(pipeline, text, "gangs") == ("Honduran gangs", "ArmedGroup", None, "HND")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a gang noun modifying "members" is the state's gangs, as the plural is
        (
            "Salvadoran soldiers arrested 40 suspected gang members in San Miguel, El Salvador.",
            "Salvadoran gangs",
        ),
        # unless the sentence names a gang of that kind
        (
            "Guatemalan police raided strongholds of the Barrio 18 gang in Mixco and killed "
            "five gang members.",
            "Barrio 18",
        ),
    ],
)
def test_gang_members_are_the_states_gangs_or_the_gang_named(
    pipeline: Pipeline, text: str, expected: str
) -> None:
    found = linked(pipeline, text, "gang", text.count("gang") - 1)
    assert found is not None
    assert found[0] == expected


def test_bare_police_are_the_police_the_gazetteer_knows_by_the_demonym(
    pipeline: Pipeline,
) -> None:
    text = "Gangs attacked Kenscoff in Haiti on Monday. Police said they killed ten gunmen."
    assert linked(pipeline, text, "Police") == (
        "Haitian National Police",
        "GovernmentBody",
        "haiti",
        "HTI",
    )


def test_the_cartel_is_the_cartel_named_before(pipeline: Pipeline) -> None:
    text = (
        "The Sinaloa Cartel clashed with soldiers in Culiacan, Mexico, on Sunday. Officials "
        "said the cartel controls the border crossing."
    )
    found = linked(pipeline, text, "cartel")
    assert found is not None
    assert found[0] == "Sinaloa Cartel"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a force named for the gangs it fights is no gang
        (
            "The Gang Suppression Force arrived in Haiti on Monday. Officials said the gang "
            "had fled.",
            "gang",
        ),
        # counted gangs are the ones the sentence names, not all of the state's
        (
            "El Salvador designated the country's two largest gangs, MS-13 and Barrio 18, as "
            "terrorist groups.",
            "gangs",
        ),
    ],
)
def test_gangs_that_are_no_gang_or_not_all(pipeline: Pipeline, text: str, word: str) -> None:
    assert linked(pipeline, text, word) is None


def test_its_fighters_after_saying_are_the_claiming_groups(pipeline: Pipeline) -> None:
    """'X claimed ..., saying its fighters ...': X's, not the group named in X's aside."""
    text = (
        "Al-Shabaab, which is linked to al-Qaeda, claimed the attack on Tuesday, saying its "
        "fighters had killed 20 soldiers."
    )
    found = linked(pipeline, text, "fighters")
    assert found is not None
    assert found[0] == "al-Shabaab"


def test_counted_militants_are_the_group_named_just_before(pipeline: Pipeline) -> None:
    text = "Al-Shabaab stormed a hotel in Kismayo. Troops killed six militants."
    found = linked(pipeline, text, "militants")
    assert found is not None
    assert found[0] == "al-Shabaab"


def test_a_known_place_tagged_as_a_person_is_a_place(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("Thousands of refugees fled to Goma.")
    links = link_actors(doc, pipeline.gazetteer)
    assert all(m.actor.type.value != "Person" for m in links.mentions)
    # a title makes a person of the same word
    doc = pipeline.nlp("President Obama met the envoy.")
    links = link_actors(doc, pipeline.gazetteer)
    assert any(m.actor.type.value == "Person" for m in links.mentions)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Putin said the talks had failed.", "Putin", "Vladimir Putin"),
        ("Erdogan condemned the raid.", "Erdogan", "Recep Tayyip Erdoğan"),
    ],
)
def test_a_known_persons_surname_alone_is_that_person(
    pipeline: Pipeline, text: str, word: str, expected: str
) -> None:
    found = linked(pipeline, text, word)
    assert found is not None
    assert found[0] == expected


def test_the_army_takes_up_the_state_forces_named_before(pipeline: Pipeline) -> None:
    # Russia is named more often than Sudan, but "the army" is the Sudanese forces'
    text = (
        "Sudanese government forces advanced on Omdurman. Russia said it was concerned. "
        "Moscow urged talks, and Russia's envoy met the mediators. "
        "The army said it had captured the bridge."
    )
    found = linked(pipeline, text, "army")
    assert found is not None
    assert found[2] == "sudan"


def test_troops_a_state_keeps_are_its_own(pipeline: Pipeline) -> None:
    text = (
        "Somali officials accused Ethiopia of keeping troops in Gedo. "
        "Addis Ababa says the troops are fighting al-Shabaab."
    )
    assert linked(pipeline, text, "troops")[2] == "ethiopia"
    assert linked(pipeline, text, "troops", 1)[2] == "ethiopia"


def test_a_bare_plural_of_forces_acting_is_the_dominant_states(pipeline: Pipeline) -> None:
    text = (
        "Malian officials met in Bamako. Mali's junta extended its rule. "
        "Soldiers stormed the camp near Gao."
    )
    assert linked(pipeline, text, "Soldiers")[2] == "mali"
    # not as an object: "killed soldiers" may be anyone's
    assert linked(pipeline, text.replace("Soldiers stormed", "JNIM attacked"), "camp") is None


def test_the_agent_of_a_passive_and_the_other_side_of_a_clash_act_too(
    pipeline: Pipeline,
) -> None:
    context = "Kenyan officials met in Nairobi. Kenya's government banned the march. "
    assert linked(pipeline, context + "Odinga was arrested by police.", "police")[2] == "kenya"
    found = linked(pipeline, context + "Protesters clashed with soldiers.", "soldiers")
    assert found is not None
    assert found[2] == "kenya"
    # the bare plural after another preposition is no one's in particular
    assert linked(pipeline, context + "The march went past soldiers.", "soldiers") is None


def test_a_groups_command_stands_for_the_group(pipeline: Pipeline) -> None:
    text = "The LNA's general command accused the Tripoli government of plunging Libya into chaos."
    assert linked(pipeline, text, "command")[0] == "Libyan National Army"
    # taking command is no actor
    assert linked(pipeline, "He took command of the army in 2020.", "command") is None


def test_forces_charged_with_an_act_are_the_dominant_states(pipeline: Pipeline) -> None:
    context = "Ecuador's army has waged a campaign against gangs. "
    text = context + "Human Rights Watch has accused soldiers of torture."
    assert linked(pipeline, text, "soldiers")[2] == "ecuador"
    # counted soldiers charged are people
    text = context + "Prosecutors charged two soldiers with murder."
    assert linked(pipeline, text, "soldiers") is None


def test_the_armed_forces_are_a_states_not_armed_men(pipeline: Pipeline) -> None:
    context = "Colombia's president suspended talks with the ELN. "
    text = context + "The armed forces resumed operations against the ELN."
    assert linked(pipeline, text, "forces")[2] == "colombia"
    assert linked(pipeline, context + "Armed men resumed attacks on the ELN.", "men") is None


def test_counted_forces_an_armed_group_killed_are_the_dominant_states(
    pipeline: Pipeline,
) -> None:
    context = "Burkina Faso's junta extended its rule. "
    found = linked(pipeline, context + "JNIM militants killed 21 soldiers near Djibo.", "soldiers")
    assert found is not None
    assert found[2] == "burkina-faso"
    passive = context + "21 soldiers were killed by JNIM militants near Djibo."
    assert linked(pipeline, passive, "soldiers")[2] == "burkina-faso"
    # counted soldiers another state's forces killed may be anyone's
    other = context + "Malian troops killed 21 soldiers near Djibo."
    assert linked(pipeline, other, "soldiers") is None


@pytest.mark.parametrize(
    "text",
    [
        # counted by a noun: "dozens of soldiers"
        "Al-Shabaab fighters killed dozens of soldiers in Lower Shabelle, Somalia.",
        # the second of two objects
        "Al-Shabaab fighters killed a captain and nine soldiers in Lower Shabelle, Somalia.",
    ],
)
def test_soldiers_counted_or_listed_an_armed_group_killed_are_the_states(
    pipeline: Pipeline, text: str
) -> None:
    found = linked(pipeline, text, "soldiers")
    assert found is not None
    assert found[0] == "Somali National Army"


@pytest.mark.parametrize(
    "text",
    [
        # killed by no armed group
        "Floods killed dozens of soldiers in Lower Shabelle, Somalia.",
        # counted, doing no harm suffered
        "Dozens of soldiers attended the ceremony in Lower Shabelle, Somalia.",
        # another state's forces killed them: anyone's
        "Kenyan troops stormed a camp in Lower Shabelle, Somalia, killing dozens of soldiers.",
    ],
)
def test_soldiers_counted_with_no_armed_group_doing_harm_are_people(
    pipeline: Pipeline, text: str
) -> None:
    assert linked(pipeline, text, "soldiers") is None


def test_units_and_posts_an_armed_group_attacked_are_the_dominant_states(
    pipeline: Pipeline,
) -> None:
    context = "Colombia's defense minister visited Popayan. "
    text = context + "The ELN ambushed an army patrol in Cauca."
    assert linked(pipeline, text, "patrol")[2] == "colombia"
    text = context + "FARC dissidents attacked a police station in Cauca."
    assert linked(pipeline, text, "police")[2] == "colombia"
    # the victims an armed group's attack names ("attacks on police and soldiers")
    text = context + "The ELN has stepped up attacks on police and soldiers in Cauca."
    assert linked(pipeline, text, "police")[2] == "colombia"
    assert linked(pipeline, text, "soldiers")[2] == "colombia"
    text = context + "The ELN claimed an attack on an army convoy in Cauca."
    assert linked(pipeline, text, "army")[2] == "colombia"
    # a unit the group itself fields, and a weapon it fires, are no victims
    assert linked(pipeline, context + "The ELN formed an army patrol in Cauca.", "patrol") is None
    fired = context + "The ELN launched artillery at a town in Cauca."
    assert linked(pipeline, fired, "artillery") is None


def test_soldiers_killed_by_a_bomb_laid_on_an_armed_group_are_the_states(
    pipeline: Pipeline,
) -> None:
    context = "Peru's army has fought the Shining Path for decades. "
    # the group the bomb is blamed on, by name or taken up as "the group"
    for author in ("the Shining Path", "the group"):
        text = context + f"A bomb blamed on {author} killed six soldiers in the VRAEM valley."
        assert linked(pipeline, text, "soldiers")[2] == "peru", author
    # (but not an act laid on weather, nor on a group not named: "a rebel group")
    for author in ("heavy rain", "a rebel group"):
        text = context + f"A landslide blamed on {author} killed six soldiers in the valley."
        assert linked(pipeline, text, "soldiers") is None, author


def test_troops_sent_by_a_states_office_holder_and_police_alongside_them_are_the_states(
    pipeline: Pipeline,
) -> None:
    text = (
        "Violence has surged in Guatemala this year. Guatemala's president declared a "
        "state of siege, deploying soldiers to guard prisons alongside police."
    )
    assert linked(pipeline, text, "soldiers")[2] == "guatemala"
    assert linked(pipeline, text, "police")[3] == "GTM"
    # (an office of no state named: whose troops, the phrase does not say)
    text = "The president declared a state of siege, deploying soldiers to guard prisons."
    assert linked(pipeline, text, "soldiers") is None


def test_troops_of_an_operation_and_the_federal_government_are_the_states(
    pipeline: Pipeline,
) -> None:
    text = (
        "Troops of Operation Hadin Kai have killed 15 Boko Haram terrorists in Borno State, "
        "Nigeria's Defence Headquarters said."
    )
    assert linked(pipeline, text, "Troops")[2] == "nigeria"
    assert linked(pipeline, text, "Kai") is None  # an operation's name is no actor
    text = "Nigerian officials met in Abuja. Nigeria's army said it was ready. Zulum urged the "
    text += "Federal Government to act."
    assert linked(pipeline, text, "Government")[0] == "Nigeria"


def test_people_within_a_state_are_not_its_forces(pipeline: Pipeline) -> None:
    found = linked(pipeline, "Iraqi Kurdish forces shelled the village.", "forces")
    assert found is not None
    assert found[:2] == ("Iraqi Kurdish forces", "ArmedGroup")


def test_a_group_backed_by_a_named_patron_is_that_patrons_composite(pipeline: Pipeline) -> None:
    text = "Rebel groups backed by Rwanda attacked Goma."
    assert linked(pipeline, text, "groups")[0] == "Rwanda-backed rebel groups"
    # one not named before: "a militia supported by Iran" waits for its name
    assert linked(pipeline, "A militia supported by Iran fired rockets.", "militia") is None


def test_the_government_with_an_aside_is_still_a_reference(pipeline: Pipeline) -> None:
    text = (
        "The Malian government expelled the envoy. "
        "The government, backed by Russia, rejected the report."
    )
    assert linked(pipeline, text, "government", 1)[:2] == ("Mali", "State")


def test_militants_led_by_a_named_group_are_that_group(pipeline: Pipeline) -> None:
    text = "Militants led by Boko Haram seized Baga on Monday."
    assert linked(pipeline, text, "Militants")[0] == "Boko Haram"


def test_other_rebel_groups_are_not_the_group_named_before(pipeline: Pipeline) -> None:
    text = "Al-Shabaab seized Baidoa. It is fighting other rebel groups in the south."
    assert linked(pipeline, text, "groups") is None


def test_a_government_led_by_a_creed_is_the_states(pipeline: Pipeline) -> None:
    text = (
        "Iraqi officials met in Baghdad. Iraq's parliament voted. Iraq faces protests. "
        "The Shiite-led government has struggled to contain the insurgency."
    )
    assert linked(pipeline, text, "government")[:2] == ("Iraq", "State")


def test_people_led_by_a_person_are_no_composite(pipeline: Pipeline) -> None:
    text = "Eight senators led by Jim Risch sent a letter to the State Department."
    assert linked(pipeline, text, "senators") is None


def test_a_states_own_name_with_state_is_the_state(pipeline: Pipeline) -> None:
    text = "The PKK has waged an insurgency against the Turkish state since 1984."
    assert linked(pipeline, text, "state")[:2] == ("Turkey", "State")
    # but "the state" alone, and "State" in a title, say no state
    text = "Turkey held talks. Secretary of State Rubio said the state of emergency ended."
    assert linked(pipeline, text, "State") is None
    assert linked(pipeline, text, "state") is None


def test_a_creed_inside_an_agent_phrase_names_the_composite(pipeline: Pipeline) -> None:
    # "Shiite militia" is one phrase of CAMEO's agent dictionary
    text = "Kurdish forces attacked a base. Shiite militias clashed with them near Kirkuk."
    assert linked(pipeline, text, "militias")[:2] == ("Shiite militias", "ArmedGroup")


def test_the_government_in_a_capital_is_that_states(pipeline: Pipeline) -> None:
    text = "The central government in Bamako ordered its troops north."
    assert linked(pipeline, text, "government")[:2] == ("Mali", "State")
    # forces in a country are not that country's
    assert linked(pipeline, "Troops in Mali attacked the camp.", "Troops") is None or (
        linked(pipeline, "Troops in Mali attacked the camp.", "Troops")[2] != "mali"
    )


def test_a_known_town_tagged_as_an_organisation_after_a_place_preposition(
    pipeline: Pipeline,
) -> None:
    # the model tags Quetta as an organisation here
    text = "During a visit to Quetta for a security meeting, Sharif spoke."
    doc = pipeline.nlp(text)
    assert any(e.text == "Quetta" and e.label_ == "ORG" for e in doc.ents)
    assert linked(pipeline, text, "Quetta") is None  # a place, not an actor


def test_an_appositive_agent_phrase_is_the_group_it_describes(pipeline: Pipeline) -> None:
    text = "The strike killed a commander of Kataib Hezbollah, an Iran-backed militia."
    assert linked(pipeline, text, "militia")[0] == "Kataib Hezbollah"


def test_rebels_led_by_a_name_the_parser_split_are_that_group(pipeline: Pipeline) -> None:
    # the parser hangs "Damascus" on "by"; the name right after it leads
    text = "Assad fled to Moscow after rebels led by Hayat Tahrir al-Sham seized Damascus."
    assert linked(pipeline, text, "rebels")[0] == "Hayat Tahrir al-Sham"


def test_the_authorities_take_up_a_government_not_forces_named_before(
    pipeline: Pipeline,
) -> None:
    text = (
        "Somali officials protested. Ethiopian troops crossed the border. Ethiopian jets "
        "struck Kismayo. Somalia said it would not work with the authorities."
    )
    # Ethiopia is named most, and its forces last: the officials named before are Somalia's
    assert linked(pipeline, text, "authorities")[0] == "Somalia"


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        (
            "Kenya's foreign ministry summoned the envoy.",
            "ministry",
            ("Ministry of Foreign Affairs of Kenya", "GovernmentBody", "kenya", "KEN"),
        ),
        (
            "The Nigerian defense ministry said troops repelled the raid.",
            "ministry",
            ("Ministry of Defense of Nigeria", "GovernmentBody", "nigeria", "NGA"),
        ),
        (
            "Sudan's sovereign council condemned the attack.",
            "council",
            ("Sovereign Council of Sudan", "GovernmentBody", "sudan", "SDN"),
        ),
        # a body the gazetteer knows is that actor
        (
            "Iran's foreign ministry rejected the report.",
            "ministry",
            ("Ministry of Foreign Affairs of Iran", "GovernmentBody", "iran", "IRN"),
        ),
    ],
)
def test_a_states_named_body_is_a_body_of_that_state(
    pipeline: Pipeline, text: str, word: str, expected: tuple
) -> None:
    assert linked(pipeline, text, word) == expected


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The provincial council in Kandahar met on Sunday.", "council"),  # no state named
        ("Peru's ministry said nothing.", "ministry"),  # which ministry is not said
        ("The ministry said nothing.", "ministry"),
        ("Li Wei of the Chinese Council of Policy Studies spoke.", "Council"),  # a name
    ],
)
def test_a_body_without_its_state_or_its_name_is_no_actor(
    pipeline: Pipeline, text: str, word: str
) -> None:
    assert linked(pipeline, text, word) is None


def test_officials_of_a_named_group_in_a_capital_are_the_groups(pipeline: Pipeline) -> None:
    text = "Colombia's president met ELN officials in Bogota."
    assert linked(pipeline, text, "officials")[0] == "National Liberation Army"
    # with no group named, the officials in a capital are that state's
    text = "The envoy met officials in Beirut."
    assert linked(pipeline, text, "officials")[0] == "Lebanon"


def test_a_demonym_ending_a_persons_name_is_no_state(pipeline: Pipeline) -> None:
    text = "Volker Turk, the U.N. human rights chief, condemned the executions."
    assert linked(pipeline, text, "Turk")[:2] == ("Volker Türk", "Person")
    # a demonym after a capitalised word that modifies a noun stays the state's
    text = "Radical French farmers blocked the roads."
    assert linked(pipeline, text, "French")[:2] == ("France", "State")


def test_a_known_surname_the_model_missed_is_that_person(pipeline: Pipeline) -> None:
    text = "Erdogan blocked the sale on Monday."
    assert linked(pipeline, text, "Erdogan")[:2] == ("Recep Tayyip Erdoğan", "Person")
    # next to another proper noun it is part of another name
    text = "The Erdogan Foundation blocked the sale."
    found = linked(pipeline, text, "Erdogan")
    assert found is None or found[1] != "Person"


def test_the_council_is_the_council_named_before(pipeline: Pipeline) -> None:
    text = "The African Union Peace and Security Council met. Kenya urged the council to act."
    assert linked(pipeline, text, "council")[1] == "InternationalOrganization"
    text = "The International Court of Justice ruled. Israel rejected the court's order."
    assert linked(pipeline, text, "court")[0] == "International Court of Justice"
    # a nearer council no actor stands for is the one meant
    text = "The U.N. Security Council met. The city council met. Kenya praised the council."
    assert linked(pipeline, text, "council", occurrence=1) is None


def test_the_group_prefers_an_armed_group_nearby_then_the_nearest_actor(
    pipeline: Pipeline,
) -> None:
    text = (
        "Hezbollah fired rockets at Israel. Human Rights Watch criticized the attack. "
        "The group said it targeted military sites."
    )
    assert linked(pipeline, text, "group")[0] == "Hezbollah"
    text = "The G7 statement said the group remains concerned about China."
    assert linked(pipeline, text, "group")[1] == "InternationalOrganization"
    text = (
        "Hamas fired rockets in May. Talks stalled. Prices rose. Markets fell. "
        "Amnesty International published a report. The group said civilians were hit."
    )
    assert linked(pipeline, text, "group")[0] == "Amnesty International"


def test_a_name_in_quotes_of_its_own_is_a_term_not_an_actor(pipeline: Pipeline) -> None:
    text = (
        "Analysts call these four nations the “Axis of Upheaval,” citing their ties. "
        "The G7 statement said the group remains concerned."
    )
    assert linked(pipeline, text, "Upheaval") is None
    assert linked(pipeline, text, "group")[0] == "Group of Seven"


def test_bare_authorities_or_police_acting_are_the_dominant_states(pipeline: Pipeline) -> None:
    text = (
        "Uganda has seen protests for weeks. Authorities arrested an opposition leader. "
        "Police detained his supporters in Kampala."
    )
    assert linked(pipeline, text, "Authorities")[:2] == ("Uganda", "State")
    assert linked(pipeline, text, "Police")[:2] == ("Police of Uganda", "GovernmentBody")
    # so are prosecutors, the state's judiciary
    text = (
        "Uganda has seen protests for weeks. Authorities arrested an opposition leader in "
        "Kampala. Prosecutors charged him with treason."
    )
    assert linked(pipeline, text, "Prosecutors")[:2] == ("Judiciary of Uganda", "GovernmentBody")
    # as an object they are not taken for the article's state
    text = "Uganda has seen protests. Kampala blamed police for the deaths in Uganda."
    assert linked(pipeline, text, "police") is None


def test_forces_of_a_person_with_no_known_state_are_his(pipeline: Pipeline) -> None:
    text = "Israel struck Gaza. Ibrahim Jadhran's forces attacked Ras Lanuf."
    assert linked(pipeline, text, "forces")[:2] == ("Ibrahim Jadhran-led forces", "ArmedGroup")
    # so for a leader of an armed group the gazetteer knows with no group of his
    text = "Israel struck Gaza. Guy Philippe's forces attacked Hinche."
    assert linked(pipeline, text, "forces")[:2] == ("Guy Philippe-led forces", "ArmedGroup")
    # and the group he leads for one it gives a group
    text = "Israel struck Gaza. Khalifa Haftar's forces attacked Tripoli."
    assert linked(pipeline, text, "forces")[:2] == ("Libyan National Army", "ArmedGroup")


@pytest.mark.parametrize(
    ("text", "word", "label"),
    [
        # no coalition named before: the one whose adversary the article names
        (
            "Coalition aircraft struck Houthi positions near Hodeidah.",
            "aircraft",
            "Saudi-led coalition",
        ),
        (
            "The coalition said its jets hit Islamic State targets near Raqqa.",
            "coalition",
            "Global Coalition to Defeat ISIS",
        ),
        # a coalition named before wins
        (
            "The Saudi-led coalition bombed Sanaa. Islamic State said the coalition lied.",
            "coalition",
            "Saudi-led coalition",
        ),
    ],
)
def test_the_coalition_of_an_article(pipeline: Pipeline, text: str, word: str, label: str) -> None:
    found = linked(pipeline, text, word, occurrence=-1 if text.count(word) > 1 else 0)
    assert found is not None
    assert found[0] == label


def test_a_coalition_without_a_known_adversary_is_no_actor(pipeline: Pipeline) -> None:
    assert linked(pipeline, "Kenyan forces joined the coalition in 2011.", "coalition") is None


def test_the_coalitions_file_is_checked(tmp_path: Path) -> None:
    from kg.resolve.composite import read_coalitions

    good = tmp_path / "good.txt"
    good.write_text("# comment\nsaudi-led-coalition: houthis\n", encoding="utf-8")
    assert read_coalitions(good) == {"saudi-led-coalition": frozenset({"houthis"})}
    bad = tmp_path / "bad.txt"
    bad.write_text("saudi-led-coalition houthis\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.txt:1"):
        read_coalitions(bad)


def test_a_state_force_the_gazetteer_names_is_that_force(pipeline: Pipeline) -> None:
    # "China's coast guard" is the China Coast Guard, not the People's Liberation Army
    found = linked(pipeline, "China's coast guard boarded the boat.", "guard")
    assert found is not None
    assert found[0] == "China Coast Guard"
    # the forces as a whole stay the state's armed forces
    found = linked(pipeline, "China's forces held drills.", "forces")
    assert found is not None
    assert found[0] != "China Coast Guard"


def test_the_troops_take_up_a_branch_of_the_forces_named_before(pipeline: Pipeline) -> None:
    # "the Nigerian Army" is a branch of Nigeria's armed forces: still Nigeria's forces
    text = "The Nigerian Army said the attack was repelled. The troops killed the gunmen."
    assert linked(pipeline, text, "troops") == (
        "Nigerian Armed Forces",
        "GovernmentBody",
        "nigeria",
        "NGA",
    )


def test_an_armed_agent_noun_capitalised_is_no_name(pipeline: Pipeline) -> None:
    # NER takes "Army" or "Rebels" opening a sentence for an organisation
    text = "Army spokesman Onyema Nwachukwu said the base was safe."
    assert linked(pipeline, text, "Army") is None
    # but a body named by one capitalised word of government stays one
    text = "Israel's Cabinet met on Sunday."
    assert linked(pipeline, text, "Cabinet") is not None


def test_coordinated_demonyms_each_have_the_shared_agent(pipeline: Pipeline) -> None:
    # "Chadian and Nigerien troops": Chad's forces as well as Niger's
    text = "Chadian and Nigerien troops jointly attacked Boko Haram."
    chad = linked(pipeline, text, "Chadian")
    assert chad is not None
    assert chad[1:] == ("GovernmentBody", "chad", "TCD")
    # a noun of state officials shares no agent: the states stay states
    text = "Chadian and Nigerien officials met in Niamey."
    assert linked(pipeline, text, "Chadian") == ("Chad", "State", None, "TCD")


def test_the_rebels_somewhere_are_the_group_named_before(pipeline: Pipeline) -> None:
    # "the insurgents in Doha": where the group named before is, not a group of Doha's
    text = (
        "The Taliban seized Kabul in 2021. The United States negotiated with the "
        "insurgents in Qatar's capital, Doha."
    )
    assert linked(pipeline, text, "insurgents") == ("Taliban", "ArmedGroup", None, "AFG")
    # with no group named before, no group is taken up (kg.extract.arguments makes
    # "rebels in the Ivory Coast" a group of their own)
    assert linked(pipeline, "The rebels in the Ivory Coast seized Bouake.", "rebels") is None


def test_government_forces_are_the_storys_state_after_foreign_troops(pipeline: Pipeline) -> None:
    # the Ethiopian troops are named last, but "government forces" are Somalia's: the
    # state the story is about; a participle after them says what they do, not which
    text = (
        "Somalia's army has struggled to contain al-Shabab in Somalia. Hundreds of "
        "Ethiopian troops crossed into Somalia to support government forces battling "
        "the militants."
    )
    found = linked(pipeline, text, "forces")
    assert found is not None
    assert found[2] == "somalia"


def test_generic_militants_acted_on_by_the_group_are_others(pipeline: Pipeline) -> None:
    # the militants the Taliban are said to harbour are not the Taliban
    text = "The Taliban government denied that it harbors militants who attack Pakistan."
    assert linked(pipeline, text, "militants") is None
    # but militants acting after the group is named are that group
    text = "Al-Shabab attacked a base in Somalia. The militants killed ten soldiers."
    found = linked(pipeline, text, "militants")
    assert found is not None
    assert found[0] == "al-Shabaab"


def test_a_capitalised_plural_tagged_as_a_name_is_an_agent(pipeline: Pipeline) -> None:
    # "Rebels" opening a sentence, tagged as a proper noun, are still the group's
    # rebels; an unknown "... Defence Force" is an armed group
    text = "Rebels of the Karenni Nationalities Defence Force captured the town of Loikaw."
    found = linked(pipeline, text, "Rebels")
    assert found is not None
    assert found[:2] == ("Karenni Nationalities Defence Force", "ArmedGroup")


def test_anti_names_the_enemy_not_the_affiliation(pipeline: Pipeline) -> None:
    # "anti-Pakistan militants" fight Pakistan: no Pakistani militants
    found = linked(pipeline, "India supports anti-Pakistan militants in Afghanistan.", "militants")
    assert found is not None
    assert found[0] == "Anti-Pakistan militants"
    assert found[2] is None


def test_an_armed_group_counts_for_its_state_when_nothing_else_decides(
    pipeline: Pipeline,
) -> None:
    # Nigeria (Borno) once, the United States once: Boko Haram, fighting in Nigeria,
    # decides
    text = (
        "Boko Haram attacked a village in Borno on Monday. Washington condemned the raid. "
        "Boko Haram later clashed with the army."
    )
    found = linked(pipeline, text, "army")
    assert found is not None
    assert found[2] == "nigeria"


def test_an_armed_group_does_not_outweigh_the_state_the_article_is_about(
    pipeline: Pipeline,
) -> None:
    # Kenya is named often; al-Shabab (Somalia) twice does not make "the police" Somalia's
    text = (
        "Kenya closed the Dadaab camp. Kenyan officials said al-Shabab used the camp. "
        "Nairobi blamed al-Shabab for attacks in Kenya. The police arrested ten men."
    )
    found = linked(pipeline, text, "police")
    assert found is not None
    assert "somalia" not in (found[2] or "")


def test_the_army_accused_of_an_act_is_still_the_army(pipeline: Pipeline) -> None:
    # "of bombing civilians", hung on the noun, is the charge, not a description
    text = "Al-Shabab fought the army in Somalia. It accused the army of bombing civilians."
    found = linked(pipeline, text, "army", 1)
    assert found is not None
    assert found[2] == "somalia"


def test_the_army_is_not_the_foreign_forces_acted_on_before(pipeline: Pipeline) -> None:
    text = (
        "Burkina Faso's military government seized power in 2022. The junta has since "
        "expelled French troops. Human Rights Watch accused the army of executing civilians."
    )
    found = linked(pipeline, text, "army")
    assert found is not None
    assert found[2] == "burkina-faso"


def test_a_persons_government_is_the_state_of_the_title_given_before(
    pipeline: Pipeline,
) -> None:
    # a person the gazetteer does not know: the state of "Honduran President"
    text = (
        "Honduran President Xiomara Castro said her government would end an extradition "
        "treaty with the United States."
    )
    found = linked(pipeline, text, "government")
    assert found is not None
    assert found[0] == "Honduras"


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "Peruvian President Dina Boluarte met students on Monday. Amnesty International "
            "accused her government of killing protesters.",
            "Peru",
        ),
        (
            "Gabonese President Brice Oligui Nguema visited Paris. Critics said his "
            "government had jailed journalists.",
            "Gabon",
        ),
    ],
)
def test_a_persons_government_is_the_state_of_the_person_named_before(
    pipeline: Pipeline, text: str, state: str
) -> None:
    # "her government" in the sentence after the person's: still that person's state
    found = linked(pipeline, text, "government")
    assert found is not None
    assert found[0] == state


def test_an_unnamed_holder_leaves_his_forces_to_the_context(pipeline: Pipeline) -> None:
    text = (
        "Antony Blinken met Afghan officials in Kabul. The Afghan army chief said his forces "
        "had killed 100 Taliban fighters."
    )
    found = linked(pipeline, text, "forces")
    assert found is not None
    assert "United States" not in found[0]


@pytest.mark.parametrize(
    "text",
    [
        # "the junta" is the military in power: the state whose forces were named
        "Myanmar's military seized power in 2021. The junta has since bombed schools.",
        # the charge hung on the object is no description of which junta
        "Myanmar's military seized power in 2021. Rebels accused the junta of bombing schools.",
    ],
)
def test_the_junta_is_the_state_whose_military_was_named(pipeline: Pipeline, text: str) -> None:
    found = linked(pipeline, text, "junta")
    assert found is not None
    assert found[2] == "myanmar" or found[0] == "Myanmar"


@pytest.mark.parametrize(
    ("text", "word", "state"),
    [
        # the body an office is named after is the story's state's
        (
            "Al-Shabaab stormed a hotel in Mogadishu, police spokesman Abdifatah Adan Hassan said.",
            "police",
            "SOM",
        ),
        (
            "Sudan's army and the RSF have fought since April 2023. Army chief General "
            "Abdel Fattah al-Burhan rejected the truce.",
            "Army",
            "SDN",
        ),
    ],
)
def test_the_body_of_an_office_is_the_story_states(
    pipeline: Pipeline, text: str, word: str, state: str
) -> None:
    found = linked(pipeline, text, word)
    assert found is not None
    assert found[1] == "GovernmentBody"
    assert found[3] == state


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # a ministry named by its topic alone is the story's state's, not one "Foreign
        # Ministry" shared by every state
        (
            "China warned Japan on Monday. Foreign Ministry spokesperson Lin Jian said "
            "Beijing would respond.",
            "CHN",
        ),
        (
            "Iran accused Israel of a cyberattack. Foreign ministry spokesman Esmaeil Baghaei "
            "said Tehran would respond.",
            "IRN",
        ),
    ],
)
def test_a_bare_ministry_is_the_story_states(pipeline: Pipeline, text: str, state: str) -> None:
    found = linked(pipeline, text, "Ministry" if "Ministry" in text else "ministry")
    assert found is not None
    assert found[1] == "GovernmentBody"
    assert found[3] == state


def test_forces_whose_owner_is_the_relative_clauses_noun(pipeline: Pipeline) -> None:
    found = linked(
        pipeline,
        "Mali turned to Turkey, whose military instructors arrived in Bamako.",
        "instructors",
    )
    assert found is not None
    assert found[3] == "TUR"


def test_groups_a_state_backs_are_an_armed_group_and_rights_groups_are_not(
    pipeline: Pipeline,
) -> None:
    found = linked(pipeline, "Officials blamed the attack on Turkish-backed groups.", "groups")
    assert found is not None
    assert found[1] == "ArmedGroup"
    found = linked(pipeline, "Human rights groups accused the army of abuses.", "groups")
    assert found is None or found[1] != "ArmedGroup"


def test_government_troops_are_of_the_state_the_storys_places_lie_in(pipeline: Pipeline) -> None:
    text = (
        "Rwandan jets struck positions near Goma, Rwanda said. Government troops later "
        "shelled rebel-held villages in Masisi, where the M23 is active."
    )
    troops = linked(pipeline, text, "troops")
    assert troops is not None
    assert troops[3] == "COD"  # not Rwanda's, named more often
    rebels = linked(pipeline, text, "rebel")  # "rebel-held": the group that holds them
    assert rebels is not None
    assert rebels[0] == "M23"


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # a named group's body, named by its possessive
        (
            "Hezbollah's political council rejected the proposal on Sunday.",
            "council",
            ("Political Council of Hezbollah", "Organization", "hezbollah", "LBN"),
        ),
        # taken up by "the group's"
        (
            "The Moro National Liberation Front signed the accord. The group's central "
            "committee later endorsed the nominee.",
            "committee",
            (
                "Central Committee of Moro National Liberation Front",
                "Organization",
                "moro-national-liberation-front",
                "PHL",
            ),
        ),
        # "its" of the clause's subject
        (
            "Egypt said through its foreign ministry that it backed the plan.",
            "ministry",
            ("Ministry of Foreign Affairs of Egypt", "GovernmentBody", "egypt", "EGY"),
        ),
        # a topic of several words
        (
            "Hezbollah's political and security council met.",
            "council",
            ("Political and Security Council of Hezbollah", "Organization", "hezbollah", "LBN"),
        ),
        (
            "Ghana's central bank raised its key rate.",
            "bank",
            ("Central Bank of Ghana", "GovernmentBody", "ghana", "GHA"),
        ),
        # a body a state has one of, by its noun alone (its legislature, one node
        # whatever its chambers are called)
        (
            "Ghana's national assembly passed the bill.",
            "assembly",
            ("Legislature of Ghana", "GovernmentBody", "ghana", "GHA"),
        ),
    ],
)
def test_a_possessed_body_is_part_of_its_owner(
    pipeline: Pipeline, text: str, word: str, expected: tuple
) -> None:
    assert linked(pipeline, text, word) == expected


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # which council is not said
        ("Senegal's council met on Monday.", "council"),
        # a time, not a name
        ("Peru's new commission began its work.", "commission"),
        # a person's office is no body
        ("President Lula's office issued a statement.", "office"),
        # the body has its name: the name is the actor
        ("Komnas HAM, Indonesia's national human rights commission, said so.", "commission"),
    ],
)
def test_no_possessed_body_without_its_name(pipeline: Pipeline, text: str, word: str) -> None:
    found = linked(pipeline, text, word)
    assert found is None


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # an agent listed with a state's agent is that state's
        (
            "Nigerian troops and police arrested 20 suspects in Maiduguri.",
            "police",
            ("Police of Nigeria", "GovernmentBody", "nigeria", "NGA"),
        ),
        # a count is people, not the state's force
        ("Ghanaian troops and two policemen were wounded.", "policemen", None),
        # an agent with its own state keeps it
        (
            "Ghanaian troops and Togolese police patrolled the border.",
            "police",
            ("Police of Togo", "GovernmentBody", "togo", "TGO"),
        ),
    ],
)
def test_an_agent_listed_with_a_states_agent_is_that_states(
    pipeline: Pipeline, text: str, word: str, expected: tuple | None
) -> None:
    assert linked(pipeline, text, word) == expected


def test_a_spokesman_of_the_storys_army_under_an_indefinite_article(
    pipeline: Pipeline,
) -> None:
    """ "An army spokesman, X": one of its spokesmen; the army is still the story's."""
    text = (
        "Sudan's army recaptured the palace in Khartoum on Friday. The army said its troops "
        "killed dozens of RSF fighters. An army spokesman, Nabil Abdallah, said the "
        "operation continued."
    )
    assert linked(pipeline, text, "army", 2) == (
        "Sudanese Armed Forces",
        "GovernmentBody",
        "sudan",
        "SDN",
    )
    # an army patrol is a unit, no actor
    text = "Sudan's army recaptured the palace in Khartoum. An army patrol was ambushed."
    assert linked(pipeline, text, "army", 1) is None


def test_the_datelines_state_tells_the_storys_state(pipeline: Pipeline) -> None:
    """Togo named most, Ghana close behind: the dateline (Lome) settles it."""
    from kg.nlp import blank_dateline

    text = (
        "LOME, Jan 12 (Reuters) - Militants attacked a border post in northern Togo, "
        "the Togolese government said, days after Ghana reinforced its border. Ghana's "
        "interior minister said Accra was watching Togo closely. Soldiers repelled the "
        "assault, and a curfew was imposed in Dapaong in Togo."
    )
    doc = pipeline.nlp(blank_dateline(text))
    links = link_actors(doc, pipeline.gazetteer, text=text)
    soldiers = links.at(next(t for t in doc if t.text == "Soldiers"))
    assert soldiers is not None
    assert soldiers.actor.country == "TGO"
    # the same story with no dateline names no clear state for them
    doc = pipeline.nlp(blank_dateline(text))
    links = link_actors(doc, pipeline.gazetteer)
    soldiers = links.at(next(t for t in doc if t.text == "Soldiers"))
    assert soldiers is None or soldiers.actor.country != "TGO"


def test_the_opposition_is_the_dominant_states(pipeline: Pipeline) -> None:
    text = (
        "Zambia votes in August. President Hakainde Hichilema toured Lusaka and Ndola. "
        "The ruling party accused the opposition of spreading lies in Zambia."
    )
    assert linked(pipeline, text, "opposition")[:2] == ("Zambian opposition", "Organization")
    text = (
        "Georgia has seen protests for weeks in Tbilisi. Georgian police raided the offices "
        "of opposition lawmakers in Batumi."
    )
    assert linked(pipeline, text, "lawmakers")[:2] == (
        "Georgian opposition lawmakers",
        "Organization",
    )
    # no state the story is clearly about: dropped
    text = "Serbia and Kosovo traded blame. The opposition walked out."
    assert linked(pipeline, text, "opposition") is None
    # activists and protesters stay people (unless repressed: see below)
    text = "Georgia has seen protests in Tbilisi. Georgian activists praised protesters in Batumi."
    assert linked(pipeline, text, "protesters") is None


def test_repressed_opponents_are_the_dominant_states_however_many(pipeline: Pipeline) -> None:
    text = (
        "Azerbaijan hosted the summit in Baku. The government in Baku jailed 40 activists "
        "and stripped 12 opponents of their citizenship."
    )
    assert linked(pipeline, text, "activists")[:2] == ("Azerbaijani activists", "Organization")
    assert linked(pipeline, text, "opponents")[:2] == ("Azerbaijani opponents", "Organization")
    text = "Cambodia held a vote in Phnom Penh. Dozens of dissidents were arrested in Cambodia."
    assert linked(pipeline, text, "dissidents")[:2] == ("Cambodian dissidents", "Organization")
    # not repressed, or someone's opponents: people, not an actor
    text = "Azerbaijan hosted the summit in Baku. Activists marched in Baku."
    assert linked(pipeline, text, "Activists") is None
    text = "Azerbaijan hosted the summit in Baku. Aliyev's opponents criticised the vote."
    assert linked(pipeline, text, "opponents") is None
    # unidentified or foreign: whose, nobody says
    text = "Azerbaijan hosted the summit in Baku. Police in Baku detained foreign activists."
    assert linked(pipeline, text, "activists") is None


def test_a_clause_of_place_gives_its_state_to_the_agents_in_it(pipeline: Pipeline) -> None:
    # the story names Peru and Bolivia alike: the clause says whose police and activists
    text = (
        "Peru and Bolivia signed a border deal in Lima. Bolivian officials praised it in "
        "La Paz. In Peru, where the authorities detained 30 activists, farmers protested."
    )
    assert linked(pipeline, text, "authorities")[:2] == ("Peru", "State")
    assert linked(pipeline, text, "activists")[:2] == ("Peruvian activists", "Organization")
    text = (
        "Peru and Bolivia signed a border deal in Lima. Bolivian officials praised it in "
        "La Paz. In Peru, police detained the opposition's leaders."
    )
    assert linked(pipeline, text, "police")[:2] == ("National Police of Peru", "GovernmentBody")


def test_the_holder_of_a_place_before_hands_is_the_dominant_states(pipeline: Pipeline) -> None:
    text = "Sudan's war entered its third year in Khartoum. Port Sudan remains in army hands."
    assert linked(pipeline, text, "army")[:2] == ("Sudanese Armed Forces", "GovernmentBody")
    text = "Guinea's junta delayed the vote in Conakry. The mines remain in junta hands."
    assert linked(pipeline, text, "junta")[:2] == ("Guinea", "State")
    # other undetermined modifiers stay a unit or its people
    text = "Sudan's war entered its third year in Khartoum. An army convoy left."
    assert linked(pipeline, text, "army") is None


def test_the_army_takes_up_the_troops_backed_not_their_backers(pipeline: Pipeline) -> None:
    text = (
        "Fighting broke out between Somalia's army and al-Shabab near Baidoa. Government "
        "troops backed by Ethiopian soldiers shelled the town. The army said it lost a base."
    )
    assert linked(pipeline, text, "army", 1)[:2] == ("Somali National Army", "GovernmentBody")
    # forces named as the doers are still the ones "the army" takes up
    text = (
        "Fighting broke out between Somalia's army and al-Shabab near Baidoa. Ethiopian "
        "soldiers shelled the town. The army said it lost a base."
    )
    assert linked(pipeline, text, "army", 1)[0] != "Somali National Army"


def test_repressed_crowds_and_described_activists_are_no_states_opponents(
    pipeline: Pipeline,
) -> None:
    # a crowd dispersed stays people; a phrase that says whose activists is its own
    text = "Liberia held a vote in Monrovia. Liberian police dispersed demonstrators in Monrovia."
    assert linked(pipeline, text, "demonstrators") is None
    text = "Liberia held a vote in Monrovia. Police arrested Muslim student activists in Monrovia."
    assert (linked(pipeline, text, "activists") or ("",))[0] != "Liberian activists"


def test_the_opposition_is_placed_by_its_own_phrase(pipeline: Pipeline) -> None:
    # "some" opposition politicians are still the opposition's; "in Harare" says whose
    text = (
        "Zimbabwe and Zambia signed a trade deal. Zambia praised it. Some opposition "
        "politicians in Harare accused the police of beating protesters."
    )
    assert linked(pipeline, text, "politicians")[:2] == (
        "Zimbabwean opposition politicians",
        "Organization",
    )
    # the place in its phrase wins over the state the story names most
    text = (
        "Zambia and Zimbabwe signed a deal in Lusaka. Zambia praised it in Lusaka. Zambia "
        "hailed it. Opposition politicians in Harare criticised the deal."
    )
    assert linked(pipeline, text, "politicians")[:2] == (
        "Zimbabwean opposition politicians",
        "Organization",
    )


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Rights groups accused Ethiopian troops of abuses in Tigray.", "groups"),
        ("Several human rights organisations condemned the junta.", "organisations"),
        ("Rights activists accused the Bangladeshi police of torture.", "activists"),
    ],
)
def test_rights_groups_at_large_are_no_actor(pipeline: Pipeline, text: str, word: str) -> None:
    # the guide's generic actors have an affiliation ("Syrian rebels"); the rights groups
    # of no state or name are not one actor
    assert linked(pipeline, text, word) is None


def test_the_force_far_back_is_the_one_force_the_article_named(pipeline: Pipeline) -> None:
    text = (
        "The Multinational Joint Task Force struck Boko Haram camps near Lake Chad. Chad "
        "sent more troops to Baga. Niger pulled out of the alliance in March. Nigeria's army "
        "said it was ready. Human rights groups urged the force to protect civilians."
    )
    assert linked(pipeline, text, "force")[0] == "Multinational Joint Task Force"
    # two forces named far back: which, nobody can tell
    text = (
        "The Multinational Joint Task Force and the Rapid Support Forces were named. Chad "
        "sent more troops to Baga. Niger pulled out of the alliance in March. Nigeria's army "
        "said it was ready. Human rights groups urged the force to protect civilians."
    )
    assert (linked(pipeline, text, "force") or ("",))[0] not in (
        "Multinational Joint Task Force",
        "Rapid Support Forces",
    )


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # a state's demonym and a people's coordinated: the noun is the people's, the
        # state's demonym has its own
        ("Afghan and Pashtun militias attacked the border post.", "militias", "Pashtun militias"),
        ("Malian and Tuareg fighters clashed near Kidal.", "fighters", "Tuareg fighters"),
        ("Afghan and Pashtun militias attacked the border post.", "Afghan", "Afghan militias"),
        # one phrase of a state and a people is still one actor
        ("Syrian Kurdish fighters held the town.", "fighters", "Syrian Kurdish fighters"),
    ],
)
def test_coordinated_affiliations_are_each_their_own(
    pipeline: Pipeline, text: str, word: str, expected: str
) -> None:
    assert linked(pipeline, text, word)[0] == expected


@pytest.mark.parametrize(
    ("text", "word", "label"),
    [
        (
            "Ecuador's Ministry of Defense said troops killed 12 gang members.",
            "Defense",
            "Ministry of Defense of Ecuador",
        ),
        (
            "The Ministry of Interior of Niger banned the protests.",
            "Interior",
            "Ministry of Interior of Niger",
        ),
        (
            "Vietnam's Ministry of Foreign Affairs protested the Chinese survey.",
            "Affairs",
            "Ministry of Foreign Affairs of Vietnam",
        ),
    ],
)
def test_a_ministry_named_in_full_is_its_states(
    pipeline: Pipeline, text: str, word: str, label: str
) -> None:
    found = linked(pipeline, text, word)
    assert found is not None
    assert found[0] == label


def test_two_states_ministries_named_in_full_are_two_actors(pipeline: Pipeline) -> None:
    text = (
        "Kenya's Ministry of Health reported 40 cases. Uganda's Ministry of Health reported "
        "12 more."
    )
    first, second = (linked(pipeline, text, "Health", n) for n in (0, 1))
    assert first is not None
    assert second is not None
    assert (first[0], second[0]) == ("Ministry of Health of Kenya", "Ministry of Health of Uganda")


@pytest.mark.parametrize(
    ("text", "word", "label"),
    [
        (
            "Bolivia's National Police arrested 14 protesters.",
            "Police",
            "National Police of Bolivia",
        ),
        (
            "Sudan's Security and Defense Council cut ties with Kenya.",
            "Council",
            "Security and Defense Council of Sudan",
        ),
        (
            "The National Guard of Mexico fired tear gas at migrants.",
            "Guard",
            "National Guard of Mexico",
        ),
        # an article clearly about one state: its institution
        (
            "Guatemala's president dissolved the cabinet on Monday. Guatemalan officials said "
            "the Constitutional Court would rule on the decree. Guatemala has been in crisis "
            "since the vote.",
            "Court",
            "Constitutional Court of Guatemala",
        ),
    ],
)
def test_an_institution_of_a_common_name_is_its_states(
    pipeline: Pipeline, text: str, word: str, label: str
) -> None:
    found = linked(pipeline, text, word)
    assert found is not None
    assert found[0] == label


def test_an_institution_of_a_common_name_and_no_state_stays_a_name(pipeline: Pipeline) -> None:
    # no state named anywhere: whose it is, nothing says
    found = linked(pipeline, "The National Guard was deployed overnight.", "Guard")
    assert found is None or found[0] == "National Guard"


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # a group's regional branch, named by the group and the region
        (
            "Puntland troops stormed a base of Islamic State's Somali branch.",
            "branch",
            "Islamic State Somalia Province",
        ),
        (
            "The West Africa province of Islamic State attacked a base in Borno.",
            "province",
            "Islamic State West Africa Province",
        ),
        (
            "Fighters from Islamic State's Sahel affiliate killed 12 soldiers.",
            "affiliate",
            "Islamic State Sahel Province",
        ),
        (
            "Islamic State's Mozambique affiliate attacked Rwandan troops.",
            "affiliate",
            "Islamic State Mozambique Province",
        ),
        # (a region the group has no branch named after is none)
        ("Islamic State's local affiliate claimed the bombing.", "affiliate", None),
    ],
)
def test_a_regional_branch_of_a_group(
    pipeline: Pipeline, text: str, word: str, expected: str | None
) -> None:
    found = linked(pipeline, text, word)
    assert (found[0] if found else None) == expected
