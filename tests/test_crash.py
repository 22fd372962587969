"""The short version of the crash-safety benchmark (``python -m bench.crash``).

One ``kill -9`` trial during ``kg ingest`` of three VOA stories, landing while the
ingest writes: after it, the store opens, every article is whole or absent, and a
re-run gives the graph of a clean run.
The full run (100 trials, during ingest, API writes and curation) is in BENCHMARKS.md.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
STORIES = ROOT / "tests" / "data" / "voa" / "voa-conflict-stories-3.jsonl"


@pytest.mark.model
def test_kill_during_ingest_leaves_a_consistent_store() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "bench.crash",
            "--trials",
            "1",
            "--articles",
            "3",
            "--modes",
            "ingest",
            "--data",
            str(STORIES),
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert sum(" PASS " in line for line in lines) == 1, result.stdout
    assert lines[-1].startswith("1/1 consistent"), result.stdout
    # The kill landed while the ingest was writing, not before it started or after it ended.
    assert "; 1/1 kills during writes" in lines[-1], result.stdout
