"""What an object relative stands for: "the levy that the council unveiled in June" tells
that the council unveiled the levy; "Margaret, whom he married in 1956", that he married
Margaret. The title puts the object back after the relative's verb
(``core.events.happenings.clause_happening``).
"""

from __future__ import annotations

from functools import cache
from types import ModuleType

from core import lang
from core.events.antecedents import infinitive_at, is_plural
from core.events.entities import PERSON
from core.events.finite import finite_verb
from core.events.parse import Sentence, When, lexical_verb, token_at
from core.events.relative_heads import noun_before_places
from core.events.tokens import Clause, Token
from core.events.wording import name_in_title, noun_phrase, reduce_names, verb_group_end


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def relative_object(s: Sentence, clause: Clause) -> str:
    """ "the levy that the council unveiled in June": a relative with its own subject whose
    verb has nothing after it but phrases stands for that verb's object, the noun phrase
    before it ("the levy"); "" for any other clause. The title then puts it back after the
    verb ("The council unveiled the levy")."""
    c = _clauses(s.language)
    things = c.THING_RELATIVES | c.OBJECT_THING_RELATIVES  # French "la taxe que …"
    if clause.opener in c.OBJECT_CASE_RELATIVES:
        return _case_object(s, clause, c)  # Ukrainian "переправу, яку інженери навели"
    if clause.opener in c.OBJECT_RELATIVES and clause.opener not in things:
        return _person_object(s, clause)  # "Margaret, whom he married in 1956"
    relatives = things | ({c.THAT} if c.THING_RELATIVES else set())
    verb = clause.verb
    if clause.opener not in relatives or verb is None or verb <= clause.body or clause.start < 2:
        return ""
    if any(s.tokens[k].lower in c.PREPOSITIONS | {","} for k in range(clause.body, verb)):
        return ""  # "factors that work against the ICO, created …": no plain subject, unsure
    if all(s.tokens[k].lower in c.ADVERBS for k in range(clause.body, verb)):
        return ""  # "the show, which first aired in 1994,": an adverb, no subject of its own
    lexical = verb
    while lexical + 1 < clause.end and s.tokens[lexical].lower in c.AUX | c.ADVERBS:
        lexical += 1
    hedges = c.ADVERBS | c.GAP_ADVERBS  # "which the club sold [only] in May"
    after = next(
        (
            k
            for k in range(lexical + 1, clause.end)
            if k not in s.drop and s.tokens[k].lower not in hedges
        ),
        None,
    )
    if after is not None and s.tokens[after].text in c.CLAUSE_CLOSERS:
        if s.tokens[min(after + 1, len(s.tokens) - 1)].lower in c.COORDINATORS:
            return ""  # "the valve, which a firm made in 2016, and …": where it ends, unsure
        if any(s.tokens[k].lower in c.FUTURE | c.MODALS for k in range(verb, lexical)):
            return ""  # "the sums that the state will save this year, …": a forecast's figure
        after = None  # "…, which the board approved [in May], | allows …": the comma closes it
    if after is not None and s.tokens[after].lower not in c.PREPOSITIONS:
        return ""  # "the plan that the council unveiled a levy for": an object of its own
    if after is not None and clause.opener not in things:
        return ""  # "a statement that profit rose to …": "that" may open what was stated
    if after is not None and infinitive_at(s, after):
        if not _done_to(s, lexical, after, clause.end, c):
            return ""  # "targets, which the board hoped to reach": a plan, no deed
        after = None  # "a mill, which the trust agreed to buy in May": the infinitive's object
    # "was unveiled", "a été votée": a passive; French "a votée": the verb's own past
    perfect = c.PERFECT_RELATIVES and not any(
        s.tokens[k].lower in c.BE for k in range(verb, lexical)
    )
    passive = lexical > verb and c.is_participle(s.tokens[lexical].text) and not perfect
    if "VERB" not in c.lemmas(s.tokens[lexical].lower) or passive:
        return ""  # "the levy that was unveiled": a passive, its subject the relative
    present = lexical == verb and not c.is_past(s.tokens[verb].text)
    if present and not set(c.lemmas(s.tokens[verb].lower).get("VERB", ())) & c.INTENT_VERBS:
        return ""  # "a trail that goes back to 1890": a state; "which it expects in May": a plan
    end = clause.start - 1 if s.tokens[clause.start - 1].text == "," else clause.start
    head = end - 1
    if not s.tokens[head].text.islower() and clause.opener in c.THING_ONLY_RELATIVES:
        head = noun_before_places(s, end) or head  # "a depot at Holm Marsh, which"
    word = s.tokens[head]
    if head in s.drop or not word.text.islower() or "NOUN" not in c.lemmas(word.lower):
        return ""  # "said that …": a verb's clause, no relative
    if word.lower in c.ARTICLES | c.FUNCTION_WORDS | c.OBJECT_CLITICS | c.PRONOUNS:
        return ""  # Spanish "por lo que …": no noun
    if word.lower in c.SPEECH_MEDIA:
        return ""  # "said in an interview | he would resign in May": what was said
    a, b = noun_phrase(s.tokens, head, 0, end, s.language)
    if b != end or any(k in s.drop for k in range(a, b)):
        return ""
    bare = not present and _bare_plural(s, a, head)  # (a plan's plural: "for new orders")
    determiners = c.ARTICLES | c.DEMONSTRATIVES | c.POSSESSIVE_PRONOUNS  # "its route to Oslo"
    if s.tokens[a].lower not in determiners and not bare:
        return ""
    if any(_gerund_with_object(s, k, c) for k in range(a, head)):
        return ""  # "a treaty calling for demarcation, which …": a clause inside, not sure
    phrase = reduce_names(s.text, s.tokens, a, b, s.mentions, s.drop, s.language)
    if s.tokens[a].lower in determiners and phrase[:1].isupper():
        phrase = phrase[:1].lower() + phrase[1:]  # "The levy, which …": "… unveiled the levy"
    return phrase


