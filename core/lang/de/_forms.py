"""German word forms without a lemmatiser: the verbs news tells with, and nouns by ending.

English reads its forms from lemminflect; no German package of the kind ships its tables in
a small wheel, so this module builds the forms of the verbs news reports with (regular ones
from the infinitive, irregular ones from their principal parts, separable ones with their
particle: "teilte … mit", "mitgeteilt", "mitzuteilen") and knows a noun by its ending or its
head ("Regierungssprecher" ends on "sprecher"). ``core.lang.de.clauses`` exposes them as the
word-form functions the engine calls.

>>> "treffen" in lemmas("trafen")["VERB"], lemmas("mitgeteilt")["VERB"]
(True, ('mitteilen',))
>>> is_past("mitgeteilt"), is_past("reist"), present("trafen", plural=False)
(True, False, 'trifft')
"""

from __future__ import annotations

import re
from functools import cache

from core.lang.de._pasts import weak_past

# Regular verbs news reports with (infinitives).
_WEAK = (
    "sagen erklären besuchen reisen melden berichten teilen kündigen bestätigen betonen warnen"
    " fordern kritisieren verurteilen unterzeichnen vereinbaren einigen planen verhandeln wählen"
    " stimmen eröffnen starten landen stellen legen führen verlegen töten verletzen zerstören"
    " protestieren demonstrieren streiken feiern zahlen kaufen verkaufen bauen öffnen zählen"
    " setzen drohen leben arbeiten investieren informieren reagieren verhaften bombardieren"
    " besetzen annektieren mobilisieren stationieren verstärken sanktionieren verhängen"
    " boykottieren regieren brauchen suchen zeigen machen hoffen glauben fürchten erwarten"
    " versuchen wünschen sperren retten räumen evakuieren besichtigen tagen verabschieden"
    " ratifizieren unterstützen verteidigen leugnen dementieren lehnen marschieren kämpfen"
    " siegen gratulieren stürzen explodieren hören fragen antworten danken loben warten"
    " schicken liefern drohen beraten ernennen äußern behaupten bekräftigen verlangen"
    " beschuldigen vorwerfen kündigen verschieben verlängern beenden prüfen stoppen"
    " verweigern betreffen erreichen fehlen verdienen erhöhen senken kosten dauern"
    " übernehmen entlassen richten klären vertagen diskutieren debattieren präsentieren"
    " organisieren blockieren attackieren erobern verlegen kontrollieren modernisieren"
    " sammeln einführen ausbauen renovieren"
    # more verbs news tells with (round 2)
    " rücken erzielen besiegen stürmen ermitteln klagen urteilen bestrafen schildern gründen"
    " erinnern ehren würdigen lösen löschen ändern kürzen fördern sichern holen verpassen"
    " spielen trainieren leiten nutzen drehen produzieren testen untersuchen beantragen"
    " genehmigen sanieren schützen flüchten weihen benennen lehren fassen prägen scheitern"
    " kassieren verlängern reduzieren stärken schwächen vorbereiten verbessern erneuern"
    " bauen zünden brennen fusionieren ordnen mieten kippen stimmen tauschen wechseln"
    " melden zerstören verwüsten überfluten überschwemmen verhandeln"
    " rechnen landen ernten retten protestieren marschieren blockieren verhindern"
    " erobern befreien besetzen bombardieren kapitulieren entführen ermorden"
    " zahlen stellen einigen heiraten enden strömen"
    # round 3
    " enthüllen einweihen"
    # round 4
    " kehren entdecken werten"
    " ereignen passieren verunglücken kollidieren prallen entgleisen beschlagnahmen"
    " verkünden billigen zeichnen veröffentlichen schrumpfen fluten beben erschüttern"
).split()
# Irregular verbs: infinitive, 3rd person singular present, past singular, past plural,
# participle.
_STRONG = tuple(
    tuple(parts.split())
    for parts in (
        "sein ist war waren gewesen",
        "haben hat hatte hatten gehabt",
        "werden wird wurde wurden geworden",
        "treffen trifft traf trafen getroffen",
        "fliegen fliegt flog flogen geflogen",
        "fahren fährt fuhr fuhren gefahren",
        "kommen kommt kam kamen gekommen",
        "gehen geht ging gingen gegangen",
        "sprechen spricht sprach sprachen gesprochen",
        "geben gibt gab gaben gegeben",
        "nehmen nimmt nahm nahmen genommen",
        "finden findet fand fanden gefunden",
        "stehen steht stand standen gestanden",
        "halten hält hielt hielten gehalten",
        "lassen lässt ließ ließen gelassen",
        "schlagen schlägt schlug schlugen geschlagen",
        "sterben stirbt starb starben gestorben",
        "tragen trägt trug trugen getragen",
        "ziehen zieht zog zogen gezogen",
        "beginnen beginnt begann begannen begonnen",
        "gewinnen gewinnt gewann gewannen gewonnen",
        "verlieren verliert verlor verloren verloren",
        "schreiben schreibt schrieb schrieben geschrieben",
        "schießen schießt schoss schossen geschossen",
        "beschließen beschließt beschloss beschlossen beschlossen",
        "schließen schließt schloss schlossen geschlossen",
        "verlassen verlässt verließ verließen verlassen",
        "empfangen empfängt empfing empfingen empfangen",
        "rufen ruft rief riefen gerufen",
        "bleiben bleibt blieb blieben geblieben",
        "liegen liegt lag lagen gelegen",
        "sehen sieht sah sahen gesehen",
        "bringen bringt brachte brachten gebracht",
        "nennen nennt nannte nannten genannt",
        "laufen läuft lief liefen gelaufen",
        "fallen fällt fiel fielen gefallen",
        "brechen bricht brach brachen gebrochen",
        "greifen greift griff griffen gegriffen",
        "werfen wirft warf warfen geworfen",
        "entscheiden entscheidet entschied entschieden entschieden",
        "weisen weist wies wiesen gewiesen",
        "bieten bietet bot boten geboten",
        "verbieten verbietet verbot verboten verboten",
        "tun tut tat taten getan",
        "heißen heißt hieß hießen geheißen",
        "fliehen flieht floh flohen geflohen",
        "erscheinen erscheint erschien erschienen erschienen",
        "sinken sinkt sank sanken gesunken",
        "steigen steigt stieg stiegen gestiegen",
        "treten tritt trat traten getreten",
        "wachsen wächst wuchs wuchsen gewachsen",
        "erhalten erhält erhielt erhielten erhalten",
        "gelingen gelingt gelang gelangen gelungen",
        "raten rät riet rieten geraten",
        "streiten streitet stritt stritten gestritten",
        "bestreiten bestreitet bestritt bestritten bestritten",
        "empfehlen empfiehlt empfahl empfahlen empfohlen",
        "unterbrechen unterbricht unterbrach unterbrachen unterbrochen",
        "können kann konnte konnten gekonnt",
        "müssen muss musste mussten gemusst",
        "sollen soll sollte sollten gesollt",
        "wollen will wollte wollten gewollt",
        "dürfen darf durfte durften gedurft",
        "wissen weiß wusste wussten gewusst",
        "denken denkt dachte dachten gedacht",
        "kennen kennt kannte kannten gekannt",
        "brennen brennt brannte brannten gebrannt",
        "senden sendet sandte sandten gesandt",
        "sitzen sitzt saß saßen gesessen",
        "helfen hilft half halfen geholfen",
        "stoßen stößt stieß stießen gestoßen",
        "schweigen schweigt schwieg schwiegen geschwiegen",
        "vergleichen vergleicht verglich verglichen verglichen",
        "leiden leidet litt litten gelitten",
        "meiden meidet mied mieden gemieden",
        "streichen streicht strich strichen gestrichen",
        "bergen birgt barg bargen geborgen",
        "betreiben betreibt betrieb betrieben betrieben",
        "übernehmen übernimmt übernahm übernahmen übernommen",
        "dringen dringt drang drangen gedrungen",
        "stehlen stiehlt stahl stahlen gestohlen",
        "heben hebt hob hoben gehoben",
        "schieben schiebt schob schoben geschoben",
        "springen springt sprang sprangen gesprungen",
        "werben wirbt warb warben geworben",
        "bitten bittet bat baten gebeten",
        "fangen fängt fing fingen gefangen",
        "schneiden schneidet schnitt schnitten geschnitten",
        "lesen liest las lasen gelesen",
        "verschwinden verschwindet verschwand verschwanden verschwunden",
        "geschehen geschieht geschah geschahen geschehen",
        "entstehen entsteht entstand entstanden entstanden",
        "bestehen besteht bestand bestanden bestanden",
        "ergreifen ergreift ergriff ergriffen ergriffen",
        "unterschreiben unterschreibt unterschrieb unterschrieben unterschrieben",
        "zwingen zwingt zwang zwangen gezwungen",
        "verbringen verbringt verbrachte verbrachten verbracht",
        "erkennen erkennt erkannte erkannten erkannt",
        "reißen reißt riss rissen gerissen",
        "erleiden erleidet erlitt erlitten erlitten",
        "vertreiben vertreibt vertrieb vertrieben vertrieben",
        "erheben erhebt erhob erhoben erhoben",
        "erschießen erschießt erschoss erschossen erschossen",
        "stechen sticht stach stachen gestochen",
        "erlassen erlässt erließ erließen erlassen",
        "sprengen sprengt sprengte sprengten gesprengt",
        "stoßen stößt stieß stießen gestoßen",
        "singen singt sang sangen gesungen",
        "binden bindet band banden gebunden",
        "frieren friert fror froren gefroren",
        "gedenken gedenkt gedachte gedachten gedacht",
        "verlesen verliest verlas verlasen verlesen",
        "überfallen überfällt überfiel überfielen überfallen",
        # round 4
        "beraten berät beriet berieten beraten",
        "berufen beruft berief beriefen berufen",
        "laden lädt lud luden geladen",
        "versterben verstirbt verstarb verstarben verstorben",
        "überschlagen überschlägt überschlug überschlugen überschlagen",
        "verleihen verleiht verlieh verliehen verliehen",
        "entlassen entlässt entließ entließen entlassen",
        "verschieben verschiebt verschob verschoben verschoben",
        "durchsuchen durchsucht durchsuchte durchsuchten durchsucht",  # no "ge-"
    )
)
# Separable verbs: particle + verb. In a main clause the particle goes to the end ("teilte …
# mit"): the finite form is the verb's own, and its lemmas include the separable verb's.
_SEPARABLE = (
    "mit+teilen an+kündigen vor+stellen vor+legen durch+führen ab+stimmen statt+finden"
    " teil+nehmen fest+nehmen an+greifen zurück+treten zurück+weisen zurück+ziehen ab+ziehen"
    " zusammen+ziehen ab+sagen zu+sagen an+kommen ab+reisen ein+reisen aus+reisen ab+fliegen"
    " zurück+kehren ein+marschieren ab+lehnen auf+rufen an+rufen aus+rufen ein+laden"
    " ab+schließen an+nehmen auf+nehmen vor+werfen aus+weisen ein+führen aus+bauen"
    " fort+setzen ab+halten ein+setzen auf+treten bei+treten an+bieten ab+brechen aus+brechen"
    " ein+leiten auf+heben ein+frieren an+ordnen zu+stimmen ab+geben an+geben bekannt+geben"
    " vor+schlagen los+gehen weiter+reisen ein+treffen zusammen+treffen hin+weisen"
    " vor+rücken ein+dringen zurück+nehmen an+treten ab+reißen ein+weihen auf+geben"
    " ab+bauen an+fangen aus+fallen ein+stellen her+stellen fest+stellen auf+stellen"
    " zurück+geben ein+legen aus+lösen an+klagen frei+lassen frei+sprechen ab+stürzen"
    " ein+stürzen auf+brechen ab+schieben ein+greifen an+heben aus+zahlen ein+nehmen"
    " zu+nehmen ab+nehmen auf+lösen ein+berufen ab+sperren aus+rufen ein+schlagen"
    " ab+schießen nieder+brennen zurück+schlagen ein+nehmen vor+legen aus+setzen"
    " bei+legen aus+tragen ab+lösen ein+ziehen aus+ziehen um+ziehen an+steigen"
    " um+leiten aus+werten aus+zeichnen zusammen+stoßen auf+prallen"
)
_INSEPARABLE = ("be", "ge", "er", "ver", "zer", "ent", "emp", "miss", "über", "unter", "wider")
_IRREGULAR_INF = {"tun": "tu", "sein": "sei"}
_EXTRA_FINITE = {  # the other persons of the present: "sind", "habe", "werde"
    "sein": ("sind", "bin", "bist", "seid"), "haben": ("habe", "hast", "habt"),
    "werden": ("werde", "wirst", "werdet"), "können": ("könnte", "könnten"),
    "müssen": ("müsste", "müssten"), "dürfen": ("dürfte", "dürften"),
}  # fmt: skip


