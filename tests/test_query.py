from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from pyoxigraph import NamedNode

from kg.errors import ActorNotFound, UnknownNameError
from kg.evidence import edge_evidence, parse_edge_id, timeline
from kg.graph import ActorGraph, GraphTracker, ProjectionChange, build_graph, update_graph
from kg.query import (
    DIRECTIONS,
    ActorSummary,
    EdgeFilter,
    EdgeRef,
    InvalidCursor,
    RelationCount,
    actor_exists,
    actor_relations,
    actor_relations_page,
    carry_orderings,
    decode_cursor,
    encode_cursor,
    filter_projection,
    get_actor,
    graph_stats,
    neighbourhood,
    orderings,
    pagerank,
    relations_page,
    search_actors,
    search_actors_page,
    shortest_paths,
)
from kg.rdf import actor_quads
from kg.store import EmbeddedStore
from kg.types import Actor, ActorType
from kg.vocab import Iris
from tests.conftest import IRIS, KH, US, load_samples

# Gazetteer entries on top of the sample articles: names chosen so that a search for
# "hezbollah" hits every rank (exact label, exact alias, prefix, substring).
GAZETTEER = [
    Actor(
        id="hezbollah",
        label="Hezbollah",
        type=ActorType.ARMED_GROUP,
        country="LBN",
        wikidata="Q41053",
        aliases=("Hizballah", "Party of God"),
    ),
    Actor(
        id="islamic-resistance",
        label="Islamic Resistance in Lebanon",
        type=ActorType.ARMED_GROUP,
        country="LBN",
        aliases=("hezbollah",),
    ),
    Actor(
        id="hezbollah-brigades",
        label="Hezbollah Brigades",
        type=ActorType.ARMED_GROUP,
        country="IRQ",
    ),
    Actor(
        id="nujaba", label="Harakat Hezbollah al-Nujaba", type=ActorType.ARMED_GROUP, country="IRQ"
    ),
    # Also described in the article graphs: must not come back twice.
    Actor(id=KH.id, label=KH.label, type=KH.type, country=KH.country, aliases=("KH",)),
    Actor(
        id=US.id,
        label=US.label,
        type=US.type,
        country=US.country,
        wikidata="Q30",
        aliases=("US", "Washington"),
    ),
    Actor(
        id="centcom",
        label="US Central Command",
        type=ActorType.GOVERNMENT_BODY,
        country="USA",
        part_of="united-states",
        aliases=("CentCom",),
    ),
]


@pytest.fixture
def store(sample_store: EmbeddedStore) -> EmbeddedStore:
    graph = NamedNode(IRIS.gazetteer_graph)
    quads = [q for actor in GAZETTEER for q in actor_quads(actor, graph, IRIS)]
    sample_store.replace_graph(IRIS.gazetteer_graph, quads)
    return sample_store


@pytest.fixture
def graph(store: EmbeddedStore) -> ActorGraph:
    return build_graph(store)


def ids(actors: list[ActorSummary]) -> list[str]:
    return [a.id for a in actors]


# search_actors


def test_search_ranks_exact_label_then_alias_then_prefix_then_substring(
    store: EmbeddedStore,
) -> None:
    assert ids(search_actors(store, "hezbollah")) == [
        "hezbollah",
        "islamic-resistance",
        "hezbollah-brigades",
        "nujaba",
        "kataib-hezbollah",
    ]


def test_search_is_case_insensitive_and_trims(store: EmbeddedStore) -> None:
    assert ids(search_actors(store, "  HEZBOLLAH ")) == ids(search_actors(store, "hezbollah"))


def test_search_matches_aliases(store: EmbeddedStore) -> None:
    assert ids(search_actors(store, "washington")) == ["united-states"]
    assert ids(search_actors(store, "centcom")) == ["centcom"]


def test_search_returns_summaries_once_per_actor(store: EmbeddedStore) -> None:
    found = search_actors(store, "kataib")
    assert found == [
        ActorSummary(
            id="kataib-hezbollah", label="Kataib Hezbollah", type="ArmedGroup", country="IRQ"
        )
    ]


