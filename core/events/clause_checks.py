"""Checks a clause passes before its words make a title (``core.events.happenings``).

A verb whose object the title would lose ("Frontier, which it bought"), a bare participle that
only describes its subject ("the five arrested on fraud charges included …"), a date dropped
from inside a phrase, the reported clause after a verb, a title's lexical verb.
"""

from __future__ import annotations

from functools import cache
from types import ModuleType

from core import lang
from core.events.clause_roles import object_gap
from core.events.clause_speech import pronominal
from core.events.finite import finite_verb, is_finite
from core.events.infinitives import opens_infinitive
from core.events.parse import Sentence, lexical_verb
from core.events.relative_objects import after_noun_phrase
from core.events.saying_phrases import ends_saying_phrase, saying_phrase_end
from core.events.tokens import Clause, glued_to_that
from core.events.verb_second import object_before, separable_particle, verb_lemmas
from core.events.wording import cut_coordination, verb_group_end


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def _object_relative(s: Sentence, clause: Clause) -> bool:
    """ "Frontier, which it bought": the verb's object is the noun before the clause, so its
    own words ("Continental bought") lose it."""
    c = _clauses(s.language)
    written = clause.opener == c.THAT == s.tokens[clause.start].lower  # (no opener put back)
    if c.RELATIVE_THAT_AFTER_NOUN_PHRASE and written and not after_noun_phrase(s, clause):
        return False  # French "assure que …", "alors que …": what was said, a conjunction
    if clause.opener == c.THAT and clause.verb is not None and object_gap(s, clause):
        return True  # "the plant that the board approved [on Monday]": what it approved
    if clause.opener not in c.OBJECT_RELATIVES or clause.verb is None:
        return False
    before = s.tokens[clause.start - 1].lower if clause.start > 0 else ""
    # ("the show, which [first] aired in 1994,": an adverb, no subject of the relative's own)
    own = any(s.tokens[k].lower not in c.ADVERBS for k in range(clause.body, clause.verb))
    return before not in c.PREPOSITIONS and own


def _reduced_relative(s: Sentence, clause: Clause) -> bool:
    """ "the five arrested on fraud charges included …": a bare participle with no object,
    describing the subject; the clause's verb comes after it in the same stretch of words."""
    c = _clauses(s.language)
    verb = clause.verb
    if verb is None or verb + 1 >= clause.end:
        return False
    word, nxt = s.tokens[verb].lower, s.tokens[verb + 1].lower
    irregular = c.is_participle(word) and word not in c.AUX  # "held", "sold"
    participle = word.endswith(c.PAST_PARTICIPLE) or irregular
    if not participle or nxt not in c.PREPOSITIONS | {c.AS, c.TO}:
        return False
    if word in c.AUX and not c.is_participle(word):
        return False  # German "hat am Mittwoch beschlossen": an auxiliary ending like one
    later = finite_verb(s.tokens, verb + 1, clause.end, s.language)
    while later is not None and _compound_noun(s, later, c):  # "at the Kelby | sports | hall"
        later = finite_verb(s.tokens, later + 1, clause.end, s.language)
    if later is None or not _takes_object(s, later, clause.end):
        return False
    between = {s.tokens[k].lower for k in range(verb + 1, later)}
    return not between & (c.COORDINATORS | c.OPENERS | {",", ";"})


def _compound_noun(s: Sentence, k: int, c: ModuleType) -> bool:
    """Whether the word at ``k`` read as a verb is a plural noun before another noun inside a
    phrase ("the sports hall", "a parts supplier", "the Kelby sports hall"): after a
    determiner, a preposition or a name, before a lowercase noun."""
    if k < 1 or k + 1 >= len(s.tokens):
        return False
    before, after = s.tokens[k - 1], s.tokens[k + 1]
    opens = before.lower in c.DETERMINERS | c.ARTICLES | c.PREPOSITIONS | c.POSSESSIVE_PRONOUNS
    named = before.text[:1].isupper() and any(m.end == before.end for m in s.mentions)
    noun = after.text.islower() and "NOUN" in c.lemmas(after.lower)
    word = s.tokens[k].lower
    plural = any(lemma != word for lemma in c.lemmas(word).get("NOUN", ()))  # ("sports": both)
    return (opens or named) and noun and plural


