"""Analysts' corrections to actors: merge two actors, add an alias, change a type.

The library calls (``kg merge``, ``kg alias`` and ``kg retype`` and the API are thin
layers over them)::

    merge_actors(store, keep_id, drop_id, *, gazetteer=None) -> Correction
    add_alias(store, actor_id, name, *, gazetteer=None) -> Correction
    retype_actor(store, actor_id, actor_type, *, gazetteer=None) -> Correction
    read_corrections(store) -> list[Correction]

and, for the pipeline, :func:`curate_gazetteer` (the gazetteer with a store's
corrections applied) and :func:`apply_corrections` (assertions rewritten to it).
``gazetteer`` defaults to :func:`kg.gazetteer.load_gazetteer` (``$KG_GAZETTEER`` or the
bundled one).

**Where corrections live.** In the store's curation named graph
(:attr:`kg.vocab.Iris.curation_graph`), so they survive re-ingest (which replaces
article graphs only) and are exported with the dataset. It holds one record per
correction, replayed in order on every ingest::

    <base/correction/20250102T101500123456-1a2b3c> a kgo:Correction, kgo:Merge ;
        kgo:corrects <base/actor/kataib-hezbollah> ;
        kgo:mergedActor <base/actor/kataib-hizballah> ;
        kgo:mergedLabel "Kata'ib Hizballah" ;
        dct:created "2025-01-02T10:15:00.123456+00:00"^^xsd:dateTime .

(``kgo:AddAlias`` records have ``kgo:name``, ``kgo:Retype`` records ``kgo:newType``),
and the corrected descriptions: ``skos:altLabel`` for added aliases and the merged
actor's names, the new ``rdf:type``, and the label and type of corrected actors that are
not in the gazetteer (so that they stay described when their articles are retracted).

**What a correction does.** It applies at once to what is stored, with SPARQL updates
that work on the embedded store and on a remote endpoint alike:

- ``merge_actors``: every triple about the dropped actor, in every graph, is rewritten
  to the kept one; the dropped actor's description goes and its names become aliases of
  the kept one; assertions that now link the kept actor to itself are removed (the
  extractor never makes those).
- ``add_alias``: the alias is added; if an actor had been minted from that name (its id
  is the name's slug), it is merged into the actor.
- ``retype_actor``: the actor's class is replaced in every graph.

And it applies to every later ingest (:meth:`kg.pipeline.Pipeline.ingest`): the actor
ruler matches the curated names, merged ids are rewritten to the kept id and retyped
actors get their new type before the article's quads are written, and the gazetteer
graph is written from the curated gazetteer.

Errors: :class:`~kg.errors.ActorNotFound` (no such actor in the gazetteer or the store),
:class:`~kg.errors.UnknownNameError` (no such actor type), :class:`CurationError` (a
correction that makes no sense: an actor merged into itself, an alias that is another
actor's name, an empty name).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from pyoxigraph import Literal, NamedNode

from kg.errors import ActorNotFound, CurationError, StoreError, UnknownNameError
from kg.gazetteer import Gazetteer, Name, build_gazetteer, is_case_sensitive, load_gazetteer
from kg.resolve import actor_id as minted_id
from kg.resolve import normalise_name
from kg.store import EmbeddedStore, Row, Store
from kg.types import Actor, ActorType, Assertion, Mention
from kg.vocab import KGO, PREFIXES

__all__ = [
    "Correction",
    "CorrectionKind",
    "CurationError",
    "add_alias",
    "apply_corrections",
    "curate_gazetteer",
    "merge_actors",
    "read_corrections",
    "retype_actor",
]


class CorrectionKind(StrEnum):
    """The kinds of correction; values are the ontology's class names."""

    MERGE = "Merge"
    ALIAS = "AddAlias"
    RETYPE = "Retype"


