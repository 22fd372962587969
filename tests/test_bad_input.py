"""Every bad input gets a 4xx (or a per-item error) and nothing else is lost.

The API's cases run against a real uvicorn server: a table of hostile requests, requests
made by hypothesis, and schemathesis over the whole OpenAPI schema, all checked for 0
server errors. The command line's cases read a folder of mis-encoded files.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis
import uvicorn
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import Case
from schemathesis.specs.openapi.checks import negative_data_rejection, positive_data_acceptance
from typer.testing import CliRunner

from api.main import create_app
from kg.cli import app as cli
from kg.errors import IngestError
from kg.ingest import parse_article_record
from tests.test_api import free_port, make_store, settings_for

TEXT = "Iran attacked Iraq on Monday, officials said."
JSON = {"content-type": "application/json"}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    store = make_store(tmp_path_factory.mktemp("bad-input") / "store")
    app = create_app(settings_for(store, sparql_timeout=2.0, max_body_bytes=1_000_000))
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="critical", lifespan="on")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert thread.is_alive(), "the server stopped while starting"
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=20)


@pytest.fixture(scope="module")
def http(server: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server, timeout=60) as client:
        yield client


# (name, method, path, request arguments)
HOSTILE: list[tuple[str, str, str, dict[str, Any]]] = [
    ("lone surrogate", "POST", "/articles", {"content": b'{"text": "abc\\udc80"}'}),
    ("surrogate id", "POST", "/articles", {"content": b'{"id": "\\ud800", "text": "Iran."}'}),
    ("surrogate title", "POST", "/articles", {"content": b'{"title": "\\ud800", "text": "x"}'}),
    ("invalid UTF-8", "POST", "/articles", {"content": b'{"text": "abc\xff\xfe"}'}),
    ("raw NUL", "POST", "/articles", {"content": b'{"text": "a\x00b"}'}),
    ("deep JSON", "POST", "/articles", {"content": b"[" * 100_000 + b"]" * 100_000}),
    ("deep field", "POST", "/articles", {"content": b'{"x":' + b"[" * 5000 + b"]" * 5000 + b"}"}),
    ("huge number", "POST", "/articles", {"content": b'{"id": ' + b"9" * 5000 + b"}"}),
    ("NaN", "POST", "/articles", {"content": b'{"text": "Iran.", "id": NaN}'}),
    ("gzip", "POST", "/articles", {"content": b"\x1f\x8b\x08\x00", "gzip": True}),
    ("too large", "POST", "/articles", {"content": b"[" + b" " * 2_000_000 + b"]"}),
    ("not JSON", "POST", "/articles", {"content": b"<html>"}),
    ("traversal", "DELETE", "/articles/..%2F..%2Fetc%2Fpasswd", {}),
    ("NUL id", "DELETE", "/articles/a%00b", {}),
    ("bad UTF-8 id", "GET", "/actors/%ED%A0%80", {}),
    ("IRI breaker", "GET", "/actors/a%3E%20%3Cb/relations", {}),
    ("bad date", "GET", "/relations?since=2024-99-99", {}),
    ("huge limit", "GET", "/relations?limit=99999999999999999999999", {}),
    ("NaN confidence", "GET", "/relations?min_confidence=nan", {}),
    ("bad edge", "GET", "/relations/a%7Cb/evidence", {}),
    ("NUL path ends", "GET", "/paths?from=%00&to=%FF", {}),
    ("deep neighbours", "GET", "/actors/iran/neighbors?depth=99", {}),
    ("surrogate merge", "POST", "/actors/merge", {"content": b'{"keep": "\\ud800", "drop": "x"}'}),
    ("NUL alias", "POST", "/actors/iran/aliases", {"content": b'{"name": "a\\u0000b"}'}),
    ("surrogate alias", "POST", "/actors/iran/aliases", {"content": b'{"name": "\\udfff"}'}),
    ("unknown type", "PATCH", "/actors/iran", {"content": b'{"type": "Dragon"}'}),
    ("deep SPARQL", "POST", "/sparql?x=1", {"content": b"SELECT * WHERE " + b"{" * 3000}),
    ("bad UTF-8 SPARQL", "POST", "/sparql?x=1", {"content": b'ASK { ?s ?p "\xff" }'}),
    ("NUL export", "GET", "/export?format=%00", {}),
]


@pytest.mark.model
@pytest.mark.parametrize(("name", "method", "path", "kwargs"), HOSTILE, ids=[c[0] for c in HOSTILE])
def test_hostile_requests_get_4xx_answers(
    http: httpx.Client, name: str, method: str, path: str, kwargs: dict[str, Any]
) -> None:
    headers = dict(JSON)
    if "/sparql" in path:
        headers = {"content-type": "application/sparql-query"}
    if kwargs.pop("gzip", False):
        headers["content-encoding"] = "gzip"
    response = http.request(method, path, headers=headers, **kwargs)
    assert response.status_code < 500, response.text
    body = response.json()
    assert response.status_code >= 400 or body["errors"] == body["count"], body
    if response.status_code >= 400:
        assert set(body["error"]) == {"type", "message", "detail"}


@pytest.mark.model
def test_a_batch_keeps_its_good_items(http: httpx.Client) -> None:
    records = [
        {"id": "good-1", "text": TEXT},
        {"id": "../../etc/passwd", "text": TEXT},
        {"id": "surrogate", "text": "abc\udc80"},
        5,
        None,
        {"id": "bad-date", "text": TEXT, "date": "2024-13-45"},
        {"id": "good-2", "text": TEXT, "unknown": {"field": 1}},
    ]
    body = json.dumps(records).encode()  # json.dumps escapes the lone surrogate
    response = http.post("/articles", content=body, headers=JSON)
    assert response.status_code == 200, response.text
    items = response.json()["items"]
    assert [item["status"] for item in items] == [
        "created",
        "error",
        "error",
        "error",
        "error",
        "error",
        "created",
    ]
    assert "lone surrogate" in items[2]["error"]
    assert "'/'" in items[1]["error"]
    for article in ("good-1", "good-2"):
        assert http.delete(f"/articles/{article}").status_code == 204


# hypothesis: any JSON value as an article


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(st.sampled_from(["id", "text", "title", "date", "x"]), children)
    ),
    max_leaves=8,
)


@given(record=JSON_VALUES)
@settings(max_examples=100, deadline=None, derandomize=True, database=None)
def test_any_record_is_an_article_or_an_ingest_error(record: Any) -> None:
    try:
        article = parse_article_record(record)
    except IngestError:
        return
    article.text.encode("utf-8")  # text, every part of it
    assert "/" not in article.id


@pytest.mark.model
@given(
    text=st.text(min_size=0, max_size=60),
    article_id=st.one_of(st.none(), st.text(max_size=20)),
    date=st.one_of(st.none(), st.text(max_size=12)),
)
@settings(
    max_examples=5,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
def test_generated_articles_never_break_the_server(
    http: httpx.Client, text: str, article_id: str | None, date: str | None
) -> None:
    record = {"text": text, "id": article_id, "date": date}
    response = http.post("/articles", content=json.dumps(record).encode(), headers=JSON)
    assert response.status_code == 200, response.text
    (item,) = response.json()["items"]
    assert item["status"] in ("created", "error")
    if item["status"] == "created":
        assert http.delete(f"/articles/{item['id']}").status_code in (204, 404)


# schemathesis over the whole schema, against the real server


@schemathesis.serializer("application/sparql-query")
def _sparql_query(ctx: Any, value: Any) -> bytes:
    return value if isinstance(value, bytes) else str(value).encode()


schemathesis.openapi.media_type(
    "application/sparql-query",
    st.sampled_from([b"ASK { ?s ?p ?o }", b"SELECT * WHERE {", b"DROP ALL"])
    | st.binary(max_size=80),
)
_SCHEMA_APP = create_app(settings_for("unused"))
schema = schemathesis.openapi.from_dict(_SCHEMA_APP.openapi())


@pytest.mark.model
@schema.parametrize()
@settings(
    max_examples=3,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_schemathesis_finds_no_server_error(case: Case, server: str) -> None:
    # As tests/test_api_schema.py, over HTTP: every check, 5xx among them, but the two that
    # expect the schema to tell every valid value from every invalid one.
    case.call_and_validate(
        base_url=server, excluded_checks=[positive_data_acceptance, negative_data_rejection]
    )


# the command line


@pytest.mark.model
def test_cli_reports_each_bad_file_and_reads_the_rest(tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "good.txt").write_text(f"Good\n\n{TEXT}", encoding="utf-8")
    (folder / "bom.txt").write_bytes(b"\xef\xbb\xbfBOM\n\n" + TEXT.encode())
    (folder / "latin1.txt").write_bytes("Caf\xe9\n\nIran attacked Iraq.".encode("latin-1"))
    (folder / "utf16.txt").write_bytes(f"UTF-16\n\n{TEXT}".encode("utf-16"))
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02" * 10)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "lines.jsonl").write_bytes(
        b'{"id": "j1", "text": "' + TEXT.encode() + b'"}\n'
        b'{"id": "j2", "text": "abc\\udc80"}\n'
        b'{"id": "j/3", "text": "x"}\n'
        b"not json\n"
        b'{"id": "j4", "text": "\xff\xfe"}\n'
    )
    runner = CliRunner(env={"KG_STORE": None, "KG_MODEL": None})
    result = runner.invoke(cli, ["extract", "--format", "jsonl", str(folder)])
    assert result.exit_code == 1, result.output
    articles = {json.loads(line)["article"] for line in result.stdout.splitlines()}
    assert articles == {"good", "bom", "j1"}
    errors = " ".join(result.stderr.split())
    for fragment in (
        "latin1.txt",
        "utf16.txt",
        "binary.txt",
        "empty.txt",
        "lines.jsonl:2",
        "lines.jsonl:3",
        "lines.jsonl:4",
        "lines.jsonl:5",
    ):
        assert fragment in errors, fragment
