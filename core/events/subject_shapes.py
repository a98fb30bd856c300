"""Clause shapes that say where a subject stands, or that a clause has none a title could use.

A verb before its subject (a passive "se" or "be", a fronted participle or name), who was
told after "told", an "it" that stands for nothing, a participle whose date went elsewhere,
the owner of "whose", the noun before a relative "that". ``core.events.subjects`` reads the
subject.
"""

from __future__ import annotations

import re
from functools import cache
from types import ModuleType

from core import lang
from core.events.ago_fronts import opens_on_ago
from core.events.antecedents import thing_before_relative
from core.events.bare_items import last_subject_item
from core.events.entities import PERSON, PLACE, Mention
from core.events.finite import finite_verb
from core.events.parse import Sentence, token_at
from core.events.relative_heads import person_before_phrase, placed_name
from core.events.tokens import Clause
from core.events.wording import name_in_title, noun_phrase


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def _after_told(s: Sentence, clause: Clause, keep: list[int], c: ModuleType) -> list[int]:
    """After "told" the first noun phrase is who was told: "told reporters | the mine will
    reopen"; [] when no second phrase starts (the subject is not sure)."""
    before = [k for k in range(clause.body) if k not in s.drop]  # no "that" between
    if not before or not set(c.lemmas(s.tokens[before[-1]].lower).get("VERB", ())) & c.TELL_VERBS:
        return keep
    starts = c.ARTICLES | c.DEMONSTRATIVES | c.PRONOUNS | c.POSSESSIVE_PRONOUNS
    second = next((i for i, k in enumerate(keep) if i and s.tokens[k].lower in starts), None)
    return keep[second:] if second is not None else []


def _plural_verb(s: Sentence, verb: int, c: ModuleType) -> bool:
    """Whether the clause's verb (past a reflexive "se") has a plural ending."""
    k = verb
    while k + 1 < len(s.tokens) and s.tokens[k].lower in c.REFLEXIVES:
        k += 1
    return c.plural_verb(s.tokens[k].text)


def is_expletive(s: Sentence, keep: list[int], verb: int, c: ModuleType) -> bool:
    """ "said it would be unwise to assume …", "it is likely that …": an "it" alone before a
    form of "be" and no participle stands for nothing — never the name said before it."""
    if len(keep) != 1 or s.tokens[keep[0]].lower not in c.EXPLETIVES - c.DEMONSTRATIVES:
        return False
    k = verb
    while k < len(s.tokens) - 1 and s.tokens[k].lower in c.AUX - c.BE:
        k += 1
    if s.tokens[k].lower not in c.BE or k + 1 >= len(s.tokens):
        return False
    nxt = s.tokens[k + 1].text
    participle = c.is_participle(nxt) or c.unlisted_participle(nxt)  # "il avait été interrompu"
    rest = [j for j in range(k + 2, len(s.tokens)) if j not in s.drop][:2]
    words = [s.tokens[j].lower for j in rest] + ["", ""]
    infinitive = (
        words[0] == c.TO
        and c.lemmas(words[1]).get("VERB")
        and words[1] in c.lemmas(words[1]).get("VERB", ())
    )  # "de fermer", "to close"; not "to a rival"
    if infinitive and nxt.lower() in c.RAISED_AFTER_BE:
        return False  # "It is due to report results", "It is forecast to weaken": a thing's
    if participle and (infinitive or words[0] == c.THAT):
        return True  # "il a été décidé de fermer", "it was decided to close": no one
    return not participle and not nxt.lower().endswith(c.GERUND)


def _bare_participle(s: Sentence, keep: list[int], i: int, verb: int, c: ModuleType) -> bool:
    """ "the draft plan issued [on Tuesday] includes": a participle whose date went to the
    event, left with nothing after it before the verb, goes too."""
    k = keep[i]
    if i == 0 or k + 1 not in s.drop or not s.tokens[k].text.islower():
        return False
    if not c.is_participle(s.tokens[k].text) or s.tokens[keep[i - 1]].lower in c.AUX:
        return False
    after = keep[i + 1] if i + 1 < len(keep) else verb
    return after >= verb or s.tokens[after].text == ","


