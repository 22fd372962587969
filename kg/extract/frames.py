"""The frames: for each trigger, read subject and object off the dependency parse.

Each frame yields :class:`Candidate` assertions named after a rule of
:data:`kg.extract.rules.RULES`. Frames never loop over all token pairs: they start at a
trigger found by the matcher and walk its few dependency neighbours.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from kg.extract.arguments import (
    BROKERING,
    MEETINGS,
    PEOPLE_NOUNS,
    TARGET_NOUNS,
    TIES,
    VICTIM_PREPS,
    Arguments,
    acts_on_own,
    addressees,
    has_own_subject,
    is_outlaw,
    is_part_of_them,
    is_relative,
    main_verb_as_participle,
    onlooker,
    own_membership,
    responsibility_for,
)
from kg.extract.cameo import trigger_tables
from kg.extract.context import reports_done
from kg.extract.lexicon import (
    CAMEO_VERBS,
    HARDWARE,
    IDIOM_VERBS,
    LEXICON,
    MATERIAL,
    PHRASAL,
    SYMMETRIC,
    TRADE_FLOWS,
    LexiconEntry,
    gerund_relation,
    is_event_noun,
    is_light_verb,
    words,
)
from kg.extract.territory import Territory, state_of_place
from kg.gazetteer import Gazetteer
from kg.places import place_country
from kg.resolve import ActorLinks, LinkedMention, in_quote
from kg.resolve.agents import ARMED_SECTORS, load_agents
from kg.types import Actor, ActorType, Relation
from kg.wordclasses import (
    ADVERSARIES,
    AID_NOUNS,
    ARMS,
    AUXILIARIES,
    BACKING_NOUNS,
    BODY_WORDS,
    BUILDINGS,
    CHARGED_TO,
    CHARGING_VERBS,
    CLAIM_NOUNS,
    COMMUNITIES,
    CRAFT,
    DEMAND_NOUNS,
    DIVISIONS,
    FOLLOWER_NOUNS,
    FORMER,
    HELPING_VERBS,
    LEADERSHIP_BODIES,
    LEADING_OFFICES,
    LOCAL_OFFICES,
    LOCAL_QUALIFIERS,
    MEMBER_OFFICES,
    MILITARY_RANKS,
    NOT_YET,
    OFFICES,
    PATIENT_ACTS,
    PREMISES,
    PROFESSIONS,
    PURSUING_VERBS,
    PURSUIT_NOUNS,
    RECEIVING_VERBS,
    RECOGNISING_VERBS,
    RELEASE_ACTS,
    RETALIATION_NOUNS,
    SEALING_VERBS,
    SERIES_NOUNS,
    SPEECH_VERBS,
    STATE_OFFICES,
    STRIVING_FOR,
    TITLE_WORDS,
    WITHDRAWN_FORCES,
    conjuncts_of,
    dependents,
    labelled,
    pobjs,
    positions,
    sentences_back,
)

__all__ = [
    "Candidate",
    "Frames",
    "is_profession",
    "listed_owner",
    "modifies_other_noun",
    "principal_state",
    "relative_owner",
]

#: Dependencies of a noun the parser has cut loose from the phrase it stands beside.
#: Sentences back a bare body noun before a title may stand for a body named there.
_BODY_WINDOW = 2
#: Bodies a bare body noun may stand for ("ministry spokesman X").
_NAMED_BODIES = (
    ActorType.GOVERNMENT_BODY,
    ActorType.ORGANIZATION,
    ActorType.INTERNATIONAL_ORGANIZATION,
)
#: Modifiers of a noun that name it ("the M23 rebel group").
_NAMING_DEPS = frozenset({"compound", "amod", "nmod"})
#: Links of a phrase up to the noun it is part of ("a group based in Pakistan").
_PHRASE_DEPS = frozenset({"pobj", "prep", "acl", "compound", "amod", "nmod"})
#: How many words up a phrase is followed to its noun.
_PHRASE_DEPTH = 8
_LOOSE_DEPS = frozenset({"ccomp", "conj", "dep", "dobj", "npadvmod", "parataxis", "advcl", "ROOT"})


def _bracketed_before(args: Arguments, noun: Token) -> list[LinkedMention]:
    """The actor a bracketed acronym just before ``noun``'s phrase names.

    "X (PDF), an armed wing of Y": the tokens before the phrase are ", ) PDF (".
    """
    start = noun.left_edge.i
    doc = noun.doc
    if start < 4 or doc[start - 1].lower_ != "," or doc[start - 2].lower_ != ")":
        return []
    if doc[start - 4].lower_ != "(":
        return []
    return args.actors_of(doc[start - 3])[:1]


#: The tags of gerunds ("Iran's arming of the Houthis": read as nouns or as gerunds).
_GERUND_TAGS = frozenset({"NN", "VBG"})

_QUANTITY_NOUNS = SERIES_NOUNS | words(
    "number hour hours day days week weeks month months state "
    "hundred hundreds thousand thousands dozen dozens score scores couple"
)
_RANKS = words("top supreme overall")
#: Bodies a state owns whose head may be named after the state's possessive and the
#: body's own name ("Iran's Revolutionary Guards chief X").
_STATE_PARTS = frozenset({ActorType.GOVERNMENT_BODY, ActorType.ARMED_GROUP})
#: Texts that enact measures: what such a text targets, it sanctions.
_MEASURE_TEXTS = words(
    "legislation bill law act measure resolution decree order sanction tariff regulation"
)
_OBLIGATION_AUX = words("must should")
#: Verbs of knowing: "Y must understand that ..." warns Y; it asks no act of Y.
_KNOWING = words("know understand realize realise learn remember")
_PERPETRATORS = words("attacker assailant perpetrator gunman gunmen bomber culprit")
_DIPLOMATS = words("diplomat diplomats ambassador envoy attache inspector inspectors")
#: Words of a body's forces in the field: "the UN peacekeeping mission", "its troops".
_ARMED_MISSIONS = words("peacekeeping peacekeepers troops force forces soldiers")
_DEMANDS = words("demand demands condition conditions request requests terms")
_AUTHOR_PREPS = words("by")
_PLACE_PREPS = words("in into at near on")
#: Prepositions of a place inside another: "targets in Jericho", "the town of Cizre".
_CONTAINING = words("in into at on of")
_DURING = words("during amid in at")
#: Verbs whose "with" phrase names the subject's own act: "retaliated with strikes on Y".
_RESPONDING = words("retaliate respond react answer reply hit strike")
#: Prepositions that make an event noun an adjunct of the clause ("during talks with Y").
_ADJUNCT_PREPS = words("during amid in at after before ahead prior following for under")
#: Adverbs that make a preposition with "of" or "to": "ahead of talks", "prior to talks".
_PREP_ADVERBS = words("ahead prior")
#: Visitors sent by a state or group: "received a delegation from France".
_VISITING_GROUPS = words("delegation delegations envoy envoys mission team emissary emissaries")
#: Journeys one is "on": "on a visit to Y", "on a trip to Y".
_TRAVELS = words("visit visits trip trips tour tours")
#: Economic penalties an act of "hitting" a state with is made of ("hit Y with tariffs").
_PENALTIES = words(
    "sanction tariff duty levy embargo penalty restriction measure ban curb control fine"
)
#: Spans of time an event lasts: "after days of fighting with Y".
_SPANS = words("hour day night week month year decade")
_FOLLOWING = words("following after")
#: Nouns for messages, plans and undertakings that stand for their author or addressee.
_MESSAGES = words(
    "request proposal demand call offer plan ultimatum decision policy resolution appeal "
    "invitation initiative commitment promise pledge mediation intervention presence involvement "
    "help assistance support participation role"
)
_MESSAGE_PREPS = words("to from by of")
#: Nouns of others related to their possessor, who stand for no act of its own.
_COUNTERPARTS = (
    words("ally allies partner partners neighbour neighbours neighbor neighbors") | ADVERSARIES
)
#: Heads that carry the event of their compound: "a bombing campaign against Y".
_EVENT_CARRIERS = words(
    "mission campaign operation effort efforts bid attempt process drive package"
)
#: Messages whose participle speaks for their author: "a statement condemning Y".
_STATEMENTS = words(
    "statement declaration letter communique communiqué note message announcement "
    "report resolution appeal video speech address"
)
_CHARGES = words("charge charges allegation allegations accusation accusations suspicion")
_CLAIMS = words("allegation allegations claim claims report reports accusation charge charges")
#: Verbs of a wish whose object's "with" names a partner, not the one asked: "sought talks
#: with Y", "is seeking closer cooperation with Y".
_SEEKING = words("seek")
_PRESSURES = words(
    "pressure pressures call calls demand demands appeal appeals request requests plea pleas "
    "urging objection objections opposition warning warnings"
)
#: Verbs whose direct object is a topic, not a party: "discussed China's role" (the
#: party comes with "with": "discussed the war with China").
_OF_AGENTS = words("withdrawal pullout retreat deployment redeployment")
_TOPIC_VERBS = words("discuss negotiate talk confer debate")
_WITH = words("with between among")
#: Verbs of an event breaking out, whose "between" phrase names its parties.
_BREAKING_OUT = words("erupt break flare rage continue intensify resume escalate occur")
#: Participles that name the target of an act: "tariffs targeting Canada".
_TARGETING = words("target aim direct")
_AT = words("at against")
#: Topics whose "with" phrase names a party to them ("the war with Russia", "ties with
#: China"), not a partner in the talk about them; a person there is the partner.
_RELATIONAL_TOPICS = words(
    "war conflict fighting dispute relation relations ties tie deal agreement border trade "
    "cooperation partnership alliance talks clash clashes tension tensions"
)
_OF = words("of")
#: Modifiers of an event or a thing that its parties carry out or hold together: "joint
#: operations", "a joint U.K.-U.S. base".
_JOINT = words("joint combined coordinated")
#: Prepositions of the joint act a clause is carried out in: "in a joint operation".
_JOINT_ADJUNCT_PREPS = words("in during through")
#: Undertakings two actors run together when "joint": "joint projects with Y".
_JOINT_UNDERTAKINGS = words(
    "project projects programme programmes program programs company companies firm force "
    "forces committee committees commission unit units centre center mission missions "
    "investment investments production development research study studies patrol patrols"
)
#: Things a state hosts for another, which make no meeting: "hosts a French naval base".
_HOSTED_THINGS = words(
    "base bases airbase facility facilities station camp headquarters office embassy "
    "port radar troop troops force forces soldier soldiers garrison thousand thousands "
    "hundred hundreds contingent million millions refugee refugees migrant migrants "
    "personnel"
)
#: Verbs of attacking that may be done in words: "attacked the newspaper for ...".
_VERBAL_ATTACKS = words("attack blast assail")
#: Of those, the ones that are words whenever what they hit is said or decided ("blasted
#: Washington's decision", "assailed Beijing's claims"), or given a reason ("blasted
#: Manila over the arrests"), whoever's it is.
_WORDY_ATTACKS = words("blast assail")
#: What one decides, says or does as policy, which one is attacked in words for.
_POLICY_NOUNS = CLAIM_NOUNS | words(
    "move moves decision decisions step steps action actions measure measures policy "
    "policies plan plans handling approach stance proposal proposals law laws rhetoric "
    "conduct behaviour behavior ruling verdict expansion enlargement presence interference "
    "meddling vote resolution election referendum visit"
)
#: Prepositions of the reason an attack in words gives: "for refusing", "over his remarks".
_REASON_PREPS = words("for over")
#: Nouns of a span of time, no reason: "attacked the ICRC for the second time".
_SPANS_OF_TIME = words(
    "time times day days week weeks weekend weekends month months year years hour hours "
    "night nights"
)
#: Modifiers of a blow that make it one of words: "a verbal salvo", "a scathing attack".
_WORDY_MODIFIERS = words("verbal rhetorical scathing stinging blistering withering")
#: Nouns after "over" that say where, not about what: "fired over the border".
_OVER_PLACES = words(
    "border borders frontier frontiers line lines area areas region regions territory sea "
    "waters sky skies city town village villages country airspace head heads"
)


def over_grievance(verb: Token) -> bool:
    """Whether "over" gives a matter of dispute ("over its tariffs"), not a time or place."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "over"
        and any(
            p.dep_ == "pcomp"
            or (
                p.dep_ == "pobj"
                and p.lemma_.lower() not in _SPANS_OF_TIME
                and p.lower_ not in _OVER_PLACES
                and p.ent_type_ not in ("GPE", "LOC", "FAC", "DATE", "TIME")
            )
            for p in dependents(c)
        )
        for c in dependents(verb)
    )


def for_grievance(verb: Token) -> bool:
    """Whether "for" gives what one is blamed for, not how long.

    "came under fire for its ties with Moscow", "for failing to act"; but "for two
    hours", "for the second time".
    """
    return any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and any(
            p.dep_ == "pcomp"
            or (
                p.dep_ == "pobj"
                and p.pos_ == "NOUN"
                and p.lemma_.lower() not in _SPANS_OF_TIME
                and p.lemma_.lower() not in ("minute", "second", "moment", "while")
                and p.ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL")
                and not any(
                    n.dep_ in ("nummod",) or n.ent_type_ == "ORDINAL" for n in dependents(p)
                )
            )
            for p in dependents(c)
        )
        for c in dependents(verb)
    )


def _spoken_by_person(verb: Token, subjects: list[LinkedMention]) -> bool:
    """Whether a verb's subject is a person or a holder of office ("Colombia's president")."""
    if subjects and all(m.actor.type is ActorType.PERSON for m in subjects):
        return True
    return any(
        c.dep_ == "nsubj" and c.lemma_.lower() in OFFICES | PROFESSIONS for c in dependents(verb)
    )


#: Acts of giving something up, which one may welcome from a foe: "welcomed the
#: withdrawal of French troops".
_YIELDS = words(
    "withdrawal pullout pull-out departure exit retreat release handover surrender resignation"
)
#: Writings one contributes to, which take no aid: "contributed to this report".
_WRITINGS = words("report reports story article reporting coverage")
#: Prepositions of the other side in a fight: "clashed with jihadists", "fought against".
_WITH_OR_AGAINST = words("with against")
#: Prices put on a wanted person's head: "offered a reward for X".
_BOUNTIES = words("reward rewards bounty bounties")
#: Spans of time a stay lasts, not a visit: "has hosted them for years".
_LONG_SPANS = words("year years decade decades month months")
_TO = words("to")
_IN = words("in")
_FROM = words("from")
_AIMED_AT = words("to on at")
_BETWEEN = words("between")
_ALONGSIDE = words("alongside")
#: Words of how two sides fight, side by side or each on its own, not each other:
#: "fought side by side", "are fighting alone", "are fighting blind".
_SIDE_BY_SIDE = words("side together jointly alone blind")
_WITHDRAWING = words("withdraw pull move redeploy evacuate")
#: Verbs of a purpose clause of aid: "provided equipment to assist the police".
_HELPING = words("help assist aid support bolster strengthen equip train")

_PRESSED_BY = words("by from of")
_ASKED_OF = words("by from")
_ASKED_WITH = words("by from with")
_ARRIVED_IN = words("in at")
#: Relations held with another party: "contact with Y", "trade with Y".
_RELATIONS_WITH = words(
    "contact contacts tie ties relation relations trade talks negotiation negotiations "
    "cooperation dialogue link links mediation deliberation deliberations consultation "
    "consultations"
)
#: What is sought from the state where it is sought: "sought asylum in Germany".
_REFUGE = words("asylum refuge sanctuary protection")
#: Acts whose "of" phrase names who carries them out: "the return of U.N. inspectors".
_ACTS_OF = words(
    "return entry deployment withdrawal pullout presence participation "
    "involvement resignation removal ouster departure arrival"
)
#: An authority recognised: "recognize the jurisdiction of the ICJ" recognises the court.
_AUTHORITY = words("authority jurisdiction legitimacy mandate competence")
#: Causes one backs, named with their owner: "backed the cause of the Polisario".
_CAUSES = words("cause struggle")
#: What an actor holds that a sanction freezes or seizes: "the assets of the RSF".
_HOLDINGS = words("asset assets fund funds account accounts property properties holdings reserves")
#: Participles that state a stance with "be": "X is opposed to Y", "X is committed to Y".
_STATIVE_PASSIVES = words("oppose commit ally align")
#: Purpose clauses of protests that make a demand: "to demand the resignation of X".
_PURPOSE_VERBS = words("demand press call seek protest show denounce oppose urge")
_DEMAND_PREPS = words("from by against")
#: Who takes part in what is asked for: "a ceasefire between X and Y", "restraint from X".
_PARTIES = words("between from by of")
_RESTRICTIONS = words(
    "restriction restrictions curfew ban sanction sanctions blockade embargo siege emergency"
)
_AGREEMENTS = words("deal deals agreement accord pact bargain compromise truce")
_BLOCKADES = words("blockade blockades siege sieges")
_TRUCES = words("ceasefire truce")
_EXPELLING = words("expel force kick throw")
#: Relations of phrasal verbs whose passive subject is what is done to ("the offer was
#: turned down by Y", "the paper was shut down by Y"), not a thing handed on (a force
#: "driven out by Y" is read by the rule driven-out-by).
_PASSIVE_PHRASAL = frozenset({Relation.REJECTED, Relation.ACCUSED, Relation.COERCED})
#: Verbs of pursuit: "vowed to hunt down the militants" is an armed hunt for an armed
#: group (CAMEO codes "hunt down" an arrest, right for a suspect).
_HUNTING = words("hunt track chase")
_TAKING = words("seize take capture confiscate steal loot")
#: Verbs of taking or holding ground, which say who holds a place (rule controls).
_HOLDING_VERBS = LEXICON[Relation.CONTROLS].verbs
#: What an order to close an organisation asks: "ordered the newspaper to suspend".
_SHUTDOWNS = words("suspend close shut cease disband dissolve vacate")
#: Measures whose demand condemns their target: "called for sanctions against Nigeria".
_PUNISHMENTS = words(
    "sanction sanctions embargo boycott punishment action measures isolation expulsion"
)
_FIGHTING_NOUNS = LEXICON[Relation.ATTACKED].nouns | words("fighting")
#: Measures that are sanctions without a word saying so when they are "against" an actor
#: named: "imposed measures against Belarus" (but "security measures on the border",
#: "strict measures against women").
_MEASURES = words("measure")
_ATTACK_VERBS = LEXICON[Relation.ATTACKED].verbs
_DECLARING = words("declare announce observe call order")
#: Nouns of a stance an act is done in, with the preposition naming whom it is for:
#: "in support of Y", "in solidarity with Y".
_STANCES: dict[str, frozenset[str]] = {
    "support": words("of"),
    "solidarity": words("with"),
    # "voted in favor of Russia"
    "favor": words("of"),
    "favour": words("of"),
}
#: Verbs "in favor of Y" says no stance of: a verdict, a shift ("ruled in favor of Y").
_LEANING = words("rule decide find judge shift tilt swing turn move change work")
#: Nouns of backing whose "of" phrase names the backer: "with the backing of Y",
#: "with help from Y", "with Russian air support".
_BACKING = BACKING_NOUNS | {"cover"}
#: Work done together, whose "with" phrase names a partner ("with the cooperation of Y").
_JOINT_WORK = words("cooperation collaboration coordination")
#: Verbs whose "with" phrase is their complement: "disagreed with the support of Y".
_WITH_COMPLEMENT = words(
    "agree disagree deal cope meet talk concur comply interfere cooperate collaborate "
    "side clash break dispense tamper"
)
#: Verbs of taking ground: "recaptured Kherson from Y" attacked Y.
_WRESTING = words("capture recapture retake retook wrest seize take reclaim claw")
#: Explosives a vehicle runs into: "the convoy struck a roadside bomb" (the vehicle's
#: crew is hit, no one is attacked by it).
_EXPLOSIVES = words(
    "bomb bombs mine mines landmine landmines ied ieds device devices explosive explosives"
)
#: Vehicles and units on the move that run into explosives.
_VEHICLES = words(
    "vehicle vehicles convoy convoys truck trucks tank tanks bus buses car cars patrol "
    "patrols boat boats ship ships jeep jeeps van vans"
)
#: Verbs of running into an explosive.
_RUNNING_INTO = words("strike hit")
#: (verb, objects) -> the relation the verb announces with such an object.
#: People taken captive: "captured a top commander", "captured two suspects".
_CAPTIVES = words(
    "commander commanders leader leaders member members official officials suspect suspects "
    "operative operatives militant militants fighter fighters soldier soldiers spy spies"
)
#: People taken to safety: "evacuated the wounded" gives relief.
_CASUALTIES = words("wounded injured sick casualty casualties civilian civilians")
#: Verbs of giving up arms, and the arms: "handed over his weapon", "surrendered their
#: rifles".
_GIVING_UP = words("hand surrender turn lay")
_ARMS = words("weapon weapons arm arms rifle rifles gun guns")


#: Visits and meetings, which one may call off: "called off a visit by Y".
_ENGAGEMENTS = words("visit visits trip trips meeting meetings talks summit negotiations")
#: What moves and may be stopped by force: ships, aircraft, troops, convoys.
_MOVERS = CRAFT | WITHDRAWN_FORCES | words("convoy convoys")
#: Places a force holds, whose seizure is an attack on it.
_MILITARY_SITES = words(
    "headquarters base bases position positions post posts outpost outposts stronghold "
    "strongholds barracks garrison checkpoint checkpoints"
)
#: Trade and traffic between states, whose ban is a sanction: "banned Chinese imports".
_TRAFFIC = words(
    "import imports export exports goods product products trade shipment shipments flight flights"
)
_OBJECT_OVERRIDES: dict[tuple[str, frozenset[str]], Relation] = {
    **{(verb, _DIPLOMATS): Relation.SANCTIONED for verb in ("expel", "force", "kick", "throw")},
    ("accept", _DEMANDS): Relation.CONCEDED_TO,
    ("meet", _DEMANDS): Relation.CONCEDED_TO,
    ("grant", _DEMANDS): Relation.CONCEDED_TO,
    ("cancel", _RESTRICTIONS): Relation.CONCEDED_TO,
    ("end", _RESTRICTIONS): Relation.CONCEDED_TO,
    # "handed over a surveillance aircraft to Sri Lanka's navy": equipment given
    ("hand", MATERIAL | HARDWARE): Relation.AIDED,
    ("strike", _AGREEMENTS): Relation.AGREED_WITH,
    # "pledged allegiance to Islamic State": joining it (as its affiliate or province)
    ("pledge", frozenset({"allegiance", "loyalty", "fealty"})): Relation.MEMBER_OF,
    ("swear", frozenset({"allegiance", "loyalty", "fealty"})): Relation.MEMBER_OF,
    # easing a military blockade is a retreat (CAMEO 0872), easing a curfew a concession
    ("lift", _BLOCKADES): Relation.RETREATED_FROM,
    ("ease", _BLOCKADES): Relation.RETREATED_FROM,
    ("end", _BLOCKADES): Relation.RETREATED_FROM,
    ("relax", _BLOCKADES): Relation.RETREATED_FROM,
    # "captured a commander of the cartel": an arrest, not the capture of ground
    ("capture", _CAPTIVES): Relation.COERCED,
    # "evacuated the wounded from the besieged town": relief (CAMEO 073), not a retreat
    ("evacuate", _CASUALTIES): Relation.AIDED,
    # "Chinese vessels blocked two Taiwanese coast guard ships": force used on them, no
    # protest or rejection
    ("block", _MOVERS): Relation.COERCED,
    # "opened unprovoked fire on its positions": the idiom with a modifier between
    ("open", frozenset({"fire"})): Relation.ATTACKED,
    # "seized the headquarters of the YPG", "stormed the army's positions": taken by force
    ("seize", _MILITARY_SITES): Relation.ATTACKED,
    # "police raided the offices of Y", "raided the home of opposition leader Y": a search
    # of premises, repression (CAMEO 17), not an armed attack
    ("raid", PREMISES): Relation.COERCED,
    # "banned Japanese seafood imports", "banned flights from Russia": trade or traffic cut
    # off, a sanction (CAMEO 163), no repression of the state they come from
    **{(verb, _TRAFFIC): Relation.SANCTIONED for verb in ("ban", "outlaw")},
}
#: Verbs of letting a party act, and of the use of ground it may be let make: "allowed
#: the militants to use its territory" gives them a haven.
_PERMITTING = words("allow permit let")
_USING = words("use operate")
_GROUND = words("territory soil land airspace base bases")


#: Means of war whose backing is material aid: "backed by U.S. air strikes".
_ARMED_BACKING = words(
    "strike strikes airstrike airstrikes air power artillery drone drones jet jets warplane "
    "warplanes aircraft helicopter helicopters gunship gunships bombardment firepower"
)


def _backing_in_arms(verb: Token, relation: Relation) -> Relation:
    """Read "backed by X air strikes" as aid (DESIGN: airstrikes in support are aid)."""
    if relation is not Relation.SUPPORTS or verb.lemma_ not in ("back", "support"):
        return relation
    for agent in dependents(verb):
        if agent.dep_ != "agent":
            continue
        for pobj in dependents(agent):
            if pobj.dep_ == "pobj" and (
                pobj.lemma_.lower() in _ARMED_BACKING
                or pobj.lower_ in _ARMED_BACKING
                # "backed by air support", "supported by artillery fire"
                or any(
                    c.dep_ in ("compound", "amod") and c.lower_ in _ARMED_BACKING
                    for c in dependents(pobj)
                )
            ):
                return Relation.AIDED
    return relation


#: Ground a force takes or holds, named by its kind: "retook the town".
_HELD_GROUND = words("town city village area territory capital port airport region")


def _clause_of_set_off_backing(verb: Token) -> Token | None:
    """The clause a backing participle after a comma is about, if hung on a place.

    "Malian troops retook the town, backed by Russian air strikes", "launched an
    offensive to drive IS from Mosul, its last stronghold, backed by coalition strikes":
    the participle is hung on "town" or "stronghold" (no actor), in the clause's object.
    """
    if verb.lemma_ not in ("back", "support") or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    noun = verb.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("dobj", "obj", "pobj", "appos"):
        return None
    if not (
        noun.ent_type_ in ("GPE", "LOC", "FAC")
        or noun.lemma_.lower() in _MILITARY_SITES | _HELD_GROUND | DIVISIONS
    ):
        return None  # "rejected the plan, backed by Egypt": the plan is backed
    head = noun.head
    for _ in range(4):
        if head.pos_ in ("VERB", "AUX") and head.dep_ not in ("amod", "acl", "relcl"):
            return head
        if head.dep_ not in ("prep", "pobj", "appos", "dobj", "obj") or head.head is head:
            return None
        head = head.head
    return None


def _haven(verb: Token) -> bool:
    """Whether a verb lets a party use its ground or act from it.

    "allowed X to use its territory", "allowing French forces to train jihadists on its
    territory".
    """
    return verb.lemma_ in _PERMITTING and any(
        c.dep_ in ("xcomp", "ccomp")
        and (
            (c.lemma_ in _USING and bool(_object_lemmas(c) & _GROUND))
            or any(
                o.dep_ == "pobj"
                and o.lemma_.lower() in _GROUND
                and o.head.lower_ in ("on", "from", "in")
                for o in c.subtree
            )
        )
        for c in dependents(verb)
    )


#: Words of a state's sectors and bodies, capitalised in a title ("Police Commissioner
#: X", "Finance Minister Y"): no place's name, whatever town bears it.
_SECTORS = words(
    "police army navy military defence defense security intelligence finance health justice "
    "interior communication communications information education trade energy transport "
    "customs immigration border coast"
)
#: Words of sympathy, which offered or promised make no offer of an agreement: "offered
#: condolences to Turkey".
_SYMPATHY = words(
    "condolence condolences sympathy sympathies prayer prayers thanks gratitude "
    "congratulations congratulation greeting greetings wish wishes apology apologies"
)
#: Papers whose signing is no agreement with anyone: "signed a letter to the Security
#: Council", "signed a petition", "signed an executive order" (but "a letter of intent").
_SIGNED_PAPERS = words(
    "letter letters petition petitions bill bills law laws order orders decree decrees "
    "book books autograph autographs visa visas check cheque register condolence"
)
#: What one meets by doing it, not by seeing anyone: "met its obligations".
_DUTIES = words(
    "obligation commitment requirement target deadline need criterion condition standard "
    "expectation goal quota"
)
#: Trade, whose toll is no attack: "cheap Chinese imports are harming our economy".
_TRADE = words("import imports export exports goods product products dumping trade")
#: Verbs of a toll taken: "sanctions have crippled Iran's economy".
_TOLL_VERBS = words("harm hurt damage cripple devastate ravage weaken hit batter pummel squeeze")
#: Contests won without violence: "beat Peru 2-0 in the qualifier", "won by six wickets".
_CONTESTS = words(
    "match matches game games final finals semifinal semi-final quarterfinal qualifier "
    "qualifiers cup tournament championship series league penalty penalties shootout friendly "
    "election elections vote poll polls runoff race wicket wickets run runs goal goals point "
    "points"
)
#: Verbs of winning that may tell a fight or a contest: "defeated the rebels", "beat Ghana".
_WINNING = words("beat defeat thrash rout edge crush overcome outplay")


def _contest_won(verb: Token) -> bool:
    """Whether a verb of winning tells a game or a vote, not a battle.

    "Ghana beat Nigeria in the final", "Senegal beat Egypt on penalties", "beat Peru
    2-0", "defeated Pakistan by six wickets" (but "defeated the rebels near Goma").
    """
    if verb.lemma_ not in _WINNING:
        return False
    for c in dependents(verb):
        if c.like_num and "-" in c.text:
            return True  # "2-0"
        if (
            c.dep_ == "prep"
            and c.lower_ in ("in", "on", "by", "at")
            and any(p.dep_ == "pobj" and p.lemma_.lower() in _CONTESTS for p in dependents(c))
        ):
            return True
    return False


#: Verbs of clashing that may be words as well as blows: "clashed over tariffs".
_SPARRING = words("clash spar feud tussle")
#: Grounds fought over: "clashed over the border town of Badme" is a fight.
_DISPUTED_GROUNDS = words(
    "border frontier town city village territory territories island islands region "
    "province district area land lands waters sea hill hills valley enclave zone field "
    "fields mine mines river dam road highway crossing"
)
#: Where words are exchanged: "clashed at the Security Council".
_FORUMS = words("council summit meeting talks conference session assembly forum debate hearing")


def _war_of_words(verb: Token, links: ActorLinks) -> bool:
    """Whether a verb of clashing tells a quarrel, not a fight.

    "Brazil and Argentina have clashed over Venezuela", "Trump and Zelensky clashed over
    the minerals deal", "clashed at the U.N. Security Council": an issue or a forum, no
    ground (but "clashed over the border town of Badme", "clashed over Nagorno-Karabakh"
    were fights).
    """
    if verb.lemma_ not in _SPARRING or verb.pos_ != "VERB":
        return False
    sides = [c for c in dependents(verb) if c.dep_ == "nsubj"]
    sides += [c for side in sides for c in conjuncts_of(side)]
    if any(load_agents().phrases.get((side.lower_,)) in ARMED_SECTORS for side in sides):
        return False  # "Kyrgyz and Tajik border guards clashed over a water facility"
    for prep in dependents(verb):
        if prep.dep_ != "prep":
            continue
        for pobj in (p for p in dependents(prep) if p.dep_ == "pobj"):
            mention = links.at(pobj)
            if prep.lower_ == "at" and (
                pobj.lemma_.lower() in _FORUMS
                or (
                    mention is not None
                    and mention.actor.type is ActorType.INTERNATIONAL_ORGANIZATION
                )
            ):
                return True
            place = mention is not None and (
                mention.kind == "location"
                or mention.actor.type is ActorType.LOCATION
                or (
                    mention.actor.type is not ActorType.STATE
                    and place_country(pobj.doc[mention.start : mention.end].text) is not None
                )
            )
            if (
                prep.lower_ in ("over", "about")
                and pobj.lemma_.lower() not in _DISPUTED_GROUNDS
                and not place
            ):
                return True
    return False


def _measures_toll(verb: Token) -> bool:
    """Whether a verb of harm tells the toll of a measure or of trade, not of violence.

    "US sanctions have damaged Iran's economy", "Indian tariffs are hurting Bangladesh's
    exporters" (but "Russian strikes damaged Ukraine's grid" is an attack).
    """
    return verb.lemma_ in _TOLL_VERBS and any(
        c.dep_ == "nsubj"
        and (c.lemma_.lower() in LEXICON[Relation.SANCTIONED].nouns or c.lemma_.lower() in _TRADE)
        for c in dependents(verb)
    )


#: What a warning "of" or "about" threatens with: "warned Washington of severe
#: consequences" (but "warned Warsaw of the drones' approach", "warned Y about the risks":
#: news, no threat).
_THREATENED_WITH = RETALIATION_NOUNS | words(
    "repercussion repercussions action actions measure measures countermeasure "
    "countermeasures price escalation "
    # "warned NATO of a direct confrontation", "warned Kyiv of war"
    "confrontation war sanctions tariffs"
)
#: Light verbs that make a protest a formal complaint: "lodged a protest with Y".
_COMPLAINT_VERBS = words("lodge file deliver send register issue make")


#: The ground of a state, named by its adjective: "on Mexican soil", "in Turkish airspace".
_GROUND = words("soil territory territories land lands airspace waters ground")


def _ground_of(doc: Doc, mention: LinkedMention) -> bool:
    """Whether a mention is the adjective of a state's ground ("Mexican" in "Mexican soil")."""
    root = doc[mention.start : mention.end].root
    return root.dep_ in ("amod", "compound", "poss") and root.head.lemma_.lower() in _GROUND


def _warned_of_news(verb: Token) -> bool:
    """Whether a warning names what it is about and that is no measure threatened."""
    # (the phrase on the verb or, as the parser often has it, on the one warned by name:
    # but "warned the leader of Hamas" names whom)
    warned = [
        verb,
        *(c for c in dependents(verb) if c.dep_ in ("dobj", "obj") and c.pos_ in ("PROPN", "PRON")),
    ]
    topics = [
        p
        for t in warned
        for c in dependents(t)
        if c.dep_ == "prep" and c.lower_ in ("of", "about")
        for p in dependents(c)
        if p.dep_ == "pobj" and p.pos_ != "PROPN"
    ]
    return bool(topics) and not any(
        t.lemma_.lower() in _THREATENED_WITH or t.lower_ in _THREATENED_WITH for t in topics
    )


