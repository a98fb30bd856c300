"""The name a pronoun stands for: the last person named before "he" or "she" in its sentence,
the first other name before "it", or, at the head of a sentence that names none, the one name
the sentence before gives: "Lina Rossi joined the crew in 1990. She retired in 2004" → Lina
Rossi; "Lumo Corp said it would sell the ferry" → Lumo Corp.
"""

from __future__ import annotations

from collections.abc import Callable

from core.events.antecedents import Subject, _clauses
from core.events.apposed_person import apposed_person
from core.events.entities import ORGANISATION, PERSON, Mention
from core.events.group_antecedent import company_name
from core.events.learned_sex import learned_other_sex
from core.events.parse import Sentence
from core.events.previous_subject import subject_person_before
from core.events.pronoun_chain import CHAIN_SENTENCES, chained
from core.events.pronoun_names import (
    _one_named_before,
    _other_sex,
    about_someone_else,
    thing_done_to,
    told_by_no_one_named,
)
from core.events.said_it_subject import speaker_called_it
from core.events.someone import a_person
from core.events.subject_parts import placed
from core.events.topic_person import competes, main_person, not_the_topic, topic_person


def antecedent(
    s: Sentence, k: int, subject_of: Callable[..., Subject], depth: int = 0
) -> Mention | None:
    """The name pronoun ``k`` stands for: the last person (for "he", "she") or the first
    other name (for "it") before it in the sentence; at the head of a sentence that names
    none, the one name the sentence before gives (else the article's one name so far)."""
    c = _clauses(s.language)
    offset = s.tokens[k].start
    sentence_start = s.tokens[0].start
    timed = {s.tokens[j].start for j in s.drop}  # "[Three years later] she": no name's
    before = [m for m in s.mentions if sentence_start <= m.start < offset and m.start not in timed]
    before = [m for m in before if m.end <= offset]
    clause = next(cl for cl in s.clauses if cl.start <= k < cl.end)
    if s.tokens[k].lower in c.PERSONAL_PRONOUNS | c.PERSONAL_POSSESSIVES:
        people = [
            m
            for m in before
            if m.kind == PERSON
            and not _other_sex(s, m, k, c)
            and not learned_other_sex(s, m.name, k)  # "her husband, Tom Roe, … she"
            # not a name ending a phrase nor kin: "Formée à l'école de Bretagne, elle", "avec
            # son amie Lucie Roux, elle"
            and competes(s, m, k)
            and not placed(s, m)
            and a_person(s, m)  # not "Three years later she"
        ]
        if people:
            return people[-1]
        # (so does a main clause after a fronted one, "After retiring he …", or ", and she …")
        fronted = len(s.clauses) > 1 and s.clauses[0].opener in c.FRONTED_SUBORDINATORS
        main = clause.opener == c.AND or (fronted and clause is s.clauses[1])
        if clause is not s.clauses[0] and not main and not told_by_no_one_named(s, clause, c):
            return None
        opens = all(  # "He was charged …", "Then yesterday, he tried …": it opens the clause
            j in s.drop or s.tokens[j].text == "," or s.tokens[j].lower in c.LINKS
            for j in range(clause.start, k)
        )
        subject = clause.verb is None or clause.verb > k  # "On the evening of May 2, he was"
        chain = chained(s, k) if subject and clause is s.clauses[0] else None
        if chain is not None:  # "He grew up near Ely. In 1983 he passed …": not Ely
            return antecedent(*chain, subject_of, depth + 1) if depth < CHAIN_SENTENCES else None
        one = _one_named_before(s, {PERSON})
        if one is None and opens:  # after a sentence naming two people ("Rossi's daughter, Lina,")
            one = subject_person_before(s, s.tokens[k].lower) or apposed_person(s, k)
        if one is None or _other_sex(s, one, k, c) or learned_other_sex(s, one.name, k):
            # "Her family said she died …", "Her son, Erik Lund, said … . She was born …":
            # the person the piece is about, else the one it has gone on about
            one = topic_person(s, k) or main_person(s, k)
        if one is not None and not_the_topic(s, one, k):
            return None  # "He was suspended" in a piece about a woman: not her
        if one is not None and learned_other_sex(s, one.name, k):
            return None
        return None if one is not None and _other_sex(s, one, k, c) else one
    if clause.opener not in c.IT_RESOLVES_AFTER:
        return None  # "… soon after it was priced": the issue or the agency?
    if clause is not s.clauses[0]:
        whole = clause.opener in c.REPORTED_OPENERS
        name = _main_subject_name(s, before, subject_of, whole=whole)
        if name is not None and s.tokens[k].lower == c.THEY and company_name(name.text, s.language):
            return None  # "Lomax Corp said … they plan to foreclose": its lenders, not it
        return name
    others = [m for m in before if m.kind != PERSON and not placed(s, m)]  # not "In Leeds, it"
    if others:
        return others[0]
    if s.tokens[k].lower not in (c.PRONOUNS - {c.THEY}) | c.IT_POSSESSIVES:
        return None
    opens = all(j in s.drop or s.tokens[j].lower in c.LINKS for j in range(clause.start, k))
    chain = chained(s, k) if opens else None
    if chain is not None:  # "Tarvo formed on Sunday. It deepened …. It was named …"
        return antecedent(*chain, subject_of, depth + 1) if depth < CHAIN_SENTENCES else None
    company = _one_named_before(s, {ORGANISATION})  # "Its shares fell": the one company named
    if company is None and opens:  # "Dalvor, …, said it had been hurt …. It reported …"
        company = speaker_called_it(s)
    if company is not None and about_someone_else(s, company):
        return None  # "Idris formed on Sunday. It deepened": not the agency named before
    if company is not None and thing_done_to(s, k):
        return None  # "… arranged a credit facility for Acme. It has been syndicated": the facility
    return company


