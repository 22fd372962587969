"""Read the actors a noun phrase or a verb's arguments stand for.

An argument counts only when it is an actor. Beyond names marked by the actor ruler
and NER, a noun phrase stands for an actor when:

- it is a pronoun or a definite description ("it", "the group"): its antecedent; the
  subject pronoun of reported speech is the speaker when its kind fits ("Syria says it
  is willing ...", "the Fijian rebels said they will ...");
- a title is in apposition to a person ("Iran's religious leader Ayatollah Ruhollah
  Khomeini"): the person;
- a state institution is modified by a state ("the Iranian military", "US officials",
  "Hungarian and Romanian officials") or names it in an "of" phrase ("the president of
  Armenia", "the government of President Laurent Gbagbo"): that actor (or the
  institution the gazetteer knows, through the ruler); the government of a place that
  is not a state is a new government body ("the government of Sindh province");
- a place, facility or piece of equipment belongs to an actor ("Kataib Hezbollah's
  headquarters", "Houthi radar sites", "United Nations planes") or lies in a state
  ("locations in Syria");
- a group of people is named by a nationality ("Fijian rebels", "Iraqi Kurds", "Afghan
  rebel leaders") or placed by a state or place ("opposition groups in Zimbabwe",
  "students throughout Indonesia", "ethnic Albanians in south Serbia"): a new actor
  named by the phrase, with the state's country code; quantities and collectives
  ("thousands of", "a group of") stand for their members;
- people are members of an organisation ("activists from the Fatah Party", "doctors
  from two American aid groups"): the organisation; its supporters ("supporters of
  former President Ahmed Ben Bella") are a new actor named by the phrase;
- an organisation without a name of its own is modified by a nationality or a proper
  name ("Palestinian armed groups", "the Azadliq opposition coalition"): a new actor;
- it is in apposition to an actor, or is "other ... groups" coordinated with one.

"People", "thousands" or "residents" alone never become actors: a group needs a
nationality, a place or an organisation to be named by.
"""

from __future__ import annotations

from functools import cache
from itertools import chain
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from kg.extract.context import split_infinitive
from kg.extract.lexicon import LEXICON, LexiconEntry, is_event_noun, is_light_verb, words
from kg.gazetteer import load_gazetteer
from kg.resolve import ActorLinks, LinkedMention, actor_id, in_quote, normalise_name
from kg.resolve.agents import ARMED_SECTORS, Sector, load_agents
from kg.resolve.links import read_colon_table
from kg.types import Actor, ActorType, Relation
from kg.vocab import ONTOLOGY_DIR
from kg.wordclasses import (
    ADVERSARIES,
    APPEAL_NOUNS,
    ARMED_GROUP_WORDS,
    BACKING_NOUNS,
    BUILDINGS,
    CHARGED_TO,
    CHARGING_VERBS,
    DIVISIONS,
    FOLLOWER_NOUNS,
    FORMER,
    HARM_VERBS,
    HELPING_VERBS,
    KINSHIP,
    NAMING_VERBS,
    OFFICES,
    OUTLAW_NOUNS,
    PATIENT_ACTS,
    PROFESSIONS,
    RELEASE_ACTS,
    ROLE_NOUNS,
    SEIZING_ACTS,
    SERIES_NOUNS,
    SPEECH_VERBS,
    STATEMENT_NOUNS,
    TITLE_WORDS,
    WEAPONS,
    active_finite,
    called_names,
    conjuncts_of,
    counts,
    dependents,
    entities,
    pobjs,
    sentences_back,
)

__all__ = [
    "BROKERING",
    "GROUP_NOUNS",
    "PEOPLE_NOUNS",
    "STATE_INSTITUTIONS",
    "TARGET_NOUNS",
    "TIES",
    "VICTIM_PREPS",
    "Arguments",
    "at_talks",
    "has_own_subject",
    "is_outlaw",
    "is_part_of_them",
    "is_relative",
    "main_verb_as_participle",
    "onlooker",
    "responsibility_for",
]

#: Conjunctions of time the parser may read as prepositions ("after Addis Ababa signed").
_TIME_CONJUNCTIONS = frozenset({"after", "before", "since", "until", "once"})

#: Verbs whose passive subject is the subject of their complement: "X is expected to
#: meet Y", "X was asked to mediate".
_RAISING = frozenset(
    {"expect", "schedule", "set", "slate", "poise", "due", "ask", "invite"}
    # "X is believed (said, reported, thought) to have supplied missiles to Y"
    | {"believe", "say", "report", "think", "allege", "suspect", "understand", "rumor"}
    | {"rumour", "know", "fear"}
)
#: Prepositions whose gerund shares the subject of the clause: "after meeting Y"; "led
#: a group of senators in calling on Y to ...", "joined Paris in urging Y to ...".
_CLAUSE_PREPS = frozenset(
    {"after", "before", "while", "by", "without", "since", "upon", "when", "in"}
)

#: Nouns that stand for the state whose demonym or name modifies them.
STATE_INSTITUTIONS = words(
    "military army forces force troops navy government authorities regime officials "
    "official administration ministry police jets warplanes aircraft drones soldiers "
    "soldier diplomats diplomat delegation negotiators negotiator mediators mediator envoy "
    "parliament cabinet "
    "leadership leaders leader rulers side security minister president premier spokesman "
    "ambassador agents agent personnel guards officers servicemen serviceman commandos "
    "marines sailors pilots inspectors peacekeepers observers monitors court judge "
    "newspaper media mission lawmaker legislator parliamentarian assembly warships warship chief "
    "administrator administrators junta rule counterpart counterparts "
    "vessels "
    # "the Saudi crown prince", "the Jordanian king": the head of a state
    "king queen prince emir monarch sultan chancellor"
)
#: Nouns for places, facilities and equipment: an act on them is an act on their owner
#: ("Kataib Hezbollah's headquarters") or their state ("locations in Syria").
#: The agent lexicon's sectors of armed men outside the state.
_OUTLAW_SECTORS = ARMED_SECTORS - {Sector.MILITARY, Sector.POLICE}


def is_outlaw(token: Token) -> bool:
    """Whether a word names armed men outside the state ("jihadists", "gang", "rebel")."""
    lower = token.lower_
    return (
        lower in OUTLAW_NOUNS
        or token.lemma_.lower() in OUTLAW_NOUNS
        or load_agents().phrases.get((lower,)) in _OUTLAW_SECTORS
    )


TARGET_NOUNS = words(
    "location position target site base airbase headquarters facility area post checkpoint "
    "barracks garrison "
    "infrastructure depot camp missile drone vessel ship outpost stronghold territory "
    "hideout hideouts "
    "destroyer warship tanker convoy frigate carrier aircraft jet helicopter patrol "
    "lorry lorries truck trucks vehicle vehicles province region district enclave zone "
    # "a strike on a Hezbollah commander's car", "on a Ukrainian army training ground"
    "car cars ground grounds "
    "city town village capital compound embassy consulate office offices home homes "
    "tunnel tunnels installation plant port airport border interests plane airplane republic "
    "airliner airline airlines carrier carriers flights boat gunboat tank goods products exports "
    "imports companies firms assets "
    "computer computers website websites server servers settlement settlements jail prison "
    "refinery refineries pipeline pipelines factory factories bridge bridges dam dams "
    "station stations terminal terminals warehouse warehouses grid "
    # "pounded Ukrainian defenses", "shelled Armenian front lines"
    "defenses defences line lines trench trenches fortification fortifications airfield "
    "airfields"
)
#: Plural nouns of armed men, whose phrase may end a coordination of their sides.
_ARMED_PLURALS = words("fighter force troop militia rebel soldier militant insurgent")
_AGAINST = words("against")
#: A state's ground: "on its territory", "on Mexican soil".
_GROUND_NOUNS = words("territory territories soil land lands airspace waters")
#: Heads whose compound is their own name ("the al-Qaeda terror network").
_BODY_HEADS = words(
    "network group organization organisation movement militia party front army wing "
    "faction coalition alliance force forces cell branch"
)
#: Participles whose agent arranged an event others take part in ("brokered by Qatar").
BROKERING = words("broker mediate facilitate host sponsor arrange organize organise")
#: Prepositions after an office that name its organisation ("the spokesman for X").
_OFFICE_PREPS = words("of for at to")
#: Participles of backing after a name: "the UN-backed mission", "Iran-aligned groups".
_BACKED = words("back sponsor support fund finance arm align ally affiliate link inspire")
#: Participles of owning after a name: "a British-flagged tanker", "Russian-owned ships".
_OWNING = words("flagged owned registered operated")
#: The states of open ship registries (flags of convenience), by the registries file.
REGISTRIES_FILE = ONTOLOGY_DIR / "registries.txt"


@cache
def open_registries(path: Path = REGISTRIES_FILE) -> frozenset[str]:
    """The ISO codes of the states of open ship registries (``open:`` in the file).

    A ship under their flag is owned and run from elsewhere: "the Liberian-flagged bulk
    carrier Eternity C" names no Liberian owner.
    """
    return read_colon_table(path, "kind: ISO3 ...").get("open", frozenset())


#: Participles of holding: "areas held by X", "a checkpoint manned by X".
_HOLDING = words(
    "hold control man run occupy operate seize capture use garrison defend escort guard protect"
)
#: Participles of holding captives: "hostages held by X", "activists detained by X".
_CAPTIVITY = words("hold detain kidnap abduct capture seize jail imprison arrest take")
#: Places that a party may hold besides the target nouns ("villages held by X").
_PLACE_NOUNS = words(
    "village town city area areas villages towns cities neighborhood district checkpoint "
    "checkpoints post posts barracks"
)
_ARMED_GROUP_NOUNS = words(
    "rebel militant insurgent guerrilla fighter gunman gunmen separatist jihadist "
    "extremist militiaman militiamen paramilitary bomber militia"
)
_CIVIL_GROUP_NOUNS = words(
    "protester protestor demonstrator student worker refugee activist settler farmer "
    "landowner villager opposition prisoner civilian teacher union party detainee "
    "immigrant migrant adviser advisor businessman journalist national citizen leader "
    "doctor physician nurse youth elder politician supporter follower loyalist "
    "candidate opponent dissident inhabitant fundamentalist islamist people population "
    "sympathizer sympathiser lawmaker legislator resident hacker miner trader merchant "
    "striker cleric monk priest intellectual veteran exile dissident "
    "reporter correspondent executive employee staffer"
)
#: Nouns for organisations that have no name of their own ("two American aid groups",
#: "the Azadliq opposition coalition"): an actor when a nationality, place or proper
#: name modifies them.
_ORGANIZATION_NOUNS = words(
    "group organization organisation coalition alliance faction movement union party "
    "agency association federation front mission force"
)
#: Modals of what is asked for: "a demand that Israel should stop".
_MODALS = words("should must would will shall")
#: Nouns for people who act for the organisation of their "of"/"from" phrase
#: ("activists from Fatah", "doctors from two aid groups", "members of MASSOB").
_MEMBER_NOUNS = words(
    "member activist official leader delegate representative militant fighter doctor "
    "worker volunteer cadre spokesman staff "
    # "a suicide bomber from the Pakistani Taliban", "gunmen from the group"
    "bomber gunman gunmen attacker assailant operative "
    # "two of its executives", "journalists from Reuters": its staff
    "journalist reporter correspondent executive employee staffer"
)
#: Nouns for people of a group an act is done to ("the arrest of supporters of Y by X").
_TARGETED_MEMBERS = _MEMBER_NOUNS | words("supporter follower aide loyalist sympathizer")
#: Nouns for people who speak or act for a state ("officials from Egypt and Qatar").
_ENVOY_NOUNS = words(
    "official mediator negotiator diplomat envoy minister delegate representative delegation"
)
#: Titles: a title in apposition to a person stands for the person ("Iran's religious
#: leader Ayatollah Ruhollah Khomeini").
#: Nouns of a relation between parties, which a name in apposition right after them
#: names: "NATO ally Turkey", "its neighbour Iran".
_PARTNER_NOUNS = words("ally partner member neighbour neighbor rival adversary foe")
#: Nouns that relate the actor named after them to another: "the al-Qaeda affiliate X".
_RELATIONAL_NOUNS = (
    _PARTNER_NOUNS
    | words("affiliate offshoot branch franchise wing arm proxy splinter faction client patron")
    # "the Kremlin critic Vladimir Kara-Murza was sentenced": the critic named
    | ADVERSARIES
)
_TITLE_NOUNS = words(
    "leader president premier minister ambassador envoy spokesman spokeswoman secretary "
    "chief head king queen emir prince sultan monarch ruler commander general governor "
    "mayor chairman mediator negotiator official counterpart representative spokesperson "
    "coordinator commissioner rapporteur adviser advisor diplomat"
)
#: Prepositions that place a group of people ("rebels in the Ivory Coast").
_PLACE_PREPS = words("in throughout from of across inside at")
#: Dependents that are not part of a group's name.
_NOT_IN_NAME = ("det", "predet", "nummod", "quantmod", "punct", "cc", "conj", "relcl", "acl")
#: Collective nouns: "a group of Moroccan diplomats" stands for the diplomats.
_COLLECTIVE_NOUNS = words(
    "group number delegation team contingent band handful dozen dozens hundreds "
    "thousands tens scores millions "
    "members member chief head leader leaders deputy officials representatives "
    # "a commander of Boko Haram", "two operatives of the Wagner group"
    "commander commanders operative operatives "
    # "fighting remnants of the Islamic State group", "elements of the army"
    "remnant remnants element elements "
    # quantifiers: "several of the militias", "some of the rebels"
    "several some many most all few both each one two three four five dozen part parts"
)
#: Those who broke with a body or are one side of it ("dissidents of the FARC", "a
#: faction of the PUK"), whose acts are not the body's.
_BREAKAWAY_PARTS = words("dissident defector splinter faction")
#: Parts of a body named with "within" ("factions within the army", "elements within
#: the government").
_INNER_PARTS = words("element faction wing cell")
#: Nouns of a share in an act: "a role in the attack", "involvement in the attack".
_PART_NOUNS = words("role involvement part participation hand complicity")
#: Possessive pronouns that stand for the subject of their clause ("halted its support").
_OWN = frozenset({"its", "their", "his", "her"})
#: Nouns of people's birth or descent ("of Afghan origin").
_ORIGINS = words("ethnicity origin origins descent ancestry extraction heritage nationality")
#: People who are no side by what names them: of a state or a place, not of a cause.
_UNAFFILIATED_NOUNS = words("national citizen migrant resident villager")
#: Nouns for groups of people named by nationality ("Fijian rebels").
GROUP_NOUNS = _ARMED_GROUP_NOUNS | _CIVIL_GROUP_NOUNS
#: Nouns of a kind of group or body that a name may follow: "rebel group M23", "the
#: opposition party Chadema", "the militia Wazalendo".
_NAMED_KINDS = words(
    "group party movement coalition alliance militia organisation organization faction "
    "network outfit bloc union front"
)
#: People acted on whom no actor names: "detained a British couple in Bamiyan" acts on
#: them, not on the state they were in.
PEOPLE_NOUNS = GROUP_NOUNS | words(
    "couple man men woman women child children boy girl person individual family tourist "
    "foreigner crew sailor fisherman fishermen hostage passenger pilgrim suspect"
)
#: Nouns for messages and acts whose author is the actor that counts
#: ("rejected a US request", "criticised Iran's programme").
_MESSAGE_NOUNS = words(
    "request proposal demand call offer plan ultimatum decision policy resolution appeal "
    "bid initiative move effort efforts program programme action actions stance position "
    "claim claims accusation accusations allegation allegations report statement remarks "
    "speech comments announcement right rights role record change changes mediation "
    "invitation ban intervention interventions involvement"
) | (
    _JUDGING_MESSAGES := words(
        "criticism criticisms condemnation charge charges warning warnings concern concerns "
        "objection objections complaint complaints"
    )
)
#: Verbs of words addressed to someone, which go with a speaker: "urged Y to", "warned Y".
_ADDRESSING = words(
    "urge call demand accuse blame condemn criticize criticise warn ask appeal press welcome "
    "praise thank denounce reject dismiss"
)
#: Participles the parser may take for a verb before a state: "accused neighbouring Y".
_NEIGHBOURING = words("neighboring neighbouring")
#: Pronouns that stand for an actor named before them ("whose": the relative clause's noun).
PRONOUNS = words("it its they them their he him his she her whose")
_AUTHOR_PREPS = words("by from")
#: Event nouns whose "of" phrase names who acts ("the withdrawal of US troops").
_OF_AGENT_NOUNS = words(
    "withdrawal pullout retreat deployment arrival buildup mobilization meeting summit "
    "conference gathering"
)
#: Messages whose infinitive names what their addressee is asked to do.
_INVITATIONS = words("invitation invitations offer offers request requests call calls")
#: Verbs whose prepositional phrase names an act or a state their subject takes part in:
#: "Serb forces were engaged in ethnic cleansing against the Albanian population",
#: "Israeli troops remained on alert", "thousands converged on Lagos for a rally".
_PARTAKING = {
    "in": words("engage involve participate join"),
    "on": words("remain stay be put place keep"),
    "for": words("converge gather assemble meet come return"),
}
#: Verbs whose object carries out the act of their "of" complement.
_OBJECT_CONTROL = words(
    "accuse charge blame suspect condemn criticize criticise praise thank credit convict indict "
    "arrest detain jail sentence execute"
)
_OBJECT_DEPS = ("dobj", "obj", "dative", "iobj")
#: People sent to talks, whose destination is where they are held: "a delegation to Doha".
_DELEGATIONS = words(
    "delegation delegations negotiator negotiators team teams envoy envoys emissary emissaries"
)
_AGAINST = words("against")
#: Nouns of hostile acts, whose author no partner's act is done with or for.
_HOSTILE_ACTS = LEXICON[Relation.ATTACKED].nouns | LEXICON[Relation.THREATENED].nouns
#: Verbs whose direct object is what they hand over, not its recipient ("sent troops to
#: Y", "handed the suspects over to Y").
_HANDING = words("send hand give deliver transfer ship extradite deport return donate")
#: Verbs whose object is what they build up, never a party ("expand the joint force").
_BUILDING = words(
    "expand enlarge strengthen bolster reinforce boost build form create establish increase"
)
#: Prepositions that name the victim of an act rather than the one judged for it.
VICTIM_PREPS = words("against on")
_OF = words("of")
#: Participles for who commands a force: "Vietnamese-led forces" are Vietnam's.
_LEADING = words("lead command control run")
#: Verbs whose object is the subject of their infinitive: "urged Israel to allow".
_OBJECT_CONTROL_VERBS = words(
    "urge ask order force press pressure persuade encourage tell invite allow permit "
    "call compel instruct request warn advise train help enable equip arm recruit hire pay assist "
    "appeal plead implore prompt lead cause push drive spur require oblige obligate expect "
    # "appointed X to lead the army": the one appointed leads
    "appoint name nominate choose elect designate tap select task mandate authorize authorise"
)
#: Verbs of asking whose addressee is a prepositional object ("called on Y to", "appealed
#: to Y to", "pleaded with Y to"), with the prepositions that name the addressee.
_ADDRESSEE_PREPS = {
    "call": frozenset({"on", "upon"}),
    "appeal": frozenset({"to"}),
    "plead": frozenset({"with"}),
    "implore": frozenset({"to"}),
}
_ON = frozenset({"on", "upon"})


def addressees(verb: Token) -> list[Token]:
    """Return whom a verb addresses: its object ("urged Y"), else its prepositional object.

    "called on Y", "appealed to Y", "pleaded with Y": the preposition its verb takes
    (:data:`_ADDRESSEE_PREPS`), "on" for the others.
    """
    objects = [c for c in dependents(verb) if c.dep_ in ("dobj", "obj")]
    if objects:
        return objects
    preps = _ADDRESSEE_PREPS.get(verb.lemma_, _ON)
    return [
        pobj
        for prep in dependents(verb)
        if prep.dep_ == "prep" and prep.lower_ in preps
        for pobj in dependents(prep)
        if pobj.dep_ == "pobj"
    ]


#: Acts whose "from" phrase names who does them ("air strikes from the coalition").
_FROM_AGENT_NOUNS = words(
    "strike airstrike attack fire shelling bombardment support backing help aid assistance "
    "cover pressure threat threats transfer transfers shipment shipments delivery deliveries "
    "supply supplies "
    # "criticism from the EU of Georgia's law", "accusations from Baku that Armenia ..."
    "criticism condemnation accusation allegation complaint"
)
#: Verbs whose subject and object (or coordinated subjects) are two sides of a fight.
_FIGHTING_VERBS = words("fight battle clash attack strike shell bomb raid war exchange trade")
#: Verbs whose subject and object are two sides of a quarrel: "Armenia accused Azerbaijan
#: ... The EU urged both sides", "Ethiopia rejected Egypt's proposal ... the two countries".
_DISPUTING_VERBS = words(
    "accuse blame threaten condemn criticize criticise denounce reject dismiss"
)
#: "on the side of Y", "on behalf of Y": whose side an act is on, never its target.
_SIDING = words("side behalf")
#: Object-control verbs whose "to" clause the parser may take for a purpose clause.
_ENABLING_VERBS = words("train help enable equip arm recruit hire pay assist")

#: Armed bodies that, named by a people rather than a state, are an armed group.
_FORCE_NOUNS = words("forces force troops militia militias army units")
#: Institutions that belong to the state they are placed in ("police in Jericho"); troops
#: and soldiers are often foreign, and are not in this list.
_DOMESTIC_INSTITUTIONS = words(
    "police authorities government court judiciary prosecutor prosecutors parliament"
)
#: Institutions that stand for the government of a province or region they name.
_GOVERNMENT_NOUNS = words("government authorities administration governor police")


#: What one is "in" when looking on: "with the Uzbek president in attendance".
_LOOKING_ON = words("attendance tow")


def onlooker(pobj: Token) -> bool:
    """Whether a "with" phrase names someone present, not a party ("with X in attendance")."""
    doc = pobj.doc
    after = pobj.right_edge.i + 1
    if after + 1 < len(doc) and (
        (doc[after].lower_ == "in" and doc[after + 1].lemma_.lower() in _LOOKING_ON)
        or doc[after].lower_ in ("present", "watching", "looking")
    ):
        return True  # (the parser may hang "in attendance" on the verb)
    return any(
        (
            c.dep_ == "prep"
            and c.lower_ == "in"
            and any(p.dep_ == "pobj" and p.lemma_.lower() in _LOOKING_ON for p in dependents(c))
        )
        or (c.dep_ in ("amod", "acl", "advmod") and c.lower_ in ("present", "watching", "looking"))
        for c in dependents(pobj)
    )


def _after_noun(token: Token) -> bool:
    """Whether ``token``'s phrase follows a noun, or a noun and a comma ("the FDLR, a ...")."""
    before = token.left_edge.i - 1
    if before >= 0 and token.doc[before].text == ",":
        before -= 1
    return before >= 0 and token.doc[before].pos_ in ("NOUN", "PROPN")


def _gap(token: Token) -> int:
    """Return how many punctuation tokens follow ``token`` ("leader, Sheikh X")."""
    gap = 0
    doc = token.doc
    while token.i + 1 + gap < len(doc) and doc[token.i + 1 + gap].is_punct:
        gap += 1
    return gap


def _phrase_start(token: Token, *, deps: tuple[str, ...] | None = None) -> int:
    """Return the index of the first token of the modifiers before ``token``.

    The modifiers are those that belong to a name (not determiners, numbers, a possessive
    pronoun: "whose Junbish party" is the Junbish party), or, with ``deps``, only those of
    these dependencies.
    """
    return min(
        (
            t.i
            for c in dependents(token)
            if c.i < token.i
            and (c.dep_ in deps if deps is not None else c.dep_ not in _NOT_IN_NAME)
            and c.tag_ not in ("WP$", "PRP$")
            for t in c.subtree
        ),
        default=token.i,
    )


def _think_tank(token: Token) -> bool:
    """Whether ``token`` is the "tank" of "think tank" (an organisation, not a vehicle)."""
    return token.lemma_ == "tank" and any(c.lower_ == "think" for c in dependents(token))


