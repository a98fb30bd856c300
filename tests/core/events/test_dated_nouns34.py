"""Happenings named by a noun with its date written on it, as wire copy writes them (session
34, TimeBank/AQUAINT): "since the May 2015 flood", "the 1996 heist that hurt a guard", "last
week's discovery of …", "a Tulsa, Okla., depot".

Each case under "the rule" is one the code before these rules got wrong (checked against
main 1443898a); each under "guard" it got right, and the rule must leave it so."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        # the rule: "since" before a happening noun with its date: the span's start is the
        # noun's own happening, told by its noun phrase
        (
            "The ferry pier has stayed closed since the May 2015 flood at the river mouth.",
            [("title", "Flood at the river mouth", "2015-05")],
        ),
        (
            "Marta Quill has been in hiding since the October 2018 robbery of a jewelry store.",
            [("title", "Robbery of a jewelry store", "2018-10")],
        ),
        # the rule: a relative after the noun is no word of a compound noun
        (
            "He also faces counts in two Reno break-ins, among them the 2017 pharmacy heist "
            "that injured a clerk.",
            [("title", "Pharmacy heist", "2017")],
        ),
        # the rule: blasts, truces and finds are happenings with their own dates
        (
            "A second courier was held in connection with last year's deadly blasts at the "
            "grain terminal.",
            [("title", "Deadly blasts at the grain terminal", "2020")],
        ),
        (
            "The inquiry turned on last month's discovery of a burned van near the quarry.",
            [("title", "Discovery of a burned van near the quarry", "2021-02")],
        ),
        (
            "Border trade picked up after the August 1994 truce in the valley war.",
            [("title", "Truce in the valley war", "1994-08")],
        ),
        # the rule: a town's abbreviated state between commas does not cut the phrase
        (
            "Ivo Brandt has been sought since the June 2016 fire at a Tulsa, Okla., "
            "lumber yard that destroyed four trucks.",
            [("title", "Fire at a Tulsa lumber yard", "2016-06")],
        ),
        # the rule: a full date's year closed by its comma still dates the noun after it,
        # and a capital "Will" inside a name ends no phrase
        (
            "Two ushers are charged in the May 3, 2011, fire at the Will Rogers Theater that "
            "gutted the lobby.",
            [("title", "Fire at the Will Rogers Theater", "2011-05-03")],
        ),
        # the rule: the clause's present refuses a date gone by, which the noun takes
        (
            "Crews are still clearing debris from the Jan. 9, 2020, collapse of the Kern "
            "Street bridge.",
            [("title", "Collapse of the Kern Street bridge", "2020-01-09"), ("not-title", "Crews")],
        ),
        # the rule: an owner's word before the date, the noun's object told; the phrase ends
        # before "until"
        (
            "The council will keep the ban imposed on Ostland after its 2003 annexation of the "
            "islands until monitors report back.",
            [("title", "Annexation of the islands", "2003")],
        ),
        # guard: an owner's word with no object after its noun: whose, the title cannot say
        (
            "Brokers said the new loan marked a small drop from its 2015 credit agreement.",
            [("not", "2015")],
        ),
        # the rule: the object after a meeting at which approval is sought is the approval's
        (
            "The brewer said the split needs investors' ratification at the June 9 annual meeting "
            "of a rise in its authorized stock.",
            [("title", "Annual meeting", "2021-06-09"), ("no-title", "rise")],
        ),
        # guard: after a superlative, "since" names a comparison's baseline, no happening
        (
            "Attendance hit 80 percent, the highest for any county poll since the 1994 merger "
            "referendum, clerks said.",
            [("not", "1994"), ("no-title", "referendum")],
        ),
        # guard: a noun that names no happening gives no event for its date
        (
            "The club has struggled since the 2012 season, its coach said.",
            [("not", "2012")],
        ),
        # guard: a one-word phrase says too little to stand alone
        (
            "Rents have climbed since the 2008 crash.",
            [("not", "2008")],
        ),
    ],
)
def test_a_noun_with_its_date_written_on_it(text: str, checks: list) -> None:
    check_events(events_of(text, "en", "2021-03-12"), checks)
