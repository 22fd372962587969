"""The pattern file's reader: rules as data, and its errors."""

from __future__ import annotations

import pytest

from kg.extract.patterns import PATTERNS_FILE, parse_rules, read_rules
from kg.extract.rules import RULES
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
