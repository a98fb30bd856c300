"""Whether a title's first words are a subject a title may open on, and the cuts that shorten it.

A reader must be able to place the subject: not "There", an unresolved "It", a bare figure or
the rest of a phrase ("including steel"). ``core.events.titles`` builds the title.
"""

from __future__ import annotations

import re
from types import ModuleType

from core import lang
from core.events.middle import genitive_subject_cuts, participle_cuts
from core.events.title_ends import _join, _trim, _waits_for_of
from core.events.title_words import (
    EDGE_PUNCT,
    inside_name,
    without_bare_participle,
    without_modifier_verb,
)
from core.events.well_formed import finite_after, noun_before_of

_EDGE_PUNCT = EDGE_PUNCT


def _is_subject(words: list[str], c: ModuleType) -> bool:
    """A subject a reader can place: not "There", an unresolved "It", a bare figure, or the
    rest of a phrase ("including steel", "falling 0.7 pct")."""
    if not words:
        return False
    # the language's marks that only open or only close ("„Polarlicht“" is closed in German)
    opens, closes = c.OPEN_QUOTES - c.CLOSE_QUOTES, c.CLOSE_QUOTES - c.OPEN_QUOTES
    opened = sum(w.count(q) for w in words for q in opens)
    if opened != sum(w.count(q) for w in words for q in closes):
        return False  # "Saying `` nothing …": a quotation's start, no subject
    first = words[0].lower()
    acronym = len(words[0]) > 1 and words[0].isupper()  # "AT and T", "IT firms"
    determiner = first in c.DEMONSTRATIVES and len(words) > 1  # "This week's meeting"
    # a pronoun alone is one the subject kept as written, no name being sure ("It deepened
    # on Tuesday"): an "it" that stands for nothing ("it is likely that") never gets here
    kept = words == [words[0]] and first in c.KEPT_PRONOUNS
    if (
        not acronym
        and not determiner
        and not kept
        and first in lang.union(c, "EXPLETIVES", "NOT_SUBJECT_STARTS")
    ):
        return False
    counted = first in c.DATE_HEDGES and len(words) > 2 and words[1][:1].isdigit()
    # "About 6,000 residents" opening a sentence: a figure hedged, a subject (a reported
    # clause's "about 800,000 tonnes" is left to the figures' rules)
    hedged = len(words) > 2 and first in c.PRICE_HEDGES and words[0][:1].isupper()
    hedged = hedged and _is_figure(words[1], c)
    if not acronym and first in c.PREPOSITIONS and not counted and not hedged:
        return False  # not "About 250 volunteers": a hedged count is the subject's
    elided = first.replace("’", "'").partition("'")
    if elided[1] and elided[0] + "'" in c.PREPOSITIONS and "VERB" in c.lemmas(elided[2]):
        return False  # "avant [d'être] relâchés": a preposition and its infinitive (not
        # "d'anciens mineurs", an article)
    if elided[1] and elided[0] + "'" in c.PREPOSITIONS and elided[2] in c.ARTICLES:
        return False  # "[Le marché,] d'un montant de …": an aside's phrase, its noun gone
    if first in c.SUBJECT_RELATIVES:
        return False  # "-- who had been arrested": a relative's pronoun, no one named
    forms = c.lemmas(first)
    verb = set(forms) == {"VERB"} and first in forms["VERB"]  # a bare verb, not "lending"
    if words[0].islower() and verb and not c.VERB_LAST:
        return False  # "remain [elevated]": a verb, the subject is elsewhere
    phrase = len(words) == 1 or words[1].lower() in c.PREPOSITIONS
    if (len(words) == 1 and first in c.LONE_MODIFIERS) or (phrase and _modifier_only(words[0], c)):
        return False  # "[just] ahead of the visit, …", "Other [projects] include": a
        # modifier whose noun the clause took for its verb, or a phrase's word, no subject
    subordinator = first in c.FRONTED_SUBORDINATORS or first == c.AS
    subordinator = subordinator and first not in c.DETERMINERS and first not in c.ARTICLES
    if subordinator and len(words) > 1:
        return False  # "As the borrowings would be frozen": a subordinate clause, no subject
    if any(w.lower() in c.SUBJECT_BREAKS for w in words):
        return False  # the verb after it is the inner clause's, the subject's own is gone
    if first in c.TABLE_SUBJECTS or (len(words) == 1 and first in c.TABLE_PERIODS):
        return False  # "Qtr ended Jan 31 Shr …": a line of a table
    gerund = first.endswith(c.GERUND) and "VERB" in c.lemmas(first)
    alone = len(words) == 1  # "(said) lending grew": a gerund alone before the verb is a noun
    # ("underlying profit fell": a form read as an adjective as well opens a noun phrase)
    adjective = {"ADJ"} <= set(c.lemmas(first)) and "AUX" not in c.lemmas(first)
    opens_phrase = not alone and _opens_phrase(words[1], c)
    # "Trading in the shares was halted", "Fishing in the bay was banned": an activity's
    # name, a noun, and its phrase (not "Depending upon the results": no activity)
    activity = first in c.ACTIVITY_GERUNDS
    if (
        gerund
        and not alone
        and not activity
        and ((words[0].islower() and not adjective) or opens_phrase)
    ):
        return False  # "Depending upon the results", "According to …": a phrase, no subject
    participle = c.is_participle(first) and "NOUN" not in c.lemmas(first) and not acronym
    if alone and c.LONE_PARTICIPLE_IS_NAME and words[0][:1].isupper():
        participle = False  # "Лесонен стала директором": a surname, no participle
    if participle and (alone or _opens_phrase(words[1], c)):
        return False  # "Based on the evidence", "Buried beneath …": a phrase, no subject
    if all(w.islower() and w.endswith(c.ADVERB_ENDING) for w in words):
        return False  # "normally [incurs a loss]": an adverb, the subject is elsewhere
    if any(w in c.DATELINE_MARKS for w in words[1:]):
        return False  # "an advertisement _ [made last week]": a dash's aside, no subject
    if c.INITIAL_NAMES and len(words) == 1 and _INITIAL.fullmatch(words[0]):
        return True  # "D. hatte … eröffnet": the person named "Kemal D." before
    # a word of two letters or more: "X-1986 [rates]" is a line of a table
    return any(
        sum(ch.isalpha() for ch in w) > 1 and w[:1].isalpha() and w.lower() not in c.AMOUNT_WORDS
        for w in words
    )


