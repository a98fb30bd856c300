"""Spanish "si" opens a condition: a dated report whose content runs on into one is told up to
it ("avisó ayer que irá a la huelga | si …"), and a condition with its own date is no
happening ("Si el pacto se firma el lunes, …")."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from core.model import Document


def _events(text: str) -> list[tuple[str, str]]:
    doc = Document(
        path="x", title="", text=text, published="2019-10-17",
        published_source="user", content_hash=text, language="es",
    )  # fmt: skip
    return [(str(e.start), e.title) for e in extract_events(doc)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La cofradía de pescadores Brisa Alta anunció ayer que convocará protestas si las "
            "autoridades regionales no financian la limpieza del estuario del río Orbal.",
            [
                (
                    "2019-10-16",
                    "La cofradía de pescadores Brisa Alta anunció que convocará protestas",
                )
            ],
        ),
        (
            "La plataforma Lomas Verdes advirtió hoy que presentará una denuncia si la "
            "constructora no retira las grúas instaladas junto al colegio del barrio.",
            [("2019-10-17", "La plataforma Lomas Verdes advirtió que presentará una denuncia")],
        ),
    ],
)
def test_a_long_report_is_told_up_to_its_condition(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Si el convenio se firma el lunes, los conductores volverán al trabajo.",
        "Si la junta aprueba el presupuesto el martes, la piscina abrirá en verano.",
    ],
)
def test_a_dated_condition_is_no_happening(text: str) -> None:
    assert not [title for day, title in _events(text) if day.startswith("2019-10-2")]
