"""French articles of our own with the chronology a reader would list (each event: its date
as TIMEX3 value and words its title must hold), and how the app's events score against it.
``DEV`` was written first and the French folder tuned on it; ``AFTER`` was written only after
the fixes, to measure them on text nobody tuned for.

An event of the app matches a chronology line when its date starts with the line's date
(``2023-09-08TEV`` is on ``2023-09-08``) and its title holds every word of the line; it is a
*wrong date* when its title holds a line's words but its date is none of those lines'.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from core.events.extract import extract_events
from core.reading.readers import read_article

FIXTURES = Path(__file__).parents[3] / "fixtures" / "languages"

# (fixture, publication date, [(date, words of the title), ...])
DEV = [
    ("bastille-fr.txt", "2024-07-14", [
        ("1789-07-14", "parisiens prennent bastille"),
        ("1789-07-13", "pillé"),
        ("1789-07-15", "louis xvi rend"),
        ("1789-07-17", "reçoit cocarde"),
        ("1789-07-15", "démolition commence"),
    ]),
    ("greve-sncf-fr.txt", "2025-02-06", [
        ("2025-02-05", "contrôleurs cessé"),
        ("2025-02-07", "manifestation partira"),
        ("2025-02-03", "direction proposé prime"),
        ("2025-02-04", "syndicats rejeté"),
        ("2025-02-12", "réunion"),
    ]),
    ("decret-loyers-fr.txt", "2024-11-21", [
        ("2024-11-20", "gouvernement adopté décret"),
        ("2025-01-01", "entrera en vigueur"),
        ("2024-11-26", "présentera dispositif"),
        ("2019", "annulée"),
    ]),
    ("proces-maire-fr.txt", "2023-10-03", [
        ("2023-10-02", "tribunal condamné"),
        ("2023-09-18", "procès ouvert"),
        ("2023-W39", "parquet requis"),
        ("2024-SP", "cour d'appel examiner"),
    ]),
    ("seisme-maroc-fr.txt", "2023-09-10", [
        ("2023-09-08", "séisme frappé"),
        ("2023-09-09", "mohammed vi décrété"),
        ("2023-09-10", "espagne envoyé"),
    ]),
    ("avignon-fr.txt", "2024-03-27", [
        ("2024-03-26", "rodrigues présenté"),
        ("2024-06-29", "festival ouvrira"),
        ("2023", "accueilli"),
        ("2024-04-06", "billetterie ouvrira"),
    ]),
]  # fmt: skip

AFTER = [
    ("armistice-fr.txt", "2018-11-11", [
        ("1918-11-11", "allemagne signent armistice"),
        ("1918-11-11", "combats cessent"),
        ("1918-11-08", "délégation franchi"),
        ("1918-11-12", "foch présente"),
    ]),
    ("agriculteurs-fr.txt", "2024-01-23", [
        ("2024-01-22", "agriculteurs bloqué"),
        ("2024-01-23", "préfecture annoncé"),
        ("2024-01-25", "recevra"),
        ("2024-W03", "fnsea adressé"),
    ]),
    ("incendie-fr.txt", "2023-06-04", [
        ("2023-06-03", "incendie déclaré"),
        ("2023-06-04", "payan rendu"),
    ]),
]  # fmt: skip


@dataclass
class Score:
    listed: int = 0
    found: int = 0
    wrong: int = 0
    misses: list[str] | None = None
    wrongs: list[str] | None = None


def _holds(title: str, words: str) -> bool:
    low = title.lower().replace("’", "'")
    return all(word in low for word in words.split())


def score(articles: list) -> Score:
    """How many chronology lines an event of the app matches, and how many events carry a
    line's words with another date."""
    total = Score(misses=[], wrongs=[])
    for name, published, chronology in articles:
        document = replace(
            read_article(FIXTURES / name), published=published, published_source="user"
        )
        events = [e for e in extract_events(document) if not e.undated]
        total.listed += len(chronology)
        for day, words in chronology:
            if any(e.start.startswith(day) and _holds(e.title, words) for e in events):
                total.found += 1
            else:
                total.misses.append(f"{name}: {day} {words}")
        for e in events:
            lines = [(d, w) for d, w in chronology if _holds(e.title, w)]
            if lines and not any(e.start.startswith(d) for d, _ in lines):
                total.wrong += 1
                total.wrongs.append(f"{name}: {e.start} {e.title}")
    return total


if __name__ == "__main__":  # uv run python -m tests.core.lang.fr.articles
    for label, articles in (("dev", DEV), ("after", AFTER)):
        s = score(articles)
        print(f"{label}: {s.found}/{s.listed} right date, {s.wrong} wrong dates")
        for line in s.misses or []:
            print("  miss ", line)
        for line in s.wrongs or []:
            print("  WRONG", line)
