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
from core.events.empty_reports import quoted_by_only
from core.events.genitive_titles import without_genitive_title
from core.events.infinitives import bare_verb
from core.events.middle import without_comma_aside
from core.events.saying_phrases import opens_saying_phrase
from core.events.subject_verbs import glued_subject
from core.events.title_checks import (
    articles_agreeing,
    capital_article,
    cut_asides,
    name_word_as_do,
    second_clause,
    wire_capitals,
    without_doubled_verb,
)
from core.events.title_ends import (
    MAX_CHARS,
    OVERFLOW_CHARS,
    _finish,
    _join,
    _reported_without_verb,
    _trim,
    _verb_only,
)
from core.events.title_modifiers import modifier_left
from core.events.title_subjects import (
    _is_figure,
    _is_subject,
    _subject_cuts,
    contact_relative,
    joined_actors,
    noun_then_verb,
    reported_subject,
    second_subject,
    uncut_subject,
)
from core.events.title_words import (
    EDGE_PUNCT,
    be_for,
    conditional_effect,
    contracted_negation,
    cuts_name,
    not_happened,
    participle_before_verb,
    participle_then_past,
    without_bare_participle,
)
from core.events.verb_alone import object_left_behind
from core.events.well_formed import (
    disagrees,
    ends_wanting_object,
    finite_after,
    identity_cut,
    noun_before_of,
    opens_a_phrase,
    reported_verb,
    told_only_whom,
)

MAX_SUBJECT_CHARS = 45  # a longer subject leaves no room for what it did
_EDGE_PUNCT = EDGE_PUNCT
_BRACKETED = re.compile(r"\s*\([^()]*\)|\s*\[[^\[\]]*\]")
_CODE = re.compile(r"\s*<\s*([^<>]*?)\s*>")
_EMPHASIS = re.compile(r"\*+")
_SPLIT_POSSESSIVE = re.compile(r"\)\s*(['’])\s+s\b")


def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def _infinitive_after(words: list[str], c: ModuleType) -> bool:
    """ "expected to reopen": a participle of a plan and the infinitive it takes."""
    return words[1].lower() == c.TO and len(words) > 2 and "VERB" in c.lemmas(words[2].lower())


def headline(subject: str, predicate: str, max_chars: int = MAX_CHARS, language: str = "en") -> str:
    """``subject`` and ``predicate`` as written, compressed to a title; "" when the words
    cannot give one a reader would parse."""
    title = _headline(subject, predicate, max_chars, language)
    c = _clauses(language)
    if title and second_clause(title.split(), c):
        return ""  # "… will lend a van and two drivers will load it …": two clauses fused
    # "the U.S. Will …": "will"; "post a [third-quarter] operating loss": "an"
    words = without_doubled_verb(title.split(), c)  # "a voté voté": the slip once
    return " ".join(articles_agreeing(wire_capitals(words, c), c))


def _place_then_subject(words: list[str], c: ModuleType) -> bool:
    """Whether a language with no articles fronts a place before the subject: "[В пятницу]
    на трассе грузовик перевернулся" (a preposition, its noun, then the subject; not a
    pronoun, whose person the title would not name: "в лаборатории мы заметили")."""
    return (
        not c.ARTICLES
        and len(words) >= 3
        and words[0].lower() in c.PREPOSITIONS
        and not words[1].lower().endswith(c.ADJECTIVE_ENDINGS)  # ("В последний раз": a phrase)
        and words[2].lower() not in c.PRONOUNS | c.SPEAKER_PRONOUNS | c.ADVERBS
        # (nor a subject in the accusative: "На першу лінійку, яка почалася …" is the phrase)
        and not (c.FRONTED_OBJECT_ENDINGS and words[-1].lower().endswith(c.FRONTED_OBJECT_ENDINGS))
        and _is_subject(words[2:], c)
    )


