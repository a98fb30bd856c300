"""Whether a word is a finite verb, and which word is its clause's finite verb.

The test reads the language's word forms (``lemmas``, ``is_past``) and the word's neighbours: a
past participle after a noun modifies it ("the bridge built in 1931"), a capitalised word may
be a name, a plural present needs a plural subject. ``core.events.phrases`` cuts clauses with it.
"""

from __future__ import annotations

from functools import cache
from types import ModuleType

from core import lang
from core.events.aside_resumes import resumes_after_participle_aside
from core.events.dated_entries import entry_present
from core.events.finite_cues import (
    _YEAR,
    _after_fronted_object,
    _after_object_clitic,
    _aside_closes,
    _aux_after_phrase,
    _capital_slip,
    _elided_article,
    _glued_to_number,
    _in_aside,
    _links,
    _name_before_aside,
    _name_in_s,
    _nationality_of_noun,
    _near_time,
    _noun_subject_after,
    _owned_noun,
    _participle,
    _plural_present,
    _present_verb,
    _resumed,
    _singular_noun,
    _subjunctive_closing,
    _verb_follows,
    present_relatives,
)
from core.events.finite_signs import (
    _floating_quantifier,
    _noun_subject_before,
    _pronoun_after_preposition,
    _time_after,
    dropped_subject_verb,
    noun_before_be,
    noun_before_past,
    present_after_relative,
    verb_after_subject_relative,
)
from core.events.inserted_sayings import inserted_saying
from core.events.plural_presents import plural_relative_verb, plural_resumed_verb
from core.events.relative_nouns import noun_opens_object_relative
from core.events.resumed_futures import future_after_relative
from core.events.tokens import _DASHES, Token, glued_to_that
from core.events.verb_last_titles import attributive_participle


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def finite_verb(tokens: list[Token], start: int, end: int, language: str = "en") -> int | None:
    """Index of the first token in ``[start, end)`` that reads as a finite verb."""
    return _finite_verb(tokens, start, end, _clauses(language))


def _finite_verb(
    tokens: list[Token], start: int, end: int, c: ModuleType, whole: bool = False
) -> int | None:
    """The first finite verb of ``tokens[start:end]`` that is the clause's own; ``whole``:
    the span is a whole clause, so a relative's verb inside it is never the clause's, even
    with no verb of the clause's own after it (that verb is past a comma: "Ruiz, a member of
    the board which oversees the port, | said …")."""
    skip = start
    for k in range(start, end):
        if k < skip:
            continue
        if (closing := inserted_saying(tokens, k, end, c)) is not None:
            skip = closing + 1  # "En 1995, agregó, | el banco cerró": the clause's verb after
            continue
        if _is_finite(tokens, k, start, c):
            if _is_modifier_participle(tokens, k, end, c) or _in_aside(tokens, k, start, end, c):
                continue
            if _relative_inside(tokens, k, start, end, c, whole):
                continue  # "pilots whose licences lapsed during the audit | were grounded"
            if _relative_second_verb(tokens, k, start, end, c, whole):
                continue  # "an oceanographer who led voyages and spent decades …, died"
            return k
    return None


def _relative_inside(
    tokens: list[Token], k: int, start: int, end: int, c: ModuleType, whole: bool = False
) -> bool:
    """Whether the verb at ``k`` is a relative clause's inside the subject, with no comma
    ("the number of farmers who planted barley fell", "pilots whose licences
    lapsed … were grounded"): the clause's own verb comes after it (or, in a ``whole``
    clause, past its end)."""
    aux = k - 1
    while aux > start and (tokens[aux].lower in c.AUX or tokens[aux].lower in c.NEGATIONS):
        aux -= 1  # "rangers who had (not) been searching": the relative before its auxiliaries
    if aux < k - 1 and tokens[aux].lower in c.SUBJECT_RELATIVES - {c.WHOSE}:
        rel = aux
    else:
        rel = k - 1 if tokens[k - 1].lower in c.SUBJECT_RELATIVES else k - 2
        if rel == k - 2 and tokens[rel].lower != c.WHOSE:
            return False
    if rel <= start or tokens[rel].lower not in c.SUBJECT_RELATIVES:
        return False
    if tokens[rel - 1].text == "," or not tokens[rel - 1].text[:1].isalpha():
        return False  # ", who …": a clause of its own, cut at its comma
    if tokens[rel - 1].lower in c.PREPOSITIONS:
        return False  # ", most of which were sold, …": an aside's own verb
    return whole or any(
        _is_finite(tokens, j, start, c) and tokens[j].text not in (",",)
        for j in range(k + 1, end)
        if tokens[j - 1].text != "," and tokens[j - 1].lower not in c.COORDINATORS
    )


