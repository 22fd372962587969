"""End-to-end tests of kg.pipeline: the real model, a real on-disk store, a real server."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import orjson
import pytest
from pyoxigraph import Quad

from kg.ingest import read_articles
from kg.nlp import blank_dateline
from kg.pipeline import Pipeline, assertion_record, retract
from kg.store import EmbeddedStore, RemoteStore, Store
from kg.types import Article
from kg.vocab import KGO, PREFIXES
from tests.conftest import RECORD_KEYS
from tests.oxigraph_server import empty_oxigraph_url, oxigraph_url  # noqa: F401

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
EXAMPLE_COUNT = 14
SEED = ROOT / "tests" / "data" / "seed" / "us-strikes-iraq-militia.jsonl"
SEED_ID = "us-strikes-iraq-militia"

ACTOR_KEYS = {"id", "label", "type", "state", "mention"}
SPAN_KEYS = {"text", "start", "end"}
MODALITIES = {"asserted", "alleged", "denied", "hypothetical"}


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    """One pipeline for the module: the model is loaded once, on first use."""
    return Pipeline()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[EmbeddedStore]:
    store = EmbeddedStore(tmp_path / "store")
    yield store
    store.close()


def graph_counts(store: Store) -> dict[str, int]:
    """Count the quads of every named graph with SPARQL (works on both backends)."""
    rows = store.select("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    return {row["g"].value: int(row["n"].value) for row in rows}


def graph_size(store: Store, graph: str) -> int:
    rows = store.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    return int(rows[0]["n"].value)


def quads_by_graph(store: Store) -> dict[str, set[Quad]]:
    result: dict[str, set[Quad]] = defaultdict(set)
    for quad in store.quads():
        result[quad.graph_name.value].add(quad)
    return dict(result)


def article_graphs(store: Store) -> set[str]:
    return {store.iris.article_graph(article_id) for article_id in store.article_ids()}


@pytest.mark.model
def test_ingesting_twice_is_idempotent(pipeline: Pipeline, store: EmbeddedStore) -> None:
    first = pipeline.ingest(store, read_articles([EXAMPLES]))
    assert first.articles == EXAMPLE_COUNT
    assert first.skipped == []
    assert first.assertions > 0
    count, graphs, counts = store.count(), store.graphs(), graph_counts(store)
    articles = {graph: quads_by_graph(store)[graph] for graph in article_graphs(store)}

    second = pipeline.ingest(store, read_articles([EXAMPLES]))

    assert second.articles == EXAMPLE_COUNT
    assert store.count() == count
    assert store.graphs() == graphs
    assert graph_counts(store) == counts
    assert len(store.article_ids()) == EXAMPLE_COUNT
    # Article graphs have no blank nodes: the very same quads come back. (The ontology
    # graph has blank nodes, fresh at each load, so only its size is compared.)
    assert {graph: quads_by_graph(store)[graph] for graph in article_graphs(store)} == articles


@pytest.mark.model
def test_vocabulary_is_written_once_per_store_and_gazetteer(tmp_path: Path) -> None:
    first, again = EmbeddedStore(tmp_path / "a"), EmbeddedStore(tmp_path / "b")
    try:
        pipeline = Pipeline()
        articles = list(read_articles([EXAMPLES]))[:1]
        pipeline.ingest(first, articles)
        gazetteer_graph = first.iris.gazetteer_graph
        assert graph_size(first, gazetteer_graph) > 0
        # Written once: a second ingest into the same store does not write it again...
        first.drop_graph(gazetteer_graph)
        pipeline.ingest(first, articles)
        assert graph_size(first, gazetteer_graph) == 0
        # ...but another store gets its own, and so does a fresh pipeline.
        pipeline.ingest(again, articles)
        assert graph_size(again, gazetteer_graph) > 0
        Pipeline().ingest(first, articles)
        assert graph_size(first, gazetteer_graph) > 0
    finally:
        first.close()
        again.close()


@pytest.mark.model
def test_retract_removes_exactly_the_article_graph(
    pipeline: Pipeline, store: EmbeddedStore
) -> None:
    pipeline.ingest(store, read_articles([EXAMPLES]))
    target = store.iris.article_graph(SEED_ID)
    in_article = graph_size(store, target)
    assert in_article > 0
    total = store.count()
    before = quads_by_graph(store)

    assert retract(store, SEED_ID) is True

    assert total - store.count() == in_article
    assert target not in store.graphs()
    assert SEED_ID not in store.article_ids()
    after = quads_by_graph(store)
    assert after == {graph: quads for graph, quads in before.items() if graph != target}
    assert len(store.article_ids()) == EXAMPLE_COUNT - 1


@pytest.mark.model
def test_retract_a_missing_article_returns_false(pipeline: Pipeline, store: EmbeddedStore) -> None:
    pipeline.ingest(store, read_articles([SEED]))
    count = store.count()

    assert retract(store, "no-such-article") is False
    assert retract(store, SEED_ID) is True
    assert retract(store, SEED_ID) is False
    assert store.count() < count


def seed_records(pipeline: Pipeline) -> tuple[str, list[dict[str, Any]]]:
    """Return the seed article's text (as in the file) and its `kg extract` records."""
    text = json.loads(SEED.read_text(encoding="utf-8").splitlines()[0])["text"]
    records = [
        assertion_record(assertion, pipeline.gazetteer)
        for _article, assertions in pipeline.extract(read_articles([SEED]))
        for assertion in assertions
    ]
    return text, records