def _adverb(s: Sentence, k: int, start: int) -> bool:
    """An adverb between subject and verb ("Russia also wants"), not a word of the subject's
    name or noun phrase ("First City Bancorp", "the first program")."""
    c = _clauses(s.language)
    token = s.tokens[k]
    if k > start and f"{s.tokens[k - 1].lower} {token.lower}" in c.ADVERB_PHRASES:
        return True  # "ще раз": the adverb's second word goes with it
    if token.lower not in c.ADVERBS or _negates_noun_phrase(s, k, c):
        return False
    before = s.tokens[k - 1].lower if k > start else ""
    if before in c.DETERMINERS or before.endswith(c.POSSESSIVE_ENDINGS):
        return False  # "the first program", "the firm's first truck"
    if before in c.AUX and token.lower in c.NEGATIONS:
        return False  # "Doctors who did [not] sign …": a relative's negation, the subject's
    nxt = k + 1 < len(s.tokens) and k + 1 not in s.drop and s.tokens[k + 1].text
    ordinal = token.lower in lang.words(s.language, "calendar").ORDINALS
    if ordinal and token.text[:1].isupper() and nxt and nxt[:1].isupper() and nxt[1:2].isalpha():
        return False  # "First Interstate": a name's first word, not "first"
    if nxt and nxt.lower().endswith(c.POSSESSIVE_ENDINGS) and nxt.lower()[:-2] in c.TIME_UNITS:
        return False  # "Last week's storm": the owner's time, not "last" of a verb
    return not any(m.start == token.start for m in s.mentions)


def _negates_noun_phrase(s: Sentence, k: int, c: ModuleType) -> bool:
    """ "figures [not] available as …": a negation before no verb is the subject's words, which
    would say the opposite without it; not "Ses registres ne | furent ouverts"."""
    if s.tokens[k].lower not in c.NEGATIONS or k + 1 >= len(s.tokens):
        return False
    nxt = s.tokens[k + 1].lower
    if nxt in c.AUX | c.ADVERBS | c.NEGATIONS | c.REFLEXIVES:
        return False
    return "VERB" not in c.lemmas(nxt) and not c.is_past(nxt)


def _noun_before(
    s: Sentence, clause: Clause, c: ModuleType, k: int | None = None
) -> tuple[str, list[Mention], tuple[int, int]]:
    """ "a bullet that tore through …" → "a bullet": the noun phrase before a relative "that",
    when it opens on a determiner; else no subject. ``k``: the phrase's last token, when it
    is not the one right before the relative."""
    k = clause.start - 1 if k is None else k
    a, _ = noun_phrase(s.tokens, k, 0, k + 1, s.language)
    if a == k or s.tokens[a].lower not in c.DETERMINERS or any(i in s.drop for i in range(a, k)):
        return "", [], (clause.body, clause.body)
    if s.tokens[a].lower in c.POSSESSIVE_PRONOUNS:
        return "", [], (clause.body, clause.body)  # "its economy that grew": whose, not said
    return s.text[s.tokens[a].start : s.tokens[k].end], [], (a, k + 1)


# The dates a subject relative after a noun may have for ``noun_verb_relative``: a day (with
# its part), a week, a month or a season — news. A year there mostly tells a thing's history
# ("a franchise that moved here in 1994", "a loan that was due in 2021"), and a half or a
# clock time may be a match's or a meeting's ("a side that gave away five free kicks in the
# second half").
_NEWS_DATE = re.compile(r"^\d{4}-(?:\d\d(?:-\d\d(?:T[A-Z]{2})?)?|W\d\d(?:-WE)?|SP|SU|FA|WI)$")


