"""A postponement's yearless target counts from the date its sentence gave the plan before,
when that date is gone by: "due in April 2021, was postponed to October" is October 2021 in a
2022 article, not the October ahead of publication."""

from datetime import date

import pytest

from core.temporal.tagger import tag


@pytest.mark.parametrize(
    ("language", "published", "text", "written", "value"),
    [
        ("en", "2022-02-17", "The safety check of the chairlift, which had been due in April "
         "2021, was postponed to October because staff were short.", "October", "2021-10"),
        ("en", "2020-02-03", "The audit, due in March 2019, was put off until September.",
         "September", "2019-09"),
        ("en", "2020-02-03", "The hearing opened on March 3 and was adjourned until January 12.",
         "January 12", "2020-01-12"),
        ("fr", "2022-02-17", "Le contrôle du téléphérique, prévu en avril 2021, a été reporté à "
         "octobre faute de techniciens.", "octobre", "2021-10"),
        ("es", "2022-02-17", "La revisión del teleférico, prevista para abril de 2021, se aplazó "
         "hasta octubre.", "octubre", "2021-10"),
        ("de", "2022-02-17", "Die Prüfung der Seilbahn, die für April 2021 geplant war, wurde auf "
         "Oktober verschoben.", "Oktober", "2021-10"),
        ("ru", "2022-02-17", "Проверку канатной дороги, намеченную на апрель 2021 года, "
         "перенесли на октябрь.", "октябрь", "2021-10"),
        ("uk", "2022-02-17", "Перевірку канатної дороги, заплановану на квітень 2021 року, "
         "перенесли на жовтень.", "жовтень", "2021-10"),
        # a date in a relative aside is no plan the target counts from
        ("en", "2025-10-08", "The bank, which raised rates 14 times between December 2021 and "
         "August 2023, will announce its next decision on November 6.", "November 6",
         "2025-11-06"),
        # a plan still ahead: the target is placed as before, after publication
        ("en", "2020-02-03", "The fair, which had been planned for May 2020, was postponed to "
         "October.", "October", "2020-10"),
        ("en", "2022-02-17", "The council postponed the vote to March.", "March", "2022-03"),
    ],
)  # fmt: skip
def test_a_postponement_target_counts_from_the_plan(language, published, text, written, value):
    found = {t.text: t.value for t in tag(text, date.fromisoformat(published), language)}
    assert found.get(written) == value, found
