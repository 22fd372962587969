"""Extract typed, directed assertions from a parsed article.

How it works: a :class:`~spacy.matcher.Matcher` finds *trigger* words of every relation
in the lexicon (verbs such as "strike", nouns such as "airstrike", participles in
compounds such as "Iran-backed"); then, for each trigger, *frames* read the subject and
the object off the dependency parse. A frame is a registered rule with a name, an
example sentence and a base confidence (:data:`RULES`). Arguments must be actors;
pronouns and definite descriptions are resolved by :mod:`kg.resolve`, nouns that stand
for an actor ("the Iranian military", "Kataib Hezbollah's headquarters", "locations in
Syria") are mapped to it, and coordinated arguments give one assertion each.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Token

from kg.gazetteer import Gazetteer
from kg.resolve import ActorLinks, LinkedMention, link_actors
from kg.types import Actor, ActorType, Article, Assertion, Mention, Modality, Relation
from kg.types import Span as TextSpan

__all__ = ["LEXICON", "RULES", "Rule", "extract_assertions", "extract_from_doc"]


@dataclass(frozen=True, slots=True)
class Rule:
    """An extraction rule: how a frame reads subject and object off a trigger."""

    name: str
    example: str
    confidence: float


#: The rule registry, by name.
RULES: dict[str, Rule] = {
    rule.name: rule
    for rule in (
        Rule("active-svo", "US forces struck Kataib Hezbollah.", 0.85),
        Rule("passive-by-agent", "The Houthis were attacked by US forces.", 0.85),
        Rule("participle-by-agent", "The Houthis, an insurgent group supported by Iran, ...", 0.85),
        Rule("light-verb-nominal", "Iran launched missile strikes against Pakistan.", 0.8),
        Rule("nominal-prep-target", "A US drone strike on Kataib Hezbollah ...", 0.75),
        Rule(
            "nominal-by-agent", "... targeted by strikes conducted by Washington and London.", 0.8
        ),
        Rule("compound-participle", "Iran-backed militias such as Kataib Hezbollah ...", 0.8),
        Rule("nominal-backer", "... as well as their Iranian backers.", 0.7),
        Rule("event-agent-inherited", "The strikes went after Kataib Hezbollah.", 0.6),
        Rule("symmetric-coordination", "Israel and Hamas signed a ceasefire.", 0.75),
        Rule("relational-noun", "The UK and other allies of the US ...", 0.75),
        Rule("title-apposition", "US Defense Secretary Lloyd Austin said ...", 0.9),
    )
}


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    """The trigger words of one relation.

    Attributes:
        verbs: verb lemmas whose subject and object are the relation's ("X struck Y").
        nouns: event nouns ("an airstrike on Y by X", "X launched strikes against Y").
        participles: "X-backed Y" means X relation Y.
        inverse_nouns: "Y's backers" means the backer relation Y.
        preps: prepositions that introduce the object of a nominal event or of a verb
            without a direct object ("sanctions on Y", "talks with Y").
        clausal: the object may be the subject of the verb's complement clause
            ("demanded that Y stop", "urged Y to withdraw").
    """

    verbs: frozenset[str] = frozenset()
    nouns: frozenset[str] = frozenset()
    participles: frozenset[str] = frozenset()
    inverse_nouns: frozenset[str] = frozenset()
    preps: frozenset[str] = frozenset({"on", "against", "at", "targeting", "into"})
    clausal: bool = False


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Trigger lemmas by relation (DESIGN section 4).
LEXICON: dict[Relation, LexiconEntry] = {
    Relation.ATTACKED: LexiconEntry(
        verbs=_words(
            "attack strike bomb shell hit target raid invade assault ambush kill shoot "
            "pound storm bombard"
        ),
        nouns=_words(
            "attack strike airstrike assault offensive raid bombing bombardment shelling "
            "invasion incursion ambush"
        ),
    ),
    Relation.SUPPORTS: LexiconEntry(
        verbs=_words("support back sponsor endorse praise commend"),
        nouns=_words("support backing sponsorship"),
        participles=_words("back support sponsor affiliate align"),
        inverse_nouns=_words("backer sponsor patron"),
        preps=_words("for to"),
    ),
    Relation.AIDED: LexiconEntry(
        verbs=_words("arm fund finance equip train supply aid"),
        nouns=_words("aid assistance"),
        participles=_words("arm fund finance train equip"),
        preps=_words("to for"),
    ),
    Relation.ACCUSED: LexiconEntry(
        verbs=_words("accuse condemn criticize criticise blame denounce sue charge"),
        nouns=_words("condemnation criticism"),
        preps=_words("of against"),
    ),
    Relation.DEMANDED: LexiconEntry(
        verbs=_words("demand urge press request order"),
        nouns=_words("demand request"),
        preps=_words("from of"),
        clausal=True,
    ),
    Relation.THREATENED: LexiconEntry(
        verbs=_words("threaten"),
        nouns=_words("threat ultimatum"),
        preps=_words("to against"),
    ),
    Relation.SANCTIONED: LexiconEntry(
        verbs=_words("sanction blacklist embargo"),
        nouns=_words("sanction embargo blacklisting"),
        preps=_words("on against"),
    ),
    Relation.CONSULTED: LexiconEntry(
        verbs=_words("meet visit host consult"),
        nouns=_words("talk talks meeting visit consultation negotiation"),
        preps=_words("with"),
    ),
    Relation.AGREED_WITH: LexiconEntry(
        verbs=_words("sign"),
        nouns=_words("agreement deal accord treaty ceasefire truce pact"),
        preps=_words("with"),
    ),
    Relation.COOPERATED_WITH: LexiconEntry(
        nouns=_words("cooperation partnership"),
        preps=_words("with"),
    ),
    Relation.COERCED: LexiconEntry(
        verbs=_words("arrest detain expel deport imprison ban"),
        nouns=_words("arrest detention expulsion crackdown"),
        preps=_words("of on against"),
    ),
    Relation.REJECTED: LexiconEntry(verbs=_words("reject rebuff veto")),
    Relation.PROTESTED_AGAINST: LexiconEntry(
        verbs=_words("boycott"),
        nouns=_words("protest protests boycott demonstration"),
        preps=_words("against outside"),
    ),
}

#: Verbs whose object is an event noun that the subject carries out.
LIGHT_VERBS = _words(
    "launch conduct carry stage mount claim intensify resume step escalate impose slap "
    "announce hold sign reach strike conclude broker make issue level file extend"
)
#: Phrasal verbs: (verb lemma, particle or preposition) -> relation.
PHRASAL: dict[tuple[str, str], Relation] = {
    ("go", "after"): Relation.ATTACKED,
    ("open", "on"): Relation.ATTACKED,
    ("fire", "at"): Relation.ATTACKED,
    ("fire", "on"): Relation.ATTACKED,
    ("call", "on"): Relation.DEMANDED,
    ("meet", "with"): Relation.CONSULTED,
    ("talk", "with"): Relation.CONSULTED,
    ("agree", "with"): Relation.AGREED_WITH,
    ("cooperate", "with"): Relation.COOPERATED_WITH,
    ("side", "with"): Relation.SUPPORTS,
    ("protest", "against"): Relation.PROTESTED_AGAINST,
    ("rally", "against"): Relation.PROTESTED_AGAINST,
    ("demonstrate", "against"): Relation.PROTESTED_AGAINST,
}
#: Relational nouns: "X, an ally of Y", "X and other allies of Y", "X is a member of Y".
RELATIONAL_NOUNS: dict[str, Relation] = {
    "ally": Relation.ALLIED_WITH,
    "partner": Relation.ALLIED_WITH,
    "member": Relation.MEMBER_OF,
    "proxy": Relation.MEMBER_OF,
    "affiliate": Relation.MEMBER_OF,
    "branch": Relation.PART_OF,
    "wing": Relation.PART_OF,
    "unit": Relation.PART_OF,
}
#: Symmetric relations: "X and Y signed a deal" gives X-Y (and Y-X for alliedWith).
SYMMETRIC = frozenset({Relation.AGREED_WITH, Relation.CONSULTED, Relation.COOPERATED_WITH})
#: Nouns that stand for the state whose demonym or name modifies them.
STATE_INSTITUTIONS = _words(
    "military army forces force troops navy government authorities regime officials "
    "administration ministry police jets warplanes aircraft drones"
)
#: Nouns for places, facilities and equipment: an attack on them is an attack on their
#: owner ("Kataib Hezbollah's headquarters") or their location ("locations in Syria").
TARGET_NOUNS = _words(
    "location locations position positions target targets site sites base bases airbase "
    "headquarters facility facilities area areas infrastructure depot depots camp camps "
    "missile missiles drone drones vessel vessels ship ships outpost outposts stronghold "
    "strongholds territory city town village capital compound"
)
_PRONOUNS = _words("it its they them their he him his she her")
_QUANTITY_NOUNS = _words("round wave series barrage number spate string volley")
_SPEECH = _words(
    "say state report tell add announce declare continue claim allege accuse charge "
    "confirm write note insist warn"
)
_ALLEGING = _words("claim allege accuse charge suspect blame")
_DENYING = _words("deny reject refute dismiss")
_HYPOTHETICAL_VERBS = _words("threaten vow plan warn promise pledge intend consider")
_HYPOTHETICAL_AUX = _words("will would could may might shall should 'll")
_ALLEGED_ADVERBS = _words("reportedly allegedly purportedly apparently")


def _build_matcher(nlp_vocab: object) -> Matcher:
    matcher = Matcher(nlp_vocab)  # type: ignore[arg-type]
    for relation, entry in LEXICON.items():
        if entry.verbs:
            matcher.add(
                f"{relation.value}|verb",
                [[{"LEMMA": {"IN": sorted(entry.verbs)}, "POS": {"IN": ["VERB", "NOUN", "ADJ"]}}]],
            )
        if entry.nouns:
            matcher.add(
                f"{relation.value}|noun",
                [
                    [
                        {
                            "LEMMA": {"IN": sorted(entry.nouns)},
                            "POS": {"IN": ["NOUN", "PROPN", "VERB"]},
                        }
                    ]
                ],
            )
        if entry.participles:
            matcher.add(
                f"{relation.value}|participle",
                [[{"ORTH": "-"}, {"LEMMA": {"IN": sorted(entry.participles)}}]],
            )
        if entry.inverse_nouns:
            matcher.add(
                f"{relation.value}|inverse",
                [[{"LEMMA": {"IN": sorted(entry.inverse_nouns)}, "POS": "NOUN"}]],
            )
    for noun, relation in RELATIONAL_NOUNS.items():
        matcher.add(f"{relation.value}|relational", [[{"LEMMA": noun, "POS": "NOUN"}]])
    for (verb, particle), relation in PHRASAL.items():
        matcher.add(
            f"{relation.value}|phrasal",
            [[{"LEMMA": verb, "POS": "VERB"}, {"LOWER": particle}]],
        )
    return matcher


@lru_cache(maxsize=4)
def _matcher_for(vocab_id: int, vocab: object) -> Matcher:
    return _build_matcher(vocab)


@dataclass(frozen=True, slots=True)
class _Candidate:
    subject: LinkedMention
    object: LinkedMention
    relation: Relation
    rule: str
    trigger: Token
    penalty: float = 0.0


class _Frames:
    """The frames that read arguments off one doc."""

    def __init__(self, doc: Doc, links: ActorLinks) -> None:
        self.doc = doc
        self.links = links
        self.event_agents: dict[Relation, list[LinkedMention]] = {}

    # -- arguments ---------------------------------------------------------------

    def actors_of(self, token: Token, *, depth: int = 0) -> list[LinkedMention]:
        """Return the actors a noun phrase headed by ``token`` stands for (with conjuncts)."""
        result: list[LinkedMention] = []
        for item in (token, *(c for c in token.conjuncts if c.i > token.i)):
            for mention in self._actor_of(item, depth=depth):
                if all(mention.actor.id != r.actor.id for r in result):
                    result.append(mention)
        return result

    def _linked(self, token: Token) -> LinkedMention | None:
        mention = self.links.at(token)
        if mention is not None and mention.kind != "location":
            return mention
        if token.pos_ == "PRON" or token.lower_ in _PRONOUNS:
            return self.links.antecedent(token)
        return None

    def _actor_of(self, token: Token, *, depth: int = 0) -> list[LinkedMention]:
        if depth > 3:
            return []
        mention = self._linked(token)
        if mention is not None:
            return [mention]
        lower, lemma = token.lower_, token.lemma_
        children = list(token.children)
        # "the Iranian military", "its forces", "Kataib Hezbollah's headquarters",
        # "the Kataib Hezbollah militia group"
        for child in children:
            if child.dep_ not in ("compound", "amod", "nmod", "poss") or child.i > token.i:
                continue
            inner = self._linked(child)
            if inner is None and child.dep_ == "compound":
                nested = self._actor_of(child, depth=depth + 1)
                inner = nested[0] if nested else None
            if inner is None:
                continue
            if lower in STATE_INSTITUTIONS or lemma in STATE_INSTITUTIONS:
                return [inner]
            if lower in TARGET_NOUNS or lemma in TARGET_NOUNS:
                return [inner]
            if child.dep_ == "compound" and inner.actor.type is not ActorType.STATE:
                return [inner]
        # "locations in Pakistan, Syria and Iraq": a place noun names its places
        if lemma in TARGET_NOUNS or lower in TARGET_NOUNS:
            for child in children:
                if child.dep_ == "prep" and child.lower_ in ("in", "of"):
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            places = [
                                m
                                for m in self.actors_of(pobj, depth=depth + 1)
                                if m.actor.type is ActorType.STATE
                            ]
                            if places:
                                return places
        # "the Houthis, an insurgent group": apposition
        if token.dep_ == "appos":
            head = self._linked(token.head)
            if head is not None:
                return [head]
        for child in children:
            if child.dep_ == "appos":
                inner = self._linked(child)
                if inner is not None:
                    return [inner]
        # "Kataib Hezbollah and other Iran-affiliated groups"
        if token.dep_ == "conj" and any(c.lower_ == "other" for c in children):
            return self._actor_of(token.head, depth=depth + 1)
        return []

    def subjects_of_verb(self, verb: Token) -> list[LinkedMention]:
        """Return the actors that carry out ``verb`` (active voice)."""
        current: Token | None = verb
        for _ in range(4):
            if current is None:
                break
            for child in current.children:
                if child.dep_ in ("nsubj", "csubj"):
                    return self.actors_of(child)
            if current.dep_ == "relcl":
                return self.actors_of(current.head)
            if current.dep_ in ("conj", "xcomp", "advcl") and current.head.pos_ in ("VERB", "AUX"):
                current = current.head
                continue
            break
        return []

    def agents_of(self, verb: Token) -> list[LinkedMention]:
        """Return the actors of a passive verb's "by" phrase (or of an event noun there)."""
        for child in verb.children:
            if child.dep_ == "agent":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        actors = self.actors_of(pobj)
                        if actors:
                            return actors
                        if _is_event_noun(pobj):
                            return self.event_agent(pobj)
        return []

    def event_agent(self, noun: Token) -> list[LinkedMention]:
        """Return who carried out an event noun ("strikes conducted by X", "X's attack")."""
        for child in noun.children:
            if child.dep_ == "acl" and child.pos_ == "VERB":
                agents = self.agents_of(child)
                if agents:
                    return agents
            if child.dep_ == "prep" and child.lower_ == "by":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return self.actors_of(pobj)
            if child.dep_ in ("poss", "compound", "amod", "nmod") and child.i < noun.i:
                mention = self.links.at(child)
                if mention is not None and mention.kind != "location":
                    return [mention]
        return []

    def prep_objects(self, token: Token, preps: frozenset[str]) -> list[LinkedMention]:
        """Return the actors of ``token``'s prepositional phrases headed by ``preps``."""
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in preps:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        actors = self.actors_of(pobj)
                        if actors:
                            return actors
        return []

    def objects_of_verb(self, verb: Token, entry: LexiconEntry) -> list[LinkedMention]:
        """Return a verb's objects: direct, else prepositional, else the complement's subject.

        The last only for clausal relations ("demanded that Y stop", "urged Y to leave").
        """
        for child in verb.children:
            if child.dep_ in ("dobj", "obj"):
                actors = self.actors_of(child)
                if actors:
                    return actors
        actors = self.prep_objects(verb, entry.preps)
        if actors or not entry.clausal:
            return actors
        for child in verb.children:
            if child.dep_ in ("ccomp", "xcomp"):
                for grandchild in child.children:
                    if grandchild.dep_ in ("nsubj", "nsubjpass"):
                        return self.actors_of(grandchild)
        return []


