"""Which text files in a folder are articles: names and heads, never the whole file."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.ingest import collect_files
from core.reading.prose import not_an_article

ARTICLE = (
    "LONDON, March 3 - The Bank of England said on Tuesday it had\n"
    "provided the money market with 120 mln stg of assistance in the\n"
    "morning session, after an earlier shortage forecast.\n"
) * 4


@pytest.mark.parametrize(
    ("name", "text", "why"),
    [
        ("README.txt", ARTICLE, "a README file"),
        ("LICENSE", ARTICLE, "a LICENSE file"),
        ("SOURCE.txt", ARTICLE, "a SOURCE file"),
        ("all-orgs.lc.txt", "".join(f"org-{i}\n" for i in range(40)), "a list of entries"),
        ("codes.txt", "".join(f"Dollar {i} (DLR{i})\n" for i in range(40)), "a list of entries"),
        ("t.txt", "".join(f"a\t{i}\tb\n" for i in range(20)), "a table"),
        ("t.txt", "".join(f"x, {i}, y, z, w\n" for i in range(20)), "a table"),
        ("run.txt", "".join(f"2024-01-02 10:0{i % 10} job ok\n" for i in range(20)), "a log"),
        # a log whose messages end in a full stop: a time with seconds opens each line
        (
            "app.txt",
            "".join(
                f"10:0{i % 10}:3{i % 10} Worker {i} finished its batch of records and went idle.\n"
                for i in range(20)
            ),
            "a log",
        ),
        ("facts.txt", "".join(f'pred("a{i}","b").\n' for i in range(20)), "data or code"),
    ],
)
def test_what_is_not_an_article_is_named(tmp_path, name, text, why):
    path = tmp_path / name
    path.write_text(text)
    assert (not_an_article(path) or "").startswith(why)


@pytest.mark.parametrize("name", ["article.txt", "news.txt", "history.md", "x.html"])
def test_articles_are_kept(tmp_path, name):
    path = tmp_path / name
    path.write_text(ARTICLE)
    assert not_an_article(path) is None


# One paragraph a line, each rich in commas, as articles in Spanish or French often are
PARAGRAPHS = (
    "El lunes, en Sevilla, el alcalde, rodeado de vecinos, inauguró el puente nuevo.\n"
    "Las obras, que empezaron en 2021, costaron, según el ayuntamiento, doce millones.\n"
    "« Le mardi, à Lyon, la maire, entourée de riverains, a ouvert le marché, enfin. »\n"
    "Ce matin, à l'aube, les pêcheurs, les dockers et les élus, réunis, ont voté.\n"
) * 3


def test_paragraphs_rich_in_commas_are_an_article_not_a_table(tmp_path):
    path = tmp_path / "cronica.txt"
    path.write_text(PARAGRAPHS)
    assert not_an_article(path) is None


def test_a_short_note_is_given_the_benefit_of_the_doubt(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("Talks resumed\non Monday\n")
    assert not_an_article(path) is None


def test_a_folder_skips_them_with_the_reason_and_a_file_named_alone_is_kept(tmp_path):
    for name in ("a.txt", "b.txt", "README.txt"):
        (tmp_path / name).write_text(ARTICLE)
    skipped: list[tuple[str, str]] = []
    files, problems = collect_files([tmp_path], skipped)
    assert [f.name for f in files] == ["a.txt", "b.txt"] and problems == []
    assert skipped == [(str(tmp_path / "README.txt"), "a README file, not an article")]
    files, problems = collect_files([tmp_path / "README.txt"])
    assert files == [Path(tmp_path / "README.txt")] and problems == []
    _, problems = collect_files([tmp_path])  # no list for them: they are problems
    assert problems == skipped


# A live blog: a clock time opens most entries, each a sentence or more of prose
LIVE_BLOG = "River floods: live updates\n\nRiverside Herald | Saturday 4 May 2024\n\n" + "".join(
    f"{11 - i // 2}:{(i % 2) * 30:02d} — Volunteers at the {i}th sandbag station said the water "
    "had risen another ten centimetres since dawn, and the ferry will not sail today.\n\n"
    for i in range(12)
)


def test_a_live_blog_of_timed_entries_is_an_article_not_a_log(tmp_path):
    path = tmp_path / "floods-live.txt"
    path.write_text(LIVE_BLOG)
    assert not_an_article(path) is None