def test_search_without_q_lists_all_by_label(store: EmbeddedStore) -> None:
    found = search_actors(store, limit=100)
    labels = [a.label for a in found]
    assert labels == sorted(labels, key=str.lower)
    assert len(found) == 10


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"type": "State"}, ["iran", "united-kingdom", "united-states"]),
        ({"country": "irq"}, ["nujaba", "hezbollah-brigades", "kataib-hezbollah"]),
        ({"country": "USA", "type": "GovernmentBody"}, ["centcom"]),
        ({"type": "Person"}, []),
    ],
)
def test_search_filters(store: EmbeddedStore, kwargs: dict[str, str], expected: list[str]) -> None:
    assert ids(search_actors(store, **kwargs)) == expected  # type: ignore[arg-type]


def test_search_filters_combine_with_q(store: EmbeddedStore) -> None:
    assert ids(search_actors(store, "hezbollah", country="LBN")) == [
        "hezbollah",
        "islamic-resistance",
    ]


def test_search_pages(store: EmbeddedStore) -> None:
    everything = ids(search_actors(store, "hezbollah"))
    assert ids(search_actors(store, "hezbollah", limit=2)) == everything[:2]
    assert ids(search_actors(store, "hezbollah", limit=2, offset=2)) == everything[2:4]
    assert search_actors(store, "hezbollah", limit=0) == []


def test_search_escapes_the_query(store: EmbeddedStore) -> None:
    assert search_actors(store, 'x" ) } DROP ALL #') == []
    assert search_actors(store, "nothing like this") == []


def test_search_unknown_type(store: EmbeddedStore) -> None:
    with pytest.raises(UnknownNameError, match=r"No actor type named 'Planet'\. Available: "):
        search_actors(store, type="Planet")


def test_search_negative_limit(store: EmbeddedStore) -> None:
    with pytest.raises(ValueError, match="must be >= 0"):
        search_actors(store, limit=-1)


def test_search_only_actors_under_the_base(tmp_path: Path) -> None:
    other = EmbeddedStore(tmp_path / "other", iris=Iris("https://elsewhere.example.org/"))
    load_samples(other)  # minted under IRIS.base, not under the store's base
    assert search_actors(other) == []
    other.close()


# get_actor


def test_get_actor_merges_descriptions_and_graph(store: EmbeddedStore, graph: ActorGraph) -> None:
    actor = get_actor(store, "united-states", graph=graph)
    assert actor.label == "United States"
    assert actor.type == "State"
    assert actor.country == "USA"
    assert actor.wikidata == "Q30"
    assert actor.aliases == ("US", "Washington")
    assert actor.labels == ("United States",)
    assert (actor.degree, actor.in_degree, actor.out_degree) == (2, 0, 2)
    assert actor.top_relations == (
        RelationCount(relation="attacked", direction="out", edges=2, evidence=3),
    )


def test_get_actor_top_relations_both_directions(store: EmbeddedStore, graph: ActorGraph) -> None:
    actor = get_actor(store, "kataib-hezbollah", graph=graph)
    assert actor.top_relations == (
        RelationCount(relation="attacked", direction="in", edges=1, evidence=2),
        RelationCount(relation="supports", direction="in", edges=1, evidence=1),
    )
    assert get_actor(store, "kataib-hezbollah", graph=graph, top=1).top_relations == (
        actor.top_relations[0],
    )


def test_get_actor_part_of(store: EmbeddedStore, graph: ActorGraph) -> None:
    actor = get_actor(store, "centcom", graph=graph)
    assert actor.part_of == ("united-states",)
    assert actor.type == "GovernmentBody"
    # Described in the gazetteer, but in no edge.
    assert (actor.degree, actor.top_relations) == (0, ())


def test_get_actor_leads(store: EmbeddedStore) -> None:
    # the gazetteer's leader of an armed group
    leader = Actor(
        id="akram-al-kaabi", label="Akram al-Kaabi", type=ActorType.PERSON, leads="nujaba"
    )
    graph = NamedNode(IRIS.gazetteer_graph)
    quads = [q for actor in (*GAZETTEER, leader) for q in actor_quads(actor, graph, IRIS)]
    store.replace_graph(IRIS.gazetteer_graph, quads)
    assert get_actor(store, "akram-al-kaabi").leads == ("nujaba",)
    assert get_actor(store, "nujaba").leads == ()


def test_get_actor_without_graph(store: EmbeddedStore) -> None:
    actor = get_actor(store, "iran")
    assert (actor.label, actor.type, actor.country) == ("Iran", "State", "IRN")
    assert actor.degree is None
    assert actor.top_relations == ()


