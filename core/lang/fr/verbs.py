"""French verb forms: the verbs news reports with, conjugated, for ``clauses.lemmas``.

No lexicon ships with the app for French, so the verbs are listed here by infinitive and
conjugated by rule (the three groups, with the spelling changes of "-cer" and "-ger"); the
irregular verbs news uses are listed by their stems. A word is a verb only if it is one of
these forms, which keeps nouns ending like verbs ("armée", "président") nouns.

>>> FORMS["rendra"], FORMS["annexé"], FORMS["s'est"]
('rendre', 'annexer', 'être')
"""

from __future__ import annotations

# Regular "-er" verbs of news (and "-ir" verbs of the second group, "-re" verbs like "rendre").
_ER = (
    "accepter accompagner accorder accueillir accuser acheter adopter affirmer ajouter alerter"
    " aider alimenter amorcer analyser animer annoncer annexer annuler appeler apporter approuver"
    " arrêter arriver assassiner assurer attaquer augmenter autoriser avancer baisser blesser"
    " bloquer bombarder brûler calmer célébrer changer chasser chercher clôturer commencer"
    " commémorer condamner confirmer consacrer considérer continuer contester contrôler"
    " coopérer critiquer débarquer débuter décider déclarer décoller décrocher dédier dénoncer"
    " déplacer déployer déposer désigner déterminer dévoiler diriger discuter donner doubler"
    " durer échanger échouer éclater écarter effectuer élever éliminer embarquer emmener"
    " empêcher employer encourager engager enlever enquêter enregistrer entamer entrer"
    " envisager envoyer espérer estimer évacuer éviter évoquer exiger expliquer exploser"
    " exprimer fermer fêter financer fixer former frapper gagner gérer gouverner grimper"
    " habiter hospitaliser ignorer imposer indiquer informer inaugurer inquiéter installer"
    " interdire interpeller inviter jouer juger lancer laisser libérer livrer loger lutter"
    " manifester manquer marcher marquer menacer mener mobiliser modifier monter montrer"
    " multiplier négocier noter nommer observer occuper opérer organiser oublier participer"
    " parler passer payer penser perpétrer piloter placer planifier plonger porter poser"
    " pousser préciser présenter présider presser prolonger prononcer proposer protester"
    " prouver quitter raconter ramener rappeler rapporter rassembler ratifier réaliser"
    " réclamer recommander reconnaître récupérer redouter refuser regagner regretter rejeter"
    " relancer relever remarquer remercier remporter rencontrer renforcer renoncer renouveler"
    " renverser renvoyer réparer repousser représenter réquisitionner réserver résister"
    " respecter rester retirer retourner retrouver réunir révéler riposter saluer sanctionner"
    " sauver séjourner séparer signaler signer soigner souhaiter souligner stationner"
    " succéder suggérer supprimer tabler taxer témoigner tenter terminer tirer toucher"
    " tourner transférer transporter travailler traverser tripler tuer utiliser valider"
    " vérifier visiter voler voter dépasser augmenter chuter progresser reculer dégrader"
    " s'envoler envoler rentrer reporter repousser reprocher accoster atterrir lever"
    " entraîner recenser embrasser exercer retarder adresser démissionner démentir"
    " approcher plaider frôler affronter manœuvrer manoeuvrer patrouiller reprendre"
    # round 2: verbs of unseen news (strikes, courts, disasters, history, sport, culture)
    " cesser décréter piller inculper écrouer acquitter relaxer infliger débouter infirmer"
    " écoper licencier embaucher recruter racheter fusionner instaurer promulguer amender"
    " convoquer féliciter exhorter divulguer relater remplacer limoger destituer révoquer"
    " soupçonner perquisitionner emprisonner exiler guillotiner couronner sacrer proclamer"
    " abdiquer capituler assiéger emparer fusiller exécuter stagner infecter vacciner"
    " décéder succomber localiser reloger inonder submerger ravager dévaster endommager"
    " ébranler déferler incendier déraper heurter dérailler sombrer chavirer diffuser"
    " inventer édifier restaurer rénover démanteler alléger débloquer allouer octroyer"
    " emprunter rembourser déclencher achever décaler téléphoner remanier attribuer"
    " récompenser qualifier égaliser dominer commercialiser délocaliser paralyser"
    " perturber parapher instituer tomber démarrer dérouler effondrer écraser intercepter"
    " cibler viser créer fonder publier examiner décerner couler"
    # round 4: business, health and science news
    " dégager exhumer fouiller délocaliser hospitaliser transférer"
    # #16 titles: verbs of news missing above ("s'appliquera" read as a noun)
    " appliquer endetter abandonner aggraver allumer assister bénéficier céder circuler"
    " classer coûter doter évaluer expulser freiner geler guider hausser immobiliser limiter"
    " ordonner percuter priver rater surveiller trancher verser afficher auditionner avouer"
    " balayer demander diminuer défiler écrouler extrader incarcérer interroger maîtriser"
    " nier propager relâcher souffler procéder calciner évader kidnapper poignarder agresser"
    " cambrioler piéger dérober braquer dévier détoner appareiller immerger entériner abroger"
    " légiférer plafonner indexer revaloriser"
    # #16 lives and careers: the verbs of obituaries and profiles ("elle épouse", "il expose")
    " photographier exposer militer épouser emporter briser orienter boucler réembaucher"
    " enseigner étudier composer chanter émigrer déménager adhérer intégrer"
    " adapter triompher filmer disputer enchaîner"
    # #16 (fr3): verbs of storms, supplies, works, laws and courts
    " arracher ravitailler automatiser électrifier moderniser numériser obliger"
    " communiquer distinguer délivrer réveiller"
    # session 33: verbs of councils, clubs, works and finds ("la préfecture prescrit")
    " débrayer programmer héberger honorer inhumer enterrer raser aménager équiper provoquer"
    " causer naviguer saccager identifier abaisser réformer transformer interpréter projeter"
    " repérer chiffrer subventionner"
).split()
_IR = (
    "finir choisir réunir saisir envahir agir investir établir rétablir accomplir franchir"
    " bondir périr avertir garantir bâtir démolir subir brandir rebondir sévir amerrir"
    " réussir gravir réagir grandir ralentir applaudir"
    " agrandir"
).split()
_RE = (
    "rendre vendre attendre défendre répondre perdre descendre entendre étendre suspendre"
    " tendre fondre détendre"
).split()
# Irregular verbs: infinitive -> their forms (the present, imperfect, simple past, future,
# conditional and participles news writes).
_IRREGULAR = {
    "être": "est sont suis es sommes êtes était étaient fut furent sera seront serait"
    " seraient été étant soit soient c'est c’est n'est n’est s'est s’est s'était"
    " s’était s'étaient s’étaient",
    "avoir": "a ont ai as avons avez avait avaient eut eurent aura auront aurait auraient eu"
    " ayant n'a n’a n'ont n’ont",
    "aller": "va vont vais allons allez allait allaient alla allèrent ira iront irait iraient"
    " allé allée allés allées",
    "faire": "fait font fais faisons faites faisait faisaient fit firent fera feront ferait"
    " feraient faite faits faites",
    "dire": "dit disent dis disons disait disaient dirent dira diront dirait diraient dite dits",
    "pouvoir": "peut peuvent pouvait pouvaient put purent pourra pourront pourrait pourraient pu",
    "devoir": "doit doivent devait devaient dut durent devra devront devrait devraient dû due",
    "vouloir": "veut veulent voulait voulaient voulut voudra voudront voudrait voudraient voulu",
    "savoir": "sait savent savait savaient sut saura sauront saurait su",
    "voir": "voit voient voyait voyaient vit virent verra verront verrait vu vue vus vues",
    "prévoir": "prévoit prévoient prévoyait prévoyaient prévit prévoira prévoiront prévu"
    " prévue prévus prévues",
    "recevoir": "reçoit reçoivent recevait recevaient reçut reçurent recevra recevront"
    " recevrait reçu reçue reçus reçues",
    "partir": "part partent partait partaient partit partirent partira partiront partirait"
    " parti partie partis parties",
    "sortir": "sort sortent sortait sortit sortira sortiront sorti sortie sortis",
    "ouvrir": "ouvre ouvrent ouvrait ouvrit ouvrira ouvriront ouvert ouverte ouverts",
    "mourir": "meurt meurent mourait mourut moururent mourra mourront mort morte morts mortes",
    "naître": "naît naissent naquit né née nés nées",
    "élire": "élit élisent élisait élut élurent élira éliront élu élue élus élues réélu réélue",
    "conclure": "conclut concluent concluait conclura concluront conclu conclue conclus",
    "exclure": "exclut excluent excluait exclura excluront exclu exclue exclus exclues",
    "suivre": "suit suivent suivait suivit suivra suivront suivi suivie suivis",
    "vivre": "vit vivent vivait vécut vivra vécu vécue",
    "falloir": "faut fallait fallut faudra faudrait fallu",
    "craindre": "craint craignent craignait craindra craint crainte",
    "atteindre": "atteint atteignent atteignait atteignit atteindra atteindront atteinte",
    "inscrire": "inscrit inscrivent inscrivait inscrivit inscrira inscrite inscrits",
    "prescrire": "prescrit prescrivent prescrivait prescrivit prescrira prescrite prescrits",
    "décrire": "décrit décrivent décrivait décrivit décrira décrite décrits",
    "souscrire": "souscrit souscrivent souscrivait souscrivit souscrira souscrite",
    "convertir": "convertit convertissent convertissait convertira converti convertie",
    "rejoindre": "rejoint rejoignent rejoignait rejoignit rejoindra rejoindront rejointe",
    "battre": "bat battent battait battit battra battu battue battus",
    "abattre": "abat abattent abattit abattra abattu abattue abattus",
    "détruire": "détruit détruisent détruisait détruisit détruira détruite détruits",
    "construire": "construit construisent construisait construisit construira construite",
    "conduire": "conduit conduisent conduisait conduisit conduira conduite conduits",
    "produire": "produit produisent produisait produisit produira produite",
    "réduire": "réduit réduisent réduisait réduisit réduira réduite réduits",
    "écrire": "écrit écrivent écrivait écrivit écrira écrite écrits",
    "lire": "lit lisent lisait lut lira lu lue",
    "courir": "court courent courait courut courra couru",
    "fuir": "fuit fuient fuyait fuit fuira fui fuie",
    "connaître": "connaît connaissent connaissait connut connaîtra connu connue",
    "reconnaître": "reconnaît reconnaissent reconnaissait reconnut reconnaîtra reconnu"
    " reconnue reconnus",
    "paraître": "paraît paraissent paraissait parut paraîtra paru parue",
    "disparaître": "disparaît disparaissent disparaissait disparut disparu disparue",
    "interdire": "interdit interdisent interdisait interdira interdite interdits",
    "mettre": "met mettent mettait mit mirent mettra mettront mettrait mis mise",
    "prendre": "prend prennent prenait prenaient prit prirent prendra prendront prendrait"
    " pris prise prises",
    "venir": "vient viennent venait venaient vint vinrent viendra viendront viendrait venu"
    " venue venus venues",
    "tenir": "tient tiennent tenait tenaient tint tinrent tiendra tiendront tiendrait tenu"
    " tenue tenus tenues",
    "envoyer": "envoie envoient envoyait envoya envoyèrent enverra enverront enverrait envoyé"
    " envoyée envoyés envoyées",
    "accueillir": "accueille accueillent accueillait accueillit accueillera accueilleront"
    " accueilli accueillie accueillis",
    "démentir": "dément démentent démentait démentit démentira démenti démentie",
    "requérir": "requiert requièrent requérait requit requerra requerront requis requise",
    "acquérir": "acquiert acquièrent acquérait acquit acquerra acquis acquise",
    "vaincre": "vainc vainquent vainquit vainquirent vaincra vaincu vaincue vaincus",
    "clore": "clôt clos close closes",
    "dissoudre": "dissout dissolvent dissolvait dissoudra dissous dissoute",
    "résoudre": "résout résolvent résolut résoudra résolu résolue",
    "secourir": "secourt secourent secourut secourra secouru secourue secourus",
    "survivre": "survit survivent survécut survivra survécu",
    "découvrir": "découvre découvrent découvrit découvrira découvert découverte",
    "offrir": "offre offrent offrit offrira offriront offert offerte",
    "rouvrir": "rouvre rouvrent rouvrit rouvrira rouvriront rouvert rouverte",
    "comparaître": "comparaît comparaissent comparaissait comparaissaient comparut comparaîtra"
    " comparaîtront comparu",
    "poursuivre": "poursuit poursuivent poursuivait poursuivit poursuivra poursuivront"
    " poursuivi poursuivie poursuivis",
    "éteindre": "éteint éteignent éteignit éteindra éteinte",
    "faillir": "faillit failli",
}
# Irregular families: a prefix before a listed verb's forms ("re" + "prendre": "reprend").
_FAMILIES = {
    "prendre": "re com sur entre ap",
    "mettre": "per pro ad sou re com trans é",
    "venir": "de re inter par sur con pré sou",
    "tenir": "ob main re sou dé abs entre",
    "battre": "dé com",
    "dire": "contre pré",
    "faire": "dé re satis",
}
_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")
_VOWELS = "aeiouyéèêëâàîïôû"


