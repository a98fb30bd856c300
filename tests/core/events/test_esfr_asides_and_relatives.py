"""Spanish and French: a participle's aside after the verb's object whose date is followed by
its agent or place ("…, firmado en 1985 por cinco países.") dates the aside, never the clause
before it; a subject's relative closed by a comma before the main verb ("Le maire qui a
démissionné en mars, a été remplacé hier") leaves both titles without the relative's "qui";
a verb of saying between two commas ("En 2019, añadió, la lonja vendió …") is no verb of the
clause."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of

_ASIDES = [
    (
        "es",
        "La alcaldesa derribó la pasarela, construida en 1961 por una empresa vasca.",
        [("not", "1961")],
    ),
    (
        "es",
        "El gobierno denunció el convenio pesquero, firmado en 1992 en Rabat, y convocó a los "
        "armadores.",
        [("not", "1992")],
    ),
    (
        "fr",
        "La commune a vendu le kiosque, construit en 1902 par un ferronnier.",
        [("not", "1902")],
    ),
    (
        "fr",
        "Le club a résilié le bail, signé en 2011 avec la ville.",
        [("not", "2011")],
    ),
    # (an aside that ends at its date was read so before)
    (
        "es",
        "La alcaldesa derribó la pasarela, construida en 1961.",
        [("not", "1961")],
    ),
    # the clause's own date stays its own
    (
        "es",
        "La alcaldesa derribó el martes la pasarela, construida en 1961 por una empresa vasca.",
        [("title", "La alcaldesa derribó la pasarela", "2025-10-07"), ("not", "1961")],
    ),
]

_RELATIVES = [
    (
        "fr",
        "Le trésorier qui a démissionné en mars, a été remplacé hier par une avocate.",
        [
            ("title", "Le trésorier a démissionné", "2025-03"),
            ("title", "Le trésorier a été remplacé par une avocate", "2025-10-07"),
            ("no-title", "qui"),
        ],
    ),
    (
        "fr",
        "L'ailier qui a marqué dimanche, rejoindra le club lyonnais en janvier.",
        [("title", "L'ailier a marqué", "2025-10-05"), ("no-title", "qui")],
    ),
    # a subject of one noun with its article glued to it
    (
        "fr",
        "L'usine qui a fermé en mars a été rachetée hier par un groupe belge.",
        [
            ("title", "L'usine a été rachetée par un groupe belge", "2025-10-07"),
            ("not", "2025-03"),
            ("no-title", "qui"),
        ],
    ),
    # a future of "-indre" looks ahead: next January, not last
    (
        "fr",
        "Le milieu rejoindra le club lyonnais en janvier.",
        [("dated", "2026-01")],
    ),
    # ... and its participle tells a happening
    (
        "fr",
        "Le milieu a rejoint le club lyonnais en janvier.",
        [("title", "Le milieu a rejoint le club lyonnais", "2025-01")],
    ),
    # a relative with no comma was read so before
    (
        "fr",
        "Le trésorier qui a démissionné en mars a été remplacé hier.",
        [("title", "Le trésorier a été remplacé", "2025-10-07"), ("no-title", "qui")],
    ),
]


@pytest.mark.parametrize(("language", "text", "checks"), _ASIDES)
def test_aside_with_its_agent(language: str, text: str, checks: list[tuple[str, ...]]) -> None:
    check_events(events_of(text, language, "2025-10-08"), checks)


@pytest.mark.parametrize(("language", "text", "checks"), _RELATIVES)
def test_relative_closed_by_a_comma(
    language: str, text: str, checks: list[tuple[str, ...]]
) -> None:
    check_events(events_of(text, language, "2025-10-08"), checks)


# A verb of saying set off by commas inside its clause is no verb of the clause: the clause's
# verb comes after it, with its own subject (not the speaker's name from before).
_INSERTED = [
    (
        "es",
        "La consejera Rosa Vidal visitó ayer el puerto. En 2019, añadió, la lonja vendió "
        "cuatro mil toneladas de sardina.",
        [
            ("title", "La lonja vendió cuatro mil toneladas de sardina", "2019"),
            ("no-title", "añadió"),
        ],
    ),
    (
        "es",
        "La consejera Rosa Vidal visitó ayer el puerto. La lonja, añadió, cerró dos naves en 2019.",
        [("title", "La lonja cerró dos naves", "2019"), ("no-title", "Vidal cerró")],
    ),
    (
        "es",
        "La lonja, precisó el gerente, cerró dos naves en 2019.",
        [("title", "La lonja cerró dos naves", "2019")],
    ),
    (
        "fr",
        "En 2019, a précisé le directeur, la criée a fermé deux halles.",
        [("title", "La criée a fermé deux halles", "2019")],
    ),
    # a level the clause tells is no happening, whoever adds it
    (
        "es",
        "La consejera Rosa Vidal visitó ayer el puerto. En 2019, añadió, las capturas se "
        "situaban en el 40 por ciento del cupo.",
        [("not", "2019")],
    ),
]


@pytest.mark.parametrize(("language", "text", "checks"), _INSERTED)
def test_inserted_saying(language: str, text: str, checks: list[tuple[str, ...]]) -> None:
    check_events(events_of(text, language, "2025-10-08"), checks)


# A French sentence opening on a capital "A" without its accent opens on the preposition "à":
# the subject after the fronted phrase is the title's.
_UNACCENTED = [
    (
        "fr",
        "A l'issue du conseil, la maire a annoncé lundi la rénovation du gymnase.",
        [("title", "La maire a annoncé la rénovation du gymnase", "2025-10-06")],
    ),
    (
        "fr",
        "A cette occasion, une fresque sera dévoilée samedi.",
        [("title", "Une fresque sera dévoilée", "2025-10-11")],
    ),
    (
        "fr",
        "A Dole, deux granges ont brûlé dimanche.",
        [("title", "Deux granges ont brûlé", "2025-10-05")],
    ),
]


@pytest.mark.parametrize(("language", "text", "checks"), _UNACCENTED)
def test_unaccented_capital(language: str, text: str, checks: list[tuple[str, ...]]) -> None:
    check_events(events_of(text, language, "2025-10-08"), checks)
