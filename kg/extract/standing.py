"""Standing relations read off noun phrases: parts, offices and memberships.

Three patterns over the parse, each a named rule of :data:`kg.extract.rules.RULES`:

``np-part-of``
    A body named with its owner inside one noun phrase is part of it: "Afghanistan's
    Ministry of Foreign Affairs", "the Pakistani military", "Kenyan police" (the head is
    a unit noun, :data:`UNIT_NOUNS`; "Russian jets" are no part of anything).
``title-first-apposition``
    An office named before the person, in apposition: "Japan's new prime minister,
    Shigeru Ishiba", "the spokesperson for Pakistan's foreign ministry, Shafqat Ali Khan".
``np-place``
    An actor named with the place it is in, inside one noun phrase, operates there:
    "militants in Afghanistan", "UNICEF teams in Sudan", "the rebels across the border
    in Chad" (not a state "in" a place, nor a person).
``title-of-apposition``
    An office named after the person, with its organisation: "Mareike Ohlberg, a senior
    fellow at the German Marshall Fund", "Nenad Stevandic, president of the national
    assembly", "X, a member of Y" (``memberOf``), "X, the leader of Y" (``leads``).

A former office ("former ambassador") is no office now.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.arguments import Arguments
from kg.extract.frames import Candidate
from kg.extract.lexicon import words
from kg.resolve import LinkedMention
from kg.types import ActorType, Relation
from kg.wordclasses import positions

__all__ = ["OFFICE_NOUNS", "UNIT_NOUNS", "standing_candidates"]

#: Nouns of offices and posts a person holds in an organisation or a state.
OFFICE_NOUNS = words(
    "president minister secretary spokesman spokeswoman spokesperson commander leader chief "
    "general ambassador envoy king queen prince emir premier head director chairman "
    "chairwoman chair speaker governor mayor official adviser advisor counsellor chancellor "
    "negotiator representative deputy fellow professor researcher analyst economist "
    "ceo founder co-founder cofounder executive manager editor correspondent lawmaker "
    "senator congressman congresswoman legislator member judge prosecutor attorney officer "
    "coordinator commissioner administrator inspector strategist scholar lecturer "
    "vice-president governor-general secretary-general"
)
#: Office nouns that make their holder a leader of the organisation.
_LEADING = words(
    "leader head chief founder co-founder cofounder commander emir chairman chairwoman"
)
#: Office nouns that make their holder a member.
_MEMBERS = words("member members lawmaker senator legislator")
#: Heads of names of organisational units: "Ministry of Foreign Affairs", "navy".
UNIT_NOUNS = words(
    "ministry department army navy military police council commission agency office "
    "service services parliament assembly court forces force wing committee directorate "
    "command guard guards administration cabinet senate congress bureau unit division "
    "brigade corps embassy mission delegation secretariat authority judiciary"
)
_FORMER = words("former ex- ex late then onetime one-time erstwhile ousted deposed retired")
_ORG_TYPES = (
    ActorType.STATE,
    ActorType.GOVERNMENT_BODY,
    ActorType.INTERNATIONAL_ORGANIZATION,
    ActorType.ORGANIZATION,
    ActorType.ARMED_GROUP,
)
_OF_PREPS = words("of at with for to from in")


def _relation_of(office: Token) -> Relation:
    lemma = office.lemma_.lower()
    if lemma in _MEMBERS or office.lower_ in _MEMBERS:
        return Relation.MEMBER_OF
    if lemma in _LEADING:
        return Relation.LEADS
    return Relation.OFFICIAL_OF


def _organisation_in(
    args: Arguments, tokens: list[Token], exclude: LinkedMention
) -> LinkedMention | None:
    for token in tokens:
        found = args.links.at(token)
        if found is None or found.actor.id == exclude.actor.id or found.kind == "location":
            continue
        if found.actor.type in _ORG_TYPES:
            return found
    return None


def _is_former(tokens: list[Token]) -> bool:
    return any(t.lower_ in _FORMER for t in tokens)


def _parts(args: Arguments) -> Iterator[Candidate]:
    doc = args.doc
    links = args.links
    for mention in links.mentions:
        actor = mention.actor
        if mention.kind in ("location", "coref") or actor.type not in (
            ActorType.GOVERNMENT_BODY,
            ActorType.ORGANIZATION,
        ):
            continue
        span = doc[mention.start : mention.end]
        root = span.root
        is_unit = root.lemma_.lower() in UNIT_NOUNS or root.lower_ in UNIT_NOUNS
        owners = []
        for token in (*span, *root.children):
            if token.i == root.i or token.dep_ not in ("poss", "amod", "compound", "nmod"):
                continue
            found = links.at(token)
            if found is None or found is mention or found.actor.id == actor.id:
                continue
            if found.kind in ("location", "coref") or found.actor.type not in _ORG_TYPES:
                continue
            owners.append(found)
        for owner in owners[:1]:
            if is_unit:
                yield Candidate(mention, owner, Relation.PART_OF, "np-part-of", root)


def _person(args: Arguments, token: Token) -> LinkedMention | None:
    found = args.links.at(token)
    if found is not None and found.actor.type is ActorType.PERSON and found.kind != "location":
        return found
    return None


def _title_first(args: Arguments) -> Iterator[Candidate]:
    """Read an office named before its holder: "Japan's new prime minister, Shigeru Ishiba"."""
    for index in positions(args.doc, OFFICE_NOUNS, attrs=("LOWER", "LEMMA")):
        token = args.doc[index]
        people = [
            p
            for c in token.children
            if c.dep_ == "appos" and c.i > token.i
            if (p := _person(args, c)) is not None
        ]
        if not people or _person(args, token) is not None:
            continue
        office = [t for t in token.subtree if t.i < people[0].start]
        if _is_former(office):
            continue
        organisation = _organisation_in(args, office, people[0])
        if organisation is None:
            continue
        yield Candidate(
            people[0], organisation, _relation_of(token), "title-first-apposition", token
        )


def _title_after(args: Arguments) -> Iterator[Candidate]:
    """Read an office named after its holder: "X, a senior fellow at the Y Fund"."""
    for index in positions(args.doc, OFFICE_NOUNS, attrs=("LOWER", "LEMMA")):
        token = args.doc[index]
        if token.dep_ != "appos" or token.i < token.head.i:
            continue
        person = _person(args, token.head)
        if person is None:
            continue
        office = list(token.subtree)
        if _is_former(office):
            continue
        tokens = [
            t
            for prep in token.children
            if prep.dep_ == "prep" and prep.lower_ in _OF_PREPS
            for t in prep.subtree
        ] + [t for t in office if t.i < token.i and t.dep_ in ("poss", "compound", "amod", "nmod")]
        named = [
            m
            for prep in token.children
            if prep.dep_ == "prep" and prep.lower_ in _OF_PREPS
            for pobj in prep.children
            if pobj.dep_ == "pobj"
            for m in args.actors_of(pobj)
            if m.actor.type in _ORG_TYPES and m.kind != "location"
        ]
        organisation = named[0] if named else _organisation_in(args, tokens, person)
        if organisation is None:
            continue
        yield Candidate(person, organisation, _relation_of(token), "title-of-apposition", token)


_IN = words("in inside across throughout")
_PLACED = (ActorType.ARMED_GROUP, ActorType.ORGANIZATION, ActorType.INTERNATIONAL_ORGANIZATION)


def _places(args: Arguments) -> Iterator[Candidate]:
    """Read "militants in Afghanistan": an actor's noun with an "in" phrase of a place."""
    doc = args.doc
    links = args.links
    for mention in links.mentions:
        if mention.kind in ("location", "coref") or mention.actor.type not in _PLACED:
            continue
        root = doc[mention.start : mention.end].root
        for prep in root.children:
            if prep.dep_ != "prep" or prep.lower_ not in _IN or prep.i < mention.end - 1:
                continue
            for pobj in prep.children:
                place = links.at(pobj) if pobj.dep_ == "pobj" else None
                if place is None or place.actor.id == mention.actor.id:
                    continue
                if place.kind == "location" or place.actor.type is ActorType.STATE:
                    yield Candidate(mention, place, Relation.OPERATES_IN, "np-place", prep)


def standing_candidates(args: Arguments) -> Iterator[Candidate]:
    """Yield the standing relations of a doc's noun phrases (module docstring)."""
    yield from _parts(args)
    yield from _places(args)
    yield from _title_first(args)
    yield from _title_after(args)
