"""Who does what a cleft's content tells when its subject is not written out: French "C'est
en 1968 qu'elle ouvre son atelier" ("elle" glued onto "que"), Spanish "Fue en 1990 cuando
abrió su tienda" (the verb's ending says "she"). The one person the sentence before names,
as for a pronoun opening a sentence; no one else (never the cleft's "C'est", "Fue")."""

from __future__ import annotations

from types import ModuleType

from core.events.date_clauses import _cleft, _cleft_opener
from core.events.entities import PERSON, Mention
from core.events.parse import Sentence
from core.events.pronoun_names import _one_named_before
from core.events.subject_shapes import _plural_verb
from core.events.tokens import Clause, glued_to_that


def cleft_content(s: Sentence, clause: Clause, c: ModuleType) -> bool:
    """Whether ``clause`` is the content of a cleft opening its sentence, its subject a
    pronoun glued onto "que" or left out."""
    if len(s.clauses) < 2 or clause is not s.clauses[1] or s.clauses[0].start != 0:
        return False
    if not _cleft(s, s.clauses[0], c) or not _cleft_opener(clause.opener, c):
        return False
    return bool(glued_to_that(clause.opener, c)) or c.DROPS_SUBJECT


def cleft_person(s: Sentence, clause: Clause, verb: int, c: ModuleType) -> Mention | None:
    """The one person the sentence before names, for a cleft's content without a subject of
    its own; None for a plural ("qu'ils", "abrieron") or where no one person is named."""
    glued = glued_to_that(clause.opener, c)
    if (glued and glued not in c.PERSONAL_PRONOUNS) or _plural_verb(s, verb, c):
        return None
    return _one_named_before(s, {PERSON}, dropped=True)


def cleft_relative(s: Sentence, clause: Clause, c: ModuleType) -> bool:
    """Whether ``clause`` is the subject relative of a cleft that sets off who did it ("C'est
    son neveu, Paul Mercier, qui …", "C'est l'un des moments forts de la foire de Brive,
    qui …"): its subject is never the cleft's own words."""
    if len(s.clauses) < 2 or clause is not s.clauses[1] or s.clauses[0].start != 0:
        return False
    if clause.opener not in c.VERB_RELATIVES or s.clauses[0].verb is not None:
        return False
    first = s.tokens[0].lower.replace("’", "'")
    glued = first[: first.find("'") + 1]
    return bool(glued) and glued in c.EXPLETIVES and first[len(glued) :] in c.BE


def set_off_name(s: Sentence, clause: Clause) -> bool:
    """Whether a person's name set off by commas stands right before the relative ("…, Paul
    Mercier, qui"), not a place a phrase ends on ("la foire de Brive, qui …")."""
    comma = clause.start - 1
    if comma < 2 or s.tokens[comma].text != ",":
        return False
    end = s.tokens[comma - 1].end
    name = next((m for m in s.mentions if m.kind == PERSON and m.end == end), None)
    at = next((k for k, t in enumerate(s.tokens) if name and t.start == name.start), 0)
    return name is not None and at > 0 and s.tokens[at - 1].text == ","
