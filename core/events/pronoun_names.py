"""Who a pronoun may stand for, from the names before its sentence: the one person or
organisation the sentence before names ("Its shares fell": the one company), and whether the
words before a name say the person is not the one "he" or "she" stands for.

Split from ``core.events.subjects``, which resolves pronouns with them.
"""

from __future__ import annotations

from types import ModuleType

from core import lang
from core.events.antecedents import _previous
from core.events.clause_edges import says
from core.events.entities import ORGANISATION, PERSON, PLACE, Mention
from core.events.parse import Sentence, parse_sentence
from core.events.sentences import sentence_before
from core.events.someone import a_person, someone
from core.events.subject_parts import placed
from core.events.thing_antecedent import _other_thing
from core.events.tokens import Clause, Token


def _body_noun_subject(s: Sentence, previous: int, name: Mention) -> bool:
    """Whether the sentence starting at ``previous`` opens on a body named by its noun ("The
    company", "The bank"), with ``name``, an organisation, further on: the "it" after it is
    more likely that subject than the name."""
    if name.kind != ORGANISATION or name.start <= previous:
        return False
    first = s.text[previous : previous + 60].split()[:2]
    c = lang.words(s.language, "clauses")
    bodies = lang.words(s.language, "events").ORGANISATION_WORDS
    return len(first) == 2 and first[0].lower() in c.ARTICLES and first[1] in bodies


def _one_named_before(s: Sentence, kinds: set[str], dropped: bool = False) -> Mention | None:
    """The one name of ``kinds`` in the sentence before ``s``, or, when that sentence names
    no one, in all the article before it; None when there are two. For a subject the verb's
    ending stands for (``dropped``: Spanish "Nació en 1929"), a name in the article that is
    no one ("la escuela de Abra Pampa") is passed over when someone else is named."""
    start = s.tokens[0].start
    before = sentence_before(s.text, start, s.language)
    previous = before[0] if before else start
    earlier = [m for m in s.mentions if m.end <= start]
    named = [m for m in earlier if m.start >= previous and m.kind in (PERSON, ORGANISATION)]
    # "… scored against Ayrshire Town. He won two caps": a team taken for a person is no one
    named = [m for m in named if m.kind != PERSON or someone(s, m)]
    named = [m for m in named if not _code_after_name(s.text, m, named)]
    whole = not [m for m in named if m.kind in kinds]
    if whole:
        # "… a trustee of the Walden Trust, she was … . She died": the sentence before names
        # no one of these kinds: the article before it may (for a dropped subject, not a
        # name that is no one when someone is named)
        named = [m for m in earlier if m.kind != PERSON or someone(s, m)] if dropped else []
        if not [m for m in named if m.kind in kinds]:
            named = earlier
    # ("The Sebastopol man was arrested. He appeared …": a name that describes a noun is no one)
    no_one = [m for m in named if m.kind == PERSON and (placed(s, m) or not a_person(s, m))]
    named = [m for m in named if m.kind in kinds and m not in no_one]
    if len({m.name for m in named}) != 1:
        return None
    if not whole and _body_noun_subject(s, previous, named[-1]):
        return None  # "The company also said its audit by Arthur Young and Co …. It said":
        # the company, not the auditor named later in that sentence
    if whole and named[-1].kind == ORGANISATION and not _close_or_named_again(s, earlier, start):
        # "Its cause is unknown. It spread overnight": not the sheriff's office named once in
        # a live blog's entry above
        return None
    return named[-1]


_CODE_OPENERS = ("<", "&lt;")


def _code_after_name(text: str, mention: Mention, named: list[Mention]) -> bool:
    """Whether ``mention`` is inside the code in angle brackets that follows another name
    ("Tavers Co Ltd <TAVR.T> said …": the company's own code, no second company)."""
    # (wire files may keep the bracket escaped: "Tavers Co Ltd &lt;TAVR.T>")
    bracket = max(text.rfind(opener, 0, mention.start) for opener in _CODE_OPENERS)
    if bracket < 0 or ">" in text[bracket : mention.start]:
        return False
    end = len(text[:bracket].rstrip())
    return any(m.end == end for m in named if m is not mention)