def verb_before_object(s: Sentence, verb: int, group: int, drop: set[int]) -> str:
    """The verb group ``verb``…``group`` written before the object a relative put back: a
    participle after "have" loses the agreement with the object it had before it (French "la
    taxe que la mairie a votée" → "a voté la taxe")."""
    c = _clauses(s.language)
    words = reduce_names(s.text, s.tokens, verb, group, s.mentions, drop, s.language)
    last = group - 1
    if not any(s.tokens[k].lower in c.HAVE for k in range(verb, last)):
        return words
    if not c.is_participle(s.tokens[last].text) or not words.endswith(s.tokens[last].text):
        return words
    for ending, plain in c.PARTICIPLE_AGREEMENT:
        if s.tokens[last].text.endswith(ending):
            return words[: len(words) - len(ending)] + plain
    return words


def dates_relative(s: Sentence, clause: Clause, when: When) -> bool:
    """Whether ``when`` is the object relative's own date: inside it, before its closing
    comma, and no other verb between its verb and the date ("la taxe que la mairie a votée
    | entre en vigueur le 3 mai": the date is the main clause's)."""
    at = token_at(s.tokens, when.timex.start)
    if not clause.start <= at < relative_end(s, clause) or clause.verb is None:
        return False
    c = _clauses(s.language)
    lexical = lexical_verb(s, clause)
    if lexical + 1 < len(s.tokens) and infinitive_at(s, lexical + 1):
        lexical += 2  # "agreed to buy | in May"
    between = range(lexical + 1, at)
    if any(s.tokens[k].text.islower() and "VERB" in c.lemmas(s.tokens[k].lower) for k in between):
        return False  # "entre", "review": a verb may stand there, its date then not the relative's
    return finite_verb(s.tokens, between.start, at, s.language) is None


def subject_nearby(s: Sentence, clause: Clause, at: int) -> bool:
    """Whether a relative's subject starting at token ``at`` is its own or the clause's it
    hangs on ("The brewer kept its plan, which it unveiled …"), not one further back across
    another clause ("The banker said the debt … markets, which it entered …")."""
    if at >= clause.start:
        return True
    before = [cl for cl in s.clauses if cl.end <= clause.start]
    return bool(before) and before[-1].start <= at


