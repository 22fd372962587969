"""The vocabulary: the ontology's namespace as Python terms, and the IRIs of kg's data.

``KGO`` is an rdflib ``DefinedNamespace``: a typo in a term is an ``AttributeError``.
Tests check it against ``ontologies/kg.ttl`` both ways (every term here is defined
there, every term defined there is here), and the relation and actor-type enums of
:mod:`kg.types` against the ontology's relation properties and actor classes.
``ontologies/shapes.ttl`` (SHACL) describes valid actors, assertions, mentions,
articles and corrections; :func:`kg.rdf.validate` checks data against it.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote, unquote

if TYPE_CHECKING:
    from kg._terms import KGO

__all__ = [
    "DEFAULT_BASE_IRI",
    "KGO",
    "ONTOLOGY_DIR",
    "ONTOLOGY_IRI",
    "PREFIXES",
    "SHAPES_PATH",
    "Iris",
    "slugify",
]

ONTOLOGY_IRI = "https://kg.example.org/ontology"
DEFAULT_BASE_IRI = "https://kg.example.org/"
# Installed from a wheel, the ontologies are package data (kg/ontologies, see setup.py);
# in a source checkout (and an editable install) they are at the top of the repository.
_PACKAGED_ONTOLOGIES = Path(__file__).resolve().parent / "ontologies"
ONTOLOGY_DIR = (
    _PACKAGED_ONTOLOGIES
    if _PACKAGED_ONTOLOGIES.is_dir()
    else Path(__file__).resolve().parent.parent / "ontologies"
)
SHAPES_PATH = ONTOLOGY_DIR / "shapes.ttl"


def __getattr__(name: str) -> object:
    # KGO is made at first use: rdflib, which it needs, costs about 80 ms to import,
    # and extraction (kg.ingest, kg.pipeline) uses none of the ontology's terms.
    if name == "KGO":
        from kg._terms import KGO

        globals()["KGO"] = KGO
        return KGO
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


PREFIXES = {
    "kgo": ONTOLOGY_IRI + "#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "dct": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "wd": "http://www.wikidata.org/entity/",
}


def slugify(name: str) -> str:
    """Turn a name into a stable id: ASCII, lowercase, words joined by ``-``.

    >>> slugify("Kata'ib Hizballah")
    'kataib-hizballah'
    >>> slugify("Côte d’Ivoire")
    'cote-divoire'
    """
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    ascii_name = re.sub(r"['’`]", "", ascii_name.lower())
    return re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-")


def _digest(*parts: object) -> str:
    return hashlib.blake2b("\x1f".join(map(str, parts)).encode(), digest_size=10).hexdigest()


class Iris:
    """Mint the IRIs of kg's data under one base.

    >>> iris = Iris("https://example.org/")
    >>> iris.actor("iran")
    'https://example.org/actor/iran'
    >>> iris.actor_id("https://example.org/actor/iran")
    'iran'
    """

    def __init__(self, base: str | None = None) -> None:
        base = base or os.environ.get("KG_BASE_IRI") or DEFAULT_BASE_IRI
        self.base = base if base.endswith(("/", "#")) else base + "/"
        self.gazetteer_graph = self.base + "graph/gazetteer"
        self.ontology_graph = self.base + "graph/ontology"
        self.curation_graph = self.base + "graph/curation"

    def correction(self, correction_id: str) -> str:
        """Return the IRI of a curation record."""
        return self.base + "correction/" + quote(correction_id, safe="")

    def correction_id(self, iri: str) -> str:
        """Return the id of a curation record's IRI."""
        prefix = self.base + "correction/"
        if not iri.startswith(prefix):
            raise ValueError(f"Not a correction IRI under {prefix}: {iri}")
        return unquote(iri[len(prefix) :])

    def actor(self, actor_id: str) -> str:
        """Return the IRI of an actor."""
        return self.base + "actor/" + quote(actor_id, safe="")

    def actor_id(self, iri: str) -> str:
        """Return the actor id of an actor IRI."""
        prefix = self.base + "actor/"
        if not iri.startswith(prefix):
            raise ValueError(f"Not an actor IRI under {prefix}: {iri}")
        return unquote(iri[len(prefix) :])

    def article(self, article_id: str) -> str:
        """Return the IRI of an article."""
        return self.base + "article/" + quote(article_id, safe="")

    def article_graph(self, article_id: str) -> str:
        """Return the IRI of the named graph that holds an article's triples."""
        return self.base + "graph/article/" + quote(article_id, safe="")

    def article_id(self, iri: str) -> str:
        """Return the article id of an article or article-graph IRI."""
        for prefix in (self.base + "graph/article/", self.base + "article/"):
            if iri.startswith(prefix):
                return unquote(iri[len(prefix) :])
        raise ValueError(f"Not an article IRI under {self.base}: {iri}")

    def assertion(self, *key: object) -> str:
        """Return the IRI of the assertion identified by ``key``."""
        return self.base + "assertion/" + _digest(*key)

    def mention(self, *key: object) -> str:
        """Return the IRI of the mention identified by ``key``."""
        return self.base + "mention/" + _digest(*key)
