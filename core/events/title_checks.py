"""Checks a title's words pass before ``core.events.titles`` builds a title of them: where an
aside or a comparison ends the predicate (``cut_asides``), and the shapes that read as a
sentence but are not one — a name's word taken for the auxiliary "do", an aside's capital
article taken for the object, two clauses fused at "and".

>>> from core import lang
>>> c = lang.words("en", "clauses")
>>> cut_asides("climbed to 1,240 from 980".split(), c)
['climbed', 'to', '1,240']
>>> second_clause("will lend a van and two drivers will load it".split(), c)
True
>>> second_clause("were detained and police were forced to close the road".split(), c)
True
"""

from __future__ import annotations

from types import ModuleType

from core.events.saying_phrases import asked_whom, ends_on_saying_phrase
from core.events.title_subjects import _is_figure
from core.events.title_words import EDGE_PUNCT, content_noun, said
from core.events.tokens import glued_to_that
from core.events.well_formed import finite_after

_EDGE_PUNCT = EDGE_PUNCT


def name_word_as_do(words: list[str], c: ModuleType) -> bool:
    """Whether the predicate opens on "do" before a capital ("The Casa | do Lago hotel"): a
    Portuguese name's word read as the auxiliary. Languages with no such auxiliary list no
    ``DO_PRESENT`` or ``DO_PAST``, and the check never fires for them."""
    do = c.DO_PRESENT | c.DO_PAST
    return bool(words[1:2]) and words[0].lower() in do and words[1][:1].isupper()


def capital_article(words: list[str], c: ModuleType) -> bool:
    """Whether an article written with a capital stands inside the predicate before a word in
    lower case or a figure: an aside set off by a comma, its own first word ("posted [sales
    …, ]A 9 pct rise"), or a sentence whose end was missed ("… by the Harbour Board The
    new rates apply"). A lone "A" after a capitalised word or a preposition, or before a
    preposition, is a class's, a series' or a grade's letter ("sold Class A shares", "raised
    the bank to A from BBB"), unless a full stop ends the word before ("S and P. A fund").
    Not a title's "The" before a name ("read The Times"), nor after a verb of saying ("said
    The government [, "it" resolved,] was …"). Only for a language whose wire copy does this
    (``CAPITAL_ARTICLE_ASIDES``)."""
    return c.CAPITAL_ARTICLE_ASIDES and any(
        word[:1].isupper()
        and word.lower() in c.ARTICLES
        and (nxt[:1].islower() or nxt[:1].isdigit())
        and not said(before, c)
        and not (word == "A" and _letter(before, nxt, c))
        for before, word, nxt in zip(words, words[1:], words[2:], strict=False)
    )


def _letter(before: str, nxt: str, c: ModuleType) -> bool:
    """Whether "A" between ``before`` and ``nxt`` is a letter: "Class A shares", "to A from"."""
    if before.endswith("."):
        return False  # "S and P. A fund": a sentence's first word
    lower = before.lower()
    return before[:1].isupper() or lower in c.PREPOSITIONS or nxt.lower() in c.PREPOSITIONS


def second_clause(words: list[str], c: ModuleType) -> bool:
    """Whether "and" opens a clause of its own inside the predicate (``second_clause_at``):
    the date may be either clause's, and one title cannot tell both."""
    return second_clause_at(words, c) > 0


def second_clause_at(words: list[str], c: ModuleType, verb_first: bool = False) -> int:
    """Where "and" opens a clause of its own inside the predicate: a noun phrase of up to
    four words, then an auxiliary ("will lend a van | and two drivers will load it"); 0 when
    none does. ``verb_first``: ``words`` open on the clause's finite verb ("held | and")."""
    lower = [w.lower().strip(_EDGE_PUNCT) for w in words]
    for k, word in enumerate(lower[1:-2], 1):
        if word != c.AND or lower[k - 1] in c.AUX or c.BETWEEN in lower[max(0, k - 5) : k]:
            continue  # ("between the union and the ministry were …": one phrase)
        if not (verb_first or finite_after(words[:k], c)):
            continue  # "Rescue teams and the coastguard have …": one subject of two
        first = lower[k + 1]
        opens = first in c.DETERMINERS | c.POSSESSIVE_PRONOUNS or first in c.NUMBER_WORDS
        bare = _bare_noun_subject(words[k + 1 : k + 4], c)  # "and [riot] police were forced"
        if not (opens or bare or first[:1].isdigit()) or any(said(w, c) for w in words[:k]):
            continue  # ("said sales and the profits were …": what was said, one clause)
        for j in range(k + 2, min(k + 6, len(lower))):
            if lower[j] in c.AUX - c.NON_FINITE_AUX:
                return k
            if not words[j].isalpha() or lower[j] in c.PREPOSITIONS | {c.AND}:
                break
    return 0


