"""``GET /timeline``: assertions by date."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.exceptions import RequestValidationError

from api.deps import StoreDep
from api.errors import ERROR_RESPONSES, NOT_FOUND
from api.params import MAX_PAGE, Cursor, ModalityName, Relations
from api.schemas import EvidenceModel, Timeline
from kg.evidence import timeline

__all__ = ["router"]

router = APIRouter(prefix="/timeline", tags=["timeline"], responses=ERROR_RESPONSES)


@router.get("", response_model=Timeline, responses=NOT_FOUND, summary="Assertions by date")
def read_timeline(
    store: StoreDep,
    actor: Annotated[
        str | None,
        Query(
            max_length=500,
            description="Keep assertions where this actor is the subject or the object.",
            examples=["united-states"],
        ),
    ] = None,
    since: Annotated[
        dt.date | None, Query(description="From this day (ISO 8601).", examples=["2024-01-01"])
    ] = None,
    until: Annotated[
        dt.date | None, Query(description="To this day, included.", examples=["2024-12-31"])
    ] = None,
    relation: Relations = None,
    modality: Annotated[
        list[ModalityName] | None, Query(description="Keep these modalities (default: all).")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE, description="Page size.")] = 50,
    cursor: Cursor = None,
) -> Timeline:
    """Return assertions (every modality, unless filtered) oldest first.

    The date of an assertion is the event date its sentence gives, else its article's
    date; with `since` or `until`, undated assertions are left out.
    """
    if since is not None and until is not None and since > until:
        raise RequestValidationError(
            [{"loc": ("query", "since"), "msg": "since is after until", "type": "value_error"}]
        )
    page = timeline(
        store,
        actor,
        since=since,
        until=until,
        relations=[r.value for r in relation] if relation else None,
        modalities=[m.value for m in modality] if modality else None,
        limit=limit,
        cursor=cursor,
    )
    return Timeline(
        actor=actor,
        count=len(page.items),
        limit=limit,
        next_cursor=page.next_cursor,
        items=[EvidenceModel.model_validate(item) for item in page.items],
    )
