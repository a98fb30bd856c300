"""Word checks a title's cut and its end rest on: a dangling last word, a fixed phrase's
start, a name's "of", a participle's agent, an object's infinitive, a verb group that says
nothing happened. ``core.events.titles`` compresses clauses with them."""

from __future__ import annotations

from functools import cache
from types import ModuleType

from core.events.infinitives import bare_verb, opens_infinitive
from core.events.title_modifiers import modifier_left
from core.events.verb_last_titles import closing_infinitive
from core.lang import union

EDGE_PUNCT = " \t\n,;:–—-\"'“”‘’()<>/"  # what a word may carry at its edges


def not_happened(words: list[str], c: ModuleType) -> bool:
    """A verb group that says its happening did not, or only may, take place: "did not
    disclose", "had not signed", "may be converted", "could come next week", "could have
    emerged"; not a decision ("would not withdraw the tax", "will not stand"), which is
    news, nor a past's failure ("could not find a way back")."""
    lower = [w.lower() for w in words]
    lower = lower[next((i for i, w in enumerate(lower) if w not in c.ADVERBS), 0) :]
    second = lower[1] if len(lower) > 1 else ""
    if lower[0] in c.SPECULATIVE and not (lower[0] in c.PAST_ABILITY and second in c.NEGATIONS):
        return True  # "may be converted", "might revoke", "could come": a possibility
    if lower[0] in c.HYPOTHETICAL and second in c.HAVE:
        return True  # "could have emerged": what might have been
    if contracted_negation(lower[0], c) in c.NOT_HAPPENED_AUX:
        return True  # "wasn't told", "hadn't paid": as "was not", "had not"
    k = next((i for i, w in enumerate(lower) if w not in c.AUX), len(lower))
    return 0 < k < len(lower) and lower[k] in c.NEGATIONS and lower[k - 1] in c.NOT_HAPPENED_AUX


def contracted_negation(word: str, c: ModuleType) -> str:
    """The auxiliary a word written with its negation stands for ("wasn't" → "was"), or ""."""
    ending = c.NEGATED_AUX_ENDING
    word = word.replace("’", "'")
    if not ending or not word.endswith(ending):
        return ""
    return word[: -len(ending)]


def conditional_effect(subject: list[str], words: list[str], c: ModuleType) -> bool:
    """Whether a verb group tells what a thing proposed or feared would do: "[The plan]
    would cut farm spending", "[Friday's trade action] would help talks"; not what someone
    would do ("[Japan] would make a request next week"), a plan."""
    lower = [w.lower() for w in words if w.lower() not in c.ADVERBS]
    if not lower or lower[0] not in c.CONDITIONAL:
        return False
    stops = c.PREPOSITIONS | c.RELATIVES | c.THING_RELATIVES
    head = ""  # the noun before an "of", a relative or a comma: "The effect [of the rules]"
    for word in subject:
        if word.lower() in stops:
            break
        head = word.lower().strip(EDGE_PUNCT)
        if word.endswith(","):
            break
    return head in c.PROPOSED_THINGS


def foreseen_measure(words: list[str], c: ModuleType) -> bool:
    """Whether a verb group tells what someone foresees of a measure: "expects first quarter
    net earnings to exceed …", "sees a loss in 1988", "expects to report an operating loss";
    not a happening foreseen ("expects trading to begin in July", "expects the plant to be
    in production", "anticipates resuming shipments"), nor "is expected to" (a plan's: "the
    deal is expected to close")."""
    lower = [w.lower().strip(EDGE_PUNCT) for w in words]
    k = next((i for i, w in enumerate(lower) if w not in c.AUX and w not in c.ADVERBS), None)
    if k is None or lower[k] not in c.FORESEEING or (k and lower[k - 1] in c.BE):
        return False
    for j, word in enumerate(lower[k + 1 : k + 1 + c.FORESEEN_REACH], k + 1):
        if word in c.FORESEEN_MEASURES:
            return True
        showing = j + 1 < len(lower) and lower[j + 1] in c.SHOWING_RESULTS
        if (word == c.TO and not showing) or (j == k + 1 and word.endswith(c.GERUND)):
            return False  # "expects the plant to be in production", "resuming shipments"
    return False