@dataclass(frozen=True, slots=True, kw_only=True)
class Correction:
    """One correction an analyst made.

    Attributes:
        id: the record's id (sortable by time).
        kind: merge, alias or retype.
        actor_id: the actor corrected: the one kept, for a merge.
        created: when the correction was made (UTC).
        merged_id: for a merge, the actor merged into ``actor_id``.
        merged_labels: for a merge, the merged actor's names, now aliases.
        name: for an alias, the name.
        actor_type: for a retype, the new type.
    """

    id: str
    kind: CorrectionKind
    actor_id: str
    created: dt.datetime
    merged_id: str | None = None
    merged_labels: tuple[str, ...] = ()
    name: str | None = None
    actor_type: ActorType | None = None


_RDF = PREFIXES["rdf"]
_RDFS = PREFIXES["rdfs"]
_SKOS = PREFIXES["skos"]
_DCT = PREFIXES["dct"]
_XSD = PREFIXES["xsd"]
_PREFIXES = f"""PREFIX kgo: <{KGO}>
PREFIX rdf: <{_RDF}>
PREFIX rdfs: <{_RDFS}>
PREFIX skos: <{_SKOS}>
PREFIX owl: <{PREFIXES["owl"]}>
PREFIX dct: <{_DCT}>
PREFIX prov: <{PREFIXES["prov"]}>
"""
_TYPE_NAMES = frozenset(t.value for t in ActorType)
_ACTOR_CLASSES = ", ".join(f"kgo:{t.value}" for t in ActorType)
#: Predicates of an actor's own description (they go with a merged actor).
_DESCRIPTION = (
    "rdf:type, rdfs:label, skos:altLabel, kgo:country, kgo:wikidata, owl:sameAs, "
    "kgo:rollsUpTo, rdfs:comment"
)


def _update(store: Store, sparql: str) -> None:
    """Run a SPARQL update on either kind of store."""
    update = getattr(store, "update", None)
    if callable(update):
        update(sparql)
        return
    if isinstance(store, EmbeddedStore):
        try:
            store.oxigraph.update(sparql)
        except (SyntaxError, OSError, ValueError) as err:
            raise StoreError(f"Update failed: {err}") from err
        return
    raise StoreError(f"The store at {store.location} does not take SPARQL updates")


def _term(value: str) -> str:
    return str(Literal(value))


def _actor_node(store: Store, actor_id: str) -> str:
    return str(NamedNode(store.iris.actor(actor_id)))


def _stored_description(store: Store, actor_id: str) -> tuple[list[str], list[str], list[str]]:
    """Return the (types, labels, aliases) the store holds for an actor, in any graph."""
    sparql = f"""{_PREFIXES}
    SELECT DISTINCT ?p ?o WHERE {{
      GRAPH ?g {{ {_actor_node(store, actor_id)} ?p ?o }}
      FILTER (?p IN (rdf:type, rdfs:label, skos:altLabel))
    }}"""
    types: list[str] = []
    labels: list[str] = []
    aliases: list[str] = []
    for row in store.select(sparql):
        prop, value = row["p"].value, row["o"].value
        if prop == _RDF + "type" and value.startswith(str(KGO)):
            types.append(value.removeprefix(str(KGO)))
        elif prop == _RDFS + "label":
            labels.append(value)
        elif prop == _SKOS + "altLabel":
            aliases.append(value)
    return sorted(types), sorted(labels), sorted(aliases)


def _find_actor(store: Store, gazetteer: Gazetteer, actor_id: str) -> tuple[Actor, bool]:
    """Return an actor and whether it is a gazetteer actor (curated), or raise.

    Raises:
        ActorNotFound: neither the gazetteer nor the store describes it.
    """
    if actor_id in gazetteer.actors:
        return gazetteer.actors[actor_id], True
    types, labels, aliases = _stored_description(store, actor_id)
    known = [t for t in types if t in _TYPE_NAMES]
    if not known and not labels:
        raise ActorNotFound(actor_id)
    actor_type = ActorType(known[0]) if known else ActorType.ORGANIZATION
    label = labels[0] if labels else actor_id
    return Actor(id=actor_id, label=label, type=actor_type, aliases=tuple(aliases)), False