def test_get_actor_not_found(store: EmbeddedStore) -> None:
    with pytest.raises(ActorNotFound, match="No actor with id 'atlantis'") as info:
        get_actor(store, "atlantis")
    assert info.value.actor_id == "atlantis"


def test_actor_exists(store: EmbeddedStore) -> None:
    assert actor_exists(store, "centcom")
    assert not actor_exists(store, "atlantis")


# actor_relations


def test_relations_both_directions_most_evidence_first(graph: ActorGraph) -> None:
    edges = actor_relations(graph, "kataib-hezbollah")
    assert [(e.subject, e.relation, e.object) for e in edges] == [
        ("united-states", "attacked", "kataib-hezbollah"),
        ("iran", "supports", "kataib-hezbollah"),
    ]
    first = edges[0]
    assert first.evidence == 2
    assert first.articles == ("a1", "a2")
    assert (first.first_date, first.last_date) == ("2024-01-23", "2024-02-03")
    assert first.confidence == pytest.approx(0.8)
    assert first.modalities == ("asserted",)


@pytest.mark.parametrize(
    ("actor", "direction", "expected"),
    [
        (
            "united-states",
            "out",
            [("united-states", "kataib-hezbollah"), ("united-states", "houthis")],
        ),
        ("united-states", "in", []),
        ("houthis", "in", [("united-kingdom", "houthis"), ("united-states", "houthis")]),
        ("houthis", "out", []),
        ("iran", "both", [("iran", "kataib-hezbollah")]),
    ],
)
def test_relations_direction(
    graph: ActorGraph, actor: str, direction: str, expected: list[tuple[str, str]]
) -> None:
    edges = actor_relations(graph, actor, direction=direction)  # type: ignore[arg-type]
    assert [(e.subject, e.object) for e in edges] == expected


def test_relations_denied_assertions_make_no_edge(graph: ActorGraph) -> None:
    assert all(e.relation != "supports" for e in actor_relations(graph, "houthis"))


def test_relations_filter(graph: ActorGraph) -> None:
    edges = actor_relations(graph, "kataib-hezbollah", relation="supports")
    assert [(e.subject, e.relation) for e in edges] == [("iran", "supports")]
    assert actor_relations(graph, "kataib-hezbollah", relation="sanctioned") == []


def test_relations_unknown_relation(graph: ActorGraph) -> None:
    with pytest.raises(
        UnknownNameError, match=r"No relation named 'bombed'\. Available: .*attacked"
    ):
        actor_relations(graph, "iran", relation="bombed")


def test_relations_unknown_direction(graph: ActorGraph) -> None:
    with pytest.raises(UnknownNameError, match="No direction named 'sideways'"):
        actor_relations(graph, "iran", direction="sideways")  # type: ignore[arg-type]


def test_relations_actor_without_edges(store: EmbeddedStore, graph: ActorGraph) -> None:
    assert actor_relations(graph, "centcom", store=store) == []
    # Without the store, graph membership alone decides.
    with pytest.raises(ActorNotFound, match="'centcom'"):
        actor_relations(graph, "centcom")


def test_relations_unknown_actor(store: EmbeddedStore, graph: ActorGraph) -> None:
    with pytest.raises(ActorNotFound, match="No actor with id 'atlantis'"):
        actor_relations(graph, "atlantis", store=store)


# The tests below only read: one store and one projection for all of them.


@pytest.fixture(scope="module")
def ro_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedStore]:
    store = EmbeddedStore(tmp_path_factory.mktemp("query") / "store", iris=IRIS)
    load_samples(store)
    graph = NamedNode(IRIS.gazetteer_graph)
    quads = [q for actor in GAZETTEER for q in actor_quads(actor, graph, IRIS)]
    store.replace_graph(IRIS.gazetteer_graph, quads)
    yield store
    store.close()


@pytest.fixture(scope="module")
def ro_graph(ro_store: EmbeddedStore) -> ActorGraph:
    return build_graph(ro_store)


# cursors and pages


@pytest.mark.parametrize(
    "cursor",
    ["", "!!!", "bm90IGpzb24", encode_cursor("actors", [0, "a", "b"]), encode_cursor("x", [1])],
)
def test_bad_cursors(cursor: str) -> None:
    with pytest.raises(InvalidCursor, match="Invalid cursor"):
        decode_cursor(cursor, "relations", (int, str, str, str))


