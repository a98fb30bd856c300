"""Titles in the article's own words: "Scholz would visit Ukraine", "The bridge was closed".

A title is a compressed extract of its clause: the subject, the verb group and what follows
it, every word kept in its inflection and order. Compression only drops words: asides in
brackets, the comparison a figure is set against ("compared with …"), subordinate clauses,
and, past about 70 characters, the phrases at the end. A title that would not parse — no
subject, a bare "There" or "It", a verb with nothing left of its clause — is no title.

>>> headline("Macron", "will travel to Moscow")
'Macron will travel to Moscow'
>>> headline("the company", "earned 5 mln dlrs compared with 3 mln dlrs")
'The company earned 5 mln dlrs'
>>> headline("There", "were calls for calm")
''
"""

from __future__ import annotations

import re
from functools import cache
from types import ModuleType

from core import lang
from core.events.middle import (
    genitive_cut,
    participle_cuts,
    without_a_phrase,
    without_comma_aside,
)
from core.events.title_words import (
    EDGE_PUNCT,
    after_article,
    agent_of_participle,
    content_noun,
    cuts_name,
    dangles,
    ends_fixed_phrase,
    inside_name,
    not_happened,
    object_then_infinitive,
    participle_before_verb,
    without_modifier_verb,
)

MAX_CHARS = 70
MAX_SUBJECT_CHARS = 45  # a longer subject leaves no room for what it did
OVERFLOW_CHARS = 15  # how far past ``MAX_CHARS`` a title may run when no cut leaves it whole
_EDGE_PUNCT = EDGE_PUNCT
_BRACKETED = re.compile(r"\s*\([^()]*\)|\s*\[[^\[\]]*\]")
_NOMINAL = frozenset(("NOUN", "ADJ"))
_CODE = re.compile(r"\s*<\s*([^<>]*?)\s*>")
_SPLIT_POSSESSIVE = re.compile(r"\)\s*(['’])\s+s\b")


def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


@cache
def _cut_before(c: ModuleType) -> frozenset[str]:
    """Words a phrase starts at: a long title may end just before one."""
    return c.PREPOSITIONS | c.TITLE_CUT_BEFORE


def headline(subject: str, predicate: str, max_chars: int = MAX_CHARS, language: str = "en") -> str:
    """``subject`` and ``predicate`` as written, compressed to a title; "" when the words
    cannot give one a reader would parse."""
    c = _clauses(language)
    written_subject = _without_dateline(_words(subject), c)
    subject_words = _trim(written_subject, 1, c)
    if any(w.lower() in c.COORDINATORS for w in written_subject[len(subject_words) :]):
        return ""  # "Neither the remarks nor today's had …": half a pair is no subject
    while len(subject_words) > 1 and subject_words[0].lower() in c.COORDINATORS | c.LINKS:
        subject_words = subject_words[1:]  # "[but] the others stayed on": the link goes
    if not _is_subject(subject_words, c):
        return ""
    if c.QUOTED_NAME_MARKS:  # "Das Forschungsschiff „Polarlicht“": the name, unquoted
        marks = "".join(c.QUOTED_NAME_MARKS)
        subject_words = [bare for w in subject_words if (bare := w.strip(marks))]
    written = _words(predicate)
    if written and written[0].lower() in c.AUX and written[0][1:].islower():
        written[0] = written[0].lower()  # "the U.S., Was withdrawn": wire copy's capital
    kept = _cut_asides(without_comma_aside(written, c) if c.COMMA_ASIDES else written, c)
    words = _verb_group(kept, c)
    modal = words[:1] and words[0].lower() in c.VERBLESS_AUX
    if modal and words[1:2] and words[1].lower() in c.DETERMINERS:
        return ""  # "…, as will a mild pickup": a modal with no verb, its subject after it
    if participle_before_verb(words, c):
        return ""  # "The money raised [last year] | was spent": the date is the participle's
    if (
        words
        and words[0].lower() in c.SCHEDULED
        and words[1:2]
        and words[1].lower() in c.PREPOSITIONS
    ):
        return ""  # "The meetings scheduled in Geneva": a participle, no verb of a sentence
    if not words or not _opens_finite(words[0], c):
        return ""  # "Hunger strike to protest …": no verb for the subject, no sentence
    if len(words) > 1 and words[1].lower() == c.BY and c.is_participle(words[0]):
        return ""  # "The report published by the monthly": a participle, no verb of its own
    if not_happened(words, c):
        return ""  # "did not disclose the price", "may be converted": nothing happened
    if c.VERB_LAST and _said_nothing(words, c):
        return ""  # German "Das Unternehmen teilte mit": what it said is gone
    if _broken_infinitive(words, c) or _reported_without_verb(words, c):
        return ""  # "is expected to four mln dlrs", "said its sales for the nine days"
    cut = written[len(kept)].lower().strip(_EDGE_PUNCT) if len(kept) < len(written) else ""
    if cut and cut not in c.BUT and _verb_only(words, c):
        return ""  # "The department estimated [… against …]": what it estimated is gone
        # ("Talks began | but stalled …": a clause of its own follows, the verb is whole)
    subjects = [w for w in _subject_cuts(subject_words, c) if len(_join(w)) <= MAX_SUBJECT_CHARS]
    # a name cut short ("The Bank [of England]") only when no cut of the predicate fits
    named = [w for w in subjects if not cuts_name(subject_words, w, c)]
    whole = next((w for w in named if len(_join([*w, *words])) <= max_chars), None)
    if whole is None and named and _finish(named[0], words, max_chars, c):
        whole = named[0]
    for shorter in [whole] if whole else subjects:
        title = _finish(shorter, words, max_chars, c)
        if title:
            return title
    # no cut leaves a clause whole ("planned to cut both raw stock and finished goods
    # stocks"): a title a little long beats none
    if not subjects:
        return ""
    longer = max_chars + OVERFLOW_CHARS
    # last, a cut before the infinitive after an object ("asked the U.S. | to enforce …")
    return _finish(subjects[0], words, longer, c) or _finish(
        subjects[0], words, longer, c, before_infinitive=True
    )