#: Receptions an act meets with, besides the event nouns: "met with opposition from Y".
_RECEPTIONS = words(
    "opposition resistance skepticism scepticism praise approval anger outrage dismay "
    "silence hostility derision"
)


def _met_with_reception(verb: Token) -> bool:
    """Whether "meet" is met with a reception ("met with criticism from Y"), no party."""
    return verb.lemma_ == "meet" and any(
        p.dep_ == "pobj"
        and p.pos_ == "NOUN"
        and (is_event_noun(p.lemma_.lower()) or p.lemma_.lower() in _RECEPTIONS | _PRESSURES)
        for c in dependents(verb)
        if c.dep_ == "prep" and c.lower_ == "with"
        for p in dependents(c)
    )


def _received_act(verb: Token, lemma: str) -> bool:
    """Whether a thing received is aid or an act, no meeting ("received a request").

    (But "accepted the rebels' control": what is accepted is judged, not received.)
    """
    return lemma in AID_NOUNS or (
        verb.lemma_ in ("receive", "get")
        and is_event_noun(lemma)
        and lemma not in LEXICON[Relation.CONSULTED].nouns
    )


def _object_lemmas(verb: Token) -> set[str]:
    """Return the lemmas of a verb's objects, through measures ("700 kg of medicine")."""
    lemmas: set[str] = set()
    objects = [c for c in dependents(verb) if c.dep_ in ("dobj", "obj")]
    if not objects and verb.dep_ == "relcl" and _relative_object(verb):
        objects = [verb.head]  # "a charge Kabul denied": the relative's noun is the object
    for child in (*objects, *(c for o in objects for c in conjuncts_of(o))):
        # "aerial photographs and other military intelligence", "mediation efforts"
        lemmas |= {child.lemma_.lower(), child.lower_}
        lemmas.update(c.lemma_.lower() for c in dependents(child) if c.dep_ == "compound")
        for prep in dependents(child):
            if prep.dep_ == "prep" and prep.lower_ == "of":
                lemmas.update(p.lemma_.lower() for p in dependents(prep) if p.dep_ == "pobj")
                lemmas.update(p.lower_ for p in dependents(prep) if p.dep_ == "pobj")
    return lemmas


#: Group nouns of an apposition that describes a named actor ("X, an armed group led
#: by Y"; "X, a coalition of gangs led by Y").
_DESCRIBING_NOUNS = words(
    "group gang coalition alliance militia faction movement organization organisation "
    "network party force army front umbrella"
)
#: Verbs that disown an act: "denied responsibility for the attack on Y" (denied).
_DISOWNING = words("deny disclaim disown reject refute")


def _lost_to(args: Arguments, verb: Token) -> list[LinkedMention]:
    """Whom the ground a verb takes back was lost to ("retake towns lost to the CSP")."""
    return [
        m
        for obj in dependents(verb)
        if obj.dep_ in ("dobj", "obj")
        for acl in dependents(obj)
        if acl.dep_ == "acl" and acl.lemma_ == "lose"
        for m in args.prep_objects(acl, _TO)
    ]


def _relative_object(verb: Token) -> bool:
    """Whether a relative clause's noun is its verb's object ("the claims Y denied").

    The verb has a subject of its own that is no relative pronoun ("the country that
    denied ..." is the subject's clause).
    """
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and not is_relative(c) for c in dependents(verb)
    ) or any(c.dep_ in ("dobj", "obj") and is_relative(c) for c in dependents(verb))


def _of_lemmas(noun: Token) -> set[str]:
    """Return the lemmas of an event noun's "of" objects ("the expulsion of diplomats")."""
    return {p.lemma_.lower() for p in pobjs(noun, "of")}


def _override(
    verb: Token, relation: Relation, lemmas: set[str], *, verb_lemma: str | None = None
) -> Relation:
    """Return the relation a verb announces with its object (``lemmas``: its lemmas).

    "expelled two Russian diplomats" is a sanction (DESIGN section 4), "accepted the
    rebels' demands" and "cancelled the curfew" are concessions. ``verb_lemma`` stands
    for the verb of an event noun ("expel" for "the expulsion of").
    """
    lemma = verb_lemma or verb.lemma_.lower()
    if lemma in _GIVING_UP and acts_on_own(verb, _ARMS):  # "handed over his weapon"
        # "handed over his weapon to the chief minister": a surrender, a concession (but
        # "handed over weapons to Ukraine" arms it)
        return Relation.CONCEDED_TO
    for (overridden, objects_needed), override in _OBJECT_OVERRIDES.items():
        if lemma == overridden and lemmas & objects_needed:
            return override
    if verb.lemma_ == "order" and any(
        c.dep_ == "xcomp" and c.lemma_ in _SHUTDOWNS for c in dependents(verb)
    ):
        # "ordered the opposition newspaper to suspend publication": a coercive order
        return Relation.COERCED
    if lemma in ("order", "send") and any(
        c.dep_ == "prep"
        and c.lower_ in ("to", "into")
        and any(p.dep_ == "pobj" and p.lemma_.lower() in _CUSTODY for p in dependents(c))
        # ("back to prison": the parser may hang "to" on "back")
        for t in dependents(verb)
        for c in (t, *(dependents(t) if t.lower_ == "back" else ()))
    ):
        # "ordered journalist X back to prison", "sent the activist to jail": detention
        return Relation.COERCED
    return relation


#: Where a detainee is put: "ordered X back to prison".
_CUSTODY = words("prison jail detention custody cell")


#: Words that put an office outside the state's government: "opposition leader".
_AGAINST_THE_STATE = words("opposition rebel rebels dissident separatist insurgent guerrilla")


def is_profession(role: list[str], organisation: LinkedMention) -> bool:
    """Whether an office (its words, lower case) is a profession a state's name qualifies.

    "the French researcher X", "X, an Iranian cleric": of France and Iran, no officials
    of them; "Sudan's army chief" is an office. So is a leader against the state's
    government: "Zimbabwe's opposition leader X", "Congolese rebel leader Y".
    """
    if organisation.actor.type is not ActorType.STATE:
        return False
    if any(word in _AGAINST_THE_STATE for word in role):
        return True
    # (whatever field or rank qualifies it: "an energy analyst", "a senior economist")
    return any(word in PROFESSIONS for word in role) and not any(
        word in OFFICES and word not in PROFESSIONS for word in role
    )


def modifies_other_noun(token: Token, mention: LinkedMention) -> bool:
    """Tell whether a state only modifies a noun that is no title ("the Iran project").

    So does a state before a hyphen and a participle: "the Iran-backed group's leader"
    leads the group, not Iran.
    """
    head = token.head
    doc = token.doc
    if (
        mention.actor.type is ActorType.STATE
        and token.i + 2 < len(doc)
        and doc[token.i + 1].text == "-"
        and doc[token.i + 2].tag_ == "VBN"
    ):
        return True
    return (
        mention.actor.type is ActorType.STATE
        and token.dep_ in ("compound", "amod", "nmod")
        and not mention.start <= head.i < mention.end
        and head.pos_ in ("NOUN", "PROPN")
        and head.lower_ not in TITLE_WORDS
        and head.lemma_.lower() not in TITLE_WORDS
    )


@dataclass(frozen=True, slots=True)
class Candidate:
    """An assertion read off the parse, before modality, dates and places are added."""

    subject: LinkedMention
    object: LinkedMention
    relation: Relation
    rule: str
    trigger: Token
    role: str | None = None


#: Verbs that stop a text from being adopted: what it says is said by no one.
_STOPPING = words("veto block")
#: Verbs that stop or refuse a text: its author is someone else.
_BLOCKING = frozenset(
    {
        "veto",
        "block",
        "reject",
        "oppose",
        "denounce",
        "criticize",
        "criticise",
        "dismiss",
        "deny",
        "condemn",
        "scuttle",
        "stall",
        "boycott",
    }
)
#: Verbs of fighting whose place is no target when they have no object.
_FIGHTING = frozenset({"fight", "battle", "clash"})
#: Verbs of gathering: a rally of followers is no protest against its place ("Hamas
#: supporters rallied in Gaza").
_GATHERING = words("rally gather march assemble")
#: What two may have "joint" without doing anything together: words (a joint statement
#: is two voices, read as what it says) and a shared border.
_JOINT_WORDS = words(
    "statement declaration communique communiqué letter appeal border frontier conference"
)
#: Verbs of setting a body up, read with their coordinated founders by the rule
#: jointly-established.
_ESTABLISHING = words("establish create form found set launch build")
#: Bodies of allies: "its coalition partner" is an ally.
_ALLIANCES = words("coalition alliance treaty")
#: Words that put a standing in the past: "once part of", "formerly a member of".
_BYGONE = words("once then formerly previously former ex")
#: Last words of the names of coalitions, whose parts are their members.
_COALITIONS = words("coalition alliance bloc league federation union umbrella axis")
#: Verbs whose "as" phrase says what their object is ("accepted Kyiv as a member").
_REGARDING = words(
    "accept admit welcome invite recognize recognise see view regard consider treat "
    "describe call label brand name designate list portray characterize characterise "
    "classify know depict present term"
)
#: Verbs of meeting someone, after which an agreement is with the one met.
_MEETING = words("meet host receive visit")
#: Verbs whose coordinated subjects, without an object, fought each other ("X and Y
#: clashed"): acts of one side alone ("X and Y shelled the town") are none.
_FIGHTING_EACH_OTHER = _FIGHTING | words("skirmish war spar feud duel engage")
#: Verbs of defence: who repels an attack is its target, not its author.
_REPELLING = frozenset({"repel", "repulse", "thwart", "foil", "withstand", "fend", "beat"})


#: Verbs of a one-sided pledge: "pledged to deepen cooperation with Y".
_PLEDGING = words("pledge promise vow")
#: Ties a pledge may be about: "vowed to deepen cooperation with Y".
_PLEDGED_TIES = TIES | words("cooperation partnership collaboration")


def _pledge_demanded(verb: Token) -> bool:
    """Whether a pledge is what a third party demands of the pledgers.

    "demanded that both sides guarantee safe passage" (but "agree to", "sign" are deals
    between the sides).
    """
    return (
        verb.lemma_ in _PLEDGING | words("guarantee ensure")
        and verb.dep_ in ("ccomp", "xcomp")
        and verb.head.lemma_ in LEXICON[Relation.DEMANDED].verbs
    )


def _pledged_ties(partner: LinkedMention, verb: Token) -> bool:
    """Whether a pledge names Y only as the partner of ties it would deepen.

    "Min Aung Hlaing has pledged to deepen cooperation with Beijing": an intent of his
    own about the ties (read by their noun), no promise made to Beijing (but "pledged to
    send troops to Haiti" commits to Haiti, and "agreed to expand cooperation with Y"
    was agreed with Y).
    """
    if verb.lemma_ not in _PLEDGING:
        return False
    token = verb.doc[partner.start : partner.end].root
    return (
        token.dep_ == "pobj"
        and token.head.lower_ == "with"
        and token.head.head.lemma_.lower() in _PLEDGED_TIES
    )


def _joint(noun: Token) -> bool:
    """Whether an event is one its parties carry out together ("joint operations")."""
    return any(c.dep_ == "amod" and c.lower_ in _JOINT for c in dependents(noun))


#: Ways in or out of a place: cutting them is a siege, not a sanction of the far end.
_ROUTES = frozenset({"line", "route", "road", "corridor", "highway", "path", "access", "escape"})


def _pairs(
    actors: list[LinkedMention], relation: Relation, rule: str, trigger: Token
) -> Iterator[Candidate]:
    for index, first in enumerate(actors):
        for second in actors[index + 1 :]:
            if not _example_of(second, first, trigger.doc):
                yield Candidate(first, second, relation, rule, trigger)
                if relation is Relation.ATTACKED:
                    # "clashes between X and Y", "X and Y fought a war": each attacked
                    # the other (the other symmetric relations read the same either way)
                    yield Candidate(second, first, relation, rule, trigger)


def _joined(part: LinkedMention, whole: LinkedMention, doc: Doc) -> bool:
    """Whether a part of a whole is one of its members.

    "Poland, part of the European Union": a state is no organisation's part but its
    member; "M23, part of the Congo River Alliance", "part of the Viv Ansanm coalition":
    a group in a coalition is its member (but "the Quds Force, part of the IRGC": a
    unit of a force).
    """
    if doc[whole.start : whole.end].root.dep_ not in ("pobj", "conj", "appos"):
        # a name set before the noun the part is of ("Kenyan troops, part of the
        # African Union mission"): a part of that, the mission
        return False
    if part.actor.type is ActorType.STATE:
        return True
    named = whole.actor.label.lower().split()
    # (its name's last word, or the noun its name is set before: "the Viv Ansanm
    # coalition")
    written = list(doc[whole.start : min(whole.end + 1, len(doc))])
    # (or the description set after it: "the PMF, an umbrella grouping of militias")
    for described in dependents(doc[whole.start : whole.end].root):
        if described.dep_ == "appos" and described.i >= whole.end:
            written += [described, *dependents(described)]
    if whole.end < len(doc) and doc[whole.end].text == ",":
        # (which the parser may hang on the part: "X, part of the SDF, an alliance of
        # militias,")
        written += [t for t in doc[whole.end + 1 : whole.end + 4] if t.dep_ == "appos"]
    # (or its first word before "of": "the Axis of Resistance", "the Alliance of Sahel
    # States")
    headed = len(named) > 2 and named[1] == "of" and named[0] in _COALITIONS
    return (
        bool(named and named[-1] in _COALITIONS)
        or headed
        or any(t.lower_ in _COALITIONS for t in written)
    )


#: What one agrees with when one agrees with its holder: "agreed with Y's assessment".
_VIEWS = words(
    "assessment assessments view views position positions stance analysis proposal "
    "proposals plan approach"
)
#: Relations whose act with Y, reported by a speaker, is the speaker's own ("X said
#: talks with Y would resume").
_REPORTED_PARTNERSHIPS = frozenset(
    {Relation.CONSULTED, Relation.AGREED_WITH, Relation.COOPERATED_WITH, Relation.ALLIED_WITH}
)
#: Prepositions that name the topic of talks: "talks on (over, about, toward) a deal".
_TOPIC_PREPS = words("on over about toward towards for")
#: Prepositions of the subject matter of talks or of a deal: "talks on border security".
_TOPIC_OF_TALKS = words("on over about regarding concerning")
#: Topics of talks that have sides of their own: "talks on the nuclear deal with Iran",
#: "talks on a ceasefire with the rebels" (the deal's, the truce's, the war's).
_PARTNERED_TOPICS = _RELATIONAL_TOPICS | frozenset(
    noun for relation in SYMMETRIC for noun in LEXICON[relation].nouns
)


def _talks_on(noun: Token) -> Token | None:
    """The talks or negotiations whose topic ``noun`` is ("talks on a ceasefire")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _TOPIC_PREPS:
        return None
    talks = prep.head
    return talks if talks.pos_ == "NOUN" and talks.lemma_.lower() in MEETINGS else None


def _purpose_of_talks(verb: Token) -> bool:
    """Whether ``verb`` is the purpose of a meeting with its own party.

    "met Kallas to discuss relations with Serbia": the ties discussed are a topic, the
    party of the talks is the meeting's.
    """
    head = verb.head
    return (
        verb.dep_ in ("advcl", "xcomp")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in dependents(verb))
        and head.i != verb.i
        and (
            head.lemma_.lower() in LEXICON[Relation.CONSULTED].verbs
            or head.lemma_.lower() in MEETINGS
        )
    )


def _set_off_participle(first: Token) -> bool:
    """Whether ``first`` opens a participle phrase set off from what it is about.

    "Armed and funded by Iran, Hezbollah ...", "Hezbollah, armed and funded by Iran, ...":
    the parser takes a participle so placed for an adjective.
    """
    if first.tag_ not in ("VBN", "JJ") or has_own_subject(first):
        return False
    if first.dep_ == "advcl":
        return first.i < first.head.i and first.head.pos_ in ("VERB", "AUX")
    return (
        first.dep_ == "amod"
        and first.i > first.head.i
        and first.i > 0
        and first.doc[first.i - 1].text == ","
    )


def _pact_of_cooperation(noun: Token) -> bool:
    """Whether ``noun`` is a pact of cooperation ("a defence cooperation agreement")."""
    return any(
        c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in _JOINT_WORK
        for c in dependents(noun)
    )


def _example_of(second: LinkedMention, first: LinkedMention, doc: Doc) -> bool:
    """Whether ``second`` is named as one of ``first`` ("militias, including Hezbollah")."""
    head = doc[first.start : first.end].root
    token = doc[second.start : second.end].root
    while token.head.i != token.i and token.i != head.i:
        if token.dep_ == "prep" and token.lower_ in ("including", "as", "like"):
            return token.head.i == head.i
        token = token.head
    return False


def _preceding(verb: Token) -> Iterator[Token]:
    """Yield what the verb's act follows: the objects of its "after"/"following" phrases."""
    for prep in dependents(verb):
        if prep.dep_ == "prep" and prep.lower_ in _FOLLOWING:
            yield from (pobj for pobj in dependents(prep) if pobj.dep_ == "pobj")


def _asked_for(token: Token) -> list[Token]:
    """Return what a demand asks for: its objects and "for" objects ("calling for Y")."""
    return [c for c in dependents(token) if c.dep_ in ("dobj", "obj")] + [
        p
        for c in dependents(token)
        if c.dep_ == "prep" and c.lower_ == "for"
        for p in dependents(c)
        if p.dep_ == "pobj"
    ]


def _heads_or_modifies(noun: Token, lemmas: frozenset[str]) -> bool:
    """Whether ``noun`` or a compound of it is one of ``lemmas`` ("mediation efforts")."""
    return noun.lemma_.lower() in lemmas or any(
        c.dep_ == "compound" and c.lemma_.lower() in lemmas for c in dependents(noun)
    )


#: Purposes of a deployment that aim it at someone other than the host: "deployed
#: troops in Mozambique to fight insurgents".
_HOSTED_PURPOSES = words(
    "fight help support assist protect train combat battle counter defend secure stabilize "
    "stabilise restore guard back aid"
)


def _aimed_elsewhere(verb: Token) -> bool:
    """Whether a deployment in a state is for its host, not against it.

    "deployed troops in Congo at the request of Kinshasa", "sent forces to Mozambique to
    fight insurgents": no mobilisation against the state they are in.
    """
    requested = any(
        prep.dep_ == "prep"
        and prep.lower_ in ("at", "upon", "on")
        and any(p.lemma_ in ("request", "invitation", "behest") for p in dependents(prep))
        for prep in dependents(verb)
    )
    purpose = any(
        c.dep_ in ("advcl", "xcomp")
        and c.lemma_ in _HOSTED_PURPOSES
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in dependents(c))
        for c in dependents(verb)
    )
    # "deployed 1,000 police officers to Haiti": a mission in a state sent to it is no
    # posture against it ("massed troops near Ukraine", "sent warships to the border with
    # Y" are)
    sent_to_state = verb.lemma_ in ("deploy", "send", "dispatch") and any(
        prep.dep_ == "prep"
        and prep.lower_ == "to"
        and any(p.dep_ == "pobj" and p.ent_type_ in ("GPE", "State") for p in dependents(prep))
        for prep in dependents(verb)
    )
    return requested or purpose or sent_to_state


def _disagrees(verb: Token) -> bool:
    """Whether a plural present verb has a singular proper name alone as its subject.

    News prose keeps subject and verb in agreement, so such a "verb" is a misparsed noun
    ("NCDC lead Dr. X said", parsed as the subject of "said").
    """
    if verb.tag_ != "VBP" and not (verb.tag_ == "VB" and verb.dep_ in ("csubj", "nsubj")):
        return False
    return any(
        c.dep_ == "nsubj" and c.tag_ == "NNP" and not list(conjuncts_of(c))
        for c in dependents(verb)
    )


def _reciprocal(verb: Token) -> bool:
    """Whether the verb's object is its subjects' ties to each other.

    "upgraded their ties", "restored diplomatic relations" (with no one else named).
    """
    return any(
        o.dep_ in ("dobj", "obj")
        and o.lemma_.lower() in _RELATIONS_WITH
        and all(c.dep_ != "poss" or c.lower_ == "their" for c in dependents(o))
        for o in dependents(verb)
    )


#: Verbs of asking others to act: "urged both sides to", "called on Y to".
_URGING = words("urge call press ask encourage appeal push implore exhort")


def _urged_to_settle(trigger: Token) -> bool:
    """Whether an agreement is only what others are urged to reach.

    "called on both countries to resolve their differences", "urged the army and the RSF
    to agree to a truce proposed by the Quad": a demand made of them (read as such), no
    agreement of theirs nor with the one who proposed it.
    """
    clause = trigger
    while clause.dep_ in ("dobj", "obj", "pobj", "prep") and clause.head is not clause:
        clause = clause.head
    return (
        clause.dep_ == "xcomp"
        and clause.head.lemma_ in _URGING
        and bool(addressees(clause.head))
        and not any(c.dep_ == "nsubj" for c in dependents(clause))
        # (but "urged Y to honour the deal it signed with Z": a deal made)
        and _carried_out_in_clause(trigger) is None
    )


def _agent_phrase(token: Token) -> bool:
    """Whether a name is the agent of a passive participle ("proposed by the Quad")."""
    return token.dep_ == "pobj" and token.head.dep_ == "agent"


def _carried_out_in_clause(noun: Token) -> Token | None:
    """Return the light verb of a relative clause whose object the noun is.

    "the sanctions Washington has imposed on Moscow" (no relative pronoun), "the strikes
    that Israel launched against Hezbollah"; but not "the sanctions that hurt Moscow".
    """
    for clause in dependents(noun):
        if clause.dep_ != "relcl" or not (
            # "the offensive Russia is preparing against Ukraine", "the deal Ankara wants
            # with Cairo", "the accord Kigali sealed with Kinshasa"
            is_light_verb(clause) or clause.lemma_ in PURSUING_VERBS | SEALING_VERBS
        ):
            continue
        if any(c.dep_ == "mark" for c in dependents(clause)):
            # "said after talks with Y that the two countries had agreed to ...": a
            # content clause the parser hung on the noun, no relative clause
            continue
        objects = [c for c in dependents(clause) if c.dep_ in ("dobj", "obj")]
        subjects = [c for c in dependents(clause) if c.dep_ in ("nsubj", "nsubjpass")]
        relative_object = all(o.tag_ in ("WDT", "WP") for o in objects)
        if relative_object and subjects and subjects[0].tag_ not in ("WDT", "WP"):
            return clause
    return None


def _owned_by_pronoun(noun: Token) -> bool:
    """Whether a noun's possessor is a third-person pronoun ("their allies", "its allies").

    The parser may hang the pronoun on a modifier ("their FARC allies").
    """
    return any(
        t.dep_ == "poss" and t.lower_ in ("their", "its") for c in noun.lefts for t in c.subtree
    )


#: Attackers named by what they did, whose side a later sentence may name ("A suicide
#: bomber killed 12 soldiers. The TTP claimed responsibility for the attack").
_UNNAMED_ATTACKERS = words(
    "gunman gunmen bomber bombers attacker attackers assailant assailants "
    "militant militants insurgent insurgents jihadist jihadists"
)


def _is_definite(noun: Token) -> bool:
    return any(
        c.dep_ in ("det", "poss") and c.lower_ in ("the", "these", "this", "those", "that")
        for c in dependents(noun)
    )


#: Verbs that make a charge: the author of "a charge Y rejected".
_CHARGING = words("accuse blame allege charge claim say assert suggest link")


def _reciprocal_object(verb: Token) -> bool:
    """Whether the verb's object is "each other" or "one another"."""
    return any(
        c.dep_ in ("dobj", "obj")
        and any(
            {c.lower_, d.lower_} in ({"each", "other"}, {"one", "another"}) for d in dependents(c)
        )
        for c in dependents(verb)
    )


#: Those who broke away from a group: "dissidents of the FARC" are not the FARC.
_BREAKAWAYS = words("dissident dissidents defector defectors splinter remnant remnants faction")


#: Fights with two sides: "after clashes with Y" names the other side.
_FIGHTS_WITH = words("clash clashes fighting battle battles skirmish skirmishes gunfight firefight")
#: Fights whose two named parties fought each other: "X and Y fought a civil war".
#: Contacts made by one side with the other, not each with the other ("visited Y").
_ONE_WAY_CONTACTS = words("visit host receive telephone phone court woo welcome")
_MUTUAL_FIGHTS = _FIGHTS_WITH | words("war wars conflict hostilities fight fights")
#: Auxiliaries of what is yet to be done: "agreed that troops would withdraw".
_UNDERTAKEN = words("would will shall should must to")


def _shared_view(verb: Token) -> bool:
    """Whether "agreed" holds a view of a fact: "agreed that Russia had failed".

    A finite clause with no auxiliary of what is to be done states a fact the parties
    see alike (but "agreed that troops would withdraw", "agreed to withdraw" undertake).
    """
    return verb.lemma_ == "agree" and any(
        c.dep_ == "ccomp"
        and c.tag_ in ("VBD", "VBZ", "VBP", "VBN")
        and not any(a.dep_ in ("aux", "auxpass") and a.lower_ in _UNDERTAKEN for a in dependents(c))
        and any(a.dep_ in ("nsubj", "nsubjpass", "expl") for a in dependents(c))
        for c in dependents(verb)
    )


#: Acts of war a force is kept from: "prevented the rebels from capturing the town".
_MILITARY_ADVANCES = _ATTACK_VERBS | words(
    "advance capture seize take retake recapture overrun encircle cross push"
)


def _battle_prevented(verb: Token) -> bool:
    """Whether "prevent" keeps a force from an act of war ("from advancing on Y")."""
    return verb.lemma_ in ("prevent", "stop", "block") and any(
        c.dep_ == "prep"
        and c.lower_ == "from"
        and any(g.dep_ == "pcomp" and g.lemma_.lower() in _MILITARY_ADVANCES for g in dependents(c))
        for c in dependents(verb)
    )


#: Acts of a third party in answer to a fight: "called for calm after clashes with Y".
_ONLOOKER_VERBS = words(
    "call urge appeal condemn denounce voice express convene summon mediate broker offer "
    "welcome criticize criticise warn evacuate"
)
#: What a third party sends to a fight: "sent observers to Armenia after clashes with Y".
_ONLOOKER_ENVOYS = words(
    "observer observers monitor monitors envoy envoys delegation mediator mediators aid "
    "relief diplomat diplomats"
)