def test_cursor_rejects_wrong_types() -> None:
    cursor = encode_cursor("relations", ["2", "attacked", "a", "b"])
    with pytest.raises(InvalidCursor, match="not a cursor of this list"):
        decode_cursor(cursor, "relations", (int, str, str, str))
    with pytest.raises(InvalidCursor):
        decode_cursor(
            encode_cursor("relations", [True, "a", "b", "c"]), "relations", (int, str, str, str)
        )


def test_search_pages_with_cursors(ro_store: EmbeddedStore) -> None:
    everything = ids(search_actors(ro_store, "hezbollah"))
    seen: list[str] = []
    cursor = None
    for _ in range(5):
        page = search_actors_page(ro_store, "hezbollah", limit=2, cursor=cursor)
        seen += [a.id for a in page.items]
        cursor = page.next_cursor
        if cursor is None:
            break
    assert seen == everything
    # The same cursor gives the same page.
    first = search_actors_page(ro_store, "hezbollah", limit=2)
    assert first.next_cursor is not None
    again = search_actors_page(ro_store, "hezbollah", limit=2, cursor=first.next_cursor)
    assert again == search_actors_page(ro_store, "hezbollah", limit=2, cursor=first.next_cursor)
    with pytest.raises(InvalidCursor):
        search_actors_page(
            ro_store, "hezbollah", cursor=encode_cursor("relations", [0, "", "", ""])
        )


def test_get_actor_external_ids(ro_store: EmbeddedStore) -> None:
    assert get_actor(ro_store, "united-states").same_as == ("http://www.wikidata.org/entity/Q30",)


# relations pages and filters


def edges_of(page_items: tuple[object, ...] | list[object]) -> list[tuple[str, str, str]]:
    return [(e.subject, e.relation, e.object) for e in page_items]  # type: ignore[attr-defined]


def test_relations_page_walks_every_edge_once(ro_graph: ActorGraph) -> None:
    seen: list[tuple[str, str, str]] = []
    cursor = None
    while True:
        page = relations_page(ro_graph, limit=1, cursor=cursor)
        seen += edges_of(page.items)
        cursor = page.next_cursor
        if cursor is None:
            break
    assert seen == [
        ("united-states", "attacked", "kataib-hezbollah"),
        ("united-kingdom", "attacked", "houthis"),
        ("united-states", "attacked", "houthis"),
        ("iran", "supports", "kataib-hezbollah"),
    ]
    assert edges_of(relations_page(ro_graph, limit=10).items) == seen


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"subject": "united-states"}, ["kataib-hezbollah", "houthis"]),
        ({"object": "houthis"}, ["houthis", "houthis"]),
        ({"subject": "united-states", "object": "houthis"}, ["houthis"]),
        ({"subject": "houthis"}, []),
        ({"subject": "centcom"}, []),
    ],
)
def test_relations_page_anchored(
    ro_store: EmbeddedStore, ro_graph: ActorGraph, kwargs: dict[str, str], expected: list[str]
) -> None:
    page = relations_page(ro_graph, store=ro_store, **kwargs)  # type: ignore[arg-type]
    assert [e.object for e in page.items] == expected
    assert page.next_cursor is None


def test_relations_page_unknown_actor(ro_store: EmbeddedStore, ro_graph: ActorGraph) -> None:
    with pytest.raises(ActorNotFound, match="'atlantis'"):
        relations_page(ro_graph, subject="atlantis", store=ro_store)


@pytest.mark.parametrize(
    ("edge_filter", "expected"),
    [
        (EdgeFilter(relations=frozenset({"supports"})), ["iran"]),
        (EdgeFilter(since=dt.date(2024, 2, 1)), ["united-states"]),
        (EdgeFilter(until=dt.date(2024, 1, 23)), ["united-states"]),
        (
            EdgeFilter(since=dt.date(2024, 1, 24), until=dt.date(2024, 1, 24)),
            ["united-states", "iran"],
        ),
        (EdgeFilter(since=dt.date(2024, 3, 1)), []),
        (EdgeFilter(min_sources=2), ["united-states"]),
        (EdgeFilter(min_evidence=2), ["united-states"]),
        (EdgeFilter(min_confidence=0.9), []),
        (EdgeFilter(modalities=frozenset({"alleged"})), []),
        (EdgeFilter(modalities=frozenset({"asserted"})), ["united-states", "iran"]),
    ],
)
def test_relation_filters(
    ro_graph: ActorGraph, edge_filter: EdgeFilter, expected: list[str]
) -> None:
    page = actor_relations_page(ro_graph, "kataib-hezbollah", edge_filter=edge_filter)
    assert [e.subject for e in page.items] == expected
    assert [
        e.subject for e in actor_relations(ro_graph, "kataib-hezbollah", edge_filter=edge_filter)
    ] == expected


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"relations": frozenset({"bombed"})}, "No relation named 'bombed'"),
        ({"modalities": frozenset({"rumoured"})}, "No modality named 'rumoured'"),
        ({"since": dt.date(2024, 2, 1), "until": dt.date(2024, 1, 1)}, "is after until"),
        ({"min_confidence": 2.0}, "min_confidence"),
    ],
)
def test_edge_filter_errors(kwargs: dict[str, object], error: str) -> None:
    with pytest.raises(ValueError, match=error):
        EdgeFilter(**kwargs)  # type: ignore[arg-type]


