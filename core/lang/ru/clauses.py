"""Russian sentence and clause structure, and Russian word forms.

The names are English's (``core.lang.en.clauses``); a word class Russian lacks (articles,
"to" before an infinitive, a possessive "'s") is an empty set or a string that never occurs.
The word forms are stems, not dictionary lemmas: ``lemmas`` strips the case and verb endings
a news text uses ("посетил", "посетит", "посетить" → "посет"; "визита", "визитом" → "визит"),
and the trigger words of ``events`` are such stems. A finite verb is told by its ending (the
past in "-л", the present or perfective future of the third person), so ``is_past`` answers
"a finite verb" — which is what the engine asks it for — and ``present`` keeps a verb as
written: a Russian title says what the article says.
"""

from __future__ import annotations

import re

from core.lang.endings import EndingForms
from core.lang.ru._plans import IS_PAST_ANY_FINITE as IS_PAST_ANY_FINITE
from core.lang.ru._plans import PLAN_OR_MOVE as PLAN_OR_MOVE
from core.lang.ru.calendar import WEEKDAYS


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


ABBREVIATIONS = _words("г гг т д др пр см им ул млн млрд тыс руб долл н э в вв о св")
# A wire-story dateline: "МОСКВА, 14 февраля (Рейтер) —", "МОСКВА, 14 февраля. /ТАСС/.",
# "КИЕВ —". Groups: place, date, agency.
DATELINE = (
    r"(?P<place>[А-ЯЁ][А-ЯЁ .'-]{1,40}?)(?:/[А-ЯЁ][А-ЯЁ .'-]+)?"
    r"(?P<date>,\s*\d{1,2}\s+[а-яё]{3,9}(?:\s+\d{4}(?:\s+(?:г\.|года|году))?)?)?\.?"
    r"(?P<agency>\s*[(/][A-Za-zА-Яа-яЁё .&-]{2,30}[)/]\.?)?(?:\s*[-–—]{1,2}\s+|(?<=[./])\s*$)"
)
WORD = r"[^\W\d_]+(?:-[^\W\d_]+)*"
OPEN_QUOTES = frozenset(("«", "“", '"', "„"))
CLOSE_QUOTES = frozenset(("»", "”", '"', "“"))
POSSESSIVE_ENDINGS = ("\x00",)
# No weekday takes a possessive here, so nothing puts one ahead of its clause (English
# "ahead of Thursday's talks").
AHEAD_OF_POSSESSIVE = ""
POSSESSIVE = r"\x00$"

OPENERS = _words(
    "что чтобы который которая которое которые когда где пока после перед потому хотя но а как "
    "которого которой которых которую которому которым котором которыми "
    "заявив сообщив добавив однако"  # ", однако в прошлом году её вернули": a clause
)
NOUN_PHRASE_ENDS = OPENERS
BARE_OPENERS = _words("когда пока потому хотя чтобы")
THAT = "что"
WHEN = "когда"
WHEN_WORDS = frozenset({WHEN})  # the words that open a "when" clause fronted after a date
# the openers of a subordinate clause after a fronted phrase of time, before the main clause
# (none written yet); longer ones first
SUBORDINATORS_AFTER_FRONT = ()
SUBJUNCTIVE_ENDS: tuple[str, ...] = ()  # (Spanish "cerrara": a subordinate clause's verb)
# (and the oblique cases, never the clause's subject: "жители, которым станцию обещали …")
RELATIVES = _words(
    "который которая которое которые которого которой которых которую которому которым котором "
    "которыми"
)
OBJECT_RELATIVES = _words("которого которую которое которые которых")
# The relatives that own the noun before them ("…, крышу которого перекрыли"): that noun
# opens the relative clause (``core.events.governed_relatives``).
OWNER_RELATIVES = _words("которого которой которых")
# The openers of a verbless phrase before the main clause whose date is the phrase's noun's when
# the main clause has its own: "После встречи в понедельник совет одобрил план во вторник"
# (``core.events.fronted_phrase_dates``); no comma ends such a phrase.
FRONTED_PHRASE_OPENERS = ("после", "перед", "накануне", "по итогам", "вслед за")
FRONTED_PHRASE_UNMARKED = True
FRONTED_SUBORDINATORS = _words("хотя когда после пока поскольку если как")
PURPOSE_OPENERS = _words("чтобы дабы")
LINKS = _words("так но и однако между тем затем также всё все же при этом")
SUBORDINATORS = _words("после перед когда пока потому поскольку хотя")
COORDINATORS = _words("и или но а")
AND = "и"
AND_THEN = ("и", ",", "затем", "а")