def cuts_name(whole: list[str], cut: list[str], c: ModuleType) -> bool:
    """Whether ``cut`` ends inside a name of ``whole``: "The Bank" of "The Bank of England"."""
    k = len(cut)
    return k < len(whole) and inside_name(whole, k, c) and whole[k].lower() in c.NAME_LINKS


def inside_name(words: list[str], k: int, c: ModuleType) -> bool:
    """ "Bank of New York", "Bank of Japan economists": a name's "of", no place to cut."""
    name_link = words[k].lower() in c.NAME_LINKS and 0 < k < len(words) - 1
    return name_link and words[k - 1][:1].isupper() and words[k + 1][:1].isupper()


def agent_of_participle(words: list[str], k: int, c: ModuleType) -> bool:
    """Whether the "by" at ``k`` gives the agent of a participle after a noun a few words
    before ("troops supported in some instances | by tanks"): a cut there leaves the
    participle's phrase without its point."""
    for j in range(k - 1, max(0, k - 6), -1):
        word = words[j].lower()
        if word.endswith(",") or word in c.AUX:
            return False
        if c.is_past(word) and "NOUN" not in c.lemmas(word) and j > 0:
            return "NOUN" in c.lemmas(words[j - 1].lower()) and j + 1 < k
    return False


def after_article(words: list[str], k: int, c: ModuleType) -> bool:
    """Whether ``words[k]`` is one of at most two lower-case words after an article, or of
    three opening on a figure: a modifier whose noun has not come yet ("a heavily wooded,",
    "a 40 mln dlr, [ten-year plan]")."""
    for j in range(k, max(-1, k - 4), -1):
        if words[j].lower() in c.ARTICLES:
            return j < k and (j > k - 3 or words[j + 1][:1].isdigit())
        figure = words[j][:1].isdigit() and words[j - 1 : j] and words[j - 1].lower() in c.ARTICLES
        if not (words[j].rstrip(",").islower() or figure) or words[j].lower() in c.PREPOSITIONS:
            return False
    return False


# words between the verb and "to": "urged the county surveyor Owen Pritchard | to"
_OBJECT_REACH = 7


def object_then_infinitive(
    words: list[str], k: int, c: ModuleType, proposition: bool = False
) -> bool:
    """Whether a verb that takes an object and an infinitive ("expected the Bank to …",
    "asked the court to …") stands a few words before the "to" at ``k``; ``proposition``,
    one whose object alone says nothing ("wants the owners | to pay")."""
    wanted = c.OBJECT_PROPOSITION_VERBS if proposition else c.OBJECT_INFINITIVE_VERBS
    # an expectation's object may be of any length: "wants the owners of the flats on the
    # top three floors | to pay"; it reaches back to the clause's start
    reach = k if proposition else _OBJECT_REACH
    for j in range(k - 1, max(-1, k - 1 - reach), -1):
        if proposition and _another_clause(words[j], c):
            return False  # "expects to save 2 mln dlrs | to buy …": the first is its own;
            # ("expected … as the minister seeks | to regain …": another clause's)
        verbs = set(c.lemmas(words[j].lower()).get("VERB", ()))
        if verbs & wanted and words[j].islower():
            return j < k - 1
        if words[j].endswith(",") or (not proposition and words[j].lower() == c.TO):
            return False  # ("expects to raise 2 mln dlrs | to restore …": its own infinitive)
    return False


