"""The `kg` command line (DESIGN section 6): exit codes, streams, messages, files.

CliRunner (typer's, on click 8.2+) keeps stderr apart: ``result.stdout`` and
``result.stderr`` are the two streams, ``result.output`` both interleaved.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from pyoxigraph import RdfFormat, parse
from typer.testing import CliRunner, Result

from kg.cli import app
from kg.store import EmbeddedStore
from tests.conftest import RECORD_KEYS

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
EXAMPLE_COUNT = 14
SEED_DIR = ROOT / "tests" / "data" / "seed"
SEED = SEED_DIR / "us-strikes-iraq-militia.jsonl"
SEED_TXT = SEED_DIR / "us-strikes-iraq-militia.txt"
SEED_ID = "us-strikes-iraq-militia"
GAZA = EXAMPLES / "gaza-ceasefire-deal.jsonl"

COMMANDS = ("ingest", "extract", "export", "dump", "restore", "serve", "stats", "retract")

# Environment variables that would change what the commands do: unset while they run.
runner = CliRunner(env={"KG_STORE": None, "KG_MODEL": None, "KG_STORE_UPDATE": None})


def kg(*args: str | Path, input: str | None = None) -> Result:
    """Run `kg ARGS`; an exception that escapes the command fails the test."""
    return runner.invoke(app, [str(arg) for arg in args], input=input, catch_exceptions=False)


def assert_clean_error(result: Result, code: int, *fragments: str) -> None:
    """The command failed with ``code`` and a message on stderr, no traceback, no stdout."""
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    assert result.stdout == ""
    assert "error:" in result.stderr
    for fragment in fragments:
        assert fragment in result.stderr, result.stderr


@pytest.fixture(scope="module")
def example_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store folder holding the examples, ingested through the command line."""
    store = tmp_path_factory.mktemp("cli") / "store"
    result = kg("ingest", EXAMPLES, "--store", store)
    assert result.exit_code == 0, result.output
    return store


# --- help and the entry point -----------------------------------------------------------


def test_help_lists_the_commands() -> None:
    result = kg("--help")

    assert result.exit_code == 0
    for command in COMMANDS:
        assert re.search(rf"^\W*{command}\s", result.stdout, re.MULTILINE), command


@pytest.mark.parametrize(
    ("command", "options"),
    [
        ("ingest", ["PATHS", "--store", "KG_STORE", "--model", "KG_MODEL", "--processes"]),
        ("extract", ["PATHS", "--format", "jsonl", "--model", "--processes"]),
        (
            "export",
            [
                *("--format", "graphml", "gexf", "cytoscape", "turtle"),
                *("--output", "-o", "--store", "--relation", "--min-evidence"),
            ],
        ),
        ("serve", ["--host", "127.0.0.1", "--port", "8000", "--store"]),
        ("stats", ["--store"]),
        ("retract", ["ARTICLE_ID", "--store"]),
    ],
)
def test_each_command_has_help(command: str, options: list[str]) -> None:
    result = kg(command, "--help")

    assert result.exit_code == 0, result.output
    assert f"kg {command}" in result.stdout
    for option in options:
        assert option.lower() in result.stdout.lower(), option


def test_the_console_script_runs() -> None:
    script = Path(sys.executable).parent / "kg"
    assert script.is_file(), f"no console script at {script}: pip install -e ."

    completed = subprocess.run(
        [script, "--help"], capture_output=True, text=True, timeout=120, check=False
    )

    assert completed.returncode == 0, completed.stderr
    for command in COMMANDS:
        assert command in completed.stdout


# --- ingest, stats, retract ---------------------------------------------------------------


def stats_numbers(output: str) -> dict[str, int]:
    return {
        name: int(number)
        for name, number in re.findall(r"^(articles|quads|actors|edges)\s+(\d+)", output, re.M)
    }


