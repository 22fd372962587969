"""Repairs of the parse: a clause the parser read as one noun phrase.

The small English model reads some short clauses of news as a noun phrase with no verb:
in "A Moscow court jailed opposition activist Ilya Yashin" or "Macron hosted Zelenskiy
at the Elysee" the verb becomes an adjective ("amod") of the object, which heads the
sentence. The component ``kg_clause_repair`` (after the parser) gives such a sentence its
clause back, so that every reading of subject, verb and object applies to it:

- the verb heads the sentence;
- the noun phrase before it is its subject;
- the head of the sentence is its direct object;
- what the old head governed before the verb (an opening "Earlier this month,") and its
  adverbials of time and place after it ("in the White House", "for 25 years", the
  closing stop) hang on the verb.

Only a sentence with no finite verb of its own is repaired, and only a past-tense verb
(or a participle) that follows a noun, a name or a number ("three ignored summonses"), or
an agent noun the tagger took for an adjective ("Myanmar's military bombed ..."): a
participle after a determiner, an adverb or a hyphen ("the so-called area", "carefully
planned", "Iran-backed") is an adjective, and one with a "by" phrase is a participle.

The model also reads the verb right after a sentence's subject as a reduced relative
clause of it ("Leavitt called Ford's comments insulting", read as "a man called X"): a
past tense ("VBD") that modifies ("acl") the head of its sentence, follows it at once and
has an object, in a sentence with no other finite verb, heads the sentence again with
that head as its subject (a participle so, only after a bare name: "a militia called
Hamas" stays a noun phrase).
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

__all__ = ["repair_clauses"]

#: Dependents of a noun that the subject keeps when the parse is repaired.
_NOUN_MODIFIERS = frozenset({"det", "poss", "amod", "compound", "nummod", "nmod"})
#: Tags of a finite verb: a sentence with one has a clause of its own.
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: Parts of speech that end a subject noun phrase.
_NOMINAL = frozenset({"NOUN", "PROPN", "NUM"})
#: Dependents of the object that belong to the clause once repaired (after the object).
_ADVERBIALS = frozenset({"prep", "npadvmod", "advmod", "punct", "advcl"})
#: Prepositions of time and place, which tell of the act (others, "talks between X and
#: Y", "aid to Y", belong to the noun they follow).
_WHEN_WHERE = frozenset(
    {"in", "at", "on", "for", "during", "after", "before", "near", "since", "until", "inside"}
)


@Language.component("kg_clause_repair")
def repair_clauses(doc: Doc) -> Doc:
    """Give a clause read as a noun phrase its verb, subject and object back."""
    strings = doc.vocab.strings
    table = doc.to_array([DEP, TAG])
    # (the participles and past tenses the parser made modifiers: few docs have one)
    found = numpy.flatnonzero(
        (table[:, 0] == strings.add("amod"))
        & ((table[:, 1] == strings.add("VBD")) | (table[:, 1] == strings.add("VBN")))
    )
    done: set[int] = set()
    for index in found.tolist():
        sentence = doc[index].sent
        if sentence.start in done:
            continue
        done.add(sentence.start)
        verb = _verb_read_as_modifier(sentence)
        if verb is not None:
            _repair(sentence, verb)
    # (the past tenses the parser made a relative clause of the sentence's head)
    relative = numpy.flatnonzero(
        (table[:, 0] == strings.add("acl"))
        & ((table[:, 1] == strings.add("VBD")) | (table[:, 1] == strings.add("VBN")))
    )
    for index in relative.tolist():
        verb = doc[index]
        sentence = verb.sent
        if sentence.start not in done and _verb_read_as_relative(sentence, verb):
            done.add(sentence.start)
            _restore_subject(sentence, verb)
    return doc


#: Dependents of a verb that make it a clause's verb with an object.
_OBJECTS = frozenset({"dobj", "oprd", "ccomp"})


def _verb_read_as_relative(sentence: Span, verb: Token) -> bool:
    """Whether ``verb``, a past tense modifying the sentence's head, is its verb."""
    root = sentence.root
    if verb.head.i != root.i or root.pos_ not in ("NOUN", "PROPN") or verb.i != root.i + 1:
        return False
    if not any(c.dep_ in _OBJECTS for c in verb.children):
        return False
    # (a participle after a bare name, "Khamenei called Trump ...", not "a militia called
    # Hamas")
    if verb.tag_ == "VBN" and (root.pos_ != "PROPN" or any(c.dep_ == "det" for c in root.children)):
        return False
    return not any(t.tag_ in _FINITE for t in sentence if t.i != verb.i)


