"""Each export format read back in its consumer's terms, from a real on-disk store."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path
from typing import Any

import networkx as nx
import orjson
import pytest
from pyoxigraph import Quad, Triple, parse
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.errors import UnknownNameError
from kg.export import (
    CSV_COLUMNS,
    EXPORT_FORMATS,
    EXPORTERS,
    edge_id,
    export,
    generate_csv_rows,
    get_exporter,
    to_cytoscape,
    to_d3,
    write_export,
)
from kg.graph import ActorGraph, build_graph
from kg.store import EmbeddedStore

TRIPLE_FORMATS = ["turtle", "ntriples", "rdfxml"]
DATASET_FORMATS = ["nquads", "trig", "jsonld"]
GRAPH_FORMATS = ["graphml", "gexf", "cytoscape", "d3", "csv"]


def export_bytes(store: EmbeddedStore, name: str, *, graph: ActorGraph | None = None) -> bytes:
    output = io.BytesIO()
    export(store, name, output, graph=graph)
    return output.getvalue()


def with_parallel_edge(store: EmbeddedStore) -> ActorGraph:
    """The projection plus a second relation between one pair (a multigraph case)."""
    graph = build_graph(store)
    graph.add_edge(
        "iran",
        "kataib-hezbollah",
        key="aided",
        relation="aided",
        evidence=3,
        articles=["a1"],
        first_date=None,
        last_date=None,
        confidence=0.5,
        modalities=["alleged"],
    )
    return graph


# --- the registry -------------------------------------------------------------------


def test_registry_names() -> None:
    assert EXPORT_FORMATS == (
        "csv",
        "cytoscape",
        "d3",
        "gexf",
        "graphml",
        "jsonld",
        "nquads",
        "ntriples",
        "rdfxml",
        "trig",
        "turtle",
    )
    assert set(EXPORTERS) == set(TRIPLE_FORMATS + DATASET_FORMATS + GRAPH_FORMATS)


@pytest.mark.parametrize("name", EXPORT_FORMATS)
def test_get_exporter(name: str) -> None:
    exporter = get_exporter(name)
    assert exporter.name == name
    assert "/" in exporter.media_type
    assert exporter.extension
    assert not exporter.extension.startswith(".")
    assert (exporter.rdf_format is not None) == (name in TRIPLE_FORMATS + DATASET_FORMATS)


@pytest.mark.parametrize("name", ["gml", "", "Turtle"])
def test_unknown_exporter(sample_store: EmbeddedStore, name: str) -> None:
    with pytest.raises(UnknownNameError, match="Available: csv, cytoscape, d3, gexf"):
        get_exporter(name)
    with pytest.raises(
        UnknownNameError, match=re.escape(f"No exporter named {name!r}. Available: ")
    ):
        export(sample_store, name, io.BytesIO())


def test_unknown_export_writes_no_file(sample_store: EmbeddedStore, tmp_path: Path) -> None:
    with pytest.raises(UnknownNameError, match="Available: "):
        write_export(sample_store, "gml", tmp_path / "out.gml")
    assert list(tmp_path.glob("*")) == [tmp_path / "store"]


@pytest.mark.parametrize("name", EXPORT_FORMATS)
def test_write_export_matches_stream(
    sample_store: EmbeddedStore, tmp_path: Path, name: str
) -> None:
    path = tmp_path / f"kg.{get_exporter(name).extension}"
    assert write_export(sample_store, name, path) == path
    data = path.read_bytes()
    assert len(data) > 100
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["store", path.name])
    if name != "gexf":  # GEXF stamps the export date
        assert data == export_bytes(sample_store, name)


# --- RDF --------------------------------------------------------------------------------


@pytest.mark.parametrize("name", DATASET_FORMATS)
def test_dataset_formats_keep_the_named_graphs(sample_store: EmbeddedStore, name: str) -> None:
    exporter = get_exporter(name)
    assert exporter.rdf_format is not None
    quads = list(parse(export_bytes(sample_store, name), format=exporter.rdf_format))
    assert all(isinstance(quad, Quad) for quad in quads)
    assert len(set(quads)) == sample_store.count() == 152
    assert set(quads) == set(sample_store.quads())
    assert {quad.graph_name.value for quad in quads} == set(sample_store.graphs())


@pytest.mark.parametrize("name", TRIPLE_FORMATS)
def test_triple_formats_merge_the_graphs(sample_store: EmbeddedStore, name: str) -> None:
    exporter = get_exporter(name)
    assert exporter.rdf_format is not None
    store_triples = {Triple(q.subject, q.predicate, q.object) for q in sample_store.quads()}
    parsed = {
        Triple(q.subject, q.predicate, q.object)
        for q in parse(export_bytes(sample_store, name), format=exporter.rdf_format)
    }
    # Actors described in both articles appear once in the merged graph.
    assert len(store_triples) < sample_store.count()
    assert len(parsed) == len(store_triples) == 142
    assert parsed == store_triples


def test_turtle_is_isomorphic_to_ntriples(sample_store: EmbeddedStore) -> None:
    turtle = Graph().parse(data=export_bytes(sample_store, "turtle"), format="turtle")
    ntriples = Graph().parse(data=export_bytes(sample_store, "ntriples"), format="nt")
    assert len(turtle) == 142
    assert isomorphic(turtle, ntriples)


def test_rdf_formats_ignore_the_graph_argument(sample_store: EmbeddedStore) -> None:
    empty: ActorGraph = nx.MultiDiGraph()
    assert export_bytes(sample_store, "nquads", graph=empty) == export_bytes(sample_store, "nquads")


# --- GraphML and GEXF (Gephi, Cytoscape desktop, yEd) -----------------------------------


def test_graphml_reads_back(sample_store: EmbeddedStore) -> None:
    projection = build_graph(sample_store)
    graph = nx.read_graphml(
        io.BytesIO(export_bytes(sample_store, "graphml")), force_multigraph=True
    )
    assert graph.is_directed()
    assert set(graph.nodes) == set(projection.nodes)
    assert graph.number_of_edges() == projection.number_of_edges() == 4
    for node, data in projection.nodes(data=True):
        assert graph.nodes[node]["label"] == data["label"]
        assert graph.nodes[node]["type"] == data["type"]
        assert graph.nodes[node]["country"] == data["country"]
    edge = graph.edges[
        "united-states", "kataib-hezbollah", "united-states|attacked|kataib-hezbollah"
    ]
    assert edge["relation"] == "attacked"
    assert edge["evidence"] == 2
    assert edge["articles"] == "a1;a2"
    assert edge["modalities"] == "asserted"
    assert edge["first_date"] == "2024-01-23"
    assert edge["last_date"] == "2024-02-03"
    assert edge["confidence"] == pytest.approx(0.8)


def test_graphml_keeps_parallel_relations_and_drops_none(sample_store: EmbeddedStore) -> None:
    data = export_bytes(sample_store, "graphml", graph=with_parallel_edge(sample_store))
    graph = nx.read_graphml(io.BytesIO(data))
    assert isinstance(graph, nx.MultiDiGraph)
    assert graph.number_of_edges() == 5
    assert set(graph["iran"]["kataib-hezbollah"]) == {
        "iran|supports|kataib-hezbollah",
        "iran|aided|kataib-hezbollah",
    }
    aided = graph.edges["iran", "kataib-hezbollah", "iran|aided|kataib-hezbollah"]
    assert "first_date" not in aided
    assert aided["modalities"] == "alleged"


def test_gexf_reads_back_with_time(sample_store: EmbeddedStore) -> None:
    projection = build_graph(sample_store)
    data = export_bytes(sample_store, "gexf")
    assert b'mode="dynamic"' in data
    assert b'timeformat="date"' in data
    graph = nx.read_gexf(io.BytesIO(data))
    assert graph.is_directed()
    assert graph.graph["mode"] == "dynamic"
    assert set(graph.nodes) == set(projection.nodes)
    assert graph.number_of_edges() == projection.number_of_edges() == 4
    assert graph.nodes["kataib-hezbollah"]["label"] == "Kataib Hezbollah"
    assert graph.nodes["kataib-hezbollah"]["type"] == "ArmedGroup"
    by_id = {d["id"]: d for _, _, d in graph.edges(data=True)}
    assert set(by_id) == {edge_id(s, k, o) for s, o, k in projection.edges(keys=True)}
    edge = by_id["united-states|attacked|kataib-hezbollah"]
    assert (edge["start"], edge["end"]) == ("2024-01-23", "2024-02-03")
    assert edge["label"] == "attacked"
    assert edge["weight"] == 2
    assert edge["articles"] == "a1;a2"
    for s, o, key, d in projection.edges(keys=True, data=True):
        read = by_id[edge_id(s, key, o)]
        assert (read["start"], read["end"]) == (d["first_date"], d["last_date"])


def test_gexf_keeps_parallel_relations_and_undated_edges(sample_store: EmbeddedStore) -> None:
    data = export_bytes(sample_store, "gexf", graph=with_parallel_edge(sample_store))
    graph = nx.read_gexf(io.BytesIO(data))
    assert isinstance(graph, nx.MultiDiGraph)
    assert graph.number_of_edges() == 5
    aided = graph.edges["iran", "kataib-hezbollah", "iran|aided|kataib-hezbollah"]
    assert "start" not in aided
    assert "end" not in aided
    assert "first_date" not in aided
    assert aided["label"] == "aided"


# --- Cytoscape.js and D3 ----------------------------------------------------------------


def test_cytoscape_elements(sample_store: EmbeddedStore) -> None:
    document = orjson.loads(export_bytes(sample_store, "cytoscape"))
    nodes = document["elements"]["nodes"]
    edges = document["elements"]["edges"]
    node_ids = [node["data"]["id"] for node in nodes]
    assert node_ids == sorted(build_graph(sample_store).nodes)
    assert len(edges) == 4
    edge_ids = [edge["data"]["id"] for edge in edges]
    assert len(set(edge_ids)) == len(edge_ids)
    for edge in edges:
        data = edge["data"]
        assert data["source"] in node_ids
        assert data["target"] in node_ids
        assert data["id"] == f"{data['source']}|{data['relation']}|{data['target']}"
    us_kh = next(
        e["data"] for e in edges if e["data"]["id"] == "united-states|attacked|kataib-hezbollah"
    )
    assert us_kh["label"] == "attacked"
    assert us_kh["evidence"] == 2
    assert us_kh["articles"] == ["a1", "a2"]
    iran = next(n["data"] for n in nodes if n["data"]["id"] == "iran")
    assert iran == {
        "id": "iran",
        "label": "Iran",
        "name": "Iran",
        "type": "State",
        "country": "IRN",
    }


def test_cytoscape_edge_ids_are_unique_for_parallel_relations(
    sample_store: EmbeddedStore,
) -> None:
    edges = to_cytoscape(with_parallel_edge(sample_store))["elements"]["edges"]
    ids = [edge["data"]["id"] for edge in edges]
    assert len(ids) == len(set(ids)) == 5
    assert "iran|aided|kataib-hezbollah" in ids


def test_d3_node_link(sample_store: EmbeddedStore) -> None:
    document = orjson.loads(export_bytes(sample_store, "d3"))
    assert document["directed"] is True
    ids = {node["id"] for node in document["nodes"]}
    assert ids == {"iran", "kataib-hezbollah", "houthis", "united-states", "united-kingdom"}
    assert len(document["links"]) == 4
    for link in document["links"]:
        assert link["source"] in ids
        assert link["target"] in ids
    relations = sorted(
        (link["source"], link["relation"], link["target"]) for link in document["links"]
    )
    assert relations == [
        ("iran", "supports", "kataib-hezbollah"),
        ("united-kingdom", "attacked", "houthis"),
        ("united-states", "attacked", "houthis"),
        ("united-states", "attacked", "kataib-hezbollah"),
    ]
    # The generator and the writer agree.
    assert document == orjson.loads(orjson.dumps(to_d3(build_graph(sample_store))))


# --- CSV (spreadsheets) -----------------------------------------------------------------


def read_csv_zip(data: bytes) -> dict[str, list[dict[str, str]]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert sorted(archive.namelist()) == ["edges.csv", "nodes.csv"]
        tables: dict[str, list[dict[str, str]]] = {}
        for table in ("nodes", "edges"):
            text = archive.read(f"{table}.csv").decode("utf-8")
            reader = csv.DictReader(io.StringIO(text, newline=""))
            assert tuple(reader.fieldnames or ()) == CSV_COLUMNS[table]
            tables[table] = list(reader)
    return tables


def test_csv_zip(sample_store: EmbeddedStore) -> None:
    tables = read_csv_zip(export_bytes(sample_store, "csv"))
    nodes = {row["id"]: row for row in tables["nodes"]}
    assert len(nodes) == 5
    assert nodes["united-states"] == {
        "id": "united-states",
        "label": "United States",
        "type": "State",
        "country": "USA",
        "degree": "2",
    }
    assert nodes["iran"]["degree"] == "1"
    assert len(tables["edges"]) == 4
    us_kh = next(
        row
        for row in tables["edges"]
        if row["target"] == "kataib-hezbollah" and row["relation"] == "attacked"
    )
    assert us_kh == {
        "source": "united-states",
        "target": "kataib-hezbollah",
        "relation": "attacked",
        "evidence": "2",
        "articles": "a1;a2",
        "first_date": "2024-01-23",
        "last_date": "2024-02-03",
        "confidence": "0.8",
        "modalities": "asserted",
    }


def test_csv_none_is_empty(sample_store: EmbeddedStore) -> None:
    tables = read_csv_zip(export_bytes(sample_store, "csv", graph=with_parallel_edge(sample_store)))
    aided = next(row for row in tables["edges"] if row["relation"] == "aided")
    assert (aided["first_date"], aided["last_date"]) == ("", "")
    assert next(row for row in tables["nodes"] if row["id"] == "iran")["degree"] == "2"


def test_generate_csv_rows_unknown_table(sample_store: EmbeddedStore) -> None:
    with pytest.raises(
        UnknownNameError, match=re.escape("No CSV table named 'links'. Available: edges, nodes")
    ):
        list(generate_csv_rows(build_graph(sample_store), "links"))


# --- a caller's projection ----------------------------------------------------------------


def attacks_only(store: EmbeddedStore) -> ActorGraph:
    graph = build_graph(store)
    graph.remove_edges_from(
        [
            (s, o, k)
            for s, o, k, d in graph.edges(keys=True, data=True)
            if d["relation"] != "attacked"
        ]
    )
    graph.remove_nodes_from([n for n in list(graph.nodes) if graph.degree(n) == 0])
    return graph


def edge_and_node_counts(name: str, data: bytes) -> tuple[int, int]:
    if name == "graphml":
        graph: Any = nx.read_graphml(io.BytesIO(data), force_multigraph=True)
        return graph.number_of_nodes(), graph.number_of_edges()
    if name == "gexf":
        graph = nx.read_gexf(io.BytesIO(data))
        return graph.number_of_nodes(), graph.number_of_edges()
    if name == "cytoscape":
        elements = orjson.loads(data)["elements"]
        return len(elements["nodes"]), len(elements["edges"])
    if name == "d3":
        document = orjson.loads(data)
        return len(document["nodes"]), len(document["links"])
    tables = read_csv_zip(data)
    return len(tables["nodes"]), len(tables["edges"])


@pytest.mark.parametrize("name", GRAPH_FORMATS)
def test_graph_formats_use_the_given_projection(sample_store: EmbeddedStore, name: str) -> None:
    assert edge_and_node_counts(name, export_bytes(sample_store, name)) == (5, 4)
    filtered = attacks_only(sample_store)
    assert edge_and_node_counts(name, export_bytes(sample_store, name, graph=filtered)) == (4, 3)
    # An empty projection is exported as empty, not replaced by the whole graph.
    empty: ActorGraph = nx.MultiDiGraph()
    assert edge_and_node_counts(name, export_bytes(sample_store, name, graph=empty)) == (0, 0)
