"""The CAMEO verb dictionary read as data (kg.extract.cameo) and its place in the lexicon."""

from __future__ import annotations

import filecmp
from pathlib import Path

import pytest

from kg.extract.cameo import (
    CAMEO_FILE,
    KG_VERBS_FILE,
    PLOVER_FILE,
    parse_plover_table,
    parse_verb_dictionary,
    read_verb_dictionary,
    relation_of_code,
    trigger_tables,
)
from kg.extract.lexicon import IDIOM_VERBS, LEXICON, PHRASAL
from kg.types import Relation

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"

SMALL = """
####### SYNONYM SETS #######
&CURFEWS
+CURFEW
+LOCKDOWN

####### VERB PATTERNS #######
---  IMPOSE   [170]  ---
IMPOSE
LEVY {LEVIED}
- * SANCTIONS   [163]   # IMPOSE
- * &CURFEWS   [1723]   # IMPOSE
- * TAXES   [---]   # LEVY
- GUNMEN * CURFEW   [190]
- * CHARGES   [:173]   # IMPOSE

---  PHYSICAL_CONFLICT   [190]  ---
+FIGHT_BACK {+FOUGHT_BACK}
+WAGE_WAR
FIGHT {FOUGHT}
- * ALONGSIDE   [062]   # FIGHT
- * (IN SUPPORT)   [053]   # FIGHT
- * {DIPLOMATIC TIES}   [050:050]   # FIGHT

######## TRANSFORMATIONS ##########
- a (b) c   [010]
"""


def test_parse_verbs_and_their_codes() -> None:
    parsed = parse_verb_dictionary(SMALL)
    assert parsed.verbs == {"impose": "170", "levy": "170", "fight": "190"}


def test_parse_patterns() -> None:
    parsed = parse_verb_dictionary(SMALL)
    found = {(p.verb, p.particle, p.noun, p.prep, p.prep_noun, p.code) for p in parsed.patterns}
    assert ("impose", "", "sanction", "", "", "163") in found
    # a synonym set expands; a pattern holds for the verbs its comment names only
    assert ("impose", "", "curfew", "", "", "1723") in found
    assert ("impose", "", "lockdown", "", "", "1723") in found
    assert ("levy", "", "tax", "", "", None) in found
    assert not any(p.verb == "levy" and p.noun == "sanction" for p in parsed.patterns)
    # multi-word verbs: a particle makes a phrasal verb, a noun an idiom
    assert ("fight", "back", "", "", "", "190") in found
    assert ("wage", "", "war", "", "", "190") in found
    assert ("fight", "alongside", "", "", "", "062") in found
    assert ("fight", "", "", "in", "support", "053") in found
    # a pair of codes: the first is the verb's; modifiers of the object are kept
    [ties] = [p for p in parsed.patterns if p.noun == "tie"]
    assert (ties.code, ties.modifiers) == ("050", frozenset({"diplomatic"}))
    # patterns on the subject, codes of the target, transformations: not read
    assert not any(p.code in ("173", "010") for p in parsed.patterns)
    assert not any(p.noun == "curfew" and p.code == "190" for p in parsed.patterns)


def test_plover_table_and_design_codes() -> None:
    table = parse_plover_table(PLOVER_FILE.read_text(encoding="utf-8"))
    assert table["190"] == "ASSAULT"
    assert table["163"] == "COERCE"  # DESIGN section 4 reads it as a sanction
    assert relation_of_code("163") is Relation.SANCTIONED
    assert relation_of_code("1823") is Relation.ATTACKED
    assert relation_of_code("0233") is Relation.DEMANDED
    assert relation_of_code("0841") is Relation.RETREATED_FROM
    assert relation_of_code("081") is Relation.CONCEDED_TO
    assert relation_of_code("010") is None
    assert relation_of_code("alliedWith") is Relation.ALLIED_WITH
    with pytest.raises(ValueError, match="foo"):
        relation_of_code("foo")


def test_vendored_files_are_the_shared_ones() -> None:
    if not SHARED.is_dir():
        pytest.skip("the shared data folder is not here")
    assert filecmp.cmp(CAMEO_FILE, SHARED / "petrarch2" / "CAMEO.2.0.txt", shallow=False)
    assert filecmp.cmp(PLOVER_FILE, SHARED / "plover" / "CAMEO2PLOVER-2021.txt", shallow=False)


def test_the_whole_dictionary_reads() -> None:
    dictionary = read_verb_dictionary()
    assert len(dictionary.verbs) > 1500
    assert len(dictionary.patterns) > 10000
    assert read_verb_dictionary() is dictionary  # parsed once


@pytest.mark.parametrize(
    ("verb", "relation"),
    [
        ("slaughter", Relation.ATTACKED),
        ("castigate", Relation.ACCUSED),
        ("apprehend", Relation.COERCED),
        ("endanger", Relation.THREATENED),
        ("capitulate", Relation.CONCEDED_TO),
        # kg's own table: the words of military communiqués
        ("neutralize", Relation.ATTACKED),
        ("eliminate", Relation.ATTACKED),
    ],
)
def test_verbs_that_trigger_alone(verb: str, relation: Relation) -> None:
    assert trigger_tables().verbs[verb] is relation
    assert verb in LEXICON[relation].verbs


@pytest.mark.parametrize("verb", ["reside", "think", "go", "affect", "fail"])
def test_kg_table_silences_loose_synonyms(verb: str) -> None:
    assert verb not in trigger_tables().verbs
    # they may still announce a relation through an idiom ("failed talks")
    assert not any(
        verb in entry.verbs - IDIOM_VERBS.get(relation, frozenset())
        for relation, entry in LEXICON.items()
    )


def test_ambiguous_verbs_trigger_only_through_patterns() -> None:
    tables = trigger_tables()
    # "engage": in talks, in fighting, in trade ... no relation alone
    assert "engage" in tables.ambiguous
    assert "engage" not in tables.verbs
    assert not any(
        "engage" in entry.verbs - IDIOM_VERBS.get(relation, frozenset())
        for relation, entry in LEXICON.items()
    )


def test_idioms_need_their_object() -> None:
    # "breached the ceasefire with Y" is an attack (CAMEO 196); "breach" alone is nothing
    assert "breach" in IDIOM_VERBS[Relation.ATTACKED]
    assert "ceasefire" in LEXICON[Relation.ATTACKED].needs_object["breach"]
    assert "breach" not in trigger_tables().verbs
    # kg's own verbs keep their readings: no idiom is added to them
    assert not any("strike" in verbs for verbs in IDIOM_VERBS.values())


def test_kg_own_table_comes_first() -> None:
    own = parse_verb_dictionary(KG_VERBS_FILE.read_text(encoding="utf-8"))
    assert any(p.verb == "fight" and p.particle == "alongside" for p in own.patterns)
    assert trigger_tables().phrasal[("fight", "alongside")] is Relation.ALLIED_WITH
    assert PHRASAL[("fight", "alongside")] is Relation.ALLIED_WITH
    # kg's own phrasal verbs are kept over the dictionary's
    assert PHRASAL[("pull", "out")] is Relation.RETREATED_FROM
    assert PHRASAL[("gun", "down")] is Relation.ATTACKED