def ranked_noun(words: list[str], k: int, c: ModuleType) -> bool:
    """Whether the "to" at ``k`` follows a rank ("the second pilot | to cross the strait", "one of
    the last ships | to leave", "the only one | to vote against"): the infinitive says what
    the rank is in, and a title cut before it says nothing."""
    if k < 2 or not words[k - 1].islower():
        return False
    return any(w.lower() in c.RANKS_BEFORE_INFINITIVE for w in words[max(0, k - 3) : k])


def result_verb_before(words: list[str], k: int, c: ModuleType) -> bool:
    """Whether a verb that turns its object into something ("turn", "convert") stands a few
    words before the "into" at ``k``: "to turn the old depot | into a museum" says nothing
    without what it became."""
    start = max(1, k - _RESULT_REACH)
    # (after "to" or an auxiliary, a verb of the title's own group: not a word the parse
    # read into a subject, "Sharp increases … turned China | into …")
    return any(
        set(c.lemmas(words[j].lower()).get("VERB", ())) & c.RESULT_VERBS
        and words[j].islower()
        and (words[j - 1].lower() == c.TO or words[j - 1].lower() in c.AUX)
        for j in range(start, k)
    )


_RESULT_REACH = 5  # "convert [the disused grain store] into": the object between them


def gerund_cut(predicate: list[str], k: int, c: ModuleType) -> bool:
    """Whether a cut before the preposition at ``k`` leaves the predicate a verb and its bare
    "-ing" form ("began delving | into the losses", "is looking | into …"): what the gerund
    went into is the news."""
    if k < 2 or k >= len(predicate) or predicate[k].lower() not in c.PREPOSITIONS:
        return False
    gerund, verb = predicate[k - 1].lower(), predicate[k - 2].lower()
    if not gerund.endswith(c.GERUND) or "VERB" not in c.lemmas(gerund):
        return False
    if not (verb in c.AUX or c.is_past(verb) or "VERB" in c.lemmas(verb)):
        return False
    return all(w.lower() in c.AUX or w.lower() in c.ADVERBS for w in predicate[: k - 2])


def margin_then_aim(words: list[str], k: int, c: ModuleType) -> bool:
    """Whether the "to" at ``k`` opens the infinitive after a verb and its margin ("voted 4-3
    to close …", "voted 31-9 to approve …"): the vote's aim, which the margin cannot stand for."""
    if k < 2 or k + 1 >= len(words) or not words[k - 1][:1].isdigit():
        return False
    if not bare_verb(words[k + 1], c):
        return False
    return words[k - 2].islower() and "VERB" in c.lemmas(words[k - 2].lower())


def _another_clause(word: str, c: ModuleType) -> bool:
    """Whether ``word``, between an expectation's verb and an infinitive, shows the infinitive
    is another verb's: "to", "that", a clause's opener ("as", "when"), an auxiliary, a finite
    verb ("seeks", "sold"); not a gerund ("the cars using the road")."""
    lower = word.lower()
    if lower in (c.TO, c.THAT) or lower in union(c, "AUX", "CLAUSE_CUTS"):
        return True
    verbs = set(c.lemmas(lower).get("VERB", ()))
    if not word.islower() or not verbs or verbs & c.OBJECT_PROPOSITION_VERBS:
        return False  # (the expectation's own verb)
    noun = "NOUN" in c.lemmas(lower)
    return c.is_past(lower) or not (noun or lower.endswith(c.GERUND))


def inside_proposition(words: list[str], k: int, c: ModuleType) -> bool:
    """Whether a cut before ``words[k]`` falls between an expectation's verb and the
    infinitive its object takes ("wants the owners | of the flats | to pay"); not after the
    infinitive ("expected it to fall | to six")."""
    for t in range(k, len(words) - 1):
        if words[t].endswith(",") or words[t - 1].endswith(","):
            return False
        if opens_infinitive(words[t], words[t + 1], c):
            return object_then_infinitive(words, t, c, proposition=True)
    return False


