"""Neutral clauses data: each name's value in a language that leaves it out."""

from __future__ import annotations

CLOCK_SUFFIXES = frozenset()
MIDNIGHT_OPENS: frozenset[str] = frozenset()
PURPOSE_OPENERS: frozenset[str] = frozenset()
THAT_PRONOUN_AFTER = frozenset()
THAT_TOLD_AFTER: frozenset[str] = frozenset()
CONTACT_RELATIVES = False
# A place's abbreviated region between commas inside a noun phrase ("a Tulsa, Okla., depot").
REGION_AFTER_PLACE = False
SOUGHT_AT_NOUNS: frozenset[str] = frozenset()
CONTACT_NOUN_REACH = 0
CLAUSE_SINCE = frozenset()
SINCE_SUBJECT_PREPOSITIONS = frozenset()  # "since services in Britain were freed"
OTHER_NEWS_OPENERS: frozenset[str] = frozenset()  # openers of no news an attribution dates
REPORTED_AFTER_OPENERS: frozenset[str] = frozenset()  # a reason told after the news
OWN_PERIOD = r"(?!)"
PLACE_PHRASE_PREPOSITIONS: frozenset[str] = frozenset()
UNLIKELY: frozenset[str] = frozenset()
# A state a plan is to reach by its date, and the auxiliaries that put it ahead (German "soll
# Anfang Dezember einsatzbereit sein": the system goes into service then): none.
READY_WORDS: frozenset[str] = frozenset()
READY_AUX: frozenset[str] = frozenset()
LIKELY: frozenset[str] = frozenset()
BELIEVING: frozenset[str] = frozenset()
BELIEF_REACH = 0
JUDGING_GERUNDS: frozenset[str] = frozenset()
CLAUSE_UNTIL: frozenset[str] = frozenset()
UNTIL_TERM_ENDS: frozenset[str] = frozenset()
DAY_RELATIVES = frozenset()
PERIOD_START_LINKS = frozenset()
FRONTED = frozenset()
POSSESSIVE_PRONOUNS = frozenset()
OBJECT_PHRASE_OPENERS: frozenset[str] = frozenset()
TIME_EDGES: frozenset[str] = frozenset()
PLACE_OBJECT_OPENERS: frozenset[str] = frozenset()
BEFORE_PLACE_VERBS: frozenset[str] = frozenset()
COUNTING_SAYINGS: frozenset[str] = frozenset()
DATE_END_WORDS: frozenset[str] = frozenset()
ONE_THING_PRONOUNS: frozenset[str] = frozenset()
NO_SUBJECT_OPENERS: frozenset[str] = frozenset()
QUESTION_SUBJECTS: frozenset[str] = frozenset()
QUESTION_BEFORE_SUBJECT: frozenset[str] = frozenset()
# A relative pronoun that is the subject of its clause (German "der"), and the words opening
# a noun phrase after it that can only be its object then ("der das Amt übernommen hatte").
NOMINATIVE_RELATIVES: frozenset[str] = frozenset()
OBJECT_AFTER_NOMINATIVE: frozenset[str] = frozenset()
PERSONAL_POSSESSIVES = frozenset()
ARTICLES = frozenset()
HAVE = frozenset()
PAST_PERFECT_AUX = frozenset()
PRESENT_PERFECT_AUX = frozenset()
SPEECH_DAY_PREPOSITIONS = frozenset()
# Finite verbs only reported speech uses (German "habe", "sei", "werde"): a title holding
# one opens on the speaker the sentence names (``core.events.reported_frames``).
REPORTED_MOOD_VERBS: frozenset[str] = frozenset()
SPEECH_MEDIA: frozenset[str] = frozenset()
SPEECH_MEDIUM_PREPOSITIONS: frozenset[str] = frozenset()
SPEECH_DAYS_ALONE: frozenset[str] = frozenset()
PRESENT_SAYING_UNDATED = False
VERB_PARTICLES = frozenset()
PHRASAL_PARTICLES = ()
NOUN_LINKS = frozenset()
TITLE_PARTICLES = frozenset()
BARE_PLACE_NOUNS: frozenset[str] = frozenset()
# Adverbs that end a title after the verbs they make an idiom with, by verb lemma (English
# "the march went ahead", though "ahead" elsewhere opens "ahead of").
TITLE_IDIOM_ENDS: dict[str, frozenset[str]] = {}
# Verbs whose participle is written as their lemma and past (English "set"): after an aside's
# comma they open the aside as any participle does.
UNCHANGED_PARTICIPLES = frozenset()
# Words opening an aside after the subject that tell what the subject did as the clause's verb
# did: the aside's date is the clause's (English "The senator, speaking on Wednesday, …").
SAME_TIME_ASIDES = frozenset()
# Ways of going after the agent's preposition (English "arrived by cart"): no agent.
TRAVEL_MEANS = frozenset()
TITLE_LOST_AFTER = frozenset()
TITLE_CLAUSE_LINKS: frozenset[str] = frozenset()
STATE_ABBREVIATION_CHARS = 0
DATELINE_MARKS = ()
DATELINE_WORDS = 0
FIGURE_COMPARISON_CUTS = frozenset()
# Words of ``COMPARISON_CUTS`` that name a place unless a figure stands by them (Spanish
# "frente al hospital", not "frente a 40 millones") (``core.events.title_checks``)
PLACE_OR_COMPARISON: frozenset[str] = frozenset()
CHANGE_WORDS = frozenset()
TABLE_WORDS = frozenset()
TABLE_SUBJECTS = frozenset()
STATE_VERBS_BUT_AT_A_PLACE = frozenset()
TIMEX_PHRASE_LINKS = frozenset()
PERIOD_END_LINKS: frozenset[str] = frozenset()
LONE_MODIFIERS: frozenset[str] = frozenset()
# The endings of a verb's third person singular present, as a tuple for ``str.endswith``
# (Spanish has two, "cierra", "vence"); ("",) reads every word as one.
THIRD_PERSON_ENDS: tuple[str, ...] = ("",)
# Whether a third person present is never also a plural noun (Spanish "visita", where English
# "offers" may be either): a noun after a determiner before it is its subject.
PRESENT_NEVER_PLURAL = False
# Whether a title's subject that holds a finite verb of its own (``core.events.subject_verbs``:
# "Acme sees rising profits [, its chairman] said") is read as two clauses glued, no title.
SUBJECT_CLAUSE_VERBS = False
# Endings of THIRD_PERSON_ENDS shared with forms that are no happening's present (Spanish "-e":
# the subjunctive "designe", states told of now "dispone", "asciende"): such a form is a
# clause's present only with a time next to it ("comparece el martes").
THIRD_PERSON_NEAR_TIME: tuple[str, ...] = ()
# The ending of reported speech's third person ("koste", "gebe"), where it differs from the
# present's (German): such a form closing its clause is its finite verb.
SUBJUNCTIVE_ENDING = ""
# The word opening an "as … told" clause that closes a sentence with its verb last (German
# "…, wie der Verlag am Donnerstag mitteilte"): the telling, on its own date.
AS_TOLD = ""
# The prepositions a verb of saying takes what it says with, by its lemma (German "warnen
# vor"): where the verb goes last, such a phrase before it is the content, nothing is lost.
SPEECH_CONTENT_PREPOSITIONS: dict[str, tuple[str, ...]] = {}
# A verb and the words after it that make it a verb of saying ("made known"), by its lemma:
# what was said is the "that" clause after them (``core.events.saying_phrases``).
SAYING_PHRASES: dict[str, tuple[str, ...]] = {}
# Verbs of asking that name whom they ask before a "that" clause of what they ask (Spanish
# "pidió al Gobierno que retire …"): the title keeps both, as a telling does.
REQUEST_VERBS: frozenset[str] = frozenset()
JOIN_PAST_OBJECT = False
VERB_LAST = False
GENITIVE_ARTICLES: frozenset[str] = frozenset()
SUBJECT_AFTER_VERB = False
DATE_INSIDE_VERB_PHRASE = False
SUBJECT_AFTER_SAYING = False
SAYING_ADDRESSEES: frozenset[str] = frozenset()
LIKE_OPENERS: frozenset[str] = frozenset()
UNACCENTED_CAPITALS: dict[str, str] = {}
ATTRIBUTION_VERBS: frozenset[str] = frozenset()
ROLE_COMPLEMENT_OPENERS: tuple[str, ...] = ()
ROLE_COMPLEMENT_REACH = 0
SUBJECT_ARTICLES: frozenset[str] = frozenset()
FRONTED_ENDS_AT_VERB = False
REFLEXIVES: frozenset[str] = frozenset()
# The pronoun of a pronominal verb before it: "se declaró" (a fire broke out) says nothing
PRONOMINAL_MARKS: frozenset[str] = frozenset()
UNNAMED_PLURAL = False
OFFSET_WORDS: dict[str, int] = {}
REACH_OWN_SENTENCE = False
ATTRIBUTION_OPENERS: frozenset[str] = frozenset()
CONDITION_OPENERS: frozenset[str] = frozenset()
SCHEDULED_AHEAD = frozenset()
KEEPING_VERBS: frozenset[str] = frozenset()
KEPT_CONDITIONS: frozenset[str] = frozenset()
KEPT_CONDITION_PHRASES: tuple[tuple[str, ...], ...] = ()
# The SCHEDULED forms that are always a clause's predicate, never a participle after its noun
# (Ukrainian "призначено"): a place after them ends no sentence.
SCHEDULED_PREDICATES: frozenset[str] = frozenset()
IT_POSSESSIVES = frozenset()
AND_OPENS_CLAUSE = False
# Words that join a main clause of its own after a comma, as "but" does, giving a reason:
# German "denn" ("…, denn am Montag hat der Rat …").
FOR_JOINS: frozenset[str] = frozenset()
BARE_JOIN_OPENS_CLAUSE = False
OBJECT_PARTICIPLE_AGENT_WORDS = frozenset()
DATE_PREPOSITION_LEADS = frozenset()
DATE_LEADS_ONLY_BEFORE: frozenset[str] = frozenset()  # empty: the lead goes before any
DATE_PARTICLES = frozenset()
DAY_NUMBER_WORDS = frozenset()
OCCASIONS: frozenset[str] = frozenset()
LEMMA_PARTICIPLES: frozenset[str] = frozenset()
OCCASION_COUNTS: frozenset[str] = frozenset()
PLURAL_NOUN_ENDING = ""
PLAIN_PRESENT_AHEAD = False
ARRANGED_PRESENTS: frozenset[str] = frozenset()
CALENDAR_PERIOD_NOUNS: frozenset[str] = frozenset()
TIME_OBJECT_VERBS: frozenset[str] = frozenset()
DATE_ROLE_VERBS: frozenset[str] = frozenset()
DATE_ROLE_WORD = ""
DATE_SUBJECT_OPENERS: frozenset[str] = frozenset()
DATE_SUBJECT_VERBS: frozenset[str] = frozenset()
DATE_SUBJECT_PARTICLES: frozenset[str] = frozenset()
DATE_WHOLE_TAILS: tuple[tuple[str, ...], ...] = ()
DATE_PART_NOUNS: frozenset[str] = frozenset()
DATE_PART_LEADS: frozenset[str] = frozenset()
DATE_PART_OF = ""
QUESTION_OPENERS: frozenset[str] = frozenset()
SEQUENCE_VERBS: frozenset[str] = frozenset()
AND_AUXILIARY_FOLLOW_ON = False
FOLLOW_ON_ADVERBS: frozenset[str] = frozenset()
THEN_WORDS: frozenset[str] = frozenset()
NO_PASSIVE_VERBS: frozenset[str] = frozenset()
UNSHARED_PASSIVES: frozenset[str] = frozenset()
STATE_VERB_ACTIONS = {}
STATE_FORMS: frozenset[str] = frozenset()
LASTING_PRESENTS: frozenset[str] = frozenset()
LASTING_ADVERBS: frozenset[str] = frozenset()
FORESEEN_STATE_OBJECTS: dict[str, frozenset[str]] = {}
FORESEEN_STATE_VERBS: frozenset[str] = frozenset()
CLOCK_HALF_DAY = frozenset()
NEAR_TIME: frozenset[str] = frozenset()
FRONTED_DEGREE: frozenset[str] = frozenset()  # "[Just] ahead of the trip, …"
PLAN_OR_MOVE = frozenset()
# Whether ``is_past`` takes every finite form, the present and perfective future too (Russian
# "откроет"): a date goes a year back only after a verb the tense's PAST pattern reads as past.
IS_PAST_ANY_FINITE = False
NOT_HAPPENED_AUX = frozenset()
SPECULATIVE = frozenset()
PAST_ABILITY = frozenset()
CONDITIONAL = frozenset()
PROPOSED_THINGS = frozenset()
FORESEEING = frozenset()
AWAITED_OBJECT: dict[str, str] = {}
AWAITED_BE = ("", "")
SCHEDULED_OBJECT: dict[str, str] = {}
SCHEDULED_FOR: frozenset[str] = frozenset()
SCHEDULED_PRESENT: frozenset[str] = frozenset()
SCHEDULED_BE_PAST = ("", "")
SUMMONED_TO: frozenset[str] = frozenset()
SUMMONED_BE = ""
CANCELLED_PLAN: frozenset[str] = frozenset()
CANCELLED_PLAN_PHRASAL: dict[str, str] = {}
SHOWING_RESULTS = frozenset()
FORESEEN_REACH = 0
FORESEEN_MEASURES = frozenset()
PRICE_VERBS = frozenset()
PRICE_HEDGES = frozenset()
ALSO_WORDS: frozenset[str] = frozenset()
ALSO_SAYINGS: frozenset[str] = frozenset()
NO_COMMENT = r"(?!)"
PRICE_LEVEL_NOUNS = frozenset()
AT = ""
DATE_HEDGES = frozenset()
# Focus words that bound a date from the side before any preposition of it (German "erst [im
# März]", "frühestens [Ende 2024]"): dropped with the date, a title keeps no stranded "erst".
DATE_FOCUS_WORDS: frozenset[str] = frozenset()
# Nouns a month's genitive completes, in a language whose dates may be that genitive alone
# (Russian "в первых числах [августа]"): the noun, its adjectives and preposition go with it.
DATE_PART_NOUNS: frozenset[str] = frozenset()
CORRELATIVES = frozenset()
ROLE_ADJECTIVES = 0
# Lower-case words of a role's genitive complement between the role and a name (Ukrainian
# "Міністр енергетики Петро Коваль"): the title names the person (``wording._drop_title``).
ROLE_GENITIVES = 0
# Wire copy closing the news on who said it and when ("…, said a spokesman on Monday"): the
# saying is an event of its own day when the news has another (``core.events.sayings``), its
# title the speaker, the verb, this "that" and the news.
DATED_SAYING = False
REPORTED_SAYING_THAT = ""
# The speaker before the verb of saying, the saying's day right after it, closing the news
# ("…, the brewer said on Tuesday"): the verbs (lemmas) read so.
SAYING_SPEAKER_FIRST = False
SAYING_OWN_DAY_VERBS: frozenset[str] = frozenset()
# "said in a statement on Tuesday": the preposition and the nouns of a medium between the
# verb and its day (any one word between them: "a", "its").
SAYING_MEDIUM_LEAD: frozenset[str] = frozenset()
SAYING_MEDIA: frozenset[str] = frozenset()
ESTIMATE_VERBS = frozenset()
NATIONALITY_ENDING = ""
TIME_WORDS = frozenset()
RANKS_BEFORE_INFINITIVE: frozenset[str] = frozenset()
FIXED_ASIDES = ()
RANGE_LINKS = frozenset()
OBJECT_INFINITIVE_VERBS = frozenset()
OBJECT_PROPOSITION_VERBS: frozenset[str] = frozenset()
SUBJECT_RELATIVES = frozenset()
BARE_SUBJECT_RELATIVES: frozenset[str] = frozenset()
NOUN_ORIGINS: frozenset[str] = frozenset()
AGAIN_WORDS: frozenset[str] = frozenset()
COUNTED_TIMES: frozenset[str] = frozenset()
WHOSE = ""
PLURAL_OWNER_ENDING: tuple[str, ...] = ()
PLURAL_PRESENT_IS_BASE = False
DATE_TAILS = ()
SUBJECT_SAYINGS: frozenset[str] = frozenset()
SHARE_UNITS: frozenset[str] = frozenset()
SHARE_LEVEL_LINKS: frozenset[str] = frozenset()
MEASURED_UNITS: frozenset[str] = frozenset()
PARTICLES_NOT_BEFORE_DAYS: frozenset[str] = frozenset()
DAY_NOUNS: frozenset[str] = frozenset()
FEMALE_PRONOUNS = frozenset()
OWNER_NEUTRAL_POSSESSIVES: frozenset[str] = frozenset()
MALE_PRONOUNS = frozenset()
PLURAL_TOO_PRONOUNS = frozenset()
PLURAL_VERB_ENDINGS = ()
PLURAL_VERBS = frozenset()
LEAD_OPENS_ON_TOPIC = False
MALE_WORDS = frozenset()
FEMALE_WORDS = frozenset()
SEX_WORDS_REACH = 0
PEOPLE_AFTER = frozenset()
EXAMPLE_BEFORE: frozenset[str] = frozenset()
ORIGIN_AFTER_NOUN: frozenset[str] = frozenset()
QUOTED_NAME_MARKS: frozenset[str] = frozenset()
SUBJECT_AFTER_VERB_IF_NONE: frozenset[str] = frozenset()
SUBJECT_FOLLOWS: frozenset[str] = frozenset()
ONLY_AFTER_NEGATION: tuple[str, ...] = ()
NEGATED_UNTIL: frozenset[str] = frozenset()
# Words that make a clause a running total, no happening: "have failed so far this year"
RUNNING_TOTAL: tuple[tuple[str, ...], ...] = ()
# Asides that count a part of a total, the date the part's: "…, 12 of them on Sunday"
PART_ASIDE_OPENS: tuple[tuple[str, ...], ...] = ()
PART_ASIDE_WORDS: tuple[tuple[str, ...], ...] = ()
PART_ASIDE_NOUNS: tuple[tuple[str, ...], ...] = ()
ITEM_OPENERS: frozenset[str] = frozenset()
REPEAT_WORDS: frozenset[str] = frozenset()
# Levels and figures told as states ("little changed at 12.9", "producing above quota",
# "showed earnings of 2.5 mln") and requests ("please read")
LEVEL_AT_VERBS: frozenset[str] = frozenset()
ACTIVE_STATE_VERBS: frozenset[str] = frozenset()
TO_PREPOSITION_HEADS: frozenset[str] = frozenset()
LEVEL_COMPARISONS: frozenset[str] = frozenset()
PERIOD_FIGURE_VERBS: frozenset[str] = frozenset()
# Figures told as if they happened (``core.events.tallies``): an age reached, a year's
# tally, an amount; the words that may lead to the figure and those an age may end in
AGE_VERBS: frozenset[str] = frozenset()
TALLY_VERBS: frozenset[str] = frozenset()
AVERAGE_LEADS: tuple[str, ...] = ()
AMOUNT_VERBS: frozenset[str] = frozenset()
FIGURE_LEADS: frozenset[str] = frozenset()
AGE_YEARS: frozenset[str] = frozenset()
# Words that put a clause joined by "and" to a dated state at another time
# (``core.events.after_state``); none: the date is not passed on
AFTER_STATE_OTHER_TIME: frozenset[str] = frozenset()
FORESEEING_VERBS: frozenset[str] = frozenset()
IMPERATIVE_MARKERS: frozenset[str] = frozenset()
# Adverbs the general list lacks that stand between a negation and its verb ("not yet signed")
AFTER_NEGATION: frozenset[str] = frozenset()
OBJECT_CLITICS: frozenset[str] = frozenset()
FRONTED_OBJECT_PRONOUNS: frozenset[str] = frozenset()
OBJECT_PRONOUN_ENDINGS: dict[str, tuple[str, ...]] = {}
OBJECT_PRONOUN_RIVALS: dict[str, tuple[str, ...]] = {}
APPROXIMATORS: frozenset[str] = frozenset()
MALE_NOUNS: frozenset[str] = frozenset()
FEMALE_NOUNS: frozenset[str] = frozenset()
ABOUT_THIS: frozenset[str] = frozenset()
TITLE_KEPT_IN_VERB_GROUP: frozenset[str] = frozenset()
TITLE_KEPT_BEFORE_PAST: frozenset[str] = frozenset()
# Hedges a title keeps on its verb: "nearly [collapsed]" did not collapse
TITLE_HEDGES: frozenset[str] = frozenset()
CAPITAL_ARTICLE_ASIDES = False
INDEFINITE_BY_SOUND = ("", "", "", (), "")
VERB_COMPLEMENTS: tuple[str, ...] = ()
ADVERB_PHRASES: tuple[str, ...] = ()
OBJECT_PRONOUNS: frozenset[str] = frozenset()
SPACED_GUILLEMETS = False
DURATION_OF: tuple[str, ...] = ()
PHRASE_LINKS: frozenset[str] = frozenset()
PLACE_ADJECTIVE = ""
ADJECTIVE_ENDINGS: tuple[str, ...] = ()
SUBJECT_ADJECTIVE_ENDINGS: tuple[str, ...] = ()
DATE_ARTICLES: frozenset[str] = frozenset()
RANGE_ARTICLES: frozenset[str] = frozenset()
THAT_ELIDED = ""
DATES_INSERTED = False
DATE_SKIPPED_BEFORE: frozenset[str] = frozenset()
DATE_SKIPPED_AFTER_OBJECT: frozenset[str] = frozenset()
TIMEX_PHRASE_HEADS: frozenset[str] = frozenset()
VERB_FINAL_OPENERS: frozenset[str] = frozenset()
PASSIVE_PERFECT = ""
SUBJECT_PHRASE_PREPOSITIONS: frozenset[str] = frozenset()
PASSIVE_AUX: frozenset[str] = frozenset()
GENITIVE_CUTS = False
# Endings no genitive has (``GENITIVE_CUTS``): a word ending so after a preposition and its
# word completes them ("на международном | конгрессе"), no cut before it.
NON_GENITIVE_ENDINGS: tuple[str, ...] = ()
# Endings a genitive may have (``GENITIVE_CUTS``): after a figure and its noun ("400 курьеров |
# службы") the subject is cut before a genitive only, never before a noun of its own ("місто").
GENITIVE_ENDINGS: tuple[str, ...] = ()
PARTICIPLE_SUBJECT_CUTS = False
ATTRIBUTION_FRONTS: frozenset[str] = frozenset()
# The endings of an adverbial participle that opens its clause before the subject, its phrase
# closed by a comma ("Выступая в среду на форуме, | президент заявил …"); the second set only
# with a preposition after it (Russian "-ая" is an adjective's ending too: "Новая школа").
FRONTED_GERUND_ENDS: tuple[str, ...] = ()
FRONTED_GERUND_PREPOSITION_ENDS: tuple[str, ...] = ()
SUBJECT_COUNTS: frozenset[str] = frozenset()
ARTICLE_PREPOSITIONS: frozenset[str] = frozenset()
ORDINAL_AFTER: frozenset[str] = frozenset()
CLOSING_ABBREVIATIONS: frozenset[str] = frozenset()
QUOTING_VERBS: frozenset[str] = frozenset()
OBSERVERS: frozenset[str] = frozenset()
NEGATED_AUX_ENDING = ""
EXPLETIVE_BE: frozenset[str] = frozenset()
VAGUE_DATE_LEADS: tuple[tuple[str, ...], ...] = ()
# Sentence hedges a title may not end on: "would be phased in possibly [from …]"
# hedged what went with the date; the clause reads whole without them.
TITLE_END_HEDGES: frozenset[str] = frozenset()
# Adjectives whose "to" a title keeps: "at a spread closer | to 1.5 points" says nothing.
ADJECTIVES_BEFORE_TO: frozenset[str] = frozenset()
OPENERS_AFTER_ABBREVIATION: frozenset[str] = frozenset()
COMPANY_ABBREVIATIONS: frozenset[str] = frozenset()
YEAR_NOUN_PREPOSITIONS: frozenset[str] = frozenset()
CONTENT_NOUNS = frozenset()
DATE_DEMONSTRATIVES = frozenset()
ASIDE_OWN_AUXILIARY: dict[str, str] = {}
THAT_DETERMINER_AFTER = frozenset()
LOCATIVES = frozenset()
VERBLESS_AUX = frozenset()
READER_SUBJECTS: frozenset[str] = frozenset()  # "anyone [with information]", the reader
NEGATIVE_SUBJECTS: frozenset[str] = frozenset()  # "no one [was hurt]": nothing happened
NEGATIVE_SUBJECT_FLOORS: frozenset[str] = frozenset()  # "no [fewer than 40]": a count
OBJECT_COMPLEMENT_VERBS: frozenset[str] = frozenset()  # "declared [it] eliminated"
PARTITIVES = frozenset()
PART_NOUNS: frozenset[str] = frozenset()  # "a number [of …]": counts what its "of" says
MEASURE_NOUNS: frozenset[str] = frozenset()  # "an annual rate [of 4 pct]": its figure says it
THING_RELATIVES = frozenset()
PERSON_RELATIVES: frozenset[str] = frozenset()
THING_ONLY_RELATIVES: frozenset[str] = frozenset()
# Relatives after which a present is not read as their clause's verb (French "qui", whose
# present may tell a story's past: "…, qui découvre son atelier le 3 mars"): none here.
UNREAD_PRESENT_RELATIVES: frozenset[str] = frozenset()
PLACE_NAME_BEFORE: frozenset[str] = frozenset()
GERUND_OPENERS = frozenset()
GERUND_TIME_NOUNS = frozenset()
ACTIVITY_GERUNDS: frozenset[str] = frozenset()  # "Bank lending": a compound noun's head
PRESENT_OBJECTS = frozenset()
PRESENT_DAYS: frozenset[str] = frozenset()
TOPIC_PREPOSITIONS = frozenset()
PRONOUN_ARTICLES: dict[str, frozenset[str]] = {}
PRESENT_TAKES_NO_PAST_DATE = False
PRESENT_MODALS: frozenset[str] = frozenset()
ABILITY_MODALS: frozenset[str] = frozenset()
FUSED_ARTICLES: frozenset[str] = frozenset()
# The article a fused article holds, for a phrase that stands alone ("du pacte" → "le
# pacte"): none known, none read so (``core.events.antecedents.thing_before_relative``).
FUSED_ARTICLE_PARTS: dict[str, str] = {}
# How a participle that agrees with a noun after each such article ends.
FUSED_PARTICIPLE_ENDINGS: dict[str, tuple[str, ...]] = {}
# Words that rank a noun in an apposition ("the pact, the first in the region, which …"):
# the relative after it stands for the noun before it. None known.
APPOSITION_RANKS: frozenset[str] = frozenset()
FORECAST_WORDS: frozenset[str] = frozenset()
DO_PRESENT: frozenset[str] = frozenset()
DO_PRESENT_SINGULAR: frozenset[str] = frozenset()
DO_PAST: frozenset[str] = frozenset()
DATE_OF_SAYING_VERBS: frozenset[str] = frozenset()
SAYING_DATE_LEAD: frozenset[str] = frozenset()
SAYING_TO_SOMEONE: frozenset[str] = frozenset()
MONTH_RUN_OPENERS: tuple[str, ...] = ()
PLURAL_PRONOUNS: frozenset[str] = frozenset()
SHOWING_VERBS: frozenset[str] = frozenset()
FLOATING_QUANTIFIERS: frozenset[str] = frozenset()
COMPARATIVE_LINKS = frozenset()
BARE_VERB_PLURAL_ONLY = False
INFINITIVE_VERBS = frozenset()
OPENING_PARTICIPLE_OVER_NOUN = False
OPENING_PARTICIPLE_ADVERBS: frozenset[str] = frozenset()
PARTICIPLE_AGREES = False
# A short participle is never a subject: a capitalised one standing alone as a title's subject
# is a surname its ending only looks like ("Лесонен", "Корхонен"), not a phrase's opening.
LONE_PARTICIPLE_IS_NAME = False
# Whether the press writes a surname as its initial alone (German court reports: "D. hatte …")
INITIAL_NAMES = False
# Nouns a thing's name follows (Spanish "el premio Mujer Rural"): the name is the thing's
NAMING_NOUNS: frozenset[str] = frozenset()
SUBJECT_OPENERS: frozenset[str] = frozenset()
VERB_LAST_SUBJECT_RELATIVES: frozenset[str] = frozenset()
NAME_OWNER_LINK = ""
COMPARED_BEFORE_THAN: frozenset[str] = frozenset()
NAME_OWNER_ENDINGS: dict[str, tuple[str, ...]] = {}
NAME_OWNER_VERBS: frozenset[str] = frozenset()
NOMINATIVE_ARTICLES: dict[str, dict[str, str]] = {}
# The relatives (by gender) an antecedent's article may stand for, and the narrower set after
# a preposition (German "mit der Stadt": a feminine dative). Empty: any article fits.
ARTICLE_GENDERS: dict[str, frozenset[str]] = {}
ARTICLE_GENDERS_AFTER_PREPOSITION: dict[str, frozenset[str]] = {}
OBJECT_ARTICLES: dict[str, dict[str, str]] = {}
AMBIGUOUS_OBJECT_RELATIVES: dict[str, frozenset[str]] = {}
OWN_OBJECT_ARTICLES: frozenset[str] = frozenset()
DAY_ARTICLES: frozenset[str] = frozenset()
BUT_OPENS_CLAUSE = False
SEPARABLE_PARTICLES: frozenset[str] = frozenset()
BECOMING_VERBS: frozenset[str] = frozenset()
PLACE_RELATIVES: frozenset[str] = frozenset()
ORIGIN_PREPOSITIONS: frozenset[str] = frozenset()
YEAR_BEFORE_NOUN = r"(?!)"
WHEN_PREPOSITIONS = frozenset()
FIGURE_NOUNS = frozenset()
YEAR_NOUN_REACH = 0
PAST_TAKES_NO_DAY_AHEAD = False
BARE_YEAR = r"(?!)"
BARE_YEAR_BOUNDED = r"(?!)"
BARE_YEAR_PART = r"(?!)"
ARRANGING_VERBS = frozenset()
INFINITIVE_TAKERS = frozenset()
# A line of a timeline or "key dates" list: the marks that open it and what sets its date off
# from its clause ("- Aug. 29: First case confirmed"); a typographic convention, not a word.
ENTRY_MARKS = frozenset({"-", "–", "—", "*", "•", "·", "▪"})
ENTRY_DATE_END = frozenset({":"})
ENTRY_DATE_WORDS: frozenset[str] = frozenset()
ENTRY_DASHES = frozenset({"–", "—", "-"})
ENTRY_EMPHASIS = frozenset({"*", "_"})
# Words before a month alone that open a key-dates line ("End of June: …"); none by default.
ENTRY_PERIOD_PARTS: tuple[str, ...] = ()
# A word that may open a live entry before its time ("Updated 14:05 …"); no word of it
ENTRY_TIME_LABELS: frozenset[str] = frozenset()
SPAN_APPROXIMATORS = frozenset()
# How many words a main clause may put between a relative clause's closing comma and its verb,
# a preposition opening them (Russian "…, которым обещали в 1987 году, в сентябре провели …")
RESUME_AFTER_PHRASE = 0
FRONTED_OBJECT_ENDINGS: tuple[str, ...] = ()
IT_TAKES_SUBJECT_BEFORE = False
THEY_TAKES_PLURAL_BEFORE = False
# The plural pronouns that, opening a sentence, stand for the plural subject of the sentence
# before ("Les riverains … ont écrit au préfet. Jeudi, ils manifesteront"), and whether a
# plural verb with its subject left out opening a sentence does the same (Spanish "Los
# pescadores … votaron la huelga. El lunes amarraron …"; ``core.events.plural_subject``)
PLURAL_PRONOUNS_TAKE_SUBJECT_BEFORE: frozenset[str] = frozenset()
DROPPED_PLURAL_TAKES_SUBJECT_BEFORE = False
# The endings every plural noun or adjective of the language has, where it writes one (Spanish
# "-s"): a word without one is no plural, whatever its lemma says
PLURAL_WORD_ENDINGS: tuple[str, ...] = ()
# A plural pronoun for women or feminine things, and the endings of plural nouns that are
# feminine: "elles" stands for "les joueuses", "ils" does not (``core.events.plural_subject``)
FEMININE_PLURAL_PRONOUNS: frozenset[str] = frozenset()
FEMININE_PLURAL_ENDINGS: tuple[str, ...] = ()
# Endings that make a singular noun feminine, or masculine, whatever its article: the gender
# of "l'usine" for "elle" (``core.events.phrase_antecedent``)
FEMININE_NOUN_ENDINGS: tuple[str, ...] = ()
MASCULINE_NOUN_ENDINGS: tuple[str, ...] = ()
# Whether a subject may follow a fronted phrase closed by a comma ("Dès la rentrée, la
# chorale donnera"), so that a pronoun after it stands for that subject; not in German,
# whose comma there opens a relative ("Im Verfahren, das …, schwieg …")
SUBJECT_AFTER_FRONTED_COMMA = False
THING_NAME_HEADS: frozenset[str] = frozenset()
NOUN_DATE_PREPOSITIONS: frozenset[str] = frozenset()
NOUN_TOPIC_LINKS: frozenset[str] = frozenset()
NOUN_SCHEDULED_PREPOSITIONS: frozenset[str] = frozenset()
NOUN_AIM_WORDS: frozenset[str] = frozenset()
NOUN_HOPED_AFTER: frozenset[str] = frozenset()
TITLE_OBJECT_VERBS: frozenset[str] = frozenset()
EQUATIVE_OPENERS: frozenset[str] = frozenset()
SCHEDULED_TAKES_AUX = False
CONTRACTED_AUX: dict[str, str] = {}
LINKING_VERBS: frozenset[str] = frozenset()
TITLE_COMPLEMENT_PARTICIPLES: frozenset[str] = frozenset()
TITLE_OBJECT_OPENERS: frozenset[str] = frozenset()
TITLE_OBJECT_HEDGES: frozenset[str] = frozenset()
TITLE_OBJECT_HEDGE_PAIRS: frozenset[str] = frozenset()
TITLE_NO_OBJECT_VERBS: frozenset[str] = frozenset()
TITLE_PASSIVE_AUX: frozenset[str] = frozenset()
GERUND_OBJECT_VERBS: frozenset[str] = frozenset()
PLURAL_POSSESSIVE_MARKS: tuple[str, ...] = ()
# Verbs whose object needs the phrase after it, by the preposition opening that phrase.
TITLE_OBJECT_COMPLEMENTS: dict[str, frozenset[str]] = {}
TITLE_PHRASE_PARTICIPLES: frozenset[str] = frozenset()
CLAUSE_ONLY_BELIEFS: frozenset[str] = frozenset()
TITLE_PARTICIPLE_LINKS: frozenset[str] = frozenset()
FORECAST_LINKS: frozenset[str] = frozenset()
# The preposition of a ratio after a measure's noun ("earnings per share").
RATIO_LINKS: frozenset[str] = frozenset()
# Hedging adverbs that make a verb group a forecast ("will probably fall").
FORECAST_HEDGES: frozenset[str] = frozenset()
# Words that bound a figure after a verb of change ("to less than 2 pct").
FIGURE_BOUNDS: frozenset[str] = frozenset()
# Verbs that bring a measure to a figure, and the measures somebody sets (``target_figures``).
TARGET_VERBS: frozenset[str] = frozenset()
SET_MEASURES: frozenset[str] = frozenset()
LEVEL_PREPOSITIONS: frozenset[str] = frozenset()
FORECAST_CARRIERS: frozenset[str] = frozenset()
MEASURE_MOVES: frozenset[str] = frozenset()
# The verbs of a figure's change whose subject is a figure, no doer (``since_subject``).
FIGURE_CHANGE_VERBS: frozenset[str] = frozenset()
RESULT_FORESEEN_VERBS: frozenset[str] = frozenset()
RESULT_SUM_VERBS: frozenset[str] = frozenset()
MONEY_UNITS: frozenset[str] = frozenset()
# Pronouns a title keeps as written when no name is sure for them ("It deepened on Tuesday")
KEPT_PRONOUNS: frozenset[str] = frozenset()
KEPT_POSSESSIVES: frozenset[str] = frozenset()
IT_PLACEHOLDER_VERBS: frozenset[str] = frozenset()
RATE_LINKS: frozenset[str] = frozenset()
RAISED_AFTER_BE: frozenset[str] = frozenset()
UNSURE_SPEAKER_VERBS: frozenset[str] = frozenset()
HABIT_WORDS: frozenset[str] = frozenset()
HABIT_BEFORE_UNIT: frozenset[str] = frozenset()
KEPT_HAPPENING_AUX: frozenset[str] = frozenset()
INTENT_VERBS: frozenset[str] = frozenset()
VERB_COMMA_ASIDES = False
FIGURE_HEDGES: frozenset[str] = frozenset()
CLAUSE_OPENER_PAIRS: frozenset[str] = frozenset()
LIST_NAME_ITEMS = False
# Articles opening a phrase that describes the noun before it, after a comma ("the library,
# a building she loved"): the same thing again (``core.events.object_antecedent``)
DESCRIBING_ARTICLES: frozenset[str] = frozenset()
# Adjectives that stand between a determiner and its noun ("le jeune musicien", "la vieja
# fábrica"): the phrase is a subject as "le musicien" is, its present the verb
# (``core.events.finite``).
ADJECTIVES_BEFORE_NOUN: frozenset[str] = frozenset()
# Whether an adjective stands before its noun, so that a title cut (or stopped at a dropped
# date) right after one after a preposition or an article left it without its noun ("for
# direct [outside investment]", "by an unusually mild [March]"): the title goes back past it
# (``core.events.title_modifiers``); and the adjectives that close a fixed phrase after a
# preposition ("at large", "in vain"), which a title may end on.
TITLE_ADJECTIVE_BEFORE_NOUN = False
TITLE_ADJECTIVE_IDIOMS: frozenset[str] = frozenset()
TITLE_DEGREE_WORDS: frozenset[str] = frozenset()
NAME_OWNER_ENDING = ""
# Whether the language leaves out the present of "to be" ("Марія знову на риштуванні"): a
# clause before a colon may then have no verb of its own (``core.events.clause_edges``).
COPULA_UNWRITTEN = False
# Whether the language puts an owner after its noun in a case of its own ("выручка компании"):
# a title drops a possessive pronoun it cannot resolve so (``core.events.subjects``).
OWNER_AFTER_NOUN = False
NAME_OWNER_APOSTROPHE_AFTER: tuple[str, ...] = ()
# A plural possessive pronoun ("their"), and what its owner's name ends with instead of the
# possessive ending when that name is a plural in -s ("Four officers' car").
PLURAL_POSSESSIVES: frozenset[str] = frozenset()
PLURAL_OWNER_APOSTROPHE = ""
# Whether a noun phrase ends on its head noun, its adjectives before it ("the northern ferry
# operators association"): a speaker too long for a title is its article and last word
# (``core.events.told``).
HEAD_NOUN_LAST = False
TIME_WORD_AFTER: frozenset[str] = frozenset()


