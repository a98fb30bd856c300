"""Happenings named by a noun with a date written on it: "the cause of Tuesday's crash of a
regional jet", "at the March 18 hearing", "The final vote is set for June 3".

The sentence's clause tells another happening (the finding, the statement) or none; the
noun's date is its own (``core.events.anchors`` calls it a modifier), so without this module
the crash gave no event. The title is the noun phrase as written, its date left out
("Crash of a regional jet"); only nouns the language lists as naming one happening
(``HAPPENING_NOUNS``) count, and a phrase of one word ("Monday's vote" → "Vote") says too
little to stand alone.
"""

from __future__ import annotations

from functools import cache
from types import ModuleType

from core import lang
from core.events.anchor_context import _YEAR_LAST
from core.events.entities import Mention
from core.events.kinds import sure_word_kind
from core.events.named_verbs import named_before_verb
from core.events.parse import Happening, Sentence, When, parse_sentence, token_at
from core.events.titles import noun_headline
from core.events.tokens import Token
from core.events.wording import reduce_names
from core.temporal.tagger import Timex
from core.timeval import is_day_value

_MIN_TITLE_WORDS = 2
_HEAD_REACH = 3  # words between the date and its noun: "Tuesday's [procedural] vote"


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


@cache
def _nouns(language: str) -> frozenset[str]:
    return lang.words(language, "events").HAPPENING_NOUNS


def is_happening_noun(word: str, language: str) -> bool:
    """A noun naming one happening ("crash", "hearings"), by its lemma.

    >>> is_happening_noun("hearings", "en"), is_happening_noun("profit", "en")
    (True, False)
    """
    nouns = _nouns(language)
    forms = _clauses(language).lemmas(word).get("NOUN", ()) or (word.lower(),)
    return bool({*forms, word.lower()} & nouns)  # ("talks" is listed as written)


def dated_noun(s: Sentence, when: When, written_on: bool = False) -> Happening | None:
    """The happening a noun right after ``when`` names ("Tuesday's crash of …", "the March
    18 hearing"), titled by its noun phrase; ``written_on``: only a date written on its noun
    (possessive or after an article: "since the May 2019 flood"), none after its noun."""
    c = _clauses(s.language)
    at = token_at(s.tokens, when.timex.start)
    if s.inside[at]:
        return None
    after = next((k for k in range(at, len(s.tokens)) if s.tokens[k].start >= when.timex.end), None)
    if after is not None and s.tokens[after].text == "," and _YEAR_LAST.search(when.timex.text):
        after += 1  # "the May 2, 2001, fire": the comma closes the date
    possessive = after is not None and s.tokens[after - 1].lower.endswith(c.POSSESSIVE_ENDINGS)
    owned = at > 0 and _owner(s.tokens[at - 1], c)
    premodifier = (at > 0 and s.tokens[at - 1].lower in c.ARTICLES) or owned
    if after is None or (not possessive and not premodifier):
        if written_on:
            return None
        # "… after a fire in the hold on 19 July", "to hold a public hearing on Oct. 12"
        return _noun_before_date(s, at, when, c) or _phrase_of_time(s, at, when, c)
    day_move = possessive and is_day_value(when.timex.value)  # not "the 1929 decline"
    head = next(
        (
            k
            for k in range(after, min(after + _HEAD_REACH, len(s.tokens)))
            if s.tokens[k].text.islower()
            and (
                is_happening_noun(s.tokens[k].text, s.language)
                or (day_move and _day_move_noun(s.tokens[k].lower, s.language))
            )
        ),
        None,
    )
    if head is None or any(not s.tokens[k].text.isalpha() for k in range(after, head)):
        return None
    nxt = s.tokens[head + 1] if head + 1 < len(s.tokens) else None
    compound = nxt is not None and nxt.text.islower() and nxt.lower not in c.PREPOSITIONS
    # "the 1996 heist that hurt a guard": a clause's first word is no noun of the phrase
    compound = compound and nxt is not None and nxt.lower not in c.OPENERS | c.RELATIVES | {c.THAT}
    if compound and is_happening_noun(nxt.text, s.language):
        head += 1  # "the October 1998 shooting death of …": the last noun heads the phrase
    elif compound and "NOUN" in c.lemmas(nxt.lower) and not c.is_past(nxt.text):
        return None  # "today's opening price": the happening word modifies a noun
    if owned and _agreement_in(s, after, head + 1):
        return None  # "a slide from its 2009 loan agreement": the owner's terms, a thing
    end = _phrase_end(s, head, c)
    if _sought_at(s, at - 1, c):
        end = head + 1  # "consent at the June 2 annual meeting [of a share split]"
    elif end == head + 1 and _agent_after(s, head, c):
        end = _phrase_end(s, head + 1, c)  # "the Feb. 3 truce signed by …": who made it
    return _noun_happening(s, after, end, head, when)