def dangles(words: list[str], c: ModuleType) -> bool:
    word = words[-1]
    lower = word.lower().strip(EDGE_PUNCT)
    if not lower:
        return True  # a comma or a dash
    before = words[-2].lower() if len(words) > 1 else ""
    noun = len(words) > 2 and words[-3].lower() in c.DETERMINERS
    passive = len(words) > 2 and words[-3].lower() in c.BE and c.is_past(before)
    if lower in c.DATE_PARTICLES and passive:
        return True  # "the shares will be issued on [May 21]": the date's preposition
    if lower in c.TITLE_PARTICLES and before and "VERB" in c.lemmas(before) and not noun:
        return False  # "talks would go on", not "raised the prices on"
    idiom = c.TITLE_IDIOM_ENDS.get(lower, frozenset())
    if idiom and set(c.lemmas(before).get("VERB", ())) & idiom:
        return False  # "the march went ahead": the idiom's adverb, not "ahead [of]"
    if lower in c.TITLE_PARTICLES and c.VERB_LAST:
        return False  # German "stellt das Konzept vor": the separable verb's particle
    if lower in c.QUANTITY_WORDS and before[:1].isdigit() | (before in c.NUMBER_WORDS):
        return False  # "bought two more"
    if lower == c.DUE and before in c.BE_FINITE:
        return False  # "The report is due"
    if lower in c.SET_FOR and before in c.BE_FINITE:
        return True  # "Deliveries are set [for May]": what is set went with the date
    if lower in c.OBJECT_PRONOUNS and "VERB" in c.lemmas(before):
        return False  # "утвердило их": the object, not a possessive waiting for its noun
    if closing_infinitive(words, c):
        return False  # German "könnte bis dahin aufgebraucht sein": "sein" the verb, no "his"
    if lower in union(c, "DETERMINERS", "PREPOSITIONS", "COORDINATORS", "TITLE_DANGLING"):
        return True
    if lower in c.TIMEX_PHRASE_LINKS and before not in c.AUX | c.DETERMINERS:
        return True  # "a fund starting [in 1998]", "the year ending": the date's phrase went
    if word in c.OPEN_QUOTES - c.CLOSE_QUOTES:
        return True  # "called Bush ``": a quotation opened, its words gone
    if lower in c.AUX and len(words) > 2 and not c.VERB_LAST:
        return True  # "… Co. Payment is": a verb with its clause cut away
    if lower.endswith(c.POSSESSIVE_ENDINGS) or word.endswith(("'", "’")):
        return True  # "at Corp's"
    if ends_fixed_phrase(words, c):
        return True  # "in order", "due"
    gerund = lower.endswith(c.GERUND) and "VERB" in c.lemmas(lower)
    if gerund and before in c.PREPOSITIONS:
        return True  # "should agree on allowing"
    not_a_noun = union(c, "AUX", "ADVERBS", "DETERMINERS", "POSSESSIVE_DETERMINERS")
    reported = any(said(w, c) for w in words[-4:-2])  # "said prices rose": a clause
    if (
        c.is_past(lower)
        and not c.VERB_LAST  # German "hat einen Streik begonnen": the participle ends it
        and before not in not_a_noun
        and before not in c.PREPOSITIONS  # "daban el fuego por controlado": its complement
        and "NOUN" in c.lemmas(before)
        and "NOUN" not in c.lemmas(lower)  # "a 1/2 point cut": the noun, not a participle
        # (Spanish "que la guerra terminó": a preterite is no participle, the clause whole)
        and not (c.PRETERITE_NOT_PARTICIPLE and not c.is_participle(lower))
        and not reported
        # "a été mortellement blessé": after an auxiliary the word before is the verb group's
        and not (len(words) > 2 and words[-3].lower() in c.AUX)
        and not (word[:1].isupper() and words[-2][:1].isupper())  # a name's: "Vale Forjado"
        and not subordinate_verb(words, c)  # "… as the dollar weakened": the clause's verb
    ):
        return True  # "rejected a case brought", "miners employed"
    forms = c.lemmas(lower)
    adjective = "ADJ" in forms and "NOUN" not in forms and "VERB" not in forms
    return (adjective and before in c.DETERMINERS) or modifier_left(words, c)  # "for direct"