def _headline(subject: str, predicate: str, max_chars: int, language: str) -> str:
    c = _clauses(language)
    hedged, _, hedge = subject.rstrip().rpartition(" ")
    if hedged and hedge in c.TITLE_HEDGES:
        # "The firm nearly | went bankrupt": the title without the hedge, which then goes back
        # before its verb; a title without it tells what did not happen
        title = _headline(hedged, predicate, max_chars - len(hedge) - 1, language)
        return _with_hedge(title, hedge, _words(predicate))
    written_subject = second_subject(_without_dateline(_words(subject), c), c)
    written_subject = reported_subject(written_subject, c)  # "Fishermen say | catches …"
    if glued_subject(written_subject, predicate, c):
        return ""  # "Acme sees rising profits | said …": the subject is a clause of its own
    written = _restriction_unmarked(_words(predicate), c)
    last = written_subject[-1] if written_subject else ""
    if last.islower() and contracted_negation(last, c) in c.AUX:
        # "The mayor wasn't | told …": the auxiliary, read as no verb, is the predicate's
        written, written_subject = [last, *written], written_subject[:-1]
    passive = _participle_kept(written_subject, written, language, c)
    if passive:  # "A study | released [in June] estimated [that …]": what it estimated is gone
        return _headline(subject, passive, max_chars, language)
    if participle_then_past(written, c) and not opens_saying_phrase(written, c):
        # "A consultation | held [last autumn] drew …" (not "made known that …")
        written = written[1:]
    verb = noun_then_verb(written, c)
    if verb and written_subject and written_subject[-1].lower() not in c.PRONOUNS:
        # "Trade | ministers of member countries agreed": the verb is further on
        whole = " ".join([*written_subject, *written[:verb]])
        return _headline(whole, " ".join(written[verb:]), max_chars, language)
    if written_subject and written_subject[0].lower() in c.QUESTION_SUBJECTS:
        return ""  # "How much of a loss is realized | depends on …": a question, no one acts
    if opens_a_phrase(written_subject, c):
        return ""  # "The slower than | planned removal …": the clause was cut inside its subject
    subject_words = _trim(written_subject, 1, c)
    if modifier_left(written_subject, c):
        # "An unusually mild [December] left …": a subject whose noun was its date keeps the
        # words it has (the cut back past its modifier is for a predicate's end)
        subject_words = written_subject
    bare = all(w.lower() in c.ARTICLES for w in subject_words)
    if bare and written[1:] and "NOUN" in c.lemmas(written[0].lower()) and c.is_past(written[1]):
        # "The decisive | run came": the noun read as the verb was the subject's
        return _headline(f"{subject} {written[0]}", " ".join(written[1:]), max_chars, language)
    if any(w.lower() in c.COORDINATORS for w in written_subject[len(subject_words) :]):
        return ""  # "Neither the remarks nor today's had …": half a pair is no subject
    while len(subject_words) > 1 and subject_words[0].lower() in c.COORDINATORS | c.LINKS:
        subject_words = subject_words[1:]  # "[but] the others stayed on": the link goes
    if bare or not (_is_subject(subject_words, c) or _place_then_subject(subject_words, c)):
        return ""  # ("The [company's second quarter] is …": the rest of it was a date)
    if contact_relative(subject_words, c):
        return ""  # "The date its rights | will trade …": the relative's verb, not the subject's
    negated = c.NEGATED_AUX_ENDING and subject_words[0].lower().endswith(c.NEGATED_AUX_ENDING)
    if negated and subject_words[0][:1].islower():
        return ""  # "[that] wasn't | made public": an auxiliary, no subject
    subject_words = without_bare_participle(subject_words, c, cut=False)
    if c.QUOTED_NAME_MARKS:  # "Das Forschungsschiff „Polarlicht“": the name, unquoted
        marks = "".join(c.QUOTED_NAME_MARKS)
        subject_words = [bare for w in subject_words if (bare := w.strip(marks))]
    first = written[0].lower() if written else ""
    # "Reyes [N]ació en Jerez": the sentence's first word, its verb, after the subject it left out
    dropped = c.DROPS_SUBJECT and subject_words and "VERB" in c.lemmas(first)
    if written and (first in c.AUX or dropped) and written[0][1:].islower():
        written[0] = first  # "the U.S., Was withdrawn": wire copy's capital
    asides = c.COMMA_ASIDES or c.VERB_COMMA_ASIDES
    aside = without_comma_aside(written, c, not c.COMMA_ASIDES) if asides else written
    kept = cut_asides(aside, c)
    if len(kept) > 2 and kept[-1].lower() in c.CLAUSE_OPENER_PAIRS and not _verb_word(kept[-2], c):
        kept = kept[:-1]  # "rewrote the rules [so] | that …": the link was the clause's
        # (not "did so", "said so")
    words = _verb_group(kept, c)
    if len(words) > 1 and words[0].lower() in c.DO_PAST and bare_verb(words[1].lower(), c):
        # "did [not] reopen [until May]": it reopened then; a bare "did reopen" reads as if
        # the negation were lost
        words = [c.past(words[1].lower()), *words[2:]]
    elif len(words) > 1 and words[0].lower() in c.DO_PRESENT and bare_verb(words[1].lower(), c):
        # "does [not] start [until tomorrow]": it starts then, as "did" above
        plural = words[0].lower() not in c.DO_PRESENT_SINGULAR  # "do open", "does start"
        words = [c.present(words[1].lower(), plural), *words[2:]]
    modal = words[:1] and words[0].lower() in c.VERBLESS_AUX
    if modal and words[1:2] and words[1].lower() in c.DETERMINERS:
        return ""  # "…, as will a mild pickup": a modal with no verb, its subject after it
    if name_word_as_do(words, c) or capital_article(words, c):
        return ""  # "The Casa | do Lago hotel", "posted [sales …, ]A 9 pct rise": no verb's
    if words[1:2] and words[0].lower() in c.AUX and words[1].lower() in c.COORDINATORS:
        return ""  # "The payment date is [March 25] and …": the verb's complement went
    if _appeal(subject_words, c):
        return ""  # "Anyone with information is asked to call …": a request, no happening
    if _no_one(subject_words, c):
        return ""  # "No one was hurt", "None of the banks borrowed": nothing happened
    if participle_before_verb(words, c):
        return ""  # "The money raised [last year] | was spent": the date is the participle's
    if (
        words
        and words[0].lower() in c.SCHEDULED
        and words[1:2]
        and words[1].lower() in c.PREPOSITIONS
        and words[0].lower() not in c.SCHEDULED_PREDICATES
        and not _infinitive_after(words, c)  # "- May 2025: Bridge expected to reopen"
    ):
        return ""  # "The meetings scheduled in Geneva": a participle, no verb of a sentence
    if c.SCHEDULED_TAKES_AUX and len(words) == 1 and words[0].lower() in c.SCHEDULED:
        return ""  # "An OPEC meeting scheduled [for late June]": a participle, its date gone
    if not words or not _opens_finite(words[0], c):
        return ""  # "Hunger strike to protest …": no verb for the subject, no sentence
    if disagrees(subject_words, words[0], c):
        return ""  # "The projected cocoa | plan …": a noun of the subject, no verb
    if told_only_whom(words, c):
        return ""  # "Edwin Meese told him": what he told is gone
    if quoted_by_only(words, c):
        return ""  # "was quoted by local radio [as saying …]": what was said is gone
    if noun_before_of(words, c) and not finite_after(words[2:], c):
        return ""  # "Basic | terms of the amended [plan]": a noun phrase, no verb
    # ("voted by 84 percent to strike", "rose by a third": a margin, not an agent)
    margin = len(words) > 2 and (words[2][:1].isdigit() or words[2].lower() in c.NUMBER_WORDS)
    # ("arrived by cart", "travelled by sea": a way of going, not an agent)
    margin = margin or (len(words) > 2 and words[2].lower().strip(",.") in c.TRAVEL_MEANS)
    if len(words) > 1 and words[1].lower() == c.BY and c.is_participle(words[0]) and not margin:
        return ""  # "The report published by the monthly": a participle, no verb of its own
    if not_happened(words, c):
        return ""  # "did not disclose the price", "may be converted": nothing happened
    if conditional_effect(subject_words, words, c):
        return ""  # "The plan would cut spending": what it would do if it came
    if c.VERB_LAST and _said_nothing(words, c):
        return ""  # German "Das Unternehmen teilte mit": what it said is gone
    if _broken_infinitive(words, c) or _reported_without_verb(words, c):
        return ""  # "is expected to four mln dlrs", "said its sales for the nine days"
    cut = written[len(kept)].lower().strip(_EDGE_PUNCT) if len(kept) < len(written) else ""
    if cut and cut not in c.BUT | c.COORDINATORS and _verb_only(words, c):
        return ""  # "The department estimated [… against …]": what it estimated is gone
        # ("Talks began | but stalled …": a clause of its own follows, the verb is whole)
    cuts = _subject_cuts(subject_words, c)
    # "An American leader [of the team]" names no one: the whole subject, a little long
    # ("A Danish member of an EU fisheries panel"), when its only cuts are such
    whole_only = all(identity_cut(subject_words, len(w), c) for w in cuts[1:])
    longest = MAX_SUBJECT_CHARS + (OVERFLOW_CHARS if whole_only and len(cuts) > 1 else 0)
    subjects = [w for w in cuts[:1] if len(_join(w)) <= longest]
    if whole_only and subjects and len(cuts) > 1:
        # the whole subject, the predicate cut to fit, a little long if it must be
        title = _finish(subjects[0], words, max_chars, c)
        if not title or len(title.split()) <= len(subjects[0]) + 1:
            # ("Los guardas del parque de Teruel dieron | por cerrado …": the verb
            # alone reads cut, a little long beats it)
            title = _finish(subjects[0], words, max_chars + OVERFLOW_CHARS, c) or title
        if title:
            return title
    subjects = [w for w in cuts[:1] if len(_join(w)) <= MAX_SUBJECT_CHARS]
    subjects += [w for w in cuts[1:] if len(_join(w)) <= MAX_SUBJECT_CHARS]
    if not subjects:  # "The regional government and the transport ministry signed …"
        joined = joined_actors(cuts, MAX_SUBJECT_CHARS + OVERFLOW_CHARS, c)
        joined = joined or uncut_subject(cuts, MAX_SUBJECT_CHARS + OVERFLOW_CHARS, c)
        return _finish(joined[0], words, max_chars + OVERFLOW_CHARS, c) if joined else ""
    # a name cut short ("The Bank [of England]") only when no cut of the predicate fits
    named = [w for w in subjects if not cuts_name(subject_words, w, c)]
    whole = next((w for w in named if len(_join([*w, *words])) <= max_chars), None)
    verb_alone = ""
    if whole is None and named:
        title = _finish(named[0], words, max_chars, c)
        if title and object_left_behind(title, named[0], words, c):
            verb_alone = title  # "… celebrarán | en Bruselas una cumbre": a shorter subject
        elif title:  # (the whole name's title, made once)
            return title
    for shorter in [whole] if whole else subjects:
        if verb_alone and len(shorter) == 1 and shorter[0].islower():
            break  # ("plus [de 2 000 personnes]": a cut that names no one)
        title = _finish(shorter, words, max_chars, c)
        if title and object_left_behind(title, shorter, words, c):
            verb_alone = verb_alone or title  # "… celebrarán | en Bruselas una cumbre"
            continue  # a shorter subject may leave room for the object
        if title:
            return title
    if verb_alone:
        return verb_alone
    # no cut leaves a clause whole ("planned to cut both raw stock and finished goods
    # stocks"): a title a little long beats none
    if not subjects:
        return ""
    longer = max_chars + OVERFLOW_CHARS
    # last, a cut before the infinitive after an object ("asked the U.S. | to enforce …")
    title = _finish(subjects[0], words, longer, c) or _finish(
        subjects[0], words, longer, c, before_infinitive=True
    )
    for subject in subjects if not title else []:  # "hat den Pokal [des Verbandes] …"
        title = without_genitive_title(subject, words, longer, c)
        if title:
            break
    first_item = _first_list_item(words, c)
    if not title and first_item:  # "will accept Visa, | Mastercard and …": too long whole
        title = _finish(subjects[0], first_item, max_chars, c)
    told = None if title else reported_verb(words, 0, c)
    if told is not None:  # "Data showed | the jobless rate for … fell …": what was shown
        verb = next(k for k, w in enumerate(words) if w.lower() not in c.AUX)
        reported = words[verb + 1 : told]
        # (not "one of its ships": whose, the subject cut away said; nor what "would" be,
        # which is no happening without who foresaw it)
        unsure = {w.lower() for w in words[told : told + 3]} & (c.FUTURE | c.HYPOTHETICAL)
        if not unsure and not {w.lower() for w in reported} & (c.PRONOUNS | c.POSSESSIVE_PRONOUNS):
            return _headline(" ".join(reported), " ".join(words[told:]), max_chars, language)
    return title


