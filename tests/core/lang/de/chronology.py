"""Hand-written chronologies of German articles written for this project (the articles are
under ``tests/fixtures/languages``): every event a reader would list, with its date.

``DEV`` was written first and the rules tuned on it; ``AFTER`` was written only after the
fixes, to measure them on text nobody tuned for. An event is one (dates, words): it is found
when an extracted event's title holds every word (lower case) and its start is one of the
dates; it is dated wrong when such an event exists with another start only.

    uv run python -m tests.core.lang.de.chronology      # figures per article
"""

from __future__ import annotations

from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures" / "languages"

Gold = tuple[tuple[str, ...], tuple[str, ...]]

DEV: dict[str, list[Gold]] = {
    "luftbruecke-de.txt": [
        (("1948-06-24",), ("sperrte",)),
        (("1948-06-26",), ("landete",)),
        (("1949-04",), ("brachten",)),
        (("1949-05-12",), ("blockade", "aufgehoben")),
    ],
    "bauernprotest-de.txt": [
        (("2024-01-08",), ("protestiert",)),
        (("2024-01-07", "2024-01-07TNI"), ("traktoren",)),
        (("2024-01-08", "2024-01-08TMO"), ("gesperrt",)),
        (("2024-01-09",), ("fort",)),
        (("2024-01-15",), ("großkundgebung",)),
        (("2024-01-04",), ("zurückgenommen",)),
    ],
    "heizungsgesetz-de.txt": [
        (("2023-04-12",), ("beschlossen",)),
        (("2024-01-01",), ("heizung",)),
        (("2023-04-12", "2023-04-12TAF"), ("habeck",)),
        (("2022-SU",), ("geeinigt",)),
        (("2024",), ("förderung",)),
    ],
    "urteil-de.txt": [
        (("2023-05-16",), ("verurteilt",)),
        (("2019-11-25",), ("eingedrungen",)),
        (("2020", "2020-11", "2020-11-25"), ("festgenommen",)),
        (("2022-01",), ("prozess",)),
        (("2022-12",), ("beute",)),
    ],
    "wahl-paris-de.txt": [
        (("2024-06-09", "2024-06-09TEV"), ("aufgelöst",)),
        (("2024-06-09",), ("niederlage",)),
        (("2024-06-30",), ("runde",)),
        (("2024-07-07",), ("zweite",)),
        (("2024-06-10",), ("presse",)),
        (("2024-06-10",), ("opposition",)),
    ],
    "pokal-de.txt": [
        (("2024-05-25", "2024-05-25TEV"), ("pokal",)),
        (("2024-05-25",), ("kaiserslautern",)),
        (("2024-05-25",), ("xhaka",)),
        (("2024-04-14",), ("meisterschaft",)),
        (("2024-05-22",), ("finale",)),
        (("2024-05-26",), ("fans",)),
    ],
    "museum-de.txt": [
        (("2023-10-22",), ("geschlossen",)),
        (("2023-10-22",), ("besucher",)),
        (("1930",), ("eröffnet",)),
        (("2027-SP",), ("nordflügel",)),
        (("2024",), ("bauarbeiten",)),
        (("2037",), ("fertig",)),
    ],
}

