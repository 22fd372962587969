"""Compose the stages: ingest -> nlp -> extract/resolve -> store.

This is the one place where stages meet. The CLI and the API call it.

Analysts' corrections (:mod:`kg.curation`) apply on every ingest: the store's
corrections are read first, the gazetteer is curated with them (merged actors gone,
curated aliases matched by the actor ruler, new types), assertions are rewritten to it
(merged ids, retyped actors) before the article's quads are written, and the gazetteer
graph is written from it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from spacy.language import Language

from kg.errors import IngestError
from kg.extract import extract_assertions
from kg.gazetteer import Gazetteer, load_gazetteer
from kg.nlp import load_nlp, with_gazetteer
from kg.types import Actor, Article, Assertion, Mention

# The store, the RDF mapping and curation (pyoxigraph, httpx, rdflib) are imported where
# they are used: extraction alone needs none of them.
if TYPE_CHECKING:
    from kg.store import Store

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
    from kg.rdf import gazetteer_quads, ontology_quads

    store.replace_graph(store.iris.ontology_graph, list(ontology_quads(store.iris)))
    store.replace_graph(store.iris.gazetteer_graph, list(gazetteer_quads(gazetteer, store.iris)))


class Pipeline:
    """Parse, extract and store articles with one model and one gazetteer.

    Args:
        model: spaCy model name or path (``None``: ``$KG_MODEL`` or the default).
        gazetteer: gazetteer folder (``None``: ``$KG_GAZETTEER`` or the bundled one).
        n_process: processes that parse and extract (forked workers; see
            :func:`kg.extract.extract_assertions`).
    """

    def __init__(
        self, *, model: str | None = None, gazetteer: str | None = None, n_process: int = 1
    ) -> None:
        self.model = model
        self.gazetteer_dir = gazetteer
        self.n_process = n_process
        self._nlp: Language | None = None
        #: The curated gazetteer and pipeline of the last corrections seen, by their ids.
        self._curated: tuple[tuple[str, ...], Gazetteer, Language] | None = None
        #: The store and gazetteer whose vocabulary graphs this pipeline last wrote.
        self._vocabulary: tuple[Store, Gazetteer] | None = None

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

    def curated(self, store: Store) -> tuple[Gazetteer, Language]:
        """Return the gazetteer and the spaCy pipeline with the store's corrections.

        Without corrections, they are :attr:`gazetteer` and :attr:`nlp`. With some, the
        pipeline shares the model's components and has an actor ruler of its own
        (:func:`kg.nlp.with_gazetteer`); both are kept until the corrections change.
        """
        from kg.curation import curate_gazetteer, read_corrections

        corrections = read_corrections(store)
        if not corrections:
            return self.gazetteer, self.nlp
        key = tuple(c.id for c in corrections)
        if self._curated is None or self._curated[0] != key:
            gazetteer = curate_gazetteer(self.gazetteer, store, corrections)
            self._curated = (key, gazetteer, with_gazetteer(self.nlp, gazetteer))
        return self._curated[1], self._curated[2]

    def extract(
        self,
        items: Iterable[Article | IngestError],
        *,
        report: IngestReport | None = None,
        store: Store | None = None,
    ) -> Iterator[tuple[Article, list[Assertion]]]:
        """Yield each good article with its assertions; bad records go to ``report``.

        With ``store``, the store's corrections apply (see the module docstring).
        """
        if store is not None:
            gazetteer, nlp = self.curated(store)
        else:
            gazetteer, nlp = self.gazetteer, self.nlp
        return self._extract(items, report, gazetteer, nlp)

    def _extract(
        self,
        items: Iterable[Article | IngestError],
        report: IngestReport | None,
        gazetteer: Gazetteer,
        nlp: Language,
    ) -> Iterator[tuple[Article, list[Assertion]]]:
        report = report if report is not None else IngestReport()
        start = time.perf_counter()
        curated = gazetteer is not self.gazetteer
        if curated:
            from kg.curation import apply_corrections

        def articles() -> Iterator[Article]:
            for item in items:
                if isinstance(item, IngestError):
                    report.skipped.append(item)
                else:
                    yield item

        for article, found in extract_assertions(
            nlp, articles(), gazetteer, n_process=self.n_process
        ):
            assertions = apply_corrections(found, gazetteer) if curated else found
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
        """Extract articles and write each to its named graph (replacing an earlier one).

        The store's corrections apply (see the module docstring).
        """
        from kg.rdf import article_quads

        report = IngestReport()
        # Load the model first: a missing model must fail before anything is written.
        gazetteer, nlp = self.curated(store)
        # The ontology and the (curated) gazetteer are written once per store and
        # gazetteer: rewriting them cost most of a one-article ingest through the API.
        written = self._vocabulary
        if written is None or written[0] is not store.backend or written[1] is not gazetteer:
            write_vocabulary(store, gazetteer)
            self._vocabulary = (store.backend, gazetteer)
        known = gazetteer.actors.keys()
        for article, assertions in self._extract(items, report, gazetteer, nlp):
            quads = article_quads(article, assertions, store.iris, known_actors=known)
            store.replace_graph(store.iris.article_graph(article.id), quads)
            if on_article is not None:
                on_article(article, assertions)
        return report


def retract(store: Store, article_id: str) -> bool:
    """Remove an article's named graph; return whether it was there."""
    return store.drop_graph(store.iris.article_graph(article_id))


def state_of(actor: Actor, gazetteer: Gazetteer) -> Actor | None:
    """Return the state an actor rolls up to (itself for a state).

    The rules are those of :meth:`kg.gazetteer.Gazetteer.state_of`, which this calls.
    """
    return gazetteer.state_of(actor)


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
