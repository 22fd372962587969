"""Standing relations read off noun phrases: parts, offices and memberships.

Patterns over the parse, each a named rule of :data:`kg.extract.rules.RULES`:

``np-part-of``
    A body named with its owner inside one noun phrase is part of it: "Afghanistan's
    Ministry of Foreign Affairs", "the Russian defence ministry", "Pakistan's military"
    (the head is a unit noun, :data:`UNIT_NOUNS`; "Russian jets" are no part of
    anything). A state's forces named again with its demonym or name, "the Malian
    army", "Kenyan police", are named, not said once more to be its part (but "a
    Pakistani army spokesman", "the Pakistani military's media wing" say what belongs
    to them, and "Mali's army" whose army it is). So a body named beside a description
    of it as another's force: "NATO's peacekeeping force in Kosovo, KFOR".
``title-first-apposition``
    An office named before the person, in apposition: "Japan's new prime minister,
    Shigeru Ishiba", "the spokesperson for Pakistan's foreign ministry, Shafqat Ali Khan",
    the holder hung deeper in the office's phrase ("the U.N. special rapporteur on human
    rights in Myanmar, X": the UN's, not Myanmar's) or cut off it by a source after
    the name ("hosted by China's envoy, X, a senior KIA official said").
``pro-compound``
    A group named as a patron's side is supported by it: "pro-Russian
    separatists" (Russia supports them); a group named after a noun that is for
    another group supports it: "the pro-Islamic State group Dawlah Islamiyah".
``np-place``
    An actor named with the place it is in, inside one noun phrase, operates there:
    "militants in Afghanistan", "UNICEF teams in Sudan", "the rebels across the border
    in Chad" (not a state "in" a place, nor a person).
``title-of-apposition``
    An office named after the person, with its organisation: "Mareike Ohlberg, a senior
    fellow at the German Marshall Fund", "Nenad Stevandic, president of the national
    assembly", "X, a member of Y" (``memberOf``), "X, the leader of Y" (``leads``),
    "A and B, both members of Y".
``appointed-as``
    An office given with a verb or a noun of appointment: "appointed X as foreign
    minister", "the election of X as Senegal's president".

A former office ("former ambassador") is read as an office: the text asserts that the
person held it.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator

from spacy.tokens import Doc, Span, Token

from kg.extract.arguments import VICTIM_PREPS, Arguments, at_talks
from kg.extract.frames import (
    Candidate,
    is_profession,
    listed_owner,
    modifies_other_noun,
    principal_state,
    relative_owner,
)
from kg.extract.lexicon import words
from kg.extract.patterns import match_rules
from kg.extract.territory import Territory, state_of_place
from kg.gazetteer import Gazetteer
from kg.places import place_country
from kg.resolve import ActorLinks, LinkedMention, actor_id, normalise_name
from kg.types import Actor, ActorType, Relation
from kg.wordclasses import (
    CRAFT,
    FOLLOWER_NOUNS,
    LEADERSHIP_BODIES,
    LEADING_OFFICES,
    LOCAL_OFFICES,
    LOCAL_QUALIFIERS,
    MEMBER_OFFICES,
    NOT_YET,
    OFFICES,
    SPEECH_VERBS,
    STATE_OFFICES,
    TITLE_WORDS,
    UNITS,
    conjuncts_of,
    dependents,
    pobjs,
    positions,
)

__all__ = ["UNIT_NOUNS", "pattern_candidates", "relation_of_office", "standing_candidates"]

#: Heads of names of organisational units: "Ministry of Foreign Affairs", "navy".
#: Heads of an international body's agencies, besides its units (wordclasses.UNITS).
_AGENCIES = words("agency agencies fund")
UNIT_NOUNS = words(
    "ministry department army navy military police council commission agency office "
    "service services parliament assembly court forces force wing committee directorate "
    "command guard guards administration cabinet senate congress bureau unit division "
    "brigade corps embassy mission delegation secretariat authority judiciary"
)
#: Heads of names of a state's armed or police forces, which a demonym or the state's
#: name before them names: "the Malian army", "U.S. forces", "Afghan security forces",
#: read as the state's part once, where first named so (but "Mali's army" states whose
#: army it is each time).
_FORCE_NOUNS = words("army navy military police force forces guard guards troops")
_ORG_TYPES = (
    ActorType.STATE,
    ActorType.GOVERNMENT_BODY,
    ActorType.INTERNATIONAL_ORGANIZATION,
    ActorType.ORGANIZATION,
    ActorType.ARMED_GROUP,
)
_OF_PREPS = words("of at with for to from in")
#: Offices of those sent to a state or a body by another: "ambassador to the UN".
_ENVOYS = words("ambassador envoy representative delegate emissary consul observer")
#: Offices in the plural, held by each of the people in apposition.
_PLURAL_OFFICES = words("members lawmakers senators legislators leaders officials ministers")
#: Modifiers of a leading office that make its holder one of several: "a senior leader".
_NOT_THE_LEADER = words(
    "senior deputy vice assistant associate regional local provincial district junior "
    "military political spiritual field a an one"
)


#: Nouns before a leading office that name what is led: "the rebel leader", "army chief".
_LED_BODIES = words(
    "rebel militia group opposition party movement insurgent army military junta government "
    "state country nation tribe tribal coalition alliance force forces police navy regime "
    "cartel gang faction"
)


def relation_of_office(office: Token, held_in: ActorType | None = None) -> Relation:
    """Return the relation an office noun gives its holder: member, leader or official.

    "the leader of Y" leads Y; "a senior Y leader" and "the chief of staff" are officials;
    so is "Sudan's army chief" of Sudan (``held_in``: the type of the organisation), who
    leads a part of the state, not the state.
    """
    lemma = office.lemma_.lower()
    if lemma in MEMBER_OFFICES or office.lower_ in MEMBER_OFFICES:
        if any(
            c.dep_ in ("compound", "nmod") and c.lemma_.lower() in LEADERSHIP_BODIES
            for c in dependents(office)
            if c.i < office.i
        ):
            # "the group's political bureau member X": an official of the group
            return Relation.OFFICIAL_OF
        return Relation.MEMBER_OF
    qualified = any(c.lower_ in _NOT_THE_LEADER for c in dependents(office) if c.i < office.i)
    of_staff = any(
        p.lower_ == "of" and any(o.lemma_.lower() == "staff" for o in dependents(p))
        for p in dependents(office)
    )
    # "the U.N. human rights chief", "the EU's foreign policy chief": a department's head
    # is an official of the whole ("the rebel leader" still leads)
    topical = any(
        c.dep_ == "compound"
        and c.pos_ == "NOUN"
        and (c.lemma_.lower() not in _LED_BODIES or held_in is ActorType.STATE)
        for c in dependents(office)
        if c.i < office.i
    )
    if qualified or of_staff or topical:
        return Relation.OFFICIAL_OF
    if lemma in LEADING_OFFICES:
        return Relation.LEADS
    return Relation.OFFICIAL_OF


def _branch_owner(args: Arguments, mention: LinkedMention) -> LinkedMention:
    """Return the body whose branch in a state a state's name stands for, else the name.

    "a spokesperson for UNHCR Uganda", "WFP Sudan's director": the organisation before
    the state's name owns the office; the state is where its branch works.
    """
    if mention.actor.type is not ActorType.STATE:
        return mention
    return next(
        (
            owner
            for c in dependents(args.doc[mention.end - 1])
            if c.dep_ == "compound" and c.i < mention.start
            for owner in args.actors_of(c)
            if owner.actor.type in _BRANCHED
        ),
        mention,
    )


#: Bodies with branches named after the state they work in ("UNHCR Kenya").
_BRANCHED = (ActorType.INTERNATIONAL_ORGANIZATION, ActorType.ORGANIZATION)


def _covers_head(mention: LinkedMention, office: Token) -> bool:
    """Tell whether a mention covers the head of a phrase the office governs."""
    return any(
        mention.start <= pobj.i < mention.end
        for prep in dependents(office)
        if prep.dep_ == "prep"
        for pobj in dependents(prep)
        if pobj.dep_ == "pobj"
    )


def _organisation_in(
    args: Arguments, tokens: list[Token], exclude: LinkedMention
) -> LinkedMention | None:
    for token in tokens:
        found = args.links.at(token)
        if (
            found is None
            and token.dep_ == "poss"
            and token.lower_ in ("its", "their")
            and (
                token.i == token.sent.start
                or token.head.dep_ in ("nsubj", "nsubjpass")
                or args.links.against_owner(token)
            )
        ):
            # "Hamas rejected the plan. Its leader, Khalil al-Hayya, ...", "the ELN said
            # its commander, X, was ready": whose the office is, named before (but in
            # "demanded that Turkey free its leader, X" the pronoun may be anyone's; not
            # in "the UN sanctioned its leader, X", an act against the owner's leader,
            # which is no doer's own: kg.resolve.links.ActorLinks.against_owner)
            found = args.linked(token)
        elif found is None and token.dep_ == "poss" and token.lower_ in ("its", "their"):
            # "members of its leadership, including its top commander, X"
            found = listed_owner(args, token)
        elif found is None and token.dep_ == "poss" and token.lower_ == "whose":
            # "Los Lobos, whose leader, Wilmer Chavarria, was arrested": the relative's
            # noun
            found = relative_owner(args.links, token)
        # "Kenya's foreign ministry": the body that covers the state's name
        covering = [
            m
            for m in args.links.mentions
            if m.start <= token.i < m.end and m.kind != "location" and m.actor.type in _ORG_TYPES
        ]
        if covering:
            found = max(covering, key=lambda m: m.end - m.start)
        if found is None or found.actor.id == exclude.actor.id or found.kind == "location":
            continue
        if found.actor.type in _ORG_TYPES and (
            not modifies_other_noun(args.doc[found.end - 1], found)
            # "the president of Peru Pedro Castillo": the parser hung the name on the
            # holder's
            or exclude.start <= args.doc[found.end - 1].head.i < exclude.end
        ):
            # "the spokesman for Kenya's Ministry of Interior": the state owns the body
            # the office is of
            owned = args.links.at(args.doc[found.end - 1].head)
            if (
                args.doc[found.end - 1].dep_ == "poss"
                and owned is not None
                and owned is not found
                and owned.kind != "location"
                and owned.actor.type in _ORG_TYPES
                and owned.actor.type is not ActorType.STATE
                and owned.actor.id != exclude.actor.id
            ):
                return owned
            return found
    return None


def _parts(args: Arguments, gazetteer: Gazetteer) -> Iterator[Candidate]:
    doc = args.doc
    links = args.links
    # forces already read as their state's part: a later "Malian army" names it again
    seen_forces: set[str] = set()
    for mention in links.mentions:
        actor = mention.actor
        if mention.kind in ("location", "coref") or actor.type not in (
            ActorType.GOVERNMENT_BODY,
            ActorType.ORGANIZATION,
            ActorType.INTERNATIONAL_ORGANIZATION,
            ActorType.ARMED_GROUP,
        ):
            continue
        span = doc[mention.start : mention.end]
        root = span.root
        last = span[-1]
        # "the Pakistani military's media wing", "a Nigerian army spokesman": the name
        # modifies a noun after it
        modifier = last.head.i >= span.end and last.dep_ in ("poss", "compound", "nmod", "amod")
        if not span.start <= last.head.i < span.end and (
            any(t.dep_ == "case" for t in span) or last.head.lower_ in TITLE_WORDS
        ):
            # "China's Foreign Ministry website", "a Nigerian army spokesman": the name
            # modifies a noun after it, and its words hang on that noun; its last word
            # heads it (a body named as a quality, "Israeli military policies", is no
            # body of the state here)
            root = last
        if root.lower_ in CRAFT:
            # "Ukraine's drones hit a refinery", "Israel's warplanes struck": weapons
            # that stand for the force using them, which they do not name as its part
            continue
        is_unit = root.lemma_.lower() in UNIT_NOUNS or root.lower_ in UNIT_NOUNS
        owners = []
        for token in (*span, *dependents(root)):
            if token.i == root.i or token.dep_ not in ("poss", "amod", "compound", "nmod"):
                continue
            if any(c.dep_ == "conj" for c in dependents(token)):
                continue  # "U.S. and Iraqi forces": two owners side by side, not one
            found = links.at(token)
            if token.dep_ == "poss" and token.lower_ in ("its", "their"):
                # "Kenya said its army had killed ...": the owner "its" stands for, when
                # the body is that state's own; "Islamic State ... through its Amaq news
                # agency": or the body the gazetteer places it in
                found = links.antecedent(token)
                own_state = gazetteer.state_of(actor) if found is not None else None
                if found is None or (
                    (own_state is None or own_state.id != found.actor.id)
                    and actor.part_of != found.actor.id
                ):
                    continue
                found = LinkedMention(token.i, token.i + 1, found.actor, "gazetteer")
            if found is None or found is mention or found.actor.id == actor.id:
                continue
            if found.kind in ("location", "coref") or found.actor.type not in _ORG_TYPES:
                continue
            if (
                found.actor.type is ActorType.STATE
                and found.start > 0
                and (doc[found.start - 1].lower_ == "ethnic")
            ):
                continue  # "ethnic Armenian separatist authorities": a people's, not Armenia's
            if (
                found.actor.type is ActorType.STATE
                and actor.part_of is not None
                and actor.part_of != found.actor.id
                and getattr(gazetteer.state_of(actor), "id", None) != found.actor.id
            ):
                continue  # "U.S. and Iraqi forces": Iraq's forces, whatever else modifies
            if (
                found.actor.type is ActorType.INTERNATIONAL_ORGANIZATION
                and actor.part_of is not None
                and actor.part_of != found.actor.id
                and (owner_state := gazetteer.state_of(actor)) is not None
                and owner_state.id == actor.part_of
            ):
                continue  # "China's U.N. mission": China's body, sent to the UN
            owners.append(found)
        of_owner = False
        if not owners and is_unit and not modifier:
            # "the 3rd Brigade of the Ethiopian National Defense Force", "the Special
            # Action Force of the Philippine National Police": a named unit and the
            # body it is of
            found = _unit_owner(args, gazetteer, mention, root)
            if found is not None and found.actor.id != actor.id:
                owners.append(found)
                of_owner = True
        # an international body or an armed group is a part only when its owner
        # is named with it in the possessive ("Hamas's Qassam Brigades") or in an "of"
        # phrase after the unit's name
        possessed_only = actor.type in (ActorType.INTERNATIONAL_ORGANIZATION, ActorType.ARMED_GROUP)
        if not owners and actor.part_of and not possessed_only:
            # "the U.S. State Department", "the Pakistani military" named as one gazetteer
            # name: the state inside it, spelled as its name or demonym
            state = gazetteer.state_of(actor)
            inside = _name_inside(gazetteer, span, {state.id}) if state is not None else None
            if inside is not None:
                owners.append(inside)
        if not owners and actor.type is ActorType.INTERNATIONAL_ORGANIZATION and actor.part_of:
            named = _body_named_in(gazetteer, actor, span, root)
            if named is not None:
                owners.append(named)
                of_owner = True
        if (
            owners
            and not modifier
            and owners[0].actor.type is ActorType.STATE
            and root.lemma_.lower() in _FORCE_NOUNS
            and not _possessive(owners[0], doc)
        ):
            if actor.id not in seen_forces:
                seen_forces.add(actor.id)
            else:
                # "U.S. forces", "the US military" named again, or after the force was
                # named by its state's demonym: no statement of whose they are (but
                # "the U.S. military's media wing" says what belongs to it, and "Mali's
                # army" whose army it is)
                continue
        if owners and _demonym(owners[0], doc) and root.lemma_.lower() not in _CIVIL_BODIES:
            # "the Iraqi army", "Turkish forces", "a Spanish court": the demonym is part
            # of the body's name, no statement of whose it is (as "Iraq's army" or "the
            # army of Iraq" is); the body's own part_of holds that (but "the Russian
            # defence ministry", "the Ukrainian security service": a branch of the
            # state's government, named as such)
            continue
        for owner in owners[:1]:
            # "NASA's Johnson Space Center", "the U.N.'s World Food Programme": a named
            # body an organisation owns is its part, whatever its head word; "Hezbollah's
            # elite Radwan force": a group's own unit
            owned = owner.actor.type in (
                ActorType.GOVERNMENT_BODY,
                ActorType.INTERNATIONAL_ORGANIZATION,
                ActorType.ORGANIZATION,
                ActorType.ARMED_GROUP,
            ) and any(c.dep_ == "poss" and owner.start <= c.i < owner.end for c in dependents(root))
            # (but "the TPLF's supporters" back it from outside)
            owned = owned and root.lemma_.lower() not in FOLLOWER_NOUNS
            # "Russia's Africa Corps": a body the gazetteer places in the state named
            known = (
                actor.type is ActorType.GOVERNMENT_BODY
                and owner.actor.type is ActorType.STATE
                and any(
                    c.dep_ == "poss" and owner.start <= c.i < owner.end for c in dependents(root)
                )
                and (state := gazetteer.state_of(actor)) is not None
                and state.id == owner.actor.id
            )
            if (
                (is_unit and (of_owner or not possessed_only)) or owned or known
            ) and owner.actor.id != actor.id:
                yield Candidate(mention, owner, Relation.PART_OF, "np-part-of", root)


def _body_named_in(
    gazetteer: Gazetteer, actor: Actor, span: Span, root: Token
) -> LinkedMention | None:
    """The organisation an agency's name begins with, when the gazetteer has it above.

    "the UN human rights office", "the U.N. refugee agency": an office or agency of the
    UN, spelled in its name (but "the U.N. Security Council" is named as a body of its
    own, no unit of another).
    """
    if root.lemma_.lower() not in UNITS | _AGENCIES or not root.is_lower:
        return None  # (a proper name, "the U.N. Mission in South Sudan", is its own)
    above: set[str] = set()
    current = actor
    while current.part_of and current.part_of not in above:
        above.add(current.part_of)
        parent = gazetteer.actors.get(current.part_of)
        if parent is None:
            break
        current = parent
    return _name_inside(gazetteer, span, above)


def _name_inside(gazetteer: Gazetteer, span: Span, ids: Collection[str]) -> LinkedMention | None:
    """The first word of a name, before its last, that names one of the actors ``ids``."""
    for token in span[:-1]:
        named = gazetteer.lookup(token.text)
        if named is not None and named.id in ids:
            return LinkedMention(token.i, token.i + 1, named, "gazetteer")
    return None


def _unit_owner(
    args: Arguments, gazetteer: Gazetteer, mention: LinkedMention, root: Token
) -> LinkedMention | None:
    """The body a named unit's "of" phrase names ("the 3rd Brigade of the ENDF").

    The phrase may follow the unit's name, or the model may have taken it into the
    name ("Division of the Somali National Army" as one organisation): then the words
    after "of" must be a name the gazetteer knows. Only a named unit (a capitalised
    head) is read: "the army of Mali" is the state's own force, read elsewhere.
    """
    doc = args.doc
    if not root.text[:1].isupper() or mention.kind not in ("ner", "gazetteer"):
        return None
    if mention.kind == "gazetteer" and mention.actor.part_of:
        return None  # "the Ministry of Defense of Colombia" as the gazetteer's name
    for prep in dependents(root):
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        pobj = next((c for c in dependents(prep) if c.dep_ == "pobj"), None)
        if pobj is None:
            continue
        if prep.i >= mention.end:
            found = args.links.at(pobj)
            if (
                found is not None
                and found.kind not in ("location", "coref")
                and found.actor.type in _BODY_OWNERS
            ):
                return found
        elif mention.kind == "ner":
            start = prep.i + 1
            while start < mention.end and doc[start].dep_ == "det":
                start += 1
            if start >= mention.end:
                return None
            named = gazetteer.lookup(doc[start : mention.end].text)
            if named is not None and named.type in _BODY_OWNERS:
                return LinkedMention(start, mention.end, named, "gazetteer")
        return None
    return None


#: Owners of a named unit: bodies, forces and groups (not a state, whose "Bank of
#: China" or "University of Nairobi" is no part of its government).
_BODY_OWNERS = (
    ActorType.GOVERNMENT_BODY,
    ActorType.INTERNATIONAL_ORGANIZATION,
    ActorType.ARMED_GROUP,
)


#: Heads of a government's own branches, whose state a demonym before them names.
_CIVIL_BODIES = words("ministry department service")


def _office_words(office: Token) -> list[Token]:
    """The words that may name an office's organisation: its modifiers and "of" phrase."""
    return [
        t
        for c in dependents(office)
        if c.dep_ in ("poss", "compound", "amod", "nmod")
        or (c.dep_ == "prep" and c.lower_ in _OF_PREPS)
        for t in c.subtree
    ]