def test_actor_relations_page_cursor(ro_store: EmbeddedStore, ro_graph: ActorGraph) -> None:
    first = actor_relations_page(ro_graph, "houthis", limit=1)
    assert edges_of(first.items) == [("united-kingdom", "attacked", "houthis")]
    second = actor_relations_page(ro_graph, "houthis", limit=1, cursor=first.next_cursor)
    assert edges_of(second.items) == [("united-states", "attacked", "houthis")]
    assert second.next_cursor is None
    assert actor_relations_page(ro_graph, "centcom", store=ro_store).items == ()
    with pytest.raises(InvalidCursor):
        actor_relations_page(ro_graph, "centcom", store=ro_store, cursor="nope")


def test_filter_projection(ro_graph: ActorGraph) -> None:
    filtered = filter_projection(ro_graph, EdgeFilter(relations=frozenset({"supports"})))
    assert list(filtered.edges(keys=True)) == [("iran", "kataib-hezbollah", "supports")]
    assert filtered.nodes["iran"]["label"] == "Iran"


# neighbourhood


def test_neighbourhood_depths(ro_graph: ActorGraph) -> None:
    one = neighbourhood(ro_graph, "iran")
    assert [(n.id, n.distance) for n in one.nodes] == [("iran", 0), ("kataib-hezbollah", 1)]
    assert one.edges == (
        EdgeRef(subject="iran", relation="supports", object="kataib-hezbollah", evidence=1),
    )
    three = neighbourhood(ro_graph, "iran", depth=3)
    assert [(n.id, n.distance) for n in three.nodes] == [
        ("iran", 0),
        ("kataib-hezbollah", 1),
        ("united-states", 2),
        ("houthis", 3),
    ]
    assert not three.truncated
    assert ("united-states", "attacked", "houthis") in {
        (e.subject, e.relation, e.object) for e in three.edges
    }


def test_neighbourhood_ranks_by_evidence_and_truncates(ro_graph: ActorGraph) -> None:
    found = neighbourhood(ro_graph, "kataib-hezbollah", limit=2)
    # united-states has two assertions against it, iran one.
    assert [n.id for n in found.nodes] == ["kataib-hezbollah", "united-states"]
    assert found.truncated


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"direction": "out"}, ["united-states", "kataib-hezbollah", "houthis"]),
        ({"direction": "in"}, ["united-states"]),
        ({"relations": ["supports"]}, ["united-states"]),
    ],
)
def test_neighbourhood_filters(
    ro_graph: ActorGraph, kwargs: dict[str, object], expected: list[str]
) -> None:
    assert [n.id for n in neighbourhood(ro_graph, "united-states", **kwargs).nodes] == expected  # type: ignore[arg-type]


def test_neighbourhood_of_an_actor_without_edges(
    ro_store: EmbeddedStore, ro_graph: ActorGraph
) -> None:
    found = neighbourhood(ro_graph, "centcom", store=ro_store, depth=2)
    assert [(n.id, n.label, n.type) for n in found.nodes] == [
        ("centcom", "US Central Command", "GovernmentBody")
    ]
    assert found.edges == ()
    with pytest.raises(ActorNotFound):
        neighbourhood(ro_graph, "atlantis", store=ro_store)


