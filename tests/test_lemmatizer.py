"""The kept rule lemmas: spaCy's lemmatizer's answers, asked once per word form."""

from __future__ import annotations

import numpy
import pytest
import spacy
from spacy.attrs import LEMMA
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc
from spacy.util import raise_error

from kg.lemmatizer import KeptLemmas, keep_lemmas
from kg.nlp import load_nlp, resolve_model_name

#: Base forms and inflected ones, names, numbers, the same word under two parts of
#: speech ("attacks" as noun and verb), and the ruler's repaired lemmas ("waged").
_TEXTS = [
    "Rebels of the Arakan Army attacked two police posts and seized 40 rifles.",
    "The attacks came after Bolivia's president waged a campaign against the cartels.",
    "Nepal's government hoped the talks would resume; it attacks nobody, officials said.",
    "Ms. Ortega's ministers were meeting the envoys, who had flown in on Tuesday.",
    "Houthi drones struck ships; the ships' crews fled, and the U.N. condemned it.",
]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_nlp()


def _spacy_lemmas(nlp: Language, text: str) -> list[str]:
    """The lemmas of spaCy's own lemmatizer (``__call__``) after the same pipeline."""
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        doc = Lemmatizer.__call__(component, doc) if name == "lemmatizer" else component(doc)
    return [token.lemma_ for token in doc]


def test_the_pipeline_keeps_lemmas(nlp: Language) -> None:
    lemmatizer = nlp.get_pipe("lemmatizer")
    assert isinstance(getattr(lemmatizer, "pipe", None).__self__, KeptLemmas)  # type: ignore[union-attr]


def test_kept_lemmas_are_spacys(nlp: Language) -> None:
    # twice over: the second pass reads every lemma from the table
    for _ in range(2):
        kept = [[token.lemma_ for token in doc] for doc in nlp.pipe(_TEXTS)]
        assert kept == [_spacy_lemmas(nlp, text) for text in _TEXTS]
    by_word = {token.text: token.lemma_ for token in next(iter(nlp.pipe([_TEXTS[1]])))}
    assert by_word["waged"] == "wage"  # the attribute ruler's repair, kept
    assert by_word["attacks"] == "attack"


def test_a_lemma_already_set_is_kept(nlp: Language) -> None:
    lemmatizer = nlp.get_pipe("lemmatizer")
    assert isinstance(lemmatizer, Lemmatizer)
    doc = nlp.make_doc("Sudan's army attacked the RSF.")
    for name, component in nlp.pipeline:
        if name == "lemmatizer":
            break
        doc = component(doc)
    lemmas = numpy.zeros((len(doc), 1), dtype=numpy.uint64)
    lemmas[3, 0] = doc.vocab.strings.add("strike")
    doc.from_array([LEMMA], lemmas)
    KeptLemmas(lemmatizer)(doc)
    assert [token.lemma_ for token in doc] == ["Sudan", "'s", "army", "strike", "the", "RSF", "."]


def test_other_lemmatizers_keep_spacys_pipe() -> None:
    blank = Language()
    assert keep_lemmas(blank) is False  # no lemmatizer at all
    lookup = Language()
    lookup.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert keep_lemmas(lookup) is False
    assert "pipe" not in vars(lookup.get_pipe("lemmatizer"))


def test_errors_go_to_the_error_handler(nlp: Language) -> None:
    lemmatizer = nlp.get_pipe("lemmatizer")
    assert isinstance(lemmatizer, Lemmatizer)
    kept = KeptLemmas(lemmatizer)
    seen: list[str] = []
    lemmatizer.set_error_handler(lambda name, *_: seen.append(name))
    try:
        bad = Doc(nlp.vocab, words=["x"])
        bad.from_array([LEMMA], numpy.zeros((1, 1), dtype=numpy.uint64))
        kept.table.clear()
        lemmatizer.lemmatize, original = None, lemmatizer.lemmatize  # type: ignore[assignment]
        try:
            assert list(kept.pipe([bad])) == []
        finally:
            lemmatizer.lemmatize = original
    finally:
        lemmatizer.set_error_handler(raise_error)
    assert seen == ["lemmatizer"]


def test_a_plural_read_as_another_nouns_is_repaired(nlp: Language) -> None:
    # the model reads "bases" as a form of "basis"; the singular "basis" stays itself
    lemmas = {t.text: t.lemma_ for t in nlp("U.S. bases in Iraq are used on a daily basis.")}
    assert lemmas["bases"] == "base"
    assert lemmas["basis"] == "basis"


def test_the_word_index_is_held_as_sets_with_the_same_answers(nlp: Language) -> None:
    # the model's tables hold each part of speech's word index as a list; kg holds it as
    # a set (one lookup, not a scan), and every rule lemma stays the same
    lemmatizer = nlp.get_pipe("lemmatizer")
    index = lemmatizer.lookups.get_table("lemma_index")
    assert index
    assert all(isinstance(words, frozenset) for words in index.values())
    stock = spacy.load(resolve_model_name(None)).get_pipe("lemmatizer")
    assert all(isinstance(words, list) for words in stock.lookups.get_table("lemma_index").values())
    for text in _TEXTS:
        for token in nlp(text):
            if token.pos_ in ("NOUN", "VERB", "ADJ", "ADV"):
                assert lemmatizer.rule_lemmatize(token) == stock.rule_lemmatize(token), token
