"""Ukrainian sentence and clause structure, and Ukrainian word forms.

As in Russian (``core.lang.ru.clauses``): the names are English's, a word class Ukrainian
lacks is empty, and the word forms are stems, not dictionary lemmas ("відвідав",
"відвідає", "відвідати" → "відвід"; "візиту", "візитом" → "візит"). ``is_past`` answers "a
finite verb" (the past in "-в"/"-ла"/"-ли", the third person of the present and perfective
future), and ``present`` keeps a verb as written.
"""

from __future__ import annotations

import re

from core.lang.endings import EndingForms
from core.lang.uk._plans import IS_PAST_ANY_FINITE as IS_PAST_ANY_FINITE
from core.lang.uk._plans import PLAN_OR_MOVE as PLAN_OR_MOVE
from core.lang.uk.calendar import WEEKDAYS


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


ABBREVIATIONS = _words("р рр т д ін пр див ім вул млн млрд тис грн дол н е ст о св")
# A wire-story dateline: "КИЇВ, 14 лютого (Укрінформ) —", "КИЇВ, 14 лютого. /УНІАН/.",
# "КИЇВ —". Groups: place, date, agency.
DATELINE = (
    r"(?P<place>[А-ЯЇІЄҐ][А-ЯЇІЄҐ .'-]{1,40}?)(?:/[А-ЯЇІЄҐ][А-ЯЇІЄҐ .'-]+)?"
    r"(?P<date>,\s*\d{1,2}\s+[а-яїієґ]{3,9}(?:\s+\d{4}(?:\s+(?:р\.|року))?)?)?\.?"
    r"(?P<agency>\s*[(/][A-Za-zА-Яа-яЇїІіЄєҐґ .&-]{2,30}[)/]\.?)?(?:\s*[-–—]{1,2}\s+|(?<=[./])\s*$)"
)
WORD = r"[^\W\d_](?:[\w'’ʼ-]*[^\W\d_])?"
OPEN_QUOTES = frozenset(("«", "“", '"', "„"))
CLOSE_QUOTES = frozenset(("»", "”", '"', "“"))
POSSESSIVE_ENDINGS = ("\x00",)
# No weekday takes a possessive here, so nothing puts one ahead of its clause (English
# "ahead of Thursday's talks").
AHEAD_OF_POSSESSIVE = ""
POSSESSIVE = r"\x00$"

OPENERS = _words(
    "що щоб який яка яке які якого якої яких яку якому яким якій якою якими коли де поки після "
    "перед тому хоча але а як "
    "заявивши повідомивши додавши однак проте"  # ", однак торік її повернули": a clause
)
NOUN_PHRASE_ENDS = OPENERS
BARE_OPENERS = _words("коли поки хоча щоб")
THAT = "що"
WHEN = "коли"
WHEN_WORDS = frozenset({WHEN})  # the words that open a "when" clause fronted after a date
# the openers of a subordinate clause after a fronted phrase of time, before the main clause
# (none written yet); longer ones first
SUBORDINATORS_AFTER_FRONT = ()
SUBJUNCTIVE_ENDS: tuple[str, ...] = ()  # (Spanish "cerrara": a subordinate clause's verb)
# (and the oblique cases, never the clause's subject: "мешканці, яким станцію обіцяли …")
RELATIVES = _words("який яка яке які якого якої яких яку якому яким якій якою якими")
OBJECT_RELATIVES = _words("якого яку яке які яких якому яким якій якою якими")
# The relatives that own the noun before them ("…, крышу которого перекрыли"): that noun
# opens the relative clause (``core.events.governed_relatives``).
OWNER_RELATIVES = _words("якого якої яких")
# The openers of a verbless phrase before the main clause whose date is the phrase's noun's when
# the main clause has its own: "Після зустрічі в понеділок рада схвалила план у вівторок"
# (``core.events.fronted_phrase_dates``); no comma ends such a phrase.
FRONTED_PHRASE_OPENERS = ("після", "перед", "напередодні", "за підсумками", "слідом за")
FRONTED_PHRASE_UNMARKED = True
FRONTED_SUBORDINATORS = _words("хоча коли після поки оскільки якщо як")
PURPOSE_OPENERS = _words("щоб аби")
LINKS = _words("так але і й однак тим часом потім також")
SUBORDINATORS = _words("після перед коли поки оскільки хоча")
COORDINATORS = _words("і й або але а та")
AND = "і"
AND_THEN = ("і", "й", ",", "потім", "а", "та")

