"""The SHACL shapes (``ontologies/shapes.ttl``): every RDF export validates, bad data not.

Exports are validated as written (every RDF format, parsed back with rdflib), from a
store built by hand and from a store built by the real pipeline from the examples and
the seed article, with corrections made.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
import rdflib
from pyoxigraph import BlankNode, NamedNode, Quad, RdfFormat, Triple, parse

from kg.curation import add_alias, merge_actors, retype_actor
from kg.export import EXPORTERS, export, get_exporter
from kg.ingest import read_articles
from kg.pipeline import Pipeline
from kg.rdf import Validation, validate
from kg.store import EmbeddedStore, Store
from kg.vocab import SHAPES_PATH

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SEED = ROOT / "tests" / "data" / "seed" / "us-strikes-iraq-militia.jsonl"

#: The RDF exporters.
RDF_EXPORTS = sorted(name for name, exporter in EXPORTERS.items() if exporter.rdf_format)


def test_every_rdf_format_is_covered() -> None:
    assert set(RDF_EXPORTS) == {"turtle", "ntriples", "nquads", "trig", "jsonld", "rdfxml"}
    assert not {"gexf", "graphml", "csv"} & set(RDF_EXPORTS)


def exported(store: Store, name: str) -> list[Quad | Triple]:
    """The export in one format, parsed back (by Oxigraph: rdflib's dataset parsers warn)."""
    output = io.BytesIO()
    export(store, name, output)
    exporter = get_exporter(name)
    assert exporter.rdf_format is not None
    return list(parse(output.getvalue(), format=exporter.rdf_format))


def assert_valid(result: Validation) -> None:
    assert result.conforms, result.text
    assert result.violations == 0


@pytest.mark.parametrize("name", sorted(RDF_EXPORTS))
def test_exports_of_a_hand_made_store_validate(sample_store: EmbeddedStore, name: str) -> None:
    assert_valid(validate(exported(sample_store, name)))


@pytest.fixture(scope="module")
def pipeline_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedStore]:
    """The examples and the seed, ingested by the real pipeline, with corrections."""
    store = EmbeddedStore(tmp_path_factory.mktemp("shapes") / "store")
    pipeline = Pipeline()
    pipeline.ingest(store, read_articles([EXAMPLES, SEED]))
    merge_actors(store, "kataib-hezbollah", "islamic-resistance-in-iraq")
    add_alias(store, "houthis", "Yemen's rebels")
    retype_actor(store, "white-house", "Organization")
    # Ingest once more: the corrections apply to new quads too.
    pipeline.ingest(store, read_articles([SEED]))
    yield store
    store.close()


def ground_triples(data: list[Quad | Triple]) -> set[tuple[object, object, object]]:
    """The triples without blank nodes (only the ontology's OWL lists have some)."""
    return {
        (t.subject, t.predicate, t.object)
        for t in data
        if not isinstance(t.subject, BlankNode) and not isinstance(t.object, BlankNode)
    }


@pytest.fixture(scope="module")
def pipeline_export(pipeline_store: EmbeddedStore) -> tuple[list[Quad | Triple], Validation]:
    data = exported(pipeline_store, "nquads")
    return data, validate(data)


@pytest.mark.model
def test_the_pipeline_export_validates(
    pipeline_export: tuple[list[Quad | Triple], Validation],
) -> None:
    data, result = pipeline_export
    assert_valid(result)
    # The data has everything the shapes look at.
    classes = {t.object.value.rsplit("#")[-1] for t in data if t.predicate.value.endswith("#type")}
    assert {"Assertion", "Mention", "Article", "Correction", "Merge", "State"} <= classes
    assert any(t.predicate.value.endswith("#rollsUpTo") for t in data)


@pytest.mark.model
@pytest.mark.parametrize("name", sorted(RDF_EXPORTS))
def test_every_export_of_the_pipeline_validates(
    pipeline_store: EmbeddedStore,
    pipeline_export: tuple[list[Quad | Triple], Validation],
    name: str,
) -> None:
    # Validating the same triples again in each format would take seconds each:
    # every format carries the very triples of the N-Quads export validated above.
    reference, result = pipeline_export
    assert_valid(result)
    data = exported(pipeline_store, name)
    assert ground_triples(data) == ground_triples(reference)
    assert len({(t.subject, t.predicate, t.object) for t in data}) == len(
        {(t.subject, t.predicate, t.object) for t in reference}
    )


# ---- bad data fails ---------------------------------------------------------------------

PREFIXES = """
@prefix kgo: <https://kg.example.org/ontology#> .
@prefix a: <https://kg.example.org/actor/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix : <https://kg.example.org/> .
"""

