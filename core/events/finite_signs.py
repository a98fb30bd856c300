"""Signs around a word that tell whether it is a clause's finite verb, kept apart from
``finite`` (split from it, a pure move): a quantifier floated after its noun phrase ("The
ministers all voted"), a time right after a third-person form ("opens Friday"), and a
determiner standing alone as a pronoun before a verb in a language without articles; a
subject that opens its clause ("Tickets go …") and a place's phrase after its noun
("Shelters in Leeds open …")."""

from __future__ import annotations

import re
from types import ModuleType

from core import lang
from core.events.time_words import time_word
from core.events.tokens import _DASHES, Token


def _floating_quantifier(tokens: list[Token], k: int, start: int, c: ModuleType) -> bool:
    """Whether token ``k`` is a quantifier floated after its noun phrase ("The ministers all
    voted", "Lund and Roe both agreed"): it ends the subject, a past may follow as its verb."""
    if k - 1 < start or tokens[k].lower not in c.FLOATING_QUANTIFIERS:
        return False
    before = tokens[k - 1]
    if before.lower in c.DETERMINERS or before.lower in c.PREPOSITIONS or before.lower in c.AUX:
        return False
    plural = bool(c.PLURAL_NOUN_ENDING) and before.lower.endswith(c.PLURAL_NOUN_ENDING)
    return before.text[:1].isupper() or (plural and "NOUN" in c.lemmas(before.lower))


