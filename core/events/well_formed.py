"""Whether a title's words make a clause a reader can parse: the grammar checks a title's
subject, verb and cuts rest on, whatever clause or producer gave the words.

A title is a clause: a subject that is a whole noun phrase, a finite verb that agrees with
it, and no phrase cut where its noun or its verb needs what follows. These checks read only
the words and the language's word classes, never a list of phrasings.

>>> from core import lang
>>> c = lang.words("en", "clauses")
>>> opens_a_phrase("The slower than".split(), c), opens_a_phrase("The tanker".split(), c)
(True, False)
>>> opens_a_phrase("The bank more than".split(), c)
False
>>> opens_a_phrase("Ruritania's economic".split(), c), opens_a_phrase("The poor".split(), c)
(True, False)
>>> disagrees("The projected cocoa".split(), "plan", c)
True
>>> noun_before_of("output of 13,000 tonnes".split(), c), noun_before_of("fell 3 pct".split(), c)
(True, False)
>>> disagrees("The farmers".split(), "plant", c), disagrees("The farm".split(), "plants", c)
(False, False)
>>> disagrees("The owners of the plant".split(), "expect", c)
False
>>> identity_cut("investigate a series of fires".split(), 3, c)
True
>>> identity_cut("posted the value of exports".split(), 3, c)
True
>>> identity_cut("posted a loss of 5 mln dlrs".split(), 3, c)
False
"""

from __future__ import annotations

from types import ModuleType

from core import lang
from core.events.title_words import EDGE_PUNCT

_REACH = 4  # words between an article and the noun it opens ("a long, costly series")


def _lower(word: str) -> str:
    return word.lower().strip(EDGE_PUNCT)


def opens_a_phrase(subject: list[str], c: ModuleType) -> bool:
    """Whether a subject ends where a phrase opens ("The slower than", "Sales of the"): the
    clause was cut inside its subject, and the verb after it is not the subject's."""
    if len(subject) < 2:
        return False
    last, before = _lower(subject[-1]), _lower(subject[-2])
    if last in c.COMPARATIVE_LINKS:
        return before not in c.QUANTITY_WORDS  # "The bank more than [doubled …]": the verb's
    forms = c.lemmas(last)
    adjective = set(forms) == {"ADJ"} and subject[-1].islower() and not c.is_participle(last)
    # before its noun: after an owner, a determiner or an adjective ("Ruritania's economic"),
    # not "four indicators available"
    prenominal = before.endswith(c.POSSESSIVE_ENDINGS) or before in c.DETERMINERS
    prenominal = prenominal or set(c.lemmas(before)) == {"ADJ"}
    if adjective and prenominal and not (len(subject) == 2 and before in c.ARTICLES):
        return True  # "Ruritania's economic | output index": the noun was read as the verb
    return last in c.ARTICLES


def disagrees(subject: list[str], verb: str, c: ModuleType) -> bool:
    """Whether ``verb`` cannot be the finite verb of ``subject``: a verb's bare form ("output",
    "plan") after a subject whose head is one thing ("the projected cocoa"), which takes
    "outputs", "plans" — the word is a noun of the subject, the clause's verb comes later."""
    lower = _lower(verb)
    if not subject or not c.BARE_VERB_PLURAL_ONLY or lower in c.AUX or c.is_past(lower):
        return False
    if lower not in c.lemmas(lower).get("VERB", ()):
        return False  # "plants", "rose", "is": not a bare form
    words = [_lower(w) for w in subject]
    # the head is before the subject's first phrase: "The owners [of the plant]"
    k = next((i for i, w in enumerate(words) if i and w in c.PREPOSITIONS), len(words))
    words, subject = words[:k], subject[:k]
    if any(w in c.COORDINATORS for w in words) or words[-1] in lang.union(
        c, "PRONOUNS", "SPEAKER_PRONOUNS"
    ):
        return False  # "Smith and Jones", "they", "we": many, or a pronoun with its own forms
    head = words[-1]
    if not head.isalpha() or head in c.PLURAL_NOUNS or subject[-1][:1].isupper():
        return False  # a name ("First Union"), a figure, "police": number not told by its form
    nouns = c.lemmas(head).get("NOUN", ())
    plural = head.endswith(c.PLURAL_ENDING) or (nouns and head not in nouns)
    return not plural and head not in c.DETERMINERS


def noun_before_of(predicate: list[str], c: ModuleType) -> bool:
    """Whether a predicate opens on a word that is a noun as well as a verb, straight before
    "of" ("output of 13,000 tonnes", "cost of the plan"): a noun of the subject, no verb —
    a verb takes its object without "of"."""
    if len(predicate) < 2 or _lower(predicate[1]) != c.OF:
        return False
    forms = c.lemmas(_lower(predicate[0]))
    return "NOUN" in forms and "VERB" in forms