def _stem(inf: str) -> str:
    return inf[:-1] if inf.endswith(("eln", "ern")) else inf[:-2]


def _weak(inf: str) -> tuple[str, str, str, str, str]:
    stem = _stem(inf)
    e = "e" if stem.endswith(("t", "d")) or stem.endswith(("chn", "ffn", "gn", "dm")) else ""
    prefixed = inf.endswith("ieren") or inf.startswith(_INSEPARABLE)
    participle = (stem if prefixed else "ge" + stem) + e + "t"
    return inf, stem + e + "t", stem + e + "te", stem + e + "ten", participle


@cache
def _tables() -> tuple[dict[str, set[str]], dict[str, str], dict[str, tuple[str, ...]]]:
    """(form -> verb lemmas, past forms and participles -> kind, lemma -> principal parts)."""
    verbs: dict[str, set[str]] = {}
    pasts: dict[str, str] = {}
    parts: dict[str, tuple[str, ...]] = {}
    conjugated = [_weak(v) for v in _WEAK] + list(_STRONG)
    for inf, third, past, past_pl, participle in conjugated:
        parts[inf] = (inf, third, past, past_pl, participle)
        for form in (inf, third, past, past_pl, participle, _stem(inf) + "e", "zu" + inf):
            verbs.setdefault(form, set()).add(inf)
        for form in (past, past_pl):
            pasts.setdefault(form, "past")
        pasts[participle] = "participle"
        for extra in _EXTRA_FINITE.get(inf, ()):
            verbs.setdefault(extra, set()).add(inf)
    by_inf = {p[0]: p for p in conjugated}
    for pair in _SEPARABLE.split():
        particle, base = pair.split("+")
        if base not in by_inf:
            continue
        inf, third, past, past_pl, participle = by_inf[base]
        whole = particle + inf
        if participle.startswith("ge") or not base.startswith(_INSEPARABLE):
            ge = participle if participle.startswith("ge") else "ge" + participle
        else:
            ge = participle
        glued = particle + ge
        parts[whole] = (whole, third, past, past_pl, glued)
        # a subordinate clause writes the particle on: "…, wie die Polizei mitteilte"
        joined = (particle + third, particle + past, particle + past_pl)
        for form in (whole, particle + "zu" + inf, glued, third, past, past_pl, *joined):
            verbs.setdefault(form, set()).add(whole)
        pasts[glued] = "participle"
        pasts.setdefault(particle + past, "past")
        pasts.setdefault(particle + past_pl, "past")
    return verbs, pasts, parts


