"""The exception tree of kg.

Every error kg raises on purpose is a ``KGError``::

    KGError
    ├── IngestError          an article could not be read (carries where it came from)
    ├── UnknownNameError     a name (format, relation, model, actor type) is not known
    ├── ActorNotFound        no actor with that id in the store
    ├── ArticleNotFound      no article with that id in the store
    ├── ModelNotFound        no usable spaCy pipeline is installed
    ├── GazetteerError       the gazetteer files are invalid
    ├── CurationError        a correction that makes no sense
    ├── InvalidCursor        a pagination cursor kg did not hand out
    ├── SparqlError          a SPARQL request that cannot be answered
    │   ├── QuerySyntaxError not a SPARQL query
    │   ├── QueryRefused     an update, or SERVICE to another host
    │   ├── QueryLimitExceeded a query hit one of the endpoint's limits
    │   │   ├── QueryTimeout     it ran longer than allowed
    │   │   └── TooManyQueries   too many queries running (in all, or of one client)
    │   └── NotAcceptable    no accepted format can hold the results
    └── StoreError           the store could not be opened, read or written
        └── RemoteStoreError the remote SPARQL endpoint failed or could not be reached
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

__all__ = [
    "ActorNotFound",
    "ArticleNotFound",
    "CurationError",
    "GazetteerError",
    "IngestError",
    "InvalidCursor",
    "KGError",
    "ModelNotFound",
    "NotAcceptable",
    "QueryLimitExceeded",
    "QueryRefused",
    "QuerySyntaxError",
    "QueryTimeout",
    "RemoteStoreError",
    "SparqlError",
    "StoreError",
    "TooManyQueries",
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


class ArticleNotFound(KGError, LookupError):
    """No article with the given id in the store."""

    def __init__(self, article_id: str) -> None:
        super().__init__(f"No article with id {article_id!r}")
        self.article_id = article_id


class CurationError(KGError, ValueError):
    """A correction that makes no sense (an actor merged into itself, a taken name...)."""


class InvalidCursor(KGError, ValueError):
    """A pagination cursor that this API did not hand out, or for another list.

    Attributes:
        cursor: the cursor as given.
    """

    def __init__(self, cursor: str, reason: str) -> None:
        super().__init__(
            f"Invalid cursor {cursor!r}: {reason}. Pass the next_cursor of the previous "
            "page, or no cursor for the first page"
        )
        self.cursor = cursor


class SparqlError(KGError):
    """A SPARQL request that cannot be answered."""


class QuerySyntaxError(SparqlError):
    """The text is not a SPARQL query."""


class QueryRefused(SparqlError):
    """The query would change the store or reach other hosts."""


class QueryLimitExceeded(SparqlError):
    """A query hit one of the limits set on queries.

    Attributes:
        limit: which limit: ``timeout`` (seconds), ``max_running`` (queries running at
            once) or ``max_per_client`` (queries of one client running at once).
        value: the limit's value.
    """

    def __init__(self, message: str, *, limit: str = "timeout", value: float | None = None):
        super().__init__(message)
        self.limit = limit
        self.value = value


class QueryTimeout(QueryLimitExceeded):
    """The query ran longer than allowed, or waited too long for a free place to run."""


class TooManyQueries(QueryLimitExceeded):
    """The client already runs as many queries as it may at once."""


class NotAcceptable(SparqlError):
    """No format the client accepts can hold the query's results.

    Attributes:
        choices: the media types that would do.
    """

    def __init__(self, accept: str, choices: Sequence[str]) -> None:
        super().__init__(f"Cannot answer with any of {accept!r}. Available: {', '.join(choices)}")
        self.choices = tuple(choices)