def _takes_object(s: Sentence, k: int, end: int) -> bool:
    """A verb that reads as a clause's own: an auxiliary, or one with a word after it that is
    not a preposition ("included Ishikawa", not "the high recorded in 1980")."""
    c = _clauses(s.language)
    if s.tokens[k].lower in c.AUX:
        return True
    after = next((j for j in range(k + 1, end) if j not in s.drop), None)
    if after is None:
        return False
    figure = s.tokens[after + 1 : after + 2]  # "totalled about 1.68 billion": a hedged figure
    if s.tokens[after].lower in c.DATE_HEDGES and figure and figure[0].text[:1].isdigit():
        return True
    return s.tokens[after].lower not in c.PREPOSITIONS


def _next_clause(s: Sentence, clause: Clause) -> Clause | None:
    """The reported clause straight after ``clause`` ("ruled | that …"), if any."""
    c = _clauses(s.language)
    after = [cl for cl in s.clauses if cl.start == clause.end]
    that = after and (after[0].opener == c.THAT or glued_to_that(after[0].opener, c))
    return after[0] if that else None


def told_content(s: Sentence, clause: Clause, drop: set[int], stop: int) -> Clause | None:
    """What a verb of telling told, in the clause after the cut, when its title would keep only
    whom it told ("told a meeting of the harbour board [yesterday] | that the pier …")."""
    c = _clauses(s.language)
    told = verb_lemmas(s, lexical_verb(s, clause), None) & (c.TELL_VERBS | c.REQUEST_VERBS)
    if not told or any(j not in drop for j in range(stop, clause.end)):
        return None
    return _next_clause(s, clause)


def fronted_object(s: Sentence, clause: Clause) -> str:
    """The pronoun that opens a verb-second clause as its object, the news just told ("Das"
    of "Das teilte die Polizei am Montag mit"), or ""."""
    c = _clauses(s.language)
    if clause.verb != clause.body + 1:
        return ""
    word = s.tokens[clause.body].lower
    return word if word in c.FRONTED_OBJECT_PRONOUNS else ""


def _object_lost(s: Sentence, clause: Clause, drop: set[int], stop: int) -> bool:
    """A predicate of only its verb group whose verb takes what the title leaves out: a verb
    of saying with nothing said ("Davis said"), or a verb whose object or clause follows past
    the cut ("recommended | that the agency …", "would pay | a dividend")."""
    c = _clauses(s.language)
    if fronted_object(s, clause):
        return False  # "Das teilte die Polizei mit": the object opens the sentence
    k = lexical_verb(s, clause)
    if saying_phrase_end(s, k, stop, drop):
        return True  # "made known [that …]", "a fait savoir [qu'…]": what it made known
    particle = separable_particle(s, k, stop, drop)  # German "kündigte … an"
    if any(j not in drop and j != particle for j in range(k + 1, stop)):
        return False
    if c.VERB_LAST and object_before(s, (clause.verb or k) + 1, k, drop):
        return False  # German "haben die Wiedereröffnung … angekündigt": the object is before
    passive = _participle_at(s, k)
    if passive and any(s.tokens[j].lower in c.BE for j in range(clause.verb or k, k)):
        return False  # a passive takes no object: "was closed | when …", "was declared"
    if pronominal(s.tokens, k, c):
        return False  # "El incendio se declaró", "L'incendie s'est déclaré": it broke out
    said = verb_lemmas(s, k, particle) & c.SPEECH_VERBS
    if said and c.VERB_LAST and _content_phrase(s, (clause.verb or k) + 1, k, drop, said):
        return False  # German "hatte vor den Folgen gewarnt": what it warned of is there
    if said:
        return True
    nxt = next((j for j in range(k + 1, len(s.tokens)) if j not in drop), None)
    if nxt is None:
        return False
    if s.tokens[nxt - 1].lower in c.DATE_END_WORDS and _resumes_at(s, nxt):
        return False  # "A tram strike that started [a week ago] | dragged on": main verb resumes
    word = s.tokens[nxt]
    free = c.PREPOSITIONS | c.TITLE_PARTICLES | c.COORDINATORS
    free = free | ((c.OPENERS | c.BARE_OPENERS) - {c.THAT})  # "will close | unless …"
    return word.text[:1].isalnum() and word.lower not in free


