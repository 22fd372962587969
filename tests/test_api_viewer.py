"""The endpoints the viewer uses, the viewer's files and the offline API docs."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from api.main import STATIC_DIR, create_app
from kg.types import Relation
from tests.test_api import make_store, settings_for

if TYPE_CHECKING:
    from fastapi.testclient import TestClient


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    from fastapi.testclient import TestClient

    path = make_store(tmp_path_factory.mktemp("viewer") / "store")
    with TestClient(create_app(settings_for(path))) as test_client:
        yield test_client


def test_ego_endpoint(client: TestClient) -> None:
    ego = client.get("/ego/kataib-hezbollah").json()
    assert ego["actor"] == "kataib-hezbollah"
    assert {n["id"] for n in ego["nodes"]} == {"kataib-hezbollah", "united-states", "iran"}
    first = ego["edges"][0]
    assert first["id"] == "united-states|attacked|kataib-hezbollah"
    assert (first["family"], first["sources"], first["evidence"]) == ("violence", 2, 2)
    assert first["edges"] == [first["id"]]
    filtered = client.get(
        "/ego/kataib-hezbollah", params={"min_sources": 2, "modality": "asserted"}
    ).json()
    assert [e["id"] for e in filtered["edges"]] == [first["id"]]
    supports = client.get("/ego/kataib-hezbollah", params={"relation": "supports"}).json()
    assert [e["relation"] for e in supports["edges"]] == ["supports"]
    states = client.get("/ego/houthis", params={"type": "ArmedGroup", "depth": 2}).json()
    assert [n["id"] for n in states["nodes"]] == ["houthis"]


def test_ego_endpoint_errors(client: TestClient) -> None:
    assert client.get("/ego/nobody").status_code == 404
    assert client.get("/ego/iran", params={"depth": 4}).status_code == 422
    assert client.get("/ego/iran", params={"type": "Militia"}).status_code == 422
    bad = client.get("/ego/iran", params={"since": "2024-02-01", "until": "2024-01-01"})
    assert bad.status_code == 422


def test_suggest_and_families(client: TestClient) -> None:
    found = client.get("/suggest", params={"prefix": "hizb"}).json()
    assert [(i["id"], i["name"]) for i in found["items"]] == [("hezbollah", "Hizballah")]
    assert client.get("/suggest", params={"prefix": ""}).status_code == 422
    families = client.get("/relations/families").json()
    assert sorted(r for f in families for r in f["relations"]) == sorted(r.value for r in Relation)


def test_export_of_one_actors_network(client: TestClient) -> None:
    answer = client.get("/export", params={"format": "csv", "actor": "iran"})
    assert answer.status_code == 200
    with zipfile.ZipFile(io.BytesIO(answer.content)) as archive:
        rows = list(csv.DictReader(io.TextIOWrapper(archive.open("edges.csv"), "utf-8")))
    assert {(r["source"], r["target"]) for r in rows} == {("iran", "kataib-hezbollah")}
    whole = client.get("/export", params={"format": "turtle", "actor": "iran"})
    assert whole.status_code == 422


def test_viewer_and_offline_docs(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert 'id="cy"' in page.text
    for name in ("docs", "redoc"):
        html = client.get(f"/{name}").text
        sources = re.findall(r'(?:src|href)="([^"]+)"', html)
        assert sources, html
        # Every asset from this server, and each one served.
        for source in sources:
            assert source.startswith("/"), source
            if source.startswith("/static/"):
                assert client.get(source).status_code == 200, source
    assert "fonts.googleapis" not in client.get("/redoc").text
    assert "/docs" not in client.get("/openapi.json").json()["paths"]
    assert "/ego/{actor_id}" in client.get("/openapi.json").json()["paths"]


def test_every_script_of_the_viewer_is_vendored_with_its_licence() -> None:
    html = (STATIC_DIR / "index.html").read_text()
    listed = (STATIC_DIR / "vendor" / "VENDORED.md").read_text()
    scripts = re.findall(r'src="/static/([^"]+)"', html)
    assert "vendor/cytoscape/cytoscape.min.js" in scripts
    for script in scripts:
        path = STATIC_DIR / script
        assert path.is_file(), script
        if script.startswith("vendor/"):
            folder = Path(script).parts[1]
            assert f"| {folder} |" in listed, folder
            assert any(
                p.name.startswith("LICENSE") for p in (STATIC_DIR / "vendor" / folder).iterdir()
            )