def _onlooker_act(noun: Token) -> bool:
    """Whether the clause a fight is an adjunct of is an onlooker's act, no side's."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and verb.dep_ == "pobj":
        verb = verb.head.head  # "after days of clashes with Y"
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    return verb.lemma_ in _ONLOOKER_VERBS or (
        verb.lemma_ in ("send", "dispatch")
        and any(
            c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _ONLOOKER_ENVOYS
            for c in dependents(verb)
        )
    )


#: Verbs of presence at a gathering: "X and Y attended the summit" were there together,
#: which says nothing of their meeting each other.
_PRESENCE_VERBS = words("attend join")
#: Gatherings where those present deal with each other: "X and Y attended talks".
_TALKS = words("talk talks negotiation negotiations")
#: Participles whose agents are the parties of the agreement: "a deal signed by X and Y"
#: (but "a deal brokered by X and Y" names mediators).
_SIGNING = words("sign reach conclude seal strike agree")
#: Participles that conclude an agreement: "a deal reached between X and Y".
_CONCLUDING = words("reach sign agree strike conclude seal negotiate broker mediate")
#: Verbs that put forces somewhere, whatever the place's state.
DEPLOYING = words("deploy redeploy station send dispatch base")
#: A war or campaign a clause's subject takes part in: "in the fight against Y".
_CAMPAIGNS = words("war fight struggle campaign offensive")
#: Armed operations whose "against" phrase names the side the clause's subject fights:
#: "lost four soldiers during an operation against Boko Haram".
_OPERATIONS = _CAMPAIGNS | words("operation operations counteroffensive counter-offensive")
#: Verbs of working with a partner: "partnered with the SDF in the fight against Y".
_PARTNERING = words("partner cooperate work team ally join")


def _fight_with(noun: Token) -> bool:
    """Whether ``noun`` is a fight with its other side after "with" ("clashes with Y")."""
    return noun.lemma_.lower() in _FIGHTS_WITH and any(
        c.dep_ == "prep" and c.lower_ == "with" for c in dependents(noun)
    )


#: Verbs that end or break an agreement or ties named as their object.
_ENDING_AGREEMENTS = words(
    "suspend scrap cancel abrogate terminate end freeze quit exit abandon withdraw renounce "
    "violate breach tear annul revoke cut sever break downgrade"
)


#: Verbs that lift or ease a restriction named as their object: "lifted its sanctions on
#: Y", "ended the arms embargo on Y" impose nothing on Y.
_LIFTING_RESTRICTIONS = words(
    "lift ease end scrap cancel remove suspend drop relax waive revoke rescind unfreeze terminate"
)


#: Of the verbs of pursuit, those of a wish or a plan, no promise made to anyone ("wants a deal
#: with Y" agrees to nothing with Y; "pledged support for Y" promises it).
_DESIRING = PURSUING_VERBS - words("pledge promise vow offer")
#: Verbs that deny their subject's own part in the event their object names.
_DISCLAIMING = words("deny disclaim disown")
#: Relations made by saying something: their nouns name what someone said.
_SAYINGS = frozenset(
    {
        Relation.ACCUSED,
        Relation.DEMANDED,
        Relation.THREATENED,
        Relation.REJECTED,
        Relation.PROTESTED_AGAINST,
    }
)


def _own_deal(noun: Token) -> bool:
    """Whether an agreement noun is one its verb's subject is a party to, unowned.

    "is negotiating a security agreement with Y" (but "discussed Kosovo's deal with Y",
    "discussed its relations with Y": relations, not a deal).
    """
    return noun.lemma_.lower() in LEXICON[Relation.AGREED_WITH].nouns and not any(
        c.dep_ == "poss" and c.pos_ != "PRON" for c in dependents(noun)
    )


def _governs_own_event(verb: Token, relation: Relation) -> bool:
    """Whether a verb other than a light verb makes its object's event its subject's.

    "is eyeing an agreement with Y", "wants a new deal with Y", "is preparing an offensive
    against Y", "pledged support for Y" (an intent: kg.extract.context), "inked a mining
    deal with Y" (an agreement concluded), "denied any cooperation with Y" (denied).
    """
    if verb.pos_ != "VERB":
        return False
    if verb.lemma_ in PURSUING_VERBS:
        return True
    if verb.lemma_ in _DISCLAIMING:
        # "denied any cooperation with Y", "denies any support for Y": a denial (but
        # "denied the allegations against Y", "denied the demands from Y" deny what
        # others said)
        return relation not in _SAYINGS
    return verb.lemma_ in SEALING_VERBS and relation in (
        Relation.AGREED_WITH,
        Relation.COOPERATED_WITH,
    )


def _ended(noun: Token, verbs: frozenset[str] | None = None) -> bool:
    """Whether an agreement noun is the object of a verb that ends or breaks it.

    "suspended the Indus Waters Treaty with Pakistan", "suspended its participation in
    the treaty with the United States", "withdrew from the deal with Iran". With
    ``verbs``, whether the noun is the object of one of those.
    """
    verbs = _ENDING_AGREEMENTS if verbs is None else verbs
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in ("in", "of", "from"):
        head = head.head
        if head.pos_ == "NOUN" and head.dep_ in ("dobj", "obj"):
            head = head.head  # "suspended its participation in the treaty"
    elif noun.dep_ not in ("dobj", "obj"):
        return False
    return head.pos_ == "VERB" and head.lemma_ in verbs


#: Sums given "in aid": "$150 million in humanitarian assistance for Haiti".
_SUMS = words("million billion trillion dollar dollars euro euros pound pounds tonne tonnes")
#: Nouns of talk that name a partner only with "with" or "between".
_PARTNERED_ONLY = words("conversation discussion dialogue")
#: Seats of government a guest is welcomed to: "welcomed X to the Elysee Palace".
_SEATS = words("palace residence headquarters capital office kremlin house airport ceremony")
#: Nouns that sum up the act of the clause they are set beside: "..., a move ...".
_MOVES = words("move decision step action act measure verdict ruling")
#: Prepositions of a visit's purpose on a verb of going: "arrived in Amman on a visit".
_VISIT_PREPS = words("on for during in")


def _charge_above(clause: Token) -> Token | None:
    """Return the verb of accusation whose charge a relative clause ends, if one does.

    "Mali accused Algeria of harbouring terrorists on its soil, which Algiers rejected":
    the clause, set off by a comma, hangs on a noun inside the charge.
    """
    doc = clause.doc
    if clause.left_edge.i == 0 or doc[clause.left_edge.i - 1].text != ",":
        return None
    for ancestor in clause.head.ancestors:
        if ancestor.pos_ == "VERB" and ancestor.lemma_ in CHARGING_VERBS:
            return ancestor
        if ancestor.dep_ not in ("pobj", "prep", "pcomp", "dobj", "obj", "xcomp", "ccomp"):
            return None
    return None


def _move_of_clause(noun: Token) -> Token | None:
    """Return the verb of the clause a noun like "a move" sums up, if it does.

    "Kosovo banned the dinar, a move condemned by Belgrade": "move" is set in
    apposition to the clause's object (or hung on its verb).
    """
    if noun.lemma_.lower() not in _MOVES:
        return None
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "in" and head.head.pos_ in ("VERB", "AUX"):
        # "approved the law in a move the OAS condemned"
        return head.head
    if noun.i == 0 or noun.doc[noun.left_edge.i - 1].text != ",":
        return None
    if noun.dep_ in ("appos", "npadvmod", "advcl", "dobj", "obj"):
        # "sanctions returned after Britain triggered the mechanism, a move Tehran
        # denounced": the clause that ends at the comma, wherever the parser hung the noun
        verb = noun.doc[noun.left_edge.i - 2] if noun.left_edge.i > 1 else noun
        for _ in range(6):
            if verb.pos_ in ("VERB", "AUX") or verb.dep_ not in _WITHIN_CLAUSE:
                break
            verb = verb.head
        if verb.pos_ in ("VERB", "AUX"):
            return verb
    if noun.dep_ in ("dobj", "obj") and any(
        c.dep_ == noun.dep_ and c.i < noun.i for c in dependents(head)
    ):
        # "sentenced X to seven years, a verdict Moscow condemned": a second object
        return head if head.pos_ in ("VERB", "AUX") else None
    if noun.dep_ not in ("appos", "npadvmod", "advcl"):
        return None
    # "hosted a meeting of Sudanese leaders in Nairobi, a move ...": the verb of the
    # phrase the noun ends
    for _ in range(6):
        if head.pos_ in ("VERB", "AUX") or head.dep_ not in _WITHIN_CLAUSE:
            break
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") else None


#: Verbs of acts that a relative clause on their object may judge ("struck the port,
#: which X condemned").
_HOSTILE_VERBS = LEXICON[Relation.ATTACKED].verbs | LEXICON[Relation.COERCED].verbs
#: Head nouns of a state's armed bodies, whose reports of their own operations name no
#: author: "the army said airstrikes killed 20 militants".
_FORCE_WORDS = words("army military forces force navy police gendarmerie command")
#: Acts a force reports as its own when it names no author: "the army said airstrikes
#: killed 20 militants" (but "the army said a bombing killed three soldiers").
_OWN_OPERATIONS = words(
    "strike strikes airstrike airstrikes operation operations offensive raid raids "
    "bombardment shelling sweep ambush counteroffensive counter-offensive"
)
#: Verbs of setting captives free, and the captives: "released three Israeli hostages".
_FREEING = words("release free")
_CAPTIVES = words("hostage prisoner captive detainee abductee")
#: Verbs that judge or talk about an act rather than do it.
_JUDGING_VERBS = words(
    "praise welcome hail applaud commend support back endorse reject oppose condemn criticize "
    "criticise denounce discuss consider debate question challenge"
)
#: Dependencies of the words of a verb's phrases, up to the verb.
_WITHIN_CLAUSE = frozenset({"dobj", "obj", "pobj", "prep", "attr", "appos", "conj", "nmod"})


def _of_breakaway(noun: Token) -> bool:
    """Whether ``noun`` names the group after "of" of those who broke away from it."""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.lemma_.lower() in _BREAKAWAYS
    )


#: Verbs of aid whose present tense the small model may tag as a plural noun.
_AID_HOMOGRAPHS = frozenset({"arms", "funds"})


def arming_read_as_noun(token: Token) -> bool:
    """Whether "arms" or "funds" tagged as a noun heads a clause as its verb.

    "The UAE, which arms and funds the RSF, ...", "Iran trains and arms the Houthis":
    a relative clause's head, a verb's conjunct, or the root with its subject hung on
    it as a modifier ("Iran arms and funds the Houthis"); the object hangs on it (or on
    its conjunct) as an apposition or a direct object.
    """
    if token.tag_ != "NNS" or token.lower_ not in _AID_HOMOGRAPHS:
        return False
    if any(
        c.dep_ in ("det", "poss") and c.lower_ not in ("which", "that") for c in dependents(token)
    ):
        return False  # "its arms", "the funds"
    if token.dep_ == "relcl":
        return token.head.pos_ in ("NOUN", "PROPN")
    if token.dep_ == "conj":
        return token.head.pos_ == "VERB" and token.head.i < token.i
    if token.dep_ in ("ROOT", "ccomp", "nsubj"):
        # ("Chad arms and funds the RSF, Sudan said": the clause as the subject of "said")
        return any(
            c.dep_ in ("compound", "nsubj") and c.i == token.i - 1 for c in dependents(token)
        )
    return False


def _clause_read_as_noun_phrase(verb: Token) -> tuple[Token, Token] | None:
    """The subject and object of a clause the parser read as one noun phrase.

    "Trump hosted Erdogan in the White House": "hosted" a participle modifying
    "Erdogan", the root, with "Trump" a modifier before it; the sentence has no verb.
    """
    head = verb.head
    if verb.dep_ != "amod" or verb.tag_ not in ("VBD", "VBN") or head.dep_ != "ROOT":
        return None
    if head.pos_ != "PROPN" or head.i != verb.i + 1:
        return None
    before = [
        c for c in dependents(head) if c.dep_ in ("nmod", "compound", "nsubj") and c.i < verb.i
    ]
    if len(before) != 1 or before[0].i != verb.i - 1:
        return None
    return before[0], head


def _broker_read_as_modifier(verb: Token) -> Token | None:
    """The subject of "X hosted talks between Y and Z" that the parser made a modifier.

    The sentence is read as one noun phrase: "hosted" a modifier of the root "talks",
    "X" a modifier of "hosted" right before it (as in "Angola-mediated talks").
    """
    head = verb.head
    if (
        verb.dep_ != "amod"
        or verb.tag_ not in ("VBD", "VBN")
        or verb.lemma_ not in BROKERING
        or head.dep_ != "ROOT"
        or head.pos_ != "NOUN"
        or head.lemma_.lower() not in MEETINGS
    ):
        return None
    return next(
        (
            c
            for c in dependents(verb)
            if c.dep_ in ("npadvmod", "nmod", "compound", "nsubj") and c.i == verb.i - 1
        ),
        None,
    )


def _allied_read_as_verb(verb: Token) -> tuple[Token, Token] | None:
    """Return (first group, allied group) of "X and allied Y" parsed with a verb "allied".

    "Congolese troops and allied Wazalendo militias pulled out": the parser makes
    "allied" a verb conjoined to the clause; it is the adjective of the second group.
    """
    doc = verb.doc
    if verb.lower_ != "allied" or verb.i < 2 or verb.i + 1 >= len(doc):
        return None
    if doc[verb.i - 1].lower_ != "and" or doc[verb.i - 2].pos_ not in ("NOUN", "PROPN"):
        return None
    ally = doc[verb.i + 1]
    if ally.pos_ not in ("ADJ", "NOUN", "PROPN"):
        return None  # "... and allied with Y", "... and allied itself with Y"
    while ally.dep_ in ("amod", "compound") and ally.head.i > ally.i:
        ally = ally.head
    return doc[verb.i - 2], ally


def _relative_read_as_modifier(verb: Token) -> Token | None:
    """The antecedent of a relative clause the parser made a modifier of its object.

    "Turkey, which has trained and equipped Libyan units, said": the verbs are hung on
    "units" as adjectives, and "units" on Turkey as its apposition.
    """
    noun = verb.head
    if verb.dep_ != "amod" or verb.tag_ != "VBN" or noun.dep_ != "appos" or noun.i < verb.i:
        return None
    doc = verb.doc
    first = verb
    while (
        first.i >= 2
        and doc[first.i - 1].lower_ in ("and", "or", ",")
        and doc[first.i - 2].head is noun
        and doc[first.i - 2].dep_ == "amod"
        and doc[first.i - 2].tag_ == "VBN"
    ):
        first = doc[first.i - 2]  # "which has trained and equipped": from the first verb
    if not (
        any(r.dep_ == "nsubj" and r.lower_ in ("which", "who") for r in dependents(first))
        and any(a.dep_ == "aux" and a.lemma_ == "have" for a in dependents(first))
    ):
        return None
    return noun.head


def _verb_as_auxiliary(verb: Token) -> bool:
    """Whether the parser made the clause's verb an auxiliary of a participle.

    "Pakistani warplanes struck suspected TTP hideouts": "struck" hangs on "suspected"
    as its auxiliary; a past tense that is no auxiliary verb cannot be one.
    """
    return any(
        c.dep_ == "aux" and c.tag_ == "VBD" and c.lower_ not in AUXILIARIES
        for c in dependents(verb)
        if c.i < verb.i
    )


def _objects_and_appositions(verb: Token) -> Iterator[Token]:
    """Yield a verb's direct objects and their appositions."""
    for o in dependents(verb):
        if o.dep_ in ("dobj", "obj"):
            yield o
            yield from (a for a in dependents(o) if a.dep_ == "appos")


def _made_to(verb: Token) -> bool:
    """Whether a verb makes its object do something: "forced President Bozize to flee"."""
    return any(c.dep_ in ("dobj", "obj") for c in dependents(verb)) and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in dependents(c))
        for c in dependents(verb)
    )


def _actors_doing(verb: Token, args: Arguments) -> bool:
    """Whether every subject of a verb is an actor (or a relative pronoun standing for one).

    "the protests forced Oli to resign" is no actor's doing (nor, misparsed with a second
    subject, "Karki, appointed after the protests forced Oli to resign").
    """
    subjects = [c for c in dependents(verb) if c.dep_ == "nsubj"]
    if not subjects:
        # "called on the Security Council to force Israel to withdraw": the controller's
        return verb.dep_ == "xcomp"
    return all(is_relative(c) or args.actors_of(c) for c in subjects)


def _partitive_participle(verb: Token) -> bool:
    """Whether a participle is set on a part of a group, not done by it.

    "the militias, many of them trained by Iran": the parser makes "many" the subject.
    """
    return (
        verb.tag_ == "VBN"
        and not any(c.dep_ in ("aux", "auxpass") for c in dependents(verb))
        and any(
            c.dep_ == "nsubj" and c.i > 0 and verb.doc[c.i - 1].text == "," and is_part_of_them(c)
            for c in dependents(verb)
        )
    )


def _copular_participle(token: Token) -> bool:
    """Whether a participle after "be" was parsed as an adjective ("are armed and ...")."""
    return (
        token.dep_ == "acomp"
        and token.tag_ in ("JJ", "VBN")
        and token.lower_.endswith("ed")
        and token.head.lemma_ == "be"
    )


def _is_passive(verb: Token) -> bool:
    """Whether a verb is passive: "was attacked by Y", "a militia supported by Iran".

    A perfect with its own subject is active, whatever the parser made of the clause
    ("accusations that it had supported the rebels").
    """
    return (
        any(c.dep_ in ("nsubjpass", "auxpass") for c in dependents(verb))
        or (_partitive_participle(verb))
        or (
            verb.tag_ == "VBN"
            and verb.dep_ == "acl"
            and not any(
                c.dep_ == "nsubj" or (c.dep_ == "aux" and c.lemma_ == "have")
                for c in dependents(verb)
            )
            and not main_verb_as_participle(verb)
        )
    )


#: Groups sent to speak for a state: who leads one is its official, not the state's leader.
ENVOY_GROUPS = words("delegation team mission")


def group_head_standing(led: Token) -> Relation | None:
    """What heading a group of a body's people makes a person of the body, if not its leader.

    "a U.S. delegation led by X": an official; "eight Republican senators led by X": a
    member heading some of its members; "Colombian officials led by the defense minister":
    an official (but "government forces led by General X" are led by their commander).
    """
    if led.lemma_.lower() in ENVOY_GROUPS:
        return Relation.OFFICIAL_OF
    if not leads_body_people(led):
        return None
    people = led
    if led.lemma_.lower() == "group":
        people = next(
            p for prep in dependents(led) for p in dependents(prep) if leads_body_people(p)
        )
    return Relation.MEMBER_OF if people.lemma_.lower() in MEMBER_OFFICES else Relation.OFFICIAL_OF


def leads_body_people(led: Token) -> bool:
    """Whether ``led`` names some of a body's people, whose head leads no body.

    "eight Republican senators led by X", "led a group of other members of Congress",
    "Colombian officials led by the defense minister": X heads some of the body's members
    or officials, one of them, not the body's leader (but "government forces led by
    General X" are led by their commander, and "the rebel leaders" by theirs).
    """
    lemma = led.lemma_.lower()
    if lemma == "group":
        # "a group of Kenyan lawmakers led by X": the people the group is of
        return any(
            leads_body_people(people)
            for prep in dependents(led)
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for people in dependents(prep)
            if people.dep_ == "pobj"
        )
    return led.tag_ in ("NNS", "NNPS") and lemma in OFFICES and lemma not in LEADING_OFFICES


#: Past tenses the lemmatizer leaves as they are when the parser takes them for
#: auxiliaries ("struck suspected hideouts").
_IRREGULAR_PASTS = {"struck": "strike", "shot": "shoot", "fought": "fight", "overran": "overrun"}


def _base_forms(token: Token) -> set[str]:
    """The lemmas a past-tense form may have: its lemma, or its regular or irregular base."""
    lower = token.lower_
    forms = {token.lemma_, _IRREGULAR_PASTS.get(lower, lower)}
    if lower.endswith("ed"):
        forms |= {lower[:-2], lower[:-1], lower[:-3]}  # "attacked", "raided", "shelled"
    return forms


#: Relations a misparsed auxiliary verb may carry ("struck suspected hideouts").
_OWN_VERB_RELATIONS = (Relation.ATTACKED, Relation.COERCED, Relation.SANCTIONED)
#: Relations of good terms, which an act against the other party is not.
#: Relations whose other party is never the state where the act they ask for or talk
#: about would happen: "urged donors to help the administration in northeast Syria"
#: asks nothing of Syria (rule complement-place reads that state for refusals, threats
#: and undertakings: "threatened to impose a curfew in Y", "agreed to set up a centre
#: in Tokyo").
_NO_PLACE_PARTY = frozenset({Relation.CONSULTED, Relation.COOPERATED_WITH, Relation.DEMANDED})
_FRIENDLY = frozenset(
    {
        Relation.AGREED_WITH,
        Relation.CONSULTED,
        Relation.COOPERATED_WITH,
        Relation.SUPPORTS,
        Relation.AIDED,
        Relation.CONCEDED_TO,
    }
)
#: Relations of hostile acts.
_HOSTILE = (
    Relation.ATTACKED,
    Relation.COERCED,
    Relation.THREATENED,
    Relation.SANCTIONED,
    Relation.ACCUSED,
    Relation.MOBILIZED_AGAINST,
)


#: Verbs of acts done with a partner or against a party: "ready to cooperate with Y"
#: names its own act, which is read as such (a hypothetical one). Readiness to give or
#: to concede something ("willing to withdraw its troops from Y") stays an offer.
_JOINT_OR_HOSTILE_VERBS = frozenset(
    verb
    for relation in (Relation.COOPERATED_WITH, Relation.CONSULTED, *_HOSTILE)
    for verb in LEXICON[relation].verbs
)


#: Verbs that take part in an act their object names: "join the sanctions against Y",
#: "back the offensive on Y" are the act itself.
_JOINING = frozenset({"join", "back", "support", "enforce", "endorse"})


def _hostile_complement(verb: Token) -> bool:
    """Whether the act a verb's complement names is hostile.

    "The EU agreed to impose new sanctions on Iran": agreeing to act against Iran is no
    agreement with Iran.
    """
    for clause in dependents(verb):
        if clause.dep_ not in ("xcomp", "ccomp"):
            continue
        # the act's verb ("agreed to attack"), or its noun after a light verb ("agreed
        # to impose sanctions"; but "agreed to lift embargoes" ends them)
        nouns = (
            {c.lemma_.lower() for c in dependents(clause) if c.dep_ in ("dobj", "obj")}
            if is_light_verb(clause) or clause.lemma_.lower() in _JOINING
            else set()
        )
        for relation in _HOSTILE:
            entry = LEXICON[relation]
            if clause.lemma_.lower() in entry.verbs or nouns & entry.nouns:
                return True
    return False


#: Verbs of the acts an offer or an agreement is made to their object by: "offered to
#: help Y", "agreed to meet Y", "ready to support Y", "agreed to free Y".
_OFFERED_ACTS = frozenset(
    verb for relation in (*_FRIENDLY, Relation.RETREATED_FROM) for verb in LEXICON[relation].verbs
)


def _owned_by_subject(doc: Doc, mention: LinkedMention) -> bool:
    """Tell whether a mention of forces is the clause subject's own ("its troops").

    "Russia reinforced its troops": its own; "reinforce Mozambican forces", "reinforce
    KFOR": another actor's.
    """
    head = doc[mention.end - 1]
    if head.dep_ == "poss":
        return head.lower_ in ("its", "their")  # the owner of the object ("its positions")
    return any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in dependents(head))


