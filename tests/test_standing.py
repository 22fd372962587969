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
        # none named in the sentence, the story about his own: the holder's name
        (
            "Uganda's police raided a camp. President Yoweri Museveni banned the rallies.",
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
