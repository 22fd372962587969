"""What surrounds an assertion: modality, attribution, event date and place.

- **Modality** is read on the trigger's *clause path*: the trigger and the words that
  embed it as a complement ("did not launch strikes", "denied supporting",
  "accused X of launching", "threatened to strike", "will attack ... if").
- **Attribution**: "according to X", and the subject of a reporting verb whose
  complement holds the trigger ("X said ...", "..., CentCom stated").
- **Date**: the sentence's date expression nearest the trigger, resolved against the
  article date ("on Wednesday", "last week", "January 3").
- **Place**: "in/at/near X" on the trigger or its head, where X is a state or place.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from kg.extract.lexicon import LIGHT_VERBS, is_event_noun, words
from kg.types import ActorType, Modality
from kg.wordclasses import (
    APPEAL_NOUNS,
    CHARGED_TO,
    PURSUING_VERBS,
    PURSUIT_NOUNS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    STRIVING_FOR,
    dependents,
    entities,
    per_doc,
)

__all__ = [
    "SPEECH_VERBS",
    "ModalityCue",
    "alleged_above",
    "clause_path",
    "event_date",
    "modality_of",
    "questioned",
    "refusal_modality",
    "reports_done",
    "resolve_date",
]

#: Verbs whose content is the subject's claim or view ("regards Y as an arm of Z").
_ALLEGING = words("claim allege accuse charge suspect blame regard view")
#: Verbs of owning up to an act: negated, the act is left to others' reports.
_CONFIRMING = words("confirm acknowledge admit")
#: Verbs of report whose passive puts what follows in others' mouths: "X is said (believed,
#: reported, thought) to have armed Y".
_REPORTED_PASSIVES = words("say report believe think rumor rumour understand fear")
#: Verbs of asking, whose "whether" or "if" clause is a question.
_ASKING = words("ask wonder inquire enquire question query")
_QUESTION_MARKS = words("whether if")
#: Verbs that negate their complement: "denied arming", "refused to meet", "failed to
#: reach", "vetoed an aid package for Y".
_DENYING = words("deny refute refuse decline fail veto block")
_INTENT_VERBS = PURSUING_VERBS | words(
    "threaten vow plan warn promise pledge intend consider offer agree prepare "
    "seek want propose willing ready prepared plot conspire hire recruit swear expect hope "
    "aim schedule weigh mull due apply aspire"
)
#: Participles of a schedule, in the passive only: "is set to meet", "is slated to visit"
#: (but "set up", "set fire to" are acts).
_SCHEDULED = words("set slate")
#: Nouns of a plan or an intention, whose infinitive is not done yet: "plans to send".
_INTENT_NOUNS = PURSUIT_NOUNS | words(
    "plan plans intention intent aim bid attempt effort threat offer proposal readiness "
    "willingness desire pledge promise vow commitment determination resolve"
)
#: What one is urged or asked to do is not done yet: "urged X and Y to avoid clashes".
#: Verbs whose object is there already: "urged Russia to halt its support for X".
_ENDING_VERBS = words("halt stop end cease suspend withdraw drop lift abandon curb reduce")
_REQUEST_VERBS = words("urge ask call press request appeal implore plead encourage demand seek")
#: Verbs that ask for an act only with an infinitive: "told Israel to allow aid".
_TELLING = words("tell want instruct direct advise require order command invite")
#: Verbs that make an act possible, in the present a standing permission: "the law
#: allows the army to detain suspects".
_PERMITTING = words("allow permit authorize authorise empower entitle enable")
#: Nouns whose content clause is a claim: "accusations that Rwanda supports the M23".
_CLAIM_NOUNS = words("accusation allegation claim charge report suspicion assertion rumor rumour")
#: Verbs that deny a claim named as their object: "rejected accusations that ...".
_DISMISSING = words("reject dismiss deny refute")
_LITOTES = words("hesitate rule")
_FUTURE_AUX = words("will would shall 'll wo")
#: Nouns of an invitation, whose infinitive is an act yet to come: "an invitation to visit".
_INVITATION_NOUNS = words("invitation invite")
#: Adjectives of an event yet to happen: "future talks", "a planned meeting".
_PROSPECTIVE = words(
    "future upcoming planned proposed possible potential prospective forthcoming "
    "expected scheduled eventual"
)
_POSSIBLE_AUX = words("could may might should must can")
_ALLEGED_ADVERBS = words("reportedly allegedly purportedly apparently probably presumably")
_ALLEGED_ADJECTIVES = words("alleged suspected reported purported")
_CONDITIONS = words("if unless")
#: Verbs that say an event happens: "a ceasefire could take place".
_OCCURRENCE_VERBS = words("take happen occur begin start resume come")
_COMPLEMENT_DEPS = frozenset(
    {"dobj", "obj", "xcomp", "ccomp", "pobj", "prep", "pcomp", "attr", "acomp", "conj", "agent"}
)


@dataclass(frozen=True, slots=True)
class ModalityCue:
    """A modality with the cue that set it (``neg``, ``deny``, ``future``...).

    ``if`` marks a consequence of a condition ("will strike Y if ..."), ``condition``
    the condition itself ("... if Y attacks").
    """

    modality: Modality
    cue: str = ""


_NEGATIVE_DETERMINERS = frozenset({"no", "neither"})


def _not_only(token: Token) -> bool:
    """Tell whether a "not" opens "not only ... but also", which negates nothing."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is not None and following.lower_ in ("only", "just", "merely")


