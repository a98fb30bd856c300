"""Happenings told around a clause: what someone said ("The council said on Tuesday that the
bridge will reopen") and a span counted back from publication ("nearly eight years of
fighting")."""

from __future__ import annotations

import itertools
import logging
import re
from functools import cache
from types import ModuleType

from core import lang
from core.events.finite import finite_verb
from core.events.fused_relatives import fused_relative_main
from core.events.kinds import clause_kind, kinds_in, trigger_kind
from core.events.parse import (
    Happening,
    Sentence,
    When,
    kept_text,
    lexical_verb,
    other_until_negations,
    token_after,
    token_at,
)
from core.events.saying_phrases import saying_phrase_end
from core.events.speaker_names import speaker_names
from core.events.subject_shapes import is_expletive
from core.events.subjects import subject_of
from core.events.titles import headline, noun_headline, opens_finite, short_subject
from core.events.tokens import Clause, glued_to_that
from core.events.verb_second import separable_particle
from core.events.wording import (
    cut_coordination,
    noun_phrase,
    owner_name,
    reduce_names,
    widen_drop,
)

log = logging.getLogger(__name__)

MAX_REPORTED_SUBJECT = 30


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def statement(
    s: Sentence, clause: Clause, content: Clause, when: When, retitle: bool = False
) -> Happening | None:
    """ "The council said on Tuesday that the bridge will reopen" → "Council says the bridge …";
    ``retitle``: a title for a telling that has one already, whom it told cut short if need be.
    """
    subject, resolved, subject_range = subject_of(s, clause)
    if not subject or clause.verb is None or _in_speaker_aside(s, clause, when):
        return None
    fused = False
    if content.verb is None:
        content = _resumed_after_relative(s, content) or _after_subordinate(s, content) or content
        # (its verb read inside a relative with no comma: "que la campaña que hará … será")
        fused = content.verb is not None and s.tokens[content.verb - 1].text != ","
    c = _clauses(s.language)
    verb = lexical_verb(s, clause)
    present = verb == clause.verb and not c.is_past(s.tokens[verb].text)
    if present and c.PRESENT_SAYING_UNDATED and when.timex.text.lower() in c.SPEECH_DAYS:
        return None  # "The mayor says on Monday he wants …": which Monday is not told
    widened = widen_drop(s.tokens, s.drop, s.language)  # "told the board [on Monday] that"
    phrase = saying_phrase_end(s, verb, content.start, widened)
    said = kept_text(s, clause.verb, phrase or verb + 1)  # "was informed", "ruled", "made known"
    # (the subject after the verb is no word between it and its particle: "teilte das Amt mit")
    after_verb = set(range(*subject_range)) if subject_range[0] > verb else set()
    particle = separable_particle(s, verb, content.start, s.drop | after_verb)
    if particle is not None:
        said = f"{said} {s.tokens[particle].text}"  # German "kündigte an, dass …"
    if not phrase and _noun_before_that(s, verb, content, c):
        # "rejected charges that the prices were too low": "that" opens what the charges
        # say, not what the subject said; the title is what the subject did
        title = headline(subject, kept_text(s, clause.verb, content.start), language=s.language)
        kind = clause_kind(s, s.tokens[verb].text, "")
        ranges = [subject_range, (clause.verb, content.start)]
        return Happening(title, kind, when, s.entities(ranges, resolved)) if title else None
    lemmas = set(c.lemmas(s.tokens[verb].lower).get("VERB", ()))
    if lemmas & (c.TELL_VERBS | c.REQUEST_VERBS):
        said = " ".join(
            t.text
            for k, t in enumerate(s.tokens[clause.verb : content.start], clause.verb)
            if k not in widened
        ).rstrip(" ,")  # (the comma before the reported clause comes with its "that")
    full, _, (first, _) = subject_of(s, content)
    written = kept_text(s, content.body, content.verb) if content.verb is not None else ""
    if written and content.verb is not None and content.verb < first:
        # a subject read after the verb ("…, es habe einen Antrag gestellt": "einen Antrag")
        # is told as written before the verb, as the verb's words follow it
        full = written
    if not full and written.lower() in c.ONE_THING_PRONOUNS and _state_not_expletive(s, content):
        full = written  # "said that it was optimistic": read as no one's "it", told as written
    if sum(written.count(q) for q in _QUOTE_MARKS) > 1:
        return None  # 'the bloc "regrets" the outcome and accused': a quote closed, no subject
    full = " ".join(_unquoted(full, lower=False))  # '“the government will …”': no marks
    who = short_subject(full, MAX_REPORTED_SUBJECT, s.language) or _own_head(s, content)
    if full.lower() in c.ONE_THING_PRONOUNS:
        who = full  # "Hughes directors said it would …": "it" is not theirs, told as written
    glued = glued_to_that(content.opener, c)  # "a annoncé qu'il quitterait": "il"
    if glued and not who.lower().startswith(f"{glued} "):  # (the subject may hold it already)
        who = f"{glued} {who}".strip()
    if content.verb is not None and _speaker_again(who, subject, full, s.language):
        # "Lumo said it sold …", not "Lumo said Lumo" ("its profit" for a long own subject)
        who = _own_head(s, content) or kept_text(s, content.body, content.verb) or glued
    if lemmas & c.REQUEST_VERBS and who and f" {who.lower()}" in f" {said.lower()}":
        who = ""  # "pidió al Gobierno que retire …": whom it asked, not told again
    # "anunció que presentará una enmienda": the subject left out is the speaker
    # ("anunció que no se presentaría": its negation before the verb, told with it)
    # ("aseguró que ya ha mantenido conversaciones": an adverb before it too)
    before_verb = c.NEGATIONS | c.ADVERBS
    opens = content.verb is not None and all(
        s.tokens[k].lower in before_verb for k in range(content.body, content.verb)
    )
    own_plan = not who and c.DROPS_SUBJECT and opens
    if fused and who.split() != written.split():
        return None  # "que la campagne que mènera son [parti] sera": the subject cut short
    if content.verb is None or not (who or own_plan):
        return None  # "said its board of directors, meeting in …": no clause to tell
    stop = cut_coordination(s.tokens, content.verb, content.end, s.language)
    drop = widened - other_until_negations(s, when)
    what = reduce_names(s.text, s.tokens, content.verb, stop, s.mentions, drop, s.language)
    what = _QUOTED_STOP.sub("", what)  # 'it was "quite relieved."': the quote's stop
    that = c.REPORTED_THAT or (f" {c.THAT}" if phrase else "")  # "made known that …"
    if c.VERB_LAST and c.THAT not in (t.lower for t in s.tokens[content.start : content.body + 1]):
        # German "sagte, er werde …": no "dass" written, none added; its comma kept
        that = "" if who.startswith(",") else ","
    if c.THAT_ELIDED and who[:1].lower() in _VOWELS:
        that = c.THAT_ELIDED  # French "a indiqué qu'Enedis", "que la moitié"
    said_what = what
    negation = s.tokens[content.verb - 1].lower if content.verb > content.body else ""
    if negation in c.NEGATIONS and negation not in f"{who} {what}".lower().split():
        # (German "dass er … nicht verlässt": the negation is in what was said already)
        said_what = f"{s.tokens[content.verb - 1].text} {what}"  # "que las obras no terminarán"
    speakers = speaker_names(s, subject, subject_range, c)
    audiences = _audiences(said, c) if retitle else [said]
    # "told a meeting [of the harbour board] the pier …"; a clause too long to title whole
    # ("might launch an appeal | if the ruling stood"): what was said, its own
    # clause cut before the next one opens
    for whom, reported in itertools.product(audiences, _reported_cuts(said_what, c)):
        told = " ".join(w for w in (f"{whom}{that}", who, reported) if w).replace("' ", "'")
        heads = (headline(name, told, language=s.language) for name in speakers)
        title = next((h for h in heads if h), "")
        # ("made it clear that it would …": the reported "it" after the phrase's "that")
        after = title.partition(f" {c.THAT} ")[2] if phrase and not c.REPORTED_THAT else ""
        kept = _keeps_verb(after or title, who or c.THAT, reported, c.TO) if title else False
        if title and kept:
            break
    if not title or not opens_finite(what, s.language) or not kept:
        return None  # "Weinberger said the attack on a ship": what it did is gone
    ranges = [subject_range, (content.body, stop)]
    kind = clause_kind(s, s.tokens[lexical_verb(s, clause)].text, "")
    return Happening(title, kind, when, s.entities(ranges, resolved))


