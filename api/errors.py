"""Map errors to HTTP responses with one JSON shape.

Every error the API answers with has the body::

    {"error": {"type": "ActorNotFound", "message": "No actor with id 'x'", "detail": {...}}}

kg's domain errors go through one handler (:func:`kg_error_handler`): ``ActorNotFound``
is 404, ``UnknownNameError`` 422, ``StoreError`` 503, ``IngestError`` 400, any other
``KGError`` 500. Request validation errors (422) and HTTP errors (404 for an unknown
path...) are given the same shape so that clients parse one format.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict
from starlette.exceptions import HTTPException as StarletteHTTPException

from kg.errors import ActorNotFound, IngestError, KGError, StoreError, UnknownNameError

__all__ = [
    "ERROR_RESPONSES",
    "ErrorBody",
    "ErrorResponse",
    "install_error_handlers",
    "kg_error_handler",
    "status_of",
]

# Most specific first: the first class an error is an instance of decides.
_STATUS: tuple[tuple[type[KGError], int], ...] = (
    (ActorNotFound, 404),
    (UnknownNameError, 422),
    (StoreError, 503),
    (IngestError, 400),
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
    422: {"model": ErrorResponse, "description": "Invalid parameter or unknown name"},
    503: {"model": ErrorResponse, "description": "The store cannot be read"},
}


def status_of(error: KGError) -> int:
    """Return the HTTP status for a domain error."""
    for cls, status in _STATUS:
        if isinstance(error, cls):
            return status
    return 500


def _detail(error: KGError) -> Any:
    if isinstance(error, ActorNotFound):
        return {"id": error.actor_id}
    if isinstance(error, UnknownNameError):
        return {"kind": error.kind, "name": error.name, "choices": list(error.choices)}
    if isinstance(error, IngestError):
        return {"origin": error.origin, "reason": error.reason}
    return None


def _error(status: int, type: str, message: str, detail: Any = None) -> JSONResponse:
    body = ErrorResponse(error=ErrorBody(type=type, message=message, detail=detail))
    return JSONResponse(jsonable_encoder(body), status_code=status)


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
    return _error(422, "RequestValidationError", message or "Invalid request", errors)


def _http_error_handler(request: Request, exc: Exception) -> JSONResponse:
    status = exc.status_code if isinstance(exc, StarletteHTTPException) else 500
    message = str(exc.detail) if isinstance(exc, StarletteHTTPException) else str(exc)
    response = _error(status, "HTTPException", message)
    if isinstance(exc, StarletteHTTPException) and exc.headers:
        response.headers.update(exc.headers)
    return response


def install_error_handlers(app: FastAPI) -> None:
    """Register the exception handlers on ``app``."""
    app.add_exception_handler(KGError, kg_error_handler)
    app.add_exception_handler(RequestValidationError, _validation_error_handler)
    app.add_exception_handler(StarletteHTTPException, _http_error_handler)