def alleged_above(trigger: Token) -> bool:
    """Whether the trigger's clause is embedded in an accusation or a claim.

    "accused Russia of plotting to overthrow her government": what the plot would do is
    part of what is alleged, whatever cue set the trigger's own modality.
    """
    path = clause_path(trigger)
    purpose = _purpose_of(path[-1])
    if purpose is not None:
        # "accused Eritrea of sending soldiers to help Fano": the purpose is alleged too
        path = path + clause_path(purpose)
    return any(
        token.i != trigger.i
        and (
            token.lemma_ in _ALLEGING
            or (token.pos_ == "NOUN" and token.lemma_.lower() in _CLAIM_NOUNS)
        )
        for token in path
    )


def refusal_modality(trigger: Token) -> Modality:
    """Return the modality of the refusal that denies a trigger's act.

    "does not recognize the court" refuses it; "demanded that its partners refuse to
    recognize X" asks for a refusal; "will not accept" promises one.
    """
    path = clause_path(trigger)
    for index, token in enumerate(path):
        refusing = token.lemma_ in _DENYING or any(c.dep_ == "neg" for c in dependents(token))
        if not refusing:
            continue
        rest = path[index + 1 :]
        if any(t.lemma_ in _ALLEGING for t in rest):
            return Modality.ALLEGED
        if any(
            t.lemma_ in _REQUEST_VERBS or t.lemma_ in _INTENT_VERBS or t.lemma_ in _TELLING
            for t in rest
        ) or any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for t in path for c in dependents(t)):
            return Modality.HYPOTHETICAL
        return Modality.ASSERTED
    return Modality.ASSERTED


def _denied_after(clause: Token) -> bool:
    """Whether ``clause`` is misparsed as the complement of "a charge Y denies" after it.

    The claim noun comes out as the denying verb's object or, with the denier read as its
    apposition ("a charge Ukraine denies"), as its subject.
    """
    head = clause.head
    if clause.dep_ != "ccomp" or head.i < clause.i:
        return False
    if head.lemma_.lower() in _CLAIM_NOUNS:
        # "X accused Y of Z, charges Y denies" with "charges" read as the verb the
        # accusation is the complement of, and the denial as its own complement
        return any(
            c.dep_ in ("ccomp", "relcl") and c.i > head.i and _denying(c) for c in dependents(head)
        )
    return _denying(head) and any(
        c.dep_ in ("dobj", "obj", "nsubj")
        and clause.i < c.i < head.i
        # "a charge Abu Dhabi denies" with the claim noun a compound of the denier
        and (
            c.lemma_.lower() in _CLAIM_NOUNS
            or any(g.dep_ == "compound" and g.lemma_.lower() in _CLAIM_NOUNS for g in dependents(c))
        )
        for c in dependents(head)
    )


def _denying(verb: Token) -> bool:
    return verb.lemma_ in _DENYING or verb.lemma_ in _DISMISSING


def clause_path(trigger: Token) -> list[Token]:
    """Return the trigger and the words that embed it as a complement.

    "did not launch strikes" reaches "launch" from "strikes"; "strikes have not stopped
    the attacks" does not reach "stopped" (the trigger is its subject, not its object).
    """
    path = [trigger]
    current = trigger
    while current.head.i != current.i and len(path) < 6:
        if current.dep_ == "conj" and (
            current.tag_ in ("VBD", "VBZ", "VBP")
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in dependents(current))
        ):
            # "would not tolerate it and offered help", "had not planned to strike Poland
            # and that its drones had been attacking ...": a clause of its own
            break
        if (
            current.dep_ not in _COMPLEMENT_DEPS
            and not _claim_content(current)
            and not _requested(current)
            and not _intended(current)
            and not split_infinitive(current)
        ):
            break
        if current.dep_ == "prep" and current.i < current.head.i and current.head.pos_ == "VERB":
            # "In a call with X, Y pledged aid": a scene set before the clause is no
            # part of what the clause asserts, promises or denies
            break
        if (
            current.dep_ == "pcomp"
            and current.head.lower_ in ("with", "without")
            and any(c.dep_ == "nsubj" for c in dependents(current))
        ):
            # "the ceasefire did not hold, with Kyrgyzstan blaming Tajikistan": an
            # absolute clause with a subject of its own states its act apart
            break
        if _denied_after(current):
            # "X accused Y of Z, a charge Y denies", parsed as what Y denies: the
            # accusation stands, its charge is denied apart
            break
        current = current.head
        path.append(current)
    return path


