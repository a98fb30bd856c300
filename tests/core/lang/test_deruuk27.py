"""deruuk27: German, Russian and Ukrainian dates that describe a thing, session 27.

- A thing's age told in a relative clause ("будинок якої зведено в XIX столітті", "мост,
  который был построен в 1958 году"), in a launching aside ("док, спущенный на воду в 1967
  году"), by what it dates from ("обладнання якого датувалося 1980-ми роками"), by a model year
  ("ein Geländewagen, Baujahr 2021") or by an apposition ("…, einem Bau aus dem Jahr 1911")
  dates no happening.
- The prices a figure is counted in ("в ценах 2015 года", "у цінах 2016 року") and a school's
  class by its year ("випускників 1971 року") are no happening's year.
- German "dreimal so viel wie im Jahr 2007": an equative's standard, no happening that year.
- A German "seit" phrase whose noun looks like a weak past by its ending ("seit dem
  Inkrafttreten des Gesetzes im Jahr 2001") is still a noun: the year starts a running span.
- German titles: a subject too long for a title is cut before the genitive its article opens
  ("Das Stück | der österreichischen Autorin Anna Berg wurde 1927 aufgeführt"), as English
  cuts before "of"; "uraufgeführt" is a participle by its shape.
- A German state told in the present until a date ("Die Löhne sind bis einschließlich Januar
  gesichert", "bleibt bis Ende März geschlossen") dates no happening (before: last January).
- Russian "кроме", Ukrainian "крім", "окрім" are prepositions: "Кроме того, в пятницу
  комиссия одобрила проект" opens on a fronted phrase, the subject after its comma (before:
  no event).
- Russian nouns in "-л" after a vowel ("ледокол", "квартал", "терминал", "вокзал") are no
  masculine past: "14 мая 1975 года ледокол подошёл к судну" has its verb "подошёл".
- A German plan given up ("sah eigentlich vor, … bis 2020 zu erneuern", "sollte ursprünglich
  2021 eröffnen") dates no happening, as English "was originally due in November".
"""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of


@pytest.mark.parametrize(
    ("language", "text", "checks"),
    [
        # a relative clause telling the thing's age; the main clause keeps no such year
        ("uk", "Картину повісили у залі бібліотеки, будинок якої зведено в XIX столітті.",
         [("not", "18")]),
        ("uk", "Громада відремонтувала міст, який збудували у 1958 році.", [("not", "1958")]),
        ("ru", "Город закрыл на ремонт мост, который был построен в 1958 году.",
         [("not", "1958")]),
        ("ru", "Весной отремонтируют паром, спущенный на воду в 1971 году.", [("not", "1971")]),
        ("uk", "Завод замінив верстати, частина яких датувалася 1970-ми роками.",
         [("not", "197")]),
        # a model year and an apposition naming a building's age
        ("de", "Die Polizei fand bei der Razzia einen Geländewagen, Baujahr 2021, sowie Bargeld.",
         [("not", "2021")]),
        ("de", "Die Eltern organisieren eine Betreuung in der Realschule am Markt, einem Bau "
               "aus dem Jahr 1911.", [("not", "1911")]),
        # ... but a clause's own building year, and a day, stay a happening's
        ("uk", "Новий міст буде збудовано у 2027 році.", [("has", "2027")]),
        ("ru", "Станцию построили в марте 2019 года.", [("has", "2019-03")]),
        ("de", "Ein Gutachten aus dem Jahr 2020 kam zu dem Ergebnis, dass die Halle zu alt sei.",
         [("has", "2020")]),
    ],
)  # fmt: skip
def test_a_year_that_tells_a_things_age_dates_no_happening(language, text, checks):
    check_events(events_of(text, language, "2024-03-04"), checks)


