"""What Ukrainian calls happenings, and the people, organisations and places in them.

Trigger words are stems (``clauses.lemmas`` gives a word's stem): "відвід" is "відвідав",
"відвідає", "відвідати"; "візит" is "візит", "візиту", "візитом". A verb whose present and
past stems differ is listed twice. The names are English's (``core.lang.en.events``).
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


TRIGGERS: dict[str, frozenset[str]] = {
    "violence": _words(
        "атак атаку обстріл обстріля вбив вбит убит загин загибел вибух поран напад удар "
        "бомбардуван війн жертв вбивств"
    ),
    "military": _words(
        "військ навчан вторгн вторгл ракет військов арм флот мобілізац наступ перемир "
        "розгорн розміст розміщ відвед відвод збро танк солдат анексі анексув"
    ),
    "sanction": _words("санкці ембарго мит бойкот"),
    "election": _words("вибор голосуван голосува референдум обра обир кандидат інавгурац"),
    "protest": _words("протест мітинг демонстрац страйк акці протестува"),
    "agreement": _words("підпис підпиш договор домов домовл угод пакт меморандум ратифік"),
    "meeting": _words(
        "зустр зустрін зустріч візит відвід відвідин переговор саміт прибуд прибу приб приїд "
        "приїх прилет прилеч полет поїд поїх вируш поїздк прийня прийм"
    ),
    "statement": _words(
        "заяв сказ скаж повідом оголос підтверд спростув засуд звинувач закли вимаг "
        "пригроз розкритикува відкин пообіця"
    ),
}
PLAIN_SAYING = _words("заяв сказ скаж повідом дода зазнач говор розпов підтверд оголос")
LIGHT = _words("провод провест провед розпоч почн поча відновл заверш")
AMBIGUOUS = _words("ракет удар акці прийня прийм навчан війн мит")
CONTEXT: dict[str, frozenset[str]] = {
    "military": _words("війська армія військові солдати нато кордону кордон флот ракети"),
    "violence": _words("загинули поранені вбиті загиблих жертви військові армія"),
    "protest": _words("тисячі сотні протестувальники учасники поліція опозиція"),
    "meeting": _words("президент міністр прем'єр канцлер лідер делегація візит переговори"),
}
ENACT = _words("запровад оголос затверд продовж скасув")
ATTITUDE = _words("хоч хочуть хотів сподіва прагн побоюю вважа дума")
# Stems of verbs whose past in a report's lead tells a period's figure ("Прибуток зріс на 5%"),
# not the day's news (``core.events.lead_news``).
LEAD_FIGURE_VERBS = _words("зріс зрос зрост знизи впа підня збільш скорот втрати заробив отрима")
# Words of a study's findings: a report's lead holding one tells what the study found, at the
# study's time, not news of the day (``core.events.lead_news``).
LEAD_FINDING_WORDS = _words(
    "дослідження опитування результати перепис учені вчені науковці дослідники"
)
# Auxiliaries of a time before the news or of how things stood ("had", "avaient", "estaba"),
# and endings of an imperfect ("circulait"): no happening of the report's day
# (``core.events.lead_news``).
LEAD_BACKGROUND_AUX = _words("")
LEAD_IMPERFECT_ENDINGS: tuple[str, ...] = ()
# Endings of a past form: a lead's verb needs one to tell the day's news
# ("відвідав", "зустрілися"; not "йде", "очолює"); the language's finite forms look alike otherwise
# (``core.events.lead_news``).
LEAD_PAST_ENDINGS: tuple[str, ...] = (
    "в", "ла", "ло", "ли", "вся", "лася", "лося", "лися", "лась", "лись",
)  # fmt: skip
# Words that set a happening at a time of its own ("opened after the flood"): a lead clause
# holding one is not put on the report's day (``core.events.lead_news``).
LEAD_TIME_WORDS = _words("після перед")
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
LEAD_FIGURE_NOUNS = _words("збиток збитки дефіцит профіцит")
LEAD_MARKET_SUBJECTS = _words("акції облігації ціни індекс долар")
EVENT_NOUNS = _words(
    "візит зустріч переговори саміт навчання вторгнення анексія наступ перемир'я санкції "
    "вибори голосування референдум протест мітинг страйк угода договір поїздка"
)
BACKGROUND = _words("відтоді")

ROLES = _words(
    "очільник очільника очільниця президент президента президентом віце-президент канцлер "
    " канцлера канцлером міністр "
    "міністра міністром прем'єр прем'єр-міністр прем'єр-міністра голова голови головою "
    "спікер речник речниця посол посла держсекретар генсек генеральний секретар лідер мер "
    "губернатор король королева папа директор командувач офіційний представник радник "
    "заступник закордонних справ оборони французький німецький російський український "
    "американський"
)
ROLE_MODIFIERS = _words("віце закордонних справ оборони офіційний генеральний")
ORGANISATION_WORDS = _words(
    "міністерство мзс міноборони рада союз партія банк агентство комітет суд парламент "
    "компанія група університет армія поліція комісія асамблея конгрес сенат федерація "
    "фонд інститут офіс служба адміністрація уряд кабінет кремль пентагон оон нато єс"
)
ORGANISATIONS = frozenset("Кремль Пентагон НАТО ООН ЄС МЗС Міноборони Верховна Рада".split())
NOT_ACTORS = _words(
    "олімпіада ігри війна кубок день тиждень рік місяць різдво великдень саміт конференція "
    "форум фестиваль вибори чемпіонат весна літо осінь зима"
)
NAME_CONNECTORS = _words("де фон ван ді ібн бен аль")
# A name after a role stands in the role's case ("губернатор Петренко"); a genitive
# adjective and its noun after it are the role's place ("Голова Полтавської області",
# "Президент Російської Федерації"), no person's name.
ROLE_COMPLEMENT = r"^[А-ЯЄІЇҐ][\w'’ʼ]+(?:ого|ої)\s[А-ЯЄІЇҐа-яєіїґ][\w'’ʼ]+(?<!л)(?:а|я|у|ю|і|ї)$"
DEMONYM = r"(?:ський|ська|ське|ські|цький|цька|анин|янин|ани|яни|ець|ці)$"
NATIONALITIES = frozenset("Західні Східні Європейські".split())

# Places in the nominative, with the name the gazetteer gives them; their case forms are
# made below ("у Москві", "до Києва", "в Україну"); names whose stem changes are listed whole.
_PLACES = {
    "Москва": "Moscow", "Берлін": "Berlin", "Париж": "Paris", "Лондон": "London",
    "Вашингтон": "Washington", "Брюссель": "Brussels", "Женева": "Geneva", "Відень": "Vienna",
    "Варшава": "Warsaw", "Мінськ": "Minsk", "Пекін": "Beijing", "Рим": "Rome",
    "Мадрид": "Madrid", "Анкара": "Ankara", "Стамбул": "Istanbul", "Вільнюс": "Vilnius",
    "Рига": "Riga", "Таллінн": "Tallinn", "Одеса": "Odessa", "Донецьк": "Donetsk",
    "Луганськ": "Luhansk", "Маріуполь": "Mariupol", "Херсон": "Kherson", "Токіо": "Tokyo",
    "Нью-Йорк": "New York", "Росія": "Russia", "Україна": "Ukraine", "Німеччина": "Germany",
    "Франція": "France", "Польща": "Poland", "Китай": "China", "Італія": "Italy",
    "Іспанія": "Spain", "Туреччина": "Turkey", "Норвегія": "Norway", "Японія": "Japan",
    "Британія": "United Kingdom", "Європа": "Europe", "Крим": "Crimea", "Донбас": "Donbas",
    "Балі": "Bali", "Осло": "Oslo", "Гельсінкі": "Helsinki", "Стокгольм": "Stockholm",
}  # fmt: skip
_IRREGULAR = {
    "Kyiv": "Київ Києва Києві Київ Києвом", "Lviv": "Львів Львова Львові Львовом",
    "Kharkiv": "Харків Харкова Харкові Харковом", "Prague": "Прага Праги Празі Прагу Прагою",
    "Belarus": "Білорусь Білорусі Білоруссю", "Vienna": "Відня Відні Віднем",
    "United Kingdom": "Велика Британія|Великої Британії|Велику Британію|Великій Британії",
    "United States": "США Штати Штатів Штатах",
}  # fmt: skip


def _split(forms: str) -> list[str]:
    """Forms apart: at "|" when a form has spaces ("Велика Британія|Великої Британії")."""
    return forms.split("|") if "|" in forms else forms.split()


def _declined(name: str) -> tuple[str, ...]:
    """A place name's case forms: "Москва" → Москви, Москві, Москву, Москвою."""
    if " " in name or "-" in name or name[-1] in "оіуеи":
        return (name,)
    if name.endswith("ія"):
        return tuple(name[:-2] + e for e in ("ія", "ії", "ію", "ією"))
    if name.endswith("а"):
        return tuple(name[:-1] + e for e in ("а", "и", "і", "у", "ою"))
    if name.endswith("ь"):
        return tuple(name[:-1] + e for e in ("ь", "я", "і", "ю", "ем"))
    return tuple(name + e for e in ("", "а", "і", "у", "ом"))


