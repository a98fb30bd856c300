"""Russian tense and direction cues: is an underspecified date ("в понедельник") ahead or
behind?

Russian marks its past on the verb ("-л", "-ла", "-ли", "-лся"), its future with "будет"
or a perfective verb in the present form ("посетит", "встретится"), which a word list cannot
tell from the imperfective present; news reports a present form next to a bare weekday as a
plan ("в понедельник Макрон летит в Москву"), so a third-person present counts as ahead.
The names are English's (``core.lang.en.tense``); the engine weighs them.
"""

from __future__ import annotations

# Infinitives of what news reports as planned ("намерен посетить ... в феврале").
PLANNED = tuple(
    "посетить встретиться провести начать открыть подписать вернуться прибыть отправиться"
    " совершить принять объявить выступить обсудить".split()
)
# Nouns and adjectives that end like a present or a past verb.
_NOT_VERBS = (
    r"визит|саммит|кредит|лимит|транзит|депозит|совет|бюджет|ответ|запрет|предмет|пакет|портрет"
    r"|кабинет|паритет|приоритет|авторитет|комитет|университет|интернет|минимум|нет|лет|будет"
    r"|канал|капитал|генерал|финал|материал|сигнал|зал|идеал|скандал|персонал|арсенал|журнал"
    r"|протокол|посол|стол|пол|цели|роли|ли|были|или|если|доли|воли|боли|сели|мели|дали"
    r"|сети|дети|пути|мести|части|власти|области|новости|стороны|страны|мирно|около"
    r"|недел\w*|модел\w*|канал\w*|капитал\w*|генерал\w*|финал\w*|материал\w*|сигнал\w*"
    r"|скандал\w*|персонал\w*|журнал\w*|протокол\w*|посла|послу|послом|сил[аы]|дел[ао]"
    r"|школ\w*|правил[оа]|начал[еоу]|стол[аеу]|зал[аеуы]|цел[иья]"
    # nouns in "-л" after a vowel and their case forms ("за квартал", "у причала"), the endings
    # listed: their verbs share the stem ("обвалилась", "причалил", "символизировал")
    r"|(?:квартал|терминал|вокзал|причал|подвал|провал|обвал|завал|перевал|портал|сериал"
    r"|мемориал|трибунал|оригинал|адмирал|кардинал|минерал|ледокол|футбол|престол|символ|сокол)"
    r"(?:а|у|ом|е|ы|ов|ам|ами|ах)?"
    r"|угол|угл[аеуы]|кот[её]л|котл[аеуы]"
    # nouns ending like "-ет", "-ит", "-ут", "-ят" or "-ез" (a verb's present or past)
    r"|самол[её]т|вертол[её]т|пол[её]т|отч[её]т|сч[её]т|уч[её]т|расч[её]т|пилот|флот"
    r"|[^\W\d_]*совет"  # "сельсовет", "горсовет"
    r"|минут|через|результат|кандидат|депутат|дипломат|солдат|штат|сенат|аппарат|формат"
    r"|мандат|брат|свет|сайт|быт|вид|магнит|гранит|иммунитет|суверенитет|менталитет"
    # the short passive participles in "-т" ("режим был снят", "завод закрыт"): no present
    r"|снят|взят|принят|занят|поднят|отнят|нанят|начат|закрыт|открыт|скрыт|раскрыт|покрыт"
    r"|вскрыт|убит|забыт|разбит|сбит|избит|прожит|задет|согрет"
)
# The present of saying, recalling and explaining ("напоминает", "вспоминают", "объясняет"):
# the time of the telling, not a plan; the date it introduces is read from its own verbs
# ("Инженер напоминает об аварии 3 июня, когда котельную отключили" is a June gone by).
_SAYING = (
    r"говорит|говорят|напоминает|напоминают|вспоминает|вспоминают|помнит|помнят|объясняет"
    r"|объясняют|поясняет|поясняют|рассказывает|рассказывают|считает|считают|отмечает"
    r"|отмечают|признаёт|признает|признают|пишет|пишут|утверждает|утверждают|уверяет|уверяют"
    r"|подчёркивает|подчеркивает|подчёркивают|подчеркивают|сообщает|сообщают|заявляет"
    r"|заявляют|уточняет|уточняют|добавляет|добавляют|жалуется|жалуются|сетует|сетуют"
)
# Words that put the time they govern ahead: the future, plans, and the present of the third
# person (perfective or scheduled: "посетит", "встретится", "летит", "пройдут").
FUTURE = (
    r"будет|будут|будем|буду|станет|станут|собирается|собираются|планирует|планируют"
    r"|планируется|намерен\w*|намечен\w*|запланирован\w*|предстоящ\w*|предстоит|ожидается"
    r"|ожидают|должен|должна|должно|должны|может|могут|хочет|хотят|скоро|вскоре|позже"
    r"|позднее|впоследствии|отправится|отправятся"
    # the infinitive a promise governs ("пообещал внести законопроект в мае"): a plan
    r"|(?:(?<=обещал\s)|(?<=обещала\s)|(?<=обещали\s)|(?<=обязался\s)|(?<=обязалась\s))"
    r"[^\W\d_]+(?:ть|ти|чь)(?:ся)?"
    rf"|(?!(?:{_NOT_VERBS}|{_SAYING})(?!\w))[^\W\d_]{{2,}}(?:ет|ёт|ит|ут|ют|ят)(?:ся)?"
    r"|[^\W\d_]{2,}атся"  # "продолжатся", "закончатся": a reflexive future of the plural
)
# Words that put it behind: the past forms of verbs, "назад", "ранее", "прошлый".
PAST = (
    r"был|была|было|были|назад|ранее|накануне|прошл\w+|минувш\w+"
    rf"|(?!(?:{_NOT_VERBS})(?!\w))[^\W\d_]+[аяеиоуы]л(?:а|о|и|ся|ась|ось|ись)?"
    r"|[^\W\d_]+(?:ёк|ёг|ёс|ез)(?:ла|ли|ся)?|шёл|шел|шла|шли|[^\W\d_]{1,6}(?:шл(?:а|о|и|ась|ось|ись)|ш[её]л)"
    # "достигла", "помогли", "исчезло", "разрослась"; "вырос" (not "вопрос", "космос")
    r"|[^\W\d_]+(?:иг|ог|ёг|ег|ок|ек|оз|ёз|ос|ёс)(?:ла|ло|ли)(?:сь)?|(?:вы|под|воз|раз|рас|за|пере)?рос"
    # the past of "нести" ("внёс", "внесло", "принесли"; not "бизнес")
    r"|(?:в|при|у|за|от|под|вы|на|пере|с|по|раз|воз|до|из|про)?н[её]с(?:ла|ло|ли|ся|лась|лось|лись)?"
)
# The past forms are the whole list above: every one counts, none needs a further check.
PAST_SUFFIX = ("\x00",)
PLANNED_PARTICIPLES = ("запланирован", "намечен")
FUTURE_PARTICIPLES = ("запланирован", "запланированный", "намеченный", "предстоящий")
NOT_PAST_ENDING = "\x00"
ORDINAL_LAST_WORD = "\x00"
POSSESSIVE = "\x00"
# "будет подписан", "должно быть проведено": a participle after these is a future passive.
MODAL_PASSIVE = r"(?<!\w)(?:будет|будут|должн\w*\s+быть)\s+$"
MODAL_INFINITIVE = r"(?<!\w)(?:будет|будут|намерен\w*|собира\w+|планиру\w+)\s+$"
INFINITIVE_MARKER = "\x00"
# "первый тур назначен на воскресенье": a timetable.
SCHEDULED_COPULA = r"(?<!\w)(?:назначен\w*|запланирован\w*|намечен\w*)\s+(?:на\s+)?$"
# "перенесли на понедельник": whatever the tense, the new date lies ahead.
DEFERRED = (
    r"(?<!\w)(?:перенес\w*|отложен\w*|отложил\w*|продлен\w*|продлил\w*)\b[^.;]{0,40}?"
    r"(?<!\w)(?:на|до)\s+$"
)
PAST_PERFECT_PLAN = r"(?<!\w)(?:планировал\w*|собирал\w*|намеревал\w*|должн\w*\s+был\w*)\s+$"

