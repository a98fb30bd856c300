"""Spanish tense and direction cues: is an underspecified date ("el lunes", "en marzo") ahead
or behind?

``core.temporal.tense`` compiles these regex sources (case-insensitive) and decides. Spanish
marks tense in the verb's ending: the future "-rá" ("viajará el lunes"), the preterite "-ó",
"-aron", "-ieron" ("viajó el lunes"); the present perfect ("ha viajado") tells the past.
"""

from __future__ import annotations

_NEVER = r"(?!)"

# Infinitives of what news reports as planned ("prevé visitar ... en febrero").
PLANNED = tuple(
    "ser empezar comenzar iniciar visitar viajar reunirse celebrar asistir abrir reanudar ir"
    " firmar volver regresar llegar salir votar decidir anunciar presentar lanzar comprar"
    " vender pagar completar cerrar construir ampliar recortar reducir terminar acabar"
    " enviar desplegar comparecer declarar elegir inaugurar publicar".split()
)
_PLANNED = "|".join(PLANNED)
# Words that put the time they govern ahead: the future and the conditional, "ir a", plans.
FUTURE = (
    r"\w+(?:rá|rán|ré|rás|remos)|ser[íi]a|ser[íi]an|podr[íi]a|podr[íi]an|tendr[íi]a"
    r"|tendr[íi]an|har[íi]a|har[íi]an|deber[íi]a|deber[íi]an|estar[íi]a|ir[íi]a|ir[íi]an"
    r"|(?:va|van|vamos|voy)\s+a|prev[ée]n?|previst[oa]s?|programad[oa]s?|planea|planean"
    r"|pretende|pretenden|proyecta|proyectan|tiene\s+previsto|tienen\s+previsto|espera\s+que"
    r"|se\s+esperan?|esperan\s+que|pr[óo]xim[oa]s?|venider[oa]s?|que\s+viene|debe|deben"
    rf"|para\s+(?:{_PLANNED})"
    # the present of a timetable: "su cesión termina el 30 de junio", "el juicio comienza el
    # lunes" (not "acaba de", a past just done)
    r"|termina|terminan|empieza|empiezan|comienza|comienzan|arranca|arrancan|finaliza"
    r"|finalizan|concluye|concluyen|vence|vencen|expira|expiran|caduca|caducan"
    r"|tiene\s+lugar|tienen\s+lugar|se\s+celebra|se\s+celebran"
    # "para el domingo se pronostica", "a partir del viernes": the date is a target
    r"|(?:para|a\s+partir\s+de|a\s+partir\s+del)(?=\s+$)"
    # … and "a partir" whose "del" the time expression took ("a partir [del viernes]")
    r"|a\s+partir(?=\s+$)"
)
# Words that put it behind: the preterite, the present perfect, the imperfect.
PAST = (
    r"\w+(?:ó|aron|ieron|yeron)|fue|fueron|dijo|dijeron|hizo|hicieron|tuvo|tuvieron|estuvo"
    r"|estuvieron|puso|pusieron|vino|vinieron|quiso|supo|pudo|pudieron|hubo|dio|dieron|vio"
    r"|vieron|condujo|produjo|trajo|ha|han|he|hemos|había|habían|\w+aba|\w+aban|ayer"
    r"|anoche|pasad[oa]|hace"
    # "desde 2019", "desde hace", "desde el lunes": a time since; not "desde la fábrica"
    r"|desde(?=\s+(?:hace|entonces|que|\d|el\s+(?:pasado|año|mes|\d|lunes|martes|mi[ée]rcoles"
    r"|jueves|viernes|s[áa]bado|domingo|inicio|comienzo)|la\s+(?:semana|pasada)|principios"
    r"|finales|mediados|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre"
    r"|octubre|noviembre|diciembre))"
)
PAST_SUFFIX = ("ó",)
PLANNED_PARTICIPLES = ("previsto", "prevista", "programado", "programada")
FUTURE_PARTICIPLES = ("previsto", "prevista", "previstos", "previstas", "programado",
                      "programada")  # fmt: skip