def noun_verb_relative(s: Sentence, clause: Clause, c: ModuleType) -> bool:
    """Whether "that" opening ``clause`` is the subject of its verb and stands for the noun
    before it, though that noun may be a verb too ("losses from a sudden flood that swept in
    last Sunday", "ending a dispute that had led to strikes in November"): "that" has no
    subject of its own, no past form stands before it ("said that …") and every date of the
    clause is news (``_NEWS_DATE``), none a deadline after "by"."""
    before = s.tokens[clause.start - 1]
    if clause.verb != clause.body or "NOUN" not in c.lemmas(before.lower) or c.is_past(before.text):
        return False
    at = [token_at(s.tokens, w.timex.start) for w in s.whens]
    dates = [(w.timex.value, k) for w, k in zip(s.whens, at, strict=True)]
    dates = [(v, k) for v, k in dates if clause.start <= k < clause.end]
    # ("a review that is meant to finish by October": a deadline, not when they end)
    return bool(dates) and all(
        _NEWS_DATE.match(v) and s.tokens[k - 1].lower != c.BY for v, k in dates
    )


def _relative_subject(s: Sentence, clause: Clause) -> tuple[str, list[Mention], tuple[int, int]]:
    """ "…, Sen. Ed Ruiz, who died …": the person just before the relative, or no subject."""
    k = clause.start - 1
    while k >= 0 and s.tokens[k].text == ",":
        k -= 1
    end = s.tokens[k].end if k >= 0 else -1
    mention = next((m for m in s.mentions if m.kind == PERSON and m.end == end), None)
    if mention is not None and _plural_relative_verb(s, clause):
        mention = None  # "les fêtes de la Saint-Jean, qui commenceront": no one person's
    if mention is not None and placed_name(s, clause, mention):
        mention = None  # "the libraries in Castle Hill, which will shut": no person's
    if mention is not None and _described(s, mention):
        mention = None  # "Wright, a Texas Democrat, who called": a description, not the name
    mention = mention or _person_before_apposition(s, clause, k)
    if mention is None and k >= 0:  # "Ann Roe of the Lomax Institute, who resigned"
        mention = person_before_phrase(s, clause, noun_phrase(s.tokens, k, 0, k + 1)[0])
    thing = thing_before_relative(s, clause) if mention is None else None
    if thing is not None:  # "The leg, which starts in Toronto …": the thing before "which"
        return thing[0], thing[1], (clause.body, clause.body)
    if mention is None:
        return "", [], (clause.body, clause.body)
    return name_in_title(s.text, mention, s.language), [mention], (clause.body, clause.body)


def _plural_relative_verb(s: Sentence, clause: Clause) -> bool:
    """Whether the relative's verb has a plural's ending (``PLURAL_FINITE_ENDINGS``, French
    "…, qui commenceront"), which one person's name before it cannot be the subject of."""
    c = lang.words(s.language, "clauses")
    if clause.verb is None or c.VERB_LAST:  # (German's relative verb is its last, not this)
        return False
    return bool(c.PLURAL_FINITE_ENDINGS) and s.tokens[clause.verb].lower.endswith(
        c.PLURAL_FINITE_ENDINGS
    )


def _described(s: Sentence, mention: Mention) -> bool:
    """Whether "a" or "an" comes before ``mention``, with only capitalised words between ("a
    Texas Democrat"): the tagger took a description written in capitals for a person's name."""
    c = lang.words(s.language, "clauses")
    k = next((j for j, t in enumerate(s.tokens) if t.start == mention.start), None)
    while k is not None and k > 1 and s.tokens[k - 1].text[:1].isupper():
        k -= 1  # "a Texas | Democrat": the place before it is the description's too
    return k is not None and k > 0 and s.tokens[k - 1].text in c.DESCRIBING_ARTICLES


def _person_before_apposition(s: Sentence, clause: Clause, k: int) -> Mention | None:
    """ "…, Ann Roe, a former executive at Lomax, who joined …": the person an apposition
    opening on an article describes, before a relative that stands for people ("who"); None
    for any other shape."""
    c = lang.words(s.language, "clauses")
    people = c.SUBJECT_RELATIVES - c.THING_RELATIVES - {c.WHOSE} if c.THING_RELATIVES else set()
    if clause.opener not in people or k < 0 or s.tokens[k + 1].text != ",":
        return None
    comma = next((j for j in range(k, 0, -1) if s.tokens[j].text == ","), None)
    if comma is None or comma + 1 > k or s.tokens[comma + 1].lower not in c.ARTICLES:
        return None
    if finite_verb(s.tokens, comma + 1, k + 1, s.language) is not None:
        return None  # "…, Ann Roe, the firm that hired her, who …": no apposition
    end = s.tokens[comma - 1].end
    return next((m for m in s.mentions if m.kind == PERSON and m.end == end), None)