PRONOUNS = _words("он она оно они")
THEY = "они"
PERSONAL_PRONOUNS = _words("он она")
POSSESSIVE_PRONOUNS = _words("его её ее их")
PERSONAL_POSSESSIVES = _words("его её ее")
SPEAKER_PRONOUNS = _words("мы я вы")
POSSESSIVE_DETERMINERS = _words("его её ее их свой своя своё свои своего своей своих")
ANAPHORIC = _words("этот эта это эти этого этой")
DETERMINERS = _words(
    "этот эта это эти этого этой этих этом этим тот та то те его её ее их свой своя своё свои "
    "своего своей своих каждый каждая каждое все всех весь вся всё многие несколько"
)
PREPOSITIONS = _words(
    "в во на с со к ко по о об обо от из у за для до при про под над перед между через без "
    "после около вокруг против среди ради вслед согласно вместо"
)
ADVERBS = _words(
    "утром вечером днём днем ночью "
    "также тоже уже ещё еще снова вновь только лишь даже не никогда официально впервые "
    "вскоре тогда затем потом окончательно совместно ранее позже сначала недавно якобы "
    "напомним напомню отметим кстати впрочем"  # "Напомним, в январе завод …": no subject
)
NEGATIONS = _words("не никогда")
NOT_BEFORE_VERB = DETERMINERS | PREPOSITIONS

