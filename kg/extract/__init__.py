"""Extract typed, directed assertions from a parsed article.

How it works: a spaCy :class:`~spacy.matcher.Matcher` finds the *trigger* words of every
relation (:mod:`kg.extract.lexicon`: verbs such as "strike", nouns such as "airstrike",
participles such as "Iran-backed"); then, for each trigger, *frames*
(:mod:`kg.extract.frames`) read the subject and the object off the dependency parse.
Every frame is a named rule with an example and a base confidence
(:data:`kg.extract.rules.RULES`, the rule table). Arguments must be actors
(:mod:`kg.extract.arguments`), except the places that ``controls`` and ``operatesIn``
point to (:mod:`kg.extract.territory`); modality, attribution, date and place come from
the trigger's context (:mod:`kg.extract.context`).

Four rules derive an assertion from another, as CAMEO and PLOVER code intents and
refusals: a stated future, offered or conditional act of cooperation ("Finland will give
Tanzania a grant") is also an asserted ``agreedWith``; a conditional or future hostile act
("Russia will halt the talks if ...") is also an asserted ``threatened``; an attack
prepared ("the army prepared to resume shelling Y") is an asserted ``mobilizedAgainst``;
an agreement refused or not reached ("failed to reach a deal") is an asserted
``rejected``. Only a trigger that is its clause's predicate derives an intent, and an
undertaking ("agreed to deploy peacekeepers") is no threat.
"""

from __future__ import annotations

import multiprocessing
from collections import defaultdict, deque
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import cache
from itertools import pairwise
from multiprocessing.pool import AsyncResult

from spacy.language import Language
from spacy.tokens import Doc, Token

from kg.extract.arguments import MEETINGS, Arguments, people_of
from kg.extract.context import (
    PLACE_TYPES,
    SPEECH_VERBS,
    ModalityCue,
    alleged_above,
    clause_path,
    event_date,
    governors,
    modality_of,
    questioned,
    refusal_modality,
    resolve_date,
)
from kg.extract.frames import (
    DEPLOYING,
    ENVOY_GROUPS,
    Candidate,
    Frames,
    arming_read_as_noun,
    for_grievance,
    leads_body_people,
    over_grievance,
)
from kg.extract.lexicon import (
    LEXICON,
    SYMMETRIC,
    TRIGGER_POS,
    is_event_noun,
    is_light_verb,
    trigger_matcher,
)
from kg.extract.patterns import static_rules
from kg.extract.rules import RULES, Rule
from kg.extract.standing import standing_candidates
from kg.gazetteer import Gazetteer
from kg.nlp import blank_dateline
from kg.places import place_country, preload
from kg.resolve import ActorLinks, link_actors
from kg.resolve.links import LinkedMention
from kg.types import Actor, ActorType, Article, Assertion, Mention, Modality, Relation
from kg.types import Span as TextSpan
from kg.wordclasses import (
    COMPASS_PARTS,
    CRAFT,
    NEWS_OUTLET_ENDINGS,
    NEWS_OUTLETS,
    RECOGNISING_VERBS,
    UNITS,
    VENUE_NOUNS,
    char_span,
    conjuncts_of,
    dependents,
    doc_text,
    per_doc,
    positions,
    read_sentences_once,
)

__all__ = [
    "LEXICON",
    "RULES",
    "Rule",
    "confidence_of",
    "extract_assertions",
    "extract_from_doc",
    "resolve_date",
]

_COOPERATIVE = frozenset(
    {
        Relation.AIDED,
        Relation.SUPPORTS,
        Relation.COOPERATED_WITH,
        Relation.CONSULTED,
        Relation.CONCEDED_TO,
        Relation.RETREATED_FROM,
    }
)
#: Acts that, announced for the future, are an offer to the other party: "will give Y a
#: grant", "will withdraw from Y". Future talks and cooperation ("will hold talks with Y",
#: "would resume cooperation with Y") are kept as they are, hypothetical.
_OFFERED = frozenset(
    {Relation.AIDED, Relation.SUPPORTS, Relation.CONCEDED_TO, Relation.RETREATED_FROM}
)
_HOSTILE = frozenset(
    {
        Relation.ATTACKED,
        Relation.COERCED,
        Relation.SANCTIONED,
        Relation.MOBILIZED_AGAINST,
        Relation.PROTESTED_AGAINST,
        Relation.REJECTED,
    }
)
#: Rules that read a standing fact off a noun phrase ("its Iranian backers", "the
#: Iran-backed militia"): the verb of the clause does not qualify it.
_STATIC_RULES = frozenset(
    {
        "title-apposition",
        "nominal-backer",
        "compound-participle",
        "np-part-of",
        "np-place",
        "pro-compound",
        "title-first-apposition",
        "title-of-apposition",
    }
)
_ACCORDING = frozenset({"according"})
_OBLIGATION_AUX = frozenset({"must", "should"})
_POSSIBILITY_AUX = frozenset({"could", "may", "might"})
_PREPARING = frozenset({"prepare", "prepared", "ready"})
_PLACE_RELATIONS = frozenset({Relation.CONTROLS, Relation.OPERATES_IN})
#: Relations with no direction (a fight is read both ways: each side attacked the other).
_UNDIRECTED = SYMMETRIC - {Relation.ATTACKED}
_BODIES = frozenset(
    {
        ActorType.INTERNATIONAL_ORGANIZATION,
        ActorType.ORGANIZATION,
        ActorType.ARMED_GROUP,
        ActorType.GOVERNMENT_BODY,
    }
)
_UNDERTAKINGS = frozenset(
    {"agree", "offer", "promise", "pledge", "accept", "consent", "willing", "ready", "commit"}
)
#: Words that make a future act of support an undertaking to its beneficiary ("promised
#: to defend Y", "offered to help Y"); a bare "will defend Y" or "would legitimise Y" is
#: a statement of intent or of effect, kept as the hypothetical support it is.
_SUPPORT_UNDERTAKINGS = _UNDERTAKINGS | frozenset({"vow", "assure", "guarantee", "swear"})
#: Verbs of declared backing, whose future is itself a pledge (CAMEO 03, "will support
#: Y's bid", "would back the resolution").
_BACKING = frozenset({"support", "back", "endorse"})
#: Verbs of wishing, which commit no one: "wanted to donate them to Y".
_WISHING = frozenset({"want", "hope", "wish", "seek", "aim", "expect", "like", "prefer"})
#: Verbs of weighing an act, which threaten no one: "is considering sanctions on Y".
_DELIBERATING = frozenset({"consider", "weigh", "mull", "propose", "discuss", "study"})
#: Verbs of keeping a measure in force, which threaten nothing new: "will keep its
#: sanctions on Y".
_KEEPING = frozenset({"keep", "maintain", "retain", "continue"})
#: Verbs over an act that make it no offer ("wanted to", "is considering", "would
#: continue to"), and those that make a hostile act no threat (an undertaking too).
_NO_OFFER = _WISHING | _DELIBERATING | _KEEPING
_NO_THREAT = _NO_OFFER | _UNDERTAKINGS


