"""The pattern file's reader: rules as data, and its errors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from spacy.matcher import DependencyMatcher

from kg.extract.patterns import (
    _OPERATORS,
    PATTERNS_FILE,
    _compile_pattern,
    _compiled,
    _has_absent,
    _node_words,
    _referent,
    _shared_subject,
    _Tree,
    match_rules,
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


def test_a_list_of_word_lists_is_their_union() -> None:
    nodes = _NODES.replace(
        'LEMMA = "present"', 'LEMMA = { IN = ["@verbs:attacked", "@verbs:controls", "hold"] }'
    )
    [rule] = parse_rules(_rule(nodes=nodes))
    words = rule.patterns[0][0]["RIGHT_ATTRS"]["LEMMA"]["IN"]
    assert {"bomb", "seize", "hold"} <= set(words)
    assert words == sorted(set(words))


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
    compiled = _compiled()
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
        nodes = _compile_pattern(pattern, operator)
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


def test_a_word_that_is_a_spacy_symbol_cues_its_pattern(pipeline: Pipeline) -> None:
    """A node's words are looked for by the ids the tokens hold, symbols' too ("number")."""
    doc = pipeline.nlp("They sent a number of advisers.")
    node = {"RIGHT_ID": "count", "RIGHT_ATTRS": {"LEMMA": {"IN": ["number", "dozen"]}}}
    words = _node_words(node)
    assert words is not None
    assert doc[3].lemma in words[0]


def test_rules_skipped_for_missing_words_match_nothing(pipeline: Pipeline) -> None:
    """``match_rules`` runs a rule only on the sentences that hold its patterns' words.

    Against every rule run on every sentence of the doc, on the rules' own sentences
    (several to a doc, so that a rule's words may lie in different sentences).
    """
    texts = [
        text
        for rule in read_rules()
        for text in (rule.example, *(c[0] for c in rule.positive + rule.negative))
    ]
    compiled = _compiled()
    found = 0
    for doc in pipeline.nlp.pipe(" ".join(texts[i : i + 3]) for i in range(0, len(texts), 3)):
        tree = _Tree(doc)
        expected = []
        for rule in compiled.rules:
            for sent in doc.sents:
                for pattern, nodes in rule.patterns:
                    for ids in tree.matches(nodes, sent.start, sent.end):
                        bound = {n["RIGHT_ID"]: doc[i] for n, i in zip(pattern, ids, strict=True)}
                        if not _has_absent(rule.rule, bound):
                            expected.append(
                                (
                                    rule.rule.name,
                                    bound["trigger"].i,
                                    _referent(bound["subject"]).i,
                                    _referent(bound["object"]).i,
                                )
                            )
        got = [(r.name, t.i, s.i, o.i) for r, t, s, o in match_rules(doc)]
        assert got == expected, doc.text
        found += len(got)
    assert found > 100


def test_a_conjoined_trigger_shares_the_subject_of_the_verb_before_it(
    pipeline: Pipeline,
) -> None:
    """ "X welcomed the truce but said Y had attacked Z": X says."""
    pattern = (
        {"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": "say"}},
        {
            "LEFT_ID": "trigger",
            "REL_OP": ">",
            "RIGHT_ID": "subject",
            "RIGHT_ATTRS": {"DEP": "nsubj"},
        },
        {
            "LEFT_ID": "trigger",
            "REL_OP": ">",
            "RIGHT_ID": "object",
            "RIGHT_ATTRS": {"DEP": "ccomp"},
        },
    )
    [shared] = _shared_subject(pattern)
    [rule] = parse_rules(_rule())
    nodes = _compile_pattern(shared, "shared")
    for text, subject in [
        ("Kenya welcomed the truce but said the militants had attacked a post.", "Kenya"),
        ("Kenya welcomed the truce and Somalia said the militants attacked a post.", None),
        ("Kenya rejected the report, saying the militants had attacked a post.", "Kenya"),
        ("Kenya rejected the report after Somalia said the militants attacked.", None),
    ]:
        doc = pipeline.nlp(text)
        found = []
        for ids in _Tree(doc).matches(nodes, 0, len(doc)):
            bound = {n["RIGHT_ID"]: doc[i] for n, i in zip(shared, ids, strict=True)}
            if not _has_absent(rule, bound):
                found.append(bound["subject"].text)
        assert found == ([subject] if subject else []), text
    # a trigger whose role the pattern sets keeps to it
    fixed = ({"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": "say", "DEP": "advcl"}}, *pattern[1:])
    assert _shared_subject(fixed) == []


def test_lemma_lists_hold_the_lemma_of_each_plural() -> None:
    # the model gives the singular as the lemma of a plural noun ("talks": "talk"), so a
    # plural listed alone in a LEMMA list would never match
    text = (Path(__file__).parents[1] / "ontologies" / "kg.patterns.toml").read_text(
        encoding="utf-8"
    )
    # nouns whose singular is no lemma the model gives, or which have none
    lemmas = {"barracks", "crisis", "gas", "headquarters", "politics", "series"}
    unmatched = set()
    for listed in re.findall(r"LEMMA = \{ IN = \[([^\]]*)\]", text):
        words = {w.strip().strip('"') for w in listed.split(",") if w.strip()}
        for word in words:
            if (
                word.endswith("s")
                and not word.endswith(("ss", "us"))
                and "-" not in word
                and not word.startswith("@")
                and word not in lemmas
                and word[:-1] not in words
                and not (word.endswith("ies") and word[:-3] + "y" in words)
                and not (word.endswith("es") and word[:-2] in words)
            ):
                unmatched.add(word)
    assert not unmatched, sorted(unmatched)