def _resumes_at(s: Sentence, k: int) -> bool:
    """Whether the main clause resumes at token ``k`` after a relative in its subject."""
    return any(part.start == k > 0 and not part.opener for part in s.clauses)


def _content_phrase(s: Sentence, a: int, b: int, drop: set[int], said: set[str]) -> bool:
    """Whether a preposition a verb of saying takes its content with ("warnen vor",
    "berichten über") stands between tokens ``a`` and ``b``, a date's words aside."""
    c = _clauses(s.language)
    wanted = {p for verb in said for p in c.SPEECH_CONTENT_PREPOSITIONS.get(verb, ())}
    return any(k not in drop and s.tokens[k].lower in wanted for k in range(a, b))


def _breaks_phrase(s: Sentence, drop: set[int], k: int) -> bool:
    """A date dropped from inside a phrase ("indications [1987] revenues", "start about [June]
    for"), not with its preposition: the title stops there rather than run the words together."""
    c = _clauses(s.language)
    if k not in drop or k - 1 in drop or s.tokens[k - 1].lower in c.AUX:
        return False
    if s.tokens[k].lower in c.DATE_DEMONSTRATIVES:
        return False  # "[that June]" is a whole phrase of time, as "[last June]" is
    if c.VERB_LAST:
        return False  # German "war am Montag nach Moskau geflogen": the middle field holds it
    if ends_saying_phrase(s, k):
        return False  # "made public [on Monday] | that …": the "that" clause comes next
    before = s.tokens[k - 1]
    if c.DATES_INSERTED and before.text.islower() and "NOUN" not in c.lemmas(before.lower):
        return False  # Spanish "dieron por controlado [este jueves] el incendio": an insertion
    after = next((j for j in range(k, len(s.tokens)) if j not in drop), len(s.tokens))
    if c.DATES_INSERTED and after < len(s.tokens) and s.tokens[after].lower in c.ARTICLES:
        return False  # "mettra en service [lundi] une navette": the object's article after it
    end = next((j for j in range(k, len(s.tokens)) if j not in drop), len(s.tokens))
    if end < len(s.tokens) and s.tokens[end].lower in c.CLOCK_SUFFIXES:
        return True  # "will open [from 4:30 to 7:30] P.M. Denver time": the rest of the time
    if is_finite(s.tokens, k - 1, 0, s.language) or (
        k >= 2
        and s.tokens[k - 2].lower in c.AUX
        and ("VERB" in c.lemmas(s.tokens[k - 1].lower) or _participle_at(s, k - 1))
    ):
        return False  # the verb's own date: "ended 2021 with …", "will sell [tomorrow] a …"
    if after < len(s.tokens) and _idiom_then_object(s, k, after, c):
        return False  # "will put into effect [Thursday] a new system": the verb's object after
    if after < len(s.tokens) and _particle_then_object(s, k, after, c):
        return False  # "called off [on Monday] its bid": the phrasal verb's object after
    margin = s.tokens[k - 1].text[:1].isdigit() and after + 1 < len(s.tokens)
    if margin and opens_infinitive(s.tokens[after].text, s.tokens[after + 1].text, c):
        return False  # "voted 9-4 [at dawn] to sack the treasurer": what was voted follows
    before = s.tokens[k - 1].lower
    end = next((j for j in range(k, len(s.tokens)) if j not in drop), len(s.tokens))
    if end >= len(s.tokens) or not s.tokens[end].text[:1].isalnum():
        return False  # the date ends the clause
    ending = c.PLURAL_NOUN_ENDING
    plural = bool(ending) and k >= 2 and s.tokens[k - 2].lower.endswith(ending)
    if before in c.PLURAL_POSSESSIVE_MARKS and plural:
        return False  # "would surpass the islanders' [1986] vote": the owner's noun after it
    return before not in c.DETERMINERS and not before.endswith(c.POSSESSIVE_ENDINGS)


