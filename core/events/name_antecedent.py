"""The name a sentence-opening "it", "its" or "they" stands for when the sentence before
opens on that name as its subject: "Idris formed south of Bermuda on Monday. It strengthened
quickly on Thursday" → "Idris strengthened quickly"; "The Hawks had lost their coach. They
stumbled in February" → "The Hawks stumbled".

A pronoun that opens a sentence goes on about the subject before it; a name that opens a
sentence as its subject is what that sentence is about, whatever the tagger took it for (a
storm, a team, a country, a firm: "Ecuador, squeezed by …, had only … . It suspended …").
Not a person (for "it"), not a subject that is many for "it" or one thing for "they".
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from core import lang
from core.events.antecedents import Subject, _clauses, is_plural
from core.events.clause_edges import says
from core.events.entities import ORGANISATION, PERSON, Mention
from core.events.group_antecedent import can_be_they
from core.events.parse import Sentence
from core.events.pronoun_chain import CHAIN_SENTENCES, chained
from core.events.someone import _introduced
from core.events.thing_antecedent import _subject_before, subject_verb
from core.events.tokens import Clause

# words a name opening a subject may hold, at most ("Harbour City Hawks", "The Gulls")
NAME_WORDS = 4


def name_subject_before(
    s: Sentence, k: int, subject_of: Callable[[Sentence, Clause], Subject], depth: int = 0
) -> tuple[str, list[Mention]] | None:
    """The name that the sentence before ``s`` opens on as its subject, when the pronoun
    ``k`` ("it", "its", "they"), opening the first clause of ``s``, stands for it; None when
    that subject is no bare name, a person, or disagrees in number with the pronoun."""
    c = _clauses(s.language)
    pronoun = s.tokens[k].lower
    if not c.IT_TAKES_SUBJECT_BEFORE or pronoun not in c.ONE_THING_PRONOUNS | {c.THEY}:
        return None
    found = _subject_before(s, k, subject_of, c)
    if found is None:
        chain = chained(s, k) if depth < CHAIN_SENTENCES else None
        # "Idris formed on Sunday. It deepened …. It was named …": the first "it"'s name
        return name_subject_before(*chain, subject_of, depth + 1) if chain else None
    before, subject, mentions, a, b = found
    labelled = _after_label(before, a, b, c)
    if labelled is not None:  # "The bus operator Coastlink has suspended …. It will …"
        a, subject = labelled
    words = subject.split()
    if len(words) > NAME_WORDS or not _bare_name(before, words, a, b, c):
        return None
    first, last = before.tokens[a].start, before.tokens[b - 1].end
    inside = [m for m in before.mentions if first <= m.start < last and m.text in subject]
    if any(_someone(before, m, pronoun, words, c) for m in [*inside, *mentions]):
        return None  # "Ann Roe …": "she", not "it" or "they"
    if any(m.kind == ORGANISATION for m in inside):
        # "The Bundesbank set a target for money stock. In 1986 it grew 7.7 pct": a firm's
        # "it" is the firm only when no thing is named (``core.events.pronoun_names``)
        return None
    verb = subject_verb(before, c)
    if verb is not None and says(before.tokens[verb].lower, c) and pronoun != c.THEY:
        return None  # "Lumo said profit rose. It …": the profit may be meant
    if pronoun != c.THEY:
        return None if is_plural(words[-1], c) else (subject, inside)  # ("Idris": a name)
    # "The Hawks", "Harriers": a name that takes "they"; not "Carrow" ("… had been
    # favourites. They …" may be the favourites)
    many = is_plural(words[-1], c) or words[-1].endswith(c.PLURAL_NOUN_ENDING or "\0")
    return (subject, inside) if many and can_be_they(before, (subject, inside, (a, b))) else None


def _after_label(s: Sentence, a: int, b: int, c: ModuleType) -> tuple[int, str] | None:
    """The name ending the subject ``[a, b)`` and where it starts, when the words before it
    only say what it is: an article and common nouns ("The bus operator Coastlink", "the
    airline Qantas"), no role that makes it a person ("The singer Ann Roe"); else None."""
    if b - a < 3 or s.tokens[a].lower not in c.ARTICLES:
        return None
    last = s.tokens[b - 1].end
    name = next((m for m in s.mentions if m.end == last and s.tokens[a].start < m.start), None)
    if name is None:
        return None
    j = next((j for j in range(a, b) if s.tokens[j].start == name.start), None)
    roles = lang.words(s.language, "events").ROLES
    label = [s.tokens[i] for i in range(a + 1, j)] if j is not None else []
    if not label or len(label) > NAME_WORDS:
        return None
    if not all(t.text.islower() and t.text.isalpha() and t.lower not in roles for t in label):
        return None
    if not c.lemmas(label[-1].lower).get("NOUN"):
        return None  # "The newly renamed Coastlink": no noun says what it is
    assert j is not None
    return j, name.text


def _someone(s: Sentence, m: Mention, pronoun: str, words: list[str], c: ModuleType) -> bool:
    """Whether a name of the subject is someone's: one the tagger took for a person and the
    article introduces as one, in full or with a title ("Ann Roe", "Mrs Dale"). A lone word
    it never introduces ("Tarvo", "Wayfare") is a storm's or a firm's when "it" follows it;
    after "the", a team's when "they" does ("The Hawks")."""
    if m.kind != PERSON:
        return False
    if m.name.split()[0].lower() in c.THING_NAME_HEADS:
        return False  # "Cyclone Maren", "Hurricane Ida": a storm's name, written in full
    if pronoun == c.THEY:
        return words[0].lower() not in c.ARTICLES
    return _introduced(s, m, c)


def _bare_name(s: Sentence, words: list[str], a: int, b: int, c: ModuleType) -> bool:
    """Whether a subject's words are a name alone: capitalised words, "The" at most before
    them ("Idris", "The Hawks", "Ecuador"), each part of a name the tagger found or a word no
    dictionary knows; not a noun capitalised at the head of its sentence ("Bankers"), a
    role, a figure or a phrase ("Financially pressed Ecuador")."""
    if len(words) > 1 and words[0].lower() in c.ARTICLES:
        words = words[1:]
    first, last = s.tokens[a].start, s.tokens[b - 1].end
    named = {w for m in s.mentions if first <= m.start < last for w in m.text.split()}
    roles = lang.words(s.language, "events").ROLES
    return bool(words) and all(
        w[:1].isupper()
        and w.replace("-", "").isalpha()
        and w.lower() not in roles
        and (w in named or not c.lemmas(w.lower()) or _short_name(s, w, first))
        for w in words
    )


def _short_name(s: Sentence, word: str, before: int) -> bool:
    """Whether a word a dictionary knows is a firm's name cut short ("Headway" for "Headway
    Labs"): an organisation named before ``before`` opens on it, and the article writes it
    with its capital inside a sentence too, not only at a sentence's head."""
    if not any(m.kind == ORGANISATION and m.end <= before and m.text.split()[0] == word
               for m in s.mentions):  # fmt: skip
        return False
    at = s.text.find(word)
    while at > 0:
        mark = s.text[:at].rstrip()[-1:]
        if mark.isalpha() or mark == ",":
            return True  # "… founded Headway in 2011"
        at = s.text.find(word, at + len(word))
    return False
