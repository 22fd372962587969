"""The records that pipeline stages hand to each other.

All records are frozen, slotted, keyword-only dataclasses; closed sets are ``StrEnum``s
whose values are the local names of the ontology's terms.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

__all__ = [
    "Actor",
    "ActorType",
    "Article",
    "Assertion",
    "Mention",
    "Modality",
    "Relation",
    "Span",
]


class ActorType(StrEnum):
    """The kinds of actor; values are the ontology's class names."""

    STATE = "State"
    ARMED_GROUP = "ArmedGroup"
    GOVERNMENT_BODY = "GovernmentBody"
    INTERNATIONAL_ORGANIZATION = "InternationalOrganization"
    ORGANIZATION = "Organization"
    PERSON = "Person"
    LOCATION = "Location"


class Modality(StrEnum):
    """How a sentence commits to an assertion; values are the ontology's local names."""

    ASSERTED = "Asserted"
    ALLEGED = "Alleged"
    DENIED = "Denied"
    HYPOTHETICAL = "Hypothetical"

    @property
    def makes_edge(self) -> bool:
        """Whether an assertion of this modality gets a direct edge in the graph."""
        return self in (Modality.ASSERTED, Modality.ALLEGED)


class Relation(StrEnum):
    """The relation vocabulary; values are the ontology's property names."""

    ATTACKED = "attacked"
    COERCED = "coerced"
    THREATENED = "threatened"
    MOBILIZED_AGAINST = "mobilizedAgainst"
    SANCTIONED = "sanctioned"
    ACCUSED = "accused"
    DEMANDED = "demanded"
    REJECTED = "rejected"
    PROTESTED_AGAINST = "protestedAgainst"
    AGREED_WITH = "agreedWith"
    CONSULTED = "consulted"
    COOPERATED_WITH = "cooperatedWith"
    SUPPORTS = "supports"
    AIDED = "aided"
    CONCEDED_TO = "concededTo"
    RETREATED_FROM = "retreatedFrom"
    ALLIED_WITH = "alliedWith"
    MEMBER_OF = "memberOf"
    PART_OF = "partOf"
    OFFICIAL_OF = "officialOf"
    LEADS = "leads"
    CONTROLS = "controls"
    OPERATES_IN = "operatesIn"


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """A news article, boilerplate stripped.

    Attributes:
        id: stable id (given, or a hash of the text).
        text: the main text; all offsets in kg point into it.
        origin: where it was read from (``file`` or ``file:line``).
    """

    id: str
    text: str
    title: str | None = None
    date: dt.date | None = None
    url: str | None = None
    source: str | None = None
    origin: str = "<memory>"


@dataclass(frozen=True, slots=True, kw_only=True)
class Actor:
    """A geopolitical actor with its canonical id."""

    id: str
    label: str
    type: ActorType
    country: str | None = None
    wikidata: str | None = None
    aliases: tuple[str, ...] = ()
    part_of: str | None = None
    supported_by: tuple[str, ...] = ()
    leads: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Span:
    """A stretch of an article's text, by character offsets."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Mention:
    """An actor named at a place in the text."""

    actor: Actor
    span: Span


@dataclass(frozen=True, slots=True, kw_only=True)
class Assertion:
    """One typed, directed statement of one sentence, with its evidence.

    Attributes:
        rule: the name of the extraction rule that produced it.
        attributed_to: the speaker or source named in the sentence, if any.
        location: the event's place, if the sentence names one.
        role: for ``officialOf``, the office as written ("Defense Secretary").
    """

    article_id: str
    subject: Mention
    relation: Relation
    object: Mention
    sentence: Span
    rule: str
    modality: Modality = Modality.ASSERTED
    attributed_to: Actor | None = None
    date: dt.date | None = None
    location: Actor | None = None
    confidence: float = 0.5
    role: str | None = None
