"""Round 5 of #16: three more short articles of our own in Spanish, Russian and Ukrainian (one
told in the past, the others with a site's own publication line: "Publicado: 14/10/2025 09:40 |
Actualizado: …", "Sevilla - 05 mar 2026 - 18:30 CET", "Опубликовано: 12.11.2025, 14:05",
"ТОБОЛЬСК, 15 апреля. /ТАСС/.", "Опубліковано 21 листопада 2025, 10:15"), written with the
classes the earlier rounds left open: participle asides with their own date, yearless dates in
a story told in the past, nights across two dates, nominal happenings ("la votación del
martes", "голосование в понедельник") and the case forms of months and "прошлой/минулого".

Entries and scoring as ``round4`` (accepted dates, words the title holds, trap dates).
``DEV`` was written and its chronologies set down before the app was run on it; ``UNSEEN``
was written after the fixes, to measure them.

    uv run python -m tests.core.lang.round5 [unseen] [-q]
"""

from __future__ import annotations

from core.reading.readers import read_article
from tests.core.lang.chronology import FIXTURES
from tests.core.lang.round4 import Entry, score, totals

DEV: dict[str, dict[str, list[Entry]]] = {
    "es": {
        "embalse-es.txt": [  # Tuesday 14 October 2025
            (("2025-10-12", "2025-10-13"), ("lluvias",), ("2025-10-19", "2025-10-20")),
            (("2025-10-13",), ("capacidad",), ("1985",)),
            (("2025-10-16", "2025-10-13"), ("desembalse",), ("2025-10-09",)),
            (("2025-10-02",), ("protesta",), ()),
            (("2025-10-28",), ("votación",), ()),
            (("2019-09",), ("abrieron",), ("2025-09",)),
            (("2025-W43",), ("técnicos",), ("2025-W41", "2025-W42")),
        ],
        "mina-es.txt": [  # Monday 9 February 2026
            (("2026-02-09",), ("recordó",), ()),
            (("1956-02-06",), ("explosión",), ("2026-02-06",)),
            (("1956-02-07",), ("sacaron",), ("2026-02-07", "2026-02-10")),
            (("1956-02-10",), ("funeral",), ("2026-02-10",)),
            (("1956-03",), ("cerró",), ("2026-03", "2025-03")),
            (("1956-11",), ("comisión",), ("2025-11",)),
            (("2026-05",), ("monumento",), ("2025-05",)),
        ],
        "presupuestos-es.txt": [  # Thursday 5 March 2026
            (("2026-03-05",), ("aplazó",), ()),
            (("2026-03-04",), ("vox",), ("2026-03-11",)),
            (("2026-W10-WE", "2026-03-07", "2026-03-08"), ("reunirá",), ("2026-01",)),
            (("2026-02-26",), ("compareció",), ()),
            (("2026-03",), ("pleno",), ()),
            (("2024-12",), ("aprobaron",), ("2025-12",)),
        ],
    },
    "ru": {
        "teplotrassa-ru.txt": [  # Wednesday 12 November 2025
            (("2025-11-10", "2025-11-11"), ("прорыв",), ("2025-11-17", "2025-11-18")),
            (("2025-11-11",), ("восстановили",), ("2025-11-18",)),
            (("2025-11-12",), ("совещание",), ("2025-11-05",)),
            (("2025-11-11",), ("проверку",), ()),
            (("2025-11-20",), ("голосование",), ()),
            (("2026", "2026-12"), ("замену",), ("2025",)),
            (("2024-11",), ("авария",), ("2025-11",)),
        ],
        "pavodok-ru.txt": [  # Tuesday 15 April 2025
            (("2025-04-15",), ("почтили",), ()),
            (("1979-04-09",), ("подниматься",), ("2025-04-09",)),
            (("1979-04-14",), ("затопила",), ("2025-04-14",)),
            (("1979-04-14", "1979-04-15"), ("прорвало",), ("2025-04-15",)),
            (("1979-04-21", "1979-04-22", "1979-W17"), ("уходить",), ("2025-04-22",)),
            (("1979-05",), ("выделило",), ("2025-05",)),
            (("1979-09",), ("вернулись",), ("2025-09", "2024-09")),
            (("2025-SU",), ("укрепят",), ("1983",)),
        ],
        "metro-ru.txt": [  # Thursday 23 October 2025
            (("2025-10-23",), ("перенесли",), ()),
            (("2025-W42",), ("водопровод",), ("2025-W43",)),
            (("2025-10-18",), ("запуск",), ("2025-10-25",)),
            (("2025-12-05",), ("комиссия",), ()),
            (("2025-12-12",), ("пассажиров",), ()),
            (("2025-10-27",), ("голосование",), ("2025-10-20",)),
            (("2024-12", "2024"), ("оштрафовали",), ("2025-12",)),
        ],
    },
    "uk": {
        "mist-uk.txt": [  # Friday 21 November 2025
            (("2025-11-20",), ("відкрили",), ("2025-11-27",)),
            (("2024-04",), ("ремонт",), ("2025-04",)),
            (("2025-11-21",), ("тролейбуси",), ("2025-11-14",)),
            (("2025-W48",), ("тротуари",), ("2025-W46",)),
            (("2025-11-27",), ("голосування",), ()),
            (("2024-12",), ("аварія",), ("2025-12",)),
        ],
        "teatr-uk.txt": [  # Wednesday 14 January 2026
            (("2026-01-14",), ("згадали",), ()),
            (("1966-01-12",), ("спалахнув",), ("2026-01-12",)),
            (("1966-01-13",), ("приборкати",), ("2026-01-13",)),
            (("1966-01-15",), ("ухвалила",), ("2026-01-15",)),
            (("1966-11",), ("переїхала",), ("2025-11",)),
            (("1969-03",), ("відкрився",), ()),
            (("2026-02",), ("виставку",), ("1969-04", "1966-02")),
        ],
        "shkola-uk.txt": [  # Tuesday 9 September 2025
            (("2025-09-08",), ("дистанційне",), ("2025-09-15",)),
            (("2025-W36",), ("хвилю",), ("2025-W37",)),
            (("2025-09-19", "2025-09-08"), ("карантин", "триватиме"), ()),
            (("2025-09-11",), ("засідання",), ("2025-09-04",)),
            (("2025-10",), ("вакцинацію",), ("2025-08",)),
            (("2023-02",), ("закривали",), ("2025-02",)),
        ],
    },
}

