"""German verb tables without a lemmatiser: the regular verbs news reports with, the irregular
ones by their principal parts and the separable ones with their particle, and the forms they
give (``core.lang.de._forms`` reads them).

>>> verbs, pasts, parts = _tables()
>>> sorted(verbs["traf"])[-1], pasts["mitgeteilt"], parts["reisen"][2]
('zusammentreffen', 'participle', 'reiste')
"""

from __future__ import annotations

from functools import cache

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
    # session 35: a feeling ("fühlen sich angegriffen"), no happening
    " fühlen"
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
    # a hearing set for a day, a plant shut down for good
    " an+setzen still+legen"
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


# Forms a verb's table would give that German writes as another word far more often: "einige
# Schulklassen" (some), not "ich einige" (I unite).
_NO_VERB_FORMS = frozenset({"einige"})


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
            if form not in _NO_VERB_FORMS:
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
