"""The service's settings, read from the environment (``KG_*``) once."""

from __future__ import annotations

from functools import lru_cache

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from kg.store import DEFAULT_STORE

__all__ = ["Settings", "get_settings"]


class Settings(BaseSettings):
    """Settings of the web service.

    Attributes:
        store: a path to the embedded store, or the URL of a SPARQL endpoint
            (``KG_STORE``).
        base_iri: the base of kg's IRIs (``KG_BASE_IRI``); kg's default when unset.
        api_key: the key that write requests must send (``KG_API_KEY``), in the
            ``X-API-Key`` header or as ``Authorization: Bearer KEY``; when unset, writes
            are open like reads.
        read_only: serve reads only (``KG_READ_ONLY``): writes are refused with 403.
        cors_origins: origins allowed to call the API from a browser
            (``KG_CORS_ORIGINS``, a JSON list; ``["*"]`` for any).
        max_body_bytes: the largest request body accepted (``KG_MAX_BODY_BYTES``).
        max_articles: the most articles one ``POST /articles`` may carry
            (``KG_MAX_ARTICLES``).
        sparql_timeout: seconds a ``/sparql`` query may run (``KG_SPARQL_TIMEOUT``).
        sparql_max_results: the most solutions or triples ``/sparql`` returns
            (``KG_SPARQL_MAX_RESULTS``).
        sparql_max_running: ``/sparql`` queries that run at once
            (``KG_SPARQL_MAX_RUNNING``); on the embedded store, worker processes.
        sparql_max_per_client: ``/sparql`` queries one client (address) may run at once
            (``KG_SPARQL_MAX_PER_CLIENT``); past it, 429.
        sparql_prestart: start the query workers with the app (``KG_SPARQL_PRESTART``;
            ``kg serve`` sets it), rather than on the first query.
        read_timeout: seconds one of the API's own expensive reads (``/paths``,
            ``/export``) may run, and, apart, wait for a place (``KG_READ_TIMEOUT``).
        read_max_running: those reads that run at once (``KG_READ_MAX_RUNNING``).
        read_max_per_client: those reads one client (address) may run at once
            (``KG_READ_MAX_PER_CLIENT``); past it, 429.
    """

    model_config = SettingsConfigDict(env_prefix="KG_", extra="ignore")

    store: str = DEFAULT_STORE
    base_iri: str | None = None
    api_key: SecretStr | None = None
    read_only: bool = False
    cors_origins: list[str] = Field(default_factory=list)
    max_body_bytes: int = Field(default=10 * 1024 * 1024, ge=1024)
    max_articles: int = Field(default=100, ge=1)
    sparql_timeout: float = Field(default=10.0, gt=0)
    sparql_max_results: int = Field(default=10_000, ge=1)
    sparql_max_running: int = Field(default=4, ge=1, le=64)
    sparql_max_per_client: int = Field(default=2, ge=1)
    sparql_prestart: bool = False
    read_timeout: float = Field(default=60.0, gt=0)
    read_max_running: int = Field(default=4, ge=1, le=64)
    read_max_per_client: int = Field(default=2, ge=1)


@lru_cache
def get_settings() -> Settings:
    """Return the settings read from the environment (cached: read once)."""
    return Settings()
