"""The probe and development sets (data/probe, data/dev) read as span gold, spans true."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.evaluate import read_span_gold

ROOT = Path(__file__).resolve().parents[1]
SETS = sorted(
    [*(ROOT / "data" / "probe").glob("*.jsonl"), *(ROOT / "data" / "dev").glob("*.jsonl")]
)


def test_there_are_five_probe_and_nine_development_sets() -> None:
    assert len([p for p in SETS if p.parent.name == "probe"]) == 5
    assert len([p for p in SETS if p.parent.name == "dev"]) == 9


@pytest.mark.parametrize("path", SETS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_story_set_reads_as_span_gold_with_true_spans(path: Path) -> None:
    gold = read_span_gold(path)
    assert len(gold.articles) >= 12  # twelve stories, or thirty briefs
    assert any(g.required for g in gold.relations)
    texts: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if "text" in record:
            texts[record["article"]] = record["text"]
            continue
        text = texts[record["article"]]
        start, end = record["sentence"]
        for end_name in ("subject", "object"):
            left, right = record[f"{end_name}_span"]
            assert start <= left < right <= end, record
            assert text[left:right] == record[end_name], record
