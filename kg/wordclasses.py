"""Word classes shared by the stages that read the parse (resolve, extract).

Each list is kept once, here; the stages import it.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from functools import cache
from typing import Any, TypeVar

import numpy
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

T = TypeVar("T")

__all__ = [
    "ADVERSARIES",
    "AGENT_OBJECT_VERBS",
    "AID_NOUNS",
    "ALLEGATIONS",
    "ALLEGING_VERBS",
    "APPEAL_NOUNS",
    "ARMED_GROUP_WORDS",
    "ARMS",
    "AUXILIARIES",
    "BACKING_NOUNS",
    "BODY_WORDS",
    "BUILDINGS",
    "CENSURES",
    "CENSURING_VERBS",
    "CHARGED_ACTS",
    "CHARGED_TO",
    "CHARGING_VERBS",
    "CIVIL_GROUP_WORDS",
    "CLAIM_NOUNS",
    "COMMUNITIES",
    "COMPASS_PARTS",
    "CONDEMNED_DEEDS",
    "COUNTING_NOUNS",
    "CRAFT",
    "DEMAND_NOUNS",
    "DIVISIONS",
    "FALSITY",
    "FIRST_PERSON_PLURAL",
    "FIRST_PERSON_SINGULAR",
    "FOLLOWER_NOUNS",
    "FORMER",
    "HARM_VERBS",
    "HELPING_VERBS",
    "KINSHIP",
    "LANDFORMS",
    "LEADERSHIP_BODIES",
    "LEADING_OFFICES",
    "LINKED_ACTS",
    "LOCAL_OFFICES",
    "LOCAL_QUALIFIERS",
    "MEMBER_OFFICES",
    "MILITARY_RANKS",
    "NAMING_VERBS",
    "NEGATIVE_EVALUATIONS",
    "NEWS_OUTLETS",
    "NEWS_OUTLET_ENDINGS",
    "NOT_YET",
    "OFFICES",
    "OUTLAW_NOUNS",
    "PATIENT_ACTS",
    "PREMISES",
    "PROFESSIONS",
    "PURSUING_VERBS",
    "PURSUIT_NOUNS",
    "QUOTES",
    "RECEIVING_VERBS",
    "RECOGNISING_VERBS",
    "RELEASE_ACTS",
    "REPRESSING_VERBS",
    "RETALIATION_NOUNS",
    "RETALIATION_VERBS",
    "ROLE_NOUNS",
    "SEALING_VERBS",
    "SEIZING_ACTS",
    "SERIES_NOUNS",
    "SPEECH_VERBS",
    "STATEMENT_NOUNS",
    "STATE_OFFICES",
    "STREETS",
    "STRIVING_FOR",
    "THINGS",
    "TITLE_MODIFIERS",
    "TITLE_WORDS",
    "UNITS",
    "VENUE_NOUNS",
    "WEAPONS",
    "WITHDRAWN_FORCES",
    "active_finite",
    "attribute_index",
    "attribute_values",
    "called_names",
    "char_span",
    "class_tokens",
    "conjuncts_of",
    "counts",
    "dependents",
    "doc_text",
    "entities",
    "labelled",
    "lower_words",
    "per_doc",
    "pobjs",
    "positions",
    "read_sentences_once",
    "sentence_bounds",
    "sentence_spans",
    "sentences_ahead",
    "sentences_back",
    "tokens_with",
    "word_ids",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: English auxiliary verbs: an acronym spelt as one of them ("IS") is read as a verb.
AUXILIARIES = _words(
    "am are is was were be been being do does did has have had can could will would may "
    "might must shall should"
)

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
#: Nouns of offices and posts a person holds in an organisation or a state.
OFFICES = _words(
    """
president minister secretary spokesman spokeswoman spokesperson commander leader chief
general ambassador envoy king queen prince princess emir premier head director chairman
chairwoman chairperson chair speaker governor mayor official adviser advisor counsellor
counselor chancellor negotiator representative deputy fellow professor researcher analyst
economist ceo founder co-founder cofounder executive manager editor correspondent lawmaker
senator congressman congresswoman legislator member judge prosecutor attorney officer
coordinator commissioner administrator inspector strategist scholar lecturer
vice-president governor-general secretary-general sheikh ayatollah cleric colonel
lieutenant major captain admiral marshal brigadier sergeant commissar ombudsman rapporteur
delegate attache consul superintendent provost dean rector counterpart ruler monarch sultan
diplomat
co-president
"""
)
#: Military ranks, which name no organisation: "Lieutenant General X", "Col. Y".
MILITARY_RANKS = _words(
    "general lieutenant colonel major captain admiral marshal brigadier sergeant commodore "
    "gen. lt. col. maj. capt. adm. brig. sgt."
)
#: Words that qualify an office in a title: "prime minister", "foreign secretary".
TITLE_MODIFIERS = _words(
    """
foreign defense defence interior prime vice state army military senior top supreme crown
deputy acting interim permanent special chief presidential parliamentary royal
"""
)
#: The words of a title: "US Defense Secretary", "Saudi Crown Prince".
TITLE_WORDS = OFFICES | TITLE_MODIFIERS
#: Offices of a profession, which a state's name before them does not make the state's
#: ("French researcher X", "an Iranian cleric": of France and Iran, not officials of them).
PROFESSIONS = _words(
    """
