"""Spanish cues that a date in a sentence only describes a thing, not when its happening was.

"bonos con vencimiento en 2031" (a maturity), "el mayor aumento desde 1962" (a record's
baseline), "frente a 66 millones hace un año" (a comparison), "el terremoto del 19 de
septiembre" (a named thing): each date is right, and none is the date of what the sentence
reports. The same names as English's (``core.lang.en.anchors``); regex sources matched
case-insensitively against the text just before (``..._BEFORE``) or after (``..._AFTER``).
"""

from __future__ import annotations

_NEVER = r"(?!)"

# A running span or a record's baseline: "desde 1962", "desde la temporada 1997-1998".
SINCE_BEFORE = (
    r"\b(?:desde|desde\s+hace)\s+(?:(?:el|la|los|las|finales\s+de|principios\s+de)\s+)?"
    r"(?:(?:temporada|año|ejercicio)\s+)?$"
)
# An activity going on since a day began that day: "el PP negocia desde este martes con Vox",
# "la carretera está cortada desde el lunes" (a present right before, not a noun after a
# determiner: "la caída desde el lunes"; a running total has its figure between: "sube un 3 %
# desde el lunes").
SINCE_ACTIVITY_BEFORE = (
    r"(?:\b(?:está|están|sigue|siguen|permanece|permanecen|continúa|continúan)\s+"
    r"(?:[a-záéíóúñ]+\s+)?"
    r"|(?<!\bla\s)(?<!\buna\s)(?<!\bsu\s)(?<!\besta\s)(?<!\bel\s)(?<!\bun\s)"
    r"\b[a-záéíóúñ]{3,}(?:a|an|e|en)(?<!ada)(?<!ida)\s+(?:ya\s+)?)"
    r"desde\s+(?:(?:el|este)\s+)?$"
)
# A superlative's baseline told by a "desde que" clause: "el abril más cálido desde que
# comenzó la serie en 1961", "la peor sequía desde que se tienen registros, en 1947", "el
# primer descenso desde que el club ascendió en 2015": from when the record is counted, no
# happening of the news.
SINCE_CLAUSE_BASELINE_BEFORE = (
    r"(?:\b(?:el|la|los|las|lo|su|sus)\s+(?:[a-záéíóúñ]+\s+)?(?:más|menos)\s+[a-záéíóúñ]+"
    r"|\b(?:mayor|menor|peor|mejor|primer|primera|único|única|último|última)(?:es|s)?\b)"
    r"[^,;:.!?]{0,60}?\bdesde\s+que\s+(?:[\w'’-]+,?\s+){1,12}?(?:en|el|durante)\s+(?:el\s+)?$"
)
# ... not "desde hace casi 100 días": how long it has gone on, its start a guess
SINCE_ACTIVITY_NOT_TIMEX = r"hace\b"
TERM_BEFORE = (
    # (its imperfect too: "aquel bono, que vencía en 2003, lo rescataron antes": when it fell due)
    r"\b(?:vencimiento|vence|vencen|vencía|vencían|caduca|caducan|caducaba|caducaban|pagadero"
    r"|pagaderos|amortizable)"
    r"\s+(?:(?:en|el|hasta|a\s+partir\s+de)\s+)?(?:el\s+)?$"
)
DUE_BEFORE = r"\b(?P<word>[\w'’]+)\s+(?:con\s+vencimiento)\s+(?:(?:en|el)\s+)?$"
RECORD_BEFORE = (
    r"\b(?:récord|máximo|mínimo|nivel)\s+(?:\w+\s+)?(?:alcanzado|registrado|marcado|tocado)"
    r"\s+(?:en|el|durante)?\s*$"
    # the record's figure, then its participle and where it was set: "el récord absoluto, los
    # 47 grados medidos en Sevilla en agosto de 2021" (foreign2)
    r"|\brécord\b[^.;:!?]{0,60}?,\s+(?:[^.;:!?,]|(?<=\d)[,.](?=\d)){0,40}?\b(?:alcanzad|registrad|marcad|medid|establecid)[oa]s?"
    r"\s+(?:en\s+[A-ZÁÉÍÓÚÑ][\wáéíóúñ-]*(?:\s+[A-ZÁÉÍÓÚÑ][\wáéíóúñ-]*){0,2},?\s+)?"
    r"(?:en|el|durante)?\s*$"
)
AS_DEADLINE_AFTER = r"^\s+como\s+(?:la|el|su)\s+(?:\w+\s+)?(?:fecha\s+límite|plazo|objetivo)\b"
# (and the auxiliaries and modals of a clause's own verb group: "la subida de 62 a 64 años debe
# entrar en vigor el 1 de septiembre", no comparison's "de")
BE = frozenset(
    "es son era eran fue fueron está están estaba estaban ahora todavía ha han había habían"
    " debe deben debería deberían deberá deberán va van puede pueden podrá podría".split()
)
COMPARISON = (
    r"\b(?:frente\s+a|comparad[oa]s?\s+con|en\s+comparación\s+con|respecto(?:\s+al?)?"
    r"|en\s+relación\s+con)\b"
)
# A date in a relative whose head is what the comparison weighs against: "frente a los siete
# que ganaron hace dos años", "frente a los nueve que sumaba en 2015" — the baseline's
# time, not the clause's (its head a few words, no comma or verb between)
COMPARED_RELATIVE_BEFORE = (
    r"\b(?:frente\s+a|comparad[oa]s?\s+con|en\s+comparación\s+con)\s+"
    r"(?:[\w%]+(?:[.,]\d+)?\s+){1,4}?(?:que|de\s+l[oa]s\s+que)\s+(?:(?:ya|aún|todavía)\s+)?"
    r"[^\W\d_]+(?:\s+(?:en|el|durante|a\s+(?:principios|finales|mediados)\s+de))?\s*$"
)
# "que" opens a relative too: "…, que el domingo perdió la mayoría" (a past right after the
# date), no comparison
COMPARISON_WORD_OPENS_RELATIVE = True
COMPARISON_NEXT = (
    r"\b(?:que|contra)\s+(?:(?:en|el|durante)\s+)?(?:el\s+)?(?:mismo\s+\w+\s+(?:de|del)\s+)?$"
)
FROM = r"\b(?:desde|de|contra)\b"
# A verb of change between "de" and the date makes "de" a noun's: "las ventas de la cadena
# crecieron un 9 % en mayo" dates the growth (no baseline).
CHANGE_AFTER_FROM = (
    r"\b(?:aument|subi|subió|sub[ei]n?\b|cay|ca[ei]n?\b|baj|crec|creci|descend|descendi|retroced"
    r"|disminu|repunt|se\s+dispar|se\s+desplom|se\s+dupl|avanz|perdi|gan[óa])\w*"
)
AMOUNT = r"\d|%|\bpor\s+ciento\b|\$|€|\beuros?\b|\bd[óo]lares\b|\bmillones\b|\bmill[óo]n\b"
# (a dash set off by spaces ends a clause too: a dateline's "…, 20 лютого /Укрінформ/ – ")
COMPARISON_STOP = r"[,;:()\n]|\s[–—]\s|[.!?]\s|\b(?:y|pero|mientras|que|cuando)\b"
# (the tagger reads "al" into a day's expression: "del 7 | al 11 de septiembre" has only the
# range's first day before the second)
RANGE_JOIN_BEFORE = r"\b(?:a|al|hasta|y)\s+$|[-–]\s*$|\bdel\s+(?:día\s+)?\d{1,2}\s+$"
RANGE_JOIN_AFTER = (
    r"^(?:(?:a|al|hasta)\s+(?:el\s+)?(?:[A-Z]|(?:1[5-9]|20)\d\d\b|\d{1,2}\b(?![,.]?\d))|[-–])"
)
APPOSITION = r"^\s*(?:o|y)\b"
OF_BEFORE = r"\b(?P<noun>[a-záéíóúñ]+)\s+(?:de|del)\s+$"
TIME_NOUNS = frozenset(
    "noche mañana tarde día días semana semanas mes meses año años fin principio principios "
    "final finales mediados mitad parte resto curso víspera madrugada primavera verano otoño "
    "invierno temporada trimestre periodo período sesión fecha aniversario hora horas "
    "jornada".split()
)
# Spanish dates never stand between a determiner and the noun they describe ("el equipo de
# 1953", not "the 1953 team"): no date is taken for a modifier by its position.
DETERMINER_BEFORE = _NEVER + r"(?P<adjective>)"
NOUN_AFTER = r"^(?:[-–]\d+)?[-\s]+(?P<noun>[a-záéíóúñ][a-záéíóúñ-]+)\b"
MORE_EVENT_NOUNS = frozenset(
    "juicio sentencia sesión debate conferencia congreso lanzamiento inauguración ceremonia "
    "accidente terremoto inundación incendio carrera partido final gira viaje discurso "
    "entrevista anuncio fusión venta subasta huelga golpe revolución guerra batalla masacre "
    "atentado funeral campaña decisión".split()
)
NOUN_FOR_BEFORE = r"\b(?P<noun>[a-záéíóúñ]+)\s+para\s+(?:el\s+|la\s+)?$"
PLAN_NOUNS = frozenset(
    "objetivo objetivos previsión previsiones presupuesto presupuestos plan planes meta metas "
    "proyección proyecciones inversiones".split()
)
# (or a day right after a participle in "-ado", "-ido", its article the date's: "El temporal,
# declarado el martes, …"; not a past, "…, dimitió ayer.")
ASIDE_PARTICIPLE_BEFORE = (
    r",\s+(?P<participle>[a-záéíóúñ]+)\s+"
    r"(?:(?:en|el|durante|desde)\s+(?:el\s+)?|(?<=[ai]d[oa]\s)|(?<=[ai]d[oa]s\s))$"
)
# (a determiner before the noun makes it the verb's object: "renovó el lunes su contrato")
TERMS_AFTER = (
    r"^\s+(?:(?!(?:su|sus|el|la|los|las|un|una)\s)[a-z]+\s+)?"
    r"(?:futuros|contratos?|opciones|entrega|entregas|envío|envíos)\b"
)
TERMS_BEFORE = r"\bpara\s+(?:entrega|envío|embarque)\s+(?:en|durante|antes\s+de)\s+$"

