"""Where a sentence's clauses begin besides their opener words: at a dash or a colon that
opens a clause of its own, and after a fronted subordinate clause or a German verb-first
condition, and at ", and" before a subject and verb of its own (``core.events.phrases.clauses``
cuts there)."""

from __future__ import annotations

from functools import lru_cache
from types import ModuleType

from core import lang
from core.events.finite import _finite_verb, _is_finite, _is_modifier_participle
from core.events.fronted_infinitives import fronted_infinitive_end
from core.events.fronted_times import after_fronted_time, span_offset
from core.events.time_words import time_word
from core.events.tokens import _DASHES, Token


@lru_cache(maxsize=65536)  # asked of nearly every word of every sentence cut into clauses
def says(lower: str, c: ModuleType) -> bool:
    """Whether a word (in lower case) is a form of a verb of saying, after which a reported
    clause may begin ("said he would …")."""
    return bool(set(c.lemmas(lower).get("VERB", ())) & c.SPEECH_VERBS)


def _is_dash(tokens: list[Token], k: int, c: ModuleType | None = None) -> bool:
    """A dash, or a hyphen standing alone between spaces ("LUXEMBOURG - Output fell"), or a
    colon before a capital that opens a clause of its own ("a second delay this week: Monday's
    attempt was scrubbed"); with the language's words ``c``, a colon before a small letter
    too between two finite verbs (Spanish and Russian write no capital there: "es la segunda
    en un mes: el 12 de junio ya se suspendieron 85 vuelos"; not a label, "NOTE: 1987 net
    reflects …")."""
    if tokens[k].text in _DASHES:
        return True
    if tokens[k].text == ":" and 0 < k < len(tokens) - 2:
        nxt = tokens[k + 1].text
        if not tokens[k].end < tokens[k + 1].start:
            return False
        if nxt[:1].isupper() and nxt[1:2].islower():
            return True
        # ... or, where a date may stand first before the verb (German), a year opening it:
        # "ist lange her: 2011 hatte der Fluss die Altstadt überflutet"
        if c is not None and c.VERB_LAST and len(nxt) == 4 and nxt.isdigit():
            return tokens[k + 2].text[:1].isalpha()
        if c is None or not nxt[:1].isalnum():
            return False  # (a quotation after it is what was said: "agreed: “We are …”")
        if _finite_verb(tokens, 0, k, c) is None and not (c.COPULA_UNWRITTEN and k >= 3):
            return False  # (in a language that writes no "is", a clause may have no verb:
            # "Цього літа Олег знову в горах: у липні він почне …")
        stop = next((j for j in range(k + 1, len(tokens)) if tokens[j].text == ":"), len(tokens))
        return _finite_verb(tokens, k + 1, stop, c) is not None
    if tokens[k].text != "-":
        return False
    return 0 < k < len(tokens) - 1 and tokens[k - 1].end < tokens[k].start < tokens[k + 1].start - 1


def _fronted_clause_end(tokens: list[Token], cuts: list[int], c: ModuleType) -> int | None:
    """ "Although prices fell in 2019, the firm raised …": where the main clause starts after a
    fronted subordinate clause with a verb of its own (None: no such clause)."""
    if not tokens:
        return None
    if tokens[0].lower in c.PERFECT_PARTICIPLE_OPENERS:
        return _perfect_participle_end(tokens, cuts, c)
    if c.FRONTED_INFINITIVE_OPENERS and (end := fronted_infinitive_end(tokens, cuts, c)):
        return end  # "Tras dejar la alcaldía en 2014, | Ruiz fundó …": the phrase's own date
    if tokens[0].lower not in c.FRONTED_SUBORDINATORS:
        if tokens[0].lower in c.FRONTED:  # "Following a fire that broke out in May, …"
            return _relative_in_front_end(tokens, cuts, c) or _verb_first_condition(tokens, cuts, c)
        return _verb_first_condition(tokens, cuts, c)
    stop = cuts[1] if len(cuts) > 1 else len(tokens)
    comma = next((k for k in range(1, stop) if tokens[k].text == ","), None)
    if comma is None and _gerund_after(tokens, c):
        # "After retiring in 1963 he ran …": a pronoun and its verb open the main clause
        return next(
            (
                k
                for k in range(3, stop - 1)
                if tokens[k].lower in c.PRONOUNS and _is_finite(tokens, k + 1, k, c)
            ),
            None,
        )
    if comma is None:
        return _relative_in_front_end(tokens, cuts, c)
    if _finite_verb(tokens, 1, comma, c) is None and not _gerund_after(tokens, c):
        return None  # "After the meeting on Monday, …": a phrase, no clause
    if _finite_verb(tokens, comma + 1, stop, c) is None:
        return None
    return comma + 1


