"""One measurement in a fresh process: ``python -m bench.worker TASK --out FILE ARGS...``.

Each task times its work with ``time.perf_counter`` after its set-up (model loading,
warm-up, reading input), and writes a JSON report to ``--out``; the parent reads the
process's peak RSS from the kernel. Tasks:

- ``bare``, ``extract``, ``ingest``: parse a corpus with bare spaCy, extract assertions
  with kg (no store), or ingest it into a fresh store, with ``--n-process`` processes;
- ``oxload``: Oxigraph's own bulk loader on an N-Quads file (the baseline of ``kgload``);
- ``kgload``: kg's bulk path: synthetic records -> ``article_quads`` ->
  ``EmbeddedStore.bulk_replace_graphs``;
- ``project``: build the networkx projection (and, as its baseline, count the matches of
  the assertion pattern inside Oxigraph);
- ``rdfexport``: kg's Turtle or N-Triples export of a store, ``--runs`` times;
- ``rdflib``: rdflib serialising the same triples (read from an N-Triples file first);
- ``graphexport``: GraphML and GEXF of the projection with kg, and with networkx's
  writers on the same flattened graph;
- ``update``: the projection brought up to date after article writes
  (:func:`kg.graph.update_graph`) against a rebuild, and a full garbage collection with
  the projection alive, before and after :func:`gc.freeze`. It adds synthetic articles
  and removes them again, leaving the store as it found it.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

TASKS: dict[str, Callable[[argparse.Namespace], dict[str, Any]]] = {}


def task(function: Callable[[argparse.Namespace], dict[str, Any]]) -> Callable[..., Any]:
    TASKS[function.__name__] = function
    return function


def _cpu() -> float:
    """CPU seconds of this process and of its reaped children (spaCy's workers)."""
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _corpus(path: str) -> tuple[list[Any], int]:
    from kg.ingest import read_articles

    articles = [a for a in read_articles([path]) if not isinstance(a, Exception)]
    return articles, sum(len(a.text.split()) for a in articles)


@task
def bare(args: argparse.Namespace) -> dict[str, Any]:
    import spacy

    from kg.nlp import resolve_model_name

    articles, words = _corpus(args.corpus)
    texts = [a.text for a in articles]
    nlp = spacy.load(resolve_model_name())
    for _ in nlp.pipe(texts[:2]):
        pass
    cpu, start = _cpu(), time.perf_counter()
    docs = 0
    for _doc in nlp.pipe(texts, n_process=args.n_process, batch_size=args.batch_size):
        docs += 1
    seconds, cpu = time.perf_counter() - start, _cpu() - cpu
    return {"seconds": seconds, "cpu": cpu, "words": words, "docs": docs, "pipes": nlp.pipe_names}


def _pipeline(args: argparse.Namespace, articles: list[Any]) -> Any:
    from kg.pipeline import Pipeline

    pipeline = Pipeline(n_process=1)
    for _ in pipeline.extract(articles[:2]):  # load the model and warm up, in one process
        pass
    pipeline.n_process = args.n_process
    return pipeline


@task
def extract(args: argparse.Namespace) -> dict[str, Any]:
    articles, words = _corpus(args.corpus)
    pipeline = _pipeline(args, articles)
    cpu, start = _cpu(), time.perf_counter()
    assertions = 0
    for _article, found in pipeline.extract(articles):
        assertions += len(found)
    seconds, cpu = time.perf_counter() - start, _cpu() - cpu
    return {"seconds": seconds, "cpu": cpu, "words": words, "assertions": assertions}


@task
def ingest(args: argparse.Namespace) -> dict[str, Any]:
    from bench.common import clean_dir
    from kg.store import EmbeddedStore

    articles, words = _corpus(args.corpus)
    pipeline = _pipeline(args, articles)
    store = EmbeddedStore(clean_dir(Path(args.store)))
    cpu, start = _cpu(), time.perf_counter()
    report = pipeline.ingest(store, articles)
    store.close()
    seconds, cpu = time.perf_counter() - start, _cpu() - cpu
    return {"seconds": seconds, "cpu": cpu, "words": words, "assertions": report.assertions}


@task
def oxload(args: argparse.Namespace) -> dict[str, Any]:
    from pyoxigraph import RdfFormat, Store

    from bench.common import clean_dir

    store = Store(str(clean_dir(Path(args.store))))
    start = time.perf_counter()
    store.bulk_load(path=args.nquads, format=RdfFormat.N_QUADS)
    store.flush()
    seconds = time.perf_counter() - start
    return {"seconds": seconds}


@task
def kgload(args: argparse.Namespace) -> dict[str, Any]:
    from bench.common import clean_dir
    from bench.synth import SynthSpec, generate_graphs
    from kg.gazetteer import load_gazetteer
    from kg.pipeline import write_vocabulary
    from kg.store import EmbeddedStore

    gazetteer = load_gazetteer()
    store = EmbeddedStore(clean_dir(Path(args.store)))
    spec = SynthSpec(assertions=args.assertions, seed=args.seed)
    start = time.perf_counter()
    write_vocabulary(store, gazetteer)
    store.bulk_replace_graphs(generate_graphs(spec, store.iris, gazetteer=gazetteer))
    store.close()
    seconds = time.perf_counter() - start
    return {"seconds": seconds}


@task
def count(args: argparse.Namespace) -> dict[str, Any]:
    from kg.store import EmbeddedStore

    store = EmbeddedStore(args.store)
    quads = store.count()
    graphs = len(store.graphs())
    store.close()
    return {"quads": quads, "graphs": graphs}


@task
def project(args: argparse.Namespace) -> dict[str, Any]:
    from kg.graph import build_graph
    from kg.store import EmbeddedStore
    from kg.vocab import KGO, PREFIXES

    store = EmbeddedStore(args.store)
    # The baseline: Oxigraph matching the assertion pattern, counted without leaving Rust.
    pattern = f"""PREFIX kgo: <{KGO}> PREFIX prov: <{PREFIXES["prov"]}>
    SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{
      ?a a kgo:Assertion ; kgo:subject ?s ; kgo:relation ?rel ; kgo:object ?o ;
         kgo:modality ?modality ; kgo:confidence ?confidence ; prov:wasDerivedFrom ?m .
      ?m kgo:article ?article . }}
      FILTER (?modality IN (kgo:Asserted, kgo:Alleged)) }}"""
    start = time.perf_counter()
    matches = int(store.select(pattern)[0]["n"].value)
    baseline = time.perf_counter() - start
    start = time.perf_counter()
    graph = build_graph(store)
    seconds = time.perf_counter() - start
    if args.actors:
        degrees = sorted(((node, graph.degree(node)) for node in graph), key=lambda x: -x[1])
        Path(args.actors).write_text(json.dumps(degrees))
    store.close()
    return {
        "seconds": seconds,
        "baseline_seconds": baseline,
        "matches": matches,
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
    }


@task
def rdfexport(args: argparse.Namespace) -> dict[str, Any]:
    from kg.export import export
    from kg.store import EmbeddedStore

    store = EmbeddedStore(args.store)
    seconds = []
    size = 0
    for _ in range(args.runs):
        target = Path(args.output)
        start = time.perf_counter()
        with target.open("wb") as output:
            export(store, args.format, output)
        seconds.append(time.perf_counter() - start)
        size = target.stat().st_size
        target.unlink()
    store.close()
    return {"seconds": seconds, "bytes": size}


@task
def rdflib(args: argparse.Namespace) -> dict[str, Any]:
    import io

    import rdflib as rdflib_

    from kg.vocab import PREFIXES

    graph = rdflib_.Graph()
    graph.parse(args.ntriples, format="nt")
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    formats = args.format.split(",")
    seconds: dict[str, list[float]] = {name: [] for name in formats}
    size: dict[str, int] = {}
    for _ in range(args.runs):
        for name in formats:
            output = io.BytesIO()
            start = time.perf_counter()
            graph.serialize(output, format=name, encoding="utf-8")
            seconds[name].append(time.perf_counter() - start)
            size[name] = len(output.getvalue())
    return {"seconds": seconds, "bytes": size, "triples": len(graph)}


@task
def graphexport(args: argparse.Namespace) -> dict[str, Any]:
    import networkx as nx

    from kg.export import export, to_flat_graph
    from kg.graph import build_graph
    from kg.store import EmbeddedStore

    store = EmbeddedStore(args.store)
    graph = build_graph(store)
    store.close()
    results: dict[str, Any] = {"edges": graph.number_of_edges(), "nodes": graph.number_of_nodes()}
    for name in ("graphml", "gexf"):
        kg_seconds, nx_seconds = [], []
        target = Path(args.output + "." + name)
        for _ in range(args.runs):
            start = time.perf_counter()
            with target.open("wb") as output:
                export(store, name, output, graph=graph)
            kg_seconds.append(time.perf_counter() - start)
            size = target.stat().st_size
            flat = to_flat_graph(graph, timeline=name == "gexf")
            if name == "gexf":
                for _s, _t, key, data in flat.edges(keys=True, data=True):
                    data["id"] = key
            start = time.perf_counter()
            with target.open("wb") as output:
                (nx.write_graphml if name == "graphml" else nx.write_gexf)(flat, output)
            nx_seconds.append(time.perf_counter() - start)
            del flat
            target.unlink()
        results[name] = {"seconds": kg_seconds, "networkx_seconds": nx_seconds, "bytes": size}
    return results


@task
def update(args: argparse.Namespace) -> dict[str, Any]:
    import dataclasses
    import gc

    from bench.synth import SynthSpec, generate_articles
    from kg.gazetteer import load_gazetteer
    from kg.graph import GraphTracker, build_graph, update_graph
    from kg.pipeline import retract
    from kg.query import carry_orderings, relations_page
    from kg.rdf import article_quads
    from kg.store import EmbeddedStore

    def snapshot(graph: Any) -> tuple[dict[str, Any], dict[Any, Any]]:
        nodes = {node: dict(data) for node, data in graph.nodes(data=True)}
        edges = {(u, v, k): dict(d) for u, v, k, d in graph.edges(keys=True, data=True)}
        return nodes, edges

    store = EmbeddedStore(args.store)
    gazetteer = load_gazetteer()
    known = frozenset(gazetteer.actors)
    start = time.perf_counter()
    graph = build_graph(store)
    rebuild = time.perf_counter() - start
    before = snapshot(graph)
    relations_page(graph)  # the sorted list of all edges, which updates patch
    spec = SynthSpec(assertions=400, seed=args.seed + 1)  # about 80 articles
    articles = []
    for article, assertions in generate_articles(spec, gazetteer=gazetteer):
        article = dataclasses.replace(article, id="update-" + article.id)
        articles.append(
            (article, [dataclasses.replace(a, article_id=article.id) for a in assertions])
        )
    changed = (
        articles[0][0],
        [dataclasses.replace(a, article_id=articles[0][0].id) for a in articles[-1][1]],
    )

    def ingest(items: list[Any]) -> Callable[[Any], None]:
        def write(tracker: Any) -> None:
            for article, assertions in items:
                quads = article_quads(article, assertions, tracker.iris, known_actors=known)
                tracker.replace_graph(tracker.iris.article_graph(article.id), quads)

        return write

    def remove(items: list[Any]) -> Callable[[Any], None]:
        def drop(tracker: Any) -> None:
            for article, _ in items:
                retract(tracker, article.id)

        return drop

    steps = {
        "ingest 1 article": ingest(articles[:1]),
        "ingest 10 articles": ingest(articles[1:11]),
        "ingest 50 articles": ingest(articles[11:61]),
        "re-ingest 1 article, changed": ingest([changed]),
        "re-ingest 1 article, the same": ingest([changed]),
        "retract 1 article": remove(articles[:1]),
        "retract 60 articles": remove(articles[1:61]),
    }
    results: dict[str, Any] = {"rebuild_seconds": rebuild, "steps": {}}
    for name, write in steps.items():
        tracker = GraphTracker(store)
        start = time.perf_counter()
        write(tracker)
        written = time.perf_counter()
        new, change = update_graph(graph, tracker)
        carry_orderings(graph, new, change)
        done = time.perf_counter()
        graph = new
        results["steps"][name] = {
            "write_seconds": written - start,
            "update_seconds": done - written,
            "edges_changed": len(change.edges),
        }
    results["equals_rebuild"] = snapshot(graph) == snapshot(build_graph(store)) == before
    store.close()
    gc.collect()
    results["gc_objects"] = len(gc.get_objects())
    timings = []
    for _ in range(3):
        start = time.perf_counter()
        gc.collect()
        timings.append(time.perf_counter() - start)
    gc.freeze()
    frozen = []
    for _ in range(3):
        start = time.perf_counter()
        gc.collect()
        frozen.append(time.perf_counter() - start)
    gc.unfreeze()
    results["gc_seconds"] = timings
    results["gc_frozen_seconds"] = frozen
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("task", choices=sorted(TASKS))
    parser.add_argument("--out", required=True)
    parser.add_argument("--corpus")
    parser.add_argument("--n-process", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--store")
    parser.add_argument("--nquads")
    parser.add_argument("--ntriples")
    parser.add_argument("--assertions", type=int)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--actors")
    parser.add_argument("--format")
    parser.add_argument("--output")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    result = TASKS[args.task](args)
    Path(args.out).write_text(json.dumps(result))


if __name__ == "__main__":
    main()
