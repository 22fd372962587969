"""``GET /export``: the graph as a file, in any of kg's export formats."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from typing import IO, Annotated, Any, cast

from fastapi import APIRouter, Query
from fastapi.exceptions import RequestValidationError
from fastapi.responses import StreamingResponse

from api.deps import GraphDep, ReadDeadline, StoreDep
from api.errors import ERROR_RESPONSES, NOT_FOUND
from api.params import EdgeFilterDep
from kg.ego import ego_network, ego_subgraph
from kg.executor import DeadlineOutput
from kg.export import EXPORT_FORMATS, export, get_exporter
from kg.query import EdgeFilter, filter_projection

__all__ = ["router"]

router = APIRouter(prefix="/export", tags=["export"], responses=ERROR_RESPONSES)

_CHUNK = 64 * 1024
_SPOOL = 8 * 1024 * 1024  # exports up to this size stay in memory, larger ones go to disk
_NO_FILTER = EdgeFilter()


def _media_types() -> dict[str, Any]:
    return {get_exporter(name).media_type: {} for name in EXPORT_FORMATS}


def _chunks(file: IO[bytes]) -> Iterator[bytes]:
    with file:
        while chunk := file.read(_CHUNK):
            yield chunk


@router.get(
    "",
    response_class=StreamingResponse,
    summary="Export the graph",
    responses={
        200: {"description": "The export, as a file.", "content": _media_types()},
        **NOT_FOUND,
    },
)
def export_graph(
    store: StoreDep,
    graph: GraphDep,
    deadline: ReadDeadline,
    edge_filter: EdgeFilterDep,
    format: Annotated[
        str,
        Query(
            description="The export format: " + ", ".join(EXPORT_FORMATS) + ". The RDF "
            "formats hold the whole store; the graph formats (graphml, gexf, cytoscape, "
            "d3, csv) hold the projection, which the other parameters filter.",
            json_schema_extra={"enum": list(EXPORT_FORMATS)},
            examples=["gexf"],
        ),
    ] = "turtle",
    actor: Annotated[
        str | None,
        Query(
            max_length=500,
            description="Export only this actor's network (graph formats): the actors within "
            "`depth` steps through the edges the filters keep, as `/ego/{actor_id}` returns.",
            examples=["iran"],
        ),
    ] = None,
    depth: Annotated[int, Query(ge=1, le=3, description="Steps from `actor`, 1 to 3.")] = 1,
) -> StreamingResponse:
    """Stream the store (RDF formats) or the projection (graph formats) as a download.

    The export is written to a spooled temporary file (in memory up to 8 MB, on disk
    beyond) before the first byte is sent, so that an unknown format or a store failure
    is answered with an error status instead of a truncated download, and a large export
    never sits whole in memory.

    Writing it takes at most `KG_READ_TIMEOUT` seconds (then 503, `detail.limit` =
    `timeout`: the export is stopped); at most `KG_READ_MAX_RUNNING` paths and exports
    run at once, and `KG_READ_MAX_PER_CLIENT` of one client (then 429).
    """
    exporter = get_exporter(format)
    if exporter.rdf_format is not None and (edge_filter != _NO_FILTER or actor is not None):
        raise RequestValidationError(
            [
                {
                    "loc": ("query", "format"),
                    "msg": f"{format} exports the whole store: filters and actor apply to the "
                    "graph formats (graphml, gexf, cytoscape, d3, csv)",
                    "type": "value_error",
                }
            ]
        )
    if actor is not None:
        projection = ego_subgraph(
            graph, ego_network(graph, actor, depth=depth, edge_filter=edge_filter, store=store)
        )
    elif edge_filter == _NO_FILTER:
        projection = graph
    else:
        projection = filter_projection(graph, edge_filter, deadline=deadline)
    deadline.check()
    spool = tempfile.SpooledTemporaryFile(max_size=_SPOOL)  # noqa: SIM115 - closed by _chunks
    try:
        output = cast(IO[bytes], DeadlineOutput(spool, deadline))  # a binary stream
        export(store, format, output, graph=projection)
    except BaseException:
        spool.close()
        raise
    spool.seek(0)
    filename = f"kg.{exporter.extension.lstrip('.')}"
    return StreamingResponse(
        _chunks(spool),
        media_type=exporter.media_type,
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