def questioned(trigger: Token) -> bool:
    """Tell whether a trigger is inside an indirect question (once per trigger of a doc)."""
    known: dict[int, bool] = per_doc("questioned", trigger.doc, lambda _: {})
    found = known.get(trigger.i)
    if found is None:
        found = known[trigger.i] = _questioned(trigger)
    return found


def _questioned(trigger: Token) -> bool:
    """Tell whether a trigger is inside an indirect question.

    "Asked whether Washington would impose sanctions on Moscow, ...", "reporters asked
    if Kenya planned to send troops": what is asked is not stated, not even as possible.
    """
    return any(
        any(c.dep_ == "mark" and c.lower_ in _QUESTION_MARKS for c in dependents(token))
        and token.dep_ in ("ccomp", "advcl")
        and (
            token.head.lemma_.lower() in _ASKING
            # "Asked by VOA ..., if the U.S. was considering ..., Rubio said" with the
            # question hung beside the participle that asks it
            or any(
                c.dep_ == "advcl" and c.i < token.i and c.lemma_.lower() in _ASKING
                for c in dependents(token.head)
            )
        )
        for token in clause_path(trigger)
    )


def _intended(token: Token) -> bool:
    """Whether ``token`` is the act a plan or an intention names ("plans to send troops")."""
    return (
        token.dep_ == "acl"
        and token.head.lemma_.lower() in _INTENT_NOUNS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in dependents(token))
    )


#: Verbs whose gerund object is an act talked of: "discussed sharing intelligence".
_TOPIC_VERBS = words("discuss explore debate")
#: Prepositions of time whose event has taken place whatever the clause says of its own
#: act: "would not accept a deal after meeting Zelensky" met him.
_FACTIVE_TIME = words("after following since during upon")


def _after_the_fact(path: list[Token], index: int) -> bool:
    """Whether the path reaches ``path[index]`` from a past event set in a time phrase.

    "Warsaw would not accept any deal, after meeting Zelensky in Kyiv": the negation of
    "accept" leaves the meeting asserted (a future still makes it a plan: "will travel
    to Beijing after meeting Modi").
    """
    return any(
        t.dep_ == "prep" and t.lower_ in _FACTIVE_TIME and t.i > t.head.i for t in path[1:index]
    )


def split_infinitive(token: Token) -> bool:
    """Whether ``token`` is an intent verb's infinitive that the parser hung as an adverbial.

    "threatened on Wednesday to retaliate against Israel": the adverb between the verb and
    its infinitive makes the parser read a purpose clause, but the infinitive says what is
    threatened, as in "threatened to retaliate". A verb with a direct object before the
    infinitive ("threatened the envoy to ...") keeps its purpose reading.
    """
    head = token.head
    return (
        token.dep_ == "advcl"
        and token.i > head.i
        and head.lemma_ in _INTENT_VERBS
        and head.pos_ == "VERB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in dependents(token))
        and not any(c.dep_ in ("dobj", "obj", "dative") and c.i < token.i for c in dependents(head))
    )


def reports_done(verb: Token) -> bool:
    """Whether a finite clause reports a past act: "had detained", "detained", "has seized"."""
    auxiliaries = {c.lower_ for c in dependents(verb) if c.dep_ == "aux"}
    if auxiliaries & (_FUTURE_AUX | _POSSIBLE_AUX):
        return False
    return verb.tag_ == "VBD" or (
        verb.tag_ == "VBN" and bool(auxiliaries & {"had", "has", "have", "'d", "'s", "'ve"})
    )


def _requested(token: Token) -> bool:
    """Whether ``token`` is the act a request asks for ("called for X to release Y")."""
    return (
        (
            token.dep_ == "advcl"
            and (token.head.lemma_ in _REQUEST_VERBS or _makes_appeal(token.head))
        )
        # "stepped up pressure on Y to sign a deal": the infinitive on the appeal noun
        or (token.dep_ == "acl" and token.head.lemma_.lower() in APPEAL_NOUNS)
    ) and any(c.dep_ == "aux" and c.lower_ == "to" for c in dependents(token))