FUTURE = _words("будет будут будем буду")
FUTURE_KEPT_BEFORE = ("не",)
BE = _words("был была было были будет будут быть является являются")
BE_PAST = _words("был была было были")
BE_FINITE = _words("был была было были будет будут является являются")
BEEN = "\x00"
BEING = "\x00"
GOING = "\x00"
DUE = "должен"
MODALS = _words("может могут мог могла могли должен должна должно должны")
HYPOTHETICAL = _words("может могут мог могла могли бы")
AUX = FUTURE | BE | MODALS
CLAUSE_ONLY_SPEECH = _words("сказ")
SUBJECT_BREAKS = _words("ли")
NON_FINITE_AUX = _words("быть")
TO = "\x00"  # no infinitive marker
OF = "\x00"  # the genitive is an ending, not a word: "восемь лет войны"
BY = "\x00"
SPEECH_VERBS = _words("заяв сказ сообщ объяв подтверд добав отмет рассказ говор скаж")
TELL_VERBS = _words("сообщ рассказ сказ")
SPEECH_DAYS = frozenset(WEEKDAYS)
NOT_SPEECH_CLAUSE = _words("что , в во на")
REPORTED_OBJECT_REACH = 5
# What was said opens on "что" after its comma, never straight after the verb ("said he
# would"): no clause is looked for there.
REPORTED_SUBJECT_REACH = 1
VERB_GROUP_ENDS = _words("в во на с к")
PHRASAL_PARTICLES = ("\x00",)
LIST_ITEM_REACH = 3
TITLE_CUT_BEFORE = _words("который которая которые когда пока , ; – включая")
# A long title drops its time phrases and attributions before it is cut
# (``core.events.title_compress``): "проголосует [в понедельник] за …".
TITLE_TIME_PREPOSITIONS = _words("в во")
TITLE_TIME_WORDS = _words("прошлой прошлом прошлую следующей следующем следующую этой этом эту")
TITLE_PERIOD_NOUNS = _words("неделе неделю месяце году")
TITLE_ATTRIBUTIONS = ("по данным", "по словам", "по информации")
TITLE_DANGLING = _words(
    "и или но а как чем из-за благодаря согласно не около более менее уже ещё еще также"
    " лишь только"  # "… потушили пожар лишь [в воскресенье]": the word of the date
)
BUT = _words("но однако")
CLAUSE_SUBJECT_STARTS = _words("он она оно они это эти мы я")
QUANTITY_WORDS = _words("больше меньше")
NUMBER_WORDS = _words("один два три четыре пять шесть семь восемь девять десять сто тысяча")
# "Кроме того, в пятницу комиссия …": a fixed opener, the subject after its comma ("кроме" alone
# is a preposition of the subject's phrase: "депутаты, кроме двоих, одобрили")
FIXED_ASIDES = ("кроме того",)
FIXED_PHRASE_STARTS = ("в связи", "в рамках", "в ходе", "в течение", "по словам", "в ответ")
EXPLETIVES = _words("это эти")
DEMONSTRATIVES = _words("этот эта это эти")
AMOUNT_WORDS = _words(
    "млн млрд тыс миллион миллиона миллионов миллиард процент процента процентов руб долл"
)
COMPARISON_CUTS = _words("сравнению сравнении против")  # "по" of "по сравнению" is trimmed
NAME_LINKS: frozenset[str] = frozenset()
CHANGE_FROM = _words("с")
CLAUSE_CUTS = _words("когда который которая которое которые где потому хотя пока заявив сообщив")
AS = "как"
NOT_SUBJECT_STARTS = _words("включая согласно однако кроме также")
TABLE_PERIODS = _words("год период квартал")
PERIOD_NOUNS = _words(
    "год года лет месяц месяца месяцев неделя недели недель день дня дней квартал"
)
ANTECEDENT_REACH = 250
IT_RESOLVES_AFTER = ("", "что", "когда")
REPORTED_OPENERS = ("что",)
STATE_VERBS = _words("явля оста наход составл насчитыва существ наход сто влад")
STATE_VERBS |= _words("вмещ")  # "стадион вмещает 8 тысяч зрителей": how many it holds
# Figures told as if they happened (``core.events.tallies``), by stem: an age ("ей
# исполнилось 60 лет"), an amount ("оборот фабрики составил 12 млрд рублей"); the words
# before the figure and those after an age
AGE_VERBS = _words("исполн")
AMOUNT_VERBS = _words("состав")
FIGURE_LEADS = _words("около более менее почти свыше порядка примерно рекордные рекордных")
AGE_YEARS = _words("лет год года")
STATE_PARTICIPLES = _words("расположен находится")
PLACE_AFTER = _words("в на")
SCHEDULED = _words("назначен запланирован намечен должен")
SET_FOR = _words("назначен")
DATE_MODIFIERS = _words(
    "начале конце середине конец конца начало начала середину середины концу началу"
)
# "в первых числах [августа]", "во второй половине [мая]", "в последние дни [июля]"
DATE_PART_NOUNS = _words("числах числа дни днях неделе неделю половине половину декаде декаду")
TIME_PHRASE_STARTS = _words("на в")
TIME_UNITS = _words("неделе неделю месяце году утром вечером")
PLURAL_NOUNS = _words("люди полиция")
FUNCTION_WORDS = _words(
    "в во на с со по к о об от из у за для до при после и или но а что как это этот эта эти "
    "накануне тогда затем вчера сегодня завтра уже однако "
    "он она оно они мы я вы его её ее их также однако между тем "
    # the past of "to be" opening a sentence ("Был 1934 год"): no one's name
    "был была было были"
)
TIMEX_PREPOSITIONS = _words("в во на с со по до к ко от за через после около к начиная")
RANGE_OPENERS = ("с", "со", "между", "от")
RANGE_JOINERS = ("по", "до", "и", "-", "–", "—")
BACK_SPAN_BEFORE = ("за", "в течение", "течение", "уже")
BACK_SPAN_THE = ("\x00",)
# Only "the last/past N years" counts back to now; "почти/более/около тридцати лет" is a
# length with no start ("работает более двадцати лет"), no date of a happening.
BACK_SPAN_WORDS = ("последние", "прошедшие")
BACK_SPAN_AFTER = _words("после через спустя")
PLACE_PREPOSITIONS = ("в", "во", "на")
# A title keeps the comma and "что" of what was said ("Байден заявил, что …").
REPORTED_THAT = " , что"
# A clause may open on its time and place, its subject after the verb ("В мае пройдут учения").
SUBJECT_AFTER_VERB = True
BETWEEN = "между"
GERUND = "\x00"
ADVERB_ENDING = "\x00"
PAST_PARTICIPLE = "\x00"
THIRD_PERSON_ENDS = ("\x00",)
PLURAL_ENDING = "ы"

