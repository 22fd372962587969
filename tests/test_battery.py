"""Batteries of written sentences in the style of wire news, one relation family each.

Each line of ``tests/data/battery_*.jsonl`` is one sentence (or two, for a pronoun across
sentences) with the relations it states and, optionally, relations it must not yield::

    {"text": "...", "expect": [["Subject label", "relation", "Object label", "asserted"]],
     "forbid": [["Subject label", "relation", "Object label"]]}

Ends are actor labels (the gazetteer's, or a composite's: "Sudanese troops"); a symmetric
relation matches either way round. The sentences are written for these tests, with actors
of every theatre, and none is taken from the development or held-out data. A battery
fails when fewer of its expected relations come out than its floor (measured, and raised
as the extractor improves), or when any forbidden relation comes out.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from kg.extract.lexicon import SYMMETRIC
from kg.pipeline import Pipeline
from kg.types import Article, Relation

pytestmark = pytest.mark.model

DATA = Path(__file__).parent / "data"

#: Expected relations each battery must yield at least (file name: floor).
FLOORS: dict[str, int] = {
    "battery_accuse3.jsonl": 102,
    "battery_accuse5.jsonl": 81,
    "battery_assaults.jsonl": 17,
    "battery_attack5.jsonl": 73,
    "battery_bodies.jsonl": 11,
    "battery_bundles.jsonl": 14,
    "battery_audit.jsonl": 55,
    "battery_backing5.jsonl": 108,
    "battery_censure5.jsonl": 25,
    "battery_claims.jsonl": 16,
    "battery_coerce.jsonl": 60,
    "battery_conflict4.jsonl": 136,
    "battery_consult3.jsonl": 142,
    "battery_contact.jsonl": 157,
    "battery_contacts.jsonl": 24,
    "battery_ends2.jsonl": 11,
    "battery_ends3.jsonl": 32,
    "battery_fight3.jsonl": 78,
    "battery_events2.jsonl": 34,
    "battery_eventprecision.jsonl": 24,
    "battery_eventprecision2.jsonl": 34,
    "battery_cooperation.jsonl": 10,
    "battery_coop4.jsonl": 179,
    "battery_coref.jsonl": 72,
    "battery_descriptions.jsonl": 18,
    "battery_judgments.jsonl": 27,
    "battery_judge.jsonl": 81,
    "battery_leaders.jsonl": 8,
    "battery_long.jsonl": 88,
    "battery_long_violence.jsonl": 107,
    "battery_long_speech.jsonl": 90,
    "battery_meetings.jsonl": 30,
    "battery_nodes.jsonl": 13,
    "battery_nom.jsonl": 140,
    "battery_offices.jsonl": 200,
    "battery_plural_persons.jsonl": 6,
    "battery_precision.jsonl": 20,
    "battery_precise3.jsonl": 68,
    "battery_prec.jsonl": 38,
    "battery_prec5.jsonl": 32,
    "battery_presence.jsonl": 36,
    "battery_received.jsonl": 26,
    "battery_reference.jsonl": 37,
    "battery_relational.jsonl": 19,
    "battery_relatives.jsonl": 5,
    "battery_sanctions.jsonl": 13,
    "battery_speech.jsonl": 259,
    "battery_speech2.jsonl": 11,
    "battery_speech4.jsonl": 139,
    "battery_standing.jsonl": 88,
    "battery_standing2.jsonl": 31,
    "battery_stand5.jsonl": 61,
    "battery_standing4.jsonl": 111,
    "battery_structure.jsonl": 12,
    "battery_support.jsonl": 18,
    "battery_talks.jsonl": 16,
    "battery_violence.jsonl": 245,
    "battery_voaprecision.jsonl": 40,
    "battery_voarecall.jsonl": 22,
    "battery_wire.jsonl": 22,
    "battery_wrapped_acts.jsonl": 81,
}

Found = set[tuple[str, str, str, str]]


@pytest.fixture(scope="module")
def extract() -> Callable[[list[str]], list[Found]]:
    pipeline = Pipeline()

    def run(texts: list[str]) -> list[Found]:
        articles = [
            Article(id=f"battery-{i}", text=text, date=dt.date(2025, 6, 1))
            for i, text in enumerate(texts)
        ]
        return [
            {
                (a.subject.actor.label, a.relation.value, a.object.actor.label, a.modality.value)
                for a in assertions
            }
            for _, assertions in pipeline.extract(articles)
        ]

    return run


def _holds(found: Found, subject: str, relation: str, obj: str, modality: str | None) -> bool:
    symmetric = Relation(relation) in SYMMETRIC
    return any(
        r == relation
        and ((s, o) == (subject, obj) or (symmetric and (s, o) == (obj, subject)))
        and (modality is None or m.casefold() == modality.casefold())
        for s, r, o, m in found
    )


def score(
    path: Path, extract: Callable[[list[str]], list[Found]]
) -> tuple[int, int, list[str], list[str]]:
    """Return the expected relations found, their number, the forbidden ones that came out
    and the expected ones that did not (each with what came out of its sentence)."""
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    results = extract([r["text"] for r in records])
    hits = total = 0
    forbidden: list[str] = []
    misses: list[str] = []
    for record, found in zip(records, results, strict=True):
        for subject, relation, obj, *modality in record.get("expect", []):
            total += 1
            held = _holds(found, subject, relation, obj, modality[0] if modality else None)
            hits += held
            if not held:
                misses.append(f"{subject} {relation} {obj} {modality}: {record['text']}")
                misses.append(f"    got: {sorted(found)}")
        for subject, relation, obj, *_ in record.get("forbid", []):
            if _holds(found, subject, relation, obj, None):
                forbidden.append(f"{subject} {relation} {obj}: {record['text']}")
    return hits, total, forbidden, misses


def test_every_battery_has_a_floor() -> None:
    assert sorted(p.name for p in DATA.glob("battery_*.jsonl")) == sorted(FLOORS)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_battery_meets_its_floor_and_yields_nothing_forbidden(
    name: str, extract: Callable[[list[str]], list[Found]]
) -> None:
    hits, total, forbidden, _ = score(DATA / name, extract)
    assert not forbidden, forbidden
    assert hits >= FLOORS[name], f"{hits} of {total} expected relations, floor {FLOORS[name]}"


if __name__ == "__main__":  # python tests/test_battery.py tests/data/battery_x.jsonl
    import sys

    runner = extract.__wrapped__()  # type: ignore[attr-defined]
    for argument in sys.argv[1:]:
        found, expected, bad, missed = score(Path(argument), runner)
        sys.stdout.write("".join(f"MISS {line}\n" for line in missed))
        sys.stdout.write(f"{argument}: {found} of {expected} expected; forbidden: {bad}\n")
