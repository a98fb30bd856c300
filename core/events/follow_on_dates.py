"""The happenings a clause's later time expressions report: "Scholz would visit Ukraine on February

14 and Russia the following day" → "Scholz to visit Russia", the following day. A follow-on
shares the clause's verb group; a date inside a subordinate clause of its own is not one.
``core.events.happenings`` finds the clause's first happening.
"""

from __future__ import annotations

import itertools
from functools import cache
from types import ModuleType

from core import lang
from core.events.finite import finite_verb
from core.events.joins import _past_verb, both_present, conjugated, noun_aside, nouns_joined
from core.events.kinds import clause_kind
from core.events.lent_subject import agreement_differs, as_written
from core.events.object_thing import object_thing
from core.events.parse import (
    Happening,
    Sentence,
    When,
    kept_text,
    lexical_verb,
    token_after,
    token_at,
)
from core.events.second_verb_pronoun import pronoun_after_verb, pronoun_follow_on
from core.events.states import is_state
from core.events.subjects import subject_of
from core.events.titles import MAX_CHARS, headline
from core.events.tokens import Clause, Token
from core.events.told import said_again
from core.events.totals import dates_a_part
from core.events.wording import cut_coordination, reduce_names, verb_group_end, widen_drop
from core.timeval import parse_value


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def _follow_on(s: Sentence, clause: Clause, when: When, a: int, b: int) -> Happening | None:
    """A later time expression of the clause: "… and Russia the following day"."""
    c = _clauses(s.language)
    joined = False
    # "…, mais elle a changé d'avis jeudi": "but" and the subject again, where dates sit in
    # the verb phrase (``DATE_INSIDE_VERB_PHRASE``)
    joiners = c.AND_THEN + tuple(c.BUT)
    if a > 0 and s.tokens[a].lower in c.AFTER_NEGATION and s.tokens[a - 1].lower in c.NEGATIONS:
        return None  # "has not yet released": the negation's adverb, no "but"
    while a < b and (
        s.tokens[a].lower in joiners
        or a in s.drop
        or (joined and s.tokens[a].lower in c.FOLLOW_ON_ADVERBS)  # "and later automated"
    ):
        joined = joined or s.tokens[a].lower in joiners
        again = s.tokens[a].lower in c.BUT and a + 2 < b and s.tokens[a + 1].lower in c.PRONOUNS
        a += 2 if again and c.DATE_INSIDE_VERB_PHRASE else 1
    a = _past_aside(s, a, b, c)  # "…, flattening barns, | and reached the coast …"
    if a >= b or clause.verb is None or not joined:
        return None  # "their [January] level": the rest of a phrase, not a happening
    if _hour_range_end(s, when):
        return None  # "… and set opening hours to 0900 to 1730": when the day ends
    if s.tokens[a - 1].text == "," and s.tokens[a].lower in c.TIMEX_PHRASE_LINKS:
        return None  # "reported first half 1987, | ended Feb 28, earnings": the period's end
    own_verb = finite_verb(s.tokens, a - 1, b, s.language)
    present = s.tokens[a - 1].lower == c.AND and not nouns_joined(s, a - 1, c)
    present = present and both_present(s.tokens[clause.verb].text, s.tokens[a].text, c)
    present = present and (a + 1 >= b or s.tokens[a + 1].lower not in c.AUX)  # "prospects will"
    own_verb = a if present else own_verb  # "runs … and transfers to London in June"
    if own_verb is None and c.DATE_INSIDE_VERB_PHRASE and conjugated(s.tokens[a].lower, c):
        own_verb = a  # "… et gagnera Kiev mardi": the follow-on's own verb
    clitic = s.tokens[a].lower in c.OBJECT_CLITICS and a + 1 < b
    if clitic and (own_verb == a + 1 or "VERB" in c.lemmas(s.tokens[a + 1].lower)):
        a = own_verb = a + 1  # "cerró el parque y lo reabrirá el domingo": "reabrirá" (a title
        # opens on its verb; the pronoun stands for the object already told)
    pronoun = pronoun_after_verb(s, a, b) if own_verb == a else None
    if pronoun is not None:  # "…, 1995 gewann er den Preis": "er" the subject, not the first's
        return pronoun_follow_on(s, clause, when, a, pronoun, b)
    if own_verb is not None and own_verb != a and _own_subject(s, a, own_verb, c):
        return _own_clause(s, when, a, own_verb, b)  # "… y el estreno llegará el 2 de octubre"
    if own_verb is not None and own_verb != a:
        return None  # "…, the company said": a clause of its own
    if own_verb == a and clause.opener == c.THAT and said_again(s, a):
        return None  # "warned that rain was expected on Friday, and told people to leave"
    if s.tokens[a].lower in c.PREPOSITIONS and not any(
        s.tokens[k].lower == s.tokens[a].lower for k in range(clause.verb, a - 1)
    ):
        return None  # "…, with meetings scheduled for Thursday": no phrase of the first to match
    if _subordinate_before(s, a, b):
        return None  # "… since she toppled Marcos a year ago": that date is not this clause's
    if any(_baseline_word(s, k, c) for k in range(clause.verb, a + 1)):
        return None  # "… against 220 mln in January": a figure to compare with, no happening
    if dates_a_part(s, clause, when):
        return None  # "closed the line four times, most recently in December": the last one's
    if _aside_of_a_state(s, clause, a, c):
        return None  # "Dort hängt ein Foto, aufgenommen 1959": the photo's aside, no second verb
    if s.tokens[a].text[:1].isdigit() or s.tokens[a].lower in c.CHANGE_WORDS:
        return None  # "… and eight dlrs a share in 1988", "…, up 5 pct from": a figure
    subject, resolved, subject_range = subject_of(s, clause)
    stop = cut_coordination(s.tokens, a, b, s.language)
    if _month_of_its_own(s, when, a, stop):
        return None  # "…, fell in June, and recovered in July": July is not the falling's
    drop = widen_drop(s.tokens, s.drop, s.language)
    if subject_range[0] > a:  # a subject after its verb (German): not the predicate's
        drop = drop | set(range(*subject_range))
    rest = reduce_names(s.text, s.tokens, a, stop, s.mentions, drop, s.language)
    lexical = lexical_verb(s, clause)
    first = s.tokens[a]
    bare = first.text.islower() and first.lower in c.lemmas(first.text).get("VERB", ())
    if present:
        predicate = rest  # "… and plans to resume work": the subject's second verb
    elif own_verb is not None and own_verb == a:
        # "was completed in 1654 and bought by a family in 1881": the passive's "was" too
        shared = _shared_passive(s, clause, a, lexical, c)
        modal = any(s.tokens[k].lower in c.FUTURE | c.MODALS for k in range(clause.verb, lexical))
        if not shared and bare and modal and first.lower not in c.AUX:
            # "would take effect … and run through June": "run" is a participle too, yet
            # after "would" it is the bare form, sharing "would"
            shared = kept_text(s, clause.verb, lexical)
        predicate = f"{shared} {rest}".strip()
    elif bare and lexical > clause.verb:  # "would pay … and review wages": "would review"
        predicate = kept_text(s, clause.verb, lexical) + " " + rest
    elif bare:
        return None  # "predicts GNP will grow … and show …": the verb of a clause inside
    elif passive := _shared_passive(s, clause, a, lexical, c):
        # "був електрифікований у 1979 році і автоматизований у 1996 році": a participle no
        # verb list knows shares the passive's auxiliary, not its participle
        predicate = f"{passive} {rest}"
    elif (verb := _verb_of_its_own(s, a, stop, c)) == a:
        predicate = rest  # "… and plans to base two aircraft": the subject's second verb
    elif verb is not None:
        return _own_clause(s, when, a, verb, b)  # "… and a new operator takes over …"
    elif s.tokens[a - 1].text == "," and not _opens_a_phrase(s.tokens[a], s.language):
        return None  # "destroyed levees in October, | leaving farmland …": no object of its verb
    elif rest.lower() in c.AGAIN_WORDS:  # "wrote to the ministry in 2020 and again …"
        predicate = f"{_done_before(s, clause, a)} {rest}"
    else:
        predicate = _shared_part(s, clause, s.tokens[a].lower) + " " + rest
    if not subject or is_state(predicate, s.language, when.timex.value):
        return None
    if own_verb == a and agreement_differs(s, clause.verb, a, c):
        # "Рада ухвалила бюджет …, і в січні почали ремонт": not the council's doing
        title = as_written(rest, MAX_CHARS, c)
        return Happening(title, clause_kind(s, first.text, rest), when, s.entities([(a, stop)], []))
    thing = object_thing(s, a, stop, drop, subject, subject_range, predicate)
    if thing is not None:  # "bought the mill … and sold it" → "sold the mill"
        predicate, resolved = thing[0], [*resolved, *thing[1]]
    title = headline(subject, predicate, language=s.language)
    if not title:
        return None
    kind = clause_kind(s, s.tokens[lexical].text, predicate)
    return Happening(title, kind, when, s.entities([subject_range, (a, stop)], resolved))


