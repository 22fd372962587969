"""The API's request and response models: Pydantic at the edge, built from kg's records.

Models of kg's records read them by attribute (``Model.model_validate(record)``); a
model with an ``of`` class method adds or trims something on the way.
"""

from __future__ import annotations

from typing import Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, field_validator

from kg.export import edge_id
from kg.query import ActorDetail, ActorSummary, Page, RelationCount, RelationEdge
from kg.types import ActorType

__all__ = [
    "MAX_EDGE_ARTICLES",
    "ActorDetailModel",
    "ActorList",
    "ActorPathModel",
    "ActorSummaryModel",
    "AliasRequest",
    "ArticleRefModel",
    "ArticleStatusModel",
    "CorrectionModel",
    "CurationResult",
    "EdgeList",
    "EdgeRefModel",
    "EvidenceList",
    "EvidenceModel",
    "Health",
    "IngestResult",
    "MentionSpanModel",
    "MergeRequest",
    "NeighbourhoodModel",
    "NodeRefModel",
    "PathList",
    "PathStepModel",
    "RankedActorModel",
    "RelationCountModel",
    "RelationEdgeModel",
    "RelationList",
    "RelationPage",
    "RetypeRequest",
    "Stats",
    "Timeline",
]

MAX_EDGE_ARTICLES = 20
"""The most article ids an edge lists; ``sources`` counts them all."""

_CURSOR = "WyJyZWxhdGlvbnMiLC0yLCJhdHRhY2tlZCIsImlyYW4iLCJpcmFxIl0"
_US: dict[str, Any] = {
    "id": "united-states",
    "label": "United States",
    "type": "State",
    "country": "USA",
}
_EDGE: dict[str, Any] = {
    "id": "united-states|attacked|kataib-hezbollah",
    "subject": "united-states",
    "relation": "attacked",
    "object": "kataib-hezbollah",
    "evidence": 2,
    "sources": 2,
    "articles": ["a1", "a2"],
    "first_date": "2024-01-23",
    "last_date": "2024-02-03",
    "confidence": 0.8,
    "modalities": ["asserted"],
}
_EDGE_REF: dict[str, Any] = {
    "subject": "iran",
    "relation": "supports",
    "object": "kataib-hezbollah",
    "evidence": 1,
}
_EVIDENCE: dict[str, Any] = {
    "id": "d295f0c66c37c7644c77",
    "subject": "united-states",
    "relation": "attacked",
    "object": "kataib-hezbollah",
    "modality": "asserted",
    "confidence": 0.8,
    "date": "2024-01-23",
    "event_date": "2024-01-23",
    "article": {
        "id": "a1",
        "title": "Strikes in Iraq",
        "date": "2024-01-24",
        "url": "https://example.org/a1",
        "source": "Example News",
    },
    "sentence": {
        "text": "United States forces struck Kataib Hezbollah on Tuesday.",
        "start": 0,
        "end": 56,
    },
    "subject_mention": {"text": "United States", "start": 0, "end": 13},
    "object_mention": {"text": "Kataib Hezbollah", "start": 28, "end": 44},
    "attributed_to": "centcom",
    "location": "iraq",
    "role": None,
    "rule": "active-verb",
}


class _Record(BaseModel):
    """A model read from a kg record by attribute."""

    model_config = ConfigDict(from_attributes=True)


class Health(BaseModel):
    """The state of the service, its store and its graph projection."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "status": "ok",
                    "version": "0.1.0",
                    "store": "./kg-data",
                    "articles": 2,
                    "nodes": 5,
                    "edges": 4,
                }
            ]
        }
    )

    status: Literal["ok"] = "ok"
    version: str
    store: str = Field(description="Where the store is: a path or a SPARQL endpoint URL.")
    articles: int = Field(description="Number of articles in the store.")
    nodes: int = Field(description="Actors in the graph projection.")
    edges: int = Field(description="(subject, relation, object) edges in the projection.")


class ActorSummaryModel(BaseModel):
    """An actor as listed in search results."""

    model_config = ConfigDict(json_schema_extra={"examples": [_US]})

    id: str
    label: str
    type: str = Field(description="The actor's class: State, ArmedGroup, Person...")
    country: str | None = Field(None, description="ISO 3166 alpha-3 code.")

    @classmethod
    def of(cls, actor: ActorSummary) -> ActorSummaryModel:
        """Build the model from a library record."""
        return cls(id=actor.id, label=actor.label, type=actor.type, country=actor.country)


class ActorList(BaseModel):
    """A page of search results, best matches first."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"items": [_US], "count": 1, "limit": 20, "next_cursor": None}]
        }
    )

    items: list[ActorSummaryModel]
    count: int = Field(description="Number of items in this page.")
    limit: int
    next_cursor: str | None = Field(None, description="The cursor of the next page, if any.")


