"""Probes in German, Russian and Ukrainian news style (our own sentences, published on Thursday
14 March 2024): each shape's date and title as a reader would judge them. Checks as in
``test_fronted_phrases``: ("title", W, V) an event whose title holds W starts at V;
("title-not", W, V) none does; ("not", V) no event starts at V."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article

PUBLISHED = "2024-03-14T09:00"  # a Thursday: Monday the 11th, Tuesday the 12th

CASES = [
    # a fronted phrase with no comma keeps its own date when the main clause has one
    (
        "de-nach-phrase",
        "de",
        "Nach einer Anhörung am Montag entließ der Verband den Schiedsrichter am Dienstag.",
        [("title", "entließ", "2024-03-12"), ("not", "2024-03-11")],
    ),
    (
        "de-nach-phrase-alone",
        "de",
        "Nach einer Anhörung am Montag entließ der Verband den Schiedsrichter.",
        [("title", "entließ", "2024-03-11")],
    ),
    (
        "ru-posle-phrase",
        "ru",
        "После заседания в понедельник правление утвердило смету во вторник.",
        [("title", "утвердило смету", "2024-03-12"), ("not", "2024-03-11")],
    ),
    (
        "uk-pislia-phrase",
        "uk",
        "Після засідання в понеділок правління затвердило кошторис у вівторок.",
        [("title", "затвердило кошторис", "2024-03-12"), ("not", "2024-03-11")],
    ),
    # a relative clause's verbs after the date do not turn a bare weekday forward
    (
        "ru-relative-future",
        "ru",
        "Кабмин в среду внес поправки, которые депутаты обсудят в мае.",
        [("title", "внес поправки", "2024-03-13"), ("not", "2024-03-20")],
    ),
    (
        "uk-relative-future",
        "uk",
        "Кабмін у середу вніс поправки, які депутати обговорять у травні.",
        [("title", "вніс поправки", "2024-03-13"), ("not", "2024-03-20")],
    ),
    (
        "ru-relative-future-known-past",
        "ru",
        "Губернатор в среду открыл школу, которую достроят осенью.",
        [("title", "открыл школу", "2024-03-13")],
    ),
    # a declined participle opening the sentence: its date is the participle's
    (
        "ru-fronted-participle",
        "ru",
        "Построенный в 1971 году стадион закрыли на реконструкцию в понедельник.",
        [("title", "закрыли", "2024-03-11"), ("not", "1971")],
    ),
    (
        "uk-fronted-participle",
        "uk",
        "Збудований у 1971 році стадіон закрили на реконструкцію в понеділок.",
        [("title", "закрили", "2024-03-11"), ("not", "1971")],
    ),
    (
        "ru-fronted-participle-no-other-date",
        "ru",
        "Открытый в 2008 году аквапарк принял двухмиллионного гостя.",
        [("not", "2008")],
    ),
    (
        "ru-former-is-no-participle",
        "ru",
        "Бывший губернатор в воскресенье скончался.",
        [("title", "скончался", "2024-03-10")],
    ),
    (
        "ru-fronted-participle-then-future",
        "ru",
        "Подписанный в понедельник меморандум вступит в силу в июле.",
        [("title", "вступит в силу", "2024-07"), ("not", "2024-03-11")],
    ),
    # a declined participle's aside goes on past its date to its comma
    (
        "ru-aside-goes-on",
        "ru",
        "Композитор, родившийся в 1948 году в Твери, скончался в среду.",
        [("title", "скончался", "2024-03-13"), ("not", "1948")],
    ),
    (
        "ru-aside-goes-on-no-other-date",
        "ru",
        "Режиссер, снявший в 1985 году свой первый фильм, скончался.",
        [("not", "1985")],
    ),
    (
        "uk-aside-goes-on",
        "uk",
        "Стадіон, збудований у 1971 році на околиці, закрили в понеділок.",
        [("title", "закрили", "2024-03-11"), ("not", "1971")],
    ),
    # a promise's infinitive looks ahead
    (
        "ru-promise-ahead",
        "ru",
        "Министр пообещал представить реформу до конца мая.",
        [("title", "пообещал", "2024-05"), ("not", "2023-05")],
    ),
    (
        "uk-promise-ahead",
        "uk",
        "Міністр пообіцяв представити реформу до кінця травня.",
        [("title", "пообіцяв", "2024-05"), ("not", "2023-05")],
    ),
    # a day denied and set right is no happening's day
    (
        "ru-not-but",
        "ru",
        "Контракт был заключен не в понедельник, а во вторник.",
        [("not", "2024-03-11")],
    ),
    (
        "uk-not-but",
        "uk",
        "Контракт уклали не в понеділок, а у вівторок.",
        [("not", "2024-03-11")],
    ),
    (
        "en-not-but",
        "en",
        "The lease was signed not on Monday but on Tuesday.",
        [("title", "signed", "2024-03-12"), ("not", "2024-03-11")],
    ),
    (
        "de-far-count-stays-count",
        "de",
        "Am Sonntag wurden 1911 Stimmen gezählt.",
        [("not", "1911")],
    ),
    # a verb-last title drops the article of a dropped date's phrase with its preposition
    (
        "de-perfect-title-no-stranded-article",
        "de",
        "Der Kreistag hat am Dienstag den Etat für das kommende Jahr beschlossen.",
        [("title", "Der Kreistag hat den Etat beschlossen", "2024-03-12")],
    ),
    # a German saying with its day before the comma of its "dass" clause is told
    (
        "de-sagte-day-dass",
        "de",
        "Die Reederei sagte am Montag, dass der Kapitän entlassen wurde.",
        [("title", "Die Reederei sagte, dass der Kapitän entlassen wurde", "2024-03-11")],
    ),
    (
        "de-erklaerte-day-dass",
        "de",
        "Der Verband erklärte am Dienstag, dass die Saison abgebrochen wird.",
        [("title", "erklärte", "2024-03-12")],
    ),
    (
        "de-teilte-mit-dass-guard",
        "de",
        "Die Reederei teilte am Montag mit, dass der Kapitän entlassen wurde.",
        [("title", "teilte mit, dass der Kapitän entlassen wurde", "2024-03-11")],
    ),
    # an adverbial participle's phrase opening the sentence is no part of the title's subject
    (
        "ru-gerund-front-imperfective",
        "ru",
        "Выступая во вторник на съезде, губернатор объявил о строительстве моста.",
        [("title", "Губернатор объявил о строительстве моста", "2024-03-12")],
    ),
    (
        "ru-gerund-front-perfective",
        "ru",
        "Вернувшись из Казани в субботу, тренер провел собрание команды.",
        [("title", "Тренер провел собрание команды", "2024-03-09")],
    ),
    (
        "uk-gerund-front-imperfective",
        "uk",
        "Виступаючи у вівторок на з'їзді, губернатор оголосив про будівництво мосту.",
        [("title", "Губернатор оголосив про будівництво мосту", "2024-03-12")],
    ),
    (
        "uk-gerund-front-perfective",
        "uk",
        "Повернувшись із Харкова в суботу, тренер провів збори команди.",
        [("title", "Тренер провів збори команди", "2024-03-09")],
    ),
    (
        "ru-adjective-is-no-gerund",
        "ru",
        "Новая библиотека, открытая в 2015 году, закрылась в понедельник.",
        [("title", "Новая библиотека закрылась", "2024-03-11")],
    ),
    # a place fronted before the subject (no article to open it) leaves the subject readable
    (
        "ru-place-before-subject",
        "ru",
        "В субботу вечером на перекрестке трамвай сошел с рельсов.",
        [("title", "трамвай сошел с рельсов", "2024-03-09")],
    ),
    (
        "uk-place-before-subject",
        "uk",
        "У суботу на перехресті трамвай зійшов з рейок.",
        [("title", "трамвай зійшов з рейок", "2024-03-09")],
    ),
    # guards: shapes that were right before and stay so
    (
        "de-v2-perfect",
        "de",
        "Der Kreistag hat am Dienstag die neue Abfallsatzung beschlossen.",
        [("title", "beschlossen", "2024-03-12")],
    ),
    (
        "de-relative-tenure",
        "de",
        "Die Landrätin, die 2017 ins Amt kam, will im Oktober erneut antreten.",
        [("title", "kam", "2017"), ("title", "antreten", "2024-10")],
    ),
    (
        "de-strike-range",
        "de",
        "Der Ausstand begann am Montag und soll bis Freitag dauern.",
        [("title", "begann", "2024-03-11"), ("title", "dauern", "2024-03-15")],
    ),
    (
        "de-relative-plan",
        "de",
        "Der Senat legte am Mittwoch einen Entwurf vor, den der Landtag im Juni beraten will.",
        [("title", "legte", "2024-03-13"), ("title", "beraten", "2024-06")],
    ),
    (
        "ru-strike-range",
        "ru",
        "Стачка началась в понедельник и продлится до пятницы.",
        [("title", "началась", "2024-03-11"), ("title", "продлится", "2024-03-15")],
    ),
    (
        "ru-relative-tenure",
        "ru",
        "Глава района, который вступил в должность в 2018 году, намерен переизбираться в сентябре.",
        [("title", "вступил в должность", "2018"), ("title", "намерен", "2024-09")],
    ),
    (
        "ru-plan-given-up",
        "ru",
        "Фонд планировал открыть галерею в мае, но затем отказался от этой идеи.",
        [("not", "2024-05"), ("not", "2023-05")],
    ),
    (
        "uk-plan-given-up",
        "uk",
        "Фонд планував відкрити галерею у травні, але згодом відмовився від цієї ідеї.",
        [("not", "2024-05"), ("not", "2023-05")],
    ),
    (
        "uk-next-week",
        "uk",
        "Слухання у справі трьох посадовців розпочнеться наступного тижня.",
        [("title", "розпочнеться", "2024-W12")],
    ),
    (
        "uk-said-that-season",
        "uk",
        "Міністерка заявила у вівторок, що реформа запрацює восени.",
        [("title", "запрацює", "2024-FA")],
    ),
    (
        "ru-participle-passive-aside",
        "ru",
        "Маяк, построенный в 1904 году, обрушился во время шторма в пятницу.",
        [("not", "1904")],
    ),
]


def _events(language: str, sentence: str) -> list[tuple[str, str]]:
    return [
        (str(e.start), e.title)
        for e in extract_events(article(sentence, PUBLISHED, language=language))
    ]


@pytest.mark.parametrize(
    ("name", "language", "sentence", "checks"), CASES, ids=[c[0] for c in CASES]
)
def test_deruuk_probe_shapes(name: str, language: str, sentence: str, checks: list) -> None:
    events = _events(language, sentence)
    for check in checks:
        if check[0] == "title":
            assert any(s.startswith(check[2]) and check[1] in t for s, t in events), (check, events)
        elif check[0] == "title-not":
            assert not any(s.startswith(check[2]) and check[1] in t for s, t in events), (
                check,
                events,
            )
        else:
            assert not any(s.startswith(check[1]) for s, _ in events), (check, events)
