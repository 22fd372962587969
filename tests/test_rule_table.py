"""The documented rule table is the one the registries give (``python -m kg.extract.table``)."""

from __future__ import annotations

from pathlib import Path

from kg.extract.rules import RULES
from kg.extract.table import render_rule_table

DOC = Path(__file__).resolve().parents[1] / "docs" / "rules.md"


def test_docs_rule_table_is_generated_from_the_registry() -> None:
    assert DOC.read_text(encoding="utf-8") == render_rule_table(), (
        "docs/rules.md is stale: run `python -m kg.extract.table > docs/rules.md`"
    )


def test_every_rule_is_a_row_of_the_table() -> None:
    table = render_rule_table()
    assert all(f"| `{name}` |" in table for name in RULES)
