"""The viewer's queries: ego networks with filters and roll-up, autocomplete."""

from __future__ import annotations

import datetime as dt

import pytest
from pyoxigraph import NamedNode

from kg.ego import (
    RELATION_FAMILIES,
    ego_network,
    ego_subgraph,
    read_part_of,
    relation_family,
    suggest_actors,
)
from kg.errors import ActorNotFound, UnknownNameError
from kg.graph import ActorGraph, build_graph
from kg.query import EdgeFilter
from kg.rdf import actor_quads
from kg.store import EmbeddedStore
from kg.types import Actor, ActorType, Relation
from tests.conftest import IRIS


def test_every_relation_has_one_family() -> None:
    members = [r for relations in RELATION_FAMILIES.values() for r in relations]
    assert sorted(members) == sorted(r.value for r in Relation)
    assert relation_family("attacked") == "violence"
    with pytest.raises(UnknownNameError, match="No relation named 'bombed'"):
        relation_family("bombed")


def test_ego_network_of_one_hop(sample_store: EmbeddedStore) -> None:
    graph = build_graph(sample_store)
    ego = ego_network(graph, "kataib-hezbollah", store=sample_store)
    assert ego.nodes[0].id == "kataib-hezbollah"
    assert {n.id for n in ego.nodes} == {"kataib-hezbollah", "united-states", "iran"}
    by_id = {e.id: e for e in ego.edges}
    attack = by_id["united-states|attacked|kataib-hezbollah"]
    assert (attack.family, attack.evidence, attack.sources) == ("violence", 2, 2)
    assert (attack.first_date, attack.last_date) == ("2024-01-23", "2024-02-03")
    assert attack.edges == ("united-states|attacked|kataib-hezbollah",)
    # The strongest edge comes first.
    assert ego.edges[0] is attack


def test_ego_network_two_hops_and_filters(sample_store: EmbeddedStore) -> None:
    graph = build_graph(sample_store)
    two = ego_network(graph, "kataib-hezbollah", depth=2, store=sample_store)
    assert {n.id: n.distance for n in two.nodes}["houthis"] == 2
    assert "united-kingdom" not in {n.id for n in two.nodes}  # three steps away
    sourced = ego_network(
        graph, "kataib-hezbollah", edge_filter=EdgeFilter(min_sources=2), store=sample_store
    )
    assert [e.id for e in sourced.edges] == ["united-states|attacked|kataib-hezbollah"]
    supports = ego_network(
        graph,
        "kataib-hezbollah",
        edge_filter=EdgeFilter(relations=frozenset({"supports"})),
        store=sample_store,
    )
    assert [e.id for e in supports.edges] == ["iran|supports|kataib-hezbollah"]
    late = ego_network(
        graph,
        "kataib-hezbollah",
        edge_filter=EdgeFilter(since=dt.date(2024, 2, 1)),
        store=sample_store,
    )
    assert [e.id for e in late.edges] == ["united-states|attacked|kataib-hezbollah"]
    groups = ego_network(graph, "houthis", actor_types=["ArmedGroup"], store=sample_store)
    assert [n.id for n in groups.nodes] == ["houthis"]
    limited = ego_network(graph, "houthis", limit=2, store=sample_store)
    assert limited.truncated
    assert len(limited.nodes) == 2


def test_ego_network_errors(sample_store: EmbeddedStore) -> None:
    graph = build_graph(sample_store)
    with pytest.raises(ActorNotFound):
        ego_network(graph, "nobody", store=sample_store)
    with pytest.raises(UnknownNameError, match="No actor type named 'Militia'"):
        ego_network(graph, "iran", actor_types=["Militia"])
    with pytest.raises(ValueError, match="depth"):
        ego_network(graph, "iran", depth=4)


def test_rollup_folds_parts_and_merges_their_edges(sample_store: EmbeddedStore) -> None:
    graph = build_graph(sample_store)
    # The United Kingdom as a part of the United States: their attacks on the Houthis merge.
    ego = ego_network(
        graph, "houthis", part_of={"united-kingdom": ("united-states",)}, store=sample_store
    )
    assert {n.id for n in ego.nodes} == {"houthis", "united-states"}
    merged = {e.id: e for e in ego.edges}["united-states|attacked|houthis"]
    assert merged.evidence == 2
    assert merged.edges == ("united-kingdom|attacked|houthis", "united-states|attacked|houthis")
    assert {n.id: n.folded for n in ego.nodes}["united-states"] == ("united-kingdom",)
    # Opening the part opens the whole.
    assert ego_network(
        graph, "united-kingdom", part_of={"united-kingdom": ("united-states",)}
    ).actor == ("united-states")
    sub = ego_subgraph(graph, ego)
    assert sorted(sub.edges(keys=True)) == [
        ("united-kingdom", "houthis", "attacked"),
        ("united-states", "houthis", "attacked"),
    ]