@cache
def confidence_of(rule: str, modality: Modality, *, coreference: bool) -> float:
    """Return an assertion's confidence from its rule, modality and coreference.

    The rule's base confidence, lowered by 0.05 for an argument found by coreference
    and by 0.1 for a statement that is not plainly asserted.

    >>> confidence_of("active-svo", Modality.ASSERTED, coreference=False)
    0.85
    >>> confidence_of("active-svo", Modality.DENIED, coreference=True)
    0.7
    """
    value = RULES[rule].confidence
    if coreference:
        value -= 0.05
    if modality is not Modality.ASSERTED:
        value -= 0.1
    return round(max(0.05, min(value, 0.99)), 2)


def _attribution(trigger: Token, args: Arguments) -> Actor | None:
    sent = trigger.sent
    for index in positions(trigger.doc, _ACCORDING):
        if sent.start <= index < sent.end - 1:
            for pobj in dependents(trigger.doc[index + 1]):
                if pobj.dep_ == "pobj":
                    actors = args.actors_of(pobj)
                    if actors:
                        return actors[0].actor
    # A speech verb reports the trigger's clause, it does not govern it as an object:
    # "continued a hunger strike" is no report.
    chain = list(governors(trigger))
    speech = [
        g
        for g, child in zip(chain, (trigger, *chain), strict=False)
        if g.lemma_ in SPEECH_VERBS and child.dep_ not in ("dobj", "obj", "nsubj", "nsubjpass")
    ]
    root = sent.root
    if root.lemma_ in SPEECH_VERBS and root.i != trigger.i and root not in chain:
        speech.append(root)
    for verb in speech:
        for child in dependents(verb):
            if child.dep_ == "nsubj":
                actors = args.actors_of(child)
                if actors:
                    return actors[0].actor
    return None


def _location(trigger: Token, links: ActorLinks, exclude: set[str]) -> Actor | None:
    scope = [trigger, trigger.head] if trigger.head.i != trigger.i else [trigger]
    # "struck Kataib Hezbollah positions in northern Iraq": the place of the object
    scope += [c for c in dependents(trigger) if c.dep_ in ("dobj", "obj")]
    for token in scope:
        for child in dependents(token):
            if child.dep_ == "prep" and child.lower_ in ("in", "at", "near", "inside"):
                for pobj in dependents(child):
                    mention = links.at(pobj) if pobj.dep_ == "pobj" else None
                    if (
                        mention is not None
                        and mention.actor.type in PLACE_TYPES
                        and mention.actor.id not in exclude
                    ):
                        return mention.actor
    return None


def _predicates(trigger: Token) -> bool:
    """Whether the trigger is the predicate of its clause (a verb, or a light verb's noun)."""
    if trigger.pos_ in ("VERB", "ADJ", "AUX"):
        return True
    return trigger.dep_ in ("dobj", "obj") and is_light_verb(trigger.head)


def _obliged(trigger: Token, *, conditional: bool) -> bool:
    """Whether the trigger's clause is put as an obligation or a possibility.

    A possibility with a condition is a threat or an offer all the same: "may halt its
    mediation if the parties do not cooperate".
    """
    auxiliaries = _OBLIGATION_AUX if conditional else _OBLIGATION_AUX | _POSSIBILITY_AUX
    return any(
        c.dep_ == "aux" and c.lower_ in auxiliaries
        for token in clause_path(trigger)
        for c in dependents(token)
    )


#: Verbs of giving way to what another presses for: refused, a rejection of it ("will
#: not bow to pressure from Y", "did not accept Y's demands", "refused to meet Y's
#: demands"; but "did not lift the curfew" rejects no one).
_YIELDING = frozenset(
    {"yield", "bow", "cave", "succumb", "capitulate", "concede", "accept", "meet"}
)


def _refuses(trigger: Token) -> bool:
    """Whether a denied agreement is a refusal rather than a denial of a report.

    "did not accept", "failed to reach a deal", "refused to sign" refuse; "denied
    agreeing" and "did not say it agreed" deny that an agreement was made.
    """
    for token in clause_path(trigger):
        if token.lemma_ in ("deny", "refute") or token.lemma_ in SPEECH_VERBS:
            return False
        if token.lemma_ in ("refuse", "decline", "fail") or any(
            c.dep_ == "neg" for c in dependents(token)
        ):
            return True  # the refusal comes before any report of it
    return True


def _derived(relation: Relation, cue: ModalityCue, trigger: Token) -> tuple[Relation, str] | None:
    """Return the relation and rule an intent or a refusal adds, if any."""
    if cue.modality not in (Modality.HYPOTHETICAL, Modality.DENIED):
        return None
    if _obliged(trigger, conditional=cue.cue == "if") or not _predicates(trigger):
        # "the US must be ready to mediate" puts a demand on the US, not its commitment;
        # "transfers would violate a U.N. embargo" says nothing of the embargo's future.
        return None
    if cue.modality is Modality.DENIED:
        # "failed to reach an agreement", "will not accept": a rejection; so "does not
        # recognize the court": recognition withheld
        refused = (
            relation is Relation.AGREED_WITH
            or (relation is Relation.SUPPORTS and trigger.lemma_ in RECOGNISING_VERBS)
            or (relation is Relation.CONCEDED_TO and trigger.lemma_ in _YIELDING)
        ) and cue.cue in ("neg", "deny")
        return (Relation.REJECTED, "refused-agreement") if refused and _refuses(trigger) else None
    if cue.cue == "if" and relation in _HOSTILE | {Relation.RETREATED_FROM}:
        return Relation.THREATENED, "intent-threat"
    path = clause_path(trigger)
    if (
        cue.cue in ("future", "intent", "if")
        and relation in _OFFERED
        and not any(t.lemma_ in _NO_OFFER for t in path)
        and (
            relation is not Relation.SUPPORTS
            or trigger.lemma_ in _BACKING
            or any(t.lemma_ in _SUPPORT_UNDERTAKINGS for t in path)
        )
        and not any(
            t.lemma_ in _UNDERTAKINGS
            and any(c.dep_ == "prep" and c.lower_ == "with" for c in dependents(t))
            for t in path
        )
    ):
        # "will give Y a grant", "would meet Y if ...": an offer (but "wanted to donate
        # them to Y" is a wish, "is considering aid to Y" a thought, and "would continue
        # to stand with Y" support kept up, no new offer, nor "will defend Y's government"
        # without a promise; and "agreed with Thai officials
        # to repatriate Chinese nationals" is an agreement with the Thais, the rule
        # active-svo's, not one with the nationals)
        return Relation.AGREED_WITH, "intent-commitment"
    if (
        cue.cue in ("future", "intent")
        and relation is Relation.ATTACKED
        and any(t.lemma_ in _PREPARING or t.lower_ in _PREPARING for t in path)
    ):
        # "the army prepared to resume shelling Y": a force posture (CAMEO 15)
        return Relation.MOBILIZED_AGAINST, "intent-preparation"
    if (
        cue.cue in ("future", "intent")
        and relation in _HOSTILE
        and not (relation is Relation.SANCTIONED and cue.cue == "future")
        and not any(t.lemma_ in _NO_THREAT for t in path)
        and not _foretold(path)
    ):
        # "vowed to strike X" threatens X; "agreed to deploy peacekeepers", "is
        # considering sanctions on X", "wanted to strangle the junta" (an aim, told to
        # no one) and "will keep its sanctions on X" do not; nor does
        # a measure announced without a condition ("said it would halt arms exports to
        # X": a sanction to come, no threat; "will cut aid if ..." is one: cue "if")
        return Relation.THREATENED, "intent-threat"
    return None


