"""People, organisations and places named in a text, with aliases merged across the document.

No statistical model: capitalised word sequences, the role words that stand before people's
names ("Foreign Minister", "spokesman", "counterpart"), organisation words ("Ministry",
"Alliance", acronyms) and the place gazetteer (``core.events.gazetteer``).

>>> text = "Russian President Vladimir Putin met Xi in Kiev. Putin left."
>>> [(m.name, m.kind) for m in find_mentions(text)]
[('Vladimir Putin', 'person'), ('Xi', 'person'), ('Kyiv', 'place'), ('Vladimir Putin', 'person')]
>>> [m.short for m in find_mentions(text)]
['Putin', 'Xi', 'Kiev', 'Putin']
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from core.events.gazetteer import place
from core.events.lexicon import lemmas
from core.events.sentences import split_sentences

log = logging.getLogger(__name__)

PERSON, ORGANISATION, PLACE = "person", "organisation", "place"

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]\.(?= [A-Z])|\w+(?:[-'’&]\w+)*")
_POSSESSIVE = re.compile(r"['’]s?$")

# Words of a title before a person's name: "Foreign Minister", "Secretary General".
ROLES = frozenset(
    (
        "president vice-president chancellor minister premier secretary general spokesman "
        "spokeswoman spokesperson mayor governor senator congressman congresswoman ambassador "
        "envoy king queen prince princess pope emperor sheikh emir ayatollah chairman "
        "chairwoman chair ceo chief director commander counterpart leader judge justice "
        "speaker mr mrs ms dr gen lt col sgt adm gov sen rep foreign defence defense interior "
        "finance deputy prime state health trade economy justice home executive "
        "acting lawmaker official officer adviser advisor head lieutenant colonel major captain "
        "admiral marshal rabbi cardinal bishop archbishop coach striker author guest host "
        "rival ally successor predecessor colleague"
    ).split()
)
# Words that make a capitalised sequence an organisation.
_ORG_WORDS = frozenset(
    (
        "ministry ministries council party alliance union bank agency organisation "
        "organization committee court parliament company corp corporation inc ltd group "
        "university army navy force forces guard police commission assembly congress senate "
        "federation fund institute association office department board authority league "
        "service services news times post journal reuters press network airlines bureau "
        "kremlin pentagon nations treaty front movement coalition government cabinet duma "
        "foundation trust club"
    ).split()
)
# Capitalised sequences that name a happening or a period, not an actor.
_NOT_ACTORS = frozenset(
    "olympics games war cup day week year month christmas easter ramadan summit conference "
    "forum festival election elections championship prize award monday tuesday wednesday "
    "thursday friday saturday sunday january february march april may june july august "
    "september october november december spring summer autumn winter jan feb mar apr jun "
    "jul aug sep sept oct nov dec".split()
)
_KNOWN_ORGS = frozenset(
    "Kremlin Pentagon Congress Parliament Reuters Hamas Hezbollah Taliban".split()
)
# Role words that can stand alone before a name ("spokesman John Kirby"), unlike the
# modifiers of a title ("Foreign", "Deputy").
_ROLE_HEADS = ROLES - frozenset(
    "foreign defence defense interior finance deputy prime state health trade economy home "
    "executive acting general major justice chair head speaker".split()
)
_CONNECTORS = frozenset("of de del la al bin von van".split())
_DEMONYM = re.compile(r"(?:an|ean|ese|ish|ern|ic|i|ch)s?$")
_NATIONALITIES = frozenset(
    "Soviet Arab Dutch Swiss Greek Thai Czech Welsh Scots Basque Western Eastern Northern "
    "Southern".split()
)


@dataclass(frozen=True, slots=True)
class Mention:
    """A name in the text: where it is, what it names, and the short form for headlines."""

    start: int
    end: int
    text: str
    kind: str  # person, organisation, place
    name: str  # canonical: the fullest form in the document, "Kyiv" for "Kiev"
    short: str  # for titles: "Putin" for "Vladimir Putin"


def find_mentions(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """The names in ``text[start:end]``, in order, with aliases merged over that stretch."""
    end = len(text) if end is None else end
    raw: list[Mention] = []
    for s_start, s_end in split_sentences(text[start:end]):
        raw.extend(_sentence_mentions(text, start + s_start, start + s_end))
    return _merge_aliases(raw)


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    for m in _TOKEN.finditer(text, start, end):
        a, b = m.span()
        possessive = _POSSESSIVE.search(text, a, b)
        if possessive and b - a > 2 and text[a].isupper():
            b = possessive.start()
        spans.append((a, b))
    return spans


def _sentence_mentions(text: str, start: int, end: int) -> list[Mention]:
    tokens = _tokens(text, start, end)
    found: list[Mention] = []
    i = 0
    while i < len(tokens):
        if not _is_capital(text, tokens[i]):
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and _continues(text, tokens, j):
            j += 1
        while j - 1 > i and text[tokens[j - 1][0] : tokens[j - 1][1]].lower() in _CONNECTORS:
            j -= 1
        found.extend(_classify_run(text, tokens, i, j, sentence_start=(i == 0)))
        i = j
    return found


def _is_capital(text: str, token: tuple[int, int]) -> bool:
    return text[token[0]].isupper()


def _continues(text: str, tokens: list[tuple[int, int]], j: int) -> bool:
    gap = text[tokens[j - 1][1] : tokens[j][0]]
    if gap != " ":
        return False
    word = text[tokens[j][0] : tokens[j][1]]
    if word.lower() in _CONNECTORS:
        return j + 1 < len(tokens) and _is_capital(text, tokens[j + 1])
    return _is_capital(text, tokens[j])


def _classify_run(
    text: str, tokens: list[tuple[int, int]], i: int, j: int, sentence_start: bool
) -> list[Mention]:
    words = [text[a:b] for a, b in tokens[i:j]]
    if not words:
        return []
    if sentence_start and len(words) > 1 and _is_common(words[0]) and not place(words[0]):
        return _classify_run(text, tokens, i + 1, j, sentence_start=False)
    role_at = [k for k, w in enumerate(words) if w.lower().rstrip(".") in ROLES]
    if role_at:
        before = _classify_run(text, tokens, i, i + role_at[0], sentence_start)
        after = i + role_at[-1] + 1
        if after < j:
            return [*before, _mention(text, tokens[after][0], tokens[j - 1][1], PERSON)]
        return before
    name = " ".join(words)
    span_start, span_end = tokens[i][0], tokens[j - 1][1]
    kind = _kind(name, words, sentence_start, _preceded_by_role(text, tokens, i))
    if kind is None:
        return []
    return [_mention(text, span_start, span_end, kind)]


def _kind(name: str, words: list[str], sentence_start: bool, after_role: bool) -> str | None:
    lowered = [part for w in words for part in w.lower().split("-")]
    if name in _NATIONALITIES:
        return None
    if place(name):
        return PLACE
    if any(w in _NOT_ACTORS for w in lowered):
        return None
    if name in _KNOWN_ORGS or any(w in _ORG_WORDS for w in lowered):
        return ORGANISATION
    if len(words) == 1 and _is_acronym(name):
        return ORGANISATION
    if after_role:
        return PERSON
    if len(words) == 1:
        # A lone capitalised word is a name only if it is not an ordinary word
        # ("Western", "During") nor a nationality ("Chinese"); aliases catch the rest.
        common = _is_common(name) if sentence_start else name.lower() in _FUNCTION_WORDS
        return None if common else "unknown"
    if any(_is_acronym(w) for w in words) or (_DEMONYM.search(words[0]) and len(words) == 2):
        return None
    return PERSON


def _preceded_by_role(text: str, tokens: list[tuple[int, int]], i: int) -> bool:
    if i == 0:
        return False
    prev = text[tokens[i - 1][0] : tokens[i - 1][1]].lower().rstrip(".")
    return prev in _ROLE_HEADS and text[tokens[i - 1][1] : tokens[i][0]] in (" ", ". ")


def _mention(text: str, start: int, end: int, kind: str) -> Mention:
    words = text[start:end]
    canonical = place(words) or words if kind == PLACE else words
    short = words.split()[-1] if kind == PERSON else words
    return Mention(start, end, words, kind, canonical, short)


def _is_acronym(word: str) -> bool:
    letters = word.replace(".", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()


@lru_cache(maxsize=4096)
def _is_common(word: str) -> bool:
    """An ordinary English word (lemminflect knows it): its capital may only mark a sentence."""
    return bool(lemmas(word)) or word.lower() in _FUNCTION_WORDS


_FUNCTION_WORDS = frozenset(
    "the a an in on at during after before since following while as but and or if when "
    "this that these those their his her its our your my we they he she it i you there "
    "unfortunately however meanwhile".split()
)


def _merge_aliases(mentions: list[Mention]) -> list[Mention]:
    """One name per thing: "Xi" is "Xi Jinping", an unknown lone word a person it abbreviates."""
    people = [m for m in mentions if m.kind == PERSON and " " in m.text]
    orgs = [m for m in mentions if m.kind == ORGANISATION and " " in m.text]
    merged: list[Mention] = []
    for m in mentions:
        full = _person_for(m, people) if " " not in m.text else None
        if full is not None:
            merged.append(replace(m, kind=PERSON, name=full.text, short=m.text))
        elif m.kind == ORGANISATION and _is_acronym(m.text):
            expansion = next(
                (o for o in orgs if _initials(o.text) == m.text.replace(".", "")), None
            )
            merged.append(replace(m, name=expansion.text) if expansion else m)
        else:
            # A lone unknown name is most often a person's ("Xi"), unless it reads as a
            # nationality ("Turkish", "Russians").
            if m.kind != "unknown":
                merged.append(m)
            elif not (len(m.text) > 4 and _DEMONYM.search(m.text)):
                merged.append(replace(m, kind=PERSON))
    shorts = {m.name: m.short for m in merged if m.kind == PERSON and m.text != m.name}
    return [replace(m, short=shorts.get(m.name, m.short)) for m in merged]


def _person_for(mention: Mention, people: list[Mention]) -> Mention | None:
    if mention.kind not in (PERSON, "unknown"):
        return None
    word = mention.text
    return next((p for p in people if word in p.text.split()), None)


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w.lower() not in _CONNECTORS and w[0].isupper())
