"""German, Russian and Ukrainian dates that describe a thing, not a happening.

Every sentence that says a date is no happening's gave that date as one before these rules.

- A thing's age told in a relative clause ("склад, который построили в 1936 году"), in a
  launching aside ("буксир, спущенный на воду в 1984 году"), by what it dates from ("котли, що
  датувалися 1960-ми роками"), by a model year ("einen Traktor, Baujahr 1988") or by an
  apposition ("…, ein Gebäude aus dem Jahr 1862") dates no happening.
- The prices a figure is counted in ("в ценах 2012 года", "у цінах 2012 року") and a school's
  class by its year ("випускники 1979 року") are no happening's year.
- German "halb so viel wie im Jahr 1996": an equative's standard, no happening that year.
- A German "seit" phrase whose noun looks like a weak past by its ending ("seit dem
  Inkrafttreten der Satzung im Jahr 1998") is still a noun: the year starts a running span.
- German titles: a subject too long for a title is cut before the genitive its article opens
  ("Die Sinfonie | des jungen dänischen Komponisten Erik Lund wurde 1952 aufgeführt"), as
  English cuts before "of"; "uraufgeführt" is a participle by its shape.
- A German state that lasts until a date ("Der Zugang bleibt bis Ende April gesperrt", "Die
  Mieten sind über einen Vertrag bis Ende Juni festgeschrieben") dates no happening; the perfect
  with "ist" keeps its date ("ist bis Ende Februar gestiegen").
- Russian "Кроме того," and Ukrainian "Крім того,", "Окрім того," open a sentence as a fixed
  aside, the subject after its comma; a bare "кроме" inside the subject ("судьи, кроме одного,")
  leaves the subject whole.
- Russian nouns in "-л" after a vowel ("ледокол", "терминал", "вокзал") are no masculine past,
  and their verbs ("обвалилась", "причалил", "провалила", "перевалил") are still past: a weekday
  with them is placed back.
- A German plan given up ("sah eigentlich vor, dass …", "sollte eigentlich 2022 öffnen", "war
  ursprünglich für den Oktober angesetzt") dates no happening, as English "was originally due
  in November"; what happened after "aber" keeps its date.
"""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of


@pytest.mark.parametrize(
    ("language", "text", "checks"),
    [
        # a relative clause or an aside telling the thing's age
        ("ru", "Склад, который построили в 1936 году, снесли в мае.", [("not", "1936")]),
        ("ru", "Мост, который был построен в 1958 году, закрыли в мае на ремонт.",
         [("not", "1958"), ("has", "2023-05")]),
        ("uk", "Склад, який збудували у 1912 році, громада продала у травні.",
         [("not", "1912")]),
        ("ru", "Порт продал буксир, спущенный на воду в 1984 году.", [("not", "1984")]),
        ("uk", "Порт продав буксир, спущений на воду 1984 року.", [("not", "1984")]),
        ("uk", "У травні завод продав котли, що датувалися 1960-ми роками.",
         [("not", "1960"), ("has", "2023-05")]),
        # a model year and an apposition naming a building's age
        ("de", "Die Diebe erbeuteten einen Traktor, Baujahr 1988, und zwei Motorsägen.",
         [("not", "1988")]),
        ("de", "Die Bücherei zieht in das alte Rathaus, ein Gebäude aus dem Jahr 1862.",
         [("not", "1862")]),
        # ... but a clause's own building year, and a day, stay a happening's
        ("uk", "Нову школу буде збудовано у 2026 році.", [("has", "2026")]),
        ("ru", "Склад построили в апреле 2017 года.", [("has", "2017-04")]),
    ],
)  # fmt: skip
def test_a_year_that_tells_a_things_age_dates_no_happening(language, text, checks):
    check_events(events_of(text, language, "2024-03-06"), checks)