def _demonym(mention: LinkedMention, doc: Doc) -> bool:
    """Whether a state is named by its demonym ("Iraqi"), none of its names ("Iraq")."""
    if mention.actor.type is not ActorType.STATE or _possessive(mention, doc):
        return False
    words = doc[mention.start : mention.end].text.casefold()
    return words not in {name.casefold() for name in (mention.actor.label, *mention.actor.aliases)}


#: Head nouns of a description of a body as a unit of another: "NATO's peacekeeping
#: force in Kosovo, KFOR" (those of civil bodies, "the FSB, Russia's security service",
#: are the rule appositive-body's, of kg.patterns.toml).
_UNIT_DESCRIPTIONS = (_FORCE_NOUNS | words("arm wing unit division brigade corps")) - words(
    "troops"
)
#: Bodies a description may make a unit of another (an armed group described as a
#: state's force, "Hezbollah, Lebanon's strongest armed force", is none of its parts;
#: nor is a charity "a British agency").
_DESCRIBED_UNITS = (ActorType.GOVERNMENT_BODY, ActorType.INTERNATIONAL_ORGANIZATION)


def _described_parts(args: Arguments) -> Iterator[Candidate]:
    """Read a body named beside a description of it as a unit of another.

    "EUFOR, the European Union's peacekeeping force in Bosnia", "NATO's peacekeeping
    force in Kosovo, KFOR", "the KGB, the Belarusian security service", "the U.N.
    children's agency, UNICEF": the body is part of the owner the description names.
    """
    doc = args.doc
    for mention in args.links.mentions:
        if mention.kind in ("location", "coref") or mention.actor.type not in _DESCRIBED_UNITS:
            continue
        root = doc[mention.start : mention.end].root
        descriptions = [c for c in dependents(root) if c.dep_ == "appos" and c.i >= mention.end]
        if root.dep_ == "appos" and root.head.i < mention.start:
            descriptions.append(root.head)
        for noun in descriptions:
            named = args.links.at(noun)
            if noun.lemma_.lower() not in _UNIT_DESCRIPTIONS or named is mention:
                continue
            words_before = [
                t
                for c in dependents(noun)
                if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < noun.i
                for t in c.subtree
            ]
            owner = next(
                (
                    m
                    for t in words_before
                    if (m := args.links.at(t)) is not None
                    and m.kind != "location"
                    and m.actor.type in _ORG_TYPES
                    and m.actor.id != mention.actor.id
                ),
                None,
            )
            if owner is None or (named is not None and named.actor.id != owner.actor.id):
                continue  # (a noun of another name: "Hezbollah's Radwan force, X")
            if owner.actor.type is ActorType.STATE and (
                mention.actor.type is not ActorType.GOVERNMENT_BODY
            ):
                continue  # "the ICJ, the Dutch-based court": no body of the state
            if owner.end > noun.i:
                # the description read whole as the owner's ("European Union's
                # peacekeeping force"): its words before the noun
                owner = LinkedMention(owner.start, owner.start + 1, owner.actor, owner.kind)
            yield Candidate(mention, owner, Relation.PART_OF, "np-part-of", noun)


