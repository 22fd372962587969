"""``kg eval`` on the development gold: the scores must not fall below their floors.

Raise a floor when the extractor improves; never lower one.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import IngestError
from kg.evaluate import (
    PLOVER_RELATIONS,
    _matches,
    evaluate_paths,
    evaluate_triple_gold,
    read_span_gold,
    read_triple_gold,
    relation_family,
)
from kg.pipeline import Pipeline
from kg.types import Actor, ActorType, Mention, Relation, Span

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"  # copies of ../shared/data (see tests/data/README.md)
SEED_GOLD = DATA / "seed" / "us-strikes-iraq-militia.gold.jsonl"
PLOVER = DATA / "plover" / "PLOVER_GSR_CAMEO.json"
VOA_DEV = ROOT / "data" / "gold" / "voa-dev.jsonl"
VOA_CHECK = ROOT / "data" / "gold" / "voa-check.jsonl"
VOA_DEV_EXTRA = ROOT / "data" / "gold" / "voa-dev-extra.jsonl"

# Floors: the scores measured when they were last raised (see README, "Extraction quality").
SEED_RECALL_FLOOR = 1.0
SEED_PRECISION_FLOOR = 1.0
PLOVER_TRIPLE_RECALL_FLOOR = 0.73
# PLOVER codes an intent to meet or to cooperate as AGREE (CAMEO 03x); kg's annotation
# guide keeps "will hold talks with Y" a hypothetical consultation, not an agreement.
PLOVER_TYPE_RECALL_FLOOR = 0.75
# The VOA dev half of the span gold (data/gold); the check half is scored, not tuned on.
VOA_DEV_RECALL_FLOOR = 0.68
VOA_DEV_PRECISION_FLOOR = 0.90
# The dev side's other nine stories (voa-dev-extra.jsonl), first scored before any of
# their misses was read.
VOA_DEV_EXTRA_RECALL_FLOOR = 0.44
VOA_DEV_EXTRA_PRECISION_FLOOR = 0.85


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.mark.model
def test_seed_article_scores_above_floor(pipeline: Pipeline) -> None:
    [report] = evaluate_paths([SEED_GOLD], pipeline)
    total = report.total()
    assert total.recall is not None
    assert total.precision is not None
    assert total.recall >= SEED_RECALL_FLOOR, report.misses
    assert total.precision >= SEED_PRECISION_FLOOR, report.wrong
    assert report.forbidden == []


@pytest.mark.model
def test_plover_scores_above_floor(pipeline: Pipeline) -> None:
    [report] = evaluate_paths([PLOVER], pipeline)
    assert report.triple_recall is not None
    assert report.type_recall is not None
    assert report.triple_recall >= PLOVER_TRIPLE_RECALL_FLOOR
    assert report.type_recall >= PLOVER_TYPE_RECALL_FLOOR
    # Every record with a known label is counted once in the type recall.
    records = json.loads(PLOVER.read_text(encoding="utf-8"))
    assert report.type_total == sum(1 for r in records if r.get("event") in PLOVER_RELATIONS)


def test_plover_labels_map_to_design_relations() -> None:
    assert PLOVER_RELATIONS["FIGHT"] is Relation.ATTACKED
    assert PLOVER_RELATIONS["ASSAULT"] is Relation.ATTACKED
    assert PLOVER_RELATIONS["DISAPPROVE"] is Relation.ACCUSED
    assert PLOVER_RELATIONS["INVESTIGATE"] is Relation.ACCUSED
    assert PLOVER_RELATIONS["DEMAND"] is Relation.DEMANDED
    assert relation_family(Relation.AIDED) is Relation.SUPPORTS
    assert relation_family(Relation.ATTACKED) is Relation.ATTACKED


def test_triple_gold_scoring_counts_misses_wrong_and_forbidden(tmp_path: Path) -> None:
    from kg.gazetteer import parse_gazetteer
    from kg.types import Article
    from tests.conftest import HOUTHIS, IRAN, US, make_assertion

    gold_path = tmp_path / "a.gold.jsonl"
    gold_path.write_text(
        "\n".join(
            json.dumps(row)
            for row in [
                {"article": "a", "aliases": {"United States": ["US"], "Iran": ["Iranian"]}},
                {
                    "subject": "United States",
                    "relation": "attacked",
                    "object": "Houthis",
                    "status": "required",
                },
                {
                    "subject": "Iran",
                    "relation": "supports",
                    "object": "Houthis",
                    "status": "required",
                },
                {
                    "subject": "Houthis",
                    "relation": "supports",
                    "object": "Iran",
                    "status": "forbidden",
                },
            ]
        ),
        encoding="utf-8",
    )
    gold = read_triple_gold(gold_path)
    article = Article(id="a", text="United States struck Houthis. Houthis supports Iran.")
    assertions = [
        make_assertion(
            article, US, Relation.ATTACKED, HOUTHIS, sentence="United States struck Houthis."
        ),
        make_assertion(
            article, HOUTHIS, Relation.SUPPORTS, IRAN, sentence="Houthis supports Iran."
        ),
    ]
    gazetteer = parse_gazetteer([])
    report = evaluate_triple_gold(gold, assertions, gazetteer, name="a")
    total = report.total()
    assert (total.gold, total.found, total.predicted, total.correct) == (2, 1, 2, 1)
    assert report.misses == ["Iran supports Houthis"]
    assert len(report.forbidden) == 1
    assert report.forbidden[0].startswith("Houthis supports Iran")


def test_triple_gold_sets_aside_a_part_the_gold_folds_into_its_whole(tmp_path: Path) -> None:
    from kg.gazetteer import parse_gazetteer
    from kg.types import Article
    from tests.conftest import US, make_assertion

    gold_path = tmp_path / "a.gold.jsonl"
    rows = [
        {"article": "a", "aliases": {"United States": ["US military"], "Iran": []}},
        {
            "subject": "United States",
            "relation": "attacked",
            "object": "Iran",
            "status": "required",
        },
    ]
    gold_path.write_text("\n".join(json.dumps(row) for row in rows), encoding="utf-8")
    military = Actor(
        id="us-military", label="US military", type=ActorType.GOVERNMENT_BODY, part_of=US.id
    )
    navy = Actor(id="iran-navy", label="Iranian navy", type=ActorType.GOVERNMENT_BODY)
    first = "The US military is part of United States."
    second = "The Iranian navy is part of United States."
    article = Article(id="a", text=f"{first} {second}")
    assertions = [
        make_assertion(article, military, Relation.PART_OF, US, sentence=first),
        make_assertion(article, navy, Relation.PART_OF, US, sentence=second),
    ]
    report = evaluate_triple_gold(
        read_triple_gold(gold_path), assertions, parse_gazetteer([]), name="a"
    )
    # The gold's aliases make "US military" the United States: not scored, listed apart.
    assert len(report.folded) == 1
    assert report.folded[0].startswith("US military partOf")
    # A part the gold names apart is scored, here as wrong.
    assert report.total().predicted == 1
    assert report.wrong[0].startswith("Iranian navy partOf United States")


@pytest.mark.model
def test_plover_actor_text_matches_possessives_but_not_other_names(pipeline: Pipeline) -> None:
    belarus = Actor(id="belarus", label="Belarus", type=ActorType.STATE, country="BLR")
    mention = Mention(actor=belarus, span=Span(text="Belarus", start=0, end=7))
    gazetteer = pipeline.gazetteer
    # "Belarus's rulers" names Belarus's officials: the state at roll-up level
    assert _matches(mention, ["Belarus's rulers"], gazetteer)
    assert not _matches(mention, ["Ukraine's rulers"], gazetteer)
    assert not _matches(mention, ["Belarusian opposition leader"], gazetteer)


@pytest.mark.model
def test_voa_dev_span_gold_scores_above_floor(pipeline: Pipeline) -> None:
    [report] = evaluate_paths([VOA_DEV], pipeline)
    total = report.total()
    assert report.kind == "spans"
    assert total.recall is not None
    assert total.precision is not None
    assert total.recall >= VOA_DEV_RECALL_FLOOR
    assert total.precision >= VOA_DEV_PRECISION_FLOOR


@pytest.mark.model
def test_voa_dev_extra_span_gold_scores_above_floor(pipeline: Pipeline) -> None:
    [report] = evaluate_paths([VOA_DEV_EXTRA], pipeline)
    total = report.total()
    assert total.recall is not None
    assert total.precision is not None
    assert total.recall >= VOA_DEV_EXTRA_RECALL_FLOOR
    assert total.precision >= VOA_DEV_EXTRA_PRECISION_FLOOR


def test_gold_files_read_and_hold_their_documents() -> None:
    for path, documents in ((VOA_DEV, 32), (VOA_CHECK, 32), (VOA_DEV_EXTRA, 9)):
        gold = read_span_gold(path)
        assert len(gold.articles) == documents
        assert all(a.text and a.date is not None for a in gold.articles)
        assert {r.article for r in gold.relations} <= {a.id for a in gold.articles}


SPAN_TEXT = (
    "Chadian troops attacked Boko Haram near Lake Chad. "
    "Niger and Chad agreed to hold talks in Niamey."
)


def _span_line(text: str, sentence: str, subject: str, relation: str, obj: str, **extra) -> str:
    start = text.index(sentence)
    row = {
        "article": "t1",
        "sentence": [start, start + len(sentence)],
        "subject": subject,
        "subject_span": [text.index(subject), text.index(subject) + len(subject)],
        "subject_canonical": extra.pop("subject_canonical", subject),
        "relation": relation,
        "object": obj,
        "object_span": [text.index(obj), text.index(obj) + len(obj)],
        "object_canonical": extra.pop("object_canonical", obj),
        "modality": "asserted",
        "status": "required",
        **extra,
    }
    return json.dumps(row)


def test_span_gold_scoring_matches_by_span_family_and_symmetry(
    tmp_path: Path, pipeline: Pipeline
) -> None:
    first = "Chadian troops attacked Boko Haram near Lake Chad."
    second = "Niger and Chad agreed to hold talks in Niamey."
    lines = [
        json.dumps({"article": "t1", "annotated": True, "text": SPAN_TEXT, "date": "2024-05-02"}),
        _span_line(SPAN_TEXT, first, "Chadian troops", "attacked", "Boko Haram"),
        # symmetric: listed the other way round from the extractor's reading
        _span_line(SPAN_TEXT, second, "Chad", "agreedWith", "Niger"),
        # a relation the extractor cannot find: a miss
        _span_line(SPAN_TEXT, first, "Boko Haram", "threatened", "Chadian troops"),
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    [report] = evaluate_paths([path], pipeline)
    assert report.kind == "spans"
    assert report.relations["attacked"].found == 1
    assert report.relations["agreedWith"].found == 1
    assert report.relations["threatened"].found == 0
    assert len(report.misses) == 1
    assert "threatened" in report.misses[0]
    total = report.total()
    assert total.gold == 3
    assert total.correct <= total.predicted


def test_span_gold_with_a_wrong_offset_is_refused(tmp_path: Path) -> None:
    lines = [
        json.dumps({"article": "t1", "annotated": True, "text": SPAN_TEXT}),
        _span_line(SPAN_TEXT, SPAN_TEXT[:50], "Chadian troops", "attacked", "Boko Haram").replace(
            '"subject_span": [0, 14]', '"subject_span": [1, 15]'
        ),
    ]
    path = tmp_path / "bad.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(IngestError, match="subject_span"):
        read_span_gold(path)


def test_span_gold_with_an_unknown_relation_is_refused(tmp_path: Path) -> None:
    lines = [
        json.dumps({"article": "t1", "annotated": True, "text": SPAN_TEXT}),
        _span_line(SPAN_TEXT, SPAN_TEXT[:50], "Chadian troops", "bombed", "Boko Haram"),
    ]
    path = tmp_path / "bad.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(IngestError, match="unknown relation 'bombed'"):
        read_span_gold(path)