@pytest.mark.parametrize(
    ("language", "text", "checks"),
    [
        ("ru", "Ремонт, оцененный в ценах 2012 года, подорожал вдвое.", [("not", "2012")]),
        ("ru", "Ремонт подорожал вдвое в пересчёте на цены 2012 года.", [("not", "2012")]),
        ("uk", "Кошторис у цінах 2012 року переглянули.", [("not", "2012")]),
        ("uk", "На зустріч прийшли випускники 1979 року.", [("not", "1979")]),
        ("ru", "Директор поздравил выпускников 1979 года.", [("not", "1979")]),
        # a year after the noun that is the clause's own stays
        ("uk", "Склад відкрили у квітні 1979 року.", [("has", "1979-04")]),
    ],
)  # fmt: skip
def test_a_price_base_or_a_graduating_class_is_no_happenings_year(language, text, checks):
    check_events(events_of(text, language, "2024-03-06"), checks)


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        ("Die Kasse zahlte halb so viel wie im Jahr 1996.", [("not", "1996")]),
        ("Der Verein verkaufte halb so viele Karten wie im Jahr 1996.", [("not", "1996")]),
        ("Seit dem Inkrafttreten der Satzung im Jahr 1998 wurden vier Bußgelder verhängt.",
         [("not", "1998")]),
        ("Es war das höchste Bußgeld, das seit dem Inkrafttreten der Satzung im Jahr 1998 "
         "verhängt wurde.", [("not", "1998")]),
        # the year of the clause itself stays
        ("Die Stadt zahlte im Jahr 1996 halb so viel.", [("has", "1996")]),
    ],
)  # fmt: skip
def test_a_german_baseline_is_no_happenings_year(text, checks):
    check_events(events_of(text, "de", "2024-03-06"), checks)


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        ("Die Sinfonie des jungen dänischen Komponisten Erik Lund wurde 1952 aufgeführt.",
         [("title", "Die Sinfonie wurde aufgeführt", "1952")]),
        ("Das Ballett wurde 1913 in Paris uraufgeführt.",
         [("title", "Das Ballett wurde in Paris uraufgeführt", "1913")]),
        # a short subject keeps its genitive
        ("Die Leiterin der Bücherei trat am Montag zurück.",
         [("title", "Die Leiterin der Bücherei trat zurück", "2024-03-04")]),
    ],
)  # fmt: skip
def test_a_long_german_subject_is_cut_before_its_genitive(text, checks):
    check_events(events_of(text, "de", "2024-03-06"), checks)


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        ("Die Mieten sind über einen Vertrag mit der Stadt bis Ende Juni festgeschrieben.",
         [("none",)]),
        ("Der Zugang bleibt bis Ende April gesperrt.", [("none",)]),
        # the perfect with "ist", and a happening with its own date, stay
        ("Die Zahl der Arbeitslosen ist bis Ende Februar auf drei Millionen gestiegen.",
         [("has", "2024-02")]),
        ("Die Stadtbücherei wurde im Februar geschlossen.", [("has", "2024-02")]),
    ],
)  # fmt: skip
def test_a_german_state_until_a_date_is_no_happening(text, checks):
    check_events(events_of(text, "de", "2024-03-06"), checks)


@pytest.mark.parametrize(
    ("language", "text", "checks"),
    [
        ("ru", "Кроме того, в четверг жюри назвало победителя.",
         [("title", "Жюри назвало победителя", "2024-02-29")]),
        ("uk", "Крім того, у четвер журі назвало переможця.",
         [("title", "Журі назвало переможця", "2024-02-29")]),
        ("uk", "Окрім того, журі у четвер назвало переможця.",
         [("title", "Журі назвало переможця", "2024-02-29")]),
        # "кроме" inside the subject's asides is no opener
        ("ru", "Во вторник судьи, кроме одного, поддержали решение.",
         [("title", "Судьи поддержали решение", "2024-03-05")]),
    ],
)  # fmt: skip
def test_a_sentence_opening_on_besides_that_keeps_its_subject(language, text, checks):
    check_events(events_of(text, language, "2024-03-06"), checks)


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        ("12 апреля 1959 года ледокол вошёл в Неву.",
         [("title", "Ледокол вошёл в Неву", "1959-04-12")]),
        ("7 июня 2022 года терминал отгрузил первый уголь.",
         [("title", "Терминал отгрузил первый уголь", "2022-06-07")]),
        ("В четверг вокзал открыли после ремонта.", [("has", "2024-02-29")]),
        # ... and the verbs sharing such a noun's stem are past: the weekday lies behind
        ("Крыша склада обвалилась в пятницу, сообщает МЧС.", [("has", "2024-03-01")]),
        ("Паром причалил в пятницу, сообщает пресс-служба.", [("has", "2024-03-01")]),
        ("Команда провалила экзамен в субботу, пишут местные СМИ.", [("has", "2024-03-02")]),
        ("Курс доллара перевалил за 100 рублей в пятницу, пишет агентство.",
         [("has", "2024-03-01")]),
    ],
)  # fmt: skip
def test_a_russian_noun_in_l_is_no_past(text, checks):
    check_events(events_of(text, "ru", "2024-03-06"), checks)


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        ("Der Vertrag sah eigentlich vor, dass die Fähre 2018 ersetzt wird.", [("not", "2018")]),
        ("Das Freibad sollte eigentlich 2022 öffnen.", [("not", "2022")]),
        ("Die Wahl war ursprünglich für den Oktober angesetzt.", [("not", "2023-10")]),
        # a plan kept, a happening, and what happened after "aber" keep their dates
        ("Die Fähre soll 2026 ersetzt werden.", [("has", "2026")]),
        ("Die Fähre wurde im Juni ersetzt.", [("has", "2023-06")]),
        ("Der Verein sah eigentlich vor, das Dach zu flicken, aber im Juni 2021 stürzte der "
         "Turm ein.", [("has", "2021-06")]),
    ],
)  # fmt: skip
def test_a_german_plan_given_up_dates_no_happening(text, checks):
    check_events(events_of(text, "de", "2024-03-06"), checks)
