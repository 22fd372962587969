"""The disk cache of derived tables: built once, read back, never stale, never required."""

from __future__ import annotations

import multiprocessing
import os
import tomllib
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from kg.cache import cache_dir, cached_json, cached_lookup, cached_pickle, cached_toml
from kg.extract.patterns import PATTERNS_FILE, _rule_sources, parse_rules, read_rules
from kg.gazetteer import DEFAULT_GAZETTEER_DIR, _parse_files, read_gazetteer
from kg.types import Actor, ActorType


def _counting(value: object) -> tuple[list[int], Callable[[], object]]:
    """Return a list that counts the builds, and a build that returns ``value``."""
    calls: list[int] = []

    def build() -> object:
        calls.append(1)
        return value

    return calls, build


def test_a_table_is_built_once_and_read_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    calls, build = _counting({"jericho": "PSE", "tel aviv": "ISR"})
    first = cached_json("places", ["v1"], build)
    again = cached_json("places", ["v1"], build)
    assert first == again == {"jericho": "PSE", "tel aviv": "ISR"}
    assert list(again) == ["jericho", "tel aviv"]
    assert len(calls) == 1
    assert len(list(tmp_path.glob("places-*.json"))) == 1


def test_changed_sources_build_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    calls, build = _counting([1, 2])
    cached_json("table", ["v1"], build)
    cached_json("table", ["v2"], build)
    assert len(calls) == 2


def test_a_damaged_file_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    calls, build = _counting({"a": "b"})
    cached_json("table", ["v1"], build)
    (written,) = tmp_path.glob("table-*.json")
    written.write_bytes(b'{"a": ')
    assert cached_json("table", ["v1"], build) == {"a": "b"}
    assert len(calls) == 2
    assert cached_json("table", ["v1"], build) == {"a": "b"}
    assert len(calls) == 2


def test_an_unwritable_cache_only_costs_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("KG_CACHE_DIR", str(blocked / "kg"))
    calls, build = _counting({"a": "b"})
    assert cached_json("table", ["v1"], build) == {"a": "b"}
    assert cached_json("table", ["v1"], build) == {"a": "b"}
    assert len(calls) == 2


def test_an_empty_setting_turns_the_cache_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", "")
    assert cache_dir() is None
    calls, build = _counting({"a": "b"})
    cached_json("table", ["v1"], build)
    cached_json("table", ["v1"], build)
    assert len(calls) == 2


def test_the_default_folder_follows_xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KG_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir() == tmp_path / "kg"


