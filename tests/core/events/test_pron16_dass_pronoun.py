"""A pronoun opening a German "dass" clause, its verbs last, after a main clause whose subject is
one person saying it (session 25, PRON2): "Sabine Roth hat erklärt, dass sie ihr Amt …
niederlegen wird" is titled with her name and the verb second ("Sabine Roth wird ihr Amt
niederlegen"), the pronoun alone the subject (not "Roth und nicht mehr"). Two people saying it
are "they", and a pronoun before its name is not read. Articles of our own."""

from __future__ import annotations

import pytest

from tests.core.events.articles import events_of

RESOLVED = [
    (
        "Sabine Roth (SPD) hat am Donnerstag vor dem Kreistag gesagt, dass sie ihren Posten "
        "zum 29. Februar 2020 niederlegen wird.",
        ("2020-02-29", "Sabine Roth wird ihren Posten niederlegen"),
    ),
    (
        "Die Ministerin Eva Brandt kündigte an, dass sie am 3. Dezember nach Kiew reisen wird.",
        ("2019-12-03", "Brandt wird nach Kiew reisen"),
    ),
    (
        "Bürgermeister Jan Ohl teilte am Montag mit, dass er im Mai 2020 nicht mehr antreten wird.",
        ("2020-05", "Ohl wird nicht mehr antreten"),
    ),
]


@pytest.mark.parametrize(("text", "wanted"), RESOLVED)
def test_a_dass_pronoun_is_the_one_person_saying_it(text: str, wanted: tuple[str, str]) -> None:
    got = [(str(e.start), e.title) for e in events_of(text, "de", "2019-11-14")]
    assert wanted in got, got


def test_the_pronoun_alone_is_the_subject_of_a_verb_last_clause() -> None:
    text = (
        "Bürgermeister Jan Ohl teilte am Montag mit, dass er im Mai 2020 nicht mehr antreten wird."
    )
    titles = [e.title for e in events_of(text, "de", "2019-11-14")]
    assert not [t for t in titles if "Ohl und" in t], titles


UNSURE = [
    # two people: "sie" is both
    "Sabine Roth und Jan Ohl erklärten am Donnerstag, dass sie das Amt zum 31. Januar 2020 "
    "niederlegen werden.",
    # the pronoun before the name it stands for
    "Nachdem er am 3. November das Urteil verkündet hatte, verließ Richter Jan Ohl den Saal.",
]


@pytest.mark.parametrize("text", UNSURE)
def test_a_dass_pronoun_names_no_one_when_unsure(text: str) -> None:
    control = "Am 3. Mai 2019 eröffnete Jana Roth das Museum."
    titles = [e.title for e in events_of(f"{text} {control}", "de", "2019-11-14")]
    assert "Jana Roth eröffnete das Museum" in titles, titles  # the text is read
    unsure = [t for t in titles if t != "Jana Roth eröffnete das Museum"]
    assert not [t for t in unsure if t.startswith(("Sabine", "Roth", "Jan", "Ohl", "Richter"))]