PRONOUNS = _words("він вона воно вони")
THEY = "вони"
PERSONAL_PRONOUNS = _words("він вона")
POSSESSIVE_PRONOUNS = _words("його її їх їхній")
PERSONAL_POSSESSIVES = _words("його її")
SPEAKER_PRONOUNS = _words("ми я ви")
POSSESSIVE_DETERMINERS = _words("його її їх свій своя своє свої свого своєї своїх")
ANAPHORIC = _words("цей ця це ці цього цієї")
DETERMINERS = _words(
    "цей ця це ці цього цієї цих цьому цим той та те ті його її їх свій своя своє свої "
    "свого своєї своїх кожен кожний кожна кожне всі всіх весь вся все багато кілька"
)
PREPOSITIONS = _words(
    "в у на з із зі до від по про за для при під над перед між через без після біля "
    "навколо проти серед замість згідно о об щодо крім окрім"
)
ADVERBS = _words(
    "вранці зранку ввечері увечері вночі уночі вдень "
    "також теж вже уже ще знову лише тільки навіть не ніколи офіційно вперше незабаром "
    "тоді потім остаточно спільно раніше пізніше спочатку нещодавно нібито "
    "нагадаємо нагадаю зазначимо до речі втім"  # "Нагадаємо, у січні завод …": no subject
)
NEGATIONS = _words("не ніколи")
NOT_BEFORE_VERB = DETERMINERS | PREPOSITIONS

