"""What a clause or a word is to its sentence, for the happening a clause gives.

A relative clause inside the subject has its own verb and date ("the man who shot the guard
[on Friday] was arrested"); a noun's "that" clause of chance or claim tells no happening
("denied reports that …"); a "that" after a noun with a verb missing its object is the noun's
relative ("the plant that the board approved"); a participle after the subject's comma is an
aside ("The accord, struck late last year, …").
"""

from __future__ import annotations

from functools import cache
from types import ModuleType

from core import lang
from core.events.finite import finite_verb
from core.events.parse import Sentence, When, lexical_verb, token_after, token_at
from core.events.title_checks import second_clause_at
from core.events.titles import headline
from core.events.tokens import Clause


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def in_subject_relative(s: Sentence, clause: Clause, at: int) -> bool:
    """Whether token ``at`` stands in a relative clause with a verb of its own inside the
    subject, with no comma ("the man who shot the guard [on Friday] was arrested")."""
    c = _clauses(s.language)
    verb = clause.verb if clause.verb is not None else clause.body
    rel = next(
        (k for k in range(at - 1, clause.body, -1) if s.tokens[k].lower in c.SUBJECT_RELATIVES),
        None,
    )
    comma = next((k for k in range(at - 1, clause.start - 1, -1) if s.tokens[k].text == ","), None)
    first = clause.start if comma is None else comma + 1
    opener = s.tokens[first]
    participle = (
        opener.text.islower() and c.is_participle(opener.text) and opener.lower not in c.AUX
    )
    if participle and at < verb and any(s.tokens[k].text == "," for k in range(at, verb)):
        return True  # "[However,] cited by police in December, Farkas was ordered home"
    to = next((k for k in range(at - 1, clause.body, -1) if s.tokens[k].lower == c.TO), None)
    if to is not None and to + 1 < at < verb and _verb_word(s, to + 1):
        return True  # "the ships to be repaired [this year] were handed over"
    if rel is None or at >= verb or s.tokens[rel - 1].text == ",":
        return False
    return finite_verb(s.tokens, rel + 1, at, s.language) is not None


def _verb_word(s: Sentence, k: int) -> bool:
    """Whether token ``k`` is an auxiliary or a verb's bare form (after "to")."""
    c = _clauses(s.language)
    word = s.tokens[k].lower
    return word in c.AUX or word in c.lemmas(word).get("VERB", ())


def content_of_noun(s: Sentence, clause: Clause) -> bool:
    """Whether the clause is the "that" clause of a noun of chance, thought or claim ("the
    likelihood that …", "reports that …"): what it says is not told as having happened."""
    c = _clauses(s.language)
    if clause.opener != c.THAT or clause.start == 0:
        return False
    before = s.tokens[clause.start - 1].lower
    return bool(set(c.lemmas(before).get("NOUN", ())) & c.CONTENT_NOUNS)


def object_gap(s: Sentence, clause: Clause) -> bool:
    """A "that" after a noun, then a subject and a verb with nothing after it but its date
    ("the plant that the board approved [on Monday]"): the object is the noun before."""
    c = _clauses(s.language)
    at = clause.start - 1
    if c.VERB_LAST or at < 1 or at in s.drop or clause.verb <= clause.body:
        return False  # German "…, dass das Werk schließt": every verb comes last
    if "NOUN" not in c.lemmas(s.tokens[at].lower) or s.tokens[at - 1].lower in c.AUX:
        return False  # "said that", "was clear that"
    told = range(max(0, at - c.REPORTED_OBJECT_REACH), at)
    if any(set(c.lemmas(s.tokens[j].lower).get("VERB", ())) & c.SPEECH_VERBS for j in told):
        return False  # "told reporters that the plant closed": what was told
    k = lexical_verb(s, clause)
    rest = [j for j in range(k + 1, clause.end) if j not in s.drop]
    return not rest or not s.tokens[rest[0]].text[:1].isalnum()