fellow professor researcher analyst economist ceo founder co-founder cofounder executive
manager editor correspondent strategist scholar lecturer cleric provost dean rector
"""
)
#: Offices that make their holder a leader of the organisation.
LEADING_OFFICES = _words(
    "leader head chief founder co-founder cofounder commander emir chairman chairwoman chairperson "
    "secretary-general"
)
#: Offices of a place's own administration: "Kharkiv Mayor X", "Borno State Governor Y"
#: hold an office of the state the place lies in.
LOCAL_OFFICES = _words("governor mayor commissioner prefect premier administrator")
#: Words that make any office one of a place's own administration ("provincial leader").
LOCAL_QUALIFIERS = _words("provincial regional municipal district city county")
#: Adjectives of a part of a country: "the leader of eastern Libya" leads no state.
COMPASS_PARTS = _words(
    "eastern western northern southern central northeastern northwestern southeastern "
    "southwestern north-eastern north-western south-eastern south-western"
)
#: Nouns of a unit of a larger body: "the U.N. mission", "the World Bank's office in
#: Kenya" (whose head is an official of the body, not its leader).
UNITS = _words(
    "office offices mission missions delegation branch wing bureau department division unit "
    "section chapter desk cell centre center programme program"
)
#: Nouns of a body of an organisation that a title may follow, after the organisation's
#: name: "ECOWAS Commission President X", "the AU Peace and Security Council chair".
BODY_WORDS = UNITS | _words(
    "ministry commission council secretariat assembly parliament committee board court agency "
    "authority senate congress cabinet"
)
#: Nouns of a people or a community, which holds no offices: "the Druze community,
#: whose spiritual leader ..." (its leader is no official of an organisation).
COMMUNITIES = _words("community communities population populations minority minorities diaspora")
#: Offices that make their holder a member.
MEMBER_OFFICES = _words("member members lawmaker senator legislator delegate")
#: Bodies of an organisation's leadership: a member of one named before the title is an
#: official of the whole ("Hamas political bureau member X", "politburo member Y").
LEADERSHIP_BODIES = _words("bureau politburo presidium council committee board cabinet shura")
#: People who back an actor without being part of it: "supporters of X", "Hamas
#: supporters", "the TPLF's loyalists".
FOLLOWER_NOUNS = _words("supporter follower loyalist sympathizer sympathiser partisan")
#: People set against someone, who stand for no act of theirs: "arrested Y's critics",
#: "jailed enemies of Y" coerce them, not Y.
ADVERSARIES = _words(
    "critic critics opponent opponents rival rivals enemy enemies foe foes adversary adversaries"
)
#: Nouns of kinship: "detained X's son" acts on the son; "Lai's son Sebastien" is a person.
KINSHIP = _words(
    "son sons daughter daughters wife husband brother brothers sister sisters father "
    "mother nephew niece cousin grandson granddaughter widow relative relatives"
)
#: Offices of a state's government, the state's own when no organisation is named
#: ("Defense Minister X said" in an article about one state).
STATE_OFFICES = _words("minister president premier chancellor vice-president")
#: Words that make an office one not held yet ("Deputy President nominee X").
NOT_YET = _words("nominee candidate hopeful contender designate elect president-elect")
#: Acts done to the person their "of" phrase or possessive names, not by them: "the
#: release of X", "X's extradition" ask nothing of X (but of whoever holds X).
RELEASE_ACTS = _words("release extradition handover repatriation")
#: Verbs of a censure of a state or body, to which a demand joined to them is made
#: ("suspended Gabon and demanded the release of the president"; rules
#: censured-and-demanded, demanded-and-censured).
CENSURING_VERBS = _words(
    "accuse condemn criticize criticise denounce blame summon suspend sanction censure rebuke"
)
#: Acts done to the one their "of" phrase or possessor names: "the expulsion of the
#: ambassador", "his arrest" (kg.extract.arguments; the rule drew-criticism).
PATIENT_ACTS = _words(
    "expulsion arrest detention deportation extradition execution abduction kidnapping "
    "capture prosecution trial"
)
#: Acts of taking a place: "the M23's seizure of Goma" is the M23's act, Goma only the place
#: taken (kg.extract.arguments).
SEIZING_ACTS = _words("capture seizure takeover recapture occupation conquest annexation")
#: Nouns of a part one takes in an act: "his alleged role in supporting the M23".
ROLE_NOUNS = _words("role part involvement hand complicity")
#: Words that end the name of a state's division: "Borno State", "Ituri province".
DIVISIONS = _words("state province district region county governorate prefecture oblast")
#: Participles that charge an act to someone: "a strike blamed on Israel", "attributed
#: to the RSF".
CHARGED_TO = _words("blame attribute")
#: News outlets by name, and the words that end one's name ("Anadolu news agency",
#: "Kyiv Post"): one speaks to them for the public, no consultation between actors.
NEWS_OUTLETS = _words(
    """