def _makes_appeal(verb: Token) -> bool:
    """Whether a verb's object is an appeal: "renewed its call on Y to release X"."""
    return any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in APPEAL_NOUNS for c in dependents(verb)
    )


def _claim_content(token: Token) -> bool:
    """Whether ``token`` heads the content clause of a claim ("claims that X attacked")."""
    return (
        token.dep_ == "acl"
        and token.head.lemma_.lower() in _CLAIM_NOUNS
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in dependents(token))
    )


def _instead(token: Token) -> bool:
    """Whether a verb names what is not done in place of another act.

    "would pull back rather than fight alongside US aircraft", "instead of attacking
    Israel, Hezbollah held fire".
    """
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].lower_ == "than" and doc[token.i - 2].lower_ == "rather":
        return True
    return (
        token.dep_ == "pcomp" and token.head.lower_ == "of" and token.head.head.lower_ == "instead"
    )


#: Nouns of speech acts, made once their author is named whatever the clause says of
#: them: "denied accusations by Eritrea" denies their content, not that Eritrea made them;
#: "refused U.S. demands" refuses the demands made.
_AUTHORED_ACTS = _CLAIM_NOUNS | APPEAL_NOUNS | words("ultimatum criticism condemnation")


def _named_author(noun: Token) -> bool:
    """Whether a speech-act noun names its author.

    "U.S. demands", "an Egyptian demand", "accusations by Eritrea", "calls from Washington".
    """
    return any(
        (c.dep_ in ("compound", "amod") and (c.pos_ == "PROPN" or c.is_title))
        or (
            c.dep_ == "prep"
            and c.lower_ in ("by", "from")
            and any(
                p.dep_ == "pobj" and (p.pos_ == "PROPN" or p.is_upper or p.is_title)
                for p in dependents(c)
            )
        )
        for c in dependents(noun)
    )


def modality_of(trigger: Token, *, by_possessor: bool = True) -> ModalityCue:
    """Return the modality of the statement a trigger makes, with its cue.

    Read once per trigger of a doc (each of a trigger's candidates asks again); see
    :func:`_modality_of`.
    """
    known: dict[tuple[int, bool], ModalityCue] = per_doc("modality_of", trigger.doc, lambda _: {})
    key = (trigger.i, by_possessor)
    cue = known.get(key)
    if cue is None:
        cue = known[key] = _modality_of(trigger, by_possessor)
    return cue