def _new_record() -> tuple[str, dt.datetime]:
    created = dt.datetime.now(dt.UTC)
    return f"{created:%Y%m%dT%H%M%S%f}-{uuid.uuid4().hex[:6]}", created


def _record_triples(store: Store, correction: Correction) -> list[str]:
    node = str(NamedNode(store.iris.correction(correction.id)))
    created = f'"{correction.created.isoformat()}"^^<{_XSD}dateTime>'
    triples = [
        f"{node} a kgo:Correction, kgo:{correction.kind.value}",
        f"{node} kgo:corrects {_actor_node(store, correction.actor_id)}",
        f"{node} dct:created {created}",
    ]
    if correction.merged_id is not None:
        triples.append(f"{node} kgo:mergedActor {_actor_node(store, correction.merged_id)}")
    triples += [f"{node} kgo:mergedLabel {_term(label)}" for label in correction.merged_labels]
    if correction.name is not None:
        triples.append(f"{node} kgo:name {_term(correction.name)}")
    if correction.actor_type is not None:
        triples.append(f"{node} kgo:newType kgo:{correction.actor_type.value}")
    return triples


def _description_triples(store: Store, actor: Actor, *, in_gazetteer: bool) -> list[str]:
    """Label and type of a corrected actor the gazetteer does not describe."""
    if in_gazetteer:
        return []
    node = _actor_node(store, actor.id)
    return [f"{node} a kgo:{actor.type.value}", f"{node} rdfs:label {_term(actor.label)}"]


def _insert_curation(store: Store, triples: Iterable[str]) -> str:
    body = " .\n    ".join(triples)
    return f"INSERT DATA {{ GRAPH <{store.iris.curation_graph}> {{\n    {body} .\n}} }}"


def _rewrite_actor(store: Store, keep_id: str, drop_id: str) -> list[str]:
    """SPARQL updates that turn every triple about ``drop_id`` into one about ``keep_id``."""
    keep = _actor_node(store, keep_id)
    drop = _actor_node(store, drop_id)
    curation = f"<{store.iris.curation_graph}>"
    return [
        # The dropped actor's own description goes (its names become aliases of the
        # kept actor, in the curation graph).
        f"""DELETE {{ GRAPH ?g {{ {drop} ?p ?o }} }}
        WHERE {{ GRAPH ?g {{ {drop} ?p ?o }} FILTER (?p IN ({_DESCRIPTION})) }}""",
        f"""DELETE {{ GRAPH ?g {{ {drop} ?p ?o }} }} INSERT {{ GRAPH ?g {{ {keep} ?p ?o }} }}
        WHERE {{ GRAPH ?g {{ {drop} ?p ?o }} }}""",
        # The records of earlier merges keep the ids they merged.
        f"""DELETE {{ GRAPH ?g {{ ?s ?p {drop} }} }} INSERT {{ GRAPH ?g {{ ?s ?p {keep} }} }}
        WHERE {{ GRAPH ?g {{ ?s ?p {drop} }}
                FILTER (?g != {curation} || ?p != kgo:mergedActor) }}""",
        # A link between the two is now one of the kept actor with itself (a state still
        # rolls up to itself).
        f"""DELETE {{ GRAPH ?g {{ {keep} ?p {keep} }} }}
        WHERE {{ GRAPH ?g {{ {keep} ?p {keep} }} FILTER (?p != kgo:rollsUpTo) }}""",
        # An assertion between the two is now one of the kept actor with itself.
        f"""DELETE {{ GRAPH ?g {{ ?a ?ap ?ao . ?m ?mp ?mo . {keep} ?rel {keep} }} }}
        WHERE {{ GRAPH ?g {{
            ?a a kgo:Assertion ; kgo:subject {keep} ; kgo:object {keep} ; kgo:relation ?rel ;
               prov:wasDerivedFrom ?m .
            ?a ?ap ?ao . ?m ?mp ?mo .
        }} }}""",
    ]