MONTHS: frozenset[str] = frozenset()  # the month names the contract rule reads
CLOCK_THEN_DAY_AFTER = r"^,?\s+del\s+\d"  # "A las 21.10 del 12 de marzo": the day's
# A plan given up or changed: the date it was once meant for ("prevista inicialmente para el
# próximo martes") and the date it is moved to ("aplazó el juicio hasta el 5 de diciembre"):
# neither is when the change happened.
# A plan the same sentence then says was given up: "La votación estaba prevista para el 3 de
# junio, pero se aplazó" — the date it was meant for, when nothing happened.
PLAN_BEFORE = (
    r"\b(?:iba|iban|pensaba|pensaban|planeaba|planeaban|quería|querían|esperaba|esperaban"
    r"|debía|debían|previst[oa]s?|programad[oa]s?|fijad[oa]s?|convocad[oa]s?)\b[^,;.!?]*$"
)
PLAN_GIVEN_UP_AFTER = (
    r"^(?:(?!\by\b)[^.;!?]){0,70}?\b(?:pero|aunque|sin\s+embargo)\b[^.;!?]{0,60}?"
    r"\b(?:aplaz|pospu|suspend|cancel|anul|desconvoc|frustr)\w*"
)
ABANDONED_PLAN_BEFORE = (
    r"\b(?:previst[oa]s?|programad[oa]s?|planead[oa]s?|fijad[oa]s?)\s+(?:inicialmente|"
    r"originalmente|en\s+principio)\s+(?:para|en)\s+$"
    r"|\b(?:inicialmente|originalmente|en\s+principio)\s+(?:previst[oa]s?|programad[oa]s?"
    r"|planead[oa]s?|fijad[oa]s?)\s+(?:para|en)\s+$"
    r"|\b(?:aplaz\w+|pospu\w+|pospon\w+|retras\w+)\b[^.;!?]{0,40}?\b(?:hasta|para|a)\s+$"
    # "la apertura estaba prevista para el 3 de mayo": a plan told in the past, since changed
    r"|\b(?:estaba|estaban|había\s+sido|habían\s+sido)\s+(?:previst[oa]s?|programad[oa]s?"
    r"|fijad[oa]s?)\s+(?:para|en)\s+$"
)
# "subirá cada año hasta 2050", "seguirá vigente hasta el final de 2026": the end of a state
# or of a schedule ahead, not when anything happens (as English's "until"). Not after a
# negation, where the happening is at the date ("no se reanudaron hasta 2015"), nor in a range
# ("desde 2009 hasta 2012", "entre …"), nor after a past ("cortó la carretera hasta el lunes",
# "ha cerrado el parque hasta el lunes" keep the day they are read with).
STATE_UNTIL_BEFORE = (
    r"(?:^|[,;:.!?]\s*|\n|\b(?:y|pero|que)\s+)"
    r"(?:(?!\b(?:no|nunca|ni|tampoco|desde|entre|del)\b|\b\w+(?:ó|aron|ieron|ado|ido)\b)"
    r"[^;.!?,])*"
    r"\bhasta\s+(?:al\s+menos\s+)?(?:(?:el\s+)?(?:final|fin|principios|mediados)\s+de\s+)?"
    r"(?:el\s+)?$"
    # ... and what was renewed or extended until a date: "renovó su contrato hasta 2028" (the
    # renewal was made before; the date ends a term)
    r"|\b(?:renov|prorrog|prolong|ampli|extend)[a-záéíóúñ]*\b[^;.!?,]{0,50}?\bhasta\s+"
    r"(?:(?:el\s+)?(?:final|fin)\s+de\s+)?(?:el\s+)?$"
)


