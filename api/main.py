"""Build the FastAPI app.

Run with ``uvicorn api.main:create_app --factory``: there is no module-level ``app``, so
importing this module opens nothing; the store is opened when the app starts.
"""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from api.deps import lifespan
from api.errors import install_error_handlers
from api.routers import actors, export, health
from api.settings import Settings, get_settings
from kg import __version__

__all__ = ["create_app"]

DESCRIPTION = """
A knowledge graph of geopolitical actors (states, armed groups, officials,
organisations) and what they do to each other, built from news articles. Every edge
counts the assertions behind it and names the articles they come from.

- **actors**: search actors by name, describe one, list its relations;
- **export**: download the graph as RDF or for Gephi, Cytoscape, D3 or a spreadsheet;
- **health**: is the service up, and how much does it hold.

Errors share one shape: `{"error": {"type": ..., "message": ..., "detail": ...}}`.
"""


def create_app(settings: Settings | None = None) -> FastAPI:
    """Create the app; the store named in ``settings`` is opened when the app starts.

    Args:
        settings: the settings to use; by default those read from the environment.
    """
    settings = settings or get_settings()
    app = FastAPI(
        title="kg",
        description=DESCRIPTION,
        version=__version__,
        docs_url="/docs",
        lifespan=lifespan,
    )
    app.state.settings = settings
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET"],
            allow_headers=["*"],
        )
    install_error_handlers(app)
    app.include_router(health.router)
    app.include_router(actors.router)
    app.include_router(export.router)
    return app
