"""Where a phrase goes on past a comma or a dropped date: a place's state ("a Buffalo, N.Y.,
doctor"), a fixed aside ("called, in effect, for"), coordinate adjectives ("a second, closer
pass"), "both … and", a date inside a noun phrase or between an infinitive and its object.
``core.events.wording`` and ``core.events.happenings`` cut titles with them."""

from __future__ import annotations

from functools import cache
from types import ModuleType

from core import lang
from core.events.finite import is_finite
from core.events.infinitives import bare_verb
from core.events.object_heads import object_past_date
from core.events.tokens import Token


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def place_aside(tokens: list[Token], k: int, language: str = "en") -> int:
    """Past the state's abbreviation of a place that qualifies the noun after it ("a Buffalo,
    N.Y., doctor", "the Newark, N.J., airport"), or a fixed aside between commas ("called,
    in effect, for"): the index after its closing comma when ``tokens[k]`` opens one, else 0."""
    c = _clauses(language)
    if tokens[k].text != "," or k < 1:
        return 0
    fixed = _fixed_aside(tokens, k, c)
    if fixed:
        return fixed
    if not tokens[k - 1].text[:1].isupper():
        return 0
    close = next((j for j in range(k + 2, min(k + 4, len(tokens))) if tokens[j].text == ","), 0)
    if not close or close + 1 >= len(tokens) or not tokens[close + 1].text[:1].islower():
        return 0
    state = [t.text for t in tokens[k + 1 : close]]
    short = len(state[0].rstrip(".")) <= c.STATE_ABBREVIATION_CHARS
    dotted = state[-1] == "." or state[0].endswith(".")
    named = len(state) == 1 and state[0].isalpha()  # "a Dayton, Ohio, shopkeeper"
    if not ((short and dotted) or named) or not state[0][:1].isupper():
        return 0
    if tokens[close + 1].lower in c.PREPOSITIONS | c.COORDINATORS | c.AUX | c.OPENERS:
        return 0  # "at Newark, N.J., in December": the place ends its phrase
    return close + 1


def _fixed_aside(tokens: list[Token], k: int, c: ModuleType) -> int:
    """ "called, in effect, for": past a fixed aside between two commas, or 0."""
    for aside in c.FIXED_ASIDES:
        words = aside.split()
        close = k + 1 + len(words)
        closed = close < len(tokens) and tokens[close].text == ","
        if closed and [t.lower for t in tokens[k + 1 : close]] == words:
            return close + 1
    return 0


def adjectives_go_on(tokens: list[Token], comma: int, end: int, c: ModuleType) -> bool:
    """ "a second, closer pass", "a heavily wooded, four-acre area": a comma between two
    adjectives of one noun phrase, an article before the first and a noun after the second."""
    if _figure_modifiers(tokens, comma, end, c) or _figure_then_modifier(tokens, comma, end, c):
        return True
    a = comma - 1
    while a > 0 and comma - a <= 2 and tokens[a].text.islower():
        if tokens[a].lower in c.ARTICLES:
            break
        a -= 1  # "heavily wooded"
    if tokens[a].lower not in c.ARTICLES or a == comma - 1 or comma + 2 >= end:
        return False
    first, second, noun = tokens[comma - 1], tokens[comma + 1], tokens[comma + 2]
    if not (first.text.islower() and second.text.islower() and noun.text.islower()):
        return False
    modifier = {"ADJ", "ADV"} & set(c.lemmas(first.lower))  # "a third, lower pass"
    adjectives = (modifier or c.is_past(first.lower)) and (
        "ADJ" in c.lemmas(second.lower) or "-" in second.text
    )
    return adjectives and "NOUN" in c.lemmas(noun.lower) and not is_finite(tokens, comma + 2, 0)