def _is_event_noun(token: Token) -> bool:
    return any(token.lemma_ in entry.nouns for entry in LEXICON.values())


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (
        verb.tag_ == "VBN" and verb.dep_ == "acl"
    )


def _candidates(frames: _Frames, match_key: str, start: int, end: int) -> Iterator[_Candidate]:
    relation_name, kind = match_key.split("|")
    relation = Relation(relation_name)
    doc = frames.doc
    if kind == "participle":
        participle = doc[end - 1]
        # "Iran-backed militia": the name before the hyphen modifies the participle.
        sponsor_token = doc[start - 1] if start > 0 else None
        if sponsor_token is None:
            return
        sponsors = frames.actors_of(sponsor_token)
        target = participle.head if participle.dep_ in ("amod", "compound") else None
        if target is None:
            return
        for sponsor in sponsors:
            for obj in frames.actors_of(target):
                yield _Candidate(sponsor, obj, relation, "compound-participle", participle)
        return
    trigger = doc[start]
    if kind == "inverse":
        # "their Iranian backers": the backer supports the possessor.
        backers = [
            m
            for c in trigger.children
            if c.dep_ in ("amod", "compound", "nmod") and (m := frames.links.at(c)) is not None
        ]
        supported = [m for c in trigger.children if c.dep_ == "poss" for m in frames.actors_of(c)]
        for backer in backers:
            for obj in supported:
                yield _Candidate(backer, obj, relation, "nominal-backer", trigger)
        return
    if kind == "phrasal":
        verb, particle = doc[start], doc[start + 1]
        objects = [m for c in particle.children if c.dep_ == "pobj" for m in frames.actors_of(c)]
        yield from _with_subjects(frames, verb, objects, relation, "active-svo")
        return
    if kind == "verb" and trigger.pos_ == "VERB":
        if trigger.dep_ == "acl" and _is_passive(trigger):
            agents = frames.agents_of(trigger)
            for obj in frames.actors_of(trigger.head):
                for agent in agents:
                    yield _Candidate(agent, obj, relation, "participle-by-agent", trigger)
            return
        if _is_passive(trigger):
            agents = frames.agents_of(trigger)
            patients = [
                m for c in trigger.children if c.dep_ == "nsubjpass" for m in frames.actors_of(c)
            ]
            for agent in agents:
                for obj in patients:
                    yield _Candidate(agent, obj, relation, "passive-by-agent", trigger)
            return
        objects = frames.objects_of_verb(trigger, LEXICON[relation])
        yield from _with_subjects(frames, trigger, objects, relation, "active-svo")
        return
    if kind == "noun" and trigger.pos_ in ("NOUN", "PROPN"):
        yield from _nominal(frames, trigger, relation)
    if kind == "relational":
        yield from _relational(frames, trigger, relation)