def _close_or_named_again(s: Sentence, earlier: list[Mention], start: int) -> bool:
    """Whether the organisation last named in ``earlier`` is named in the paragraph ``start``
    is in, or more than once before it, in full or by its first two words, whatever the
    tagger took each for ("Harbor Point Brewing Co. … Harbor Point took a charge"): the
    company an article is about, not one named in passing in an earlier paragraph or entry."""
    firm = [m for m in earlier if m.kind == ORGANISATION][-1]
    blank = max(s.text.rfind("\n\n", 0, start), s.text.rfind("\n \n", 0, start))
    head = firm.name.split()[:2]
    again = sum(m.name.split()[:2] == head for m in earlier) > 1
    return firm.start > blank or again or _opens_the_article(s, firm)


def _opens_the_article(s: Sentence, firm: Mention) -> bool:
    """Whether the organisation is the first name of the article's body and opens its line
    as a subject ("Harlow Mills Inc said …", "The Dunmore Group has …"), not as an owner
    ("The weather service's latest advice …")."""
    headline = s.text.find("\n")
    first = next((m for m in s.mentions if m.start > headline), None)
    if first is None or first.start != firm.start:
        return False
    before = s.text[s.text.rfind("\n", 0, firm.start) + 1 : firm.start].split()
    owner = s.text[firm.end : firm.end + 2] in ("'s", "\u2019s")
    return not owner and before in ([], ["The"])


def _other_sex(s: Sentence, mention: Mention, k: int, c: ModuleType) -> bool:
    """Whether the words just before a person's name say the person is not the one pronoun
    ``k`` can stand for: "Her son, Pablo Lund" for "she", "Mrs. Ana Lund" for "he"."""
    pronoun = s.tokens[k].lower
    before = s.text[max(0, mention.start - c.SEX_WORDS_REACH) : mention.start].lower()
    words = {w.strip(".,;:") for w in before.split()}
    role = _role_article(s, mention, c)  # "le maire, Marc Roux": a man
    given = _given_sex(mention.name, s.language)  # "Peter Vogt": a man
    if pronoun in c.FEMALE_PRONOUNS:
        return bool(words & c.MALE_WORDS) or role in c.MALE_ARTICLES or given == "m"
    personal = pronoun in c.PERSONAL_PRONOUNS | c.PERSONAL_POSSESSIVES
    return personal and (bool(words & c.FEMALE_WORDS) or role in c.FEMALE_ARTICLES or given == "f")


def _given_sex(name: str, language: str) -> str:
    """ "m" or "f" when the name's first word is a given name its language lists for one sex
    (``MALE_GIVEN_NAMES``, ``FEMALE_GIVEN_NAMES``), else ""."""
    words = name.split()
    if len(words) < 2:
        return ""
    events = lang.words(language, "events")
    first = words[0].lower()
    return (
        "m"
        if first in events.MALE_GIVEN_NAMES
        else "f"
        if first in events.FEMALE_GIVEN_NAMES
        else ""
    )


def _role_article(s: Sentence, mention: Mention, c: ModuleType) -> str:
    """The article of the role right before a name, or before the role's complement ("le
    maire, | Marc Roux" → "le", "la directrice de l'école, | Ana Roux" → "la"), which tells
    the person's sex where the article does (``MALE_ARTICLES``, ``FEMALE_ARTICLES``); ""
    when no role stands there."""
    if not (c.MALE_ARTICLES or c.FEMALE_ARTICLES):
        return ""
    line = s.text[max(0, mention.start - ROLE_CHARS) : mention.start].rsplit("\n", 1)[-1]
    words = [w.rstrip(",") for w in line.lower().split()]
    roles = lang.words(s.language, "events").ROLES
    for i in range(len(words) - 1, 0, -1):
        if len(words) - i > c.ROLE_COMPLEMENT_REACH:
            return ""
        # only the role's complement between it and the name ("de l'école"), no verb
        complement = i == len(words) - 1 or _complement_opener(words[i + 1], c)
        if words[i] in roles:
            return words[i - 1] if complement else ""
    return ""