# -- word forms: endings, not dictionaries --
# Nouns, adjectives and names that end like a verb ("визит", "канал", "совет", "школа").
_NOT_VERBS = _words(
    "визит саммит кредит лимит транзит депозит совет бюджет ответ запрет предмет пакет портрет "
    "кабинет паритет приоритет авторитет комитет университет институт училище интернет нет "
    "лет будет канал через без около "  # prepositions ending as a past ("вез", "колол")
    "капитал генерал финал материал сигнал зал идеал скандал персонал арсенал журнал протокол "
    "посол стол пол цели роли ли были или если доли воли боли сети дети пути части власти "
    "области новости стороны страны школа школы сила дела села правила результат кандидат "
    "формат штат аппарат депутат дипломат солдат мандат сенат опять кремль самолёт самолет "
    "вертолёт вертолет пилот флот полет полёт бюллетень обет завет отчет отчёт расчет расчёт "
    "счет счёт учет учёт ракет ракеты мит кит быт вид хит сайт брат сват свет мет ответ "
    "момент президент документ процент эксперт министр март "
    # nouns in "-л" after a vowel, read as a masculine past by their ending
    "квартал терминал вокзал причал подвал провал обвал завал перевал портал сериал мемориал "
    "трибунал оригинал адмирал кардинал минерал пенал ледокол футбол волейбол баскетбол "
    "гандбол престол символ глагол сокол угол котёл котел костёл костел"
)
# Stems of nouns whose case forms end like a past ("недели", "канала", "школы").
_NOUN_STEMS = _words(
    "обстрел ритуал интервал потенциал недел модел цел канал капитал генерал финал материал "
    "сигнал зал идеал скандал персонал арсенал журнал протокол посл стол сил дел сел правил "
    "школ земл рол дол вол бол квартал терминал вокзал причал подвал провал обвал завал "
    "перевал портал сериал мемориал трибунал оригинал адмирал кардинал минерал ледокол "
    "футбол престол символ сокол угл котл"
)
# The past of "идти" ("прошла", "пришли"), "расти" ("вырос"), "достичь" ("достигла"), "помочь"
# ("помогли"): a consonant before "-л" or none, named by roots ("вопрос" is no verb). Plural
# agent nouns end like a past too ("жители", "водители", "избиратели"): "хотели" is a verb.
_PAST = re.compile(
    r"^(?![^\W\d_]+[иая]тели$)[^\W\d_]{2,}[аяеиоуыё]л(?:а|о|и|ся|ась|ось|ись)?$|^[^\W\d_]+(?:ёк|ёс|ез)(?:ла|ли)?$"
    r"|^[^\W\d_]{1,6}(?:шл(?:а|о|и|ась|ось|ись)|ш[её]л)$|^(?:вы|под|воз|раз|рас|за|пере)?рос(?:ла|ло|ли)?$"
    r"|^[^\W\d_]+(?:иг|ог|ёг|ег|ок|ек|оз|ёз|ез|ос|ёс)(?:ла|ло|ли|лась|лось|лись)$"
    # ... and the other verbs with a consonant before "-л": "умерла", "погибли", "возникла",
    # "сожгли", "привыкла"
    r"|^(?:у|вы|от|по|за)мерл[аои]$|^(?:по|за)?гибл[аои]$|^(?:воз|про|ис|от)никл[аои]$"
    r"|^(?:подо|под|за|со|с)жгл[аои]$|^(?:при|от)выкл[аои]$"
    r"|^(?:рас|от|ис)торг(?:л[аои])?$"  # "расторгли контракт" ("торг" alone is a noun)
    # "перенесли", "принесла": the past of "нести" by its prefixes ("кресла" is no verb)
    r"|^(?:пере|при|у|за|вы|под|от|раз|про|до|на|в|вз)нес(?:ла|ло|ли|лась|лось|лись)$"
    # the masculine past of "-мереть" has no "-л": "умер", "вымер" (not "мер", of "мера")
    r"|^(?:у|вы|от|по)мер$"
    # ... nor those with a consonant before it, named by their verbs: "вынес", "перенес", "внес"
    # (of "нести", written without "ё"), "возник", "достиг", "погиб", "помог", "поджег", "слег"
    r"|^(?:пере|при|у|за|вы|под|от|раз|про|до|на|в|вз|с)нес$|^(?:воз|про)ник$|^(?:до|по)стиг$"
    r"|^погиб$|^помог$|^(?:под|за|с)ж[её]г$|^(?:с|за|при)?л[её]г$|^(?:при|от)вык$"
)
_PRESENT = re.compile(r"^[^\W\d_]{2,}(?:ет|ёт|ит|ут|ют|ят|ат)(?:ся)?$")
_INFINITIVE = re.compile(r"^[^\W\d_]{2,}(?:ть|ти|чь)(?:ся|сь)?$")
_VERB_ENDINGS = ("ться", "тись", "ться", "лся", "лась", "лось", "лись", "тся", "ть", "ти",
                 "ла", "ло", "ли", "л", "ет", "ёт", "ит", "ут", "ют", "ят", "ат")  # fmt: skip
