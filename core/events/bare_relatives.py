"""A relative clause with no subject of its own whose pronoun reads the same as subject and as
object (Russian "который", Ukrainian "який"): "Музей отримав годинник, який торік
відреставрували майстри зі Львова" says the clock was restored last year; the title joins the
noun before the relative to the relative's predicate ("Годинник відреставрували майстри зі
Львова"). The noun must agree with the pronoun by its ending (``SUBJECT_OBJECT_RELATIVES``)
and follow no preposition, so it stands in the one form subject and object share ("годинник",
"кафе").
"""

from __future__ import annotations

from types import ModuleType

from core import lang
from core.events.fitted import fitted
from core.events.governed_relatives import owned_noun
from core.events.kinds import clause_kind
from core.events.parse import Happening, Sentence, When
from core.events.states import is_state
from core.events.titles import MAX_CHARS
from core.events.tokens import Clause
from core.events.wording import cut_coordination, reduce_names, widen_drop


def bare_relative(s: Sentence, clause: Clause, when: When, end: int) -> Happening | None:
    """The happening of a subjectless relative clause titled by its noun, or None."""
    c = lang.words(s.language, "clauses")
    verb = clause.verb
    if clause.opener in c.OWNER_RELATIVES and verb is not None:
        return _owned(s, clause, when, end, c)
    endings = c.SUBJECT_OBJECT_RELATIVES.get(clause.opener)
    if endings is None or verb is None or clause.start < 2 or clause.body != clause.start + 1:
        return None
    comma, head = clause.start - 1, clause.start - 2
    word = s.tokens[head]
    if s.tokens[comma].text != "," or head in s.drop or not word.text.isalpha():
        return None
    if not (word.text.islower() or head == 0) or not word.lower.endswith(tuple(endings)):
        return None  # ("…, Кремль, который …": a name, its case unknown)
    forms = c.lemmas(word.lower)
    if "NOUN" not in forms or "VERB" in forms:
        return None
    if not _phrase_opens(s, head, c):
        return None  # "на конгрессе, который …", "останков лошади, которые …": another case
    return _titled(s, clause, word.text, when, end, c)


def _owned(s: Sentence, clause: Clause, when: When, end: int, c: ModuleType) -> Happening | None:
    """ "…, премьера которого прошла в декабре": the owned noun is the subject ("Премьера
    прошла"), when nothing but dropped words stands between the pronoun and the verb."""
    noun = s.tokens[clause.start]
    if not owned_noun(s.tokens, clause.start, c):
        return None  # "…, которого избрали в марте": the pronoun is no owned noun's subject
    if any(k not in s.drop for k in range(clause.body, clause.verb or clause.body)):
        return None
    return _titled(s, clause, noun.text, when, end, c)


def _phrase_opens(s: Sentence, head: int, c: ModuleType) -> bool:
    """Whether the noun at ``head`` heads a phrase in the case subject and object share: only
    adjectives of that case (``SUBJECT_OBJECT_ADJECTIVE_ENDINGS``) before it, after a verb, a
    coordinator or the sentence's start ("снят документальный фильм", "зала та кафе")."""
    k = head - 1
    while k >= 0 and s.tokens[k].lower.endswith(c.SUBJECT_OBJECT_ADJECTIVE_ENDINGS):
        if "VERB" in c.lemmas(s.tokens[k].lower):
            break
        k -= 1
    if k < 0:
        return True
    word = s.tokens[k]
    if word.lower in c.COORDINATORS:
        return True
    return word.text.islower() and (c.is_past(word.text) or c.is_participle(word.text))


def _titled(
    s: Sentence, clause: Clause, noun: str, when: When, end: int, c: ModuleType
) -> Happening | None:
    """The noun, then the relative's predicate without its dropped words."""
    verb = clause.verb
    assert verb is not None
    if any(s.tokens[k].lower in c.NEGATIONS for k in range(clause.body, clause.end)):
        return None
    drop = widen_drop(s.tokens, s.drop, s.language)
    stop = min(end, cut_coordination(s.tokens, verb, clause.end, s.language))
    predicate = reduce_names(s.text, s.tokens, clause.body, stop, s.mentions, drop, s.language)
    if not predicate or is_state(predicate, s.language):
        return None
    words = f"{noun[:1].upper()}{noun[1:]} {predicate}".strip(" ,;:").split()
    links = [k for k, w in enumerate(words) if k > 2 and w.lower() in c.COORDINATORS]
    if len(" ".join(words)) > MAX_CHARS and links:  # "… вилетіли з ліги | і весь сезон …"
        words = words[: links[0]]
    words = fitted(words, MAX_CHARS, c)
    if len(words) < 2:
        return None
    kind = clause_kind(s, s.tokens[verb].text, predicate)
    return Happening(" ".join(words), kind, when, s.entities([(clause.body, stop)], []))
