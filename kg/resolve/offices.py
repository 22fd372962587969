"""Office holders named by their office alone: "the Pakistani envoy", "the head of MSF".

News names an official once ("Pakistan's U.N. envoy Munir Akram", "Catherine Russell,
UNICEF's executive director") and then, often before or after, by the office alone:
"the Pakistani envoy said", "The head of the U.N. children's program, UNICEF, said",
"Russia's envoy dismissed ...". Such a mention is linked to the person of the article
who holds a matching office:

- the offices match when they are the same word or in one group of near-synonyms
  ("envoy", "ambassador", "representative"; "head", "chief", "director");
- the affiliation named with the office ("Pakistani", "Russia's", "of MSF") must be the
  person's: the state of the person's country, or an actor named in the person's own
  title or appositive;
- of several such persons, the one named last before the mention wins, else the first
  named after it; a mention that matches nobody stays unlinked.

The link is of kind ``"coref"``, like other in-article coreference.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from kg.gazetteer import Gazetteer
from kg.resolve.links import ActorLinks, LinkedMention
from kg.types import Actor, ActorType
from kg.wordclasses import FORMER, OFFICES, dependents, positions, sentences_ahead, sentences_back

__all__ = ["link_offices"]

#: Offices that name one post under several words.
_GROUPS = (
    frozenset({"envoy", "ambassador", "representative", "diplomat"}),
    frozenset({"head", "chief", "director", "chairman", "chairwoman", "chairperson", "chair"}),
    frozenset({"spokesman", "spokeswoman", "spokesperson"}),
    frozenset({"premier", "prime minister"}),
    frozenset({"secretary-general", "secretary general"}),
)
#: Words for whoever leads a state or a people, and the offices they stand for: "the
#: Ugandan leader" after "Ugandan President Yoweri Museveni".
_LEADING = frozenset({"leader", "ruler", "monarch"})
_TOP_OFFICES = _LEADING | frozenset(
    {"president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "sultan"}
)
#: The word for one's peer in another state: "his Kenyan counterpart" holds any office.
_COUNTERPART = "counterpart"
#: Words that make a compound office ("prime minister", "foreign minister").
_OFFICE_PREFIXES = frozenset(
    {"prime", "foreign", "defense", "defence", "interior", "finance", "deputy", "vice"}
)
#: Prefixes of an office held as a deputy.
_DEPUTY = ("deputy ", "vice ")
#: How many sentences after an office alone its holder may be named (_named_next).
_NEXT_SENTENCES = 2
#: Offices too vague to identify one person ("the official", "a member").
_VAGUE = frozenset(
    {
        "official",
        "member",
        "officer",
        "fellow",
        "analyst",
        "researcher",
        "expert",
        "deputy",
        "professor",
        "scholar",
        "lecturer",
        "correspondent",
        "editor",
        "delegate",
        "lawmaker",
        # "the top U.S. diplomat" is the foreign minister, not an envoy
        "diplomat",
    }
)


def _office_key(token: Token) -> str | None:
    lemma = token.lemma_.lower() if token.tag_ in ("NNS", "NNPS") else token.lower_
    if lemma not in OFFICES or lemma in _VAGUE:
        return None
    prefixes = [
        c.lower_
        for c in dependents(token)
        if c.dep_ in ("compound", "amod") and c.lower_ in _OFFICE_PREFIXES
    ]
    if prefixes:
        return f"{prefixes[-1]} {lemma}"
    return lemma


def _group(key: str) -> frozenset[str]:
    for group in _GROUPS:
        if key in group:
            return group
    return frozenset({key})


@dataclass
class _Holder:
    actor: Actor
    positions: list[int] = field(default_factory=list)
    offices: set[str] = field(default_factory=set)
    #: offices held as deputy ("deputy ambassador" gives "ambassador")
    ranks: set[str] = field(default_factory=set)
    #: whether any title word goes with the name, however vague ("analyst X")
    titled: bool = False
    affiliations: set[str] = field(default_factory=set)


class _Offices:
    def __init__(self, doc: Doc, links: ActorLinks, gazetteer: Gazetteer) -> None:
        self.doc = doc
        self.links = links
        self.gazetteer = gazetteer
        self.holders: dict[str, _Holder] = {}

    def affiliations(self, tokens: list[Token]) -> set[str]:
        """The actors (not persons, not places) named among ``tokens``."""
        found: set[str] = set()
        for token in tokens:
            mention = self.links.at(token)
            if mention is None or mention.kind == "location":
                continue
            if mention.actor.type is not ActorType.PERSON:
                found.add(mention.actor.id)
        return found

    def _title_tokens(self, mention: LinkedMention) -> list[Token]:
        """The words of a person's title: before the name, and in an appositive."""
        doc = self.doc
        root = doc[mention.start : mention.end].root
        tokens = list(doc[root.left_edge.i : mention.start])
        for child in dependents(root):
            if child.dep_ == "appos" and child.i >= mention.end:
                tokens += list(child.subtree)
        if root.dep_ == "appos" and root.head.i < mention.start:
            head = root.head
            if (
                head.dep_ == "pobj"
                and head.head.dep_ == "prep"
                and head.head.head.lower_ in OFFICES
            ):
                # "Pakistan's representative to the United Nations, Munir Akram": the
                # parser hangs the holder on the organisation
                head = head.head.head
            tokens += list(head.subtree)[: mention.start - head.left_edge.i]
        return tokens

    def collect(self) -> None:
        for mention in self.links.mentions:
            if mention.actor.type is not ActorType.PERSON or mention.kind in ("coref", "generic"):
                continue
            holder = self.holders.setdefault(mention.actor.id, _Holder(mention.actor))
            holder.positions.append(mention.start)
            tokens = self._title_tokens(mention)
            holder.titled |= any(t.lower_ in OFFICES or t.lemma_.lower() in OFFICES for t in tokens)
            if any(t.lower_ in FORMER for t in tokens):
                continue  # "the former envoy X" holds that office no more
            for token in tokens:
                key = _office_key(token)
                if key is not None:
                    holder.offices.add(key)
                    if key.startswith(_DEPUTY):
                        holder.ranks.add(key.split(" ", 1)[1])
            holder.affiliations |= self.affiliations(tokens)

    def _matches(self, holder: _Holder, keys: frozenset[str], wanted: set[str]) -> bool:
        return bool(holder.offices & keys) and self._affiliated(holder, wanted)

    def _affiliated(self, holder: _Holder, wanted: set[str]) -> bool:
        for actor_id in wanted:
            if actor_id in holder.affiliations:
                continue
            actor = self.gazetteer.actors.get(actor_id)
            if (
                actor is not None
                and actor.type is ActorType.STATE
                and actor.country is not None
                and actor.country == holder.actor.country
            ):
                continue
            if actor is not None and any(
                (held := self.gazetteer.actors.get(a)) is not None and held.part_of == actor_id
                for a in holder.affiliations
            ):
                continue  # "Pakistan's envoy": a holder named by Pakistan's foreign ministry
            return False
        return True

    def _named_after(self, token: Token) -> bool:
        """Whether a person is named, set off by a comma, right after the office's phrase.

        The parser may hang the name on the office's organisation ("the representative
        to the United Nations, Munir Akram") or on a noun before the office.
        """
        subtree = list(token.subtree)
        joined = any(c.dep_ == "cc" for c in dependents(token))
        for t in subtree:
            # a conjunct set off by a comma with no "and" is an appositive misparsed
            # ("the spokesperson for X, Ambassador Y, said")
            misparsed = (
                t.dep_ == "conj"
                and t.head.i == token.i
                and not joined
                and self.doc[t.left_edge.i - 1].text == ","
            )
            if (t.dep_ == "appos" or misparsed) and t.i > token.i:
                mention = self.links.at(t)
                if mention is not None and mention.actor.type is ActorType.PERSON:
                    return True
        end = token.right_edge.i
        if end + 2 >= len(self.doc) or self.doc[end + 1].text != ",":
            return False
        after = self.links.at(self.doc[end + 2])
        return after is not None and after.actor.type is ActorType.PERSON

    def _state_leader(self, token: Token, wanted: set[str]) -> bool:
        """Whether a leader's words name one state and nothing else.

        "the Ugandan leader", not "the opposition leader" or "Ontario's provincial leader".
        """
        states = [
            actor
            for actor_id in wanted
            if (actor := self.gazetteer.actors.get(actor_id)) is not None
            and actor.type is ActorType.STATE
        ]
        if len(states) != 1 or len(wanted) != 1:
            return False
        return all(
            self.links.at(c) is not None
            for c in dependents(token)
            if c.dep_ in ("amod", "compound", "nmod", "poss")
        )

    def _person_at(self, token: Token) -> bool:
        mention = self.links.at(token)
        return mention is None or mention.actor.type is ActorType.PERSON

    def holder_of(self, token: Token) -> Actor | None:
        key = _office_key(token)
        if key is None or token.tag_ not in ("NN", "NNP"):
            return None
        appositives = [c for c in dependents(token) if c.dep_ == "appos"]
        if token.dep_ == "compound" or any(self._person_at(c) for c in appositives):
            return None  # "envoy Munir Akram", "the envoy, Munir Akram": named right there
        if self._named_after(token):
            return None  # "the representative to the U.N., Munir Akram", however parsed
        named = self.links.at(token.head) if token.dep_ == "appos" else None
        if named is not None and named.actor.type is ActorType.PERSON:
            return None  # "Christopher Lockyear, the head of MSF": the title itself
        modifiers = [c for c in dependents(token) if c.dep_ in ("poss", "amod", "compound", "nmod")]
        # "The head of the U.N. children's program, UNICEF," (the parser may hang the
        # organisation's name on the office)
        owners = [t for c in (*modifiers, *appositives) for t in c.subtree]
        for prep in dependents(token):
            if prep.dep_ == "prep" and prep.lower_ == "of":
                owners += [t for p in dependents(prep) if p.dep_ == "pobj" for t in p.subtree]
        if any(t.lower_ in FORMER for t in owners):
            return None
        determined = any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in dependents(token)
        )
        wanted = self.affiliations(owners)
        if not determined and not wanted:
            return None  # "envoy" alone, "a director": no one in particular
        keys = _group(key) | {key}
        if key in _LEADING and self._state_leader(token, wanted):
            # "the Ugandan leader": its president or prime minister too
            keys |= _TOP_OFFICES
        matching = [h for h in self.holders.values() if self._matches(h, keys, wanted)]
        if key == _COUNTERPART and wanted:
            # "Museveni praised his Kenyan counterpart": the Kenyan who holds an office
            matching = [
                h for h in self.holders.values() if h.offices and self._affiliated(h, wanted)
            ]
        if not matching and " " not in key:
            # "Washington's envoy" for "X, U.S. deputy U.N. ambassador": the office
            # alone may name its deputy, when no one holds it in full
            matching = [
                h for h in self.holders.values() if h.ranks & keys and self._affiliated(h, wanted)
            ]
        if not matching:
            indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in dependents(token))
            return self._named_next(token, keys, wanted) if wanted and not indefinite else None
        before = [
            (max(p for p in h.positions if p < token.i), h)
            for h in matching
            if any(p < token.i for p in h.positions)
        ]
        if before:
            return max(before, key=lambda item: item[0])[1].actor
        after = [(min(h.positions), h) for h in matching]
        return min(after, key=lambda item: item[0])[1].actor

    def _named_next(self, token: Token, keys: frozenset[str], wanted: set[str]) -> Actor | None:
        """The person named in the next sentences with no title or affiliation but this one.

        "Russia's envoy dismissed the accusations. 'This is false,' Vassily Nebenzia
        told the council": the office named first, its holder's name after it, alone.
        """
        start = token.sent.end
        end = sentences_ahead(token, _NEXT_SENTENCES)
        before = sentences_back(token, _NEXT_SENTENCES)
        if any(
            before <= p < token.i and not h.affiliations
            for h in self.holders.values()
            for p in h.positions
        ):
            return None  # "X said ... The Taliban chief was referring to": X, untitled
        states = {
            actor.country
            for actor_id in wanted
            if (actor := self.gazetteer.actors.get(actor_id)) is not None
        }
        after = [
            (min(p for p in h.positions if p >= start), h)
            for h in self.holders.values()
            if any(start <= p < end for p in h.positions)
            and not any(p < token.i for p in h.positions)
        ]
        for _, holder in sorted(after, key=lambda item: item[0]):
            if holder.affiliations or (holder.titled and not holder.offices & keys):
                return None  # the next person named is someone else's, or another's office
            if holder.actor.country is not None and holder.actor.country not in states:
                return None
            return holder.actor
        return None


def link_offices(doc: Doc, links: ActorLinks, gazetteer: Gazetteer) -> None:
    """Link office nouns that stand for a person named elsewhere (module docstring)."""
    offices = _Offices(doc, links, gazetteer)
    offices.collect()
    for index in positions(doc, OFFICES, attrs=("LOWER", "LEMMA")):
        token = doc[index]
        if token.i in links.by_token or token.pos_ not in ("NOUN", "PROPN"):
            continue
        actor = offices.holder_of(token)
        if actor is not None:
            links.add(LinkedMention(token.i, token.i + 1, actor, "coref"))