#: Nouns of a group's own arm, named after it: "Hamas and its armed wing, the Qassam
#: Brigades".
_ARMS = words("arm wing branch affiliate franchise subsidiary")
_ARM_OWNERS = (ActorType.ARMED_GROUP, ActorType.ORGANIZATION, ActorType.INTERNATIONAL_ORGANIZATION)


def _arms_named_after(args: Arguments) -> Iterator[Candidate]:
    """Read an arm named right after "X and its armed wing," as a part of X.

    "the KNU and its armed wing, the Karen National Liberation Army": the parser may hang
    the name anywhere (on the first conjunct, or on the verb); it follows the arm.
    """
    doc = args.doc
    for mention in args.links.mentions:
        if mention.kind in ("location", "coref") or mention.actor.type not in _ARM_OWNERS:
            continue
        root = doc[mention.start : mention.end].root
        for arm in dependents(root):
            if (
                arm.dep_ != "conj"
                or arm.lemma_.lower() not in _ARMS
                or not any(
                    c.dep_ == "poss" and c.lower_ in ("its", "their") for c in dependents(arm)
                )
            ):
                continue
            after = arm.right_edge.i + 1
            if after + 1 >= len(doc) or doc[after].text != ",":
                continue
            after += 1
            if doc[after].dep_ == "det":
                after += 1
            named = args.links.at(doc[after]) if after < len(doc) else None
            if (
                named is None
                or named.start < after
                or named.actor.id == mention.actor.id
                or named.actor.type not in _ARM_OWNERS
            ):
                continue
            yield Candidate(named, mention, Relation.PART_OF, "arm-of", arm)


def _possessive(mention: LinkedMention, doc: Doc) -> bool:
    """Whether a mention is a possessive ("Mali's", "the country's")."""
    return any(t.dep_ in ("case", "poss") for t in doc[mention.start : mention.end]) or (
        mention.end < len(doc) and doc[mention.end].dep_ == "case"
    )


def _role(office: Token, organisation: LinkedMention) -> str:
    """Return the words of an office ("former senior adviser"), without its organisation."""
    words = [
        t
        for t in office.lefts
        if t.dep_ in ("amod", "compound", "nmod")
        and not organisation.start <= t.i < organisation.end
        and t.is_alpha
    ]
    return " ".join(t.text for t in (*words, office))


def _person(args: Arguments, token: Token) -> LinkedMention | None:
    found = args.links.at(token)
    if found is not None and found.actor.type is ActorType.PERSON and found.kind != "location":
        return found
    return None