# The endings of a participle in an aside that ``clauses.is_past`` does not read as a verb:
# "El alcalde, elegido en 2023, …", "el pozo, reabierto en 1958, …".
ASIDE_PARTICIPLE_ENDINGS = tuple(
    stem + ending for stem in ("ad", "id", "iert") for ending in ("o", "a", "os", "as")
)


# -- added for #16 (lang16a): a participle's aside dated on its own --
# The passive auxiliary (singular, plural) a participle's aside takes in its own happening's
# title ("Le musée, inauguré en 1821," → "Le musée a été inauguré"): "El puente, construido
# en 1988," → "El puente fue construido".
ASIDE_PASSIVE = ("fue", "fueron")
# A participle's aside that goes on after its date with its agent or place, to its comma or
# the sentence's end: "…, firmado en 1985 por cinco países." (the signing's date).
ASIDE_GOES_ON_AFTER = (
    r"^\s+(?:por|en|con|entre|ante)\s+(?:[^\s,.;:!?«»\"()]+\s+){0,7}?[^\s,.;:!?«»\"()]+\s*[,;.!?]"
)
# A budget or a yearly report named with the year it covers: "figuran en los presupuestos de
# 2025", "el presupuesto para 2026", "según su informe anual de 2023" — the document's year,
# not when the clause happens.
DOCUMENT_YEAR_BEFORE = (
    r"\b(?:presupuestos?(?:\s+generales(?:\s+del\s+estado)?)?|informe\s+anual|memoria\s+anual)"
    r"\s+(?:(?:de|para|del)\s+)?(?:(?:el\s+)?año\s+)?$"
)