def _relative_second_verb(
    tokens: list[Token], k: int, start: int, end: int, c: ModuleType, whole: bool = False
) -> bool:
    """Whether the verb at ``k``, after "and", is the second verb of a relative inside the
    subject that no comma sets off ("an oceanographer who led voyages and spent four decades
    …, died on Friday"): the relative's verb opens right after its pronoun, no comma between
    it and ``k``, and the clause's own verb comes after (or, in a ``whole`` clause, past its
    end)."""
    if k - 1 <= start or tokens[k - 1].lower != c.AND:
        return False
    rel = next(
        (
            j
            for j in range(k - 2, start, -1)
            if tokens[j].text == "," or tokens[j].lower in c.SUBJECT_RELATIVES
        ),
        None,
    )
    if rel is None or tokens[rel].text == "," or tokens[rel].lower == c.WHOSE:
        return False
    if not tokens[rel - 1].text[:1].isalpha() or tokens[rel - 1].lower in c.PREPOSITIONS:
        return False
    first = rel + 1
    while first < k - 1 and tokens[first].lower in c.AUX:
        first += 1
    if first >= k - 1 or not (c.is_past(tokens[first].text) or tokens[first - 1].lower in c.AUX):
        return False
    return whole or any(_is_finite(tokens, j, start, c) for j in range(k + 1, end))


def is_finite(tokens: list[Token], k: int, start: int, language: str = "en") -> bool:
    """Whether token ``k`` reads as a finite verb of a clause starting at ``start``."""
    return _is_finite(tokens, k, start, _clauses(language))