class RelationCountModel(BaseModel):
    """How often an actor takes part in one relation, in one direction."""

    relation: str
    direction: Literal["out", "in"]
    edges: int = Field(description="Distinct counterparts.")
    evidence: int = Field(description="Assertions behind those edges.")

    @classmethod
    def of(cls, count: RelationCount) -> RelationCountModel:
        """Build the model from a library record."""
        return cls(
            relation=count.relation,
            direction=count.direction,
            edges=count.edges,
            evidence=count.evidence,
        )


class ActorDetailModel(BaseModel):
    """Everything known about one actor."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    **_US,
                    "labels": ["United States"],
                    "aliases": ["US", "USA", "Washington"],
                    "wikidata": "Q30",
                    "same_as": ["http://www.wikidata.org/entity/Q30"],
                    "part_of": [],
                    "leads": [],
                    "degree": 2,
                    "in_degree": 0,
                    "out_degree": 2,
                    "top_relations": [
                        {"relation": "attacked", "direction": "out", "edges": 2, "evidence": 3}
                    ],
                }
            ]
        }
    )

    id: str
    label: str
    type: str
    country: str | None = None
    labels: list[str]
    aliases: list[str]
    wikidata: str | None = None
    same_as: list[str] = Field(description="External ids: owl:sameAs IRIs (Wikidata...).")
    part_of: list[str] = Field(description="Ids of the actors this one is a part of.")
    leads: list[str] = Field(
        default=[],
        description="For a person: ids of the armed groups the gazetteer says they lead.",
    )
    degree: int | None = None
    in_degree: int | None = None
    out_degree: int | None = None
    top_relations: list[RelationCountModel]

    @classmethod
    def of(cls, actor: ActorDetail) -> ActorDetailModel:
        """Build the model from a library record."""
        return cls(
            id=actor.id,
            label=actor.label,
            type=actor.type,
            country=actor.country,
            labels=list(actor.labels),
            aliases=list(actor.aliases),
            wikidata=actor.wikidata,
            same_as=list(actor.same_as),
            part_of=list(actor.part_of),
            leads=list(actor.leads),
            degree=actor.degree,
            in_degree=actor.in_degree,
            out_degree=actor.out_degree,
            top_relations=[RelationCountModel.of(c) for c in actor.top_relations],
        )


class RelationEdgeModel(BaseModel):
    """One edge: all asserted or alleged assertions of one (subject, relation, object)."""

    model_config = ConfigDict(json_schema_extra={"examples": [_EDGE]})

    id: str = Field(description="The edge's id, for `GET /relations/{edge}/evidence`.")
    subject: str
    relation: str
    object: str
    evidence: int = Field(description="Number of assertions behind the edge.")
    sources: int = Field(description="Number of articles they come from.")
    articles: list[str] = Field(
        description=f"Ids of the articles they come from, sorted (the first "
        f"{MAX_EDGE_ARTICLES}: the evidence endpoint lists them all)."
    )
    first_date: str | None = Field(None, description="Earliest event date (ISO 8601).")
    last_date: str | None = Field(None, description="Latest event date (ISO 8601).")
    confidence: float = Field(description="Highest confidence among the assertions.")
    modalities: list[str]

    @classmethod
    def of(cls, edge: RelationEdge) -> RelationEdgeModel:
        """Build the model from a library record."""
        return cls(
            id=edge_id(edge.subject, edge.relation, edge.object),
            subject=edge.subject,
            relation=edge.relation,
            object=edge.object,
            evidence=edge.evidence,
            sources=len(edge.articles),
            articles=list(edge.articles[:MAX_EDGE_ARTICLES]),
            first_date=edge.first_date,
            last_date=edge.last_date,
            confidence=edge.confidence,
            modalities=list(edge.modalities),
        )


class RelationPage(BaseModel):
    """A page of edges, most evidence first: what every list of edges has."""

    count: int = Field(description="Number of items in this page.")
    limit: int
    next_cursor: str | None = Field(None, description="The cursor of the next page, if any.")
    items: list[RelationEdgeModel]

    @classmethod
    def of(cls, page: Page[RelationEdge], limit: int, **fields: Any) -> Self:
        """Build the model from a page of edges; ``fields`` are the model's own."""
        return cls(
            count=len(page.items),
            limit=limit,
            next_cursor=page.next_cursor,
            items=[RelationEdgeModel.of(edge) for edge in page.items],
            **fields,
        )


