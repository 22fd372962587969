"""Curation of actors: merge two, add an alias, change a type (writes).

The app includes this router behind the API key check when a key is set (see
:func:`api.main.create_app`). Corrections are kept in the store and applied to later
ingests too (:mod:`kg.curation`).
"""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import WriterDep
from api.errors import ERROR_RESPONSES, NOT_FOUND, WRITE_RESPONSES, ErrorResponse
from api.routers.actors import ActorId
from api.schemas import (
    ActorDetailModel,
    AliasRequest,
    CorrectionModel,
    CurationResult,
    MergeRequest,
    RetypeRequest,
)
from kg.curation import Correction, add_alias, merge_actors, retype_actor
from kg.query import get_actor

__all__ = ["router"]

router = APIRouter(
    prefix="/actors",
    tags=["curation"],
    responses={
        **ERROR_RESPONSES,
        **WRITE_RESPONSES,
        **NOT_FOUND,
        409: {"model": ErrorResponse, "description": "The correction makes no sense"},
    },
)


def _result(writer: WriterDep, correction: Correction) -> CurationResult:
    actor = get_actor(writer.store, correction.actor_id, graph=writer.graph)
    return CurationResult(
        correction=CorrectionModel.model_validate(correction),
        actor=ActorDetailModel.of(actor),
    )


@router.post("/merge", response_model=CurationResult, summary="Merge two actors")
def merge(body: MergeRequest, writer: WriterDep) -> CurationResult:
    """Merge `drop` into `keep`: every edge and assertion of `drop` becomes `keep`'s.

    `drop`'s names become aliases of `keep`, and later ingests resolve them to `keep`.
    """
    with writer.transaction() as store:
        correction = merge_actors(store, body.keep, body.drop)
    return _result(writer, correction)


@router.post("/{actor_id}/aliases", response_model=CurationResult, summary="Add an alias")
def alias(actor_id: ActorId, body: AliasRequest, writer: WriterDep) -> CurationResult:
    """Add a name that stands for the actor, in searches and in later ingests.

    An actor minted earlier from that very name is merged into this one; a name that
    already stands for another actor is refused (409: merge them instead).
    """
    with writer.transaction() as store:
        correction = add_alias(store, actor_id, body.name)
    return _result(writer, correction)


@router.patch("/{actor_id}", response_model=CurationResult, summary="Change an actor's type")
def retype(actor_id: ActorId, body: RetypeRequest, writer: WriterDep) -> CurationResult:
    """Give the actor another type, in every graph and in later ingests."""
    with writer.transaction() as store:
        correction = retype_actor(store, actor_id, body.type.value)
    return _result(writer, correction)
