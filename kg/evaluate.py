"""Score the extractor against gold annotations (``kg eval``).

Two kinds of gold are read:

- **Triple gold** (``*.gold.jsonl``, the format of ``../shared/data/seed``): a first line
  ``{"article", "aliases": {gold name: [surface names]}}``, then one triple a line
  ``{"subject", "relation", "object", "status"}`` with status ``required``, ``optional``
  or ``forbidden``. The article is the ``.jsonl`` (or ``.txt``) file of the same name
  beside it. Recall is over required triples; a predicted triple is correct when it
  is required or optional, wrong otherwise; forbidden ones are listed separately.
- **PLOVER records** (``PLOVER_GSR_CAMEO.json``): sentences coded with source actors,
  target actors and a PLOVER 0.5b1 event label, mapped to kg relations as DESIGN
  section 4 does. *Type recall*: the sentence yields an assertion of the record's
  relation family. *Triple recall* (records with source and target): an assertion of
  that family whose subject matches a source actor and whose object matches a target.

Only assertions that make edges (asserted or alleged) count as predictions. Predicted
actors are matched to gold names by label, gazetteer aliases and the text of the
mention, and, failing that, through the state they roll up to ("US forces" counts as
"United States", as the gold is at state level).
"""

from __future__ import annotations

import json
import os
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import IngestError, KGError
from kg.gazetteer import Gazetteer
from kg.ingest import read_articles
from kg.pipeline import Pipeline, state_of
from kg.types import Actor, Article, Assertion, Mention, Relation

__all__ = [
    "PLOVER_RELATIONS",
    "EvalReport",
    "RelationScore",
    "evaluate_paths",
    "evaluate_plover",
    "evaluate_triple_gold",
    "relation_family",
]