def _restriction_unmarked(words: list[str], c: ModuleType) -> list[str]:
    """French "n'a rouvert [qu'en 2019]": with its "que" gone with the date, the "n'" of a
    restriction ("only then") would read as a negation; it goes when no "pas", "jamais" …
    completes it."""
    elided = next((n for n in c.NEGATIONS if n.endswith("'")), "")
    first = words[0].replace("’", "'") if words else ""
    if not elided or not first.lower().startswith(elided) or len(first) <= len(elided):
        return words
    if any(w.lower() in c.NEGATIONS for w in words[1:]):
        return words  # "n'a pas eu lieu": a negation
    return [first[len(elided) :], *words[1:]]


def _with_hedge(title: str, hedge: str, predicate: list[str]) -> str:
    """``title`` with ``hedge`` put back before the predicate's first word, its verb ("The
    firm | went bankrupt" → "The firm nearly went bankrupt"); "" when that word is gone."""
    words = title.split()
    verb = predicate[0].lower() if predicate else ""
    at = next((k for k in range(1, len(words)) if words[k].lower() == verb), None)
    if not title or at is None:
        return ""
    return " ".join([*words[:at], hedge, *words[at:]])


def _participle_kept(subject: list[str], written: list[str], language: str, c: ModuleType) -> str:
    """ "A survey | released [last week] showed [that …]": the subject's participle, whose date
    it was, told in the passive ("was released") when the verb after it lost what it took."""
    first, second = (w.lower() for w in written) if len(written) == 2 else ("", "")
    if not subject or first in c.AUX or not (c.is_participle(first) and c.is_past(second)):
        return ""
    if not ends_wanting_object([*subject, *written], len(subject) + 1, c):
        return ""
    a = lang.words(language, "anchors")
    if not a.OBJECT_PARTICIPLE_BE[0]:
        return ""
    return f"{be_for(subject[-1].lower(), a.OBJECT_PARTICIPLE_BE, a.SINGULAR_ENDINGS)} {written[0]}"


