"""Read articles from files, folders and standard input.

Formats (DESIGN section 6):

- ``.jsonl``: one article object per line:
  ``{"id", "title", "text" | "html", "date", "url", "source"}``; ``id`` optional.
- ``.json``: one article object, a list of them, or JSON lines.
- ``.txt``: the file is the text; the first line is taken as the title.
- ``.html`` / ``.htm``: main text and metadata extracted with trafilatura.
- ``-``: standard input, in any of the formats above (sniffed from its first bytes).

Folders are read recursively; files of other kinds in a folder (and gold annotation
files, ``*.gold.jsonl``) are passed over. A bad
record (invalid JSON, missing text, undecodable bytes, an empty or binary file) is
yielded as an :class:`~kg.errors.IngestError` naming its file and line, and reading
goes on with the next record.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, BinaryIO

from kg.errors import IngestError
from kg.types import Article
from kg.vocab import slugify

__all__ = [
    "ARTICLE_SUFFIXES",
    "parse_article_record",
    "parse_html",
    "parse_text",
    "read_articles",
    "text_id",
]

ARTICLE_SUFFIXES = (".jsonl", ".json", ".txt", ".html", ".htm")
#: Gold annotation files sit beside articles in evaluation folders; they are not articles.
_SKIPPED_SUFFIXES = (".gold.jsonl",)
_RECORD_KEYS = {"id", "title", "text", "html", "date", "url", "source"}


def text_id(text: str) -> str:
    """Return the stable id of an article that has none: a hash of its text.

    >>> text_id("Iran charged Israel.")
    'a-1025c6d909f344e2'
    """
    return "a-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _parse_date(value: Any, origin: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise IngestError(origin, f"'date' must be a string like 2024-01-24, not {value!r}")
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        raise IngestError(origin, f"'date' is not an ISO date (YYYY-MM-DD): {value!r}") from None


def _optional_str(record: Mapping[str, Any], key: str, origin: str) -> str | None:
    value = record.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise IngestError(origin, f"{key!r} must be a string, not {type(value).__name__}")
    return _text_only(value, key, origin)


def _text_only(value: str, key: str, origin: str) -> str:
    """Return ``value``; refuse a lone surrogate (JSON's ``"\udc80"``), which is not text."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as err:
        code = ord(value[err.start])
        raise IngestError(
            origin, f"{key!r} holds a lone surrogate (U+{code:04X} at {err.start}): not text"
        ) from None
    return value


_MAX_ID_LENGTH = 500


def _check_id(article_id: str, origin: str) -> str:
    """Return a stripped article id; refuse one that cannot name an article everywhere.

    An id is a path segment of ``DELETE /articles/{id}``: no slash or backslash, no
    control character, not ``.`` or ``..``, at most 500 characters.
    """
    article_id = _text_only(article_id, "id", origin).strip()
    bad = sorted({char for char in article_id if char in "/\\" or ord(char) < 32})
    if bad or article_id in (".", "..") or len(article_id) > _MAX_ID_LENGTH:
        raise IngestError(
            origin,
            f"'id' must be at most {_MAX_ID_LENGTH} characters without '/', '\\' or control "
            f"characters, and not '.' or '..': {article_id[:80]!r}",
        )
    return article_id


def parse_article_record(record: Any, *, origin: str = "<record>") -> Article:
    """Turn one article object of the JSON-lines format into an :class:`Article`.

    >>> record = {"id": "a1", "text": "Iran backs the Houthis.", "date": "2024-01-24"}
    >>> parse_article_record(record).date
    datetime.date(2024, 1, 24)

    Raises:
        IngestError: the record is not an object, or lacks text, or has a bad field.
    """
    if not isinstance(record, dict):
        raise IngestError(origin, f"expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    html = record.get("html")
    if text is None and html is not None:
        if not isinstance(html, str):
            raise IngestError(origin, "'html' must be a string")
        _text_only(html, "html", origin)
        from_html = parse_html(html, origin=origin)
        text = from_html.text
        record = {**record, "title": record.get("title") or from_html.title}
        if record.get("date") is None and from_html.date is not None:
            record["date"] = from_html.date.isoformat()
    if text is not None and not isinstance(text, str):
        raise IngestError(origin, f"'text' must be a string, not {type(text).__name__}")
    if not isinstance(text, str):
        keys = ", ".join(sorted(_RECORD_KEYS))
        raise IngestError(origin, f"missing 'text' (or 'html'); an article has the keys {keys}")
    if not text.strip():
        raise IngestError(origin, "empty 'text'")
    _text_only(text, "text", origin)
    article_id = record.get("id")
    if isinstance(article_id, int) and not isinstance(article_id, bool):
        article_id = str(article_id)
    if article_id is not None and (not isinstance(article_id, str) or not article_id.strip()):
        raise IngestError(origin, f"'id' must be a non-empty string, not {article_id!r}")
    return Article(
        id=_check_id(article_id, origin) if article_id else text_id(text),
        text=text,
        title=_optional_str(record, "title", origin),
        date=_parse_date(record.get("date"), origin),
        url=_optional_str(record, "url", origin),
        source=_optional_str(record, "source", origin),
        origin=origin,
    )


def parse_text(text: str, *, article_id: str | None = None, origin: str = "<text>") -> Article:
    r"""Make an article of plain text; its first line is the title.

    >>> parse_text("US strikes militia\n\nUS forces struck...", article_id="x").title
    'US strikes militia'
    """
    if not text.strip():
        raise IngestError(origin, "empty text")
    first_line = text.strip().split("\n", 1)[0].strip()
    title = first_line if len(first_line) <= 200 else None
    return Article(id=article_id or text_id(text), text=text, title=title, origin=origin)


def parse_html(html: str, *, article_id: str | None = None, origin: str = "<html>") -> Article:
    """Extract the main text and metadata of an HTML page with trafilatura."""
    import trafilatura

    document = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False
    )
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        raise IngestError(origin, "no article text found in the HTML")
    date = None
    raw_date = getattr(document, "date", None)
    if raw_date:
        try:
            date = dt.date.fromisoformat(str(raw_date)[:10])
        except ValueError:
            date = None
    return Article(
        id=article_id or text_id(text),
        text=text,
        title=getattr(document, "title", None) or None,
        date=date,
        url=getattr(document, "url", None) or None,
        source=getattr(document, "sitename", None) or None,
        origin=origin,
    )


def _decode(data: bytes, origin: str) -> str:
    if not data.strip():
        raise IngestError(origin, "empty file")
    if b"\x00" in data[:8192]:
        raise IngestError(origin, "binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise IngestError(origin, f"not UTF-8 text (byte {err.start}: {err.reason})") from None


def _read_json_lines(data: bytes, origin: str) -> Iterator[Article | IngestError]:
    if not data.strip():
        yield IngestError(origin, "empty file")
        return
    if b"\x00" in data[:8192]:
        yield IngestError(origin, "binary file (contains NUL bytes)")
        return
    for number, raw in enumerate(data.splitlines(), start=1):
        where = f"{origin}:{number}"
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8-sig")
            record = json.loads(line)
            yield parse_article_record(record, origin=where)
        except UnicodeDecodeError as err:
            yield IngestError(where, f"not UTF-8 text (byte {err.start}: {err.reason})")
        except json.JSONDecodeError as err:
            yield IngestError(where, f"invalid JSON: {err.msg} (column {err.colno})")
        except IngestError as err:
            yield err


def _read_json(data: bytes, origin: str) -> Iterator[Article | IngestError]:
    try:
        value = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        # Not one JSON document (JSON lines, or bad bytes or JSON on some line): read it
        # line by line, so that an empty, binary or bad line is reported with its number
        # and the good lines are still read.
        yield from _read_json_lines(data, origin)
        return
    records = value if isinstance(value, list) else [value]
    for index, record in enumerate(records, start=1):
        where = f"{origin}[{index}]" if isinstance(value, list) else origin
        try:
            yield parse_article_record(record, origin=where)
        except IngestError as err:
            yield err


def _read_bytes(
    data: bytes, origin: str, kind: str, stem: str | None
) -> Iterator[Article | IngestError]:
    if kind == ".jsonl":
        yield from _read_json_lines(data, origin)
        return
    if kind == ".json":
        yield from _read_json(data, origin)
        return
    try:
        text = _decode(data, origin)
        article_id = slugify(stem) if stem else None
        if kind in (".html", ".htm"):
            yield parse_html(text, article_id=article_id or None, origin=origin)
        else:
            yield parse_text(text, article_id=article_id or None, origin=origin)
    except IngestError as err:
        yield err


def _sniff(data: bytes) -> str:
    head = data.removeprefix(b"\xef\xbb\xbf").lstrip()[:200].lower()
    if head.startswith((b"{", b"[")):
        # The JSON reader takes one object, a list of objects, or JSON lines.
        return ".json"
    if head.startswith((b"<!doctype html", b"<html", b"<")):
        return ".html"
    return ".txt"


def _files(path: Path) -> Iterator[Path]:
    for root, dirs, names in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            lower = name.lower()
            if lower.endswith(_SKIPPED_SUFFIXES) or name.startswith("."):
                continue
            if lower.endswith(ARTICLE_SUFFIXES):
                yield Path(root) / name


def read_articles(
    paths: Iterable[str | os.PathLike[str]], *, stdin: BinaryIO | None = None
) -> Iterator[Article | IngestError]:
    """Yield the articles of files, folders and ``-`` (standard input), in order.

    Bad records are yielded as :class:`IngestError` (never raised), so that one bad
    record does not stop a batch.
    """
    for entry in paths:
        name = os.fspath(entry)
        if name == "-":
            data = (stdin or sys.stdin.buffer).read()
            yield from _read_bytes(data, "<stdin>", _sniff(data), None)
            continue
        path = Path(name)
        if path.is_dir():
            files = list(_files(path))
            if not files:
                yield IngestError(
                    name, f"no article files ({', '.join(ARTICLE_SUFFIXES)}) in folder"
                )
            for file in files:
                yield from _read_file(file)
        elif path.is_file():
            yield from _read_file(path, explicit=True)
        else:
            yield IngestError(name, "no such file or folder")


def _read_file(path: Path, *, explicit: bool = False) -> Iterator[Article | IngestError]:
    kind = path.suffix.lower()
    origin = str(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        yield IngestError(origin, f"cannot read: {err.strerror}")
        return
    if kind not in ARTICLE_SUFFIXES:
        if explicit:
            kind = _sniff(data)
        else:
            return
    yield from _read_bytes(data, origin, kind, path.stem)
