"""A long title compressed before it is cut: the time phrases and attributions a headline drops.

A title past about 70 characters is cut at a phrase start near its end
(``core.events.title_ends``), which loses what comes last, often the point: "The board will
vote on March 3 whether to merge the two clinics" keeps "The board will vote on March 3".
A headline leaves out first what the reader has elsewhere or does not need: the date, which
the timeline shows ("on March 3", "last week", "am 3. März", "в понедельник"), and who says
so ("according to the ministry,", "selon la préfecture,"). Only then is the title cut.

>>> from core import lang
>>> c = lang.words("en", "clauses")
>>> words = "The board will vote on March 3 whether to merge the two clinics".split()
>>> " ".join(compressed(words, 3, c))
'The board will vote whether to merge the two clinics'
"""

from __future__ import annotations

from functools import cache
from types import ModuleType

from core import lang
from core.events.title_adverbs import without_manner_adverb

_PUNCT = ",;:.!?\"'«»„“”()"
_MAX_RECIPIENT_WORDS = 7  # "aux représentants du personnel de l'usine": longer is no aside
_MAX_TIME_WORDS = 6  # "in the second week of June 2021": a longer run is more than a date


@cache
def _calendar_words(language: str) -> frozenset[str]:
    """Month and weekday names of ``language`` in every form its calendar data give."""
    cal = lang.words(language, "calendar")
    return frozenset(cal.MONTHS) | frozenset(cal.WEEKDAYS)


def compressed(words: list[str], keep: int, c: ModuleType, max_chars: int = 0) -> list[str]:
    """``words`` without the time phrases and attributions after the first ``keep`` (the
    subject and the verb), each comma set right: "vote[, on March 3,] whether" → "vote
    whether"; the words as given when there is none. Past ``max_chars`` still, the phrase
    saying to whom or where comes out from between the verb and its object ("a présenté
    [aux élus] un plan", "presentó [en el Congreso] una moción"): what was done matters more
    than to whom or where, and a verb cut before the phrase would be left without its object."""
    if not c.TITLE_TIME_PREPOSITIONS:
        return words
    shorter = _without(words, keep, c, (_attribution_end, _time_phrase_end, _spare_end))
    if max_chars and len(" ".join(shorter)) > max_chars:  # "voted [unanimously] to merge …"
        shorter = without_manner_adverb(shorter, keep, c)
    between = c.TITLE_RECIPIENT_PREPOSITIONS | c.TITLE_PLACE_PREPOSITIONS
    if max_chars and between and len(" ".join(shorter)) > max_chars:
        verb = verb_group_end(shorter, keep, c)
        end = between_phrase_end(shorter, verb, c) if verb < len(shorter) else 0
        return [*shorter[:verb], *shorter[end:]] if end else shorter
    return shorter


def verb_group_end(words: list[str], keep: int, c: ModuleType) -> int:
    """Where the verb group from ``keep`` ends: past its auxiliaries, participles and
    infinitives ("había solicitado", "acordó reducir")."""
    k = keep
    while k < len(words) and words[k].islower():
        lower = words[k].lower()
        forms = c.lemmas(lower)
        if not (
            lower in c.AUX
            or c.is_participle(lower)
            or ("VERB" in forms and "NOUN" not in forms)
            or _after_auxiliary(words, k, c)
        ):
            break
        k += 1
    return k


def _after_auxiliary(words: list[str], k: int, c: ModuleType) -> bool:
    """Whether ``words[k]`` is the participle an auxiliary before it takes, whatever the word
    lists say of it ("a reconduit", a noun to them): a word that opens no phrase."""
    if not k or words[k - 1].lower() not in c.AUX:
        return False
    lower = words[k].lower()
    return lower not in c.ARTICLES | c.DETERMINERS | c.PREPOSITIONS | c.ADVERBS


def _without(words: list[str], keep: int, c: ModuleType, finders: tuple) -> list[str]:
    """``words`` without the phrases a finder finds after the first ``keep``."""
    out = list(words[:keep])
    k = keep
    while k < len(words):
        end = next((e for find in finders if (e := find(words, k, c))), 0)
        if not end:
            out.append(words[k])
            k += 1
            continue
        closing = words[end - 1].endswith(",")
        if closing and out and out[-1] == ",":
            out.pop()  # "vote , on Monday , whether": the comma a token of its own
        elif closing and out and out[-1].endswith(","):
            out[-1] = out[-1][:-1]  # ", on Monday," between commas: both go
        elif closing and out and end < len(words):
            out[-1] += ","  # "said on Monday, adding": the comma stays where it was
        k = end
    if out and out[-1] == ",":
        out.pop()
    return out