def _day_move_noun(word: str, language: str) -> bool:
    """A move's noun that a day in the possessive dates ("yesterday's [small] gains")."""
    return word in lang.words(language, "events").DAY_MOVE_NOUNS


def _sought_at(s: Sentence, k: int, c: ModuleType) -> bool:
    """Whether the determiner at token ``k`` follows a noun sought at a setting and its
    preposition: "approval at [the] …" (``SOUGHT_AT_NOUNS``)."""
    return k >= 2 and s.tokens[k - 1].lower == c.AT and s.tokens[k - 2].lower in c.SOUGHT_AT_NOUNS


def refused_noun(
    text: str, start: int, end: int, timex: Timex, mentions: list[Mention], language: str
) -> Happening | None:
    """The happening a noun with ``timex`` written on it names, once the clause's tense has
    refused that date: "Two men are charged in the May 3, 2011, fire at …" (the charging is
    told now, the fire was then)."""
    s = parse_sentence(text, start, end, [When(timex)], mentions, language)
    if s is None or not s.whens:
        return None
    at = token_at(s.tokens, timex.start)
    clause = next((cl for cl in s.clauses if cl.start <= at < cl.end), None)
    if clause is None or clause.verb is None or clause.verb > at:
        return None  # "The Oct. 23 shooting remains unsolved": the subject's, read whole
    return dated_noun(s, s.whens[0], written_on=True)


def _agreement_in(s: Sentence, start: int, end: int) -> bool:
    """Whether a noun of what was agreed ("accord", "pact") is among tokens ``start``..``end``."""
    nouns = lang.words(s.language, "anchors").AGREEMENT_NOUNS
    return any(s.tokens[k].lower in nouns for k in range(start, end))


def _agent_after(s: Sentence, head: int, c: ModuleType) -> bool:
    """Whether a participle and its agent follow the noun at ``head`` ("truce | signed by")."""
    if head + 2 >= len(s.tokens):
        return False
    word = s.tokens[head + 1].text
    return word.islower() and c.is_participle(word) and s.tokens[head + 2].lower == c.BY


def _owner(token: Token, c: ModuleType) -> bool:
    """Whether ``token`` owns the phrase after it: "its", "Zembla's" (before "[2003]
    invasion of …")."""
    name = token.text[:1].isupper() and token.lower.endswith(c.POSSESSIVE_ENDINGS)
    return name or token.lower in c.POSSESSIVE_PRONOUNS


def scheduled_noun(s: Sentence, subject: str, predicate: str) -> str:
    """ "The final vote is set [for June 3]": a happening noun whose clause only says when it
    is set or due, titled by the noun phrase ("Final vote"); "" for any other clause."""
    c = _clauses(s.language)
    words = [w.lower() for w in predicate.split()]
    # "The final vote is [on June 3]": the copula alone, its date left out
    copula = bool(words) and all(w in c.AUX for w in words) and not _dated_in(s, subject)
    if not copula and (
        not words or words[-1] not in c.SCHEDULED or any(w not in c.AUX for w in words[:-1])
    ):
        return ""
    nouns = [w.strip(",.") for w in subject.split() if w[:1].isalpha()]
    # the phrase's head before its preposition or (German) its genitive's article, or the
    # noun it is made of: "A ballot initiative [on …]", "Der Start [der Saison]"
    cut = next((k for k, w in enumerate(nouns) if _phrase_cut(k, w.lower(), c)), len(nouns))
    heads = nouns[:cut][-2:] if cut < len(nouns) or copula else nouns[-1:]
    if not any(is_happening_noun(w, s.language) for w in heads):
        return ""  # "The notes are due in 2031": a maturity, no happening
    title = noun_headline(subject, language=s.language)
    if len(title.split()) >= _MIN_TITLE_WORDS or copula:  # ("The vote was": no title)
        return title if len(title.split()) >= _MIN_TITLE_WORDS else ""
    # "A hearing is set [for June 3]": one noun says too little alone; the clause as written
    return f"{subject[:1].upper()}{subject[1:]} {predicate}"


