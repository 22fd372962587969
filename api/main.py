"""Build the FastAPI app.

Run with ``uvicorn api.main:create_app --factory``: there is no module-level ``app``, so
importing this module opens nothing; the store is opened when the app starts.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles

from api.deps import lifespan, refuse_writes, require_api_key
from api.errors import install_error_handlers
from api.limits import BodySizeLimit
from api.routers import (
    actors,
    articles,
    curation,
    ego,
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

__all__ = ["STATIC_DIR", "create_app"]

STATIC_DIR = Path(__file__).resolve().parent / "static"
"""The viewer's files and the vendored JavaScript (listed in ``vendor/VENDORED.md``)."""

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

The analyst's viewer is at `/`: search an actor, see its network and the evidence of
each edge. It asks `/suggest` and `/ego/{actor_id}` for what it draws, never for the
whole graph.

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
        docs_url=None,
        redoc_url=None,
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
    _add_viewer(app)
    for module in (health, actors, ego, relations, paths, timeline, stats, sparql, export):
        app.include_router(module.router)
    # Declared (in the OpenAPI document too) only when there is a key to send.
    write_guard = [Depends(require_api_key)] if settings.api_key is not None else []
    if settings.read_only:
        write_guard = [Depends(refuse_writes)]
    for module in (articles, curation):
        app.include_router(module.router, dependencies=write_guard)
    return app


def _add_viewer(app: FastAPI) -> None:
    """Serve the viewer at ``/``, its files at ``/static``, and the API docs offline."""
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    index = STATIC_DIR / "index.html"

    @app.get("/", include_in_schema=False)
    def viewer() -> FileResponse:
        return FileResponse(index, media_type="text/html")

    @app.get("/docs", include_in_schema=False)
    def swagger_ui() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title=f"{app.title} - Swagger UI",
            swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
            swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
            swagger_favicon_url="/static/vendor/swagger-ui/favicon-32x32.png",
            # No badge from the public validator: nothing is fetched from another host.
            swagger_ui_parameters={"validatorUrl": None},
        )

    @app.get("/redoc", include_in_schema=False)
    def redoc() -> HTMLResponse:
        return get_redoc_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title=f"{app.title} - ReDoc",
            redoc_js_url="/static/vendor/redoc/redoc.standalone.js",
            redoc_favicon_url="/static/vendor/swagger-ui/favicon-32x32.png",
            with_google_fonts=False,
        )