_INITIAL = re.compile(r"[^\W\d_]\.")  # "D.": a surname's initial, its point kept


def _modifier_only(word: str, c: ModuleType) -> bool:
    """A word as written in lower case that is only an adjective or an adverb ("ahead",
    "effective"): no noun, no pronoun, no name."""
    forms = set(c.lemmas(word))
    counts = word in c.DETERMINERS | c.PARTITIVES | c.QUANTITY_WORDS  # "most of the money"
    return word.islower() and bool(forms) and forms <= {"ADJ", "ADV"} and not counts


def _opens_phrase(word: str, c: ModuleType) -> bool:
    lower = word.lower()
    return lower in c.PREPOSITIONS and lower not in c.NOUN_LINKS  # not "Shipping of grain"


def _subject_cuts(words: list[str], c: ModuleType) -> list[list[str]]:
    """The subject, then shorter forms that keep its head: "Key growing areas of the south
    of …" → "Key growing areas of the south" → "Key growing areas"."""
    cuts = [k for k in range(len(words) - 1, 0, -1) if words[k].lower() in c.PREPOSITIONS]
    cuts = [k for k in cuts if not _inner_noun_waits(words, k, c)]
    # "the number of doctors | who performed abortions": a relative clause goes first
    relatives = [k for k in range(1, len(words)) if words[k].lower() in c.SUBJECT_RELATIVES]
    cuts = [*relatives[:1], *(k for k in cuts if not relatives or k < relatives[0])]
    # a name's "of" ("Bank of New York") is the last place to cut
    cuts.sort(key=lambda k: inside_name(words, k, c))
    shorter = [without_modifier_verb(_trim(words[:k], 1, c), c) for k in cuts]
    shorter = [without_bare_participle(w, c) for w in shorter]  # "A depression churning"
    shorter = [w for w in shorter if not _only_a_part(w, c)]  # not "Most [of the levee]"
    genitives = [*genitive_subject_cuts(words, c), *_genitive_article_cuts(words, c)]
    paired = _without_paired_places(words, c)
    if paired:  # ("Presidents Ana Berg | of Norway and Piet Vos …": the second person, cut)
        shorter = [w for w in shorter if any(x.lower() in c.COORDINATORS for x in w)]
    return [words, *paired, *shorter, *participle_cuts(words, c), *genitives]


def _inner_noun_waits(words: list[str], k: int, c: ModuleType) -> bool:
    """Whether a subject cut before ``words[k]`` leaves the noun of a phrase inside the subject
    waiting for its "of" ("This gap between the growth | of prices …"); not the subject's head
    ("The boards | of the two clinics" reads whole), nor before a place's name ("cargado en
    el puerto | de Bilbao")."""
    if not _waits_for_of(words, k, c) or k + 1 >= len(words) or words[k + 1][:1].isupper():
        return False
    return any(w.lower() in c.PREPOSITIONS for w in words[1 : k - 1])


_PLACE_WORDS = 4  # "of the Czech Republic", its article counted: longer is more than a place