def _title_first(args: Arguments, gazetteer: Gazetteer) -> Iterator[Candidate]:
    """Read an office named before its holder: "Japan's new prime minister, Shigeru Ishiba"."""
    for index in positions(args.doc, OFFICES, attrs=("LOWER", "LEMMA")):
        token = args.doc[index]
        # "three members of the Senate, A, B and C": each conjunct holds the office
        # "the spokesman for Pakistan's Foreign Office, Mumtaz Zahra Baloch": the parser
        # hangs the holder on the organisation
        # (or on the last word of the organisation's name: "the leader of the Movement
        # for Democratic Change, Nelson Chamisa")
        phrases = _phrase_objects(token)
        hung = [
            c
            for pobj in (*phrases[0], *phrases[1])
            for word in _name_words(args, pobj)
            for c in dependents(word)
            if c.dep_ == "appos" and (_after_comma(args.doc, c) or _name_right_after(args, word, c))
        ]
        # "the spokesperson for X, Ambassador Y, said": a holder after a comma that the
        # parser made a conjunct, with no "and" or "or" to join them
        joined = any(c.dep_ == "cc" for c in dependents(token))
        people = [
            p
            for c in [
                *(
                    c
                    for c in dependents(token)
                    if c.i > token.i
                    and (
                        c.dep_ == "appos"
                        or (c.dep_ == "conj" and not joined and _after_comma(args.doc, c))
                    )
                ),
                *hung,
            ]
            for holder in (c, *conjuncts_of(c))
            if (p := _person(args, holder)) is not None
        ]
        if not people:
            # "Amnesty's regional director for East Africa, X": the name hung as the
            # object of the office's phrase, after a comma
            people = [
                p
                for pobj in phrases[0]
                if (p := _person(args, pobj)) is not None
                and p.start > 0
                and args.doc[p.start - 1].text == ","
            ][:1]
        if not people:
            # "former president of Peru Pedro Castillo": the name the parser took for the
            # phrase's object, with the organisation's name as its modifier
            people = [
                p
                for pobj in phrases[0]
                if (p := _person(args, pobj)) is not None
                and p.start > 0
                and (body := args.links.at(args.doc[p.start - 1])) is not None
                and body.actor.type in _ORG_TYPES
                and body.kind != "location"
                and body.end == p.start
            ][:1]
        if not people:
            people = _holder_before_source(args, token)
        if not people or _person(args, token) is not None:
            continue
        office = [t for t in token.subtree if t.i < people[0].start]
        if any(p.start <= c.i < p.end for c in hung for p in people) and not any(
            c.head.i in {w.i for pobj in phrases[0] for w in _name_words(args, pobj)} for c in hung
        ):
            # the holder hung on a phrase deeper in: the organisation is named with the
            # office or in its first phrase ("the U.N. special rapporteur on human
            # rights in Myanmar, X" is no official of Myanmar)
            office = [t for t in office if t.i < token.i] + [
                w for pobj in phrases[0] for w in _name_words(args, pobj)
            ]
        organisation = (
            _unlinked_organisation(args, token)
            or _body_before(args, token)
            or _organisation_in(args, office, people[0])
            or _local_state(args, token, office, gazetteer)
            or _principal(args, token, office, people[0], gazetteer)
        )
        if organisation is None or _of_unnamed_body(args, token, organisation):
            continue
        relation = relation_of_office(token, organisation.actor.type)
        role = _role(token, organisation)
        if is_profession(role.lower().split(), organisation):
            continue
        if token.lower_ in _PLURAL_OFFICES and len(people) > 1:
            # "the foreign ministers of Armenia and Azerbaijan, X and Y": respectively
            named = args.doc[organisation.start : organisation.end].root
            owners = [
                found
                for item in (named, *conjuncts_of(named))
                if (found := args.links.at(item)) is not None
            ]
            if len(owners) == len(people):
                for person, owner in zip(people, owners, strict=True):
                    yield Candidate(person, owner, relation, "title-first-apposition", token, role)
                continue
        for person in people if token.lower_ in _PLURAL_OFFICES else people[:1]:
            yield Candidate(person, organisation, relation, "title-first-apposition", token, role)


#: Prepositions of the phrases after an office that say what it is on or for: "the
#: U.N. special rapporteur on the situation of human rights in Myanmar".
_TOPIC_PREPS = _OF_PREPS | words("on over about into")
#: How deep the phrases after an office are searched for its holder.
_PHRASE_DEPTH = 4


def _phrase_objects(office: Token) -> tuple[list[Token], list[Token]]:
    """The nouns of the phrases after an office, and of the phrases after them.

    "the spokesman for Pakistan's Foreign Office, X": "Office"; "the U.N. special
    rapporteur on the situation of human rights in Myanmar, X": "situation", "rights" and
    "Myanmar", on which the parser may hang the holder. The chain stops at another
    office ("the envoy of the president of Kenya, X": X is the president). Returns the
    nouns of the first phrases and those of the deeper ones.
    """
    levels = [[office]]
    for _ in range(_PHRASE_DEPTH):
        levels.append(
            [
                pobj
                for noun in levels[-1]
                if noun is office
                or (noun.lemma_.lower() not in OFFICES and noun.lower_ not in OFFICES)
                for prep in dependents(noun)
                if prep.dep_ == "prep" and prep.lower_ in _TOPIC_PREPS
                for pobj in dependents(prep)
                if pobj.dep_ == "pobj"
            ]
        )
    return levels[1], [noun for level in levels[2:] for noun in level]


def _body_before(args: Arguments, office: Token) -> LinkedMention | None:
    """The body named right before an office, after its state's name.

    "Pakistan's Inter-Services Public Relations chief": the office is the body's, not
    the state's, which owns the body.
    """
    return next(
        (
            found
            for c in dependents(office)
            if c.dep_ in ("compound", "amod", "nmod") and c.i < office.i
            if (found := args.links.at(c)) is not None
            and found.end == office.i
            and found.kind != "location"
            and found.actor.type in _ORG_TYPES
            and found.actor.type is not ActorType.STATE
            and any(
                t.dep_ == "poss" and (owner := args.links.at(t)) is not None and owner is not found
                for t in dependents(office)
            )
        ),
        None,
    )


def _name_words(args: Arguments, pobj: Token) -> list[Token]:
    """The words of the name ``pobj`` is linked in (``pobj`` alone if it is in none)."""
    mention = args.links.at(pobj)
    if mention is None:
        return [pobj]
    return list(args.doc[mention.start : mention.end])


def _name_right_after(args: Arguments, word: Token, name: Token) -> bool:
    """Tell whether a person's name follows an organisation's word with no comma.

    "a former member of Kenya's parliament Oscar Sudi": the parser set the name in
    apposition to the organisation.
    """
    return name.left_edge.i == word.i + 1 and _person(args, name) is not None


def _after_comma(doc: Doc, token: Token) -> bool:
    """Tell whether the phrase of ``token`` follows a comma."""
    return token.left_edge.i > 0 and doc[token.left_edge.i - 1].text == ","


def _unlinked_organisation(args: Arguments, office: Token) -> LinkedMention | None:
    """Read the proper name after an office as an organisation the model did not tag.

    "X, senior adviser to the Chinese American Museum": the name after "of", "at" or
    "to" is capitalised throughout and no actor covers its head.
    """
    # (an office its organisation's name is set before names a topic after "for": "the
    # U.N. High Commissioner for Human Rights")
    owned = any(
        (found := args.links.at(c)) is not None
        and found.kind != "location"
        and found.actor.type in _ORG_TYPES
        for c in dependents(office)
        if c.dep_ in ("compound", "nmod", "poss") and c.i < office.i
    )
    for prep in dependents(office):
        if prep.dep_ != "prep" or prep.lower_ not in _OF_PREPS:
            continue
        if owned and prep.lower_ in ("for", "on"):
            continue
        for pobj in dependents(prep):
            if pobj.dep_ != "pobj" or pobj.pos_ != "PROPN" or args.links.at(pobj) is not None:
                continue
            # the capitalised words that end with the head: "the Berlin-based Carnegie
            # Russia Eurasia Center" names "Carnegie Russia Eurasia Center"
            subtree = {t.i for t in pobj.subtree}
            start = pobj.i
            while (
                start - 1 in subtree
                and args.doc[start - 1].dep_ not in ("det", "case", "poss")
                and args.doc[start - 1].text[:1].isupper()
            ):
                start -= 1
            name = list(args.doc[start : pobj.i + 1])
            if len(name) < 2:
                continue
            label = normalise_name(args.doc[name[0].i : pobj.i + 1].text)
            actor = Actor(id=actor_id(label), label=label, type=ActorType.ORGANIZATION)
            return LinkedMention(name[0].i, pobj.i + 1, actor, "ner")
    return None


def _org_appositive_title(args: Arguments, token: Token) -> Candidate | None:
    """Read "X, the WHO director-general," parsed with the organisation as appositive.

    The office word then modifies the organisation's name, after it.
    """
    head = token.head
    if token.dep_ not in ("amod", "compound") or head.dep_ != "appos" or token.i < head.i:
        return None
    if head.head.i > head.i:
        return None
    person = _person(args, head.head)
    organisation = args.links.at(head)
    if person is None or organisation is None or organisation.kind == "location":
        return None
    if organisation.actor.type not in _ORG_TYPES:
        return None
    relation = relation_of_office(token, organisation.actor.type)
    return Candidate(
        person, organisation, relation, "title-of-apposition", token, _role(token, organisation)
    )


def _local_state(
    args: Arguments, office: Token, tokens: list[Token], gazetteer: Gazetteer
) -> LinkedMention | None:
    """The state of a place whose own office this is: "X, Ontario's provincial leader"."""
    local = office.lower_ in LOCAL_OFFICES or any(
        c.lower_ in LOCAL_QUALIFIERS for c in dependents(office) if c.i < office.i
    )
    if not local:
        return None
    for token in tokens:
        place = args.links.at(token)
        if place is None or place.kind != "location":
            continue
        state = state_of_place(place.start, place.end, place.actor.label, gazetteer)
        if state is not None:
            return state
    return None


#: Dependencies the parser gives an office set after a comma, beside "appos".
_LOOSE_APPOSITIVES = frozenset({"prep", "dep", "npadvmod"})


def _attributes(office: Token) -> bool:
    """Whether an office set after a name is the source of a report that follows it.

    "hosted by China's envoy, Deng Xijun, a senior KIA official said": no comma closes
    the office's phrase before the reporting verb, so the official is who said it, not
    the envoy.
    """
    doc = office.doc
    after = office.right_edge.i + 1
    holder = office.head.left_edge.i
    if after >= len(doc) or holder == 0 or doc[holder - 1].text != ",":
        # (a holder who opens the sentence, "X, the Ghazni head of the Red Crescent told
        # VOA", is described, the comma after the office left out)
        return False
    verb = doc[after]
    return verb.pos_ in ("VERB", "AUX") and (
        verb.lemma_.lower() in SPEECH_VERBS or verb.lower_ in SPEECH_VERBS
    )