def _er(inf: str) -> list[str]:
    stem = inf[:-2]
    # "annonça", "changeait": the spelling keeps the sound before "a" and "o"
    soft = stem[:-1] + "ç" if stem.endswith("c") else stem + "e" if stem.endswith("g") else stem
    hard = [stem + e for e in ("e", "es", "ent", "ons", "ez", "é", "ée", "és", "ées", "er")]
    hard += [stem + e for e in ("era", "eront", "erait", "eraient", "erai", "erons", "èrent")]
    hard += [soft + e for e in ("a", "ait", "aient", "ant", "ai", "âmes", "ons")]
    if len(stem) > 2 and stem[-2] == "e" and stem[-1] not in "aeiouy":  # lever: lève
        grave = stem[:-2] + "è" + stem[-1]
        hard += [grave + e for e in ("e", "es", "ent", "era", "eront", "erait")]
    if (acute := stem.rfind("é")) > 0 and not set(stem[acute + 1 :]) & set(_VOWELS):
        grave = stem[:acute] + "è" + stem[acute + 1 :]  # céder: "cède", libérer: "libère"
        hard += [grave + e for e in ("e", "es", "ent")]
    if stem.endswith("y"):  # envoyer, employer: emploie
        hard += [stem[:-1] + "i" + e for e in ("e", "es", "ent", "era", "eront", "erait")]
    if stem.endswith(("el", "et")):  # appeler: appelle
        hard += [stem + stem[-1] + e for e in ("e", "es", "ent", "era", "eront", "erait")]
    return hard