class RelationList(RelationPage):
    """A page of the edges of one actor, most evidence first."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "actor": "united-states",
                    "direction": "out",
                    "count": 1,
                    "limit": 100,
                    "next_cursor": None,
                    "items": [_EDGE],
                }
            ]
        }
    )

    actor: str
    direction: Literal["both", "out", "in"]


class EdgeList(RelationPage):
    """A page of edges, most evidence first."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"count": 1, "limit": 100, "next_cursor": _CURSOR, "items": [_EDGE]}]
        }
    )


class MentionSpanModel(_Record):
    """A stretch of the article's text, by character offsets."""

    text: str
    start: int
    end: int


class ArticleRefModel(_Record):
    """The article an assertion was read from."""

    id: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None


class EvidenceModel(_Record):
    """One assertion: the sentence, its offsets, the article, date and attribution."""

    model_config = ConfigDict(json_schema_extra={"examples": [_EVIDENCE]})

    id: str = Field(description="The assertion's id.")
    subject: str
    relation: str
    object: str
    modality: str = Field(description="asserted, alleged, denied or hypothetical.")
    confidence: float
    date: str | None = Field(description="The event date, else the article's date.")
    event_date: str | None = Field(description="The date the sentence gives, if any.")
    article: ArticleRefModel
    sentence: MentionSpanModel
    subject_mention: MentionSpanModel | None = None
    object_mention: MentionSpanModel | None = None
    attributed_to: str | None = Field(None, description="Who it is attributed to (actor id).")
    location: str | None = Field(None, description="Where it happened (actor or place id).")
    role: str | None = Field(None, description="For officialOf: the office as written.")
    rule: str | None = Field(None, description="The extraction rule that found it.")


class EvidenceList(BaseModel):
    """A page of the assertions behind one edge, oldest first."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "edge": "united-states|attacked|kataib-hezbollah",
                    "subject": "united-states",
                    "relation": "attacked",
                    "object": "kataib-hezbollah",
                    "count": 1,
                    "limit": 50,
                    "next_cursor": None,
                    "items": [_EVIDENCE],
                }
            ]
        }
    )

    edge: str
    subject: str
    relation: str
    object: str
    count: int
    limit: int
    next_cursor: str | None = None
    items: list[EvidenceModel]


class NodeRefModel(_Record):
    """An actor met on a walk, with its distance from the start."""

    id: str
    label: str
    type: str
    country: str | None = None
    distance: int


class EdgeRefModel(_Record):
    """An edge met on a walk."""

    model_config = ConfigDict(json_schema_extra={"examples": [_EDGE_REF]})

    subject: str
    relation: str
    object: str
    evidence: int


class NeighbourhoodModel(_Record):
    """The actors within ``depth`` steps of an actor, and the edges walked."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "actor": "iran",
                    "depth": 1,
                    "truncated": False,
                    "nodes": [
                        {
                            "id": "iran",
                            "label": "Iran",
                            "type": "State",
                            "country": "IRN",
                            "distance": 0,
                        },
                        {
                            "id": "kataib-hezbollah",
                            "label": "Kataib Hezbollah",
                            "type": "ArmedGroup",
                            "country": "IRQ",
                            "distance": 1,
                        },
                    ],
                    "edges": [_EDGE_REF],
                }
            ]
        }
    )

    actor: str
    depth: int
    truncated: bool = Field(description="Whether actors were left out to respect `limit`.")
    nodes: list[NodeRefModel]
    edges: list[EdgeRefModel]


class PathStepModel(_Record):
    """One step of a path and every edge between its two actors."""

    source: str
    target: str
    edges: list[EdgeRefModel]


class ActorPathModel(_Record):
    """A path: its actors in order and its steps."""

    actors: list[str]
    length: int
    steps: list[PathStepModel]


