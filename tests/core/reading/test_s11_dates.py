"""Publication dates that were left to the file's time: a desk's label or the writers' names
before a bar or a dot and the date, Markdown emphasis around such a line, a dateline with the
agency and no place ("Oct 27 (Reuters) -"), and a dateline with no year whose lead names the
weekday of its news."""

from __future__ import annotations

from datetime import datetime

import pytest

from core.reading.published import has_own_date, publication_date

SAVED = datetime(2026, 12, 2, 10, 0).timestamp()  # the file saved long after the story
BODY = "The county council agreed to rebuild the old swimming baths after a long campaign."


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Health desk · 3 December 2020", "2020-12-03"),
        ("*Health desk · 3 December 2020*", "2020-12-03"),
        ("*Travel* | 14 March 2019", "2019-03-14"),
        ("Mia Lund (now) and Tom Reyes (earlier) · Thu 19 May 2022 21.48 AEST", "2022-05-19T21:48"),
    ],
)
def test_a_label_before_a_bar_or_a_dot_and_the_date_dates_the_page(line, value):
    found = publication_date(f"Baths to reopen\n\n{line}\n\n{BODY}", mtime=SAVED)
    assert (found.value, found.source) == (value, "header")


def test_a_sentence_before_a_dot_is_no_label():
    found = publication_date(f"Baths\n\nThe pool shut at 9 pm · 3 December 2020\n\n{BODY}",
                             mtime=SAVED)  # fmt: skip
    assert found.source == "mtime"


@pytest.mark.parametrize(
    ("lead", "value"),
    [
        # 27 October fell on a Thursday in 2022, the latest such year before the file's
        ("Oct 27 (Reuters) - Harlan Foods reported a higher profit on Thursday.", "2022-10-27"),
        (
            "LONDON, Sept 20 (Newswire) - Prices rose less than expected, data showed on "
            "Wednesday.",
            "2023-09-20",
        ),
    ],
)
def test_a_yearless_dateline_takes_the_year_its_leads_weekday_names(lead, value):
    found = publication_date(f"Profit up\n\n{lead}\n\n{BODY}", mtime=SAVED)
    assert found.value == value
    assert not has_own_date(found.source)  # still a guess the user is asked to confirm


def test_of_the_years_the_weekday_allows_the_first_after_those_the_article_names():
    # 14 March was a Thursday in 2019 and in 2024; the story tells of 2018 as gone by
    lead = "BOSTON, March 14 (Wire) - A judge sentenced the founder on Thursday."
    found = publication_date(f"Jailed\n\n{lead} The fraud ran from 2013 to 2018.", mtime=SAVED)
    assert found.value == "2019-03-14"


def test_a_yearless_dateline_with_no_weekday_keeps_the_files_year():
    found = publication_date(f"Up\n\nOct 27 (Reuters) - Harlan Foods raised prices.\n\n{BODY}",
                             mtime=SAVED)  # fmt: skip
    assert (found.value, found.source) == ("2026-10-27", "dateline-mtime")


def test_the_files_own_year_stays_when_the_weekday_agrees():
    # 1 December 2026 is a Tuesday
    found = publication_date("Up\n\nPARIS, Dec 1 (Wire) - Shares rose on Tuesday.", mtime=SAVED)
    assert (found.value, found.source) == ("2026-12-01", "dateline-mtime")