def _hand_graph(edges: list[tuple[str, str, str, int]]) -> ActorGraph:
    """A projection of (subject, relation, object, evidence) edges, one article each."""
    graph = ActorGraph()
    for number, (subject, relation, obj, evidence) in enumerate(edges):
        graph.add_edge(
            subject,
            obj,
            key=relation,
            evidence=evidence,
            articles=[f"article-{number}"],
            modalities=["asserted"],
            first_date="2024-01-01",
            last_date="2024-01-0" + str(1 + number % 9),
            confidence=0.5,
        )
    for node in graph.nodes:
        graph.nodes[node].update(label=node.title(), type="State")
    return graph


def test_ego_network_picks_best_attested_then_reads_edges_between_them() -> None:
    graph = _hand_graph(
        [
            ("hub", "attacked", "a", 5),
            ("b", "aided", "hub", 4),
            ("hub", "supports", "c", 1),
            ("a", "attacked", "b", 2),  # between two neighbours
            ("a", "attacked", "c", 9),  # c is left out at limit 3
            ("b", "aided", "far", 7),  # two steps away
        ]
    )
    one = ego_network(graph, "hub", limit=3)
    assert [n.id for n in one.nodes] == ["hub", "a", "b"]
    assert one.truncated
    # At one step, an edge between two neighbours is not shown.
    assert [e.id for e in one.edges] == ["hub|attacked|a", "b|aided|hub"]
    two = ego_network(graph, "hub", depth=2, limit=3)
    assert [e.id for e in two.edges] == ["hub|attacked|a", "b|aided|hub", "a|attacked|b"]
    every = ego_network(graph, "hub", depth=2)
    assert {n.id: n.distance for n in every.nodes} == {"hub": 0, "a": 1, "b": 1, "c": 1, "far": 2}
    assert not every.truncated
    assert [e.id for e in every.edges][:2] == ["a|attacked|c", "b|aided|far"]
    assert ego_network(graph, "hub", depth=2, max_edges=2).truncated
    # the actors whose edges were all left out are left out too: none stands alone
    capped = ego_network(graph, "hub", depth=2, max_edges=1)
    assert [e.id for e in capped.edges] == ["a|attacked|c"]
    assert {n.id for n in capped.nodes} == {"hub", "a", "c"}


def test_rollup_of_a_loop_folds_into_one_actor() -> None:
    graph = _hand_graph(
        [("b", "attacked", "x", 1), ("c", "attacked", "x", 2), ("x", "aided", "a", 3)]
    )
    # a, b and c are each part of the next: the loop ends at the smallest id, from anywhere.
    loop = {"a": ("b",), "b": ("c",), "c": ("a",)}
    for start in ("a", "b", "c"):
        ego = ego_network(graph, start, part_of=loop)
        assert ego.actor == "a"
        assert [(n.id, n.folded) for n in ego.nodes] == [("a", ("b", "c")), ("x", ())]
        by_id = {e.id: e for e in ego.edges}
        assert by_id["a|attacked|x"].edges == ("b|attacked|x", "c|attacked|x")
        assert (by_id["a|attacked|x"].evidence, by_id["a|attacked|x"].sources) == (3, 2)
        assert by_id["a|attacked|x"].last_date == "2024-01-02"
        assert by_id["x|aided|a"].evidence == 3
    # From the other end, the same edges.
    assert {e.id for e in ego_network(graph, "x", part_of=loop).edges} == set(by_id)


def test_read_part_of_and_suggest(sample_store: EmbeddedStore) -> None:
    forces = Actor(
        id="us-forces",
        label="US forces",
        type=ActorType.GOVERNMENT_BODY,
        aliases=("American troops",),
        part_of="united-states",
    )
    sample_store.replace_graph(
        IRIS.gazetteer_graph, list(actor_quads(forces, NamedNode(IRIS.gazetteer_graph), IRIS))
    )
    assert read_part_of(sample_store) == {"us-forces": ("united-states",)}
    found = suggest_actors(sample_store, "ameri")
    assert [(s.id, s.name) for s in found] == [("us-forces", "American troops")]
    # Shorter names first; a word of a name matches too, after names starting so.
    assert [s.id for s in suggest_actors(sample_store, "Unit")] == [
        "united-states",
        "united-kingdom",
    ]
    assert [s.id for s in suggest_actors(sample_store, "hezb")] == ["kataib-hezbollah"]
    assert suggest_actors(sample_store, "  ") == []
