"""kg_clause_repair: clauses the parser read as one noun phrase get their verb back."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.nlp import load_nlp

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_nlp()


def _clause(nlp: Language, text: str) -> tuple[str, str, str] | None:
    """(subject, verb, object) of the first sentence's root, when it is a verb."""
    doc = nlp(text)
    root = next(iter(doc.sents)).root
    if root.pos_ != "VERB":
        return None
    subject = next((c.text for c in root.children if c.dep_ == "nsubj"), "")
    obj = next((c.text for c in root.children if c.dep_ == "dobj"), "")
    return subject, root.text, obj


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        # (each of these the small model reads as a noun phrase headed by the object)
        ("Macron hosted Zelenskiy at the Elysee.", ("Macron", "hosted", "Zelenskiy")),
        (
            "A Moscow court jailed opposition activist Ilya Yashin for eight years.",
            ("court", "jailed", "Yashin"),
        ),
        (
            "Russia jailed opposition politician Vladimir Kara-Murza for 25 years.",
            ("Russia", "jailed", "politician"),
        ),
        (
            "All three ignored summonses for questioning last week.",
            ("three", "ignored", "summonses"),
        ),
        # (a past tense read as a reduced relative of the name before it, "a man called X")
        (
            "Leavitt called Ford’s comments “egregious and insulting.”",
            ("Leavitt", "called", "comments"),
        ),
        (  # (a participle so, after a bare name)
            "Ayatollah Ali Khamenei called Trump, French President Emmanuel Macron and "
            'British Prime Minister Theresa May "criminals."',
            ("Khamenei", "called", ""),
        ),
        # ("military" tagged as an adjective, its owner kept)
        (
            "Myanmar's military bombed areas held by the Arakan Army.",
            ("military", "bombed", "areas"),
        ),
    ],
)
def test_clause_read_as_noun_phrase_is_repaired(
    nlp: Language, text: str, clause: tuple[str, str, str]
) -> None:
    assert _clause(nlp, text) == clause


def test_repaired_clause_keeps_its_adverbials_and_the_nouns_own_phrases(nlp: Language) -> None:
    doc = nlp("Turkey hosted talks between Somalia and Ethiopia in Ankara.")
    heads = {t.text: t.head.text for t in doc}
    assert heads["Turkey"] == "hosted"
    assert heads["between"] == "talks"  # the talks' parties stay the noun's
    assert heads["in"] == "hosted"  # where it happened is the act's
    assert heads["."] == "hosted"
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The so-called Islamic State.",  # an adjective after a determiner
        "Iran-backed militias in Iraq.",  # a participle after a hyphen
        "Sudanese troops trained by Egypt.",  # a participle with its agent
        "Russian forces shelled Kharkiv on Monday.",  # a clause parsed as one
        "A militia called Hamas.",  # a participle naming the noun before it
    ],
)
def test_noun_phrases_and_parsed_clauses_are_left_alone(nlp: Language, text: str) -> None:
    plain = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if name != "kg_clause_repair":
            plain = component(plain)
    doc = nlp(text)
    assert [(t.dep_, t.head.i) for t in doc] == [(t.dep_, t.head.i) for t in plain]