def _perfect_participle_end(tokens: list[Token], cuts: list[int], c: ModuleType) -> int | None:
    """ "Having won the title in 2019, | the club were relegated …": where the main clause
    starts after a fronted perfect participle's phrase (its comma, a finite verb after it)."""
    if len(tokens) < 4 or not c.is_participle(tokens[1].text):
        return None
    stop = next((k for k in cuts[1:] if k > 1), len(tokens))
    comma = next((k for k in range(2, stop) if tokens[k].text == ","), None)
    if comma is None or _finite_verb(tokens, comma + 1, len(tokens), c) is None:
        return None
    if tokens[comma + 1].lower in c.PRONOUNS:
        return None  # ("…, she returned": the pronoun's person is not found across the cut)
    return comma + 1


def _relative_in_front_end(tokens: list[Token], cuts: list[int], c: ModuleType) -> int | None:
    """ "After an outage that began in March, | power returned on Tuesday": where the main
    clause starts after a fronted phrase whose noun a relative clause closes (the relative's
    comma, a finite verb on either side of it); None when there is none."""
    if len(cuts) < 2 or tokens[cuts[1]].lower not in c.RELATIVES | {c.THAT}:
        return None
    start = cuts[1]
    if start < 3 or tokens[start - 1].lower in c.FRONTED_SUBORDINATORS:
        return None  # French "Alors que …", "Bien que …": one subordinator, no noun
    if _finite_verb(tokens, 1, start, c) is not None:
        return None  # "After the plant closed, which …": a clause of its own
    stop = next((k for k in cuts[2:] if k > start), len(tokens))
    comma = next((k for k in range(start + 1, stop) if tokens[k].text == ","), None)
    if comma is None or _finite_verb(tokens, start + 1, comma, c) is None:
        return None
    if _finite_verb(tokens, comma + 1, len(tokens), c) is None:
        return None
    return comma + 1


def _gerund_after(tokens: list[Token], c: ModuleType) -> bool:
    """ "After retiring in 1970, …": an opener of a gerund's clause and its gerund."""
    if tokens[0].lower not in c.GERUND_OPENERS or len(tokens) < 2:
        return False
    word = tokens[1]
    verbs = c.lemmas(word.lower).get("VERB", ())
    return word.text.islower() and word.lower.endswith(c.GERUND) and bool(verbs)


def _verb_first_condition(tokens: list[Token], cuts: list[int], c: ModuleType) -> int | None:
    """German "Scheitern die Gespräche, will der Verband im Juni neu verhandeln": a clause
    opening on its finite verb, a comma, and the main clause's verb straight after it is a
    condition with no "wenn"; the main clause starts there (None: no such clause)."""
    if not c.VERB_LAST or len(tokens) < 5:
        return None
    forms = c.lemmas(tokens[0].lower)
    if "VERB" not in forms or "NOUN" in forms or tokens[1].lower not in c.DETERMINERS:
        return None
    stop = cuts[1] if len(cuts) > 1 else len(tokens)
    comma = next((k for k in range(2, stop) if tokens[k].text == ","), None)
    if comma is None or comma + 1 >= stop or "VERB" not in c.lemmas(tokens[comma + 1].lower):
        return None
    return comma + 1


