"""A long title in a verb-last language made short by leaving out whole phrases of its middle.

German puts the verb's complements at the end of the clause, next to the last verbs: "Die
Landwirte haben in ganz Niedersachsen gegen die Sparpläne protestiert". Cutting such a title
at its end loses what the verb needs ("… haben in ganz Niedersachsen gegen | protestiert");
leaving out one prepositional phrase of the middle keeps every other word whole and in its
place. Only languages whose data say ``VERB_LAST`` read this, and the phrases are told by
what German writes: a preposition, its article and adjectives in lower case, and the noun,
which German writes with a capital.

>>> from core import lang
>>> c = lang.words("de", "clauses")
>>> words = "Die Verhandlungen waren mit dem Vorstand ohne Ergebnis zu Ende gegangen".split()
>>> " ".join(without_a_phrase(words, 3, 2, 60, c))
'Die Verhandlungen waren mit dem Vorstand zu Ende gegangen'
"""

from __future__ import annotations

from types import ModuleType

_PUNCT = ",;:"


def without_a_phrase(
    words: list[str], keep: int, tail: int, max_chars: int, c: ModuleType
) -> list[str] | None:
    """``words`` with a prepositional phrase left out of the middle (between the first
    ``keep`` words and the last ``tail`` ones): the first that leaves a title within
    ``max_chars``, then more, first ones first; None when none can go or all gone do not
    fit. Of phrases in a row ("wegen des Einbruchs | in das Grüne Gewölbe") only the last
    may go alone: it may hang on the noun before it."""
    return _without_phrases(words, keep, tail, max_chars, c, False)


def without_a_genitive(
    words: list[str], keep: int, tail: int, max_chars: int, c: ModuleType
) -> list[str] | None:
    """``without_a_phrase`` where an object's genitive may go too, as a last resort before no
    title at all ("hat den Wanderpokal [des Bezirksverbandes] erhalten"); None where the language
    has no genitive article (``GENITIVE_ARTICLES``) or nothing fits."""
    if not c.GENITIVE_ARTICLES:
        return None
    return _without_phrases(words, keep, tail, max_chars, c, True)


def _without_phrases(
    words: list[str], keep: int, tail: int, max_chars: int, c: ModuleType, genitives: bool
) -> list[str] | None:
    """``without_a_phrase``, an object's genitive read as a phrase that may go too when
    ``genitives``."""
    end = len(words) - tail
    chains = _chains(phrases(words, keep, end, c, genitives))
    tries: list[tuple[int, int]] = []
    for chain in chains:  # a name's phrase of a row alone, the last phrase, the last two …
        tries += [(a, b) for a, b in chain[:-1] if _named(words, a, c)]
        tries += [(chain[first][0], chain[-1][1]) for first in range(len(chain) - 1, -1, -1)]
        tries += [ab for ab in chain[:-1] if ab not in tries]  # tried after the others
    tries.sort(key=lambda ab: _news(words[ab[0] : ab[1]], c))  # "zu acht Jahren Haft" last
    for a, b in tries:
        shorter = words[:a] + words[b:]
        if _may_go(words, b, end, tail) and _length(shorter) <= max_chars:
            return shorter
    gone: set[int] = set()
    for chain in chains:  # whole rows, first ones first
        a, b = chain[0][0], chain[-1][1]
        if _may_go(words, b, end, tail):
            gone.update(range(a, b))
            shorter = [w for k, w in enumerate(words) if k not in gone]
            if _length(shorter) <= max_chars:
                return shorter
    return None