# Relative pronouns that own the noun before them (Russian "…, крышу которого …"): none here;
# English "whose" opens its clause.
OWNER_RELATIVES: frozenset[str] = frozenset()
# Relatives whose subject and object read alike, with the last letters of the nouns they agree
# with (Russian "который"): none here.
SUBJECT_OBJECT_RELATIVES: dict[str, str] = {}
# The last letters of a noun a relative in the nominative agrees with, and a past verb's
# endings in its gender (Russian "которая": "…выставка", "открылась"): none here, any noun.
RELATIVE_NOUN_ENDINGS: dict[str, str] = {}
RELATIVE_PAST_ENDINGS: dict[str, tuple[str, ...]] = {}
# Adjective endings of the form subject and object share (Russian "-ый"): none here.
SUBJECT_OBJECT_ADJECTIVE_ENDINGS: tuple[str, ...] = ()
# The ending an adjective takes after an antecedent's nominative article, by the relative
# (German "einem neuen Streik, der" → "ein neuer Streik"): none here.
NOMINATIVE_ADJECTIVE_ENDINGS: dict[str, dict[str, str]] = {}
# A finite verb's plural by its ending or as a word, and the articles only a singular takes
# (German "wurden", "eine"): none here.
PLURAL_FINITE_ENDINGS: tuple[str, ...] = ()
PLURAL_FINITE_WORDS: frozenset[str] = frozenset()
SINGULAR_ARTICLES: frozenset[str] = frozenset()
# Whether "that" may point at a time as a determiner ("met in Ipswich that October").
THAT_NAMES_A_TIME = True
VERB_RELATIVES: frozenset[str] = frozenset()
MALE_ARTICLES: frozenset[str] = frozenset()
FEMALE_ARTICLES: frozenset[str] = frozenset()

