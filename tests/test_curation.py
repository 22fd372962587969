"""Curation: merge, alias and retype, on real stores (embedded and a real oxigraph server).

A correction applies at once to what is stored (SPARQL updates), is kept in the curation
graph, applies to every later ingest, survives re-ingest, and is exported.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pyoxigraph import RdfFormat
from typer.testing import CliRunner

from kg.cli import app
from kg.curation import (
    Correction,
    CorrectionKind,
    CurationError,
    add_alias,
    apply_corrections,
    curate_gazetteer,
    merge_actors,
    read_corrections,
    retype_actor,
)
from kg.errors import ActorNotFound, UnknownNameError
from kg.gazetteer import Gazetteer, load_gazetteer
from kg.pipeline import Pipeline
from kg.rdf import article_quads
from kg.store import EmbeddedStore, RemoteStore, Store
from kg.types import Actor, ActorType, Article, Relation
from kg.vocab import KGO, PREFIXES
from tests.conftest import HOUTHIS, IRAN, IRIS, KH, US, make_assertion
from tests.oxigraph_server import empty_oxigraph_url, oxigraph_url  # noqa: F401
from tests.virtuoso_server import VirtuosoServer, empty_virtuoso, virtuoso  # noqa: F401

#: An actor minted from a spelling variant the gazetteer does not list.
KH_VARIANT = Actor(id="kataib-hizballa", label="Kataib Hizballa", type=ActorType.ORGANIZATION)
AL_ASAD = Actor(id="al-asad", label="Al Asad", type=ActorType.ORGANIZATION)
TEXT = (
    "Kataib Hizballa attacked Al Asad. Iran supports Kataib Hizballa. "
    "Kataib Hizballa attacked Kataib Hezbollah."
)
ARTICLE = Article(id="c1", title="Curation", text=TEXT, date=dt.date(2024, 1, 20))

runner = CliRunner(env={"KG_STORE": None, "KG_MODEL": None, "KG_STORE_UPDATE": None})


def load_article(store: Store) -> None:
    assertions = [
        make_assertion(
            ARTICLE,
            KH_VARIANT,
            Relation.ATTACKED,
            AL_ASAD,
            sentence="Kataib Hizballa attacked Al Asad.",
        ),
        make_assertion(
            ARTICLE, IRAN, Relation.SUPPORTS, KH_VARIANT, sentence="Iran supports Kataib Hizballa."
        ),
        make_assertion(
            ARTICLE,
            KH_VARIANT,
            Relation.ATTACKED,
            KH,
            sentence="Kataib Hizballa attacked Kataib Hezbollah.",
        ),
    ]
    store.replace_graph(IRIS.article_graph(ARTICLE.id), article_quads(ARTICLE, assertions, IRIS))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[EmbeddedStore]:
    store = EmbeddedStore(tmp_path / "store", iris=IRIS)
    load_article(store)
    yield store
    store.close()


@pytest.fixture
def remote(empty_oxigraph_url: str) -> Iterator[RemoteStore]:  # noqa: F811
    store = RemoteStore(empty_oxigraph_url, iris=IRIS)
    load_article(store)
    yield store
    store.close()


@pytest.fixture
def on_virtuoso(empty_virtuoso: VirtuosoServer) -> Iterator[RemoteStore]:  # noqa: F811
    server = empty_virtuoso
    store = RemoteStore(server.query_url, iris=IRIS, **server.store_options())
    load_article(store)
    yield store
    store.close()


@pytest.fixture(
    params=[
        "embedded",
        pytest.param("remote", marks=pytest.mark.remote),
        pytest.param("virtuoso", marks=pytest.mark.remote),
    ]
)
def any_store(request: pytest.FixtureRequest) -> Store:
    fixture = {"embedded": "store", "remote": "remote", "virtuoso": "on_virtuoso"}[request.param]
    return request.getfixturevalue(fixture)  # type: ignore[no-any-return]


def node(actor_id: str) -> str:
    return f"<{IRIS.actor(actor_id)}>"


def triples_about(store: Store, actor_id: str) -> set[tuple[str, str, str, str]]:
    """(graph, subject, predicate, object) of every quad that names the actor."""
    rows = store.select(
        f"""SELECT ?g ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }}
        FILTER (?s = {node(actor_id)} || ?o = {node(actor_id)}) }}"""
    )
    return {(r["g"].value, r["s"].value, r["p"].value, r["o"].value) for r in rows}


def edges(store: Store, graph: str) -> set[tuple[str, str, str]]:
    relations = ", ".join(f"<{KGO[r.value]}>" for r in Relation)
    rows = store.select(
        f"SELECT ?s ?p ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} FILTER (?p IN ({relations})) }}"
    )
    prefix = IRIS.base + "actor/"
    return {
        (
            r["s"].value.removeprefix(prefix),
            r["p"].value.rsplit("#")[-1],
            r["o"].value.removeprefix(prefix),
        )
        for r in rows
    }


def types_of(store: Store, actor_id: str) -> set[str]:
    rows = store.select(f"SELECT DISTINCT ?t WHERE {{ GRAPH ?g {{ {node(actor_id)} a ?t }} }}")
    return {r["t"].value.rsplit("#")[-1] for r in rows}


def aliases_in_curation(store: Store, actor_id: str) -> set[str]:
    rows = store.select(
        f"""SELECT ?a WHERE {{ GRAPH <{IRIS.curation_graph}> {{
        {node(actor_id)} <{PREFIXES["skos"]}altLabel> ?a }} }}"""
    )
    return {r["a"].value for r in rows}


# ---- merge ------------------------------------------------------------------------------


def test_merge_rewrites_what_is_stored(any_store: Store) -> None:
    article_graph = IRIS.article_graph("c1")
    assert ("kataib-hizballa", "attacked", "al-asad") in edges(any_store, article_graph)

    correction = merge_actors(any_store, "kataib-hezbollah", "kataib-hizballa")

    assert correction.kind is CorrectionKind.MERGE
    assert (correction.actor_id, correction.merged_id) == ("kataib-hezbollah", "kataib-hizballa")
    assert correction.merged_labels == ("Kataib Hizballa",)
    assert correction.created.tzinfo is not None
    # Only the record still names the merged actor.
    assert {(g, p) for g, _, p, _ in triples_about(any_store, "kataib-hizballa")} == {
        (IRIS.curation_graph, str(KGO.mergedActor))
    }
    # Its edges are the kept actor's; the one between the two is gone.
    assert edges(any_store, article_graph) == {
        ("kataib-hezbollah", "attacked", "al-asad"),
        ("iran", "supports", "kataib-hezbollah"),
    }
    assertions = any_store.select(
        f"""SELECT ?a WHERE {{ GRAPH <{article_graph}> {{ ?a a <{KGO.Assertion}> }} }}"""
    )
    assert len(assertions) == 2
    # The merged actor's name is an alias of the kept one.
    assert aliases_in_curation(any_store, "kataib-hezbollah") == {"Kataib Hizballa"}
    assert read_corrections(any_store) == [correction]


def test_merge_errors(store: EmbeddedStore) -> None:
    with pytest.raises(ActorNotFound, match=r"^No actor with id 'nobody'$"):
        merge_actors(store, "kataib-hezbollah", "nobody")
    with pytest.raises(ActorNotFound, match=r"'nobody'"):
        merge_actors(store, "nobody", "kataib-hezbollah")
    with pytest.raises(CurationError, match=r"^Cannot merge actor 'iran' into itself$"):
        merge_actors(store, "iran", "iran")
    merge_actors(store, "kataib-hezbollah", "kataib-hizballa")
    # A merged actor no longer exists; merging into it merges into the actor it became.
    with pytest.raises(ActorNotFound, match=r"'kataib-hizballa'"):
        merge_actors(store, "iran", "kataib-hizballa")
    with pytest.raises(CurationError, match=r"into itself"):
        merge_actors(store, "kataib-hizballa", "kataib-hezbollah")
    assert len(read_corrections(store)) == 1


def test_merging_gazetteer_actors(store: EmbeddedStore) -> None:
    gazetteer = load_gazetteer()
    merge_actors(store, "kataib-hezbollah", "islamic-resistance-in-iraq", gazetteer=gazetteer)
    curated = curate_gazetteer(gazetteer, store)
    assert "islamic-resistance-in-iraq" not in curated.actors
    assert curated.redirects["islamic-resistance-in-iraq"] == "kataib-hezbollah"
    assert curated.lookup("Islamic Resistance in Iraq").id == "kataib-hezbollah"
    assert curated.lookup("IRI").id == "kataib-hezbollah"
    # Its links move with it; being a member of what it was merged into, it is not a
    # member of itself.
    assert "islamic-resistance-in-iraq" not in curated.members.get("kataib-hezbollah", ())
    assert "kataib-hezbollah" not in curated.members.get("kataib-hezbollah", ())
    assert "axis-of-resistance" in curated.members["kataib-hezbollah"]
    # The gazetteer read from files is unchanged.
    assert "islamic-resistance-in-iraq" in gazetteer.actors


# ---- alias ------------------------------------------------------------------------------


def test_alias(any_store: Store) -> None:
    correction = add_alias(any_store, "houthis", "  Yemen's   rebels ")
    assert (correction.kind, correction.actor_id, correction.name) == (
        CorrectionKind.ALIAS,
        "houthis",
        "Yemen's rebels",
    )
    assert aliases_in_curation(any_store, "houthis") == {"Yemen's rebels"}
    curated = curate_gazetteer(load_gazetteer(), any_store)
    assert curated.lookup("Yemen's rebels").id == "houthis"
    # Twice is once.
    assert add_alias(any_store, "houthis", "Yemen's rebels") == correction
    assert read_corrections(any_store) == [correction]


def test_alias_merges_the_actor_minted_from_the_name(store: EmbeddedStore) -> None:
    add_alias(store, "kataib-hezbollah", "Kataib Hizballa")
    kinds = [(c.kind, c.actor_id, c.merged_id) for c in read_corrections(store)]
    assert kinds == [
        (CorrectionKind.ALIAS, "kataib-hezbollah", None),
        (CorrectionKind.MERGE, "kataib-hezbollah", "kataib-hizballa"),
    ]
    assert ("kataib-hezbollah", "attacked", "al-asad") in edges(store, IRIS.article_graph("c1"))


def test_alias_errors(store: EmbeddedStore) -> None:
    with pytest.raises(
        CurationError,
        match=r"^The name 'Iran' already stands for 'iran': merge the two actors instead "
        r"\(kg merge houthis iran\)$",
    ):
        add_alias(store, "houthis", "Iran")
    with pytest.raises(CurationError, match=r"^An alias of 'houthis' must not be empty$"):
        add_alias(store, "houthis", "   ")
    with pytest.raises(ActorNotFound, match=r"'nobody'"):
        add_alias(store, "nobody", "Somebody")
    assert read_corrections(store) == []


# ---- retype -----------------------------------------------------------------------------


def test_retype(any_store: Store) -> None:
    assert types_of(any_store, "al-asad") == {"Organization"}
    correction = retype_actor(any_store, "al-asad", "Location")
    assert (correction.kind, correction.actor_type) == (CorrectionKind.RETYPE, ActorType.LOCATION)
    assert types_of(any_store, "al-asad") == {"Location"}
    retype_actor(any_store, "al-asad", "GovernmentBody")
    assert types_of(any_store, "al-asad") == {"GovernmentBody"}
    curated = curate_gazetteer(load_gazetteer(), any_store)
    assert curated.actors["al-asad"].type is ActorType.GOVERNMENT_BODY
    assert [c.actor_type for c in read_corrections(any_store)] == [
        ActorType.LOCATION,
        ActorType.GOVERNMENT_BODY,
    ]


def test_retype_errors(store: EmbeddedStore) -> None:
    with pytest.raises(
        UnknownNameError,
        match=r"^No actor type named 'Militia'\. Available: ArmedGroup, GovernmentBody, "
        r"InternationalOrganization, Location, Organization, Person, State$",
    ):
        retype_actor(store, "al-asad", "Militia")
    with pytest.raises(UnknownNameError, match=r"'armedgroup'"):
        retype_actor(store, "al-asad", "armedgroup")
    with pytest.raises(ActorNotFound, match=r"'nobody'"):
        retype_actor(store, "nobody", "State")
    assert read_corrections(store) == []


def test_a_state_retyped_away_has_nothing_rolling_up_to_it(store: EmbeddedStore) -> None:
    from kg.pipeline import write_vocabulary

    gazetteer = load_gazetteer()
    write_vocabulary(store, gazetteer)
    assert triples_about(store, "palestine")
    retype_actor(store, "palestine", "Organization", gazetteer=gazetteer)
    rolls = [t for t in triples_about(store, "palestine") if t[2] == str(KGO.rollsUpTo)]
    assert rolls == []


# ---- corrections on later ingests -------------------------------------------------------


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


NEWS = Article(
    id="n1",
    title="Strikes",
    text=(
        "The Mountain Lions Brigade attacked US forces in Iraq on Monday. "
        "Iran denied that it supports the Mountain Lions Brigade."
    ),
    date=dt.date(2024, 1, 22),
)


def ingested_edges(pipeline: Pipeline, store: Store, article: Article) -> set[tuple[str, str, str]]:
    pipeline.ingest(store, [article])
    return edges(store, IRIS.article_graph(article.id))


@pytest.mark.model
def test_corrections_apply_to_later_ingests(pipeline: Pipeline, store: EmbeddedStore) -> None:
    before = ingested_edges(pipeline, store, NEWS)
    assert ("mountain-lions-brigade", "attacked", "united-states-armed-forces") in before
    assert types_of(store, "mountain-lions-brigade") == {"ArmedGroup"}

    merge_actors(store, "kataib-hezbollah", "mountain-lions-brigade")
    after = edges(store, IRIS.article_graph("n1"))
    assert ("kataib-hezbollah", "attacked", "united-states-armed-forces") in after

    # Re-ingest: the merged id is rewritten before the quads are written.
    again = ingested_edges(pipeline, store, NEWS)
    assert again == after
    assert {(g, p) for g, _, p, _ in triples_about(store, "mountain-lions-brigade")} == {
        (IRIS.curation_graph, str(KGO.mergedActor))
    }
    # The correction survives re-ingest.
    assert [c.kind for c in read_corrections(store)] == [CorrectionKind.MERGE]


@pytest.mark.model
def test_a_curated_alias_is_matched_in_text(pipeline: Pipeline, store: EmbeddedStore) -> None:
    article = Article(
        id="n2",
        text="The Lions of Mesopotamia attacked US forces in Iraq on Monday.",
        date=dt.date(2024, 1, 22),
    )
    add_alias(store, "kataib-hezbollah", "Lions of Mesopotamia")
    found = ingested_edges(pipeline, store, article)
    assert ("kataib-hezbollah", "attacked", "united-states-armed-forces") in found
    # Without the store's corrections, the name is no known actor.
    plain = {
        (a.subject.actor.id, a.relation.value, a.object.actor.id)
        for _, assertions in pipeline.extract([article])
        for a in assertions
    }
    assert not any(s == "kataib-hezbollah" for s, _, _ in plain)


@pytest.mark.model
def test_a_retyped_actor_keeps_its_type_on_ingest(pipeline: Pipeline, store: EmbeddedStore) -> None:
    pipeline.ingest(store, [NEWS])
    retype_actor(store, "mountain-lions-brigade", "Organization")
    pipeline.ingest(store, [NEWS])
    assert types_of(store, "mountain-lions-brigade") == {"Organization"}


@pytest.mark.model
def test_corrections_are_exported(pipeline: Pipeline, store: EmbeddedStore) -> None:
    merge_actors(store, "kataib-hezbollah", "kataib-hizballa")
    add_alias(store, "houthis", "Yemen's rebels")
    out = io.BytesIO()
    store.dump(out, RdfFormat.N_QUADS)
    text = out.getvalue().decode()
    assert f"<{IRIS.curation_graph}>" in text
    assert str(KGO.Merge) in text
    assert '"Yemen\'s rebels"' in text


# ---- the pure parts ---------------------------------------------------------------------


def test_apply_corrections(store: EmbeddedStore) -> None:
    gazetteer = load_gazetteer()
    merge_actors(store, "kataib-hezbollah", "kataib-hizballa", gazetteer=gazetteer)
    retype_actor(store, "al-asad", "Location", gazetteer=gazetteer)
    curated = curate_gazetteer(gazetteer, store)
    article = ARTICLE
    assertions = [
        make_assertion(
            article,
            KH_VARIANT,
            Relation.ATTACKED,
            AL_ASAD,
            sentence="Kataib Hizballa attacked Al Asad.",
        ),
        make_assertion(
            article,
            KH_VARIANT,
            Relation.ATTACKED,
            KH,
            sentence="Kataib Hizballa attacked Kataib Hezbollah.",
        ),
        make_assertion(article, US, Relation.ATTACKED, HOUTHIS, sentence=TEXT.split(". ")[0] + "."),
    ]
    fixed = apply_corrections(assertions, curated)
    # The merged id is the kept actor; the assertion of it with itself is gone.
    assert [(a.subject.actor.id, a.object.actor.id) for a in fixed] == [
        ("kataib-hezbollah", "al-asad"),
        ("united-states", "houthis"),
    ]
    assert fixed[0].object.actor.type is ActorType.LOCATION
    # Spans are those of the text.
    assert fixed[0].subject.span == assertions[0].subject.span


def test_no_corrections_no_change(store: EmbeddedStore) -> None:
    gazetteer = load_gazetteer()
    assert read_corrections(store) == []
    assert curate_gazetteer(gazetteer, store) is gazetteer


def test_corrections_are_replayed_in_order(store: EmbeddedStore) -> None:
    gazetteer: Gazetteer = load_gazetteer()
    add_alias(store, "kataib-hizballa", "KH Variant Brigade", gazetteer=gazetteer)
    merge_actors(store, "kataib-hezbollah", "kataib-hizballa", gazetteer=gazetteer)
    curated = curate_gazetteer(gazetteer, store)
    # The alias of the merged actor is the kept actor's.
    assert curated.lookup("KH Variant Brigade").id == "kataib-hezbollah"
    assert curated.lookup("Kataib Hizballa").id == "kataib-hezbollah"
    corrections = read_corrections(store)
    assert [c.kind for c in corrections] == [CorrectionKind.ALIAS, CorrectionKind.MERGE]
    assert all(isinstance(c, Correction) for c in corrections)
    assert corrections[0].created <= corrections[1].created


# ---- the command line -------------------------------------------------------------------


def test_cli_commands(tmp_path: Path) -> None:
    location = tmp_path / "store"
    with EmbeddedStore(location, iris=IRIS) as store:
        load_article(store)
    args = ["--store", str(location)]

    result = runner.invoke(app, ["merge", "kataib-hezbollah", "kataib-hizballa", *args])
    assert result.exit_code == 0, result.stderr
    assert "merged kataib-hizballa into kataib-hezbollah" in result.stderr
    result = runner.invoke(app, ["alias", "houthis", "Yemen's rebels", *args])
    assert result.exit_code == 0, result.stderr
    assert "added alias" in result.stderr
    result = runner.invoke(app, ["retype", "al-asad", "Location", *args])
    assert result.exit_code == 0, result.stderr
    assert "al-asad is now a Location" in result.stderr

    for command, message in [
        (["merge", "nobody", "iran"], "No actor with id 'nobody'"),
        (["alias", "houthis", "Iran"], "already stands for 'iran'"),
        (["retype", "al-asad", "Militia"], "No actor type named 'Militia'. Available:"),
    ]:
        result = runner.invoke(app, [*command, *args])
        assert result.exit_code == 2, command
        assert message in result.stderr

    with EmbeddedStore(location, iris=IRIS) as store:
        assert [c.kind for c in read_corrections(store)] == [
            CorrectionKind.MERGE,
            CorrectionKind.ALIAS,
            CorrectionKind.RETYPE,
        ]


def test_a_merged_group_is_led_by_its_leader(store: EmbeddedStore) -> None:
    # Hadi al-Amiri leads the Badr Organization; merged into the PMF, he leads the PMF.
    gazetteer = load_gazetteer()
    assert gazetteer.actors["hadi-al-amiri"].leads == "badr-organization"
    merge_actors(store, "popular-mobilization-forces", "badr-organization", gazetteer=gazetteer)
    curated = curate_gazetteer(gazetteer, store)
    assert curated.actors["hadi-al-amiri"].leads == "popular-mobilization-forces"