# Written after the fixes (at 05:53, after the analyst's classes were read), measured once,
# without changing a rule for them.
UNSEEN: dict[str, dict[str, list[Entry]]] = {
    "es": {
        "tranvia-es.txt": [  # Thursday 19 February 2026
            (("2026-02-19",), ("anunció",), ()),
            (("2026-09",), ("entrará",), ("2025-09",)),
            (("2025-SU",), ("parón",), ("2023-03",)),
            (("2026-04",), ("convoyes",), ("2025-04",)),
            (("2026-02-17",), ("recorrió",), ("2026-02-24",)),
            (("2026-06-01",), ("pruebas",), ()),
            (("2025",), ("transportó",), ("2011",)),
            (("2026-02-14",), ("protestaron",), ("2026-02-21",)),
        ],
    },
    "ru": {
        "vystavka-ru.txt": [  # Wednesday 10 December 2025
            (("2025-12-19",), ("откроется",), ("2024-12-19",)),
            (("198", "1980"), ("доставили",), ()),
            (("2025-12-09",), ("осмотрел",), ()),
            (("2026-03",), ("продлится",), ("2025-03",)),
            (("2024",), ("собрала",), ("2025",)),
            (("2025-12-12",), ("билеты",), ("2025-12-05",)),
        ],
    },
    "uk": {
        "elevator-uk.txt": [  # Monday 16 March 2026
            (("2026-03-14",), ("спалахнула",), ("2026-03-21",)),
            (("2026-03-15",), ("ліквідували",), ("2026-03-22",)),
            (("2025-08",), ("виникала",), ("2026-08",)),
            (("2026-W12", "2026-03-20", "2026-03-22"), ("оцінить",), ()),
        ],
    },
}

# The publication date each article prints, in its site's own form.
PUBLISHED = {
    "embalse-es.txt": "2025-10-14T09:40",
    "mina-es.txt": "2026-02-09",
    "presupuestos-es.txt": "2026-03-05T18:30",
    "teplotrassa-ru.txt": "2025-11-12T14:05",
    "pavodok-ru.txt": "2025-04-15T10:20",
    "metro-ru.txt": "2025-10-23T18:40",
    "mist-uk.txt": "2025-11-21T10:15",
    "teatr-uk.txt": "2026-01-14",
    "shkola-uk.txt": "2025-09-09T17:30",
}


if __name__ == "__main__":
    import sys

    sets = UNSEEN if "unseen" in sys.argv else DEV
    for language, articles in sets.items():
        right, wrong, traps, listed = totals(articles, language)
        print(f"{language} right {right} wrong {wrong} traps {traps} of {listed}")
        if "-q" in sys.argv:
            continue
        for name, entries in articles.items():
            right, wrong, traps, notes = score(name, language, entries)
            document = read_article(FIXTURES / name)
            print(f" {name}: {right}/{len(entries)}, {wrong} wrong, {traps} traps")
            print(f"    published {document.published} ({document.published_source})")
            print("\n".join(notes))
            from core.events.extract import extract_events

            for e in extract_events(document):
                print(f"    {e.start:14} {e.title}")