_RELATIVE_PRONOUNS = words("which who whom that")


def _relative_pronoun(token: Token) -> bool:
    """Whether ``token`` is a relative pronoun ("which", "who", "that")."""
    return token.lower_ in _RELATIVE_PRONOUNS and token.tag_ in ("WDT", "WP")


def responsibility_for(act: Token) -> Token | None:
    """Return "responsibility" when ``act`` is what it is for, else ``None``.

    "claimed (denied) responsibility for the bombing": who claims or denies it is (is
    said to be) the act's agent.
    """
    if act.dep_ == "pobj" and act.head.lower_ == "for" and act.head.head.lemma_ == "responsibility":
        return act.head.head
    return None


#: Parts of a group that a clause set on the group can be about ("many of them").
_PARTITIVES = frozenset({"many", "most", "some", "several", "all", "both", "each", "part"})


def is_part_of_them(token: Token) -> bool:
    """Whether ``token`` names a part of a group named before ("many of them")."""
    return token.lower_ in _PARTITIVES and any(
        of.dep_ == "prep"
        and of.lower_ == "of"
        and any(p.lower_ in ("them", "which", "whom") for p in dependents(of))
        for of in dependents(token)
    )


def _partitive_whole(part: Token) -> Token | None:
    """The group a part ("many of them") set after it by a comma is a part of.

    "the militias, many of them trained by Iran": the clause is hung on the group, or
    (however the parser hangs it) set right after the group and its comma.
    """
    clause = part.head
    if clause.pos_ not in ("VERB", "AUX") or part.i < 2:
        return None
    if part.doc[part.i - 1].text == "," and part.doc[part.i - 2].pos_ in ("NOUN", "PROPN"):
        whole = part.doc[part.i - 2]
        while whole.dep_ == "pobj" and whole.head.head.pos_ in ("NOUN", "PROPN"):
            whole = whole.head.head  # "fishing groups in Sri Lanka, most of them ...": groups
        return whole
    if clause.dep_ == "relcl" and clause.head.pos_ in ("NOUN", "PROPN"):
        return clause.head
    return None


def is_relative(token: Token) -> bool:
    """Whether ``token`` is the relative pronoun of a relative clause ("X, which ...")."""
    return _relative_pronoun(token) and (
        token.head.dep_ == "relcl"
        or (token.dep_ == "nsubj" and token.head.dep_ == "advcl" and _dated_noun(token) is not None)
    )


def _fronted_relative(token: Token) -> Token | None:
    """The noun a relative pronoun after a fronted preposition stands for.

    "the government in Mogadishu, with which Puntland cut ties": "which" is the object of
    "with", which comes before the verb of the relative clause on "government".
    """
    if token.dep_ != "pobj" or token.lower_ not in ("which", "whom"):
        return None
    prep = token.head
    verb = prep.head
    if prep.dep_ != "prep" or prep.i != token.i - 1 or verb.i < token.i:
        return None
    while verb.dep_ in ("xcomp", "ccomp", "conj") and verb.head.i > token.i:
        verb = verb.head  # "with whom X hopes to sign a deal"
    if verb.dep_ != "relcl" or verb.head.i >= prep.i:
        return None
    return verb.head


def _dated_noun(pronoun: Token) -> Token | None:
    """The noun before a date that a relative clause right after the date is about.

    "the Israeli strike in August 2025 that killed X": the parser hangs the clause on
    the date (or on the verb the date's phrase hangs on), but a date does nothing.
    """
    if pronoun.i == 0:
        return None
    date = pronoun.doc[pronoun.i - 1]
    while date.dep_ != "pobj" and date.ent_type_.upper() in ("DATE", "TIME"):
        if not date.head.i < date.i + 3 or date.head is date:
            return None
        date = date.head
    if date.dep_ != "pobj" or date.ent_type_.upper() not in ("DATE", "TIME"):
        return None
    by = date.head
    if by.dep_ != "prep" or by.i == 0:
        return None
    noun = pronoun.doc[by.i - 1]
    return noun if noun.pos_ == "NOUN" and noun.ent_type_ == "" else None


def relative_antecedent(pronoun: Token) -> Token:
    """The noun a relative pronoun stands for: the head of its clause, mostly.

    "the junta led by General Goita, which seized power": the parser hangs the clause
    on the leader, but "which" names no person, so it is the noun the leader leads.
    """
    dated = _dated_noun(pronoun)
    if dated is not None:
        return dated
    head = _named_in_apposition(pronoun.head.head, pronoun)
    by = head.head
    if (
        pronoun.lower_ == "which"
        and head.dep_ == "pobj"
        and head.ent_type_.upper() == "PERSON"
        and by.lower_ == "by"
        and by.head.dep_ == "acl"
        and by.head.tag_ == "VBN"
        and by.head.head.pos_ in ("NOUN", "PROPN")
    ):
        return by.head.head
    if (
        pronoun.lower_ in ("which", "who")
        and head.lemma_.lower() in TIES
        and pronoun.head.lemma_ not in _CHANGES_OF_TIES
        and not _singular_clause(pronoun.head)
    ):
        # "relations between Addis Ababa and Asmara, which fought alongside each other":
        # the pair acts (but "ties between X and Y, which have improved": the ties)
        pair = next((p for p in pobjs(head, "between") if conjuncts_of(p)), None)
        if pair is not None:
            return pair
    if _singular_clause(pronoun.head):
        # "Kataib Hezbollah and Asaib Ahl al-Haq, which is led by X": a singular verb
        # agrees with the last noun listed alone; "a coalition of Tuareg groups that has
        # fought the army": with the singular noun the plural one completes
        listed = [c for c in conjuncts_of(head) if head.i < c.i < pronoun.i]
        if listed:
            return max(listed, key=lambda c: c.i)
        if (
            head.tag_ in ("NNS", "NNPS")
            and head.dep_ == "pobj"
            and head.head.lower_ == "of"
            and head.head.head.tag_ in ("NN", "NNP")
        ):
            return head.head.head
    elif head.dep_ == "conj" and _plural_clause(pronoun.head):
        # "Saudi Arabia and Egypt, which both back Burhan": a plural verb agrees with the
        # whole list the parser hangs the clause on the last noun of
        first = head
        while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN"):
            first = first.head
        return first
    return head


#: What ties do: "relations between X and Y, which have soured" are the ties.
_CHANGES_OF_TIES = words(
    "be have improve deteriorate worsen sour warm thaw grow remain date collapse break "
    "strain fray cool deepen strengthen weaken suffer"
)
#: Finite forms that agree with a singular subject.
_SINGULAR_FINITE = words("is was has does")
#: Finite forms that agree with a plural subject, and words that make a subject a pair.
_PLURAL_FINITE = words("are were have do")
_PAIRING = words("both all")


def _plural_clause(verb: Token) -> bool:
    """Whether a clause's finite verb is plural ("which both back", "that have fought")."""
    auxiliaries = [c for c in dependents(verb) if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if any(c.lower_ in _PAIRING and c.i < verb.i for c in dependents(verb)):
        return True
    if auxiliaries:
        return auxiliaries[0].lower_ in _PLURAL_FINITE
    return verb.tag_ == "VBP"


def _singular_clause(verb: Token) -> bool:
    """Whether a clause's finite verb is singular ("which is led by", "that has fought")."""
    auxiliaries = [c for c in dependents(verb) if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if auxiliaries:
        return auxiliaries[0].lower_ in _SINGULAR_FINITE
    return verb.tag_ == "VBZ"


#: The prepositions of the one an act is charged to: "blamed on Israel".
_BLAMED_ON = words("on to")
#: Agreements and talks, whose "with" phrase names the other party ("a truce with Y").
_ACCORDS = LEXICON[Relation.AGREED_WITH].nouns | LEXICON[Relation.CONSULTED].nouns
_WITH_PARTY = words("with")
#: Definite messages that stand for the proposal just made ("rejected the proposal").
_PROPOSALS = words("proposal offer plan initiative request demand call ultimatum")
#: Nouns of a force's advance, named again after the act: "M23 seized Uvira. The advance
#: ..." (Arguments.act_author_before).
_ADVANCES = words("advance push takeover seizure capture")
#: Verbs of making a proposal: "X called for a truce", "X offered talks".
_PROPOSING = words("propose offer call demand request suggest present unveil submit table")
#: One's place in a body: its "of"/"in" phrase names the body, not a party acted on.
_MEMBERSHIPS = words("membership participation involvement seat")
#: People named by their tie to another: "urged Kyiv's partners to ...", "accused allies
#: of the president of ...": the act is theirs, not the one they are tied to.
_TIED_PEOPLE = (
    words("ally partner sponsor backer supporter friend neighbour neighbor follower loyalist")
    | ADVERSARIES
)
#: People named by their kinship or service to a person, no actors of their own: "arrested
#: the lawyer of X", "detained X's son" coerce the lawyer and the son, not X.
_KIN_AND_COUNSEL = KINSHIP | words("lawyer lawyers attorney driver bodyguard bodyguards")
#: Nouns of the ties between parties, which as a subject stand for neither of them.
TIES = words("tie ties relation relations relationship rapprochement")
#: Nouns of an accord between parties, whose infinitive says what the parties would do.
_ACCORD_NOUNS = words("deal deals agreement agreements accord accords pact treaty truce")
#: Verbs of taking a stand on an accord one need not be party to.
_STANCE_VERBS = words(
    "support back welcome endorse praise hail reject oppose criticise criticize condemn denounce"
)


#: What is said aloud, besides the documents of STATEMENT_NOUNS: "in remarks criticising Y".
_REMARKS = words("remarks comments statements speeches")
#: Verbs of laying a charge on someone, which a rejected "the accusation" names again.
_ACCUSING = words("accuse blame allege charge")
#: Charges that may be any statement: "X said Y rammed its boat. Y denied the claim".
_CLAIMED = words("claim allegation")
#: Charges named again ("denied the allegations"), and the verbs rejecting them.
_CHARGE_NOUNS = words("accusation allegation charge claim")
_REJECTING = LEXICON[Relation.REJECTED].verbs | words("brush shrug")


def _reports(verb: Token, clause: Token) -> bool:
    """Whether ``clause`` is reported by ``verb``: "said the U.S. rejected the claims"."""
    node = clause
    while node.i != node.head.i and node.i != verb.i:
        if node.dep_ in ("ccomp", "parataxis") and node.head.i == verb.i:
            return True
        node = node.head
    return False


def _relative_of_gerund(verb: Token, relative: Token) -> bool:
    """Whether a relative object of ``verb`` is that of its gerund, the parser's misreading.

    "the M23, which Kinshasa accuses Rwanda of backing": "which" hangs on "accuses" beside
    Rwanda, the one accused; it is what Rwanda backs.
    """
    return (
        relative.i < verb.i
        and verb.dep_ == "relcl"
        and any(c.dep_ in ("dobj", "obj") and c.i > verb.i for c in dependents(verb))
        and any(
            c.dep_ == "prep"
            and c.lower_ in ("of", "for")
            and any(
                g.dep_ in ("pcomp", "pobj") and (g.tag_ == "VBG" or g.lower_.endswith("ing"))
                for g in dependents(c)
            )
            for c in dependents(verb)
        )
    )


def _rejected_charge(noun: Token) -> bool:
    """Whether ``noun`` is a definite charge rejected: "Kigali denied the allegations"."""
    return (
        noun.lemma_.lower() in _CHARGE_NOUNS
        and noun.dep_ in ("dobj", "obj")
        and noun.head.lemma_ in _REJECTING
        and any(
            c.dep_ == "det" and c.lower_ in ("the", "these", "those", "this", "such")
            for c in dependents(noun)
        )
        # ("dismissed the claim as propaganda": the verb's "as" phrase on the noun)
        and not any(
            c.dep_ in ("poss", "compound", "acl", "relcl", "nmod")
            or (c.dep_ == "prep" and c.lower_ != "as")
            for c in dependents(noun)
        )
    )


def _accord_of_infinitive(verb: Token) -> Token | None:
    """The accord noun an infinitive spells out, if any ("a deal ... to hand over Y").

    As the noun's clause, or hung by the parser on the verb whose object the noun is
    when the infinitive follows that object right away.
    """
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in dependents(verb)):
        return None
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in _ACCORD_NOUNS:
        return verb.head
    if verb.dep_ == "advcl":
        for obj in dependents(verb.head):
            if (
                obj.dep_ in ("dobj", "obj")
                and obj.lemma_.lower() in _ACCORD_NOUNS
                and obj.right_edge.i + 1 == verb.left_edge.i
            ):
                return obj
    return None


#: Nouns of a resolve whose infinitive says what its owner would do: "its commitment to
#: defend the Philippines", "Russia's plan to invade Ukraine".
_RESOLVE_NOUNS = words(
    "plan plans commitment pledge promise bid attempt effort threat offer decision readiness "
    "determination vow intention intent willingness resolve push drive"
)
#: Resolves whose "by" phrase names whose they are: "threats by Moscow to cut gas".
_AUTHORED_RESOLVES = words("threat plan bid")
#: Groups of armed men that a name may be given to: "an alliance of gangs known as X".
_GANGS = words("gang cartel network cell")
#: Plural nouns that, with "both" or "the two", stand for the last pair named.
_PAIR_NOUNS = frozenset(
    {"side", "party", "country", "government", "nation", "neighbour", "neighbor"}
)
#: Verbs of a talk two hold with each other, with the other in a "with" phrase: "X
#: spoke by phone with Y".
_SPEAKING_WITH = words("speak confer")
#: Plural nouns that, with "the three" (four, five), stand for as many states or bodies
#: last named together: "Niger, Mali and Burkina Faso ... the three juntas".
_SEVERAL_NOUNS = _PAIR_NOUNS | {"junta", "state", "regime"}
#: The numbers of :data:`_SEVERAL_NOUNS` ("the two" is a pair: :meth:`_last_pair`).
_SEVERAL = {"three": 3, "four": 4, "five": 5, "six": 6}
#: How many sentences back the states "the three countries" stand for may be named.
_SEVERAL_WINDOW = 8
#: Plural offices that, with "both" or "the two", stand for the last two persons named.
_PERSON_PAIR_NOUNS = frozenset({"leader", "president", "minister", "premier", "counterpart"})
#: Verbs of a meeting between two persons: "X met Y ... the two leaders".
_MEETING_VERBS = words("meet host receive visit talk call welcome")
#: Verbs of claiming an act as one's own: "the attack, which X claimed".
_CLAIMING = words("claim")
#: Verbs that charge their object with an act named after "for" ("blamed Y for the
#: attack on Z", "Y was condemned for its strikes on Z").
_CHARGING_FOR = words("blame accuse condemn criticize criticise fault sanction punish")
#: Spans of time an act lasted ("fought for years against Y"), and their prepositions.
_DURATIONS = words("year month week day decade hour night")
_TIME_PREPS = words("for over in")
#: Verbs of appeal that a participle after a comma may add: "..., urging Y to ...".
_APPEALING = words("urge call demand condemn criticize criticise denounce")
#: Ruin wished on someone, which asks nothing of them: "seeks Israel's destruction".
_RUIN = words("destruction annihilation elimination eradication extermination defeat")
#: Verbs of reporting or judging what others did: "documented strikes by the army".
_REPORTING_ON = words(
    "document report condemn denounce describe detail record cite deplore decry criticize "
    "criticise investigate"
)


def _reporting_on_deed(clause: Token) -> Token | None:
    """Return the reporting verb whose object holds ``clause``, a relative clause of a deed.

    "condemned the attack by gunmen that killed ten soldiers": the relative clause (of no
    saying) hangs on a noun within the object of "condemned", which is returned.
    """
    if clause.dep_ != "relcl" or clause.lemma_ in SPEECH_VERBS | _ADDRESSING:
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in dependents(clause)):
        return None
    node = clause.head
    if node.dep_ in ("dobj", "obj") and not is_event_noun(node.lemma_.lower()):
        return None  # "condemned al-Shabaab, which attacked a bus and urged ...": its own
    for _ in range(6):
        if node.dep_ not in ("dobj", "obj", "pobj", "prep", "compound", "appos"):
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node if node.lemma_ in _REPORTING_ON | SPEECH_VERBS else None
    return None


#: Means of talking at a distance: "spoke by phone with Y" is parsed with "with Y" hung on
#: the means.
_CHANNELS = words("phone telephone video videoconference videolink link teleconference")
#: Nouns of talks or war whose "with" phrase names the other party: "talks with the ELN".
_PAIR_EVENTS = words("talk negotiation dialogue war conflict fighting clash")
#: Verbs of drawing a reaction from others: "shelled the towns, drawing criticism from Y",
#: "withdrew its troops, facing criticism from Y" (the rule drew-criticism) is no purpose
#: clause.
_REACTIONS_DRAWN = words("draw attract provoke prompt spark earn trigger face")
#: Offices whose holder speaks for the body named with them: "ministry official X".
_SPEAKING_OFFICES = words(
    "official spokesman spokeswoman spokesperson minister director head chief commander "
    "representative"
)
#: Offices whose "for" phrase names whom they speak for ("a spokesman for the SPLM-N"),
#: where an envoy's or a minister's "for" is a topic ("the envoy for Sudan").
_SPOKESPEOPLE = words("spokesman spokeswoman spokesperson")
#: The kinds of actor an official speaks for as "they" ("said they were negotiating").
_SPOKEN_FOR = frozenset(
    {
        ActorType.GOVERNMENT_BODY,
        ActorType.ORGANIZATION,
        ActorType.ARMED_GROUP,
        ActorType.INTERNATIONAL_ORGANIZATION,
    }
)
#: Nouns of talks or accords two parties hold or sign together, persons or states:
#: "held talks with Y", "signed an agreement with Y" ... "the two leaders".
_PAIR_ACCORDS = words("talk negotiation agreement deal accord pact treaty meeting call summit")
#: Prepositions that make talks an adjunct of the clause of those who held them.
_AFTER_TALKS = words("after following during")


def _role_in(verb: Token) -> Token | None:
    """Return the noun of the part taken in a gerund's act ("role in arming Y"), if any."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "in" or verb.head.dep_ != "prep":
        return None
    noun = verb.head.head
    return noun if noun.lemma_.lower() in ROLE_NOUNS else None


def _reported_relative(token: Token) -> Token | None:
    """Return the noun a relative pronoun stands for inside a reported clause.

    "The M23, which Kinshasa says is armed by Rwanda": "which" is the subject of the
    clause "says" reports, and "says" is the relative clause of "M23".
    """
    if not _relative_pronoun(token):
        return None
    clause = token.head
    if clause.dep_ not in ("ccomp", "xcomp") or clause.head.dep_ != "relcl":
        return None
    return _named_in_apposition(clause.head.head, token)


#: Entity types of a place as a place, which the parser may take a clause to be on.
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


def _named_in_apposition(noun: Token, pronoun: Token) -> Token:
    """The party set in apposition to a place right before a relative pronoun, or ``noun``.

    "In eastern Congo, the M23, which Kinshasa says is backed by Rwanda": the parser
    hangs the clause on the place, but it is on the party named last before it.
    """
    if noun.ent_type_ not in _PLACE_ENTITIES or pronoun.i < 2:
        return noun
    if pronoun.doc[pronoun.i - 1].text != ",":
        return noun
    for child in dependents(noun):
        if (
            child.dep_ == "appos"
            and noun.i < child.i < pronoun.i
            and child.right_edge.i == pronoun.i - 2
            and child.ent_type_
            and child.ent_type_ not in _PLACE_ENTITIES | {"DATE", "TIME"}
        ):
            return child
    return noun


def _is_passive_participle(verb: Token) -> bool:
    """Whether ``verb`` is a past participle used passively ("a campaign led by X")."""
    return verb.tag_ == "VBN" or any(c.dep_ in ("auxpass", "agent") for c in dependents(verb))


def _doer_noun(token: Token) -> bool:
    """Whether a noun names people who act, actor or not: "officers", "gunmen", "troops".

    "said officers had entered the slum and killed 15 gang members": the killing is the
    officers', whom no actor names, not the sayer's.
    """
    lower = token.lower_
    return (
        lower in PEOPLE_NOUNS
        or (lower,) in load_agents().phrases
        or token.lemma_.lower() in OFFICES
    )


def has_own_subject(verb: Token) -> bool:
    """Whether a verb has a subject or auxiliary of its own (a clause, not a participle)."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in dependents(verb))


#: What may stand between two verbs that share the object after the second.
_BETWEEN_SHARED = frozenset({"cc", "punct", "advmod"})


def _shared_object(verb: Token) -> Token | None:
    """The object after a conjoined verb that a verb with none shares.

    "police arrested and charged X", "detained and later deported X", "accused Y of
    arming and commanding X": the verb stands right before the conjunction, with only
    adverbs between, and the conjunct has no subject of its own ("X attacked and Y
    retaliated against Z" shares nothing).
    """
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN", "VB", "VBG"):
        return None
    conj = next((c for c in verb.rights if c.dep_ == "conj" and c.pos_ == "VERB"), None)
    if conj is None:
        return None
    between = {t.dep_ for t in verb.doc[verb.i + 1 : conj.i]}
    if "cc" not in between or not between <= _BETWEEN_SHARED:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in dependents(conj)):
        return None
    return next((c for c in dependents(conj) if c.dep_ in ("dobj", "obj")), None)


def _contact_clause_object(verb: Token) -> Token | None:
    """The noun a relative clause without a pronoun has as its object.

    "the PKK, the militant group it has fought for decades", "the rebels Kigali backs":
    the clause's verb has a subject of its own, no object and no relative pronoun, so the
    noun it modifies is what it acts on.
    """
    if verb.dep_ != "relcl" or verb.pos_ != "VERB" or verb.i < verb.head.i:
        return None
    if verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    subjects = [c for c in dependents(verb) if c.dep_ == "nsubj"]
    if len(subjects) != 1 or _relative_pronoun(subjects[0]) or subjects[0].tag_ == "WP":
        return None
    if any(
        c.dep_ in ("dobj", "obj", "dative", "iobj", "ccomp", "xcomp", "attr", "acomp", "nsubjpass")
        or _relative_pronoun(c)
        or (c.dep_ == "advmod" and c.tag_ == "WRB")
        for c in dependents(verb)
    ):
        return None
    # the clause follows its noun right away: "the group [it has fought]"
    if subjects[0].left_edge.i != verb.head.i + 1:
        return None
    return verb.head


def _is_label(token: Token) -> bool:
    """Whether a word followed by a colon labels the sentence ("VOA: Putin visited ...")."""
    return any(
        c.dep_ == "punct" and c.text == ":" and c.i == token.i + 1 for c in dependents(token)
    )


def _phrase_end(token: Token) -> int:
    """Return the index of the last token of a noun phrase, without its clauses."""
    end = token.i
    for child in token.rights:
        if child.dep_ in ("relcl", "acl", "appos", "punct", "cc", "conj", "advcl"):
            break
        end = max(end, _phrase_end(child))
    return end


@cache
def _capitals() -> frozenset[str]:
    """The states' capitals the gazetteer lists, in lower case ("paris", "damascus")."""
    gazetteer = load_gazetteer()
    return frozenset(n.text.lower() for n in gazetteer.names if n.kind == "capital")


def people_of(mention: LinkedMention, doc: Doc) -> LinkedMention | None:
    """The people a state's plural demonym names ("Georgians"), as a group of its own.

    A plural demonym alone stands for its state where a state acts ("the Americans
    vetoed the resolution"); counted or protesting, it is the people.
    """
    actor = mention.actor
    if actor.type is not ActorType.STATE or mention.end - mention.start != 1:
        return None
    token = doc[mention.start]
    names = {actor.label.lower(), *(a.lower() for a in actor.aliases)}
    # (the model tags some plural demonyms as singular names: "Malians"; but "Paris",
    # "Damascus", "Caracas" are capitals, which stand for their states)
    plural = token.tag_ in ("NNS", "NNPS") or (
        token.tag_ == "NNP" and token.lower_.endswith("s") and token.lower_ not in _capitals()
    )
    if not plural or token.lower_ in names:
        return None
    people = Actor(
        id=actor_id(token.text),
        label=token.text,
        type=ActorType.ORGANIZATION,
        country=actor.country,
    )
    return LinkedMention(mention.start, mention.end, people, "group")


