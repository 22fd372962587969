"""Ship ``ontologies/`` (the ontology, shapes and gazetteer) inside the ``kg`` package.

Everything else is in pyproject.toml. The folder stays at the top of the repository,
where it is edited; building copies it to ``kg/ontologies`` in the wheel, where
:data:`kg.vocab.ONTOLOGY_DIR` finds it once installed.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithOntologies(build_py):
    """Build the packages, then copy the whole ontologies tree into ``kg/ontologies``."""

    def run(self) -> None:
        """Build as setuptools does, then add the ontologies."""
        super().run()
        source = Path(__file__).resolve().parent / "ontologies"
        target = Path(self.build_lib) / "kg" / "ontologies"
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))


setup(cmdclass={"build_py": BuildWithOntologies})