def _ir(inf: str) -> list[str]:
    stem = inf[:-2]
    endings = "is it issent issons issez issait issaient irent ira iront irait i ie ies ir issant"
    return [stem + e for e in endings.split()]


def _re(inf: str) -> list[str]:
    stem = inf[:-2]
    endings = "s ent ons ez ait aient it irent ra ront rait u ue us ues re ant"
    return [stem] + [stem + e for e in endings.split()]


def _build() -> dict[str, str]:
    forms: dict[str, str] = {}
    for inf in _ER:
        inf = inf.split("'")[-1]
        for form in _er(inf):
            forms.setdefault(form, inf)
    for inf in _IR:
        for form in _ir(inf):
            forms.setdefault(form, inf)
    for inf in _RE:
        for form in _re(inf):
            forms.setdefault(form, inf)
    for inf, listed in _IRREGULAR.items():
        for form in [inf, *listed.split()]:
            forms[form] = inf
    for inf, prefixes in _FAMILIES.items():
        for prefix in prefixes.split():
            for form in [inf, *_IRREGULAR[inf].split()]:
                forms.setdefault(prefix + form, prefix + inf)
    # elided subjects and pronouns glued to the verb: "s'envolera", "l'a", "n'a", "qu'il"
    for form, inf in list(forms.items()):
        if form[:1] in "aeéèêiîoôuhAEÉIOU" and "'" not in form:
            for elided in ("s'", "s’", "n'", "n’", "m'", "m’"):
                forms.setdefault(elided + form, inf)
    return forms


