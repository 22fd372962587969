"""The OpenAPI schema is valid, and the app survives schemathesis's generated requests.

schemathesis loads the schema when this module is imported (its lazy, fixture-based
loader does not work with this pytest), starting the app, so the store is made then too;
the module fixture removes it. schemathesis runs the app's lifespan itself (the store is
opened on the first request of each test and closed after it).
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from schemathesis import Case
from schemathesis.specs.openapi.checks import negative_data_rejection, positive_data_acceptance

from api.main import create_app
from tests.test_api import make_store, settings_for

# Examples per operation: enough to reach every parameter, few enough for a fast suite.
MAX_EXAMPLES = 10

# schemathesis makes no bodies of this media type by itself: some queries, some noise.
schemathesis.openapi.media_type(
    "application/sparql-query",
    st.one_of(
        st.sampled_from(
            [
                b"SELECT * WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 5",
                b"ASK { ?s ?p ?o }",
                b"CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 3",
                b"DESCRIBE <https://kg.example.org/actor/iran>",
                b"DROP ALL",
            ]
        ),
        st.binary(max_size=200),
    ),
)

_FOLDER = Path(tempfile.mkdtemp(prefix="kg-schemathesis-"))
_APP = create_app(settings_for(make_store(_FOLDER / "store"), sparql_timeout=2.0))
schema = schemathesis.openapi.from_asgi("/openapi.json", _APP)


@pytest.fixture(scope="module", autouse=True)
def _remove_the_store() -> Iterator[None]:
    yield
    shutil.rmtree(_FOLDER, ignore_errors=True)


def test_openapi_schema_is_valid() -> None:
    # Validated against the OpenAPI 3.1 meta-schema (raises when invalid)...
    schema.validate()
    # ...which does catch a broken schema.
    broken = {**schema.raw_schema, "paths": {"/x": {"get": {"responses": 1}}}}
    with pytest.raises(Exception, match="responses"):
        schemathesis.openapi.from_dict(broken).validate()


@schema.parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    derandomize=True,  # the same requests on every run: a failure is reproducible
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_api_conforms_to_its_schema(case: Case) -> None:
    # Every check but two that expect the schema to tell valid data from invalid data
    # entirely: a cursor is any string to the schema, yet only cursors the API handed out
    # are valid (422 otherwise); and pydantic reads a date such as "0" leniently.
    case.call_and_validate(excluded_checks=[positive_data_acceptance, negative_data_rejection])
