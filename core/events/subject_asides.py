"""The words a subject loses before it is a title's: its aside and the phrases that set the scene.

"Hiram Ltd, the previous owner," → "Hiram Ltd"; "On Friday, the board" → "the board"; a list
("Poland, Hungary and the Czech Republic") or a place with its state ("The Avon, Conn.,
company") keeps its commas. ``core.events.subjects`` reads the subject.
"""

from __future__ import annotations

from functools import cache
from types import ModuleType

from core import lang
from core.events.bare_items import last_subject_item
from core.events.entities import PERSON
from core.events.parse import Sentence
from core.events.subject_parts import inner_place_then_noun
from core.events.tokens import Token
from core.events.unclosed_asides import unclosed_second

# How many words the last item of a list of nouns may have: "Bread, milk and egg prices".
_SHARED_HEAD = 2


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def _without_aside(s: Sentence, keep: list[int], after_fronted: bool = False) -> list[int]:
    """ "Hiram Ltd, the previous owner," → "Hiram Ltd"; an aside that is a name stays (it is
    who: "The company's chief executive, Maria Olsen,")."""
    commas = [i for i, k in enumerate(keep) if s.tokens[keep[i]].text == ","]
    fronted = after_fronted  # the clause's body starts after a fronted phrase and its comma
    while (
        commas
        and 0 < commas[0] < len(keep) - 1
        and (
            _fronted(s, keep[: commas[0]], after_scene=fronted)
            or _participle_clause(s, keep[: commas[0]], keep[commas[0] + 1 :])
            or (fronted and s.tokens[keep[0]].lower in _clauses(s.language).COORDINATORS)
            or _verb_first(s, keep[0])
        )
    ):
        # "On behalf of the country, the minister signed": the fronted phrase is no subject;
        # "Encouraged by X, and the lifting of Y, money …": nor what it coordinates
        keep = keep[commas[0] + 1 :]
        commas = [i - commas[0] - 1 for i in commas[1:]]
        fronted = True
    if not commas or commas[0] == 0:
        return keep
    if fronted and keep[commas[-1] + 1 :]:
        # "In Phnom Penh, Cambodia's capital, Hun Sen staged …": the apposition was the
        # fronted place's; the subject comes after the last comma, unless that is a bare
        # noun ("À Lille, Jean Roy, boulanger, épousera …": Jean Roy)
        return last_subject_item(s, keep, commas)
    if _is_list(s, keep, commas):
        return keep  # "Poland, Hungary and the Czech Republic": all of them
    before = s.tokens[keep[commas[0] - 1]].text  # a name, not "slow-growth, | low-profit …"
    joins = before[:1].isupper() or _clauses(s.language).is_past(before)
    if len(commas) == 1 and joins and _bare_plural(s, keep[commas[0] + 1 :]):
        # "[by Transport Secretary] Ann Roe, carmakers will …": a bare plural is no
        # apposition of what went before; it is the subject, after a fronted phrase
        return keep[commas[0] + 1 :]
    if _place_then_noun(s, keep, commas):
        # "The Rockford, Ill., maker of fasteners" → "The maker of fasteners"
        return [keep[0], *keep[commas[1] + 1 :]]
    if inner_place_then_noun(s, keep, commas):
        # "Shares of the Marlow, Kent, maker" → "Shares of the Marlow maker"
        return [*keep[: commas[0]], *keep[commas[1] + 1 :]]
    a = commas[0] + 1
    b = commas[1] if len(commas) > 1 else len(keep)
    second = _apposed_second_item(s, keep, commas)
    if second:  # "Ana Ruiz, the mayor, and her deputy, Luis Gil, | sued": both, not "Ana Ruiz sued"
        return [*keep[: commas[0]], keep[b + 1], *second]
    if a < b and names_person_titled(s, keep[a:b]):
        if s.tokens[keep[0]].lower in _clauses(s.language).POSSESSIVE_PRONOUNS:
            return keep[a:b]  # "Its founder, Nina Kask,": the name says who, "its" cannot
        return keep[:b]
    # "According to the firm, Pemco, the rebels carried out": no comma closes "the rebels"
    return unclosed_second(s, keep, commas, _clauses(s.language)) or keep[: commas[0]]


