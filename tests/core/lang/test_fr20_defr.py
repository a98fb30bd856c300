"""Helper fr20's classes of #16 (German and French), each in sentences of our own, and the
chronologies of ``fr20_defr.py`` (floors are the counts reached after the fixes)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from core.events.extract import extract_events
from core.reading.readers import read_article
from core.temporal.tagger import tag

PUBLISHED = datetime(2026, 3, 11)  # a Wednesday
FR_PUBLISHED = "Publié le 11 mars 2026"
DE_PUBLISHED = "Veröffentlicht am 11.03.2026"


def _values(text: str, language: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, PUBLISHED, language)]


def _events(tmp_path: Path, body: str, header: str) -> list[tuple[str, str]]:
    path = tmp_path / "article.txt"
    title = "Neues aus der Stadt" if header.startswith("Ver") else "Les nouvelles de la ville"
    path.write_text(f"{title}\n\n{header}\n\n{body}\n", encoding="utf-8")
    return [(e.start, e.title) for e in extract_events(read_article(path))]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the simple past of a strong verb before a weekday tells it gone by, though a future
        # follows in the clause joined by "und"
        (
            "Der Vorstand trat am Montagabend zusammen und will am Freitag entscheiden.",
            ("Montagabend", "2026-03-09TEV"),
        ),
        (
            "Der Sturm riss am Montag das Dach der Halle ab und soll heute nachlassen.",
            ("Montag", "2026-03-09"),
        ),
        (
            "Die Stadt bot am Dienstag einen Kompromiss an, der Verband will ihn prüfen.",
            ("Dienstag", "2026-03-10"),
        ),
        # and the present before one still puts it ahead
        ("Der Vorstand tritt am Montag zusammen.", ("Montag", "2026-03-16")),
    ],
)
def test_german_strong_pasts_set_a_weekday_behind(text: str, found: tuple[str, str]) -> None:
    assert found in _values(text, "de")


@pytest.mark.parametrize(
    ("text", "language", "found"),
    [
        # a weekday ending a range ends it after the day it opened on, not nearest publication
        (
            "Die Messe öffnet am kommenden Dienstag und dauert bis Sonntag.",
            "de",
            [("kommenden Dienstag", "2026-03-17"), ("Sonntag", "2026-03-22")],
        ),
        (
            "Le festival commencera le 19 mars et durera jusqu'au dimanche.",
            "fr",
            [("le 19 mars", "2026-03-19"), ("dimanche", "2026-03-22")],
        ),
        (
            "The fair opens next Tuesday and runs until Sunday.",
            "en",
            [("next Tuesday", "2026-03-17"), ("Sunday", "2026-03-22")],
        ),
        # and "the day before" such a range is the eve of its first day
        (
            "Le salon ouvrira mardi prochain et durera jusqu'à dimanche. La veille, la "
            "ministre remettra un prix.",
            "fr",
            [("La veille", "2026-03-16")],
        ),
        (
            "Die Messe öffnet am kommenden Dienstag und dauert bis Sonntag. Am Vortag "
            "verleiht die Ministerin einen Preis.",
            "de",
            [("Vortag", "2026-03-16")],
        ),
        # a range told in the past ends after its start as well
        (
            "Der Streik begann am Montag und dauerte bis Dienstag.",
            "de",
            [("Montag", "2026-03-09"), ("Dienstag", "2026-03-10")],
        ),
    ],
)
def test_a_weekday_ending_a_range_follows_its_start(
    text: str, language: str, found: list[tuple[str, str]]
) -> None:
    values = _values(text, language)
    assert all(pair in values for pair in found), values


@pytest.mark.parametrize(
    ("text", "language", "found"),
    [
        # a season "following" a date told is the next such season after that date
        (
            "Le 22 novembre 1975, la crue a emporté le pont. Il a été reconstruit l'automne "
            "suivant.",
            "fr",
            ("l'automne suivant", "1976-FA"),
        ),
        (
            "Le pont a été détruit en mai 1975 et reconstruit l'été suivant.",
            "fr",
            ("l'été suivant", "1975-SU"),
        ),
        (
            "Am 22. November 1975 stürzte die Brücke ein. Im folgenden Frühjahr wurde sie "
            "wieder aufgebaut.",
            "de",
            ("folgenden Frühjahr", "1976-SP"),
        ),
        (
            "Am 22. November 1975 stürzte die Brücke ein. Im Herbst darauf wurde sie "
            "wieder aufgebaut.",
            "de",
            ("Herbst darauf", "1976-FA"),
        ),
        (
            "The bridge collapsed on November 22, 1975. It was rebuilt the following autumn.",
            "en",
            ("the following autumn", "1976-FA"),
        ),
        # and a "previous" one the last such season before it
        (
            "The dam broke in May 1975; the previous winter had been dry.",
            "en",
            ("the previous winter", "1974-WI"),
        ),
    ],
)
def test_a_following_season_counts_from_the_date_told(
    text: str, language: str, found: tuple[str, str]
) -> None:
    assert found in _values(text, language)


@pytest.mark.parametrize(
    ("body", "event"),
    [
        # a year before a declined participle is one however long ago: its aside's happening
        (
            "Die 1887 gestiftete Sammlung gilt als eine der wertvollsten des Landes.",
            ("1887", "Die Sammlung wurde gestiftet"),
        ),
        (
            "Der 1850 verkaufte Turm wird am Montag für Besucher gesperrt.",
            ("1850", "Der Turm wurde verkauft"),
        ),
    ],
)
def test_german_years_long_ago_before_a_participle(
    tmp_path: Path, body: str, event: tuple[str, str]
) -> None:
    assert event in _events(tmp_path, body, DE_PUBLISHED)


def test_german_counts_before_a_plural_participle_stay_counts() -> None:
    assert _values("Die 1850 verletzten Menschen wurden versorgt.", "de") == []


@pytest.mark.parametrize(
    ("body", "header", "event"),
    [
        # a time expression whose own words hold a verb ("il y a") opens no clause after a
        # verb of saying: the clause goes on through it
        (
            "La direction a annoncé il y a deux semaines la suppression de 85 postes.",
            FR_PUBLISHED,
            ("2026-W09", "La direction a annoncé la suppression de 85 postes"),
        ),
        (
            "Le ministre a confirmé il y a trois jours la fermeture de la caserne.",
            FR_PUBLISHED,
            ("2026-03-08", "Le ministre a confirmé la fermeture de la caserne"),
        ),
        # a preposition after a comma opening a phrase with no verb is no clause: the date
        # before it dates the clause after it
        (
            "Le 22 novembre 1975, après trois jours de pluie, la rivière a emporté le pont.",
            FR_PUBLISHED,
            ("1975-11-22", "La rivière a emporté le pont"),
        ),
        (
            "Am 20. Januar 1986, nach tagelangem Regen, brach der Damm des Stausees.",
            DE_PUBLISHED,
            ("1986-01-20", "Der Damm des Stausees brach"),
        ),
    ],
)
def test_clauses_go_on_through_time_phrases(
    tmp_path: Path, body: str, header: str, event: tuple[str, str]
) -> None:
    assert event in _events(tmp_path, body, header)


@pytest.mark.parametrize(
    ("body", "aside", "main"),
    [
        # a participle opening the sentence with its own date is a happening of its own, a
        # passive told short, and the clause after it keeps its own date or none
        (
            "Rachetée en 2019 par un groupe belge, la brasserie avait perdu vingt emplois l'an "
            "dernier.",
            ("2019", "La brasserie a été rachetée par un groupe belge"),
            ("2025", "La brasserie avait perdu vingt emplois"),
        ),
        (
            "Adopté lundi par le conseil municipal, le budget prévoit une hausse des impôts.",
            ("2026-03-09", "Le budget a été adopté par le conseil municipal"),
            None,
        ),
        (
            "Vendues en 1890, les halles ont été rénovées en 2012.",
            ("1890", "Les halles ont été vendues"),
            ("2012", "Les halles ont été rénovées"),
        ),
    ],
)
def test_a_french_opening_participle_with_its_own_date(
    tmp_path: Path, body: str, aside: tuple[str, str], main: tuple[str, str] | None
) -> None:
    events = _events(tmp_path, body, FR_PUBLISHED)
    assert aside in events
    assert [e for e in events if e != aside] == ([main] if main else []), events


@pytest.mark.parametrize(
    "body",
    [
        # a figure set for a date after "d'ici" is the figure's deadline, no happening's date
        "La région prévoit 300 nouvelles places en crèche d'ici 2028.",
        "Le groupe veut supprimer 85 postes d'ici à 2027.",
    ],
)
def test_a_french_figure_by_a_date_is_no_happening_then(tmp_path: Path, body: str) -> None:
    assert not any(
        start.startswith(("2027", "2028")) for start, _ in _events(tmp_path, body, FR_PUBLISHED)
    )


@pytest.mark.parametrize(
    ("body", "aside"),
    [
        # an aside after a noun phrase with a complement tells of the phrase when the
        # participle agrees with its head noun
        (
            "Une réunion de conciliation, organisée mardi à la préfecture, a échoué.",
            ("2026-03-10", "Une réunion de conciliation a été organisée à la préfecture"),
        ),
        (
            "Le président du club, élu en 2019, a démissionné lundi.",
            ("2019", "Le président du club a été élu"),
        ),
        # ... and of nothing sure when it agrees with the complement alone
        ("Les ventes du nouveau modèle, lancé en mars, ont reculé.", None),
    ],
)
def test_a_french_aside_after_a_noun_with_a_complement(
    tmp_path: Path, body: str, aside: tuple[str, str] | None
) -> None:
    events = _events(tmp_path, body, FR_PUBLISHED)
    if aside is None:
        assert not any("a été lancé" in title for _, title in events), events
    else:
        assert aside in events


@pytest.mark.parametrize(
    ("body", "event"),
    [
        # a relative clause that closes on its verb, its pronoun its subject, is its
        # antecedent's happening told as a main clause, on its own date
        (
            "Der Anstoß kam durch eine Anzeige, die vor zwei Wochen bei der Polizei "
            "eingegangen war.",
            ("2026-W09", "Eine Anzeige war bei der Polizei eingegangen"),
        ),
        (
            "Die Polizei sucht den Mann, der am Montag aus dem Gefängnis geflohen war.",
            ("2026-03-09", "Der Mann war aus dem Gefängnis geflohen"),
        ),
        (
            "Der Bürgermeister lobte die Feuerwehr, die am Sonntag drei Menschen gerettet hatte.",
            ("2026-03-08", "Die Feuerwehr hatte drei Menschen gerettet"),
        ),
    ],
)
def test_a_german_relative_with_its_own_date(
    tmp_path: Path, body: str, event: tuple[str, str]
) -> None:
    assert event in _events(tmp_path, body, DE_PUBLISHED)


@pytest.mark.parametrize(
    "body",
    [
        # a relative whose pronoun is the object, or an owner's, gives no title it cannot
        # word ("Die Stadt eröffnete", "Bau abgeschlossen wurde")
        "Die Brücke, die die Stadt 1998 eröffnete, wird abgerissen.",
        "Das Museum zeigt eine Halle, deren Bau im Januar abgeschlossen wurde.",
        "Die Firma, deren Chef am Montag zurückgetreten war, sucht einen Nachfolger.",
    ],
)
def test_a_german_relative_it_cannot_word_gives_nothing(tmp_path: Path, body: str) -> None:
    assert _events(tmp_path, body, DE_PUBLISHED) == []


@pytest.mark.parametrize(
    ("body", "title"),
    [
        # a subject after its verb whose noun opens a name keeps the whole name
        (
            "Am Montag liest der Schweizer Autor Lukas Brand aus seinem Roman.",
            "Der Schweizer Autor Lukas Brand liest aus seinem Roman",
        ),
        (
            "Am Dienstag sprach der Lehrer Hans Berger vor dem Stadtrat.",
            "Der Lehrer Hans Berger sprach vor dem Stadtrat",
        ),
    ],
)
def test_a_german_subject_after_its_verb_keeps_its_name(
    tmp_path: Path, body: str, title: str
) -> None:
    assert any(t == title for _, t in _events(tmp_path, body, DE_PUBLISHED))


@pytest.mark.parametrize(
    ("text", "language", "kept"),
    [
        # a season after an indefinite article is a kind of season, not the calendar's: the
        # clause takes its own date
        (
            "Après un début d'automne pluvieux, les rivières ont débordé le 17 octobre.",
            "fr",
            [("le 17 octobre", "2025-10-17")],
        ),
        (
            "Nach einem nassen Herbst stiegen die Flüsse am 17. Oktober über die Ufer.",
            "de",
            [("17. Oktober", "2025-10-17")],
        ),
        ("After a harsh winter, the road reopened in April.", "en", [("April", "2026-04")]),
        # ... but the season of a happening it names stays a time ("a spring offensive")
        (
            "The army planned a spring offensive.",
            "en",
            [("spring", "2026-SP")],
        ),
    ],
)
def test_a_kind_of_season_is_no_date(text: str, language: str, kept: list[tuple[str, str]]) -> None:
    assert _values(text, language) == kept


@pytest.mark.parametrize(
    ("text", "language", "found"),
    [
        # a day a participle sets or moves a thing to lies ahead, whatever the tense
        ("L'affaire a été mise en délibéré au 9 janvier.", "fr", ("9 janvier", "2027-01-09")),
        ("Le procès a été fixé au 12 février.", "fr", ("12 février", "2027-02-12")),
        ("Das Urteil wurde auf den 9. Januar vertagt.", "de", ("9. Januar", "2027-01-09")),
        ("Die Sitzung ist auf Montag verschoben worden.", "de", ("Montag", "2026-03-16")),
        # ... but a range's end stays where the range is
        ("Le salon s'est tenu du 3 au 9 mars.", "fr", ("9 mars", "2026-03-09")),
    ],
)
def test_a_day_a_thing_is_moved_to_lies_ahead(
    text: str, language: str, found: tuple[str, str]
) -> None:
    published = datetime(2026, 11, 20) if "mars" not in text and "Montag" not in text else PUBLISHED
    assert found in [(t.text, t.value) for t in tag(text, published, language)]


def test_a_year_in_an_aside_running_past_its_date_sets_no_story() -> None:
    # the aside's year is the nomination's, told in passing: a later bare date is the news's
    text = (
        "La présidente, nommée en mai 2026 au conseil, a annoncé qu'elle convoquerait le "
        "bureau le 4 décembre."
    )
    assert ("le 4 décembre", "2031-12-04") in [
        (t.text, t.value) for t in tag(text, datetime(2031, 11, 20), "fr")
    ]


@pytest.mark.parametrize(
    ("body", "header", "events"),
    [
        # "but" with a subject and a verb of its own opens a clause with its own date
        (
            "Im Mai 1961 hatten Anwohner Lärm gemeldet, doch die Behörde lehnte im Juli "
            "desselben Jahres jede Prüfung ab.",
            DE_PUBLISHED,
            [
                ("1961-05", "Anwohner hatten Lärm gemeldet"),
                ("1961-07", "Die Behörde lehnte jede Prüfung ab"),
            ],
        ),
        (
            "En mai 1961, des habitants avaient signalé du bruit, mais la mairie a refusé toute "
            "enquête en juillet de la même année.",
            FR_PUBLISHED,
            [
                ("1961-05", "Des habitants avaient signalé du bruit"),
                ("1961-07", "La mairie a refusé toute enquête"),
            ],
        ),
        # and a part of the day in a sentence that looked back a day is that day's
        (
            "Am 20. Januar 1986 brach der Damm. Schon am Vortag hatten Anwohner Risse bemerkt, "
            "doch die Räumung der Straßen wurde erst am Abend angeordnet.",
            DE_PUBLISHED,
            [
                ("1986-01-20", "Der Damm brach"),
                ("1986-01-19", "Anwohner hatten Risse bemerkt"),
                ("1986-01-19TEV", "Die Räumung der Straßen wurde angeordnet"),
            ],
        ),
    ],
)
def test_but_opens_a_clause_of_its_own(
    tmp_path: Path, body: str, header: str, events: list[tuple[str, str]]
) -> None:
    assert _events(tmp_path, body, header) == events


@pytest.mark.parametrize(
    ("body", "events"),
    [
        # "als" opening a clause after a comma is "when", no comparison's baseline
        (
            "Es war gegen vier Uhr, als am 3. März 1962 der Damm bei Erlenau brach.",
            [("1962-03-03", "Der Damm brach bei Erlenau")],
        ),
        # ... and after the word it compares it is one ("höher als im Vorjahr")
        ("Die Preise stiegen stärker als im Vorjahr.", []),
    ],
)
def test_german_als_opening_a_clause_is_no_comparison(
    tmp_path: Path, body: str, events: list[tuple[str, str]]
) -> None:
    assert _events(tmp_path, body, DE_PUBLISHED) == events


@pytest.mark.parametrize(
    ("header", "published"),
    [
        # a byline after the printed date is no part of it
        ("Publié le 03/05/2031 à 07h00 | Par Anne Roy", "2031-05-03T07:00"),
        ("Veröffentlicht am 03.05.2031, 07:00 Uhr · Von Anna Roth", "2031-05-03T07:00"),
        ("Par Claire Dumas • Publié le 09/04/2026 à 18h32", "2026-04-09T18:32"),
    ],
)
def test_a_printed_date_with_a_byline_after_it(tmp_path: Path, header: str, published: str) -> None:
    path = tmp_path / "article.txt"
    path.write_text(f"Le titre\n\n{header}\n\nLe maire a démissionné lundi.\n", encoding="utf-8")
    document = read_article(path)
    assert (document.published, document.published_source) == (published, "header")


@pytest.mark.parametrize(
    ("body", "events"),
    [
        # a subordinate clause writing a separable verb's particle on: its verb, told as a
        # main clause with the particle at the end
        (
            "Als am 5. März 1962 die Flut zurückging, kehrten die Bewohner heim.",
            [("1962-03-05", "Die Flut ging zurück"), ("1962-03-05", "Die Bewohner kehrten heim")],
        ),
        (
            "Nachdem die Gemeinde am Montag den Notstand ausrief, kam die Armee.",
            [("2026-03-09", "Die Gemeinde rief den Notstand aus")],
        ),
        # a clause opening on its verb before a comma is a condition with no "wenn"
        (
            "Scheitern die Gespräche, will der Verband im Juni neu verhandeln lassen.",
            [("2026-06", "Der Verband will neu verhandeln lassen")],
        ),
    ],
)
def test_german_subordinate_clauses_read_as_a_reader_does(
    tmp_path: Path, body: str, events: list[tuple[str, str]]
) -> None:
    found = _events(tmp_path, body, DE_PUBLISHED)
    assert all(e in found for e in events), found


def test_a_title_drops_a_second_verb_whose_date_went(tmp_path: Path) -> None:
    body = "Die Buchtage öffnen am kommenden Dienstag ihre Tore und dauern bis Sonntag."
    assert ("2026-03-17", "Die Buchtage öffnen ihre Tore") in _events(tmp_path, body, DE_PUBLISHED)


def test_a_german_colon_before_a_year_opens_a_clause(tmp_path: Path) -> None:
    body = "Das letzte Hochwasser ist lange her: 2011 hatte der Fluss die Altstadt überflutet."
    assert _events(tmp_path, body, DE_PUBLISHED) == [
        ("2011", "Der Fluss hatte die Altstadt überflutet")
    ]


def test_a_french_aside_participle_is_no_clause_verb(tmp_path: Path) -> None:
    # the clause's verb is after the aside; the aside's participle alone is none
    body = "Le gérant, détenu depuis le 3 mars à Tours, conteste les faits."
    assert not any("détenu à Tours" in t for _, t in _events(tmp_path, body, FR_PUBLISHED))


def test_a_french_participle_after_an_adverb_in_its_verb_group_stays(tmp_path: Path) -> None:
    body = "Un cycliste a été grièvement blessé en février sur le pont."
    assert ("2026-02", "Un cycliste a été grièvement blessé sur le pont") in _events(
        tmp_path, body, FR_PUBLISHED
    )


@pytest.mark.parametrize(
    ("body", "header"),
    [
        # the earliest a thing may come is no date of it
        (
            "Mit einer Anklage ist nach Einschätzung der Ermittler nicht vor Ende des Jahres "
            "zu rechnen.",
            DE_PUBLISHED,
        ),
        ("Le verdict n'est pas attendu avant la fin de l'année.", FR_PUBLISHED),
    ],
)
def test_not_before_a_date_is_no_happening_then(tmp_path: Path, body: str, header: str) -> None:
    assert _events(tmp_path, body, header) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a clock time in hours with its part of the day is one time, after noon when it says
        ("Le feu a pris vers 2 heures du matin.", ("2 heures du matin", "2026-03-11T02:00")),
        ("La réunion a eu lieu à 8 heures du soir.", ("8 heures du soir", "2026-03-11T20:00")),
        (
            "Il est arrivé à 3 heures de l'après-midi.",
            ("3 heures de l'après-midi", "2026-03-11T15:00"),
        ),
    ],
)
def test_a_french_clock_time_with_its_part_of_the_day(text: str, found: tuple[str, str]) -> None:
    assert found in _values(text, "fr")


def test_a_french_infinitive_after_a_preposition_is_no_subject(tmp_path: Path) -> None:
    body = (
        "Deux hommes ont été placés en garde à vue mardi soir, avant d'être relâchés le lendemain."
    )
    titles = [t for _, t in _events(tmp_path, body, FR_PUBLISHED)]
    assert "Deux hommes ont été placés en garde à vue" in titles
    assert not any(t.startswith("D'être") for t in titles), titles


def test_a_german_clause_resumed_after_a_relative_keeps_its_subject(tmp_path: Path) -> None:
    body = "Die Gesellschaft, die die Bahn seit 2002 führt, ließ das Seil am Samstag austauschen."
    assert ("2026-03-07", "Die Gesellschaft ließ das Seil austauschen") in _events(
        tmp_path, body, DE_PUBLISHED
    )


def test_a_french_partitive_article_opens_a_subject(tmp_path: Path) -> None:
    body = "Samedi, d'anciens mineurs se retrouveront au musée."
    assert any(t.startswith("D'anciens mineurs") for _, t in _events(tmp_path, body, FR_PUBLISHED))


@pytest.mark.parametrize(
    ("body", "event"),
    [
        # a relative's antecedent keeps its article, a separable verb its particle at the end,
        # and its weekday the tense of its own verbs
        (
            "Das Fest organisiert ein Verein, der sich 2004 gegründet hat.",
            ("2004", "Ein Verein hat sich gegründet"),
        ),
        (
            "Der Preis geht an Petra Lange, die am Montag ihr Buch vorstellte.",
            ("2026-03-09", "Petra Lange stellte ihr Buch vor"),
        ),
        (
            "Die Stadt ehrt die Retter, die am Montag kommen werden.",
            ("2026-03-16", "Die Retter werden kommen"),
        ),
    ],
)
def test_german_relatives_keep_their_words_and_tense(
    tmp_path: Path, body: str, event: tuple[str, str]
) -> None:
    assert event in _events(tmp_path, body, DE_PUBLISHED)