def finite_after(words: list[str], c: ModuleType) -> bool:
    """Whether ``words`` hold a finite verb: an auxiliary ("will fall", "are held"), or a past
    after a noun ("details of the slaying | emerged"), not after an article ("the amended")."""
    lower = [_lower(w) for w in words]
    return any(
        w in c.AUX
        or (k > 0 and c.is_past(w) and lower[k - 1] not in c.DETERMINERS | c.PREPOSITIONS)
        for k, w in enumerate(lower)
    )


def told_only_whom(predicate: list[str], c: ModuleType) -> bool:
    """Whether a verb of telling keeps only who was told ("told him", "told reporters"), or one
    of quoting whom it quoted ("quoted him [as saying …]"): what was told is gone, and the
    title says nothing.

    >>> from core import lang
    >>> c = lang.words("en", "clauses")
    >>> told_only_whom("told him".split(), c), told_only_whom("told him to leave".split(), c)
    (True, False)
    """
    k = next((i for i, w in enumerate(predicate) if _lower(w) not in c.AUX), len(predicate))
    if k >= len(predicate):
        return False
    verbs = set(c.lemmas(_lower(predicate[k])).get("VERB", ()))
    quoting = bool(verbs & c.QUOTING_VERBS)  # "Tass quoted him", "He was quoted": the saying cut
    if not (verbs & c.TELL_VERBS & c.SPEECH_VERBS or quoting):
        return False
    rest = [_lower(w) for w in predicate[k + 1 :]]
    # a name quoted may be long ("quoted the defence spokesman Ali Reza Karimi")
    return (
        (bool(rest) or quoting)
        and (len(rest) <= 3 or quoting)
        and not any(w in c.PREPOSITIONS or w == c.THAT or w[:1].isdigit() for w in rest)
    )


def identity_cut(words: list[str], k: int, c: ModuleType) -> bool:
    """Whether ``words[k]`` is the "of" that says what a noun after its article is ("a series
    | of fires", "An American leader | of the team", "The value | of oil exports"): cut
    there, the noun names nothing. Not a measure ("a loss | of 5 mln dlrs")."""
    if _lower(words[k]) != c.OF or k < 2:
        return False
    if k + 1 < len(words) and words[k + 1][:1].isdigit():
        return False  # "a loss | of 5 mln dlrs": a measure, the noun names the thing
    if _lower(words[k - 1]) in c.PARTITIVES:
        return True  # "would resolve part | of an inquiry": a part of nothing
    if _lower(words[k - 1]) in c.SHARE_UNITS or words[k - 1].endswith("%"):
        return _share_of_nothing(words, k - 1, c)
    for j in range(k - 1, max(-1, k - 1 - _REACH), -1):
        word = _lower(words[j])
        if word in c.ARTICLES:
            return j < k - 1
        if word in c.PREPOSITIONS | c.AUX or words[j].endswith(",") or c.is_past(word):
            return False
    return False


def _share_of_nothing(words: list[str], unit: int, c: ModuleType) -> bool:
    """Whether the share ending at ``words[unit]`` names nothing once cut before its "of"
    ("supplied about 30 pct | of its imports"), not a level a figure went to ("raised its
    stake to 24.5 pct | of the company")."""
    j = unit if words[unit][:1].isdigit() else unit - 1  # the figure: "30%", "30 pct"
    while j > 0 and _lower(words[j - 1]) in c.FIGURE_HEDGES | c.ADVERBS:
        j -= 1  # "to about 60 pct", "to nearly 20 pct"
    return j < 1 or _lower(words[j - 1]) not in c.SHARE_LEVEL_LINKS


def amount_cut(words: list[str], k: int, c: ModuleType) -> bool:
    """Whether ``words[k]`` is the "of" after an amount that names nothing without it
    ("bought 5,000 tonnes | of rye", "will sell 40 mln dlrs | of bonds"): a figure counts the
    unit, and no "to", "from" or "by" makes it a level ("rose to 40 mln dlrs | of …")."""
    if _lower(words[k]) != c.OF or k < 2 or _lower(words[k - 1]) not in c.MEASURED_UNITS:
        return False
    unit = j = k - 1
    while j > unit - 2 and j > 1 and words[j - 1].isalpha() and words[j - 1].islower():
        if _lower(words[j - 1]) in c.AMOUNT_WORDS | c.PREPOSITIONS | c.AUX:
            break
        j -= 1  # "318,400 common shares", "5,000 metric tonnes": the unit's adjectives
    if j < unit and not (words[j - 1][:1].isdigit() or _lower(words[j - 1]) in c.AMOUNT_WORDS):
        j = unit  # ("the [newest] units"): no figure before them
    unit = j
    while j > 0 and (words[j - 1][:1].isdigit() or _lower(words[j - 1]) in c.AMOUNT_WORDS):
        j -= 1  # "5,000", "40 mln", "1.2 billion"
    if j == unit or not any(w[:1].isdigit() or _lower(w) in c.NUMBER_WORDS for w in words[j:unit]):
        return False  # "the units | of …": no figure counts them
    while j > 0 and _lower(words[j - 1]) in c.FIGURE_HEDGES | c.FIGURE_LEADS | c.ADVERBS:
        j -= 1  # "nearly 95 mln dlrs", "some 40 mln dlrs"
    return j < 1 or _lower(words[j - 1]) not in c.SHARE_LEVEL_LINKS


