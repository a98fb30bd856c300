"""The role words before a name a title leaves out ("Foreign Minister [Wang Yi]" → "Wang
Yi"), with the words that went with them ("the regional [governor]"), in every language's
order. Used by ``core.events.wording``."""

from __future__ import annotations

import re
from types import ModuleType


def drop_title(
    out: list[str], c: ModuleType, roles: frozenset[str], complement: str = r"(?!)"
) -> bool:
    """Drop the role words before a name ("Foreign Minister"), not after an article fused
    with a preposition ("visite du roi Charles III"); whether there were any. ``complement``
    is the language's pattern of a role's capitalised genitive ("Пермского края")."""
    dropped_role = False
    written = list(out)
    genitive = [j for j in range(len(out) - 1 - c.ROLE_GENITIVES, len(out) - 1) if j >= 0]
    role = next((j for j in genitive if out[j].lower() in roles), None)
    if role is not None and (
        all(w.isalpha() and w.islower() for w in out[role + 1 :])
        or re.match(complement, " ".join(out[role + 1 :]))
    ):
        # "Міністр енергетики Петро Коваль", "Губернатор Свердловской области Евгений
        # Куйвашев": the role's own genitive
        del out[role + 1 :]
    field = _role_field(out, c, roles)
    if field is not None:
        del out[field + 1 :]  # "Minister [of Mining and Energy] Paula Reyes": the role's field
    while out:
        word = out[-1]
        lower = word.lower().rstrip(".")
        role = _role_before_comma(out, c, roles) if word == "," and not dropped_role else None
        if role is not None:
            # "Le porte-parole du gouvernement, Olivier Véran," → "Véran"
            del out[role:]
            dropped_role = True
            continue
        if lower in roles:
            dropped_role = True
        elif word == "," and dropped_role and _listed_name_before(out, roles):
            break  # "Ana Ruiz, [Health Minister] Tomas Lind and …": the list's item before stays
        elif word == "," or (
            word == "." and dropped_role and len(out) > 1 and out[-2][:1].isupper()
        ):
            pass  # "The company's chief executive, Maria Olsen", "U.S. Secretary of State"
        elif (
            dropped_role and lower == c.OF and len(out) > 1 and out[-2].lower().rstrip(".") in roles
        ):
            pass  # "Secretary of State Madeleine Albright" → "Albright"
        elif not dropped_role or not (
            word[:1].isupper()
            or lower in c.POSSESSIVE_DETERMINERS
            or lower.endswith(c.POSSESSIVE_ENDINGS)
        ):
            if dropped_role and lower in c.FUSED_ARTICLES:
                out[:] = written
                return False
            # (a language that names a role's domain after it has no such owner before it)
            owner = not c.ROLE_COMPLEMENT_OPENERS and lower == c.OF and len(out) > 1
            if dropped_role and owner and out[-2][:1].isupper():
                _drop_role_owner(out, c)  # "Bank of [China President]" → ""
            elif dropped_role:
                _drop_role_adjectives(out, c)  # "the regional [governor]" → ""
            break
        out.pop()
    return dropped_role


def name_head(out: list[str], name: str, roles: frozenset[str], c: ModuleType) -> bool:
    """Whether the role word before a name that opens on a lower-case particle is the head
    of a place's name, after its article: "the Col du Lautaret" is a mountain pass, not a
    colonel named "du Lautaret" (as "Gen de Gaulle" is a general)."""
    if len(out) < 2 or not name[:1].islower() or out[-2].lower() not in c.ARTICLES:
        return False
    return out[-1].lower() in roles and out[-1][:1].isupper()


def _drop_role_owner(out: list[str], c: ModuleType) -> None:
    """Drop the name a dropped role belongs to when its place follows "of" ("Bank of [China
    President Wang Deyan]", "Undersecretary of [State Michael Armacost]" → "[Deyan]"): the
    "of", the capitalised words before it and their article; left alone, "Bank of Deyan"
    reads as a bank named after the person."""
    k = len(out) - 1
    while k > 0 and out[k - 1][:1].isupper():
        k -= 1
    if k > 0 and out[k - 1].lower() in c.ARTICLES:
        k -= 1
    del out[k:]


