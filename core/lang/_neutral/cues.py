"""Neutral cues data: each name's value in a language that leaves it out."""

from __future__ import annotations

HALF_OF = r"(?!)"
MATCH_HALF = r"(?!)"
QUOTE_TOLD_NOW = r"(?!)"
AWARD_OF_BEFORE = r"(?!)"
ORIGIN_ASIDE_BEFORE = r"(?!)"
RELATIVE_ASIDE_BEFORE = r"(?!)"
ERA_RANGE_START = r"(?!)"
SECOND_DAY_AFTER = r"(?!)"
SPELLED_COUNT_STARTS = ()
SPELLED_COUNT_ENDS = ()
VERB_MONTHS = ()
MONTH_DETERMINER = r"(?!)"
NOT_MONTH_NOUN = r"(?!)"
CUED_CLOCK_WORDS = ()
CLOCK_CUE_AFTER = r"(?!)"
QUARTER_ENDED_AFTER = r"(?!)"
FISCAL_YEAR_END = r"(?!)"
ORDINAL_QUARTER = r"(?!)"
QUARTER_ENDED_YEAR_AGO = r"(?!)"
COMMON_WORD_SEASONS = ()
SEASON_EVENT_AFTER = r"(?!)"
NOT_SEASON_AFTER_THE = ()
SEASON_NAME_AFTER = r"(?!)"
NOT_AFTER_BARE_THE = ()
UP_TO_NOW = frozenset()
YEAR_TO_DATE_AFTER = r"(?!)"
DAY_BEYOND = {}
NAMED_DAY_BEFORE = r"(?!)"
STORY_WEEKDAY_BEFORE = r"(?!)"
STORY_WEEKDAY_AFTER = r"(?!)"
HOLIDAY_IN_NAME_BEFORE = r"(?!)"
DEICTIC_PART_OF_DAY = {}
RATE_BEFORE = r"(?!)"
VERB_BEFORE = r"(?!)"
MODAL_BEFORE = r"(?!)"
AGE_AFTER = r"(?!)"
FRACTION_UNITS = ()
CURRENT_AS_TIME = r"(?!)"
UTC_ZONE = r"(?!)"
DAY_AFTER_ZONE = r"(?!)"
NOUNS_CAPITALISED = False
HISTORICAL_PRESENT_YEARS = 0
AHEAD_FORMS = r"(?!)"
SPEECH_BEFORE_PERFECT = r"(?!)"
AGO_FROM_LAST_DATE = ()
SEASON_ANAPHORA = ()
PAST_PERFECT = r"(?!)"
CAUGHT_UP = r"(?!)"
NEXT_IN_PAST_FROM_LAST_DATE = False
CLOCK_ON_DAY = r"(?!)"
LAST_SKIPS_MONTH_GONE = frozenset()
TERM_BEFORE_DATE = r"(?!)"
SPAN_END_BEFORE = r"(?!)"
YEAR_ENDED_GAP = r"(?!)"
POSSESSIVE_YEAR_FRAME = r"(?!)"
DEMONSTRATIVE_BEFORE = r"(?!)"
RANGE_END_BEFORE = r"(?!)"
SEASON_FOLLOWING = {}
RECORD_SINCE_BEFORE = r"(?!)"
MONTH_YEAR_AFTER = r"(?!)"
FAR_YEAR_CUE_AFTER = r"(?!)"
SEASON_KIND_BEFORE = r"(?!)"

# What joins two lengths of one: nothing (a language says its "and").
DURATION_AND = r"(?!)"
STEP_OF_NAMED = frozenset()
COMPARED_BEFORE = r"(?!)"
# A second verb phrase after "and" that the expression closes: its own time (``en``).
SECOND_VERB_PHRASE = r"(?!)"
WEEK_JUST_ENDED = ""  # the unit word of "the week" read as the week just ended on a Monday
MODIFIED_UNIT_RELS = frozenset()
PLAN_FORMS = r"(?!)"
DEICTIC_TERM_AFTER = r"(?!)"
OVERNIGHT_TERM_AFTER = r"(?!)"