def _figure_modifiers(tokens: list[Token], comma: int, end: int, c: ModuleType) -> bool:
    """ "a 22 dlr-a-share, 140 mln-dlr offer": two figures each with its hyphened unit, one
    either side of the comma, before one noun, an article before the first."""
    if comma < 3 or comma + 3 >= end or tokens[comma - 3].lower not in c.ARTICLES:
        return False
    before, after = tokens[comma - 2 : comma], tokens[comma + 1 : comma + 3]
    if not all(f.text[:1].isdigit() and "-" in unit.text for f, unit in (before, after)):
        return False
    noun = tokens[comma + 3]
    return noun.text.islower() and "NOUN" in c.lemmas(noun.lower)


def _figure_then_modifier(tokens: list[Token], comma: int, end: int, c: ModuleType) -> bool:
    """ "a 40 mln dlr, ten-year plan", "a 12 pct, two-stage rise": an article, a figure and its
    unit in lower case, the comma, then a hyphened modifier and one noun."""
    a = next(
        (j for j in range(comma - 2, max(0, comma - 5), -1) if tokens[j].lower in c.ARTICLES), 0
    )
    if not a or comma + 2 >= end or not tokens[a + 1].text[:1].isdigit():
        return False
    if not all(t.text.isalpha() and t.text.islower() for t in tokens[a + 2 : comma]):
        return False
    modifier, noun = tokens[comma + 1], tokens[comma + 2]
    if "-" not in modifier.text.strip("-") or not noun.text.islower():
        return False
    return "NOUN" in c.lemmas(noun.lower) and not is_finite(tokens, comma + 2, 0)


def correlative(tokens: list[Token], start: int, k: int, c: ModuleType) -> bool:
    """Whether the "and" at ``k`` closes a "both … and" of one phrase."""
    return any(tokens[j].lower in c.CORRELATIVES for j in range(start + 1, k))


def reads_whole_without(tokens: list[Token], drop: set[int], k: int, language: str = "en") -> bool:
    """Whether the words around the dropped date at ``k`` read whole without it, so the title
    need not stop there: a date between an adjective and its noun ("launched a major
    [overnight] assault", "awaiting U.S. [February] trade data"), or a date's phrase between
    an infinitive and its object ("plans to release [in June] two new versions")."""
    c = _clauses(language)
    if k < 2 or k >= len(tokens) or k not in drop:
        return False
    after = next((j for j in range(k, len(tokens)) if j not in drop), len(tokens))
    if after < len(tokens) and _infinitive_then_object(tokens, k, after, c):
        return True
    if after < len(tokens) and c.GERUND_OBJECT_VERBS and object_past_date(tokens, k, after, c):
        return True  # "to begin writing [next Thursday] a bill": the verb's object after
    to = after + 1 < len(tokens) and tokens[after].lower == c.TO and tokens[k - 1].text.isalpha()
    if to and bare_verb(tokens[after + 1].text, c):
        return True  # "… for a second time [today] | to speak …"
    if to:
        return False
    if after < len(tokens) and _between_two_objects(tokens, k, after, c):
        return True
    if after < len(tokens) and _past_then_figure(tokens, k, after, c):
        return True
    if after < len(tokens) and _attributive_date(tokens, k, after, c, language):
        return True
    if after < len(tokens) and _figure_before_noun(tokens, k, after, c):
        return True  # "reported a 41.2 mln dlr [fourth quarter] loss"
    if after >= len(tokens) or after - k > 1:
        return False
    before, noun = tokens[k - 1], tokens[k + 1]
    acronym = len(noun.text) > 1 and noun.text.isupper() and k + 2 < len(tokens)
    if acronym and tokens[k + 2].text.islower() and "NOUN" in c.lemmas(tokens[k + 2].lower):
        noun = tokens[k + 2]  # "the high [1986] GNP growth": a name of the noun first
    if not noun.text.islower() or "NOUN" not in c.lemmas(noun.lower) or is_finite(tokens, k + 1, 0):
        return False
    if before.text.islower():
        return "ADJ" in c.lemmas(before.lower) and before.lower not in c.PREPOSITIONS | c.AUX
    if before.text == "." and "." in tokens[k - 2].text:
        before = tokens[k - 2]  # "U.S" "." as the tokens split "U.S."
    return before.text[:1].isupper() and before.text[-1:].isalpha()  # "U.S. [February] trade"


