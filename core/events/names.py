"""What a name is across spellings, scripts and cases: one key for "Scholz" and "Шольц".

``name_key`` writes a name in Latin letters (anyascii: any script) and folds the Latin
spellings of one sound together; ``stem_key`` also takes off a case ending, for names as the
languages that decline them write them ("с Путиным", "в Москву"): keys equal, one name.

>>> name_key("Шольц") == name_key("Scholz"), stem_key("Путиным") == stem_key("Putin")
(True, True)
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from anyascii import anyascii

# One name as the languages Datelines reads spell it: anyascii writes any script in Latin
# letters ("Шольц" → "Shol'ts", "Макрон" → "Makron"), and these folds take away the
# differences between the Latin spellings of one sound that the languages use, German's above
# all ("Scholz", "Lawrow", "Selenskyj"), so that what is left is the same for "Scholz" and
# "Шольц" and differs for "Scholz" and "Schulz". They fold spelling, never a name into another:
# exonyms no spelling joins ("Kiew", "Kijów" for Kyiv) are the gazetteer's (geonames) data,
# and the people a language names its own way ("Poutine", "Selenskyj", "Байден") each
# language folder's ``EXONYMS`` (``_exonyms``).
_SPELLING_FOLDS = (
    (re.compile(r"[^a-z]"), ""),  # the soft sign's apostrophe, hyphens, spaces
    (re.compile(r"tsch"), "ch"),  # Klitschko / Кличко (Klichko)
    (re.compile(r"sch"), "sh"),  # Scholz / Шольц (Shol'ts)
    (re.compile(r"(?<=[^aeiouy])z|tz"), "ts"),  # Scholz, Strelitz: a z after a consonant
    (re.compile(r"ck|c(?=[^eihy]|$)"), "k"),  # Macron / Makron, Habeck / Khabek
    (re.compile(r"kh"), "h"),  # Khabek / Habeck
    (re.compile(r"w"), "v"),  # Lawrow / Lavrov, Medwedew / Medvedev
    (re.compile(r"j"), "y"),  # Sergej / Sergey, Selenskyj
    (re.compile(r"ae"), "e"),  # Baerbock / Berbok
    (re.compile(r"(?<=[aeiou])y"), "i"),  # Sergey / Sergei, Shoygu / Shoigu
    (re.compile(r"sk(?:iy|yy|yi|ii|y|i)$"), "ski"),  # Zelensky / Zelenskiy / Zelenskyy
    (re.compile(r"(.)\1+"), r"\1"),  # Borrell / Borrel', Emmanuel / Emmanuel'
)
# A case ending as a declined name ends: a vowel or two, or a vowel and "m" ("Путиным" →
# "putinym", "Москву" → "moskvu", "Шольцем" → "sholtsem"); taken off, what is left is the
# name's stem, the same in every case ("putin", "moskv", "sholts").
_CASE_ENDING = re.compile(r"(?<=[^aeiouy])(?:[aeiouy]{1,2}|[aeiouy]m)$")
# The cases of a surname declined as an adjective ("Зеленського", "Зеленским", "Зеленскому").
_ADJECTIVE_ENDING = re.compile(r"(?<=sk)(?:ogo|oho|omu|oi|ym|im|aya|oyu)$")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """What a name is across spellings and scripts: equal keys, one name.

    >>> name_key("Scholz") == name_key("Шольц"), name_key("Macron") == name_key("Макрон")
    (True, True)
    >>> name_key("Scholz") == name_key("Schulz"), name_key("Biden") == name_key("Putin")
    (False, False)
    """
    key = " ".join(_word_key(w) for w in name.split())
    if not key:
        return name.lower()
    whole, words, _ = _exonyms()
    if key in whole:
        return whole[key]
    return " ".join(words.get(w, w) for w in key.split())


def _word_key(word: str) -> str:
    key = anyascii(word).lower()
    for pattern, replacement in _SPELLING_FOLDS:
        key = pattern.sub(replacement, key)
    return key


@lru_cache(maxsize=65536)
def stem_key(name: str) -> str:
    """The name's key without a case ending on any of its words: "Путиным", "Путина" and
    "Putin" are one; so, less surely, are "Ross" and "Rossi", so it is for names in the
    same day's same happening, or for a word the gazetteer knows in no other form.

    >>> stem_key("Москву") == stem_key("Москва"), stem_key("Шольцем") == stem_key("Scholz")
    (True, True)
    """
    stems = _exonyms()[2]
    return " ".join(stems.get(stem, stem) for stem in (_stem(w) for w in name_key(name).split()))


def is_latin(name: str) -> bool:
    """Whether a name is written in Latin letters ("Kijów"), not in another script ("Київ").

    >>> is_latin("Kijów"), is_latin("Київ")
    (True, False)
    """
    return bool(_LATIN_LETTER.search(name))


def _stem(word: str) -> str:
    if len(word) <= 4:
        return word
    return _CASE_ENDING.sub("", _ADJECTIVE_ENDING.sub("", word))


def entity_key(name: str, kind: str) -> str:
    """What makes two stored entities one entry: a person's or place's name in any script,
    spelling and case (``stem_key``); an organisation's name folded whole (``name_key``: its
    letters are no case ending, "NATO" is not "Nat").

    >>> entity_key("Шольца", "person") == entity_key("Scholz", "person")
    True
    >>> entity_key("Poutine", "person") == entity_key("Путиным", "person")
    True
    """
    return stem_key(name) if kind in ("person", "place") else name_key(name)


@cache
def _exonyms() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Every language's ``EXONYMS`` (``core/lang/<code>/events.py``) as folded keys: names
    of several words whole, names of one word wherever they stand in a name, and the stems of
    those one-word names, so that "Байдена" is "Biden" as "Байден" is. All languages' at
    once: a key compares names across languages."""
    from core import lang

    whole: dict[str, str] = {}
    words: dict[str, str] = {}
    for code in lang.languages():
        for spelled, canonical in lang.words(code, "events").EXONYMS.items():
            source = " ".join(_word_key(w) for w in spelled.split())
            target = " ".join(_word_key(w) for w in canonical.split())
            (words if " " not in source else whole)[source] = target
    stems = {_stem(source): _stem(target) for source, target in words.items()}
    return whole, words, stems


