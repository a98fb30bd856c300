"""Whether a name taken for a person is someone a pronoun could stand for.

The names the tagger takes for people include teams, grounds and titles: "the Bramley Rovers
team", "against Wales", "Without Salt". A reader passes over them when looking for whom "she"
or "he" means; ``core.events.topic_person`` and ``core.events.pronoun_names`` do too.
"""

from __future__ import annotations

from functools import cache
from types import ModuleType

from core import lang
from core.events.entities import Mention
from core.events.parse import Sentence
from core.events.subject_parts import placed


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def someone(s: Sentence, m: Mention) -> bool:
    """Whether a name taken for a person may be one a pronoun stands for: a person
    (``a_person``), not where someone is from, and named somewhere in the article other than
    at the end of a phrase ("against Wales", "at Wembley", "control of North Yorkshire's
    council"): a piece introduces a person who matters as one who acts. After a preposition
    that gives a person a part of their own (``PEOPLE_AFTER``: "won by Ruth Chebet", "took
    over from Dave Thompson") the name counts."""
    c = _clauses(s.language)
    if placed(s, m) or not a_person(s, m):
        return False
    # (a language without PEOPLE_AFTER tells no phrase's end from a person's part)
    ends = c.PREPOSITIONS - c.PEOPLE_AFTER | c.EXAMPLE_BEFORE if c.PEOPLE_AFTER else frozenset()
    return any(
        word_before(s.text, n) not in ends and not _maker(s.text, n, c)
        for n in s.mentions
        if n.name == m.name
    )


def _maker(text: str, m: Mention, c: ModuleType) -> bool:
    """Whether a name is given as the maker of a thing ("a violin concerto by Ruth Callan")
    or as where a thing or someone is from ("a farmer from Öland"): "by" or "from" after a
    noun, not after a participle ("won by Ruth Chebet", where she acts)."""
    line = text[max(0, m.start - _PHRASE_CHARS) : m.start].rsplit("\n", 1)[-1].split()
    if len(line) < 2 or line[-1].lower() not in c.ORIGIN_AFTER_NOUN | {c.BY}:
        return False
    noun = line[-2].lower()
    forms = c.lemmas(noun)
    if line[-1].lower() in c.ORIGIN_AFTER_NOUN and "ADV" in forms:
        return False  # "came back from Ann Roe", "took over from": a move, not an origin
    return noun.isalpha() and "NOUN" in forms and not c.is_past(noun)


def a_person(s: Sentence, m: Mention) -> bool:
    """Whether a name taken for a person may be one: not a number ("Three years later", "six
    Boat Races"), not a title opening on a preposition or an article ("Without Salt"), not a
    firm's name joined by "&" ("Thistle & Crow"), not the first word of a longer name
    ("Hartfield" of "Hartfield Rovers": news calls a person by the last), not a
    name the article anywhere uses to describe a noun ("the Bramley Rovers team": "joined
    Rovers" names the team too), not a name only ever written after an article or a thing's
    possessive ("the Black Ball Line", "its Hughes Medal"), not one word that is a plural
    noun ("Ferries")."""
    c = _clauses(s.language)
    first = m.text.split()[0]
    if first[:1].isupper() and first.lower() in c.PREPOSITIONS | c.ARTICLES | c.NUMBER_WORDS:
        return False  # (not "of Staff John Sununu": the tagger's name, a title's word before)
    if word_before(s.text, m) in c.NUMBER_WORDS | c.NAMING_NOUNS:
        return False  # ("el premio Mujer Rural": the prize's name)
    if "&" in (s.text[max(0, m.start - 2) : m.start] + s.text[m.end : m.end + 2]):
        return False  # "Thistle & Crow": a firm's name
    if " " not in m.text and any(
        n.text.split()[0] == m.text != n.text and n.name != m.name for n in s.mentions
    ):
        return False  # "Hartfield" of "Hartfield Rovers": a person is called by the surname
    same = [n for n in s.mentions if n.name == m.name]
    things = c.ARTICLES | (c.IT_POSSESSIVES - c.PERSONAL_POSSESSIVES)
    if all(word_before(s.text, n) in things for n in same):
        return False  # "the Black Ball Line's routes", "its Hughes Medal": no one's name
    owned = things | c.PERSONAL_POSSESSIVES | c.OWNER_NEUTRAL_POSSESSIVES
    if " " not in m.name and all(word_before(s.text, n) in owned for n in same):
        return False  # "Son Leica, un modèle de 1933", "his Stradivarius": a thing of hers
    nouns = c.lemmas(m.name.lower()).get("NOUN", ())
    # (where nouns take articles: a case ending, Russian "МХАТа", is no plural)
    if c.ARTICLES and " " not in m.name and nouns and m.name.lower() not in nouns:
        return False  # "State Ferries", "Royal Engineers": a plural noun, never one person
    return not any(_describes(s.text, n, c) for n in same)