def _foretold(path: list[Token]) -> bool:
    """Whether a future act is told of by a speaker, done by a body it names by a noun.

    ``path``: the act's trigger and the words that embed it (:func:`clause_path`).

    "the interior minister said the police would go after Los Lobos", "analysts said the
    RSF would storm the city": a report or a forecast of another's act, no threat made
    (but "Iran said it would strike Y", "said its forces would strike Y" are the
    speaker's own).
    """
    for below, token in pairwise(path):
        if below.dep_ == "ccomp" and token.lemma_ in SPEECH_VERBS:
            subject = next((c for c in dependents(below) if c.dep_ in ("nsubj", "nsubjpass")), None)
            return (
                subject is not None
                and subject.pos_ in ("NOUN", "PROPN")
                and not any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in dependents(subject))
            )
    return False


def _infinitive(trigger: Token) -> bool:
    """Tell whether a verb is an infinitive of purpose or aim ("to retake the city")."""
    return trigger.pos_ == "VERB" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in dependents(trigger)
    )


def _sentence(trigger: Token) -> TextSpan:
    """The trigger's sentence, as text, cut once per sentence of a doc."""
    sent = trigger.sent
    known: dict[int, TextSpan] = per_doc("sentence text", trigger.doc, lambda _: {})
    found = known.get(sent.start)
    if found is None:
        found = known[sent.start] = _sentence_text(trigger.doc, sent.start, sent.end)
    return found


def _sentence_text(doc: Doc, first: int, end: int) -> TextSpan:
    text, start, _ = char_span(doc, first, end)
    start += len(text) - len(text.lstrip())
    stripped = text.strip()
    return TextSpan(text=stripped, start=start, end=start + len(stripped))


def _venue(mention: LinkedMention, doc: Doc) -> bool:
    """Whether a mention names the venue or site of an agreement or event, no party.

    "welcomed the Doha declaration", "brokered the Pretoria agreement", "after the Banjska
    attack": a city's (or site's) name before such a noun says where, not who; a state's
    own name ("the Russia-Ukraine deal") is a party.
    """
    last = doc[mention.end - 1]
    if (
        last.dep_ not in ("compound", "amod")
        or last.pos_ != "PROPN"
        or last.head.lemma_.lower() not in VENUE_NOUNS
        or mention.actor.type not in (ActorType.STATE, ActorType.ORGANIZATION)
    ):
        return False
    text = doc[mention.start : mention.end].text
    if (
        text.casefold()
        in {
            mention.actor.label.casefold(),
            *(a.casefold() for a in mention.actor.aliases),
        }
        and mention.actor.type is ActorType.STATE
    ):
        return False  # the state's own name
    return place_country(text) is not None


def _craft(mention: LinkedMention, doc: Doc) -> bool:
    """Whether a mention only qualifies ships or aircraft ("Chinese research vessels")."""
    last = doc[mention.end - 1]
    if last.lemma_.lower() in CRAFT:
        return True
    return last.dep_ in ("amod", "compound", "nmod", "poss") and last.head.lemma_.lower() in CRAFT


def _news_outlet(mention: LinkedMention) -> bool:
    """Whether an actor is a news outlet ("Reuters", "the Kyiv Post", "Anadolu news agency")."""
    if mention.actor.type is not ActorType.ORGANIZATION:
        return False
    words = mention.actor.label.lower().split()
    return bool(words) and (
        any(w in NEWS_OUTLETS for w in words) or words[-1] in NEWS_OUTLET_ENDINGS
    )


#: Rules that read a charge from a report of what someone did ("X said Y had bombed Z"):
#: a news outlet that reports it charges no one.
_REPORTED_CHARGES = frozenset({"said-hostile-act", "said-culprit", "said-committed", "said-failed"})


#: Posts one is driven from without violence: "pushed X out of office", "from power".
_POSTS = frozenset(
    {"office", "power", "post", "presidency", "premiership", "throne", "seat", "job", "cabinet"}
)


def _from_post(trigger: Token) -> bool:
    """Whether a verb of driving out names a post as what is left ("out of office")."""
    left = [
        p
        for c in dependents(trigger)
        if c.lower_ in ("out", "from")
        for p in (
            *dependents(c),
            *(g for o in dependents(c) if o.lower_ == "of" for g in dependents(o)),
        )
        if p.dep_ == "pobj"
    ]
    return any(p.lemma_.lower() in _POSTS for p in left)


def _protest_aim(trigger: Token) -> bool:
    """Whether driving someone from a post is the aim of protests ("to push X out").

    "mobilize protests to push President X out of office", "called for protests to force
    X from power": what the protests are for, no removal done by the protesters.
    """
    if trigger.dep_ not in ("advcl", "xcomp", "acl") or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in dependents(trigger)
    ):
        return False
    head = trigger.head
    protests = LEXICON[Relation.PROTESTED_AGAINST].nouns
    return head.lemma_.lower() in protests or any(
        (c.dep_ in ("dobj", "obj", "pobj") and c.lemma_.lower() in protests)
        or (c.dep_ == "prep" and any(p.lemma_.lower() in protests for p in dependents(c)))
        for c in dependents(head)
    )


#: Verbs whose object is what they take away, from the one named after "from".
_WITHDRAWING = frozenset({"withdraw", "evacuate", "pull", "remove"})


#: Prepositions of the place a thing led or run is in.
_WHERE = frozenset({"in", "at", "near", "inside", "outside"})