def test_neighbourhood_edge_limit_keeps_the_start_s_edges_first(ro_graph: ActorGraph) -> None:
    found = neighbourhood(ro_graph, "united-states", depth=2, max_edges=2)
    assert found.truncated
    assert [(e.subject, e.object) for e in found.edges] == [
        ("united-states", "kataib-hezbollah"),
        ("united-states", "houthis"),
    ]
    assert not neighbourhood(ro_graph, "united-states", depth=2, max_edges=4).truncated


def test_neighbourhood_of_a_hub_reads_the_same(ro_graph: ActorGraph) -> None:
    # Orderings kept for hubs give the same walk as those computed each time.
    hub = ro_graph.copy()
    for i in range(300):
        hub.add_edge("united-states", f"town-{i:03}", key="attacked", evidence=1 + i % 3)
    first = neighbourhood(hub, "united-states", depth=2, limit=50)
    assert neighbourhood(hub, "united-states", depth=2, limit=50) == first
    # Most evidence first: the towns attacked three times, then kataib-hezbollah (twice).
    assert [n.id for n in first.nodes[:3]] == ["united-states", "town-002", "town-005"]
    assert first.truncated
    page = actor_relations_page(hub, "united-states", limit=2)
    assert edges_of(page.items) == [
        ("united-states", "attacked", "town-002"),
        ("united-states", "attacked", "town-005"),
    ]
    following = actor_relations_page(hub, "united-states", limit=2, cursor=page.next_cursor)
    assert edges_of(following.items) == [
        ("united-states", "attacked", "town-008"),
        ("united-states", "attacked", "town-011"),
    ]


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [({"depth": 4}, "depth"), ({"limit": 0}, "limit"), ({"max_edges": 0}, "max_edges")],
)
def test_neighbourhood_bounds(ro_graph: ActorGraph, kwargs: dict[str, int], error: str) -> None:
    with pytest.raises(ValueError, match=error):
        neighbourhood(ro_graph, "iran", **kwargs)  # type: ignore[arg-type]


# paths


def test_shortest_paths_both_ways(ro_graph: ActorGraph) -> None:
    paths = shortest_paths(ro_graph, "iran", "houthis")
    assert [p.actors for p in paths] == [("iran", "kataib-hezbollah", "united-states", "houthis")]
    steps = paths[0].steps
    assert paths[0].length == 3
    assert steps[1].edges == (
        EdgeRef(
            subject="united-states", relation="attacked", object="kataib-hezbollah", evidence=2
        ),
    )


def test_shortest_paths_through_several_actors(ro_graph: ActorGraph) -> None:
    paths = shortest_paths(ro_graph, "kataib-hezbollah", "united-kingdom")
    assert [p.actors for p in paths] == [
        ("kataib-hezbollah", "united-states", "houthis", "united-kingdom")
    ]
    assert shortest_paths(ro_graph, "iran", "iran")[0].actors == ("iran",)


def test_shortest_paths_many_equal(ro_graph: ActorGraph) -> None:
    extra = ro_graph.copy()
    extra.add_edge("iran", "houthis", key="supports", evidence=1)
    extra.add_edge("iran", "united-kingdom", key="accused", evidence=1)
    paths = shortest_paths(extra, "kataib-hezbollah", "united-kingdom")
    assert sorted(p.actors for p in paths) == [
        ("kataib-hezbollah", "iran", "united-kingdom"),
    ]
    paths = shortest_paths(extra, "united-states", "iran")
    assert sorted(p.actors for p in paths) == [
        ("united-states", "houthis", "iran"),
        ("united-states", "kataib-hezbollah", "iran"),
    ]
    assert len(shortest_paths(extra, "united-states", "iran", limit=1)) == 1


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"directed": True}, []),
        ({"max_length": 2}, []),
        ({"relations": ["attacked"]}, []),
        ({"relations": ["attacked", "supports"]}, [4]),
    ],
)
def test_shortest_paths_constraints(
    ro_graph: ActorGraph, kwargs: dict[str, object], expected: list[int]
) -> None:
    paths = shortest_paths(ro_graph, "iran", "houthis", **kwargs)  # type: ignore[arg-type]
    assert [len(p.actors) for p in paths] == expected


def test_shortest_paths_directed(ro_graph: ActorGraph) -> None:
    paths = shortest_paths(ro_graph, "united-states", "houthis", directed=True)
    assert [p.actors for p in paths] == [("united-states", "houthis")]
    assert shortest_paths(ro_graph, "houthis", "united-states", directed=True) == []


