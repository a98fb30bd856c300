"""A dated clause titled by its own words, in the text's order: one module, two ways in.

When a date dates a clause and the headline builders give nothing, the clause still says
what happened. Two cases reach here:

- the parse found no subject or no verb (``fallback_happening``, English "that"-less
  clauses): "The hangar doors, rusted shut, | until the museum's new crane arrived in June
  1981" → "The museum's new crane arrived"; the words before a guessed verb must read as a
  subject (a name, a determiner or number with its noun; never a bare pronoun, a relative or
  a preposition).
- the parser read the clause whole, but could make no headline of it (``clause_words_title``,
  languages that ask for it with ``CLAUSE_WORDS_TITLE``): "Горбівський районний суд у
  вівторок визнав колишнього скарбника клубу Івана Лося винним" → "Горбівський районний суд
  визнав колишнього скарбника клубу": the words from its subject (or a place phrase fronted
  before a verb-first clause) to the end of its predicate, without the time expression, cut
  at a word to fit, when the subject reads as one and the verb survives the cut.

Only a parse failure comes here: a negation, a state, a condition, a quotation or a report
stays dropped, as ``core.events.happenings`` decided. Both ways share the cut (``MAX_CHARS``,
no title ending on "of", "the", a comma: ``_dangling``).
"""

from __future__ import annotations

import itertools
from functools import cache
from types import ModuleType

from core import lang
from core.events.anchors import DATES, role
from core.events.kinds import clause_kind
from core.events.parse import Happening, Sentence, When, lexical_verb, token_at
from core.events.states import is_state, running_total
from core.events.subjects import subject_of
from core.events.title_ends import MAX_CHARS
from core.events.tokens import Clause
from core.events.verb_last_titles import closing_infinitive
from core.events.wording import reduce_names, widen_drop

SUBJECT_WORDS = 6  # a subject longer than this is a parse of its own, not a fallback's
_PUNCTUATION = frozenset(",;:–—-")  # a list's or an aside's marks: a parsed title stops there


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def fallback_happening(s: Sentence, clause: Clause, when: When) -> Happening | None:
    """The happening of ``clause`` from its own words when the parse found no subject or no
    verb there: "…, until the fair closed in August 1981" → "The fair closed"; None
    when the parse did read it (its drop was a decision) or the words read as no headline."""
    c = _clauses(s.language)
    if clause.opener.lower() not in c.FALLBACK_OPENERS:
        return None  # "that …" is what someone said, "which …" a relative's
    if any(s.inside[clause.start : clause.end]):
        return None  # a quotation is the speaker's, not a happening read off its words
    verb = clause.verb
    if verb is not None and subject_of(s, clause)[0]:
        return None  # read whole: what dropped it was a decision
    drop = widen_drop(s.tokens, s.drop, s.language)
    words = [k for k in range(clause.body, clause.end) if k not in drop]
    if not words or (verb is None and (verb := _verb_in(s, words, c)) is None):
        return None
    if clause.verb is None and _weekday(s, when, c):
        return None  # "Tarnby play at home on Sunday": the day's tense was read off no verb
    subject = [k for k in words if k < verb]
    if not _bare_subject(s, subject, c) or _refused(s, words, c):
        return None
    end = _title_end(s, [k for k in words if k >= verb], c)
    if end is None or not _dates_title(s, when, verb, end, c):
        return None  # "…, outside the course record from 2003": the record's year, not ours
    if _deadline(s, when, clause, c):
        return None  # "The treaty calls for a ban by 2030": a goal
    named = reduce_names(s.text, s.tokens, subject[0], verb, s.mentions, drop, s.language)
    predicate = reduce_names(s.text, s.tokens, verb, end, s.mentions, drop, s.language)
    if not named or not predicate or is_state(predicate, s.language, when.timex.value):
        return None  # "The reservoir was full [in May]": how things were
    title = f"{named} {predicate}"
    title = title[0].upper() + title[1:]
    kind = clause_kind(s, s.tokens[verb].text, predicate)
    return Happening(title, kind, when, s.entities([(subject[0], end)], []))