_NOUN_ENDINGS = ("ами", "ями", "ого", "его", "ому", "ему", "ыми", "ими", "ой", "ей", "ом",
                 "ем", "ах", "ях", "ов", "ев", "ий", "ый", "ая", "яя", "ое", "ее", "ую", "юю",
                 "ые", "ие", "ых", "их", "ия", "ие", "ию", "ии", "а", "я", "ы", "и", "у", "ю",
                 "е", "о", "ь", "й")  # fmt: skip


def lemmas(word: str) -> dict[str, tuple[str, ...]]:
    """Stems by part of speech ("посетил" → {"VERB": ("посет",)}); treat as read-only.

    >>> lemmas("посетит")["VERB"], lemmas("визита")["NOUN"]
    (('посет',), ('визит',))
    """
    return _lemmas(word.lower())


def _lemmas(lower: str) -> dict[str, tuple[str, ...]]:
    return _FORMS.lemmas(lower)


def past(lemma: str) -> str:
    """A happening named by a noun, told: the stem as it is (Russian titles keep the noun)."""
    return lemma


def present(word: str, plural: bool) -> str:
    """The headline verb: the form the article wrote."""
    return word


def is_past(word: str) -> bool:
    """A finite verb form: the past ("посетил", "встретились") or the third person of the
    present and perfective future ("посетит", "встретится"), not an infinitive."""
    return _FORMS.is_past(word)


# A short passive participle in "-н" is a clause's predicate: "встреча запланирована на 24
# февраля", "соглашение подписано" (long enough not to be a noun: "цена", "страна").
# Not after "к", "г", "х" ("Блинкен", "Блинкена") nor "ст" ("Пакистан"): names, not verbs.
_SHORT_PASSIVE = re.compile(
    r"^[^\W\d_]{5,}(?:(?<![кгх])ен|(?<![кгх])(?<!ст)ан|ён|ян)(?:а|о|ы)?$(?<!мен)"
)
_NOT_PARTICIPLES = _words("перемена подмена ресторан чемодан партизан великан таракан")