def test_shortest_paths_matches_networkx(ro_graph: ActorGraph) -> None:
    undirected = nx.Graph(ro_graph.to_undirected())
    for source in ro_graph:
        for target in ro_graph:
            ours = {
                p.actors for p in shortest_paths(ro_graph, source, target, max_length=6, limit=100)
            }
            theirs = {tuple(p) for p in nx.all_shortest_paths(undirected, source, target)}
            assert ours == theirs, (source, target)


def test_shortest_paths_unknown_actor(ro_store: EmbeddedStore, ro_graph: ActorGraph) -> None:
    with pytest.raises(ActorNotFound, match="'atlantis'"):
        shortest_paths(ro_graph, "iran", "atlantis", store=ro_store)
    assert shortest_paths(ro_graph, "iran", "centcom", store=ro_store) == []
    with pytest.raises(ValueError, match="max_length"):
        shortest_paths(ro_graph, "iran", "houthis", max_length=7)


# statistics


def test_pagerank_matches_networkx(ro_graph: ActorGraph) -> None:
    from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

    expected = _pagerank_python(ro_graph, weight="evidence")
    ours = pagerank(ro_graph)
    assert ours.keys() == expected.keys()
    for node, value in expected.items():
        assert ours[node] == pytest.approx(value, abs=1e-5)
    assert pagerank(nx.MultiDiGraph()) == {}


def test_graph_stats(ro_store: EmbeddedStore, ro_graph: ActorGraph) -> None:
    stats = graph_stats(ro_store, ro_graph, top=2)
    assert (stats.articles, stats.assertions, stats.actors, stats.edges) == (2, 6, 5, 4)
    assert stats.modalities == {"asserted": 5, "alleged": 0, "denied": 1, "hypothetical": 0}
    assert stats.relations == {"attacked": 3, "supports": 1}
    assert [a.id for a in stats.top_degree] == ["houthis", "kataib-hezbollah"]
    assert [a.id for a in stats.top_pagerank] == ["kataib-hezbollah", "houthis"]


# evidence and timeline


def test_parse_edge_id() -> None:
    assert parse_edge_id("a|b|supports|c") == ("a|b", "supports", "c")
    for bad in ("iran|houthis", "iran|bombed|houthis", "|supports|x", "x|supports|"):
        with pytest.raises(ValueError, match="Not an edge id"):
            parse_edge_id(bad)


def test_edge_evidence(ro_store: EmbeddedStore) -> None:
    page = edge_evidence(ro_store, "united-states", "attacked", "kataib-hezbollah")
    assert [(e.article.id, e.date, e.event_date) for e in page.items] == [
        ("a1", "2024-01-23", "2024-01-23"),
        ("a2", "2024-02-03", None),
    ]
    first = page.items[0]
    assert first.sentence.text == "United States forces struck Kataib Hezbollah on Tuesday."
    assert (first.sentence.start, first.sentence.end) == (0, 56)
    assert first.subject_mention is not None
    assert (first.subject_mention.text, first.subject_mention.start) == ("United States", 0)
    assert first.article.title == "Strikes in Iraq"
    assert first.article.url == "https://example.org/a1"
    assert (first.modality, first.confidence, first.rule) == ("asserted", 0.8, "test")


def test_edge_evidence_pages_and_modalities(ro_store: EmbeddedStore) -> None:
    first = edge_evidence(ro_store, "united-states", "attacked", "kataib-hezbollah", limit=1)
    second = edge_evidence(
        ro_store, "united-states", "attacked", "kataib-hezbollah", limit=1, cursor=first.next_cursor
    )
    assert [e.article.id for e in (*first.items, *second.items)] == ["a1", "a2"]
    assert second.next_cursor is None
    assert edge_evidence(ro_store, "iran", "supports", "houthis").items == ()
    denied = edge_evidence(ro_store, "iran", "supports", "houthis", modalities=["denied"])
    assert [e.modality for e in denied.items] == ["denied"]
    with pytest.raises(InvalidCursor):
        edge_evidence(
            ro_store, "iran", "supports", "houthis", cursor=first.next_cursor[:-3] + "abc"
        )  # type: ignore[index]


def test_edge_evidence_errors(ro_store: EmbeddedStore) -> None:
    with pytest.raises(ActorNotFound, match="'atlantis'"):
        edge_evidence(ro_store, "iran", "supports", "atlantis")
    with pytest.raises(UnknownNameError, match="relation"):
        edge_evidence(ro_store, "iran", "bombed", "houthis")
    with pytest.raises(UnknownNameError, match="modality"):
        edge_evidence(ro_store, "iran", "supports", "houthis", modalities=["rumoured"])


