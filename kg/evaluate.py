"""Score the extractor against gold annotations (``kg eval``).

Two kinds of gold are read:

- **Triple gold** (``*.gold.jsonl``, the format of ``../shared/data/seed``): a first line
  ``{"article", "aliases": {gold name: [surface names]}}``, then one triple a line
  ``{"subject", "relation", "object", "status"}`` with status ``required``, ``optional``
  or ``forbidden``. The article is the ``.jsonl`` (or ``.txt``) file of the same name
  beside it. Recall is over required triples; a predicted triple is correct when it
  is required or optional, wrong otherwise; forbidden ones are listed separately. A
  ``partOf`` whose two ends the gold's aliases give one name ("US military" is an alias
  of "United States" there) is not scored: the gold folds the part into its whole, so
  the triple cannot be said in its names; such assertions are listed as folded.
- **Span gold** (``*.jsonl`` whose first line is ``{"article", "annotated": true, ...}``,
  the format of ``../shared/ANNOTATION.md``): each document's header line carries its
  ``text`` (and ``title``, ``date``), then one relation a line with the sentence, both
  mentions as character spans, canonical names, modality and status. A system assertion
  matches a gold relation when its relation family matches (the symmetric relations
  either way round), its sentence overlaps the gold sentence, and each end overlaps the
  gold mention or carries the gold canonical name. Every assertion counts, whatever its
  modality (the gold lists hypothetical and denied relations too); how often the matched
  modality agrees is reported beside. Recall is over required relations; a prediction is
  correct when it matches a required or optional one.
- **PLOVER records** (``PLOVER_GSR_CAMEO.json``): sentences coded with source actors,
  target actors and a PLOVER 0.5b1 event label, mapped to kg relations as DESIGN
  section 4 does. *Type recall*: the sentence yields an assertion of the record's
  relation family. *Triple recall* (records with source and target): an assertion of
  that family whose subject matches a source actor and whose object matches a target.

For triple gold and PLOVER, only assertions that make edges (asserted or alleged) count
as predictions. Predicted actors are matched to gold names by label, gazetteer aliases
and the text of the mention, and, failing that, through the state they roll up to
("US forces" counts as "United States", as the gold is at state level).
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import IngestError, KGError
from kg.extract.cameo import PLOVER_TYPES
from kg.gazetteer import Gazetteer
from kg.ingest import read_articles
from kg.pipeline import Pipeline, state_of
from kg.types import Actor, Article, Assertion, Mention, Modality, Relation

__all__ = [
    "PLOVER_RELATIONS",
    "EvalReport",
    "RelationScore",
    "evaluate_paths",
    "evaluate_plover",
    "evaluate_span_gold",
    "evaluate_triple_gold",
    "read_span_gold",
    "relation_family",
]

#: PLOVER 2.0 types that have no label of their own in 0.5b1.
_V2_ONLY = frozenset({"ACCUSE", "REQUEST"})
#: PLOVER 0.5b1 labels of the gold records that PLOVER 2.0 renamed or merged.
_GSR_RENAMED = {
    "FIGHT": "ASSAULT",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "DEMAND": "REQUEST",
}
#: PLOVER 0.5b1 labels (the gold records) to kg relations: the PLOVER 2.0 types of the
#: lexicon (:data:`kg.extract.cameo.PLOVER_TYPES`, DESIGN section 4) under their old names.
PLOVER_RELATIONS: dict[str, Relation] = {
    **{label: relation for label, relation in PLOVER_TYPES.items() if label not in _V2_ONLY},
    **{old: PLOVER_TYPES[new] for old, new in _GSR_RENAMED.items()},
}

_FAMILIES = {Relation.AIDED: Relation.SUPPORTS}

#: Relations that hold either way round.
SYMMETRIC = frozenset(
    {Relation.ALLIED_WITH, Relation.CONSULTED, Relation.COOPERATED_WITH, Relation.AGREED_WITH}
)
#: Standing relations (who is what, where); every other relation is an event.
STANDING = frozenset(
    {
        Relation.ALLIED_WITH,
        Relation.MEMBER_OF,
        Relation.PART_OF,
        Relation.OFFICIAL_OF,
        Relation.LEADS,
        Relation.CONTROLS,
        Relation.OPERATES_IN,
    }
)


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
    #: Triple gold only: part-of assertions whose ends the gold names as one actor.
    folded: list[str] = field(default_factory=list)
    #: PLOVER only: records whose type was found, of records with a known type.
    type_found: int = 0
    type_total: int = 0
    triple_found: int = 0
    triple_total: int = 0
    #: Span gold only: matched predictions whose modality equals the gold's.
    modality_agreed: int = 0
    modality_matched: int = 0

    def subtotal(self, relations: Iterable[str]) -> RelationScore:
        """Sum over the named relations."""
        total = RelationScore()
        for name in relations:
            score = self.relations.get(name)
            if score is None:
                continue
            total.gold += score.gold
            total.found += score.found
            total.predicted += score.predicted
            total.correct += score.correct
        return total

    def events(self) -> RelationScore:
        """Sum over the event relations (every relation but the standing ones)."""
        standing = {r.value for r in STANDING}
        return self.subtotal(name for name in self.relations if name not in standing)

    def standing(self) -> RelationScore:
        """Sum over the standing relations (alliances, memberships, offices, places)."""
        return self.subtotal(r.value for r in STANDING)

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
        spans = {}
        if self.kind == "spans":
            events, standing = self.events(), self.standing()
            spans = {
                "events": {"precision": events.precision, "recall": events.recall},
                "standing": {"precision": standing.precision, "recall": standing.recall},
                "modality_agreement": (
                    self.modality_agreed / self.modality_matched if self.modality_matched else None
                ),
            }
        return {
            "name": self.name,
            "kind": self.kind,
            "precision": total.precision,
            "recall": total.recall,
            **spans,
            "type_recall": self.type_recall,
            "triple_recall": self.triple_recall,
            "forbidden": len(self.forbidden),
            "folded": len(self.folded),
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

    def direct(self, mention: Mention) -> str | None:
        """Return the gold name of the actor itself (none for its state's name alone)."""
        return self._direct(mention.actor, mention.span.text)

    def candidates(self, mention: Mention) -> list[str]:
        """Return the gold names an actor may stand for: itself, then its state."""
        actor = mention.actor
        names = []
        direct = self.direct(mention)
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
        if assertion.relation is Relation.PART_OF:
            subject = names.direct(assertion.subject)
            if subject is not None and subject == names.direct(assertion.object):
                report.folded.append(
                    f"{assertion.subject.actor.label} partOf {assertion.object.actor.label}"
                    f"  [{assertion.rule}] {assertion.sentence.text[:160]}"
                )
                continue
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


# -- span gold ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GoldRelation:
    """One relation of a span gold file."""

    article: str
    sentence: tuple[int, int]
    subject: tuple[int, int]
    subject_canonical: str
    relation: Relation
    object: tuple[int, int]
    object_canonical: str
    modality: str
    required: bool
    where: str  # file:line

    def describe(self, text: str) -> str:
        """Return a one-line description for ``--show``."""
        s0, s1 = self.subject
        o0, o1 = self.object
        return (
            f"{self.where} {self.article}: {text[s0:s1]} ({self.subject_canonical}) "
            f"{self.relation.value} {text[o0:o1]} ({self.object_canonical}) [{self.modality}]"
        )


@dataclass(frozen=True, slots=True)
class SpanGold:
    """The annotated documents of a span gold file and their relations."""

    articles: tuple[Article, ...]
    relations: tuple[GoldRelation, ...]


def _pair(value: Any, where: str, key: str) -> tuple[int, int]:
    if (
        not isinstance(value, list)
        or len(value) != 2
        or not all(isinstance(v, int) and not isinstance(v, bool) for v in value)
        or value[0] > value[1]
    ):
        raise IngestError(where, f"{key!r} must be [start, end] character offsets")
    return value[0], value[1]


def _parse_gold_date(value: Any) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def is_span_gold(path: Path) -> bool:
    """Tell whether a ``.jsonl`` file is span gold: its first line has ``"annotated"``."""
    if path.suffix != ".jsonl" or path.name.endswith(".gold.jsonl"):
        return False
    with path.open(encoding="utf-8", errors="replace") as handle:
        first = handle.readline()
    try:
        header = json.loads(first)
    except json.JSONDecodeError:
        return False
    return isinstance(header, dict) and "annotated" in header


def read_span_gold(path: Path) -> SpanGold:
    """Read a span gold file; each document's header line must carry its ``text``.

    Raises:
        IngestError: a line is not JSON, a field is missing or malformed, a relation or
            modality is unknown, or a span's text is not the surface it names.
    """
    articles: dict[str, Article] = {}
    relations: list[GoldRelation] = []
    known = {r.value for r in Relation}
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as err:
                raise IngestError(where, f"not JSON: {err}") from err
            if not isinstance(row, dict) or not isinstance(row.get("article"), str):
                raise IngestError(where, "each line must be an object with an 'article' id")
            if "annotated" in row:
                if not isinstance(row.get("text"), str):
                    raise IngestError(where, "a document header must carry the 'text'")
                articles[row["article"]] = Article(
                    id=row["article"],
                    text=row["text"],
                    title=row.get("title"),
                    date=_parse_gold_date(row.get("date")),
                    url=row.get("url"),
                    source=row.get("source"),
                    origin=where,
                )
                continue
            article = articles.get(row["article"])
            if article is None:
                raise IngestError(where, f"relation before the header of {row['article']!r}")
            if row.get("relation") not in known:
                raise IngestError(
                    where,
                    f"unknown relation {row.get('relation')!r}. "
                    f"Available: {', '.join(sorted(known))}",
                )
            modality = row.get("modality", "asserted")
            if modality not in {m.value.casefold() for m in Modality}:
                raise IngestError(where, f"unknown modality {modality!r}")
            spans = {}
            for key in ("sentence", "subject_span", "object_span"):
                spans[key] = _pair(row.get(key), where, key)
            for side in ("subject", "object"):
                start, end = spans[f"{side}_span"]
                if article.text[start:end] != row.get(side):
                    raise IngestError(
                        where,
                        f"{side}_span {list(spans[side + '_span'])} reads "
                        f"{article.text[start:end]!r}, not {row.get(side)!r}",
                    )
            relations.append(
                GoldRelation(
                    article=article.id,
                    sentence=spans["sentence"],
                    subject=spans["subject_span"],
                    subject_canonical=str(row.get("subject_canonical") or row["subject"]),
                    relation=Relation(row["relation"]),
                    object=spans["object_span"],
                    object_canonical=str(row.get("object_canonical") or row["object"]),
                    modality=modality,
                    required=row.get("status", "required") == "required",
                    where=where,
                )
            )
    return SpanGold(articles=tuple(articles.values()), relations=tuple(relations))


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _carries(mention: Mention, span: tuple[int, int], canonical: str, gazetteer: Gazetteer) -> bool:
    if _overlaps((mention.span.start, mention.span.end), span):
        return True
    actor = mention.actor
    name = _norm(canonical)
    if name in {_norm(s) for s in (actor.label, *actor.aliases)}:
        return True
    known = gazetteer.lookup(canonical)
    return known is not None and known.id == actor.id


def _span_match(assertion: Assertion, gold: GoldRelation, gazetteer: Gazetteer) -> bool:
    if relation_family(assertion.relation) is not relation_family(gold.relation):
        return False
    if not _overlaps((assertion.sentence.start, assertion.sentence.end), gold.sentence):
        return False
    ends = [(assertion.subject, assertion.object)]
    if gold.relation in SYMMETRIC:
        ends.append((assertion.object, assertion.subject))
    return any(
        _carries(s, gold.subject, gold.subject_canonical, gazetteer)
        and _carries(o, gold.object, gold.object_canonical, gazetteer)
        for s, o in ends
    )


def evaluate_span_gold(
    gold: SpanGold,
    extracted: dict[str, list[Assertion]],
    gazetteer: Gazetteer,
    *,
    name: str,
) -> EvalReport:
    """Score assertions (keyed by article id) against a span gold."""
    report = EvalReport(name=name, kind="spans")
    texts = {a.id: a.text for a in gold.articles}
    by_article: dict[str, list[GoldRelation]] = defaultdict(list)
    for relation in gold.relations:
        by_article[relation.article].append(relation)
    for article in gold.articles:
        golds = by_article[article.id]
        assertions = extracted.get(article.id, [])
        for relation in golds:
            if not relation.required:
                continue
            score = report.relations[relation_family(relation.relation).value]
            score.gold += 1
            if any(_span_match(a, relation, gazetteer) for a in assertions):
                score.found += 1
            else:
                report.misses.append(relation.describe(texts[article.id]))
        for assertion in assertions:
            score = report.relations[relation_family(assertion.relation).value]
            score.predicted += 1
            matched = [g for g in golds if _span_match(assertion, g, gazetteer)]
            if matched:
                score.correct += 1
                report.modality_matched += 1
                if any(g.modality == assertion.modality.value.casefold() for g in matched):
                    report.modality_agreed += 1
            else:
                report.wrong.append(
                    f"{article.id}: {assertion.subject.span.text} ({assertion.subject.actor.label})"
                    f" {assertion.relation.value} {assertion.object.span.text} "
                    f"({assertion.object.actor.label}) [{assertion.modality.value.casefold()}, "
                    f"{assertion.rule}]  | {assertion.sentence.text[:160]}"
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
            elif is_span_gold(file):
                span_gold = read_span_gold(file)
                extracted = {a.id: s for a, s in pipeline.extract(span_gold.articles)}
                reports.append(
                    evaluate_span_gold(span_gold, extracted, pipeline.gazetteer, name=file.name)
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
                    f"{file}: not a gold file (expected *.gold.jsonl, span gold *.jsonl or a "
                    "PLOVER_*.json file)"
                )
    return reports


def summarise(reports: Sequence[EvalReport]) -> Counter[str]:
    """Count forbidden triples over reports (used by the CLI's exit code)."""
    return Counter({r.name: len(r.forbidden) for r in reports})
