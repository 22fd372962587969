"""The Python vocabulary agrees with the ontology (``ontologies/kg.ttl``); ids and IRIs."""

from __future__ import annotations

from collections.abc import Iterable

import pytest
from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, URIRef

from kg.types import ActorType, Modality, Relation
from kg.vocab import DEFAULT_BASE_IRI, KGO, ONTOLOGY_DIR, ONTOLOGY_IRI, PREFIXES, Iris, slugify

#: DESIGN section 4: relation -> (PLOVER v2.0 type, PLOVER GSR labels, CAMEO root codes).
PLOVER = {
    Relation.ATTACKED: ("ASSAULT", {"ASSAULT", "FIGHT"}, {"18", "19", "20"}),
    Relation.COERCED: ("COERCE", {"COERCE"}, {"17"}),
    Relation.THREATENED: ("THREATEN", {"THREATEN"}, {"13"}),
    Relation.MOBILIZED_AGAINST: ("MOBILIZE", {"MOBILIZE"}, {"15"}),
    Relation.SANCTIONED: ("SANCTION", {"SANCTION"}, {"16"}),
    Relation.ACCUSED: ("ACCUSE", {"DISAPPROVE", "INVESTIGATE"}, {"09", "11"}),
    Relation.DEMANDED: ("REQUEST", {"DEMAND"}, {"02", "10"}),
    Relation.REJECTED: ("REJECT", {"REJECT"}, {"12"}),
    Relation.PROTESTED_AGAINST: ("PROTEST", {"PROTEST"}, {"14"}),
    Relation.AGREED_WITH: ("AGREE", {"AGREE"}, {"03"}),
    Relation.CONSULTED: ("CONSULT", {"CONSULT"}, {"04"}),
    Relation.COOPERATED_WITH: ("COOPERATE", {"COOPERATE"}, {"06"}),
    Relation.SUPPORTS: ("SUPPORT", {"SUPPORT"}, {"05"}),
    Relation.AIDED: ("AID", {"AID"}, {"07"}),
    Relation.CONCEDED_TO: ("CONCEDE", {"CONCEDE"}, {"08"}),
    Relation.RETREATED_FROM: ("RETREAT", {"RETREAT"}, {"08"}),
}
#: DESIGN section 4: the relations that are not events, with no PLOVER type.
NOT_EVENTS = {
    Relation.ALLIED_WITH,
    Relation.MEMBER_OF,
    Relation.PART_OF,
    Relation.OFFICIAL_OF,
    Relation.LEADS,
    Relation.CONTROLS,
    Relation.OPERATES_IN,
}


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_DIR / "kg.ttl", format="turtle")


def english(graph: Graph, subject: URIRef, predicate: URIRef) -> list[str]:
    return [
        str(o)
        for o in graph.objects(subject, predicate)
        if isinstance(o, Literal) and o.language == "en" and str(o).strip()
    ]


def local_names(terms: Iterable[object]) -> set[str]:
    prefix = str(KGO)
    return {str(t).removeprefix(prefix) for t in terms if str(t).startswith(prefix)}


def relation_properties(graph: Graph) -> set[str]:
    """The object properties of the ontology that are relations (they read both ways)."""
    return local_names(
        p
        for p in graph.subjects(RDF.type, OWL.ObjectProperty)
        if (p, KGO.inverseLabel, None) in graph
    )


# ---- the ontology file ----------------------------------------------------------------


def test_ontology_header(ontology: Graph) -> None:
    assert (URIRef(ONTOLOGY_IRI), RDF.type, OWL.Ontology) in ontology
    assert str(KGO) == ONTOLOGY_IRI + "#" == PREFIXES["kgo"]
    assert dict(ontology.namespaces())["kgo"] == URIRef(str(KGO))


def test_the_table_of_design_covers_every_relation() -> None:
    assert set(PLOVER) | NOT_EVENTS == set(Relation)
    assert not set(PLOVER) & NOT_EVENTS


# ---- relations ------------------------------------------------------------------------


@pytest.mark.parametrize("relation", list(Relation))
def test_relation_is_an_object_property(ontology: Graph, relation: Relation) -> None:
    prop = KGO[relation.value]
    assert (prop, RDF.type, OWL.ObjectProperty) in ontology
    assert len(english(ontology, prop, RDFS.label)) == 1
    assert len(english(ontology, prop, KGO.inverseLabel)) == 1
    assert english(ontology, prop, RDFS.comment)
    classes = set(ontology.subjects(RDF.type, OWL.Class))
    domains = list(ontology.objects(prop, RDFS.domain))
    ranges = list(ontology.objects(prop, RDFS.range))
    assert len(domains) == len(ranges) == 1
    assert domains[0] in classes
    assert ranges[0] in classes