def between_phrase_end(words: list[str], k: int, c: ModuleType) -> int:
    """Where a phrase saying to whom ends when it stands between a verb and its object ("a
    présenté [aux délégués syndicaux] un plan", "presentó [a los inversores] el
    plan"): at the article that opens the object after a noun; 0 when none stands there
    (the personal "a" of an object, "detuvo a un vecino como …", has no object after it)."""
    if words[k].lower() not in c.TITLE_RECIPIENT_PREPOSITIONS | c.TITLE_PLACE_PREPOSITIONS or k < 1:
        return 0
    inside = c.PREPOSITIONS | c.COORDINATORS | c.ARTICLES | c.DETERMINERS | {c.OF}
    for j in range(k + 2, min(len(words), k + _MAX_RECIPIENT_WORDS + 1)):
        lower, previous = words[j].lower(), words[j - 1].lower()
        if words[j - 1].endswith((",", ";", ":")) or _finite(words[j - 1], c):
            return 0
        if _verb_only_form(words[j - 1], c) or _opens_other_phrase(previous, c):
            return 0  # "jugará en Francia para asegurarse el …": the object is the infinitive's
        if previous in c.TITLE_CUT_BEFORE or previous in c.TITLE_CLAUSE_LINKS:
            return 0  # "acudirán a los jueces si la …": another clause
        if lower in c.ARTICLES - c.FUSED_ARTICLES and previous not in inside:
            if _clause_follows(words[j + 1 : j + 6], c):
                return 0  # "a commencé dans le vignoble[, …,] les anciens se souviennent": a
                # clause's subject, its comma gone with an aside, or a phrase's noun
            return j if _phrase_of_whom(words[k + 1 : j], c) else 0
    return 0


def _phrase_of_whom(words: list[str], c: ModuleType) -> bool:
    """A phrase after its preposition that may name whom: more than one word ("aux
    représentants du personnel"), a name ("en Bruselas") or one after an elided article
    ("à l'unanimité"); a bare noun alone is a fixed phrase's ("mis au jour", "pris à
    partie")."""
    if len(words) > 1 or (words and words[0][:1].isupper()):
        return True  # ("en Bruselas", "a Juan": a name)
    elided = (a for a in c.ARTICLES if a.endswith("'"))
    return bool(words) and words[0].lower().replace("’", "'").startswith(tuple(elided))


def _attribution_end(words: list[str], k: int, c: ModuleType) -> int:
    """Where an attribution opening at ``k`` ends ("according to the ministry,"): at its
    comma, or at the end of the clause; 0 when none opens there or no comma closes it."""
    opener = next(
        (n for n in c.TITLE_ATTRIBUTIONS if _lower(words[k : k + n.count(" ") + 1]) == n), ""
    )
    if not opener or (k and not words[k - 1].endswith(",") and k + 1 < len(words) - 3):
        return 0  # (in the middle, an attribution is set off by commas)
    comma = next((j for j in range(k, len(words)) if words[j].endswith(",")), None)
    return comma + 1 if comma is not None else len(words)


def _spare_end(words: list[str], k: int, c: ModuleType) -> int:
    """Past an adverb that only links to the happening before (German "daraufhin") at ``k``;
    0 when none stands there."""
    return k + 1 if words[k].lower() in c.TITLE_SPARE_ADVERBS else 0


def _time_phrase_end(words: list[str], k: int, c: ModuleType) -> int:
    """Where a time phrase opening at ``k`` ends ("on March 3", "last week", "le 12 mars",
    "в понедельник"): after a run of time words that holds a month, a weekday, a year or
    a period a time word qualifies; 0 when none opens there."""
    first = words[k].lower()
    j = k + 1 if first in c.TITLE_TIME_PREPOSITIONS else k
    calendar = _calendar_words(c.__name__.split(".")[-2])  # "core.lang.en.clauses"
    if j == k and not _bare_start(words, k, c, calendar):
        return 0  # "won the 2019 election": a year that names which, no time phrase
    anchored = qualified = False
    start = j
    while j < len(words) and j - start < _MAX_TIME_WORDS:
        word = words[j].lower().strip(_PUNCT)
        if (word in calendar and not _modal(words[j], c)) or _year(word):
            anchored = True
        elif word in c.TITLE_TIME_WORDS:
            qualified = True
        elif word in c.PERIOD_NOUNS or word in c.TITLE_PERIOD_NOUNS:
            anchored = anchored or qualified
        elif not (_day(word) or word in c.ARTICLES or word == c.OF):
            break
        j += 1
        if words[j - 1].endswith(","):
            break
    while j > start and _loose(words[j - 1], c):
        j -= 1  # "on March 3 the": the article is the next phrase's
    if not anchored or j == start or j - start >= _MAX_TIME_WORDS:
        return 0
    if j < len(words) and _finite(words[j], c):
        return 0  # "came late [in February] burned …": the phrase ends another clause
    if j < len(words) and words[j][:1].isdigit():
        return 0  # "in the August | 1985/July 1986 …": the time goes on in a form not read
    return 0 if _noun_after(words, j, c) else j