def passive_follow_on(s: Sentence, clause: Clause) -> tuple[Clause, str] | None:
    """A clause opened by "and" or "but" whose first word past its adverbs is a participle,
    right after a clause whose verb group is "be" and a participle ("Маяк был электрифицирован
    в 1979 году, | а затем автоматизирован в 1996 году"): the clause with that participle as
    its verb, and the auxiliary it shares ("был"); None otherwise."""
    c = _clauses(s.language)
    if clause.opener.lower() not in c.COORDINATORS:
        return None
    first = next(
        (k for k in range(clause.start + 1, clause.end)
         if k not in s.drop and s.tokens[k].lower not in c.ADVERBS | set(c.AND_THEN)),
        None,
    )  # fmt: skip
    if first is None or clause.verb not in (None, first):
        return None
    word = s.tokens[first]
    if not (word.text.islower() and c.is_participle(word.text)):
        return None
    before = next((cl for cl in s.clauses if cl.end in (clause.start, clause.start - 1)), None)
    if before is None or before.verb is None or s.tokens[before.verb].lower not in c.BE:
        return None
    nxt = before.verb + 1
    if nxt >= before.end or not c.is_participle(s.tokens[nxt].text):
        return None
    return Clause(clause.start, first, clause.end, clause.opener, first), s.tokens[before.verb].text