def noun_headline(phrase: str, max_chars: int = MAX_CHARS, language: str = "en") -> str:
    """A noun phrase as a title: "plans for joint exercises" → "Plans for joint exercises"."""
    c = _clauses(language)
    words = _words(phrase)
    if words and words[0].lower() in c.POSSESSIVE_PRONOUNS:
        return ""  # "Its semiconductor agreement with …": whose, the title cannot say
    if len(words) > 1 and words[0].lower() in c.ARTICLES:
        words = words[1:]
    if len(words) > 2 and words[-2].lower() in c.ARTICLES - c.ANAPHORIC and words[-1][:1].isupper():
        return ""  # "Bombing of a Birmingham [, Ala., clinic]": the noun was cut away
    title = _finish([], words, max_chars, c)
    months = lang.words(language, "calendar").MONTHS
    time_words = c.PERIOD_NOUNS | c.NUMBER_WORDS | c.ARTICLES | c.TIME_WORDS | {c.OF}
    if all(
        _is_figure(w, c) or w.lower() in time_words or w.lower() in months for w in title.split()
    ):
        return ""  # "Two weeks [of searching]", "First nine days of March": only the time
    return title


def _words(text: str) -> list[str]:
    text = _SPLIT_POSSESSIVE.sub(r")\1s", text)  # "(IMF) ' s approval" as the tokens split it
    text = _BRACKETED.sub("", text)
    text = _CODE.sub(lambda m: "" if m.group(1).isupper() else f" {m.group(1)}", text)
    return [w for w in text.split() if w.strip(_EDGE_PUNCT) or w in (",", ";")]


def _without_dateline(words: list[str], c: ModuleType) -> list[str]:
    """ "WASHINGTON _ The economy" → "The economy": a dateline is no word of the subject."""
    mark = next((k for k, w in enumerate(words) if w in c.DATELINE_MARKS), None)
    if mark is None or mark == 0 or mark > c.DATELINE_WORDS:
        return words
    if len(words[0]) < 2 or not all(w[:1].isupper() or w == "," for w in words[:mark]):
        return words  # "CANBERRA, Australia _", "WASHINGTON _", "Mo. _"
    return words[mark + 1 :]