reuters afp ap voa bbc cnn xinhua tass ria interfax anadolu irna kcna yonhap kyodo nhk
sputnik rt bernama antara sana wafa isna fars tasnim mehr aljazeera al-jazeera news press
"""
)
NEWS_OUTLET_ENDINGS = _words(
    "times post tribune herald journal gazette telegraph guardian radio television tv "
    "channel broadcaster newspaper magazine"
)
#: Nouns a place's name may qualify as where the thing was made or happened: "the Doha
#: declaration", "the Pretoria agreement", "the Banjska attack", "the Saratov plant" name
#: a venue or site, no party (kg.extract).
VENUE_NOUNS = _words(
    "agreement agreements accord accords declaration communique protocol memorandum "
    "process format talks summit conference framework deal attack attacks massacre "
    "bombing raid siege incident plant refinery"
)
#: Words that end the name of a square or a street: "Tahrir Square", "Plaza Murillo"
#: (first), "Nevsky Avenue" are places, however the model labels them.
STREETS = _words("square plaza piazza avenue boulevard street")
#: Words that end the name of a landform or water: "Scarborough Shoal", "Golan Heights",
#: "Mount Sinjar" (first) are places, however the model labels them.
LANDFORMS = _words(
    "shoal shoals reef reefs atoll atolls island islands isle isles archipelago peninsula "
    "mountain mountains mount hills heights valley plateau desert river lake delta cape"
)
#: Words that put an office in the past: "former ambassador".
FORMER = _words("former ex- ex late then onetime one-time erstwhile ousted deposed retired")
#: Nouns of claims and statements, which stand for whoever made them ("rejected
#: Pakistan's assertions" rejects Pakistan).
#: Nouns of a charge laid on someone: "allegations by X linking the attack to Y"
#: (kg.patterns.toml, linked-to).
ALLEGATIONS = _words("allegation allegations accusation accusations claim claims charge charges")
#: Acts a claim links to an author: "linked the bombing to Y" (kg.patterns.toml,
#: linked-to).
LINKED_ACTS = _words(
    "attack attacks bombing bombings killing killings assassination explosion blast strike "
    "strikes massacre kidnapping plot hack hijacking ambush raid shooting sabotage"
)
#: Nouns of a demand: "a call by Egypt for Ethiopia to halt ..." (kg.patterns.toml,
#: call-for-to).
DEMAND_NOUNS = _words(
    "demand demands request requests ultimatum ultimatums appeal appeals plea pleas call calls"
)
#: Documents and messages a statement is made in: "said in a report that ..."
#: (kg.patterns.toml, said-hostile-act).
STATEMENT_NOUNS = _words(
    "report statement letter post interview briefing communique communiqué speech address "
    "message note filing complaint submission"
)
CLAIM_NOUNS = _words(
    "claim claims allegation allegations accusation accusations assertion assertions charge "
    "charges report reports statement statements remark remarks comment comments"
)
#: Words that condemn what they describe: "called the claims baseless".
NEGATIVE_EVALUATIONS = _words(
    """
baseless unfounded groundless false fabricated absurd ridiculous egregious insulting
irresponsible illegal unlawful illegitimate unacceptable dangerous provocative reckless
hostile aggressive outrageous shameful disgraceful criminal terrorist barbaric cowardly
heinous destabilizing destabilising lies lie propaganda slander nonsense violation
provocation provocations threat crime mistake aggression criminals terrorists occupation
occupiers aggressors murderers thugs genocide liar liars aggressor troublemaker
warmonger warmongers dictator dictators tyrant tyrants traitor traitors
betrayal treason blackmail piracy hypocrisy hypocritical sham farce unjust unjustified
unwarranted unprovoked brutal inhumane despicable deplorable reprehensible abhorrent
atrocity atrocities massacre interference meddling sabotage intimidation bullying
insult affront puppet puppets mercenaries bandits gangsters pirates thieves cowards
regrettable unfriendly inflammatory disrespectful arrogant appalling
scandalous counterproductive irrational pretext
"""
)
#: Of those, the words that deny what a claim says ("called the claims baseless" rejects
#: them); the rest censure ("called the remarks insulting" accuses whoever made them).
FALSITY = _words(
    "baseless unfounded groundless false fabricated absurd ridiculous lies lie propaganda "
    "slander nonsense untrue misleading"
)
CENSURES = NEGATIVE_EVALUATIONS - FALSITY
#: Nouns (lemmas) that condemn a deed as they name it, so that whoever speaks of "Y's
#: atrocities" (the crimes committed by Y, the brutality of Y) charges Y with them
#: (kg.patterns.toml, condemned-deed); not neutral deeds ("Y's attacks", "Y's offensive").
CONDEMNED_DEEDS = _words(
    """
atrocity crime aggression brutality barbarity barbarism cruelty lie propaganda
provocation genocide terror terrorism abuse violation repression oppression persecution
interference meddling piracy massacre bloodshed crackdown
"""
)
#: Nouns of appeals (lemmas): "renewed its call on Y to release X" asks Y, for what is not
#: done yet; so does pressure ("stepped up pressure on Y to sign a deal with Z").
APPEAL_NOUNS = _words("call appeal demand request plea pressure")
#: Nouns of material aid, whose giver aids whoever receives it.
AID_NOUNS = _words(
    """
