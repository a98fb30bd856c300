"""The shallow grammar the event extractor needs: tokens, quotes, clauses and their verbs.

No parser: clause openers ("saying", "when", "that", dashes), a finite-verb test from the
language's word forms (``lemmas``, ``is_past``) and word position. The tokens and clause
spans are ``core.events.tokens``', the finite-verb test ``core.events.finite``'s. Which words
of a clause a title keeps is ``core.events.wording``'s. The words are the language's
(``core.lang.<code>.clauses``); each function takes the language's code, English by default.
"""

from __future__ import annotations

from functools import cache
from itertools import pairwise
from types import ModuleType

from core import lang
from core.events.clause_edges import _and_clause as _and
from core.events.clause_edges import (
    _fronted_clause_end,
    _is_dash,
    bare_join_clause,
    fronted_when_end,
    preposition_in_subject,
    said_before_comma,
)
from core.events.clause_fronts import (
    _after_fronted,
    _counted_front_end,
)
from core.events.clause_speech import (
    _may_report,
    _reports_speech,
    _reports_speech_after_day,
    _said_comma,
    _told_opener,
)
from core.events.clause_times import (
    _aside_phrase,
    _clock_after,
    _figure_after,
    _near_time,
    _that_time,
    dated_main_clause,
)
from core.events.contact_clauses import contact_relative, that_told
from core.events.finite import _finite_verb, _is_finite
from core.events.finite_signs import present_after_relative
from core.events.fronted_subordinates import fronted_subordinate_end
from core.events.governed_relatives import governed_relative
from core.events.listed_subjects import listed_subject
from core.events.plural_presents import plural_resumed_verb
from core.events.preposition_phrases import object_phrase
from core.events.relative_ends import present_after_that, resumes_after_relative, subject_relative
from core.events.relative_resumes import subject_relative_end
from core.events.since_clauses import since_noun_clause
from core.events.subject_relatives import noun_then_past, resumes_after_subject_relative
from core.events.tokens import _DASHES, Clause, Token

# The marks ``_is_dash`` may read as a clause's dash (a colon or a lone hyphen only in some
# places): any other token is none, with no call.
_DASH_MARKS = _DASHES | {":", "-"}


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def quoted(tokens: list[Token], language: str = "en") -> list[bool]:
    """Which tokens stand inside quotation marks, single ones too ("su disco 'Soleá 1958'")."""
    c = _clauses(language)
    inside = False
    flags = []
    single = _single_quotes(tokens)
    for k, tok in enumerate(tokens):
        if (tok.text in c.OPEN_QUOTES or k in single) and not inside:
            inside = True
            flags.append(True)
            continue
        flags.append(inside)
        if tok.text in c.CLOSE_QUOTES or single.get(k) is False:
            inside = False
    return flags


def _single_quotes(tokens: list[Token]) -> dict[int, bool]:
    """The single quotation marks of a sentence, True where one opens (after a space, on the
    word after it) and False where it closes (on the word before): a mark that opens but never
    closes is an elision ("the '80s"), none."""
    marks: dict[int, bool] = {}
    opened = None
    for k, tok in enumerate(tokens):
        if tok.text != "'":
            continue
        spaced = k == 0 or tokens[k - 1].end < tok.start
        glued_on = k + 1 < len(tokens) and tokens[k + 1].start == tok.end
        if opened is None and spaced and glued_on:
            opened = k
        elif opened is not None and not spaced and k > opened + 1:
            marks[opened], marks[k] = True, False
            opened = None
    return marks


