"""A forecast result set beside another period's figure ("expects sales to be well above
profits of 40 mln dlrs last year"): the figure's period is a yardstick, never the event's date."""

import pytest

from tests.core.events.articles import check_events, events_of


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        (
            'Harlow Mills said it expected earnings for 1992 "to be well above" profits of '
            "18.4 mln dlrs last year.",
            [("not", "1990"), ("not", "1991")],
        ),
        (
            "The chain said it expected sales for 1992 to top revenues of 40 mln dlrs in 1990.",
            [("not", "1990")],
        ),
        (
            "The chain said it expected sales for 1992 to be below sales of 40 mln dlrs last year.",
            [("not", "1991")],
        ),
        # a past rise to a level is no comparison: it keeps its own date
        (
            "Harlow Mills said its profits rose to 18.4 mln dlrs last year.",
            [("has", "1991")],
        ),
    ],
)
def test_a_figure_beside_a_forecast_is_a_yardstick(text: str, checks: list) -> None:
    check_events(events_of(text, "en", "1992-03-10"), checks)
