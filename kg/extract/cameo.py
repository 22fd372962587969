"""The CAMEO verb dictionary as data: verbs, phrasal verbs and idioms with their relations.

``ontologies/petrarch2/CAMEO.2.0.txt`` (PETRARCH2, MIT) lists verbs in blocks of
synonyms, each block or verb with a default CAMEO code, and phrase patterns that give a
verb another code with a particle ("CALL OFF"), an object noun ("IMPOSE SANCTIONS") or a
prepositional phrase ("FIGHT ALONGSIDE"). ``ontologies/plover/CAMEO2PLOVER-2021.txt``
maps CAMEO codes to PLOVER types, and DESIGN section 4 maps those to kg relations.
``ontologies/kg.verbs.txt`` holds kg's own additions in the same format; its patterns
come first.

What is read, and what is left out:

- a verb line (``FIGHT {FIGHTS FOUGHT}``) gives a lemma and its code (its own, else the
  block's); a multi-word verb (``+TAKE_OVER``) gives a phrasal verb when its second word
  is a particle or a preposition, an idiom otherwise (``+WAGE_WAR``);
- a pattern (``- * SANCTIONS [163] # IMPOSE``) holds for the verbs its comment names, or
  for the whole block when the comment names none of them and the block is small. Only
  patterns with nothing before the verb are read; of what follows the verb, an optional
  particle, an optional object noun phrase (``{DIPLOMATIC TIES}``: head and modifiers;
  ``&SET``: a synonym set), and an optional first prepositional phrase;
- ``[---]`` marks a pattern that codes no event ("FIGHT CORRUPTION"); ``[:173]`` codes an
  event done *to* the verb's subject ("FACE CHARGES"), which kg does not read from verbs;
  of a pair ``[042:043]`` the first code is the verb's.

The dictionary is parsed once per process (:func:`read_verb_dictionary` and
:func:`trigger_tables` are cached): about 0.12 s of CPU at start-up, measured here;
the trigger tables are also kept in kg's disk cache (:mod:`kg.cache`), which a process
reads back in about 0.02 s.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from kg import types
from kg.cache import cached_json
from kg.types import Relation
from kg.vocab import ONTOLOGY_DIR

__all__ = [
    "CAMEO_FILE",
    "KG_VERBS_FILE",
    "PLOVER_FILE",
    "PLOVER_TYPES",
    "TriggerTables",
    "VerbDictionary",
    "VerbPattern",
    "parse_plover_table",
    "parse_verb_dictionary",
    "read_verb_dictionary",
    "relation_of_code",
    "trigger_tables",
]

CAMEO_FILE = ONTOLOGY_DIR / "petrarch2" / "CAMEO.2.0.txt"
PLOVER_FILE = ONTOLOGY_DIR / "plover" / "CAMEO2PLOVER-2021.txt"
KG_VERBS_FILE = ONTOLOGY_DIR / "kg.verbs.txt"

#: PLOVER (v2.0) types to kg relations (DESIGN section 4).
PLOVER_TYPES: dict[str, Relation] = {
    "ASSAULT": Relation.ATTACKED,
    "COERCE": Relation.COERCED,
    "THREATEN": Relation.THREATENED,
    "MOBILIZE": Relation.MOBILIZED_AGAINST,
    "SANCTION": Relation.SANCTIONED,
    "ACCUSE": Relation.ACCUSED,
    "REQUEST": Relation.DEMANDED,
    "REJECT": Relation.REJECTED,
    "PROTEST": Relation.PROTESTED_AGAINST,
    "AGREE": Relation.AGREED_WITH,
    "CONSULT": Relation.CONSULTED,
    "COOPERATE": Relation.COOPERATED_WITH,
    "SUPPORT": Relation.SUPPORTS,
    "AID": Relation.AIDED,
    "CONCEDE": Relation.CONCEDED_TO,
    "RETREAT": Relation.RETREATED_FROM,
}
#: Where DESIGN section 4 reads a CAMEO code otherwise than CAMEO2PLOVER does. Codes 01
#: (public statements) code nothing; 02 (appeals) are demands; sanctions and embargoes
#: (163) are sanctions, not coercion; occupying territory (192) is an attack, like the
#: invasion it follows; signing an agreement (057) is an agreement.
_DESIGN_CODES: dict[str, Relation | None] = {
    "01": None,
    "02": Relation.DEMANDED,
    "057": Relation.AGREED_WITH,
    "163": Relation.SANCTIONED,
    "192": Relation.ATTACKED,
}


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Words that make a multi-word verb or the word after a verb a particle.
PARTICLES = _word_set(
    "about across after against ahead along alongside among apart around as at away "
    "back behind by down for forth forward from in inside into of off on onto out over "
    "through to together toward towards under up upon with within"
)
#: A pattern that names none of its block's verbs holds for the whole block only when
#: the block is this small: big blocks gather loose synonyms ("ADDRESS", "STEER" and
#: "RULE" under "CONTROL"), for which one verb's pattern says little.
_SMALL_BLOCK = 4
_CODE = re.compile(r"\[([^\]]*)\]")
_GROUP = re.compile(r"\{[^}]*\}|\([^)]*\)|\S+")


@dataclass(frozen=True, slots=True)
class VerbPattern:
    """One pattern of the verb dictionary: a verb with what must follow it.

    Attributes:
        verb: the verb's lemma, lowercase.
        code: the CAMEO code, or ``None`` for a pattern that codes no event.
        particle: a particle right after the verb ("off" in "call off"), or "".
        noun: the head lemma of the verb's object ("sanction"), or "".
        modifiers: words that must modify that object ("diplomatic" in "diplomatic ties").
        prep: the preposition of a phrase after the verb or its object ("with"), or "".
        prep_noun: the head of that phrase ("support" in "in support"), or "".
    """

    verb: str
    code: str | None
    particle: str = ""
    noun: str = ""
    modifiers: frozenset[str] = frozenset()
    prep: str = ""
    prep_noun: str = ""


@dataclass(frozen=True, slots=True)
class VerbDictionary:
    """The verbs of a CAMEO verb dictionary: each lemma's code and the patterns."""

    verbs: dict[str, str | None]
    patterns: tuple[VerbPattern, ...]


