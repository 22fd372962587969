"""Read the actors a noun phrase or a verb's arguments stand for.

An argument counts only when it is an actor. Beyond names marked by the actor ruler
and NER, a noun phrase stands for an actor when:

- it is a pronoun or a definite description ("it", "the group"): its antecedent;
- a state institution is modified by a state ("the Iranian military", "US officials",
  "Hungarian and Romanian officials"): that state (or the institution the gazetteer
  knows, through the ruler);
- a place, facility or piece of equipment belongs to an actor ("Kataib Hezbollah's
  headquarters", "Houthi radar sites") or lies in a state ("locations in Syria");
- a group of people is named by a nationality ("Fijian rebels", "Algerian
  landowners"): a new actor of that name, with the state's country code;
- it is in apposition to an actor, or is "other ... groups" coordinated with one.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.lexicon import LexiconEntry, is_event_noun, words
from kg.resolve import ActorLinks, LinkedMention, actor_id
from kg.types import Actor, ActorType, Relation

__all__ = ["GROUP_NOUNS", "STATE_INSTITUTIONS", "TARGET_NOUNS", "Arguments"]

#: Nouns that stand for the state whose demonym or name modifies them.
STATE_INSTITUTIONS = words(
    "military army forces force troops navy government authorities regime officials "
    "official administration ministry police jets warplanes aircraft drones soldiers "
    "soldier diplomats diplomat delegation negotiators negotiator envoy parliament cabinet "
    "leadership leaders leader rulers side security minister president premier spokesman "
    "ambassador agents agent personnel guards officers servicemen serviceman commandos "
    "marines sailors pilots inspectors peacekeepers observers monitors court judge "
    "newspaper media"
)
#: Nouns for places, facilities and equipment: an act on them is an act on their owner
#: ("Kataib Hezbollah's headquarters") or their state ("locations in Syria").
TARGET_NOUNS = words(
    "location position target site base airbase headquarters facility area "
    "infrastructure depot camp missile drone vessel ship outpost stronghold territory "
    "destroyer warship tanker convoy frigate carrier aircraft jet helicopter patrol "
    "lorry lorries truck trucks vehicle vehicles province region district enclave zone "
    "city town village capital compound embassy consulate office offices home homes "
    "tunnel tunnels installation plant port airport border interests"
)
_ARMED_GROUP_NOUNS = words(
    "rebel militant insurgent guerrilla fighter gunman gunmen separatist jihadist "
    "extremist militiaman militiamen paramilitary bomber"
)
_CIVIL_GROUP_NOUNS = words(
    "protester protestor demonstrator student worker refugee activist settler farmer "
    "landowner villager opposition prisoner civilian teacher union party detainee "
    "immigrant migrant adviser advisor businessman journalist national citizen leader"
)
#: Collective nouns: "a group of Moroccan diplomats" stands for the diplomats.
_COLLECTIVE_NOUNS = words(
    "group number delegation team contingent band handful dozen dozens hundreds "
    "thousands tens scores millions "
    "members member chief head leader leaders deputy officials representatives"
)
#: Nouns for groups of people named by nationality ("Fijian rebels").
GROUP_NOUNS = _ARMED_GROUP_NOUNS | _CIVIL_GROUP_NOUNS
#: Nouns for messages and acts whose author is the actor that counts
#: ("rejected a US request", "criticised Iran's programme").
_MESSAGE_NOUNS = words(
    "request proposal demand call offer plan ultimatum decision policy resolution appeal "
    "bid initiative move effort efforts program programme action actions stance position "
    "claim claims accusation accusations allegation allegations report statement remarks "
    "speech comments announcement right rights role record change changes mediation "
    "invitation ban"
)
PRONOUNS = words("it its they them their he him his she her")
_AUTHOR_PREPS = words("by from")
#: Event nouns whose "of" phrase names who acts ("the withdrawal of US troops").
_OF_AGENT_NOUNS = words("withdrawal pullout retreat deployment arrival buildup mobilization")
#: Verbs whose object carries out the act of their "of" complement.
_OBJECT_CONTROL = words("accuse charge blame suspect condemn criticize criticise praise thank")
_OBJECT_DEPS = ("dobj", "obj", "dative", "iobj")


class Arguments:
    """Argument finders over one doc and its actor links."""

    def __init__(self, doc: Doc, links: ActorLinks) -> None:
        self.doc = doc
        self.links = links

    # -- noun phrases -------------------------------------------------------------

    def actors_of(self, token: Token, *, depth: int = 0) -> list[LinkedMention]:
        """Return the actors a noun phrase headed by ``token`` stands for (with conjuncts)."""
        result: list[LinkedMention] = []
        for item in (token, *(c for c in token.conjuncts if c.i > token.i)):
            for mention in self._actor_of(item, depth=depth):
                if all(mention.actor.id != r.actor.id for r in result):
                    result.append(mention)
        return result

    def linked(self, token: Token) -> LinkedMention | None:
        """Return the actor linked at ``token`` (pronouns resolved), if any."""
        mention = self.links.at(token)
        if mention is not None and mention.kind != "location":
            return mention
        if token.pos_ == "PRON" or token.lower_ in PRONOUNS:
            return self.links.antecedent(token)
        return None

    def _modifiers(self, token: Token, *, depth: int) -> list[LinkedMention]:
        """Actors among the modifiers before ``token`` (with their conjuncts)."""
        found: list[LinkedMention] = []
        for child in token.children:
            if child.dep_ not in ("compound", "amod", "nmod", "poss") or child.i > token.i:
                continue
            for item in (child, *child.conjuncts):
                inner = self.linked(item)
                if inner is None and item.dep_ == "compound" and depth < 3:
                    nested = self._actor_of(item, depth=depth + 1)
                    inner = nested[0] if nested else None
                if inner is not None and all(inner.actor.id != f.actor.id for f in found):
                    found.append(inner)
        return found

    def _actor_of(self, token: Token, *, depth: int = 0) -> list[LinkedMention]:
        if depth > 3:
            return []
        mention = self.linked(token)
        if mention is not None:
            return [mention]
        lemma = token.lemma_.lower()
        modifiers = self._modifiers(token, depth=depth)
        if modifiers:
            if lemma in STATE_INSTITUTIONS or token.lower_ in STATE_INSTITUTIONS:
                return modifiers
            if lemma in TARGET_NOUNS or token.lower_ in TARGET_NOUNS:
                # "the US military's Al Asad airbase": the owner, not the facility's name
                owners = [
                    m
                    for m in modifiers
                    if any(c.dep_ == "poss" and m.start <= c.i < m.end for c in token.children)
                ]
                return owners or modifiers[:1]
            non_states = [m for m in modifiers if m.actor.type is not ActorType.STATE]
            compounds = {c.i for c in token.children if c.dep_ == "compound"}
            if non_states and any(m.start <= i < m.end for m in non_states for i in compounds):
                return non_states[:1]
        if lemma in GROUP_NOUNS or token.lower_ in GROUP_NOUNS:
            group = self._group(token)
            if group is not None:
                return [group]
        # "a group of Moroccan diplomats", "members of MASSOB", "the chief of X"
        if lemma in _COLLECTIVE_NOUNS or token.lower_ in _COLLECTIVE_NOUNS:
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            members = self.actors_of(pobj, depth=depth + 1)
                            if members:
                                return members
        # "against Sweden's decision", "a US request": a message stands for its author
        if lemma in _MESSAGE_NOUNS or token.lower_ in _MESSAGE_NOUNS:
            if modifiers:
                return modifiers[:1]
            if depth < 2:
                # "a demand from the US President", "calls by Kofi Annan"
                authors = self.prep_objects(token, _AUTHOR_PREPS)
                if authors:
                    return authors
        # "complained over Israeli air raids": an event stands for who carried it out
        if is_event_noun(lemma) and depth == 0:
            agents = self.event_agent(token)
            if agents:
                return agents
        # "locations in Pakistan, Syria and Iraq": a place noun names its states
        if lemma in TARGET_NOUNS:
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ in ("in", "of", "for"):
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
            head = self.linked(token.head)
            if head is not None:
                return [head]
        for child in token.children:
            if child.dep_ == "appos":
                inner = self.linked(child)
                if inner is not None:
                    return [inner]
        # "Kataib Hezbollah and other Iran-affiliated groups"
        if token.dep_ == "conj" and any(c.lower_ == "other" for c in token.children):
            return self._actor_of(token.head, depth=depth + 1)
        # "UN peacekeepers", "a Serbian army jet": the organisation of its people
        return []

    def _group(self, token: Token) -> LinkedMention | None:
        """Make an actor of "Fijian rebels", "Algerian landowners", "Tamil refugees"."""
        nationality = None
        for child in token.children:
            if child.dep_ in ("amod", "compound", "nmod") and child.i < token.i:
                linked = self.links.at(child)
                ent = next((e for e in self.doc.ents if e.start <= child.i < e.end), None)
                if linked is not None and linked.actor.type is ActorType.STATE:
                    nationality = (child, linked.actor.country)
                    break
                if ent is not None and ent.label_ in ("NORP", "GPE", "LOC"):
                    # "Tamil refugees", "Darfur rebels"
                    nationality = (child, None)
                    break
        if nationality is None:
            return self._group_in_place(token)
        modifier, country = nationality
        start = min(t.i for t in modifier.subtree)
        label = f"{self.doc[start : modifier.i + 1].text} {token.text}"
        if label[:1].islower():
            return None
        armed = token.lemma_.lower() in _ARMED_GROUP_NOUNS
        actor = Actor(
            id=actor_id(label),
            label=label,
            type=ActorType.ARMED_GROUP if armed else ActorType.ORGANIZATION,
            country=country,
        )
        mention = LinkedMention(start, token.i + 1, actor, "group")
        self.links.add(mention)
        return mention

    def _group_in_place(self, token: Token) -> LinkedMention | None:
        """Make an actor of "students throughout Indonesia", "rebels in the Ivory Coast"."""
        for child in token.children:
            if child.dep_ != "prep" or child.lower_ not in ("in", "from", "throughout", "of"):
                continue
            for pobj in child.children:
                place = self.links.at(pobj) if pobj.dep_ == "pobj" else None
                if place is None or place.actor.type not in (ActorType.STATE, ActorType.LOCATION):
                    continue
                label = f"{token.text.capitalize()} in {place.actor.label}"
                armed = token.lemma_.lower() in _ARMED_GROUP_NOUNS
                actor = Actor(
                    id=actor_id(label),
                    label=label,
                    type=ActorType.ARMED_GROUP if armed else ActorType.ORGANIZATION,
                    country=place.actor.country,
                )
                mention = LinkedMention(token.i, token.i + 1, actor, "group")
                self.links.add(mention)
                return mention
        return None

    # -- verbs --------------------------------------------------------------------

    def subjects_of_verb(self, verb: Token) -> list[LinkedMention]:
        """Return the actors that carry out ``verb`` (active voice)."""
        current = verb
        for _ in range(4):
            for child in current.children:
                if child.dep_ in ("nsubj", "csubj"):
                    return self.actors_of(child)
            if current.dep_ == "relcl":
                return self.actors_of(current.head)
            # "accused Israel of launching strikes": the accused is the one who acts.
            if (
                current.dep_ == "pcomp"
                and current.head.lower_ in ("of", "for", "with")
                and current.head.head.lemma_ in _OBJECT_CONTROL
            ):
                return self.direct_objects(current.head.head)
            if current.dep_ in ("conj", "xcomp", "advcl", "acomp") and current.head.pos_ in (
                "VERB",
                "AUX",
                "ADJ",
            ):
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
                        if is_event_noun(pobj.lemma_):
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
            # "the withdrawal of US troops", "the deployment of Russian forces"
            if (
                child.dep_ == "prep"
                and child.lower_ == "of"
                and noun.lemma_.lower() in _OF_AGENT_NOUNS
            ):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return self.actors_of(pobj)
        modifiers = self._modifiers(noun, depth=0)
        return modifiers[:1] if modifiers else []

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

    def direct_objects(self, verb: Token) -> list[LinkedMention]:
        """Return the actors of a verb's direct or indirect object."""
        for child in verb.children:
            if child.dep_ in _OBJECT_DEPS:
                actors = self.actors_of(child)
                if actors:
                    return actors
        return []

    def possessor_objects(self, verb: Token, entry: LexiconEntry) -> list[LinkedMention]:
        """Return the author of a message-like object ("rejected a US request", "Y's plan").

        Also the object's own prepositional target ("threatened action against Y").
        """
        for child in verb.children:
            if child.dep_ not in _OBJECT_DEPS:
                continue
            if child.lemma_.lower() in _MESSAGE_NOUNS or child.lower_ in _MESSAGE_NOUNS:
                # "rejected a US request", "dismissed an appeal from the president"
                modifiers = self._modifiers(child, depth=0)
                if modifiers:
                    return modifiers
                by = self.prep_objects(child, words("by from of"))
                if by:
                    return by
            if is_event_noun(child.lemma_.lower()):
                # "condemned Israeli strikes on Gaza": the act is its agent's.
                agents = self.event_agent(child)
                if agents or entry.judges_acts:
                    # Judging an act with no named agent says nothing of its target.
                    return agents
            targets = self.prep_objects(child, entry.preps)
            if targets:
                return targets
            owners = [
                m for c in child.children if c.dep_ == "poss" and (m := self.linked(c)) is not None
            ]
            if owners:
                # "denounced Serbia's suppression of the unrest": whose act it is.
                return owners
        return []

    def complement_objects(self, verb: Token, entry: LexiconEntry) -> list[LinkedMention]:
        """Return an object inside the verb's complement clause.

        "offered to hand over the suspects to Britain", "threatened to break off relations
        with Congo", "refused to meet the envoy of Y".
        """
        preps = entry.preps | words("to with for from against on")
        frontier = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")]
        for _ in range(3):
            following: list[Token] = []
            for clause in frontier:
                found = self.direct_objects(clause) or self.prep_objects(clause, preps)
                if not found:
                    for child in clause.children:
                        if child.dep_ in _OBJECT_DEPS:
                            found = self.prep_objects(child, preps)
                            if found:
                                break
                if found:
                    return found
                following += [
                    c for c in clause.children if c.dep_ in ("xcomp", "ccomp", "conj", "advcl")
                ]
            frontier = following
        return []

    def purpose_objects(self, verb: Token, entry: LexiconEntry) -> list[LinkedMention]:
        """Return an object of a purpose clause ("to protest X", "in protest of X")."""
        for child in verb.children:
            if child.dep_ in ("advcl", "xcomp") and child.pos_ == "VERB":
                found = self.direct_objects(child) or self.prep_objects(child, entry.preps)
                if found:
                    return found
            if child.dep_ == "prep" and child.lower_ in ("in", "for"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and is_event_noun(pobj.lemma_):
                        found = self.prep_objects(pobj, entry.preps)
                        if found:
                            return found
        return []

    def clausal_objects(self, verb: Token) -> list[LinkedMention]:
        """Return the subject of the verb's complement ("demanded that Y stop")."""
        for child in verb.children:
            if child.dep_ in ("ccomp", "xcomp"):
                for grandchild in child.children:
                    if grandchild.dep_ in ("nsubj", "nsubjpass"):
                        return self.actors_of(grandchild)
        return []

    def place_objects(self, token: Token) -> list[LinkedMention]:
        """Return states named as the place of the act ("lifted the curfew in Y")."""
        for scope in (token, *(c for c in token.children if c.dep_ in _OBJECT_DEPS)):
            for child in scope.children:
                if child.dep_ == "prep" and child.lower_ in ("in", "into", "from"):
                    for pobj in child.children:
                        if pobj.dep_ != "pobj":
                            continue
                        states = [
                            m for m in self.actors_of(pobj) if m.actor.type is ActorType.STATE
                        ]
                        if states:
                            return states
                        mention = self.links.at(pobj)
                        if mention is not None and mention.actor.type is ActorType.STATE:
                            return [mention]
        return []

    def relation_preps(
        self, relation: Relation, noun: Token, entry: LexiconEntry
    ) -> frozenset[str]:
        """Return the prepositions that introduce the object of an event noun."""
        return entry.preps | entry.noun_preps.get(noun.lemma_.lower(), frozenset())