def _led_unit(obj: LinkedMention, links: ActorLinks) -> bool | None:
    """Tell whether a leader's object names the body led itself.

    False when the name only modifies the noun of the unit led ("the U.N. mission",
    "the World Bank's office") or of the talks led for it ("led the bloc's Brexit
    negotiations": its official, leading no bloc), None when a compass adjective makes
    it a part of the place ("eastern Libya").
    """
    root = links.doc[obj.start : obj.end].root
    if any(c.dep_ == "amod" and c.lower_ in COMPASS_PARTS for c in dependents(root)):
        return None
    head = root.head
    return not (
        root.dep_ in ("compound", "poss", "nmod")
        and head.i >= obj.end
        and (head.lower_ in UNITS or head.lemma_.lower() in MEETINGS)
        and links.at(head) is None
    )


#: Verbs that keep someone from acting, and may be the aim of a deployment.
_PREVENTING = frozenset({"prevent", "stop", "deter", "block"})


#: Gatherings a body holds in a host's city: "an African Union summit".
_GATHERINGS = frozenset(
    {"summit", "meeting", "conference", "forum", "assembly", "session", "gathering", "congress"}
)


def _gathering_of_body(trigger: Token, links: ActorLinks) -> bool:
    """Whether a trip is made for a gathering of an international body, named with it.

    "travelled to Brussels for a NATO summit", "flew to Washington for an OAS meeting",
    "went to Brussels for a meeting of NATO defence ministers": the trip is to the body's
    gathering, not to the state of the city it meets in.
    """
    for prep in dependents(trigger):
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for gathering in dependents(prep):
            if gathering.dep_ != "pobj" or gathering.lemma_.lower() not in _GATHERINGS:
                continue
            names = [
                c for c in dependents(gathering) if c.dep_ in ("compound", "amod", "nmod", "poss")
            ]
            names += [p for of in dependents(gathering) if of.lower_ == "of" for p in of.subtree]
            for token in (t for n in names for t in n.subtree):
                mention = links.at(token)
                if (
                    mention is not None
                    and mention.actor.type is ActorType.INTERNATIONAL_ORGANIZATION
                ):
                    return True
    return False


def _deployed_to_prevent(trigger: Token) -> bool:
    """Whether a verb of preventing is the aim or outcome of deploying forces.

    "reinforced its troops along the border to prevent militants from crossing",
    "deployed troops, preventing the rebels from entering the town": the deployment is
    aimed at the militants (mobilizedAgainst, rule purpose-object), none is coerced.
    """
    return (
        trigger.lemma_ in _PREVENTING
        and trigger.dep_ in ("advcl", "xcomp")
        and trigger.head.lemma_ in LEXICON[Relation.MOBILIZED_AGAINST].verbs | DEPLOYING
    )


#: A party's place in a body, which it gives up by leaving: "relinquished EU membership".
_MEMBERSHIPS = frozenset({"membership", "seat", "participation"})


#: Words that name a political party or coalition, after its name or in the gazetteer's
#: note on it.
_PARTY_WORDS = frozenset({"party", "coalition"})


def _party(mention: LinkedMention, doc: Doc) -> bool:
    """Whether an organisation is a political party or coalition.

    Its name's last word or the noun after it says so ("the Popular Force party", "the
    Historic Pact coalition"), or the gazetteer's note does ("Georgia's ruling party").
    """
    if mention.actor.type is not ActorType.ORGANIZATION:
        return False
    after = doc[mention.end].lower_ if mention.end < len(doc) else ""
    named = mention.actor.label.lower().split()
    note = (mention.actor.note or "").lower().replace(",", " ").replace(".", " ").split()
    return after in _PARTY_WORDS or named[-1:] in (["party"],) or bool(_PARTY_WORDS & set(note[:8]))