def a_work(s: Sentence, m: Mention) -> bool:
    """Whether a lone word taken for a person names a work, not someone who acts: never
    introduced as a person (``_introduced``), and every mention of it owns the noun after it
    or is owned ("Hamada's early bowls", "Brahms's Second")."""
    c = _clauses(s.language)
    owners = tuple(e for e in c.POSSESSIVE_ENDINGS if e.startswith("'"))
    same = [n for n in s.mentions if n.name == m.name]
    if not owners or _introduced(s, m, c):
        return False
    return all(
        s.text[n.end : n.end + 2] in owners or word_before(s.text, n).endswith(owners) for n in same
    )


def in_passing(s: Sentence, m: Mention) -> bool:
    """Whether a lone word taken for a person is only named in passing: never introduced as
    a person (``_introduced``) nor given a person's part by the word before it ("worked with
    Brandt", "won by Chebet"): an app, a brand or a work ("the first version of Mavuno",
    "services like M-Pesa"), no one a profile's "she" turns to."""
    c = _clauses(s.language)
    if _introduced(s, m, c):
        return False
    same = [n for n in s.mentions if n.name == m.name]
    # a work is in passing whatever word comes before it ("compared the glazes to Hamada's bowls")
    return a_work(s, m) or not any(word_before(s.text, n) in c.PEOPLE_AFTER for n in same)


def _introduced(s: Sentence, m: Mention, c: ModuleType) -> bool:
    """Whether a name is one a piece introduces a person by: written in full somewhere
    ("Ruth Callan", then "Callan") or with a title before it ("Mrs Dale")."""
    titles = c.MALE_WORDS | c.FEMALE_WORDS
    same = [n for n in s.mentions if n.name == m.name]
    return " " in m.name or any(word_before(s.text, n) in titles for n in same)


def word_before(text: str, m: Mention) -> str:
    """The word just before a name on its line, lower case ("" at the head of a line)."""
    line = text[max(0, m.start - 20) : m.start].rsplit("\n", 1)[-1]
    before = line.split()
    return before[-1].lower() if before else ""


def _describes(text: str, m: Mention, c: ModuleType) -> bool:
    """Whether the name stands between an article, a possessive or a number and a noun ("the
    Booker prize", "its Michelin star", "six Boat Race wins"), or opens a compound ("the
    Booker-shortlisted debut"): it describes the noun, and names no one."""
    if text[m.end : m.end + 1] == "-":
        return True
    line = text[max(0, m.start - _PHRASE_CHARS) : m.start].rsplit("\n", 1)[-1].lower().split()
    # "the most successful Rovers side": the describing words of the phrase come first
    while len(line) > 1 and line[-1].isalpha() and set(c.lemmas(line[-1])) & {"ADJ", "ADV"}:
        line.pop()
    word = line[-1] if line else ""
    after = [w.strip(".,;:") for w in text[m.end : m.end + 20].split()]
    describing = word in c.ARTICLES | c.POSSESSIVE_PRONOUNS | c.NUMBER_WORDS
    if word in c.OBJECT_PRONOUNS and after and c.is_past(after[0]):
        return False  # "Його Остапенко знайшов …": "it" fronted, the name its finder's
    return describing and bool(after) and after[0].isalpha() and after[0].islower()


_PHRASE_CHARS = 40  # "the most successful [Rovers] side": an article and describing words