def _resumed_after_relative(s: Sentence, content: Clause) -> Clause | None:
    """The reported clause going on at its verb after its subject's relative ("said that the
    museum, | which holds the archive, | would open it …"), as one clause from the subject on;
    None when ``content`` goes on in no such clause."""
    c = _clauses(s.language)
    at = next((k for k, cl in enumerate(s.clauses) if cl.start == content.start), None)
    if at is None:
        return None
    if at + 1 < len(s.clauses) and (fused := fused_relative_main(s, content, s.clauses[at + 1])):
        return fused  # "said that the campaign | that the party runs will be clean"
    if at + 2 >= len(s.clauses):
        return None
    relative, main = s.clauses[at + 1], s.clauses[at + 2]
    if relative.opener not in c.RELATIVES or relative.verb is None or main.verb != main.start:
        return None
    if s.tokens[main.start - 1].text != ",":
        return None
    return Clause(content.start, content.body, main.end, content.opener, main.verb)


def _after_subordinate(s: Sentence, content: Clause) -> Clause | None:
    """The reported clause after the subordinate clause fronted in it ("said that | while the
    pact held, | the move would force a review"): from the subject after the subordinate's
    comma on; None when ``content`` goes on in no such clause."""
    c = _clauses(s.language)
    at = next((k for k, cl in enumerate(s.clauses) if cl.start == content.start), None)
    if at is None or at + 1 >= len(s.clauses) or content.end - content.body > 1:
        return None
    fronted = s.clauses[at + 1]
    if fronted.opener.lower() not in c.FRONTED_SUBORDINATORS or fronted.verb is None:
        return None
    end = s.clauses[at + 2].end if at + 2 < len(s.clauses) else fronted.end
    comma = next((k for k in range(fronted.verb, end) if s.tokens[k].text == ","), None)
    if comma is None or comma + 2 >= end:
        return None
    main = next((cl for cl in s.clauses[at + 2 :] if cl.start == comma + 1), None)
    if main is not None:
        return main if not main.opener and main.verb is not None else None
    if any(cl.start > comma for cl in s.clauses[at + 2 :] if cl.start < fronted.end):
        return None
    verb = finite_verb(s.tokens, comma + 1, fronted.end, s.language)
    if verb is None or verb == comma + 1:
        return None
    return Clause(comma + 1, comma + 1, fronted.end, "", verb)


