"""The subject of a clause that writes none before its verb: the name before "who" or
"which" ("…, who died" → the person before "who"), a subject the verb's ending tells
("Mañana se reunirá con el rey": the one person the sentence before names), or the first
clause's subject ("…, saying he would"); "" when none is sure.
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from core.events.antecedents import Subject, reported_subject
from core.events.cleft_subject import cleft_content, cleft_person, cleft_relative, set_off_name
from core.events.colon_clause import joined_main
from core.events.dropped_subject import subject_follows
from core.events.ending_person import ending_subject, said_by
from core.events.entities import PERSON
from core.events.parse import Sentence, token_at
from core.events.plural_subject import dropped_plural_before
from core.events.pronoun_names import _one_named_before
from core.events.relative_heads import person_in_subject, unsure_in_subject
from core.events.relative_number import numbered_subject
from core.events.subject_parts import interrupted
from core.events.subject_shapes import (
    _after_preposition,
    _noun_before,
    _passive_se,
    _plural_verb,
    _relative_subject,
    noun_verb_relative,
)
from core.events.tokens import Clause
from core.events.wording import name_in_title


def unwritten_subject(
    s: Sentence,
    clause: Clause,
    verb: int,
    inherited: bool,
    c: ModuleType,
    subject_of: Callable[..., Subject],
) -> Subject:
    """The subject of ``clause``, whose verb ``verb`` has no word of a subject before it
    ("…, who retired in 2002": the person before "who"); ``inherited`` when the clause lends
    its subject to a later one, ``c`` the language's clause words."""
    if cleft_content(s, clause, c):  # "C'est en 1938 qu'il …": who, the sentence before
        person = cleft_person(s, clause, verb, c)
        if person is None:
            return "", [], (verb, verb)
        return name_in_title(s.text, person, s.language), [person], (verb, verb)
    if clause.opener in c.NO_SUBJECT_OPENERS:
        return "", [], (verb, verb)  # "…, as happened in Kelbrook": no one's doing
    first = s.clauses[0]
    opening = first is clause and clause.start == 0  # (not a relative after a quote)
    if (
        opening
        and not inherited
        and c.DROPS_SUBJECT
        and not (_passive_se(s, verb, c) or subject_follows(s, verb, c))
    ):
        # "Mañana se reunirá con el rey": the verb's ending says "he"; who, the sentence
        # before tells, as it does for a pronoun
        person = _one_named_before(s, {PERSON}, dropped=True)
        # "Дарина Ковтун народилася …. Дебютувала …": the ending says "she", and she is
        ending = ending_subject(s, clause, person, subject_of) if c.PAST_SEX_ENDINGS else None
        if ending is not None:
            return ending
        if person is not None and not _plural_verb(s, verb, c):  # "comenzaron": not him
            return name_in_title(s.text, person, s.language), [person], (verb, verb)
        many = dropped_plural_before(s, verb, subject_of) if _plural_verb(s, verb, c) else None
        if many is not None:  # "Los pescadores … votaron la huelga. El lunes amarraron …"
            return many[0], many[1], (verb, verb)
    if opening or inherited:
        return "", [], (verb, verb)
    if clause.opener == c.THAT and clause.start > 0:
        saying = said_by(s, clause)  # "Лазарев добавил, что … получил": the speaker
        speaker = subject_of(s, saying, inherited=True) if saying is not None else None
        if speaker is not None and speaker[0] and _one_person_at_most(s, speaker[2]):
            return speaker
        # "lines that came up": the noun before "that"; "said that came": "that" is the
        # subject, and what it stands for is not sure
        before = s.tokens[clause.start - 1].lower
        if before == "," and c.THAT in c.RELATIVES:
            # Spanish ", que fue rescatado": after a comma "que" is a relative, whose
            # subject is the name or thing before it, as after "who" or "which"
            return _relative_subject(s, clause)
        relative = noun_verb_relative(s, clause, c)  # "a minor leak that started overnight"
        if before == "," or ("VERB" in c.lemmas(before) and not relative):
            return "", [], (verb, verb)
        person = _relative_subject(s, clause)
        return person if person[0] else _noun_before(s, clause, c)
    if cleft_relative(s, clause, c):  # "C'est son neveu, Paul Mercier, qui …": the name
        return _relative_subject(s, clause) if set_off_name(s, clause) else ("", [], (verb, verb))
    after = _after_preposition(s, clause)  # "Delegates at the summit, which …": the summit
    if clause.opener in c.RELATIVES and (
        first.end != clause.start
        or first.verb is not None
        or after
        or person_in_subject(s, clause)  # "The signing of Kofi Ames, who arrived …"
    ):
        # "…, who died": the name before "who" — never the main clause's subject
        # ("Fenwick elected Ortega, succeeding Tom Baird, who retired …")
        named = _relative_subject(s, clause)
        bare = s.tokens[clause.start - 1].text != "," and first.verb is not None
        if not bare or s.tokens[verb].lower in c.AUX:
            return named
        # "investigating the fires which destroyed 40 homes last week", a relative after
        # the main verb with no comma: the noun phrase before, as before "that", and for news
        # dates only ("praised the crews who built the dam long ago at a ceremony Sunday": the
        # ceremony's day; "blamed the merger which led to a first-quarter loss": the loss's
        # quarter)
        if not _dates_close(s, clause):
            return "", [], (verb, verb)
        if named[1]:  # a person named before it ("… Ada Brun, who joined in 2014")
            return named
        if not noun_verb_relative(s, clause, c):
            return "", [], (verb, verb)
        return named if named[0] else _noun_before(s, clause, c)
    if clause.opener in c.PLACE_RELATIVES:
        return "", [], (verb, verb)  # "кафе, где в субботу произошла драка": its own
    if s.tokens[verb].lower in c.REFLEXIVES and _plural_verb(s, verb, c):
        # "…: el 12 de junio se suspendieron 85 vuelos": a passive "se", its subject after
        # the verb, not the sentence's first; but "…, pero se paralizaron en 2012" goes on
        # about the first clause's subject (a preposition, no noun, after its verb)
        after = verb + 2
        goes_on = clause.opener in c.COORDINATORS | c.BUT and after < clause.end
        if not (goes_on and s.tokens[after].lower in c.PREPOSITIONS):
            return "", [], (verb, verb)
    if (
        c.DROPS_SUBJECT
        and clause.opener == c.WHEN
        and (_passive_se(s, verb, c) or subject_follows(s, verb, c))
    ):
        return "", [], (verb, verb)  # "…, cuando en enero murió su presidente": his death
    if unsure_in_subject(s, clause):
        return "", [], (verb, verb)  # "Floor traders at the Lomax Exchange, which merged"
    first = interrupted(s, clause, c) or joined_main(s, clause, c) or first  # after a colon
    relative = clause.opener in c.RELATIVES | c.THING_RELATIVES and first.end == clause.start
    if first.verb is None and relative and _unread_verb(s, first, c):
        return "", [], (verb, verb)  # "Les marins préparent la fête, | qui …": a verb unread
    if first.verb is None:  # "The minister, | who took office …": all of it is the subject
        first = Clause(first.start, first.body, first.end, first.opener, first.end)
    speaker = subject_of(s, first, inherited=True)
    if relative:  # "The nieces of the ferryman, who was rescued …": the ferryman
        speaker = numbered_subject(s, clause, speaker)
    told = reported_subject(s, first, speaker[0])  # "Officials said fares, which …, | fell"
    return (told[0], speaker[1], (told[1], told[2])) if told is not None else speaker