def _after_preposition(s: Sentence, clause: Clause) -> bool:
    """Whether the relative opening ``clause`` stands for a happening named after a
    preposition ("Delegates at the summit, which opened on Monday, …")."""
    thing = thing_before_relative(s, clause)
    c = lang.words(s.language, "clauses")
    return thing is not None and thing[2] > 0 and s.tokens[thing[2] - 1].lower in c.PREPOSITIONS


def _after_fronted_place(s: Sentence, clause: Clause) -> bool:
    """Whether the clause's body follows a fronted phrase ending on a place and its comma
    ("In Lome, | Togo's capital, General Diallo staged …"): what comes before the next comma
    is the place's apposition, not the subject."""
    if clause.body < clause.start + 2 or s.tokens[clause.body - 1].text != ",":
        return False
    end = s.tokens[clause.body - 2].end
    return any(m.kind == PLACE and m.end == end for m in s.mentions)


def _whose_owner(s: Sentence, clause: Clause, c: ModuleType) -> str | None:
    """The owner a clause opened by "whose" speaks of, with its possessive ending ("the firm
    whose shares fell" → "the firm's"); "" for any other clause; None when "whose" follows no
    name or noun phrase a title can give."""
    if not c.WHOSE or clause.opener != c.WHOSE or clause.start == 0:
        return ""  # (a language with no such word reads none: its clauses open on "")
    k = clause.start - 1
    comma = s.tokens[k].text == "," and k > 0
    end = s.tokens[k - 1 if comma else k].end  # "Lomax Corp, whose …"
    mention = next((m for m in s.mentions if m.end == end), None)
    name = name_in_title(s.text, mention, s.language) if mention else ""
    if not name and not comma:
        name = _noun_before(s, clause, c)[0]  # "the firm whose shares …"
    elif not name and _told_past(s, clause, c):
        # "The museum, whose roof was rebuilt in 2009, …": the phrase before the comma, for
        # a past only ("the abbey, whose garden keeps a sundial of 1700": the sundial's year,
        # no happening of the garden's)
        name = _noun_before(s, clause, c, k - 1)[0]
    owns = next((e for e in c.POSSESSIVE_ENDINGS if e.startswith("'")), "")
    if name.endswith(c.PLURAL_OWNER_ENDING) and not mention:
        return f"{name}'"  # "the councils' lawyers", not "the councils's lawyers"
    return f"{name}{owns}" if name and owns else None


def _told_past(s: Sentence, clause: Clause, c: ModuleType) -> bool:
    """Whether the verb of ``clause`` is a past form ("whose roof was rebuilt …")."""
    return clause.verb is not None and c.is_past(s.tokens[clause.verb].text)


def _after_fronted_name(s: Sentence, keep: list[int], c: ModuleType) -> list[int]:
    """The subject after a fronted preposition and a name, with no comma between ("У Полтаві
    ярмарок почався …", "В Казани ярмарка открылась …", "En Sevilla la feria abrió …"): the
    place is where, not who."""
    if len(keep) < 3 or s.tokens[keep[0]].lower not in c.PREPOSITIONS:
        return keep
    name = next((m for m in s.mentions if m.start == s.tokens[keep[1]].start), None)
    if name is None:
        return keep
    rest = [k for k in keep if s.tokens[k].start >= name.end]
    if rest and _name_adjective(s, name.end, rest[0], c):
        rest = _past_time(s, rest[1:], c)  # "На Казанской бирже в пятницу акции …": the
        # noun is the phrase's, and a time after it no word of the subject
    if not rest or s.tokens[rest[0]].text == "," or s.tokens[rest[0]].lower in c.PREPOSITIONS:
        return keep
    if any(s.tokens[k].text == "," for k in rest):
        return keep  # "by Treasury Secretary Ann Roe, the U.S. made …": the comma ends it
    return rest


