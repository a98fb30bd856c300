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


def field_holder(text: str, tokens: list[Span], start: int, j: int) -> Span | None:
    """The person in the run ``tokens[start:j]`` that opens on a role's field ("Minister of
    | Fisheries Jonas Kabwe", "… of Farming and | Rural Affairs Lea Moss"): the run's last two
    words (three with an initial, "Jonas K. Kabwe") when the field leaves a word before them;
    None when the run may be the field alone ("Minister of | Foreign Affairs")."""
    size = 3 if j - start >= 4 and _initial(text, tokens[j - 2]) else 2
    if j - start < size + 1:
        return None
    return tokens[j - size][0], tokens[j - 1][1]


def _initial(text: str, token: Span) -> bool:
    """A given name's initial ("K."), one capital and its full stop."""
    word = text[token[0] : token[1]]
    word = word if word.endswith(".") else text[token[0] : token[1] + 1]
    return len(word) == 2 and word[0].isupper() and word[1] == "."


def field_goes_on(
    text: str, tokens: list[Span], i: int, and_word: str, fields: frozenset[str],
    roles: frozenset[str],
) -> bool:  # fmt: skip
    """Whether the run from token ``i`` goes on a role's field after "and" ("Minister of
    Farming and | Rural Affairs Lea Moss"): "and" before it, capitalised words before that back
    to a field's connector ("of"), too few to hold a name too, and a role before "of"."""
    k = i - 1
    if not fields or k < 1 or _lower(text, tokens[k]) != and_word:
        return False
    k -= 1
    while k > 0 and text[tokens[k][0]].isupper():
        k -= 1
    if k < 1 or _lower(text, tokens[k]) not in fields or _lower(text, tokens[k - 1]) not in roles:
        return False
    # (the field alone before "and", no holder named yet: not "Minister of Energy Omar
    # Haddad and | LPCA chairman …")
    return field_holder(text, tokens, k + 1, i - 1) is None


def field_at(words: list[str], k: int, fields: frozenset[str], roles: frozenset[str]) -> bool:
    """Whether a role's field opens at ``words[k]`` ("Minister | of Fisheries Jonas Kabwe");
    a role word after it with a lone name is the role's own ("Secretary of State Albright")."""
    if k + 1 >= len(words) or words[k] not in fields:
        return False
    return words[k + 1].lower() not in roles or len(words) - k > 3