def _run(store: Store, updates: Sequence[str]) -> None:
    _update(store, _PREFIXES + " ;\n".join(updates))


def merge_actors(
    store: Store, keep_id: str, drop_id: str, *, gazetteer: Gazetteer | None = None
) -> Correction:
    """Merge ``drop_id`` into ``keep_id``: they are one actor, called ``keep_id``.

    Args:
        store: the store whose graphs are rewritten and where the correction is kept.
        keep_id: the actor kept.
        drop_id: the actor merged into it (it no longer exists afterwards).
        gazetteer: the gazetteer in use (default: :func:`~kg.gazetteer.load_gazetteer`).

    Returns:
        The correction, as recorded.

    Raises:
        ActorNotFound: either actor is neither in the gazetteer nor in the store.
        CurationError: the two ids are the same actor.
    """
    curated = curate_gazetteer(gazetteer or load_gazetteer(), store)
    keep_id = curated.redirects.get(keep_id, keep_id)
    if drop_id in curated.redirects:
        raise ActorNotFound(drop_id)
    if keep_id == drop_id:
        raise CurationError(f"Cannot merge actor {drop_id!r} into itself")
    keep, keep_known = _find_actor(store, curated, keep_id)
    drop, _ = _find_actor(store, curated, drop_id)
    _, stored_labels, stored_aliases = _stored_description(store, drop_id)
    names = dict.fromkeys([drop.label, *drop.aliases, *stored_labels, *stored_aliases])
    names.pop(keep.label, None)
    record_id, created = _new_record()
    correction = Correction(
        id=record_id,
        kind=CorrectionKind.MERGE,
        actor_id=keep_id,
        created=created,
        merged_id=drop_id,
        merged_labels=tuple(names),
    )
    keep_node = _actor_node(store, keep_id)
    triples = _record_triples(store, correction)
    triples += _description_triples(store, keep, in_gazetteer=keep_known)
    triples += [f"{keep_node} skos:altLabel {_term(name)}" for name in names]
    _run(store, [*_rewrite_actor(store, keep_id, drop_id), _insert_curation(store, triples)])
    return correction


def add_alias(
    store: Store, actor_id: str, name: str, *, gazetteer: Gazetteer | None = None
) -> Correction:
    """Add a name that stands for an actor, in text and in searches.

    If an actor had been minted from that name (its id is the name's slug, and it is
    not in the gazetteer), it is merged into ``actor_id`` as well (a merge record of its
    own). Adding an alias twice records it once.

    Raises:
        ActorNotFound: the actor is neither in the gazetteer nor in the store.
        CurationError: the name is empty, or already stands for another actor.
    """
    name = " ".join(name.split())
    if not name:
        raise CurationError(f"An alias of {actor_id!r} must not be empty")
    curated = curate_gazetteer(gazetteer or load_gazetteer(), store)
    actor_id = curated.redirects.get(actor_id, actor_id)
    actor, known = _find_actor(store, curated, actor_id)
    owner = curated.lookup(name)
    if owner is not None and owner.id != actor_id:
        raise CurationError(
            f"The name {name!r} already stands for {owner.id!r}: merge the two actors "
            f"instead (kg merge {actor_id} {owner.id})"
        )
    for existing in read_corrections(store):
        if (
            existing.kind is CorrectionKind.ALIAS
            and existing.actor_id == actor_id
            and existing.name == name
        ):
            return existing
    record_id, created = _new_record()
    correction = Correction(
        id=record_id, kind=CorrectionKind.ALIAS, actor_id=actor_id, created=created, name=name
    )
    triples = _record_triples(store, correction)
    triples += _description_triples(store, actor, in_gazetteer=known)
    triples.append(f"{_actor_node(store, actor_id)} skos:altLabel {_term(name)}")
    _run(store, [_insert_curation(store, triples)])
    minted = minted_id(normalise_name(name))
    if minted != actor_id and minted not in curated.actors and not is_case_sensitive(name):
        types, labels, _ = _stored_description(store, minted)
        if types or labels:
            merge_actors(store, actor_id, minted, gazetteer=gazetteer)
    return correction