class PathList(BaseModel):
    """The shortest paths between two actors."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "source": "iran",
                    "target": "united-states",
                    "length": 2,
                    "count": 1,
                    "items": [
                        {
                            "actors": ["iran", "kataib-hezbollah", "united-states"],
                            "length": 2,
                            "steps": [
                                {
                                    "source": "iran",
                                    "target": "kataib-hezbollah",
                                    "edges": [_EDGE_REF],
                                },
                                {
                                    "source": "kataib-hezbollah",
                                    "target": "united-states",
                                    "edges": [
                                        {
                                            "subject": "united-states",
                                            "relation": "attacked",
                                            "object": "kataib-hezbollah",
                                            "evidence": 2,
                                        }
                                    ],
                                },
                            ],
                        }
                    ],
                }
            ]
        }
    )

    source: str
    target: str
    length: int | None = Field(description="The length of the paths; null when none.")
    count: int
    items: list[ActorPathModel]


class Timeline(BaseModel):
    """A page of assertions by date."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "actor": "united-states",
                    "count": 1,
                    "limit": 50,
                    "next_cursor": None,
                    "items": [_EVIDENCE],
                }
            ]
        }
    )

    actor: str | None = None
    count: int
    limit: int
    next_cursor: str | None = None
    items: list[EvidenceModel]


class RankedActorModel(_Record):
    """An actor with its degree and PageRank."""

    id: str
    label: str
    type: str
    degree: int
    pagerank: float


class Stats(_Record):
    """What the store holds, and the most central actors."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "articles": 2,
                    "assertions": 6,
                    "modalities": {"asserted": 5, "alleged": 0, "denied": 1, "hypothetical": 0},
                    "actors": 5,
                    "edges": 4,
                    "relations": {"attacked": 3, "supports": 1},
                    "top_degree": [
                        {
                            "id": "united-states",
                            "label": "United States",
                            "type": "State",
                            "degree": 2,
                            "pagerank": 0.13245,
                        }
                    ],
                    "top_pagerank": [
                        {
                            "id": "kataib-hezbollah",
                            "label": "Kataib Hezbollah",
                            "type": "ArmedGroup",
                            "degree": 2,
                            "pagerank": 0.320089,
                        }
                    ],
                }
            ]
        }
    )

    articles: int
    assertions: int = Field(description="Assertions of every modality.")
    modalities: dict[str, int]
    actors: int = Field(description="Actors in at least one edge.")
    edges: int
    relations: dict[str, int] = Field(description="Edges by relation.")
    top_degree: list[RankedActorModel]
    top_pagerank: list[RankedActorModel]


class ArticleStatusModel(_Record):
    """What became of one article of the request."""

    index: int = Field(description="Its place in the request, from 0.")
    id: str | None
    status: Literal["created", "replaced", "error"]
    assertions: int = 0
    error: str | None = None


class IngestResult(BaseModel):
    """A status per article, in the order they were sent."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "count": 2,
                    "created": 1,
                    "replaced": 0,
                    "errors": 1,
                    "items": [
                        {"index": 0, "id": "a1", "status": "created", "assertions": 3},
                        {
                            "index": 1,
                            "id": None,
                            "status": "error",
                            "assertions": 0,
                            "error": "missing 'text' (or 'html')",
                        },
                    ],
                }
            ]
        }
    )

    count: int
    created: int
    replaced: int
    errors: int
    items: list[ArticleStatusModel]


def _text_only(value: str) -> str:
    """Refuse a string that is not text: a lone surrogate, or a control character."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as err:
        raise ValueError(f"a lone surrogate (U+{ord(value[err.start]):04X}) is not text") from None
    if any(ord(char) < 32 or ord(char) == 127 for char in value):
        raise ValueError("control characters (NUL, line breaks...) are not allowed here")
    return value


class MergeRequest(BaseModel):
    """Two ids of one actor: the one to keep and the one merged into it."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"keep": "kataib-hezbollah", "drop": "kataib-hizballah"}]},
    )

    keep: str = Field(min_length=1, max_length=500, description="The actor kept.")
    drop: str = Field(
        min_length=1, max_length=500, description="The actor merged into it (gone afterwards)."
    )

    _text = field_validator("keep", "drop")(_text_only)


class AliasRequest(BaseModel):
    """A name that stands for an actor."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"name": "KH"}]})

    name: str = Field(min_length=1, max_length=200, pattern=r"\S")

    _text = field_validator("name")(_text_only)


class RetypeRequest(BaseModel):
    """The actor's new type."""

    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"type": "ArmedGroup"}]}
    )

    type: ActorType


class CorrectionModel(_Record):
    """A correction as recorded in the store."""

    id: str
    kind: str = Field(description="Merge, AddAlias or Retype.")
    actor_id: str = Field(description="The actor corrected (the one kept, for a merge).")
    created: str = Field(description="When (UTC, ISO 8601).")
    merged_id: str | None = None
    merged_labels: list[str] = []
    name: str | None = None
    actor_type: str | None = None

    @field_validator("created", mode="before")
    @classmethod
    def _iso(cls, value: Any) -> Any:
        return value.isoformat() if hasattr(value, "isoformat") else value