aid assistance loan loans funding funds financing grant grants credit credits donation
donations weapons arms ammunition munitions equipment training supplies vaccines package
packages bailout bailouts relief support
tank tanks missile missiles drone drones rocket rockets shell shells jet jets warplane warplanes
helicopter helicopters artillery howitzer howitzers rifle rifles aircraft vehicles vessels boats
troop troops reinforcement reinforcements
"""
)
#: Participles that give a noun its name: "a militia called X", "a group known as X".
NAMING_VERBS = _words("call name know dub")


def active_finite(verb: Token) -> bool:
    """Whether a verb is finite and active: "moved", "has fought" (not "funded by Y").

    A verb joined to another with no subject of its own shares that verb's subject.
    """
    if any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if verb.tag_ in ("VBD", "VBZ", "VBP"):
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


#: Nouns that count people: "dozens of soldiers", "scores of policemen".
COUNTING_NOUNS = _words("dozen score hundred thousand ten handful number")
#: Nouns of a run or a bundle of like acts, which stand for the acts after "of": "a wave
#: of Russian strikes", "a fresh round of sanctions", "the EU's 16th package of sanctions".
SERIES_NOUNS = _words(
    "wave series barrage spate string volley salvo round flurry hail "
    "package slew raft host batch tranche"
)


def counts(token: Token) -> bool:
    """Whether ``token`` counts what its "of" phrase names: "dozens", "100", "a number"."""
    return token.pos_ == "NUM" or token.lemma_.lower() in COUNTING_NOUNS


def pobjs(token: Token, *preps: str) -> list[Token]:
    """Return the objects of ``token``'s prepositions, of those spelled ``preps`` if given.

    "Y" of "the leader of Y" (``pobjs(leader, "of")``), "X" of "loyal to X".
    """
    return [
        pobj
        for prep in token.children
        if prep.dep_ == "prep" and (not preps or prep.lower_ in preps)
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]


def called_names(participle: Token) -> list[Token]:
    """Return the names a naming participle gives its noun ("called X", "known as X")."""
    if participle.dep_ != "acl" or participle.lemma_.lower() not in NAMING_VERBS:
        return []
    return [c for c in participle.children if c.dep_ == "oprd"] + pobjs(participle, "as")


#: Nouns of backing given a side: "with the backing of Y", "with funding from Y",
#: "support for Y in its war" (kg.extract.frames, kg.extract.arguments, kg.resolve.links).
BACKING_NOUNS = _words("support backing help assistance aid funding financing")
#: Verbs of help to a side: in "backed the SDF in its fight against Y", the possessive
#: of the phrase "in its ..." is the side helped.
HELPING_VERBS = _words("back support help aid assist arm train equip fund finance")
#: Verbs of receiving: their subject is the recipient of what is given.
RECEIVING_VERBS = _words("receive get obtain accept secure take rack win")
#: Verbs that govern an event noun their subject means to carry out or take part in, not
#: done yet: "is eyeing an agreement with Y", "wants a new deal with Y", "is preparing an
#: offensive against Y", "pledged support for Y" (kg.extract.frames reads the noun with
#: the verb's subject as its author, kg.extract.context as an intent).
PURSUING_VERBS = _words(
    "want eye covet envisage contemplate explore prepare plot pledge promise vow offer"
)
#: Verbs and adjectives of striving for an event not there yet, with the prepositions
#: that name it: "is pushing for a peace treaty with Y", "is open to talks with Y", "is
#: working toward an agreement with Y" (kg.extract.context reads an intent; for a verb,
#: kg.extract.frames reads its subject as a party to a symmetric event).
STRIVING_FOR: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        ("push", "lobby", "campaign", "hope", "angle", "strive", "look", "eager", "keen", "ready"),
        _words("for"),
    ),
    **dict.fromkeys(("work", "move", "head"), _words("toward towards")),
    "aim": _words("for at"),
    "open": _words("to"),
}
#: Nouns of a pursuit of an event not there yet: "Bolivia's bid for a trade deal with Y",
#: "announced plans for joint patrols with Y" (kg.extract.frames: the pursuer is the
#: event's party; kg.extract.context: an intent).
PURSUIT_NOUNS = _words(
    "plan plans bid bids attempt attempts effort efforts offer proposal proposals push drive "
    "quest hope hopes"
)
#: Verbs that conclude an agreement their subject is a party to: "inked a mining deal
#: with Y", "clinched a border deal with Y" (kg.extract.frames).
SEALING_VERBS = _words("ink finalise finalize clinch seal cement")
#: What a state withdraws or pulls out: "pulled its troops out of Y", "withdrew its
#: military personnel" (kg.extract.frames, the rule pulled-out-of).
WITHDRAWN_FORCES = _words(
    "troop troops soldier soldiers force forces unit units contingent personnel fighter "
    "fighters peacekeeper peacekeepers diplomat diplomats staff military army"
)
#: Verbs of harm done to their object ("militants killed 12 soldiers", "ambushed an army
#: patrol", "shelled its positions"): the victims of an armed group (kg.resolve).
HARM_VERBS = _words(
    "attack strike hit kill ambush shell bomb raid storm overrun target wound injure kidnap "
    "abduct capture seize besiege destroy execute behead massacre murder assault shoot torch "
    "burn loot overwhelm rout encircle surround"
)
#: Acts a party says it will do if another acts ("will strike Beirut if Hezbollah fires",
#: "will impose tariffs unless Canada drops its own"): a threat to the other, the subject
#: of the condition (kg.patterns, the rule conditional-threat).
RETALIATION_VERBS = _words(
    "attack strike bomb shell hit target raid invade destroy kill punish retaliate crush "
    "annihilate obliterate expel sanction impose blockade seize"
)
#: A response held out to another: "vowed a tough response against Y", "promised revenge
#: for Y's strike" (a threat, kg.patterns vowed-retaliation; no agreement with Y).
RETALIATION_NOUNS = _words(
    "response retaliation revenge reprisal reprisals retribution vengeance punishment "
    "consequence consequences"
)
#: Verbs of a state's repression of people: "jailed two dozen activists", "stripped 135
#: opponents of their citizenship" (kg.resolve.composite: the opponents are the state's).
REPRESSING_VERBS = _words(
    "arrest detain jail imprison sentence convict prosecute deport exile expel strip "
    "disperse round crack persecute harass intimidate silence ban"
)
#: Verbs of recognising an authority: "recognize the jurisdiction of the ICJ" (a backing
#: of it), "does not recognize the court" (withheld, a rejection; kg.extract).
RECOGNISING_VERBS = _words("recognize recognise acknowledge")
#: Verbs that charge their object with an act in an "of" phrase: "accused the militia of
#: attacking its base" (kg.resolve).
CHARGING_VERBS = _words("accuse blame charge suspect")
#: Verbs whose object is someone who acts, never a thing: "Manila accused it of dangerous
#: manoeuvres", "Seoul urged it to return to talks" (kg.resolve: "it" is then an actor
#: named before, not the thing a sentence's "it" mostly is). Not "blame" ("blamed it on
#: the rebels": the event), nor "criticise" ("criticised it as biased": the report).
AGENT_OBJECT_VERBS = _words("accuse suspect urge press warn")
#: Acts that, reported of someone, charge them: "Kabul said Pakistani jets had bombed
#: villages", "Nairobi said Kampala was cheating its traders".
CHARGED_ACTS = _words(
    """
