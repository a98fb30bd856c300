"""fres2: French and Spanish stories, in invented sentences.

- A modified unit with its article alone ("à la fin du mois", "a finales de año") in a story
  long past is the story's month or year, as "the end of the month" is in English; "au début
  de l'année suivante" / "a principios del año siguiente" the year after it; "la fin du mois
  prochain" and "début du mois dernier" keep their word, whatever the story.
- A yearless date that names its weekday ("el jueves 13 de octubre") belongs to the year
  where that weekday falls, the publication's, when the story's year does not fit it.
- French historical present: a date long past told with a present of a timetable ("Le
  déclic arrive en 2006") is the story's time, not a plan; "deux ans plus tard" counts from it.
- Spanish "…, y al año siguiente empezó …": the fronted anaphor opens a clause of its own.
- "el lunes de la semana pasada", "lundi de la semaine dernière": last week's Monday, not
  the latest Monday.
- "el peaje se cobrará al día siguiente de la inauguración": the day after a happening
  still ahead, which no date gives; not the day after the last date told.
"""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of


@pytest.mark.parametrize(
    ("language", "published", "text", "checks"),
    [
        (
            "fr",
            "2019-06-12",
            "Le 4 avril 1968, la préfète Odile Varenne ordonne l'évacuation du vallon. Les"
            " pompiers ont relogé 120 familles à la fin du mois.",
            [("title", "relogé", "1968-04"), ("not", "2019-06")],
        ),
        (
            "fr",
            "2019-06-12",
            "Le 4 avril 1968, la préfète Odile Varenne ordonne l'évacuation du vallon. Au début"
            " de l'année suivante, le barrage de la Sorgette est reconstruit.",
            [("title", "barrage", "1969"), ("not", "2019")],
        ),
        (
            "fr",
            "2019-06-12",
            "La coopérative de Lurbe a voté son budget lundi. Le bilan sera publié à la fin du"
            " mois prochain.",
            [("title", "bilan", "2019-07")],
        ),
        (
            "fr",
            "2019-06-12",
            "Le chantier de la passerelle de Lurbe a pris du retard au début du mois dernier.",
            [("title", "chantier", "2019-05")],
        ),
        (
            "es",
            "2016-10-20",
            "El 9 de mayo de 1981, el alcalde Tomás Urquiza inauguró la lonja de Bermeo. A"
            " finales de año, la cofradía ya había vendido 4.000 toneladas de bonito.",
            [("title", "vendido", "1981"), ("not", "2016")],
        ),
        (
            "es",
            "2016-10-20",
            "El 9 de mayo de 1981, el alcalde Tomás Urquiza inauguró la lonja de Bermeo. A"
            " principios del año siguiente, la cofradía compró dos barcos.",
            [("title", "compró", "1982"), ("not", "2016")],
        ),
        (
            "es",
            "2016-10-20",
            "Cuando Lucía Arrieta abrió su taller de cerámica en marzo de 2009, el barrio no"
            " tenía ni una tienda. La feria anunció sus premios el jueves 13 de octubre en una"
            " gala en Vitoria.",
            [("title", "premios", "2016-10-13"), ("not", "2009-10-13")],
        ),
        (
            "fr",
            "2021-03-09",
            "En 1999, Bastien Ollier rentre à Annecy et fonde un atelier de lutherie. Le déclic"
            " arrive en 2006, quand un quatuor de Vienne lui commande quatre violons. Le premier"
            " instrument, livré deux ans plus tard, est joué au Musikverein.",
            [("title", "livré", "2008"), ("not", "2001")],
        ),
        (
            "fr",
            "2021-03-09",
            "En 1999, la mairie d'Ancelle présente une ligne de télécabine. Elle doit ouvrir"
            " en 2004. Deux ans plus tard, le projet est abandonné.",
            [("not", "2006")],
        ),
        (
            "es",
            "2016-10-20",
            "Iker Balda creció en Soria. En 2004 abandonó la facultad para aprender carpintería"
            " en Tolosa, y al año siguiente empezó como aprendiz en un astillero de"
            " Pasaia.",
            [("title", "aprendiz", "2005"), ("title", "carpintería", "2004")],
        ),
        (
            "es",
            "2021-05-10",
            "El 3 de febrero de 1981, una riada arrasó Villarejo de Tajo. El juicio por la"
            " presa comienza el lunes 14 de junio en Toledo.",
            [("not", "1981-06-14")],
        ),
        (
            "es",
            "2023-05-17",
            "La junta vecinal de Torrelobos aprobó el plan de caminos el lunes de la semana"
            " pasada.",
            [("title", "plan de caminos", "2023-05-08"), ("not", "2023-05-15")],
        ),
        (
            "fr",
            "2023-05-17",
            "Le syndicat des eaux de Brévine a adopté son budget lundi de la semaine dernière.",
            [("title", "budget", "2023-05-08"), ("not", "2023-05-15")],
        ),
        (
            "es",
            "2023-05-17",
            "La diputación de Orduña adjudicó el lunes la autopista del valle. El peaje se"
            " cobrará al día siguiente de la inauguración del último tramo, a finales de junio.",
            [("title", "peaje", "2023-06"), ("not", "2023-05-16")],
        ),
        (
            "es",
            "2023-05-17",
            "El pleno de Torrelobos votó el martes la ordenanza de ruidos. Al día siguiente de"
            " la votación, el concejal Íñigo Salaberri dimitió.",
            [("title", "dimitió", "2023-05-17")],
        ),
    ],
)
def test_fres2_story_classes(
    language: str, published: str, text: str, checks: list[tuple[str, ...]]
) -> None:
    check_events(events_of(text, language, published), checks)
