"""Which words of a clause a title keeps: verb groups, noun phrases, names, dropped dates.

``core.events.phrases`` finds the clauses and verbs; this module picks the words of a span
as a title takes them: the verb group ("will travel to"), the noun phrase around a trigger,
a predicate cut before a second verb, each person named by the short form a headline uses,
and the time expressions dropped together with the phrase each completes.
"""

from __future__ import annotations

import re
from functools import cache
from types import ModuleType

from core import lang
from core.events.apposed_objects import apposed_name_end, apposed_phrase_end
from core.events.date_debris import second_year, stranded_demonstrative
from core.events.entities import PERSON, PLACE, Mention
from core.events.finite import is_finite
from core.events.middle import aside_after_verb
from core.events.names import is_latin, stem_key
from core.events.phrase_edges import adjectives_go_on, correlative, date_edges, place_aside
from core.events.role_words import drop_title, name_head
from core.events.tokens import Token, glue_quotes


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def verb_group_end(tokens: list[Token], verb: int, end: int, language: str = "en") -> int:
    """End of the verb group from ``verb``: "will travel to" (auxiliaries, verb, particle)."""
    c = _clauses(language)
    k = verb
    while k < end - 1 and (tokens[k].lower in c.AUX or tokens[k].lower in c.ADVERBS):
        k += 1
    k += 1
    if k < end and tokens[k].lower in c.VERB_GROUP_ENDS:
        k += 1
    return k


def noun_phrase(
    tokens: list[Token], trigger: int, start: int, end: int, language: str = "en"
) -> tuple[int, int]:
    """The noun phrase around a trigger noun: "plans for joint military [exercises] between …"."""
    c = _clauses(language)
    a = trigger
    while a > start:
        word = tokens[a - 1]
        if word.lower in c.DETERMINERS:
            a -= 1
            break
        if word.lower in c.NOUN_LINKS and a - 2 >= start and _is_plain_word(tokens[a - 2], c):
            a -= 2
            continue
        if not _is_plain_word(word, c) or is_finite(tokens, a - 1, start, language):
            break
        a -= 1
    b = trigger + 1
    while (
        b < end
        and tokens[b].text not in (",", "“", "”")
        and not is_finite(tokens, b, start, language)
    ):
        if tokens[b].lower in c.NOUN_PHRASE_ENDS:
            break
        nxt = tokens[b + 1].lower if b + 1 < end else ""
        if tokens[b].lower in c.COORDINATORS and set(c.lemmas(nxt)) == {"VERB"}:
            break  # "the scope of the accord | and reactivate trading": a second verb's
        b += 1
    while b - 1 > trigger and tokens[b - 1].lower in c.PREPOSITIONS | c.COORDINATORS:
        b -= 1
    return a, b


def _is_plain_word(token: Token, c: ModuleType) -> bool:
    lower = token.lower
    return (
        token.text[:1].isalpha()
        and lower not in c.PREPOSITIONS
        and lower not in c.AUX
        and lower not in c.COORDINATORS
        and lower not in c.ITEM_OPENERS  # ("…, including | the Aster")
    )