#: Nouns of a unit of work inside an organisation: "the China program at the Stimson
#: Center".
_WORK_UNITS = words("program programme project initiative studies")
#: Prepositions naming the organisation a unit of work is at.
_HOSTING = words("at of with")


def _host_of_unit(args: Arguments, office: Token, preps: frozenset[str]) -> LinkedMention | None:
    """The organisation a unit of work of the office is at.

    "director of the China program at the Stimson Center", "senior fellow and supervisor
    of the POSCO Fellowship Program at the East-West Center": the holder works for the
    centre, of which the program is a part.
    """
    for prep in dependents(office):
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        for unit in dependents(prep):
            if unit.dep_ != "pobj" or unit.lemma_.lower() not in _WORK_UNITS:
                continue
            for inner in dependents(unit):
                if inner.dep_ != "prep" or inner.lower_ not in _HOSTING:
                    continue
                for pobj in dependents(inner):
                    found = args.links.at(pobj) if pobj.dep_ == "pobj" else None
                    if (
                        found is not None
                        and found.kind != "location"
                        and found.actor.type in _ORG_TYPES
                        and found.actor.type is not ActorType.STATE
                    ):
                        return found
    return None


def _principal(
    args: Arguments, office: Token, tokens: list[Token], holder: LinkedMention, gazetteer: Gazetteer
) -> LinkedMention | None:
    """The state of the leader an aide's office is named with: "Zelensky's chief of staff, X"."""
    return next(
        (
            state
            for c in dependents(office)
            if c.dep_ == "poss"
            if (found := args.links.at(c)) is not None
            and found.actor.id != holder.actor.id
            and (state := principal_state(found, tokens, gazetteer)) is not None
        ),
        None,
    )


def _of_unnamed_body(args: Arguments, office: Token, state: LinkedMention) -> bool:
    """Whether the office is of a state's body that no actor names, not of the state.

    "the leader of Chad's main opposition party, X" leads the party, no office of Chad
    (but "the head of Kenya's electoral commission" holds one of its state's bodies).
    """
    if state.actor.type is not ActorType.STATE:
        return False
    return any(
        args.links.at(pobj) is None
        and pobj.lemma_.lower() not in UNIT_NOUNS
        and any(c.dep_ == "poss" and state.start <= c.i < state.end for c in dependents(pobj))
        for prep in dependents(office)
        if prep.dep_ == "prep" and prep.lower_ in _OF_PREPS
        for pobj in dependents(prep)
        if pobj.dep_ == "pobj"
    )


def _holder_before_source(args: Arguments, office: Token) -> list[LinkedMention]:
    """The holder of an office set after it, whom the parser made a report's subject.

    "hosted by China's special envoy, Deng Xijun, a senior KIA official said": the
    official (the source, :func:`_attributes`) hung on the name cuts it off the office.
    """
    doc = office.doc
    after = office.right_edge.i
    if doc[after].text != ",":
        after += 1  # (the parser may leave the comma in the office's phrase)
    if after + 1 >= len(doc) or doc[after].text != ",":
        return []
    person = _person(args, doc[after + 1])
    if person is None:
        return []
    root = doc[person.start : person.end].root
    if any(c.dep_ == "appos" and c.i > root.i and _attributes(c) for c in dependents(root)):
        return [person]
    return []


def _appositive_before(office: Token) -> list[Token]:
    """Appositives of the holder right before ``office``, with no comma between."""
    found = []
    for sibling in reversed([c for c in dependents(office.head) if c.i < office.i]):
        between = office.doc[sibling.right_edge.i + 1 : office.left_edge.i]
        if sibling.dep_ != "appos" or any(t.text == "," for t in between):
            break
        found.append(sibling)
    return found


#: Words before "members" set after a list of actors: "Egypt and Ethiopia, both members
#: of the African Union".
_ALL_OF_THEM = words("both all")


def _listed_members(args: Arguments) -> Iterator[Candidate]:
    """Read "A and B, both members of Y", which the parser may cut off the list.

    Each actor of the list before the comma is a member of the organisation after "of".
    """
    doc = args.doc
    for index in positions(doc, words("members"), attrs=("LOWER",)):
        token = doc[index]
        if not any(c.lower_ in _ALL_OF_THEM for c in dependents(token) if c.i < token.i):
            continue
        comma = token.left_edge.i - 1
        if comma < 1 or doc[comma].text != ",":
            continue
        last = args.links.at(doc[comma - 1])
        if last is None or last.kind == "location" or last.actor.type not in _ORG_TYPES:
            continue
        listed = doc[last.start : last.end].root
        first = listed.head if listed.dep_ == "conj" else listed
        holders = [
            m
            for t in (first, *conjuncts_of(first))
            if (m := args.links.at(t)) is not None
            and m.kind != "location"
            and m.actor.type in _ORG_TYPES
        ]
        organisations = [
            m
            for pobj in pobjs(token, "of")
            for m in args.actors_of(pobj)
            if m.kind != "location" and m.actor.type in _ORG_TYPES
        ]
        # the first named, and those coordinated with it ("both members of NATO and the
        # EU")
        # (which the parser may hang on the office: "members of NATO and the EU")
        joined = [
            m
            for conj in (
                *(c for pobj in pobjs(token, "of")[:1] for c in conjuncts_of(pobj)),
                *(c for c in conjuncts_of(token) if c.i > token.i and c.pos_ == "PROPN"),
            )
            for m in args.actors_of(conj)
            if organisations
            and m.kind != "location"
            and m.actor.type in _ORG_TYPES
            and m.actor.id != organisations[0].actor.id
        ]
        for organisation in [*organisations[:1], *joined]:
            for holder in holders:
                if holder.actor.id != organisation.actor.id:
                    yield Candidate(
                        holder, organisation, Relation.MEMBER_OF, "title-of-apposition", token
                    )


def _title_after(args: Arguments, gazetteer: Gazetteer) -> Iterator[Candidate]:
    """Read an office named after its holder: "X, a senior fellow at the Y Fund"."""
    for index in positions(args.doc, OFFICES, attrs=("LOWER", "LEMMA")):
        token = args.doc[index]
        # "According to X, a spokesman for Y": the parser may hang the office set after
        # a comma on the name as something other than an appositive
        loose = token.dep_ in _LOOSE_APPOSITIVES and _after_comma(args.doc, token)
        # "X, senior fellow and supervisor of the program at Y", "X, a lawyer and
        # member of Y": the second office of the appositive is the holder's too
        # (but "X, the Colombian president, and his Venezuelan counterpart Y": the
        # second office has a holder of its own set beside it)
        second = (
            token.dep_ == "conj"
            and token.head.dep_ == "appos"
            and token.head.head.i < token.head.i
            and token.head.pos_ == "NOUN"
            and not any(
                c.dep_ == "appos" and _person(args, c) is not None for c in dependents(token)
            )
        )
        if (token.dep_ != "appos" and not loose and not second) or token.i < token.head.i:
            misparsed = _org_appositive_title(args, token)
            if misparsed is not None:
                yield misparsed
            continue
        person = _person(args, token.head.head if second else token.head)
        if person is None or _attributes(token):
            continue
        # "Russia's permanent representative to the UN", "the special envoy for
        # Ukraine": an envoy is sent to the body or state after "to" or "for", by its owner
        # (so for any office its owner is named for: "WFP's country director for Sudan"
        # serves Sudan for the WFP)
        owned = any(c.dep_ == "poss" for c in dependents(token))
        preps = _OF_PREPS - {"to", "for"} if token.lemma_.lower() in _ENVOYS or owned else _OF_PREPS
        if owned:
            # "UNICEF's country director in Ethiopia": where the post is, not whose
            preps = preps - _IN
        office = list(token.subtree)
        # "the leader of the Republika Srpska entity within Bosnia": the place the
        # organisation lies in is not the organisation
        # (at any depth: "director of the China program at the Stimson Center in
        # Washington" is no official of the United States)
        placed = {
            t.i
            for prep in dependents(token)
            if prep.dep_ == "prep" and prep.lower_ in preps
            for inner in prep.subtree
            if inner.dep_ == "prep" and inner.lower_ in _IN and inner.i != prep.i
            for t in inner.subtree
        }
        tokens = [
            t
            for prep in dependents(token)
            if prep.dep_ == "prep" and prep.lower_ in preps
            for t in prep.subtree
            if t.i not in placed
        ] + [t for t in office if t.i < token.i and t.dep_ in ("poss", "compound", "amod", "nmod")]
        named = [
            m
            for head in (
                *(
                    pobj
                    for prep in dependents(token)
                    if prep.dep_ == "prep" and prep.lower_ in preps
                    for pobj in dependents(prep)
                    if pobj.dep_ == "pobj"
                ),
                # "director general of the military's media wing, ISPR"
                *(c for prep in dependents(token) for c in prep.subtree if c.dep_ == "appos"),
                # "X, KHRC co-founder": the parser made the name and the office two
                # appositives of the holder, side by side
                *_appositive_before(token),
            )
            for m in (_branch_owner(args, n) for n in args.actors_of(head))
            if m.actor.type in _ORG_TYPES and m.kind != "location"
            if not modifies_other_noun(args.doc[m.end - 1], m)
        ]
        # The name the phrase is about comes first ("the Berlin-based Carnegie Center":
        # the centre, not Berlin), then a name inside it.
        heads = [m for m in named if m.start <= m.end - 1 and _covers_head(m, token)]
        organisation = (
            _host_of_unit(args, token, preps)
            or (heads[0] if heads else None)
            or _unlinked_organisation(args, token)
            or (named[0] if named else None)
            or _body_before(args, token)
            or _organisation_in(args, tokens, person)
            or _local_state(args, token, tokens, gazetteer)
        )
        if organisation is None:
            continue
        relation = relation_of_office(token, organisation.actor.type)
        if organisation.kind == "place":
            relation = Relation.OFFICIAL_OF  # "a regional leader" leads no state
        of_heads = pobjs(token, "of")
        if relation is Relation.LEADS and any(
            not organisation.start <= pobj.i < organisation.end
            and any(
                c.dep_ == "poss" and organisation.start <= c.i < organisation.end
                for c in dependents(pobj)
            )
            for pobj in of_heads
        ):
            # "head of Hamas's political bureau": he leads a part, not Hamas
            relation = Relation.OFFICIAL_OF
        if (
            relation is Relation.OFFICIAL_OF
            and token.lower_ in _HEADS_OF_BODIES
            and organisation.actor.type is not ActorType.STATE
            and organisation.kind != "place"
            and not any(c.lower_ in _NOT_THE_LEADER for c in dependents(token) if c.i < token.i)
            and any(organisation.start <= pobj.i < organisation.end for pobj in of_heads)
        ):
            # "X, president of Cameroon's poultry farmers' association", "director of the
            # Carnegie Center": who presides over a body named after "of" leads it
            relation = Relation.LEADS
        role = _role(token, organisation)
        if is_profession(role.lower().split(), organisation):
            continue  # "X, a French researcher"
        yield Candidate(person, organisation, relation, "title-of-apposition", token, role)