def _is_finite(tokens: list[Token], k: int, start: int, c: ModuleType) -> bool:
    word = tokens[k].text
    lower = tokens[k].lower  # (the token keeps its lower case)
    if not word[:1].isalpha() or (word[0].isupper() and k > 0 and not _capital_slip(tokens, k, c)):
        return False
    if k > 1 and tokens[k - 1].text == "-" and _glued_to_number(tokens, k):
        return False  # "a 1989-born architect", "a 2004-built ferry": half of an adjective
    if k == start:  # a clause opens on its verb only after "which", "who" or a closing comma
        before = k - 1
        links = _links(c)
        while before > 0 and tokens[before].lower in links:
            before -= 1  # "who also resigned", "which then fell": the link word is no opener
        opener = tokens[before].lower if k > 0 else ""
        after = opener in c.OPENERS or opener == "," or opener in _DASHES
        # "anunció que presentará una enmienda": the subject left out, the verb opens
        dropped = c.DROPS_SUBJECT and opener == c.THAT and c.is_finite_form(word)
        # French "qu'il quitterait": the subject pronoun written onto the elided "que"
        dropped = dropped or (glued_to_that(opener, c) in c.PRONOUNS and "VERB" in c.lemmas(lower))
        # "Nació en Jerez en 1930", "Había fundado en 1961 …": a sentence that opens on its
        # verb, the subject left out
        opens = k == 0 and c.DROPS_SUBJECT and dropped_subject_verb(tokens, c)
        # "Открыли музей в 2004 году": a plural verb opening the sentence, its doers unnamed
        opens = opens or (k == 0 and c.UNNAMED_PLURAL and c.plural_verb(word))
        # "Wie das Amt mitteilte, beginnen die Arbeiten …": the verb second, after a clause
        second = c.VERB_LAST and opener == "," and "VERB" in c.lemmas(lower)
        second = second and not c.is_participle(word)
        # "…, which starts in Toronto on May 20": a present after a relative
        verbs = c.lemmas(lower).get("VERB", ())
        relative = present_relatives(c)  # "who flies" too
        present = opener in relative and lower.endswith(c.THIRD_PERSON_ENDS)
        present = present and bool(verbs) and lower not in verbs and _resumed(tokens, k, c)
        present = present and not noun_opens_object_relative(tokens, k, c)  # "which engineers | …"
        # "Britain and Denmark, which assumes …": a list's last name, whose verb it is not sure
        present = present and not any(t.lower in c.COORDINATORS for t in tokens[max(0, k - 5) : k])
        if opens or (opener == "," and present_after_relative(tokens, k, c)):
            return True
        if opener == "," and plural_resumed_verb(tokens, k, c):
            return True  # "The new fees, which apply from 3 May, | cover …"
        if verb_after_subject_relative(tokens, k, c):
            return True  # French "…, qui rendra sa décision"
        if opener == "," and future_after_relative(tokens, k, c):
            return True  # "El museo, que cerró por obras, | reabrirá el 2 de mayo"
        present = present or plural_relative_verb(tokens, k, c)  # "…, which | apply from"
        return (lower in c.AUX or c.is_past(word) or dropped or second or present) and after
    prev = tokens[k - 1].lower
    if lower in c.AUX:
        # "für sein Lebenswerk", "after being": a form that is never finite, after a
        # preposition, is no clause's verb
        return prev != c.TO and not (prev in c.PREPOSITIONS and lower in c.NON_FINITE_AUX)
    if prev == "," and c.PARTICIPLE_AGREES and c.is_participle(word) and _aside_closes(tokens, k):
        return False  # "Le gérant, détenu depuis le 3 mai à Tours, conteste": an aside's
    if prev in c.DETERMINERS and _pronoun_after_preposition(tokens, k, c):
        return True  # "засідання щодо цього відбудеться в четвер": "цього" stands alone
    # "the ministers all voted" (each test's own first condition asked here: most words
    # fail it, with no call)
    floating = prev in c.FLOATING_QUANTIFIERS and _floating_quantifier(tokens, k - 1, start, c)
    if prev in c.OBJECT_CLITICS and _after_object_clitic(tokens, k, start, c):
        return True  # "qui les examinera", "il le reçoit": the pronoun is the verb's object
    if prev in c.OBJECT_PRONOUNS and c.UNNAMED_PLURAL and c.plural_verb(word):
        return "VERB" in c.lemmas(lower)  # "її нагородили": the object, not "her", before it
    # (an object pronoun that is a possessive too: not "их осталось всего пять", a count)
    one = prev in c.OBJECT_PRONOUNS and prev in c.PERSONAL_POSSESSIVES
    if one and c.SUBJECT_AFTER_VERB and _noun_subject_after(tokens, k, c):
        return True  # "его купила группа инвесторов": the object before, the subject after
    if k - 1 == start and _after_fronted_object(tokens, k, start, c):
        return True  # "Das teilte die Polizei mit": "das" is the object, not an article
    if (prev in c.DETERMINERS or prev in c.PREPOSITIONS or prev == c.TO) and not floating:
        return False
    aux = k - 1
    while aux > start and tokens[aux].lower in c.AUX:
        aux -= 1
    if aux < k - 1 and tokens[aux].lower == c.TO:
        return False  # "ships to be repaired": an infinitive's participle, no finite verb
    if prev.endswith(c.POSSESSIVE_ENDINGS) and not _name_in_s(tokens, k, c):
        return False  # "the bank's planned merger"
    if prev.endswith(c.ADVERB_ENDING) and k >= 2 and tokens[k - 2].lower in c.NOT_BEFORE_VERB:
        return False  # "the recently acquired plant", "of internationally traded goods"
    forms = c.lemmas(lower)
    if "VERB" not in forms or lower.endswith(c.GERUND):
        return False
    if "NOUN" in forms and _after_adjective_before_noun(tokens, k, c):
        return False  # "L'ancien président du club a démissionné": the noun, not "présider"
    if c.is_past(word) and noun_before_be(tokens, k, c):
        return False  # "Norway's April output was …": the subject's noun
    if c.is_past(word) and noun_before_past(tokens, k, c):
        return False  # "Oil output averaged 1.2 mln barrels a day": the subject's noun
    if c.is_past(word) or c.is_finite_form(word):
        return True
    if entry_present(tokens, k, c):
        return True  # "March 2021: First wind turbine blade arrives on site", "Voters approve"
    if floating:
        return False  # "all" and a present: "the plan all parties back" is not sure
    third = lower.endswith(c.THIRD_PERSON_ENDS) and lower not in forms["VERB"]
    if third and lower.endswith(c.THIRD_PERSON_NEAR_TIME):
        # Spanish "comparece el martes", "el 9 de marzo recibe": an ending shared with the
        # subjunctive and with states told of now ("dispone del 60 %") is a happening's
        # present only next to its time
        third = _near_time(tokens, k, start, c)
    if third:
        counted = prev in c.NUMBER_WORDS or (prev[:1].isdigit() and not _YEAR.match(prev))
        if counted and "NOUN" in forms:
            return False  # "the two ships to be repaired": a number counts a noun
        nxt = tokens[k + 1].lower if k + 1 < len(tokens) else ""
        after_ok = nxt in c.DETERMINERS or nxt in c.PREPOSITIONS or nxt in c.VERB_PARTICLES
        after_ok = after_ok or _elided_article(nxt, c)  # "occupent l'usine", "sort d'un"
        after_ok = after_ok or _time_after(tokens, k, c)  # "The bridge opens Friday"
        # "Baltline, founded in 1991, operates 14 vessels": a name's verb after its aside
        # takes a figure as its object, as it would right after the name
        named = nxt[:1].isdigit() and "NOUN" not in forms and _name_before_aside(tokens, k, c)
        # "Lomax Inc. plans": the name's abbreviation; not "U.S. forces", an initialism's
        abbreviated = prev == "." and k > 1 and "." not in tokens[k - 2].text and after_ok
        name = k - 2 if abbreviated else k - 1
        # a sentence's first word is capitalised whatever it is: "Feed compounds, …", "Sugar
        # imports subject to …" are nouns when nothing a verb takes follows
        sentence_case = name == 0 and bool(c.lemmas(tokens[0].lower)) and not after_ok
        sentence_case = sentence_case and "NOUN" in forms  # not "Congress reconvenes"
        capital = tokens[name].text[:1].isupper() and not sentence_case
        before_ok = (
            named
            or (capital and not _nationality_of_noun(tokens, name, c))
            or (prev in c.ADVERBS or prev in c.PRONOUNS)
        )
        # "The festival runs from June 3": a determiner and a singular noun before it
        subject = k >= 2 and tokens[k - 2].lower in c.DETERMINERS and _singular_noun(prev, c)
        # "Brandt's team plans to extend …": an owner's name before the noun, as a determiner,
        # when an infinitive follows the verb (not "the firm's housing plans include …")
        subject = subject or (
            k >= 2
            and tokens[k - 2].text.endswith(c.POSSESSIVE_ENDINGS)
            and _owned_noun(prev, c)
            and nxt == c.TO
            and k + 2 < len(tokens)
            and tokens[k + 2].lower in c.lemmas(tokens[k + 2].lower).get("VERB", ())
        )
        # "la orquesta visita": where a present is never a plural noun, the noun after the
        # determiner is the subject though it spells a verb too ("orquestar")
        subject = subject or (
            k >= 2
            and c.PRESENT_NEVER_PLURAL
            and tokens[k - 2].lower in c.DETERMINERS
            and prev in c.lemmas(prev).get("NOUN", ())
        )
        # "le jeune musicien quitte Paris": an adjective between the determiner and the noun
        subject = subject or (
            k >= 3
            and tokens[k - 2].lower in c.ADJECTIVES_BEFORE_NOUN
            and tokens[k - 3].lower in c.DETERMINERS
            and prev in c.lemmas(prev).get("NOUN", ())  # (a noun there, whatever verb it spells)
            # not a verb's object: "qui admettra sa première femme guide" (a noun after it)
            and (k - 3 <= start or "VERB" not in c.lemmas(tokens[k - 4].lower))
        )
        if "NOUN" in forms and _verb_follows(tokens, k, c):
            return False  # "Japanese firms (this week) announced": the plural is the subject
        # "The appointment takes effect …": after a determiner and a noun that is only a
        # noun, a third person is the verb whatever follows it
        bare = subject and nxt[:1].isalpha() and nxt.islower() and nxt not in c.AUX
        # "- June 2023: repair work begins": a verb and nothing else ends the line after
        # its subject's noun
        last = not nxt and "NOUN" not in forms and "NOUN" in c.lemmas(prev) and prev.isalpha()
        # "The board meets on Thursday": a noun that may be a verb too, and a time after
        timed = _noun_subject_before(tokens, k, c)
        # German "…, dass sie zum 31. Januar 2020 zurücktritt": a year before the verb that
        # closes its clause
        closing = c.VERB_LAST and prev.isdigit() and not nxt[:1].isalnum() and "NOUN" not in forms
        ok = before_ok or (after_ok and ("NOUN" not in forms or subject)) or bare or last
        aside = resumes_after_participle_aside(tokens, k, start, c)
        return ok or timed or closing or aside
    if _subjunctive_closing(tokens, k, forms, c):
        return True  # "…, dass die Sperrung die Betriebe Geld koste."
    if c.VERB_LAST and k + 1 < len(tokens):
        # German "Am Dienstag treffen sich beide Seiten": a plural present before its
        # subject; an infinitive closes its clause instead ("wird Russland besuchen.")
        nxt = tokens[k + 1].lower
        if nxt in c.DETERMINERS or nxt in c.PRONOUNS or nxt in c.ADVERBS:
            return True
        if nxt in c.PREPOSITIONS and prev[:1] != tokens[k - 1].text[:1]:
            return True  # "Die Bauarbeiten beginnen im Mai": after its subject's noun
        if tokens[k + 1].text[:1].isupper():
            return True  # "Heute erinnern Veteranen an …": its subject, a noun, after it
        # "kämpfen ukrainische Truppen": an adjective and its noun after the verb
        noun = tokens[k + 2].text[:1].isupper() if k + 2 < len(tokens) else False
        return noun and tokens[k + 1].text.islower() and nxt.endswith(("e", "en", "er", "es"))
    return prev in c.PRONOUNS or _plural_present(tokens, k, start, c)


