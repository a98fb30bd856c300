"""Neutral events data: each name's value in a language that leaves it out."""

from __future__ import annotations

VERB_ONLY_FORMS = frozenset()
COMPANY_ENDINGS: frozenset[str] = frozenset()
PARTNER_COMPANY_ENDINGS: frozenset[str] = frozenset()
IDIOMS = r"(?!)"
NATIONALITIES = frozenset()
# Endings of a people's word that given names share, and the words with them that name no
# land the place list spells alike (English "Alan" is no people's, "German" is): none here.
DEMONYM_NAME_ENDINGS: tuple[str, ...] = ()
DEMONYMS_APART: frozenset[str] = frozenset()
PLACE_LAST_WORDS = frozenset()
PLACE_FIRST_WORDS = frozenset()
LAND_MODIFIERS = frozenset()
HAPPENING_NOUNS = frozenset()
# Nouns of a market's or a rate's move, a happening only with a day written on them in the
# possessive ("yesterday's drop"): none read here yet.
DAY_MOVE_NOUNS: frozenset[str] = frozenset()
PLACE_BEFORE = frozenset()
# Prepositions after which one word, a given name and a surname are a place and a person
# (German "in Lana Hans Gruber"): none.
PLACE_THEN_PERSON_AFTER: frozenset[str] = frozenset()
# A role's complement, not the name after it: two words, an adjective in a case other than
# the role's and its noun ("Губернатор Пермского края"); a pattern over the two words.
ROLE_COMPLEMENT = r"(?!)"
PLACE_JOINERS: frozenset[str] = frozenset()
# Nouns of a settlement or a region after which a capitalised name is that place, however many
# words it has ("у селі Малі Будища", "в городе Верхние Лужки").
PLACE_NOUNS: frozenset[str] = frozenset()
# Words before a capitalised noun a name follows after a linking word (German "zum Tod von
# Hanna Roth"): the noun is no part of the name.
NOUN_OPENERS: frozenset[str] = frozenset()
# Whether people bear two surnames, the first the one a short mention keeps ("Carmen Reyes
# Moreno", "Carmen Reyes"): the first name and first surname are the person named in full.
SECOND_SURNAME = False

# Given names that are also words of the language's dictionary (French "Pierre", Spanish
# "Rosa"): at a sentence's start, followed by a capitalised word, they open a person's name.
GIVEN_NAMES: frozenset[str] = frozenset()
# Given names that tell their bearer's sex (a subset of GIVEN_NAMES): none by default.
MALE_GIVEN_NAMES: frozenset[str] = frozenset()
FEMALE_GIVEN_NAMES: frozenset[str] = frozenset()
ROLE_PERSON_GIVEN_NAMES: frozenset[str] = frozenset()  # "Мэр Заречинска | Павел Громов"
# Verbs whose clause only names a moment that a "when" clause of the same sentence tells
# ("The turning point came in 1981, when a shoe maker bought her design"): none by default.
MOMENT_VERBS: frozenset[str] = frozenset()
MOMENT_NOUNS: frozenset[str] = frozenset()
NAME_PLACE_CONNECTORS: frozenset[str] = frozenset()
# Whether a present perfect tells the story's past ("ils ont arrêté", "sie haben verhaftet"),
# so that it carries the day of the sentence before; in English and Spanish it opens the
# report's own time ("They have arrested", ``core.events.carried_day``).
CARRY_PERFECT = False
