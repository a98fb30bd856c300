"""The person a profile's or an obituary's "he" or "she" stands for: the one the piece is about.

A style guide's rule for features: once the headline and the lead have named the person a
piece is about, "she" (or "he") goes on meaning that person, sentence after sentence, until
another person is named ("Ann Roe, pioneering engineer, dies at 92 | Ann Roe … has died. | Her
family said she died on Saturday. | … In 1990 she was appointed OBE."). Names that are nobody
a pronoun could stand for do not interrupt: a name after a preposition ("at Wembley", "by
Hannah Cole"), a name that only describes a noun ("the Bramley Rovers team", "its Michelin
star"), where someone is from. The pronoun must be the one the article uses for people far
more than the other ("she" in a piece with one "he" in a quote), so that a "he" in a piece
about a woman never becomes her. Used only where ``core.events.subjects`` finds no nearer
name; when unsure, nobody.
"""

from __future__ import annotations

from functools import cache, lru_cache
from types import ModuleType

from core import lang
from core.events.entities import PERSON, Mention
from core.events.learned_sex import learned_other_sex
from core.events.parse import Sentence
from core.events.passers_by import passer_by, rival_near, sentence_subject
from core.events.pronoun_names import _other_sex
from core.events.sentences import split_sentences
from core.events.someone import in_passing, someone, word_before
from core.events.tokens import Clause, Token, tokenize

# How many times more often the article must use the pronoun's sex than the other for people.
USUAL_RATIO = 3
# How often the person a pronoun goes on about must be named for passers-by to give way.
MAIN_MENTIONS = 3
# How many words a phrase before the lead's name may have ("At 84,", "After a decade in Leeds,"):
# a longer stretch is a clause of its own ("Exchanges will grow fast, Ann Roe said").
FRONTED_WORDS = 6
# How far before a name "her former student," may stand: its characters, its last words.
KIN_CHARS = 40
KIN_WORDS = 4
# How many words after an owner's "'s" may name its kin ("'s late wife").
KIN_OWNED_WORDS = 2


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def topic_person(s: Sentence, k: int) -> Mention | None:
    """The person the article is about, for the "he" or "she" at token ``k`` of ``s``: the one
    person its headline names (or its first sentence opens on), when no other person has been
    named between that person's last mention and the pronoun; None otherwise."""
    c = _clauses(s.language)
    if not c.FEMALE_PRONOUNS or not _usual(s, k, c, 1) or plural_too(s.tokens, k, c):
        return None
    topic = _topic(s, c)
    offset = s.tokens[k].start
    if topic is None:
        return None
    people = sorted((m for m in s.mentions if m.kind == PERSON and m.end <= offset), key=_start)
    last = max((i for i, m in enumerate(people) if m.name == topic.name), default=None)
    if last is None or _other_sex(s, people[last], k, c):
        return None
    # (a piece that says "he" of its characters as well as "she" of its subject: her, when
    # she is the last person named)
    named_last = not [m for m in people[last + 1 :] if someone(s, m)]
    if not (_usual(s, k, c) or named_last):
        return None
    # (the people a profile meets on the way, named once, give way when it uses the pronoun
    # for its person far more than the other: "the luthier Sam Orr", "with Tom Kell")
    passing = _usual(s, k, c) and sum(n.name == topic.name for n in s.mentions) >= MAIN_MENTIONS
    if any(
        m.name != topic.name
        and competes(s, m, k)
        and not in_passing(s, m)
        and not (passing and passer_by(s, m))
        for m in people[last + 1 :]
    ):
        return None
    return people[last]


def main_person(s: Sentence, k: int) -> Mention | None:
    """The person a "he" or "she" at token ``k`` goes on about when the article names no lead
    (a history, a report): the last person named before it who is no passer-by, last named
    as the subject of a sentence, when no one who may be meant is named in the pronoun's
    sentence or the one before, the person is named at least MAIN_MENTIONS times so far, once
    in full, and the article uses the pronoun's sex far more than the other; None when
    unsure."""
    c = _clauses(s.language)
    if not c.FEMALE_PRONOUNS or not _usual(s, k, c, USUAL_RATIO):
        return None
    if rival_near(s, k):
        return None  # "After Madero took the town, he …", "… said Baker had left. He …"
    offset = s.tokens[k].start
    people = sorted((m for m in s.mentions if m.kind == PERSON and m.end <= offset), key=_start)
    for m in reversed(people):
        if not competes(s, m, k) or in_passing(s, m):
            continue
        if passer_by(s, m):
            continue
        read = [n for n in s.mentions if n.start < s.tokens[0].start and n.name == m.name]
        # (named in full somewhere, "Ann Roe": not a town the tagger took for a person, "Oban")
        sure = len(read) >= MAIN_MENTIONS and " " in m.name
        # (last named as the subject of a sentence, "Roe testified on Monday", not inside
        # what someone else did or said, "he said Ann Roe had tricked him")
        return m if sure and sentence_subject(s, m, unknown=False) else None
    return None