def _figure_before_noun(tokens: list[Token], k: int, after: int, c: ModuleType) -> bool:
    """ "a 41.2 mln dlr | [fourth quarter] | loss": a date between a figure that an article
    opens, its unit last, and the lower-case noun the figure measures; the words read whole
    without it ("a 41.2 mln dlr loss")."""
    noun = tokens[after]
    if not noun.text.islower() or "NOUN" not in c.lemmas(noun.lower):
        return False
    j = k - 1
    if tokens[j].lower not in c.MEASURED_UNITS:
        return False
    while j > 0 and (tokens[j].lower in c.MEASURED_UNITS or tokens[j].text[:1].isdigit()):
        j -= 1
    return j < k - 2 and tokens[j + 1].text[:1].isdigit() and tokens[j].lower in c.ARTICLES


def _infinitive_then_object(tokens: list[Token], k: int, after: int, c: ModuleType) -> bool:
    """ "to release | [in June] | two new versions", "to announce | [next week] | the record
    date": a date's whole phrase, with its preposition or none, between an infinitive and the
    object that opens after it (a determiner, a figure, or a hedge before one: "about 25 mln")."""
    verb, nxt = tokens[k - 1], tokens[after]
    if tokens[k - 2].lower != c.TO:
        return False
    if not verb.text.islower() or verb.lower not in c.lemmas(verb.lower).get("VERB", ()):
        return False
    figure = after + 1 < len(tokens) and tokens[after + 1].text[:1].isdigit()
    hedged = nxt.lower in c.DATE_HEDGES and figure
    return nxt.lower in c.DETERMINERS | c.NUMBER_WORDS or nxt.text[:1].isdigit() or hedged


def _past_then_figure(tokens: list[Token], k: int, after: int, c: ModuleType) -> bool:
    """ "placed privately | [on March 18] | 30 mln dlrs of notes", "sold | [on Monday] | 500,000
    shares": a date's whole phrase between a past verb (an adverb in "-ly" may follow it) and
    the figure that opens its object; not a verb of saying, whose object is a clause."""
    j = k - 1
    if tokens[j].lower.endswith(c.ADVERB_ENDING or "\0") and j > 0:
        j -= 1  # "placed privately"
    verb = tokens[j]
    if not verb.text.islower() or not c.is_past(verb.lower):
        return False
    if set(c.lemmas(verb.lower).get("VERB", ())) & c.SPEECH_VERBS:
        return False
    return tokens[after].text[:1].isdigit() or tokens[after].lower in c.NUMBER_WORDS


def _between_two_objects(tokens: list[Token], k: int, after: int, c: ModuleType) -> bool:
    """ "granted Sam Hill | [on Monday] | permission to sue": a date's whole phrase (its
    preposition first) between a named first object and a bare noun, the second object."""
    name, noun = tokens[k - 1], tokens[after]
    if tokens[k].lower not in c.PREPOSITIONS or not name.text[:1].isupper():
        return False
    forms = c.lemmas(noun.lower)
    return noun.text.islower() and "NOUN" in forms and "VERB" not in forms


