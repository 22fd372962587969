"""Pronouns and the grammar that binds them (kg.resolve.links.ActorLinks.antecedent)."""

from __future__ import annotations

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
    ],
)
def test_an_object_pronoun_is_not_its_own_clauses_subject(
    pipeline: Pipeline, text: str, word: str, expected: str
) -> None:
    assert antecedent(pipeline, text, word) == expected
