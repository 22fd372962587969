"""Add and remove articles one request at a time, with a status for each article.

:func:`ingest_records` takes article objects in the JSON format of ``kg ingest`` (see
:mod:`kg.ingest`), runs the extraction pipeline on the good ones and writes each to its
named graph; a bad record gets an error status and the others go on.
:func:`delete_article` drops an article's graph.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from kg.errors import ArticleNotFound, IngestError
from kg.ingest import parse_article_record
from kg.pipeline import Pipeline, retract
from kg.store import Store
from kg.types import Article, Assertion

__all__ = [
    "ArticleNotFound",
    "ArticleStatus",
    "delete_article",
    "ingest_records",
]


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleStatus:
    """What became of one article of a request.

    Attributes:
        index: the article's place in the request, from 0.
        id: the article's id (given, or the hash of its text); ``None`` when the record
            is too broken to have one.
        status: ``created`` (a new article), ``replaced`` (an article with that id was
            in the store: its graph was replaced) or ``error`` (nothing was written).
        assertions: how many assertions were extracted.
        error: why the record was rejected.
    """

    index: int
    id: str | None
    status: Literal["created", "replaced", "error"]
    assertions: int = 0
    error: str | None = None


def _record_id(record: Any) -> str | None:
    value = record.get("id") if isinstance(record, dict) else None
    if not isinstance(value, str) or not value.strip():
        return None
    # Echoed in the status: a lone surrogate, which no encoding can write, is escaped.
    return value.encode("utf-8", "backslashreplace").decode("utf-8")


def ingest_records(pipeline: Pipeline, store: Store, records: Sequence[Any]) -> list[ArticleStatus]:
    """Extract and store article records; return a status per record, in order.

    Args:
        pipeline: the extraction pipeline (its model is loaded on first use).
        store: where to write.
        records: article objects (``{"id", "title", "text" | "html", "date", "url",
            "source"}``), as decoded from JSON.

    Raises:
        ModelNotFound: the pipeline's spaCy model is not installed (nothing is written).
        StoreError: the store cannot be written.
    """
    statuses: dict[int, ArticleStatus] = {}
    parsed: list[tuple[int, Article]] = []
    for index, record in enumerate(records):
        try:
            parsed.append((index, parse_article_record(record, origin=f"articles[{index}]")))
        except IngestError as err:
            statuses[index] = ArticleStatus(
                index=index, id=_record_id(record), status="error", error=err.reason
            )
    seen: set[str] = set()
    existed: dict[int, bool] = {}
    for index, article in parsed:
        existed[index] = article.id in seen or store.has_graph(store.iris.article_graph(article.id))
        seen.add(article.id)
    pending = iter(parsed)

    def record_status(article: Article, assertions: list[Assertion]) -> None:
        # The pipeline yields the articles in the order it was given them.
        index, expected = next(pending)
        assert expected.id == article.id
        statuses[index] = ArticleStatus(
            index=index,
            id=article.id,
            status="replaced" if existed[index] else "created",
            assertions=len(assertions),
        )

    if parsed:
        pipeline.ingest(store, [article for _, article in parsed], on_article=record_status)
    return [statuses[index] for index in sorted(statuses)]


def delete_article(store: Store, article_id: str) -> None:
    """Remove an article and everything extracted from it.

    Raises:
        ArticleNotFound: the store holds no article with that id.
    """
    if not retract(store, article_id):
        raise ArticleNotFound(article_id)