attack bomb shell strike kill massacre execute torture abduct kidnap loot rape violate
breach plot destabilise destabilize meddle interfere arm harbour harbor shelter invade
target orchestrate sponsor incite smuggle persecute mastermind terrorize terrorise shoot
raid ambush assassinate murder besiege blockade starve torch cheat steal rob
undermine obstruct sabotage harass intimidate oppress repress detain intrude encroach trespass
infiltrate provoke ram bombard blackmail
"""
)
#: Verbs that report a charge: "Kabul said Pakistani jets had bombed ..." (the rule
#: said-hostile-act).
ALLEGING_VERBS = _words("say claim allege charge insist assert tell contend maintain")
#: Words that describe a group as armed and outside the state: "a new armed group known as
#: Lakurawa" (kg.resolve.links); "two Mexican cartel leaders" are no officials of Mexico
#: (kg.extract.arguments).
ARMED_GROUP_WORDS = _words(
    "armed militia militias rebel rebels militant jihadist insurgent gang gangs cartel "
    "cartels paramilitary guerrilla separatist terrorist criminal extremist"
)
#: Outlaws whom no actor names: "killed 15 bandits in Zamfara", "fought gangs in
#: Port-au-Prince" (kg.extract.frames: an attack on them is no attack on the state where
#: it happens), beside the agent lexicon's armed sectors outside the state.
OUTLAW_NOUNS = ARMED_GROUP_WORDS | _words(
    "bandit bandits pirate pirates kidnapper kidnappers smuggler smugglers trafficker "
    "traffickers poacher poachers gangster gangsters jihadists militants insurgents "
    "terrorists extremists separatists guerrillas"
)
#: Buildings, which never become actors, whatever NER makes of "Mosques" opening a
#: sentence (acts on them are acts on their owners: ``kg.extract.arguments.TARGET_NOUNS``).
BUILDINGS = _words(
    """
mosque mosques church churches temple temples synagogue synagogues school schools hospital
hospitals university universities building buildings house houses shop shops market markets
"""
)
#: Weapons and their systems: a name the model found before one ("Patriot systems",
#: "Kinzhal missiles", "HIMARS launchers") names the weapon, no actor (kg.resolve.links).
WEAPONS = _words(
    """
system systems missile missiles launcher launchers rocket rockets drone drones tank tanks
jet jets warplane warplanes helicopter helicopters interceptor interceptors battery
batteries warhead warheads howitzer howitzers rifle rifles munition munitions bomb bombs
submarine submarines frigate frigates destroyer destroyers warship warships aircraft
"""
)
#: Civilian premises, whose raid or search is a police measure: "raided the offices of
#: Y", "searched the homes of activists" (kg.extract).
PREMISES = _words(
    """
office offices premises bureau newsroom studio studios home homes house houses residence
residences apartment flat headquarters
"""
)
#: What fighters fight with, weapons and the improvised arms of a street fight: "fought
#: with sticks and machetes" names arms, no side (kg.extract).
ARMS = WEAPONS | _words(
    """