def _apposed_second_item(s: Sentence, keep: list[int], commas: list[int]) -> list[int]:
    """The second item of a list of two whose first has an aside: "Ana Ruiz, the mayor, and
    [her deputy], Luis Gil," → "her deputy" (the item without its own aside; the name when the
    aside is one). The verb after the list is plural: the first item alone would not agree
    with it ("Ana Ruiz, alcaldesa, y su adjunto denunciaron" is no "Ana Ruiz denunciaron").
    Empty when no coordinator follows the aside's closing comma, or the aside is long."""
    c = _clauses(s.language)
    if len(commas) < 2 or commas[1] - commas[0] - 1 > _ASIDE_WORDS:
        return []
    joined = commas[1] + 1
    if joined + 1 >= len(keep) or s.tokens[keep[joined]].lower != c.AND:
        return []
    if not s.tokens[keep[0]].text[:1].isupper():
        return []  # "[and] deeply worried, and …": no item, a phrase
    if any(s.tokens[k].lower in c.PREPOSITIONS for k in keep[: commas[0]]):
        return []  # "The chairs of the Lisbon Bourse, LB, and …": the "and" may be the "of"'s
    rest = keep[joined + 1 :]
    if any(s.tokens[k].lower in c.COORDINATORS for k in rest):
        return []  # a longer list: its items and their asides are not sure
    opener = s.tokens[rest[0]]
    if not (opener.text[:1].isupper() or opener.lower in c.ARTICLES | c.POSSESSIVE_PRONOUNS):
        return []  # "…, and then …": no item
    item = _without_aside(s, rest)
    comma = next((i for i, k in enumerate(item) if s.tokens[k].text == ","), len(item))
    return item[:comma]  # ("el director general, su hijo Luis Gil": the item, its role)


_ASIDE_WORDS = 8  # "presidenta del club de fútbol de la ciudad": longer is no aside


def _is_list(s: Sentence, keep: list[int], commas: list[int]) -> bool:
    """Whether names before and after the first comma make a list: "Poland, Hungary and the
    Czech Republic" (not "Lumo Corp, a maker of X and Y", nor "Hassan, King Hussein's brother
    and adviser")."""
    c = _clauses(s.language)
    first = [s.tokens[k] for k in keep[: commas[0]]]
    if len(first) == 1 and _common_nouns([s.tokens[k] for k in keep], c):
        return True  # "Storms, floods and landslides": things, listed as names are
    closed = keep[-1] + 1 < len(s.tokens) and s.tokens[keep[-1] + 1].text == ","
    if not closed and _article_items([s.tokens[k] for k in keep], c):
        return True  # "The new hall, the ramps and the roof": things, each with its article
    if not closed and _list_after_preposition(s, keep, commas, c):
        return True  # "Prices of wheat, corn and barley": the goods are the list
    if not all(t.text[:1].isupper() for t in first):
        return False
    return _names_listed([s.tokens[k] for k in keep[commas[0] + 1 :]], c)


def _list_after_preposition(s: Sentence, keep: list[int], commas: list[int], c: ModuleType) -> bool:
    """Whether a list's first item follows a preposition right before the first comma: plain
    nouns ("Exports of tin, copper and zinc") or names ("Shares of Lumo, Brixel and Tandor");
    the list is the preposition's, and a subject cut at its comma keeps one item of it."""
    p = commas[0] - 2
    if p < 1 or s.tokens[keep[p]].lower not in c.PREPOSITIONS:
        return False
    items = [s.tokens[k] for k in keep[p + 1 :]]
    if items[0].text[:1].isupper():
        return _names_listed(items[2:], c)
    return _common_nouns(items, c)


def _names_listed(after: list[Token], c: ModuleType) -> bool:
    """Whether ``after``, the words after a name's comma, go on listing names up to a last one
    after the coordinator ("Hungary, Slovakia and the Czech Republic")."""
    n = 0  # words of the item so far ("Poland, Hungary, Slovakia and …": items between commas)
    for k, token in enumerate(after):
        if token.lower in c.COORDINATORS:
            nxt = after[k + 1 :][:1]
            return n > 0 and bool(nxt) and (nxt[0].text[:1].isupper() or nxt[0].lower in c.ARTICLES)
        if token.text == "," and n > 0:
            n = 0
            continue
        name_word = token.text[:1].isupper() and not token.lower.endswith(c.POSSESSIVE_ENDINGS)
        n += 1
        if n > c.LIST_ITEM_REACH + 2 or (not name_word and token.lower not in c.ARTICLES):
            return False
    return False


