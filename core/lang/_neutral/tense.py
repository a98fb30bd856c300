"""Neutral tense data: each name's value in a language that leaves it out."""

from __future__ import annotations

NOT_PAST = frozenset()
PAST_DESPITE_ENDING = ()
ORDINAL_LAST = r"(?!)"
ADJECTIVE_SLOT = r"(?!)"
PERFECT = r"(?!)"
AUXILIARY = r"(?!)"
PERFECT_PAST = r"(?!)"
VERB_LAST_CLAUSE = ""
CAPITAL_NOUNS = False
MODAL_COORDINATED = r"(?!)"
MODAL_PASSIVE_COORDINATED = r"(?!)"
FUTURE_MODALS = ""
# Whether a simple future may tell the past in a narrative ("il ne reviendra qu'en 1960"): a
# future before a written year is then no plan (``core.events.possessive_dates``)
FUTURE_NARRATES = False
FUTURE_FORMS = ""
OPENING_PARTICIPLE_PAST = False
TARGET_BEFORE = r"(?!)"
# A present copula straight before a day ("ist am Samstag"), and what must follow the day for
# the copula to be a timetable's, not a perfect's auxiliary ("ist am Samstag gestorben").
COPULA_DAY_BEFORE = r"(?!)"
COPULA_DAY_AFTER = r"(?!)"
TARGET_AFTER = r"(?!)"
# The start of a time a thing happened in, after the bare "to" of ``DEFERRED`` (its group
# "to"): the "to" is then no target's.
TIME_IN_AFTER = r"(?!)"
# A relative clause opening after a date: its verbs are its noun's, not the date's, when the
# date looks right for a verb ("в среду внесло законопроект, который рассмотрит парламент").
RELATIVE_AFTER = r"(?!)"
COMMITTED_ON = r"(?!)"
RELATIVE_ASIDE = ""
REPORTING_PAST = frozenset()
SAID_ON = r"(?!)"
REPORTED_MODAL = r"(?!)"
MODALS_IN_PAST = r"(?!)"
SAID_THAT = r"(?!)"
# A past agreement before a planned infinitive ("agreed to buy it in June"): the deal's day
# or the plan's, unsaid; none read.
AGREED_PLAN = r"(?!)"
# The words opening a clause just before a date, whose verb comes after the date ("que" of
# "dijo que el viernes votará el pleno"): that verb, not the one before, gives the direction.
CLAUSE_OPENED_BEFORE = r"(?!)"

# A verb that put a thing off or moved it, ending just before its new date ("was postponed
# to"): the date a yearless target counts from is the plan's (``core.temporal.postponed``).
MOVED_TO = r"(?!)"