def _verb_in(s: Sentence, words: list[int], c: ModuleType) -> int | None:
    """The first word after the clause's first that reads as a finite verb: an auxiliary or a
    simple past ("the ferry service [resumed]"), else a third-person present before an
    infinitive ("the guild [plans] to stage …"); None when there is none."""
    present = None
    for k in words[1:]:
        low = s.tokens[k].lower
        if s.tokens[k].text != low:
            continue
        if low in c.AUX or c.is_past(low):
            return k
        if low in _not_subject(c) or not low[:1].isalnum():
            break  # a verb past a preposition or a comma is no longer this subject's
        if present is None and c.is_present_singular(low) and _infinitive_after(s, k, c):
            present = k  # ("The club's ticket sales rose": the past goes first)
    return present if present is not None and present < words[-1] else None


def _dates_title(s: Sentence, when: When, verb: int, end: int, c: ModuleType) -> bool:
    """Whether the date dates what the title tells: it dates a clause (``anchors.role``) and
    stands before the verb or within the predicate, not past the comma the title stops at."""
    if role(s.text, when.timex, s.language) != DATES:
        return False
    at = token_at(s.tokens, when.timex.start)
    if at not in s.drop and at < end:
        return False  # "This week's …": the date is a word of the title, it dates no clause
    stop = next((k for k in range(end, len(s.tokens)) if k not in s.drop), len(s.tokens))
    return at < stop and not (
        end < len(s.tokens)
        and s.tokens[end].start == s.tokens[end - 1].end
        and s.tokens[end].text == ":"
    )


def _deadline(s: Sentence, when: When, clause: Clause, c: ModuleType) -> bool:
    """Whether the date opens a range ("The grant runs from May 2, 1988 until …": a state) or
    is the deadline of a present the fallback read as the verb ("The treaty calls for a ban
    by 2030": a goal, not when anything happened)."""
    at = token_at(s.tokens, when.timex.start)
    before = s.tokens[at - 1].lower if at > 0 else ""
    return before in c.RANGE_OPENERS or (clause.verb is None and before == c.BY)


def _weekday(s: Sentence, when: When, c: ModuleType) -> bool:
    """Whether the date names a day of the week ("on Sunday"), which the tense places."""
    return any(
        w in c.SPEECH_DAYS for w in s.text[when.timex.start : when.timex.end].lower().split()
    )


def _infinitive_after(s: Sentence, k: int, c: ModuleType) -> bool:
    """Whether an infinitive follows word ``k`` ("plans [to stage]"): the present a verb, not
    a noun's plural ("The bill provides 5 billion …" stays unread)."""
    after = s.tokens[k + 1 : k + 3]
    return len(after) == 2 and after[0].lower == c.TO and "VERB" in c.lemmas(after[1].lower)


def _bare_subject(s: Sentence, subject: list[int], c: ModuleType) -> bool:
    """Whether the words before the verb read as a subject: "the programme", "Mara Lind",
    "three inspectors", "the club's coach"; not "he", "which", "between the games"."""
    if (
        not subject
        or len(subject) > SUBJECT_WORDS
        or subject != list(range(subject[0], subject[-1] + 1))
    ):
        return False  # (a date inside the subject: the parse's business)
    first = s.tokens[subject[0]]
    texts = [s.tokens[k].text for k in subject]
    if any(not t[:1].isalnum() and t not in c.POSSESSIVE_ENDINGS for t in texts):
        return False  # "The coach, hired in May, …": an aside, not a plain subject
    if first.lower in _not_subject(c) or running_total([first.lower], s.language):
        return False
    if texts[-1] in c.POSSESSIVE_ENDINGS or texts[-1].endswith(c.POSSESSIVE_ENDINGS):
        return False  # "This week's | estimated arrivals": the owner's noun is still to come
    if first.lower in c.DETERMINERS or first.text.isdigit():
        return len(subject) > 1 and s.tokens[subject[-1]].lower not in _not_subject(c)
    capitalised = all(t[:1].isupper() or t in c.POSSESSIVE_ENDINGS for t in texts)
    return first.text[:1].isupper() and capitalised  # "Mara Lind", "Harbour Board"


@cache
def _not_subject(c: ModuleType) -> frozenset[str]:
    return lang.union(
        c,
        "PRONOUNS",
        "SPEAKER_PRONOUNS",
        "RELATIVES",
        "PREPOSITIONS",
        "SUBORDINATORS",
        "COORDINATORS",
        "NEGATIVE_SUBJECTS",
        "READER_SUBJECTS",
        "LINKS",
        "FRONTED",
    )