FUTURE = _words("буде будуть будемо буду")
FUTURE_KEPT_BEFORE = ("не",)
BE = _words("був була було були буде будуть бути є")
BE_PAST = _words("був була було були")
BE_FINITE = _words("був була було були буде будуть є")
BEEN = "\x00"
BEING = "\x00"
GOING = "\x00"
DUE = "повинен"
MODALS = _words("може можуть міг могла могли повинен повинна повинні має мають")
HYPOTHETICAL = _words("може можуть міг могла могли б би")
AUX = FUTURE | BE | MODALS
CLAUSE_ONLY_SPEECH = _words("сказ")
SUBJECT_BREAKS = _words("чи")
NON_FINITE_AUX = _words("бути")
TO = "\x00"
OF = "\x00"
BY = "\x00"
SPEECH_VERBS = _words("заяв сказ повідом оголос підтверд дода зазнач розпов говор каж скаж")
TELL_VERBS = _words("повідом розпов сказ")
SPEECH_DAYS = frozenset(WEEKDAYS)
NOT_SPEECH_CLAUSE = _words("що , в у на")
REPORTED_OBJECT_REACH = 5
# What was said opens on "що" after its comma, never straight after the verb ("said he
# would"): no clause is looked for there.
REPORTED_SUBJECT_REACH = 1
VERB_GROUP_ENDS = _words("в у на з до")
PHRASAL_PARTICLES = ("\x00",)
LIST_ITEM_REACH = 3
TITLE_CUT_BEFORE = _words("який яка які коли поки , ; – включно")
# A long title drops its time phrases and attributions before it is cut
# (``core.events.title_compress``): "проголосує [у понеділок] за …".
TITLE_TIME_PREPOSITIONS = _words("у в")
TITLE_TIME_WORDS = _words("минулого минулому минулий наступного наступному наступний цього цьому")
TITLE_PERIOD_NOUNS = _words("тижня тижні місяця місяці року році")
TITLE_ATTRIBUTIONS = ("за даними", "за словами", "за інформацією")
TITLE_DANGLING = _words(
    "і й або але а як ніж через завдяки згідно не близько більш менш вже уже ще також та"
    " лише лиш тільки"  # "… ліквідували горіння лише [у неділю]": the word of the date
)
BUT = _words("але проте однак")
CLAUSE_SUBJECT_STARTS = _words("він вона воно вони це ці ми я")
QUANTITY_WORDS = _words("більше менше")
NUMBER_WORDS = _words("один два три чотири п'ять шість сім вісім дев'ять десять сто тисяча")
FIXED_PHRASE_STARTS = ("у зв'язку", "в рамках", "у рамках", "протягом", "за словами", "у відповідь")
EXPLETIVES = _words("це ці")
DEMONSTRATIVES = _words("цей ця це ці")
AMOUNT_WORDS = _words(
    "млн млрд тис мільйон мільйона мільйонів мільярд відсоток відсотка відсотків грн дол"
)
COMPARISON_CUTS = _words("порівняно проти")
NAME_LINKS: frozenset[str] = frozenset()
CHANGE_FROM = _words("з із")
CLAUSE_CUTS = _words("коли який яка яке які де тому хоча поки заявивши повідомивши")
AS = "як"
NOT_SUBJECT_STARTS = _words("включно згідно однак крім також")
TABLE_PERIODS = _words("рік період квартал")
PERIOD_NOUNS = _words("рік року років місяць місяця місяців тиждень тижня тижнів день дня днів")
ANTECEDENT_REACH = 250
IT_RESOLVES_AFTER = ("", "що", "коли")
REPORTED_OPENERS = ("що",)
STATE_VERBS = _words("є залиша перебува становл налічу існу знаход стоїт волод")
STATE_VERBS |= _words("вміщ")  # "зал вміщує 500 глядачів": how many it holds
# The present of "коштувати" tells a price ("квиток коштує 40 гривень"); its past may tell
# what a thing cost ("ремонт коштував 3 мільйони"), as English "cost" does
STATE_FORMS = _words("коштує коштують")
# Figures told as if they happened (``core.events.tallies``), by stem: an amount ("обіг
# склав 5 млн гривень", "становив"); the words before the figure. No age verb yet: the
# clause cutter keeps "…, йому виповнилося 30, і він переїхав …" one clause, so the age
# would take the move's date with it
AMOUNT_VERBS = _words("скл станов")
FIGURE_LEADS = _words("понад майже близько більш менш як приблизно рекордні рекордних")
STATE_PARTICIPLES = _words("розташований розташована знаходиться")
PLACE_AFTER = _words("в у на")
SCHEDULED = _words("призначено запланований запланована заплановано заплановане повинен")
SET_FOR = _words("призначено")
# the impersonal "-но" and the short forms: "призначено на 12 жовтня в Українському домі"
SCHEDULED_PREDICATES = _words("призначено заплановано запланована")
DATE_MODIFIERS = _words("початку кінці середині наприкінці")
# "у перших числах [серпня]", "в другій половині [травня]", "в останні дні [липня]"
DATE_PART_NOUNS = _words("числах числа дні днях тижні тиждень половині половину декаді декаду")
TIME_PHRASE_STARTS = _words("цього минулого наступного")
TIME_UNITS = _words("тижня місяця року ранку вечора")
PLURAL_NOUNS = _words("люди поліція")
FUNCTION_WORDS = _words(
    "в у на з із до від по про за для при після і й або але а що як це цей ця ці він вона "
    "про об напередодні тоді потім вчора сьогодні завтра вже однак "
    "воно вони ми я ви його її їх також однак "
    # the past of "to be" opening a sentence ("Був 1934 рік"): no one's name
    "був була було були"
)
TIMEX_PREPOSITIONS = _words("в у на з із по до від за через після близько починаючи о об")
RANGE_OPENERS = ("з", "із", "між", "від")
RANGE_JOINERS = ("по", "до", "і", "й", "-", "–", "—")
BACK_SPAN_BEFORE = ("за", "протягом", "вже")
BACK_SPAN_THE = ("\x00",)
# Only "the last/past N years" counts back to now; "майже/понад/близько тридцяти років" is a
# length with no start ("працює понад тридцять років"), no date of a happening.
BACK_SPAN_WORDS = ("останні", "минулі")
BACK_SPAN_AFTER = _words("після через")
PLACE_PREPOSITIONS = ("в", "у", "на")
# A title keeps the comma and "що" of what was said ("Байден заявил, что …").
REPORTED_THAT = " , що"
# A clause may open on its time and place, its subject after the verb ("В мае пройдут учения").
SUBJECT_AFTER_VERB = True
BETWEEN = "між"
GERUND = "\x00"
ADVERB_ENDING = "\x00"
PAST_PARTICIPLE = "\x00"
THIRD_PERSON_ENDS = ("\x00",)
PLURAL_ENDING = "и"

