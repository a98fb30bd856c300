"""Which noun of a subject a relative stands for, told by the number of the relative's verb:
"The nieces of the ferryman, who was rescued on Friday, …" — "was" takes one, so the ferryman
was rescued, not his nieces; "the captain of the trawlers, which were seized …": the trawlers.

A relative after a subject with no verb yet takes the whole subject as its own; when the
whole subject's head disagrees with the relative's verb (``SINGULAR_VERBS``,
``PLURAL_ONLY_VERBS``), the noun phrase after its last "of" is the relative's subject if that
one agrees, and the relative has no subject a title can give if not.
"""

from __future__ import annotations

from types import ModuleType

from core import lang
from core.events.antecedents import Subject, is_plural
from core.events.entities import PERSON
from core.events.parse import Sentence
from core.events.tokens import Clause
from core.events.wording import reduce_names


def numbered_subject(s: Sentence, clause: Clause, subject: Subject) -> Subject:
    """``subject``, the relative ``clause``'s subject taken from before it, or the noun after
    the subject's last "of" when only that one agrees with the relative's verb ("the nieces of
    the ferryman, who was rescued" → "the ferryman"); no subject when neither agrees."""
    c = lang.words(s.language, "clauses")
    a, b = subject[2]
    if clause.verb is None or not subject[0] or b != clause.start or b - a < 4:
        return subject
    b -= 1  # the comma that sets the relative off
    if s.tokens[b].text != "," or clause.opener not in c.RELATIVES | c.THING_RELATIVES:
        return subject  # ("The mayor who resigned in May"): a restrictive relative is its own
    many = _verb_number(s.tokens[clause.verb].lower, c)
    head = _head(s, a, b, c)
    if many is None or _plural(s, head, c) in (None, many):
        return subject
    of = max((k for k in range(head + 1, b) if s.tokens[k].lower == c.OF), default=None)
    last = b - 1
    if of is None or _plural(s, last, c) != many:
        return "", [], (clause.verb, clause.verb)  # whose it is, the words do not tell
    phrase = reduce_names(s.text, s.tokens, of + 1, b, s.mentions, s.drop, s.language)
    start, end = s.tokens[of + 1].start, s.tokens[last].end
    mentions = [m for m in s.mentions if start <= m.start and m.end <= end]
    return phrase, mentions, (of + 1, b + 1)


def _verb_number(verb: str, c: ModuleType) -> bool | None:
    """True for a verb only a plural takes ("were"), False for one only a singular takes
    ("was"), None when its form does not tell ("resigned")."""
    if verb in c.SINGULAR_VERBS:
        return False
    return True if verb in c.PLURAL_ONLY_VERBS else None


def _head(s: Sentence, a: int, b: int, c: ModuleType) -> int:
    """The subject's head: its last word before its first preposition ("The [nieces] of …"),
    or its last word."""
    return next((k for k in range(a + 1, b) if s.tokens[k].lower in c.PREPOSITIONS), b) - 1


def _plural(s: Sentence, k: int, c: ModuleType) -> bool | None:
    """Whether the noun at ``k`` is plural; None for a name, a pronoun or a word the lexicon
    knows as no noun (its number not told by its form); a person's name is one."""
    word = s.tokens[k]
    if any(m.kind == PERSON and m.end == word.end for m in s.mentions):
        return False  # "the sons of Ann Roe": one person
    if not word.text.isalpha() or not word.text.islower() or word.lower in c.PLURAL_NOUNS:
        return None
    forms = c.lemmas(word.lower)
    if not forms:  # a noun the lexicon lacks ("ferryman", "trawlers"): its ending tells
        return word.lower.endswith(c.PLURAL_ENDING)
    if "NOUN" not in forms:
        return None
    return is_plural(word.text, c)