def _refused(s: Sentence, words: list[int], c: ModuleType) -> bool:
    """Whether the clause says what did not happen ("never reopened"), asks for something
    ("please …") or is a line of a table ("Lyon vs Nice")."""
    lows = [s.tokens[k].lower for k in words]
    refused = lang.union(c, "NEGATIONS", "IMPERATIVE_MARKERS", "TABLE_WORDS")
    return any(w in refused or w.endswith(c.NEGATED_AUX_ENDING) for w in lows)


def _title_end(s: Sentence, predicate: list[int], c: ModuleType) -> int | None:
    """The token the title stops before: the predicate's words up to a comma or a new clause,
    cut at a word boundary to about ``MAX_CHARS`` and never after "of", "to", "the"."""
    run: list[int] = []
    for k in predicate:
        if s.tokens[k].lower in c.TITLE_CUT_BEFORE or s.tokens[k].text in (",", ";", ":"):
            break
        if s.tokens[k].end - s.tokens[predicate[0]].start > MAX_CHARS:
            break
        run.append(k)
    while run and s.tokens[run[-1]].lower in _dangling_or_aux(c):
        run.pop()
    if not run:
        return None
    return run[-1] + 1


@cache
def _dangling_or_aux(c: ModuleType) -> frozenset[str]:
    """The words an English fallback title never ends on: ``_dangling``'s and an auxiliary
    ("The fair was")."""
    return _dangling(c) | frozenset(c.AUX)


# The parsed clause's words (``CLAUSE_WORDS_TITLE`` languages)


def clause_words_title(
    s: Sentence, clause: Clause, subject: tuple[int, int], verb: int, stop: int, drop: set[int]
) -> str:
    """The clause's words from its first after the opener to ``stop`` (or the subject's end,
    when the subject follows the verb), ``drop`` left out, as a title: "Der Kreistag in Oberwies
    hat den Etat beschlossen"; "" when the language does not ask for it, or the subject the
    parser found does not read as one (a pronoun, a relative, a preposition)."""
    c = _clauses(s.language)
    if not c.CLAUSE_WORDS_TITLE or clause.opener in lang.union(c, "RELATIVES", "THING_RELATIVES"):
        return ""  # "…, das die Firma eröffnet hatte": the relative's noun stands outside it
    if not _parsed_subject(s, subject, drop, c):
        return ""
    last = max(verb, lexical_verb(s, clause), subject[1] - 1)
    cut = next((k for k in range(last + 1, stop) if _cuts(s, k, c)), stop)
    words = [k for k in range(clause.body, max(cut, subject[1])) if k not in drop]
    while words and (s.tokens[words[0]].text in _PUNCTUATION or _link(s, words[0], c)):
        words.pop(0)  # "А в суботу …", "…, und …": the link is no word of the title
    if not words or (words[0] != subject[0] and not _opens_on_phrase(s, words, c)):
        return ""  # ("Conteste une réforme …": a subject elsewhere)
    if any(s.tokens[k].text in _PUNCTUATION for k in range(words[0], words[-1])):
        return ""  # "Próximas fechas: apertura …": a list, no clause
    if any(s.tokens[k].lower in c.NEGATIONS for k in words):
        return ""  # "ningún grupo", "nichts": a title would tell what did not happen
    if any(_broken(s, a, b, c) for a, b in itertools.pairwise(words)):
        return ""  # "Die Bilanz für das [erste Halbjahr] stellt …": a phrase left without its noun
    while words and (
        _width(s, words) > MAX_CHARS or _hangs_open(s, words, c) or _in_name(s, words)
    ):
        words.pop()  # ("… визнав колишнього голову ради Петра [Мирошника]": no half a name)
    if len(words) < 3 or words[-1] < max(verb, lexical_verb(s, clause)):
        return ""  # the verb cut off: "Рассмотрение иска к бывшему мэру", "Der Rat hat den Etat"
    title = _text(s, words)
    return title[:1].upper() + title[1:]


def _cuts(s: Sentence, k: int, c: ModuleType) -> bool:
    """Whether the title stops before token ``k``: a coordinator, a relative, a comma."""
    lower = s.tokens[k].lower
    return lower in lang.union(c, "TITLE_CUT_BEFORE", "COORDINATORS") or lower in _PUNCTUATION


def _broken(s: Sentence, a: int, b: int, c: ModuleType) -> bool:
    """Whether the words dropped between ``a`` and ``b`` leave the phrase before them hanging."""
    return b > a + 1 and s.tokens[a].lower in _dangling(c)


