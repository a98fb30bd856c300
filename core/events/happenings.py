"""The happenings one sentence reports, each with its title, kind, names and time expression.

A happening is a clause's subject and verb phrase around a time expression: "Lindqvist would
tour Kenya on March 3 and Tanzania the next day" reports two ("Lindqvist to tour
Kenya", "Lindqvist to tour Tanzania"). Quotes and attributions give nothing. Sentences without
a time expression are ``core.events.undated``'s; ``core.events.parse`` cuts the sentence.
"""

from __future__ import annotations

import itertools
import logging
from functools import cache
from types import ModuleType

from core import lang
from core.events.after_state import joined_after_state
from core.events.antecedents import clause_whens, past_relative_close
from core.events.apposed_objects import apposed_phrases
from core.events.asides import inner_relative, participle_date, reduced_relative
from core.events.awaited_objects import awaited_title, cancelled_plan, summoned_title
from core.events.bare_relatives import bare_relative
from core.events.clause_checks import (
    _next_clause,
    _object_lost,
    _object_relative,
    _reduced_relative,
    _title_verb,
    date_of_another_verb,
    fronted_object,
    is_condition,
    negated_in_verb,
    negated_verb,
    object_past_date,
    told_content,
)
from core.events.clause_roles import (
    aside_participle,
    content_of_noun,
    fused_clauses,
    headline_with_clitic,
    resumed_main,
)
from core.events.closing_reports import foreseen, reported_main
from core.events.comma_dates import past_date_aside
from core.events.complement_relatives import complement_relative
from core.events.date_breaks import predicate_breaks
from core.events.date_clauses import (
    _cleft,
    _cleft_opener,
    _in_attribution,
    _in_subject_aside,
    _is,
    _opens,
    _reports,
    bare_day_report,
    noun_origin,
)
from core.events.dated_subjects import dated_subject_noun
from core.events.ending_person import told_by_ending
from core.events.entities import Mention
from core.events.follow_on_dates import _follow_on, passive_follow_on, same_day_follow_on
from core.events.fronted_object_pronoun import object_before_pronoun
from core.events.fused_relatives import resumed_verb
from core.events.gerunds import gerund_clause, perfect_participle_clause
from core.events.inverted import verb_first_happening
from core.events.inverted_relatives import inverted_relative
from core.events.joins import (
    and_clause,
    and_verb_before,
    comma_clause,
    finest,
    follow_ons,
    joined_before,
)
from core.events.kinds import clause_kind, kinds_in, trigger_kind
from core.events.lasting_tail import lasting_date, lasting_tail
from core.events.level_after_date import level_after_date
from core.events.nominal import scheduled_noun
from core.events.noun_entries import noun_entry
from core.events.object_complements import with_object_complement
from core.events.object_person import object_person
from core.events.object_thing import object_thing
from core.events.own_periods import names_own_period
from core.events.own_words import clause_words_title, fallback_happening
from core.events.parse import (
    Happening,
    Sentence,
    When,
    dropped,
    kept_text,
    lexical_verb,
    other_until_negations,
    parse_sentence,
    token_after,
    token_at,
)
from core.events.phrases import zu_infinitive
from core.events.relative_objects import (
    dates_relative,
    object_slot,
    relative_object,
    relative_stop,
    subject_nearby,
    verb_before_object,
)
from core.events.report_sources import is_source_verb
from core.events.resumed_objects import resumed_object
from core.events.saying_first import news_before, saying_first
from core.events.split_purposes import before_split_purpose
from core.events.states import is_state, kept_on_a_day, lasting_apart, running_total
from core.events.subject_shapes import fronted_participle
from core.events.subjects import subject_of
from core.events.subordinate_dates import fronted_subordinate_date
from core.events.tokens import Clause
from core.events.told import said_after, span_back, statement
from core.events.totals import dates_a_part, part_happening
from core.events.verb_second import (
    infinitive_after,
    subject_end,
    verb_after_participle,
    verb_second,
)
from core.events.verblast import (
    verb_last_happening,
    verb_last_relative,
    verb_last_relative_clause,
)
from core.events.when_clauses import closing_when, told_by_when_clause, when_clause_date
from core.events.wording import (
    comma_read_past,
    cut_coordination,
    list_comma,
    reduce_names,
    widen_drop,
)
from core.temporal.tagger import Timex

log = logging.getLogger(__name__)

