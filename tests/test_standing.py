"""Standing relations read off noun phrases (kg.extract.standing), on sentences written
for these tests: each rule with a positive case and a trap."""

from __future__ import annotations

import pytest

from kg.extract import extract_from_doc
from kg.pipeline import Pipeline
from kg.types import Article

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def triples(pipeline: Pipeline, text: str) -> set[tuple[str, str, str, str]]:
    doc = pipeline.nlp(text)
    found = extract_from_doc(doc, Article(id="t", text=text), pipeline.gazetteer)
    return {(a.subject.actor.label, a.relation.value, a.object.actor.label, a.rule) for a in found}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chile's Ministry of Foreign Affairs summoned the envoy.",
            ("Ministry of Foreign Affairs of Chile", "partOf", "Chile", "np-part-of"),
        ),
        (
            "Kenya's police arrested the suspects.",
            ("Police of Kenya", "partOf", "Kenya", "np-part-of"),
        ),
        # a body the gazetteer places under another body of its state, named as the
        # modifier of an office
        (
            "Pakistan's army spokesperson blamed Afghanistan.",
            ("Pakistan Army", "partOf", "Pakistan", "np-part-of"),
        ),
        (
            "Chile's foreign minister, Alberto van Klaveren, met his counterpart.",
            ("Alberto van Klaveren", "officialOf", "Chile", "title-first-apposition"),
        ),
        (
            "Nenad Stevandic, a member of the Alliance of Independent Social Democrats, spoke.",
            (
                "Nenad Stevandic",
                "memberOf",
                "Alliance of Independent Social Democrats",
                "title-of-apposition",
            ),
        ),
        (
            "Maria Lopez, the founder of Amnesty International, wrote the report.",
            ("Maria Lopez", "leads", "Amnesty International", "title-of-apposition"),
        ),
        # an organisation described as a group of a place, as an armed group is
        (
            "The Kenya Human Rights Commission, an advocacy group in Nairobi, condemned "
            "the killings.",
            ("Kenya Human Rights Commission", "operatesIn", "Kenya", "np-place"),
        ),
        # a province's chief minister, and a governor whose title the model took for a
        # person's name with the place's: offices of the state the place lies in
        (
            "Kerala chief minister Pinarayi Vijayan met fishermen in Kochi.",
            ("Pinarayi Vijayan", "officialOf", "India", "title-apposition"),
        ),
        (
            "Kherson Governor Oleksandr Prokudin said two people were killed.",
            ("Oleksandr Prokudin", "officialOf", "Ukraine", "title-apposition"),
        ),
        # a region's president, the region tagged or not: an office of its state
        (
            "Oromia President Shimelis Abdisa met the envoy.",
            ("Shimelis Abdisa", "officialOf", "Ethiopia", "title-apposition"),
        ),
        (
            "Sabah President Hajiji Noor met investors in Kota Kinabalu.",
            ("Hajiji Noor", "officialOf", "Malaysia", "title-apposition"),
        ),
        # "its army": the state "its" stands for, when the army is that state's
        (
            "Kenya said its army had killed 20 militants.",
            ("Kenya Defence Forces", "partOf", "Kenya", "np-part-of"),
        ),
        # "its" in a verb's object is its own clause's subject's
        (
            "Ukraine said Russia had moved its troops closer to the border.",
            ("Russian Armed Forces", "partOf", "Russia", "np-part-of"),
        ),
        # an armed party's positions, bases or camps in a place: it is there
        (
            "The Tatmadaw bombed Arakan Army positions in Rakhine.",
            ("Arakan Army", "operatesIn", "Rakhine", "np-place"),
        ),
        (
            "Somali troops overran al-Shabab's camps in Lower Shabelle.",
            ("al-Shabaab", "operatesIn", "Lower Shabelle", "np-place"),
        ),
        # "whose" and a title before the name: the office is of the noun the relative
        # clause is on (or of the name before it, when the parser made the clause the
        # main one)
        (
            "The Ansar Allah movement, whose spokesman Mohammed Abdulsalam met Omani "
            "mediators in Muscat on Monday, said the talks had failed.",
            ("Mohammed Abdulsalam", "officialOf", "Houthis", "title-first-apposition"),
        ),
        (
            "The Libyan government in Tripoli, whose interior minister Imad Trabelsi toured "
            "the port on Sunday, rejected the plan.",
            ("Imad Trabelsi", "officialOf", "Libya", "title-first-apposition"),
        ),
        # an organisation, a body of it, then the title: the organisation's official
        (
            "ECOWAS Commission President Omar Alieu Touray told reporters in Accra that the "
            "bloc would send a mediation team to Guinea-Bissau.",
            (
                "Omar Alieu Touray",
                "officialOf",
                "Economic Community of West African States",
                "title-apposition",
            ),
        ),
        # the holder hung on a noun deep in the office's phrase
        (
            "The U.N. special rapporteur on the situation of human rights in Afghanistan, "
            "Richard Bennett, said in a report that the Taliban's rules were persecution.",
            ("Richard Bennett", "officialOf", "United Nations", "title-first-apposition"),
        ),
        # (the holder's name taken for a place)
        (
            "The U.N. special rapporteur on the situation of human rights in Iran, Mai "
            "Sato, said in a report that executions had risen.",
            ("Mai Sato", "officialOf", "United Nations", "title-first-apposition"),
        ),
        # a state's body named before the office: the body's office
        (
            "Pakistan's Inter-Services Public Relations chief, Lieutenant General Ahmed "
            "Sharif Chaudhry, said the militants had crossed from Afghanistan.",
            (
                "Ahmed Sharif Chaudhry",
                "leads",
                "Inter-Services Public Relations",
                "title-first-apposition",
            ),
        ),
        # a name the model took for a place, right after a title
        (
            "Yogyakarta Mayor Hadi Santoso said the city would reopen its markets on "
            "Monday after the floods receded.",
            ("Hadi Santoso", "officialOf", "Indonesia", "title-apposition"),
        ),
        # the holder named before the source of the report, "a Hamas official said",
        # which the parser hangs on the name
        (
            "The talks were led by Qatar's minister of state, Mohammed Al-Khulaifi, a "
            "Hamas official said on Sunday.",
            ("Mohammed Al-Khulaifi", "officialOf", "Qatar", "title-first-apposition"),
        ),
        # (but a holder who opens the sentence is described, the comma after the office
        # left out)
        (
            "Abdul Rahman Noori, the Kunduz provincial head for the Red Cross and Red "
            "Crescent Society told VOA five people had died.",
            (
                "Abdul Rahman Noori",
                "officialOf",
                "International Committee of the Red Cross",
                "title-of-apposition",
            ),
        ),
        # an office given with a noun of appointment
        (
            "Investors welcomed the election of Bassirou Diomaye Faye as Senegal's "
            "president in March, which ended months of unrest over the delayed vote.",
            ("Bassirou Diomaye Faye", "officialOf", "Senegal", "appointed-as"),
        ),
        (
            "Following the appointment of Mohammed Shia al-Sudani as Iraq's prime "
            "minister, Iran-aligned factions gained influence over state institutions.",
            ("Mohammed Shia al-Sudani", "officialOf", "Iraq", "appointed-as"),
        ),
        # the holder hung as the object of the office's phrase, after a comma
        (
            "Amnesty International's regional director for East and Southern Africa, "
            "Tigere Chagutah, called on the Kenyan authorities to investigate the killings.",
            ("Tigere Chagutah", "officialOf", "Amnesty International", "title-first-apposition"),
        ),
        # two titled names joined by "and": the state named before the first is the
        # second's, when their offices differ
        (
            "Lebanese President Joseph Aoun and Prime Minister Nawaf Salam said in a joint "
            "statement that only the state had the right to decide on war and peace.",
            ("Nawaf Salam", "officialOf", "Lebanon", "title-apposition"),
        ),
        # the institution a unit of work is at, though the model took it for a building
        # (and not the place the institution is in)
        (
            "Yun Sun, director of the China program at the Stimson Center in Washington, "
            "told VOA that Beijing would not abandon Moscow.",
            ("Yun Sun", "officialOf", "Stimson Center", "title-of-apposition"),
        ),
        # the second office of an appositive
        (
            "Lina Khatib, a political scientist and associate fellow of Chatham House, said "
            "Hezbollah had been badly weakened by the war.",
            ("Lina Khatib", "officialOf", "Chatham House", "title-of-apposition"),
        ),
        # "its" before an office whose holder is listed: the actor of the people listed
        (
            "Prosecutors reactivated arrest warrants against 20 members of the Gulf Clan's "
            "leadership, including its top commander, Jobanis de Jesus Avila.",
            ("Jobanis de Jesús Ávila", "leads", "Clan del Golfo", "title-first-apposition"),
        ),
        (
            "Israel has killed several Hezbollah commanders, including its chief of staff, "
            "Haytham Ali Tabatabai.",
            ("Haytham Ali Tabatabai", "officialOf", "Hezbollah", "title-first-apposition"),
        ),
        (
            "The Communist Party of India (Maoist) has suffered heavy losses, including the "
            "killing of its general secretary Basavaraju in May.",
            ("Basavaraju", "officialOf", "Communist Party of India", "title-apposition"),
        ),
        # "A and B, both members of Y", cut off the list by the parser
        (
            "Egypt and Ethiopia, both members of the African Union, have failed to agree "
            "on how to fill and operate the giant dam on the Blue Nile.",
            ("Ethiopia", "memberOf", "African Union", "title-of-apposition"),
        ),
        # a body named beside a description of it as another's force
        (
            "The United Nations' peacekeeping force in southern Lebanon, UNIFIL, said "
            "Israeli troops had fired on its positions near Naqoura.",
            ("UNIFIL", "partOf", "United Nations", "np-part-of"),
        ),
        # a topic after "for" is no organisation of an office named with its owner
        (
            "Volker Türk, the U.N. High Commissioner for Human Rights, said on Friday that "
            "the mass executions in Iran this year violated international law.",
            ("Volker Türk", "officialOf", "United Nations", "title-of-apposition"),
        ),
        # an aide's office named with the leader's name: of the leader's state
        (
            "Netanyahu's spokesman Omer Dostri said the army would keep fighting in Gaza "
            "until all the hostages were returned.",
            ("Omer Dostri", "officialOf", "Israel", "title-apposition"),
        ),
        (
            "Zelensky's chief of staff, Andriy Yermak, said the talks in Jeddah with the "
            "American delegation had been constructive.",
            ("Andriy Yermak", "officialOf", "Ukraine", "title-first-apposition"),
        ),
        # a bare body noun before a title: the body of that name named just before
        (
            "Afghanistan's defence ministry said Pakistani jets had bombed a madrassa in "
            'Paktika. "The Islamic Emirate will defend its territory," ministry spokesman '
            "Enayat Khwarazmi said in a statement.",
            ("Enayat Khwarazmi", "officialOf", "Afghan Ministry of Defence", "title-apposition"),
        ),
        (
            "Taiwan's Mainland Affairs Council condemned the detention of the crew. \"This "
            'is political manipulation," council spokesperson Liang Wen-chieh said.',
            ("Liang Wen-chieh", "officialOf", "Mainland Affairs Council", "title-apposition"),
        ),
    ],
)
def test_standing_relations(pipeline: Pipeline, text: str, expected: tuple) -> None:
    assert expected in triples(pipeline, text)


