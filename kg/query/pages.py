"""Pages of a list, cut with opaque cursors.

A cursor is the base64 of the last item's sort key (:func:`encode_cursor`), so a cursor
gives the same page on every call and stays valid when items are added before it.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from kg.errors import InvalidCursor

__all__ = [
    "CursorKey",
    "InvalidCursor",
    "Page",
    "decode_cursor",
    "encode_cursor",
]


T = TypeVar("T")


CursorKey = tuple[Any, ...]


def encode_cursor(kind: str, key: Sequence[Any]) -> str:
    """Return the opaque cursor of a sort key: base64 (URL-safe) of ``[kind, *key]``.

    >>> cursor = encode_cursor("relations", [-2, "attacked", "iran", "iraq"])
    >>> decode_cursor(cursor, "relations", (int, str, str, str))
    (-2, 'attacked', 'iran', 'iraq')
    """
    raw = json.dumps([kind, *key], separators=(",", ":"), ensure_ascii=False)
    return base64.urlsafe_b64encode(raw.encode("utf-8")).decode("ascii").rstrip("=")


def decode_cursor(cursor: str, kind: str, types: Sequence[type]) -> CursorKey:
    """Return the sort key in a cursor made by :func:`encode_cursor` for ``kind``.

    Args:
        cursor: the cursor.
        kind: the list it must belong to.
        types: the type of each element of the key (``float`` also takes integers).

    Raises:
        InvalidCursor: the cursor is not base64 of JSON, or belongs to another list, or
            its key has the wrong shape.
    """
    try:
        raw = base64.urlsafe_b64decode(cursor.encode("ascii") + b"=" * (-len(cursor) % 4))
        value = json.loads(raw.decode("utf-8"))
    except ValueError:  # binascii.Error, UnicodeError and JSONDecodeError are ValueErrors
        raise InvalidCursor(cursor, "not a cursor of this API") from None
    if not isinstance(value, list) or not value or value[0] != kind:
        raise InvalidCursor(cursor, "not a cursor of this list")
    key = value[1:]
    if len(key) != len(types) or not all(map(_is_a, key, types)):
        raise InvalidCursor(cursor, "not a cursor of this list")
    return tuple(key)


def _is_a(value: Any, type_: type) -> bool:
    if isinstance(value, bool):
        return False
    if type_ is float:
        return isinstance(value, int | float)
    return isinstance(value, type_)


@dataclass(frozen=True, slots=True, kw_only=True)
class Page(Generic[T]):
    """One page of a list.

    Attributes:
        items: the items of this page, in order.
        next_cursor: the cursor of the next page; ``None`` on the last page.
    """

    items: tuple[T, ...]
    next_cursor: str | None = None
