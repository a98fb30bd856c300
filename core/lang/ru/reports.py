"""Russian reported speech: a quotation and who said it, and the article's header words.

«Мы готовы к переговорам», — заявил Песков в пятницу. The names are English's
(``core.lang.en.reports``).
"""

from __future__ import annotations

_OPEN = '[«“"„]'
_CLOSE = '[»”"“]'
VERBS = (
    r"заявил|заявила|заявили|сказал|сказала|сказали|сообщил|сообщила|сообщили|добавил"
    r"|добавила|отметил|отметила|подчеркнул|подчеркнула|написал|написала|пояснил|пояснила"
    r"|предупредил|предупредила|признал|признала"
)
# «…», — заявил Песков в пятницу. / «…», — сказал он.
QUOTE_THEN_SPEAKER = (
    rf"^\s*(?:{_OPEN})(?P<quote>[^«»“”\"]{{12,400}}?)[,.!?]?\s*(?:{_CLOSE})\s*,?\s*[-–—]?\s*"
    rf"(?P<speaker>[^\W\d_][^,;:«»“”\"]{{0,59}}?)\s+(?P<verb>{VERBS})(?!\w)(?P<rest>[^«»“”\"]*)$"
)
QUOTE_THEN_VERB = (
    rf"^\s*(?:{_OPEN})(?P<quote>[^«»“”\"]{{12,400}}?)[,.!?]?\s*(?:{_CLOSE})\s*,?\s*[-–—]?\s*"
    # (the day may come first, then who, a role before the name: "— заявил во вторник
    # директор компании Игорь Орлов"; the person named there speaks)
    rf"(?P<verb>{VERBS})\s+(?P<speaker>[А-ЯЁA-Zа-яё][^,;:«»“”\"]{{0,80}}?)(?P<rest>(?:\s+(?:в|во|на)(?!\w)[^«»“”\"]*)?[.!?]?)$"
)
NAME_ABBREVIATION = r"(?:\b[А-ЯЁA-Z])\.$"
PERSON_PRONOUNS = frozenset(("он", "она"))
PRONOUN_REACH = 400
TITLE_MARK = ": "
OPEN_MARK = "«"
CLOSE_MARK = "»"
ELLIPSIS = "…"

# -- the article's own report: the header lines above its body (core.reading.header) --
HEADER_PUBLISHED = r"(?:опубликовано|опубликован|дата[ \t]+публикации|дата(?=[ \t]*[:\d]))"
# ("дата" alone only before a colon or the date: the other language's "дата публ…" is read whole)
HEADER_UPDATED = r"(?:обновлено|обновлён|обновлен)"
HEADER_ON = r"(?:в|от)"
# Between a header date and its clock time: "Опубликовано 04.03.25 в 14:05".
HEADER_AT = r"в"
BYLINE_BY = r"(?:автор)"
NAME_LINKS = frozenset({"де", "фон", "ван", "ди"})
# Whether a numeric date with slashes is written day first ("03/10/2025" the 3rd of October,
# as dots are): yes.
NUMERIC_SLASHES_DAY_FIRST = True

# A title that only points back at news it never names (``core.events.back_reports``):
# "Об этом сообщил Савин", "Савин сообщил об этом".
REPORT_VERB_STEMS = (
    "сообщ", "заяв", "рассказ", "подтверд", "объяв", "отмет", "сказал", "написал", "уточн",
    "поясн", "информир", "передает", "передаёт", "пишет", "добав", "напомн",
)  # fmt: skip
BACK_OBJECTS = frozenset({"об этом", "это", "об этом же"})
BACK_OPENERS = frozenset({"об этом", "об этом же"})
# (not news of the report's day: "Мельницу построили после войны", "Причал был закрыт
# много лет", "Совет хотел продать зал")
BACK_NOT_THAT_DAY = frozenset(
    {"после", "во время", "в течение", "много лет", "несколько лет", "назад", "годами",
     "давно", "когда-то", "в советское время", "хотел", "хотела", "хотело", "хотели",
     "собирался", "собиралась", "собирались"}
)  # fmt: skip
BACK_TOPIC_SHIFTS = frozenset({"кроме того", "между тем", "тем временем", "также"})
# A correction note telling what an earlier version of the article wrongly said ("Поправка: в
# первой версии этой заметки годом открытия бассейна был назван 2011-й."): the sentence tells
# no happening.
RETRACTED_REPORT = (
    r"^(?:[^:.]{1,40}:\s*)?в\s+(?:предыдущей|первоначальной|первой|ранней|прежней)\s+"
    r"(?:версии|редакции)\s+(?:(?:этой|этого|данной|данного)\s+)?(?:статьи|материала|заметки"
    r"|новости|публикации)"
)

# A witness's quotation (``core.events.quotes.witnessed``): the witness's own "I" and "we";
# a bound before its date is no day of its own ("до 1980 года")
WITNESS_PRONOUNS = frozenset(("я", "мы"))
WITNESS_NO_DAY = frozenset(("до", "после", "с", "к"))
