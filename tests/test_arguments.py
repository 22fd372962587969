"""Argument finders on real sentences: which actor a noun phrase or pronoun stands for.

Each rule of :mod:`kg.extract.arguments` has a positive case and a negative one (a
look-alike phrase that must not become, or must not change, an actor). The sentences
are parsed by the real model with the full gazetteer.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.arguments import Arguments, open_registries
from kg.pipeline import Pipeline
from kg.resolve import link_actors
from kg.types import ActorType, Article

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def actors(pipeline: Pipeline, sentence: str, word: str) -> list[tuple[str, str, str | None]]:
    """Return (label, type, country) of the actors the first token ``word`` stands for."""
    doc = pipeline.nlp(sentence)
    args = Arguments(doc, link_actors(doc, pipeline.gazetteer))
    token = next(t for t in doc if t.text == word)
    return [(m.actor.label, m.actor.type.value, m.actor.country) for m in args.actors_of(token)]


def labels(pipeline: Pipeline, sentence: str, word: str) -> list[str]:
    return [label for label, _, _ in actors(pipeline, sentence, word)]


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # a group of people placed by a state or place
        (
            "Opposition groups in Zimbabwe are demanding that President Mugabe resign.",
            "groups",
            [("Opposition groups in Zimbabwe", "Organization", "ZWE")],
        ),
        (
            "Rebels in the Ivory Coast on Tuesday blocked transport into Abidjan.",
            "Rebels",
            [("Rebels in the Ivory Coast", "ArmedGroup", "CIV")],
        ),
        (
            "Tens of thousands of university students throughout Indonesia staged "
            "mass demonstrations Saturday.",
            "thousands",
            [("University students throughout Indonesia", "Organization", "IDN")],
        ),
        (
            "Jewish settlers in the West Bank city of Hebron set fire to the offices.",
            "settlers",
            [("Jewish settlers in the West Bank city of Hebron", "Organization", None)],
        ),
        # a plural demonym placed elsewhere, or modified by another state
        (
            "Thousands of Iraqi Kurds demonstrated in the northern city of Kirkuk.",
            "Thousands",
            [("Iraqi Kurds", "Organization", "IRQ")],
        ),
        (
            "Bosnian Serbs shelled the town on Monday.",
            "Serbs",
            [("Bosnian Serbs", "Organization", "BIH")],
        ),
        # the leaders of a group of people are the group
        (
            "Afghan rebel leaders said on Wednesday they would meet the mediator.",
            "leaders",
            [("Afghan rebel leaders", "ArmedGroup", "AFG")],
        ),
        # an organisation with no name of its own
        (
            "Doctors from two American aid groups donated medicine to the school.",
            "groups",
            [("American aid groups", "Organization", "USA")],
        ),
        (
            "Leaders of the Azadliq opposition coalition agreed to postpone the rally.",
            "Leaders",
            [("Azadliq opposition coalition", "Organization", None)],
        ),
        # members act for their organisation; supporters are a group of their own
        (
            "Angry activists from the defeated Fatah Party have staged rallies.",
            "activists",
            [("Fatah", "Organization", "PSE")],
        ),
        (
            "About 200 supporters of former President Ahmed Ben Bella blocked roads.",
            "supporters",
            [("Supporters of Ahmed Ben Bella", "Organization", None)],
        ),
        # an institution of an actor stands for the actor
        (
            "Putin offered to negotiate with the president of Armenia.",
            "president",
            [("Armenia", "State", "ARM")],
        ),
        (
            "The government of Sindh province has ordered patrols by police.",
            "government",
            [("Government of Sindh province", "GovernmentBody", None)],
        ),
        # a title in apposition to a person stands for the person
        (
            "Iran's religious leader Ayatollah Ruhollah Khomeini rejected the call.",
            "leader",
            [("Ruhollah Khomeini", "Person", None)],
        ),
        # equipment stands for its owner
        (
            "United Nations planes evacuated the wounded from Gorazde.",
            "planes",
            [("United Nations", "InternationalOrganization", None)],
        ),
        # an institution owned by a state stands for that state, not for its addressee
        (
            "Iran's U.N. ambassador took part in the talks.",
            "ambassador",
            [("Iran", "State", "IRN")],
        ),
        # people loyal to the leader of a listed group are that group
        (
            "Militants loyal to Abu Musab al-Zarqawi attacked the convoy.",
            "Militants",
            [("al-Qaeda in Iraq", "ArmedGroup", "IRQ")],
        ),
        # loyal to a leader out of power: a group of their own, not his state's army
        (
            "Troops loyal to former President Ali Abdullah Saleh clashed with the Houthis.",
            "Troops",
            [("Troops loyal to Ali Abdullah Saleh", "ArmedGroup", "YEM")],
        ),
        # a place for people stands for them
        (
            "A camp for Congolese refugees was attacked on Monday.",
            "camp",
            [("Congolese refugees", "Organization", "COD")],
        ),
        # a people the model does not tag, named by a modifier
        (
            "Ibo traditional elders have demanded new elections.",
            "elders",
            [("Ibo traditional elders", "Organization", None)],
        ),
        # refugees placed by what they flee
        (
            "The agency fed refugees fleeing the civil war in Liberia.",
            "refugees",
            [("Refugees fleeing the civil war in Liberia", "Organization", "LBR")],
        ),
        # militias placed by a state
        (
            "The talks between rival militias in Lebanon failed.",
            "militias",
            [("Rival militias in Lebanon", "ArmedGroup", "LBN")],
        ),
    ],
)
def test_noun_phrases(
    pipeline: Pipeline, sentence: str, word: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert actors(pipeline, sentence, word) == expected


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # people, thousands, the public: no actor without a nationality or a place
        ("Hundreds of thousands of people blocked streets in the city.", "people", []),
        ("Thousands of people marched on Sunday.", "Thousands", []),
        ("Members of the public were injured in the blast.", "Members", []),
        # a plural demonym alone stays its state
        ("Young Algerians blocked roads leading to the city centre.", "Algerians", ["Algeria"]),
        # the leaders of a state are the state
        (
            "Afghan leaders said on Wednesday they would meet the mediator.",
            "leaders",
            ["Afghanistan"],
        ),
        # "other ... groups" coordinated with a named group is that group
        (
            "Kataib Hezbollah and other Iran-affiliated groups attacked the base.",
            "groups",
            ["Kataib Hezbollah"],
        ),
        # an institution of something that is no actor
        ("The president of the company resigned on Monday.", "president", []),
        # a title with no name: the state's official is the state
        ("Montenegro's prime minister rejected the plan.", "minister", ["Montenegro"]),
        # planes with no owner
        ("The planes landed on Monday.", "planes", []),
        # an apposition names its head; a think tank is no tank
        (
            "The Hudson Institute, an American think tank, criticized Iran.",
            "tank",
            ["Hudson Institute"],
        ),
        ("Russian tanks shelled the town.", "tanks", ["Russia"]),
        # loyal to nobody named
        ("Militants loyal to the cause attacked the convoy.", "Militants", []),
        # a style named after a place is no act of its state
        ("They tried to prevent a Bosnia-style civil war.", "war", []),
    ],
)
def test_noun_phrases_negative(
    pipeline: Pipeline, sentence: str, word: str, expected: list[str]
) -> None:
    assert labels(pipeline, sentence, word) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Fijian rebels said they will release Prime Minister Mahendra Chaudhry.",
            "Fijian rebels",
        ),
        ("Syria says it is willing to withdraw its troops from Lebanon.", "Syria"),
        (
            "A group of Yoruba leaders announced yesterday that they are willing to forgive "
            "the president.",
            "Yoruba leaders",
        ),
    ],
)
def test_pronoun_of_reported_speech_is_the_speaker(
    pipeline: Pipeline, sentence: str, expected: str
) -> None:
    pronoun = next(w for w in ("they", "it") if f" {w} " in sentence)
    assert labels(pipeline, sentence, pronoun) == [expected]


def test_pronoun_of_reported_speech_must_fit_the_speaker(pipeline: Pipeline) -> None:
    # "he" cannot be Syria: no person is named, so no actor.
    assert labels(pipeline, "Syria said he would resign.", "he") == []
    found = actors(pipeline, "Iran said that he would resign, President Rouhani said.", "he")
    assert all(t == ActorType.PERSON.value for _, t, _ in found)


def actors_at(pipeline: Pipeline, sentence: str, index: int) -> list[str]:
    """Return the labels of the actors the token at ``index`` stands for."""
    doc = pipeline.nlp(sentence)
    args = Arguments(doc, link_actors(doc, pipeline.gazetteer))
    return [m.actor.label for m in args.actors_of(doc[index])]


GEZA = (
    "The arrest is related to his interviews with war veteran and politician Blessed Geza "
    "in November, in which Geza said that he would mobilize public protests."
)


@pytest.mark.model
def test_a_surname_the_model_misses_is_its_person(pipeline: Pipeline) -> None:
    second = [t.i for t in pipeline.nlp(GEZA) if t.text == "Geza"][1]
    assert actors_at(pipeline, GEZA, second) == ["Blessed Geza"]
    # the pronoun of the reported speech is then the speaker
    he = next(t.i for t in pipeline.nlp(GEZA) if t.text == "he")
    assert actors_at(pipeline, GEZA, he) == ["Blessed Geza"]


@pytest.mark.model
def test_a_surname_before_the_full_name_is_no_one(pipeline: Pipeline) -> None:
    sentence = "Geza said on Monday that the politician Blessed Geza would lead protests."
    assert actors_at(pipeline, sentence, 0) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "they" agrees in number: a state named in the singular is "it"
        ("China hosted the talks. They said the talks would go on.", []),
        ("The Houthis attacked a ship. They said more attacks would follow.", ["Houthis"]),
    ],
)
def test_plural_pronouns_agree_in_number(
    pipeline: Pipeline, sentence: str, expected: list[str]
) -> None:
    they = next(t.i for t in pipeline.nlp(sentence) if t.text == "They")
    assert actors_at(pipeline, sentence, they) == expected


@pytest.mark.model
def test_a_label_before_a_colon_is_no_subject(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("VOA: Russia's President Vladimir Putin visited China.")
    args = Arguments(doc, link_actors(doc, pipeline.gazetteer))
    verb = next(t for t in doc if t.text == "visited")
    assert [m.actor.label for m in args.subjects_of_verb(verb)] == ["Vladimir Putin"]


@pytest.mark.model
def test_a_surname_tagged_as_an_organisation_is_its_person(pipeline: Pipeline) -> None:
    sentence = (
        "President Donald Trump met the parents. In 2019, Trump praised his first summit "
        "with North Korean leader Kim Jong Un."
    )
    second = [t.i for t in pipeline.nlp(sentence) if t.text == "Trump"][1]
    assert actors_at(pipeline, sentence, second) == ["Donald Trump"]


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # what a party holds, mans or runs stands for that party
        ("Al-Shabaab militants overran a base held by Kenyan troops.", "base", "Kenya"),
        ("The rebels attacked a checkpoint manned by Ugandan soldiers.", "checkpoint", "Uganda"),
    ],
)
def test_places_held_by_a_party_stand_for_it(
    pipeline: Pipeline, sentence: str, word: str, expected: str
) -> None:
    found = actors(pipeline, sentence, word)
    assert found
    assert found[0][2] == {"Kenya": "KEN", "Uganda": "UGA"}[expected]


def test_places_held_by_nobody_named_stand_for_no_one(pipeline: Pipeline) -> None:
    assert actors(pipeline, "Troops attacked villages held by civilians.", "villages") == []


def test_open_registries_are_read_from_the_ontology_file(tmp_path: Path) -> None:
    assert {"LBR", "PAN", "MHL"} <= open_registries()
    assert "GBR" not in open_registries()
    table = tmp_path / "registries.txt"
    table.write_text("# comment\nopen: AAA BBB\nclosed: CCC\n", encoding="utf-8")
    assert open_registries(table) == {"AAA", "BBB"}
    bad = tmp_path / "bad.txt"
    bad.write_text("open LBR\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.txt:1: expected"):
        open_registries(bad)


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        ("Houthi rebels attacked the Liberian-flagged bulk carrier Eternity C.", None),
        ("Houthi rebels attacked the Panamanian-flagged tanker Sounion.", None),
        ("Iran's Revolutionary Guards seized a British-flagged tanker.", "United Kingdom"),
    ],
)
def test_a_flag_of_convenience_owns_no_ship(
    pipeline: Pipeline, sentence: str, owner: str | None
) -> None:
    ((_, found),) = pipeline.extract([Article(id="flag", text=sentence)])
    objects = {a.object.actor.label for a in found if a.relation.value in ("attacked", "coerced")}
    assert objects == ({owner} if owner else set())


@pytest.mark.parametrize(
    "sentence",
    [
        # the list parsed as such
        "Niger, Mali and Burkina Faso quit ECOWAS. The three juntas accused the bloc.",
        # the list parsed with its second state in apposition to the first and the third
        # the second's conjunct
        "Mali, Burkina Faso and Niger left ECOWAS last year. The three juntas accused the bloc.",
    ],
)
def test_the_three_juntas_are_the_three_states_listed_before(
    pipeline: Pipeline, sentence: str
) -> None:
    found = actors(pipeline, sentence, "juntas")
    assert sorted(label for label, _, _ in found) == ["Burkina Faso", "Mali", "Niger"]
