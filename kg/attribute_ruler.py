"""The model's attribute ruler, its patterns found with an index instead of spaCy's matcher.

The English models' ``attribute_ruler`` maps each tag to its part of speech and
features, and sets a few hundred exceptions ("his" as PRP, "'s" after a noun...): some
two hundred patterns of one or two tokens, each testing words, tags or labels for
equality. spaCy's :class:`~spacy.matcher.Matcher` tries every pattern at every token,
which cost as much as the tagger and parser together on short items. Here the same
patterns are looked up by the value of one of their attributes, and the matches are
handed to the ruler's own ``set_annotations``, in the order spaCy's ``match`` gives
them: the same tokens get the same attributes.

Only patterns whose tokens test attributes for a value or a list of values (``IN``)
are read so; a ruler with any other pattern (operators, regular expressions,
extension attributes...) keeps spaCy's matcher.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from spacy.attrs import IDS
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc

__all__ = ["IndexedMatch", "index_attribute_ruler"]

#: The attributes a pattern may test here, most telling first: a pattern is indexed by
#: the first of its attributes in this order.
_ATTRIBUTES = ("ORTH", "LOWER", "NORM", "LEMMA", "TAG", "DEP", "POS", "IS_SPACE")
_ALIASES = {"TEXT": "ORTH"}


class _NotIn:
    """The values a ``NOT_IN`` test accepts: all but the listed ones."""

    __slots__ = ("excluded",)

    def __init__(self, excluded: frozenset[int]) -> None:
        self.excluded = excluded

    def __contains__(self, value: object) -> bool:
        return value not in self.excluded


class _Regex:
    """The values a ``REGEX`` test accepts: those whose string the expression finds in.

    As spaCy's matcher reads them (``re.search`` on the attribute's string); the answer
    for each value is kept.
    """

    __slots__ = ("expression", "known", "strings")

    def __init__(self, expression: str, strings: StringStore) -> None:
        self.expression = re.compile(expression)
        self.strings = strings
        self.known: dict[int, bool] = {}

    def __contains__(self, value: object) -> bool:
        assert isinstance(value, int)
        found = self.known.get(value)
        if found is None:
            found = self.known[value] = bool(self.expression.search(self.strings[value]))
        return found


_Values = frozenset[int] | _NotIn | _Regex
#: One token of a pattern: (column in :data:`_ATTRIBUTES`, accepted values) per test.
_Token = tuple[tuple[int, _Values], ...]
#: A pattern's tokens' tests, by position in a row of a doc's array of attributes.
_Tests = tuple[tuple[tuple[int, _Values], ...], ...]


@dataclass(frozen=True, slots=True)
class _Pattern:
    """One pattern of the ruler, as :meth:`AttributeRuler.match` reports its matches."""

    attr_id: int
    match_id: int
    tokens: tuple[_Token, ...]


_Candidate = tuple[_Pattern, _Tests]


def _strings(values: Any) -> bool:
    return isinstance(values, list) and all(isinstance(v, str) for v in values)


def _compile_token(spec: Any, strings: StringStore) -> _Token | None:
    """Return a pattern token's tests, or ``None`` when the index cannot read it.

    Values are compared as spaCy's matcher compares them: as string ids
    (``get_string_id``: a symbol's id for spaCy's own names, else the string's hash).
    """
    if not isinstance(spec, dict) or not spec:
        return None
    tests: list[tuple[int, _Values]] = []
    for key, value in spec.items():
        if not isinstance(key, str):
            return None
        name = _ALIASES.get(key.upper(), key.upper())
        if name not in _ATTRIBUTES:
            return None
        column = _ATTRIBUTES.index(name)
        if isinstance(value, bool):
            tests.append((column, frozenset({int(value)})))
        elif isinstance(value, str):
            tests.append((column, frozenset({get_string_id(value)})))
        elif isinstance(value, dict) and value and set(value) <= {"IN", "NOT_IN", "REGEX"}:
            for operator, operand in value.items():
                if operator == "REGEX" and isinstance(operand, str):
                    tests.append((column, _Regex(operand, strings)))
                elif operator != "REGEX" and _strings(operand):
                    ids = frozenset(get_string_id(v) for v in operand)
                    tests.append((column, ids if operator == "IN" else _NotIn(ids)))
                else:
                    return None
        else:
            return None
    # the sets first (the first of them indexes the pattern), in the order of the columns
    tests.sort(key=lambda test: (not isinstance(test[1], frozenset), test[0]))
    return tuple(tests)


class IndexedMatch:
    """A drop-in for :meth:`AttributeRuler.match` that looks patterns up by value.

    Built from the ruler's patterns as they are when it is made (by
    :func:`index_attribute_ruler`); a ruler given patterns since, or whose patterns were
    read anew, is matched by spaCy's matcher again.
    """

    def __init__(self, ruler: AttributeRuler, patterns: list[_Pattern]) -> None:
        self.ruler = ruler
        #: The ruler's matcher and number of patterns when read: patterns added since,
        #: or read anew (which makes a new matcher), are left to spaCy's matcher.
        self.matcher = ruler.matcher
        self.size = len(ruler.attrs)
        columns = sorted({column for p in patterns for token in p.tokens for column, _ in token})
        #: The attributes read from each doc, as ``Doc.to_array`` takes them.
        self.attrs = [IDS[_ATTRIBUTES[column]] for column in columns]
        position = {column: n for n, column in enumerate(columns)}
        #: position in a row of the doc's array -> value -> the patterns whose first
        #: token tests the attribute there (first) for that value: the keys of those
        #: for which that is the only test (one token, one test), and the others with
        #: their tests by position.
        self.index: dict[int, dict[int, tuple[list[tuple[int, int]], list[_Candidate]]]] = {}
        #: The patterns whose first token has no set of values to look up, with their
        #: first test: tried at every token.
        self.everywhere: list[tuple[int, _Values, _Candidate]] = []
        for pattern in patterns:
            tests = tuple(tuple((position[c], v) for c, v in token) for token in pattern.tokens)
            first, values = tests[0][0]
            if not isinstance(values, frozenset):
                self.everywhere.append((first, values, (pattern, tests)))
                continue
            table = self.index.setdefault(first, {})
            for value in values:
                direct, checked = table.setdefault(value, ([], []))
                if len(tests) == 1 and len(tests[0]) == 1:
                    direct.append((pattern.attr_id, pattern.match_id))
                else:
                    checked.append((pattern, tests))
        self._tables = list(self.index.items())

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """Return the ruler's matches in ``doc`` as ``AttributeRuler.match`` does."""
        if self.ruler.matcher is not self.matcher or len(self.ruler.attrs) != self.size:
            return _spacy_match(self.ruler, doc)
        rows: list[list[int]] = doc.to_array(self.attrs).tolist()
        # a set, as spaCy's matcher reports a match of two patterns of one key once
        found: set[tuple[int, int, int, int]] = set()
        for start, row in enumerate(rows):
            for position, table in self._tables:
                hit = table.get(row[position])
                if hit is not None:
                    for attr_id, match_id in hit[0]:
                        found.add((attr_id, match_id, start, start + 1))
                    if hit[1]:
                        self._extend(found, rows, start, hit[1])
            for position, values, candidate in self.everywhere:
                if row[position] in values:
                    self._extend(found, rows, start, [candidate])
        return sorted(found)

    @staticmethod
    def _extend(
        found: set[tuple[int, int, int, int]],
        rows: list[list[int]],
        start: int,
        candidates: list[_Candidate],
    ) -> None:
        """Add the candidates that match at ``start``."""
        length = len(rows)
        for pattern, tests in candidates:
            end = start + len(tests)
            if end <= length and all(
                rows[start + k][p] in values for k, token in enumerate(tests) for p, values in token
            ):
                found.add((pattern.attr_id, pattern.match_id, start, end))