def reads_on_to_complement(
    tokens: list[Token], drop: set[int], k: int, language: str = "en"
) -> bool:
    """Whether a title may read on past the date dropped at ``k`` to the phrase that completes
    the verb: "began delving [Thursday] into the losses", "sold its mills [last spring]
    to a rival": a bare date (no preposition of its own) between the verb's gerund, its
    object or a name and that phrase; not a comparison's "from", a clause's "as", nor a
    relative's "of which"."""
    c = _clauses(language)
    after = next((j for j in range(k, len(tokens)) if j not in drop), len(tokens))
    if k < 1 or k not in drop or after + 1 >= len(tokens):
        return False
    before, nxt = tokens[k - 1], tokens[after + 1]
    if tokens[k].lower in c.PREPOSITIONS | c.COORDINATORS:
        return False
    if tokens[after].lower not in c.DATE_SKIPPED_BEFORE:
        return False
    if nxt.lower in c.RELATIVES or not nxt.text[:1].isalnum() or _time_word(nxt.lower, language):
        return False  # ("of which", "[overnight] into Saturday": the time goes on)
    transfer = tokens[after].lower in c.DATE_SKIPPED_AFTER_OBJECT
    if before.text[:1].isupper():
        return transfer and before.text[-1:].isalpha() and before.lower not in c.PREPOSITIONS
    forms = c.lemmas(before.lower)
    gerund = before.lower.endswith(c.GERUND) and "VERB" in forms
    # (a word the lexicon lacks, "pubs", "slayings", is a noun unless it reads as an adverb)
    unknown = not forms and not before.lower.endswith(c.ADVERB_ENDING or "\0")
    return before.text.isalpha() and (gerund or (transfer and ("NOUN" in forms or unknown)))


def _time_word(word: str, language: str) -> bool:
    """Whether ``word`` names a day, a month, a part of the day or a year."""
    calendar = lang.words(language, "calendar")
    named = word in calendar.WEEKDAYS or word in calendar.MONTHS or word in calendar.PARTS_OF_DAY
    return named or (len(word) == 4 and word.isdigit())


def _attributive_date(
    tokens: list[Token], k: int, after: int, c: ModuleType, language: str
) -> bool:
    """A date with no preposition of its own in front of a noun, after the word that takes
    that noun: "to report [first quarter] results", "will add to [first-quarter] growth"."""
    before, word = tokens[k - 1], tokens[after]
    if tokens[k].lower in c.PREPOSITIONS or not before.text.islower() or not word.text.islower():
        return False
    takes = before.lower in c.PREPOSITIONS or "VERB" in c.lemmas(before.lower)
    # "to report full year [1986] net income": the period's noun, its year inside the phrase
    takes = takes or before.lower in c.PERIOD_NOUNS
    forms = set(c.lemmas(word.lower))
    if "ADJ" in forms and "NOUN" not in forms and after + 1 < len(tokens):
        forms = set(c.lemmas(tokens[after + 1].lower))  # "economic growth"
    noun = "NOUN" in forms and not is_finite(tokens, after, 0, language)
    return takes and before.lower not in c.AUX and noun


def date_edges(tokens: list[Token], k: int, drop: set[int], c: ModuleType) -> set[int]:
    """Words a dropped date starting at ``k`` leaves stranded: the first day of a pair before
    it ("відбулося 2 і [9 квітня]", "les 2 et [9 avril]", with the article), and where the
    verb goes last a preposition whose whole object it was ("nach einem Rezept aus [dem Jahr
    1870] aufgelegt"), not one whose noun goes on after it."""
    edges: set[int] = set()
    pair = k >= 2 and tokens[k - 1].lower in c.COORDINATORS and tokens[k - 2].text.isdigit()
    if pair and tokens[k].text[:1].isdigit():
        article = k > 2 and tokens[k - 3].lower in c.ARTICLES
        edges.update(range(k - 3 if article else k - 2, k))
    first = min(edges, default=k)
    end = next((j for j in range(k, len(tokens)) if j not in drop), len(tokens))
    article = c.VERB_LAST and first > 1 and tokens[first - 1].lower in c.ARTICLES
    if article and tokens[first - 2].lower in c.PREPOSITIONS and first - 1 not in drop:
        edges.add(first - 1)  # "für das [kommende Jahr] beschlossen": its article too
        first -= 1
    if not c.VERB_LAST or first == 0 or tokens[first - 1].lower not in c.PREPOSITIONS:
        return edges  # (where the verb comes first, "sworn in", "took over" are its own)
    after = tokens[end].lower if end < len(tokens) else ""
    if tokens[end - 1].lower.endswith(c.POSSESSIVE_ENDINGS) or "NOUN" in c.lemmas(after):
        return edges  # "in [May's] election", "in [2019] elections": the date is a modifier
    return edges | {first - 1}