def test_every_relation_property_is_a_relation(ontology: Graph) -> None:
    assert relation_properties(ontology) == {r.value for r in Relation}


@pytest.mark.parametrize(
    ("relation", "label", "inverse"),
    [
        (Relation.SUPPORTS, "supports", "supported by"),
        (Relation.ATTACKED, "attacked", "attacked by"),
        (Relation.ALLIED_WITH, "allied with", "allied with"),
        (Relation.PART_OF, "part of", "has part"),
    ],
)
def test_relation_labels(ontology: Graph, relation: Relation, label: str, inverse: str) -> None:
    prop = KGO[relation.value]
    assert english(ontology, prop, RDFS.label) == [label]
    assert english(ontology, prop, KGO.inverseLabel) == [inverse]


def test_aided_is_a_kind_of_support(ontology: Graph) -> None:
    assert (KGO.aided, RDFS.subPropertyOf, KGO.supports) in ontology
    sub_properties = {(s, o) for s, o in ontology.subject_objects(RDFS.subPropertyOf)}
    assert sub_properties == {(KGO.aided, KGO.supports)}


def test_allied_with_is_the_one_symmetric_relation(ontology: Graph) -> None:
    assert (KGO.alliedWith, RDF.type, OWL.SymmetricProperty) in ontology
    assert local_names(ontology.subjects(RDF.type, OWL.SymmetricProperty)) == {"alliedWith"}


@pytest.mark.parametrize(("relation", "codes"), PLOVER.items())
def test_event_relation_annotations(
    ontology: Graph, relation: Relation, codes: tuple[str, set[str], set[str]]
) -> None:
    plover_type, gsr_labels, cameo_roots = codes
    prop = KGO[relation.value]
    assert [str(o) for o in ontology.objects(prop, KGO.ploverType)] == [plover_type]
    assert {str(o) for o in ontology.objects(prop, KGO.ploverGsrLabel)} == gsr_labels
    assert {str(o) for o in ontology.objects(prop, KGO.cameoRoot)} == cameo_roots


@pytest.mark.parametrize("relation", sorted(NOT_EVENTS))
def test_other_relations_have_no_event_codes(ontology: Graph, relation: Relation) -> None:
    prop = KGO[relation.value]
    for annotation in (KGO.ploverType, KGO.ploverGsrLabel, KGO.cameoRoot):
        assert list(ontology.objects(prop, annotation)) == []


@pytest.mark.parametrize(
    "annotation", [KGO.ploverType, KGO.ploverGsrLabel, KGO.cameoRoot, KGO.inverseLabel]
)
def test_annotations_are_annotation_properties(ontology: Graph, annotation: URIRef) -> None:
    assert (annotation, RDF.type, OWL.AnnotationProperty) in ontology
    assert ontology.value(annotation, RDFS.label) is not None


# ---- actor types and modalities -------------------------------------------------------


@pytest.mark.parametrize("actor_type", list(ActorType))
def test_actor_type_is_a_class(ontology: Graph, actor_type: ActorType) -> None:
    cls = KGO[actor_type.value]
    assert (cls, RDF.type, OWL.Class) in ontology
    assert str(ontology.value(cls, RDFS.label)) == actor_type.value
    is_actor = (cls, RDFS.subClassOf, KGO.Actor) in ontology
    # Locations are places that are not actors.
    assert is_actor is (actor_type is not ActorType.LOCATION)


def test_every_actor_class_is_an_actor_type(ontology: Graph) -> None:
    subclasses = local_names(ontology.subjects(RDFS.subClassOf, KGO.Actor))
    assert subclasses == {t.value for t in ActorType} - {"Location"}


def test_place_is_a_state_or_a_location(ontology: Graph) -> None:
    members = ontology.value(KGO.Place, OWL.unionOf)
    assert members is not None
    assert list(ontology.items(members)) == [KGO.State, KGO.Location]


# ---- assertion terms: domains and ranges --------------------------------------------------


def union_members(graph: Graph, cls: object) -> list[object]:
    members = graph.value(cls, OWL.unionOf)  # type: ignore[arg-type]
    return list(graph.items(members)) if members is not None else []


def test_an_assertion_object_is_an_actor_or_a_location(ontology: Graph) -> None:
    # controls and operatesIn point to places: the object of an assertion is not
    # always an actor.
    (range_,) = ontology.objects(KGO.object, RDFS.range)
    assert union_members(ontology, range_) == [KGO.Actor, KGO.Location]
    assert (range_, RDF.type, OWL.Class) in ontology
    for relation in (KGO.controls, KGO.operatesIn):
        assert ontology.value(relation, RDFS.range) == KGO.Place


