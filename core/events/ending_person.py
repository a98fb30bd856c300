"""Who a subjectless past verb stands for, when its ending tells the subject's sex.

In a language whose past verbs say their subject's sex (``clauses.PAST_SEX_ENDINGS``), a
sentence that opens on such a verb with no subject ("Дебютувала 2016 року збіркою оповідань")
goes on about the one person the sentence before names, when the article has shown that
person's sex the same way ("Дарина Ковтун народилася …": a woman), or about the person the
sentence before's opening "вона" stood for ("Навесні вона вступила до училища. Через три
роки закінчила його"); never when a word after the verb reads as a subject of that sex
("… приїхала відома художниця": she is someone else). A "that" clause with no subject after
a verb of saying goes on about the speaker when both verbs agree in sex ("Рябов уточнил,
что во вторник подписал договор").
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from types import ModuleType

from core import lang
from core.events.antecedents import Subject, _previous
from core.events.entities import PERSON, Mention
from core.events.lent_subject import _first_word
from core.events.parse import Sentence
from core.events.tokens import Clause, tokenize
from core.events.wording import name_in_title

# How many words after a person's name the past verb that shows the person's sex may stand
# ("Дарина Ковтун [у 1987 році] народилася"): a few, within one sentence.
SEX_VERB_REACH = 4
# How far after a name that verb is looked for, in characters.
SEX_VERB_CHARS = 80


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def past_sex(word: str, c: ModuleType) -> str:
    """The sex a past verb's ending gives its subject ("дебютувала" → "f", "почав" → "m"),
    or "" for another form or a language whose verbs do not tell it.

    >>> c = lang.words("uk", "clauses")
    >>> past_sex("дебютувала", c), past_sex("почав", c), past_sex("почали", c)
    ('f', 'm', '')
    """
    lower = word.lower()
    if not c.PAST_SEX_ENDINGS or not c.is_past(lower):
        return ""
    found = [
        (len(e), sex) for sex, endings in c.PAST_SEX_ENDINGS.items() for e in endings
        if lower.endswith(e)
    ]  # fmt: skip
    return max(found)[1] if found else ""


def shown_sex(s: Sentence, person: Mention) -> str:
    """The sex the article shows for ``person`` by the past verb right after one of its names
    before ``s`` ("Дарина Ковтун народилася"), or "" when none shows it or two disagree."""
    c = _clauses(s.language)
    start = s.tokens[0].start
    sexes = set()
    for m in s.mentions:
        if m.end > start or m.name != person.name:
            continue
        for token in tokenize(s.text, m.end, min(start, m.end + SEX_VERB_CHARS))[:SEX_VERB_REACH]:
            if not token.text[:1].isalpha():
                break  # "Ковтун, 37, …": the name's sentence goes on elsewhere
            sex = past_sex(token.text, c)
            if sex:
                sexes.add(sex)
                break
    return next(iter(sexes)) if len(sexes) == 1 else ""


def ending_subject(
    s: Sentence, clause: Clause, person: Mention | None, subject_of: Callable[..., Subject]
) -> Subject | None:
    """The subject a sentence-opening past verb with none written stands for by its ending:
    ``person``, the one person the sentence before names, when the article showed that
    person's sex as the verb's ending does; else the person the sentence before's opening
    "він"/"вона" of that sex stood for. None when not sure."""
    c = _clauses(s.language)
    verb = clause.verb
    if verb is None or clause is not s.clauses[0]:
        return None
    sex = past_sex(s.tokens[verb].text, c)
    if not sex or _subject_after(s, verb, clause.end, sex, c):
        return None
    if person is not None and shown_sex(s, person) == sex:
        return name_in_title(s.text, person, s.language), [person], (verb, verb)
    found = _pronoun_person_before(s, sex, subject_of, c)
    return (found[0], found[1], (verb, verb)) if found is not None else None


def told_by_ending(
    s: Sentence, clause: Clause, subject: Subject, subject_of: Callable[..., Subject]
) -> bool:
    """Whether the clause's subject is the one its past verb's ending stands for, written
    nowhere in the clause (``ending_subject``; or the speaker of a "that" clause,
    ``said_by``): the words after the verb are then its object, never its subject
    ("Дебютувала | збіркою …")."""
    verb = clause.verb
    name, resolved, (a, b) = subject
    if verb is None or not name:
        return False
    speaker = said_by(s, clause)
    if speaker is not None:
        return speaker.start <= a < b <= speaker.end
    if clause is not s.clauses[0] or (a, b) != (verb, verb) or len(resolved) != 1:
        return False
    found = ending_subject(s, clause, resolved[0], subject_of)
    return found is not None and found[0] == name


def said_by(s: Sentence, clause: Clause) -> Clause | None:
    """The clause of saying a "that" clause with no subject of its own reports, when the
    saying's past verb and the clause's agree in sex and nothing after the clause's verb
    reads as a subject of that sex: "Рябов уточнил, | что во вторник подписал
    договор" — the speaker signed it. None otherwise (a language whose verbs do not
    tell, another verb before the comma, two sexes)."""
    c = _clauses(s.language)
    if not c.PAST_SEX_ENDINGS or clause.opener != c.THAT or clause.verb is None:
        return None
    at = next((i for i, cl in enumerate(s.clauses) if cl is clause), 0)
    if at == 0 or clause.start < 2 or s.tokens[clause.start - 1].text != ",":
        return None
    saying = s.clauses[at - 1]
    if saying.end != clause.start or saying.verb is None:
        return None
    verbs = set(c.lemmas(s.tokens[saying.verb].lower).get("VERB", ()))
    if not verbs & c.SPEECH_VERBS:
        return None
    sex = past_sex(s.tokens[clause.verb].text, c)
    if not sex or past_sex(s.tokens[saying.verb].text, c) != sex:
        return None
    if _subject_after(s, clause.verb, clause.end, sex, c):
        return None  # "…, что в мае ушла в отставку директор": the director, not the speaker
    return saying


def _subject_after(s: Sentence, verb: int, end: int, sex: str, c: ModuleType) -> bool:
    """Whether the first word after ``verb`` (past its dates and short phrases) reads as a
    subject of ``sex``: a name, or a word ending as such a subject does."""
    after = _first_word(s, verb + 1, end, c)
    if after is None:
        return False
    token = s.tokens[after]
    return token.text[:1].isupper() or token.lower.endswith(c.PAST_SEX_SUBJECT_ENDINGS[sex])


def _pronoun_person_before(
    s: Sentence, sex: str, subject_of: Callable[..., Subject], c: ModuleType
) -> tuple[str, list[Mention]] | None:
    """The one person the sentence before's subject "він"/"вона" (of ``sex``) stood for, as
    that sentence's title names it, when that pronoun alone is its first clause's subject."""
    before = _previous(s)
    if before is None:
        return None
    first = before.clauses[0]
    if first.verb is None:
        return None
    words = [
        k for k in range(first.body, first.verb)
        if k not in before.drop and before.tokens[k].text[:1].isalpha()
    ]  # fmt: skip
    pronoun = [k for k in words if before.tokens[k].lower in c.PERSONAL_PRONOUNS]
    if len(pronoun) != 1 or pronoun[0] != words[-1]:
        return None
    female = before.tokens[pronoun[0]].lower in c.FEMALE_PRONOUNS
    if female != (sex == "f"):
        return None
    name, mentions, _ = subject_of(before, first)
    if not name or len(mentions) != 1 or mentions[0].kind != PERSON:
        return None
    return name, mentions
