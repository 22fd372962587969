"""kg installed from its wheel (not editable) finds its ontologies and extracts.

The wheel is built without network; the fresh virtual environment borrows the
dependencies of the one running the tests (a path entry, so that the editable kg in it
is not seen) and gets kg itself from the wheel. ``.ci/run`` does the same with every
dependency installed from PyPI.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.model
def test_kg_installed_from_the_wheel_extracts(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--quiet",
            "--wheel-dir",
            str(wheels),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert build.returncode == 0, build.stderr
    (wheel,) = wheels.glob("kg-*.whl")

    fresh = tmp_path / "fresh"
    venv.create(fresh, with_pip=False)
    python = fresh / "bin" / "python"
    purelib = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    # The dependencies (spaCy, the model, pyoxigraph...) from the running environment.
    Path(purelib, "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    install = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", wheel],
        capture_output=True,
        text=True,
        check=False,
    )
    assert install.returncode == 0, install.stderr

    elsewhere = tmp_path / "elsewhere"  # not the repository: its ontologies/ is not there
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KG_", "PYTHON"))}
    where = subprocess.run(
        [python, "-c", "import kg.vocab; print(kg.vocab.ONTOLOGY_DIR)"],
        capture_output=True,
        text=True,
        check=True,
        cwd=elsewhere,
        env=env,
    ).stdout.strip()
    assert where == str(Path(purelib, "kg", "ontologies").resolve())
    packaged = Path(where)
    source = ROOT / "ontologies"
    shipped = sorted(p.relative_to(packaged) for p in packaged.rglob("*") if p.is_file())
    expected = sorted(p.relative_to(source) for p in source.rglob("*") if p.is_file())
    assert shipped == expected  # the whole tree, whatever it holds

    article = {"id": "w1", "text": "Iran supports the Houthis, officials said on Monday."}
    extract = subprocess.run(
        [fresh / "bin" / "kg", "extract", "-"],
        input=json.dumps(article),
        capture_output=True,
        text=True,
        check=False,
        cwd=elsewhere,
        env=env,
    )
    assert extract.returncode == 0, extract.stderr
    records = [json.loads(line) for line in extract.stdout.splitlines()]
    assert any(r["subject"]["id"] == "iran" and r["object"]["id"] == "houthis" for r in records), (
        records
    )
