"""An open-loop HTTP load generator: a fixed request rate, bounded in count and in time.

Request ``i`` is due at ``start + i / rate`` whether or not earlier ones have been
answered (so a slow server meets a growing queue, as it would in production), and its
latency runs from when it was due to when its response body was read: time spent
waiting behind slower requests counts (no "coordinated omission"). Sending stops after
``count`` requests or at the ``seconds`` bound, whichever comes first; requests still
unanswered ``timeout`` seconds after they were due count as timed out.

Loopback only: :func:`run_load` refuses hosts other than 127.0.0.1 and localhost.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httpx

__all__ = ["LoadResult", "percentile", "run_load"]


def percentile(values: Sequence[float], q: float) -> float:
    """Return the ``q``-th percentile of ``values`` (nearest rank), ``nan`` when empty.

    >>> percentile([1.0, 2.0, 3.0, 4.0], 50)
    2.0
    """
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(q / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


@dataclass(slots=True)
class LoadResult:
    """Latencies (seconds) of the answered requests and the count of the others."""

    latencies: list[float] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)
    errors: int = 0
    timeouts: int = 0
    not_sent: int = 0
    seconds: float = 0.0
    bytes: int = 0

    @property
    def sent(self) -> int:
        """Requests sent."""
        return len(self.latencies) + self.errors + self.timeouts

    def summary(self) -> dict[str, float | int]:
        """Return p50, p95, p99 (ms), the counts and the achieved rate."""
        ok = sum(n for status, n in self.statuses.items() if 200 <= status < 300)
        return {
            "p50_ms": percentile(self.latencies, 50) * 1000,
            "p95_ms": percentile(self.latencies, 95) * 1000,
            "p99_ms": percentile(self.latencies, 99) * 1000,
            "sent": self.sent,
            "ok": ok,
            "non_2xx": len(self.latencies) - ok,
            "errors": self.errors,
            "timeouts": self.timeouts,
            "not_sent": self.not_sent,
            "rate": self.sent / self.seconds if self.seconds else 0.0,
            "mean_kb": self.bytes / max(1, len(self.latencies)) / 1024,
        }


async def _load(
    base_url: str,
    paths: Sequence[str],
    *,
    rate: float,
    seconds: float,
    timeout: float,
) -> LoadResult:
    result = LoadResult()
    limits = httpx.Limits(max_connections=256, max_keepalive_connections=256)
    async with httpx.AsyncClient(base_url=base_url, timeout=timeout, limits=limits) as client:
        loop = asyncio.get_running_loop()
        start = loop.time()

        async def one(due: float, path: str) -> None:
            delay = due - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)
            try:
                response = await client.get(path)
            except httpx.TimeoutException:
                result.timeouts += 1
                return
            except httpx.HTTPError:
                result.errors += 1
                return
            result.latencies.append(loop.time() - due)
            result.statuses[response.status_code] = result.statuses.get(response.status_code, 0) + 1
            result.bytes += len(response.content)

        tasks = []
        for index, path in enumerate(paths):
            due = start + index / rate
            if due - start > seconds:
                result.not_sent = len(paths) - index
                break
            tasks.append(asyncio.create_task(one(due, path)))
        await asyncio.gather(*tasks)
        result.seconds = loop.time() - start
    return result


def run_load(
    base_url: str,
    paths: Sequence[str],
    *,
    rate: float,
    seconds: float,
    timeout: float = 30.0,
) -> LoadResult:
    """GET ``paths`` from ``base_url`` at ``rate`` requests per second (see the module doc).

    Args:
        base_url: ``http://127.0.0.1:PORT``.
        paths: the requests, in order (their number bounds the count).
        rate: requests per second.
        seconds: no request is sent after this many seconds.
        timeout: seconds a request may take before it counts as timed out.

    Raises:
        ValueError: the host is not the loopback interface.
    """
    host = urlsplit(base_url).hostname
    if host not in ("127.0.0.1", "localhost", "::1"):
        raise ValueError(f"The load generator only targets loopback, not {host!r}")
    started = time.perf_counter()
    result = asyncio.run(_load(base_url, paths, rate=rate, seconds=seconds, timeout=timeout))
    result.seconds = result.seconds or time.perf_counter() - started
    return result
