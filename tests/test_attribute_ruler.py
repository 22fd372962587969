"""The attribute ruler's index: the matches of spaCy's matcher, found by value."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from kg.attribute_ruler import IndexedMatch, index_attribute_ruler

#: Patterns of every kind the English models' ruler has, and some it has not.
_PATTERNS: list[dict[str, Any]] = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}},
    {"patterns": [[{"TAG": "VBZ"}]], "attrs": {"POS": "VERB", "MORPH": "Number=Sing"}},
    {"patterns": [[{"TAG": "PRP", "LOWER": "his"}]], "attrs": {"LEMMA": "his"}},
    {"patterns": [[{"LOWER": "the"}], [{"TEXT": "The"}]], "attrs": {"LEMMA": "the"}},
    {"patterns": [[{"ORTH": "New"}, {"ORTH": "York"}]], "attrs": {"POS": "PROPN"}, "index": 1},
    {
        "patterns": [[{"LOWER": {"IN": ["hopes", "hoped"]}, "TAG": {"IN": ["VBZ", "VBD"]}}]],
        "attrs": {"LEMMA": "hope"},
    },
    {"patterns": [[{"LOWER": {"REGEX": "^n'?t$"}}]], "attrs": {"LEMMA": "not"}},
    {
        "patterns": [[{"TAG": {"NOT_IN": ["TO", ""]}, "DEP": {"IN": ["aux", "auxpass"]}}]],
        "attrs": {"POS": "AUX"},
    },
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"TAG": "_SP", "POS": "SPACE"}},
    {"patterns": [[{"DEP": "nsubj", "LOWER": "his"}]], "attrs": {"LEMMA": "he"}},
    {"patterns": [[{"LOWER": "does"}, {"LOWER": "n't"}]], "attrs": {"LEMMA": "do"}},
]

_DOCS = [
    (
        ["The", "man", "hopes", "his", "dog", "does", "n't", "bark", "in", "New", "York"],
        ["DT", "NN", "VBZ", "PRP", "NN", "VBZ", "RB", "VB", "IN", "NNP", "NNP"],
        [
            "det",
            "nsubj",
            "ROOT",
            "nsubj",
            "nsubj",
            "aux",
            "neg",
            "ccomp",
            "prep",
            "compound",
            "pobj",
        ],
        [1, 2, 2, 4, 7, 7, 7, 2, 7, 10, 8],
    ),
    (
        ["the", "New", "New", "York", "\n", "hoped", "nt"],
        ["DT", "NNP", "NNP", "NNP", "_SP", "VBD", "RB"],
        ["det", "compound", "compound", "ROOT", "dep", "conj", "neg"],
        [3, 3, 3, 3, 3, 3, 5],
    ),
]


def _ruler(patterns: list[dict[str, Any]]) -> tuple[Language, AttributeRuler]:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    ruler.add_patterns(patterns)
    return nlp, ruler


def _doc(
    nlp: Language, words: list[str], tags: list[str], deps: list[str], heads: list[int]
) -> Doc:
    spaces = [
        not w.isspace() and not n.isspace() for w, n in zip(words, [*words[1:], " "], strict=True)
    ]
    return Doc(nlp.vocab, words=words, spaces=spaces, tags=tags, deps=deps, heads=heads)


@pytest.mark.parametrize("parse", _DOCS)
def test_index_finds_the_matches_of_spacys_matcher(parse: Any) -> None:
    nlp, ruler = _ruler(_PATTERNS)
    doc = _doc(nlp, *parse)
    expected = AttributeRuler.match(ruler, doc)
    assert expected  # the doc has matches to compare
    assert index_attribute_ruler(nlp)
    assert isinstance(ruler.match, IndexedMatch)
    assert ruler.match(doc) == expected


@pytest.mark.parametrize("parse", _DOCS)
def test_indexed_ruler_sets_the_same_attributes(parse: Any) -> None:
    plain, _ = _ruler(_PATTERNS)
    indexed, _ = _ruler(_PATTERNS)
    assert index_attribute_ruler(indexed)
    expected, found = plain(_doc(plain, *parse)), indexed(_doc(indexed, *parse))
    for token, other in zip(expected, found, strict=True):
        assert (token.tag_, token.pos_, token.lemma_, str(token.morph)) == (
            other.tag_,
            other.pos_,
            other.lemma_,
            str(other.morph),
        )


def test_patterns_added_later_are_matched_by_spacy() -> None:
    nlp, ruler = _ruler(_PATTERNS)
    assert index_attribute_ruler(nlp)
    ruler.add([[{"LOWER": "bark"}]], {"LEMMA": "woof"})
    doc = _doc(nlp, *_DOCS[0])
    assert ruler.match(doc) == AttributeRuler.match(ruler, doc)
    assert nlp(doc)[7].lemma_ == "woof"


@pytest.mark.parametrize(
    "pattern",
    [
        [{"LOWER": "the", "OP": "?"}, {"TAG": "NN"}],
        [{"LENGTH": 3}],
        [{"LOWER": {"FUZZY": "teh"}}],
        [{"_": {"flag": True}}],
        [{}],
    ],
)
def test_ruler_with_other_patterns_keeps_spacys_matcher(pattern: Any) -> None:
    nlp, ruler = _ruler([*_PATTERNS, {"patterns": [pattern], "attrs": {"LEMMA": "x"}}])
    assert not index_attribute_ruler(nlp)
    assert not isinstance(ruler.match, IndexedMatch)


def test_pipeline_without_ruler_is_left_alone() -> None:
    assert not index_attribute_ruler(spacy.blank("en"))


def test_patterns_read_anew_are_matched_by_spacy() -> None:
    nlp, ruler = _ruler(_PATTERNS)
    assert index_attribute_ruler(nlp)
    # as many patterns as before, other ones
    ruler.initialize(lambda: [], patterns=[{"patterns": [[{"LOWER": "bark"}]], "attrs": {}}] * 11)
    doc = _doc(nlp, *_DOCS[0])
    assert (
        ruler.match(doc)
        == AttributeRuler.match(ruler, doc)
        == [(i, nlp.vocab.strings[str(i)], 7, 8) for i in range(11)]
    )
