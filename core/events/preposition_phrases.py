"""A preposition that may also open a clause ("after", "before") opening a phrase instead.

"The plan came before the board in March", "The hall was renamed after her in 1998": no verb
follows the preposition, so the clause goes on and its date is its verb's. The clause cutter
(``core.events.phrases``) asks here before it cuts at such a word.
"""

from __future__ import annotations

from functools import cache
from types import ModuleType

from core import lang
from core.events.finite import _finite_verb
from core.events.time_words import time_word
from core.events.tokens import Token


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def object_phrase(tokens: list[Token], k: int, language: str = "en") -> bool:
    """Whether the preposition at ``k`` opens a phrase, not a clause: it follows its clause's
    own verb (the sentence's first clause) with no comma, a common noun or pronoun follows
    it, and no verb comes up to the next comma ("renamed the hall after her in 1998"; not
    "resigned after the mayor cut his budget", "will close before the end of March", "was
    built after 2000", "before returning the verdict").

    >>> from core.events.tokens import tokenize
    >>> text = "The plan came before the board in March"
    >>> object_phrase(tokenize(text, 0, len(text)), 3)
    True
    """
    c = _clauses(language)
    if tokens[k - 1].text == "," or k + 2 >= len(tokens):
        return False
    if _body_before(tokens, k, c, language) or _before_second_verb(tokens, k, c):
        return True
    opening = tokens[k + 1].lower
    if opening not in c.POSSESSIVE_DETERMINERS | c.PRESENT_OBJECTS:
        return False  # "profit before tax", "before 2027", "after May": no noun phrase's
    head = k + 2 if opening in c.POSSESSIVE_DETERMINERS else k + 1
    word = tokens[head].text.removesuffix("'s").removesuffix("’s")  # "after the bank's vote"
    if not (word.isalpha() and word.islower()) or word.endswith(c.GERUND):
        return False  # "after the May elections", "before the closing": no plain noun
    if word in c.TIME_EDGES | c.NUMBER_WORDS or time_word(tokens, head, language):
        return False  # "before the end of March", "after the summer": a bound of time
    if opening not in c.PRESENT_OBJECTS and (
        tokens[k].lower not in c.PLACE_OBJECT_OPENERS or _names_happening(word, c, language)
    ):
        # "arrested two men after a robbery at a bank on Friday", "rose after a rise in demand
        # in May", "resigned before the vote on Monday": the noun's own date, no clause's
        return False
    noun = next(
        (j for j in range(head, len(tokens)) if tokens[j].lower in c.PREPOSITIONS), len(tokens)
    )
    if any(t.text[:1].isdigit() for t in tokens[head:noun]):
        return False  # "came after a revised 37 billion dlr third quarter deficit": its own
    verb = _finite_verb(tokens, 0, k, c)
    if verb is None or not c.is_past(tokens[verb].text):
        # (a clause ahead takes such a phrase's date as a bound: "plans to pay a dividend
        # after the meeting on June 8", "would not reopen before next month")
        return False
    if verb > 1 and tokens[verb - 1].lower in c.PRONOUNS:
        return False  # "shows the quilts she sewed after …": a relative's verb, no main one
    if any(_dated(tokens, j, c, language) for j in range(verb, k)):
        return False  # "stopped in May 2019 after a dispute on May 20": the dispute's day
    return _finite_verb(tokens, k + 1, _phrase_end(tokens, k), c, whole=True) is None


def _body_before(tokens: list[Token], k: int, c: ModuleType, language: str) -> bool:
    """Whether the place opener at ``k`` follows a verb of standing in front of a body and
    opens a body's name, whatever the verb's tense ("will appear before a judge on Monday",
    "are due to go before the Security Council next week"; not "will testify before the vote
    on Monday", "must appear before the end of May": a bound of time)."""
    if tokens[k].lower not in c.PLACE_OBJECT_OPENERS:
        return False
    if not set(c.lemmas(tokens[k - 1].lower).get("VERB", ())) & c.BEFORE_PLACE_VERBS:
        return False
    if tokens[k + 1].lower not in c.POSSESSIVE_DETERMINERS:
        return False  # "appear before 2027", "go before May", "testify before voting"
    head = k + 2
    word = tokens[head].text
    if not word.isalpha() or word.lower() in c.TIME_EDGES | c.NUMBER_WORDS:
        return False
    if time_word(tokens, head, language) or _names_happening(word.lower(), c, language):
        return False
    return _finite_verb(tokens, k + 1, _phrase_end(tokens, k), c, whole=True) is None


def _before_second_verb(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """Whether the opener at ``k`` opens a phrase that a comma and "and" with the subject's
    second verb close ("The van was seen near the depot after the robbery, | and was found
    …"): no verb of its own, so no clause whose subject the robbery would be."""
    end = _phrase_end(tokens, k)
    if end + 2 >= len(tokens) or tokens[end].text != "," or tokens[end + 1].lower != c.AND:
        return False
    second = tokens[end + 2]
    if not (second.lower in c.AUX or (second.text.islower() and c.is_past(second.text))):
        return False
    return _finite_verb(tokens, k + 1, end, c, whole=True) is None


def _phrase_end(tokens: list[Token], k: int) -> int:
    """Where the phrase after token ``k`` ends: at the next comma or semicolon, past a name set
    off by commas ("after its leader, Ann Roe, resigned": the name is the phrase's)."""
    ends = [j for j in range(k + 1, len(tokens)) if tokens[j].text in ",;"]
    if not ends:
        return len(tokens)
    name = tokens[ends[0] + 1 : ends[1]] if len(ends) > 1 else []
    if name and all(t.text[:1].isupper() for t in name):
        return ends[2] if len(ends) > 2 else len(tokens)
    return ends[0]


def _names_happening(word: str, c: ModuleType, language: str) -> bool:
    """Whether ``word`` is a noun naming one happening ("vote", "robbery"), as
    ``core.events.nominal`` reads it (that module sits above the clause cutter)."""
    nouns = lang.words(language, "events").HAPPENING_NOUNS
    return bool({*c.lemmas(word).get("NOUN", ()), word} & nouns)


def _dated(tokens: list[Token], j: int, c: ModuleType, language: str) -> bool:
    """Whether token ``j`` is a figure or a word of time (a date may stand there) or a word
    that looks ahead ("will", "would": the verb before it is no past)."""
    lower = tokens[j].lower
    return (
        tokens[j].text[:1].isdigit()
        or time_word(tokens, j, language)
        or lower in c.MODALS | c.FUTURE
    )
