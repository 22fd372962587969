"""The RDF model (DESIGN section 3): records to quads.

Each article's triples go to the article's named graph: the article's metadata, one
``kgo:Assertion`` node per assertion with its ``kgo:Mention`` (sentence, offsets, rule),
the direct edge ``subject relation object`` when the modality makes one (asserted or
alleged), and the description of every actor that is not in the gazetteer. The gazetteer
and the ontology have named graphs of their own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence

from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, parse

from kg.gazetteer import Gazetteer
from kg.types import Actor, Article, Assertion
from kg.vocab import KGO, ONTOLOGY_DIR, PREFIXES, Iris

__all__ = ["actor_quads", "article_quads", "gazetteer_quads", "ontology_quads"]

_RDF = PREFIXES["rdf"]
_RDFS = PREFIXES["rdfs"]
_SKOS = PREFIXES["skos"]
_XSD = PREFIXES["xsd"]
_DCT = PREFIXES["dct"]
_PROV = PREFIXES["prov"]
_OWL = PREFIXES["owl"]

RDF_TYPE = NamedNode(_RDF + "type")
RDFS_LABEL = NamedNode(_RDFS + "label")
SKOS_ALT_LABEL = NamedNode(_SKOS + "altLabel")
OWL_SAME_AS = NamedNode(_OWL + "sameAs")
DCT_TITLE = NamedNode(_DCT + "title")
DCT_DATE = NamedNode(_DCT + "date")
DCT_SOURCE = NamedNode(_DCT + "source")
DCT_PUBLISHER = NamedNode(_DCT + "publisher")
PROV_DERIVED = NamedNode(_PROV + "wasDerivedFrom")
XSD_DATE = NamedNode(_XSD + "date")
XSD_INTEGER = NamedNode(_XSD + "integer")
XSD_DECIMAL = NamedNode(_XSD + "decimal")


def _node(term: str) -> NamedNode:
    return NamedNode(str(term))


def _date(value: dt.date) -> Literal:
    return Literal(value.isoformat(), datatype=XSD_DATE)


def _int(value: int) -> Literal:
    return Literal(str(value), datatype=XSD_INTEGER)


def actor_quads(actor: Actor, graph: NamedNode, iris: Iris) -> Iterator[Quad]:
    """Yield the description of an actor: type, label, aliases, country, links."""
    node = NamedNode(iris.actor(actor.id))
    yield Quad(node, RDF_TYPE, _node(KGO[actor.type.value]), graph)
    yield Quad(node, RDFS_LABEL, Literal(actor.label), graph)
    for alias in actor.aliases:
        yield Quad(node, SKOS_ALT_LABEL, Literal(alias), graph)
    if actor.country:
        yield Quad(node, _node(KGO.country), Literal(actor.country), graph)
    if actor.wikidata:
        yield Quad(node, _node(KGO.wikidata), Literal(actor.wikidata), graph)
        yield Quad(node, OWL_SAME_AS, NamedNode(PREFIXES["wd"] + actor.wikidata), graph)
    if actor.part_of:
        yield Quad(node, _node(KGO.partOf), NamedNode(iris.actor(actor.part_of)), graph)
    for sponsor in actor.supported_by:
        yield Quad(NamedNode(iris.actor(sponsor)), _node(KGO.supports), node, graph)


def gazetteer_quads(gazetteer: Gazetteer, iris: Iris) -> Iterator[Quad]:
    """Yield the gazetteer's actors in the gazetteer graph."""
    graph = NamedNode(iris.gazetteer_graph)
    for actor in gazetteer.actors.values():
        yield from actor_quads(actor, graph, iris)


def ontology_quads(iris: Iris) -> Iterator[Quad]:
    """Yield the ontology (``ontologies/kg.ttl``) in the ontology graph."""
    graph = NamedNode(iris.ontology_graph)
    for triple in parse(path=str(ONTOLOGY_DIR / "kg.ttl"), format=RdfFormat.TURTLE):
        yield Quad(triple.subject, triple.predicate, triple.object, graph)