def retype_actor(
    store: Store, actor_id: str, actor_type: str, *, gazetteer: Gazetteer | None = None
) -> Correction:
    """Give an actor another type (``State``, ``ArmedGroup``, ..., ``Location``).

    Raises:
        UnknownNameError: ``actor_type`` is not an actor type.
        ActorNotFound: the actor is neither in the gazetteer nor in the store.
    """
    if actor_type not in _TYPE_NAMES:
        raise UnknownNameError("actor type", actor_type, [t.value for t in ActorType])
    new_type = ActorType(actor_type)
    curated = curate_gazetteer(gazetteer or load_gazetteer(), store)
    actor_id = curated.redirects.get(actor_id, actor_id)
    actor, known = _find_actor(store, curated, actor_id)
    record_id, created = _new_record()
    correction = Correction(
        id=record_id,
        kind=CorrectionKind.RETYPE,
        actor_id=actor_id,
        created=created,
        actor_type=new_type,
    )
    node = _actor_node(store, actor_id)
    updates = [
        f"""DELETE {{ GRAPH ?g {{ {node} rdf:type ?t }} }}
        INSERT {{ GRAPH ?g {{ {node} rdf:type kgo:{new_type.value} }} }}
        WHERE {{ GRAPH ?g {{ {node} rdf:type ?t }} FILTER (?t IN ({_ACTOR_CLASSES})) }}"""
    ]
    triples = _record_triples(store, correction)
    triples += _description_triples(store, replace(actor, type=new_type), in_gazetteer=known)
    if actor.type is ActorType.STATE and new_type is not ActorType.STATE:
        # Nothing rolls up to what is no longer a state.
        updates.append(
            f"""DELETE {{ GRAPH ?g {{ ?x kgo:rollsUpTo {node} }} }}
            WHERE {{ GRAPH ?g {{ ?x kgo:rollsUpTo {node} }} }}"""
        )
    if new_type is ActorType.STATE:
        triples.append(f"{node} kgo:rollsUpTo {node}")
    _run(store, [*updates, _insert_curation(store, triples)])
    return correction


def read_corrections(store: Store) -> list[Correction]:
    """Return the corrections kept in the store, oldest first."""
    graph = store.iris.curation_graph
    sparql = f"""{_PREFIXES}
    SELECT ?c ?kind ?actor ?created ?merged ?label ?name ?type WHERE {{
      GRAPH <{graph}> {{
        ?c a kgo:Correction , ?kind ; kgo:corrects ?actor ; dct:created ?created .
        FILTER (?kind IN (kgo:Merge, kgo:AddAlias, kgo:Retype))
        OPTIONAL {{ ?c kgo:mergedActor ?merged }}
        OPTIONAL {{ ?c kgo:mergedLabel ?label }}
        OPTIONAL {{ ?c kgo:name ?name }}
        OPTIONAL {{ ?c kgo:newType ?type }}
      }}
    }}"""
    rows_of: dict[str, list[Row]] = {}
    for row in store.select(sparql):
        rows_of.setdefault(row["c"].value, []).append(row)
    corrections = [_correction(store, iri, rows) for iri, rows in rows_of.items()]
    return sorted(corrections, key=lambda c: (c.created, c.id))