GOOD = """
a:iran a kgo:State ; rdfs:label "Iran" ; kgo:country "IRN" ; kgo:rollsUpTo a:iran .
a:kh a kgo:ArmedGroup ; rdfs:label "Kataib Hezbollah" .
a:centcom a kgo:GovernmentBody ; rdfs:label "CentCom" ; kgo:rollsUpTo a:iran .
a:basra a kgo:Location ; rdfs:label "Basra" .
a:iran kgo:supports a:kh .
:assertion1 a kgo:Assertion ; kgo:subject a:iran ; kgo:relation kgo:supports ;
    kgo:object a:kh ; kgo:modality kgo:Asserted ; kgo:confidence "0.80"^^xsd:decimal ;
    kgo:location a:basra ; kgo:eventDate "2024-01-23"^^xsd:date ;
    prov:wasDerivedFrom :mention1 .
:mention1 a kgo:Mention ; kgo:article :article1 ; kgo:sentence "Iran supports KH." ;
    kgo:start 0 ; kgo:end 17 ; kgo:subjectText "Iran" ; kgo:subjectStart 0 ;
    kgo:subjectEnd 4 ; kgo:objectText "KH" ; kgo:objectStart 14 ; kgo:objectEnd 16 ;
    kgo:rule "active-svo" .
:article1 a kgo:Article ; dct:title "T" ; dct:date "2024-01-24"^^xsd:date .
:correction1 a kgo:Correction, kgo:AddAlias ; kgo:corrects a:kh ; kgo:name "KH" ;
    dct:created "2025-01-01T00:00:00+00:00"^^xsd:dateTime .
"""


def graph_of(turtle: str) -> rdflib.Graph:
    return rdflib.Graph().parse(data=PREFIXES + turtle, format="turtle")


def test_the_good_example_is_valid() -> None:
    result = validate(graph_of(GOOD))
    assert_valid(result)
    assert result.warnings == 0


@pytest.mark.parametrize(
    ("change", "message"),
    [
        pytest.param(
            ('rdfs:label "Kataib Hezbollah"', 'kgo:country "IRN"'), "label", id="no-label"
        ),
        pytest.param(('kgo:country "IRN"', 'kgo:country "IR"'), "ISO 3166", id="bad-country"),
        pytest.param(
            ("a:iran kgo:supports a:kh .", ""), "has its direct edge", id="asserted-without-edge"
        ),
        pytest.param(
            ("kgo:subject a:iran", "kgo:subject a:basra"),
            "not described as an actor",
            id="subject-is-a-location",
        ),
        pytest.param(
            ("kgo:location a:basra", "kgo:location a:kh"),
            "not described as a state or a location",
            id="location-is-a-group",
        ),
        pytest.param(
            ("kgo:relation kgo:supports", "kgo:relation kgo:likes"), "kgo:likes", id="bad-relation"
        ),
        pytest.param(
            ('"0.80"^^xsd:decimal', '"1.5"^^xsd:decimal'), "1.5", id="confidence-above-one"
        ),
        pytest.param(("kgo:modality kgo:Asserted", ""), "modality", id="no-modality"),
        pytest.param(
            ("kgo:start 0 ; kgo:end 17", "kgo:start 20 ; kgo:end 17"), "end", id="start-after-end"
        ),
        pytest.param(("kgo:article :article1 ;", ""), "article", id="mention-without-article"),
        pytest.param(
            ("kgo:rollsUpTo a:iran .\na:kh", "kgo:rollsUpTo a:kh .\na:kh"),
            "rolls up to itself",
            id="state-rolls-up-elsewhere",
        ),
        pytest.param(
            (
                'a:centcom a kgo:GovernmentBody ; rdfs:label "CentCom" ; kgo:rollsUpTo a:iran',
                'a:centcom a kgo:GovernmentBody ; rdfs:label "CentCom" ; kgo:rollsUpTo a:kh',
            ),
            "kgo:State",
            id="rolls-up-to-a-non-state",
        ),
        pytest.param(('kgo:name "KH" ;', ""), "name", id="alias-without-name"),
        pytest.param(
            ("kgo:Correction, kgo:AddAlias", "kgo:Correction"),
            "one of kgo:Merge, kgo:AddAlias, kgo:Retype",
            id="correction-of-no-kind",
        ),
    ],
)
def test_bad_data_fails(change: tuple[str, str], message: str) -> None:
    old, new = change
    assert old in GOOD
    result = validate(graph_of(GOOD.replace(old, new, 1)))
    assert not result.conforms
    assert result.violations >= 1
    assert message in result.text


def test_two_types_for_one_actor_is_a_warning_only() -> None:
    result = validate(graph_of(GOOD + "a:kh a kgo:Organization .\n"))
    assert result.conforms
    assert result.warnings == 1


def test_quads_are_validated_as_the_union_of_their_graphs() -> None:
    # The actors are described in one graph and referred to from another.
    gazetteer = NamedNode("https://kg.example.org/graph/gazetteer")
    article = NamedNode("https://kg.example.org/graph/article/a1")
    actor = "https://kg.example.org/actor/"
    quads = [
        Quad(
            t.subject,
            t.predicate,
            t.object,
            gazetteer
            if t.subject.value.startswith(actor) and not t.predicate.value.endswith("#supports")
            else article,
        )
        for t in parse((PREFIXES + GOOD).encode(), format=RdfFormat.TURTLE)
    ]
    assert len({q.graph_name for q in quads}) == 2
    assert_valid(validate(quads))
    # Without the gazetteer graph, the article graph refers to undescribed actors.
    result = validate([q for q in quads if q.graph_name == article])
    assert not result.conforms
    assert "not described as an actor" in result.text


def test_the_shapes_parse() -> None:
    shapes = rdflib.Graph().parse(SHAPES_PATH, format="turtle")
    shacl = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    targets = {str(o).rsplit("#")[-1] for o in shapes.objects(None, shacl.targetClass)}
    assert {"Assertion", "Mention", "Article", "Correction", "State", "ArmedGroup"} <= targets