def noun_headline(phrase: str, max_chars: int = MAX_CHARS, language: str = "en") -> str:
    """A noun phrase as a title: "plans for joint exercises" → "Plans for joint exercises"."""
    c = _clauses(language)
    words = _words(phrase)
    if words and words[0].lower() in c.POSSESSIVE_PRONOUNS:
        return ""  # "Its semiconductor agreement with …": whose, the title cannot say
    if len(words) > 1 and _verb_with_object(words, c):
        return ""  # "[, ]leaving much of the equipment": a participle and its object, no noun
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


def _verb_with_object(words: list[str], c: ModuleType) -> bool:
    """ "leaving much of …", "fighting its rivals": an -ing form with no article before it
    that takes an object (a determiner, a partitive, a figure) is a verb, not a noun."""
    first, second = words[0].lower(), words[1].lower()
    if not first.endswith(c.GERUND) or "VERB" not in c.lemmas(first):
        return False
    return second in c.DETERMINERS | c.PARTITIVES | c.POSSESSIVE_PRONOUNS or second[:1].isdigit()


def _appeal(subject: list[str], c: ModuleType) -> bool:
    """ "Anyone [with information] is asked to call", "Anyone who visited … should check":
    words to whoever reads, a request or a case, never one happening."""
    return bool(subject) and subject[0].lower() in c.READER_SUBJECTS