# -- the time a sentence reports (``core.temporal.story``) --
PRESENT = (
    r"является|являются|есть|сейчас|будет|будут"
    rf"|(?!(?:{_NOT_VERBS})(?!\w))[^\W\d_]{{2,}}(?:ет|ёт|ит|ут|ют|ят)(?:ся)?"
)
# A past verb of saying and its "что": Russian keeps the speaker's future in reported speech
# ("заявил во вторник, что голосование пройдёт в четверг": the Thursday after that Tuesday).
SAID_THAT = (
    r"\b(?:заявил|сообщил|сказал|объявил|пообещал|подтвердил|уточнил|отметил|рассказал"
    r"|добавил)(?:а|и)?\b[^.;!?]{0,60}?,\s+что\b"
)
FUTURE_IN_PAST = r"должен\s+был|должна\s+была|должны\s+были|собирался|собиралась|собирались"


# The forms that put a clause ahead of publication, "Суд будет рассматривать дело в марте": the
# sentence speaks from the publication's time, not a story's (``core.temporal.story``).
# Not the conditional: a future seen from the past.
FUTURE_FORMS = r"\b(?:будет|будут|буду|будем|будете)\b"

# A reported clause opened between a date and the verbs before it: the date is read from its
# own clause's verbs ("Министр заявил, что в марте пройдут выборы": "пройдут", not "заявил").
VERB_LAST_CLAUSE = r",\s+что\s"
# The conjunction opening a clause just before its date, the clause's verb after the date:
# "сообщил, что в понедельник комиссия проверит" (``core.temporal.tense.direction``).
CLAUSE_OPENED_BEFORE = r"(?<!\w)что\s+(?:(?:в|во|к|на|до|с)\s+)?$"

# A verb that put a thing off, ending just before its new date: "перенесли на октябрь"
# (``core.temporal.postponed``).
MOVED_TO = (
    r"(?<!\w)(?:перенес\w*|перенёс\w*|отложен\w*|отложил\w*)\b[^.;]{0,40}?(?<!\w)(?:на|до)\s+$"
)

# A relative clause after a date: its verbs do not tell the date's direction ("в среду внесло
# законопроект, который рассмотрит парламент": the Wednesday gone by).
RELATIVE_AFTER = r",\s+(?:[^\W\d_]+\s+)?котор\w*\b"
# A promise's infinitive looks ahead of the promise, not of the publication: "пообещал внести
# законопроект в мае" is the coming May, or the last one if close.
AGREED_PLAN = r"(?<!\w)(?:по)?(?:обещал[аи]?|обязал(?:ся|ась|ись))\s+$"