def _singular(word: str) -> str:
    """Return the singular of an English plural noun, by its regular endings.

    >>> _singular("sanctions"), _singular("ties"), _singular("talks"), _singular("press")
    ('sanction', 'tie', 'talk', 'press')
    """
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def _code_of(field: str) -> str | bool | None:
    """Return a bracketed code's own code, ``None`` for "---", ``False`` for a target code.

    >>> _code_of("042:043"), _code_of("---"), _code_of(":173")
    ('042', None, False)
    """
    if field.strip().startswith(":"):
        return False
    first = field.split(":", 1)[0].strip()
    if not first or first.startswith("---"):
        return None
    digits = re.match(r"\d+", first)
    return digits.group(0) if digits else first  # "080!" (a coder's mark) is 080


def _words(phrase: str, synonyms: dict[str, list[str]]) -> list[str]:
    """Return the alternatives a pattern word stands for (a synonym set expanded)."""
    if phrase.startswith("&"):
        return synonyms.get(phrase, [])
    return [phrase]


def _parse_pattern(
    text: str, code: str | None, verbs: list[str], synonyms: dict[str, list[str]]
) -> list[VerbPattern]:
    """Parse the part of a pattern line after the verb (``*``) into patterns."""
    groups = _GROUP.findall(text)
    groups = [g for g in groups if g not in ("$", "+", "^", "%")]
    particle = ""
    nouns: list[tuple[str, frozenset[str]]] = [("", frozenset())]
    prep, prep_nouns = "", [""]
    index = 0
    if index < len(groups) and groups[index].lower() in PARTICLES:
        particle = groups[index].lower()
        index += 1
    if index < len(groups) and groups[index][0] not in "(":
        group = groups[index].strip("{}").split()
        if not group:
            return []
        head_alternatives = _words(group[-1], synonyms)
        if not head_alternatives:
            return []
        modifiers = frozenset(w.lower() for w in group[:-1] if not w.startswith("&"))
        nouns = [(h.lower(), modifiers) for h in head_alternatives]
        index += 1
    if index < len(groups) and groups[index].startswith("("):
        inner = groups[index].strip("()").replace("{", " ").replace("}", " ").split()
        inner = [w for w in inner if w not in ("$", "+", "^", "%")]
        if not inner or inner[0].lower() not in PARTICLES:
            return []
        prep = inner[0].lower()
        prep_nouns = [w.lower() for w in _words(inner[-1], synonyms)] if len(inner) > 1 else [""]
        index += 1
    elif index < len(groups) and groups[index].lower() in PARTICLES and nouns[0][0]:
        prep = groups[index].lower()  # "- * SANCTIONS AGAINST"
        index += 1
    if index < len(groups) and not groups[index].startswith("("):
        return []  # more words than kg reads: left out rather than read loosely
    return [
        VerbPattern(
            verb=verb,
            code=code,
            particle=particle,
            noun=_singular(noun.replace("_", " ")),
            modifiers=modifiers,
            prep=prep,
            prep_noun=_singular(prep_noun),
        )
        for verb in verbs
        for noun, modifiers in nouns
        for prep_noun in prep_nouns
        if " " not in noun
    ]


