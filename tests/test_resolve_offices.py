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
    assert holder(pipeline, text, "envoy") == "Vassily Nebenzia"


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