# Nouns by ending (lower case): "Abstimmung", "Sicherheit", "Sprecher", "Präsident".
NOUN_ENDINGS = (
    "ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tion", "tionen",
    "tät", "täten", "ismus", "nis", "nisse", "chen", "ment", "mente", "ur", "uren", "ik",
    "iken", "ei", "eien", "ler", "ner", "führer", "sprecher", "minister", "ministerin", "präsident",
    "präsidenten", "präsidentin", "kanzler", "kanzlerin", "chef", "chefin", "rat", "räte",
    "amt", "ämter", "haus", "häuser", "stadt", "land", "länder", "partei", "parteien",
    "regierung", "gespräch", "gespräche", "gesprächen", "treffen", "besuch", "besuche",
    "reise", "reisen", "gipfel", "angriff", "angriffe", "wahl", "wahlen", "streik", "vertrag",
    "verträge", "abkommen", "truppen", "soldaten", "krieg", "grenze", "lage", "kosten", "jahr",
    "jahre", "jahren", "woche", "wochen", "monat", "monate", "tag", "tage", "tagen", "zeit",
    "leute", "menschen", "bürger", "frage", "fragen", "antwort", "plan", "pläne", "ziel",
    "projekt", "sitzung", "konflikt", "lösung", "einigung", "forderung", "protest",
    "proteste", "sanktion", "sanktionen", "manöver", "invasion", "armee", "polizei",
    "behörde", "behörden", "gericht", "verband", "verein", "gemeinde", "firma", "bank",
    "unternehmen", "vorschlag", "beschluss", "entscheidung", "nachricht", "bericht",
    "erklärung", "anschlag", "explosion", "unfall", "feuer", "brand", "opfer", "tote",
    "toten", "verletzte", "verletzten", "euro", "prozent", "millionen", "milliarden",
)  # fmt: skip