def _idiom_then_object(s: Sentence, k: int, after: int, c: ModuleType) -> bool:
    """Whether the date at ``k`` follows a verb's fixed phrase of a preposition and a bare
    noun ("put into effect", "bring into force") and the verb's object opens after it on an
    article ("put into effect [Thursday] a new system"): the title reads on past the date."""
    if k < 4 or s.tokens[after].lower not in c.ARTICLES or s.tokens[k - 4].lower in c.BE:
        return False  # (not "was put into force [on Monday] a week after …": no object)
    if after + 1 < len(s.tokens) and s.tokens[after + 1].lower in c.PERIOD_NOUNS:
        return False
    verb, preposition, noun = s.tokens[k - 3 : k]
    return (
        preposition.lower in c.PREPOSITIONS
        and noun.text.islower()
        and "NOUN" in c.lemmas(noun.lower)
        and verb.text.islower()
        and "VERB" in c.lemmas(verb.lower)
    )


def _title_verb(title: str, subject: str, c: ModuleType) -> str | None:
    """The lexical verb of a title after its subject: "visit" in "Scholz would visit Kyiv",
    "announce" in "… was the latest leader to announce a visit"."""
    words = title[len(subject) :].split() if title.lower().startswith(subject.lower()) else []
    words = [w for w in words if w.lower() not in c.AUX and w.lower() not in c.ADVERBS]
    return next((w for w in words if "VERB" in c.lemmas(w)), None)


def _participle_at(s: Sentence, k: int) -> bool:
    """Whether token ``k`` is a participle: a listed one, or one of a verb the lists lack
    right after an auxiliary ("avaient été repérés"), told by its shape."""
    c = _clauses(s.language)
    word = s.tokens[k].text
    after_aux = k > 0 and s.tokens[k - 1].lower in c.AUX
    return c.is_participle(word) or (after_aux and c.unlisted_participle(word))


def date_of_another_verb(s: Sentence, at: int, stop: int) -> bool:
    """Whether the date at token ``at`` lies past the predicate's end ``stop`` with a verb
    group of its own between, told by its auxiliary ("Kask, the grocer that grew from a
    stall, | will shut its shops by June"): the date is that verb's, not this clause's. A
    participle between ("the hotel, a house opened in 1932, late on Saturday") may be an
    aside's, and a "when" clause's time is the clause's too: both leave the date."""
    c = _clauses(s.language)
    between = range(stop, at)
    if any(s.tokens[k].lower == c.WHEN for k in between):
        return False  # "joined the group | when Paribas was sold in 1987": then, it joined
    return any(s.tokens[k].lower in c.AUX - c.NON_FINITE_AUX for k in between)