stick sticks machete machetes knife knives gun guns firearm firearms stone stones rock rocks
rod rods club clubs bat bats sword swords axe axes spear spears grenade grenades bullet bullets
brick bricks pistol pistols mortar mortars artillery weapon weapons arm arms fist fists
"""
)
#: Ships and aircraft, whose movements are no meeting: "visits by Chinese research
#: vessels to Sri Lankan ports" (kg.extract).
CRAFT = WEAPONS | _words(
    "vessel vessels ship ships boat boats tanker tankers carrier carriers plane planes"
)
#: Things a story's "it" may stand for before an actor named near them: craft, vehicles
#: and buildings ("A Russian cargo plane crashed. Moscow said it had been shot down":
#: the plane, kg.resolve).
THINGS = (
    CRAFT
    | BUILDINGS
    | _words("ferry ferries train trains bus buses truck trucks car cars lorry lorries airliner")
)
#: Modifiers that make "the group", "the organisation" a civil one: "the rights group",
#: "the aid organisation" (kg.resolve: an organisation, never an armed group).
CIVIL_GROUP_WORDS = _words(
    "rights aid humanitarian advocacy relief charity monitoring watchdog medical "
    "press media environmental campaign lobby"
)
#: Quotation marks, straight and curly.
QUOTES = frozenset({'"', "“", "”", "„", "«", "»"})


@cache
def word_ids(words: frozenset[str]) -> frozenset[int]:
    """Return the ids spaCy's token attributes hold for ``words`` (once per set).

    A string hash, except for the strings that are spaCy's own symbols ("agent",
    "number", "mark"), whose ids are their symbols' numbers. The sets asked for are the
    word classes and the pattern file's word lists: a fixed number per process.

    >>> word_ids(frozenset({"number"})) == frozenset({432})
    True
    """
    return frozenset(get_string_id(w) for w in words)


def positions(doc: Doc, words: frozenset[str], *, attrs: tuple[str, ...] = ("LOWER",)) -> list[int]:
    """Return the indices of the tokens whose attribute is one of ``words``, in order.

    Read from the doc's tokens sorted into every word class at once
    (:func:`class_tokens`) instead of a loop over every token (which builds a ``Token``
    each) for each class. The list is shared between the stages that ask for it: it
    must not be changed.
    """
    found: dict[tuple[frozenset[str], tuple[str, ...]], list[int]]
    cached = _LAST_DOC.get("positions")  # per_doc, inlined: asked some forty times a doc
    if cached is not None and cached[0] is doc:
        found = cached[1]
    else:
        found = {}
        _LAST_DOC["positions"] = (doc, found)
    key = (words, attrs)
    indices = found.get(key)
    if indices is None:
        hashes = word_ids(words)
        if len(attrs) == 1:
            indices = class_tokens(doc, attrs[0], hashes)
        else:
            indices = sorted({i for attr in attrs for i in class_tokens(doc, attr, hashes)})
        found[key] = indices
    return indices


#: The sets of values that :func:`class_tokens` was asked for, numbered, by attribute.
_CLASSES: dict[str, dict[frozenset[int], int]] = {}
#: attribute -> value -> the numbers of the sets of :data:`_CLASSES` that hold it.
_MEMBERS: dict[str, dict[int, list[int]]] = {}
#: Held while a set is numbered, and while the sets numbered so far are counted (the
#: API extracts in several threads).
_NUMBERING = threading.Lock()
_NONE: list[int] = []


def class_tokens(doc: Doc, attr: str, values: frozenset[int]) -> list[int]:
    """Return the indices of the tokens whose attribute ``attr`` is one of ``values``.

    In order, as :func:`tokens_with`, for a set kept for the process's life (a word
    class, a pattern's words): each such set is numbered once, and a doc's tokens are
    sorted into all the numbered sets in one pass, the first time one is asked for.
    The list is shared: it must not be changed.
    """
    numbers = _CLASSES.get(attr)
    number = None if numbers is None else numbers.get(values)
    if number is None:
        number = _number(attr, values)
    key = "classes:" + attr
    cached = _LAST_DOC.get(key)  # per_doc, inlined
    table: dict[int, list[int]]
    if cached is not None and cached[0] is doc:
        table, sorted_into = cached[1]
    else:
        with _NUMBERING:
            sorted_into = len(_CLASSES[attr])
        table = _sort_into_classes(attribute_values(doc, attr), _MEMBERS[attr], sorted_into)
        _LAST_DOC[key] = (doc, (table, sorted_into))
    found = table.get(number)
    if found is None:
        if number < sorted_into:
            return _NONE  # no token of the doc is in the set
        # a set first asked for after the doc's tokens were sorted
        found = table[number] = [
            i for i, value in enumerate(attribute_values(doc, attr)) if value in values
        ]
    return found


def _number(attr: str, values: frozenset[int]) -> int:
    """Number a set of values of ``attr`` for :func:`class_tokens` (once)."""
    with _NUMBERING:
        numbers = _CLASSES.setdefault(attr, {})
        number = numbers.get(values)
        if number is None:
            number = numbers[values] = len(numbers)
            members = _MEMBERS.setdefault(attr, {})
            for value in values:
                members.setdefault(value, []).append(number)
        return number


def _sort_into_classes(
    column: list[int], members: dict[int, list[int]], count: int
) -> dict[int, list[int]]:
    """Return the tokens of each of the first ``count`` numbered sets that holds one."""
    table: dict[int, list[int]] = {}
    for i, value in enumerate(column):
        numbers = members.get(value)
        if numbers is not None:
            for number in numbers:
                if number >= count:
                    break  # numbered since the count (numbers grow along each list)
                found = table.get(number)
                if found is None:
                    table[number] = [i]
                else:
                    found.append(i)
    return table


def tokens_with(doc: Doc, attr: str, values: AbstractSet[int]) -> list[int]:
    """Return the indices of the tokens whose attribute ``attr`` has one of ``values``.

    In order: for as many values as the doc has tokens or more, from a scan of the
    doc's values of that attribute; for fewer, from the doc's index of them.
    """
    column = attribute_values(doc, attr)
    if len(values) >= len(column):
        return [i for i, value in enumerate(column) if value in values]
    where = attribute_index(doc, attr)
    return sorted(i for value in values for i in where.get(value, ()))


#: Per-doc tables of the doc extraction is reading, by name: extraction asks many
#: questions of one doc, then moves to the next.
_LAST_DOC: dict[str, tuple[Doc, Any]] = {}


def per_doc(name: str, doc: Doc, build: Callable[[Doc], T]) -> T:
    """Return ``build(doc)``, built once for the doc last asked about under ``name``."""
    cached = _LAST_DOC.get(name)
    if cached is not None and cached[0] is doc:
        return cached[1]  # type: ignore[no-any-return]
    value = build(doc)
    _LAST_DOC[name] = (doc, value)
    return value


def dependents(token: Token) -> tuple[Token, ...]:
    """Return ``token.children``: the token's dependents, in order, read once per doc.

    spaCy's ``Token.children`` walks the token's subtree and makes a new ``Token`` for each
    dependent at every call, and extraction asks for the dependents of the same words
    hundreds of times a doc; here one ``Token`` per word is made once and shared (equal to
    spaCy's, ``==``, but the same object at each call). Extraction never changes a parse.
    """
    doc = token.doc
    cached = _LAST_DOC.get("dependents")  # per_doc, inlined
    if cached is None or cached[0] is not doc:
        cached = (doc, _dependents(doc))
        _LAST_DOC["dependents"] = cached
    table: list[tuple[Token, ...]] = cached[1]
    return table[token.i]


def _dependents(doc: Doc) -> list[tuple[Token, ...]]:
    tokens = list(doc)
    found: list[list[Token]] = [[] for _ in tokens]
    for i, head in enumerate(attribute_values(doc, "HEAD")):
        if head != i:
            found[head].append(tokens[i])
    return [tuple(words) for words in found]


def conjuncts_of(token: Token) -> tuple[Token, ...]:
    """Return ``token.conjuncts``, read once per word of a doc.

    spaCy walks up to the first conjunct and down its right dependents at each call;
    extraction asks for the conjuncts of the same words many times a doc.
    """
    doc = token.doc
    cached = _LAST_DOC.get("conjuncts")  # per_doc, inlined
    if cached is None or cached[0] is not doc:
        cached = (doc, {})
        _LAST_DOC["conjuncts"] = cached
    known: dict[int, tuple[Token, ...]] = cached[1]
    found = known.get(token.i)
    if found is None:
        found = known[token.i] = tuple(token.conjuncts)
    return found


def entities(doc: Doc) -> tuple[Span, ...]:
    """Return the doc's entities, read once per doc (``Doc.ents`` makes every span anew)."""
    return per_doc("ents", doc, lambda d: tuple(d.ents))


def attribute_index(doc: Doc, attr: str) -> dict[int, tuple[int, ...]]:
    """Return the indices of the tokens of each value of an attribute ("LOWER", ...)."""
    cached = _LAST_DOC.get(attr)  # per_doc, inlined: asked some twenty times per doc
    if cached is not None and cached[0] is doc:
        return cached[1]  # type: ignore[no-any-return]
    return per_doc(attr, doc, lambda d: _index(attribute_values(d, attr)))


def labelled(doc: Doc, attr: str, labels: frozenset[str]) -> list[int]:
    """The indices of the tokens whose ``attr`` ("DEP", "TAG") is one of ``labels``.

    Read from the doc's tokens sorted into every set of labels at once
    (:func:`class_tokens`), as :func:`positions` reads word classes. The list is shared:
    it must not be changed.
    """
    return class_tokens(doc, attr, word_ids(labels))


#: The attributes read together, in one array, the first time one of them is asked of
#: a doc: extraction asks for most of them (the word classes, the pattern matcher), and
#: one ``Doc.to_array`` of all costs about what two of one column each do.
_COLUMNS = ("LEMMA", "LOWER", "ORTH", "POS", "TAG", "DEP", "ENT_TYPE", "HEAD", "SENT_START")
_COLUMN_SET = frozenset(_COLUMNS)
_HEAD_COLUMN = _COLUMNS.index("HEAD")


def attribute_values(doc: Doc, attr: str) -> list[int]:
    """Return each token's value of an attribute ("LOWER", ...), read once per doc.

    ``HEAD`` is each token's head as an index (itself for a root), not spaCy's offset.
    """
    key = "values:" + attr
    cached = _LAST_DOC.get(key)  # per_doc, inlined
    if cached is not None and cached[0] is doc:
        return cached[1]  # type: ignore[no-any-return]
    if attr in _COLUMN_SET:
        _read_columns(doc)
        return _LAST_DOC[key][1]  # type: ignore[no-any-return]
    return per_doc(key, doc, lambda d: d.to_array(attr).tolist())


def _read_columns(doc: Doc) -> None:
    """Read the values of every attribute of :data:`_COLUMNS` into the per-doc tables."""
    if len(doc) == 0:
        rows: list[list[int]] = [[] for _ in _COLUMNS]
    else:
        array = doc.to_array(list(_COLUMNS))
        # HEAD holds offsets, negative ones stored as unsigned 64-bit numbers: read as
        # signed and added to each token's index, it is the head's index
        heads = array[:, _HEAD_COLUMN].view(numpy.int64) + numpy.arange(len(doc))
        array[:, _HEAD_COLUMN] = heads
        rows = array.T.tolist()
    for attr, row in zip(_COLUMNS, rows, strict=True):
        _LAST_DOC["values:" + attr] = (doc, row)


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Return the (start, end) of each sentence of ``doc``, in order.

    The sentences are those ``Token.sent`` finds: from a token whose ``SENT_START`` is 1
    (or the doc's first) to the next such token (or the doc's end).
    """
    starts = attribute_values(doc, "SENT_START")
    bounds = [0, *(i for i, value in enumerate(starts) if value == 1 and i > 0), len(doc)]
    return [(start, end) for start, end in itertools.pairwise(bounds) if end > start]


def sentence_spans(doc: Doc) -> list[Span]:
    """Return each token's sentence, read once per doc.

    One span per sentence of :func:`sentence_bounds`, shared by its tokens.
    """
    cached = _LAST_DOC.get("sentences")  # per_doc, inlined
    if cached is not None and cached[0] is doc:
        return cached[1]  # type: ignore[no-any-return]
    spans: list[Span] = []
    for start, end in sentence_bounds(doc):
        spans.extend([doc[start:end]] * (end - start))
    _LAST_DOC["sentences"] = (doc, spans)
    return spans


def _token_sentence(token: Token) -> Span:
    return sentence_spans(token.doc)[token.i]


def read_sentences_once(doc: Doc) -> None:
    """Make ``Token.sent`` of ``doc`` read :func:`sentence_spans`.

    spaCy's own ``Token.sent`` makes a span of the token, checks that the doc has
    sentence boundaries, walks to them and makes the sentence's span, at every call
    (some 17 microseconds); extraction asks it dozens of times per doc. A doc without
    sentence boundaries keeps spaCy's (which raises).
    """
    if "sent" not in doc.user_token_hooks and doc.has_annotation("SENT_START"):
        doc.user_token_hooks["sent"] = _token_sentence


def sentences_back(token: Token, count: int) -> int:
    """The first token of the sentence ``count`` sentences before ``token``'s (or the doc's).

    The window of "this sentence and the ``count`` before" starts there.
    """
    start = token.sent.start
    for _ in range(count):
        if start == 0:
            break
        start = token.doc[start - 1].sent.start
    return start


def sentences_ahead(token: Token, count: int) -> int:
    """The end of the sentence ``count`` sentences after ``token``'s (or of the doc)."""
    end = token.sent.end
    for _ in range(count):
        if end >= len(token.doc):
            break
        end = token.doc[end].sent.end
    return end


