"""The cues a language gives for what a time expression dates: its patterns and word sets.

``core.events.anchors`` reads them around each date ("due", "since", "the quarter ended", a
contract month, a participle before its noun); the words are the language's
(``core.lang.<code>``'s anchors, events and clauses), read once per language.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from functools import cache, partial

from core import lang
from core.events.quick_patterns import quick
from core.events.sentences import _is_abbreviation


@dataclass(frozen=True, slots=True)
class _Cues:
    since: re.Pattern[str]
    terms_after: re.Pattern[str]
    terms_before: re.Pattern[str]
    terms_range: re.Pattern[str]
    contract_month: re.Pattern[str]
    contract_month_alone: re.Pattern[str]
    contract_month_opens: re.Pattern[str]
    contract_month_before: re.Pattern[str]
    months: frozenset[str]
    month_parts: frozenset[str]
    days: frozenset[str]
    clock_then_day: re.Pattern[str]
    period_ended: re.Pattern[str]
    name_before_year: re.Pattern[str]
    object_participle: re.Pattern[str]
    speech_verbs: frozenset[str]
    is_past: Callable[[str], bool]
    record: re.Pattern[str]
    as_deadline: re.Pattern[str]
    apposition: re.Pattern[str]
    term: re.Pattern[str]
    due: re.Pattern[str]
    due_debt: re.Pattern[str]
    be: frozenset[str]
    comparison: re.Pattern[str]
    own_sentence: bool
    comparison_next: re.Pattern[str]
    from_: re.Pattern[str]
    amount: re.Pattern[str]
    named_number: re.Pattern[str]
    stop: re.Pattern[str]
    range_join: re.Pattern[str]
    range_next: re.Pattern[str]
    of: re.Pattern[str]
    time_nouns: frozenset[str]
    determiner: re.Pattern[str]
    determiner_start: re.Pattern[str]
    noun_after: re.Pattern[str]
    event_nouns: frozenset[str]
    during: re.Pattern[str]
    possessive: tuple[str, ...]
    possessive_object: re.Pattern[str]
    possessive_level: tuple[re.Pattern[str], re.Pattern[str]]
    noun_for: re.Pattern[str]
    plan_nouns: frozenset[str]
    aside: re.Pattern[str]
    is_participle: Callable[[str], bool]
    finite_past: Callable[[str], bool]  # "murió", not "announced" (a participle too)
    prenominal: re.Pattern[str]
    articles: frozenset[str]
    prepositions: frozenset[str]
    lemmas: Callable[[str], dict[str, tuple[str, ...]]]
    function_words: frozenset[str]
    fronted_participle: re.Pattern[str] | None = None
    fronted_participle_unmarked: bool = False
    fronted_participle_chain: frozenset[str] = frozenset()
    period_end: re.Pattern[str] | None = None
    period_start: re.Pattern[str] | None = None
    figure_base: re.Pattern[str] | None = None
    figure_base_after: re.Pattern[str] | None = None
    price_base: re.Pattern[str] | None = None
    condition: re.Pattern[str] | None = None
    deadline: re.Pattern[str] | None = None
    deadline_ends: tuple[str, ...] = ("",)  # how every match of deadline ends (lower case)
    appointment_effective: re.Pattern[str] | None = None
    change: re.Pattern[str] | None = None
    change_by: re.Pattern[str] | None = None
    change_after: re.Pattern[str] | None = None
    to_figure: re.Pattern[str] | None = None
    year_compound: re.Pattern[str] | None = None
    contact_relative: re.Pattern[str] | None = None
    noun_plan_in: re.Pattern[str] | None = None
    gerund: tuple[str, ...] = ()
    subordinators: frozenset[str] = frozenset()
    fronted_subordinators: frozenset[str] = frozenset()
    fronted_phrase_openers: tuple[str, ...] = ()
    noun_plan_in_ahead: re.Pattern[str] | None = None
    figure_level: re.Pattern[str] | None = None
    figure_on_year: re.Pattern[str] | None = None
    figure_aside: re.Pattern[str] | None = None
    story_setting: re.Pattern[str] | None = None
    figure_aside_verb: re.Pattern[str] | None = None
    people_after_possessive: frozenset[str] = frozenset()
    forecast_figure: re.Pattern[str] | None = None
    report_period: re.Pattern[str] | None = None
    possible_bound: re.Pattern[str] | None = None
    document_year: re.Pattern[str] | None = None
    document_before: re.Pattern[str] | None = None
    counted_thing: re.Pattern[str] | None = None
    move_noun: re.Pattern[str] | None = None
    bound_before: re.Pattern[str] | None = None
    moved_date: re.Pattern[str] | None = None
    abandoned_plan: re.Pattern[str] | None = None
    plan_before: re.Pattern[str] | None = None
    plan_after: re.Pattern[str] | None = None
    plan_given_up: re.Pattern[str] | None = None
    negated: re.Pattern[str] | None = None
    corrected: re.Pattern[str] | None = None
    record_set_year: re.Pattern[str] | None = None
    offset_than: re.Pattern[str] | None = None
    level_before: re.Pattern[str] | None = None
    name_then_noun: re.Pattern[str] | None = None
    agreement_nouns: frozenset[str] = frozenset()
    agreement_made: re.Pattern[str] | None = None
    when_clause: re.Pattern[str] | None = None
    level: re.Pattern[str] | None = None
    period_ending: re.Pattern[str] | None = None
    security_rate: re.Pattern[str] | None = None
    security_after: re.Pattern[str] | None = None
    with_expected: re.Pattern[str] | None = None
    counted_from: re.Pattern[str] | None = None
    counted_to: re.Pattern[str] | None = None
    phrase_of_time: re.Pattern[str] | None = None
    phrase_of_time_not: frozenset[str] = frozenset()
    aux: frozenset[str] = frozenset()
    infinitive_marks: frozenset[str] = frozenset()
    noun_plan: re.Pattern[str] | None = None
    noun_plan_needs: re.Pattern[str] | None = None  # in every match of noun_plan: tried first
    noun_due_to: re.Pattern[str] | None = None
    noun_planned_for: re.Pattern[str] | None = None
    payment: re.Pattern[str] | None = None
    payment_before: re.Pattern[str] | None = None
    state_until: re.Pattern[str] | None = None
    tally_through: re.Pattern[str] | None = None
    clause_words: re.Pattern[str] | None = None
    third_person: tuple[str, ...] = ()
    # whether a word after an object noun reads as its participle ("aprobado", not "partidos")
    object_participle_reads: Callable[[str], bool] = lambda word: True
    object_time_prepositions: frozenset[str] = frozenset()
    reporting: frozenset[str] = frozenset()
    since_activity: re.Pattern[str] | None = None
    since_year_state: re.Pattern[str] | None = None
    manner_time: re.Pattern[str] | None = None
    since_activity_not: re.Pattern[str] | None = None
    subject_participle: re.Pattern[str] | None = None
    subject_phrase: re.Pattern[str] | None = None
    noun_then_verb: re.Pattern[str] | None = None
    aside_goes_on: re.Pattern[str] | None = None
    verb_after: re.Pattern[str] | None = None
    # whether the full stop at an index of a text closes an abbreviation ("Corp."), not a
    # sentence
    abbreviation: Callable[[str, int], bool] | None = None
    event_noun_elsewhen: re.Pattern[str] | None = None
    thing_age: re.Pattern[str] | None = None
    thing_age_after: re.Pattern[str] | None = None
    apposition_subject: re.Pattern[str] | None = None
    begun_activity: re.Pattern[str] | None = None
    begun_activities: frozenset[str] = frozenset()
    since_baseline: re.Pattern[str] | None = None
    counted_apposition: re.Pattern[str] | None = None
    aside_bare_date: re.Pattern[str] | None = None
    since_phrase: re.Pattern[str] | None = None
    since_state: re.Pattern[str] | None = None
    from_start: re.Pattern[str] | None = None
    apposition_date_preposition: re.Pattern[str] | None = None
    # a bare participle is never a clause's verb: its aside may end the sentence (the
    # languages whose participle asides ``core.events.participle_asides`` titles)
    bare_participle_aside: bool = False
    restated_before: re.Pattern[str] | None = None
    restated_after: re.Pattern[str] | None = None
    restated_period: re.Pattern[str] | None = None
    person_role_after: re.Pattern[str] | None = None
    decade_text: re.Pattern[str] | None = None
    decade_thing_before: re.Pattern[str] | None = None
    decade_thing_after: re.Pattern[str] | None = None
    decade_time_before: re.Pattern[str] | None = None
    person_apposition: re.Pattern[str] | None = None
    person_apposition_close: re.Pattern[str] | None = None
    concessive_phrase: re.Pattern[str] | None = None
    price_date_after: re.Pattern[str] | None = None
    price_date_timing: re.Pattern[str] | None = None
    price_figure: re.Pattern[str] | None = None
    price_owner: re.Pattern[str] | None = None
    plan_dropped: re.Pattern[str] | None = None
    plan_set: re.Pattern[str] | None = None
    plan_noun: re.Pattern[str] | None = None
    compared_relative: re.Pattern[str] | None = None
    # the comparison's word opens a relative too: a past right after the date is the
    # relative's verb (Spanish "…, que el domingo perdió")
    comparison_relative: bool = False
    # nouns that name one happening, "-ing" forms among them ("bombing", "hearing")
    happening_nouns: frozenset[str] = frozenset()


@cache
def _cues(language: str) -> _Cues:
    cues = _read_cues(language)
    # each is searched in the stretch before each date: most need a word that is not there
    patterns = {f.name: getattr(cues, f.name) for f in fields(cues)}
    return replace(cues, **{k: quick(p) for k, p in patterns.items() if isinstance(p, re.Pattern)})


def _read_cues(language: str) -> _Cues:
    a = lang.words(language, "anchors")
    events = lang.words(language, "events")
    clauses = lang.words(language, "clauses")
    return _Cues(
        since=re.compile(a.SINCE_BEFORE, re.I),
        terms_after=re.compile(a.TERMS_AFTER, re.I),
        terms_before=re.compile(a.TERMS_BEFORE, re.I),
        terms_range=re.compile(a.TERMS_RANGE_AFTER, re.I),
        contract_month=re.compile(a.CONTRACT_MONTH_AFTER, re.I),
        contract_month_alone=re.compile(a.CONTRACT_MONTH_ALONE_AFTER),
        contract_month_opens=re.compile(a.CONTRACT_MONTH_ALONE_BEFORE),
        contract_month_before=re.compile(a.CONTRACT_MONTH_BEFORE, re.I),
        months=a.MONTHS,
        month_parts=a.MONTH_PARTS,
        days=a.DAYS,
        clock_then_day=re.compile(a.CLOCK_THEN_DAY_AFTER, re.I),
        period_ended=re.compile(a.PERIOD_ENDED_AFTER),
        name_before_year=re.compile(a.NAME_BEFORE_YEAR),
        object_participle=re.compile(a.OBJECT_PARTICIPLE_BEFORE),
        speech_verbs=frozenset(clauses.SPEECH_VERBS),
        is_past=clauses.is_past,
        record=re.compile(a.RECORD_BEFORE, re.I),
        as_deadline=re.compile(a.AS_DEADLINE_AFTER, re.I),
        apposition=re.compile(a.APPOSITION, re.I),
        term=re.compile(a.TERM_BEFORE, re.I),
        due=re.compile(a.DUE_BEFORE, re.I),
        due_debt=re.compile(a.DUE_DEBT_BEFORE, re.I),
        be=a.BE,
        comparison=re.compile(a.COMPARISON, re.I),
        comparison_next=re.compile(a.COMPARISON_NEXT, re.I),
        from_=re.compile(a.FROM, re.I),
        amount=re.compile(a.AMOUNT, re.I),
        named_number=re.compile(a.NAMED_NUMBER),
        stop=re.compile(a.COMPARISON_STOP, re.I),
        own_sentence=lang.words(language, "clauses").REACH_OWN_SENTENCE,
        range_join=re.compile(a.RANGE_JOIN_BEFORE, re.I),
        range_next=re.compile(a.RANGE_JOIN_AFTER, re.I),
        of=re.compile(a.OF_BEFORE, re.I),
        time_nouns=a.TIME_NOUNS,
        determiner=re.compile(a.DETERMINER_BEFORE, re.I),
        determiner_start=re.compile(a.DETERMINER_START, re.I),
        noun_after=re.compile(a.NOUN_AFTER),
        event_nouns=events.EVENT_NOUNS | a.MORE_EVENT_NOUNS,
        during=re.compile(a.DURING_BEFORE, re.I),
        possessive=tuple(clauses.POSSESSIVE_ENDINGS),
        possessive_object=re.compile(a.POSSESSIVE_AFTER_PREPOSITION, re.I),
        possessive_level=(
            re.compile(a.POSSESSIVE_LEVEL_BEFORE, re.I),
            re.compile(a.POSSESSIVE_LEVEL_AFTER, re.I),
        ),
        noun_for=re.compile(a.NOUN_FOR_BEFORE, re.I),
        plan_nouns=a.PLAN_NOUNS,
        aside=re.compile(a.ASIDE_PARTICIPLE_BEFORE, re.I),
        is_participle=_participle(
            clauses.is_past if a.ASIDE_PAST_IS_PARTICIPLE else _never,
            tuple(a.ASIDE_PARTICIPLE_ENDINGS),
        ),
        finite_past=lambda word: clauses.is_past(word) and not clauses.is_participle(word),
        prenominal=re.compile(a.PRENOMINAL_PARTICIPLE_AFTER),
        articles=clauses.ARTICLES,
        prepositions=frozenset(clauses.PREPOSITIONS),
        lemmas=clauses.lemmas,
        function_words=frozenset(clauses.FUNCTION_WORDS | clauses.PREPOSITIONS | clauses.ADVERBS),
        fronted_participle=re.compile(a.FRONTED_PARTICIPLE_BEFORE),
        fronted_participle_unmarked=a.FRONTED_PARTICIPLE_UNMARKED,
        fronted_participle_chain=a.FRONTED_PARTICIPLE_CHAIN,
        period_end=re.compile(a.PERIOD_END_BEFORE, re.I),
        period_start=re.compile(a.PERIOD_START_BEFORE, re.I),
        figure_base=re.compile(a.FIGURE_BASE_BEFORE, re.I),
        figure_base_after=re.compile(a.FIGURE_BASE_AFTER, re.I),
        price_base=re.compile(a.PRICE_BASE_AFTER, re.I),
        condition=re.compile(a.CONDITION_BEFORE, re.I),
        deadline=re.compile(a.DEADLINE_BEFORE, re.I),
        deadline_ends=tuple(a.DEADLINE_ENDS),
        appointment_effective=re.compile(a.APPOINTMENT_EFFECTIVE_BEFORE, re.I),
        change=re.compile(a.CHANGE_BEFORE_FROM, re.I),
        change_by=re.compile(a.CHANGE_BY_BEFORE, re.I),
        change_after=re.compile(a.CHANGE_AFTER_FROM or a.CHANGE_BEFORE_FROM, re.I),
        to_figure=re.compile(a.TO_FIGURE, re.I),
        year_compound=re.compile(a.YEAR_COMPOUND_AFTER),
        contact_relative=re.compile(a.CONTACT_RELATIVE_BEFORE),
        noun_plan_in=re.compile(a.NOUN_PLAN_IN_BEFORE, re.I),
        noun_plan_in_ahead=re.compile(a.NOUN_PLAN_IN_AHEAD, re.I),
        figure_level=re.compile(a.FIGURE_LEVEL_BEFORE, re.I),
        figure_on_year=re.compile(a.FIGURE_ON_YEAR_BEFORE, re.I),
        figure_aside=re.compile(a.FIGURE_ASIDE_BEFORE, re.I),
        story_setting=re.compile(a.STORY_SETTING_BEFORE, re.I),
        figure_aside_verb=re.compile(a.FIGURE_ASIDE_VERB_AFTER),
        people_after_possessive=a.PEOPLE_AFTER_POSSESSIVE,
        forecast_figure=re.compile(a.FORECAST_FIGURE_BEFORE, re.I),
        report_period=re.compile(a.REPORT_PERIOD_BEFORE, re.I),
        possible_bound=re.compile(a.POSSIBLE_BOUND_BEFORE, re.I),
        document_year=re.compile(a.DOCUMENT_YEAR_AFTER, re.I),
        document_before=re.compile(a.DOCUMENT_YEAR_BEFORE, re.I),
        counted_thing=re.compile(a.COUNTED_THING_BEFORE, re.I),
        move_noun=re.compile(a.MOVE_NOUN_BEFORE, re.I),
        bound_before=re.compile(a.BOUND_BEFORE, re.I),
        moved_date=re.compile(a.MOVED_DATE_BEFORE, re.I),
        abandoned_plan=re.compile(a.ABANDONED_PLAN_BEFORE, re.I),
        plan_before=re.compile(a.PLAN_BEFORE, re.I),
        plan_after=re.compile(a.PLAN_AFTER, re.I),
        plan_given_up=re.compile(a.PLAN_GIVEN_UP_AFTER, re.I),
        negated=re.compile(a.NEGATED_BEFORE, re.I),
        corrected=re.compile(a.CORRECTED_AFTER, re.I),
        record_set_year=re.compile(a.RECORD_SET_YEAR_BEFORE, re.I),
        offset_than=re.compile(a.OFFSET_THAN, re.I),
        level_before=re.compile(a.LEVEL_BEFORE, re.I),
        name_then_noun=re.compile(a.NAME_THEN_NOUN_AFTER),
        agreement_nouns=a.AGREEMENT_NOUNS,
        agreement_made=re.compile(a.AGREEMENT_MADE_BEFORE, re.I),
        when_clause=re.compile(a.WHEN_CLAUSE_AFTER, re.I),
        level=re.compile(a.LEVEL_AFTER, re.I),
        period_ending=re.compile(a.PERIOD_ENDING_AFTER, re.I),
        security_rate=re.compile(a.SECURITY_RATE_BEFORE, re.I),
        security_after=re.compile(a.SECURITY_AFTER, re.I),
        with_expected=re.compile(a.WITH_EXPECTED_BEFORE, re.I),
        counted_from=re.compile(a.COUNTED_FROM, re.I),
        counted_to=re.compile(a.COUNTED_TO_AFTER, re.I),
        phrase_of_time=re.compile(a.PHRASE_OF_TIME_BEFORE, re.I),
        phrase_of_time_not=a.PHRASE_OF_TIME_NOT,
        aux=frozenset(clauses.AUX),
        infinitive_marks=a.INFINITIVE_MARKS,
        noun_plan=re.compile(a.NOUN_PLAN_BEFORE, re.I),
        noun_plan_needs=re.compile(a.NOUN_PLAN_NEEDS, re.I),
        noun_due_to=re.compile(a.NOUN_DUE_TO_BEFORE, re.I),
        noun_planned_for=re.compile(a.NOUN_PLANNED_FOR_BEFORE, re.I),
        payment=re.compile(a.PAYMENT_AFTER, re.I),
        payment_before=re.compile(a.PAYMENT_BEFORE, re.I),
        state_until=re.compile(a.STATE_UNTIL_BEFORE, re.I),
        tally_through=re.compile(a.TALLY_THROUGH_BEFORE, re.I),
        clause_words=re.compile(a.CLAUSE_WORDS),
        third_person=tuple(a.THIRD_PERSON_ENDINGS),
        object_participle_reads=object_participle_reads(language),
        object_time_prepositions=frozenset(a.OBJECT_PARTICIPLE_TIME_PREPOSITIONS),
        gerund=tuple(a.GERUND_ENDINGS),
        subordinators=frozenset(clauses.SUBORDINATORS),
        fronted_subordinators=frozenset(clauses.FRONTED_SUBORDINATORS),
        fronted_phrase_openers=tuple(f"{o} " for o in clauses.FRONTED_PHRASE_OPENERS),
        reporting=a.APPOSITION_NOT_PARTICIPLES,
        since_activity=re.compile(a.SINCE_ACTIVITY_BEFORE, re.I),
        since_year_state=re.compile(a.SINCE_YEAR_STATE_BEFORE, re.I),
        manner_time=re.compile(a.MANNER_TIME_BEFORE, re.I),
        since_activity_not=re.compile(a.SINCE_ACTIVITY_NOT_TIMEX, re.I),
        subject_participle=re.compile(a.SUBJECT_PARTICIPLE_BEFORE),
        verb_after=re.compile(a.VERB_AFTER_SUBJECT),
        subject_phrase=re.compile(a.SUBJECT_PHRASE_BEFORE, re.I),
        noun_then_verb=re.compile(a.NOUN_THEN_VERB_AFTER),
        aside_goes_on=re.compile(a.ASIDE_GOES_ON_AFTER, re.I),
        abbreviation=partial(_is_abbreviation, language=language),
        event_noun_elsewhen=re.compile(a.EVENT_NOUN_ELSEWHEN_BEFORE, re.I),
        thing_age=re.compile(a.THING_AGE_BEFORE, re.I),
        thing_age_after=re.compile(a.THING_AGE_AFTER),
        apposition_subject=re.compile(a.APPOSITION_SUBJECT_AGE_BEFORE),
        begun_activity=re.compile(a.BEGUN_ACTIVITY_BEFORE),
        begun_activities=a.BEGUN_ACTIVITIES,
        since_baseline=re.compile(a.SINCE_CLAUSE_BASELINE_BEFORE, re.I),
        counted_apposition=re.compile(a.COUNTED_APPOSITION_BEFORE),
        aside_bare_date=re.compile(a.ASIDE_BARE_DATE, re.I),
        since_phrase=re.compile(a.SINCE_PHRASE_BEFORE, re.I),
        since_state=re.compile(a.SINCE_STATE_BEFORE, re.I),
        from_start=re.compile(a.FROM_START_BEFORE, re.I),
        apposition_date_preposition=re.compile(a.APPOSITION_DATE_PREPOSITION, re.I),
        bare_participle_aside=bool(a.ASIDE_PASSIVE[0]),
        restated_before=re.compile(a.RESTATED_BEFORE, re.I),
        restated_after=re.compile(a.RESTATED_AFTER, re.I),
        restated_period=re.compile(a.RESTATED_PERIOD_BEFORE, re.I),
        person_role_after=re.compile(a.PERSON_ROLE_AFTER, re.I),
        decade_text=re.compile(a.DECADE_OF_THING_TEXT),
        decade_thing_before=re.compile(a.DECADE_OF_THING_BEFORE),
        decade_thing_after=re.compile(a.DECADE_OF_THING_AFTER),
        decade_time_before=re.compile(a.DECADE_TIME_BEFORE, re.I),
        person_apposition=re.compile(a.PERSON_APPOSITION_BEFORE, re.I),
        person_apposition_close=re.compile(a.PERSON_APPOSITION_CLOSE_AFTER),
        concessive_phrase=re.compile(a.CONCESSIVE_PHRASE_BEFORE, re.I),
        price_date_after=re.compile(a.PRICE_DATE_AFTER, re.I),
        price_date_timing=re.compile(a.PRICE_DATE_TIMING_BEFORE, re.I),
        price_figure=re.compile(a.PRICE_FIGURE_BEFORE, re.I),
        price_owner=re.compile(a.PRICE_OWNER_BEFORE, re.I),
        plan_dropped=re.compile(a.PLAN_DROPPED_AFTER, re.I),
        plan_set=re.compile(a.PLAN_SET_BEFORE, re.I),
        plan_noun=re.compile(a.PLAN_NOUN_BEFORE, re.I),
        compared_relative=re.compile(a.COMPARED_RELATIVE_BEFORE, re.I),
        comparison_relative=a.COMPARISON_WORD_OPENS_RELATIVE,
        happening_nouns=events.HAPPENING_NOUNS,
    )


def _never(word: str) -> bool:
    return False


def object_participle_reads(language: str) -> Callable[[str], bool]:
    """Whether a word after an object noun reads as its participle: in a language whose
    participles are often nouns too (Spanish "sus primeros partidos", "las entradas"), one the
    lexicon knows as a verb, or a participle of record ("los presupuestos aprobados")."""
    a, clauses = lang.words(language, "anchors"), lang.words(language, "clauses")
    if not a.OBJECT_PARTICIPLE_NEEDS_VERB:
        return lambda word: True
    stems = tuple(a.OBJECT_PARTICIPLE_STEMS)
    return lambda word: "VERB" in clauses.lemmas(word.lower()) or word.lower().startswith(stems)


def _participle(is_past: Callable[[str], bool], endings: tuple[str, ...]) -> Callable[[str], bool]:
    """After a comma, "set up", "acquired": the past form is the participle; Russian and
    Ukrainian decline theirs ("построенную"), read by their endings."""
    return lambda word: is_past(word) or word.lower().endswith(endings)
