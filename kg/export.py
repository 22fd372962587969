"""Exporters: the store and its actor graph as files that other tools open directly.

Every exporter is registered by name in :data:`EXPORTERS`; :func:`export` writes one to a
binary stream and :func:`write_export` to a file. The formats and who they are for:

=============  ===========================  ==============================================
name           file                         consumer
=============  ===========================  ==============================================
``turtle``     ``.ttl``  Turtle             triple stores, rdflib, Protégé (all graphs
                                            merged into one)
``ntriples``   ``.nt``   N-Triples          triple stores, line-based tools (merged)
``rdfxml``     ``.rdf``  RDF/XML            older RDF tools, Protégé (merged)
``nquads``     ``.nq``   N-Quads            quad stores (named graphs kept: one per
                                            article)
``trig``       ``.trig`` TriG               quad stores (named graphs kept)
``jsonld``     ``.jsonld`` JSON-LD          web and JSON tooling (named graphs kept)
``graphml``    ``.graphml`` GraphML         Gephi, Cytoscape desktop, yEd
``gexf``       ``.gexf`` GEXF (with time)   Gephi (edges carry start/end dates for its
                                            timeline)
``cytoscape``  ``.cyjs`` Cytoscape.js JSON  Cytoscape.js (and Cytoscape desktop's import)
``d3``         ``.json`` node-link JSON     D3 force layouts (``d3.forceLink``)
``csv``        ``.zip``  two CSV tables     spreadsheets, pandas: ``nodes.csv`` and
                                            ``edges.csv`` in one ZIP archive
=============  ===========================  ==============================================

The RDF exporters write the whole store with Oxigraph's serialisers. The others write the
networkx projection of :mod:`kg.graph` (one edge per subject, relation and object), or a
projection the caller passes (for instance a filtered one).

GraphML and GEXF cannot hold lists or missing values: lists become ``;``-joined strings
and ``None`` attributes are left out. Edge ids are stable across exports:
``source|relation|target``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import zipfile
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Protocol
from xml.sax.saxutils import escape as xml_escape

import networkx as nx
import orjson
from pyoxigraph import RdfFormat

from kg.errors import UnknownNameError
from kg.graph import ActorGraph, build_graph
from kg.store import Store

__all__ = [
    "CSV_COLUMNS",
    "EXPORTERS",
    "EXPORT_FORMATS",
    "Exporter",
    "Writer",
    "edge_id",
    "export",
    "generate_csv_rows",
    "generate_gexf",
    "generate_graphml",
    "get_exporter",
    "relation_label",
    "to_cytoscape",
    "to_d3",
    "to_flat_graph",
    "write_atomically",
    "write_export",
]

CSV_COLUMNS: Mapping[str, tuple[str, ...]] = {
    "nodes": ("id", "label", "type", "country", "degree"),
    "edges": (
        "source",
        "target",
        "relation",
        "evidence",
        "articles",
        "first_date",
        "last_date",
        "confidence",
        "modalities",
    ),
}
"""The columns of the two CSV tables, in order."""

_LIST_SEPARATOR = ";"
# A fixed timestamp for the ZIP entries, so that the same graph gives the same bytes.
_ZIP_DATE_TIME = (1980, 1, 1, 0, 0, 0)


class Writer(Protocol):
    """Write an export of ``store`` (or of the projection ``graph``) to ``output``."""

    def __call__(self, store: Store, output: IO[bytes], *, graph: ActorGraph | None = None) -> None:
        """Write the export."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Exporter:
    """A registered export format.

    Attributes:
        name: the registry name (``kg export --format NAME``).
        media_type: the media type, for HTTP responses (GraphML and GEXF have no
            registered one; theirs are the ones in common use).
        extension: the usual file extension, without the dot.
        consumer: the tools the format is meant for.
        write: writes the export to a binary stream.
        rdf_format: the Oxigraph format, for the RDF exporters; ``None`` for exporters of
            the actor graph. RDF exporters write the whole store and ignore ``graph``.
    """

    name: str
    media_type: str
    extension: str
    consumer: str
    write: Writer
    rdf_format: RdfFormat | None = None


def edge_id(source: str, relation: str, target: str) -> str:
    """Return the stable id of an edge of the actor graph.

    >>> edge_id("iran", "supports", "houthis")
    'iran|supports|houthis'
    """
    return f"{source}|{relation}|{target}"