def parse_verb_dictionary(text: str) -> VerbDictionary:
    """Parse a CAMEO verb dictionary in PETRARCH2's format.

    >>> d = parse_verb_dictionary('''
    ... ####### VERB PATTERNS #######
    ... ---  IMPOSE   [170]  ---
    ... IMPOSE
    ... LEVY {LEVIED}
    ... - * SANCTIONS   [163]   # IMPOSE
    ... - * (ON TRAVEL)   [---]
    ... ''')
    >>> d.verbs
    {'impose': '170', 'levy': '170'}
    >>> [(p.verb, p.noun, p.prep, p.code) for p in d.patterns]
    [('impose', 'sanction', '', '163'), ('impose', '', 'on', None), ('levy', '', 'on', None)]
    """
    synonyms: dict[str, list[str]] = {}
    verbs: dict[str, str | None] = {}
    patterns: list[VerbPattern] = []
    block_code: str | None = None
    block_verbs: list[str] = []
    current_set: list[str] | None = None
    in_patterns = False
    for raw in text.splitlines():
        line, _, comment = raw.partition("#")
        line = line.strip()
        if raw.startswith("####") and "VERB PATTERNS" in raw:
            in_patterns = True
            continue
        if raw.startswith("####") and "TRANSFORMATIONS" in raw:
            break
        if not line:
            continue
        if not in_patterns:
            if line.startswith("&"):
                current_set = synonyms.setdefault(line.split()[0], [])
            elif line.startswith("+") and current_set is not None:
                current_set.append(line[1:].split()[0].rstrip("_"))
            continue
        if line.startswith("---"):
            match = _CODE.search(line)
            found = _code_of(match.group(1)) if match else None
            block_code = found if isinstance(found, str) else None
            block_verbs = []
            continue
        if line.startswith("-"):
            match = _CODE.search(line)
            if match is None or "*" not in line:
                continue
            code = _code_of(match.group(1))
            if code is False:
                continue
            before, _, after = line[1 : match.start()].partition("*")
            if before.strip():
                continue  # a pattern on the subject: kg reads the verb and its objects
            named = [w.strip().lower() for w in comment.replace(",", " ").split()]
            scope = [v for v in block_verbs if v in named]
            if not scope and len(block_verbs) <= _SMALL_BLOCK:
                scope = block_verbs
            pattern_code = code if isinstance(code, str) and code else None
            patterns.extend(_parse_pattern(after, pattern_code, scope, synonyms))
            continue
        # a verb line: "FIGHT {FIGHTS FOUGHT} [190]" or "+TAKE_OVER {...}"
        match = _CODE.search(line)
        own = _code_of(match.group(1)) if match else block_code
        code = own if isinstance(own, str) else None
        head = re.sub(r"\{[^}]*\}|\[[^\]]*\]", " ", line).split()
        if not head:
            continue
        name = head[0].lstrip("+").rstrip("_").lower()
        parts = name.split("_")
        if len(parts) == 1:
            verbs.setdefault(name, code)
            block_verbs.append(name)
        elif len(parts) == 2 and code is not None:
            verb, second = parts
            if second in PARTICLES:
                patterns.append(VerbPattern(verb=verb, code=code, particle=second))
            elif second not in ("and", "or"):
                patterns.append(VerbPattern(verb=verb, code=code, noun=_singular(second)))
    return VerbDictionary(verbs=verbs, patterns=tuple(patterns))