def subordinate_verb(words: list[str], c: ModuleType) -> bool:
    """Whether ``words`` end on the verb of a clause a subordinator opens, after the clause's
    short subject: "Gold rose as the dollar weakened", "Two guards were hurt when a fuse
    blew" (not a participle whose phrase went, as "rejected a case brought [in May]"). A word
    that is also a preposition opens no such clause ("after a meeting held [on Monday]",
    "since last summer").

    >>> from core import lang
    >>> c = lang.words("en", "clauses")
    >>> subordinate_verb("Gold rose as the dollar weakened".split(), c)
    True
    >>> subordinate_verb("Talks resumed after a meeting held".split(), c)
    False
    """
    for k in range(len(words) - 3, max(len(words) - 6, 0), -1):
        word = words[k].lower()
        if word in c.SUBORDINATORS:
            comparison = word == c.AS and words[k - 1].lower() in c.AS_NOT_OPENING_AFTER
            # "listed the mill as an asset sold [in May]": a role's "as", its participle
            role = word == c.AS and c.is_participle(words[-1].lower()) and _as_a_role(words[:k], c)
            return not comparison and not role and word not in c.PREPOSITIONS
        if word in c.AUX | c.PREPOSITIONS | c.COORDINATORS or not word.strip(EDGE_PUNCT):
            return False
        if word[-1:] in ",;:" or c.is_past(word):
            return False  # "… , sold", "as a unit acquired based": no short subject
    return False


def _as_a_role(words: list[str], c: ModuleType) -> bool:
    """Whether an "as" after ``words`` may name a role, a preposition: after a noun that is no
    verb ("the mill as", "missiles as") or in a title whose verb takes a phrase of "as"
    ("described …", "listed …")."""
    before = c.lemmas(words[-1].lower().strip(EDGE_PUNCT)) if words else {}
    if "NOUN" in before and "VERB" not in before:
        return True
    lemmas = {f for w in words for f in c.lemmas(w.lower().strip(EDGE_PUNCT)).get("VERB", ())}
    return any(c.AS in c.TITLE_OBJECT_COMPLEMENTS.get(f, ()) for f in lemmas)


def said(word: str, c: ModuleType) -> bool:
    return bool(set(c.lemmas(word.lower()).get("VERB", ())) & c.SPEECH_VERBS)


def ends_fixed_phrase(words: list[str], c: ModuleType) -> bool:
    """Whether ``words`` end on the start of a fixed phrase ("in order", "due"), word for
    word: "the group" does not end on "up"."""
    tail = tuple(w.lower() for w in words[-3:])
    return any(tail[-n:] in phrases for n, phrases in _fixed_phrases(c) if len(tail) >= n)


@cache
def _fixed_phrases(c: ModuleType) -> tuple[tuple[int, frozenset[tuple[str, ...]]], ...]:
    """``c.FIXED_PHRASE_STARTS`` by length in words, each a set of word tuples."""
    by_length: dict[int, set[tuple[str, ...]]] = {}
    for phrase in c.FIXED_PHRASE_STARTS:
        words = tuple(phrase.split())
        by_length.setdefault(len(words), set()).add(words)
    return tuple((n, frozenset(found)) for n, found in sorted(by_length.items()))


def participle_before_verb(words: list[str], c: ModuleType) -> bool:
    """A participle that describes the subject, its date gone, straight before the verb
    ("expected [tomorrow] is seen"): no verb of its own."""
    if len(words) < 3 or words[0].lower() in c.AUX or words[1].lower() not in c.AUX:
        return False
    return c.is_participle(words[0].lower()) and words[1].lower() not in c.NON_FINITE_AUX