def _no_one(subject: list[str], c: ModuleType) -> bool:
    """ "No one [was hurt]", "None of the banks [borrowed]", "No comparative figure [was
    given]", "There's nothing [new on why …]": a subject that says the happening did not take
    place; not a count's floor ("No fewer than 40 people [died]") nor the abbreviation of a
    number ("No. 2 [producer]")."""
    if len(subject) > 1 and subject[0].lower().replace("’", "'") in c.EXPLETIVE_BE:
        subject = subject[1:]  # "There's nothing new on why …": the verb read as a subject's
    if not subject or subject[0].lower() not in c.NEGATIVE_SUBJECTS:
        return False
    after = subject[1].lower().strip(_EDGE_PUNCT) if len(subject) > 1 else ""
    return after not in c.NEGATIVE_SUBJECT_FLOORS and not after[:1].isdigit()


def _words(text: str) -> list[str]:
    text = _SPLIT_POSSESSIVE.sub(r")\1s", text)  # "(IMF) ' s approval" as the tokens split it
    text = _BRACKETED.sub("", text)
    text = _EMPHASIS.sub(" ", text)  # "**The government confirmed": Markdown's stars
    text = _CODE.sub(lambda m: "" if m.group(1).isupper() else f" {m.group(1)}", text)
    # ("6-1 / 4": the slash of a fraction stays, ``_join`` closes it up)
    return [w for w in text.split() if w.strip(_EDGE_PUNCT) or w in (",", ";", "/")]