def relation_label(relation: str) -> str:
    """Return a relation's name as words, for edge labels.

    >>> relation_label("mobilizedAgainst")
    'mobilized against'
    """
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", relation).lower()


def _resolve_graph(store: Store, graph: ActorGraph | None) -> ActorGraph:
    # An empty (filtered) projection is falsy, so test for None explicitly.
    return graph if graph is not None else build_graph(store)


def _flat_value(value: Any) -> str | int | float | bool | None:
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, set | frozenset):
        return _LIST_SEPARATOR.join(sorted(str(item) for item in value))
    if isinstance(value, list | tuple):
        return _LIST_SEPARATOR.join(str(item) for item in value)
    return str(value)


def _flat_attributes(data: Mapping[str, Any]) -> dict[str, str | int | float | bool]:
    flat = {name: _flat_value(value) for name, value in data.items()}
    return {name: value for name, value in flat.items() if value is not None}


def to_flat_graph(graph: ActorGraph, *, timeline: bool = False) -> ActorGraph:
    """Return a copy of ``graph`` that GraphML and GEXF writers can hold.

    Lists become ``;``-joined strings and ``None`` attributes are dropped. Edges are keyed
    by their stable :func:`edge_id`, get a ``label`` (the relation in words) and a
    ``weight`` (the number of assertions behind them).

    Args:
        graph: the actor graph (see :mod:`kg.graph`).
        timeline: also give each dated edge ``start`` and ``end`` (its first and last
            date) and mark the graph dynamic, as GEXF readers such as Gephi expect.

    >>> graph = nx.MultiDiGraph()
    >>> graph.add_edge("iran", "houthis", key="supports", relation="supports",
    ...                articles=["a1", "a2"], evidence=2, first_date=None)
    'supports'
    >>> flat = to_flat_graph(graph)
    >>> data = flat.edges["iran", "houthis", "iran|supports|houthis"]
    >>> data["articles"], data["weight"], "first_date" in data
    ('a1;a2', 2, False)
    """
    flat: ActorGraph = nx.MultiDiGraph(**_flat_attributes(graph.graph))
    if timeline:
        flat.graph["mode"] = "dynamic"
    for node, data in graph.nodes(data=True):
        flat.add_node(node, **_flat_attributes(data))
    for source, target, key, data in graph.edges(keys=True, data=True):
        flat_key, attributes = _flat_edge(source, target, key, data, timeline=timeline)
        flat.add_edge(source, target, key=flat_key, **attributes)
    return flat


def _flat_edge(
    source: str, target: str, key: Any, data: Mapping[str, Any], *, timeline: bool
) -> tuple[str, dict[str, str | int | float | bool]]:
    """Return the stable id and the flat attributes of one edge (see :func:`to_flat_graph`)."""
    relation = str(data.get("relation", key))
    attributes = _flat_attributes(data)
    attributes.setdefault("label", relation_label(relation))
    attributes.setdefault("weight", data.get("evidence", 1))
    if timeline:
        if data.get("first_date") is not None:
            attributes["start"] = str(data["first_date"])
        if data.get("last_date") is not None:
            attributes["end"] = str(data["last_date"])
    return edge_id(source, relation, target), attributes


def to_cytoscape(graph: ActorGraph) -> dict[str, Any]:
    """Return ``graph`` as Cytoscape.js elements JSON, nodes and edges sorted by id.

    Nodes carry their attributes plus ``name`` (the label, the column Cytoscape desktop
    shows); edges carry theirs plus a stable ``id``, ``source``, ``target`` and ``label``.

    >>> graph = nx.MultiDiGraph()
    >>> graph.add_node("iran", label="Iran", type="State")
    >>> graph.add_edge("iran", "houthis", key="supports", relation="supports")
    'supports'
    >>> data = to_cytoscape(graph)
    >>> edge = data["elements"]["edges"][0]["data"]
    >>> edge["id"], edge["source"], edge["target"], edge["relation"]
    ('iran|supports|houthis', 'iran', 'houthis', 'supports')
    >>> [node["data"]["id"] for node in data["elements"]["nodes"]]
    ['houthis', 'iran']
    """
    nodes = [
        {"data": {**data, "name": data.get("label", node), "id": node}}
        for node, data in sorted(graph.nodes(data=True), key=lambda item: item[0])
    ]
    edges = []
    for source, target, key, data in graph.edges(keys=True, data=True):
        relation = str(data.get("relation", key))
        edges.append(
            {
                "data": {
                    **data,
                    "label": data.get("label", relation_label(relation)),
                    "id": edge_id(source, relation, target),
                    "source": source,
                    "target": target,
                }
            }
        )
    edges.sort(key=lambda edge: edge["data"]["id"])
    return {
        "data": {},
        "directed": True,
        "multigraph": True,
        "elements": {"nodes": nodes, "edges": edges},
    }