def _modality_of(trigger: Token, by_possessor: bool) -> ModalityCue:
    """Return the modality of the statement a trigger makes, with its cue.

    An event noun with its author as possessor ("Russia's war against Ukraine") names an
    event taken as given: what the clause around it says (an offer of support for it, a
    plan to end it) leaves it asserted. Not so for another party's part in it
    (``by_possessor`` false): "Kazakhstan did not join Russia's war" denies Kazakhstan's.
    """
    presupposed = trigger.pos_ == "NOUN" and (
        (by_possessor and any(c.dep_ == "poss" and c.pos_ != "PRON" for c in dependents(trigger)))
        or (trigger.lemma_.lower() in _AUTHORED_ACTS and _named_author(trigger))
    )
    path = [trigger] if presupposed else clause_path(trigger)
    if any(
        t.lemma_.lower() in ROLE_NOUNS
        and any(c.dep_ == "amod" and c.lower_ in _ALLEGED_ADJECTIVES for c in dependents(t))
        for t in path[1:3]
    ):
        return ModalityCue(Modality.ALLEGED, "allege")  # "his alleged role in supporting Y"
    if trigger.pos_ == "NOUN" and any(
        c.dep_ == "amod" and c.lower_ in _ALLEGED_ADJECTIVES for c in dependents(trigger)
    ):
        # "Kyiv's alleged support for Tuareg rebels", "a suspected Israeli strike on Y"
        return ModalityCue(Modality.ALLEGED, "allege")
    for index, token in enumerate(path):
        if token.lower_ == "without" and index > 0 and path[index - 1].dep_ in ("pcomp", "pobj"):
            # "signed the deal without consulting Asmara", "took the town without a
            # fight": an act that did not happen
            return ModalityCue(Modality.DENIED, "without")
        # "did not attack"; "has no presence in Y", "no members of X", "no longer allies"
        negated = any(
            (c.dep_ == "neg" and not _not_only(c))
            or (c.lower_ == "longer" and any(g.lower_ == "no" for g in dependents(c)))
            or (c.dep_ == "det" and c.lower_ in _NEGATIVE_DETERMINERS)
            for c in dependents(token)
        ) and not _after_the_fact(path, index)
        if (
            index > 0
            and token.lemma_ in ("have", "be")
            and path[index - 1].dep_ == "xcomp"
            and any(c.lower_ == "yet" and c.dep_ == "advmod" for c in dependents(token))
        ):
            # "have yet to agree", "is yet to meet Y": not done so far (no refusal)
            return ModalityCue(Modality.DENIED, "yet")
        if _instead(token):
            return ModalityCue(Modality.DENIED, "instead")
        # "will not hesitate to strike" is a threat, not a denial.
        if negated and token.lemma_ in _LITOTES:
            return ModalityCue(Modality.HYPOTHETICAL, "future")
        if (
            negated
            and token.i != trigger.i
            and token.lemma_ in _CONFIRMING
            and path[index - 1].dep_ == "ccomp"
        ):
            # "Israel has not confirmed that it carried out the strike": others say so
            return ModalityCue(Modality.ALLEGED, "unconfirmed")
        # "did not attack"; but "did not say that X attacked" is no denial.
        if negated and (token.lemma_ not in SPEECH_VERBS or token.i == trigger.i):
            return ModalityCue(Modality.DENIED, "neg")
        if (
            token.i != trigger.i
            and token.lemma_ in _DENYING
            # (not a verb the trigger is coordinated with: "were blocked and rammed by Y")
            and path[index - 1].dep_ != "conj"
            # (nor one whose time phrase names an event past: "refused to reopen the
            # crossing after talks with Y")
            and not _after_the_fact(path, index)
        ):
            return ModalityCue(Modality.DENIED, "deny")
        if (
            token.lemma_ in _DISMISSING
            and index > 1
            and path[index - 1].lemma_.lower() in _CLAIM_NOUNS
            and _claim_content(path[index - 2])
        ):
            # "rejected accusations that it supports the M23": the claim is denied
            return ModalityCue(Modality.DENIED, "deny")
    if (
        trigger.dep_ == "acl"
        and trigger.head.lemma_.lower() in _INVITATION_NOUNS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in dependents(trigger))
    ):
        # "accepted an invitation to visit Pyongyang": the visit is yet to come
        return ModalityCue(Modality.HYPOTHETICAL, "invitation")
    if trigger.pos_ == "NOUN" and any(
        c.dep_ == "amod" and c.lower_ in _PROSPECTIVE for c in dependents(trigger)
    ):
        # "future negotiations with China", "the planned meeting between X and Y": an
        # event yet to happen (its own cue: no offer or threat is read off it)
        return ModalityCue(Modality.HYPOTHETICAL, "prospect")
    if trigger.pos_ == "NOUN" and any(
        c.dep_ == "relcl"
        and c.lemma_ in _INTENT_VERBS
        and c.lemma_ != "agree"
        and not any(
            o.dep_ in ("dobj", "obj") and o.tag_ not in ("WDT", "WP") for o in dependents(c)
        )
        for c in dependents(trigger)
    ):
        # "the deal Ankara wants with Cairo", "the strikes Israel is considering against
        # Iran": an event the relative clause wishes or plans (but "the deal Kenya agreed
        # with Uganda" was made)
        return ModalityCue(Modality.HYPOTHETICAL, "intent")
    for index, token in enumerate(path):
        children = list(dependents(token))
        if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in children):
            return ModalityCue(Modality.HYPOTHETICAL, "condition")
        if any(c.lower_ in _ALLEGED_ADVERBS for c in children):
            return ModalityCue(Modality.ALLEGED, "reportedly")
        # ("soldiers were killed in an ambush blamed on Y": the event the trigger's
        # victims fell in)
        events = (
            [
                p
                for c in children
                if c.dep_ == "prep" and c.lower_ in ("in", "during")
                for p in dependents(c)
                if p.dep_ == "pobj"
            ]
            if index == 0 and token.pos_ == "VERB"
            else []
        )
        if any(
            (c.i == token.i or c.dep_ in ("nsubj", "nsubjpass", "pobj"))
            and any(
                ((g.dep_ == "acl" and g.tag_ == "VBN") or (g.dep_ == "relcl" and c in events))
                and g.lemma_ in CHARGED_TO
                for g in dependents(c)
            )
            for c in (token, *children, *events)
        ):
            # "the strike, blamed on Israel, killed ...": its author is a charge
            return ModalityCue(Modality.ALLEGED, "allege")
        if (
            token.i != trigger.i
            and token.lemma_ in _ALLEGING
            # "claimed responsibility for the attack" is no allegation; "claims Russia
            # used chemical weapons" is
            and (token.lemma_ not in LIGHT_VERBS or path[index - 1].dep_ == "ccomp")
            # "blamed the BNP and its ally Jamaat for the violence": who is blamed is
            # named as such, the charge is what follows (but "blamed the attack on Y")
            and not (
                path[index - 1].dep_ in ("dobj", "obj")
                and trigger.pos_ == "NOUN"
                and not is_event_noun(trigger.lemma_.lower())
            )
        ):
            return ModalityCue(Modality.ALLEGED, "allege")
        if token.i != trigger.i and token.pos_ == "NOUN" and token.lemma_.lower() in _CLAIM_NOUNS:
            return ModalityCue(Modality.ALLEGED, "allege")  # "amid claims that X armed Y"
        if (
            token.i != trigger.i
            and token.lemma_ in _REPORTED_PASSIVES
            and any(c.dep_ == "auxpass" for c in children)
            and path[index - 1].dep_ == "xcomp"
        ):
            # "X is believed (said, reported) to have supplied missiles to Y"
            return ModalityCue(Modality.ALLEGED, "reportedly")
        if (
            token.i != trigger.i
            and token.pos_ == "NOUN"
            and token.lemma_.lower() in _INTENT_NOUNS
            and any(t.lower_ in ("for", "of") for t in path[1:index])
        ):
            # "a proposal for a truce", "its intention of annexing Crimea"
            return ModalityCue(Modality.HYPOTHETICAL, "intent")
        if token.i != trigger.i and token.lemma_ in _INTENT_VERBS:
            if path[index - 1].dep_ == "ccomp" and reports_done(path[index - 1]):
                # "warned that the authorities had detained new dissidents": a report of
                # what was done, no intent; a warning's is the warner's claim
                if token.lemma_ == "warn":
                    return ModalityCue(Modality.ALLEGED, "allege")
                continue
            if token.tag_ == "VBD" and _after_the_fact(path, index):
                # "agreed to strengthen cooperation after talks with Somalia", "promised
                # aid during a visit to Kyiv": the talks, the visit took place
                continue
            return ModalityCue(Modality.HYPOTHETICAL, "intent")
        if (
            index > 1
            and path[index - 1].dep_ == "prep"
            and path[index - 2].dep_ == "pobj"
            and path[index - 1].lower_ in STRIVING_FOR.get(token.lemma_.lower(), ())
        ):
            # "is pushing for a peace treaty with Y", "is open to talks with Y": sought
            return ModalityCue(Modality.HYPOTHETICAL, "intent")
        if (
            index > 0
            and token.lemma_ == "look"
            and path[index - 1].dep_ == "xcomp"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in dependents(path[index - 1]))
        ):
            # "is looking to expand cooperation with Y": sought
            return ModalityCue(Modality.HYPOTHETICAL, "intent")
        if (
            index == 1
            and trigger.tag_ == "VBG"
            and trigger.dep_ in ("dobj", "obj", "xcomp")
            and token.lemma_ in _TOPIC_VERBS
        ):
            # "met to discuss sharing intelligence": an act talked of, not done
            return ModalityCue(Modality.HYPOTHETICAL, "intent")
        if (
            token.i != trigger.i
            and token.lemma_ in _SCHEDULED
            and any(c.dep_ == "auxpass" for c in dependents(token))
        ):
            return ModalityCue(Modality.HYPOTHETICAL, "intent")  # "is set to meet Putin"
        if index > 0 and _intended(path[index - 1]):
            return ModalityCue(Modality.HYPOTHETICAL, "intent")  # "plans to send troops"
        if (
            token.i != trigger.i
            and token.lemma_ in _REQUEST_VERBS
            and (
                trigger.pos_ == "VERB"
                # "demanded that the army disarm Hezbollah" with "disarm" tagged a noun
                or {"nsubj", "dobj"} <= {c.dep_ for c in dependents(trigger)}
                or any(t.lower_ == "for" for t in path[1:index])
                # (but "pressed its offensive", "pressed a campaign against Y" carry
                # the act on: "press" asks only for what comes after "for")
                or (index == 1 and trigger.dep_ in ("dobj", "obj") and token.lemma_ != "press")
                # "urged the army to accept a truce": the truce asked for (not "a truce
                # in the Russia-Ukraine war": the war is there)
                or (
                    index == 2
                    and trigger.dep_ in ("dobj", "obj")
                    and path[1].dep_ in ("xcomp", "advcl")
                    and path[1].lemma_ not in _ENDING_VERBS
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in dependents(path[1]))
                )
            )
        ):
            # "urged Y to attack", "called for a ceasefire between X and Y", "demanded
            # the withdrawal of X's troops"
            return ModalityCue(Modality.HYPOTHETICAL, "request")
        if (
            index > 0
            and token.lemma_ in _TELLING
            and path[index - 1].dep_ in ("xcomp", "ccomp")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in dependents(path[index - 1]))
        ):
            # "told Israel to allow aid", "wants Germany to send tanks" (but "told
            # reporters that X attacked" reports a fact)
            return ModalityCue(Modality.HYPOTHETICAL, "request")
        if (
            index > 0
            and token.lemma_ in _PERMITTING
            and token.tag_ in ("VBZ", "VBP")
            and path[index - 1].dep_ in ("xcomp", "ccomp")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in dependents(path[index - 1]))
        ):
            # "the law allows the government to seize the party's assets": an act made
            # possible, not done (but "allowed aid trucks to enter" tells what happened)
            return ModalityCue(Modality.HYPOTHETICAL, "possible")
        if (
            index > 0
            and path[index - 1].dep_ in ("xcomp", "advcl")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in dependents(path[index - 1]))
            and _makes_appeal(token)
        ):
            # "renewed its call on the junta to release X": what it is called on to do
            return ModalityCue(Modality.HYPOTHETICAL, "request")
        if (
            index > 0
            and path[index - 1].dep_ == "acl"
            and token.lemma_.lower() in APPEAL_NOUNS
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in dependents(path[index - 1]))
        ):
            # "stepped up pressure on Y to sign a deal": what Y is pressed to do
            return ModalityCue(Modality.HYPOTHETICAL, "request")
        if token.pos_ in ("VERB", "AUX", "ADJ"):
            auxiliaries = {c.lower_ for c in children if c.dep_ == "aux"}
            if auxiliaries & (_FUTURE_AUX | _POSSIBLE_AUX):
                # "will halt the talks if ...", "may halt mediation if ...": a condition
                conditional = any(
                    c.dep_ == "advcl" and any(m.lower_ in _CONDITIONS for m in dependents(c))
                    for c in children
                )
                if conditional:
                    return ModalityCue(Modality.HYPOTHETICAL, "if")
                if auxiliaries & _FUTURE_AUX:
                    return ModalityCue(Modality.HYPOTHETICAL, "future")
                return ModalityCue(Modality.HYPOTHETICAL, "possible")
    top = path[-1]
    if top.dep_ == "advcl" and any(c.lower_ in _CONDITIONS for c in dependents(top)):
        return ModalityCue(Modality.HYPOTHETICAL, "condition")
    if trigger.dep_ == "nsubj" and trigger.head.lemma_ in _OCCURRENCE_VERBS:
        if any(c.dep_ == "neg" for c in dependents(trigger.head)):
            return ModalityCue(Modality.DENIED, "neg")  # "the meeting did not take place"
        # "a ceasefire could take place", "talks will begin": an event yet to happen
        auxiliaries = {c.lower_ for c in dependents(trigger.head) if c.dep_ == "aux"}
        if auxiliaries & (_POSSIBLE_AUX | _FUTURE_AUX):
            return ModalityCue(Modality.HYPOTHETICAL, "possible")
    purpose = _purpose_of(top)
    if purpose is not None and (
        trigger.pos_ == "VERB" or (trigger.dep_ in ("dobj", "obj") and trigger.head.i == top.i)
    ):
        # "denied sending troops to support the M23", "accused Eritrea of sending
        # soldiers to help Fano", "plans to send troops to fight al-Shabaab": the purpose
        # is no more done than the act it is the purpose of (an offer or a threat is
        # the act's, not read again off its purpose; and "to weaken Egyptian ties with
        # Greece" leaves the ties there)
        cue = modality_of(purpose)
        if cue.modality is not Modality.ASSERTED:
            return ModalityCue(cue.modality, "purpose")
    return ModalityCue(Modality.ASSERTED)