def _bare_noun_subject(words: list[str], c: ModuleType) -> bool:
    """Whether ``words``, right after "and", open on one or two nouns alone in lower case and
    a finite auxiliary straight after them ("were arrested | and [riot] police were forced
    …"): the subject of a clause of its own, not a noun the predicate goes on with."""
    aux = next((j for j, w in enumerate(words) if w.lower() in c.AUX - c.NON_FINITE_AUX), 0)
    return 0 < aux <= _BARE_SUBJECT_WORDS and all(_bare_noun(w, c) for w in words[:aux])


_BARE_SUBJECT_WORDS = 2  # "police", "riot police": longer, a phrase the predicate goes on with


def _bare_noun(word: str, c: ModuleType) -> bool:
    """A noun in lower case that is no adverb, adjective nor pronoun as well ("police", not
    "then"; not "it" of "and say it will", the verb's object)."""
    plain = word.isalpha() and word.islower() and word not in c.PRONOUNS | c.OBJECT_PRONOUNS
    kinds = c.lemmas(word) if plain else {}
    return "NOUN" in kinds and not {"ADV", "ADJ"} & set(kinds)


def to_figure(words: list[str], c: ModuleType) -> bool:
    """Whether ``words`` end on "to" and a figure ("climbed to 1,240"): what a measure came
    to, after which "from" tells where it started; not a year ("set the cut-off to 1950 from
    1900": the move is the news)."""
    tail = [w.lower() for w in words[-4:]]
    to = next((k for k in range(len(tail) - 1, -1, -1) if tail[k] == c.TO), None)
    if to is None or to == len(tail) - 1:
        return False
    figure = tail[to + 1]
    return _is_figure(figure, c) and not (len(figure) == 4 and figure.isdigit())


def _compares_figures(words: list[str], k: int, c: ModuleType) -> bool:
    """Whether the word at ``k`` stands after a figure or before one within a few words ("un
    5 % frente al 3 %", "frente a los 40 millones"): a comparison, not a place."""
    near = words[max(0, k - 1) : k] + words[k + 1 : k + 4]
    return any(_is_figure(w.lower().strip(_EDGE_PUNCT), c) for w in near)


def cut_asides(words: list[str], c: ModuleType) -> list[str]:
    """Stop before what only qualifies the news: a comparison ("compared with", "up from"),
    a subordinate clause ("when …", "which …")."""
    for k in range(1, len(words)):
        lower = words[k].lower().strip(_EDGE_PUNCT)
        nxt = words[k + 1].lower() if k + 1 < len(words) else ""
        if lower in c.PLACE_OR_COMPARISON and not _compares_figures(words, k, c):
            continue  # "protestaron frente al hospital": a place, not "frente a 40 millones"
        if lower in c.COMPARISON_CUTS or (lower in c.CHANGE_WORDS and nxt in c.CHANGE_FROM):
            return words[:k]
        if lower in c.FIGURE_COMPARISON_CUTS and _is_figure(words[k - 1], c):
            return words[:k]  # "rose 3 pct against 5 pct", not "marched against the plan"
        if lower in c.CHANGE_FROM and _is_figure(words[k - 1], c) and to_figure(words[:k], c):
            return words[:k]  # "climbed to 1,240 | from 980": the figure it came from
        if lower == c.THAT and content_noun(words[k - 1], c):
            return _before_content_noun(words, k, c)  # "on speculation | that …"
        if lower in c.CLAUSE_CUTS and k > 1 and not _compares(words[k - 1], lower, c):
            if _as_a_role(words[k - 1], lower, nxt, c):
                continue  # German "als „mangelhaft“ bewertet": "as", no clause's "when"
            said = set(c.lemmas(words[k - 1].lower()).get("VERB", ())) & c.SPEECH_VERBS
            said = said or ends_on_saying_phrase(words[:k], c)  # "a fait savoir qu'il …"
            said = said or asked_whom(words[:k], c)  # "a demandé à la direction qu'elle …"
            if not (said and glued_to_that(lower, c)):  # "a annoncé qu'il …": what was said
                return words[:k]
        if lower in c.COMPARATIVE_LINKS and nxt in c.PRONOUNS:
            return words[:k]  # "is selling fewer tickets | than it sold": a clause
        if lower in c.PREPOSITIONS and nxt in c.PERSONAL_PRONOUNS | {c.THEY}:
            return words[:k]  # "will stay at two dlrs | until they expire": a clause's subject
        if lower in c.BUT and (nxt in c.CLAUSE_SUBJECT_STARTS or c.is_past(nxt)):
            return words[:k]  # "looked strong | but this was …", "| but declined to": its own
        if lower in c.COORDINATORS and nxt in c.PRONOUNS | c.PERSONAL_PRONOUNS:
            return words[:k]  # "closed the banks | and they stayed closed": a clause of its own
        equative = k > 1 and words[k - 2].lower() in c.EQUATIVE_OPENERS  # "so far | as to"
        if lower == c.AS and (nxt in c.PREPOSITIONS or c.is_past(nxt)) and not equative:
            return words[:k]  # "as from midnight", "as measured by"
    return words