_FORMS = EndingForms(
    past=_PAST, present=_PRESENT, infinitive=_INFINITIVE, short_passive=_SHORT_PASSIVE,
    not_verbs=_NOT_VERBS, not_participles=_NOT_PARTICIPLES, noun_stems=_NOUN_STEMS,
    finite_words=BE_FINITE | MODALS, never_nouns=AUX | PREPOSITIONS,
    verb_endings=_VERB_ENDINGS, noun_endings=_NOUN_ENDINGS, stem_vowels="аеиоуяыё",
)  # fmt: skip


def is_participle(word: str) -> bool:
    """A short passive participle: "подписан", "назначена", "проведены"."""
    lower = word.lower()
    return (
        # "-т" after a vowel of the stem ("закрыт", "убиты", "взята"), never a consonant: a
        # noun's ("космонавты", "эксперты", "студенты")
        bool(
            re.match(r"^(?:[^\W\d_]{3,}(?:ан|ян|ен|ён)|[^\W\d_]{2,}[аеиоуыяё]т)(?:а|о|ы)?$", lower)
        )
        and lower not in _NOT_VERBS | _NOT_PARTICIPLES
    )


# -- added for es --
def is_finite_form(word: str) -> bool:
    """Finite forms are told by the verb endings of this folder's own rules, not here."""
    return False


# A sentence may open on its verb, the subject left out ("Поступил в институт в 1991 году"):
# the person the sentence before names is its subject (``core.events.subjects``).
DROPS_SUBJECT = True
# "В 1974 году Лесонен стала директором": a surname in "-ен" alone as the subject.
LONE_PARTICIPLE_IS_NAME = True


def is_word(word: str) -> bool:
    """Whether ``word`` is a known word of the language, not a name: this folder tells verbs
    and nouns by their endings only, which any name may have ("Ростов", "Сеул"), so it knows
    none for sure (``core.events.gazetteer`` keeps every city)."""
    return False


def plural_verb(word: str) -> bool:
    """A finite verb in the third person plural: the past ("открыли") and the present
    or future; not the singular ("открыл") nor an infinitive."""
    lower = word.lower()
    return is_past(lower) and lower.endswith(_PLURAL_ENDINGS) and lower not in _NOT_PLURALS


# "-ут" and "-ат" end as many nouns as verbs ("маршрут", "комбинат"): not read as plurals
_PLURAL_ENDINGS = ("ли", "лись", "ют", "ят", "ются", "ятся")
_NOT_PLURALS = _words("салют приют уют парашют абсолют")

# "Открыли музей в 2004 году": a sentence opening on a plural verb tells what unnamed
# people did; the verb is the clause's own, with no subject.
UNNAMED_PLURAL = True


# A clause's own date wins over a span of the past it names: "Le musée rouvrira ses portes
# en juin après deux ans de travaux" is the reopening in June, not two years of works.
DATE_BEFORE_SPAN = True


# The words that open a report of the news just told, its speaker after the verb: "Об этом
# в среду рассказали в пресс-службе" is a happening dated Wednesday.
ABOUT_THIS = frozenset(("об этом", "о том"))

