"""A subordinate clause that puts its verb last, as German does: "Nachdem das Gericht am Montag
das Urteil verkündet hatte, …", "…, dass die Produktion Ende Juni eingestellt wird".

Its subject is the noun phrase after the opening word, and its title puts the finite verb
second, as a main clause would: "Das Gericht hatte das Urteil verkündet". Only languages whose
clauses put the verb last (``clauses.VERB_LAST``) read it; a pronoun subject ("nachdem er …")
is left to the main clause, which names who it is.
"""

from __future__ import annotations

from types import ModuleType

from core import lang
from core.events.kinds import clause_kind
from core.events.parse import Happening, Sentence, When
from core.events.titles import headline
from core.events.tokens import Clause


def verb_last_happening(s: Sentence, clause: Clause, when: When) -> Happening | None:
    """The happening of a verb-last subordinate clause, or None when the clause is not one."""
    c = lang.words(s.language, "clauses")
    verb = clause.verb
    if not c.VERB_LAST or verb is None or clause.opener not in _openers(c):
        return None
    tokens = s.tokens
    words = [k for k in range(clause.body, clause.end) if k not in s.drop]
    while words and tokens[words[-1]].text in (",", ";"):
        words.pop()
    if len(words) < 3 or words[-1] < verb or not _is_verb(tokens[words[-1]].lower, c):
        return None  # no verb closes the clause
    finite = words[-1]  # "verkündet hatte": the auxiliary last, the participle before it
    subject = _subject(s, words, c)
    if not subject or subject[-1] >= verb:
        return None  # "nachdem er …", or no subject before the verbs
    middle = [k for k in words if subject[-1] < k < finite]
    predicate = " ".join(tokens[k].text for k in [finite, *middle])
    title = headline(" ".join(tokens[k].text for k in subject), predicate, language=s.language)
    if not title:
        return None
    lexical = next((k for k in reversed(middle) if "VERB" in c.lemmas(tokens[k].lower)), finite)
    kind = clause_kind(s, tokens[lexical].text, predicate)
    return Happening(title, kind, when, s.entities([(subject[0], finite + 1)], []))


def _is_verb(word: str, c: ModuleType) -> bool:
    return word in c.AUX or "VERB" in c.lemmas(word)


def _openers(c: ModuleType) -> frozenset[str]:
    return c.FRONTED_SUBORDINATORS | {c.THAT}


def _subject(s: Sentence, words: list[int], c: ModuleType) -> list[int]:
    """The noun phrase opening the clause: an article and what it governs up to its noun
    ("das neue Gericht"), or a name ("Olaf Scholz"); [] for a pronoun or anything else."""
    tokens = s.tokens
    first = tokens[words[0]]
    if first.lower in c.PRONOUNS or first.lower in c.PERSONAL_PRONOUNS:
        return []
    if first.lower in c.ARTICLES or first.lower in c.POSSESSIVE_PRONOUNS:
        for i, k in enumerate(words[1:], 1):
            if tokens[k].text[:1].isupper():  # the noun, and a name after it ("Bürgermeister X")
                end = i + 1
                while end < len(words) and tokens[words[end]].text[:1].isupper():
                    end += 1
                return words[:end]
            if not tokens[k].text.isalpha():
                return []
        return []
    if first.text[:1].isupper() and "VERB" not in c.lemmas(first.lower):
        end = 1
        while end < len(words) and tokens[words[end]].text[:1].isupper():
            end += 1
        return words[:end]
    return []