def _own(name: str) -> bool:
    """Whether a name is written as most languages write it, not as one language's exonym
    ("Vladimir Putin", not the French "Vladimir Poutine")."""
    return " ".join(_word_key(w) for w in name.split()) == name_key(name)


def entity_entries(entities: list[tuple[int, str, str, int]]) -> dict[int, int]:
    """One entry per person, place or organisation however the articles write it: for each
    entity ``(id, name, kind, events naming it)``, the id of the entity its entry shows.

    Entities of one kind and one ``entity_key`` are one entry, but two names in Latin letters
    only if their ``name_key`` agrees too: "Ross" is not "Rossi" (no language Datelines reads
    declines a name written in Latin letters), while "Шольца" and "Шольцем" join "Scholz". A
    surname alone joins the one full name that ends with it ("Macron", "Emmanuel Macron").
    The entry shows a full name, in Latin letters if there is one, the most named first.

    >>> rows = [(1, "Olaf Scholz", "person", 2), (2, "Олаф Шольц", "person", 3),
    ...         (3, "Macron", "person", 1), (4, "Emmanuel Macron", "person", 1),
    ...         (5, "Ross", "person", 1), (6, "Rossi", "person", 1)]
    >>> entity_entries(rows)
    {1: 1, 2: 1, 3: 4, 4: 4, 5: 5, 6: 6}
    """
    count = {i: n for i, _, _, n in entities}
    groups: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for entity_id, name, kind, _ in entities:
        groups.setdefault((kind, entity_key(name, kind)), []).append((entity_id, name))
    entries: dict[tuple[str, str, str], list[tuple[int, str]]] = {}
    for (kind, key), members in groups.items():
        spellings: dict[str, list[tuple[int, str]]] = {}
        for entity_id, name in members:
            if is_latin(name):
                spellings.setdefault(name_key(name), []).append((entity_id, name))
        others = [(i, n) for i, n in members if not is_latin(n)]
        if spellings:  # another script joins the Latin spelling most named
            most = max(spellings, key=lambda k: (sum(count[i] for i, _ in spellings[k]), k))
            spellings[most] += others
        else:
            spellings[""] = others
        for spelling, names in spellings.items():
            entries[(kind, key, spelling)] = names
    full_names: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    for kind, key, spelling in entries:
        if kind == "person" and " " in key:
            full_names.setdefault((kind, key.rsplit(" ", 1)[1]), []).append((kind, key, spelling))
    for entry in list(entries):
        kind, key, _ = entry
        joins = full_names.get((kind, key), []) if " " not in key else []
        if len(joins) == 1:
            entries[joins[0]] += entries.pop(entry)
    shown: dict[int, int] = {}
    for names in entries.values():
        head = max(
            names,
            key=lambda m: (" " in m[1], is_latin(m[1]), _own(m[1]), count[m[0]], -m[0]),
        )[0]
        shown.update((entity_id, head) for entity_id, _ in names)
    return dict(sorted(shown.items()))