ADVERB_PHRASES = ("ещё раз", "еще раз")  # "ещё раз проверили": the adverb goes whole
OBJECT_PRONOUNS = _words("их его её ее")  # "утвердило их": the object, not "their"
# "Музей готовит выставку. Её откроют в мае": a feminine thing's accusative ("выставку",
# "котельную"), written as the pronoun's case; a feminine subject ("школа") may be meant too
OBJECT_PRONOUN_ENDINGS = {"её": ("у", "ю"), "ее": ("у", "ю")}
OBJECT_PRONOUN_RIVALS = {"её": ("а", "я"), "ее": ("а", "я")}
APPROXIMATORS = _words("около почти более свыше порядка примерно")
FRONTED_SPAN_IS_SCENE = True  # "Après trois jours de négociations, …": the clause's scene
COMMA_ASIDES = True  # "ont rejeté, par 290 voix contre 250, la motion"
GENITIVE_CUTS = True  # "с представителями | фермерских хозяйств"
# prepositional "-е", instrumental "-ом", plural cases "-ам", "-ами", "-ах", "-ость" …: "на
# международном | конгрессе" and "в частную | собственность" are one phrase, no genitive after it
NON_GENITIVE_ENDINGS = tuple("е ом ем ём ам ям ами ями ах ях ость ую юю".split())
GENITIVE_ENDINGS = tuple("а я ы и ов ев ей ого его ых их ой".split())
# An adjective's endings: no noun a genitive cut may follow ("у Віденському | залі"); nor
# a numeral's oblique case, which agrees with its noun as they do ("в четырёх | районах").
ADJECTIVE_ENDINGS = tuple(
    "ый ий ой ая яя ое ее ые ие ого его ому ему ым им ую юю ых их ыми ими двух трёх трех"
    " четырёх четырех".split()
)
# A nominative adjective before its noun ("Государственная комиссия", "Новые правила"): the
# subject may end after that noun, before its genitive.
SUBJECT_ADJECTIVE_ENDINGS = ("ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие")
ATTRIBUTION_FRONTS = _words("как")  # "как …, <the news>": who told it, before the comma
# An adverbial participle opening the clause, its phrase up to the comma before the subject:
# "Вернувшись из поездки в пятницу, | президент провел совещание" (``core.events.clause_fronts``).
FRONTED_GERUND_ENDS = ("вшись", "вши", "аясь", "яясь")
FRONTED_GERUND_PREPOSITION_ENDS = ("ая", "яя", "уя", "юя")
ASIDE_PASSIVE: tuple[str, ...] = ()  # participle asides not read (see English)


# -- added for de and fr (lang16a) --
def unlisted_participle(word: str) -> bool:
    """Whether a word right after an auxiliary is a participle of a verb this folder's lists
    lack, told by its shape alone (French "a été trouvé"). Not read here: never."""
    return False


# "кафе, где в субботу произошла драка": the subject inside, after the verb
PLACE_RELATIVES = _words("где")
# "не раньше [конца июня]", "не позднее [1 мая]": a bound that goes with its date, a case
# form with no preposition before it
DATE_HEDGES = _words("не раньше позднее позже ранее примерно около")
# A focus word before a date's preposition ("именно [в воскресенье]") goes with the date.
DATE_FOCUS_WORDS = _words("именно")

# A role's complement is a genitive with no preposition ("министр энергетики Пётр Ковалёв"):
# up to three lower-case words between the role and the name it titles.
ROLE_GENITIVES = 3

# -- added for fx3 --
# The saying after the news on a day of its own is an event of its own:
# "…, сообщил во вторник губернатор Пётр Ковалёв".
DATED_SAYING = True
REPORTED_SAYING_THAT = " , что"


# The person a profile's "он" or "она" stands for (``core.events.topic_person``; the names
# are English's).
FEMALE_PRONOUNS = _words("она её ее")
MALE_PRONOUNS = _words("он его")
MALE_WORDS = _words(
    "сын сына сыном отец отца муж мужа мужем брат брата дед деда внук внука дядя племянник вдовец"
)
FEMALE_WORDS = _words(
    "дочь дочери мать матери жена жены женой сестра сестры бабушка внучка тётя тетя "
    "племянница вдова"
)
SEX_WORDS_REACH = 20
# "[тот] …": a demonstrative that points a date back goes with it, not the subject.
DATE_DEMONSTRATIVES = _words("тот ту том")

# A main clause goes on after a relative clause's closing comma at a short phrase, then its
# verb: "…, которым станцию обещали в 1987 году, в сентябре провели пикет".
RESUME_AFTER_PHRASE = 4
# The endings by which a noun phrase fronted before a pronoun subject is surely its verb's
# object, a feminine accusative ("Премию она получила"): the title puts it after the verb.
FRONTED_OBJECT_ENDINGS = ("у", "ю")
# A relative in an oblique case is never its clause's subject: "учителя, которым обещали надбавку"
# tells of no doing by the noun before (they were promised; they did not promise).
NO_SUBJECT_OPENERS = _words("которому которым котором которыми")
# Hedges a title keeps on its verb: what nearly happened did not happen
TITLE_HEDGES = _words("почти")
# A subject that says nothing happened ("no one [was hurt]"): no title
NEGATIVE_SUBJECTS = _words("никто ничто")
# The present of "to be" goes unwritten ("Марія знову на риштуванні"): a clause with no verb.
COPULA_UNWRITTEN = True
# An owner follows its noun in the genitive ("виручка компанії"), never as "Acme's".
OWNER_AFTER_NOUN = True

