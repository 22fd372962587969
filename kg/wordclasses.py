"""Word classes shared by the stages that read the parse (resolve, extract).

Each list is kept once, here; the stages import it.
"""

from __future__ import annotations

from functools import lru_cache

import numpy
from spacy.strings import hash_string  # type: ignore[attr-defined]
from spacy.tokens import Doc

__all__ = [
    "FIRST_PERSON_PLURAL",
    "FIRST_PERSON_SINGULAR",
    "QUOTES",
    "SPEECH_VERBS",
    "positions",
]

#: Verbs that report speech or writing: their subject is the speaker of what they report.
_SPEECH = """
say state report tell add announce declare claim allege accuse charge confirm write note
insist warn vow promise pledge threaten reiterate affirm indicate tweet post explain stress
argue told
"""
SPEECH_VERBS = frozenset(_SPEECH.split())
#: "we", "us", "our" stand for the speaker's side: the state or body they speak for.
FIRST_PERSON_PLURAL = frozenset({"we", "us", "our", "ours"})
#: "I", "me", "my" stand for the speaker.
FIRST_PERSON_SINGULAR = frozenset({"i", "me", "my", "mine"})
#: Quotation marks, straight and curly.
QUOTES = frozenset({'"', "“", "”", "„", "«", "»"})


@lru_cache(maxsize=64)
def _hashes(words: frozenset[str]) -> numpy.ndarray:
    return numpy.array([hash_string(w) for w in words], dtype="uint64")


def positions(doc: Doc, words: frozenset[str], *, attrs: tuple[str, ...] = ("LOWER",)) -> list[int]:
    """Return the indices of the tokens whose attribute is one of ``words``, in order.

    One array scan instead of a loop over every token (which builds a ``Token`` each).
    """
    hashes = _hashes(words)
    found = numpy.zeros(len(doc), dtype=bool)
    for attr in attrs:
        found |= numpy.isin(doc.to_array(attr), hashes)
    return [int(i) for i in numpy.flatnonzero(found)]