# -- word forms: endings, not dictionaries --
_NOT_VERBS = _words(
    "візит саміт кредит ліміт транзит депозит бюджет пакет портрет кабінет комітет "
    "університет інститут училище інтернет канал капітал генерал фінал матеріал сигнал зал "
    "скандал персонал "
    "арсенал журнал протокол посол стіл цілі ролі або були чи якщо частини влади області "
    "новини сторони країни школа сила справа правила результат кандидат формат штат апарат "
    "депутат дипломат солдат мандат сенат літак пілот флот міністерство місце серце море "
    "поле нове далі мить суть путь сьогодні весь усе все треба тепер тиждень день понеділок "
    "вівторок четвер острів рукав гнів спів кров любов лев рів слів президент документ "
    "відсоток експерт міністр кремль зброя ракети "
    # nouns in "-ив", which end like a masculine past ("колектив втратив")
    "колектив мотив актив масив локомотив об'єктив рецидив кооператив детектив наратив "
    "імператив негатив позитив примітив курсив "
    # adverbs and comparatives in "-ше", "-ще", "-че", which end like a present ("Уперше вона
    # взяла голку": no verb opening the sentence)
    "уперше вперше більше менше найбільше найменше швидше краще найкраще гірше "
    "довше ширше ближче нижче дешевше дорожче частіше сильніше"
)
_APOS = "'’ʼ"
# Stems of nouns whose case forms end like a past ("недели", "канала", "школы").
_NOUN_STEMS = _words(
    "обстріл ритуал інтервал потенціал неділ модел цил канал капітал генерал фінал матеріал "
    "сигнал зал ідеал скандал персонал арсенал журнал протокол посл стол сил справ сел "
    "правил школ земл рол дол вол бол початк"
)
_PAST = re.compile(
    rf"^[^\W\d_][\w{_APOS}]{{1,}}(?:[аяиуо]в(?:ся)?|[аяеиіоуї]л(?:а|о|и|ася|ося|ися|ись))$"
    r"|^(?:про|при|з|за|від|пере|по|ви|до|на|під|роз|у|в)?(?:вів|вівся|летів|сидів|хотів|зустрів"
    r"|зустрівся|зумів)$"
    # the other masculine pasts in "-ів", named by their verbs (a genitive plural ends so too:
    # "районів"): "згорів", "уцілів", "розповів", "відповів", "зрозумів", "звелів", "потерпів"
    r"|^(?:з|за|по|ви|до)?горів(?:ся)?$|^(?:у|в)цілів$|^(?:роз|пере|о|від)повів$"
    r"|^(?:з|в|у)?(?:розу)?мів$|^(?:з|по)?велів$|^(?:по|ви)?терпів$"
    # ... and those with no "-в" after a consonant: "виніс", "переніс", "вніс" (of "нести"),
    # "переміг", "виник", "зник", "досяг", "втік", "поліг", "замерз"
    r"|^(?:пере|при|за|ви|під|від|роз|про|до|на|в|з)ніс$|^перемі?г$|^(?:ви|з|про)ник$|^звик$"
    r"|^досяг$|^(?:в|у)тік$|^(?:по|з|при)?ліг$|^(?:за|по|ви|від)мерз$"
    # the past of "йти" ("пройшла", "надійшли") and of "рости" ("зріс", "зросли"): a
    # consonant before "-л" or none, named by their roots
    r"|^[^\W\d_]{0,5}йшл(?:а|о|и|ася|ося|ися|ись)$|^(?:ви|під|з|за|роз)?(?:ріс|росла|росло|росли)$"
    # "застрягла", "допомогли", "втекла": a "г" or "к" before "-л"; "сіло" (of "сісти"): short
    r"|^[^\W\d_]+(?:ягл|огл|егл|екл)(?:а|о|и|ася|ося|ися|ись)$"
    # ... and the other verbs with a consonant before "-л": "померла", "померли" (of
    # "померти"), "зникла", "виникла", "звикли"
    r"|^(?:по|в|у|за)мерл[аои]$|^(?:ви|з|про|зви)?никл[аои]$|^звикл[аои]$"
    r"|^(?:за|при|по|ви|пере|роз)?(?:сів|сіла|сіло|сіли)$"
    # "перенесли", "принесла": the past of "нести" by its prefixes; "зберіг", "допоміг"
    r"|^(?:з|за|пере|від|о)?беріг$|^(?:до|с)?поміг$|^зміг$"
    # the masculine past of "-мерти" has no "-в": "помер", "завмер" (not "мер", the mayor)
    r"|^(?:по|в|у|за)мер$"
    r"|^(?:пере|при|за|ви|під|від|роз|про|до|на|в|з)нес(?:ла|ло|ли|лася|лося|лися)$"
)
_PRESENT = re.compile(
    rf"^[^\W\d_][\w{_APOS}]{{2,}}(?:ить|іть|їть|ать|ять|уть|ють|ає|яє|ує|ює|іє|иє|ться"
    r"|[дшжзчщ]е|тиме|тиму|тимеш|тимемо|тимете)$"  # "триватиме": the synthetic future
    # the perfective future in "-е" after "м" or "н", which a neuter adjective also ends in
    # ("державне"), by its verbs' stems: "-йняти"/"взяти" ("прийме", "займе", "візьме"),
    # "почати" ("почне", "розпочне"), "-нути" after "г/к/х" or "и" ("зникне", "загине")
    r"|^[^\W\d_]*(?:[йь]ме|почне|[гкх]не|[^\W\d_]ине)$"
    r"|^(?:піде|йде|іде)$"  # "уряд піде у відставку": too short for the endings above
    # ... and "-не" after "я"/"а" by its verbs: "розгляне" ("розглянути"), "стане", "настане"
    r"|^(?:роз|по|за|пере|ви)?гляне$|^(?:за|на|пере|ді|в|при|по|від|ви|у|с)?стане$"
)
_INFINITIVE = re.compile(rf"^[^\W\d_][\w{_APOS}]{{2,}}(?:ти|тися|тись)$")
_VERB_ENDINGS = ("тися", "тись", "еться", "ється", "ться", "вся", "лася", "лося", "лися",
                 "лись", "ти", "ла", "ло", "ли", "ить", "іть", "їть", "ать", "ять", "уть",
                 "ють", "ів", "в", "е", "є")  # fmt: skip
