"""What Russian calls happenings, and the people, organisations and places in them.

Trigger words are stems (``clauses.lemmas`` gives a word's stem): "посет" is "посетил",
"посетит", "посетить"; "визит" is "визит", "визита", "визитом". A verb whose present and
past stems differ is listed twice ("подпис" and "подпиш"). The names are English's
(``core.lang.en.events``).
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


TRIGGERS: dict[str, frozenset[str]] = {
    "violence": _words(
        "атак атаков обстрел обстреля убит уби убьет взрыв взорв ранен ран нападен напад "
        "бомбардировк удар ударил погиб гибел войн жертв убийств"
    ),
    "military": _words(
        "войск учени вторжен вторг ракет военн арми флот мобилизац наступлен перемири "
        "развернут развёрнут размест отвод отвед оруж танк солдат аннекси аннексир"
    ),
    "sanction": _words("санкци эмбарго пошлин бойкот"),
    "election": _words("выбор выбир голосован голосова референдум избра избир кандидат инаугурац"),
    "protest": _words("протест митинг демонстрац забастовк бастова акци шестви протестова"),
    "agreement": _words(
        "подпис подпиш договор договорил договорят соглашен согласова пакт меморандум ратифиц"
    ),
    "meeting": _words(
        "встрет встреч визит посет посещ переговор саммит прибуд прибы приб приед прилет прилёт "
        "прилет полет полет летит слета отправ поездк съезд прием принял прим"
    ),
    "statement": _words(
        "заяв заявлен сказ скаж сообщ объяв объявлен подтверд опроверг осуд обвин "
        "призв призыва потребова пригроз раскритикова отверг пообеща"
    ),
}
PLAIN_SAYING = _words("заяв сказ скаж сообщ добав отмет говор рассказ подтверд объяв")
LIGHT = _words("провод провест проведет провед начал начн нача возобнов заверш")
AMBIGUOUS = _words("ракет удар акци прием принял прим учени войн")
CONTEXT: dict[str, frozenset[str]] = {
    "military": _words("войска армия военные солдаты нато границы граница флот ракеты"),
    "violence": _words("погибли ранены убиты погибших жертвы военные армия"),
    "protest": _words("тысячи сотни протестующие участники полиция оппозиция"),
    "meeting": _words("президент министр премьер канцлер лидер делегация визит переговоры"),
}
ENACT = _words("ввод ввел ввёл ввел объяв утверд продл отмен")
ATTITUDE = _words("хоч хотят хотел надеет надея стрем опаса счита дума")
# Stems of verbs whose past in a report's lead tells a period's figure ("Прибыль выросла на 5%"),
# not the day's news (``core.events.lead_news``).
LEAD_FIGURE_VERBS = _words(
    "вырос вырост рост снизи снизил упа подня увелич сократ потеря заработа получи"
)
# Words of a study's findings: a report's lead holding one tells what the study found, at the
# study's time, not news of the day (``core.events.lead_news``).
LEAD_FINDING_WORDS = _words(
    "исследование исследования исследовании опрос опроса результаты перепись учёные ученые "
    "исследователи"
)
# Auxiliaries of a time before the news or of how things stood ("had", "avaient", "estaba"),
# and endings of an imperfect ("circulait"): no happening of the report's day
# (``core.events.lead_news``).
LEAD_BACKGROUND_AUX = _words("")
LEAD_IMPERFECT_ENDINGS: tuple[str, ...] = ()
# Endings of a past form: a lead's verb needs one to tell the day's news
# ("посетил", "встретились"; not "идёт", "возглавляет"); the language's finite forms look
# alike otherwise (``core.events.lead_news``).
LEAD_PAST_ENDINGS: tuple[str, ...] = ("л", "ла", "ло", "ли", "лся", "лась", "лось", "лись")
# Words that set a happening at a time of its own ("opened after the flood"): a lead clause
# holding one is not put on the report's day (``core.events.lead_news``).
LEAD_TIME_WORDS = _words("после перед")
# Prepositions of a level quoted after the verb ("closed at 31.09", "traded at 906 marks"): a
# lead clause holding one before a figure tells a price, no happening (``core.events.lead_news``).
LEAD_LEVEL_WORDS = _words("")
# Phases of a match or a race ("in the first half", "in the 89th minute") and the words that
# count them: a lead clause holding one has a time of its own inside a day it does not give.
LEAD_PHASE_WORDS = _words("")
LEAD_PHASE_ORDINALS = _words("")
# Nouns of a period's figure ("suffered losses") and subjects of a market's move ("Barley
# futures closed firmer", "Bonds extended losses"): a lead telling one tells a figure, not the
# day's news (``core.events.lead_news``).
LEAD_FIGURE_NOUNS = _words("убыток убытки дефицит профицит")
LEAD_MARKET_SUBJECTS = _words("акции облигации цены индекс доллар")
EVENT_NOUNS = _words(
    "визит встреча переговоры саммит учения вторжение аннексия наступление перемирие "
    "санкции выборы голосование референдум протест митинг забастовка соглашение договор "
    "поездка"
)
BACKGROUND = _words("с тех")

ROLES = _words(
    "президент президента президентом вице-президент канцлер канцлера канцлером министр "
    "министра министром премьер премьер-министр премьер-министра глава главы главой "
    "спикер пресс-секретарь посол посла госсекретарь генсек генеральный секретарь лидер "
    "мэр губернатор король королева папа председатель председателя директор командующий "
    "официальный представитель советник заместитель замминистра иностранных дел обороны "
    "французский немецкий российский украинский американский"
)
ROLE_MODIFIERS = _words("вице иностранных дел обороны официальный генеральный")
ORGANISATION_WORDS = _words(
    "министерство мид минобороны совет союз партия банк агентство комитет суд парламент "
    "компания группа университет армия полиция комиссия ассамблея конгресс сенат "
    "федерация фонд институт офис служба администрация правительство кабинет дума рада "
    "кремль пентагон оон нато ес"
)
ORGANISATIONS = frozenset(
    "Кремль Пентагон НАТО ООН ЕС МИД Минобороны Госдума Рада Верховная".split()
)
NOT_ACTORS = _words(
    "олимпиада игры война кубок день неделя год месяц рождество пасха саммит конференция "
    "форум фестиваль выборы чемпионат весна лето осень зима"
)
NAME_CONNECTORS = _words("де фон ван ди ибн бен аль")
# A name after a role stands in the role's case ("губернатор Петров"); a genitive adjective
# and its noun after it are the role's place ("Губернатор Пермского края", "Президент
# Российской Федерации"), no person's name.
ROLE_COMPLEMENT = r"^[А-ЯЁ]\w+(?:ого|его|ой|ей)\s[А-ЯЁа-яё]\w+(?<!л)(?:а|я|и|ы)$"
DEMONYM = r"(?:ский|ская|ское|ские|цкий|цкая|анин|янин|ане|яне|ец|цы)$"
NATIONALITIES = frozenset("Западные Восточные Европейские".split())

# Places in the nominative, with the name the gazetteer gives them; their case forms are
# made below ("в Москве", "из Киева", "в Россию"): a Russian text rarely writes the nominative.
_PLACES = {
    "Москва": "Moscow", "Киев": "Kyiv", "Берлин": "Berlin", "Париж": "Paris",
    "Лондон": "London", "Вашингтон": "Washington", "Брюссель": "Brussels", "Женева": "Geneva",
    "Вена": "Vienna", "Варшава": "Warsaw", "Минск": "Minsk", "Пекин": "Beijing",
    "Рим": "Rome", "Мадрид": "Madrid", "Анкара": "Ankara", "Стамбул": "Istanbul",
    "Прага": "Prague", "Вильнюс": "Vilnius", "Рига": "Riga", "Таллин": "Tallinn",
    "Харьков": "Kharkiv", "Одесса": "Odessa", "Львов": "Lviv", "Донецк": "Donetsk",
    "Луганск": "Luhansk", "Мариуполь": "Mariupol", "Херсон": "Kherson", "Токио": "Tokyo",
    "Нью-Йорк": "New York", "Россия": "Russia", "Украина": "Ukraine", "Германия": "Germany",
    "Франция": "France", "Польша": "Poland", "Китай": "China", "Италия": "Italy",
    "Испания": "Spain", "Турция": "Turkey", "Норвегия": "Norway", "Япония": "Japan",
    "Великобритания": "United Kingdom", "Британия": "United Kingdom", "Европа": "Europe",
    "Белоруссия": "Belarus", "Крым": "Crimea", "Донбасс": "Donbas", "Бали": "Bali",
    "Сочи": "Sochi", "Осло": "Oslo", "Хельсинки": "Helsinki", "Стокгольм": "Stockholm",
}  # fmt: skip


def _declined(name: str) -> tuple[str, ...]:
    """A place name's case forms: "Москва" → Москвы, Москве, Москву, Москвой."""
    if " " in name or "-" in name or name[-1] in "оиуеы":
        return (name,)
    if name.endswith("ия"):
        return tuple(name[:-2] + e for e in ("ия", "ии", "ию", "ией"))
    if name.endswith("а"):
        soft = name[-2] in "гкхжшчщ"
        return tuple(name[:-1] + e for e in ("а", "и" if soft else "ы", "е", "у", "ой", "ою"))
    if name.endswith("ь"):
        return tuple(name[:-1] + e for e in ("ь", "я", "е", "ю", "ем"))
    return tuple(name + e for e in ("", "а", "е", "у", "ом"))