def to_d3(graph: ActorGraph) -> dict[str, Any]:
    """Return ``graph`` as node-link JSON for D3 (``{"nodes": [...], "links": [...]}``).

    Links name their ends by node id, as ``d3.forceLink().id(d => d.id)`` expects, and
    carry the relation as ``key`` and ``relation``.

    >>> graph = nx.MultiDiGraph()
    >>> graph.add_edge("iran", "houthis", key="supports", relation="supports")
    'supports'
    >>> to_d3(graph)["links"]
    [{'relation': 'supports', 'source': 'iran', 'target': 'houthis', 'key': 'supports'}]
    """
    data: dict[str, Any] = nx.node_link_data(graph, edges="links")
    return data


def generate_csv_rows(graph: ActorGraph, table: str) -> Iterator[list[str]]:
    """Yield the rows of one CSV table of ``graph``, header first, sorted by id.

    Lists are ``;``-joined, ``None`` is the empty string; a node's ``degree`` counts the
    edges (relations) it takes part in, both directions.

    Args:
        graph: the actor graph.
        table: ``nodes`` or ``edges`` (see :data:`CSV_COLUMNS`).

    Raises:
        UnknownNameError: ``table`` is not one of the tables.

    >>> graph = nx.MultiDiGraph()
    >>> graph.add_edge("iran", "houthis", key="supports", relation="supports",
    ...                articles=["a1", "a2"])
    'supports'
    >>> list(generate_csv_rows(graph, "nodes"))[1]
    ['houthis', '', '', '', '1']
    >>> list(generate_csv_rows(graph, "edges"))[1][:5]
    ['iran', 'houthis', 'supports', '', 'a1;a2']
    """
    if table not in CSV_COLUMNS:
        raise UnknownNameError("CSV table", table, CSV_COLUMNS)
    columns = CSV_COLUMNS[table]
    yield list(columns)
    if table == "nodes":
        for node in sorted(graph.nodes):
            values = {**graph.nodes[node], "id": node, "degree": graph.degree(node)}
            yield [_csv_cell(values.get(column)) for column in columns]
    else:
        edges = sorted(
            graph.edges(keys=True, data=True), key=lambda edge: (edge[0], edge[2], edge[1])
        )
        for source, target, key, data in edges:
            values = {"relation": key, **data, "source": source, "target": target}
            yield [_csv_cell(values.get(column)) for column in columns]


def _csv_cell(value: Any) -> str:
    flat = _flat_value(value)
    return "" if flat is None else str(flat)


def _rdf_writer(format: RdfFormat) -> Writer:
    def write(store: Store, output: IO[bytes], *, graph: ActorGraph | None = None) -> None:
        store.dump(output, format)

    return write


# XML 1.0 cannot hold these characters at all, escaped or not.
_XML_INVALID = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_ATTRIBUTE_ENTITIES = {'"': "&quot;", "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"}
# The XML Schema types GraphML and GEXF declare, as networkx's writers name them.
_XML_TYPES: Mapping[type, str] = {bool: "boolean", int: "long", float: "double", str: "string"}
_CHUNK = 2000  # elements per write


def _xml_text(value: object) -> str:
    return xml_escape(_XML_INVALID.sub("\ufffd", str(value)))


def _xml_attribute(value: object) -> str:
    return '"' + xml_escape(_XML_INVALID.sub("\ufffd", str(value)), _ATTRIBUTE_ENTITIES) + '"'


def _xml_value(value: str | int | float | bool) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value) if isinstance(value, float) else str(value)


def _flat_type(value: Any) -> type:
    """The type :func:`_flat_value` gives ``value`` (without building it)."""
    return type(value) if isinstance(value, bool | int | float | str) else str


class _Declarations:
    """The attributes of one class of elements (nodes, edges), in order, with their types.

    An attribute seen with both ints and floats is a double; with anything else mixed, a
    string.
    """

    def __init__(self, skip: frozenset[str] = frozenset()) -> None:
        self.types: dict[str, type] = {}
        self.skip = skip

    def add(self, data: Mapping[str, Any]) -> None:
        for name, value in data.items():
            if value is None or name in self.skip:
                continue
            seen, kind = self.types.get(name), _flat_type(value)
            if seen is None:
                self.types[name] = kind
            elif seen is not kind:
                numbers = {seen, kind} <= {int, float}
                self.types[name] = float if numbers else str