def cut_coordination(tokens: list[Token], start: int, end: int, language: str = "en") -> int:
    """Stop a predicate before a second coordinated verb ("annexed X and threw Y")."""
    c = _clauses(language)
    skip_to = start
    list_and = 0  # the "and" a list's comma reached
    asides = c.COMMA_ASIDES or c.VERB_COMMA_ASIDES
    aside = _aside_end(tokens, start, end, c) if asides else None
    for k in range(start + 1, end):
        if k < skip_to:
            continue
        if aside and aside[0] <= k <= aside[1]:
            continue  # "ont rejeté, par 290 voix contre 250, la motion": the title drops it
        place = place_aside(tokens, k, language)
        if place:
            skip_to = place  # "the Newark, N.J., airport": the place's state, no list
            continue
        listed = tokens[k].text == "," and _list_and(tokens, k, end, c)
        if listed:
            list_and = listed
        comma = tokens[k].text == "," and not listed
        close = comma and (
            apposed_name_end(tokens, k, end, c) or apposed_phrase_end(tokens, k, end, c)
        )
        if close:
            skip_to = close + 1  # "asked the assistant, Marta Lind, | to take charge"
            continue
        if comma and not adjectives_go_on(tokens, k, end, c):
            return k
        # a verb is written in lower case: "National Grain and Feed Association" is a name
        past = k + 1 < end and tokens[k + 1].text.islower() and c.is_past(tokens[k + 1].text)
        # "comenzaron en diciembre y se han desarrollado …": a clitic, then the second verb
        clitic = k + 2 < end and tokens[k + 1].lower in c.REFLEXIVES | c.OBJECT_CLITICS
        nxt = tokens[k + 2] if clitic else None
        past = past or (nxt is not None and (nxt.lower in c.AUX or c.is_past(nxt.text)))
        if past and tokens[k].lower == c.AND:
            if k - 1 == start or correlative(tokens, start, k, c):
                continue  # "shot and killed a doctor", "both raw material and finished goods"
            if k == list_and and not clitic:
                continue  # "prices of corn, rice and shelled peanuts": the list's last item
            return k
    return end


def list_comma(tokens: list[Token], comma: int, end: int, language: str) -> bool:
    """Whether the comma at ``comma`` separates a list's items whose "and" comes before ``end``
    ("of corn, rice, cottonseed and peanuts"), in a language whose data read names and figures
    as items (``LIST_NAME_ITEMS``)."""
    c = _clauses(language)
    return c.LIST_NAME_ITEMS and bool(_list_and(tokens, comma, end, c))


def comma_read_past(tokens: list[Token], verb: int, comma: int, end: int, language: str) -> bool:
    """Whether ``cut_coordination`` reads past the comma at ``comma`` in the predicate of the
    verb at ``verb`` as an aside's closing comma ("purchased, on a net basis, | a record …")."""
    c = _clauses(language)
    if not (c.COMMA_ASIDES or c.VERB_COMMA_ASIDES):
        return False
    return (_aside_end(tokens, verb, end, c) or (0, 0))[1] == comma


def _aside_end(tokens: list[Token], start: int, end: int, c: ModuleType) -> tuple[int, int] | None:
    """The first two commas after the verb at ``start`` when they set off a short phrase that
    opens on a preposition and words follow (``core.events.middle.without_comma_aside``)."""
    commas = [k for k in range(start + 1, end) if tokens[k].text == ","][:2]
    if len(commas) < 2 or commas[1] - commas[0] > 10 or commas[1] + 1 >= end:
        return None
    opens = tokens[commas[0] + 1].lower in c.PREPOSITIONS
    if opens and not c.COMMA_ASIDES:  # only right after the verb group (VERB_COMMA_ASIDES)
        before = [t.lower for t in tokens[start : commas[0]]]
        opens = aside_after_verb(before, [t.text for t in tokens[commas[0] + 1 : commas[1]]], c)
    after = tokens[commas[1] + 1].text[:1]
    words_follow = after.isalpha() or (after.isdigit() and not c.COMMA_ASIDES)  # ", 300 people"
    return (commas[0], commas[1]) if opens and words_follow else None


def _list_goes_on(tokens: list[Token], comma: int, end: int, c: ModuleType) -> bool:
    """ "in automobile, electrical and electronic manufacturing": the comma is a list's, and
    the words after it reach its "and" without a verb or another comma."""
    return bool(_list_and(tokens, comma, end, c))


def _list_and(tokens: list[Token], comma: int, end: int, c: ModuleType) -> int:
    """The index of the "and" the list whose comma is at ``comma`` reaches, or 0."""
    item = 0  # the words of the item read so far ("A, B, C and D": each its own)
    for k in range(comma + 1, min(comma + 1 + _LIST_ITEMS * (c.LIST_ITEM_REACH + 1), end)):
        text = tokens[k].text
        if tokens[k].lower in c.COORDINATORS:
            return k if item > 0 else 0
        if text == "," and item and c.LIST_NAME_ITEMS:
            item = 0  # "bought Alpha, Beta, Gamma and Delta"
            continue
        if not _list_word(text, c) or item == c.LIST_ITEM_REACH - 1:
            return 0
        item += 1
    return 0