def participle_then_past(words: list[str], c: ModuleType) -> bool:
    """ "[A consultation] held [last autumn] drew …": a participle, its date gone, before a
    past tense that is no participle, or one a determiner, a figure or a name follows
    ("commissioned found 40", "issued charged Ortiz"): the first word describes the subject,
    the second is the verb ("approved revised plans" is a verb and its object's adjective)."""
    if len(words) < 3 or c.VERB_LAST or not words[1].islower():
        return False
    if words[0].lower() in c.AUX or words[1].lower() in c.AUX:
        return False
    first, second = words[0].lower(), words[1].lower()
    if not c.is_participle(first) or not c.is_past(second):
        return False
    third = words[2].lower()  # "approved revised plans": the second describes the object
    # ("issued charged Ortiz": a name after it is the object of a verb, no adjective's noun;
    # where no article marks a noun phrase, a capital word proves nothing)
    named = bool(c.ARTICLES) and words[2][:1].isupper() and third not in c.ARTICLES
    return not c.is_participle(second) or third in c.DETERMINERS or third[:1].isdigit() or named


def content_noun(word: str, c: ModuleType) -> bool:
    """A noun whose "that" clause says what it is ("the likelihood", "speculation")."""
    return bool(set(c.lemmas(word.lower().strip(EDGE_PUNCT)).get("NOUN", ())) & c.CONTENT_NOUNS)


def without_modifier_verb(words: list[str], c: ModuleType) -> list[str]:
    """A cut subject without the participle its cut left bare ("The tonnage of goods
    passing [through the port]" → "The tonnage of goods")."""
    if len(words) < 3 or not words[-1].islower():
        return words
    last, before = words[-1].lower(), words[-2].lower()
    verb = "VERB" in c.lemmas(last)
    # "goods passing": a plural before it, not "car bombing", "annual meeting"
    nouns = c.lemmas(before).get("NOUN", ())
    plural = before.endswith(c.THIRD_PERSON_ENDS) and any(n != before for n in nouns)
    gerund = last.endswith(c.GERUND) and verb and plural
    participle = verb and "NOUN" not in c.lemmas(last) and c.is_participle(last)
    if gerund or (participle and before not in c.AUX):
        return trimmed(words[:-1], c)
    return words


def without_bare_participle(words: list[str], c: ModuleType, cut: bool = True) -> list[str]:
    """A subject without the verb form its removed date or place left bare after the noun
    ("A consultation held [last autumn]", "A depression churning [in the Caribbean]"): a
    reduced relative with nothing left of it says nothing and does not parse. An -ing form
    only where the subject was ``cut`` after it ("Farm spending" whole is a noun)."""
    if len(words) < 2 or not words[-1].isalpha() or not words[-1].islower():
        return words
    last, before = words[-1].lower(), words[-2].lower().strip(EDGE_PUNCT)
    forms = c.lemmas(last)
    if last in c.ACTIVITY_GERUNDS:
        return words  # "Bank lending [to small firms]": the head of a compound noun
    gerund = cut and last.endswith(c.GERUND)
    if set(forms) != {"VERB"} or not (c.is_participle(last) or gerund):
        return words  # "the accused", "the meeting": a noun, not a verb left alone
    if before in c.AUX or before in c.DETERMINERS or "NOUN" not in c.lemmas(before):
        return words
    return words[:-1]


def trimmed(words: list[str], c: ModuleType) -> list[str]:
    """``words`` without the dangling words at their end ("of the", "and")."""
    words = list(words)
    while len(words) > 1 and dangles(words, c):
        words.pop()
    return words


def be_for(noun: str, be: tuple[str, str], singular: tuple[str, ...]) -> str:
    """The past of "be" (singular, plural) that agrees with ``noun``: a plural's ending, not
    a singular's that looks like one ("process", "status")."""
    plural = noun.endswith("s") and not noun.endswith(singular)
    return be[1] if plural else be[0]