def _without_paired_places(words: list[str], c: ModuleType) -> list[list[str]]:
    """Two people each with the place they are of, the places dropped: "Presidents Ana Berg
    [of Norway] and Piet Vos [of Belgium]" → "Presidents Ana Berg and Piet Vos" (a cut at
    the first "of" would drop the second person); [] for any other subject."""
    link = next((k for k, w in enumerate(words) if w.lower() in c.COORDINATORS), None)
    if link is None:
        return []
    first = next((k for k in range(1, link) if words[k].lower() in c.PREPOSITIONS), None)
    if first is None:
        return []
    second = next(
        (k for k in range(link + 2, len(words)) if words[k].lower() == words[first].lower()), None
    )
    places = (words[first + 1 : link], words[second + 1 :] if second else [])
    if second is None or not all(0 < len(p) <= _PLACE_WORDS for p in places):
        return []
    named = [w for p in places for w in p if w.lower() not in c.ARTICLES]
    people = (words[:first], words[link + 1 : second])
    if not all(w[:1].isupper() for w in named) or not all(p[-1][:1].isupper() for p in people):
        return []
    if any(p[0].lower() in c.ARTICLES for p in people):
        return []  # "the Central Bank [of Norway] and the National Bank …": whose bank, gone
    return [[*words[:first], *words[link:second]]]


def _genitive_article_cuts(words: list[str], c: ModuleType) -> list[list[str]]:
    """A subject cut before the genitive its article opens after the head noun, in a language
    that has such articles (``GENITIVE_ARTICLES``): German "Das Stück | der österreichischen
    Autorin Anna Berg" → "Das Stück", as English cuts before "of"."""
    if not c.GENITIVE_ARTICLES or not words or words[0].lower() not in c.ARTICLES:
        return []
    return [
        words[:k]
        for k in range(len(words) - 2, 1, -1)
        if words[k].lower() in c.GENITIVE_ARTICLES
        and words[k - 1][:1].isupper()
        and words[k - 1].isalpha()
    ]


def _only_a_part(words: list[str], c: ModuleType) -> bool:
    """Whether a cut subject is only a part word ("Most", "Some", "Half", "Two"), its whole
    gone with the "of" phrase."""
    rest = [w.lower() for w in words if w.lower() not in c.ARTICLES]
    return bool(rest) and all(w in c.PARTITIVES or w[:1].isdigit() for w in rest)


def _is_figure(word: str, c: ModuleType) -> bool:
    lower = word.lower().strip(_EDGE_PUNCT)
    return lower[:1].isdigit() or lower in c.AMOUNT_WORDS


def second_subject(words: list[str], c: ModuleType) -> list[str]:
    """The subject of the clause after a coordinator when the words before it are no noun
    phrase: "[was ruled] valid and | the agency [will start …]" → "the agency"; the
    subject after a colon that ends a lead-in ("Here's a quick recap: | talks [opened]")."""
    colon = max((k for k, w in enumerate(words) if w.endswith(":")), default=None)
    if colon is not None and colon + 1 < len(words):
        words = words[colon + 1 :]
    link = next((k for k, w in enumerate(words) if w.lower() in c.COORDINATORS), None)
    if not link or link + 1 >= len(words):
        return words
    if all(_modifier_only(w.strip(_EDGE_PUNCT), c) for w in words[:link]):
        return words[link + 1 :]
    return words


def noun_then_verb(predicate: list[str], c: ModuleType) -> int:
    """Where the verb is when a predicate opens on a noun before "of" and a finite verb
    follows in the same clause ("ministers of member countries | agreed"): the first words
    were the subject's; 0 when the predicate is no such."""
    if not noun_before_of(predicate, c) and not _plural_before_phrase(predicate, c):
        return 0
    for k in range(2, len(predicate)):
        lower = predicate[k].lower()
        if predicate[k - 1].endswith(",") or lower in c.CLAUSE_CUTS | c.COORDINATORS:
            return 0
        if lower in c.SUBJECT_RELATIVES | {c.THAT, c.TO}:
            return 0
        if lower in c.PRONOUNS | c.PERSONAL_PRONOUNS:
            return 0  # "exports to firms | he founded": a clause of its own
        if finite_after(predicate[k - 1 : k + 1], c) and (lower in c.AUX or c.is_past(lower)):
            after = predicate[k + 1].lower() if k + 1 < len(predicate) else ""
            return 0 if after == c.BY else k  # ("… to countries hit by": a participle)
    return 0


