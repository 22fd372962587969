"""A disk cache of the tables kg derives from its data files when a process starts.

Some tables cost far more to derive than to read back: the place index walks the
353,000 names of the GeoNames cities (:mod:`kg.places`), the trigger tables parse the
CAMEO verb dictionary (:mod:`kg.extract.cameo`), the gazetteer checks and indexes its
actors and names (:mod:`kg.gazetteer`). Each such table is written once, as JSON (or,
for objects of kg's own classes, as a pickle: :func:`cached_pickle`; for a large table
of names looked up a few at a time, as an SQLite file: :func:`cached_lookup`), under
``$KG_CACHE_DIR`` (by default ``$XDG_CACHE_HOME/kg``, else ``~/.cache/kg``),
in a file named after a digest of everything it is derived from (the source files'
bytes, the data packages' versions): a changed source is a new file, never a stale
table. Set ``KG_CACHE_DIR`` to an empty string to turn the cache off.

The cache only saves time: when it cannot be read or written (a read-only home, a
full disk, a damaged file), the table is built as it would be without it.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import sqlite3
import tempfile
import threading
import tomllib
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, TypeVar

import orjson

__all__ = [
    "cache_dir",
    "cached_json",
    "cached_lookup",
    "cached_pickle",
    "cached_toml",
    "digest",
]

T = TypeVar("T")


def cache_dir() -> Path | None:
    """Return the cache folder, or ``None`` when ``KG_CACHE_DIR`` is set empty."""
    configured = os.environ.get("KG_CACHE_DIR")
    if configured is not None:
        return Path(configured).expanduser() if configured.strip() else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "kg"


def digest(parts: Iterable[str | bytes]) -> str:
    """Return a short digest of ``parts``, in order (what a cached table derives from).

    >>> digest(["a", b"b"]) == digest(["a", "b"]) != digest(["ab"])
    True
    """
    hasher = hashlib.sha256()
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        hasher.update(len(data).to_bytes(8, "big"))
        hasher.update(data)
    return hasher.hexdigest()[:24]


def cached_json(name: str, sources: Iterable[str | bytes], build: Callable[[], T]) -> T:
    """Return the table ``build()`` makes, read from the cache when it holds it.

    Args:
        name: the table's name, the start of its file name.
        sources: what the table is derived from (see :func:`digest`).
        build: makes the table; its value must survive a JSON round trip unchanged
            (strings, numbers, lists and objects with string keys).
    """
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"{name}-{digest(sources)}.json"
    if path.is_file():
        try:
            cached: T = _paused(orjson.loads, path.read_bytes())
        except (OSError, orjson.JSONDecodeError):
            pass  # damaged or unreadable: built again below, and rewritten
        else:
            return cached
    value = build()
    _write(path, orjson.dumps(value))
    return value


def _paused(loads: Callable[[bytes], Any], data: bytes) -> Any:
    """``loads(data)``, with the cyclic garbage collector paused.

    Reading a table back makes tens of thousands of containers, none of them garbage; in
    a process that holds a loaded model, each collection they set off walks all of its
    objects too.
    """
    paused = gc.isenabled()
    gc.disable()
    try:
        return loads(data)
    finally:
        if paused:
            gc.enable()


def cached_pickle(name: str, sources: Iterable[str | bytes], build: Callable[[], T]) -> T:
    """Return the object ``build()`` makes, unpickled from the cache when it holds it.

    As :func:`cached_json`, for objects that JSON cannot hold (kg's own dataclasses).
    ``sources`` must include the source of every module whose classes the object holds:
    a pickle names its classes and sets their fields, so a changed class makes a new
    file rather than a stale object. The file is read back only by the user that wrote
    it, from kg's own cache folder.
    """
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"{name}-{digest(sources)}.pickle"
    if path.is_file():
        try:
            cached: T = _paused(pickle.loads, path.read_bytes())
        except Exception:  # damaged, or of classes since changed: built again below
            pass
        else:
            return cached
    value = build()
    _write(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    return value


#: How many keys a :class:`_Lookup` remembers with their values.
_REMEMBERED = 50_000


class _Lookup(Mapping[str, str]):
    """A read-only table of strings kept in an SQLite file, read a key at a time.

    Opened at the first look-up, once per process (a process forked with an open
    connection opens its own) and shared by its threads under a lock.
    """

    def __init__(self, path: Path) -> None:
        self._path = path
        self._lock = threading.Lock()
        self._connection: sqlite3.Connection | None = None
        self._pid = 0
        #: The keys looked up so far with their values (``None`` for a missing key): the
        #: file never changes, and extraction asks for the same place names again and
        #: again. Emptied when it grows past :data:`_REMEMBERED` keys.
        self._seen: dict[str, Any] = {}

    def _query(self, sql: str, parameters: tuple[str, ...] = ()) -> list[Any]:
        with self._lock:
            if self._connection is None or self._pid != os.getpid():
                uri = f"{self._path.resolve().as_uri()}?mode=ro"
                self._connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
                self._pid = os.getpid()
            return self._connection.execute(sql, parameters).fetchall()

    def get(self, key: str, default: Any = None) -> Any:
        try:
            value = self._seen[key]
        except KeyError:
            rows = self._query("SELECT value FROM entries WHERE key = ?", (key,))
            value = rows[0][0] if rows else None
            if len(self._seen) >= _REMEMBERED:
                self._seen.clear()
            self._seen[key] = value
        return default if value is None else value

    def __getitem__(self, key: str) -> str:
        value = self.get(key)
        if value is None:
            raise KeyError(key)
        return str(value)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None

    def __iter__(self) -> Iterator[str]:
        return iter([row[0] for row in self._query("SELECT key FROM entries ORDER BY key")])

    def __len__(self) -> int:
        return int(self._query("SELECT count(*) FROM entries")[0][0])


def _write_lookup(path: Path, table: Mapping[str, str]) -> None:
    """Write ``table`` as the SQLite file ``path``, whole or not at all; ignore failures."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
        os.close(handle)
    except OSError:
        return
    try:
        connection = sqlite3.connect(temporary)
        try:
            connection.execute(
                "CREATE TABLE entries (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID"
            )
            connection.executemany("INSERT INTO entries VALUES (?, ?)", table.items())
            connection.commit()
        finally:
            connection.close()
        os.replace(temporary, path)
    except (OSError, sqlite3.Error):
        Path(temporary).unlink(missing_ok=True)


def cached_lookup(
    name: str, sources: Iterable[str | bytes], build: Callable[[], dict[str, str]]
) -> Mapping[str, str]:
    """Return the table of strings ``build()`` makes, looked up in the cache's SQLite file.

    For a large table of which a process reads a few keys: opening the file costs a
    fraction of a millisecond where reading the whole table as JSON costs tens, and
    keeps hundreds of thousands of objects out of the process's memory. Without a
    usable cache, the table ``build()`` makes.
    """
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"{name}-{digest(sources)}.sqlite"
    if path.is_file():
        lookup = _Lookup(path)
        try:
            lookup.get("")  # a damaged file fails here: built again below, and rewritten
        except sqlite3.Error:
            pass
        else:
            return lookup
    table = build()
    _write_lookup(path, table)
    return _Lookup(path) if path.is_file() else table


def cached_toml(text: str) -> dict[str, Any]:
    """Return a TOML document read as :func:`tomllib.loads` reads it, cached as JSON.

    kg's gazetteer and pattern files are TOML, which Python reads several times slower
    than JSON; a document whose values survive a JSON round trip (no dates) is read once
    and kept. A document that does not parse raises :class:`tomllib.TOMLDecodeError` as
    ``tomllib.loads`` does, and nothing is cached.

    >>> cached_toml('name = "x"')
    {'name': 'x'}
    """
    return cached_json("toml", ["toml", text], lambda: tomllib.loads(text))


def _write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all (a rename); ignore failures."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as output:
            output.write(data)
        os.replace(temporary, path)
    except OSError:
        Path(temporary).unlink(missing_ok=True)