@pytest.mark.parametrize(
    ("text", "relation", "rule"),
    [
        # weapons are no part of a state
        ("Russian jets flew over the border.", "partOf", "np-part-of"),
        # a state's forces hold positions at home: no presence to tell
        ("Militants attacked Pakistani army positions in Pakistan.", "operatesIn", "np-place"),
        # a senior leader is one of the officials, not the leader
        ("Abu Musa, a senior Boko Haram leader, was killed.", "leads", "title-of-apposition"),
        # an apposition that is no office
        ("Mali's capital, Bamako, was calm.", "officialOf", "title-first-apposition"),
        # the state a deeper phrase of the office names is no organisation of it
        (
            "The head of the commission of inquiry into abuses in Ethiopia, Mohamed "
            "Chande Othman, said access had been blocked.",
            "leads",
            "title-first-apposition",
        ),
        # the source of a report after a name is no office of the person named
        (
            "The talks were led by Qatar's minister of state, Mohammed Al-Khulaifi, a "
            "Hamas official said on Sunday.",
            "officialOf",
            "title-of-apposition",
        ),
        # the leader of a state's body that no actor names leads no state
        (
            "The leader of Uganda's largest opposition party, Robert Kyagulanyi, was "
            "arrested in Kampala on Tuesday.",
            "leads",
            "title-first-apposition",
        ),
        # an armed group described as a state's force is none of its parts
        (
            "Hezbollah, Lebanon's most powerful armed force, rejected the plan.",
            "partOf",
            "np-part-of",
        ),
        # a community holds no offices: its leader is none of its officials
        (
            "Hezbollah courted the Druze community, whose spiritual leader, Sheikh Sami "
            "Abi al-Mona, had urged calm after the clashes near Sweida.",
            "officialOf",
            "title-first-apposition",
        ),
        # an ethnic people's authorities are no part of the state of that name
        (
            "Azerbaijan forced the ethnic Armenian separatist authorities to disband.",
            "partOf",
            "np-part-of",
        ),
    ],
)
def test_standing_traps(pipeline: Pipeline, text: str, relation: str, rule: str) -> None:
    assert not {t for t in triples(pipeline, text) if t[1] == relation and t[3] == rule}


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        # the state named in the office's phrase, not the holder's own name
        ("Burkina Faso's junta leader, Captain Ibrahim Traore, met Putin.", "Burkina Faso"),
        # no state named with the office: the state the sentence names elsewhere
        ("President Yoweri Museveni banned Ugandan opposition candidates.", "Ugandan"),
        # none named in the sentence, his state the source of the report before it: the
        # holder's name
        (
            "Uganda said its police raided a camp. President Yoweri Museveni banned the rallies.",
            "Yoweri Museveni",
        ),
        # the story about another state: the state the sentence names
        (
            "Kenya's police raided a camp. President Yoweri Museveni said Uganda would "
            "send troops to Kenya's border with Kenya's consent.",
            "Uganda",
        ),
    ],
)
def test_the_office_of_a_known_person_cites_the_state_named_with_it(
    pipeline: Pipeline, text: str, evidence: str
) -> None:
    doc = pipeline.nlp(text)
    found = extract_from_doc(doc, Article(id="t", text=text), pipeline.gazetteer)
    [office] = [a for a in found if a.relation.value == "officialOf"]
    assert office.object.span.text == evidence


