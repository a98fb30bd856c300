"""Spanish and French news shapes of session 33's probe, each in sentences of our own.

An age set off by commas after a masculine subject ("El alcalde, de 60 años, dimitió"), read as
a fronted "El lunes, …"; French "président" read as the verb "présider"; a pronominal verb of
saying ("El incendio se declaró", "s'est déclaré": a fire broke out) read as a saying with
nothing said; a future before a month already gone this year dated that month; a French future
with a past participle ("sera fermé en avril") put a year back as a past; a fronted infinitive
("Tras dejar …, ", "Après avoir quitté …, ") lending its date to the main clause; the article
glued to French "qu'" lost from the subject ("qu'un homme" → "Homme"); Spanish "cuyos",
"cuyas" unknown, and the noun after "cuyo" titled bare ("Obras empezaron"); "ce dimanche" after a past put
on the coming Sunday; Spanish "renovó el lunes su contrato" read as a trade's term, and
"renovó su contrato hasta 2028" dated 2028; a plan's participle aside ("prevista para el
20 de marzo") titled as a happening; a list of three days dated on its middle one; "Hace hoy
diez años" read as today, "Il y a dix ans jour pour jour" leaving "Jour pour jour" in the title.
"""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of

PUBLISHED = "2025-03-12"  # a Wednesday