@pytest.mark.parametrize(
    ("term", "domain", "range_"),
    [
        (KGO.subject, KGO.Assertion, KGO.Actor),
        (KGO.attributedTo, KGO.Assertion, KGO.Actor),
        (KGO.location, KGO.Assertion, KGO.Place),
        (KGO.modality, KGO.Assertion, KGO.Modality),
        (KGO.relation, KGO.Assertion, OWL.ObjectProperty),
        (KGO.article, KGO.Mention, KGO.Article),
        (KGO.rollsUpTo, KGO.Actor, KGO.State),
        (KGO.corrects, KGO.Correction, None),
        (KGO.mergedActor, KGO.Merge, None),
        (KGO.name, KGO.AddAlias, XSD.string),
        (KGO.newType, KGO.Retype, OWL.Class),
    ],
)
def test_domains_and_ranges(
    ontology: Graph, term: URIRef, domain: URIRef, range_: URIRef | None
) -> None:
    assert list(ontology.objects(term, RDFS.domain)) == [domain]
    assert list(ontology.objects(term, RDFS.range)) == ([range_] if range_ is not None else [])


@pytest.mark.parametrize(
    "term",
    [KGO.start, KGO.end, KGO.subjectStart, KGO.subjectEnd, KGO.objectStart, KGO.objectEnd],
)
def test_offsets_are_integers(ontology: Graph, term: URIRef) -> None:
    assert ontology.value(term, RDFS.range) == XSD.integer
    assert (term, RDF.type, OWL.DatatypeProperty) in ontology


def test_rolls_up_to_is_functional_and_no_relation(ontology: Graph) -> None:
    assert (KGO.rollsUpTo, RDF.type, OWL.FunctionalProperty) in ontology
    # Not in the relation vocabulary: it reads one way only.
    assert ontology.value(KGO.rollsUpTo, KGO.inverseLabel) is None
    assert "rollsUpTo" not in {r.value for r in Relation}


def test_corrections_are_the_three_kinds(ontology: Graph) -> None:
    kinds = local_names(ontology.subjects(RDFS.subClassOf, KGO.Correction))
    assert kinds == {"Merge", "AddAlias", "Retype"}
    from kg.curation import CorrectionKind

    assert {k.value for k in CorrectionKind} == kinds


def test_every_property_has_a_label(ontology: Graph) -> None:
    properties = set(ontology.subjects(RDF.type, OWL.ObjectProperty)) | set(
        ontology.subjects(RDF.type, OWL.DatatypeProperty)
    )
    unlabelled = {p for p in properties if ontology.value(p, RDFS.label) is None}
    assert unlabelled == set()


@pytest.mark.parametrize("modality", list(Modality))
def test_modality_is_an_individual(ontology: Graph, modality: Modality) -> None:
    assert (KGO[modality.value], RDF.type, KGO.Modality) in ontology
    assert str(ontology.value(KGO[modality.value], RDFS.label)) == modality.value.lower()


def test_every_modality_individual_is_a_modality(ontology: Graph) -> None:
    assert (KGO.Modality, RDF.type, OWL.Class) in ontology
    individuals = local_names(ontology.subjects(RDF.type, KGO.Modality))
    assert individuals == {m.value for m in Modality}


# ---- the KGO namespace ----------------------------------------------------------------


@pytest.mark.parametrize("term", list(KGO.__annotations__))
def test_kgo_term_is_defined_in_the_ontology(ontology: Graph, term: str) -> None:
    assert getattr(KGO, term) == URIRef(str(KGO) + term)
    assert (KGO[term], RDF.type, None) in ontology


def test_every_term_of_the_ontology_is_in_kgo(ontology: Graph) -> None:
    defined = local_names(ontology.subjects(RDF.type, None))
    assert defined == set(KGO.__annotations__)


@pytest.mark.parametrize("typo", ["attackd", "Supports", "state", "partof"])
def test_kgo_typo_is_an_error(typo: str) -> None:
    with pytest.raises(AttributeError, match=f"term '{typo}' not in namespace"):
        getattr(KGO, typo)
    with pytest.raises(AttributeError, match=f"term '{typo}' not in namespace"):
        KGO[typo]


# ---- slugify --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Iran", "iran"),
        ("United States", "united-states"),
        ("Kataib Hezbollah", "kataib-hezbollah"),
        ("Kata'ib Hizballah", "kataib-hizballah"),
        ("Kata’ib Hezbollah", "kataib-hezbollah"),
        ("Côte d’Ivoire", "cote-divoire"),
        ("São Tomé and Príncipe", "sao-tome-and-principe"),
        ("Al-Qaeda", "al-qaeda"),
        ("al-Qaeda in the Arabian Peninsula", "al-qaeda-in-the-arabian-peninsula"),
        ("U.S. Central Command", "u-s-central-command"),
        ("  Hamas  ", "hamas"),
        ("M23", "m23"),
        ("Hay'at Tahrir al-Sham (HTS)", "hayat-tahrir-al-sham-hts"),
        ("Iran / Iraq", "iran-iraq"),
        ("--x__y--", "x-y"),
        ("ＵＮ", "un"),
        ("", ""),
        ("???", ""),
        # Names in other scripts have no ASCII letters: no slug (callers fall back).
        ("Россия", ""),
    ],
)
def test_slugify(name: str, slug: str) -> None:
    assert slugify(name) == slug
    assert slugify(slug) == slug


