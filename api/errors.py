"""Map errors to HTTP responses with one JSON shape.

Every error the API answers with has the body::

    {"error": {"type": "ActorNotFound", "message": "No actor with id 'x'", "detail": {...}}}

kg's domain errors go through one handler (:func:`kg_error_handler`), by the table
``_STATUS``: ``ActorNotFound`` and ``ArticleNotFound`` are 404, ``UnknownNameError`` and
``InvalidCursor`` 422, ``CurationError`` 409, ``StoreError`` 503, ``IngestError`` 400,
the SPARQL errors 400 (syntax), 403 (an update or SERVICE), 406 (no acceptable format)
503 (time limit, with the limit named in ``detail``) and 429 (a client running too many
queries at once), any other ``KGError`` 500. Request validation errors (422), HTTP
errors (401 without the API key, 404 for an unknown path, 413 for a body too large...)
and unexpected errors (500) are given the same shape so that clients parse one format.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from kg.articles import ArticleNotFound
from kg.curation import CurationError
from kg.errors import (
    ActorNotFound,
    IngestError,
    KGError,
    ModelNotFound,
    QueryLimitExceeded,
    StoreError,
    TooManyQueries,
    UnknownNameError,
)
from kg.query import InvalidCursor
from kg.sparql import NotAcceptable, QueryRefused, QuerySyntaxError, QueryTimeout

__all__ = [
    "ERROR_RESPONSES",
    "NOT_FOUND",
    "WRITE_RESPONSES",
    "ErrorBody",
    "ErrorResponse",
    "error_response",
    "install_error_handlers",
    "kg_error_handler",
    "status_of",
]

# Most specific first: the first class an error is an instance of decides.
_STATUS: tuple[tuple[type[KGError], int], ...] = (
    (ActorNotFound, 404),
    (ArticleNotFound, 404),
    (UnknownNameError, 422),
    (InvalidCursor, 422),
    (CurationError, 409),
    (StoreError, 503),
    (IngestError, 400),
    (QuerySyntaxError, 400),
    (QueryRefused, 403),
    (NotAcceptable, 406),
    (QueryTimeout, 503),
    (TooManyQueries, 429),
    (ModelNotFound, 503),
)


class ErrorBody(BaseModel):
    """What went wrong."""

    type: str
    message: str
    detail: Any = None


class ErrorResponse(BaseModel):
    """The body of every error response."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "error": {
                        "type": "ActorNotFound",
                        "message": "No actor with id 'atlantis'",
                        "detail": {"id": "atlantis"},
                    }
                }
            ]
        }
    )

    error: ErrorBody


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    422: {"model": ErrorResponse, "description": "Invalid parameter, cursor or unknown name"},
    503: {"model": ErrorResponse, "description": "The store cannot be read"},
}
"""The errors any endpoint may answer with, for the OpenAPI documentation."""

NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorResponse, "description": "No actor (or article) with that id"}
}

WRITE_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorResponse, "description": "The body is not UTF-8 JSON"},
    401: {"model": ErrorResponse, "description": "KG_API_KEY is set: send it as X-API-Key"},
    403: {"model": ErrorResponse, "description": "The server is read-only (--read-only)"},
    413: {"model": ErrorResponse, "description": "The request body is too large"},
}


def error_response(status: int, type: str, message: str, detail: Any = None) -> JSONResponse:
    """Return an error response with the common shape (for middleware)."""
    return _error(status, type, message, detail)


def status_of(error: KGError) -> int:
    """Return the HTTP status for a domain error."""
    for cls, status in _STATUS:
        if isinstance(error, cls):
            return status
    return 500


def _detail(error: KGError) -> Any:
    if isinstance(error, ActorNotFound):
        return {"id": error.actor_id}
    if isinstance(error, ArticleNotFound):
        return {"id": error.article_id}
    if isinstance(error, InvalidCursor):
        return {"cursor": error.cursor}
    if isinstance(error, NotAcceptable):
        return {"choices": list(error.choices)}
    if isinstance(error, UnknownNameError):
        return {"kind": error.kind, "name": error.name, "choices": list(error.choices)}
    if isinstance(error, QueryLimitExceeded):
        return {"limit": error.limit, "value": error.value}
    if isinstance(error, IngestError):
        return {"origin": error.origin, "reason": error.reason}
    return None


def _error(status: int, type: str, message: str, detail: Any = None) -> JSONResponse:
    body = ErrorResponse(error=ErrorBody(type=type, message=message, detail=detail))
    return JSONResponse(_writable(jsonable_encoder(body)), status_code=status)


def _writable(value: Any) -> Any:
    """Escape lone surrogates (echoed from a bad request), which UTF-8 cannot write."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return value.encode("utf-8", "backslashreplace").decode("utf-8")
        return value
    if isinstance(value, dict):
        return {_writable(key): _writable(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_writable(item) for item in value]
    return value


def kg_error_handler(request: Request, exc: Exception) -> JSONResponse:
    """Answer a ``KGError`` with its status and the error shape."""
    if not isinstance(exc, KGError):  # pragma: no cover - registered for KGError only
        raise exc
    return _error(status_of(exc), type(exc).__name__, str(exc), _detail(exc))


def _validation_error_handler(request: Request, exc: Exception) -> JSONResponse:
    errors = exc.errors() if isinstance(exc, RequestValidationError) else []
    message = "; ".join(
        f"{'.'.join(map(str, e.get('loc', ())))}: {e.get('msg', '')}" for e in errors
    )
    for error in errors:  # a validator's own error comes as an exception object
        if isinstance(error.get("ctx"), dict):
            error["ctx"] = {
                key: value if isinstance(value, str | int | float | bool | None) else str(value)
                for key, value in error["ctx"].items()
            }
    return _error(422, "RequestValidationError", message or "Invalid request", errors)


def _allowed_methods(request: Request) -> str:
    """Return every method the routes of the request's path allow, for ``Allow``."""
    methods: set[str] = set()
    for route in request.app.router.routes:
        match, _ = route.matches(request.scope)
        if match is not Match.NONE:
            methods |= getattr(route, "methods", None) or set()
    return ", ".join(sorted(methods))


def _http_error_handler(request: Request, exc: Exception) -> JSONResponse:
    status = exc.status_code if isinstance(exc, StarletteHTTPException) else 500
    message = str(exc.detail) if isinstance(exc, StarletteHTTPException) else str(exc)
    response = _error(status, "HTTPException", message)
    if isinstance(exc, StarletteHTTPException) and exc.headers:
        response.headers.update(exc.headers)
    if status == 405:
        # Starlette names the methods of the first route of the path only; a path with a
        # GET route and a POST route allows both.
        response.headers["Allow"] = _allowed_methods(request)
    return response


def _unexpected_error_handler(request: Request, exc: Exception) -> JSONResponse:
    # Starlette still re-raises the error after this answer, so it is logged.
    return _error(500, "InternalServerError", "An unexpected error occurred")


def install_error_handlers(app: FastAPI) -> None:
    """Register the exception handlers on ``app``."""
    app.add_exception_handler(KGError, kg_error_handler)
    app.add_exception_handler(RequestValidationError, _validation_error_handler)
    app.add_exception_handler(StarletteHTTPException, _http_error_handler)
    app.add_exception_handler(Exception, _unexpected_error_handler)