def _plural_before_phrase(predicate: list[str], c: ModuleType) -> bool:
    """Whether a predicate opens on a plural noun that is a verb's form as well, straight
    before a preposition ("imports of timber from Chile | rose"): read as the verb, it was
    the subject's noun when a finite verb follows the phrase (``noun_then_verb``)."""
    if len(predicate) < 3 or predicate[1].lower() not in c.PREPOSITIONS:
        return False
    if predicate[1].lower() == c.OF:
        return False
    first = predicate[0].lower()
    forms = c.lemmas(first)
    plural = first.endswith(c.THIRD_PERSON_ENDS) and first not in forms.get("NOUN", ())
    third = predicate[2]  # "plans to | close": an infinitive, the verb was one
    phrase = third.lower() in c.DETERMINERS or third[:1].isupper() or third[:1].isdigit()
    return plural and phrase and "NOUN" in forms and "VERB" in forms


def contact_relative(subject: list[str], c: ModuleType) -> bool:
    """Whether a possessive follows a common noun with nothing between ("the date | its rights
    will trade [… was extended]"): a relative without its "that", whose verb the predicate
    then opens on."""
    return any(
        subject[k].lower() in c.POSSESSIVE_PRONOUNS
        and subject[k - 1].isalpha()
        and subject[k - 1].islower()
        and "NOUN" in c.lemmas(subject[k - 1])
        and not c.is_past(subject[k - 1])
        and not subject[k - 1].endswith(c.GERUND)
        and subject[k - 2].lower() != c.TO  # "the decision to sell its unit"
        for k in range(2, len(subject))
    )


def joined_actors(cuts: list[list[str]], longest: int, c: ModuleType) -> list[list[str]]:
    """The shortest cut of a subject that joins two actors ("The regional government and the
    national transport ministry"), when no cut fits a subject's usual length: a title a
    little long beats none, and neither half alone did it. Empty for any other subject."""
    joined = [w for w in cuts if _two_phrases(w, c) and len(_join(w)) <= longest]
    return [min(joined, key=lambda w: len(_join(w)))] if joined else []


def uncut_subject(cuts: list[list[str]], longest: int, c: ModuleType) -> list[list[str]]:
    """The whole subject when nothing can be cut from it and it runs only a little past a
    subject's usual length ("The Western Australian Fisheries Research Council | raised …"):
    a name or a noun phrase with no "of" to cut at, which a shorter title would garble. Not a
    thing told by its owner ("The observatory's main telescope", "300 of its lenses"), often a
    pronoun's guess, nor a results table's line ("… Savings Bank Period | ended [Jan 31]")."""
    if len(cuts) != 1 or len(_join(cuts[0])) > longest or cuts[0][-1].lower() in c.PERIOD_NOUNS:
        return []
    owned = any(
        w.endswith(("'s", "’s", "'", "’")) or w.lower() in c.POSSESSIVE_PRONOUNS for w in cuts[0]
    )
    return [] if owned or not _opens_a_subject(cuts[0], c) else cuts[:1]


def _opens_a_subject(words: list[str], c: ModuleType) -> bool:
    """Whether ``words`` open as a subject does: on an article, a figure or a name ("The …",
    "About 300 men …", "Garfield, …"), or are a name throughout ("Intelligent Systems Master
    Limited Partnership"); not a note's "Full name Kestrel City …"."""
    if not c.ARTICLES:
        return True  # Russian "небольшое исследовательское судно …": no article to open on
    first = words[0].lower()
    if first in c.SPAN_APPROXIMATORS and len(words) > 1:  # "About 1,200 operations"
        first = words[1].lower()
    if first in c.ARTICLES | c.DETERMINERS | c.NUMBER_WORDS or first[:1].isdigit():
        return True
    if words[0][:1].isupper() and not c.lemmas(first):
        return True  # a word no list knows, capitalised: a name
    return all(w[:1].isupper() or w.lower() in c.NAME_LINKS for w in words)


def _two_phrases(words: list[str], c: ModuleType) -> bool:
    """Two noun phrases, each opened by its article, joined by "and": "the government and the
    ministry" (not a name's "and", "City and District Savings Bank")."""
    return (
        any(
            w.lower() == c.AND and words[k + 1].lower() in c.ARTICLES
            for k, w in enumerate(words[1:-1], start=1)
        )
        and words[0].lower() in c.ARTICLES
    )


def reported_subject(words: list[str], c: ModuleType) -> list[str]:
    """The subject of a reported clause whose speaker and present-tense saying the parser
    left in front of it ("Fishermen on the coast say | catches of cod [fell …]" → "catches
    of cod"): the title tells what was said, the attribution left out. ``words`` as they are
    when no saying opens such a clause (not "a say", nor "say from …")."""
    for k in range(1, len(words) - 1):
        if words[k] not in c.SUBJECT_SAYINGS or words[k - 1].lower() in c.DETERMINERS:
            continue
        rest = words[k + 1 :]
        if rest[0].lower() == c.THAT:
            rest = rest[1:]
        if rest and rest[0].lower() not in c.PREPOSITIONS | c.COORDINATORS:
            return rest
        return words
    return words