def _drop_role_adjectives(out: list[str], c: ModuleType) -> None:
    """Drop the words that went with a dropped role ("met the regional [governor, Anika
    Varga]" → "met [Varga]", "Ecuador's deputy energy [minister Fernando Alvite]" →
    "[Alvite]"): at most ``c.ROLE_ADJECTIVES`` lower-case adjectives or nouns, then the
    article or the owner ("Ecuador's") before them."""
    j = len(out)
    while j > 0 and len(out) - j < c.ROLE_ADJECTIVES and out[j - 1].isalpha():
        lower = out[j - 1].lower()
        forms = c.lemmas(lower)
        modifier = {"ADJ", "NOUN"} & set(forms) or lower.endswith(c.GERUND)  # "mining"
        if not out[j - 1].islower() or lower in c.ARTICLES or not modifier:
            break
        if lower in c.PREPOSITIONS | c.AUX | c.COORDINATORS or c.is_past(lower):
            return
        j -= 1
    if j == 0:
        del out[:]
        return
    before = out[j - 1]
    if before.lower() in c.ARTICLES:
        del out[j - 1 :]
    elif before[:1].isupper() and j < len(out) and before.isalpha():
        k = j - 1  # "Taft vice [chairman Dudley Taft]": the company the role is of
        while k > 0 and out[k - 1][:1].isupper() and out[k - 1].isalpha():
            k -= 1
        del out[k:]
    elif before.lower().endswith(c.POSSESSIVE_ENDINGS) and before[:1].isupper():
        k = j - 1
        while k > 0 and (out[k - 1][:1].isupper() or out[k - 1].lower() in c.ARTICLES):
            k -= 1  # "The [Ecuadorean] government's"
        del out[k:]


def _role_before_comma(out: list[str], c: ModuleType, roles: frozenset[str]) -> int | None:
    """Where a role and what it heads start before the comma ending ``out``, in a language
    that names the role's domain after it ("Le directeur du festival d'Avignon, …"); else None.
    """
    openers = c.ROLE_COMPLEMENT_OPENERS
    if not openers:
        return None
    for k in range(len(out) - 2, max(-1, len(out) - 2 - c.ROLE_COMPLEMENT_REACH), -1):
        if out[k].lower() in roles and k + 1 < len(out) - 1:
            first = out[k + 1].lower().replace("’", "'")
            words = out[k + 1 : -1]
            # a word ("du"), or an elided one glued to the next ("d'Avignon")
            opens = first in openers or first.startswith(tuple(o for o in openers if o[-1] == "'"))
            if opens and not any(w in ",;:" for w in words):
                return k
    return None


def _listed_name_before(out: list[str], roles: frozenset[str]) -> bool:
    """Whether the words before the comma ending ``out`` end on a name, a list's item, not
    on a role the name after it is apposed to: "Ana Ruiz, [Health Minister] Tomas Lind" (not
    "the firm's chairman, [Finance Director] Per Holm", nor "Its President, [Dr.] Ada Lamm")."""
    if len(out) < 2:
        return False
    before = out[-2]
    return before[:1].isupper() and before.isalpha() and before.lower().rstrip(".") not in roles


def _role_field(out: list[str], c: ModuleType, roles: frozenset[str]) -> int | None:
    """Where the role stands whose field after "of" ends ``out`` ("Minister of Mining and
    Energy"), in a language that names no domain after its roles otherwise; else None."""
    k = len(out) - 1
    if c.ROLE_COMPLEMENT_OPENERS or k < 2 or not out[k][:1].isupper():
        return None
    while k > 1 and (
        out[k][:1].isupper() or (out[k].lower() == c.AND and out[k - 1][:1].isupper())
    ):
        k -= 1
    return k - 1 if out[k].lower() == c.OF and out[k - 1].lower().rstrip(".") in roles else None
