"""The service's settings, read from the environment (``KG_*``) once."""

from __future__ import annotations

from functools import lru_cache

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from kg.store import DEFAULT_STORE

__all__ = ["Settings", "get_settings"]


class Settings(BaseSettings):
    """Settings of the web service.

    Attributes:
        store: a path to the embedded store, or the URL of a SPARQL endpoint
            (``KG_STORE``).
        base_iri: the base of kg's IRIs (``KG_BASE_IRI``); kg's default when unset.
        cors_origins: origins allowed to call the API from a browser
            (``KG_CORS_ORIGINS``, a JSON list).
    """

    model_config = SettingsConfigDict(env_prefix="KG_", extra="ignore")

    store: str = DEFAULT_STORE
    base_iri: str | None = None
    cors_origins: list[str] = Field(default_factory=list)


@lru_cache
def get_settings() -> Settings:
    """Return the settings read from the environment (cached: read once)."""
    return Settings()