@pytest.mark.model
def test_ingest_stats_and_retract(tmp_path: Path) -> None:
    store = tmp_path / "store"

    ingested = kg("ingest", EXAMPLES, "--store", store)
    assert ingested.exit_code == 0, ingested.output
    assert ingested.stdout == ""
    assert re.search(rf"ingested {EXAMPLE_COUNT} articles: \d+ assertions", ingested.stderr)
    assert "0 skipped" in ingested.stderr

    stats = kg("stats", "--store", store)
    assert stats.exit_code == 0, stats.output
    numbers = stats_numbers(stats.stdout)
    with EmbeddedStore(store) as opened:
        assert numbers["quads"] == opened.count()
    assert numbers["articles"] == EXAMPLE_COUNT
    assert numbers["actors"] > 0
    assert numbers["edges"] > 0

    retracted = kg("retract", SEED_ID, "--store", store)
    assert retracted.exit_code == 0, retracted.output
    assert f"retracted {SEED_ID}" in retracted.stderr
    after = stats_numbers(kg("stats", "--store", store).stdout)
    assert after["articles"] == EXAMPLE_COUNT - 1
    assert after["quads"] < numbers["quads"]

    again = kg("retract", SEED_ID, "--store", store)
    assert_clean_error(again, 1, f"no article with id '{SEED_ID}'")


