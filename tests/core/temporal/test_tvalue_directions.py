"""Time expressions a verb or a year nearby sent the wrong way (session 29, helper tvalue), in
sentences of our own: a weekday opening a clause takes the direction of the clause's own verb
("dijo que el viernes votará el pleno"); a ballot "has been called for Friday", gales that
"could hit" on Saturday, "elle recevrait des syndicalistes jeudi" lie ahead; "the Harbour Open on
Sunday" is a name, not "open"; a year ending a span ("until 2028") or closing a partitive
relative aside ("the oldest of which … in 1991") frames no month after it; "last year" in a
relative clause after a past frame, and Ukrainian "наступного року" with a future verb,
count from publication."""

from __future__ import annotations

from datetime import date

import pytest

from core.temporal.tagger import tag
from tests.core.events.articles import check_events, events_of

WEDNESDAY = date(2024, 3, 13)


def _values(text: str, lang: str, dct: date = WEDNESDAY) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "pairs"),
    [
        # the clause "que"/"that"/"что"/"що" opens: its verb after the weekday says which way
        (
            "es",
            "El concejal dijo que el viernes votará el pleno municipal.",
            [("el viernes", "2024-03-15")],
        ),
        (
            "es",
            "El concejal dijo que el viernes votó el pleno municipal.",
            [("el viernes", "2024-03-08")],
        ),
        (
            "en",
            "The warden said that on Friday the ferry would resume sailings.",
            [("Friday", "2024-03-15")],
        ),
        (
            "en",
            "The warden said that on Friday the ferry resumed sailings.",
            [("Friday", "2024-03-08")],
        ),
        (
            "ru",
            "Глава района сообщил, что в пятницу комиссия осмотрит мост.",
            [("пятницу", "2024-03-15")],
        ),
        # a meeting called, a rally already called, for a day: ahead
        (
            "en",
            "A ballot of the dock workers has been called for Friday.",
            [("Friday", "2024-03-15")],
        ),
        (
            "en",
            "The tenants' group has already called a second rally for Saturday.",
            [("Saturday", "2024-03-16")],
        ),
        # what a forecast says could come
        (
            "en",
            "Gales could hit the northern isles on Saturday.",
            [("Saturday", "2024-03-16")],
        ),
        (
            "en",
            "A second front could bring freezing rain to the valley on Tuesday.",
            [("Tuesday", "2024-03-19")],
        ),
        # ... but not what could be seen then
        (
            "en",
            "Neighbours said the smoke could be seen on Friday.",
            [("Friday", "2024-03-08")],
        ),
        # French: the conditional of "recevoir", what is "à prévoir"
        (
            "fr",
            "La ministre a promis qu'elle recevrait des syndicalistes jeudi à Rodez.",
            [("jeudi", "2024-03-14")],
        ),
        (
            "fr",
            "Des coupures de courant sont aussi à prévoir vendredi à Tulle.",
            [("vendredi", "2024-03-15")],
        ),
        (  # the imperfect stays behind
            "fr",
            "Il recevait ses électeurs jeudi à la mairie.",
            [("jeudi", "2024-03-07")],
        ),
        # German: a state that holds on a day ahead, "the next" performance
        (
            "de",
            "Das Hallenbad bleibt am Freitag geschlossen.",
            [("Freitag", "2024-03-15")],
        ),
        (
            "de",
            "Das Hallenbad blieb am Freitag geschlossen.",
            [("Freitag", "2024-03-08")],
        ),
        # a tournament's name is no verb "open": the win is behind
        (
            "en",
            "Tomas Varga won the Riverside Open on Sunday, beating the second seed.",
            [("Sunday", "2024-03-10")],
        ),
        (  # a headline in title case still reads "Will Open" ahead
            "en",
            "Grocer Will Open Its Third Store on Friday",
            [("Friday", "2024-03-15")],
        ),
    ],
)
def test_a_weekday_takes_the_way_its_own_verb_says(lang: str, text: str, pairs: list) -> None:
    assert _values(text, lang) == pairs


