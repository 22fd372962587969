"""``/ego`` and ``/suggest``: what the viewer asks for, one actor's network at a time.

Neither returns more than its limits: a client draws a 10,000-actor graph one ego
network at a time and never loads it whole.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import GraphDep, StoreDep
from api.errors import ERROR_RESPONSES, NOT_FOUND
from api.params import EdgeFilterDep
from api.routers.actors import ActorId
from api.schemas import EgoNetworkModel, SuggestionList, SuggestionModel
from kg.ego import ego_network, read_part_of, suggest_actors
from kg.types import ActorType

__all__ = ["router"]

router = APIRouter(tags=["actors"], responses=ERROR_RESPONSES)


@router.get(
    "/ego/{actor_id}",
    response_model=EgoNetworkModel,
    responses=NOT_FOUND,
    summary="An actor's filtered network",
)
def read_ego_network(
    actor_id: ActorId,
    store: StoreDep,
    graph: GraphDep,
    edge_filter: EdgeFilterDep,
    depth: Annotated[int, Query(ge=1, le=3, description="Steps from the actor, 1 to 3.")] = 1,
    type: Annotated[
        list[ActorType] | None,
        Query(description="Keep neighbours of these types (repeat for several; default all)."),
    ] = None,
    rollup: Annotated[
        bool,
        Query(
            description="Fold each organisational part (`partOf`: 'Iraqi Security Forces', "
            "a command of an army) into what it is part of, merging their edges."
        ),
    ] = False,
    limit: Annotated[
        int, Query(ge=1, le=1000, description="The most actors to return (at most 1000).")
    ] = 150,
    edge_limit: Annotated[
        int, Query(ge=1, le=5000, description="The most edges to return (at most 5000).")
    ] = 1000,
) -> EgoNetworkModel:
    """Return the actors within `depth` steps through the edges the filters keep.

    The filters (`relation`, `since`, `until`, `modality`, `min_sources`...) apply to
    each edge as in `/relations`; `type` to the actors reached. Neighbours with the most
    evidence come first, so when `limit` cuts the walk (`truncated`), the best-attested
    remain. Each edge comes with its family, sources, dates and modalities, and the ids
    of the edges behind it, whose evidence `/relations/{edge}/evidence` returns.
    """
    part_of = read_part_of(store, graph)
    found = ego_network(
        graph,
        actor_id,
        depth=depth,
        edge_filter=edge_filter,
        actor_types=[t.value for t in type] if type else None,
        part_of=part_of if rollup else None,
        limit=limit,
        max_edges=edge_limit,
        store=store,
    )
    parts = sorted(part for part, wholes in part_of.items() if found.actor in wholes)
    return EgoNetworkModel(
        actor=found.actor,
        depth=found.depth,
        truncated=found.truncated,
        parts=parts,
        nodes=found.nodes,  # type: ignore[arg-type]
        edges=found.edges,  # type: ignore[arg-type]
    )


@router.get("/suggest", response_model=SuggestionList, summary="Actors by the start of a name")
def suggest(
    store: StoreDep,
    prefix: Annotated[
        str,
        Query(
            min_length=1,
            max_length=200,
            description="The start of a label or alias, or of a word of one (case-insensitive).",
            examples=["hezb"],
        ),
    ],
    limit: Annotated[int, Query(ge=1, le=50, description="The most actors to return.")] = 10,
) -> SuggestionList:
    """Return actors whose label or alias (or a word of it) starts with `prefix`.

    For autocomplete: names starting with the prefix first, labels before aliases,
    shorter names first; `name` says which name matched ('Hezbollah Brigades' for
    Kataib Hezbollah).
    """
    items = suggest_actors(store, prefix, limit=limit)
    return SuggestionList(
        prefix=prefix, items=[SuggestionModel.model_validate(item) for item in items]
    )