def lemmas(lower: str) -> dict[str, tuple[str, ...]]:
    """Lemmas by part of speech of a lower-case word: verbs from the tables, nouns by ending.

    >>> lemmas("folgte"), lemmas("alte"), lemmas("letzten")
    ({'VERB': ('folgen',)}, {}, {})
    """
    verbs, _, _ = _tables()
    found: dict[str, tuple[str, ...]] = {}
    if lower in verbs:
        found["VERB"] = tuple(sorted(verbs[lower]))
    elif glued := _glued_particle(lower):
        found["VERB"] = glued
    elif guessed := _weak_past(lower):
        found["VERB"] = (guessed,)
    if len(lower) > 2 and lower.endswith(NOUN_ENDINGS) and lower not in verbs:
        found["NOUN"] = tuple(dict.fromkeys(_noun_lemmas(lower)))
    return found


def _glued_particle(lower: str) -> tuple[str, ...]:
    """A separable verb's finite form with its particle written on, as a subordinate clause
    writes it, of a verb the tables hold without that particle: "zurückging" (zurückgehen),
    "stattfand", "einstürzte"; () for anything else.

    >>> _glued_particle("zurückging"), _glued_particle("zurückkehren"), _glued_particle("anders")
    (('zurückgehen',), ('zurückkehren',), ())
    """
    verbs, _, _ = _tables()
    for particle in _PARTICLES:
        rest = lower[len(particle) :]
        if lower.startswith(particle) and len(rest) > 2 and rest in verbs:
            # (a form the tables give a separable verb too, "ging" of "losgehen": its base)
            bases = [v for v in verbs[rest] if not v.startswith(tuple(_PARTICLES))]
            return tuple(sorted(particle + lemma for lemma in bases or verbs[rest]))
    return ()


