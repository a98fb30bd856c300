"""A future reported in the past ("said the summit in the summer would be …") puts a season
or month in its subject ahead of publication; a date the news fixed ("set sentencing for
Dec. 14") lies ahead of publication, not in the year of a backstory of the last three years
told before it."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of


@pytest.mark.parametrize(
    ("published", "text", "checks"),
    [
        (  # a season in the reported clause's subject, "would" after it: the coming one
            "2024-04-10",
            "She said the summit in the summer would be a chance to settle the dispute.",
            [("has", "2024-SU"), ("not", "2023-SU")],
        ),
        (  # ... and a bare month
            "2024-04-10",
            "She said the vote in September would settle the dispute.",
            [("has", "2024-09"), ("not", "2023-09")],
        ),
        (  # a past verb after it: the month gone by
            "2024-04-10",
            "The company said sales in September rose sharply.",
            [("has", "2023-09")],
        ),
        (  # "will" as before
            "2024-04-10",
            "She said the plant will reopen in the autumn.",
            [("has", "2024-FA")],
        ),
    ],
)
def test_a_reported_future_looks_ahead(published: str, text: str, checks: list) -> None:
    check_events(events_of(text, "en", published), checks)


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        (  # the news told (on Tuesday), a backstory of 2022, then the date the judge set
            "Lee admitted the theft on Tuesday. The thefts started in April 2022, officials"
            " said. The judge set sentencing for Dec. 14.",
            [("has", "2024-12-14"), ("not", "2022-12-14")],
        ),
        (  # ... three years back is still the news's background
            "Lee admitted the theft on Tuesday. The thefts started in April 2021, officials"
            " said. The judge set sentencing for Dec. 14.",
            [("has", "2024-12-14"), ("not", "2021-12-14")],
        ),
        (  # a backstory older than that is a history told: the date is its story's
            "Our reporter looked back on Tuesday. The thefts started in April 2016, and Lee"
            " admitted them in the autumn. The judge set sentencing for Dec. 14.",
            [("has", "2016-12-14"), ("not", "2024-12-14")],
        ),
        (  # a history that never tells its present keeps its story's year
            "The jury found him guilty in April 2019. The judge set sentencing for June 2.",
            [("has", "2019-06-02")],
        ),
    ],
)
def test_a_date_the_news_fixed_lies_ahead(text: str, checks: list) -> None:
    check_events(events_of(text, "en", "2024-05-14"), checks)


def test_an_infinitive_after_the_object_keeps_the_month_gone_by() -> None:
    text = "The new chief, who arrived in May 2018, announced a plan in October to cut 400 jobs."
    check_events(events_of(text, "en", "2019-04-02"), [("has", "2018-10")])
