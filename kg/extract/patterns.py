"""Dependency patterns as data: the rules of ``ontologies/kg.patterns.toml``.

Each rule of the file is a named entry with its relation, base confidence, an example,
and one or more dependency patterns in the format of spaCy's
:class:`~spacy.matcher.DependencyMatcher` (Semgrex operators over the parse), which
kg matches with a tree matcher of its own (:class:`_Tree`: the same matches, found by
following each pattern's edges rather than trying every combination of tokens). A
pattern names three of its nodes: ``trigger`` (the word whose context gives the
modality), ``subject`` and ``object`` (the two ends
of the assertion, whatever their syntactic role). An end that is a relative pronoun
("which are present in Y") stands for the noun the clause modifies; an end with
conjuncts stands for each of them ("consists of A, B and C"), unless the rule lists it
in ``alone`` ("Assad's forces and Islamic State": the possessive is the first one's). A
pattern whose subject is its trigger's ``nsubj`` reads too the subject a trigger with none
of its own shares with the verb it is conjoined to ("X welcomed the truce but said Y had
attacked Z") or is a participle or infinitive clause of ("X dismissed the report, saying
Y had shelled Z").

Token attributes may name a word class of :mod:`kg.wordclasses` instead of listing
words: ``LOWER = { IN = "@OFFICES" }``, or a relation's trigger verbs in the lexicon:
``LEMMA = { IN = "@verbs:attacked" }`` (its event nouns: ``"@nouns:attacked"``), or
several of them in a list, whose words are joined. ``object = "place"`` asks for a place (a
location or a state) as the object, ``object = "state"`` for a state or the state a place
named there lies in ("Israel's offensive in Gaza"); otherwise both ends are actors other
than places.
``subject = "group"`` keeps persons out of the subject ("Ruto was present in Kampala");
``subject_types`` and ``object_types`` list the actor types an end may have, and
``absent`` the dependents a matched node must not have (``{ node = "allies", dep =
["prep"] }``: "X and Y are allies", not "X and Y are allies of Z"); ``static = true``
marks a relation described inside a noun phrase ("NATO ally Turkey"), asserted whatever
the clause around it says; ``apart = true`` keeps two ends of one state apart ("the
Turkish defence ministry said Turkish drones struck X" is a report, no charge), and a
state from a place in its own land ("Mexico deployed troops to Sinaloa"); ``not_between``
lists pairs of subject and object types the rule does not relate (``[["GovernmentBody",
"ArmedGroup"]]``: "the army said militants killed four civilians" reports the fighting).

Every rule carries its own test sentences (``positive``: an assertion that must come
out, ``negative``: a triple that must not); ``tests/test_rules.py`` runs them with the
other rules' tables.
"""

from __future__ import annotations

import bisect
import tomllib
from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from spacy.about import __version__ as spacy_version
from spacy.tokens import Doc, Token

from kg import wordclasses
from kg.cache import cached_pickle, cached_toml
from kg.types import ActorType, Relation
from kg.vocab import ONTOLOGY_DIR
from kg.wordclasses import active_finite, dependents

__all__ = [
    "PATTERNS_FILE",
    "DependencyRule",
    "match_rules",
    "parse_rules",
    "read_rules",
    "static_rules",
]

PATTERNS_FILE = ONTOLOGY_DIR / "kg.patterns.toml"
_ROLES = ("trigger", "subject", "object")
_RELATIVES = frozenset({"which", "who", "that", "whom"})


_Pattern = tuple[dict[str, Any], ...]


@dataclass(frozen=True, slots=True)
class DependencyRule:
    """One named rule of the pattern file."""

    name: str
    relation: Relation
    confidence: float
    example: str
    patterns: tuple[_Pattern, ...]
    object_is_place: bool = False
    #: The object is a state, or the state a place named there lies in ("in Gaza").
    object_is_state: bool = False
    subject_types: frozenset[ActorType] | None = None
    object_types: frozenset[ActorType] | None = None
    #: Dependents a matched node must not have: (node, deps, words or empty for any).
    absent: tuple[tuple[str, frozenset[str], frozenset[str]], ...] = ()
    #: Ends ("subject", "object") that stand for themselves, not for their conjuncts.
    alone: frozenset[str] = frozenset()
    #: The relation is a description inside a noun phrase ("NATO ally Turkey"): asserted
    #: whatever the clause around it says, with no date or place of its own.
    static: bool = False
    #: The two ends must not be of one state ("Kyiv said Russian forces shelled X", but
    #: not "the Turkish defence ministry said Turkish drones struck X": a report).
    apart: bool = False
    #: The object may be an act named again without its author ("M23 seized Uvira. The
    #: advance drew condemnation from Y"): the author of the sentence before's act.
    act_before: bool = False
    #: Pairs of (subject type, object type) the rule never relates ("the army said
    #: militants killed four civilians" reports the fighting, it charges no one).
    not_between: frozenset[tuple[ActorType, ActorType]] = frozenset()
    positive: tuple[tuple[str, tuple[str, ...]], ...] = ()
    negative: tuple[tuple[str, tuple[str, ...]], ...] = ()