def _noun_lemmas(lower: str) -> list[str]:
    """The word and its singular, as far as the ending tells: "sanktionen" -> "sanktion"."""
    out = [lower]
    for ending, back in (("ungen", "ung"), ("ionen", "ion"), ("heiten", "heit"),
                         ("keiten", "keit"), ("gespräche", "gespräch"), ("truppen", "truppe"),
                         ("gesprächen", "gespräch"), ("verhandlungen", "verhandlung"),
                         ("nisse", "nis"), ("wahlen", "wahl"), ("proteste", "protest"),
                         ("angriffe", "angriff"), ("besuche", "besuch"), ("toten", "tote"),
                         ("verletzten", "verletzte")):  # fmt: skip
        if lower.endswith(ending):
            out.append(lower[: -len(ending)] + back)
    return out


def is_past(word: str) -> bool:
    """A simple past or past participle: "traf", "teilte", "mitgeteilt", "gereist"; the
    simple past of a weak verb the tables lack by its shape ("folgte", "schätzten")."""
    verbs, pasts, _ = _tables()
    lower = word.lower()
    if lower in pasts or (lower not in verbs and _weak_past(lower) is not None):
        return True
    rests = (lower[len(p) :] for p in _PARTICLES if lower.startswith(p))
    return any(pasts.get(rest) == "past" for rest in rests) or (  # "…, als die Flut zurückging"
        word.islower() and is_participle(word)  # "errichtet", "gesichtet": by their shape
    )


def _weak_past(lower: str) -> str | None:
    """The infinitive a simple past of a verb the tables lack gives, or None: a weak one by
    its shape ("folgte" → "folgen", ``core.lang.de._pasts``), or an inseparable prefix on
    a listed simple past ("übergab" → "übergeben", "bekam" → "bekommen")."""
    if lower in NOT_PARTICIPLES:
        return None
    _, pasts, parts = _tables()
    for prefix in _PAST_PREFIXES:
        rest = lower[len(prefix) :]
        if lower.startswith(prefix) and len(rest) > 2 and pasts.get(rest) == "past":
            base = next((p[0] for p in parts.values() if rest in p[2:4]), None)
            if base is not None:
                return prefix + base
    return weak_past(lower)


# Inseparable prefixes on a simple past the tables list: "übergab", "bekam", "entkam".
_PAST_PREFIXES = ("über", "unter", "wider", "hinter", "durch", "miss", "emp", "zer", "ent",
                  "ver", "be", "er")  # fmt: skip


def is_participle(word: str) -> bool:
    """A past participle: "getroffen", "mitgeteilt", "unterzeichnet"; one of a verb the tables
    do not hold when its shape tells it ("bestraft", "aufgehoben", "zurückgenommen").

    >>> is_participle("aufgehoben"), is_participle("verurteilt"), is_participle("gegen")
    (True, True, False)
    """
    verbs, pasts, _ = _tables()
    lower = word.lower()
    if lower in pasts:
        return pasts[lower] == "participle"
    if not word.islower() or lower in verbs or lower in NOT_PARTICIPLES:
        return False  # German writes nouns with a capital: a lower-case word is no noun
    return bool(_PARTICIPLE_SHAPE.fullmatch(lower))


