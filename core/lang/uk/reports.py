"""Ukrainian reported speech: a quotation and who said it, and the article's header words.

«Ми готові до переговорів», — заявив Зеленський у п'ятницю. The names are English's
(``core.lang.en.reports``).
"""

from __future__ import annotations

_OPEN = '[«“"„]'
_CLOSE = '[»”"“]'
VERBS = (
    r"заявив|заявила|заявили|сказав|сказала|сказали|повідомив|повідомила|повідомили|додав"
    r"|додала|зазначив|зазначила|наголосив|наголосила|написав|написала|пояснив|пояснила"
    r"|попередив|попередила|визнав|визнала"
)
QUOTE_THEN_SPEAKER = (
    rf"^\s*(?:{_OPEN})(?P<quote>[^«»“”\"]{{12,400}}?)[,.!?]?\s*(?:{_CLOSE})\s*,?\s*[-–—]?\s*"
    rf"(?P<speaker>[^\W\d_][^,;:«»“”\"]{{0,59}}?)\s+(?P<verb>{VERBS})(?!\w)(?P<rest>[^«»“”\"]*)$"
)
QUOTE_THEN_VERB = (
    rf"^\s*(?:{_OPEN})(?P<quote>[^«»“”\"]{{12,400}}?)[,.!?]?\s*(?:{_CLOSE})\s*,?\s*[-–—]?\s*"
    # (the day may come first, then who, a role before the name: "— заявив у вівторок
    # директор компанії Ігор Орел"; the person named there speaks)
    rf"(?P<verb>{VERBS})\s+(?P<speaker>[А-ЯЇІЄҐA-Zа-яїієґ][^,;:«»“”\"]{{0,80}}?)"
    r"(?P<rest>(?:\s+(?:в|у|на)(?!\w)[^«»“”\"]*)?[.!?]?)$"
)
NAME_ABBREVIATION = r"(?:\b[А-ЯЇІЄҐA-Z])\.$"
PERSON_PRONOUNS = frozenset(("він", "вона"))
PRONOUN_REACH = 400
TITLE_MARK = ": "
OPEN_MARK = "«"
CLOSE_MARK = "»"
ELLIPSIS = "…"

# -- the article's own report: the header lines above its body (core.reading.header) --
HEADER_PUBLISHED = r"(?:опубліковано|опублікований|дата[ \t]+публікації|дата(?=[ \t]*[:\d]))"
# ("дата" alone only before a colon or the date: the other language's "дата публ…" is read whole)
HEADER_UPDATED = r"(?:оновлено|оновлений)"
HEADER_ON = r"(?:о|від)"
# Between a header date and its clock time: "Опубліковано 04.03.25 о 14:05".
HEADER_AT = r"о"
BYLINE_BY = r"(?:автор|авторка)"
NAME_LINKS = frozenset({"де", "фон", "ван", "ді"})
# Whether a numeric date with slashes is written day first ("03/10/2025" the 3rd of October,
# as dots are): yes.
NUMERIC_SLASHES_DAY_FIRST = True

# A title that only points back at news it never names (``core.events.back_reports``):
# "Про це повідомив Гнатюк", "Гнатюк повідомив про це".
REPORT_VERB_STEMS = (
    "повідом", "заяв", "розпов", "підтверд", "оголос", "зазнач", "сказав", "сказала",
    "сказали", "написав", "написала", "уточн", "поясн", "інформ", "пише", "додав", "нагада",
)  # fmt: skip
BACK_OBJECTS = frozenset({"про це", "це"})
BACK_OPENERS = frozenset({"про це"})
# (not news of the report's day: "Млин збудували після війни", "Причал був закритий
# багато років", "Рада хотіла продати зал")
BACK_NOT_THAT_DAY = frozenset(
    {"після", "під час", "протягом", "багато років", "кілька років", "років тому",
     "роки тому", "рік тому", "роками", "давно", "колись", "за радянських часів", "хотів",
     "хотіла", "хотіло", "хотіли", "збирався", "збиралася", "збиралися"}
)  # fmt: skip
BACK_TOPIC_SHIFTS = frozenset({"крім того", "тим часом", "водночас", "також"})
# A correction note telling what an earlier version of the article wrongly said ("Виправлення:
# у першій версії цієї статті роком відкриття басейну був названий 2011-й."): the sentence
# tells no happening.
RETRACTED_REPORT = (
    r"^(?:[^:.]{1,40}:\s*)?[ув]\s+(?:попередній|початковій|першій|ранній)\s+"
    r"(?:версії|редакції)\s+(?:(?:цієї|цього|даної|даного)\s+)?(?:статті|матеріалу|замітки"
    r"|новини|публікації)"
)

# A witness's quotation (``core.events.quotes.witnessed``): the witness's own "I" and "we";
# a bound before its date is no day of its own ("до 1980 года")
WITNESS_PRONOUNS = frozenset(("я", "ми"))
WITNESS_NO_DAY = frozenset(("до", "після", "з", "к"))
