"""``GET /stats``: counts, and the most central actors."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import GraphDep, StoreDep
from api.errors import ERROR_RESPONSES
from api.schemas import Stats
from kg.query import graph_stats

__all__ = ["router"]

router = APIRouter(prefix="/stats", tags=["stats"], responses=ERROR_RESPONSES)


@router.get("", response_model=Stats, summary="Counts and central actors")
def read_stats(
    store: StoreDep,
    graph: GraphDep,
    top: Annotated[int, Query(ge=1, le=100, description="How many actors to rank.")] = 10,
) -> Stats:
    """Count the store and the projection; rank actors by degree and PageRank.

    Assertions are counted by modality and edges by relation; PageRank weighs edges by
    their evidence.
    """
    return Stats.model_validate(graph_stats(store, graph, top=top))