_LIST_ITEMS = 4  # how many items a list may run to before its "and"


def _list_word(text: str, c: ModuleType) -> bool:
    """A word a list's item may hold: a lower-case word that is no verb; where the language's
    data say so, a name ("bought Alpha, Beta and Gamma") or a figure ("3 mills, 2 barges")."""
    if text.islower():
        gerund = text.endswith(c.GERUND) and "VERB" in c.lemmas(text)  # ", trapping …"
        return text not in c.AUX and not c.is_past(text) and not gerund
    return c.LIST_NAME_ITEMS and (text[:1].isupper() or text[:1].isdigit())


def reduce_names(
    text: str, tokens: list[Token], start: int, end: int, mentions: list[Mention],
    skip: set[int] = frozenset(), language: str = "en",
) -> str:  # fmt: skip
    """The words of ``tokens[start:end]`` with each person named by the short form a headline
    uses, and the title before it dropped: "Russian President Vladimir Putin" → "Putin"."""
    c = _clauses(language)
    out: list[str] = []
    k = start
    while k < end:
        if k in skip:
            k += 1
            continue
        aside = place_aside(tokens, k, language)
        if aside and aside <= end:
            k = aside  # "a Buffalo, N.Y., doctor" → "a Buffalo doctor"
            continue
        tok = tokens[k]
        mention = _person_at(tok.start, mentions)
        if mention is not None:
            events = lang.words(language, "events")
            roles = events.ROLES
            if _place_after_role(tokens, k, start, out, mentions, roles):
                out.pop()  # "Канцлер Германии Олаф Шольц": the role's country goes with it
            # "bought Visa, | Mastercard and …": a list's comma, no role's before a name
            listed = out[-1:] == [","] and _list_goes_on(tokens, k - 1, end, c)
            apposed = out[-1:] == [","]
            headed = name_head(out, mention.text, roles, c)  # "the Col du Lautaret": a pass
            titled = not (listed or headed) and drop_title(out, c, roles, events.ROLE_COMPLEMENT)
            apposed = apposed and out[-1:] != [","]  # (the comma before the name went)
            first = k
            k += 1  # the name's first token, whatever its end ("Olsen’s")
            while k < end and tokens[k].start < mention.end:
                k += 1
            if titled:  # "Foreign Minister Ines Duarte" → "Duarte"
                out.append(mention.short + _possessive(tokens[k - 1].text, c))
            else:  # a name without a role may be no person's ("King World"): as written
                out.extend(t.text for t in tokens[first:k])
            if apposed and k < end and tokens[k].text == ",":
                k += 1  # "asked the assistant, Marta Lind, to …": the role's comma went
            continue
        glued = tokens[k - 1].end == tok.start and _glues(tokens[k - 1].text, tok.text)
        if out and k > start and k - 1 not in skip and glued:
            out[-1] += tok.text  # written together: "15-3/4", "(FRNs)"
        else:
            out.append(tok.text)
        k += 1
    return _join(out)


def _glues(before: str, word: str) -> bool:
    """Tokens written together stay together ("15-3/4", "(FRNs)"), but not a comma."""
    return (before[-1:].isalnum() or before[-1:] in "/-(") and word[:1] not in ",;:."


def _possessive(token: str, c: ModuleType) -> str:
    return token[-2:] if token.endswith(c.POSSESSIVE_ENDINGS) else ""


def _person_at(offset: int, mentions: list[Mention]) -> Mention | None:
    return next((m for m in mentions if m.start == offset and m.kind == PERSON), None)