def written_as_name(text: str, word: str) -> bool:
    """Whether ``text`` writes ``word`` with its capital after a lower-case word somewhere
    ("… had Jimmy's name on them"): an ordinary word ("jimmy") that opens a sentence there is
    that name, not a capital that only marks the sentence ("Jimmy Hollis, the winger, …").

    >>> written_as_name("Jimmy Hollis died. He said Jimmy was fast.", "Jimmy")
    True
    >>> written_as_name("Shares of Acme fell. Shares rose.", "Shares")
    False
    """
    if not word[:1].isupper() or not word[1:].islower():
        return False
    # each " Word" of the text, read where it stands (no pattern compiled for each name)
    needle = f" {word}"
    at = text.find(needle)
    while at >= 0:
        if _lower_word_before(text, at) and _word_edge(text, at + len(needle)):
            return True
        at = text.find(needle, at + 1)
    return False


def _lower_word_before(text: str, at: int) -> bool:
    """Whether a word of lower-case letters a-z ends at ``at`` (``\\b[a-z]+`` before it)."""
    k = at
    while k > 0 and "a" <= text[k - 1] <= "z":
        k -= 1
    return k < at and _word_edge(text, k)


def _word_edge(text: str, at: int) -> bool:
    """Whether ``at`` is a word boundary, as ``\\b`` reads it."""
    before = at > 0 and _is_word(text[at - 1])
    return before != (at < len(text) and _is_word(text[at]))


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def written_inside_name(text: str, first: str, second: str) -> bool:
    """Whether ``text`` writes ``first`` before the name ``second`` after another word ("Muere
    Carmen Reyes") and never ``first`` in lower case: a given name that is also an ordinary
    word ("carmen", a garden) opening a sentence ("Carmen Reyes Moreno, …") is that name.

    >>> written_inside_name("Muere Carmen Reyes. Carmen Reyes Moreno murió.", "Carmen", "Reyes")
    True
    >>> written_inside_name("Police Chief Ray Dunn spoke, police said.", "Police", "Chief")
    False
    """
    if not first[:1].isupper() or not first[1:].islower():
        return False
    pair = f" {first} {second}"
    at = text.find(pair)
    while at > 0 and not (
        text[at - 1].isalnum() and not text[at + len(pair) : at + len(pair) + 1].isalnum()
    ):
        at = text.find(pair, at + 1)
    return at > 0 and _word_pattern(first.lower()).search(text) is None


@lru_cache(maxsize=256)
def _word_pattern(word: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(word)}\b")