def _past_time(s: Sentence, rest: list[int], c: ModuleType) -> list[int]:
    """``rest`` past a time expression and its preposition that open it ("в пятницу")."""
    if len(rest) < 2 or s.tokens[rest[0]].lower not in c.PREPOSITIONS:
        return rest
    spans = [(w.timex.start, w.timex.end) for w in s.whens]
    k = 1
    while k < len(rest) and any(a <= s.tokens[rest[k]].start < b for a, b in spans):
        k += 1
    return rest[k:] if k > 1 else rest


def _name_adjective(s: Sentence, name_end: int, k: int, c: ModuleType) -> bool:
    """Whether a name after a preposition is an adjective of a case ("На Казанской", "У
    Львівській") and the word ``k`` right after it its noun ("бирже", "області"), in a
    language whose adjectives show their case (``ADJECTIVE_ENDINGS``)."""
    last = s.tokens[k - 1]
    word = s.tokens[k]
    if last.end != name_end or not last.text[:1].isupper() or not word.text.isalpha():
        return False
    return word.text.islower() and last.lower.endswith(c.ADJECTIVE_ENDINGS)


def _passive_se(s: Sentence, verb: int, c: ModuleType) -> bool:
    """ "El 10 de febrero se celebró el funeral": a verb its language puts before its subject
    (``SUBJECT_AFTER_VERB_IF_NONE``: "se") with a determiner's noun after it has that noun
    for subject, no one the verb's ending stands for ("se reunirá con el rey": he)."""
    if s.tokens[verb].lower in c.SUBJECT_AFTER_VERB_IF_NONE and verb + 1 < len(s.tokens):
        verb += 1  # "En 2019 [se] inauguró la biblioteca": the clause's verb read at "se"
    # ("se manifestó hoy [también] la alcaldesa": an adverb is no subject's word)
    after = next(
        (
            k
            for k in range(verb + 1, len(s.tokens))
            if k not in s.drop and s.tokens[k].lower not in c.ADVERBS
        ),
        None,
    )
    after = past_phrases(s, after, len(s.tokens), c)  # "se abrió [en Soto] un hospital"
    return (
        verb > 0
        and s.tokens[verb - 1].lower in c.SUBJECT_AFTER_VERB_IF_NONE
        and after is not None
        and s.tokens[after].lower in c.DETERMINERS
    )


def passive_be(s: Sentence, verb: int, c: ModuleType) -> bool:
    """Whether the verb is a form of "be" before a participle, in a language that may put a
    verb's subject after it (``clauses.SUBJECT_AFTER_VERB_IF_NONE``): "fue detenido [un
    hombre]", "fueron desalojados [unos 600 vecinos]"."""
    if not c.SUBJECT_AFTER_VERB_IF_NONE or verb + 1 >= len(s.tokens):
        return False
    return s.tokens[verb].lower in c.BE and c.is_participle(s.tokens[verb + 1].text)


def past_phrases(s: Sentence, k: int | None, stop: int, c: ModuleType) -> int | None:
    """The first token at or after ``k`` past prepositional phrases of a preposition and a
    name or a determiner and its noun ("en Soto", "con el rey"): where a subject put after
    its verb may start ("se abrió en Soto | un nuevo hospital"); None past ``stop``."""
    while k is not None and k < stop and s.tokens[k].lower in c.PREPOSITIONS:
        k += 1
        if k < stop and s.tokens[k].lower in c.DETERMINERS:
            k += 1
        k = k + 1 if k < stop and s.tokens[k].text[:1].isalpha() else stop
    return k if k is not None and k < stop else None