def owner_name(name: str, owns: str, language: str = "en") -> str:
    """A name as the owner of what follows it in a title: "Acme's" (``owns``), or with the
    language's own ending after a name ("Lehmanns", "Hans Weiß'"); a noun phrase with its
    article keeps ``owns``."""
    c = _clauses(language)
    if not c.NAME_OWNER_ENDING or not name or name.split()[0].lower() in c.DETERMINERS:
        return f"{name}{owns}"
    if name.endswith(c.NAME_OWNER_APOSTROPHE_AFTER):
        return f"{name}'"
    return f"{name}{c.NAME_OWNER_ENDING}"


def name_in_title(text: str, mention: Mention, language: str = "en") -> str:
    """How a title names a person it resolved a pronoun to: the surname after a role
    ("President Omar Sall" → "Sall"), the surname as first named where the text declined it
    ("Завьялова отстранили. … он переехал": "Завьялов переехал") unless the text writes it
    as here more often (first named "з учителем Іваном Бондарем", then "Бондар" again and
    again: the subject's form), the surname for a given name the text writes less often than
    it ("Amara", once in a quote, of a piece that calls her "Osei"), else the name as written."""
    before = text[max(0, mention.start - 40) : mention.start].split()
    roles = lang.words(language, "events").ROLES
    titled = bool(before) and before[-1].lower().strip(",.") in roles
    if titled:
        return mention.short
    surname = mention.name.split()[-1]
    given = " " in mention.name and mention.text == mention.name.split()[0]
    often = given and _written(text, surname) > _written(text, mention.text)
    if often and not _other_given_names(text, mention.text, surname, language):
        return surname  # "Amara" in a quote, where the piece calls her "Osei"
    declined = " " not in mention.text and mention.text != surname and not is_latin(surname)
    if not declined or stem_key(surname) != stem_key(mention.text):
        return mention.text
    return mention.text if _written(text, mention.text) > _written(text, surname) else surname


def _other_given_names(text: str, given: str, surname: str, language: str) -> bool:
    """Whether the text puts another given name before the surname ("Winston Clarke" in a
    piece about Pauline Clarke) before the surname in any of its forms, so "Clarke" alone
    may be either."""
    c = _clauses(language)
    before = re.findall(rf"(\w+)\s+{re.escape(surname)}", text)  # ("Івана Гнатюка" too)
    mine = set(c.lemmas(given.lower()).get("NOUN", ()))
    return any(w != given and w[:1].isupper() and _other_name(w, mine, c) for w in before)


def _other_name(word: str, given: set[str], c: ModuleType) -> bool:
    """Whether a capitalised word is a name other than the given name whose noun lemmas are
    ``given``: a word no dictionary knows, or, where the dictionary knows given names
    (Ukrainian "Марія", "Івана"), a noun of another lemma ("Марії" is Марія's)."""
    forms = c.lemmas(word.lower())
    if not forms:
        return True
    nouns = set(forms.get("NOUN", ()))
    return bool(given) and bool(nouns) and not nouns & given


def _written(text: str, word: str) -> int:
    """How many times ``word`` stands in ``text`` as a whole word."""
    return len(re.findall(rf"(?<!\w){re.escape(word)}(?!\w)", text))


def _rest_of_phrase(tokens: list[Token], k: int, language: str) -> range:
    """The words of a noun phrase from ``k`` on: "peak of 3.9 billion stg"."""
    c = _clauses(language)
    j = k
    while (
        j < len(tokens)
        and tokens[j].text not in (",", ";")
        and not is_finite(tokens, j, k, language)
    ):
        lower = tokens[j].lower
        if lower in c.PREPOSITIONS - {c.OF} or lower in c.COORDINATORS or lower in c.OPENERS:
            break
        j += 1
    return range(k, j)