_NOUN_ENDINGS = ("ами", "ями", "ого", "ього", "ому", "ьому", "ими", "іми", "ою", "ею", "єю",
                 "ом", "ем", "ах", "ях", "ів", "їв", "ий", "ій", "ої", "ей", "их", "іх",
                 "а", "я", "и", "і", "ї", "у", "ю", "е", "є", "о", "ь", "й")  # fmt: skip


def lemmas(word: str) -> dict[str, tuple[str, ...]]:
    """Stems by part of speech ("відвідав" → {"VERB": ("відвід",)}); treat as read-only.

    >>> lemmas("відвідає")["VERB"], lemmas("візиту")["NOUN"]
    (('відвід',), ('візит',))
    """
    return _lemmas(word.lower().replace("’", "'").replace("ʼ", "'"))


def _lemmas(lower: str) -> dict[str, tuple[str, ...]]:
    return _FORMS.lemmas(lower)


def past(lemma: str) -> str:
    """A happening named by a noun, told: the stem as it is (Ukrainian titles keep the noun)."""
    return lemma


def present(word: str, plural: bool) -> str:
    """The headline verb: the form the article wrote."""
    return word


def is_past(word: str) -> bool:
    """A finite verb form: the past ("відвідав", "зустрілися") or the third person of the
    present and perfective future ("відвідає", "зустрінеться"), not an infinitive."""
    return _FORMS.is_past(word)


