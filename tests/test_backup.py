"""kg dump and kg restore: a store backed up to one file and loaded into another.

The round trip is checked on real stores: the examples ingested (with a curation) into an
on-disk store, dumped, restored into a new on-disk store and into a real oxigraph server,
and compared quad for quad and export for export.
"""

from __future__ import annotations

import re
import tracemalloc
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner, Result

from kg.backup import Restored, backup_format, restore_store
from kg.cli import app
from kg.errors import KGError, StoreError
from kg.export import write_export
from kg.store import EmbeddedStore, RemoteStore, open_store
from tests.oxigraph_server import empty_oxigraph_url, oxigraph_url  # noqa: F401
from tests.virtuoso_server import empty_virtuoso, virtuoso  # noqa: F401

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


# --- restoring into a remote store: checked first, sent in bounded writes ----------------

EX = "http://example.org/"


def _many_graphs(path: Path, *, graphs: int, quads_per_graph: int) -> int:
    """Write a backup of ``graphs`` graphs of ``quads_per_graph`` quads; return its size."""
    with path.open("w", encoding="utf-8") as output:
        for g in range(graphs):
            for q in range(quads_per_graph):
                output.write(
                    f'<{EX}s{q}> <{EX}p{q % 7}> "statement {q} of the article {g}, long '
                    f'enough to be a sentence" <{EX}graph/{g}> .\n'
                )
    return path.stat().st_size


@pytest.mark.remote
def test_a_restore_into_a_remote_store_holds_a_small_part_of_the_file_in_memory(
    tmp_path: Path,
    empty_oxigraph_url: str,  # noqa: F811
) -> None:
    path = tmp_path / "many.nq"
    size = _many_graphs(path, graphs=300, quads_per_graph=200)
    with RemoteStore(f"{empty_oxigraph_url}/query") as remote:
        tracemalloc.start()
        try:
            restored = restore_store(remote, path, batch=2_000)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert restored.quads == remote.count() == 60_000
        assert restored.graphs == len(remote.graphs()) == 300
    # Every quad held at once took twice the file's size; a write of 2,000 takes an
    # eighth of it.
    assert peak < size / 4, f"peak {peak:,} bytes for a file of {size:,}"


@pytest.fixture(params=["oxigraph", pytest.param("virtuoso", marks=pytest.mark.remote)])
def empty_remote(request: pytest.FixtureRequest) -> Iterator[RemoteStore]:
    """An empty remote store: a real oxigraph server, or a real Virtuoso."""
    if request.param == "virtuoso":
        server = request.getfixturevalue("empty_virtuoso")
        store = RemoteStore(server.query_url, **server.store_options())
    else:
        store = RemoteStore(request.getfixturevalue("empty_oxigraph_url") + "/query")
    with store:
        yield store


@pytest.mark.remote
def test_blank_nodes_stay_linked_and_graphs_whole_across_small_writes(
    tmp_path: Path, empty_remote: RemoteStore
) -> None:
    graph = empty_remote.iris.base + "graph/vocabulary"  # under kg's base, for Virtuoso
    lines = [f'<{EX}c{i}> <{EX}label> "class {i}" <{graph}> .' for i in range(7)]
    lines += [
        f"<{EX}c0> <{EX}restriction> _:r <{graph}> .",
        f"_:r <{EX}onProperty> <{EX}p> <{graph}> .",
        f"_:r <{EX}someValuesFrom> _:u <{graph}> .",
        f'_:u <{EX}label> "the union" <{graph}> .',
    ]
    path = tmp_path / "blank.nq"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    restored = restore_store(empty_remote, path, batch=2)
    assert restored == Restored(quads=11, graphs=1)
    assert empty_remote.count() == 11
    rows = empty_remote.select(
        f"SELECT ?r WHERE {{ GRAPH <{graph}> {{ <{EX}c0> <{EX}restriction> ?r . "
        f'?r <{EX}onProperty> <{EX}p> ; <{EX}someValuesFrom> ?u . ?u <{EX}label> "the union" }} }}'
    )
    assert len(rows) == 1  # one restriction, linked to its union, as in the file


@pytest.mark.remote
def test_a_broken_backup_writes_nothing_to_a_remote_store(
    tmp_path: Path,
    empty_oxigraph_url: str,  # noqa: F811
) -> None:
    path = tmp_path / "broken.nq"
    _many_graphs(path, graphs=20, quads_per_graph=50)
    with path.open("a", encoding="utf-8") as output:  # the error at the very end
        output.write('<http://a> <http://b> "unclosed .\n')
    with RemoteStore(f"{empty_oxigraph_url}/query") as remote:
        with pytest.raises(KGError, match="not a valid N-Quads file"):
            restore_store(remote, path, batch=100)
        assert remote.count() == 0


class _FailingAfter(httpx.HTTPTransport):
    """A real transport whose ``fail_at``-th update request fails to connect."""

    def __init__(self, fail_at: int) -> None:
        super().__init__()
        self.fail_at = fail_at
        self.updates = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/update"):
            self.updates += 1
            if self.updates == self.fail_at:
                raise httpx.ConnectError("connection refused", request=request)
        return super().handle_request(request)


@pytest.mark.remote
def test_a_restore_that_fails_part_way_drops_what_it_wrote(
    tmp_path: Path,
    empty_oxigraph_url: str,  # noqa: F811
) -> None:
    path = tmp_path / "many.nq"
    _many_graphs(path, graphs=20, quads_per_graph=50)
    url = f"{empty_oxigraph_url}/query"
    failing = RemoteStore(url, transport=_FailingAfter(4))
    with failing, pytest.raises(StoreError, match=r"restore stopped.*graphs written were dropped"):
        restore_store(failing, path, batch=100)
    with RemoteStore(url) as check:
        assert check.count() == 0
