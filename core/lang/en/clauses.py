"""English sentence and clause structure, and English word forms.

The words the event engine (``core.events``) reads a sentence's shape by: where a sentence
ends, where a clause opens, which words are function words, auxiliaries, prepositions. Month
names are not here: they are ``calendar.MONTHS``. Sets are lower case.

The word forms are functions, the same in every language: ``lemmas(word)`` (lemmas by part
of speech), ``is_past(word)``, ``is_participle(word)`` and ``present(word, plural)`` (the
headline present: "won" → "wins").
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, lru_cache

from core.lang.en import calendar as _calendar
from core.lang.en.calendar import WEEKDAYS


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that end with a full stop without ending the sentence (with calendar.MONTHS' short
# forms, which the engine adds).
ABBREVIATIONS = _words(
    "mr mrs ms dr prof gen col lt sgt capt cmdr adm gov govs sen sens rep reps rev st jr sr co "
    "corp inc ltd mon tue tues wed thu thur thurs fri sat sun no vs etc approx dept est fig univ "
    "ave blvd mt ft"
)
# Abbreviations that may close a sentence ("… shares of Lumo Inc.", "… in the U.S."; initials
# count too), and the words after them that only open one: "the U.S. The company said" is two.
CLOSING_ABBREVIATIONS = _words("co corp inc ltd jr sr etc")
OPENERS_AFTER_ABBREVIATION = frozenset("The It He She They We This These Its Their But".split())
# Of those, a company's ("… sold by Orlen Ltd. Payment date is May 2"): after it a capital
# common noun, or a capital preposition or determiner, then a lower-case word opens a new
# sentence; a name ("Acme Corp. International"), an adjective or a role ("Inc. Chairman Ann
# Poe") may go on the company's.
COMPANY_ABBREVIATIONS = _words("co corp inc ltd")
# A wire-story dateline opening a paragraph: "BEIJING, Feb 4 (Reuters) -", "KYIV (AP) —",
# and the AP's with its region and an underscore for the dash: "HAVANA, Cuba (AP)_". Groups:
# place, date, agency.
DATELINE = (
    r"(?P<place>[A-Z][A-Z .'-]{1,40}?)(?:/[A-Z][A-Z .'-]+)?"
    r"(?:,\s*[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*){0,2}(?=\s*\())?"
    r"(?P<date>,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"
    r"(?P<agency>\s*\([A-Za-z .&-]{2,30}\))?\s*(?:[-–—]{1,2}|_)\s+"
)
# A word, for the scan for trigger words (a regex without groups): letters, hyphens inside.
WORD = r"[A-Za-z]+(?:-[A-Za-z]+)*"
OPEN_QUOTES = frozenset(("“", '"', "``"))
CLOSE_QUOTES = frozenset(("”", '"', "''"))
POSSESSIVE_ENDINGS = ("’s", "'s")
# A title's owner made of a name, where the language writes it with an ending of its own
# (German "Lehmanns Frau", "Hans Weiß' Verlag"): the ending, and the name endings after which
# an apostrophe stands instead; English writes "'s" (``POSSESSIVE_ENDINGS``).
NAME_OWNER_ENDING = ""
NAME_OWNER_APOSTROPHE_AFTER: tuple[str, ...] = ()
# A plural owner ("their car" of "Four officers") written with the apostrophe alone after its
# plural ending: "Four officers' car", not "Four officers's car".
PLURAL_POSSESSIVES = _words("their")
PLURAL_OWNER_APOSTROPHE = "'"
# Before a day in the possessive, words that put its thing after the clause ("shares rose ahead
# of Thursday's talks"): the clause's tense cannot say on which side of publication it falls.
AHEAD_OF_POSSESSIVE = r"\b(?:ahead of|in the run-up to|in advance of|in preparation for)\s+$"
# The possessive ending a name may carry ("Putin's"), as a regex at the end of a token.
POSSESSIVE = r"['’]s?$"

# Words that open a clause after a comma ("…, saying"); the bare ones even without it.
OPENERS = _words(
    "saying adding calling as while when where which who whom whose after before because "
    "although but that following whereas"
)
# Openers that end a noun phrase grown around a trigger ("as" does not: "such as").
NOUN_PHRASE_ENDS = (OPENERS - {"as"}) | _words("until unless if")  # "… of Rivonia | until …"
BARE_OPENERS = _words("when after before that because whose where while unless if")
# Words that finish a clock time: "9:00 P.M.", "1550 hrs EDT".
CLOCK_SUFFIXES = _words("a.m p.m am pm gmt edt est cdt cst pdt pst bst hrs")
THAT_PRONOUN_AFTER = _words("than to with as from over")  # "higher than that of 1990"
# Prepositions after which "that" stands for what was told last ("two years after that it
# grew", "before that, she …"): a time phrase, neither "that" nor the preposition opens a clause.
THAT_TOLD_AFTER = _words("after before")
# A relative clause may leave its "that" out after a noun set off by a comma ("…, a measure
# it lifted in 2015"); the noun is at most this many words after the article.
CONTACT_RELATIVES = True
# US wire style names a town's state, abbreviated, between commas inside a noun phrase: "the
# fire at a Tulsa, Okla., depot" goes on past it (``core.events.nominal``).
REGION_AFTER_PLACE = True
CONTACT_NOUN_REACH = 3
# A period news names by its last month or day ("in the year to September", "the 12 months
# ended May 31"): its time, not the report's (``core.events.own_periods``).
OWN_PERIOD = (
    r"\b(?:year|12\s+months|twelve\s+months)\s+(?:to|ended|ending)\s+(?:end-)?"
    rf"(?:{_calendar.stems(_calendar.MONTHS)})"
)
CLAUSE_SINCE = _words("since")  # an opener only before a subject and its verb ("since he left")
# ... whose subject may hold a preposition of place or kind ("since services in Britain were
# freed", "since fears of a war grew"), never one of time ("since", "after")
SINCE_SUBJECT_PREPOSITIONS = _words("of in at for from on with")
# a clause opening on one tells a place, a cause or a condition of the sentence's news, not
# the news an attribution closing it dates ("… near where a gunman shot a nurse, police said
# Friday": the shooting was not on Friday)
OTHER_NEWS_OPENERS = _words("where because although though whereas unless if")
# ... of which these open a reason or a contrast told after the news, so that the attribution
# closing them dates the main clause before them ("Greta will join the board, because all
# clubs agreed, the minister said Friday": the joining is told on Friday)
REPORTED_AFTER_OPENERS = _words("because although though whereas")
# ... and the clause that ends a span, with its own happening ("until she retired in 1997")
CLAUSE_UNTIL = _words("until till")
# ... except one that ends a thing's term: "pays interest until the loan is repaid in 2046"
UNTIL_TERM_ENDS = _words(
    "mature matures matured repaid repay repays expire expires expired lapse lapses redeemed"
)
# The opener of a reported clause ("said that …"), and of a clause that says when ("when").
THAT = "that"
WHEN = "when"
WHEN_WORDS = frozenset({WHEN})  # the words that open a "when" clause fronted after a date
# the openers of a subordinate clause after a fronted phrase of time, before the main clause
# ("In 2018, after the plant had closed, the city bought …"); longer ones first
SUBORDINATORS_AFTER_FRONT = ("after", "before", "because", "although", "though", "once")
SUBJUNCTIVE_ENDS: tuple[str, ...] = ()  # (Spanish "cerrara": a subordinate clause's verb)
# Relative pronouns: after ", who … ," the main clause resumes at its verb.
# "Updated 14:05 …", "UPDATE 6:48 AM: …": a live entry's time, the word before it no word of it
ENTRY_TIME_LABELS = _words("update updated posted")
RELATIVES = _words("who whom which whose")
OBJECT_RELATIVES = _words("which whom")  # "Frontier, which it bought": the object is before
# Relatives that open a clause inside the subject with no comma, as "that" does ("The woman
# who founded the firm in 1990 | retired …"); the main clause resumes at its past.
BARE_SUBJECT_RELATIVES = _words("who which")
# The preposition after a noun that tells where or when the thing comes from: "letters from
# [1944]" — the date tells the letters' age, not when the clause happened.
NOUN_ORIGINS = _words("from")
# A subordinate clause before the main one: "Although prices fell in 2019, the firm …".
FRONTED_SUBORDINATORS = _words("although though while because when after before whereas if since")
# The openers of a verbless phrase before the main clause whose date is the phrase's noun's when
# the main clause has its own: "After a meeting on Monday, the board approved the plan on
# Tuesday" (``core.events.fronted_phrase_dates``).
FRONTED_PHRASE_OPENERS = ("after", "before", "following", "ahead of", "prior to", "in the wake of")
# A word opening a purpose clause of an infinitive: fronted before the subject and closed by a
# comma (Russian "Чтобы сократить расходы, совет закрыл …"), or, where VERB_LAST, German
# "um … zu"; English says "To cut …".
PURPOSE_OPENERS: frozenset[str] = frozenset()
# Words that front an adverbial before the subject ("During his visit on Thursday, …").
FRONTED = _words(
    "during on in at after following since before earlier later last amid upon as when while ahead "
    "if although because under with despite according outside inside beside behind near"
)
# Words that link a sentence to the one before and belong to no clause part.
LINKS = _words("so but and yet meanwhile however then also still thus instead")
SUBORDINATORS = _words("since after before when while because although though as")
COORDINATORS = _words("and or but nor")
AND = "and"
AND_THEN = ("and", ",", "then")  # what may open a follow-on: "… and Russia the following day"

PRONOUNS = _words("he she it they")
THEY = "they"  # stands for many: never resolved to one name
PERSONAL_PRONOUNS = _words("he she")  # stand for a person
# A subject's possessive that stands for a name ("its board"), and those that stand for a person.
POSSESSIVE_PRONOUNS = _words("its his her their")
ONE_THING_PRONOUNS = _words("it its")  # never stand for a plural ("shares")
PERSONAL_POSSESSIVES = _words("his her")
# Object pronouns that stand for a person, with the subject pronoun of the same person:
# "Police arrested her" names whom "she" would (``core.events.object_person``).
PERSON_OBJECTS = {"him": "he", "her": "she"}
# An object pronoun that stands for one thing: "raised it to red" (``core.events.object_thing``).
THING_OBJECTS = _words("it")
SPEAKER_PRONOUNS = _words("we i you")  # a speaker's own words, quoted
POSSESSIVE_DETERMINERS = _words("his her their its the a an")
ARTICLES = _words("the a an")
# Words before a trigger that point back to a happening told already ("The deal came …").
ANAPHORIC = _words("the this that")
DETERMINERS = _words(
    "the a an this that these those its his her their our my your some any each every no "
    "all both several many more most"
)
PREPOSITIONS = _words(
    "of in on at by for with from to into onto over under about after before during since "
    "until between among against without within through across toward towards upon via "
    "amid near behind beyond throughout outside inside beside alongside opposite"
)
# Words that may sit between subject and verb without being either ("Russia also wants").
ADVERBS = _words(
    "also already again still just now then even never not reportedly repeatedly "
    "allegedly formally officially finally later earlier once jointly last first recently "
    "quickly briefly"
)
NEGATIONS = _words("not never")
# "has not yet released": the negation still holds; "yet" after "not" is no "but"
AFTER_NEGATION = _words("yet")
# A count until now, no happening: "27 credit unions have closed so far this year", "thus far", "has
# approved 310 loans to date".
RUNNING_TOTAL = (("so", "far"), ("thus", "far"), ("to", "date"))
# An aside counting a part of a total, its date the part's: "has killed 312 people, 12 of
# them on Sunday", "have sold a million copies, including 80,000 in May", "14 ships have been
# seized, the latest on Friday". PART_ASIDE_OPENS open the aside, PART_ASIDE_WORDS stand in it.
PART_ASIDE_OPENS = (
    ("including",),
    ("among", "them"),
    ("the", "latest"),
    ("the", "last"),
    ("the", "most", "recent"),
    ("most", "recently"),
)
PART_ASIDE_WORDS = (("of", "them"), ("of", "which"), ("of", "whom"), ("of", "those"))
# Of the openers, those that name the part after them ("including a hat-trick"), not only its
# time ("the latest [on Friday]").
PART_ASIDE_NOUNS = (("including",), ("among", "them"))
# Words after a list's head that open one of its items: a relative set off after the item stands
# for it ("new ferries, including the Aster, which sailed on Monday": the Aster sailed).
ITEM_OPENERS = _words("including notably especially")
# How many times a thing happened, no object counted: "has flooded four times, most recently
# in May" — the latest time is the verb's own happening.
REPEAT_WORDS = _words("times")
# A follow-on of only this word does the first happening over: "toured Japan in 2019 and
# again in 2022" — the tour of Japan again, not "toured again".
AGAIN_WORDS = _words("again")
# How often, which the first happening's count keeps ("cut prices twice [last year], in
# April and again in November": the cut again, not "twice again").
COUNTED_TIMES = _words("once twice")
# Words after which "<adverb> <participle>" modifies a noun: "the recently acquired plant".
NOT_BEFORE_VERB = DETERMINERS | PREPOSITIONS

FUTURE = _words("will would shall")
# Words after a future that keep it as written: "will not", "will be" (no "to not").
FUTURE_KEPT_BEFORE = ("not", "be")
BE = _words("is are was were be been being am")
BE_PAST = _words("was were")
BE_FINITE = _words("is are was were am")
BEEN = "been"
BEING = "being"
GOING = "going"
DUE = "due"
HAVE = _words("has have had")
# The past perfect's auxiliary: what a saying reports in it happened before the saying.
PAST_PERFECT_AUX = _words("had")
# The present perfect's: a past linked to now, never at a time named wholly gone by.
PRESENT_PERFECT_AUX = _words("has have")
MODALS = _words("can could may might must should")
# Auxiliaries that make a clause a possibility rather than a happening ("could start").
HYPOTHETICAL = _words("could might may would should must")
AUX = FUTURE | BE | HAVE | MODALS | _words("do does did")
# How an auxiliary written with its negation ends: "didn't", "wasn't".
NEGATED_AUX_ENDING = "n't"
# A present modal of ability or leave opening a verb group tells what someone is able or
# allowed to do, not what happens: "Riders can comment at meetings next week", "The notes
# can be converted from 1989" are no events ("could", "may" tell what may happen: kept).
ABILITY_MODALS = _words("can")
CLAUSE_ONLY_SPEECH = _words("say")  # what is said is a clause: "said sales rose"
SUBJECT_BREAKS = _words("whether if")  # "a decision on whether Taiwan [would attend]"
NON_FINITE_AUX = _words("be been being")  # a predicate opening on one has lost its verb
TO = "to"  # the infinitive marker: a headline's future ("Scholz to visit")
OF = "of"  # "eight years of fighting"
BY = "by"  # an agent: "released by Beijing"
# Verbs of saying: followed straight by a clause ("said he would …"), a "that" is left out.
SPEECH_VERBS = _words("say tell announce claim warn insist confirm state declare add")
# The word that tells a second actor did the same thing, the day of the act told just before
# ("… added funds on Monday. The Bank of Oslavia also stepped in": ``core.events.also_same_day``).
ALSO_WORDS = _words("also")
# ... not after a saying's day ("… said on Monday. It also cut …": the cut's day is not told);
# "added funds" is an act.
ALSO_SAYINGS = SPEECH_VERBS - _words("add")
# Present sayings the parser may leave inside a reported clause's subject ("Fishermen say
# catches of cod | fell"): a title keeps what was said, from the word after.
SUBJECT_SAYINGS = _words("say says")
# Words after a verb of saying that show no clause follows straight away.
# "said on Friday the …": a day between a verb of saying and what was said.
# Verbs of saying that name who was told: "told the board that …" keeps "the board".
TELL_VERBS = _words("tell inform assure warn remind notify advise")
# A verb and the words after it that make it a verb of saying, by its lemma: "made known [on
# Monday] that …" said what the "that" clause says (``core.events.saying_phrases``).
SAYING_PHRASES = {"make": ("known", "clear", "public", "it clear", "it known")}
# Verbs of quoting someone: "quoted him [as saying …]" told what he said, then cut off.
QUOTING_VERBS = _words("quote")
SPEECH_DAY_PREPOSITIONS = _words("on")
SPEECH_DAYS = frozenset(WEEKDAYS)
# Days that follow a verb of saying with no preposition before the reported clause ("said
# Tuesday they would …", "said yesterday he was confident"): the saying's day, not the clause's.
SPEECH_DAYS_ALONE = SPEECH_DAYS | _words("yesterday today")
# A saying in the plain present on a weekday ("The mayor says on Monday he wants …") is a
# narrator's present: which Monday it means is not told, so it dates no saying.
PRESENT_SAYING_UNDATED = True
# The medium a verb of saying may name before a reported clause with no "that" ("said in a
# statement | retail sales fell …"): the saying's, and the clause starts after it.
SPEECH_MEDIA = _words("statement interview letter report release speech communique")
SPEECH_MEDIUM_PREPOSITIONS = _words("in")
NOT_SPEECH_CLAUSE = _words("that , on in at by")  # "announced by the ministry": a passive
# Verbs of saying that, straight before a figure, count it instead: "the economy added
# 358,000 jobs last month, far above the 235,000 expected" reports nothing.
COUNTING_SAYINGS = _words("add adds added adding")
# How many words may stand between a verb of saying and "that" ("told the committee that").
REPORTED_OBJECT_REACH = 5
# How far after a verb of saying the reported clause's verb may come: its subject's length
# ("said the rise in June retail vacancies could …").
REPORTED_SUBJECT_REACH = 14
# Particles after a verb that make it phrasal ("hit back"), or end a verb group.
VERB_PARTICLES = _words("out up back")
VERB_GROUP_ENDS = _words("to for into with at out back")
PHRASAL_PARTICLES = ("off", "up", "down", "out", "back")
# Words a noun phrase reaches back over: "plans for joint exercises", "years of fighting".
NOUN_LINKS = _words("of for")
# How many words a list's item may have before its "and": "in steel, coal and timber".
LIST_ITEM_REACH = 3
# Whether a list's items may be names or figures ("bought Alpha, Beta and Gamma"): not where
# nouns are written with a capital.
LIST_NAME_ITEMS = True
# Titles: particles that may end one ("talks would go on"), and words to cut a long one before.
TITLE_PARTICLES = _words("on up out off down back away over in through")
# Nouns "to" takes with no article, as a place, not as an infinitive ("took the board to court
# over …", "was sent to prison for …")
BARE_PLACE_NOUNS = _words("court prison jail hospital school market trial")
# Ways of going after "by": "arrived by cart" is how it came, not a participle's agent.
TRAVEL_MEANS = _words(
    "car train bus boat ship plane air sea road rail helicopter ferry cart bike bicycle foot "
    "truck lorry coach taxi tram van"
)
# Words opening an aside after the subject that tell what the subject did as the clause's verb
# did: the aside's date is the clause's ("The senator, speaking in Ohio on Wednesday,
# promised …").
SAME_TIME_ASIDES = _words("speaking talking addressing testifying writing")
# Verbs whose participle is written as their lemma and past ("set", "cut"): after an aside's
# comma they open the aside as any participle does ("The fund, set up in 2021, will close").
UNCHANGED_PARTICIPLES = _words("set shut cut hit put quit spread burst cast split upset let")
# Adverbs that end a title after the verbs they make an idiom with ("the march went ahead",
# "will press ahead"), though elsewhere they open a fixed phrase ("ahead of"): by verb lemma.
TITLE_IDIOM_ENDS = {"ahead": _words("go press push forge plough plow")}
# An adjective left after a preposition or an article by a title's cut lost its noun ("guidelines
# for direct", "an especially mild"), unless it closes a fixed phrase ("at large", "for sure").
TITLE_ADJECTIVE_BEFORE_NOUN = True
TITLE_ADJECTIVE_IDIOMS = _words("large vain sure far free late long short random granted")
# Degree words, no article opens their adjective ("is more likely", "became most popular"):
# no noun phrase cut after them (``core.events.title_modifiers``).
TITLE_DEGREE_WORDS = _words("more most less least")
TITLE_CUT_BEFORE = _words("that which who whose while as , ; – including due called named dubbed")
# A long title drops its time phrases and attributions before it is cut
# (``core.events.title_compress``): "vote [on March 3] whether to merge …".
TITLE_TIME_PREPOSITIONS = _words("on in at during")
# Prepositions that never date a clause by a bare year: a year after one that a noun follows
# is the noun's ("commenting on [1986] results", "sold £5m of [2031] notes"), the preposition
# stays with the verb (``core.events.parse``); "in 1986", "since 1986" date the verb.
YEAR_NOUN_PREPOSITIONS = _words("on of for about against over with")
TITLE_TIME_WORDS = _words("last next this past early late mid")
TITLE_PERIOD_NOUNS = _words("week month year weekend quarter")
TITLE_ATTRIBUTIONS = ("according to",)
# A rank an infinitive completes: "the second pilot to cross the strait", "the last ship to
# leave": a long title is not cut between them.
RANKS_BEFORE_INFINITIVE = _words("first last only second third youngest oldest")
# A preposition that marks a verb's direct object (Spanish "a" before a person): none.
OBJECT_PREPOSITIONS: frozenset[str] = frozenset()
# Verbs that turn their object into something, and the preposition of what it became: a
# long title is not cut before it ("voted to turn the old depot into a museum").
RESULT_VERBS = _words("turn convert transform change split divide")
RESULT_PREPOSITIONS = _words("into")
# Prepositions that, before a figure, hedge it and start no phrase a title may end before
# ("will total | about 1 bln dlrs": the total's amount).
FIGURE_HEDGES = _words("about")
# Words that open a clause with the word after them: a title never ends between the two
# ("rewrote the rules so | that only Marlin could bid").
CLAUSE_OPENER_PAIRS = _words("so")
# Words before "as" that make it a comparison's or a list's, no clause's opener ("such as
# the plants sold", "as well as"): the past form after them may be a participle
AS_NOT_OPENING_AFTER = _words("such well same")
# Words that open a clause of their own: a title cut just after one ("would be balloted on
# whether [to accept …]") goes back before its preposition too, and reads whole there
TITLE_CLAUSE_LINKS = _words("whether if unless because although though whereas")
TITLE_DANGLING = TITLE_CLAUSE_LINKS | _words(
    "and or but as than due such according prior including compared versus vs not worth"
    " he she they who which whose"  # "three times since he [arrived …]": a clause's subject
    " around below above beneath primarily mainly largely partly chiefly along"
    " just"  # "strengthened its capital to just [over 3 bln]": the hedge is the figure's
    " only barely nearly almost"  # "had taken office only [in 1996]": the date's focus word
    " totalling totaling amounting"  # "approve three loans totalling [350 mln dlrs]": its sum
)
# Words whose complement carries the news: a title that loses it is no title ("sales ended
# 12 pct below [the 1986 level]", "this was primarily [because …]").
TITLE_LOST_AFTER = _words("around below above beneath primarily mainly largely partly chiefly")
# Who an appeal or a piece of advice addresses: "Anyone with information is asked to call",
# "Anyone who was there should check …": whoever reads, never the actor of a happening.
READER_SUBJECTS = _words("anyone anybody whoever")
# A subject that says no one did it: "No one was hurt", "None of the banks borrowed", "No
# comparative figure was given": the happening did not take place. Not a count's floor ("No
# fewer than 40 people died", ``NEGATIVE_SUBJECT_FLOORS``) nor the abbreviation ("No. 2").
NEGATIVE_SUBJECTS = _words("no none nobody nothing neither")
NEGATIVE_SUBJECT_FLOORS = _words("fewer less more longer sooner")
# An expletive and its "be" in one word, before such a subject: "There's no word [on …]".
EXPLETIVE_BE = _words("there's")
# What opens a new clause after "but": "rose but this was …", "but the government had …".
BUT = _words("but yet")
CLAUSE_SUBJECT_STARTS = _words("he she it they this these those there the we i")
# Determiners that stand for a noun after a figure ("bought two more"), and figures in words.
QUANTITY_WORDS = _words("more less fewer")
# Words that make a counted span approximate: "Nearly 20 years after …", "Almost a year after".
SPAN_APPROXIMATORS = _words("nearly almost about around roughly some over just barely")
NUMBER_WORDS = _words("one two three four five six seven eight nine ten dozen hundred thousand")
# Participles spelled as their verb's lemma ("Growers hit by the frost marched"), which
# ``is_participle`` leaves out: before "by" and its agent they modify the noun.
LEMMA_PARTICIPLES = _words("hit hurt cut put set shut spread cast burst split upset beset run")
# A fronted count of occasions ("Three times, …", "At least twice more, …"): the noun that
# counts them, and the words besides numbers that may count ("several times").
OCCASIONS = _words("times")
OCCASION_COUNTS = _words("several many numerous countless few a at least more than some multiple")
# Word pairs that make one phrase: a title never ends on their first word, nor is cut inside
# them ("in order to", "due to").
FIXED_PHRASE_STARTS = tuple(
    "in order|due|according|prior|such|as well|rather|because|instead|ahead|in addition|"
    "as part|up|in reaction|in response|in line|in terms|in spite|on behalf|in favor|"
    "in favour|in exchange|not only|as early|as late|as soon|as far|as long|in connection|"
    "with the result|on the grounds|in the hope|in the event|at the request|on the basis|"
    # "took no action with respect [to the dividend]": the noun waits for its preposition
    "with respect|with regard|in view|in the wake|in the face|in front|as a result".split("|")
)
# "The Avon, Conn., company": a state's abbreviation after a place is at most this long.
STATE_ABBREVIATION_CHARS = 5
# What opens an article's body before its first sentence: "WASHINGTON _ ", "PARIS -- ".
DATELINE_MARKS = ("_", "--", "—", "–")
DATELINE_WORDS = 4  # "NEWARK, N.J. _": the most words before the mark
# A subject a reader cannot place: "There were …", an "It" with nothing it stands for.
EXPLETIVES = _words("there it this these those")
DEMONSTRATIVES = _words("this these those")  # a determiner when a noun follows
# Words of a figure: a subject of only these ("1.5 mln", "348") is no subject.
AMOUNT_WORDS = _words(
    "mln billion bln million thousand hundred pct percent dlrs dlr cts pence stg yen marks "
    "francs shr net vs"
)
# Where a title stops: the figure a result is set against ("compared with 3 mln"), "up from",
# and the clauses that only qualify the news ("when …", "which …").
COMPARISON_CUTS = _words("compared comparing versus vs vs. except")
FIGURE_COMPARISON_CUTS = _words("against")  # only after a figure: "3 pct against 5 pct"
# Lower-case words inside a capitalised name: a title is not cut there ("Group of Five").
NAME_LINKS = _words("of for and")
CHANGE_WORDS = _words("up down")
CHANGE_FROM = _words("from")
CLAUSE_CUTS = _words(
    "when which who whose where because although though whereas while unless saying adding"
)
# "as" opens a clause before a preposition or a verb ("as measured by", "as from"), not a role.
AS = "as"
# A clause opening on these with its verb straight after has no subject: "as happened in
# 2016", "as planned" tell no one's doing, not the sentence's first subject's.
NO_SUBJECT_OPENERS = _words("as")
# Where a subject can never start: "Including steel …", "According to …".
NOT_SUBJECT_STARTS = _words(
    "including according however meanwhile moreover nevertheless nonetheless therefore also"
)
# A line of a results table ("Shr 42 cts vs 35 cts Net …") gives no title.
TABLE_WORDS = _words("vs vs.")
# Words that need a noun after them: alone before a verb they are no subject ("Other
# [projects] include …": the clause took the noun for its verb).
LONE_MODIFIERS = _words("other another such same")
# The heads of a results table's lines: "Qtr ended Jan 31", "Year ended", "Prior year …".
TABLE_SUBJECTS = _words("qtr shr revs mths prior")
TABLE_PERIODS = _words("year period quarter")  # a subject of this one word
# Nouns of a stretch of time: "nine months of the year" names no happening.
PERIOD_NOUNS = _words("year years month months week weeks day days quarter period half season")
# A pronoun stands for a name at most this many characters back (else: no one sure).
ANTECEDENT_REACH = 250
# Adverbs before a participle that opens the sentence: "First published in 1951, the
# cookbook …" tells the cookbook was published, as "Published in 1951, …" does.
OPENING_PARTICIPLE_ADVERBS = _words("first originally initially")
# Clauses whose "it" stands for the sentence's first subject: "X said it …", "… when it …".
IT_RESOLVES_AFTER = ("", "that", "when", "saying", "adding")
# Of those, the openers of what the subject says: there "it" is the speaker, whole.
REPORTED_OPENERS = ("that", "saying", "adding")
# Verbs of a state or a measure, not a happening: "was", "remained", "totalled", "compares".
STATE_VERBS = _words(
    "be remain seem appear compare represent total average equal amount stand include "
    "reflect consist comprise contain mean own belong lie range account"
    " want wish"  # a wish is a state of mind: "Fabius wants a deal by Thursday"
    " employ"  # a workforce's size: "The unit employed 800 people during 1986"
    # a running comparison or a level held: "exports outstripped imports in 1986", "yields
    # hovered near 7 pct on Monday"
    " outstrip lag trail outperform outnumber hover"
)
# Verbs whose object takes a participle as its complement: "declared measles eliminated".
OBJECT_COMPLEMENT_VERBS = _words("declare pronounce certify deem")
STATE_PARTICIPLES = _words("located centered centred positioned situated based")
# Finite forms that tell a state where other forms of their verb tell a happening (Spanish
# "tenía 43 habitantes", not "tuvo un accidente"; German "hängt im Rathaus"); none in English.
STATE_FORMS: frozenset[str] = frozenset()
# After "and", a present that tells how a thing stands since the dated act before it: "opened
# in 2019 and is built to hold 40 trains", "was enlarged in 2012 and now keeps 80 cows" (after
# one of the adverbs, any present verb: "and now serves as a museum"). ``core.events.lasting_tail``
LASTING_PRESENTS = _words(
    "is are has have remains remain houses house holds hold employs employ serves serve "
    "stands stand lies lie contains contain"
)
LASTING_ADVERBS = _words("now still today currently")
# Verbs of a figure that, told ahead ("will cost", "would cost"), foresee it: no happening;
# told in the past ("the walkout cost shippers 60 million euros") they stay one.
FORESEEN_STATE_VERBS = _words("cost")
# The same for a verb with one of these among the three words after it: "the fund would run
# a deficit from 2029", not "ran a trade surplus of 7 billion in 1986" (a year's figure).
FORESEEN_STATE_OBJECTS = {"run": _words("deficit deficits surplus surpluses")}
# Verbs that keep a condition on ("will stay closed", "remains shut"): the participle after
# them is its complement, no noun's; a condition kept on a given day is a happening of that
# day ("schools will remain closed on Monday"), where "remains the largest" is a state.
KEEPING_VERBS = _words("stay remain")
KEPT_CONDITIONS = _words("closed shut open suspended cancelled canceled grounded banned")
KEPT_CONDITION_PHRASES = (("in", "place"), ("in", "force"), ("on", "hold"))
# State verbs that tell of a happening when a place follows: "appeared in court".
STATE_VERBS_BUT_AT_A_PLACE = _words("appear")
PLACE_AFTER = _words("in at before on")
# After "to be", words that say a thing is planned, not how things are: "is due on Friday".
SCHEDULED = _words("due set scheduled slated expected")
# Of those, the ones that need what follows: "Deliveries are set [for May]" says nothing.
SET_FOR = _words("set slated")
# After "to be", words that say a thing will probably not happen: "is unlikely to meet its
# target [in 1987]" foresees, no happening.
# ... and those that judge how hard it is: "the 5 pct cut will be difficult to achieve".
UNLIKELY = _words("unlikely difficult impossible")
# ... and those that only say it probably will: dated by a year or a part of one ("is likely to
# obtain 100 mln dlrs of aid this year", "is likely to draft an extra rail budget next
# year") a guess at what may come, no happening; by a day, week or month ("talks are likely to
# resume on Monday") a plan.
LIKELY = _words("likely probable")
# After "to be", "-ing" words that judge how things went, adjectives rather than a verb in
# progress: "early results were encouraging" tells how things stand, no happening (not "were
# encouraging investors to sell", with its object).
JUDGING_GERUNDS = _words("encouraging disappointing promising satisfying worrying pleasing")
# Words that tie a noun phrase to a date dropped from a title: "by the end of [September]",
# "in the fiscal year ending [March 31]": the whole phrase goes with the date.
TIMEX_PHRASE_LINKS = _words("of ending ended beginning starting")
# A period's link to the day it starts on, after the period dropped as the clause's date:
# "in [the year] beginning April one" — that day goes out of the title with it.
PERIOD_START_LINKS = _words("beginning starting")
# A period noun's link to the date it ends at: "in the six weeks to [the close of August]".
PERIOD_END_LINKS = _words("to")
# Words that belong to the date they stand before: "late [Wednesday]", "calendar [1986]",
# "sometime [in the autumn]"
DATE_MODIFIERS = _words("late early mid calendar fiscal sometime")
# ... and the part of a month a wire glues to it with a hyphen, outside the date's own words:
# "at end-March" (its token goes with the date: no "end-March" left in a title).
DATE_GLUED_PARTS = _words("end mid early late")
# The part of a month that opens a key-dates line with no figure: "End of June: rules published".
ENTRY_PERIOD_PARTS = ("end of", "start of", "beginning of", "middle of")
# Words a day's date leaves out of its span but that go with it: "last [Sept. 30]".
DAY_RELATIVES = _words("last next")
# "firms this week announced": a time phrase between a plural subject and its verb
TIME_PHRASE_STARTS = _words("this last next")
TIME_UNITS = _words("week month year quarter weekend morning afternoon evening night")
# Plural nouns without a plural ending.
PLURAL_NOUNS = _words("police people")
# Words that read as a capital only because they open the sentence.
FUNCTION_WORDS = _words(
    "the a an in on at during after before since following while as but and or if when "
    "this that these those their his her its our your my we they he she it i you there "
    "unfortunately however meanwhile"
)
# Words before a time expression that go with it: prepositions, and the "to" or "and" of a
# range ("from May to June"); "around" stands as one ("will sign around end-April").
TIMEX_PREPOSITIONS = _words(
    "on in at during by from since until till through throughout of for over to and or around"
)
# A range of two time expressions: "from 2014 to 2022", "between March and May".
RANGE_OPENERS = ("from", "between")
RANGE_JOINERS = ("to", "until", "till", "through", "and", "-", "–")
# ... and what opens two months joined so without a "from": "output rose in January-May",
# "during the March to June period" (not "over the June to August months", a trade's
# contract months, nor "a limit to the February-March period", a term).
MONTH_RUN_OPENERS = ("in", "during")
# A duration counted back from the publication date: "for the past three weeks".
BACK_SPAN_BEFORE = ("for", "over", "in", "during")
BACK_SPAN_THE = ("the",)
BACK_SPAN_WORDS = ("past", "last")
# Words before a duration that count it back: "after eight years of …", "over the past …".
BACK_SPAN_AFTER = _words("after over past")
# Where the place of a meeting starts: "a meeting between A and B in Beijing".
PLACE_PREPOSITIONS = ("in", "at", "on", "for")
BETWEEN = "between"
# Word endings: the gerund, the past participle, the third person singular, the plural.
GERUND = "ing"
ADVERB_ENDING = "ly"
PAST_PARTICIPLE = "ed"
THIRD_PERSON_ENDS = ("s",)
SUBJECT_CLAUSE_VERBS = True  # "Acme sees rising profits [, its chairman] said": two clauses
PLURAL_ENDING = "s"


@lru_cache(maxsize=65536)  # asked of a word many times a sentence: spare the lower() too
def lemmas(word: str) -> dict[str, tuple[str, ...]]:
    """Lemmas by part of speech ("signed" → {"VERB": ("sign",)}); treat the result as read-only."""
    return _lemmas(word.lower())


@lru_cache(maxsize=65536)  # a news archive's vocabulary: evictions would mean lemminflect again
def _lemmas(lower: str) -> dict[str, tuple[str, ...]]:
    """lemminflect's ``getAllLemmas(lower)``, read from its tables straight: it deep-copies
    each entry before replacing the entry's forms, which made a new word cost 24 us (4% of
    extraction on 2,000 Reuters articles); a shallow copy is enough for that."""
    lemma_table, overrides, apply_caps, caps_style = _lemma_tables()
    word = lower.lower()
    found = dict(lemma_table.get(word, {}))
    found.update(overrides.get(word, {}))
    return _in_case(found, caps_style(lower), apply_caps)


def _in_case(forms: dict, style: str, apply_caps: Callable) -> dict:
    """lemminflect's ``applyCapsStyleToDict(forms, style)``; a lower-case word, nearly every
    word asked, lowers each form straight, without two Python calls for each of them."""
    if style != "lower":
        return apply_caps(forms, style)
    return {
        tag: tuple([w.lower() for w in words]) if isinstance(words, list | tuple) else words.lower()
        for tag, words in forms.items()
    }


@cache
def _lemma_tables() -> tuple[dict, dict, Callable, Callable]:
    """lemminflect's lemma and override tables, with its functions that give each form the
    case of the word asked (tables load on first use, off the GUI thread)."""
    from lemminflect import Lemmatizer
    from lemminflect.core.LexicalUtils import applyCapsStyleToDict, getCapsStyle

    lemmatizer = Lemmatizer()
    tables = lemmatizer._getLemmaDict(), lemmatizer._getOverridesDict()
    return *tables, applyCapsStyleToDict, getCapsStyle


def past(lemma: str) -> str:
    """The simple past of a verb: "meet" → "met" (a happening named by a noun, told)."""
    return (_inflection(lemma, "VBD") or (lemma,))[0]


@lru_cache(maxsize=65536)
def _inflection(lemma: str, tag: str) -> tuple[str, ...]:
    """lemminflect's ``getInflection(lemma, tag=tag)`` for a verb's Penn ``tag`` (VBD, VBN,
    VBZ); cached, and read from its tables straight when they hold the form: lemminflect
    deep-copies the lemma's entries first, 0.5 ms a new lemma (4% of extraction on 500
    Reuters articles); a shallow copy is enough, for its forms are tuples."""
    from lemminflect import getInflection
    from lemminflect.core.LexicalUtils import pennTagAlts

    inflections, overrides, apply_caps, caps_style = _inflection_tables()
    lower = lemma.lower()
    forms = dict(inflections.get(lower, {}))
    forms.update(overrides.get(lower, {}))
    forms = _in_case(forms, caps_style(lemma), apply_caps)
    form = forms.get(tag)
    for alternative in pennTagAlts(tag) if form is None else ():
        form = forms.get(alternative)
        if form:
            break
    # no form in the tables: lemminflect's own rules for a word it does not list
    return getInflection(lemma, tag=tag) if form is None else form


@cache
def _inflection_tables() -> tuple[dict, dict, Callable, Callable]:
    """lemminflect's inflection and override tables, with its functions that give each form
    the case of the lemma asked (tables load on first use, off the GUI thread)."""
    from lemminflect import Inflections
    from lemminflect.core.LexicalUtils import applyCapsStyleToDict, getCapsStyle

    inflections = Inflections()
    tables = inflections._getInflDict(), inflections._getOverridesDict()
    return *tables, applyCapsStyleToDict, getCapsStyle


def present(word: str, plural: bool) -> str:
    """The headline present of a verb form: "won" → "wins" (or "win" for a plural subject)."""
    from lemminflect import getLemma

    lemma = (getLemma(word.lower(), upos="VERB") or (word.lower(),))[0]
    if plural:
        return lemma
    return (_inflection(lemma, "VBZ") or (lemma,))[0]


@lru_cache(maxsize=65536)
def is_present_singular(word: str) -> bool:
    """A verb's third-person present: "resumes", "closes" (nouns' plurals too: "plans")."""
    lower = word.lower()
    return any(lower in _inflection(lemma, "VBZ") for lemma in lemmas(lower).get("VERB", ()))


@lru_cache(maxsize=65536)
def is_past(word: str) -> bool:
    """A simple past or past participle: "won", "saw", "signed" (not "sign", "signs")."""
    lower = word.lower()
    for lemma in lemmas(lower).get("VERB", ()):
        if lower in _inflection(lemma, "VBD") or lower in _inflection(lemma, "VBN"):
            return True
    return False


@lru_cache(maxsize=65536)
def is_participle(word: str) -> bool:
    """A past participle ("closed", "won"), not the lemma, a third person or a gerund."""
    lower = word.lower()
    verbs = lemmas(lower).get("VERB", ())
    if lower.endswith(("s", "ing")):
        return False
    # "found" is find's participle even though "found" is a verb of its own
    participles = [_inflection(v, "VBN") for v in verbs if v != lower]
    if any(lower in forms for forms in participles):
        return True
    # a verb whose participle is another word ("began": "begun") is no participle here
    return bool(verbs and lower not in verbs) and not any(participles)


# -- added for es --
def is_finite_form(word: str) -> bool:
    """A form whose ending alone makes it a finite verb (Spanish "viajará", "reunieron").
    English endings never do: position and auxiliaries tell (``core.events.phrases``)."""
    return False


# A later time expression of a clause opens a happening of its own after the "and" that
# follows the first one's object ("viajará el 14 de febrero a Ucrania y al día siguiente
# visitará Rusia"); English puts the object first, the "and" straight after the date.
JOIN_PAST_OBJECT = False

# A finite verb may stand without its subject, which the sentence before names ("Mañana se
# reunirá con el rey"); an English clause without a subject has none to find.
DROPS_SUBJECT = False
# A short prepositional phrase before the verb, no comma, its subject after the verb (Spanish
# "En términos parecidos habló el alcalde"): English puts its subject first.
PHRASE_BEFORE_VERB = False
# A word after a time expression that only stresses it (Spanish "hoy [mismo]"): English's
# "this very night" puts it before, inside the expression.
DATE_STRESS_AFTER: frozenset[str] = frozenset()
# Whether a preterite is never spelt as the participle (Spanish "terminó", "terminado"), so a
# title ending on one after a noun is whole: English "a case brought" cannot tell.
PRETERITE_NOT_PARTICIPLE = False
# Nouns of a statement a sentence may open on with a participle that dates it (Spanish "En
# declaraciones hechas ayer, …"): English's "In a statement issued Monday" needs none.
FRONTED_MEDIA: frozenset[str] = frozenset()

# -- added for de --
# Does a clause end on its lexical verb (German: "hat … besucht", "wird … reisen")? Then a
# participle late in the predicate makes it a happening, and a follow-on may start before
# its own date ("… und am folgenden Tag Russland besuchen").
VERB_LAST = False
# Articles of a genitive after a noun ("die Lokführer der Bahn"), read only where the verb
# comes last; English has none.
GENITIVE_ARTICLES: frozenset[str] = frozenset()

# -- added for ru --
# Whether a clause may open on its time and place and name its subject after the verb
# ("В Брюсселе пройдёт саммит"): English keeps its subject first.
SUBJECT_AFTER_VERB = False
# What a title puts between a verb of saying and what was said ("Biden says Americans …"):
# nothing in English; a comma and "that" where the language always writes them.
REPORTED_THAT = ""

# -- added for fr --
# Whether a time expression may sit inside the verb phrase it dates ("se rendra le 14 février
# en Ukraine"), so that a coordinated verb phrase later in the clause is a follow-on of its
# own ("… et visitera la Russie le lendemain"). English puts it after ("visit Ukraine on
# Monday"): False.
DATE_INSIDE_VERB_PHRASE = False
# Whether the speaker may follow the verb of saying that closes a sentence ("…, a annoncé
# vendredi son porte-parole"). English names the speaker first ("…, his spokesman said
# Friday"): False.
SUBJECT_AFTER_SAYING = False


def is_word(word: str) -> bool:
    """Whether the language's dictionary knows ``word`` as a word of its own ("Reading", "Man"
    are; "Kabul" is not): a place of that name is no name in its text
    (``core.events.gazetteer``)."""
    return bool(lemmas(word))


# -- added for fr (round 2) --
# Words opening what a role heads before a comma and a name (French "du", "de"): none here.
ROLE_COMPLEMENT_OPENERS: tuple[str, ...] = ()
ROLE_COMPLEMENT_REACH = 0

# -- added for de (round 2) --
# Articles a subject after the verb and a phrase opens on (German "begann in Paris der
# Aufstand"); read only where the verb goes last (``VERB_LAST``).
SUBJECT_ARTICLES: frozenset[str] = frozenset()

# -- added for es --
# Whether a fronted phrase ("During his visit on Thursday, …") ends at a word read as the
# clause's verb, not only at a comma: Spanish fronts an article-led date ("El martes, …") that
# looks like the start of a subject ("El Gobierno aprobó el martes la ley, que …").
FRONTED_ENDS_AT_VERB = False
REFLEXIVES: frozenset[str] = frozenset()  # "se reunieron": the verb after


def plural_verb(word: str) -> bool:
    """Whether a finite verb's ending says many did it ("comenzaron"): read only where the
    language drops subjects (``DROPS_SUBJECT``), so that one person is not taken for them,
    or lets a plural verb open a sentence (``UNNAMED_PLURAL``)."""
    return False


# A sentence may open on a third person plural whose doers go unnamed (Russian "Открыли музей
# в 2004 году": "they opened", someone did): the verb is the clause's, it has no subject.
UNNAMED_PLURAL = False


# A span after the story's last date, dated from it ("dos días después" → two days after):
# the word ending the span and its direction (``core.events.offsets``). English's tagger
# dates "two days later" itself.
OFFSET_WORDS: dict[str, int] = {}
# Whether a date opening its sentence is read without the sentence before ("…, up from $3
# million. | This year's results included …" is no comparison).
REACH_OWN_SENTENCE = True
# A clause opened by these words says who told the news ("…, según anunció ayer la
# portavoz"): no happening of its own. English says "according to" without a verb.
ATTRIBUTION_OPENERS: frozenset[str] = frozenset()
# Words that open a condition: what it says may or may not come about, no happening ("unless
# the demands were met", "Assuming the plan is approved on April 29, …", "if talks fail").
CONDITION_OPENERS = _words("if unless assuming")
# Words of a title that put its happening ahead of the article, besides ``FUTURE``: "the
# vote is scheduled for Tuesday" (``core.events.moments``).
SCHEDULED_AHEAD = _words("scheduled slated expected due")
# The possessive of "it": at a sentence's head it stands for the one company the sentence
# before names ("Its shares fell 4 percent"), as "it" does.
IT_POSSESSIVES = _words("its")
# Whether ", and" before a subject and its verb opens a clause of its own ("The vote will be
# counted on November 12, and Pike will take office on January 2": two happenings).
AND_OPENS_CLAUSE = True
# "and" or "but" with no comma before it opens a clause too when its own subject and finite
# verb follow ("The mill raised prices and sales fell in May").
BARE_JOIN_OPENS_CLAUSE = True
# The word after a participle that names its agent: a reduced relative, no clause's verb.
OBJECT_PARTICIPLE_AGENT_WORDS = _words("by")
# A word that leads a date's preposition and goes with it: "tenders (up) to April 2"; only
# before these prepositions (``DATE_LEADS_ONLY_BEFORE``), not a particle of its verb before
# any other ("demand would pick up | in the second half", "will edge up | in 1988").
DATE_PREPOSITION_LEADS = _words("up")
DATE_LEADS_ONLY_BEFORE = _words("to until till")
# A particle that after a passive is a date's preposition left behind: "will be issued on".
DATE_PARTICLES = _words("on")
# Written numbers that finish a month's date: "scheduled for June eight".
DAY_NUMBER_WORDS = _words(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty"
)
# -- added for #14 round 2 --
# A plural noun's ending: a plain present after such a subject is its verb ("Forecasters
# expect the storms to …", "before thunderstorms move in").
PLURAL_NOUN_ENDING = "s"
# -- added for #14 round 3 --
# Whether a title in the plain present ("Forecasters give a 70% chance of rain on Saturday")
# tells what lies ahead: a bare weekday in it is the coming one, not the one gone by.
PLAIN_PRESENT_AHEAD = True
# Verbs (lemmas) whose plain present with a time tells a happening arranged for that time,
# read as the verb even after a noun that may be a verb too ("The board meets on Thursday",
# "the minister travels to Oslo on Saturday", "The rise takes effect on 1 April"); not
# "provides", "follows", "proposes", whose time is a thing's ("The bill provides 4 billion for
# defence next year").
ARRANGED_PRESENTS = _words(
    "meet travel visit leave arrive return fly go open close begin start end resume convene "
    "reconvene expire vote play host take"
)
# Nouns of a period whose bounds are the calendar's, not a happening: "The company's financial
# year ends on March 31" tells how its books run, so the form after it stays a noun.
CALENDAR_PERIOD_NOUNS = _words("year quarter")
# Verbs (lemmas) whose object may be a time itself: "Residents spent Friday taping windows"
# keeps its day in the title, which reads "spent taping windows" without it.
TIME_OBJECT_VERBS = _words("spend")
# Verbs (lemmas) whose object may be a date named in a role with "as": "had targeted [May 4]
# as the closing date", "named 1990 as the year of the river": the date is what they set, and
# the title keeps it ("targeted as the closing date" says half).
DATE_ROLE_VERBS = _words("target set fix name mark choose pick designate earmark declare")
DATE_ROLE_WORD = "as"
# A date that is the subject of a clause of its own passing ("as [the year] progresses", "as
# the week wore on"): the whole clause is a time, and goes from a title with it ("as
# progresses" dangles).
DATE_SUBJECT_OPENERS = _words("as")
DATE_SUBJECT_VERBS = _words("progress wear go unfold advance draw continue proceed")
DATE_SUBJECT_PARTICLES = _words("on along by")
# Words after a date that go with it: "over [the year] as a whole" ("… as a whole" dangles).
DATE_WHOLE_TAILS = (("as", "a", "whole"),)
# A part of a date named with "of" after a preposition: "through [the latter part of] June",
# "during [the rest of] the year" is a time as a whole and goes with it ("through the latter part"
# dangles); a part that is a subject stays ("The rest of the year will be quiet").
DATE_PART_NOUNS = _words("part parts rest remainder balance bulk")
DATE_PART_LEADS = _words("for during in over through throughout into")
DATE_PART_OF = "of"
# Words that open a question of the writer's own, a subhead that tells nothing yet ("What
# happened this week?"); an auxiliary opens one too ("Is the bridge safe?").
QUESTION_OPENERS = _words("what why how who whom which where whose when")
# Words that open an indirect question as a clause's subject: "How much of a loss is realized
# depends on …" tells what something depends on, no happening, and its question is no title.
QUESTION_SUBJECTS = _words("how why whether")
# A word that opens an indirect question before its subject, the words before it no subject
# of its verb: "Asked what she would do next, Vale said …" tells no deed of hers.
QUESTION_BEFORE_SUBJECT = _words("what")
# Verbs (lemmas) that place a happening by another one, whose date follows as the other's:
# "the strike, which followed her speech last Tuesday" tells no day of the strike.
SEQUENCE_VERBS = _words("follow precede")
# Whether "and" and an auxiliary after a dated phrase opens a second happening of the subject
# ("was convicted in October of fraud and was jailed a month later").
AND_AUXILIARY_FOLLOW_ON = True
# Adverbs of sequence that may open a follow-on after "and" before its verb ("was electrified
# in 1979 and later automated in 1996"): the follow-on goes on at the verb.
FOLLOW_ON_ADVERBS = _words("later subsequently eventually afterwards afterward finally")
# An adverb between "and" and a second verb of the same subject: "…, and then beat Exley".
THEN_WORDS = _words("then")
# Verbs with no passive: after a passive, their past is the subject's own ("was arrested in
# May and died in June", "was suspended and resigned"), not a second passive sharing "was"
# ("was arrested in May and charged in June": "was charged").
NO_PASSIVE_VERBS = _words(
    "die resign retire arrive return emigrate immigrate graduate escape flee fall rise "
    "collapse disappear vanish happen occur remain stay live go come move leave quit "
    "recover survive succeed fail expire lapse sink crash explode erupt emerge appear "
    "decline soar plunge jump climb slip slump tumble surge rebound rally ease dip drop "
    "gain grow shrink fare perform compete play serve work travel settle relocate step "
    "stand sit lie wait struggle falter improve worsen deteriorate continue begin start "
    "end finish debut surrender abstain vote testify plead agree refuse decide"
)
# A passive whose subject goes on as the doer of the pasts after it ("was born in 1921 and
# studied at the art school"): they share no "was" of it.
UNSHARED_PASSIVES = _words("born")
# A state verb that a particle makes a happening: "stood for the seat", "stood down".
STATE_VERB_ACTIONS = {
    "stand": _words("for down aside trial"),
    "appear": _words("online"),
    "hover": _words("over"),  # "a helicopter hovered over the ship", not "hovered near 7 pct"
}
# The words after a clock's digits that make it one whatever the zone: "after 4:30 a.m."
# ("after 1530 EST Friday" is left to the tagger).
CLOCK_HALF_DAY = _words("a.m p.m am pm")
# Prepositions before a midnight gone by that open the day it starts ("walked out at
# midnight" in the morning's article: today's first minute); "shortly before midnight" ends
# the day before.
MIDNIGHT_OPENS = _words("at from")
# Words of nearness that make "after"/"before" a time phrase: "shortly after midnight".
NEAR_TIME = _words("shortly just soon immediately moments minutes hours")
# Words that may stand before a fronted phrase's opener, how near or far it is ("[Just] ahead
# of the trip, the ministry …", "[Shortly] after the vote, …", "[Well] before dawn, …").
FRONTED_DEGREE = NEAR_TIME | _words("well long right even only")
# Words of a title whose date may lie ahead whatever its tense: a plan, a move to a new date
# ("has postponed its planned April 6 launch", "extended its offer to Nov. 20").
PLAN_OR_MOVE = _words(
    "plan plans planned scheduled slated expected due set postponed delayed extended deferred "
    "adjourned "
    "moved put pushed proposed agreed invited decided"
)

# -- added for #14 round 3 (titles) --
# Auxiliaries before which "not" says the happening did not take place ("did not disclose",
# "had not signed"): no event. After "will", "would" it is a decision, kept.
NOT_HAPPENED_AUX = _words("do does did has have had is are was were be been")
# Modals of a mere possibility: "The notes may be converted", "a deal could come next week",
# "Britain may revoke the licences" tell of no happening.
SPECULATIVE = _words("may might could")
# ... though a negated "could" tells a past's failure: "neither side could find a winner".
PAST_ABILITY = _words("could")
# What a thing proposed, feared or weighed would do is no happening: "the plan would cut farm
# spending", "the move would hinder exports", "the delay would lower revenues in 1987". Not
# a deal or a sale, whose "would close in June" is a completion planned.
CONDITIONAL = _words("would")
# What someone foresees of a measure is no happening: "expects first-quarter earnings to
# exceed 118 mln dlrs", "sees a loss in 1988", "expects to report an operating loss for the
# quarter". The verbs of foreseeing (a past "saw" is what came: "the market saw demand"),
# the verbs of a result's showing after their "to", and the measures foreseen.
FORESEEING = _words(
    "expect expects expected anticipate anticipates anticipated forecast forecasts forecasted "
    "predict predicts predicted project projects projected estimate estimates estimated see sees"
)
# Verbs of awaiting whose object, a happening to come, owns the date after it: "the school
# said it expected a safety audit in the autumn" dates the visit, not the expecting; the
# title tells the object and the participle ("A safety audit is expected").
AWAITED_OBJECT = {
    "expect": "expected",
    "expects": "expected",
    "expected": "expected",
    "anticipate": "anticipated",
    "anticipates": "anticipated",
    "anticipated": "anticipated",
}
# Verbs that set a happening for a date, and their participle: "The club scheduled its
# annual dinner for March 6" dates the dinner ("The annual dinner is scheduled"), not the
# scheduling; read only with the plan's preposition before the date and a happening's noun.
SCHEDULED_OBJECT = {
    "schedule": "scheduled",
    "schedules": "scheduled",
    "scheduled": "scheduled",
    "reschedule": "rescheduled",
    "rescheduled": "rescheduled",
    "set": "scheduled",  # ("is set" would read as "is set to …" cut short)
    "sets": "scheduled",
    "fix": "fixed",
    "fixes": "fixed",
    "fixed": "fixed",
    "slate": "slated",
    "slated": "slated",
    "call": "called",
    "calls": "called",
    "called": "called",
}
SCHEDULED_FOR = frozenset({"for"})
# The verbs of the list in the present, whose title says "is" ("The league sets the final for
# May 9": "The final is scheduled"); after the others, past, "was" ("Sentencing was scheduled").
SCHEDULED_PRESENT = _words("schedule schedules reschedule sets fix fixes slate calls call")
SCHEDULED_BE_PAST = ("was", "were")
# Verbs that call a planned happening off: "The guild cancelled the fair planned for May 9"
# tells no happening on May 9 (the fair will not be; the cancelling is undated). A phrasal
# verb's particle must follow it ("called off").
CANCELLED_PLAN = frozenset(
    "cancel cancels cancelled canceled scrap scraps scrapped axe axes axed abandon abandons "
    "abandoned".split()
)
CANCELLED_PLAN_PHRASAL = {"call": "off", "calls": "off", "called": "off"}
# Verbs that summon someone to do a thing on a date, after "has": "The inquiry has summoned
# Ms Pike to testify on June 4" dates her testifying ("Ms Pike is to testify"), not the
# summoning. (A plain past, "summoned", may be a story's: its title keeps the summoning.)
SUMMONED_TO = _words("summoned")
SUMMONED_BE = "is to"
# The present of "be" for one thing awaited and for several.
AWAITED_BE = ("is", "are")
# Onlookers whose forecast is their view, no happening: "Most analysts expect her to …".
OBSERVERS = _words(
    "analyst economist trader dealer observer expert forecaster strategist pollster commentator"
)
SHOWING_RESULTS = _words("report post record earn show have achieve")
FORESEEN_REACH = 6  # how many words after the verb the measure's noun may come
PROPOSED_THINGS = _words(
    "plan plans bill bills amendment amendments formula proposal proposals compromise measure "
    "measures move scheme schemes legislation delay action shortage effect effects version"
)
# A market's verbs that with a level after them give a quote, not a happening: "Sterling
# opened at 1.6182 dlrs", "cash hams were called at 52 cts".
PRICE_VERBS = _words("open close finish end trade settle quote call")
# Words after which "to" is a preposition, no infinitive's: "trade is quiet due to the
# holiday", "owing to", "thanks to".
TO_PREPOSITION_HEADS = _words("due owing thanks according")
# Verbs that tell a state in the active ("the accord requires payments of 1.3 billion", "the
# code required three weeks of notice", a plan's figure: "the budget specified a 9 pct
# rise"), not in the passive ("firms will be required to").
ACTIVE_STATE_VERBS = _words("require specify stipulate envisage")
# Verbs that with "at" and a figure tell a level kept: "were little changed at 12.9 billion".
LEVEL_AT_VERBS = _words("change")
# Words right after a verb in "-ing" that compare a level with a mark: "was producing above
# quota", "is running below target" — how things stand, no happening.
LEVEL_COMPARISONS = _words("above below")
# Verbs whose object "<noun> of <figure>", dated by a period, is a figure read off or
# foreseen: "[for the year] the accounts showed earnings of 2.5 mln", "expects earnings of
# about 40 cts a share for the quarter" — a measure, no happening.
PERIOD_FIGURE_VERBS = _words("show expect")
# Figures told as if they happened (``core.events.tallies``): an age ("Karlsson turns 60"),
# a year's tally ("the harbour handled 3.2 million tonnes [last year]"); the words that may
# stand before the figure ("carried more than 2.1 million") and those after an age
AGE_VERBS = _words("turn")
TALLY_VERBS = _words("handle carry draw attract welcome answer repair host transport")
# Words that make any verb's figure after them an average over the period ("exported an
# average of 9,000 bpd [in 1986]"): a tally too, unless the verb is a move ("rose an average
# of 3 pct" is a rise).
AVERAGE_LEADS = ("an average of", "on average")
FIGURE_LEADS = _words("a an record estimated more less than over under nearly almost about")
FIGURE_LEADS |= _words("around some roughly approximately")
AGE_YEARS = _words("years year")
# Words that put a clause joined by "and" to a dated state at another time: "In 2016 the
# town had 3,000 people, and it has since halved" (``core.events.after_state``)
AFTER_STATE_OTHER_TIME = _words("since now today currently still later then afterwards after")
AFTER_STATE_OTHER_TIME |= _words("until before when is are has have will would")
# Verbs that tell what someone sees ahead: dated by a period ("foresaw new loans in 1987",
# "predicted a recession in 1988") the date is the thing foreseen's, no happening; on a day
# ("forecast on Monday a 2 pct rise") the forecast is news.
FORESEEING_VERBS = _words("foresee predict forecast")
# A word that makes its clause a request, no happening: "please read …".
IMPERATIVE_MARKERS = _words("please")
# A refusal to comment or a failed attempt to reach someone, no happening: "officials would not
# comment", "declined to comment", "could not be reached for comment" (the words a predicate
# opens with, lowercase).
NO_COMMENT = (
    r"^(?:(?:would|could|did|will|does|do)\s+not\s+(?:comment|be\s+reached)"
    r"|(?:declined|refused|declines|refuses)\s+to\s+comment"
    r"|(?:was|were|is|are)\s+not\s+available\s+for\s+comment)\b"
)
PRICE_HEDGES = _words("around about some nearly almost")  # "at around 1.72"
# The nouns that name a market's level before its figure ("closed at a market value of 2.4
# times book", "at a price of 12 dlrs"): a quote still.
PRICE_LEVEL_NOUNS = _words("value valuation price level rate multiple")
AT = "at"
# Words between a date and its preposition that go with it: "until at least [2028]",
# "by about [June]", "at around [4 a.m.]".
DATE_HEDGES = _words("at least about around roughly approximately nearly almost some")
# Words before a date that only say it is vague, with no preposition: "some time [this year]".
# ... and the adverb whose time the date states: "was found later [on Monday evening]".
VAGUE_DATE_LEADS = (
    ("some", "time"),
    ("sometime",),
    ("at", "some", "point"),
    ("later",),
    ("earlier",),
)
# Sentence hedges a title may not end on ("would be phased in possibly [from …]").
# Adjectives whose "to" a title keeps ("at a yield closer | to 4.5 pct" says nothing).
ADJECTIVES_BEFORE_TO = _words("close closer closest near nearer nearest")
TITLE_END_HEDGES = _words(
    "possibly probably perhaps maybe reportedly apparently allegedly presumably"
)
# The first word of a pair whose "and" joins two parts of one phrase: "both X and Y".
CORRELATIVES = _words("both either neither")
# Adjectives of a role dropped before a name ("the regional [governor], Anika Varga"): at
# most this many go with it, and only back to an article.
ROLE_ADJECTIVES = 2
# Verbs that put a figure on a thing: with "at <figure>" a measure, not a happening ("is
# projected at 978", "estimated output at 33.4 mln tonnes").
ESTIMATE_VERBS = _words("project forecast estimate put peg value see target budget")
# A measure's change told ahead ("Output will grow by 1.6 pct", "Inflation is expected to
# slow to 3.5 pct"): a forecast figure, no happening. The verbs of the change are
# MEASURE_MOVES; the words of a forecast before it:
FORECAST_WORDS = _words("projected forecast expected likely estimated seen predicted set")
# How a nationality ends ("European", "Japanese", "Turkish"): after "of" or an article it
# qualifies a noun ("of European exports"), and that noun is no verb.
NATIONALITY_ENDING = r"^[A-Z][a-z]+(?:an|ean|ese|ish|ic|i|ch)$"
# Words of a stretch of time besides its nouns and numbers: a noun title of only these and
# them ("First nine days of March") names no happening.
TIME_WORDS = _words("first last second third final early late mid next past")
# Asides between two commas that a title drops: "called, in effect, for stability".
FIXED_ASIDES = ("in effect", "in turn", "in fact", "of course", "for example", "for instance",
                "in particular", "however", "meanwhile", "though", "too")  # fmt: skip
# What joins the two ends of a range of figures: "in three to [four years]".
RANGE_LINKS = _words("to or -")
# Verbs that take an object and then an infinitive, which carries the news: "expected the
# bank to cut rates", "asked the court to rule".
OBJECT_INFINITIVE_VERBS = _words(
    "expect ask urge allow tell force want persuade order require invite encourage permit "
    "enable cause"
)
# Of those, verbs whose object and infinitive are one thought, the object alone being no
# news: "wants the tenants [to pay …]", "will enable the firm [to report …]" (not "asked the
# court [to rule]").
OBJECT_PROPOSITION_VERBS = _words("expect want require enable cause")
# Relatives that open a clause inside a subject with no comma: "doctors who performed
# abortions declined", "doctors whose names appeared … were killed".
SUBJECT_RELATIVES = _words("who which whose")
WHOSE = "whose"
# A plural noun's ending, after which the owner takes a bare apostrophe ("the councils' lawyers").
PLURAL_OWNER_ENDING = ("s",)
# A plural present is the verb's plain form ("The new fees, which apply from May, cover …").
PLURAL_PRESENT_IS_BASE = True
# Words after a date that only say whose clock it is ("on Friday evening local time") or
# stretch it to the period after ("for this month and next"): they go with the date.
DATE_TAILS = ("local time", "eastern time", "gmt", "utc", "and next", "or next")
# Words just before a name that say whom "she" or "he" cannot stand for ("Her son, Pablo
# Lund": not "she"), within this many characters before the name.
FEMALE_PRONOUNS = _words("she her")
MALE_PRONOUNS = _words("he his")
# Possessives that do not say whose sex the owner is (French "son", Spanish "su"): "his" and
# "her" do. None in English.
OWNER_NEUTRAL_POSSESSIVES: frozenset[str] = frozenset()
# Female pronouns that also mean "they" or "you" (German "sie", "Sie"): one stands for a
# woman only when no verb next to it ends like a plural (``PLURAL_VERB_ENDINGS``, "sie
# haben", "wurden sie"; articles and prepositions are no verbs). None in English.
PLURAL_TOO_PRONOUNS: frozenset[str] = frozenset()
PLURAL_VERB_ENDINGS: tuple[str, ...] = ()
PLURAL_VERBS: frozenset[str] = frozenset()
# Whether a piece's lead names the person it is about first ("Ann Roe, who …, has died"):
# in English the lead opens on the name; languages with a freer order name the person
# after the verb ("Am Montag ist der Maler Jonas Brandt gestorben"), and there the lead
# names the person anywhere, when it names no one else.
LEAD_OPENS_ON_TOPIC = True
MALE_WORDS = _words(
    "son father husband brother mr mr. king prince uncle nephew grandson grandfather boyfriend "
    "sir lord duke widower fiance"
)
FEMALE_WORDS = _words(
    "daughter mother wife sister mrs mrs. ms ms. miss queen princess aunt niece granddaughter "
    "grandmother girlfriend lady duchess widow fiancee"
)
SEX_WORDS_REACH = 20
# Prepositions after which a name may be a person who acts ("won by Ruth Chebet", "took over
# from Dave Thompson", "before Kim returns"); after the others a name ends a phrase ("against
# Wales", "control of North Yorkshire's council") and is no one a later "she" could mean.
PEOPLE_AFTER = _words("by with from to for before after between among alongside since until")
# Words that give a name as an example or a likeness ("services like M-Pesa"): like a
# preposition that ends a phrase, the name is no one a later "she" could mean.
EXAMPLE_BEFORE = _words("like unlike")
# Prepositions that, after a noun, say where the noun is from ("a farmer from Öland", "ticks
# from Gotland"): the name after them is a place, no one a later "she" could mean (after a
# verb it may be a person: "took over from Dave Thompson").
ORIGIN_AFTER_NOUN = _words("from")


# Quotation marks a title drops around a name in its subject (German „Polarlicht“): none here.
QUOTED_NAME_MARKS: frozenset[str] = frozenset()


# Verbs (lemmas, or a reflexive pronoun before the verb) whose subject may follow them when
# none stands before nor is left out (Spanish "El domingo murieron dos personas"): none here
# beyond SUBJECT_AFTER_VERB.
SUBJECT_AFTER_VERB_IF_NONE: frozenset[str] = frozenset()
# Of those, the verbs whose subject after them wins over the one a left-out subject stands
# for (Spanish "Ayer murió un hombre": the man died, not the person named before): none here.
SUBJECT_FOLLOWS: frozenset[str] = frozenset()


# Whether a clause's own date wins over a span of the past it names ("… after two years of
# works"): not here (English output kept as it was tuned).
DATE_BEFORE_SPAN = False


# What makes a negation a restriction ("ne … qu'en 1923": only then): none here.
ONLY_AFTER_NEGATION: tuple[str, ...] = ()
# ... but "did not reopen until May" is: it reopened then.
NEGATED_UNTIL = _words("until till")


# Object pronouns written before their verb (Spanish "y lo reabrirá"): none here.
OBJECT_CLITICS: frozenset[str] = frozenset()
# Pronouns that open a verb-second sentence as its object, the news just told (German "Das
# teilte die Polizei am Montag mit"): none here.
FRONTED_OBJECT_PRONOUNS: frozenset[str] = frozenset()
# An object pronoun opening a sentence whose verb names no doer, and the endings of the noun
# it stands for in the same case and gender (Russian "её": "выставку"), and of a subject it
# might stand for instead (``core.events.case_antecedent``). English has no such sentence.
OBJECT_PRONOUN_ENDINGS: dict[str, tuple[str, ...]] = {}
OBJECT_PRONOUN_RIVALS: dict[str, tuple[str, ...]] = {}
# a word before a figure saying it is rough, in a subject after its verb ("остались около
# 12 тысяч жителей"); English puts its subject first
APPROXIMATORS: frozenset[str] = frozenset()
# Nouns that say a person's sex, for a "he" or "she" whose article does not
# (``core.events.person_noun_antecedent``): "The Ripley man was arrested. He …"
MALE_NOUNS = _words("man boy gentleman businessman father son husband brother grandfather uncle")
FEMALE_NOUNS = _words("woman girl lady businesswoman mother daughter wife sister grandmother aunt")


# The words that open a report of the news just told, its speaker after the verb (Russian
# "Об этом в среду сообщили в мэрии"): none read here.
ABOUT_THIS: frozenset[str] = frozenset()

# -- added for #16 titles (lang16t): read by core.events.titles and core.events.middle --
# Words a title keeps inside its verb group though they are listed as adverbs (German
# "hat sich geeinigt"): none in English.
TITLE_KEPT_IN_VERB_GROUP: frozenset[str] = frozenset()
# Adverbs a title keeps before a past form in its verb group: "was last seen" says when the
# trail ends, "was seen" tells another happening (not "pregnancies last [about a year]").
TITLE_KEPT_BEFORE_PAST = _words("last")
# Fixed phrases that close a verb-last clause with its verb ("zu Ende gegangen"): none here.
VERB_COMPLEMENTS: tuple[str, ...] = ()
# Two-word adverbs a title keeps whole or drops whole ("ще раз"): none here.
ADVERB_PHRASES: tuple[str, ...] = ()
# Pronouns that are also possessives ("их" them/their): a title may end on them after a verb.
OBJECT_PRONOUNS: frozenset[str] = frozenset()
# Whether guillemets stand apart from their words (French « … »), else «…».
SPACED_GUILLEMETS = False
# Words after a duration that make it a noun's measure ("trois ans de prison"):
DURATION_OF = ("of",)  # "ended [two days] of talks": the talks' length stays in the title
# Read only where the verb goes last (core.events.middle): what links a phrase's noun to a
# further noun, a place's adjective ending and an adjective's endings inside a name.
PHRASE_LINKS: frozenset[str] = frozenset()
PLACE_ADJECTIVE = ""
ADJECTIVE_ENDINGS: tuple[str, ...] = ()
# The endings of an adjective before the head noun of a subject, in the nominative (a
# language without articles cuts the genitive after that noun): none in English.
SUBJECT_ADJECTIVE_ENDINGS: tuple[str, ...] = ()
# Articles between a date's preposition and the date (German "für den 15. Januar"): none in
# English, whose time expressions hold their "the".
DATE_ARTICLES: frozenset[str] = frozenset()
# The reported "that" before a vowel where the language elides it (French "qu'"): none.
THAT_ELIDED = ""
# Whether a date dropped from between two words of a clause is an insertion the title reads
# on past ("dieron por controlado [el jueves] el incendio"): not in English ("indications
# [1987] revenues" breaks the phrase).
DATES_INSERTED = False
# The prepositions a title reads on to past a bare date between a verb's words and them
# ("began delving [Thursday] into the losses", "sold its mills [last spring] to a
# rival"); not "from", "at", "by", "against" (a comparison's figure), "as", "after" (a
# clause's) nor "in", which mostly opens a manner or a purpose ("[today] in an attempt to …").
DATE_SKIPPED_BEFORE = _words("to into onto on with for of off over through toward towards")
# After an object or a name the verb has what it needs: only a transfer's or a topic's phrase
# reads on ("moved the sailing [Wednesday] to an earlier slot"), not a purpose or company ("will
# visit Oslo [next week] for talks", "with his wife"), so one visit told with two dates keeps
# one title.
DATE_SKIPPED_AFTER_OBJECT = _words("to into onto on")
# The nouns a phrase dropped with its date opens on ("the end of [May]"), where a language
# lists them; empty: any words before the link (English).
TIMEX_PHRASE_HEADS: frozenset[str] = frozenset()
# Openers of a clause whose finite verb stands last (German "dass … gefasst wurde"), read
# only where VERB_LAST: none in English.
VERB_FINAL_OPENERS: frozenset[str] = frozenset()
# Whether a span fronted before its comma ("After three days of talks, …") sets the scene of
# the clause after it rather than being the happening counted back.
FRONTED_SPAN_IS_SCENE = True
# Whether a title leaves out a phrase between two commas after its verb ("rejected, by 290
# votes to 250, the motion"): not in English yet.
COMMA_ASIDES = False
# … only right after the verb group ("purchased, on a net basis, a record 2 bln dlrs").
VERB_COMMA_ASIDES = True
# The participle of a passive's auxiliary (German "worden"): what was done, never a state;
# none read in English.
PASSIVE_PERFECT = ""
# Prepositions whose phrase of a bare noun, after a subject that follows its verb, names
# which one (German "legten Beschäftigte | von Kitas | die Arbeit nieder"), and the
# auxiliaries of a passive, after which "von" names the doer instead: not read in English,
# whose subject stands before its verb.
SUBJECT_PHRASE_PREPOSITIONS: frozenset[str] = frozenset()
PASSIVE_AUX: frozenset[str] = frozenset()
# Whether a long title may end before a genitive after a phrase's noun (Russian "с
# представителями | фермерских хозяйств"), and a subject be cut before the participle that
# describes it (Spanish "Un incendio | declarado en una nave"): not in English.
GENITIVE_CUTS = False
PARTICIPLE_SUBJECT_CUTS = False
# Words opening an attribution fronted before its comma ("Как сообщила пресс-служба, …"):
# the clause starts after the comma. None read in English.
ATTRIBUTION_FRONTS: frozenset[str] = frozenset()
# Words a subject after a fronted phrase may open on besides an article (German "sind in der
# Nacht zwei Menschen … gekommen"), read where VERB_LAST: none here.
SUBJECT_COUNTS: frozenset[str] = frozenset()
# Prepositions with an article inside (German "im", "zum"), read where VERB_LAST: none here.
ARTICLE_PREPOSITIONS: frozenset[str] = frozenset()
# Words after which a number with a full stop is an ordinal, no sentence end (German "Zum 25.
# Jubiläum"): none in English.
ORDINAL_AFTER: frozenset[str] = frozenset()
# Nouns whose "that" clause is a chance, a thought or a claim, not a happening the article
# reports ("the likelihood that either was involved", "denied reports that he resigned"),
# as their singular lemmas. A "that" after one of them opens no event.
CONTENT_NOUNS = _words(
    "likelihood possibility probability chance risk prospect hope fear doubt concern"
    " speculation rumour rumor report claim allegation suggestion theory assumption belief"
    " view idea expectation suspicion threat warning promise sign indication evidence"
)
# Words that point back to a date when they open a sentence before it ("That May, the lake
# rose"): they go with the date, never the subject.
DATE_DEMONSTRATIVES = _words("that")
# Words after which "that" before a noun is a determiner, no clause's opener ("Minutes of
# that meeting", "Work on that section stopped", "contracts under that programme"); not
# "in that it was late", nor "on that day" (a time of its own).
THAT_DETERMINER_AFTER = _words("of on under for with about over against during")
# Words before a name that make it a place, not a person "she" could stand for ("born near
# Halden", "a flat in Aldgate").
LOCATIVES = _words("in at near outside inside into across around")
# Before a town, its comma and its state, the words of where a person is from ("of Dover, Del.")
ORIGIN_PREPOSITIONS = _words("of from")
# Auxiliaries that are never a verb of their own: one before a determiner has lost its verb
# ("…, as will a mild pickup"); not French "doit des millions" (owes), German "will die".
VERBLESS_AUX = MODALS | FUTURE
# Words that name a part of what follows their "of" ("Most of the levee", "Half of the
# members"): a subject is never cut to one of them alone.
PARTITIVES = _words(
    "most some all half many much part none each any both several few majority rest"
    " one two three four five six seven eight nine ten dozens hundreds thousands"
)
# Nouns that count or part what follows their "of" ("a number of levees", "a group of
# banks", "the first of its figures"): a title never ends on one, its "of" cut away.
PART_NOUNS = _words(
    "number group dozen total portion series wave host lot string couple handful flurry spate"
    " first last"
)
# Nouns that only name a measure, whose figure follows their "of" ("fell to an annual rate of
# 4.2 bln dlrs", "trimmed to the equivalent of 17 pct"): cut before that "of", the title ends on a
# measure of nothing ("fell to an annual rate").
MEASURE_NOUNS = _words("rate rates equivalent level levels amount sum")
# Words for a share of what follows their "of" ("about 30 pct of its imports"): cut before
# the "of", a title ends on a share of nothing; not after a word that makes the share a
# level or a change ("raised its stake to 24.5 pct | of the company" reads whole).
SHARE_UNITS = _words("pct percent")
SHARE_LEVEL_LINKS = _words("to from by")
# Units a figure counts, whose "of" says of what ("bought 5,000 tonnes of rye", "will sell 40
# mln dlrs of bonds", "sold 3,200 shares of Acme"): cut before that "of", a title ends on an
# amount of nothing ("bought 5,000 tonnes"), unless the figure is a level ("rose to 40 mln dlrs").
MEASURED_UNITS = _words(
    "tonnes tonne tons ton barrels bushels bales bags ounces lbs kilos gallons litres liters"
    " shares units mln million billion bln"
)
# Particles a day's expression never takes as its preposition: after a participle, the
# verb's ("The tenants were moved in the next day", "were booked in Monday night": not
# "in [the next day]").
PARTICLES_NOT_BEFORE_DAYS = _words("in")
DAY_NOUNS = _words("day")

# The past of "be" (one, many) that tells a participle aside as the passive it is short for:
# "The company, founded in 1921, was bought …" → "The company was founded".
ASIDE_PASSIVE = ("was", "were")
# Relatives that stand for a thing: the noun phrase before them is their clause's subject
# ("The leg, which starts in Toronto on May 20, …" → "The leg starts in Toronto").
THING_RELATIVES = _words("which")
# Relatives that stand for a person only, and one that never does: "Kofi Ames, who arrived
# …" is the person; "the libraries in Castle Hill, which will shut" is no person, whatever the
# tagger took the name before it for (``core.events.relative_heads``).
PERSON_RELATIVES = _words("who whom")
THING_ONLY_RELATIVES = _words("which")
# Words before a name that make it a place where a relative that never stands for a person
# follows ("in Castle Hill, which", "to Troon, which"): the words of place, and "to".
PLACE_NAME_BEFORE = LOCATIVES | _words("to")
# The prepositions of the place phrases a relative may follow while it tells of the noun before
# them: "a recycling depot at Holm Marsh, which the county board approved", "routes from Derry
# to Nantes and Porto, which the carrier unveiled" (``core.events.relative_heads``).
PLACE_PHRASE_PREPOSITIONS = PLACE_NAME_BEFORE | _words("from")
# Openers after which a gerund tells a happening of the main clause's subject, with its own
# date: "cancelled the tour after undergoing surgery on Monday" (``core.events.gerunds``).
GERUND_OPENERS = _words("after before")
# The word of a perfect participle opening the sentence, its subject the main clause's: "Having
# won the title in 2019, the club were relegated" tells "The club had won the title" then
# (``core.events.gerunds.perfect_participle_clause``).
PERFECT_PARTICIPLE_OPENERS = _words("having")
PERFECT_AUX = "had"  # what the title says instead
# Openers that are prepositions too: with a noun and no verb after them they open a phrase, no
# clause ("came before the board in March"), unless that noun is an edge of a time ("before
# the end of March": a bound) (``core.events.preposition_phrases``).
OBJECT_PHRASE_OPENERS = _words("after before")
# Of those, the ones that may stand for a place before a noun that names no happening ("came
# before the board in March"); any may before a pronoun ("renamed the hall after her").
PLACE_OBJECT_OPENERS = _words("before")
# Verbs (lemmas) whose "before" right after them names a body one stands in front of, in any
# tense: "will appear before a judge on Monday", "is due to go before the Security Council".
BEFORE_PLACE_VERBS = _words("appear testify go come stand plead")
# Words that end a time expression counted back, after which a main clause's past may resume
# a relative in its subject: "Veterans of the war that ended 30 years ago | gathered …".
DATE_END_WORDS = _words("ago")
TIME_EDGES = _words("end start beginning middle close turn day days midday noon midnight dawn dusk")
# Nouns of time before such an opener make the gerund a noun of time: "half an hour before
# closing" (with ``PERIOD_NOUNS``).
GERUND_TIME_NOUNS = _words("hour hours minute minutes")
# -ing forms that name an activity as the head of a compound noun ("Bank lending", "Consumer
# spending", "Oil trading"): the subject's head, never a bare participle to cut away.
ACTIVITY_GERUNDS = _words("spending lending trading farming shipping fishing mining banking")
# Object pronouns that may follow a plain present after a plural noun: "doctors expect him
# to …" (``core.events.phrases``).
PRESENT_OBJECTS = _words("him her them us me")
# Day words that may follow a plain present after a plural noun, the day an arranged
# happening takes place: "Schools reopen today", "Talks resume tomorrow in Geneva".
PRESENT_DAYS = _words("today tonight tomorrow")
# Prepositions that open what a happening is about, not where or whose: a noun phrase titled
# alone ends before them ("the May 3 debate | about whether …").
TOPIC_PREPOSITIONS = _words("about")


# -- added for de and fr (lang16a) --
def unlisted_participle(word: str) -> bool:
    """Whether a word right after an auxiliary is a participle of a verb this folder's lists
    lack, told by its shape alone (French "a été trouvé"): in English a lower-case word in
    "-ed" that lemminflect does not know at all ("were overtopped", "was livestreamed"); not
    an adjective in "un-" ("had unaudited earnings"), nor a compound ("has test-marketed")."""
    if not (len(word) > 4 and word.isalpha() and word.islower() and word.endswith("ed")):
        return False
    return not word.startswith("un") and not lemmas(word)


# -- added for #16 (lang16a): a pronoun opening its sentence, no name before it --
# The articles of the sentence before's subject a pronoun may stand for ("elle" for "la
# coopérative"); empty: such a pronoun stands for nothing sure.
PRONOUN_ARTICLES: dict[str, frozenset[str]] = {}


# -- added for #14 (en20d): a clause told in the present takes no date gone by --
# Whether a happening whose title is told in the present or ahead ("is reviewing a report from
# last October", "expects to restate its results for 1986") may not take a date gone by at
# publication (``core.events.tense_dates``): the date is a thing's, a comparison's or an older
# story's.
PRESENT_TAKES_NO_PAST_DATE = True
# Modals of the present: what they govern lies now or ahead ("must be returned", "may rise");
# "could" and "would" also tell a past's ability or future, so they are not here.
PRESENT_MODALS = _words("can may might must should")
# The present of "do": "does not expect".
DO_PRESENT = _words("do does")
DO_PRESENT_SINGULAR = _words("does")
# ... and its past: "did reopen" is told in the past.
DO_PAST = _words("did")
# Verbs of saying whose date, right after them, is the report's time ("…, Cuba predicted
# Wednesday"), not the time of what is said (``core.events.tense_dates``).
DATE_OF_SAYING_VERBS = _words(
    "say tell announce claim warn insist confirm state declare add predict report note stress"
    " argue explain write estimate forecast disclose reveal acknowledge quote"
)
# ... and those told to someone, named in one word before the date ("told reporters on
# Friday it would close the plant": the telling's Friday, gone by).
SAYING_TO_SOMEONE = _words("tell brief assure")
# Words between a verb of saying and its date that only place the date ("said on Friday",
# "announced late yesterday").
SAYING_DATE_LEAD = _words("on late early earlier")
# Wire copy names who said the news and on what day ("…, the brewer said on Tuesday"): the
# saying is an event of its own day when the news took another (``core.events.sayings``).
DATED_SAYING = True
SAYING_SPEAKER_FIRST = True
SAYING_OWN_DAY_VERBS = _words("say announce")
SAYING_MEDIUM_LEAD = _words("in")
SAYING_MEDIA = _words("statement speech interview")
# Subject pronouns whose verb in the present takes no ending ("they expect").
PLURAL_PRONOUNS = _words("they we you i")
# Verbs of showing, believing and alleging, whose object is a clause told in its own tense
# ("Figures show exports rose in May", "Police believe the fire started on Sunday"): in the
# present they do not make the clause a present one.
SHOWING_VERBS = _words(
    "show indicate suggest mean signal reveal believe think suspect fear know allege deny admit"
    " accept assume conclude"
)

# -- added for #14 (en20r): a quantifier floated after its subject ("The ministers all voted")
FLOATING_QUANTIFIERS = _words("all both each")

# -- added for #14 (en20t): a title's grammar (``core.events.well_formed``) --
# Words that link a comparison inside a noun phrase: a subject never ends on one ("The
# slower than [planned removal]").
COMPARATIVE_LINKS = _words("than")
# A verb's bare form is finite only after a plural subject ("the farmers plant", "the farm
# plants"): after one thing it is a noun of the subject ("the projected cocoa output").
BARE_VERB_PLURAL_ONLY = True
# Verbs whose object is an infinitive, which carries the news even past a phrase between
# them: "sought [through talks] to delay payments", "agreed in principle to buy".
INFINITIVE_VERBS = _words(
    "seek try attempt agree decide plan want hope intend refuse offer promise vow pledge aim"
    " fail threaten prepare arrange undertake wish choose resolve"
)

# State verbs whose past before a participle tells a change, a happening (Spanish "quedó
# inaugurado"); English says it with "was": none.
BECOMING_VERBS: frozenset[str] = frozenset()

# Relatives of place: the clause they open has its own subject, often after its verb ("the
# cafe, where on Saturday a fight broke out"), never the main clause's.
PLACE_RELATIVES = _words("where")

# -- added for #14 (enP): a year before the noun of a clause's object names the thing --
# A year written before a noun ("approved the bank's 1986 accounts", "will pay a 1986
# dividend") says which thing is meant, not when the clause happened
# (``core.events.tense_dates.year_of_a_thing``). The shape of such a year (none: never).
YEAR_BEFORE_NOUN = r"^\d{4}$"
# Prepositions that make their phrase a time of the clause ("in the 1984 election", "for the
# 1986/87 season"): a year inside one still dates it.
WHEN_PREPOSITIONS = _words(
    "in at on during for since after before until till by through throughout"
)
# Nouns of a figure measured over the year ("reported 1986 net profit of …"): the figure's
# year, which the project keeps as its happening's (as it keeps a quarter's).
FIGURE_NOUNS = _words(
    "profit profits earnings income sales revenue revenues results loss losses net output"
    " production turnover growth"
)
# ... and the measures one foresees ("expects sales to rise", "expects a rubber shortage",
# "expects coffee prices to fall by 1990");
# not "results", whose "expects to report results the week of April 13" is a release planned.
FORESEEN_MEASURES = (FIGURE_NOUNS - _words("results")) | _words(
    "volume volumes shipments demand inflation deficit surplus shortage decline increase rise "
    "gain gains margins price prices imports exports rate rates spending lending consumption "
    "costs reserves orders"
    # a turn of a measure foreseen: "expects a rebound in 1995", "expected a modest recovery"
    " rebound recovery upturn downturn slowdown improvement turnaround recession"
    # ... and the measures of an economy: "The regional economy is forecast to slow next year"
    " economy economies unemployment gdp gnp expense expenses"
)
# How many words after the year its noun phrase is read for a figure or a time noun.
YEAR_NOUN_REACH = 3
# Whether a clause told in the past takes no date wholly after the publication day ("rejected
# an offer to extend the deal through June 30"): the date is a term's, a plan's or a thing's
# (``core.events.tense_dates.ahead_of_a_past``).
PAST_TAKES_NO_DAY_AHEAD = True
# A year written as a bare "the year" ("For the year, the mill reported a loss", "in the full
# year orders gained two pct"): told in the past while most of the publication's year is still
# ahead, it is a finished year's, not the one it is read as
# (``core.events.finished_year.year_not_over``). Not "this year", nor "earlier in the year".
BARE_YEAR = r"the\s+(?:(?:full|whole|entire)\s+)?year"
# ... not a span the words after it bound ("for the year following the meeting", "in the year to
# mid-May", "the year ahead"): that span is told, not a finished year ("net profit for the year
# to 9 mln dlrs" is a figure's way).
# ... nor a part of it ("in the first two months of the year": which part, and so which year, the
# sentence does not settle).
BARE_YEAR_PART = r"\bof\s+$"
BARE_YEAR_BOUNDED = (
    r"\s*(?:(?i:following|ending|ended|beginning|starting|through|until|ahead)\b"
    r"|(?i:to|from|after|before|since)\s+(?:(?i:mid|end|early|late|the\s+end)\b|[A-Z]))"
)
# Verbs that set a happening for a time: "has called a meeting for 12 June" dates the meeting,
# "invited the ministers to a ceremony on March 12" the ceremony.
ARRANGING_VERBS = _words("call set schedule fix convene summon arrange book invite")
# Verbs whose infinitive is their own complement ("voted to close the bridge", "asked the
# rector to take over"): a date on that infinitive may be the clause's plan. After other pasts
# an infinitive tells a purpose, its date its own ("suspended payments in order to start talks
# next month").
INFINITIVE_TAKERS = INFINITIVE_VERBS | OBJECT_INFINITIVE_VERBS | _words("vote move ask tell")


# -- added for session 25 (clauses2): a timeline's line in the headline tense --
# The words of a date opening a timeline's line ("Last October: Transport secretary orders a
# review"): months, weekdays and seasons (a year is a number; ``core.events.dated_entries``).
ENTRY_DATE_WORDS = frozenset([*_calendar.MONTHS, *_calendar.WEEKDAYS, *_calendar.SEASONS])


# -- added for PRON5: a sentence-opening "it" for the one thing the sentence before was about --
# Whether "it" opening a sentence stands for the subject before it when that subject is one
# thing and nothing else there is ("The ferry … carries 3,200 passengers a week. It was last
# repaired …"; ``core.events.thing_antecedent``).
IT_TAKES_SUBJECT_BEFORE = True
# "Talks began in 2021. They collapsed in 2022": a "they" opening a sentence may stand for
# the one plural thing the sentence before names (core.events.plural_antecedent)
THEY_TAKES_PLURAL_BEFORE = True
# Words that open the full name of a thing, not a person's ("Cyclone Maren", "Hurricane Ida"):
# an "it" after it may stand for it
THING_NAME_HEADS = _words("cyclone hurricane typhoon storm")


# -- added for CLAUSES8: a happening noun with its date after it, in an object --
# The prepositions that put a date straight after a happening's noun ("hold a public hearing
# on the plan on Oct. 12", "a vote at the yearly members' meeting on June 21"; after a word
# of ``SCHEDULED`` also "for": "a special meeting scheduled for May 5"), and those of the one
# phrase that may tell what it is about in between (``core.events.nominal``).
NOUN_DATE_PREPOSITIONS = _words("on in")
NOUN_SCHEDULED_PREPOSITIONS = _words("for on in")
NOUN_TOPIC_LINKS = _words("on of about")
# Words before that noun that make it an aim or a result, not a happening: "with a target
# launch in 2018", "had a strong performance in 1986".
NOUN_AIM_WORDS = _words(
    "target targeted tentative possible potential strong weak good poor solid record"
)
# ... and a word before its article that makes it a hope: "prospects for a quota accord in
# October", "pressing for talks in June".
NOUN_HOPED_AFTER = _words("for")
# Nouns whose object may follow the setting they are sought at: "consent at the June 2 annual
# meeting of a share split" (the split is approved, not met): that meeting's title ends on its
# noun (``core.events.nominal``).
SOUGHT_AT_NOUNS = _words("approval consent ratification vote")

# -- added for #14 (titles20): verbs a title may not end on --
# Verbs that never end a clause without what they take: a title ending on one in the active
# ("Teck Hock owes", "Figures show", "Bra Kanon estimated") lost its object to a cut. Their
# passive stands ("The loss was estimated").
TITLE_OBJECT_VERBS = _words(
    "say show indicate suggest reveal estimate reiterate owe hope believe think"
    " ensure require"  # "was necessary to ensure [that …]"
    " take total"  # "has taken [on added significance]", "will total [about 1 bln dlrs]"
    " represent comprise exceed"  # "represents [about 40 pct of …]"
    " result amount"  # "will result [in a charge]", "amounted [to 3 mln dlrs]"
)
# Verbs that take a clause as their object as well as a figure ("Analysts estimate output
# fell 4 pct", "estimated the crop at 5 mln tonnes"): with a clause after them, a title
# keeps its verb as it keeps that of "show" ("estimated overall lending | grew …")
REPORTED_CLAUSE_ESTIMATES = _words("estimate")
# Verbs whose object needs the phrase after it, by the preposition opening that phrase: a
# title cut before it ("described the plant | as a relic", "placed the pier | on the list")
# leaves the verb half said, so a title a little longer keeps it when it can.
TITLE_OBJECT_COMPLEMENTS = {
    **dict.fromkeys(
        _words("describe portray depict characterize brand label hail regard"), _words("as")
    ),
    "place": _words("on under behind"),
    "put": _words("at into"),  # "estimates put the loss at 4 mln dlrs", "put the funds into"
    **dict.fromkeys(_words("turn transform convert"), _words("into")),
    "add": _words("to"),
    # "estimated 1986 profit | at 480 mln dlrs", "listed Jo Rand | as having given …"
    **dict.fromkeys(_words("estimate value"), _words("at")),
    "list": _words("as"),
}  # fmt: skip
# -- title-cuts (s38): the object a title cut for length away from its verb --
# Words that open a verb's object: a title cut just before one after an active verb ("was
# expected to supply | roughly 15 pct", "will hire | over 150 staff") reads on to the
# object's noun when it may (``core.events.object_heads``).
TITLE_OBJECT_OPENERS = (
    ARTICLES
    | POSSESSIVE_DETERMINERS
    | NUMBER_WORDS
    | _words("our my your some several both each every another")
)
# ... and hedges that open one before a figure ("over 200 people", "about 12 pct").
TITLE_OBJECT_HEDGES = _words("about over nearly almost around some roughly")
# ... and two-word hedges before one ("would include | at least a dozen patients").
TITLE_OBJECT_HEDGE_PAIRS = frozenset(("at least", "more than", "up to"))
# Verbs a figure or a time follows as no object ("rose | 5 pct", "met | the week after"):
# their titles stand without it.
TITLE_NO_OBJECT_VERBS = _words(
    "rise fall climb drop slip ease edge dip jump soar plunge tumble surge decline advance"
    " gain lose trade close open end finish stand remain stay meet come go arrive return"
    " last run expire mature"
)
# Verbs a gerund follows as their object, itself wanting one: a date between that gerund and
# its object ("to begin writing [next Thursday] a bill") does not end the title.
GERUND_OBJECT_VERBS = _words("start begin continue resume stop finish keep")
# The apostrophe of a plural owner, a token of its own ("the islanders ' [1986] vote"): a
# date after it stands inside the noun phrase, which the title keeps whole.
PLURAL_POSSESSIVE_MARKS = ("'", "’")
# Auxiliaries of a passive a verb may follow: "had been sold", "to be sold".
TITLE_PASSIVE_AUX = _words("been being be get gets got")
# Participles that do not end a clause even in the passive: "The report was dated".
TITLE_COMPLEMENT_PARTICIPLES = _words("dated")
# Participles after a noun that say nothing without their phrase: a title cut just after one
# ("made a bid for Acme based [on …]", "farms known [as …]") ends before it.
TITLE_PHRASE_PARTICIPLES = _words("based aimed known designed intended headquartered")
# Verbs of hoping and believing whose object is a clause: "hoped a first cargo [could
# leave …]" lost its verb ("hoped for a deal", "hoped to", "believed in" stand).
CLAUSE_ONLY_BELIEFS = _words("hope believe think")
# Verbs of believing: what they hold told ahead ("Most economists believe the dollar will
# rise [this year]", "Dealers thought the bank would cut its rate [in May]") is a view dated by
# what it foresees, no happening (``core.events.forecasts``); the words after the verb read for
# the future or the modal.
BELIEVING = _words("believe think")
BELIEF_REACH = 8
# Prepositions after a past form that make it a participle, no clause's verb: "[in 12
# provinces and two territories] compared to 845".
TITLE_PARTICIPLE_LINKS = _words("to with by")
# A measure's move foreseen ("The price of gold is likely to rise", "Prices would continue to
# gain", "Earnings should start to rise", "Inflation should peak at 19.5 pct"): a forecast, no
# happening (``core.events.forecasts``); "will rise" is told as news unless a figure follows
# ("will grow by 1.6 pct", ``core.events.states``). The words of its verb group before the
# move (a hedging modal among them), those of them that foresee nothing themselves, and the
# moves (of a figure: "reach", "total", "exceed", "peak" too). "continue" foresees: "Sales will
# continue to rise [this year]" tells a trend ahead, where "Sales will rise in April" is news.
FORECAST_LINKS = _words(
    "likely unlikely expected set would should may might could to continue be further start begin"
)
FORECAST_CARRIERS = _words("to be further start begin")
# Hedging adverbs that make a verb group told ahead a forecast: "Nickel prices will probably
# fall to 3 dlrs [in April]", "Output will probably slow [this year]" (as "likely" does).
FORECAST_HEDGES = _words("probably")
# The preposition of a ratio after a measure's noun: "Earnings per share should rise".
RATIO_LINKS = _words("per")
FORECAST_LINKS |= FORECAST_HEDGES
# Words that bound a figure after a verb of change: "will fall to less than 2 pct", "will
# rise by at least 3 pct", "would grow by more than 7 pct" (a forecast figure still).
FIGURE_BOUNDS = _words("more less than at least over under up")
# Verbs that bring a measure to a figure: told ahead ("The county will trim its deficit to
# 640 mln crowns [in 1995]", "The state deficit should be trimmed to 3.1 pct of output") a
# target or a forecast figure, no happening (``core.events.target_figures``); not the measures
# somebody sets, a decision ("will raise its prime rate to 8 pct [in May]").
TARGET_VERBS = _words("cut reduce lower raise lift increase boost trim bring push")
SET_MEASURES = _words("price prices rate rates")
# The words that set a measure at a level after "be": "turnover is expected to be at usual
# levels", "sales should be above last year's".
LEVEL_PREPOSITIONS = _words("at above below near around under over within")
MEASURE_MOVES = _words(
    "rise fall gain decline drop climb grow shrink slow ease increase decrease improve weaken"
    " strengthen recover slip edge rebound reach total exceed expand contract peak fluctuate"
    " approximate"  # "capital spending is expected to approximate 40 mln dlrs"
)
# The verbs of a figure's change that tell a subject is a figure, not a doer: "Prices have
# doubled since it took office" (the "it" of a "since" clause is someone else,
# ``core.events.since_subject``).
FIGURE_CHANGE_VERBS = (MEASURE_MOVES - _words("gain reach total exceed approximate")) | _words(
    "double halve triple soar plunge slump surge tumble jump dip sink"
)
# ... and the verbs of a result whose figure or measure is foreseen after those words: "is
# expected to earn six dlrs a share in 1988", "should show 2.5 pct growth this year"; not
# "report", whose "is expected to report earnings next week" is a release planned.
RESULT_FORESEEN_VERBS = SHOWING_RESULTS - _words("report")
# ... and the verbs that tell a result only with a sum of money after them: "is expected to
# make four dlrs a share next year" (not "is expected to make two visits in May", a plan).
RESULT_SUM_VERBS = _words("make")
MONEY_UNITS = _words("dlrs dlr dollars cts cents pence stg sterling yen marks francs pounds euros")
MEASURED_UNITS |= MONEY_UNITS


# -- added for PRON6: a pronoun no name is sure for, kept as written --
# The subject pronouns a title keeps as written when no name is sure for them: "It deepened
# rapidly on Tuesday", "They beat Exley on May 17" (``core.events.pronoun_names``); a name
# guessed wrong pins the act on the wrong one, no title loses the event.
KEPT_PRONOUNS = _words("he she it they")
KEPT_POSSESSIVES = _words("its their his her")  # "Its board adopted a code in 2020"
# Verbs whose "it" holds the place of what comes after ("It took a long campaign before …",
# "It will take until July to repair …"): no thing, so no subject to keep.
IT_PLACEHOLDER_VERBS = _words("take seem appear emerge remain matter happen")
# Verbs of saying or pointing whose date is most often what was said ("He said output in
# the 1986/87 season is …", "They pointed out spending was little changed from 1986"): with
# no one sure who says it, the title would tell nothing but the wrong date.
UNSURE_SPEAKER_VERBS = _words("say add state insist point refer estimate")
# The words that put a figure against each unit of time ("40,000 vehicles a day", "per
# week"): a past or present verb with no change word before such a rate tells a level, no
# happening ("By the 1990s it carried 40,000 vehicles a day"; ``core.events.states``).
RATE_LINKS = _words("a per")
# The words after "is" that leave "it" a thing's when the infinitive follows ("It is due to
# report results on May 24", "It is forecast to weaken on Saturday"), not a place-holder ("it
# was decided to close the mill": no one's; ``core.events.subject_shapes``).
RAISED_AFTER_BE = SCHEDULED | _words("forecast likely projected")


# -- added for PRON2: a kept pronoun's clause must tell a happening of its date --
# The first auxiliaries before the verb of a clause a kept pronoun opens that tell a happening
# its date can be the day of: a past, a past passive or perfect, a future ("He was appointed in
# 1972", "He will travel on March 12"); not "has", "is … -ing", a modal ("They are aiming for
# a pact by October", "It has been held since 1990"; ``core.events.pronoun_names``).
KEPT_HAPPENING_AUX = _words("was were had did will shall")
# Words that make a clause a habit, no happening of one day ("It is held every year in May").
HABIT_WORDS = _words("every annually usually always often regularly normally traditionally")
# Determiners that make a habit only before a unit or a weekday ("opens each Monday"); alone
# they count ("they each paid", "$5 each": ``core.events.tense_dates.habit``).
HABIT_BEFORE_UNIT = _words("each")
# Verbs (lemmas) whose present before "to" tells an intent whose date is the act's ahead ("He
# hopes to visit Japan in April"), not a present state ("She expects the estimate will be …").
INTENT_VERBS = _words("hope plan intend expect aim want")


# -- added for TITLES2: titles a reader can parse --
# Words that open an equative whose "as" a title may not cut away: "went so far [as to
# predict …]", "put as much [as 300 mln dlrs]".
EQUATIVE_OPENERS = _words("as so")
# Whether a word of ``SCHEDULED`` needs an auxiliary to be a clause's verb: "An OPEC meeting
# scheduled [for late June]" is a noun phrase (Ukrainian "Тур запланований на 3 червня" is
# a sentence).
SCHEDULED_TAKES_AUX = True
# Verbs besides "be" that say nothing without their complement: "are expected to remain [the
# same]", "is likely to become [the largest]".
LINKING_VERBS = _words("remain become seem")
# The auxiliary a contraction with "n't" stands for where it is not its stem: "won't" → "will".
CONTRACTED_AUX = {"wo": "will", "ca": "can", "sha": "shall"}


# -- added for PRONIT: "it" after a sentence about a person stands for the one thing named --
# The articles that open a phrase describing the noun before it after a comma ("completed the
# library, a building she loved"): the same thing again, no second one "it" could stand for.
DESCRIBING_ARTICLES = _words("a an")
# Hedges a title keeps on its verb: what nearly happened did not happen
TITLE_HEDGES = _words("nearly almost")
# Adverbs a long title keeps when it drops a manner adverb before "to" and a verb: they hedge,
# restrict or attribute what is told ("only", "reportedly"; ``core.events.title_adverbs``).
TITLE_KEPT_ADVERBS = _words("only partly largely mainly reportedly allegedly apparently initially")
# Fractions that count an object after a figure's hedge ("bought about two-fifths of the cargo";
# ``core.events.hedged_counts``).
FRACTION_WORDS = _words("half third thirds quarter quarters fifth fifths tenth tenths")
# Wire copy sets an aside off by a comma and writes its article with a capital ("posted sales
# of …, A 9 pct rise"): a capital article straight after a verb opens such an aside.
CAPITAL_ARTICLE_ASIDES = True
# The indefinite article by the sound after it, where a title dropped the word it was written
# for ("post a [third-quarter] operating loss"): (before a consonant, before a vowel, the
# letters whose sound is surely a vowel's, words opening on one that sound otherwise, the
# letters whose sound varies: "a union", "an hour", "an x-ray").
INDEFINITE_BY_SOUND = ("a", "an", "aeio", ("one", "once"), "uhx")
# A noun phrase ends on its head noun: "the northern ferry operators association" is "the
# association" (``core.events.told``).
HEAD_NOUN_LAST = True


# Relative pronouns that own the noun before them (Russian "…, крышу которого …"): none here;
# English "whose" opens its clause.
OWNER_RELATIVES: frozenset[str] = frozenset()
# Relatives whose subject and object read alike, with the last letters of the nouns they agree
# with (Russian "который"): none here.
SUBJECT_OBJECT_RELATIVES: dict[str, str] = {}
# Adjective endings of the form subject and object share (Russian "-ый"): none here.
SUBJECT_OBJECT_ADJECTIVE_ENDINGS: tuple[str, ...] = ()
# The ending an adjective takes after an antecedent's nominative article, by the relative
# (German "einem neuen Streik, der" → "ein neuer Streik"): none here.
NOMINATIVE_ADJECTIVE_ENDINGS: dict[str, dict[str, str]] = {}
# A finite verb's plural by its ending or as a word, and the articles only a singular takes
# (German "wurden", "eine"): none here.
PLURAL_FINITE_ENDINGS: tuple[str, ...] = ()
PLURAL_FINITE_WORDS: frozenset[str] = frozenset()
SINGULAR_ARTICLES: frozenset[str] = frozenset()
# Finite verbs whose form tells the number of their subject: "who was rescued" is one, "which
# were seized" many (``core.events.relative_number``).
SINGULAR_VERBS = _words("was is has does")
PLURAL_ONLY_VERBS = _words("were are have")
# Whether "that" may point at a time as a determiner ("met in Ipswich that October").
THAT_NAMES_A_TIME = True
# Relatives that are always their clause's subject, so that a future right after one is the
# clause's verb ("…, qui rendra sa décision"; ``finite_signs.verb_after_subject_relative``):
# English has "will" for it.
VERB_RELATIVES: frozenset[str] = frozenset()
# Articles that tell the sex of the role they open before a name ("le maire, Marc Roux": a
# man; ``pronoun_names._other_sex``): English "the" tells none.
MALE_ARTICLES: frozenset[str] = frozenset()
FEMALE_ARTICLES: frozenset[str] = frozenset()
# The openers after which a dated clause the parse could not read may still be titled by its
# own words (``core.events.own_words``): "" is a sentence's first clause.
FALLBACK_OPENERS = frozenset(("", ",", *"until till when after before while and but".split()))

# A dated clause whose subject the parser misses is titled by its own words
# (``core.events.own_words``): off for English, whose parse is the fullest.
CLAUSE_WORDS_TITLE = False

# -- added for OBJREL: object relatives told with their noun --
# Marks that close a relative clause ("…, which the board approved in May, | will …"): after
# the relative's verb and its date, one of them leaves the verb with no object of its own
# (``core.events.relative_objects``).
CLAUSE_CLOSERS = frozenset((",", ";"))
# Adverbs that may stand between a relative's verb and its date without being its object
# ("which the club sold only in May", "which the mayor first floated in 2019").
GAP_ADVERBS = _words("only just already first originally initially")
# How adverbs of manner end: "were | slightly | injured", "was | badly | hurt" (a word that is
# also a verb, "supply", is none).
MANNER_ADVERB_ENDINGS = ("ly",)
# Words that rank a noun in an apposition: "the pact, the first in the region, which …".
APPOSITION_RANKS = _words("first only last latest")
# Relatives that stand for a thing as their verb's object beside THING_RELATIVES (French
# "la taxe que la mairie a votée"): none more in English.
OBJECT_THING_RELATIVES: frozenset[str] = frozenset()
# Endings a participle after "have" takes to agree with an object before it, and what they
# become when the object is put after it (French "votée" → "voté"): none in English.
PARTICIPLE_AGREEMENT: tuple[tuple[str, str], ...] = ()
# Whether an object relative told in the perfect tells its verb's deed ("la taxe que la mairie
# a votée"): not in English, where "which it had reaffirmed" is left (the noun it stands for
# is too often another one: "the suspension of the club, which the board had imposed").
PERFECT_RELATIVES = False
# Whether THAT opens an object relative only after a name or a noun phrase with its
# determiner (French "la taxe que …"; not "assure que …", "alors que …"): English "that" after
# a bare noun may still be one ("sold shares that it bought"), so no.
RELATIVE_THAT_AFTER_NOUN_PHRASE = False
# The negation that THAT closes as "only" a word or two later (French "ne dureront que
# quelques semaines"): none in English.
RESTRICTIVE_NEGATION: frozenset[str] = frozenset()
# Relative pronouns that can only be their verb's object, with the endings of the nouns and
# adjectives in that case (Ukrainian "яку": "нову переправу, яку …"): none in English.
OBJECT_CASE_RELATIVES: dict[str, tuple[str, ...]] = {}
# The gerund that sets off what a speaker went on to tell after a quote, a happening of its
# own ("“…,” he said, adding that the panel would sit in June"); not "explaining", which
# tells why.
ADDED_AFTER_QUOTE = _words("adding")

# -- added for titles-struct: a last structural check of every title --
# Whether each finished title is laid over its sentence's clauses and, when it fuses two of
# them or stops inside a phrase, retold in the clause's own words
# (``core.events.title_structure``): on for English, whose clause cuts it trusts.
TITLE_STRUCTURE = True
# Prepositions that end an object before an infinitive that is not the verb's ("asked the
# bank for a loan to build …": the loan's purpose), as ``title_structure`` reads it.
TITLE_INFINITIVE_BREAKS = frozenset("for with by about against without".split())
# Words after a count of days that say what the days count from ("until 21 days after the
# last case"): a title cut before them lost the count's anchor (``title_structure``).
TITLE_COUNT_ANCHORS = frozenset(("after", "before"))

# -- added for titles2: reciprocals (``core.events.title_wholes``) --
# Reciprocal objects of a preposition ("from each other", "with one another"): a long title is
# not cut before the preposition that takes one.
RECIPROCALS = frozenset((("each", "other"), ("one", "another")))
# The future seen from a past: "said it would investigate …" (``core.events.past_future``).
PAST_FUTURE = _words("would")
# ... and the verbs after it whose period is the figures' ("would report full year 1990 net
# income"), kept as a forecast of a period gone by keeps it.
PAST_FUTURE_FIGURE_VERBS = _words("report post")
