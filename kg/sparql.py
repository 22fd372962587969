"""A read-only SPARQL endpoint over the store: guard, time limit, result cap, formats.

:func:`answer_query` is what ``GET|POST /sparql`` calls; step by step:

1. :func:`check_query` parses the text with rdflib's SPARQL grammar (a parser, not a
   pattern match): an update, or a query with a ``SERVICE`` clause (which would make the
   store call other hosts), is refused; text that is not SPARQL is a syntax error.
2. The store (:meth:`kg.store.Store.query_results`) runs the query in a worker thread;
   the caller waits at most ``timeout`` seconds, and the worker stops reading results at
   the deadline. At most :data:`MAX_RUNNING` queries run at once. The embedded store
   cannot interrupt a query, so one past its deadline finishes in the background:
   :class:`kg.executor.QueryExecutor` (what the API uses) runs queries in worker
   processes instead, and kills them at the deadline.
3. At most ``max_results`` solutions (or triples) are read; the result says whether
   more were left.
4. :func:`serialize_result` writes the result in the format :func:`negotiate` chose
   (before the query ran) from the ``Accept`` header: SPARQL JSON, XML, CSV or TSV for
   solutions and booleans; Turtle, N-Triples, RDF/XML or JSON-LD for triples.

Errors, under ``KGError``::

    SparqlError
    ├── QuerySyntaxError   the text is not a SPARQL query
    ├── QueryRefused       an update, or a SERVICE clause
    ├── QueryTimeout       the query ran longer than allowed
    └── NotAcceptable      no format in the Accept header fits the query's results
"""

from __future__ import annotations

import csv
import io
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Literal
from xml.sax.saxutils import escape, quoteattr

import orjson
from pyoxigraph import (
    BlankNode,
    NamedNode,
    QueryBoolean,
    QuerySolutions,
    RdfFormat,
    Triple,
    serialize,
)
from pyoxigraph import Literal as RdfLiteral

from kg.errors import (
    KGError,
    NotAcceptable,
    QueryRefused,
    QuerySyntaxError,
    QueryTimeout,
    SparqlError,
    StoreError,
)
from kg.store import Store
from kg.vocab import PREFIXES

__all__ = [
    "GRAPH_FORMATS",
    "MAX_RUNNING",
    "RESULT_FORMATS",
    "Answer",
    "AskResult",
    "GraphResult",
    "NotAcceptable",
    "QueryForm",
    "QueryRefused",
    "QueryResult",
    "QuerySyntaxError",
    "QueryTimeout",
    "SelectResult",
    "SparqlError",
    "answer_in_thread",
    "answer_query",
    "check_query",
    "negotiate",
    "prepare_answer",
    "run_query",
    "serialize_result",
]

QueryForm = Literal["SELECT", "ASK", "CONSTRUCT", "DESCRIBE"]

