"""The model's rule lemmatizer, its lemmas kept by word, part of speech and morphology.

spaCy's rule lemmatizer visits every token of a doc as a :class:`~spacy.tokens.Token`
object and keeps its answers only for words that are not in their base form: on short
news items it cost about a tenth of the whole parse. A rule lemma depends on nothing but
the word, its part of speech and its morphology, so here the doc's tokens are read as
one array of those, each triple's lemma is asked of the model's lemmatizer once and kept,
and the lemmas are written back as one array: every token gets the lemma spaCy's own
``__call__`` gives it, and a lemma already set (the attribute ruler's exceptions) is
kept, as spaCy keeps it.

Only the ``pipe`` of a rule lemmatizer that does not overwrite is replaced; ``nlp(text)``
and other modes run spaCy's code.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Iterator
from typing import Any

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

__all__ = ["KeptLemmas", "keep_lemmas"]

_READ = [ORTH, POS, MORPH, LEMMA]


class KeptLemmas:
    """A rule lemmatizer's ``pipe``: lemmas looked up by (word, part of speech, morphology)."""

    __slots__ = ("lemmatizer", "table")

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        #: (ORTH, POS, MORPH) -> the lemma's text, as the lemmatizer gave it
        self.table: dict[tuple[int, int, int], str] = {}

    def __call__(self, doc: Doc) -> Doc:
        """Set the lemma of each token of ``doc`` that has none, as the lemmatizer would."""
        lemmatizer = self.lemmatizer
        if not lemmatizer._validated:  # (spaCy validates its tables on the first call)
            return lemmatizer(doc)
        table = self.table
        strings = doc.vocab.strings
        lemmas: list[int] = []
        for position, (orth, pos, morph, lemma) in enumerate(doc.to_array(_READ).tolist()):
            if lemma:
                lemmas.append(lemma)
                continue
            key = (orth, pos, morph)
            text = table.get(key)
            if text is None:
                text = table[key] = lemmatizer.lemmatize(doc[position])[0]
            lemmas.append(strings.add(text))
        if lemmas:
            column = numpy.array(lemmas, dtype=numpy.uint64).reshape(-1, 1)
            doc.from_array([LEMMA], column)  # type: ignore[arg-type]
        return doc

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        """Lemmatize a stream of docs, handing errors to the lemmatizer's error handler."""
        error_handler = self.lemmatizer.get_error_handler()
        for doc in stream:
            try:
                yield self(doc)
            except Exception as err:
                error_handler(self.lemmatizer.name, self.lemmatizer, [doc], err)


def keep_lemmas(nlp: Language) -> bool:
    """Make the pipeline's rule lemmatizer keep its lemmas (:class:`KeptLemmas`).

    Returns whether it does: ``False`` for a pipeline without a lemmatizer, or with one
    in another mode or set to overwrite lemmas (it then keeps spaCy's ``pipe``).
    """
    if "lemmatizer" not in nlp.pipe_names:
        return False
    lemmatizer: Any = nlp.get_pipe("lemmatizer")
    if not isinstance(lemmatizer, Lemmatizer) or lemmatizer.mode != "rule":
        return False
    if lemmatizer.overwrite:
        return False
    _index_as_sets(lemmatizer)
    lemmatizer.pipe = KeptLemmas(lemmatizer).pipe  # type: ignore[method-assign]
    return True


def _index_as_sets(lemmatizer: Lemmatizer) -> None:
    """Hold the lemmatizer's word index of each part of speech as a set, not a list.

    Its rules ask whether a candidate form is in the index of the word's part of
    speech; the tables hold each index as a list (of up to 57,000 words), so each answer
    was a scan of the list. As a set it is one lookup; the answers, and so the lemmas,
    are the same.
    """
    if not lemmatizer.lookups.has_table("lemma_index"):
        return
    index = lemmatizer.lookups.get_table("lemma_index")
    for key, words in list(index.items()):
        if isinstance(words, list):
            OrderedDict.__setitem__(index, key, frozenset(words))