def _only_after_negation(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """Whether THAT at ``k`` closes a restrictive negation a word or two before it (French
    "ne dureront | que quelques semaines", "n'ouvrira | qu'en mai"): "only", no clause."""
    before = [t.lower for t in tokens[max(0, k - 3) : k]]
    return any(w in c.RESTRICTIVE_NEGATION for w in before) and not any(
        w in c.NEGATIONS and w not in c.RESTRICTIVE_NEGATION for w in before
    )


def clauses(tokens: list[Token], language: str = "en") -> list[Clause]:
    """The clauses of a sentence, split at openers ("…, saying", "when", "that") and dashes."""
    c = _clauses(language)
    cuts = [0]
    reported: set[int] = set()
    since: set[int] = set()
    joined: set[int] = set()
    resumed: set[int] = set()  # a main clause going on at its verb after a subject's relative
    governed: set[int] = set()  # a relative pronoun after its preposition ("…, mit dem …")
    # The language's words read once, not at every word (each test below is asked of every
    # word of every sentence); a test's own first condition is asked before calling it where
    # most words fail it ("word in relatives"): the same answers, fewer Python calls.
    that, bare_openers, openers, prepositions = c.THAT, c.BARE_OPENERS, c.OPENERS, c.PREPOSITIONS
    articles, relatives, lemmas, aux = c.ARTICLES, c.RELATIVES, c.lemmas, c.AUX
    contact = c.CONTACT_RELATIVES
    pronouns, subject_relatives = c.PRONOUNS, c.BARE_SUBJECT_RELATIVES
    n = len(tokens)
    for k in range(1, n):
        token, before = tokens[k], tokens[k - 1]
        word = token.lower
        after_comma = before.text == ","
        if word == that and _that_pronoun(tokens, k, c):
            continue  # "is exceeding that in 1986", "higher than that of 1990": no clause
        that_next = k + 1 < n and tokens[k + 1].lower == that  # (the cheap test)
        if (word == that or that_next) and (that_told(tokens, k, c) or that_told(tokens, k + 1, c)):
            continue  # "two years after that it grew": a time phrase, no clause
        if word == that:
            determiner = before.lower in c.THAT_DETERMINER_AFTER
            if determiner and k + 1 < n and "NOUN" in lemmas(tokens[k + 1].lower):
                continue  # "Minutes of that meeting": a determiner after a preposition
            if _that_time(tokens, k, c, language):
                continue  # "met in Ipswich that October": a determiner of the date, no clause
            if _only_after_negation(tokens, k, c):
                continue  # French "ne dureront que quelques semaines": "only", no clause
        if word in c.OFFSET_WORDS and before.lower in c.PERIOD_NOUNS and not after_comma:
            continue  # "Horas antes, …", "dos días después": the end of a time expression
        asked = word in c.SUBJECT_BREAKS and before.text.islower() and before.lower not in aux
        asked = asked and "VERB" in lemmas(before.lower)
        if asked:
            continue  # "asked if she thought …": "if" is "whether", no condition
        bare = word in bare_openers
        opens = bare or (after_comma and word in openers)
        if opens and word in prepositions and _aside_phrase(tokens, k, c):
            continue  # "Albright, after a 16-hour flight, is scheduled …": no clause
        if bare and word in prepositions and _clock_after(tokens, k, c):
            continue  # "conceded shortly after 4:30 a.m. and said …": a time, no clause
        if bare and _near_time(tokens, k, c):
            continue  # "conceded shortly after midnight": a time phrase, no clause
        if (
            word in c.OBJECT_PHRASE_OPENERS
            and len(cuts) == 1
            and object_phrase(tokens, k, language)
        ):
            continue  # "renamed the hall after her in 1998": a preposition's phrase, no clause
        if after_comma and word in relatives and zu_infinitive(tokens, k, n, c):
            continue  # German "hat beschlossen, die Steuern zu senken": no relative clause
        if after_comma and word in articles and _named_apposition(tokens, k, c):
            continue  # German "Ihr Mann, der Fotograf Werner Kessler, starb": no relative
        if after_comma and word in articles and len(cuts) == 1 and listed_subject(tokens, 0, k, c):
            continue  # German "Die Halle, die Rampe und … wurden eröffnet": no relative
        told = after_comma and word in articles and word in relatives
        # ... and any other subject after a verb-last language's saying ("teilte am Montag
        # mit, | ein Mann sei festgenommen worden", "…, es habe einen Antrag gestellt")
        told = told or (
            after_comma
            and c.VERB_LAST
            and _told_opener(word, c)
            and not zu_infinitive(tokens, k, n, c)
        )
        if told and (k - 1 in reported or said_before_comma(tokens, cuts[-1], k - 1, c)):
            if k - 1 not in reported:
                cuts.append(k - 1)
                reported.add(k - 1)
            continue  # German "sagte am Montag in Bonn, | die Bahn werde …": told, no relative
        if after_comma and word in c.DAY_ARTICLES and _figure_after(tokens, k):
            continue  # German "am Freitag, dem 8. Januar": the day's article, no relative
        if bare and len(cuts) == 1 and preposition_in_subject(tokens, k, c):
            continue  # "Only the trading after the 1983 realignment came close": no clause
        if (token.text in _DASH_MARKS and _is_dash(tokens, k, c)) or opens:
            cuts.append(k)
        elif after_comma and dated_main_clause(tokens, cuts[-1], k, c, language):
            cuts.append(k)  # German "…, im Oktober wurde er verhaftet": a clause of its own
        elif (
            len(cuts) == 1
            and word in subject_relatives
            and subject_relative(tokens, k, c, language)
        ):
            cuts.append(k)  # "The woman | who founded the firm in 1990 retired …": as "that"
        elif (
            len(cuts) == 1
            and word in c.MAIN_RESUMES_IN_RELATIVE
            and (main := subject_relative_end(tokens, k, c)) is not None
        ):
            cuts += [k, main]  # "Le maire | qui a démissionné en mars | a été remplacé hier"
            resumed.add(main)
        elif after_comma and governed_relative(tokens, k, c):
            cuts.append(k)  # German "…, mit dem das Unternehmen seit 2019 zusammenarbeitet"
            governed.add(k)
        elif word in relatives and _relative_after_verb(tokens, cuts[-1], k, c):
            cuts.append(k)  # "linked approval to other issues | which would be discussed …"
        elif (
            word in c.CLAUSE_SINCE
            and _since_clause(tokens, k, c, language)
            and not (len(cuts) == 1 and preposition_in_subject(tokens, k, c))
        ):  # (not "Heavy trading since the 2019 election surprised analysts": its subject)
            cuts.append(k)  # "has called three times | since he arrived on April 6"
            since.add(k)
        elif word in c.CLAUSE_UNTIL and _since_clause(tokens, k, c, language):
            cuts.append(k)  # "ran the yard | until it closed in 1979": the closing's own date
            since.add(k)
        elif _may_report(before.lower, c) and (
            _reports_speech(tokens, k - 1, c) or _reports_speech_after_day(tokens, k, c)
        ):
            cuts.append(k)  # "said (on Friday) he would visit": a "that" left out
            reported.add(k)
        elif after_comma and word in articles and _said_comma(tokens, k, c):
            cuts.append(k)  # "Lund said, | the company spent …": the comma of wire copy
            reported.add(k)
        elif contact and word in pronouns and contact_relative(tokens, cuts[-1], k, c):
            cuts.append(k)  # "…, a levy | the town dropped two years later": "that" left out
            reported.add(k)
        elif after_comma and c.AND_OPENS_CLAUSE and word == c.AND and _and(tokens, k, language):
            cuts.append(k)  # "…on November 12, | and Pike will take office on January 2"
            joined.add(k)
        elif (
            after_comma
            and c.BUT_OPENS_CLAUSE
            and (word in c.BUT or word in c.FOR_JOINS)
            and _and(tokens, k, language)
        ):  # (German "…, denn am Montag hat der Rat …": "for", a main clause's order)
            cuts.append(k)  # "…, doch die Behörde lehnte im Juli jede Prüfung ab"
            joined.add(k)
        elif (
            not after_comma
            and c.BARE_JOIN_OPENS_CLAUSE
            and (word == c.AND or word in c.BUT)
            and _finite_verb(tokens, cuts[-1], k, c) is not None
            and not any(t.lower in openers or t.text == "," for t in tokens[cuts[-1] + 1 : k])
            and bare_join_clause(tokens, k, language)
        ):
            # "The mill raised prices | and sales fell in May": the fall's May, not the rise's
            # (after the clause's own verb: "Chile and Argentina agreed" is one subject; not
            # after an opener with no comma, "as costs and a strike in May weighed", nor after
            # a comma, "lent by banks, shops and other lenders rose")
            cuts.append(k)
            joined.add(k)
        elif after_comma and any(_resumes(tokens, cut, k, c) for cut in cuts[-2:]):
            cuts.append(k)  # "The minister, who took office in 2019, met …": "met" resumes
        elif len(cuts) == 2 and resumes_after_relative(tokens, cuts[1], k, c, language):
            cuts.append(k)  # "A plan that would ban drones | won approval …": "won" resumes
            resumed.add(k)
        elif len(cuts) == 2 and resumes_after_subject_relative(tokens, cuts, k, c):
            cuts.append(k)  # "El incendio que se declaró el domingo | quedó estabilizado …"
            resumed.add(k)
    fronted = _fronted_clause_end(tokens, cuts, c)
    counted = _counted_front_end(tokens, c)
    if counted is not None:  # "A year after the crash on 3 May 2019, the airline resumed …":
        cuts[:] = [k for k in cuts if k == 0 or k >= counted]  # one clause, a fronted phrase
    if fronted is not None:  # (after a relative in the fronted phrase: "After an outage that
        cuts[:] = sorted({*cuts, fronted})  # began in March, | power returned …")
    elif (main := fronted_when_end(tokens, cuts, c)) is not None:
        cuts.insert(2, main)  # "In 2019, when the plant closed, | the town lost …"
    elif (main := fronted_subordinate_end(tokens, cuts, c)) is not None:
        cuts[:] = sorted({*cuts, main})  # "En 2018, después de que …, | el ayuntamiento compró"
    cuts.append(len(tokens))
    found = []
    for a, b in pairwise(cuts):
        opener = tokens[a].lower if a or fronted is not None else ""
        dash = a > 0 and _is_dash(tokens, a, c)
        opens = opener in c.OPENERS or dash or opener in c.FRONTED_SUBORDINATORS or a in since
        opens = opens or a in joined
        body = a + 1 if (a or fronted is not None) and opens else a
        opener = c.THAT if a in reported else opener
        body = body if a in since else _after_fronted(tokens, body, b, c, language)
        if a in resumed:  # the main clause goes on at its verb
            found.append(Clause(a, a, b, "", a))
            continue
        if a in governed:  # the relative pronoun opens it, after its preposition
            opener, body = tokens[a + 1].lower, a + 2
        found.append(Clause(a, body, b, opener, _finite_verb(tokens, body, b, c, whole=True)))
    return found


def _that_pronoun(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """ "exceeding that in 1986", "higher than that of 1990": "that" stands for a noun."""
    if k + 1 >= len(tokens) or tokens[k + 1].lower not in c.PREPOSITIONS:
        return False
    before = tokens[k - 1].lower
    return before in c.THAT_PRONOUN_AFTER or before.endswith(c.GERUND)


def _since_clause(tokens: list[Token], k: int, c: ModuleType, language: str = "en") -> bool:
    """ "since he arrived", "since the agency raised rates": a clause, not "since 1962"."""
    if k + 2 < len(tokens) and tokens[k + 1].text[:1].isupper():
        calendar = lang.words(language, "calendar")
        if tokens[k + 1].lower in {*calendar.MONTHS, *calendar.WEEKDAYS}:
            return False  # "since May", "since Monday": a date
        if _name_then_verb(tokens, k + 1, c):  # "since Lomax, a rival, was acquired"
            return True
    elif k + 2 < len(tokens) and tokens[k + 1].lower in c.PRONOUNS | c.ARTICLES:
        reach = min(len(tokens), k + 1 + c.LIST_ITEM_REACH + 2)  # "since the new agency raised"
        if _finite_verb(tokens, k + 1, reach, c) is not None:
            return True
    # "since unions signed the pact", "since Hale's team took charge", "since a new board of
    # directors was elected"
    return since_noun_clause(tokens, k, c, language)


def _resumes(tokens: list[Token], clause_start: int, k: int, c: ModuleType) -> bool:
    """After ", who … ," the sentence's main clause goes on at its verb."""
    opener = tokens[clause_start].lower
    if clause_start + 1 < k and governed_relative(tokens, clause_start, c):
        # "Чоловік, з яким вона прожила …, | помер": the pronoun after its preposition (or its
        # owned noun: "Амбар, крышу которого …, | купил")
        opener = tokens[clause_start + 1].lower
    relative_that = opener == c.THAT and (
        _is_finite(tokens, clause_start + 1, clause_start + 1, c)  # "the guild that hired …"
        or present_after_that(tokens, clause_start, c)  # "the guild that trains masons …"
    )
    if (opener not in c.RELATIVES and not relative_that) or clause_start == 0:
        return False
    if tokens[k].lower in c.AUX:
        return True
    # "Tom Hale, a builder whose firm proved that X, | retired": a past verb, no participle
    # of a noun after the comma
    word = tokens[k].text  # (or a form finite by its ending: "…, que van …, dificultarán")
    finite = (c.is_past(word) or c.is_finite_form(word)) and word.islower()
    finite = finite or plural_resumed_verb(tokens, k, c)  # "…, which apply from May, | cover"
    return finite or _verb_after(tokens, k, c) or present_after_relative(tokens, k, c)


def _verb_after(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """Russian "Жители, которым станцию обещали в 1987 году, | в сентябре провели пикет": the
    main clause goes on at a short phrase its preposition opens, then its past verb; or at its
    subject noun and its past verb ("Амбар, который перекрыли в 1990 году, | фермер купил в
    мае")."""
    if not c.RESUME_AFTER_PHRASE:
        return False
    if tokens[k].lower not in c.PREPOSITIONS:
        return k + 1 < len(tokens) and noun_then_past(tokens[k], tokens[k + 1], c)
    for token in tokens[k + 1 : k + 1 + c.RESUME_AFTER_PHRASE]:
        if token.text in (",", ";", ".", ":") or token.lower in c.OPENERS:
            return False
        if c.is_past(token.text) and token.text.islower():
            return True
    return False


def _relative_after_verb(tokens: list[Token], start: int, k: int, c: ModuleType) -> bool:
    """A relative clause with no comma, opened by a relative and an auxiliary after its
    clause's verb ("linked their approval to issues which would be discussed in April"): a
    clause of its own, so its date is not the verb's. Before the verb ("officers who had been
    searching … concluded") it is left in the subject."""
    if tokens[k].lower not in c.RELATIVES or k + 1 >= len(tokens) or tokens[k - 1].text == ",":
        return False
    nxt = tokens[k + 1]
    # ... or by "who"/"which" and a verb in the past, no comma after it ("investigating the
    # bombings which killed 40 people on Aug. 7"; not "honoured the poet who fought …, a
    # report said Friday": an attribution's date, the main clause's)
    past = (
        tokens[k].lower in c.BARE_SUBJECT_RELATIVES and nxt.text.islower() and c.is_past(nxt.text)
    )
    past = past and not any(_clause_comma(tokens, j) for j in range(k + 1, len(tokens)))
    verb = _finite_verb(tokens, start, k, c)
    # (the verb's own object: not "… had ruptured, and the surgeon who operated …")
    between = tokens[verb + 1 : k] if verb is not None else []
    past = past and not any(t.lower in c.COORDINATORS for t in between)
    return (nxt.lower in c.AUX or past) and verb is not None


def _clause_comma(tokens: list[Token], j: int) -> bool:
    """Whether token ``j`` is a comma, not the one inside a date ("Aug. 7, 1998")."""
    if tokens[j].text != ",":
        return False
    inside = 0 < j < len(tokens) - 1 and tokens[j - 1].text.isdigit()
    return not (inside and len(tokens[j + 1].text) == 4 and tokens[j + 1].text.isdigit())


def _named_apposition(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """Whether the article at ``k``, after a comma, opens an apposition of capitalised words
    closed by a comma ("Ihr Mann, der Fotograf Werner Kessler, starb"), in a language whose
    relative ends on its verb ("…, der 2012 starb,"): a relative's verb is never capitalised."""
    if not c.VERB_LAST:
        return False
    end = next((j for j in range(k + 1, len(tokens)) if tokens[j].text == ","), None)
    words = tokens[k + 1 : end] if end is not None else []
    return len(words) >= 2 and all(t.text[:1].isupper() and t.text[:1].isalpha() for t in words)


def zu_infinitive(tokens: list[Token], k: int, end: int, c: ModuleType) -> bool:
    """Whether tokens from ``k`` to the next comma are an infinitive with "zu" closing a verb
    where the verb goes last ("…, die Steuern zu senken", "…, den Vertrag abzuschließen"):
    part of the clause before, no clause of its own."""
    if not c.VERB_LAST or (k < end and tokens[k].lower in c.PURPOSE_OPENERS):
        return False  # "…, um über die Krise zu beraten": why, not what the verb takes
    stop = next((j for j in range(k, end) if tokens[j].text == ","), end)
    if stop - k < 2 or not zu_verb(tokens[stop - 2].lower, tokens[stop - 1].text, c):
        return False
    return not any(_is_finite(tokens, j, k, c) for j in range(k + 1, stop - 1))


def _name_then_verb(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """Whether the name at ``k`` is straight followed by a verb, or by an aside between
    commas and then a verb ("Lomax, a rival, was acquired"); not "January, sales rose"."""
    j = k + 1
    while j < len(tokens) and tokens[j].text[:1].isupper():
        j += 1  # the name's other words
    if j < len(tokens) and tokens[j].text == ",":
        close = next((i for i in range(j + 1, len(tokens)) if tokens[i].text == ","), None)
        if close is None or close + 1 >= len(tokens):
            return False
        j = close + 1
    return j < len(tokens) and (tokens[j].lower in c.AUX or _is_finite(tokens, j, k, c))


def zu_verb(before: str, word: str, c: ModuleType) -> bool:
    """Whether ``word`` closes an infinitive with "zu": "zu senken" (``before`` is "zu"), or a
    particle verb's "zu" inside it ("abzuschließen", "auszuweiten"), not "gilt als zu klein".
    The one reading of a German "zu" infinitive (``zu_infinitive``, ``verb_second``)."""
    lower = word.lower()
    if not word.islower() or not lower.endswith("n"):
        return False
    if before == c.TO:
        return "VERB" in c.lemmas(lower)
    glued = any(
        lower.startswith(p + c.TO) and len(lower) > len(p) + len(c.TO) + 2 for p in c.VERB_PARTICLES
    )
    return glued or (c.TO in lower[2:] and "VERB" in c.lemmas(lower))
