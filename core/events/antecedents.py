"""What a sentence-opening "it" or "they" stands for when no name is sure: the thing the
sentence before was about.

"The aircraft was delivered to the airline in 2013. It had been inspected on February 20":
"It" is the aircraft. A pronoun that opens a sentence usually continues its topic, the
subject before it; that reading is sure only when nothing else in the sentence before could
be meant: its clause is passive (no object competes for the pronoun) and the number agrees
("they" a plural noun, "it" a singular one that is no person). Otherwise the pronoun stays
unresolved and the clause gives no title (``core.events.subjects``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import cache
from types import ModuleType

from core import lang
from core.events.entities import PERSON, Mention, find_mentions
from core.events.infinitives import opens_infinitive
from core.events.nominal import is_happening_noun
from core.events.parse import Sentence, When, parse_sentence, token_at
from core.events.relative_agreement import agrees
from core.events.relative_fronts import before_aside, participle_agrees, ranked_apposition
from core.events.relative_heads import (
    counted_plural,
    counted_start,
    happening_before_place,
    unsure_head,
)
from core.events.sentences import sentence_before
from core.events.tokens import Clause, Token
from core.events.wording import noun_phrase, owner_name, reduce_names

Subject = tuple[str, list[Mention], tuple[int, int]]


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def earlier_subject(
    s: Sentence, k: int, subject_of: Callable[[Sentence, Clause], Subject]
) -> tuple[str, list[Mention]] | None:
    """The subject of the sentence before ``s`` that the pronoun ``k`` (opening ``s``) stands
    for, as that sentence writes it ("The aircraft"), or None when it is not sure."""
    c = _clauses(s.language)
    pronoun = s.tokens[k].lower
    if k != 0 or pronoun not in c.PRONOUNS - c.PERSONAL_PRONOUNS:
        return None
    before = _previous(s)
    if before is None:
        return None
    clause = _passive(before, before.clauses[0], c)
    if clause is None:  # "The board approved the plan. It will …": the board or the plan?
        return _one_happening(before, pronoun, subject_of) if pronoun != c.THEY else None
    subject, mentions, (a, b) = subject_of(before, clause)
    words = subject.split()
    if not words or words[0].lower() in c.PRONOUNS | c.PREPOSITIONS or b <= a:
        return None
    head = _head(before, a, b, c)
    if head is None or (pronoun == c.THEY) != is_plural(before.tokens[head].text, c):
        return None  # "The evacuation was the second. In June, they left": not it
    people = any(m.kind == PERSON for m in mentions) or any(
        m.kind == PERSON and m.start <= before.tokens[head].start < m.end for m in before.mentions
    )
    if pronoun != c.THEY and people:
        return None  # "it" is no person
    return subject, mentions


def _one_happening(
    before: Sentence, pronoun: str, subject_of: Callable[[Sentence, Clause], Subject]
) -> tuple[str, list[Mention]] | None:
    """ "Councillors have called for a vote of the full council. It is scheduled for …": "it"
    is the one happening the sentence before names, when its subject cannot be "it" (many,
    or a person) and it names no other singular happening."""
    c = _clauses(before.language)
    first = before.clauses[0]
    if first.verb is None:
        return None
    _, mentions, (a, b) = subject_of(before, first)
    head = _head(before, a, b, c) if b > a else None
    if head is None:
        return None
    person = any(m.kind == PERSON for m in mentions)
    if not person and not is_plural(before.tokens[head].text, c):
        return None  # "The board approved the vote": the board or the vote?
    nouns = [
        k
        for k in range(first.verb + 1, len(before.tokens))
        if before.tokens[k].text.islower()
        and is_happening_noun(before.tokens[k].text, before.language)
        and not is_plural(before.tokens[k].text, c)
    ]
    if len(nouns) != 1:
        return None
    x, y = noun_phrase(before.tokens, nouns[0], first.verb + 1, len(before.tokens), before.language)
    if before.tokens[x].lower not in c.ARTICLES:
        return None
    return reduce_names(before.text, before.tokens, x, y, before.mentions, before.drop,
                        before.language), []  # fmt: skip


def _previous(s: Sentence) -> Sentence | None:
    """The sentence before ``s``, parsed without its time expressions (they are dropped from
    a subject only when fronted, which a subject taken here may not be)."""
    start = s.tokens[0].start
    before = sentence_before(s.text, start, s.language)
    if before is None:
        return None
    a, b = before
    if s.text[b:start].count("\n") > 1:
        return None  # a new paragraph may turn to another topic
    return parse_sentence(s.text, a, b, [], s.mentions, s.language)


def _passive(s: Sentence, clause: Clause, c: ModuleType) -> Clause | None:
    """The clause with its verb at the finite "be" of a passive ("were grounded", "had been
    inspected"), its subject the one thing the clause is about; None for any other clause.
    The first finite "be" is taken, not the verb the clause was cut with: a noun read as a
    verb ("31 Tanager jets") would hide it."""
    for k in range(clause.body + 1, clause.end - 1):
        lower = s.tokens[k].lower
        if lower in c.OPENERS | c.COORDINATORS or s.tokens[k].text == ";":
            return None  # "The plan, which was …", "… and was": not the main clause's
        if lower not in c.BE_FINITE and lower not in c.AUX:
            continue
        j = k
        while j < clause.end - 1 and (s.tokens[j].lower in c.AUX or s.tokens[j].lower in c.ADVERBS):
            j += 1
        passive = c.is_participle(s.tokens[j].text) and any(
            s.tokens[i].lower in c.BE for i in range(k, j)
        )
        return Clause(clause.start, clause.body, clause.end, clause.opener, k) if passive else None
    return None


def _head(s: Sentence, a: int, b: int, c: ModuleType) -> int | None:
    """The head noun of the subject ``[a, b)``: its last word before a preposition or comma
    ("All 31 Tanager [jets] in the Corvane fleet")."""
    ends = (j for j in range(a + 1, b) if s.tokens[j].lower in c.PREPOSITIONS | {","})
    end = next(ends, b)
    head = end - 1
    return head if s.tokens[head].text[:1].isalpha() else None


def is_plural(word: str, c: ModuleType) -> bool:
    """A plural noun: its lemma differs from the word ("jets" → "jet"; "aircraft" is both).

    >>> c = lang.words("en", "clauses")
    >>> is_plural("jets", c), is_plural("aircraft", c), is_plural("batches", c)
    (True, False, True)
    """
    nouns = c.lemmas(word).get("NOUN", ())
    return bool(nouns) and word.lower() not in nouns


def thing_before_relative(s: Sentence, clause: Clause) -> tuple[str, list[Mention], int] | None:
    """ "The North American leg, which starts in Toronto on May 20, …": the noun phrase just
    before a relative that stands for a thing (``THING_RELATIVES``) is its subject, as
    written, with its start. Only a phrase that is a clause's subject or object, opening on
    an article or a name: after a preposition the relative may stand for the noun the phrase
    hangs on ("the deficit with the island, which rose …"); None then, and for a figure, a
    date or a clause ("rose 5% in May, which was …" stands for the rise)."""
    c = _clauses(s.language)
    # "who" too, after a noun phrase that names no one ("the driver, who was arrested …")
    people = c.SUBJECT_RELATIVES - {c.WHOSE} if c.THING_RELATIVES else set()
    if clause.opener not in c.THING_RELATIVES | people or clause.start < 2:
        return None
    end = clause.start - 1 if s.tokens[clause.start - 1].text == "," else clause.start
    ranked = ranked_apposition(s, end, c)
    if ranked is not None:  # "the new pact, the first in the region, which …": the pact
        return thing_before_relative(s, replace(clause, start=ranked + 1))
    head = end - 1
    word = s.tokens[head]
    if head in s.drop or not word.text[:1].isalpha() or word.lower in c.NUMBER_WORDS:
        return None
    if "NOUN" not in c.lemmas(word.lower) and not word.text[:1].isupper():
        return None
    a, b = noun_phrase(s.tokens, head, 0, end, s.language)
    a = _owner_before(s, a, c)  # "the FBI's most wanted list": its owner opens it
    a = counted_start(s, a, head, c)  # "will hire | two wardens, who …"
    if b != end or any(k in s.drop or s.tokens[k].lower in c.PREPOSITIONS for k in range(a, b)):
        return None
    if unsure_head(s, clause, a, head):
        # "the championship in Kampala, which ended": the championship, not Kampala
        span = happening_before_place(s, clause, a)
        if span is None:
            return None
        (a, b), head = span, span[1] - 1
        word = s.tokens[head]
    verb = s.tokens[clause.verb].lower if clause.verb is not None else ""
    if not agrees(s.language, clause.opener, word.lower, verb):
        return None  # "…на сессии, которая пройдёт": no nominative before the relative
    # "said fees, which rose …", "noted that bus fares, which fell …": a plural whose
    # words before it are nouns alone (not "higher beef sales": which part is not sure)
    bare_at = a + 1 if s.tokens[a].lower == c.THAT and a < head else a  # "noted that | …"
    bare = _bare_plural_phrase(s, bare_at, head, c)
    a = bare_at if bare else a
    first = s.tokens[a]
    if (
        first.lower not in c.ARTICLES | c.DEMONSTRATIVES
        and not first.text[:1].isupper()
        and not bare
        and not counted_plural(s, a, head, c)  # "two pools, which will shut"
    ):
        return None  # "higher beef sales", "its offer": whose, or which part, is not sure
    before = s.tokens[a - 1] if a > 0 else None
    # "delegates at the talks, which opened on Monday": after a preposition, a noun that
    # names a happening is what began or ended, not the noun the phrase hangs on
    happening = word.text.islower() and is_happening_noun(word.text, s.language)
    # ("the strike, which followed her speech last Tuesday": the date is the speech's)
    happening = happening and not set(c.lemmas(verb).get("VERB", ())) & c.SEQUENCE_VERBS
    governed = (
        before is None
        or _governs_at(s, before_aside(s, a - 1, c), c)
        or _verb_phrase_object(s, a, c)
        # "new ferries, including the Aster, which sailed …": the item, not the list's head
        or (before.lower in c.ITEM_OPENERS and s.tokens[clause.start - 1].text == ",")
    )
    # "la version finale du pacte, qui sera signé …": the article holds the preposition
    fused = c.FUSED_ARTICLE_PARTS.get(first.lower) if a < head else None
    if fused and not participle_agrees(s, clause, fused, c):
        return None  # "la liste des candidats, qui a été publiée": the list's, not theirs
    governed = governed and not fused
    after_preposition = fused is not None or (before is not None and before.lower in c.PREPOSITIONS)
    if not governed and not (after_preposition and (happening or _dated_not_figure(s, clause))):
        return None
    phrase = reduce_names(s.text, s.tokens, a + bool(fused), b, s.mentions, s.drop, s.language)
    phrase = f"{fused} {phrase}" if fused else phrase
    mentions = [m for m in s.mentions if first.start <= m.start and m.end <= word.end]
    return phrase, mentions, a


def _bare_plural_phrase(s: Sentence, a: int, head: int, c: ModuleType) -> bool:
    """Whether ``a``…``head`` is a plural with only nouns before it and no article ("fares",
    "bus fares"), not a verb's object after "to" ("measures to cut costs")."""
    if not is_plural(s.tokens[head].text, c):
        return False
    if a > 0 and infinitive_at(s, a - 1):
        return False
    return all(_plain_noun(t, c) for t in s.tokens[a:head])


def infinitive_at(s: Sentence, k: int) -> bool:
    """Whether token ``k`` marks an infinitive, a verb after it ("failed | to meet", "steps |
    to trim costs"), in a language whose anchors name the mark (English "to")."""
    if s.tokens[k].lower not in lang.words(s.language, "anchors").INFINITIVE_MARKS:
        return False
    verb = s.tokens[k + 1].text if k + 1 < len(s.tokens) else ""
    return opens_infinitive(s.tokens[k].text, verb, _clauses(s.language))


def _plain_noun(token: Token, c: ModuleType) -> bool:
    """A lowercase word that is a noun and no adjective ("bus" in "bus fares")."""
    forms = c.lemmas(token.lower)
    return token.text.islower() and "NOUN" in forms and "ADJ" not in forms


def _dated_not_figure(s: Sentence, clause: Clause) -> bool:
    """Whether a relative holds a date of its own, no plan, and its verb tells no figure's
    change: "ahead of the new term, which begins on January 9" is the term's start;
    "the deficit with the island, which rose in May" may be the deficit's rise."""
    c = _clauses(s.language)
    main = s.clauses[0]
    # only a relative set off by a comma after the main clause's verb, or after a fronted
    # phrase ("During Storm Ann, which struck …"): inside the subject, the phrase may be the
    # noun's ("Ties between the two clubs, which nearly broke down, …")
    fronted = main.verb is None and s.tokens[0].lower in c.PREPOSITIONS
    after_verb = main.verb is not None and main.verb < clause.start
    if clause.verb is None or s.tokens[clause.start - 1].text != "," or not (fronted or after_verb):
        return False
    if s.tokens[clause.start - 2].lower in c.TIME_UNITS:
        return False  # "For the fiscal year, which ended Jan. 30, …": a period's end
    if main.verb is not None and _tells_figure(s, [s.tokens[main.verb]]):
        return False  # "Sales grew with the rise in orders from the island, which …": the rise's?
    dates = [token_at(s.tokens, w.timex.start) for w in s.whens if not (w.back or w.until)]
    own = [k for k in dates if clause.verb < k < clause.end]
    if not own:
        return False  # (nor a span: "which has firmed over the last two days")
    words = [s.tokens[k] for k in range(clause.verb, min(own))]
    if any(w.text == "," or w.lower in (c.TO, c.BY) for w in words):
        return False  # "…, according to results published on …", "called for comments by May"
    # (the relative's own words, to the comma after its date: "which struck the coast in May,
    # | 9,000 homes lost power")
    close = next((k for k in range(max(own), clause.end) if s.tokens[k].text == ","), clause.end)
    told = [s.tokens[k] for k in range(clause.verb, close) if k not in s.drop]
    if any(w.lower in c.PLAN_OR_MOVE | c.UNTIL_TERM_ENDS for w in told):
        return False  # "which are due Sept 10": a term or a plan, no happening
    if any(ch.isdigit() for w in told for ch in w.text):
        return False  # "saw sales of 183 mln in 1986", "closed Friday at $71.75": a figure
    return not _tells_figure(s, told, c.SEQUENCE_VERBS)


def _tells_figure(s: Sentence, words: list[Token], more: frozenset[str] = frozenset()) -> bool:
    """Whether one of ``words`` (tokens) is a verb of a figure's change ("rose", "grew"), or
    of ``more``."""
    c = _clauses(s.language)
    lemmas = {lemma for w in words for lemma in c.lemmas(w.lower).get("VERB", ())}
    return bool(lemmas & (c.MEASURE_MOVES | more))


def _governs(word: str, c: ModuleType) -> bool:
    """Whether the word before a noun phrase makes it a clause's subject or object: a verb,
    an auxiliary, or "that" (not "and": "…, Ecuador and Peru, which proposed" is the list's)."""
    lower = word.lower()
    if lower in c.AUX or lower == c.THAT:
        return True
    # a present governs too ("Los vecinos recuerdan el puente, que …")
    finite = c.is_past(word) or c.is_finite_form(word)
    return word.islower() and lower not in c.PREPOSITIONS and finite


def clause_whens(s: Sentence, clause: Clause) -> list[When]:
    """The sentence's times that stand in ``clause`` and date it: not a "when" clause's
    ("since 1998, when …"), nor one after the comma closing a relative (``past_relative_close``),
    nor one in an aside of the subject when a time follows the verb (``_subject_aside``)."""
    mine = [
        w
        for w in s.whens
        if not w.of_when_clause
        and clause.start <= token_at(s.tokens, w.timex.start) < clause.end
        and not past_relative_close(s, clause, w.timex.start)
    ]
    # (a time after the verb in a clause that follows counts: "Anna Roe, a graduate of 1998,
    # said that in spring …" — the aside's year dates neither the saying nor what was said)
    after = clause.verb is not None and any(
        token_at(s.tokens, w.timex.start) > clause.verb for w in s.whens if not w.of_when_clause
    )
    return [w for w in mine if not (after and _subject_aside(s, clause, w.timex.start))]


def _subject_aside(s: Sentence, clause: Clause, offset: int) -> bool:
    """Whether the time at ``offset`` stands between two commas that part a person named as
    the subject from the verb ("Le chanteur Paul Rivet, aujourd'hui en tournée dans tout le pays,
    y a fait ses débuts en 1997": what he is now, not when he made his debut). An aside after
    a thing may date it ("Las entradas para la visita, el 10 de mayo, …"), so it stays."""
    assert clause.verb is not None
    at = token_at(s.tokens, offset)
    if not clause.body < at < clause.verb:
        return False
    opened = next((k for k in range(clause.body + 1, at) if s.tokens[k].text == ","), None)
    if opened is None or not any(s.tokens[k].text == "," for k in range(at + 1, clause.verb)):
        return False
    name_end = s.tokens[opened - 1].end
    return any(m.kind == PERSON and m.end == name_end for m in s.mentions)


def past_relative_close(s: Sentence, clause: Clause, offset: int) -> bool:
    """Whether the time at ``offset`` stands after the comma that closes a relative opened
    after a comma ("closed the deal, which was subject to financing, in July": the closing's
    July, not the relative's). A comma after a name is the name's ("which opened in Geneva,
    Switzerland, on Monday"), one after a figure may part a change from its level ("rose
    4%, to 210, in May"), and one an "and" or "or" follows parts a list ("stepped down as
    chairman, president and chief executive in March")."""
    c = _clauses(s.language)
    if clause.opener not in c.RELATIVES or clause.start == 0 or clause.verb is None:
        return False
    if s.tokens[clause.start - 1].text != ",":
        return False
    at = token_at(s.tokens, offset)
    commas = [k for k in range(clause.verb + 1, at) if s.tokens[k].text == ","]
    if not commas or any(s.tokens[k].lower in c.COORDINATORS for k in range(commas[-1], at)):
        return False  # "resigned as treasurer, secretary and general counsel in June"
    word = s.tokens[commas[-1] - 1].text
    return word.isalpha() and word.islower()


def _governs_at(s: Sentence, k: int, c: ModuleType) -> bool:
    """Whether token ``k`` makes the noun phrase after it a clause's subject or object
    (``_governs``), or is a verb's plain form straight after an auxiliary or the infinitive's
    "to" ("will attend the conference, which …", "to prepare for the season, which …")."""
    word = s.tokens[k]
    if _governs(word.text, c):
        return True
    if k == 0 or not word.text.islower() or "VERB" not in c.lemmas(word.lower):
        return False
    if set(c.lemmas(word.lower)) == {"VERB"} and any(clause.verb == k for clause in s.clauses):
        return True  # "Sponsors include Acme, which …": a plural's present, its clause's verb
    if word.lower not in c.lemmas(word.lower)["VERB"]:
        return False  # "attends", "attending": not the plain form
    return s.tokens[k - 1].lower in c.FUTURE | c.MODALS | {c.TO}


def reported_subject(s: Sentence, first: Clause, speaker: str = "") -> tuple[str, int, int] | None:
    """ "Officials said fares, which rose …, would fall": a clause that resumes after an aside
    with no subject of its own takes the words after the first clause's verb of saying
    ("fares"), not the speaker; their text and span, or None when the first clause says
    nothing that way (no verb of saying, or nothing after it)."""
    c = _clauses(s.language)
    if first.verb is None:
        return None
    lexical = first.verb
    while lexical + 1 < first.end and s.tokens[lexical].lower in c.AUX | c.ADVERBS:
        lexical += 1
    if not set(c.lemmas(s.tokens[lexical].lower).get("VERB", ())) & c.SPEECH_VERBS:
        return None
    a, b = lexical + 1, first.end
    while b > a and not s.tokens[b - 1].text[:1].isalnum():
        b -= 1
    if b <= a or s.tokens[a].lower in c.PREPOSITIONS | c.OPENERS:
        return None  # "said on Friday …", "said that …"
    if s.tokens[a].lower in c.IT_POSSESSIVES:  # "Anheuser said its new strategy …"
        owns = next((e for e in c.POSSESSIVE_ENDINGS if e.startswith("'")), "")
        if not speaker or not owns or b <= a + 1:
            return None
        rest = reduce_names(s.text, s.tokens, a + 1, b, s.mentions, s.drop, s.language)
        return f"{owner_name(speaker, owns, s.language)} {rest}", a, b
    return reduce_names(s.text, s.tokens, a, b, s.mentions, s.drop, s.language), a, b


def headline_people(text: str, body_start: int, language: str) -> list[Mention]:
    """The people a headline names in full ("Ann Roe, pioneering engineer, dies at 92"), for a
    body that opens on "She": a pronoun's one name may be the headline's. Only a headline in
    sentence case: in title case every word is a capital and no name is sure."""
    end = text.find("\n", 0, body_start)
    line = text[: end if end > 0 else body_start]
    words = [w for w in line.split() if w[:1].isalpha()]
    capitals = sum(w[0].isupper() for w in words[1:])
    if len(words) < 3 or 2 * capitals > len(words) - 1:
        return []
    found = find_mentions(text, 0, len(line), language)
    return [m for m in found if m.kind == PERSON and " " in m.text]


def _verb_phrase_object(s: Sentence, a: int, c: ModuleType) -> bool:
    """Whether the noun phrase at ``a`` hangs on a verb through a preposition ("came in the
    building trade, which …", "was placed on the list, which …") or is the time of a
    preposition of time ("before the spring break, which begins …"): the relative's
    antecedent then, not a noun the phrase hangs on ("the rise in demand from the island")."""
    before = s.tokens[a - 1].lower
    if before not in c.PREPOSITIONS or a < 2:
        return False
    return before in c.SUBORDINATORS or _governs_at(s, a - 2, c)


def _owner_before(s: Sentence, a: int, c: ModuleType) -> int:
    """Where a noun phrase starts when a name's possessive, and its article, come before the
    words at ``a`` ("the FBI's | most wanted list"): there; else ``a``."""
    if a == 0 or not s.tokens[a - 1].text[:1].isupper():
        return a
    if not s.tokens[a - 1].lower.endswith(tuple(e for e in c.POSSESSIVE_ENDINGS if "'" in e)):
        return a
    a -= 1
    return a - 1 if a > 0 and s.tokens[a - 1].lower in c.ARTICLES else a