def _expand(value: Any) -> Any:
    """Replace word-list names by their words (sorted).

    ``"@NAME"`` is the word class ``kg.wordclasses.NAME``; ``"@verbs:RELATION"`` the
    trigger verbs of a relation in the lexicon, ``"@nouns:RELATION"`` its event nouns.
    """
    if isinstance(value, str) and value.startswith("@"):
        # one list for every node that names it (never changed): the parsed rules keep
        # it, and their cached pickle holds it, once
        return _words_of_list(value)
    if isinstance(value, dict):
        return {key: _expand(item) for key, item in value.items()}
    if isinstance(value, list) and any(isinstance(v, str) and v.startswith("@") for v in value):
        # ["@verbs:attacked", "@verbs:controls"]: the union of the lists (and words)
        union: set[str] = set()
        for item in value:
            expanded = _expand(item)
            union.update(expanded if isinstance(expanded, list) else [expanded])
        return sorted(union)
    if isinstance(value, list):
        if not any(isinstance(item, (dict, list)) for item in value):
            return list(value)  # words: nothing to expand
        return [_expand(item) for item in value]
    return value


@cache
def _words_of_list(name: str) -> list[str]:
    """The words of a word list named ``"@NAME"``, ``"@verbs:R"`` or ``"@nouns:R"``, sorted."""
    if name.startswith(("@verbs:", "@nouns:")):
        from kg.extract.lexicon import LEXICON  # the lexicon reads CAMEO: only when asked

        kind, _, relation = name[1:].partition(":")
        try:
            entry = LEXICON[Relation(relation)]
        except ValueError as err:
            raise ValueError(f"No relation named {relation!r}") from err
        return sorted(entry.verbs if kind == "verbs" else entry.nouns)
    words = getattr(wordclasses, name[1:], None)
    if not isinstance(words, frozenset):
        raise ValueError(f"No word class named {name[1:]!r} in kg.wordclasses")
    return sorted(words)


_GROUPS = frozenset(ActorType) - {ActorType.PERSON, ActorType.LOCATION}


def _types(value: Any, where: str) -> frozenset[ActorType] | None:
    """Read the actor types an end may have: a list of type names, or None (any)."""
    if value is None:
        return None
    try:
        return frozenset(ActorType(v) for v in value)
    except ValueError as err:
        choices = ", ".join(t.value for t in ActorType)
        raise ValueError(f"{where}: {err}; actor types: {choices}") from err


def _type_pair(value: Any, where: str) -> tuple[ActorType, ActorType]:
    """Read a (subject type, object type) pair: a list of two type names."""
    types = _types(value, where)
    if not isinstance(value, list) or len(value) != 2 or types is None:
        raise ValueError(f"{where}: not_between takes pairs of two actor types, not {value!r}")
    return ActorType(value[0]), ActorType(value[1])


