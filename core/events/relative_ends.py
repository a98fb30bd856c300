"""Where a relative clause inside a subject ends when no comma closes it: "A plan that would
ban drones | won approval in the council": the past after the relative's object is the
sentence's own verb, the relative's words are part of the subject.
"""

from __future__ import annotations

from types import ModuleType

from core import lang
from core.events.finite import _finite_verb
from core.events.tokens import Token


def resumes_after_relative(
    tokens: list[Token], opener: int, k: int, c: ModuleType, language: str = "en"
) -> bool:
    """Whether token ``k`` is the main clause's verb resumed after a relative opened at
    ``opener`` with no comma ("A plan that would ban drones | won …", "The man who stole the
    car | fled …", "A mill that closed in 2009 | reopened …"): the words before the relative
    have no verb, the relative has its own verb before ``k``, and ``k`` is a plain past
    straight after a noun or the relative's date."""
    if opener < 2 or tokens[opener - 1].text == "," or opener >= k - 2:
        return False
    if tokens[opener].lower not in c.RELATIVES and tokens[opener].lower != c.THAT:
        return False
    word, before = tokens[k], tokens[k - 1]  # (the word's own tests first: most words fail)
    if not word.text.islower() or not c.is_past(word.text) or "NOUN" in c.lemmas(word.lower):
        return False
    if any(t.text in (",", ";") for t in tokens[opener:k]):
        return False  # "… remains, residents said": an attribution after the comma
    if _finite_verb(tokens, 0, opener, c) is not None:
        return False  # "said the plan that … won": a verb before, "that" may be its clause
    # the relative's own verb: right after it ("that would ban", "who stole"), or after its
    # subject ("that the state owns")
    own = next((j for j in range(opener + 1, k) if _verb_form(tokens[j], c)), None)
    if own is None:
        return False
    if own > opener + 1 and own == k - 1 and tokens[own].lower not in c.AUX:
        return True  # "The firm that the state owns | sold": its verb's object is the noun
    if own < k - 2 and (_date_end(before, language) or before.lower in c.DATE_END_WORDS):
        return True  # "A bakery that dropped the firm in 2019 (two years ago) | hired it …"
    noun = before.text.islower() and "NOUN" in c.lemmas(before.lower)
    return noun and before.lower not in c.AUX | c.PREPOSITIONS | c.DETERMINERS | {c.TO}


def subject_relative(tokens: list[Token], k: int, c: ModuleType, language: str = "en") -> bool:
    """Whether a relative pronoun at ``k`` opens a relative inside the sentence's subject with
    no comma, which ends where the main clause's past resumes ("The woman | who founded the
    firm in 1990 | retired …"): after a noun, with no verb before it; not one the main clause
    never resumes after ("A levy on landlords who leave flats empty takes effect …")."""
    if tokens[k].lower not in c.BARE_SUBJECT_RELATIVES or k < 2 or tokens[k - 1].text in (",", ";"):
        return False
    before = tokens[k - 1]
    noun = before.text[:1].isupper() or "NOUN" in c.lemmas(before.lower)
    if not noun or before.lower in c.PREPOSITIONS | c.DETERMINERS | c.AUX:
        return False
    if _finite_verb(tokens, 0, k, c) is not None:
        return False
    end = next((j for j in range(k, len(tokens)) if tokens[j].text in (",", ";")), len(tokens))
    if end < len(tokens) and tokens[end].text == "," and any(t.text == "," for t in tokens[:k]):
        # "Lee, a graduate of the college | who joined the bank in 2001, | led …": the aside's
        return _finite_verb(tokens, k + 1, end, c) is not None
    return any(resumes_after_relative(tokens, k, j, c, language) for j in range(k + 3, end))


def _date_end(token: Token, language: str) -> bool:
    """Whether ``token`` ends a date written out: a year, or a month's or weekday's name
    ("in 2019", "in March", "on Friday"); a main clause's past may follow it, as no noun's."""
    if len(token.text) == 4 and token.text.isdigit():
        return True
    calendar = lang.words(language, "calendar")
    return token.text[:1].isupper() and (
        token.lower in calendar.MONTHS or token.lower in calendar.WEEKDAYS
    )


def _verb_form(token: Token, c: ModuleType) -> bool:
    """A lower-case auxiliary, past or third person present."""
    lower = token.lower
    return token.text.islower() and (lower in c.AUX or c.is_past(token.text) or _present(token, c))


def _present(token: Token, c: ModuleType) -> bool:
    """A third person present of a verb ("makes", "runs")."""
    verbs = c.lemmas(token.lower).get("VERB", ())
    return any(c.THIRD_PERSON_ENDS) and token.lower.endswith(c.THIRD_PERSON_ENDS) and bool(verbs)


def present_after_that(tokens: list[Token], at: int, c: ModuleType) -> bool:
    """Whether "that" at ``at`` opens a relative on the noun before it with a present of its
    own ("Ostwick, the guild that | trains masons, | opened a school …"): a lower-case
    noun before, a third person present after."""
    if at < 1 or at + 1 >= len(tokens):
        return False
    before = tokens[at - 1]
    noun = before.text.islower() and "NOUN" in c.lemmas(before.lower)
    return noun and before.lower not in c.AUX | c.DETERMINERS and _present(tokens[at + 1], c)