def relative_stop(s: Sentence, when: When | None, group: int, stop: int) -> int:
    """Where the title of an object relative put back ends: at its date ("la taxe que la
    mairie a votée [en mai] | entre en vigueur": what follows may be the main clause's)."""
    if when is None:
        return stop
    at = token_at(s.tokens, when.timex.start)
    return min(stop, at) if at >= group else stop


def relative_end(s: Sentence, clause: Clause) -> int:
    """Where a relative clause ends: at its first comma after its verb ("which the board
    approved in May | , allows …"), else where the parse ends it."""
    c = _clauses(s.language)
    start = clause.verb + 1 if clause.verb is not None else clause.start
    closers = (k for k in range(start, clause.end) if s.tokens[k].text in c.CLAUSE_CLOSERS)
    return next(closers, clause.end)


def object_slot(s: Sentence, verb: int, stop: int) -> int:
    """Where a relative's object goes back after its verb group from ``verb``: after the verb
    and its particle ("handed out | the grants"), before a phrase of its own ("awarded | the
    contract | to a builder")."""
    c = _clauses(s.language)
    group = verb_group_end(s.tokens, verb, stop, s.language)
    word = s.tokens[group - 1].lower
    if group < stop and infinitive_at(s, group - 1):
        return group + 1  # "agreed to buy | the mill"
    particles = c.VERB_PARTICLES | set(c.PHRASAL_PARTICLES)
    if group - 1 > verb and word in c.PREPOSITIONS and word not in particles:
        return group - 1
    return group


def after_noun_phrase(s: Sentence, clause: Clause) -> bool:
    """Whether ``clause`` follows a name or a noun phrase opened by a determiner (French "la
    taxe | que …", "le centre, | que …"), as a relative does; not a verb nor a conjunction
    ("assure | que …", "alors | que …", Spanish "por lo | que …")."""
    c = _clauses(s.language)
    end = (
        clause.start - 1
        if clause.start and s.tokens[clause.start - 1].text == ","
        else clause.start
    )
    head = end - 1
    if head < 1:
        return False
    if any(m.end == s.tokens[head].end for m in s.mentions):
        return True
    word = s.tokens[head]
    if not word.text.islower() or "NOUN" not in c.lemmas(word.lower):
        return False
    a, _ = noun_phrase(s.tokens, head, 0, end, s.language)
    return (
        s.tokens[a].lower in c.DETERMINERS | c.ARTICLES | c.POSSESSIVE_PRONOUNS | c.DEMONSTRATIVES
    )


def _done_to(s: Sentence, lexical: int, mark: int, end: int, c: ModuleType) -> bool:
    """Whether the past ``lexical`` before the infinitive at ``mark`` tells a deed done that day
    ("agreed | to buy", "voted | to close"), not a plan ("hoped", "planned", "wanted | to …"),
    and the infinitive's verb has nothing after it but phrases (its object is the relative)."""
    lemmas = set(c.lemmas(s.tokens[lexical].lower).get("VERB", ()))
    if not c.is_past(s.tokens[lexical].text) or lemmas & c.INTENT_VERBS or mark != lexical + 1:
        return False
    rest = next((k for k in range(mark + 2, end) if k not in s.drop), None)
    return rest is None or s.tokens[rest].lower in c.PREPOSITIONS | c.CLAUSE_CLOSERS


def _gerund_with_object(s: Sentence, k: int, c: ModuleType) -> bool:
    """Whether token ``k`` is a gerund with a phrase of its own after it ("a treaty calling
    | for demarcation"), not one that qualifies the noun after it ("a recycling depot")."""
    after = s.tokens[k + 1].lower if k + 1 < len(s.tokens) else ""
    return s.tokens[k].lower.endswith(c.GERUND) and after in c.PREPOSITIONS | c.DETERMINERS


