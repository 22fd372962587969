"""The RDF model (DESIGN section 3): records to quads, and validation against the shapes.

Each article's triples go to the article's named graph: the article's metadata, one
``kgo:Assertion`` node per assertion with its ``kgo:Mention`` (sentence, offsets, rule),
the direct edge ``subject relation object`` when the modality makes one (asserted or
alleged), and the description of every actor that is not in the gazetteer. The gazetteer
and the ontology have named graphs of their own, and so do the analysts' corrections
(:mod:`kg.curation`).

An actor's description: its class, ``rdfs:label``, ``skos:altLabel`` for each alias,
``kgo:country``, ``kgo:wikidata`` and ``owl:sameAs`` its Wikidata entity,
``kgo:partOf``, ``kgo:memberOf``, the gazetteer's ``supports`` facts, its note as
``rdfs:comment``, and ``kgo:rollsUpTo`` the state it belongs to (itself for a state), so
that "everything US actors did" is one query::

    SELECT ?actor ?relation ?object WHERE {
      ?actor kgo:rollsUpTo <https://kg.example.org/actor/united-states> .
      ?actor ?relation ?object .
    }

:func:`validate` checks RDF against ``ontologies/shapes.ttl`` with pySHACL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from pyoxigraph import BlankNode, Literal, NamedNode, Quad, RdfFormat, Triple, parse

from kg.gazetteer import Gazetteer
from kg.types import Actor, ActorType, Article, Assertion, Modality, Relation
from kg.vocab import KGO, ONTOLOGY_DIR, PREFIXES, SHAPES_PATH, Iris

if TYPE_CHECKING:
    import rdflib

__all__ = [
    "Validation",
    "actor_quads",
    "article_quads",
    "gazetteer_quads",
    "ontology_quads",
    "validate",
]

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
RDFS_COMMENT = NamedNode(_RDFS + "comment")
DCT_TITLE = NamedNode(_DCT + "title")
DCT_DATE = NamedNode(_DCT + "date")
DCT_SOURCE = NamedNode(_DCT + "source")
DCT_PUBLISHER = NamedNode(_DCT + "publisher")
PROV_DERIVED = NamedNode(_PROV + "wasDerivedFrom")
XSD_DATE = NamedNode(_XSD + "date")
XSD_INTEGER = NamedNode(_XSD + "integer")
XSD_DECIMAL = NamedNode(_XSD + "decimal")

# The ontology's terms, made once: looking a term up on the DefinedNamespace (its
# __getattr__ checks every name) and making a new NamedNode for every quad was a fifth
# of the cost of article_quads. Attribute access keeps a typo an error at import.
KGO_ACTOR_TYPES = {t: NamedNode(str(KGO[t.value])) for t in ActorType}
KGO_RELATIONS = {r: NamedNode(str(KGO[r.value])) for r in Relation}
KGO_MODALITIES = {m: NamedNode(str(KGO[m.value])) for m in Modality}
KGO_ARTICLE = NamedNode(str(KGO.Article))
KGO_ASSERTION = NamedNode(str(KGO.Assertion))
KGO_MENTION = NamedNode(str(KGO.Mention))
KGO_COUNTRY = NamedNode(str(KGO.country))
KGO_WIKIDATA = NamedNode(str(KGO.wikidata))
KGO_PART_OF = NamedNode(str(KGO.partOf))
KGO_MEMBER_OF = NamedNode(str(KGO.memberOf))
KGO_SUPPORTS = NamedNode(str(KGO.supports))
KGO_LEADS = NamedNode(str(KGO.leads))
KGO_ROLLS_UP_TO = NamedNode(str(KGO.rollsUpTo))
KGO_SUBJECT = NamedNode(str(KGO.subject))
KGO_RELATION = NamedNode(str(KGO.relation))
KGO_OBJECT = NamedNode(str(KGO.object))
KGO_MODALITY = NamedNode(str(KGO.modality))
KGO_CONFIDENCE = NamedNode(str(KGO.confidence))
KGO_ATTRIBUTED_TO = NamedNode(str(KGO.attributedTo))
KGO_EVENT_DATE = NamedNode(str(KGO.eventDate))
KGO_LOCATION = NamedNode(str(KGO.location))
KGO_ROLE = NamedNode(str(KGO.role))
KGO_ARTICLE_OF = NamedNode(str(KGO.article))
KGO_SENTENCE = NamedNode(str(KGO.sentence))
KGO_START = NamedNode(str(KGO.start))
KGO_END = NamedNode(str(KGO.end))
KGO_SUBJECT_TEXT = NamedNode(str(KGO.subjectText))
KGO_SUBJECT_START = NamedNode(str(KGO.subjectStart))
KGO_SUBJECT_END = NamedNode(str(KGO.subjectEnd))
KGO_OBJECT_TEXT = NamedNode(str(KGO.objectText))
KGO_OBJECT_START = NamedNode(str(KGO.objectStart))
KGO_OBJECT_END = NamedNode(str(KGO.objectEnd))
KGO_RULE = NamedNode(str(KGO.rule))


def _date(value: dt.date) -> Literal:
    return Literal(value.isoformat(), datatype=XSD_DATE)


def _int(value: int) -> Literal:
    return Literal(str(value), datatype=XSD_INTEGER)


def actor_quads(
    actor: Actor,
    graph: NamedNode,
    iris: Iris,
    *,
    state: str | None = None,
    members: Iterable[str] = (),
) -> Iterator[Quad]:
    """Yield the description of an actor: type, label, aliases, country, links, roll-up.

    Its links are the gazetteer's: ``partOf``, ``memberOf``, ``supports`` (from each
    sponsor) and, for a person, ``leads`` (the armed group they lead).

    Args:
        actor: the actor.
        graph: the named graph to put it in.
        iris: the IRI minter.
        state: the id of the state the actor rolls up to (a state's own id for a state),
            when known: the gazetteer knows it for its actors.
        members: ids of the coalitions or umbrella groups it is a member of.
    """
    node = NamedNode(iris.actor(actor.id))
    yield Quad(node, RDF_TYPE, KGO_ACTOR_TYPES[actor.type], graph)
    yield Quad(node, RDFS_LABEL, Literal(actor.label), graph)
    for alias in actor.aliases:
        yield Quad(node, SKOS_ALT_LABEL, Literal(alias), graph)
    if actor.country:
        yield Quad(node, KGO_COUNTRY, Literal(actor.country), graph)
    if actor.wikidata:
        yield Quad(node, KGO_WIKIDATA, Literal(actor.wikidata), graph)
        yield Quad(node, OWL_SAME_AS, NamedNode(PREFIXES["wd"] + actor.wikidata), graph)
    if actor.part_of:
        yield Quad(node, KGO_PART_OF, NamedNode(iris.actor(actor.part_of)), graph)
    for group in members:
        yield Quad(node, KGO_MEMBER_OF, NamedNode(iris.actor(group)), graph)
    for sponsor in actor.supported_by:
        yield Quad(NamedNode(iris.actor(sponsor)), KGO_SUPPORTS, node, graph)
    if actor.leads:
        yield Quad(node, KGO_LEADS, NamedNode(iris.actor(actor.leads)), graph)
    if state is not None:
        yield Quad(node, KGO_ROLLS_UP_TO, NamedNode(iris.actor(state)), graph)
    if actor.note:
        yield Quad(node, RDFS_COMMENT, Literal(actor.note), graph)


def gazetteer_quads(gazetteer: Gazetteer, iris: Iris) -> Iterator[Quad]:
    """Yield the gazetteer's actors in the gazetteer graph, each with its state."""
    graph = NamedNode(iris.gazetteer_graph)
    for actor in gazetteer.actors.values():
        state = gazetteer.state_of(actor)
        yield from actor_quads(
            actor,
            graph,
            iris,
            state=state.id if state is not None else None,
            members=gazetteer.members.get(actor.id, ()),
        )


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
    quads = [Quad(article_node, RDF_TYPE, KGO_ARTICLE, graph)]
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
    relation = KGO_RELATIONS[assertion.relation]
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
    yield Quad(node, RDF_TYPE, KGO_ASSERTION, graph)
    yield Quad(node, KGO_SUBJECT, subject, graph)
    yield Quad(node, KGO_RELATION, relation, graph)
    yield Quad(node, KGO_OBJECT, obj, graph)
    yield Quad(node, KGO_MODALITY, KGO_MODALITIES[assertion.modality], graph)
    yield Quad(
        node,
        KGO_CONFIDENCE,
        Literal(f"{assertion.confidence:.2f}", datatype=XSD_DECIMAL),
        graph,
    )
    if assertion.attributed_to is not None:
        yield Quad(
            node, KGO_ATTRIBUTED_TO, NamedNode(iris.actor(assertion.attributed_to.id)), graph
        )
    if assertion.date is not None:
        yield Quad(node, KGO_EVENT_DATE, _date(assertion.date), graph)
    if assertion.location is not None:
        yield Quad(node, KGO_LOCATION, NamedNode(iris.actor(assertion.location.id)), graph)
    if assertion.role:
        yield Quad(node, KGO_ROLE, Literal(assertion.role), graph)
    yield Quad(node, PROV_DERIVED, mention, graph)
    yield Quad(mention, RDF_TYPE, KGO_MENTION, graph)
    yield Quad(mention, KGO_ARTICLE_OF, article_node, graph)
    yield Quad(mention, KGO_SENTENCE, Literal(assertion.sentence.text), graph)
    yield Quad(mention, KGO_START, _int(assertion.sentence.start), graph)
    yield Quad(mention, KGO_END, _int(assertion.sentence.end), graph)
    yield Quad(mention, KGO_SUBJECT_TEXT, Literal(assertion.subject.span.text), graph)
    yield Quad(mention, KGO_SUBJECT_START, _int(assertion.subject.span.start), graph)
    yield Quad(mention, KGO_SUBJECT_END, _int(assertion.subject.span.end), graph)
    yield Quad(mention, KGO_OBJECT_TEXT, Literal(assertion.object.span.text), graph)
    yield Quad(mention, KGO_OBJECT_START, _int(assertion.object.span.start), graph)
    yield Quad(mention, KGO_OBJECT_END, _int(assertion.object.span.end), graph)
    yield Quad(mention, KGO_RULE, Literal(assertion.rule), graph)


@dataclass(frozen=True, slots=True, kw_only=True)
class Validation:
    """The result of validating RDF against ``ontologies/shapes.ttl``.

    Attributes:
        conforms: no violation (warnings allowed).
        violations: the number of results of severity ``sh:Violation``.
        warnings: the number of results of severity ``sh:Warning`` or ``sh:Info``.
        text: pySHACL's report, for people.
    """

    conforms: bool
    violations: int
    warnings: int
    text: str


@lru_cache(maxsize=1)
def _shapes() -> rdflib.Graph:
    import rdflib

    return rdflib.Graph().parse(SHAPES_PATH, format="turtle")


def validate(data: rdflib.Graph | Iterable[Quad | Triple]) -> Validation:
    """Validate RDF against the SHACL shapes of ``ontologies/shapes.ttl``.

    Args:
        data: an rdflib graph, or Oxigraph quads or triples (a store's
            :meth:`~kg.store.Store.quads`, or a parsed export). Quads are validated as
            the union of their graphs, since actors described in the gazetteer graph
            are referred to from the article graphs.

    >>> import rdflib
    >>> graph = rdflib.Graph().parse(format="turtle", data='''
    ...     @prefix kgo: <https://kg.example.org/ontology#> .
    ...     <https://kg.example.org/actor/x> a kgo:ArmedGroup .''')
    >>> result = validate(graph)
    >>> result.conforms, result.violations
    (False, 1)
    """
    import rdflib
    from pyshacl import validate as shacl_validate

    if isinstance(data, rdflib.Graph):
        union = data
    else:
        union = rdflib.Graph()
        for item in data:
            union.add((_rdflib(item.subject), _rdflib(item.predicate), _rdflib(item.object)))
    _, report, text = shacl_validate(
        union, shacl_graph=_shapes(), inference="none", allow_warnings=True
    )
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    severities = list(report.objects(None, sh.resultSeverity))
    violations = sum(1 for o in severities if o == sh.Violation)
    return Validation(
        conforms=violations == 0,
        violations=violations,
        warnings=len(severities) - violations,
        text=str(text),
    )


def _rdflib(term: object) -> rdflib.term.Identifier:
    """Return the rdflib term of an Oxigraph term."""
    import rdflib

    if isinstance(term, NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, BlankNode):
        return rdflib.BNode(term.value)
    if isinstance(term, Literal):
        if term.language:
            return rdflib.Literal(term.value, lang=term.language)
        return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))
    raise TypeError(f"Not an RDF 1.1 term: {term!r}")
