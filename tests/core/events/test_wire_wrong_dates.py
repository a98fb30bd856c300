"""Wrong dates found on unseen wire text: a year named in words inside a range, a change's
yardstick, a year that names a kind of thing, a relative whose "that" is left out, a futures
contract's month, a noun's plan. Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from core.temporal.tagger import tag
from tests.core.events.articles import check_events, events_of

DCT = "1987-06-18"


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Exports rose 2 pct between May last year and May 1985.", ["1986-05", "1985-05"]),
        ("en", "Output fell between March this year and March of last year.",
         ["1987-03", "1986-03"]),
        ("en", "Prices rose 3 pct between December and March this year.", ["1986-12", "1987-03"]),
        ("de", "Der Absatz stieg zwischen April dieses Jahres und April 1985.",
         ["1987-04", "1985-04"]),
        ("es", "Las ventas subieron entre abril de este año y abril de 1985.",
         ["1987-04", "1985-04"]),
        ("ru", "Продажи выросли между апрелем этого года и апрелем 1985 года.",
         ["1987-04", "1985-04"]),
    ],
)  # fmt: skip
def test_a_year_named_in_words_keeps_its_end_of_a_range(
    language: str, text: str, expected: list[str]
) -> None:
    assert [t.value for t in tag(text, date(1987, 6, 18), language)] == expected


CASES = [
    # a change from one figure to another: the date after the new figure is the change's
    ("Rice output fell from 52 pct of the total in 1981 to 47 pct in 1986.",
     [("has", "1986"), ("not", "1981")]),
    # ... not when the first figure is itself a range, nor in a forecast
    ("Lending rates rose to between 9 and 11 pct from 7 to 8 pct a month ago.",
     [("not", "1987-05")]),
    ("Use of copper is forecast to climb from 3 mln tonnes in 1990 to 4 mln tonnes in 1994.",
     [("not", "1994"), ("not", "1990")]),
    # a year hyphened to a word names a kind of thing
    ("Ohlson said 120 staff at the Dayton mill would be laid off as output of 1988-model "
     "trucks is cut.", [("not", "1988")]),
    # a relative whose "that" is left out dates its own happening, not the main clause's
    ("Halvorsen withdrew a claim it filed yesterday.",
     [("title", "A claim was filed", "1987-06-17"), ("title-not", "withdrew", "1987-06-17")]),
    ("The agency said it was repeating a warning it last issued in October.",
     [("not", "1986-10")]),
    ("The firm told the court it filed the papers on Monday.", [("has", "1987-06-15")]),
    # a futures contract's month in a market report
    ("March deliveries made 131.20 and May 133.40 stg per tonne, traders said.", [("none",)]),
    ("Crude palm oil CIF - May offered 2.10 over, bid 1.90 over.", [("none",)]),
    ("Heating oil for May finished 0.40 cent lower.", [("none",)]),
    ("Rapeseed oil - June through August offered 0.85 over, bid 0.70 over.", [("none",)]),
    ("June mark eased to 0.5480 dlrs from a 0.5490 opening.", [("none",)]),
    ("A local house bought new crop December, dealers said.", [("not", "1986-12")]),
    ("Brazil reportedly offered new crop yesterday near 140 dlrs.", [("has", "1987-06-17")]),
    ("Tanaka Seiki will pay 3.75 yen again for the first half, Mori said.",
     [("has", "1987-H1")]),
    ("Inflation in March eased to 3.1 pct.", [("has", "1987-03")]),
    ("Van output in March and April eased to 52,100 from 53,900 a year earlier.",
     [("has", "1987-04")]),
    ("In May 300 workers were laid off.", [("has", "1987-05")]),
    # a money market's terms are no days; a multiple of another day's figure is a yardstick
    ("Overnight money rose to 9 pct on Tuesday.", [("dated", "1987-06-16")]),
    ("The bank raised its rate for overnight assistance to 11 pct.", [("not", "1987-06-17TNI")]),
    ("Interbank rates soared as overnight and tomorrow-next money nearly tripled from last "
     "Monday.", [("not", "1987-06-15"), ("not", "1987-06-08"), ("not", "1987-06-19")]),
    ("Storms hit the coast overnight.", [("has", "1987-06-17TNI")]),
    ("Today call money traded between 4 and 5 pct.", [("has", "1987-06-18")]),
    ("Profit doubled from a year earlier to 4 mln dlrs in May.", [("has", "1987-05")]),
    # a noun's plan after "in": the negotiations' date, not the confidence's
    ("Mayor Ines Carta said she was confident about a settlement with the unions in pay "
     "negotiations slated to resume next month.", [("not", "1987-07")]),
    ("Carta will join in pay negotiations slated to resume next month.", [("has", "1987-07")]),
    ("The cabinet is due to present a new budget during a special session expected to open in "
     "July.", [("has", "1987-07")]),
    # a participle after a verb's object dates the object (an irregular one, after a gerund)
    ("The tribunal ruled today that imports were harmful and upheld a levy of 12 cts a bushel "
     "set earlier this year.", [("not", "1987")]),
    ("Harbin Rail said it inked an accord for 40 wagons, completing an order agreed in "
     "March.", [("not", "1987-03")]),
    ("Pay negotiations directed at halting a month-old rail stoppage failed today and the "
     "stoppage will continue, union leaders said.", [("has", "1987-06-18")]),
    ("Corvid Ltd said its directors formed a group to study the wording of a proposal made "
     "earlier today by Hale Inc to buy its shipping arm.",
     [("title", "A proposal was made", "1987-06-18")]),
    ("The firm said net profit this year will rise from the 61 billion lire reported in 1985.",
     [("not", "1985")]),
    ("Members endorsed the takeover at a session held on April 9.", [("has", "1987-04-09")]),
    ("The trust lowered its distribution, taking the sum since the scheme started last June "
     "to 6 dlrs.", [("has", "1986-06")]),
    # a quarter then a year named in words is that year's quarter
    ("In its second quarter last year, Lodestar earned 3.4 mln dlrs.",
     [("has", "1986-Q2"), ("not", "1987-Q2")]),
    # a bare year due after a comma is a maturity; "beyond" a date is no date of it
    ("The firm plans to issue a 20 mln dlr, 8.1 pct bond, Series B, due 2009 to the town of "
     "Ames.", [("not", "2009")]),
    ("The city raised fares, effective May 1.", [("has", "1987-05-01")]),
    ("The cartel will struggle to hold prices beyond 1988.", [("not", "1988")]),
    # a figure weighed against another time's level
    ("Three-month dollar paper changed hands at 7 pct, a quarter point above the rates "
     "prevailing at the close of last week.", [("not", "1987-W24")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "checks"), CASES)
def test_wire_wrong_dates(text: str, checks: list[tuple[str, ...]]) -> None:
    check_events(events_of(text, "en", DCT), checks)