# The relatives whose subject and object read alike, with the last letters of the nouns they
# agree with in that form: a relative with no subject of its own stands for that noun
# ("…форум, который отменили" → "Форум отменили"; ``core.events.bare_relatives``).
_MASCULINE = "бвгджзклмнпрстфхцчшщйь"
SUBJECT_OBJECT_RELATIVES = {"который": _MASCULINE, "которое": "оеё", "которые": "ыи"}
# Relatives in the nominative that stand for a thing as for a person: the noun before them
# is their clause's subject ("…выставка, которая открылась в среду"; ``core.events.antecedents``),
# when it agrees with the relative in the nominative: its last letters are the relative's
# (``RELATIVE_NOUN_ENDINGS``; "…сессии, которая" is another case, another noun's relative), and
# a past verb has the relative's gender (``RELATIVE_PAST_ENDINGS``; "институт, который
# закончила" has the institute for the verb's object, not its subject).
THING_RELATIVES = _words("который которая которое которые")
RELATIVE_NOUN_ENDINGS = {"который": _MASCULINE, "которая": "ая", "которое": "оеё", "которые": "ыи"}
RELATIVE_PAST_ENDINGS = {
    "который": ("л", "лся"),
    "которая": ("ла", "лась"),
    "которое": ("ло", "лось"),
    "которые": ("ли", "лись"),
}
# The endings of adjectives in the form subject and object share ("документальный фильм").
SUBJECT_OBJECT_ADJECTIVE_ENDINGS = ("ый", "ий", "ой", "ое", "ее", "ые", "ие")
# "That" is no determiner here: after it a time opens what is said ("…, что весной …").
THAT_NAMES_A_TIME = False

# A dated clause whose subject the parser misses is titled by its own words
# (``core.events.own_words``).
CLAUSE_WORDS_TITLE = True

# Relative pronouns that can only be their verb's object (accusative feminine), with the
# endings of nouns and adjectives in that case: "новую переправу, которую сапёры навели летом"
# is told "Сапёры навели новую переправу" (``core.events.relative_objects``).
OBJECT_CASE_RELATIVES = {"которую": ("у", "ю")}
CLAUSE_CLOSERS = frozenset((",", ";"))


# A sentence-opening "они" for the plural subject of the sentence before; a plural verb left
# without a subject is read as done by people unnamed ("Мост открыли"), not by that subject
# (``core.events.plural_subject``)
PLURAL_PRONOUNS_TAKE_SUBJECT_BEFORE = _words("они")

# A past verb agrees with its subject in gender and number: the ending of each agreement and
# how the first word of a subject it takes ends (a noun or an adjective before it, in the
# nominative): a clause opened by "и"/"а" whose verb agrees as the first clause's goes on
# about the same subject (``core.events.lent_subject``). Reflexive verbs are left out: they
# often name their own subject after them.
PAST_AGREEMENT = {
    "ла": ("а", "я", "ь"),
    "ло": ("о", "ое", "ее", "ие"),
    "ли": ("ы", "и", "ые", "ие"),
}
REFLEXIVE_ENDINGS = ("ся", "сь")
# The sex a past verb's ending gives its subject ("дебютировала": a woman, "начал": a man),
# and how a subject of that sex may end, in the nominative (a noun or an adjective before
# it): a sentence opening on such a verb, with no such word after it, goes on about the
# person the sentence before names, when the article showed that person's sex so
# (``core.events.ending_person``).
PAST_SEX_ENDINGS = {"f": ("ла", "лась", "лася"), "m": ("л", "лся")}
PAST_SEX_SUBJECT_ENDINGS = {"f": ("а", "я", "ь"), "m": (*"бвгджзклмнпрстфхцчшщйь", "о")}
