"""Shared fixtures: hand-built records and a real on-disk store holding them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.rdf import article_quads
from kg.store import EmbeddedStore, RemoteStore, Store
from kg.types import Actor, ActorType, Article, Assertion, Mention, Modality, Relation, Span
from kg.vocab import Iris

IRIS = Iris("https://kg.example.org/")

#: The keys of a ``kg extract --format jsonl`` record (DESIGN section 6, plus ``role``).
RECORD_KEYS = {
    "article",
    "relation",
    "subject",
    "object",
    "sentence",
    "modality",
    "attributed_to",
    "date",
    "location",
    "confidence",
    "rule",
    "role",
}

US = Actor(id="united-states", label="United States", type=ActorType.STATE, country="USA")
IRAN = Actor(id="iran", label="Iran", type=ActorType.STATE, country="IRN")
KH = Actor(
    id="kataib-hezbollah", label="Kataib Hezbollah", type=ActorType.ARMED_GROUP, country="IRQ"
)
HOUTHIS = Actor(id="houthis", label="Houthis", type=ActorType.ARMED_GROUP, country="YEM")
UK = Actor(id="united-kingdom", label="United Kingdom", type=ActorType.STATE, country="GBR")


def make_assertion(
    article: Article,
    subject: Actor,
    relation: Relation,
    obj: Actor,
    *,
    sentence: str,
    modality: Modality = Modality.ASSERTED,
    date: dt.date | None = None,
    rule: str = "test",
) -> Assertion:
    """Build an assertion whose spans point at the names inside ``sentence``."""
    start = article.text.index(sentence)
    s_text = subject.label if subject.label in sentence else subject.id
    o_text = obj.label if obj.label in sentence else obj.id
    s_start = article.text.find(s_text, start)
    o_start = article.text.find(o_text, start)
    return Assertion(
        article_id=article.id,
        subject=Mention(
            actor=subject, span=Span(text=s_text, start=s_start, end=s_start + len(s_text))
        ),
        relation=relation,
        object=Mention(actor=obj, span=Span(text=o_text, start=o_start, end=o_start + len(o_text))),
        sentence=Span(text=sentence, start=start, end=start + len(sentence)),
        modality=modality,
        date=date,
        rule=rule,
        confidence=0.8,
    )


def sample_articles() -> list[tuple[Article, list[Assertion]]]:
    """Two small articles with hand-made assertions (no NLP involved)."""
    a1 = Article(
        id="a1",
        title="Strikes in Iraq",
        text=(
            "United States forces struck Kataib Hezbollah on Tuesday. "
            "Iran supports Kataib Hezbollah. "
            "Iran denied that it supports Houthis."
        ),
        date=dt.date(2024, 1, 24),
        url="https://example.org/a1",
        source="test",
    )
    a2 = Article(
        id="a2",
        title="Red Sea",
        text=(
            "United States and United Kingdom struck Houthis. "
            "United States struck Kataib Hezbollah again."
        ),
        date=dt.date(2024, 2, 3),
    )
    s1 = "United States forces struck Kataib Hezbollah on Tuesday."
    s3 = "Iran denied that it supports Houthis."
    return [
        (
            a1,
            [
                make_assertion(
                    a1, US, Relation.ATTACKED, KH, sentence=s1, date=dt.date(2024, 1, 23)
                ),
                make_assertion(
                    a1, IRAN, Relation.SUPPORTS, KH, sentence="Iran supports Kataib Hezbollah."
                ),
                make_assertion(
                    a1, IRAN, Relation.SUPPORTS, HOUTHIS, sentence=s3, modality=Modality.DENIED
                ),
            ],
        ),
        (
            a2,
            [
                make_assertion(
                    a2,
                    US,
                    Relation.ATTACKED,
                    HOUTHIS,
                    sentence="United States and United Kingdom struck Houthis.",
                ),
                make_assertion(
                    a2,
                    UK,
                    Relation.ATTACKED,
                    HOUTHIS,
                    sentence="United States and United Kingdom struck Houthis.",
                ),
                make_assertion(
                    a2,
                    US,
                    Relation.ATTACKED,
                    KH,
                    sentence="United States struck Kataib Hezbollah again.",
                ),
            ],
        ),
    ]


def load_samples(store: Store) -> None:
    """Write the sample articles into a store."""
    for article, assertions in sample_articles():
        quads = article_quads(article, assertions, IRIS)
        store.replace_graph(IRIS.article_graph(article.id), quads)


@pytest.fixture
def sample_store(tmp_path: Path) -> Iterator[EmbeddedStore]:
    """A real on-disk Oxigraph store holding the two sample articles."""
    store = EmbeddedStore(tmp_path / "store", iris=IRIS)
    load_samples(store)
    yield store
    store.close()


@pytest.fixture
def remote_store(request: pytest.FixtureRequest) -> Iterator[RemoteStore]:
    """A RemoteStore on the module's (emptied) oxigraph server, holding the samples.

    The module imports ``empty_oxigraph_url`` from :mod:`tests.oxigraph_server`.
    """
    store = RemoteStore(request.getfixturevalue("empty_oxigraph_url"), iris=IRIS)
    load_samples(store)
    yield store
    store.close()


#: Tests that take tens of seconds on Virtuoso (its plan for the evidence query): run
#: with ``pytest -m slow``, left out of ``make test``.
_SLOW_ON_VIRTUOSO = ("tests/test_api.py::test_evidence",)


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.nodeid.startswith(_SLOW_ON_VIRTUOSO) and "[virtuoso" in item.nodeid:
            item.add_marker(pytest.mark.slow)