_IN = words("in inside within across throughout")
#: Offices that head the body named after "of", unless it is a state ("director of the
#: Carnegie Center" leads it; "president of Kenya" is the state's official).
_HEADS_OF_BODIES = words("president director director-general")
_PLACED = (ActorType.ARMED_GROUP, ActorType.ORGANIZATION, ActorType.INTERNATIONAL_ORGANIZATION)


def _abroad(body: Actor, place: LinkedMention) -> bool:
    """Whether ``place`` lies outside the state of a state's ``body``."""
    if body.country is None:
        return False
    if place.actor.type is ActorType.STATE:
        where = place.actor.country
    else:
        where = place.actor.country or place_country(place.actor.label)
    return where is not None and where != body.country


#: Nouns that describe an international body by where it serves: "the U.N. mission in Congo".
_MISSIONS = words("mission force operation office presence")
#: What an armed party holds where it is: "Arakan Army positions in Rakhine".
_HELD_POSITIONS = words(
    "position positions base bases stronghold strongholds camp camps hideout hideouts "
    "outpost outposts garrison garrisons"
)
#: The people of an armed group, named after it: "Abu Sayyaf members", "ADF remnants".
_GROUP_PEOPLE = words(
    "member fighter militant rebel remnant cell operative commander gunman loyalist recruit"
)
#: Those a body sends abroad to talk, who are where the talks are, not where it operates:
#: "Hamas negotiators in Cairo", "a Taliban delegation in Moscow".
_VISITORS = words("negotiator delegation delegate envoy emissary mediator")
#: Nouns that describe an armed group: "Colombia's largest guerrilla group".
_GROUP_DESCRIPTIONS = words(
    "group movement militia organization organisation insurgency faction outfit rebels "
    "militants insurgents guerrillas separatists jihadists"
)


def _description_after(doc: Doc, mention: LinkedMention) -> Token | None:
    """The description of a mission set after its name, whatever the parser hung it on.

    "the presence of EUFOR, the European Union's peacekeeping force in Bosnia".
    """
    comma = mention.end
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return None
    for token in doc[comma + 1 : comma + 8]:
        if token.lemma_.lower() in _MISSIONS and token.left_edge.i == comma + 1:
            return token
    return None


def _descriptions(root: Token) -> Iterator[Token]:
    """Yield the nouns that describe a group as a group of a kind.

    "the ADF, a rebel group", "Boko Haram is one of several armed groups": the
    apposition or the copula's attribute, through "one of".
    """
    described = [c for c in dependents(root) if c.dep_ == "appos" and c.i > root.i]
    if (
        root.dep_ == "nsubj"
        and root.head.lemma_ == "be"
        and not any(c.dep_ == "neg" for c in dependents(root.head))
    ):
        described += [c for c in dependents(root.head) if c.dep_ == "attr"]
    for noun in described:
        if noun.lower_ == "one":
            noun = next(
                iter(pobjs(noun, "of")),
                noun,
            )
        if noun.lemma_.lower() in _GROUP_DESCRIPTIONS:
            yield noun


def _with_conjuncts(prep: Token) -> list[Token]:
    """The objects of a preposition with their conjuncts: "in Idlib, Hama and Ariha"."""
    return [item for c in dependents(prep) if c.dep_ == "pobj" for item in (c, *conjuncts_of(c))]


def _places_in(links: ActorLinks, noun: Token) -> Iterator[tuple[Token, LinkedMention]]:
    """Yield the "in" phrases of a describing noun with the place or state each names."""
    for prep in dependents(noun):
        if prep.dep_ != "prep" or prep.lower_ not in _IN:
            continue
        for pobj in _with_conjuncts(prep):
            place = links.at(pobj)
            if place is not None and (
                place.kind == "location" or place.actor.type is ActorType.STATE
            ):
                yield prep, place


def _names_its_part(links: ActorLinks, mention: LinkedMention, root: Token) -> bool:
    """Whether an organisation's mission phrase is set beside the mission's own name.

    "NATO's peacekeeping force in Kosovo, KFOR", "MINUSMA, the U.N. mission in Mali":
    the phrase describes the named part of the organisation, not the organisation.
    """
    if root.lemma_.lower() not in _MISSIONS:
        return False
    beside = [c for c in dependents(root) if c.dep_ == "appos"]
    # (the parser may hang the name on the place: "force in Somalia, AMISOM")
    beside += [
        a
        for prep in dependents(root)
        if prep.dep_ == "prep"
        for pobj in dependents(prep)
        if pobj.dep_ == "pobj"
        for a in dependents(pobj)
        if a.dep_ == "appos"
    ]
    if root.dep_ == "appos":
        beside.append(root.head)
    comma = root.left_edge.i - 1
    if comma > 0 and root.doc[comma].text == ",":
        beside.append(root.doc[comma - 1])  # (the name before the comma, parsed apart)
    for token in beside:
        named = links.at(token)
        if named is not None and named.actor.part_of == mention.actor.id:
            return True
    return False


def _kind_word(word: Token) -> bool:
    """Whether a lower-case word before a noun only says what kind of thing it is.

    "a military base in Borno", "an army camp near Kidal": an unnamed base of some
    military, attacked or passed; the word names no actor that is based there (but
    "the Russian military base in Gyumri", "its bases in Iraq", "Turkish military
    operations in Iraq": an owner is named).
    """
    noun = word.head
    return (
        word.dep_ in ("amod", "compound")
        and noun.i > word.i
        and word.text.islower()
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in dependents(noun))
        and not any(
            not t.text.islower() or t.dep_ == "poss"
            for c in dependents(noun)
            if c.i < noun.i and c.dep_ != "det"
            for t in c.subtree
        )
    )


