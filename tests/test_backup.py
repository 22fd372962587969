"""kg dump and kg restore: a store backed up to one file and loaded into another.

The round trip is checked on real stores: the examples ingested (with a curation) into an
on-disk store, dumped, restored into a new on-disk store and into a real oxigraph server,
and compared quad for quad and export for export.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from kg.backup import backup_format, restore_store
from kg.cli import app
from kg.errors import KGError
from kg.export import write_export
from kg.store import EmbeddedStore, RemoteStore, open_store
from tests.oxigraph_server import empty_oxigraph_url, oxigraph_url  # noqa: F401

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
runner = CliRunner(env={"KG_STORE": None, "KG_MODEL": None, "KG_STORE_UPDATE": None})

pytestmark = pytest.mark.model


def kg(*args: object) -> Result:
    return runner.invoke(app, [str(arg) for arg in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The examples ingested, with one alias added (a curation record)."""
    store = tmp_path_factory.mktemp("backup") / "source"
    assert kg("ingest", EXAMPLES, "--store", store).exit_code == 0
    result = kg("alias", "kataib-hezbollah", "Brigades of Hezbollah", "--store", store)
    assert result.exit_code == 0, result.output
    return store


@pytest.fixture(scope="module")
def backup(source: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("backup") / "kg.nq"
    result = kg("dump", "-o", path, "--store", source)
    assert result.exit_code == 0, result.output
    return path


_BLANK = re.compile(r"_:[0-9A-Za-z]+")


def _canonical(quads: Iterable[object]) -> Counter[str]:
    """The quads with blank node labels blanked out: a load gives them new labels."""
    return Counter(_BLANK.sub("_:b", str(q)) for q in quads)


def _quads(location: str | Path) -> Counter[str]:
    with open_store(location) as store:
        return _canonical(store.quads())


def test_a_dump_restored_into_a_new_folder_is_the_same_store(
    source: Path, backup: Path, tmp_path: Path
) -> None:
    target = tmp_path / "copy"
    result = kg("restore", backup, "--store", target)
    assert result.exit_code == 0, result.output
    assert "restored" in result.stderr
    assert _quads(target) == _quads(source)
    for name in ("gexf", "cytoscape", "csv"):
        with open_store(source) as a, open_store(target) as b:
            left = write_export(a, name, tmp_path / f"a.{name}").read_bytes()
            right = write_export(b, name, tmp_path / f"b.{name}").read_bytes()
        assert left == right, name
    # the curation came along: the alias is in the copy
    with EmbeddedStore(target) as store:
        assert any("Brigades of Hezbollah" in str(q.object) for q in store.quads())


@pytest.mark.remote
def test_a_dump_restored_into_an_oxigraph_server_is_the_same_store(
    source: Path,
    backup: Path,
    empty_oxigraph_url: str,  # noqa: F811
) -> None:
    url = f"{empty_oxigraph_url}/query"
    result = kg("restore", backup, "--store", url)
    assert result.exit_code == 0, result.output
    with RemoteStore(url) as remote:
        restored = _canonical(remote.quads())
    assert restored == _quads(source)


def test_restore_refuses_a_store_that_holds_data(source: Path, backup: Path) -> None:
    before = _quads(source)
    result = kg("restore", backup, "--store", source)
    assert result.exit_code == 2
    assert "empty store" in result.stderr
    assert _quads(source) == before  # nothing added


def test_a_broken_backup_is_refused_and_leaves_the_store_empty(tmp_path: Path) -> None:
    broken = tmp_path / "broken.nq"
    broken.write_text('<http://a> <http://b> "unclosed .\n', encoding="utf-8")
    target = tmp_path / "target"
    result = kg("restore", broken, "--store", target)
    assert result.exit_code == 2
    assert "not a valid" in result.stderr
    assert not _quads(target)
    missing = kg("restore", tmp_path / "none.nq", "--store", target)
    assert missing.exit_code == 2
    assert "No backup file" in missing.stderr


def test_trig_round_trip_and_format_names(source: Path, tmp_path: Path) -> None:
    path = tmp_path / "kg.trig"
    assert kg("dump", "-o", path, "--store", source).exit_code == 0
    assert path.read_text(encoding="utf-8").lstrip().startswith(("@prefix", "<", "GRAPH"))
    target = tmp_path / "copy"
    assert kg("restore", path, "--store", target).exit_code == 0
    assert _quads(target) == _quads(source)
    with pytest.raises(KGError, match="Unknown backup format"):
        backup_format("turtle", None)
    with EmbeddedStore(tmp_path / "other") as empty, pytest.raises(KGError):
        restore_store(empty, tmp_path / "missing.trig")