def _without_dateline(words: list[str], c: ModuleType) -> list[str]:
    """ "WASHINGTON _ The economy" → "The economy": a dateline is no word of the subject."""
    mark = next((k for k, w in enumerate(words) if w in c.DATELINE_MARKS), None)
    if mark is None or mark == 0 or mark > c.DATELINE_WORDS:
        return words
    if len(words[0]) < 2 or not all(w[:1].isupper() or w == "," for w in words[:mark]):
        return words  # "CANBERRA, Australia _", "WASHINGTON _", "Mo. _"
    return words[mark + 1 :]


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
    if any(
        w == c.TO and before in c.SCHEDULED - {c.DUE} and "VERB" not in c.lemmas(nxt)
        for before, w, nxt in zip(lower, lower[1:], lower[2:], strict=False)
    ):
        return True
    # "is forecast to [spread …] as the system moves": "to", then another clause's "as"
    subjects = c.DETERMINERS | c.PERSONAL_PRONOUNS
    return any(
        w == c.TO and nxt == c.AS and after in subjects
        for w, nxt, after in zip(lower, lower[1:], lower[2:], strict=False)
    )


def _said_nothing(words: list[str], c: ModuleType) -> bool:
    """A separable verb of saying and its particle, nothing else ("teilte mit")."""
    if len(words) != 2 or words[1].lower() not in c.TITLE_PARTICLES:
        return False
    said = {words[1].lower() + lemma for lemma in c.lemmas(words[0].lower()).get("VERB", ())}
    return bool(said & c.SPEECH_VERBS)


@cache
def _droppable(c: ModuleType) -> frozenset[str]:
    """The adverbs a verb group may lose ("also"), not its negations or kept words; made once."""
    return c.ADVERBS - c.NEGATIONS - c.TITLE_HEDGES - c.TITLE_KEPT_IN_VERB_GROUP


def _verb_group(words: list[str], c: ModuleType) -> list[str]:
    """Adverbs inside the verb group go ("will also travel"); negations stay."""
    out: list[str] = []
    droppable = _droppable(c)
    # (German "hat sich")
    pairs = [" ".join(words[k : k + 2]).lower() in c.ADVERB_PHRASES for k in range(len(words))]
    for k, word in enumerate(words):
        in_group = all(w.lower() in c.AUX or w.lower() in c.ADVERBS for w in words[:k])
        kept = word.lower() in c.TITLE_KEPT_BEFORE_PAST and k + 1 < len(words)
        kept = kept and c.is_past(words[k + 1])
        if in_group and word.lower() in droppable and k + 1 < len(words) and not kept:
            continue  # ("was [last] seen" stays)
        if pairs[k - 1 : k] == [True] and words[k - 1] not in out and k + 1 < len(words):
            continue  # "ще [раз] перевірили": the adverb goes whole
        out.append(word)
    return out


def short_subject(subject: str, max_chars: int, language: str = "en") -> str:
    """``subject`` or the shortest cut of it that keeps its head, within ``max_chars``; ""
    when none fits ("the new terminal", "sales of its operating companies" → "sales")."""
    c = _clauses(language)
    words = _trim(_words(subject), 1, c)
    if not _is_subject(words, c):
        return ""
    return next((_join(w) for w in _subject_cuts(words, c) if len(_join(w)) <= max_chars), "")


def _first_list_item(words: list[str], c: ModuleType) -> list[str]:
    """The predicate up to its list's first item ("will accept Visa, Mastercard and …" → "will
    accept Visa"), or [] when no comma opens a list ending on a coordinator."""
    comma = next((k for k, w in enumerate(words) if k and w.endswith(",")), None)
    rest = [w.lower() for w in words[comma + 1 :]] if comma is not None else []
    if not any(w in c.COORDINATORS for w in rest) or any(w in c.AUX for w in rest):
        return []  # (", withdrawal rights and the period will expire": a clause's subject)
    return [*words[:comma], words[comma].rstrip(",")]


def _verb_word(word: str, c: ModuleType) -> bool:
    lower = word.lower()
    return lower in c.AUX or c.is_past(lower)