def _places(args: Arguments) -> Iterator[Candidate]:
    """Read "militants in Afghanistan": an actor's noun with an "in" phrase of a place.

    A state's body counts abroad only: "Russian troops in Syria" operate in Syria, "the
    government in Kabul" is just the Afghan government; and not as the target of an act
    ("attacks against US troops in Syria"), where the place is the act's.
    """
    doc = args.doc
    links = args.links
    territory = Territory(args)
    for mention in links.mentions:
        if mention.kind in ("location", "coref"):
            continue
        state_body = mention.actor.type is ActorType.GOVERNMENT_BODY
        if mention.actor.type not in _PLACED and not state_body:
            continue
        root = doc[mention.start : mention.end].root
        if state_body and root.dep_ == "pobj" and root.head.lower_ in VICTIM_PREPS:
            continue
        if at_talks(root):
            continue  # "peace talks with the RSF in Geneva": where the talks are
        if root.lemma_.lower() in _VISITORS or (
            root.dep_ == "compound" and root.head.lemma_.lower() in _VISITORS
        ):
            continue  # "Houthi negotiators in Muscat": sent to talk there
        if _names_its_part(links, mention, root):
            # "NATO's peacekeeping force in Kosovo, KFOR": the force named serves there
            # (read below), not NATO itself
            continue
        holds = [root]
        if (
            root.dep_ in ("compound", "poss")
            and root.head.i > root.i
            and root.head.lemma_.lower() in _HELD_POSITIONS
            and mention.actor.type in (ActorType.ARMED_GROUP, ActorType.GOVERNMENT_BODY)
            and not _kind_word(root)
        ):
            holds.append(root.head)  # "Arakan Army positions in Rakhine", "its bases in Iraq"
        elif (
            root.dep_ == "compound"
            and root.head.i > root.i
            and root.head.lemma_.lower() in _GROUP_PEOPLE
            and mention.actor.type is ActorType.ARMED_GROUP
            and not at_talks(root.head)
        ):
            holds.append(root.head)  # "the last Abu Sayyaf members in Basilan"
        for prep in (c for held in holds for c in dependents(held)):
            if prep.dep_ != "prep" or prep.lower_ not in _IN or prep.i < mention.end - 1:
                continue
            # "fighters in Idlib, Hama and the Ghab plain": each place; "in the town of
            # Dikwa", "in Nigeria's Borno state": the place a common noun's phrase names
            # (not after an agent: "positions attacked by JNIM in the Gao region" is where
            # the positions are)
            agent = root.dep_ == "pobj" and root.head.lower_ == "by"
            for pobj in _with_conjuncts(prep):
                common = pobj.pos_ == "NOUN" and not agent
                place = territory.place(pobj) if common else links.at(pobj)
                if place is None or place.actor.id == mention.actor.id:
                    continue
                if state_body and place.kind != "location" and not _abroad(mention.actor, place):
                    continue  # "the government in Kabul" is the Afghan government
                if (
                    mention.actor.type is ActorType.ORGANIZATION
                    and place.kind != "location"
                    and mention.actor.country is not None
                    and mention.actor.country == place.actor.country
                ):
                    continue  # "opposition parties in Nepal" are the Nepali opposition's
                if place.kind == "location" or place.actor.type is ActorType.STATE:
                    yield Candidate(mention, place, Relation.OPERATES_IN, "np-place", prep)
        if mention.actor.type is ActorType.INTERNATIONAL_ORGANIZATION:
            # "MONUSCO, the U.N. mission in Congo": a mission or force described by
            # where it serves
            descriptions = [
                d
                for d in dependents(root)
                if d.dep_ == "appos" and d.i > root.i and d.lemma_.lower() in _MISSIONS
            ]
            if not descriptions and (after := _description_after(doc, mention)) is not None:
                descriptions.append(after)
            for description in descriptions:
                for prep, place in _places_in(links, description):
                    yield Candidate(mention, place, Relation.OPERATES_IN, "np-place", prep)
            described = root.head if root.dep_ == "appos" and root.head.i < root.i else None
            if (
                described is not None
                and described.dep_ == "pobj"
                and described.head.head.lemma_.lower() in _MISSIONS
            ):
                described = described.head.head  # (the name hung on the place before it)
            if described is not None and described.lemma_.lower() in _MISSIONS:
                # "NATO's peacekeeping force in Kosovo, KFOR": the description first
                for prep, place in _places_in(links, described):
                    if place.actor.id != mention.actor.id:
                        yield Candidate(mention, place, Relation.OPERATES_IN, "np-place", prep)
            continue
        if mention.actor.type not in (ActorType.ARMED_GROUP, ActorType.ORGANIZATION):
            continue
        for description in _descriptions(root):
            # "the ADF, one of several armed groups in eastern Congo"; "the Muslim
            # Attorney Centre, a legal aid group in Pattani"
            for prep, place in _places_in(links, description):
                yield Candidate(mention, place, Relation.OPERATES_IN, "np-place", prep)
        if mention.actor.type is not ActorType.ARMED_GROUP:
            continue
        # "the ELN, Colombia's largest guerrilla group": the state whose group it is
        for description in dependents(root):
            if (
                description.dep_ != "appos"
                or description.i < root.i
                or description.lemma_.lower() not in _GROUP_DESCRIPTIONS
            ):
                continue
            for owner in dependents(description):
                state = links.at(owner) if owner.dep_ == "poss" else None
                if (
                    state is not None
                    and state.kind != "location"
                    and state.actor.type is ActorType.STATE
                ):
                    yield Candidate(mention, state, Relation.OPERATES_IN, "np-place", description)


def _ends(
    args: Arguments, token: Token, *, place: bool, gazetteer: Gazetteer | None = None
) -> list[LinkedMention]:
    """Return the actors (or places) a matched end stands for, with its conjuncts.

    With a ``gazetteer``: the states the places lie in (a state stands for itself).
    """
    if gazetteer is not None:
        states: list[LinkedMention] = []
        for mention in _ends(args, token, place=True):
            if mention.actor.type is ActorType.STATE:
                states.append(mention)
                continue
            state = state_of_place(
                mention.start, mention.end, mention.actor.label, gazetteer, mention.actor.country
            )
            if state is not None:
                states.append(state)
        return states
    if not place:
        return args.actors_of(token)
    territory = Territory(args)
    found: list[LinkedMention] = []
    if any(c.dep_ == "relcl" for c in dependents(token)):
        # (a relative pronoun's noun: "El Fasher, the capital of North Darfur, which ...")
        named = territory.antecedent(token)
        if named is not token and territory.place(named) is not None:
            token = named
    for item in (token, *(c for c in conjuncts_of(token) if c.i > token.i)):
        # a known place the NER took for a person ("Goma fell to the M23") too
        # "the towns of A and B", "A and B provinces": each place
        found.extend(
            p for p in territory.places(item) if all(p.actor.id != f.actor.id for f in found)
        )
    # "a presence in several countries, including Venezuela": the places listed
    return found or territory.included(token)


def pattern_candidates(args: Arguments, gazetteer: Gazetteer | None = None) -> Iterator[Candidate]:
    """Yield the candidates of the pattern file's rules in a parsed doc."""
    seen: set[tuple[str, int, int]] = set()
    for rule, trigger, subject, obj in match_rules(args.doc):
        if (rule.name, subject.i, obj.i) in seen:
            continue
        seen.add((rule.name, subject.i, obj.i))
        firsts = _ends(args, subject, place=False)
        seconds = _ends(
            args,
            obj,
            place=rule.object_is_place,
            gazetteer=gazetteer if rule.object_is_state else None,
        )
        if not seconds and rule.act_before:
            # "M23 seized Uvira. The advance drew condemnation from Y": the act's author
            seconds = args.act_author_before(obj)
        if rule.relation is Relation.OPERATES_IN and _kind_word(subject):
            continue  # "attacked a military base in Borno": no army named as based there
        if "subject" in rule.alone:
            firsts = firsts[:1]
        if "object" in rule.alone:
            seconds = seconds[:1]
        for first in firsts:
            if rule.subject_types is not None and first.actor.type not in rule.subject_types:
                continue
            for second in seconds:
                if rule.object_types is not None and second.actor.type not in rule.object_types:
                    continue
                if first.actor.id == second.actor.id:
                    continue
                if (first.actor.type, second.actor.type) in rule.not_between:
                    continue
                if rule.apart and gazetteer is not None and _one_state(gazetteer, first, second):
                    continue
                if rule.apart and rule.object_is_place and _home(first, second):
                    continue  # "Mexico deployed troops to Sinaloa": its own land
                yield Candidate(first, second, rule.relation, rule.name, trigger)


def _home(actor: LinkedMention, place: LinkedMention) -> bool:
    """Whether a place lies in the state that is the actor (a state at home)."""
    if actor.actor.type is not ActorType.STATE or place.kind != "location":
        return False
    country = place.actor.country or place_country(place.actor.label)
    return country is not None and country == actor.actor.country


def _one_state(gazetteer: Gazetteer, first: LinkedMention, second: LinkedMention) -> bool:
    """Whether two actors are of one state (a state counts as its own).

    A body of no known state and forces the story's context names ("the Defence
    Headquarters said troops had killed 15 insurgents") count as one: a state's body
    reports its own forces' acts, it does not charge them.
    """
    states = [
        m.actor if m.actor.type is ActorType.STATE else gazetteer.state_of(m.actor)
        for m in (first, second)
    ]
    if (
        states[0] is None
        and first.actor.type is ActorType.GOVERNMENT_BODY
        and second.kind == "generic"
        and second.actor.type is ActorType.GOVERNMENT_BODY
    ):
        return True
    return states[0] is not None and states[1] is not None and states[0].id == states[1].id


#: Verbs that put their object into an office: "appointed X as prime minister".
_APPOINTING = words(
    "appoint reappoint name rename elect reelect re-elect install designate swear select "
    "choose pick tap confirm"
)
#: Verbs whose subject holds the office named with them: "X became prime minister",
#: "X served as defence minister", "X resigned as foreign minister", "X is Zimbabwe's
#: president".
_HOLDING_OFFICE = words("become serve remain resign quit be")
_APPOINTMENT_VERBS = _APPOINTING | _HOLDING_OFFICE | {"take"}
#: Appointers whose own office is filled: a state, a group or an organisation (a body
#: or a person fills its state's).
_APPOINTING_ORGANISATIONS = (
    ActorType.STATE,
    ActorType.ARMED_GROUP,
    ActorType.ORGANIZATION,
    ActorType.INTERNATIONAL_ORGANIZATION,
)


