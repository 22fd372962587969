"""Word classes shared by the stages that read the parse (resolve, extract).

Each list is kept once, here; the stages import it.
"""

from __future__ import annotations

__all__ = ["FIRST_PERSON_PLURAL", "FIRST_PERSON_SINGULAR", "QUOTES", "SPEECH_VERBS"]

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