def _complement_opener(word: str, c: ModuleType) -> bool:
    """Whether ``word`` opens a role's complement: "de", "du", or "d'" glued to its noun."""
    openers = c.ROLE_COMPLEMENT_OPENERS
    return word in openers or any(o.endswith("'") and word.startswith(o) for o in openers)


# how far before a name its role and the role's complement may stand, in characters
ROLE_CHARS = 60


def told_by_no_one_named(s: Sentence, clause: Clause, c: ModuleType) -> bool:
    """Whether ``clause`` is what the sentence's first clause says, and that clause names no
    one ("His family said that he died on Saturday", "Police said he …"): its "he" or "she"
    stands for the person the sentence before names, as at the head of a sentence."""
    if clause.opener not in c.REPORTED_OPENERS:
        return False
    first = s.clauses[0]
    ends = (s.tokens[first.start].start, s.tokens[first.end - 1].end)
    if any(ends[0] <= m.start < ends[1] and m.kind == PERSON for m in s.mentions):
        return False
    # "The spokesman said he believed …", "Analyst Rui Costa said he …": one person says it,
    # named by a role or by a name the tagger took for no one's (not a firm's or a place's)
    roles = lang.words(s.language, "events").ROLES
    verb = first.verb if first.verb is not None else first.end
    firms = [m for m in s.mentions if m.kind in (ORGANISATION, PLACE)]
    return not any(
        s.tokens[j].lower in roles
        or (j > first.start and s.tokens[j].text[:1].isupper() and not _in(s.tokens[j], firms))
        for j in range(first.start, verb)
        if j not in s.drop  # ("Last [Friday] the kennel club announced she …": a day, no one)
    )


def _in(token: Token, mentions: list[Mention]) -> bool:
    """Whether the token is part of one of the names."""
    return any(m.start <= token.start < m.end for m in mentions)


def about_someone_else(s: Sentence, company: Mention) -> bool:
    """Whether the sentence before ``s`` is about someone or something other than ``company``
    (the one company named before): its first clause's subject, up to an aside or a
    preposition, holds a person other than the company ("Drummond, a schoolteacher, wrote
    …", "Four years later she completed the library") or a word no name or dictionary knows
    ("Idris formed west of the Azores", "Ruritania's Q-3 money supply fell"). A
    sentence-opening "it" after it stands for what that sentence is about or names ("CP Air,
    …, was a money-loser, analyst Ann Roe of Bache Inc said. It had …"), not the company; a
    person who only speaks ("Chairman Tom Hale said …") may speak for the company."""
    c = lang.words(s.language, "clauses")
    before = sentence_before(s.text, s.tokens[0].start, s.language)
    if before is None:
        return False
    previous = parse_sentence(s.text, before[0], before[1], [], s.mentions, s.language)
    if previous is None or not previous.clauses or previous.clauses[0].verb is None:
        return False
    first = previous.clauses[0]
    if says(previous.tokens[first.verb].lower, c):
        return _said_of_a_thing(s, previous, first.verb, c)
    head = False  # whether a word of the subject's head has come (after "In 1961, she")
    for token in previous.tokens[first.body : first.verb]:
        if head and (token.lower in c.PREPOSITIONS or token.text == ","):
            break  # "Trading in shares of Dairy Farm": the subject is the trading
        head = head or (token.text[:1].isalpha() and token.lower not in c.PREPOSITIONS)
        name = next((m for m in s.mentions if m.start <= token.start < m.end), None)
        if name is not None and company.name in (name.name, name.text):
            return False  # "Baldwin-United, a holding company": the company, taken for a person
        if token.lower in c.PERSONAL_PRONOUNS or (name is not None and name.kind == PERSON):
            return True
        unknown = name is None and token.text[:1].isupper() and not c.lemmas(token.lower)
        if unknown and token.lower not in c.ARTICLES | c.DETERMINERS:
            return True
    return False


