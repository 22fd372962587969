"""First-person pronouns in quoted speech resolve to the speaker.

"“We strongly reject the allegations made by Pakistan,” Indian foreign ministry
spokesperson Randhir Jaiswal told reporters": "We" is the side the speaker speaks for
(India, named in the speaker's title), "I" the speaker. The speaker is the subject of a
speech verb (:data:`kg.wordclasses.SPEECH_VERBS`) of the same sentence, or of the
sentence before or after when the quotation runs over several sentences.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.resolve.links import ActorLinks, LinkedMention
from kg.types import ActorType
from kg.wordclasses import FIRST_PERSON_PLURAL, FIRST_PERSON_SINGULAR, QUOTES, SPEECH_VERBS

__all__ = ["link_speakers"]


def _inside_quote(token: Token) -> bool:
    """Whether an odd number of quotation marks opens before ``token`` in its paragraph."""
    doc = token.doc
    count = 0
    i = token.i - 1
    while i >= 0 and "\n" not in doc[i].text:
        if doc[i].text in QUOTES:
            count += 1
        i -= 1
    return count % 2 == 1


def _speaker_tokens(sent: Span) -> list[Token]:
    """The subjects of the sentence's speech verbs."""
    found = []
    for token in sent:
        if token.lemma_.lower() in SPEECH_VERBS and token.pos_ == "VERB":
            found += [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
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
    if not mentions:
        return None
    persons = [m for m in mentions if m.actor.type is ActorType.PERSON]
    sides = [m for m in mentions if m.actor.type is not ActorType.PERSON]
    if plural:
        return sides[0] if sides else persons[0]
    return persons[0] if persons else None


def link_speakers(doc: Doc, links: ActorLinks) -> None:
    """Link "we"/"us"/"our" and "I"/"me"/"my" inside quotations to their speaker."""
    sents = list(doc.sents)
    index = {sent.start: n for n, sent in enumerate(sents)}
    for token in doc:
        lower = token.lower_
        plural = lower in FIRST_PERSON_PLURAL
        if not (plural or lower in FIRST_PERSON_SINGULAR) or token.i in links.by_token:
            continue
        if token.pos_ != "PRON" or (token.is_upper and len(token) > 1):
            continue  # "US" is a state, not "us"
        if not _inside_quote(token):
            continue
        n = index[token.sent.start]
        for near in (n, n + 1, n - 1):
            if not 0 <= near < len(sents):
                continue
            speakers = [
                s
                for s in _speaker_tokens(sents[near])
                if s.lower_ not in FIRST_PERSON_PLURAL | FIRST_PERSON_SINGULAR
            ]
            found = next(
                (m for s in speakers if (m := _speaker(links, s, plural=plural)) is not None),
                None,
            )
            if found is not None:
                links.add(LinkedMention(token.i, token.i + 1, found.actor, "coref"))
                break
