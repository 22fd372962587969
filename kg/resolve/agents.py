"""Agent nouns and their sectors, after CAMEO's agent dictionary (``Phoenix.agents.txt``).

An *agent noun* names a kind of actor without naming the actor: "forces", "security
forces", "rebels", "police", "regime". PETRARCH2's agent dictionary lists about 2,200
of them with a CAMEO sector code (``[~MIL]`` military, ``[~GOV]`` government,
``[~REB]`` rebels, ``[~COP]`` police, ...). kg reads it as data, together with its own
additions in the same format (``ontologies/kg.agents.txt``), and an affiliation that
is no state (``ontologies/affiliations.txt``: "Kurdish", "Shia", "jihadist").

The format, as PETRARCH2 writes it: one phrase a line, words joined by ``_``; an
optional ``{PLURAL}`` (``{}``: no plural); the sector code in ``[~CODE]``; ``#`` starts
a comment; ``!PERSON!`` stands for man, woman and person. Regular plurals are formed
here, as PETRARCH2 does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

from kg.cache import cached_pickle
from kg.vocab import ONTOLOGY_DIR

__all__ = [
    "AFFILIATIONS_FILE",
    "AGENT_FILES",
    "ARMED_SECTORS",
    "AgentLexicon",
    "Sector",
    "load_agents",
    "parse_agent_lines",
    "plural",
]

AGENT_FILES = (
    ONTOLOGY_DIR / "petrarch2" / "Phoenix.agents.txt",
    ONTOLOGY_DIR / "kg.agents.txt",
)
AFFILIATIONS_FILE = ONTOLOGY_DIR / "affiliations.txt"


class Sector(StrEnum):
    """The CAMEO sectors that make actors.

    Every other sector (civilians, media, business, education, health, refugees, ...)
    names people who are not actors.
    """

    GOVERNMENT = "GOV"
    MILITARY = "MIL"
    POLICE = "COP"
    INTELLIGENCE = "SPY"
    JUDICIARY = "JUD"
    LEGISLATURE = "LEG"
    REBELS = "REB"
    OPPOSITION = "OPP"
    UNIDENTIFIED_ARMED = "UAF"
    RADICALS = "RAD"
    PARTY = "PTY"

    @property
    def of_state(self) -> bool:
        """Whether agents of this sector serve a state (the others oppose or bypass it)."""
        return self in _STATE_SECTORS


_STATE_SECTORS = frozenset(
    {
        Sector.GOVERNMENT,
        Sector.MILITARY,
        Sector.POLICE,
        Sector.INTELLIGENCE,
        Sector.JUDICIARY,
        Sector.LEGISLATURE,
    }
)
#: Sectors of agents who bear arms ("Army", "Rebels", "border guards"), the police with them.
ARMED_SECTORS = frozenset(
    {Sector.MILITARY, Sector.POLICE, Sector.REBELS, Sector.UNIDENTIFIED_ARMED, Sector.RADICALS}
)
_SECTORS = {s.value: s for s in Sector}
_LINE = re.compile(r"^(?P<phrase>[^\[{#]+?)\s*(?:\{(?P<plural>[^}]*)\})?\s*\[~(?P<code>[A-Z]+)\]")
_PERSON_FORMS = ("man", "woman", "person")
_PERSON_PLURALS = {"man": "men", "woman": "women", "person": "people"}


def plural(word: str) -> str:
    """Return the regular plural of an English noun.

    >>> [plural(w) for w in ("rebel", "militia", "army", "police", "gunman", "fighter")]
    ['rebels', 'militias', 'armies', 'police', 'gunmen', 'fighters']
    """
    if word.endswith("man"):
        return word[:-3] + "men"
    if word in ("police", "military", "personnel", "staff"):
        return word
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "sh", "ch", "x", "z")):
        return word + "es"
    return word + "s"


@dataclass(frozen=True, slots=True)
class AgentLexicon:
    """Agent phrases (lower-case word tuples, singular and plural) -> sector.

    Attributes:
        phrases: every form of every phrase, mapped to its sector.
        longest: the number of words of the longest phrase.
        affiliations: lower-case words that name a people, creed or camp without naming a
            state ("kurdish", "shia", "jihadist").
    """

    phrases: dict[tuple[str, ...], Sector] = field(default_factory=dict)
    longest: int = 1
    affiliations: frozenset[str] = frozenset()

    #: The last words of the phrases, and the nouns of coalitions: what may head one.
    heads: frozenset[str] = frozenset()
    #: Each last word of a phrase -> the lengths of the phrases it ends, longest first
    #: (made from ``phrases``): a word that ends none is answered with one look-up.
    endings: dict[str, tuple[int, ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.phrases and not self.endings:
            lengths: dict[str, set[int]] = {}
            for phrase in self.phrases:
                lengths.setdefault(phrase[-1], set()).add(len(phrase))
            for word, found in lengths.items():
                self.endings[word] = tuple(sorted(found, reverse=True))

    def match_ending(self, words: list[str]) -> tuple[int, Sector] | None:
        """Return (length, sector) of the longest phrase that ends ``words``.

        >>> lexicon = AgentLexicon({("security", "forces"): Sector.MILITARY,
        ...                         ("forces",): Sector.MILITARY}, longest=2)
        >>> lexicon.match_ending(["iraqi", "security", "forces"])
        (2, <Sector.MILITARY: 'MIL'>)
        >>> lexicon.match_ending(["iraqi", "forces", "said"]) is None
        True
        """
        if not words:
            return None
        for length in self.endings.get(words[-1], ()):
            if length <= len(words):
                sector = self.phrases.get(tuple(words[-length:]))
                if sector is not None:
                    return length, sector
        return None


def _forms(phrase: str, plural_form: str | None) -> Iterator[tuple[str, ...]]:
    words = phrase.lower().replace("_", " ").split()
    if not words:
        return
    expanded: list[list[str]] = [[]]
    for word in words:
        if "!person!" in word:
            options = [word.replace("!person!", form) for form in _PERSON_FORMS]
        else:
            options = [word]
        expanded = [[*done, option] for done in expanded for option in options]
    for variant in expanded:
        yield tuple(variant)
        if plural_form is None:
            last = variant[-1]
            for form, many in _PERSON_PLURALS.items():
                if last.endswith(form):
                    last = last[: -len(form)] + many
                    break
            else:
                last = plural(last)
            yield (*variant[:-1], last)
    if plural_form:
        yield tuple(plural_form.lower().replace("_", " ").split())


def parse_agent_lines(
    lines: Iterable[str], *, others: bool = False
) -> dict[tuple[str, ...], Sector | None]:
    """Parse agent dictionary lines into phrase forms -> sector (first entry wins).

    A phrase of a sector that makes no actor (civilians, media, ...) is left out, or,
    with ``others``, kept with ``None``: kg's own file uses that to take a phrase of
    the dictionary back ("PRISON [~CVL]": a prison is a building, not the police).

    >>> table = parse_agent_lines(["SECURITY_FORCE [~MIL]", "GENDARMERY {GENDARMERIE} [~COP]",
    ...                            "STUDENT [~EDU]  # not an actor"])
    >>> sorted(" ".join(k) for k in table)
    ['gendarmerie', 'gendarmery', 'security force', 'security forces']
    >>> parse_agent_lines(["PRISON [~CVL]"], others=True)[("prisons",)] is None
    True
    """
    table: dict[tuple[str, ...], Sector | None] = {}
    for line in lines:
        found = _LINE.match(line.strip())
        if found is None:
            continue
        sector = _SECTORS.get(found.group("code")[:3])
        if sector is None and not others:
            continue
        for form in _forms(found.group("phrase").strip(), found.group("plural")):
            table.setdefault(form, sector)
    return table


def _read_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


@lru_cache(maxsize=2)
def load_agents(
    files: tuple[Path, ...] = AGENT_FILES, affiliations: Path = AFFILIATIONS_FILE
) -> AgentLexicon:
    """Read the agent dictionaries (kg's additions first, so that they win) once.

    The lexicon is kept in kg's disk cache (:func:`kg.cache.cached_pickle`), under a
    digest of the files and of this module: forming the plurals of every phrase cost
    about 20 ms at each start-up.
    """
    sources = [
        Path(__file__).read_bytes(),
        *(part for path in (*files, affiliations) for part in (str(path), path.read_bytes())),
    ]
    return cached_pickle("agents", sources, lambda: _read_agents(files, affiliations))


def _read_agents(files: tuple[Path, ...], affiliations: Path) -> AgentLexicon:
    found: dict[tuple[str, ...], Sector | None] = {}
    for n, path in enumerate(reversed(files)):
        # kg's own file (read first) may take a dictionary phrase back
        for form, sector in parse_agent_lines(
            _read_lines(path), others=n == 0 and len(files) > 1
        ).items():
            found.setdefault(form, sector)
    phrases = {form: sector for form, sector in found.items() if sector is not None}
    words = frozenset(
        line.split("#", 1)[0].strip().lower()
        for line in _read_lines(affiliations)
        if line.split("#", 1)[0].strip()
    )
    return AgentLexicon(
        phrases=phrases,
        longest=max((len(k) for k in phrases), default=1),
        affiliations=words,
        # ("groups" heads "Iranian-backed groups": kg.resolve.composite)
        heads=frozenset(k[-1] for k in phrases) | {"coalition", "alliance", "group", "groups"},
    )