def _month_of_its_own(s: Sentence, when: When, a: int, stop: int) -> bool:
    """Whether the words of a follow-on, ``[a, stop)``, end before ``when`` and name a month
    of their own that was read as no date ("…, fell in June, | and recovered in July")."""
    if token_at(s.tokens, when.timex.start) < stop:
        return False
    months = lang.words(s.language, "calendar").MONTHS
    return any(t.lower in months and t.text[:1].isupper() for t in s.tokens[a:stop])


def _hour_range_end(s: Sentence, when: When) -> bool:
    """Whether ``when`` is a time of day after "to" or "until" ("hours to 0900 to 1730"):
    the hour a span ends, no time the follow-on happened at."""
    at = token_at(s.tokens, when.timex.start)
    joiners = _span_end_joiners(s.language)
    return when.timex.type == "TIME" and at > 0 and s.tokens[at - 1].lower in joiners


@cache
def _span_end_joiners(language: str) -> frozenset[str]:
    """The words before a span's end ("to", "until"), "and" aside."""
    c = lang.words(language, "clauses")
    return frozenset(c.RANGE_JOINERS) - {c.AND}


def _baseline_word(s: Sentence, k: int, c: ModuleType) -> bool:
    """Whether token ``k`` opens a figure to compare with: "versus", "compared", or "from"
    before a figure ("narrowed to 1.2 billion from 1.7 billion in January"), not "from" before
    a place or a body ("moved from Porto to Lyon in 2008 and opened …")."""
    word = s.tokens[k].lower
    if word in c.COMPARISON_CUTS:
        return True
    if word not in c.CHANGE_FROM:
        return False
    after = s.tokens[k + 1 : k + 1 + _FIGURE_REACH]
    return any(t.text[:1].isdigit() or t.lower in c.NUMBER_WORDS for t in after)


_FIGURE_REACH = 3  # tokens after "from" a baseline's figure stands in: "from about 1.7 billion"


def _aside_of_a_state(s: Sentence, clause: Clause, a: int, c: ModuleType) -> bool:
    """Whether a participle opening the follow-on after a comma follows a clause that tells a
    state ("heute hängt dort ein Foto, | aufgenommen 1959 von einem Studenten"): it tells of
    a noun of that clause, the clause's subject never its doer."""
    if s.tokens[a - 1].text != "," or not c.is_participle(s.tokens[a].lower):
        return False
    told = " ".join(t.text for t in s.tokens[clause.verb : a - 1])
    return is_state(told, s.language)