def not_the_topic(s: Sentence, m: Mention, k: int) -> bool:
    """Whether ``m`` is the person the article is about and pronoun ``k`` is of the sex the
    article hardly uses ("He was suspended in 2009" in a piece about a woman, where "she" is
    her): then the pronoun stands for someone else."""
    c = _clauses(s.language)
    female, male = _pronoun_counts(s.text, s.language)
    mine = female if s.tokens[k].lower in c.FEMALE_PRONOUNS else male
    if not c.FEMALE_PRONOUNS or 2 * mine >= female + male:
        return False
    topic = _topic(s, c)
    return topic is not None and topic.name == m.name


def competes(s: Sentence, m: Mention, k: int) -> bool:
    """Whether the person's name ``m`` may be the one pronoun ``k`` stands for: not after a
    preposition ("at Wembley", "by Hannah Cole"), not a noun's describing word ("the Booker
    prize", "six Boat Race wins"), not where someone is from, not of the pronoun's other sex
    ("Her son, Pablo")."""
    c = _clauses(s.language)
    if _other_sex(s, m, k, c) or learned_other_sex(s, m.name, k):
        return False
    return someone(s, m) and not _kin(s, m, k, c) and not _owns_kin(s, m, k, c)


def _owns_kin(s: Sentence, m: Mention, k: int, c: ModuleType) -> bool:
    """Whether the person's name ``m`` owns a kin noun of pronoun ``k``'s own sex ("Tor
    Lunde's widow said she …", "Mira Holt's younger brother said he …"): the pronoun stands
    for the kin, who is named by no name of their own, not for the owner."""
    after = s.text[m.end : m.end + KIN_CHARS]
    if not after.startswith(c.POSSESSIVE_ENDINGS):
        return False
    female = s.tokens[k].lower in c.FEMALE_PRONOUNS
    kin = c.FEMALE_WORDS | c.FEMALE_NOUNS if female else c.MALE_WORDS | c.MALE_NOUNS
    words = after.split(maxsplit=KIN_OWNED_WORDS + 1)[1 : KIN_OWNED_WORDS + 1]
    return any(w.strip(",;:").lower() in kin for w in words)


def _kin(s: Sentence, m: Mention, k: int, c: ModuleType) -> bool:
    """Whether the person's name ``m`` is someone the pronoun's own person is said to have
    ("said her former student, Arne Lie": his or her possessive of pronoun ``k``'s sex, or
    one that says no sex, French "son", a few words and a comma before the name, after no
    preposition; or the noun right before it, no verb between, "with her friend Arne Lie",
    "avec son amie Lucie Roux"), or one the sentence
    after calls by the other pronoun ("She married Per Lund in 1953. He died in 1999.": the
    sentence names no one else and says "she" or "her" of the other)."""
    mine = c.FEMALE_PRONOUNS if s.tokens[k].lower in c.FEMALE_PRONOUNS else c.MALE_PRONOUNS
    others = c.MALE_PRONOUNS if mine is c.FEMALE_PRONOUNS else c.FEMALE_PRONOUNS
    before = s.text[max(0, m.start - KIN_CHARS) : m.start].rsplit("\n", 1)[-1]
    words = [w.strip('"“”') for w in before.lower().split()][-KIN_WORDS - 1 :]
    # (French "son amie", Spanish "su hermana": a possessive that says nothing of the owner)
    owners = mine | c.OWNER_NEUTRAL_POSSESSIVES
    owner = max((i for i, w in enumerate(words) if w in owners), default=None)
    if owner is not None and owner + 1 < len(words):
        governed = owner > 0 and words[owner - 1] in c.PREPOSITIONS
        if before.rstrip().endswith(","):
            # (not "At her trial, Ann Roe denied …": a phrase of the sentence's own subject)
            if not governed:
                return True
        # the name right after the noun, no verb between ("with her friend Arne Lie", "son
        # ancien élève, le violoniste Jo Roux"); after a preposition, no comma either
        elif not any(_verb_only(w, c) for w in words[owner + 1 :]) and not (
            governed and any("," in w for w in words[owner + 1 :])
        ):
            return True
    sentences = _sentences(s.text, s.language)
    at = next((i for i, (a, b) in enumerate(sentences) if a <= m.start < b), None)
    if at is None or at + 1 >= len(sentences):
        return False
    a, b = sentences[at]
    after = tokenize(s.text, *sentences[at + 1])
    if not after or after[0].lower not in others & c.PERSONAL_PRONOUNS:
        return False
    named = {n.name for n in s.mentions if a <= n.start < b and n.kind == PERSON and someone(s, n)}
    return named == {m.name} and any(t.lower in mine for t in tokenize(s.text, a, b))


def _verb_only(word: str, c: ModuleType) -> bool:
    """Whether a word is a verb form and no noun ("said", "a annoncé")."""
    forms = c.lemmas(word.strip(",;:"))
    return "VERB" in forms and "NOUN" not in forms