# A passive participle or the impersonal "-но"/"-то" is a clause's predicate: "зустріч
# запланована на 24 лютого", "угоду підписано". Long enough not to be a noun ("ціна").
_SHORT_PARTICIPLE = re.compile(r"^[^\W\d_]{5,}(?:ан|ян|ен|єн|т)(?:а|о|і)$")
_NOT_PARTICIPLES = _words("переміна заміна ресторана чемодана")
# Of those, the ones a clause's predicate takes ("зустріч запланована", "угоду підписано",
# "кордон закрито"): "-н" forms and the impersonal "-то" after a vowel, not a noun in "-та".
_SHORT_PASSIVE = re.compile(
    r"^[^\W\d_]{5,}(?:(?<![кгх])ен|(?<![кгх])(?<!ст)ан|ян|єн)(?:а|о|і)$|^[^\W\d_]{3,}(?:ит|ят|ут)о$"
    # the impersonal "-ано" of any verb ("скликано", "розглянуто"): no noun ends so
    r"|^[^\W\d_]{5,}ано$"
    # the masculine, which has only its long form, of the participles that set a date:
    # "фінал запланований на 3 червня", "реліз призначений на осінь", and the neuter's
    # long form: "відкриття заплановане на 15 листопада"
    r"|^(?:запланован|призначен|намічен)(?:ий|е)$"
)

# The nouns in "-т" above have a plural in "-ти" that reads as an infinitive ("депутати",
# "результати", "документи"): their stems are nouns' ("Депутати, крім двох, підтримали").
_T_NOUN_STEMS = frozenset(w for w in _NOT_VERBS if w.endswith("т"))

_FORMS = EndingForms(
    past=_PAST, present=_PRESENT, infinitive=_INFINITIVE, short_passive=_SHORT_PASSIVE,
    not_verbs=_NOT_VERBS, not_participles=_NOT_PARTICIPLES, noun_stems=_NOUN_STEMS | _T_NOUN_STEMS,
    finite_words=BE_FINITE | MODALS, never_nouns=AUX | PREPOSITIONS,
    verb_endings=_VERB_ENDINGS, noun_endings=_NOUN_ENDINGS, stem_vowels="аеиіоуяєї",
)  # fmt: skip


# Ukrainian has no short masculine or neuter: "завод був закритий", "підприємство було продане"
# take the long form (not an ordinal: "двадцятий", "п'яте").
_LONG_PARTICIPLE = re.compile(r"^[^\W\d_]{4,}(?:ан|ян|ен|єн|[аиуяі]т)(?:ий|е)$")
_ORDINAL = re.compile(r"(?:сят|цят|['’]ят)(?:ий|е)$")


def is_participle(word: str) -> bool:
    """A passive participle or the impersonal "-но/-то": "підписаний", "підписано"."""
    lower = word.lower()
    shaped = _SHORT_PARTICIPLE.match(lower) or (
        _LONG_PARTICIPLE.match(lower) and not _ORDINAL.search(lower)
    )
    return bool(shaped) and lower not in _NOT_VERBS | _NOT_PARTICIPLES


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
    """A finite verb in the third person plural: the past ("відкрили") and the present
    or future; not the singular ("открыл") nor an infinitive."""
    lower = word.lower().replace("’", "'")
    return is_past(lower) and lower.endswith(_PLURAL_ENDINGS) and not lower.endswith(_NOT_PLURALS)


_PLURAL_ENDINGS = ("ли", "лися", "лись", "уть", "ють", "ять", "муть", "уться", "ються", "яться")
# numerals and nouns that end as a plural verb: "десять", "двадцять", "п'ять", "пам'ять"
_NOT_PLURALS = ("сять", "дцять", "'ять", "суть", "ртуть")

# "Відкрили музей у 2004 році": a sentence opening on a plural verb tells what unnamed
# people did; the verb is the clause's own, with no subject.
UNNAMED_PLURAL = True


# A clause's own date wins over a span of the past it names: "Le musée rouvrira ses portes
# en juin après deux ans de travaux" is the reopening in June, not two years of works.
DATE_BEFORE_SPAN = True


# The words that open a report of the news just told, its speaker after the verb: "Про це
# в середу повідомила прес-секретарка мерії" is a happening dated Wednesday.
ABOUT_THIS = frozenset(("про це", "про те"))