def _is_subject(words: list[str], c: ModuleType) -> bool:
    """A subject a reader can place: not "There", an unresolved "It", a bare figure, or the
    rest of a phrase ("including steel", "falling 0.7 pct")."""
    if not words:
        return False
    # the language's marks that only open or only close ("„Polarlicht“" is closed in German)
    opens, closes = c.OPEN_QUOTES - c.CLOSE_QUOTES, c.CLOSE_QUOTES - c.OPEN_QUOTES
    opened = sum(w.count(q) for w in words for q in opens)
    if opened != sum(w.count(q) for w in words for q in closes):
        return False  # "Saying `` nothing …": a quotation's start, no subject
    first = words[0].lower()
    acronym = len(words[0]) > 1 and words[0].isupper()  # "AT and T", "IT firms"
    determiner = first in c.DEMONSTRATIVES and len(words) > 1  # "This week's meeting"
    if not acronym and not determiner and first in c.EXPLETIVES | c.NOT_SUBJECT_STARTS:
        return False
    counted = first in c.DATE_HEDGES and len(words) > 2 and words[1][:1].isdigit()
    # "About 6,000 residents" opening a sentence: a figure hedged, a subject (a reported
    # clause's "about 800,000 tonnes" is left to the figures' rules)
    hedged = len(words) > 2 and first in c.PRICE_HEDGES and words[0][:1].isupper()
    hedged = hedged and _is_figure(words[1], c)
    if not acronym and first in c.PREPOSITIONS and not counted and not hedged:
        return False  # not "About 250 volunteers": a hedged count is the subject's
    if first in c.SUBJECT_RELATIVES:
        return False  # "-- who had been arrested": a relative's pronoun, no one named
    forms = c.lemmas(first)
    verb = set(forms) == {"VERB"} and first in forms["VERB"]  # a bare verb, not "lending"
    if words[0].islower() and verb and not c.VERB_LAST:
        return False  # "remain [elevated]": a verb, the subject is elsewhere
    subordinators = (c.FRONTED_SUBORDINATORS | {c.AS}) - c.DETERMINERS - c.ARTICLES
    if first in subordinators and len(words) > 1:
        return False  # "As the borrowings would be frozen": a subordinate clause, no subject
    if any(w.lower() in c.SUBJECT_BREAKS for w in words):
        return False  # the verb after it is the inner clause's, the subject's own is gone
    if first in c.TABLE_SUBJECTS or (len(words) == 1 and first in c.TABLE_PERIODS):
        return False  # "Qtr ended Jan 31 Shr …": a line of a table
    gerund = first.endswith(c.GERUND) and "VERB" in c.lemmas(first)
    alone = len(words) == 1  # "(said) lending grew": a gerund alone before the verb is a noun
    if gerund and not alone and (words[0].islower() or _opens_phrase(words[1], c)):
        return False  # "Depending upon the results", "According to …": a phrase, no subject
    participle = c.is_participle(first) and "NOUN" not in c.lemmas(first) and not acronym
    if participle and (alone or _opens_phrase(words[1], c)):
        return False  # "Based on the evidence", "Buried beneath …": a phrase, no subject
    if all(w.islower() and w.endswith(c.ADVERB_ENDING) for w in words):
        return False  # "normally [incurs a loss]": an adverb, the subject is elsewhere
    if any(w in c.DATELINE_MARKS for w in words[1:]):
        return False  # "an advertisement _ [made last week]": a dash's aside, no subject
    # a word of two letters or more: "X-1986 [rates]" is a line of a table
    return any(
        sum(ch.isalpha() for ch in w) > 1 and w[:1].isalpha() and w.lower() not in c.AMOUNT_WORDS
        for w in words
    )


def _opens_phrase(word: str, c: ModuleType) -> bool:
    lower = word.lower()
    return lower in c.PREPOSITIONS and lower not in c.NOUN_LINKS  # not "Shipping of grain"


def _subject_cuts(words: list[str], c: ModuleType) -> list[list[str]]:
    """The subject, then shorter forms that keep its head: "Key growing areas of the south
    of …" → "Key growing areas of the south" → "Key growing areas"."""
    cuts = [k for k in range(len(words) - 1, 0, -1) if words[k].lower() in c.PREPOSITIONS]
    # "the number of doctors | who performed abortions": a relative clause goes first
    relatives = [k for k in range(1, len(words)) if words[k].lower() in c.SUBJECT_RELATIVES]
    cuts = [*relatives[:1], *(k for k in cuts if not relatives or k < relatives[0])]
    # a name's "of" ("Bank of New York") is the last place to cut
    cuts.sort(key=lambda k: inside_name(words, k, c))
    shorter = [without_modifier_verb(_trim(words[:k], 1, c), c) for k in cuts]
    shorter = [w for w in shorter if not _only_a_part(w, c)]  # not "Most [of the levee]"
    return [words, *shorter, *participle_cuts(words, c)]