def _relational(frames: _Frames, noun: Token, relation: Relation) -> Iterator[_Candidate]:
    """Read relational nouns: "X, an ally of Y", "X and other allies of Y"."""
    objects = frames.prep_objects(noun, frozenset({"of"}))
    if not objects:
        return
    subjects: list[LinkedMention] = []
    if noun.dep_ == "appos":
        subjects = frames.actors_of(noun.head)
    elif noun.dep_ == "conj" and any(c.lower_ == "other" for c in noun.children):
        subjects = frames.actors_of(noun.head)[:1]
    elif noun.dep_ == "attr" and noun.head.lemma_ == "be":
        subjects = frames.subjects_of_verb(noun.head)
    for subject in subjects:
        for obj in objects:
            yield _Candidate(subject, obj, relation, "relational-noun", noun)


def _pairs(
    actors: list[LinkedMention], relation: Relation, rule: str, trigger: Token
) -> Iterator[_Candidate]:
    for index, first in enumerate(actors):
        for second in actors[index + 1 :]:
            yield _Candidate(first, second, relation, rule, trigger)


def _with_subjects(
    frames: _Frames, verb: Token, objects: list[LinkedMention], relation: Relation, rule: str
) -> Iterator[_Candidate]:
    if not objects:
        if relation in SYMMETRIC:
            subjects = frames.subjects_of_verb(verb)
            if len(subjects) > 1:
                yield from _pairs(subjects, relation, "symmetric-coordination", verb)
        return
    subjects = frames.subjects_of_verb(verb)
    penalty = 0.0
    if not subjects:
        # "The strikes went after X": a definite event noun as subject inherits the
        # agent of the last event of the same relation in the article.
        nsubj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if nsubj is not None and _is_event_noun(nsubj):
            subjects = frames.event_agent(nsubj)
            if not subjects and _is_definite(nsubj):
                subjects = frames.event_agents.get(relation, [])[-1:]
                rule, penalty = "event-agent-inherited", 0.0
    for subject in subjects:
        for obj in objects:
            yield _Candidate(subject, obj, relation, rule, verb, penalty)


