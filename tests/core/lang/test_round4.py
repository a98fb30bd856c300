"""Round 4 of #16: the classes fixed on the round-4 articles, each in sentences of our own,
and the chronologies of ``round4.py`` (floors are the counts reached after the fixes)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from core.events.extract import extract_events
from core.reading.readers import read_article
from core.temporal.tagger import tag
from tests.core.lang.round4 import DEV, UNSEEN, totals


def _values(text: str, published: datetime, language: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, published, language)]


def _events(tmp_path: Path, body: str, header: str) -> list[tuple[str, str]]:
    path = tmp_path / "article.txt"
    path.write_text(f"Meldung\n\n{header}\n\n{body}\n", encoding="utf-8")
    return [(e.start, e.title) for e in extract_events(read_article(path))]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a verb-last clause is read from its own verbs, not the main clause's past
        ("Die Firma teilte mit, dass das Werk Ende Juli geschlossen wird.", "2024-07"),
        ("Die Stadt erklärte, dass die Brücke im Oktober gesperrt wird.", "2024-10"),
        # a date opening its sentence is read from that sentence, not the one before
        ("Der Rat tagte gestern. Anfang Juni soll ein Gutachten vorliegen.", "2024-06"),
        # a state lasting "bis" a weekday lies ahead
        ("Die Landstraße bleibt wegen Bauarbeiten bis Freitag gesperrt.", "2024-03-15"),
        # a strong verb's present ("berät") is a present for the future
        ("Der Kreistag berät am 12. September über den Haushalt.", "2024-09-12"),
        # a capitalised cue inside a sentence is a noun ("das Treffen"), not "treffen"
        ("Nach dem Treffen vom Montag flog der Minister nach Rom.", "2024-03-11"),
    ],
)
def test_german_dates_take_their_direction_from_their_own_clause(text: str, value: str) -> None:
    published = datetime(2024, 3, 13)  # a Wednesday
    assert _values(text, published, "de")[-1][1] == value


def test_a_german_past_still_reads_back() -> None:
    published = datetime(2024, 3, 13)
    text = "Er sagte, dass der Zug im Januar entgleist war."
    assert _values(text, published, "de") == [("Januar", "2024-01")]


def test_a_main_clause_after_a_fronted_clause_gives_the_event(tmp_path: Path) -> None:
    body = "Wie die Polizei mitteilte, beginnen die Räumarbeiten am Freitag."
    events = _events(tmp_path, body, "Veröffentlicht am 13.03.2024")
    assert ("2024-03-15", "Die Räumarbeiten beginnen") in events


def test_a_quoted_name_in_a_german_subject(tmp_path: Path) -> None:
    body = "Das Segelschulschiff „Nordwind“ ist am Montag in Kiel eingelaufen."
    events = _events(tmp_path, body, "Veröffentlicht am 13.03.2024")
    assert events and events[0][0] == "2024-03-11"
    assert "„" not in events[0][1] and "Nordwind" in events[0][1]


@pytest.mark.parametrize("language", sorted(DEV))
def test_the_round4_articles_give_their_chronology(language: str) -> None:
    right, wrong, traps, listed = totals(DEV[language], language)
    assert right >= FLOORS[language], f"{right}/{listed}"
    assert wrong <= WRONG.get(language, 0), f"{wrong} dated wrong"
    assert traps == 0, f"{traps} on a trap date"


# (right at least) per language; before round 4: de 13, es 11, ru 7, fr 15, uk 15
FLOORS = {"de": 19, "es": 18, "ru": 20, "fr": 17, "uk": 16}
# "Al día siguiente, la Junta declaró …" after a sentence dated only by its year (2019)
WRONG = {"es": 1}


def test_a_month_in_its_case_ends_a_russian_sentence() -> None:
    from core.events.sentences import split_sentences

    text = "Выставка откроется в июле. В понедельник в музей привезли картины."
    assert len(split_sentences(text, "ru")) == 2
    text = "Отчёт выйдет 5 сент. 2025 года, сообщили в мэрии."  # a short form stays inside
    assert len(split_sentences(text, "ru")) == 1


@pytest.mark.parametrize(
    ("language", "header", "body", "event"),
    [
        # the dateline's first sentence is read, in small letters and with the year's word
        (
            "es",
            "Oviedo, 4 de marzo de 2024 (EFE).- La fundición cerrará su horno en octubre. Los"
            " trabajadores de la planta serán trasladados a otras fábricas de la empresa.",
            "",
            ("2024-10", "La fundición cerrará su horno"),
        ),
        (
            "ru",
            "ТВЕРЬ, 4 марта 2024 г. — Фабрика в среду запустила новую линию. На ней будут"
            " работать сто человек, которые прошли обучение на заводе.",
            "",
            ("2024-02-28", "Фабрика запустила новую линию"),
        ),
        # a speaker after the verb of saying is who told it, not the news's subject
        (
            "es",
            "Publicado el 4 de marzo de 2024",
            "El museo abrirá una sala nueva en mayo, anunció este lunes la directora. La sala"
            " mostrará las obras de los pintores de la región.",
            ("2024-05", "El museo abrirá una sala nueva"),
        ),
        # a paragraph break ends the reach of a comparison's "з" in the header above
        (
            "uk",
            "Рибалки повернулися з моря\n\nОпубліковано 4 березня 2024 року",
            "Рибалки в неділю повернулися до порту після місяця в морі. Вони привезли багато"
            " риби, яку продадуть на ринку міста.",
            ("2024-03-03", "Рибалки повернулися до порту"),
        ),
    ],
)
def test_round4_first_sentences(tmp_path: Path, language, header, body, event) -> None:
    path = tmp_path / "article.txt"
    text = f"{header}\n\n{body}\n" if body else f"{header}\n"
    path.write_text(f"{_TITLES[language]}\n\n{text}", encoding="utf-8")
    document = read_article(path)
    assert document.language == language
    events = [(e.start, e.title) for e in extract_events(document)]
    assert any(d == event[0] and t.startswith(event[1]) for d, t in events), events


_TITLES = {"es": "Noticias de la región", "ru": "Новости региона", "uk": "Новини регіону"}


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        (
            "fr",
            "Les plongeurs ont retrouvé mardi une épave. Les recherches avaient commencé début"
            " février. Un canon a été remonté le lendemain.",
            "2024-03-13",
        ),
        (
            "es",
            "Los bomberos rescataron el martes a un montañero. La búsqueda había empezado a"
            " principios de febrero. Al día siguiente, el alcalde visitó el refugio.",
            "2024-03-13",
        ),
    ],
)
def test_the_next_day_counts_from_the_last_day_named(language, text, value) -> None:
    published = datetime(2024, 3, 15)  # a Friday: Tuesday is the 12th
    assert _values(text, published, language)[-1][1] == value


def test_a_french_feminine_passive_is_a_happening(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(
        "Fouilles à Arles\n\nPublié le 15 mars 2024\n\nEn 2003, une statue avait été"
        " découverte dans le fleuve. Une amphore a été dégagée jeudi par les plongeurs du musée.\n",
        encoding="utf-8",
    )
    events = [(e.start, e.title) for e in extract_events(read_article(path))]
    assert ("2003", "Une statue avait été découverte dans le fleuve") in events
    assert any(d == "2024-03-14" and t.startswith("Une amphore a été dégagée") for d, t in events)


@pytest.mark.parametrize(
    ("body", "event"),
    [
        ("El pasado domingo murieron tres senderistas en la sierra.", ("2024-03-10", "Murieron")),
        ("Este viernes comenzarán las obras del nuevo hospital.", ("2024-03-15", "Comenzarán")),
        (
            "El próximo lunes se celebrará el pleno del ayuntamiento.",
            ("2024-03-18", "Se celebrará"),
        ),
        (
            "El martes se inauguró la biblioteca municipal del barrio.",
            ("2024-03-12", "Se inauguró"),
        ),
    ],
)
def test_a_spanish_subject_after_its_verb(tmp_path: Path, body: str, event) -> None:
    path = tmp_path / "article.txt"
    text = f"Noticias de la ciudad\n\nPublicado el 13 de marzo de 2024\n\n{body}\n"
    path.write_text(text, encoding="utf-8")
    events = [(e.start, e.title) for e in extract_events(read_article(path))]
    assert any(d == event[0] and t.startswith(event[1]) for d, t in events), events


def test_a_spanish_object_after_a_left_out_subject_is_no_subject(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    text = "Acuerdo\n\nPublicado el 13 de marzo de 2024\n\nAl día siguiente, firmaron el pacto.\n"
    path.write_text(text, encoding="utf-8")
    assert not [e.title for e in extract_events(read_article(path)) if "pacto" in e.title]


def test_a_russian_reflexive_plural_future_reads_ahead() -> None:
    text = "Консультации продолжатся в пятницу в Казани."
    assert _values(text, datetime(2024, 3, 13), "ru") == [("пятницу", "2024-03-15")]


@pytest.mark.parametrize(
    ("language", "body", "event"),
    [
        ("fr", "La piscine rouvrira ses bassins en juin après deux ans de travaux.", "2024-06"),
        ("es", "La piscina reabrirá sus puertas en junio tras dos años de obras.", "2024-06"),
    ],
)
def test_a_clause_date_wins_over_a_span_it_names(tmp_path: Path, language, body, event) -> None:
    header = {"fr": "Publié le 13 mars 2024", "es": "Publicado el 13 de marzo de 2024"}[language]
    title = {"fr": "La piscine du quartier", "es": "La piscina del barrio"}[language]
    path = tmp_path / "article.txt"
    path.write_text(f"{title}\n\n{header}\n\n{body}\n", encoding="utf-8")
    events = [(e.start, e.title) for e in extract_events(read_article(path))]
    assert [d for d, _ in events] == [event], events


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        (
            "de",
            "Am 4. Februar brannte die Scheune. Zwei Wochen später war sie abgerissen.",
            "2024-02-18",
        ),
        (
            "fr",
            "Le 4 février, la grange a brûlé. Deux semaines plus tard, elle a été démolie.",
            "2024-02-18",
        ),
        ("ru", "4 февраля сгорел амбар. Через две недели его снесли.", "2024-02-18"),
        ("en", "On February 4 the barn burned. Two weeks later it was pulled down.", "2024-W07"),
    ],
)
def test_weeks_counted_from_a_day_give_a_day(language: str, text: str, value: str) -> None:
    """English keeps the week TimeML annotates; the others give the day a timeline needs."""
    assert _values(text, datetime(2024, 3, 13), language)[-1][1] == value


@pytest.mark.parametrize(
    ("body", "event"),
    [
        # a Perfekt's "hat" is no bare participle, and "…, die Steuern zu senken" no relative
        (
            "Der Stadtrat hat am Montag beschlossen, die Gebühren zu senken.",
            ("2024-03-11", "Der Stadtrat hat beschlossen, die Gebühren zu senken"),
        ),
        # a date inside an infinitive with "zu" after a comma is no second happening
        (
            "Die Ministerin kündigte an, im Mai nach Japan zu reisen.",
            ("2024-05", "Die Ministerin kündigte an, nach Japan zu reisen"),
        ),
    ],
)
def test_german_infinitives_with_zu(tmp_path: Path, body: str, event) -> None:
    assert event in _events(tmp_path, body, "Veröffentlicht am 13.03.2024")


@pytest.mark.parametrize(
    ("body", "event"),
    [
        ("Laut Polizei ereignete sich der Unfall am Dienstagmorgen.", "Der Unfall ereignete sich"),
        ("Die Anhörung wurde auf den 2. April verschoben.", "Die Anhörung wurde verschoben"),
    ],
)
def test_german_news_verbs_and_dates_after_an_article(tmp_path: Path, body: str, event) -> None:
    assert event in [t for _, t in _events(tmp_path, body, "Veröffentlicht am 13.03.2024")]


@pytest.mark.parametrize(
    ("body", "event"),
    [
        (
            "Nachdem die Jury am Montag den Preis vergeben hatte, feierten die Gewinner.",
            ("2024-03-11", "Die Jury hatte den Preis vergeben"),
        ),
        (
            "Der Verein teilte mit, dass das Stadion am Samstag wieder öffnet.",
            ("2024-03-16", "Das Stadion öffnet wieder"),
        ),
        (
            "Sie erklärte, dass die Verhandlungen im Mai fortgesetzt werden sollen.",
            ("2024-05", "Die Verhandlungen sollen fortgesetzt werden"),
        ),
    ],
)
def test_a_german_verb_last_clause_gives_a_title_with_its_verb_second(
    tmp_path: Path, body: str, event
) -> None:
    assert event in _events(tmp_path, body, "Veröffentlicht am 13.03.2024")


def test_a_verb_last_clause_with_a_pronoun_is_left_alone(tmp_path: Path) -> None:
    body = "Nachdem er am Montag zurückgetreten war, übernahm seine Stellvertreterin."
    assert not [t for _, t in _events(tmp_path, body, "Veröffentlicht am 13.03.2024") if "war" in t]


@pytest.mark.parametrize(
    ("language", "body", "event"),
    [
        ("ru", "По данным полиции, авария произошла в понедельник утром.", "Авария произошла"),
        ("ru", "Напомним, в январе фабрика остановила производство.", "Фабрика остановила"),
        ("uk", "Нагадаємо, у січні фабрика зупинила виробництво.", "Фабрика зупинила"),
    ],
)
def test_russian_and_ukrainian_pasts_and_openers(tmp_path: Path, language, body, event) -> None:
    header = {"ru": "Опубликовано: 13.03.2024", "uk": "Опубліковано: 13.03.2024"}[language]
    path = tmp_path / "article.txt"
    path.write_text(f"{_TITLES[language]}\n\n{header}\n\n{body}\n", encoding="utf-8")
    titles = [e.title for e in extract_events(read_article(path))]
    assert any(t.startswith(event) for t in titles), titles


def test_french_passe_simple_and_restriction(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(
        "Histoire du port\n\nPublié le 13 mars 2024\n\nLe port reçut ses premiers navires en"
        " 1850. Le capitaine démissionna trois jours plus tard. Ses registres ne furent ouverts"
        " qu'en 1931. Le phare ne fut pas rallumé en 1940.\n",
        encoding="utf-8",
    )
    events = [(e.start, e.title) for e in extract_events(read_article(path))]
    assert ("1850", "Le capitaine démissionna") in events  # a passé simple, a year's days on
    assert ("1931", "Ses registres furent ouverts") in events
    assert not [t for _, t in events if "phare" in t]  # a real negation stays out


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("uk", "Міст звели в 1962 році, а дорогу проклали наступного року.", "1963"),
        ("ru", "Мост построили в 1962 году, а дорогу проложили в следующем году.", "1963"),
        ("uk", "Уряд ухвалив закон у 2020 році. Податок зросте наступного року.", "2025"),
    ],
)
def test_next_year_told_in_the_past_follows_the_last_year(language, text, value) -> None:
    assert _values(text, datetime(2024, 3, 13), language)[-1][1] == value


@pytest.mark.parametrize(
    ("language", "body", "event"),
    [
        ("ru", "С 1 июня парк будет закрыт на реконструкцию.", ("2024-06-01", "Парк будет закрыт")),
        ("uk", "З 1 червня подорожчає проїзд у метро.", ("2024-06-01", "Подорожчає проїзд")),
    ],
)
def test_a_day_ahead_after_since_starts_a_change(tmp_path: Path, language, body, event) -> None:
    header = {"ru": "Опубликовано: 13.03.2024", "uk": "Опубліковано: 13.03.2024"}[language]
    path = tmp_path / "article.txt"
    path.write_text(f"{_TITLES[language]}\n\n{header}\n\n{body}\n", encoding="utf-8")
    events = [(e.start, e.title) for e in extract_events(read_article(path))]
    assert any(d == event[0] and t.startswith(event[1]) for d, t in events), events


def test_a_year_after_since_stays_a_running_span(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    body = "С 2014 года фабрика работает в две смены."
    path.write_text(f"{_TITLES['ru']}\n\nОпубликовано: 13.03.2024\n\n{body}\n", encoding="utf-8")
    assert not [e for e in extract_events(read_article(path)) if e.start == "2014"]


@pytest.mark.parametrize(
    ("language", "header", "body", "second"),
    [
        (
            "es",
            "Publicado el 13 de marzo de 2024",
            "El club cerró este martes el estadio y lo reabrirá el próximo domingo.",
            ("2024-03-17", "El club reabrirá"),
        ),
        (
            "fr",
            "Publié le 13 mars 2024",
            "La mairie a fermé la piscine mardi et la rouvrira dimanche.",
            ("2024-03-17", "La mairie rouvrira"),
        ),
    ],
)
def test_a_second_verb_after_an_object_pronoun(tmp_path: Path, language, header, body, second):
    title = {"es": "El estadio del club", "fr": "La piscine municipale"}[language]
    path = tmp_path / "article.txt"
    path.write_text(f"{title}\n\n{header}\n\n{body}\n", encoding="utf-8")
    assert second in [(e.start, e.title) for e in extract_events(read_article(path))]


@pytest.mark.parametrize(
    ("language", "body", "event"),
    [
        (
            "ru",
            "Об этом в среду рассказали в пресс-службе мэрии.",
            ("2024-03-13", "Об этом рассказали"),
        ),
        ("uk", "Про це в понеділок повідомив директор школи.", ("2024-03-11", "Про це повідомив")),
    ],
)
def test_a_report_of_the_news_just_told_is_dated(tmp_path: Path, language, body, event) -> None:
    header = {"ru": "Опубликовано: 13.03.2024", "uk": "Опубліковано: 13.03.2024"}[language]
    path = tmp_path / "article.txt"
    path.write_text(f"{_TITLES[language]}\n\n{header}\n\n{body}\n", encoding="utf-8")
    events = [(e.start, e.title) for e in extract_events(read_article(path))]
    assert any(d == event[0] and t.startswith(event[1]) for d, t in events), events


@pytest.mark.parametrize(
    ("language", "body", "event"),
    [
        (
            "es",
            "A las 22.15 del 3 de mayo de 1968, los estudiantes ocuparon el rectorado.",
            "1968-05-03",
        ),
        ("fr", "À 22 h 15, le 3 mai 1968, les étudiants occupèrent la Sorbonne.", "1968-05-03"),
        ("de", "Um 22.15 Uhr am 3. Mai 1968 besetzten die Studenten das Rektorat.", "1968-05-03"),
    ],
)
def test_a_clock_time_takes_the_day_after_it(language: str, body: str, event: str) -> None:
    from core.events.entities import find_mentions
    from core.events.happenings import sentence_happenings
    from core.events.when_choice import _whens

    timexes = tag(body, datetime(2020, 3, 13), language)
    whens = _whens(body, timexes, language)
    found = sentence_happenings(
        body, 0, len(body), whens, find_mentions(body, 0, language=language), language
    )
    assert [h.when.timex.value for h in found if h.when] == [event]


# The unseen articles (written after the fixes), measured once: 27 of 35, 3 dated wrong (25 of
# 35, 2 wrong, with the code before round 4). Floors, and the wrong dates known:
# de "weil Frost im April … beschädigt hatte" after "im vergangenen Jahr" (April of this year),
# ru "весной прошлого года было приостановлено" (the spring of 2023 from the clause before),
# uk "Минулого року збір розпочався … в середині червня" (the year only).
UNSEEN_FLOORS = {"de": 5, "es": 5, "fr": 6, "ru": 7, "uk": 4}


@pytest.mark.parametrize("language", sorted(UNSEEN))
def test_the_unseen_round4_articles(language: str) -> None:
    right, wrong, traps, listed = totals(UNSEEN[language], language)
    assert right >= UNSEEN_FLOORS[language], f"{right}/{listed}"
    assert wrong <= 1 and traps <= 1, f"{wrong} dated wrong, {traps} on a trap date"


def test_a_reported_negation_stays_in_the_title(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    body = "La consejera aseguró el lunes que el hospital no cerrará sus urgencias en verano."
    path.write_text(
        f"{_TITLES['es']}\n\nPublicado el 13 de marzo de 2024\n\n{body}\n", encoding="utf-8"
    )
    titles = [e.title for e in extract_events(read_article(path))]
    assert titles and all(" no cerrará" in t for t in titles if "cerrará" in t), titles


def test_a_role_and_a_name_after_a_german_verb_are_the_subject(tmp_path: Path) -> None:
    body = "Am Abend eröffnete die Ministerin Eva Brandt die Messe."
    titles = [t for _, t in _events(tmp_path, body, "Veröffentlicht am 13.03.2024")]
    assert titles == ["Brandt eröffnete die Messe"]