# Object pronouns that stand for a person, with the subject pronoun of the same person
# (English "him": "he"); none here, and no object is named.
PERSON_OBJECTS: dict[str, str] = {}
# An object pronoun that stands for one thing (English "it"); none here.
THING_OBJECTS: frozenset[str] = frozenset()
# A possessive that says no sex, as its noun's article when the owner is named after the noun
# (French "ses" → "les", "de"), and the elided forms; none here.
OWNER_ARTICLES: dict[str, str] = {}
OWNER_OF = ""
ELIDED: dict[str, str] = {}
FALLBACK_OPENERS: frozenset[str] = frozenset()  # ``core.events.own_words``: none, off
CLAUSE_WORDS_TITLE = False
CLAUSE_CLOSERS: frozenset[str] = frozenset()
GAP_ADVERBS: frozenset[str] = frozenset()
# How adverbs of manner end ("légèrement", "badly"), skipped inside a verb group
# (``core.events.parse.lexical_verb``): none known, none skipped.
MANNER_ADVERB_ENDINGS: tuple[str, ...] = ()
OBJECT_THING_RELATIVES: frozenset[str] = frozenset()
PARTICIPLE_AGREEMENT: tuple[tuple[str, str], ...] = ()
PERFECT_RELATIVES = False
RELATIVE_THAT_AFTER_NOUN_PHRASE = False
RESTRICTIVE_NEGATION: frozenset[str] = frozenset()
OBJECT_CASE_RELATIVES: dict[str, tuple[str, ...]] = {}
PAST_AGREEMENT: dict[str, tuple[str, ...]] = {}
REFLEXIVE_ENDINGS: tuple[str, ...] = ()
PAST_SEX_ENDINGS: dict[str, tuple[str, ...]] = {}
PAST_SEX_SUBJECT_ENDINGS: dict[str, tuple[str, ...]] = {}
OBJECT_PREPOSITIONS: frozenset[str] = frozenset()
RESULT_VERBS: frozenset[str] = frozenset()
RESULT_PREPOSITIONS: frozenset[str] = frozenset()
# The gerund that sets off what a speaker went on to tell after a quote ("“…,” she said,
# adding that …"; ``core.events.parse``): none.
ADDED_AFTER_QUOTE: frozenset[str] = frozenset()
TITLE_TIME_PREPOSITIONS: frozenset[str] = frozenset()
TITLE_TIME_WORDS: frozenset[str] = frozenset()
# Adverbs that only link a happening to the one before ("daraufhin", "anschließend"), which a
# long title drops with its time phrases (``core.events.title_compress``): none.
TITLE_SPARE_ADVERBS: frozenset[str] = frozenset()
TITLE_PERIOD_NOUNS: frozenset[str] = frozenset()
TITLE_ATTRIBUTIONS: tuple[str, ...] = ()
TITLE_RECIPIENT_PREPOSITIONS: frozenset[str] = frozenset()
# and the phrase of where, when the object follows it ("presentó [en el Congreso] una moción")
TITLE_PLACE_PREPOSITIONS: frozenset[str] = frozenset()
# words that open a phrase of purpose, ending such a phrase ("en Francia [para] …")
TITLE_PHRASE_BREAKS: frozenset[str] = frozenset()
FRONTED_PHRASE_OPENERS: tuple[str, ...] = ()
# Whether a fronted phrase runs into its main clause with no comma ("Nach einer Sitzung am
# Montag stimmte der Vorstand …"): the phrase then ends with its own date.
FRONTED_PHRASE_UNMARKED = False
TITLE_STRUCTURE = False
TITLE_INFINITIVE_BREAKS: frozenset[str] = frozenset()
TITLE_COUNT_ANCHORS: frozenset[str] = frozenset()
PERFECT_PARTICIPLE_OPENERS: frozenset[str] = frozenset()
PERFECT_AUX = ""
# Words opening a sentence before an infinitive or past infinitive whose phrase, up to its
# comma, is a clause of its own: Spanish "tras", "después de" (``core.events.fronted_infinitives``)
FRONTED_INFINITIVE_OPENERS: tuple[tuple[str, ...], ...] = ()
# The article a relative of owning stands for, by its agreeing form (Spanish "cuyas obras" →
# "las obras"), and how "of" joins an article after it ("de el" → "del")
# (``core.events.whose_articles``)
WHOSE_ARTICLES: dict[str, str] = {}
OF_CONTRACTIONS: tuple[tuple[str, str], ...] = ()
# A relative that may put its subject after its verb, the noun before being the object
# (``core.events.inverted_relatives``): Spanish "el acuerdo que firmaron ayer los gobiernos"
INVERTED_RELATIVES: frozenset[str] = frozenset()
PLURAL_ARTICLES: frozenset[str] = frozenset()
# Relative openers whose clause, with no comma, the cutter runs on into the main clause's verb
# ("El hombre que visitó ayer a Luis | es médico"): the relative's title stops before it
MAIN_RESUMES_IN_RELATIVE: frozenset[str] = frozenset()
# The part of a month a wire glues to it with a hyphen ("end-March"): none read here yet.
DATE_GLUED_PARTS: frozenset[str] = frozenset()
SINGULAR_VERBS: frozenset[str] = frozenset()
PLURAL_ONLY_VERBS: frozenset[str] = frozenset()
TITLE_KEPT_ADVERBS: frozenset[str] = frozenset()
FRACTION_WORDS: frozenset[str] = frozenset()
PHRASE_BEFORE_VERB = False
FRONTED_MEDIA: frozenset[str] = frozenset()
PRETERITE_NOT_PARTICIPLE = False
DATE_STRESS_AFTER: frozenset[str] = frozenset()
# Reciprocal objects of a preposition, as tuples of lower-case words; none known.
RECIPROCALS: frozenset[tuple[str, ...]] = frozenset()
# The future seen from a past ("would"): what it tells comes after the time it is told from, so
# a period gone by at publication after it is a thing's (``core.events.past_future``): none.
PAST_FUTURE: frozenset[str] = frozenset()
PAST_FUTURE_FIGURE_VERBS: frozenset[str] = frozenset()
# Words before the language's "as" that make it a comparison's, no clause's opener: none.
AS_NOT_OPENING_AFTER: frozenset[str] = frozenset()
# Verbs of estimating that take a clause as their object as well as a figure: none.
REPORTED_CLAUSE_ESTIMATES: frozenset[str] = frozenset()