def _purpose_of(clause: Token) -> Token | None:
    """Return the verb whose purpose infinitive ``clause`` is ("sent troops to fight Y")."""
    if (
        clause.dep_ == "advcl"
        and clause.head.i != clause.i
        and clause.head.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in dependents(clause))
        and not any(c.dep_ == "mark" for c in dependents(clause))
    ):
        return clause.head
    return None


def governors(token: Token) -> Iterator[Token]:
    """Yield the heads above ``token`` up to the root."""
    current = token
    while current.head.i != current.i:
        current = current.head
        yield current


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def resolve_date(text: str, base: dt.date | None) -> dt.date | None:
    """Resolve a date expression against the article date.

    >>> resolve_date("on Wednesday", dt.date(2024, 1, 25))
    datetime.date(2024, 1, 24)
    >>> resolve_date("last week", dt.date(2024, 1, 25))
    datetime.date(2024, 1, 18)
    >>> resolve_date("earlier this month", dt.date(2024, 1, 25))
    datetime.date(2024, 1, 1)
    >>> resolve_date("January 3, 2024", None)
    datetime.date(2024, 1, 3)
    """
    if base is None:
        return _resolve_date(text, base)  # (against today, which changes)
    return _resolve_dated(text, base)


@lru_cache(maxsize=4096)
def _resolve_dated(text: str, base: dt.date) -> dt.date | None:
    """Return :func:`resolve_date` against an article's date, kept per expression and date.

    The same few expressions ("on Tuesday", "last week") come back for many triggers.
    """
    return _resolve_date(text, base)