def parse_rules(
    text: str, *, source: str = "<string>", cached: bool = False
) -> tuple[DependencyRule, ...]:
    """Parse the TOML text of a pattern file (``cached``: through kg's disk cache).

    >>> rules = parse_rules('''
    ... [[rule]]
    ... name = "present-in"
    ... relation = "operatesIn"
    ... confidence = 0.7
    ... example = "The ADF, which is present in Congo, ..."
    ... object = "place"
    ... patterns = [[
    ...   { RIGHT_ID = "trigger", RIGHT_ATTRS = { LEMMA = "present" } },
    ...   { LEFT_ID = "trigger", REL_OP = "<", RIGHT_ID = "subject", RIGHT_ATTRS = {} },
    ...   { LEFT_ID = "trigger", REL_OP = ">", RIGHT_ID = "object", RIGHT_ATTRS = {} },
    ... ]]
    ... ''')
    >>> rules[0].name, rules[0].relation.value, rules[0].object_is_place
    ('present-in', 'operatesIn', True)
    """
    data = cached_toml(text) if cached else tomllib.loads(text)
    rules = []
    for index, entry in enumerate(data.get("rule", ())):
        where = f"{source}: rule {index + 1}"
        try:
            name = entry["name"]
            relation = Relation(entry["relation"])
            patterns = tuple(tuple(_expand(node) for node in p) for p in entry["patterns"])
        except (KeyError, ValueError) as err:
            raise ValueError(f"{where}: {err}") from err
        for pattern in patterns:
            ids = {node.get("RIGHT_ID") for node in pattern}
            missing = [role for role in _ROLES if role not in ids]
            if missing:
                raise ValueError(f"{where} ({name}): a pattern has no node {missing[0]!r}")
            _compile_pattern(pattern, f"{where} ({name})")  # that it compiles
        rules.append(
            DependencyRule(
                name=name,
                relation=relation,
                confidence=float(entry.get("confidence", 0.7)),
                example=entry.get("example", ""),
                patterns=patterns,
                object_is_place=entry.get("object") == "place",
                object_is_state=entry.get("object") == "state",
                subject_types=(
                    _GROUPS
                    if entry.get("subject") == "group"
                    else _types(entry.get("subject_types"), where)
                ),
                object_types=_types(entry.get("object_types"), where),
                absent=tuple(
                    (
                        item["node"],
                        frozenset(item["dep"]),
                        frozenset(w.lower() for w in item.get("words", ())),
                    )
                    for item in entry.get("absent", ())
                ),
                alone=frozenset(entry.get("alone", ())),
                static=bool(entry.get("static", False)),
                apart=bool(entry.get("apart", False)),
                act_before=bool(entry.get("act_before", False)),
                not_between=frozenset(
                    _type_pair(pair, where) for pair in entry.get("not_between", ())
                ),
                positive=tuple(
                    (case["sentence"], tuple(case["expect"])) for case in entry.get("positive", ())
                ),
                negative=tuple(
                    (case["sentence"], tuple(case["forbid"])) for case in entry.get("negative", ())
                ),
            )
        )
    return tuple(rules)


@cache
def static_rules() -> frozenset[str]:
    """Return the names of the pattern file's rules marked ``static``."""
    return frozenset(rule.name for rule in read_rules() if rule.static)


@cache
def read_rules() -> tuple[DependencyRule, ...]:
    """Return the rules of ``ontologies/kg.patterns.toml`` (read once per process).

    Parsed and checked once, then read back from kg's disk cache (:mod:`kg.cache`),
    keyed by the file, the code that reads it and the word lists it names.
    """
    text = PATTERNS_FILE.read_text(encoding="utf-8")
    return cached_pickle(
        "rules",
        _rule_sources(text),
        lambda: parse_rules(text, source=str(PATTERNS_FILE), cached=True),
    )


@cache
def _rule_sources(text: str) -> list[str | bytes]:
    """What the parsed rules derive from: the file, the modules, the lexicon's words.

    The list is shared: it must not be changed.
    """
    from kg import types
    from kg.extract.lexicon import LEXICON

    words = "\n".join(
        f"{relation.value}: {' '.join(sorted(entry.verbs))} | {' '.join(sorted(entry.nouns))}"
        for relation, entry in LEXICON.items()
    )
    modules = (__file__, wordclasses.__file__, types.__file__)
    return [text, *(Path(str(m)).read_bytes() for m in modules), words]


#: The token attributes a pattern node may test, as spaCy's matcher names them.
_ATTRIBUTES = ("LEMMA", "LOWER", "ORTH", "POS", "TAG", "DEP", "ENT_TYPE")
#: The attributes whose values a doc's tokens are indexed by (the others are scanned).
_INDEXED = frozenset(_ATTRIBUTES.index(a) for a in ("LEMMA", "LOWER", "ORTH", "ENT_TYPE"))
#: The Semgrex operators of spaCy's dependency matcher, all of which the tree matcher reads.
_OPERATORS = (
    *("<", ">", "<<", ">>", ".", ".*", ";", ";*", "$+", "$-", "$++", "$--"),
    *(">+", ">-", ">++", ">--", "<+", "<-", "<++", "<--"),
)