# -- added for #16 (foreign2): a thing's age is no happening --
# A year that tells how old a thing is: its founding, building or opening in an aside ("el
# club, fundado en 1923, …", "la fábrica construida en 1907 por …", "un puente que data de
# 1780"): background of the noun, no event and not the clause's date (a main clause's "fue
# fundada en 1954" tells its own happening).
_NOT_A_NOUN = (
    r"(?:fue|fueron|ha|han|había|habían|habría|haber|sido|es|son|era|eran|será|serán|sea|sean"
    r"|está|están|estaba|estaban|estar|quedó|quedaron|queda|quedan|resultó|resultaron|se|lo|la"
    r"|los|las|le|les|no|y|que|ya|muy|más|tan|ser|siendo|estado|habiendo|luego|después|antes)"
)
THING_AGE_BEFORE = (
    r"(?:(?<!\bfue\s)(?<!\bfueron\s)(?<!\bsido\s)(?<!\bes\s)(?<!\bson\s)(?<!\bera\s)"
    # (nor a future's or a wish's: "será inaugurado en 2027" is the clause's own happening)
    r"(?<!\bser\s)(?<!\bserá\s)(?<!\bserán\s)(?<!\bsería\s)(?<!\bserían\s)(?<!\bsea\s)"
    r"(?<!\bsean\s)"
    # (nor an active past's: "ha creado en 2019 su empresa" is the clause's own happening)
    r"(?<!\bha\s)(?<!\bhan\s)(?<!\bhabía\s)(?<!\bhabían\s)(?<!\bhaber\s)"
    r"\b(?:fundad[oa]s?|cread[oa]s?|construid[oa]s?|erigid[oa]s?|edificad[oa]s?|inaugurad[oa]s?)"
    r"(?:\s+por\s+[^,.;:\n]{1,40}?)?\s+en\s+(?:el\s+(?:año\s+)?)?"
    r"|\b(?:data|datan|datando)\s+de\s+(?:(?:el\s+)?año\s+)?"
    # ... and any participle straight after its noun, no comma and no auxiliary: "afectó a un
    # pinar repoblado en 1955" (not "fue aprobado en 2019", "ha sido", "finalmente aprobado")
    # (on one line: a headline's last word is no noun of the participle opening the text)
    rf"|\b(?!{_NOT_A_NOUN}\b)(?![a-záéíóúñü]+mente\b)[a-záéíóúñü]{{3,}}[ \t]+"
    r"[a-záéíóúñü]{2,}(?:ad|id)[oa]s?\s+en\s+(?:el\s+(?:año\s+)?)?)$"
)