def _correction(store: Store, iri: str, rows: Sequence[Row]) -> Correction:
    first = rows[0]

    def values(key: str) -> list[str]:
        return sorted({row[key].value for row in rows if key in row})

    merged = values("merged")
    names = values("name")
    types = values("type")
    return Correction(
        id=store.iris.correction_id(iri),
        kind=CorrectionKind(first["kind"].value.removeprefix(str(KGO))),
        actor_id=store.iris.actor_id(first["actor"].value),
        created=dt.datetime.fromisoformat(first["created"].value),
        merged_id=store.iris.actor_id(merged[0]) if merged else None,
        merged_labels=tuple(values("label")),
        name=names[0] if names else None,
        actor_type=ActorType(types[0].removeprefix(str(KGO))) if types else None,
    )


def _curated_descriptions(store: Store) -> dict[str, Actor]:
    """The label, type and aliases the curation graph gives each actor."""
    sparql = f"""{_PREFIXES}
    SELECT ?actor ?p ?o WHERE {{
      GRAPH <{store.iris.curation_graph}> {{ ?actor ?p ?o }}
      FILTER (?p IN (rdf:type, rdfs:label, skos:altLabel))
      FILTER (STRSTARTS(STR(?actor), {_term(store.iris.base + "actor/")}))
    }}"""
    types: dict[str, str] = {}
    labels: dict[str, str] = {}
    aliases: dict[str, list[str]] = {}
    for row in store.select(sparql):
        actor = store.iris.actor_id(row["actor"].value)
        prop, value = row["p"].value, row["o"].value
        if prop == _RDF + "type" and value.removeprefix(str(KGO)) in _TYPE_NAMES:
            types[actor] = value.removeprefix(str(KGO))
        elif prop == _RDFS + "label":
            labels[actor] = min(value, labels.get(actor, value))
        elif prop == _SKOS + "altLabel":
            aliases.setdefault(actor, []).append(value)
    return {
        actor: Actor(
            id=actor,
            label=labels.get(actor, actor),
            type=ActorType(types.get(actor, ActorType.ORGANIZATION.value)),
            aliases=tuple(sorted(aliases.get(actor, []))),
        )
        for actor in {*types, *labels, *aliases}
    }


def curate_gazetteer(
    gazetteer: Gazetteer,
    store: Store,
    corrections: Sequence[Correction] | None = None,
) -> Gazetteer:
    """Return ``gazetteer`` with the store's corrections applied, in order.

    Merged actors are gone, their names stand for the kept actor and their ids redirect
    to it (:attr:`~kg.gazetteer.Gazetteer.redirects`); added aliases are names of their
    actor (winning over a gazetteer name they collide with); retyped actors have their
    new type; corrected actors that the gazetteer does not list are added to it, as the
    curation graph describes them. Without corrections, ``gazetteer`` is returned.

    Args:
        gazetteer: the gazetteer read from files.
        store: the store whose curation graph holds the corrections.
        corrections: the store's corrections, if already read.
    """
    if corrections is None:
        corrections = read_corrections(store)
    if not corrections:
        return gazetteer
    described = _curated_descriptions(store)
    return _replay(gazetteer, corrections, described)