def _is_definite(noun: Token) -> bool:
    return any(
        c.dep_ in ("det", "poss") and c.lower_ in ("the", "these", "this", "those", "that")
        for c in noun.children
    )


def _nominal(frames: _Frames, noun: Token, relation: Relation) -> Iterator[_Candidate]:
    # Climb "a second round of strikes" to "round".
    anchor = noun
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.lemma_ in _QUANTITY_NOUNS
    ):
        anchor = noun.head.head
    preps = LEXICON[relation].preps
    targets = frames.prep_objects(noun, preps) or frames.prep_objects(anchor, preps)
    head = anchor.head
    # "X launched strikes against Y" / "US forces launched a round of strikes ... against Y"
    if anchor.dep_ in ("dobj", "obj", "nsubjpass") and head.lemma_ in LIGHT_VERBS:
        targets = targets or frames.prep_objects(head, preps)
        if anchor.dep_ == "nsubjpass":
            agents = frames.agents_of(head)
        else:
            agents = frames.subjects_of_verb(head)
        agents = agents or frames.event_agent(noun)
        if relation in SYMMETRIC and not targets and len(agents) > 1:
            # "Israel and Hamas signed a ceasefire": each agreed with the other.
            yield from _pairs(agents, relation, "symmetric-coordination", noun)
            return
        for agent in agents:
            for obj in targets:
                yield _Candidate(agent, obj, relation, "light-verb-nominal", noun)
        return
    if not targets:
        return
    agents = frames.event_agent(noun)
    if agents:
        rule = (
            "nominal-by-agent"
            if any(c.lower_ == "by" or c.dep_ == "acl" for c in noun.children)
            else "nominal-prep-target"
        )
        for agent in agents:
            for obj in targets:
                yield _Candidate(agent, obj, relation, rule, noun)