#: Meetings whose "in" phrase after their "with" party names where they are held: the
#: nouns of consultation ("talks", "meeting", "summit"), in the plural too.
MEETINGS = LEXICON[Relation.CONSULTED].nouns | words(
    "negotiations meetings consultations dialogue discussions"
)


def main_verb_as_participle(verb: Token) -> bool:
    """Whether a participle with an object is the sentence's main verb, misparsed.

    "The Saudi-led coalition bombed Sanaa.": the parser made "bombed" a participle of
    "coalition", which heads the sentence with no verb of its own.
    """
    head = verb.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ in ("VBN", "VBD")
        and (
            head.dep_ == "ROOT"
            # "X, which ..., killed 20 soldiers, the ministry said": the parser made X a
            # second subject of the saying after the clause
            or (
                head.dep_ == "nsubj"
                and head.head.lemma_ in SPEECH_VERBS
                and any(c.dep_ == "nsubj" and c.i > verb.i for c in dependents(head.head))
            )
        )
        and head.pos_ in ("NOUN", "PROPN")
        and any(c.dep_ in ("dobj", "obj") for c in dependents(verb))
    )


def predicate_on_agent(verb: Token) -> Token | None:
    """Return the subject of a main verb the parser hung on a participle's agent.

    "The Wagner Group, run by Yevgeny Prigozhin, operated in Mali": with no main verb
    found, "operated" hangs on "Prigozhin"; the sentence's head noun is its subject.
    """
    doc = verb.doc
    if verb.dep_ != "acl" or verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    pobj = verb.head
    if pobj.dep_ != "pobj" or pobj.head.dep_ != "agent":
        return None
    participle = pobj.head.head
    head = participle.head
    if (
        participle.dep_ != "acl"
        or head.dep_ != "ROOT"
        or head.pos_ not in ("NOUN", "PROPN")
        or doc[participle.i - 1].text != ","
    ):
        return None
    return head


def acts_on_own(verb: Token, nouns: frozenset[str]) -> bool:
    """Whether a verb's object is one of ``nouns``, the subject's own ("its membership")."""
    return any(
        c.dep_ in ("dobj", "obj")
        and c.lemma_.lower() in nouns
        and any(p.dep_ == "poss" and p.pos_ == "PRON" for p in dependents(c))
        for c in dependents(verb)
    )


def own_membership(verb: Token) -> bool:
    """Whether a verb acts on its subject's own place in a body ("froze its membership")."""
    return acts_on_own(verb, _MEMBERSHIPS)


#: Verbs that charge or judge an act: its result is none of their subject's doing.
_JUDGING_VERBS = CHARGING_VERBS | words("condemn denounce criticize criticise")


def _nested_saying(clause: Token) -> Token | None:
    """Return the verb of saying above a clause reported within a reported clause.

    "said the drills showed that China was ...": "said" for "was" (None when the clause
    is reported by the saying itself, or is no reported clause).
    """
    depth = 0
    while clause.dep_ == "ccomp" and clause.head.lemma_ not in SPEECH_VERBS and depth < 3:
        clause = clause.head
        depth += 1
    saying = clause.head
    if depth and clause.dep_ == "ccomp" and saying.lemma_ in SPEECH_VERBS and saying.i < clause.i:
        return saying
    return None


def _verb_of_object(verb: Token) -> Token | None:
    """The verb a finite verb joined to a noun goes with: the verb that noun is under.

    "which has maintained ties with Moscow and supplies Ukraine with drones": the parser
    joins "supplies" to "Moscow", the object of the preposition of "ties".
    """
    noun = verb.head
    if (
        verb.tag_ not in ("VBD", "VBZ", "VBP")
        or noun.pos_ not in ("NOUN", "PROPN")
        or noun.i > verb.i
        or not any(c.dep_ in ("dobj", "obj") for c in dependents(verb))
    ):
        return None
    head = noun
    for _ in range(5):
        if head.dep_ not in ("pobj", "prep", "dobj", "obj", "conj", "appos") or head.head is head:
            return None
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            return head
    return None


def _main_after_aside(verb: Token) -> Token | None:
    """The main verb a verb joined to a relative aside continues, if it does.

    "Niger has turned to Russia, whose instructors arrived in 2024, and has deepened ties
    with Turkey": the parser joins "has deepened" to "arrived"; set off by the aside's
    closing comma and sharing the main verb's auxiliary (not the aside's), it goes on the
    main clause.
    """
    aside = verb.head
    if aside.dep_ != "relcl" or aside.i > verb.i:
        return None
    doc = verb.doc
    noun = aside.head
    first = min([verb.i, *(c.i for c in dependents(verb) if c.dep_ in ("aux", "neg"))])
    if (
        first < 2
        or doc[first - 1].lower_ not in ("and", "but")
        or doc[first - 2].text != ","
        or noun.i == 0
        or (doc[noun.i + 1].text != "," and doc[aside.left_edge.i - 1].text != ",")
    ):
        return None
    main = noun.head
    while main.pos_ not in ("VERB", "AUX") and main.head.i != main.i:
        main = main.head
    if main.pos_ not in ("VERB", "AUX") or main.i > noun.i:
        return None
    auxiliaries = {c.lemma_ for c in dependents(verb) if c.dep_ == "aux"}
    if not auxiliaries or auxiliaries != {c.lemma_ for c in dependents(main) if c.dep_ == "aux"}:
        return None
    if auxiliaries == {c.lemma_ for c in dependents(aside) if c.dep_ == "aux"}:
        return None
    return main


def _judging_clause(verb: Token) -> Token | None:
    """The charging verb a harm participle without a subject of its own hangs on.

    "blamed the group for a barrage of rockets that struck the base, killing a
    contractor and wounding two soldiers": the parser hangs "killing" on "blamed".
    """
    if verb.tag_ != "VBG" or verb.lemma_.lower() not in HARM_VERBS:
        return None
    clause = verb
    while clause.dep_ == "conj" and clause.head.tag_ == "VBG":
        clause = clause.head
    if clause.dep_ != "advcl" or any(
        c.dep_ in ("nsubj", "nsubjpass") for c in (*dependents(verb), *dependents(clause))
    ):
        return None
    head = clause.head
    return head if head.pos_ == "VERB" and head.lemma_.lower() in _JUDGING_VERBS else None


def _charged_gerund_conjunct(verb: Token) -> Token | None:
    """The charging verb whose object does a gerund coordinated after a misparsed one.

    "accused Iran of funding and arming Hamas": the parser makes "funding" a noun and
    "arming" its conjunct (or a conjunct of "accused" itself); the one accused arms.
    """
    if verb.tag_ != "VBG" or verb.dep_ != "conj" or verb.i < 2:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in dependents(verb)):
        return None
    head = verb.head
    doc = verb.doc
    if head.dep_ == "pobj" and head.lower_.endswith("ing") and head.head.lower_ in ("of", "for"):
        judge = head.head.head
    else:
        first = doc[verb.i - 2]
        if (
            doc[verb.i - 1].dep_ != "cc"
            or first.dep_ != "pobj"
            or not first.lower_.endswith("ing")
            or first.head.lower_ not in ("of", "for")
            or first.head.head.i != head.i
        ):
            return None
        judge = head
    return judge if judge.pos_ == "VERB" and judge.lemma_.lower() in _JUDGING_VERBS else None


def _question(clause: Token) -> bool:
    """Whether a complement clause is an indirect question ("whether Y would ...")."""
    return any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in dependents(clause))


#: Verbs of talking with a party, somewhere: "negotiated with the insurgents in Doha".
_TALKING_VERBS = words("meet negotiate talk confer discuss raise")


def at_talks(token: Token) -> bool:
    """Whether ``token`` is the party of talks or a pact ("peace talks with the RSF in Geneva").

    Also of a verb of talking: "negotiated with the insurgents in Qatar's capital",
    "raised the issue with Houthi negotiators in Muscat" (where they talked).
    """
    if token.dep_ != "pobj" or token.head.lower_ != "with":
        return False
    host = token.head.head
    lemma = host.lemma_.lower()
    # ("signed a peace deal with the TPLF in Pretoria": where it was signed)
    return (
        lemma in MEETINGS
        or lemma in _PACTS
        or (
            host.pos_ == "VERB"
            and (
                lemma in _TALKING_VERBS
                # "signed a deal with the TPLF in Pretoria", the "with" on the verb
                or any(
                    c.dep_ in ("dobj", "obj")
                    and (c.lemma_.lower() in _PACTS or c.lemma_.lower() in MEETINGS)
                    for c in dependents(host)
                )
            )
        )
    )


#: Accords signed with a party somewhere: "a peace deal with the TPLF in Pretoria".
_PACTS = words("deal agreement accord treaty pact memorandum truce ceasefire")


def _message_before_participle(noun: Token) -> Token:
    """The message noun the parser made a compound of the participle after it.

    "vetoed a Security Council resolution censuring as a violation of law its raid":
    the parser reads "resolution censuring" as one noun headed by the participle.
    """
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    if (
        noun.lower_.endswith("ing")
        and before is not None
        and before.dep_ == "compound"
        and before.head.i == noun.i
        and before.lemma_.lower() in _MESSAGE_NOUNS
    ):
        return before
    return noun


