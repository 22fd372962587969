"""Pronouns and the grammar that binds them (kg.resolve.links.ActorLinks.antecedent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.pipeline import Pipeline
from kg.resolve import link_actors


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def antecedent(pipeline: Pipeline, text: str, word: str, occurrence: int = -1) -> str | None:
    doc = pipeline.nlp(text)
    links = link_actors(doc, pipeline.gazetteer)
    token = [t for t in doc if t.text == word][occurrence]
    found = links.antecedent(token)
    return None if found is None else found.actor.label


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # an object pronoun is never its own clause's subject, named with a title in
        # apposition or not, whatever else the sentence names
        (
            "Ali Khamenei spoke to the crowd in Tehran. Lebanon's prime minister, Najib "
            "Mikati, has publicly thanked him.",
            "him",
            "Ali Khamenei",
        ),
        (
            "Paul Kagame spoke in Kigali. He said Felix Tshisekedi had called him before "
            "the talks.",
            "him",
            "Paul Kagame",
        ),
        # nor the one its clause's verb is said of: the one charged with the act
        (
            "Niger blamed the raid on Boko Haram and accused Chad of sheltering it.",
            "it",
            "Boko Haram",
        ),
        # under whatever name the doer is named again ("Pakistan-based", "Islamabad")
        (
            "Kabul blamed the bombing on the Haqqani network, a Pakistan-based militant "
            "group, and accused Islamabad of sheltering it.",
            "it",
            "Haqqani network",
        ),
    ],
)
def test_an_object_pronoun_is_not_its_own_clauses_subject(
    pipeline: Pipeline, text: str, word: str, expected: str
) -> None:
    assert antecedent(pipeline, text, word) == expected


def linked_at(pipeline: Pipeline, text: str, word: str, occurrence: int = -1) -> str | None:
    doc = pipeline.nlp(text)
    links = link_actors(doc, pipeline.gazetteer)
    mention = links.at([t for t in doc if t.text == word][occurrence])
    return None if mention is None else mention.actor.label


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # "the group" is not the doer of the clause it is on the object side of: through
        # a participle's "by", or as the object of a clause with no subject of its own
        (
            "Islamic State West Africa Province fighters raided a town in Borno. On Monday, "
            "Boko Haram attacked positions held by the group near Lake Chad.",
            "group",
            "Islamic State West Africa Province",
        ),
        (
            "Tehrik-i-Taliban Pakistan claimed the bombing in Peshawar. Islamabad accused "
            "the Afghan Taliban of sheltering the group.",
            "group",
            "Tehrik-i-Taliban Pakistan",
        ),
        # the doers' own militants are not "the militants" they fight; a relative
        # pronoun is the noun its clause is on
        (
            "Islamic State fighters attacked a prison in Hasakah. The Syrian Democratic "
            "Forces cut the militants' supply lines.",
            "militants",
            None,
        ),
        (
            "Islamic State fighters attacked a prison in Hasakah. The Syrian Democratic "
            "Forces said their fighters had seized the militants' last positions.",
            "militants",
            None,
        ),
        (
            "Tehrik-i-Taliban Pakistan claimed the attack. The Afghan Taliban, who were "
            "accused of sheltering the fighters, blamed Pakistan for air strikes.",
            "fighters",
            None,
        ),
        (
            "Jaish al-Adl claimed the bombing in Sistan. The Pakistani Taliban, who deny "
            "harbouring the militants, blamed Iran for the border clashes.",
            "militants",
            None,
        ),
        # a subject is its own clause's doer
        (
            "Islamic State West Africa Province fighters raided a town in Borno. On Monday, "
            "Boko Haram said the group had attacked an army base.",
            "group",
            "Boko Haram",
        ),
    ],
)
def test_a_description_is_not_the_doer_of_its_clause(
    pipeline: Pipeline, text: str, word: str, expected: str | None
) -> None:
    assert linked_at(pipeline, text, word) == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # the owner in a relative clause is the noun the clause is on
        (
            "The African Union called for a ceasefire. Mali turned to Turkey, which has "
            "sold its drones across the Sahel.",
            "its",
            "Turkey",
        ),
        # (but the one charged with an act of harm does not own what it hit)
        (
            "Niger accused Malian troops of opening fire on its positions near Tillaberi.",
            "its",
            "Niger",
        ),
        # the owner of a joined clause's subject is the first clause's subject
        (
            "The World Bank approved a loan to help Kenya pay for fuel imports, and its "
            "president, Ajay Banga, said the lender would stand by Nairobi.",
            "its",
            "World Bank",
        ),
        # "its" is one owner, not one of two doers named together
        (
            "The World Food Programme warned of famine in Sudan. Norway and Sweden have "
            "provided most of its funding.",
            "its",
            "World Food Programme",
        ),
    ],
)
def test_the_owner_a_possessive_stands_for(
    pipeline: Pipeline, text: str, word: str, expected: str
) -> None:
    assert antecedent(pipeline, text, word) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the rebels" takes up the group named with the same noun, before another group
        # named nearer with another noun
        (
            "M23 rebels seized the town of Uvira after Wazalendo militias pulled out "
            "overnight. The United States urged the rebels to withdraw.",
            "M23",
        ),
        (
            "Allied Democratic Forces rebels attacked a village in Ituri after CODECO "
            "militias withdrew. The army said the rebels had killed 20 people.",
            "Allied Democratic Forces",
        ),
        # with no group named so, the group named last
        (
            "Wazalendo militias pulled out of Uvira after clashes with the M23. The United "
            "States urged the rebels to withdraw.",
            "M23",
        ),
    ],
)
def test_a_plural_description_takes_up_the_group_named_with_its_noun(
    pipeline: Pipeline, text: str, expected: str
) -> None:
    assert linked_at(pipeline, text, "rebels") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "we" of a speaker named by office alone is the side of the one that office word
        # took up before
        (
            'A Nigerian Foreign Ministry spokesman condemned the raid on Tuesday. "We '
            'have repeatedly warned Niger about the border," the spokesman said.',
            "Nigeria",
        ),
        (
            'Envoys from the African Union met in Addis Ababa on Monday. "We urge both '
            'sides to return to talks," the envoys said in a statement.',
            "African Union",
        ),
    ],
)
def test_we_of_a_speaker_named_by_office_alone(
    pipeline: Pipeline, text: str, expected: str
) -> None:
    assert linked_at(pipeline, text, "We") == expected


def test_the_diplomats_take_up_the_diplomats_named_before(pipeline: Pipeline) -> None:
    text = (
        "Senior diplomats from the Arab League urged Israel on Monday to lift the "
        "blockade. The diplomats said in a statement that aid must reach Gaza."
    )
    assert linked_at(pipeline, text, "diplomats") == "Arab League"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "they" of people who are no actor saying what they did is none named before
        (
            "The Taliban denied the report. Residents said they had heard explosions near "
            "the border.",
            None,
        ),
        (
            "The junta denied the charges. Sall's supporters rejected the results and said "
            "they would appeal to the constitutional court.",
            None,
        ),
        # an actor saying it is that actor
        (
            "The Taliban denied the report. Taliban fighters said they had seized the border post.",
            "Taliban",
        ),
    ],
)
def test_they_of_people_who_are_no_actor(
    pipeline: Pipeline, text: str, expected: str | None
) -> None:
    assert antecedent(pipeline, text, "they") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "they" in a clause of time or cause agrees with the plural object of the clause
        # it hangs on, not its singular subject: none when that object is no actor
        (
            "The National Intelligence Service in Khartoum detained five students and "
            "journalists after they criticised the army.",
            None,
        ),
        (
            "Analysts say the Myanmar junta has tolerated the traffickers because they pay "
            "it a share of their profits.",
            None,
        ),
        # the actor, when it is one
        (
            "The Nigerian army pursued Boko Haram fighters after they attacked a base in Borno.",
            "Boko Haram",
        ),
    ],
)
def test_they_agrees_with_the_plural_object_of_the_main_clause(
    pipeline: Pipeline, text: str, expected: str | None
) -> None:
    assert antecedent(pipeline, text, "they") == expected


def test_he_in_a_quotation_is_a_person_the_quotation_names(pipeline: Pipeline) -> None:
    text = (
        'Senators Lindsey Graham and Ben Cardin called on Antony Blinken to act. "We are '
        'alarmed by the conduct of Aleksandar Vucic," they wrote in a letter to Blinken. '
        '"For years, he has courted Moscow."'
    )
    assert antecedent(pipeline, text, "he") == "Aleksandar Vučić"


@pytest.mark.parametrize(
    ("text", "surname", "expected"),
    [
        # (the model tags the surname as a place)
        (
            "A Ugandan court upheld the sentence handed to opposition leader Bobi "
            "Kyagulanyi, his party said. Kyagulanyi, a former lawmaker, was convicted in "
            "August. Kyagulanyi served as a member of parliament in 2017.",
            "Kyagulanyi",
            "Bobi Kyagulanyi",
        ),
        # (as an organisation, which the names of organisations read already)
        (
            "A Ugandan court upheld the sentence handed to opposition leader Kizza "
            "Besigye, his party said. Besigye, a former army colonel, was convicted in "
            "August. Besigye served as a doctor in the 1980s.",
            "Besigye",
            "Kizza Besigye",
        ),
    ],
)
def test_a_surname_tagged_as_a_place_is_the_person_named_in_full(
    pipeline: Pipeline, text: str, surname: str, expected: str
) -> None:
    doc = pipeline.nlp(text)
    links = link_actors(doc, pipeline.gazetteer)
    mention = links.at([t for t in doc if t.text == surname][-1])
    assert mention is not None
    assert mention.actor.label == expected


def test_a_police_force_the_gazetteer_does_not_know_is_a_body_of_the_state(
    pipeline: Pipeline,
) -> None:
    # (a state's police, not an armed group that "the rebels" could take up)
    text = "The Eastern Frontier Police Force said 12 Maoists were killed in Odisha."
    assert linked_type(pipeline, text, "Force") == "GovernmentBody"


def linked_type(pipeline: Pipeline, text: str, word: str) -> str | None:
    doc = pipeline.nlp(text)
    links = link_actors(doc, pipeline.gazetteer)
    mention = links.at(next(t for t in doc if t.text == word))
    return None if mention is None else mention.actor.type.value


def test_a_possessive_in_an_appositive_is_not_the_noun_it_describes(pipeline: Pipeline) -> None:
    text = (
        "The African National Congress lost its majority in the vote. The Democratic "
        "Alliance, its coalition partner, said it would stay in government."
    )
    assert antecedent(pipeline, text, "its") == "African National Congress"
    # outside an appositive, the subject of its own clause may own it
    text = (
        "The African National Congress lost its majority in the vote. The Democratic "
        "Alliance said its leaders would stay in government."
    )
    assert antecedent(pipeline, text, "its") == "Democratic Alliance"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act against "its leader" is never against the doer's own leader: the one
        # the sentence acts on or owns, else the subject named before
        (
            "The Lord's Resistance Army has terrorised northern Uganda for decades. The "
            "United States has offered a $5 million reward for its leader, Joseph Kony.",
            "Lord's Resistance Army",
        ),
        (
            "The United States has designated the Haqqani network a terrorist "
            "organization, and the European Union has sanctioned its leader, Sirajuddin "
            "Haqqani.",
            "Haqqani network",
        ),
        (
            "The European Union condemned Russia's invasion of Ukraine and sanctioned its leader.",
            "Russia",
        ),
        # (the reporter's own, when others did it)
        ("Hamas said Israeli forces had killed its commander in Khan Younis.", "Hamas"),
    ],
)
def test_an_act_against_its_leader_is_not_against_the_doers_own(
    pipeline: Pipeline, text: str, expected: str
) -> None:
    assert antecedent(pipeline, text, "its") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "they" of a clause on the place troops were sent to are the troops sent, not
        # the state that sent them (a singular name), however many
        (
            "Chad has sent 1,200 soldiers to northern Mali, where they fought alongside "
            "French troops against jihadists.",
            "Chadian National Army",
        ),
        (
            "Ethiopia deployed 3,000 soldiers in Somalia's Gedo region, where they clashed with "
            "al-Shabaab fighters.",
            "Ethiopian National Defense Force",
        ),
        (
            "Rwanda has deployed thousands of troops in Mozambique's Cabo Delgado province, "
            "where they have pushed back Islamic State fighters.",
            "Rwanda Defence Force",
        ),
        # people who are no actor stay no one; nor is a thing the state did the "they"
        ("The Red Cross sent aid workers to Goma, where they found hundreds of wounded.", None),
        ("Hungary hosted the talks in Budapest, where they agreed on a prisoner exchange.", None),
    ],
)
def test_they_of_a_clause_on_the_place_is_the_troops_sent_there(
    pipeline: Pipeline, text: str, expected: str | None
) -> None:
    assert antecedent(pipeline, text, "they") == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # a description of a state takes up only a state of its kind
        (
            "Saudi Arabia hosted Ukrainian and Russian delegations. Zelenskiy thanked the kingdom.",
            "kingdom",
            "Saudi Arabia",
        ),
        (
            "Qatar mediated talks between Rwanda and Congo. Kinshasa thanked the Gulf state.",
            "state",
            "Qatar",
        ),
        (
            "Kazakhstan hosted Russian and Turkish envoys. Moscow thanked the Central Asian "
            "country.",
            "country",
            "Kazakhstan",
        ),
        (
            "Singapore hosted talks between the United States and China. Both praised the "
            "city-state.",
            "state",
            "Singapore",
        ),
        ("Kenya hosted talks with Ethiopia. Nairobi thanked the kingdom.", "kingdom", None),
    ],
)
def test_a_description_of_a_state_takes_up_a_state_of_its_kind(
    pipeline: Pipeline, text: str, word: str, expected: str | None
) -> None:
    assert linked_at(pipeline, text, word) == expected


def test_the_state_kinds_file_is_checked(tmp_path: Path) -> None:
    from kg.resolve.links import state_kinds

    good = tmp_path / "good.txt"
    good.write_text("# comment\nCentral Asian: KAZ UZB\n", encoding="utf-8")
    kinds = state_kinds(good)
    assert kinds["central asian"] == frozenset({"KAZ", "UZB"})
    assert "KEN" in kinds["african"]
    assert "KAZ" not in kinds["african"]
    bad = tmp_path / "bad.txt"
    bad.write_text("kingdom SAU\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.txt:1"):
        state_kinds(bad)