def _resolve_date(text: str, base: dt.date | None) -> dt.date | None:
    lower = text.lower().strip()
    if base is not None:
        for index, day in enumerate(_WEEKDAYS):
            if re.search(rf"\b{day}\b", lower) and not re.search(r"\bnext\b", lower):
                delta = (base.weekday() - index) % 7
                return base - dt.timedelta(days=delta)
        if lower in ("today", "this morning", "tonight", "this evening", "this afternoon"):
            return base
        if lower in ("yesterday", "last night"):
            return base - dt.timedelta(days=1)
        if re.search(r"\b(last|previous|past) week\b", lower):
            return base - dt.timedelta(days=7)
        if re.search(r"\b(earlier )?this month\b", lower):
            return base.replace(day=1)
        if re.search(r"\b(last|previous|past) month\b", lower):
            return (base.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    return _parse_absolute(lower, base)


_MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTH_NUMBERS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>\d{4}))?"
#: "March 5, 2024", "Dec. 12", "5 March 2024", "the 1st of May", "2024-03-05".
_ABSOLUTE_DATES = (
    re.compile(rf"\b{_MONTH}\s+{_DAY}\b{_YEAR}(?!\d)"),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?![a-z]){_YEAR}(?!\d)"),
    re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b"),
)


@lru_cache(maxsize=4096)
def _parse_absolute(text: str, base: dt.date | None) -> dt.date | None:
    """A calendar date with a day and a month ("March 5", "5 March 2024", "2024-03-05").

    A date without a year is the last such day on or before ``base`` (today without one);
    a month or year alone ("April 2023", "the 1990s") is no day and gives None.
    """
    for pattern in _ABSOLUTE_DATES:
        found = pattern.search(text)
        if found is None:
            continue
        month = found["month"]
        number = int(month) if month.isdigit() else _MONTH_NUMBERS[month]
        day = int(found["day"])
        reference = base or dt.date.today()
        try:
            if found["year"]:
                return dt.date(int(found["year"]), number, day)
            date = dt.date(reference.year, number, day)
            return date if date <= reference else date.replace(year=reference.year - 1)
        except ValueError:  # "February 30", "2024-13-01", or February 29 of a common year
            return None
    return None


