from __future__ import annotations

from pathlib import Path

import pytest
from pyoxigraph import NamedNode

from kg.errors import ActorNotFound, UnknownNameError
from kg.graph import ActorGraph, build_graph
from kg.query import (
    ActorSummary,
    RelationCount,
    actor_exists,
    actor_relations,
    get_actor,
    search_actors,
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