def _time_after(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """Whether a time follows the third-person form at ``k`` ("opens Friday", "starts next
    week"), with no other verb for the clause after it before a comma or an opener ("the
    shares Friday were …"). A bare noun after it is no sign ("Official figures show …",
    "forecasts inflation" read as statements of a period): the form stays a noun."""
    if k + 1 >= len(tokens):
        return False
    nxt = tokens[k + 1]
    language = c.__name__.split(".")[-2]
    time = time_word(tokens, k + 1, language) and nxt.text[:1].isupper()
    time = time or (
        nxt.lower in c.TIME_PHRASE_STARTS
        and k + 2 < len(tokens)  # "starts next week", "begins next Monday"
        and (tokens[k + 2].lower in c.TIME_UNITS or time_word(tokens, k + 2, language))
    )
    if not time:
        return False
    return not any(_clause_verb(t, c) for t in _to_break(tokens[k + 2 : k + 8], c))


def _to_break(tokens: list[Token], c: ModuleType) -> list[Token]:
    """The tokens up to the first comma, semicolon, dash or clause opener."""
    for n, t in enumerate(tokens):
        if t.text in (",", ";") or t.text in _DASHES or t.lower in c.OPENERS:
            return tokens[:n]
    return tokens


def _clause_verb(t: Token, c: ModuleType) -> bool:
    """Whether a token is a verb the clause may have of its own: an auxiliary (not the
    infinitive's "to"; not a month's capital "May") or a past that is no noun."""
    return (t.lower in c.AUX - {c.TO} and t.text[:1].islower()) or (
        c.is_past(t.text) and "NOUN" not in c.lemmas(t.lower)
    )


def _pronoun_after_preposition(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """Whether a determiner after a preposition (or opening a sentence or clause) stands
    alone as a pronoun before the verb at ``k`` ("щодо цього відбудеться", "после этого
    начнётся", "Всё началось"): in a language without articles a determiner agrees with a
    noun or adjective after it, so a word that reads only as a finite verb ends the phrase."""
    if c.ARTICLES or (k >= 2 and tokens[k - 2].lower not in c.PREPOSITIONS | {",", ":"}):
        return False  # (or opening the sentence or a clause: "Всё началось ещё весной")
    word = tokens[k].text
    return word.islower() and c.is_past(word) and "NOUN" not in c.lemmas(word.lower())


def _after_place(tokens: list[Token], k: int, start: int, c: ModuleType) -> int:
    """Where the noun phrase before ``k`` ends when a place in a phrase follows its noun
    ("The championships in Oslo | begin", "Schools in the county | reopen"): the
    preposition's index, else ``k``."""
    j = k - 1
    while j > start and k - j <= _PLACE_WORDS and _place_word(tokens[j], c):
        j -= 1
    if j == k - 1 or j <= start or tokens[j].lower not in c.PREPOSITIONS or tokens[j].lower == c.TO:
        return k
    return j


_PLACE_WORDS = 3  # "in New South Wales", "in the county"


def _place_word(token: Token, c: ModuleType) -> bool:
    """A word of a place's name, an article, or a word that is no verb ("county")."""
    forms = c.lemmas(token.lower)
    noun = token.text.isalpha() and token.text.islower() and "VERB" not in forms
    noun = noun and token.lower not in lang.union(c, "PREPOSITIONS", "COORDINATORS", "PRONOUNS")
    return token.text[:1].isupper() or token.lower in c.ARTICLES or noun


def _opens_clause(tokens: list[Token], k: int, start: int, c: ModuleType) -> bool:
    """Whether the noun at ``k`` opens its clause, alone or after a determiner or a number
    ("Tickets …", "Two schools …", "- May 3, Two schools …"): a subject, no object."""
    first = k - 1 if k > start and (tokens[k - 1].lower in c.DETERMINERS | c.NUMBER_WORDS) else k
    return first == start or tokens[first - 1].text == ","


def _past_follows(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """Whether a past or an auxiliary follows ``k`` before the next comma: the clause's verb."""
    for t in tokens[k + 1 :]:
        if t.text in (",", ";"):
            return False
        if t.text.islower() and ((t.lower in c.AUX and t.lower != c.TO) or c.is_past(t.text)):
            return True
    return False


def _subject_opens(tokens: list[Token], j: int, c: ModuleType) -> bool:
    """Whether a noun phrase opens at or before token ``j`` + 1, its head noun right after
    ``j``: at most two words that describe it, then a determiner, an owner ("its", "the
    firm's") or the sentence's start."""
    for _ in range(3):
        if j < 0:
            return True
        t = tokens[j]
        if t.lower in c.DETERMINERS or t.lower in c.POSSESSIVE_PRONOUNS:
            return True
        if t.lower.endswith(c.POSSESSIVE_ENDINGS) and t.text[:1].isalpha():
            return True
        if _YEAR.match(t.text):
            j -= 1  # "The 2024 season starts …": the year names which season
            continue
        lowered = t.text.islower() or j == 0
        if not (t.text[:1].isalpha() and lowered and _describes(t.lower, c)):
            return False
        j -= 1
    return False


def _describes(lower: str, c: ModuleType) -> bool:
    """Whether a word may describe a noun after it: no function word, no verb's past."""
    if lower in c.PREPOSITIONS or lower in c.AUX or lower in c.PRONOUNS or lower in c.OPENERS:
        return False
    if lower in c.COORDINATORS or c.is_past(lower):
        return False
    forms = c.lemmas(lower)
    return "ADJ" in forms or "NOUN" in forms or "-" in lower


def _noun_subject_before(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """Whether the third-person form at ``k`` of a verb of an arranged happening
    (``ARRANGED_PRESENTS``) follows its subject, a determiner and a noun that may be a verb
    too, and a time follows in its clause ("The board meets on Thursday",
    "the minister travels to Oslo on Saturday", "the offer closes next Friday"): a singular
    noun (a plural's "-s" is none), with no verb of the clause's own after the form and the
    time before a comma or an opener ("the oil imports from Iran rose in May": "imports" is
    the noun there; "the plan calls for …, started April 1": the time is another clause's).
    Up to two words may describe the noun, after a determiner, an owner or at the sentence's
    start ("Its financial year ends on March 31", "Pre-season training starts on July 3")."""
    if k < 1 or not _subject_opens(tokens, k - 2, c):
        return False
    noun = tokens[k - 1].lower
    if noun not in c.lemmas(noun).get("NOUN", ()) or noun.endswith(c.THIRD_PERSON_ENDS):
        return False
    if noun in c.CALENDAR_PERIOD_NOUNS:
        return False  # "Its fiscal year ends on Dec. 31": how the books run
    if not set(c.lemmas(tokens[k].lower).get("VERB", ())) & c.ARRANGED_PRESENTS:
        return False  # "The bill provides 4 billion … next year": the time is a thing's
    after = tokens[k + 2] if k + 2 < len(tokens) else None
    infinitive = after is None or not (after.text[:1].isupper() or after.lower in c.DETERMINERS)
    if tokens[k + 1 : k + 2] and tokens[k + 1].lower == c.TO and infinitive:
        return False  # "the team goes to play …": what it goes for is not sure
    language = c.__name__.split(".")[-2]
    rest = range(k + 1, k + 1 + len(_to_break(tokens[k + 1 :], c)))
    if any(_clause_verb(tokens[j], c) for j in rest):
        return False
    return any(time_word(tokens, j, language) or _year_after(tokens, j, c) for j in rest)


def _year_after(tokens: list[Token], j: int, c: ModuleType) -> bool:
    """Whether token ``j`` is a year after its preposition ("returns to the city in 2026")."""
    return bool(_YEAR.match(tokens[j].text)) and tokens[j - 1].lower in c.TIMEX_PREPOSITIONS


_YEAR = re.compile(r"^(1[89]|20)\d\d$")


def dropped_subject_verb(tokens: list[Token], c: ModuleType) -> bool:
    """Whether the sentence's first word is a verb whose ending says who: a preterite or
    another finite form ("Fundó", "Volvió", "Visitará"), or "había" or "ha" before a participle
    ("Había nacido"); not a participle ("Detenido un hombre …") nor a reflexive ("Se …")."""
    word = tokens[0].text
    lower = word.lower()
    if lower in c.HAVE and len(tokens) > 1:
        return c.is_participle(tokens[1].text)
    if lower in c.AUX or not word[1:].islower():
        return False
    return (c.is_past(word) and not c.is_participle(word)) or c.is_finite_form(word)


def present_after_relative(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """Whether the word at ``k``, after the comma that closes a relative set off by commas,
    is the main clause's present ("The line, which has been shut since May, reopens on
    Monday"): a third-person form that is only a verb's or an arranged happening's
    (``ARRANGED_PRESENTS``), a preposition, an article, a
    particle or a time after it (not a list's next noun: "which sells vans, trucks …")."""
    if k < 3 or tokens[k - 1].text != "," or not tokens[k].text.isalpha():
        return False
    lower = tokens[k].lower
    verbs = c.lemmas(lower).get("VERB", ())
    if not tokens[k].text.islower() or not lower.endswith(c.THIRD_PERSON_ENDS):
        return False
    if not verbs or lower in verbs:
        return False
    if set(c.lemmas(lower)) != {"VERB"} and not set(verbs) & c.ARRANGED_PRESENTS:
        return False  # ("resumes", "opens" may be nouns, but read as the arranged verb)
    if not any(tokens[j].lower in c.RELATIVES and tokens[j - 1].text == "," for j in range(1, k)):
        return False
    if k + 1 >= len(tokens) or not tokens[k + 1].text[:1].isalnum():
        return True
    nxt = tokens[k + 1].lower
    after = nxt in c.PREPOSITIONS or nxt in c.DETERMINERS or nxt in c.VERB_PARTICLES
    language = c.__name__.split(".")[-2]
    return after or time_word(tokens, k + 1, language)


_PHRASE_REACH = 4  # words of a phrase between the noun and its "was": "in the first week"


def noun_before_be(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """Whether the past form at ``k`` is a noun heading the subject of a form of "be" right
    after it or after a phrase of its own: "Norway's April output was 1.2 mln barrels a day",
    "Zinc output in Chile was …"; a verb takes no "was" straight after it or its phrase."""
    if "NOUN" not in c.lemmas(tokens[k].lower) or k + 1 >= len(tokens):
        return False
    if tokens[k + 1].lower in c.BE_FINITE:
        return True
    if tokens[k + 1].lower not in c.PREPOSITIONS:
        return False
    for token in tokens[k + 2 : k + 3 + _PHRASE_REACH]:
        if token.lower in c.BE_FINITE:
            return True
        if not token.text[:1].isalnum() or token.lower in c.AUX | c.OPENERS | c.RELATIVES:
            return False  # "output in May, which was": the phrase has ended
    return False


def noun_before_past(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """Whether the past form at ``k`` is a noun heading the subject of the past right after
    it, whose figure, phrase or end follows: "Oil output averaged 1.2 mln barrels a day",
    "Copper output slipped in March"; not "the strike hit scheduled flights" (a past before
    its noun qualifies it), "They cut …" (a pronoun's verb) nor "the panel felt entitled" (a
    past unlike its verb's own form is no noun's)."""
    forms = c.lemmas(tokens[k].lower)
    if k < 1 or k + 1 >= len(tokens) or "NOUN" not in forms:
        return False
    if tokens[k].lower not in forms.get("VERB", ()):
        return False  # "the commission felt entitled": only a past like its verb ("output")
    prev, nxt = tokens[k - 1], tokens[k + 1]
    if not prev.text.isalpha() or prev.lower in c.PRONOUNS | c.AUX:
        return False
    if not nxt.text.islower() or nxt.lower in c.AUX or not c.is_past(nxt.text):
        return False
    if any(_past_verb(t, c) for t in tokens[max(0, k - _PHRASE_REACH - 2) : k - 1]):
        return False  # "Shares adjusted for a stock split approved in May": a past before
    if k + 2 >= len(tokens):
        return True
    after = tokens[k + 2]
    figure = after.text[:1].isdigit() or after.lower in c.NUMBER_WORDS
    return figure or not after.text[:1].isalnum() or after.lower in c.PREPOSITIONS | c.ADVERBS


def _past_verb(t: Token, c: ModuleType) -> bool:
    """A lowercase past that is no noun: "adjusted", not "output"."""
    return t.text.islower() and c.is_past(t.text) and "NOUN" not in c.lemmas(t.lower)


def verb_after_subject_relative(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """Whether the word at ``k``, right after a relative that is always its clause's subject
    (``VERB_RELATIVES``: French "qui"), is that clause's verb: a future or conditional in the
    singular ("…, qui rendra sa décision"). (A present is left out: a story told in the
    present places its dates by a direction the present does not give.)"""
    if k < 1 or tokens[k - 1].lower not in c.VERB_RELATIVES or not tokens[k].text.islower():
        return False
    lower = tokens[k].lower
    if c.PLURAL_FINITE_ENDINGS and lower.endswith(c.PLURAL_FINITE_ENDINGS):
        return False  # "…, qui commenceront": whose plural, the noun before may not say
    return c.is_finite_form(tokens[k].text)