NOT_PAST_ENDING = "óó"
ORDINAL_LAST_WORD = "pasado"
POSSESSIVE = "\x00"  # Spanish has no "Tuesday's ruling"
MODAL_PASSIVE = r"\b(?:será|serán|va\s+a\s+ser|van\s+a\s+ser)\s+$"
MODAL_INFINITIVE = r"\b(?:va|van|vamos|voy|iba|iban)\s+a\s+$"
INFINITIVE_MARKER = "para"
SCHEDULED_COPULA = (
    r"\b(?:es|será|está|están)\s+(?:(?:previst[oa]s?|programad[oa]s?|fijad[oa]s?)\s+para\s+)?$"
)
DEFERRED = (
    r"\b(?:aplaz\w+|pospu\w+|suspend\w+|prorrog\w+|retras\w+)\b[^.;]{0,40}?\b(?:hasta|para)"
    r"\s+(?:el\s+|la\s+)?$"
    # … or to a time, moved to it: "aplazó la fiesta al otoño", "trasladó la feria a mayo"
    r"|\b(?:aplaz|pospu|traslad|retras)\w*\b[^.;]{0,40}?\b(?:a|al)\s+(?:la\s+|el\s+)?$"
    # a present perfect with "hasta"/"a partir de" a day: what was done now holds until, or
    # starts, a day ahead ("han cerrado la calle hasta el jueves")
    r"|\b(?:ha|han|he|hemos)\s+\w+(?:ad|id)[oa]s?\b[^.;]{0,40}?\b(?:hasta|a\s+partir)"
    r"\s+(?:el\s+|la\s+|del?\s+)?$"
)
ADJECTIVE_SLOT = r"\b(?:el|la|los|las|un|una|unos|unas|su|sus|este|esta|muy|más|menos)\s+$"
PAST_PERFECT_PLAN = r"\bhab[íi]an?\s+(?:sido\s+)?(?:previst[oa]s?|programad[oa]s?|fijad[oa]s?)\b"

# -- the time a sentence reports (``core.temporal.story``) --
PRESENT = (
    r"es|son|está|están|dice|dicen|afirma|afirman|asegura|aseguran|tiene|tienen|ha|han|he"
    r"|hemos|puede|pueden|hay|será|serán|\w+rá|\w+rán|va|van"
)
FUTURE_IN_PAST = r"iba\s+a|iban\s+a|\w+rían?(?<!mayoría)(?<!categoría)(?<!librería)"
AUXILIARY = r"\b(?:ha|han|he|hemos|había|habían|haber|habiendo)\s+$"


# The forms that put a clause ahead of publication, "Las obras se reanudarán el 3 de marzo": the
# sentence speaks from the publication's time, not a story's (``core.temporal.story``).
# Not the conditional: a future seen from the past.
FUTURE_FORMS = r"\b\w+(?:rá|rán)\b"  # the future: "será", "reanudarán", "visitará"
# A future before a month already gone this year dates no happening of its clause ("las obras
# comenzarán en enero", written in March): ``core.events.possessive_dates``.
FUTURE_MODALS = r"\b(?-i:[a-záéíóúñ]\w*(?:rá|rán))\b"  # (lower case: not "Maimará", a name)
FUTURE_NARRATES = True  # (not before a written year: a narrative's future, "volverá en 1960")
# The conjunction opening a clause just before its date, the clause's verb after the date:
# "dijo que el viernes votará el pleno" (``core.temporal.tense.direction``).
CLAUSE_OPENED_BEFORE = r"\bque\s+(?:(?:en|a|para|desde|hasta)\s+)?$"

# A verb that put a thing off or moved it, ending just before its new date: "se aplazó hasta
# octubre" (``core.temporal.postponed``).
MOVED_TO = (
    r"\b(?:aplaz|pospu|traslad|retras)\w*\b[^.;]{0,40}?\b(?:hasta|para|a|al)\s+"
    r"(?:el\s+|la\s+)?$"
)