def _phrase_cut(k: int, word: str, c: ModuleType) -> bool:
    """Whether the ``k``-th word of a subject ends its head: a preposition, or a genitive's
    article after the head's own ("Der Auftakt | der Saison")."""
    return bool(k) and (word in c.PREPOSITIONS or (k > 1 and word in c.GENITIVE_ARTICLES))


def _dated_in(s: Sentence, subject: str) -> bool:
    """Whether the subject holds a date of its own ("The 2019 election was …")."""
    return any(w.timex.text in subject for w in s.whens)


def _phrase_end(s: Sentence, head: int, c: ModuleType) -> int:
    """Where the noun phrase from ``head`` ends: at a comma, a clause's word, a second date,
    "and" (but "between A and B" and "Immigration and Naturalization Service" go on), an
    infinitive, a figure after its preposition ("… earthquake | at 926 mln dlrs"), or a verb
    after a noun ("crash | injured two")."""
    k = head + 1
    between = False
    if k < len(s.tokens) and s.tokens[k].lower not in c.PREPOSITIONS - c.TOPIC_PREPOSITIONS:
        return k  # only phrases after the noun: "hearing | Paul Gonson told …", "quake | exports"
    while k < len(s.tokens):
        if c.REGION_AFTER_PLACE and _state_after_place(s, k, c):
            k += 4  # "of a Tulsa, Okla., fuel depot": the place's state, set off by commas
            continue
        token = s.tokens[k]
        glued = token.text == "." and token.start == s.tokens[k - 1].end  # "Dr.", "U.S."
        listed = between and token.text == "," and _name_at(s, k + 1)  # "between Norway, the EU"
        if not token.text[:1].isalnum() and token.text != "-" and not glued and not listed:
            break
        between = between or token.lower == c.BETWEEN
        named = 0 < k < len(s.tokens) - 1 and s.tokens[k - 1].text[:1].isupper()
        named = named and s.tokens[k + 1].text[:1].isupper()  # "Trade and Development"
        if token.lower == c.AND and (between or named):
            between = False  # a pair's "and", or one inside a name or between two names
        elif k in s.drop or _ends_phrase(token, c):
            break
        if token.lower == c.TO or (
            token.lower in c.PREPOSITIONS
            and k + 1 < len(s.tokens)
            and s.tokens[k + 1].text[:1].isdigit()
        ):
            break
        if _verb_after_noun(s, k, c):
            break
        k += 1
    while k - 1 > head and s.tokens[k - 1].lower in c.PREPOSITIONS | c.ARTICLES:
        k -= 1
    return k


def _state_after_place(s: Sentence, k: int, c: ModuleType) -> bool:
    """Whether the comma at token ``k`` sets off a place's abbreviated state or region after
    its name, inside a noun phrase that goes on: "a Tulsa[, Okla.,] fuel depot" (not "in
    Mesa, Ariz., on Monday": the phrase ends at the place)."""
    if k + 4 >= len(s.tokens) or s.tokens[k].text != "," or not s.tokens[k - 1].text[:1].isupper():
        return False
    state, stop, comma, goes_on = s.tokens[k + 1 : k + 5]
    glued = stop.text == "." and stop.start == state.end
    if not (state.text[:1].isupper() and state.text.isalpha() and glued and comma.text == ","):
        return False
    return goes_on.text.isalpha() and goes_on.text.islower() and goes_on.lower not in c.PREPOSITIONS