def aside_participle(s: Sentence, clause: Clause, verb: int) -> bool:
    """A participle straight after the subject's comma that is the clause's only verb, with
    nothing after it but its date ("The accord, struck late last year | after …"): an aside
    describing the subject, whose own verb the clause never reached."""
    c = _clauses(s.language)
    word = s.tokens[verb]
    if _set_off(s, verb, c):
        return True  # "…, not seasonally adjusted, registered …": a participle set off alone
    if _opens_on_participle(s, clause, verb, c):
        return True  # "…, redactado en 1997 y respaldado por …": the participle's aside
    if verb - 1 <= clause.body or s.tokens[verb - 1].text != "," or c.VERB_LAST:
        return False  # "…, | retired on Monday": a clause that resumes at its verb
    infinitive = verb + 2 < len(s.tokens) and s.tokens[verb + 1].lower == c.TO
    after = s.tokens[verb + 2].lower if infinitive else ""
    infinitive = infinitive and "VERB" in c.lemmas(after)  # not "prevista para el 20 de marzo"
    if word.lower in lang.words(s.language, "tense").FUTURE_PARTICIPLES and not infinitive:
        # "La subasta, prevista para el 20 de marzo, …": a plan, no happening (not "The
        # senator, speaking on Wednesday, promised to cut taxes": a past with its infinitive)
        return True
    if word.lower in c.AUX or not word.text.islower() or not c.is_participle(word.text):
        return False
    if any(s.tokens[k].text == "," for k in range(clause.body, verb - 1)):
        return False  # "The plant, closed in May, | reopened": the verb after the aside
    if _verb_after_aside(s, clause, verb):
        return True  # "The drawings, released this week, | show …": the aside closed first
    return all(k in s.drop or s.tokens[k].text == "," for k in range(verb + 1, clause.end))


def _opens_on_participle(s: Sentence, clause: Clause, verb: int, c: ModuleType) -> bool:
    """Whether the clause opens, after a comma, on a bare participle it takes for its verb
    ("…, al Tratado de Prohibición, | redactado en 1997"), in a language whose asides
    ``core.events.participle_asides`` titles (``ASIDE_PASSIVE``): no clause of its own, whose
    subject would be borrowed from the sentence's."""
    word = s.tokens[verb]
    if not lang.words(s.language, "anchors").ASIDE_PASSIVE[0] or c.VERB_LAST:
        return False
    if verb != clause.body or verb == 0 or s.tokens[verb - 1].text != ",":
        return False
    return word.text.islower() and word.lower not in c.AUX and c.is_participle(word.text)


def _verb_after_aside(s: Sentence, clause: Clause, verb: int) -> bool:
    """Whether the participle's phrase closes on a comma with a finite verb straight after it
    ("The drawings, released this week, | show a park"): that verb is the clause's."""
    n = len(s.tokens)  # the clause may end at the aside's comma: read on in the sentence
    comma = next((k for k in range(verb + 1, n) if s.tokens[k].text == ","), None)
    if comma is None or comma + 1 >= n:
        return False
    c = _clauses(s.language)
    word = s.tokens[comma + 1]
    if word.lower in c.AUX:
        return True
    if not word.text.islower() or "VERB" not in c.lemmas(word.lower):
        return False
    nxt = s.tokens[comma + 2].lower if comma + 2 < n else ""
    # "show a park", "show that …": a verb with its object; not a noun of a list
    return c.is_past(word.text) or nxt in c.DETERMINERS | {c.THAT}


def _set_off(s: Sentence, verb: int, c: ModuleType) -> bool:
    """Whether the participle at ``verb`` stands between commas with only adverbs before it
    ("…, seasonally adjusted, led by …", "…, not seasonally adjusted, …"): a remark on a
    figure, no verb of a clause."""
    word = s.tokens[verb]
    if c.VERB_LAST or not word.text.islower() or not c.is_participle(word.text):
        return False
    k = verb - 1
    while k >= 0 and (
        s.tokens[k].lower.endswith(c.ADVERB_ENDING) or s.tokens[k].lower in c.NEGATIONS
    ):
        k -= 1
    if k == verb - 1 or k < 0 or s.tokens[k].text != ",":
        return False  # not "…, | closed in May": a participle with an adverb before it only
    return verb + 1 >= len(s.tokens) or not s.tokens[verb + 1].text[:1].isalnum()


