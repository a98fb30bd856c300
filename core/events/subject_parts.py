"""Parts of a subject a title needs told apart: the clause a relative interrupted, a
duration that measures the noun, a place between commas inside a phrase, whether "he"
or "she" can stand for a subject or a name, and the phrase and name before a subject that
follows its verb ("begann in Paris der Aufstand"), and where a subject opens after a fronted
time phrase with no comma ("At about 10pm a wave hit").
"""

from __future__ import annotations

import re
from functools import cache
from types import ModuleType

from core import lang
from core.events.entities import PERSON, Mention
from core.events.parse import Sentence
from core.events.tokens import Clause
from core.events.wording import verb_group_end


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def interrupted(s: Sentence, clause: Clause, c: ModuleType) -> Clause | None:
    """The clause a relative clause broke off before its verb, when ``clause`` goes on with
    that verb ("said | the bridge | , which was built in 1950, | would reopen"): its words
    are the subject, not the sentence's first ("the governor"). None for a part cut out of
    a clause (``joins.comma_clause``), which the sentence's clauses do not hold."""
    if clause not in s.clauses:
        return None
    k = s.clauses.index(clause) - 1
    while k >= 0 and (s.clauses[k].opener in c.RELATIVES or _subject_relative(s, k, c)):
        k -= 1
    if k < 0 or k == s.clauses.index(clause) - 1:
        return None
    held = s.clauses[k]
    if held.verb is None:
        return held
    if s.tokens[held.verb].lower in c.AUX:
        return None  # "X is Y, which …, would": no verb whose object is a clause
    # "predicted | the deficit | , which …, | would narrow": the words after the verb are
    # the subject; a phrase there ("met in Rome, which …, would") leaves none
    a = verb_group_end(s.tokens, held.verb, held.end, s.language)
    if a + 1 >= held.end:
        return None  # "The stock split, which …": a noun read as the verb, nothing after
    if s.tokens[a].lower in c.PREPOSITIONS:
        a = held.end
    joined = [j for j in range(a, held.end - 2) if s.tokens[j].text == ","]
    joined = [j for j in joined if s.tokens[j + 1].lower in c.COORDINATORS]
    if joined:  # "lost power in April, and | the operator | , which …, | was fined": its own
        a = joined[-1] + 2
    return Clause(a, a, held.end, c.THAT, None)


def duration_before(s: Sentence, k: int) -> bool:
    """Whether a dropped duration ends just before token ``k`` ("[Three days] of rain"), not
    a date ("[Le lendemain] de la signature")."""
    if k - 1 not in s.drop:
        return False
    end = s.tokens[k - 1].end
    return any(w.timex.end == end and w.timex.value.startswith("P") for w in s.whens)


def names_person(s: Sentence, subject: tuple[str, list[Mention], tuple[int, int]]) -> bool:
    """Whether "he" or "she" can stand for a subject: not an organisation or a place, nor
    a noun of one, nor a plural or a number of people ("The minister said he …"; not "Police
    said he …", "Officials said she …", "The company said he …", "Two said she …")."""
    text, resolved, _ = subject
    if len(text.split()) == 1 and text.lower() in _clauses(s.language).NUMBER_WORDS:
        return False  # "Three addressed the judge … when he died": a number of people
    text = _before_of(text, _clauses(s.language))  # "The head [of the agency] said she …"
    named = [*resolved, *(m for m in s.mentions if m.text in text)]
    if any(m.kind == PERSON for m in named):
        return True
    if not text.split() or named:
        return False  # "Lomax Corp said he …": a name, but no person's
    head = text.split()[-1].lower().strip(".,")
    if head in lang.words(s.language, "events").ORGANISATION_WORDS:
        return False
    nouns = _clauses(s.language).lemmas(head).get("NOUN", ())
    plural = bool(nouns) and head not in nouns  # "officials", not "official"
    return s.plural(text) is not True and not plural


def _before_of(text: str, c: ModuleType) -> str:
    """A subject's words before its first "of" after a common noun, its head's phrase ("The
    top commander [of a resistance force]"); the whole when there is none."""
    words = text.split()
    of = next((k for k in range(2, len(words) - 1) if words[k].lower() == c.OF), None)
    if of is None or not words[of - 1].islower():
        return text  # (not "Bank of England", "University of Tulsa": a name)
    return " ".join(words[:of])


def one_person(s: Sentence, first: Clause) -> bool:
    """Whether the first clause's subject is "he" or "she", just before its verb ("He told
    reporters the bill would pass when it comes up"): no "it" or "its" later in the sentence
    stands for it. (A name is no such sure person: firms bear people's names, "Salomon
    Brothers said it would …")."""
    c = _clauses(s.language)
    at = first.body
    if first.verb is None or first.verb <= at or s.tokens[at].lower not in c.PERSONAL_PRONOUNS:
        return False
    between = range(at + 1, first.verb)  # "He also said", "She has said"
    return all(s.tokens[j].lower in c.ADVERBS | c.AUX for j in between)


