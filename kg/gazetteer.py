"""Read the actor gazetteer (``ontologies/gazetteer/*.toml``).

The format is documented in ``ontologies/README.md``. The gazetteer is the list of known
actors and the names news text uses for them; the actor ruler of :mod:`kg.nlp` matches
those names, and :mod:`kg.resolve` turns matches into actors.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from kg.errors import GazetteerError
from kg.types import Actor, ActorType
from kg.vocab import ONTOLOGY_DIR

__all__ = [
    "DEFAULT_GAZETTEER_DIR",
    "Gazetteer",
    "Name",
    "is_case_sensitive",
    "load_gazetteer",
    "name_key",
    "parse_gazetteer",
    "read_gazetteer",
]

DEFAULT_GAZETTEER_DIR = ONTOLOGY_DIR / "gazetteer"
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
#: The gazetteer lists actors: every actor type but Location (places that are not actors).
_ACTOR_TYPES = {t.value: t for t in ActorType if t is not ActorType.LOCATION}
_KEYS = {
    "id",
    "label",
    "type",
    "country",
    "wikidata",
    "aliases",
    "demonyms",
    "capital",
    "part_of",
    "supported_by",
    "note",
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Name:
    """A name that stands for an actor in text.

    Attributes:
        kind: ``label``, ``alias``, ``demonym`` or ``capital``.
        case_sensitive: short all-capital names ("US", "IS") match only as written.
    """

    text: str
    actor_id: str
    kind: str
    case_sensitive: bool


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Known actors by id, and the names that stand for them."""

    actors: Mapping[str, Actor]
    names: tuple[Name, ...]
    by_key: Mapping[str, str] = field(default_factory=dict)
    by_country: Mapping[str, str] = field(default_factory=dict)

    def state_by_country(self, code: str) -> Actor | None:
        """Return the state whose ISO 3166 alpha-3 code is ``code``.

        >>> gaz = parse_gazetteer([{"id": "iran", "label": "Iran", "type": "State",
        ...                         "country": "IRN"}])
        >>> gaz.state_by_country("IRN").id
        'iran'
        """
        actor_id = self.by_country.get(code)
        return self.actors[actor_id] if actor_id else None

    def match(self, name: str, *, entity_label: str | None = None) -> Actor | None:
        """Return the gazetteer actor a name found by NER stands for, or ``None``.

        Used for names the actor ruler did not mark: spelling variants and near misses.
        ``entity_label`` is spaCy's NER label (``PERSON``, ``ORG``, ``GPE``...).

        >>> gaz = parse_gazetteer([{"id": "iran", "label": "Iran", "type": "State"}])
        >>> gaz.match("Iran").id
        'iran'
        """
        return self.lookup(name)

    def lookup(self, name: str) -> Actor | None:
        """Return the actor a name stands for, or ``None``.

        >>> gaz = parse_gazetteer([{"id": "iran", "label": "Iran", "type": "State",
        ...                         "demonyms": ["Iranian"]}])
        >>> gaz.lookup("iranian").label
        'Iran'
        >>> gaz.lookup("IRANIAN").label
        'Iran'
        """
        # A short name in capitals is its own key ("US"), but may also be a headline's
        # capitals of a name that matches in any case ("IRAN"): try the folded key last.
        actor_id = (
            self.by_key.get(name)
            or self.by_key.get(name_key(name))
            or self.by_key.get(name.casefold())
        )
        return self.actors.get(actor_id) if actor_id else None


def is_case_sensitive(name: str) -> bool:
    """Whether a name must match as written: short names in capitals ("US", "U.S.").

    >>> is_case_sensitive("US"), is_case_sensitive("U.S."), is_case_sensitive("Iran")
    (True, True, False)
    """
    letters = [c for c in name if c.isalpha()]
    return len(name) <= 4 and all(c.isupper() for c in letters)


def name_key(name: str) -> str:
    """Return the key under which a name is looked up (case-folded unless short capitals)."""
    return name if is_case_sensitive(name) else name.casefold()


