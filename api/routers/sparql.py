"""``GET|POST /sparql``: a read-only SPARQL 1.1 protocol endpoint over the store."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import parse_qs

from fastapi import APIRouter, Header, HTTPException, Query, Request, Response
from starlette.concurrency import run_in_threadpool

from api.deps import QueriesDep
from api.errors import ERROR_RESPONSES, ErrorResponse
from kg.executor import QueryExecutor
from kg.sparql import GRAPH_FORMATS, RESULT_FORMATS, QueryRefused, QuerySyntaxError

__all__ = ["router"]

router = APIRouter(prefix="/sparql", tags=["sparql"], responses=ERROR_RESPONSES)

_EXAMPLE = (
    "PREFIX kgo: <https://kg.example.org/ontology#>\n"
    "SELECT ?subject ?object WHERE { GRAPH ?g { ?subject kgo:supports ?object } } LIMIT 10"
)
_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "The results, in the format the `Accept` header asks for: SPARQL "
        "JSON (default), XML, CSV or TSV for SELECT and ASK; Turtle (default), N-Triples, "
        "RDF/XML or JSON-LD for CONSTRUCT and DESCRIBE. When the result cap cut the "
        "results short, the `KG-Results-Truncated: true` header says so.",
        "content": {media_type: {} for media_type in (*RESULT_FORMATS, *GRAPH_FORMATS)},
    },
    400: {"model": ErrorResponse, "description": "Not a SPARQL query"},
    403: {"model": ErrorResponse, "description": "An update, or a SERVICE clause"},
    406: {"model": ErrorResponse, "description": "No acceptable format for the results"},
    415: {"model": ErrorResponse, "description": "A POST body of another media type"},
    429: {
        "model": ErrorResponse,
        "description": "This client already runs KG_SPARQL_MAX_PER_CLIENT queries",
    },
    503: {
        "model": ErrorResponse,
        "description": "The query ran out of time (KG_SPARQL_TIMEOUT), or waited it out for "
        "a place (KG_SPARQL_MAX_RUNNING): `detail.limit` says which; or the store failed",
    },
}

Accept = Annotated[
    str | None,
    Header(
        description="The result formats wanted, with quality values.",
        examples=["application/sparql-results+json"],
    ),
]
GraphUris = Annotated[list[str] | None, Query(max_length=100)]


def _answer(
    queries: QueryExecutor,
    client: str | None,
    query: str,
    *,
    accept: str | None,
    default_graphs: list[str],
    named_graphs: list[str],
) -> Response:
    answer = queries.answer(
        query,
        accept=accept,
        client=client,
        default_graphs=default_graphs,
        named_graphs=named_graphs,
    )
    headers = {"KG-Results-Truncated": "true"} if answer.truncated else None
    return Response(answer.content, media_type=answer.media_type, headers=headers)


@router.get("", response_class=Response, responses=_RESPONSES, summary="Query (GET)")
def sparql_get(
    request: Request,
    queries: QueriesDep,
    query: Annotated[
        str, Query(description="A SELECT, ASK, CONSTRUCT or DESCRIBE query.", examples=[_EXAMPLE])
    ],
    default_graph_uri: Annotated[
        GraphUris, Query(alias="default-graph-uri", description="Graphs for the default graph.")
    ] = None,
    named_graph_uri: Annotated[
        GraphUris, Query(alias="named-graph-uri", description="Graphs GRAPH may read.")
    ] = None,
    accept: Accept = None,
) -> Response:
    """Run a read-only query, within a time limit and a result cap.

    A query past its time limit is stopped (503, `detail.limit` = `timeout`); at most
    `KG_SPARQL_MAX_RUNNING` queries run at once, and `KG_SPARQL_MAX_PER_CLIENT` of one
    client (429 past it).

    Updates and SERVICE clauses are refused (403). Without `default-graph-uri`, the
    embedded store's default graph is the union of all graphs; a remote store applies
    its own default (`oxigraph serve`: its default graph, unless started with
    `--union-default-graph`): `GRAPH ?g { ... }` reads both alike.
    """
    return _answer(
        queries,
        _client(request),
        query,
        accept=accept,
        default_graphs=default_graph_uri or [],
        named_graphs=named_graph_uri or [],
    )


_BODY = {
    "required": True,
    "content": {
        "application/x-www-form-urlencoded": {
            "schema": {
                "type": "object",
                "required": ["query"],
                "properties": {
                    "query": {"type": "string", "example": _EXAMPLE},
                    "default-graph-uri": {"type": "array", "items": {"type": "string"}},
                    "named-graph-uri": {"type": "array", "items": {"type": "string"}},
                },
            }
        },
        "application/sparql-query": {"schema": {"type": "string", "example": _EXAMPLE}},
    },
}


def _client(request: Request) -> str | None:
    """Return who asks, for the per-client limit: the peer's address."""
    return request.client.host if request.client is not None else None


def _text(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as err:
        raise QuerySyntaxError(f"The request body is not UTF-8 text: {err.reason}") from None


@router.post(
    "",
    response_class=Response,
    responses=_RESPONSES,
    summary="Query (POST)",
    openapi_extra={"requestBody": _BODY},
)
async def sparql_post(request: Request, executor: QueriesDep, accept: Accept = None) -> Response:
    """Run a read-only query sent as a form (`query=...`) or as `application/sparql-query`.

    As `GET /sparql`; `default-graph-uri` and `named-graph-uri` go in the form, or in
    the URL with a `application/sparql-query` body. An `update` is refused (403).
    """
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = await request.body()  # capped by the app's body size limit
    default_graphs = request.query_params.getlist("default-graph-uri")
    named_graphs = request.query_params.getlist("named-graph-uri")
    if media_type == "application/x-www-form-urlencoded":
        form = parse_qs(_text(body), keep_blank_values=True)
        if "update" in form:
            raise QueryRefused("SPARQL updates are not allowed here: this endpoint is read-only")
        queries = form.get("query", [])
        if len(queries) != 1:
            raise QuerySyntaxError(f"The form must hold one 'query', not {len(queries)}")
        query = queries[0]
        default_graphs += form.get("default-graph-uri", [])
        named_graphs += form.get("named-graph-uri", [])
    elif media_type == "application/sparql-query":
        query = _text(body)
    elif media_type == "application/sparql-update":
        raise QueryRefused("SPARQL updates are not allowed here: this endpoint is read-only")
    else:
        raise HTTPException(
            status_code=415,
            detail=f"Send the query as application/x-www-form-urlencoded or "
            f"application/sparql-query, not {media_type or 'no media type'}",
        )
    return await run_in_threadpool(
        _answer,
        executor,
        _client(request),
        query,
        accept=accept,
        default_graphs=default_graphs,
        named_graphs=named_graphs,
    )