@dataclass(frozen=True, slots=True)
class _Node:
    """One node of a pattern, compiled: what it hangs from and what its token must be."""

    #: The earlier node this one is related to (-1 for the anchor) and the operator.
    left: int
    operator: str
    #: (attribute number in :data:`_ATTRIBUTES`, accepted ids, negated): all must hold.
    tests: tuple[tuple[int, frozenset[int], bool], ...]


#: Each distinct tuple of tests of the compiled nodes, once.
_SHARED_TESTS: dict[
    tuple[tuple[int, frozenset[int], bool], ...], tuple[tuple[int, frozenset[int], bool], ...]
] = {}


def _compile_pattern(pattern: _Pattern, where: str) -> tuple[_Node, ...]:
    """Compile a pattern's nodes for :class:`_Tree`, in the pattern's order.

    The ids are those spaCy's tokens hold (:func:`kg.wordclasses.word_ids`: a symbol's id
    for spaCy's own labels and the few words that are symbols, a hash for other strings;
    a word list shared by many nodes is hashed once).
    """
    names: dict[str, int] = {}
    nodes = []
    for index, node in enumerate(pattern):
        name = node.get("RIGHT_ID")
        if not isinstance(name, str) or name in names:
            raise ValueError(f"{where}: node {index + 1} has no RIGHT_ID of its own")
        if index == 0:
            left, operator = -1, ""
        else:
            operator = node.get("REL_OP", "")
            if operator not in _OPERATORS:
                raise ValueError(
                    f"{where}: operator {operator!r} of node {name!r}; "
                    f"the matcher reads {', '.join(_OPERATORS)}"
                )
            if node.get("LEFT_ID") not in names:
                raise ValueError(f"{where}: node {name!r} hangs from no earlier node")
            left = names[node["LEFT_ID"]]
        names[name] = index
        tests = []
        for attr, value in node.get("RIGHT_ATTRS", {}).items():
            if attr not in _ATTRIBUTES:
                raise ValueError(
                    f"{where}: attribute {attr!r} of node {name!r}; "
                    f"the matcher reads {', '.join(_ATTRIBUTES)}"
                )
            column = _ATTRIBUTES.index(attr)
            if isinstance(value, str):
                tests.append((column, wordclasses.word_ids(frozenset({value})), False))
            elif isinstance(value, dict) and set(value) <= {"IN", "NOT_IN"}:
                for operator_name, words in value.items():
                    ids = wordclasses.word_ids(frozenset(map(str, words)))
                    tests.append((column, ids, operator_name == "NOT_IN"))
            else:
                raise ValueError(f"{where}: value of {attr} of node {name!r}: {value!r}")
        # equal tests shared by every node that asks them: a doc's anchors for them are
        # found once (:meth:`_Tree._anchors`), whichever pattern asks first
        compiled_tests = tuple(tests)
        shared = _SHARED_TESTS.setdefault(compiled_tests, compiled_tests)
        nodes.append(_Node(left, operator, shared))
    return tuple(nodes)


#: An anchor node that tests no listed value: every token may be its anchor.
_EVERY: list[int] = []