def _edge_declarations(graph: ActorGraph, *, skip: frozenset[str]) -> _Declarations:
    edges = _Declarations(skip)
    for _source, _target, _key, data in graph.edges(keys=True, data=True):
        edges.add(data)
        # The attributes _flat_edge adds when the edge has none of its own.
        derived: dict[str, Any] = {}
        if data.get("label") is None:
            derived["label"] = ""
        if data.get("weight") is None:
            derived["weight"] = data.get("evidence", 1)
        edges.add(derived)
    return edges


def _chunks(elements: Iterator[str]) -> Iterator[bytes]:
    batch: list[str] = []
    for element in elements:
        batch.append(element)
        if len(batch) >= _CHUNK:
            yield "".join(batch).encode("utf-8")
            batch.clear()
    if batch:
        yield "".join(batch).encode("utf-8")


def generate_graphml(graph: ActorGraph) -> Iterator[str]:
    """Yield the GraphML document of ``graph``, element by element.

    The document is the one networkx's ``write_graphml`` makes of :func:`to_flat_graph`
    (same keys, types, edge ids), written as it goes instead of built in memory first:
    a large projection is exported in a fraction of the time and memory.

    >>> graph = nx.MultiDiGraph()
    >>> graph.add_edge("iran", "houthis", key="supports", relation="supports", evidence=2)
    'supports'
    >>> document = "".join(generate_graphml(graph)).encode()
    >>> read = nx.read_graphml(io.BytesIO(document), force_multigraph=True)
    >>> read.edges["iran", "houthis", "iran|supports|houthis"]["evidence"]
    2
    """
    scopes = {"graph": _Declarations(), "node": _Declarations()}
    scopes["graph"].add(graph.graph)
    for _node, data in graph.nodes(data=True):
        scopes["node"].add(data)
    scopes["edge"] = _edge_declarations(graph, skip=frozenset())
    keys: dict[tuple[str, str], str] = {}
    yield (
        "<?xml version='1.0' encoding='utf-8'?>\n"
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
        'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
    )
    for scope, declarations in scopes.items():
        for name, kind in declarations.types.items():
            key = keys[scope, name] = f"d{len(keys)}"
            yield (
                f'<key id="{key}" for="{scope}" attr.name={_xml_attribute(name)} '
                f'attr.type="{_XML_TYPES[kind]}"/>\n'
            )

    def data_elements(scope: str, attributes: Mapping[str, Any]) -> str:
        return "".join(
            f'  <data key="{keys[scope, name]}">{_xml_text(_xml_value(value))}</data>\n'
            for name, value in attributes.items()
        )

    yield '<graph edgedefault="directed">\n'
    yield data_elements("graph", _flat_attributes(graph.graph))
    for node, data in graph.nodes(data=True):
        elements = data_elements("node", _flat_attributes(data))
        yield f"<node id={_xml_attribute(node)}>\n{elements}</node>\n"
    for source, target, key, data in graph.edges(keys=True, data=True):
        flat_key, attributes = _flat_edge(source, target, key, data, timeline=False)
        yield (
            f"<edge source={_xml_attribute(source)} target={_xml_attribute(target)} "
            f"id={_xml_attribute(flat_key)}>\n{data_elements('edge', attributes)}</edge>\n"
        )
    yield "</graph></graphml>\n"


# GEXF writes these as attributes of the element itself, not as declared attributes.
_GEXF_NODE_OWN = frozenset({"label"})
_GEXF_EDGE_OWN = frozenset({"label", "weight", "start", "end", "id"})


