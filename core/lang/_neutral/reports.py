"""Neutral reports data: each name's value in a language that leaves it out."""

from __future__ import annotations

NUMERIC_SLASHES_DAY_FIRST = False
# The word between a header date and its clock time ("at"): none.
HEADER_AT = r"(?!)"
SOURCE_PUBLISHED = r"(?!)"
SOURCE_PLACE_OPENERS: frozenset[str] = frozenset()
SOURCE_BE = ("", "")
SOURCE_SINGULAR_ENDINGS: tuple[str, ...] = ()
# Whether a speaker named after the verb of saying comes before the attribution's date
# ("said Erdogan on Friday"), so that a "date" inside the name is none ("said Nordbank's May").
SPEAKER_BEFORE_DATE = False

# A title that only points back at news it never names (``core.events.back_reports``): a
# report or announcement whose object is a pronoun or demonstrative ("Об этом сообщил …",
# "Das teilte … mit", "The mayor announced the decision").
REPORT_VERB_STEMS: tuple[str, ...] = ()
# what such a report's object may be: lower case, words as the title writes them
BACK_OBJECTS: frozenset[str] = frozenset()
# objects that point back only when they open the title ("Про це на засіданні повідомив …")
BACK_OPENERS: frozenset[str] = frozenset()
# objects that point back when they open the title right before the verb ("Lo anunció …")
BACK_VERB_OPENERS: frozenset[str] = frozenset()
# Of those, the nouns ("the decision"): a report so titled does not date the sentence before.
BACK_NOUNS: frozenset[str] = frozenset()
# Words in the sentence before a report that set its news at a time of its own, or tell a
# state or a wish, not news of the report's day ("after the war", "had been closed").
BACK_NOT_THAT_DAY: frozenset[str] = frozenset()
# A report's opening words that change the subject ("Separately, …"): it reports other news.
BACK_TOPIC_SHIFTS: frozenset[str] = frozenset()
# Of those, the ones elided onto the verb's auxiliary ("l'a annoncé"): cut from its word.
BACK_ELIDED: frozenset[str] = frozenset()
# A correction note that tells what an earlier version of the article wrongly said
# (``core.events.retractions``): none.
RETRACTED_REPORT = r"(?!)"

# A witness's quotation dated inside it (``core.events.quotes.witnessed``): the words before
# its date that make it no day of its own ("on a Friday"), or one only the story before sets
# ("that day", "an diesem Tag"); words of a comparison ("the best March since …"): a record,
# not a happening; the fewest words a quote must hold besides its date ("We did this then").
WITNESS_NO_DAY: frozenset[str] = frozenset()
# the witness's own "I" and "we", lower case (none: no quote read as a witness's)
WITNESS_PRONOUNS: frozenset[str] = frozenset()
WITNESS_COMPARISONS: frozenset[str] = frozenset()
WITNESS_MIN_WORDS = 5
WITNESS_SAYING_VERBS: frozenset[str] = frozenset()
WITNESS_STORY_PERIODS: frozenset[str] = frozenset()
WITNESS_LAST: frozenset[str] = frozenset()
