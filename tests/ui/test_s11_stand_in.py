"""The articles list says why an article's date is not its own, in words."""

from ui.models import stand_in_note


def test_each_guessed_date_says_what_it_was_guessed_from():
    assert stand_in_note("dateline-weekday") == "year guessed from weekday"
    assert stand_in_note("dateline-mtime") == "year from file time"
    assert stand_in_note("mtime") == "date from file time"
    assert stand_in_note("header") == ""
