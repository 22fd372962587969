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
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import IO

from pyoxigraph import BlankNode, DefaultGraph, NamedNode, Quad, RdfFormat
from pyoxigraph import Store as OxStore

from kg.errors import KGError, StoreError
from kg.store import EmbeddedStore, Store

__all__ = [
    "BACKUP_FORMATS",
    "RESTORE_BATCH",
    "Restored",
    "backup_format",
    "dump_store",
    "restore_store",
]

#: The dataset formats a backup is written in, by name and by file suffix.
BACKUP_FORMATS = {"nquads": RdfFormat.N_QUADS, "trig": RdfFormat.TRIG}
_SUFFIXES = {".nq": RdfFormat.N_QUADS, ".nquads": RdfFormat.N_QUADS, ".trig": RdfFormat.TRIG}
#: The most quads a restore into a store other than an embedded one sends in one write.
RESTORE_BATCH = 5_000


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


def restore_store(
    store: Store,
    path: str | os.PathLike[str],
    format: RdfFormat | None = None,
    *,
    batch: int = RESTORE_BATCH,
) -> Restored:
    """Load the backup at ``path`` into ``store``, which must be empty.

    An embedded store bulk-loads the file. Any other store gets it through a temporary
    embedded store on disk (in the system's temporary folder, ``$TMPDIR``), which checks
    the whole file before anything is sent; then the quads go graph by graph, at most
    ``batch`` to a write, so memory stays bounded whatever the file's size. The quads
    that hold a blank node go in one write of their own (a blank node is the same node
    only within one write; kg writes them only in the vocabulary).

    Raises:
        KGError: the file is missing or is not valid N-Quads/TriG (nothing is written),
            or the store holds quads already (a restore never mixes two datasets).
        StoreError: the store failed part way; the graphs written were dropped again
            where the store allowed it (the message says).
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
    if isinstance(store, EmbeddedStore):
        try:
            # Oxigraph's bulk loader streams the file; it is checked while loaded
            store.oxigraph.bulk_load(path=source, format=format)
        except SyntaxError as error:
            store.oxigraph.clear()  # nothing half-loaded stays behind
            raise _invalid(source, format, error) from error
        store.oxigraph.optimize()
        return Restored(quads=store.count(), graphs=len(store.graphs()))
    with tempfile.TemporaryDirectory(prefix="kg-restore-") as folder:
        staged = OxStore(folder)
        try:
            staged.bulk_load(path=source, format=format)
        except SyntaxError as error:
            raise _invalid(source, format, error) from error
        restored = Restored(quads=len(staged), graphs=sum(1 for _ in staged.named_graphs()))
        written: set[str] = set()
        try:
            for quads in _batches(staged, batch):
                store.add_quads(quads)
                written.update(_graph_key(q.graph_name) for q in quads)
        except KGError as error:
            raise StoreError(f"The restore stopped: {error}. {_undo(store, written)}") from error
        finally:
            del staged  # closes the temporary store before its folder goes
    return restored


def _invalid(source: Path, format: RdfFormat, error: SyntaxError) -> KGError:
    return KGError(f"{source} is not a valid {format.name} file: {error}")


def _graph_key(graph: NamedNode | BlankNode | DefaultGraph) -> str:
    """A graph's IRI, or ``""`` for the default graph (blank graph names: their label)."""
    return "" if isinstance(graph, DefaultGraph) else str(graph)


def _batches(staged: OxStore, size: int) -> Iterator[list[Quad]]:
    """Yield the quads of ``staged`` graph by graph, in lists of at most ``size``.

    The quads with a blank node are held back and come last, all in one list.
    """
    blank: list[Quad] = []
    batch: list[Quad] = []
    graphs: Iterator[NamedNode | BlankNode | DefaultGraph] = chain(
        [DefaultGraph()], staged.named_graphs()
    )
    for graph in graphs:
        for quad in staged.quads_for_pattern(None, None, None, graph):
            if isinstance(quad.subject, BlankNode) or isinstance(quad.object, BlankNode):
                blank.append(quad)
                continue
            batch.append(quad)
            if len(batch) >= size:
                yield batch
                batch = []
    if batch:
        yield batch
    if blank:
        yield blank


def _undo(store: Store, written: set[str]) -> str:
    """Drop the graphs a failed restore wrote; return what was done, for the message."""
    if not written:
        return "Nothing had been written."
    named = sorted(g for g in written if g.startswith("<"))
    try:
        for start in range(0, len(named), 500):
            store.update(" ;\n".join(f"DROP SILENT GRAPH {g}" for g in named[start : start + 500]))
        if "" in written:
            store.update("CLEAR SILENT DEFAULT")
    except KGError as error:
        return (
            f"The {len(written)} graphs written could not be dropped again ({error}): "
            "empty the store before restoring again."
        )
    return f"The {len(written)} graphs written were dropped again."