# A sentence opened by a participle's phrase: "Criada en Lugo desde 1950, Vidal trabajó …",
# "Elegido en 2008, el alcalde dimitió el lunes": the phrase's date, not the clause's. The
# participle's own endings ("-ado", "-ido", "abierto", "hecho", "escrito", "puesto"): a
# finite past opening the sentence ("Nació en Tilcara en 1929, …") is its clause's verb.
FRONTED_PARTICIPLE_BEFORE = (
    r"(?:^|[.!?]\s+|\n\s*)(?P<participle>[A-ZÁÉÍÓÚÑ][a-záéíóúñü]*"
    r"(?:ad|id|iert|ech|ich|crit|uest|uelt|uert|ort)[oa]s?)\s+[^,.;:!?\n]*$"
)
# "una fábrica de los años veinte": the decade after its noun names the thing; "a finales de
# los años veinte", "en los años veinte" are the clause's time.
DECADE_OF_THING_TEXT = r"(?:los\s+)?años"
DECADE_OF_THING_BEFORE = (
    r"\b(?!(?:finales|principios|mediados|comienzos|inicios|fines|partir|desde|lo|largo|través)\b)"
    r"[a-záéíóúñü]{3,}\s+de\s+$"
)
# A person's apposition holding a date of what the person is: "La jueza, ganadora del
# certamen en 1988, opina que …", "Ruiz, medallista de plata en 2004, anunció …" — the date
# is the prize's or the medal's, not the clause's.
PERSON_APPOSITION_BEFORE = (
    r",\s+(?:(?:el|la|un|una)\s+)?(?:ex-?\s*)?"
    r"(?:ganador(?:a)?|campe[oó]n(?:a)?|medallista|licenciad[oa]|graduad[oa]|finalista"
    r"|subcampe[oó]n(?:a)?)\s+"
    r"(?:del|de\s+la|de\s+los|de\s+las|de)\s+[^,;:.!?()\n]{1,60}?\s+(?:en\s+)?$"
)
# (not a description opening the sentence, its subject after it:
# "Licenciada en Derecho en 1993, ella …")
PERSON_APPOSITION_CLOSE_AFTER = r"^\s*,(?!\s+(?:él|ella|ellos|ellas)\b)"

# A sentence that opens by saying it only gives a yardstick: "A modo de comparación, el viejo
# ferri llevaba 90 coches en 2004." Its dates are the yardstick's, not the story's.
COMPARISON_SENTENCE = r"^(?:a\s+modo\s+de|como)\s+comparación\b"
# The year a record told in the passive was set: "el récord de público fue establecido en 1962"
# tells the record's age, a yardstick, not news (only a year or longer is read here).
RECORD_SET_YEAR_BEFORE = (
    r"\brécords?\b[^.;!?]{0,60}?\b(?:fue|había\s+sido)\s+(?:establecid|fijad|batid)[oa]s?\b"
    r"[^.;!?]{0,40}?\ben\s+$"
)