def _compares(before: str, word: str, c: ModuleType) -> bool:
    """German "an mehr als 40 Stellen": "als" after "mehr" compares, it opens no clause."""
    return c.VERB_LAST and word == c.AS and before.lower() in c.QUANTITY_WORDS


def _as_a_role(before: str, word: str, nxt: str, c: ModuleType) -> bool:
    """German "als mangelhaft bewertet", "als „nicht ausreichend“": "als" before a word in
    lower case that is no pronoun nor determiner says "as", and opens no clause ("als er
    kam", "als die Polizei eintraf"); nor between two participles, where it compares
    ("verdient als erwartet")."""
    bare = nxt.strip(_EDGE_PUNCT)
    if not c.VERB_LAST or word != c.AS or not bare.islower():
        return False
    if c.is_participle(bare) and c.is_participle(before.lower()):
        return False
    return bare not in c.PRONOUNS | c.PERSONAL_PRONOUNS | c.DETERMINERS


def _before_content_noun(words: list[str], k: int, c: ModuleType) -> list[str]:
    """The words before the phrase of the noun at ``k - 1`` whose "that" clause goes: "rose |
    on speculation"; when the noun is the verb's object ("played down the likelihood | that
    …") the verb says nothing without it, and its clause stays."""
    for j in range(k - 2, max(0, k - 5), -1):
        if words[j].lower() in c.PREPOSITIONS:
            return words[:j]
    return cut_asides(words[k + 1 :], c) and [*words[: k + 1], *cut_asides(words[k + 1 :], c)]


def wire_capitals(words: list[str], c: ModuleType) -> list[str]:
    """``words`` with a verb that wire copy capitalised after an abbreviation's full stop in
    lower case ("the U.K. Will | raise …" → "the U.K. will raise …"): the stop was read as a
    sentence's end. Only an auxiliary or a word that is a verb and no noun, since a noun
    there may be a name's ("U.S. Steel"). Only for a language whose wire copy does this
    (``CAPITAL_ARTICLE_ASIDES``)."""
    if not c.CAPITAL_ARTICLE_ASIDES:
        return words
    return [
        word.lower() if k and _abbreviation(words[k - 1]) and _capital_verb(word, c) else word
        for k, word in enumerate(words)
    ]


def _abbreviation(word: str) -> bool:
    """ "U.S.", "U.K.": single letters, each with its full stop."""
    return len(word) > 2 and all(part.isupper() and len(part) == 1 for part in word[:-1].split("."))


def _capital_verb(word: str, c: ModuleType) -> bool:
    if not word[:1].isupper() or not word[1:].islower():
        return False
    lower = word.lower()
    forms = c.lemmas(lower)
    return lower in c.AUX or ("VERB" in forms and "NOUN" not in forms and "ADJ" not in forms)


def articles_agreeing(words: list[str], c: ModuleType) -> list[str]:
    """``words`` with each indefinite article agreeing with the sound of the word after it,
    which may not be the one it was written for: "to post a [third-quarter] operating loss"
    → "to post an operating loss". Only before a lower-case word whose first sound is sure
    ("an FBI inquiry", "a union", "an hour" stay as written)."""
    consonant, vowel, vowels, unlike, varying = c.INDEFINITE_BY_SOUND
    if not consonant:
        return words
    out = list(words)
    for k, word in enumerate(words[:-1]):
        after = words[k + 1]
        if word not in (consonant, vowel) or not after.islower() or not after[:1].isalpha():
            continue
        if after[0] in varying:
            continue
        out[k] = vowel if after[0] in vowels and not after.startswith(unlike) else consonant
    return out


def without_doubled_verb(words: list[str], c: ModuleType) -> list[str]:
    """``words`` without a verb written twice in a row, a slip of the article's ("La mairie a
    voté voté le budget" → "a voté le budget"). Only a lower-case word that is a verb and no
    auxiliary, pronoun or article: "had had", "nous nous", "die die" are grammar."""
    closed = c.AUX | c.PRONOUNS | c.ARTICLES | c.DETERMINERS
    return [
        word
        for k, word in enumerate(words)
        if not (
            k
            and word == words[k - 1]
            and word.islower()
            and word not in closed
            and "VERB" in c.lemmas(word)
        )
    ]
