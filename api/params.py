"""Query parameters shared by several endpoints, as dependency aliases."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated

from fastapi import Depends, Query
from fastapi.exceptions import RequestValidationError

from kg.query import MODALITIES, EdgeFilter
from kg.types import Relation

__all__ = [
    "MAX_PAGE",
    "Cursor",
    "EdgeFilterDep",
    "ModalityName",
    "Relations",
    "edge_filter",
]

MAX_PAGE = 1000
"""The largest page any list returns."""


class ModalityName(StrEnum):
    """How a sentence commits to an assertion (the values of :data:`kg.query.MODALITIES`)."""

    ASSERTED = "asserted"
    ALLEGED = "alleged"
    DENIED = "denied"
    HYPOTHETICAL = "hypothetical"


assert tuple(ModalityName) == MODALITIES

Cursor = Annotated[
    str | None,
    Query(
        description="Where the page starts: the `next_cursor` of the previous page (opaque).",
        max_length=2000,
    ),
]
Relations = Annotated[
    list[Relation] | None,
    Query(description="Keep only these relations (repeat the parameter for several)."),
]


def edge_filter(
    relation: Relations = None,
    since: Annotated[
        dt.date | None,
        Query(
            description="Keep edges dated on or after this day (ISO 8601).", examples=["2024-01-01"]
        ),
    ] = None,
    until: Annotated[
        dt.date | None,
        Query(description="Keep edges dated on or before this day.", examples=["2024-12-31"]),
    ] = None,
    modality: Annotated[
        list[ModalityName] | None,
        Query(
            description="Keep edges with at least one assertion of these modalities "
            "(edges exist for `asserted` and `alleged` ones only)."
        ),
    ] = None,
    min_confidence: Annotated[
        float,
        Query(ge=0.0, le=1.0, description="Keep edges whose best confidence is at least this."),
    ] = 0.0,
    min_sources: Annotated[
        int,
        Query(
            ge=1, le=1_000_000, description="Keep edges reported by at least this many articles."
        ),
    ] = 1,
    min_evidence: Annotated[
        int, Query(ge=1, le=1_000_000, description="Keep edges with at least this many assertions.")
    ] = 1,
) -> EdgeFilter:
    """Build the edge filter from the query parameters.

    Raises:
        RequestValidationError: ``since`` is after ``until``.
    """
    if since is not None and until is not None and since > until:
        raise RequestValidationError(
            [
                {
                    "loc": ("query", "since"),
                    "msg": f"since ({since}) is after until ({until})",
                    "type": "value_error",
                }
            ]
        )
    return EdgeFilter(
        relations=frozenset(r.value for r in relation) if relation else None,
        since=since,
        until=until,
        modalities=frozenset(m.value for m in modality) if modality else None,
        min_confidence=min_confidence,
        min_sources=min_sources,
        min_evidence=min_evidence,
    )


EdgeFilterDep = Annotated[EdgeFilter, Depends(edge_filter)]
