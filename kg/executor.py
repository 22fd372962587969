"""Run read queries within their limits, where a query past its deadline can be stopped.

The embedded store's engine cannot interrupt a query once it has started, so a query
run in the serving process would go on after its deadline, holding a CPU and a place.
:class:`QueryExecutor` runs each query on the embedded store in a worker process of its
own pool: the worker opens the store read-only (Oxigraph allows readers beside the one
writer), parses and checks the query, runs it, reads at most ``max_results`` results
and serializes them; the serving process only waits. At the deadline the worker is
killed (``SIGKILL``), which ends the query and frees its place at once, and a new worker
is started in its place. Workers are forked from a template process that has loaded
their modules (:class:`_Template`), so that a new one starts in milliseconds and costs
no CPU to the queries that go on. Parsing the query text is done by the worker too, so that no
query, however long or deep, takes the serving process's time.

On a remote store the query runs in a thread of the serving process: the HTTP request
carries the deadline (the connection is closed when it passes), and the remote server
applies its own limits to what it runs.

Limits (:class:`QueryLimits`): seconds per query, results per query, queries running at
once, and queries running at once for one client. A query past a limit raises a
:class:`~kg.errors.QueryLimitExceeded` that names the limit.

The reads that kg answers itself from the projection (paths, graph exports) run in the
serving process: they take a :class:`Deadline`, which they check as they go, and stop
with a :class:`~kg.errors.QueryTimeout` when it has passed; :class:`DeadlineOutput`
checks it at each write of an export.
"""

from __future__ import annotations

import contextlib
import io
import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import IO, Any

from kg import errors
from kg.errors import KGError, QueryTimeout, StoreError, TooManyQueries
from kg.sparql import Answer, answer_in_thread, check_query, prepare_answer
from kg.store import EmbeddedStore, Store

__all__ = ["Deadline", "DeadlineOutput", "QueryExecutor", "QueryLimits"]


@dataclass(frozen=True, slots=True, kw_only=True)
class QueryLimits:
    """Limits on the queries of a :class:`QueryExecutor`.

    Attributes:
        timeout: seconds a query may run; and, apart, the most it waits for a place.
        max_results: the most solutions or triples a query returns.
        max_running: queries that run at once (worker processes of the embedded store).
        max_per_client: queries of one client that run at once; a client past it is
            refused at once rather than kept waiting.
    """

    timeout: float = 10.0
    max_results: int = 10_000
    max_running: int = 4
    max_per_client: int = 2

    def __post_init__(self) -> None:
        if self.timeout <= 0 or self.max_results < 1 or self.max_running < 1:
            raise ValueError(f"Limits must be positive: {self}")
        if self.max_per_client < 1:
            raise ValueError(f"Limits must be positive: {self}")


@dataclass(frozen=True, slots=True)
class Deadline:
    """The time limit of a read that runs in this process, checked by the read itself.

    Attributes:
        seconds: the time the read may take.
        at: when it ends (:func:`time.monotonic`).
        setting: the setting that sets it, named in the error.

    >>> Deadline.start(60).check()
    >>> Deadline.start(0.0).passed()
    True
    """

    seconds: float
    at: float
    setting: str = "KG_READ_TIMEOUT"

    @classmethod
    def start(cls, seconds: float, *, setting: str = "KG_READ_TIMEOUT") -> Deadline:
        """Return the deadline ``seconds`` from now."""
        return cls(seconds, time.monotonic() + seconds, setting)

    def passed(self) -> bool:
        """Return whether the deadline has passed."""
        return time.monotonic() >= self.at

    def check(self) -> None:
        """Raise :class:`~kg.errors.QueryTimeout` when the deadline has passed."""
        if time.monotonic() >= self.at:
            raise QueryTimeout(
                f"The request ran longer than its time limit of {self.seconds:g} s "
                f"({self.setting}) and was stopped",
                limit="timeout",
                value=self.seconds,
            )


class DeadlineOutput(io.RawIOBase):
    """A binary stream that writes to ``output`` until ``deadline``, then raises.

    An export written to it stops at its first write past the deadline, with a
    :class:`~kg.errors.QueryTimeout`.
    """

    def __init__(self, output: IO[bytes], deadline: Deadline) -> None:
        super().__init__()
        self.output = output
        self.deadline = deadline

    def writable(self) -> bool:
        """Return True: the stream is written to."""
        return True

    def write(self, data: Any) -> int:
        """Write ``data`` if the deadline has not passed."""
        self.deadline.check()
        self.output.write(data)
        return len(memoryview(data))

    def seekable(self) -> bool:
        """Return whether ``output`` is (a zip archive goes back to fill in its headers)."""
        return self.output.seekable()

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        """Move in ``output``."""
        return self.output.seek(offset, whence)

    def tell(self) -> int:
        """Return the position in ``output``."""
        return self.output.tell()