def _dates_close(s: Sentence, clause: Clause) -> bool:
    """Whether every date in ``clause`` closes it, only marks after it ("the bombings which
    killed 40 people on Aug. 7"; not "the men who launched the revolution in a rally
    Saturday demanding …", where the date may be the main clause's)."""
    for w in s.whens:
        after = token_at(s.tokens, w.timex.end - 1) + 1
        if not clause.start <= after - 1 < clause.end:
            return False  # ("In 2014, the school honoured a teacher who retired on 8 July":
            # which year the day is in, unsure)
        if any(t.text[:1].isalnum() for t in s.tokens[after : clause.end]):
            return False
    return True


def _unread_verb(s: Sentence, first: Clause, c: ModuleType) -> bool:
    """Whether a clause the parser found no verb in reads as a subject, a verb it does not
    know and an object: a determiner after a lower-case word that joins no phrase ("Les
    marins préparent | la fête"), never the shape of one noun phrase ("Le maire de la ville")."""
    joins = c.PREPOSITIONS | c.DETERMINERS | c.COORDINATORS | c.ADVERBS | c.FUSED_ARTICLES
    for k in range(first.body + 1, first.end):
        before = s.tokens[k - 1]
        lower_word = before.text.isalpha() and before.text.islower() and k - 1 > first.body
        determiner = s.tokens[k].lower in c.DETERMINERS - c.PREPOSITIONS - c.NOUN_LINKS
        if determiner and lower_word and before.lower not in joins:  # ("directeur | du musée")
            return True
    return False


def _one_person_at_most(s: Sentence, span: tuple[int, int]) -> bool:
    """Whether the subject at tokens ``span`` names no more than one person ("Иванов и
    Петрова сообщили" names two: which one the "that" clause's verb stands for is not sure)."""
    if span[1] <= span[0]:
        return False
    a, b = s.tokens[span[0]].start, s.tokens[span[1] - 1].end
    return sum(m.kind == PERSON and a <= m.start < b for m in s.mentions) <= 1
