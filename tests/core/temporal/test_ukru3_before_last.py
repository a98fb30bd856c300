""" "The year before last" in Russian and Ukrainian ("позапрошлый", "позаминулий") counts two
back from publication, whatever its unit; "last" counts one. Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from core.temporal.tagger import tag

PUBLISHED = date(2016, 6, 9)  # a Thursday of ISO week 23


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("ru", "В позапрошлом году клуб сменил тренера.", "2014"),
        ("ru", "Весной позапрошлого года клуб сменил тренера.", "2014-SP"),
        ("ru", "В марте позапрошлого года завод остановили.", "2014-03"),
        ("ru", "На позапрошлой неделе мост закрыли.", "2016-W21"),
        ("ru", "В позапрошлом месяце цены выросли.", "2016-04"),
        ("ru", "В прошлом году клуб сменил тренера.", "2015"),
        ("uk", "Позаминулого року клуб змінив тренера.", "2014"),
        ("uk", "У позаминулому році клуб змінив тренера.", "2014"),
        ("uk", "Позаминулого тижня міст закрили.", "2016-W21"),
        ("uk", "Минулого року клуб змінив тренера.", "2015"),
    ],
)
def test_before_last_counts_two_back(language, text, value) -> None:
    assert [t.value for t in tag(text, PUBLISHED, language)] == [value]
