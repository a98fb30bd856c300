"""The head of an object a title cut away from its verb: a title cut for length just after a
verb that takes an object ("was expected to supply | roughly 15 pct of …", "will employ |
over 200 people by …") says half; it reads on to the object's noun, a few words, when the
title stays within the length a long title may have (``core.events.title_ends``)."""

from __future__ import annotations

from types import ModuleType

from core.events.tokens import Token

_EDGE = ",;:.\"'()"
_HEAD_WORDS = 6  # at most this many words of the object's phrase


def object_head(kept: list[str], rest: list[str], start: int, c: ModuleType) -> list[str]:
    """The words of ``rest``, cut off a title of ``kept`` words (its predicate from
    ``start``), that name the object of the verb ``kept`` ends on, up to the object's noun;
    [] when ``kept`` ends on no verb wanting one, or ``rest`` opens none.

    >>> from core import lang
    >>> c = lang.words("en", "clauses")
    >>> kept = "The mill was expected to supply".split()
    >>> object_head(kept, "about 12 pct of its sales".split(), 2, c)
    ['about', '12', 'pct']
    >>> object_head("The strike ended".split(), "a week after it began".split(), 2, c)
    []
    """
    if not c.TITLE_OBJECT_OPENERS or len(kept) <= start or not rest:
        return []
    if not _wants_object(kept, start, c):
        return []
    pair = " ".join(w.lower() for w in rest[:2])
    if pair in c.TITLE_OBJECT_HEDGE_PAIRS and len(rest) > 2:  # "at least | a dozen patients"
        head = object_head(kept, rest[2:], start, c)
        return [*rest[:2], *head] if head else []
    phrase = _phrase_before_object(rest, c)  # "to defer | until a later session | a ruling"
    if phrase:
        head = object_head(kept, rest[phrase:], start, c)
        return [*rest[:phrase], *head] if head else []
    first = rest[0].lower()
    figure = len(rest) > 1 and rest[1][:1].isdigit()
    hedged = first in c.TITLE_OBJECT_HEDGES and figure  # "over 200 people", "about 12 pct"
    if not (first in c.TITLE_OBJECT_OPENERS or rest[0][:1].isdigit() or hedged):
        return []
    if len(rest) > 1 and rest[1].lower().strip(_EDGE) in c.PERIOD_NOUNS:
        return []  # ("ended | a week after …": a time, no object)
    head: list[str] = []
    for word in rest[:_HEAD_WORDS]:
        lower = word.lower().strip(_EDGE)
        opener = not head or (hedged and len(head) == 1)
        if not opener and (
            lower in c.PREPOSITIONS | c.COORDINATORS | c.RELATIVES | {c.THAT, c.TO} or not lower
        ):
            break
        head.append(word)
        if word[-1:] in _EDGE and word[-1:] not in "'.":
            break  # "a ruling, …": the comma closes the phrase
    else:
        if len(rest) > _HEAD_WORDS:
            return []  # the object runs on past a few words: its noun is not reached
    last = head[-1].lower().strip(_EDGE)
    if not last or last in c.DETERMINERS | c.ARTICLES or last in c.TITLE_OBJECT_HEDGES:
        return []
    if not (last[:1].isdigit() or "NOUN" in c.lemmas(last) or not c.lemmas(last)):
        return []  # (the object's noun, a figure, or a word the lexicon lacks: a name)
    return head


def _phrase_before_object(rest: list[str], c: ModuleType) -> int:
    """The length of a phrase of a preposition and a few lower-case words ending on a noun
    that stands between a verb and its object, which opens on an article after it ("until a
    later session | a ruling"), or 0."""
    if rest[0].lower() not in c.PREPOSITIONS or rest[0].lower() in {c.OF, c.TO}:
        return 0
    for end in range(2, min(len(rest) - 1, 6)):
        word = rest[end - 1]
        if not (word.isalpha() and word.islower()) or word in c.PREPOSITIONS | c.COORDINATORS:
            return 0
        if rest[end].lower() in c.ARTICLES and "NOUN" in c.lemmas(word):
            return end
    return 0


def _wants_object(kept: list[str], start: int, c: ModuleType) -> bool:
    """Whether ``kept`` ends on an active verb that takes an object: an infinitive ("to
    provide"), a finite verb ("will employ", "announced"); not a passive ("was sold"), nor a
    verb that takes none."""
    last = kept[-1].lower()
    before = kept[-2].lower() if len(kept) > 1 else ""
    if not last.isalpha() or not kept[-1].islower():
        return False
    forms = c.lemmas(last)
    verbs = set(forms.get("VERB", ()))
    if not verbs or verbs & c.TITLE_NO_OBJECT_VERBS:
        return False
    if before in c.BE or before in c.TITLE_PASSIVE_AUX:
        return False  # "was sold", "had been sold", "to be sold"
    infinitive = before == c.TO and last in verbs
    after_aux = before in c.AUX and len(kept) - 1 > start - 1
    if "NOUN" in forms or "ADJ" in forms:
        return infinitive or (after_aux and last in verbs)  # "to report", "will report"
    if c.is_participle(last) and not c.is_past(last):
        return False
    return infinitive or after_aux or len(kept) - 1 >= start


def object_past_date(tokens: list[Token], k: int, after: int, c: ModuleType) -> bool:
    """Whether the date dropped at ``k`` stands between a verb that still wants its object
    and that object, which opens at ``after`` on an article: a gerund after a verb that takes
    one ("to begin writing [next Thursday] a bill"), or an infinitive with a phrase of its
    own before the date ("to defer until a later session [this week] a ruling"); the title
    reads on past the date to the object."""
    if k < 3 or after + 1 >= len(tokens) or tokens[after].lower not in c.ARTICLES:
        return False
    if tokens[after + 1].lower in c.PERIOD_NOUNS or not tokens[after + 1].text.isalnum():
        return False  # ("began operating [Monday] a week after …": a time, no object)
    before, verb = tokens[k - 1], tokens[k - 2]
    if _gerund_after_verb(before, verb, c):
        return True
    return _infinitive_phrase_before(tokens, k, c)


def _gerund_after_verb(gerund: Token, verb: Token, c: ModuleType) -> bool:
    """ "begin writing", "began building": a gerund after a verb that takes one."""
    if not gerund.text.islower() or not gerund.lower.endswith(c.GERUND):
        return False
    if "VERB" not in c.lemmas(gerund.lower) or not verb.text.islower():
        return False
    takers = set(c.lemmas(verb.lower).get("VERB", ()))
    gerund_verbs = set(c.lemmas(gerund.lower).get("VERB", ()))
    return bool(takers & c.GERUND_OBJECT_VERBS) and not gerund_verbs & c.TITLE_NO_OBJECT_VERBS


def _infinitive_phrase_before(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """ "to defer until a later session [this week]": an infinitive, then one phrase of a
    preposition and a few lower-case words that are no verb, up to the date."""
    for j in range(k - 2, max(2, k - 6) - 1, -1):
        if tokens[j].lower not in c.PREPOSITIONS:
            continue
        verb = tokens[j - 1]
        if tokens[j - 2].lower != c.TO or not verb.text.islower():
            return False
        verbs = set(c.lemmas(verb.lower).get("VERB", ()))
        if verb.lower not in verbs or verbs & c.TITLE_NO_OBJECT_VERBS:
            return False
        words = tokens[j + 1 : k]
        return all(
            t.text.isalpha() and t.text.islower() and t.lower not in c.PREPOSITIONS for t in words
        ) and "NOUN" in c.lemmas(words[-1].lower)
    return False