def _counted_subject(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """Whether a number word opens a subject ("two firefighters"), not a span counted on
    ("two months later")."""
    nxt = tokens[k + 1].lower if k + 1 < len(tokens) else ""
    return tokens[k].lower in c.NUMBER_WORDS and nxt not in c.PERIOD_NOUNS


def _and_clause(tokens: list[Token], k: int, language: str = "en") -> bool:
    """Whether the "and" at ``k``, after a comma, opens a clause with its own subject and
    finite verb ("…, and Pike will take office"), not a list's last item or a second verb
    of the same subject ("…, and ordered schools to close")."""
    c = lang.words(language, "clauses")
    first = k + 1
    if first >= len(tokens):
        return False
    timed = next((j for j in range(first, first + 3) if time_word(tokens, j, language)), None)
    if span := span_offset(tokens, first, c):
        timed = first + span - 1  # "…, and a year later she moved": a span counted on
    if timed is not None and (
        tokens[first].lower not in c.PREPOSITIONS or tokens[first].lower in c.FUSED_ARTICLES
    ):
        # "…, and the following year he was appointed": a fronted time before the subject
        # ("…, y al año siguiente el club subió": its word of direction after it)
        first = (
            timed + 1 + (timed + 1 < len(tokens) and tokens[timed + 1].lower in c.TIME_WORD_AFTER)
        )
        first += first < len(tokens) and tokens[first].text == ","
        if first >= len(tokens):
            return False
        if c.DROPS_SUBJECT and _is_finite(tokens, first, k + 1, c):
            return True  # "…, y al año siguiente fichó por el Celta": its subject left out
        if c.VERB_LAST and _is_finite(tokens, first, k + 1, c) and first + 1 < len(tokens):
            return True  # "…, doch am Montag hat der Rat …": the verb second, then its subject
    counted = first + 1 < len(tokens) and tokens[first + 1].text[:1].isdigit()
    if tokens[first].lower in c.PRICE_HEDGES and counted:
        pass  # "…, and about 2,000 people marched": a count is the subject
    elif tokens[first].lower in c.PREPOSITIONS:  # "…, and in July the union walked out"
        fronted = first + 1
        while fronted < min(len(tokens), first + 5) and tokens[fronted].text[:1].isalnum():
            if _range_link(tokens, fronted, c):
                fronted += 1  # "…, and between 1976 and 1985 his crews won"
                continue
            if not (tokens[fronted].text[:1].isupper() or tokens[fronted].text[:1].isdigit()):
                break
            dated = time_word(tokens, fronted - 1, language) or tokens[fronted - 1].text.isdigit()
            if dated and not _date_part(tokens, fronted, language):
                break  # "…, and in March Ann Lee took …": the date ends where the name starts
            fronted += 1
        if fronted == first + 1 or fronted >= len(tokens):
            return False
        first = fronted
    word = tokens[first]
    subject_start = (
        word.text[:1].isdigit()  # "…, and 2,000 people marched"
        or _counted_subject(tokens, first, c)  # "…, mais deux pompiers ont été blessés"
        or word.lower in c.PRICE_HEDGES
        or word.lower in c.CLAUSE_SUBJECT_STARTS
        or word.lower in c.DETERMINERS
        or word.lower in c.POSSESSIVE_PRONOUNS
        or word.text[:1].isupper()
        or _bare_plural(word.lower, c)  # "…, and polls close at 10pm"
        or _bare_noun(tokens, first, c)  # "…, and construction ran", "and work is due to …"
        or _described_plural(tokens, first, c)  # "…, and final figures follow in May"
    )
    if not subject_start or _is_finite(tokens, first, first, c):
        return False
    end = min(len(tokens), first + _AND_SUBJECT_REACH + 1)
    j, grown = first + 1, False
    while j < end:
        aside = _date_aside(tokens, j, language)
        if aside is not None:  # "…, and the final match, in 2004, ran three hours"
            end, j = min(len(tokens), end + aside + 1 - j), aside + 1
            continue
        # (an opener that is an article too opens nothing inside a phrase: "der Straßen")
        article = tokens[j].lower in c.ARTICLES
        if tokens[j].text in (",", ";") or (tokens[j].lower in c.OPENERS and not article):
            return False
        if tokens[j].lower in c.PRONOUNS:
            return False  # "and the jobs he has held have been …": a relative inside
        if tokens[j].lower == c.OF or (tokens[j].lower in c.PREPOSITIONS and not grown):
            # "and the first match of next season is …", "and a shortlist of six novels
            # will be …": the noun's phrase, then its verb
            end = min(len(tokens), end + _OF_PHRASE_REACH)
            grown = grown or tokens[j].lower != c.OF
        if _is_finite(tokens, j, first, c) and not _is_modifier_participle(
            tokens, j, len(tokens), c
        ):
            return True
        j += 1
    return False


def bare_join_clause(tokens: list[Token], k: int, language: str = "en") -> bool:
    """Whether the "and" or "but" at ``k``, with no comma before it, opens a clause of its
    own ("raised prices | and sales fell in May"): as after a comma (``_and_clause``), with
    the subject's words straight before its verb, no list's joiner among them ("in Manchester
    and Leeds and hired": the list goes on), and a verb that reads as the clause's, not a
    participle before its agent ("notes issued by the bank")."""
    c = lang.words(language, "clauses")
    if k + 1 >= len(tokens):
        return False
    first = tokens[k + 1].lower
    if first in c.AUX or first in c.OPENERS or first in c.BARE_OPENERS:
        return False  # "… and will be sentenced", "… and that the hall will open"
    subject = after_fronted_time(tokens, k + 1, c, language)
    if subject >= len(tokens):
        return False
    if subject > k + 1:  # "… in May and last winter the board rejected …": a new subject
        if not _fronted_subject_start(tokens[subject], c):
            return False
    elif not _plain_subject_start(tokens[k + 1], c):
        return False  # "Cable and Wireless has …", "5.47 pct for … and 5.51 pct": a name, a list
    listed = {t.lower for t in tokens[max(0, k - _LIST_LOOK_BACK) : k]}
    if listed & (c.COORDINATORS | {","}):
        return False  # "bricks, glass and paint and other supplies will rise": a list
    before, after = c.lemmas(tokens[k - 1].lower), c.lemmas(tokens[k + 1].lower)
    if "ADJ" in before and ("NOUN" not in before or "ADJ" in after):
        return False  # "by federal and provincial governments": two words of one noun
    if any(t.lower == c.BETWEEN for t in tokens[max(0, k - _AND_SUBJECT_REACH) : k]):
        return False  # "flights between the capital and the coast will be cut": a pair
    if not _and_clause(tokens, k, language):
        return False
    verb = next(
        (j for j in range(subject, min(len(tokens), subject + 1 + _AND_SUBJECT_REACH))
         if _is_finite(tokens, j, subject, c)),
        None,
    )  # fmt: skip
    if verb is None or verb + 1 >= len(tokens):
        return False
    if any(tokens[j].lower in c.COORDINATORS for j in range(subject, verb)):
        return False
    if tokens[verb].lower in c.AUX or not c.is_participle(tokens[verb].lower):
        return True  # ("sales fell in May": a past that is no participle)
    # (not "bonds and notes issued by the bank in May rose": a participle and its agent)
    return tokens[verb + 1].lower not in c.OBJECT_PARTICIPLE_AGENT_WORDS


def _fronted_subject_start(token: Token, c: ModuleType) -> bool:
    """A subject's first word after a fronted date: a name or a pronoun too ("and last year
    it bought …"), the date having ended any list."""
    return token.text[:1].isupper() or token.lower in c.PRONOUNS or _plain_subject_start(token, c)


def _plain_subject_start(token: Token, c: ModuleType) -> bool:
    """A word in lower case that opens a subject and no list item of a name or a figure: an
    article, a possessive, "there", or a noun that is no verb ("police", not "raises")."""
    if not token.text.islower():
        return False
    if token.lower in c.PRONOUNS:
        return False  # ("… and he is forecasting …": whom "he" stands for is unsure there)
    if token.lower in c.DETERMINERS | c.POSSESSIVE_PRONOUNS | c.CLAUSE_SUBJECT_STARTS:
        return True
    forms = c.lemmas(token.lower)
    return "NOUN" in forms and "VERB" not in forms


def _date_part(tokens: list[Token], k: int, language: str) -> bool:
    """Whether token ``k`` goes on the date before it: a number or a time's name."""
    return tokens[k].text[:1].isdigit() or time_word(tokens, k, language)


def _date_aside(tokens: list[Token], k: int, language: str) -> int | None:
    """The closing comma of a date set off by commas at token ``k`` (", in 2011,", ", in
    March 2019,"), or None: a preposition and at most three words of the date, each a time's
    name or a number."""
    c = lang.words(language, "clauses")
    if tokens[k].text != "," or k + 2 >= len(tokens) or tokens[k + 1].lower not in c.PREPOSITIONS:
        return None
    for j in range(k + 2, min(len(tokens), k + 6)):
        if tokens[j].text == ",":
            return j if j > k + 2 else None
        if not (tokens[j].text.isdigit() or time_word(tokens, j, language)):
            return None
    return None


def _bare_plural(word: str, c: ModuleType) -> bool:
    """A plural noun with no article, as a clause's subject may open ("prices", "polls")."""
    return (
        bool(c.PLURAL_NOUN_ENDING)
        and word.endswith(c.PLURAL_NOUN_ENDING)
        and ("NOUN" in c.lemmas(word))
    )


def _described_plural(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """A plural noun with no article after a word that describes it ("final figures")."""
    if k + 1 >= len(tokens) or not tokens[k].text.isalpha() or tokens[k].lower in c.ADVERBS:
        return False  # ("…, and then raises pay": an adverb before the verb)
    return "ADJ" in c.lemmas(tokens[k].lower) and _bare_plural(tokens[k + 1].lower, c)


def _range_link(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """The joiner of a range of two figures ("between 1976 and 1985", "from 1976 to 1985")."""
    if tokens[k].lower not in c.RANGE_JOINERS or k + 1 >= len(tokens):
        return False
    return tokens[k - 1].text[:1].isdigit() and tokens[k + 1].text[:1].isdigit()


def _bare_noun(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """A noun or an adjective with no article opening a subject ("construction"); one that
    reads as a verb too ("work", "full") only before an auxiliary ("work is due to start") or
    as an adjective before a plural and its auxiliary ("full results will be published"), as
    "…, and cut costs" is a second verb of the same subject."""
    forms = c.lemmas(tokens[k].lower)
    if not {"NOUN", "ADJ"} & set(forms) or tokens[k].lower in c.ADVERBS:
        return False
    if "VERB" not in forms and "AUX" not in forms:
        return True
    if k + 1 < len(tokens) and tokens[k + 1].lower in c.AUX:
        return True
    if k + 1 < len(tokens) and "NOUN" in forms and _past_verb(tokens[k + 1], c):
        return True  # "…, and police found the boat": a noun, then its own past
    # "full results will …": an adjective, then its plural noun and an auxiliary
    return (
        "ADJ" in forms
        and k + 2 < len(tokens)
        and _bare_plural(tokens[k + 1].lower, c)
        and tokens[k + 2].lower in c.AUX
    )


def _past_verb(token: Token, c: ModuleType) -> bool:
    """A lower-case past that is a verb only ("found", "seized"), no noun ("cut", "set")."""
    forms = c.lemmas(token.lower)
    return token.text.islower() and c.is_past(token.lower) and "NOUN" not in forms


_LIST_LOOK_BACK = 3  # tokens before a bare "and" where a list's comma or joiner shows
_AND_SUBJECT_REACH = 6  # tokens: "and the city's transport committee will meet"
_OF_PHRASE_REACH = 3  # tokens more for an "of" phrase in the subject: "of next season"


def fronted_when_end(tokens: list[Token], cuts: list[int], c: ModuleType) -> int | None:
    """ "In 2019, when the plant closed, the town lost …": where the main clause starts after
    a "when" clause that follows a phrase fronted with no verb of its own (None: no such
    clause). The "when" clause ends at the first comma with a finite verb on either side."""
    if len(cuts) < 2 or tokens[cuts[1]].lower not in c.WHEN_WORDS:
        return None
    if tokens[cuts[1] - 1].text != ",":
        return None
    if _finite_verb(tokens, 0, cuts[1], c) is not None:
        return None  # "The town lost it in 2019, when …": the "when" clause closes
    stop = cuts[2] if len(cuts) > 2 else len(tokens)
    for comma in (k for k in range(cuts[1] + 2, stop - 1) if tokens[k].text == ","):
        if _finite_verb(tokens, cuts[1] + 1, comma, c) is None:
            continue
        return comma + 1 if _finite_verb(tokens, comma + 1, stop, c) is not None else None
    return None


def said_before_comma(tokens: list[Token], start: int, comma: int, c: ModuleType) -> bool:
    """German "Lies sagte am Donnerstag in Bremen, die Bahn werde …": the clause before the
    comma has a verb of saying and no comma after it, and a clause with a verb of its own
    follows the comma."""
    verb = next(
        (
            j
            for j in range(start, comma)
            if _says_before(tokens, j, comma, c) and _is_finite(tokens, j, start, c)
        ),
        None,
    )
    if verb is None or any(t.text == "," for t in tokens[verb:comma]):
        return False
    # (its verb second, within reach and before the next comma: "die Geduld der Beschäftigten
    # sei …", whose "der" is an article here, not a relative)
    end = min(comma + 1 + c.REPORTED_SUBJECT_REACH, len(tokens))
    end = next((j for j in range(comma + 1, end) if tokens[j].text == ","), end)
    return _finite_verb(tokens, comma + 2, end, c) is not None


def _says_before(tokens: list[Token], k: int, comma: int, c: ModuleType) -> bool:
    """Whether token ``k`` is a verb of saying: its plain verb ("sagte": "sagen", not "absagen")
    or one whose particle stands right before the comma ("teilte … mit,": "mitteilen"; not
    "gab es am Gutachten,": "bekanntgeben")."""
    verbs = c.lemmas(tokens[k].lower).get("VERB", ())
    if not verbs:
        return False
    particle = tokens[comma - 1].lower if comma - 1 > k else ""
    plain = min(verbs, key=len) in c.SPEECH_VERBS
    return plain or (
        bool(particle)
        and any(v in c.SPEECH_VERBS and v.startswith(particle) and v != particle for v in verbs)
    )


def preposition_in_subject(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """Whether the opener ``k``, a preposition too ("after", "before"), stands inside the
    sentence's subject rather than opening a clause: "Only the trading after the 1983
    realignment came close to …" — the noun phrase before it has no verb, and no comma
    follows (but a date's: "March 21, 1983") to close a fronted phrase ("A day after the
    crash, shares fell")."""
    if tokens[k].lower not in c.PREPOSITIONS or k < 2 or k + 1 >= len(tokens):
        return False
    head = [t.lower for t in tokens[:k]]
    if head[0] in c.FRONTED_SUBORDINATORS:
        return False
    if "," in head or _finite_verb(tokens, 0, k, c) is not None:
        return False
    if tokens[k + 1].lower not in c.DETERMINERS:
        return False
    return not any(
        t.text == "," and not (j + 1 < len(tokens) and _is_year(tokens[j + 1].text))
        for j, t in enumerate(tokens[k + 1 :], k + 1)
    )


def _is_year(word: str) -> bool:
    return len(word) == 4 and word.isdigit()