def _restore_subject(sentence: Span, verb: Token) -> None:
    """Make ``verb`` head the sentence, with the old head as its subject."""
    root = sentence.root
    after = [c for c in root.children if c.i > verb.i]
    verb.head = verb
    verb.dep_ = "ROOT"
    root.head = verb
    root.dep_ = "nsubj"
    for child in after:
        child.head = verb


def _verb_read_as_modifier(sentence: Span) -> Token | None:
    """The past-tense verb the parser made a modifier of the object, if any."""
    root = sentence.root
    if root.pos_ not in ("NOUN", "PROPN"):
        return None
    found = None
    for token in sentence:
        if token.tag_ in _FINITE:
            if found is not None or token.dep_ != "amod":
                return None  # a finite verb of its own, or two candidates
            found = token
        elif token.tag_ == "VBN" and token.dep_ == "amod" and found is None:
            found = token
    if found is None:
        return None
    doc = sentence.doc
    if not (sentence.start < found.i < root.i and found.head.i > found.i):
        return None
    before = doc[found.i - 1]
    if not before.whitespace_ or not _nominal(before):
        return None
    if any(c.dep_ in ("agent", "prep") and c.lower_ == "by" for c in found.children):
        return None  # "troops trained by Russia": a participle
    after = doc[found.i + 1]
    if after.is_punct or after.i > root.i:
        return None
    return found


def _nominal(token: Token, *, pronoun: bool = False) -> bool:
    """Whether ``token`` can end a subject noun phrase.

    A noun, a name, a number (a pronoun, if ``pronoun``), or an agent noun the tagger
    took for an adjective ("Myanmar's military").
    """
    if token.pos_ in _NOMINAL or (pronoun and token.pos_ == "PRON"):
        return True
    if token.pos_ != "ADJ":
        return False
    from kg.resolve.agents import load_agents  # (kg.resolve loads the pipeline's parts)

    return (token.lower_,) in load_agents().phrases


def _subject(sentence: Span, verb: Token) -> Token | None:
    """The head of the noun phrase that ends right before ``verb``."""
    token = verb.doc[verb.i - 1]
    while sentence.start <= token.head.i < verb.i and token.head.i != token.i:
        token = token.head
    if token.head.i == token.i or not _nominal(token, pronoun=True):
        return None
    return token


def _repair(sentence: Span, verb: Token) -> None:
    root = sentence.root
    subject = _subject(sentence, verb)
    if subject is None:
        return
    before = [c for c in root.children if c.i < verb.i and c.i != subject.i]
    # (what the old head had before the subject and that belongs to it: "Myanmar's" in
    # "Myanmar's military bombed ...")
    own = [c for c in before if c.i < subject.i and c.dep_ in _NOUN_MODIFIERS]
    before = [c for c in before if c not in own]
    after = [
        c
        for c in root.children
        if c.i > root.i and c.dep_ in _ADVERBIALS and (c.dep_ != "prep" or c.lower_ in _WHEN_WHERE)
    ]
    verb.head = verb
    verb.dep_ = "ROOT"
    verb.tag_ = "VBD"  # ("hosted" tagged as a participle)
    verb.pos_ = "VERB"
    root.head = verb
    root.dep_ = "dobj"
    subject.head = verb
    subject.dep_ = "nsubj"
    if subject.pos_ == "ADJ":
        subject.pos_ = "NOUN"  # ("military" tagged as an adjective)
        subject.tag_ = "NN"
    for child in own:
        child.head = subject
    for child in (*before, *after):
        child.head = verb
