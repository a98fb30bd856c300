"""Helper fx's classes of #16 (German, Ukrainian, Spanish), each in sentences of our own."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of

PUBLISHED = "2026-03-11"  # a Wednesday


def _events(text: str, language: str):
    return events_of(text, language, PUBLISHED)


@pytest.mark.parametrize(
    ("language", "text", "checks"),
    [
        # German: "den"/"dem" after a comma open a relative clause with a subject of its own,
        # told as that subject's act; the main clause does not take its date
        (
            "de",
            "Die Zeitung lobte den Plan, den der Stadtrat am Montag in Meran vorlegte.",
            [
                ("title", "Der Stadtrat legte den Plan in Meran vor"),
                ("not-title", "Die Zeitung lobte den Plan"),
                ("dated", "2026-03-09"),
            ],
        ),
        (
            "de",
            "Viel Kritik gab es am Gutachten, den der Verband gestern in Bozen veröffentlichte.",
            [("title", "Der Verband veröffentlichte in Bozen", "2026-03-10")],
        ),
        # ... but "dem" before a figure is a day's article after its weekday
        (
            "de",
            "Am Freitag, dem 6. März, unterschrieb die Gemeinde den neuen Vertrag.",
            [("title", "Die Gemeinde unterschrieb den neuen Vertrag", "2026-03-06")],
        ),
        # after "die" either noun phrase may be the subject: no title guesses which
        (
            "de",
            "Die Polizei sucht einen Mann, die die Kasse am Montag geleert hat.",
            [("no-title", "Die Kasse hat")],
        ),
        # a relative's antecedent ends on a noun, never on a separable verb's particle
        (
            "de",
            "Der Bürgermeister hob die Rolle hervor, die der Verein im Mai 1990 übernahm.",
            [("no-title", "hervor")],
        ),
        (
            "de",
            "Die Bank hat eine Firma gekauft, die im März 2015 gegründet wurde.",
            [("no-title", "gekauft wurde")],
        ),
        # Ukrainian: "помер", the masculine past of "-мерти", has no "-в"
        (
            "uk",
            "Відомий художник Петро Гнатюк помер 7 березня у Львові.",
            [("title", "помер", "2026-03-07")],
        ),
        # ... not "мер", the mayor
        (
            "uk",
            "Мер міста 5 березня відкрив новий парк.",
            [("title", "Мер міста відкрив новий парк", "2026-03-05")],
        ),
        # Russian: a plural noun in "-ты" after a consonant is no short participle; it stays
        # in its subject when the date follows it
        (
            "ru",
            "Американские студенты 4 марта посетили Эрмитаж.",
            [("title", "Американские студенты посетили Эрмитаж", "2026-03-04")],
        ),
        ("ru", "Мост был закрыт 3 марта.", [("title", "Мост был закрыт", "2026-03-03")]),
        # Spanish: a subject's aside with no verb, set off by commas before the verb, is not
        # the subject ("El avión, procedente de …, aterrizó")
        (
            "es",
            "El tren de Valencia, procedente de Bilbao, llegó ayer con tres horas de retraso.",
            [("title", "El tren de Valencia llegó", "2026-03-10"), ("no-title", "Procedente")],
        ),
        (
            "es",
            "La ciclista Ana Gil, campeona de España, ganó ayer la etapa en Soria.",
            [("title", "La ciclista Ana Gil ganó la etapa", "2026-03-10")],
        ),
        # ... but a fronted day stays fronted
        (
            "es",
            "El martes, según la policía, el ladrón huyó en moto.",
            [("no-title", "El martes")],
        ),
        # Spanish: a title's words reaching a lone comma do not break the reading (the
        # dictionary was asked for the empty word and the whole article failed)
        (
            "es",
            "Los jueces estudian la grave avería que dejó sin luz el barrio de Sevilla la última "
            "semana, tras volver hoy, miércoles, la calma.",
            [("title", "La grave avería dejó sin luz", "2026-03-11")],
        ),
    ],
)
def test_fx_classes(language: str, text: str, checks: list[tuple[str, ...]]) -> None:
    check_events(_events(text, language), checks)