def test_the_story_state_of_a_bare_title_is_named_just_before_it(pipeline: Pipeline) -> None:
    """A title that names no state gives the story's state only after a sentence naming it.

    Otherwise the text gives no state at all: the gazetteer's knowledge of the holder
    (and the story's count of mentions) is no evidence of the sentence.
    """
    apart = (
        "Uganda's police raided a camp near Kampala. Uganda's army said two rebels died. "
        "Opposition supporters gathered in the capital on Monday. "
        "President Yoweri Museveni banned the rallies."
    )
    doc = pipeline.nlp(apart)
    found = extract_from_doc(doc, Article(id="t", text=apart), pipeline.gazetteer)
    assert not [a for a in found if a.relation.value == "officialOf"]


def test_two_presidents_joined_by_and_are_of_two_states(pipeline: Pipeline) -> None:
    """The demonym before the first of two presidents names no state of the second."""
    text = (
        "Ghanaian President John Mahama and President Alassane Ouattara discussed the "
        "crisis in the Sahel at a meeting in Accra."
    )
    found = triples(pipeline, text)
    assert ("John Mahama", "officialOf", "Ghana", "title-apposition") in found
    assert not any(t[0] == "Alassane Ouattara" and t[2] == "Ghana" for t in found)


def test_the_place_an_institution_is_in_is_no_organisation_of_its_staff(
    pipeline: Pipeline,
) -> None:
    """The place after "in", however deep in the office's phrase, is not whose it is."""
    text = (
        "Yun Sun, director of the China program at the Stimson Center in Washington, told "
        "VOA that Beijing would not abandon Moscow."
    )
    assert not any(t[0] == "Yun Sun" and t[2] == "United States" for t in triples(pipeline, text))