def lower_words(doc: Doc) -> list[str]:
    """Return each token's lowercase form (``Token.lower_``), read once per doc.

    A slice of it is the words of ``doc[start:end]`` without making the span and its
    tokens. Read off the doc's ``LOWER`` column (:func:`attribute_values`), without a
    ``Token`` for each word. The list is shared: it must not be changed.
    """
    words: list[str] = per_doc("lower words", doc, _lower_words)
    return words


def _lower_words(doc: Doc) -> list[str]:
    strings = doc.vocab.strings
    return [strings[value] for value in attribute_values(doc, "LOWER")]


def doc_text(doc: Doc) -> str:
    """Return the doc's text, joined once per doc (``Doc.text`` joins its tokens anew)."""
    text: str = per_doc("text", doc, lambda d: d.text)
    return text


def char_span(doc: Doc, start: int, end: int) -> tuple[str, int, int]:
    """Return the text of the tokens ``[start, end)`` with its character offsets.

    As ``doc[start:end].text``, ``.start_char`` and ``.end_char``, cut from the doc's text
    (joined once per doc) instead of joined from the span's tokens at every call.
    """
    text = doc_text(doc)
    first, last = doc[start], doc[end - 1]
    start_char, end_char = first.idx, last.idx + len(last.text)
    return text[start_char:end_char], start_char, end_char


def _index(values: list[int]) -> dict[int, tuple[int, ...]]:
    # Tuples, not lists: the garbage collector stops tracking a tuple of numbers the
    # first time it sees one, where lists held through a doc's extraction are promoted
    # to the oldest generation and bring on its full (and, in kg's process, costly)
    # collections.
    where: dict[int, tuple[int, ...]] = {}
    for i, value in enumerate(values):
        found = where.get(value)
        where[value] = (i,) if found is None else (*found, i)
    return where