def _assertions(
    candidate: Candidate, doc: Doc, article: Article, links: ActorLinks, args: Arguments
) -> Iterator[Assertion]:
    """Turn a candidate into its assertion, and the intent it implies if any."""
    subject, obj = candidate.subject, candidate.object
    if candidate.relation is Relation.PROTESTED_AGAINST:
        # "Venezuelans protested against Maduro": the people, not their state
        subject = people_of(subject, doc) or subject
    if subject.actor.id == obj.actor.id:
        return
    if subject.actor.type is ActorType.LOCATION:
        return
    if obj.actor.type is ActorType.LOCATION and candidate.relation not in _PLACE_RELATIONS:
        return  # a place is the object of controls and operatesIn only
    if _venue(subject, doc) or _venue(obj, doc):
        return  # "welcomed the Doha declaration": Doha is where, not who
    if candidate.relation is Relation.MEMBER_OF and obj.actor.type not in _BODIES:
        return  # "Iran joined Russia in condemning ...": one joins organisations
    if candidate.relation is Relation.ACCUSED and _forum_of_complaint(candidate.trigger, obj, doc):
        return  # "filed a complaint with the UN Security Council": where, not against whom
    if candidate.relation is Relation.MEMBER_OF and _joined_in_act(candidate.trigger):
        return  # "Hezbollah fighters joined the army in the siege": a partner in the act
    if candidate.rule == "person-of" and _party(obj, doc):
        # "Ivan Cepeda of the Historic Pact coalition", "lawmaker X of the Popular Force
        # party": a party's man is its member (but "Kenneth Roth of Human Rights Watch"
        # speaks for his organisation)
        candidate = replace(candidate, relation=Relation.MEMBER_OF)
    if candidate.rule == "travelled-to" and _gathering_of_body(candidate.trigger, links):
        return  # "travelled to Addis Ababa for an African Union summit": to the body's
        # gathering, no visit to the host state
    if candidate.relation is Relation.COERCED and _deployed_to_prevent(candidate.trigger):
        return  # "reinforced its troops to prevent militants from crossing": a deployment
    if candidate.relation is Relation.CONSULTED and _craft(subject, doc):
        return  # "visits by Chinese research vessels to Sri Lankan ports": port calls
    if candidate.relation is Relation.CONSULTED and (_news_outlet(obj) or _news_outlet(subject)):
        return  # "spoke with VOA", "in an interview with Reuters": for the public
    if candidate.rule == "came-under-attack" and any(
        over_grievance(t) or for_grievance(t)
        for t in (candidate.trigger, candidate.trigger.head, *dependents(candidate.trigger))
    ):
        # "came under fire from the EU over the election", "... for its ties with
        # Moscow": criticism over a matter
        candidate = replace(candidate, relation=Relation.ACCUSED, rule="came-under-criticism")
    if candidate.rule in _REPORTED_CHARGES and _news_outlet(subject):
        return  # "Reuters said Israeli jets struck ...", "Mizan news agency said ...": news
    if (
        candidate.relation is Relation.DEMANDED
        and candidate.rule == "active-svo"
        and people_of(obj, doc) is not None
        and doc[obj.start].dep_ in ("dobj", "obj", "pobj")
        and not any(t.dep_ == "det" for t in dependents(doc[obj.start]))
    ):
        return  # "called on Malians to revolt": the people asked, not their state
    if candidate.relation is Relation.MEMBER_OF and people_of(subject, doc) is not None:
        return  # "urging Malians to join its ranks": people join, not their state
    if (
        candidate.relation is Relation.DEMANDED
        and subject.actor.country is not None
        and people_of(obj, doc) is not None
        and obj.actor.country == subject.actor.country
    ):
        return  # "al-Sudani urged Iraqis to vote": a call to his own people
    if (
        candidate.relation is Relation.CONTROLS
        and subject.actor.type is ActorType.PERSON
        and obj.actor.type is ActorType.STATE
        and obj.kind != "location"
    ):
        # "Lukashenko, who has ruled Belarus since 1994": a person rules a state by
        # leading it
        candidate = replace(candidate, relation=Relation.LEADS)
    if (
        candidate.relation is Relation.CONCEDED_TO
        and obj.actor.type in _BODIES
        and any(
            c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _MEMBERSHIPS
            for c in dependents(candidate.trigger)
        )
    ):
        # "Britain's decision to relinquish EU membership": a body left, no concession
        # made to it
        candidate = replace(candidate, relation=Relation.RETREATED_FROM)
    if candidate.rule == "drove-out" and (
        _from_post(candidate.trigger) or candidate.trigger.lemma_ == "expel"
    ):
        # "to push President X out of office": removed from a post, no violence done;
        # "expelled French troops from the country", "expelled Philippine vessels from
        # the shoal": an expulsion (CAMEO 174), no fight
        candidate = replace(
            candidate,
            relation=Relation.PROTESTED_AGAINST
            if _protest_aim(candidate.trigger)
            else Relation.COERCED,
        )
    if (
        candidate.relation is Relation.RETREATED_FROM
        and candidate.rule == "active-svo"
        and candidate.trigger.lemma_ in _WITHDRAWING
        and doc[obj.end - 1].dep_ in ("dobj", "obj")
        and any(c.dep_ == "prep" and c.lower_ == "from" for c in dependents(candidate.trigger))
    ):
        return  # "withdrew the United States from the deal": what is withdrawn, not whence
    if candidate.relation is Relation.LEADS and candidate.rule == "possessor-object":
        return  # "led mediation efforts between X and Y", "led Hamas's armed wing": not X
    if candidate.relation is Relation.LEADS and candidate.rule == "active-svo":
        led_heads = [c for c in dependents(candidate.trigger) if c.dep_ in ("dobj", "obj")]
        if any(leads_body_people(c) for c in led_heads):
            # "Senator X led a group of other senators": an act of some of a body's
            # people, no leader's post (nor a member's, which the title states)
            return
        led_root = doc[obj.start : obj.end].root
        if (
            led_root.dep_ == "pobj"
            and led_root.head.lower_ in _WHERE
            and led_root.head.head in led_heads
            and links.at(led_root.head.head) is None
        ):
            return  # "runs a military base in Mogadishu": where the thing run is
        if subject.actor.type is ActorType.PERSON and any(
            c.lemma_.lower() in ENVOY_GROUPS for c in led_heads
        ):
            # "X, who led Islamabad's delegation": an official of the state, not its leader
            candidate = replace(candidate, relation=Relation.OFFICIAL_OF)
    if candidate.relation is Relation.LEADS:
        led = _led_unit(obj, links)
        if led is None:
            return  # "the de facto leader of eastern Libya": a part of the state, not it
        if not led:
            # "who heads the U.N. Mission for Somalia", "leads the World Bank's office in
            # Kenya": the unit led is the owner's, whose official the head is
            candidate = replace(candidate, relation=Relation.OFFICIAL_OF)
    trigger = candidate.trigger
    static = candidate.rule in _STATIC_RULES or candidate.rule in static_rules()
    if not static and questioned(trigger):
        return  # "asked whether Y would impose sanctions on Z": a question, no statement
    possessors = [c for c in dependents(trigger) if c.dep_ == "poss" and c.pos_ != "PRON"]
    # "Kazakhstan did not join Russia's war in Ukraine": the possessor's war is given, a
    # joiner's part in it is what the clause says
    by_possessor = trigger.pos_ != "NOUN" or any(
        (owner := links.at(c)) is not None and owner.actor.id == subject.actor.id
        for c in possessors
    )
    cue = modality_of(trigger, by_possessor=by_possessor or not possessors) if not static else None
    if (
        candidate.relation is Relation.CONTROLS
        and cue is not None
        and cue.modality is Modality.ASSERTED
        and _infinitive(trigger)
    ):
        # "launched an offensive to retake Ramadi": the city is not taken yet
        cue = ModalityCue(Modality.HYPOTHETICAL, "intent")
    modality = cue.modality if cue is not None else Modality.ASSERTED
    coreference = "coref" in (subject.kind, obj.kind)
    common = {
        "article_id": article.id,
        "subject": Mention(actor=subject.actor, span=subject.text_span(doc)),
        "object": Mention(actor=obj.actor, span=obj.text_span(doc)),
        "sentence": _sentence(trigger),
        "attributed_to": None if static else _attribution(trigger, args),
        "date": None if static else event_date(trigger, article.date),
        "location": (
            None if static else _location(trigger, links, {subject.actor.id, obj.actor.id})
        ),
        "role": candidate.role,
    }
    derived = None if cue is None else _derived(candidate.relation, cue, trigger)
    if derived is None or derived[1] != "refused-agreement":
        # (a refusal, "did not accept the rebels' control", "has never recognised Y's
        # authority", is read as the rejection it is, not also as an agreement denied)
        yield Assertion(
            relation=candidate.relation,
            rule=candidate.rule,
            modality=modality,
            confidence=confidence_of(candidate.rule, modality, coreference=coreference),
            **common,  # type: ignore[arg-type]
        )
    if derived is not None:
        relation, rule = derived
        # "accused Russia of plotting to overthrow her government": an alleged threat
        implied = Modality.ALLEGED if alleged_above(trigger) else Modality.ASSERTED
        if cue is not None and cue.modality is Modality.DENIED:
            # "demanded that its partners refuse to recognize X": a refusal asked for
            implied = refusal_modality(trigger)
        yield Assertion(
            relation=relation,
            rule=rule,
            modality=implied,
            confidence=confidence_of(rule, implied, coreference=coreference),
            **common,  # type: ignore[arg-type]
        )


#: Relations between two parties, which an actor does not have with its own state
#: ("the Iraqi army launched an offensive to retake Mosul" is no attack on Iraq).
_BETWEEN_PARTIES = frozenset(
    {
        Relation.ATTACKED,
        Relation.AIDED,
        Relation.SUPPORTS,
        Relation.COOPERATED_WITH,
        Relation.CONSULTED,
        Relation.AGREED_WITH,
        Relation.ALLIED_WITH,
    }
)