def test_timeline(ro_store: EmbeddedStore) -> None:
    page = timeline(ro_store, "houthis")
    # Every modality, oldest first; same day: by article, then place in the article.
    assert [(e.date, e.subject, e.relation, e.modality) for e in page.items] == [
        ("2024-01-24", "iran", "supports", "denied"),
        ("2024-02-03", "united-states", "attacked", "asserted"),
        ("2024-02-03", "united-kingdom", "attacked", "asserted"),
    ]
    assert [e.date for e in timeline(ro_store, since=dt.date(2024, 2, 1)).items] == [
        "2024-02-03"
    ] * 3
    assert [e.date for e in timeline(ro_store, until=dt.date(2024, 1, 23)).items] == ["2024-01-23"]
    assert [e.modality for e in timeline(ro_store, "iran", modalities=["denied"]).items] == [
        "denied"
    ]
    assert len(timeline(ro_store, relations=["supports"]).items) == 2
    with pytest.raises(ActorNotFound):
        timeline(ro_store, "atlantis")
    with pytest.raises(ValueError, match="after"):
        timeline(ro_store, since=dt.date(2024, 2, 1), until=dt.date(2024, 1, 1))


def test_timeline_pages(ro_store: EmbeddedStore) -> None:
    everything = timeline(ro_store).items
    seen = []
    cursor = None
    while True:
        page = timeline(ro_store, limit=2, cursor=cursor)
        seen += page.items
        cursor = page.next_cursor
        if cursor is None:
            break
    assert seen == list(everything)
    assert len(seen) == 6
    assert [e.date for e in seen] == sorted(e.date or "" for e in seen)


# orderings kept across an update of the projection


def _readings(graph: ActorGraph) -> tuple[Any, ...]:
    """What every cached ordering is used for: pages of edges, walks, the PageRank."""
    actors = sorted(graph)
    return (
        relations_page(graph),
        [actor_relations_page(graph, a, direction=d) for a in actors for d in DIRECTIONS],
        [neighbourhood(graph, a, depth=2, direction=d) for a in actors for d in DIRECTIONS],
        {actor: round(rank, 9) for actor, rank in pagerank(graph).items()},
    )


@pytest.fixture
def every_actor_a_hub(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep orderings for every actor, not only for hubs."""
    monkeypatch.setattr(orderings, "HUB_DEGREE", 1)


def _retract_a2(sample_store: EmbeddedStore) -> tuple[ActorGraph, ActorGraph, ProjectionChange]:
    old = build_graph(sample_store)
    _readings(old)  # fills the orderings
    tracker = GraphTracker(sample_store)
    assert tracker.drop_graph(IRIS.article_graph("a2"))
    new, change = update_graph(old, tracker)
    carry_orderings(old, new, change)
    return old, new, change


@pytest.mark.usefixtures("every_actor_a_hub")
def test_orderings_are_carried_over_an_update(sample_store: EmbeddedStore) -> None:
    old, new, change = _retract_a2(sample_store)
    before, after = orderings._ORDERINGS[old], orderings._ORDERINGS[new]

    assert "iran" not in change.actors  # its edges (in a1) did not change: shared
    assert after.neighbours[("iran", True, True)] is before.neighbours[("iran", True, True)]
    assert after.edges[("iran", "both")] is before.edges[("iran", "both")]
    assert "united-states" in change.actors  # its orderings go
    assert not any(key[0] in change.actors for key in after.neighbours)
    assert not any(key is not None and key[0] in change.actors for key in after.edges)
    assert after.edges[None] is not before.edges[None]  # patched, on a copy
    assert after.pagerank is None
    assert _readings(new) == _readings(build_graph(sample_store))
    assert _readings(old) != _readings(new)  # the old projection's orderings are intact


@pytest.mark.usefixtures("every_actor_a_hub")
def test_the_list_of_all_edges_is_sorted_again_after_many_changes(
    sample_store: EmbeddedStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(orderings, "PATCH_MOST", 0)
    _old, new, _change = _retract_a2(sample_store)

    assert None not in orderings._ORDERINGS[new].edges
    assert _readings(new) == _readings(build_graph(sample_store))