@dataclass(frozen=True, slots=True)
class _Job:
    sparql: str
    accept: str | None
    timeout: float
    max_results: int
    default_graphs: tuple[str, ...]
    named_graphs: tuple[str, ...]


_GRACE = 0.05  # seconds the worker is given past the deadline to send what it has
_STARTUP = 60.0  # seconds a new worker may take to load its modules


class _Template:
    """A process that has loaded the worker's modules and forks query workers on request.

    Starting a worker with ``python -m`` loads its modules anew (about 0.3 s of a core);
    after a deadline kills several at once, their replacements would load together and
    slow every other query for a second. A worker forked from this process starts in a
    few milliseconds, with nothing to load. The template opens no store and runs no query.
    """

    def __init__(self, location: str) -> None:
        ours, theirs = socket.socketpair()
        with theirs:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "kg.executor", location, str(theirs.fileno())],
                pass_fds=[theirs.fileno()],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                start_new_session=True,  # a Ctrl-C to the server is not sent to the workers
            )
        self.socket = ours
        self.lock = threading.Lock()

    def fork(self) -> tuple[int, socket.socket]:
        """Fork a worker; return its process id and the socket to it.

        Raises:
            StoreError: the template did not answer within the start-up time.
        """
        with self.lock:
            try:
                self.socket.settimeout(_STARTUP)
                self.socket.sendall(b"f")
                message, fds, _, _ = socket.recv_fds(self.socket, 16, 1)
            except OSError as err:
                raise StoreError(f"The query worker template did not answer: {err}") from err
        if not fds or not message:
            raise StoreError("The query worker template ended")
        return int(message), socket.socket(fileno=fds[0])

    def close(self) -> None:
        """End the template (its socket closes; the workers end with their own sockets)."""
        self.socket.close()
        with contextlib.suppress(OSError):
            self.process.kill()
        self.process.wait()


class _Worker:
    """A query worker process (forked from the template) and the socket to it."""

    def __init__(self, template: _Template) -> None:
        self.pid, ours = template.fork()
        self.connection = Connection(ours.detach())
        self.ready = False

    def wait_ready(self) -> None:
        """Wait until the worker says it is ready (not counted in the query's time).

        Raises:
            StoreError: it did not start.
        """
        if self.ready:
            return
        if not self.connection.poll(_STARTUP) or self.connection.recv() != "ready":
            raise StoreError(f"A query worker process did not start within {_STARTUP:g} s")
        self.ready = True

    def ask(self, job: _Job, *, wait: float) -> tuple[Any, ...] | None:
        """Send a job; return the reply, or ``None`` when none came within ``wait`` s."""
        self.connection.send(job)
        if not self.connection.poll(max(wait, 0.0)):
            return None
        reply: tuple[Any, ...] = self.connection.recv()
        return reply

    def kill(self) -> None:
        """Kill the process (ending any query it runs); the template reaps it."""
        with contextlib.suppress(OSError):
            os.kill(self.pid, signal.SIGKILL)
        self.connection.close()


@dataclass(slots=True)
class _Clients:
    """Queries running per client."""

    limit: int
    running: Counter[str] = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)

    @contextlib.contextmanager
    def hold(self, client: str | None) -> Iterator[None]:
        if client is None:
            yield
            return
        with self.lock:
            if self.running[client] >= self.limit:
                raise TooManyQueries(
                    f"This client already runs {self.limit} queries, the most one client "
                    f"may run at once (KG_SPARQL_MAX_PER_CLIENT): wait for one to end",
                    limit="max_per_client",
                    value=self.limit,
                )
            self.running[client] += 1
        try:
            yield
        finally:
            with self.lock:
                self.running[client] -= 1
                if not self.running[client]:
                    del self.running[client]