def article_quads(
    article: Article,
    assertions: Sequence[Assertion],
    iris: Iris,
    *,
    known_actors: Iterable[str] = (),
) -> list[Quad]:
    """Return the quads of an article's named graph.

    Args:
        article: the article.
        assertions: its assertions.
        iris: the IRI minter.
        known_actors: ids of actors described elsewhere (the gazetteer); the others are
            described in the article's graph.
    """
    graph = NamedNode(iris.article_graph(article.id))
    article_node = NamedNode(iris.article(article.id))
    quads = [Quad(article_node, RDF_TYPE, _node(KGO.Article), graph)]
    if article.title:
        quads.append(Quad(article_node, DCT_TITLE, Literal(article.title), graph))
    if article.date:
        quads.append(Quad(article_node, DCT_DATE, _date(article.date), graph))
    if article.url:
        quads.append(Quad(article_node, DCT_SOURCE, Literal(article.url), graph))
    if article.source:
        quads.append(Quad(article_node, DCT_PUBLISHER, Literal(article.source), graph))
    known = set(known_actors)
    described: set[str] = set()
    for assertion in assertions:
        actors = [assertion.subject.actor, assertion.object.actor]
        actors += [a for a in (assertion.attributed_to, assertion.location) if a is not None]
        for actor in actors:
            if actor.id not in known and actor.id not in described:
                described.add(actor.id)
                quads.extend(actor_quads(actor, graph, iris))
        quads.extend(_assertion_quads(assertion, article_node, graph, iris))
    return quads


def _assertion_quads(
    assertion: Assertion, article_node: NamedNode, graph: NamedNode, iris: Iris
) -> Iterator[Quad]:
    subject = NamedNode(iris.actor(assertion.subject.actor.id))
    obj = NamedNode(iris.actor(assertion.object.actor.id))
    relation = _node(KGO[assertion.relation.value])
    key = (
        assertion.article_id,
        assertion.relation.value,
        assertion.subject.span.start,
        assertion.object.span.start,
        assertion.subject.actor.id,
        assertion.object.actor.id,
        assertion.rule,
    )
    node = NamedNode(iris.assertion(*key))
    mention = NamedNode(iris.mention(*key))
    if assertion.modality.makes_edge:
        yield Quad(subject, relation, obj, graph)
    yield Quad(node, RDF_TYPE, _node(KGO.Assertion), graph)
    yield Quad(node, _node(KGO.subject), subject, graph)
    yield Quad(node, _node(KGO.relation), relation, graph)
    yield Quad(node, _node(KGO.object), obj, graph)
    yield Quad(node, _node(KGO.modality), _node(KGO[assertion.modality.value]), graph)
    yield Quad(
        node,
        _node(KGO.confidence),
        Literal(f"{assertion.confidence:.2f}", datatype=XSD_DECIMAL),
        graph,
    )
    if assertion.attributed_to is not None:
        yield Quad(
            node, _node(KGO.attributedTo), NamedNode(iris.actor(assertion.attributed_to.id)), graph
        )
    if assertion.date is not None:
        yield Quad(node, _node(KGO.eventDate), _date(assertion.date), graph)
    if assertion.location is not None:
        yield Quad(node, _node(KGO.location), NamedNode(iris.actor(assertion.location.id)), graph)
    if assertion.role:
        yield Quad(node, _node(KGO.role), Literal(assertion.role), graph)
    yield Quad(node, PROV_DERIVED, mention, graph)
    yield Quad(mention, RDF_TYPE, _node(KGO.Mention), graph)
    yield Quad(mention, _node(KGO.article), article_node, graph)
    yield Quad(mention, _node(KGO.sentence), Literal(assertion.sentence.text), graph)
    yield Quad(mention, _node(KGO.start), _int(assertion.sentence.start), graph)
    yield Quad(mention, _node(KGO.end), _int(assertion.sentence.end), graph)
    yield Quad(mention, _node(KGO.subjectText), Literal(assertion.subject.span.text), graph)
    yield Quad(mention, _node(KGO.subjectStart), _int(assertion.subject.span.start), graph)
    yield Quad(mention, _node(KGO.subjectEnd), _int(assertion.subject.span.end), graph)
    yield Quad(mention, _node(KGO.objectText), Literal(assertion.object.span.text), graph)
    yield Quad(mention, _node(KGO.objectStart), _int(assertion.object.span.start), graph)
    yield Quad(mention, _node(KGO.objectEnd), _int(assertion.object.span.end), graph)
    yield Quad(mention, _node(KGO.rule), Literal(assertion.rule), graph)