@pytest.mark.parametrize(
    ("language", "text", "checks"),
    [
        ("ru", "Проект, посчитанный в ценах 2016 года, за это время подорожал.",
         [("not", "2016")]),
        ("ru", "Глава района сказал, что стоимость в пересчёте на цены 2019 года выросла.",
         [("not", "2019")]),
        ("uk", "Кошторис, складений у цінах 2016 року, давно застарів.", [("not", "2016")]),
        ("uk", "На відкриття музею запросили випускників 1968 року.", [("not", "1968")]),
        ("ru", "На открытие школы пригласили выпускников 1968 года.", [("not", "1968")]),
        # a year after the noun that is the clause's own stays
        ("uk", "Школу відкрили у вересні 1968 року.", [("has", "1968-09")]),
    ],
)  # fmt: skip
def test_a_price_base_or_a_graduating_class_is_no_happenings_year(language, text, checks):
    check_events(events_of(text, language, "2024-03-04"), checks)


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        ("Die Stadt zahlt derzeit rund zwei Millionen Euro im Jahr, dreimal so viel wie im "
         "Jahr 2007.", [("not", "2007")]),
        ("Die Kasse zahlt inzwischen ebenso viel wie 2015.", [("not", "2015")]),
        ("Es war eine der höchsten Strafen, die seit dem Inkrafttreten der Verordnung im Jahr "
         "2003 verhängt wurden.", [("not", "2003")]),
        # a "seit" clause with a verb of its own, or a plain year, keeps its date
        ("Die Stadt zahlte im Jahr 2007 doppelt so viel.", [("has", "2007")]),
    ],
)  # fmt: skip
def test_a_german_baseline_is_no_happenings_year(text, checks):
    check_events(events_of(text, "de", "2024-03-04"), checks)


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        ("Das Hörspiel der österreichischen Schriftstellerin Anna Berg wurde 1931 gesendet.",
         [("title", "Das Hörspiel wurde gesendet", "1931")]),
        ("Die Oper wurde 1904 in Mailand uraufgeführt.",
         [("title", "Die Oper wurde in Mailand uraufgeführt", "1904")]),
        # a short subject keeps its genitive
        ("Der Chef der Feuerwehr trat am Montag zurück.",
         [("title", "Der Chef der Feuerwehr trat zurück", "2024-03-04")]),
    ],
)  # fmt: skip
def test_a_long_german_subject_is_cut_before_its_genitive(text, checks):
    check_events(events_of(text, "de", "2024-03-06"), checks)


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        ("Die Gehälter der Belegschaft sind über das Insolvenzgeld bis einschließlich Februar "
         "gesichert.", [("none",)]),
        ("Das Hallenbad bleibt bis Ende April geschlossen.", [("none",)]),
        # a happening with its own date stays
        ("Das Hallenbad wurde im Februar geschlossen.", [("has", "2024-02")]),
    ],
)  # fmt: skip
def test_a_german_state_until_a_date_is_no_happening(text, checks):
    check_events(events_of(text, "de", "2024-03-06"), checks)


@pytest.mark.parametrize(
    ("language", "text", "checks"),
    [
        ("ru", "Кроме того, в пятницу комиссия одобрила проект.",
         [("title", "Комиссия одобрила проект", "2024-03-01")]),
        ("ru", "Кроме того, комиссия в пятницу одобрила проект.",
         [("title", "Комиссия одобрила проект", "2024-03-01")]),
        ("uk", "Крім того, у п'ятницю комісія схвалила проєкт.",
         [("title", "Комісія схвалила проєкт", "2024-03-01")]),
        ("uk", "Окрім того, комісія у п'ятницю схвалила проєкт.",
         [("title", "Комісія схвалила проєкт", "2024-03-01")]),
    ],
)  # fmt: skip
def test_a_sentence_opening_on_besides_that_keeps_its_subject(language, text, checks):
    check_events(events_of(text, language, "2024-03-04"), checks)


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        ("3 марта 1962 года ледокол вышел из Мурманска.",
         [("title", "Ледокол вышел из Мурманска", "1962-03-03")]),
        ("5 мая 2023 года терминал принял первый танкер.",
         [("title", "Терминал принял первый танкер", "2023-05-05")]),
        ("В пятницу вокзал закрыли на ремонт.", [("has", "2024-03-01")]),
    ],
)  # fmt: skip
def test_a_russian_noun_in_l_is_no_past(text, checks):
    check_events(events_of(text, "ru", "2024-03-04"), checks)


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        ("Der Plan von 2015 sah eigentlich vor, die Schule bis 2019 zu sanieren.",
         [("not", "2019")]),
        ("Die neue Halle sollte ursprünglich 2021 eröffnen.", [("not", "2021")]),
        ("Der Umzug war ursprünglich für den Mai geplant.", [("not", "2023-05")]),
        # a plan kept, and a happening, keep their dates
        ("Die neue Halle soll 2025 eröffnen.", [("has", "2025")]),
        ("Die neue Halle eröffnete im Mai.", [("has", "2023-05")]),
    ],
)  # fmt: skip
def test_a_german_plan_given_up_dates_no_happening(text, checks):
    check_events(events_of(text, "de", "2024-03-04"), checks)
