"""foreign3: what a reader of Russian and Ukrainian news expects, in invented sentences."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from core.model import Document


def _events(text: str, language: str, pub: str = "2026-03-04") -> list[tuple[str, str]]:
    doc = Document("t.txt", "", text, pub, "header", "t", 0, "", language)
    return [(e.start, e.title) for e in extract_events(doc) if not e.undated]


# A happening set for a date by a participle that is the clause's predicate: the Ukrainian
# masculine, which has only its long form ("запланований"), and the short forms with a place
# after the date ("призначено на 12 березня в палаці культури").
@pytest.mark.parametrize(
    ("language", "text", "start", "title"),
    [
        ("uk", "Фінальний матч сезону запланований на 14 березня.", "2026-03-14",
         "Фінальний матч сезону запланований"),
        ("uk", "Вихід нового альбому гурту призначений на осінь.", "2026-FA",
         "Вихід нового альбому гурту призначений"),
        ("uk", "Звітний концерт хору призначено на 12 березня в палаці культури.", "2026-03-12",
         "Звітний концерт хору призначено в палаці культури"),
    ],
)  # fmt: skip
def test_a_happening_set_for_a_date_by_its_predicate_participle_takes_it(
    language, text, start, title
):
    assert (start, title) in _events(text, language)


# A masculine past the ending rules miss: "-ів" (the ending of a genitive plural too) and a
# consonant with no "-в"/"-л" ("виніс", "переміг", "вынес", "погиб"), named by their verbs.
@pytest.mark.parametrize(
    ("language", "text", "start", "title"),
    [
        ("uk", "У понеділок у Рівному згорів гараж.", "2026-03-02", "У Рівному згорів гараж"),
        ("uk", "Апеляційний суд у вівторок виніс вирок водієві.", "2026-03-03",
         "Апеляційний суд виніс вирок водієві"),
        ("uk", "У неділю «Кремінь» переміг «Оболонь» з рахунком 1:0.", "2026-03-01",
         "«Кремінь» переміг «Оболонь» з рахунком 1:0"),
        ("ru", "Районный суд во вторник вынес приговор водителю.", "2026-03-03",
         "Районный суд вынес приговор водителю"),
        ("ru", "В 1943 году Пётр Рябов погиб под Курском.", "1943", "Пётр Рябов погиб под Курском"),
        ("ru", "Пожар возник в понедельник утром.", "2026-03-02TMO", "Пожар возник"),
        # ... and the feminine and plural of such verbs, a consonant before "-л"
        ("uk", "У неділю в Ужгороді померла письменниця Ірина Гайдук.", "2026-03-01",
         "В Ужгороді померла письменниця Ірина Гайдук"),
        ("ru", "Во вторник в аварии под Псковом погибли два человека.", "2026-03-03",
         "В аварии под Псковом погибли два человека"),
    ],
)  # fmt: skip
def test_a_masculine_past_without_the_usual_ending_is_a_verb(language, text, start, title):
    assert (start, title) in _events(text, language)


# ... and a date a hearing is moved to is the hearing's, not the move's (as "перенесли на").
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "Суд переніс засідання на 20 березня."),
        ("ru", "Суд перенес заседание на 20 марта."),
    ],
)
def test_the_date_a_masculine_past_moves_a_thing_to_dates_no_move(language, text):
    assert _events(text, language) == []


# A role with its region in the genitive before a name ("Губернатор Заозёрской области Илья
# Громов") goes from the title as a bare role does: the person, then what they did.
@pytest.mark.parametrize(
    ("language", "text", "start", "title"),
    [
        ("ru", "Губернатор Заозёрской области Илья Громов во вторник объявил о досрочной отставке.",
         "2026-03-03", "Громов объявил о досрочной отставке"),
        ("uk", "Голова Волинської області Орест Дячук у вівторок підписав розпорядження про ремонт.",
         "2026-03-03", "Дячук підписав розпорядження про ремонт"),
        # a long title is cut before the numeral, not between it and its noun
        ("uk", "Голова Волинської області Орест Дячук у вівторок підписав розпорядження про "
         "капітальний ремонт доріг у чотирьох громадах області.", "2026-03-03",
         "Дячук підписав розпорядження про капітальний ремонт доріг"),
    ],
)  # fmt: skip
def test_a_role_and_its_region_before_a_name_leave_the_title(language, text, start, title):
    assert (start, title) in _events(text, language)


# A subject after its verb and a phrase, in a language without articles ("открылась для
# пассажиров станция метро"), as Spanish reads one after its article; a clause after "а" or
# "і" lends its verb the subject before, no noun after it.
@pytest.mark.parametrize(
    ("language", "text", "start", "title"),
    [
        ("ru", "В понедельник открылась для посетителей выставка гравюр.", "2026-03-02",
         "Открылась для посетителей выставка гравюр"),
        ("uk", "Торік у травні на цьому мосту зійшла з рейок дрезина.", "2025-05",
         "На цьому мосту зійшла з рейок дрезина"),
    ],
)  # fmt: skip
def test_a_subject_after_its_verb_and_a_phrase_titles_the_clause(language, text, start, title):
    assert (start, title) in _events(text, language)


# Spanish "que" after a verb opens what was said, no relative clause: a year naming a thing in
# it ("la ley de 1998") dates nothing; after a noun it is a relative with its own happening.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Recordó que la Ley de Aguas de 1985 obliga a limpiar los cauces.", []),
        ("Visitaron el puente que el ayuntamiento inauguró en 1931.",
         [("1931", "El ayuntamiento inauguró el puente")]),
    ],
)  # fmt: skip
def test_spanish_que_after_a_verb_is_no_relative(text, expected):
    assert _events(text, "es") == expected


# French ", et" opens a second clause with its own subject, verb and day.
def test_a_french_clause_after_comma_et_keeps_its_own_date():
    text = "La grève a commencé le 3 février, et les négociations ont repris le 10 février."
    found = _events(text, "fr")
    assert ("2026-02-03", "La grève a commencé") in found
    assert ("2026-02-10", "Les négociations ont repris") in found


def test_a_spanish_clause_after_comma_y_keeps_its_own_date():
    text = "La huelga empezó el 3 de febrero, y las clases se reanudaron el 10 de febrero."
    found = _events(text, "es")
    assert ("2026-02-03", "La huelga empezó") in found
    assert ("2026-02-10", "Las clases se reanudaron") in found


# A range of months ("з червня до вересня", "с июня по конец сентября") starts on its first
# month, which is no "since" date; its end's words leave the title with the date.
@pytest.mark.parametrize(
    ("language", "text", "start", "title"),
    [
        ("uk", "Торік розкопки тривали з червня до вересня.", "2025-06", "Розкопки тривали"),
        ("ru", "В прошлом году работы продолжались с июня по конец сентября.", "2025-06",
         "Работы продолжались"),
    ],
)  # fmt: skip
def test_a_range_of_months_starts_on_its_first(language, text, start, title):
    assert (start, title) in _events(text, language)


def test_since_a_month_stays_no_date():
    assert _events("Він працює на заводі з червня.", "uk") == []


# Ukrainian perfective futures in "-не" after "я"/"а" ("розгляне", "настане") are verbs that
# look ahead: a bare weekday with them is the coming one.
@pytest.mark.parametrize(
    ("text", "start", "title"),
    [
        ("Обласна рада розгляне бюджет на сесії 12 березня.", "2026-03-12",
         "Обласна рада розгляне бюджет на сесії"),
        ("У неділю комісія розгляне скарги мешканців.", "2026-03-08",
         "Комісія розгляне скарги мешканців"),
    ],
)  # fmt: skip
def test_a_ukrainian_future_in_ne_is_a_verb_ahead(text, start, title):
    assert (start, title) in _events(text, "uk")


# A clause the split opens on a bare participle after a comma is the participle's aside, not a
# clause borrowing the sentence's subject ("Son dos de los países firmado" on 1994).
def test_a_participle_after_a_comma_lends_the_sentence_subject_no_title():
    text = (
        "Son dos de los países que no se han sumado al Pacto de Ginebra, firmado en 1994 y "
        "ratificado por cien naciones."
    )
    assert _events(text, "es") == []


# A participle's aside that ends the sentence or goes on with a second participle dates the
# noun it follows, not the clause (a bare Spanish participle is never a clause's verb).
@pytest.mark.parametrize(
    "text",
    [
        "Los vecinos critican el reglamento, aprobado en 2019 y modificado por el pleno.",
        "El grupo interpretó obras del compositor gallego, fallecido en mayo de 1996.",
    ],
)
def test_a_spanish_participle_aside_to_the_sentence_end_dates_no_clause(text):
    assert not [start for start, _ in _events(text, "es") if start.startswith("199")
                or start.startswith("2019")]  # fmt: skip