def _state_not_expletive(s: Sentence, content: Clause) -> bool:
    """Whether the reported clause's "it" was read as an expletive (``is_expletive``) though
    nothing is extraposed after it (``_nothing_extraposed``): someone's "it was optimistic"."""
    c = _clauses(s.language)
    if content.verb is None or not is_expletive(s, [content.body], content.verb, c):
        return False
    return _nothing_extraposed(s, content)


def _nothing_extraposed(s: Sentence, content: Clause) -> bool:
    """Whether the reported clause ends a few words after its verb, none "to" or a gerund but
    the first, and no clause opens on "that" or "whether" right after it: "it was (cautiously)
    optimistic", "it was reviewing the site" tell of someone; "it was far too soon to tell", "it
    was difficult being …", "it was likely that …" of no one ("it" only points ahead)."""
    c = _clauses(s.language)
    if content.verb is None:
        return False
    words = [t.lower for t in s.tokens[content.verb + 1 : content.end] if t.text[:1].isalpha()]
    if len(words) > _STATE_WORDS or c.TO in words or any(w.endswith(c.GERUND) for w in words[1:]):
        return False
    nxt = next((cl for cl in s.clauses if cl.start == content.end), None)
    return nxt is None or (nxt.opener != c.THAT and nxt.opener not in c.SUBJECT_BREAKS)


# How many words may follow the verb of "it was (not) cautiously optimistic".
_STATE_WORDS = 3


def _audiences(said: str, c: ModuleType) -> list[str]:
    """A verb of telling and whom it told, then, when a phrase follows whom ("told a meeting
    of the harbour board"), the same cut before that phrase ("told a meeting"): a title with
    what was told beats one with all of whom it was told to."""
    words = said.split()
    cut = next((k for k in range(2, len(words)) if words[k].lower() in c.PREPOSITIONS), None)
    return [said] if cut is None else [said, " ".join(words[:cut])]


def _reported_cuts(what: str, c: ModuleType) -> list[str]:
    """What was said whole, then cut before each clause that opens inside it, longest first:
    a subordinate clause ("… an appeal | if the ruling stood unchanged") or a pronoun
    after a noun that opens a clause with no "that" ("… were a loan | she would repay")."""
    words = what.split()
    cuts = [
        k
        for k in range(len(words) - 1, 1, -1)
        if words[k] in c.SUBORDINATORS | c.CONDITION_OPENERS
        or (words[k] in c.PRONOUNS and "NOUN" in c.lemmas(words[k - 1].lower()))
    ]
    return [what, *(" ".join(words[:k]) for k in cuts)]