def object_past_date(s: Sentence, verb: int, stop: int, drop: set[int]) -> set[int] | None:
    """The words a title drops to read on to the verb's object when the comma after a date
    set between them is only the date's own ("bought on March 11, 1984, | 90 mln dlrs of
    bonds"; "reported first half 1987, ended Feb 28, | earnings of …"); None when the comma
    ends the predicate."""
    c = _clauses(s.language)
    n = len(s.tokens)
    group = verb_group_end(s.tokens, verb, stop, s.language)
    if stop >= n or stop <= group or not all(k in drop for k in range(group, stop)):
        return None  # "rose 5 pct, …": the comma ends more than a date
    j, skipped = stop, set()
    while j < n:
        if j in drop:
            j += 1  # "on March 3[,] 1987": the date's own comma
        elif (
            s.tokens[j].text == "," and j + 1 < n and s.tokens[j + 1].lower in c.TIMEX_PHRASE_LINKS
        ):
            skipped.update((j, j + 1))  # "1987[, ended] Feb 28": the period's end, the date's
            j += 2
        else:
            break
    if j + 1 >= n or s.tokens[j].text != ",":
        return None
    if not any(s.tokens[k].text == "," for k in range(group, j)):
        return None  # a date with a comma of its own ("November 20, 1986,") takes one after
        # it too; "closed on Monday, the last of its mills": the comma sets off an aside
    after = s.tokens[j + 1]
    forms = c.lemmas(after.lower)
    noun = set(forms) == {"NOUN"} and after.text.islower()
    counted = after.text[:1].isdigit() or after.lower in c.NUMBER_WORDS
    if not (counted or after.lower in c.DETERMINERS or noun):
        return None  # "closed on Monday, ending …"
    end = cut_coordination(s.tokens, j + 1, n, s.language)
    found = finite_verb(s.tokens, j + 1, end, s.language)
    if found is not None and (
        s.tokens[found].lower in c.AUX or verb_lemmas(s, found, None) & c.SPEECH_VERBS
    ):
        return None  # "rose on Friday, the ministry said": a clause of its own (not "notes
        # priced to yield", a participle of the object)
    return {k for k in range(stop, j + 1) if k not in drop} | {end}


def negated_verb(s: Sentence, start: int, verb: int, c: ModuleType) -> bool:
    """A negation before the verb with only adverbs between: "never returned", "has not yet
    released", "did not formally sign"."""
    k = verb - 1
    while (
        k > start
        and s.tokens[k].lower not in c.NEGATIONS
        and (
            s.tokens[k].lower in c.ADVERBS | c.AFTER_NEGATION
            or s.tokens[k].lower.endswith(c.ADVERB_ENDING or "\0")
        )
    ):
        k -= 1
    return k >= start and k < verb and s.tokens[k].lower in c.NEGATIONS


def negated_in_verb(s: Sentence, verb: int, end: int, c: ModuleType) -> bool:
    """A negation written onto the verb (French "n'a pas eu lieu") or before the particle a
    German verb left at its clause's end ("fand am Montag nicht statt"): what did not happen."""
    elided = (n for n in c.NEGATIONS if n.endswith("'"))
    if any(s.tokens[verb].lower.replace("’", "'").startswith(n) for n in elided):
        return True
    words = [k for k in range(verb + 1, end) if s.tokens[k].text[:1].isalnum()]
    if not c.VERB_LAST or len(words) < 2 or s.tokens[words[-1]].lower not in c.TITLE_PARTICLES:
        return False
    return s.tokens[words[-2]].lower in c.NEGATIONS


def is_condition(s: Sentence, clause: Clause) -> bool:
    """Whether ``clause`` opens on a condition with its own verb ("unless the demands were
    met", "Assuming the plan is approved on April 29"); a condition without one, set off by a
    comma, leaves the clause its own ("If approved, the levy starts on March 3")."""
    c = _clauses(s.language)
    if s.tokens[clause.start].lower not in c.CONDITION_OPENERS:
        return False
    verb = clause.verb if clause.verb is not None else clause.end
    return not any(s.tokens[k].text == "," for k in range(clause.start, verb))


def _particle_then_object(s: Sentence, k: int, after: int, c: ModuleType) -> bool:
    """Whether the date dropped at ``k`` stands between a finite verb's particle and an object
    opening on a determiner or a figure ("set up [in 2015] a youth academy", "pulled out [on
    Sunday] three survivors"): the date is the verb's, its object follows."""
    if k < 2 or s.tokens[k - 1].lower not in c.TITLE_PARTICLES:
        return False
    if not is_finite(s.tokens, k - 2, 0, s.language):
        return False
    word = s.tokens[after].lower
    opens = c.DETERMINERS | c.POSSESSIVE_PRONOUNS | c.NUMBER_WORDS
    if not (word in opens or word[:1].isdigit()):
        return False
    # not "closed up [on Friday] the dealers said": who told it, no object
    told = s.tokens[after + 1 : after + 4]
    return not any(set(c.lemmas(t.lower).get("VERB", ())) & c.SPEECH_VERBS for t in told)