# An index's base year written as the index's 100: "el índice de precios (2021 = 100) subió" —
# the figures' yardstick, never when anything happened (``core.events.anchors._figure_base``).
FIGURE_BASE_AFTER = r"^\s*=\s*100\b"

# The days listed before a dated day: "los días 12, 13 y 14 de julio" (``core.events.when_choice``)
DAY_LIST_BEFORE = r"(?:\blos\s+días\s+)?\b(?P<day>\d{1,2})(?:,\s*\d{1,2})*\s+y\s+$"
# A day denied and then set right: "se firmó no el lunes, sino el martes" — the denied day is no
# happening's (``core.events.anchors``).
NEGATED_BEFORE = r"\bno\s+(?:(?:el|en|la)\s+)?$"
CORRECTED_AFTER = r"^,?\s+sino\b"

# "El incendio del lunes por la noche fue controlado ayer": la fecha nombra el incendio, el
# grupo nominal que abre la oración; la fecha del verbo viene después
# (``core.events.subject_dates``). El comienzo de la expresión temporal se marca con \x00.
SUBJECT_DATE_OF = (
    r"(?:^|[.!?]\s+|\n)[«\"“(\s]*(?-i:El|La|Los|Las|Un|Una)\s+"
    r"(?:(?!(?:ha|han|es|son|fue|fueron|era|será|va|se)\s)[^\s,;:.!?\d]+\s+){1,4}?"
    r"(?:(?:de|del)\s+(?:la\s+|el\s+)?\x00|\x00(?:de|del)\s)"
)