class QueryExecutor:
    """Answer read queries on a store within :class:`QueryLimits`.

    Args:
        store: the store; an embedded store gets a pool of worker processes, any other
            store threads.
        limits: the limits.
        prestart: start every worker now (a server does), rather than on first use.

    Close it (:meth:`close`, or use it as a context manager) to stop the workers.
    """

    def __init__(
        self, store: Store, *, limits: QueryLimits | None = None, prestart: bool = False
    ) -> None:
        self.store = store
        self.limits = limits or QueryLimits()
        backend = store.backend
        self._location = backend.location if isinstance(backend, EmbeddedStore) else None
        self._clients = _Clients(self.limits.max_per_client)
        self._idle: queue.Queue[_Worker | None] = queue.Queue()
        self._closed = False
        self._template: _Template | None = None
        self._template_lock = threading.Lock()
        # Workers are started on first use (with a spare: see _keep_a_spare), and again
        # as soon as one is killed.
        for _ in range(self.limits.max_running):
            start = prestart and self._location is not None
            self._idle.put(self._new_worker() if start else None)

    @property
    def uses_processes(self) -> bool:
        """Whether queries run in worker processes (the embedded store)."""
        return self._location is not None

    def worker_pids(self) -> list[int]:
        """Return the process ids of the idle workers (for monitoring and tests)."""
        with self._idle.mutex:
            return [w.pid for w in self._idle.queue if w is not None]

    def answer(
        self,
        sparql: str,
        *,
        accept: str | None = None,
        client: str | None = None,
        default_graphs: Sequence[str] = (),
        named_graphs: Sequence[str] = (),
    ) -> Answer:
        """Check and run a read query; return its results serialized for ``accept``.

        Args:
            sparql: the query.
            accept: the client's ``Accept`` header.
            client: who asks (an address), for the per-client limit; ``None`` for none.
            default_graphs: the SPARQL protocol's ``default-graph-uri`` values.
            named_graphs: its ``named-graph-uri`` values.

        Raises:
            QueryRefused: an update, or a SERVICE clause.
            QuerySyntaxError: not a SPARQL query, or a graph name that is not an IRI.
            NotAcceptable: no format in ``accept`` fits the query's results.
            QueryTimeout: the query ran out of time, or waited it out for a place.
            TooManyQueries: the client already runs as many queries as it may.
            StoreError: the store failed.
        """
        limits = self.limits
        deadline = time.monotonic() + limits.timeout  # for a remote store
        with self._clients.hold(client):
            try:
                worker = self._idle.get(timeout=limits.timeout)
            except queue.Empty:
                raise QueryTimeout(
                    f"The query waited {limits.timeout:g} s (KG_SPARQL_TIMEOUT) for one of "
                    f"the {limits.max_running} queries running at once "
                    "(KG_SPARQL_MAX_RUNNING) to end",
                    limit="max_running",
                    value=limits.max_running,
                ) from None
            if self._location is not None:
                self._keep_a_spare()
            try:
                if self._location is None:
                    return answer_in_thread(
                        self.store,
                        sparql,
                        accept=accept,
                        timeout=max(deadline - time.monotonic(), 0.001),
                        max_results=limits.max_results,
                        default_graphs=default_graphs,
                        named_graphs=named_graphs,
                    )
                if worker is None:
                    worker = self._new_worker()
                try:
                    worker.wait_ready()
                except StoreError:
                    worker.kill()
                    worker = None
                    raise
                # The query's own time starts now: a new worker's start-up is not its.
                deadline = time.monotonic() + limits.timeout
                job = _Job(
                    sparql,
                    accept,
                    limits.timeout,
                    limits.max_results,
                    tuple(default_graphs),
                    tuple(named_graphs),
                )
                worker, reply = self._ask(worker, job, deadline)
                return _answer_of(reply, limits.timeout)
            finally:
                if self._closed and worker is not None:
                    worker.kill()
                else:
                    self._idle.put(worker)

    def _new_worker(self) -> _Worker:
        """Fork a worker from the template (started on first use)."""
        assert self._location is not None
        with self._template_lock:
            if self._template is None:
                self._template = _Template(self._location)
            template = self._template
        return _Worker(template)

    def _keep_a_spare(self) -> None:
        """Start a worker if none of the idle ones is started, so the next query finds one.

        Workers start on first use (an app that runs no query starts none), but a query
        should not wait for a worker's start-up while others run.
        """
        assert self._location is not None
        with self._idle.mutex:
            entries = self._idle.queue
            if any(entry is not None for entry in entries):
                return
            for index, entry in enumerate(entries):
                if entry is None:
                    entries[index] = self._new_worker()
                    return

    def _ask(self, worker: _Worker, job: _Job, deadline: float) -> tuple[_Worker, Any]:
        """Have ``worker`` run ``job``; kill it at the deadline (then reply ``None``).

        Returns the worker to put back (a new one when this one was killed or died).
        """
        assert self._location is not None
        try:
            reply = worker.ask(job, wait=deadline - time.monotonic() + _GRACE)
        except (OSError, EOFError):  # the worker died (killed from outside, out of memory)
            worker.kill()
            return self._new_worker(), ("died",)
        if reply is None:
            worker.kill()
            return self._new_worker(), None
        return worker, reply

    def close(self) -> None:
        """Stop the worker processes and their template."""
        self._closed = True
        while True:
            try:
                worker = self._idle.get_nowait()
            except queue.Empty:
                break
            if worker is not None:
                worker.kill()
        with self._template_lock:
            if self._template is not None:
                self._template.close()
                self._template = None

    def __enter__(self) -> QueryExecutor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _answer_of(reply: tuple[Any, ...] | None, timeout: float) -> Answer:
    """Turn a worker's reply into an answer, or raise the error it reports."""
    if reply is None:
        raise QueryTimeout(
            f"The query ran longer than its time limit of {timeout:g} s (KG_SPARQL_TIMEOUT) "
            "and was stopped",
            limit="timeout",
            value=timeout,
        )
    if reply[0] == "ok":
        return Answer(reply[1], reply[2], reply[3])
    if reply[0] == "died":
        raise StoreError("The query's worker process ended before it answered")
    _, name, message, attributes = reply
    cls = getattr(errors, name, None)
    if not (isinstance(cls, type) and issubclass(cls, KGError)):
        raise StoreError(message)
    error = cls.__new__(cls)
    Exception.__init__(error, message)
    vars(error).update(attributes)
    if isinstance(error, QueryTimeout):  # the worker saw the deadline pass itself
        raise QueryTimeout(
            f"The query ran longer than its time limit of {timeout:g} s (KG_SPARQL_TIMEOUT)",
            limit="timeout",
            value=timeout,
        )
    raise error


