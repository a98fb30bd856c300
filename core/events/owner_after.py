"""The owner a possessive that says no sex stands for, named after its noun.

French "Ses obsèques seront célébrées vendredi" keeps "Ses" in a title read without its
sentence; "Les obsèques de Jeanne Roux seront célébrées" says whose. French "son", "sa",
"ses" say nothing of the owner's sex, so the person is the one a "il" and an "elle" at that
place would both allow: each is asked (``core.events.subjects``), and the owner is named only
when one person comes out (a man named before and the woman the piece is about: not sure).
The possessive gives way to its article and the name follows its noun, as the language writes
an owner ("de", elided before a vowel: "d'Anne Roux").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from core import lang
from core.events.entities import PERSON, Mention
from core.events.parse import Sentence
from core.events.tokens import Token

# Letters a French article or "de" is elided before ("l'œuvre", "d'Anne").
_VOWELS = tuple("aeiouyàâéèêëîïôöùûüœh")


def neutral_owner(
    s: Sentence, k: int, antecedent: Callable[[Sentence, int], Mention | None]
) -> Mention | None:
    """The one person the possessive ``k`` ("son", "sa", "ses") may stand for, as the
    language's "he" and "she" there each resolve it (``antecedent``), when that person is
    also the last one named before it; None when neither or two people come out."""
    c = lang.words(s.language, "clauses")
    if s.tokens[k].lower not in c.OWNER_ARTICLES:
        return None
    found = set()
    for pronoun in c.PERSONAL_PRONOUNS:
        token = Token(s.tokens[k].start, s.tokens[k].end, pronoun)
        person = antecedent(replace(s, tokens=[*s.tokens[:k], token, *s.tokens[k + 1 :]]), k)
        if person is not None:
            if person.kind != PERSON:
                return None
            found.add(person)
    names = {m.name for m in found}
    if len(names) != 1:
        return None
    # (the person last named before: "…, recalls Ann Roe. Sa mère …" is not the doctor the
    # piece named long before, whom a pronoun of the other sex would stand for)
    people = [m for m in s.mentions if m.kind == PERSON and m.end <= s.tokens[k].start]
    return next(iter(found)) if people and people[-1].name in names else None


def owned_phrase(possessive: str, rest: str, name: str, language: str) -> str:
    """The noun phrase ``rest`` with its possessive put as an article and the owner after it:
    ("ses", "obsèques", "Jeanne Roux") → "Les obsèques de Jeanne Roux"."""
    c = lang.words(language, "clauses")
    article = c.OWNER_ARTICLES[possessive.lower()]
    if rest[:1].lower().startswith(_VOWELS) and article in c.ELIDED:
        head = f"{c.ELIDED[article]}{rest}"
    else:
        head = f"{article} {rest}"
    of = c.ELIDED.get(c.OWNER_OF, c.OWNER_OF)
    owner = f"{of}{name}" if name[:1].lower().startswith(_VOWELS) else f"{c.OWNER_OF} {name}"
    return f"{head[:1].upper()}{head[1:]} {owner}"