FORMS: dict[str, str] = _build()
# Past participles and simple pasts: "annexé", "rendu", "fut" (the headline's past).
PAST_FORMS = frozenset(
    form
    for form, inf in FORMS.items()
    if form.endswith(_PARTICIPLE_ENDINGS)
    or (
        form.endswith(("èrent", "irent", "urent", "it", "ut", "u", "ue", "us", "ues", "i", "ie"))
        and form not in ("est", "fait", "dit", "lit", "vit", "suit")
    )
    or form in ("fut", "furent", "eut", "eurent", "été", "eu", "fait", "dit", "pris", "mis", "né")
    # the participles of "requérir", "ouvrir", "offrir": "requis", "ouvert", "offerte"
    or (form.endswith(("is", "ise", "ises", "ert", "erte", "erts", "ertes")) and form != "dis")
    # the participles of "rejoindre", "atteindre", "contraindre": "rejoint", "atteinte"
    or (inf.endswith("indre") and form.endswith(("int", "inte", "ints", "intes")))
) | frozenset(  # the passé simple of "-er" verbs: "signa", "démissionna" (not "signera")
    form
    for form, inf in FORMS.items()
    if inf.endswith("er")
    and form.endswith("a")
    and not form.endswith("era")
    and "'" not in form
    and inf not in _IRREGULAR
)
PARTICIPLES = frozenset(
    form
    for form in PAST_FORMS
    # (and "découverte", "mise", "reprises")
    if form.endswith((*_PARTICIPLE_ENDINGS, "u", "ue", "us", "ues", "i", "ie", "is", "it", "t"))
    or form.endswith(("erte", "ertes", "ise", "ises"))
    if not form.endswith(("èrent", "irent", "urent"))
)
# ... and the feminine and plural of those the lists give in one form only: "ouvertes",
# "faites", "prises" (a participle, so "furent ouvertes" is a happening, not a state)
PARTICIPLES |= frozenset(
    form + ending
    for form in PARTICIPLES
    if form.endswith(("ert", "ait", "is", "int", "uit"))
    for ending in ("e", "s", "es")
    if not (form.endswith("s") and ending == "s")
)
# ... and those of "mourir", whose "-rt" no ending above gives: "Il est mort en 2015" is a
# death, not a state ("est" and a word that is no participle reads "was dead"); not "morts",
# the noun of "a fait trois morts" far more often than "sont morts"
PARTICIPLES |= frozenset(("mort", "morte", "mortes"))
# ... but not the imperfect and the conditional, whose "-ait" only looks like "fait" ("était",
# "avait", "serait"), nor "fut": finite, so "Le phare, construit en 1882, fut électrifié"
# keeps "fut" as its verb, no aside's participle
PARTICIPLES -= frozenset(
    form
    for form in PARTICIPLES
    if form.endswith(("ait", "aient")) and not form.endswith(("fait", "trait"))
) | {"fut"}
# ... nor the simple past and the present in "-it" ("vendit", "éteignit", "partit", "finit",
# "prit"): only "dit", "écrit", "construit" and their kin are participles, so "Elle vendit la
# ferme et quitta le village" keeps "vendit" as its verb, no participle before a subject
_IT_PARTICIPLES = ("uit", "crit", "fait", "trait")
_DIT_PARTICIPLES = frozenset(("dit", "contredit", "prédit", "interdit", "maudit", "redit"))
PARTICIPLES -= frozenset(
    form
    for form in PARTICIPLES
    if form.endswith("it")
    and not form.endswith(_IT_PARTICIPLES)
    and form.split("'")[-1].split("’")[-1] not in _DIT_PARTICIPLES
)
PAST_FORMS |= PARTICIPLES  # "construites", "détruits": pasts as their masculine is


def lemma_of(word: str) -> str | None:
    """The infinitive of a verb form news writes, or None ("rencontrera" -> "rencontrer")."""
    return FORMS.get(word.lower().replace("’", "'"))