def _is_modifier_participle(tokens: list[Token], k: int, end: int, c: ModuleType) -> bool:
    """ "The document released by Beijing … lays out": "released" modifies, "lays" is the verb."""
    nxt = tokens[k + 1].lower if k + 1 < len(tokens) else ""
    if c.VERB_LAST and attributive_participle(tokens, k, c):
        return True  # German "der im MDax gelistete Konzern": the noun's participle
    if k == 1 and tokens[0].lower in c.OPENING_PARTICIPLE_ADVERBS:
        # "Originally built as a chapel in 1870, the hall …": the opening phrase's participle
        return c.is_participle(tokens[k].text) and any(t.text == "," for t in tokens[k:end])
    if k > 0 and tokens[k - 1].text == "," and _participle(tokens[k], c):
        if _resumes_after_aside(tokens, k, end, c):
            return True  # "AZT, derived from …, was created"
        # "The tanker, loaded with ore, and the ferry collided": a verb past the aside's
        # closing comma is the clause's
        close = next((j for j in range(k + 1, end) if tokens[j].text == ","), end)
        phrase = nxt in c.PREPOSITIONS and nxt != c.TO
        return phrase and any(_is_finite(tokens, j, close + 1, c) for j in range(close + 2, end))
    regular = tokens[k].lower.endswith(c.PAST_PARTICIPLE)
    if regular and tokens[k].lower in c.AUX and not c.is_participle(tokens[k].text):
        return False  # German "ist", "hat": an auxiliary ending like a participle
    # "Growers hit by the frost | marched on Friday": an irregular participle and its agent
    # too, the verb after them the clause's (not "fell by 3 percent", a past only)
    by = nxt == c.BY and k > 0 and tokens[k - 1].lower not in c.AUX
    by = by and (c.is_participle(tokens[k].text) or tokens[k].lower in c.LEMMA_PARTICIPLES)
    if not regular and not by and not c.is_participle(tokens[k].text):
        return False
    after = k > 0 and tokens[k - 1].lower not in c.AUX and _aux_after_phrase(tokens, k, end, c)
    if after:
        return True  # "the deal struck in Oslo in August had been …"
    if not regular and not by:
        return False  # "began in February … with Canada being": "being" is no clause's verb
    if nxt != c.BY:
        return False
    if not regular:
        # (not past "and": "Raiders struck by night and fled" is the raiders' own two verbs)
        end = next((j for j in range(k + 2, end) if tokens[j].lower in c.COORDINATORS), end)
    return any(_is_finite(tokens, j, k + 2, c) for j in range(k + 3, end))