class _Tree:
    """A parsed doc's tokens as integer tables, for matching patterns without Token objects.

    Matches what :class:`~spacy.matcher.DependencyMatcher` finds with the same patterns
    (``tests/test_patterns.py`` compares the two on every rule's sentences), at a
    fraction of its cost: spaCy's matcher tries every combination of tokens that pass
    the nodes' tests (every token, for a node that tests nothing) where this one only
    follows the pattern's edges from each token that can be its anchor.
    """

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._anchor_lists: dict[int, list[int]] = {}
        #: each token's sentence, as (start, end)
        self.sentence: list[tuple[int, int]] = []
        for bounds in wordclasses.sentence_bounds(doc):
            self.sentence.extend([bounds] * (bounds[1] - bounds[0]))

    @cached_property
    def values(self) -> list[list[int]]:
        """The values of each attribute of :data:`_ATTRIBUTES`, token by token.

        Read at the first match (as are :attr:`heads` and :attr:`children`): most docs
        hold no sentence that any rule can match.
        """
        return [wordclasses.attribute_values(self.doc, attr) for attr in _ATTRIBUTES]

    @cached_property
    def heads(self) -> list[int]:
        """Each token's head (itself for a root)."""
        return wordclasses.attribute_values(self.doc, "HEAD")

    @cached_property
    def children(self) -> tuple[tuple[int, ...], ...]:
        """Each token's dependents, in order.

        As tuples: the garbage collector stops tracking them at its first look (lists
        kept through the doc's matching would be promoted to its oldest generation).
        """
        children: list[list[int]] = [[] for _ in self.heads]
        for i, head in enumerate(self.heads):
            if head != i:
                children[head].append(i)
        return tuple(map(tuple, children))

    def _anchors(self, node: _Node, start: int, end: int) -> Sequence[int]:
        """The tokens of ``[start, end)`` that may be a pattern's anchor, in order.

        The tokens that have a word the node asks for (its first test of a word or
        entity label), else every token.
        """
        # by the node's tests, which equal nodes share (see _compile_pattern)
        anchors = self._anchor_lists.get(id(node.tests))
        if anchors is None:
            anchors = self._anchor_lists[id(node.tests)] = self._all_anchors(node)
        if anchors is _EVERY:
            return range(start, end)
        return anchors[bisect.bisect_left(anchors, start) : bisect.bisect_left(anchors, end)]

    def _all_anchors(self, node: _Node) -> list[int]:
        for column, ids, negated in node.tests:
            if not negated and column in _INDEXED:
                # the node's other tests too, once a doc: a trigger asked for in one
                # role only ("conj") is then no anchor in its others
                return [
                    i
                    for i in wordclasses.class_tokens(self.doc, _ATTRIBUTES[column], ids)
                    if self._fits(i, node)
                ]
        return _EVERY

    def _fits(self, i: int, node: _Node) -> bool:
        values = self.values
        # a loop, not all() over a generator: a quarter of the time, and asked ~25 times a doc
        for column, ids, negated in node.tests:  # noqa: SIM110
            if (values[column][i] in ids) == negated:
                return False
        return True

    def _related(self, i: int, operator: str) -> Sequence[int]:
        """The tokens that stand in ``operator`` to token ``i`` (spaCy's definitions)."""
        head = self.heads[i]
        if operator == ">":
            return self.children[i]
        if operator == "<":
            return [] if head == i else [head]
        if operator == ">>":
            found, stack = [], list(self.children[i])
            while stack:
                j = stack.pop()
                found.append(j)
                stack.extend(self.children[j])
            return found
        if operator == "<<":
            chain, j = [], i
            while self.heads[j] != j:
                j = self.heads[j]
                chain.append(j)
            return chain
        start, end = self.sentence[i]
        if operator[0] in ".;":  # precedes, follows, within the sentence
            if operator == ".":
                return [i + 1] if i + 1 < end else []
            if operator == ";":
                return [i - 1] if i - 1 >= start else []
            return list(range(i + 1, end) if operator == ".*" else range(start, i))
        if operator[0] == "$":  # siblings: the other dependents of the head
            pool = [c for c in self.children[head] if (c > i if "+" in operator else c < i)]
        elif operator[0] == ">":  # dependents on one side
            pool = [c for c in self.children[i] if (c > i if "+" in operator else c < i)]
        else:  # "<+" ...: the head, on one side
            pool = [head] if head != i and (head > i if "+" in operator else head < i) else []
        if len(operator) == 2:  # the adjacent one only
            return [c for c in pool if abs(c - i) == 1]
        return pool

    def matches(self, nodes: tuple[_Node, ...], start: int, end: int) -> list[tuple[int, ...]]:
        """Return every binding of the nodes whose anchor lies in ``[start, end)``, sorted.

        Sorted as spaCy's matcher yields them (the product of each node's tokens in
        order), so that the rules' assertions come out in the same order.
        """
        anchor = nodes[0]
        anchors = self._anchors(anchor, start, end)
        if not anchors:
            return []
        found: list[tuple[int, ...]] = []
        bound = [0] * len(nodes)

        def extend(k: int) -> None:
            if k == len(nodes):
                found.append(tuple(bound))
                return
            node = nodes[k]
            for j in self._related(bound[node.left], node.operator):
                if self._fits(j, node):
                    bound[k] = j
                    extend(k + 1)

        for i in anchors:
            if self._fits(i, anchor):
                bound[0] = i
                extend(1)
        found.sort()
        return found