PLACE_ALIASES = {
    **{form: canon for name, canon in _PLACES.items() for form in _declined(name)},
    "США": "United States", "Штаты": "United States", "Беларусь": "Belarus",
    "Беларуси": "Belarus", "Великобритании": "United Kingdom",
}  # fmt: skip
REGIONS = tuple("Крым Донбасс Донецк Луганск Кавказ Балтика Сибирь".split())
MULTIWORD_REGIONS = ("Ближний Восток", "Черное море", "Чёрное море", "Восточная Европа")

# People Russian names its own way, which no transliteration joins to the name other
# languages use (``core.events.names``): foreign names written as they sound ("Байден" is
# "Baiden" letter for letter), Chinese names in Russian's own system.
EXONYMS = {
    "Байден": "Biden", "Джонсон": "Johnson", "Си": "Xi", "Цзиньпин": "Jinping",
    "Гутерриш": "Guterres", "Гутерреш": "Guterres", "Штайнмайер": "Steinmeier",
}  # fmt: skip


# Prepositions after which a lone unknown capitalised word is a place, not a person: "в
# Иртыше", "из Казани" (a person is "с", "у", "к" someone).
PLACE_PREPOSITIONS = frozenset({"в", "во", "из"})

# A settlement's noun, where it stands before its name ("в селе Малые Вязёмы", "город
# Пласт"): the capitalised name after it is that place, never a person a pronoun may stand
# for. Not the genitive: "глава города Андрей Колесников" is the town's head and his name.
PLACE_NOUNS = frozenset(
    "село селе город городе посёлок посёлке поселок поселке деревня деревне хутор хуторе".split()
)
# Common given names, in the nominative, for one rule only: after a role, the person's name
# starts at one, and the capitalised words between are the role's place or body
# ("Мэр Заречинска | Павел Громов", "Глава Минфина | Антон Силуанов"), never the person's
# first name.
ROLE_PERSON_GIVEN_NAMES = _words(
    "александр алексей анатолий андрей антон аркадий артём артем борис вадим валентин валерий"
    " василий виктор виталий владимир владислав вячеслав геннадий георгий глеб григорий даниил"
    " денис дмитрий евгений егор иван игорь илья кирилл константин лев леонид максим михаил"
    " никита николай олег павел пётр петр роман руслан сергей станислав степан тимур фёдор"
    " федор юрий ярослав"
    " александра алина алла анастасия анна валентина валерия вера виктория галина дарья"
    " евгения екатерина елена елизавета жанна зинаида зоя инна ирина карина кира ксения"
    " лариса лидия любовь людмила маргарита марина мария надежда наталья наталия нина оксана"
    " ольга полина раиса светлана софья софия тамара татьяна эльвира юлия яна"
)

# Глагол предложения, которое лишь называет момент ("Перелом наступил в мае, когда …"):
# событие рассказывает придаточное с "когда" (``core.events.repeats``).
MOMENT_VERBS = frozenset({"настал", "настала", "наступил", "наступила"})
MOMENT_NOUNS = frozenset("перелом момент конец кризис поворот час".split())