def parse_plover_table(text: str) -> dict[str, str]:
    """Parse the CAMEO to PLOVER table: CAMEO code -> PLOVER type.

    >>> parse_plover_table("163: COERCE, restrict, diplomatic # Impose embargo")
    {'163': 'COERCE'}
    """
    table: dict[str, str] = {}
    for raw in text.splitlines():
        line = raw.split("#", 1)[0]
        code, sep, rest = line.partition(":")
        if sep and code.strip().isdigit() and rest.strip():
            table[code.strip()] = rest.split(",", 1)[0].strip()
    return table


@cache
def _plover_table() -> dict[str, str]:
    return parse_plover_table(PLOVER_FILE.read_text(encoding="utf-8"))


def relation_of_code(code: str) -> Relation | None:
    """Return the kg relation of a CAMEO code (longest known prefix), if any.

    >>> relation_of_code("1823"), relation_of_code("163"), relation_of_code("010")
    (<Relation.ATTACKED: 'attacked'>, <Relation.SANCTIONED: 'sanctioned'>, None)
    >>> relation_of_code("alliedWith")
    <Relation.ALLIED_WITH: 'alliedWith'>
    """
    if not code.isdigit():
        return Relation(code)  # kg's own table may name a relation outside CAMEO
    table = _plover_table()
    for length in range(len(code), 1, -1):
        prefix = code[:length]
        if prefix in _DESIGN_CODES:
            return _DESIGN_CODES[prefix]
        if prefix in table:
            return PLOVER_TYPES.get(table[prefix])
    return None


@cache
def _read_own_verbs() -> VerbDictionary:
    return parse_verb_dictionary(KG_VERBS_FILE.read_text(encoding="utf-8"))


@cache
def read_verb_dictionary() -> VerbDictionary:
    """Read kg's verb table and the CAMEO verb dictionary, kg's patterns first."""
    own = _read_own_verbs()
    cameo = parse_verb_dictionary(CAMEO_FILE.read_text(encoding="utf-8"))
    return VerbDictionary(
        verbs={**cameo.verbs, **own.verbs}, patterns=own.patterns + cameo.patterns
    )


@dataclass(frozen=True, slots=True)
class TriggerTables:
    """What the verb dictionary gives the trigger lexicon, by kg relation.

    Attributes:
        verbs: lemmas that announce a relation alone: their own code and most of their
            patterns agree on it.
        phrasal: (verb, particle or preposition) -> relation ("fight alongside"), or
            ``None`` where the pair codes no event ("fly to").
        idioms: verb -> object lemma -> relation, or ``None`` where the verb with that
            object codes no event ("fight corruption").
        ambiguous: lemmas whose code is not read alone because their patterns spread
            over several relations; they announce a relation only through a pattern.
        own_phrasal: the phrasal verbs of kg's own table, which hold even for verbs
            that kg lists under another relation ("fight alongside": allies).
    """

    verbs: dict[str, Relation]
    phrasal: dict[tuple[str, str], Relation | None]
    idioms: dict[str, dict[str, Relation | None]]
    ambiguous: frozenset[str]
    own_phrasal: frozenset[tuple[str, str]] = frozenset()


#: A verb whose patterns give its own relation less than this share triggers only
#: through its patterns.
_AGREEMENT = 0.5