class CurationResult(BaseModel):
    """The correction made, and the actor as it now is."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "correction": {
                        "id": "20250102T101500123456-1a2b3c",
                        "kind": "AddAlias",
                        "actor_id": "kataib-hezbollah",
                        "created": "2025-01-02T10:15:00.123456+00:00",
                        "merged_id": None,
                        "merged_labels": [],
                        "name": "KH",
                        "actor_type": None,
                    },
                    "actor": {
                        "id": "kataib-hezbollah",
                        "label": "Kataib Hezbollah",
                        "type": "ArmedGroup",
                        "country": "IRQ",
                        "labels": ["Kataib Hezbollah"],
                        "aliases": ["KH"],
                        "wikidata": None,
                        "same_as": [],
                        "part_of": [],
                        "leads": [],
                        "degree": 2,
                        "in_degree": 2,
                        "out_degree": 0,
                        "top_relations": [],
                    },
                }
            ]
        }
    )

    correction: CorrectionModel
    actor: ActorDetailModel


class EgoNodeModel(_Record):
    """An actor of an ego network."""

    id: str
    label: str
    type: str
    country: str | None = None
    distance: int = Field(description="Steps from the centre.")
    folded: list[str] = Field(
        description="With `rollup`: ids of the actors (with edges) folded into this one."
    )


class EgoEdgeModel(_Record):
    """An edge of an ego network, with what a drawing of it needs."""

    id: str = Field(description="`subject|relation|object`.")
    subject: str
    relation: str
    object: str
    family: str = Field(description="The relation's family (see `/relations/families`).")
    evidence: int = Field(description="Asserted and alleged assertions behind the edge.")
    sources: int = Field(description="Distinct articles that report it.")
    first_date: str | None = None
    last_date: str | None = None
    confidence: float
    modalities: list[str]
    edges: list[str] = Field(
        description="Ids of the edges behind it (for `/relations/{edge}/evidence`): itself, "
        "or, rolled up, those of the actors folded into its ends."
    )


class EgoNetworkModel(_Record):
    """An actor, the actors around it and the edges between them that the filters keep."""

    model_config = ConfigDict(
        from_attributes=True,
        json_schema_extra={
            "examples": [
                {
                    "actor": "iran",
                    "depth": 1,
                    "truncated": False,
                    "parts": ["islamic-revolutionary-guard-corps"],
                    "nodes": [
                        {
                            "id": "iran",
                            "label": "Iran",
                            "type": "State",
                            "country": "IRN",
                            "distance": 0,
                            "folded": [],
                        },
                        {
                            "id": "houthis",
                            "label": "Houthis",
                            "type": "ArmedGroup",
                            "country": "YEM",
                            "distance": 1,
                            "folded": [],
                        },
                    ],
                    "edges": [
                        {
                            "id": "iran|supports|houthis",
                            "subject": "iran",
                            "relation": "supports",
                            "object": "houthis",
                            "family": "support",
                            "evidence": 3,
                            "sources": 2,
                            "first_date": "2024-01-24",
                            "last_date": "2024-03-07",
                            "confidence": 0.85,
                            "modalities": ["asserted"],
                            "edges": ["iran|supports|houthis"],
                        }
                    ],
                }
            ]
        },
    )

    actor: str = Field(description="The centre (with `rollup`: what the actor rolls up to).")
    depth: int
    truncated: bool = Field(description="Whether actors or edges were left out (limits).")
    parts: list[str] = Field(description="Ids of the actors that are a part of the centre.")
    nodes: list[EgoNodeModel]
    edges: list[EgoEdgeModel]


class SuggestionModel(_Record):
    """An actor found by the start of one of its names."""

    id: str
    label: str
    type: str
    country: str | None = None
    name: str = Field(description="The label or alias that matched.")


class SuggestionList(BaseModel):
    """Actors whose names start with the prefix asked, best first."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "prefix": "hezb",
                    "items": [
                        {
                            "id": "kataib-hezbollah",
                            "label": "Kataib Hezbollah",
                            "type": "ArmedGroup",
                            "country": "IRQ",
                            "name": "Hezbollah Brigades",
                        }
                    ],
                }
            ]
        }
    )

    prefix: str
    items: list[SuggestionModel]


class RelationFamily(BaseModel):
    """A family of relations, drawn in one colour."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"name": "support", "relations": ["supports", "aided"]}]}
    )

    name: str
    relations: list[str]