def _text(s: Sentence, words: list[int]) -> str:
    """The words as the text spells them, joined by a space where a dropped phrase was."""
    parts = [s.text[s.tokens[words[0]].start : s.tokens[words[0]].end]]
    for a, b in itertools.pairwise(words):
        gap = s.text[s.tokens[a].end : s.tokens[b].start] if b == a + 1 else " "
        parts.append((gap or "") + s.text[s.tokens[b].start : s.tokens[b].end])
    return "".join(parts)


def _width(s: Sentence, words: list[int]) -> int:
    return len(_text(s, words))


def _link(s: Sentence, k: int, c: ModuleType) -> bool:
    return s.tokens[k].lower in lang.union(c, "LINKS", "COORDINATORS")


def _opens_on_phrase(s: Sentence, words: list[int], c: ModuleType) -> bool:
    """Whether the title's first words are a place or a topic phrase before the verb ("В
    Опішні відбудеться …"): a preposition and a word it governs."""
    first = s.tokens[words[0]]
    return first.lower in c.PREPOSITIONS and len(words) > 1 and s.tokens[words[1]].text.isalpha()


def _parsed_subject(s: Sentence, subject: tuple[int, int], drop: set[int], c: ModuleType) -> bool:
    """Whether the words the parser took for the subject read as one: an article, a
    determiner, a possessive or a number before a word, a name, or a phrase of several words;
    not a bare pronoun, a relative pronoun or a preposition ("Der Verein", "Три човни", "Marta
    Ruiz", "Приморський районний суд")."""
    kept = [k for k in range(*subject) if k not in drop and s.tokens[k].text not in _PUNCTUATION]
    if not kept:
        return False
    first = s.tokens[kept[0]]
    if first.lower in lang.union(
        c, "ARTICLES", "DETERMINERS", "POSSESSIVE_DETERMINERS", "NUMBER_WORDS"
    ):
        return len(kept) > 1 and s.tokens[kept[1]].text.isalpha()
    if first.lower in _closed(c) or not first.text.isalpha():
        return first.text.isdigit() and len(kept) > 1
    if first.lower in c.CLAUSE_SUBJECT_STARTS or not first.text[:1].isupper():
        return False  # ("fundado en 1926": a participle's aside, no subject)
    if c.is_past(first.text) or c.is_participle(first.text):
        return False  # "Eingeführt werden soll …": a fronted participle
    return len(kept) > 1 or kept[0] > 0 or _named(s, first.start)


def _in_name(s: Sentence, words: list[int]) -> bool:
    """Whether the last word ends inside a name the title would cut in two."""
    token = s.tokens[words[-1]]
    return any(m.start <= token.start and token.end < m.end for m in s.mentions)


def _named(s: Sentence, offset: int) -> bool:
    return any(m.start <= offset < m.end for m in s.mentions)


def _hangs_open(s: Sentence, words: list[int], c: ModuleType) -> bool:
    """Whether the title's last word leaves a phrase hanging; not German "sein" closing a verb
    group ("soll im Mai befahrbar sein"), which reads like the possessive."""
    if not _hangs(s.tokens[words[-1]].text, c):
        return False
    return not closing_infinitive([s.tokens[k].text for k in words], c)


def _hangs(word: str, c: ModuleType) -> bool:
    """Whether a title ending on ``word`` leaves a phrase hanging ("of", "the", a comma)."""
    return word.lower() in _dangling(c) or not any(ch.isalnum() for ch in word)


@cache
def _closed(c: ModuleType) -> frozenset[str]:
    """Words that never open a subject ("Si …", "він", "который", "в")."""
    return lang.union(
        c, "PRONOUNS", "RELATIVES", "PREPOSITIONS", "ADVERBS", "NEGATIONS", "EXPLETIVES",
        "SUBORDINATORS", "FRONTED_SUBORDINATORS", "SUBJECT_BREAKS", "SPEAKER_PRONOUNS",
    )  # fmt: skip


@cache
def _dangling(c: ModuleType) -> frozenset[str]:
    """The words no title ends on: a preposition, an article, a determiner, a coordinator."""
    return lang.union(
        c, "TITLE_DANGLING", "PREPOSITIONS", "ARTICLES", "DETERMINERS", "COORDINATORS"
    )