# Participles by shape, for verbs the tables do not know: a separable particle or none, then
# "ge…t"/"ge…en" ("gestohlen", "festgenommen"), an inseparable prefix and "…t" ("bestraft",
# "verurteilt"), or "…iert" ("kritisiert"). Declined participles ("die gewählten") end in
# "-e", "-en" after "t", "-er", "-es": not these shapes.
_PARTICLES = (
    "ab an auf aus bei durch ein fest fort her hin los mit nach vor weg weiter wieder zu zurück"
    " zusammen statt teil bekannt nieder heim dar frei hoch heraus hinaus vorbei voran"
).split()
_PARTICIPLE_SHAPE = re.compile(
    rf"(?:{'|'.join(sorted(_PARTICLES, key=len, reverse=True))})?"
    r"(?:ge[a-zäöüß]{2,}(?:t|[^t]en|tten)|(?:be|ver|er|ent|zer|emp|über|unter|durch|hinter|miss|wider)[a-zäöüß]{3,}t"
    r"|[a-zäöüß]{3,}iert)"
)
# Lower-case words of those shapes that are no participles.
NOT_PARTICIPLES = frozenset(
    "gegen genug gestern gerecht gesamt bereit bekannt berühmt beliebt erst verwandt"
    " gelten gehen geben gewinnen gelingen gehören genießen gestalten geschehen erstmals"
    " unterhalb oberhalb überhaupt vorerst zuerst zunächst zuletzt insgesamt"
    " entgegen gegenüber".split()
)


def past(lemma: str) -> str:
    """The simple past of a verb: "treffen" -> "traf"."""
    _, _, parts = _tables()
    return parts[lemma][2] if lemma in parts else lemma


def present(word: str, plural: bool) -> str:
    """The headline present of a verb form: "trafen" -> "trifft" (or "treffen" for many)."""
    verbs, _, parts = _tables()
    lemma = min(verbs.get(word.lower(), {word.lower()}), key=len)
    if lemma not in parts:
        return word
    return parts[lemma][0] if plural else parts[lemma][1]


# Verbs whose present tells nothing of the time ("ist", "hat", "kann"), and those news uses
# for a state in the present ("liegt", "gilt", "steht"), not for a plan.
_TIMELESS = frozenset(
    "sein haben werden können müssen sollen wollen dürfen wissen denken kennen glauben"
    " hoffen fürchten liegen stehen bleiben gelten heißen fehlen kosten leben brauchen"
    " sitzen zählen betreffen dauern".split()
)


# Forms written as another word too: "bei einigen der Abweichler".
_NOT_VERBS = frozenset(("einigen",))


@cache
def present_forms() -> str:
    """The present forms of the verbs news reports with, a regex alternation: "wählen am
    Sonntag", "besucht am Montag" put a weekday ahead. Forms that are also a past or a
    participle ("verlängert", "eröffnet" after "hat") are left to the past's cues.

    >>> "wählen" in present_forms().split("|"), "verlängert" in present_forms().split("|")
    (True, False)
    """
    _, pasts, parts = _tables()
    forms = {
        form
        for lemma, (inf, third, *_rest) in parts.items()
        if lemma not in _TIMELESS and not lemma.endswith(tuple(_TIMELESS))
        for form in (inf, third)
        if form not in pasts and form not in _NOT_VERBS
    }
    return "|".join(sorted(forms, key=len, reverse=True))


# Pasts written as the infinitive of a verb the tables lack: "gelangen" (to reach).
_ALSO_INFINITIVES = frozenset(("gelangen",))


@cache
def past_forms() -> str:
    """The simple pasts of the verbs the tables hold, a regex alternation: "trat am
    Dienstagabend zusammen" tells the Tuesday gone by, whatever verb the sentence adds after
    it. A past that is also a present or an infinitive ("gelangen") is left out.

    >>> forms = past_forms().split("|")
    >>> "trat" in forms, "zurücktrat" in forms, "gelangen" in forms
    (True, True, False)
    """
    _, pasts, parts = _tables()
    presents = {form for p in parts.values() for form in p[:2]}
    presents |= {form for forms in _EXTRA_FINITE.values() for form in forms}
    presents |= _ALSO_INFINITIVES
    forms = {form for form, kind in pasts.items() if kind == "past" and form not in presents}
    return "|".join(sorted(forms, key=len, reverse=True))
