"""Updating the projection after article writes gives the graph a full rebuild gives.

Real stores throughout: writes go through a :class:`~kg.graph.GraphTracker` on an
on-disk Oxigraph store (and on a real ``oxigraph serve`` for the remote case), and the
updated projection is compared with :func:`~kg.graph.build_graph` on the same store.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from kg.gazetteer import load_gazetteer
from kg.graph import ActorGraph, GraphTracker, ProjectionChange, build_graph, update_graph
from kg.pipeline import retract, write_vocabulary
from kg.rdf import article_quads
from kg.store import EmbeddedStore, RemoteStore, Store
from kg.types import Actor, ActorType, Article, Assertion, Modality, Relation
from kg.vocab import KGO
from tests.conftest import HOUTHIS, IRAN, IRIS, KH, UK, US, load_samples, make_assertion
from tests.oxigraph_server import empty_oxigraph_url, oxigraph_url  # noqa: F401

Snapshot = tuple[dict[str, dict[str, Any]], dict[tuple[str, str, str], dict[str, Any]]]

MILITIA = Actor(id="new-militia", label="New Militia", type=ActorType.ARMED_GROUP)


def snapshot(graph: ActorGraph) -> Snapshot:
    """The nodes with their attributes and the edges with theirs, as plain dicts."""
    nodes = {node: dict(data) for node, data in graph.nodes(data=True)}
    edges = {(u, v, k): dict(data) for u, v, k, data in graph.edges(keys=True, data=True)}
    return nodes, edges


def write(store: Store, article: Article, assertions: list[Assertion]) -> None:
    store.replace_graph(IRIS.article_graph(article.id), article_quads(article, assertions, IRIS))


def a3() -> tuple[Article, list[Assertion]]:
    """A new article: more evidence for an edge, a new edge, a new actor."""
    text = (
        "United States forces struck Kataib Hezbollah again. "
        "Iran allegedly supports New Militia. "
        "Houthis attacked United Kingdom."
    )
    article = Article(id="a3", title="More", text=text, date=dt.date(2024, 3, 1))
    sentences = text.split(". ")
    return article, [
        make_assertion(
            article, US, Relation.ATTACKED, KH, sentence=sentences[0], date=dt.date(2024, 2, 28)
        ),
        make_assertion(
            article,
            IRAN,
            Relation.SUPPORTS,
            MILITIA,
            sentence=sentences[1],
            modality=Modality.ALLEGED,
        ),
        make_assertion(article, HOUTHIS, Relation.ATTACKED, UK, sentence=sentences[2]),
    ]


def changed_a1() -> tuple[Article, list[Assertion]]:
    """Article a1 again, changed: an assertion gone, another denied, one new, a new label."""
    text = (
        "United States forces struck Kataib Hezbollah on Tuesday. "
        "Iran denied that it supports Kataib Hezbollah. "
        "Iran threatened Israel."
    )
    article = Article(id="a1", title="Strikes in Iraq", text=text, date=dt.date(2024, 1, 25))
    israel = Actor(id="israel", label="Israel", type=ActorType.STATE, country="ISR")
    renamed_us = dataclasses.replace(US, label="The United States")
    return article, [
        make_assertion(
            article,
            renamed_us,
            Relation.ATTACKED,
            KH,
            sentence="United States forces struck Kataib Hezbollah on Tuesday.",
        ),
        make_assertion(
            article,
            IRAN,
            Relation.SUPPORTS,
            KH,
            sentence="Iran denied that it supports Kataib Hezbollah.",
            modality=Modality.DENIED,
        ),
        make_assertion(
            article, IRAN, Relation.THREATENED, israel, sentence="Iran threatened Israel."
        ),
    ]


def ingest_a3(store: Store) -> None:
    write(store, *a3())


def reingest_a1(store: Store) -> None:
    write(store, *changed_a1())


def retract_a2(store: Store) -> None:
    assert retract(store, "a2")


def retract_everything(store: Store) -> None:
    for article_id in store.article_ids():
        assert retract(store, article_id)


def write_vocabulary_and_a3(store: Store) -> None:
    write_vocabulary(store, load_gazetteer())
    ingest_a3(store)


WRITES: dict[str, Callable[[Store], None]] = {
    "ingest": ingest_a3,
    "re-ingest changed": reingest_a1,
    "retract": retract_a2,
    "retract everything": retract_everything,
    "vocabulary and ingest": write_vocabulary_and_a3,
    "several writes": lambda store: (reingest_a1(store), ingest_a3(store), retract_a2(store)),
}


@pytest.fixture
def store(sample_store: EmbeddedStore) -> EmbeddedStore:
    return sample_store


@pytest.mark.parametrize("change", list(WRITES.values()), ids=list(WRITES))
def test_an_update_equals_a_rebuild(store: EmbeddedStore, change: Callable[[Store], None]) -> None:
    before = build_graph(store)
    tracker = GraphTracker(store)
    change(tracker)

    updated, changes = update_graph(before, tracker)

    assert snapshot(updated) == snapshot(build_graph(store))
    assert updated is not before
    assert changes.edges


def test_updates_add_up(store: EmbeddedStore) -> None:
    graph = build_graph(store)
    steps = [ingest_a3, reingest_a1, write_vocabulary_and_a3, retract_a2, retract_everything]
    for change in steps:
        tracker = GraphTracker(store)
        change(tracker)
        graph, _ = update_graph(graph, tracker)
        assert snapshot(graph) == snapshot(build_graph(store))


def test_the_old_projection_is_left_as_it_was(store: EmbeddedStore) -> None:
    before = build_graph(store)
    kept = snapshot(before)
    tracker = GraphTracker(store)
    reingest_a1(tracker)
    ingest_a3(tracker)
    retract_a2(tracker)

    update_graph(before, tracker)

    assert snapshot(before) == kept


def test_the_change_names_the_edges_and_actors(store: EmbeddedStore) -> None:
    before = build_graph(store)
    tracker = GraphTracker(store)
    retract_a2(tracker)

    updated, change = update_graph(before, tracker)

    assert change == ProjectionChange(
        edges=frozenset(
            {
                ("united-states", "kataib-hezbollah", "attacked"),  # less evidence
                ("united-states", "houthis", "attacked"),  # gone
                ("united-kingdom", "houthis", "attacked"),  # gone, and the actor with it
            }
        ),
        actors=frozenset({"united-states", "kataib-hezbollah", "houthis", "united-kingdom"}),
        # a2 described its actors too: those still in the projection are read again.
        described=frozenset({"united-states", "kataib-hezbollah"}),
    )
    assert "united-kingdom" in before
    assert "united-kingdom" not in updated
    assert "houthis" not in updated


def test_a_write_that_changes_nothing_keeps_the_projection(store: EmbeddedStore) -> None:
    before = build_graph(store)
    tracker = GraphTracker(store)
    load_samples(tracker)  # the same articles again

    updated, change = update_graph(before, tracker)

    assert updated is before
    assert change == ProjectionChange()
    assert tracker.written == [IRIS.article_graph("a1"), IRIS.article_graph("a2")]


def test_a_new_label_is_read_again(store: EmbeddedStore) -> None:
    article = Article(id="a9", text="Kataib Hezbollah attacked Iran.", date=dt.date(2024, 4, 1))
    renamed = dataclasses.replace(KH, label="Kata'ib Hizballah")
    assertion = make_assertion(
        article, renamed, Relation.ATTACKED, IRAN, sentence="Kataib Hezbollah attacked Iran."
    )
    before = build_graph(store)
    tracker = GraphTracker(store)
    write(tracker, article, [assertion])

    updated, change = update_graph(before, tracker)

    assert "kataib-hezbollah" in change.described
    assert snapshot(updated) == snapshot(build_graph(store))


def test_a_sparql_update_through_the_tracker_rebuilds(store: EmbeddedStore) -> None:
    before = build_graph(store)
    tracker = GraphTracker(store)
    houthis = IRIS.actor("houthis")
    tracker.update(
        f"""PREFIX kgo: <{KGO}>
        DELETE {{ GRAPH ?g {{ ?a kgo:modality kgo:Asserted }} }}
        INSERT {{ GRAPH ?g {{ ?a kgo:modality kgo:Denied }} }}
        WHERE {{ GRAPH ?g {{ ?a kgo:modality kgo:Asserted ; kgo:object <{houthis}> }} }}"""
    )

    updated, change = update_graph(before, tracker)

    assert change == ProjectionChange(rebuilt=True)
    assert snapshot(updated) == snapshot(build_graph(store))
    assert "houthis" in before
    assert "houthis" not in updated


def test_the_tracker_reads_and_writes_the_store(store: EmbeddedStore) -> None:
    tracker = GraphTracker(store)
    assert tracker.graphs() == store.graphs()
    assert tracker.article_ids() == ["a1", "a2"]
    assert tracker.has_graph(IRIS.article_graph("a1"))
    assert tracker.count() == store.count() == len(list(tracker.quads()))
    assert tracker.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert tracker.bulk_replace_graphs([(IRIS.article_graph("a3"), article_quads(*a3(), IRIS))])
    assert tracker.written == [IRIS.article_graph("a3")]
    tracker.close()  # leaves the store open
    assert store.article_ids() == ["a1", "a2", "a3"]


@pytest.mark.remote
def test_an_update_equals_a_rebuild_on_a_remote_store(remote_store: RemoteStore) -> None:
    before = build_graph(remote_store)
    tracker = GraphTracker(remote_store)
    ingest_a3(tracker)
    retract_a2(tracker)

    updated, change = update_graph(before, tracker)

    assert snapshot(updated) == snapshot(build_graph(remote_store))
    assert "new-militia" in change.actors
    assert updated.nodes["new-militia"]["label"] == "New Militia"
