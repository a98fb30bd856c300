"""Publication dates printed the ways modern news pages print them: a desk's label before
"Updated", Markdown emphasis, an update after a bar, a two-digit year and a clock word, a
byline that names the work first, an agency before a dated dateline, and a web page whose
date sits in a byline box the article extractor leaves out."""

from __future__ import annotations

import os
from datetime import datetime

import pytest

from core.reading.published import find_dateline_date, find_header_date
from core.reading.readers import read_article

BODY = (
    "The harbour authority reopened the north pier to small boats after a month of repairs, "
    "and the ferry company said its timetable would return to normal within days."
)


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Ferry desk · Updated 14 May 2024 at 08:20 BST", "2024-05-14T08:20"),
        ("LIVE · Last updated: 9 March 2023, 22:05 GMT", "2023-03-09T22:05"),
        ("*Harbour Desk — Updated 6:15 p.m. EDT, Friday, June 4, 2021*", "2021-06-04T18:15"),
        ("_Published 2 February 2022_", "2022-02-02"),
        ("Publicado el 5 de abril de 2020 | Actualizado a las 18:10", "2020-04-05"),
        ("Veröffentlicht am 17.06.23, 09:45 Uhr", "2023-06-17T09:45"),
        ("Interview by Sam Porter | Monday 3 February 2020", "2020-02-03"),
        ("Words and pictures by Ana Ruiz · 21 August 2019", "2019-08-21"),
    ],
)
def test_header_lines_of_modern_pages_give_the_date(line, value):
    found = find_header_date(f"Pier reopens\n\n{line}\n\n{BODY}")
    assert found is not None and found.value == value


def test_a_french_date_line_with_its_update_after_a_dot():
    body = (
        "La capitainerie a rouvert mardi la jetée nord aux petits bateaux, après un mois de "
        "travaux, et la compagnie de ferries a annoncé le retour de ses horaires habituels."
    )
    line = "Publié le 11/10/2022 à 09h40 · Mis à jour le 11/10/2022 à 12h03"
    found = find_header_date(f"La jetée rouvre\n\n{line}\n\n{body}")
    assert found is not None and found.value == "2022-10-11T09:40"  # day first, as written


@pytest.mark.parametrize(
    "line",
    [
        "The company — updated its outlook on March 4, 2025",  # prose with a dash
        "Markets · Updated 2 hours ago",  # no date of its own
        "Boats were held up by | strong winds",
    ],
)
def test_prose_and_undated_lines_give_no_header_date(line):
    assert find_header_date(f"Pier reopens\n\n{line}\n\n{BODY}") is None


def test_a_dateline_with_the_agency_before_its_date():
    text = f"Pier reopens\n\nOSLO (Nordic Wire) — March 12, 2019 — {BODY}"
    found = find_dateline_date(text, None)
    assert found is not None and found.value == "2019-03-12"


def test_an_agency_dateline_without_a_date_gives_none():
    assert find_dateline_date(f"Pier reopens\n\nOSLO (Nordic Wire) — {BODY}", None) is None


PAGE = """<html><head><title>Pier reopens after repairs - Coast News</title></head><body>
<div class="nav">Home | Local | Sport | Subscribe</div>
<h1>Pier reopens after repairs</h1>
<div class="byline">Mara Lind, Transport Reporter<br>7 November 2017</div>
<p>{body}</p>
<p>The pier had been closed since early October, when a storm tore away part of the deck
and left the landing stage unsafe for passengers and crews alike.</p>
<p>Repairs cost about 400,000 kroner, the authority said, and were paid from its reserve.</p>
</body></html>"""


def test_a_web_page_dated_only_in_its_byline_box(tmp_path):
    path = tmp_path / "pier.html"
    path.write_text(PAGE.format(body=BODY), encoding="utf-8")
    saved = datetime(2026, 1, 5, 12, 0).timestamp()
    os.utime(path, (saved, saved))
    doc = read_article(path)
    assert doc.published == "2017-11-07"
    assert doc.published_source == "header"


def test_a_web_page_with_no_printed_date_keeps_the_file_time(tmp_path):
    path = tmp_path / "pier.html"
    path.write_text(PAGE.format(body=BODY).replace("<br>7 November 2017", ""), encoding="utf-8")
    saved = datetime(2026, 1, 5, 12, 0).timestamp()
    os.utime(path, (saved, saved))
    assert read_article(path).published_source == "mtime"