def _only_a_part(words: list[str], c: ModuleType) -> bool:
    """Whether a cut subject is only a part word ("Most", "Some", "Half", "Two"), its whole
    gone with the "of" phrase."""
    rest = [w.lower() for w in words if w.lower() not in c.ARTICLES]
    return bool(rest) and all(w in c.PARTITIVES or w[:1].isdigit() for w in rest)


def _cut_asides(words: list[str], c: ModuleType) -> list[str]:
    """Stop before what only qualifies the news: a comparison ("compared with", "up from"),
    a subordinate clause ("when …", "which …")."""
    for k in range(1, len(words)):
        lower = words[k].lower().strip(_EDGE_PUNCT)
        nxt = words[k + 1].lower() if k + 1 < len(words) else ""
        if lower in c.COMPARISON_CUTS or (lower in c.CHANGE_WORDS and nxt in c.CHANGE_FROM):
            return words[:k]
        if lower in c.FIGURE_COMPARISON_CUTS and _is_figure(words[k - 1], c):
            return words[:k]  # "rose 3 pct against 5 pct", not "marched against the plan"
        if lower == c.THAT and content_noun(words[k - 1], c):
            return _before_content_noun(words, k, c)  # "on speculation | that …"
        if lower in c.CLAUSE_CUTS and k > 1 and not _compares(words[k - 1], lower, c):
            return words[:k]
        if lower in c.BUT and (nxt in c.CLAUSE_SUBJECT_STARTS or c.is_past(nxt)):
            return words[:k]  # "looked strong | but this was …", "| but declined to": its own
        if lower == c.AS and (nxt in c.PREPOSITIONS or c.is_past(nxt)):
            return words[:k]  # "as from midnight", "as measured by"
    return words


def _compares(before: str, word: str, c: ModuleType) -> bool:
    """German "an mehr als 40 Stellen": "als" after "mehr" compares, it opens no clause."""
    return c.VERB_LAST and word == c.AS and before.lower() in c.QUANTITY_WORDS


def opens_finite(predicate: str, language: str = "en") -> bool:
    """Whether ``predicate`` opens on a finite verb ("fell 3 pct"), not "to protest"."""
    words = _verb_group(_words(predicate), _clauses(language))
    return bool(words) and _opens_finite(words[0], _clauses(language))


def _opens_finite(word: str, c: ModuleType) -> bool:
    """Whether a predicate's first word is a finite verb: "was", "fell", "agrees"; not an
    infinitive, a gerund or a noun ("to protest", "being", "strike")."""
    lower = word.lower().strip(_EDGE_PUNCT)
    if lower in c.AUX:
        return lower not in c.NON_FINITE_AUX
    if lower.endswith(c.GERUND):
        return False
    forms = c.lemmas(lower)
    if forms:
        return "VERB" in forms
    return lower.endswith(c.PAST_PARTICIPLE)  # "outpaced": a verb the lexicon lacks


def _broken_infinitive(words: list[str], c: ModuleType) -> bool:
    """ "is expected to four mln dlrs": a plan's "to" with no verb after it."""
    lower = [w.lower().strip(_EDGE_PUNCT) for w in words]
    return any(
        w == c.TO and before in c.SCHEDULED - {c.DUE} and "VERB" not in c.lemmas(nxt)
        for before, w, nxt in zip(lower, lower[1:], lower[2:], strict=False)
    )


def _reported_without_verb(words: list[str], c: ModuleType) -> bool:
    """ "said its sales for the nine days": what was said has lost its verb."""
    k = next((i for i, w in enumerate(words) if w.lower() not in c.AUX), len(words))
    said = (
        set(c.lemmas(words[k].lower()).get("VERB", ())) & c.CLAUSE_ONLY_SPEECH
        if k < len(words)
        else set()
    )
    if k + 1 >= len(words) or not said or words[k + 1].lower() == c.TO:
        return False
    if c.VERB_LAST and words[-1].lower() in c.TITLE_PARTICLES:
        return False  # German "sagte … zu": a separable verb ("zusagen"), no saying
    rest = [w.lower().strip(_EDGE_PUNCT) for w in words[k + 1 :]]
    return not any(
        w in c.AUX
        or c.is_past(w)
        or ("VERB" in c.lemmas(w) and not _NOMINAL & set(c.lemmas(w)) and not w.endswith(c.GERUND))
        for w in rest
    )  # "said last week's hiccup": "last" is no verb here