@pytest.mark.parametrize(
    ("language", "text", "checks"),
    [
        # an age between commas is the subject's aside, not a fronted phrase
        (
            "es",
            "El exalcalde, de 81 años, falleció el martes en su casa de Tudela.",
            [("title", "El exalcalde falleció en su casa de Tudela", "2025-03-11")],
        ),
        (
            "es",
            "El conductor, de 29 años, fue detenido el lunes en Albacete.",
            [("title", "El conductor fue detenido en Albacete", "2025-03-10")],
        ),
        (
            "fr",
            "Le batelier, 74 ans, est mort dimanche à Roanne.",
            [("title", "Le batelier est mort à Roanne", "2025-03-09")],
        ),
        (  # (guard) a span of hours after a fronted day is no age
            "es",
            "El lunes, de 9 a 14 horas, se cortará el agua en el barrio.",
            [("has", "2025-03-17")],
        ),
        # French "président" is a noun after an adjective, not "présider"
        (
            "fr",
            "L'ancien président du club a démissionné mardi.",
            [("title", "L'ancien président du club a démissionné", "2025-03-11")],
        ),
        (
            "fr",
            "L'ancien président de la chambre, âgé de 88 ans, est décédé lundi à Vannes.",
            [("title", "L'ancien président de la chambre est décédé à Vannes", "2025-03-10")],
        ),
        # a pronominal "declararse" / "se déclarer": a fire broke out, nothing was said
        (
            "es",
            "El incendio se declaró el domingo en una nave de Alcantarilla.",
            [("title", "El incendio se declaró en una nave de Alcantarilla", "2025-03-09")],
        ),
        (
            "fr",
            "Le feu, qui s'est déclaré samedi soir, a détruit trois chalets.",
            [("title", "Le feu s'est déclaré", "2025-03-08TEV")],
        ),
        (  # (guard) the saying itself is still one
            "fr",
            "La juge a déclaré lundi que le dossier serait renvoyé.",
            [("title", "La juge a déclaré que le dossier serait renvoyé", "2025-03-10")],
        ),
        # a future before a month already gone this year dates nothing (as in English)
        (
            "es",
            "Las obras del polideportivo comenzarán en enero.",
            [("not", "2025-01")],
        ),
        (
            "fr",
            "Le chantier du gymnase débutera en février.",
            [("not", "2025-02")],
        ),
        (  # (guard) a month ahead stays
            "es",
            "La piscina municipal abrirá en junio.",
            [("title", "La piscina municipal abrirá", "2025-06")],
        ),
        # a French future with a participle is no past a year back
        (
            "fr",
            "La passerelle sera démolie en avril.",
            [("title", "La passerelle sera démolie", "2025-04")],
        ),
        (
            "fr",
            "Le gymnase, bâti en 1968, sera rasé en avril.",
            [("title", "Le gymnase sera rasé", "2025-04"), ("not", "2024-04")],
        ),
        # a fronted infinitive's date is its own, not the main clause's
        (
            "es",
            "Tras dejar el banco en 2011, Marta Gil abrió una librería.",
            [("not", "2011")],
        ),
        (
            "fr",
            "Après avoir quitté l'armée en 2009, Luc Ferrand a repris une ferme.",
            [("not", "2009")],
        ),
        (
            "fr",
            "Après avoir gagné la coupe en 2016, l'équipe a été reléguée trois ans plus tard.",
            [("title", "L'équipe a été reléguée", "2019"), ("not", "2016")],
        ),
        (  # (guard) a fronted phrase with no infinitive still dates the clause
            "es",
            "Tras la derrota del domingo, el entrenador dimitió el lunes.",
            [("title", "El entrenador dimitió", "2025-03-10")],
        ),
        # the article glued to French "qu'" opens the subject
        (
            "fr",
            "Le parquet a indiqué qu'une information judiciaire a été ouverte vendredi.",
            [("title", "Une information judiciaire a été ouverte", "2025-03-07")],
        ),
        (
            "fr",
            "Les pompiers sont intervenus après qu'un camion a pris feu lundi.",
            [("title", "Un camion a pris feu", "2025-03-10")],
        ),
        # Spanish "cuyo": its plural closes the relative, and the owned noun takes its article
        # and its owner
        (
            "es",
            "El auditorio, cuyas butacas se cambiaron en 2019, reabrirá en octubre.",
            [
                ("title", "Las butacas del auditorio se cambiaron", "2019"),
                ("title", "El auditorio reabrirá", "2025-10"),
            ],
        ),
        (
            "es",
            "Pilar Ordás, cuyo abuelo abrió la farmacia en 1931, la traspasó el lunes a su"
            " sobrina.",
            [("title", "El abuelo de Pilar Ordás abrió la farmacia", "1931")],
        ),
        # a weekday of the publication week on the side its tense says
        (
            "fr",
            "La fédération a désigné ce dimanche son nouveau sélectionneur.",
            [("title", "La fédération a désigné son nouveau sélectionneur", "2025-03-09")],
        ),
        (
            "fr",
            "Ce samedi, les bénévoles ont nettoyé les berges de la Vilaine.",
            [("has", "2025-03-08"), ("not", "2025-03-15")],
        ),
        (  # (guard) a future keeps the coming day
            "fr",
            "La fédération désignera ce dimanche son nouveau sélectionneur.",
            [("has", "2025-03-16")],
        ),
        # Spanish: a weekday before "su contrato" is the renewal's, and "hasta" a term's end
        (
            "es",
            "La portera renovó el viernes su contrato con el club.",
            [("title", "La portera renovó su contrato con el club", "2025-03-07")],
        ),
        (
            "es",
            "El base prorrogó su contrato hasta 2029.",
            [("not", "2029")],
        ),
        (  # (guard) a closure until a day keeps that day as read
            "es",
            "El Gobierno amplió el martes las ayudas hasta el 30 de junio.",
            [("has", "2025-03-11")],
        ),
        # Spanish "frente a" is a place unless a figure stands by it
        (
            "es",
            "Unos 200 jubilados se manifestaron el jueves frente a la sede de la consejería.",
            [("title", "Unos 200 jubilados se manifestaron frente a la sede", "2025-03-06")],
        ),
        (  # (guard) a comparison of figures is still cut
            "es",
            "Las matriculaciones crecieron en febrero un 7% frente al 2% de enero.",
            [("no-title", "frente")],
        ),
        # a plan's participle set off by commas is no happening ("prevista para", "prévue le")
        (
            "es",
            "La regata, prevista para el 29 de marzo, ha sido cancelada.",
            [("none",)],
        ),
        (
            "fr",
            "La braderie, prévue le 29 mars, a été annulée.",
            [("none",)],
        ),
        # a list of three days before a month opens on its first day
        (
            "fr",
            "Les fêtes maritimes se tiendront les 8, 9 et 10 août à Paimpol.",
            [("has", "2025-08-08"), ("not", "2025-08-09"), ("no-title-ending", "les 8")],
        ),
        (
            "es",
            "Las jornadas se celebrarán los días 8, 9 y 10 de agosto en Laredo.",
            [("has", "2025-08-08"), ("not", "2025-08-09"), ("no-title", "los días")],
        ),
        # an anniversary's "hoy" / "jour pour jour" inside the count back
        (
            "es",
            "Hace hoy veinte años, la mina de Fabero apagó sus hornos.",
            [("title", "La mina de Fabero apagó sus hornos", "2005"), ("not", "2025-03-12")],
        ),
        (
            "fr",
            "Il y a vingt ans jour pour jour, la mine de Carmaux fermait ses puits.",
            [("title", "La mine de Carmaux fermait ses puits", "2005")],
        ),
    ],
)
def test_esfr33_probe(language: str, text: str, checks: list[tuple[str, ...]]) -> None:
    check_events(events_of(text, language, PUBLISHED), checks)
