"""Word classes: one list each, and the lookup of their words in a doc."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import spacy
from spacy.strings import get_string_id
from spacy.tokens import Doc

from kg.wordclasses import (
    OFFICES,
    class_tokens,
    positions,
    sentences_ahead,
    sentences_back,
    tokens_with,
)

_VOCAB = spacy.blank("en").vocab  # with the lexical attributes (LOWER)


def _doc(words: list[str], lemmas: list[str] | None = None) -> Doc:
    return Doc(_VOCAB, words=words, lemmas=lemmas)


def test_positions_by_lowercase_and_by_lemma() -> None:
    doc = _doc(
        ["The", "Minister", "met", "two", "ministers", "and", "a", "General"],
        ["the", "minister", "meet", "two", "minister", "and", "a", "general"],
    )
    assert positions(doc, frozenset({"minister", "general"})) == [1, 7]
    assert positions(doc, frozenset({"minister"}), attrs=("LOWER", "LEMMA")) == [1, 4]
    assert positions(doc, frozenset({"Minister"}), attrs=("ORTH",)) == [1]
    assert positions(doc, frozenset()) == []


def test_words_that_are_spacys_symbols_are_found() -> None:
    """ "agent", "number" and "mark" are symbols of spaCy's: their ids are no hashes."""
    doc = _doc(["The", "agent", "marked", "a", "number"], ["the", "agent", "mark", "a", "number"])
    assert positions(doc, frozenset({"agent", "number"})) == [1, 4]
    assert positions(doc, frozenset({"mark"}), attrs=("LEMMA",)) == [2]


def test_positions_follow_the_doc_asked_about() -> None:
    """The per-doc index is the doc's own, however the calls alternate between docs."""
    first = _doc(["Mayor", "Khan", "and", "the", "mayor"])
    second = _doc(["no", "office", "here", "mayor"])
    for _ in range(2):
        assert positions(first, OFFICES) == [0, 4]
        assert positions(second, OFFICES) == [3]
    many = frozenset({f"word{i}" for i in range(50)} | {"here"})  # more words than tokens
    assert positions(second, many) == [2]


def _hashes(*words: str) -> frozenset[int]:
    return frozenset(get_string_id(w) for w in words)


def test_class_tokens_are_those_a_scan_finds() -> None:
    """Sets asked for before and after a doc's tokens are sorted into them, and none."""
    doc = _doc(["the", "envoy", "met", "the", "envoy", "'s", "aide", "."])
    lower = [t.lower for t in doc]
    asked = [_hashes("the", "envoy"), _hashes("met"), _hashes("nowhere")]
    for round_ in range(2):
        for values in asked:
            expected = [i for i, value in enumerate(lower) if value in values]
            assert class_tokens(doc, "LOWER", values) == expected
            assert tokens_with(doc, "LOWER", values) == expected
        # a set first asked for when the doc's tokens are sorted already
        asked.append(_hashes("aide", ".", f"new{round_}"))
    other = _doc(["an", "aide"])
    assert class_tokens(other, "LOWER", asked[-1]) == [1]
    assert class_tokens(other, "LOWER", asked[0]) == []


def test_sentence_windows_stop_at_the_ends_of_the_doc() -> None:
    words = ["A", "b", ".", "C", "d", ".", "E", "f", "."]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        sent_starts=[i in (0, 3, 6) for i in range(len(words))],
    )
    middle = doc[4]
    assert sentences_back(middle, 0) == 3
    assert sentences_back(middle, 1) == 0
    assert sentences_back(middle, 5) == 0  # no further back than the doc's start
    assert sentences_ahead(middle, 0) == 6
    assert sentences_ahead(middle, 1) == 9
    assert sentences_ahead(middle, 5) == 9  # no further than the doc's end


def test_class_tokens_from_several_threads() -> None:
    """Sets numbered by several threads at once keep numbers of their own."""
    docs = [_doc([f"w{(i * 7 + j) % 40}" for j in range(30)]) for i in range(8)]
    sets = [_hashes(*(f"w{k}" for k in range(n, 40, 9)), f"thread{n}") for n in range(12)]

    def check(doc: Doc) -> bool:
        lower = [t.lower for t in doc]
        return all(
            class_tokens(doc, "LOWER", values)
            == [i for i, value in enumerate(lower) if value in values]
            for values in sets
        )

    with ThreadPoolExecutor(max_workers=4) as pool:
        assert all(pool.map(check, docs * 4))


def test_every_word_class_and_helper_is_exported() -> None:
    import inspect

    import kg.wordclasses as module

    public = {
        name
        for name, value in vars(module).items()
        if not name.startswith("_")
        and (
            (name.isupper() and isinstance(value, frozenset))
            or (inspect.isfunction(value) and value.__module__ == module.__name__)
        )
    }
    assert sorted(public - set(module.__all__)) == []
