"""German, Russian and Ukrainian titles whose subject was lost or taken from the wrong clause.

- A German follow-on that puts its verb second and its own pronoun subject after it ("…,
  1995 lehnte sie ihn ab") is titled with whom the pronoun stands for, or the pronoun as
  written, never the first clause's subject with the pronoun left inside ("Beamte wurde er
  festgenommen"); the same pronoun as the first clause's subject stands for the same one.
- A clause opened by "а"/"і" after a colon goes on from the clause after the colon, not from
  the first clause that the colon announces ("Звіт був коротким: у травні рада ухвалила …, а
  в червні затвердила …" → the council approved).
- A fronted purpose phrase ("Чтобы сократить расходы,", "Щоб скоротити витрати,") is no
  subject: the title names the subject after its comma.
- Ukrainian nouns in "-ив" ("кооператив", "детектив") are no masculine past.
"""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        ("Die Tänzerin Ilka Moor ist gestorben. 1981 nahm sie den Preis der Akademie an, "
         "1986 lehnte sie ihn ab.",
         [("title", "Die Tänzerin Ilka Moor lehnte ihn ab", "1986"),
          ("no-title-with", "lehnte sie")]),
        ("Der Geiger Otto Brandl ist gestorben. 1962 zog er nach Lübeck, und 1970 gewann er "
         "den Wettbewerb der Stadt.",
         [("title", "Otto Brandl gewann den Wettbewerb der Stadt", "1970")]),
        # no one named: the pronoun as written, not the searchers' deed
        ("Am Montag durchsuchten Zöllner die Halle, zwei Tage später wurde er festgenommen.",
         [("title", "Er wurde festgenommen", "2024-03-06"),
          ("no-title-with", "Zöllner wurde")]),
        # "sie" with a plural verb: they, whom the singular name cannot stand for
        ("Der Geiger Otto Brandl ist gestorben. 1962 zog er nach Lübeck, 1970 gewannen sie "
         "den Wettbewerb.", [("title", "Sie gewannen den Wettbewerb", "1970")]),
    ],
)  # fmt: skip
def test_a_german_follow_on_names_its_own_pronoun_subject(text, checks):
    check_events(events_of(text, "de", "2024-03-07"), checks)


@pytest.mark.parametrize(
    ("language", "text", "checks"),
    [
        ("uk", "Звіт був коротким: у травні рада ухвалила бюджет, а в червні затвердила "
               "план ремонту.",
         [("title", "Рада затвердила план ремонту", "2023-06")]),
        ("ru", "Отчёт был коротким: в мае рабочие разобрали забор, а в июне закончили укладку "
               "плитки.",
         [("title", "Рабочие закончили укладку плитки", "2023-06")]),
        ("uk", "Негода їх не спинила: у травні теслі розібрали старий навіс, а в червні "
               "завершили новий дах.",
         [("title", "Теслі завершили новий дах", "2023-06"), ("no-title-with", "Негода")]),
    ],
)  # fmt: skip
def test_a_clause_after_a_colon_lends_its_subject_to_the_next(language, text, checks):
    check_events(events_of(text, language, "2023-12-06"), checks)


@pytest.mark.parametrize(
    ("language", "text", "checks"),
    [
        ("ru", "Чтобы сократить расходы, совет в мае закрыл две школы.",
         [("title", "Совет закрыл две школы", "2023-05")]),
        ("ru", "Чтобы сократить расходы, кооператив следующим летом закупит новые ульи.",
         [("title", "Кооператив закупит новые ульи", "2024-SU")]),
        ("uk", "Щоб скоротити витрати, рада у травні закрила дві школи.",
         [("title", "Рада закрила дві школи", "2023-05")]),
    ],
)  # fmt: skip
def test_a_fronted_purpose_phrase_is_no_subject(language, text, checks):
    check_events(events_of(text, language, "2023-12-06"), checks)


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        ("Кооператив відправив перші ящики сиру у квітні 2017 року.",
         [("title", "Кооператив відправив перші ящики сиру", "2017-04")]),
        ("Детектив знайшов викрадену картину у березні.",
         [("title", "Детектив знайшов викрадену картину", "2023-03")]),
    ],
)  # fmt: skip
def test_a_ukrainian_noun_in_iv_is_no_past_verb(text, checks):
    check_events(events_of(text, "uk", "2023-12-06"), checks)


@pytest.mark.parametrize(
    ("language", "text", "checks"),
    [
        ("ru", "На Казанской бирже в пятницу акции завода выросли на 3%.",
         [("title", "Акции завода выросли на 3%", "2023-12-01"), ("no-title-with", "Бирже")]),
        ("uk", "На Одеській біржі у вівторок акції порту подешевшали на 2%.",
         [("title", "Акції порту подешевшали на 2%", "2023-12-05"), ("no-title-with", "Біржі")]),
    ],
)  # fmt: skip
def test_a_fronted_place_adjective_keeps_its_noun(language, text, checks):
    check_events(events_of(text, language, "2023-12-06"), checks)


@pytest.mark.parametrize(
    ("language", "text", "checks"),
    [
        ("ru", "Пианистка Вера Лаптева умерла в среду. Премию она получила в 1979 году.",
         [("title", "Вера Лаптева получила премию", "1979")]),
        ("uk", "Скрипалька Ніна Гордієнко померла в середу. Консерваторію вона закінчила "
               "1962 року.",
         [("title", "Ніна Гордієнко закінчила консерваторію", "1962")]),
        # an adverb before the pronoun is no object
        ("uk", "Скрипалька Ніна Гордієнко померла в середу. Уперше вона взяла скрипку "
               "1951 року.", [("no-title-with", "взяла уперше")]),
    ],
)  # fmt: skip
def test_an_object_fronted_before_a_pronoun_goes_after_the_verb(language, text, checks):
    check_events(events_of(text, language, "2023-12-07"), checks)


@pytest.mark.parametrize(
    ("language", "text", "checks"),
    [
        ("ru", "Пианистка Вера Лаптева умерла в среду. Родилась она в 1931 году в Туле.",
         [("title", "Вера Лаптева родилась в Туле", "1931")]),
        ("uk", "Скрипалька Ніна Гордієнко померла в середу. Народилася вона 1934 року в "
               "Ніжині.", [("title", "Ніна Гордієнко народилася в Ніжині", "1934")]),
        # the person named before is a man: no one sure, the pronoun before its verb
        ("uk", "Скрипаль Остап Гордієнко помер у середу. Народилася вона 1934 року в Ніжині.",
         [("title", "Вона народилася в Ніжині", "1934"), ("no-title-with", "Гордієнко народилася")]),
    ],
)  # fmt: skip
def test_a_pronoun_after_its_verb_is_named_or_put_before_it(language, text, checks):
    check_events(events_of(text, language, "2023-12-07"), checks)