@pytest.mark.model
def test_ingest_reports_a_bad_file_and_ingests_the_good_ones(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(GAZA, folder)
    shutil.copy(SEED, folder)
    bad = folder / "bad.jsonl"
    bad.write_text('{"id": "broken", "title": "no text"}\nnot json\n', encoding="utf-8")
    store = tmp_path / "store"

    result = kg("ingest", folder, "--store", store)

    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert result.stdout == ""
    assert f"skipped {bad}:1: missing 'text'" in result.stderr
    assert f"skipped {bad}:2: invalid JSON" in result.stderr
    assert "ingested 2 articles" in result.stderr
    assert "2 skipped" in result.stderr
    with EmbeddedStore(store) as opened:
        assert opened.article_ids() == ["gaza-ceasefire-deal", SEED_ID]


@pytest.mark.model
def test_ingest_into_a_locked_store_fails_cleanly(tmp_path: Path) -> None:
    store = tmp_path / "store"
    with EmbeddedStore(store):
        result = kg("ingest", GAZA, "--store", store)

    assert_clean_error(result, 2, f"Cannot open the store at {store}")


def test_ingest_with_a_missing_model_fails_cleanly(tmp_path: Path) -> None:
    store = tmp_path / "store"

    result = kg("ingest", GAZA, "--store", store, "--model", "no_such_model")

    assert_clean_error(result, 2, "'no_such_model' is not installed")
    # Nothing was written: the model is loaded before the store is touched.
    with EmbeddedStore(store) as opened:
        assert opened.count() == 0


def test_extract_with_a_missing_model_fails_cleanly() -> None:
    result = kg("extract", GAZA, "--model", "no_such_model")

    assert_clean_error(result, 2, "'no_such_model' is not installed")


# --- extract ------------------------------------------------------------------------------


def jsonl_records(stdout: str) -> list[dict[str, Any]]:
    """Parse stdout as JSON lines: every line must be one JSON object."""
    records = []
    for line in stdout.splitlines():
        record = json.loads(line)
        assert isinstance(record, dict), line
        records.append(record)
    return records


def assert_offsets_match(records: list[dict[str, Any]], text: str) -> None:
    for record in records:
        assert set(record) == RECORD_KEYS
        for part in (record["subject"]["mention"], record["object"]["mention"]):
            assert text[part["start"] : part["end"]] == part["text"], record
        sentence = record["sentence"]
        assert text[sentence["start"] : sentence["end"]] == sentence["text"], record


@pytest.mark.model
def test_extract_prints_json_lines_on_stdout() -> None:
    result = kg("extract", "--format", "jsonl", SEED)

    assert result.exit_code == 0, result.output
    assert result.stdout.endswith("\n")
    records = jsonl_records(result.stdout)
    assert records
    assert {record["article"] for record in records} == {SEED_ID}
    text = json.loads(SEED.read_text(encoding="utf-8"))["text"]
    assert_offsets_match(records, text)


@pytest.mark.model
def test_extract_reads_standard_input() -> None:
    from_file = kg("extract", "--format", "jsonl", SEED)

    from_stdin = kg("extract", "--format", "jsonl", "-", input=SEED.read_text(encoding="utf-8"))

    assert from_stdin.exit_code == 0, from_stdin.output
    assert jsonl_records(from_stdin.stdout) == jsonl_records(from_file.stdout)


@pytest.mark.model
def test_extract_offsets_of_a_text_file_index_its_contents() -> None:
    result = kg("extract", SEED_TXT)

    assert result.exit_code == 0, result.output
    records = jsonl_records(result.stdout)
    assert records
    assert_offsets_match(records, SEED_TXT.read_bytes().decode("utf-8-sig"))


# --- export -------------------------------------------------------------------------------


def read_graphml(path: Path) -> int:
    return int(nx.read_graphml(path).number_of_edges())


def read_gexf(path: Path) -> int:
    return int(nx.read_gexf(path).number_of_edges())


def read_cytoscape(path: Path) -> int:
    data = json.loads(path.read_bytes())
    assert data["elements"]["nodes"]
    return len(data["elements"]["edges"])


def read_turtle(path: Path) -> int:
    return len(list(parse(path=str(path), format=RdfFormat.TURTLE)))


@pytest.mark.model
@pytest.mark.parametrize(
    ("format", "read"),
    [
        ("graphml", read_graphml),
        ("gexf", read_gexf),
        ("cytoscape", read_cytoscape),
        ("turtle", read_turtle),
    ],
)
def test_export_writes_a_file_that_parses(
    example_store: Path, tmp_path: Path, format: str, read: Any
) -> None:
    output = tmp_path / f"graph.{format}"

    result = kg("export", "--format", format, "--store", example_store, "-o", output)

    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert f"wrote {output}" in result.stderr
    assert read(output) > 0


def cytoscape_relations(result: Result) -> list[str]:
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    return [edge["data"]["relation"] for edge in data["elements"]["edges"]]


@pytest.mark.model
def test_export_keeps_only_the_chosen_relation(example_store: Path) -> None:
    everything = cytoscape_relations(kg("export", "-f", "cytoscape", "--store", example_store))
    attacked = cytoscape_relations(
        kg("export", "-f", "cytoscape", "--store", example_store, "--relation", "attacked")
    )

    assert attacked
    assert set(attacked) == {"attacked"}
    assert len(attacked) == everything.count("attacked")
    assert set(everything) > {"attacked"}


@pytest.mark.model
def test_export_rejects_an_unknown_relation(example_store: Path) -> None:
    result = kg("export", "-f", "cytoscape", "--store", example_store, "--relation", "bogus")

    assert_clean_error(result, 2, "No relation named 'bogus'", "Available:", "attacked")


def test_export_rejects_an_unknown_format(tmp_path: Path) -> None:
    result = kg("export", "--format", "gml", "--store", tmp_path / "store")

    assert_clean_error(result, 2, "No exporter named 'gml'", "Available:", "graphml")


def test_export_to_a_missing_folder_fails_cleanly(tmp_path: Path) -> None:
    output = tmp_path / "no" / "such" / "folder" / "graph.ttl"

    result = kg("export", "--format", "turtle", "--store", tmp_path / "store", "-o", output)

    assert_clean_error(result, 2, f"Cannot write {output}")
    assert not output.parent.exists()


def test_messages_are_not_read_as_markup(tmp_path: Path) -> None:
    # Square brackets in a value are printed as they are (rich would eat "[x]" as a style
    # tag and fail on "[/x]").
    store = tmp_path / "[kg]"

    result = kg("retract", "[/no-such]", "--store", store)

    assert_clean_error(result, 1, "no article with id '[/no-such]'")


def test_serve_caps_malloc_arenas_unless_the_environment_says_otherwise(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from kg.cli import _limit_malloc_arenas

    monkeypatch.delenv("MALLOC_ARENA_MAX", raising=False)
    assert _limit_malloc_arenas() is (sys.platform == "linux")
    monkeypatch.setenv("MALLOC_ARENA_MAX", "8")
    assert _limit_malloc_arenas() is False


def test_serve_gives_freed_memory_back_on_a_timer() -> None:
    import threading
    import time

    from kg.cli import _trim_malloc_every

    assert _trim_malloc_every(0.01) is (sys.platform == "linux")
    if sys.platform == "linux":
        time.sleep(0.05)  # a few rounds of malloc_trim ran without harm
        trimmers = [t for t in threading.enumerate() if t.name == "malloc-trim"]
        assert trimmers
        assert all(t.daemon and t.is_alive() for t in trimmers)


@pytest.mark.parametrize("value", ["abc", "-5", "nan"])
def test_serve_refuses_a_bad_trim_interval(tmp_path: Path, value: str) -> None:
    result = runner.invoke(
        app,
        ["serve", "--store", str(tmp_path / "store")],
        env={"KG_MALLOC_TRIM_SECONDS": value},
    )
    assert_clean_error(result, 2, "KG_MALLOC_TRIM_SECONDS", repr(value))
