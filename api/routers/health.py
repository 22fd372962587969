"""``GET /health``: is the service up, and what does it hold."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import GraphDep, StoreDep
from api.errors import ERROR_RESPONSES
from api.schemas import Health
from kg import __version__

__all__ = ["router"]

router = APIRouter(prefix="/health", tags=["health"], responses=ERROR_RESPONSES)


@router.get("", response_model=Health, summary="Service health and store statistics")
def health(store: StoreDep, graph: GraphDep) -> Health:
    """Report the store's location, its number of articles and the projection's size."""
    return Health(
        status="ok",
        version=__version__,
        store=store.location,
        articles=len(store.article_ids()),
        nodes=graph.number_of_nodes(),
        edges=graph.number_of_edges(),
    )