def headline_with_clitic(
    s: Sentence, subject: str, predicate: str, subject_range: tuple[int, int], verb: int
) -> str:
    """The clause's ``headline``, with the object pronoun written between its subject and its
    verb ("La commission [les] recevra", "que [las] examinará") that the subject left out."""
    title = headline(subject, predicate, language=s.language)  # "The vote was": the noun's
    c = lang.words(s.language, "clauses")
    before = s.tokens[verb - 1].lower
    clitic = subject_range[1] == verb - 1 and before in c.OBJECT_CLITICS
    # "La patronal no firmó: | se levantó …": the subject lent from before the clause
    clitic = clitic or (subject_range[1] < verb - 1 and before in c.REFLEXIVES and c.DROPS_SUBJECT)
    if not clitic:
        return title
    at = title.find(f" {s.tokens[verb].text}")
    if at < 0:
        return title
    return f"{title[:at]} {s.tokens[verb - 1].lower}{title[at:]}"


def resumed_main(s: Sentence, ci: int) -> Clause | None:
    """The clause that the sentence's opening clause ``ci``, a fronted date and a subject with
    no verb, goes on in after the subject's relative ("On Monday, Ann Lee, | who bought the
    site in 2019, | closed …"), when it opens on its verb and has no date of its own."""
    c = _clauses(s.language)
    first = s.clauses[ci]
    if ci != 0 or first.verb is not None or len(s.clauses) < 3:
        return None
    relative, main = s.clauses[1], s.clauses[2]
    if relative.opener not in c.RELATIVES | {c.THAT} or relative.verb is None:
        return None
    if main.verb != main.start:
        return None
    if s.tokens[main.start - 1].text != "," and not _restrictive_ends(s, relative, main, c):
        return None
    own = [w for w in s.whens if main.start <= token_at(s.tokens, w.timex.start) < main.end]
    fronted = [w for w in s.whens if token_at(s.tokens, w.timex.start) < relative.start]
    return main if not own and len(fronted) == 1 and _fronted_alone(s, fronted[0]) else None


def _fronted_alone(s: Sentence, when: When) -> bool:
    """Whether ``when`` opens the sentence as a phrase of its own, alone or after one
    preposition, a comma or a line break after it ("In September 1986, Ann Roe, who …";
    not "La jornada previa al inicio …, cita que …", a subject)."""
    c = _clauses(s.language)
    at = token_at(s.tokens, when.timex.start)
    # "Then, on the night of …": an adverb and its comma before the phrase
    first = (
        2 if len(s.tokens) > 2 and s.tokens[0].lower in c.ADVERBS and s.tokens[1].text == "," else 0
    )
    opens = at == first or (at == first + 1 and s.tokens[first].lower in c.PREPOSITIONS)
    after = s.text[when.timex.end : when.timex.end + 2]
    if after.startswith(",") or after.lstrip(" ").startswith("\n"):
        return opens
    # "In 2003 a fire that … gutted": no comma, the subject's article right after the date
    nxt = token_after(s, when.timex)
    return opens and nxt < len(s.tokens) and s.tokens[nxt].text in c.ARTICLES


def _restrictive_ends(s: Sentence, relative: Clause, main: Clause, c: ModuleType) -> bool:
    """Whether a relative no comma sets off ("a fire that investigators blamed on fireworks
    | gutted …") ends where the main clause's past verb takes up again."""
    if s.tokens[relative.start - 1].text == "," or relative.verb is None:
        return False
    word = s.tokens[main.verb].text  # (not an auxiliary: "that police believe | was set …")
    return word.islower() and c.is_past(word) and word not in c.AUX


def fused_clauses(
    s: Sentence, verb: int, stop: int, drop: set[int], when: When | None
) -> tuple[int, str]:
    """A predicate that fuses a second clause after "and", a subject and an auxiliary of its
    own ("raised its fees | and its members will vote …"), cut to the clause that holds the
    date: the first, where the predicate now stops; or the second, titled alone ("Its members
    will vote …"). ``(stop, "")`` for any other predicate."""
    c = _clauses(s.language)
    kept = [k for k in range(verb, stop) if k not in drop]
    at = second_clause_at([s.tokens[k].text for k in kept], c, verb_first=True) if when else 0
    if not at or when is None:
        return stop, ""
    if token_at(s.tokens, when.timex.start) < kept[at]:
        return kept[at], ""  # "raised its fees on Monday | and its members will …"
    words = [s.tokens[k].text for k in kept[at + 1 :]]
    aux = next(j for j, w in enumerate(words) if w.lower() in c.AUX - c.NON_FINITE_AUX)
    title = headline(" ".join(words[:aux]), " ".join(words[aux:]), language=s.language)
    return stop, title
