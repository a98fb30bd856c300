"""fx3: what a reader of modern foreign news expects, in invented sentences: a French "que"
elided onto the subject of what was said ("a annoncé qu'il …", "qu'une …") still opens it,
and the saying is an event on its own day; a Russian or Ukrainian role with its genitive
complement before a name ("Міністр культури Олена Бондар") titles the person."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from core.model import Document


def _events(text: str, language: str, pub: str = "2026-03-04") -> list[tuple[str, str]]:
    doc = Document("t.txt", "", text, pub, "header", "t", 0, "", language)
    return [(e.start, e.title) for e in extract_events(doc) if not e.undated]


@pytest.mark.parametrize(
    ("text", "start", "title"),
    [
        ("Le maire a indiqué mardi qu'il rouvrira la piscine.", "2026-03-03",
         "Le maire a indiqué qu'il rouvrira la piscine"),
        ("La directrice, Claire Morel, a annoncé dimanche qu'elle quitterait le théâtre.",
         "2026-03-01", "Morel a annoncé qu'elle quitterait le théâtre"),
        ("Le préfet a confirmé lundi qu'une nouvelle caserne ouvrira à Vienne.", "2026-03-02",
         "Le préfet a confirmé qu'une nouvelle caserne ouvrira à Vienne"),
        ("Le club a déclaré mardi qu'on ne vendra pas le stade.", "2026-03-03",
         "Le club a déclaré qu'on ne vendra pas le stade"),
    ],
)  # fmt: skip
def test_a_french_que_elided_onto_its_subject_still_tells_what_was_said(text, start, title):
    assert (start, title) in _events(text, "fr")


@pytest.mark.parametrize(
    ("language", "text", "start", "title"),
    [
        # a role's genitive complement before the name: the title names the person, and what
        # was said fits in it
        ("uk", "Міністр культури Олена Бондар заявила у вівторок, що місто з початку року "
         "отримало сорок експонатів.", "2026-03-03",
         "Бондар заявила, що місто з початку року отримало сорок експонатів"),
        ("uk", "Голова правління банку Ігор Шевчук у вівторок подав у відставку.", "2026-03-03",
         "Шевчук подав у відставку"),
        ("ru", "Министр спорта Анна Белова в понедельник открыла новый стадион.", "2026-03-02",
         "Белова открыла новый стадион"),
    ],
)  # fmt: skip
def test_a_role_with_its_genitive_before_a_name_titles_the_person(language, text, start, title):
    assert (start, title) in _events(text, language)
