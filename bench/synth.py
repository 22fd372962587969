"""A synthetic knowledge graph, written the way kg writes real articles.

Records are kg's own (:class:`~kg.types.Article`, :class:`~kg.types.Assertion`) and the
quads come from :func:`kg.rdf.article_quads`, so the store, the projection and the API
read the synthetic graph exactly as they read extracted news.

The shape, chosen to look like event data extracted from news (GDELT, ICEWS):

- actors: the gazetteer's (the usual protagonists of news first, then the other states)
  and synthetic ones,
  ``max(1000, n // 20)`` in all; subjects, objects, sources and places are drawn by
  popularity, a Zipf law of exponent 1 over the actors' ranks, so that degrees are
  heavy-tailed (a few actors take part in a large share of the assertions);
- articles: 1 + an exponential number of assertions (mean 5), dated uniformly over
  2021-2024, from ten publishers;
- assertions: relations and modalities with skewed frequencies (attacks and accusations
  are common, concessions rare; 78 % asserted, 12 % alleged, 5 % denied,
  5 % hypothetical); 40 % carry an event date in the week before the article, 20 % a
  source ("according to"), 15 % a place; each has its sentence (about 25 words).

Everything is drawn from one seeded ``random.Random``: the same arguments give the same
graph.

Run as a script to write an N-Quads file::

    python -m bench.synth 10000 /tmp/kg-synth-10k.nq
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import itertools
import random
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pyoxigraph import Quad, RdfFormat, serialize

from kg.extract import RULES
from kg.gazetteer import Gazetteer, load_gazetteer
from kg.rdf import article_quads
from kg.types import Actor, ActorType, Article, Assertion, Mention, Modality, Relation, Span
from kg.vocab import Iris

__all__ = ["SynthSpec", "generate_articles", "generate_graphs", "synthetic_actors", "write_nquads"]

START = dt.date(2021, 1, 1)
DAYS = (dt.date(2024, 12, 31) - START).days + 1
PUBLISHERS = tuple(f"Publisher {name}" for name in "ABCDEFGHIJ")

RELATION_WEIGHTS: dict[Relation, float] = {
    Relation.ATTACKED: 22,
    Relation.ACCUSED: 12,
    Relation.CONSULTED: 12,
    Relation.SUPPORTS: 8,
    Relation.DEMANDED: 7,
    Relation.AGREED_WITH: 5,
    Relation.THREATENED: 5,
    Relation.SANCTIONED: 4,
    Relation.COOPERATED_WITH: 4,
    Relation.AIDED: 4,
    Relation.COERCED: 3,
    Relation.REJECTED: 3,
    Relation.MOBILIZED_AGAINST: 2,
    Relation.PROTESTED_AGAINST: 2,
    Relation.ALLIED_WITH: 2,
    Relation.RETREATED_FROM: 1,
    Relation.CONCEDED_TO: 1,
    Relation.MEMBER_OF: 1,
    Relation.PART_OF: 1,
    Relation.OFFICIAL_OF: 1,
    Relation.LEADS: 1,
}
MODALITY_WEIGHTS: dict[Modality, float] = {
    Modality.ASSERTED: 78,
    Modality.ALLEGED: 12,
    Modality.DENIED: 5,
    Modality.HYPOTHETICAL: 5,
}
VERBS: dict[Relation, str] = {
    Relation.ATTACKED: "struck",
    Relation.ACCUSED: "accused",
    Relation.CONSULTED: "met",
    Relation.SUPPORTS: "backed",
    Relation.DEMANDED: "urged",
    Relation.AGREED_WITH: "agreed with",
    Relation.THREATENED: "threatened",
    Relation.SANCTIONED: "sanctioned",
    Relation.COOPERATED_WITH: "worked with",
    Relation.AIDED: "armed",
    Relation.COERCED: "detained members of",
    Relation.REJECTED: "rejected",
    Relation.MOBILIZED_AGAINST: "massed troops against",
    Relation.PROTESTED_AGAINST: "protested against",
    Relation.ALLIED_WITH: "fought alongside",
    Relation.RETREATED_FROM: "withdrew from",
    Relation.CONCEDED_TO: "eased its demands on",
    Relation.MEMBER_OF: "joined",
    Relation.PART_OF: "is part of",
    Relation.OFFICIAL_OF: "serves",
    Relation.LEADS: "leads",
}
FILLER = [
    "the",
    "officials",
    "said",
    "on",
    "state",
    "television",
    "that",
    "forces",
    "near",
    "the",
    "border",
    "had",
    "been",
    "placed",
    "on",
    "alert",
    "after",
    "talks",
    "with",
    "regional",
    "leaders",
    "stalled",
    "over",
    "the",
    "weekend",
    "and",
    "a",
    "spokesman",
    "for",
    "the",
    "ministry",
    "told",
    "reporters",
    "in",
    "the",
    "capital",
    "that",
    "further",
    "steps",
    "would",
    "follow",
    "if",
    "the",
    "attacks",
    "on",
    "civilians",
    "and",
    "aid",
    "convoys",
    "did",
    "not",
    "stop",
    "soon",
]
SYLLABLES = [
    "ka",
    "ra",
    "li",
    "ma",
    "no",
    "sa",
    "ta",
    "vi",
    "do",
    "ru",
    "be",
    "zi",
    "mo",
    "la",
    "ha",
    "qu",
    "fa",
    "ne",
    "ti",
    "go",
]
# The busiest actors, in order (those in the gazetteer): the usual protagonists of news.
HUBS = (
    "united-states",
    "russia",
    "israel",
    "ukraine",
    "iran",
    "china",
    "hamas",
    "united-nations",
    "houthis",
    "hezbollah",
    "syria",
    "united-kingdom",
    "sudan",
    "rapid-support-forces",
    "turkey",
    "european-union",
    "nato",
    "north-korea",
    "iraq",
    "lebanon",
)
SYNTHETIC_TYPES = (
    ActorType.ARMED_GROUP,
    ActorType.PERSON,
    ActorType.ORGANIZATION,
    ActorType.GOVERNMENT_BODY,
)


@dataclass(frozen=True, slots=True, kw_only=True)
class SynthSpec:
    """The size and seed of a synthetic graph."""

    assertions: int
    seed: int = 0

    @property
    def actors(self) -> int:
        """The number of actors: ``max(1000, assertions // 20)``."""
        return max(1000, self.assertions // 20)


def _name(rng: random.Random) -> str:
    words = [
        "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
        for _ in range(rng.randint(1, 3))
    ]
    return " ".join(words)


def synthetic_actors(spec: SynthSpec, gazetteer: Gazetteer) -> list[Actor]:
    """Return the actors, most popular first.

    The order: :data:`HUBS`, the other gazetteer states, the other gazetteer actors (both
    shuffled), then synthetic actors.
    """
    rng = random.Random(spec.seed)
    hubs = [gazetteer.actors[i] for i in HUBS if i in gazetteer.actors]
    known = [a for a in gazetteer.actors.values() if a.id not in HUBS]
    states = [a for a in known if a.type is ActorType.STATE]
    others = [a for a in known if a.type is not ActorType.STATE]
    rng.shuffle(states)
    rng.shuffle(others)
    actors = (hubs + states + others)[: spec.actors]
    states = [a for a in actors if a.type is ActorType.STATE]
    for index in range(spec.actors - len(actors)):
        label = f"{_name(rng)} {index}"
        actors.append(
            Actor(
                id=f"synthetic-{index}",
                label=label,
                type=rng.choice(SYNTHETIC_TYPES),
                country=rng.choice(states).country if rng.random() < 0.5 else None,
            )
        )
    return actors


def _cumulative(weights: list[float]) -> list[float]:
    return list(itertools.accumulate(weights))


def generate_articles(
    spec: SynthSpec, *, gazetteer: Gazetteer | None = None
) -> Iterator[tuple[Article, list[Assertion]]]:
    """Yield articles with exactly ``spec.assertions`` assertions in all (see the module doc)."""
    gazetteer = gazetteer or load_gazetteer()
    rng = random.Random(spec.seed)
    actors = synthetic_actors(spec, gazetteer)
    places = [a for a in actors if a.type is ActorType.STATE]
    actor_cum = _cumulative([1.0 / rank for rank in range(1, len(actors) + 1)])
    place_cum = _cumulative([1.0 / rank for rank in range(1, len(places) + 1)])
    relations = list(RELATION_WEIGHTS)
    relation_cum = _cumulative(list(RELATION_WEIGHTS.values()))
    modalities = list(MODALITY_WEIGHTS)
    modality_cum = _cumulative(list(MODALITY_WEIGHTS.values()))
    rules = [name for name in RULES if name != "title-apposition"]
    total_actor, total_place = actor_cum[-1], place_cum[-1]
    total_relation, total_modality = relation_cum[-1], modality_cum[-1]
    random_ = rng.random
    n_actors = len(actors)

    def pick_actor() -> Actor:
        return actors[min(bisect.bisect(actor_cum, random_() * total_actor), n_actors - 1)]

    remaining = spec.assertions
    number = 0
    while remaining > 0:
        count = min(remaining, 1 + int(rng.expovariate(1 / 4)))
        remaining -= count
        number += 1
        article_id = f"synth-{number:07d}"
        date = START + dt.timedelta(days=rng.randrange(DAYS))
        article = Article(
            id=article_id,
            text="",
            title=" ".join(rng.choices(FILLER, k=8)).capitalize(),
            date=date,
            url=f"https://news.example.org/{date.isoformat()}/{article_id}",
            source=PUBLISHERS[rng.randrange(len(PUBLISHERS))],
        )
        assertions = []
        offset = 0
        for _ in range(count):
            subject = pick_actor()
            obj = pick_actor()
            while obj.id == subject.id:
                obj = pick_actor()
            relation = relations[bisect.bisect(relation_cum, random_() * total_relation)]
            modality = modalities[bisect.bisect(modality_cum, random_() * total_modality)]
            filler = " ".join(rng.choices(FILLER, k=rng.randint(12, 30)))
            text = f"{subject.label} {VERBS[relation]} {obj.label}, {filler}."
            o_start = offset + len(subject.label) + len(VERBS[relation]) + 2
            rule = rules[rng.randrange(len(rules))]
            confidence = RULES[rule].confidence - (0.1 if modality is not Modality.ASSERTED else 0)
            source = pick_actor() if random_() < 0.2 else None
            place = None
            if random_() < 0.15:
                place = places[bisect.bisect(place_cum, random_() * total_place)]
            assertions.append(
                Assertion(
                    article_id=article_id,
                    subject=Mention(
                        actor=subject,
                        span=Span(
                            text=subject.label, start=offset, end=offset + len(subject.label)
                        ),
                    ),
                    relation=relation,
                    object=Mention(
                        actor=obj,
                        span=Span(text=obj.label, start=o_start, end=o_start + len(obj.label)),
                    ),
                    sentence=Span(text=text, start=offset, end=offset + len(text)),
                    rule=rule,
                    modality=modality,
                    attributed_to=source
                    if source is not None and source.id not in (subject.id, obj.id)
                    else None,
                    date=date - dt.timedelta(days=rng.randrange(7)) if random_() < 0.4 else None,
                    location=place
                    if place is not None and place.id not in (subject.id, obj.id)
                    else None,
                    confidence=round(confidence, 2),
                )
            )
            offset += len(text) + 1
        yield article, assertions


def generate_graphs(
    spec: SynthSpec, iris: Iris, *, gazetteer: Gazetteer | None = None
) -> Iterator[tuple[str, list[Quad]]]:
    """Yield each synthetic article's named graph IRI with its quads (``article_quads``)."""
    gazetteer = gazetteer or load_gazetteer()
    known = frozenset(gazetteer.actors)
    for article, assertions in generate_articles(spec, gazetteer=gazetteer):
        yield (
            iris.article_graph(article.id),
            article_quads(article, assertions, iris, known_actors=known),
        )


def write_nquads(spec: SynthSpec, path: str | Path, iris: Iris) -> tuple[int, int]:
    """Write the synthetic articles' graphs to an N-Quads file; return (graphs, quads)."""
    graphs = quads = 0

    def stream() -> Iterator[Quad]:
        nonlocal graphs, quads
        for _graph, graph_quads in generate_graphs(spec, iris):
            graphs += 1
            quads += len(graph_quads)
            yield from graph_quads

    with open(path, "wb") as output:
        serialize(stream(), output, format=RdfFormat.N_QUADS)
    return graphs, quads


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("assertions", type=int)
    parser.add_argument("output", help="the N-Quads file to write")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    start = time.perf_counter()
    graphs, quads = write_nquads(
        SynthSpec(assertions=args.assertions, seed=args.seed), args.output, Iris()
    )
    seconds = time.perf_counter() - start
    print(
        f"{args.assertions} assertions, {graphs} articles, {quads} quads in {seconds:.1f} s",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