def _between_own(assertions: list[Assertion], gazetteer: Gazetteer, doc: Doc) -> list[Assertion]:
    """Drop the cooperative assertions between an actor and the state it belongs to.

    And an official's report of the act of the body the article says he is an official
    of: a claim, not an accusation.

    "Mexican President X sent troops to Mexico's border" aids no one: X belongs to
    Mexico by the gazetteer or by the article's own offices and parts.
    """
    states: dict[str, set[str]] = defaultdict(set)
    offices: dict[str, set[str]] = defaultdict(set)
    for assertion in assertions:
        if (
            assertion.relation in (Relation.OFFICIAL_OF, Relation.PART_OF)
            and assertion.object.actor.type is ActorType.STATE
        ):
            states[assertion.subject.actor.id].add(assertion.object.actor.id)
        if assertion.relation is Relation.OFFICIAL_OF:
            offices[assertion.subject.actor.id].add(assertion.object.actor.id)

    def own(member: Actor, state: Actor) -> bool:
        if state.type is not ActorType.STATE:
            return False
        rolled = gazetteer.state_of(member)
        return state.id in states[member.id] or (rolled is not None and rolled.id == state.id)

    def same_state(first: Actor, second: Actor) -> bool:
        if ActorType.STATE in (first.type, second.type):
            return False
        one, other = gazetteer.state_of(first), gazetteer.state_of(second)
        return one is not None and other is not None and one.id == other.id

    def sides(actor: Actor) -> set[str]:
        # the states an actor is of: itself, the one it rolls up to, the ones the article
        # makes it an official or a part of, a person's country
        found = set(states[actor.id])
        if actor.type is ActorType.STATE:
            found.add(actor.id)
        rolled = gazetteer.state_of(actor)
        if rolled is not None:
            found.add(rolled.id)
        if actor.type is ActorType.PERSON and actor.country:
            country = gazetteer.state_by_country(actor.country)
            if country is not None:
                found.add(country.id)
        return found

    def own_detainee(holder: Actor, person: Actor) -> bool:
        return person.type is ActorType.PERSON and bool(sides(holder) & sides(person))

    def leads_own(person: Actor, body: Actor) -> bool:
        if person.type is not ActorType.PERSON or body.type is not ActorType.GOVERNMENT_BODY:
            return False
        state = gazetteer.state_of(body)
        return state is not None and state.id in states[person.id]

    def serves(person: Mention, body: Mention) -> bool:
        # "Netanyahu said he had met with security officials": an official of a state
        # the article names, and a body of that state's own named by a bare description
        # (but "met Kurdistan Regional Government officials" names a body of its own)
        if (
            person.actor.type is not ActorType.PERSON
            or body.actor.type is not ActorType.GOVERNMENT_BODY
            or body.span.text != body.span.text.lower()
        ):
            return False
        state = gazetteer.state_of(body.actor)
        return state is not None and state.id in states[person.actor.id]

    return [
        a
        for a in assertions
        if not (
            (
                a.relation is Relation.CONSULTED
                and (serves(a.subject, a.object) or serves(a.object, a.subject))
            )
            or (
                a.relation in _BETWEEN_PARTIES
                and (own(a.subject.actor, a.object.actor) or own(a.object.actor, a.subject.actor))
            )
            # "French President Macron sent security forces to the territory": a leader
            # sending his own state's forces aids no one
            or (a.relation is Relation.AIDED and leads_own(a.subject.actor, a.object.actor))
            # "the Supreme Court ordered the release of former Prime Minister Imran Khan",
            # "rejected calls to release Machar": a state freeing its own detainee yields
            # to no enemy (but "Russia freed Evan Gershkovich" gives up another's)
            or (
                a.relation is Relation.RETREATED_FROM
                and own_detainee(a.subject.actor, a.object.actor)
            )
            # "Kenyan police arrested protesters in Nairobi": no coercion of Kenya
            or (a.relation is Relation.COERCED and own(a.subject.actor, a.object.actor))
            # "the army, the air force and commandos took part in the operation": one
            # state's bodies side by side; "Ukraine's air force shot down the drones"
            # read with the drones as Ukraine's: no fight between them either
            or (
                a.relation is Relation.ATTACKED
                and same_state(a.subject.actor, a.object.actor)
                and not _war_between_persons(a, doc)
            )
            # "Islamic State claimed the attack on its Amaq news agency": a body's own
            # part (by the gazetteer) is the channel of its claim, not its target
            or (
                a.relation is Relation.ATTACKED
                and a.object.actor.type is not ActorType.STATE
                and a.subject.actor.id in (a.object.actor.part_of, a.object.actor.id)
            )
            # "army spokesman X said they had attacked JNIM positions": an official
            # reporting the act of the body he speaks for claims it, accusing no one
            or (a.rule == "said-hostile-act" and a.object.actor.id in offices[a.subject.actor.id])
        )
    ]


#: Wars that two people of one state may wage on each other.
_WARS = frozenset({"war", "wars", "conflict"})


def _war_between_persons(assertion: Assertion, doc: Doc) -> bool:
    """Whether two people of one state are the sides of a war the sentence names.

    "Kiir and Machar fought a civil war", "the war between Kiir and Machar": a president
    and a rebel leader, each the other's enemy (but "the president and his deputy
    attacked the plan", or one government's bodies side by side, are no war).
    """
    if ActorType.PERSON is not assertion.subject.actor.type or (
        assertion.object.actor.type is not ActorType.PERSON
    ):
        return False
    span = doc.char_span(
        assertion.subject.span.start, assertion.subject.span.end, alignment_mode="expand"
    )
    if span is None:
        return False
    token = span.root
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    if token.dep_ == "nsubj":
        # "X and Y fought a civil war"
        return any(
            c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _WARS for c in dependents(token.head)
        )
    # "the war between X and Y"
    return (
        token.dep_ == "pobj"
        and token.head.lower_ == "between"
        and token.head.head.lemma_.lower() in _WARS
    )


#: Complaints lodged with a forum: "a complaint with the court (the UN)".
_COMPLAINTS = frozenset({"complaint", "complaints", "protest", "protests", "petition"})
#: Bodies that hear complaints: courts and the councils of international bodies.
_FORUMS = frozenset({"court", "tribunal", "council", "commission", "committee", "ombudsman"})


def _forum_of_complaint(trigger: Token, obj: LinkedMention, doc: Doc) -> bool:
    """Tell whether the object is the forum a complaint is lodged with, not its target."""
    if trigger.lower_ not in _COMPLAINTS:
        return False
    root = doc[obj.start : obj.end].root
    # (the phrase on the noun, or on the verb that files it: "filed a complaint with Y")
    if root.dep_ != "pobj" or root.head.lower_ not in ("with", "to"):
        return False
    if root.head.head not in (trigger, trigger.head):
        return False
    return obj.actor.type is ActorType.INTERNATIONAL_ORGANIZATION or root.lemma_.lower() in _FORUMS