def part_cut(words: list[str], k: int, c: ModuleType) -> bool:
    """Whether ``words[k]`` is the "of" after a word that only counts or parts what follows
    ("said one | of its plants", "accepted all 14 | of", "indicated a number | of", "will
    release the first | of"): cut there, the title ends on a count of nothing. Not a name's
    number ("Chapter 11 | of the bankruptcy laws")."""
    if _lower(words[k]) != c.OF or k < 2:
        return False
    before = _lower(words[k - 1])
    if before[:1].isdigit():
        return not words[k - 2][:1].isupper()
    return before in c.PARTITIVES | c.PART_NOUNS


def infinitive_reaches(words: list[str], start: int, c: ModuleType) -> list[tuple[int, int]]:
    """The stretches from a verb to the infinitive it takes across a phrase, as (verb, "to")
    pairs from ``start`` on: "sought [through talks] to delay …"; a cut inside one leaves the
    verb without what it sought. Only a verb whose object is an infinitive ("seek",
    "agree"): "was put in doubt by a decision to merge …" keeps "to merge" for the noun.

    >>> from core import lang
    >>> c = lang.words("en", "clauses")
    >>> infinitive_reaches("Ruritania sought through talks to delay payments".split(), 1, c)
    [(1, 4)]
    >>> infinitive_reaches("Ruritania cut prices in May to lift sales".split(), 1, c)
    []
    >>> infinitive_reaches("Lomax plans on filing a claim to recover costs".split(), 1, c)
    []
    """
    found = []
    for verb in range(start, len(words) - 2):
        after = _lower(words[verb + 1])
        if after not in c.PREPOSITIONS or after in c.PRICE_HEDGES or after == c.TO:
            continue  # "sought to delay" is kept whole by the cut's own rules; "about 5 mln"
        if not set(c.lemmas(_lower(words[verb])).get("VERB", ())) & c.INFINITIVE_VERBS:
            continue
        for k in range(verb + 2, len(words) - 1):
            word = _lower(words[k])
            past = c.is_past(word) and "NOUN" not in c.lemmas(word)
            gerund = word.endswith(c.GERUND) and "VERB" in c.lemmas(word)
            if words[k - 1].endswith(",") or past or gerund:
                break  # another clause, or another verb's phrase ("plans on filing … to")
            bare = _lower(words[k + 1])
            if word == c.TO and bare in c.lemmas(bare).get("VERB", ()):
                found.append((verb, k))
                break
    return found


def ends_wanting_object(words: list[str], start: int, c: ModuleType) -> bool:
    """Whether the title ``words`` (its predicate from ``start``) ends on a verb that never
    ends a clause without what it takes: "Teck Hock owes", "Figures show", "The survey
    released showed" (what was owed or shown, cut away); a passive stands ("The results
    were estimated"), but not "The report was dated".

    >>> from core import lang
    >>> c = lang.words("en", "clauses")
    >>> ends_wanting_object("Teck Hock owes".split(), 2, c)
    True
    >>> ends_wanting_object("Official figures show".split(), 1, c)
    True
    >>> ends_wanting_object("The company gave its results".split(), 2, c)
    False
    >>> ends_wanting_object("The loss was estimated".split(), 2, c)
    False
    """
    if len(words) <= start:
        return False
    last = _lower(words[-1])
    before = _lower(words[-2]) if len(words) > 1 else ""
    if last in c.TITLE_COMPLEMENT_PARTICIPLES:
        return True
    forms = c.lemmas(last)
    if not set(forms.get("VERB", ())) & c.TITLE_OBJECT_VERBS:
        return False
    if before in c.BE or before in c.COMPARATIVE_LINKS | {c.AS}:
        return False  # "was estimated", "than estimated": no object wanted
    if "NOUN" in forms or "ADJ" in forms:  # "results", "shows": a verb alone, or the plain
        plain = not last.endswith(c.THIRD_PERSON_ENDS)  # form after a plural ("figures show")
        plural = before.endswith(c.THIRD_PERSON_ENDS) and "NOUN" in c.lemmas(before)
        plural = plural and before not in c.DETERMINERS | c.POSSESSIVE_DETERMINERS  # "its"
        return (plain and plural) or all(_lower(w) in c.AUX | c.ADVERBS for w in words[start:-1])
    return True