def possessive_owner(s: Sentence, first: Clause, resolved: list[Mention], k: int) -> Mention | None:
    """ "His finest afternoon came in 1966, when he scored twice": the person the possessive
    opening the first clause's subject stands for, when pronoun ``k`` later in the sentence is
    of the same sex (both stand for one person, no name between them); None otherwise."""
    c = _clauses(s.language)
    owner = s.tokens[first.body].lower
    people = [m for m in resolved if m.kind == PERSON]
    if not c.FEMALE_PRONOUNS or owner not in c.PERSONAL_POSSESSIVES or first.body >= k:
        return None
    if len(people) != 1:
        return None
    same = (owner in c.FEMALE_PRONOUNS) == (s.tokens[k].lower in c.FEMALE_PRONOUNS)
    between = [
        m
        for m in s.mentions
        if m.kind == PERSON and s.tokens[first.body].end <= m.start < s.tokens[k].start
    ]
    return people[0] if same and not any(competes(s, m, k) for m in between) else None


def _start(m: Mention) -> int:
    return m.start


def _usual(s: Sentence, k: int, c: ModuleType, ratio: int = USUAL_RATIO) -> bool:
    """Whether pronoun ``k`` is of the sex the article's personal pronouns have more than
    ``ratio`` times as often as the other."""
    female, male = _pronoun_counts(s.text, s.language)
    if s.tokens[k].lower in c.FEMALE_PRONOUNS:
        return female > ratio * male
    return male > ratio * female


@lru_cache(maxsize=4)
def _pronoun_counts(text: str, language: str) -> tuple[int, int]:
    """How often the text uses a female and a male personal pronoun."""
    c = _clauses(language)
    personal = c.PERSONAL_PRONOUNS | c.PERSONAL_POSSESSIVES
    tokens = tokenize(text, 0, len(text))
    words = [
        t.lower
        for k, t in enumerate(tokens)
        if t.lower in personal and not plural_too(tokens, k, c)
    ]
    female = sum(w in c.FEMALE_PRONOUNS for w in words)
    return female, sum(w in c.MALE_PRONOUNS for w in words)


def plural_too(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """Whether pronoun ``k`` may be "they" or "you" too (German "sie") and a word next to it
    ends like a plural verb ("sie haben", "wurden sie"), not an article's or a preposition's
    ("stellte sie einen Antrag"): then it stands for no one woman."""
    if tokens[k].lower not in c.PLURAL_TOO_PRONOUNS:
        return False
    near = [tokens[j].lower for j in (k - 1, k + 1) if 0 <= j < len(tokens)]
    other = c.ARTICLES | c.DETERMINERS | c.PREPOSITIONS
    return any(
        w in c.PLURAL_VERBS or (w.endswith(c.PLURAL_VERB_ENDINGS) and w not in other) for w in near
    )


@lru_cache(maxsize=4)
def _sentences(text: str, language: str) -> list[tuple[int, int]]:
    return split_sentences(text, language)


def _topic(s: Sentence, c: ModuleType) -> Mention | None:
    """The person the article is about: the one its first sentence after the headline (its
    first line) that names anyone opens on (or names after a short phrase set off by a comma:
    "At 84, Walter Denholm …"), when the headline names no one or names that person too; None
    when that sentence opens on no one (a byline's name is passed over)."""
    line = s.text.find("\n")
    if line < 0:
        return None
    people = sorted((m for m in s.mentions if m.kind == PERSON), key=_start)
    people = [m for m in people if not _abbreviation(s.text, m, c)]
    named = {m.name for m in people if m.end <= line and someone(s, m)}
    for a, b in _sentences(s.text, s.language):
        if a <= line:
            continue
        lead = next((m for m in people if a <= m.start < b and someone(s, m)), None)
        if lead is not None and word_before(s.text, lead) in c.PREPOSITIONS:
            continue  # a byline: "By Hannah Cole", "Interview by Oliver Kemp"
        if lead is None:
            continue
        before = s.text[a : lead.start]
        marks = [i for i, w in enumerate(before.split()) if w in c.DATELINE_MARKS]
        if marks and marks[-1] <= c.DATELINE_WORDS:  # "FRIDAY HARBOR, Wash. — Captain Deb …"
            before = " ".join(before.split()[marks[-1] + 1 :])
        # "At 84, Walter Denholm still …": a short phrase set off by a comma may come first
        fronted = before.rstrip().endswith(",") and len(before.split()) <= FRONTED_WORDS
        opens = fronted or all(w[:1].isupper() for w in before.split())
        if not opens and not c.LEAD_OPENS_ON_TOPIC:  # the person named after the verb
            others = {m.name for m in people if a <= m.start < b and someone(s, m)}
            opens = others == {lead.name}
        return lead if opens and (not named or lead.name in named) else None
    return None


def _abbreviation(text: str, m: Mention, c: ModuleType) -> bool:
    """Whether a name taken for a person is a state's abbreviation in a dateline ("FRIDAY
    HARBOR, Wash. — Captain Deb Lindgren …"): one short word with a full stop after it."""
    short = " " not in m.text and len(m.text) <= c.STATE_ABBREVIATION_CHARS
    return short and text[m.end : m.end + 1] == "." and text[m.start - 2 : m.start] == ", "
