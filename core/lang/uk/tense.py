"""Ukrainian tense and direction cues: is an underspecified date ("у понеділок") ahead or
behind?

Ukrainian marks its past on the verb ("-в", "-ла", "-ли", "-вся"), its future with "буде" or
a perfective verb in the present form ("відвідає", "зустрінеться"), which a word list cannot
tell from the imperfective present; news reports a present form next to a bare weekday as a
plan, so a third-person present counts as ahead. The names are English's
(``core.lang.en.tense``); the engine weighs them.
"""

from __future__ import annotations

PLANNED = tuple(
    "відвідати зустрітися провести почати відкрити підписати повернутися прибути вирушити"
    " здійснити ухвалити оголосити виступити обговорити".split()
)
# Nouns and adjectives that end like a verb form; genitive plurals in "-ів" ("років").
_NOT_VERBS = (
    r"візит|саміт|кредит|ліміт|транзит|депозит|бюджет|пакет|портрет|кабінет|комітет"
    r"|університет|інтернет|канал|капітал|генерал|фінал|матеріал|сигнал|зал|скандал"
    r"|персонал|арсенал|журнал|протокол|посол|стіл|цілі|ролі|або|були|чи|якщо|частини"
    r"|влади|області|новини|сторони|країни|школа|сила|справа|правила|результат|кандидат"
    r"|формат|штат|апарат|депутат|дипломат|солдат|мандат|сенат|опять|літак|пілот|флот|рахунок"
    r"|міністерство|місце|серце|море|поле|нове|далі|заяву|мить|суть|путь|знать|сьогодні"
    r"|весь|усе|все|може|треба|тепер|тиждень|день|понеділок|вівторок|четвер|Київ|Львів"
    r"|Харків|острів|рукав|гнів|спів|кров|любов|лев|рів|слів|Росії|Україні"
    # nouns in "-ив", "-ав", "-ов" and genitive plurals so ended ("кооператив", "умов")
    r"|кооператив|колектив|актив|мотив|масив|архів|детектив|локомотив|об['’ʼ]єктив"
    r"|перспектив|ініціатив|альтернатив|держав|умов|розмов|основ|вистав|заяв|справ|підстав"
    r"|канал\w*|капітал\w*|генерал\w*|фінал\w*|матеріал\w*|сигнал\w*|скандал\w*|журнал\w*"
    r"|посла|послу|послом|сил[аи]|школ\w*|правил[оа]|стола|столу|зал[аіуи]|села|села"
    # numbers that end like a verb's present ("їй було дев'ять")
    r"|п['’ʼ]ять|дев['’ʼ]ять|десять|[^\W\d_]+надцять|двадцять|тридцять"
    # adverbs and comparatives that end like a present in "-ше", "-ще", "-че" ("уперше",
    # "більше", "швидше", "краще", "ближче")
    r"|[^\W\d_]*(?:іше|рше|льше|нше|вше|дше|пше|аще|[жз]че)"
)
_PRESENT = (
    rf"(?!(?:{_NOT_VERBS})(?![\w'’ʼ]))[^\W\d_][\w'’ʼ]{{2,}}"
    r"(?:ить|іть|їть|ать|ять|уть|ють|ає|яє|ує|ює|іє|иє|ться|[дшжзчщ]е)"
    # the perfective future in "-ме"/"-не" (``core.lang.uk.clauses``): "прийме", "почне",
    # "розгляне", "настане"
    r"|[^\W\d_]*(?:[йь]ме|почне|[гкх]не|[^\W\d_]ине|гляне|стане)(?![\w'’ʼ])"
    # ... and of the first person plural: "почнемо", "відкриємо", "збудуємо"
    r"|[^\W\d_]{2,}(?:емо|ємо|имо|їмо)(?![\w'’ʼ])"
)
# The synthetic future: "триватиме", "працюватимуть" (never a past or a present).
# The present of saying, recalling and explaining ("нагадує", "згадують", "пояснює"): the
# time of the telling, not a plan; the date it introduces is read from its own verbs
# ("Директорка пояснює скасування вистав морозами в січні" is a January gone by).
_SAYING = (
    r"каже|кажуть|говорить|говорять|нагадує|нагадують|згадує|згадують|пригадує|пригадують"
    r"|пам['’ʼ]ятає|пам['’ʼ]ятають|пояснює|пояснюють|розповідає|розповідають|вважає|вважають"
    r"|зазначає|зазначають|визнає|визнають|пише|пишуть|стверджує|стверджують|запевняє"
    r"|запевняють|наголошує|наголошують|повідомляє|повідомляють|заявляє|заявляють|уточнює"
    r"|уточнюють|додає|додають|скаржиться|скаржаться|бідкається|бідкаються"
)
_SYNTHETIC_FUTURE = r"[^\W\d_]{2,}(?:тиму|тимеш|тиме|тимемо|тимете|тимуть)"
FUTURE = (
    r"буде|будуть|будемо|стане|стануть|збирається|збираються|планує|планують|планується"
    r"|має\s+намір|мають\s+намір|заплановано|запланован\w*|запланува\w*|намічен\w*"
    r"|очікується|повинен|повинна|повинні|має|мають|може|можуть|незабаром|невдовзі|згодом"
    r"|пізніше|вирушить|вирушать"
    rf"|{_SYNTHETIC_FUTURE}|(?!(?:{_SAYING})(?![\w'’ʼ])){_PRESENT}"
)
PAST = (
    r"був|була|було|були|тому|раніше|напередодні|минул\w+|торік"
    r"|провів|привів|зустрів|хотів|летів|прилетів|полетів|вилетів|сидів|повів|вів|зумів"
    r"|розповів|відповів"
    r"|вирішив|зустрівся|провівся|відбувся|[^\W\d_]{2,}івся"  # "загорівся", "захотівся"
    # the past of "йти" ("пройшла", "надійшли") and of "рости" ("зріс", "зросли")
    r"|[^\W\d_]{0,5}йшл(?:а|о|и|ася|ося|ися|ись)|(?:ви|під|з|за|роз)?(?:ріс|росла|росло|росли)"
    rf"|(?!(?:{_NOT_VERBS})(?![\w'’ʼ]))[^\W\d_][\w'’ʼ]+(?:[аяиуо]в(?:ся)?|[аяеиіоуї]л(?:а|о|и|ася|ося|ися|ись))"
)
PAST_SUFFIX = ("\x00",)
PLANNED_PARTICIPLES = ("запланований", "намічений")
FUTURE_PARTICIPLES = ("запланований", "запланована", "намічений", "майбутній")
NOT_PAST_ENDING = "\x00"
ORDINAL_LAST_WORD = "\x00"
POSSESSIVE = "\x00"
MODAL_PASSIVE = r"(?<!\w)(?:буде|будуть|має\s+бути|мають\s+бути)\s+$"
MODAL_INFINITIVE = r"(?<!\w)(?:буде|будуть|збира\w+|планую\w*|має\s+намір)\s+$"
INFINITIVE_MARKER = "\x00"
# … and any impersonal "-но/-то" set "на" a time: "сесію скликано на понеділок"
SCHEDULED_COPULA = (
    r"(?<!\w)(?:(?:призначен\w*|заплановано|запланован\w*)\s+(?:на\s+)?"
    r"|[^\W\d_]{4,}(?:ано|ено|єно|ято|ито|уто)\s+на\s+)$"
)
DEFERRED = (
    r"(?<!\w)(?:перен[еоі]с\w*|відкла\w*|відклад\w*|продовжи\w*|продовжен\w*)\b[^.;]{0,40}?"
    r"(?<!\w)(?:на|до)\s+$"
)
PAST_PERFECT_PLAN = r"(?<!\w)(?:планува\w*|збирав\w*|збиралас\w*|мав\s+намір)\s+$"

