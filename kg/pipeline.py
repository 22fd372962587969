"""Compose the stages: ingest -> nlp -> extract/resolve -> store.

This is the one place where stages meet. The CLI and the API call it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language

from kg.errors import IngestError
from kg.extract import extract_assertions
from kg.gazetteer import Gazetteer, load_gazetteer
from kg.nlp import load_nlp
from kg.rdf import article_quads, gazetteer_quads, ontology_quads
from kg.store import Store
from kg.types import Actor, ActorType, Article, Assertion, Mention

__all__ = [
    "IngestReport",
    "Pipeline",
    "assertion_record",
    "retract",
    "state_of",
    "write_vocabulary",
]


@dataclass(slots=True)
class IngestReport:
    """What an ingest or extract run did."""

    articles: int = 0
    assertions: int = 0
    words: int = 0
    actors: set[str] = field(default_factory=set)
    skipped: list[IngestError] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def words_per_second(self) -> float:
        """Throughput in words per second."""
        return self.words / self.seconds if self.seconds > 0 else 0.0


def write_vocabulary(store: Store, gazetteer: Gazetteer) -> None:
    """Write the ontology and the gazetteer into their named graphs (replacing them)."""
    store.replace_graph(store.iris.ontology_graph, list(ontology_quads(store.iris)))
    store.replace_graph(store.iris.gazetteer_graph, list(gazetteer_quads(gazetteer, store.iris)))


class Pipeline:
    """Parse, extract and store articles with one model and one gazetteer.

    Args:
        model: spaCy model name or path (``None``: ``$KG_MODEL`` or the default).
        gazetteer: gazetteer folder (``None``: ``$KG_GAZETTEER`` or the bundled one).
        n_process: processes for parsing.
    """

    def __init__(
        self, *, model: str | None = None, gazetteer: str | None = None, n_process: int = 1
    ) -> None:
        self.model = model
        self.gazetteer_dir = gazetteer
        self.n_process = n_process
        self._nlp: Language | None = None

    @property
    def gazetteer(self) -> Gazetteer:
        """The gazetteer in use."""
        return load_gazetteer(self.gazetteer_dir)

    @property
    def nlp(self) -> Language:
        """The spaCy pipeline (loaded on first use)."""
        if self._nlp is None:
            self._nlp = load_nlp(self.model, gazetteer=self.gazetteer_dir)
        return self._nlp

    def extract(
        self,
        items: Iterable[Article | IngestError],
        *,
        report: IngestReport | None = None,
    ) -> Iterator[tuple[Article, list[Assertion]]]:
        """Yield each good article with its assertions; bad records go to ``report``."""
        report = report if report is not None else IngestReport()
        start = time.perf_counter()

        def articles() -> Iterator[Article]:
            for item in items:
                if isinstance(item, IngestError):
                    report.skipped.append(item)
                else:
                    yield item

        for article, assertions in extract_assertions(
            self.nlp, articles(), self.gazetteer, n_process=self.n_process
        ):
            report.articles += 1
            report.words += len(article.text.split())
            report.assertions += len(assertions)
            for assertion in assertions:
                report.actors.update((assertion.subject.actor.id, assertion.object.actor.id))
            report.seconds = time.perf_counter() - start
            yield article, assertions
        report.seconds = time.perf_counter() - start

    def ingest(
        self,
        store: Store,
        items: Iterable[Article | IngestError],
        *,
        on_article: Callable[[Article, list[Assertion]], None] | None = None,
    ) -> IngestReport:
        """Extract articles and write each to its named graph (replacing an earlier one)."""
        report = IngestReport()
        # Load the model first: a missing model must fail before anything is written.
        _ = self.nlp
        write_vocabulary(store, self.gazetteer)
        known = self.gazetteer.actors.keys()
        for article, assertions in self.extract(items, report=report):
            quads = article_quads(article, assertions, store.iris, known_actors=known)
            store.replace_graph(store.iris.article_graph(article.id), quads)
            if on_article is not None:
                on_article(article, assertions)
        return report


def retract(store: Store, article_id: str) -> bool:
    """Remove an article's named graph; return whether it was there."""
    return store.drop_graph(store.iris.article_graph(article_id))


def state_of(actor: Actor, gazetteer: Gazetteer) -> Actor | None:
    """Return the state an actor belongs to (itself for a state), following ``part_of``.

    Persons and government bodies with a ``country`` roll up to that state; armed groups
    and organisations only through ``part_of`` (their country is where they operate).
    """
    seen: set[str] = set()
    current: Actor | None = actor
    while current is not None and current.id not in seen:
        if current.type is ActorType.STATE:
            return current
        seen.add(current.id)
        current = gazetteer.actors.get(current.part_of) if current.part_of else None
    if actor.country and actor.type in (ActorType.PERSON, ActorType.GOVERNMENT_BODY):
        return gazetteer.state_by_country(actor.country)
    return None


def _actor_record(mention: Mention, gazetteer: Gazetteer) -> dict[str, Any]:
    actor = mention.actor
    state = state_of(actor, gazetteer)
    return {
        "id": actor.id,
        "label": actor.label,
        "type": actor.type.value,
        "state": state.id if state is not None else None,
        "mention": {
            "text": mention.span.text,
            "start": mention.span.start,
            "end": mention.span.end,
        },
    }


def assertion_record(assertion: Assertion, gazetteer: Gazetteer) -> dict[str, Any]:
    """Return an assertion as the JSON object of ``kg extract --format jsonl``."""
    return {
        "article": assertion.article_id,
        "relation": assertion.relation.value,
        "subject": _actor_record(assertion.subject, gazetteer),
        "object": _actor_record(assertion.object, gazetteer),
        "sentence": {
            "text": assertion.sentence.text,
            "start": assertion.sentence.start,
            "end": assertion.sentence.end,
        },
        "modality": assertion.modality.value.lower(),
        "attributed_to": assertion.attributed_to.label if assertion.attributed_to else None,
        "date": assertion.date.isoformat() if assertion.date else None,
        "location": assertion.location.label if assertion.location else None,
        "confidence": assertion.confidence,
        "rule": assertion.rule,
        "role": assertion.role,
    }
