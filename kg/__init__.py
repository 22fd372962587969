"""kg: build a knowledge graph of geopolitical actors from news articles."""

from kg.errors import (
    ActorNotFound,
    GazetteerError,
    IngestError,
    KGError,
    ModelNotFound,
    RemoteStoreError,
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
    "Assertion",
    "GazetteerError",
    "IngestError",
    "KGError",
    "Mention",
    "Modality",
    "ModelNotFound",
    "Relation",
    "RemoteStoreError",
    "Span",
    "StoreError",
    "UnknownNameError",
    "__version__",
]