def _spacy_match(ruler: AttributeRuler, doc: Doc) -> list[tuple[int, int, int, int]]:
    return AttributeRuler.match(ruler, doc)  # type: ignore[no-any-return]


def _patterns(ruler: AttributeRuler) -> list[_Pattern] | None:
    """Return the ruler's patterns compiled for the index, or ``None`` if one cannot be."""
    compiled = []
    for attr_id in range(len(ruler.attrs)):
        key = str(attr_id)
        entry = ruler.matcher.get(key)
        if entry is None or entry[0] is not None:
            return None  # no pattern, or a callback to run
        match_id = ruler.vocab.strings.add(key)
        for pattern in entry[1]:
            if not isinstance(pattern, list) or not pattern:
                return None
            tokens = [_compile_token(spec, ruler.vocab.strings) for spec in pattern]
            if any(token is None for token in tokens):
                return None
            compiled.append(_Pattern(attr_id, match_id, tuple(tokens)))  # type: ignore[arg-type]
    return compiled


def index_attribute_ruler(nlp: Language) -> bool:
    """Make the pipeline's attribute ruler find its patterns with :class:`IndexedMatch`.

    Call it once the ruler's patterns are all added. Returns whether the ruler is
    indexed: ``False`` for a pipeline without one, or whose patterns the index cannot
    read (it then keeps spaCy's matcher).
    """
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    if not isinstance(ruler, AttributeRuler):
        return False
    patterns = _patterns(ruler)
    if patterns is None:
        return False
    ruler.match = IndexedMatch(ruler, patterns)  # type: ignore[method-assign]
    return True
