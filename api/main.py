"""Build the FastAPI app.

Run with ``uvicorn api.main:create_app --factory``: there is no module-level ``app``, so
importing this module opens nothing; the store is opened when the app starts.
"""

from __future__ import annotations

from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware

from api.deps import lifespan, refuse_writes, require_api_key
from api.errors import install_error_handlers
from api.limits import BodySizeLimit
from api.routers import (
    actors,
    articles,
    curation,
    export,
    health,
    paths,
    relations,
    sparql,
    stats,
    timeline,
)
from api.settings import Settings, get_settings
from kg import __version__

__all__ = ["create_app"]

DESCRIPTION = """
A knowledge graph of geopolitical actors (states, armed groups, officials,
organisations) and what they do to each other, built from news articles. Every edge
counts the assertions behind it and leads to the sentences that make them.

- **actors**: search actors by name, describe one, list its relations, walk its
  neighbourhood; curate (merge, alias, retype);
- **relations**: edges with their evidence counts, sources and dates, and the sentences
  behind an edge;
- **paths**, **timeline**, **stats**: how two actors connect, what happened when, who
  is central;
- **sparql**: a read-only SPARQL 1.1 endpoint;
- **articles**: add, replace and remove articles;
- **export**: download the graph as RDF or for Gephi, Cytoscape, D3 or a spreadsheet;
- **health**: is the service up, and how much does it hold.

Reads are open. Writes (`POST`, `PATCH`, `DELETE`) need the API key when `KG_API_KEY`
is set, in the `X-API-Key` header (or `Authorization: Bearer KEY`); a server started
with `--read-only` (`KG_READ_ONLY`) refuses them (403).

Lists are cut into pages: pass a page's `next_cursor` as `cursor` to get the next one.
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
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes)
    if settings.cors_origins:
        # Outermost, so that errors (401, 413...) carry the CORS headers too.
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST", "PATCH", "DELETE"],
            allow_headers=["Accept", "Authorization", "Content-Type", "X-API-Key"],
            expose_headers=["Content-Disposition", "KG-Results-Truncated"],
        )
    install_error_handlers(app)
    for module in (health, actors, relations, paths, timeline, stats, sparql, export):
        app.include_router(module.router)
    # Declared (in the OpenAPI document too) only when there is a key to send.
    write_guard = [Depends(require_api_key)] if settings.api_key is not None else []
    if settings.read_only:
        write_guard = [Depends(refuse_writes)]
    for module in (articles, curation):
        app.include_router(module.router, dependencies=write_guard)
    return app