def _past_aside(s: Sentence, a: int, b: int, c: ModuleType) -> int:
    """Where a follow-on starts past an aside with no verb of its own, opened by a gerund, a
    preposition or a noun phrase after the comma and closed by a comma and "and" ("the storm
    hit Fife on Monday, flattening barns, | and reached Aberdeen on Tuesday"; "left the band
    in 2004, after twelve albums, | and opened a studio"; "played Vienna on 11 October, the
    last night of the tour, and then | flew home …"): after that "and" (and "then"); ``a``
    itself when no such aside opens at ``a``."""
    if a >= b or s.tokens[a - 1].text != ",":
        return a
    first = s.tokens[a].lower
    if (close := noun_aside(s, a - 1, b, c)) is not None:  # "on 22 April, the last weekend
        return close + 2 + (s.tokens[close + 2].lower in c.THEN_WORDS)  # of …, | and then beat"
    if not ((c.GERUND and first.endswith(c.GERUND)) or first in c.PREPOSITIONS):
        return a
    close = next((k for k in range(a + 1, b) if s.tokens[k].text in (",", ";")), None)
    if close is None or close + 2 >= b or s.tokens[close + 1].lower != c.AND:
        return a
    return a if finite_verb(s.tokens, a + 1, close, s.language) is not None else close + 2


def _verb_of_its_own(s: Sentence, a: int, b: int, c: ModuleType) -> int | None:
    """The verb of the words after "and" when they carry one of their own, so share none of
    the clause's: a verb that takes an infinitive ("and plans to base two aircraft"), or a
    verb after a noun that opens on a determiner ("and a new operator takes over the
    route"); None for a follow-on phrase ("and Russia the following day")."""

    def finite(k: int) -> bool:
        lower = s.tokens[k].lower
        ending = lower.endswith(c.THIRD_PERSON_ENDS) or c.is_past(lower)
        return s.tokens[k].text.islower() and ending and "VERB" in c.lemmas(lower)

    if b - a > 2 and finite(a) and s.tokens[a + 1].lower == c.TO:
        return a if "VERB" in c.lemmas(s.tokens[a + 2].lower) else None
    if a >= b or s.tokens[a].lower not in c.DETERMINERS:
        return None
    function_words = c.DETERMINERS | c.PREPOSITIONS | c.AUX | c.COORDINATORS
    # the subject is a plain noun phrase ("a new operator"): no phrase, list or owner inside
    plain = itertools.takewhile(
        lambda k: s.tokens[k - 1].lower not in function_words and s.tokens[k - 1].text.isalnum(),
        range(a + 2, b - 1),
    )
    nouns = (k for k in plain if "VERB" not in c.lemmas(s.tokens[k - 1].lower))
    return next((k for k in nouns if finite(k)), None)


def _shared_passive(s: Sentence, clause: Clause, a: int, lexical: int, c: ModuleType) -> str:
    """The auxiliaries of the clause's passive that a second participle after "and" shares
    ("was finished in 1902 and sold to the city": "was sold"), or "" — not for a verb with
    an object of its own ("was arrested in May and fled the country": "fled")."""
    verb = clause.verb
    # (a compound's last part tells: "was test-driven over the summer and approved")
    if (
        verb is None
        or lexical <= verb
        or not c.is_participle(s.tokens[lexical].text.split("-")[-1])
    ):
        return ""
    if not any(s.tokens[k].lower in c.BE for k in range(verb, lexical)):
        return ""
    word = s.tokens[a]
    last = word.lower.split("-")[-1]  # "re-opened": "opened"
    if not c.is_participle(last) or not word.text.islower():
        return ""
    # a participle only ("given"), or one its agent follows ("bought by a family"); "retired
    # in 1998" may be a past of its own
    agent = next((t.lower for k, t in enumerate(s.tokens[a + 1 :], a + 1) if k not in s.drop), "")
    pasts = {c.past(v) for v in c.lemmas(last).get("VERB", ())}
    # "will be made in Britain and delivered by 1989": after a future or a modal no past of
    # its own
    ahead = any(s.tokens[k].lower in c.FUTURE | c.MODALS for k in range(verb, lexical))
    shared = agent == c.BY or last not in pasts or ahead
    alike = s.tokens[lexical].lower not in c.UNSHARED_PASSIVES and _passive_alike(last, agent, c)
    shared = shared or alike
    if shared and c.VERB_LAST:  # "wurde im März gesperrt und im Juni geöffnet": "wurde" alone,
        # the clause's last verb being the follow-on's own
        return " ".join(t.text for t in s.tokens[verb:lexical] if t.lower in c.AUX)
    return kept_text(s, verb, lexical) if shared else ""


def _passive_alike(word: str, after: str, c: ModuleType) -> bool:
    """Whether a past like a participle after a passive ("was electrified in 1979, then
    automated in 1996") is a second passive: no object or particle after it (the sentence's
    end, a comma or a phrase), and a verb that has a passive ("died in 2001": its own past;
    ``NO_PASSIVE_VERBS``)."""
    if after and after not in c.PREPOSITIONS | c.COORDINATORS and after.isalnum():
        return False  # "and fled the country", "and stepped down": a verb of its own
    return not set(c.lemmas(word).get("VERB", ())) & c.NO_PASSIVE_VERBS