# Kinds notable enough to be an event without a date of their own (``core.events.kinds``).
NOTABLE = frozenset("violence military sanction election protest agreement".split())


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def sentence_happenings(
    text: str, start: int, end: int, whens: list[When], mentions: list[Mention],
    language: str = "en",
) -> list[Happening]:  # fmt: skip
    """The dated happenings of ``text[start:end]``; ``whens`` are its dated time expressions."""
    if _asks(text, start, end, _clauses(language)):
        return []  # "What happened this week?": a subhead that asks, telling nothing yet
    sentence = parse_sentence(text, start, end, whens, mentions, language)
    if sentence is None:
        return []
    found: list[Happening] = []
    told = told_by_when_clause(sentence)
    closed: set[int] = set()  # "when" clauses a date right before them dates
    unread: list[tuple[Clause, When]] = []  # dated clauses that gave nothing
    for ci, clause in enumerate(sentence.clauses):
        if ci in told.values():  # "since 1998, when they won the league": the win's date
            when = next(w for w, k in told.items() if k == ci)
            found.extend(h for h in [clause_happening(sentence, clause, when, clause.end)] if h)
            continue
        if not found and (closed_by := reported_main(sentence, ci)) is not None:
            # "Greta will join, because all clubs agreed, the minister said Friday": the news
            read, main, end, when = closed_by
            news = clause_happening(read, main, when, end, reported=True)
            if news is not None and not foreseen(news.title, language):
                found.append(news)
                continue
        if content_of_noun(sentence, clause) or is_condition(sentence, clause):
            continue  # "denied reports that the minister had resigned", "unless they agree"
        if ci in closed:
            # dated already: "on January 22, when lenders sued over the fund's collapse in
            # 2024", "…, when lenders sued for sums lost when the fund collapsed in 2024"
            continue
        mine = clause_whens(sentence, clause)
        attributed = [w for w in mine if _in_attribution(sentence, clause, w)]
        mine = [w for w in mine if w not in attributed]
        said = said_after(sentence, ci)
        if mine and said is not None:
            if not found:  # "…, sagte ein Sprecher am Montag": the news is reported then
                found.extend(
                    h
                    for h in [clause_happening(sentence, said, mine[0], said.end, reported=True)]
                    if h
                )
            continue
        if mine and (news := saying_first(sentence, ci)) is not None:
            if not found:  # "… que …, informó hoy la policía": the news is reported then
                happening = clause_happening(sentence, news, mine[0], news.end, reported=True)
                found.extend(h for h in [happening] if h)
            continue
        if mine and (main := resumed_main(sentence, ci)) is not None:
            # "On Monday, Ann Lee, who bought the site in 2019, closed …": the main clause's
            found.extend(h for h in [clause_happening(sentence, main, mine[0], main.end)] if h)
            continue
        if mine:
            having = perfect_participle_clause(sentence, ci, mine[0])  # "Having won …, the"
            dated = (
                [having] if having else _dated(sentence, ci, mine)
            )  # (else "after undergoing surgery on Monday")
            dated = dated or [h for h in [gerund_clause(sentence, ci, mine[0])] if h]
            if not dated and (joined := joined_after_state(sentence, ci, mine[0])):
                # "In 1990 the mill employed 800, | and the owners opened a hall": then too
                dated = [h for h in [clause_happening(sentence, joined, mine[0], joined.end)] if h]
            unread += [] if dated else [(clause, mine[0])]
            found.extend(dated)
            # "Norland expelled two men who were questioned last month, a paper reported
            # Friday": the relative's date is its own, the main clause's news the report's
            # ("A man who was hurt in the blast last week has died, officials said Monday")
            reported = _main_reported(sentence, clause, mine, attributed, found)
            found.extend(h for h in [reported] if h)
            # "held a strike in August 2023, when sailings were halted": the halting then too
            found.extend(h for h in [closing_when_clause(sentence, ci, mine, found)] if h)
            closed |= {ci + 1} if closing_when(sentence, ci, mine) else set()
        elif not attributed and (when := fronted_subordinate_date(sentence, ci)) is not None:
            # "En 2018, después de que la fábrica cerrara, el ayuntamiento compró …": then
            found.extend(h for h in [clause_happening(sentence, clause, when, clause.end)] if h)
        elif not attributed and (when := when_clause_date(sentence, ci)) is not None:
            # "She will take her seat when parliament returns on May 18": at that time too
            found.extend(h for h in [clause_happening(sentence, clause, when, clause.end)] if h)
        elif attributed and not found:
            found.extend(h for h in [_reported(sentence, clause, attributed[0])] if h)
    if not found:  # "…, until the fair closed in August 1981": the clause's own words
        found = [h for cl, w in unread if (h := fallback_happening(sentence, cl, w))][:1]
    return found


