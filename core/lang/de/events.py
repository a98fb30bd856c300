"""What German calls happenings, and the people, organisations and places in them.

Trigger words by kind (the kinds are ``core.events.kinds.KINDS``), as lemmas: verbs in the
infinitive ("treffen", "mitteilen"), nouns in the singular lower case ("besuch",
"sanktion"). German writes every noun with a capital: the role and organisation words here
are what tells a name from a noun ("Präsident Emmanuel Macron", "die Nato").
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


TRIGGERS: dict[str, frozenset[str]] = {
    "violence": _words(
        "angreifen angriff töten tötung bombardieren bombe anschlag schießen schuss beschießen "
        "beschuss kampf kämpfe kämpfen gefecht explosion explodieren verletzen verwunden "
        "massaker ermorden mord attentat luftangriff krieg geisel tote toten opfer sterben"
    ),
    "military": _words(
        "truppe truppen manöver übung stationieren verlegen rakete raketen invasion "
        "einmarschieren annektieren annexion militär armee marine aufmarsch mobilisieren "
        "mobilmachung offensive kriegsschiff panzer soldat soldaten abziehen abzug "
        "waffenstillstand waffe waffen zusammenziehen"
    ),
    "sanction": _words("sanktion sanktionen sanktionieren embargo zoll zölle boykott boykottieren"),
    "election": _words(
        "wahl wahlen wählen abstimmung abstimmen referendum volksabstimmung volksbegehren "
        "kandidat kandidatin wahlkampf vereidigung"
    ),
    "protest": _words(
        "protest proteste protestieren demonstration demonstrieren demonstrant kundgebung "
        "streik streiken aufstand krawall"
    ),
    "agreement": _words(
        "unterzeichnen einigen einigung vereinbaren vereinbarung abkommen vertrag pakt "
        "ratifizieren absichtserklärung partnerschaft abschließen"
    ),
    "meeting": _words(
        "treffen besuch besuchen reise reisen gespräch gespräche gipfel gipfeltreffen "
        "empfangen fliegen ankommen eintreffen verhandeln verhandlung verhandlungen "
        "zusammentreffen weiterreisen abreisen tagen sitzung"
    ),
    "statement": _words(
        "sagen mitteilen ankündigen ankündigung erklären erklärung betonen warnen warnung "
        "kritisieren kritik verurteilen fordern forderung zurückweisen dementieren "
        "bestätigen berichten drohen versprechen loben aufrufen vorwerfen behaupten"
    ),
}
VERB_ONLY_FORMS = _words("treffen reisen")
IDIOMS = (
    r"\b(?:(?:eine|die)\s+(?:entscheidung|wahl)\s+treffen|vorkehrungen\s+treffen"
    r"|in\s+kraft\s+treten|zur\s+wahl\s+stehen|im\s+kampf\s+gegen)\b"
)
PLAIN_SAYING = _words("sagen mitteilen berichten erklären bestätigen ankündigen")
LIGHT = _words(
    "halten abhalten führen durchführen starten beginnen beenden erreichen schließen "
    "abschließen gewinnen verlieren unterzeichnen fortsetzen"
)
AMBIGUOUS = _words(
    "übung abziehen abzug waffe waffen verlegen treffen empfangen "
    "tagen sitzung kampf kämpfen krieg sterben tote toten opfer wahl wählen abstimmen "
    "abstimmung streik"
)
CONTEXT: dict[str, frozenset[str]] = {
    "military": _words(
        "truppen soldaten armee militär nato grenze krieg raketen panzer manöver streitkräfte "
        "invasion kampfflugzeuge"
    ),
    "protest": _words(
        "arbeiter gewerkschaft gewerkschaften demonstranten tausende hunderte polizei "
        "opposition anhänger streik protest"
    ),
    "election": _words(
        "wähler wahlen wahl stimmen wahlbeteiligung kandidaten partei parteien landtag "
        "gemeinderat bürgermeister"
    ),
    "violence": _words(
        "getötet verletzt tote verletzte soldaten polizei bombe armee rebellen angreifer zivilisten"
    ),
    "meeting": _words(
        "minister ministerin präsident präsidenten kanzler bundeskanzler regierungschef "
        "delegation besuch gipfel gespräche amtskollegen vertreter botschafter papst "
        "kremlchef premierminister außenminister"
    ),
    "agreement": _words("vertrag abkommen regierung regierungen länder staaten minister präsident"),
    "sanction": _words("sanktionen embargo handel importe exporte vergeltung"),
}
ENACT = _words("ankündigen verhängen anordnen beschließen genehmigen einführen aufheben")
ATTITUDE = _words("wollen hoffen suchen wünschen erwarten fürchten versuchen glauben denken fühlen")
# Verbs whose past in a report's lead tells a period's figure ("Der Gewinn stieg um 5 Prozent"),
# not the day's news (``core.events.lead_news``).
LEAD_FIGURE_VERBS = _words(
    "steigen sinken fallen wachsen zulegen verlieren gewinnen erzielen verbuchen erreichen "
    "übertreffen verdoppeln klettern ausweisen melden"
)
# Words of a study's findings: a report's lead holding one tells what the study found, at the
# study's time, not news of the day (``core.events.lead_news``).
LEAD_FINDING_WORDS = _words(
    "studie studien untersuchung umfrage forschung ergebnisse volkszählung forscher wissenschaftler"
)
# Auxiliaries of a time before the news or of how things stood ("had", "avaient", "estaba"),
# and endings of an imperfect ("circulait"): no happening of the report's day
# (``core.events.lead_news``).
LEAD_BACKGROUND_AUX = _words("hatte hatten hattest war waren")
LEAD_IMPERFECT_ENDINGS: tuple[str, ...] = ()
# Endings a lead's past form needs (Russian, Ukrainian: ``core.events.lead_news``).
LEAD_PAST_ENDINGS: tuple[str, ...] = ()
# Words that set a happening at a time of its own ("opened after the flood"): a lead clause
# holding one is not put on the report's day (``core.events.lead_news``).
LEAD_TIME_WORDS = _words("nach nachdem vor bevor während seit")
# Prepositions of a level quoted after the verb ("closed at 31.09", "traded at 906 marks"): a
# lead clause holding one before a figure tells a price, no happening (``core.events.lead_news``).
LEAD_LEVEL_WORDS = _words("bei")
# Phases of a match or a race ("in the first half", "in the 89th minute") and the words that
# count them: a lead clause holding one has a time of its own inside a day it does not give.
LEAD_PHASE_WORDS = _words("halbzeit minute runde etappe spielhälfte")
LEAD_PHASE_ORDINALS = _words("ersten zweiten dritten letzten")
# Nouns of a period's figure ("suffered losses") and subjects of a market's move ("Barley
# futures closed firmer", "Bonds extended losses"): a lead telling one tells a figure, not the
# day's news (``core.events.lead_news``).
LEAD_FIGURE_NOUNS = _words("verlust verluste defizit überschuss")
LEAD_MARKET_SUBJECTS = _words("aktien anleihen kurse index dollar devisen")
EVENT_NOUNS = _words(
    "manöver invasion aufmarsch annexion offensive abzug waffenstillstand luftangriff "
    "angriff anschlag beschuss explosion massaker attentat sanktion embargo wahl abstimmung "
    "referendum protest demonstration kundgebung streik einigung abkommen vertrag treffen "
    "gespräche gipfel besuch reise verhandlungen sitzung"
)
# Nouns naming one happening, which a clause that only says when it is (or is set) titles:
# "Der Auftakt der Saison ist am 2. Mai" (``core.events.nominal``).
HAPPENING_NOUNS = EVENT_NOUNS | _words(
    "start beginn auftakt eröffnung wiedereröffnung einweihung premiere uraufführung "
    "übergabe verleihung preisverleihung feier festakt prozession versammlung "
    "vollversammlung jahreshauptversammlung hauptversammlung konzert aufführung vorstellung "
    "veranstaltung tagung kongress prozess verhandlung hochzeit beerdigung"
)
BACKGROUND = _words("seit als")

# Words of a title before a person's name: "Bundeskanzler", "Außenministerin".
ROLES = _words(
    "präsident präsidenten präsidentin vizepräsident bundeskanzler bundeskanzlerin kanzler "
    "kanzlerin minister ministerin außenminister außenministerin verteidigungsminister "
    "verteidigungsministerin innenminister finanzminister wirtschaftsminister "
    "premierminister premierministerin ministerpräsident ministerpräsidentin "
    "regierungschef regierungschefin staatschef staatschefin kremlchef regierungssprecher "
    "sprecher sprecherin bürgermeister bürgermeisterin landeshauptmann landeshauptfrau "
    "landesrat landesrätin botschafter botschafterin gesandter könig königin prinz papst "
    "kaiser vorsitzende vorsitzender chef chefin direktor direktorin kommandeur "
    "generalsekretär generalsekretärin richter richterin abgeordnete abgeordneter senator "
    "gouverneur general herr frau dr prof amtskollege amtskollegen amtskollegin "
    "bundespräsident bundespräsidentin fraktionschef parteichef obmann obfrau "
    "gemeinderat gemeinderätin stadtrat stadträtin pressesprecher pressesprecherin "
    # compounds news writes before a name (#16 titles: "Der Vorstandschef des Autobauers,
    # Ola Källenius, …" is Källenius)
    "vorstandschef vorstandschefin konzernchef konzernchefin firmenchef firmenchefin "
    "unternehmenschef bahnchef polizeichef polizeisprecher polizeisprecherin "
    "gesundheitsminister gesundheitsministerin justizminister justizministerin "
    "umweltminister umweltministerin verkehrsminister verkehrsministerin arbeitsminister "
    "arbeitsministerin bildungsminister bildungsministerin landwirtschaftsminister "
    "landwirtschaftsministerin innenministerin finanzministerin wirtschaftsministerin "
    "oberbürgermeister oberbürgermeisterin landrat landrätin trainer cheftrainer "
    "regierungssprecherin stadtsprecher stadtsprecherin geschäftsführer geschäftsführerin "
    "intendant intendantin dirigent dirigentin"
)
# a federal or state minister's title is the minister's with "Bundes-" or "Landes-" before it:
# "Bundesumweltministerin", "Landesverkehrsminister"
ROLES |= frozenset(
    prefix + role
    for role in ROLES
    if role.endswith(("minister", "ministerin")) and not role.startswith(("bundes", "landes"))
    for prefix in ("bundes", "landes")
)
ROLE_MODIFIERS = _words("vize stellvertretende stellvertretender ehemalige ehemaliger")
ORGANISATION_WORDS = _words(
    "ministerium partei bund union bank verband verein agentur organisation kommission "
    "komitee gericht parlament rat gesellschaft gruppe konzern universität armee polizei "
    "regierung behörde stiftung institut amt bundestag landtag gemeinderat gewerkschaft "
    "ag gmbh kg se ev eg"
)
ORGANISATIONS = frozenset(
    "Kreml Nato NATO EU UNO UN Bundestag Bundesregierung Bundeswehr Bundesrat Landtag "
    "Hamas Hisbollah Taliban OSZE SVP".split()
)
# Capitalised words that name a happening, a period or a common thing, not an actor.
NOT_ACTORS = _words(
    "olympische spiele krieg weltkrieg cup tag woche jahr monat weihnachten ostern gipfel "
    "konferenz forum festival wahl wahlen meisterschaft preis frühjahr frühling sommer herbst "
    "winter uhr"
)
NAME_CONNECTORS = _words("von van de del la al bin zu")  # not "der": "in Paris der Aufstand"
# An article or a preposition with its article before "Tod von Hanna Roth": a noun, no name.
NOUN_OPENERS = _words(
    "der die das den dem des ein eine einen einem einer eines zum zur vom beim im am ins"
)
# Endings of a nationality or a people ("Russen", "Ukrainer", "Franzosen", "Westdeutsche"), a regex.
DEMONYM = r"(?:er|en|in|innen|sche)$"
NATIONALITIES = frozenset(
    "Russen Ukrainer Deutsche Deutschen Franzosen Amerikaner Briten Chinesen Italiener "
    "Österreicher Europäer Südtiroler".split()
)

# German names of countries and regions the place list gives in English.
PLACE_ALIASES = {
    "USA": "United States", "Vereinigte Staaten": "United States", "Amerika": "United States",
    "Großbritannien": "United Kingdom", "Vereinigtes Königreich": "United Kingdom",
    "Russland": "Russia", "Deutschland": "Germany", "Frankreich": "France",
    "Österreich": "Austria", "Italien": "Italy", "Spanien": "Spain", "Polen": "Poland",
    "Weißrussland": "Belarus", "Belarus": "Belarus", "Türkei": "Turkey", "China": "China",
    "Schweiz": "Switzerland", "Niederlande": "Netherlands", "Belgien": "Belgium",
    "Tschechien": "Czechia", "Ungarn": "Hungary", "Rumänien": "Romania",
    "Griechenland": "Greece", "Moskau": "Moscow", "Kiew": "Kyiv", "Wien": "Vienna",
    "München": "Munich", "Brüssel": "Brussels", "Rom": "Rome", "Warschau": "Warsaw",
    "Peking": "Beijing", "Prag": "Prague", "Köln": "Cologne", "Bozen": "Bolzano",
    "Meran": "Merano", "Frankfurt": "Frankfurt am Main",
}  # fmt: skip
REGIONS = tuple(
    (
        "Krim Donbass Donbas Donezk Luhansk Ostukraine Osteuropa Westeuropa Nahost Kaukasus "
        "Balkan Südtirol Tirol Bayern Sibirien Gaza Westjordanland Schwarzes Meer Ostsee "
        "Mittelmeer"
    ).split()
)
MULTIWORD_REGIONS = ("Schwarzes Meer", "Naher Osten")

# People German names its own way, which no spelling fold joins to the name other languages
# use (``core.events.names``): German writes an "s" for the Ukrainian and Russian "з" (z).
EXONYMS = {
    "Selenskyj": "Zelensky", "Selenskij": "Zelensky", "Selenski": "Zelensky",
    "Chodorkowski": "Khodorkovsky", "Chruschtschow": "Khrushchev",
}  # fmt: skip


# Prepositions after which a lone unknown capitalised word is a place, not a person
# (Russian "в Иртыше", Spanish "desde Asturias"): none read here yet.
PLACE_PREPOSITIONS: frozenset[str] = frozenset()


# Common given names: every German noun has a capital, so a run opening on a word the
# dictionary holds ("Peter", "Jan", "Eva") would lose its first word as a noun, and "Peter
# Kolbe kaufte …" would name no one (``core.events.entities``). Names that are also nouns
# ("Ernst", "Wolf", "Rose", "Kai", "Mark") are left out. Each list tells its bearer's sex: "Peter
# Vogt" is no "sie" (``core.events.pronoun_names``).
MALE_GIVEN_NAMES = _words(
    "peter jan hans karl otto franz josef klaus jürgen uwe dieter wolfgang günter günther"
    " horst helmut manfred bernd heinz werner gerhard walter rainer holger frank ralf olaf"
    " lars nils jonas leon paul max moritz simon georg friedrich wilhelm heinrich johannes"
    " martin thomas michael andreas stefan stephan christian daniel markus matthias"
    " alexander jens sven torsten thorsten dirk erich kurt fritz hermann rudolf norbert"
    " reinhard harald gerd detlef lothar armin bernhard erwin alfred siegfried herbert"
    " roland achim axel jörg timo tim malte hendrik henrik jakob elias lukas felix tobias"
    " sebastian florian benjamin dominik fabian julian niklas philipp marcel dennis anton"
    " theo oskar emil konrad hartmut volker joachim ulrich"
)
FEMALE_GIVEN_NAMES = _words(
    "anna maria julia katharina sabine petra monika ursula renate karin birgit susanne"
    " claudia andrea stefanie nicole katrin sandra christine martina heike gabriele elke"
    " angelika ingrid gisela helga brigitte lena laura lea hannah hanna sophie marie"
    " johanna lisa sarah miriam franziska eva anke silke ute inge doris greta clara emma"
    " mia paula ida elisabeth margarete erika hildegard irmgard barbara beate jutta kerstin"
    " anja tanja nadine melanie jessica carola dagmar marion regina bettina cornelia"
    " annette britta mareike wiebke svenja ines vera judith charlotte luise nina katja"
    " jana antje bärbel rita edith marianne waltraud gudrun ilse hedwig"
)
GIVEN_NAMES = MALE_GIVEN_NAMES | FEMALE_GIVEN_NAMES
# "wurde in Lana Hans Gruber gewählt": the village, then the person (``core.events.entities``)
PLACE_THEN_PERSON_AFTER = _words("in aus")

# Das Verb eines Satzes, der nur einen Moment nennt ("Der Durchbruch kam 1990, als …"): der
# "als"-Satz erzählt das Geschehen (``core.events.repeats``).
MOMENT_VERBS = frozenset({"kam"})
MOMENT_NOUNS = frozenset(
    "durchbruch wende höhepunkt tiefpunkt ende moment rückschlag chance erfolg krise".split()
)
# Whether a present perfect tells the story's past ("ils ont arrêté", "sie haben verhaftet"),
# so that it carries the day of the sentence before; in English and Spanish it opens the
# report's own time ("They have arrested", ``core.events.carried_day``).
CARRY_PERFECT = True
