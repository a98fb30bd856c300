"""An article's language, told from its own text; English whenever the detector is unsure, since
English read as another language would lose its events. The sentences are our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.reading.language import detect_language, language_name, unread_note
from core.reading.readers import read_article, read_pasted_text

LANGUAGES = Path(__file__).resolve().parents[2] / "fixtures" / "languages"

SENTENCES = [
    (
        "en",
        "The minister will fly to the capital on Monday and meet the president the next day, "
        "her office said on Friday.",
    ),
    (
        "de",
        "Die Ministerin fliegt am Montag in die Hauptstadt und trifft am folgenden Tag den "
        "Präsidenten, teilte ihr Büro am Freitag mit.",
    ),
    (
        "fr",
        "La ministre se rendra lundi dans la capitale et rencontrera le président le "
        "lendemain, a annoncé son cabinet vendredi.",
    ),
    (
        "es",
        "La ministra viajará el lunes a la capital y se reunirá con el presidente al día "
        "siguiente, informó su oficina el viernes.",
    ),
    (
        "ru",
        "Министр в понедельник прилетит в столицу и на следующий день встретится с "
        "президентом, сообщили в её ведомстве в пятницу.",
    ),
    (
        "uk",
        "Міністерка в понеділок прилетить до столиці й наступного дня зустрінеться з "
        "президентом, повідомили в її відомстві в п'ятницю.",
    ),
    (
        "et",
        "Minister lendab esmaspäeval pealinna ja kohtub järgmisel päeval presidendiga, "
        "teatas tema büroo reedel.",
    ),
    (
        "it",
        "La ministra volerà lunedì nella capitale e incontrerà il presidente il giorno dopo, "
        "ha comunicato il suo ufficio venerdì.",
    ),
    (
        "pl",
        "Minister poleci w poniedziałek do stolicy i następnego dnia spotka się z "
        "prezydentem, poinformowało jej biuro w piątek.",
    ),
    (
        "nl",
        "De minister vliegt maandag naar de hoofdstad en ontmoet de volgende dag de "
        "president, meldde haar kantoor vrijdag.",
    ),
    ("zh", "部长将于周一飞往首都，并于次日会见总统，她的办公室周五表示。"),
]


@pytest.mark.parametrize(("code", "text"), SENTENCES, ids=[c for c, _ in SENTENCES])
def test_one_sentence_is_enough_to_tell_the_language(code, text):
    assert detect_language(text).code == code


@pytest.mark.parametrize(
    "text",
    [
        'Scholz told the Bundestag that "die Zeitenwende ist da" before flying to Kyiv on Monday.',
        "Le Monde called the visit « un pari risqué », and the Kremlin said it was ready to talk.",
        "Residents of Kharkiv, Dnipro and Zaporizhzhia queued for water on Wednesday.",
    ],
)
def test_english_quoting_other_languages_and_full_of_foreign_names_stays_english(text):
    assert detect_language(text).code == "en"


@pytest.mark.parametrize(
    ("text", "guess"),
    [
        ("Kanzler reist nach Kiew", "de"),  # a headline alone: not enough to be sure
        ("Macron attendu lundi", "fr"),
        ("Helsingi praam", None),
    ],
)
def test_too_short_or_unsure_falls_back_to_english(text, guess):
    found = detect_language(text)
    assert found.code == "en"
    if guess:
        assert found.guess == guess


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("北京会谈：两国领导人将于下周举行会谈。", "zh"),  # the detector is 0.61 sure
        ("Путин прилетел", "ru"),  # 0.25 sure, but Cyrillic is never English
    ],
)
def test_text_in_another_script_than_englishs_is_never_read_as_english(text, code):
    assert detect_language(text).code == code


def test_a_table_of_figures_has_no_language_and_reads_as_english():
    table = "GOLD OPG 7-APR\n APR7 4205 4185\n MAY7 4222B 4227A 4202\n JUN7 4250 4226\n" * 3
    assert detect_language(table).code == "en"
    assert detect_language("1234 5678 --").code == "en"


def test_mixed_articles_take_the_language_of_most_of_the_text():
    german = SENTENCES[1][1] + ' Er sprach von einem "game changer" für Europa.'
    assert detect_language(german).code == "de"


def test_reading_a_file_gives_the_document_its_language():
    assert read_article(LANGUAGES / "harbour-en.txt").language == "en"
    assert read_article(LANGUAGES / "sadam-et.txt").language == "et"
    assert read_pasted_text(SENTENCES[5][1], received=0.0).language == "uk"


def test_the_unread_note_names_the_language_and_what_was_and_was_not_read():
    note = unread_note("et")
    assert "Estonian (et)" in note and "does not read yet" in note
    assert "no events extracted" in note and "English" in note
    assert language_name("uk") == "Ukrainian"


def test_a_sentence_in_a_language_read_full_of_another_languages_names_is_read_in_its_own():
    # Spanish about Catalan places: unsure among all languages, sure among those read
    text = (
        "El alcalde de Sant Cugat del Vallès y el conseller de Territori inauguraron ayer "
        "la nueva pasarela sobre la riera de Sant Joan, que une los barrios de Mira-sol."
    )
    found = detect_language(text)
    assert found.code == "es"