@dataclass(frozen=True, slots=True)
class _CompiledRule:
    rule: DependencyRule
    #: The rule's patterns, each with its nodes compiled for :class:`_Tree`.
    patterns: tuple[tuple[_Pattern, tuple[_Node, ...]], ...]
    #: Per pattern, the word lists of its nodes that name words (numbers in
    #: :attr:`_Compiled.word_lists`): a sentence can match the pattern only if it holds
    #: a word of each list.
    cues: tuple[tuple[int, ...], ...]


@dataclass(frozen=True, slots=True)
class _Compiled:
    rules: tuple[_CompiledRule, ...]
    #: The distinct word lists of the rules' nodes, with the attribute they look at.
    word_lists: tuple[tuple[frozenset[int], str], ...]
    #: attribute -> word hash -> the numbers of the word lists that hold the word.
    lists_of_word: dict[str, dict[int, tuple[int, ...]]]
    #: A word list number -> the patterns that need it (and have it as their fewest
    #: words), each as the set of its word lists with the number of its rule in
    #: :attr:`rules`: a rule can match a doc only if the doc holds a word of every list
    #: of one of its patterns.
    patterns_of_list: dict[int, tuple[tuple[frozenset[int], int], ...]]
    #: The rules with a pattern that needs no word list: they can match any doc.
    uncued: frozenset[int]


def _node_words(node: dict[str, Any]) -> tuple[frozenset[int], str] | None:
    """Return the ids of the words (or entity labels) a node asks for, with their attribute.

    Entity labels narrow a pattern to few sentences too ("a person's name"). The ids are
    those the tokens hold: spaCy's own labels and a few words ("number", "agent") are
    symbols, whose ids are no string hashes.
    """
    attrs = node.get("RIGHT_ATTRS", {})
    for attr in ("LOWER", "LEMMA", "ORTH", "ENT_TYPE"):
        value = attrs.get(attr)
        if isinstance(value, str):
            return wordclasses.word_ids(frozenset({value})), attr
        if isinstance(value, dict) and isinstance(value.get("IN"), list):
            return wordclasses.word_ids(frozenset(map(str, value["IN"]))), attr
    return None


#: The node a trigger's shared subject hangs from (see :func:`_shared_subject`).
_SHARED = "subject_head"


#: The roles of a trigger that has the subject of the verb it hangs from: a conjoined
#: verb ("X welcomed the truce but said Y had attacked Z"), or a participle or infinitive
#: clause ("X rejected the report, saying Y had shelled Z", "X deployed troops to help
#: Y"), not a passive participle ("X, backed by Y": :data:`_CLAUSE_TAGS`).
_SHARING_ROLES = ["conj", "advcl"]
#: The tags of a clause (``advcl``) that has the subject of the verb it hangs from.
_CLAUSE_TAGS = frozenset({"VB", "VBG"})


def _shared_subject(pattern: _Pattern) -> list[_Pattern]:
    """The patterns for a clause that shares its subject with the verb it hangs from.

    "X announced the designation and said Y had terrorized Z", "X dismissed the remarks,
    saying Y was behaving ...": a pattern whose subject is the ``nsubj`` of its trigger,
    or whose subject or object is that of the verb it starts from when that verb is no
    trigger ("X stressed the road's status, dismissing claims by Y": the dismissing verb
    of Y's charge against X), reads the subject of the verb that node is a ``conj`` or a
    clause (``advcl``) of, when it has no subject of its own (checked by
    :func:`_has_absent`). None for a pattern whose first node's role is set (its ``DEP``)
    or whose ends hang otherwise.
    """
    first = pattern[0]
    attrs = first.get("RIGHT_ATTRS", {})
    if "LEFT_ID" in first or "DEP" in attrs:
        return []
    for k, node in enumerate(pattern):
        if (
            node.get("RIGHT_ID") in ("subject", "object")
            and (node["RIGHT_ID"] == "subject" or first.get("RIGHT_ID") != "trigger")
            and node.get("LEFT_ID") == first.get("RIGHT_ID")
            and node.get("REL_OP") == ">"
            and node.get("RIGHT_ATTRS", {}).get("DEP") == "nsubj"
        ):
            head = {
                "LEFT_ID": first["RIGHT_ID"],
                "REL_OP": "<",
                "RIGHT_ID": _SHARED,
                "RIGHT_ATTRS": {"POS": "VERB"},
            }
            # (a passive verb's subject too, for a conjoined active trigger: "the ADF was
            # formed in Uganda and moved into Congo", checked by _has_absent)
            end = {
                **node,
                "LEFT_ID": _SHARED,
                "RIGHT_ATTRS": {**node["RIGHT_ATTRS"], "DEP": {"IN": ["nsubj", "nsubjpass"]}},
            }
            # one pattern for both roles (the clause's tag is checked by _has_absent)
            shared = {**first, "RIGHT_ATTRS": {**attrs, "DEP": {"IN": _SHARING_ROLES}}}
            return [(shared, *pattern[1:k], head, end, *pattern[k + 1 :])]
    return []


