"""First-person pronouns in quoted speech resolve to the speaker.

"“We strongly reject the allegations made by Pakistan,” Indian foreign ministry
spokesperson Randhir Jaiswal told reporters": "We" is the side the speaker speaks for
(India, named in the speaker's title), "I" the speaker. The speaker is the subject of a
speech verb (:data:`kg.wordclasses.SPEECH_VERBS`) of the same sentence, or of the
sentence before or after when the quotation runs over several sentences.
"""

from __future__ import annotations

import numpy
from spacy.tokens import Doc, Span, Token

from kg.resolve.links import ActorLinks, LinkedMention
from kg.types import ActorType
from kg.wordclasses import (
    FIRST_PERSON_PLURAL,
    FIRST_PERSON_SINGULAR,
    OFFICES,
    QUOTES,
    SPEECH_VERBS,
    dependents,
    per_doc,
    positions,
    sentences_back,
)

__all__ = ["link_speakers", "quote_parity"]


def quote_parity(doc: Doc) -> numpy.ndarray:
    """Tell, for each token, whether it stands inside a quotation (read once per doc).

    An odd number of quotation marks opens before it in its paragraph (paragraphs end at
    whitespace tokens, which hold the line breaks). The array is shared: it must not be
    changed.
    """
    return per_doc("quoted", doc, _quote_parity)


def _quote_parity(doc: Doc) -> numpy.ndarray:
    quotes = numpy.zeros(len(doc), dtype="int64")
    quotes[positions(doc, QUOTES, attrs=("ORTH",))] = 1
    before = numpy.concatenate(([0], numpy.cumsum(quotes)[:-1]))
    spaces = doc.to_array("IS_SPACE").astype(bool)
    index = numpy.arange(len(doc))
    paragraph = numpy.maximum.accumulate(numpy.where(spaces, index, 0))
    opened = before - before[paragraph] - quotes[paragraph] * (paragraph > 0)
    inside: numpy.ndarray = opened % 2 == 1
    return inside


def _speaker_tokens(sent: Span) -> list[Token]:
    """The subjects of the sentence's speech verbs."""
    found = []
    for token in sent:
        if token.lemma_.lower() in SPEECH_VERBS and token.pos_ == "VERB":
            found += [c for c in dependents(token) if c.dep_ in ("nsubj", "nsubjpass")]
    return found


def _speaker(links: ActorLinks, subject: Token, *, plural: bool) -> LinkedMention | None:
    """Return the actor a speaker's noun phrase stands for.

    For "we", the side (a state or body in the speaker's title) before the person; for
    "I", the person.
    """
    mentions: list[LinkedMention] = []
    for token in subject.subtree:
        mention = links.at(token)
        if mention is not None and mention.kind != "location" and mention not in mentions:
            mentions.append(mention)
    if (
        not mentions
        and subject.lower_ in _THIRD_PERSON
        and subject.pos_ == "PRON"
        # (the speaker's pronoun is outside the quotation: '"He promised to help us,"
        # Ruto said' quotes Ruto, not the "he" of the quote)
        and not quote_parity(subject.doc)[subject.i]
    ):
        # '"The hour of victory has come," he said. "Today I announce ..."': the one the
        # speaker's pronoun stands for
        referent = links.antecedent(subject)
        if referent is not None and referent.kind != "location":
            if not plural and referent.actor.type is not ActorType.PERSON:
                return None
            return referent
    if not mentions:
        earlier = _office_named_before(subject)
        return _speaker(links, earlier, plural=plural) if earlier is not None else None
    persons = [m for m in mentions if m.actor.type is ActorType.PERSON]
    sides = [m for m in mentions if m.actor.type is not ActorType.PERSON]
    if plural:
        return sides[0] if sides else persons[0]
    return persons[0] if persons else None


#: Pronouns a speaker may be named by ("he said"), standing for one named before.
_THIRD_PERSON = frozenset({"he", "she", "it", "they"})

#: How many sentences back "the spokesperson" looks for the one it takes up.
_OFFICE_WINDOW = 3


def _office_named_before(subject: Token) -> Token | None:
    """The office word "the spokesperson", "the diplomats" takes up, named before.

    "A U.S. State Department spokesperson expressed sorrow ... 'We have urged ...,' the
    spokesperson said", "Top diplomats from the Group of Seven urged Russia ... 'We
    called for ...,' the diplomats said": the same office word nearest before, in its
    sentence or the few before.
    """
    lemma = subject.lemma_.lower()
    if lemma not in OFFICES or not any(
        c.dep_ == "det" and c.lower_ == "the" for c in dependents(subject)
    ):
        return None
    doc = subject.doc
    first = sentences_back(subject, _OFFICE_WINDOW)
    for i in reversed(positions(doc, OFFICES, attrs=("LEMMA",))):
        if i >= subject.i:
            continue
        if i < first:
            break
        if doc[i].lemma_.lower() == lemma:
            return doc[i]
    return None


def link_speakers(doc: Doc, links: ActorLinks, *, sides_only: bool = False) -> None:
    """Link "we"/"us"/"our" and "I"/"me"/"my" inside quotations to their speaker.

    With ``sides_only``, only "we" of a speaker whose side is named (a pass before the
    agent nouns are linked, so that "our troops" of "AA spokesman X" are the AA's).
    """
    candidates = positions(doc, FIRST_PERSON_PLURAL | FIRST_PERSON_SINGULAR)
    if not candidates:
        return
    sents = list(doc.sents)
    index = {sent.start: n for n, sent in enumerate(sents)}
    inside = quote_parity(doc)
    speakers_of: dict[int, list[Token]] = {}  # a sentence's speakers, found once
    for i in candidates:
        token = doc[i]
        lower = token.lower_
        plural = lower in FIRST_PERSON_PLURAL
        if not (plural or lower in FIRST_PERSON_SINGULAR) or token.i in links.by_token:
            continue
        if sides_only and not plural:
            continue
        if token.pos_ != "PRON" or (token.is_upper and len(token) > 1):
            continue  # "US" is a state, not "us"
        if not inside[i]:
            continue
        n = index[token.sent.start]
        for near in (n, n + 1, n - 1):
            if not 0 <= near < len(sents):
                continue
            speakers = speakers_of.get(near)
            if speakers is None:
                speakers = speakers_of[near] = [
                    s
                    for s in _speaker_tokens(sents[near])
                    if s.lower_ not in FIRST_PERSON_PLURAL | FIRST_PERSON_SINGULAR
                ]
            found = next(
                (m for s in speakers if (m := _speaker(links, s, plural=plural)) is not None),
                None,
            )
            if found is not None and sides_only and found.actor.type is ActorType.PERSON:
                break  # the side may be named by an agent noun yet: the later pass
            if found is not None:
                links.add(LinkedMention(token.i, token.i + 1, found.actor, "coref"))
                break