def _appointed_offices(verb: Token) -> list[Token]:
    """The office a verb of appointment or holding names: "as prime minister", "minister"."""
    found = [c for c in dependents(verb) if c.dep_ in ("oprd", "attr", "xcomp")]
    found += [
        pobj
        for head in (verb, *(c for c in dependents(verb) if c.dep_ in ("dobj", "obj")))
        for pobj in pobjs(head, "as")
    ]
    return [
        t
        for t in found
        if (t.lower_ in OFFICES or t.lemma_.lower() in OFFICES)
        and t.lower_ not in _PLURAL_OFFICES
        and not any(c.lower_ in NOT_YET for c in dependents(t))
    ]


def _appointees(args: Arguments, verb: Token, office: Token, active: bool) -> list[LinkedMention]:
    """Who takes the office: the object of an active appointment, else the subject."""
    # "named Luis Caputo economy minister": the parser made the name the office's compound
    named = [
        p
        for c in dependents(office)
        if c.dep_ == "compound" and c.i < office.i
        if (p := _person(args, c)) is not None
    ]
    if named:
        return named[:1]
    if active:
        holders = [
            t
            for c in dependents(verb)
            if c.dep_ in ("dobj", "obj")
            or (c.dep_ in ("prep", "prt") and c.lower_ == "in")  # "swore in X as president"
            for t in ((c,) if c.dep_ in ("dobj", "obj") else dependents(c))
        ]
        return [p for t in holders if (p := _person(args, t)) is not None]
    return [m for m in args.subjects_of_verb(verb) if m.actor.type is ActorType.PERSON] or [
        p
        for c in dependents(verb)
        if c.dep_ == "nsubjpass"
        if (p := args.linked(c)) is not None and p.actor.type is ActorType.PERSON
    ]


def _appointer_state(
    args: Arguments, verb: Token, office: Token, active: bool, gazetteer: Gazetteer
) -> LinkedMention | None:
    """The organisation whose office an appointer fills: the state of a body or person."""
    found = args.subjects_of_verb(verb) if active else args.agents_of(verb)
    for mention in found[:1]:
        actor = mention.actor
        if actor.type in _APPOINTING_ORGANISATIONS:
            return mention
        state = gazetteer.state_by_country(actor.country) if actor.country else None
        if state is None:
            # "Chile's Senate": the state named inside the appointer's phrase
            state = next(
                (
                    m.actor
                    for t in args.doc[mention.start : mention.end].root.subtree
                    if (m := args.links.at(t)) is not None
                    and m.actor.type is ActorType.STATE
                    and m.kind != "location"
                ),
                None,
            )
        if state is not None:
            # the office word stands for the state ("appointed X as foreign minister")
            return LinkedMention(office.i, office.i + 1, state, "gazetteer")
    return None


def _appointments(args: Arguments, gazetteer: Gazetteer) -> Iterator[Candidate]:
    """Read an office given or held with a verb: "appointed X as prime minister"."""
    for index in positions(args.doc, _APPOINTMENT_VERBS, attrs=("LEMMA",)):
        verb = args.doc[index]
        lemma = verb.lemma_.lower()
        # "took office as X", "took over as chair of the AU"
        took_office = any(
            (c.dep_ in ("dobj", "obj") and c.lemma_ == "office")
            or (c.dep_ == "prt" and c.lower_ == "over")
            for c in dependents(verb)
        )
        if verb.pos_ not in ("VERB", "AUX") or (lemma == "take" and not took_office):
            continue
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in dependents(verb))
        active = lemma in _APPOINTING and not passive
        for office in _appointed_offices(verb)[:1]:
            holders = _appointees(args, verb, office, active)
            if not holders:
                continue
            tokens = _office_words(office)
            organisation = _organisation_in(args, tokens, holders[0])
            if organisation is None and lemma in _APPOINTING:
                organisation = _appointer_state(args, verb, office, active, gazetteer)
            if organisation is None and (
                office.lower_ in STATE_OFFICES or office.lemma_.lower() in STATE_OFFICES
            ):
                # "X was sworn in as president": the holder's own state, or the state of
                # an article about one state
                country = holders[0].actor.country
                state = gazetteer.state_by_country(country) if country else args.links.dominant
                sentence = verb.sent
                others = {
                    m.actor.id
                    for m in args.links.mentions
                    if sentence.start <= m.start < sentence.end and m.actor.type is ActorType.STATE
                }
                if state is not None and not country and others - {state.id}:
                    state = None  # another state named beside it: whose office is unsure
                if state is not None:
                    organisation = LinkedMention(office.i, office.i + 1, state, "gazetteer")
            if organisation is None or organisation.actor.type in (
                ActorType.PERSON,
                ActorType.LOCATION,
            ):
                continue
            relation = relation_of_office(office, organisation.actor.type)
            role = _role(office, organisation)
            if is_profession(role.lower().split(), organisation):
                continue
            if holders[0].actor.id != organisation.actor.id:
                yield Candidate(holders[0], organisation, relation, "appointed-as", verb, role)


#: Nouns of an appointment, which name the holder after "of" and the office after "as":
#: "the appointment of X as Iraq's prime minister".
_APPOINTMENT_NOUNS = words("appointment reappointment election re-election reelection confirmation")


def _appointment_nouns(args: Arguments) -> Iterator[Candidate]:
    """Read an office given with a noun of appointment.

    "after the appointment of X as Iraq's prime minister", "welcomed the election of X as
    Senegal's president": the holder after "of", the office after "as".
    """
    for index in positions(args.doc, _APPOINTMENT_NOUNS, attrs=("LEMMA",)):
        noun = args.doc[index]
        if noun.pos_ != "NOUN":
            continue
        named = pobjs(noun, "of")
        holders = [
            p
            for t in (*named, *(c for c in dependents(noun) if c.dep_ == "poss"))
            if (p := _person(args, t))
        ]
        # (the parser hangs "as" on the noun, on the holder's name or on the verb the
        # noun is the object of: "welcomed the election of X as president")
        verb = [noun.head] if noun.dep_ in ("dobj", "obj") else []
        offices = [
            pobj
            for head in (noun, *named, *verb)
            for prep in dependents(head)
            if prep.dep_ == "prep" and prep.lower_ == "as"
            for pobj in dependents(prep)
            if pobj.dep_ == "pobj"
            and (pobj.lower_ in OFFICES or pobj.lemma_.lower() in OFFICES)
            and pobj.lower_ not in _PLURAL_OFFICES
            and not any(c.lower_ in NOT_YET for c in dependents(pobj))
        ]
        if not holders or not offices:
            continue
        office = offices[0]
        tokens = _office_words(office)
        organisation = _organisation_in(args, tokens, holders[0])
        if organisation is None or organisation.actor.type in (
            ActorType.PERSON,
            ActorType.LOCATION,
        ):
            continue
        role = _role(office, organisation)
        if is_profession(role.lower().split(), organisation):
            continue
        relation = relation_of_office(office, organisation.actor.type)
        yield Candidate(holders[0], organisation, relation, "appointed-as", noun, role)


def _pro_backers(args: Arguments, gazetteer: Gazetteer) -> Iterator[Candidate]:
    """Read "pro-Russian separatists": Russia supports the group named so.

    And "the pro-Islamic State group Dawlah Islamiyah": the group named supports the
    group it is for.
    """
    doc = args.doc
    for mention in args.links.mentions:
        if mention.kind != "composite" or not mention.actor.supported_by:
            continue
        if doc[mention.start].lower_ != "pro" or mention.start + 2 >= mention.end:
            continue
        patron = args.links.at(doc[mention.start + 2])
        if patron is not None and patron.actor.id in mention.actor.supported_by:
            yield Candidate(patron, mention, Relation.SUPPORTS, "pro-compound", doc[mention.start])
    for token in doc[:-3]:
        # "the pro-Islamic State group Dawlah Islamiyah": the group named after the noun
        # the name after "pro-" modifies supports the one so named, a group (a state's
        # "pro-Iranian militia" may be its creature as much as its follower)
        if token.lower_ != "pro" or doc[token.i + 1].text != "-":
            continue
        found = [
            (stop, actor)
            for stop in range(token.i + 3, min(token.i + 6, len(doc)))
            if (actor := gazetteer.lookup(doc[token.i + 2 : stop].text)) is not None
        ]
        if not found:
            continue
        stop, actor = found[-1]
        if actor.type is ActorType.STATE:
            continue
        # (the name may take in its noun: "Islamic State group" is a name)
        noun = doc[stop - 1] if doc[stop - 1].pos_ == "NOUN" else doc[stop - 1].head
        if noun.i not in (stop - 1, stop) or noun.pos_ != "NOUN":
            continue
        patron = LinkedMention(token.i + 2, stop, actor, "gazetteer")
        for named in dependents(noun):
            group = args.links.at(named) if named.dep_ == "appos" else None
            if group is not None and group.actor.id != actor.id and group.kind != "location":
                yield Candidate(group, patron, Relation.SUPPORTS, "pro-compound", token)


def standing_candidates(args: Arguments, gazetteer: Gazetteer) -> Iterator[Candidate]:
    """Yield the standing relations of a doc's noun phrases (module docstring)."""
    yield from _parts(args, gazetteer)
    yield from _described_parts(args)
    yield from _arms_named_after(args)
    yield from _pro_backers(args, gazetteer)
    yield from _places(args)
    yield from _title_first(args, gazetteer)
    yield from _title_after(args, gazetteer)
    yield from _listed_members(args)
    yield from _appointments(args, gazetteer)
    yield from _appointment_nouns(args)
    yield from pattern_candidates(args, gazetteer)
