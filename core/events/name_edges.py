"""Where a run of capitalised words stops being one name, for ``core.events.entities``.

A firm named "Harlow Brown and Co" goes on through "and Co": one firm, not a person and a
company called "Co" that "it" would then stand for. A role followed by its place or body in
the genitive and a person ("Мэр Заречинска Павел Громов") holds the person from the given
name on: "Павел Громов", not "Заречинска Павел Громов". The words are each language's
(``PARTNER_COMPANY_ENDINGS``, ``ROLE_PERSON_GIVEN_NAMES`` in ``core.lang.<code>.events``).
"""

from __future__ import annotations

Span = tuple[int, int]


def _lower(text: str, token: Span) -> str:
    return text[token[0] : token[1]].lower()


def partner_ending(
    text: str, tokens: list[Span], j: int, and_word: str, endings: frozenset[str]
) -> bool:
    """Whether the name ending before token ``j`` goes on with "and" and a firm's ending that
    names no one ("Harlow Brown | and Co"), single spaces between."""
    if not endings or j + 1 >= len(tokens) or _lower(text, tokens[j]) != and_word:
        return False
    if text[tokens[j - 1][1] : tokens[j][0]] != " " or text[tokens[j][1] : tokens[j + 1][0]] != " ":
        return False
    word = text[tokens[j + 1][0] : tokens[j + 1][1]]
    return word[:1].isupper() and word.lower() in endings


def given_after(
    text: str, tokens: list[Span], after: int, j: int, given_names: frozenset[str]
) -> int | None:
    """Where a person's name starts in the run ``tokens[after:j]`` after a role, when the
    run opens on the role's capitalised complement ("Мэр | Заречинска Павел Громов"): the
    first given name past ``after`` with a surname after it; None when the run opens on a
    given name itself ("Министр Сергей Лавров") or the language lists none."""
    if not given_names or j - after < 3 or _given(_lower(text, tokens[after]), given_names):
        return None
    found = (k for k in range(after + 1, j - 1) if _given(_lower(text, tokens[k]), given_names))
    return next(found, None)


def _given(word: str, given_names: frozenset[str]) -> bool:
    """Whether ``word`` is a listed given name or one of its case forms ("Віктора", "Ольги")."""
    stem = word[:-1]
    return word in given_names or stem in given_names or stem + "а" in given_names