def _said_of_a_thing(s: Sentence, previous: Sentence, said: int, c: ModuleType) -> bool:
    """Whether the sentence before told of one thing the speaker said ("The agency said
    the storm was 480 km off Naha."), so that an "it" opening ``s`` with a verb other than
    saying ("It formed near Guam") may stand for that thing as well as the speaker."""
    own = s.clauses[0].verb
    if own is None or says(s.tokens[own].lower, c) or not c.PLURAL_NOUN_ENDING:
        return False
    j = said + 1 if previous.tokens[said + 1 : said + 2] else said
    j = j + 1 if previous.tokens[j].lower == c.THAT else j
    if j + 1 < len(previous.tokens) and previous.tokens[j].text[:1].isupper():
        return _said_of_a_name(previous, j, c)  # "The Met Office said Storm Ada was …"
    if j + 1 >= len(previous.tokens) or previous.tokens[j].lower not in c.ARTICLES:
        return False
    word = previous.tokens[j + 1].text
    if not (word.isalpha() and word.islower()) or word.endswith(c.PLURAL_NOUN_ENDING):
        return False
    # the thing's noun straight before its verb ("the storm was …"; not "the current quarter
    # result will …", where a longer phrase is rather the speaker's own figure)
    nxt = previous.tokens[j + 2].lower if j + 2 < len(previous.tokens) else ""
    return nxt in c.AUX or ("VERB" in c.lemmas(nxt) and c.is_past(nxt))


def _said_of_a_name(previous: Sentence, j: int, c: ModuleType) -> bool:
    """Whether the words from ``j`` after a verb of saying are a name straight before its
    verb ("… said Storm Ada was 480 km off Cork"): a thing of its own the pronoun after may
    stand for, as well as the speaker (the tagger takes many a storm for a person)."""
    tokens = previous.tokens
    if tokens[j].lower in c.PRONOUNS:
        return False
    end = j
    while end < len(tokens) and tokens[end].text[:1].isupper():
        end += 1
    nxt = tokens[end].lower if end < len(tokens) else ""
    return end > j and (nxt in c.AUX or ("VERB" in c.lemmas(nxt) and c.is_past(nxt)))


def kept_as_written(s: Sentence, clause: Clause, keep: list[int], k: int) -> bool:
    """Whether the pronoun ``k`` no name is sure for may stand in a title as written: alone
    the subject of the sentence's first clause, or the owner opening it, after a fronted
    time at most ("It deepened rapidly on Tuesday", "In 1983 he passed …", "Its board
    adopted …"). A title that keeps "It" is read beside its sentence; a name guessed wrong
    pins the act on the wrong one."""
    c = lang.words(s.language, "clauses")
    lower = s.tokens[k].lower
    owner = keep[0] == k and lower in c.KEPT_POSSESSIVES  # "Its board adopted …"
    if (not owner and (keep != [k] or lower not in c.KEPT_PRONOUNS)) or clause.verb is None:
        return False
    verb = clause.verb
    while verb + 1 < clause.end and s.tokens[verb].lower in c.AUX | c.ADVERBS:
        verb += 1  # "It will take until July": the verb after its auxiliaries
    lemmas = set(c.lemmas(s.tokens[verb].lower).get("VERB", ()))
    if s.tokens[k].lower in c.ONE_THING_PRONOUNS and lemmas & c.IT_PLACEHOLDER_VERBS:
        return False  # "It took a long campaign before …": no thing took it
    if not _told_as_happening(s, clause, k, verb, lemmas, c):
        return False  # "They are aiming for a pact by October": no happening of that day
    if lemmas & c.UNSURE_SPEAKER_VERBS:
        return False  # "He said output in the 1986/87 season is …": the date is what was said
    return all(
        j in s.drop or s.tokens[j].lower in c.LINKS or s.tokens[j].text == ","
        for j in range(clause.start, k)
    )


