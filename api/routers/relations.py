"""``/relations``: the projection's edges, and the evidence behind one edge."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query
from fastapi.exceptions import RequestValidationError

from api.deps import GraphDep, StoreDep
from api.errors import ERROR_RESPONSES, NOT_FOUND
from api.params import MAX_PAGE, Cursor, EdgeFilterDep, ModalityName
from api.schemas import EdgeList, EvidenceList, EvidenceModel, RelationFamily
from kg.ego import RELATION_FAMILIES
from kg.evidence import edge_evidence, parse_edge_id
from kg.query import relations_page

__all__ = ["router"]

router = APIRouter(prefix="/relations", tags=["relations"], responses=ERROR_RESPONSES)

ActorParam = Annotated[
    str | None, Query(max_length=500, description="An actor id.", examples=["iran"])
]


@router.get("", response_model=EdgeList, responses=NOT_FOUND, summary="List edges")
def list_relations(
    store: StoreDep,
    graph: GraphDep,
    edge_filter: EdgeFilterDep,
    subject: ActorParam = None,
    object: ActorParam = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE, description="Page size.")] = 100,
    cursor: Cursor = None,
) -> EdgeList:
    """Return aggregated edges, most evidence first: evidence count, sources, dates.

    `subject` and `object` pick the edges of one actor or of one pair; the other
    filters apply to each edge as a whole, as in `/actors/{id}/relations`.
    """
    page = relations_page(
        graph,
        subject=subject,
        object=object,
        edge_filter=edge_filter,
        limit=limit,
        cursor=cursor,
        store=store,
    )
    return EdgeList.of(page, limit)


@router.get("/families", response_model=list[RelationFamily], summary="Relation families")
def list_families() -> list[RelationFamily]:
    """Return the relation families (violence, pressure, cooperation, support, structure).

    Every relation is in one family; the viewer draws a family in one colour.
    """
    return [
        RelationFamily(name=name, relations=list(relations))
        for name, relations in RELATION_FAMILIES.items()
    ]


@router.get(
    "/{edge}/evidence",
    response_model=EvidenceList,
    responses=NOT_FOUND,
    summary="The assertions behind an edge",
)
def read_evidence(
    edge: Annotated[
        str,
        Path(
            description="The edge id `subject|relation|object` (the `id` of an edge; "
            "`|` may be sent as `%7C`).",
            max_length=1000,
            examples=["united-states|attacked|kataib-hezbollah"],
        ),
    ],
    store: StoreDep,
    modality: Annotated[
        list[ModalityName] | None,
        Query(
            description="Keep these modalities; by default asserted and alleged, the "
            "assertions the edge counts. Ask for `denied` to see denials."
        ),
    ] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE, description="Page size.")] = 50,
    cursor: Cursor = None,
) -> EvidenceList:
    """Return the sentences, articles, dates, offsets and attributions behind an edge."""
    try:
        subject, relation, obj = parse_edge_id(edge)
    except ValueError as err:
        raise RequestValidationError(
            [{"loc": ("path", "edge"), "msg": str(err), "type": "value_error"}]
        ) from err
    page = edge_evidence(
        store,
        subject,
        relation,
        obj,
        modalities=[m.value for m in modality] if modality else ("asserted", "alleged"),
        limit=limit,
        cursor=cursor,
    )
    return EvidenceList(
        edge=edge,
        subject=subject,
        relation=relation,
        object=obj,
        count=len(page.items),
        limit=limit,
        next_cursor=page.next_cursor,
        items=[EvidenceModel.model_validate(item) for item in page.items],
    )