def generate_gexf(graph: ActorGraph, *, timeline: bool = True) -> Iterator[str]:
    """Yield the GEXF 1.2 document of ``graph``, element by element.

    The document is the one networkx's ``write_gexf`` makes of ``to_flat_graph(graph,
    timeline=True)`` (edges with ids, labels, weights, start and end dates for Gephi's
    timeline, and networkx's ``networkx_key``), written as it goes.

    >>> graph = nx.MultiDiGraph()
    >>> graph.add_edge("iran", "houthis", key="supports", relation="supports",
    ...                first_date="2024-01-02", last_date="2024-03-04")
    'supports'
    >>> read = nx.read_gexf(io.BytesIO("".join(generate_gexf(graph)).encode()))
    >>> edge = read.edges["iran", "houthis"]
    >>> edge["id"], edge["start"], edge["end"]
    ('iran|supports|houthis', '2024-01-02', '2024-03-04')
    """
    from kg import __version__

    nodes = _Declarations(_GEXF_NODE_OWN)
    for _node, data in graph.nodes(data=True):
        nodes.add(data)
    edges = _edge_declarations(graph, skip=_GEXF_EDGE_OWN)
    edges.add({"networkx_key": ""})
    ids: dict[tuple[str, str], int] = {}
    for scope, declarations in (("node", nodes), ("edge", edges)):
        for name in declarations.types:
            ids[scope, name] = len(ids)
    mode = "dynamic" if timeline else "static"
    time_format = ' timeformat="date"' if timeline else ""
    yield (
        "<?xml version='1.0' encoding='utf-8'?>\n"
        '<gexf xmlns="http://www.gexf.net/1.2draft" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://www.gexf.net/1.2draft '
        'http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">\n'
        f'  <meta lastmodifieddate="{dt.date.today().isoformat()}">\n'
        f"    <creator>kg {_xml_text(__version__)}</creator>\n"
        "  </meta>\n"
        f'  <graph defaultedgetype="directed" mode="{mode}" name=""{time_format}>\n'
    )
    for scope, declarations in (("node", nodes), ("edge", edges)):
        if declarations.types:
            yield f'    <attributes mode="static" class="{scope}">\n'
            for name, kind in declarations.types.items():
                yield (
                    f'      <attribute id="{ids[scope, name]}" title={_xml_attribute(name)} '
                    f'type="{_XML_TYPES[kind]}" />\n'
                )
            yield "    </attributes>\n"

    def attvalues(scope: str, attributes: Mapping[str, Any], own: frozenset[str]) -> str:
        values = [
            f'          <attvalue for="{ids[scope, name]}" '
            f"value={_xml_attribute(_xml_value(value))} />\n"
            for name, value in attributes.items()
            if name not in own
        ]
        if not values:
            return ""
        return "        <attvalues>\n" + "".join(values) + "        </attvalues>\n"

    yield "    <nodes>\n"
    for node, data in graph.nodes(data=True):
        attributes = _flat_attributes(data)
        label = attributes.get("label", node)
        yield (
            f"      <node id={_xml_attribute(node)} label={_xml_attribute(label)}>\n"
            f"{attvalues('node', attributes, _GEXF_NODE_OWN)}      </node>\n"
        )
    yield "    </nodes>\n    <edges>\n"
    for source, target, key, data in graph.edges(keys=True, data=True):
        flat_key, attributes = _flat_edge(source, target, key, data, timeline=timeline)
        attributes["networkx_key"] = flat_key
        own = "".join(
            f" {name}={_xml_attribute(_xml_value(attributes[name]))}"
            for name in ("label", "weight", "start", "end")
            if name in attributes
        )
        yield (
            f"      <edge source={_xml_attribute(source)} target={_xml_attribute(target)} "
            f"id={_xml_attribute(flat_key)}{own}>\n"
            f"{attvalues('edge', attributes, _GEXF_EDGE_OWN)}      </edge>\n"
        )
    yield "    </edges>\n  </graph>\n</gexf>\n"


def _write_graphml(store: Store, output: IO[bytes], *, graph: ActorGraph | None = None) -> None:
    output.writelines(_chunks(generate_graphml(_resolve_graph(store, graph))))


def _write_gexf(store: Store, output: IO[bytes], *, graph: ActorGraph | None = None) -> None:
    output.writelines(_chunks(generate_gexf(_resolve_graph(store, graph))))


def _write_cytoscape(store: Store, output: IO[bytes], *, graph: ActorGraph | None = None) -> None:
    output.write(orjson.dumps(to_cytoscape(_resolve_graph(store, graph))))


def _write_d3(store: Store, output: IO[bytes], *, graph: ActorGraph | None = None) -> None:
    output.write(orjson.dumps(to_d3(_resolve_graph(store, graph))))