def _main_subject_name(
    s: Sentence, before: list[Mention], subject_of: Callable[..., Subject], whole: bool
) -> Mention | None:
    """The name "it" stands for, from the main clause's subject only, never a fronted phrase
    ("At a briefing in Turin, the group said it …"). In what the subject says (``whole``)
    "it" is the speaker: a name only when the subject is one ("Lumo Corp said it …"), else
    None and the caller takes the subject as written ("the group", "Lumo's unit"). Elsewhere
    it is the subject's first name ("Ruritania's ties … were damaged when it annexed …")."""
    subject, _, _ = subject_of(s, s.clauses[0], inherited=True)
    subject = subject.rstrip(".")
    names = [m for m in before if m.kind != PERSON]
    if whole:
        return next((m for m in names if subject in (m.text.rstrip("."), m.name)), None)
    head = next((m for m in names if m.text in subject and _heads(s, subject, m.text)), None)
    return head or _owner_of_many(s, subject, names)


def _owner_of_many(s: Sentence, subject: str, names: list[Mention]) -> Mention | None:
    """The name that owns a subject whose noun is plural ("Ruritania's ties with the West
    were damaged when it annexed …": "it" cannot be the ties, and is their owner, not a name
    after a preposition inside the subject)."""
    c = _clauses(s.language)
    for m in names:
        for ending in c.POSSESSIVE_ENDINGS:
            if subject.startswith(m.text + ending):
                rest = subject[len(m.text + ending) :].split()
                noun = rest[0] if rest else ""
                if noun.endswith(c.PLURAL_NOUN_ENDING) and "NOUN" in c.lemmas(noun.lower()):
                    return m
    return None


def _heads(s: Sentence, subject: str, name: str) -> bool:
    """Whether the name is the subject's head, not its owner or a word before its noun
    ("Hanson", "Hanson, the group,"; not "Hong Kong's money supply", "South Korean demand"):
    nothing follows it in the subject but a comma, a preposition or "and"."""
    c = _clauses(s.language)
    before = subject[: subject.find(name)].split()
    if before and before[-1].lower() in c.ARTICLES and len(before) > 1:
        before = before[:-1]
    if before and before[-1].lower() in c.PREPOSITIONS:
        return False  # "Ruritania's ties with the West": a complement inside the subject
    rest = subject[subject.find(name) + len(name) :].split()
    return not rest or rest[0] == "," or rest[0].lower() in c.PREPOSITIONS | c.COORDINATORS
