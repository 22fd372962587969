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
from kg.resolve.composite import link_composites, link_possessed_bodies
from kg.resolve.links import (
    ActorLinks,
    LinkedMention,
    actor_id,
    link_names,
    link_own_states,
    link_place_descriptions,
    normalise_name,
)
from kg.resolve.offices import link_offices
from kg.resolve.speakers import link_speakers

__all__ = [
    "ActorLinks",
    "LinkedMention",
    "actor_id",
    "link_actors",
    "link_composites",
    "link_offices",
    "link_own_states",
    "link_place_descriptions",
    "link_possessed_bodies",
    "link_speakers",
    "normalise_name",
]


def link_actors(doc: Doc, gazetteer: Gazetteer) -> ActorLinks:
    """Link every actor mention of ``doc``: names, composite and generic actors, coreference."""
    links = link_names(doc, gazetteer)
    link_composites(doc, links, gazetteer)
    link_speakers(doc, links)
    link_offices(doc, links, gazetteer)
    link_own_states(doc, links, gazetteer)
    links.link_descriptions()
    link_possessed_bodies(doc, links, gazetteer)
    link_place_descriptions(doc, links)
    return links