@pytest.mark.parametrize(
    "text",
    [
        # the killer's "its" is not the killed commander's organisation
        "Israel has killed several Hezbollah commanders, including its chief of staff, "
        "Haytham Ali Tabatabai.",
        # a demand about another's leader
        "The UN sanctioned Hamas and demanded the arrest of its leader, Yahya Sinwar.",
    ],
)
def test_its_office_is_not_the_doers(pipeline: Pipeline, text: str) -> None:
    found = triples(pipeline, text)
    assert not any(
        t[1] in ("officialOf", "leads") and t[2] in ("Israel", "United Nations") for t in found
    )


def test_a_leaders_own_lawyer_is_no_official_of_the_state(pipeline: Pipeline) -> None:
    text = "Trump's lawyer, Michael Cohen, testified before Congress on Wednesday."
    assert not [t for t in triples(pipeline, text) if t[1] == "officialOf"]


def test_a_bare_body_noun_of_two_bodies_named_before_is_neither(pipeline: Pipeline) -> None:
    text = (
        "Kenya's interior ministry and the foreign ministry issued statements. Ministry "
        "spokesman Paul Kimani said the curfew would stay."
    )
    assert not [t for t in triples(pipeline, text) if t[0] == "Paul Kimani"]


def test_an_office_stated_elsewhere_is_not_read_again_off_a_bare_title(
    pipeline: Pipeline,
) -> None:
    # the story's state read off the holder's own name only where the article does not
    # state the office with the state named
    alone = "Uganda said its police raided a camp. President Yoweri Museveni banned the rallies."
    stated = (
        "Uganda's president, Yoweri Museveni, toured Gulu on Sunday. Uganda said its police "
        "raided a camp. President Yoweri Museveni banned the rallies."
    )
    offices = []
    for text in (alone, stated):
        doc = pipeline.nlp(text)
        found = extract_from_doc(doc, Article(id="t", text=text), pipeline.gazetteer)
        offices.append(
            [
                (a.object.actor.label, a.object.span.text)
                for a in found
                if a.relation.value == "officialOf"
            ]
        )
    assert offices[0] == [("Uganda", "Yoweri Museveni")]
    assert offices[1] == [("Uganda", "Uganda")]