def _bare_start(words: list[str], k: int, c: ModuleType, calendar: frozenset[str]) -> bool:
    """A time phrase with no preposition opens on a time word ("last week", "vergangene
    Woche") or a month's day ("20 октября"), not after a word that governs it ("until at
    least [Friday]", "from [20 March]"); a name alone may be another's ("Прикарпатську Січ",
    "лист" are months' abbreviations too)."""
    before = words[k - 1].lower() if k else ""
    if before in c.PREPOSITIONS or before in c.DATE_HEDGES:
        return False
    word = words[k].lower().strip(_PUNCT)
    if word in c.TITLE_TIME_WORDS:
        return True
    after = words[k + 1].lower().strip(_PUNCT) if k + 1 < len(words) else ""
    return _day(word) and after in calendar


def _finite(word: str, c: ModuleType) -> bool:
    lower = word.lower().strip(_PUNCT)
    return word.islower() and (lower in c.AUX or c.is_past(lower))


def _verb_only_form(word: str, c: ModuleType) -> bool:
    """A lower-case word only a verb can be ("asegurarse", "firmar"), of no noun phrase."""
    forms = c.lemmas(word.lower().strip(_PUNCT))
    return word.islower() and "VERB" in forms and "NOUN" not in forms


def _opens_other_phrase(lower: str, c: ModuleType) -> bool:
    """A word that opens a phrase of purpose or manner ("en Francia [para] asegurarse …"): what
    follows is that phrase's, not the verb's object."""
    return lower in c.TITLE_PHRASE_BREAKS


def _clause_follows(words: list[str], c: ModuleType) -> bool:
    """Whether a verb of its own follows in ``words`` before any punctuation ("les anciens
    [se souviennent]"): the noun phrase is a clause's subject, not an object. A participle
    may be a noun's ("un permis exclusif")."""
    for w in words:
        lower = w.lower().strip(_PUNCT)
        if not lower or w[-1:] in _PUNCT:
            return False
        if lower in c.AUX | c.REFLEXIVES:
            return True
        if _verb_only_form(w, c) and not c.is_participle(lower):
            return True
    return False


def _modal(word: str, c: ModuleType) -> bool:
    """ "may": a modal verb written like a month."""
    return word.islower() and word in c.AUX | c.MODALS


def _noun_after(words: list[str], j: int, c: ModuleType) -> bool:
    """Whether the word after a time phrase is a noun it qualifies ("in the 2019 | election",
    "in the May 3 | burglary")."""
    if j >= len(words) or words[j - 1].endswith(","):
        return False
    word = words[j]
    lower = word.lower().strip(_PUNCT)
    if not word[:1].islower() or lower in c.PREPOSITIONS | c.COORDINATORS | c.ARTICLES:
        return False
    if lower in c.TITLE_CLAUSE_LINKS or lower in c.TITLE_CUT_BEFORE:
        return False  # "on October 20 [whether] …": a clause follows, no noun
    forms = c.lemmas(lower)
    # "on 1984 | results", "in the June | marketing year": a verb's form too, a noun after a
    # month or a year (after a day's number, "on May 3 | urging", a verb's)
    last = words[j - 1].lower().strip(_PUNCT)
    return "NOUN" in forms and ("VERB" not in forms or not _day(last) or _year(last))


def _loose(word: str, c: ModuleType) -> bool:
    lower = word.lower().strip(_PUNCT)
    return lower in c.ARTICLES or lower == c.OF or lower in c.TITLE_TIME_WORDS


def _year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and word[:2] in ("18", "19", "20")


def _day(word: str) -> bool:
    """ "3", "3.", "3rd": a day of the month, which only a month beside it makes a date."""
    digits = word.rstrip(".").removesuffix("st").removesuffix("nd").removesuffix("rd")
    digits = digits.removesuffix("th")
    return digits.isdigit() and 1 <= int(digits) <= 31


def _lower(words: list[str]) -> str:
    return " ".join(w.lower().strip(_PUNCT) for w in words)
