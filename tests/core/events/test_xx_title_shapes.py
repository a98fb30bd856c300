"""Foreign titles that did not parse (session 32, titles-xx), each shape in sentences of our
own with the title a reader should get: German word order around a subject after its verb
and a participle inside a noun phrase, a German "sein" that closes the verbs, a Spanish
relative whose verb follows its pronoun, and the two commas a dropped date leaves behind."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of

CASES = [
    # German: a participle inflected before its noun is no finite verb of the clause
    (
        "participle-in-noun-phrase",
        "de",
        "Nachdem die neu gewählte Rätin am Montag ihr Amt niedergelegt hatte, tagte der Rat.",
        [("title", "Die neu gewählte Rätin hatte ihr Amt niedergelegt")],
    ),
    (
        "participle-after-phrase",
        "de",
        "Nachdem das in Kiel ansässige Reisebüro am Montag Insolvenz angemeldet hatte, "
        "verloren 40 Menschen ihre Arbeit.",
        [
            ("title", "Das in Kiel ansässige Reisebüro hatte Insolvenz angemeldet"),
            ("no-title", "Reisebüro Insolvenz hatte"),
        ],
    ),
    (
        "wie-clause-participle",
        "de",
        "Wie der im MDax gelistete Anlagenbauer am Freitag mitteilte, sank der Auftragseingang.",
        [("no-title", "teilte gelistete"), ("no-title", "gelistete Anlagenbauer mitteilte")],
    ),
    (
        "finite-verb-after-subject",
        "de",
        "Der Kreistag genehmigte am Montag Gelder für eine neue Turnhalle.",
        [("title", "Der Kreistag genehmigte Gelder für eine neue Turnhalle")],
    ),
    # German: a bare noun's "von"/"für" phrase stays with a subject that follows the verb
    (
        "von-phrase-after-inverted-subject",
        "de",
        "Bereits letzte Woche hatten Angestellte von Bibliotheken und Museen in mehreren "
        "bayerischen Städten die Arbeit niedergelegt.",
        [("title", "Angestellte von Bibliotheken und Museen hatten die Arbeit niedergelegt")],
    ),
    (
        "fuer-phrase-and-particle",
        "de",
        "Am Montag teilte das Amt für Denkmalpflege mit, dass die Kapelle saniert wird.",
        [("title", "Das Amt für Denkmalpflege teilte mit, dass die Kapelle saniert wird")],
    ),
    (
        "passive-von-is-the-doer",
        "de",
        "Am Montag wurde der Taschendieb von Passanten gestellt.",
        [("title", "Der Taschendieb wurde von Passanten gestellt")],
    ),
    (
        "von-phrase-the-verb-takes",
        "de",
        "Am Montag hatten Händler von Touristen profitiert.",
        [("no-title", "Händler von Touristen hatten")],
    ),
    (
        "particle-of-saying-kept",
        "de",
        "Am Freitag teilte der Stadtkämmerer mit, dass die Grundsteuer steigt.",
        [("title", "Der Stadtkämmerer teilte mit, dass die Grundsteuer steigt")],
    ),
    # German: a company's legal form stays with its name after the verb
    (
        "legal-form",
        "de",
        "Am Montag haben Mitarbeiter der Nordkäse GmbH die Arbeit niedergelegt.",
        [("title", "Mitarbeiter der Nordkäse GmbH haben die Arbeit niedergelegt")],
    ),
    # German: a federal minister's title is a role, the name the subject
    (
        "federal-minister-role",
        "de",
        "Am Dienstag wird Bundesgesundheitsministerin Clara Wendt in der Klinik erwartet.",
        [("title", "Clara Wendt wird in der Klinik erwartet")],
    ),
    (
        "managing-director-role",
        "de",
        "Geschäftsführer Thomas Brenner kündigte an, bis Ende März sieben Filialen zu "
        "schließen, darunter die Häuser in Kiel, Lübeck und Husum.",
        [
            ("title", "Brenner kündigte an, sieben Filialen zu schließen", "2024-03"),
            ("no-title-ending", "darunter"),
        ],
    ),
    # German: "sein" that closes the verbs after a hypothesis is a verb, not "his"
    (
        "closing-sein",
        "de",
        "Ein Gutachten der Hochschule hatte gewarnt, dass der Gletscher ohne Schutz bis 2040 "
        "verschwunden sein könnte.",
        [("title", "Der Gletscher könnte ohne Schutz verschwunden sein", "2040")],
    ),
    (
        "possessive-sein-still-dangles",
        "de",
        "Die Autorin stellte am Montag sein Buch vor.",
        [("title", "Die Autorin stellte sein Buch vor")],
    ),
    # Spanish: a relative whose verb follows its pronoun ends before the main verb
    (
        "bare-relative-verb",
        "es",
        "La fundación que creó prepara un concierto sobre su música para el otoño de 2025.",
        [("title", "La fundación prepara un concierto sobre su música", "2025-FA")],
    ),
    (
        "relative-verb-and-noun-object",
        "es",
        "La cooperativa que creó empleo en 2020 cerró el año pasado.",
        [("no-title", "creó empleo cerró")],
    ),
    # Spanish: a participle after a preposition is the verb's complement, not a noun's
    (
        "participle-complement",
        "es",
        "Los guardas del parque daban anoche el fuego por controlado, aunque no extinguido.",
        [("title", "Los guardas del parque daban el fuego por controlado")],
    ),
    # Spanish: a figure's level between commas is no aside to leave out
    (
        "figure-level-not-an-aside",
        "es",
        "En la Bolsa de Lima, la acción de Minera Andes subió hoy un 4,1%, a 8,20 soles, su "
        "mejor nivel en dos años.",
        [("no-title", "4,1% su mejor")],
    ),
    # Russian: "к концу" goes with its date
    (
        "end-of-year-ru",
        "ru",
        "Губернатор пообещал, что новый мост будет построен к концу 2026 года.",
        [("title", "Новый мост будет построен", "2026"), ("no-title", "к концу")],
    ),
    # Russian, Ukrainian: a sentence that opens on how long ago, then a comma: its subject
    # comes after the commas, not the "ago" phrase
    (
        "ago-front-ru",
        "ru",
        "Полвека назад, в мае 1973 года, группа геологов нашла в горах золото.",
        [("title", "Группа геологов нашла в горах золото", "1973-05")],
    ),
    (
        "ago-front-uk",
        "uk",
        "Пів століття тому, 12 травня 1973 року, група геологів знайшла в горах золото.",
        [("title", "Група геологів знайшла в горах золото", "1973-05-12")],
    ),
    # French and Russian: the commas around a dropped date go with it
    (
        "empty-aside-fr",
        "fr",
        "Lucie devint ainsi, en 1961, la première femme élue maire du village.",
        [("title", "Lucie devint ainsi la première femme élue maire du village", "1961")],
    ),
    (
        "empty-aside-ru",
        "ru",
        "По словам мастера, в тот раз, в декабре, сломался насос в котельной.",
        [("no-title", ",,")],
    ),
]


@pytest.mark.parametrize(
    ("language", "text", "checks"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_foreign_title_shapes(language: str, text: str, checks: list[tuple[str, ...]]) -> None:
    check_events(events_of(text, language, "2024-03-05"), checks)