@pytest.mark.parametrize(
    ("lang", "dct", "text", "pairs"),
    [
        # a year ending a span frames no month: April is the signing's, this year's
        (
            "en",
            date(2025, 6, 2),
            "Okafor signed a contract extension until 2029 in April.",
            [("2029", "2029"), ("April", "2025-04")],
        ),
        # a partitive relative aside's year is the thing's, not the plan's
        (
            "en",
            date(2019, 11, 19),
            "The ferry line will retire its last two boats, the older of which entered"
            " service in 1987, by December.",
            [("1987", "1987"), ("December", "2019-12")],
        ),
        # "last year" in a relative clause after a past frame: from publication
        (
            "en",
            date(2020, 6, 19),
            "In 2016 he bought a fishing boat with a bank loan, which he repaid last year.",
            [("2016", "2016"), ("last year", "2019")],
        ),
        (  # ... but words said on the story's day still count from it
            "en",
            date(2020, 6, 19),
            "In 1998, he signed a lease, which he said would be renewed next year.",
            [("1998", "1998"), ("next year", "1999")],
        ),
        # Ukrainian "наступного року" with a future verb: the year after publication
        (
            "uk",
            date(2021, 9, 1),
            "Лікарню збудували 1972 року. «Наступного року ми відкриємо нове крило», —"
            " пообіцяв директор.",
            [("1972 року", "1972"), ("Наступного року", "2022")],
        ),
        (  # ... told in the past it is still the year after the one named
            "uk",
            date(2021, 9, 1),
            "Міст спроєктували в 1954 році, а збудували наступного року.",
            [("1954 році", "1954"), ("наступного року", "1955")],
        ),
    ],
)
def test_a_year_frames_only_what_it_frames(lang: str, dct: date, text: str, pairs: list) -> None:
    assert _values(text, lang, dct) == pairs


@pytest.mark.parametrize(
    ("lang", "published", "text", "checks"),
    [
        (
            "en",
            "2024-03-13",
            "Tomas Varga won the Riverside Open on Sunday, beating the second seed.",
            [("has", "2024-03-10"), ("not", "2024-03-17")],
        ),
        (
            "en",
            "2025-06-02",
            "Okafor signed a contract extension until 2029 in April.",
            [("has", "2025-04"), ("not", "2029-04")],
        ),
        (
            "fr",
            "2024-03-13",
            "La ministre a promis qu'elle recevrait des syndicalistes jeudi à Rodez.",
            [("has", "2024-03-14"), ("not", "2024-03-07")],
        ),
    ],
)
def test_the_event_takes_the_date_read(lang: str, published: str, text: str, checks: list) -> None:
    check_events(events_of(text, lang, published), checks)


@pytest.mark.parametrize(
    ("lang", "dct", "text", "pairs"),
    [
        # a look back told in the past, after a plan's date still ahead: from the news's day
        (
            "de",
            date(2019, 11, 14),
            "Der Landrat hat am Donnerstag erklärt, dass er sein Amt zum 31. März 2020"
            " niederlegen wird. Zwei Tage zuvor war im Kreistag sein Haushaltsentwurf"
            " gescheitert.",
            [
                ("Donnerstag", "2019-11-14"),
                ("31. März 2020", "2020-03-31"),
                ("Zwei Tage zuvor", "2019-11-12"),
            ],
        ),
        (  # ... a look back told ahead still counts from the plan's date
            "de",
            date(2019, 11, 14),
            "Die Wahl findet am 20. Dezember statt. Zwei Tage zuvor endet die Frist.",
            [("20. Dezember", "2019-12-20"), ("Zwei Tage zuvor", "2019-12-18")],
        ),
        # the past perfect of an irregular verb looks back: the story stays on its day
        (
            "en",
            date(2019, 6, 15),
            "On the morning of 12 April 1996 the shipyard closed. The welders met in the"
            " bowling club their fathers had sold in 1931. Two weeks later, the crews raced"
            " again.",
            [
                ("the morning of 12 April 1996", "1996-04-12TMO"),
                ("1931", "1931"),
                ("Two weeks later", "1996-W17"),
            ],
        ),
        # a plan since changed looks back: its day is the one gone by
        (
            "en",
            date(2025, 1, 29),
            "The ferry's maiden voyage was initially set for December 9, then postponed in"
            " late November.",
            [("December 9", "2024-12-09"), ("late November", "2024-11")],
        ),
        (
            "en",
            date(2022, 11, 3),
            "The footbridge was first due to reopen in June; floods in 2021 held up the repairs.",
            [("June", "2022-06"), ("2021", "2021")],
        ),
    ],
)
def test_a_look_back_counts_from_the_right_day(
    lang: str, dct: date, text: str, pairs: list
) -> None:
    assert _values(text, lang, dct) == pairs