def _serve(location: str, fd: int) -> None:
    """Answer the jobs sent on ``fd`` until it closes (the worker process's loop)."""
    connection = Connection(fd)
    check_query("ASK {}")  # load the query parser before the first job comes
    connection.send("ready")
    while True:
        try:
            job: _Job = connection.recv()
        except (EOFError, OSError):
            return
        connection.send(_run_job(location, job))


def _run_job(location: str, job: _Job) -> tuple[Any, ...]:
    try:
        store = EmbeddedStore(location, read_only=True)
    except KGError as err:
        return ("error", type(err).__name__, str(err), vars(err))
    try:
        answer = prepare_answer(
            store,
            job.sparql,
            accept=job.accept,
            timeout=job.timeout,
            max_results=job.max_results,
            default_graphs=job.default_graphs,
            named_graphs=job.named_graphs,
        )
    except KGError as err:
        return ("error", type(err).__name__, str(err), vars(err))
    except Exception as err:  # reported to the caller; the worker goes on
        return ("error", "StoreError", f"The query failed: {type(err).__name__}: {err}", {})
    finally:
        store.close()
    return ("ok", answer.content, answer.media_type, answer.truncated)


def _fork_workers(location: str, fd: int) -> None:
    """Fork a worker for each request sent on ``fd`` until it closes (the template's loop).

    Each request is one byte; the answer is the worker's process id, with the socket to
    it passed along (``SCM_RIGHTS``). The kernel reaps the workers (``SIGCHLD`` ignored).
    """
    requests = socket.socket(fileno=fd)
    check_query("ASK {}")  # load what the workers need, once, before they are forked
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    while True:
        try:
            request = requests.recv(1)
        except OSError:
            return
        if not request:
            return
        ours, theirs = socket.socketpair()
        pid = os.fork()
        if pid == 0:  # the worker
            try:
                requests.close()
                ours.close()
                signal.signal(signal.SIGCHLD, signal.SIG_DFL)
                with contextlib.suppress(KeyboardInterrupt):
                    _serve(location, theirs.detach())
            finally:
                os._exit(0)
        theirs.close()
        try:
            socket.send_fds(requests, [str(pid).encode()], [ours.fileno()])
        except OSError:
            return
        finally:
            ours.close()


if __name__ == "__main__":
    # The template and its workers take no part in the server's signals: they end when
    # their sockets do.
    with contextlib.suppress(KeyboardInterrupt):
        _fork_workers(sys.argv[1], int(sys.argv[2]))
    os._exit(0)
