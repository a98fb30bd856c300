"""Neutral anchors data: each name's value in a language that leaves it out."""

from __future__ import annotations

DUE_BEFORE = r"(?!)"
DUE_DEBT_BEFORE = r"(?!)"
APPOSITION_DATE_PREPOSITION = r"(?!)"
OF_BEFORE = r"(?!)"
DETERMINER_BEFORE = r"(?!)"
DETERMINER_START = r"(?!)"
EVENT_NOUN_ELSEWHEN_BEFORE = r"(?!)"
THING_AGE_BEFORE = r"(?!)"
THING_AGE_AFTER = r"(?!)"
ASIDE_OBJECT_PARTICIPLE_BEFORE = r"(?P<participle>(?!))"
APPOSITION_SUBJECT_AGE_BEFORE = r"(?!)"
BEGUN_ACTIVITY_BEFORE = r"(?P<noun>(?!))"
BEGUN_ACTIVITIES: frozenset[str] = frozenset()
SINCE_CLAUSE_BASELINE_BEFORE = r"(?!)"
COUNTED_APPOSITION_BEFORE = r"(?!)"
ASIDE_BARE_DATE = r"(?!)"
SINCE_PHRASE_BEFORE = r"(?P<words>(?!))(?P<preposition>)"
SINCE_STATE_BEFORE = r"(?!)"
FROM_START_BEFORE = r"(?P<words>(?!))"
PERIOD_ADJECTIVE_BEFORE = r"(?!)"
PERIOD_FIGURES_AFTER = r"(?!)"
SUPERLATIVE_SCOPE_BEFORE = r"(?!)"
POSSESSIVE_AFTER_PREPOSITION = r"(?!)"
POSSESSIVE_LEVEL_BEFORE = r"(?!)"
POSSESSIVE_LEVEL_AFTER = r"(?!)"
TERMS_RANGE_AFTER = r"(?!)"
CONTRACT_MONTH_AFTER = r"(?!)"
CONTRACT_MONTH_ALONE_AFTER = r"(?!)"
CONTRACT_MONTH_ALONE_BEFORE = r"(?!)"
CONTRACT_MONTH_BEFORE = r"(?!)"
MONTH_PARTS: frozenset[str] = frozenset()
NOUN_PLAN_IN_BEFORE = r"(?!)"
NOUN_PLAN_IN_AHEAD = r"(?!)"
DAYS = frozenset()
CLOCK_THEN_DAY_AFTER = r"(?!)"
NAME_BEFORE_YEAR = r"(?!)"
PERIOD_ENDED_AFTER = r"(?!)"
OBJECT_PARTICIPLE_BEFORE = r"(?!)"
FRONTED_PARTICIPLE_BEFORE = r"(?!)"
# Whether a fronted participle's phrase runs into its noun with no comma ("Построенный в 1962
# году мост закрыли …"): its date is the participle's all the same.
FRONTED_PARTICIPLE_UNMARKED = False
# Words after which a past form still belongs to a fronted participle's phrase ("Founded in
# 1950 and renamed in 1970,"); empty: the phrase is never read as a clause of its own.
FRONTED_PARTICIPLE_CHAIN: frozenset[str] = frozenset()
PERIOD_END_BEFORE = r"(?!)"
PERIOD_START_BEFORE = r"(?!)"
FISCAL_PART_BEFORE = r"(?!)"
FISCAL_PART_AFTER = r"(?!)"
FISCAL_PART_YEAR_AFTER = r"(?!)"
FIGURE_BASE_BEFORE = r"(?!)"
FIGURE_BASE_AFTER = r"(?!)"
PRICE_BASE_AFTER = r"(?!)"
CONDITION_BEFORE = r"(?!)"
DEADLINE_BEFORE = r"(?!)"
DEADLINE_ENDS = ("",)  # any end: the pattern is always searched
APPOINTMENT_EFFECTIVE_BEFORE = r"(?!)"
CHANGE_BEFORE_FROM = ""
# A verb of change between "from" and the date ("" : CHANGE_BEFORE_FROM serves for both).
CHANGE_AFTER_FROM = ""
# A word of change right before the "from" word, which makes it "by" (French "de").
CHANGE_BY_BEFORE = r"(?!)"
TO_FIGURE = r"(?!)"
YEAR_COMPOUND_AFTER = r"(?!)"
CONTACT_RELATIVE_BEFORE = r"(?P<main>)(?P<noun>)(?P<verb>)(?!)"
FIGURE_LEVEL_BEFORE = r"(?!)"
FIGURE_ON_YEAR_BEFORE = r"(?!)"
PERIOD_TO_BETWEEN = r"(?!)"
PERIOD_ENDING_BETWEEN = r"(?!)"
PEOPLE_AFTER_POSSESSIVE = frozenset()
FIGURE_LIST_BETWEEN = r"(?!)"
FORECAST_FIGURE_BEFORE = r"(?!)"
REPORT_PERIOD_BEFORE = r"(?!)"
POSSIBLE_BOUND_BEFORE = r"(?!)"
PERIOD_ENDING_AFTER = r"(?!)"
DOCUMENT_YEAR_AFTER = r"(?!)"
DOCUMENT_YEAR_BEFORE = r"(?!)"
ABANDONED_PLAN_BEFORE = r"(?!)"
PLAN_BEFORE = r"(?!)"
PLAN_AFTER = r"(?!)"
PLAN_GIVEN_UP_AFTER = r"(?!)"
WHEN_CLAUSE_AFTER = r"(?!)"
COUNT_BETWEEN = r"(?!)"
COUNT_AFTER = r"(?!)"
COUNT_FROM_NOW_BEFORE = r"(?!)"
COUNT_BACK = frozenset()
COUNTED_THING_AFTER = r"(?!)"
COUNTED_THING_BEFORE = r"(?!)"
COUNT_WAYS = frozenset()
LEVEL_AFTER = r"(?!)"
SECURITY_RATE_BEFORE = r"(?!)"
SECURITY_AFTER = r"(?!)"
WITH_EXPECTED_BEFORE = r"(?!)"
COUNTED_FROM = r"(?!)"
COUNTED_TO_AFTER = r"(?!)"
PHRASE_OF_TIME_BEFORE = r"(?P<phrase>(?!))"
PHRASE_OF_TIME_NOT: frozenset[str] = frozenset()
INFINITIVE_MARKS: frozenset[str] = frozenset()
NOUN_PLAN_BEFORE = r"(?!)"
NOUN_PLAN_NEEDS = r"(?!)"
NOUN_DUE_TO_BEFORE = r"(?!)"
MOVE_NOUN_BEFORE = r"(?!)"
BOUND_BEFORE = r"(?!)"
PAYMENT_AFTER = r"(?!)"
PERIOD_LENGTHS = {}
PAYMENT_BEFORE = r"(?!)"
DIVIDEND_PAYMENT_BEFORE = r"(?P<noun>(?!))(?P<paid>)"
DIVIDEND_PAYMENT_BE = ""
GUIDANCE_GIVEN_BEFORE = r"(?P<base>)(?P<det>(?!))(?P<noun>)(?P<rel>)(?P<verb>)"
GUIDANCE_PARTICIPLES: dict[str, str] = {}
GUIDANCE_KEPT_DETERMINERS: dict[str, str] = {}
GUIDANCE_DETERMINER = ""
GUIDANCE_COMPLEMENT = " "
STATE_UNTIL_BEFORE = r"(?!)"
NOUN_PLANNED_FOR_BEFORE = r"(?!)"  # "approved the cuts planned for 2031": the cuts' date
TALLY_THROUGH_BEFORE = r"(?!)"
PERIOD_OPENER_BEFORE = r"(?!)"
DAY_LIST_BEFORE = r"(?!)"
SINCE_AHEAD_STARTS = False
SINCE_PAST_STARTS = False
SINCE_YEAR_STATE_BEFORE = r"(?!)"
MANNER_TIME_BEFORE = r"(?!)"
CLAUSE_WORDS = r"(?!)"
THIRD_PERSON_ENDINGS = ()
GERUND_ENDINGS: tuple[str, ...] = ()
APPOSITION_NOT_PARTICIPLES = frozenset()
PERIOD_NOUN_ENDED_BEFORE = r"(?!)"
PERIOD_NOUN_LENGTHS = {}
SINCE_ACTIVITY_BEFORE = r"(?!)"
# A time expression "since" reads as no day something began: a distance back, "for".
SINCE_ACTIVITY_NOT_TIMEX = r"(?!)"
# Whether the word of "than" opens a relative clause too (Spanish "que").
COMPARISON_WORD_OPENS_RELATIVE = False
SUBJECT_PARTICIPLE_BEFORE = r"(?!)"
VERB_AFTER_SUBJECT = r"(?!)"
SUBJECT_PHRASE_BEFORE = r"(?!)"
NOUN_THEN_VERB_AFTER = r"(?!)"
ASIDE_GOES_ON_AFTER = r"(?!)"
RELATIVE_CLAUSE_BEFORE = r"(?!)"
OBJECT_RELATIVE_BEFORE = r"(?!)"
MAIN_CLAUSE_BREAK = r"(?!)"
BARE_RELATIVES_AFTER_VERB: frozenset[str] = frozenset()
ASIDE_PARTICIPLE_ENDINGS: tuple[str, ...] = ()
ASIDE_PAST_IS_PARTICIPLE = True
ASIDE_PARTICIPLE_INVARIABLE = False
ASIDE_CAUSES: frozenset[str] = frozenset()
PRENOMINAL_PARTICIPLE_AFTER = r"(?!)"
WITH_PARTICIPLE_BEFORE = r"(?!)"
DURING_BEFORE = r"(?!)"
MOVED_DATE_BEFORE = r"(?!)"
PREPOSITION_OBJECT_PARTICIPLE_BEFORE = r"(?!)"
OBJECT_PARTICIPLE_BE = ("", "")
SINGULAR_ENDINGS: tuple[str, ...] = ()
# Determiners that make their noun phrase plural whatever the noun's ending ("les permis").
PLURAL_DETERMINERS: frozenset[str] = frozenset()
# Whether a participle after an object noun must be one the lexicon reads as a verb (or start
# with one of ``OBJECT_PARTICIPLE_STEMS``): where participles are often nouns ("partidos").
OBJECT_PARTICIPLE_NEEDS_VERB = False
OBJECT_PARTICIPLE_STEMS: tuple[str, ...] = ()
OBJECT_PARTICIPLE_BASELINES: frozenset[str] = frozenset()
OBJECT_PARTICIPLE_NOT: frozenset[str] = frozenset()
OBJECT_PARTICIPLE_FIGURES: frozenset[str] = frozenset()
OBJECT_PARTICIPLE_TIME_PREPOSITIONS: frozenset[str] = frozenset()
OBJECT_PARTICIPLE_AFTER_NOUN: frozenset[str] = frozenset()
OBJECT_PARTICIPLE_AGES: frozenset[str] = frozenset()
OBJECT_PARTICIPLE_OUTPUTS: frozenset[str] = frozenset()
OBJECT_PARTICIPLE_AGENT: frozenset[str] = frozenset()
OBJECT_PARTICIPLE_MEANS: frozenset[str] = frozenset()
OBJECT_PARTICIPLE_MEDIA: frozenset[str] = frozenset()
OBJECT_PARTICIPLE_AFTER_FIGURE: frozenset[str] = frozenset()
RESTATED_BEFORE = r"(?!)"
RESTATED_AFTER = r"(?!)"
PERSON_ROLE_AFTER = r"(?!)"
# A decade or century that names what a thing is, not when the clause happened: "a 1920s
# tannery", "une conserverie des années 1920", "здание 1920-х годов" (``anchor_context``).
# The decade's own words (matched at its start), what stands before it when it follows its
# noun, the noun after it (group "word") when it comes first, and the words before it that
# make it the clause's time ("in the 1920s", "à partir des années 1920").
DECADE_OF_THING_TEXT = r""
DECADE_OF_THING_BEFORE = r"(?!)"
DECADE_OF_THING_AFTER = r"(?!)"
DECADE_TIME_BEFORE = r"(?!)"
PERSON_APPOSITION_BEFORE = r"(?!)"
FIGURE_ASIDE_BEFORE = r"(?!)"
STORY_SETTING_BEFORE = r"(?!)"
FIGURE_ASIDE_VERB_AFTER = r"(?P<verb>(?!))"
PERSON_APPOSITION_CLOSE_AFTER = r"(?!)"
CONCESSIVE_PHRASE_BEFORE = r"(?P<words>(?!))"
PRICE_DATE_AFTER = r"(?!)"
PRICE_DATE_TIMING_BEFORE = r"(?!)"
PRICE_OWNER_BEFORE = r"(?!)"
PRICE_FIGURE_BEFORE = r"(?!)"
PLAN_DROPPED_AFTER = r"(?P<moved>(?!))"
PLAN_SET_BEFORE = r"(?!)"
PLAN_NOUN_BEFORE = r"(?!)"
COMPARED_RELATIVE_BEFORE = r"(?!)"
RESTATED_PERIOD_BEFORE = r"(?!)"
# -- added for session 27 (wdne) --
OFFSET_THAN = r"(?!)"
LEVEL_BEFORE = r"(?!)"
NAME_THEN_NOUN_AFTER = r"(?!)"
AGREEMENT_NOUNS: frozenset[str] = frozenset()
AGREEMENT_MADE_BEFORE = r"(?!)"

