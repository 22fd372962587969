"""Who the ends of an act are not: those it drew a reaction from, those past a paragraph."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.pipeline import Pipeline
from kg.types import Article

Triple = tuple[str, str, str]


@pytest.fixture(scope="module")
def triples() -> object:
    pipeline = Pipeline()

    def run(text: str) -> set[Triple]:
        article = Article(id="ends-test", text=text, date=dt.date(2024, 5, 2))
        [(_, assertions)] = list(pipeline.extract([article]))
        return {(a.subject.actor.id, a.relation.value, a.object.actor.id) for a in assertions}

    return run


@pytest.mark.model
def test_those_an_act_drew_condemnation_from_are_no_targets_of_it(triples: object) -> None:
    found = triples(  # type: ignore[operator]
        "Ethiopian troops shelled Tigrayan towns, drawing condemnation from Washington "
        "and Amnesty International."
    )
    assert ("united-states", "accused", "ethiopian-national-defense-force") in found, found
    assert ("amnesty-international", "accused", "ethiopian-national-defense-force") in found
    assert ("ethiopian-national-defense-force", "attacked", "united-states") not in found
    assert ("ethiopian-national-defense-force", "attacked", "amnesty-international") not in found


@pytest.mark.model
def test_no_argument_past_a_paragraph_break(triples: object) -> None:
    # the parser runs the paragraph's last sentence on into the next paragraph's
    # sentence, whose verb ("condemned") then reads an end of the first
    found = triples(  # type: ignore[operator]
        "Iranian officials have denied that Iranian ground troops are preparing to join "
        "the offensive, though security sources in the region said hundreds of Iranian "
        "soldiers had arrived in Yemen in recent weeks, alongside fighters from Iraq's "
        "Kataib Hezbollah.\n\nSaudi Arabia, a leading backer of the insurgents, also "
        "condemned the strikes."
    )
    iran = "iranian-armed-forces"
    assert (iran, "operatesIn", "yemen") in found, found
    assert ("saudi-arabia", "accused", iran) not in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "forbidden"),
    [
        # "they" in what an official says: the body the official speaks for
        (
            "Hamas spokesman Hazem Qassem said they had accepted the Egyptian proposal.",
            ("hamas", "agreedWith", "egypt"),
            None,
        ),
        # a claim of its own act, which its spokesman accuses no one of
        (
            "Malian army spokesman Souleymane Dembele said they had attacked JNIM "
            "positions near Gao.",
            ("malian-armed-forces", "attacked", "jnim"),
            ("souleymane-dembele", "accused", "malian-armed-forces"),
        ),
    ],
)
def test_they_of_an_official_is_the_body_spoken_for(
    triples: object, text: str, expected: Triple, forbidden: Triple | None
) -> None:
    found = triples(text)  # type: ignore[operator]
    assert expected in found, found
    assert forbidden not in found, found


@pytest.mark.model
def test_they_of_an_official_of_two_bodies_is_neither(triples: object) -> None:
    # (which one the official speaks for is not said)
    found = triples(  # type: ignore[operator]
        "Hamas and Islamic Jihad spokesman Hazem Qassem said they had accepted the "
        "Egyptian proposal."
    )
    assert ("hamas", "agreedWith", "egypt") not in found, found


@pytest.mark.model
def test_the_leader_an_act_is_against_leads_the_owner_named_before(triples: object) -> None:
    found = triples(  # type: ignore[operator]
        "The Lord's Resistance Army has terrorised northern Uganda for decades. The "
        "United States has offered a $5 million reward for its leader, Joseph Kony."
    )
    assert ("joseph-kony", "leads", "lords-resistance-army") in found, found


@pytest.mark.model
def test_police_in_a_fronted_city_are_its_states(triples: object) -> None:
    # "In Mombasa, police ...": the state the city lies in, named nowhere else
    found = triples(  # type: ignore[operator]
        "Opposition supporters rallied on Tuesday after the vote. In Mombasa, police "
        "arrested two opposition lawmakers, their party said."
    )
    assert ("kenya-police", "coerced", "kenyan-opposition-lawmakers") in found, found
    # (an affiliation the phrase names wins: "In Kharkiv, Russian troops")
    found = triples(  # type: ignore[operator]
        "Fighting continued along the front on Friday. In Kharkiv, Russian troops shelled "
        "residential areas overnight."
    )
    assert ("russian-armed-forces", "attacked", "ukraine") in found, found
    assert not any(s.startswith("ukrain") for s, _, _ in found), found