class Frames:
    """Read candidates off one doc, trigger by trigger."""

    def __init__(self, arguments: Arguments, gazetteer: Gazetteer | None = None) -> None:
        self.args = arguments
        self.doc = arguments.doc
        self.gazetteer = gazetteer
        self.territory = Territory(arguments)
        #: The agents of the article's events so far, by relation ("the strikes" later
        #: refers back to the last of them).
        self.event_agents: dict[Relation, list[LinkedMention]] = {}
        #: The targets of attacks whose attacker was not named (yet).
        self.pending_attacks: list[list[LinkedMention]] = []

    def candidates(self, match_key: str, start: int, end: int) -> Iterator[Candidate]:
        """Yield the candidates of one trigger match (``"<relation>|<kind>"``)."""
        found = self._candidates(match_key, start, end)
        if not match_key.startswith(Relation.AGREED_WITH.value + "|") or not _urged_to_settle(
            self.doc[start]
        ):
            yield from found
            return
        for candidate in found:
            # "called on both countries to resolve their differences": the pair urged
            # is no pair agreed; "urged Y to agree to a truce proposed by Z": no
            # agreement with the proposer (but "appealed to Y to accept a truce with Z"
            # is Y's hypothetical agreement with Z)
            if candidate.rule != "symmetric-coordination" and not _agent_phrase(
                self.doc[candidate.object.start : candidate.object.end].root
            ):
                yield candidate

    def _candidates(self, match_key: str, start: int, end: int) -> Iterator[Candidate]:
        relation_name, kind = match_key.split("|")
        relation = Relation(relation_name)
        doc = self.doc
        if relation in (Relation.CONTROLS, Relation.OPERATES_IN):
            trigger = doc[end - 1] if kind == "participle" else doc[start]
            for actor, place, rule in self.territory.candidates(relation, kind, trigger, start):
                yield Candidate(actor, place, relation, rule, trigger)
            return
        if kind in ("phrasal", "verb") and _met_with_reception(doc[start]):
            return  # "the plan met with criticism from Y": a reception, no meeting
        if kind == "participle":
            yield from self._participle(doc[end - 1], start, relation)
        elif kind == "inverse":
            yield from self._backer(doc[start], relation)
        elif kind == "phrasal":
            yield from self._phrasal(doc[start], doc[start + 1], relation)
        elif kind == "verb":
            yield from self._verb(doc[start], relation)
        elif kind == "adjective":
            yield from self._adjective(doc[start], relation)
        elif kind == "noun":
            yield from self._nominal(doc[start], relation)
        elif kind == "relational":
            yield from self._relational(doc[start], relation)
        elif kind == "perpetrator":
            yield from self._perpetrator(doc[start], relation)
        elif kind == "obligation":
            yield from self._obligation(doc[start], relation)

    def _obligation(self, verb: Token, relation: Relation) -> Iterator[Candidate]:
        # "X said that Y must withdraw": X demands it of Y.
        for clause in dependents(verb):
            if clause.dep_ != "ccomp":
                continue
            auxiliaries = {c.lower_ for c in dependents(clause) if c.dep_ == "aux"}
            if not auxiliaries & _OBLIGATION_AUX:
                continue
            # "Y should know that war will not pay": a warning, no demand of an act
            if clause.lemma_.lower() in _KNOWING and any(
                c.dep_ == "ccomp" for c in dependents(clause)
            ):
                continue
            # "X said Y must withdraw"; but "Y must be held accountable" is no demand of Y
            obliged = [
                m for c in dependents(clause) if c.dep_ == "nsubj" for m in self.args.actors_of(c)
            ]
            speakers = self.args.subjects_of_verb(verb)
            speaker_ids = {s.actor.id for s in speakers}
            if any(m.actor.id in speaker_ids for m in obliged):
                # "Kenya said Kenya and Somalia should work together", "we should": a
                # course proposed for the speaker's own side too, no demand of the other
                continue
            for speaker in speakers:
                for obj in obliged:
                    if obj.actor.id not in speaker_ids:
                        yield Candidate(speaker, obj, relation, "reported-obligation", verb)

    def _perpetrator(self, verb: Token, relation: Relation) -> Iterator[Candidate]:
        # "The attackers were identified as the Islamic Resistance in Iraq."
        if not self.pending_attacks:
            return
        if not any(
            c.dep_ in ("nsubjpass", "nsubj") and c.lemma_.lower() in _PERPETRATORS
            for c in dependents(verb)
        ):
            return
        perpetrators = self.args.prep_objects(verb, frozenset({"as"}))
        for perpetrator in perpetrators:
            for target in self.pending_attacks[-1]:
                yield Candidate(perpetrator, target, relation, "identified-perpetrator", verb)

    # -- verbal frames ------------------------------------------------------------

    def _verb(
        self, verb: Token, relation: Relation, *, through_auxiliary: bool = False
    ) -> Iterator[Candidate]:
        args = self.args
        if _disagrees(verb):
            return  # "NCDC lead Dr. Olajide Idris said": a title misread as a verb
        if relation is Relation.CONSULTED and verb.lemma_ == "call" and not self._phoned(verb):
            return  # "called Y a threat", "called the election", "called Y's move illegal"
        if verb.lemma_ in _DESIRING | SEALING_VERBS and any(
            c.dep_ in ("dobj", "obj") and is_event_noun(c.lemma_.lower()) for c in dependents(verb)
        ):
            # "wants a new deal with Y", "clinched a border deal with Y": the event noun
            # says what is sought or sealed, with whom (read with the noun's own relation)
            return
        if relation is Relation.AGREED_WITH and any(
            c.dep_ in ("dobj", "obj") and c.lemma_.lower() in RETALIATION_NOUNS
            for c in dependents(verb)
        ):
            return  # "promised a harsh response to Israel's strike": a threat, no promise to Y
        if (
            relation is Relation.ATTACKED
            and verb.lemma_ in _RUNNING_INTO
            and any(
                c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _EXPLOSIVES
                for c in dependents(verb)
            )
            and not any(
                c.dep_ == "nsubj" and args.actors_of(c) and c.lemma_.lower() not in _VEHICLES
                for c in dependents(verb)
            )
        ):
            # "a Kenyan police vehicle struck a roadside bomb": the vehicle's crew is hit
            # (the bomb's author is read by the rule bomb-struck)
            return
        if (
            relation is Relation.ATTACKED
            and verb.dep_ == "acl"
            and verb.lemma_ in _TARGETING
            and verb.head.lemma_.lower() in _MEASURE_TEXTS
        ):
            # "passed legislation targeting Turkey", "a bill targeting Chinese firms": a
            # measure aimed at Y, no attack
            relation = Relation.SANCTIONED
        if (
            verb.dep_ == "acl"
            and relation is Relation.ALLIED_WITH
            and verb.tag_ == "VBN"
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in dependents(verb))
        ):
            # "the Arakan Army, an armed group allied with the NUG": the noun's actor (the
            # appositive's, through its name) is the ally (not "Trump's accusations that
            # Mexico was allied with the cartels": a clause with its own subject)
            holders = args.actors_of(verb.head)
            own = {m.actor.id for m in holders}
            for holder in holders:
                for ally in self._message_targets(verb, LEXICON[relation]):
                    if ally.actor.id not in own:
                        yield Candidate(holder, ally, relation, "prepositional-object", verb)
            return
        allied = _allied_read_as_verb(verb) if relation is Relation.ALLIED_WITH else None
        if allied is not None:
            yield from self._allied_conjunct(*allied, verb)
            return
        antecedent = _relative_read_as_modifier(verb)
        if antecedent is not None:
            # "Turkey, which has trained Libyan units, said": Turkey trained the units
            own = {m.actor.id for m in args.actors_of(antecedent)}
            for doer in args.actors_of(antecedent):
                for done_to in args.actors_of(verb.head):
                    if done_to.actor.id not in own:
                        yield Candidate(doer, done_to, relation, "active-svo", verb)
            return
        if verb.pos_ == "NOUN" and arming_read_as_noun(verb):
            yield from self._arming_noun(verb, relation)
            return
        broker = _broker_read_as_modifier(verb)
        if broker is not None and relation is Relation.CONSULTED:
            # "Turkey mediated talks between Somalia and Ethiopia" read as one noun
            # phrase ("Turkey" a modifier of the verb, "mediated" of "talks"): the
            # broker consulted each party
            for host in args.actors_of(broker):
                for party in self._brokered_parties(verb.head):
                    if party.actor.id != host.actor.id:
                        yield Candidate(host, party, relation, "active-svo", verb)
            return
        misread = _clause_read_as_noun_phrase(verb)
        if misread is not None:
            # "Trump hosted Erdogan in the White House" read as one noun phrase
            subject, obj = (args.linked(t) for t in misread)
            if subject is not None and obj is not None and subject.actor.id != obj.actor.id:
                yield Candidate(subject, obj, relation, "active-svo", verb)
            return
        if not through_auxiliary and _verb_as_auxiliary(verb):
            # "warplanes struck suspected TTP hideouts": "suspected" is no verb; "struck",
            # hung on it as an auxiliary, is the clause's verb, with its arguments
            for auxiliary in dependents(verb):
                if auxiliary.dep_ != "aux" or auxiliary.i > verb.i:
                    continue
                for meant in _OWN_VERB_RELATIONS:
                    if _base_forms(auxiliary) & LEXICON[meant].verbs:
                        yield from self._verb(verb, meant, through_auxiliary=True)
            return
        if any(
            PHRASAL.get((verb.lemma_, c.lower_), relation) is not relation
            for c in dependents(verb)
            if c.dep_ == "prt"
        ):
            return  # "hit out at Brussels": the phrasal verb's reading, not the verb's
        if relation is Relation.SUPPORTS and verb.lemma_ == "welcome" and self._welcomed_to(verb):
            # "Sisi welcomed Abiy to Cairo": a visit hosted, no endorsement ("Abiy was
            # welcomed by Sisi in Cairo": the host is the agent)
            passive = _is_passive(verb)
            guests = [
                m
                for c in dependents(verb)
                if c.dep_ == ("nsubjpass" if passive else "dobj")
                for m in args.actors_of(c)
            ]
            rule = "passive-by-agent" if passive else "active-svo"
            for host in args.agents_of(verb) if passive else args.subjects_of_verb(verb):
                for guest in guests:
                    yield Candidate(host, guest, Relation.CONSULTED, rule, verb)
            return
        if verb.tag_ == "VBG" and verb.dep_ in ("nsubj", "nsubjpass", "pobj"):
            # "Fighting between X and Y resumed": a gerund used as an event noun
            yield from self._nominal(verb, relation)
            return
        if verb.lemma_ in IDIOM_VERBS.get(relation, ()):
            yield from self._idiom(verb, relation)
            return
        if relation is Relation.ATTACKED and verb.lemma_.lower() in _REPELLING:
            repelled = [
                c
                for c in dependents(verb)
                if c.dep_ in ("dobj", "obj", "nsubjpass") and is_event_noun(c.lemma_.lower())
            ]
            if repelled:
                # "X repelled an Islamic State attack": the attack's author attacked X
                defenders = (
                    args.agents_of(verb)
                    if repelled[0].dep_ == "nsubjpass"
                    else self._subjects(verb)
                )
                attackers = args.event_agent(repelled[0]) or self._modifier_actors(repelled[0])
                for attacker in attackers:
                    for defender in defenders:
                        if attacker.actor.id != defender.actor.id:
                            yield Candidate(attacker, defender, relation, "repelled-attack", verb)
                return
        if (
            verb.dep_ == "advcl"
            and verb.tag_ == "VBN"
            and (
                verb.i < verb.head.i
                # "Iraqi forces launched an offensive, backed by U.S. air strikes"
                or (verb.lemma_ in ("back", "support") and self.doc[verb.i - 1].text == ",")
            )
            and any(c.dep_ == "agent" for c in dependents(verb))
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in dependents(verb))
            # ("Asked by VOA if ..., Rubio said": a question put to him, no demand)
            and not (verb.lemma_ == "ask" and not any(c.dep_ == "xcomp" for c in dependents(verb)))
        ):
            # "Backed by Russia, Mali's junta expelled French troops": the participle
            # opening the sentence is about the clause's subject
            agents = args.agents_of(verb)
            relation = _backing_in_arms(verb, relation)
            agent_ids = {a.actor.id for a in agents}
            for obj in args.subjects_of_verb(verb.head):
                if obj.actor.id in agent_ids:
                    continue
                for agent in agents:
                    yield Candidate(agent, obj, relation, "participle-by-agent", verb)
            return
        if (
            verb.dep_ == "conj"
            and verb.tag_ == "VBN"
            and (
                (
                    (
                        verb.head.dep_ in ("acl", "relcl", "ROOT", "ccomp", "conj")
                        or _partitive_participle(verb.head)
                    )
                    and _is_passive(verb.head)
                )
                or _copular_participle(verb.head)
                or _set_off_participle(verb.head)
            )
            and any(c.dep_ == "agent" for c in dependents(verb))
            and not has_own_subject(verb)
        ):
            # "the Houthis were founded and armed by Iran", "fighters trained and armed by
            # Iran": the second participle is about the first's patient
            head = verb.head
            if head.dep_ == "acl":
                patients = args.actors_of(head.head) or self._described(head.head)
            elif _set_off_participle(head):
                # "Armed and funded by Iran, Hezbollah built ...", "Hezbollah, armed and
                # funded by Iran, built ...": the parser takes the first participle for an
                # adjective; the patient is the clause's subject or the noun set off
                patients = (
                    args.subjects_of_verb(head.head)
                    if head.dep_ == "advcl"
                    else args.actors_of(head.head)
                )
            elif _copular_participle(head):
                # "the rebels are armed and trained by Rwanda": the parser takes the
                # first participle for an adjective after "be"; the patient is the
                # subject of "be"
                patients = [
                    m for c in dependents(head.head) if c.dep_ == "nsubj" for m in args.actors_of(c)
                ]
            else:
                subject_deps = (
                    ("nsubjpass", "nsubj") if _partitive_participle(head) else ("nsubjpass",)
                )
                patients = [
                    m for c in dependents(head) if c.dep_ in subject_deps for m in args.actors_of(c)
                ]
            agents = args.agents_of(verb)
            rule = (
                "participle-by-agent"
                if head.dep_ == "acl" or _set_off_participle(head)
                else "passive-by-agent"
            )
            for agent in agents:
                for obj in patients:
                    if agent.actor.id != obj.actor.id:
                        yield Candidate(agent, obj, relation, rule, verb)
            return
        if verb.dep_ == "acl" and _is_passive(verb):
            # "a militia supported by Iran"
            if _of_breakaway(verb.head):
                return  # "dissidents of the former FARC, led by X": X leads the dissidents
            agents = args.agents_of(verb)
            if (
                relation is Relation.CONSULTED
                and verb.lemma_ in BROKERING
                and not args.actors_of(verb.head)
            ):
                # "restored ties under a deal brokered by China", "agreed to a ceasefire at
                # talks hosted by Malaysia": the broker consulted each party
                for party in self._brokered_parties(verb.head):
                    for agent in agents:
                        if agent.actor.id != party.actor.id:
                            yield Candidate(agent, party, relation, "participle-by-agent", verb)
                return
            clause = _move_of_clause(verb.head)
            if clause is not None:
                # "Kosovo banned the dinar, a move condemned by Belgrade": the move is
                # the clause's, and so is its author
                for obj in args.subjects_of_verb(clause):
                    for agent in agents:
                        if agent.actor.id != obj.actor.id:
                            yield Candidate(agent, obj, relation, "participle-by-agent", verb)
                return
            agent_ids = {a.actor.id for a in agents}
            relation = _backing_in_arms(verb, relation)
            backed: list[LinkedMention] = []
            if (
                relation in (Relation.SUPPORTS, Relation.AIDED)
                and is_event_noun(verb.head.lemma_.lower())
                and verb.head.dep_ in ("dobj", "obj")
                and verb.head.head.pos_ == "VERB"
            ):
                # "Puntland forces ended an offensive backed by U.S. air strikes": the
                # offensive's authors are backed (not its backer, read as its agent)
                backed = args.subjects_of_verb(verb.head.head)
            if (
                not backed
                and relation in (Relation.SUPPORTS, Relation.AIDED)
                and args.linked(verb.head) is None
            ):
                clause = _clause_of_set_off_backing(verb)
                if clause is not None:
                    # "Malian troops retook the town, backed by Russian air strikes": the
                    # participle after the comma is about the clause's subject, not the
                    # place the parser hung it on
                    backed = args.subjects_of_verb(clause)
                    if not agents:
                        agents = self._backing_source(verb)
                        agent_ids = {a.actor.id for a in agents}
            backed = backed or args.actors_of(verb.head) or self._described(verb.head)
            for obj in backed:
                if obj.actor.id in agent_ids:
                    continue  # both sides read off one coordination: a misparse
                for agent in agents:
                    held = relation
                    standing = (
                        group_head_standing(verb.head) if relation is Relation.LEADS else None
                    )
                    if standing is not None:
                        if agent.actor.type is not ActorType.PERSON:
                            continue  # "officials led by the ruling party": no one's post
                        held = standing
                    yield Candidate(agent, obj, held, "participle-by-agent", verb)
            return
        if _is_passive(verb) and verb.lemma_ in _STATIVE_PASSIVES and not args.agents_of(verb):
            # "Israel is opposed to French mediation": a state, not a passive act.
            holders = [
                m for c in dependents(verb) if c.dep_ == "nsubjpass" for m in args.actors_of(c)
            ]
            objects = self._message_targets(verb, LEXICON[relation])
            holder_ids = {h.actor.id for h in holders}
            for holder in holders:
                for obj in objects:
                    if obj.actor.id not in holder_ids:
                        yield Candidate(holder, obj, relation, "prepositional-object", verb)
            return
        if _is_passive(verb):
            # ("two coast guard ships were blocked by the Chinese vessels": as active)
            relation = _override(
                verb,
                relation,
                {c.lemma_.lower() for c in dependents(verb) if c.dep_ == "nsubjpass"},
            )
            agents = args.agents_of(verb)
            # (a passive's subject the parser labelled as active: "which Kinshasa says is
            # armed by Rwanda")
            auxpass = any(c.dep_ == "auxpass" for c in dependents(verb))
            patients = [
                m
                for c in dependents(verb)
                if c.dep_ == "nsubjpass" or (auxpass and c.dep_ == "nsubj")
                for m in args.actors_of(c)
            ]
            if not patients and verb.dep_ == "xcomp" and _is_passive(verb.head):
                # "the M23 is believed to be backed by Rwanda", "is said to be armed by
                # Y": the raising verb's subject
                patients = [
                    m
                    for c in dependents(verb.head)
                    if c.dep_ == "nsubjpass"
                    for m in args.actors_of(c)
                ]
            if (
                not patients
                and auxpass
                and verb.dep_ == "conj"
                and verb.head.pos_ in ("VERB", "AUX")
                and not _is_passive(verb.head)
                and verb.lemma_ != "join"
                and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in dependents(verb))
            ):
                # "Los Lobos controls the mines and is accused by prosecutors of killing
                # soldiers": the passive joined to an active verb is about its subject (but
                # "entered Somalia and were joined by Ethiopian forces" is company)
                patients = args.subjects_of_verb(verb.head)
            if not patients:
                # "missiles were fired at the US military's airbase by a militia"
                patients = args.prep_objects(verb, LEXICON[relation].preps)
            if patients and not agents and relation is Relation.ATTACKED:
                self.pending_attacks.append(patients)
            if (
                relation is Relation.SUPPORTS
                and verb.lemma_ == "welcome"
                and any(p.actor.type is ActorType.PERSON for p in patients)
                and self._received_in(verb)
            ):
                # "Orban was welcomed by Xi in Beijing": a guest received
                relation = Relation.CONSULTED
            for agent in agents:
                for obj in patients:
                    yield Candidate(agent, obj, relation, "passive-by-agent", verb)
            return
        lemmas = _object_lemmas(verb)
        relation = _override(verb, relation, lemmas)
        if relation is Relation.MOBILIZED_AGAINST and verb.lemma_ == "reinforce":
            reinforcing = {s.actor.id for s in self._subjects(verb)}
            if any(
                not _owned_by_subject(args.doc, m) and m.actor.id not in reinforcing
                for m in args.direct_objects(verb)
            ):
                return  # "sent troops to reinforce Mozambican forces": an ally's, no posture
        if (
            relation is Relation.COERCED
            and verb.lemma_ == "raid"
            and any(m.actor.type is ActorType.ARMED_GROUP for m in args.direct_objects(verb))
        ):
            relation = Relation.ATTACKED  # "raided the headquarters of the militia": a blow
        if self._idiom_elsewhere(verb, relation):
            return  # "castigated the plan": the idiom's relation (criticism), or none
        if verb.head.lemma_ in ("stand", "remain") and (
            verb.dep_ in ("acomp", "xcomp", "oprd")
            or (
                verb.dep_ == "advcl"
                and verb.tag_ == "VBN"
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in dependents(verb))
            )
        ):
            return  # "two soldiers stand accused of the bombing": they are the accused
        if verb.lemma_ == "meet" and lemmas & _DUTIES:
            return  # "failed to meet its obligations": a duty fulfilled, no meeting
        if relation is Relation.AGREED_WITH and lemmas & _SYMPATHY:
            return  # "offered condolences to Turkey": sympathy, no offer
        if (
            verb.lemma_ == "sign"
            and lemmas & _SIGNED_PAPERS
            and not lemmas & (LEXICON[Relation.AGREED_WITH].nouns | {"intent"})
        ):
            return  # "signed a letter to the Security Council": no agreement with it
        if relation is Relation.THREATENED and verb.lemma_ == "warn" and _warned_of_news(verb):
            return  # "warned Warsaw of the drones' approach": told, not threatened
        if (
            relation is Relation.THREATENED
            and verb.lemma_ == "warn"
            and any(c.dep_ == "ccomp" and reports_done(c) for c in dependents(verb))
        ):
            return  # "warned that the police had arrested X": a report, no threat
        entry = LEXICON[relation]
        if entry.judges_acts and relation is not Relation.COERCED:
            judged = self._judged_after_comma(verb)
            if judged is not None:
                # "..., a charge Kampala rejected", "..., a move Tehran denounced": the
                # judges named before the verb, the author of the clause before the comma
                judges, authors, rule = judged
                for judge in judges:
                    for author in authors:
                        if author.actor.id != judge.actor.id:
                            yield Candidate(judge, author, relation, rule, verb)
                return
        required = entry.needs_object.get(verb.lemma_.lower())
        if (
            required is not None
            and not lemmas & required
            and (lemmas or verb.lemma_ not in entry.optional_object)
            and not (relation is Relation.COERCED and self._organisation_object(verb))
        ):
            return
        particles = entry.particles.get(verb.lemma_)
        if (
            particles is not None
            and not any(
                c.dep_ in ("prt", "prep") and c.lower_ in particles
                # "stripped Ramirez of his citizenship", "stripped the writer Sergio
                # Ramirez of ...": "of" hung on the object or on its apposition
                for d in (verb, *_objects_and_appositions(verb))
                for c in dependents(d)
            )
            and not (verb.lemma_ == "force" and _made_to(verb) and _actors_doing(verb, self.args))
        ):
            # "forced the agency out", or an actor's "forced the president to resign" (not
            # "forced its way in", nor "protests forced Oli to resign": no actor's doing)
            return
        if verb.lemma_ in entry.transitive and not any(
            c.dep_ in ("dobj", "obj", "xcomp", "ccomp") for c in dependents(verb)
        ):
            return  # "the number of refugees declined to 230,000": a fall, not a refusal
        if relation is Relation.PROTESTED_AGAINST and verb.lemma_ == "protest":
            # "X is failing its refugees, a rights group protested": a complaint.
            found = self.args.clausal_objects(verb) or self._reported_subjects(verb)
            if found:
                yield from self._with_subjects(verb, found, Relation.ACCUSED, "clausal-object")
                return
        if (
            relation is Relation.DEMANDED
            and verb.lemma_ == "ask"
            and any(
                c.dep_ in ("ccomp", "advcl")
                and (
                    any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in dependents(c))
                    # "Biden asked why Hamas still holds them", "What al-Shabab person has
                    # a child, she asked": a question word opens the clause
                    or any(
                        w.tag_ in ("WDT", "WP", "WP$", "WRB")
                        and w.i == c.left_edge.i
                        # (but "asked Malaysia, which has facilitated the talks, to ...":
                        # a relative clause the parser hung on the verb)
                        and (w.i == 0 or self.args.doc[w.i - 1].text != ",")
                        for w in (
                            *dependents(c),
                            *(g for d in dependents(c) for g in dependents(d)),
                        )
                    )
                )
                for c in dependents(verb)
            )
        ):
            return  # "asked the elder Lai if he agreed with them": a question, no demand
        if (
            relation is Relation.DEMANDED
            and verb.lemma_ == "ask"
            and any(c.dep_ == "prep" and c.lower_ in ("about", "on") for c in dependents(verb))
            and not any(
                c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "for")
                for c in dependents(verb)
            )
        ):
            return  # "asked Germany about the delay": a question put, nothing asked for
        if relation is Relation.SUPPORTS and any(
            c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _YIELDS for c in dependents(verb)
        ):
            # "welcomed the withdrawal of French troops", "praised the release of prisoners
            # by Israel": glad of what the other side gives up, no support of it
            return
        if any(
            c.dep_ == "prep"
            and c.lower_ == "to"
            and any(p.dep_ == "pobj" and p.lemma_.lower() in _WRITINGS for p in dependents(c))
            for c in dependents(verb)
        ):
            # "Margaret Besheer contributed to this report from the United Nations": a
            # byline, no aid to anyone
            return
        if _reciprocal_object(verb):
            subjects = self._subjects(verb)
            if len(subjects) > 1:
                # "the army and the RSF accused each other": each the other
                yield from _pairs(subjects, relation, "symmetric-coordination", verb)
                yield from _pairs(subjects[::-1], relation, "symmetric-coordination", verb)
                return
        objects, rule = self._objects(verb, entry)
        if not objects and relation is Relation.AGREED_WITH:
            # "X met Y in Moscow and agreed to ...": with the one met
            objects = self._met_before(verb)
            rule = "met-and-agreed" if objects else rule
        if relation is Relation.CONCEDED_TO and rule == "clausal-object" and _haven(verb):
            # "allowed militants to use its territory": a haven given, support (CAMEO 075)
            relation = Relation.SUPPORTS
        if (
            relation is Relation.COERCED
            and verb.lemma_ in _EXPELLING
            and objects
            and all(m.actor.type is ActorType.INTERNATIONAL_ORGANIZATION for m in objects)
            and not (verb.lemma_ == "force" and _made_to(verb))
            # (but "expelled the UN peacekeeping mission": its troops, as "expelled
            # French troops")
            and not any(
                t.lower_ in _ARMED_MISSIONS
                for c in dependents(verb)
                if c.dep_ in ("dobj", "obj")
                for t in c.subtree
            )
        ):
            relation = Relation.SANCTIONED  # "expelled the UN refugee agency": like diplomats
        if (
            relation is Relation.ATTACKED
            and verb.lemma_ in _VERBAL_ATTACKS
            and objects
            and (
                verb.lemma_ in _WORDY_ATTACKS
                or all(m.actor.type in (ActorType.PERSON, ActorType.ORGANIZATION) for m in objects)
                or _spoken_by_person(verb, self._subjects(verb))
                or over_grievance(verb)
            )
            and any(
                c.dep_ == "prep"
                and c.lower_ in _REASON_PREPS
                and any(
                    p.dep_ == "pcomp"
                    or (p.dep_ == "pobj" and p.lemma_.lower() not in _SPANS_OF_TIME)
                    for p in dependents(c)
                )
                for c in dependents(verb)
            )
        ):
            # "Trump attacked The Wall Street Journal for refusing to support him",
            # "attacked Macron over his remarks": words against a person or a paper, no
            # violence (but "attacked Hamas for firing rockets" may be a strike); so a
            # president's "attacked the United States for its deportation flights", and
            # anyone's "attacked Washington over its tariffs": a grievance over a matter
            relation = Relation.ACCUSED
        elif relation is Relation.ATTACKED and (
            any(
                c.dep_ in ("dobj", "obj")
                and any(a.dep_ == "amod" and a.lower_ in _WORDY_MODIFIERS for a in dependents(c))
                for c in dependents(verb)
            )
            or (
                any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in dependents(verb))
                and _spoken_by_person(verb, self._subjects(verb))
            )
        ):
            # "fired a verbal salvo at China": words; "President Vucic hit back at
            # Croatia": a politician's retort, no strike
            relation = Relation.ACCUSED
        elif (
            relation is Relation.ATTACKED
            and verb.lemma_ in _WORDY_ATTACKS
            and any(
                c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _POLICY_NOUNS
                for c in dependents(verb)
            )
        ):
            # "Beijing blasted Washington's decision to sell arms", "Manila assailed
            # Beijing's claims": what was said or decided is hit in words
            relation = Relation.ACCUSED
        yield from self._with_subjects(verb, objects, relation, rule)
        if relation is Relation.COERCED and self._on_charges(verb):
            # "jailed 52 members of MASSOB on allegations of treason": also an accusation
            yield from self._with_subjects(verb, objects, Relation.ACCUSED, rule)
        if relation is Relation.DEMANDED:
            yield from self._punished(verb)

    def _idiom(self, verb: Token, relation: Relation) -> Iterator[Candidate]:
        """Read a CAMEO idiom: the verb with its noun, the other party after a preposition.

        "breached the ceasefire with Y", "inflicted heavy losses on Y", "amassed troops
        near Y"; the idiom's noun must be the verb's object (or a modifier of it).
        """
        entry = LEXICON[relation]
        required = entry.needs_object.get(verb.lemma_.lower(), frozenset())
        if _is_passive(verb) or self._idiom_elsewhere(verb, relation):
            return
        idioms = trigger_tables().idioms.get(verb.lemma_.lower(), {})
        nouns = [
            c
            for c in dependents(verb)
            if c.dep_ in ("dobj", "obj")
            and _heads_or_modifies(c, required)
            # "closed its border crossings": the noun's own idiom (a sanction), not its
            # modifier's ("closed the border": a restriction)
            and (c.lemma_.lower() in required or idioms.get(c.lemma_.lower(), relation) is relation)
        ]
        if not nouns:
            return
        # "breached the ceasefire with Y": the other party of the idiom's noun
        preps = (entry.preps | _WITH) | frozenset().union(
            *(entry.noun_preps.get(n.lemma_.lower(), frozenset()) for n in nouns)
        )
        objects = (
            self.args.prep_objects(verb, preps)
            or [m for noun in nouns for m in self.args.prep_objects(noun, preps)]
            # "revoked Orano's mining license": whose the idiom's noun is
            or [
                m
                for noun in nouns
                for c in dependents(noun)
                if c.dep_ == "poss" and c.pos_ == "PROPN"
                for m in self.args.actors_of(c)
            ]
        )
        if not objects and verb.lemma_.lower() in ("exchange", "trade", "swap"):
            subjects = self._subjects(verb)
            if len(subjects) > 1:
                # "Israel and Hezbollah exchanged fire": each at the other
                yield from _pairs(subjects, relation, "symmetric-coordination", verb)
                yield from _pairs(subjects[::-1], relation, "symmetric-coordination", verb)
                return
            if not objects:
                return  # "exchanged fire near Goma": the place is no side
        if (
            not objects
            and entry.places
            and not (relation is Relation.MOBILIZED_AGAINST and _aimed_elsewhere(verb))
        ):
            objects = self.args.place_objects(verb, entry.place_preps) or self._place_states(verb)
        yield from self._with_subjects(verb, objects, relation, "prepositional-object")

    def _allied_conjunct(self, first: Token, ally: Token, verb: Token) -> Iterator[Candidate]:
        # "Turkish troops and allied fighters of the Syrian National Army": the group the
        # fighters are of
        groups = self.args.prep_objects(ally, frozenset({"of", "from"})) or self.args.actors_of(
            ally
        )
        partners = self.args.actors_of(first)
        own = {m.actor.id for m in partners}
        for group in groups:
            if group.actor.id in own or group.actor.type is ActorType.PERSON:
                continue
            for partner in partners:
                if partner.actor.type is not ActorType.PERSON:
                    yield Candidate(group, partner, Relation.ALLIED_WITH, "allied-conjunct", verb)

    def _organisation_object(self, verb: Token) -> bool:
        """Whether the verb's object names a known organisation ("suspended the BBC")."""
        return any(
            m.actor.type is ActorType.ORGANIZATION and m.kind == "gazetteer"
            for c in dependents(verb)
            if c.dep_ in ("dobj", "obj")
            for m in self.args.actors_of(c)
        )

    def _received_in(self, verb: Token) -> bool:
        """Whether a verb names the place or seat a guest is received in ("in Beijing").

        The place may hang on the host: "was welcomed by Xi Jinping in Beijing".
        """
        hosts = [p for a in dependents(verb) if a.dep_ == "agent" for p in dependents(a)]
        return any(
            self.territory.place(pobj) is not None or pobj.lemma_.lower() in BUILDINGS | _SEATS
            for prep in [*dependents(verb), *(c for h in hosts for c in dependents(h))]
            if prep.dep_ == "prep" and prep.lower_ in ("in", "at", "to")
            for pobj in dependents(prep)
            if pobj.dep_ == "pobj"
        )

    def _phoned(self, verb: Token) -> bool:
        """Whether "X called Y" is a call to a person: "Erdogan called Putin on Monday".

        Only a person named, with nothing said of them: "called Putin a killer", "called
        Kenya's decision illegal", "called elections" are no calls.
        """
        if _is_passive(verb) or any(
            c.dep_ in ("oprd", "ccomp", "acomp", "attr", "prt") for c in dependents(verb)
        ):
            return False
        objects = [c for c in dependents(verb) if c.dep_ in ("dobj", "obj")]
        # (a person named, not an envoy: "called in the Indian envoy" summons him)
        return (
            len(objects) == 1
            and any(
                m.actor.type is ActorType.PERSON and self.args.links.at(objects[0]) is m
                for m in self.args.actors_of(objects[0])
            )
            and not any(
                c.dep_ in ("oprd", "amod", "acl") and c.i > objects[0].i
                for c in dependents(objects[0])
            )
        )

    def _welcomed_to(self, verb: Token) -> bool:
        """Whether "welcomed X to Y" names a place Y: the guest is received there.

        So does "welcomed X in Beijing" when X is a person: a guest received in a place.
        """
        guests = [
            c
            for c in dependents(verb)
            if c.dep_ in ("dobj", "nsubjpass")
            and (
                (
                    (mention := self.args.links.at(c)) is not None
                    and mention.actor.type is ActorType.PERSON
                )
                # "the Cambodian prime minister": a guest named by office
                or (c.lemma_.lower() in OFFICES and bool(self.args.actors_of(c)))
            )
        ]
        # (the place may hang on the guest: "welcomed Italian Prime Minister X in Algiers",
        # or on the host: "was welcomed by President Y in Beijing")
        hosts = [p for a in dependents(verb) if a.dep_ == "agent" for p in dependents(a)]
        if guests and any(
            self.territory.place(pobj) is not None or pobj.lemma_.lower() in BUILDINGS | _SEATS
            for prep in [*dependents(verb), *(c for g in guests + hosts for c in dependents(g))]
            if prep.dep_ == "prep" and prep.lower_ in ("in", "at")
            for pobj in dependents(prep)
            if pobj.dep_ == "pobj"
        ):
            return True
        return any(
            self.territory.place(pobj) is not None
            # "to State House in Nairobi", "to the presidential palace"
            or pobj.lemma_.lower() in BUILDINGS | _SEATS
            or any(
                c.dep_ == "prep" and c.lower_ == "in" and self.territory.place(p) is not None
                for c in dependents(pobj)
                for p in dependents(c)
            )
            for prep in dependents(verb)
            if prep.dep_ == "prep" and prep.lower_ == "to"
            for pobj in dependents(prep)
            if pobj.dep_ == "pobj"
        )

    def _idiom_elsewhere(self, verb: Token, relation: Relation) -> bool:
        """Whether the verb's object makes an idiom of another relation, or of none.

        The CAMEO verb dictionary codes a verb with some objects otherwise than alone:
        "castigated the plan" is a criticism, "the battle against corruption" no
        event. Objects that are actors are no idiom. kg's own verbs keep their reading.
        """
        idioms = trigger_tables().idioms.get(verb.lemma_.lower())
        if not idioms or verb.lemma_.lower() not in CAMEO_VERBS:
            return False
        for obj in dependents(verb):
            if obj.dep_ not in ("dobj", "obj") or self.args.actors_of(obj):
                continue
            for lemma in (obj.lemma_.lower(), obj.lower_):
                if lemma in idioms:
                    return idioms[lemma] is not relation
        return False

    @staticmethod
    def _on_charges(verb: Token) -> bool:
        """Whether an arrest or a trial is made on a charge ("on charges of treason")."""
        return any(
            prep.dep_ == "prep"
            and prep.lower_ in ("on", "over")
            and any(p.dep_ == "pobj" and p.lemma_.lower() in _CHARGES for p in dependents(prep))
            for prep in dependents(verb)
        )

    def _reported_subjects(self, verb: Token) -> list[LinkedMention]:
        """Return the subject of the clause a parenthetical speech verb reports.

        "Y is failing, a rights group protested": the verb is a ``parataxis`` or
        ``ccomp`` of the reported clause, whose subject is returned.
        """
        if verb.dep_ not in ("parataxis", "ccomp") or verb.head.pos_ not in ("VERB", "AUX"):
            return []
        if verb.i < verb.head.i:
            return []
        return self.args.subjects_of_verb(verb.head)

    def _objects_states(
        self, verb: Token, nouns: frozenset[str] | None = None
    ) -> list[LinkedMention]:
        """The states whose people a verb's direct objects are ("Niger's ambassador").

        With ``nouns``, only objects of those nouns ("three Israeli hostages").
        """
        links = self.args.links
        found: list[LinkedMention] = []
        for envoy in dependents(verb):
            if envoy.dep_ not in ("dobj", "obj"):
                continue
            if nouns is not None and envoy.lemma_.lower() not in nouns:
                continue
            for owner in dependents(envoy):
                state = links.at(owner) if owner.dep_ in ("poss", "amod", "compound") else None
                if (
                    state is not None
                    and state.kind != "location"
                    and state.actor.type is ActorType.STATE
                ):
                    found.append(state)
        return found

    def _objects(self, verb: Token, entry: LexiconEntry) -> tuple[list[LinkedMention], str]:
        """Find a verb's objects, trying the frames from the most to the least direct.

        A frame whose objects are only the verb's own subjects ("Syria offered its troops
        to Y", "X withdrew its forces from Y": "its troops" stands for Syria) gives way
        to the next one.
        """
        args = self.args
        if own_membership(verb):
            # "Nicaragua suspended its membership of the OAS": a withdrawal (rule
            # left-body), no act on the body
            return [], "active-svo"
        claim = next(
            (
                c
                for c in dependents(verb)
                if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _CLAIMS
            ),
            None,
        )
        if (
            claim is not None and any(c.dep_ == "ccomp" and c.i < claim.i for c in dependents(verb))
        ) or self._misparsed_claim(verb) is not None:
            # "X accused Y of Z, a charge Kabul denies" parsed with the accusation as the
            # complement of "denies" (or the charge as its subject): the charge is X's,
            # not an act of Y's to look into
            return self._claim_authors(verb), "claim-author"
        own = frozenset(s.actor.id for s in args.subjects_of_verb(verb))
        if entry is LEXICON[Relation.SANCTIONED] and any(
            c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _ROUTES for c in dependents(verb)
        ):
            return [], "prepositional-object"  # "cut off supply lines to Syria": a siege
        if entry is LEXICON[Relation.ATTACKED] and any(
            p.dep_ == "prep"
            and p.lower_ == "with"
            and g.dep_ == "pobj"
            # ("a fresh round of sanctions")
            and any(
                t.lemma_ in _PENALTIES
                for t in (g, *(o for c in dependents(g) for o in dependents(c)))
            )
            for p in dependents(verb)
            for g in dependents(p)
        ):
            # "hit Russia with new sanctions", "targeted Canada with tariffs": no violence
            # (rule hit-with-penalties)
            return [], "active-svo"
        if any(
            c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _BOUNTIES for c in dependents(verb)
        ):
            # "offered a $5 million reward for X": X is hunted, no partner of an offer
            return [], "active-svo"
        if verb.lemma_ in entry.recipients:
            # "extradited the suspect to Britain": the direct object is what is handed
            # "donated vaccines to the Philippines", the "to" phrase on the verb or its object
            handed = [c for c in dependents(verb) if c.dep_ in ("dobj", "obj")]
            recipients = [
                m
                for m in args.prep_objects(verb, _TO)
                or [r for obj in handed for r in args.prep_objects(obj, _TO)]
                if m.actor.id not in own
            ]
            if not recipients and entry is LEXICON[Relation.AIDED]:
                helped = self._helped(verb)
                if helped:
                    return helped, "purpose-object"
            if recipients or verb.lemma_ not in entry.needs_object:
                return recipients, "prepositional-object"
        # "deployed troops to Congo to help its army": no mobilisation against Congo, by
        # its "to" phrase nor by the place
        hosted_deployment = entry is LEXICON[Relation.MOBILIZED_AGAINST] and _aimed_elsewhere(verb)
        frames: list[tuple[str, Callable[[], list[LinkedMention]]]] = []
        if verb.lemma_ in _WRESTING and entry is LEXICON[Relation.ATTACKED]:
            # "recaptured Omdurman from the RSF": whom the ground was taken from comes
            # before the ground itself
            frames.append(("prepositional-object", lambda: args.prep_objects(verb, _FROM)))
            # "to retake territory lost to the Arakan Army": whom it was lost to
            frames.append(("prepositional-object", lambda: _lost_to(args, verb)))
        needed = entry.needs_object.get(verb.lemma_, frozenset())
        instrument = entry is LEXICON[Relation.MOBILIZED_AGAINST] and any(
            c.dep_ in ("dobj", "obj") and (c.lemma_.lower() in needed or c.lower_ in needed)
            for c in dependents(verb)
        )
        hosted_thing = (
            verb.lemma_ == "host"
            and (
                any(
                    c.dep_ in ("dobj", "obj")
                    and (
                        c.lemma_.lower() in _HOSTED_THINGS
                        # "Algiers has hosted the Polisario Front": a refuge, no meeting (but
                        # "hosted Hamas leaders" meets them)
                        or (
                            c.pos_ == "PROPN"
                            and (found := args.actors_of(c))
                            and all(m.actor.type is ActorType.ARMED_GROUP for m in found)
                        )
                    )
                    for c in dependents(verb)
                )
                # "has hosted the Polisario Front and Sahrawi refugees since the 1970s",
                # "has hosted the group's leaders for years": a stay, no meeting
                or any(
                    c.dep_ == "prep"
                    and any(
                        # (but "since Tuesday" may be one visit)
                        p.dep_ == "pobj"
                        and (
                            p.lemma_.lower() in _LONG_SPANS
                            or (
                                c.lower_ == "since"
                                and (p.text[:1].isdigit() or is_event_noun(p.lemma_))
                            )
                        )
                        for p in dependents(c)
                    )
                    and c.lower_ in ("since", "for")
                    for c in dependents(verb)
                )
            )
        )
        if verb.lemma_ in RECEIVING_VERBS and any(
            c.dep_ in ("dobj", "obj") and _received_act(verb, c.lemma_.lower())
            for c in dependents(verb)
        ):
            # "Kenya received American military aid", "accepted Chinese funding",
            # "received a request from Y": what is received names no partner met (the
            # rules received-from, faced-pressure read the giver)
            return [], "active-svo"
        # "withdrew its troops from Y": the troops withdrawn are no party retreated from
        # (but "released 50 Malian soldiers": captives freed are those of their side)
        withdrawn = (
            entry is LEXICON[Relation.RETREATED_FROM]
            and verb.lemma_ in _WITHDRAWING
            and any(
                c.dep_ in ("dobj", "obj") and c.lemma_.lower() in WITHDRAWN_FORCES
                for c in dependents(verb)
            )
        )
        if verb.lemma_ == "summon":
            # "summoned Azerbaijan's ambassador, Rahman Mustafayev": a protest to the state
            # the envoy speaks for, not to the person
            frames.append(("active-svo", lambda: self._objects_states(verb)))
        if entry is LEXICON[Relation.RETREATED_FROM] and verb.lemma_ in _FREEING:
            # "Hamas released three Israeli hostages": a release to the captives' state
            frames.append(("active-svo", lambda: self._objects_states(verb, _CAPTIVES)))
        if (
            verb.lemma_ not in _TOPIC_VERBS
            and not instrument
            and not hosted_thing
            and not withdrawn
        ):
            # "the G7 discussed China's role": what is discussed is no partner; "deployed
            # troops" names what is deployed, not against whom; "hosts a French naval
            # base" hosts no one
            if entry is LEXICON[Relation.RETREATED_FROM] and verb.lemma_ in _FREEING:
                frames.append(("active-svo", lambda: self._freed(verb)))
            else:
                frames.append(("active-svo", lambda: args.direct_objects(verb)))
        if entry.clausal:
            # "insisted on its demands that Burundi's government grant ...": the clause
            frames.append(("clausal-object", lambda: self._message_clause(verb)))
        if not hosted_deployment:
            frames.append(("prepositional-object", lambda: args.prep_objects(verb, entry.preps)))
        if (
            entry is LEXICON[Relation.CONSULTED]
            and verb.lemma_ in ("receive", "host", "welcome")
            and any(
                c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _VISITING_GROUPS
                for c in dependents(verb)
            )
        ):
            # "Armenia received a delegation from France": the parser hangs "from France"
            # on the verb; the delegation's state is met
            frames.append(("active-svo", lambda: args.prep_objects(verb, _FROM)))
        if verb.lemma_ in _TOPIC_VERBS:
            # "discussed the war with Xi": the parser hangs the partner on the topic
            frames.append(
                (
                    "prepositional-object",
                    lambda: [
                        m
                        for topic in dependents(verb)
                        if topic.dep_ in ("dobj", "obj")
                        for m in args.prep_objects(topic, _WITH)
                        # but "discussed the war with Russia" names the war's other side
                        # (a deal negotiated, "is negotiating a security agreement with
                        # Y", has the negotiators as its sides)
                        if topic.lemma_.lower() not in _RELATIONAL_TOPICS
                        or m.actor.type is ActorType.PERSON
                        or _own_deal(topic)
                    ],
                )
            )
        elif (
            entry is not LEXICON[Relation.LEADS]
            and not hosted_thing
            and not withdrawn
            and not (entry is LEXICON[Relation.RETREATED_FROM] and verb.lemma_ in _FREEING)
        ):
            # (but "the attorney leading Lai's legal team" does not lead Lai, and "has
            # hosted Hamas's political office" meets no one; "freed 300 inmates from a
            # Nigerian prison" is a jailbreak, no retreat from the prison's state)
            # (but "Pashinyan froze Armenia's membership": his own state's act, not one
            # done to it)
            frames.append(
                (
                    "possessor-object",
                    lambda: [
                        m
                        for m in args.possessor_objects(verb, entry)
                        if m.actor.id not in self._own_states(own)
                    ],
                )
            )
        if entry.clausal:
            frames.append(("clausal-object", lambda: args.clausal_objects(verb)))
        # "urged Y to release X", "called on Y to release X": the demand is made of Y
        controlled = bool(addressees(verb)) and any(c.dep_ == "xcomp" for c in dependents(verb))
        if (
            entry.complement
            and (verb.lemma_ != "agree" or any(c.dep_ == "xcomp" for c in dependents(verb)))
            and not (controlled and entry.clausal)
            and not (any(entry is LEXICON[r] for r in _FRIENDLY) and _hostile_complement(verb))
            # "refused to join the sanctions against Russia", "declined to attack Y": an act
            # against Y refused is no rejection of Y
            and not (entry is LEXICON[Relation.REJECTED] and _hostile_complement(verb))
            # "Russia seeks to isolate Ukraine", "wants to meet Y": an aim of the subject's
            # own, asked of no one (but "urged Y to leave" asks it of Y)
            and not (
                entry is LEXICON[Relation.DEMANDED]
                and not addressees(verb)
                and any(c.dep_ == "xcomp" for c in dependents(verb))
            )
        ):
            # "ordered the school to give Makeda classes": the order is on the school
            # "agreed to hand over Y"; but "'It is not over', agreed X" reports speech.
            frames.append(
                (
                    "complement-object",
                    lambda: [
                        m
                        for m in args.complement_objects(
                            verb,
                            entry,
                            own=own,
                            partner=any(entry is LEXICON[r] for r in _FRIENDLY),
                        )
                        if not (
                            entry is LEXICON[Relation.AGREED_WITH]
                            and (self._done_to(m, verb) or _pledged_ties(m, verb))
                        )
                    ],
                )
            )
        if entry.judges_acts and entry.complement:
            # "rioted in Dili, demanding independence from Indonesian rule": whom the
            # protest makes its demand of, before where it took place
            frames.append(("purpose-object", lambda: self._demand_targets(verb)))
        if (
            entry.places
            # "freed 300 inmates from a Nigerian prison": where the captives were held
            and not (entry is LEXICON[Relation.RETREATED_FROM] and verb.lemma_ in _FREEING)
            # "prevent further violence in Kosovo": an event kept from happening there,
            # no one kept from acting
            and not (
                verb.lemma_ == "prevent"
                and any(
                    c.dep_ in ("dobj", "obj") and not args.actors_of(c) for c in dependents(verb)
                )
            )
            and not (
                verb.lemma_ in _FIGHTING
                and not any(c.dep_ in ("dobj", "obj") for c in dependents(verb))
            )
            and not hosted_deployment
            # "arrested militants in Kabul": people no actor names were acted on, not
            # the state they were in (an attack in a city is one on its state)
            and not (
                entry is not LEXICON[Relation.ATTACKED]
                and any(
                    c.dep_ in ("dobj", "obj")
                    and c.lemma_.lower() in PEOPLE_NOUNS
                    and not args.actors_of(c)
                    for c in dependents(verb)
                )
            )
            # "banned music at weddings in Kabul", "seized weapons in Kunduz", "besieged
            # the city": a coercion acts on its object, whatever it is; the place it
            # happens in is no party to it
            and not (
                entry is LEXICON[Relation.COERCED]
                and any(c.dep_ in ("dobj", "obj") for c in dependents(verb))
            )
            # "Hamas supporters rallied in Gaza": for their side, not against the place
            and not (
                entry is LEXICON[Relation.PROTESTED_AGAINST]
                and verb.lemma_ in _GATHERING
                and any(
                    c.dep_ == "nsubj" and c.lemma_.lower() in FOLLOWER_NOUNS
                    for c in dependents(verb)
                )
            )
        ):
            # (but "Hezbollah is fighting in Syria" is where it fights, not whom:
            # rule fighting-in)
            frames.append(("place-object", lambda: args.place_objects(verb, entry.place_preps)))
            # ("withdrew from Tigray": a retreat from the state the place lies in)
            preps = (
                _PLACE_PREPS | _FROM if entry is LEXICON[Relation.RETREATED_FROM] else _PLACE_PREPS
            )
            frames.append(("place-object", lambda: self._place_states(verb, preps)))
        # ("ordered the expulsion of diplomats from Peru", "ordered jets from France":
        # where the people or goods come from, not whom the order is made of)
        asked_of = entry.preps - _FROM if verb.lemma_ == "order" else entry.preps
        frames.append(("prepositional-object", lambda: self._of_targets(verb, asked_of)))
        if entry.places:
            # "returned the weapons seized from UN peacekeepers": whom they were taken from
            frames.append(("prepositional-object", lambda: self._taken_from(verb)))
        # "boycott all official contact with the United States", "cut trade with Y"
        # (but "accept talks with Y" agrees to nothing with Y yet)
        # (and "met Kallas to discuss relations with Serbia" talks about the ties, not
        # with Serbia: talks that are the purpose of a meeting have the meeting's party)
        ties = (
            _RELATIONS_WITH - MEETINGS
            if entry is LEXICON[Relation.AGREED_WITH]
            else _RELATIONS_WITH & MEETINGS
            if entry is LEXICON[Relation.CONSULTED] and _purpose_of_talks(verb)
            else _RELATIONS_WITH
        )
        if not (entry is LEXICON[Relation.DEMANDED] and verb.lemma_ in _SEEKING) and not any(
            entry is LEXICON[r] for r in (Relation.SUPPORTS, Relation.ACCUSED)
        ):
            # (but "is seeking closer ties with Y" asks Y for nothing: the ties are the
            # seeker's intent, read as the light verb's nominal; "welcomed its improved
            # ties with Y", "criticised the talks with Y" judge the ties, not the partner)
            frames.append(("possessor-object", lambda: self._object_targets(verb, ties, _WITH)))
        if entry is LEXICON[Relation.AGREED_WITH] and verb.lemma_ in ("agree", "concur"):
            # "agreed with Algeria's assessment", "concurred with Kenya's position": with
            # the view's holder
            frames.append(("possessor-object", lambda: self._view_holders(verb)))
        if entry is LEXICON[Relation.SUPPORTS]:
            # "backed the cause of the Polisario Front": whose cause is backed
            frames.append(("possessor-object", lambda: self._object_targets(verb, _CAUSES, _OF)))
        if entry is LEXICON[Relation.SUPPORTS] and verb.lemma_ in RECOGNISING_VERBS:
            # "does not recognize the jurisdiction of the ICJ": whose authority is (not)
            # recognised
            frames.append(("possessor-object", lambda: self._object_targets(verb, _AUTHORITY, _OF)))
        if entry is LEXICON[Relation.SANCTIONED]:
            # "froze the assets of the RSF": whose holdings are frozen
            frames.append(("possessor-object", lambda: self._object_targets(verb, _HOLDINGS, _OF)))
            # "banned imports of Moldovan wine", "halted Japanese seafood imports": the
            # state the goods come from
            frames.append(("possessor-object", lambda: self._goods_origin(verb)))
        frames.append(("act-agent", lambda: self._act_agents(verb, entry)))
        if entry is not LEXICON[Relation.CONSULTED]:
            # (but "discussed China's role" is a topic of talks, no talks with China)
            frames.append(("claim-author", lambda: self._claim_authors(verb)))
        if entry.places and not (
            entry is LEXICON[Relation.MOBILIZED_AGAINST] and hosted_deployment
        ):
            # (but "deployed special forces to Juba to support Kiir's government" mobilises
            # for it, not against it)
            frames.append(("purpose-object", lambda: args.purpose_objects(verb, entry)))
        if entry.clausal:
            # "demanding a U.N. military presence": the one whose act is demanded
            frames.append(("possessor-object", lambda: self._demanded_of(verb)))
        if entry is LEXICON[Relation.AIDED]:
            # "provided training and equipment to assist the police": whom the aid is for
            frames.append(("purpose-object", lambda: self._helped(verb)))
        if entry.complement:
            frames.append(("prepositional-object", lambda: self._message_targets(verb, entry)))
        if entry.refusal:
            # "declined to resign despite pressure by the commission": a refusal of Y
            frames.append(("prepositional-object", lambda: self._despite(verb)))
        if entry.after_talks:
            # "called off the strike after deliberations with the government"
            frames.append(("prepositional-object", lambda: self._talks_before(verb)))
        if entry.after_acts:
            # "deployed troops after attacks by the rebels"
            frames.append(("act-agent", lambda: self._authors_before(verb)))
        if verb.lemma_ in ("seek", "request", "ask") and _object_lemmas(verb) & _REFUGE:
            # "sought refuge in Germany": asked of the state where it is sought
            frames.append(("place-object", lambda: args.place_objects(verb, _IN)))
        if not entry.judges_acts and entry is not LEXICON[Relation.CONSULTED]:
            # "demanded the withdrawal of Israeli troops", "allowed the return of U.N.
            # inspectors": the one who would carry out the act (but "discussed the
            # withdrawal of AU troops" is a topic of talks, no talks with the AU)
            frames.append(("possessor-object", lambda: self._object_targets(verb, _ACTS_OF, _OF)))
        if entry.complement and not any(entry is LEXICON[r] for r in _NO_PLACE_PARTY):
            frames.append(("complement-place", lambda: self._complement_places(verb)))
            if entry.conditional:
                frames.append(("condition-subject", lambda: self._condition_subjects(verb)))
        for rule, find in frames:
            # "Russia deployed troops": its own forces are no object either (but a body
            # named by its name is: "Iraq accused the Kurdistan Regional Government")
            found = [
                m
                for m in find()
                if m.actor.id not in own
                and not (m.kind in ("generic", "composite") and m.actor.part_of in own)
            ]
            if found:
                return found, rule
        return [], ""

    def _done_to(self, mention: LinkedMention, verb: Token) -> bool:
        """Whether a complement's object is what an act other than an offer's is done to.

        "is prepared to squeeze the rebels", "agreed to extradite X": the rebels and X
        are no party to the readiness or the agreement (but "agreed to meet Y", "ready
        to help Y" are offers to Y, and "agreed to extradite X to the United States" is
        made with the United States, a prepositional object).
        """
        token = self.doc[mention.end - 1]
        while token.dep_ == "conj" and token.head.i < token.i:
            token = token.head
        act = token.head
        return (
            token.dep_ in ("dobj", "obj")
            and act.i != verb.i
            and act.pos_ == "VERB"
            and act.lemma_.lower() not in _OFFERED_ACTS
            and not is_light_verb(act)
        )

    def _talks_before(self, verb: Token) -> list[LinkedMention]:
        """Return the party of the talks or fighting an act follows ("after talks with Y")."""
        for pobj in _preceding(verb):
            if pobj.lemma_.lower() in _QUANTITY_NOUNS:
                # "after 12 days of battles with the Amal militia"
                pobj = next(
                    (p for c in dependents(pobj) if c.lower_ == "of" for p in dependents(c)), pobj
                )
            if {pobj.lemma_.lower(), pobj.lower_} & (_RELATIONS_WITH | _FIGHTING_NOUNS):
                found = self.args.prep_objects(pobj, _WITH)
                if found:
                    return found
        return []

    def _taken_from(self, verb: Token) -> list[LinkedMention]:
        """Return whom the verb's object was taken from ("weapons seized from Y")."""
        for obj in dependents(verb):
            if obj.dep_ not in ("dobj", "obj"):
                continue
            for clause in (
                *dependents(obj),
                *(c for o in conjuncts_of(obj) for c in dependents(o)),
            ):
                if clause.dep_ == "acl" and clause.lemma_ in _TAKING:
                    found = self.args.prep_objects(clause, _FROM)
                    if found:
                        return found
        return []

    def _authors_before(self, verb: Token) -> list[LinkedMention]:
        """Return who carried out the acts the verb's act answers ("after protests by Y")."""
        for act in _preceding(verb):
            if is_event_noun(act.lemma_.lower()):
                found = self.args.event_agent(act)
                if found:
                    return found
        return []

    def _despite(self, verb: Token) -> list[LinkedMention]:
        """Return who pressed for what the verb refuses ("despite calls from Y")."""
        scopes = [verb, *(c for c in dependents(verb) if c.dep_ == "xcomp")]
        for prep in (c for scope in scopes for c in dependents(scope)):
            if prep.dep_ == "prep" and prep.lower_ == "despite":
                for pobj in dependents(prep):
                    if pobj.dep_ == "pobj" and pobj.lemma_.lower() in _PRESSURES:
                        found = self.args.prep_objects(pobj, _PRESSED_BY)
                        if found:
                            return found
        return []

    def _view_holders(self, verb: Token) -> list[LinkedMention]:
        """Return whose view a verb of agreeing agrees with ("agreed with Y's assessment")."""
        return [
            m
            for view in pobjs(verb, "with")
            if view.lemma_.lower() in _VIEWS
            for c in dependents(view)
            if c.dep_ == "poss"
            for m in self.args.actors_of(c)
        ]

    def _object_targets(
        self, verb: Token, nouns: frozenset[str], preps: frozenset[str]
    ) -> list[LinkedMention]:
        """Return the actors after ``preps`` of the verb's object, when it is one of ``nouns``.

        The other party of ties ("boycott all contact with the United States"), who
        carries out an act ("allow the return of U.N. inspectors").
        """
        for obj in dependents(verb):
            if obj.dep_ in ("dobj", "obj") and _heads_or_modifies(obj, nouns):
                found = self.args.prep_objects(obj, preps)
                if found:
                    return found
        return []

    def _goods_origin(self, verb: Token) -> list[LinkedMention]:
        """Return the states whose goods the verb's object, a flow of trade, names.

        "banned imports of Moldovan wine", "halted Japanese seafood imports"; "imports
        from Japan" names the state itself (rule place-object).
        """
        found: list[LinkedMention] = []
        for obj in dependents(verb):
            if obj.dep_ not in ("dobj", "obj") or obj.lemma_.lower() not in TRADE_FLOWS:
                continue
            for child in dependents(obj):
                if child.dep_ in ("amod", "compound", "nmod", "poss"):
                    modifiers = [child, *conjuncts_of(child)]
                elif child.dep_ == "prep" and child.lower_ == "of":
                    modifiers = [
                        m
                        for p in dependents(child)
                        if p.dep_ == "pobj" and self.args.links.at(p) is None
                        for c in (p, *conjuncts_of(p))
                        for m in dependents(c)
                        if m.dep_ in ("amod", "compound", "nmod", "poss")
                    ]
                else:
                    continue
                self._add_states(found, modifiers)
        return found

    def _add_states(self, found: list[LinkedMention], modifiers: Iterable[Token]) -> None:
        """Add to ``found`` the states (not places) the modifiers name, each once."""
        for modifier in modifiers:
            state = self.args.links.at(modifier)
            if (
                state is not None
                and state.actor.type is ActorType.STATE
                and state.kind != "location"
                and all(state.actor.id != f.actor.id for f in found)
            ):
                found.append(state)

    def _origin_states(self, token: Token, preps: frozenset[str]) -> list[LinkedMention]:
        """Return the states whose goods ``token``'s prepositional phrase names.

        "tariffs on Canadian and Mexican exports", "a ban on China's rare earths",
        "tariffs on imports from Argentina": the states among the modifiers of the object
        and of its conjuncts.
        """
        found: list[LinkedMention] = []
        for prep in dependents(token):
            if prep.dep_ != "prep" or prep.lower_ not in preps:
                continue
            for pobj in (p for p in dependents(prep) if p.dep_ == "pobj"):
                if self.args.links.at(pobj) is not None:
                    continue  # a named actor is read as one elsewhere
                for item in (pobj, *conjuncts_of(pobj)):
                    for child in dependents(item):
                        if child.dep_ == "prep" and child.lower_ in ("from", "of"):
                            # "tariffs on imports from Argentina"
                            modifiers = [p for p in dependents(child) if p.dep_ == "pobj"]
                        elif child.dep_ in ("amod", "compound", "poss", "nmod"):
                            modifiers = [child]
                        else:
                            continue
                        self._add_states(
                            found, (m for c in modifiers for m in (c, *conjuncts_of(c)))
                        )
        return found

    def _of_targets(self, token: Token, preps: frozenset[str]) -> list[LinkedMention]:
        """Return the target of what an object or event is part of.

        "suspended part of a military aid program for Bosnia", "a suspension of air
        links with Serbia": the target hangs off the "of" phrase.
        """
        scopes = [token, *(c for c in dependents(token) if c.dep_ in ("dobj", "obj"))]
        # (an "of" of the "of" phrase names an owner: "condemned the display of a poster
        # of X" condemns no act of X)
        inner = preps - {"of"}
        for scope in scopes:
            for prep in dependents(scope):
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for pobj in dependents(prep):
                        if pobj.dep_ == "pobj":
                            found = self.args.prep_objects(pobj, inner)
                            if found:
                                return found
        return []

    def _message_clause(self, verb: Token) -> list[LinkedMention]:
        """Return the subject of a clause complementing the verb's message noun."""
        nouns = [c for c in dependents(verb) if c.dep_ in ("dobj", "obj")]
        nouns += [
            p
            for c in dependents(verb)
            if c.dep_ == "prep"
            for p in dependents(c)
            if p.dep_ == "pobj"
        ]
        for noun in nouns:
            if noun.lemma_.lower() in _MESSAGES:
                found = self.args.clausal_objects(noun)
                for clause in (c for c in dependents(noun) if c.dep_ == "acl" and not found):
                    # "its demands that Burundi's government grant ...", parsed as acl
                    if any(m.dep_ == "mark" for m in dependents(clause)):
                        found = self.args.subjects_of_verb(clause)
                if found:
                    return found
        return []

    def _demanded_of(self, verb: Token) -> list[LinkedMention]:
        """Return the actor named by the modifiers of what is demanded ("a U.N. presence")."""
        for obj in dependents(verb):
            if obj.dep_ not in ("dobj", "obj"):
                continue
            # "demanded an admission by Moscow", "demanded support from the Assembly",
            # "demanded a truce with Moslem forces"
            preps = _ASKED_WITH if is_event_noun(obj.lemma_.lower()) else _ASKED_OF
            if verb.lemma_ in _SEEKING:
                # "sought talks with Y": Y is the partner of the talks sought (read as
                # the light verb's nominal), not the one asked
                preps = preps - _WITH
            found = self.args.prep_objects(obj, preps)
            if not found and (obj.lemma_.lower() in _MESSAGES or is_event_noun(obj.lemma_.lower())):
                found = self._modifier_actors(obj)
            if found:
                return found
        return []

    def _condition_subjects(self, verb: Token) -> list[LinkedMention]:
        """Return the actor a threat is conditional on.

        "Russia threatened to halt the talks if the United States deploys missiles":
        the threat is aimed at the subject of the condition.
        """
        scopes = [verb, *(c for c in dependents(verb) if c.dep_ in ("xcomp", "ccomp"))]
        for scope in scopes:
            for clause in dependents(scope):
                if clause.dep_ == "advcl" and any(
                    c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in dependents(clause)
                ):
                    if _is_passive(clause) or (
                        clause.tag_ == "VBN"
                        and not any(c.dep_ == "nsubj" for c in dependents(clause))
                    ):
                        # "would respond if attacked by Rwandan forces": aimed at the
                        # attacker, not at whoever would be attacked
                        found = self.args.agents_of(clause)
                    else:
                        found = self.args.subjects_of_verb(clause)
                    if found:
                        return found
        return []

    def _demand_targets(self, token: Token) -> list[LinkedMention]:
        """Return whom a protest's purpose clause makes a demand of.

        "staged a strike to demand the resignation of President X", "blocked roads to
        press their demands from X's government", "rallied to show their disapproval of
        Y's policies".
        """
        clauses = [c for c in dependents(token) if c.dep_ in ("advcl", "xcomp", "acl")]
        # "rioted, joining thousands of demonstrators in demanding independence from Y"
        clauses += [
            pcomp
            for clause in clauses
            if clause.lemma_ in ("join", "participate")
            for prep in dependents(clause)
            if prep.dep_ == "prep" and prep.lower_ == "in"
            for pcomp in dependents(prep)
            if pcomp.dep_ == "pcomp"
        ]
        for clause in clauses:
            if clause.pos_ != "VERB" or clause.lemma_ not in _PURPOSE_VERBS:
                continue
            found = self.args.prep_objects(clause, _DEMAND_PREPS)
            # "to demand the resignation of X", "calling for the removal of X"
            for obj in _asked_for(clause):
                found = found or self._owners(obj, depth=0)
            if found:
                return found
        return []

    def _owners(self, noun: Token, *, depth: int) -> list[LinkedMention]:
        """Actors a demanded thing belongs to or is asked of ("the removal of X")."""
        if noun.lemma_.lower() in RELEASE_ACTS:
            # "to demand the release of X": asked of X's jailers, not of X (when named:
            # "of hostages held by Y")
            return self.args.captors(noun)
        found = [
            m
            for c in dependents(noun)
            if c.dep_ == "poss" and c.pos_ != "PRON"
            for m in self.args.actors_of(c)
        ]
        if found or depth > 2:
            return found
        for prep in dependents(noun):
            if prep.dep_ == "prep" and prep.lower_ in _DEMAND_PREPS | {"of", "for"}:
                for pobj in dependents(prep):
                    if pobj.dep_ == "pobj":
                        found = self.args.actors_of(pobj) or self._owners(pobj, depth=depth + 1)
                        if found:
                            return found
        return []

    def _complement_places(self, verb: Token) -> list[LinkedMention]:
        """Return the state where the act of the verb's complement takes place.

        "refused to deploy peacekeepers in Iraq", "threatened to impose a curfew in Y";
        the clause of a message object: "rejected a call for its forces to be deployed
        in East Timor".
        """
        clauses = [c for c in dependents(verb) if c.dep_ in ("xcomp", "ccomp")]
        clauses += [
            clause
            for obj in dependents(verb)
            if obj.dep_ in ("dobj", "obj") and obj.lemma_.lower() in _MESSAGES
            for clause in dependents(obj)
            if clause.dep_ in ("acl", "relcl")
        ]
        for clause in clauses:
            if any(
                o.dep_ in ("dobj", "obj") and o.lemma_.lower() in MEETINGS
                for o in dependents(clause)
            ):
                continue  # "agreed to attend talks in Jeddah": the venue, no party
            if clause.pos_ in ("VERB", "AUX"):
                found = self.args.place_objects(clause) or self._place_states(clause)
                if found:
                    return found
        return []

    def _place_states(
        self, token: Token, place_preps: frozenset[str] = _PLACE_PREPS
    ) -> list[LinkedMention]:
        """Return the state of a city named as the place of the act.

        "fired shells at targets in Jericho", "imposed a curfew in the town of Cizre":
        the city stands for its state (:func:`kg.places.place_country`).
        """
        objects = [c for c in dependents(token) if c.dep_ in ("dobj", "obj")]
        for obj in objects:
            # "Russian missiles struck Kharkiv": the city itself is the target; so is "the
            # town of Macomia"
            found = self._city_state(obj)
            if found is None and obj.lemma_.lower() in TARGET_NOUNS:
                found = next(
                    (
                        state
                        for prep in dependents(obj)
                        if prep.dep_ == "prep" and prep.lower_ == "of"
                        for pobj in dependents(prep)
                        if pobj.dep_ == "pobj" and (state := self._city_state(pobj)) is not None
                    ),
                    None,
                )
            if found is not None:
                return [found]
        scopes = [token, *objects]
        # "killed 23 people when they blew themselves up in Tel Aviv", "shortened the
        # curfew imposed in Sudan"
        scopes += [
            c
            for c in dependents(token)
            if c.dep_ == "advcl" and any(m.lower_ == "when" for m in dependents(c))
        ]
        scopes += [c for obj in objects for c in dependents(obj) if c.dep_ == "acl"]
        for scope in scopes:
            for prep in dependents(scope):
                if prep.dep_ != "prep" or prep.lower_ not in place_preps:
                    continue
                for pobj in dependents(prep):
                    if pobj.dep_ != "pobj":
                        continue
                    # "in support of Y", "in response to Y": an act, no place (but "on
                    # alert in the West Bank" is there)
                    act = pobj.pos_ == "NOUN" and is_event_noun(pobj.lemma_.lower())
                    found = None if act else self._city_state(pobj)
                    if found is not None:
                        return [found]
                    # "targets in Jericho", "the town of Cizre", "a jail in northern Israel"
                    # (but "a blaze near the Somali embassy" is not in Somalia)
                    # (but "in the face of threats from Y" names no place: "of" only
                    # after a noun of places)
                    place_noun = pobj.lemma_.lower() in TARGET_NOUNS
                    containing = _CONTAINING - _OF if act or not place_noun else _CONTAINING
                    for inner in dependents(pobj):
                        if inner.dep_ == "prep" and inner.lower_ in containing:
                            for place in dependents(inner):
                                if place.dep_ != "pobj":
                                    continue
                                states = [
                                    m
                                    for m in self.args.actors_of(place)
                                    if m.actor.type is ActorType.STATE
                                ]
                                if states:
                                    return states
                                found = self._city_state(place)
                                if found is not None:
                                    return [found]
        return []

    def _region_before(self, token: Token) -> bool:
        """Whether ``token`` names a place inside a state, tagged so or not ("Oromia")."""
        if token.tag_ == "POS" and token.i > 0:
            token = token.nbor(-1)
        place = self.args.links.at(token)
        if place is not None:
            return place.kind == "location"
        return token.pos_ == "PROPN" and self._untagged_state(token) is not None

    def _untagged_state(self, token: Token) -> LinkedMention | None:
        """The state of a one-word place name the model did not tag ("Kyiv Mayor X")."""
        if token.ent_iob_ != "O":
            return None
        return state_of_place(token.i, token.i + 1, token.text, self.gazetteer)

    def _city_state(self, token: Token) -> LinkedMention | None:
        mention = self.args.links.at(token)
        if mention is None or mention.actor.type is not ActorType.LOCATION:
            return None
        return state_of_place(
            mention.start, mention.end, mention.actor.label, self.gazetteer, mention.actor.country
        )

    def _act_agents(self, verb: Token, entry: LexiconEntry) -> list[LinkedMention]:
        """Return who carried out the act a judging verb is about.

        "protested against human rights violations by the security forces", "condemned
        the decision of the government": the act's author is the object.
        """
        if not entry.judges_acts:
            return []
        if verb.dep_ == "relcl" and not any(
            c.dep_ in ("dobj", "obj") and c.lower_ not in ("that", "which")
            for c in dependents(verb)
        ):
            # "Hungary passed the law, a move Brussels condemned", "strikes in Lebanon
            # that Aoun condemned": the relative's noun is the act, its author the object
            if verb.head.lower_ in CLAIM_NOUNS:
                return []  # "X said Y fought, an accusation Z denied": the claim's author's
            charge = _charge_above(verb) if entry is LEXICON[Relation.REJECTED] else None
            if charge is not None and self.args.links.at(verb.head) is None:
                # "accused Benin of letting French forces train jihadists on its soil,
                # which Cotonou rejected": the relative hung on the charge's last noun
                # rejects the charge, made by the accuser
                return self.args.subjects_of_verb(charge)
            clause = _move_of_clause(verb.head)
            if clause is not None:
                return self.args.subjects_of_verb(clause)
            act = verb.head
            if act.dep_ == "appos" and is_event_noun(act.head.lemma_.lower()):
                # "held their first exercise, a drill that X denounced": the exercise's
                act = act.head
            if is_event_noun(act.lemma_.lower()):
                found = self.args.prep_objects(act, _AUTHOR_PREPS) or self.args.event_agent(act)
                if (
                    not found
                    and act.dep_ in ("dobj", "obj")
                    and act.head.pos_ == "VERB"
                    and act.head.lemma_ not in _JUDGING_VERBS
                ):
                    # "Israel carried out strikes that Aoun condemned": who carried them out
                    # (but "Kenya praised the deal, which X condemned" is no deal of Kenya's)
                    found = self.args.subjects_of_verb(act.head)
                if (
                    not found
                    and act.dep_ == "npadvmod"
                    and act.head.pos_ == "VERB"
                    and self.doc[act.left_edge.i - 1].text == ","
                ):
                    # "X held an exercise, a drill that Y denounced": the clause's act
                    found = self.args.subjects_of_verb(act.head)
                return found
            if (
                act.dep_ in ("dobj", "obj")
                and act.head.pos_ == "VERB"
                and act.head.lemma_ in _HOSTILE_VERBS
                and self.args.links.at(act) is None
                and self.doc[verb.left_edge.i - 1].text == ","
            ):
                # "Israel struck the port, which Lebanon condemned": the strike, whoever
                # struck
                return self.args.subjects_of_verb(act.head)
        acts = [c for c in dependents(verb) if c.dep_ in ("dobj", "obj")]
        acts += [
            pobj
            for c in dependents(verb)
            if c.dep_ == "prep" and c.lower_ in entry.preps
            for pobj in dependents(c)
            if pobj.dep_ == "pobj"
        ]
        # "denounced as an ugly crime Serbia's suppression of the unrest": the object
        # moved after the "as" phrase is parsed as its apposition
        acts += [
            appos
            for c in dependents(verb)
            if c.dep_ == "prep" and c.lower_ == "as"
            for pobj in dependents(c)
            if pobj.dep_ == "pobj"
            for appos in dependents(pobj)
            if appos.dep_ == "appos"
        ]
        for act in acts:
            if (
                act.lemma_.lower() in _MESSAGES
                or act.lemma_.lower() in _CLAIMS
                or act.lower_ in CLAIM_NOUNS
            ):
                # "an investigation into an allegation by Y" does not accuse Y; "rejected
                # the accusation by Mali" is the claim's (claim-author)
                continue
            if act.lemma_.lower() in PEOPLE_NOUNS:
                continue  # "detained a British couple": people, no act of theirs
            if act.lemma_.lower() in _COUNTERPARTS:
                continue  # "accusing its partners of failing ...": others than its owner
            found = self.args.prep_objects(act, _AUTHOR_PREPS) or self.args.event_agent(act)
            if not found and _is_definite(act):
                # "U.S. strikes killed 80 people. Petro condemned the strikes": who
                # carried out the last such act, in this sentence or the one before
                found = self._last_agent(act)
            if found:
                return found
        if (
            acts
            and not _is_passive(verb)
            and verb.pos_ == "VERB"
            and not all(a.lower_ in CLAIM_NOUNS or a.lemma_.lower() in _CLAIMS for a in acts)
        ):
            # "to protest the violations under Sharia law by Islamic fundamentalists": the
            # parser hangs the acts' "by" phrase on the active verb
            return self.args.prep_objects(verb, _AUTHOR_PREPS)
        return []

    def _helped(self, verb: Token) -> list[LinkedMention]:
        """Whom a purpose clause of helping names: "sent arms to help the army"."""
        helping = LEXICON[Relation.AIDED].verbs | LEXICON[Relation.SUPPORTS].verbs | _HELPING
        return [
            m
            for c in dependents(verb)
            if c.dep_ in ("advcl", "xcomp")
            and c.lemma_ in helping
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in dependents(c))
            for m in self.args.direct_objects(c)
        ]

    def _last_agent(self, act: Token) -> list[LinkedMention]:
        """The agent of the last hostile act of ``act``'s kind read before it, nearby."""
        lemma = act.lemma_.lower()
        relation = next(
            (r for r in (Relation.ATTACKED, Relation.SANCTIONED) if lemma in LEXICON[r].nouns),
            None,
        )
        if relation is None:
            return []
        start = sentences_back(act, 1)
        # (the agents of acts read in the sentence or the one before: "Russian forces
        # launched 400 drones at Ukraine. NATO condemned the attack"; farther back, the
        # act condemned is as often another one)
        earlier = [m for m in self.event_agents.get(relation, []) if start <= m.start < act.i]
        if earlier:
            return earlier[-1:]
        # "U.S. strikes on drug boats killed 80 people": the same act named before, by
        # its agent, even if it was done to no actor; "launched airstrikes on a village.
        # The United Nations condemned the strikes"
        nouns = LEXICON[relation].nouns
        verbs = LEXICON[relation].verbs
        for token in reversed(self.doc[start : act.i]):
            if token.pos_ == "VERB" and token.lemma_ in verbs and not _is_passive(token):
                # "The ELN attacked a military base. Petro condemned the attack": the act
                # told by its verb, done to no actor
                found = self.args.subjects_of_verb(token)
                if found:
                    return found
                continue
            if token.i != act.i and (
                token.lemma_.lower() == lemma
                or (token.i >= start and token.lemma_.lower() in nouns)
                or token.lemma_.lower().endswith(lemma)
            ):
                found = self.args.event_agent(token)
                if not found and token.dep_ in ("dobj", "obj") and is_light_verb(token.head):
                    found = self.args.subjects_of_verb(token.head)  # "launched airstrikes"
                if found or token.i >= start:
                    return found
        return []

    def _arming_noun(self, verb: Token, relation: Relation) -> Iterator[Candidate]:
        """Read "arms" or "funds" tagged as a noun as the clause's verb.

        "The UAE, which arms and funds the RSF": the clause's noun arms the object hung
        on the word (or on its conjunct) as an apposition or a direct object.
        """
        args = self.args
        if verb.dep_ == "relcl":
            subjects = [m for m in args.actors_of(verb.head) if m.start < verb.i]
        elif verb.dep_ == "conj":
            subjects = args.subjects_of_verb(verb.head)
        else:
            subjects = [
                m
                for c in dependents(verb)
                if c.dep_ in ("compound", "nsubj") and c.i < verb.i
                for m in args.actors_of(c)
            ]
        heads = [verb, *(c for c in dependents(verb) if c.dep_ == "conj" and c.i > verb.i)]
        if verb.dep_ == "conj":
            heads.append(verb.head)
        objects = [
            m
            for h in heads
            for c in dependents(h)
            if c.dep_ in ("appos", "dobj", "obj") and c.i > verb.i
            for m in args.actors_of(c)
        ]
        subject_ids = {m.actor.id for m in subjects}
        for subject in subjects:
            for obj in objects:
                if obj.actor.id not in subject_ids:
                    yield Candidate(subject, obj, relation, "active-svo", verb)

    def _backing_source(self, verb: Token) -> list[LinkedMention]:
        """Who gives the backing a participle names by its means.

        "backed by air strikes from Ethiopia": the parser may hang "from Ethiopia" on the
        participle rather than on the strikes.
        """
        means = [p for a in dependents(verb) if a.dep_ == "agent" for p in dependents(a)]
        if not any(
            p.dep_ == "pobj" and (p.lemma_.lower() in _ARMED_BACKING or is_event_noun(p.lemma_))
            for p in means
        ):
            return []
        return self.args.prep_objects(verb, _FROM)

    def _described(self, noun: Token) -> list[LinkedMention]:
        """Return the actor a group noun describes in an apposition, if any.

        "The Arakan Army, an ethnic armed group led by X", "Viv Ansanm, a coalition of
        gangs led by X": the description's participle is about the named actor.
        """
        if noun.lemma_.lower() not in _DESCRIBING_NOUNS:
            return []
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "appos":
            noun = noun.head.head  # "a coalition of gangs": the coalition is described
        if noun.dep_ in ("nsubj", "nsubjpass") and noun.left_edge.i > 0:
            # "The ULMWP (...), a political group led by X, called ...": the description
            # parsed as a second subject of the verb, set off by a comma after the first
            before = [
                c
                for c in dependents(noun.head)
                if c.dep_ == noun.dep_ and c.i < noun.i and c.right_edge.i < noun.left_edge.i
            ]
            if before and noun.doc[noun.left_edge.i - 1].text == ",":
                described = self.args.actors_of(before[-1])
                return [m for m in described if m.actor.type is not ActorType.STATE]
            return []
        if noun.dep_ != "appos" or noun.i < noun.head.i:
            return []
        return [m for m in self.args.actors_of(noun.head) if m.actor.type is not ActorType.STATE]

    def _misparsed_claim(self, verb: Token) -> Token | None:
        """The claim noun an answering verb took for its subject or its head, if any.

        "X accused Y of Z, a charge Athens rejected": "charge" parsed as a subject of
        "rejected" (or a compound of it); "..., accusations Abidjan has rejected": the
        claim parsed as the root, "rejected" its complement. The claim is set off by a
        comma after the clause it sums up.
        """
        claims = _CLAIMS | _MESSAGES
        for c in dependents(verb):
            if c.dep_ != "nsubj":
                continue
            for g in (c, *dependents(c)):
                if (
                    (g.i == c.i or (g.dep_ == "compound" and g.i < c.i))
                    and g.lemma_.lower() in claims
                    and c.left_edge.i > 0
                    and self.doc[c.left_edge.i - 1].text == ","
                ):
                    return g
        head = verb.head
        if (
            verb.dep_ == "ccomp"
            and head.pos_ == "NOUN"
            and head.lemma_.lower() in claims
            and head.i < verb.i
        ):
            start = head.i  # (its own words only: as the root, its subtree is everything)
            while (
                start > 0
                and self.doc[start - 1].head.i == head.i
                and self.doc[start - 1].dep_ in ("det", "amod", "compound", "nummod")
            ):
                start -= 1
            if start > 0 and self.doc[start - 1].text == ",":
                return head
        return None

    def _reporting_force(self, verb: Token) -> list[LinkedMention]:
        """The armed force or armed group that reports a clause of an act without author.

        "The Somali army said airstrikes killed 20 al-Shabaab fighters", "the military
        said operations against the TTP would continue": a force reporting strikes or
        operations whose author the clause does not name reports its own (a watchdog
        reporting them does not: "HRW said airstrikes killed civilians").
        """
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        speech = verb.head
        if verb.dep_ != "ccomp" or speech.lemma_ not in SPEECH_VERBS:
            return []
        return [
            m
            for m in self.args.subjects_of_verb(speech)
            if m.actor.type is ActorType.ARMED_GROUP
            or (
                m.actor.type is ActorType.GOVERNMENT_BODY
                and self.doc[m.end - 1].lemma_.lower() in _FORCE_WORDS
            )
        ]

    def _judged_after_comma(
        self, verb: Token
    ) -> tuple[list[LinkedMention], list[LinkedMention], str] | None:
        """Read a judgement set after a comma on the clause before it, by the words.

        "X accused Y of arming the rebels, an accusation Chad rejected", "Britain
        triggered the mechanism, a move Tehran denounced", "the ELN announced a truce,
        which the government dismissed": the judges are named between the noun (or
        "which") and the verb; what is judged is a claim, whose author is who made it
        (the sayer, the accuser), or an act, whose author is the subject of the clause.
        The parser hangs such a tail anywhere (the noun as an apposition, a conjunct,
        the root), so the words are read, not the tree. None if the words do not fit.
        """
        doc = self.doc
        if verb.dep_ in ("amod", "compound", "nmod", "npadvmod") or any(
            c.dep_ in ("dobj", "obj", "nsubjpass", "neg") and c.lower_ not in ("that", "which")
            for c in dependents(verb)
        ):
            # "..., a move that angered Iran" has its own object; "a move Iran-backed
            # groups denounced": "backed" is no predicate
            return None
        judges: list[LinkedMention] = []
        i = verb.i - 1
        while i > verb.sent.start:
            token = doc[i]
            mention = self.args.links.at(token)
            if mention is not None and mention.kind != "location":
                root = doc[mention.start : mention.end].root
                if mention not in judges and root.dep_ not in ("compound", "amod", "poss"):
                    # (not "Afghan foreign ministry" in "Afghan foreign ministry spokesman
                    # X", a modifier of the judge)
                    judges.append(mention)
                i = mention.start - 1
                continue
            if token.lower_ in ("not", "n't", "never"):
                return None
            if (
                token.pos_ in ("DET", "CCONJ", "ADV", "AUX", "PART", "PUNCT")
                or token.lower_
                in (
                    "both",
                    "all",
                    "each",
                )
                or (
                    token.pos_ in ("NOUN", "ADJ", "PROPN")
                    and token.lower_ not in CLAIM_NOUNS
                    and token.lemma_.lower() not in _MOVES
                    and token.lower_ != "which"
                )
            ):
                if token.text == ",":
                    return None
                i -= 1
                continue
            break
        else:
            return None
        noun = doc[i]
        if noun.lower_ in ("that", "which") and noun.i > 0:
            if noun.lower_ == "which" and doc[noun.i - 1].text == ",":
                noun = doc[noun.i - 1]  # ", which X dismissed"
            else:
                noun = doc[noun.i - 1]  # ", a move that X condemned"
        if (
            noun.text == ","
            and noun.i > 0
            and any(c.dep_ == "prep" and c.lower_ in ("of", "with") for c in dependents(verb))
        ):
            # "the White Army militia, which the government accuses of links to X": the
            # actor before the comma is the one charged, with a charge of its own
            named = self.args.links.at(doc[noun.i - 1])
            if named is not None and named.kind != "location":
                return None
        claim = noun.lower_ in CLAIM_NOUNS
        if noun.text != ",":
            if not (claim or noun.lemma_.lower() in _MOVES) or noun.i < 2:
                return None
            det = doc[noun.i - 1]
            comma = doc[noun.i - 2] if det.pos_ == "DET" else det
            if comma.text != ",":
                return None
        else:
            comma = noun
        if not judges or comma.i < 1:
            return None
        # the clause before the comma: from its last word up to its verb
        clause = doc[comma.i - 1]
        judged_ids = {j.actor.id for j in judges}
        for _ in range(12):
            owner = next((c for c in dependents(clause) if c.dep_ == "poss"), None)
            found = self.args.linked(owner) if owner is not None else None
            if found is not None and found.actor.id in judged_ids:
                # "pressed Y over the UAE's alleged role in the war, which Abu Dhabi
                # denies": the judge's own act, denied, names no one else
                return None
            if claim:
                if clause.pos_ == "VERB" and clause.lemma_ in _CHARGING:
                    break
                if (
                    clause.lower_ in CLAIM_NOUNS
                    and clause.dep_ in ("dobj", "obj")
                    and clause.head.pos_ == "VERB"
                ):
                    clause = clause.head  # "reiterated the claim that ...": whose claim
                    break
            elif clause.pos_ == "VERB":
                break
            if clause.dep_ == "ROOT":
                break
            clause = clause.head
        if clause.pos_ != "VERB" or (
            claim
            and clause.lemma_ not in _CHARGING
            and not any(
                c.lower_ in CLAIM_NOUNS and c.dep_ in ("dobj", "obj") for c in dependents(clause)
            )
        ):
            return None
        if not claim and clause.dep_ == "ccomp" and clause.head.lemma_ in _CHARGING:
            # "Ghana said Togo sheltered the plotters, which Lome denied": the saying
            clause = clause.head
        elif not claim and verb.lemma_ in LEXICON[Relation.REJECTED].verbs:
            # "accused Benin of allowing French forces to train jihadists, which Cotonou
            # rejected": what is denied is the charge, made by the accuser
            charge = clause
            for _ in range(4):
                if (
                    charge.dep_ not in ("ccomp", "xcomp", "pcomp", "prep")
                    or charge.head.i == charge.i
                ):
                    break
                charge = charge.head
                if charge.pos_ == "VERB" and charge.lemma_ in _CHARGING:
                    clause = charge
                    break
        elif not claim and clause.lemma_ in _JUDGING_VERBS:
            return None  # "Kenya praised the deal, which X condemned": no act of Kenya's
        authors = self.args.subjects_of_verb(clause)
        if (
            not claim
            and authors
            and all(a.actor.id in judged_ids for a in authors)
            and clause.dep_ in ("xcomp", "ccomp")
            and clause.head.pos_ == "VERB"
        ):
            # "the court ordered Thailand to withdraw, a decision Bangkok rejected": the
            # judge does what it is told; the decision is the one who told it
            authors = self.args.subjects_of_verb(clause.head)
        if not authors:
            return None
        return judges, authors, "claim-author" if claim else "act-agent"

    def _claim_authors(self, verb: Token) -> list[LinkedMention]:
        """Return who made the claim a relative clause answers.

        "X blamed Y, a charge Y rejected", "an accusation by X that Y denied": the verb's
        object is the claim, which stands for its author.
        """
        claims = _CLAIMS | _MESSAGES
        objects = [c for c in dependents(verb) if c.dep_ in ("dobj", "obj") and c.pos_ != "PRON"]
        if verb.dep_ == "relcl" and verb.head.lemma_.lower() in claims and not objects:
            noun = verb.head
        elif len(objects) == 1 and objects[0].lemma_.lower() in claims:
            # "X blamed Y, a charge Z rejected" parsed with "rejected" as the root, the
            # claim as its object and the first clause as its complement
            noun = objects[0]
            found = self.args.prep_objects(noun, _AUTHOR_PREPS) or self.args.event_agent(noun)
            if not found and not _is_passive(verb):
                # "rejected the accusation by Y" with "by Y" hung on the verb
                found = self.args.prep_objects(verb, _AUTHOR_PREPS)
            clauses = [c for c in dependents(verb) if c.dep_ == "ccomp" and c.i < noun.i]
            if (
                not found
                and not clauses
                and verb.dep_ == "ccomp"
                and verb.head.lemma_ in _CHARGING
                and noun.i < verb.i
                and self.doc[noun.left_edge.i - 1].text == ","
            ):
                # "sanctioned X, saying the army had used chemical weapons, a charge Y
                # rejected" with "rejected" hung on "saying": the charge is the sayer's
                return self.args.subjects_of_verb(verb.head)
            if found or not clauses:
                return found
            return self.args.subjects_of_verb(clauses[0])
        elif (misparsed := self._misparsed_claim(verb)) is not None:
            # "X accused Y of Z, a charge Athens rejected" with "charge" made a compound
            # or a second subject, or the root: the claim is the clause before it
            holder = verb.head if misparsed.i == verb.head.i else verb
            clauses = [c for c in dependents(holder) if c.dep_ == "ccomp" and c.i < misparsed.i]
            return self.args.subjects_of_verb(clauses[0]) if clauses else []
        else:
            return []
        found = self.args.prep_objects(noun, _AUTHOR_PREPS) or self.args.event_agent(noun)
        if found or noun.dep_ not in ("appos", "npadvmod", "dobj"):
            return found
        clause = noun.head  # "Pakistani officials blamed India, a charge ...": the clause
        while clause.pos_ not in ("VERB", "AUX") and clause.dep_ != "ROOT":
            clause = clause.head
        # (up to the accusation: "accusing it of providing support to militants, a charge
        # New Delhi rejected" is the accuser's charge, not the accused's act)
        clause = next(
            (t for t in (clause, *clause.ancestors) if t.lemma_ in _CHARGING and t.pos_ == "VERB"),
            clause,
        )
        return self.args.subjects_of_verb(clause) if clause.pos_ in ("VERB", "AUX") else []

    def _adjective(self, adjective: Token, relation: Relation) -> Iterator[Candidate]:
        # "Norway is willing to send material to help defend Saudi Arabia";
        # "Israel is opposed to French mediation"
        if adjective.dep_ not in ("acomp", "amod"):
            return
        if adjective.lower_ == "joint":
            # "a joint U.S.-British military base": the two named run it together (an
            # event noun's joint agents are read by the nominal rules)
            noun = adjective.head
            dyad = self._dyad(noun) if adjective.dep_ == "amod" else None
            if dyad is not None and not is_event_noun(noun.lemma_.lower()):
                yield Candidate(dyad[0], dyad[1], relation, "dyad-compound", noun)
                return
            if (
                adjective.dep_ == "amod"
                and not is_event_noun(noun.lemma_.lower())
                and noun.lemma_.lower() not in _JOINT_WORDS
                and noun.dep_ in ("dobj", "obj")
                and noun.head.pos_ == "VERB"
                and not _is_passive(noun.head)
            ):
                # "the Philippines, the US and Japan held a joint sail", "X held a joint
                # sail with Y": what they do together (an event noun's joint agents are
                # read by the nominal rules)
                subjects = self.args.subjects_of_verb(noun.head)
                partners = self.args.prep_objects(noun.head, _WITH) or self.args.prep_objects(
                    noun, _WITH
                )
                if partners:
                    for subject in subjects:
                        for partner in partners:
                            if subject.actor.id != partner.actor.id:
                                yield Candidate(
                                    subject, partner, relation, "prepositional-object", noun
                                )
                elif len(subjects) > 1 and noun.head.lemma_ not in _ESTABLISHING:
                    # ("X and Y established a joint commission": rule jointly-established)
                    yield from _pairs(subjects, relation, "symmetric-coordination", noun)
            return
        if relation is Relation.AGREED_WITH and any(
            c.dep_ == "xcomp" and c.lemma_ in _ATTACK_VERBS for c in dependents(adjective)
        ):
            return  # "ready to strike Y" is no offer to Y (see intent-preparation)
        if relation is Relation.AGREED_WITH and (
            _hostile_complement(adjective)
            or any(
                c.dep_ == "xcomp"
                and (
                    c.lemma_.lower() in _JOINT_OR_HOSTILE_VERBS
                    or any(p.dep_ == "prep" and p.lower_ == "with" for p in dependents(c))
                )
                for c in dependents(adjective)
            )
        ):
            # "willing to cooperate with Y", "ready to talk with Y", "ready to work with
            # Y": the act itself is read, as a hypothetical one; the readiness adds no
            # agreement with Y (nor does "prepared to squeeze the rebels")
            return
        entry = LEXICON[relation]
        subjects = self.args.subjects_of_verb(adjective.head)
        own = {s.actor.id for s in subjects}
        rule = "complement-object"
        if any(c.dep_ == "xcomp" for c in dependents(adjective)):
            objects = [
                m
                for m in self.args.complement_objects(
                    adjective, entry, own=frozenset(own), partner=relation in _FRIENDLY
                )
                if m.actor.id not in own
                and not (relation is Relation.AGREED_WITH and self._done_to(m, adjective))
            ]
            if not objects and relation not in _NO_PLACE_PARTY:
                objects = [m for m in self._complement_places(adjective) if m.actor.id not in own]
                rule = "complement-place"
        else:
            objects = self._message_targets(adjective, entry)
            rule = "prepositional-object"
        if not objects and relation in SYMMETRIC and len(subjects) > 1:
            yield from _pairs(subjects, relation, "symmetric-coordination", adjective)
            return
        for subject in subjects:
            for obj in objects:
                if obj.actor.id not in own:
                    yield Candidate(subject, obj, relation, rule, adjective)

    def _message_targets(self, head: Token, entry: LexiconEntry) -> list[LinkedMention]:
        """Return the actors of a prepositional object, or of the message it names.

        "opposed to French mediation", "reneged on his commitment to the people": a
        message, proposal or act stands for its author or its addressee.
        """
        for prep in dependents(head):
            if prep.dep_ != "prep" or prep.lower_ not in entry.preps:
                continue
            for pobj in dependents(prep):
                if pobj.dep_ != "pobj" or (prep.lower_ == "with" and onlooker(pobj)):
                    continue  # ("signed the treaty, with X in attendance": looking on)
                if pobj.lemma_.lower() in _MESSAGES or is_event_noun(pobj.lemma_.lower()):
                    # "reneged on his commitment to the people", "opposed to French mediation"
                    # "agreed to a ceasefire with Israel"
                    found = self.args.prep_objects(pobj, _MESSAGE_PREPS | entry.preps) or [
                        m for m in self._modifier_actors(pobj) if m.kind != "coref"
                    ]
                else:
                    found = self.args.actors_of(pobj)
                if found:
                    return found
        return []

    def _modifier_actors(self, noun: Token) -> list[LinkedMention]:
        """Actors named by a noun's modifiers ("French mediation", "a U.N. presence")."""
        found: list[LinkedMention] = []
        for child in dependents(noun):
            if child.dep_ in ("compound", "amod", "poss", "nmod") and child.i < noun.i:
                for mention in self.args.actors_of(child):
                    if all(mention.actor.id != f.actor.id for f in found):
                        found.append(mention)
        return found

    def _phrasal(self, verb: Token, particle: Token, relation: Relation) -> Iterator[Candidate]:
        relation = _override(verb, relation, _object_lemmas(verb))
        if (
            relation is Relation.CONCEDED_TO
            and particle.lower_ == "off"
            and _object_lemmas(verb) & _ENGAGEMENTS
        ):
            # "called off a visit by Y", "called off talks with Y": relations cut back, as
            # "cancelled a visit" (CAMEO 16), no concession (as "called off the strike")
            relation = Relation.SANCTIONED
        if particle.dep_ == "prt" and _is_passive(verb):
            # "members of the Brotherhood were rounded up by Egyptian police", "were
            # driven out by Kenyan troops": the passive's subject undergoes the act
            patients = [
                m for c in dependents(verb) if c.dep_ == "nsubjpass" for m in self.args.actors_of(c)
            ]
            for agent in self.args.agents_of(verb) if patients else ():
                for patient in patients:
                    yield Candidate(agent, patient, relation, "passive-by-agent", verb)
            return
        objects = [
            m for c in dependents(particle) if c.dep_ == "pobj" for m in self.args.actors_of(c)
        ]
        if not objects and relation in _PASSIVE_PHRASAL and _is_passive(verb):
            # "Qatar's proposal was turned down by the RSF", "the paper was shut down by
            # the junta": the agent does it to the passive's subject
            agents = self.args.agents_of(verb)
            for obj in (
                m for c in dependents(verb) if c.dep_ == "nsubjpass" for m in self.args.actors_of(c)
            ):
                for agent in agents:
                    if agent.actor.id != obj.actor.id:
                        yield Candidate(agent, obj, relation, "passive-by-agent", verb)
            return
        if not objects and relation is Relation.ACCUSED and particle.dep_ == "prt":
            # "lashed out at Manila": the one aimed at
            objects = self.args.prep_objects(verb, frozenset({"at"}))
        if not objects and relation is Relation.CONSULTED and particle.dep_ == "prt":
            # "reached out to Armenia": the one contacted
            objects = self.args.prep_objects(verb, frozenset({"to"}))
        if not objects and relation is Relation.RETREATED_FROM:
            # "pulled its troops out of Chad": the place left, after "out of"
            objects = self.args.prep_objects(particle, frozenset({"of", "from"}))
        if not objects and particle.pos_ == "NOUN":
            # "set fire to the offices of Y", "opened fire at Y"
            objects = self.args.prep_objects(particle, _AIMED_AT) or self.args.prep_objects(
                verb, _AIMED_AT
            )
        rule = "active-svo"
        if not objects and relation is Relation.DEMANDED:
            # "called for a ceasefire between X and Y", "for restraint from X": a demand
            # is made of the parties to what it asks for
            objects = [
                m
                for asked in dependents(particle)
                if asked.dep_ == "pobj" and asked.lemma_.lower() not in RELEASE_ACTS
                for m in self.args.prep_objects(asked, _PARTIES)
            ]
            rule = "nominal-prep-target"
        if not objects and not (
            particle.pos_ == "ADP" and any(c.dep_ == "pobj" for c in dependents(particle))
        ):
            # (but "called on his supporters to march on Islamabad": the one called on is
            # named, and is no actor)
            objects, rule = self._objects(verb, LEXICON.get(relation, LexiconEntry()))
        if (
            relation is Relation.COERCED
            and verb.lemma_ in _HUNTING
            and objects
            and all(m.actor.type is ActorType.ARMED_GROUP for m in objects)
        ):
            # "the army vowed to hunt down al-Shabaab", "an operation to track down the
            # rebels": force against an armed group (but "hunted down the suspects")
            relation = Relation.ATTACKED
        yield from self._with_subjects(verb, objects, relation, rule or "active-svo")
        if relation is Relation.DEMANDED:
            yield from self._punished(verb)

    def _punished(self, verb: Token) -> Iterator[Candidate]:
        """Accuse whom a demand asks to punish ("called for sanctions against Nigeria")."""
        for measure in _asked_for(verb):
            if measure.lemma_.lower() in _PUNISHMENTS:
                targets = self.args.prep_objects(measure, VICTIM_PREPS)
                if targets:
                    yield from self._with_subjects(
                        verb, targets, Relation.ACCUSED, "prepositional-object"
                    )
                    return

    def _with_subjects(
        self, verb: Token, objects: list[LinkedMention], relation: Relation, rule: str
    ) -> Iterator[Candidate]:
        args = self.args
        if relation is Relation.ATTACKED and _measures_toll(verb):
            return  # "US sanctions damaged Iran's economy": a measure's toll, no violence
        if relation is Relation.ATTACKED and _contest_won(verb):
            return  # "Ghana beat Nigeria in the final": a game won, no violence
        if relation is Relation.ATTACKED and _war_of_words(verb, self.args.links):
            return  # "Brazil and Argentina clashed over Venezuela": a quarrel
        if relation is Relation.COERCED and _battle_prevented(verb):
            # "Ukrainian troops prevented Russian forces from advancing on Y": a fight
            # held off, no repression
            return
        if relation is Relation.AGREED_WITH and _shared_view(verb):
            # "Armenia and Azerbaijan agreed that Russia had failed", "agreed with Y that
            # the militia was a threat": one view of a fact, no accord
            return
        subjects = self._subjects(verb)
        if (
            rule in ("place-object", "complement-place")
            and relation in SYMMETRIC
            and len(subjects) > 1
            and (relation is not Relation.ATTACKED or verb.lemma_ in _FIGHTING)
        ):
            # "Israel and Hamas fought in Gaza", "X and Y agreed to reopen the crossing at
            # Busia": with each other (but "Russian forces and their Wagner allies captured
            # Bakhmut" fought side by side)
            objects = []
        if not objects:
            if relation is Relation.ATTACKED and any(
                c.dep_ in ("dobj", "obj") for c in dependents(verb)
            ):
                return  # "Iran and Iraq attacked the Kurds": not each other
            if (
                len(subjects) > 1
                and relation in SYMMETRIC
                and verb.lemma_ not in BROKERING
                and (relation is not Relation.ATTACKED or verb.lemma_ in _FIGHTING_EACH_OTHER)
                # (but "Niger and Mali received deliveries", "X and Y visited the front":
                # a visit or a reception of something no actor names, not each other)
                and not (
                    relation is Relation.CONSULTED
                    and verb.lemma_ in _ONE_WAY_CONTACTS
                    and any(c.dep_ in ("dobj", "obj") for c in dependents(verb))
                )
                # (but "demanded that both sides guarantee safe passage for aid workers":
                # a pledge asked of each, to others, no deal between them)
                and not (relation is Relation.AGREED_WITH and _pledge_demanded(verb))
                and not (
                    relation is Relation.ATTACKED
                    and any(
                        c.dep_ in ("advmod", "acomp", "npadvmod", "oprd")
                        and c.lower_ in _SIDE_BY_SIDE
                        for c in dependents(verb)
                    )
                )
                and not (
                    relation is Relation.ATTACKED
                    and any(
                        c.dep_ == "prep"
                        and (
                            c.lower_ in _ALONGSIDE
                            or (
                                c.lower_ in _WITH_OR_AGAINST
                                # (but "clashed with each other" is each with the other)
                                and any(
                                    p.dep_ == "pobj"
                                    and p.lower_ not in ("other", "another", "one")
                                    # (but "fought with sticks and machetes": arms, no side,
                                    # unless the side follows them: "with tanks against Y")
                                    and (
                                        p.lemma_.lower() not in ARMS
                                        or any(
                                            g.dep_ == "prep" and g.lower_ in _WITH_OR_AGAINST
                                            for g in p.subtree
                                        )
                                    )
                                    for p in dependents(c)
                                )
                            )
                        )
                        for c in dependents(verb)
                    )
                )
            ):
                # (but "Qatar, Egypt and Turkey mediated the talks": not with each other;
                # "X and its allies captured Y", "X and Y bombed Idlib", "X and Y would
                # fight alongside US aircraft": side by side; "Burkina Faso and Niger
                # clashed with jihadists": with others, whom no actor names)
                yield from _pairs(subjects, relation, "symmetric-coordination", verb)
            elif len(subjects) > 1 and relation is Relation.SANCTIONED and _reciprocal(verb):
                # "Rwanda and Burundi cut diplomatic relations": each with the other (but
                # "Brazil and Mexico urged dialogue" urged others)
                yield from _pairs(subjects, relation, "symmetric-coordination", verb)
                yield from _pairs(subjects[::-1], relation, "symmetric-coordination", verb)
            return
        if not subjects:
            # "The strikes went after X": a definite event noun as subject inherits the
            # agent of the article's last event of the same relation.
            nsubj = next((c for c in dependents(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
            # (but "Washington's improved ties with Russia will loosen the pact": ties act
            # for neither party to them)
            if (
                nsubj is not None
                and is_event_noun(nsubj.lemma_)
                and nsubj.lemma_.lower() not in TIES
            ):
                # "US drone strikes killed ...": the strikes' agent
                subjects = args.event_agent(nsubj) or self._modifier_actors(nsubj)
                if not subjects and nsubj.lemma_.lower() in _OWN_OPERATIONS:
                    # "the army said airstrikes killed 20 militants": its own strikes
                    subjects = self._reporting_force(verb)
                if not subjects and _is_definite(nsubj):
                    subjects = self.event_agents.get(relation, [])[-1:]
                    rule = "event-agent-inherited"
                if not subjects and relation is Relation.ATTACKED:
                    # "A rocket attack hit Israel": the attacker may be named later.
                    self.pending_attacks.append(objects)
            elif (
                nsubj is not None
                and relation is Relation.ATTACKED
                and objects
                and nsubj.lemma_.lower() in _UNNAMED_ATTACKERS
                and not any(c.dep_ == "poss" for c in dependents(nsubj))
            ):
                # "A suicide bomber killed 12 soldiers": the attacker may be named later
                self.pending_attacks.append(objects)
        if relation is Relation.ATTACKED and subjects:
            # "fought alongside Congolese forces against the M23": the ally fought it too
            subjects = subjects + [
                m
                for m in args.prep_objects(verb, _ALONGSIDE)
                if all(m.actor.id != s.actor.id for s in subjects)
            ]
        subject_ids = {s.actor.id for s in subjects}
        for subject in subjects:
            for obj in objects:
                if obj.actor.id in subject_ids:
                    continue
                if rule == "place-object" and not self._acts_on_place_state(
                    subject, obj, relation, verb
                ):
                    continue
                yield Candidate(subject, obj, relation, rule, verb)

    def _met_before(self, verb: Token) -> list[LinkedMention]:
        """The ones met by the subject of a verb of agreement coordinated after the meeting.

        "Lavrov met Wang Yi in Beijing and signed a declaration", "hosted the Kenyan
        president and agreed to reopen the border": the agreement is with the one met (a
        place visited is none: "visited Colombo and signed ..."). The verbs share their
        subject ("X met Y, and the ministers signed ..." names its own).
        """
        met = verb.head
        if (
            verb.dep_ != "conj"
            or met.pos_ not in ("VERB", "AUX")
            or met.lemma_ not in _MEETING
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in dependents(verb))
        ):
            return []
        return [
            m
            for m in self.args.direct_objects(met) or self.args.prep_objects(met, _WITH)
            if m.kind != "location" and m.actor.type is not ActorType.LOCATION
        ]

    def _acts_on_place_state(
        self, subject: LinkedMention, state: LinkedMention, relation: Relation, verb: Token
    ) -> bool:
        """Whether an act in a place is one on the state it lies in.

        "Pakistani jets struck Kabul" strike Afghanistan, "rebels bombed Kabul" too; but a
        state's own forces in its own land, or troops deployed in a place (which operate
        there: rules troops-in, sent-forces-to) act on no state.
        """
        if relation is Relation.MOBILIZED_AGAINST:
            if subject.actor.type is ActorType.INTERNATIONAL_ORGANIZATION:
                return False  # "EUFOR reinforced its presence in Bosnia": a mission's host
            # ("deployed troops into Ukraine" is aimed at it, "deployed troops in Ituri
            # under an agreement with Kinshasa" stations them there)
            preps = {
                c.lower_
                for t in (verb, *(o for o in dependents(verb) if o.dep_ == "dobj"))
                for c in dependents(t)
                if c.dep_ == "prep"
            }
            return verb.lemma_ not in DEPLOYING or not preps & {"in", "inside", "at"}
        if relation not in (Relation.ATTACKED, Relation.COERCED, Relation.RETREATED_FROM):
            return True
        if relation is not Relation.RETREATED_FROM and verb.lemma_ in _HOLDING_VERBS:
            # "the rebels captured Bukavu", "troops occupied five hilltops in Lebanon",
            # "overrunning bases in Borno": the place taken is held (controls); whom the
            # fight was with is named as such, not the state the place lies in
            return False
        if relation is Relation.ATTACKED and self._fights_outlaws(verb):
            # "French troops killed 15 jihadists in central Mali", "Kenyan police fought
            # gangs in Port-au-Prince": armed men no actor names were fought there, not
            # the state the place lies in (whose ally the fighter may well be)
            return False
        if self.gazetteer is None:
            return True
        # (the state a body is part of: an armed group's country is where it fights)
        own = self.gazetteer.state_of(subject.actor)
        return own is None or own.id != state.actor.id

    def _fights_outlaws(self, verb: Token) -> bool:
        """Whether a verb's object is outlaws or their holdings that no actor names.

        "killed 15 jihadists", "fought gangs", "struck militant hideouts", "killed dozens
        of bandits": armed men outside the state (the agent lexicon's rebels, radicals and
        unidentified armed men, and :data:`~kg.wordclasses.OUTLAW_NOUNS`).
        """
        for obj in dependents(verb):
            if obj.dep_ not in ("dobj", "obj") or self.args.actors_of(obj):
                continue
            heads = [obj]
            heads += [  # "dozens of bandits"
                p
                for of in dependents(obj)
                if of.dep_ == "prep" and of.lower_ == "of"
                for p in dependents(of)
                if p.dep_ == "pobj"
            ]
            words = [
                *heads,
                *(m for h in heads for m in dependents(h) if m.dep_ in ("amod", "compound")),
            ]
            if any(is_outlaw(word) for word in words):
                return True
        return False

    def _freed(self, verb: Token) -> list[LinkedMention]:
        """The objects of "release", "free" a release yields to.

        "The rebels will release the prime minister", "Russia freed Evan Gershkovich":
        captives given up to their side; but "urged Niger's authorities to release
        Bazoum": a state's own detainee, whose release yields to no one.
        """
        found = self.args.direct_objects(verb)
        if not any(m.actor.type is ActorType.PERSON for m in found):
            return found
        holders = {
            state.id
            for s in self._subjects(verb)
            if s.actor.type in (ActorType.STATE, ActorType.GOVERNMENT_BODY)
            and self.gazetteer is not None
            and (state := self.gazetteer.state_of(s.actor)) is not None
        }
        if not holders:
            return found
        kept = []
        for m in found:
            if m.actor.type is ActorType.PERSON:
                home = self.gazetteer.state_of(m.actor) if self.gazetteer is not None else None
                if home is None or home.id in holders:
                    continue  # (a detainee of no other state: the holder's own)
            kept.append(m)
        return kept

    def _own_states(self, own: frozenset[str]) -> frozenset[str]:
        """The states the actors ``own`` belong to (a person's, a ministry's)."""
        if self.gazetteer is None:
            return frozenset()
        return frozenset(
            state.id for actor in own if (state := self.gazetteer.state_of(actor)) is not None
        )

    def _subjects(self, verb: Token) -> list[LinkedMention]:
        """Return who carries out ``verb``, including a participle's implicit subject.

        "X issued a declaration demanding that Y ...": a present participle that
        modifies the object of a verb has that verb's subject.
        """
        subjects = self.args.subjects_of_verb(verb)
        if subjects or verb.dep_ != "acl" or verb.tag_ != "VBG":
            return subjects
        message = verb.head
        if (
            message.dep_ in ("dobj", "obj")
            and message.head.pos_ == "VERB"
            and message.lemma_.lower() in _STATEMENTS
        ):
            # "issued a statement condemning Y"; but "passed legislation targeting Y"
            # does not make the legislator the attacker.
            if message.head.lemma_ in _STOPPING:
                return []  # "blocked an EU statement criticising Y": never issued
            authors = self._modifier_actors(message)
            if authors:
                return authors  # "rejected a G7 statement condemning Y": the G7's
            if message.head.lemma_ in _BLOCKING:
                return []  # "rejected a statement condemning Y": not theirs
            return self.args.subjects_of_verb(message.head)
        return []

    # -- nominal frames -----------------------------------------------------------

    def _participle(self, participle: Token, start: int, relation: Relation) -> Iterator[Candidate]:
        # "Iran-backed militia": the name before the hyphen modifies the participle.
        if start == 0 or participle.dep_ not in ("amod", "compound"):
            return
        sponsors = self.args.actors_of(self.doc[start - 1])
        objects = self.args.actors_of(participle.head)
        covering = self.args.links.at(participle)
        if covering is not None and covering.start < start:
            # "a Kenyan-led mission", one name in the gazetteer: the state that leads it
            # named by its own word
            word = self.doc[start - 1]
            state = self.gazetteer.lookup(word.text) if self.gazetteer is not None else None
            sponsors = (
                [LinkedMention(word.i, word.i + 1, state, "gazetteer")]
                if state is not None and state.type is ActorType.STATE
                else []
            )
            objects = [covering]
        if not objects and participle.lemma_.lower() in BROKERING:
            # "Israel and Hezbollah agreed to a U.S.-brokered ceasefire": its parties
            objects = self._brokered_parties(participle.head)
        for sponsor in sponsors:
            for obj in objects:
                if obj.actor.id != sponsor.actor.id:
                    yield Candidate(sponsor, obj, relation, "compound-participle", participle)

    def _brokered_parties(self, deal: Token) -> list[LinkedMention]:
        """The parties to a deal, truce or talks a third party brokered or hosted.

        "a ceasefire between X and Y"; "X and Y agreed to a ceasefire", "X and Y restored
        ties under a deal": the subjects of the clause the deal is the object of.
        """
        args = self.args
        between = args.prep_objects(deal, _BETWEEN)
        if len(between) > 1:
            return between
        clause = deal
        for _ in range(3):
            # "agreed to a ceasefire at talks hosted by X": up to the clause's verb
            if clause.dep_ not in ("dobj", "obj", "pobj"):
                return []
            clause = clause.head.head if clause.dep_ == "pobj" else clause.head
            if clause.pos_ in ("VERB", "AUX"):
                break
        else:
            return []
        if clause.pos_ not in ("VERB", "AUX"):
            return []
        parties = args.subjects_of_verb(clause)
        return parties if len(parties) > 1 else []

    def _backer(self, noun: Token, relation: Relation) -> Iterator[Candidate]:
        # "their Iranian backers", "its backers in Tehran": the backer supports the
        # possessor.
        backers = [
            m
            for c in dependents(noun)
            if c.dep_ in ("amod", "compound", "nmod") and (m := self.args.links.at(c)) is not None
        ] or self.args.prep_objects(noun, _IN | _FROM)
        supported = [
            m for c in dependents(noun) if c.dep_ == "poss" for m in self.args.actors_of(c)
        ]
        for backer in backers:
            for obj in supported:
                yield Candidate(backer, obj, relation, "nominal-backer", noun)

    def _nominal(self, noun: Token, relation: Relation) -> Iterator[Candidate]:
        announced = relation
        if relation is Relation.COERCED and noun.lemma_.lower() == "expulsion":
            # "ordered the expulsion of the EU's ambassador": a sanction, as "expelled
            # the ambassador" is (the object is read as the expulsion's)
            announced = _override(noun, relation, _of_lemmas(noun), verb_lemma="expel")
        for candidate in self._nominal_frames(noun, relation):
            yield (candidate if announced is relation else replace(candidate, relation=announced))

    def _nominal_frames(self, noun: Token, relation: Relation) -> Iterator[Candidate]:
        if noun.lemma_.lower() in _PARTNERED_ONLY and not any(
            c.dep_ == "prep" and c.lower_ in ("with", "between") for c in dependents(noun)
        ):
            return  # "a conversation with Y" (not "conversations at China's meetings")
        if relation in (Relation.AGREED_WITH, Relation.COOPERATED_WITH) and _ended(noun):
            # "suspended the treaty with Y", "scrapped its trade deal with Y", "has cut
            # its ties to Y" (ties ended, which the verb reads as such)
            return
        if (
            relation is Relation.SANCTIONED
            and noun.lemma_.lower() in _RESTRICTIONS
            and _ended(noun, _LIFTING_RESTRICTIONS)
        ):
            return  # "lifted its sanctions on Y", "ended the arms embargo on Y"
        if (
            relation is Relation.SUPPORTS
            and noun.dep_ == "pobj"
            and noun.head.lower_ == "in"
            and noun.lemma_.lower() in _STANCES
        ):
            yield from self._stance_adjunct(noun, relation)
            return
        if (
            relation in (Relation.SUPPORTS, Relation.AIDED)
            and noun.dep_ == "pobj"
            and noun.head.lower_ == "with"
            and noun.lemma_.lower() in _BACKING
        ):
            yield from self._backed_adjunct(noun, relation)
            return
        if (
            relation is Relation.COOPERATED_WITH
            and noun.dep_ == "pobj"
            and noun.head.lower_ == "with"
            and noun.lemma_.lower() in _JOINT_WORK
            and any(c.dep_ == "prep" and c.lower_ in ("of", "from") for c in dependents(noun))
        ):
            # "carried out operations against the PKK with the tacit cooperation of the
            # KDP": who acts works with Y (read as the backing adjunct is)
            yield from self._backed_adjunct(noun, relation)
            return
        if noun.dep_ == "compound" and noun.head.pos_ in ("NOUN", "PROPN"):
            if noun.head.lemma_.lower() not in _EVENT_CARRIERS:
                return  # "war games", "a war crimes court", "strike force": no event
            noun = noun.head  # "a mediation mission between X and Y", "a bombing campaign"
        if (
            relation is Relation.PROTESTED_AGAINST
            and noun.dep_ in ("dobj", "obj")
            and noun.head.lemma_ in _COMPLAINT_VERBS
        ):
            relation = Relation.ACCUSED  # "Serbia lodged an official protest with Albania"
        if (
            relation is Relation.AGREED_WITH
            and noun.lemma_.lower() in _TRUCES
            and noun.dep_ in ("dobj", "obj")
            and noun.head.lemma_ in _DECLARING
            and len(self.args.subjects_of_verb(noun.head)) == 1
        ):
            # "Hezbollah declared a unilateral ceasefire": a de-escalation (CAMEO 0871),
            # not an agreement
            relation = Relation.RETREATED_FROM
        entry = LEXICON[relation]
        compounds = {c.lower_ for c in dependents(noun) if c.dep_ in ("compound", "amod")}
        if compounds & entry.not_compounds:
            return
        required = entry.needs_compound.get(noun.lemma_.lower())
        if (
            required is not None
            and not compounds & required
            and not (
                noun.lemma_.lower() in _MEASURES
                and any(
                    (m := self.args.links.at(p)) is not None and m.kind != "location"
                    for c in dependents(noun)
                    if c.dep_ == "prep" and c.lower_ == "against"
                    for p in dependents(c)
                    if p.dep_ == "pobj"
                )
            )
        ):
            return
        dyad = self._dyad(noun)
        if dyad is not None:
            if any(
                c.dep_ == "amod" and c.lower_ in ("joint", "combined") for c in dependents(noun)
            ):
                # "a joint U.S.-Iraqi operation": the two act together
                relation = Relation.COOPERATED_WITH
            # "the Russia-Ukraine war", "U.S.-Ukraine talks": the first named, the second
            yield Candidate(dyad[0], dyad[1], relation, "dyad-compound", noun)
            return
        args = self.args
        if (
            _joint(noun)
            and noun.dep_ == "pobj"
            and noun.head.lower_ in _JOINT_ADJUNCT_PREPS
            and noun.head.head.pos_ == "VERB"
            and not _is_passive(noun.head.head)
        ):
            # "Moroccan and Spanish police arrested 20 people in a joint operation", "In
            # a joint operation, Nigerian and Chadian troops freed 50 hostages": the
            # clause's subjects act together
            together = args.subjects_of_verb(noun.head.head)
            if len(together) > 1:
                yield from _pairs(together, Relation.COOPERATED_WITH, "joint-agents", noun)
        # Climb "a second round of strikes" to "round".
        anchor = noun
        if (
            noun.dep_ == "pobj"
            and noun.head.lower_ == "of"
            and noun.head.head.lemma_ in _QUANTITY_NOUNS
        ):
            anchor = noun.head.head
        # "announced $150 million in humanitarian assistance for Haiti": the sum
        if (
            noun.dep_ == "pobj"
            and noun.head.lower_ == "in"
            and noun.head.head.lemma_.lower() in _SUMS
        ):
            anchor = noun.head.head
        pursued = (
            noun.dep_ == "pobj"
            and noun.head.lower_ in ("for", "of")
            and noun.head.head.lemma_.lower() in PURSUIT_NOUNS
        )
        if pursued:
            # "announced plans for joint patrols with Y", "Bolivia's bid for a trade deal
            # with Y": the pursuer's event (an intent)
            anchor = noun.head.head
        # "claimed responsibility for the attack on Y": the claimant carried it out;
        # "denied responsibility for the attack on Y": the denier is said to have (a
        # part or a role in it is read with the act's own arguments: nominal-prep-target)
        anchor = responsibility_for(noun) or anchor
        preps = args.relation_preps(relation, noun, entry)
        if noun.lemma_.lower() in _OF_AGENTS:
            preps = preps - {"of"}  # "the withdrawal of US troops from the country"
        if (
            relation is Relation.ATTACKED
            and noun.dep_ in ("dobj", "obj")
            and noun.head.lemma_ in CHARGED_TO
            and _is_definite(noun)
        ):
            # "Three soldiers were killed in an ambush. The army blamed the attack on the
            # ELN": the one charged with the attack told before (the parser may hang the
            # "on" on the attack)
            charged = args.prep_objects(noun.head, words("on to")) or args.prep_objects(
                noun, words("on")
            )
            for agent in charged:
                for obj in self._earlier_targets(noun):
                    if obj.actor.id != agent.actor.id:
                        yield Candidate(agent, obj, relation, "claimed-earlier-attack", noun)
            return
        targets = args.prep_objects(noun, preps) or args.prep_objects(anchor, preps)
        if not targets:
            # "the withdrawal of some forces from Panama", "a suspension of links with Y"
            targets = self._of_targets(noun, preps - {"of"})
        if not targets and relation is Relation.AGREED_WITH and "with" in preps:
            # "under an accord reached with Guyana", "the deal signed with Beijing": the
            # other party's "with" on the participle that concludes the deal
            targets = [
                m
                for acl in dependents(noun)
                if acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.lemma_ in _CONCLUDING
                for m in args.prep_objects(acl, _WITH)
            ]
        if not targets and relation in _REPORTED_PARTNERSHIPS and "with" in preps:
            # "held talks on border security with Y", "signed agreements on port access
            # with Y": the parser hangs the partner's "with" on the topic's noun
            targets = self._topic_partners(noun)
        if not targets and noun.dep_ == "pobj" and noun.head.dep_ == "prep":
            # "after a meeting earlier this month with Y": a time adverbial between the
            # act and its "with" makes the parser hang the "with" on "after"
            targets = args.prep_objects(noun.head, _WITH) if "with" in preps else []
        if (
            not targets
            and relation is Relation.ATTACKED
            and noun.dep_ == "pobj"
            and noun.head.lower_ == "with"
            and noun.head.head.pos_ == "VERB"
        ):
            # "responded with airstrikes on positions held by Y": the parser hangs the
            # act's "on" on the verb the act answers with
            targets = [
                m
                for prep in dependents(noun.head.head)
                if prep.dep_ == "prep" and prep.lower_ in ("on", "against") and prep.i > noun.i
                for m in args.prep_objects(prep.head, frozenset({prep.lower_}))
            ]
        if not targets and "against" in preps:
            # "accusations by Somalia against Ethiopia", "sanctions by the EU against
            # Belarus": the parser hangs the target's "against" on the author
            targets = [
                m
                for by in dependents(noun)
                if by.dep_ == "prep" and by.lower_ in ("by", "from")
                for pobj in dependents(by)
                if pobj.dep_ == "pobj"
                for m in args.prep_objects(pobj, frozenset({"against"}))
            ]
        if not targets and "against" in preps:
            # "a complaint filed by Mexico against Ecuador", "a case brought by Gambia
            # against Myanmar": the target's "against" hung on the participle
            targets = [
                m
                for acl in dependents(noun)
                if acl.dep_ == "acl" and acl.tag_ == "VBN"
                for m in args.prep_objects(acl, frozenset({"against"}))
            ]
        if not targets and "on" in preps:
            # "the sanctions imposed by the EU on Belarus", "strikes launched by Israel on
            # Hezbollah positions": the target's "on" hung on the light verb's participle
            targets = [
                m
                for acl in dependents(noun)
                if acl.dep_ == "acl" and acl.tag_ == "VBN" and is_light_verb(acl)
                for m in args.prep_objects(acl, frozenset({"on"}))
            ]
        if not targets and relation is Relation.ACCUSED:
            # "accusations by the Arakan Army that its fighters had attacked villages":
            # the one the content clause says did it
            targets = [
                m
                for clause in dependents(noun)
                if clause.dep_ in ("acl", "ccomp")
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in dependents(clause))
                for m in args.subjects_of_verb(clause)
            ]
        if not targets:
            # "tariffs targeting Canada", "strikes aimed at Hezbollah"
            targets = [
                m
                for acl in dependents(noun)
                if acl.dep_ == "acl" and acl.lemma_ in _TARGETING
                for m in args.direct_objects(acl) or args.prep_objects(acl, _AT)
            ]
        head = anchor.head
        partakers = args.partakers(noun)
        if partakers:
            head = noun.head.head  # "X were engaged in ethnic cleansing against Y"
        carried = _carried_out_in_clause(noun)
        if carried is not None and not partakers:
            # "the sanctions Washington has imposed on Moscow", "the strikes that Israel
            # launched against Y": the event noun is the object of a relative clause
            head = carried
        if (
            relation is Relation.DEMANDED
            and head.lemma_ in RECEIVING_VERBS
            and anchor.dep_ in ("dobj", "obj")
            and noun.lemma_.lower() in DEMAND_NOUNS
        ):
            return  # "accepted demands from the rebels": the demand is theirs, made of X
        # "X launched strikes against Y", "X imposed sanctions on Y", "X and Y signed a deal"
        if (
            partakers
            or carried is not None
            or (anchor.dep_ in ("dobj", "obj", "nsubjpass") and is_light_verb(head))
            or (
                anchor.dep_ in ("dobj", "obj")
                and _governs_own_event(head, relation)
                # (but "wants a ceasefire between Israel and Hamas": others' event)
                and len(args.prep_objects(noun, _BETWEEN)) < 2
            )
            or (anchor is not noun and anchor.dep_ in ("dobj", "obj") and head.lemma_ in _DISOWNING)
            # "the talks between X and Y were mediated (hosted) by Z", as "brokered"
            or (anchor.dep_ == "nsubjpass" and head.lemma_ in BROKERING)
        ):
            targets = targets or args.prep_objects(head, preps)
            earlier = False
            if (
                not targets
                and relation is Relation.ATTACKED
                and _is_definite(noun)
                and (anchor is not noun or head.lemma_ == "claim")
            ):
                # "Three soldiers were killed in an ambush. The ELN claimed responsibility
                # for the attack": the attack told before, whose victims are its targets
                targets = self._earlier_targets(noun)
                earlier = bool(targets)
            if not targets and relation is Relation.SANCTIONED:
                # "imposed new duties on Australian wine and barley": trade measures on a
                # state's goods are measures against the state
                targets = self._origin_states(noun, preps) or self._origin_states(head, preps)
            cities = False
            if not targets and relation is Relation.ATTACKED:
                # "claimed responsibility for a drone attack on Tel Aviv": the city's state
                targets = [
                    state
                    for prep in dependents(noun)
                    if prep.dep_ == "prep" and prep.lower_ in ("on", "against")
                    for pobj in dependents(prep)
                    if pobj.dep_ == "pobj" and (state := self._city_state(pobj)) is not None
                ]
                cities = bool(targets)
            if not targets and entry.clausal:
                # "reiterated its demand that Israel ease restrictions"
                targets = args.clausal_objects(noun) or args.clausal_objects(head)
            if not targets and entry.complement:
                # "began a hunger strike to protest against Sweden's decision", "continued
                # a hunger strike in protest of the government's refusal"
                targets = (
                    args.complement_objects(head, entry)
                    or args.purpose_objects(head, entry)
                    or args.purpose_objects(noun, entry)
                )
            if not targets and entry.judges_acts:
                # "launched an investigation into crimes committed by Y" (but "continued
                # their hunger strike": the protesters' own, no act they protest; and
                # "joined Y in the siege of Z": Y is a partner in it)
                own = {m.actor.id for m in args.subjects_of_verb(head)}
                if head.lemma_ == "join":
                    own |= {m.actor.id for m in args.direct_objects(head)}
                targets = [
                    m
                    for m in self._act_agents(head, entry)
                    or self._act_agents(noun, entry)
                    or args.act_authors(noun, preps)
                    if m.actor.id not in own
                ]
            if not targets and entry.judges_acts and entry.complement:
                # "continued their hunger strike to demand the resignation of X"
                targets = self._demand_targets(head) or self._demand_targets(noun)
            if not targets and entry.after_talks:
                # "declared a ceasefire after 12 days of battles with the Amal militia"
                targets = self._talks_before(head)
            if not targets and entry.after_acts:
                # "ordered patrols after violent protests by Muslim groups"
                targets = self._authors_before(head)
            agreed_met = False
            if not targets and relation is Relation.AGREED_WITH:
                # "X met Y in Moscow and signed agreements on energy": with the one met
                targets = self._met_before(head)
                agreed_met = bool(targets)
            agents = partakers or (
                args.agents_of(head) if anchor.dep_ == "nsubjpass" else args.subjects_of_verb(head)
            )
            agents = agents or args.event_agent(noun)
            if not targets and entry.places:
                # "organized a strike in Y", "a general strike that shut down Khatmandu"
                targets = args.place_objects(head) or self._place_states(head)
                mutual = len(agents) > 1 and noun.lemma_.lower() in _MUTUAL_FIGHTS
                for clause in (
                    c
                    for c in dependents(noun)
                    # (but "X and Y fought a war that killed thousands in Gaza": where
                    # its dead fell, each side the other's foe)
                    if c.dep_ == "relcl" and not targets and not mutual
                ):
                    targets = [
                        m for m in args.direct_objects(clause) if m.actor.type is ActorType.STATE
                    ] or self._place_states(clause)
            if len(agents) > 1 and _joint(noun):
                # "Turkey and Russia conducted joint patrols": they act together (and
                # "a joint operation against Y" is each one's attack on Y too)
                yield from _pairs(agents, Relation.COOPERATED_WITH, "symmetric-coordination", noun)
                if not targets or relation is not Relation.ATTACKED:
                    return
            if relation in SYMMETRIC and head.lemma_ in BROKERING:
                # "Qatar and Egypt brokered a ceasefire between Israel and Hamas": the
                # parties agree; the brokers consult each of them
                between = args.prep_objects(noun, _BETWEEN)
                if len(between) > 1:
                    yield from _pairs(between, relation, "symmetric-coordination", noun)
                    for broker in agents:
                        for party in between:
                            yield Candidate(
                                broker, party, Relation.CONSULTED, "light-verb-nominal", noun
                            )
                    return
                if relation is Relation.AGREED_WITH:
                    # "used its influence to broker ceasefires with the military": the
                    # broker deals with that party (read as talks), it is no party to
                    # the deal
                    for broker in agents:
                        for party in targets:
                            yield Candidate(
                                broker, party, Relation.CONSULTED, "light-verb-nominal", noun
                            )
                    return
            if relation in SYMMETRIC and not targets and len(agents) > 1:
                if relation is Relation.ATTACKED and (
                    partakers or noun.lemma_.lower() not in _MUTUAL_FIGHTS
                ):
                    # "the army and the commandos took part in the operation", "Kenya and
                    # Uganda launched an offensive against the rebels": together (but
                    # "Kiir and Machar fought a civil war": each other)
                    return
                if (
                    relation is Relation.CONSULTED
                    and head.lemma_ in _PRESENCE_VERBS
                    and noun.lemma_.lower() not in _TALKS
                ):
                    # "Ethiopia and Eritrea both attended the AU summit": present at one
                    # gathering, no meeting of the two (but "attended talks" is talks)
                    return
                yield from _pairs(agents, relation, "symmetric-coordination", noun)
                if relation is Relation.AGREED_WITH and _pact_of_cooperation(noun):
                    # "Egypt and Saudi Arabia signed a defence cooperation agreement":
                    # they agreed to work together
                    yield from _pairs(
                        agents, Relation.COOPERATED_WITH, "symmetric-coordination", noun
                    )
                return
            if not agents and relation in SYMMETRIC:
                # "expanding military cooperation between Russia and North Korea": the
                # act has no author of its own, the pair is its parties ("talks were held
                # between Armenia and Azerbaijan": on the verb)
                between = args.prep_objects(noun, _BETWEEN) or (
                    args.prep_objects(head, _BETWEEN)
                    if anchor.dep_ == "nsubjpass" and noun.lemma_.lower() in MEETINGS
                    else []
                )
                if len(between) > 1:
                    yield from _pairs(between, relation, "symmetric-coordination", noun)
                    return
            for agent in agents:
                for obj in targets:
                    if cities and agent.actor.country == obj.actor.country:
                        continue  # "the army launched an offensive on Khartoum": its own
                    yield Candidate(
                        agent,
                        obj,
                        relation,
                        "met-and-agreed"
                        if agreed_met
                        else "claimed-earlier-attack"
                        if earlier
                        else "light-verb-nominal",
                        noun,
                    )
            return
        between = args.prep_objects(noun, _BETWEEN)
        if not between and noun.dep_ == "nsubj" and noun.head.lemma_ in _BREAKING_OUT:
            # "fighting erupted between Hamas and Israeli forces": the parser hangs the
            # parties on the verb
            between = args.prep_objects(noun.head, _BETWEEN)
        if not between and noun.lemma_.lower() in _MUTUAL_FIGHTS:
            between = self._fight_parties_apart(noun)
        if not between:
            # "a deal reached in September between Russia and Turkey", "a framework signed
            # in Doha between Kinshasa and the M23": the parties on the participle
            between = [
                m
                for acl in dependents(noun)
                if acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.lemma_ in _CONCLUDING
                for m in args.prep_objects(acl, _BETWEEN)
                # "an agreement signed by Abdi and al-Sharaa": its signatories
                or (args.agents_of(acl) if acl.lemma_ in _SIGNING else [])
            ]
        parties = {m.actor.id for m in between}
        if (
            relation in SYMMETRIC
            and len(between) > 1
            # (an author other than the parties: "talks between X and Y hosted by Z")
            and all(m.actor.id in parties for m in args.event_agent(noun))
        ):
            # "fighting between Azerbaijanis and Armenians", "talks between X and Y"; but
            # "joint operations between X and Y": they act together
            if _joint(noun):
                relation = Relation.COOPERATED_WITH
            talks = _talks_on(noun) if relation is Relation.AGREED_WITH else None
            if talks is not None:
                # "talks on a peace deal between Armenia and Azerbaijan": the deal is the
                # talks' topic, not yet made; the two parties talk
                yield from _pairs(between, Relation.CONSULTED, "symmetric-coordination", talks)
                return
            yield from _pairs(between, relation, "symmetric-coordination", noun)
            return
        if (
            not targets
            and relation is Relation.CONSULTED
            and noun.head.dep_ == "prep"
            # (but "stayed in Cyprus despite calls from Nicosia": others' calls)
            and noun.head.lower_ in _VISIT_PREPS
        ):
            # "X arrived in Amman on a visit": the visit is to the place of arrival;
            # "US and Russian negotiators return to Geneva for talks": with each other
            verb = noun.head.head
            if noun.head.lower_ == "for" and verb.pos_ == "VERB":
                yield from _pairs(
                    args.subjects_of_verb(verb), relation, "symmetric-coordination", noun
                )
                return
            if verb.pos_ == "VERB" and not args.direct_objects(verb):
                # (but "met Wang Yi at a summit in Jakarta": the summit's place is only
                # where the one met was met)
                places = args.place_objects(verb, _ARRIVED_IN) or self._place_states(verb)
                for agent in args.subjects_of_verb(verb):
                    for place in places:
                        if place.actor.id != agent.actor.id:
                            yield Candidate(agent, place, relation, "place-object", noun)
            return
        if not targets and entry.judges_acts:
            # "demonstrations against the violations by the Israeli military"
            targets = args.act_authors(noun, preps)
        if not targets and entry.judges_acts and entry.complement:
            # "a demonstration calling for the removal of President X"
            targets = self._demand_targets(noun)
        if not targets:
            return
        agents = args.event_agent(noun) or args.partakers(noun)
        if not agents and pursued:
            # "Serbia's push for closer ties with Beijing": the pursuer's
            agents = [m for c in dependents(anchor) if c.dep_ == "poss" for m in args.actors_of(c)]
        if not agents and relation is Relation.CONSULTED and noun.lemma_.lower() in _TRAVELS:
            # "the visit of the Chinese foreign minister to Islamabad": the visitor
            agents = args.prep_objects(noun, frozenset({"of"}))
        if not agents and noun.dep_ == "nsubj" and noun.lemma_.lower() in _OWN_OPERATIONS:
            # "the military said operations against the TTP would continue": its own
            agents = self._reporting_force(noun.head)
        if (
            not agents
            and relation in _REPORTED_PARTNERSHIPS
            and targets
            and noun.dep_ in ("nsubj", "nsubjpass")
            and noun.head.dep_ == "ccomp"
            and noun.head.head.lemma_ in SPEECH_VERBS
        ):
            # "Scholz said talks with China must continue", "talks with Russia will go
            # on, Turkey said", "Armenia said the agreement with Azerbaijan would be
            # signed next month": the talks (the deal) with Y are the speaker's
            # (but "Amnesty said cooperation with Rwanda had ended" reports others')
            own = {t.actor.id for t in targets}
            agents = [
                m
                for m in args.subjects_of_verb(noun.head.head)
                if m.actor.id not in own and m.actor.type is not ActorType.ORGANIZATION
            ]
        if not agents and relation is Relation.PROTESTED_AGAINST:
            # "Palestinian youths threw stones during demonstrations against Y";
            # "demonstrators rioted following a demonstration calling for Y's removal"
            verb = noun.head.head if noun.head.dep_ == "prep" else noun.head
            during = noun.head.lower_ in _DURING or (
                noun.head.lower_ in _FOLLOWING and verb.lemma_ in entry.verbs
            )
            if during and verb.pos_ == "VERB" and not _is_passive(verb):
                agents = args.subjects_of_verb(verb)
        if (
            not agents
            and relation in SYMMETRIC
            and (relation is not Relation.ATTACKED or _fight_with(noun))
        ):
            # "X hopes to settle it during talks with Y", "X played a role in talks with
            # Y", "X seized Aden after clashes with Y": the talks or the clashes are the
            # clause subject's
            agents = self._adjunct_partakers(noun, targets)
            if agents and relation is Relation.ATTACKED and _onlooker_act(noun):
                # "the EU sent observers to Armenia after clashes with Azerbaijan", "Kenya
                # called for calm after clashes with the rebels": a third party's answer
                # to others' fighting
                agents = []
        if (
            not agents
            and relation is Relation.ATTACKED
            and noun.dep_ == "pobj"
            and (
                (noun.head.lower_ == "in" and noun.lemma_.lower() in _FIGHTS_WITH | _CAMPAIGNS)
                # "killed dozens of civilians during an offensive against Y"
                or (noun.head.lower_ == "during" and noun.lemma_.lower() in _OPERATIONS)
            )
            and any(c.dep_ == "prep" and c.lower_ == "against" for c in dependents(noun))
        ):
            # "lost 300 soldiers in the war against Y", "partnered with the SDF in the
            # fight against Y": the clause's subject takes part in the fight (and the
            # partner it works with or helps)
            agents = self._adjunct_partakers(noun, targets)
            verb = noun.head.head
            if (
                agents
                and verb.pos_ == "VERB"
                and (verb.lemma_ in HELPING_VERBS or verb.lemma_ in _PARTNERING)
            ):
                own = {t.actor.id for t in targets}
                agents += [
                    m
                    for m in self.args.direct_objects(verb) + self.args.prep_objects(verb, _WITH)
                    if m.actor.id not in own
                ]
        if (
            not agents
            and noun.dep_ == "pobj"
            and noun.head.lower_ == "with"
            and noun.head.head.lemma_ in _RESPONDING
            and not _is_passive(noun.head.head)
        ):
            # "Beijing retaliated with tariffs on Y": the response is the subject's
            agents = self.args.subjects_of_verb(noun.head.head)
        if not agents and relation is Relation.ATTACKED:
            self.pending_attacks.append(targets)
        # "by" on the act, or on the act's "of" object ("the arrest of X by Y")
        # (or on its conjunct, or on what a count counts: "of X and his aides by Y", "of
        # dozens of members of Z by Y")
        by_agent = any(c.lower_ == "by" or c.dep_ == "acl" for c in dependents(noun)) or any(
            b.lower_ == "by" and b.dep_ == "prep"
            for of in dependents(noun)
            if of.dep_ == "prep" and of.lower_ in _OF
            for p in dependents(of)
            for q in (p, *conjuncts_of(p), *pobjs(p, "of"))
            for b in dependents(q)
        )
        rule = "nominal-by-agent" if by_agent else "nominal-prep-target"
        if relation is not Relation.ATTACKED:
            # "military action on Mexican soil": where, not on whom (a strike on a
            # state's territory strikes the state)
            targets = [t for t in targets if not _ground_of(self.doc, t)]
        for agent in agents:
            for obj in targets:
                yield Candidate(agent, obj, relation, rule, noun)

    def _topic_partners(self, noun: Token) -> list[LinkedMention]:
        """The partner the parser hung on the topic of talks or of a deal.

        "held talks on border security with Y", "signed an agreement on defence equipment
        transfers with Y": the "with" of the topic's last noun is the act's (but "talks
        on the nuclear deal with Iran" name the deal's other side, and "talks on a
        ceasefire with the rebels" the truce's; a person there is the partner).
        """
        args = self.args
        return [
            m
            for prep in dependents(noun)
            if prep.dep_ == "prep" and prep.lower_ in _TOPIC_OF_TALKS
            for topic in dependents(prep)
            if topic.dep_ == "pobj" and args.links.at(topic) is None
            for m in args.prep_objects(topic, _WITH)
            if topic.lemma_.lower() not in _PARTNERED_TOPICS or m.actor.type is ActorType.PERSON
        ]

    def _earlier_targets(self, noun: Token) -> list[LinkedMention]:
        """The targets of the last attack told without its author, if told just before.

        "Three Colombian soldiers were killed in an ambush on Sunday. The ELN claimed
        responsibility for the attack": the soldiers' side, named in the sentence before
        or in this one.
        """
        if not self.pending_attacks:
            return []
        since = sentences_back(noun, 1)
        return [m for m in self.pending_attacks[-1] if since <= m.start < noun.i]

    def _fight_parties_apart(self, noun: Token) -> list[LinkedMention]:
        """The parties of a fight named in a "between" phrase the parser hung elsewhere.

        "clashes erupted overnight in the Amhara region between X and Y" (on the place),
        "nine people were killed in fighting in Tripoli between X and Y" (on the verb the
        fight is an adjunct of, or on the fight's place).
        """
        holders: list[Token] = []
        if noun.dep_ == "nsubj" and noun.head.lemma_ in _BREAKING_OUT:
            holders.append(noun.head)
        elif noun.dep_ == "pobj" and noun.head.lower_ in ("in", "during", "amid"):
            if noun.head.head.pos_ == "VERB":
                holders.append(noun.head.head)
            holders.append(noun)
        places = [
            p
            for holder in holders
            for c in dependents(holder)
            if c.dep_ == "prep" and c.lower_ == "in"
            for p in dependents(c)
            if p.dep_ == "pobj" and p is not noun
        ]
        for holder in (*holders[:1], *places):
            between = self.args.prep_objects(holder, _BETWEEN)
            if len(between) > 1:
                return between
        return []

    def _adjunct_partakers(self, noun: Token, targets: list[LinkedMention]) -> list[LinkedMention]:
        """Return the subject of the clause a symmetric event noun is an adjunct of."""
        if (
            noun.dep_ == "pobj"
            and noun.head.lower_ == "of"
            and noun.head.head.lemma_.lower() in _SPANS
            and noun.head.head.dep_ == "pobj"
        ):
            noun = noun.head.head  # "X took the town after days of fighting with Y"
        striving = (
            noun.head.lower_ in STRIVING_FOR.get(noun.head.head.lemma_.lower(), ())
            and noun.head.head.pos_ == "VERB"
        )
        prep = noun.head
        if prep.lower_ in ("of", "to") and prep.head.lower_ in _PREP_ADVERBS:
            prep = prep.head  # "Ahead of talks with Y, X said", "prior to talks with Y"
        if noun.dep_ != "pobj" or not (
            prep.lower_ in _ADJUNCT_PREPS
            # "On a visit to Belgrade, Wang Yi praised ...": the traveller is the subject
            or (prep.lower_ == "on" and noun.lemma_.lower() in _TRAVELS)
            # "is working toward an agreement with Y"
            or striving
        ):
            return []
        if any(t.kind == "location" or t.actor.type is ActorType.LOCATION for t in targets):
            return []  # "during a visit to Quetta": a place, not a partner
        if any(c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN") for c in dependents(noun)):
            # "the ministry said after Prabowo's meeting with Putin": the act is its
            # owner's, named even where no actor is known by that name
            return []
        verb = prep.head
        while (
            noun.head.lower_ == "under"
            and verb.pos_ == "NOUN"
            and verb.dep_ == "pobj"
            and verb.head.dep_ == "prep"
            and self.args.links.at(verb) is None
        ):
            # "agreed to leave the town days after the attack under a deal with Y": the
            # parser hangs the terms on the noun before, the clause acts under them
            verb = verb.head.head
        if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("dobj", "obj", "attr"):
            # "played a constructive role in talks with Y", "were the main partner in
            # the war against Y"
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or _is_passive(verb):
            return []
        own = {t.actor.id for t in targets}
        return [m for m in self.args.subjects_of_verb(verb) if m.actor.id not in own]

    def gerunds(self) -> Iterator[Candidate]:
        """Read "X's V-ing of Y": a verb of the lexicon made a noun, with both its ends.

        "Kenya's hosting of the RSF delegation", "Iran's arming of the Houthis",
        "Russia's shelling of Kharkiv": the possessor does to the "of" object what the
        verb says (the parser tags such gerunds as nouns, so the verb tables miss them).
        """
        args = self.args
        for index in labelled(self.doc, "TAG", _GERUND_TAGS):
            token = self.doc[index]
            if not token.lower_.endswith("ing"):
                continue
            relation = gerund_relation(token.lower_)
            if relation is None:
                continue
            owners = [m for c in dependents(token) if c.dep_ == "poss" for m in args.actors_of(c)]
            if not owners:
                continue
            objects = [
                m for pobj in pobjs(token, "of") for m in self._gerund_objects(pobj, relation)
            ]
            for owner in owners:
                for obj in objects:
                    if owner.actor.id != obj.actor.id:
                        yield Candidate(owner, obj, relation, "gerund-of", token)

    def _gerund_objects(self, pobj: Token, relation: Relation) -> list[LinkedMention]:
        """The actors of a gerund's "of" object; for an attack, a city's state too."""
        found = self.args.actors_of(pobj)
        if not found and relation is Relation.ATTACKED:
            state = self._city_state(pobj)
            found = [state] if state is not None else []
        return found

    def joint_dyads(self) -> Iterator[Candidate]:
        """Read a joint thing of a hyphenated pair: "a joint U.K.-U.S. military base".

        Whatever the noun, what two actors hold jointly they cooperate in (the event
        nouns, "a joint U.S.-Iraqi operation", are read with their relation's table).
        """
        for index in positions(self.doc, _JOINT):
            token = self.doc[index]
            if token.dep_ != "amod":
                continue
            dyad = self._dyad(token.head)
            if dyad is not None:
                yield Candidate(
                    dyad[0], dyad[1], Relation.COOPERATED_WITH, "dyad-compound", token.head
                )
                continue
            noun = token.head
            while noun.dep_ == "compound" and noun.head.pos_ == "NOUN":
                noun = noun.head  # "Senegal and Mauritania's joint gas project"
            owners = self._joint_owners(noun)
            if len(owners) > 1:
                # "Brazil and Argentina's joint ventures", "their joint projects" (of two
                # named before): the owners hold it together
                yield from _pairs(owners, Relation.COOPERATED_WITH, "symmetric-coordination", noun)
            elif noun.lemma_.lower() in _JOINT_UNDERTAKINGS:
                # "Kenya's joint projects with Y", "set up a joint task force with Y": a
                # joint undertaking with a partner (but "a joint statement with Y", "a
                # joint news conference with Y": words said together, or a meeting)
                yield from self._joint_partners(noun, owners)

    def _joint_partners(self, noun: Token, owners: list[LinkedMention]) -> Iterator[Candidate]:
        """Who holds a joint thing with whom: "Kenya's joint projects with Y"."""
        args = self.args
        partners = args.prep_objects(noun, frozenset({"with"}))
        if not partners:
            return
        # (a verb's "joint N with Y" is the rule joint-with's)
        for owner in owners:
            for partner in partners:
                if owner.actor.id != partner.actor.id:
                    yield Candidate(
                        owner, partner, Relation.COOPERATED_WITH, "nominal-prep-target", noun
                    )

    def _joint_owners(self, noun: Token) -> list[LinkedMention]:
        """The owners of a joint thing: "X and Y's joint N", "their joint N".

        The parser reads "Brazil and Argentina's joint ventures" as "Brazil" joined to
        "ventures", with "Argentina" as its possessor: the first owner is the noun the
        thing is joined to.
        """
        args = self.args
        owners: list[LinkedMention] = []
        for poss in dependents(noun):
            if poss.dep_ != "poss":
                continue
            owners += args.actors_of(poss)
            first = noun.head
            if (
                noun.dep_ == "conj"
                and first.i < poss.i
                and any(c.dep_ == "cc" and c.i < poss.i for c in dependents(first))
            ):
                owners = [*args.actors_of(first), *owners]
        unique: list[LinkedMention] = []
        for owner in owners:
            if all(owner.actor.id != u.actor.id for u in unique):
                unique.append(owner)
        return unique

    def _dyad(self, noun: Token) -> tuple[LinkedMention, LinkedMention] | None:
        """Return the two actors of a hyphenated pair compounding an event noun.

        "the Russia-Ukraine war", "the China-Russia partnership", "U.S.-Ukraine talks":
        the parser hangs the first name on the second, with the hyphen between them.
        """
        doc = self.doc
        for second in dependents(noun):
            if second.dep_ not in ("compound", "amod", "nmod") or second.i >= noun.i:
                continue
            for first in dependents(second):
                if (
                    first.dep_ in ("compound", "npadvmod", "amod", "nmod")
                    and first.i + 2 == second.i
                    and doc[first.i + 1].text == "-"
                ):
                    ends = (self.args.links.at(first), self.args.links.at(second))
                    if (
                        ends[0] is not None
                        and ends[1] is not None
                        and ends[0].actor.id != ends[1].actor.id
                        # "U.S.-led coalition strikes": one name, not a pair
                        and not ends[1].start <= first.i < ends[1].end
                        and ActorType.LOCATION not in (ends[0].actor.type, ends[1].actor.type)
                    ):
                        return ends[0], ends[1]
        return None

    def _stance_adjunct(self, noun: Token, relation: Relation) -> Iterator[Candidate]:
        """Read "in support of Y" or "in solidarity with Y" on the clause that acts for Y.

        "Rwanda sent troops in support of M23": who does the act supports Y.
        """
        head = noun.head.head
        if noun.lemma_.lower() in ("favor", "favour") and head.lemma_ in _LEANING:
            # "the court ruled in favor of Y", "the balance tilted in favor of Y": a
            # verdict or a change of fortunes, no stance taken
            return
        targets = self.args.prep_objects(noun, _STANCES[noun.lemma_.lower()])
        if not targets:
            return
        if head.pos_ in ("VERB", "AUX"):
            agents = self.args.agents_of(head) if _is_passive(head) else self._subjects(head)
        else:
            # "a rally in support of Y by X", "X's intervention in support of Y"
            agents = self.args.event_agent(head) or self.args.actors_of(head)
        target_ids = {t.actor.id for t in targets}
        for agent in agents:
            if agent.actor.id in target_ids:
                continue
            for target in targets:
                yield Candidate(agent, target, relation, "support-adjunct", noun)

    def _backed_adjunct(self, noun: Token, relation: Relation) -> Iterator[Candidate]:
        """Read "with the backing of Y" on the clause or actor it backs.

        "M23 seized Goma with the backing of Rwanda", "M23, with the support of Rwanda,
        ...", "with help from Rwandan troops", "with Rwandan air support": Y supports (or
        aids) who acts.
        """
        args = self.args
        head = noun.head.head
        if head.lemma_.lower() in _WITH_COMPLEMENT:
            return  # "disagreed with the support of Y for the plan"
        backers = args.prep_objects(noun, _OF | {"from"})
        if not backers:
            # "with help from Kenyan air strikes": the strikes' author
            backers = [m for pobj in pobjs(noun, "from") for m in args.event_agent(pobj)]
        # "with Russian air support", "with Rwanda's backing"
        backers = backers or args.event_agent(noun)
        if head.pos_ in ("VERB", "AUX"):
            backed = args.agents_of(head) if _is_passive(head) else self._subjects(head)
        else:
            backed = args.actors_of(head)
        backer_ids = {b.actor.id for b in backers}
        for subject in backed:
            if subject.actor.id in backer_ids:
                continue
            for backer in backers:
                yield Candidate(backer, subject, relation, "support-adjunct", noun)

    def _relational(self, noun: Token, relation: Relation) -> Iterator[Candidate]:
        # "X, an ally of Y", "X and other allies of Y", "X is a member of Y"
        args = self.args
        objects = args.prep_objects(noun, frozenset({"of"}))
        if (
            objects
            and noun.lemma_.lower() == "partner"
            and not any(c.lower_ in _ALLIANCES for c in dependents(noun))
        ):
            # "the biggest trading partner of the United States", "a key partner of Y":
            # partners in trade or an effort (but "a coalition partner of Y": allies),
            # as "Washington's key partner" below
            relation = Relation.COOPERATED_WITH
        if not objects and relation in (Relation.MEMBER_OF, Relation.SUPPORTS):
            # "Finland became NATO's 31st member" (allies in the possessive are read by
            # the rule ally-noun)
            # "an Iranian proxy": the patron named before a proxy
            owned = ("poss", "amod", "compound") if relation is Relation.SUPPORTS else ("poss",)
            objects = [
                m
                for c in dependents(noun)
                if c.dep_ in owned and c.pos_ != "PRON" and c.i < noun.i
                for m in args.actors_of(c)
            ]
        if not objects and noun.lemma_.lower() == "partner":
            # "the main U.S. partner in the war", "Washington's key partner": partners in
            # a joint effort (but "its coalition partner": allies)
            objects = [
                m
                for c in dependents(noun)
                # (not a demonym: "his Chinese partner" is a Chinese person)
                if c.dep_ in ("poss", "compound") and c.pos_ != "PRON" and c.i < noun.i
                for m in args.actors_of(c)
            ]
            if objects and not any(c.lower_ in _ALLIANCES for c in dependents(noun)):
                relation = Relation.COOPERATED_WITH
        if not objects and noun.dep_ == "conj" and _owned_by_pronoun(noun):
            # "Y and their X allies": X is the ally of Y
            objects = args.actors_of(noun.head)[:1]
            # (but "the PKK and its Syrian affiliate": a demonym on a part names where
            # it is, not a member)
            deps: tuple[str, ...] = ("nmod", "compound", "amod")
            if relation in (Relation.MEMBER_OF, Relation.PART_OF):
                deps = ("nmod", "compound")
            owners = [m for c in dependents(noun) if c.dep_ in deps for m in args.actors_of(c)]
            for subject in owners:
                for obj in objects:
                    if subject.actor.id != obj.actor.id:
                        yield Candidate(subject, obj, relation, "relational-noun", noun)
            return
        if not objects:
            return
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one":
            # "Kazakhstan, one of the founding members of the SCO", "Hungary is one of
            # the EU's 27 members", "Egypt, one of the closest allies of Sudan": the one
            # of the members (allies, partners) holds the role
            noun = noun.head.head
        subjects: list[LinkedMention] = []
        # "a base of the People's Defence Force (PDF), an armed wing of the NUG": the
        # parser hangs the appositive set after a bracketed acronym on the clause or on
        # its subject
        bracketed = (
            _bracketed_before(args, noun)
            if noun.dep_ in _LOOSE_DEPS or noun.dep_ == "appos"
            else []
        )
        if bracketed:
            subjects = bracketed
        elif noun.dep_ == "appos":
            subjects = args.actors_of(noun.head)
        elif noun.dep_ == "conj" and noun.head.dep_ == "appos" and noun.head.head.i < noun.i:
            # "X, president of the assembly and a close ally of Y,": the second appositive
            subjects = args.actors_of(noun.head.head)[:1]
        elif noun.dep_ == "conj" and any(c.lower_ == "other" for c in dependents(noun)):
            subjects = args.actors_of(noun.head)[:1]
        elif noun.dep_ == "attr" and noun.head.lemma_ in ("be", "become", "remain"):
            subjects = args.subjects_of_verb(noun.head)
        elif noun.dep_ == "pobj" and noun.head.dep_ == "prep":
            subjects = self._role_holders(noun)
        if not subjects:
            # "the SDF's main component, the YPG,", "Iran's proxy, Hezbollah,": the name
            # set after the noun
            subjects = [
                m
                for c in dependents(noun)
                if c.dep_ == "appos" and c.i > noun.i
                for m in args.actors_of(c)
            ]
        if relation in (Relation.PART_OF, Relation.MEMBER_OF):
            # (no one is a part or member of a person)
            objects = [m for m in objects if m.actor.type is not ActorType.PERSON]
            if any(c.lower_ in _BYGONE for c in dependents(noun)):
                return  # "Ukraine, then part of the Soviet Union": no longer
        # "the group's political bureau member X": a person in its leadership is an
        # official of the whole (a state on a council is a member of the council's body)
        leadership = relation is Relation.MEMBER_OF and any(
            c.dep_ in ("compound", "nmod") and c.lemma_.lower() in LEADERSHIP_BODIES
            for c in dependents(noun)
            if c.i < noun.i
        )
        for subject in subjects:
            for obj in objects:
                if leadership and subject.actor.type is ActorType.PERSON:
                    yield Candidate(subject, obj, Relation.OFFICIAL_OF, "relational-noun", noun)
                elif relation is Relation.SUPPORTS:
                    # "Hezbollah, Iran's proxy": the patron supports its proxy
                    yield Candidate(obj, subject, relation, "relational-noun", noun)
                elif noun.lemma_.lower() == "part" and _joined(subject, obj, noun.doc):
                    yield Candidate(subject, obj, Relation.MEMBER_OF, "relational-noun", noun)
                else:
                    yield Candidate(subject, obj, relation, "relational-noun", noun)

    def _role_holders(self, noun: Token) -> list[LinkedMention]:
        """Who holds the role a relational noun in a phrase of the clause names.

        "Kenya and Uganda are among the members of IGAD", "As a member of the African
        Union, Sudan ...", "Somalia was admitted as the eighth member of the EAC", "Like
        other members of the SCO, Uzbekistan ...": the clause's subject (but "Moscow
        sees Kyiv as a member of NATO": the object it is said of). "Like members of
        NATO" or "unlike NATO members" say no such thing.
        """
        prep = noun.head
        verb = prep.head
        word = prep.lower_
        if verb.pos_ not in ("VERB", "AUX") or noun.lemma_.lower() == "part":
            return []  # ("troops sent as part of the mission": what the act belongs to)
        if word == "among":
            if verb.lemma_ not in ("be", "remain"):
                return []
        elif word == "like":
            if not any(c.lower_ in ("other", "fellow") for c in dependents(noun)):
                return []
        elif word != "as":
            return []
        args = self.args
        passive = [c for c in dependents(verb) if c.dep_ == "nsubjpass"]
        if word == "as" and verb.lemma_.lower() in _REGARDING and not passive:
            return [m for c in dependents(verb) if c.dep_ == "dobj" for m in args.actors_of(c)]
        if passive:
            # "Somalia was admitted as a member of the EAC"
            return [m for c in passive for m in args.actors_of(c)]
        return args.subjects_of_verb(verb)

    # -- titles -------------------------------------------------------------------

    def _title_run(self, mention: LinkedMention) -> list[Token]:
        """Return "ORGANISATION ['s] TITLE" running right before a person's name.

        The title's words may open the person's own mention ("Crown Prince Mohammed bin
        Salman" as one gazetteer name); the organisation must end right before them.
        Empty when the words before the name are no such run.
        """
        doc = self.doc
        inner = mention.start
        while inner < mention.end - 1 and doc[inner].lower_ in TITLE_WORDS:
            inner += 1
        start = mention.start
        links = self.args.links
        while start > 0 and (
            doc[start - 1].lower_ in TITLE_WORDS
            # "ECOWAS Commission President X": a body of the organisation, in no name
            or (
                doc[start - 1].lower_ in BODY_WORDS
                and start < mention.start
                and links.at(doc[start - 1]) is None
            )
        ):
            start -= 1
        if start == mention.start and inner == mention.start:
            return []  # no title
        end = start - 1 if start > 0 and doc[start - 1].lower_ in ("'s", "’s") else start
        organisation = links.at(doc[end - 1]) if end > 0 else None
        if organisation is None or organisation.end != end or organisation is mention:
            return []
        return [*doc[organisation.start : mention.start], *doc[mention.start : inner]]

    def _body_named_before(self, noun: Token) -> LinkedMention | None:
        """Return the body a bare body noun before a title stands for: one named just before.

        "The Taliban's defence ministry said ... ministry spokesman X said": the body of
        this or the two sentences before whose name has the noun ("Ministry of Defence
        of Afghanistan", "Mainland Affairs Council"), the nearest; none if two differ.
        """
        start = sentences_back(noun, _BODY_WINDOW)
        lemma = noun.lemma_.lower()
        found = [
            m
            for m in self.args.links.before(noun)
            if m.start >= start
            and m.actor.type in _NAMED_BODIES
            and lemma in m.actor.label.lower().split()
        ]
        if not found or len({m.actor.id for m in found}) > 1:
            return None
        return LinkedMention(noun.i, noun.i + 1, found[0].actor, "coref")

    def _shared_state(
        self, mention: LinkedMention, root: Token, tokens: list[Token], gazetteer: Gazetteer
    ) -> LinkedMention | None:
        """Return the state named before the first of two titled names joined by "and".

        "Lebanese President Joseph Aoun and Prime Minister Nawaf Salam": the demonym
        names the second's state too, when the two hold different offices ("Russian
        President X and President Y" are presidents of two states) and the second is
        no one the gazetteer places in another state.
        """
        first = root.head
        if first.i >= root.i or not any(c.dep_ == "cc" for c in dependents(first)):
            return None
        own = {t.lower_ for t in tokens if t.lower_ in OFFICES}
        before = [
            t
            for c in dependents(first)
            if c.dep_ in ("compound", "amod", "poss", "nmod") and c.i < first.i
            for t in c.subtree
        ]
        if not own or not before or own & {t.lower_ for t in before if t.lower_ in OFFICES}:
            return None
        state = self.args.links.at(before[0]) if before[0].dep_ != "det" else None
        if state is None and len(before) > 1:
            state = self.args.links.at(before[1])
        if state is None or state.kind == "location" or state.actor.type is not ActorType.STATE:
            return None
        if mention.actor.country:
            home = gazetteer.state_by_country(mention.actor.country)
            if home is not None and home.id != state.actor.id:
                return None
        return state

    def titles(self, gazetteer: Gazetteer) -> Iterator[Candidate]:
        """Read titles as offices: "US President Joe Biden", "X, Iran's foreign minister"."""
        doc = self.doc
        links = self.args.links
        # "President Putin" gives his state once: the office is read off the text where
        # no organisation is named in it only at the first such title of the article
        unnamed: set[str] = set()
        for mention in sorted(links.mentions, key=lambda m: m.start):
            if mention.actor.type is not ActorType.PERSON:
                continue
            root = doc[mention.start : mention.end].root
            # "the Pakistani envoy", linked to the envoy named elsewhere: the office's
            # own modifiers name the organisation
            office = mention.kind == "coref" and mention.end - mention.start == 1
            if mention.kind == "coref" and not (office and root.lower_ in TITLE_WORDS):
                continue
            modifiers = [
                c
                for c in dependents(root)
                if c.i < mention.start and c.dep_ in ("compound", "amod", "poss", "nmod")
            ]
            if root.dep_ in ("nsubj", "nsubjpass"):
                # "Sudan's army chief Abdel Fattah al-Burhan visited": the parser made the
                # title a second subject of the verb
                modifiers += [
                    c
                    for c in dependents(root.head)
                    if c.dep_ == root.dep_
                    and c.right_edge.i == c.i == mention.start - 1
                    and c.lower_ in TITLE_WORDS
                ]
            # An office after the name ("X, a senior fellow at Y") is read by the rule
            # title-of-apposition (kg.extract.standing).
            tokens = sorted({t for m in modifiers for t in m.subtree}, key=lambda t: t.i)
            tokens = [t for t in tokens if t.i < mention.start]
            # "British Prime Minister Keir Starmer and French President Emmanuel Macron"
            # hung on Macron: his title begins after the other person and the "and"
            cut = max(
                (
                    t.i
                    for t in tokens
                    if t.dep_ == "cc"
                    or (
                        (other := links.at(t)) is not None
                        and other.actor.id != mention.actor.id
                        and other.actor.type is ActorType.PERSON
                        # (but "Putin's spokesman X": whose aide he is)
                        and t.dep_ != "poss"
                    )
                ),
                default=-1,
            )
            tokens = [t for t in tokens if t.i > cut]
            # "a group based in Pakistan whose founder X", all hung on X: the title
            # begins at "whose"
            whose = max((t.i for t in tokens if t.lower_ == "whose"), default=-1)
            tokens = [t for t in tokens if t.i >= whose]
            if office:
                tokens.append(root)  # the office word is the mention itself
                # "the head of the U.N. children's program, UNICEF": the organisation
                # after the office, its own name (an appositive) before the words in it
                after = [c for c in dependents(root) if c.dep_ == "appos"]
                after += pobjs(root, "of")
                for head in after:
                    tokens += sorted(head.subtree, key=lambda t: (t.i != head.i, t.i))
            if not office and not any(t.lower_ in TITLE_WORDS for t in tokens):
                # "Emirati Foreign Minister X" misparsed, "Saudi Crown Prince X" named
                # with the title inside: read the words before the name as they run
                tokens = self._title_run(mention)
                if not tokens:
                    continue
            organisation = None
            local = any(
                t.lower_ in LOCAL_OFFICES
                or t.lower_ in LOCAL_QUALIFIERS
                # "Tamil Nadu chief minister X", "Sindh's chief minister": a province's head
                or (
                    t.lower_ == "chief" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "minister"
                )
                # "Bougainville President X", "Oromia President Y": a region's own head
                or (t.lower_ == "president" and self._region_before(doc[t.i - 1]))
                for t in tokens
            )
            for token in tokens:
                found = links.at(token)
                if found is None and token.lower_ == "whose" and token.dep_ == "poss":
                    # "the M23, whose spokesman X said": the office is of the noun the
                    # relative clause is on
                    found = relative_owner(links, token)
                elif found is None and token.dep_ == "poss":
                    found = listed_owner(self.args, token)
                elif (
                    found is None
                    and token.lower_ in BODY_WORDS
                    and token.dep_ in ("compound", "nmod")
                    and token.head.lower_ in TITLE_WORDS
                ):
                    # "ministry spokesman X said": the ministry the story named before
                    found = self._body_named_before(token)
                if found is not None and found.actor.type is ActorType.STATE:
                    # "Sudan's army chief X": the army the state's name begins, not the
                    # state (the wider mention over the same words)
                    found = next(
                        (
                            m
                            for m in links.mentions
                            if m.start <= token.i < m.end
                            and found.end < m.end <= mention.start
                            and m.kind != "location"
                        ),
                        found,
                    )
                if (
                    found is not None
                    and found.actor.type is ActorType.STATE
                    and token.dep_ == "poss"
                    and (owned := links.at(token.head)) is not None
                    and found.end <= owned.start
                    and owned.end <= mention.start
                    and owned.kind != "location"
                    and owned.actor.type in _STATE_PARTS
                ):
                    # "Iran's Revolutionary Guards chief X": the body the state's name
                    # is the possessor of, named apart from it
                    found = owned
                if local and (
                    (found is not None and found.kind == "location")
                    # (but "Police Commissioner X": a body's word, no town's name)
                    or (found is None and token.pos_ == "PROPN" and token.lower_ not in _SECTORS)
                ):
                    # "Kharkiv Mayor X", "Borno State Governor Y": the office is one of
                    # the state the place lies in (the role keeps the place's name)
                    found = self._city_state(token) if found else self._untagged_state(token)
                    if found is not None:
                        organisation = found
                        break
                    continue
                # NER sometimes takes a title word for an organisation ("Defense Secretary").
                if found is None or found is mention or found.kind == "location":
                    continue
                if found.kind not in ("composite", "generic") and all(
                    t.lower_ in TITLE_WORDS for t in doc[found.start : found.end]
                ):
                    continue  # (but "army chief X": the army the context names)
                if _is_portfolio(found, doc, gazetteer):
                    continue  # "Communication Minister X": NER's organisation is the portfolio
                if found.actor.type is not ActorType.STATE and doc[found.end - 1].lower_ in OFFICES:
                    continue  # "National Security Advisor X": NER's organisation is the title
                if modifies_other_noun(doc[found.end - 1], found):
                    continue  # "director of the Iran project at the Crisis Group"
                if found.actor.type is ActorType.PERSON:
                    # "Putin's spokesman X": the leader's state
                    found = principal_state(found, tokens, gazetteer)
                    if found is None:
                        continue
                organisation = found
                break
            if organisation is None and tokens[-1].i == mention.start - 1:
                run = self._title_run(mention)
                found = self.args.links.at(run[0]) if run else None
                if (
                    found is not None
                    and found.kind != "location"
                    and not _is_portfolio(found, doc, gazetteer)
                ):
                    # "Emirati Foreign Minister X", with "Emirati" parsed apart
                    organisation = found
                    tokens = run
            if organisation is None and office:
                continue  # "the president said": no organisation named with the office
            if organisation is None and root.dep_ == "conj":
                organisation = self._shared_state(mention, root, tokens, gazetteer)
            if organisation is None and mention.actor.id not in unnamed:
                unnamed.add(mention.actor.id)
                # "Lieutenant General X said": a rank alone names no office of a state
                # the sentence or the story names elsewhere (but "Pakistan's ISPR chief,
                # Lieutenant General X": the phrase he is set in apposition to does)
                rank_only = all(t.lower_ in MILITARY_RANKS for t in tokens if t.is_alpha)
                state = None
                if mention.actor.country:
                    state = gazetteer.state_by_country(mention.actor.country)
                elif any(t.lower_ in STATE_OFFICES for t in tokens) and not any(
                    t.lower_ in NOT_YET for t in tokens
                ):
                    # "Defense Minister X said" in an article about one state: its
                    # minister, when the person is no one the gazetteer knows
                    state = links.dominant
                if state is not None:
                    # the state's mentions in the sentence, but not the holder's own
                    sent = root.sent
                    named = [
                        m
                        for m in links.within(sent.start, sent.end)
                        if m.actor.id == state.id and not m.start < mention.end <= m.end
                    ]
                    # "Burkina Faso's junta leader, Captain X": the state named in the
                    # phrase the holder is set in apposition to is the evidence
                    phrase = root.head if root.dep_ == "appos" else root
                    end = max(
                        [phrase.i]
                        + [
                            c.right_edge.i
                            for c in dependents(phrase)
                            if c.dep_ not in ("conj", "cc")
                        ]
                    )
                    organisation = next(
                        (m for m in named if phrase.left_edge.i <= m.start and m.end <= end + 1),
                        None,
                    )
                    if organisation is None and named and not rank_only:
                        # "President X said Iran would ...": the state named elsewhere in
                        # the sentence (but not across a quotation mark: "Abadi said the
                        # forces acted to 'protect the unity of the country'" is his word)
                        organisation = min(
                            (
                                m
                                for m in named
                                if not _across_quote(root, m)
                                and (m.kind != "generic" or _speaks_for(root, m))
                                # (but not a capital where something happens: "Erdogan
                                # said in a speech in Ankara", "Modi visited Colombo")
                                and not _names_the_scene(doc[m.start : m.end].root)
                            ),
                            key=lambda m: abs(m.start - mention.start),
                            default=None,
                        )
                    elif (
                        organisation is None
                        and not rank_only
                        and links.dominant is not None
                        and state.id == links.dominant.id
                        and _named_just_before(links, state, sent)
                    ):
                        # else the one the story is about; the gazetteer's knowledge of
                        # another state is no evidence the text gives
                        organisation = LinkedMention(mention.start, mention.end, state, "gazetteer")
                if organisation is None:
                    unnamed.discard(mention.actor.id)
            if organisation is None or organisation.actor.type in (
                ActorType.PERSON,
                ActorType.LOCATION,
            ):
                continue
            role_tokens = [
                t
                for t in tokens
                if (
                    organisation.kind == "place" or not organisation.start <= t.i < organisation.end
                )
                and t.is_alpha
                and t.dep_ not in ("det", "case")
                and t.lower_ != "whose"
            ]
            if is_profession([t.lower_ for t in role_tokens], organisation):
                continue  # "the French researcher X" is no official of France
            role = " ".join(t.text for t in role_tokens)
            # "former US President X" held the office: the role says "former".
            # ("Hamas political bureau member X": a member of its leadership is an
            # official of the whole)
            relation = (
                Relation.MEMBER_OF
                if any(t.lower_ in MEMBER_OFFICES for t in role_tokens)
                and not any(t.lemma_.lower() in LEADERSHIP_BODIES for t in role_tokens)
                else Relation.OFFICIAL_OF
            )
            yield Candidate(mention, organisation, relation, "title-apposition", root, role)
            # "Hamas leader X" leads Hamas; "foreign policy chief X" does not lead the EU.
            # (the words after the organisation's name: "jailed PKK leader X",
            # "Kurdish-led SDF commander Y")
            after = [t for t in role_tokens if t.i >= organisation.end]
            office_tokens = after if after and organisation.start < mention.start else role_tokens
            if (
                office_tokens
                and all(t.lower_ in LEADING_OFFICES | _RANKS for t in office_tokens)
                and not any(t.lower_ in FORMER for t in role_tokens)
            ):
                yield Candidate(
                    mention, organisation, Relation.LEADS, "title-apposition", root, role
                )


def _is_portfolio(found: LinkedMention, doc: Doc, gazetteer: Gazetteer) -> bool:
    """Whether a mention is only a minister's portfolio NER took for an organisation.

    "Communication Minister X", "Energy Minister Y": the words name a field of
    government, no organisation the gazetteer knows.
    """
    return (
        found.actor.type is ActorType.ORGANIZATION
        and all(t.lower_ in _SECTORS for t in doc[found.start : found.end])
        and gazetteer.lookup(found.actor.label) is None
    )


def relative_owner(links: ActorLinks, whose: Token) -> LinkedMention | None:
    """Return the actor a "whose" stands for: the noun its relative clause is on.

    "The M23 rebel group, whose spokesman ...": the group, or the name that modifies
    it when the noun itself is in no mention.
    """
    clause = next((t for t in whose.ancestors if t.dep_ == "relcl"), None)
    if clause is not None and clause.head.lower_ in COMMUNITIES:
        return None  # "the Druze community, whose spiritual leader": no organisation
    found = links.antecedent(whose)
    if found is not None:
        return found
    if clause is not None:
        # "a militant group whose founder ...", set after a name: the name
        noun = clause.head
        nouns = [c for c in dependents(noun) if c.dep_ in _NAMING_DEPS]
        if noun.dep_ == "appos" and noun.head.i < noun.i:
            nouns.append(noun.head)
    else:
        # the parser made the relative clause the main one ("a group based in
        # Pakistan whose founder X is ...", "the government in Port Sudan, whose
        # minister X met ..."): the phrase before "whose", up to the noun it is of
        before = whose.i - 1
        if before > whose.sent.start and whose.doc[before].text == ",":
            before -= 1
        # (only that noun: "a group based in Pakistan whose founder" is no Pakistan's)
        node = whose.doc[before]
        for _ in range(_PHRASE_DEPTH):
            if node.dep_ not in _PHRASE_DEPS or node.head.i > whose.i:
                break
            node = node.head
        if node.lower_ in COMMUNITIES:
            return None
        nouns = [c for c in dependents(node) if c.dep_ in _NAMING_DEPS and c.i < node.i]
        nouns.insert(0, node)
        if node.dep_ == "appos" and node.head.i < node.i:
            nouns.append(node.head)  # "Jaish-e-Mohammed, a militant group ..."
    return next(
        (
            m
            for c in nouns
            if (m := links.at(c)) is not None
            and m.kind != "location"
            and m.actor.type not in (ActorType.PERSON, ActorType.LOCATION)
        ),
        None,
    )


#: Nouns of acts done to an office's holder that "its" before the office, in their
#: "of" phrase, leaves the sentence's actor's: "the killing of its general secretary X".
_ACTS_ON_HOLDERS = PATIENT_ACTS | words("killing death assassination")
#: Words that list an office's holder among the people of an actor named before:
#: "members of the Gulf Clan's leadership, including its top commander, X".
_LISTING = words("including among")
#: Prepositions, and how many of them, that lead from a listed noun to whose people are
#: listed: "warrants against 20 members of the Gulf Clan's leadership".
_LISTED_PREPS = words("of against")
_LISTED_DEPTH = 4


def listed_owner(args: Arguments, pronoun: Token) -> LinkedMention | None:
    """Return whose office "its" or "their" names where the office's holder is listed.

    "20 members of the group's leadership, including its top commander, X", "heavy
    losses, including the killing of its general secretary X": the actor the pronoun
    stands for (an organisation, not a place or person).
    """
    if pronoun.dep_ != "poss" or pronoun.lower_ not in ("its", "their"):
        return None
    phrase = pronoun.head
    if phrase.dep_ != "pobj":
        return None
    prep = phrase.head
    acted_on = prep.lower_ == "of" and prep.head.lemma_.lower() in _ACTS_ON_HOLDERS
    if acted_on:
        # (the act itself listed: "demanded the arrest of its leader" is the doer's
        # demand about another's leader)
        act = prep.head
        prep = act.head if act.dep_ == "pobj" else act
    if prep.lower_ not in _LISTING:
        return None
    # the actor of the people listed: "killed several Hezbollah commanders, including
    # its chief of staff" (Hezbollah's, not the killer's), "members of the Gulf Clan's
    # leadership, including its top commander"
    # (the parser may hang "including" on the verb: its object's then)
    listed = prep.head
    level = [listed]
    if listed.pos_ in ("VERB", "AUX"):
        level = [c for c in dependents(listed) if c.dep_ in ("dobj", "obj")] + [
            p
            for c in dependents(listed)
            if c.dep_ == "prep" and c.lower_ in _LISTED_PREPS
            for p in dependents(c)
            if p.dep_ == "pobj"
        ]
    nouns: list[Token] = []
    for _ in range(_LISTED_DEPTH):
        nouns += level
        level = [
            p
            for n in level
            for c in dependents(n)
            if c.dep_ == "prep" and c.lower_ in _LISTED_PREPS
            for p in dependents(c)
            if p.dep_ == "pobj"
        ]
    for noun in nouns:
        owner = args.links.at(noun)
        if owner is None:
            owner = next(
                (m for c in dependents(noun) if c.dep_ == "poss" if (m := args.links.at(c))),
                None,
            )
        if (
            owner is not None
            and owner.kind != "location"
            and owner.actor.type
            not in (
                ActorType.PERSON,
                ActorType.LOCATION,
            )
        ):
            return owner
    if not acted_on:
        return None
    found = args.linked(pronoun)  # "heavy losses, including the killing of its leader"
    if (
        found is None
        or found.kind == "location"
        or found.actor.type in (ActorType.PERSON, ActorType.LOCATION)
    ):
        return None
    return found


#: Offices held for a state's leader, named with the leader's name: "Putin's spokesman
#: X", "Zelensky's chief of staff, X" (not "Trump's lawyer", who serves the person).
_AIDES = words("spokesman spokeswoman spokesperson adviser advisor envoy staff")


def principal_state(
    principal: LinkedMention, office_words: list[Token], gazetteer: Gazetteer
) -> LinkedMention | None:
    """Return the state of a leader whose aide's office is named with the leader's name.

    "Putin's spokesman Dmitry Peskov": an official of the state the gazetteer places
    Putin in, cited at Putin's name.
    """
    if principal.actor.type is not ActorType.PERSON or not principal.actor.country:
        return None
    if not any(t.lower_ in _AIDES for t in office_words):
        return None
    state = gazetteer.state_by_country(principal.actor.country)
    if state is None:
        return None
    return LinkedMention(principal.start, principal.end, state, "gazetteer")


def _speaks_for(holder: Token, mention: LinkedMention) -> bool:
    """Whether a description of a state is the subject of what its holder says or does.

    "President X said the government would ...", "the government of President X": X's
    government; but "named Y to lead the administration", "accused the government of
    fascism" or "urged residents to report fighters to the authorities" tie no office to
    the body described.
    """
    described = holder.doc[mention.start : mention.end].root
    if holder.dep_ == "pobj" and holder.head.lower_ == "of" and holder.head.head.i == described.i:
        return True  # "the government of President Lai Ching-te"
    return (
        holder.dep_ in ("nsubj", "nsubjpass")
        and described.dep_ in ("nsubj", "nsubjpass")
        and any(t.i == holder.head.i for t in described.ancestors)
    )


def _across_quote(holder: Token, mention: LinkedMention) -> bool:
    """Whether a mention stands on the other side of a quotation mark from ``holder``."""
    return in_quote(holder) != in_quote(holder.doc[mention.start])


def _named_just_before(links: ActorLinks, state: Actor, sent: Span) -> bool:
    """Whether ``state`` is the source of what the sentence before ``sent`` reports.

    "According to the US, its forces attacked ... According to Defense Secretary X, ...":
    the official speaks on for the state just cited (but "Colombia will deploy troops ...
    Defense Minister X said ...": the state named before says nothing, and the title
    names no state of its own).
    """
    if sent.start == 0:
        return False
    before = sent.doc[sent.start - 1].sent
    return any(
        m.actor.id == state.id and _cited_source(sent.doc[m.start : m.end].root)
        for m in links.within(before.start, before.end)
    )


def _cited_source(token: Token) -> bool:
    """Whether ``token`` is who a report is from: "according to the US", "the US said"."""
    if token.dep_ == "pobj" and token.head.lower_ == "to":
        return token.head.head.lower_ == "according"
    return token.dep_ == "nsubj" and token.head.lemma_ in SPEECH_VERBS


#: Prepositions of the place where something happens.
_SCENE_PREPS = frozenset({"in", "at", "to", "from", "near", "into", "outside", "inside"})


def _names_the_scene(token: Token) -> bool:
    """Whether a name stands for the place where something happens, not for its state.

    "in Ankara", "in Baghdad's Karrada district", "visited Colombo".
    """
    if token.dep_ in ("poss", "compound") and token.head.pos_ in ("NOUN", "PROPN"):
        token = token.head
    if token.dep_ == "pobj":
        return token.head.lower_ in _SCENE_PREPS
    return token.dep_ == "dobj" and token.head.lemma_ == "visit"