def _write_csv(store: Store, output: IO[bytes], *, graph: ActorGraph | None = None) -> None:
    resolved = _resolve_graph(store, graph)
    with zipfile.ZipFile(output, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for table in CSV_COLUMNS:
            text = io.StringIO(newline="")
            csv.writer(text).writerows(generate_csv_rows(resolved, table))
            entry = zipfile.ZipInfo(f"{table}.csv", date_time=_ZIP_DATE_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(entry, text.getvalue().encode("utf-8"))


_RDF_EXPORTS = (
    ("turtle", RdfFormat.TURTLE, "triple stores, rdflib, Protégé (graphs merged)"),
    ("ntriples", RdfFormat.N_TRIPLES, "triple stores, line-based tools (graphs merged)"),
    ("rdfxml", RdfFormat.RDF_XML, "older RDF tools, Protégé (graphs merged)"),
    ("nquads", RdfFormat.N_QUADS, "quad stores (named graphs kept)"),
    ("trig", RdfFormat.TRIG, "quad stores (named graphs kept)"),
    ("jsonld", RdfFormat.JSON_LD, "web and JSON tooling (named graphs kept)"),
)

EXPORTERS: Mapping[str, Exporter] = {
    exporter.name: exporter
    for exporter in (
        *(
            Exporter(
                name=name,
                media_type=format.media_type,
                extension=format.file_extension,
                consumer=consumer,
                write=_rdf_writer(format),
                rdf_format=format,
            )
            for name, format, consumer in _RDF_EXPORTS
        ),
        Exporter(
            name="graphml",
            media_type="application/graphml+xml",
            extension="graphml",
            consumer="Gephi, Cytoscape desktop, yEd",
            write=_write_graphml,
        ),
        Exporter(
            name="gexf",
            media_type="application/gexf+xml",
            extension="gexf",
            consumer="Gephi (with its timeline)",
            write=_write_gexf,
        ),
        Exporter(
            name="cytoscape",
            media_type="application/json",
            extension="cyjs",
            consumer="Cytoscape.js, Cytoscape desktop",
            write=_write_cytoscape,
        ),
        Exporter(
            name="d3",
            media_type="application/json",
            extension="json",
            consumer="D3 force layouts",
            write=_write_d3,
        ),
        Exporter(
            name="csv",
            media_type="application/zip",
            extension="zip",
            consumer="spreadsheets, pandas (nodes.csv and edges.csv)",
            write=_write_csv,
        ),
    )
}
"""The exporters by name: the one place where export formats are registered."""

EXPORT_FORMATS: tuple[str, ...] = tuple(sorted(EXPORTERS))
"""The names of the exporters, sorted."""


def get_exporter(name: str) -> Exporter:
    """Return the exporter registered as ``name``.

    Raises:
        UnknownNameError: no exporter has that name.

    >>> get_exporter("gexf").extension
    'gexf'
    """
    exporter = EXPORTERS.get(name)
    if exporter is None:
        raise UnknownNameError("exporter", name, EXPORTERS)
    return exporter


def export(store: Store, name: str, output: IO[bytes], *, graph: ActorGraph | None = None) -> None:
    """Write the export ``name`` of ``store`` to the binary stream ``output``.

    Args:
        store: the store to export.
        name: the exporter's name (see :data:`EXPORT_FORMATS`).
        output: a binary stream; it is left open.
        graph: the actor graph to write (for instance a filtered one); ``None`` builds it
            from ``store``. The RDF exporters always write the whole store.

    Raises:
        UnknownNameError: no exporter has that name.
    """
    get_exporter(name).write(store, output, graph=graph)


def write_export(
    store: Store,
    name: str,
    path: str | os.PathLike[str],
    *,
    graph: ActorGraph | None = None,
) -> Path:
    """Write the export ``name`` of ``store`` to the file ``path`` and return its path.

    The file is written next to ``path`` first and moved into place when complete, so a
    failed export leaves no truncated file behind.

    Args:
        store: the store to export.
        name: the exporter's name (see :data:`EXPORT_FORMATS`).
        path: where to write; an existing file is replaced.
        graph: as in :func:`export`.

    Raises:
        UnknownNameError: no exporter has that name.
    """
    exporter = get_exporter(name)
    return write_atomically(path, lambda output: exporter.write(store, output, graph=graph))


def write_atomically(path: str | os.PathLike[str], write: Callable[[IO[bytes]], object]) -> Path:
    """Call ``write`` on a file next to ``path``, then move it into place; return the path.

    A failed or interrupted write leaves no truncated file behind (and an existing file
    at ``path`` as it was).
    """
    target = Path(path)
    partial = target.with_name(f".{target.name}.part")
    try:
        with partial.open("wb") as output:
            write(output)
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target
