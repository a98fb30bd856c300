"""Wire copy's dates that belong to something other than the clause (session 34): a share's
record day after "each share held", a decision's day after a possessive ("Kessler's decision
announced on May 30"), the day someone was told a plan, a ruling's day after "around", a
security's maturity after "due", a weekday after a plain present; and spans wire copy writes
without "from" ("in February-June", "between June 1 and June 8")."""

import pytest

from tests.core.events.articles import check_events, events_of

PUBLISHED = "1990-06-12"  # a Tuesday


def _events(sentence: str):
    return events_of(f"A headline\n\n{sentence}", "en", PUBLISHED)


NOT_THE_CLAUSE = [
    # a participle after an object opened by "each", "every" or a name's possessive dates the
    # object, not the clause it stands in
    (
        "Every holder will receive one warrant for each share held on June 20, the bank said.",
        [("not", "1990-06-20")],
    ),
    (
        "Many growers are angry with Kessler's decision announced on May 30 to cut subsidies.",
        [
            ("title", "Kessler's decision was announced", "1990-05-30"),
            ("title-not", "growers", "1990-05-30"),
        ],
    ),
    # a weekday right after "told someone on" is the telling's, gone by
    (
        "Pelham told analysts on Friday it would close its Leeds plant.",
        [("has", "1990-06-08"), ("not", "1990-06-15")],
    ),
    (
        "Pelham told analysts on Friday its Leeds plant will close.",
        [("not", "1990-06-15")],
    ),
    # ... while a weekday of what was told, after its verb, is still the coming one
    ("Pelham told staff the Leeds plant will close on Friday.", [("has", "1990-06-15")]),
    # a security's maturity after "due", whatever follows it, dates no clause
    (
        "Orval Finance is selling a 40 mln dlr eurobond, due May 2, 1996 with an 8 pct yield.",
        [("not", "1996-05-02")],
    ),
    (
        "The board will halt trading in the firm's 11 pct notes, due March 1, 1998 before the "
        "opening on June 14.",
        [("not", "1998-03-01")],
    ),
    # ... while a thing's own "due" in an aside, closed at once, keeps its reading
    ("The report, due June 20, will show output rose.", [("has", "1990-06-20")]),
    # a plain present right before a bare weekday is a timetable: the coming day
    (
        "Premier Ola Brandt, stung by criticism from his party, heads off Wednesday to Oslo.",
        [("has", "1990-06-13"), ("not", "1990-06-06")],
    ),
    ("The trade minister leaves Thursday for talks in Lima.", [("has", "1990-06-14")]),
    # ... a past keeps the day gone by
    ("The trade minister left Thursday for talks in Lima.", [("has", "1990-06-07")]),
    # a need ahead ("will have to") takes no year gone by, and a past form after "the" is an
    # adjective, no saying that could date it
    (
        "Analysts say Norrland will have to draw on reserves to keep the reported 1989 profit "
        "at 1988 levels.",
        [("not", "1989"), ("not", "1988")],
    ),
    ("The plan will have to be approved in 1991.", [("has", "1991")]),
    # a day's possessive after "around" dates its noun, not the clause
    (
        "The growers said they would look for ways around Monday's ruling by the tribunal.",
        [("title-not", "growers", "1990-06-11"), ("title", "Ruling by the tribunal", "1990-06-11")],
    ),
]


@pytest.mark.parametrize(("sentence", "checks"), NOT_THE_CLAUSE)
def test_a_date_of_something_else_does_not_date_the_clause(sentence, checks):
    check_events(_events(sentence), checks)


SPANS = [
    ("Tin output fell 4 pct in February-May, the bureau said.", ("1990-02", "1990-05")),
    ("Tin output fell 4 pct in February to May, the bureau said.", ("1990-02", "1990-05")),
    ("Dock workers struck between June 1 and June 8.", ("1990-06-01", "1990-06-08")),
    ("Vance bought 4,000 Orrin shares between Jan 22 and May 29.", ("1990-01-22", "1990-05-29")),
    # guards: two months with "and" are two months; months after "over the" are a trade's
    # contract months; a day list stays a span
    ("Tin output fell 4 pct in February and May, the bureau said.", ("1990-02", None)),
    ("The regatta ran on June 6 and 7.", ("1990-06-06", "1990-06-07")),
    ("Barley for March firmed over the April through May contracts.", None),
]


@pytest.mark.parametrize(("sentence", "span"), SPANS)
def test_a_span_written_without_from_keeps_its_end(sentence, span):
    got = [(e.start, e.end) for e in _events(sentence) if not e.undated]
    if span is None:
        assert not [end for _, end in got if end], got
    else:
        assert span in got, got
