"""``/actors``: search actors, describe one, list its relations, walk its neighbourhood."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query

from api.deps import GraphDep, StoreDep
from api.errors import ERROR_RESPONSES, NOT_FOUND
from api.params import MAX_PAGE, Cursor, EdgeFilterDep, Relations
from api.schemas import (
    ActorDetailModel,
    ActorList,
    ActorSummaryModel,
    NeighbourhoodModel,
    RelationList,
)
from kg.query import (
    MAX_DEPTH,
    actor_relations_page,
    get_actor,
    neighbourhood,
    search_actors_page,
)
from kg.types import ActorType

__all__ = ["ActorId", "router"]

router = APIRouter(prefix="/actors", tags=["actors"], responses=ERROR_RESPONSES)

ActorId = Annotated[
    str,
    Path(
        description="The actor's id, e.g. `united-states`.",
        max_length=500,
        examples=["united-states"],
    ),
]
Direction = Annotated[
    Literal["both", "out", "in"],
    Query(description="`out`: the actor is the subject; `in`: the object; or `both`."),
]


@router.get("", response_model=ActorList, summary="Search actors by name")
def list_actors(
    store: StoreDep,
    q: Annotated[
        str | None,
        Query(
            description="Text to find in labels and aliases (case-insensitive). Exact "
            "matches come first, then names starting with it, then names containing it.",
            max_length=200,
            examples=["hezbollah"],
        ),
    ] = None,
    type: Annotated[ActorType | None, Query(description="Keep actors of this type.")] = None,
    country: Annotated[
        str | None,
        Query(
            description="Keep actors of this country (ISO 3166 alpha-3).",
            pattern="^[A-Za-z]{3}$",
            examples=["IRQ"],
        ),
    ] = None,
    limit: Annotated[int, Query(ge=1, le=200, description="Page size (at most 200).")] = 20,
    cursor: Cursor = None,
) -> ActorList:
    """Search actors by label or alias, optionally filtered by type and country."""
    page = search_actors_page(
        store,
        q,
        type=type.value if type is not None else None,
        country=country,
        limit=limit,
        cursor=cursor,
    )
    items = [ActorSummaryModel.of(actor) for actor in page.items]
    return ActorList(items=items, count=len(items), limit=limit, next_cursor=page.next_cursor)


@router.get(
    "/{actor_id}",
    response_model=ActorDetailModel,
    responses=NOT_FOUND,
    summary="Describe an actor",
)
def read_actor(actor_id: ActorId, store: StoreDep, graph: GraphDep) -> ActorDetailModel:
    """Return an actor's names, type, country, external ids, degree and top relations."""
    return ActorDetailModel.of(get_actor(store, actor_id, graph=graph))


@router.get(
    "/{actor_id}/relations",
    response_model=RelationList,
    responses=NOT_FOUND,
    summary="List an actor's relations",
)
def read_actor_relations(
    actor_id: ActorId,
    store: StoreDep,
    graph: GraphDep,
    edge_filter: EdgeFilterDep,
    direction: Direction = "both",
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE, description="Page size.")] = 100,
    cursor: Cursor = None,
) -> RelationList:
    """Return the actor's edges with their evidence counts, sources and dates.

    Filters apply to each edge as a whole (an edge aggregates assertions): `modality`
    keeps edges with at least one assertion of it, `since` and `until` edges whose
    first-to-last dates overlap the period.
    """
    page = actor_relations_page(
        graph,
        actor_id,
        direction=direction,
        edge_filter=edge_filter,
        limit=limit,
        cursor=cursor,
        store=store,
    )
    return RelationList.of(page, limit, actor=actor_id, direction=direction)


@router.get(
    "/{actor_id}/neighbors",
    response_model=NeighbourhoodModel,
    responses=NOT_FOUND,
    summary="Walk an actor's neighbourhood",
)
def read_neighbours(
    actor_id: ActorId,
    store: StoreDep,
    graph: GraphDep,
    depth: Annotated[
        int, Query(ge=1, le=MAX_DEPTH, description=f"Steps to take, 1 to {MAX_DEPTH}.")
    ] = 1,
    relation: Relations = None,
    direction: Direction = "both",
    limit: Annotated[
        int, Query(ge=1, le=5000, description="The most actors to return (at most 5000).")
    ] = 200,
    edge_limit: Annotated[
        int, Query(ge=1, le=20000, description="The most edges to return (at most 20000).")
    ] = 1000,
) -> NeighbourhoodModel:
    """Return the actors within `depth` steps and the edges that reach them.

    Breadth-first from the actor; at each step the neighbours with the most evidence come
    first, so when `limit` cuts the walk short (`truncated`), the best-attested remain.
    Edges are those of the start, then of the others in the order they were reached, up
    to `edge_limit` (`truncated` too).
    """
    found = neighbourhood(
        graph,
        actor_id,
        depth=depth,
        relations=[r.value for r in relation] if relation else None,
        direction=direction,
        limit=limit,
        max_edges=edge_limit,
        store=store,
    )
    return NeighbourhoodModel.model_validate(found)
