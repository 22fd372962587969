"""The benchmarks' synthetic graph reads back as kg data (no timings here)."""

from __future__ import annotations

import io
from collections import Counter
from pathlib import Path

import pytest
from pyoxigraph import RdfFormat, Triple, parse

from bench.synth import SynthSpec, generate_articles, generate_graphs
from kg.graph import build_graph
from kg.store import EmbeddedStore
from kg.types import Modality
from tests.conftest import IRIS

SPEC = SynthSpec(assertions=600, seed=7)


def test_it_writes_exactly_the_assertions_asked_for() -> None:
    articles = list(generate_articles(SPEC))
    assert sum(len(assertions) for _, assertions in articles) == 600
    assert len({article.id for article, _ in articles}) == len(articles)
    assert all(len(assertions) >= 1 for _, assertions in articles)


def test_it_is_deterministic() -> None:
    first = [(a.id, [x.sentence.text for x in xs]) for a, xs in generate_articles(SPEC)]
    second = [(a.id, [x.sentence.text for x in xs]) for a, xs in generate_articles(SPEC)]
    assert first == second


def test_degrees_are_heavy_tailed() -> None:
    ends = Counter(
        actor
        for _, assertions in generate_articles(SynthSpec(assertions=5000))
        for assertion in assertions
        for actor in (assertion.subject.actor.id, assertion.object.actor.id)
    )
    counts = sorted(ends.values(), reverse=True)
    # The busiest actor takes part in far more assertions than the median one.
    assert counts[0] > 20 * counts[len(counts) // 2]


def test_the_projection_reads_back_every_edge_making_assertion(tmp_path: Path) -> None:
    articles = list(generate_articles(SPEC))
    edge_making = [
        x
        for _, assertions in articles
        for x in assertions
        if x.modality in (Modality.ASSERTED, Modality.ALLEGED)
    ]
    with EmbeddedStore(tmp_path / "store", iris=IRIS) as store:
        written = store.bulk_replace_graphs(generate_graphs(SPEC, IRIS))
        graph = build_graph(store)
        assert written == len(articles)
        assert sorted(store.article_ids()) == sorted(article.id for article, _ in articles)
    expected = Counter(
        (x.subject.actor.id, x.object.actor.id, x.relation.value) for x in edge_making
    )
    assert sum(data["evidence"] for *_, data in graph.edges(keys=True, data=True)) == len(
        edge_making
    )
    assert {(s, o, k): d["evidence"] for s, o, k, d in graph.edges(keys=True, data=True)} == dict(
        expected
    )


@pytest.mark.parametrize("format", [RdfFormat.TURTLE, RdfFormat.N_TRIPLES])
def test_a_large_store_dumps_the_union_of_its_graphs(tmp_path: Path, format: RdfFormat) -> None:
    # Enough articles for the dump to be written in several chunks of graphs.
    spec = SynthSpec(assertions=2500, seed=3)
    with EmbeddedStore(tmp_path / "store", iris=IRIS) as store:
        store.bulk_replace_graphs(generate_graphs(spec, IRIS))
        expected = Counter(Triple(q.subject, q.predicate, q.object) for q in store.quads())
        output = io.BytesIO()
        store.dump(output, format)
    written = parse(output.getvalue(), format=format)
    assert Counter(Triple(q.subject, q.predicate, q.object) for q in written) == expected