def _subordinate_before(s: Sentence, a: int, b: int) -> bool:
    """A subordinate clause with a verb of its own ("since she toppled …") inside a follow-on:
    the time expression belongs to it, and its happening is not the main clause's."""
    subordinators = _clauses(s.language).SUBORDINATORS
    return any(
        s.tokens[k].lower in subordinators
        and finite_verb(s.tokens, k + 1, b, s.language) is not None
        for k in range(a + 1, b)
    )


def _opens_a_phrase(first: Token, language: str) -> bool:
    """Whether ``first`` may open the object or the phrase a follow-on gives its shared verb:
    a determiner, a figure, a preposition, a name or a noun ("…, 60,000 in mid-1986", "…,
    twelve in April"), not a gerund or an adjective that opens an aside of its own ("…,
    leaving", "…, exercisable")."""
    c, lower = _clauses(language), first.lower
    figure = lower in c.NUMBER_WORDS or lower in lang.words(language, "calendar").NUMBER_WORDS
    if figure or lower in c.DETERMINERS | c.PREPOSITIONS or not first.text[:1].islower():
        return True
    forms = c.lemmas(lower)
    return "NOUN" in forms and not (c.GERUND and lower.endswith(c.GERUND))


def _done_before(s: Sentence, clause: Clause, a: int) -> str:
    """The first happening's whole predicate, which a follow-on of only "again" at ``a`` does
    over: the clause's verb up to its first date, comma or count ("wrote to the ministry [in
    2020] and | again the next year")."""
    c = _clauses(s.language)
    verb = clause.verb or clause.body
    stops = {",", *c.COUNTED_TIMES}
    end = next((k for k in range(verb + 1, a) if k in s.drop or s.tokens[k].lower in stops), a)
    return reduce_names(s.text, s.tokens, verb, end, s.mentions, s.drop, s.language)


def _shared_part(s: Sentence, clause: Clause, first_word: str) -> str:
    """What a follow-on shares with the clause's first happening: the verb group, and its
    object too when the follow-on starts at a preposition ("… in Denver on Monday and in
    Austin on Wednesday" shares "will meet the governor")."""
    verb = clause.verb or clause.body
    end = verb_group_end(s.tokens, verb, clause.end, s.language)
    if first_word in _clauses(s.language).PREPOSITIONS:
        end = next((k for k in range(end, clause.end) if s.tokens[k].lower == first_word), end)
    return reduce_names(s.text, s.tokens, verb, end, s.mentions, s.drop, s.language)


def _own_subject(s: Sentence, a: int, verb: int, c: ModuleType) -> bool:
    """Whether the words after "and" up to ``verb`` are a subject of their own, opening on a
    determiner or a name, with no comma or clause opener between ("y el estreno llegará"),
    and the verb is surely one, and no verb of saying ("and the company said")."""
    first = s.tokens[a]
    if a == 0 or s.tokens[a - 1].lower != c.AND:
        return False  # (", a judge ruled on Tuesday": who said it, no "and")
    opens = first.lower in c.DETERMINERS or first.text[:1].isupper()
    # "and counting began", "and rivers rose": a bare noun and a past right after it
    noun = "NOUN" in c.lemmas(first.lower) or first.lower.endswith(c.GERUND or "\0")
    bare = verb == a + 1 and c.is_past(s.tokens[verb].text) and noun
    opens = opens or bare
    if not (opens or (not c.ARTICLES and first.text[:1].isalpha())) or verb - a > 6:
        return False  # (a language without articles opens a subject on its noun)
    if any(s.tokens[k].text == "," or s.tokens[k].lower in c.OPENERS for k in range(a, verb)):
        return False
    word = s.tokens[verb].text
    # a verb by its ending (Spanish "llegará"), or by its shape where no article opens a
    # noun: not English "a Bank of Portugal forecast", a noun read as a verb; or a past with
    # its object after it ("and the House passed it six days later")
    if not (
        c.is_finite_form(word)
        or (not c.ARTICLES and c.is_past(word))
        or bare
        or _past_with_object(s, verb, c)
    ):
        return False
    return not set(c.lemmas(word.lower()).get("VERB", ())) & c.SPEECH_VERBS


