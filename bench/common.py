"""Shared helpers of the benchmarks: paths, statistics, child processes, machine facts."""

from __future__ import annotations

import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
RESULTS = REPO / "bench" / "results.json"
# Everything generated (corpora, stores, dumps, exports) lives here, never in the repo.
WORK = Path(os.environ.get("KG_BENCH_DIR", "/tmp/kg-bench"))


def log(message: str) -> None:
    """Print a progress line on stderr, with the time of day."""
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


@dataclass(frozen=True, slots=True)
class Spread:
    """Minimum, median and maximum of repeated measurements."""

    min: float
    median: float
    max: float
    runs: int

    @classmethod
    def of(cls, values: Sequence[float]) -> Spread:
        """Summarise ``values`` (at least one)."""
        return cls(min(values), statistics.median(values), max(values), len(values))

    def as_dict(self) -> dict[str, float]:
        """Return the figures as a JSON object."""
        return {"min": self.min, "median": self.median, "max": self.max, "runs": self.runs}


def spread(values: Sequence[float]) -> dict[str, float]:
    """Return min / median / max / runs of ``values`` as a JSON object."""
    return Spread.of(values).as_dict()


def clean_dir(path: Path) -> Path:
    """Remove ``path`` if it exists and return it (its parent is created)."""
    shutil.rmtree(path, ignore_errors=True)
    if path.exists():
        path.unlink()
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def disk_usage(path: Path) -> int:
    """Return the bytes used by the files under ``path`` (``du`` without block rounding)."""
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


@dataclass(frozen=True, slots=True)
class ChildResult:
    """What a benchmark child process reported, and what it cost."""

    data: dict[str, Any]
    seconds: float
    peak_rss: int  # bytes
    cpu_seconds: float  # user + system, the child and the processes it waited for


def compile_sources() -> None:
    """Write kg's bytecode, as an installed package has it, before timing start-up.

    An editable install compiles modules at first import, and not at all where
    ``PYTHONDONTWRITEBYTECODE`` is set: every child process would then compile kg from
    source, a cost an installed kg does not pay.
    """
    import compileall

    for package in ("kg", "api"):
        compileall.compile_dir(REPO / package, quiet=1)


def run_child(task: str, *args: str, env: dict[str, str] | None = None) -> ChildResult:
    """Run ``python -m bench.worker TASK ARGS...`` and return its JSON report and peak RSS.

    The peak resident set size is the kernel's ``ru_maxrss`` of that one child (from
    ``wait4``), so it covers the whole process, native allocations included.
    """
    WORK.mkdir(parents=True, exist_ok=True)
    out = WORK / f"child-{task}-{os.getpid()}.json"
    out.unlink(missing_ok=True)
    command = [sys.executable, "-m", "bench.worker", task, "--out", str(out), *args]
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=REPO, env={**os.environ, **(env or {})})
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - start
    if process.returncode != 0:
        raise RuntimeError(f"bench worker {task} {' '.join(args)} exited {process.returncode}")
    data = json.loads(out.read_text())
    out.unlink()
    return ChildResult(
        data=data,
        seconds=seconds,
        peak_rss=usage.ru_maxrss * 1024,
        cpu_seconds=usage.ru_utime + usage.ru_stime,
    )


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "not installed"


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _memory_bytes() -> int:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def machine() -> dict[str, Any]:
    """Return the machine and the versions that the figures depend on."""
    from kg.nlp import resolve_model_name

    model = resolve_model_name()
    return {
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "memory_gib": round(_memory_bytes() / 2**30, 1),
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "versions": {
            "kg": _version("kg"),
            "spacy": _version("spacy"),
            "model": f"{model} {_version(model.replace('_', '-'))}",
            "pyoxigraph": _version("pyoxigraph"),
            "rdflib": _version("rdflib"),
            "networkx": _version("networkx"),
            "fastapi": _version("fastapi"),
            "uvicorn": _version("uvicorn"),
            "httpx": _version("httpx"),
        },
    }


def load_results() -> dict[str, Any]:
    """Return the results recorded so far (``bench/results.json``)."""
    if RESULTS.exists():
        data: dict[str, Any] = json.loads(RESULTS.read_text())
        return data
    return {}


def save_results(results: dict[str, Any]) -> None:
    """Write the results (``bench/results.json``)."""
    RESULTS.write_text(json.dumps(results, indent=1, sort_keys=True) + "\n")