def _as_list(value: Any, key: str, where: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise GazetteerError(f"{where}: {key!r} must be a list of non-empty strings")
    return [v.strip() for v in value]


def _parse_actor(entry: Mapping[str, Any], where: str) -> tuple[Actor, list[Name]]:
    unknown = set(entry) - _KEYS
    if unknown:
        raise GazetteerError(
            f"{where}: unknown key(s) {', '.join(sorted(unknown))}. "
            f"Valid keys: {', '.join(sorted(_KEYS))}"
        )
    for key in ("id", "label", "type"):
        if not isinstance(entry.get(key), str) or not entry[key].strip():
            raise GazetteerError(f"{where}: missing or empty {key!r}")
    actor_id = entry["id"]
    if not _ID.match(actor_id):
        raise GazetteerError(
            f"{where}: id {actor_id!r} must be lowercase ASCII words joined by '-'"
        )
    actor_type = _ACTOR_TYPES.get(entry["type"])
    if actor_type is None:
        choices = ", ".join(_ACTOR_TYPES)
        raise GazetteerError(
            f"{where}: no actor type named {entry['type']!r}. Available: {choices}"
        )
    aliases = _as_list(entry.get("aliases"), "aliases", where)
    demonyms = _as_list(entry.get("demonyms"), "demonyms", where)
    for key in ("country", "wikidata", "capital", "part_of", "note"):
        if entry.get(key) is not None and not isinstance(entry[key], str):
            raise GazetteerError(
                f"{where}: {key!r} must be a string, not {type(entry[key]).__name__}"
            )
    capital = entry.get("capital")
    actor = Actor(
        id=actor_id,
        label=entry["label"].strip(),
        type=actor_type,
        country=entry.get("country"),
        wikidata=entry.get("wikidata"),
        aliases=tuple(aliases),
        part_of=entry.get("part_of"),
        supported_by=tuple(_as_list(entry.get("supported_by"), "supported_by", where)),
        note=entry.get("note"),
    )
    names = [Name(text=actor.label, actor_id=actor_id, kind="label", case_sensitive=False)]
    names += [Name(text=a, actor_id=actor_id, kind="alias", case_sensitive=False) for a in aliases]
    names += [
        Name(text=d, actor_id=actor_id, kind="demonym", case_sensitive=False) for d in demonyms
    ]
    if capital:
        names.append(Name(text=capital, actor_id=actor_id, kind="capital", case_sensitive=False))
    names = [
        Name(
            text=n.text,
            actor_id=n.actor_id,
            kind=n.kind,
            case_sensitive=is_case_sensitive(n.text),
        )
        for n in names
    ]
    return actor, names


def parse_gazetteer(
    entries: Iterable[Mapping[str, Any]], *, origin: str = "<gazetteer>"
) -> Gazetteer:
    """Build a :class:`Gazetteer` from actor entries, checking ids, names and references."""
    actors: dict[str, Actor] = {}
    names: list[Name] = []
    by_key: dict[str, str] = {}
    origins: dict[str, str] = {}
    for index, entry in enumerate(entries, start=1):
        if not isinstance(entry, Mapping):
            raise GazetteerError(
                f"{origin}: actor {index}: expected a table of keys, not {type(entry).__name__}"
            )
        where = str(entry.get("_origin", f"{origin}: actor {index}"))
        actor, actor_names = _parse_actor({k: v for k, v in entry.items() if k != "_origin"}, where)
        if actor.id in actors:
            raise GazetteerError(f"{where}: duplicate actor id {actor.id!r}")
        actors[actor.id] = actor
        origins[actor.id] = where
        for name in actor_names:
            key = name_key(name.text)
            owner = by_key.get(key)
            if owner is not None and owner != actor.id:
                raise GazetteerError(
                    f"{where}: name {name.text!r} of {actor.id!r} already stands for {owner!r}"
                )
            if owner is None:
                by_key[key] = actor.id
                names.append(name)
    for actor in actors.values():
        for ref in (actor.part_of, *actor.supported_by):
            if ref is not None and ref not in actors:
                raise GazetteerError(
                    f"{origins[actor.id]}: actor {actor.id!r} refers to unknown actor {ref!r}"
                )
    by_country: dict[str, str] = {}
    for actor in actors.values():
        if actor.type is ActorType.STATE and actor.country:
            other = by_country.setdefault(actor.country, actor.id)
            if other != actor.id:
                raise GazetteerError(
                    f"{origins[actor.id]}: country {actor.country!r} of state {actor.id!r} "
                    f"is already the country of {other!r}"
                )
    return Gazetteer(actors=actors, names=tuple(names), by_key=by_key, by_country=by_country)


def read_gazetteer(directory: str | os.PathLike[str] | None = None) -> Gazetteer:
    """Read every ``*.toml`` file of a gazetteer folder.

    Raises:
        GazetteerError: a file does not parse, or an entry is invalid.
    """
    folder = Path(directory) if directory is not None else DEFAULT_GAZETTEER_DIR
    files = sorted(folder.glob("*.toml"))
    if not files:
        raise GazetteerError(f"No gazetteer files (*.toml) in {folder}")
    entries: list[dict[str, Any]] = []
    for path in files:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
            raise GazetteerError(f"{path}: {err}") from err
        unknown = set(data) - {"actor"}
        if unknown:
            raise GazetteerError(
                f"{path}: unknown table(s) {', '.join(sorted(unknown))}; "
                "a gazetteer file holds [[actor]] tables only"
            )
        actors = data.get("actor", [])
        if not isinstance(actors, list) or not all(isinstance(e, dict) for e in actors):
            raise GazetteerError(f"{path}: actors must be an array of tables: [[actor]]")
        for index, entry in enumerate(actors, start=1):
            entries.append({**entry, "_origin": f"{path.name}: actor {index}"})
    return parse_gazetteer(entries)


@lru_cache(maxsize=4)
def load_gazetteer(directory: str | None = None) -> Gazetteer:
    """Return the gazetteer of a folder (default: the bundled one), read once per process."""
    return read_gazetteer(directory or os.environ.get("KG_GAZETTEER") or None)