def _ends_phrase(token: Token, c: ModuleType) -> bool:
    """Whether ``token`` ends a noun phrase: a coordinator, a clause's word ("… of Kuwait |
    until …"), "as", an auxiliary (not a name's word: "Pan Am Flight 6")."""
    if token.lower in _phrase_enders(c):
        return True
    return token.lower in c.AUX and token.text.islower()


@cache
def _phrase_enders(c: ModuleType) -> frozenset[str]:
    """The words that end a noun phrase whatever their case (``_ends_phrase``)."""
    return c.COORDINATORS | c.NOUN_PHRASE_ENDS | c.SUBORDINATORS | c.CLAUSE_UNTIL | {c.AS}


def _name_at(s: Sentence, k: int) -> bool:
    """Whether a name starts at token ``k`` ("Britain", "the European Union")."""
    if k >= len(s.tokens):
        return False
    word = s.tokens[k].text
    if word.lower() in _clauses(s.language).ARTICLES and k + 1 < len(s.tokens):
        word = s.tokens[k + 1].text
    return word[:1].isupper()


def _verb_after_noun(s: Sentence, k: int, c: ModuleType) -> bool:
    """ "the crash injured two": a past form after a noun or a name is a verb ("western
    industrialized nations": after an adjective it is one too)."""
    token, before = s.tokens[k], s.tokens[k - 1].lower
    if not token.text.islower() or not c.is_past(token.text) or "NOUN" in c.lemmas(token.lower):
        return False
    if named_before_verb(s.tokens, k, c):
        return True  # "the 1999 depot robbery in Selby | attended the hearing": a clause's verb
    return "NOUN" in c.lemmas(before) and "ADJ" not in c.lemmas(before)


def _phrase_of_time(s: Sentence, at: int, when: When, c: ModuleType) -> Happening | None:
    """ "… retired the ferry in August after a fire in its engine room on 19 July": a phrase
    of time ("after", "before") with no verb, whose noun phrase is a happening and whose date
    (at token ``at``) is its own: the happening, titled by the phrase ("A fire in …"). A vote
    on March 3 in a clause with a verb is that clause's, read there."""
    clause = next((cl for cl in s.clauses if cl.start <= at < cl.end), None)
    times = c.SUBORDINATORS & c.PREPOSITIONS
    if clause is None or clause.verb is not None or s.tokens[clause.start].lower not in times:
        return None
    # (or straight after its noun: "after a heated debate last Thursday")
    bare = at > 0 and _happening_at(s, at - 1)
    if clause.start == 0 or (
        at > 0 and s.tokens[at - 1].lower not in c.TIMEX_PREPOSITIONS and not bare
    ):
        return None
    a = clause.start + 1
    head = next((k for k in range(a, at) if is_happening_noun(s.tokens[k].text, s.language)), None)
    if head is None or not s.tokens[head].text.islower():
        return None
    if bare and any(s.tokens[k].lower in c.PREPOSITIONS for k in range(a, head)):
        return None  # "before the Assembly for a vote tomorrow": the Assembly is no happening
    opens = s.tokens[a].lower in c.ARTICLES | c.POSSESSIVE_PRONOUNS or a == head
    if not opens:
        return None  # "after talks on …" opens on its noun, "a fire" on its article
    end = next((k for k in range(head, at) if k in s.drop), at)
    comma = next((k for k in range(end - 1, head, -1) if s.tokens[k].text in (",", ";")), None)
    if comma is not None:  # "after the fire, for a vigil on Tuesday": the date is the vigil's
        a = comma + 1 + (s.tokens[comma + 1].lower in c.PREPOSITIONS)
        head = next(
            (k for k in range(a, end) if is_happening_noun(s.tokens[k].text, s.language)), None
        )
        if head is None or not s.tokens[head].text.islower():
            return None
        if s.tokens[a].lower not in c.ARTICLES | c.POSSESSIVE_PRONOUNS and a != head:
            return None
    if any(s.tokens[k].lower in c.POSSESSIVE_PRONOUNS for k in range(a + 1, end)):
        return None  # "a fire in its engine room": whose, the title cannot say
    return _noun_happening(s, a, end, head, when)