@cache
def _compiled() -> _Compiled:
    """Return the pattern file's rules compiled for the tree matcher (once per process).

    Compiled once, then read back from kg's disk cache (:mod:`kg.cache`), keyed as the
    parsed rules are (:func:`read_rules`) and by spaCy's version, whose symbols some of
    the compiled ids are.
    """
    text = PATTERNS_FILE.read_text(encoding="utf-8")
    sources = [*_rule_sources(text), f"spaCy {spacy_version}"]
    return cached_pickle("compiled-rules", sources, _compile_rules)


def _compile_rules() -> _Compiled:
    compiled = []
    numbers: dict[tuple[frozenset[int], str], int] = {}
    for rule in read_rules():
        all_patterns = [
            *rule.patterns,
            *(v for p in rule.patterns for v in _shared_subject(p)),
        ]
        patterns = tuple(
            (pattern, _compile_pattern(pattern, f"rule {rule.name}, pattern {i + 1}"))
            for i, pattern in enumerate(all_patterns)
        )
        cues = tuple(
            tuple(
                numbers.setdefault(node_words, len(numbers))
                for node in pattern
                if (node_words := _node_words(node)) is not None
            )
            for pattern in all_patterns
        )
        compiled.append(_CompiledRule(rule, patterns, cues))
    lists_of_word: dict[str, dict[int, list[int]]] = {}
    for (words, attr), list_number in numbers.items():
        for word in words:
            lists_of_word.setdefault(attr, {}).setdefault(word, []).append(list_number)
    sizes = {number: len(words) for (words, _), number in numbers.items()}
    patterns_of_list: dict[int, list[tuple[frozenset[int], int]]] = {}
    for rule_number, compiled_rule in enumerate(compiled):
        for pattern_lists in compiled_rule.cues:
            if pattern_lists:
                key = min(pattern_lists, key=lambda n: (sizes[n], n))
                entry = (frozenset(pattern_lists), rule_number)
                patterns_of_list.setdefault(key, []).append(entry)
    return _Compiled(
        rules=tuple(compiled),
        word_lists=tuple(numbers),
        lists_of_word={
            attr: {word: tuple(lists) for word, lists in table.items()}
            for attr, table in lists_of_word.items()
        },
        patterns_of_list={n: tuple(found) for n, found in patterns_of_list.items()},
        uncued=frozenset(n for n, rule in enumerate(compiled) if any(not c for c in rule.cues)),
    )


class _Index:
    """The sentences of a doc that hold a word of each word list of the rules.

    Read from the doc's integer tables (:class:`_Tree`), made once for all the rules.
    """

    def __init__(self, doc: Doc, compiled: _Compiled) -> None:
        self.doc = doc
        self.tree = _Tree(doc)
        sentence_of = [start for start, _ in self.tree.sentence]
        #: sentence start -> sentence end
        self.ends: dict[int, int] = dict(self.tree.sentence)
        #: word list number -> the starts of the sentences with a word of the list
        self.sentences_with: dict[int, AbstractSet[int]] = {}
        if len(self.ends) == 1:
            # one sentence (a short item): every list a word of the doc is in is met
            # there, each distinct word looked up once
            only = frozenset(self.ends)
            held: set[int] = set()
            for attr, lists_of_word in compiled.lists_of_word.items():
                for value in set(wordclasses.attribute_values(doc, attr)):
                    lists = lists_of_word.get(value)
                    if lists is not None:
                        held.update(lists)
            self.sentences_with = dict.fromkeys(held, only)
            return
        for attr, lists_of_word in compiled.lists_of_word.items():
            # a scan of the doc's values of the attribute: a dict look-up per token
            for index, value in enumerate(wordclasses.attribute_values(doc, attr)):
                lists = lists_of_word.get(value)
                if lists is None:
                    continue
                sentence = sentence_of[index]
                for list_number in lists:
                    found = self.sentences_with.get(list_number)
                    if found is None:
                        self.sentences_with[list_number] = {sentence}
                    else:
                        found.add(sentence)  # type: ignore[attr-defined]