def _replay(
    gazetteer: Gazetteer, corrections: Sequence[Correction], described: Mapping[str, Actor]
) -> Gazetteer:
    actors = dict(gazetteer.actors)
    members = {k: tuple(v) for k, v in gazetteer.members.items()}
    names: list[Name] = list(gazetteer.names)
    curated: list[Name] = []
    redirects: dict[str, str] = dict(gazetteer.redirects)

    def resolve(actor_id: str) -> str:
        seen = {actor_id}
        while actor_id in redirects and redirects[actor_id] not in seen:
            actor_id = redirects[actor_id]
            seen.add(actor_id)
        return actor_id

    def ensure(actor_id: str) -> None:
        if actor_id not in actors:
            actors[actor_id] = described.get(actor_id) or Actor(
                id=actor_id, label=actor_id, type=ActorType.ORGANIZATION
            )

    def add_name(actor_id: str, text: str) -> None:
        actor = actors[actor_id]
        if text != actor.label and text not in actor.aliases:
            actors[actor_id] = replace(actor, aliases=(*actor.aliases, text))
        curated.append(
            Name(
                text=text,
                actor_id=actor_id,
                kind="curated",
                case_sensitive=is_case_sensitive(text),
            )
        )

    for correction in corrections:
        target = resolve(correction.actor_id)
        ensure(target)
        if correction.kind is CorrectionKind.MERGE and correction.merged_id is not None:
            drop = resolve(correction.merged_id)
            if drop == target:
                continue
            dropped = actors.pop(drop, None)
            redirects[drop] = target
            names = [
                replace(n, actor_id=target, kind="alias") if n.actor_id == drop else n
                for n in names
            ]
            dropped_names = (dropped.label, *dropped.aliases) if dropped else ()
            for text in (*dropped_names, *correction.merged_labels):
                add_name(target, text)
            merged_members = (*members.get(target, ()), *members.pop(drop, ()))
            members[target] = tuple(dict.fromkeys(merged_members))
        elif correction.kind is CorrectionKind.ALIAS and correction.name:
            add_name(target, correction.name)
        elif correction.kind is CorrectionKind.RETYPE and correction.actor_type is not None:
            actors[target] = replace(actors[target], type=correction.actor_type)
    for actor_id, description in described.items():
        target = resolve(actor_id)
        if target in actors:
            for text in description.aliases:
                add_name(target, text)
    # References to merged actors point to the actor they were merged into (the group a
    # person leads too); an actor merged into what it was part or a member of is not part
    # of itself.
    for actor_id, actor in list(actors.items()):
        part_of = resolve(actor.part_of) if actor.part_of else None
        part_of = None if part_of == actor_id else part_of
        sponsors = tuple(
            dict.fromkeys(s for s in map(resolve, actor.supported_by) if s != actor_id)
        )
        leads = resolve(actor.leads) if actor.leads else None
        if part_of != actor.part_of or sponsors != actor.supported_by or leads != actor.leads:
            actors[actor_id] = replace(actor, part_of=part_of, supported_by=sponsors, leads=leads)
    members = {
        k: tuple(dict.fromkeys(m for m in map(resolve, v) if m != k)) for k, v in members.items()
    }
    # Actors added by curation are matched by their label too.
    labels = [
        Name(
            text=actor.label,
            actor_id=actor.id,
            kind="label",
            case_sensitive=is_case_sensitive(actor.label),
        )
        for actor in actors.values()
        if actor.id not in gazetteer.actors
    ]
    return build_gazetteer(
        actors,
        [*curated, *labels, *names],
        members=members,
        redirects={k: resolve(v) for k, v in redirects.items()},
    )


def apply_corrections(assertions: Iterable[Assertion], gazetteer: Gazetteer) -> list[Assertion]:
    """Rewrite assertions to a curated gazetteer: merged ids, retyped actors.

    An actor whose id was merged away becomes the actor it was merged into; an actor
    the curated gazetteer describes (a corrected actor minted from text) takes that
    description. Assertions that then link an actor to itself are dropped.
    """

    def fix(actor: Actor) -> Actor:
        actor_id = gazetteer.redirects.get(actor.id, actor.id)
        return gazetteer.actors.get(actor_id, actor)

    result: list[Assertion] = []
    for assertion in assertions:
        subject = fix(assertion.subject.actor)
        obj = fix(assertion.object.actor)
        if subject.id == obj.id:
            continue
        result.append(
            replace(
                assertion,
                subject=Mention(actor=subject, span=assertion.subject.span),
                object=Mention(actor=obj, span=assertion.object.span),
                attributed_to=fix(assertion.attributed_to) if assertion.attributed_to else None,
                location=fix(assertion.location) if assertion.location else None,
            )
        )
    return result
