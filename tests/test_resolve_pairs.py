"""Plural descriptions of two actors named before: "the two leaders", "both countries"."""

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
        article = Article(id="pair-test", text=text, date=dt.date(2024, 5, 2))
        [(_, assertions)] = list(pipeline.extract([article]))
        return {(a.subject.actor.id, a.relation.value, a.object.actor.id) for a in assertions}

    return run


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the two who signed an accord or held talks together, the "with" phrase on the
        # noun or on its verb
        (
            "Vietnam signed a maritime agreement with the Philippines on Tuesday. Both "
            "countries condemned China.",
            {("vietnam", "accused", "china"), ("philippines", "accused", "china")},
        ),
        (
            "Kenya reached a deal with Somalia on Monday. The two countries accused "
            "al-Shabaab of the attack.",
            {("kenya", "accused", "al-shabaab"), ("somalia", "accused", "al-shabaab")},
        ),
        (
            "Germany's Chancellor Olaf Scholz held talks with French President Emmanuel "
            "Macron in Paris. The two leaders urged Russia to withdraw.",
            {("olaf-scholz", "demanded", "russia"), ("emmanuel-macron", "demanded", "russia")},
        ),
        (
            "Ruto had a phone call with Hassan Sheikh Mohamud on Monday. The two presidents "
            "condemned al-Shabaab.",
            {
                ("william-ruto", "accused", "al-shabaab"),
                ("hassan-sheikh-mohamud", "accused", "al-shabaab"),
            },
        ),
        # the other in a "with" phrase of a verb of talking; the subject of the verb a
        # meeting's clause completes
        (
            "Ruto spoke by phone with Museveni on Monday. The two leaders condemned al-Shabaab.",
            {
                ("william-ruto", "accused", "al-shabaab"),
                ("yoweri-museveni", "accused", "al-shabaab"),
            },
        ),
        (
            "Erdogan travelled to Baku to meet Aliyev. The two leaders criticized Armenia.",
            {
                ("recep-tayyip-erdogan", "accused", "armenia"),
                ("ilham-aliyev", "accused", "armenia"),
            },
        ),
    ],
)
def test_the_two_who_held_talks_or_signed_an_accord(
    triples: object, text: str, expected: set[Triple]
) -> None:
    found = triples(text)  # type: ignore[operator]
    assert expected <= found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        # one party to an accord is no pair
        (
            "Kenya signed a trade agreement on Monday. The two countries condemned al-Shabaab.",
            ("kenya", "accused", "al-shabaab"),
        ),
        # nor a deal about a third: the one "with" the subject is its partner
        (
            "Kenya signed a deal with Somalia on Monday. Ethiopia and Uganda welcomed it, "
            "and both countries condemned al-Shabaab.",
            ("kenya", "accused", "al-shabaab"),
        ),
    ],
)
def test_no_pair_where_none_was_named(triples: object, text: str, forbidden: Triple) -> None:
    found = triples(text)  # type: ignore[operator]
    assert forbidden not in found, found