# -- session 34: a participle after a verb's object, dated --
# A date after a participle that follows the object of a verb describes that object: "La
# alcaldesa defiende el plan aprobado el martes" (the plan was approved on Tuesday, not
# defended then). A verb of saying keeps its date (``core.events.anchors``). The participle
# agrees with its noun (aprobado, aprobada, aprobados, aprobadas); an agent ("por el pleno") or
# a place ("en Cádiz") may stand between it and the date.
_PARTICIPLE_AGENT = (
    r"por\s+(?:(?:el|la|los|las|su|sus)\s+)?[\w.-]+(?:\s+(?-i:[A-ZÁÉÍÓÚÑ])[\w.-]*){0,3}\s+"
)
_PARTICIPLE_PLACE = r"(?:en\s+(?-i:[A-ZÁÉÍÓÚÑ])[\w.-]*(?:\s+(?-i:[A-ZÁÉÍÓÚÑ])[\w.-]*){0,2}\s+)?"
_IRREGULAR_PARTICIPLES = (
    r"(?:hech|puest|propuest|impuest|expuest|escrit|suscrit|abiert|cubiert|descubiert"
    r"|resuelt|devuelt|rot)[oa]s?"
)
OBJECT_PARTICIPLE_BEFORE = (
    r"\b(?P<verb>[a-záéíóúñ]+)\s+(?:el|la|los|las|un|una|unos|unas|su|sus|este|esta|estos"
    r"|estas)\s+[^,;:()!?«»\"“”]{0,60}?"
    r"\b[\wáéíóúñ]+\s+(?P<participle>[a-záéíóúñ]+[ai]d[oa]s?|" + _IRREGULAR_PARTICIPLES + r")\s+"
    rf"(?:{_PARTICIPLE_AGENT})?{_PARTICIPLE_PLACE}(?:(?:en|durante|desde)\s+)?$"
)
# Words that open a clause of its own between the verb and the participle ("rechazó el plan y
# la ley aprobada …" is one object more; "dijo que el puente cerrado …" a reported clause).
CLAUSE_WORDS = r"\b(?:y|e|pero|o|u|que|cuando|mientras|porque|como|donde)\b"
# The present's third person: "defiende", "analiza", "recurren" (its past: ``is_past``).
THIRD_PERSON_ENDINGS = ("a", "e", "an", "en")
# The object's own happening, titled in the article's words ("El plan fue aprobado",
# ``core.events.object_participles``): a verb or a preposition, the object's noun phrase (a
# determiner, up to four words, the noun) and the participle right before the date: "bajo el
# pacto alcanzado en julio", "defiende el plan aprobado el martes".
# (the noun may take a name after "de": "un informe del Banco de Chile publicado ayer")
_NAME_COMPLEMENT = (
    r"(?:\s+(?:de|del)\s+(?:(?:el|la|los|las)\s+)?(?-i:[A-ZÁÉÍÓÚÑ])[\w.-]*"
    r"(?:\s+(?:de\s+(?:la\s+|las\s+|los\s+)?)?(?-i:[A-ZÁÉÍÓÚÑ])[\w.-]*){0,3})?"
)
PREPOSITION_OBJECT_PARTICIPLE_BEFORE = (
    r"\b(?P<preposition>[a-záéíóúñ]+)\s+(?P<noun_phrase>(?:el|la|los|las|un|una|unos|unas|su"
    r"|sus|este|esta|estos|estas)(?:\s+[\wáéíóúñ-]+){0,4}?\s+(?P<noun>[a-záéíóúñ][a-záéíóúñ-]*)"
    + _NAME_COMPLEMENT
    + r")"
    r"\s+(?:(?:ya|oficialmente|formalmente|inicialmente)\s+)?(?P<participle>[a-záéíóúñ]+)\s+"
    rf"(?:{_PARTICIPLE_AGENT})?{_PARTICIPLE_PLACE}(?:en\s+)?$"
)
OBJECT_PARTICIPLE_BASELINES = frozenset("frente comparado comparada respecto igual".split())
# Participles that tell no happening of the object's: a saying, a document's date ("la carta
# fechada el 2 de mayo"), and verbs with no passive.
OBJECT_PARTICIPLE_NOT = frozenset(
    "dicho dicha fechado fechada fechados fechadas ocurrido ocurrida sucedido sucedida "
    "muerto muerta muertos muertas nacido nacida llegado llegada".split()
)
OBJECT_PARTICIPLE_AGES = frozenset(
    stem + ending
    for stem in (
        "fundad",
        "construid",
        "reconstruid",
        "edificad",
        "inaugurad",
        "cread",
        "levantad",
        "plantad",
        "repoblad",
    )
    for ending in ("o", "a", "os", "as")
)
OBJECT_PARTICIPLE_OUTPUTS = frozenset(
    stem + ending
    for stem in ("producid", "vendid", "exportad", "importad", "consumid", "cosechad")
    for ending in ("o", "a", "os", "as")
)
OBJECT_PARTICIPLE_FIGURES = frozenset(
    "media promedio nivel niveles tasa tasas total totales cifra cifras récord máximo mínimo "
    "índice cantidad".split()
)
OBJECT_PARTICIPLE_TIME_PREPOSITIONS = frozenset("durante".split())
OBJECT_PARTICIPLE_AFTER_NOUN = frozenset("en sobre entre".split())
OBJECT_PARTICIPLE_AFTER_FIGURE = frozenset({"de"})
OBJECT_PARTICIPLE_AGENT = frozenset({"por"})
OBJECT_PARTICIPLE_MEANS = frozenset({"en", "mediante", "con"})
OBJECT_PARTICIPLE_MEDIA = frozenset(
    "comunicado entrevista carta informe nota discurso declaración mensaje vídeo denuncia "
    "demanda recurso escrito".split()
)
OBJECT_PARTICIPLE_BE = ("fue", "fueron")
# Plural nouns end in "s"; these endings are singular ("crisis", "país", "interés").
SINGULAR_ENDINGS = ("is", "ís", "és", "ás", "ús", "ós")
# Determiners that make their noun phrase plural whatever the noun's ending ("las crisis").
PLURAL_DETERMINERS = frozenset("los las unos unas sus estos estas".split())
# Participles are often nouns ("sus primeros partidos en agosto", "las entradas este lunes"):
# one after an object noun must be a verb to the lexicon, or one of these participles of record
# the lexicon reads as nouns only ("los presupuestos aprobados el martes").
OBJECT_PARTICIPLE_NEEDS_VERB = True
OBJECT_PARTICIPLE_STEMS = ("aprobad", "acordad", "adjudicad", "decretad", "dictad")

# A "desde" day under a future verb is the day a change starts: "desde mañana el museo
# abrirá los lunes", "desde esta tarde la calle quedará cortada" (not a running span's start;
# before a past or a present, "desde el lunes" is one: "está cerrada desde el lunes").
SINCE_AHEAD_STARTS = True
