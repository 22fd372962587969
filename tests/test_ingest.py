"""Reading articles: every input kind, folders, stable ids, and bad input that stops nothing."""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

from kg.errors import IngestError
from kg.ingest import (
    ARTICLE_SUFFIXES,
    parse_article_record,
    parse_html,
    parse_text,
    read_articles,
    text_id,
)
from kg.types import Article

BOM = b"\xef\xbb\xbf"

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>US strikes militia in Iraq | Example News</title>
<meta property="og:title" content="US strikes militia in Iraq">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2024-01-24T08:00:00Z">
</head>
<body>
<nav><ul>
<li><a href="/">Home page</a></li>
<li><a href="/world">World news menu</a></li>
</ul></nav>
<article>
<h1>US strikes militia in Iraq</h1>
<p>United States forces struck three facilities used by Kataib Hezbollah in Iraq on
Tuesday, the Pentagon said in a statement released late in the evening.</p>
<p>Defense Secretary Lloyd Austin said the strikes were a response to attacks on American
personnel in the region by Iran-backed militias over recent weeks.</p>
<p>Iraqi officials condemned the strikes as a violation of sovereignty and called for
calm from all sides of the conflict.</p>
</article>
<footer><p>Copyright 2024 Example News. All rights reserved. Subscribe to our newsletter.</p>
</footer>
</body>
</html>
"""

GOOD_1 = {"id": "first", "title": "First", "text": "Iran backs the Houthis.", "date": "2024-01-24"}
GOOD_2 = {"id": "second", "text": "US forces struck Kataib Hezbollah.", "source": "wire"}


def split(results: Iterable[Article | IngestError]) -> tuple[list[Article], list[IngestError]]:
    """Return the articles and the errors of a read, each in order."""
    items = list(results)
    articles = [r for r in items if isinstance(r, Article)]
    errors = [r for r in items if isinstance(r, IngestError)]
    assert len(articles) + len(errors) == len(items)
    return articles, errors


def jsonl(*records: Any) -> str:
    return "".join(json.dumps(r) + "\n" for r in records)


def read_one(path: Path) -> Article:
    (article,) = split(read_articles([path]))[0]
    return article


def read_stdin(data: bytes) -> list[Article | IngestError]:
    return list(read_articles(["-"], stdin=io.BytesIO(data)))


# ---- .txt -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("file_name", "content", "article_id", "title"),
    [
        (
            "us-strikes-iraq-militia.txt",
            "US strikes militia\n\nUS forces struck Kataib Hezbollah on Tuesday.\n",
            "us-strikes-iraq-militia",
            "US strikes militia",
        ),
        (
            "US Strikes Iraq Militia.TXT",
            "US strikes militia\n\nUS forces struck Kataib Hezbollah.",
            "us-strikes-iraq-militia",
            "US strikes militia",
        ),
        (
            "Côte d’Ivoire talks.txt",
            "Talks in Abidjan\r\n\r\nThe talks resumed.\r\n",
            "cote-divoire-talks",
            "Talks in Abidjan",
        ),
        (
            "leading-blank-lines.txt",
            "\n\n  Houthis fire missile  \nThe Houthis fired a missile.",
            "leading-blank-lines",
            "Houthis fire missile",
        ),
        ("long-first-line.txt", "word " * 60 + "\nsecond line", "long-first-line", None),
    ],
)
def test_txt_file(
    tmp_path: Path, file_name: str, content: str, article_id: str, title: str | None
) -> None:
    path = tmp_path / file_name
    path.write_bytes(content.encode("utf-8"))
    article = read_one(path)
    assert article.id == article_id
    assert article.title == title
    # Offsets point into the text, so it is the file's exact contents (line ends too).
    assert article.text == content
    assert article.origin == str(path)
    assert article.date is None


def test_txt_file_with_a_stem_that_has_no_slug_gets_a_text_id(tmp_path: Path) -> None:
    path = tmp_path / "---.txt"
    path.write_text("Iran backs the Houthis.", encoding="utf-8")
    assert read_one(path).id == text_id("Iran backs the Houthis.")


def test_parse_text() -> None:
    article = parse_text("Title\nBody.", article_id="x", origin="here")
    assert (article.id, article.title, article.text, article.origin) == (
        "x",
        "Title",
        "Title\nBody.",
        "here",
    )
    assert parse_text("Title\nBody.").id == text_id("Title\nBody.")
    with pytest.raises(IngestError, match="empty text"):
        parse_text(" \n\t", origin="there")


# ---- .html ----------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".html", ".htm", ".HTML"])
def test_html_file(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"US strikes Iraq{suffix}"
    path.write_text(PAGE, encoding="utf-8")
    article = read_one(path)
    assert article.id == "us-strikes-iraq"
    assert article.title == "US strikes militia in Iraq"
    assert article.date == dt.date(2024, 1, 24)
    assert article.source == "Example News"
    assert article.origin == str(path)
    assert "Kataib Hezbollah" in article.text
    assert "Lloyd Austin" in article.text
    assert "condemned the strikes" in article.text
    for boilerplate in ("Home page", "World news menu", "Copyright", "newsletter"):
        assert boilerplate not in article.text


def test_parse_html_without_an_id_gets_the_id_of_its_text() -> None:
    article = parse_html(PAGE)
    assert article.id == text_id(article.text)
    assert article.origin == "<html>"


def test_parse_html_without_text_is_an_error() -> None:
    with pytest.raises(IngestError, match="no article text found in the HTML") as info:
        parse_html("<html><body></body></html>", origin="page.html")
    assert info.value.origin == "page.html"


def test_html_file_without_text_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "empty-page.html"
    path.write_text("<html><head><title>x</title></head><body></body></html>", encoding="utf-8")
    articles, errors = split(read_articles([path]))
    assert articles == []
    assert [e.origin for e in errors] == [str(path)]
    assert "no article text" in errors[0].reason


# ---- .jsonl and .json -----------------------------------------------------------------


def test_jsonl_file_with_several_articles(tmp_path: Path) -> None:
    third = {
        "title": "No id",
        "text": "Hezbollah fired rockets.",
        "date": "2024-02-03T10:15:00Z",
        "url": "https://example.org/3",
    }
    path = tmp_path / "batch.jsonl"
    path.write_text(jsonl(GOOD_1, GOOD_2) + "\n" + jsonl(third), encoding="utf-8")
    articles, errors = split(read_articles([path]))
    assert errors == []
    assert [a.id for a in articles] == ["first", "second", text_id("Hezbollah fired rockets.")]
    # Blank lines are passed over, but count for the line numbers.
    assert [a.origin for a in articles] == [f"{path}:1", f"{path}:2", f"{path}:4"]
    first, second, last = articles
    assert (first.title, first.text, first.date) == (
        "First",
        "Iran backs the Houthis.",
        dt.date(2024, 1, 24),
    )
    assert (second.title, second.date, second.source) == (None, None, "wire")
    assert (last.date, last.url) == (dt.date(2024, 2, 3), "https://example.org/3")


def test_json_file_with_one_object(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text(json.dumps(GOOD_1, indent=2), encoding="utf-8")
    article = read_one(path)
    assert (article.id, article.title, article.origin) == ("first", "First", str(path))


def test_json_file_with_a_list(tmp_path: Path) -> None:
    path = tmp_path / "list.json"
    path.write_text(json.dumps([GOOD_1, {"text": ""}, GOOD_2], indent=2), encoding="utf-8")
    articles, errors = split(read_articles([path]))
    assert [a.id for a in articles] == ["first", "second"]
    assert [a.origin for a in articles] == [f"{path}[1]", f"{path}[3]"]
    assert [(e.origin, e.reason) for e in errors] == [(f"{path}[2]", "empty 'text'")]


def test_json_file_may_hold_json_lines(tmp_path: Path) -> None:
    path = tmp_path / "lines.json"
    path.write_text(jsonl(GOOD_1, GOOD_2), encoding="utf-8")
    articles, errors = split(read_articles([path]))
    assert errors == []
    assert [a.origin for a in articles] == [f"{path}:1", f"{path}:2"]


def test_integer_id_becomes_a_string(tmp_path: Path) -> None:
    path = tmp_path / "int.jsonl"
    path.write_text(jsonl({"id": 42, "text": "x"}, {"id": " padded ", "text": "y"}), "utf-8")
    assert [a.id for a in split(read_articles([path]))[0]] == ["42", "padded"]


# ---- standard input -------------------------------------------------------------------

STDIN_CASES = [
    pytest.param(jsonl(GOOD_1, GOOD_2).encode(), ["first", "second"], id="json-lines"),
    pytest.param(json.dumps(GOOD_1).encode(), ["first"], id="json-object"),
    pytest.param(json.dumps(GOOD_1, indent=2).encode(), ["first"], id="json-object-indented"),
    pytest.param(json.dumps([GOOD_1, GOOD_2]).encode(), ["first", "second"], id="json-list"),
    pytest.param(
        b"\n  " + json.dumps([GOOD_1, GOOD_2], indent=1).encode(),
        ["first", "second"],
        id="json-list-after-blank-lines",
    ),
    pytest.param(BOM + jsonl(GOOD_1, GOOD_2).encode(), ["first", "second"], id="json-lines-bom"),
]


@pytest.mark.parametrize(("data", "ids"), STDIN_CASES)
def test_stdin_json(data: bytes, ids: list[str]) -> None:
    articles, errors = split(read_stdin(data))
    assert errors == []
    assert [a.id for a in articles] == ids
    assert all(a.origin.startswith("<stdin>") for a in articles)


def test_stdin_html() -> None:
    (article,) = read_stdin(PAGE.encode())
    assert isinstance(article, Article)
    assert article.title == "US strikes militia in Iraq"
    assert article.date == dt.date(2024, 1, 24)
    assert "World news menu" not in article.text
    assert article.id == text_id(article.text)
    assert article.origin == "<stdin>"


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (
            b"Houthis fire missile\n\nThe Houthis fired.\n",
            "Houthis fire missile\n\nThe Houthis fired.\n",
        ),
        (
            BOM + b"Houthis fire missile\nThe Houthis fired.",
            "Houthis fire missile\nThe Houthis fired.",
        ),
        ("Côte d’Ivoire\nTalks.".encode(), "Côte d’Ivoire\nTalks."),
    ],
)
def test_stdin_text(data: bytes, text: str) -> None:
    (article,) = read_stdin(data)
    assert isinstance(article, Article)
    assert article.text == text
    assert article.title == text.split("\n", 1)[0]
    assert article.id == text_id(text)
    assert article.origin == "<stdin>"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b" \n\t\n", "empty file"),
        (b"\x00\x01\x02binary", "binary file"),
        (b"caf\xe9 au lait", "not UTF-8"),
    ],
)
def test_stdin_bad_input(data: bytes, reason: str) -> None:
    (error,) = read_stdin(data)
    assert isinstance(error, IngestError)
    assert error.origin == "<stdin>"
    assert reason in error.reason


def test_stdin_bad_line_is_reported_with_its_number() -> None:
    data = jsonl(GOOD_1).encode() + b'{"text": \n' + jsonl(GOOD_2).encode()
    articles, errors = split(read_stdin(data))
    assert [a.id for a in articles] == ["first", "second"]
    assert [e.origin for e in errors] == ["<stdin>:2"]


# ---- folders --------------------------------------------------------------------------


def test_folder_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    root = tmp_path / "articles"
    files = {
        "b.txt": "B title\nB text.",
        "a.jsonl": jsonl({"id": "a1", "text": "A one."}, {"id": "a2", "text": "A two."}),
        "c.json": json.dumps({"id": "c", "text": "C."}),
        "d.html": PAGE,
        "sub/z.txt": "Z\nZ text.",
        "sub/deeper/y.txt": "Y\nY text.",
        "another/x.txt": "X\nX text.",
        # Passed over: hidden files and folders, other kinds, gold annotations.
        ".hidden.txt": "hidden",
        ".git/config.txt": "hidden folder",
        "sub/.cache/w.txt": "hidden folder",
        "notes.md": "not an article",
        "data.csv": "a,b",
        "README": "no suffix",
        "a.gold.jsonl": jsonl({"article": "a1", "relation": "attacked"}),
        "sub/z.GOLD.JSONL": jsonl({"article": "z", "relation": "attacked"}),
    }
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    articles, errors = split(read_articles([root]))
    assert errors == []
    # A folder's files in sorted order, then its subfolders in sorted order.
    assert [a.id for a in articles] == ["a1", "a2", "b", "c", "d", "x", "z", "y"]
    assert [Path(a.origin).relative_to(root).as_posix() for a in articles] == [
        "a.jsonl:1",
        "a.jsonl:2",
        "b.txt",
        "c.json",
        "d.html",
        "another/x.txt",
        "sub/z.txt",
        "sub/deeper/y.txt",
    ]


def test_paths_are_read_in_the_order_given(tmp_path: Path) -> None:
    for name in ("one", "two"):
        (tmp_path / f"{name}.txt").write_text(f"{name}\ntext", encoding="utf-8")
    paths = [tmp_path / "two.txt", tmp_path / "one.txt", str(tmp_path / "two.txt")]
    assert [a.id for a in split(read_articles(paths))[0]] == ["two", "one", "two"]


def test_file_of_unknown_kind_named_explicitly_is_sniffed(tmp_path: Path) -> None:
    text_file = tmp_path / "article.md"
    text_file.write_text("Title\nBody.", encoding="utf-8")
    json_file = tmp_path / "articles.ndjson"
    json_file.write_text(jsonl(GOOD_1, GOOD_2), encoding="utf-8")
    articles, errors = split(read_articles([text_file, json_file]))
    assert errors == []
    assert [a.id for a in articles] == ["article", "first", "second"]


def test_suffixes() -> None:
    assert set(ARTICLE_SUFFIXES) == {".jsonl", ".json", ".txt", ".html", ".htm"}


# ---- stable ids -----------------------------------------------------------------------


def test_text_id_is_stable() -> None:
    text = "Iran charged Israel."
    assert text_id(text) == text_id(text) == "a-1025c6d909f344e2"
    assert text_id(text + " ") != text_id(text)
    assert text_id("Côte d’Ivoire").startswith("a-")
    assert len(text_id("x")) == len("a-") + 16


def test_article_without_id_gets_the_id_of_its_text(tmp_path: Path) -> None:
    record = {"title": "t", "text": "Iran backs the Houthis."}
    assert parse_article_record(record).id == text_id(record["text"])
    path = tmp_path / "no-ids.jsonl"
    path.write_text(jsonl(record, record | {"id": None}), encoding="utf-8")
    first_read = [a.id for a in split(read_articles([path]))[0]]
    second_read = [a.id for a in split(read_articles([path]))[0]]
    assert first_read == second_read == [text_id(record["text"])] * 2


# ---- bad input ------------------------------------------------------------------------

BAD_LINES = [
    pytest.param(b'{"id": "bad", "text": ', "invalid JSON", id="invalid-json"),
    pytest.param(b"not json at all", "invalid JSON", id="not-json"),
    pytest.param(b'{"id": "bad"}', "missing 'text'", id="missing-text"),
    pytest.param(b'{"id": "bad", "text": "  \\n "}', "empty 'text'", id="empty-text"),
    pytest.param(b'{"id": "bad", "text": 5}', "'text' must be a string", id="text-not-string"),
    pytest.param(b'{"id": ["bad"], "text": "t"}', "'id' must be a non-empty string", id="id-list"),
    pytest.param(b'{"id": true, "text": "t"}', "'id' must be a non-empty string", id="id-bool"),
    pytest.param(b'{"id": "  ", "text": "t"}', "'id' must be a non-empty string", id="id-blank"),
    pytest.param(b'{"text": "t", "date": "yesterday"}', "not an ISO date", id="bad-date"),
    pytest.param(b'{"text": "t", "date": "2024-13-01"}', "not an ISO date", id="no-such-date"),
    pytest.param(b'{"text": "t", "date": 20240124}', "'date' must be a string", id="date-int"),
    pytest.param(b'{"text": "t", "title": 5}', "'title' must be a string", id="title-int"),
    pytest.param(b'{"text": "t", "url": ["u"]}', "'url' must be a string", id="url-list"),
    pytest.param(b"[1, 2]", "expected a JSON object, got list", id="list-line"),
    pytest.param(b'"a string"', "expected a JSON object, got str", id="string-line"),
    pytest.param(b"null", "expected a JSON object, got NoneType", id="null-line"),
    pytest.param(b'{"id": "bad", "text": "caf\xe9"}', "not UTF-8", id="undecodable-bytes"),
    pytest.param(b'{"id": "bad", "html": 5}', "'html' must be a string", id="html-not-string"),
    pytest.param(b'{"html": "<html></html>"}', "no article text found", id="html-without-text"),
]


@pytest.mark.parametrize("suffix", [".jsonl", ".json"])
@pytest.mark.parametrize(("bad_line", "reason"), BAD_LINES)
def test_bad_line_is_reported_and_reading_goes_on(
    tmp_path: Path, suffix: str, bad_line: bytes, reason: str
) -> None:
    path = tmp_path / f"batch{suffix}"
    path.write_bytes(jsonl(GOOD_1).encode() + bad_line + b"\n" + jsonl(GOOD_2).encode())
    results = list(read_articles([path]))
    assert [type(r) for r in results] == [Article, IngestError, Article]
    first, error, second = results
    assert isinstance(first, Article)
    assert isinstance(second, Article)
    assert isinstance(error, IngestError)
    assert (first.id, second.id) == ("first", "second")
    assert error.origin == f"{path}:2"
    assert reason in error.reason
    assert str(error).startswith(f"{path}:2: ")


@pytest.mark.parametrize(
    ("file_name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("empty.jsonl", b"", "empty file"),
        ("empty.json", b"", "empty file"),
        ("empty.html", b"", "empty file"),
        ("blank.txt", b"\n \n\t", "empty file"),
        ("blank.jsonl", b"\n\n", "empty file"),
        ("bom-only.txt", BOM, "empty text"),
        ("binary.txt", b"GIF89a\x00\x01\x02\x03", "binary file"),
        ("binary.jsonl", b'{"text": "a"}\n\x00\x00\x00', "binary file"),
        ("binary.json", b"\x00\x00", "binary file"),
        ("latin1.txt", "café au lait".encode("latin-1"), "not UTF-8"),
        ("latin1.html", "<p>café</p>".encode("latin-1"), "not UTF-8"),
    ],
)
def test_bad_file_is_reported_and_reading_goes_on(
    tmp_path: Path, file_name: str, content: bytes, reason: str
) -> None:
    bad = tmp_path / file_name
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text("Good\nA good article.", encoding="utf-8")
    articles, errors = split(read_articles([bad, good]))
    assert [a.id for a in articles] == ["good"]
    assert [e.origin for e in errors] == [str(bad)]
    assert reason in errors[0].reason


def test_bad_file_in_a_folder_does_not_stop_the_folder(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"\x00\x01")
    (tmp_path / "b.jsonl").write_text(jsonl(GOOD_1) + "{oops\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("C\nC text.", encoding="utf-8")
    results = list(read_articles([tmp_path]))
    assert [r.id if isinstance(r, Article) else r.origin for r in results] == [
        str(tmp_path / "a.txt"),
        "first",
        f"{tmp_path / 'b.jsonl'}:2",
        "c",
    ]


def test_missing_path_is_reported_and_reading_goes_on(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "gone.jsonl"
    good = tmp_path / "good.txt"
    good.write_text("Good\ntext", encoding="utf-8")
    articles, errors = split(read_articles([missing, good]))
    assert [a.id for a in articles] == ["good"]
    assert [(e.origin, e.reason) for e in errors] == [(str(missing), "no such file or folder")]


@pytest.mark.parametrize(
    "files",
    [
        pytest.param({}, id="empty"),
        pytest.param({"notes.md": "x", ".hidden.txt": "x", "a.gold.jsonl": "{}"}, id="no-articles"),
    ],
)
def test_folder_without_articles_is_reported(tmp_path: Path, files: dict[str, str]) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    for name, content in files.items():
        (folder / name).write_text(content, encoding="utf-8")
    (error,) = read_articles([folder])
    assert isinstance(error, IngestError)
    assert error.origin == str(folder)
    assert "no article files" in error.reason


# ---- parse_article_record -------------------------------------------------------------


@pytest.mark.parametrize(
    ("record", "match"),
    [
        (["not", "an", "object"], r"^rec:7: expected a JSON object, got list$"),
        ("text", "expected a JSON object, got str"),
        ({}, r"missing 'text' \(or 'html'\); an article has the keys date, html, id, "),
        ({"id": "x", "title": "no text"}, "missing 'text'"),
        ({"text": None}, "missing 'text'"),
        ({"text": ""}, "empty 'text'"),
        ({"text": " \n\t "}, "empty 'text'"),
        ({"text": 5}, "'text' must be a string, not int"),
        ({"text": "t", "id": 3.5}, r"'id' must be a non-empty string, not 3\.5"),
        ({"text": "t", "id": ["x"]}, r"'id' must be a non-empty string, not \['x'\]"),
        ({"text": "t", "id": False}, "'id' must be a non-empty string, not False"),
        ({"text": "t", "id": ""}, "'id' must be a non-empty string, not ''"),
        ({"text": "t", "date": "24/01/2024"}, r"'date' is not an ISO date \(YYYY-MM-DD\)"),
        ({"text": "t", "date": "2024-02-30"}, "'date' is not an ISO date"),
        ({"text": "t", "date": 2024}, "'date' must be a string like 2024-01-24, not 2024"),
        ({"text": "t", "title": ["x"]}, "'title' must be a string, not list"),
        ({"text": "t", "source": 1}, "'source' must be a string, not int"),
        ({"text": "t", "url": {"href": "x"}}, "'url' must be a string, not dict"),
        ({"html": ["<p>"]}, "'html' must be a string"),
        ({"html": "<html><body></body></html>"}, "no article text found in the HTML"),
    ],
)
def test_parse_article_record_errors(record: Any, match: str) -> None:
    with pytest.raises(IngestError, match=match) as info:
        parse_article_record(record, origin="rec:7")
    assert info.value.origin == "rec:7"
    assert str(info.value).startswith("rec:7: ")


def test_parse_article_record_fields() -> None:
    record = {
        "id": " a1 ",
        "title": "Strikes",
        "text": "US forces struck Kataib Hezbollah.",
        "date": "2024-01-24",
        "url": "https://example.org/a1",
        "source": "wire",
        "extra": "ignored",
    }
    assert parse_article_record(record, origin="x.jsonl:3") == Article(
        id="a1",
        title="Strikes",
        text="US forces struck Kataib Hezbollah.",
        date=dt.date(2024, 1, 24),
        url="https://example.org/a1",
        source="wire",
        origin="x.jsonl:3",
    )
    empty_optionals = {"text": "t", "title": "", "date": "", "url": None, "source": ""}
    article = parse_article_record(empty_optionals)
    assert (article.title, article.date, article.url, article.source) == (None, None, None, None)
    assert article.origin == "<record>"


def test_parse_article_record_with_html_instead_of_text() -> None:
    article = parse_article_record({"id": "h1", "html": PAGE}, origin="feed.jsonl:4")
    assert article.id == "h1"
    assert article.title == "US strikes militia in Iraq"
    assert article.date == dt.date(2024, 1, 24)
    assert "Kataib Hezbollah" in article.text
    assert "World news menu" not in article.text
    assert article.origin == "feed.jsonl:4"
    # The record's own fields win over the page's metadata.
    own = parse_article_record({"html": PAGE, "title": "Mine", "date": "2024-02-01"})
    assert (own.title, own.date) == ("Mine", dt.date(2024, 2, 1))
    assert own.id == text_id(own.text)
    # Text wins over HTML when a record has both.
    both = parse_article_record({"text": "Plain.", "html": PAGE})
    assert both.text == "Plain."


def test_html_record_in_a_jsonl_file(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(jsonl({"id": "h1", "html": PAGE}, GOOD_1), encoding="utf-8")
    articles, errors = split(read_articles([path]))
    assert errors == []
    assert [(a.id, a.title) for a in articles] == [
        ("h1", "US strikes militia in Iraq"),
        ("first", "First"),
    ]


# ---- byte order marks -----------------------------------------------------------------


def test_bom_txt_is_not_part_of_the_text(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(BOM + b"Title\nBody.")
    article = read_one(path)
    assert article.text == "Title\nBody."
    assert article.title == "Title"


@pytest.mark.parametrize(
    ("file_name", "content"),
    [
        ("bom.jsonl", jsonl(GOOD_1, GOOD_2)),
        ("bom.json", json.dumps([GOOD_1, GOOD_2])),
        ("bom-lines.json", jsonl(GOOD_1, GOOD_2)),
    ],
)
def test_bom_json(tmp_path: Path, file_name: str, content: str) -> None:
    path = tmp_path / file_name
    path.write_bytes(BOM + content.encode())
    articles, errors = split(read_articles([path]))
    assert errors == []
    assert [a.id for a in articles] == ["first", "second"]


def test_bom_html(tmp_path: Path) -> None:
    path = tmp_path / "bom.html"
    path.write_bytes(BOM + PAGE.encode())
    assert read_one(path).title == "US strikes militia in Iraq"
