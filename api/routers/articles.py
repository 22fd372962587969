"""``/articles``: add, replace and remove articles.

Every route here writes: the app includes this router behind the API key check when a
key is set (see :func:`api.main.create_app`).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Path, Response
from fastapi.exceptions import RequestValidationError

from api.deps import SettingsDep, WriterDep
from api.errors import ERROR_RESPONSES, NOT_FOUND, WRITE_RESPONSES
from api.schemas import ArticleStatusModel, IngestResult
from kg.articles import delete_article, ingest_records

__all__ = ["router"]

router = APIRouter(
    prefix="/articles",
    tags=["articles"],
    responses={**ERROR_RESPONSES, **WRITE_RESPONSES},
)

_ARTICLE = {
    "id": "us-strikes-iraq-militia",
    "title": "US strikes Iran-backed militia in Iraq",
    "text": "US forces struck Kataib Hezbollah in Iraq on Tuesday, the Pentagon said.",
    "date": "2024-01-24",
    "url": "https://example.org/us-strikes",
    "source": "Example News",
}

Articles = Annotated[
    list[Any] | dict[str, Any],
    Body(
        description="One article, or a list of them, in the JSON format of `kg ingest`: "
        '`{"id", "title", "text" | "html", "date", "url", "source"}`; `id` is optional (a '
        "hash of the text is used), `date` is YYYY-MM-DD. A bad record gets an error status "
        "and the others are ingested.",
        openapi_examples={
            "one": {"summary": "One article", "value": _ARTICLE},
            "many": {
                "summary": "Several, one of them bad",
                "value": [_ARTICLE, {"id": "empty", "title": "No text"}],
            },
        },
    ),
]


@router.post("", response_model=IngestResult, summary="Add or replace articles")
def post_articles(body: Articles, writer: WriterDep, settings: SettingsDep) -> IngestResult:
    """Extract assertions from articles and store them, each in its own graph.

    An article whose id is already in the store is replaced (`replaced`). The graph
    projection is updated afterwards, so reads see the new edges at once. The spaCy
    model is loaded on the first request (about a second).
    """
    records = body if isinstance(body, list) else [body]
    if len(records) > settings.max_articles:
        raise RequestValidationError(
            [
                {
                    "loc": ("body",),
                    "msg": f"At most {settings.max_articles} articles per request, "
                    f"not {len(records)}",
                    "type": "too_long",
                }
            ]
        )
    with writer.transaction(incremental=True) as store:
        statuses = ingest_records(writer.pipeline, store, records)
    items = [ArticleStatusModel.model_validate(status) for status in statuses]
    return IngestResult(
        count=len(items),
        created=sum(item.status == "created" for item in items),
        replaced=sum(item.status == "replaced" for item in items),
        errors=sum(item.status == "error" for item in items),
        items=items,
    )


@router.delete(
    "/{article_id}",
    status_code=204,
    response_class=Response,
    responses=NOT_FOUND,
    summary="Remove an article",
)
def remove_article(
    article_id: Annotated[
        str,
        Path(max_length=500, description="The article's id.", examples=["us-strikes-iraq-militia"]),
    ],
    writer: WriterDep,
) -> Response:
    """Remove an article and everything extracted from it; the projection follows."""
    with writer.transaction(incremental=True) as store:
        delete_article(store, article_id)
    return Response(status_code=204)
