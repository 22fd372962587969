"""A disk cache of the tables kg derives from its data files when a process starts.

Some tables cost far more to derive than to read back: the place index walks the
353,000 names of the GeoNames cities (:mod:`kg.places`), the trigger tables parse the
CAMEO verb dictionary (:mod:`kg.extract.cameo`), the gazetteer checks and indexes its
actors and names (:mod:`kg.gazetteer`). Each such table is written once, as JSON (or,
for objects of kg's own classes, as a pickle: :func:`cached_pickle`), under
``$KG_CACHE_DIR`` (by default ``$XDG_CACHE_HOME/kg``, else ``~/.cache/kg``),
in a file named after a digest of everything it is derived from (the source files'
bytes, the data packages' versions): a changed source is a new file, never a stale
table. Set ``KG_CACHE_DIR`` to an empty string to turn the cache off.

The cache only saves time: when it cannot be read or written (a read-only home, a
full disk, a damaged file), the table is built as it would be without it.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
import tomllib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

import orjson

__all__ = ["cache_dir", "cached_json", "cached_pickle", "cached_toml", "digest"]

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
            cached: T = orjson.loads(path.read_bytes())
        except (OSError, orjson.JSONDecodeError):
            pass  # damaged or unreadable: built again below, and rewritten
        else:
            return cached
    value = build()
    _write(path, orjson.dumps(value))
    return value


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
            cached: T = pickle.loads(path.read_bytes())
        except Exception:  # damaged, or of classes since changed: built again below
            pass
        else:
            return cached
    value = build()
    _write(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    return value


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