def widen_drop(tokens: list[Token], drop: set[int], language: str = "en") -> set[int]:
    """The dropped time expressions with the phrase each completes: "by the end of
    [September]", "in the fiscal year ending [March 31]" go with their date."""
    c = _clauses(language)
    wider = set(drop)
    for k in sorted(drop):
        if (
            k + 1 < len(tokens)
            and k + 1 not in drop
            and tokens[k].lower.endswith(c.POSSESSIVE_ENDINGS)
        ):
            wider.update(_rest_of_phrase(tokens, k + 1, language))  # "since last July's peak of …"
        if k + 1 < len(tokens) and k + 1 not in drop:
            wider.update(_date_tail(tokens, k + 1, c))  # "[on Friday evening] local time"
            wider.update(_period_start(tokens, k, language))  # "[the year] beginning April 1"
        wider.update(second_year(tokens, k))  # "[1931]/ 32"
        if k == 0 or k - 1 in drop:
            continue
        wider.update(_date_leads(tokens, k, drop, c), date_edges(tokens, k, drop, c))
        wider.update(stranded_demonstrative(tokens, k, drop, c))  # "that [June] on line 12"
        # "of" and "to" are dropped as the date's preposition: the link is the run's start
        link = k if tokens[k].lower in {c.OF} | c.PERIOD_END_LINKS else k - 1
        ends_period = tokens[link].lower in c.PERIOD_END_LINKS
        if tokens[link].lower not in c.TIMEX_PHRASE_LINKS and not ends_period:
            continue
        heads = c.TIMEX_PHRASE_HEADS
        if heads and (link == 0 or tokens[link - 1].lower not in heads):
            continue  # German "für den Haushalt des [kommenden Jahres]": a noun's, kept
        if link == k - 1 and tokens[link].lower.endswith(c.GERUND):
            wider.add(link)  # "a marked effect starting [in the fourth quarter]"
        for p in range(link - 1, max(-1, link - 6), -1):
            word = tokens[p]
            if word.lower in c.PREPOSITIONS:
                nouns = {t.lower for t in tokens[p:link]} & c.PERIOD_NOUNS
                # "in the year ending …", not "some 40 mln dlrs beginning …" (a figure is
                # no period) nor "the survey of the farms ended [in March]" (a happening)
                if nouns or tokens[link].lower == c.OF:
                    wider.update(range(p, link + 1))
                break
            if not _is_plain_word(word, c) and not word.text[:1].isdigit():
                break
    return wider


def _join(words: list[str]) -> str:
    text = " ".join(words)
    text = _SPACE_BEFORE_MARK.sub(r"\1", text)
    text = _SPACE_BEFORE_S.sub(r"\1", text)  # "Corp.'s net income"
    return glue_quotes(text)


_SPACE_BEFORE_MARK = re.compile(r"\s+([,;:.’”])")
_SPACE_BEFORE_S = re.compile(r"(?<=\.)\s+(['’]s)\b")


def _place_after_role(
    tokens: list[Token], k: int, start: int, out: list[str], mentions: list[Mention],
    roles: frozenset[str],
) -> bool:  # fmt: skip
    """Whether the word before the name at ``tokens[k]`` is a place that a role word comes
    before: the country of "Канцлер Германии Олаф Шольц" (``core.events.entities``)."""
    if k <= start or len(out) < 2 or out[-2].lower().rstrip(".") not in roles:
        return False
    before = tokens[k - 1].start
    return any(m.start == before and m.kind == PLACE for m in mentions)


def _date_part(tokens: list[Token], a: int, c: ModuleType) -> range:
    """The part of a month named before its genitive at ``a``, with its adjectives and
    preposition: Russian "[в первых числах] августа", Ukrainian "[у другій половині] травня"."""
    endings = c.ADJECTIVE_ENDINGS + c.SUBJECT_ADJECTIVE_ENDINGS  # ("останні": a plural's "-і")
    j = a - 1
    while j > max(0, a - 3) and tokens[j - 1].lower.endswith(endings):
        j -= 1
    if j > 0 and tokens[j - 1].lower in c.PREPOSITIONS:
        return range(j - 1, a)
    return range(0)  # no preposition opens the phrase: not read as the date's


