"""Back a store up to one file and restore it: ``kg dump`` and ``kg restore``.

The dump is the whole dataset in N-Quads (or TriG): every article graph with its
assertions and evidence, the actor records, the curation graph (merges, aliases, retypes)
and the vocabulary, each quad in its named graph. It is written as the store streams it.
Restoring loads such a file into an *empty* store, embedded or remote; the round trip
gives the same quads, so the same graph and the same exports. This is how a store moves
between machines and between engines (Oxigraph to Virtuoso, a folder to a server)::

    kg dump -o backup.nq --store ./kg-data
    kg restore backup.nq --store http://localhost:7878/query
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from pyoxigraph import DefaultGraph, NamedNode, Quad, RdfFormat, parse

from kg.errors import KGError, StoreError
from kg.store import EmbeddedStore, Store

__all__ = ["BACKUP_FORMATS", "Restored", "backup_format", "dump_store", "restore_store"]

#: The dataset formats a backup is written in, by name and by file suffix.
BACKUP_FORMATS = {"nquads": RdfFormat.N_QUADS, "trig": RdfFormat.TRIG}
_SUFFIXES = {".nq": RdfFormat.N_QUADS, ".nquads": RdfFormat.N_QUADS, ".trig": RdfFormat.TRIG}


@dataclass(frozen=True, slots=True)
class Restored:
    """What :func:`restore_store` wrote: quads and named graphs."""

    quads: int
    graphs: int


def backup_format(name: str | None, path: str | os.PathLike[str] | None) -> RdfFormat:
    """The format named ``name``, else the one of ``path``'s suffix, else N-Quads.

    Raises:
        KGError: an unknown name.
    """
    if name is not None:
        found = BACKUP_FORMATS.get(name.lower())
        if found is None:
            known = ", ".join(BACKUP_FORMATS)
            raise KGError(f"Unknown backup format {name!r}: use one of {known}")
        return found
    if path is not None:
        return _SUFFIXES.get(Path(path).suffix.lower(), RdfFormat.N_QUADS)
    return RdfFormat.N_QUADS


def dump_store(store: Store, output: IO[bytes], format: RdfFormat = RdfFormat.N_QUADS) -> None:
    """Write the whole store to ``output`` as a dataset (N-Quads or TriG)."""
    if not format.supports_datasets:
        raise KGError(f"A backup keeps named graphs: {format.name} cannot hold them")
    store.dump(output, format)


def _grouped(quads: Iterator[Quad]) -> dict[str, list[Quad]]:
    graphs: dict[str, list[Quad]] = {}
    for quad in quads:
        graph = quad.graph_name
        key = graph.value if isinstance(graph, NamedNode) else ""
        graphs.setdefault(key, []).append(quad)
    return graphs


def restore_store(
    store: Store, path: str | os.PathLike[str], format: RdfFormat | None = None
) -> Restored:
    """Load the backup at ``path`` into ``store``, which must be empty.

    Raises:
        KGError: the file is missing or is not valid N-Quads/TriG, or the store holds
            quads already (a restore never mixes two datasets).
    """
    source = Path(path)
    if not source.is_file():
        raise KGError(f"No backup file at {source}")
    format = format or backup_format(None, source)
    held = store.count()
    if held:
        raise StoreError(
            f"The store holds {held} quads already: restore into an empty store "
            "(a new folder, or an emptied endpoint)"
        )
    try:
        if isinstance(store, EmbeddedStore):
            # Oxigraph's bulk loader streams the file; it is checked while loaded
            store.oxigraph.bulk_load(path=source, format=format)
            store.oxigraph.optimize()
            return Restored(quads=store.count(), graphs=len(store.graphs()))
        graphs = _grouped(parse(path=source, format=format))
    except SyntaxError as error:
        if isinstance(store, EmbeddedStore):
            store.oxigraph.clear()  # nothing half-loaded stays behind
        raise KGError(f"{source} is not a valid {format.name} file: {error}") from error
    default = graphs.pop("", [])
    written = store.bulk_replace_graphs(graphs.items())
    if default:
        triples = " .\n".join(
            str(Quad(q.subject, q.predicate, q.object, DefaultGraph())) for q in default
        )
        store.update(f"INSERT DATA {{ {triples} }}")
    return Restored(quads=sum(len(q) for q in graphs.values()) + len(default), graphs=written)