def _asks(text: str, start: int, end: int, c: ModuleType) -> bool:
    """Whether the sentence is a question of the writer's own: it opens on a question's word
    or an auxiliary and ends on a question mark, with no quotation ("What changed this
    month?"); not a statement that reports one ("The army said it will ask: are …?")."""
    sentence = text[start:end].rstrip()
    if not sentence.endswith("?") or any(q in sentence for q in _QUOTES):
        return False
    first = sentence.split(maxsplit=1)[0].lower()
    return first in c.QUESTION_OPENERS or first in c.AUX


_QUOTES = ('"', "“", "”", "«", "»", "„")


def closing_when_clause(
    s: Sentence, ci: int, whens: list[When], found: list[Happening]
) -> Happening | None:
    """The happening of the "when" clause that the date closing clause ``ci`` dates
    (``closing_when``: "held a strike in August 2023, when sailings were halted"); None when
    there is none or ``found`` already holds it."""
    closing = closing_when(s, ci, whens)
    happening = closing and clause_happening(s, closing[0], closing[1], closing[0].end)
    if not happening or any(h.title == happening.title for h in found):
        return None
    return happening


def _reported(s: Sentence, clause: Clause, when: When) -> Happening | None:
    """ "Prices rose sharply, the ministry said on Friday.": news with no time of its own takes
    the time it was reported ("…, the first since the regime fell in 1989, police said": no)."""
    c = _clauses(s.language)
    if clause.verb is None or clause.opener.lower() in c.CLAUSE_SINCE | c.OTHER_NEWS_OPENERS:
        return None  # (nor "…, near where a gunman shot a nurse, police said Friday")
    if (main := _relative_main(s, clause)) is not None:
        # "Police held two men who had fled, officials said Friday": the arrest is the news
        return clause_happening(s, main, when, main.end, reported=True)
    if clause.opener in c.LIKE_OPENERS:
        # "Chile adelantará la retirada, como preveía un tratado, informa hoy el diario": the
        # news is the clause the comparison follows
        news = news_before(s, s.clauses.index(clause))
        return news and clause_happening(s, news, when, news.end, reported=True)
    at = token_at(s.tokens, when.timex.start)
    comma = max(k for k in range(clause.start, at) if s.tokens[k].text == ",")
    if comma_read_past(s.tokens, clause.verb, comma, clause.end, s.language):
        comma = clause.end  # "purchased, on a net basis, | a record …": the aside's comma
    elif comma > clause.verb and list_comma(s.tokens, comma, clause.end, s.language):
        # "prices of corn, rice, | cottonseed and …": the title stops at the list's first
        comma = min(k for k in range(clause.verb, at) if s.tokens[k].text == ",")
    if comma <= clause.verb or names_own_period(s.text, *s.span(clause.start, comma), s.language):
        return None  # "prices rose in the year to September, …": that year's, not the report's
    return clause_happening(s, clause, when, comma, reported=True)


def _main_reported(
    s: Sentence, clause: Clause, mine: list[When], attributed: list[When],
    found: list[Happening],
) -> Happening | None:  # fmt: skip
    """The main clause's news on the day of the attribution that closes ``clause``: a dated
    relative right after the main clause, which has no date of its own, or ``clause`` itself
    when its own dates (``mine``) all stand in a relative inside its subject ("A man who was
    hurt last week has died, …"); None otherwise or when ``found`` holds it already."""
    if not attributed:
        return None
    main = _relative_main(s, clause)
    if main is not None and clause_whens(s, main):
        return None
    if main is None and not all(_in_subject_relative(s, clause, w) for w in mine):
        return None
    happening = _reported(s, clause, attributed[0])
    if happening is None or any(h.title == happening.title for h in found):
        return None
    return happening


def _in_subject_relative(s: Sentence, clause: Clause, when: When) -> bool:
    """Whether ``when`` stands in a relative inside the subject of ``clause``, before its verb
    ("A man who was hurt in the blast last week | has died"): the relative's date."""
    c = _clauses(s.language)
    at = token_at(s.tokens, when.timex.start)
    if clause.opener or clause.verb is None or not clause.body < at < clause.verb:
        return False
    openers = c.RELATIVES | {c.THAT}
    return any(s.tokens[k].lower in openers for k in range(clause.body + 1, at))