_NONE: frozenset[int] = frozenset()


def _pattern_sentences(index: _Index, compiled: _CompiledRule) -> list[AbstractSet[int]] | None:
    """Return, pattern by pattern, the starts of the sentences with a word of each of its lists.

    A pattern can match only in those. ``None`` when a pattern has no word list: the
    rule then runs on the whole doc.
    """
    if any(not cues for cues in compiled.cues):
        return None
    found: list[AbstractSet[int]] = []
    for cues in compiled.cues:
        starts: AbstractSet[int] | None = None
        for list_number in cues:
            here = index.sentences_with.get(list_number, _NONE)
            starts = here if starts is None else starts & here
            if not starts:
                break
        found.append(starts or _NONE)
    return found


def _referent(token: Token) -> Token:
    """Return the noun a relative pronoun stands for ("the ADF, which ...")."""
    if token.lower_ in _RELATIVES and token.head.dep_ == "relcl":
        token = token.head.head
        while token.dep_ == "conj":
            token = token.head  # "A and B, which are ...": both
    elif token.lower_ == "whose" and token.dep_ == "poss":
        # "Russia, whose instructors arrived in Niamey": the noun the clause is on
        clause = token.head
        while clause.dep_ not in ("relcl", "ROOT") and clause.head is not clause:
            clause = clause.head
        if clause.dep_ == "relcl":
            token = clause.head
    return token


def _has_absent(rule: DependencyRule, nodes: dict[str, Token]) -> bool:
    """Tell whether a matched node has a dependent the rule excludes.

    A conjoined trigger read with the subject of the verb before it must have no subject
    of its own (:func:`_shared_subject`).
    """
    if _SHARED in nodes:
        clause = next(iter(nodes.values()))  # the pattern's first node
        end = nodes["subject"] if nodes["subject"].head == nodes[_SHARED] else nodes["object"]
        if (
            any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in dependents(clause))
            or (clause.dep_ == "advcl" and clause.tag_ not in _CLAUSE_TAGS)
            or (end.dep_ == "nsubjpass" and (clause.dep_ != "conj" or not active_finite(clause)))
        ):
            return True
    for name, deps, words in rule.absent:
        token = nodes.get(name)
        if token is not None and any(
            c.dep_ in deps and (not words or c.lower_ in words) for c in dependents(token)
        ):
            return True
    return False


def match_rules(doc: Doc) -> Iterator[tuple[DependencyRule, Token, Token, Token]]:
    """Yield ``(rule, trigger, subject, object)`` for every match of the pattern file.

    A rule runs only on the sentences that hold a word of each of the word lists of one
    of its patterns (found with scans of the doc's attribute arrays), not on the whole
    doc: matching costs about the same per token whatever the pattern.
    """
    rules = _compiled()
    index = _Index(doc, rules)
    # (a set: ``cues <= held`` is then one comparison of sets)
    held = set(index.sentences_with)
    # A rule with a word list of each pattern missing from the whole doc matches nothing.
    possible = set(rules.uncued)
    for list_number in held:
        for cues, number in rules.patterns_of_list.get(list_number, ()):
            if cues <= held:
                possible.add(number)
    for number in sorted(possible):  # in the file's order
        compiled = rules.rules[number]
        sentences = _pattern_sentences(index, compiled)
        if sentences is None:  # every sentence, pattern by pattern
            found = [
                (pattern, ids)
                for pattern, nodes in compiled.patterns
                for ids in index.tree.matches(nodes, 0, len(doc))
            ]
        else:  # sentence by sentence, each pattern in the sentences that hold its words
            found = [
                (pattern, ids)
                for start in sorted(set().union(*sentences))
                for (pattern, nodes), starts in zip(compiled.patterns, sentences, strict=True)
                if start in starts
                for ids in index.tree.matches(nodes, start, index.ends[start])
            ]
        for pattern, ids in found:
            nodes = {node["RIGHT_ID"]: doc[i] for node, i in zip(pattern, ids, strict=True)}
            if _has_absent(compiled.rule, nodes):
                continue
            yield (
                compiled.rule,
                nodes["trigger"],
                _referent(nodes["subject"]),
                _referent(nodes["object"]),
            )