def _joined_in_act(trigger: Token) -> bool:
    """Tell whether "join" names a partner in an act ("joined the army in the siege")."""
    return trigger.lemma_ == "join" and any(
        prep.dep_ == "prep"
        and prep.lower_ == "in"
        and any(
            c.dep_ == "pcomp" or (c.dep_ == "pobj" and is_event_noun(c.lemma_.lower()))
            for c in dependents(prep)
        )
        for prep in dependents(trigger)
    )


def _noun_as_verb(token: Token) -> bool:
    """Whether the parser tagged a clause's verb as a noun ("X and Y contest Z's claims").

    A noun with both a subject and a direct object of its own is a verb; so is "arms" or
    "funds" heading a clause ("The UAE, which arms and funds the RSF").
    """
    deps = {c.dep_ for c in dependents(token)}
    return token.pos_ == "NOUN" and (
        ("nsubj" in deps and "dobj" in deps) or arming_read_as_noun(token)
    )


def _paragraph_breaks(doc: Doc, text: str) -> list[int]:
    """The token indices of the paragraph breaks inside the doc's sentences.

    Found in the text (few articles have many), each kept when the parser ran the
    sentence on past it: '... security measures".' and, after a blank line, 'Rights
    groups, meanwhile, ...'.
    """
    found: list[int] = []
    at = text.find("\n\n")
    while at != -1:
        span = doc.char_span(at, at + 2, alignment_mode="expand")
        if span is not None:
            token = span[0]
            following = token.i + 1
            if following < len(doc) and not doc[following].is_sent_start:
                found.append(token.i)
        at = text.find("\n\n", at + 2)
    return found


def _across_paragraphs(candidate: Candidate, breaks: list[int]) -> bool:
    """Whether a paragraph break lies between the trigger and an end named in its sentence.

    A sentence the parser runs on past a paragraph break is two: the break's far side
    holds no argument of a trigger on its near side.
    """
    if not breaks:
        return False
    sentence = candidate.trigger.sent
    trigger = candidate.trigger.i
    for mention in (candidate.subject, candidate.object):
        if not sentence.start <= mention.start < sentence.end:
            continue
        low, high = sorted((trigger, mention.start))
        if any(low < b < high for b in breaks):
            return True
    return False


def extract_from_doc(doc: Doc, article: Article, gazetteer: Gazetteer) -> list[Assertion]:
    """Extract the assertions of a parsed article.

    Args:
        doc: the article's text parsed by :func:`kg.nlp.load_nlp`'s pipeline.
        article: the article (for its id and date).
        gazetteer: the gazetteer the pipeline's actor ruler was built from.
    """
    read_sentences_once(doc)
    links = link_actors(doc, gazetteer, text=article.text)
    args = Arguments(doc, links)
    frames = Frames(args, gazetteer)
    best: dict[tuple[str, str, str, int], Assertion] = {}

    def keep(assertion: Assertion) -> None:
        ends = (assertion.subject.actor.id, assertion.object.actor.id)
        if assertion.relation in _UNDIRECTED:
            ends = (min(ends), max(ends))  # "X met Y" and "Y met X": one meeting
        key = (ends[0], assertion.relation.value, ends[1], assertion.sentence.start)
        if key not in best or assertion.confidence > best[key].confidence:
            best[key] = assertion

    breaks = _paragraph_breaks(doc, doc_text(doc))
    # the agents of each act on an actor, by trigger, relation and object
    joint: dict[tuple[int, Relation, str], list[LinkedMention]] = defaultdict(list)
    for key, start, end in trigger_matcher()(doc):
        kind = key.rsplit("|", 1)[1]
        head = doc[end - 1] if kind == "participle" else doc[start]
        if (
            kind != "participle"
            and head.pos_ not in TRIGGER_POS[kind]
            and not (kind == "verb" and _noun_as_verb(head))
        ):
            continue
        for candidate in frames.candidates(key, start, end):
            if _across_paragraphs(candidate, breaks):
                continue
            if (
                candidate.relation in _JOINT_ACTS
                and candidate.object.kind != "location"
                and candidate.object.actor.type is not ActorType.LOCATION
                and candidate.rule != "place-object"
            ):
                agents = joint[(candidate.trigger.i, candidate.relation, candidate.object.actor.id)]
                agents.append(candidate.subject)
            for assertion in _assertions(candidate, doc, article, links, args):
                if assertion.modality.makes_edge and assertion.relation is candidate.relation:
                    frames.event_agents.setdefault(candidate.relation, []).append(candidate.subject)
                keep(assertion)
    for candidate in (
        *_joint_agents(doc, joint),
        *frames.titles(gazetteer),
        *frames.joint_dyads(),
        *frames.gerunds(),
        *standing_candidates(args, gazetteer),
    ):
        for assertion in _assertions(candidate, doc, article, links, args):
            keep(assertion)
    driven = {
        (a.subject.actor.id, a.object.actor.id, a.sentence.start)
        for a in best.values()
        if a.rule == "drove-out" and a.relation is Relation.ATTACKED
    }
    # offices the text states with the state or body named (see _office_from_story)
    stated = {
        (a.subject.actor.id, a.object.actor.id)
        for a in best.values()
        if a.relation is Relation.OFFICIAL_OF and a.object.span != a.subject.span
    }
    # who leads which organisation, in which sentence (see _office_of_its_leader)
    led = {
        (a.subject.actor.id, a.object.actor.id, a.sentence.start)
        for a in best.values()
        if a.relation is Relation.LEADS
    }
    # who struck a party named in a free relative ("struck what it called TTP hideouts
    # in Afghanistan"), in which sentence
    named_targets = {
        (a.subject.actor.id, a.sentence.start)
        for a in best.values()
        if a.rule == "struck-what-described-as"
    }
    kept = [
        a
        for a in best.values()
        # the state the targets lie in stands for them only when they are no party's
        if not (
            a.rule == "struck-what-called-in"
            and (a.subject.actor.id, a.sentence.start) in named_targets
        )
        # "ousting the jihadists from the city": driven out by force, read by drove-out;
        # the verb's own reading as a coercion is the same act
        if not (
            a.relation is Relation.COERCED
            and a.rule == "active-svo"
            and (a.subject.actor.id, a.object.actor.id, a.sentence.start) in driven
        )
        and not _office_from_story(a, stated)
        and not _office_of_its_leader(a, led)
    ]
    return sorted(
        _between_own(kept, gazetteer, doc),
        key=lambda a: (a.sentence.start, a.subject.span.start),
    )


def _office_of_its_leader(assertion: Assertion, led: set[tuple[str, str, int]]) -> bool:
    """Whether an office is the leadership of an organisation the sentence says he leads.

    "SDF commander Mazloum Abdi", "Houthi leader Abdul Malik al-Houthi": the leader leads
    the armed group, which says what his office is (a state's leader, "Israeli leader X",
    and a party's still hold its office too).
    """
    return (
        assertion.relation is Relation.OFFICIAL_OF
        and assertion.object.actor.type is ActorType.ARMED_GROUP
        and (assertion.subject.actor.id, assertion.object.actor.id, assertion.sentence.start) in led
    )