_TITLE_WORDS = _words(
    "president minister secretary spokesman spokeswoman spokesperson commander leader "
    "chief general ambassador envoy king queen prince emir premier head director "
    "chairman chairwoman speaker governor mayor official adviser advisor counsellor "
    "chancellor negotiator representative deputy foreign defense defence interior "
    "prime vice state army military senior top supreme"
)
_LEADER_WORDS = _words("leader head chief commander founder emir")


def _titles(frames: _Frames, gazetteer: Gazetteer) -> Iterator[tuple[_Candidate, str]]:
    """Read titles as offices: "US President Joe Biden", "X, Iran's foreign minister"."""
    doc = frames.doc
    for mention in frames.links.mentions:
        if mention.actor.type is not ActorType.PERSON or mention.kind == "coref":
            continue
        root = doc[mention.start : mention.end].root
        modifiers = [
            c
            for c in root.children
            if c.i < mention.start and c.dep_ in ("compound", "amod", "poss", "nmod")
        ]
        appositions = [c for c in root.children if c.dep_ == "appos" and c.i > root.i]
        for title_head in appositions:
            if title_head.lemma_ in _TITLE_WORDS:
                modifiers = [title_head]
                break
        tokens = sorted({t for m in modifiers for t in m.subtree}, key=lambda t: t.i)
        if mention.start <= root.i and not appositions:
            tokens = [t for t in tokens if t.i < mention.start]
        if not any(t.lower_ in _TITLE_WORDS for t in tokens):
            continue
        organisation = None
        for token in tokens:
            found = frames.links.at(token)
            # NER sometimes takes a title word for an organisation ("Defense Secretary").
            if found is None or found is mention or found.kind == "location":
                continue
            words = doc[found.start : found.end]
            if all(t.lower_ in _TITLE_WORDS for t in words):
                continue
            organisation = found
            break
        if organisation is None and mention.actor.country:
            state = gazetteer.state_by_country(mention.actor.country)
            if state is not None:
                organisation = LinkedMention(mention.start, mention.end, state, "gazetteer")
        if organisation is None or organisation.actor.type is ActorType.PERSON:
            continue
        role_tokens = [
            t
            for t in tokens
            if not organisation.start <= t.i < organisation.end
            and t.is_alpha
            and t.dep_ not in ("det", "case")
        ]
        role = " ".join(t.text for t in role_tokens)
        candidate = _Candidate(
            mention, organisation, Relation.OFFICIAL_OF, "title-apposition", root
        )
        yield candidate, role
        if any(t.lower_ in _LEADER_WORDS for t in role_tokens):
            leads = _Candidate(mention, organisation, Relation.LEADS, "title-apposition", root)
            yield leads, role


