"""The predicate of a subordinate clause whose finite verb stands last, read as a title.

German ends a subordinate clause on its finite verb: "…, dass der Täter am Sonntag gefasst
wurde". Its words in their order ("Der Täter gefasst wurde") are no sentence a reader can
parse; a headline puts the finite verb second, after the subject, and keeps every other word
in its place and inflection: "Der Täter wurde gefasst". Only languages whose data say
``VERB_LAST`` read this, after the openers of such clauses (``VERB_FINAL_OPENERS``).
"""

from __future__ import annotations

from functools import cache
from types import ModuleType

from core import lang
from core.events.finite import finite_verb
from core.events.media_fronts import media_fronted_verb
from core.events.middle import phrases
from core.events.parse import Sentence
from core.events.phrases import zu_verb
from core.events.tokens import Clause
from core.events.verblast import unglued_verb
from core.events.wording import reduce_names


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def verb_second(
    s: Sentence, clause: Clause, subject_range: tuple[int, int], drop: set[int]
) -> str | None:
    """The clause's words after its subject with the finite verb first ("wurde gefasst"); None
    for a main clause, or when no finite verb closes the clause."""
    c = _clauses(s.language)
    if not c.VERB_LAST or clause.opener.lower() not in c.VERB_FINAL_OPENERS:
        return None
    end = next((k for k in range(clause.body, clause.end) if s.tokens[k].text == ","), clause.end)
    last = next(
        (k for k in range(end - 1, clause.body, -1) if s.tokens[k].text[:1].isalnum()),
        None,
    )  # the clause ends at its comma: "das … eröffnet worden war, | schließt …"
    if last is None or not _finite(s.tokens[last].text, c):
        return None
    a, b = subject_range
    # the subject as written in the clause, or the pronoun that stands for it ("dass sie …")
    start = subject_end(s, a, b) if clause.body <= a < b <= last else clause.body + 1
    if start > last:
        return None
    verb = reduce_names(s.text, s.tokens, last, last + 1, s.mentions, drop, s.language)
    rest = reduce_names(s.text, s.tokens, start, last, s.mentions, drop, s.language)
    verb, particle = unglued_verb(verb, s.language)  # "zurücktritt": "tritt … zurück"
    return " ".join([verb, rest, *particle]).replace("  ", " ").strip()


def _finite(word: str, c: ModuleType) -> bool:
    """A finite verb: an auxiliary or modal ("wurde", "wird") or a verb's finite form
    ("bleibt", "reiste"); not an infinitive or participle ("streichen", "gefasst")."""
    lower = word.lower()
    if not word.islower():
        return False
    if lower in c.AUX:
        return lower not in c.NON_FINITE_AUX
    if "VERB" not in c.lemmas(lower) or c.is_participle(lower):
        return False
    return lower not in c.lemmas(lower)["VERB"]  # the infinitive is the lemma


def separable_particle(s: Sentence, verb: int, stop: int, drop: set[int]) -> int | None:
    """The particle a German verb left at its clause's end with nothing else between them but
    dropped words ("kündigte [am Mittwoch] an"); None elsewhere."""
    c = _clauses(s.language)
    if not c.VERB_LAST:
        return None
    kept = [k for k in range(verb + 1, stop) if k not in drop and s.tokens[k].text[:1].isalnum()]
    if len(kept) == 1 and s.tokens[kept[0]].lower in c.TITLE_PARTICLES:
        return kept[0]
    return None


def verb_lemmas(s: Sentence, verb: int, particle: int | None) -> set[str]:
    """The verb's lemmas, with its particle when it left one ("an" + "kündigen")."""
    c = _clauses(s.language)
    forms = set(c.lemmas(s.tokens[verb].lower).get("VERB", ()))
    if particle is None:
        return forms
    return forms | {s.tokens[particle].lower + lemma for lemma in forms}