def _resumes_after_aside(tokens: list[Token], k: int, end: int, c: ModuleType) -> bool:
    """After ", derived from herring sperm," the clause goes on at its own verb."""
    close = next((j for j in range(k + 1, end) if tokens[j].text == ","), None)
    while close is not None and close + 1 < end and tokens[close + 1].text in c.CLOSE_QUOTES:
        close += 1  # "… review "Brazil Economic Program," refers to"
    if close is None or close + 1 >= end:
        return False
    while close + 2 < end and tokens[close + 1].lower in c.ADVERBS:
        close += 1  # "The organisation, formed in 1948 to …, now regulates"
    nxt = tokens[close + 1]
    finite = _is_finite(tokens, close + 1, close + 1, c) or nxt.lower in c.AUX
    # "Norvale, founded in 1994, first applied …": a past after the adverb
    adverb = tokens[close].lower in c.ADVERBS and nxt.text.islower() and c.is_past(nxt.text)
    return finite or adverb or _present_verb(nxt.text, c)


def _after_adjective_before_noun(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """Whether an adjective written before its noun ("ancien", "nouveau") stands before token
    ``k`` after a determiner, or glued to an elided one ("l'ancien"): ``k`` is that noun."""
    if k < 1 or not c.ADJECTIVES_BEFORE_NOUN:
        return False
    before = tokens[k - 1].lower.replace("’", "'")
    article, glued, adjective = before.rpartition("'")
    if glued and f"{article}'" in c.DETERMINERS:
        return adjective in c.ADJECTIVES_BEFORE_NOUN
    return k >= 2 and before in c.ADJECTIVES_BEFORE_NOUN and tokens[k - 2].lower in c.DETERMINERS