ADVERB_PHRASES = ("ще раз",)  # "ще раз перевірили": the adverb goes whole
OBJECT_PRONOUNS = _words("їх його її")  # "затвердила їх": the object, not "their"
# "Музей готує виставку. Її відкриють у травні": a feminine thing's accusative ("виставку"),
# written as the pronoun's case; a feminine subject ("школа") may be meant too
OBJECT_PRONOUN_ENDINGS = {"її": ("у", "ю")}
OBJECT_PRONOUN_RIVALS = {"її": ("а", "я")}
APPROXIMATORS = _words("близько майже понад більше приблизно")
FRONTED_SPAN_IS_SCENE = True  # "Après trois jours de négociations, …": the clause's scene
COMMA_ASIDES = True  # "ont rejeté, par 290 voix contre 250, la motion"
GENITIVE_CUTS = True  # "с представителями | фермерских хозяйств"
# instrumental "-ом", "-ою", dative "-ові", plural cases "-ам", "-ами", "-ах", "-ість" …: "у
# приватну | власність" is one phrase, no genitive after it
NON_GENITIVE_ENDINGS = tuple("ом ем ам ям ами ями ах ях ість ою ею ую юю ові еві".split())
GENITIVE_ENDINGS = tuple("а я и і у ю ів їв ей ого ього их іх ої".split())
# An adjective's endings: no noun a genitive cut may follow ("у Віденському | залі"); nor
# a numeral's oblique case, which agrees with its noun as they do ("у чотирьох | громадах").
ADJECTIVE_ENDINGS = tuple(
    "ий ій ого ього ому ьому им ім ої ьої их іх ими іми ою ею ую юю е є двох трьох чотирьох"
    " обох".split()
)
# A nominative adjective before its noun ("Основна сесія", "Український центр", "Нові
# правила"): the subject may end after that noun, before its genitive.
SUBJECT_ADJECTIVE_ENDINGS = ("ий", "ій", "а", "я", "е", "є", "і")
ATTRIBUTION_FRONTS = _words("як")  # "як …, <the news>": who told it, before the comma
# An adverbial participle opening the clause, its phrase up to the comma before the subject:
# "Повернувшись із поїздки в п'ятницю, | президент провів нараду" (``core.events.clause_fronts``).
FRONTED_GERUND_ENDS = ("вшись", "вши", "ючи", "учи", "ачи", "ячи")
ASIDE_PASSIVE: tuple[str, ...] = ()  # participle asides not read (see English)


# -- added for de and fr (lang16a) --
def unlisted_participle(word: str) -> bool:
    """Whether a word right after an auxiliary is a participle of a verb this folder's lists
    lack, told by its shape alone (French "a été trouvé"). Not read here: never."""
    return False


# "кафе, де в суботу сталася бійка": the subject inside, after the verb
PLACE_RELATIVES = _words("де")
# "не раніше [кінця червня]", "не пізніше [1 травня]": a bound that goes with its date
DATE_HEDGES = _words("не раніше пізніше приблизно близько")
# A focus word before a date's preposition ("саме [в неділю]") goes with the date.
DATE_FOCUS_WORDS = _words("саме")

# A role's complement is a genitive with no preposition ("Міністр енергетики Петро Коваль"):
# up to three lower-case words between the role and the name it titles.
ROLE_GENITIVES = 3

# -- added for fx3 --
# The saying after the news on a day of its own is an event of its own:
# "…, повідомив у середу директор центру Ігор Коваль".
DATED_SAYING = True
REPORTED_SAYING_THAT = " , що"


# The person a profile's "він" or "вона" stands for (``core.events.topic_person``; the
# names are English's).
FEMALE_PRONOUNS = _words("вона її")
MALE_PRONOUNS = _words("він його")
MALE_WORDS = _words(
    "син сина сином батько батька чоловік чоловіка брат брата дід діда онук онука дядько "
    "племінник вдівець"
)
FEMALE_WORDS = _words(
    "донька доньки дочка дочки мати матері дружина дружини сестра сестри бабуся онука тітка "
    "племінниця вдова"
)
SEX_WORDS_REACH = 20
# "[той] …": a demonstrative that points a date back goes with it, not the subject.
DATE_DEMONSTRATIVES = _words("той ту того тієї")