def _date_leads(tokens: list[Token], k: int, drop: set[int], c: ModuleType) -> range:
    """The words before a dropped date starting at ``k`` that go with it: a modifier before
    its preposition ("early [on Monday]"), or a hedge with the preposition before it
    ("until at least [2028]", "by about [June]"); an empty range when there are none."""
    a = k
    focus = a
    while focus > 0 and tokens[focus - 1].lower in c.DATE_FOCUS_WORDS:
        focus -= 1
    if focus < a:
        return range(focus, a)  # German "erst [im März]": the bound goes with its date
    if a > 0 and tokens[a - 1].lower in c.DATE_PART_NOUNS:
        return _date_part(tokens, a, c)  # "в первых числах [августа]"
    for lead in c.VAGUE_DATE_LEADS:  # "some time [this year]": no time of its own
        if a >= len(lead) and tuple(t.lower for t in tokens[a - len(lead) : a]) == lead:
            return range(a - len(lead), a)
    j = a
    while j > 0 and tokens[j - 1].lower in c.DATE_HEDGES:
        j -= 1
    if j == a and tokens[a].lower in c.RANGE_LINKS and j > 0 and _number(tokens[j - 1].lower, c):
        j -= 1  # "in three [to four years]": the range's first end
        while j > 0 and tokens[j - 1].lower in c.DATE_HEDGES:
            j -= 1
    elif j > 1 and tokens[j - 1].lower in c.RANGE_LINKS and _number(tokens[j - 2].lower, c):
        j -= 2  # "in three to [four years]"
        while j > 0 and tokens[j - 1].lower in c.DATE_HEDGES:
            j -= 1
    if j < a and j > 0 and tokens[j - 1].lower in c.PREPOSITIONS:
        return range(j - 1, a)  # "until at least", "by about"
    if j < a and tokens[j].lower in c.PREPOSITIONS:
        return range(j, a)  # "at around [4 a.m.]"
    if j < a and not c.ARTICLES and tokens[a - 1].lower not in c.NEGATIONS:
        return range(j, a)  # "не раньше [конца июня]": a case governs the date, no preposition
    preposition = a > 1 and a in drop and tokens[a].lower in c.PREPOSITIONS
    if preposition and tokens[a - 1].lower in c.DATE_MODIFIERS and tokens[a - 2].text != ",":
        return range(a - 1, a)  # "early [on Monday]", "late [on Friday]"
    return range(0)


def _number(word: str, c: ModuleType) -> bool:
    return word[:1].isdigit() or word in c.NUMBER_WORDS


def _period_start(tokens: list[Token], k: int, language: str) -> range:
    """The day a dropped period starts on, after it: "in [the fiscal year] beginning Oct. 1,
    1987", "[fiscal 1987/88] starting April one"; an empty range when none follows."""
    c = _clauses(language)
    period = tokens[k].lower in c.PERIOD_NOUNS or tokens[k].text[:1].isdigit()
    if not period or tokens[k + 1].lower not in c.PERIOD_START_LINKS:
        return range(0)
    months = lang.words(language, "calendar").MONTHS
    j = k + 2
    if j < len(tokens) and tokens[j].lower in c.TIMEX_PREPOSITIONS:
        j += 1  # "beginning on July 1"
    if j >= len(tokens) or tokens[j].lower not in months:
        return range(0)
    j += 2 if j + 1 < len(tokens) and tokens[j + 1].text == "." else 1  # "Oct."
    if j < len(tokens) and (tokens[j].text.isdigit() or tokens[j].lower in c.DAY_NUMBER_WORDS):
        j += 1
        if j + 1 < len(tokens) and tokens[j].text == "," and _YEAR.fullmatch(tokens[j + 1].text):
            j += 2  # "Oct. 1, 1987"
    return range(k + 1, j)


_YEAR = re.compile(r"\d{4}")


def _date_tail(tokens: list[Token], k: int, c: ModuleType) -> range:
    """The words after a dropped date that only say whose clock it is or stretch it ("[on
    Friday evening] local time", "[for this month] and next"); an empty range when none."""
    for tail in c.DATE_TAILS:
        words = tail.split()
        if [t.lower for t in tokens[k : k + len(words)]] == words:
            return range(k, k + len(words))
    return range(0)
