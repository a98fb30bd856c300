"""The subject of a clause that puts its verb second or last (German): after the finite verb
when a time or an adverb stands first ("Am Montag trafen sich die Minister" → "die
Minister"), or the lone pronoun that opens a clause whose verb comes last ("…, dass sie ihr
Amt niederlegen wird" → "sie").
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from core import lang
from core.events.antecedents import Subject, _clauses
from core.events.entities import PERSON
from core.events.learned_sex import learned_other_sex
from core.events.parse import Sentence
from core.events.phrase_antecedent import phrase_before
from core.events.pronoun_antecedent import antecedent
from core.events.pronoun_chain import chained
from core.events.pronoun_names import _given_sex, _other_sex
from core.events.subject_parts import _noun_end, _past_name, _past_phrase
from core.events.subject_phrases import legal_form_end, subject_phrase_end
from core.events.tokens import Clause
from core.events.wording import name_in_title, reduce_names


def pronoun_before_verb_last(s: Sentence, clause: Clause, c: ModuleType) -> bool:
    """Whether a subordinate clause that puts its verb last opens on a subject pronoun with
    other words before that verb (German "…, dass sie ihr Amt niederlegen wird"), after words
    that join no two names with "and"."""
    if not c.VERB_LAST or clause.verb is None or clause.verb <= clause.body + 1:
        return False
    opener = clause.opener.lower()
    if opener not in c.VERB_FINAL_OPENERS or s.tokens[clause.body].lower not in c.PRONOUNS:
        return False
    # "Roth und Ohl erklärten, dass sie …": the pronoun is both of them, no one name
    return c.AND not in {t.lower for t in s.tokens[: clause.start]}


def subject_after_verb(
    s: Sentence, clause: Clause, c: ModuleType, subject_of: Callable[..., Subject]
) -> Subject | None:
    """The subject after the finite verb, when a time expression or an adverb stands first
    and the verb second (German: "Im Herbst mussten die Arbeiten …", "Am Montag reiste er
    …"): a pronoun, a name, or a noun phrase up to its noun and a genitive after it."""
    assert clause.verb is not None
    k = clause.verb + 1
    while k < clause.end and (s.tokens[k].lower in c.ADVERBS or k in s.drop):
        k += 1  # "treffen sich beide Seiten", "reiste am Dienstag er"
    roles = lang.words(s.language, "events").ROLES
    role = k
    while k + 1 < clause.end and s.tokens[k].lower in roles:
        k += 1  # "hat Bürgermeister Peter Brunner angekündigt": the name after the role
    if k >= clause.end:
        return None
    phrase_end = _past_phrase(s, k, clause.end, c)  # "begann in Paris der Aufstand"
    if phrase_end != k:
        k = role = phrase_end
        while k + 1 < clause.end and s.tokens[k].lower in roles:
            k += 1  # "trafen sich in Lana Bürgermeister Hans Gruber und …"
    token = s.tokens[k]
    if token.lower in c.PRONOUNS & c.EXPLETIVES:
        if k + 1 >= clause.end or s.tokens[k + 1].lower not in c.DETERMINERS:
            return None  # "Im Januar hatte es in der Halle gebrannt", "kam es zu …": no one
        k += 1  # "traf es ein Torpedo": "es" the object, the subject after it
        token = s.tokens[k]
    if token.lower in c.PRONOUNS:
        mention = antecedent(s, k, subject_of)
        if mention is None and clause is s.clauses[0]:
            phrase, _, _ = phrase_before(s, k)  # "Gegen 18 Uhr setzten sie einen Notruf ab"
            if phrase:
                return phrase, [], (k, k + 1)
            return _chained_subject(s, k, subject_of)  # "Sie lehrte … . 1982 eröffnete sie …"
        if mention is None:
            # "…, im Oktober wurde er verhaftet": his own subject, whom the title cannot name;
            # never the first clause's ("Beamte wurde er verhaftet")
            return ("", [], (k, k)) if _own_clause_after_comma(s, clause) else None
        return name_in_title(s.text, mention, s.language), [mention], (k, k + 1)
    name = next((m for m in s.mentions if m.start == token.start), None)
    if name is not None:
        b = k
        while b < clause.end and s.tokens[b].start < name.end:
            b += 1
    elif (
        token.lower in c.DETERMINERS
        or token.text[:1].isdigit()
        or (token.text.islower() and token.lower not in c.PREPOSITIONS | c.AUX | c.COORDINATORS)
    ):  # "die Minister", "russische Truppen", "mindestens zehn Menschen", "250 Familien"
        b = _noun_end(s, k + 1 if token.lower in c.DETERMINERS else k, clause.end)
        if b is None:
            return None
        b = _past_name(s, b, clause.end)  # "der Schweizer Autor Lukas Brand"
        if b < clause.end and s.tokens[b].lower in c.GENITIVE_ARTICLES:
            b = _noun_end(s, b + 1, clause.end) or b  # a genitive: "die Lokführer der Bahn"
        after = next(
            (m for m in s.mentions if b < clause.end and m.start == s.tokens[b].start), None
        )
        if after is not None and s.tokens[b - 1].lower in roles:  # "die Ministerin Eva Brandt"
            while b < clause.end and s.tokens[b].start < after.end:
                b += 1
    elif token.text[:1].isupper() and token.lower not in c.NOT_SUBJECT_STARTS:
        b = k + 1  # a noun without an article: "nahmen Staatsgäste an einer Feier teil"
        if b < clause.end and s.tokens[b].lower in c.GENITIVE_ARTICLES:
            b = _noun_end(s, b + 1, clause.end) or b  # "legten Vertreter beider Länder …"
    else:
        return None
    b = legal_form_end(s, b, clause.end)  # "Mitarbeiter der Nordkäse eG"
    b = subject_phrase_end(s, clause, b, c)  # "hatten Beschäftigte von Kitas … niedergelegt"
    if (named := _second_name_end(s, b, clause.end, roles, c)) is not None:
        b = named  # "trafen sich Hans Gruber und Vizebürgermeister Karl Moser"
    elif b + 1 < clause.end and s.tokens[b].lower == c.AND and s.tokens[b + 1].text[:1].isupper():
        b += 2  # "erinnern Veteranen und Politiker an …"
    elif b + 2 < clause.end and s.tokens[b].lower == c.AND and s.tokens[b + 1].lower in c.ARTICLES:
        b = _noun_end(s, b + 2, clause.end) or b  # "erinnern ein Denkmal und eine Ausstellung"
    text = reduce_names(s.text, s.tokens, k, b, s.mentions, set(), s.language)
    start = role if s.tokens[role].lower in roles else k  # "zog General de Gaulle …"
    return text, [], (start, b)  # the role is no word of the predicate


def _second_name_end(
    s: Sentence, b: int, end: int, roles: frozenset[str], c: ModuleType
) -> int | None:
    """Where a second person's name joined by "and" ends ("Hans Gruber | und [Stadtrat]
    Karl Moser"), past the role before it; None when no name follows the "and"."""
    if b + 1 >= end or s.tokens[b].lower != c.AND:
        return None
    k = b + 1
    while k + 1 < end and s.tokens[k].lower in roles:
        k += 1
    name = next((m for m in s.mentions if m.start == s.tokens[k].start), None)
    if name is None or name.kind != PERSON:
        return None
    while k < end and s.tokens[k].start < name.end:
        k += 1
    return k


def _chained_subject(s: Sentence, k: int, subject_of: Callable[..., Subject]) -> Subject | None:
    """The subject the same pronoun stood for in the sentence before, which opens on it
    (German "Die Malerin Ida Roth zog 1965 nach Jena. Sie studierte dort … . 1982 eröffnete
    sie …": Ida Roth); None when that pronoun stood for no one sure either."""
    chain = chained(s, k)
    if chain is None:
        return None
    before, j = chain
    text, mentions, _ = subject_of(before, before.clauses[0])
    if not text or text.lower() == before.tokens[j].lower:
        return None
    c = _clauses(s.language)
    people = [m for m in mentions if m.kind == PERSON]
    if any(_other_sex(s, m, k, c) or learned_other_sex(s, m.name, k) for m in people):
        return None  # "Sie" read as a man the sentence before names: no one sure
    sex = "f" if s.tokens[k].lower in c.FEMALE_PRONOUNS else "m"
    if any(_given_sex(m.name, s.language) != sex for m in people):
        return None  # a name whose given name tells no sex, or the other: not sure
    return text, mentions, (k, k + 1)


def _own_clause_after_comma(s: Sentence, clause: Clause) -> bool:
    """Whether ``clause`` is a main clause of its own after a comma, opened by no word that
    joins it ("Im Mai durchsuchten Beamte das Lager, | im Oktober wurde er verhaftet")."""
    after_comma = clause.start > 0 and s.tokens[clause.start - 1].text == ","
    return after_comma and clause.body == clause.start