def _article_items(tokens: list[Token], c: ModuleType) -> bool:
    """Whether ``tokens`` list things each opened by an article, the last after a
    coordinator: "The new hall, the five ramps and the roof of the depot"; every item short
    (not "Lumo, the maker of X and the owner of Y": Lumo, no article)."""
    items: list[list[Token]] = [[]]
    for token in tokens:
        if token.text == "," or (token.lower in c.COORDINATORS and items[-1] and len(items) > 1):
            items.append([])
        else:
            items[-1].append(token)
    return (
        len(items) > 2
        and len(tokens) <= _LIST_WORDS
        and any(t.lower in c.COORDINATORS for t in tokens)
        and all(0 < len(item) <= _ITEM_WORDS and item[0].lower in c.ARTICLES for item in items)
    )


_ITEM_WORDS = 6
_LIST_WORDS = 12  # a longer list would crowd the title out: its first item stands for it


def _verb_first(s: Sentence, k: int) -> bool:
    """Whether the word at ``k`` opening a subject's words is an auxiliary as written in a
    clause ("[that] didn't set a cap, Lumo had bought …"): the rest of a fronted relative,
    the subject after its comma (a name such as "Will Adams" is capitalised)."""
    c = _clauses(s.language)
    word = s.tokens[k]
    negated = bool(c.NEGATED_AUX_ENDING) and word.lower.endswith(c.NEGATED_AUX_ENDING)
    return word.text.islower() and (word.lower in c.AUX or negated)


def _common_nouns(tokens: list[Token], c: ModuleType) -> bool:
    """Whether ``tokens`` (a subject's opening word, then what follows its comma) list plain
    nouns: "Storms, floods and landslides", "Sales, profits and margins"; an item then a
    coordinator and one last item, maybe with the head the items share ("Bread, milk and egg
    prices"), every word a noun the lists know and no adverb ("Exports, mainly cars and parts"
    is an aside)."""
    words = [t.lower for t in tokens]
    # ("Bread, milk and egg prices": the last item may carry the head the items share)
    joined = next((j for j in range(len(words) - 2, 1, -1) if words[j] in c.COORDINATORS), 0)
    if len(words) < 4 or not joined or len(words) - joined > _SHARED_HEAD + 1:
        return False
    if len([w for w in words[:joined] if w != ","]) < 2:
        return False  # "[after] grounding, and salvage teams …": one item is no list
    items = [w for w in words if w != "," and w not in c.COORDINATORS]
    return len(items) <= c.LIST_ITEM_REACH + _SHARED_HEAD and all(
        "NOUN" in c.lemmas(w) and "ADV" not in c.lemmas(w) and w not in c.PREPOSITIONS
        for w in items
    )


def _place_then_noun(s: Sentence, keep: list[int], commas: list[int]) -> bool:
    """ "The Avon, Conn., company's stock": a determiner, a place and its state's abbreviation
    between commas, then the noun phrase the place only qualifies."""
    c = _clauses(s.language)
    if len(commas) < 2 or commas[1] + 1 >= len(keep) or commas[0] < 2:
        return False
    if s.tokens[keep[0]].lower not in c.ARTICLES:
        return False
    place = [s.tokens[k].text for k in keep[1 : commas[0]]]
    state = [s.tokens[k].text for k in keep[commas[0] + 1 : commas[1]]]
    after = s.tokens[keep[commas[1] + 1]].text
    abbreviation = 1 <= len(state) <= 2 and state[0][:1].isupper() and state[-1] in (".", *state)
    abbreviation = abbreviation and len(state[0].rstrip(".")) <= c.STATE_ABBREVIATION_CHARS
    return all(w[:1].isupper() for w in place) and abbreviation and after[:1].islower()