PLACE_ALIASES = {
    **{form: canon for name, canon in _PLACES.items() for form in _declined(name)},
    **{form: canon for canon, forms in _IRREGULAR.items() for form in _split(forms)},
}  # fmt: skip
REGIONS = tuple("Крим Донбас Донецьк Луганськ Кавказ Балтія Сибір".split())
MULTIWORD_REGIONS = ("Близький Схід", "Чорне море", "Східна Європа")

# People Ukrainian names its own way, which no transliteration joins to the name other
# languages use (``core.events.names``): foreign names written as they sound ("Байден" is
# "Baiden" letter for letter), Chinese names in Ukrainian's own system, "Є" read "Ie".
EXONYMS = {
    "Байден": "Biden", "Джонсон": "Johnson", "Сі": "Xi", "Цзіньпін": "Jinping",
    "Гутерреш": "Guterres", "Штайнмаєр": "Steinmeier", "Єрмак": "Yermak",
}  # fmt: skip


# Prepositions after which a lone unknown capitalised word is a place, not a person: "у
# Тетереві", "в Галдені", "із Житомира" (a person is "з", "до", "для" someone).
PLACE_PREPOSITIONS = frozenset({"в", "у", "із"})

# A settlement's noun, where it stands before its name ("Музей у селі Малі Будища", "місто
# Кременчук"): the capitalised name after it is that place, never a person a pronoun may stand
# for. Not the genitive: "голова села Іван Петренко" is the village's head and his name.
PLACE_NOUNS = frozenset("село селі місто місті селище селищі хутір хуторі смт".split())
# Common given names, in the nominative, for one rule only: after a role, the person's name
# starts at one, and the capitalised words between are the role's place or body
# ("Міський голова Черкас | Анатолій Бондар"), never the person's first name.
ROLE_PERSON_GIVEN_NAMES = _words(
    "андрій анатолій антон богдан борис вадим валентин валерій василь віктор віталій"
    " володимир в'ячеслав геннадій григорій денис дмитро євген іван ігор ілля кирило"
    " костянтин леонід максим микола михайло назар олег олександр олексій остап павло петро"
    " роман руслан сергій степан тарас юрій ярослав"
    " алла анастасія анна валентина вікторія віра галина дарина дарія євгенія катерина"
    " ірина лариса лідія любов людмила марина марія надія наталія ніна оксана олена ольга"
    " поліна світлана софія тамара тетяна уляна юлія яна"
)

# Дієслово речення, що лише називає момент ("Перелом настав у травні, коли …"): подію
# розповідає речення з "коли" (``core.events.repeats``).
MOMENT_VERBS = frozenset({"настав", "настала", "настало"})
MOMENT_NOUNS = frozenset("перелом момент кінець криза поворот час".split())
