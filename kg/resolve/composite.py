"""Actors named by an agent noun: composite actors and generic mentions.

Most events in conflict reporting are carried by actors that no named-entity model
tags: "Iraqi security forces", "Syrian government forces", "Kurdish fighters",
"Iran-backed militias", "the junta", "the rebels". An *agent noun* from CAMEO's agent
dictionary (:mod:`kg.resolve.agents`) heads each of them; what the actor is follows from
its *affiliation* (a modifier or an "of"/"from" phrase) and the noun's sector:

========================  ===============================  ==============================
affiliation               sector                           actor
========================  ===============================  ==============================
a named group or body     any                              that group ("Houthi rebels")
"X-backed", "X-funded"    any                              "X-backed militias" (X supports it)
"X-led"                   any, "coalition"                 "X-led coalition" (X leads it)
a state                   government                       the state ("Iraqi officials")
a state                   military                         its armed forces
a state                   police, intelligence, courts,    "Police of Iraq"... (part of the
                          legislature                      state)
a state                   rebels, militants, opposition    "Syrian rebels" (country only:
                                                           they do not answer to it)
a people, creed or camp   any                              "Kurdish fighters", "Shia militias"
none                      of a state                       the article's dominant state,
                                                           when one clearly is
none                      rebels, militants                the armed group named last,
                                                           else the story's main group
========================  ===============================  ==============================

A composite actor gets a stable id from its name, so the same composite from two
articles is one node. Anonymous people, victims, crowds and the like have no sector
here and never become actors; a generic mention that no context resolves is dropped.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from spacy.tokens import Doc, Token

from kg.gazetteer import Gazetteer
from kg.places import is_named_place, place_country
from kg.resolve.agents import AgentLexicon, Sector, load_agents, plural
from kg.resolve.links import (
    BACKING_PARTICIPLES,
    DESCRIPTIONS,
    ActorLinks,
    LinkedMention,
    actor_id,
    derived,
    normalise_name,
    opposite_doers,
    read_colon_table,
)
from kg.types import Actor, ActorType
from kg.vocab import ONTOLOGY_DIR
from kg.wordclasses import (
    CHARGING_VERBS,
    FORMER,
    HARM_VERBS,
    REPRESSING_VERBS,
    TITLE_WORDS,
    conjuncts_of,
    counts,
    dependents,
    labelled,
    lower_words,
    pobjs,
    positions,
    sentences_back,
)

__all__ = [
    "link_branches",
    "link_composites",
    "link_ministries_in_full",
    "link_possessed_bodies",
]

#: People who speak or act for a state, whose "in" phrase may list several states:
#: "officials in Belgium, Germany and Italy".
_ENVOYS = frozenset({"official", "diplomat", "envoy", "minister", "delegate", "representative"})

#: Words that make a coalition one of parties or civic groups, no armed force: "the
#: opposition coalition", "the ruling coalition", "a civilian coalition".
_POLITICAL_BLOCS = frozenset(
    {
        "opposition",
        "ruling",
        "governing",
        "political",
        "civilian",
        "electoral",
        "parliamentary",
        "party",
        "coalition",
        "centrist",
        "conservative",
        "liberal",
        "leftist",
        "rightist",
        "nationalist",
        "pro-democracy",
        "reformist",
        "civic",
    }
)

#: The roles on the way up from a group named in another group's appositive ("the
#: armed wing of the OPM", "an al-Qaeda affiliate", "al-Qaeda's Sahel branch").
_DESCRIBING = frozenset({"pobj", "prep", "appos", "compound", "poss", "nmod"})
#: Participles that make the actor before the hyphen a maker ("Iranian-made drones").
_MADE = frozenset({"made", "built", "manufactured", "produced", "designed", "supplied"})
#: Participles that make it the leader ("US-led coalition", "Saudi-led forces").
_LEADING = frozenset({"led", "commanded"})
#: Modifiers that say nobody knows who the agents are.
_ANONYMOUS = frozenset(
    {
        "unidentified",
        "unknown",
        "masked",
        "suspected",
        "alleged",
        "anonymous",
        "armed",
        "some",
        "several",
        "foreign",
        "local",
        "many",
        "former",
        "ex",
        "retired",
        "off-duty",
        "individual",
        # "other rebel groups", "rival militias": not the one named before
        "other",
        "rival",
        "various",
    }
)
#: Modifiers that leave whose people they are unknown or another state's ("unidentified
#: activists", "foreign dissidents"), where a count does not ("135 opponents").
_UNKNOWN = frozenset({"unidentified", "unknown", "masked", "anonymous", "foreign", "former"})
#: The state's opponents by their stance, whom its repression names ("jailed activists").
_OPPONENTS = frozenset({"activist", "dissident", "opponent"})
#: Modifiers that leave a group of opponents the state's: "new dissidents", "prominent
#: opposition leaders", "political opponents".
_PLAIN_MODIFIERS = frozenset(
    {"new", "prominent", "leading", "senior", "top", "other", "political", "opposition", "more"}
)
#: Held things that are people: "a rebel commander", "the separatist group".
_HELD_AGENTS = frozenset({"commander", "leader", "group", "fighter"})
#: Participles of holding after a hyphen: "rebel-held", "militant-controlled".
_HOLDING_PARTICIPLES = frozenset({"held", "controlled", "run", "occupied", "dominated"})
#: Nouns for places and things an agent noun may modify ("rebel positions").
_HELD_THINGS = frozenset(
    {
        "position",
        "base",
        "target",
        "hideout",
        "camp",
        "stronghold",
        "territory",
        "area",
        "outpost",
        "checkpoint",
        "convoy",
        "commander",
        "leader",
        "group",
        "attack",
        "fighter",
        # the agent's acts and means: "coalition airstrikes", "coalition forces"
        "airstrike",
        "strike",
        "raid",
        "offensive",
        "bombing",
        "support",
        "aircraft",
        "jet",
        "warplane",
        "drone",
        "operation",
        "campaign",
        "force",
        "troop",
        "official",
        "spokesman",
        "spokesperson",
        "power",
        "plane",
        "partner",
        "member",
        # a unit or post of the forces: "an army patrol", "a police station"
        "patrol",
        "station",
        "post",
        "barracks",
        "garrison",
        "vehicle",
        # who holds a place: "the town remains in junta hands", "fell into rebel hands"
        "hand",
    }
)
#: Words that put a person out of a state's command: "former president X", "opposition
#: leader Y", "detained rebel chief Z".
_OUT_OF_POWER = FORMER | frozenset(
    {"opposition", "rebel", "detained", "jailed", "exiled", "imprisoned", "warlord", "militia"}
)
#: Sectors of men under arms, whom a person may lead outside any state's command.
_ARMED_SECTORS = frozenset(
    {Sector.MILITARY, Sector.REBELS, Sector.UNIDENTIFIED_ARMED, Sector.RADICALS}
)
#: Adjectives whose "to"/"with" phrase names the agents' side.
_LOYAL = frozenset({"loyal", "allied", "aligned", "affiliated", "linked", "belonging"})
#: What a state calls the insurgents it fights ("killed 30 terrorists"): the story's main
#: group, as "rebels" are (where "gunmen" and "attackers" may be anyone's, and "terrorist
#: strikes" anyone's acts).
_INSURGENT_NAMES = frozenset({"terrorist"})
#: Bodies that "the court" takes up by the noun of their name ("the International Court
#: of Justice ... the court").
_NAMED_BODIES = frozenset({"court", "tribunal"})
#: How many sentences back "the rebels" may find the group they stand for.
_GROUP_WINDOW = 2
#: ("its army" is the reporting subject's, see ``_speakers_own``.)
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
#: Verbs whose object's "of" phrase is the charge: "accused the junta of bombing schools"
#: (a verdict and a condemnation too: "convicted X of", "condemned X of").
_CHARGING = CHARGING_VERBS | {"convict", "condemn"}
#: Collective heads: a state's singular agent noun is an actor only when it is one of
#: these ("the Iraqi army"); a single soldier or official is a person, not an actor.
_COLLECTIVE = frozenset(
    {
        "army",
        "military",
        "government",
        "regime",
        "junta",
        "police",
        "enforcement",
        "administration",
        "authority",
        "coalition",
        "parliament",
        "assembly",
        "senate",
        "cabinet",
        "navy",
        "force",
        "leadership",
        "militia",
        "guard",
        "security",
        "intelligence",
        "judiciary",
        "court",
        "gendarmerie",
        "legislature",
        "opposition",
        "insurgency",
        "artillery",
        "aircraft",
        "personnel",
        "airpower",
        "power",
        "state",
        "delegation",
        # units: "an army patrol", "a Kenyan police contingent", "the LNA's command"
        "command",
        "patrol",
        "unit",
        "battalion",
        "brigade",
        "contingent",
        "detachment",
        # criminal groups: "the cartel" is one, as "the militia" is
        "gang",
        "cartel",
    }
)
#: Nouns of attacks, whose "on"/"against" phrase names their victims.
_ATTACKS = frozenset(
    {"attack", "assault", "raid", "ambush", "strike", "bombing", "offensive", "ambushes"}
)
#: Verbs of firing at a target named after "on" or "at" ("fired on army checkpoints",
#: "opened fire at a police post"): its victims, as a harm verb's object is.
_FIRING = frozenset({"fire", "open", "shoot", "launch", "lob"})
#: Verbs of letting others act, whose object may be the asker's own ("asked X to allow
#: its troops in").
_PERMITTING = frozenset({"allow", "let", "permit", "admit", "welcome", "accept", "host"})
#: Verbs of seizing power in a coup ("soldiers seized power in Niger").
_SEIZING = frozenset({"seize", "take", "grab"})
#: Participles that lay an act on its author: "a bomb blamed on X", "attributed to X".
_LAID_ON = frozenset({"blame", "attribute"})
_FIRED_AT = frozenset({"on", "at", "upon"})
#: Acts in whose course agents are named ("killed 300 extremists in operations"): a
#: phrase of them says when, not which agents.
_CIRCUMSTANCES = _ATTACKS | frozenset(
    {"operation", "clash", "fighting", "battle", "crackdown", "airstrike", "fight"}
)
#: Verbs of acts against forces: forces named as their object are not "the army" after.
_ACTED_ON = frozenset(
    {
        *("expel", "evict", "oust", "attack", "strike", "kill", "ambush", "fight", "defeat"),
        *("accuse", "condemn", "blame", "sanction", "target", "repel", "kick", "drive"),
    }
)
#: Criminal groups: the plural is many groups of a state, the singular one named before.
_GANGS = frozenset({"gang", "cartel"})
#: Heads that stand for an actor only with its affiliation in the phrase ("a delegation
#: from Niger", "the Hamas delegation"), never from the article's context.
_NAMED_ONLY = frozenset({"delegation"})
#: Singular heads that name one body of a state ("Kenya's foreign ministry", "the
#: Sudanese sovereign council"): a government body of that state, not the state itself.
_BODIES = frozenset({"ministry", "council"})
#: How a ministry's topic word is written in its name.
_MINISTRY_TOPICS = {"foreign": "Foreign Affairs", "defence": "Defense"}
#: State agents that act as a body when named bare as a subject ("Police detained X").
_ACTING_BODIES = frozenset(
    {
        "authority",
        "authorities",
        "police",
        "policeman",
        "gendarmerie",
        "prosecutor",
        "prosecutors",
        "enforcement",
    }
)
#: Aircraft and ships, which a bare plural does not give to the state of the scene.
_AIRCRAFT = frozenset(
    {"jet", "warplane", "drone", "aircraft", "helicopter", "plane", "bomber", "warship"}
)
#: Verbs whose object troops belong to their subject ("Iran sent troops to Syria").
_DEPLOYING = frozenset(
    {
        "send",
        "deploy",
        "keep",
        "station",
        "maintain",
        "withdraw",
        "dispatch",
        "pull",
        "have",
        "move",
        "mass",
        "rush",
        "commit",
        "base",
        "post",
        "reinforce",
    }
)
#: Of those, the verbs of sending troops somewhere, which give a counted force its state.
_SENDING = frozenset({"send", "deploy", "dispatch", "rush", "commit", "move"})
#: Heads after a state's name that make it the state acting ("the Iraqi government").
_STATE_HEADS = frozenset({"government", "regime", "army", "military", "administration"})
_MILITARY_HEADS = frozenset({"army", "military", "forces", "troops", "soldiers"})
_BODY_LABELS = {
    Sector.POLICE: ("police", "Police of {}"),
    Sector.INTELLIGENCE: ("intelligence", "Intelligence services of {}"),
    Sector.JUDICIARY: ("judiciary", "Judiciary of {}"),
    Sector.LEGISLATURE: ("legislature", "Legislature of {}"),
}
_GROUP_TYPES = {
    Sector.OPPOSITION: ActorType.ORGANIZATION,
    Sector.PARTY: ActorType.ORGANIZATION,
}
_NON_STATE = (
    ActorType.ARMED_GROUP,
    ActorType.ORGANIZATION,
    ActorType.INTERNATIONAL_ORGANIZATION,
    ActorType.GOVERNMENT_BODY,
)


@dataclass(frozen=True, slots=True)
class _StateFacts:
    forces: dict[str, str]  # state id -> its armed forces body
    demonyms: dict[str, str]  # state id -> its first demonym


def _facts(gazetteer: Gazetteer) -> _StateFacts:
    return derived("state-facts", gazetteer, _state_facts)


def _state_facts(gazetteer: Gazetteer) -> _StateFacts:
    forces: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    for name in gazetteer.names:
        actor = gazetteer.actors.get(name.actor_id)
        if actor is None:
            continue
        if name.kind == "armed-forces" and actor.part_of:
            forces.setdefault(actor.part_of, actor.id)
        elif name.kind == "demonym" and not name.text.endswith("s"):
            demonyms.setdefault(actor.id, name.text)
    return _StateFacts(forces=forces, demonyms=demonyms)


#: Sectors whose "pro-X" people favour X rather than being armed by it: activists,
#: protesters, parties, lawmakers, governments, judges.
_FAVOURING = frozenset(
    {Sector.OPPOSITION, Sector.PARTY, Sector.GOVERNMENT, Sector.LEGISLATURE, Sector.JUDICIARY}
)


#: Nouns of a border, whose state modifier names the other side: "the Afghan border".
_BORDERS = frozenset({"border", "frontier", "borderland", "boundary"})


def _pro(doc: Doc, start: int) -> bool:
    """Whether the name at ``start`` follows "pro-" ("pro-Russian", "pro-Iran")."""
    return start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ == "pro"


#: Words of a force or body of several states, or of a region: no one state's.
_SUPRANATIONAL = frozenset(
    {"regional", "multinational", "international", "joint", "standby", "foreign", "allied"}
)
#: Bodies a state has one of: their plural is several states' ("the Sahel juntas").
_ONE_PER_STATE = frozenset({"junta", "government", "regime", "administration", "cabinet"})
#: A state's one army, named bare: "the army in Khartoum" is the army of the state the
#: place lies in (where "troops in Syria" may be any state's).
_ONE_ARMY = frozenset({"army", "military"})


def _ethnic(doc: Doc, start: int) -> bool:
    """Whether the name at ``start`` follows "ethnic" ("ethnic Armenian separatists")."""
    return start >= 1 and doc[start - 1].lower_ == "ethnic"


def _anti(doc: Doc, start: int) -> bool:
    """Whether the name at ``start`` follows "anti-" ("anti-Pakistan militants")."""
    return start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ == "anti"


def _clearly_first(counts: Counter[str]) -> str | None:
    """The key counted at least twice and twice as often as the next, if any.

    The first and second of ``counts.most_common(2)`` (the first key counted most, then
    the most of the rest), read in one pass without sorting.
    """
    first: str | None = None
    most = second = 0
    for key, count in counts.items():
        if first is None or count > most:
            second = most if first is not None else 0
            first, most = key, count
        elif count > second:
            second = count
    if first is not None and most >= 2 and most >= 2 * second:
        return first
    return None


#: Affiliations that name a camp of states, not a people: "Western governments" are
#: an actor together, "a Western delegation" is one of theirs and none.
_CAMPS = frozenset({"western", "european"})


def _affiliation_word(word: tuple[str, int] | None, found: tuple[str, int]) -> tuple[str, int]:
    """The affiliation an agent phrase keeps: its first, but a bare "ethnic" gives way.

    "ethnic armed groups": Ethnic armed groups; "ethnic Armenian separatists": Ethnic
    Armenian separatists, not Ethnic separatists.
    """
    if word is None or word[0].lower() == "ethnic":
        if word is not None and not found[0].lower().startswith("ethnic"):
            return (f"{word[0]} {found[0]}", word[1])
        return found
    return word


def _group_type(sector: Sector) -> ActorType:
    return _GROUP_TYPES.get(sector, ActorType.ARMED_GROUP)


def _composite(name: str, actor_type: ActorType, **extra: object) -> Actor:
    return Actor(id=actor_id(name), label=name, type=actor_type, **extra)  # type: ignore[arg-type]


class _Resolver:
    def __init__(self, doc: Doc, links: ActorLinks, gazetteer: Gazetteer, agents: AgentLexicon):
        self.doc = doc
        self.links = links
        self.gazetteer = gazetteer
        self.agents = agents
        self.facts = _facts(gazetteer)
        self._dominant: Actor | bool | None = False  # False: not computed yet
        self._strict: Actor | None = None
        self._scene: Actor | bool | None = False  # False: not computed yet
        self._only_group: Actor | bool | None = False
        self._main_group: Actor | bool | None = False
        #: generic mentions found so far (linked once every composite is)
        self.pending: list[LinkedMention] = []

    # -- context ---------------------------------------------------------------------

    def dominant_state(self) -> Actor | None:
        """The state the article is about, when one clearly is (twice the next).

        Every mention counts for its state: actors, and places for the state they lie
        in. When that names no state, armed groups count too, for the state they fight
        in (an article on the RSF and "the army" is about Sudan).
        """
        if self._dominant is not False:
            return self._dominant  # type: ignore[return-value]
        counts: Counter[str] = Counter()
        fought_in: Counter[str] = Counter()
        for mention in self.links.mentions:
            if mention.kind == "generic":
                continue
            if mention.kind == "location":
                # "Balochistan", "Quetta": the places of the story count for their state
                code = place_country(mention.actor.label)
                state = self.gazetteer.state_by_country(code) if code else None
            else:
                state = self.gazetteer.state_of(mention.actor)
                if (
                    state is None
                    and mention.actor.type is ActorType.ARMED_GROUP
                    and mention.actor.country
                ):
                    # (whom the group answers to is another matter: gazetteer.state_of)
                    group_state = self.gazetteer.state_by_country(mention.actor.country)
                    if group_state is not None:
                        fought_in[group_state.id] += 1
            if state is not None:
                counts[state.id] += 1
        found = _clearly_first(counts)
        if found is None and fought_in:
            found = _clearly_first(counts + fought_in)
        self._strict = self.gazetteer.actors.get(found) if found is not None else None
        dateline = self.links.dateline
        if found is None and dateline is not None:
            # "COTONOU (Reuters) - ... Benin (10) ... Burkina Faso (7)": the state named
            # most is the story's when the dateline is in it, if not clearly so (for
            # the agent nouns of this module only: see strict_dominant_state)
            ranked = counts.most_common(2)
            if (
                ranked
                and ranked[0][0] == dateline.id
                and ranked[0][1] >= 2
                and (len(ranked) == 1 or ranked[0][1] > ranked[1][1])
            ):
                found = dateline.id
        self._dominant = self.gazetteer.actors.get(found) if found is not None else None
        return self._dominant

    def _across_border(self, mention: LinkedMention) -> bool:
        """Whether a state is named only for the border it has with the story's scene.

        "attacks on security forces near the Afghan border", "the border with Iran":
        the story is set on the other side.
        """
        root = self.doc[mention.start : mention.end].root
        head = root.head
        if root.dep_ == "pobj" and head.lower_ == "with":
            head = head.head
        elif root.dep_ not in ("amod", "compound", "poss"):
            return False
        return head.lemma_.lower() in _BORDERS

    def strict_dominant_state(self) -> Actor | None:
        """The state the article is clearly about by its mentions alone, the dateline aside.

        What the extraction reads off the links (a bare title's state: "Foreign Minister
        X" in a story filed from Cotonou may be Togo's) needs the stricter evidence.
        """
        self.dominant_state()
        return self._strict

    def scene_state(self) -> Actor | None:
        """The state the story's places lie in and its armed groups fight in, if one is first.

        Foreign states and their forces named in the story do not count: "Russian jets
        struck rebel positions in Hama" is a story set in Syria.
        """
        if self._scene is not False:
            return self._scene  # type: ignore[return-value]
        counts: Counter[str] = Counter()
        for mention in self.links.mentions:
            if mention.kind == "location":
                code = place_country(mention.actor.label)
            elif mention.actor.type is ActorType.ARMED_GROUP and mention.kind != "generic":
                code = mention.actor.country
            else:
                continue
            state = self.gazetteer.state_by_country(code) if code else None
            if state is not None:
                counts[state.id] += 1
        ranked = counts.most_common(2)
        found = None
        if ranked and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
            found = self.gazetteer.actors.get(ranked[0][0])
        self._scene = found
        return found

    def clause_state(self, token: Token) -> Actor | None:
        """The state a clause of place puts ``token``'s agents in, if one does.

        "In Kyrgyzstan, where the authorities jailed activists": the clause on a state
        its "where" is in; "In Serbia, police detained ...": the state a fronted "in"
        phrase of the clause names (not one after the agents: "troops in Mali" may be
        anyone's), or the state of the city or region it names ("In Gyumri, police
        used stun grenades": Armenia's).
        """
        for verb in token.ancestors:
            if verb.dep_ == "relcl" and any(c.lower_ == "where" for c in dependents(verb)):
                seat = self.links.at(verb.head)
                if seat is not None and seat.actor.type is ActorType.STATE:
                    return seat.actor
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            for prep in dependents(verb):
                if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i != verb.left_edge.i:
                    continue
                for pobj in (c for c in dependents(prep) if c.dep_ == "pobj"):
                    seat = self.links.at(pobj)
                    if (
                        seat is not None
                        and pobj.i < token.i
                        and seat.end - seat.start == pobj.i - pobj.left_edge.i + 1
                    ):
                        state = self._state_named(seat)
                        if state is not None:
                            return state
        return None

    def named_state(self, token: Token, sector: Sector | None = None) -> Actor | None:
        """The state whose government or forces were named last before ``token``.

        "Syrian government forces advanced ... the army captured ...": a definite
        "the army" or "the government" takes up the state agent named before it, which
        is a better guide than the state named most often (an article on Syria may
        name Russia more often than Syria).
        """
        earlier = [m for m in self.pending if m.end <= token.i]
        forces = set(self.facts.forces.values())
        # "the army" takes up forces named before, "the government" a government:
        # "Israeli warplanes struck ... would work with the new authorities" is no Israel
        military = sector is Sector.MILITARY
        civil = sector is Sector.GOVERNMENT
        for mention in sorted(
            [*self.links.before(token), *earlier], key=lambda m: m.start, reverse=True
        ):
            actor = mention.actor
            root = self.doc[mention.start : mention.end].root
            if root.dep_ in ("dobj", "obj") and root.head.lemma_.lower() in _ACTED_ON:
                # "the junta expelled French troops ... accused the army": forces acted on
                # are seldom the ones "the army" takes up
                continue
            if _backing_agent(root):
                # "government troops backed by Ugandan soldiers had shelled ... The army
                # accused": the troops backed, not their backers
                continue
            if root.dep_ == "pobj" and root.head.lower_ in ("at", "inside", "outside"):
                # "was hosted at the White House": a venue, no government acting
                continue
            if actor.type is ActorType.GOVERNMENT_BODY and actor.part_of:
                # "the Nigerian Army" is a part of the forces, which are the state's
                owner = self.gazetteer.actors.get(actor.part_of)
                armed = actor.id in forces or (owner is not None and owner.id in forces)
                if owner is not None and owner.id in forces and owner.part_of:
                    owner = self.gazetteer.actors.get(owner.part_of)
                if (military and not armed) or (civil and armed):
                    continue
                story = self.strict_dominant_state()
                if (
                    not armed
                    and story is not None
                    and owner is not None
                    and owner.id != story.id
                    and mention.kind != "composite"
                    and (self.links.dateline is None or self.links.dateline.id != owner.id)
                ):
                    # "MANAGUA - ... The US Treasury Department imposed sanctions on
                    # Nicaraguan judges ... UN experts accused the government": a foreign
                    # department named in a story about another state (and not filed
                    # from its own) is not the government it takes up
                    continue
                if owner is not None and owner.type is ActorType.STATE:
                    return owner
            elif actor.type is ActorType.STATE and mention.end < len(self.doc):
                span = self.doc[mention.start : mention.end]
                after = self.doc[mention.end].lemma_.lower()
                heads = _MILITARY_HEADS if military else _STATE_HEADS
                if (mention.kind == "composite" and not military) or (
                    after in heads and span.root.dep_ != "poss"
                ):
                    return actor
        return None

    def deployer(self, head: Token) -> Actor | None:
        """The state that sends, keeps or withdraws the troops ``head`` names, if named.

        "Turkey keeps troops at a base near Mosul", "accused Turkey of ... keeping
        troops": the troops are the deploying state's, however many ("has deployed
        thousands of soldiers", "sent 2,000 troops").
        """
        if head.dep_ == "pobj" and head.head.lower_ == "of" and counts(head.head.head):
            head = head.head.head  # "thousands of soldiers": the count is the verb's object
        verb = head.head
        if (counts(head) or any(c.dep_ in ("nummod", "quantmod") for c in dependents(head))) and (
            verb.lemma_.lower() not in _SENDING
        ):
            # ("the United States has 5,000 troops in Iraq": the state is there, in the
            # count of its men)
            return None
        if head.dep_ not in ("dobj", "obj") or verb.lemma_.lower() not in _DEPLOYING:
            return None
        came_from = verb
        for _ in range(6):
            subject = None
            if came_from is not verb and came_from.lower_ == "of":
                # "accused Turkey of keeping troops": the object keeps them
                subject = next((c for c in dependents(verb) if c.dep_ in ("dobj", "obj")), None)
            subject = subject or next((c for c in dependents(verb) if c.dep_ == "nsubj"), None)
            if subject is not None:
                mention = self.links.at(subject)
                if mention is None and subject.lower_ in TITLE_WORDS:
                    # "Peru's new president, Jose Jeri, ... deploying soldiers": the
                    # state whose office the subject holds
                    mention = next(
                        (
                            found
                            for c in dependents(subject)
                            if c.dep_ in ("poss", "amod", "compound")
                            and (found := self.links.at(c)) is not None
                            and found.actor.type is ActorType.STATE
                        ),
                        None,
                    )
                if mention is None or mention.kind == "location":
                    return None
                actor = mention.actor
                if actor.type is ActorType.STATE:
                    return actor
                return None
            if verb.dep_ not in ("pcomp", "prep", "xcomp", "conj", "advcl") or verb.head is verb:
                return None
            came_from, verb = verb, verb.head
        return None

    def _hired_or_unknown(self, mention: LinkedMention) -> bool:
        """Whether a composite is named by a noun of hired or unidentified armed men."""
        return (
            mention.kind == "composite"
            and self.agents.phrases.get((self.doc[mention.end - 1].lower_,))
            is Sector.UNIDENTIFIED_ARMED
        )

    def last_group(self, token: Token, sector: Sector | None = None) -> Actor | None:
        """The armed group named last before ``token``, in its sentence or the two before.

        Else the only armed group the article names (:meth:`only_group`), else, for rebels,
        radicals and "terrorists" (not "gunmen", whom nobody may know), the group the story
        is clearly about (:meth:`main_group`).
        """
        sentence = sentences_back(token, _GROUP_WINDOW)
        named = [
            mention
            for mention in itertools.takewhile(
                lambda m: m.start >= sentence, self.links.before(token)
            )
            if mention.actor.type is ActorType.ARMED_GROUP and mention.kind not in ("generic",)
        ]
        # "al-Shabaab, which is allied with al-Qaeda, ... fighting the militants": the
        # group described, not one named in its description
        named = [m for m in named if not self.links.named_in_description(m, named)]
        if sector is Sector.REBELS:
            # "Government troops backed by Russian mercenaries recaptured the rebel
            # stronghold": hired or unknown gunmen named by their noun are no rebels
            named = [m for m in named if not self._hired_or_unknown(m)]
        # "M23 rebels seized Uvira after Wazalendo militias pulled out ... urged the
        # rebels to withdraw": the group named with the same noun, before one named nearer
        # with another
        lemma = token.lemma_.lower()
        definite = any(
            c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in dependents(token)
        ) and not any(c.dep_ == "poss" for c in dependents(token))
        # (and "the rebels" a sentence further back still, when the nearer group is
        # named with another noun: "M23 rebels seized Bukavu ... allied militias known as
        # Wazalendo retreated ... Burundi said ... The rebels now control Goma")
        wider = sentences_back(token, _GROUP_WINDOW + 1) if definite and named else sentence
        farther = [
            mention
            for mention in itertools.takewhile(lambda m: m.start >= wider, self.links.before(token))
            if mention.start < sentence
            and mention.actor.type is ActorType.ARMED_GROUP
            and mention.kind not in ("generic",)
        ]
        for mention in (*named, *farther) if definite else ():
            last = self.doc[mention.end - 1]
            if (
                mention.end - mention.start > 1
                and last.i != token.i
                and last.lemma_.lower() == lemma
            ):
                return mention.actor
        if named:
            return named[0].actor
        group = self.only_group()
        if (
            group is not None
            and sector is Sector.REBELS
            and any(
                m.actor.id == group.id and self._hired_or_unknown(m) for m in self.links.mentions
            )
        ):
            group = None  # (the story's only group hired guns: no rebels)
        if group is None and (
            sector in (Sector.REBELS, Sector.RADICALS)
            or (
                token.lemma_.lower() in _INSURGENT_NAMES
                and token.tag_ in ("NNS", "NNPS")
                and token.dep_ != "attr"  # "They are terrorists": what, not who
            )
        ):
            group = self.main_group()
        return group

    def main_group(self) -> Actor | None:
        """The armed group of the story's state that the article names clearly most.

        "The TPNPB killed four miners ... the TPNPB said ... (ULMWP once) ... Prabowo vowed
        to crush the separatists": the group named five times, not the one named once. Only
        a story set in one state has one: a group of another state, or one the story's state
        backs, is no insurgent of the story's ("Russian jets struck rebel-held areas ...
        Islamic State" is no story on Islamic State's rebels). When the story names no group
        of its state, a group of another that it names clearly most is (al-Shabaab in a
        story on Kenya, JNIM in one on Burkina Faso), but never a brand of no one country
        ("Islamic State") nor a force its own state backs ("Wagner").
        """
        if self._main_group is False:
            home = self.dominant_state() or self.scene_state()
            counts: Counter[str] = Counter()
            anywhere: Counter[str] = Counter()
            for m in self.links.mentions:
                if m.actor.type is not ActorType.ARMED_GROUP or m.kind in ("generic", "coref"):
                    continue
                if home is not None and home.id in m.actor.supported_by:
                    continue
                if self._describes_other_group(m):
                    continue  # "the TPNPB, the armed wing of the OPM": the TPNPB's story
                own = self.gazetteer.state_by_country(m.actor.country) if m.actor.country else None
                if own is not None and own.id in m.actor.supported_by:
                    continue  # "Wagner": a force its own state backs is no insurgent
                anywhere[m.actor.id] += 1
                if home is not None and m.actor.country == home.country:
                    counts[m.actor.id] += 1
            found = _clearly_first(counts)
            if found is None and not counts:
                # "Al-Shabaab fighters attacked ... in Kenya", "JNIM ... in Burkina Faso":
                # with no group of the story's state named, a group that fights across
                # its borders, when it is named clearly most (not a brand with no country
                # of its own: "Islamic State" names no one insurgency)
                found = _clearly_first(anywhere)
                actor = self.gazetteer.actors.get(found) if found is not None else None
                if actor is None or actor.country is None:
                    found = None
            self._main_group = self.gazetteer.actors.get(found) if found is not None else None
            if found is not None and self._main_group is None:
                self._main_group = next(
                    (m.actor for m in self.links.mentions if m.actor.id == found), None
                )
        return self._main_group  # type: ignore[return-value]

    def _describes_other_group(self, mention: LinkedMention) -> bool:
        """Whether a group is named only in the description of another one.

        "The West Papua National Liberation Army (TPNPB), the armed wing of the Free Papua
        Movement (OPM), claimed the attack": the movement describes the group that acts;
        so does al-Qaeda in "JNIM, an al-Qaeda affiliate (al-Qaeda's Sahel affiliate),
        claimed the assault".
        """
        token = self.doc[mention.start : mention.end].root
        for _ in range(4):
            if token.dep_ == "appos":
                described = self.links.at(token.head)
                return (
                    described is not None
                    and described.actor.type is ActorType.ARMED_GROUP
                    and described.actor.id != mention.actor.id
                )
            if token.dep_ not in _DESCRIBING or token.head.i == token.i:
                return False
            token = token.head
        return False

    def only_group(self) -> Actor | None:
        """The one armed group the article names, if it names exactly one.

        "Fighting between rebels and government forces ... a rebel group known as 3R":
        with one group in the story, its rebels are that group's wherever they appear.
        """
        if self._only_group is False:
            groups = {
                m.actor.id: m.actor
                for m in self.links.mentions
                if m.actor.type is ActorType.ARMED_GROUP
                and m.kind != "generic"
                # ("JNIM, an al-Qaeda affiliate, claimed the attack": one group named)
                and not self._describes_other_group(m)
            }
            self._only_group = next(iter(groups.values())) if len(groups) == 1 else None
        return self._only_group  # type: ignore[return-value]

    # -- affiliation ------------------------------------------------------------------

    def affiliation(self, head: Token, start: int) -> tuple[str, object, int] | None:
        """Find what an agent noun belongs to: (kind, actor or word, first token index)."""
        left = head.left_edge.i
        if head.dep_ in ("compound", "amod") and head.head.i > head.i:
            # "US-led coalition airstrikes", "Kurdish militant positions"
            left = min(left, head.head.left_edge.i)
        modifiers = list(self.doc[left:start])
        # "Shiite militias" is one phrase of the agent dictionary: its creed still counts
        modifiers += [t for t in self.doc[start : head.i] if t.lower_ in self.agents.affiliations]
        # the names after "of", "from" and "loyal to", which follow the agents' noun
        followers: list[Token] = []
        loyal_to: list[Token] = []
        for prep in dependents(head):
            if prep.dep_ == "prep" and prep.lower_ in ("of", "from"):
                # "the juntas of Mali, Burkina Faso and Niger": each its own
                followers += [
                    item
                    for c in dependents(prep)
                    if c.dep_ == "pobj"
                    for item in (c, *conjuncts_of(c))
                ]
            # "forces loyal to President X", "militias allied with Y"
            if prep.dep_ in ("amod", "acl") and prep.lower_ in _LOYAL:
                # (a "loyal" away from the noun the parser hung it on is another's:
                # "the army and forces loyal to X")
                found = pobjs(prep)
                if prep.i == head.i + 1:
                    loyal_to += found
                else:
                    modifiers += found
        loyal = self.doc[head.i + 1] if head.i + 1 < len(self.doc) else None
        if (
            loyal is not None
            and head.dep_ == "conj"
            and loyal.head.i == head.head.i
            and loyal.dep_ in ("amod", "acl")
            and loyal.lower_ in _LOYAL
        ):
            # "the army and forces loyal to X", "loyal" hung on the first conjunct
            loyal_to += pobjs(loyal)
        joined = [t.i for t in modifiers if t.dep_ == "cc" and t.head.i < t.i]
        if joined and any(
            t.dep_ == "conj" and t.i > joined[-1] and t.lower_ in self.agents.affiliations
            for t in modifiers
        ):
            # "Iraqi and Kurdish forces", "Shiite and Sunni militias": the noun is the
            # last conjunct's people's, not "Iraqi Kurdish forces" (two states coordinated
            # are each their own: "Russian and Chinese warships", below)
            modifiers = [t for t in modifiers if t.i > joined[-1]]
        modifiers += followers + loyal_to
        armed = self.agents.phrases.get((head.lower_,)) in _ARMED_SECTORS
        named = backer = leader = state = word = possessor = None
        first = start
        owners = {
            m.actor.id
            for t in modifiers
            if (m := self.links.at(t)) is not None
            # (and a region named with a state: "talks between Ethiopia and Tigray rebels")
            and (m.kind != "location" or is_named_place(m.actor.label))
        }
        if len(owners) > 1 and any(t.dep_ == "conj" for t in modifiers):
            return "several", None, start  # "Russian and Chinese warships": each its own
        for token in modifiers:
            lower = token.lower_
            if lower in BACKING_PARTICIPLES | _LEADING:
                patron = self.links.before_hyphen(token)
                if patron is not None:
                    if lower in _LEADING:
                        leader = leader or (patron, token)
                    else:
                        backer = backer or (patron, token)
                    continue
            if lower in self.agents.affiliations and token.i < head.i:
                if lower in _CAMPS and head.tag_ not in ("NNS", "NNPS"):
                    return None  # "a Western delegation": one of a camp, no actor
                # a people or creed, even if tagged ("ethnic" gives way to the people it
                # qualifies: "ethnic Karen rebels")
                word = _affiliation_word(word, (token.text, token.i))
                continue
            mention = self.links.at(token)
            if mention is None and token.dep_ == "poss" and token.lower_ in ("his", "her"):
                # "Honduran President Xiomara Castro said her government ...": the person
                # the pronoun stands for
                referent = self.links.antecedent(token)
                # (a person named in the sentence: "the Afghan army chief said his
                # forces" names no one the pronoun could take up; but "her government"
                # is the government of the person named in the sentence before: "Peru's
                # President Dina Boluarte ... Rights groups accused her government")
                governing = self.agents.phrases.get((head.lower_,)) is Sector.GOVERNMENT
                if referent is not None and (
                    referent.start >= sentences_back(token, 1 if governing else 0)
                ):
                    mention = LinkedMention(token.i, token.i + 1, referent.actor, "coref")
            if mention is None and token.dep_ == "poss" and token.lower_ in ("its", "their"):
                mention = self._speakers_own(token, head)
            if mention is None and token.dep_ == "poss" and token.lower_ == "whose":
                # "Russia, whose military instructors arrived in Niamey": the relative
                # clause's noun
                referent = self.links.antecedent(token)
                if referent is not None:
                    mention = LinkedMention(token.i, token.i + 1, referent.actor, "coref")
            if mention is not None and mention.kind != "location":
                actor = mention.actor
                if _pro(self.doc, mention.start):
                    if self.agents.phrases.get((head.lower_,)) in _FAVOURING:
                        # "pro-Palestinian activists", "a pro-Western government": they
                        # favour the state, which backs no one by it
                        text = self.doc[mention.start : mention.end].text
                        word = word or (f"pro-{text}", mention.start - 2)
                    else:
                        # "pro-Russian separatists": backed by Russia, not Russia's
                        backer = backer or (actor, self.doc[mention.start])
                    continue
                after = mention.end
                if (
                    after + 1 < len(self.doc)
                    and self.doc[after].text == "-"
                    and self.doc[after + 1].lower_ in BACKING_PARTICIPLES
                ):
                    # "Kremlin-backed forces": the backer (read at its participle), not
                    # the owner of the forces
                    continue
                if _anti(self.doc, mention.start):
                    # "anti-Pakistan militants": against Pakistan, not Pakistan's
                    text = self.doc[mention.start : mention.end].text
                    word = word or (f"anti-{text}", mention.start - 2)
                    continue
                if actor.type is ActorType.STATE and _ethnic(self.doc, mention.start):
                    # "ethnic Armenian separatist authorities": a people, not the state
                    text = self.doc[mention.start : mention.end].text
                    word = _affiliation_word(word, (f"ethnic {text}", mention.start - 1))
                    continue
                if actor.type is ActorType.STATE:
                    state = state or (actor, mention.start)
                elif (group := self._led_group(actor, armed)) is not None and (
                    token.dep_ == "poss" or token in followers or token in loyal_to
                ):
                    # "Haftar's forces", "fighters loyal to Riek Machar", "the forces of
                    # Hemedti": the armed group the gazetteer says the person leads
                    named = named or (group, mention.start)
                elif (
                    actor.type is ActorType.PERSON
                    and armed
                    and (token in followers or token in loyal_to)
                    and self._out_of_power(token, mention)
                ):
                    # "forces of Khalifa Haftar": the men he leads, not a state's (a leader
                    # of an armed group has no country in the gazetteer); "troops loyal to
                    # former president X", "fighters loyal to opposition leader Y": no
                    # state's either, named by the extraction as the phrase says
                    if token in loyal_to:
                        return "loyal", actor, start
                    possessor = possessor or (actor, mention.start)
                elif actor.type is ActorType.PERSON and (
                    actor.country or self._titled_state(actor) is not None
                ):
                    # "Assad's forces", "troops loyal to President X": the leader's state
                    # (for a person the gazetteer does not know, the state of the title
                    # the article gave: "Honduran President Xiomara Castro ... her
                    # government")
                    ruled = (
                        self.gazetteer.state_by_country(actor.country)
                        if actor.country
                        else self._titled_state(actor)
                    )
                    if ruled is not None:
                        state = state or (ruled, min(mention.start, start))
                elif (
                    actor.type is ActorType.PERSON
                    and token.dep_ == "poss"
                    and self.agents.phrases.get((head.lower_,)) is not Sector.GOVERNMENT
                ):
                    # "Haftar's forces": the men he leads, whatever state is named near
                    # (but "President Suharto's government" is his state's)
                    possessor = possessor or (actor, mention.start)
                elif actor.type in _NON_STATE or (
                    actor.type is ActorType.GOVERNMENT_BODY and mention.kind == "coref"
                ):
                    # (a body only as the reporting speaker's "its": _speakers_own)
                    named = named or (actor, mention.start)
                continue
        indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in dependents(head))
        if named is None and leader is None and backer is None and word is None and not indefinite:
            # "rebel groups backed by Turkey": as "Turkey-backed rebel groups" (but "a
            # militia supported by Iran" is one not named yet, and "Syrian Kurdish fighters
            # backed by X" are named by their people)
            for acl in dependents(head):
                if acl.dep_ != "acl" or acl.lower_ not in BACKING_PARTICIPLES | _LEADING:
                    continue
                if self.doc[acl.i - 1].text == ",":
                    continue  # an aside: "the government, backed by Russia, ..."
                # the name right after "by" (the parser may hang a later noun there:
                # "rebels led by Hayat Tahrir al-Sham seized Damascus")
                patrons = [
                    m
                    for agent in dependents(acl)
                    if agent.dep_ == "agent" and (m := self.links.after(agent)) is not None
                ]
                if len(patrons) == 1 and patrons[0].actor.type is ActorType.PERSON:
                    # "the coalition government led by Mario Draghi": his state's; but
                    # "senators led by Jim Risch" are no composite of his
                    chief = patrons[0].actor
                    group = self._led_group(chief, armed)
                    if group is not None and acl.lower_ in _LEADING:
                        return "named", group, start  # "fighters led by Haftar": the LNA
                    ruled = (
                        self.gazetteer.state_by_country(chief.country) if chief.country else None
                    )
                    if ruled is not None and acl.lower_ in _LEADING:
                        return "state", ruled, start
                    break
                if len(patrons) == 1:
                    patron = patrons[0].actor
                    if acl.lower_ in _LEADING and patron.type is ActorType.ARMED_GROUP:
                        return "named", patron, start  # "militants led by ISIL": ISIL
                    kind = "led" if acl.lower_ in _LEADING else "backed"
                    return kind, patron, start
        if named is not None:
            return "named", named[0], min(named[1], first)
        if possessor is not None and state is None:
            return "led", possessor[0], min(possessor[1], first)
        if leader is not None:
            patron, participle = leader
            group = self._led_group(patron, armed)
            if group is not None:
                return "named", group, self._patron_start(participle)  # "Haftar-led forces"
            return "led", patron, self._patron_start(participle)
        if backer is not None:
            patron, participle = backer
            return "backed", patron, self._patron_start(participle)
        if state is not None and word is not None and word[1] > state[1]:
            # "Syrian Kurdish forces": the Kurds of Syria, not the Syrian state's forces
            return "word", f"{self.doc[state[1]].text} {word[0]}", state[1]
        if state is not None:
            return "state", state[0], min(state[1], first)
        if word is not None:
            return "word", word[0], word[1]
        return None

    def _backed_named_before(self, head: Token, first: int, patron: Actor) -> Actor | None:
        """The group named before that ``patron`` backs, for "the X-backed <agents>".

        "The Houthis seized the ship ... The Iran-backed rebels have attacked dozens of
        ships": the last group named before the phrase that the gazetteer (or the
        article's own "X-backed" phrase) gives that backer. A phrase with no article
        ("Iran-backed militias") names others.
        """
        if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in dependents(head)):
            return None
        # (placed: "the Iran-backed rebels in Yemen" are no group of another country)
        seat = self._seat(head)
        backed = [
            m
            for m in self.links.mentions
            if m.end <= first
            and m.kind != "location"
            and m.actor.type in _NON_STATE
            and patron.id in m.actor.supported_by
            and (seat is None or m.actor.country == seat.country)
        ]
        return max(backed, key=lambda m: m.start).actor if backed else None

    def _led_group(self, actor: Actor, armed: bool) -> Actor | None:
        """The armed group a person leads (gazetteer ``leads``), for armed agents only.

        "Haftar's forces" are the Libyan National Army, but "Haftar's government" or
        "Machar's supporters" are not his armed group.
        """
        if not armed or actor.type is not ActorType.PERSON or actor.leads is None:
            return None
        return self.gazetteer.actors.get(actor.leads)

    def _out_of_power(self, token: Token, mention: LinkedMention) -> bool:
        """Whether the person named after "of" or "loyal to" commands no state's forces.

        A person the gazetteer gives no country (the leader of an armed group: "forces
        of Khalifa Haftar") and whom the article titles with no state, or one the
        phrase calls out of power ("former president X", "opposition leader Y").
        """
        words = {t.lower_ for t in self.doc[token.left_edge.i : mention.start]}
        if words & _OUT_OF_POWER:
            return True
        actor = mention.actor
        return actor.country is None and self._titled_state(actor) is None

    def _speakers_own(self, pronoun: Token, head: Token) -> LinkedMention | None:
        """The state or group whose agents "its" names, when it is the reporting subject.

        "The Russian Defence Ministry said its forces had struck ...": the ministry's state;
        "the FLA said its fighters ...": the FLA; "the Ukrainian general staff said its
        forces ...": Ukraine; "Russia moved its troops to the border": the subject of the
        verb whose object they are. Only the subject of the verb the phrase is reported
        under or is the object of counts, and only for the agents themselves ("its
        heaviest drone attacks" are no drones of anyone's).
        """
        if head.dep_ in ("compound", "amod") or head.head.i == head.i:
            return None
        verb = head.head
        speaker = None
        # ("their" only under a reporting verb: "gunmen attacked their convoy" is the
        # victims')
        reported_only = pronoun.lower_ == "their"
        if head.dep_ in ("dobj", "obj") and verb.pos_ == "VERB" and not reported_only:
            # "Russia moved its troops to the border", "Serbia put its army on alert":
            # the agents its own clause's subject acts with
            speaker = next((c for c in dependents(verb) if c.dep_ == "nsubj"), None)
            if (
                speaker is None
                and verb.dep_ == "xcomp"
                and verb.head.pos_ == "VERB"
                and verb.lemma_.lower() not in _PERMITTING
            ):
                # "urged Rwanda to withdraw its troops", "prompting Serbia to put its army
                # on alert": the one told to act, the object of the verb above (not a
                # permission, whose troops may be the asker's: "asked Somalia to allow
                # its troops to cross")
                # ("called on Azerbaijan to pull its forces back": the one called on)
                speaker = next(
                    (
                        c
                        for c in dependents(verb.head)
                        if c.dep_ in ("dobj", "obj")
                        or (c.dep_ == "prep" and c.lower_ in ("on", "upon") and c.i < verb.i)
                    ),
                    None,
                )
                if speaker is not None and speaker.dep_ == "prep":
                    speaker = next((c for c in dependents(speaker) if c.dep_ == "pobj"), None)
        if speaker is None and (
            not reported_only
            and head.dep_ == "nsubj"
            and verb.dep_ in ("advcl", "conj")
            and verb.head.pos_ in ("VERB", "AUX")
        ):
            # "it is using the talks to buy time while its army grinds forward": the
            # subject of the clause the agents' own clause hangs on
            speaker = next((c for c in dependents(verb.head) if c.dep_ == "nsubj"), None)
        if speaker is None:
            while verb.dep_ not in ("ccomp", "ROOT") and verb.head.i != verb.i:
                verb = verb.head
            if verb.dep_ != "ccomp":
                return None
            if reported_only and any(
                (m := self.links.at(t)) is not None and m.kind != "location"
                for t in self.doc[verb.left_edge.i : pronoun.i]
            ):
                # "The RSF said army troops and their allied militias had attacked": the
                # actor the reported clause names before "their" may be its owner
                return None
            reporting = verb.head
            speaker = next((c for c in dependents(reporting) if c.dep_ == "nsubj"), None)
            if speaker is None and reporting.tag_ == "VBG" and reporting.dep_ == "advcl":
                # "Al-Shabaab claimed the attack, saying its fighters had killed 20
                # soldiers": the participle's speaker is the subject of the clause it
                # hangs on
                speaker = next((c for c in dependents(reporting.head) if c.dep_ == "nsubj"), None)
        if speaker is None:
            return None
        referent = self.links.at(speaker)
        if referent is None and speaker.lower_ in ("it", "they"):
            referent = self.links.antecedent(speaker)  # "Moscow ... it is using ..."
        if referent is None:
            # "the Ukrainian general staff said its forces ...": the state it is of
            referent = next(
                (
                    m
                    for c in dependents(speaker)
                    if c.dep_ in ("amod", "compound", "poss")
                    and (m := self.links.at(c)) is not None
                    and m.actor.type is ActorType.STATE
                ),
                None,
            )
        if referent is None or referent.kind == "location":
            return None
        if pronoun.lower_ == "their" and not self._plural_speaker(speaker, referent):
            return None
        actor = referent.actor
        if actor.type is ActorType.GOVERNMENT_BODY and _armed_body(actor):
            # "the Frontier Corps said its soldiers ...", "Ukraine's military intelligence
            # said its drones ...": the armed body's own men and craft
            return LinkedMention(pronoun.i, pronoun.i + 1, actor, "coref")
        if actor.type is ActorType.GOVERNMENT_BODY:
            actor = self.gazetteer.state_of(actor) or actor
        if actor.type not in (ActorType.STATE, *_NON_STATE):
            return None
        return LinkedMention(pronoun.i, pronoun.i + 1, actor, "coref")

    def _plural_speaker(self, speaker: Token, referent: LinkedMention) -> bool:
        """Whether "their" may stand for the one reporting subject ``speaker`` names.

        "The Houthis said their forces had shot down a drone", "the rebels said their
        fighters ...": an armed group, alone; not a state ("Russia said their troops":
        others'), nor one of several ("Kenya and Uganda said their troops": each its own).
        """
        if conjuncts_of(speaker) or speaker.lower_ == "it":
            return False
        if speaker.lower_ == "they":
            return True
        return referent.actor.type is ActorType.ARMED_GROUP

    def _titled_state(self, person: Actor) -> Actor | None:
        """The state named in the title before a person's first full mention, if any.

        "Honduran President Xiomara Castro", "Peru's President Dina Boluarte".
        """
        first = next(
            (m for m in self.links.mentions if m.actor.id == person.id and m.kind != "coref"),
            None,
        )
        if first is None:
            return None
        for token in self.doc[max(0, first.start - 4) : first.start]:
            if token.sent.start != self.doc[first.start].sent.start:
                continue
            mention = self.links.at(token)
            if (
                mention is not None
                and mention.actor.type is ActorType.STATE
                and mention.kind != "location"
                and any(t.lower_ in TITLE_WORDS for t in self.doc[mention.end : first.start])
            ):
                return mention.actor
        return None

    def _patron_start(self, participle: Token) -> int:
        mention = self.links.at(self.doc[participle.i - 2])
        return mention.start if mention is not None else participle.i - 2

    # -- the actor --------------------------------------------------------------------

    def _named_force(self, state: Actor, noun: str) -> Actor | None:
        """A force of ``state`` the gazetteer knows by the state's name and ``noun``."""
        people = self.facts.demonyms.get(state.id, state.label)
        words = noun.split()
        if not words or words[-1] in ("forces", "troops", "soldiers", "military", "army"):
            return None  # the state's forces as a whole: its armed forces
        singular = " ".join([*words[:-1], words[-1].removesuffix("s")])
        for name in (f"{state.label} {singular}", f"{people} {singular}", f"{state.label} {noun}"):
            known = self.gazetteer.lookup(name)
            if known is not None and known.country == state.country and known.id != state.id:
                return known
        return None

    def state_agent(self, state: Actor, sector: Sector, noun: str) -> Actor:
        if sector is Sector.GOVERNMENT:
            return state
        if sector is Sector.MILITARY:
            named = self._named_force(state, noun)
            if named is not None:
                return named  # "China's coast guard": the China Coast Guard
            body = self.facts.forces.get(state.id)
            return self.gazetteer.actors.get(body, state) if body else state
        if sector in _BODY_LABELS:
            suffix, label = _BODY_LABELS[sector]
            if sector is Sector.POLICE:
                # "police" in a Haitian story: the Haitian National Police, where the
                # gazetteer knows the state's police by its demonym ("Haitian police")
                people = self.facts.demonyms.get(state.id, state.label)
                known = self.gazetteer.lookup(f"{people} police")
                if (
                    known is not None
                    and known.type is ActorType.GOVERNMENT_BODY
                    and known.country == state.country
                ):
                    return known
            return Actor(
                id=f"{state.id}-{suffix}",
                label=label.format(state.label),
                type=ActorType.GOVERNMENT_BODY,
                country=state.country,
                part_of=state.id,
            )
        people = self.facts.demonyms.get(state.id, state.label)
        return _composite(f"{people} {noun}", _group_type(sector), country=state.country)

    def resolve(self, head: Token, start: int, sector: Sector) -> tuple[Actor, int] | None:
        if any(
            t.lower_ in _MADE and t.i > 0 and self.doc[t.i - 1].text == "-"
            for t in self.doc[head.left_edge.i : head.i]
        ):
            return None  # "Iranian-made drones": things made by a state, not its forces
        noun = plural(head.lemma_.lower()) if head.tag_ in ("NNS", "NNPS") else head.lower_
        if head.tag_ not in ("NNS", "NNPS"):
            noun = plural(head.lower_) if head.lower_ not in _COLLECTIVE else head.lower_
        # the whole agent phrase: "Afghan rebel leaders", "Syrian government forces"
        noun = " ".join([*(t.lower_ for t in self.doc[start : head.i]), noun])
        if head.lemma_.lower() in _BODIES and head.tag_ in ("NN", "NNP"):
            return self.state_body(head, start)
        coalition_word = next(
            (
                c
                for c in dependents(head)
                if c.dep_ in ("compound", "nmod") and c.lemma_.lower() == "coalition"
            ),
            None,
        )
        if coalition_word is not None and not any(
            self.links.at(t) is not None for t in self.doc[coalition_word.left_edge.i : head.i]
        ):
            # "coalition aircraft", "coalition forces": the coalition's
            coalition = self.coalition(head)
            if coalition is not None:
                return coalition, min(start, coalition_word.left_edge.i)
        if not self._collective(head):
            return None  # a single soldier or official is a person, not a composite
        if head.lemma_.lower() == "opponent" and not self._repressed(head):
            state = self._own_opponents(head)
            if state is not None:
                # "President Petro accused his opponents of ...": the state's opposition
                return self.state_agent(state, Sector.OPPOSITION, "opposition"), start
            return None  # "Berisha's opponents": against their owner, not his (see from_context)
        named = self._named_with_its_noun(head)
        if named is not None:
            return named, start
        if head.lemma_.lower() in _GANGS and any(
            c.dep_ in ("nummod", "quantmod") for c in dependents(head)
        ):
            return None  # "Ecuador's two largest gangs, X and Y": those it names, not all
        name_after = next(
            (
                linked
                for c in dependents(head)
                if c.dep_ == "appos"
                and c.i > head.i
                and c.pos_ == "PROPN"
                # (not set off by a comma: "the group's unit, the Amniyat,")
                and c.left_edge.i == head.i + 1
                and (linked := self.links.at(c)) is not None
                and linked.kind != "location"
                and linked.actor.type in _NON_STATE
            ),
            None,
        )
        if name_after is not None:
            # "the main opposition Cambodia National Rescue Party", "members of the
            # opposition Citizens Coalition for Change": the name the noun stands before
            return name_after.actor, start
        if head.dep_ == "appos" and head.i > head.head.i:
            # "Kataib Hezbollah, an Iran-backed militia": the appositive is the group
            described = self.links.at(head.head)
            before = head.left_edge.i - 2
            if before > head.head.i and self.doc[before + 1].text == ",":
                # "alongside UNIFIL, the U.N. peacekeeping force," hung on an earlier
                # noun: the name right before the comma is the one described
                nearer = self.links.at(self.doc[before])
                if nearer is not None and nearer.actor.type is not ActorType.STATE:
                    described = nearer
            if (
                described is not None
                and described.kind != "location"
                and described.actor.type in _NON_STATE
            ):
                return described.actor, start
        found = self.affiliation(head, start)
        if found is None and (
            sector in (Sector.GOVERNMENT, Sector.POLICE, Sector.JUDICIARY)
            or (sector is Sector.MILITARY and head.lemma_.lower() in _ONE_ARMY)
        ):
            # "the central government in Baghdad", "the authorities in Kabul", "police in
            # Nairobi", "fighting the army in Khartoum", "a court in Istanbul" (but
            # "Hezbollah officials in Beirut" are Hezbollah's, and "troops in Syria" may
            # be anyone's)
            for prep in dependents(head):
                if prep.dep_ != "prep" or prep.lower_ != "in":
                    continue
                for pobj in (c for c in dependents(prep) if c.dep_ == "pobj"):
                    seat = self.links.at(pobj)
                    if seat is not None and seat.actor.type is ActorType.STATE:
                        if head.lemma_.lower() in _ENVOYS and any(
                            (other := self.links.at(c)) is not None
                            and other.actor.type is ActorType.STATE
                            and other.actor.id != seat.actor.id
                            for c in conjuncts_of(pobj)
                        ):
                            # "officials in Belgium, Germany and Italy": several states'
                            # officials (read by the arguments), no one state's agent
                            return None
                        return self.state_agent(seat.actor, sector, noun), start
                    if seat is not None and sector in (Sector.JUDICIARY, Sector.POLICE):
                        # (a court or the police of a city: the city's state's)
                        state = self._place_state(pobj)
                        if state is not None:
                            return self.state_agent(state, sector, noun), start
        if found is not None:
            kind, value, first = found
            if kind == "several":
                return None
            if kind == "loyal":
                # named as the extraction names people loyal to a leader ("militants loyal
                # to al-Zarqawi"): "forces loyal to Riek Machar"
                person: Actor = value  # type: ignore[assignment]
                phrase = normalise_name(self.doc[first : head.i + 1].text)
                phrase = phrase[:1].upper() + phrase[1:]
                return (
                    _composite(
                        f"{phrase} loyal to {person.label}",
                        ActorType.ARMED_GROUP,
                        country=person.country,
                    ),
                    first,
                )
            if kind == "named":
                return value, first  # type: ignore[return-value]
            if kind == "led":
                patron: Actor = value  # type: ignore[assignment]
                actor_type = (
                    ActorType.INTERNATIONAL_ORGANIZATION
                    if head.lemma_.lower() in ("coalition", "alliance")
                    else _group_type(sector)
                )
                return _composite(f"{patron.label}-led {noun}", actor_type), first
            if kind == "backed":
                patron = value  # type: ignore[assignment]
                named_before = self._backed_named_before(head, first, patron)
                if named_before is not None:
                    return named_before, first
                return (
                    _composite(
                        f"{patron.label}-backed {noun}",
                        _group_type(sector),
                        supported_by=(patron.id,),
                    ),
                    first,
                )
            if kind == "state":
                return self.state_agent(value, sector, noun), first  # type: ignore[arg-type]
            if sector is Sector.GOVERNMENT:
                # "the Shiite-led government": the state's, not a creed's
                in_context = self.from_context(head, start, sector, noun)
                if in_context is not None:
                    return in_context
            word = str(value)
            label = word[:1].upper() + word[1:]
            actor_type = (
                ActorType.ARMED_GROUP
                if sector
                in (Sector.MILITARY, Sector.REBELS, Sector.UNIDENTIFIED_ARMED, Sector.RADICALS)
                else ActorType.ORGANIZATION
            )
            if noun.split()[0] == word.lower():
                noun = " ".join(noun.split()[1:])  # "Shiite militias": the phrase has it
            return _composite(f"{label} {noun}", actor_type), first
        if head.lemma_.lower() in _NAMED_ONLY:
            return None  # "a Western delegation": whose, only its own phrase says
        return self.from_context(head, start, sector, noun)

    def _own_opponents(self, head: Token) -> Actor | None:
        """The state whose office-holder speaks of "his opponents" as the clause's subject.

        "Petro has accused his opponents of planning a return to war": the opponents of a
        state's president who charges them are the state's opposition (but the owner
        must be the one who speaks: "Berisha's opponents accused him" are not his).
        """
        if head.tag_ != "NNS" or head.dep_ not in ("dobj", "obj", "pobj"):
            return None
        owner = next((c for c in dependents(head) if c.dep_ == "poss"), None)
        if owner is None or owner.lower_ not in ("his", "her"):
            return None
        verb = head.head if head.dep_ != "pobj" else head.head.head
        subject = next((c for c in dependents(verb) if c.dep_ == "nsubj"), None)
        if subject is None:
            return None
        mention = self.links.at(subject)
        if mention is None and subject.lower_ in ("he", "she"):
            mention = self.links.antecedent(subject)
        if mention is None or mention.actor.type is not ActorType.PERSON:
            return None
        person = mention.actor.id
        first = next(
            (m for m in self.links.mentions if m.actor.id == person and m.kind != "coref"),
            mention,
        )
        before = self.doc[max(first.start - 4, self.doc[first.start].sent.start) : first.start]
        if any(t.lower_ in _OUT_OF_POWER for t in before):
            return None  # "opposition leader Bobi Wine accused his opponents": in power
        state = self._titled_state(mention.actor)
        if state is None and mention.actor.country:
            state = self.gazetteer.state_by_country(mention.actor.country)
        return state

    def state_body(self, head: Token, start: int) -> tuple[Actor, int] | None:
        """One body of a state named in the phrase: "Nigeria's defense ministry".

        The words between the state's name and the head name the body ("Ministry of
        Defense of Nigeria", "Sovereign Council of Sudan"); a body the gazetteer knows
        by that name is that actor. Without a state in the phrase ("the provincial
        council") it is no actor.
        """
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in dependents(head)):
            return None  # a name: "the Chinese Council of Advanced Policy Studies"
        found = self.affiliation(head, start)
        if found is None and head.lemma_.lower() == "ministry" and self._bare_office(head):
            # "Foreign Ministry spokesperson Lin Jian said": the ministry of the state the
            # story is about (named last, else most)
            context = self.named_state(head, Sector.GOVERNMENT) or self.dominant_state()
            if context is not None:
                left = head.left_edge.i
                while self.doc[left].dep_ == "det":
                    left += 1
                found = ("state", context, left)
        if found is None or found[0] != "state":
            return None
        state: Actor = found[1]  # type: ignore[assignment]
        first = found[2]
        named = self.links.at(self.doc[first])
        after = named.end if named is not None and named.end <= head.i else first
        words = [
            t
            for t in self.doc[after : head.i]
            if t.dep_ not in ("det", "case", "punct", "poss") and t.text != "'s"
        ]
        if any(not t.is_alpha or t.pos_ not in ("ADJ", "NOUN", "PROPN") for t in words):
            return None  # "Iraq's new foreign ministry building", "its 2019 council"
        if not words:
            return None  # "Kenya's ministry", "Sudan's council": which one is not said
        noun = head.lemma_.lower()
        return _body_of(self.gazetteer, state, noun, words, ActorType.GOVERNMENT_BODY), first

    def _bare_office(self, head: Token) -> bool:
        """Whether a ministry is named by its topic alone before an office or a name.

        "Foreign Ministry spokesperson Lin Jian", "the Defence Ministry said".
        """
        words = [t for t in self.doc[head.left_edge.i : head.i] if t.dep_ not in ("det",)]
        return bool(words) and all(
            t.is_alpha and t.pos_ in ("ADJ", "NOUN", "PROPN") and self.links.at(t) is None
            for t in words
        )

    def _collective(self, head: Token) -> bool:
        """A plural, a collective noun, or an agent noun modifying another noun.

        "Kurdish militant positions", "rebel bases": a noun used as a modifier is singular
        in form whoever it names.
        """
        return (
            head.tag_ in ("NNS", "NNPS")
            # "Rebels of the KNDF captured ...": a capitalised plural the tagger took
            # for a name
            or (head.tag_ == "NNP" and head.is_title and head.lower_.endswith("s"))
            or head.lemma_.lower() in _COLLECTIVE
            or (
                head.dep_ in ("compound", "amod", "nmod")
                and head.i < head.head.i
                and head.head.pos_ == "NOUN"
                # "the separatist group": the phrase's own head says who
                and head.head.lemma_.lower() not in _HELD_AGENTS
            )
            # "rebel-held areas": the holders named before the participle
            or (
                head.i + 2 < len(self.doc)
                and self.doc[head.i + 1].text == "-"
                and self.doc[head.i + 2].lower_ in _HOLDING_PARTICIPLES
            )
        )

    def coalition(self, head: Token) -> Actor | None:
        """The coalition "the coalition" stands for.

        The coalition named before ("the US-led coalition", "the Global Coalition"),
        else the one of :data:`COALITIONS_FILE` whose adversary the article names ("the
        coalition" of a story on the Islamic State).
        """
        led = next(
            (
                m.actor
                for m in self.links.before(head)
                if "-led " in m.actor.label or "coalition" in m.actor.label.lower()
            ),
            None,
        )
        if led is not None:
            return led
        named = {m.actor.id for m in self.links.mentions}
        for coalition_id, adversaries in read_coalitions().items():
            if named & adversaries and coalition_id in self.gazetteer.actors:
                return self.gazetteer.actors[coalition_id]
        return None

    def from_context(
        self, head: Token, start: int, sector: Sector, noun: str
    ) -> tuple[Actor, int] | None:
        if head.lemma_.lower() == "state":
            return None  # "the state" alone: a state's own name says which
        words = {t.lower_ for t in self.doc[head.left_edge.i : head.i + 1]}
        if (
            sector is Sector.OPPOSITION
            and not words & _UNKNOWN
            and (self._repressed(head) or "opposition" in words)
        ):
            # "the opposition", "some opposition politicians in Yerevan" and, however
            # many, the opponents a state represses ("jailed two dozen activists",
            # "stripped 135 opponents of their citizenship"): those of the state the
            # story is about, when one clearly is (other activists, and protesters,
            # stay people)
            state = self._seat(head) or self.clause_state(head) or self.dominant_state()
            if state is None or self._elsewhere(head, state):
                return None
            return self.state_agent(state, sector, noun), start
        if head.lemma_.lower() == "force" and self.doc[head.i - 1].lower_ == "armed":
            words.discard("armed")  # "the armed forces": a state's, not armed men
        counted = any(c.dep_ in ("nummod", "quantmod") for c in dependents(head))
        if words & _ANONYMOUS:
            return None  # "unidentified gunmen": people, not an actor
        if sector.of_state and (counted or not words & _DEFINITE):
            # "two soldiers", "an army patrol": people or a unit, not an actor; but
            # "militants killed 12 police officers", "the ELN ambushed an army patrol"
            # in a story about one state: its forces, the insurgents' victims
            victim = head.head if head.dep_ in ("compound", "amod") else head
            if self._victims_of_armed_group(victim):
                state = (
                    self._state_of_the_scene(head)
                    # "JNIM fighters overran a post in Burkina Faso. The jihadists killed
                    # 30 soldiers": the scene of the sentence before goes on
                    or (
                        self._state_of_the_scene(self.doc[head.sent.start - 1])
                        if head.sent.start > 0
                        else None
                    )
                    or self.dominant_state()
                )
                return (self.state_agent(state, sector, noun), start) if state else None
            # "Burundi has deployed 5,000 soldiers in Congo": the troops a state sends,
            # however many, are its forces
            owner = self.deployer(head) if counted and sector is Sector.MILITARY else None
            if owner is not None:
                return self.state_agent(owner, sector, noun), start
            if counted:
                return None
        if words & _SUPRANATIONAL:
            return None  # "the regional standby force": no one state's
        if head.tag_ == "NNS" and head.lemma_.lower() in _ONE_PER_STATE:
            return None  # "the Sahel juntas": several states' governments
        # ("a junta spokesman": one of the junta's spokesmen, the junta still the one)
        phrase = [head, head.head] if head.dep_ == "compound" and not _office_of(head) else [head]
        if any(
            c.dep_ == "det" and c.lower_ in ("a", "an", "another", "any")
            for token in phrase
            for c in dependents(token)
        ):
            return None  # "a militia": one not named before
        if _office_of(head):
            words |= {"the"}  # "army chief X", "a police spokesman": the one of the story
        armed_definite = not sector.of_state and bool(words & _DEFINITE)
        if any(
            c.dep_ in ("prep", "acl", "appos")
            and c.i > head.i
            and not (c.dep_ != "prep" and self.doc[c.i - 1].text == ",")
            # "the government led by X": still the government of the article
            and not (c.dep_ == "acl" and c.lower_ in _LEADING and sector.of_state)
            # "government forces battling the militants": what they do, not which they are
            and not (c.dep_ == "acl" and c.tag_ == "VBG" and sector.of_state)
            # "the insurgents in Qatar's capital": where the group named before is
            and not (armed_definite and c.dep_ == "prep" and c.lower_ in ("in", "inside"))
            # "killed 300 extremists in operations": in what act, not which
            and not (
                c.dep_ == "prep"
                and any(
                    p.dep_ == "pobj" and p.lemma_.lower() in _CIRCUMSTANCES for p in dependents(c)
                )
            )
            # "accused the army of bombing civilians": the charge, hung on the noun
            and not (c.dep_ == "prep" and any(g.tag_ == "VBG" for g in c.subtree))
            # "troops of Operation Hadin Kai": the operation they serve in
            and not (
                sector.of_state
                and c.dep_ == "prep"
                and c.lower_ == "of"
                and any(g.text == "Operation" for g in c.subtree)
            )
            and not (
                c.dep_ == "prep"
                and c.lower_ == "of"
                and head.dep_ in ("dobj", "obj")
                and head.head.lemma_.lower() in _CHARGING
            )
            for c in dependents(head)
        ):
            # "militants with ties to Iran": a description, not a reference; an aside
            # set off by a comma ("the government, backed by Russia, ...") is not one
            return None
        if head.lemma_.lower() in ("coalition", "alliance"):
            coalition = self.coalition(head)
            return (coalition, start) if coalition is not None else None
        if (
            head.lower_ == "force"
            and words & {"the", "this"}
            and words <= {"the", "this", head.lower_}
        ):
            # "the Rapid Support Forces ... The force said": the force named before
            named = self.named_force(head)
            if named is not None:
                return named, start
        if head.lemma_.lower() in _NAMED_BODIES and words <= {"the", "this", head.lower_}:
            # "South Africa filed a case at the International Court of Justice. The court
            # ordered Israel ...": the court named before, not a state's judiciary
            named = self._named_with_its_noun_before(head)
            if named is not None:
                return named, start
        if sector is Sector.MILITARY and not words & _DEFINITE:
            owner = self.deployer(head)
            if owner is not None:
                return self.state_agent(owner, sector, noun), start
        if sector.of_state:
            definite = (
                words & _DEFINITE
                or words & {"government", "security", "state"}
                # "in junta hands", "into army hands": who holds a place is one holder
                or (head.dep_ in ("compound", "amod") and head.head.lemma_.lower() == "hand")
                # "army aircraft bombed the trucks", "air force jets": the aircraft of the
                # story's army (bare "jets" may be anyone's)
                or (
                    head.lemma_.lower() in _AIRCRAFT
                    and any(
                        c.dep_ in ("compound", "nmod") and c.lower_ in ("army", "force", "military")
                        for c in dependents(head)
                    )
                )
            )
            # "Troops stormed the building": a bare plural acting is the forces present
            # and "Authorities arrested X", "Police detained Y": the state's
            # and so are the agent of a passive and the other side of a clash: "was
            # arrested by police", "clashed with troops"
            acting = (
                head.dep_ in ("nsubj", "nsubjpass")
                or (
                    head.dep_ == "pobj"
                    and head.head.dep_ in ("agent", "prep")
                    # ("patrol the streets alongside police": the other side of a
                    # joint act)
                    and head.head.lower_ in ("by", "with", "alongside")
                )
                # "HRW accused soldiers of torture": the forces charged with an act by a
                # watchdog (a state's charge against its own police is another matter)
                or (
                    head.dep_ in ("dobj", "obj")
                    and head.head.lemma_.lower() in _CHARGING
                    and self._charged_by_watchdog(head.head)
                )
            ) and (
                (
                    sector is Sector.MILITARY
                    and head.tag_ in ("NNS", "NNPS")
                    # "Jets struck Houthi positions in Saada": whose jets is not said
                    # (foreign air forces strike where they have no troops)
                    and head.lemma_.lower() not in _AIRCRAFT
                )
                or head.lemma_.lower() in _ACTING_BODIES
            )
            if not (definite or acting):
                return None
            if "government" in words and sector is Sector.MILITARY:
                # "government forces": the forces of the state the story is about, even
                # after foreign troops ("Ethiopian troops crossed in to support
                # government forces"): first the state its places lie in ("Russian jets
                # struck ... government troops attacked areas in Hama": Syria's)
                state = (
                    self.scene_state() or self.dominant_state() or self.named_state(head, sector)
                )
            else:
                # "the junta" is the military in power: its state's forces count too
                junta = head.lemma_.lower() == "junta"
                state = self.clause_state(head) or self._power_seized_in(head)
                if state is None:
                    state = self.named_state(head, None if junta else sector) or (
                        self.dominant_state()
                    )
                    if sector is Sector.POLICE and state is not None:
                        # "India's foreign ministry said ... Protesters in Chittagong
                        # attacked a temple, police said": the police of the state the
                        # sentence's places lie in, not of the state named before
                        state = self._sentence_scene(head) or state
            if state is None:
                return None
            return self.state_agent(state, sector, noun), start
        if head.lemma_.lower() in _GANGS:
            return self.gangs(head, sector, noun, start)
        if sector in (Sector.REBELS, Sector.UNIDENTIFIED_ARMED, Sector.RADICALS):
            group = self.last_group(head, sector)
            if group is not None and self._acted_on_by(head, group):
                return None  # "the Taliban harbor militants": others than the Taliban
            return (group, start) if group is not None else None
        return None

    def _named_with_its_noun_before(self, head: Token) -> Actor | None:
        """The body named by a name with ``head``'s noun, in its sentence or the two before.

        "the International Court of Justice ... the court", "the Special Tribunal for
        Lebanon ... the tribunal": the nearest such name (not a place).
        """
        noun = head.lemma_.lower()
        first = sentences_back(head, _GROUP_WINDOW)
        for mention in self.links.before(head):
            if mention.start < first:
                break
            if (
                mention.actor.type
                in (ActorType.INTERNATIONAL_ORGANIZATION, ActorType.GOVERNMENT_BODY)
                and noun in mention.actor.label.lower().split()
            ):
                return mention.actor
        return None

    def _sentence_scene(self, head: Token) -> Actor | None:
        """The one state the places of ``head``'s sentence lie in, if they name one.

        Towns and regions only: a state named outright may be anyone's concern.
        """
        sentence = head.sent
        found: set[str] = set()
        for mention in self.links.within(sentence.start, sentence.end):
            if mention.kind != "location":
                continue
            code = place_country(mention.actor.label)
            if code is None:
                continue
            found.add(code)
        if len(found) != 1:
            return None
        return self.gazetteer.state_by_country(found.pop())

    def _power_seized_in(self, head: Token) -> Actor | None:
        """The state whose power the subject ``head`` seizes: "soldiers seized power in X".

        A coup is made in the plotters' own state (where troops merely are may be anyone's
        place: "troops in Mali").
        """
        verb = head.head
        if head.dep_ != "nsubj" or verb.lemma_.lower() not in _SEIZING:
            return None
        if not any(c.dep_ in ("dobj", "obj") and c.lower_ == "power" for c in dependents(verb)):
            return None
        places = pobjs(verb, "in") + [
            p for c in dependents(verb) if c.lower_ == "power" for p in pobjs(c, "in")
        ]
        return next((state for p in places if (state := self._place_state(p)) is not None), None)

    def _state_named(self, mention: LinkedMention) -> Actor | None:
        """The state a mention names, or the state of the place it names."""
        if mention.kind == "location":
            code = place_country(mention.actor.label)
            return self.gazetteer.state_by_country(code) if code else None
        return mention.actor if mention.actor.type is ActorType.STATE else None

    def _place_state(self, token: Token) -> Actor | None:
        """The state ``token`` names, or the state of the place it names."""
        found = self.links.at(token)
        return self._state_named(found) if found is not None else None

    def _seat(self, head: Token) -> Actor | None:
        """The state an "in" phrase on ``head`` places it in ("politicians in Yerevan")."""
        for prep in dependents(head):
            if prep.dep_ == "prep" and prep.lower_ == "in":
                for pobj in (c for c in dependents(prep) if c.dep_ == "pobj"):
                    state = self._place_state(pobj)
                    if state is not None:
                        return state
        return None

    def _elsewhere(self, head: Token, state: Actor) -> bool:
        """Whether a phrase on ``head`` names another state than ``state`` ("in Turkey")."""
        return any(
            there is not None and there.id != state.id
            for pobj in pobjs(head)
            for there in (self._place_state(pobj),)
        )

    def _repressed(self, head: Token) -> bool:
        """Whether the plural ``head`` names people a verb of repression acts on.

        "jailed activists", "detained dozens of dissidents", "opponents were arrested".
        """
        if head.tag_ not in ("NNS", "NNPS") or not (
            head.lemma_.lower() in _OPPONENTS
            or any(t.lower_ == "opposition" for t in self.doc[head.left_edge.i : head.i])
        ):
            return False  # (crowds, "demonstrators" and "protesters", stay people)
        if any(
            t.pos_ not in ("DET", "NUM", "ADP")
            and t.dep_ not in ("det", "nummod", "quantmod", "predet", "advmod")
            and t.lower_ not in _PLAIN_MODIFIERS
            for t in self.doc[head.left_edge.i : head.i]
        ):
            return False  # "Moslem fundamentalist activists": the phrase says whose
        if head.dep_ == "pobj" and head.head.lower_ == "of" and counts(head.head.head):
            head = head.head.head  # "dozens of dissidents": what the verb acts on
        return (
            head.dep_ in ("dobj", "obj", "nsubjpass")
            and head.head.pos_ == "VERB"
            and head.head.lemma_.lower() in REPRESSING_VERBS
        )

    def _named_with_its_noun(self, head: Token) -> Actor | None:
        """The actor a bare plural "the diplomats" takes up: the same noun named before.

        "Top diplomats from the Group of Seven urged Russia ... 'We called for ...,' the
        diplomats said": the phrase with that head noun nearest before, in its sentence
        or the two before (not another actor named nearer: Russia).
        """
        if head.tag_ not in ("NNS", "NNPS") or not all(
            c.dep_ == "det" and c.lower_ in ("the", "these", "those")
            for c in dependents(head)
            if c.i < head.i
        ):
            return None
        if not any(c.dep_ == "det" for c in dependents(head)):
            return None
        first = sentences_back(head, _GROUP_WINDOW)
        lemma = head.lemma_.lower()
        best: LinkedMention | None = None
        for mention in (*self.links.mentions, *self.pending):
            if not first <= mention.start or mention.end > head.i or mention.kind == "location":
                continue
            if self.doc[mention.end - 1].lemma_.lower() != lemma:
                continue
            if best is None or mention.start > best.start:
                best = mention
        return best.actor if best is not None else None

    def named_force(self, head: Token) -> Actor | None:
        """The force "the force" takes up: the last named before whose name ends in it.

        "The Syrian Democratic Forces ... The force's commander", "the Gang Suppression
        Force ... urged the force to": within the sentences "the rebels" looks back over;
        farther back, the one force the article has named, if it named one only.
        """
        sentence = sentences_back(head, _GROUP_WINDOW)
        farther: dict[str, Actor] = {}
        for mention in self.links.before(head):
            if mention.kind in ("generic", "location") or mention.actor.type is ActorType.STATE:
                continue
            words = self.doc[mention.start : mention.end].text.lower().split()
            if words and words[-1] in ("force", "forces"):
                if mention.start >= sentence:
                    return mention.actor
                farther[mention.actor.id] = mention.actor
        return next(iter(farther.values())) if len(farther) == 1 else None

    def gangs(self, head: Token, sector: Sector, noun: str, start: int) -> tuple[Actor, int] | None:
        """The gangs or the cartel a bare gang noun stands for.

        Plural, they are the gangs of the state the story is set in ("gangs control most
        of Port-au-Prince": Haiti's), not one gang named before; singular, the gang or
        cartel of that kind named last ("the Sinaloa cartel ... the cartel's leaders").
        """
        plural_form = head.tag_ in ("NNS", "NNPS")
        # a modifier is singular whoever it names: "suspected gang members", "cartel
        # members" are members of the gangs of the story's state, unless a gang of that
        # kind is named in the sentence ("the Gpep gang ... killed 15 gang members")
        modifier = head.dep_ in ("compound", "amod", "nmod") and head.head.i > head.i
        if plural_form:
            state = self.scene_state() or self.dominant_state()
            return (self.state_agent(state, sector, noun), start) if state is not None else None
        # (a cartel's name ends in the word: "the Gulf Cartel", not "the Gang Suppression
        # Force", which fights gangs)
        word = head.lemma_.lower()
        for mention in self.links.before(head):
            if modifier and mention.start < head.sent.start:
                break
            actor = mention.actor
            names = (actor.label, *actor.aliases)
            if (
                actor.type is ActorType.ARMED_GROUP
                and mention.kind != "generic"
                and any(name.lower().split()[-1:] == [word] for name in names)
            ):
                return actor, start
        if modifier:
            state = self.scene_state() or self.dominant_state()
            if state is None:
                return None
            words = noun.split()
            noun = " ".join([*words[:-1], plural(words[-1])]) if words else noun
            return self.state_agent(state, sector, noun), start
        return None

    def _state_of_the_scene(self, head: Token) -> Actor | None:
        """The one state the places "in" the sentence of ``head`` lie in, if one.

        "JNIM fighters killed 20 soldiers in northern Burkina Faso": Burkina Faso's
        soldiers, wherever else the group fights.
        """
        found: set[str] = set()
        sentence = head.sent
        for mention in self.links.mentions:
            if not sentence.start <= mention.start < sentence.end or self._across_border(mention):
                continue  # ("near the Afghan border": on the other side of it)
            root = self.doc[mention.start : mention.end].root
            while root.dep_ in ("compound", "poss", "amod") and root.head.i != root.i:
                root = root.head  # "in Cameroon's Northwest region"
            if root.dep_ != "pobj" or root.head.lower_ not in ("in", "near", "across"):
                continue
            state = self._state_named(mention)
            if state is not None:
                found.add(state.id)
        return self.gazetteer.actors.get(found.pop()) if len(found) == 1 else None

    def _victims_of_armed_group(self, head: Token) -> bool:
        """Whether ``head`` suffered an act whose author is an armed group.

        "Militants killed 12 soldiers", "12 soldiers were killed by militants", "... in
        an attack by militants", "militants killed dozens of soldiers", "killed a captain
        and nine soldiers" (not "ambushed a convoy, killing nine soldiers": whose the
        soldiers are, the convoy's owner may say better).
        """
        first = head
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head  # "attacks on police and soldiers"
        if first.pos_ == "VERB" and head.pos_ == "NOUN":
            # "killed a captain and six soldiers", the second object hung on the verb
            first = next((c for c in dependents(first) if c.dep_ in ("dobj", "obj")), head)
        if first.dep_ == "pobj" and first.head.lower_ == "of" and counts(first.head.head):
            first = first.head.head  # "dozens of soldiers": the count is the act's object
            while first.dep_ == "conj" and first.head.i < first.i:
                first = first.head
        if (
            first.dep_ == "pobj"
            and first.head.lower_ in ("on", "against")
            and first.head.head.lemma_.lower() in _ATTACKS
        ):
            # "claimed a suicide attack on an army convoy", "stepped up attacks on police":
            # the attack's author, named on the noun or the subject of its light verb
            noun = first.head.head
            authors = [c for c in dependents(noun) if c.dep_ in ("poss", "compound", "amod")]
            if noun.dep_ in ("dobj", "obj") and noun.head.pos_ == "VERB":
                authors += [c for c in dependents(noun.head) if c.dep_ == "nsubj"]
            return self._armed_group_among(authors)
        if (
            first.dep_ == "pobj"
            and first.head.lower_ in _FIRED_AT
            and first.head.head.pos_ == "VERB"
            and first.head.head.lemma_.lower() in _FIRING
        ):
            # "militants fired on army checkpoints", "opened fire at a police post": the
            # subject of the firing verb
            verb = first.head.head
            return self._armed_group_among([c for c in dependents(verb) if c.dep_ == "nsubj"])
        verb = first.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in HARM_VERBS:
            return False  # "militants launched artillery": a weapon, no victim
        if first.dep_ in ("dobj", "obj"):
            authors = [c for c in dependents(verb) if c.dep_ == "nsubj"]
        elif first.dep_ == "nsubjpass":
            authors = [
                p
                for c in dependents(verb)
                if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "in")
                for p in dependents(c)
                if p.dep_ == "pobj"
            ]
            # "in an attack by militants": the attack's author
            authors += [
                p
                for a in list(authors)
                for c in dependents(a)
                if c.dep_ == "prep" and c.lower_ == "by"
                for p in dependents(c)
                if p.dep_ == "pobj"
            ]
        else:
            return False
        # "an attack claimed by militants killed 12 soldiers", "the attack, which the
        # Pakistani Taliban claimed, killed ...": the author the act's noun names
        authors += [
            a
            for author in list(authors)
            for clause in dependents(author)
            if clause.dep_ in ("acl", "relcl") and clause.pos_ == "VERB"
            for c in dependents(clause)
            for a in ([c] if c.dep_ == "nsubj" else dependents(c) if c.dep_ == "agent" else [])
            if c.dep_ == "nsubj" or a.dep_ == "pobj"
        ]
        # "a truck bomb blamed on the rebel group killed six soldiers": the one it is
        # laid on
        authors += [
            a
            for author in list(authors)
            for clause in dependents(author)
            if clause.dep_ == "acl" and clause.lemma_.lower() in _LAID_ON
            for a in pobjs(clause, "on", "to")
        ]
        return self._armed_group_among(authors)

    def _charged_by_watchdog(self, verb: Token) -> bool:
        """Whether the subject of ``verb`` is an organisation, not a state or its body."""
        for subject in dependents(verb):
            if subject.dep_ != "nsubj":
                continue
            for token in subject.subtree:  # ("rights groups, including HRW")
                mention = self.links.at(token)
                if mention is not None and mention.actor.type in (
                    ActorType.ORGANIZATION,
                    ActorType.INTERNATIONAL_ORGANIZATION,
                ):
                    return True
        return False

    def _armed_group_among(self, authors: list[Token]) -> bool:
        """Whether one of ``authors`` stands for an armed group."""
        for author in authors:
            # (its own link, or one of its modifiers' when its phrase is resolved later:
            # "JNIM militants")
            for token in (author, *(c for c in dependents(author) if c.dep_ == "compound")):
                mention = self.links.at(token) or next(
                    (m for m in self.pending if m.start <= token.i < m.end), None
                )
                if mention is None and (
                    token.pos_ == "PRON"
                    # "blamed on the rebel group": the group a description takes up
                    or (
                        token is author
                        and token.lower_ in DESCRIPTIONS
                        and any(c.lower_ in ("the", "this", "that") for c in dependents(token))
                    )
                ):
                    mention = self.links.antecedent(token)
                if mention is not None and mention.actor.type is ActorType.ARMED_GROUP:
                    return True
        return False

    def _acted_on_by(self, head: Token, group: Actor) -> bool:
        """Whether ``group`` is the doer of the clause ``head`` is on the object side of.

        "the Taliban harbor militants", "the SDF vowed to cut the militants' supply
        lines", "the Taliban, who deny sheltering the fighters" (:func:`opposite_doers`).
        """
        subjects = opposite_doers(head)
        verb = head.head
        if (
            head.dep_ in ("dobj", "obj")
            and verb.dep_ in ("xcomp", "advcl")
            and verb.head.pos_ == "VERB"
            and not any(c.dep_ == "nsubj" for c in dependents(verb))
        ):
            # "relied on Russian mercenaries to fight jihadists", "hired Wagner to fight
            # rebels": the infinitive's doer is among the main clause's actors (through a
            # chain of them: "turned to Russian mercenaries to help fight jihadists")
            main = verb.head
            while (
                main.dep_ in ("xcomp", "advcl")
                and main.head.pos_ == "VERB"
                and main.head is not main
                and not any(c.dep_ in ("nsubj", "dobj", "obj") for c in dependents(main))
            ):
                main = main.head
            subjects += [
                # ("the Taliban, who deny sheltering the fighters": the noun it is on)
                main.head if c.lower_ in ("who", "which", "that") and main.dep_ == "relcl" else c
                for c in dependents(main)
                if c.dep_ in ("nsubj", "dobj", "obj")
            ] + [
                p
                for c in dependents(main)
                if c.dep_ == "prep"
                for p in dependents(c)
                if p.dep_ == "pobj"
            ]
        for subject in subjects:
            # (its own link, or a doer phrase resolved with this one: "said their
            # fighters had seized the militants' positions")
            mention = self.links.at(subject) or next(
                (m for m in self.pending if m.start <= subject.i < m.end), None
            )
            if mention is None and subject.pos_ == "PRON":
                mention = self.links.antecedent(subject)
            if mention is not None and mention.actor.id == group.id:
                return True
        return False


#: "The coalition" by the adversaries an article names (ontologies/coalitions.txt).
COALITIONS_FILE = ONTOLOGY_DIR / "coalitions.txt"


@cache
def read_coalitions(path: Path = COALITIONS_FILE) -> dict[str, frozenset[str]]:
    """Read the coalitions file: coalition id -> the ids of its adversaries."""
    return read_colon_table(path, "coalition-id: adversary-id ...")


#: Words of the names of armed bodies: "Frontier Corps", "Defence Intelligence of Ukraine".
_ARMED_BODY_WORDS = frozenset(
    {"army", "forces", "force", "navy", "corps", "guard", "guards", "police", "intelligence"}
    | {"command", "rangers", "gendarmerie", "marines", "brigade", "division"}
)


def _armed_body(actor: Actor) -> bool:
    """Whether a government body's name names men under arms by its head word.

    "Frontier Corps", "Defence Intelligence of Ukraine" (but no ministry, and no "General
    Staff of the Armed Forces of Ukraine", which commands them).
    """
    head = actor.label.split(" of ")[0].split()
    return bool(head) and head[-1].lower() in _ARMED_BODY_WORDS


def _ball_in_court(token: Token) -> bool:
    """Whether "court" ends the idiom "the ball is in X's court" (X's turn to act)."""
    return (
        token.lower_ == "court"
        and token.dep_ == "pobj"
        and token.head.lower_ == "in"
        and any(t.lower_ == "ball" for t in token.sent)
    )


def link_composites(
    doc: Doc, links: ActorLinks, gazetteer: Gazetteer, *, agents: AgentLexicon | None = None
) -> None:
    """Link every agent-noun phrase of ``doc`` that stands for an actor (module docstring)."""
    agents = agents or load_agents()
    # (before the agent phrases, which take up the institution: "National Guard troops")
    _own_institutions(
        doc,
        links,
        lambda: _Resolver(doc, links, gazetteer, agents).strict_dominant_state(),
        gazetteer,
    )
    resolver = _Resolver(doc, links, gazetteer, agents)
    generic = resolver.pending
    for index in positions(doc, agents.heads):
        token = doc[index]
        held = token.head.lemma_.lower() in _HELD_THINGS and token.head.i > token.i
        if token.i in links.by_token or not (
            token.pos_ in ("NOUN", "PROPN") or (token.pos_ == "ADJ" and (held or _office_of(token)))
        ):
            # "Kurdish militant positions": the tagger's adjective names the holders;
            # "Military spokesperson X": the body of the office
            continue
        if token.text == "State" and not token.is_sent_start:
            continue  # "Secretary of State", "State Department": a name, not the state
        if _ball_in_court(token):
            continue  # "the ball is now in Russia's court": the idiom, no judiciary
        if token.dep_ in ("compound", "amod", "nmod") and not held and not _office_of(token):
            continue
        if token.dep_ == "compound" and token.head.i > token.i and not _office_of(token):
            head = token.head
            around = lower_words(doc)[max(0, head.i - agents.longest + 1) : head.i + 1]
            covering = agents.match_ending(around)
            if covering is not None and head.i - covering[0] < token.i:
                continue  # "government forces": one agent phrase, linked at its head
        words = lower_words(doc)[max(0, token.i - agents.longest + 1) : token.i + 1]
        if token.lemma_.lower() in ("coalition", "alliance"):
            if any(
                c.dep_ in ("amod", "compound") and c.lower_ in _POLITICAL_BLOCS
                for c in dependents(token)
            ):
                continue  # "Kenya's opposition coalition": a bloc of parties, no force
            matched: tuple[int, Sector] | None = (1, Sector.MILITARY)
        else:
            matched = agents.match_ending(words)
        if matched is None and _backed_group(token):
            matched = (1, Sector.REBELS)  # "Iranian-backed groups": armed groups a state backs
        if matched is None:
            continue
        length, sector = matched
        start = token.i - length + 1
        found = resolver.resolve(token, start, sector)
        if found is None:
            continue
        actor, first = found
        first = min(first, start)
        while first < token.i and doc[first].dep_ in ("det", "predet", "punct", "nummod"):
            first += 1
        affiliated = bool(links.within(first, token.i))
        mention = LinkedMention(first, token.i + 1, actor, "composite" if affiliated else "generic")
        if affiliated:
            links.add(mention)
        else:
            generic.append(mention)
    for mention in generic:
        links.add(mention)
    _share_conjuncts(doc, links, resolver, agents)
    _share_heads(doc, links, resolver, agents)
    links.dominant = resolver.strict_dominant_state()


#: The words of the common names that many states give their institutions ("National
#: Guard", "Supreme Court", "Presidential Council", "Internal Security Agency").
_INSTITUTION_WORDS = frozenset(
    {
        *("national", "federal", "supreme", "constitutional", "high", "presidential"),
        *("general", "internal", "state", "civil", "border", "coast", "republican"),
        *("central", "electoral", "special", "security", "intelligence", "defense"),
        *("defence", "police", "guard", "court", "council", "agency", "service"),
        *("assembly", "gendarmerie", "commission", "protection", "directorate"),
    }
)
#: The nouns such a name ends in.
_INSTITUTION_HEADS = frozenset(
    {
        *("police", "guard", "court", "council", "agency", "service", "assembly"),
        *("gendarmerie", "commission", "directorate"),
    }
)


def _own_institutions(
    doc: Doc, links: ActorLinks, dominant: Callable[[], Actor | None], gazetteer: Gazetteer
) -> None:
    """Give a state's institution named by a common name its state: "National Guard of X".

    "Bolivia's National Police", "the National Guard of Mexico", or in an article about one
    state clearly, "National Guard troops": the name alone ("National Police") would be
    one node for every state's institution of that name. The state is the possessor, the
    name after "of", else the article's state; with none, the name is left as it is.
    """
    for mention in list(links.mentions):
        if mention.kind != "ner" or mention.actor.type is ActorType.PERSON:
            continue
        words = [t for t in doc[mention.start : mention.end] if t.lower_ != "the"]
        named = None
        of = next((i for i, t in enumerate(words) if t.lower_ == "of"), None)
        if of is not None:
            # "the National Guard of Mexico" tagged as one name
            named = gazetteer.lookup(" ".join(t.text for t in words[of + 1 :]))
            if named is None or named.type is not ActorType.STATE:
                continue
            words = words[:of]
        if (
            len(words) < 2
            or words[-1].lower_ not in _INSTITUTION_HEADS
            # ("and" inside: "Security and Defense Council")
            or any(
                (not t.is_title or t.lower_ not in _INSTITUTION_WORDS)
                and not (t.lower_ == "and" and 0 < n < len(words) - 1)
                for n, t in enumerate(words)
            )
        ):
            continue
        owner = None
        before = mention.start - 1
        if before > 0 and doc[before].lower_ in ("'s", "’s"):
            owner = links.at(doc[before - 1])
        elif mention.end + 1 < len(doc) and doc[mention.end].lower_ == "of":
            owner = links.at(doc[mention.end + 1])
        if (
            owner is not None
            and owner.kind != "location"
            and owner.actor.type is not ActorType.STATE
        ):
            continue  # "the group's Supreme Council": the group's, which composites read
        if named is not None:
            state: Actor | None = named
        elif owner is not None and owner.kind != "location":
            state = owner.actor
        else:
            state = dominant()
        if state is None or state.type is not ActorType.STATE:
            continue
        # ("National Guard of Mexico": the body's words, its head, its state)
        head = words[-1].lower_
        actor = _body_of(gazetteer, state, head, words[:-1], ActorType.GOVERNMENT_BODY)
        links.replace(mention, LinkedMention(mention.start, mention.end, actor, "composite"))


#: Offices named after the body they are held in: "army chief", "police spokesman".
_BODY_OFFICES = frozenset(
    {"chief", "commander", "spokesman", "spokesperson", "spokeswoman", "head"}
)


def _backing_agent(token: Token) -> bool:
    """Whether ``token`` is the agent of a participle on another noun ("troops backed by X")."""
    return (
        token.dep_ == "pobj"
        and token.head.dep_ == "agent"
        and token.head.head.dep_ == "acl"
        and token.head.head.head.pos_ in ("NOUN", "PROPN")
    )


def _backed_group(token: Token) -> bool:
    """Whether ``token`` is "groups" or "group" backed by someone: "Iranian-backed groups"."""
    return (
        token.lower_ in ("group", "groups")
        and token.i >= 2
        and token.doc[token.i - 1].lower_ in BACKING_PARTICIPLES
        and token.doc[token.i - 2].text == "-"
    )


def _office_of(token: Token) -> bool:
    """Whether ``token`` names the body of the office right after it ("army chief X")."""
    return (
        # ("Military spokesperson X": the tagger may read the body as an adjective)
        token.dep_ in ("compound", "amod")
        and token.head.i == token.i + 1
        and token.head.lower_ in _BODY_OFFICES
        and token.lower_
        in ("army", "military", "police", "navy", "ministry", "junta", "government")
    )


def _share_heads(doc: Doc, links: ActorLinks, resolver: _Resolver, agents: AgentLexicon) -> None:
    """Give each state of a coordination of demonyms its own agent of the shared noun.

    "Chadian and Nigerien troops", "U.S. and Iraqi forces": Chad's forces and Niger's
    (the last one linked with the noun), not Chad and Niger's forces.
    """
    for mention in list(links.mentions):
        if mention.actor.type is not ActorType.STATE or mention.end - mention.start != 1:
            continue
        token = doc[mention.start]
        if token.dep_ not in ("amod", "compound", "nmod") or not any(
            c.dep_ == "conj" for c in dependents(token)
        ):
            continue
        head = token.head
        shared = links.at(head)
        matched = agents.match_ending([head.lower_])
        if shared is None or shared is mention or matched is None or head.i < token.i:
            continue
        if shared.actor.type is ActorType.STATE:
            continue  # "Chadian and Nigerien officials": the states themselves
        noun = plural(head.lemma_.lower()) if head.tag_ in ("NNS", "NNPS") else head.lower_
        own = resolver.state_agent(mention.actor, matched[1], noun)
        if own.id != mention.actor.id:
            links.replace(mention, LinkedMention(mention.start, mention.end, own, "composite"))


#: Nouns of the bodies an actor has ("the group's central committee", "its foreign
#: ministry", "Ghana's national assembly").
#: The dependency of a conjunct (its tokens read by index).
_CONJ = frozenset({"conj"})
_POSSESSED_BODIES = frozenset(
    {
        "ministry",
        "department",
        "council",
        "commission",
        "office",
        "service",
        "parliament",
        "assembly",
        "committee",
        "directorate",
        "bureau",
        "politburo",
        "secretariat",
        "mission",
        "panel",
        "wing",
        "force",
        "legislature",
        "judiciary",
        # "Yemen's central bank"
        "bank",
        # "Ethiopia's electoral board"
        "board",
    }
)
#: The gazetteer's id of the United Nations, to which states send missions.
_UNITED_NATIONS = "united-nations"
#: Bodies an actor has only one of, named by the noun alone ("its parliament").
_SOLE_BODIES = frozenset({"parliament", "assembly", "politburo", "legislature", "judiciary"})
#: Words before a body's noun that say when or how much, not which body ("its new council").
_NOT_A_NAME = frozenset(
    {
        "new",
        "former",
        "old",
        "own",
        "first",
        "last",
        "current",
        "main",
        "entire",
        "whole",
        "top",
        "senior",
        "interim",
        "next",
        "previous",
        "other",
        "same",
        "local",
        "regional",
        "provincial",
        "district",
    }
)
#: Bodies that fight: those of an armed group are armed groups themselves.
_FIGHTING_BODIES = frozenset({"force", "wing"})


def _body_of(
    gazetteer: Gazetteer, owner: Actor, noun: str, words: Sequence[Token], kind: ActorType
) -> Actor:
    """The body of ``owner`` that ``words`` and ``noun`` name, part of it.

    "Ministry of Defense of Nigeria", "Central Committee of X", "Parliament of Y" (no
    words): the gazetteer's actor when it knows the name, else a new one of ``kind``.
    """
    topic = " ".join(
        t.lower_ if t.lower_ == "and" else t.text[:1].upper() + t.text[1:].lower() for t in words
    )
    if noun == "ministry":
        label = f"Ministry of {_MINISTRY_TOPICS.get(topic.lower(), topic)} of {owner.label}"
    else:
        label = f"{topic} {noun.title()} of {owner.label}".strip()
    return gazetteer.lookup(label) or Actor(
        id=actor_id(label), label=label, type=kind, country=owner.country, part_of=owner.id
    )


def _its_owner(head: Token, links: ActorLinks) -> LinkedMention | None:
    """Return the actor "its" stands for before a body ("X and its armed wing").

    The actor the body is coordinated with, else the subject of the clause the body is
    in ("Egypt said through its foreign ministry", "ECOWAS ordered elements of its
    standby force"); no other.
    """
    if head.dep_ == "conj":
        return links.at(head.head)
    verb = next((t for t in head.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    subject = next((c for c in dependents(verb) if c.dep_ == "nsubj"), None)
    return links.at(subject) if subject is not None else None


_MINISTRY = frozenset({"ministry"})


def link_ministries_in_full(doc: Doc, links: ActorLinks, gazetteer: Gazetteer) -> None:
    """Link a state's ministry named in full: "Pakistan's Ministry of Foreign Affairs".

    The state is the possessor, or the name after a second "of" ("the Ministry of Defense
    of Mali"); the ministry is that state's ("Ministry of Foreign Affairs of Pakistan"),
    the gazetteer's actor when it knows the name. The name alone would be one node for
    every state's ministry of that name. Without a state named there it is left as it is.
    """
    for index in positions(doc, _MINISTRY):
        head = doc[index]
        if not head.is_title:
            continue
        of = next((c for c in dependents(head) if c.dep_ == "prep" and c.lower_ == "of"), None)
        topic = next((c for c in dependents(of) if c.dep_ == "pobj"), None) if of else None
        if of is None or topic is None or not topic.is_title:
            continue
        words = [t for t in doc[topic.left_edge.i : topic.i + 1] if t.dep_ != "det"]
        if any(
            not t.is_alpha or ((m := links.at(t)) is not None and m.kind != "ner") for t in words
        ):
            continue  # "the Ministry of Pakistan": no topic
        poss = next((c for c in dependents(head) if c.dep_ == "poss"), None)
        owner = links.at(poss) if poss is not None else None
        if owner is None:
            # "the Ministry of Defense of Mali"
            # (the parser hangs the second "of" on the topic or on the head)
            second = next(
                (
                    c
                    for c in (*dependents(topic), *dependents(head))
                    if c.dep_ == "prep" and c.lower_ == "of" and c.i != of.i
                ),
                None,
            )
            state = (
                next((c for c in dependents(second) if c.dep_ == "pobj"), None) if second else None
            )
            owner = links.at(state) if state is not None else None
        if owner is None or owner.kind == "location" or owner.actor.type is not ActorType.STATE:
            continue
        start, end = head.i, topic.i + 1
        if start > 0 and doc[start - 1].lower_ == "the":
            start -= 1
        present = {m for i in range(start, end) if (m := links.at(doc[i])) is not None}
        if any(m.kind != "ner" or m.start < start or m.end > end for m in present):
            continue  # known to the gazetteer, or a name that goes on past it
        actor = _body_of(gazetteer, owner.actor, "ministry", words, ActorType.GOVERNMENT_BODY)
        mention = LinkedMention(start, end, actor, "composite")
        if len(present) == 1:
            links.replace(present.pop(), mention)
        elif not present:
            links.add(mention)


def link_possessed_bodies(doc: Doc, links: ActorLinks, gazetteer: Gazetteer) -> None:
    """Link a body named by its owner in the possessive: "the group's central committee".

    The owner is a state, a body, an organisation or an armed group, named or taken up
    ("its", "the group's"); the words between it and the noun name the body ("Central
    Committee of X", "Ministry of Foreign Affairs of Y"), which is part of its owner. A
    noun without them ("its council") names no body, but for those an actor has one of
    ("its parliament"). A person's office or a place's is no body here.
    """
    for index in positions(doc, _POSSESSED_BODIES):
        head = doc[index]
        lemma = head.lemma_.lower()
        if lemma not in _POSSESSED_BODIES or head.tag_ not in ("NN", "NNP"):
            continue
        if links.at(head) is not None or any(
            c.dep_ == "prep" and c.lower_ == "of" for c in dependents(head)
        ):
            continue
        owner_token = next((c for c in dependents(head) if c.dep_ == "poss"), None)
        if owner_token is None:
            continue
        if (head.dep_ == "appos" and links.at(head.head) is not None) or any(
            c.dep_ == "appos" and links.at(c) is not None for c in dependents(head)
        ):
            continue  # "the FSB, Russia's security service": the body has its name
        owner = links.at(owner_token)
        if owner is None and owner_token.lower_ == "its":
            owner = _its_owner(head, links)
        if owner is None or owner.kind == "location":
            continue
        actor = owner.actor
        if actor.type in (ActorType.PERSON, ActorType.LOCATION):
            continue
        first = owner_token.i + 1
        while first < head.i and (doc[first].dep_ == "case" or doc[first].text == "'s"):
            first += 1
        words = list(doc[first : head.i])
        if lemma == "mission" and actor.type is ActorType.STATE:
            # "China's U.N. mission", "Russia's mission to the UN": the state's mission
            # to the organisation
            to_un = [
                m
                for m in (
                    *(links.at(t) for t in words),
                    *(links.at(o) for o in pobjs(head, "to")),
                )
                if m is not None and m.actor.id == _UNITED_NATIONS
            ]
            if to_un and all(
                (m := links.at(t)) is not None and m.actor.id == _UNITED_NATIONS for t in words
            ):
                label = f"Permanent Mission of {actor.label} to the United Nations"
                body = gazetteer.lookup(label) or Actor(
                    id=actor_id(label),
                    label=label,
                    type=ActorType.GOVERNMENT_BODY,
                    country=actor.country,
                    part_of=actor.id,
                )
                links.add(LinkedMention(first, head.i + 1, body, "composite"))
                continue
        if any(
            not t.is_alpha
            or not (
                t.pos_ in ("ADJ", "NOUN", "PROPN")
                # "its peace implementing panel", "the group's security and
                # intelligence service"
                or t.tag_ in ("VBG", "VBN")
                or (t.lower_ == "and" and 0 < i < len(words) - 1)
            )
            or t.lower_ in _NOT_A_NAME
            or links.at(t) is not None
            for i, t in enumerate(words)
        ):
            continue
        if not words and lemma not in _SOLE_BODIES:
            continue
        if actor.type in (ActorType.STATE, ActorType.GOVERNMENT_BODY):
            kind = ActorType.GOVERNMENT_BODY
        elif actor.type is ActorType.INTERNATIONAL_ORGANIZATION:
            kind = ActorType.INTERNATIONAL_ORGANIZATION
        elif actor.type is ActorType.ARMED_GROUP and lemma in _FIGHTING_BODIES:
            kind = ActorType.ARMED_GROUP
        else:
            kind = ActorType.ORGANIZATION
        body = _body_of(gazetteer, actor, lemma, words, kind)
        links.add(LinkedMention(first, head.i + 1, body, "composite"))


def _share_conjuncts(
    doc: Doc, links: ActorLinks, resolver: _Resolver, agents: AgentLexicon
) -> None:
    """Give a state's agent noun coordinated after another of that state's its state.

    "Nigerian troops and police arrested 20 suspects", "Iraqi army troops, Counter
    Terrorism Service units and federal police": the police are Nigeria's and Iraq's,
    as the agents they are listed with. Only agents that serve a state, and only bare
    ones (no count, no article but "the", nothing of their own before them).
    """
    for index in labelled(doc, "DEP", _CONJ):
        token = doc[index]
        if token.pos_ != "NOUN" or links.at(token) is not None:
            continue
        start = token.left_edge.i
        matched = agents.match_ending(lower_words(doc)[start : token.i + 1])
        if matched is None or not matched[1].of_state:
            continue
        length, sector = matched
        if start < token.i - length + 1 or any(
            c.dep_ in ("nummod", "quantmod", "poss", "prep")
            or (c.dep_ == "det" and c.lower_ != "the")
            for c in dependents(token)
        ):
            continue  # "police of another state", "two policemen", "their police"
        anchor = links.at(token.head)
        if anchor is None or anchor.kind == "location":
            continue
        actor = anchor.actor
        if actor.type is ActorType.GOVERNMENT_BODY:
            state = resolver.gazetteer.state_of(actor)
        elif actor.type is ActorType.STATE and anchor.kind != "gazetteer":
            state = actor  # "Malian authorities and police": the state as its government
        else:
            continue
        if state is None:
            continue
        noun = " ".join(t.lower_ for t in doc[start : token.i + 1] if t.dep_ != "det")
        own = resolver.state_agent(state, sector, noun)
        first = start + 1 if doc[start].dep_ == "det" else start
        links.add(LinkedMention(first, token.i + 1, own, "composite"))


#: Nouns for a regional part of an armed group: "Islamic State's Sahel affiliate".
_BRANCHES = frozenset(
    {"affiliate", "branch", "franchise", "offshoot", "province", "wing", "arm", "chapter"}
)


def _branch_named(
    gazetteer: Gazetteer, owner: Actor, region: Sequence[Token], links: ActorLinks
) -> Actor | None:
    """The one part of ``owner`` the gazetteer names after ``region`` ("Sahel", "Somali")."""
    if not region or not all(t.is_alpha for t in region):
        return None
    keys = {" ".join(t.lower_ for t in region)}
    for token in region:
        mention = links.at(token)
        if mention is not None and mention.actor.type in (ActorType.STATE, ActorType.LOCATION):
            keys.add(mention.actor.label.casefold())  # "Somali": Somalia
    found = [
        actor
        for actor in gazetteer.actors.values()
        if actor.part_of == owner.id
        and actor.type is ActorType.ARMED_GROUP
        and any(
            f" {key} " in f" {name.casefold().replace('-', ' ')} "
            for name in (actor.label, *actor.aliases)
            for key in keys
        )
    ]
    return found[0] if len(found) == 1 else None


def link_branches(doc: Doc, links: ActorLinks, gazetteer: Gazetteer) -> None:
    """Link a regional branch named by its group and region: "Islamic State's Sahel affiliate".

    The group is the possessor ("X's Somali branch") or the "of" object ("the West Africa
    province of X"); the words between name the region, and the gazetteer the one part
    of the group named after it. A name already linked to the branch ("Islamic State's
    Sahel" for IS Sahel Province) takes in the noun.
    """
    for index in positions(doc, _BRANCHES):
        head = doc[index]
        if head.pos_ != "NOUN" or links.at(head) is not None or index == 0:
            continue
        before = links.at(doc[index - 1])
        if (
            before is not None
            and before.end == index
            and before.actor.type is ActorType.ARMED_GROUP
            and before.actor.part_of is not None
            and doc[index - 1].head.i == index
        ):
            links.add(LinkedMention(before.start, index + 1, before.actor, "composite"))
            continue
        owner_token = next((c for c in dependents(head) if c.dep_ == "poss"), None)
        if owner_token is None:
            of = next((c for c in dependents(head) if c.dep_ == "prep" and c.lower_ == "of"), None)
            owner_token = (
                next((c for c in dependents(of) if c.dep_ == "pobj"), None) if of else None
            )
        owner = links.at(owner_token) if owner_token is not None else None
        if owner is None or owner.actor.type is not ActorType.ARMED_GROUP:
            continue
        # the words before the noun, after the possessor: "Islamic State's [West Africa]
        # province", "the [Sahel] affiliate of al-Qaeda"
        first = owner.end if owner.end <= index else head.left_edge.i
        while first < index and (doc[first].dep_ in ("case", "det") or doc[first].text == "'s"):
            first += 1
        region = list(doc[first:index])
        branch = _branch_named(gazetteer, owner.actor, region, links)
        if branch is not None:
            start = min(owner.start, region[0].i) if region else owner.start
            links.add(LinkedMention(start, index + 1, branch, "composite"))