class Arguments:
    """Argument finders over one doc and its actor links."""

    def __init__(self, doc: Doc, links: ActorLinks) -> None:
        self.doc = doc
        self.links = links
        self._groups: dict[tuple[int, int], LinkedMention] = {}
        #: The doc's entities, read once: ``Doc.ents`` makes every span anew at each call.
        self.ents: tuple[Span, ...] = entities(doc)
        #: The answers of :meth:`actors_of` and :meth:`subjects_of_verb` (asked again of
        #: the same tokens by several frames), by token (and depth), with the number of
        #: changes of the links they were read from: an answer is good until the links
        #: change (a group linked on the way: :meth:`_group`).
        self._actors: dict[tuple[int, int], tuple[int, tuple[LinkedMention, ...]]] = {}
        #: Phrases whose pair is being looked for ("the leaders of two neighbours, A and
        #: B": reading A may ask for the pair again), so the search does not recurse
        self._pairing: set[int] = set()
        self._subjects: dict[int, tuple[int, tuple[LinkedMention, ...]]] = {}

    # -- noun phrases -------------------------------------------------------------

    def actors_of(self, token: Token, *, depth: int = 0) -> list[LinkedMention]:
        """Return the actors a noun phrase headed by ``token`` stands for (with conjuncts)."""
        changes = self.links.changes
        known = self._actors.get((token.i, depth))
        if known is not None and known[0] == changes:
            return list(known[1])
        result = self._read_actors(token, depth)
        if self.links.changes == changes:
            self._actors[token.i, depth] = (changes, tuple(result))
        return result

    def _read_actors(self, token: Token, depth: int) -> list[LinkedMention]:
        result: list[LinkedMention] = []
        for item in self.items(token):
            for mention in self._actor_of(item, depth=depth):
                if all(mention.actor.id != r.actor.id for r in result):
                    result.append(mention)
        return result

    def items(self, token: Token) -> list[Token]:
        """The items of the list a noun heads: itself, its conjuncts, listed states.

        "in Mali, the Central African Republic and Libya": one state is never another's
        apposition, so an "appositive" state and its conjuncts are more items of the list.
        """
        if token.tag_ == "NNS" and token.lemma_.lower() in DIVISIONS:
            # "in Ituri and North Kivu provinces": the divisions the plural names
            named = [
                n
                for c in dependents(token)
                if c.dep_ in ("compound", "nmod") and c.i < token.i
                for n in (c, *conjuncts_of(c))
            ]
            if len(named) > 1:
                return named
        if token.tag_ == "NNS" and token.lemma_.lower() in _ARMED_PLURALS:
            # "between South Sudan's army and SPLM-IO fighters", parsed as one noun phrase
            # with the army and the group coordinated as its modifiers: two parties
            named = [
                n
                for c in dependents(token)
                if c.dep_ == "nmod" and c.i < token.i and conjuncts_of(c)
                for n in (c, *conjuncts_of(c))
            ]
            mentions = [self.links.at(n) for n in named]
            if len(named) > 1 and all(m is not None and m.end <= token.i for m in mentions):
                return named
        if token.tag_ == "NNS" and self.links.at(token) is None:
            for child in dependents(token):
                if child.dep_ == "appos" and child.i > token.i and conjuncts_of(child):
                    # "the two leaders, Ruto and Museveni, met": the plural's apposition
                    # lists who they are
                    return [child, *conjuncts_of(child)]
        tail = self.clause_list_tail(token)
        found = [token, *(c for c in conjuncts_of(token) if c.i > token.i and c not in tail)]
        found[:0] = self._named_before_title(token)
        first = self.links.at(token)
        if first is None or first.actor.type is ActorType.PERSON:
            # "met India's Prime Minister Narendra Modi and Philippine President Rodrigo
            # Duterte": the parser hangs the next name on the first's, set in apposition
            # to its title
            found += [
                c
                for child in dependents(token)
                if child.dep_ == "appos"
                and child.i > token.i
                and (holder := self.links.at(child)) is not None
                and holder.actor.type is ActorType.PERSON
                and (first is None or holder.actor.id == first.actor.id)
                for c in conjuncts_of(child)
                if c.i > child.i and c not in tail and c not in found
            ]
        if first is None or first.actor.type is not ActorType.STATE:
            return found
        for child in dependents(token):
            if child.dep_ != "appos":
                continue
            other = self.links.at(child)
            if (
                other is not None
                and other.actor.type is ActorType.STATE
                and other.actor.id != first.actor.id
            ):
                found += [child, *conjuncts_of(child)]
        return found

    def _named_before_title(self, token: Token) -> list[Token]:
        """Return the actor coordinated before a titled name that the parser made its modifier.

        "met Museveni and Tanzanian President Samia Suluhu Hassan" is parsed with
        "Museveni" a modifier of "Hassan" and "President" its conjunct: two people met
        (or "Ruto" an adjective of the title, "Ethiopian" its conjunct, in "Ruto and
        Ethiopian Prime Minister Abiy Ahmed signed ...").
        """
        holder = self.links.at(token)
        if holder is None:
            return []
        for child in self.doc[token.left_edge.i : holder.start]:
            # (on the name, or on a title compounded with it: "Sharaa" on "commander" in
            # "X and SDF commander Mazloum Abdi")
            if child.dep_ not in ("nmod", "amod") or not (
                child.head.i == token.i
                or (child.head.dep_ == "compound" and child.head.head.i == token.i)
            ):
                continue
            if not any(c.dep_ == "cc" and c.lower_ in ("and", "or") for c in dependents(child)):
                continue
            if not any(
                c.dep_ == "conj"
                and child.i < c.i < token.i
                # ("and SDF commander Mazloum Abdi": the title after the body's name)
                and any(t.lower_ in OFFICES for t in self.doc[c.i : holder.start])
                for c in dependents(child)
            ):
                continue
            before = self.links.at(child)
            if before is not None and before.end <= child.i + 1 and before.actor != holder.actor:
                return [child]
        return []

    def _stranded_speaker(self, appos: Token) -> bool:
        """Whether an apposition is the subject of a saying the parser left without one.

        "... killing 11 soldiers including two officers, the military's media wing said":
        the parser hangs the speaker on the last noun; it names who reports, not who
        was killed.
        """
        after = appos.right_edge.i + 1
        if after >= len(self.doc) or self.doc[appos.left_edge.i - 1].text != ",":
            return False
        verb = self.doc[after]
        return verb.lemma_ in SPEECH_VERBS and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in dependents(verb)
        )

    def clause_list_tail(self, noun: Token) -> list[Token]:
        """Conjuncts of ``noun`` that go on the list ending its relative clause.

        "the LNA, which was supported by Russia, the UAE and Egypt": the parser joins the
        UAE and Egypt to the LNA; a list continued after a comma alone is the clause's
        (but "the M23, which Rwanda backs, and the ADF": "and" joins the ADF to the M23).
        """
        if noun.n_rights < 2:
            return []  # (a clause and a conjunct after it: two dependents on the right)
        clause = next((c for c in noun.rights if c.dep_ == "relcl"), None)
        if clause is None:
            return []
        later = sorted(
            (c for c in conjuncts_of(noun) if c.i > clause.right_edge.i), key=lambda c: c.i
        )
        if not later or self.doc[later[0].left_edge.i - 1].text != ",":
            return []
        return later

    def linked(self, token: Token) -> LinkedMention | None:
        """Return the actor linked at ``token`` (pronouns resolved), if any."""
        mention = self.links.at(token)
        if mention is not None and mention.kind != "location":
            return mention
        if token.pos_ == "PRON" or token.lower_ in PRONOUNS:
            if (
                token.dep_ == "poss"
                and token.head.dep_ == "conj"
                and token.lower_ in ("its", "their")
            ):
                # "Hezbollah and its Iranian backers": the first conjunct
                first = self.links.at(token.head.head)
                if first is not None and first.kind != "location":
                    return first
            found = self._speaker(token) or self.links.antecedent(token)
            if (
                found is None
                or found.start <= token.i < found.end
                or token.dep_ == "poss"
                or conjuncts_of(self.doc[found.start : found.end].root)
            ):
                # (a possessive is read with its noun, "his Israeli counterpart"; a
                # coordination, "them" for "Russia and Belarus", stays whole)
                return found
            # the pronoun is the mention (the evidence is in its own sentence), standing
            # for the actor it refers to
            return LinkedMention(token.i, token.i + 1, found.actor, "coref")
        return None

    def _speaker(self, pronoun: Token) -> LinkedMention | None:
        """Return the speaker a subject pronoun of reported speech refers to.

        "The Fijian rebels said they will release ...", "Syria says it is willing to
        withdraw ...": the speech verb's subject, when its kind fits the pronoun.
        """
        if pronoun.dep_ not in ("nsubj", "nsubjpass"):
            return None
        if pronoun.lower_ in ("he", "she", "it", "they") and in_quote(pronoun):
            return None  # '"He promised to help us," Ruto said': another than the speaker
        if pronoun.lower_ == "it" and self.links.thing_before(pronoun):
            return None  # "A plane crashed. Moscow said it had been shot down": the plane
        clause = pronoun.head
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        verb = clause.head
        if clause.dep_ != "ccomp" or verb.lemma_.lower() not in SPEECH_VERBS:
            return None
        lower = pronoun.lower_
        for child in dependents(verb):
            if child.dep_ != "nsubj" or child.i == pronoun.i:
                continue
            speakers = self.actors_of(child)
            if len(speakers) != 1:
                return None
            speaker = speakers[0]
            is_person = speaker.actor.type is ActorType.PERSON
            if lower in ("he", "she") and is_person:
                return speaker
            if lower in ("it", "they", "we") and not is_person:
                return speaker
            if lower in ("they", "we") and is_person:
                # "Livestock Ministry official Denise Abanda says they are negotiating":
                # the body the official speaks for
                return self._spoken_for(child)
        return None

    def _spoken_for(self, speaker: Token) -> LinkedMention | None:
        """The one body an official's phrase says the official speaks for, if any."""
        phrase = list(speaker.subtree)
        if not any(t.lower_ in _SPEAKING_OFFICES for t in phrase):
            return None
        bodies = {
            m.actor.id: m
            for t in phrase
            if (m := self.links.at(t)) is not None
            and m.kind != "location"
            and m.actor.type in _SPOKEN_FOR
        }
        return next(iter(bodies.values())) if len(bodies) == 1 else None

    def _modifiers(self, token: Token, *, depth: int) -> list[LinkedMention]:
        """Actors among the modifiers before ``token`` (with their conjuncts)."""
        found: list[LinkedMention] = []
        for child in dependents(token):
            if child.dep_ not in ("compound", "amod", "nmod", "poss") or child.i > token.i:
                continue
            for item in (child, *conjuncts_of(child)):
                # (the name may be longer than the word: "the al Qaeda-linked group")
                named = self.links.at(item)
                after = named.end if named is not None and named.start == item.i else item.i + 1
                if (
                    after + 1 < len(self.doc)
                    and self.doc[after].text == "-"
                    and self.doc[after + 1].lemma_.lower() in _BACKED
                ):
                    continue  # "the UN-backed mission" is backed by the UN, not its own
                inner = self.linked(item)
                if inner is None and item.dep_ in ("compound", "nmod", "poss") and depth < 3:
                    # "the Montenegro Municipality Association (AKK) officials", "a Hamas
                    # commander's home"
                    nested = self._actor_of(item, depth=depth + 1)
                    if not nested and item.dep_ == "compound" and is_event_noun(token.lemma_):
                        # "US Predator attacks": the weapon's owner carried them out
                        nested = self._modifiers(item, depth=depth + 1)
                    inner = nested[0] if nested else None
                if (
                    inner is None
                    and item.dep_ == "compound"
                    and item.pos_ == "PROPN"
                    and token.lemma_.lower() in TARGET_NOUNS
                ):
                    # "the U.S. Al Udeid air base": the owner named before the place's name
                    inner = next(
                        (
                            m
                            for c in dependents(item)
                            if c.dep_ in ("compound", "amod", "poss") and c.i < item.i
                            if (m := self.linked(c)) is not None
                        ),
                        None,
                    )
                if inner is None and (
                    (item.lemma_ in _LEADING and item.i == token.i - 1) or item.lower_ in _OWNING
                ):
                    # "Vietnamese-led forces", "US-commanded troops": the leader's;
                    # "a British-flagged tanker", "Russian-owned ships": the owner's
                    inner = next(
                        (
                            m
                            for c in dependents(item)
                            if c.dep_ in ("npadvmod", "compound", "amod") and c.i < item.i
                            if (m := self.linked(c)) is not None
                        ),
                        None,
                    )
                    if (
                        inner is not None
                        and item.lower_ == "flagged"
                        and inner.actor.country in open_registries()
                    ):
                        continue
                if (
                    inner is not None
                    and inner.actor.type is ActorType.STATE
                    and any(
                        c.dep_ == "compound" and item.i < c.i and c.lower_ in ARMED_GROUP_WORDS
                        for c in dependents(token)
                    )
                ):
                    continue  # "two Mexican cartel leaders", "a Syrian rebel commander"
                if inner is not None and item.lower_ == "their":
                    # "to cease their cooperation" after "Pyongyang and Moscow": both
                    for other in self._coordination_of(inner):
                        if all(other.actor.id != f.actor.id for f in found):
                            found.append(other)
                    continue
                if inner is not None and all(inner.actor.id != f.actor.id for f in found):
                    found.append(inner)
        return found

    def _holders(self, token: Token, *, depth: int) -> list[LinkedMention]:
        """Return the parties that hold, man or run a place or facility ("held by X")."""
        for participle in dependents(token):
            if participle.dep_ != "acl" or participle.lemma_.lower() not in _HOLDING:
                continue
            for agent in dependents(participle):
                if agent.dep_ == "agent":
                    return [
                        m
                        for pobj in dependents(agent)
                        if pobj.dep_ == "pobj"
                        for m in self.actors_of(pobj, depth=depth + 1)
                    ]
        for participle in dependents(token):
            # "45 targets belonging to the YPG", "bases belonging to Y": the owner
            if participle.dep_ == "acl" and participle.lemma_.lower() == "belong":
                return [
                    m
                    for pobj in pobjs(participle, "to")
                    for m in self.actors_of(pobj, depth=depth + 1)
                ]
        return []

    def _examples(self, token: Token) -> list[LinkedMention]:
        """Return the actors a plural noun lists as examples.

        "Iran-backed militias such as Kataib Hezbollah", "armed groups including Hamas".
        When the parser leaves "such as" without its object, the name right after it.
        """
        for prep in dependents(token):
            if prep.dep_ != "prep" or prep.lower_ not in ("as", "including", "like"):
                continue
            if prep.lower_ == "as" and not any(
                c.lower_ == "such" for c in (*dependents(token), *dependents(prep))
            ):
                continue
            found = [m for p in dependents(prep) if p.dep_ == "pobj" for m in self.actors_of(p)]
            if not found and prep.i + 1 < len(self.doc):
                mention = self.links.at(self.doc[prep.i + 1])
                if mention is not None and mention.kind != "location":
                    found = [mention]
            if found:
                return found
        return []

    def _coordinated_modifiers(self, token: Token, mention: LinkedMention) -> list[LinkedMention]:
        """The states coordinated with the one inside ``mention`` ("U.S. and Iraqi forces")."""
        found: list[LinkedMention] = []
        for modifier in dependents(token):
            if modifier.dep_ not in ("amod", "nmod", "compound") or modifier.i > token.i:
                continue
            for item in (modifier, *conjuncts_of(modifier)):
                other = self.links.at(item)
                if (
                    other is not None
                    and other is not mention
                    and other.kind != "location"
                    # a state, or its agent of the noun they share ("Chadian and
                    # Nigerien troops": Chad's forces, kg.resolve.composite)
                    and (other.actor.type is ActorType.STATE or other.kind == "composite")
                    and not (mention.start <= item.i < mention.end)
                    and all(f.actor.id != other.actor.id for f in found)
                ):
                    found.append(other)
        return found

    @staticmethod
    def _both(token: Token) -> bool:
        """Whether ``token`` is "both sides", "the two sides", "the warring parties"."""
        words = {
            c.lower_ for c in dependents(token) if c.dep_ in ("det", "predet", "nummod", "amod")
        }
        if (
            token.lower_ == "parties"
            and words == {"the"}
            and not any(c.dep_ in ("compound", "poss", "acl", "relcl") for c in dependents(token))
        ):
            # "calls on the parties to end the war", "the parties to the conflict": the
            # two at war (not "the parties that won seats")
            return True
        return bool(words & {"both", "two", "warring", "rival"})

    def _last_pair(self, token: Token, *, persons: bool = False) -> list[LinkedMention]:
        if token.i in self._pairing:
            return []
        self._pairing.add(token.i)
        try:
            return [
                LinkedMention(token.i, token.i + 1, m.actor, "coref")
                for m in self._read_last_pair(token, persons=persons)
            ]
        finally:
            self._pairing.discard(token.i)

    def _read_last_pair(self, token: Token, *, persons: bool = False) -> list[LinkedMention]:
        """The last two actors at war or in talks before ``token``.

        "fighting between the army and the RSF ... both sides", "the RSF has been
        fighting the army ... both sides", "X and Y clashed ... the two sides": two
        states, armed groups or government bodies coordinated (not as the authors of
        one act: "an attack by X and Y"), or the subject and object of a verb of
        fighting, in the sentence or the four before. With ``persons``, the last two
        persons coordinated or meeting ("X met Y ... the two leaders").
        """
        first = sentences_back(token, 4)
        # "Qatar and Turkey mediated ... Qatar's ministry urged both sides": the one who
        # speaks to both sides is neither of them
        # ("called on both sides": the verb above the preposition)
        verb = token.head.head if token.dep_ == "pobj" else token.head
        speakers = {
            m.actor.id
            for c in dependents(verb)
            if token.dep_ in ("dobj", "obj", "pobj") and c.dep_ == "nsubj"
            for t in c.subtree
            if (m := self.links.at(t)) is not None
        }
        allowed: tuple[ActorType, ...] = (
            (ActorType.PERSON,)
            if persons
            else (ActorType.STATE, ActorType.ARMED_GROUP, ActorType.GOVERNMENT_BODY)
        )
        verbs = _MEETING_VERBS if persons else _FIGHTING_VERBS | _MEETING_VERBS
        met = False
        for i in range(token.i - 1, first - 1, -1):
            left: Token | None = self.doc[i]
            right = next((c for c in dependents(self.doc[i]) if c.dep_ == "conj"), None)
            met = sides = disputing = False
            if (
                not persons
                and self.doc[i].pos_ == "VERB"
                and self.doc[i].lemma_ in _DISPUTING_VERBS
                and not any(c.dep_ in ("auxpass", "nsubjpass") for c in dependents(self.doc[i]))
            ):
                # "Armenia accused Azerbaijan of ... The EU urged both sides": the one who
                # accuses (threatens, rejects) and the one accused, by their states
                verb = self.doc[i]
                left = next((c for c in dependents(verb) if c.dep_ == "nsubj"), None)
                right = next((c for c in dependents(verb) if c.dep_ in ("dobj", "obj")), None)
                disputing = True
            elif self.doc[i].pos_ in ("VERB", "AUX"):
                verb = self.doc[i]
                with_phrase = next(
                    (
                        p
                        for c in dependents(verb)
                        if c.dep_ == "prep" and c.lower_ == "with"
                        for p in dependents(c)
                        if p.dep_ == "pobj"
                    ),
                    None,
                )
                if verb.lemma_ not in verbs and not (
                    verb.lemma_ in _SPEAKING_WITH and with_phrase is not None
                ):
                    continue
                met = verb.lemma_ in _MEETING_VERBS or verb.lemma_ in _SPEAKING_WITH
                left = next((c for c in dependents(verb) if c.dep_ == "nsubj"), None)
                if left is None and verb.dep_ in ("xcomp", "advcl"):
                    # "Modi travelled to Moscow to meet Putin": the subject of the verb
                    # the meeting's clause completes
                    left = next((c for c in dependents(verb.head) if c.dep_ == "nsubj"), None)
                right = next((c for c in dependents(verb) if c.dep_ in ("dobj", "obj")), None)
                if right is None and met:
                    # "Biden spoke by phone with Zelensky", "Ruto met with Museveni"
                    right = with_phrase
                if right is None and left is not None:
                    # "X and Y clashed": the coordinated subjects
                    right = next((c for c in dependents(left) if c.dep_ == "conj"), None)
            elif (
                (self.doc[i].lemma_.lower() in _PAIR_ACCORDS)
                or (not persons and self.doc[i].lemma_.lower() in _PAIR_EVENTS)
            ) and (
                self.doc[i].dep_ in ("dobj", "obj")
                # "X said after talks with Y that the two countries ...": the talks an
                # adjunct of X's clause
                or (
                    self.doc[i].dep_ == "pobj"
                    and self.doc[i].head.lower_ in _AFTER_TALKS
                    and self.doc[i].head.dep_ == "prep"
                )
            ):
                # "Petro suspended peace talks with the ELN ... urged both sides", "X
                # signed an accord with Y ... the two countries", "X held talks with Y
                # ... the two leaders": the subject's side and the other party (the
                # "with" phrase on the noun, or on its verb past it: "reached a deal
                # with Y")
                noun = self.doc[i]
                withs = [c for c in dependents(noun) if c.dep_ == "prep" and c.lower_ == "with"]
                withs += [
                    c
                    for c in dependents(noun.head)
                    if c.dep_ == "prep" and c.lower_ == "with" and c.i > noun.i
                ]
                right = next(
                    (p for c in withs for p in dependents(c) if p.dep_ == "pobj"),
                    None,
                )
                if right is None:
                    continue
                clause = noun.head.head if noun.dep_ == "pobj" else noun.head
                left = next((c for c in dependents(clause) if c.dep_ == "nsubj"), None)
                sides = True
            elif self.doc[i].dep_ == "conj" or (
                self.doc[i].dep_ == "pobj" and self.doc[i].head.lower_ in ("by", "including")
            ):
                continue  # "an attack by X and Y": allies
            if left is None or right is None:
                continue
            # "Touray met AES officials in Bamako, and both sides agreed ...": the sides of
            # a meeting or fight in the sentence itself, or none (not an older pair)
            nearest = (
                met
                and i >= token.sent.start
                and self.doc[i].pos_ in ("VERB", "AUX")
                # (but "Fidan hosted the session ... both sides" met no one named; the
                # names looked up as linked, not read as phrases, which may be "both
                # sides" again)
                and self.links.at(left) is not None
                and self.links.at(right) is not None
            )
            pair = [self.links.at(left), self.links.at(right)]
            if sides:
                pair = [
                    self._state_named_for(t) or next(iter(self.actors_of(t)), None)
                    for t in (left, right)
                ]
            if met and not persons:
                # "Lula hosted Xi in Brasilia, where the two governments signed ...": the
                # states of the two who met, as the sentence names them
                pair = [self._state_named_for(t) for t in (left, right)]
            if disputing:
                # (the author of a proposal rejected: "rejected Egypt's proposal"; the
                # state of a leader: "Kosovo's prime minister accused Belgrade")
                pair = [
                    self._state_named_for(t) or next(iter(self.actors_of(t)), None)
                    for t in (left, right)
                ]
            if persons:
                # "Kenya's president William Ruto met ...": the person the phrase names
                # (not another pair: "the two leaders met")
                pair = [
                    None
                    if t.lower_ in ("two", "both")
                    or any(c.lower_ in ("two", "both") for c in dependents(t))
                    else next(iter(self.actors_of(t)), None)
                    for t in (left, right)
                ]
            if (
                all(
                    m is not None and m.kind != "location" and m.actor.type in allowed for m in pair
                )
                and pair[0].actor.id != pair[1].actor.id  # type: ignore[union-attr]
                and not any(m.actor.id in speakers for m in pair)  # type: ignore[union-attr]
            ):
                return pair  # type: ignore[return-value]
            if nearest:
                # (the two who met, when no state is named for them: "Ruto met Hassan
                # Sheikh Mohamud, and both sides agreed")
                met_pair = [self.links.at(t) for t in (left, right)]
                if (
                    all(m is not None and m.actor.type is ActorType.PERSON for m in met_pair)
                    and met_pair[0].actor.id != met_pair[1].actor.id  # type: ignore[union-attr]
                    and not any(m.actor.id in speakers for m in met_pair)  # type: ignore[union-attr]
                ):
                    return met_pair  # type: ignore[return-value]
                return []
        return []

    def _last_several(self, token: Token) -> list[LinkedMention]:
        """The last three (four, five, six) actors named together before ``token``.

        "the three countries", "the four juntas": as many states, armed groups or
        government bodies of one type, coordinated in the sentence or the eight before,
        each standing at ``token``. Not a phrase that names itself ("the three European
        countries, known as the E3").
        """
        words = {c.lower_ for c in dependents(token) if c.dep_ in ("det", "nummod")}
        numbers = [_SEVERAL[w] for w in words if w in _SEVERAL]
        if (
            len(numbers) != 1
            or "the" not in words
            or any(
                c.dep_ in ("poss", "compound", "nmod", "appos")
                or (c.dep_ == "acl" and c.lemma_.lower() in NAMING_VERBS)
                for c in dependents(token)
            )
        ):
            return []
        wanted = numbers[0]
        allowed = (ActorType.STATE, ActorType.ARMED_GROUP, ActorType.GOVERNMENT_BODY)
        for i in range(token.i - 1, sentences_back(token, _SEVERAL_WINDOW) - 1, -1):
            first = self.doc[i]
            if first.dep_ in ("conj", "appos") or not any(
                c.dep_ in ("conj", "appos") for c in dependents(first)
            ):
                continue
            # (the list's items: "Mali, Burkina Faso and Niger" parsed with the second
            # state in apposition to the first and the third its conjunct)
            named = [self.links.at(t) for t in self.items(first)]
            if len(named) != wanted:
                continue
            found = [
                m
                for m in named
                if m is not None and m.kind != "location" and m.actor.type in allowed
            ]
            if (
                len(found) == wanted
                and len({m.actor.type for m in found}) == 1
                and len({m.actor.id for m in found}) == wanted
            ):
                return [LinkedMention(token.i, token.i + 1, m.actor, "coref") for m in found]
        return []

    def _named_by_same_noun(self, token: Token, *, depth: int) -> list[LinkedMention]:
        """The actors of the last phrase headed by the same plural office as ``token``.

        "West African leaders met in Abuja ... The leaders urged ...", "EU foreign
        ministers met ... the ministers accused ...": a bare "the" and a plural office (no
        modifier of its own), and the phrase with that head in the sentence or the two
        before, when it names one actor, standing at ``token``.
        """
        lemma = token.lemma_.lower()
        if (
            lemma not in OFFICES
            or lemma in PROFESSIONS
            or token.dep_ not in ("nsubj", "nsubjpass", "dobj", "obj", "pobj")
            or [c.lower_ for c in dependents(token) if c.i < token.i] != ["the"]
        ):
            return []
        for i in range(token.i - 1, sentences_back(token, 2) - 1, -1):
            before = self.doc[i]
            if before.lemma_.lower() != lemma or before.tag_ != token.tag_:
                continue
            if [c.lower_ for c in dependents(before) if c.i < before.i] == ["the"]:
                continue  # another bare mention: not the one that names them
            found = [m for m in self.actors_of(before, depth=depth + 1) if m.kind != "location"]
            if len(found) != 1:
                # (officials of several states: "the ministers, meeting in Niamey" would
                # meet one another again)
                return []
            return [LinkedMention(token.i, token.i + 1, found[0].actor, "coref")]
        return []

    def _state_named_for(self, token: Token) -> LinkedMention | None:
        """The state a phrase names for the person it names ("Brazilian President Lula")."""
        person = next(iter(self.actors_of(token)), None)
        if person is None or person.actor.type is not ActorType.PERSON:
            return person if person is not None and person.actor.type is ActorType.STATE else None
        for t in self.doc[token.left_edge.i : token.i + 1]:
            mention = self.links.at(t)
            if (
                mention is not None
                and mention.actor.type is ActorType.STATE
                and mention.kind != "location"
                and (not person.actor.country or mention.actor.country == person.actor.country)
            ):
                return mention
        return None

    def _loose_apposition(self, token: Token) -> LinkedMention | None:
        """Return the person named between commas right after a noun the parser left apart.

        "accused the reporter, Evan Gershkovich, of spying": the name hangs on the verb.
        """
        after = token.right_edge.i + 1
        if token.pos_ != "NOUN" or after + 1 >= len(self.doc) or self.doc[after].text != ",":
            return None
        mention = self.links.at(self.doc[after + 1])
        if (
            mention is None
            or mention.start != after + 1
            or mention.actor.type is not ActorType.PERSON
            or mention.end >= len(self.doc)
            or self.doc[mention.end].text != ","
        ):
            return None
        root = self.doc[mention.start : mention.end].root
        if root.head.i != token.head.i or root.dep_ not in ("npadvmod", "appos", "dep", "dobj"):
            return None
        return mention

    def _named_after_relational(self, token: Token) -> LinkedMention | None:
        """The actor named in apposition right after a relational noun, "affiliate X".

        The noun's own modifier ("al-Qaeda" in "the al-Qaeda affiliate al-Shabab") is the
        actor it relates the named one to, not its referent.
        """
        if token.lemma_.lower() not in _RELATIONAL_NOUNS or token.tag_ != "NN":
            return None
        named = self._named_right_after(token)
        if named is None:
            return None
        own = self.links.at(token)
        return named if own is None or own.actor != named.actor else None

    def _named_right_after(self, token: Token) -> LinkedMention | None:
        """The actor (no place) named in apposition right after a noun: "ally Turkey"."""
        for child in dependents(token):
            if child.dep_ == "appos" and child.left_edge.i == token.i + 1:
                named = self.links.at(child)
                return named if named is not None and named.kind != "location" else None
        return None

    def _called(self, token: Token) -> LinkedMention | None:
        """Return the actor a noun is called by, if the phrase names it.

        "a militia called X", "an alliance of gangs known as X", "a rebel coalition
        named X".
        """
        lemma = token.lemma_.lower()
        if token.pos_ != "NOUN" or not (
            lemma in _ORGANIZATION_NOUNS or lemma in GROUP_NOUNS or lemma in _GANGS
        ):
            return None  # "an operation called Sindoor" is no actor
        nouns = [token]
        for prep in dependents(token):
            if prep.dep_ == "prep" and prep.lower_ == "of":
                # "an alliance of gangs known as Viv Ansanm": the name hung on the members
                nouns += [p for p in dependents(prep) if p.dep_ == "pobj" and p.tag_ == "NNS"]
        for noun in nouns:
            for acl in dependents(noun):
                for name in called_names(acl):
                    found = self.links.at(name)
                    if found is not None and found.kind != "location":
                        return found
        return None

    def _name_after(self, token: Token) -> LinkedMention | None:
        """The name of a group or body right after a noun of its kind, if any.

        "rebel group M23", "the opposition party Chadema", "the militia Wazalendo", "the
        rebel group, M23,": a name no state's or person's.
        """
        if token.lemma_.lower() not in _NAMED_KINDS or token.i + 1 >= len(self.doc):
            return None
        after = self.doc[token.i + 1]
        if (
            after.text == ","
            and token.i + 2 < len(self.doc)
            and not any(c.dep_ == "poss" for c in dependents(token))
        ):
            # "the Congolese rebel group, M23, ..." (but "the group's unit, the
            # Amniyat," is a part of it)
            after = self.doc[token.i + 2]
            if after.dep_ != "appos" or after.head.i != token.i:
                return None
        if after.pos_ != "PROPN" or after.head.i not in (token.i, token.head.i):
            return None
        named = self.links.at(after)
        if (
            named is None
            or named.start != after.i
            or named.kind == "location"
            or named.actor.type in (ActorType.STATE, ActorType.PERSON, ActorType.LOCATION)
        ):
            return None
        return named

    def _actor_of(self, token: Token, *, depth: int = 0) -> list[LinkedMention]:
        if depth > 3:
            return []
        if (token.lemma_.lower() in _ORIGINS and token.pos_ == "NOUN") or any(
            c.dep_ == "conj" and c.lemma_.lower() in _ORIGINS and c.pos_ == "NOUN"
            for c in dependents(token)
        ):
            # "passengers of Punjabi and Saraiki ethnicity" (with the names read as the
            # noun's conjuncts), "two men of Afghan origin": what people are by birth
            return []
        if (
            token.dep_ in ("nsubj", "nsubjpass")
            and token.lemma_.lower() in TIES
            and token.pos_ == "NOUN"
            and self.links.at(token) is None
        ):
            # "Washington's improved ties with Russia will loosen the pact": the ties act,
            # neither party to them (but "the Inter-Services Public Relations said" is a
            # name)
            return []
        if is_relative(token) and token.dep_ in ("nsubjpass", "dobj", "obj"):
            # "Hezbollah, which is backed by Iran": the relative stands for its noun (not
            # for the nouns after the clause the parser joins to it: "the LNA, which was
            # supported by Russia, the UAE and Egypt" is not the UAE)
            return [
                m
                for m in self.actors_of(relative_antecedent(token), depth=depth + 1)
                if m.start < token.i
            ]
        fronted = _fronted_relative(token)
        if fronted is not None:
            # "the RSF, with which the army has been at war", "Hamas, with whom Israel
            # negotiated a truce": the relative after a preposition before its clause's
            # verb stands for the noun the clause is on
            return [m for m in self.actors_of(fronted, depth=depth + 1) if m.start < token.i]
        if (
            token.dep_ in ("nsubj", "nsubjpass")
            and is_part_of_them(token)
            and (whole := _partitive_whole(token)) is not None
        ):
            # "the militias, many of them trained by Iran", "the groups, some of which
            # are backed by Iran": the part stands for the noun the clause is set on
            return self.actors_of(whole, depth=depth + 1)
        reported = _reported_relative(token)
        if reported is not None:
            # "the M23, which Kinshasa says is armed by Rwanda"
            return self.actors_of(reported, depth=depth + 1)
        if (
            token.lower_ in ("two", "both")
            and token.dep_ in ("nsubj", "nsubjpass")
            and not any(c.dep_ == "prep" for c in dependents(token))
            and (token.lower_ == "both" or any(c.lower_ == "the" for c in dependents(token)))
        ):
            # "China and Mauritius signed a deal. The two have a strategic partnership",
            # "Both accepted the truce": the pair named before
            return self._last_pair(token)
        called = self._called(token)
        if called is not None:
            # "a militia called Wazalendo", "a new armed group known as Lakurawa"
            return [called]
        related = self._named_after_relational(token)
        if related is not None:
            # "the al-Qaeda affiliate al-Shabab attacked ...": the one named, not the
            # group the noun relates it to
            return [related]
        mention = self.linked(token)
        if mention is not None and mention.actor.type is ActorType.STATE:
            titled = self._titled_holder(token, mention)
            if titled is not None:
                return [titled]
        if mention is not None and token.lower_ in ("they", "them", "their"):
            # "designated X and Y as terrorist organisations, accusing them of ...": the
            # plural pronoun stands for the whole coordination its antecedent is one of
            together = self._coordination_of(mention)
            if len(together) > 1:
                return together
        if mention is not None:
            if mention.kind not in ("group", "composite", "generic") and self._is_people(token):
                # "Bosnian Serbs", "ethnic Albanians in south Serbia": not the state
                group = self._group(token)
                if group is not None:
                    return [group]
            if mention.kind in ("composite", "generic") and token.tag_ in ("NNS", "NNPS"):
                # "Iran-backed militias, including Hezbollah, ...": the named ones too
                return [mention, *(m for m in self._examples(token) if m.actor != mention.actor)]
            if token.tag_ in ("NNS", "NNPS"):
                # "U.S. and Iraqi forces": "Iraqi forces" is one name, the U.S. another party
                others = self._coordinated_modifiers(token, mention)
                if others:
                    return [mention, *others]
            return [mention]
        lemma = token.lemma_.lower()
        if token.dep_ == "appos" and token.i > token.head.i:
            # "the Hudson Institute, an American think tank": the institute, not a new
            # group named by the description
            head = self.linked(token.head)
            if head is not None:
                return [head]
        if token.tag_ in ("NNS", "NNPS"):
            examples = self._examples(token)
            if examples:
                return examples
            if lemma in _PAIR_NOUNS and self._both(token):
                # "the UN accused both sides of war crimes": the two named before
                return self._last_pair(token)
            if lemma in _SEVERAL_NOUNS:
                several = self._last_several(token)
                if several:
                    # "Niger, Mali and Burkina Faso quit ECOWAS ... The three juntas
                    # accused the bloc": the three named together before
                    return several
            if (
                lemma in _PERSON_PAIR_NOUNS
                and self._both(token)
                and any(c.lower_ in ("the", "both") for c in dependents(token))
                and not any(c.dep_ in ("compound", "poss", "nmod") for c in dependents(token))
            ):
                # "X met Y on Monday. The two leaders agreed to ...": the two persons
                return self._last_pair(token, persons=True)
            same = self._named_by_same_noun(token, depth=depth)
            if same:
                # "West African leaders threatened ... The leaders also urged ...": the
                # ones the same plural office named just before
                return same
            # "militants loyal to al-Zarqawi", "forces loyal to the general"
            loyal = self._loyal_to(token, depth=depth)
            if loyal is not None:
                return [loyal]
        if lemma in _PARTNER_NOUNS:
            # "urged NATO ally Turkey to ...", "its neighbour Iran": the one named
            partner = self._named_right_after(token)
            if partner is not None:
                return [partner]
            if token.tag_ == "NNS" and lemma in ("ally", "partner"):
                # "asked its partners in the European Union to ...", "allies within
                # NATO": the body they are partners in
                bodies = [
                    m
                    for pobj in pobjs(token, "in", "within")
                    for m in self.actors_of(pobj, depth=depth + 1)
                    if m.actor.type is ActorType.INTERNATIONAL_ORGANIZATION
                ]
                if bodies:
                    return bodies
        # "Iran's religious leader Ayatollah Ruhollah Khomeini": the person, not the state
        if lemma in _TITLE_NOUNS or token.lower_ in _TITLE_NOUNS:
            # "Kenya's ambassador to the UN, Martin Kimani,": past the office's own phrase
            phrase_end = max(
                (c.right_edge.i for c in dependents(token) if c.dep_ == "prep" and c.i > token.i),
                default=token.i,
            )
            for child in dependents(token):
                if child.dep_ == "appos" and child.left_edge.i in (
                    token.i + 1 + _gap(token),
                    phrase_end + 1 + _gap(self.doc[phrase_end]),
                ):
                    person = self.links.at(child)
                    if person is not None and person.actor.type is ActorType.PERSON:
                        return [person]
            # "met his Turkish counterpart Hakan Fidan in Antalya": the name right after
            # the office, which the parser hung on the verb
            person = self.links.at(self.doc[token.i + 1]) if token.i + 1 < len(self.doc) else None
            if (
                person is not None
                and person.start == token.i + 1
                and person.actor.type is ActorType.PERSON
                and not any(
                    t.dep_ in ("nsubj", "nsubjpass") or t.head.i == token.i
                    for t in self.doc[person.start : person.end]
                )
            ):
                return [person]
            # "held talks with his Chinese counterpart, Wang Yi.": the name set off after
            # the office, which the parser hung elsewhere
            after = phrase_end + 2
            person = self.links.at(self.doc[after]) if after < len(self.doc) else None
            if (
                person is not None
                and self.doc[phrase_end + 1].text == ","
                and person.start == after
                and person.actor.type is ActorType.PERSON
                and (person.end == len(self.doc) or self.doc[person.end].is_punct)
                and not any(
                    t.dep_ in ("nsubj", "nsubjpass") for t in self.doc[person.start : person.end]
                )
            ):
                return [person]
            # "the head of the PMF, Falih al-Fayyadh", "the spokesman for X, Name": the
            # name after the "of" phrase, which the parser often hangs on the organisation
            for prep in dependents(token):
                if prep.dep_ != "prep" or prep.lower_ not in _OFFICE_PREPS:
                    continue
                for pobj in (p for p in dependents(prep) if p.dep_ == "pobj"):
                    for child in (*dependents(pobj), *dependents(token)):
                        if (
                            child.dep_ == "appos"
                            and child.i > pobj.i
                            and self.doc[child.left_edge.i - 1].text == ","
                        ):
                            person = self.links.at(child)
                            if person is not None and person.actor.type is ActorType.PERSON:
                                return [person]
        if token.pos_ == "NOUN" and self.links.at(token) is None:
            name_after = self._name_after(token)
            if name_after is not None:
                # "Congolese rebel group M23 seized Goma", "the opposition party Chadema
                # accused ...": the name the noun stands before (however the parser hung
                # it: an apposition, a second subject)
                return [name_after]
        # "Afghan rebel leaders": the leaders of a group are the group (but "the Boko
        # Haram jihadist group" is the one named)
        if (
            any(c.dep_ == "compound" and c.lemma_.lower() in GROUP_NOUNS for c in dependents(token))
            and (lemma in STATE_INSTITUTIONS or lemma in _COLLECTIVE_NOUNS)
            and not self._named_in_compounds(token)
        ):
            group = self._group(token)
            if group is not None:
                return [group]
        if lemma in TARGET_NOUNS or token.lower_ in TARGET_NOUNS or lemma in _PLACE_NOUNS:
            # "areas controlled by the PDF", "a checkpoint manned by Peshmerga forces":
            # an act on what a party holds is an act on that party
            holders = self._holders(token, depth=depth)
            if holders:
                return holders
        if (lemma in _TITLE_NOUNS or token.lower_ in _TITLE_NOUNS) and any(
            c.dep_ == "amod" and c.lower_ in FORMER for c in dependents(token)
        ):
            # "a former Guatemalan police chief was arrested": a person the body no longer
            # has, not the body
            return []
        modifiers = self._modifiers(token, depth=depth)
        # "Armenian separatist positions" with both words hung on the noun: the demonym
        # is part of the group named with it, not an owner of its own
        modifiers = [
            m
            for m in modifiers
            if not any(
                o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start
                for o in modifiers
            )
        ]
        if modifiers and not _think_tank(token):
            # "the US military's Al Asad airbase", "Iran's U.N. ambassador": the owner
            # ("Greece and Turkey's leaders": each possessor coordinated)
            owners = [
                m
                for m in modifiers
                if any(
                    c.dep_ == "poss" and any(m.start <= x.i < m.end for x in (c, *conjuncts_of(c)))
                    for c in dependents(token)
                )
            ]
            if lemma in STATE_INSTITUTIONS or token.lower_ in STATE_INSTITUTIONS:
                return owners or modifiers
            if (lemma in TARGET_NOUNS or token.lower_ in TARGET_NOUNS) and not (
                not owners
                and not any(c.dep_ == "amod" for c in dependents(token))
                and any(self.actors_of(p, depth=depth + 1) for p in pobjs(token, "of"))
            ):
                # "Canadian and Mexican exports": each state coordinated with the first
                # (but "the Baku office of Sputnik": where it is, of whom the "of" says)
                return owners or self._first_coordinated(modifiers)
            non_states = [m for m in modifiers if m.actor.type is not ActorType.STATE]
            # ("the ELN guerrilla group": the name a compound of the group's kind)
            compounds = {
                t.i
                for c in dependents(token)
                if c.dep_ in ("compound", "nmod")
                for t in (c.subtree if c.lemma_.lower() in GROUP_NOUNS else (c,))
            }
            named = [m for m in non_states if any(m.start <= i < m.end for i in compounds)]
            if named and (not owners or lemma in _BODY_HEADS or lemma in GROUP_NOUNS):
                # "Osama bin Laden's al-Qaeda terror network": the network's own name (but
                # "Sweden's NATO membership bid" is Sweden's)
                return named[:1]
        # "the president of Armenia", "the government of President Laurent Gbagbo"
        if lemma in STATE_INSTITUTIONS or token.lower_ in STATE_INSTITUTIONS:
            owners = self._institution_of(token, depth=depth)
            if owners:
                return owners
            if lemma in _FORCE_NOUNS:
                # "Moslem forces", "Kurdish fighters' militia": a group named by its people
                group = self._group(token)
                if group is not None:
                    return [group]
        if lemma in _ENVOY_NOUNS and token.tag_ == "NNS":
            # "officials from Egypt and Qatar", "mediators from Egypt, Qatar and Turkey":
            # each state's people (one state's are linked as the state already)
            states = [
                m
                for pobj in pobjs(token, "from")
                for item in (pobj, *conjuncts_of(pobj))
                if (m := self.linked(item)) is not None and m.actor.type is ActorType.STATE
            ]
            if not states:
                # "officials from both countries", "delegations from the two sides": the
                # pair named before
                states = [
                    m
                    for pobj in pobjs(token, "from")
                    if pobj.lemma_.lower() in _PAIR_NOUNS
                    and pobj.tag_ == "NNS"
                    and self._both(pobj)
                    for m in self.actors_of(pobj, depth=depth + 1)
                    if m.actor.type is ActorType.STATE
                ]
            if not states:
                # "met officials in Belgium, Germany and Italy", "in Paris and Berlin":
                # each state's officials (one state's are read as a composite actor)
                states = [
                    m
                    for pobj in pobjs(token, "in")
                    for item in (pobj, *conjuncts_of(pobj))
                    if (m := self.linked(item)) is not None and m.actor.type is ActorType.STATE
                ]
            if len(states) > 1:
                return states
        if lemma in GROUP_NOUNS or token.lower_ in GROUP_NOUNS or self._is_people(token):
            possessed = any(c.dep_ == "poss" for c in dependents(token))
            if possessed:
                # "the TPLF's supporters in Mekelle": whose they are, before where
                found = self._members_of(token, depth=depth)
                if found is not None:
                    return [found]
            group = self._group(token)
            if group is not None:
                return [group]
            # "activists from the Fatah Party", "supporters of Ahmed Ben Bella" (read
            # above already when the group is possessed)
            found = None if possessed else self._members_of(token, depth=depth)
            if found is not None:
                return [found]
            several = self._members_of_several(token, depth=depth)
            if several:
                return several
        elif lemma in PEOPLE_NOUNS:
            return []  # "a British couple", "an Iranian man": a nationality, no actor
        # "two American aid groups", "the Azadliq opposition coalition", "an American
        # think tank"
        if (
            lemma in _ORGANIZATION_NOUNS
            or token.lower_ in _ORGANIZATION_NOUNS
            or _think_tank(token)
        ) and not any(c.dep_ == "prep" and c.lower_ == "of" for c in dependents(token)):
            organization = self._organization(token)
            if organization is not None:
                return [organization]
        # "a group of Moroccan diplomats", "members of MASSOB", "the chief of X", "30 of
        # the insurgents"
        collective = (
            lemma in _COLLECTIVE_NOUNS
            or token.lower_ in _COLLECTIVE_NOUNS
            or (token.pos_ == "NUM" and token.like_num)
        )
        if collective or lemma in _INNER_PARTS:
            preps = list(dependents(token))
            after = token.right_edge.i + 1
            if (
                lemma in _INNER_PARTS
                and after < len(self.doc)
                and self.doc[after].head.i == token.head.i
            ):
                # ("accused factions within the army of ...": the parser hangs "within"
                # on the verb)
                preps.append(self.doc[after])
            for child in preps:
                # "factions within the army", "elements within the government": a part
                if child.dep_ == "prep" and (
                    (collective and child.lower_ == "of")
                    or (lemma in _INNER_PARTS and child.lower_ == "within")
                ):
                    for pobj in dependents(child):
                        if pobj.dep_ == "pobj":
                            members = self.actors_of(pobj, depth=depth + 1)
                            if members:
                                # "thousands of Georgians": people, not their state
                                return [people_of(m, self.doc) or m for m in members]
                            if collective and pobj.lemma_.lower() in _MEMBER_NOUNS:
                                # "one of MSF's staff members", "two of the WFP's
                                # employees": the body whose people they are
                                owner = self._possessing_body(pobj, depth=depth + 1)
                                if owner is not None and owner.actor.type is not (ActorType.PERSON):
                                    return [owner]
        # "against Sweden's decision", "a US request": a message stands for its author
        if lemma in _MESSAGE_NOUNS or token.lower_ in _MESSAGE_NOUNS:
            if modifiers:
                return modifiers[:1]
            if depth < 2:
                # "a demand from the US President", "calls by Kofi Annan"
                authors = self.prep_objects(token, _AUTHOR_PREPS)
                if authors:
                    return authors
                after = token.right_edge.i + 1
                if (
                    token.dep_ in ("dobj", "obj")
                    # (a charge's author is the rule claim-author's: "rejected the
                    # accusation by Mali")
                    and lemma not in _CHARGE_NOUNS
                    and after < len(self.doc)
                    and self.doc[after].lower_ == "by"
                    and self.doc[after].dep_ == "prep"
                    and self.doc[after].head.i == token.head.i
                    and not any(c.dep_ in ("auxpass", "nsubjpass") for c in dependents(token.head))
                ):
                    # "condemned the statement by France": the parser hangs the author's
                    # "by" phrase on the verb, right after the message
                    authors = [
                        m
                        for p in dependents(self.doc[after])
                        if p.dep_ == "pobj"
                        for m in self.actors_of(p, depth=depth + 1)
                    ]
                    if authors:
                        return authors
            if depth == 0 and _rejected_charge(token):
                # "X accused Y of Z, and Y rejected the accusation": whose charge it is
                authors = self._accuser_before(token)
                if authors:
                    return authors
            if lemma in _PROPOSALS and any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in dependents(token)
            ):
                # "X called for a truce. Y rejected the proposal": who proposed it
                authors = self._proposer_before(token)
                if authors:
                    return authors
        # "complained over Israeli air raids": an event stands for who carried it out
        if lemma in SERIES_NOUNS and depth == 0:
            # "a wave of Russian missile strikes hit Kyiv": who carried out the strikes
            # (or fired the rockets: "a barrage of Hezbollah rockets struck Haifa")
            for pobj in pobjs(token, "of"):
                if is_event_noun(pobj.lemma_.lower()):
                    agents = self.event_agent(pobj)
                elif pobj.lower_ in WEAPONS:
                    agents = self.actors_of(pobj, depth=depth + 1)
                else:
                    continue
                if agents:
                    return agents
        if is_event_noun(lemma) and depth == 0:
            agents = self.event_agent(token)
            if agents:
                return agents
        # "locations in Pakistan, Syria and Iraq": a place noun names its states; "a camp
        # for Congolese refugees", "the computers of army officers": its owners
        if lemma in TARGET_NOUNS and not any(
            c.dep_ in ("amod", "compound") and is_outlaw(c) for c in dependents(token)
        ):
            # (but "militant positions in Syria" are the militants', not Syria's)
            for child in dependents(token):
                if child.dep_ == "prep" and child.lower_ in ("in", "of", "for"):
                    for pobj in dependents(child):
                        if pobj.dep_ == "pobj":
                            places = [
                                m
                                for m in self.actors_of(pobj, depth=depth + 1)
                                if m.actor.type is ActorType.STATE
                                or (child.lower_ != "in" and m.actor.type is not ActorType.LOCATION)
                            ]
                            if places:
                                return places
        # "the Houthis, an insurgent group": apposition
        if token.dep_ == "appos":
            head = self.linked(token.head)
            if head is not None:
                return [head]
        for child in dependents(token):
            if child.dep_ == "appos" and not self._stranded_speaker(child):
                inner = self.linked(child)
                if inner is not None:
                    listed = [inner]
                    if token.tag_ in ("NNS", "NNPS"):
                        # "Haiti's two largest gangs, Viv Ansanm and Gran Grif": a plural
                        # names every item of the list in apposition to it
                        for item in conjuncts_of(child):
                            other = self.linked(item) if item.i > child.i else None
                            if other is not None and all(
                                other.actor.id != f.actor.id for f in listed
                            ):
                                listed.append(other)
                    return listed
        loose = self._loose_apposition(token)
        if loose is not None:
            return [loose]
        # "Kataib Hezbollah and other Iran-affiliated groups"
        if token.dep_ == "conj" and any(c.lower_ == "other" for c in dependents(token)):
            return self._actor_of(token.head, depth=depth + 1)
        # "UN peacekeepers", "a Serbian army jet": the organisation of its people
        return []

    def _titled_holder(self, token: Token, mention: LinkedMention) -> LinkedMention | None:
        """The person a state's name is the title of, when the parser split them.

        "accused Kosovo Prime Minister Albin Kurti": the parser may read "Kosovo" as an
        object of its own and the person as a second one; the object is the person.
        """
        if token.dep_ not in ("dobj", "obj", "pobj") or mention.end >= len(self.doc):
            return None
        i = mention.end
        while i < len(self.doc) and self.doc[i].lower_ in TITLE_WORDS:
            i += 1
        if i == mention.end or i >= len(self.doc):
            return None
        person = self.links.at(self.doc[i])
        if person is None or person.actor.type is not ActorType.PERSON or person.start != i:
            return None
        root = self.doc[person.start : person.end].root
        if root.head.i != token.head.i or root.dep_ != token.dep_:
            return None  # one phrase, parsed as one: read as usual
        return person

    def _is_people(self, token: Token) -> bool:
        """Tell whether ``token`` is a plural people noun ("Kurds", "Albanians")."""
        if token.tag_ not in ("NNS", "NNPS"):
            return False
        linked = self.links.at(token)
        if linked is not None:
            return linked.actor.type is ActorType.STATE and linked.end == token.i + 1
        return any(e.label_ == "NORP" and e.start <= token.i < e.end for e in self.ents)

    def _nationality(self, token: Token) -> tuple[Token, str | None] | None:
        """Return the modifier naming the nationality or origin of a group, with its country."""
        # "Turkish Kurd refugees": the nationality may modify a compound
        nested = [g for c in dependents(token) if c.dep_ == "compound" for g in dependents(c)]
        for child in (*dependents(token), *nested):
            if child.dep_ not in ("amod", "compound", "nmod") or child.i > token.i:
                continue
            if not child.text[:1].isupper():
                continue
            linked = self.links.at(child)
            if linked is not None and linked.actor.type is ActorType.STATE:
                return child, linked.actor.country
            ent = next((e for e in self.ents if e.start <= child.i < e.end), None)
            if ent is not None and ent.label_ in ("NORP", "GPE", "LOC"):
                # "Tamil refugees", "Darfur rebels", "Yoruba leaders"
                return child, None
            if (
                ent is None
                and child.tag_ in ("NNP", "JJ")
                and child.dep_ in ("compound", "nmod")
                and self.links.at(token) is None
            ):
                # "Druze inhabitants", "Ibo elders": a people the model does not tag
                return child, None
        return None

    def _place(self, token: Token) -> LinkedMention | None:
        """Return the state or place a noun phrase names ("Zimbabwe", "the city of Hebron")."""
        linked = self.links.at(token)
        if linked is not None:
            if linked.actor.type in (ActorType.STATE, ActorType.LOCATION):
                return linked
            return None
        if token.lemma_.lower() not in TARGET_NOUNS:
            return None
        # "the West Bank city of Hebron", "East Timor's capital Dili", "Sindh province",
        # "a jail in Dili"
        for child in dependents(token):
            inner = child
            if child.dep_ == "prep" and child.lower_ in ("of", "in"):
                inner = next((c for c in dependents(child) if c.dep_ == "pobj"), child)
            elif child.dep_ not in ("compound", "poss", "appos", "nmod"):
                continue
            linked = self.links.at(inner)
            if linked is not None and linked.actor.type in (ActorType.STATE, ActorType.LOCATION):
                return linked
        return None

    def _located(self, token: Token) -> tuple[Token, LinkedMention] | None:
        """Return the object of the prepositional phrase that places a group, and the place.

        Also where people flee: "refugees fleeing the civil war in Liberia".
        """
        for clause in dependents(token):
            if clause.dep_ == "acl" and clause.lemma_ in ("flee", "escape"):
                for obj in (clause, *(c for c in dependents(clause) if c.dep_ in ("dobj", "obj"))):
                    fled = self._located(obj)
                    if fled is not None:
                        return fled
        for child in dependents(token):
            if child.dep_ != "prep" or child.lower_ not in _PLACE_PREPS:
                continue
            for pobj in dependents(child):
                if pobj.dep_ != "pobj":
                    continue
                place = self._place(pobj)
                if place is None and child.lower_ == "at":
                    # "students at Cumhuriyet University": placed at an institution
                    found = self.links.at(pobj)
                    if found is not None and found.actor.type is ActorType.ORGANIZATION:
                        place = found
                if place is not None:
                    return pobj, place
        return None

    def _new_group(
        self,
        token: Token,
        start: int,
        end: int,
        *,
        kind: ActorType,
        country: str | None,
        label: str | None = None,
    ) -> LinkedMention | None:
        """Make an actor named by the phrase ``doc[start:end]`` headed by ``token``."""
        known = self._groups.get((start, end))
        if known is not None:
            return known
        label = label or normalise_name(self.doc[start:end].text)
        if not label or len(label) > 80 or "\n" in label:
            return None
        label = label[:1].upper() + label[1:]
        actor = Actor(id=actor_id(label), label=label, type=kind, country=country)
        mention = LinkedMention(start, end, actor, "group")
        self.links.add(mention, head=token.i)
        self._groups[start, end] = mention
        return mention

    def _group(self, token: Token) -> LinkedMention | None:
        """Make an actor of a group of people named by nationality or place.

        "Fijian rebels", "Algerian landowners", "Iraqi Kurds", "Afghan rebel leaders",
        "opposition groups in Zimbabwe", "students throughout Indonesia", "Jewish
        settlers in the West Bank city of Hebron". A plural demonym alone ("Algerians")
        stays the state's; placed ("Albanians in south Serbia") it is a group there.
        """
        lemma = token.lemma_.lower()
        if lemma in TARGET_NOUNS or lemma in _PLACE_NOUNS or lemma in BUILDINGS:
            return None  # "mosques across Turkey", "Iranian drones": things, not people
        if lemma in _UNAFFILIATED_NOUNS and token.tag_ == "NNS":
            # "repatriate Chinese nationals", "raided the homes of Azerbaijani migrants":
            # people of a state or a place, no side of their own (ANNOTATION: not
            # actors; but "a French citizen spying for Ukraine" is one person's side)
            return None
        nationality = self._nationality(token)
        if lemma in ("people", "person", "persons") and nationality is None:
            # "havens to people fleeing wars in Somalia": anyone, no group (but "the
            # Zambian people" is one)
            return None
        located = self._located(token)
        if (
            located is not None
            and nationality is None
            and any(c.dep_ in ("nummod", "quantmod") for c in dependents(token))
        ):
            # "killed 20 militants in North Waziristan": people counted where they died,
            # no group named by the place
            located = None
        if located is not None and nationality is None and at_talks(token):
            # "talks with the rebels in Doha": rebels met somewhere; no group named by
            # the place
            located = None
        if located is None and nationality is None:
            return None
        linked = self.links.at(token)
        if (
            located is None
            and linked is not None
            and nationality is not None
            and linked.actor.country == nationality[1]
        ):
            return None  # "Iraqi Kurds" is a group; "the Iraqi Iraqis" is Iraq
        start = _phrase_start(token)
        end = token.i + 1
        country = nationality[1] if nationality is not None else None
        if country is None and linked is not None and linked.actor.type is ActorType.STATE:
            country = linked.actor.country  # "Americans in Iraq" are American
        if located is not None:
            pobj, place = located
            end = _phrase_end(pobj) + 1
            country = country or place.actor.country
        armed = any(t.lemma_.lower() in _ARMED_GROUP_NOUNS for t in self.doc[start : token.i + 1])
        kind = ActorType.ARMED_GROUP if armed else ActorType.ORGANIZATION
        return self._new_group(token, start, end, kind=kind, country=country)

    def _named_in_compounds(self, token: Token) -> bool:
        """Whether a group's compounds name an organisation ("the ELN guerrilla group")."""
        return any(
            (m := self.links.at(t)) is not None
            and m.actor.type not in (ActorType.STATE, ActorType.LOCATION, ActorType.PERSON)
            for c in dependents(token)
            if c.dep_ == "compound" and c.i < token.i
            for t in c.subtree
        )

    def _members_of(self, token: Token, *, depth: int) -> LinkedMention | None:
        """Return the organisation whose members a group is, or a group of its followers.

        "activists from the defeated Fatah Party" -> Fatah; "doctors from two American
        aid groups" -> the aid groups; "supporters of former President Ahmed Ben Bella"
        -> a new actor named by the phrase.
        """
        lemma = token.lemma_.lower()
        followers = lemma in FOLLOWER_NOUNS
        if not followers and lemma not in _MEMBER_NOUNS:
            return None
        owner = self._possessing_body(token, depth=depth)
        if owner is not None:
            # "two of its executives", "the TPLF's supporters", "Odinga's supporters"
            if not followers:
                return None if owner.actor.type is ActorType.PERSON else owner
            named = self.doc[owner.start : owner.end]
            name = owner.actor.label if named.root.pos_ == "PRON" else named.text
            return self._new_group(
                token,
                _phrase_start(token, deps=("amod", "poss", "case", "det")),
                token.i + 1,
                kind=ActorType.ORGANIZATION,
                country=owner.actor.country,
                label=normalise_name(f"{token.lemma_.lower()}s of {name}"),
            )
        for child in dependents(token):
            if child.dep_ != "prep" or child.lower_ not in ("of", "from"):
                continue
            for pobj in dependents(child):
                if pobj.dep_ != "pobj":
                    continue
                found = self.actors_of(pobj, depth=depth + 1)
                if len(found) != 1 or found[0].actor.type in (
                    ActorType.STATE,
                    ActorType.LOCATION,
                ):
                    continue
                if not followers:
                    return None if found[0].actor.type is ActorType.PERSON else found[0]
                start = _phrase_start(token, deps=("amod",))
                # "supporters of the late opposition leader Alexei Navalny": named by the
                # person, not by the titles before his name
                person = found[0].actor.type is ActorType.PERSON
                return self._new_group(
                    token,
                    start,
                    _phrase_end(pobj) + 1,
                    kind=ActorType.ORGANIZATION,
                    country=found[0].actor.country,
                    label=normalise_name(f"{lemma}s of {found[0].actor.label}") if person else None,
                )
        return None

    def _members_of_several(self, token: Token, *, depth: int) -> list[LinkedMention]:
        """Return the organisations whose members a group drawn from several of them is.

        "activists of the BNP and the Jamaat-e-Islami fought": the parties, each side of
        the fight (but "fighters from Mali and Niger" are people of states, no body's).
        """
        if token.lemma_.lower() not in _MEMBER_NOUNS:
            return []
        for pobj in pobjs(token, "of", "from"):
            found = self.actors_of(pobj, depth=depth + 1)
            if len(found) > 1 and all(
                m.actor.type not in (ActorType.STATE, ActorType.LOCATION, ActorType.PERSON)
                for m in found
            ):
                return found
        return []

    def _possessing_body(self, token: Token, *, depth: int) -> LinkedMention | None:
        """Return the one actor, not a state or a place, whose people ``token`` names.

        "its executives" (of a news agency), "the TPLF's supporters".
        """
        for child in dependents(token):
            if child.dep_ != "poss" or (
                child.pos_ == "PRON" and token.lemma_.lower() in FOLLOWER_NOUNS
            ):
                # (whose supporters "their supporters" are, a pronoun does not say surely)
                continue
            found = self.actors_of(child, depth=depth + 1)
            if len(found) == 1 and found[0].actor.type not in (
                ActorType.STATE,
                ActorType.LOCATION,
            ):
                return found[0]
        return None

    def _loyal_to(self, token: Token, *, depth: int) -> LinkedMention | None:
        """Make an actor of people loyal to a leader ("militants loyal to al-Zarqawi")."""
        for loyal in dependents(token):
            if loyal.dep_ != "amod" or loyal.lower_ != "loyal" or loyal.i < token.i:
                continue
            for prep in dependents(loyal):
                if prep.dep_ != "prep" or prep.lower_ != "to":
                    continue
                for pobj in dependents(prep):
                    found = self.actors_of(pobj, depth=depth + 1) if pobj.dep_ == "pobj" else []
                    if len(found) == 1 and found[0].actor.type is not ActorType.LOCATION:
                        start = _phrase_start(token, deps=("amod", "compound"))
                        # "forces loyal to eastern commander Khalifa Haftar": named by the
                        # leader's own name, the same group whatever title he is given
                        heads = normalise_name(self.doc[start : loyal.i].text)
                        return self._new_group(
                            token,
                            start,
                            _phrase_end(pobj) + 1,
                            # ("troops": the lemma "troop" is no force noun itself)
                            kind=ActorType.ARMED_GROUP
                            if {token.lemma_.lower(), token.lower_}
                            & (_ARMED_GROUP_NOUNS | _FORCE_NOUNS)
                            else ActorType.ORGANIZATION,
                            country=found[0].actor.country,
                            label=f"{heads} loyal to {found[0].actor.label}",
                        )
        return None

    def _organization(self, token: Token) -> LinkedMention | None:
        """Make an actor of an organisation with no name of its own.

        "two American aid groups", "Palestinian armed groups", "the Azadliq opposition
        coalition": a nationality or a proper name modifies the noun.
        """
        nationality = self._nationality(token)
        names = [
            c
            for c in dependents(token)
            if c.dep_ in ("compound", "nmod")
            and c.i < token.i
            and c.tag_ == "NNP"
            and self.links.at(c) is None
            and not any(e.start <= c.i < e.end for e in self.ents)
        ]
        if nationality is None and not names:
            return None
        if any(c.lower_ == "other" for c in dependents(token)):
            return None  # "Kataib Hezbollah and other Iran-affiliated groups"
        start = _phrase_start(token)
        armed = any(
            t.lemma_.lower() in _ARMED_GROUP_NOUNS or t.lower_ == "armed"
            for t in self.doc[start : token.i]
        )
        return self._new_group(
            token,
            start,
            token.i + 1,
            kind=ActorType.ARMED_GROUP if armed else ActorType.ORGANIZATION,
            country=nationality[1] if nationality is not None else None,
        )

    def _institution_of(self, token: Token, *, depth: int) -> list[LinkedMention]:
        """Return the actor an institution's "of" phrase names (each, for a plural).

        "the president of Armenia" -> Armenia, "the government of President Laurent
        Gbagbo" -> Gbagbo; "the government of Sindh province" -> a new government body;
        "the juntas of Mali, Burkina Faso and Niger" -> the three states.
        """
        domestic = token.lemma_.lower() in _DOMESTIC_INSTITUTIONS or (
            token.lemma_.lower() == "force"
            and any(c.lower_ == "security" for c in dependents(token) if c.dep_ == "compound")
        )
        for child in dependents(token):
            if child.dep_ == "prep" and child.lower_ in ("in", "inside") and domestic:
                # "police in Jericho", "security forces in Guinea": that state's own
                for pobj in dependents(child):
                    states = [
                        m
                        for m in self.actors_of(pobj, depth=depth + 1)
                        if m.actor.type is ActorType.STATE
                    ]
                    if pobj.dep_ == "pobj" and len(states) == 1:
                        return states
            if child.dep_ != "prep" or not (
                child.lower_ == "of"
                or (child.lower_ == "for" and token.lemma_.lower() in _SPOKESPEOPLE)
            ):
                continue
            for pobj in dependents(child):
                if pobj.dep_ != "pobj":
                    continue
                place = self._place(pobj)
                if place is not None and place.actor.type is ActorType.LOCATION:
                    if token.lemma_.lower() not in _GOVERNMENT_NOUNS:
                        return []
                    start = _phrase_start(token)
                    body = self._new_group(
                        token,
                        start,
                        _phrase_end(pobj) + 1,
                        kind=ActorType.GOVERNMENT_BODY,
                        country=place.actor.country,
                    )
                    return [body] if body is not None else []
                found = self.actors_of(pobj, depth=depth + 1)
                if len(found) == 1 or (
                    token.tag_ in ("NNS", "NNPS")
                    and all(m.actor.type is ActorType.STATE for m in found)
                ):
                    return found
        return []

    # -- verbs --------------------------------------------------------------------

    def _named_after_title(self, subject: Token, deps: tuple[str, ...]) -> LinkedMention | None:
        """The person named right after a title the parser made a second subject.

        "Sudan's army chief Abdel Fattah al-Burhan visited Egypt": "chief" and "Burhan"
        both hang on the verb as subjects; the person is the one acting. So with the
        state before a title: "Emirati Foreign Minister Abdullah bin Zayed met ...".
        """
        titled = subject.lemma_.lower() in _TITLE_NOUNS or subject.lower_ in _TITLE_NOUNS
        for other in dependents(subject.head):
            if other.dep_ not in deps or other.i <= subject.i:
                continue
            start = other.left_edge.i
            if (titled and start == subject.i + 1) or (
                start == subject.right_edge.i + 1 and self.doc[start].lower_ in TITLE_WORDS
            ):
                person = self.links.at(other)
                if person is not None and person.actor.type is ActorType.PERSON:
                    return person
        return None

    def _titled_pair(self, subject: Token) -> list[LinkedMention]:
        """The persons of two titled names the parser hung on the first title.

        "Kosovo's prime minister Albin Kurti and Serbia's president Aleksandar Vucic
        met": the names are appositions within the first title's phrase, the second
        title joined to the first name; each named person acts.
        """
        if subject.lemma_.lower() not in _TITLE_NOUNS:
            return []
        if not any(
            c.dep_ == "cc" for a in dependents(subject) if a.dep_ == "appos" for c in dependents(a)
        ):
            return []
        named: list[LinkedMention] = []
        for token in subject.subtree:
            mention = self.links.at(token) if token.dep_ == "appos" else None
            if (
                mention is not None
                and mention.actor.type is ActorType.PERSON
                and all(m.actor.id != mention.actor.id for m in named)
            ):
                named.append(mention)
        return named if len(named) > 1 else []

    def subjects_of_verb(self, verb: Token) -> list[LinkedMention]:
        """Return the actors that carry out ``verb`` (active voice)."""
        changes = self.links.changes
        known = self._subjects.get(verb.i)
        if known is not None and known[0] == changes:
            return list(known[1])
        result = self._read_subjects(verb) or self._fronted_subjects(verb)
        if self.links.changes == changes:
            self._subjects[verb.i] = (changes, tuple(result))
        return result

    def _fronted_subjects(self, verb: Token) -> list[LinkedMention]:
        """The subject the parser hung on a phrase put before the main clause.

        "With the signing of a memorandum, the Sudanese government and the SPLM have
        agreed to ...": the parser joins "the Sudanese government" to "memorandum" (or
        makes it an apposition of the phrase's last noun), and the verb has no actor.
        """
        first = self.doc[verb.sent.start]
        if (
            verb.dep_ != "ROOT"
            or verb.pos_ not in ("VERB", "AUX")
            or first.pos_ != "ADP"
            or first.head.i != verb.i
        ):
            return []  # (a phrase of the verb's own, the sentence's first words)
        start = min(
            [verb.i, *(c.i for c in dependents(verb) if c.dep_ in ("aux", "auxpass", "neg"))]
        )
        comma = next(
            (t for t in reversed(self.doc[verb.sent.start : start]) if t.text == ","), None
        )
        if comma is not None and comma.i + 1 == start:
            # "In Somalia, al-Shabab, which controls the countryside, attacked ...": the
            # subject joined to the phrase ends with its relative clause, before the comma
            described = next(
                (
                    t
                    for t in self.doc[verb.sent.start : comma.i]
                    if t.dep_ in ("conj", "appos")
                    and t.head.i < t.i
                    and t.right_edge.i == comma.i - 1
                    and any(c.dep_ == "relcl" for c in dependents(t))
                    and t.head.dep_ == "pobj"
                    and t.head.head.i == first.i
                ),
                None,
            )
            return self.actors_of(described) if described is not None else []
        if comma is None or comma.i + 1 >= start:
            return []
        phrase = self.doc[comma.i + 1 : start]
        if any(t.pos_ in ("VERB", "AUX", "ADP", "PRON", "SCONJ") for t in phrase):
            return []
        tops = [t for t in phrase if not phrase.start <= t.head.i < phrase.end]
        if len(tops) != 1 or tops[0].dep_ not in ("conj", "appos") or tops[0].head.i > comma.i:
            return []
        top = tops[0]
        if top.dep_ == "conj" and (
            top.head.dep_ == "conj" or any(c.dep_ == "conj" for c in top.head.rights if c.i < top.i)
        ):
            return []  # "After talks with Chad, Nigeria, Cameroon and Niger": a list
        return self.actors_of(top)

    def _read_subjects(self, verb: Token) -> list[LinkedMention]:
        judging = _judging_clause(verb) or _charged_gerund_conjunct(verb)
        if judging is not None:
            # "Washington blamed the group for rockets that struck the base, killing a
            # contractor": the harm is the act's, charged to the one blamed, never done by
            # the one blaming
            return self.direct_objects(judging)
        role = _role_in(verb)
        if role is not None:
            # "his alleged role in supporting the M23", "denied any role in arming Y": the
            # one whose role it is (the possessor, else the clause's subject)
            owners = [m for c in dependents(role) if c.dep_ == "poss" for m in self.actors_of(c)]
            if owners:
                return owners
            if role.dep_ in ("dobj", "obj") and role.head.pos_ in ("VERB", "AUX"):
                return self.subjects_of_verb(role.head)
            return []
        if verb.dep_ in ("advcl", "xcomp") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in dependents(verb)
        ):
            # "called for Myanmar's junta to release X": the parser hangs the clause's
            # subject on the main verb as "for" + object, right before "to"
            to = next((c for c in dependents(verb) if c.dep_ == "aux" and c.lower_ == "to"), None)
            if to is not None:
                for prep in dependents(verb.head):
                    if prep.dep_ == "prep" and prep.lower_ == "for":
                        for pobj in dependents(prep):
                            if pobj.dep_ == "pobj" and pobj.right_edge.i == to.i - 1:
                                return self.actors_of(pobj)
        if (
            verb.dep_ == "ccomp"
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in dependents(verb))
            and verb.head.dep_ == "relcl"
            and any(
                c.lower_ in ("that", "which") and c.dep_ in ("dobj", "obj")
                for c in dependents(verb.head)
            )
        ):
            # "strikes that it says target Hezbollah": the relative is the subject of the
            # reported verb, and stands for the clause's noun
            noun = verb.head.head
            found = self.actors_of(noun)
            if not found and is_event_noun(noun.lemma_.lower()):
                found = self.event_agent(noun)
                if not found and noun.dep_ in ("dobj", "obj") and is_light_verb(noun.head):
                    found = self.subjects_of_verb(noun.head)
            if found:
                return found
        if verb.dep_ in ("conj", "advcl") and verb.tag_ in ("VBD", "VBZ", "VBP"):
            # "expelled its ambassador after Addis Ababa signed a deal": a conjunction
            # of time the parser read as a preposition, its clause's subject as the
            # preposition's object and the clause's verb as joined to the main one (or
            # as the clause's verb with no subject)
            start = min([verb.i, *(c.i for c in dependents(verb) if c.dep_ in ("aux", "neg"))])
            last = self.doc[start - 1]
            while (
                not (last.dep_ == "pobj" and last.head.lower_ in _TIME_CONJUNCTIONS)
                and last.head.i < last.i
            ):
                # "after Britain, France and Germany triggered": the list; "after
                # activists of the BNP and the Awami League fought": the noun they hang on
                last = last.head
            if (
                not any(c.dep_ in ("nsubj", "nsubjpass") for c in dependents(verb))
                and last.dep_ == "pobj"
                and last.head.lower_ in _TIME_CONJUNCTIONS
                and last.head.dep_ in ("prep", "mark")
                and last.right_edge.i == start - 1
            ):
                found = self.actors_of(last)
                if found:
                    return found
        current = verb
        if (
            verb.dep_ == "advcl"
            and verb.tag_ == "VBG"
            and verb.lemma_ in SPEECH_VERBS | CHARGING_VERBS | _APPEALING
            and self.doc[verb.i - 1].text == ","
            and verb.head.dep_ == "xcomp"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in dependents(verb.head))
            and any(c.dep_ in ("dobj", "obj") for c in dependents(verb.head.head))
        ):
            # "said it had asked Kenya to withdraw its troops, accusing Nairobi of ...":
            # the charge is the asker's, not the one asked to withdraw
            current = verb.head.head
        absolute = current.head
        if (
            verb.dep_ == "xcomp"
            and absolute.dep_ == "pcomp"
            and absolute.head.lower_ == "with"
            and any(t.text == "," for t in self.doc[absolute.i : verb.i])
        ):
            # "voted, with Russia and China abstaining, to endorse the plan": the
            # parser hangs the main clause's infinitive on the absolute clause
            current = absolute.head.head
        # a finite verb the parser joined to another clause, with no subject of its own
        joined = current.dep_ == "conj" and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in dependents(current)
        )
        if (
            joined
            and current.tag_ in ("VBD", "VBZ")
            and current.head.tag_ == "VB"
            and current.head.dep_ in ("xcomp", "advcl")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in dependents(current.head))
        ):
            # "urged partners to speed up deliveries and accused Moscow of ...": a finite
            # verb the parser joined to the infinitive is joined to the main verb
            current = current.head.head
        elif (
            joined
            and current.tag_ in ("VBD", "VBZ")
            and current.head.tag_ == "VBG"
            and current.head.dep_ == "pcomp"
            and current.head.head.head.pos_ in ("VERB", "AUX")
        ):
            # "accused Moscow of targeting civilians and called on the US to ...": a
            # finite verb the parser joined to the gerund is joined to the main verb
            current = current.head.head.head
        elif joined and (governing := _verb_of_object(current)) is not None:
            # "Turkey, which has maintained ties with Moscow and supplies Ukraine with
            # drones": the parser joined the second verb to the first one's object
            current = governing
        elif joined and (main := _main_after_aside(current)) is not None:
            # "Niger turned to Russia, whose instructors arrived in 2024, and has deepened
            # ties with Turkey": after the aside, the main clause goes on
            current = main
        elif (
            joined
            and current.tag_ in ("VBD", "VBZ", "VBP")
            and current.head.tag_ == "VBG"
            and current.head.dep_ == "acl"
            and current.head.head.dep_ in ("dobj", "obj")
            and current.head.head.head.tag_ == current.tag_
        ):
            # "Saudi Arabia, which leads the coalition fighting the Houthis and backs the
            # PLC": a finite verb the parser joined to the participle on the object is
            # joined to the finite verb of that object, of the same tense
            current = current.head.head.head
        elif (
            joined
            and current.tag_ == "VBD"
            and current.head.tag_ == "VBG"
            and current.head.dep_ == "ccomp"
            and any(c.dep_ == "aux" for c in dependents(current.head))
            and current.head.head.lemma_ in SPEECH_VERBS
            and current.head.head.tag_ == "VBD"
        ):
            # "said troops were pursuing the attackers and accused the group of ...":
            # a past tense joined to the reported progressive goes with the saying
            current = current.head.head
        elif (
            joined
            and current.tag_ in ("VBD", "VBZ")
            and current.head.dep_ == "ccomp"
            and current.head.head.lemma_ in SPEECH_VERBS
            and current.head.head.i < current.head.i
            and current.head.lemma_ not in SPEECH_VERBS | _ADDRESSING
            and (
                current.lemma_ in SPEECH_VERBS | _ADDRESSING
                or not any(
                    self.actors_of(c) or _doer_noun(c)
                    for c in dependents(current.head)
                    if c.dep_ in ("nsubj", "nsubjpass")
                )
            )
        ):
            # "said the claims were baseless and accused Burundi of ...", "said Turkey had
            # legitimate concerns but urged Ankara to ...": a finite verb joined to a
            # reported clause goes with the saying when that clause's subject is no actor,
            # or when it is a word to someone as the saying is
            current = current.head.head
        elif (
            joined
            and current.tag_ in ("VBD", "VBZ", "VBN")
            and current.lemma_ in SPEECH_VERBS | _ADDRESSING
            and (reporting := _reporting_on_deed(current.head)) is not None
        ):
            # "condemned the attack by gunmen that killed ten soldiers and urged Y to ...",
            # "documented strikes by the army that killed civilians and called on Y": a
            # word to someone joined to the relative clause of the deed reported goes with
            # the reporting verb, not with the doers
            current = reporting
        elif (
            joined
            and current.tag_ in ("VBD", "VBZ")
            and current.lemma_ in SPEECH_VERBS | _ADDRESSING
            and (saying := _nested_saying(current.head)) is not None
        ):
            # "said the drills showed that China was the troublemaker and urged Beijing to
            # ...": a word to someone joined to a clause reported within the reported one
            # goes with the saying too
            current = saying
        after_passive = False
        for _ in range(4):
            accord = _accord_of_infinitive(current)
            if accord is not None and accord.head.lemma_ in _STANCE_VERBS:
                # "New Delhi would support a deal between Britain and Mauritius to hand
                # over the islands": the deal's parties would hand them over, not the one
                # who backs (or rejects) the deal
                return []
            raised = (current is not verb and current.lemma_ in _RAISING) or after_passive
            after_passive = False
            # "Egypt and Qatar are mediating": the parser may hang the subject on the
            # auxiliary (looked at only when the verb has no subject of its own)
            hung = (
                g
                for a in dependents(current)
                if a.dep_ == "aux" and a.i < current.i
                for g in dependents(a)
                if g.dep_ == "nsubj"
            )
            for child in chain(dependents(current), hung):
                # "X is expected to meet Y": the passive subject of a raising verb
                subject_deps = ("nsubj", "csubj", "nsubjpass") if raised else ("nsubj", "csubj")
                if (
                    child.dep_ in subject_deps
                    and not _is_label(child)
                    # "said the TTP claimed ...": an article the parser made a subject
                    and child.lower_ not in ("the", "a", "an")
                ):
                    named = self._named_after_title(child, subject_deps)
                    if named is not None:
                        return [named]
                    if is_relative(child):
                        # "X, which fought a war with Y, ...": the relative stands for X
                        antecedent = relative_antecedent(child)
                        # (not the nouns after the clause the parser joins to it: "between
                        # X, which controls Y, and units loyal to Z")
                        found = [
                            m for m in self.actors_of(antecedent) if m.start < child.i
                        ] or self.partakers(antecedent)
                        event = antecedent
                        if not found and is_event_noun(event.lemma_.lower()):
                            # "conducted a raid that killed X": who conducted the raid
                            found = self.event_agent(event)
                            # "claimed responsibility for the bombing, which killed X"
                            event = responsibility_for(event) or event
                            if (
                                not found
                                and event.dep_ in ("dobj", "obj")
                                and is_light_verb(event.head)
                            ):
                                found = self.subjects_of_verb(event.head)
                        return found
                    actors = self.actors_of(child)
                    if not actors and child.tag_ == "VBG":
                        # "The Red Cross operating in Iraq said": parsed as the
                        # participle's subject
                        actors = [
                            m
                            for g in dependents(child)
                            if g.dep_ == "nsubj"
                            for m in self.actors_of(g)
                        ]
                        if not actors and is_event_noun(child.lower_):
                            # "Shelling by Indian troops killed two soldiers": the
                            # gerund's agent
                            actors = [
                                m
                                for g in dependents(child)
                                if g.dep_ == "agent" or (g.dep_ == "prep" and g.lower_ == "by")
                                for p in dependents(g)
                                if p.dep_ == "pobj"
                                for m in self.actors_of(p)
                            ]
                    if not actors and any(
                        o.dep_ == child.dep_ and o.i > child.i for o in dependents(current)
                    ):
                        continue  # "..., a charge Pakistan rejected": two subjects (the
                        # parser's), the second names who acts
                    if actors:
                        known = {a.actor.id for a in actors}
                        actors += [
                            m for m in self._co_agents(child, current) if m.actor.id not in known
                        ]
                        known = {a.actor.id for a in actors}
                        actors += [m for m in self._titled_pair(child) if m.actor.id not in known]
                        actors += [
                            m for m in self._dangling_conjuncts(child) if m.actor.id not in known
                        ]
                    return actors
            if (
                current.dep_ == "relcl"
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in dependents(current))
                and not any(is_relative(c) for c in dependents(current))
                and is_event_noun(current.head.lemma_.lower())
                and current.head.dep_ in ("dobj", "obj")
                and is_light_verb(current.head.head)
            ):
                # "launched an operation to hunt down Y", "began a campaign to dismantle
                # Y": the infinitive of the act says what the act's author means to do
                return self.subjects_of_verb(current.head.head)
            if current.dep_ == "relcl" or main_verb_as_participle(current):
                # "the militia that attacked Y"; "converged for a rally to protest Y";
                # "The Saudi-led coalition bombed Sanaa" parsed as a participle
                return self.actors_of(current.head) or self.partakers(current.head)
            if (
                current.dep_ == "acl"
                # "Blinken, speaking after a meeting with Y, said": the participle hung on
                # the subject as an adverbial
                or (current.dep_ == "advcl" and current.head.pos_ in ("NOUN", "PROPN"))
            ) and (current.tag_ == "VBG" and current.i > current.head.i):
                # "Somali soldiers battling al-Shabab received ...": a present participle
                # after a noun is done by what the noun names (not by its owner: "Trump's
                # tariffs targeting Canada")
                one = current.head.head.head
                if (
                    one.pos_ == "ADJ"
                    and one.dep_ == "pobj"
                    and one.head.lower_ == "of"
                    and current.head.dep_ == "pobj"
                    and current.head.head.lower_ == "of"
                ):
                    # "one of the most powerful of the ethnic forces fighting the
                    # military": through the superlative's own "of"
                    one = one.head.head
                if (
                    current.head.dep_ == "pobj"
                    and current.head.head.lower_ == "of"
                    and one.lower_ == "one"
                    and one.dep_ == "appos"
                ):
                    # "the Arakan Army, one of the ethnic forces fighting the military":
                    # the one named (not the kind of group it is one of)
                    appositive = self.actors_of(one.head)
                    if appositive:
                        return appositive
                head_lemma = current.head.lemma_.lower()
                found = (
                    self.actors_of(current.head)
                    if self.linked(current.head) is not None
                    or not (
                        any(c.dep_ == "poss" for c in dependents(current.head))
                        # "an EU statement criticising Y", "tariffs targeting Y": a text
                        # or an act, read by the rules of messages and event nouns
                        or head_lemma in _MESSAGE_NOUNS
                        or is_event_noun(head_lemma)
                    )
                    else []
                )
                if found:
                    return found
                if (
                    current.dep_ == "acl"
                    and current.head.dep_ == "nsubj"
                    and current.head.head.pos_ in ("VERB", "AUX")
                    and self.doc[current.i - 1].text == ","
                    and not is_event_noun(head_lemma)
                    and head_lemma not in _MESSAGE_NOUNS
                ):
                    # "Kenya's foreign minister, speaking after talks with Y, said": a
                    # participle set off after the subject is done by the clause's
                    # subject
                    found = self.subjects_of_verb(current.head.head)
                    if found:
                        return found
            if (
                current.dep_ == "pcomp"
                and current.head.lower_ == "to"
                and current.head.head.pos_ == "VERB"
            ):
                # "resorted to throwing stones": the subject of "resorted"
                current = current.head.head
                continue
            if (
                current.dep_ == "pcomp"
                and (
                    current.head.lower_ in _CLAUSE_PREPS
                    # "In announcing sanctions on Y, X said": a gerund's "in" before
                    # the clause it is part of
                    or (current.head.lower_ == "in" and current.head.i < current.head.head.i)
                )
                and current.head.head.pos_ == "VERB"
            ):
                # "X spoke after wrapping up talks with Y": the subject of "spoke"
                current = current.head.head
                continue
            # "accused Israel of launching strikes": the accused is the one who acts.
            if (
                current.dep_ == "pcomp"
                and current.head.lower_ in ("of", "for", "with")
                and current.head.head.lemma_ in _OBJECT_CONTROL
            ):
                accuser = current.head.head
                passive = [
                    m
                    for c in dependents(accuser)
                    if c.dep_ == "nsubjpass"
                    for m in self.actors_of(c)
                ]
                # "the UAE has been accused of arming the RSF": the passive subject
                return passive or self.direct_objects(accuser)
            if (
                current.dep_ == "pcomp"
                and current.head.lower_ in ("of", "for")
                and current.head.head.dep_ in ("dobj", "obj")
                and current.head.head.head.lemma_ in _OBJECT_CONTROL
            ):
                # "accused Eritrean troops of opening fire on Y": the parser hangs the
                # gerund's "of" on the accused, who is the one who acts
                return self.actors_of(current.head.head)
            if current.dep_ in ("xcomp", "advcl", "acl") and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in dependents(current)
            ):
                # "renewed its call on Niger's junta to release X": the one called on acts
                # (so in "stepped up pressure on Y to sign a deal", the infinitive hung on
                # the noun)
                nouns = [current.head] if current.dep_ == "acl" else list(dependents(current.head))
                for noun in nouns:
                    if (
                        noun.dep_ not in _OBJECT_DEPS and current.dep_ != "acl"
                    ) or noun.lemma_.lower() not in APPEAL_NOUNS:
                        continue
                    for prep in dependents(noun):
                        if prep.dep_ == "prep" and prep.lower_ in ("on", "upon", "to"):
                            return [
                                m
                                for p in dependents(prep)
                                if p.dep_ == "pobj"
                                for m in self.actors_of(p)
                            ]
            if current.head.lemma_ in _OBJECT_CONTROL_VERBS and (
                current.dep_ == "xcomp"
                or (
                    # "training Sunni fighters to fight IS", "pleaded with Serbia to
                    # recognise Kosovo", parsed as a purpose clause
                    current.dep_ == "advcl"
                    and (
                        current.head.lemma_ in _ENABLING_VERBS
                        or current.head.lemma_ in _ADDRESSEE_PREPS
                    )
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in dependents(current))
                )
            ):
                # "urged Israel to allow aid": Israel is who would allow it ("named X to
                # lead": the parser may call the one named a predicate)
                controllers = self.direct_objects(current.head) or [
                    m
                    for c in dependents(current.head)
                    if c.dep_ == "oprd"
                    for m in self.actors_of(c)
                ]
                if controllers:
                    return controllers
                called = addressees(current.head)
                if called and current.head.lemma_ in _ADDRESSEE_PREPS:
                    # "called on Niger's junta to release X", "appealed to Y to allow aid"
                    return self.actors_of(called[0])
                if called or any(c.dep_ in _OBJECT_DEPS for c in dependents(current.head)):
                    # "urged the junta to release X": the junta acts, whom no actor names
                    return []
            if (
                current.dep_ == "pcomp"
                and current.head.lower_ == "of"
                and current.head.head.lemma_.lower() in _RESOLVE_NOUNS
            ):
                # "Minsk had no intention of attacking Poland": whose intention it is
                noun = current.head.head
                owners = [
                    m for c in dependents(noun) if c.dep_ == "poss" for m in self.actors_of(c)
                ]
                if owners:
                    return owners
                if noun.dep_ in ("dobj", "obj") and noun.head.pos_ in ("VERB", "AUX"):
                    return self.subjects_of_verb(noun.head)
            if (
                current.dep_ == "acl"
                and current.head.lemma_.lower() in _RESOLVE_NOUNS
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in dependents(current))
            ):
                # "Russia's plan to invade Ukraine", "reaffirmed its commitment to defend
                # the Philippines": whose plan or commitment it is
                owners = [
                    m
                    for c in dependents(current.head)
                    if c.dep_ == "poss"
                    for m in self.actors_of(c)
                ] or (
                    # "threats by Moscow to cut gas to Moldova", "a bid from Kigali to ...":
                    # the "by" phrase before the infinitive names whose they are
                    self.prep_objects(current.head, _AUTHOR_PREPS)
                    if current.head.lemma_.lower() in _AUTHORED_RESOLVES
                    else []
                )
                if owners:
                    return owners
            if (
                current.dep_ == "acl"
                and current.head.dep_ in ("dobj", "obj")
                and is_light_verb(current.head.head)
                and not _is_passive_participle(current)
            ):
                # "carried out a campaign to defeat Y": who carries out the campaign
                current = current.head.head
                continue
            if (
                current.dep_ == "acl"
                and current.tag_ == "VBG"
                and current.head.lemma_.lower() in STATEMENT_NOUNS | _REMARKS
                and current.head.dep_ == "pobj"
                and current.head.head.lower_ in ("in", "through")
                and current.head.head.head.pos_ in ("VERB", "AUX")
                and not any(c.dep_ in ("poss", "compound") for c in dependents(current.head))
            ):
                # "In a statement accusing Venezuela of ..., the ministry said": who speaks
                # in the statement (not "in a UN report accusing Y", whose author it names)
                current = current.head.head.head
                continue
            on_agent = predicate_on_agent(current)
            if on_agent is not None:
                return self.actors_of(on_agent)
            if (
                current.dep_ == "acl"
                and current.tag_ == "VBD"
                and current.head.dep_ == "ROOT"
                and current.head.pos_ in ("PROPN", "NOUN")
            ):
                # "Malaysia, which chairs ASEAN, offered to mediate": the parser found
                # no main verb and hung the predicate on the subject
                return self.actors_of(current.head)
            if (
                current.dep_ == "acl"
                and current.tag_ == "VBG"
                and current.i > 0
                and self.doc[current.i - 1].text == ","
                and current.head.dep_ in ("dobj", "obj")
                and current.head.head.pos_ == "VERB"
                and not self.actors_of(current.head)
            ):
                # "raided the Jenin camp, targeting Hamas militants": the parser hung the
                # participle on the object, which is no actor; it says what the main
                # clause's subject did
                current = current.head.head
                continue
            if (
                current.dep_ == "acl"
                and current.tag_ == "VBD"
                and current.i > 0
                and self.doc[current.i - 1].text == ","
            ):
                root = current.sent.root
                if root.pos_ in ("NOUN", "PROPN") and any(
                    c.dep_ == "relcl" and c.left_edge.i <= current.head.i <= c.right_edge.i
                    for c in dependents(root)
                ):
                    # "Amnesty, which includes many lawyers, called for protests": a
                    # finite verb the parser hung on the relative clause's object, the
                    # sentence's subject made its root
                    return self.actors_of(root)
            if (
                current.dep_ == "advcl"
                and current.tag_ == "VBG"
                and current.lemma_ in _ADDRESSING | SPEECH_VERBS
            ):
                # "Drones struck the depot, the army said, blaming the RSF": a word of
                # blame or appeal after a reported clause is the sayer's (not the reported
                # clause's subject's)
                head = current.head
                sayer = next(
                    (
                        c
                        for c in dependents(head)
                        if c.dep_ == "parataxis" and c.lemma_ in SPEECH_VERBS
                    ),
                    None,
                )
                if sayer is None and head.dep_ == "ccomp" and head.head.lemma_ in SPEECH_VERBS:
                    sayer = head.head
                if sayer is not None and sayer.i < current.i:
                    current = sayer
                    continue
            if current.dep_ in ("conj", "xcomp", "advcl", "acomp") and current.head.pos_ in (
                "VERB",
                "AUX",
                "ADJ",
            ):
                # "The ADF was formed in Uganda and later moved into Congo": an active verb
                # joined to a passive one shares its passive subject
                after_passive = current.dep_ == "conj" and active_finite(current)
                current = current.head
                continue
            break
        return []

    def agents_of(self, verb: Token) -> list[LinkedMention]:
        """Return the actors of a passive verb's "by" phrase (or of an event noun there)."""
        agents = self._agents_of(verb)
        if not agents and verb.tag_ == "VBN" and verb.dep_ == "acl":
            # "militias trained and armed by Iran": the "by" phrase on the last participle
            # is every conjunct's (of a modifier only: "they were blocked and blasted by
            # Chinese ships" gives the clause's first verb its own readings)
            for conj in dependents(verb):
                if conj.dep_ == "conj" and conj.tag_ == "VBN" and not has_own_subject(conj):
                    agents = self._agents_of(conj)
                    if agents:
                        break
        if agents and verb.dep_ == "relcl" and max(a.end for a in agents) == verb.right_edge.i + 1:
            # "the LNA, which was supported by Russia, the UAE and Egypt": the parser
            # joins the agent's conjuncts after the clause to the noun the clause is of
            for later in self.clause_list_tail(verb.head):
                mention = self.linked(later)
                if mention is not None and mention not in agents:
                    agents.append(mention)
        return agents

    def _agents_of(self, verb: Token) -> list[LinkedMention]:
        for child in dependents(verb):
            # (not "between", which the parser may take for an agent: "a deal reached
            # between X and Y")
            if child.dep_ == "agent" and child.lower_ != "between":
                for pobj in dependents(child):
                    if pobj.dep_ == "pobj":
                        actors = self.actors_of(pobj)
                        first = self._named_first(child)
                        if (
                            first is not None
                            and all(a.actor.id != first.actor.id for a in actors)
                            and not (first.start <= pobj.i < first.end)
                        ):
                            # "rebels led by Hayat Tahrir al-Sham seized Damascus": the
                            # parser hung a later noun on "by"; the name after it leads
                            return [first]
                        if actors:
                            return actors
                        if is_event_noun(pobj.lemma_):
                            return self.event_agent(pobj)
        return self._agent_on_adjunct(verb)

    def _dangling_conjuncts(self, subject: Token) -> list[LinkedMention]:
        """A second subject the parser left unjoined after "and".

        "Azerbaijan's President X and Armenian Prime Minister Y held talks": both hang on
        the verb as subjects, the "and" on the first with no conjunct.
        """
        if not any(c.dep_ == "cc" for c in dependents(subject)) or list(conjuncts_of(subject)):
            return []
        return [
            m
            for other in dependents(subject.head)
            if other.dep_ == subject.dep_ and other.i > subject.i
            for m in self.actors_of(other)
        ]

    def _co_agents(self, subject: Token, verb: Token) -> list[LinkedMention]:
        """Who acts with the subject, set off by commas.

        "Kenya, together with Uganda, sent troops", "Russia, alongside Iran, backed
        Assad", "Ethiopian troops, along with Somali forces, attacked" (but "fought
        alongside Y" makes Y an ally, not a second subject).
        """
        found: list[LinkedMention] = []
        for holder in (subject, verb):
            for prep in dependents(holder):
                if prep.dep_ != "prep" or self.doc[prep.left_edge.i - 1].text != ",":
                    continue
                together = prep.lower_ == "with" and any(
                    c.lower_ in ("together", "along") for c in dependents(prep)
                )
                phrase: Token | None
                if together or (prep.lower_ == "alongside" and holder is subject):
                    phrase = prep
                elif prep.lower_ in ("along", "together"):
                    phrase = next((c for c in dependents(prep) if c.lower_ == "with"), None)
                else:
                    continue
                if phrase is None:
                    continue
                for pobj in dependents(phrase):
                    if pobj.dep_ == "pobj":
                        found += self.actors_of(pobj)
        return found

    def _agent_on_adjunct(self, verb: Token) -> list[LinkedMention]:
        """The "by" phrase of a passive verb that the parser hung on the verb's adjunct.

        "X has been accused of corruption by prosecutors", "X was criticized for its media
        law by the Commission": the noun before "by" is no act with an agent of its own
        ("accused of attacks by militants" stays the militants' attacks).
        """
        if not any(c.dep_ in ("auxpass", "nsubjpass") for c in dependents(verb)):
            return []
        for prep in dependents(verb):
            if prep.dep_ != "prep" or prep.lower_ == "by":
                continue
            for noun in dependents(prep):
                if (
                    noun.dep_ == "pcomp"
                    and noun.tag_ == "VBG"
                    and verb.lemma_ in LEXICON[Relation.ACCUSED].verbs
                ):
                    # "The RSF has been accused of committing genocide by the United
                    # States": an active gerund has no agent of its own (but "accused of
                    # being backed by Rwanda" is the backing's); read for accusations
                    # only
                    by_phrase = self._gerund_by_phrase(noun)
                    if by_phrase is not None:
                        return by_phrase
                    continue
                if noun.dep_ != "pobj" or is_event_noun(noun.lemma_.lower()):
                    continue
                by_phrase = self._by_phrase(noun)
                if by_phrase is not None:
                    return by_phrase
        return []

    def captors(self, noun: Token) -> list[LinkedMention]:
        """Who holds the captives a release names: "the release of hostages held by Y"."""
        return [
            m
            for prep in dependents(noun)
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for captive in dependents(prep)
            if captive.dep_ == "pobj"
            for participle in dependents(captive)
            if participle.dep_ == "acl" and participle.lemma_.lower() in _CAPTIVITY
            for agent in dependents(participle)
            if agent.dep_ == "agent"
            for pobj in dependents(agent)
            if pobj.dep_ == "pobj"
            for m in self.actors_of(pobj)
        ]

    def _gerund_by_phrase(self, gerund: Token) -> list[LinkedMention] | None:
        """The actors of a "by" phrase the parser hung inside an active gerund's clause.

        "accused of committing genocide by the United States", "criticized for blocking
        the aid package by the Commission": an active gerund has no agent, nor has a
        plain noun of its clause; but "accused of being backed by Rwanda", "accused of
        ordering attacks by militias" keep their own doers.
        """
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in dependents(gerund)):
            return None
        for by in gerund.subtree:
            if by.lower_ != "by" or by.dep_ not in ("prep", "agent"):
                continue
            holder = by.head
            if holder.i != gerund.i and (
                holder.pos_ not in ("NOUN", "PROPN")
                or is_event_noun(holder.lemma_.lower())
                or any(
                    a.pos_ in ("VERB", "AUX") and a.i != gerund.i
                    for a in holder.ancestors
                    if gerund.is_ancestor(a)
                )
            ):
                continue
            for pobj in dependents(by):
                if pobj.dep_ == "pobj":
                    return self.actors_of(pobj) or None
        return None

    def _by_phrase(self, noun: Token) -> list[LinkedMention] | None:
        """The actors of a "by" phrase hung on ``noun``; None when it has none."""
        for by in dependents(noun):
            if by.dep_ in ("prep", "agent") and by.lower_ == "by":
                for pobj in dependents(by):
                    if pobj.dep_ == "pobj":
                        return self.actors_of(pobj)
        return None

    def _named_first(self, preposition: Token) -> LinkedMention | None:
        """The actor named right after ``preposition`` when its name is a compound chain.

        Only a name whose last word the parser made a compound of a later noun counts
        ("by Hayat Tahrir al-Sham seized Damascus"): otherwise the object stands.
        """
        mention = self.links.after(preposition)
        if mention is None or mention.end >= len(self.doc):
            return None
        last = self.doc[mention.end - 1]
        if last.dep_ == "compound" and last.head.i >= mention.end:
            head = last.head
            while head.dep_ == "compound" and head.head.i > head.i:
                head = head.head
            held = self.links.at(head)
            if held is not None and held.actor.type is ActorType.PERSON:
                return None  # "by U.S. President Joe Biden": the person titled
            if held is not None and held.start <= mention.start:
                return None  # "by a Moscow court": the court the name is part of
            return mention
        return None

    def event_agent(self, noun: Token) -> list[LinkedMention]:
        """Return who carried out an event noun ("strikes conducted by X", "X's attack")."""
        share = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "in" else None
        if share is not None and share.lemma_.lower() in _PART_NOUNS:
            # "Iran denied any role in the attack", "Rwanda's involvement in the attack":
            # who has the part in it
            owners = [m for c in dependents(share) if c.dep_ == "poss" for m in self.actors_of(c)]
            if owners:
                return owners
            if share.dep_ in ("dobj", "obj") and share.head.pos_ == "VERB":
                return self.subjects_of_verb(share.head)
        if (
            noun.dep_ == "pobj"
            and noun.head.lower_ == "behind"
            and noun.head.head.lemma_ in ("be", "stand")
        ):
            # "militias were behind the attack on U.S. troops"
            return self.subjects_of_verb(noun.head.head)
        if (
            noun.dep_ == "pobj"
            and noun.head.lower_ == "for"
            and noun.head.head.lemma_ in _CHARGING_FOR
            and not any(c.dep_ == "poss" for c in dependents(noun))
        ):
            # "blamed al-Shabab for the attack on its soldiers": the one charged with it
            # (the charge makes it alleged); "X was blamed for the attack": the passive's
            charger = noun.head.head
            charged = [
                m for c in dependents(charger) if c.dep_ == "nsubjpass" for m in self.actors_of(c)
            ]
            charged = charged or self.direct_objects(charger)
            if charged:
                return charged
        for child in dependents(noun):
            if (
                (child.dep_ == "acl" or (child.dep_ == "relcl" and is_light_verb(child)))
                and child.pos_ == "VERB"
                and child.lemma_ not in BROKERING
                and child.lemma_ not in _BACKED
            ):
                # (but "a ceasefire brokered by Qatar" is not Qatar's ceasefire, nor "an
                # offensive backed by U.S. air strikes" the backer's); "the attack, which
                # was claimed by al-Shabab,": who claims it carried it out
                agents = self.agents_of(child)
                if agents:
                    return agents
                if child.lemma_ in CHARGED_TO and child.tag_ == "VBN":
                    # "a truck bomb blamed on the ELN", "a strike attributed to Israel":
                    # the one charged with it (the clause's modality says alleged)
                    agents = self.prep_objects(child, _BLAMED_ON)
                    if agents:
                        return agents
            if (
                child.dep_ == "relcl"
                and child.lemma_ in _CLAIMING
                and any(is_relative(c) and c.dep_ in ("dobj", "obj") for c in dependents(child))
            ):
                # "the attack, which the Pakistani Taliban claimed,": who claims it
                agents = self.subjects_of_verb(child)
                if agents:
                    return agents
            if child.dep_ == "prep" and (
                child.lower_ == "by"
                # "air strikes from the coalition", "support from Russia"
                or (child.lower_ == "from" and noun.lemma_.lower() in _FROM_AGENT_NOUNS)
            ):
                for pobj in dependents(child):
                    if pobj.dep_ == "pobj":
                        return self.actors_of(pobj)
            # "the withdrawal of US troops", "the deployment of Russian forces"
            if (
                child.dep_ == "prep"
                and child.lower_ == "of"
                and noun.lemma_.lower() in _OF_AGENT_NOUNS
            ):
                for pobj in dependents(child):
                    if pobj.dep_ == "pobj":
                        return self.actors_of(pobj)
            if child.dep_ == "prep" and child.lower_ == "of":
                # "the arrest of Imran Khan by Pakistan": the parser hangs the agent on the
                # name of the act's target, which a "by" phrase never describes; so on
                # the members of a group ("the arrests of members of the UWSA by
                # Myanmar's military") and on a conjunct ("of X and his aides by Y")
                for first in dependents(child):
                    if first.dep_ != "pobj":
                        continue
                    chain = [first]
                    while counts(chain[-1]) and pobjs(chain[-1], "of"):
                        chain.append(pobjs(chain[-1], "of")[0])  # "of dozens of members of"
                    last = chain[-1]
                    target = self.links.at(last)
                    if (
                        target is None or target.actor.type is not ActorType.PERSON
                    ) and last.lemma_.lower() not in _TARGETED_MEMBERS:
                        continue
                    for pobj in (*chain, *conjuncts_of(last)):
                        # (or on the name's last word, made a participle: "the detention
                        # of Tundu Lissu by Tanzanian police", "Lissu" an "acl")
                        named = self.links.at(pobj)
                        words = self.doc[named.start : named.end] if named else (pobj,)
                        for word in words:
                            by_phrase = self._by_phrase(word)
                            if by_phrase is not None:
                                return by_phrase
        possessive = [c for c in dependents(noun) if c.dep_ == "poss" and c.pos_ == "PRON"]
        if possessive and possessive[0].lower_ in _OWN and noun.dep_ in ("dobj", "obj"):
            # "urged Russia to halt its support for Y": "its" is who halts, the clause's
            # subject, before any earlier antecedent
            subjects = [
                m
                for m in self.subjects_of_verb(noun.head)
                if (m.actor.type is ActorType.PERSON) == (possessive[0].lower_ in ("his", "her"))
            ]
            if subjects:
                return subjects[:1]
        if noun.lemma_.lower() in RELEASE_ACTS:
            captors = self.captors(noun)
            if captors:
                return captors  # "the release of hostages held by Hamas": Hamas's to make
        if noun.lemma_.lower() in RELEASE_ACTS and not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in dependents(noun)
        ):
            return []  # "Lai's release": Lai is released, no one named releases him
        # "Israeli and U.S. strikes on Iran": each state coordinated with the first
        return self._first_coordinated(self._modifiers(noun, depth=0))

    def act_author_before(self, noun: Token) -> list[LinkedMention]:
        """Who did the act the sentence before reports, for an act named again.

        "M23 rebels seized Uvira, residents said. The advance drew condemnation from the
        United States": M23's (an act named with no author of its own: "the advance",
        "the move", "the raid").
        """
        lemma = noun.lemma_.lower()
        if (
            noun.pos_ != "NOUN"
            or not (is_event_noun(lemma) or lemma in _MESSAGE_NOUNS or lemma in _ADVANCES)
            or not any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in dependents(noun)
            )
            or any(c.dep_ in ("poss", "compound", "amod", "prep") for c in dependents(noun))
            or noun.sent.start == 0
        ):
            return []
        verb = self.doc[noun.sent.start - 1].sent.root
        for _ in range(2):
            if verb.lemma_ not in SPEECH_VERBS:
                break
            # "M23 seized Uvira, residents said": the act reported
            reported = [c for c in dependents(verb) if c.dep_ == "ccomp"]
            if not reported:
                return []
            verb = reported[0]
        if verb.pos_ != "VERB" or verb.lemma_ in SPEECH_VERBS:
            return []
        if (
            lemma not in _MESSAGE_NOUNS
            and lemma not in _ADVANCES
            and not any(
                lemma in entry.nouns and verb.lemma_ in entry.verbs for entry in LEXICON.values()
            )
        ):
            return []  # "the raid" names a raid, not any act: "X raided Y. The raid ..."
        return self.subjects_of_verb(verb)

    def _accuser_before(self, noun: Token) -> list[LinkedMention]:
        """Who laid the charge a rejection names again earlier in its sentence.

        "Bamako accused Algeria of sponsoring terrorism, but Algiers rejected the
        accusations": Bamako's; "Manila said Chinese ships rammed its boat, but Beijing
        denied the claim": Manila's (a claim may be any statement, a charge only an
        accusation). Never the rejecting side's own; none named in an earlier sentence
        (the sentence names no one the charge stands for).
        """
        rejecting = {m.actor.id for m in self.subjects_of_verb(noun.head)}
        if not rejecting:
            return []
        said = noun.lemma_.lower() in _CLAIMED
        for verbs in (_ACCUSING, SPEECH_VERBS if said else frozenset()):
            for token in reversed(self.doc[noun.sent.start : noun.head.i]):
                if (
                    token.pos_ != "VERB"
                    or token.lemma_ not in verbs
                    or any(c.dep_ in ("auxpass", "nsubjpass") for c in dependents(token))
                    # ("Miller said the U.S. rejected the claims": the rejection reported)
                    or _reports(token, noun.head)
                    or (
                        verbs is SPEECH_VERBS
                        and not any(c.dep_ == "ccomp" for c in dependents(token))
                    )
                ):
                    continue
                authors = [m for m in self.subjects_of_verb(token) if m.actor.id not in rejecting]
                if authors:
                    return authors
        return []

    def _proposer_before(self, noun: Token) -> list[LinkedMention]:
        """Who last proposed, offered or called for something, up to a sentence back.

        "The Quad called for a truce. Burhan rejected the proposal": the Quad's.
        """
        start = sentences_back(noun, 1)
        for token in reversed(self.doc[start : noun.sent.start]):
            if token.pos_ == "VERB" and token.lemma_ in _PROPOSING:
                if token.lemma_ == "call" and (
                    # "called for a truce", not "called elections for March"
                    not any(c.dep_ == "prep" and c.lower_ == "for" for c in dependents(token))
                    or any(c.dep_ in ("dobj", "obj") for c in dependents(token))
                ):
                    continue
                authors = self.subjects_of_verb(token)
                if authors:
                    return authors
        return []

    def _coordination_of(self, mention: LinkedMention) -> list[LinkedMention]:
        """The actors of the coordination a mention's name is one of, in order."""
        if mention.start >= mention.end or mention.kind == "coref":
            return [mention]
        head = self.doc[mention.start : mention.end].root
        while head.dep_ in ("conj", "appos") and head.head.i != head.i:
            head = head.head
        found: list[LinkedMention] = []
        for item in self.items(head):
            other = self.links.at(item)
            if other is not None and other.kind != "location" and other not in found:
                found.append(other)
        return found if any(m.actor.id == mention.actor.id for m in found) else [mention]

    def _first_coordinated(self, modifiers: list[LinkedMention]) -> list[LinkedMention]:
        """The first of a noun's modifier actors, with those coordinated with it."""
        if not modifiers:
            return []
        first = modifiers[0]
        conjuncts = {c.i for t in self.doc[first.start : first.end] for c in conjuncts_of(t)}
        return [first, *(m for m in modifiers[1:] if any(m.start <= i < m.end for i in conjuncts))]

    def partakers(self, noun: Token) -> list[LinkedMention]:
        """Return who takes part in an event or state.

        "X were engaged in ethnic cleansing", "X remained on alert", "X converged on
        the capital for a rally".
        """
        if noun.dep_ != "pobj" or noun.head.lower_ not in _PARTAKING:
            return []
        verb = noun.head.head
        # "took part in an offensive against JNIM"
        taking_part = verb.lemma_ == "take" and any(
            c.dep_ in ("dobj", "obj") and c.lower_ == "part" for c in dependents(verb)
        )
        if verb.pos_ not in ("VERB", "ADJ", "AUX") or (
            verb.lemma_ not in _PARTAKING[noun.head.lower_] and not taking_part
        ):
            return []
        return [
            m
            for c in dependents(verb)
            if c.dep_ in ("nsubj", "nsubjpass")
            for m in self.actors_of(c)
        ] or self.subjects_of_verb(verb)

    @staticmethod
    def _stranded_object(prep: Token) -> list[Token]:
        """The object of a preposition the parser made the subject of the next clause.

        "granted asylum to five army officers holed up in the embassy": the parser leaves
        "to" without its object and reads "officers holed up" as a clause of the verb or
        of the preposition.
        """
        if any(c.dep_ == "pobj" for c in dependents(prep)) or prep.i + 1 >= len(prep.doc):
            return []
        first = prep.doc[prep.i + 1]
        for noun in (first, *first.ancestors):
            if noun.left_edge.i != first.i:
                break
            clause = noun.head
            if noun.dep_ in ("nsubj", "nsubjpass") and (
                (clause.dep_ == "pcomp" and clause.head.i == prep.i)
                or (clause.dep_ in ("advcl", "conj") and clause.head.i == prep.head.i)
            ):
                return [noun]
        return []

    def prep_objects(self, token: Token, preps: frozenset[str]) -> list[LinkedMention]:
        """Return the actors of ``token``'s prepositional phrases headed by ``preps``.

        "against" comes first: "filed a complaint with the UN against Israel".
        """
        children = sorted(dependents(token), key=lambda c: c.lower_ != "against")
        for child in list(children):
            if child.dep_ == "prep" and child.lower_ in _TIME_PREPS:
                # "fought for years against the army": the phrase hung on the time noun
                children += [
                    c
                    for p in dependents(child)
                    if p.dep_ == "pobj" and p.lemma_.lower() in _DURATIONS
                    for c in dependents(p)
                    if c.dep_ == "prep"
                ]
            elif child.lower_ == "by" and token.pos_ != "NOUN" and child.dep_ == "prep":
                # "had spoken by telephone with Y": the partner's phrase hung on the means
                children += [
                    c
                    for p in dependents(child)
                    if p.dep_ == "pobj" and p.lemma_.lower() in _CHANNELS
                    for c in dependents(p)
                    if c.dep_ == "prep" and c.lower_ == "with"
                ]
            elif child.lower_ == "by" and token.pos_ == "NOUN" and child.dep_ in ("prep", "agent"):
                # "attacks by Russian forces on Ukrainian ports": the target's phrase hung
                # on the act's author
                children += [
                    c
                    for p in dependents(child)
                    if p.dep_ == "pobj"
                    for c in dependents(p)
                    if c.dep_ == "prep" and c.lower_ != "of"
                ]
        for child in children:
            # (the parser may call a participle's "between" phrase its agent)
            if (
                child.dep_ in ("prep", "dative") or (child.dep_ == "agent" and child.lower_ != "by")
            ) and child.lower_ in preps:
                # "sanctions on two judges and on the police chief, X": the same
                # preposition repeated after "and" is the first one's conjunct
                repeated = [
                    p
                    for c in dependents(child)
                    if c.dep_ == "conj" and c.lower_ == child.lower_
                    for p in dependents(c)
                    if p.dep_ == "pobj"
                ]
                found: list[LinkedMention] = []
                for pobj in [
                    *(p for p in dependents(child) if p.dep_ == "pobj"),
                    *self._stranded_object(child),
                    *repeated,
                ]:
                    if child.lower_ == "with" and onlooker(pobj):
                        continue  # "signed the treaty, with X in attendance": looking on
                    if child.lower_ == "with" and pobj.lemma_.lower() in BACKING_NOUNS:
                        # "with support from the EU, Malawi distributed food": a backer,
                        # no partner of the act (read by the rule support-adjunct)
                        continue
                    if pobj.lemma_.lower() not in _SIDING:
                        if child.lower_ != "against" and "against" in preps and not found:
                            # "a complaint with the Council against Israel", "against"
                            # hung on the Council
                            against = self.prep_objects(pobj, _AGAINST)
                            if against:
                                return against
                        actors = self.actors_of(pobj)
                        if actors and not repeated:
                            return actors
                        found += [a for a in actors if a not in found]
                if found:
                    return found
        return []

    def direct_objects(self, verb: Token) -> list[LinkedMention]:
        """Return the actors of a verb's direct or indirect object."""
        for child in dependents(verb):
            if (
                child.dep_ in ("dobj", "obj")
                and _after_noun(child)
                and any(c.dep_ in ("dobj", "obj") and c.i < child.i for c in dependents(verb))
            ):
                # "threatened to impose sanctions on the rulers, at a summit of the bloc
                # ECOWAS": a verb has one direct object; a second one the parser hangs on
                # it right after a noun is a name in apposition to that noun (but
                # "arrested activists, among them the lecturer X" are all arrested); so
                # "defend itself against the FDLR, a Hutu militia"
                continue
            if child.dep_ in _OBJECT_DEPS:
                if is_relative(child) and _relative_of_gerund(verb, child):
                    continue  # "the M23, which Kinshasa accuses Rwanda of backing": Rwanda
                if (
                    is_relative(child)
                    and verb.head.lemma_.lower() in _GROUND_NOUNS
                    and verb.lemma_ not in HARM_VERBS
                ):
                    # "accept US troops on its territory, which Petro ruled out": what is
                    # ruled out is the clause, not the ground's owner (but "its territory,
                    # which the army shelled" strikes the owner)
                    continue
                # "Y, which X attacked": the relative pronoun stands for Y
                actors = self.actors_of(verb.head if is_relative(child) else child)
                if not actors and child.dep_ == "dative" and child.pos_ == "ADP":
                    # "sent weapons to Ukraine": the parser's dative is the preposition
                    actors = [
                        m for p in dependents(child) if p.dep_ == "pobj" for m in self.actors_of(p)
                    ]
                if actors:
                    return actors
            elif child.dep_ == "xcomp" and child.lower_ in _NEIGHBOURING:
                # "accused neighbouring Eritrea of ...": the parser takes the adjective
                # for a verb with the object as its own
                for grandchild in dependents(child):
                    if grandchild.dep_ in _OBJECT_DEPS and grandchild.i == child.i + 1:
                        actors = self.actors_of(grandchild)
                        if actors:
                            return actors
        if (
            not any(c.dep_ in _OBJECT_DEPS for c in dependents(verb))
            and verb.dep_ == "pcomp"
            and verb.head.lower_ in ("of", "for")
        ):
            # "the M23, which Kinshasa accuses Rwanda of backing": the relative the parser
            # hung on the accusing verb is the gerund's object
            charging = verb.head.head
            relative = next(
                (
                    c
                    for c in dependents(charging)
                    if c.dep_ in _OBJECT_DEPS
                    and is_relative(c)
                    and _relative_of_gerund(charging, c)
                ),
                None,
            )
            if relative is not None:
                return self.actors_of(charging.head)
        if not any(c.dep_ in _OBJECT_DEPS for c in dependents(verb)):
            # "hosted Ethiopian Prime Minister Abiy Ahmed" with the name made an adverbial
            # of the verb: the person named right after it (never a date: "met Monday")
            for child in dependents(verb):
                if (
                    child.dep_ == "npadvmod"
                    and child.pos_ == "PROPN"
                    and child.left_edge.i == verb.i + 1
                    and child.ent_type_ not in ("DATE", "TIME")
                ):
                    return self.actors_of(child)
            shared = _shared_object(verb)
            if shared is not None:
                return self.actors_of(shared)
            contact = _contact_clause_object(verb)
            if contact is not None and self.linked(contact) is not None:
                # (an actor's own noun: "a charge he rejects" names no one rejected)
                return self.actors_of(contact)
        return []

    def possessor_objects(self, verb: Token, entry: LexiconEntry) -> list[LinkedMention]:
        """Return the author of a message-like object ("rejected a US request", "Y's plan").

        Also the target of the object or of its conjuncts ("threatened action against Y",
        "launched artillery, mortar and rocket fire against Y").
        """
        objects = [
            _message_before_participle(c) for c in dependents(verb) if c.dep_ in _OBJECT_DEPS
        ]
        for child in (*objects, *(c for o in objects for c in conjuncts_of(o) if c.i > o.i)):
            if child.lemma_.lower() in _TIED_PEOPLE:
                continue
            if child.lemma_.lower() in _BREAKAWAY_PARTS:
                continue  # "blamed dissidents of the FARC", "a faction of the PUK": not it
            if entry is LEXICON[Relation.COERCED] and child.lemma_.lower() in _KIN_AND_COUNSEL:
                continue  # "arrested the lawyer of X": the lawyer is arrested, not X
            if entry.judges_acts and child.lemma_.lower() in SEIZING_ACTS:
                # "condemned the M23's seizure of Goma", "the takeover of Kirkuk by Y": the
                # taker is judged, not the place taken
                takers = [
                    m for c in dependents(child) if c.dep_ == "poss" for m in self.actors_of(c)
                ]
                if takers or (takers := self._by_phrase(child) or []):
                    return takers
                continue
            if child.lemma_.lower() in RELEASE_ACTS and (captors := self.captors(child)):
                # "demanded the release of hostages held by Hamas": of their captors
                return captors
            if child.lemma_.lower() in RELEASE_ACTS | PATIENT_ACTS | _RUIN and not self._by_phrase(
                child
            ):
                # "demanded the release of X": of X's jailers, not of X; "ordered the
                # expulsion of the EU ambassador": the ambassador is expelled, not asked
                continue
            if child.lemma_.lower() in _MESSAGE_NOUNS or child.lower_ in _MESSAGE_NOUNS:
                # "rejected a US request", "dismissed an appeal from the president"
                modifiers = self._modifiers(child, depth=0)
                if modifiers:
                    return modifiers
                # ("criticism of Y" is aimed at Y: by its author only)
                judging = child.lemma_.lower() in _JUDGING_MESSAGES
                by = self.prep_objects(child, _AUTHOR_PREPS if judging else words("by from of"))
                if by:
                    return by
                if judging:
                    continue  # "rejected criticism of Pakistan": not Pakistan's
            if (
                entry is LEXICON[Relation.AGREED_WITH]
                and child.lemma_.lower() in MEETINGS
                and child.lemma_.lower() not in entry.nouns
            ):
                # "accepted direct talks with Y", "agreed to a meeting with Y": a meeting
                # promised, read as one (hypothetical, rule light-verb-nominal), no accord
                continue
            if entry is LEXICON[Relation.REJECTED] and child.lemma_.lower() in _ACCORDS:
                # "rejected any truce with the RSF": the party it would be made with
                parties = self.prep_objects(child, _WITH_PARTY)
                if parties:
                    return parties
            if is_event_noun(child.lemma_.lower()):
                # "condemned Israeli strikes on Gaza": the act is its agent's.
                agents = self.event_agent(child)
                if agents or entry.judges_acts:
                    # Judging an act with no named agent says nothing of its target.
                    return agents
            if child.lemma_.lower() in _MEMBERSHIPS:
                # "suspended its membership of the OAS": the body is left, not acted on
                targets = []
            elif entry.judges_acts:
                # "condemned the violations against Y", "denounced the moves against Y": Y
                # is the victim, not the accused
                targets = self.prep_objects(child, entry.preps - VICTIM_PREPS)
            else:
                targets = self.prep_objects(child, entry.preps)
            owners = [
                m
                for c in dependents(child)
                if c.dep_ == "poss" and (m := self.linked(c)) is not None
            ]
            if (
                entry in (LEXICON[Relation.COERCED], LEXICON[Relation.ATTACKED])
                and child.lemma_.lower() in _ORGANIZATION_NOUNS
            ):
                # "dissolved the party of former President X", "banned X's movement": the
                # organisation is acted on, not the person it belongs to
                targets = [m for m in targets if m.actor.type is not ActorType.PERSON]
                owners = [m for m in owners if m.actor.type is not ActorType.PERSON]
            if targets:
                return targets
            if owners and child.lemma_.lower() not in RELEASE_ACTS:
                # "denounced Serbia's suppression of the unrest": whose act it is.
                return owners
        return []

    def _hostile_author(self, mention: LinkedMention) -> bool:
        """Whether a mention names the author of a hostile act: "India's aggression".

        A partner's act done in answer to it ("promised to respond to India's
        aggression") is no act with or for its author.
        """
        root = self.doc[mention.end - 1]
        head = root.head
        if root.dep_ == "pobj" and head.lower_ == "by":
            head = head.head
        elif root.dep_ != "poss":
            return False
        return head.pos_ == "NOUN" and head.lemma_.lower() in _HOSTILE_ACTS

    def complement_objects(
        self,
        verb: Token,
        entry: LexiconEntry,
        *,
        own: frozenset[str] = frozenset(),
        partner: bool = False,
    ) -> list[LinkedMention]:
        """Return an object inside the verb's complement clause.

        "offered to hand over the suspects to Britain", "threatened to break off relations
        with Congo", "refused to meet the envoy of Y". Objects that are the subject's own
        (``own``: "agreed to open its borders to UN peacekeepers") are passed over. For a
        relation made with a ``partner`` (an agreement, an offer of help) the object is
        who the act is done with or for: not whom it is against ("ready to act against
        the separatists"), nor what it builds ("agreed to expand their joint force").
        """
        preps = entry.preps | words("to with for from against on")
        if partner:
            preps -= _AGAINST
        # (but "asked whether Y would hold talks" is a question, not a request)
        frontier = [
            c
            for c in dependents(verb)
            if (c.dep_ in ("xcomp", "ccomp") and not _question(c)) or split_infinitive(c)
        ]
        # "rejected an invitation to attend a meeting of Palestinian factions"
        frontier += [
            clause
            for obj in dependents(verb)
            if obj.dep_ in _OBJECT_DEPS and obj.lemma_.lower() in _INVITATIONS
            for clause in dependents(obj)
            if clause.dep_ == "acl" and clause.pos_ == "VERB"
        ]

        def others(found: list[LinkedMention]) -> list[LinkedMention]:
            return [
                m
                for m in found
                if m.actor.id not in own and not (partner and self._hostile_author(m))
            ]

        for _ in range(3):
            following: list[Token] = []
            for clause in frontier:
                finite = not any(c.dep_ == "aux" and c.lower_ == "to" for c in dependents(clause))
                if (
                    clause.dep_ == "ccomp"
                    and finite
                    and any(
                        c.dep_ in ("nsubj", "nsubjpass")
                        and c.pos_ in ("NOUN", "PROPN", "PRON", "NUM")
                        and ((subject := self.linked(c)) is None or subject.actor.id not in own)
                        for c in dependents(clause)
                    )
                ):
                    continue  # "warned that such measures could embolden him", "warned that
                    # Moscow could stoke resentment against the government": the act of
                    # another than the one warning (but "refused to allow UN planes to
                    # land" and "threatened that it would cut aid to Y" are its own)
                if any(c.dep_ == "auxpass" for c in dependents(clause)) and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in dependents(clause)
                ):
                    continue  # "accepted being sent to the United States": an act done
                    # to the subject by others, whose parties are none of its own
                handed = clause.lemma_ in _HANDING
                if (
                    partner
                    and handed
                    and any(
                        c.dep_ in _OBJECT_DEPS and c.lemma_.lower() in _DELEGATIONS
                        for c in dependents(clause)
                    )
                ):
                    continue  # "agreed to send a delegation to Doha": where talks are held
                # "threatened to send Syrian refugees to Europe", "agreed to hand over the
                # fighters to Egypt": what is handed over is no party, its recipient is
                direct: list[LinkedMention] = []
                if not handed and not (partner and clause.lemma_ in _BUILDING):
                    direct = self.direct_objects(clause)
                elif handed:
                    direct = [
                        m
                        for c in dependents(clause)
                        if c.dep_ == "dative"
                        for m in self.actors_of(c)
                        + [a for p in dependents(c) if p.dep_ == "pobj" for a in self.actors_of(p)]
                    ]
                found = others(direct) or others(self.prep_objects(clause, preps))
                if not found:
                    for child in dependents(clause):
                        if child.dep_ in _OBJECT_DEPS:
                            found = others(self.prep_objects(child, preps))
                            if found:
                                break
                if found:
                    return found
                following += [
                    c
                    for c in dependents(clause)
                    if c.dep_ in ("xcomp", "ccomp", "conj", "advcl")
                    # an offer's partner is named in the act offered, or in the help it
                    # gives ("willing to send material to help defend Y"): "offered to pay
                    # Y's relatives to invite her" offers nothing to her
                    and (
                        not partner
                        or c.dep_ == "conj"
                        or c.lemma_ in HELPING_VERBS
                        or clause.lemma_ in HELPING_VERBS
                    )
                ]
            frontier = following
        return []

    def purpose_objects(self, verb: Token, entry: LexiconEntry) -> list[LinkedMention]:
        """Return an object of a purpose clause ("to protest X", "in protest of X")."""
        for child in dependents(verb):
            if (
                child.dep_ in ("advcl", "xcomp")
                and child.pos_ == "VERB"
                # (not "shelled the towns, drawing condemnation from Y": what the act
                # drew from others, who are no target of it)
                and child.lemma_.lower() not in _REACTIONS_DRAWN
                # (not "after Russian troops launched a counteroffensive": a clause of
                # its own, with its own subject or a conjunction of time or cause)
                and not any(
                    c.dep_ in ("nsubj", "nsubjpass") or (c.dep_ == "mark" and c.lower_ != "so")
                    for c in dependents(child)
                )
            ):
                found = self.direct_objects(child) or self.prep_objects(child, entry.preps)
                if found:
                    return found
            if child.dep_ == "prep" and child.lower_ in ("in", "for"):
                for pobj in dependents(child):
                    if pobj.dep_ == "pobj" and is_event_noun(pobj.lemma_):
                        found = self.prep_objects(pobj, entry.preps)
                        if not found and entry.judges_acts:
                            found = self.act_authors(pobj, entry.preps)
                        if found:
                            return found
        return []

    def act_authors(self, token: Token, preps: frozenset[str]) -> list[LinkedMention]:
        """Return who carried out the acts a protest or a judgement is about.

        "in protest against the violations by Algerian security forces", "in protest of
        the Russian government's refusal": the author ("by", an acting participle's
        agent, or the possessor) of the act named after ``preps``.
        """
        for prep in dependents(token):
            if prep.dep_ != "prep" or prep.lower_ not in preps:
                continue
            for act in dependents(prep):
                if act.dep_ != "pobj":
                    continue
                found = self.prep_objects(act, _AUTHOR_PREPS) or self.event_agent(act)
                if not found:
                    found = [
                        m for c in dependents(act) if c.dep_ == "poss" for m in self.actors_of(c)
                    ]
                if found:
                    return found
        return []

    def clausal_objects(self, verb: Token) -> list[LinkedMention]:
        """Return the subject of the verb's complement ("demanded that Y stop").

        A subject that names an act or a thing stands for whom its "of" phrase names
        ("demanded that control of the Interior Ministry be taken away").
        """
        for child in dependents(verb):
            # (a noun's content clause: "Moscow's demand that Ukraine withdraw", in the
            # subjunctive or with a modal; "the demand that Ukraine rejected" is relative)
            content = (
                child.dep_ == "acl"
                and verb.pos_ == "NOUN"
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in dependents(child))
                and (
                    child.tag_ == "VB"
                    or any(c.dep_ == "aux" and c.lower_ in _MODALS for c in dependents(child))
                )
            )
            if child.dep_ in ("ccomp", "xcomp") or content:
                if _question(child):
                    continue  # "asked whether Islamabad would hold talks": a question
                for grandchild in dependents(child):
                    if grandchild.dep_ in ("nsubj", "nsubjpass"):
                        return self.actors_of(grandchild) or self.prep_objects(grandchild, _OF)
        return []

    def place_objects(
        self, token: Token, preps: frozenset[str] = frozenset({"in", "into", "from"})
    ) -> list[LinkedMention]:
        """Return states named as the place of the act ("lifted the curfew in Y")."""
        for scope in (token, *(c for c in dependents(token) if c.dep_ in _OBJECT_DEPS)):
            for child in dependents(scope):
                if child.dep_ == "prep" and child.lower_ in preps:
                    for pobj in dependents(child):
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
        only = entry.only_preps.get(noun.lemma_.lower())
        if only is not None:
            return only
        return entry.preps | entry.noun_preps.get(noun.lemma_.lower(), frozenset())