AFTER: dict[str, list[Gold]] = {
    "mauerfall-de.txt": [
        (("1989-11-09", "1989-11-09TEV"), ("verlas",)),
        (("1989-11-09", "1989-11-09TNI"), ("schlagbaum",)),
        (("1989-11-10",), ("strömten",)),
        (("1990-10-03",), ("wiedervereinigt",)),
        (("2024-11-09",), ("erinnerten",)),
        (("2024-11-09",), ("kranz",)),
    ],
    "tarifstreit-de.txt": [
        # the call (made on publication day) for strikes on Friday: either day is this event's
        (("2024-03-01", "2024-02-27"), ("verdi",)),
        (("2024-03-01",), ("busse",)),
        (("2024-02-22",), ("niedergelegt",)),
        (("2024-02-26",), ("abgebrochen",)),
        (("2024-02-27",), ("arbeitgeber",)),
        (("2024-03-14",), ("gespräche",)),
    ],
    "prozess-de.txt": [
        (("2024-03-04",), ("anklage",)),
        (("2018",), ("bestechungsgelder",)),
        (("2022-05",), ("durchsucht",)),
        (("2022-05", "2022-06", "2022"), ("amt",)),
        (("2024-FA",), ("prozess",)),
        (("2024-03-05",), ("anwalt",)),
    ],
    "festival-de.txt": [
        (("2024-02-24", "2024-02-24TEV"), ("filmfestspiele",)),
        (("2024-02-24",), ("bär",)),
        (("2024-02-15",), ("eröffnet",)),
        (("2024-02-25",), ("kinos",)),
        (("2025",), ("tuttle",)),
    ],
}

# Written after the second round of fixes (which the first ``AFTER`` articles had informed):
# the unseen check of the final rules.
AFTER2: dict[str, list[Gold]] = {
    "hochwasser-de.txt": [
        (("2024-06-05",), ("lage",)),
        (("2024-06-01",), ("katastrophenfall",)),
        (("2024-06-02", "2024-06-02TNI", "2024-06-03", "2024-06-03TNI"), ("damm",)),
        (("2024-06-03",), ("scholz",)),
        (("2024-06-11",), ("freistaat",)),
    ],
    "leitzins-de.txt": [
        (("2024-06-06",), ("gesenkt",)),
        (("2019-09",), ("verringert",)),
        (("2022-07",), ("erhöht",)),
        (("2024-05",), ("inflation",)),
        (("2024-06-06", "2024-06-06TAF"), ("lagarde",)),
        (("2024-07-18",), ("zinsentscheidung",)),
    ],
    "olympia-de.txt": [
        (("1972-08-26",), ("eröffnete",)),
        (("1972-09-05",), ("überfielen",)),
        (("1972-09-05", "1972-09-05TNI", "1972-09-06", "1972-09-06TNI"), ("geiseln",)),
        (("1972-09-06",), ("trauerfeier",)),
        (("1972-09-11",), ("endeten",)),
        (("2024-08-26",), ("kränze",)),
    ],
}


def score(name: str, gold: list[Gold]) -> tuple[int, int, list[str]]:
    """(found with the right date, dated wrong, lines saying what went wrong)."""
    from core.events.extract import extract_events
    from core.reading.readers import read_article

    found = [(e.start, e.title.lower()) for e in extract_events(read_article(FIXTURES / name))]
    right = wrong = 0
    notes = []
    for dates, words in gold:
        matches = [start for start, title in found if all(w in title for w in words)]
        if any(start in dates for start in matches):
            right += 1
        elif matches:
            wrong += 1
            notes.append(f"  WRONG {dates[0]} {words}: {matches}")
        else:
            notes.append(f"  MISS  {dates[0]} {words}")
    return right, wrong, notes


def report(articles: dict[str, list[Gold]], verbose: bool = True) -> tuple[int, int, int]:
    from core.events.extract import extract_events
    from core.reading.readers import read_article

    totals = [0, 0, 0]
    for name, gold in articles.items():
        right, wrong, notes = score(name, gold)
        totals[0] += right
        totals[1] += wrong
        totals[2] += len(gold)
        print(f"{name}: {right}/{len(gold)} right, {wrong} wrong")
        if verbose:
            print("\n".join(notes))
            for e in extract_events(read_article(FIXTURES / name)):
                print(f"    {e.start:14} {e.title}")
    print(f"TOTAL {totals[0]}/{totals[2]} right, {totals[1]} wrong")
    return totals[0], totals[1], totals[2]


if __name__ == "__main__":
    import sys

    sets = {"after": AFTER, "after2": AFTER2}
    report(sets.get(sys.argv[1] if len(sys.argv) > 1 else "", DEV), verbose="-q" not in sys.argv)