def _in_speaker_aside(s: Sentence, clause: Clause, when: When) -> bool:
    """Whether ``when`` stands in a relative clause of an aside on the speaker, before the
    verb of saying ("Ann Roe, who seeks her party's 2024 nomination, said …"): the aside's
    date, not the saying's ("Ann Roe, in an interview on Monday, said": the saying's)."""
    c = _clauses(s.language)
    at = token_at(s.tokens, when.timex.start)
    if clause.verb is None or at >= clause.verb:
        return False
    commas = [k for k in range(clause.body, at) if s.tokens[k].text == ","]
    relatives = c.SUBJECT_RELATIVES | c.THING_RELATIVES
    return bool(commas) and any(s.tokens[k].lower in relatives for k in range(commas[-1], at))


def _speaker_again(who: str, subject: str, full: str, language: str = "en") -> bool:
    """Whether the reported clause's subject, as resolved (``full``, told as ``who``), is the
    speaker or the speaker's: the same words, the last words of the speaker's ("Council member
    Ann Roe said she …": "Ann Roe"), or the speaker's own ("Chad said its troops …": not
    "Chad's troops")."""
    subject = _BRACKETED.sub("", subject)
    owner = owner_name(subject, "'s", language).lower()
    who, subject, full = who.lower(), subject.lower(), full.lower()
    if full == subject or full.startswith((f"{subject}'s ", f"{subject}’s ", f"{owner} ")):
        return True  # (however long: "The Elm Street Business Association said it …")
    return bool(who) and (who == subject or subject.endswith(f" {who}"))


# A bracketed aside after a name: "Sabine Keller (SPD)" is "Sabine Keller" again.
_BRACKETED = re.compile(r"\s*\([^()]*\)")


def _own_head(s: Sentence, content: Clause) -> str:
    """The reported subject too long to tell whole, when it is the speaker's own ("Lumo said
    its fiscal second-quarter profit rose"): the possessive and its head noun ("its profit"),
    the words in between (what kind of profit) left to the sentence; "" otherwise."""
    c = _clauses(s.language)
    if content.body >= len(s.tokens) or content.verb is None:
        return ""
    first = s.tokens[content.body]
    if first.lower not in c.POSSESSIVE_PRONOUNS:
        return ""
    between = s.tokens[content.body + 1 : content.verb]
    if len(between) < 2 or any(not t.text[:1].isalnum() or t.lower in c.PREPOSITIONS
                                for t in between):  # fmt: skip
        return ""  # ("its share of the market rose": "market" is no head)
    head = between[-1]
    if not head.text.isalpha() or head.text[:1].isupper():
        return ""
    return f"{first.text} {head.text}"


_VOWELS = frozenset("aeiouyhàâäéèêëîïôöùûü")


def _keeps_verb(title: str, who: str, what: str, to: str) -> bool:
    """Whether ``title`` still holds the reported clause's verb after its subject."""
    # (quotation marks are not the title's: 'her ministry "will not back down"')
    words, said = _unquoted(title), _unquoted(who)
    at = next((k for k in range(len(words)) if words[k : k + len(said)] == said), None)
    # as whole words ("it" is not the "it" of "Outfitters"), else glued (French "qu'on")
    glued = title.lower().partition(who.lower())[2].split()
    rest = glued if at is None else words[at + len(said) :]
    told = _unquoted(what)
    if rest == told[:1] and told[1:2] == [to]:
        return False  # "said it plans | to launch …": the verb without what it plans
    return bool(rest) and rest[0] == told[0]


def _unquoted(text: str, lower: bool = True) -> list[str]:
    """The words of ``text``, lower case unless not ``lower``, without quotation marks."""
    words = (w.strip(_QUOTE_MARKS) for w in (text.lower() if lower else text).split())
    return [w for w in words if w]


# A full stop the quotation closes after, at the end of the reported clause.
_QUOTED_STOP = re.compile(r"\s*[.!?]+(?=\s*[\"”»]+\s*$)")
_QUOTE_MARKS = '"“”„«»'  # (not the apostrophe: French "qu'il")


def _noun_before_that(s: Sentence, verb: int, content: Clause, c: ModuleType) -> bool:
    """Whether a noun stands between a verb that is not one of saying and the "that" of
    ``content``: "rejected charges | that …", not "told the board | that …"."""
    asked = c.SPEECH_VERBS | c.TELL_VERBS | c.REQUEST_VERBS
    if set(c.lemmas(s.tokens[verb].lower).get("VERB", ())) & asked:
        return False  # ("notified the council | that …": whom it told, then what)
    gap = [k for k in range(verb + 1, content.start) if k not in s.drop]
    words = [s.tokens[k] for k in gap if s.tokens[k].text[:1].isalnum()]
    return bool(words) and words[-1].lower not in c.PRONOUNS and "NOUN" in c.lemmas(words[-1].lower)