# -- modality, attribution, date, place --------------------------------------------


def _governors(token: Token) -> Iterator[Token]:
    current = token
    while current.head.i != current.i:
        current = current.head
        yield current


_COMPLEMENT_DEPS = frozenset(
    {"dobj", "obj", "xcomp", "ccomp", "pobj", "prep", "pcomp", "attr", "acomp", "conj", "agent"}
)


def _clause_path(trigger: Token) -> list[Token]:
    """Return the trigger and the words that embed it as a complement.

    "did not launch strikes" reaches "launch" from "strikes"; "strikes have not stopped
    the attacks" does not reach "stopped" (the trigger is its subject, not its object).
    """
    path = [trigger]
    current = trigger
    while current.dep_ in _COMPLEMENT_DEPS and current.head.i != current.i and len(path) < 6:
        current = current.head
        path.append(current)
    return path


def _modality(trigger: Token) -> Modality:
    path = _clause_path(trigger)
    for token in path:
        negated = any(c.dep_ == "neg" for c in token.children)
        # "did not attack"; but "did not say that X attacked" is no denial.
        if negated and (token.lemma_ not in _SPEECH or token.i == trigger.i):
            return Modality.DENIED
        if token.i != trigger.i and token.lemma_ in _DENYING:
            return Modality.DENIED
    for token in path:
        children = list(token.children)
        if any(c.lower_ in _ALLEGED_ADVERBS for c in children):
            return Modality.ALLEGED
        if token.i != trigger.i and token.lemma_ in _ALLEGING and token.lemma_ not in LIGHT_VERBS:
            return Modality.ALLEGED
        if token.i != trigger.i and token.lemma_ in _HYPOTHETICAL_VERBS:
            return Modality.HYPOTHETICAL
        if token.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL_AUX for c in children
        ):
            return Modality.HYPOTHETICAL
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in children):
            return Modality.HYPOTHETICAL
    # The clause the path ends in may itself be conditional or reported.
    top = path[-1]
    if top.dep_ == "advcl" and any(c.lower_ in ("if", "unless") for c in top.children):
        return Modality.HYPOTHETICAL
    return Modality.ASSERTED