def _said_nothing(words: list[str], c: ModuleType) -> bool:
    """A separable verb of saying and its particle, nothing else ("teilte mit")."""
    if len(words) != 2 or words[1].lower() not in c.TITLE_PARTICLES:
        return False
    said = {words[1].lower() + lemma for lemma in c.lemmas(words[0].lower()).get("VERB", ())}
    return bool(said & c.SPEECH_VERBS)


def _is_figure(word: str, c: ModuleType) -> bool:
    lower = word.lower().strip(_EDGE_PUNCT)
    return lower[:1].isdigit() or lower in c.AMOUNT_WORDS


def _verb_group(words: list[str], c: ModuleType) -> list[str]:
    """Adverbs inside the verb group go ("will also travel"); negations stay."""
    out: list[str] = []
    droppable = c.ADVERBS - c.NEGATIONS - c.TITLE_KEPT_IN_VERB_GROUP  # German "hat sich"
    pairs = [" ".join(words[k : k + 2]).lower() in c.ADVERB_PHRASES for k in range(len(words))]
    for k, word in enumerate(words):
        in_group = all(w.lower() in c.AUX or w.lower() in c.ADVERBS for w in words[:k])
        if in_group and word.lower() in droppable and k + 1 < len(words):
            continue
        if pairs[k - 1 : k] == [True] and words[k - 1] not in out and k + 1 < len(words):
            continue  # "ще [раз] перевірили": the adverb goes whole
        out.append(word)
    return out


def _finish(
    subject: list[str], predicate: list[str], max_chars: int, c: ModuleType,
    before_infinitive: bool = False,
) -> str:  # fmt: skip
    """The title, cut at a phrase start to fit ``max_chars``; "" when no cut leaves a phrase
    whole (the caller may try a shorter subject)."""
    words = [*subject, *predicate]
    keep = len(subject) + 1  # the subject and the verb stay whatever the length
    cut = len(predicate) > 2 and len(_join(words)) > max_chars
    tail = _verb_tail(words, keep, c) if cut else []
    long = c.VERB_LAST and len(_join(words)) > max_chars
    shorter = without_a_phrase(words, keep, len(tail), max_chars, c) if long else None
    if shorter:  # German "haben [in ganz Niedersachsen] gegen die Sparpläne protestiert"
        words, tail, cut = shorter, [], False  # only phrases with a preposition went
    if tail:  # German "mussten wegen … | unterbrochen werden": the cut keeps the last verbs
        words, max_chars = words[: -len(tail)], max_chars - len(_join(tail)) - 1
    if len(_join(words)) > max_chars:
        fits = [k for k in range(keep, len(words)) if len(_join(words[:k])) <= max_chars]
        starts = [
            k
            for k in fits
            if _phrase_starts(words, k, c, before_infinitive) or genitive_cut(words, k, c)
        ]
        if not starts:
            return ""
        # "Police and protesters clashed | in a part of …": a verb cut before a preposition
        # took no object, and reads whole without the phrase
        at = max(starts)
        infinitive = words[at].lower() == c.TO and _bare_verb(words[at + 1 :][:1], c)
        cut = cut and (words[at].lower() not in c.PREPOSITIONS or infinitive)  # "plans | to build"
        if words[at - 1].lower() in c.SCHEDULED and c.TO in (w.lower() for w in words[at:]):
            return ""  # "is expected | for the first time to ask …": what is expected is gone
        words = words[:at]
    words = [*(_trim(words, keep, c) if tail else words), *tail]  # "gegen | protestiert"
    whole = words
    words = _trim(words, keep, c)
    if _lost_complement(whole[len(words) :], whole[: len(words)], c):
        return ""  # "is expected to be", "brought sales 12 pct below": the news is gone
    last = words[-1].lower()
    hanging = last in c.TITLE_DANGLING if len(words) <= keep else dangles(words, c)
    only_auxiliaries = all(  # "The Commission had actually [approved …]"
        w.lower() in c.AUX or w.lower() in c.ADVERBS or w.lower().endswith(c.ADVERB_ENDING)
        for w in words[len(subject) :]
    )
    if hanging or only_auxiliaries or (cut and _verb_only(words[len(subject) :], c)):
        return ""  # "Year ended", "The department estimated": the clause is missing
    title = _balance(_join(words).strip(_EDGE_PUNCT.replace(")", "").replace("”", "")))
    if not c.SPACED_GUILLEMETS:  # "«Северная звезда»" as written, French "« … »" apart
        title = re.sub(r"«\s+", "«", re.sub(r"\s+»", "»", title))
    return title[:1].upper() + title[1:]