def span_back(s: Sentence, clause: Clause, when: When) -> Happening | None:
    """ "Nearly eight years of fighting between …": the fighting is the happening."""
    c = _clauses(s.language)
    after = token_after(s, when.timex)
    if after + 1 >= clause.end or s.tokens[after].lower != c.OF:
        return None
    first = token_at(s.tokens, when.timex.start)
    # (a perfect's "have", not a future's or a modal's: "the bond's first three years will have no
    # call" tells what is to come)
    ahead = c.FUTURE | c.MODALS
    perfect = any(
        t.lower in c.HAVE and s.tokens[k - 1].lower not in ahead
        for k, t in enumerate(s.tokens[after : clause.end], after)
    )
    if not perfect and not (first > 0 and s.tokens[first - 1].lower in c.BACK_SPAN_AFTER):
        return None  # only what has gone on up to now counts back from the publication date
    if not perfect and _other_date(s, when):
        return None  # "returned on Monday after three days of talks": they ended then, not now
    a, b = noun_phrase(s.tokens, after + 1, after + 1, clause.end, s.language)
    fronted = b < clause.end and s.tokens[b].text == "," and (clause.verb or 0) > b
    if fronted and c.FRONTED_SPAN_IS_SCENE:
        return None  # "Après trois jours de négociations, les syndicats ont signé": the signing
    phrase = reduce_names(s.text, s.tokens, a, b, s.mentions, language=s.language)
    kinds = kinds_in(phrase, s.language)
    if all(w.lower() in c.PERIOD_NOUNS | c.DETERMINERS for w in phrase.split()):
        return None  # "nine months of the year": a stretch of time, not what went on in it
    if len(phrase.split()) <= 2:  # "Repairs" says little; "Two years of repairs" more
        phrase = f"{when.timex.text} {c.OF} {phrase}"
    title = noun_headline(phrase, language=s.language)
    if not title:
        return None
    return Happening(title, kinds[0] if kinds else "other", when, s.entities([(a, b)], []))


def _other_date(s: Sentence, when: When) -> bool:
    """Whether the sentence holds a date besides ``when``'s: the day a span after "after"
    ends at, not the publication's."""
    return any(o.timex is not when.timex and o.timex.type in ("DATE", "TIME") for o in s.whens)


def said_after(s: Sentence, ci: int) -> Clause | None:
    """The clause before an attribution opening on its past verb of saying ("Drei Menschen
    starben, | sagte ein Sprecher am Montag"): the news it reports; else None."""
    clause = s.clauses[ci]
    c = lang.words(s.language, "clauses")
    if ci and clause.opener in c.ATTRIBUTION_OPENERS and clause.verb == clause.body:
        # "…, según informó este jueves la Consejería": the attribution's verb, past the word
        # that opens it, is the saying, of news told as done (not "cerrará la fábrica, según
        # anunció ayer": the closing lies ahead of that day)
        if not _told_done(s, s.clauses[ci - 1], c):
            return None
        clause = Clause(clause.body, clause.body + 1, clause.end, clause.opener, None)
    if ci == 0 or clause.verb is not None or clause.start == clause.body:
        return None
    opener = s.tokens[clause.start].text
    if trigger_kind(opener, s.language) != "statement" or not c.is_past(opener):
        return None
    before = s.clauses[ci - 1]
    if ci >= 2 and before.opener.lower() in c.REPORTED_AFTER_OPENERS:
        # "Die Marine wird … beantragen, | weil …, | sagte der Minister am Freitag": the news
        # is the main clause the reason follows, not the reason
        main = s.clauses[ci - 2]
        return main if ci == 2 and not main.opener and main.verb is not None else None
    return before if before.verb is not None else None


def _told_done(s: Sentence, clause: Clause, c: ModuleType) -> bool:
    """Whether ``clause`` tells what was done: its verb past, or the perfect's auxiliary ("ha
    realizado"), and no word of a plan or the future."""
    if clause.verb is None:
        return False
    words = {s.tokens[k].lower for k in range(clause.body, clause.end)}
    if words & (c.SCHEDULED | c.FUTURE | c.MODALS):
        return False
    verb = s.tokens[clause.verb]
    return verb.lower in c.HAVE | c.BE_PAST or c.is_past(verb.text)


def said_again(s: Sentence, k: int) -> bool:
    """Whether the verb at ``k``, opening a follow-on of a reported clause, is one of saying
    ("warned that rain was expected on Friday, | and told people to leave"): the speaker's
    own second act, neither the reported clause's subject's nor on its date."""
    c = lang.words(s.language, "clauses")
    verbs = set(c.lemmas(s.tokens[k].lower).get("VERB", ()))
    return not lang.union(c, "SPEECH_VERBS", "TELL_VERBS").isdisjoint(verbs)
