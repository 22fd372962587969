"""``GET /paths``: how two actors are connected."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import GraphDep, ReadDeadline, StoreDep
from api.errors import ERROR_RESPONSES, NOT_FOUND
from api.params import Relations
from api.schemas import ActorPathModel, PathList
from kg.query import MAX_PATH_LENGTH, shortest_paths

__all__ = ["router"]

router = APIRouter(prefix="/paths", tags=["paths"], responses=ERROR_RESPONSES)


@router.get("", response_model=PathList, responses=NOT_FOUND, summary="Shortest paths")
def find_paths(
    store: StoreDep,
    graph: GraphDep,
    deadline: ReadDeadline,
    source: Annotated[
        str,
        Query(alias="from", max_length=500, description="Where paths start.", examples=["iran"]),
    ],
    target: Annotated[
        str,
        Query(
            alias="to", max_length=500, description="Where paths end.", examples=["united-states"]
        ),
    ],
    max_length: Annotated[
        int,
        Query(ge=1, le=MAX_PATH_LENGTH, description=f"The longest path, 1 to {MAX_PATH_LENGTH}."),
    ] = 4,
    relation: Relations = None,
    directed: Annotated[
        bool,
        Query(description="Follow edges from subject to object only (default: both ways)."),
    ] = False,
    limit: Annotated[int, Query(ge=1, le=100, description="The most paths to return.")] = 10,
) -> PathList:
    """Return every shortest path (up to `limit`), each step with its edges' evidence.

    The search runs at most `KG_READ_TIMEOUT` seconds (then 503, `detail.limit` =
    `timeout`); at most `KG_READ_MAX_RUNNING` paths and exports run at once, and
    `KG_READ_MAX_PER_CLIENT` of one client (then 429, `detail.limit` = `max_per_client`).
    """
    paths = shortest_paths(
        graph,
        source,
        target,
        max_length=max_length,
        relations=[r.value for r in relation] if relation else None,
        directed=directed,
        limit=limit,
        store=store,
        deadline=deadline,
    )
    return PathList(
        source=source,
        target=target,
        length=paths[0].length if paths else None,
        count=len(paths),
        items=[ActorPathModel.model_validate(path) for path in paths],
    )
