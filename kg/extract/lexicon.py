"""The trigger lexicon: which words announce which relation.

Each relation of the vocabulary (DESIGN section 4) has verbs, event nouns, adjectives
and participles that announce it, and the prepositions that introduce its object. The
frames of :mod:`kg.extract.frames` read the arguments; this module only says which words
to look at. Lemmas are spaCy's (lowercase).

The verbs come from two sources. The entries below list kg's own triggers, with the
constraints found on the development data (objects a verb needs, particles, ...). The
CAMEO verb dictionary (:mod:`kg.extract.cameo`) adds the rest: its verbs whose code and
patterns agree on one relation trigger it alone ("slaughter", "castigate"), its idioms
make a verb trigger a relation with those objects only ("inflict" + "casualties",
"reopen" + "embassy"), and its phrasal verbs join :data:`PHRASAL` ("fight back", "gun
down"). A verb listed here, or a light verb, keeps its own readings and constraints: the
dictionary adds nothing to it but kg's own phrasal verbs ("fight alongside").
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cache

from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from kg import wordclasses
from kg.extract.cameo import trigger_tables
from kg.types import Relation

__all__ = [
    "CAMEO_VERBS",
    "HARDWARE",
    "IDIOM_VERBS",
    "LEXICON",
    "LIGHT_VERBS",
    "MATERIAL",
    "PHRASAL",
    "RELATIONAL_NOUNS",
    "SYMMETRIC",
    "TRIGGER_POS",
    "LexiconEntry",
    "TriggerMatcher",
    "gerund_relation",
    "is_event_noun",
    "is_light_verb",
    "trigger_matcher",
    "trigger_patterns",
    "words",
]


def words(text: str) -> frozenset[str]:
    """Return the set of whitespace-separated words of ``text``.

    >>> sorted(words("strike attack"))
    ['attack', 'strike']
    """
    return frozenset(text.split())


#: What a force posture moves: "deployed troops", "massed tanks near Y".
_FORCE_WORDS = words(
    "force forces troops troop presence military army soldiers soldier tanks "
    "warships ships vessels jets aircraft missiles artillery units battalions "
    "brigades reservists reserves police marines"
)

_DEFAULT_PREPS = words("on against at targeting into")


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    """The trigger words of one relation.

    Attributes:
        verbs: verb lemmas whose subject and object are the relation's ("X struck Y").
        nouns: event nouns ("an airstrike on Y by X", "X launched strikes against Y").
        adjectives: predicative adjectives ("X is willing to ...").
        participles: "X-backed Y" means X relation Y.
        inverse_nouns: "Y's backers" means the backer relation Y.
        preps: prepositions that introduce the object of a nominal event or of a verb
            without a direct object ("sanctions on Y", "talks with Y").
        noun_preps: extra prepositions for some nouns only ("a war with Y").
        only_preps: the only prepositions that introduce the object of some nouns
            ("operations against Y"; but "an operation on Y" is no attack).
        clausal: the object may be the subject of the verb's complement clause
            ("demanded that Y stop", "urged Y to leave").
        complement: the object may be an object inside the verb's complement
            ("offered to hand over the suspects to Y", "threatened to cut ties with Y").
        places: a state named as the place ("lifted the curfew in Y") may be the object.
        place_preps: the prepositions that name such a place ("deployed troops from
            Belarus" names where a force comes from, not its target).
        refusal: the object may be who pressed for what is refused ("declined to
            resign despite calls from Y").
        recipients: verbs whose object is who receives what they hand over, named
            with "to" ("extradited the suspect to Britain"), not their direct object.
        after_talks: the object may be the party of talks or fighting the act follows
            ("called off the strike after deliberations with the government").
        particles: verbs that announce the relation only with one of these particles,
            anywhere after them ("forced the UN agency out of the country").
        conditional: the object may be the subject of the condition the act depends on
            ("threatened to halt the talks if the United States deploys missiles").
        optional_object: verbs of ``needs_object`` that announce the relation without any
            object too ("mobilized against Y"; but "mobilized pressure groups").
        after_acts: the object may be the author of the acts the relation answers
            ("ordered patrols after violent protests by Muslim groups").
        transitive: verbs that announce the relation only with an object or a
            complement ("declined the offer", "declined to comment"; but "the number
            declined").
        not_compounds: compounds that turn a trigger noun into another event
            ("hunger strike" is no attack).
        needs_object: verbs that announce the relation only with one of these objects
            ("suspended aid to Y" is a sanction, "suspended the session" is not).
        needs_compound: nouns that announce the relation only with one of these
            compounds ("a hunger strike" is a protest, "a strike" is not).
        judges_acts: the relation judges its object's acts ("condemned the attack on
            Y" condemns the attacker, not Y).
    """

    verbs: frozenset[str] = frozenset()
    nouns: frozenset[str] = frozenset()
    adjectives: frozenset[str] = frozenset()
    participles: frozenset[str] = frozenset()
    inverse_nouns: frozenset[str] = frozenset()
    preps: frozenset[str] = _DEFAULT_PREPS
    noun_preps: dict[str, frozenset[str]] = field(default_factory=dict)
    clausal: bool = False
    complement: bool = False
    places: bool = False
    not_compounds: frozenset[str] = frozenset()
    needs_object: dict[str, frozenset[str]] = field(default_factory=dict)
    needs_compound: dict[str, frozenset[str]] = field(default_factory=dict)
    judges_acts: bool = False
    place_preps: frozenset[str] = words("in into from")
    refusal: bool = False
    recipients: frozenset[str] = frozenset()
    after_talks: bool = False
    transitive: frozenset[str] = frozenset()
    after_acts: bool = False
    optional_object: frozenset[str] = frozenset()
    conditional: bool = False
    particles: dict[str, frozenset[str]] = field(default_factory=dict)
    only_preps: dict[str, frozenset[str]] = field(default_factory=dict)


#: Objects of material aid: "delivered medicine to Y".
MATERIAL = words(
    "aid assistance money weapon weapons arm arms loan grant food supply supplies equipment "
    "asylum fund funds funding shelter relief medicine fuel ammunition material training "
    "troops goods credit credits dollar dollars million billion shipment shipments "
    "intelligence sanctuary haven havens refuge bailout bailouts"
)
#: Military hardware handed to a recipient ("delivered Leopard tanks to Ukraine").
HARDWARE = words(
    "tank tanks vehicle vehicles boat boats vessel vessels jet jets aircraft helicopter "
    "helicopters system systems munitions package packages security protection vaccine "
    "vaccines warship warships frigate frigates corvette corvettes submarine submarines "
    "radar radars rifle rifles"
)
#: Hardware that is fired, not given, when "sent" somewhere ("sent drones to Y").
_FIRED = words("missile missiles drone drones shell shells rocket rockets")
_MUNITIONS = words(
    "missile missiles rocket rockets shell shells drone drones mortar mortars artillery "
    "shot shots bullet bullets projectile projectiles salvo salvoes barrage grenade "
    "grenades bomb bombs torpedo torpedoes fire cannon cannons gas round rounds flare "
    "flares"
)
#: Goods moving between states: "banned imports of Moldovan wine".
TRADE_FLOWS = words("import imports export exports shipment shipments")
_TIES = words(
    "aid assistance ties relation relations link links trade cooperation asset assets "
    "funding lending financing disbursement disbursements flight flights import imports "
    "export exports contact contacts talks "
    "program programme delivery deliveries loan loans credit credits mediation "
    "treaty treaties agreement agreements accord accords pact deal participation membership"
)

_VISITS = words("visit visits trip trips talks meeting meetings summit")
#: What presses a party, refused by resisting it: "resisted pressure from Y".
_PRESSURES = words(
    "pressure pressures demand demands call calls appeal appeals ultimatum request requests"
)

#: Verbs whose object is an event noun that the subject carries out.
LIGHT_VERBS = words(
    "launch conduct carry stage mount claim intensify resume step escalate impose slap levy "
    "announce hold sign reach strike conclude broker make issue level file extend begin "
    "start declare continue order lodge take accept assume bear reiterate renew repeat "
    "voice express send deliver reimpose press tighten open complete undertake speed give "
    "accord accelerate form forge organize organise wage fight ramp bring "
    # "had a meeting with Y", "wrapped up talks with Y", "attended talks with Y"
    "have wrap attend "
    # "ignited a trade war with Y", "sparked clashes with Y"
    "ignite spark trigger "
    # "to pursue the neutralization of the FDLR", "pursued talks with Y"
    "pursue "
    # "provided military support to Y", "lent its backing to Y"
    "provide lend "
    # "approved new sanctions on Y", "unveiled tariffs on Y", "agreed sanctions on Y"
    "approve adopt unveil enact agree "
    # "increase security cooperation with Y", "deepened ties with Y", "kept close ties
    # with Y", "restored full cooperation with Y"
    "boost increase deepen strengthen enhance expand improve bolster broaden keep retain "
    "restore "
    # "is considering sanctions against Y", "plans new strikes on Y" (not done yet:
    # kg.extract.context reads them as intent)
    "consider weigh mull plan propose "
    # "joined the offensive against Y", "joined sanctions on Y"
    "join "
    # "sought talks with Y", "is seeking closer cooperation with Y" (an intent:
    # kg.extract.context)
    "seek "
    # "initialled a peace agreement", "flew a joint patrol", "ratified the accord"
    "initial fly ratify "
    # "threw its support behind Y", "lent its backing to Y"
    "throw lend "
    # "led talks with Y", "chaired a meeting with Y", "led the offensive against Y"
    "lead chair "
    # "passed new sanctions on Y", "passed a resolution condemning Y"
    "pass"
)

#: Verbs that report an obligation laid on someone: "X said that Y must withdraw".
OBLIGATION_VERBS = words(
    "say declare reiterate conclude insist announce state stress add tell write repeat"
)

#: kg's own trigger lemmas by relation (DESIGN section 4; CAMEO verb classes for the
#: events). :data:`LEXICON` adds the CAMEO verb dictionary to them.
_OWN_LEXICON: dict[Relation, LexiconEntry] = {
    Relation.ATTACKED: LexiconEntry(
        verbs=words(
            "attack strike bomb shell hit target raid invade assault ambush kill shoot "
            "pound storm bombard fight battle abduct kidnap massacre overrun torpedo "
            "torture wound beat abuse assassinate fire launch lob explode detonate capture "
            "hijack "
            "retake retook recapture occupy clash cut reclaim claw"
        ),
        nouns=words(
            "attack strike airstrike assault offensive raid bombing bombardment shelling "
            "invasion incursion ambush fighting fight clash battle war massacre violence cleansing "
            # "engaged in a firefight with al-Shabaab militants"
            "firefight gunfight shootout skirmish "
            "operation campaign counteroffensive counter-offensive counterattack "
            "counter-attack conflict aggression insurgency rebellion insurrection bomb "
            "killing assassination murder abduction kidnapping "
            # "the train hijacking by Baloch militants" (CAMEO 181: hijack, take hostage)
            "hijacking "
            # "to pursue the neutralization of the FDLR": force to end a group
            "neutralization neutralisation annihilation"
        ),
        # "launched operations against Y"; but "an operation on Y" is no attack; "waged
        # an insurgency against the state"
        only_preps=dict.fromkeys(
            ("operation", "campaign", "insurgency", "rebellion", "insurrection"), words("against")
        ),
        noun_preps={
            **{
                w: words("with between")
                for w in (
                    "war",
                    "clash",
                    "fighting",
                    "fight",
                    "battle",
                    "conflict",
                    "firefight",
                    "gunfight",
                    "shootout",
                    "skirmish",
                )
            },
            **dict.fromkeys(
                (
                    "bombing",
                    "shelling",
                    "bombardment",
                    "invasion",
                    "massacre",
                    "occupation",
                    # "the killing of X by Y": the victim after "of" (never the killer)
                    "killing",
                    "assassination",
                    "murder",
                    "abduction",
                    "kidnapping",
                    "hijacking",
                    "neutralization",
                    "neutralisation",
                    "annihilation",
                ),
                words("of"),
            ),
        },
        not_compounds=words(
            "hunger general labor labour worker workers nationwide trade tariff price "
            "currency propaganda word culture protest election electoral vaccination "
            "awareness media diplomatic political lobbying pressure smear information "
            "fundraising rescue relief humanitarian evacuation economic sanctions"
        ),
        # A place is the target of an attack when no other target is named:
        # "launched an airstrike in Damascus, Syria".
        places=True,
        needs_object={
            **dict.fromkeys(("fire", "launch", "lob", "explode", "detonate"), _MUNITIONS),
            # "to cut the militants' supply lines", "cut off the rebels' supply routes": a
            # blow at the force they feed
            "cut": words("line lines route routes"),
            # "to claw back territory lost to the Arakan Army" (but "reclaimed control",
            # "reclaimed the title")
            **dict.fromkeys(
                ("reclaim", "claw"),
                words("territory territories ground town towns village villages area areas"),
            ),
        },
        # "fired a missile toward the Israeli city of Eilat"
        preps=_DEFAULT_PREPS | words("toward towards"),
    ),
    Relation.COERCED: LexiconEntry(
        verbs=words(
            "arrest detain expel deport imprison jail ban outlaw confiscate evict demolish "
            "censor prosecute extradite disperse prevent blockade besiege hack deface force "
            "kick throw sentence convict dissolve disband board suspend shut seize "
            # "the army will disarm Hezbollah" (but "Hamas refused to disarm": no one)
            "disarm "
            # "stripped 135 opponents of their citizenship"
            "strip "
            # "searched the offices of Y" (but "searched the rubble")
            "search"
        ),
        # "forced the UN agency out of the country", "kicked the ambassador out", "shut
        # down the newspaper"
        particles={
            **dict.fromkeys(("force", "kick", "throw"), words("out")),
            "shut": words("down"),
            # "stripped the lawmakers of their immunity" (but "stripped the warehouse")
            "strip": words("of"),
        },
        # "boarded a Philippine supply boat"; but "boarded a plane to Nairobi"; "suspended
        # the broadcasts of RFI" (or an organisation by name: kg.extract.frames)
        needs_object={
            "search": wordclasses.PREMISES,
            "board": words(
                "ship ships vessel vessels boat boats tanker tankers freighter freighters "
                "trawler trawlers yacht ferry"
            ),
            # "seized a British-flagged tanker", "seized weapons from Y"; "seized the
            # town" is control (kg.extract.territory)
            "seize": words(
                "ship ships vessel vessels boat boats tanker tankers freighter cargo shipment "
                "shipments asset assets property properties aircraft plane planes goods "
                "equipment weapons arms funds money oil passport passports"
            ),
            **dict.fromkeys(
                ("suspend", "shut"),
                words(
                    "broadcast broadcasts broadcaster station channel newspaper outlet outlets "
                    "licence license accreditation website websites "
                    "party parties organization organisation group ngo charity"
                ),
            ),
        },
        nouns=words(
            "arrest detention expulsion crackdown curfew blockade deportation action "
            "siege warrant warrants"
        ),
        # "issued an arrest warrant for X", "warrants against 31 commanders"
        noun_preps={
            "action": words("against"),
            "warrant": words("for against"),
            "warrants": words("for against"),
        },
        preps=words("of on against from into"),
        places=True,
        # "prevented the demonstration staged by students": the students are coerced
        judges_acts=True,
    ),
    Relation.THREATENED: LexiconEntry(
        verbs=words("threaten warn"),
        nouns=words("threat ultimatum warning"),
        preps=words("to against on"),
        complement=True,
        conditional=True,
    ),
    Relation.MOBILIZED_AGAINST: LexiconEntry(
        verbs=words("mobilize mobilise deploy mass reinforce strengthen bolster"),
        # "held military drills around Taiwan", "naval exercises off Norway"
        nouns=words(
            "mobilization mobilisation deployment buildup build-up alert patrol drill drills "
            "exercise exercises maneuver maneuvers manoeuvre manoeuvres war-games wargame wargames"
        ),
        # (not "to": "the deployment of Kenyan police to Haiti" sends them there, aimed
        # at no one; kg.extract.patterns reads it, rule sent-forces-to)
        preps=words("against near along on toward towards around off"),
        places=True,
        place_preps=words("in into"),
        after_acts=True,
        # "mobilized against Y"; but "mobilized pressure groups in the United States"
        # ("reinforced its troops near Y" mobilizes; "troops arrived to reinforce KFOR",
        # an ally or a mission, aims at no one)
        optional_object=words("mobilize mobilise"),
        needs_object={
            **dict.fromkeys(
                ("strengthen", "bolster", "deploy", "mass", "mobilize", "mobilise"), _FORCE_WORDS
            ),
            # ("reinforced its positions along the border")
            "reinforce": _FORCE_WORDS
            | words("position positions defence defences defense defenses flank border lines"),
        },
    ),
    Relation.SANCTIONED: LexiconEntry(
        verbs=words(
            "sanction blacklist embargo sever suspend halt freeze cut downgrade reduce "
            "prohibit stop end cancel postpone ban block"
        ),
        nouns=words(
            "sanction embargo blacklisting suspension restriction tariff war duty levy ban control "
            "measure countermeasure cost"
        ),
        preps=words("on against with to for"),
        # "tariffs on steel exports to the U.S.": a measure's target follows "on" or
        # "against", never "to"
        only_preps=dict.fromkeys(
            (
                "sanction",
                "embargo",
                "tariff",
                "duty",
                "levy",
                "ban",
                "measure",
                "countermeasure",
                # "impose costs on Russia" (a cost named with "on" only)
                "cost",
            ),
            words("on against"),
        ),
        # "a trade war with Canada"; a war alone is an attack; "export controls on Y"
        needs_compound={
            "war": words("trade tariff economic sanctions"),
            "control": words("export import trade"),
            # "imposed punitive measures on Kosovo" (but "security measures on the border")
            "measure": words("punitive retaliatory restrictive economic coercive trade reciprocal"),
        },
        # "a U.S.-designated terrorist group"
        participles=words("designate blacklist"),
        places=True,
        needs_object={
            **dict.fromkeys(
                ("sever", "suspend", "halt", "freeze", "cut", "downgrade", "reduce"),
                _TIES | MATERIAL,
            ),
            **dict.fromkeys(
                ("prohibit", "stop", "end"), (_TIES | MATERIAL) - words("talks contact contacts")
            ),
            **dict.fromkeys(("cancel", "postpone"), _VISITS),
            # "banned imports of Moldovan wine", "blocked the sale of jets to Turkey": goods
            # kept out or held back (but "banned the party" restricts: CAMEO 172)
            **dict.fromkeys(
                ("ban", "block"), TRADE_FLOWS | words("sale sales trade flight flights")
            ),
        },
    ),
    Relation.ACCUSED: LexiconEntry(
        verbs=words(
            "accuse condemn criticize criticise blame denounce sue charge investigate "
            "probe censure deplore rebuke slam reproach indict impeach complain summon "
            "lambast excoriate upbraid"
        ),
        nouns=words(
            "condemnation criticism accusation allegation investigation probe indictment "
            "complaint lawsuit warrant case charge proceeding"
        ),
        # "summoned Niger's ambassador": a diplomatic protest
        needs_object={
            "summon": words("ambassador ambassadors envoy envoys diplomat diplomats charge chargé")
        },
        preps=words("of against into over about"),
        noun_preps={
            **dict.fromkeys(("protest", "complaint"), words("with to")),
            # "an arrest warrant for Putin"
            "warrant": words("for"),
        },
        # "a case against Israel", not "the case of Israel"
        only_preps=dict.fromkeys(("case", "lawsuit", "charge", "proceeding"), words("against")),
        judges_acts=True,
    ),
    Relation.DEMANDED: LexiconEntry(
        verbs=words("demand urge press request order appeal insist seek pressure"),
        nouns=words("demand request appeal call reminder"),
        preps=words("from of to on"),
        clausal=True,
        complement=True,
    ),
    Relation.REJECTED: LexiconEntry(
        verbs=words(
            "reject rebuff veto refuse decline dismiss spurn renege oppose deny contest dispute "
            "defy flout block challenge resist"
        ),
        adjectives=words("opposed"),
        # "denied the accusation", "disputes Egypt's claims": a claim rejected ("denied
        # entry" is no rejection); "blocked an EU statement", not "blocked roads"
        needs_object={
            **dict.fromkeys(
                ("deny", "contest", "dispute", "challenge"),
                words(
                    "accusation accusations allegation allegations charge charges claim claims "
                    "report reports assertion assertions"
                ),
            ),
            "block": words(
                "statement statements resolution resolutions proposal proposals bid bids plan "
                "plans motion motions declaration request requests deal package nomination "
                "appointment sanctions accession membership"
            ),
            # "resisted pressure from Washington", "resisted U.S. demands"; but "resisted
            # the offensive" is fighting
            "resist": _PRESSURES,
        },
        refusal=True,
        after_talks=True,
        transitive=words("decline"),
        nouns=words("rejection refusal veto"),
        preps=words("on to of"),
        complement=True,
        # "a decision the party rejected", "a ceasefire the government dismissed": the
        # author of what is rejected
        judges_acts=True,
    ),
    Relation.PROTESTED_AGAINST: LexiconEntry(
        verbs=words("protest demonstrate rally march boycott picket riot block"),
        nouns=words("protest demonstration rally boycott march sit-in riot strike"),
        preps=words("against outside over at of"),
        complement=True,
        places=True,
        needs_object={
            "block": words(
                "road roads street streets bridge highway transport traffic access entrance"
            )
        },
        needs_compound={"strike": words("hunger general labor labour nationwide")},
        judges_acts=True,
    ),
    Relation.AGREED_WITH: LexiconEntry(
        verbs=words("agree offer promise pledge commit accept consent sign"),
        adjectives=words("willing ready prepared prepare"),
        nouns=words(
            "agreement deal accord treaty ceasefire truce pact memorandum consensus understanding"
        ),
        preps=words("with to for"),
        complement=True,
        after_talks=True,
        # "committed to the truce", "committed itself to talks"; "committed abuses" is
        # no agreement
        needs_object={
            "commit": words("itself themselves himself herself ceasefire truce peace plan deal")
        },
        optional_object=words("commit"),
        # "offered to withdraw if Y withdraws": a conditional offer to Y
        conditional=True,
        # "handed over two suspects to Iraq": to Iraq, not to the suspects' group
        recipients=words("hand"),
    ),
    Relation.CONSULTED: LexiconEntry(
        verbs=words(
            "meet visit host consult talk speak negotiate discuss confer receive telephone phone "
            "mediate broker "
            # "Washington has courted Saddam Haftar"
            "court woo "
            # "Esper had informed him of the plan", "Burhan briefed Sisi on the war"
            "inform brief "
            # "Erdogan called Putin on Monday": a phone call to a person (kg.extract.frames)
            "call"
        ),
        # "a U.S.-brokered ceasefire": the broker consulted its parties
        participles=words("broker mediate host"),
        nouns=words(
            "talk talks meeting visit consultation negotiation summit mediation welcome call "
            "conversation discussion dialogue contact contacts overture overtures "
            # "is in touch with Y"; "on a trip to Belgrade"
            "touch trip"
        ),
        preps=words("with between"),
        # "a phone call with Y"; "a call for Y" is a demand, not a conversation; "made
        # overtures to Y"
        noun_preps={
            "visit": words("to with"),
            "welcome": words("to for"),
            "call": words("with"),
            "overture": words("to"),
            "overtures": words("to"),
            "touch": words("with"),
            "trip": words("to"),
        },
    ),
    Relation.COOPERATED_WITH: LexiconEntry(
        # "restored diplomatic relations", "opened an embassy in Y": mutual ties
        verbs=words(
            "cooperate collaborate coordinate partner share extradite establish restore "
            "upgrade normalize normalise open reopen"
        ),
        # "a joint U.S.-British base": what two run together (kg.extract.frames)
        adjectives=words("joint"),
        nouns=words(
            "cooperation partnership collaboration exercise exercises drill drills manoeuvre "
            "manoeuvres maneuver maneuvers game ties tie "
            # "a joint venture with Y"
            "venture ventures"
        ),
        preps=words("with"),
        # "has ties to al-Qaeda"
        noun_preps=dict.fromkeys(("tie", "ties"), words("with to")),
        # "extradited the suspect to Britain": the state handed to cooperates
        recipients=words("extradite"),
        needs_compound={
            "game": words("war"),
            **dict.fromkeys(("venture", "ventures"), words("joint combined coordinated")),
        },
        needs_object={
            "share": words(
                "intelligence information evidence expertise data technology experience "
                "knowledge know-how"
            ),
            **dict.fromkeys(
                ("establish", "restore", "upgrade", "normalize", "normalise"),
                words("ties relations relationship"),
            ),
            # "opened an embassy in Tehran": diplomatic relations with Iran
            **dict.fromkeys(("open", "reopen"), words("embassy consulate")),
        },
    ),
    Relation.SUPPORTS: LexiconEntry(
        verbs=words(
            "support back sponsor endorse praise commend welcome hail applaud defend "
            "congratulate apologize apologise forgive credit thank laud champion"
        ),
        nouns=words(
            "support backing sponsorship endorsement solidarity help recognition "
            # "voted in favor of Y" (kg.extract.frames: a stance adjunct only)
            "favor favour"
        ),
        participles=words("back support sponsor affiliate"),
        inverse_nouns=words("backer sponsor patron"),
        # "threw its support behind Y"
        preps=words("for to with behind"),
        # "Ankara's backing of the Muslim Brotherhood": the one backed; "Russia's
        # recognition of the Taliban government": the one recognised
        noun_preps={
            **dict.fromkeys(("backing", "sponsorship", "endorsement"), words("of for")),
            "recognition": words("of"),
            **dict.fromkeys(("favor", "favour"), words("of")),
        },
        judges_acts=True,
    ),
    Relation.AIDED: LexiconEntry(
        verbs=words(
            "arm fund finance equip train supply aid give provide send donate grant lend deliver "
            "ship transfer bankroll "
            # "disbursed $500 million to Y", "funnelled weapons to Y"
            "disburse funnel funnell channel smuggle airlift"
        ),
        nouns=words(
            "aid assistance loan grant donation delivery deliveries shipment shipments funding "
            "financing transfer transfers sale sales bailout bailouts "
            # "extended credit lines worth billions to Y"
            "line lines"
        ),
        # "an arms sale to Taiwan" (but "oil sales to China" are trade)
        needs_compound={
            **dict.fromkeys(
                ("sale", "sales"), words("arms weapons weapon military defense defence missile jet")
            ),
            **dict.fromkeys(("line", "lines"), words("credit swap")),
        },
        participles=words("arm fund finance train equip bankroll"),
        preps=words("to for"),
        # "donated them to China": what is given is the direct object
        recipients=words(
            "give provide send donate grant lend deliver ship transfer disburse funnel funnell "
            "channel smuggle airlift"
        ),
        # "helped Mauritius build an airstrip": the one helped is the clause's subject
        clausal=True,
        needs_object={
            **dict.fromkeys(
                [
                    "give",
                    "provide",
                    "grant",
                    "lend",
                    "deliver",
                    "ship",
                    "transfer",
                    "disburse",
                    "funnel",
                    "funnell",
                    "channel",
                    "smuggle",
                    "airlift",
                ],
                MATERIAL | HARDWARE | _FIRED,
            ),
            # "sent drones to Ukraine" may be an attack; "sent troops to Ukraine" an
            # invasion as well as help (the troops' own rules read where they went)
            "send": (MATERIAL - words("troops")) | HARDWARE,
        },
    ),
    Relation.CONCEDED_TO: LexiconEntry(
        # "bowed to Y's demands", "caved in to Y's demands"
        verbs=words(
            "concede yield ease lift relax compromise allow permit shorten bow cave succumb "
            "capitulate"
        ),
        nouns=words("concession"),
        preps=words("to on in"),
        places=True,
        clausal=True,
        after_talks=True,
    ),
    Relation.RETREATED_FROM: LexiconEntry(
        verbs=words("withdraw retreat release free surrender demobilize evacuate return"),
        nouns=words("withdrawal release pullout retreat"),
        # "will return weapons seized from UN peacekeepers" (CAMEO 0842), "returned the
        # bodies to Ukraine"
        recipients=words("return"),
        needs_object={
            "return": words(
                "weapon weapons equipment prisoner prisoners hostage hostages body bodies "
                "territory land lands property detainee detainees captive captives"
            )
        },
        preps=words("from of on"),
        places=True,
        after_talks=True,
    ),
    # The standing relations (DESIGN section 4, last rows). Their object is an actor,
    # except for controls and operatesIn, whose object is a place
    # (:mod:`kg.extract.territory`).
    Relation.ALLIED_WITH: LexiconEntry(
        verbs=words("ally align"),
        adjectives=words("allied"),
        # "the Iran-aligned group": a side taken with Iran, no backing by it
        participles=words("align"),
        nouns=words("alliance"),
        # "X is aligned with Y", "X aligned itself with Y"; but "aligned its tariffs with
        # the EU" is no alliance
        needs_object={"align": words("itself themselves")},
        # "allied to al-Qaeda", "pledged allegiance to Islamic State"
        preps=words("with to"),
    ),
    # ("pledged allegiance to Islamic State": see frames._OBJECT_OVERRIDES)
    Relation.MEMBER_OF: LexiconEntry(verbs=words("join"), preps=words("to")),
    Relation.LEADS: LexiconEntry(
        # "Yevkurov, who oversees the Africa Corps"
        verbs=words("lead head command chair run oversee"),
        participles=words("lead"),
        preps=frozenset(),
    ),
    Relation.CONTROLS: LexiconEntry(
        # "seized Mosul", "recaptured Ramadi", "overran the town": the place taken
        verbs=words(
            # "retook": the lemmatizer leaves it as it is
            "control hold seize capture recapture retake retook overrun occupy liberate conquer "
            # "have ruled northern Yemen since 2014", "Hamas runs Gaza"
            "rule govern run administer "
            # "Hezbollah dominates southern Lebanon" (a place only: "dominates the market")
            "dominate "
            # "took Manbij": a town, never a state ("took Iraq to court")
            "take"
        ),
        # "Houthi-held Sanaa"; "HTS-run Idlib", "Russian-occupied Zaporizhzhia" (not
        # "Indian-administered Kashmir": the name of a side of a line, no act of control)
        participles=words("control hold run rule occupy"),
        nouns=words("control"),
        preps=frozenset(),
    ),
    Relation.OPERATES_IN: LexiconEntry(
        # "KFOR troops patrol northern Kosovo": the ground patrolled (kg.extract.territory);
        # "JNIM fighters roam across central Mali"
        verbs=words("operate base patrol roam"),
        adjectives=words("active"),
        participles=words("base"),
        # "moved into the city" (kg's verb table)
        preps=words("in into"),
    ),
}


@dataclass(frozen=True, slots=True)
class _VerbDictionaryReading:
    """What the CAMEO verb dictionary adds to kg's own trigger lexicon."""

    lexicon: dict[Relation, LexiconEntry]
    idiom_verbs: dict[Relation, frozenset[str]]
    cameo_verbs: frozenset[str]


def _with_verb_dictionary(own: dict[Relation, LexiconEntry]) -> _VerbDictionaryReading:
    """Add the CAMEO verb dictionary's verbs and idioms to kg's own entries."""
    tables = trigger_tables()
    listed = frozenset().union(*(entry.verbs for entry in own.values()))
    reserved = listed | LIGHT_VERBS | OBLIGATION_VERBS
    alone: dict[Relation, set[str]] = {}
    for verb, relation in tables.verbs.items():
        if verb not in reserved and relation in own:
            alone.setdefault(relation, set()).add(verb)
    idioms: dict[Relation, dict[str, set[str]]] = {}
    for verb, objects in tables.idioms.items():
        if verb in reserved:
            continue  # kg's own verbs keep their own readings, with their constraints
        for noun, reading in objects.items():
            if reading is None or reading not in own or " " in noun:
                continue
            relation = reading
            if verb in alone.get(relation, ()):
                continue  # the verb announces the relation with any object already
            idioms.setdefault(relation, {}).setdefault(verb, set()).add(noun)
    lexicon: dict[Relation, LexiconEntry] = {}
    for relation, entry in own.items():
        needs_object = dict(entry.needs_object)
        for verb, nouns in idioms.get(relation, {}).items():
            needs_object[verb] = needs_object.get(verb, frozenset()) | frozenset(nouns)
        verbs = entry.verbs | alone.get(relation, set()) | set(idioms.get(relation, {}))
        lexicon[relation] = replace(entry, verbs=frozenset(verbs), needs_object=needs_object)
    return _VerbDictionaryReading(
        lexicon=lexicon,
        idiom_verbs={relation: frozenset(verbs) for relation, verbs in idioms.items()},
        cameo_verbs=frozenset(verb for verbs in alone.values() for verb in verbs),
    )


_READING = _with_verb_dictionary(_OWN_LEXICON)
#: Trigger lemmas by relation: kg's own, then the CAMEO verb dictionary's.
LEXICON: dict[Relation, LexiconEntry] = _READING.lexicon
#: Verbs that announce a relation only through a CAMEO idiom ("breach" + "ceasefire"),
#: by relation: their object is the idiom's noun, and the other party comes with a
#: preposition ("breached the ceasefire with Y").
IDIOM_VERBS: dict[Relation, frozenset[str]] = _READING.idiom_verbs
#: Verbs that announce a relation alone by the CAMEO dictionary (not by kg's own list).
CAMEO_VERBS: frozenset[str] = _READING.cameo_verbs


def _inflections(verb: str) -> set[str]:
    stem = verb[:-1] if verb.endswith("e") else verb
    return {verb, verb + "s", verb + "es", stem + "ed", stem + "ing", verb + "d"}


_LIGHT_VERB_FORMS = frozenset(form for verb in LIGHT_VERBS for form in _inflections(verb))


def is_light_verb(token: Token) -> bool:
    """Whether ``token`` is a light verb.

    By lemma or, when the lemmatizer slips ("staged" -> "stag"), by its regular
    inflected form.
    """
    return token.lemma_ in LIGHT_VERBS or token.lower_ in _LIGHT_VERB_FORMS


#: Adverbs that come between a phrasal verb and its "with": "worked closely with Y".
_WITH_ADVERBS = ("closely", "directly", "jointly", "together", "separately", "secretly")

#: Phrasal verbs: (verb lemma, particle or preposition) -> relation.
PHRASAL: dict[tuple[str, str], Relation] = {
    ("go", "after"): Relation.ATTACKED,
    ("open", "on"): Relation.ATTACKED,
    ("open", "fire"): Relation.ATTACKED,
    ("fire", "at"): Relation.ATTACKED,
    ("fire", "on"): Relation.ATTACKED,
    ("clash", "with"): Relation.ATTACKED,
    ("call", "on"): Relation.DEMANDED,
    ("call", "upon"): Relation.DEMANDED,
    ("call", "for"): Relation.DEMANDED,
    ("push", "for"): Relation.DEMANDED,
    ("call", "off"): Relation.CONCEDED_TO,
    ("crack", "down"): Relation.COERCED,
    # "rounded up opposition activists": arrests
    ("round", "up"): Relation.COERCED,
    # "closed down the newspaper", "closed down the Red Cross" (but "closed the border")
    ("close", "down"): Relation.COERCED,
    ("meet", "with"): Relation.CONSULTED,
    ("talk", "with"): Relation.CONSULTED,
    ("agree", "with"): Relation.AGREED_WITH,
    ("cooperate", "with"): Relation.COOPERATED_WITH,
    ("work", "with"): Relation.COOPERATED_WITH,
    ("side", "with"): Relation.SUPPORTS,
    # "Nicaragua voted with Russia": on its side in the vote
    ("vote", "with"): Relation.SUPPORTS,
    ("protest", "against"): Relation.PROTESTED_AGAINST,
    ("rally", "against"): Relation.PROTESTED_AGAINST,
    ("demonstrate", "against"): Relation.PROTESTED_AGAINST,
    ("pull", "out"): Relation.RETREATED_FROM,
    ("pull", "back"): Relation.RETREATED_FROM,
    ("hand", "over"): Relation.AGREED_WITH,
    ("cut", "off"): Relation.SANCTIONED,
    ("break", "off"): Relation.SANCTIONED,
    ("beat", "up"): Relation.ATTACKED,
    # "took out a commander of the BLA", "took out two Russian tanks": killed, destroyed
    # (the object an actor: not "took out a loan")
    ("take", "out"): Relation.ATTACKED,
    # "drove ISIS out of Jarabulus": an armed expulsion
    ("drive", "out"): Relation.ATTACKED,
    ("push", "out"): Relation.ATTACKED,
    ("flush", "out"): Relation.ATTACKED,
    ("set", "fire"): Relation.COERCED,
    # "lashed out at Manila", "hit out at Brussels", "took aim at Washington": criticism
    ("lash", "out"): Relation.ACCUSED,
    ("hit", "out"): Relation.ACCUSED,
    ("take", "aim"): Relation.ACCUSED,
    # "sat down with U.S. envoys": talks
    ("sit", "down"): Relation.CONSULTED,
    # "Turkey reached out to Armenia": contact made
    ("reach", "out"): Relation.CONSULTED,
    # "Saudi Arabia bailed out Pakistan": money lent or given
    ("bail", "out"): Relation.AIDED,
    # "Washington propped up the regime", "Moscow shored up Assad's army"
    ("prop", "up"): Relation.SUPPORTS,
    ("shore", "up"): Relation.SUPPORTS,
    # "convicted of spying for Israel": intelligence work for the state spied for
    ("spy", "for"): Relation.AIDED,
    # "turned down the offer from Chisinau", "ruled out talks with the junta"
    ("turn", "down"): Relation.REJECTED,
    ("rule", "out"): Relation.REJECTED,
    # "brushed aside Kinshasa's demands", "shrugged off the warnings from Y"
    ("brush", "aside"): Relation.REJECTED,
    ("shrug", "off"): Relation.REJECTED,
    # "Beijing brushed off Manila's protest"
    ("brush", "off"): Relation.REJECTED,
    # "Hungary balked at the EU's demand that it approve the package"
    ("balk", "at"): Relation.REJECTED,
    ("baulk", "at"): Relation.REJECTED,
}


def _phrasal_verbs() -> dict[tuple[str, str], Relation]:
    """Return the dictionary's phrasal verbs that kg's own triggers leave open.

    A verb kg lists keeps its own relations ("mobilize against" stays a force posture),
    unless kg's own verb table says otherwise ("fight alongside").
    """
    own: dict[str, set[Relation]] = {}
    for relation, entry in _OWN_LEXICON.items():
        for verb in entry.verbs:
            own.setdefault(verb, set()).add(relation)
    tables = trigger_tables()
    return {
        (verb, particle): relation
        for (verb, particle), relation in tables.phrasal.items()
        if relation is not None
        and (verb, particle) not in PHRASAL
        and (
            (verb, particle) in tables.own_phrasal
            or (relation in own.get(verb, {relation}) and verb not in LIGHT_VERBS)
        )
    }


# The dictionary's phrasal verbs ("fight alongside", "gun down"), after kg's own.
PHRASAL.update(_phrasal_verbs())
#: Relational nouns: "X, an ally of Y", "X and other allies of Y", "X is a member of Y".
RELATIONAL_NOUNS: dict[str, Relation] = {
    "ally": Relation.ALLIED_WITH,
    "partner": Relation.ALLIED_WITH,
    "member": Relation.MEMBER_OF,
    # "Hezbollah, Iran's proxy": Iran supports it (kg.extract.frames reads it backwards)
    "proxy": Relation.SUPPORTS,
    "surrogate": Relation.SUPPORTS,
    "affiliate": Relation.MEMBER_OF,
    # "the YPG, the SDF's main component"
    "component": Relation.MEMBER_OF,
    "branch": Relation.PART_OF,
    "wing": Relation.PART_OF,
    "unit": Relation.PART_OF,
    # "M23, part of the Congo River Alliance": a member, when the whole is a coalition
    "part": Relation.PART_OF,
    # "Navalny, a fierce critic of Putin": a standing criticism (CAMEO 111)
    "critic": Relation.ACCUSED,
}
#: Relations read in both directions when the actors are coordinated subjects:
#: "Israel and Hamas signed a ceasefire".
SYMMETRIC = frozenset(
    {
        Relation.AGREED_WITH,
        Relation.CONSULTED,
        Relation.COOPERATED_WITH,
        Relation.ALLIED_WITH,
        Relation.ATTACKED,
    }
)
_EVENT_NOUNS = frozenset(noun for entry in LEXICON.values() for noun in entry.nouns)


def is_event_noun(lemma: str) -> bool:
    """Whether a lemma is an event noun of some relation ("strike", "talks").

    >>> is_event_noun("airstrike"), is_event_noun("militia")
    (True, False)
    """
    return lemma in _EVENT_NOUNS


#: The part of speech each kind of trigger must have.
TRIGGER_POS: dict[str, frozenset[str]] = {
    "verb": frozenset({"VERB"}),
    "noun": frozenset({"NOUN", "PROPN"}),
    "adjective": frozenset({"ADJ", "VERB"}),
    "inverse": frozenset({"NOUN"}),
    "relational": frozenset({"NOUN"}),
    "phrasal": frozenset({"VERB"}),
    "perpetrator": frozenset({"VERB"}),
    "obligation": frozenset({"VERB"}),
}


@cache
def _verb_relations() -> dict[str, Relation | None]:
    """Each trigger verb of the lexicon with its one relation (``None`` if several)."""
    found: dict[str, Relation | None] = {}
    for relation, entry in LEXICON.items():
        for verb in entry.verbs:
            found[verb] = relation if found.get(verb, relation) is relation else None
    return found


def gerund_relation(word: str) -> Relation | None:
    """Return the relation of the verb a gerund is made of ("shelling", "arming").

    >>> gerund_relation("shelling"), gerund_relation("hosting"), gerund_relation("ceiling")
    (<Relation.ATTACKED: 'attacked'>, <Relation.CONSULTED: 'consulted'>, None)
    """
    stem = word.lower().removesuffix("ing")
    relations = _verb_relations()
    # "hosting", "financing", "shelling" ("shell" doubled), "arming"
    for verb in (stem, stem + "e", stem[:-1] if stem[-2:-1] == stem[-1:] else ""):
        if verb and verb in relations:
            return relations[verb]
    return None


def trigger_patterns() -> dict[str, list[list[str]]]:
    """Return the trigger patterns as lemma sequences, keyed ``"<relation>|<kind>"``.

    >>> trigger_patterns()["attacked|participle"]
    Traceback (most recent call last):
    ...
    KeyError: 'attacked|participle'
    >>> ["-", "back"] in trigger_patterns()["supports|participle"]
    True
    """
    patterns: dict[str, list[list[str]]] = {}
    for relation, entry in LEXICON.items():
        for kind, lemmas in (
            ("verb", entry.verbs),
            ("noun", entry.nouns),
            ("adjective", entry.adjectives),
            ("inverse", entry.inverse_nouns),
        ):
            for lemma in sorted(lemmas):
                patterns.setdefault(f"{relation.value}|{kind}", []).append([lemma])
        for lemma in sorted(entry.participles):
            patterns.setdefault(f"{relation.value}|participle", []).append(["-", lemma])
    for noun, relation in RELATIONAL_NOUNS.items():
        patterns.setdefault(f"{relation.value}|relational", []).append([noun])
    for (verb, particle), relation in PHRASAL.items():
        patterns.setdefault(f"{relation.value}|phrasal", []).append([verb, particle])
        if particle == "with":
            # "has worked closely with Y", "met separately with Y": an adverb between
            patterns[f"{relation.value}|phrasal"].extend(
                [verb, adverb, particle] for adverb in _WITH_ADVERBS
            )
    patterns[f"{Relation.ATTACKED.value}|perpetrator"] = [["identify"], ["name"]]
    patterns[f"{Relation.DEMANDED.value}|obligation"] = [
        [verb] for verb in sorted(OBLIGATION_VERBS)
    ]
    return patterns


class TriggerMatcher:
    """The trigger matcher: every trigger's lemma sequence, looked up by its first lemma.

    Calling it on a doc returns ``(key, start, end)`` for every trigger in it, by start
    and in the order of :func:`trigger_patterns` at one start; keys are
    ``"<relation>|<kind>"``. The caller checks the part of speech (:data:`TRIGGER_POS`)
    of the match's first token (the last, for participles). A table of lemma ids, not a
    spaCy ``PhraseMatcher``: built in a few milliseconds in place of fifty, once per
    process, with nothing added to a vocabulary.

    >>> matcher = trigger_matcher()
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["They", "opened", "fire"], lemmas=["they", "open", "fire"])
    >>> [key for key, start, end in matcher(doc) if (start, end) == (1, 3)]
    ['attacked|phrasal']
    """

    def __init__(self, patterns: dict[str, list[list[str]]]) -> None:
        table: dict[int, list[tuple[tuple[int, ...], str]]] = {}
        for key, sequences in patterns.items():
            for sequence in sequences:
                # ids as the tokens hold them ("mark" is a symbol of spaCy's, no hash)
                ids = tuple(get_string_id(lemma) for lemma in sequence)
                entries = table.setdefault(ids[0], [])
                if (ids[1:], key) not in entries:
                    entries.append((ids[1:], key))
        self._table = table

    def __call__(self, doc: Doc) -> list[tuple[str, int, int]]:
        """Return ``(key, start, end)`` for every trigger of ``doc``, by start."""
        table = self._table
        lemmas = wordclasses.attribute_values(doc, "LEMMA")
        found = []
        for start in [i for i, lemma in enumerate(lemmas) if lemma in table]:
            for rest, key in table[lemmas[start]]:
                end = start + 1 + len(rest)
                if not rest or tuple(lemmas[start + 1 : end]) == rest:
                    found.append((key, start, end))
        return found


@cache
def trigger_matcher() -> TriggerMatcher:
    """Return the trigger matcher of the lexicon (built once per process)."""
    return TriggerMatcher(trigger_patterns())