# A main clause goes on after a relative clause's closing comma at a short phrase, then its
# verb: "…, яким станцію обіцяли 1987 року, у вересні провели пікет".
RESUME_AFTER_PHRASE = 4
# The endings by which a noun phrase fronted before a pronoun subject is surely its verb's
# object, a feminine accusative ("Премію вона отримала"): the title puts it after the verb.
FRONTED_OBJECT_ENDINGS = ("у", "ю")
# A relative in an oblique case is never its clause's subject: "вчителі, яким обіцяли надбавку"
# tells of no doing by the noun before (they were promised; they did not promise).
NO_SUBJECT_OPENERS = _words("якому яким якій якою якими")
# Hedges a title keeps on its verb: what nearly happened did not happen
TITLE_HEDGES = _words("майже")
# A subject that says nothing happened ("no one [was hurt]"): no title
NEGATIVE_SUBJECTS = _words("ніхто ніщо")
# The present of "to be" goes unwritten ("Марія знову на риштуванні"): a clause with no verb.
COPULA_UNWRITTEN = True
# An owner follows its noun in the genitive ("виручка компанії"), never as "Acme's".
OWNER_AFTER_NOUN = True

# The relatives whose subject and object read alike, with the last letters of the nouns they
# agree with in that form: a relative with no subject of its own stands for that noun
# ("…форум, который отменили" → "Форум отменили"; ``core.events.bare_relatives``).
_MASCULINE = "бвгґджзклмнпрстфхцчшщйь"
SUBJECT_OBJECT_RELATIVES = {"який": _MASCULINE, "яке": "оея", "які": "иії"}
# Relatives in the nominative that stand for a thing as for a person: the noun before them
# is their clause's subject ("…ярмарок, який стартував у середу"; ``core.events.antecedents``),
# when it agrees with the relative in the nominative: its last letters are the relative's
# (``RELATIVE_NOUN_ENDINGS``; "…сесії, яка" is another case, another noun's relative), and
# a past verb has the relative's gender (``RELATIVE_PAST_ENDINGS``; "інститут, який
# закінчила" has the institute for the verb's object, not its subject).
THING_RELATIVES = _words("який яка яке які")
RELATIVE_NOUN_ENDINGS = {"який": _MASCULINE, "яка": "ая", "яке": "оея", "які": "иії"}
RELATIVE_PAST_ENDINGS = {
    "який": ("в", "вся"),
    "яка": ("ла", "лася"),
    "яке": ("ло", "лося"),
    "які": ("ли", "лися"),
}
# The endings of adjectives in the form subject and object share ("документальный фильм").
SUBJECT_OBJECT_ADJECTIVE_ENDINGS = ("ий", "ій", "е", "є", "і")
# "That" is no determiner here: after it a time opens what is said ("…, что весной …").
THAT_NAMES_A_TIME = False

# A dated clause whose subject the parser misses is titled by its own words
# (``core.events.own_words``).
CLAUSE_WORDS_TITLE = True

# Relative pronouns that can only be their verb's object (accusative feminine), with the
# endings of nouns and adjectives in that case: "нову переправу, яку інженери навели влітку"
# is told "Інженери навели нову переправу" (``core.events.relative_objects``).
OBJECT_CASE_RELATIVES = {"яку": ("у", "ю")}
CLAUSE_CLOSERS = frozenset((",", ";"))


# A sentence-opening "вони" for the plural subject of the sentence before; a plural verb left
# without a subject is read as done by people unnamed ("Міст відкрили"), not by that subject
# (``core.events.plural_subject``)
PLURAL_PRONOUNS_TAKE_SUBJECT_BEFORE = _words("вони")

# A past verb agrees with its subject in gender and number: the ending of each agreement and
# how the first word of a subject it takes ends (a noun or an adjective before it, in the
# nominative): a clause opened by "і"/"а" whose verb agrees as the first clause's goes on
# about the same subject (``core.events.lent_subject``). Reflexive verbs are left out: they
# often name their own subject after them.
PAST_AGREEMENT = {
    "ла": ("а", "я", "ь"),
    "ло": ("о", "е", "є"),
    "ли": ("и", "і", "ї"),
}
REFLEXIVE_ENDINGS = ("ся", "сь")
# The sex a past verb's ending gives its subject ("дебютувала": a woman, "почав": a man), and
# how a subject of that sex may end, in the nominative (a noun or an adjective before it): a
# sentence opening on such a verb, with no such word after it, goes on about the person the
# sentence before names, when the article showed that person's sex so
# (``core.events.ending_person``).
PAST_SEX_ENDINGS = {"f": ("ла", "лася", "лась"), "m": ("в", "вся")}
PAST_SEX_SUBJECT_ENDINGS = {"f": ("а", "я", "ь"), "m": (*"бвгґджзклмнпрстфхцчшщйь", "о")}