def _verb_tail(words: list[str], keep: int, c: ModuleType) -> list[str]:
    """The verbs that close a clause in a language that puts them last ("unterbrochen
    werden", "vorstellen"): [] in English."""
    if not c.VERB_LAST:
        return []
    n = len(words)
    while n > keep and words[n - 1].islower():
        lower = words[n - 1].lower()
        verbal = lower in c.AUX or lower in c.TITLE_PARTICLES or "VERB" in c.lemmas(lower)
        if not verbal:
            break
        n -= 1
    if n - 2 >= keep and " ".join(words[n - 2 : n]).lower() in c.VERB_COMPLEMENTS:
        n -= 2  # "zu Ende | gegangen", "in Kraft | treten": the phrase goes with its verb
    return words[n:]


def _bare_verb(words: list[str], c: ModuleType) -> bool:
    """Whether ``words`` open on a verb's bare form ("[to] build")."""
    return bool(words) and words[0].islower() and words[0] in c.lemmas(words[0]).get("VERB", ())


def _lost_complement(popped: list[str], kept: list[str], c: ModuleType) -> bool:
    """Whether the words trimmed off a title took the news with them: a word whose
    complement carries it ("below", "primarily"), or an infinitive ("expected | to be")."""
    lower = [w.lower().strip(_EDGE_PUNCT) for w in popped]
    if len(kept) > 1 and kept[-1].lower() in c.BE and kept[-2].lower() == c.TO:
        return True  # "is expected to be"
    if any(w in c.TITLE_LOST_AFTER for w in lower):
        return True
    if lower[:1] and lower[0] in c.DEMONSTRATIVES:
        return True  # "vowed to punish | those [who …]": the verb's object went with its clause
    if not lower or lower[0] != c.TO or not kept:
        return False
    before = kept[-1].lower()
    forms = c.lemmas(before)
    return before in c.AUX or c.is_past(before) or ("ADJ" in forms and "NOUN" not in forms)


def _verb_only(predicate: list[str], c: ModuleType) -> bool:
    """A predicate of only its verb group: "are planning", "estimated"."""
    return all(w.lower() in c.AUX or w.lower() in c.ADVERBS for w in predicate[:-1])