def _bare_plural(s: Sentence, a: int, head: int) -> bool:
    """Whether the noun phrase ``a``…``head`` is a plural with no article after a preposition
    that hangs on a verb ("will serve on fresh routes from Derry to Nantes, which the carrier
    unveiled"): the noun an object relative tells of, as one with its article would be; not
    after a noun the phrase may belong to ("talks with unions, which the firm held": the
    talks were held, not the unions)."""
    c = _clauses(s.language)
    counted = any(  # "en diez años, que …": a length of time, no object
        t.lower in c.NUMBER_WORDS | c.PERIOD_NOUNS or not t.text.isalpha()
        for t in s.tokens[a : head + 1]
    )
    if not is_plural(s.tokens[head].text, c) or counted:
        return False
    return a > 1 and s.tokens[a - 1].lower in c.PREPOSITIONS and _verb_at(s, a - 2, c)


def _verb_at(s: Sentence, k: int, c: ModuleType) -> bool:
    """Whether token ``k`` is a verb, not a noun of the same spelling: after an auxiliary
    ("will | serve", "was | used", adverbs between), or past after no article nor
    preposition ("the airline flew | on …", not "after | talks")."""
    word = s.tokens[k]
    if not word.text.islower() or "VERB" not in c.lemmas(word.lower):
        return False
    before = k - 1
    while before >= 0 and s.tokens[before].lower in c.ADVERBS:
        before -= 1
    if before >= 0 and s.tokens[before].lower in c.AUX:
        return True
    after_noun_word = before >= 0 and s.tokens[before].lower in c.DETERMINERS | c.PREPOSITIONS
    return c.is_past(word.text) and not after_noun_word


def _case_object(s: Sentence, clause: Clause, c: ModuleType) -> str:
    """A relative pronoun that can only be its verb's object, after a noun phrase in that same
    case ("…через нову переправу, яку інженери навели влітку": "переправу" as "яку"): the
    phrase, which then reads right after the verb ("Інженери навели нову переправу"); "" when
    the verb has its own object, is no past, or the noun before is in another case."""
    verb = clause.verb
    endings = c.OBJECT_CASE_RELATIVES[clause.opener]
    if verb is None or verb <= clause.body or clause.start < 2:
        return ""
    if s.tokens[clause.start - 1].text != "," or not c.is_past(s.tokens[verb].text):
        return ""
    after = next((k for k in range(verb + 1, clause.end) if k not in s.drop), None)
    own = after is not None and s.tokens[after].text not in c.CLAUSE_CLOSERS
    if own and s.tokens[after].lower not in c.PREPOSITIONS:
        return ""  # "яку інженери передали громаді": an object of its own, unsure
    head = clause.start - 2
    a = head
    while a >= 0 and _in_case(s.tokens[a], endings, c) and a not in s.drop:
        a -= 1  # "тимчасову понтонну | переправу"
    a += 1
    if a > head or not _in_case(s.tokens[head], endings, c):
        return ""
    return " ".join(t.text for t in s.tokens[a : head + 1])


def _in_case(token: Token, endings: tuple[str, ...], c: ModuleType) -> bool:
    """A lowercase noun or adjective ending as the case of ``endings`` asks, no verb."""
    forms = c.lemmas(token.lower)
    plain = token.text.isalpha() and token.text.islower() and "VERB" not in forms
    return plain and ("NOUN" in forms or "ADJ" in forms) and token.lower.endswith(endings)


def _person_object(s: Sentence, clause: Clause) -> str:
    """ "Margaret, whom he married in 1956": the name just before the comma is the object of
    a relative's verb with no object of its own after it; "" for any other clause."""
    c = _clauses(s.language)
    verb = clause.verb
    if verb is None or verb <= clause.body or clause.start < 2:
        return ""
    if s.tokens[clause.start - 1].text != ",":
        return ""
    after = next((k for k in range(verb + 1, clause.end) if k not in s.drop), None)
    if after is not None and s.tokens[after].lower not in c.PREPOSITIONS | {","}:
        return ""  # "whom he gave a medal": an object of its own
    end = s.tokens[clause.start - 2].end
    name = next((m for m in s.mentions if m.end == end and m.kind == PERSON), None)
    return name_in_title(s.text, name, s.language) if name is not None else ""