_MODIFIER_REACH = 3  # words between the article and its noun: "the annual general meeting"
_TOPIC_REACH = 3  # words of the phrase about what: "a hearing on [the new plan]"


def _noun_before_date(s: Sentence, at: int, when: When, c: ModuleType) -> Happening | None:
    """ "agreed to hold a public hearing on the plan on Oct. 12", "subject to approval at the
    annual general meeting on July 12": a happening noun after its article, at most one phrase
    about what between it and the date's preposition (at token ``at - 1``), names a happening
    of that date the clause did not take; titled by the noun phrase ("Annual general
    meeting"), the phrase about what left out when it points back ("on that idea")."""
    k = at - 2
    if k < 1:
        return None
    preposition = s.tokens[at - 1].lower
    if s.tokens[k].lower in c.SCHEDULED and preposition in c.NOUN_SCHEDULED_PREPOSITIONS:
        k -= 1  # "a special meeting scheduled for May 5"
    elif preposition not in c.NOUN_DATE_PREPOSITIONS:
        return None  # ("a meeting for May" alone is a purpose as often as a date)
    link = next(
        (
            p
            for p in range(k - 1, max(0, k - _TOPIC_REACH - 1), -1)
            if s.tokens[p].lower in c.NOUN_TOPIC_LINKS
        ),
        None,
    )
    head = k if _happening_at(s, k) else None
    if head is None and link is not None and _happening_at(s, link - 1):
        words = range(link + 1, k + 1)
        if any(not s.tokens[p].text.isalpha() or c.is_past(s.tokens[p].text) for p in words):
            return None  # "a hearing on what was found …": a clause, not a phrase
        head = link - 1
    if head is None:
        return None
    a = head - 1
    while a > max(0, head - _MODIFIER_REACH - 1) and s.tokens[a].lower not in c.ARTICLES:
        word = s.tokens[a].text
        if not word.isalpha() or not word.islower() or word in c.NOUN_AIM_WORDS | c.PREPOSITIONS:
            return None  # ("the alternatives at special meetings": no article of the noun's)
        a -= 1
    if s.tokens[a].lower not in c.ARTICLES or any(p in s.drop for p in range(a, k + 1)):
        return None
    if a > 0 and s.tokens[a - 1].lower in c.NOUN_HOPED_AFTER:
        return None
    if any(_saying_at(s, p, c) for p in range(max(0, a - 2), a)):
        return None  # "told a news conference on Tuesday": the saying's setting, its own day
    pointing = (c.ANAPHORIC - c.ARTICLES) | c.DEMONSTRATIVES | c.POSSESSIVE_PRONOUNS
    end = k + 1 if head < k else head + 1
    if any(s.tokens[p].lower in pointing for p in range(head + 1, end)):
        end = head + 1  # "a public hearing [on that idea]": the idea the title cannot say
    return _noun_happening(s, a, end, head, when)


def _happening_at(s: Sentence, k: int) -> bool:
    """Whether token ``k`` is a happening noun as written in lower case ("meeting")."""
    return s.tokens[k].text.islower() and is_happening_noun(s.tokens[k].text, s.language)


def _saying_at(s: Sentence, k: int, c: ModuleType) -> bool:
    """Whether token ``k`` is a verb of saying ("said", "told")."""
    return bool(set(c.lemmas(s.tokens[k].lower).get("VERB", ())) & c.SPEECH_VERBS)


def _noun_happening(s: Sentence, start: int, end: int, head: int, when: When) -> Happening | None:
    """The happening the noun phrase of tokens ``start``..``end`` (headed at ``head``) names,
    on ``when``, titled by the phrase; None when the title is too short to say anything."""
    phrase = reduce_names(s.text, s.tokens, start, end, s.mentions, s.drop, s.language)
    title = noun_headline(phrase, language=s.language)
    if len(title.split()) < _MIN_TITLE_WORDS:
        return None
    kind = sure_word_kind(s.tokens[head].text, s.text[s.tokens[0].start : s.tokens[-1].end],
                          s.language)  # fmt: skip
    return Happening(title, kind, when, s.entities([(start, end)], []))