def plural_head(s: Sentence, text: str) -> bool:
    """Whether a subject's head, its last word before a preposition, is a plural noun
    ("officials", "Velora's shares", not "the maker of beauty aids"), so that "it" or "its"
    cannot stand for it; a name ("Initials", "Siemens") is no such noun."""
    c = _clauses(s.language)
    words = text.split()
    end = next((k for k, w in enumerate(words) if k and w.lower() in c.PREPOSITIONS), len(words))
    head = words[end - 1].strip(".,") if end else ""
    if end == 1 and not re.search(rf"\b{re.escape(head)} [A-Z]", s.text):
        head = head.lower()  # "Dealers said …", not "Initials [Plus Inc] said": a name
    if not head.islower() or any(m.text.endswith(head) for m in s.mentions):
        return False
    nouns = c.lemmas(head).get("NOUN", ())
    return bool(nouns) and head not in nouns  # "officials", not "official"


def one_owner(s: Sentence, text: str) -> str:
    """Who "its" may stand for in a subject: the subject itself, or, when its head is a
    plural ("Organisers of the folk festival"), the one thing after its "of" ("the
    festival", its article and its noun when it is long); "" when neither can be."""
    if not plural_head(s, text):
        return text
    c = _clauses(s.language)
    words = text.split()
    of = next((k for k, w in enumerate(words) if k and w.lower() == c.OF), None)
    inner = words[of + 1 :] if of is not None else []
    if not inner or any(w.lower() in c.PREPOSITIONS for w in inner):
        return ""
    if len(inner) > 3 and inner[0].lower() in c.ARTICLES:
        inner = [inner[0], inner[-1]]  # "the [Kestrel Valley folk] festival": room for the rest
    return " ".join(inner) if not plural_head(s, " ".join(inner)) else ""


def inner_place_then_noun(s: Sentence, keep: list[int], commas: list[int]) -> bool:
    """ "Shares of the Marlow, Kent, maker rose": after a preposition and an article, a place,
    its county or state between commas, then the noun the place qualifies."""
    c = _clauses(s.language)
    if len(commas) < 2 or commas[1] + 1 >= len(keep) or commas[0] < 3:
        return False
    article = max((i for i in range(commas[0]) if s.tokens[keep[i]].lower in c.ARTICLES), default=0)
    if article < 2 or s.tokens[keep[article - 1]].lower not in c.PREPOSITIONS:
        return False
    place = [s.tokens[k].text for k in keep[article + 1 : commas[0]]]
    state = [s.tokens[k].text for k in keep[commas[0] + 1 : commas[1]]]
    after = s.tokens[keep[commas[1] + 1]]
    noun = after.text.islower() and "NOUN" in c.lemmas(after.lower)
    names = [*place, *state]
    return bool(place) and 1 <= len(state) <= 2 and all(w[:1].isupper() for w in names) and noun


def placed(s: Sentence, mention: Mention) -> bool:
    """Whether a name taken for a person follows a word that makes it a place ("born near
    Halden", "in Aldgate"), or a relative of place follows it ("flew to Chamonix, where she
    will speak"), so no pronoun stands for it."""
    c = _clauses(s.language)
    before = s.text[max(0, mention.start - 12) : mention.start].split()
    after = s.text[mention.end : mention.end + 12].replace(",", " , ").split()
    where = after[:1] == [","] and after[1:2] and after[1].lower() in c.PLACE_RELATIVES
    return (bool(before) and before[-1].lower() in c.LOCATIVES) or bool(where) or _state(s, mention)


def _state(s: Sentence, mention: Mention) -> bool:
    """Whether the name is the state or country after a town ("Holm, 47, of Galena, Ill.,",
    "a pilot in Dayton, Ohio,", "of Glen Falls, N.Y."): the town's words, its comma, and a word
    of place or origin before them."""
    c = _clauses(s.language)
    before = s.text[max(0, mention.start - 40) : mention.start].split()
    if len(before) < 2 or not before[-1].endswith(",") or not before[-1][:1].isupper():
        return False
    town = 1
    while town < min(len(before) - 1, _TOWN_WORDS) and before[-town - 1][:1].isupper():
        town += 1  # "of Glen Falls, Mont."
    return town < len(before) and before[-town - 1].lower() in c.LOCATIVES | c.ORIGIN_PREPOSITIONS


_TOWN_WORDS = 3  # the most words a town's name before its state runs to


def _subject_relative(s: Sentence, k: int, c: ModuleType) -> bool:
    """A "that" clause straight after words with no verb ("A plan | that would ban drones |
    won …"): a relative inside the subject, not a reported clause."""
    return k > 0 and s.clauses[k].opener == c.THAT and s.clauses[k - 1].verb is None