def _fronted(s: Sentence, words: list[int], after_scene: bool = False) -> bool:
    """Words before a comma that only set the scene: a phrase opening on a preposition ("On
    behalf of the country,"), a dateline ("CANBERRA,"), or words naming no one and nothing
    ("So far,"); after such a phrase, a place's last name ("in Madrid, Spain,")."""
    c = _clauses(s.language)
    tokens = [s.tokens[k] for k in words]
    if tokens[0].lower in c.PREPOSITIONS or _dateline(s, words):
        return True
    if len(tokens) > 1 and tokens[-1].lower in lang.words(s.language, "cues").YEAR_AGO_FROM_NOW:
        return True  # "Півстоліття тому, [3 липня 1975 року,] бригада …": a time ago
    focus = tokens[0].lower in c.DATE_FOCUS_WORDS
    if focus and len(tokens) > 1 and tokens[1].lower in c.PREPOSITIONS:
        return True  # "Саме в річницю затемнення, клуб …": the focus word is the phrase's
    if len(tokens) > 1 and tokens[1].lower == c.TO and "ADJ" in c.lemmas(tokens[0].lower):
        return True  # "Contrary to other reports,", "Prior to the vote,"
    if after_scene and len(tokens) <= 2 and all(t.text[:1].isupper() for t in tokens):
        return True
    if _around_a_date(s, words):
        return True  # "This time [next year], the bank …": what is left of a time phrase
    while (
        len(tokens) > 2 and tokens[0].lower.endswith(c.ADVERB_ENDING) and tokens[0].text.istitle()
    ):
        tokens = tokens[1:]  # "Partly offsetting these outflows,"
    first = tokens[0].lower
    after = c.PREPOSITIONS | c.DETERMINERS  # "Buried a foot beneath the ground, the rifle …"
    gerund = first.endswith(c.GERUND) and "VERB" in c.lemmas(first)  # "Looking a little ahead,"
    if len(tokens) > 1 and (c.is_participle(first) or gerund) and tokens[1].lower in after:
        return True  # "Encouraged by an amnesty, money has flowed in": no subject
    a_name = any(m.start == tokens[0].start for m in s.mentions)  # "Sytenko, a former …"
    named = any(t.text[:1].isupper() for t in tokens[1:]) or tokens[0].lower in c.PRONOUNS
    # a capital after a word, not at the sentence's or a phrase's start ("[In March]
    # Oakhurst,"), or a capitalised word alone that no word list knows before a participle's
    # aside ("Mbali, elected mayor in May, resigned")
    k, capital = words[0], tokens[0].text[:1].isupper()
    inside = k > 0 and capital and s.tokens[k - 1].text[:1].isalnum()
    unknown = len(tokens) == 1 and capital and not c.lemmas(tokens[0].lower)
    named = named or a_name or inside or (unknown and _participle_after_comma(s, words[-1], c))
    if not named and all("ADV" in c.lemmas(t.lower) for t in tokens):
        return True  # "Further out,", "Later on,": adverbs, however else the words are used
    # a word after an article is its noun, however else it is used ("Le marché," — also
    # "marcher"'s participle — is who the clause is about)
    nouns = [k > 0 and tokens[k - 1].lower in c.ARTICLES for k in range(len(tokens))]
    nouns = [noun or "NOUN" in c.lemmas(t.lower) for noun, t in zip(nouns, tokens, strict=True)]
    return not named and not any(nouns)


def _participle_after_comma(s: Sentence, k: int, c: ModuleType) -> bool:
    """Whether a lower-case past participle follows the comma after token ``k``."""
    after = s.tokens[k + 2] if k + 2 < len(s.tokens) else None
    comma = k + 1 < len(s.tokens) and s.tokens[k + 1].text == ","
    return comma and after is not None and after.text.islower() and c.is_participle(after.text)


def _participle_clause(s: Sentence, words: list[int], rest: list[int]) -> bool:
    """ "Excluding defense orders, factory orders fell", "Turning [to 1987], the OECD pointed":
    a verb's -ing form opening the words before the comma heads a participle clause, not a
    subject, when what follows the comma runs to the verb with no comma of its own and opens
    as a noun phrase does. A gerund subject ("Mining of ore", "Spending, up 5 pct,") and a
    list ("Mining, farming and …") keep their commas."""
    c = _clauses(s.language)
    first = s.tokens[words[0]]
    if _opening_participle(s, words, c):
        first = s.tokens[words[-1]]  # "Built as a chapel [in 1870], the hall became …"
    elif not (first.lower.endswith(c.GERUND) and "VERB" in c.lemmas(first.lower)):
        return False
    if len(words) > 1 and s.tokens[words[1]].lower in (c.OF, *c.COORDINATORS):
        return False
    ahead = [s.tokens[k] for k in rest]
    if not ahead or any(t.text == "," for t in ahead):
        return False
    if any(t.lower in c.COORDINATORS for t in ahead):
        return False  # "Mining, farming and fishing": a list of gerunds
    head = ahead[0]
    if head.lower in c.DETERMINERS or head.lower in c.ARTICLES:
        return True
    if head.text[:1].isupper() and head.lower not in c.PRONOUNS:
        return True  # "…, Wallis urged": a name
    if len(words) == 1:
        return False
    kinds = c.lemmas(head.lower)
    return head.lower not in c.PREPOSITIONS and "NOUN" in kinds and "ADV" not in kinds


