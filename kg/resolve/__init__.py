"""Resolve the actor mentions of a parsed article to canonical actors.

- :mod:`kg.resolve.links`: gazetteer names, other named entities, in-article
  coreference (surnames, pronouns, definite descriptions).
- :mod:`kg.resolve.agents`: CAMEO's agent dictionary (agent nouns and their sectors).
- :mod:`kg.resolve.composite`: actors named by an agent noun: composite actors
  ("Iraqi security forces", "Kurdish fighters", "Iran-backed militias") and generic
  mentions ("the rebels", "the junta") resolved from the article's context.
- :mod:`kg.resolve.speakers`: "we" and "I" in quoted speech resolved to the speaker.
- :mod:`kg.resolve.offices`: office holders named by their office alone ("the
  Pakistani envoy") linked to the person of the article who holds that office.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.gazetteer import Gazetteer
from kg.nlp import dateline
from kg.places import place_country
from kg.resolve.composite import (
    link_branches,
    link_composites,
    link_ministries_in_full,
    link_possessed_bodies,
)
from kg.resolve.links import (
    ActorLinks,
    LinkedMention,
    actor_id,
    in_quote,
    link_names,
    link_own_states,
    link_place_descriptions,
    normalise_name,
)
from kg.resolve.offices import link_offices
from kg.resolve.speakers import link_speakers
from kg.types import Actor, ActorType

__all__ = [
    "ActorLinks",
    "LinkedMention",
    "actor_id",
    "in_quote",
    "link_actors",
    "link_branches",
    "link_composites",
    "link_offices",
    "link_own_states",
    "link_place_descriptions",
    "link_possessed_bodies",
    "link_speakers",
    "normalise_name",
]


def link_actors(doc: Doc, gazetteer: Gazetteer, *, text: str | None = None) -> ActorLinks:
    """Link every actor mention of ``doc``: names, composite and generic actors, coreference.

    ``text`` is the article's text before its dateline was blanked
    (:func:`kg.nlp.blank_dateline`): the state of the dateline's place helps tell the
    state the story is about.
    """
    links = link_names(doc, gazetteer)
    links.gazetteer = gazetteer
    link_branches(doc, links, gazetteer)
    links.dateline = dateline_state(text, gazetteer) if text else None
    # "our troops" of a named side's spokesman are the side's ("AA spokesman X said")
    link_speakers(doc, links, sides_only=True)
    link_ministries_in_full(doc, links, gazetteer)
    link_composites(doc, links, gazetteer)
    link_speakers(doc, links)
    link_offices(doc, links, gazetteer)
    link_own_states(doc, links, gazetteer)
    links.link_descriptions()
    link_possessed_bodies(doc, links, gazetteer)
    link_place_descriptions(doc, links)
    return links


def dateline_state(text: str, gazetteer: Gazetteer) -> Actor | None:
    """Return the state of the place an article's dateline names, if it is known.

    "BOSASO, Somalia, Aug 20 (Reuters) -": Somalia; "COTONOU (Reuters) -": Benin, whose
    seat of government the gazetteer knows; "MAIDUGURI (Reuters)": the state GeoNames
    places the town in.
    """
    place = dateline(text)
    if place is None:
        return None
    for name in reversed(place.split(", ")):
        known = gazetteer.lookup(name)
        if known is not None and known.type is ActorType.STATE:
            return known
        code = place_country(name)
        if code is not None:
            return gazetteer.state_by_country(code)
    return None
