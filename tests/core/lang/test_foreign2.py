"""foreign2: what a reader of foreign news expects, in invented sentences. A year that only
tells how old a thing is (its founding or building in an aside) dates nothing: neither an
event of its own nor the clause around it; a main clause telling the founding keeps it."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from core.model import Document


def _events(text: str, language: str, pub: str = "2026-03-04") -> list[tuple[str, str]]:
    doc = Document("t.txt", "", text, pub, "header", "t", 0, "", language)
    return [(e.start, e.title) for e in extract_events(doc) if not e.undated]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Zuvor hatte die 1887 gegründete Brauerei höhere Preise angekündigt."),
        ("de", "Die Mühle, erbaut 1790, gehört seit Langem der Gemeinde."),
        ("fr", "La fromagerie, fondée en 1932, emploie quarante personnes."),
        ("es", "La bodega, fundada en 1921 por dos hermanos, exporta a veinte países."),
        ("ru", "Он десять лет руководил заводом, основанным в 1936 году."),
        ("uk", "Він вісім років керував фабрикою, заснованою 1936 року."),
    ],
)  # fmt: skip
def test_a_founding_year_in_an_aside_dates_nothing(language, text):
    assert _events(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "start", "title"),
    [
        ("es", "La bodega fue fundada en 1921.", "1921", "La bodega fue fundada"),
        ("es", "El museo será inaugurado en 2027.", "2027", "El museo será inaugurado"),
        ("fr", "Le musée sera inauguré en 2027.", "2027", "Le musée sera inauguré"),
        ("uk", "Фабрику заснували 1936 року.", "1936", "Фабрику заснували"),
        ("ru", "Завод был основан в 1936 году.", "1936", "Завод был основан"),
        # the aside's year goes; the clause keeps its own day
        ("fr", "La fromagerie, fondée en 1932, a fermé lundi.", "2026-03-02",
         "La fromagerie a fermé"),
    ],
)  # fmt: skip
def test_a_founding_told_by_its_clause_or_a_clause_around_an_aside_keeps_its_date(
    language, text, start, title
):
    assert (start, title) in _events(text, language)


# A year after "von" right after a German noun names the thing ("ein Gemälde von 1650"), as
# French "de" and Spanish "de" do: no clause's date; the clause keeps its own day.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Museum zeigt ein Gemälde von 1650.", []),
        ("Die Stadt hat am Montag ein Haus von 1820 gekauft.",
         [("2026-03-02", "Die Stadt hat ein Haus von 1820 gekauft")]),
    ],
)  # fmt: skip
def test_a_german_year_after_von_names_its_noun(text, expected):
    assert _events(text, "de") == expected


# A law or a code named by its year in the genitive ("кодекса 2006 года") is the document's
# name, not the clause's date; a clause telling the law's adoption keeps its year.
@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ru", "Суд применил нормы Лесного кодекса 2006 года.", []),
        ("uk", "Суд застосував норми Лісового кодексу 2006 року.", []),
        ("ru", "Закон приняли в 2006 году.", [("2006", "Закон приняли")]),
    ],
)  # fmt: skip
def test_a_law_named_by_its_year_dates_no_clause(language, text, expected):
    assert _events(text, language) == expected


# A quotation's attribution with its day before the speaker, and a role before the name
# ("— заявил в среду директор завода Олег Сидоров"): the saying, on that day, titled with the
# person named.
@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ru", "«Мы построим новый цех до конца года», — заявил в понедельник директор завода "
         "Олег Сидоров.", ("2026-03-02", "Олег Сидоров: «Мы построим новый цех до конца года»")),
        ("uk", "«Ми збудуємо новий цех до кінця року», — заявив у понеділок директор заводу "
         "Олег Сидоренко.", ("2026-03-02", "Олег Сидоренко: «Ми збудуємо новий цех до кінця року»")),
        ("fr", "« Nous construirons un nouvel atelier », a déclaré lundi le directeur de "
         "l'usine, Paul Girard.", ("2026-03-02", "Paul Girard : « Nous construirons un nouvel atelier »")),
    ],
)  # fmt: skip
def test_a_quote_dated_before_its_speaker_is_the_speakers_saying(language, text, expected):
    assert expected in _events(text, language)


def test_a_quote_with_no_person_named_after_its_day_is_no_ones() -> None:
    text = "« Nous construirons un nouvel atelier cette année », a déclaré lundi le directeur."
    assert _events(text, "fr") == []


# A record's figure in apposition, with the participle that tells where and when it was set:
# the record's date, no happening of the news ("the record was broken on …" stays one).
@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("es", "El récord de lluvia, los 112,5 litros medidos en Bilbao en mayo de 2018, sigue "
         "en pie.", []),
        ("fr", "Le record de chaleur, les 41,2 degrés relevés à Nantes le 18 juillet 2022, "
         "tient toujours.", []),
        ("fr", "Le record a été battu le 18 juillet 2022.", [("2022-07-18", "Le record a été battu")]),
    ],
)  # fmt: skip
def test_a_records_figure_set_in_a_place_dates_nothing(language, text, expected):
    assert _events(text, language) == expected
