"""Cues the finite-verb test reads around a word: a year or a time near it, a name or noun
before it, a plural present's subject, an aside it closes ("the ferry, built in 1931, | sank":
"built" sits in an aside), an object clitic before it. ``core.events.finite`` weighs them.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import takewhile
from types import ModuleType

from core import lang
from core.events.finite_signs import (
    _YEAR,
    _after_place,
    _opens_clause,
    _past_follows,
)
from core.events.tokens import Token


def _after_fronted_object(tokens: list[Token], k: int, start: int, c: ModuleType) -> bool:
    """Whether token ``k`` is a past verb second after a pronoun opening the clause as its
    object, with its subject after it ("Das teilte die Polizei am Montag mit", "Das sagte
    ein Sprecher"), not a noun's describing word ("Das erwartete Ergebnis")."""
    if k - 1 != start or tokens[start].lower not in c.FRONTED_OBJECT_PRONOUNS:
        return False
    word = tokens[k].text
    if not c.is_past(word) or c.is_participle(word) or k + 1 >= len(tokens):
        return False
    return tokens[k + 1].lower in c.DETERMINERS | c.PRONOUNS


def _in_aside(tokens: list[Token], k: int, start: int, end: int, c: ModuleType) -> bool:
    """ "the survey, much like one conducted in 1963, will cover …": a verb between two
    commas, past a subject and before an auxiliary, is the aside's, not the clause's."""
    opened = next((j for j in range(k - 1, start, -1) if tokens[j].text == ","), None)
    if opened is None:
        return False
    # "El puente, construido en 1988, cerrará en mayo": a participle opening the aside, or
    # one after its noun in an apposition ("The airport, a former airfield built in 1941,
    # handled …")
    lead = _after_adverbs(tokens, opened + 1, k, c)  # ", last modernised in 2004,"
    opening = (lead == k or _apposition_participle(tokens, opened, k, c)) and (
        _participle(tokens[k], c)
    )
    if lead == k and not opening:
        return False
    # "The coach, reported sacked after the derby, | denies …": a participle straight after
    # the one that opens the aside is the aside's too (not one after "and": "…, opened in
    # 1990 and rebuilt in 2011,")
    opening = opening or (
        lead == k - 1 and c.is_participle(tokens[lead].text) and tokens[lead].text.islower()
    )
    close = next((j for j in range(k + 1, end) if tokens[j].text == ","), None)
    if close is None:
        return False
    after = close + 1
    while after < end and tokens[after].lower in c.NEGATIONS:
        after += 1  # "La ligne, longtemps retardée …, ne fut inaugurée qu'en 1995"
    if opening and after < end:
        after = _after_adverbs(tokens, after, end - 1, c)  # "…, postponed twice, finally takes"
    if after < end and tokens[after].lower in c.AUX:
        return True
    word = tokens[after].text if after < end else ""
    finite = c.is_finite_form(word) or c.is_past(word) or _third_person(word, c)
    return opening and word.islower() and finite


def _third_person(word: str, c: ModuleType) -> bool:
    """A verb's third person even where a noun's plural has its form ("The summit, postponed
    twice, [takes] place …"): after an aside's closing comma, the clause's verb."""
    return word.endswith(c.THIRD_PERSON_ENDS) and "VERB" in c.lemmas(word)


def _after_adverbs(tokens: list[Token], j: int, k: int, c: ModuleType) -> int:
    """The first token from ``j`` on (before ``k``) that is no adverb: ", [last] modernised
    in 2004," opens on its participle as ", rebuilt in 2003," does."""
    while j < k and (tokens[j].lower in c.ADVERBS or set(c.lemmas(tokens[j].lower)) == {"ADV"}):
        j += 1
    return j


def _apposition_participle(tokens: list[Token], opened: int, k: int, c: ModuleType) -> bool:
    """Whether ``k`` is a participle after the noun of an apposition the comma at ``opened``
    opens with an article, before a phrase with a year: the thing's age ("…, a converted
    minesweeper built in 1944, …"), no clause's verb."""
    if not opened + 2 < k < len(tokens) - 1 or tokens[opened + 1].lower not in c.ARTICLES:
        return False
    after = tokens[k + 1].lower
    if after not in c.PREPOSITIONS or after == c.TO or not tokens[k - 1].text.isalpha():
        return False
    phrase = takewhile(lambda t: t.text != ",", tokens[k + 2 : k + _AGE_PHRASE])
    return any(_YEAR.match(t.text) for t in phrase)  # ("registered in Aberdeen in 2013")


_AGE_PHRASE = 6  # tokens after a participle: "in Aberdeen in 2013"


@cache
def _links(c: ModuleType) -> frozenset[str]:
    """Link words no clause opens on ("also", "then"), made once: asked at each clause's start."""
    return c.LINKS - c.COORDINATORS


@cache
def present_relatives(c: ModuleType) -> frozenset[str]:
    """The relatives a present verb may follow ("which starts", "who flies"), made once."""
    return (c.THING_RELATIVES | c.SUBJECT_RELATIVES) - {c.WHOSE} - c.UNREAD_PRESENT_RELATIVES


def _subjunctive_closing(
    tokens: list[Token], k: int, forms: dict[str, tuple[str, ...]], c: ModuleType
) -> bool:
    """Whether token ``k``, a verb's form in reported speech's ending (German "koste",
    "gebe"), closes its clause where the verb goes last: its finite verb, not a noun."""
    word = tokens[k].text
    if not c.SUBJUNCTIVE_ENDING or not word.islower() or "NOUN" in forms:
        return False
    closes = k + 1 >= len(tokens) or not tokens[k + 1].text[:1].isalnum()
    return c.VERB_LAST and closes and word.endswith(c.SUBJUNCTIVE_ENDING)


def _aside_closes(tokens: list[Token], k: int) -> bool:
    """Whether a comma closes the phrase a participle at ``k`` opens, a finite verb after it."""
    close = next((j for j in range(k + 1, len(tokens)) if tokens[j].text in ",;"), None)
    return close is not None and close + 1 < len(tokens) and tokens[close + 1].text.islower()


def _plural_present(tokens: list[Token], k: int, start: int, c: ModuleType) -> bool:
    """ "Forecasters expect the storms to …", "before thunderstorms move in": a plain present
    after a plural noun (only a noun) that opens its clause or follows a determiner, with an
    object or a preposition after it."""
    if k >= 2 and tokens[k - 1].lower in c.ADVERBS and tokens[k - 1].lower not in c.PREPOSITIONS:
        k_noun = k - 1  # "Mission managers now aim to launch …": an adverb between
    else:
        k_noun = _after_place(tokens, k, start, c)  # "Shelters in Leeds open at 8 a.m."
    prev = tokens[k_noun - 1].lower
    if not c.PLURAL_NOUN_ENDING or not prev.endswith(c.PLURAL_NOUN_ENDING) or k + 1 >= len(tokens):
        return False
    if "NOUN" not in c.lemmas(prev):
        return False
    if "VERB" in c.lemmas(prev) and set(c.lemmas(tokens[k].lower)) != {"VERB"}:
        # "the plans call for": which is the verb? ("doctors expect": this one); a plural
        # that opens its clause is its subject ("Tickets go on sale …") unless a verb of the
        # clause's own follows ("Residents near the quarry complained …")
        between = tokens[k - 1].lower in c.ADVERBS  # ("Markets now price …": not sure)
        if (
            between
            or not _opens_clause(tokens, k_noun - 1, start, c)
            or (_past_follows(tokens, k, c) and not _on_a_day(tokens, k, c))
        ):
            return False
    opens = _opens_clause(tokens, k_noun - 1, start, c)  # ("- May 4: Crowds march …")
    opens = opens or tokens[k_noun - 2].lower in c.DETERMINERS
    opens = opens or (k_noun >= 2 and tokens[k_noun - 2].text[:1].isupper() and k_noun - 2 == start)
    word = tokens[k_noun - 2].text if k_noun >= 2 else ""  # "11 pupils", "the world titles"
    modified = k_noun >= 3 and word.islower() and tokens[k_noun - 3].lower in c.DETERMINERS
    spaced = k_noun < 3 or tokens[k_noun - 3].end < tokens[k_noun - 2].start  # not "09:40"
    counted = word.isdigit() and not _YEAR.match(word) and spaced
    opens = opens or modified or counted or word.lower() in c.NUMBER_WORDS
    nxt = tokens[k + 1].lower  # "doctors expect him to …", "Forecasters expect 8 to 12 …"
    after = nxt in c.DETERMINERS or nxt in c.PREPOSITIONS or nxt in c.VERB_PARTICLES
    after = after or nxt in c.PRESENT_OBJECTS or (nxt[:1].isdigit() and nxt.isalnum())
    after = after or nxt in c.PRESENT_DAYS  # "Schools reopen today"
    # "Sponsors include Acme": a name after a word that is only a verb
    after = after or (
        tokens[k + 1].text[:1].isupper() and set(c.lemmas(tokens[k].lower)) == {"VERB"}
    )
    return opens and after


def _noun_subject_after(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """Whether token ``k`` is a past verb with a noun right after it, its subject in a language
    that may name it there ("его купила | группа"), not a noun after "его" ("его школа")."""
    word = tokens[k].text
    if not (c.is_past(word) and "VERB" in c.lemmas(tokens[k].lower)) or k + 1 >= len(tokens):
        return False
    after = tokens[k + 1].text
    return after.isalpha() and after.islower() and "VERB" not in c.lemmas(after)


def _capital_slip(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """ "proposed by the E.U., Was rejected": an auxiliary capitalised after an abbreviation's
    full stop (wire copy's habit) is still the verb, not the start of a name."""
    if tokens[k].lower not in c.AUX or not tokens[k].text[1:].islower():
        return False
    j = k - 1
    while j > 0 and tokens[j].text == ",":
        j -= 1
    if tokens[j].text == "." and j > 0:
        j -= 1  # "U.S" "." as the tokens split it
        word = tokens[j].text  # ("Dover, Del., Was closed": a state's short form, its "." apart)
        short = word.isalpha() and word[:1].isupper() and len(word) <= c.STATE_ABBREVIATION_CHARS
        return "." in word or short
    return len(tokens[j].text) > 1 and tokens[j].text.endswith(".")


def _near_time(tokens: list[Token], k: int, start: int, c: ModuleType) -> bool:
    """Whether a time stands in the two words after token ``k`` ("comparece el martes", "abre
    hoy"), a day's month in the four ("abre el 20 de mayo"), or a time ends right before it
    in its clause ("el 9 de marzo recibe", "en 2019 vence")."""
    code = c.__name__.split(".")[-2]
    calendar, cues = lang.words(code, "calendar"), lang.words(code, "cues")
    times = calendar.MONTHS.keys() | calendar.WEEKDAYS.keys() | c.TIME_UNITS
    times = times | cues.DEICTIC_DAYS.keys()
    before = tokens[k - 1] if k - 1 >= start else None
    if before is not None and (before.lower in times or _YEAR.match(before.text)):
        return True
    if any(t.lower in times for t in tokens[k + 1 : k + 3]):
        return True
    return any(t.lower in calendar.MONTHS for t in tokens[k + 3 : k + 5])


def _verb_follows(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """Whether a finite verb follows token ``k`` at once, or after a short time phrase
    ("this week", "last month")."""
    after = [t.lower for t in tokens[k + 1 : k + 4]]
    if len(after) > 1 and after[0] in c.TIME_PHRASE_STARTS and after[1] in c.TIME_UNITS:
        after = after[2:]
    if not after:
        return False
    return (after[0] in c.AUX and after[0] != c.TO) or (
        c.is_past(after[0]) and "NOUN" not in c.lemmas(after[0])
    )


def _name_before_aside(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """Whether a comma closes an aside right before token ``k``, the sentence opening on a
    name the lexicon does not know before that aside ("Baltline, founded in 1991, | operates
    …") or the aside being a name ("The operator, Westwater Ferries, | says …")."""
    if k < 4 or tokens[k - 1].text != ",":
        return False
    opening = next((j for j in range(k - 2, 0, -1) if tokens[j].text == ","), None)
    if opening is None:
        return False
    name = tokens[0].text
    if opening == 1 and name[:1].isupper() and name.isalpha() and not c.lemmas(name.lower()):
        return True
    aside = tokens[opening + 1 : k - 1]
    return 0 < len(aside) <= 4 and all(t.text[:1].isupper() for t in aside)


def _owned_noun(word: str, c: ModuleType) -> bool:
    """A singular noun after an owner's name ("Brandt's [team]", a verb too), or a lower-case
    word the lexicon lacks that does not end like a plural ("Ortiz's [lab]")."""
    forms = c.lemmas(word)
    if forms:
        return word in forms.get("NOUN", ())
    return word.isalpha() and word.islower() and not word.endswith(c.PLURAL_NOUN_ENDING)


def _singular_noun(word: str, c: ModuleType) -> bool:
    forms = c.lemmas(word)
    return word in forms.get("NOUN", ()) and "VERB" not in forms


def _glued_to_number(tokens: list[Token], k: int) -> bool:
    """Whether token ``k`` follows a number and a hyphen with no space ("1996-born"): the
    tokens cut the compound there, but it is one describing word."""
    hyphen, number = tokens[k - 1], tokens[k - 2]
    glued = hyphen.text == "-" and number.end == hyphen.start and hyphen.end == tokens[k].start
    return glued and number.text[:1].isdigit()


def _aux_after_phrase(tokens: list[Token], k: int, end: int, c: ModuleType) -> str:
    """Whether an auxiliary ("aux") or a verb in the present ("present") comes after ``k``
    with only a prepositional phrase or two between: "signed [in Lisbon] [in August] had"
    ("" when none does)."""
    if k + 1 >= end or tokens[k + 1].lower not in c.PREPOSITIONS or tokens[k + 1].lower == c.TO:
        return ""
    for j in range(k + 2, min(end, k + c.REPORTED_SUBJECT_REACH)):
        word = tokens[j]
        if word.text in c.AUX and word.text != c.TO and not word.text.endswith(c.GERUND):
            # "had", not the month "May"; "with Canada being the first" is no verb of a clause
            return "aux" if tokens[j - 1].lower not in c.COORDINATORS else ""
        if _present_verb(word.text, c) and tokens[j - 1].lower not in c.COORDINATORS:
            return "present"  # "the draft tabled on Tuesday lists …"
        if word.text in (",", ";") or word.lower in c.OPENERS or word.lower in c.COORDINATORS:
            return ""
        if c.is_past(word.text) and not word.text[:1].isupper():
            # "A study released in February found …": a past verb straight after the
            # participle's date is the clause's ("said on Friday talks resumed": not so)
            return "past" if _past_after_date(tokens, k, j, c) else ""
    return ""


_PAIR_REACH = 6  # words back to the first participle: "commissioned by the city and"


def _past_after_date(tokens: list[Token], k: int, j: int, c: ModuleType) -> bool:
    """Whether the past form at ``j`` follows a date's last word ("in February", "in 2019")
    that the participle at ``k`` takes, after a noun of its own ("a study released …")."""
    before, last = tokens[k - 1], tokens[j - 1]
    if not c.ENTRY_DATE_WORDS or before.lower in c.PRONOUNS or not before.text[:1].isalpha():
        return False
    if before.lower in c.OPENERS or before.lower in c.RELATIVES:
        return False  # "a wildfire that started on Thursday spread": the relative's own verb
    if set(c.lemmas(tokens[k].lower).get("VERB", ())) & c.SPEECH_VERBS:
        return False  # "Officials said on Friday …": what they said follows
    # "funded by the trust and unveiled in May": the second of two participles
    paired = before.lower in c.COORDINATORS and any(
        c.is_participle(tokens[i].text) for i in range(max(0, k - _PAIR_REACH), k - 1)
    )
    if not paired and "NOUN" not in c.lemmas(before.lower):
        return False
    month = last.lower in c.ENTRY_DATE_WORDS and last.text[:1].isupper()
    return month or bool(_YEAR.match(last.text))


def _present_verb(word: str, c: ModuleType) -> bool:
    """ "contains", "gives": a verb's third person, and no noun's plural."""
    forms = c.lemmas(word)
    verbs = forms.get("VERB", ())
    plural = "NOUN" in forms
    third = word.endswith(c.THIRD_PERSON_ENDS) and word not in verbs
    return word.islower() and third and bool(verbs) and not plural


def _nationality_of_noun(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """Whether token ``k`` is a nationality qualifying the noun after it, after an article or
    a preposition ("of European exports", "the Japanese imports"): no subject of a verb."""
    if not c.NATIONALITY_ENDING or k < 1:
        return False
    after = tokens[k - 1].lower in c.DETERMINERS | c.PREPOSITIONS | c.NUMBER_WORDS
    return after and bool(re.search(c.NATIONALITY_ENDING, tokens[k].text))


def _resumed(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """Whether the relative clause at ``k`` ends the sentence or closes at a comma its main
    clause's verb follows ("…, which starts on May 20, has not …"), so that nothing after it
    reads as its own ("…, which regulates banks, yesterday said …")."""
    comma = next((j for j in range(k + 1, len(tokens)) if tokens[j].text == ","), None)
    if comma is None or comma + 1 >= len(tokens):
        return True
    after = tokens[comma + 1]
    return after.lower in c.AUX or (after.text.islower() and c.is_past(after.text))


def _after_object_clitic(tokens: list[Token], k: int, start: int, c: ModuleType) -> bool:
    """Whether token ``k`` is a verb after an object pronoun that looks like an article
    (French "les", "le"): a form only a verb has ("qui les examinera", "la commission les
    recevra"), or a past after a subject pronoun or relative ("il le reçut", "qui les vit")."""
    if k - 2 < max(start - 1, 0) or tokens[k - 1].lower not in c.OBJECT_CLITICS:
        return False
    before = tokens[k - 2].lower
    if before in c.PREPOSITIONS or before in c.DETERMINERS:
        return False  # "pour les", "tous les": an article
    if c.is_finite_form(tokens[k].text):
        return True
    if tokens[k - 1].lower not in c.DETERMINERS and _inflected_verb(tokens[k].lower, c):
        return True  # "la ville lui consacre une exposition": no article, only a pronoun
    return before in c.PRONOUNS | c.RELATIVES and c.is_past(tokens[k].text)


def _elided_article(word: str, c: ModuleType) -> bool:
    """Whether ``word`` opens on an article or preposition elided onto it ("l'usine", "d'un")."""
    cut = word.replace("’", "'").find("'")
    head = word[: cut + 1].replace("’", "'")
    return cut > 0 and (head in c.DETERMINERS or head in c.PREPOSITIONS)


def _inflected_verb(word: str, c: ModuleType) -> bool:
    """A verb form that is no infinitive ("consacre", not "consacrer") nor participle."""
    verbs = c.lemmas(word).get("VERB", ())
    return bool(verbs) and word not in verbs and not c.is_participle(word)


def _name_in_s(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """Whether the name before ``k`` only looks possessive ("Moody's", "McDonald's") and the
    word at ``k`` is its verb: a past with an article, a pronoun or a preposition after it
    ("Moody's cut its rating", "Sotheby's sold the painting on Tuesday"), which no
    possessive's noun takes ("the bank's planned merger"); a verb of saying excepted."""
    prev, word = tokens[k - 1].text, tokens[k].text
    owner = prev[: -len(next(e for e in c.POSSESSIVE_ENDINGS if prev.endswith(e)))]
    if not owner[:1].isupper() or owner.lower() in c.PRONOUNS or not c.is_past(word):
        return False
    if set(c.lemmas(word.lower()).get("VERB", ())) & c.DATE_OF_SAYING_VERBS:
        # "Vela said it might revisit …": read as a report, such sayings gave wire text more
        # wrong dates (of what is said) than right ones; they stay unread
        return False
    nxt = tokens[k + 1].lower if k + 1 < len(tokens) else ""
    if nxt == c.TO:
        return False  # "with Marlowe's slated to open": a participle's phrase as often
    if nxt in c.PREPOSITIONS:
        return "NOUN" not in c.lemmas(word.lower())  # "Brazil's cut in rates": the noun
    return nxt in c.DETERMINERS or nxt in c.PRONOUNS


def _on_a_day(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """Whether a preposition and a weekday follow ``k`` ("Polls close on Sunday and results
    are published on Monday"): the word before them is the clause's present, whatever past
    comes after."""
    if k + 2 >= len(tokens) or tokens[k + 1].lower not in c.PREPOSITIONS:
        return False
    return tokens[k + 2].lower in _weekdays(c.__name__.split(".")[-2])


@cache
def _weekdays(language: str) -> frozenset[str]:
    return frozenset(lang.words(language, "calendar").WEEKDAYS)


def _participle(token: Token, c: ModuleType) -> bool:
    """A past participle, one written as its lemma too ("The fund, set up in 2021, …")."""
    return c.is_participle(token.text) or token.lower in c.UNCHANGED_PARTICIPLES
