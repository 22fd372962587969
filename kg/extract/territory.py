"""Frames for the relations whose object is a place: ``controls`` and ``operatesIn``.

The object of these relations is a territory, not an actor: a state or a place the
parse names ("Sanaa", "the Gaza Strip", "areas of northern Yemen"). The frames:

- "The Houthis control Sanaa", "the rebels hold Goma" (a place as direct object);
- "Houthi-controlled areas of Yemen", "Houthi-held Sanaa" (the controller before the
  participle, the place after it);
- "areas controlled by the Houthis" (a participle with its agent);
- "X took control of Y", "X seized control of Y" (a light verb and the noun);
- "al-Shabab operates in Somalia", "militias operating in Iraq", "a group based in
  Syria", "X is active in Y" (the place after "in");
- "Somalia-based al-Shabab" (the place before the participle, the actor after it).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.arguments import MEETINGS, Arguments, is_relative, predicate_on_agent
from kg.extract.lexicon import is_light_verb, words
from kg.gazetteer import Gazetteer
from kg.places import is_region, place_country
from kg.resolve import LinkedMention, actor_id
from kg.types import Actor, ActorType, Relation
from kg.wordclasses import DIVISIONS, PROFESSIONS, conjuncts_of, dependents, pobjs

__all__ = ["Territory", "state_of_place"]

_PLACE_TYPES = (ActorType.STATE, ActorType.LOCATION)
#: Heads that name a part of a place: "areas of Yemen", "parts of the north".
_PARTS = words(
    "area areas part parts region regions territory territories town towns city cities "
    "district districts province provinces village villages zone zones swath swaths "
    "stretch stretches swathe swathes half most much port ports capital township townships "
    # "almost all of Rakhine", "the bulk of the province", "the rest of the country"
    "all bulk rest remainder "
    # shares and sides: "90% of Port-au-Prince", "a third of the country", "Yemen's north"
    "% percent third thirds quarter quarters fifth fifths north south east west northeast "
    "northwest southeast southwest "
    # "a strip of Western Sahara", "pockets of Lower Shabelle", "a belt of Kherson"
    "strip strips pocket pockets belt belts sliver chunk chunks patch patches tract tracts "
    # ground named by its lie: "the desert of eastern Syria", "the outskirts of Goma"
    "desert deserts jungle jungles forest forests mountains hills valley valleys "
    "countryside outskirts coast coastline borderlands hinterland"
)
#: Sites held as ground is held, named by the place they are in or by a name before
#: them: "the base in Wajiroko", "the Machala prison", "the airport of Nyala".
_SITES = words(
    "base bases airport airports airbase prison prisons camp camps outpost outposts "
    "stronghold strongholds headquarters barracks garrison checkpoint checkpoints "
    "oilfield oilfields crossing crossings"
)
#: Parts named by proper nouns before them: "the Guerguerat buffer zone", "the Hodeidah
#: port".
_NAMED_ZONES = words("zone zones enclave enclaves corridor port ports")
#: A state's divisions, named by a compound before them: "Borno state", "Ituri province".
_DIVISIONS = DIVISIONS | words("department municipality")
#: How many nouns deep a place is looked for ("a swathe of territory in Sokoto state").
_DEPTH = 3
#: Nouns whose "of" phrase or owner names the place they are part of.
#: A state's ground, named by its demonym: "Afghan soil", "Syrian territory".
_GROUND = words("soil territory territories land")
_PARTS_OF = _PARTS | _DIVISIONS | _GROUND
_IN = words("in into across throughout inside within from along near")
#: What "hold X ..." makes X when it is no hold on a place ("held Y responsible").
_ANSWERABLE = words("responsible accountable liable culpable guilty")
_OVER = words("of over")
#: How the parser hangs the place held on "control" read as a noun ("The Taliban control
#: all of Afghanistan").
_HELD_DEPS = frozenset({"dobj", "appos", "npadvmod", "attr", "conj"})
#: Verbs of running a place, which only those who hold ground do as control of it.
_MANAGING = words("run administer")
_RULERS = (ActorType.STATE, ActorType.ARMED_GROUP, ActorType.GOVERNMENT_BODY)
_SEIZING = words(
    "take seize gain regain assume wrest retake establish tighten consolidate expand extend "
    "maintain keep cement "
    # taking back: "restored control over Kidal", "re-established control over Aleppo"
    "restore recover reestablish re-establish reassert reclaim"
)


def _holders(verb: Token, actors: list[LinkedMention]) -> list[LinkedMention]:
    """The actors of a verb of control that can hold ground by it.

    "Hamas runs Gaza", "the SDF runs the al-Hol camp"; but "UNHCR runs the Kakuma camp"
    (or "the camp is run by UNHCR") manages it for others: no hold on ground.
    """
    if verb.lemma_ not in _MANAGING:
        return actors
    return [a for a in actors if a.actor.type in _RULERS]


def state_of_place(
    start: int, end: int, name: str, gazetteer: Gazetteer | None, country: str | None = None
) -> LinkedMention | None:
    """The state a place lies in, as a mention over the place's words ``start:end``.

    ``country``: the place's ISO code when known; otherwise looked up by ``name``.
    """
    code = country or place_country(name)
    state = gazetteer.state_by_country(code) if gazetteer is not None and code else None
    return LinkedMention(start, end, state, "place") if state is not None else None


#: The preposition of a place named after its kind: "the trading hub of Bunagana".
_OF_ONLY = frozenset({"of"})
#: What links the ground patrolled to a common noun: "the streets of Bamako", "the
#: waters around Scarborough Shoal".
_PATROLLED = _IN | words("of around off")
_PATROLLED_IN = words("in across throughout inside within")


class Territory:
    """Read ``controls`` and ``operatesIn`` candidates off one doc."""

    def __init__(self, arguments: Arguments) -> None:
        self.args = arguments
        self.doc = arguments.doc

    def place(self, token: Token, *, depth: int = 0) -> LinkedMention | None:
        """Return the place a noun phrase names: a state or a place mention.

        "Sanaa", "Yemen", "areas of northern Yemen", "the town of Goma".
        """
        if is_relative(token) and depth < 2:
            # "Scarborough Shoal, which China seized in 2012": the noun the clause is of
            noun = token.head.head
            named = self.antecedent(noun)
            found = self.place(named, depth=depth + 1) if named is not noun else None
            return found or self.place(noun, depth=depth + 1)
        mention = self.args.links.at(token)
        city = self._city(token, mention)
        if city is not None:
            return city
        if mention is not None and mention.kind == "coref" and token.pos_ != "PRON":
            # "the Caribbean nation of Haiti": the state named after "of"
            for pobj in pobjs(token, "of"):
                state = self.args.links.at(pobj)
                if state is not None and state.actor.id == mention.actor.id:
                    return state
            return None  # "regained control of the country": whose country is unsure
        division = depth < _DEPTH and token.lemma_.lower() in _DIVISIONS
        if (
            mention is not None
            and (mention.kind == "location" or mention.actor.type in _PLACE_TYPES)
            and not (division and mention.kind == "composite")
        ):
            return mention  # (but "Nigeria's Borno state" is Borno, not the state's name)
        if division:
            for child in dependents(token):
                # "in Borno state", "in Ituri province": the division's name; "in Ituri
                # and North Kivu provinces": the first of the names
                if child.dep_ in ("compound", "nmod") and (
                    child.i == token.i - 1 or (child.dep_ == "nmod" and token.tag_ == "NNS")
                ):
                    found = self.place(child, depth=depth + 1)
                    if found is not None:
                        return found
            if mention is not None and mention.actor.type in _PLACE_TYPES:
                return mention
        if depth < _DEPTH and token.lemma_.lower() in _SITES:
            # "the Machala prison", "the base in Wajiroko": the site's own name or the town
            # it is in (not a state's or a region's: "the base in Borno state" holds no
            # more than the base)
            for child in dependents(token):
                names = (
                    [child]
                    if child.dep_ == "compound"
                    else [p for p in dependents(child) if p.dep_ == "pobj"]
                    if child.dep_ == "prep" and child.lower_ in ("in", "of", "at", "near")
                    else []
                )
                for name in names:
                    found = self.args.links.at(name)
                    if (
                        found is not None
                        and found.kind == "location"
                        and not is_region(found.actor.label)
                    ):
                        return found
            return self._named_site(token)
        # "14 of Rakhine's 17 townships": a number of a place's parts
        counted = token.pos_ == "NUM" and token.dep_ not in ("nummod", "quantmod")
        if depth < _DEPTH and (counted or token.lemma_.lower() in _PARTS_OF):
            for child in dependents(token):
                # "Mozambique's Cabo Delgado province", "Rakhine's townships": a part of
                # that state or place; "Afghan soil", "Pakistani territory": the state's
                # own ground
                ground = child.dep_ == "amod" and token.lemma_.lower() in _GROUND
                owner = self.args.links.at(child) if child.dep_ == "poss" or ground else None
                if ground and owner is not None and owner.actor.type is not ActorType.STATE:
                    continue
                if owner is not None and (
                    owner.actor.type is ActorType.STATE or owner.kind == "location"
                ):
                    return owner
            for prep in dependents(token):
                # ("the buffer zone on the Golan Heights": ground on a place is in it)
                if prep.dep_ == "prep" and prep.lower_ in ("of", "in", "on"):
                    for pobj in dependents(prep):
                        if pobj.dep_ == "pobj":
                            found = self.place(pobj, depth=depth + 1)
                            if found is not None:
                                return found
                if prep.dep_ == "appos":
                    # "the Houthi-held capital, Sanaa"
                    found = self.place(prep, depth=depth + 1)
                    if found is not None:
                        return found
        if token.lemma_.lower() in _NAMED_ZONES:
            return self._named_site(token)
        return None

    @staticmethod
    def antecedent(noun: Token) -> Token:
        """The place a relative clause the parser hangs on ``noun`` is of.

        "El Fasher, the capital of North Darfur, which fell to the RSF": the place named
        before the description, not the one inside it (the parser hangs the clause on the
        nearest noun).
        """
        described = noun
        if noun.dep_ == "pobj" and noun.head.lower_ in ("of", "in"):
            # ("Kyaukphyu, a town in Rakhine State where China is building a port")
            described = noun.head.head
        if (
            described.dep_ == "appos"
            and described.lemma_.lower() in _PARTS
            and described.head.pos_ == "PROPN"
        ):
            return described.head
        return noun

    def _named_site(self, token: Token) -> LinkedMention | None:
        """A site named by proper nouns before it, as a place of its own.

        "the capital's Mitiga airport", "its Hmeimim air base", "the Guerguerat buffer
        zone": no town or state the gazetteer knows, but the site held is named.
        """
        start = token.i
        while (
            start > 0
            and self.doc[start - 1].dep_ == "compound"
            and (self.doc[start - 1].head.i in range(start, token.i + 1))
        ):
            start -= 1
        names = [t for t in self.doc[start : token.i] if t.pos_ == "PROPN"]
        linked = [m for t in names if (m := self.args.links.at(t)) is not None]
        if not names or any(m.kind != "location" for m in linked):
            return None  # ("the U.S. Al Udeid air base" is the owner's, read elsewhere)
        if linked:
            # "the Hodeidah port": the town it is named by (not a region: "the Borno base")
            return linked[0] if not is_region(linked[0].actor.label) else None
        while self.doc[start].pos_ != "PROPN":
            start += 1
        text = self.doc[start : token.i + 1].text
        actor = Actor(id=actor_id(text), label=text, type=ActorType.LOCATION)
        return LinkedMention(start, token.i + 1, actor, "location")

    def places(self, token: Token) -> list[LinkedMention]:
        """The place a noun phrase names, and the others its "of" phrase joins to it.

        "the border towns of Ras al-Ain and Tal Abyad": both towns.
        """
        first = self.place(token)
        if first is None:
            return []
        found = [first]
        if token.lemma_.lower() in _DIVISIONS and token.tag_ == "NNS":
            # "Ituri and North Kivu provinces": each of the names
            for child in dependents(token):
                named = self.place(child) if child.dep_ == "nmod" else None
                if named is not None and named.actor.id == first.actor.id:
                    for item in conjuncts_of(child):
                        place = self.place(item)
                        if place is not None and all(place.actor.id != f.actor.id for f in found):
                            found.append(place)
        self._joined_by_of(token, first, found, 0)
        return found

    def _joined_by_of(
        self, token: Token, first: LinkedMention, found: list[LinkedMention], depth: int
    ) -> None:
        """Add the places joined to ``first`` down a chain of "of" phrases.

        "the towns of A and B", "most of the provinces of A and B": the conjuncts of the
        noun that names the first place.
        """
        for prep in dependents(token):
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for pobj in dependents(prep):
                via = self.place(pobj) if pobj.dep_ == "pobj" else None
                if via is None or via.actor.id != first.actor.id:
                    continue  # (the phrase's place is not the one its "of" names)
                for item in conjuncts_of(pobj):
                    place = self.place(item)
                    if place is not None and all(place.actor.id != f.actor.id for f in found):
                        found.append(place)
                if depth < _DEPTH:
                    self._joined_by_of(pobj, first, found, depth + 1)

    def _city(self, token: Token, mention: LinkedMention | None) -> LinkedMention | None:
        """Return a city as a place of its own, not its state.

        A capital stands for its state as an actor ("Washington said"), but the
        Houthis control Sanaa, not Yemen; and a city the NER took for a person
        ("Goma") is still a city when GeoNames knows it.
        """
        if token.pos_ != "PROPN" or token.ent_type_ in ("DATE", "TIME"):
            return None  # (and "in March" is a time, whatever GeoNames knows)
        if mention is not None:
            if mention.kind == "location" or mention.kind == "coref":
                return None
            if mention.actor.type in (ActorType.STATE, ActorType.INTERNATIONAL_ORGANIZATION):
                # (a seat stands for its organisation: "Brussels" for the EU)
                text = self.doc[mention.start : mention.end].text
                names = {
                    mention.actor.label.casefold(),
                    *(a.casefold() for a in mention.actor.aliases),
                }
                if text.casefold() in names:
                    return None  # the state's own name
            elif mention.kind != "ner":
                return None
            start, end = mention.start, mention.end
            if any(t.dep_ == "cc" for t in self.doc[start:end]):
                # "Catatumbo and Arauca" taken by the NER for one name: the token's own
                start, end = token.i, token.i + 1
                while start > mention.start and self.doc[start - 1].dep_ == "compound":
                    start -= 1
        else:
            start, end = token.left_edge.i, token.i + 1
            while start < token.i and self.doc[start].pos_ != "PROPN":
                start += 1
        text = self.doc[start:end].text
        code = place_country(text)
        if code is None:
            return None
        actor = Actor(id=actor_id(text), label=text, type=ActorType.LOCATION, country=code)
        return LinkedMention(start, end, actor, "location")

    def _in_site(self, place: LinkedMention) -> bool:
        """Whether a place is named only as where a site lies ("a base in Berbera")."""
        root = self.doc[place.start : place.end].root
        return (
            root.dep_ == "pobj"
            and root.head.dep_ == "prep"
            and root.head.head.lemma_.lower() in _SITES
        )

    def _places_after(self, token: Token, preps: frozenset[str]) -> list[LinkedMention]:
        found: list[LinkedMention] = []
        for prep in dependents(token):
            if prep.dep_ == "prep" and prep.lower_ in preps:
                for pobj in dependents(prep):
                    if pobj.dep_ != "pobj":
                        continue
                    named = [p for item in self.args.items(pobj) for p in self.places(item)]
                    # "the municipalities of Tibu, Teorama and El Tarra": each place;
                    # "operates in several countries, including Ecuador": those named
                    found.extend(named or self.included(pobj))
        return found

    def included(self, token: Token) -> list[LinkedMention]:
        """The places an "including" phrase on ``token`` names ("including Crimea").

        The parser may hang the phrase on a noun above, right after ``token``'s own phrase:
        "access to Houthi-held areas of Yemen, including Sanaa".
        """
        after = token.right_edge.i + 1
        if after < len(self.doc) and self.doc[after].text == ",":
            after += 1
        hung = [
            c
            for a in list(token.ancestors)[:3]
            for c in dependents(a)
            if c.i == after and c.dep_ == "prep"
        ]
        return [
            p
            for prep in (*dependents(token), *hung)
            if prep.dep_ == "prep" and prep.lower_ == "including"
            for pobj in dependents(prep)
            if pobj.dep_ == "pobj"
            for item in self.args.items(pobj)
            # ("the trading hub of Bunagana": the place after "of")
            for p in self.places(item) or self._places_after(item, _OF_ONLY)
        ]

    def candidates(
        self, relation: Relation, kind: str, token: Token, start: int
    ) -> Iterator[tuple[LinkedMention, LinkedMention, str]]:
        """Yield (actor, place, rule) for one trigger of ``controls`` or ``operatesIn``."""
        if kind == "participle":
            yield from self._participle(relation, token, start)
        elif kind == "noun":
            yield from self._control_noun(token)
        elif kind in ("verb", "adjective", "phrasal"):
            # (phrasal: "moved into the city", kg's verb table)
            yield from self._verb(relation, token)

    def _participle(
        self, relation: Relation, participle: Token, start: int
    ) -> Iterator[tuple[LinkedMention, LinkedMention, str]]:
        if start == 0 or participle.dep_ not in ("amod", "compound"):
            return
        before, head = self.doc[start - 1], participle.head
        if relation is Relation.CONTROLS:
            # "Houthi-controlled areas of Yemen", "Houthi-held Sanaa"; "Houthi-held areas,
            # including Sanaa and Hodeidah": the places the ground held includes
            place = self.place(head)
            if place is None and head.dep_ == "appos":
                # "Sanaa, the Houthi-held capital": the place the description is set to
                place = self.place(head.head)
            places = ([place] if place is not None else []) + self.included(head)
            for actor in self.args.actors_of(before):
                for held in places:
                    yield actor, held, "compound-participle"
        elif head.lemma_.lower() not in PROFESSIONS:
            # "Somalia-based al-Shabab": the place comes first (but "a Manila-based
            # analyst" is where a commentator works, no actor's ground)
            place = self.place(before)
            if place is not None:
                for actor in self.args.actors_of(head):
                    yield actor, place, "compound-participle"

    def _control_noun(self, noun: Token) -> Iterator[tuple[LinkedMention, LinkedMention, str]]:
        if noun.dep_ in ("compound", "ROOT"):
            yield from self._verb_read_as_noun(noun)
            return
        # "The rebels took control of Goma", "Hamas seized control over Gaza"
        if noun.dep_ not in ("dobj", "obj") or not (
            noun.head.lemma_ in _SEIZING or is_light_verb(noun.head)
        ):
            return
        places = self._places_after(noun, _OVER) or self._places_after(noun.head, _OVER)
        for actor in self.args.subjects_of_verb(noun.head):
            for place in places:
                yield actor, place, "light-verb-nominal"

    def _verb_read_as_noun(self, noun: Token) -> Iterator[tuple[LinkedMention, LinkedMention, str]]:
        """Read "The Houthis control Sanaa" that the tagger took for a noun phrase.

        After a plural name the model may read the verb "control" as a noun: a compound
        of the place ("[The Houthis control Sanaa]") or the head of a clause without a
        verb ("The Taliban control all of Afghanistan"). A group's control of a place
        is "Houthi control of Sanaa", with the adjective and "of": not this.
        """
        if noun.lower_ != "control" or noun.i == 0 or noun.tag_ != "NN":
            return
        before = self.doc[noun.i - 1]
        if before.tag_ not in ("NNP", "NNPS") or any(c.dep_ == "prep" for c in dependents(noun)):
            return
        root = noun.sent.root
        if root.pos_ in ("VERB", "AUX") or (
            before.tag_ != "NNPS" and not before.lower_.endswith("s") and root.i != noun.i
        ):
            return  # a clause with a verb of its own, or a name that is no plural
        actors = [a for a in self.args.actors_of(before) if a.actor.type in _RULERS]
        if noun.dep_ == "compound":
            held = [noun.head] if noun.head.i > noun.i else []
        else:
            held = [c for c in dependents(noun) if c.i > noun.i and c.dep_ in _HELD_DEPS]
        places = [p for c in held for item in self.args.items(c) for p in self.places(item)]
        for actor in actors:
            for place in places:
                yield actor, place, "active-svo"

    def _perfect_read_as_participle(
        self, verb: Token
    ) -> Iterator[tuple[LinkedMention, LinkedMention, str]]:
        """Read a verb of holding the parser took for a participle before its object.

        "Separatists have controlled parts of Donetsk since 2014" parsed as "have
        [controlled parts]": the subject of "have" holds the ground; "The RSF controlled
        parts of Darfur" parsed as a noun phrase with the name before the participle:
        the name holds it (as in "RSF-controlled parts"). A participle of ground held by
        nobody named ("controlled areas", "had held talks") is no hold.
        """
        noun = verb.head
        if noun.i < verb.i or noun.dep_ not in ("dobj", "obj", "ROOT"):
            return
        if noun.dep_ == "ROOT":
            holders = [
                a
                for c in dependents(verb)
                if c.dep_ in ("npadvmod", "nsubj") and c.i < verb.i
                if not any(t.tag_ == "HYPH" for t in self.doc[c.i + 1 : verb.i])
                for a in self.args.actors_of(c)
            ]
        elif (
            noun.head.lemma_ == "have"
            and noun.head.i < verb.i
            and not any(
                c.dep_ in ("det", "poss", "nummod") and c.i < verb.i for c in dependents(noun)
            )
        ):
            holders = self.args.subjects_of_verb(noun.head)
        else:
            return
        places = [p for item in self.args.items(noun) for p in self.places(item)]
        for actor in _holders(verb, holders):
            for place in places:
                yield actor, place, "active-svo"

    def _verb(
        self, relation: Relation, verb: Token
    ) -> Iterator[tuple[LinkedMention, LinkedMention, str]]:
        args = self.args
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in dependents(verb))
        if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and not infinitive:
            if verb.tag_ == "VBN" and relation is Relation.CONTROLS:
                # "areas controlled by the Houthis"
                place = self.place(verb.head)
                if place is not None:
                    for agent in args.agents_of(verb):
                        yield agent, place, "participle-by-agent"
                return
            # "al-Shabab, based in Somalia", "militias operating in Iraq"; but "X, run by
            # Y, operated in Z" is X's main verb, misparsed
            if verb.head.lemma_.lower() in PROFESSIONS:
                return  # "an analyst based in Peshawar": a commentator's desk
            for actor in args.actors_of(predicate_on_agent(verb) or verb.head):
                for place in self._places_after(verb, _IN):
                    yield actor, place, "place-participle"
            return
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in dependents(verb)):
            if relation is Relation.CONTROLS:
                # "Sanaa is controlled by the Houthis"
                places = [
                    p for c in dependents(verb) if c.dep_ == "nsubjpass" if (p := self.place(c))
                ]
                for agent in _holders(verb, args.agents_of(verb)):
                    for place in places:
                        yield agent, place, "passive-by-agent"
            else:
                # "The group is based in Syria"
                for actor in (
                    m for c in dependents(verb) if c.dep_ == "nsubjpass" for m in args.actors_of(c)
                ):
                    for place in self._places_after(verb, _IN):
                        yield actor, place, "prepositional-object"
            return
        if relation is Relation.CONTROLS and verb.dep_ == "amod" and verb.tag_ == "VBN":
            yield from self._perfect_read_as_participle(verb)
            return
        if (
            relation is Relation.CONTROLS
            and verb.dep_ == "pcomp"
            and verb.tag_ == "VBN"
            and not any(c.dep_ in ("aux", "auxpass") for c in dependents(verb))
        ):
            return  # "struck air defences in occupied Crimea": the place's description
        subjects = args.subjects_of_verb(verb if verb.pos_ != "ADJ" else verb.head)
        if relation is Relation.CONTROLS:
            # "The Houthis control Sanaa and much of the north"
            places = [
                p
                for c in dependents(verb)
                if c.dep_ in ("dobj", "obj")
                for item in self.args.items(c)
                for p in self.places(item)
            ]
            # "control large parts of North Kivu, including Bunagana", "occupies a fifth
            # of Ukraine, including Crimea": the places the ground held includes
            held = [c for c in dependents(verb) if c.dep_ in ("dobj", "obj")]
            places += [
                p
                for prep in (
                    *(g for c in held for g in dependents(c)),
                    *(dependents(verb) if held else ()),
                )
                if prep.dep_ == "prep" and prep.lower_ == "including"
                for pobj in dependents(prep)
                if pobj.dep_ == "pobj"
                for item in self.args.items(pobj)
                # ("the trading hub of Bunagana": the place after "of")
                for p in self.places(item) or self._places_after(item, _OF_ONLY)
            ]
            if verb.lemma_ == "take":
                places = [p for p in places if p.actor.type is not ActorType.STATE]
                if any(c.dep_ == "prt" and c.lower_ == "out" for c in dependents(verb)):
                    places = []  # "took out two air defence systems in Crimea": destroyed
            subjects = _holders(verb, subjects)
            if verb.lemma_ in _MANAGING:
                # "the UAE runs a base in Berbera": a site run in a town, no hold on the
                # town (but "the SDF runs the al-Hol camp": the site itself)
                places = [p for p in places if not self._in_site(p)]
            if verb.lemma_ == "hold" and any(
                t.lower_ in _ANSWERABLE
                for c in dependents(verb)
                for t in (c, *(g for g in dependents(c) if c.dep_ in ("dobj", "obj")))
            ):
                places = []  # "held Somalia responsible for the attack": an accusation
            if verb.lemma_ == "hold" and any(c.lemma_.lower() in MEETINGS for c in held):
                places = []  # "held talks with the junta in Kunming, China's Yunnan province"
            rule = "active-svo"
        else:
            # "al-Shabab operates in Somalia", "the group is active in Mali"
            places, rule = self._places_after(verb, _IN), "prepositional-object"
            if verb.lemma_ == "patrol":
                # "patrolled in Idlib" (not "near Bamenda", "along the border": the patrol
                # is by the place, not in it)
                places = self._places_after(verb, _PATROLLED_IN)
            if verb.lemma_ == "patrol" and not places:
                # "KFOR troops patrol northern Kosovo", "patrolled the streets of Bamako",
                # "patrol the waters around Scarborough Shoal": the ground patrolled
                places = [
                    p
                    for c in dependents(verb)
                    if c.dep_ in ("dobj", "obj")
                    for item in self.args.items(c)
                    for p in self.places(item) or self._places_after(item, _PATROLLED)
                ]
                rule = "active-svo"
            if not places and verb.pos_ == "ADJ":
                places = self._places_after(verb.head, _IN)
        for actor in subjects:
            for place in places:
                yield actor, place, rule