def has_record(
    records: list[dict[str, Any]], subject: str, relation: str, obj: str, *, state: str
) -> bool:
    return any(
        r["relation"] == relation
        and (r["subject"]["label"] == subject or r["subject"]["state"] == state)
        and r["object"]["label"] == obj
        for r in records
    )


@pytest.mark.model
def test_extract_finds_the_seed_assertions(pipeline: Pipeline) -> None:
    _text, records = seed_records(pipeline)

    assert has_record(
        records, "United States", "attacked", "Kataib Hezbollah", state="united-states"
    )
    assert has_record(records, "Iran", "supports", "Kataib Hezbollah", state="iran")


@pytest.mark.model
def test_two_processes_extract_what_one_does(pipeline: Pipeline) -> None:
    # 40 articles: more than two batches in flight per worker, so the order of the
    # results and the bounded window are exercised.
    examples = [item for item in read_articles([EXAMPLES]) if isinstance(item, Article)]
    articles = [replace(item, id=f"{item.id}-{copy}") for copy in range(3) for item in examples]
    assert len(articles) == 3 * EXAMPLE_COUNT
    one = [(a.id, found) for a, found in pipeline.extract(articles)]
    pipeline.n_process = 2
    try:
        two = [(a.id, found) for a, found in pipeline.extract(articles)]
    finally:
        pipeline.n_process = 1
    assert [article_id for article_id, _ in two] == [a.id for a in articles]
    assert two == one
    assert sum(len(found) for _, found in one) > 0


@pytest.mark.model
def test_extract_records_follow_the_cli_contract(pipeline: Pipeline) -> None:
    text, records = seed_records(pipeline)
    assert records

    for record in records:
        assert set(record) == RECORD_KEYS, record
        assert record["article"] == SEED_ID
        assert record["modality"] in MODALITIES
        assert isinstance(record["relation"], str)
        assert isinstance(record["rule"], str)
        assert 0.0 <= record["confidence"] <= 1.0
        for role in ("subject", "object"):
            actor = record[role]
            assert set(actor) == ACTOR_KEYS, actor
            assert set(actor["mention"]) == SPAN_KEYS
            mention = actor["mention"]
            assert text[mention["start"] : mention["end"]] == mention["text"], record
        sentence = record["sentence"]
        assert set(sentence) == SPAN_KEYS
        assert text[sentence["start"] : sentence["end"]] == sentence["text"], record
        # What `kg extract` prints: the record must survive JSON.
        assert json.loads(orjson.dumps(record)) == record


@pytest.mark.model
def test_a_bad_record_is_skipped_and_the_rest_ingested(
    pipeline: Pipeline, store: EmbeddedStore, tmp_path: Path
) -> None:
    good_line = (EXAMPLES / "gaza-ceasefire-deal.jsonl").read_text(encoding="utf-8").strip()
    good_id = json.loads(good_line)["id"]
    folder = tmp_path / "batch"
    folder.mkdir()
    batch = folder / "batch.jsonl"
    batch.write_text(
        good_line + "\n" + "{not json\n" + '{"id": "no-text", "title": "t"}\n',
        encoding="utf-8",
    )

    report = pipeline.ingest(store, read_articles([folder]))

    assert report.articles == 1
    assert [problem.origin for problem in report.skipped] == [f"{batch}:2", f"{batch}:3"]
    assert "invalid JSON" in str(report.skipped[0])
    assert "missing 'text'" in str(report.skipped[1])
    assert store.article_ids() == [good_id]
    assert graph_size(store, store.iris.article_graph(good_id)) > 0


@pytest.mark.model
def test_ingest_writes_the_ontology_and_the_gazetteer(
    pipeline: Pipeline, store: EmbeddedStore
) -> None:
    pipeline.ingest(store, read_articles([SEED]))

    iris = store.iris
    assert store.has_graph(iris.ontology_graph)
    assert store.has_graph(iris.gazetteer_graph)
    attacked = store.select(
        f"SELECT ?type WHERE {{ GRAPH <{iris.ontology_graph}> {{ <{KGO.attacked}> a ?type }} }}"
    )
    assert PREFIXES["owl"] + "ObjectProperty" in {row["type"].value for row in attacked}
    iran = store.select(
        f"SELECT ?label WHERE {{ GRAPH <{iris.gazetteer_graph}> "
        f"{{ <{iris.actor('iran')}> <{PREFIXES['rdfs']}label> ?label }} }}"
    )
    assert [row["label"].value for row in iran] == ["Iran"]