def _attribution(trigger: Token, links: ActorLinks, frames: _Frames) -> Actor | None:
    sent = trigger.sent
    for token in sent:
        if token.lower_ == "according" and token.i + 1 < sent.end:
            nxt = trigger.doc[token.i + 1]
            for pobj in nxt.children:
                if pobj.dep_ == "pobj":
                    actors = frames.actors_of(pobj)
                    if actors:
                        return actors[0].actor
    for governor in _governors(trigger):
        if governor.lemma_ in _SPEECH:
            for child in governor.children:
                if child.dep_ == "nsubj":
                    actors = frames.actors_of(child)
                    if actors:
                        return actors[0].actor
    root = sent.root
    if root.lemma_ in _SPEECH and root.i != trigger.i:
        for child in root.children:
            if child.dep_ == "nsubj":
                actors = frames.actors_of(child)
                if actors:
                    return actors[0].actor
    return None


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def resolve_date(text: str, base: dt.date | None) -> dt.date | None:
    """Resolve a date expression against the article date.

    >>> resolve_date("on Wednesday", dt.date(2024, 1, 25))
    datetime.date(2024, 1, 24)
    >>> resolve_date("last week", dt.date(2024, 1, 25))
    datetime.date(2024, 1, 18)
    >>> resolve_date("January 3, 2024", None)
    datetime.date(2024, 1, 3)
    """
    lower = text.lower().strip()
    if base is not None:
        for index, day in enumerate(_WEEKDAYS):
            if re.search(rf"\b{day}\b", lower) and not re.search(r"\bnext\b", lower):
                delta = (base.weekday() - index) % 7
                return base - dt.timedelta(days=delta)
        if lower in ("today", "this morning", "tonight", "this evening"):
            return base
        if lower in ("yesterday", "last night"):
            return base - dt.timedelta(days=1)
        if re.search(r"\b(last|previous|past) week\b", lower):
            return base - dt.timedelta(days=7)
    return _parse_absolute(lower, base)


@lru_cache(maxsize=4096)
def _parse_absolute(text: str, base: dt.date | None) -> dt.date | None:
    if not re.search(r"\d{4}|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b \d", text):
        return None
    import dateparser

    settings: dict[str, object] = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month"]}
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day)
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return parsed.date() if parsed is not None else None


def _event_date(trigger: Token, base: dt.date | None) -> dt.date | None:
    sent = trigger.sent
    dates = [ent for ent in sent.ents if ent.label_ == "DATE"]
    if not dates:
        return None
    subtree = (
        {t.i for t in trigger.head.subtree}
        if trigger.head.i != trigger.i
        else {t.i for t in trigger.subtree}
    )
    dates.sort(key=lambda ent: (ent.root.i not in subtree, abs(ent.root.i - trigger.i)))
    for ent in dates:
        resolved = resolve_date(ent.text, base)
        if resolved is not None:
            return resolved
    return None


