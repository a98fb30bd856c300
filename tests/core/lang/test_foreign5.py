"""foreign5: what a reader of foreign news expects, in invented sentences."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from core.model import Document


def _events(text: str, language: str, pub: str = "2026-03-04") -> list[tuple[str, str]]:
    doc = Document("t.txt", "", text, pub, "header", "t", 0, "", language)
    return [(e.start, e.title) for e in extract_events(doc) if not e.undated]


# Ukrainian tells a passive's masculine and neuter in their long form ("був закритий", "було
# продане"): a happening on its date, as the feminine and plural ("була закрита") are.
@pytest.mark.parametrize(
    ("text", "start", "title"),
    [
        ("Склад був закритий у 2019 році.", "2019", "Склад був закритий"),
        ("Готель було продане у 2004 році.", "2004", "Готель було продане"),
        ("Водій був затриманий 3 лютого на кордоні.", "2026-02-03",
         "Водій був затриманий на кордоні"),
        ("Рішення було ухвалене у січні.", "2026-01", "Рішення було ухвалене"),
    ],
)  # fmt: skip
def test_a_ukrainian_long_form_passive_is_a_happening(text, start, title):
    assert (start, title) in _events(text, "uk")


# ... not an ordinal, which looks like one ("двадцятий"): how things were, no happening.
@pytest.mark.parametrize(
    "text",
    ["Це був двадцятий сезон клубу у 2015 році.", "Це був тридцятий турнір у 2015 році."],
)
def test_a_ukrainian_ordinal_is_no_participle(text):
    assert _events(text, "uk") == []


# A Spanish attribution after a quotation may name its day before who spoke, with no article
# ("dijo hoy", "declaró esta tarde"): the saying is the event, on that day, the named person's.
@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        ("«Las obras del puerto terminarán antes del verano», dijo hoy Lucía Ferrer.",
         "2026-03-04", "Lucía Ferrer"),
        ("«No habrá más recortes en la sanidad pública», afirmó ayer Tomás Iglesias.",
         "2026-03-03", "Tomás Iglesias"),
        ("«La fábrica seguirá abierta todo el año», declaró hoy el consejero de Industria, "
         "Jaime Ortega.", "2026-03-04", "Jaime Ortega"),
    ],
)  # fmt: skip
def test_a_spanish_quote_told_today_is_a_dated_statement(text, start, speaker):
    assert [s for s, title in _events(text, "es") if title.startswith(f"{speaker}: «")] == [start]


# Russian and Ukrainian name the month or year a payment or a report is for after "за": what
# it covers, not when it was paid or published, which the sentence's other date tells.
@pytest.mark.parametrize(
    ("language", "text", "start", "wrong"),
    [
        ("ru", "Стипендию за январь студенты получили только 27 февраля.", "2026-02-27",
         "2026-01"),
        ("ru", "Дивиденды за 2024 год акционеры получили в июле.", "2025-07", "2024"),
        ("uk", "Зарплату за січень шахтарі отримали лише 25 лютого.", "2026-02-25", "2026-01"),
        ("uk", "Пенсію за грудень багато хто отримав лише 8 січня.", "2026-01-08", "2025-12"),
    ],
)  # fmt: skip
def test_the_period_a_payment_is_for_does_not_date_it(language, text, start, wrong):
    starts = [s for s, _ in _events(text, language)]
    assert start in starts
    assert wrong not in starts


# Russian and Ukrainian "до" after a verb that extends, moves or stops a thing: the date it
# lasts until, no date of the extending or the moving itself (done before it).
@pytest.mark.parametrize(
    ("language", "text", "until"),
    [
        ("ru", "Мэрия продлила запрет на фейерверки до 20 марта.", "2026-03-20"),
        ("ru", "Суд отложил оглашение приговора до 18 марта.", "2026-03-18"),
        ("uk", "Міська рада продовжила заборону на феєрверки до 20 березня.", "2026-03-20"),
        ("uk", "Суд відклав оголошення вироку до 18 березня.", "2026-03-18"),
    ],
)  # fmt: skip
def test_a_date_a_thing_is_extended_or_moved_to_does_not_date_it(language, text, until):
    assert until not in [s for s, _ in _events(text, language)]


# ... while a range "с … до" keeps its start, and a deadline its day.
@pytest.mark.parametrize(
    ("language", "text", "start"),
    [
        ("ru", "Трасса была закрыта с 2 марта до 7 марта.", "2026-03-02"),
        ("uk", "Компанія виплатить борг до 20 березня.", "2026-03-20"),
    ],
)  # fmt: skip
def test_a_range_or_a_deadline_keeps_its_date(language, text, start):
    assert start in [s for s, _ in _events(text, language)]


# ... while a speaker named first keeps the quote when the person after the comma is only
# named in his role ("portavoz de Pedro Sánchez"): the first name spoke.
@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        ("es", "«No habrá más recortes en la sanidad», dijo hoy Tomás, portavoz de Pedro Sánchez.",
         "Tomás"),
        ("en", "\"We will not accept this offer,\" Smith, an aide to Senator Robert Dole, said on "
         "Monday.", "Smith"),
    ],
)  # fmt: skip
def test_a_quote_stays_its_first_speakers(language, text, speaker):
    titles = [title for _, title in _events(text, language)]
    assert titles and all(title.startswith(f"{speaker}: ") for title in titles)