def fronted_participle(s: Sentence, clause: Clause) -> int | None:
    """The participle a verb-second clause opens on, its subject after the verb ("Begonnen
    hatte der Streit am 3. Februar"): its index, or None."""
    c = _clauses(s.language)
    k = clause.body
    if not c.VERB_LAST or clause.verb != k + 1 or s.tokens[k].lower in c.AUX:
        return None
    return k if c.is_participle(s.tokens[k].lower) else None


def _after_opener_phrase(
    s: Sentence, clause: Clause, keep: list[int], verb: int, c: ModuleType
) -> list[int]:
    """ "Speaking after the vote [on Tuesday], the mayor promised …": a clause opened by a
    preposition, whose object a comma closes and a noun phrase follows straight before the
    verb, has that phrase for its subject ("the vote" promised nothing); an apposition closes
    with a comma of its own ("after Hiram, the owner, [on May 2] sold"), a list has its "and"."""
    before = next((k for k in range(verb - 1, -1, -1) if k not in s.drop), None)
    if clause.opener not in c.PREPOSITIONS or not keep or before is None:
        return keep
    if s.tokens[before].text == ",":
        return keep  # (a date between does not hide the comma that closes an apposition)
    commas = [i for i, k in enumerate(keep) if s.tokens[k].text == ","]
    if not commas:
        return keep
    rest = keep[commas[-1] + 1 :]
    if not rest or any(s.tokens[k].lower in c.COORDINATORS for k in rest):
        return keep
    if s.tokens[rest[0]].lower.endswith(c.GERUND):
        return keep  # "…, killing 11 crew members": a participle's phrase, no subject
    return rest


def _after_dateline(s: Sentence, keep: list[int]) -> list[int]:
    """ "WOOL PRICES SYDNEY, [June 3] The board reported …": a wire headline and dateline in
    capitals, a comma and the date run into the sentence; its subject is after the date."""
    comma = next((i for i, k in enumerate(keep) if s.tokens[k].text == ","), None)
    if not comma or comma + 1 >= len(keep) or keep[comma + 1] == keep[comma] + 1:
        return keep  # (no date dropped after the comma)
    if not all(s.tokens[k].text.isupper() for k in keep[:comma]):
        return keep
    return keep[comma + 1 :]


def _after_fronted_phrase(s: Sentence, keep: list[int], c: ModuleType) -> list[int]:
    """The words after the comma that closes a fronted phrase opening on a preposition ("По
    словам директора, [ещё] рабочие заметили"): the subject; ``keep`` as it was when none
    is left after the comma."""
    if not keep:
        return keep
    # "Under the plan announced | 18 months ago by Roe, the U.S. cut": the phrase the sentence
    # opens on runs on, past a clause cut inside it, to its comma
    before = keep[0] - 1  # the participle the clause was cut after
    inside = s.tokens[0].lower in c.PREPOSITIONS and before > 0 and before not in s.drop
    inside = inside and c.is_participle(s.tokens[before].text)
    inside = inside and not any(t.text == "," for t in s.tokens[: keep[0]])
    # ("Полвека назад, [в мае 1973 года,] группа геологов нашла": how long ago, no subject)
    fronted = s.tokens[keep[0]].lower in c.PREPOSITIONS | c.PURPOSE_OPENERS  # "Чтобы …, совет"
    if not fronted and not inside and not opens_on_ago(s, keep):
        return keep
    commas = [i for i, k in enumerate(keep) if s.tokens[k].text == ","]
    if not commas:
        return keep
    times = lang.words(s.language, "anchors").TIME_NOUNS
    for i in range(2, commas[0]):
        after_time = keep[i] - 1 in s.drop or s.tokens[keep[i] - 1].lower in times
        if s.tokens[keep[i]].lower in c.DETERMINERS and after_time:
            # "By [noon] the square, quiet an hour before, was packed": a subject straight
            # after the phrase's time, the commas an aside's
            return keep[i:]
    # ("À Lille, Jean Roy, boulanger, épousera": the name, not his trade)
    item = last_subject_item(s, keep, commas)
    rest = [k for k in item if s.tokens[k].lower not in c.ADVERBS]
    return rest or keep
