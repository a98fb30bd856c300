"""deru25: German, Russian and Ukrainian classes of session 25.

- "…, dass sie ihr Amt im Januar niederlegen wird": a subject pronoun opening a clause that
  puts its verb last is the subject alone ("ihr Amt" is the object), resolved to its name;
  the saying keeps its own day; a possessive after a noun opens the object too ("nachdem der
  Rat seine Pläne vorgestellt hatte").
- A year right before the verb that closes such a clause ("…, dass sie zum 31. März 2024
  zurücktritt") leaves it the clause's verb; a separable verb glued to its particle is a
  present that looks ahead ("zurücktritt"), told split in a title ("tritt … zurück").
- A party in brackets after a name or a noun ("Jana Roth (FDP), die …", "der Landrat (CDU),
  der …") leaves the relative its antecedent and the speaker its name.
- Such a relative that tells a state ("…, die seit 2015 im Amt ist") is no happening.
- German "Ihr Chef wurde am Montag entlassen": a possessive no name is sure for ("ihr" is
  hers, theirs or a thing's) is kept as written, opening its subject, as English keeps "Its
  board …"; a name owning a thing is written the German way ("Lehmanns Firma", "Hans Weiß'
  Verlag"), not "Lehmann's".
- German "seit" before a year in a clause not told in the past starts a state lasting to now
  ("die seit 1897 durch Lindenau fährt", "erinnert seit 2014 eine Tafel"): no happening that
  year; a past keeps it ("waren seit 1958 verheiratet"). A "seit" phrase without a verb of
  its own ("Seit dem Umzug im Jahr 2010 wuchs …") says when a running span began.
- A relative clause its preposition opens ("Брат, з яким вона відкрила майстерню, помер …",
  "Фонд, с которым город подписал договор …, закрылся …"; English "with which" too) is a
  clause of its own: the main clause's subject keeps its own verb and date, and the relative's
  date dates its own happening.
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from core.model import Document


def _events(text: str, pub: str = "2024-02-15", language: str = "de") -> list[tuple[str, str]]:
    doc = Document("t.txt", "", text, pub, "header", "t", 0, "", language)
    return [(e.start, e.title) for e in extract_events(doc) if not e.undated]


@pytest.mark.parametrize(
    ("text", "start", "title"),
    [
        ("Jana Roth kündigte am Montag an, dass sie ihr Mandat im April niederlegen wird.",
         "2024-04", "Jana Roth wird ihr Mandat niederlegen"),
        ("Jana Roth kündigte am Montag an, dass sie ihr Mandat im April niederlegen wird.",
         "2024-02-12", "Jana Roth kündigte an, dass sie ihr Mandat niederlegen wird"),
        ("Jana Roth (FDP) hat am Montag im Kreistag erklärt, dass sie ihr Mandat im April "
         "niederlegen wird.", "2024-02-12",
         "Jana Roth hat erklärt, dass sie ihr Mandat niederlegen wird"),
        ("Die Stadt teilte mit, dass der Rat seine Pläne am Montag vorgestellt hatte.",
         "2024-02-12", "Der Rat hatte seine Pläne vorgestellt"),
    ],
)  # fmt: skip
def test_a_pronoun_opening_a_verb_last_clause_is_the_subject_alone(text, start, title):
    assert (start, title) in _events(text), _events(text)


@pytest.mark.parametrize(
    ("text", "start", "title"),
    [
        ("Jana Roth erklärte am Montag, dass sie zum 31. März 2024 zurücktritt.", "2024-03-31",
         "Jana Roth tritt zurück"),
        ("Die Kanzlei erklärte, dass der Vorstand im März zurücktritt.", "2024-03",
         "Der Vorstand tritt zurück"),
        ("Der Verband teilte mit, dass die Delegation im Mai abreist.", "2024-05",
         "Die Delegation reist ab"),
    ],
)  # fmt: skip
def test_a_glued_separable_present_closes_its_clause_and_looks_ahead(text, start, title):
    assert (start, title) in _events(text), _events(text)


@pytest.mark.parametrize(
    ("text", "start", "title"),
    [
        ("Der Landrat (CDU), der im Januar gewählt worden war, kritisierte am Dienstag die "
         "Pläne.", "2024-01", "Der Landrat war gewählt worden"),
        ("Jana Roth (FDP), die im Januar zurückgetreten war, kritisierte am Dienstag die Pläne.",
         "2024-01", "Jana Roth war zurückgetreten"),
    ],
)  # fmt: skip
def test_a_party_in_brackets_leaves_the_relative_its_antecedent(text, start, title):
    assert (start, title) in _events(text), _events(text)


def test_a_relative_that_tells_a_state_is_no_happening():
    text = "Landrätin Jana Roth (FDP), die seit 2019 im Amt ist, kritisierte am Dienstag die Pläne."
    assert not [e for e in _events(text) if e[0] == "2019"], _events(text)


@pytest.mark.parametrize(
    ("language", "text", "start", "title"),
    [
        ("uk", "Брат, з яким вона відкрила майстерню, помер у 2009 році.", "2009", "Брат помер"),
        ("ru", "Фонд, с которым город подписал договор в 2017 году, закрылся в марте.",
         "2023-03", "Фонд закрылся"),
        ("ru", "Фонд, с которым город подписал договор в 2017 году, закрылся в марте.",
         "2017", "Город подписал договор"),
        ("ru", "Клуб, в котором играли сорок детей, распустили в 2011 году.", "2011",
         "Клуб распустили"),
        ("en", "The trust, with which the council signed a lease in 2017, folded in March.",
         "2023-03", "The trust folded"),
    ],
)  # fmt: skip
def test_a_relative_its_preposition_opens_is_a_clause_of_its_own(language, text, start, title):
    assert (start, title) in _events(text, language=language), _events(text, language=language)


@pytest.mark.parametrize(
    ("text", "start", "title"),
    [
        ("Die Firma Orgelbau Bremer meldete Insolvenz an. Ihr Chef wurde am Montag entlassen.",
         "2024-02-12", "Ihr Chef wurde entlassen"),
        ("Die Genossenschaft ist pleite. Ihre Mitarbeiter streikten am Dienstag.", "2024-02-13",
         "Ihre Mitarbeiter streikten"),
    ],
)  # fmt: skip
def test_a_possessive_no_name_is_sure_for_is_kept_as_written(text, start, title):
    assert (start, title) in _events(text), _events(text)


def test_a_possessive_kept_tells_no_habit():
    text = "Die Genossenschaft ist pleite. Ihre Mitarbeiter streiken jährlich im Mai."
    assert _events(text) == [], _events(text)


@pytest.mark.parametrize(
    ("text", "start", "title"),
    [
        ("Bernd Hoffmann ist tot. Seine letzte Brücke wurde im Mai 2010 eröffnet.", "2010-05",
         "Bernd Hoffmanns letzte Brücke wurde eröffnet"),
        ("Klaus Voß ist tot. Sein Verlag wurde 1985 gegründet.", "1985",
         "Klaus Voß' Verlag wurde gegründet"),
    ],
)  # fmt: skip
def test_a_name_owning_a_thing_takes_the_german_ending(text, start, title):
    assert (start, title) in _events(text), _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Fähre, die seit 1952 zwischen den Inseln pendelt, fällt am Montag aus.",
        "An das Kino erinnert seit 2011 nur ein Schild über der Tür.",
        "Seit dem Umbau im Jahr 2016 wuchs der Verein stark.",
    ],
)
def test_a_year_after_seit_in_a_present_clause_dates_no_happening(text):
    got = _events(f"{text} {_CONTROL}")
    assert _CONTROL_EVENT in got, got  # the text is read: its other sentence gives its event
    assert not [e for e in got if e[0][:2] in ("19", "20") and len(e[0]) == 4], got


_CONTROL = "Am 3. Mai 2019 eröffnete Jana Roth das Museum."
_CONTROL_EVENT = ("2019-05-03", "Jana Roth eröffnete das Museum")


def test_a_year_after_seit_in_a_past_clause_keeps_its_date():
    text = "Die beiden waren seit 1961 verheiratet."
    assert ("1961", "Die beiden waren verheiratet") in _events(text), _events(text)