# ---- Iris -----------------------------------------------------------------------------

ODD_IDS = [
    "iran",
    "kataib-hezbollah",
    "Kataib Hezbollah",
    "a/b/c",
    "us/central command",
    "Côte d’Ivoire",
    "Россия",
    "100% sure",
    "what?#fragment",
    "a+b&c=d",
    "%2F",
    "",
]


@pytest.mark.parametrize("base", ["https://kg.example.org/", "https://example.org/kg", "urn:x#"])
@pytest.mark.parametrize("actor_id", ODD_IDS)
def test_actor_iri_round_trip(base: str, actor_id: str) -> None:
    iris = Iris(base)
    iri = iris.actor(actor_id)
    assert iri.startswith(iris.base + "actor/")
    # One path segment, no spaces: a valid IRI with nothing to escape.
    assert not any(c in iri.removeprefix(iris.base + "actor/") for c in " /#?")
    assert iris.actor_id(iri) == actor_id


@pytest.mark.parametrize("article_id", ODD_IDS)
def test_article_iri_round_trip(article_id: str) -> None:
    iris = Iris("https://kg.example.org/")
    assert iris.article_id(iris.article(article_id)) == article_id
    assert iris.article_id(iris.article_graph(article_id)) == article_id
    assert iris.article(article_id) != iris.article_graph(article_id)


def test_distinct_ids_get_distinct_iris() -> None:
    iris = Iris()
    assert len({iris.actor(i) for i in ODD_IDS}) == len(ODD_IDS)


@pytest.mark.parametrize(
    ("iri", "match"),
    [
        ("https://other.org/actor/iran", r"Not an actor IRI under https://kg\.example\.org/actor/"),
        ("https://kg.example.org/article/a1", "Not an actor IRI"),
    ],
)
def test_actor_id_of_another_iri(iri: str, match: str) -> None:
    with pytest.raises(ValueError, match=match):
        Iris("https://kg.example.org/").actor_id(iri)


def test_article_id_of_another_iri() -> None:
    with pytest.raises(ValueError, match=r"Not an article IRI under https://kg\.example\.org/"):
        Iris("https://kg.example.org/").article_id("https://kg.example.org/actor/iran")


def test_base(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KG_BASE_IRI", raising=False)
    assert Iris().base == DEFAULT_BASE_IRI
    assert Iris("https://example.org/kg").base == "https://example.org/kg/"
    assert Iris("https://example.org/kg#").base == "https://example.org/kg#"
    monkeypatch.setenv("KG_BASE_IRI", "https://env.example.org/data")
    iris = Iris()
    assert iris.base == "https://env.example.org/data/"
    assert iris.gazetteer_graph == "https://env.example.org/data/graph/gazetteer"
    assert iris.ontology_graph == "https://env.example.org/data/graph/ontology"
    assert iris.curation_graph == "https://env.example.org/data/graph/curation"
    # An explicit base wins over the environment.
    assert Iris("https://example.org/").base == "https://example.org/"


def test_assertion_and_mention_iris_are_stable() -> None:
    iris = Iris("https://kg.example.org/")
    key = ("a1", "attacked", 0, 28, "united-states", "kataib-hezbollah", "rule")
    assert iris.assertion(*key) == Iris("https://kg.example.org/").assertion(*key)
    assert iris.assertion(*key).startswith("https://kg.example.org/assertion/")
    assert iris.mention(*key).startswith("https://kg.example.org/mention/")
    assert iris.assertion(*key) != iris.assertion(*key[:-1], "other-rule")
    # Parts are kept apart: ("ab", "c") is not ("a", "bc").
    assert iris.assertion("ab", "c") != iris.assertion("a", "bc")


@pytest.mark.parametrize("correction_id", ["20250101T000000000000-abcdef", "odd id/#?"])
def test_correction_iri_round_trip(correction_id: str) -> None:
    iris = Iris("https://kg.example.org/")
    iri = iris.correction(correction_id)
    assert iri.startswith("https://kg.example.org/correction/")
    assert iris.correction_id(iri) == correction_id


def test_correction_id_of_another_iri() -> None:
    with pytest.raises(ValueError, match=r"Not a correction IRI under https://kg\.example\.org/"):
        Iris("https://kg.example.org/").correction_id("https://kg.example.org/actor/iran")
