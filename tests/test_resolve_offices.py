"""Office holders named by their office alone (kg.resolve.offices).

Sentences written for these tests, with officials of several theatres; parsed by the
real model with the full gazetteer.
"""

from __future__ import annotations

import pytest

from kg.pipeline import Pipeline
from kg.resolve import link_actors

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def holder(pipeline: Pipeline, text: str, word: str, occurrence: int = 0) -> str | None:
    """The label of the person linked at the n-th token ``word``, if a person."""
    doc = pipeline.nlp(text)
    links = link_actors(doc, pipeline.gazetteer)
    token = [t for t in doc if t.text == word][occurrence]
    mention = links.at(token)
    if mention is None or mention.actor.type.value != "Person":
        return None
    return mention.actor.label


def test_the_office_with_the_persons_state_is_that_person(pipeline: Pipeline) -> None:
    text = (
        "Kenya's U.N. envoy Martin Kimani spoke on Monday. "
        "Ethiopia's ambassador Taye Atske Selassie replied. "
        "The Kenyan envoy then said the region was at risk."
    )
    assert holder(pipeline, text, "envoy", 1) == "Martin Kimani"


def test_an_office_of_an_organisation_named_before_the_person(pipeline: Pipeline) -> None:
    # the office comes first, the name later in the article
    text = (
        "The head of the Red Cross said the camps were full. "
        "Mirjana Spoljaric, the president of the Red Cross, visited Goma."
    )
    assert holder(pipeline, text, "head") is None  # "head" and "president" differ
    text = (
        "The head of Amnesty International said the camps were full. "
        "Martin Griffiths, the head of Amnesty International, visited Kenya."
    )
    assert holder(pipeline, text, "head") == "Martin Griffiths"


def test_near_synonyms_of_an_office_match(pipeline: Pipeline) -> None:
    text = "Russian Ambassador Vassily Nebenzia spoke first. Russia's envoy rejected the report."
    assert holder(pipeline, text, "envoy") == "Vasily Nebenzya"


def test_an_office_of_another_state_is_not_the_person(pipeline: Pipeline) -> None:
    text = "Russian Ambassador Vassily Nebenzia spoke first. China's envoy rejected the report."
    assert holder(pipeline, text, "envoy") is None


def test_a_former_office_and_an_office_in_general_are_no_one(pipeline: Pipeline) -> None:
    text = "Former envoy Ali Reza spoke. The envoy said nothing."
    assert holder(pipeline, text, "envoy", 1) is None
    # an indefinite office names no one in particular
    text = "Ambassador Linda Thomas-Greenfield spoke. An ambassador later left."
    assert holder(pipeline, text, "ambassador") is None


def test_the_title_in_an_appositive_stays_the_title(pipeline: Pipeline) -> None:
    text = "Martin Griffiths, the head of Amnesty International, visited Kenya."
    doc = pipeline.nlp(text)
    links = link_actors(doc, pipeline.gazetteer)
    head = next(t for t in doc if t.text == "head")
    assert links.at(head) is None or links.at(head).kind != "coref"


def test_a_holder_hung_on_the_organisation_keeps_the_office(pipeline: Pipeline) -> None:
    # the parser hangs "Martin Kimani" on "the United Nations", not on "representative"
    text = (
        "Speaking at a council meeting on Somalia, Kenya's permanent representative to the "
        "United Nations, Martin Kimani, said Mogadishu needed help. "
        '"The region is at risk," the Kenyan envoy said Monday.'
    )
    assert holder(pipeline, text, "envoy") == "Martin Kimani"
    # the office named with its holder is no reference to the holder
    assert holder(pipeline, text, "representative") is None


def test_an_office_whose_organisation_is_named_in_apposition(pipeline: Pipeline) -> None:
    # the parser hangs the organisation's name on the office: still no person there
    text = (
        "The head of the U.N. food program, WFP, said Thursday that 2 million people "
        "in Gaza are starving. Cindy McCain, WFP's executive director, visited Rafah."
    )
    assert holder(pipeline, text, "head") == "Cindy McCain"
    text = "The head of the agency, Filippo Grandi, said the camps were full."
    assert holder(pipeline, text, "head") is None  # named right there


def test_a_surname_is_the_articles_person_before_the_gazetteers(pipeline: Pipeline) -> None:
    # the gazetteer knows a Lai (Taiwan's president); the article is about Jimmy Lai
    text = (
        "Hong Kong publisher Jimmy Lai has been in jail since 2020. "
        "His son said Lai should be freed. Lai founded Apple Daily."
    )
    assert holder(pipeline, text, "Lai", 1) == "Jimmy Lai"
    assert holder(pipeline, "Taiwan's president Lai said China must stop.", "Lai") == (
        "Lai Ching-te"
    )


def test_an_office_alone_names_its_deputy_holder(pipeline: Pipeline) -> None:
    text = (
        '"We are worried," Peter Ochieng, Kenya\'s deputy U.N. ambassador, told reporters. '
        "Kenya's envoy urged Ethiopia to withdraw its troops."
    )
    assert holder(pipeline, text, "envoy") == "Peter Ochieng"
    # a deputy is not taken for the office in full when someone holds it
    text = (
        "Kenya's ambassador Martin Kimani and Peter Ochieng, Kenya's deputy ambassador, "
        "arrived. Kenya's envoy spoke first."
    )
    assert holder(pipeline, text, "envoy") == "Martin Kimani"


def test_an_office_named_before_its_holders_name(pipeline: Pipeline) -> None:
    # the office first, the name alone in a sentence after it
    text = (
        "Brazil's envoy rejected the resolution on Friday. "
        '"This text is unbalanced," Joao Genesio de Almeida told the council.'
    )
    assert holder(pipeline, text, "envoy") == "Joao Genesio de Almeida"
    # not an indefinite office, nor across a person named just before (who may be meant)
    text = (
        'A Brazilian envoy rejected the resolution. "It is unbalanced," Joao Genesio de '
        "Almeida said."
    )
    assert holder(pipeline, text, "envoy") is None
    text = (
        '"We reject the text," Joao Genesio de Almeida said on Friday. Brazil\'s envoy was '
        'referring to the resolution. "It is late," Antonio Patriota told reporters.'
    )
    assert holder(pipeline, text, "envoy") != "Antonio Patriota"
    # nor someone with another office or another affiliation
    text = (
        "Brazil's envoy rejected the resolution on Friday. "
        '"It is unbalanced," analyst Joao Genesio de Almeida said.'
    )
    assert holder(pipeline, text, "envoy") is None


def test_a_top_diplomat_is_not_the_envoy_named_before(pipeline: Pipeline) -> None:
    text = (
        "Kenya's special envoy Martin Kimani met the rebels. "
        "The top Kenyan diplomat said talks would go on."
    )
    assert holder(pipeline, text, "diplomat") is None