def _told_as_happening(
    s: Sentence, clause: Clause, k: int, verb: int, lemmas: set[str], c: ModuleType
) -> bool:
    """Whether the clause of a kept pronoun tells a happening its date can be the day of: a
    simple past ("It deepened on Tuesday"), a past passive or past perfect ("He was appointed
    in 1972"), "will" ("He will travel on March 12"), "is due/expected to", a present of an
    intent before "to" ("He hopes to visit Japan in April") or of an arranged happening
    ("Their contracts expire on April 30"). A present, a present perfect, a modal or a habit
    ("They are aiming for a pact by October", "It has been held every year", "They join the
    service launched in May") tells no act of that day; a title keeping the pronoun is read
    beside its sentence, and a wrong day is worse than none."""
    words = [s.tokens[j].lower for j in range(clause.start, clause.end)]
    if set(words) & c.HABIT_WORDS:
        return False  # "It is held every year in November"
    date = next((j for j in range(verb + 1, clause.end) if j in s.drop), None)
    if date is not None and _date_of_another(s, verb + 1, date, c):
        return False  # "It cancelled a permit granted only last August": the order's date
    auxiliaries = [s.tokens[j].lower for j in range(k + 1, verb) if s.tokens[j].lower in c.AUX]
    if auxiliaries:
        first = auxiliaries[0]
        if first in c.BE_PAST and s.tokens[verb].lower.endswith(c.GERUND):
            return False  # "They were responding to reports of …": a background, no act
        raised = first in c.BE_FINITE and s.tokens[verb].lower in c.RAISED_AFTER_BE
        return first in c.KEPT_HAPPENING_AUX or raised  # "was closed", "will travel", "is due to"
    word = s.tokens[verb].lower
    to = verb + 1 < clause.end and s.tokens[verb + 1].lower == c.TO
    intent = to and bool(lemmas & c.INTENT_VERBS)  # "He hopes to visit Japan in April"
    return c.is_past(word) or intent or bool(lemmas & c.ARRANGED_PRESENTS)


def _date_of_another(s: Sentence, start: int, date: int, c: ModuleType) -> bool:
    """Whether a relative or a participle after a noun stands between a verb (its words from
    ``start``) and the date after it, the date then that clause's ("revoked an order made only
    last December", "agreed with the chairman, who said yesterday …")."""
    for j in range(start, date):
        word, before = s.tokens[j].lower, s.tokens[j - 1]
        if word in c.RELATIVES:
            return True
        noun = before.text.isalpha() and before.lower not in c.DETERMINERS
        if noun and "NOUN" in c.lemmas(before.lower) and c.is_participle(word):
            return True
    return False


def thing_done_to(s: Sentence, k: int) -> bool:
    """Whether "it" (token ``k``) is the subject of a passive ("It has been syndicated", "It
    will be submitted again") after a sentence that names a thing besides its subject ("Acme
    is arranging a credit facility for Interco"): what was done may have been done to that
    thing, not to the company the sentence before names, so no name is sure."""
    c = lang.words(s.language, "clauses")
    if s.tokens[k].lower not in c.ONE_THING_PRONOUNS - c.POSSESSIVE_PRONOUNS:
        return False
    j, passive = k + 1, False
    while j < len(s.tokens) - 1 and s.tokens[j].lower in c.AUX | c.ADVERBS:
        passive = passive or s.tokens[j].lower in c.BE
        j += 1
    if not passive or not c.is_participle(s.tokens[j].text):
        return False
    before = _previous(s)
    if before is None or not before.clauses or before.clauses[0].verb is None:
        return False
    first = before.clauses[0]
    return _other_thing(before, first.body, first.verb, c)