def _relative_main(s: Sentence, clause: Clause) -> Clause | None:
    """The sentence's main clause when ``clause`` is a relative right after it, with no comma
    before the relative ("Police held two men who had fled the scene, …"): the attribution
    that closes the relative reports the main clause's news."""
    c = _clauses(s.language)
    ci = s.clauses.index(clause)
    if ci != 1 or not (
        clause.opener.lower() in c.BARE_SUBJECT_RELATIVES or _subject_that(s, clause, c)
    ):
        return None
    main = s.clauses[0]
    if main.opener or main.verb is None or s.tokens[clause.start - 1].text == ",":
        return None
    return main


def _subject_that(s: Sentence, clause: Clause, c: ModuleType) -> bool:
    """Whether ``clause`` is a "that" relative on the noun before it, its verb right after
    "that" ("… the raids on two depots | that killed nine people, …"): not a reported clause,
    which has its subject first ("said that prices rose")."""
    if clause.opener.lower() != c.THAT or clause.verb is None or clause.verb != clause.start + 1:
        return False
    before = s.tokens[clause.start - 1]
    return "NOUN" in c.lemmas(before.lower) or before.text[:1].isupper()


def _dated(s: Sentence, ci: int, whens: list[When], when_told: bool = False) -> list[Happening]:
    c = _clauses(s.language)
    clause = with_object_complement(s, ci)  # "declared [measles] eliminated [in 2000]"
    of_spans = [
        w for w in whens if w.back and _is(s, min(token_after(s, w.timex), len(s.tokens) - 1), c.OF)
    ]
    spans = [h for h in (span_back(s, clause, w) for w in of_spans) if h]
    own = [w for w in whens if w not in of_spans and not w.back]
    if spans and not (c.DATE_BEFORE_SPAN and own):  # "rouvrira en juin après deux ans de
        return spans  # travaux": the reopening in June, the works only its aside
    whens = [w for w in whens if w not in of_spans]  # "two days of music … is expected": ahead
    if not whens:
        return []
    nxt = s.clauses[ci + 1] if ci + 1 < len(s.clauses) else None
    cleft = nxt is not None and _cleft_opener(nxt.opener, c) and nxt.verb is not None
    if cleft and nxt is not None and _cleft(s, clause, c):
        # "C'est en 1960 que l'épave fut localisée": the date of the "que" clause, no object
        # relative
        found = [clause_happening(s, nxt, whens[0], nxt.end, cleft=True)]
        return [h for h in found if h is not None]
    if clause.verb is None and (shared := passive_follow_on(s, clause)):
        clause = shared[0]  # "…, а потім автоматизований у 1996 році": the participle's
    if clause.verb is None and (entry := noun_entry(s, clause, whens)) is not None:
        return [entry]  # "- 14 May: public hearing on the ring road": a key date's noun
    if clause.verb is None or clause.opener in c.ATTRIBUTION_OPENERS:
        return []  # "…, según anunció ayer la portavoz": who told it, not what happened
    if clause.opener in c.LIKE_OPENERS:
        return []  # "…, como preveía un tratado …, informa hoy": a comparison, no news
    verb_kind = trigger_kind(s.tokens[lexical_verb(s, clause)].text, s.language)
    when_clause = nxt is not None and nxt.opener == c.WHEN and nxt.verb is not None
    if (
        verb_kind is None
        and when_clause
        and not when_told
        and NOTABLE & set(kinds_in(kept_text(s, nxt.body, nxt.end), s.language))
    ):
        # "damaged in 2014 when it annexed": the date right before "when" is the clause's ("was
        # tabled in May and passed on 19 June, when the Greens backed it": June, not May)
        before = [w for w in whens if token_at(s.tokens, w.timex.start) < nxt.start]
        told = max(before or whens, key=lambda w: w.timex.start)
        found = [clause_happening(s, nxt, told, nxt.end)]
        # ... and the clause it closes happened then too ("The vote was held on 3 June, when
        # the Greens agreed to back it": the vote as well), unless the date starts a range
        # ("lived in London from 1968, when …, until 1989": a state, not a happening then)
        at = token_at(s.tokens, told.timex.start)
        starts = at > 0 and s.tokens[at - 1].lower in c.RANGE_OPENERS
        main = [] if starts else _dated(s, ci, whens, when_told=True)
        return [h for h in found if h is not None] + main
    if verb_kind == "statement" and nxt and _reports(s, clause, nxt) and len(whens) == 1:
        told = statement(s, clause, nxt, whens[0])
        if told is None and bare_day_report(s, clause, nxt):
            told = clause_happening(s, nxt, whens[0], nxt.end)  # "said today it was raising its
            # rate to 7.75 pct from …" untold as a saying: the news, on the day it was told
        return [told] if told is not None else []
    ordered = finest(s, sorted(whens, key=lambda w: w.timex.start))
    # "opened in 2019 and [today] houses 40 trains": the state's "today" dates nothing
    ordered = [w for w in ordered if not lasting_date(s, w)] or ordered
    moved = verb_after_participle(s, clause)
    described = [w for w in ordered if participle_date(s, moved, w)]
    if described and len(described) < len(ordered):
        # "El incendio declarado el domingo obligó [este martes] a desalojar": the clause's
        # own date, after its verb, not the participle's that describes its subject
        ordered = [w for w in ordered if w not in described]
    if clause.opener == c.THAT and len(ordered) > 1 and _opens(s, clause, ordered[0]):
        ordered = ordered[1:]  # "said Tuesday the bridge would reopen in May": Tuesday said
    aside = [w for w in ordered if _in_subject_aside(s, clause, w)]
    ordered = [w for w in ordered if w not in aside]
    origin = [w for w in ordered if noun_origin(s, clause, w)]
    if origin and len(origin) < len(ordered):  # "letters from 1944 went on show on Friday"
        ordered = [w for w in ordered if w not in origin]
    if not ordered:  # "the drill, like one staged in 1966, would …": the aside's;
        # "Engineers who inspected the cliff on Wednesday found …": the relative's own
        return [h for w in aside if (h := inner_relative(s, clause, w)) is not None]
    reduced = [
        h
        for w in ordered
        if (h := reduced_relative(s, clause, w) or inner_relative(s, clause, w)) is not None
    ]
    if reduced:  # "Crews flown in … on Friday were joined … on Sunday": the relative's day
        return reduced + _dated(s, ci, [w for w in whens if w not in {h.when for h in reduced}])
    in_subject = [w for w in ordered if token_at(s.tokens, w.timex.start) < clause.verb]
    # "Net income this year has risen … over 1988": the subject's date holds (German fronts a
    # date before its verb: "Im Herbst mussten …" is no subject's date)
    if in_subject and not c.VERB_LAST:
        # "In March 2010 she joined the board and became its chair last year": the second
        # verb phrase's own date after "and"
        later = [w for w in ordered if token_at(s.tokens, w.timex.start) > clause.verb]
        second = and_verb_before(s, clause.verb, later[0]) if later else None
        first_end = clause.end if second is None else second
        found = [clause_happening(s, clause, in_subject[0], first_end, only_own_date=True)]
        if second is not None:
            found.append(_follow_on(s, clause, later[0], second, clause.end))
        return [h for h in found if h is not None]
    conjunct = and_clause(s, clause, ordered[0]) if len(ordered) == 1 else None
    if conjunct is not None:  # "…, и лишь утром 13 января пламя удалось потушить"
        return [h for h in [clause_happening(s, conjunct, ordered[0], conjunct.end)] if h]
    second_part = comma_clause(s, clause, *ordered) if len(ordered) == 2 else None
    if second_part is not None:  # "… в 1946 году, последний матч команда сыграла в 2004 году"
        found = [
            clause_happening(s, clause, ordered[0], second_part.start),
            clause_happening(s, second_part, ordered[1], second_part.end),
        ]
        return [h for h in found if h is not None]
    ordered, cuts = follow_ons(s, ordered)
    bounds = list(zip([clause.start, *cuts], [*cuts, clause.end], strict=True))
    second = joined_before(s, clause.verb, ordered[0])  # "sprach … und reiste am Dienstag"
    if second is None:  # "studied physics and joined the survey in 1958"
        second = and_verb_before(s, clause.verb, ordered[0])
    if second is not None:
        found = [_follow_on(s, clause, ordered[0], second, bounds[0][1])]
    else:
        found = [clause_happening(s, clause, ordered[0], bounds[0][1])]
    for when, (a, b) in zip(ordered[1:], bounds[1:], strict=True):
        found.append(_follow_on(s, clause, when, a, b))
    found += [same_day_follow_on(s, clause, ordered)] if found[0] else []  # "… and rejected"
    return [h for h in found if h is not None]


