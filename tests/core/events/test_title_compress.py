"""A long title drops what a headline drops before it is cut: a time phrase in its middle
("on March 3") and who says so ("according to …,"), so that the point at its end stays;
never a year that names a thing, a date a verb governs, or a phrase that ends another
clause."""

from __future__ import annotations

import pytest

from core import lang
from core.events.title_compress import compressed
from core.events.titles import headline
from tests.core.events.articles import check_events, events_of

PUBLISHED = "2024-03-01"  # a Friday


@pytest.mark.parametrize(
    ("subject", "predicate", "language", "title"),
    [
        (
            "The parish council",
            "will decide on March 12 whether to sell the old fire station to the rowing club",
            "en",
            "The parish council will decide whether to sell the old fire station",
        ),
        (
            "Die Stadtwerke",
            "haben am vergangenen Dienstag in der Innenstadt die neue Ladestation für"
            " Elektrobusse eröffnet",
            "de",
            "Die Stadtwerke haben die neue Ladestation für Elektrobusse eröffnet",
        ),
        (
            "El pleno del ayuntamiento",
            "votará el próximo martes la venta del antiguo cuartel de bomberos al club de remo",
            "es",
            "El pleno del ayuntamiento votará la venta del antiguo cuartel",
        ),
        # who says so goes too, set off by its commas
        (
            "The regional burns unit",
            "treated, according to figures from the health ministry, 340 patients with smoke"
            " injuries",
            "en",
            "The regional burns unit treated 340 patients with smoke injuries",
        ),
        (
            "La préfecture",
            "a évacué, selon les pompiers du département, près de 300 habitants des hameaux"
            " voisins",
            "fr",
            "La préfecture a évacué près de 300 habitants des hameaux voisins",
        ),
        # a year that says which election stays with it; a title that fits is left alone
        (
            "The Green list",
            "won the 2019 election in the three northern provinces by a margin of nine seats",
            "en",
            "The Green list won the 2019 election in the three northern provinces",
        ),
        (
            "The brewery",
            "raised its dividend to twelve crowns from ten crowns on 2023 earnings after a record"
            " summer",
            "en",
            "The brewery raised its dividend to twelve crowns from ten crowns",
        ),
        # the drop would join a pair no cut may split: the title cut without it keeps more
        (
            "The franchise deals",
            "provide for the launch of at least 40 kiosks in the next 18 months and the refit of"
            " older outlets",
            "en",
            "The franchise deals provide for the launch of at least 40 kiosks",
        ),
        # a time going on in a form not read ("1986/June") stays whole
        (
            "The mill",
            "has already milled 9 to 10 mln tonnes of rye in the July 2022/June 2023 season,"
            " mostly for export",
            "en",
            "The mill has milled 9 to 10 mln tonnes of rye",
        ),
        (
            "The mill",
            "has already milled 9 to 10 mln tonnes of rye in the June marketing season, mostly"
            " for export",
            "en",
            "The mill has milled 9 to 10 mln tonnes of rye",
        ),
        (
            "The ferry",
            "sailed on Monday",
            "en",
            "The ferry sailed on Monday",
        ),
        # a date the verb governs ("until at least Friday") is no phrase to drop alone
        (
            "Nurses at the regional children's hospital in the eastern district",
            "will suspend all routine clinics until at least Friday",
            "en",
            "Nurses will suspend all routine clinics until at least Friday",
        ),
        # "лист", "Січ": month abbreviations, a noun and a name here
        (
            "асоціація бджолярів",
            "надіслала до Києва лист із проханням поступово збільшувати квоту на мед",
            "uk",
            "Асоціація бджолярів надіслала до Києва лист із проханням",
        ),
    ],
)
def test_a_long_title_drops_its_time_phrase_first(
    subject: str, predicate: str, language: str, title: str
) -> None:
    assert headline(subject, predicate, language=language) == title


def test_a_time_phrase_ending_another_clause_stays() -> None:
    """ "a gale [that] blew up late in May flattened …": dropping "in May" would fuse the
    relative's verb with the main one."""
    c = lang.words("en", "clauses")
    words = "a cold gale blew up late in May flattened the vines on the slopes".split()
    assert compressed(words, 4, c) == words


def test_the_date_of_a_long_sentence_stays_with_its_event() -> None:
    text = (
        "The harbour board will decide on March 12 whether to lease the empty grain silo"
        " to a climbing school."
    )
    check_events(
        events_of(text, "en", PUBLISHED),
        [
            (
                "title",
                "The harbour board will decide whether to lease the empty grain silo",
                "2024-03-12",
            )
        ],
    )


@pytest.mark.parametrize(
    ("subject", "predicate", "language", "title"),
    [
        (
            "La mairie de Roubaix",
            "a présenté aux habitants du quartier de l'Epeule un projet de piste cyclable le long"
            " du canal",
            "fr",
            "La mairie de Roubaix a présenté un projet de piste cyclable le long du canal",
        ),
        (
            "La cooperativa olivarera",
            "ha solicitado ante la Consejería de Agricultura la declaración de zona catastrófica"
            " para sus olivares",
            "es",
            "La cooperativa olivarera ha solicitado la declaración de zona catastrófica",
        ),
        # the personal "a" of the object is no phrase of whom: nothing comes after it
        (
            "La Policía Local",
            "detuvo a un conductor de 34 años como presunto responsable de un atropello en la"
            " avenida principal",
            "es",
            "La Policía Local detuvo a un conductor de 34 años",
        ),
        # a title that fits keeps to whom
        (
            "La mairie",
            "a présenté aux habitants un projet",
            "fr",
            "La mairie a présenté aux habitants un projet",
        ),
    ],
)
def test_a_long_title_keeps_what_was_done_before_to_whom(
    subject: str, predicate: str, language: str, title: str
) -> None:
    assert headline(subject, predicate, language=language) == title


def test_a_fixed_phrase_after_the_verb_stays() -> None:
    """ "a mis au jour …": "au jour" is the verb's own, not to whom."""
    title = headline(
        "Une équipe de plongeurs",
        "a mis au jour les restes d'un navire marchand échoué au large de la pointe du Raz",
        language="fr",
    )
    assert title.startswith("Une équipe de plongeurs a mis au jour les restes")