def _chains(phrases: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Phrases that follow one another with nothing between them, grouped."""
    chains: list[list[tuple[int, int]]] = []
    for a, b in phrases:
        if chains and chains[-1][-1][1] == a:
            chains[-1].append((a, b))
        else:
            chains.append([(a, b)])
    return chains


def _may_go(words: list[str], b: int, end: int, tail: int) -> bool:
    """A phrase may go unless a capital word or a figure follows it that may be its own ("auf
    dem Flughafen | Tempelhof", "auf Tempo | 50"); a bare object just before the last verbs
    is not ("| Kränze nieder")."""
    bare_object = tail > 0 and b + 1 == end and not words[b][:1].isdigit()
    return b >= end or not _noun(words[b]) or bare_object


def _news(phrase: list[str], c: ModuleType) -> bool:
    """A phrase with a figure is news ("zu acht Jahren Haft", "mit 3:1"), unless it only
    counts time ("für drei Wochen")."""
    lower = [w.lower() for w in phrase]
    figure = any(w[:1].isdigit() or w in c.NUMBER_WORDS for w in lower)
    only_time = any(w in c.PERIOD_NOUNS for w in lower) and not any(
        w in c.DURATION_OF for w in lower
    )
    return figure and not only_time


def _named(words: list[str], a: int, c: ModuleType) -> bool:
    """A phrase whose noun follows its preposition with no article ("in München"): a name,
    which takes no phrase after it, so it may go alone from a row of phrases."""
    preposition = words[a].lower()
    return preposition not in c.ARTICLE_PREPOSITIONS and _noun(words[a + 1])


def _length(words: list[str]) -> int:
    return len(" ".join(words))


def phrases(
    words: list[str], start: int, end: int, c: ModuleType, genitives: bool = False
) -> list[tuple[int, int]]:
    """The prepositional phrases between ``start`` and ``end`` as ``[a, b)`` ranges (and the
    genitives after an object's noun, with ``genitives``)."""
    found: list[tuple[int, int]] = []
    k = start
    while k < end:
        opens = _opens(words[k], c) or (genitives and _genitive_opens(words, k, start, c))
        b = _phrase_end(words, k, end, c) if opens else None
        if b is None:
            k += 1
            continue
        found.append((k, b))
        k = b
    return found


def _opens(word: str, c: ModuleType) -> bool:
    return word.islower() and word in c.PREPOSITIONS


def _genitive_opens(words: list[str], k: int, start: int, c: ModuleType) -> bool:
    """Whether a genitive's article at ``k`` follows the noun of an object in the middle
    ("hat den Wanderpokal | des Bezirksverbandes erhalten"): a phrase that may go as a
    preposition's does; never the genitive of the subject before ``start``."""
    if k <= start or words[k] not in c.GENITIVE_ARTICLES:
        return False
    noun = words[k - 1]
    return noun[:1].isupper() and noun.isalpha()


def _phrase_end(words: list[str], k: int, end: int, c: ModuleType) -> int | None:
    """Where the phrase opened by the preposition at ``k`` ends: after its noun, a name of
    several words ("Bernauer Straße"), an amount ("vier Millionen Euro"), and what hangs on
    it by "von" or a genitive article ("der Bundesregierung"); None if no noun follows."""
    j = k + 1
    while True:
        while j < end and _modifier(words[j], c):
            j += 1
        if j >= end or not _noun(words[j]) or words[j - 1].endswith(tuple(_PUNCT)):
            return None
        j += 1
        # "vom Landgericht Köln", not "im Olympiapark | Kränze nieder" (an object before the
        # last verbs), nor "zu acht Jahren | Haft" cut from its measure
        while (
            j < end
            and _noun(words[j])
            and (
                _goes_on(words[j - 2 : j], c)
                or words[j].lower() in c.DURATION_OF
                or (j + 1 < end and words[j + 1][:1].islower())
            )
        ):
            j += 1
        if words[j - 1].endswith(tuple(_PUNCT)):
            return j
        if j < end and words[j] in c.PHRASE_LINKS and j + 1 < end:
            j += 1
            continue
        if _and_noun_follows(words, j, end, c):
            j += 1  # "mit dem Landrat und vielen Gästen": one phrase of two nouns
            continue
        return j


def _and_noun_follows(words: list[str], j: int, end: int, c: ModuleType) -> bool:
    """Whether "and" at ``j`` joins a second noun to the phrase before it ("mit dem Landrat
    | und vielen Gästen"), its article or adjectives between, and words follow it before
    ``end`` (the last verbs)."""
    if j + 2 >= end or words[j] != c.AND or words[j - 1].endswith(tuple(_PUNCT)):
        return False
    if j > 1 and _noun(words[j - 2]) and not words[j - 1][:1].isdigit():
        return False  # "im Tal | Scheunen und Wiesen": a bare object after the phrase
    k = j + 1
    while k < end and _modifier(words[k], c):
        k += 1
    return k + 1 < end and _noun(words[k])


def _modifier(word: str, c: ModuleType) -> bool:
    """An article, adjective or number word before a phrase's noun ("dem", "ganz", "vier")."""
    if not word.islower() or word.endswith(tuple(_PUNCT)):
        return False
    return word not in c.PREPOSITIONS and word not in c.AUX and word not in c.COORDINATORS


def _noun(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


def _goes_on(before: list[str], c: ModuleType) -> bool:
    """Whether a capital word after ``before`` is still the same noun phrase: an amount
    ("Millionen Euro"), a number ("13.000 Tonnen"), a place's adjective ("Bernauer Straße"),
    or a word with an adjective's ending after an article ("das Grüne Gewölbe", "dem
    Flughafen Tempelhof"); not a bare object after a noun ("im Olympiapark | Kränze")."""
    lower = before[-1].lower()
    if lower[:1].isdigit() or lower in c.AMOUNT_WORDS or lower.endswith(c.PLACE_ADJECTIVE):
        return True
    article = len(before) > 1 and before[0] in c.ARTICLES
    return article and lower.endswith(c.ADJECTIVE_ENDINGS)


def without_comma_aside(words: list[str], c: ModuleType, verb_group: bool = False) -> list[str]:
    """A predicate without the phrase set off by two commas between its verb and what follows
    ("ont rejeté, par 290 voix contre 250, la motion"): the title reads on to the object;
    ``verb_group``: only such a phrase right after the verb group (``aside_after_verb``), the
    words as given when there is none.

    >>> from core import lang
    >>> c = lang.words("fr", "clauses")
    >>> " ".join(without_comma_aside("ont rejeté , par 290 voix , la motion".split(), c))
    'ont rejeté la motion'
    """
    split = [p for w in words for p in _comma_split(w)]
    shorter = _without_aside(split, c, verb_group)
    return shorter if shorter is not None else words if verb_group else split


def _without_aside(words: list[str], c: ModuleType, verb_group: bool) -> list[str] | None:
    commas = [k for k, w in enumerate(words) if w == ","]
    if len(commas) < 2 or commas[0] == 0:
        return None
    a, b = commas[0], commas[1]
    aside = words[a + 1 : b]
    if words[a - 1][:1].isdigit():
        return None  # "bajó un 4,1%, a 7,85 euros, su nivel más bajo": a figure's level, no aside
    if verb_group and b == a + 1 and aside_after_verb(words[:a], aside, c):
        return words[:a] + words[b + 1 :]  # "will employ, [from next May], 300": its date went
    if not aside or aside[0].lower() not in c.PREPOSITIONS or b - a > _ASIDE_WORDS:
        return None
    if verb_group and not aside_after_verb(words[:a], aside, c):
        return None
    after = words[b + 1][:1] if b + 1 < len(words) else ""
    if not (after.isalpha() or (verb_group and after.isdigit())):
        return None  # (", 300 people": a figure the verb takes, after a verb's aside)
    return words[:a] + words[b + 1 :]


def _comma_split(word: str) -> list[str]:
    """ "employ," → ["employ", ","]; "employ,," (its aside's date gone) → ["employ", ",", ","]."""
    bare = word.rstrip(",")
    return [bare, *[","] * (len(word) - len(bare))] if bare else [word]


_ASIDE_WORDS = 10  # a longer stretch between commas is more than an aside
_VERB_GROUP_WORDS = 3


def aside_after_verb(before: list[str], aside: list[str], c: ModuleType) -> bool:
    """Whether a phrase between commas right after a verb group ("purchased, on a net basis,
    a record …", "will employ, from next year, 300 people") is an aside the title may leave
    out, in a language whose data say so only there (``VERB_COMMA_ASIDES``): not after an
    object ("bought the mill, in Leeds, …" may name which), nor a figure's
    ("fell, from 5 pct to 4 pct, the lowest …": what follows is no object).

    >>> from core import lang
    >>> c = lang.words("en", "clauses")
    >>> aside_after_verb(["will", "employ"], ["from", "next", "year"], c)
    True
    >>> aside_after_verb(["fell"], ["from", "5", "pct"], c)
    False
    """
    if not before or len(before) > _VERB_GROUP_WORDS or any(w[:1].isdigit() for w in aside):
        return False
    return all(
        w.islower() and (w in c.AUX or w in c.ADVERBS or "VERB" in c.lemmas(w)) for w in before
    )


def genitive_cut(words: list[str], k: int, c: ModuleType) -> bool:
    """Whether a long title may end before ``words[k]``, the genitive that follows the noun of a
    phrase in a language without articles ("зустрівся з представниками | фермерських
    господарств"): the phrase reads whole without it (``GENITIVE_CUTS``)."""
    if not c.GENITIVE_CUTS or k < 2 or not words[k].islower() or not words[k][:1].isalpha():
        return False
    if words[k].endswith(c.NON_GENITIVE_ENDINGS):
        return False  # "на международном | конгрессе": the noun of the phrase, no genitive
    noun, preposition = words[k - 1], words[k - 2].lower()
    if not noun.islower() or not noun.isalpha() or noun.endswith(c.ADJECTIVE_ENDINGS):
        return False  # "у Віденському | концертному залі": the noun is still to come
    return preposition in c.PREPOSITIONS and "NOUN" in c.lemmas(noun)


def participle_cuts(words: list[str], c: ModuleType) -> list[list[str]]:
    """A subject cut before the participle that describes it ("Un incendio | declarado el
    miércoles en una nave"), in a language whose data say so (``PARTICIPLE_SUBJECT_CUTS``)."""
    if not c.PARTICIPLE_SUBJECT_CUTS:
        return []
    return [
        words[:k]
        for k in range(len(words) - 1, 1, -1)
        if words[k].islower() and c.is_participle(words[k]) and words[k - 1][:1].isalpha()
    ]


def genitive_subject_cuts(words: list[str], c: ModuleType) -> list[list[str]]:
    """A subject cut before the genitive that follows its head noun, in a language without
    articles (``GENITIVE_CUTS``): "Основна сесія | зовнішнього незалежного оцінювання" →
    "Основна сесія". Only after an adjective and its noun: a bare noun is a role the genitive
    completes ("Міністр | енергетики"), and a name's genitive is capitalised."""
    if not c.SUBJECT_ADJECTIVE_ENDINGS:
        return []
    return [
        words[:k]
        for k in range(len(words) - 1, 1, -1)
        if words[k].islower()
        and words[k].isalpha()
        and words[k].lower() not in c.PREPOSITIONS | c.COORDINATORS
        and (
            _noun_after_adjective(words[k - 2], words[k - 1], c)
            or (
                _counted_noun(words[k - 2], words[k - 1], c)
                and words[k].endswith(c.GENITIVE_ENDINGS)
            )
        )
    ]


def _counted_noun(figure: str, noun: str, c: ModuleType) -> bool:
    """ "400 курьеров", "12 тисяч": a noun in lower case after the figure counting it, which
    reads whole without the genitive after it ("Около 400 курьеров | службы доставки")."""
    if not noun.islower() or not noun.isalpha() or noun.endswith(c.ADJECTIVE_ENDINGS):
        return False
    return figure[:1].isdigit() and "NOUN" in c.lemmas(noun)


def _noun_after_adjective(adjective: str, noun: str, c: ModuleType) -> bool:
    """ "Український центр", "основна сесія": a noun in lower case after its adjective."""
    if not noun.islower() or not noun.isalpha() or noun.endswith(c.ADJECTIVE_ENDINGS):
        return False
    return adjective.lower().endswith(c.SUBJECT_ADJECTIVE_ENDINGS) and "NOUN" in c.lemmas(noun)