def subject_left_hanging(words: list[str], rest: list[str], start: int, c: ModuleType) -> int:
    """Where a title that ends on a second clause's subject, its verb cut away, should stop:
    "The speculation faded and interest rates | climbed as …" → 3, before the "and" (the
    first clause is whole); -1 when the cut verb, a copula, ended the clause ("… and payment
    date | is [March 17]": the date, and the news, were the second clause's); 0 when the title
    does not end so. ``rest`` is what followed the title in its clause.

    >>> from core import lang
    >>> c = lang.words("en", "clauses")
    >>> subject_left_hanging("Prices faded and interest rates".split(), ["climbed", "as"], 1, c)
    2
    >>> subject_left_hanging("Sales rose in Ohio and Utah".split(), ["compared", "to"], 1, c)
    0
    """
    k = max((i for i, w in enumerate(words) if _lower(w) in c.COORDINATORS), default=0)
    subject = [_lower(w) for w in words[k + 1 :]]
    if k <= start or not 0 < len(subject) <= 4 or not rest:
        return 0
    if not (words[k + 1][:1].islower() or subject[0] in c.DETERMINERS) or subject[0][:1].isdigit():
        return 0  # "and Puerto Rico", "and seven [injured]": a name or a count, no subject
    if finite_after(words[k + 1 :], c) or set(c.lemmas(subject[0])) == {"VERB"}:
        return 0  # "and then expects": no subject
    ahead = [_lower(w) for w in rest[:3]]
    for i, w in enumerate(ahead):  # its verb next, or an auxiliary past one phrase
        if w in c.AUX or (not i and c.is_past(w) and "NOUN" not in c.lemmas(w)):
            after = ahead[i + 1 : i + 2]
            if after and after[0] in c.TITLE_PARTICIPLE_LINKS:
                return 0  # "[and Utah] compared to …": a participle, no clause's verb
            return -1 if len(rest) == i + 1 and w in c.BE else k
        if w.endswith(",") or w in c.COORDINATORS:
            return 0
    return 0


def reported_subject_cut(words: list[str], start: int, k: int, c: ModuleType) -> bool:
    """Whether cutting the title ``words`` (its predicate from ``start``) at ``k`` leaves a
    reported clause's subject without its verb: "The figures showed the jobless rate | for
    adult men fell …" (what was shown is gone; "said", "indicated" alike).

    >>> from core import lang
    >>> c = lang.words("en", "clauses")
    >>> words = "Data showed the jobless rate for women fell to 4 pct".split()
    >>> reported_subject_cut(words, 1, 5, c), reported_subject_cut(words, 1, 8, c)
    (True, False)
    """
    told = reported_verb(words, start, c)
    return told is not None and k <= told


def reported_verb(words: list[str], start: int, c: ModuleType) -> int | None:
    """Where the verb of the clause a verb of showing or saying reports stands in ``words``
    (its predicate from ``start``), no "that" between: "Data showed the jobless rate fell"
    → 5; None when the predicate reports no such clause."""
    lower = [_lower(w) for w in words]
    verb = next((i for i in range(start, len(lower)) if lower[i] not in c.AUX), len(lower))
    lemmas = set(c.lemmas(lower[verb]).get("VERB", ())) if verb + 1 < len(lower) else set()
    # verbs whose object is a clause and nothing else ("show", "say"; not "concluded the
    # tour", "assumed control")
    reporting = c.SHOWING_VERBS & c.TITLE_OBJECT_VERBS | c.CLAUSE_ONLY_SPEECH
    reporting = reporting | c.REPORTED_CLAUSE_ESTIMATES  # "estimated lending grew"
    if not lemmas & reporting or lower[verb + 1] == c.THAT:
        return None
    if not lemmas - c.REPORTED_CLAUSE_ESTIMATES and lower[verb + 1] in c.PREPOSITIONS:
        return None  # "estimated at 5 mln dlrs the loss …": a figure put on a thing
    return next(
        (
            j
            for j in range(verb + 2, len(lower))
            if lower[j] in c.AUX
            or (c.is_past(lower[j]) and lower[j - 1] not in c.DETERMINERS | c.PREPOSITIONS)
        ),
        None,
    )