# A nominative participle's ending, its predicate's form and its gender, for languages that
# read a participle's aside without an article (Russian "назначенный" → "назначен"), and the
# nominative endings of nouns and adjectives by gender: none here.
ASIDE_SHORT_ENDINGS: tuple[tuple[str, str, str], ...] = ()
ASIDE_NOUN_ENDINGS: dict[str, tuple[str, ...]] = {}
ASIDE_ADJECTIVE_ENDINGS: dict[str, tuple[str, ...]] = {}
ASIDE_AGE_STEMS: tuple[str, ...] = ()
MOVED_PASSIVE_BEFORE = r"(?P<noun>(?!))"
MOVED_ACTIVE_BEFORE = r"(?P<noun>(?!))"
MOVED_TITLE = ""
MOVED_OWNERS: frozenset[str] = frozenset()
DEADLINE_HOLDER_BEFORE = r"(?P<who>(?!))(?P<object>)"
DEADLINE_TASK_AFTER = r"(?P<what>(?!))"
DEADLINE_TITLE = ""
DEADLINE_PRONOUNS: dict[str, str] = {}
DEADLINE_MOVED_AFTER = r"(?!)"
DEADLINE_SPAN_VERBS: frozenset[str] = frozenset()
MOVED_HAPPENING_NOUNS: frozenset[str] = frozenset()
WITH_PLAN_BEFORE = r"(?P<plan>(?!))"
PLAN_FIGURE_NOUNS: frozenset[str] = frozenset()
TRADING_SESSION = r"(?!)"
SAME_DAY_BASELINE = r"(?P<base>(?!))"
RUN_UNTIL_BEFORE = r"(?P<verb>(?!))"
RUN_ENDS: dict[str, str] = {}
RUN_HAPPENING_NOUNS: frozenset[str] = frozenset()
RUN_HEAD_ENDS: frozenset[str] = frozenset()
NAMED_NUMBER = r"(?!)"  # (never matches: no number names a place)
# A sentence that opens by saying it only gives a yardstick ("For comparison, …"): none.
COMPARISON_SENTENCE = r"(?!)"
# The year a record told in the passive was set ("the ground's record crowd was set in 1962"):
# none.
RECORD_SET_YEAR_BEFORE = r"(?!)"
HOLIDAY_TERM_AFTER = r"(?!)"
HOLIDAY_PREFIX_BEFORE = r"(?!)"
HOLIDAY_TIME_BEFORE = r"(?!)"
RUNS_OUT_BEFORE = r"(?!)"
FISCAL_WORD = r"(?!)"
FISCAL_PART_OF_AFTER = r"(?!)"
FISCAL_PART_ENDED_AFTER = r"(?!)"
WINDOW_BEFORE = r"(?!)"
WINDOW_PERFECT_BEFORE = r"(?!)"
# Participles of a plan that, in an aside dated "in"/"on" a day, tell when the plan was made
# (English "The truce, agreed on Sunday, collapsed").
ASIDE_PLAN_MADE: frozenset[str] = frozenset()

NEGATED_BEFORE = r"(?!)"
CORRECTED_AFTER = r"(?!)"

# A record's words before "since the [date] [happening]": the happening is a yardstick.
SINCE_NOUN_BASELINE_BEFORE = r"(?!)"
# The sentence's opening noun phrase with a date of its own after "of", the timex's start
# marked \x00 ("The fire of \x00Monday night"): ``core.events.subject_dates``
SUBJECT_DATE_OF = r"(?!)"
