"""kg: build a knowledge graph of geopolitical actors from news articles."""

from kg.errors import (
    ActorNotFound,
    ArticleNotFound,
    CurationError,
    GazetteerError,
    IngestError,
    InvalidCursor,
    KGError,
    ModelNotFound,
    NotAcceptable,
    QueryRefused,
    QuerySyntaxError,
    QueryTimeout,
    RemoteStoreError,
    SparqlError,
    StoreError,
    UnknownNameError,
)
from kg.types import Actor, ActorType, Article, Assertion, Mention, Modality, Relation, Span

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "ActorNotFound",
    "ActorType",
    "Article",
    "ArticleNotFound",
    "Assertion",
    "CurationError",
    "GazetteerError",
    "IngestError",
    "InvalidCursor",
    "KGError",
    "Mention",
    "Modality",
    "ModelNotFound",
    "NotAcceptable",
    "QueryRefused",
    "QuerySyntaxError",
    "QueryTimeout",
    "Relation",
    "RemoteStoreError",
    "Span",
    "SparqlError",
    "StoreError",
    "UnknownNameError",
    "__version__",
]