@pytest.mark.model
@pytest.mark.remote
def test_a_remote_store_gets_the_same_quads(
    pipeline: Pipeline,
    store: EmbeddedStore,
    empty_oxigraph_url: str,  # noqa: F811
) -> None:
    pipeline.ingest(store, read_articles([EXAMPLES]))
    with RemoteStore(empty_oxigraph_url) as remote:
        report = pipeline.ingest(remote, read_articles([EXAMPLES]))
        assert report.articles == EXAMPLE_COUNT
        assert remote.article_ids() == store.article_ids()
        embedded_counts = graph_counts(store)
        remote_counts = graph_counts(remote)
        for graph in article_graphs(store):
            assert remote_counts[graph] == embedded_counts[graph], graph
        assert remote_counts == embedded_counts
        assert remote.count() == store.count()


@pytest.mark.parametrize(
    "opening",
    [
        "ERBIL, Iraq (Reuters) - ",
        "DAMASCUS, Syria (AP) — ",
        "Erbil, Iraq (AFP) - ",
        "BEIRUT — ",
        # Reuters' dateline with its date, and a country of several words
        "DUBAI, Sept 3 (Reuters) - ",
        "GOMA, Democratic Republic of Congo, Feb 10 (Reuters) - ",
        "CULIACAN, Mexico, June 5 (Reuters) - ",
        "BEIRUT/RAQQA, Syria (Reuters) - ",
    ],
)
def test_a_wire_dateline_is_no_part_of_the_first_sentence(opening: str) -> None:

    text = opening + "Kurdish forces and Shiite militias clashed near Kirkuk."
    blanked = blank_dateline(text)
    assert len(blanked) == len(text)  # every offset stays
    assert blanked.strip() == "Kurdish forces and Shiite militias clashed near Kirkuk."


@pytest.mark.parametrize(
    "text",
    ["ISIS — the group — said it attacked.", "Iraqi forces advanced - slowly.", "US forces: none."],
)
def test_text_without_a_dateline_stays(text: str) -> None:

    assert blank_dateline(text) == text


@pytest.mark.model
def test_the_first_sentence_after_a_dateline_keeps_its_subject(pipeline: Pipeline) -> None:
    article = Article(
        id="dateline",
        text="ERBIL, Iraq (Reuters) - Kurdish Peshmerga forces shelled Islamic State positions.",
    )
    [(_, assertions)] = list(pipeline.extract([article]))
    triples = {(a.subject.actor.id, a.relation.value, a.object.actor.id) for a in assertions}
    assert ("peshmerga", "attacked", "islamic-state") in triples
    # the evidence offsets are the article's own
    [attack] = [a for a in assertions if a.relation.value == "attacked"]
    assert article.text[attack.subject.span.start : attack.subject.span.end] == (
        attack.subject.span.text
    )


@pytest.mark.model
def test_the_models_wrong_lemma_of_hopes_is_repaired(pipeline: Pipeline) -> None:
    # "hopes" read as a form of "hop" would hide the intent of "hopes to meet"
    doc = pipeline.nlp("Kenya hopes to meet Somalia's president. Kenya hoped for talks.")
    assert [t.lemma_ for t in doc if t.lower_.startswith("hope")] == ["hope", "hope"]
    found = {
        (a.relation.value, a.modality.value)
        for _, assertions in pipeline.extract(
            [Article(id="a", text="Kenya hopes to meet Somalia's president.")]
        )
        for a in assertions
    }
    assert ("consulted", "Hypothetical") in found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "form", "lemma"),
    [
        ("The PKK has waged attacks in northern Iraq since 1984.", "waged", "wage"),
        ("The army retook the town from the rebels.", "retook", "retake"),
        ("Police rearrested the opposition leader.", "rearrested", "rearrest"),
    ],
)
def test_the_models_wrong_lemmas_of_conflict_verbs_are_repaired(
    pipeline: Pipeline, text: str, form: str, lemma: str
) -> None:
    assert [t.lemma_ for t in pipeline.nlp(text) if t.lower_ == form] == [lemma]


@pytest.mark.model
def test_a_sentence_ends_after_on_x(pipeline: Pipeline) -> None:
    # "X." (the platform) reads as an abbreviation: the next sentence starts after it
    doc = pipeline.nlp(
        '"We will not talk to killers," Boric wrote on X. Chile then recalled its envoy.'
    )
    assert [s.text.split()[0] for s in doc.sents] == ['"We', "Chile"]
    doc = pipeline.nlp("The minister posted on X on Monday.")
    assert len(list(doc.sents)) == 1