def _office_from_story(assertion: Assertion, stated: set[tuple[str, str]]) -> bool:
    """Whether an office is read off a bare title and the article states it elsewhere.

    "Defense Minister X said ..." with no state in its sentence gives the state the story
    is about, told at the holder's own name (:meth:`Frames.titles`); when another
    sentence names the state with the holder ("Colombia's defence minister, X"), that
    one is the evidence, and the office is not asserted again from the story alone.
    """
    return (
        assertion.relation is Relation.OFFICIAL_OF
        and assertion.object.span == assertion.subject.span
        and (assertion.subject.actor.id, assertion.object.actor.id) in stated
    )


#: Acts whose agents named together act together: "Iraqi forces and Kurdish fighters
#: attacked Y" (not talks or words: "X and Y condemned Z" may be two statements).
_JOINT_ACTS = frozenset({Relation.ATTACKED, Relation.COERCED, Relation.AIDED})


#: Fights that are between their agents when no side is named: "X and Y clashed".
_RECIPROCAL_FIGHTS = frozenset(
    {
        "fighting",
        "fight",
        "clash",
        "battle",
        "combat",
        "hostility",
        "skirmish",
        "firefight",
        "gunfight",
        "war",
    }
)
_FOUGHT_PREPS = frozenset({"against", "on", "with", "between"})


#: Words after coordinated agents that have each act on its own: "X and Y have both
#: clashed with Z", "X and Y each sent troops", "separately".
_DISTRIBUTIVE = frozenset({"both", "each", "separately", "independently", "respectively"})


def _each_on_its_own(act: Token, agents: list[LinkedMention], doc: Doc) -> bool:
    """Whether a word after the agents says each of them acted apart.

    "The Philippines and Vietnam have both clashed with China" are two quarrels, not a
    joint fight ("Both Kenya and Uganda attacked Y" may be one, the word before them).
    """
    first = min((a.start for a in agents), default=act.i)
    scopes = [act, *(doc[a.start : a.end].root for a in agents)]
    if act.dep_ in ("dobj", "obj") and act.head.i != act.i:
        scopes.append(act.head)  # "X and Y both launched strikes on Z"
    return any(
        c.lower_ in _DISTRIBUTIVE and c.i > first for scope in scopes for c in dependents(scope)
    )


def _joint_agents(
    doc: Doc, joint: dict[tuple[int, Relation, str], list[LinkedMention]]
) -> Iterator[Candidate]:
    """Read cooperation off agents coordinated as the subject of one act on one actor.

    "The United States, Britain and France launched strikes on Syria": the three
    cooperate. The object must be an actor, not a place ("Russia and Ukraine shelled
    the town" are two sides), and the agents conjuncts of one coordination.
    """
    for (index, _, _), agents in joint.items():
        act = doc[index]
        if (
            act.pos_ == "NOUN"
            and act.lemma_.lower() in _RECIPROCAL_FIGHTS
            and not any(c.dep_ == "prep" and c.lower_ in _FOUGHT_PREPS for c in dependents(act))
        ):
            # "the army and the RSF are engaged in fierce fighting in El Fasher": the two
            # sides of the fighting, fought where it is, not partners against a place
            continue
        if _each_on_its_own(act, agents, doc):
            continue
        seen: dict[str, LinkedMention] = {}
        for agent in agents:
            root = doc[agent.start : agent.end].root
            if root.dep_ == "pobj" and root.head.lower_ == "by":
                continue  # "strikes conducted by Washington and London": the acts named
            seen.setdefault(agent.actor.id, agent)
        found = list(seen.values())
        for n, first in enumerate(found):
            # ("Ethiopian and Eritrean troops": the demonyms are the conjuncts)
            conjuncts = {c.i for t in doc[first.start : first.end] for c in conjuncts_of(t)}
            for second in found[n + 1 :]:
                if conjuncts.intersection(range(second.start, second.end)):
                    yield Candidate(
                        first, second, Relation.COOPERATED_WITH, "joint-agents", doc[index]
                    )


_BATCH = 16
#: The model and gazetteer that forked extraction workers inherit (see
#: :func:`extract_assertions`); set only while a pool runs.
_FORKED: tuple[Language, Gazetteer] | None = None


def extract_assertions(
    nlp: Language, articles: Iterable[Article], gazetteer: Gazetteer, *, n_process: int = 1
) -> Iterator[tuple[Article, list[Assertion]]]:
    """Parse articles with ``nlp`` and yield each with its assertions, in order.

    With ``n_process`` > 1, worker processes parse *and* extract batches of articles and
    send back the assertions (small) rather than the parsed docs (large), so the calling
    process only writes. The workers are forked and share the loaded model; where
    processes cannot be forked, spaCy's own ``n_process`` parses and this process
    extracts.
    """
    if n_process > 1 and "fork" in multiprocessing.get_all_start_methods():
        yield from _extract_in_workers(nlp, articles, gazetteer, n_process)
        return
    items = ((blank_dateline(article.text), article) for article in articles)
    for doc, article in nlp.pipe(items, as_tuples=True, n_process=n_process, batch_size=_BATCH):
        yield article, extract_from_doc(doc, article, gazetteer)


def _extract_batch(batch: list[Article]) -> list[list[Assertion]]:
    """Parse and extract one batch of articles in a forked worker."""
    if _FORKED is None:  # pragma: no cover - only reached in a worker
        raise RuntimeError("extraction worker started without a model")
    nlp, gazetteer = _FORKED
    docs = nlp.pipe((blank_dateline(article.text) for article in batch), batch_size=_BATCH)
    return [
        extract_from_doc(doc, article, gazetteer) for doc, article in zip(docs, batch, strict=True)
    ]


def _extract_in_workers(
    nlp: Language, articles: Iterable[Article], gazetteer: Gazetteer, n_process: int
) -> Iterator[tuple[Article, list[Assertion]]]:
    global _FORKED
    preload()  # the place index, built once here rather than once per worker
    _FORKED = (nlp, gazetteer)
    try:
        pool = multiprocessing.get_context("fork").Pool(n_process)  # the workers fork here
    finally:
        _FORKED = None
    with pool:
        # A bounded window of batches in flight keeps memory flat on large inputs.
        pending: deque[tuple[list[Article], AsyncResult[list[list[Assertion]]]]] = deque()
        for batch in _batches(articles, _BATCH):
            pending.append((batch, pool.apply_async(_extract_batch, (batch,))))
            if len(pending) > 2 * n_process:
                done, result = pending.popleft()
                yield from zip(done, result.get(), strict=True)
        while pending:
            done, result = pending.popleft()
            yield from zip(done, result.get(), strict=True)


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