RESULT_FORMATS: dict[str, str] = {
    "application/sparql-results+json": "json",
    "application/sparql-results+xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
"""Media types of solutions and booleans, preferred first."""

GRAPH_FORMATS: dict[str, RdfFormat] = {
    "text/turtle": RdfFormat.TURTLE,
    "application/n-triples": RdfFormat.N_TRIPLES,
    "application/rdf+xml": RdfFormat.RDF_XML,
    "application/ld+json": RdfFormat.JSON_LD,
}
"""Media types of triples (CONSTRUCT, DESCRIBE), preferred first."""

# Other names clients send for the same formats.
_SYNONYMS = {
    "application/json": "application/sparql-results+json",
    "application/xml": "application/sparql-results+xml",
    "text/xml": "application/sparql-results+xml",
    "text/plain": "application/n-triples",
}
_XSD_STRING = PREFIXES["xsd"] + "string"
_LANG_STRING = PREFIXES["rdf"] + "langString"
_FORMS: dict[str, QueryForm] = {
    "SelectQuery": "SELECT",
    "AskQuery": "ASK",
    "ConstructQuery": "CONSTRUCT",
    "DescribeQuery": "DESCRIBE",
}


@dataclass(frozen=True, slots=True)
class SelectResult:
    """Solutions of a SELECT query; ``truncated`` when the cap cut them short."""

    variables: tuple[str, ...]
    rows: list[tuple[Any, ...]]
    truncated: bool = False


@dataclass(frozen=True, slots=True)
class AskResult:
    """The answer of an ASK query."""

    value: bool
    truncated: bool = False


@dataclass(frozen=True, slots=True)
class GraphResult:
    """Triples of a CONSTRUCT or DESCRIBE query; ``truncated`` when the cap cut them."""

    triples: list[Triple]
    truncated: bool = False


QueryResult = SelectResult | AskResult | GraphResult

_PARSER_LOCK = threading.Lock()  # pyparsing's packrat cache is not thread-safe


def check_query(sparql: str) -> QueryForm:
    """Return the form of a read query; refuse updates and ``SERVICE`` clauses.

    >>> check_query("SELECT * WHERE { ?s ?p ?o } LIMIT 1")
    'SELECT'

    Raises:
        QueryRefused: the text is a SPARQL update, or the query has a SERVICE clause.
        QuerySyntaxError: the text is neither a query nor an update.
    """
    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    if not sparql.strip():
        raise QuerySyntaxError("Not a SPARQL query: the query is empty")
    with _PARSER_LOCK:
        try:
            tree = parseQuery(sparql)
        except RecursionError:
            raise QuerySyntaxError("The query is too deeply nested to be read") from None
        except ParseBaseException as query_error:
            try:
                parseUpdate(sparql)
            except (ParseBaseException, RecursionError):
                raise QuerySyntaxError(f"Not a SPARQL query: {query_error}") from None
            raise QueryRefused(
                "SPARQL updates are not allowed here: this endpoint is read-only. "
                "Change the store with POST /articles, DELETE /articles/{id} and the "
                "curation endpoints."
            ) from None
    try:
        names = set(_node_names(tree))
    except RecursionError:
        raise QuerySyntaxError("The query is too deeply nested to be read") from None
    if "ServiceGraphPattern" in names:
        raise QueryRefused("SERVICE clauses are not allowed: this endpoint calls no other host")
    query = tree[1]
    return _FORMS[getattr(query, "name", "SelectQuery")]


def _check_graphs(*graphs: Sequence[str]) -> None:
    for iri in (iri for group in graphs for iri in group):
        try:
            NamedNode(iri)
        except ValueError as err:
            raise QuerySyntaxError(f"Not a graph IRI: {iri!r} ({err})") from None


def _node_names(node: Any) -> Iterator[str]:
    """Yield the names of the rule nodes of an rdflib parse tree."""
    from rdflib.plugins.sparql.parserutils import CompValue

    if isinstance(node, CompValue):
        yield node.name
        for value in node.values():
            yield from _node_names(value)
    elif isinstance(node, list | tuple) or hasattr(node, "asList"):
        for value in node:
            yield from _node_names(value)


@dataclass(frozen=True, slots=True)
class Answer:
    """A serialized result: its bytes, media type, and whether the cap cut it short."""

    content: bytes
    media_type: str
    truncated: bool


def answer_query(
    store: Store,
    sparql: str,
    *,
    accept: str | None = None,
    timeout: float = 10.0,
    max_results: int = 10_000,
    default_graphs: Sequence[str] = (),
    named_graphs: Sequence[str] = (),
) -> Answer:
    """Check a query, choose the format from ``accept``, run it and serialize the result.

    The format is chosen before the query runs, so that a query whose results cannot be
    sent is not run. The query runs in a thread of this process, at most
    :data:`MAX_RUNNING` at once: on the embedded store, one that passes its deadline
    finishes in the background (:class:`kg.executor.QueryExecutor` stops it instead).

    Raises:
        QueryRefused: an update, or a SERVICE clause.
        QuerySyntaxError: not a SPARQL query.
        NotAcceptable: no format in ``accept`` fits the query's results.
        QueryTimeout: the query ran longer than ``timeout``.
        StoreError: the store failed.
    """
    return answer_in_thread(
        store,
        sparql,
        accept=accept,
        timeout=timeout,
        max_results=max_results,
        default_graphs=default_graphs,
        named_graphs=named_graphs,
        running=_RUNNING,
    )


def answer_in_thread(
    store: Store,
    sparql: str,
    *,
    accept: str | None = None,
    timeout: float = 10.0,
    max_results: int = 10_000,
    default_graphs: Sequence[str] = (),
    named_graphs: Sequence[str] = (),
    running: threading.BoundedSemaphore | None = None,
) -> Answer:
    """Answer a query as :func:`answer_query`, run in a thread; ``running`` bounds them."""
    media_type = negotiate(accept, check_query(sparql))
    _check_graphs(default_graphs, named_graphs)
    result = _run(
        store,
        sparql,
        timeout=timeout,
        max_results=max_results,
        default_graphs=default_graphs,
        named_graphs=named_graphs,
        running=running,
    )
    return Answer(serialize_result(result, media_type), media_type, result.truncated)


def prepare_answer(
    store: Store,
    sparql: str,
    *,
    accept: str | None = None,
    timeout: float = 10.0,
    max_results: int = 10_000,
    default_graphs: Sequence[str] = (),
    named_graphs: Sequence[str] = (),
) -> Answer:
    """Answer a query as :func:`answer_query`, in the calling thread.

    The deadline is checked between results only: the caller bounds the time (a
    :mod:`kg.executor` worker process, killed at the deadline).
    """
    media_type = negotiate(accept, check_query(sparql))
    _check_graphs(default_graphs, named_graphs)
    outcome = _collect(
        store,
        sparql,
        deadline=time.monotonic() + timeout,
        max_results=max_results,
        default_graphs=default_graphs,
        named_graphs=named_graphs,
    )
    if isinstance(outcome, Exception):
        raise outcome
    return Answer(serialize_result(outcome, media_type), media_type, outcome.truncated)


def run_query(
    store: Store,
    sparql: str,
    *,
    timeout: float = 10.0,
    max_results: int = 10_000,
    default_graphs: Sequence[str] = (),
    named_graphs: Sequence[str] = (),
) -> QueryResult:
    """Check and run a read query, within a time limit and a result cap.

    Args:
        store: the store.
        sparql: the query.
        timeout: seconds the query may run; the wait ends then (a query already running
            in the embedded store finishes in the background, its results unread).
        max_results: the most solutions or triples to read.
        default_graphs: the SPARQL protocol's ``default-graph-uri`` values.
        named_graphs: its ``named-graph-uri`` values.

    Raises:
        QueryRefused: an update, or a SERVICE clause.
        QuerySyntaxError: not a SPARQL query, or a graph name that is not an IRI.
        QueryTimeout: the query ran longer than ``timeout``.
        StoreError: the store failed.
    """
    check_query(sparql)
    _check_graphs(default_graphs, named_graphs)
    return _run(
        store,
        sparql,
        timeout=timeout,
        max_results=max_results,
        default_graphs=default_graphs,
        named_graphs=named_graphs,
        running=_RUNNING,
    )


MAX_RUNNING = 4
"""Queries that may run at once; a query past its time limit holds its place until done."""

_RUNNING = threading.BoundedSemaphore(MAX_RUNNING)


def _run(
    store: Store,
    sparql: str,
    *,
    timeout: float,
    max_results: int,
    default_graphs: Sequence[str],
    named_graphs: Sequence[str],
    running: threading.BoundedSemaphore | None,
) -> QueryResult:
    """Read the results in a worker thread; wait for it until the deadline.

    The worker is a daemon thread: an embedded query cannot be interrupted, so one that
    runs past its limit finishes unread, and must not keep the process from exiting.
    ``running`` (when given) is held until the thread ends.
    """
    deadline = time.monotonic() + timeout
    if running is not None and not running.acquire(timeout=timeout):
        raise QueryTimeout(
            f"The query waited {timeout:g} s for one of the {MAX_RUNNING} queries running to end",
            limit="max_running",
            value=MAX_RUNNING,
        )
    outcome: list[QueryResult | Exception] = []

    def work() -> None:
        try:
            outcome.append(
                _collect(
                    store,
                    sparql,
                    deadline=deadline,
                    max_results=max_results,
                    default_graphs=default_graphs,
                    named_graphs=named_graphs,
                )
            )
        except Exception as err:  # handed to the caller, who raises it
            outcome.append(err)
        finally:
            if running is not None:
                running.release()

    worker = threading.Thread(target=work, name="kg-sparql", daemon=True)
    worker.start()
    worker.join(max(deadline - time.monotonic(), 0.0) + 0.05)
    if not outcome or isinstance(outcome[0], QueryTimeout):
        raise QueryTimeout(
            f"The query ran longer than its time limit of {timeout:g} s",
            limit="timeout",
            value=timeout,
        )
    if isinstance(outcome[0], Exception):
        raise outcome[0]
    return outcome[0]


def _collect(
    store: Store,
    sparql: str,
    *,
    deadline: float,
    max_results: int,
    default_graphs: Sequence[str],
    named_graphs: Sequence[str],
) -> QueryResult | KGError:
    """Read up to ``max_results`` results; return an error instead of raising it."""
    try:
        with store.query_results(
            sparql,
            default_graphs=default_graphs,
            named_graphs=named_graphs,
            timeout=max(deadline - time.monotonic(), 0.001),
        ) as raw:
            if isinstance(raw, QueryBoolean):
                return AskResult(bool(raw))
            if isinstance(raw, QuerySolutions):
                variables = tuple(v.value for v in raw.variables)
                rows: list[tuple[Any, ...]] = []
                for solution in raw:
                    if time.monotonic() > deadline:
                        return QueryTimeout("The query ran longer than allowed")
                    if len(rows) == max_results:
                        return SelectResult(variables, rows, truncated=True)
                    rows.append(tuple(solution[name] for name in variables))
                return SelectResult(variables, rows)
            triples: list[Triple] = []
            for triple in raw:
                if time.monotonic() > deadline:
                    return QueryTimeout("The query ran longer than allowed")
                if len(triples) == max_results:
                    return GraphResult(triples, truncated=True)
                triples.append(Triple(triple.subject, triple.predicate, triple.object))
            return GraphResult(triples)
    except SyntaxError as err:
        return QuerySyntaxError(f"The store rejects the query: {err}")
    except (OSError, ValueError, StoreError) as err:
        if time.monotonic() >= deadline:  # a remote endpoint's timeout
            return QueryTimeout("The query ran longer than allowed")
        if isinstance(err, StoreError):
            return type(err)(str(err))
        return StoreError(f"Query failed: {err}")


def negotiate(accept: str | None, form: QueryForm) -> str:
    """Return the media type to answer a query of ``form`` with, given ``Accept``.

    Quality values are honoured; ``*/*`` (or no header) gives the first format of
    :data:`RESULT_FORMATS` or :data:`GRAPH_FORMATS`.

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", "ASK")
    'application/sparql-results+xml'

    Raises:
        NotAcceptable: no acceptable format can hold the query's results.
    """
    offered = list(GRAPH_FORMATS if form in ("CONSTRUCT", "DESCRIBE") else RESULT_FORMATS)
    if form == "ASK":  # CSV and TSV are defined for solutions only
        offered = offered[:2]
    ranges = _media_ranges(accept or "*/*")
    best: tuple[float, int, str] | None = None
    for position, media_type in enumerate(offered):
        quality = max((q for pattern, q in ranges if _matches(pattern, media_type)), default=0.0)
        if quality > 0 and (best is None or (-quality, position) < (-best[0], best[1])):
            best = (quality, position, media_type)
    if best is None:
        raise NotAcceptable(accept or "", offered)
    return best[2]


def _media_ranges(accept: str) -> list[tuple[str, float]]:
    ranges = []
    for part in accept.split(","):
        fields = [f.strip() for f in part.split(";")]
        media_type = _SYNONYMS.get(fields[0].lower(), fields[0].lower())
        if not media_type:
            continue
        quality = 1.0
        for param in fields[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        ranges.append((media_type, quality))
    return ranges


def _matches(pattern: str, media_type: str) -> bool:
    if pattern in ("*/*", media_type):
        return True
    return pattern.endswith("/*") and media_type.startswith(pattern[:-1])


def serialize_result(result: QueryResult, media_type: str) -> bytes:
    """Write a result in a media type chosen by :func:`negotiate`.

    >>> serialize_result(AskResult(True), "application/sparql-results+json")
    b'{"head":{},"boolean":true}'
    """
    if isinstance(result, GraphResult):
        format = GRAPH_FORMATS[media_type]
        prefixes = dict(PREFIXES) if format is RdfFormat.TURTLE else None
        data = serialize(result.triples, format=format, prefixes=prefixes)
        return data if data is not None else b""
    kind = RESULT_FORMATS[media_type]
    if isinstance(result, AskResult):
        if kind == "json":
            return orjson.dumps({"head": {}, "boolean": result.value})
        return (
            '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
            f"<head/><boolean>{'true' if result.value else 'false'}</boolean></sparql>\n"
        ).encode()
    return _WRITERS[kind](result)


def _json_term(term: Any) -> dict[str, Any]:
    if isinstance(term, NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, RdfLiteral):
        value: dict[str, Any] = {"type": "literal", "value": term.value}
        if term.language:
            value["xml:lang"] = term.language
        elif term.datatype.value != _XSD_STRING:
            value["datatype"] = term.datatype.value
        return value
    return {
        "type": "triple",
        "value": {
            "subject": _json_term(term.subject),
            "predicate": _json_term(term.predicate),
            "object": _json_term(term.object),
        },
    }


def _write_json(result: SelectResult) -> bytes:
    bindings = [
        {name: _json_term(term) for name, term in zip(result.variables, row, strict=True) if term}
        for row in result.rows
    ]
    return orjson.dumps(
        {"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}}
    )


def _xml_term(term: Any) -> str:
    if isinstance(term, NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, RdfLiteral):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value != _XSD_STRING:
            datatype = quoteattr(term.datatype.value)
            return f"<literal datatype={datatype}>{escape(term.value)}</literal>"
        return f"<literal>{escape(term.value)}</literal>"
    return (
        f"<triple><subject>{_xml_term(term.subject)}</subject>"
        f"<predicate>{_xml_term(term.predicate)}</predicate>"
        f"<object>{_xml_term(term.object)}</object></triple>"
    )


def _write_xml(result: SelectResult) -> bytes:
    out = io.StringIO()
    out.write('<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">')
    out.write("<head>")
    for name in result.variables:
        out.write(f"<variable name={quoteattr(name)}/>")
    out.write("</head><results>")
    for row in result.rows:
        out.write("<result>")
        for name, term in zip(result.variables, row, strict=True):
            if term is not None:
                out.write(f"<binding name={quoteattr(name)}>{_xml_term(term)}</binding>")
        out.write("</result>")
    out.write("</results></sparql>\n")
    return out.getvalue().encode("utf-8")


def _csv_term(term: Any) -> str:
    if term is None:
        return ""
    if isinstance(term, BlankNode):
        return f"_:{term.value}"
    if isinstance(term, NamedNode | RdfLiteral):
        return str(term.value)
    return str(term)


def _write_csv(result: SelectResult) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(result.variables)
    writer.writerows([_csv_term(term) for term in row] for row in result.rows)
    return out.getvalue().encode("utf-8")


def _tsv_term(term: Any) -> str:
    # N-Triples syntax, with the tab escaped too (N-Triples leaves it as it is).
    return "" if term is None else str(term).replace("\t", "\\t")


def _write_tsv(result: SelectResult) -> bytes:
    lines = ["\t".join(f"?{name}" for name in result.variables)]
    lines += ["\t".join(_tsv_term(term) for term in row) for row in result.rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


_WRITERS = {"json": _write_json, "xml": _write_xml, "csv": _write_csv, "tsv": _write_tsv}