def _location(trigger: Token, links: ActorLinks, exclude: set[str]) -> Actor | None:
    scope = [trigger, trigger.head] if trigger.head.i != trigger.i else [trigger]
    for token in scope:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "at", "near", "inside"):
                for pobj in child.children:
                    mention = links.at(pobj) if pobj.dep_ == "pobj" else None
                    if (
                        mention is not None
                        and mention.actor.type in (ActorType.STATE, ActorType.LOCATION)
                        and mention.actor.id not in exclude
                    ):
                        return mention.actor
    return None


# -- entry points ------------------------------------------------------------------


def extract_from_doc(doc: Doc, article: Article, gazetteer: Gazetteer) -> list[Assertion]:
    """Extract the assertions of a parsed article.

    Args:
        doc: the article's text parsed by :func:`kg.nlp.load_nlp`'s pipeline.
        article: the article (for its id and date).
        gazetteer: the gazetteer the pipeline's actor ruler was built from.
    """
    links = link_actors(doc, gazetteer)
    frames = _Frames(doc, links)
    matcher = _matcher_for(id(doc.vocab), doc.vocab)
    matches = sorted(matcher(doc), key=lambda m: m[1])
    best: dict[tuple[str, str, str, int], Assertion] = {}
    order: list[tuple[str, str, str, int]] = []
    for match_id, start, end in matches:
        key = doc.vocab.strings[match_id]
        for candidate in _candidates(frames, key, start, end):
            assertion = _to_assertion(candidate, doc, article, links, frames)
            if assertion is None:
                continue
            if assertion.modality.makes_edge:
                frames.event_agents.setdefault(candidate.relation, []).append(candidate.subject)
            dedup = (
                assertion.subject.actor.id,
                assertion.relation.value,
                assertion.object.actor.id,
                assertion.sentence.start,
            )
            if dedup not in best:
                order.append(dedup)
                best[dedup] = assertion
            elif assertion.confidence > best[dedup].confidence:
                best[dedup] = assertion
    for candidate, role in _titles(frames, gazetteer):
        assertion = _to_assertion(candidate, doc, article, links, frames, role=role)
        if assertion is None:
            continue
        dedup = (
            assertion.subject.actor.id,
            assertion.relation.value,
            assertion.object.actor.id,
            assertion.sentence.start,
        )
        if dedup not in best:
            order.append(dedup)
            best[dedup] = assertion
    return [best[k] for k in order]


def _to_assertion(
    candidate: _Candidate,
    doc: Doc,
    article: Article,
    links: ActorLinks,
    frames: _Frames,
    *,
    role: str | None = None,
) -> Assertion | None:
    subject, obj = candidate.subject, candidate.object
    if subject.actor.id == obj.actor.id:
        return None
    if subject.actor.type is ActorType.LOCATION or obj.actor.type is ActorType.LOCATION:
        return None
    trigger = candidate.trigger
    sent = trigger.sent
    text = sent.text
    start = sent.start_char + (len(text) - len(text.lstrip()))
    stripped = text.strip()
    sentence = TextSpan(text=stripped, start=start, end=start + len(stripped))
    static = candidate.rule == "title-apposition"
    modality = Modality.ASSERTED if static else _modality(trigger)
    rule = RULES[candidate.rule]
    confidence = rule.confidence - candidate.penalty
    if subject.kind == "coref" or obj.kind == "coref":
        confidence -= 0.05
    if modality is not Modality.ASSERTED:
        confidence -= 0.1
    return Assertion(
        article_id=article.id,
        subject=Mention(actor=subject.actor, span=subject.text_span(doc)),
        relation=candidate.relation,
        object=Mention(actor=obj.actor, span=obj.text_span(doc)),
        sentence=sentence,
        rule=candidate.rule,
        modality=modality,
        attributed_to=None if static else _attribution(trigger, links, frames),
        date=None if static else _event_date(trigger, article.date),
        location=None if static else _location(trigger, links, {subject.actor.id, obj.actor.id}),
        confidence=round(max(0.05, min(confidence, 0.99)), 2),
        role=role,
    )


def extract_assertions(
    nlp: Language, articles: Iterable[Article], gazetteer: Gazetteer, *, n_process: int = 1
) -> Iterator[tuple[Article, list[Assertion]]]:
    """Parse articles with ``nlp`` and yield each with its assertions, in order."""
    pending = list(articles) if n_process > 1 else None
    source = pending if pending is not None else articles
    items = ((a.text, a) for a in source)
    for doc, article in nlp.pipe(items, as_tuples=True, n_process=n_process, batch_size=16):
        yield article, extract_from_doc(doc, article, gazetteer)
