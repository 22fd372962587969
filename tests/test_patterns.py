"""The pattern file's reader: rules as data, and its errors."""

from __future__ import annotations

import pytest
from spacy.matcher import DependencyMatcher

from kg.extract.patterns import (
    _OPERATORS,
    PATTERNS_FILE,
    _compile_pattern,
    _compiled,
    _Tree,
    parse_rules,
    read_rules,
)
from kg.extract.rules import RULES
from kg.pipeline import Pipeline
from kg.types import ActorType, Relation

_NODES = """
  { RIGHT_ID = "trigger", RIGHT_ATTRS = { LEMMA = "present" } },
  { LEFT_ID = "trigger", REL_OP = "<", RIGHT_ID = "subject", RIGHT_ATTRS = {} },
  { LEFT_ID = "trigger", REL_OP = ">", RIGHT_ID = "object", RIGHT_ATTRS = {} },
"""


def _rule(extra: str = "", *, relation: str = "operatesIn", nodes: str = _NODES) -> str:
    return f"""
[[rule]]
name = "x"
relation = "{relation}"
{extra}
patterns = [[{nodes}]]
"""


def test_the_bundled_file_parses_and_registers_every_rule() -> None:
    rules = read_rules()
    assert rules, PATTERNS_FILE
    for rule in rules:
        assert RULES[rule.name].example == rule.example
        assert rule.positive, rule.name
        assert rule.negative, rule.name


def test_word_classes_are_expanded() -> None:
    nodes = _NODES.replace('LEMMA = "present"', 'LOWER = { IN = "@MEMBER_OFFICES" }')
    [rule] = parse_rules(_rule(nodes=nodes))
    words = rule.patterns[0][0]["RIGHT_ATTRS"]["LOWER"]["IN"]
    assert "member" in words
    assert words == sorted(words)


def test_end_types() -> None:
    [rule] = parse_rules(_rule('subject = "group"\nobject_types = ["State"]'))
    assert rule.subject_types is not None
    assert ActorType.PERSON not in rule.subject_types
    assert rule.object_types == frozenset({ActorType.STATE})
    assert rule.relation is Relation.OPERATES_IN


def test_unknown_relation_is_named() -> None:
    with pytest.raises(ValueError, match="rule 1: 'operatesAt'"):
        parse_rules(_rule(relation="operatesAt"))


def test_missing_node_is_named() -> None:
    nodes = _NODES.replace('RIGHT_ID = "object"', 'RIGHT_ID = "place"')
    with pytest.raises(ValueError, match="a pattern has no node 'object'"):
        parse_rules(_rule(nodes=nodes))


def test_unknown_word_class_is_named() -> None:
    nodes = _NODES.replace('LEMMA = "present"', 'LOWER = { IN = "@NO_SUCH_WORDS" }')
    with pytest.raises(ValueError, match="No word class named 'NO_SUCH_WORDS'"):
        parse_rules(_rule(nodes=nodes))


def test_unknown_actor_type_lists_the_types() -> None:
    with pytest.raises(ValueError, match=r"actor types: .*State"):
        parse_rules(_rule('object_types = ["Country"]'))


def test_relation_verbs_are_expanded() -> None:
    nodes = _NODES.replace('LEMMA = "present"', 'LEMMA = { IN = "@verbs:attacked" }')
    [rule] = parse_rules(_rule(nodes=nodes))
    assert "bomb" in rule.patterns[0][0]["RIGHT_ATTRS"]["LEMMA"]["IN"]


def test_unknown_relation_of_verbs_is_named() -> None:
    nodes = _NODES.replace('LEMMA = "present"', 'LEMMA = { IN = "@verbs:bombed" }')
    with pytest.raises(ValueError, match="No relation named 'bombed'"):
        parse_rules(_rule(nodes=nodes))


def test_absent_dependents_are_read() -> None:
    [rule] = parse_rules(_rule('absent = [{ node = "trigger", dep = ["prep"], words = ["Of"] }]'))
    assert rule.absent == (("trigger", frozenset({"prep"}), frozenset({"of"})),)


@pytest.mark.parametrize(
    ("node", "message"),
    [
        ('{ LEFT_ID = "trigger", REL_OP = "<>", RIGHT_ID = "x" }', "operator '<>'"),
        (
            '{ LEFT_ID = "trigger", REL_OP = ">", RIGHT_ID = "x", RIGHT_ATTRS = { SHAPE = "Xx" } }',
            "attribute 'SHAPE'",
        ),
        ('{ LEFT_ID = "nowhere", REL_OP = ">", RIGHT_ID = "x" }', "hangs from no earlier node"),
    ],
)
def test_a_pattern_the_matcher_cannot_read_is_named(node: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_rules(_rule(nodes=_NODES + node + ","))


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def test_the_tree_matcher_finds_what_spacys_dependency_matcher_finds(
    pipeline: Pipeline,
) -> None:
    """Every pattern, on every rule's own sentences, sentence by sentence."""
    sentences = [
        text
        for rule in read_rules()
        for text in (rule.example, *(c[0] for c in rule.positive + rule.negative))
    ]
    compiled = _compiled(pipeline.nlp.vocab)
    matchers = []
    for rule in compiled.rules:
        for index, (pattern, nodes) in enumerate(rule.patterns):
            spacy_matcher = DependencyMatcher(pipeline.nlp.vocab)
            spacy_matcher.add("pattern", [list(pattern)])
            matchers.append((f"{rule.rule.name} #{index + 1}", nodes, spacy_matcher))
    # and every operator the pattern format has, whether the bundled rules use it or not
    for operator in _OPERATORS:
        pattern = (
            {"RIGHT_ID": "a", "RIGHT_ATTRS": {"POS": {"IN": ["NOUN", "PROPN", "VERB"]}}},
            {"LEFT_ID": "a", "REL_OP": operator, "RIGHT_ID": "b", "RIGHT_ATTRS": {}},
        )
        spacy_matcher = DependencyMatcher(pipeline.nlp.vocab)
        spacy_matcher.add("pattern", [list(pattern)])
        nodes = _compile_pattern(pattern, pipeline.nlp.vocab, operator)
        matchers.append((f"operator {operator}", nodes, spacy_matcher))
    compared = matched = 0
    for doc in pipeline.nlp.pipe(sentences):
        tree = _Tree(doc)
        for sent in doc.sents:
            sentence = sent.as_doc()
            for name, nodes, spacy_matcher in matchers:
                expected = sorted(
                    tuple(sent.start + i for i in ids) for _, ids in spacy_matcher(sentence)
                )
                assert tree.matches(nodes, sent.start, sent.end) == expected, (name, sent.text)
                compared += 1
                matched += len(expected)
    assert compared > 10_000
    assert matched > 250