def _phrase_starts(
    words: list[str], k: int, c: ModuleType, before_infinitive: bool = False
) -> bool:
    """Whether a phrase starts at ``words[k]`` and the words before it are whole; a cut
    between an object and its infinitive only ``before_infinitive``."""
    lower = words[k].lower()
    elided = lower[: lower.find("'") + 1] or lower[: lower.find("’") + 1]  # "d'une": "d'"
    if (
        lower not in _cut_before(c)
        and elided not in _cut_before(c)
        and not words[k - 1].endswith(",")
    ):
        return False
    before = words[k - 1].lower()
    if before in c.AUX:
        return False  # "Mexico is | due to make …"
    numbers = [w.lower() for w in words[k - 1 : k + 2 : 2]]
    if lower in c.RANGE_LINKS and all(w[:1].isdigit() or w in c.NUMBER_WORDS for w in numbers):
        return False  # "in two | to three years": a range stays whole
    particle = lower in c.TITLE_PARTICLES and _bare_verb(words[k - 1 : k], c)
    if particle and k > 1 and words[k - 2].lower() == c.TO:
        return False  # "an attempt to take | over Diamond": the particle is the verb's
    if k > 2 and words[k - 2].lower() == c.TO and _bare_verb(words[k - 1 : k], c):
        forms = c.lemmas(words[k - 3].lower())
        purpose = not object_then_infinitive(words, k - 2, c)  # not "expected the losses to"
        if purpose and ("VERB" not in forms or "NOUN" in forms):
            return False  # "held meetings to try | to ease …": a purpose left without its aim
    if k > 2 and words[k - 2].lower() in c.COORDINATORS and words[k - 1][:1].islower():
        return False  # "a rebound in profits and an increase | in sales": half a pair
    if k > 3 and words[k - 3].lower() in c.COORDINATORS and words[k - 2].lower() in c.ARTICLES:
        return False
    if lower == c.BY and agent_of_participle(words, k, c):
        return False  # "troops supported in some instances | by tanks"
    if (
        lower in c.NAME_LINKS
        and words[k - 1][:1].isupper()
        and words[k + 1 :][:1] != []
        and words[k + 1][:1].isupper()
    ):
        return False  # "Group | of Five": inside a name
    if words[k - 1].endswith(",") and _in_list(words, k, c):
        return False  # "in steel, | coal and timber": the list stays whole
    if words[k - 1].endswith(",") and after_article(words, k - 1, c):
        return False  # "a heavily wooded, | four-acre area": the noun is still to come
    forms = c.lemmas(before)
    verb_only = "VERB" in forms and "NOUN" not in forms
    adjective = "ADJ" in forms and "NOUN" not in forms
    modal = k > 1 and words[k - 2].lower() in c.MODALS | c.FUTURE
    after_modal = modal and "VERB" in forms  # "should plan", not "being close"
    if lower == c.TO and (before in c.AUX or c.is_past(before) or verb_only or adjective):
        return False  # "is expected to", "is likely to": the infinitive is the news
    if lower == c.TO and after_modal:
        return False  # "should plan | to spend": the verb's aim
    if lower == c.TO and not before_infinitive and object_then_infinitive(words, k, c):
        return False  # "had expected the Bank of England | to announce …": the news follows
    return not ends_fixed_phrase(words[:k], c)


def _in_list(words: list[str], k: int, c: ModuleType) -> bool:
    """Whether the words from ``k`` reach a list's "and" before another comma."""
    for word in words[k : k + c.LIST_ITEM_REACH]:
        if word.lower() in c.COORDINATORS:
            return True
        if not word.islower() or word.endswith(",") or word.lower() in c.AUX:
            return False
    return False


def _trim(words: list[str], keep: int, c: ModuleType) -> list[str]:
    """No dangling word at the end: "of the", "in order", "due", "and", "Corp's"."""
    words = list(words)
    while len(words) > keep and dangles(words, c):
        words.pop()
    return words


def _balance(title: str) -> str:
    for opening, closing in (("“", "”"), ("(", ")")):
        if title.count(opening) != title.count(closing):
            title = title.replace(opening, "").replace(closing, "")
    if title.count('"') % 2:
        title = title.replace('"', "")
    return title


def _join(words: list[str]) -> str:
    text = " ".join(words)
    text = re.sub(r"\s+([,;:.’”)])", r"\1", text)
    text = re.sub(r"(\d) / (\d)", r"\1/\2", text)
    text = re.sub(r"\b(\d{1,2}): (\d\d?)\b", r"\1:\2", text)  # "6:00", "3:1", as written
    text = re.sub(r"([$£€¥]) (\d)", r"\1\2", text)  # "$9.75", as written
    return re.sub(r"([“(])\s+", r"\1", text)


def short_subject(subject: str, max_chars: int, language: str = "en") -> str:
    """``subject`` or the shortest cut of it that keeps its head, within ``max_chars``; ""
    when none fits ("the new terminal", "sales of its operating companies" → "sales")."""
    c = _clauses(language)
    words = _trim(_words(subject), 1, c)
    if not _is_subject(words, c):
        return ""
    return next((_join(w) for w in _subject_cuts(words, c) if len(_join(w)) <= max_chars), "")


def _before_content_noun(words: list[str], k: int, c: ModuleType) -> list[str]:
    """The words before the phrase of the noun at ``k - 1`` whose "that" clause goes: "rose |
    on speculation"; when the noun is the verb's object ("played down the likelihood | that
    …") the verb says nothing without it, and its clause stays."""
    for j in range(k - 2, max(0, k - 5), -1):
        if words[j].lower() in c.PREPOSITIONS:
            return words[:j]
    return _cut_asides(words[k + 1 :], c) and [*words[: k + 1], *_cut_asides(words[k + 1 :], c)]
