"""Word classes shared by the stages that read the parse (resolve, extract).

Each list is kept once, here; the stages import it.
"""

from __future__ import annotations

from functools import lru_cache

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
def _hashes(words: frozenset[str]) -> frozenset[int]:
    return frozenset(hash_string(w) for w in words)


def positions(doc: Doc, words: frozenset[str], *, attrs: tuple[str, ...] = ("LOWER",)) -> list[int]:
    """Return the indices of the tokens whose attribute is one of ``words``, in order.

    One pass over the doc's attribute array instead of a loop over every token (which
    builds a ``Token`` each).
    """
    hashes = _hashes(words)
    found: set[int] = set()
    for attr in attrs:
        found.update(i for i, h in enumerate(doc.to_array(attr).tolist()) if h in hashes)
    return sorted(found)
