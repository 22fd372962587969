"""``/actors``: search actors, describe one, list its relations."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query

from api.deps import GraphDep, StoreDep
from api.errors import ERROR_RESPONSES, ErrorResponse
from api.schemas import (
    ActorDetailModel,
    ActorList,
    ActorSummaryModel,
    RelationEdgeModel,
    RelationList,
)
from kg.query import actor_relations, get_actor, search_actors
from kg.types import ActorType, Relation

__all__ = ["router"]

router = APIRouter(prefix="/actors", tags=["actors"], responses=ERROR_RESPONSES)

_NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorResponse, "description": "No actor with that id"}
}

ActorId = Annotated[
    str, Path(description="The actor's id, e.g. `united-states`.", examples=["united-states"])
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
    limit: Annotated[int, Query(ge=1, le=200, description="Page size.")] = 20,
    offset: Annotated[int, Query(ge=0, description="Results to skip.")] = 0,
) -> ActorList:
    """Search actors by label or alias, optionally filtered by type and country."""
    actors = search_actors(
        store,
        q,
        type=type.value if type is not None else None,
        country=country,
        limit=limit,
        offset=offset,
    )
    items = [ActorSummaryModel.of(actor) for actor in actors]
    return ActorList(items=items, count=len(items), limit=limit, offset=offset)


@router.get(
    "/{actor_id}",
    response_model=ActorDetailModel,
    responses=_NOT_FOUND,
    summary="Describe an actor",
)
def read_actor(actor_id: ActorId, store: StoreDep, graph: GraphDep) -> ActorDetailModel:
    """Return an actor's names, type, country, links, degree and most frequent relations."""
    return ActorDetailModel.of(get_actor(store, actor_id, graph=graph))


@router.get(
    "/{actor_id}/relations",
    response_model=RelationList,
    responses=_NOT_FOUND,
    summary="List an actor's relations",
)
def read_actor_relations(
    actor_id: ActorId,
    store: StoreDep,
    graph: GraphDep,
    direction: Annotated[
        Literal["both", "out", "in"],
        Query(description="`out`: the actor is the subject; `in`: the object; or `both`."),
    ] = "both",
    relation: Annotated[Relation | None, Query(description="Keep only this relation.")] = None,
) -> RelationList:
    """Return the actor's edges with their evidence counts, sources and dates."""
    name = relation.value if relation is not None else None
    edges = actor_relations(graph, actor_id, direction=direction, relation=name, store=store)
    return RelationList(
        actor=actor_id,
        direction=direction,
        relation=name,
        count=len(edges),
        items=[RelationEdgeModel.of(edge) for edge in edges],
    )