#: PLOVER 0.5b1 labels (the gold records) to kg relations (DESIGN section 4).
PLOVER_RELATIONS: dict[str, Relation] = {
    "ASSAULT": Relation.ATTACKED,
    "FIGHT": Relation.ATTACKED,
    "COERCE": Relation.COERCED,
    "THREATEN": Relation.THREATENED,
    "MOBILIZE": Relation.MOBILIZED_AGAINST,
    "SANCTION": Relation.SANCTIONED,
    "DISAPPROVE": Relation.ACCUSED,
    "INVESTIGATE": Relation.ACCUSED,
    "DEMAND": Relation.DEMANDED,
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

_FAMILIES = {Relation.AIDED: Relation.SUPPORTS}


def _plover_families() -> frozenset[Relation]:
    return frozenset(_FAMILIES.get(r, r) for r in PLOVER_RELATIONS.values())


def relation_family(relation: Relation) -> Relation:
    """Return the family a relation is scored in (``aided`` is a kind of ``supports``).

    >>> relation_family(Relation.AIDED).value
    'supports'
    """
    return _FAMILIES.get(relation, relation)


@dataclass(slots=True)
class RelationScore:
    """Counts for one relation."""

    gold: int = 0  # required gold triples (or records)
    found: int = 0  # of those, found
    predicted: int = 0
    correct: int = 0

    @property
    def recall(self) -> float | None:
        """Found over gold."""
        return self.found / self.gold if self.gold else None

    @property
    def precision(self) -> float | None:
        """Correct over predicted."""
        return self.correct / self.predicted if self.predicted else None


@dataclass(slots=True)
class EvalReport:
    """The result of scoring one gold set."""

    name: str
    kind: str  # "triples" or "plover"
    relations: dict[str, RelationScore] = field(default_factory=lambda: defaultdict(RelationScore))
    misses: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    forbidden: list[str] = field(default_factory=list)
    #: PLOVER only: records whose type was found, of records with a known type.
    type_found: int = 0
    type_total: int = 0
    triple_found: int = 0
    triple_total: int = 0

    def total(self) -> RelationScore:
        """Sum over relations."""
        total = RelationScore()
        for score in self.relations.values():
            total.gold += score.gold
            total.found += score.found
            total.predicted += score.predicted
            total.correct += score.correct
        return total

    @property
    def type_recall(self) -> float | None:
        """PLOVER: share of records whose relation family was extracted."""
        return self.type_found / self.type_total if self.type_total else None

    @property
    def triple_recall(self) -> float | None:
        """PLOVER: share of records with source and target whose triple was extracted."""
        return self.triple_found / self.triple_total if self.triple_total else None

    def to_dict(self) -> dict[str, Any]:
        """Return the report as plain data (for ``--json``)."""
        total = self.total()
        return {
            "name": self.name,
            "kind": self.kind,
            "precision": total.precision,
            "recall": total.recall,
            "type_recall": self.type_recall,
            "triple_recall": self.triple_recall,
            "forbidden": len(self.forbidden),
            "relations": {
                name: {
                    "gold": s.gold,
                    "found": s.found,
                    "predicted": s.predicted,
                    "correct": s.correct,
                    "precision": s.precision,
                    "recall": s.recall,
                }
                for name, s in sorted(self.relations.items())
            },
        }


def _norm(text: str) -> str:
    text = text.casefold().replace("’", "'").strip(" .,'\"“”")
    for article in ("the ", "a ", "an "):
        if text.startswith(article):
            text = text[len(article) :]
    return " ".join(text.split())


# -- triple gold ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _TripleGold:
    article: str
    aliases: dict[str, tuple[str, ...]]
    triples: tuple[tuple[str, str, str, str], ...]  # subject, relation, object, status


def read_triple_gold(path: Path) -> _TripleGold:
    """Read a ``*.gold.jsonl`` file.

    Raises:
        IngestError: the file is not in the gold format.
    """
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    try:
        header = json.loads(lines[0])
        rows = [json.loads(line) for line in lines[1:]]
    except (IndexError, json.JSONDecodeError) as err:
        raise IngestError(str(path), f"not a gold file: {err}") from err
    if not isinstance(header, dict) or "article" not in header:
        raise IngestError(f"{path}:1", "the first line must hold 'article' and 'aliases'")
    triples = []
    for number, row in enumerate(rows, start=2):
        missing = {"subject", "relation", "object", "status"} - set(row)
        if missing:
            raise IngestError(f"{path}:{number}", f"missing {', '.join(sorted(missing))}")
        triples.append((row["subject"], row["relation"], row["object"], row["status"]))
    aliases = {name: tuple(names) for name, names in header.get("aliases", {}).items()}
    return _TripleGold(article=header["article"], aliases=aliases, triples=tuple(triples))


class _Names:
    """Map predicted actors to gold names."""

    def __init__(self, aliases: dict[str, tuple[str, ...]], gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.by_surface: dict[str, str] = {}
        for name, surfaces in aliases.items():
            for surface in (name, *surfaces):
                self.by_surface.setdefault(_norm(surface), name)

    def _direct(self, actor: Actor, mention_text: str | None) -> str | None:
        for surface in (actor.label, *actor.aliases, mention_text or ""):
            name = self.by_surface.get(_norm(surface)) if surface else None
            if name is not None:
                return name
        return None

    def candidates(self, mention: Mention) -> list[str]:
        """Return the gold names an actor may stand for: itself, then its state."""
        actor = mention.actor
        names = []
        direct = self._direct(actor, mention.span.text)
        if direct is not None:
            names.append(direct)
        state = state_of(actor, self.gazetteer)
        if state is not None and state.id != actor.id:
            rolled = self._direct(state, None)
            if rolled is not None and rolled not in names:
                names.append(rolled)
        return names or [actor.label]


def _edges(assertions: Iterable[Assertion]) -> Iterator[Assertion]:
    return (a for a in assertions if a.modality.makes_edge)


def evaluate_triple_gold(
    gold: _TripleGold, assertions: Sequence[Assertion], gazetteer: Gazetteer, *, name: str
) -> EvalReport:
    """Score one article's assertions against its gold triples."""
    report = EvalReport(name=name, kind="triples")
    names = _Names(gold.aliases, gazetteer)
    status = {(s, r, o): st for s, r, o, st in gold.triples}
    # Each prediction is the set of gold-name triples it may stand for.
    predictions: dict[tuple[str, str, str], Assertion] = {}
    for assertion in _edges(assertions):
        options = [
            (s, assertion.relation.value, o)
            for s in names.candidates(assertion.subject)
            for o in names.candidates(assertion.object)
        ]
        # Prefer an option the gold knows (required, then optional), else the first.
        ranked = sorted(
            options,
            key=lambda t: {"required": 0, "optional": 1, "forbidden": 2}.get(status.get(t, ""), 3),
        )
        predictions.setdefault(ranked[0], assertion)
    for (s, r, o), st in status.items():
        if st == "required":
            report.relations[r].gold += 1
            if (s, r, o) in predictions:
                report.relations[r].found += 1
            else:
                report.misses.append(f"{s} {r} {o}")
    for (s, r, o), assertion in predictions.items():
        found = status.get((s, r, o))
        report.relations[r].predicted += 1
        if found in ("required", "optional"):
            report.relations[r].correct += 1
        else:
            where = f"  [{assertion.rule}] {assertion.sentence.text[:160]}"
            (report.forbidden if found == "forbidden" else report.wrong).append(
                f"{s} {r} {o}{where}"
            )
    return report


# -- PLOVER -------------------------------------------------------------------------------


_PLOVER_FAMILIES = _plover_families()


def _actor_texts(value: Any) -> list[str]:
    if not isinstance(value, list):
        return []
    return [
        str(item["actorText"]).strip()
        for item in value
        if isinstance(item, dict) and str(item.get("actorText", "")).strip()
    ]


def _matches(mention: Mention, gold_texts: Sequence[str], gazetteer: Gazetteer) -> bool:
    actor = mention.actor
    surfaces = {_norm(s) for s in (mention.span.text, actor.label, *actor.aliases) if s}
    state = state_of(actor, gazetteer)
    ids = {actor.id, state.id if state is not None else actor.id}
    for text in gold_texts:
        gold = _norm(text)
        if not gold:
            continue
        words = [w.removesuffix("'s").strip(".,'\"") for w in gold.split()]
        if any(s and (s in words or s == gold or f" {s} " in f" {gold} ") for s in surfaces):
            return True
        if any(gold in s for s in surfaces if len(gold) > 3):
            return True
        known = gazetteer.lookup(text.strip())
        if known is not None and known.id in ids:
            return True
    return False


def evaluate_plover(
    records: Sequence[dict[str, Any]],
    extracted: dict[str, list[Assertion]],
    gazetteer: Gazetteer,
    *,
    name: str,
) -> EvalReport:
    """Score assertions extracted from PLOVER sentences (keyed by record id)."""
    report = EvalReport(name=name, kind="plover")
    for record in records:
        relation = PLOVER_RELATIONS.get(str(record.get("event")))
        if relation is None:
            continue
        family = relation_family(relation)
        assertions = [a for a in extracted.get(record["id"], []) if a.modality.makes_edge]
        same_type = [a for a in assertions if relation_family(a.relation) is family]
        score = report.relations[family.value]
        score.gold += 1
        report.type_total += 1
        if same_type:
            report.type_found += 1
        sources, targets = _actor_texts(record.get("source")), _actor_texts(record.get("target"))
        hit = False
        if sources and targets:
            report.triple_total += 1
            hit = any(
                _matches(a.subject, sources, gazetteer) and _matches(a.object, targets, gazetteer)
                for a in same_type
            )
            if hit:
                report.triple_found += 1
            else:
                report.misses.append(
                    f"{record['id']}: {'/'.join(sources)} {family.value} {'/'.join(targets)}"
                    f"  | {record.get('text', '')[:160]}"
                )
        if same_type:
            score.found += 1
        for assertion in assertions:
            if relation_family(assertion.relation) not in _PLOVER_FAMILIES:
                continue  # PLOVER codes events only: offices and memberships are not scored
            predicted = report.relations[relation_family(assertion.relation).value]
            predicted.predicted += 1
            if relation_family(assertion.relation) is family:
                predicted.correct += 1
            else:
                report.wrong.append(
                    f"{record['id']}: {assertion.subject.actor.label} "
                    f"{assertion.relation.value} {assertion.object.actor.label} "
                    f"(gold {family.value})  | {record.get('text', '')[:160]}"
                )
    return report


def _plover_articles(records: Sequence[dict[str, Any]]) -> list[Article]:
    return [
        Article(id=str(r["id"]), text=str(r["text"]), origin=str(r["id"]))
        for r in records
        if r.get("event") in PLOVER_RELATIONS and isinstance(r.get("text"), str)
    ]


def _article_beside(gold_path: Path) -> Path:
    stem = gold_path.name[: -len(".gold.jsonl")]
    for suffix in (".jsonl", ".json", ".txt", ".html"):
        candidate = gold_path.with_name(stem + suffix)
        if candidate.exists():
            return candidate
    raise KGError(f"No article file beside {gold_path} (looked for {stem}.jsonl, .json, .txt)")


def evaluate_paths(paths: Iterable[str | os.PathLike[str]], pipeline: Pipeline) -> list[EvalReport]:
    """Score the extractor on gold files and folders (``*.gold.jsonl``, PLOVER ``.json``)."""
    reports: list[EvalReport] = []
    for entry in paths:
        path = Path(entry)
        files = sorted(path.rglob("*")) if path.is_dir() else [path]
        for file in files:
            if file.name.endswith(".gold.jsonl"):
                gold = read_triple_gold(file)
                items = list(read_articles([_article_beside(file)]))
                problems = [i for i in items if isinstance(i, IngestError)]
                if problems:
                    raise problems[0]
                articles = [i for i in items if isinstance(i, Article) and i.id == gold.article]
                if not articles:
                    raise KGError(f"{file}: no article with id {gold.article!r} beside it")
                _, assertions = next(iter(pipeline.extract(articles[:1])))
                reports.append(
                    evaluate_triple_gold(gold, assertions, pipeline.gazetteer, name=file.name)
                )
            elif file.suffix == ".json" and "PLOVER" in file.name.upper():
                records = json.loads(file.read_text(encoding="utf-8"))
                if not isinstance(records, list):
                    raise KGError(f"{file}: expected a list of PLOVER records")
                extracted = {a.id: list(s) for a, s in pipeline.extract(_plover_articles(records))}
                reports.append(
                    evaluate_plover(records, extracted, pipeline.gazetteer, name=file.name)
                )
            elif not path.is_dir():
                raise KGError(
                    f"{file}: not a gold file (expected *.gold.jsonl or a PLOVER_*.json file)"
                )
    return reports


def summarise(reports: Sequence[EvalReport]) -> Counter[str]:
    """Count forbidden triples over reports (used by the CLI's exit code)."""
    return Counter({r.name: len(r.forbidden) for r in reports})