def _past_phrase(s: Sentence, k: int, end: int, c: ModuleType) -> int:
    """Past a phrase between the verb and a subject with its article ("begann in Paris der
    Aufstand"): a preposition, its noun, and an article after it; else ``k`` itself."""
    if s.tokens[k].lower not in c.PREPOSITIONS:
        return k
    b = _noun_end(s, k + 1, end)
    people = {m.start for m in s.mentions if m.kind == PERSON}
    roles = lang.words(s.language, "events").ROLES
    while b is not None and b < end and s.tokens[b].text[:1].isupper():
        if _named_person_at(s, b, end, people, roles):
            return b  # "trafen sich in Lana | Bürgermeister Hans Gruber und …"
        b += 1  # "brach im Kieler Hafen ein Feuer aus": a place's adjective before the noun
    while b is not None and b < end and b in s.drop:
        b += 1  # "sind in der Nacht [zum Sonntag] zwei Menschen …": the date between
    if b is not None and b < end and b > k + 1 and s.tokens[b].lower in c.PREPOSITIONS:
        subject = _past_phrase(s, b, end, c)  # two phrases before the subject
        return subject if subject != b else k
    if b is None or b >= end:
        return k
    if s.tokens[b].lower not in c.SUBJECT_ARTICLES | c.SUBJECT_COUNTS and not (
        s.tokens[b].text[:1].isdigit()  # "kauften in Halden 250 Familien ein Haus"
    ):
        return k
    return b


def _named_person_at(
    s: Sentence, b: int, end: int, people: set[int], roles: frozenset[str]
) -> bool:
    """Whether a person's name opens at token ``b``, or a role before one ("Bürgermeister
    Hans Gruber"): a subject after a place phrase that follows the verb."""
    if s.tokens[b].start in people:
        return True
    return b + 1 < end and s.tokens[b].lower in roles and s.tokens[b + 1].start in people


def _past_name(s: Sentence, b: int, end: int) -> int:
    """Past the name the noun ``b`` ended on opens ("der Schweizer Autor Lukas Brand", "der
    Lehrer Hans Berger": one name with its role), to the name's last word."""
    name = next((m for m in s.mentions if m.start == s.tokens[b - 1].start), None)
    while name is not None and b < end and s.tokens[b].start < name.end:
        b += 1
    return b


def _noun_end(s: Sentence, k: int, end: int) -> int | None:
    """Past lower-case adjectives and figures to the first capitalised word, the noun, or
    past a place's adjective to the noun after it ("das Warschauer Quartett")."""
    while k < end and (s.tokens[k].text.islower() or s.tokens[k].text[:1].isdigit()):
        k += 1
    if k >= end or not s.tokens[k].text[:1].isupper():
        return None
    ending = lang.words(s.language, "clauses").PLACE_ADJECTIVE
    named = {m.start for m in s.mentions}
    while (
        ending
        and k + 1 < end
        and s.tokens[k].text.endswith(ending)
        and s.tokens[k + 1].text[:1].isupper()
        and not {s.tokens[k].start, s.tokens[k + 1].start} & named  # "der Lehrer Hans Berger"
    ):
        k += 1
    return k + 1


def after_owned_noun(s: Sentence, keep: list[int], c: ModuleType) -> list[int]:
    """The subject after a fronted time phrase whose date owns a noun, with no comma ("At
    this week's tender the Bank sold …"): the owned noun goes with the date; the subject
    opens on the article after it."""
    if len(keep) < 2 or keep[0] == 0 or keep[0] - 1 not in s.drop:
        return keep
    if not s.tokens[keep[0] - 1].lower.endswith(tuple(c.POSSESSIVE_ENDINGS)):
        return keep
    opener = keep[0] - 1
    while opener > 0 and opener - 1 in s.drop:
        opener -= 1
    if s.tokens[opener].lower not in c.PREPOSITIONS:
        return keep  # "Monday's auction raised …": the owned noun is the subject
    article = next(
        (i for i in range(1, min(len(keep), 3)) if s.tokens[keep[i]].lower in c.ARTICLES), None
    )
    return keep if article is None else keep[article:]


def after_time_phrase(s: Sentence, keep: list[int], c: ModuleType) -> list[int]:
    """The subject after a fronted time phrase with no comma ("At about 10pm a wave hit"):
    the preposition, hedge and focus words left before the dropped time belong to it ("Саме
    [в неділю] клуб …")."""
    lead = 0
    while lead < len(keep) and s.tokens[keep[lead]].lower in lang.union(
        c, "PREPOSITIONS", "DATE_HEDGES", "DATE_FOCUS_WORDS"
    ):
        lead += 1
    if lead == 0 or lead >= len(keep) or keep[lead] - keep[lead - 1] < 2:
        return keep
    gap = range(keep[lead - 1] + 1, keep[lead])
    return keep[lead:] if all(j in s.drop for j in gap) else keep


def after_occasions(s: Sentence, keep: list[int], c: ModuleType) -> list[int]:
    """The subject after a fronted count of occasions and its comma ("Three times, raiders
    …", "Several times, the pumps …"): how often, not who did it."""
    comma = next((i for i, k in enumerate(keep) if s.tokens[k].text == ","), None)
    if comma is None or comma < 2 or comma + 1 >= len(keep):
        return keep
    words = [s.tokens[k].lower for k in keep[:comma]]
    if words[-1] not in c.OCCASIONS:
        return keep
    counts = c.NUMBER_WORDS | c.OCCASION_COUNTS
    return keep[comma + 1 :] if all(w in counts or w.isdigit() for w in words[:-1]) else keep