@cache
def trigger_tables() -> TriggerTables:
    """Return the verb dictionary read as trigger tables (cached, in memory and on disk).

    The disk cache (:mod:`kg.cache`) is keyed by the three tables' text and the code
    that reads them: reading the tables back costs a tenth of parsing the dictionary.
    """
    sources = [
        path.read_bytes()
        for path in (Path(__file__), Path(types.__file__), CAMEO_FILE, PLOVER_FILE, KG_VERBS_FILE)
    ]
    return _from_json(cached_json("cameo-triggers", sources, lambda: _to_json(_trigger_tables())))


_Json = dict[str, list[Any]]


def _to_json(tables: TriggerTables) -> _Json:
    """Return the trigger tables as JSON data, every order kept."""

    def value(relation: Relation | None) -> str | None:
        return None if relation is None else relation.value

    return {
        "verbs": [[verb, relation.value] for verb, relation in tables.verbs.items()],
        "phrasal": [[*pair, value(relation)] for pair, relation in tables.phrasal.items()],
        "idioms": [
            [verb, [[noun, value(relation)] for noun, relation in objects.items()]]
            for verb, objects in tables.idioms.items()
        ],
        "ambiguous": sorted(tables.ambiguous),
        "own_phrasal": sorted(list(pair) for pair in tables.own_phrasal),
    }


def _from_json(data: _Json) -> TriggerTables:
    """Return the trigger tables of :func:`_to_json`'s data."""

    def relation(value: str | None) -> Relation | None:
        return None if value is None else Relation(value)

    return TriggerTables(
        verbs={verb: Relation(value) for verb, value in data["verbs"]},
        phrasal={(verb, particle): relation(value) for verb, particle, value in data["phrasal"]},
        idioms={
            verb: {noun: relation(value) for noun, value in objects}
            for verb, objects in data["idioms"]
        },
        ambiguous=frozenset(data["ambiguous"]),
        own_phrasal=frozenset((verb, particle) for verb, particle in data["own_phrasal"]),
    )


def _trigger_tables() -> TriggerTables:
    """Read the verb dictionary as trigger tables (what :func:`trigger_tables` caches)."""
    dictionary = read_verb_dictionary()
    phrasal: dict[tuple[str, str], Relation | None] = {}
    idioms: dict[str, dict[str, Relation | None]] = {}
    spread: dict[str, Counter[Relation | None]] = {}
    for pattern in dictionary.patterns:
        relation = None if pattern.code is None else relation_of_code(pattern.code)
        spread.setdefault(pattern.verb, Counter())[relation] += 1
        if pattern.noun and not pattern.particle:
            idioms.setdefault(pattern.verb, {}).setdefault(pattern.noun, relation)
        elif pattern.particle and not pattern.noun:
            phrasal.setdefault((pattern.verb, pattern.particle), relation)
        elif pattern.prep and not pattern.noun and not pattern.prep_noun and not pattern.particle:
            phrasal.setdefault((pattern.verb, pattern.prep), relation)
    verbs: dict[str, Relation] = {}
    ambiguous: set[str] = set()
    own = _read_own_verbs()
    for verb, code in dictionary.verbs.items():
        relation = relation_of_code(code) if code else None
        if relation is None:
            continue
        counts = spread.get(verb, Counter())
        if verb in own.verbs:
            verbs[verb] = relation  # kg's own table has the last word
            continue
        coded = sum(n for r, n in counts.items() if r is not None)
        if coded and counts[relation] / coded < _AGREEMENT:
            ambiguous.add(verb)
            continue
        verbs[verb] = relation
    own_phrasal = frozenset(
        (p.verb, p.particle or p.prep)
        for p in own.patterns
        if not p.noun and not p.prep_noun and (p.particle or p.prep)
    )
    return TriggerTables(
        verbs=verbs,
        phrasal=phrasal,
        idioms=idioms,
        ambiguous=frozenset(ambiguous),
        own_phrasal=own_phrasal,
    )
