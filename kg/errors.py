"""The exception tree of kg.

Every error kg raises on purpose is a ``KGError``::

    KGError
    ├── IngestError          an article could not be read (carries where it came from)
    ├── UnknownNameError     a name (format, relation, model, actor type) is not known
    ├── ActorNotFound        no actor with that id in the store
    ├── ModelNotFound        no usable spaCy pipeline is installed
    ├── GazetteerError       the gazetteer files are invalid
    └── StoreError           the store could not be opened, read or written
        └── RemoteStoreError the remote SPARQL endpoint failed or could not be reached
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = [
    "ActorNotFound",
    "GazetteerError",
    "IngestError",
    "KGError",
    "ModelNotFound",
    "RemoteStoreError",
    "StoreError",
    "UnknownNameError",
]


class KGError(Exception):
    """Base class of every error kg raises on purpose."""


class IngestError(KGError):
    """An article could not be read.

    Attributes:
        origin: where the bad record came from, as ``file`` or ``file:line``.
        reason: what is wrong with it.
    """

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason


class UnknownNameError(KGError, ValueError):
    """A name is not one of the known choices (exporter, relation, actor type...)."""

    def __init__(self, kind: str, name: str, choices: Iterable[str]) -> None:
        available = ", ".join(sorted(choices))
        super().__init__(f"No {kind} named {name!r}. Available: {available}")
        self.kind = kind
        self.name = name
        self.choices = tuple(sorted(choices))


class ActorNotFound(KGError, LookupError):
    """No actor with the given id."""

    def __init__(self, actor_id: str) -> None:
        super().__init__(f"No actor with id {actor_id!r}")
        self.actor_id = actor_id


class ModelNotFound(KGError):
    """No usable spaCy pipeline is installed."""


class GazetteerError(KGError):
    """The gazetteer files are invalid."""


class StoreError(KGError):
    """The store could not be opened, read or written."""


class RemoteStoreError(StoreError):
    """The remote SPARQL endpoint failed or could not be reached."""