def clause_happening(
    s: Sentence, clause: Clause, when: When, end: int, only_own_date: bool = False,
    cleft: bool = False, reported: bool = False,
) -> Happening | None:  # fmt: skip
    """Subject and predicate of ``clause`` up to token ``end``; ``only_own_date`` keeps the
    clause's other time expressions in the title ("rose above the level of 2019"); ``cleft``:
    a "que" clause a date was set off before ("C'est en 1960 que …"), no object relative;
    ``reported``: the date is the attribution's after ``end`` ("…, a annoncé mardi la
    préfecture"), which dates the news, whatever auxiliary the saying has."""
    c = _clauses(s.language)
    clause = verb_after_participle(s, clause)  # Spanish "Un incendio declarado … | obligó"
    # "…, а затем автоматизирован в 1996 году": the passive's "был" shared
    shared = passive_follow_on(s, clause) if when else None
    clause = shared[0] if shared else clause
    subject, resolved, subject_range = subject_of(s, clause)
    verb = clause.verb
    if when and (flipped := inverted_relative(s, clause, when)) is not None:
        return flipped  # "el acuerdo que firmaron ayer los gobiernos": they signed it
    # "Дебютувала 2016 року збіркою …": the person the ending stands for, not "збіркою"
    told = told_by_ending(s, clause, (subject, resolved, subject_range), subject_of)
    inverted = verb_first_happening(s, clause, when, end) if when and not told else None
    if inverted is None and when and not subject:  # "El domingo murieron dos personas"
        inverted = verb_first_happening(s, clause, when, end, no_subject=True)
    if inverted is not None:
        return inverted  # "В Брюсселе пройдёт саммит": the subject after the verb
    # (or a subject the parse took from before the relative: "Гравці, які торік вилетіли")
    before = subject_range[1] <= clause.start and clause.opener in c.OBJECT_RELATIVES
    before = before and clause.opener in c.SUBJECT_OBJECT_RELATIVES
    bare = when and (not subject or clause.opener in c.OWNER_RELATIVES or before)
    if bare and (bare := bare_relative(s, clause, when, end)) is not None:
        return bare  # "…годинник, який торік відреставрували": the clock restored
    if when and verb_last_relative_clause(s, clause):  # "…, die … eingegangen war"
        return verb_last_relative(s, clause, when)
    if when and (verb_last := verb_last_happening(s, clause, when)) is not None:
        return verb_last  # "Nachdem das Gericht … verkündet hatte": German's verb last
    wanted = relative_object(s, clause)  # "the levy that the council unveiled in June"
    if verb is None or not subject or _reduced_relative(s, clause):
        return None
    if any(t.lower in c.IMPERATIVE_MARKERS for t in s.tokens[clause.start : clause.end]):
        return None  # "In item headlined …, please read …": a request
    if when and dates_a_part(s, clause, when):  # "has killed 312 people, 12 of them on Sunday"
        spans = [subject_range, (verb, clause.end)]
        return part_happening(s, clause, when, subject, spans, resolved)
    if when and is_source_verb(s.text, s.tokens[verb].start, when.timex, s.language):
        return None  # "…, selon les chiffres communiqués mardi": the source's publishing
    if not cleft and _object_relative(s, clause) and (not wanted or wanted == subject):
        return None  # (nor "Maureen, whom he met …" with "he" taken for her)
    if wanted and when and not dates_relative(s, clause, when):
        return None  # "A plan, which the board approved in May, starts at 10 a.m.": not its date
    if wanted and not subject_nearby(s, clause, subject_range[0]):
        return None  # "X said … markets, which it entered in 1980": "it" is X, unsure
    own = bool(wanted)  # the relative's own object, its title ending at its date
    if aside_participle(s, clause, verb):
        return None  # "The accord, struck late last year | after …, called …": the aside's
    # "Склад, який звели у 1912 році, громада продала у травні": the fronted object back
    wanted = wanted or resumed_object(s, clause, subject_range[0])
    wanted = wanted or object_before_pronoun(s, clause)  # "Премию она получила"
    negated = negated_verb(s, clause.start, verb, c)
    if c.VERB_LAST and not negated:  # German "ist seit Mai nicht gestiegen": before the last verb
        negated = negated_verb(s, verb, lexical_verb(s, clause), c)
    negated = negated or negated_in_verb(s, verb, clause.end, c)  # "n'a pas eu lieu"
    if negated and not any(  # "ne furent ouvertes qu'en 1923": only then, not never
        (s.tokens[k].lower + " ").startswith(c.ONLY_AFTER_NEGATION)
        for k in range(verb + 1, clause.end)
    ):
        return None  # "he never returned", "он не спал": what did not happen (a title drops "не")
    if sum(s.tokens[k].lower in c.TABLE_WORDS for k in range(clause.start, clause.end)) > 1:
        return None  # a line of a results table
    stop = min(end, cut_coordination(s.tokens, verb, clause.end, s.language))
    stop = lasting_tail(s, verb, stop, when)  # "opened in 2019 | and is built to hold …"
    resumed = resumed_verb(s, clause) if clause.opener in c.MAIN_RESUMES_IN_RELATIVE else None
    if resumed is not None and when and verb < resumed > token_at(s.tokens, when.timex.start):
        # (not "La última vez que se cerró | fue en marzo": the date is the other verb's)
        stop = min(stop, resumed)  # "El hombre que visitó ayer a Luis | es médico"
    if (
        stop < clause.end
        and s.tokens[stop].text == ","
        and zu_infinitive(s.tokens, stop + 1, clause.end, c)
    ):  # "Der Minister kündigte an, nach China zu reisen": what he announced
        rest = (j for j in range(stop + 1, clause.end) if s.tokens[j].text == ",")
        stop = min(end, next(rest, clause.end))
    if (
        when is not None
        and not reported
        and date_of_another_verb(s, token_at(s.tokens, when.timex.start), stop)
    ):
        return None  # "the grocer that grew from a stall, | will shut … by June": not its date
    drop = dropped(s.tokens, [when], s.language) if only_own_date and when else s.drop
    drop = widen_drop(s.tokens, drop, s.language) - other_until_negations(s, when)
    drop = drop | apposed_phrases(s.tokens, verb, stop, c)  # German ", des Stifters,"
    if subject_range[0] > verb:  # a subject after its verb (German): not the predicate's
        drop = drop | set(range(*subject_range))
    stop, drop = past_date_aside(s, stop, drop, end, clause.end)  # "a remporté, mardi, le prix"
    past_date = object_past_date(s, verb, stop, drop)
    if past_date is not None:  # "sold on May 3, 1986, | 250 mln dlrs of notes": the object
        object_end = max(past_date)
        # a later date's cut inside what is dropped ("…, ended [Feb 28], | earnings") ends no
        # predicate
        reach = object_end if end <= max(past_date - {object_end}) + 1 else end
        drop, stop = drop | past_date - {object_end}, min(reach, clause.end, object_end)
    # "a major [overnight] assault" reads whole without its date; "began delving [Thursday]
    # into …" reads on, its stop before the date kept in case the longer title cuts to nothing
    broken, soft = predicate_breaks(s, drop, verb, stop)
    if _object_lost(s, clause, drop, broken) and broken < stop:  # "were predicting [1990] …"
        drop = drop - set(itertools.takewhile(drop.__contains__, range(broken, stop)))
    else:
        stop = broken
    stop, fused = fused_clauses(s, verb, stop, drop, when)  # "… | and its members will vote"
    stop = before_split_purpose(s, verb, stop)  # "left the band | to found, with …, a label"
    predicate = reduce_names(s.text, s.tokens, verb, stop, s.mentions, drop, s.language)
    predicate = f"{shared[1]} {predicate}" if shared else predicate
    if wanted:  # the object back after its verb: "The council unveiled the levy"
        group = object_slot(s, verb, stop)
        tail = relative_stop(s, when, group, stop) if own else stop  # ("… | entre en vigueur")
        predicate = " ".join(
            part
            for part in (
                verb_before_object(s, verb, group, drop),
                wanted,
                reduce_names(s.text, s.tokens, group, tail, s.mentions, drop, s.language),
            )
            if part
        )
    if pronoun := fronted_object(s, clause):  # "Das teilte die Polizei mit": it told that
        head, _, rest = predicate.partition(" ")
        predicate = f"{head} {pronoun} {rest}".strip()
    second = verb_second(s, clause, subject_range, drop)  # German "dass … gefasst wurde"
    predicate = second or predicate
    if second and subject_end(s, *subject_range) < subject_range[1]:  # "die Moderatorin"
        end_at = subject_end(s, *subject_range)
        subject = reduce_names(
            s.text, s.tokens, subject_range[0], end_at, s.mentions, drop, s.language
        )
    opened = fronted_participle(s, clause)
    if opened is not None and subject_range[0] > verb:  # "Begonnen hatte der Streit …"
        predicate = f"{predicate} {s.tokens[opened].lower}"
    put_back = wanted  # the infinitive the caller cut off, if any
    wanted = None if second else infinitive_after(s, stop, drop)  # "… zu senken"
    predicate = f"{predicate}, {wanted}" if wanted else predicate
    if not (second or wanted or put_back) and _object_lost(s, clause, drop, stop):
        # "The council recommended [that …]": the reported clause is what it recommended
        content = _next_clause(s, clause)
        return statement(s, clause, content, when) if content and when else None
    opener = [t.lower for t in s.tokens[clause.start : verb]]  # "So far this year, nine …"
    noun_title = scheduled_noun(s, subject, predicate)  # "The final vote is [on June 3]"
    noun_title = noun_title or dated_subject_noun(
        s, clause, subject, subject_range, predicate, when
    )
    state = is_state(predicate, s.language, when and when.timex.value)
    state = state or bool(when and lasting_apart(s, predicate, when, stop, reported))
    state = state or level_after_date(s, clause, verb, predicate, when)  # "closed out May at"
    if not noun_title and (state or running_total(opener, s.language)):
        return None  # "Its business was weaker", "the index stood at 110": no happening
    content = next((cl for cl in s.clauses if cl.start == stop), None)
    if content is not None and content_of_noun(s, content):
        # the title keeps what the noun says: "denied reports that the minister resigned"
        predicate = f"{predicate} {kept_text(s, stop, content.end)}"
    if subject.lower() in c.SPEAKER_PRONOUNS:
        return None  # a speaker's own words, quoted
    named = object_person(s, verb, stop, drop, subject_range, resolved, predicate)
    if named is not None:  # "Police arrested her" → "Police arrested Nora Vance"
        predicate, resolved = named[0], [*resolved, named[1]]
    thing = object_thing(s, verb, stop, drop, subject, subject_range, predicate)
    if thing is not None:  # "… and raised it to red" → "raised a flood alert to red"
        predicate, resolved = thing[0], [*resolved, *thing[1]]
    title = fused or headline_with_clitic(s, subject, predicate, subject_range, verb)
    if not title and soft is not None and not (put_back or shared or second or pronoun or opened):
        short = reduce_names(s.text, s.tokens, verb, soft, s.mentions, drop, s.language)
        title = headline_with_clitic(s, subject, short, subject_range, verb)
    plain_state = is_state(predicate, s.language) and not kept_on_a_day(
        predicate, s.language, when and when.timex.value
    )  # "will remain closed [on Monday]": a closure that day
    title = noun_title if plain_state else title or noun_title
    # no headline made of a clause read whole: its own words ("Der Kreistag hat … beschlossen")
    title = title or clause_words_title(s, clause, subject_range, verb, stop, drop)
    if not title:
        return None
    if cancelled_plan(s, lexical_verb(s, clause), when):
        return None  # "cancelled the fair planned for May 9": nothing happens on May 9
    # "expected a safety audit in the autumn": the visit's date, told by the visit
    lexical = lexical_verb(s, clause)
    title = awaited_title(s, subject, lexical, when) or summoned_title(s, lexical, when) or title
    content = told_content(s, clause, drop, stop)  # "told a meeting [of …] | that …": what
    told = statement(s, clause, content, when, retitle=True) if content and when else None
    kind = clause_kind(
        s, _title_verb(predicate, "", c) or s.tokens[lexical_verb(s, clause)].text, predicate
    )
    return told or Happening(title, kind, when, s.entities([subject_range, (verb, stop)], resolved))


def relative_happening(
    text: str, start: int, end: int, timex: Timex, mentions: list[Mention], language: str
) -> Happening | None:
    """ "Walkers praised the footbridge, which the town opened in 1931": a date that stands in
    a relative clause never dates the main clause (``core.events.anchors``), but it does date
    the relative's own happening ("The town opened the footbridge"); None when the date is not
    in such a clause."""
    c = _clauses(language)
    s = parse_sentence(text, start, end, [When(timex)], mentions, language)
    if s is None or not s.whens:
        return None
    when = s.whens[0]
    at = token_at(s.tokens, timex.start)
    clause = next((cl for cl in s.clauses if cl.start <= at < cl.end), None)
    if clause is None:
        return None
    if clause.opener in c.RELATIVES | c.THING_RELATIVES and clause.verb is not None:
        said = clause.opener == c.THAT and c.is_past(s.tokens[max(0, clause.start - 1)].text)
        said = said or past_relative_close(s, clause, timex.start)  # ("…, in July")
        return None if said else clause_happening(s, clause, when, clause.end)  # ("Recordó que")
    # "sailors who drowned … in May 2018 was blessed"; "was a girl who fell ill on May 2"
    return inner_relative(s, clause, when) or complement_relative(s, clause, when)
