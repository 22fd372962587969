"""The networkx projection of the store, built from the sample articles."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from kg.graph import ActorGraph, build_graph
from kg.rdf import article_quads
from kg.store import EmbeddedStore, RemoteStore
from kg.types import Article, Modality, Relation
from kg.vocab import KGO
from tests.conftest import HOUTHIS, IRAN, IRIS, KH, UK, US, make_assertion
from tests.oxigraph_server import empty_oxigraph_url, oxigraph_url  # noqa: F401

EXPECTED_EDGES: dict[tuple[str, str, str], dict[str, Any]] = {
    ("united-states", "kataib-hezbollah", "attacked"): {
        "evidence": 2,
        "articles": ["a1", "a2"],
        "first_date": "2024-01-23",  # the event date stated in a1
        "last_date": "2024-02-03",  # a2 states none: its article date
    },
    ("iran", "kataib-hezbollah", "supports"): {
        "evidence": 1,
        "articles": ["a1"],
        "first_date": "2024-01-24",
        "last_date": "2024-01-24",
    },
    ("united-states", "houthis", "attacked"): {
        "evidence": 1,
        "articles": ["a2"],
        "first_date": "2024-02-03",
        "last_date": "2024-02-03",
    },
    ("united-kingdom", "houthis", "attacked"): {
        "evidence": 1,
        "articles": ["a2"],
        "first_date": "2024-02-03",
        "last_date": "2024-02-03",
    },
}


def _nodes(graph: ActorGraph) -> dict[str, dict[str, Any]]:
    return {node: dict(data) for node, data in graph.nodes(data=True)}


def _edges(graph: ActorGraph) -> dict[tuple[str, str, str], dict[str, Any]]:
    return {(u, v, k): dict(data) for u, v, k, data in graph.edges(keys=True, data=True)}


@pytest.fixture
def graph(sample_store: EmbeddedStore) -> ActorGraph:
    return build_graph(sample_store)


def test_nodes_are_the_actors_of_the_edges(graph: ActorGraph) -> None:
    assert sorted(graph.nodes) == [
        "houthis",
        "iran",
        "kataib-hezbollah",
        "united-kingdom",
        "united-states",
    ]


@pytest.mark.parametrize("actor", [US, IRAN, KH, HOUTHIS, UK], ids=lambda actor: actor.id)
def test_nodes_carry_label_type_and_country(graph: ActorGraph, actor: Any) -> None:
    assert graph.nodes[actor.id] == {
        "label": actor.label,
        "type": actor.type.value,
        "country": actor.country,
    }


def test_edge_keys_are_relation_names(graph: ActorGraph) -> None:
    assert sorted(graph.edges(keys=True)) == sorted(EXPECTED_EDGES)
    for _subject, _object, key, relation in graph.edges(keys=True, data="relation"):
        assert relation == key


@pytest.mark.parametrize(
    ("key", "expected"), list(EXPECTED_EDGES.items()), ids=["-".join(key) for key in EXPECTED_EDGES]
)
def test_edge_evidence_is_aggregated_across_articles(
    graph: ActorGraph, key: tuple[str, str, str], expected: dict[str, Any]
) -> None:
    subject, obj, relation = key
    data = graph.edges[subject, obj, relation]
    assert {name: data[name] for name in expected} == expected
    assert data["confidence"] == pytest.approx(0.8)
    assert data["modalities"] == ["asserted"]


def test_a_denied_assertion_makes_no_edge(graph: ActorGraph, sample_store: EmbeddedStore) -> None:
    # The statement node is in the store...
    rows = sample_store.select(
        f"""
        PREFIX kgo: <{KGO}>
        SELECT ?a WHERE {{ GRAPH ?g {{
          ?a kgo:subject <{IRIS.actor("iran")}> ; kgo:object <{IRIS.actor("houthis")}> ;
             kgo:modality kgo:Denied .
        }} }}
        """
    )
    assert len(rows) == 1
    # ...but the projection has no edge for it.
    assert not graph.has_edge("iran", "houthis")
    assert list(graph.successors("iran")) == ["kataib-hezbollah"]


def test_alleged_makes_an_edge_and_hypothetical_does_not(sample_store: EmbeddedStore) -> None:
    sentence = "Iran allegedly supports Houthis and Iran may attack United Kingdom."
    article = Article(id="a3", title="Claims", text=sentence, date=dt.date(2024, 3, 1))
    assertions = [
        make_assertion(
            article, IRAN, Relation.SUPPORTS, HOUTHIS, sentence=sentence, modality=Modality.ALLEGED
        ),
        make_assertion(
            article, IRAN, Relation.ATTACKED, UK, sentence=sentence, modality=Modality.HYPOTHETICAL
        ),
    ]
    sample_store.replace_graph(IRIS.article_graph("a3"), article_quads(article, assertions, IRIS))

    graph = build_graph(sample_store)

    alleged = graph.edges["iran", "houthis", "supports"]
    assert (alleged["evidence"], alleged["articles"], alleged["modalities"]) == (
        1,
        ["a3"],
        ["alleged"],
    )
    assert not graph.has_edge("iran", "united-kingdom")


def test_dropping_an_article_removes_its_evidence(sample_store: EmbeddedStore) -> None:
    assert sample_store.drop_graph(IRIS.article_graph("a2"))

    graph = build_graph(sample_store)

    assert sorted(graph.edges(keys=True)) == [
        ("iran", "kataib-hezbollah", "supports"),
        ("united-states", "kataib-hezbollah", "attacked"),
    ]
    edge = graph.edges["united-states", "kataib-hezbollah", "attacked"]
    assert (edge["evidence"], edge["articles"], edge["first_date"], edge["last_date"]) == (
        1,
        ["a1"],
        "2024-01-23",
        "2024-01-23",
    )
    assert "united-kingdom" not in graph


def test_ids_that_need_escaping_in_iris_come_back_as_given(tmp_path: Path) -> None:
    sentence = "Iran supports Kataib Hezbollah."
    article = Article(id="reuters/2024-01-24 #1", text=sentence, date=dt.date(2024, 1, 24))
    assertion = make_assertion(article, IRAN, Relation.SUPPORTS, KH, sentence=sentence)
    with EmbeddedStore(tmp_path / "store", iris=IRIS) as store:
        store.replace_graph(
            IRIS.article_graph(article.id), article_quads(article, [assertion], IRIS)
        )

        graph = build_graph(store)

        assert store.article_ids() == ["reuters/2024-01-24 #1"]
    assert graph.edges["iran", "kataib-hezbollah", "supports"]["articles"] == [
        "reuters/2024-01-24 #1"
    ]


def test_an_empty_store_gives_an_empty_graph(tmp_path: Path) -> None:
    with EmbeddedStore(tmp_path / "store", iris=IRIS) as store:
        graph = build_graph(store)
    assert (graph.number_of_nodes(), graph.number_of_edges()) == (0, 0)


@pytest.mark.remote
def test_the_remote_store_gives_the_same_graph(
    remote_store: RemoteStore, graph: ActorGraph
) -> None:
    remote_graph = build_graph(remote_store)

    assert _nodes(remote_graph) == _nodes(graph)
    assert _edges(remote_graph) == _edges(graph)
    assert _edges(remote_graph)[("united-states", "kataib-hezbollah", "attacked")]["articles"] == [
        "a1",
        "a2",
    ]