def _past_with_object(s: Sentence, verb: int, c: ModuleType) -> bool:
    """Whether the past form at ``verb`` takes an object straight after it (a pronoun or a
    determiner): a verb, not a participle describing the noun before it ("the bill passed
    by the House")."""
    if not c.is_past(s.tokens[verb].text) or verb + 1 >= len(s.tokens):
        return False
    nxt = s.tokens[verb + 1].lower
    return nxt in c.ARTICLES or nxt in c.PRONOUNS


def _own_clause(s: Sentence, when: When, a: int, verb: int, b: int) -> Happening | None:
    """The happening of a clause after "and" with its own subject and its own date: "El
    rodaje empezará en mayo y el estreno llegará el 2 de octubre" → "El estreno llegará"."""
    c = _clauses(s.language)
    part = Clause(a, a, b, c.AND, verb)
    subject, resolved, subject_range = subject_of(s, part)
    stop = cut_coordination(s.tokens, verb, b, s.language)
    drop = widen_drop(s.tokens, s.drop, s.language)
    predicate = reduce_names(s.text, s.tokens, verb, stop, s.mentions, drop, s.language)
    if not subject or is_state(predicate, s.language, when.timex.value):
        return None
    main = next((cl.verb for cl in s.clauses if cl.start <= a < cl.end), None)
    if subject_range[1] <= a and main is not None and agreement_differs(s, main, verb, c):
        # "Рада ухвалила бюджет …, і вже в січні почали ремонт": not the council's doing
        title = as_written(predicate, MAX_CHARS, c)
        kind = clause_kind(s, s.tokens[verb].text, predicate)
        return Happening(title, kind, when, s.entities([(verb, stop)], []))
    thing = object_thing(s, a, stop, drop, subject, subject_range, predicate)
    if thing is not None:  # "bought the mill … and sold it" → "sold the mill"
        predicate, resolved = thing[0], [*resolved, *thing[1]]
    title = headline(subject, predicate, language=s.language)
    if not title:
        return None
    kind = clause_kind(s, s.tokens[verb].text, predicate)
    return Happening(title, kind, when, s.entities([subject_range, (verb, stop)], resolved))


def same_day_follow_on(s: Sentence, clause: Clause, whens: list[When]) -> Happening | None:
    """The happening of a verb phrase in the past after "and", with no date of its own, right
    after the clause's one date, a day ("The council approved the budget on Tuesday and
    rejected an amendment": the rejection that Tuesday too); None otherwise. A wider date is
    not shared: "joined the firm in 1990 and became its chief" tells no year for the second."""
    c = _clauses(s.language)
    if len(whens) != 1 or clause.verb is None:
        return None
    value = parse_value(whens[0].timex.value)
    first = token_at(s.tokens, whens[0].timex.start)
    if value is None or value.precision != "day" or "T" in whens[0].timex.value:
        return None  # (not "overnight", a part of a day: "doubled overnight and led to riots")
    if s.tokens[first - 1].lower in (*c.RANGE_JOINERS, c.BY):
        return None  # "extended its offer to March 31 and …": a deadline, no day it happened
    if said_again(s, lexical_verb(s, clause)):
        return None  # "said the bank bought dollars today and limited …": the bank's, not theirs
    at = token_after(s, whens[0].timex)
    at += at < clause.end and s.tokens[at].text == ","
    if at + 2 >= clause.end or s.tokens[at].lower != c.AND:
        return None
    if _dated_after(s, at, clause.end):
        return None  # "… and charged them on Tuesday": a date of its own
    verb, nxt = s.tokens[at + 1], s.tokens[at + 2]
    passive = verb.lower in c.BE and c.is_participle(nxt.text) and not nxt.lower.endswith(c.GERUND)
    if verb.lower in c.AUX and not passive:
        return None  # "… and would stay in force", "… and was seeking": no happening that day
    if not (passive or _past_verb(verb.text, c)) or said_again(s, at + 1):
        return None  # "… and said it would appeal": the speaker's saying, no happening then
    return _follow_on(s, clause, whens[0], at, clause.end)


def _dated_after(s: Sentence, at: int, end: int) -> bool:
    """Whether a time expression, or a month's or weekday's name the tagger left ("resigned
    on february 17"), follows token ``at`` in the clause."""
    if any(token_at(s.tokens, w.timex.start) > at for w in s.whens):
        return True
    calendar = lang.words(s.language, "calendar")
    return any(t.lower in calendar.MONTHS or t.lower in calendar.WEEKDAYS for t in s.tokens[at:end])
