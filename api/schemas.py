"""The API's response models: Pydantic at the edge, built from kg's records."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from kg.query import ActorDetail, ActorSummary, RelationCount, RelationEdge

__all__ = [
    "ActorDetailModel",
    "ActorList",
    "ActorSummaryModel",
    "Health",
    "RelationCountModel",
    "RelationEdgeModel",
    "RelationList",
]

_US: dict[str, Any] = {
    "id": "united-states",
    "label": "United States",
    "type": "State",
    "country": "USA",
}
_EDGE: dict[str, Any] = {
    "subject": "united-states",
    "relation": "attacked",
    "object": "kataib-hezbollah",
    "evidence": 2,
    "articles": ["a1", "a2"],
    "first_date": "2024-01-23",
    "last_date": "2024-02-03",
    "confidence": 0.8,
    "modalities": ["asserted"],
}


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
        json_schema_extra={"examples": [{"items": [_US], "count": 1, "limit": 20, "offset": 0}]}
    )

    items: list[ActorSummaryModel]
    count: int = Field(description="Number of items in this page.")
    limit: int
    offset: int


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
                    "part_of": [],
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
    part_of: list[str] = Field(description="Ids of the actors this one is a part of.")
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
            part_of=list(actor.part_of),
            degree=actor.degree,
            in_degree=actor.in_degree,
            out_degree=actor.out_degree,
            top_relations=[RelationCountModel.of(c) for c in actor.top_relations],
        )


class RelationEdgeModel(BaseModel):
    """One edge: all asserted or alleged assertions of one (subject, relation, object)."""

    model_config = ConfigDict(json_schema_extra={"examples": [_EDGE]})

    subject: str
    relation: str
    object: str
    evidence: int = Field(description="Number of assertions behind the edge.")
    articles: list[str] = Field(description="Ids of the articles they come from.")
    first_date: str | None = Field(None, description="Earliest event date (ISO 8601).")
    last_date: str | None = Field(None, description="Latest event date (ISO 8601).")
    confidence: float = Field(description="Highest confidence among the assertions.")
    modalities: list[str]

    @classmethod
    def of(cls, edge: RelationEdge) -> RelationEdgeModel:
        """Build the model from a library record."""
        return cls(
            subject=edge.subject,
            relation=edge.relation,
            object=edge.object,
            evidence=edge.evidence,
            articles=list(edge.articles),
            first_date=edge.first_date,
            last_date=edge.last_date,
            confidence=edge.confidence,
            modalities=list(edge.modalities),
        )


class RelationList(BaseModel):
    """The edges of one actor, most evidence first."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "actor": "united-states",
                    "direction": "out",
                    "relation": "attacked",
                    "count": 1,
                    "items": [_EDGE],
                }
            ]
        }
    )

    actor: str
    direction: Literal["both", "out", "in"]
    relation: str | None = None
    count: int
    items: list[RelationEdgeModel]