def infinitive_after(s: Sentence, stop: int, drop: set[int]) -> str | None:
    """The infinitive clause a German verb takes after its comma ("beschloss, | die Steuern
    zu senken", "kündigte an, | den Streik auszuweiten"): its words, or None."""
    c = _clauses(s.language)
    if not c.VERB_LAST:
        return None
    comma = next((k for k in range(stop, len(s.tokens)) if k not in drop), None)
    if comma is None or s.tokens[comma].text != ",":
        return None
    end = next(
        (k for k in range(comma + 1, len(s.tokens)) if s.tokens[k].text in (",", ";")),
        len(s.tokens),
    )
    words = [k for k in range(comma + 1, end) if k not in drop]
    if len(words) < 2 or not zu_verb(s.tokens[words[-2]].lower, s.tokens[words[-1]].text, c):
        return None
    if s.tokens[words[0]].lower in c.PURPOSE_OPENERS:
        return None  # "…, um über die Krise zu beraten": why, not what
    if any(_finite(s.tokens[k].text, c) for k in words[:-1]):
        return None  # a clause with a verb of its own
    return reduce_names(s.text, s.tokens, comma + 1, end, s.mentions, drop, s.language)


def subject_end(s: Sentence, a: int, b: int) -> int:
    """Where a subordinate clause's subject ends: before the first verb of the verbs that close
    the clause ("die Moderatorin | entlassen worden war"), at ``b`` when none is inside."""
    c = _clauses(s.language)
    if b > a + 1 and s.tokens[a].lower in c.PRONOUNS:
        return a + 1  # "dass sie | ihr Amt niederlegen wird": the pronoun alone
    return next((k for k in range(a + 1, b) if _verb_or_object(s, k, c)), b)


def _verb_or_object(s: Sentence, k: int, c: ModuleType) -> bool:
    """A verb that closes the clause, or a second article after the subject's noun that opens
    the object ("nachdem der Rat | die Steuer erhöht hatte"; not a genitive: "der Rat der
    Stadt")."""
    word = s.tokens[k]
    opens = c.ARTICLES - c.GENITIVE_ARTICLES | c.POSSESSIVE_PRONOUNS  # ("der Rat | seine …")
    if word.lower in opens and s.tokens[k - 1].text[:1].isupper():
        return True
    if not word.text.islower() or word.lower in c.DETERMINERS:
        return False
    return "VERB" in c.lemmas(word.lower) or c.is_participle(word.text)


def object_before(s: Sentence, a: int, b: int, drop: set[int]) -> bool:
    """Whether words other than prepositional phrases stand between ``a`` and ``b``: a German
    object before its last verb ("haben die Wiedereröffnung angekündigt"), not "hat bei einer
    Pressekonferenz angekündigt"."""
    words = [s.tokens[k].text for k in range(a, b) if k not in drop]
    covered = {
        k for x, y in phrases(words, 0, len(words), _clauses(s.language)) for k in range(x, y)
    }
    return any(k not in covered and w[:1].isalnum() for k, w in enumerate(words))


def verb_after_participle(s: Sentence, clause: Clause) -> Clause:
    """The clause with its verb moved past a participle that describes the subject ("Un
    incendio declarado [el miércoles] en una nave | obligó a desalojar …"), where the
    language's data say so (``PARTICIPLE_SUBJECT_CUTS``); else the clause itself."""
    c = _clauses(s.language)
    v = clause.verb
    if not c.PARTICIPLE_SUBJECT_CUTS or v is None or v <= clause.body:
        return clause
    if not c.is_participle(s.tokens[v].text):
        return clause
    if (told := media_fronted_verb(s, clause)) is not None:
        return Clause(clause.start, clause.body, clause.end, clause.opener, told)
    if any(s.tokens[k].lower in c.AUX for k in range(clause.body, v + 1)):
        return clause  # "avait déjà connu", "s'était endettée": the participle is the verb
    later = finite_verb(s.tokens, v + 1, clause.end, s.language)
    if later is None or any(s.tokens[k].text in (",", ";") for k in range(v, later)):
        return clause
    return Clause(clause.start, clause.body, clause.end, clause.opener, later)
