"""A postponement's yearless target counts from the date its sentence gave the plan before,
when that date is gone by: "first booked for March 2021, was put back to November" is
November 2021 in a 2022 article, not the November ahead of publication."""

from datetime import date

import pytest

from core.temporal.tagger import tag


@pytest.mark.parametrize(
    ("language", "published", "text", "written", "value"),
    [
        ("en", "2022-02-17", "The library's roof repair, first booked for March 2021, was put "
         "back to November when the scaffolders fell ill.", "November", "2021-11"),
        ("en", "2020-02-03", "A cull of the deer herd set for May 2019 was delayed until "
         "September.", "September", "2019-09"),
        ("en", "2020-02-03", "The hearing opened on March 3 and was adjourned until January 12.",
         "January 12", "2020-01-12"),
        ("fr", "2022-02-17", "La rénovation du gymnase, prévue en mars 2021, a été repoussée à "
         "novembre.", "novembre", "2021-11"),
        ("es", "2022-02-17", "La reforma del mercado, prevista para marzo de 2021, se aplazó "
         "hasta noviembre.", "noviembre", "2021-11"),
        ("de", "2022-02-17", "Die Sanierung der Turnhalle, die für März 2021 geplant war, wurde "
         "auf November verschoben.", "November", "2021-11"),
        ("ru", "2022-02-17", "Ремонт спортзала, намеченный на март 2021 года, перенесли на "
         "ноябрь.", "ноябрь", "2021-11"),
        ("uk", "2022-02-17", "Ремонт спортзалу, запланований на березень 2021 року, перенесли на "
         "листопад.", "листопад", "2021-11"),
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
