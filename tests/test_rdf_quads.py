"""The quads of kg's RDF model, against a reference written term by term from ``KGO``.

:mod:`kg.rdf` keeps the ontology's terms as ready-made ``NamedNode`` constants; the
reference here looks every term up on the ``KGO`` namespace, as the model describes it
(DESIGN section 3), so that the two must give the same quads, in the same order.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Iterator

import pytest
from pyoxigraph import Literal, NamedNode, Quad

from kg.gazetteer import load_gazetteer
from kg.rdf import actor_quads, article_quads, gazetteer_quads
from kg.types import Actor, ActorType, Article, Assertion, Modality, Relation
from kg.vocab import KGO, PREFIXES, Iris
from tests.conftest import IRAN, IRIS, KH, US, make_assertion, sample_articles


def kgo(name: str) -> NamedNode:
    return NamedNode(str(KGO[name]))


def term(prefix: str, name: str) -> NamedNode:
    return NamedNode(PREFIXES[prefix] + name)


def reference_actor_quads(
    actor: Actor,
    graph: NamedNode,
    iris: Iris,
    *,
    state: str | None = None,
    members: Iterable[str] = (),
) -> Iterator[Quad]:
    node = NamedNode(iris.actor(actor.id))
    yield Quad(node, term("rdf", "type"), kgo(actor.type.value), graph)
    yield Quad(node, term("rdfs", "label"), Literal(actor.label), graph)
    for alias in actor.aliases:
        yield Quad(node, term("skos", "altLabel"), Literal(alias), graph)
    if actor.country:
        yield Quad(node, kgo("country"), Literal(actor.country), graph)
    if actor.wikidata:
        yield Quad(node, kgo("wikidata"), Literal(actor.wikidata), graph)
        yield Quad(node, term("owl", "sameAs"), NamedNode(PREFIXES["wd"] + actor.wikidata), graph)
    if actor.part_of:
        yield Quad(node, kgo("partOf"), NamedNode(iris.actor(actor.part_of)), graph)
    for group in members:
        yield Quad(node, kgo("memberOf"), NamedNode(iris.actor(group)), graph)
    for sponsor in actor.supported_by:
        yield Quad(NamedNode(iris.actor(sponsor)), kgo("supports"), node, graph)
    if actor.leads:
        yield Quad(node, kgo("leads"), NamedNode(iris.actor(actor.leads)), graph)
    if state is not None:
        yield Quad(node, kgo("rollsUpTo"), NamedNode(iris.actor(state)), graph)
    if actor.note:
        yield Quad(node, term("rdfs", "comment"), Literal(actor.note), graph)


def literal(value: object, datatype: str) -> Literal:
    return Literal(str(value), datatype=term("xsd", datatype))


def reference_assertion_quads(
    assertion: Assertion, article: NamedNode, graph: NamedNode, iris: Iris
) -> Iterator[Quad]:
    subject = NamedNode(iris.actor(assertion.subject.actor.id))
    obj = NamedNode(iris.actor(assertion.object.actor.id))
    relation = kgo(assertion.relation.value)
    key = (
        assertion.article_id,
        assertion.relation.value,
        assertion.subject.span.start,
        assertion.object.span.start,
        assertion.subject.actor.id,
        assertion.object.actor.id,
        assertion.rule,
    )
    node, mention = NamedNode(iris.assertion(*key)), NamedNode(iris.mention(*key))
    if assertion.modality in (Modality.ASSERTED, Modality.ALLEGED):
        yield Quad(subject, relation, obj, graph)
    yield Quad(node, term("rdf", "type"), kgo("Assertion"), graph)
    yield Quad(node, kgo("subject"), subject, graph)
    yield Quad(node, kgo("relation"), relation, graph)
    yield Quad(node, kgo("object"), obj, graph)
    yield Quad(node, kgo("modality"), kgo(assertion.modality.value), graph)
    yield Quad(node, kgo("confidence"), literal(f"{assertion.confidence:.2f}", "decimal"), graph)
    if assertion.attributed_to is not None:
        source = NamedNode(iris.actor(assertion.attributed_to.id))
        yield Quad(node, kgo("attributedTo"), source, graph)
    if assertion.date is not None:
        yield Quad(node, kgo("eventDate"), literal(assertion.date.isoformat(), "date"), graph)
    if assertion.location is not None:
        place = NamedNode(iris.actor(assertion.location.id))
        yield Quad(node, kgo("location"), place, graph)
    if assertion.role:
        yield Quad(node, kgo("role"), Literal(assertion.role), graph)
    yield Quad(node, term("prov", "wasDerivedFrom"), mention, graph)
    yield Quad(mention, term("rdf", "type"), kgo("Mention"), graph)
    yield Quad(mention, kgo("article"), article, graph)
    yield Quad(mention, kgo("sentence"), Literal(assertion.sentence.text), graph)
    yield Quad(mention, kgo("start"), literal(assertion.sentence.start, "integer"), graph)
    yield Quad(mention, kgo("end"), literal(assertion.sentence.end, "integer"), graph)
    for side, span in (("subject", assertion.subject.span), ("object", assertion.object.span)):
        yield Quad(mention, kgo(side + "Text"), Literal(span.text), graph)
        yield Quad(mention, kgo(side + "Start"), literal(span.start, "integer"), graph)
        yield Quad(mention, kgo(side + "End"), literal(span.end, "integer"), graph)
    yield Quad(mention, kgo("rule"), Literal(assertion.rule), graph)


def reference_article_quads(
    article: Article, assertions: list[Assertion], iris: Iris, *, known: Iterable[str] = ()
) -> list[Quad]:
    graph = NamedNode(iris.article_graph(article.id))
    node = NamedNode(iris.article(article.id))
    quads = [Quad(node, term("rdf", "type"), kgo("Article"), graph)]
    if article.title:
        quads.append(Quad(node, term("dct", "title"), Literal(article.title), graph))
    if article.date:
        quads.append(
            Quad(node, term("dct", "date"), literal(article.date.isoformat(), "date"), graph)
        )
    if article.url:
        quads.append(Quad(node, term("dct", "source"), Literal(article.url), graph))
    if article.source:
        quads.append(Quad(node, term("dct", "publisher"), Literal(article.source), graph))
    described = set(known)
    for assertion in assertions:
        actors = [assertion.subject.actor, assertion.object.actor]
        actors += [a for a in (assertion.attributed_to, assertion.location) if a is not None]
        for actor in actors:
            if actor.id not in described:
                described.add(actor.id)
                quads.extend(reference_actor_quads(actor, graph, iris))
        quads.extend(reference_assertion_quads(assertion, node, graph, iris))
    return quads


GROUP = Actor(
    id="some group",
    label="Some Group",
    type=ActorType.ARMED_GROUP,
    country="IRQ",
    wikidata="Q1",
    aliases=("The Group", "SG"),
    part_of="kataib-hezbollah",
    supported_by=("iran",),
    note="A made-up group.",
)
SPEAKER = Actor(
    id="a-spokesman", label="A Spokesman", type=ActorType.PERSON, leads="kataib-hezbollah"
)
IRAQ = Actor(id="iraq", label="Iraq", type=ActorType.STATE, country="IRQ")


def rich_article() -> tuple[Article, list[Assertion]]:
    """Every optional part: attribution, place, date, role, each modality, full actors."""
    text = (
        "Some Group attacked Iran in Iraq. Iran named Some Group's leader. Iran backs Some Group."
    )
    article = Article(
        id="rich/1",
        title="All the parts",
        text=text,
        date=dt.date(2024, 5, 1),
        url="https://example.org/rich",
        source="Example",
    )
    first, second, third = (s if s.endswith(".") else s + "." for s in text.split(". "))
    assertions = [
        dataclasses.replace(
            make_assertion(
                article, GROUP, Relation.ATTACKED, IRAN, sentence=first, date=dt.date(2024, 4, 30)
            ),
            attributed_to=SPEAKER,
            location=IRAQ,
            confidence=0.775,
        ),
        dataclasses.replace(
            make_assertion(
                article,
                GROUP,
                Relation.OFFICIAL_OF,
                IRAN,
                sentence=second,
                modality=Modality.ALLEGED,
            ),
            role="leader",
        ),
        make_assertion(
            article, IRAN, Relation.SUPPORTS, GROUP, sentence=third, modality=Modality.DENIED
        ),
        make_assertion(
            article, IRAN, Relation.AIDED, GROUP, sentence=third, modality=Modality.HYPOTHETICAL
        ),
    ]
    return article, assertions


ARTICLES = {
    **{article.id: (article, assertions) for article, assertions in sample_articles()},
    "rich": rich_article(),
}


@pytest.mark.parametrize("known", [(), ("iran", "iraq")], ids=["all described", "some known"])
@pytest.mark.parametrize("name", list(ARTICLES))
def test_article_quads_match_the_reference(name: str, known: tuple[str, ...]) -> None:
    article, assertions = ARTICLES[name]
    expected = reference_article_quads(article, assertions, IRIS, known=known)
    assert article_quads(article, assertions, IRIS, known_actors=known) == expected


@pytest.mark.parametrize("actor", [US, KH, GROUP, SPEAKER], ids=lambda actor: actor.id)
def test_actor_quads_match_the_reference(actor: Actor) -> None:
    graph = NamedNode(IRIS.gazetteer_graph)
    found = list(actor_quads(actor, graph, IRIS, state="iraq", members=("axis",)))
    assert found == list(reference_actor_quads(actor, graph, IRIS, state="iraq", members=("axis",)))


def test_gazetteer_quads_match_the_reference() -> None:
    gazetteer = load_gazetteer()
    graph = NamedNode(IRIS.gazetteer_graph)
    expected = []
    for actor in gazetteer.actors.values():
        state = gazetteer.state_of(actor)
        expected += reference_actor_quads(
            actor,
            graph,
            IRIS,
            state=state.id if state is not None else None,
            members=gazetteer.members.get(actor.id, ()),
        )
    assert list(gazetteer_quads(gazetteer, IRIS)) == expected