def _dates(doc: Doc) -> list[Span]:
    """The doc's DATE entities, read once per doc (``Doc.ents`` makes every span anew)."""
    return per_doc("dates", doc, lambda d: [ent for ent in entities(d) if ent.label_ == "DATE"])


def event_date(trigger: Token, base: dt.date | None) -> dt.date | None:
    """Return the date of the event a trigger names, from the sentence's dates.

    Read once per trigger of a doc and date (each of a trigger's candidates asks again).
    """
    known: dict[tuple[int, dt.date | None], dt.date | None]
    known = per_doc("event_date", trigger.doc, lambda _: {})
    key = (trigger.i, base)
    if key in known:
        return known[key]
    found = known[key] = _event_date(trigger, base)
    return found


def _event_date(trigger: Token, base: dt.date | None) -> dt.date | None:
    sent = trigger.sent
    dates = [e for e in _dates(trigger.doc) if e.start >= sent.start and e.end <= sent.end]
    if not dates:
        return None
    scope = trigger.head if trigger.head.i != trigger.i else trigger

    def outside(root: Token) -> bool:
        # not in the scope's subtree: read up the date's ancestors (a few tokens), not
        # down the scope's whole subtree
        return root.i != scope.i and not scope.is_ancestor(root)

    dates.sort(key=lambda ent: (outside(ent.root), abs(ent.root.i - trigger.i)))
    for ent in dates:
        resolved = resolve_date(ent.text, base)
        if resolved is not None:
            return resolved
    return None


PLACE_TYPES = (ActorType.STATE, ActorType.LOCATION)