# -- the time a sentence reports (``core.temporal.story``) --
PRESENT = rf"є|зараз|буде|будуть|{_PRESENT}"
# A past verb of saying and its "що": Ukrainian keeps the speaker's future in reported speech
# ("заявив у вівторок, що голосування відбудеться в четвер": the Thursday after that Tuesday).
SAID_THAT = (
    r"\b(?:заяви|повідоми|сказа|оголоси|пообіця|підтверди|уточни|зазначи|розповів|розповіла"
    r"|розповіли|дода)(?:в|ла|ли)?\b[^.;!?]{0,60}?,\s+що\b"
)
FUTURE_IN_PAST = r"мав\s+намір|мала\s+намір|мали\s+намір|збирався|збиралася|збиралися"


# The forms that put a clause ahead of publication, "Суд розглядатиме справу в березні": the
# sentence speaks from the publication's time, not a story's (``core.temporal.story``).
# Not the conditional: a future seen from the past.
FUTURE_FORMS = r"\b(?:буде|будуть|буду|будемо|будете|\w+тиме|\w+тимуть)\b"

# A reported clause opened between a date and the verbs before it: the date is read from its
# own clause's verbs ("Міністр заявив, що в березні відбудуться вибори": "відбудуться").
VERB_LAST_CLAUSE = r",\s+що\s"
# The conjunction opening a clause just before its date, the clause's verb after the date:
# "повідомив, що в понеділок комісія перевірить" (``core.temporal.tense.direction``).
CLAUSE_OPENED_BEFORE = r"(?<!\w)що\s+(?:(?:в|у|до|на|з)\s+)?$"
# A past sentence naming the very next month means last year's
# («Завод закрив цех у березні» в лютому): the past form is the clause's own
# completed verb, and a plan ahead is told with a future or an infinitive
# ("планує", "має намір"), which the cues read as ahead.
PAST_MONTH_AHEAD = 1