def _opening_participle(s: Sentence, words: list[int], c: ModuleType) -> bool:
    """Whether the sentence opens on a past participle (after an adverb of
    ``OPENING_PARTICIPLE_ADVERBS``) and lower-case words after it ("Built as a chapel",
    "Originally built as a chapel"), not on a name that holds one ("Advanced Micro")."""
    k = words[0]
    if k != 0 or len(words) < 2:
        return False
    if s.tokens[k].lower in c.OPENING_PARTICIPLE_ADVERBS:
        k = words[1]
    participle = s.tokens[k].lower
    if not c.is_participle(participle) or "NOUN" in c.lemmas(participle):
        return False
    return not any(s.tokens[j].text[:1].isupper() for j in words[1:])


def _dateline(s: Sentence, words: list[int]) -> bool:
    """ "CANBERRA, Australia (AP)_ …", "THE HAGUE, …": a place in capitals before a dateline's
    mark, not a name in capitals ("IBM, the computer maker,")."""
    c = _clauses(s.language)
    if not all(len(s.tokens[k].text) > 1 and s.tokens[k].text.isupper() for k in words):
        return False
    reach = s.tokens[words[0] : words[0] + c.DATELINE_WORDS * 2]
    return any(t.text in c.DATELINE_MARKS or t.text.endswith("_") for t in reach)


def names_person_titled(s: Sentence, ks: list[int]) -> bool:
    """Whether the words ``ks`` are one person's name, maybe after a title in capitals ("Nina
    Kask", "General Kofi Asante"): an aside that says who.

    >>> from core.events.entities import find_mentions
    >>> from core.events.parse import parse_sentence
    >>> text = "Its head, General Kofi Asante, spoke."
    >>> s = parse_sentence(text, 0, len(text), [], find_mentions(text, 0))
    >>> names_person_titled(s, [3, 4, 5]), names_person_titled(s, [0, 1])
    (True, False)
    """
    first, last = s.tokens[ks[0]], s.tokens[ks[-1]]
    for m in s.mentions:
        inside = first.start <= m.start < last.end <= m.end
        if m.kind == PERSON and inside and m.text[:1].isupper():  # not "of In-Stat"
            titles = [s.tokens[k].text for k in ks if s.tokens[k].end <= m.start]
            return all(t[:1].isupper() for t in titles)
    return False


def _around_a_date(s: Sentence, words: list[int]) -> bool:
    """Whether the words before a comma are what is left of a time phrase once its date is
    dropped: a date among them, and at most two words around it that count or point and
    name no one ("This time [next year],"); not "Sales [in 1986]," a subject."""
    if len(words) > 2 or words[-1] + 1 not in s.drop:
        return False  # the date after the words: not "The [April 6] sale,"
    if any(m.start == s.tokens[words[0]].start for m in s.mentions):
        return False  # "Lomax [in 1986]," a name
    c = _clauses(s.language)
    first = s.tokens[words[0]].lower
    counted = first in c.DEMONSTRATIVES | c.NUMBER_WORDS or first[:1].isdigit()
    # "This time", "Two days": a count or a pointer, not "Sales [in 1986]," a subject
    return counted and not any(s.tokens[k].text[:1].isupper() for k in words[1:])


def _bare_plural(s: Sentence, words: list[int]) -> bool:
    """Whether ``words`` are a plural noun phrase without a determiner ("carmakers", "local
    farmers"): never an apposition of the name before their comma ("Ann Roe, chairman,")."""
    if not words or len(words) > 3 or not all(s.tokens[k].text.islower() for k in words):
        return False
    c = _clauses(s.language)
    head = s.tokens[words[-1]].lower
    nouns = c.lemmas(head).get("NOUN", ())
    if not c.PLURAL_ENDING or s.tokens[words[0]].lower in c.DETERMINERS:
        return False
    if any(
        s.tokens[k].lower in c.PREPOSITIONS or s.tokens[k].lower.endswith(c.ADVERB_ENDING)
        for k in words
    ):
        return False  # "…, largely in autos,": an aside of its own
    unknown = not c.lemmas(head) and not head.endswith(c.PLURAL_ENDING * 2)  # "carmakers"
    return head.endswith(c.PLURAL_ENDING) and (unknown or (bool(nouns) and head not in nouns))