def test_toml_is_read_back_as_parsed_and_bad_toml_still_raises(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    text = '[[actor]]\nid = "mali"\nnames = ["Mali", "Malian"]\n'
    assert cached_toml(text) == {"actor": [{"id": "mali", "names": ["Mali", "Malian"]}]}
    assert len(list(tmp_path.glob("toml-*.json"))) == 1
    assert cached_toml(text) == tomllib.loads(text)
    with pytest.raises(tomllib.TOMLDecodeError):
        cached_toml('[[actor]]\nid = "mali')
    assert len(list(tmp_path.glob("toml-*.json"))) == 1


def test_an_object_is_pickled_once_and_a_damaged_pickle_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    actor = Actor(id="mali", label="Mali", type=ActorType.STATE, country="MLI")
    calls, build = _counting({"mali": actor})
    assert cached_pickle("actors", ["v1"], build) == {"mali": actor}
    assert cached_pickle("actors", ["v1"], build) == {"mali": actor}
    assert len(calls) == 1
    (written,) = tmp_path.glob("actors-*.pickle")
    written.write_bytes(b"\x80\x05not a pickle")
    assert cached_pickle("actors", ["v1"], build) == {"mali": actor}
    assert len(calls) == 2


_PLACES = {"jericho": "PSE", "tel aviv": "ISR", "goma": "COD"}


def test_a_lookup_table_is_built_once_and_read_a_key_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    calls, build = _counting(dict(_PLACES))
    first = cached_lookup("places", ["v1"], build)  # type: ignore[arg-type]
    again = cached_lookup("places", ["v1"], build)  # type: ignore[arg-type]
    assert len(calls) == 1
    assert len(list(tmp_path.glob("places-*.sqlite"))) == 1
    assert not isinstance(again, dict)  # read from the file, not built
    assert dict(first) == dict(again) == _PLACES
    assert again.get("goma") == "COD"
    assert again["tel aviv"] == "ISR"
    assert again.get("narnia") is None
    assert again.get("narnia", "?") == "?"
    assert "jericho" in again
    assert "narnia" not in again
    assert len(again) == 3
    with pytest.raises(KeyError):
        again["narnia"]


def test_a_damaged_lookup_file_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    calls, build = _counting(dict(_PLACES))
    cached_lookup("places", ["v1"], build)  # type: ignore[arg-type]
    (written,) = tmp_path.glob("places-*.sqlite")
    written.write_bytes(b"not a database" * 100)
    assert cached_lookup("places", ["v1"], build).get("goma") == "COD"  # type: ignore[arg-type]
    assert len(calls) == 2
    assert cached_lookup("places", ["v1"], build).get("goma") == "COD"  # type: ignore[arg-type]
    assert len(calls) == 2


def test_without_a_cache_the_lookup_table_is_the_one_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", "")
    assert cached_lookup("places", ["v1"], lambda: dict(_PLACES)) == _PLACES
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("KG_CACHE_DIR", str(blocked / "kg"))
    assert cached_lookup("places", ["v1"], lambda: dict(_PLACES)) == _PLACES


def _look_up_in_child(table: object, queue: multiprocessing.Queue[object]) -> None:
    queue.put((os.getpid(), table.get("goma")))  # type: ignore[attr-defined]


def test_a_lookup_table_serves_threads_and_forked_processes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    cached_lookup("places", ["v1"], lambda: dict(_PLACES))
    table = cached_lookup("places", ["v1"], lambda: dict(_PLACES))
    assert table.get("jericho") == "PSE"  # the parent's connection, open before the fork
    with ThreadPoolExecutor(4) as pool:
        assert set(pool.map(table.get, list(_PLACES) * 50)) == set(_PLACES.values())
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    child = context.Process(target=_look_up_in_child, args=(table, queue))
    child.start()
    pid, found = queue.get(timeout=30)
    child.join(30)
    assert (pid != os.getpid(), found, child.exitcode) == (True, "COD", 0)
    assert table.get("tel aviv") == "ISR"


def test_the_gazetteer_read_back_is_the_one_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    built = _parse_files(sorted(DEFAULT_GAZETTEER_DIR.glob("*.toml")))
    first = read_gazetteer()
    assert len(list(tmp_path.glob("gazetteer-*.pickle"))) == 1
    again = read_gazetteer()
    assert first is not again
    assert first == again == built


def test_the_rules_read_back_are_the_ones_parsed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    text = PATTERNS_FILE.read_text(encoding="utf-8")
    parsed = parse_rules(text)
    read_rules.cache_clear()
    try:
        first = read_rules()
        assert len(list(tmp_path.glob("rules-*.pickle"))) == 1
        read_rules.cache_clear()
        again = read_rules()
    finally:
        read_rules.cache_clear()
    assert first is not again
    assert first == again == parsed
    # a changed pattern file is parsed anew, not read back stale
    assert _rule_sources(text + "\n") != _rule_sources(text)


def test_the_actor_ruler_tables_read_back_are_the_ones_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kg.gazetteer import build_gazetteer, source_digest
    from kg.nlp import _build_ruler_tables, _ruler_tables

    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    gazetteer = read_gazetteer()
    assert source_digest(gazetteer) is not None
    built = _build_ruler_tables(gazetteer)
    assert _ruler_tables(gazetteer) == built
    assert len(list(tmp_path.glob("actor-ruler-*.pickle"))) == 1
    assert _ruler_tables(gazetteer) == built
    # a gazetteer made in memory (by curation) has no digest: its tables are built
    made = build_gazetteer(gazetteer.actors, gazetteer.names)
    assert source_digest(made) is None
    assert _ruler_tables(made) == _build_ruler_tables(made)
    assert len(list(tmp_path.glob("actor-ruler-*.pickle"))) == 1
