"""Run the benchmarks and write BENCHMARKS.md: ``python -m bench.run`` (``make bench``).

Options: ``--sizes 10000,100000`` (a quick run; the committed BENCHMARKS.md comes from
the three sizes), ``--runs N`` (at least 3), ``--skip-throughput`` / ``--skip-scale``
(keep that part's figures from ``bench/results.json``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import shlex
import shutil
import sys
import time

from bench import report, scale, throughput
from bench.common import WORK, load_results, log, save_results


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip-throughput", action="store_true")
    parser.add_argument("--skip-scale", action="store_true")
    args = parser.parse_args(argv)
    if args.runs < 3:
        parser.error("--runs must be at least 3 (min / median / max)")
    start = time.perf_counter()
    command = "python -m bench.run " + shlex.join(argv if argv is not None else sys.argv[1:])
    # A part that is skipped keeps the figures of the run that made them, and says so.
    previous = load_results().get("run")
    WORK.mkdir(parents=True, exist_ok=True)
    log(f"generated data goes to {WORK}")
    parts: dict[str, float] = {}
    if not args.skip_throughput:
        begin = time.perf_counter()
        throughput.main(["--runs", str(args.runs)])
        parts["throughput"] = time.perf_counter() - begin
    if not args.skip_scale:
        begin = time.perf_counter()
        scale.main(["--sizes", args.sizes, "--runs", str(args.runs)])
        parts["scale"] = time.perf_counter() - begin
    results = load_results()
    now = dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    for part in ("throughput", "scale"):
        if part not in results:
            continue
        if part in parts:
            results[part]["run"] = {
                "date": now,
                "command": command,
                "runs": args.runs,
                "wall_seconds": parts[part],
            }
        elif "run" not in results[part] and previous is not None:
            results[part]["run"] = previous
    results["run"] = {
        "date": now,
        "command": command,
        "sizes": args.sizes,
        "runs": args.runs,
        "wall_seconds": time.perf_counter() - start,
    }
    save_results(results)
    report.main()
    shutil.rmtree(WORK, ignore_errors=True)
    log(f"done in {(time.perf_counter() - start) / 60:.1f} minutes")


if __name__ == "__main__":
    main()
