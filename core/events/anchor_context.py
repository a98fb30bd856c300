"""What the words around a time expression say it dates, one test each for ``core.events.anchors``.

A term of a thing ("notes due 2031"), a noun a date modifies ("the 1953 team"), a participle
before its noun or in an aside ("the bridge, closed in 2020, will reopen"), a plan's period
("targets for 1988"), a fronted participle's phrase, a person named by a role ("last year's
winner").
"""

from __future__ import annotations

import re

from core.events.anchor_cues import _Cues
from core.events.comparison_that import said_that
from core.temporal.tagger import Timex


def _before_participle(before: str, after: str, cues: _Cues) -> bool:
    """German "die 1963 eröffnete Brücke", "der am Dienstag zurückgetretene Minister": an
    article (a preposition of the date after it), the date, and a participle declined as an
    adjective before its noun; not "Am 26. August eröffnete Heinemann …", a verb."""
    found = cues.prenominal.match(after)
    if found is None or not _article_last(before, cues):
        return False
    return cues.is_participle(found.group("participle"))


def _article_last(before: str, cues: _Cues) -> bool:
    """Whether ``before`` ends on an article, or on an article and a preposition ("der am")."""
    last = _LAST_WORD.search(before)
    if last is None:
        return False
    if last.group().lower() in cues.articles:
        return True
    pair = _LAST_TWO_WORDS.search(before)
    return (
        pair is not None
        and pair.group("preposition").lower() in cues.prepositions
        and pair.group("article").lower() in cues.articles
    )


def _verb_before_range(word: str, after: str, cues: _Cues) -> bool:
    """French "organisée du 2 au 20 mars": after a verb, "du" opens a range; after a place or
    a thing that is no happening ("au centre social du 19 au 23 juillet", "à Montpellier du 6
    au 10 novembre") too: a range of days names no place, it is the clause's time."""
    if not cues.range_next.match(after.lstrip()):
        return False
    forms = cues.lemmas(word.lower())
    if cues.is_participle(word.lower()) or ("VERB" in forms and "NOUN" not in forms):
        return True
    lower = word.lower()
    return lower not in cues.event_nouns and lower.rstrip("s") not in cues.event_nouns


_LAST_WORD = re.compile(r"\w+(?=\s+$)")
_LAST_TWO_WORDS = re.compile(r"(?<!\w)(?P<article>\w+)\s+(?P<preposition>\w+)\s+$")


def _names_a_period(before: str, cues: _Cues) -> bool:
    """ "its economic targets for 1988": the period of a plan, not of the happening."""
    found = cues.noun_for.search(before)
    return found is not None and found.group("noun").lower() in cues.plan_nouns


def _in_participle_aside(before: str, after: str, cues: _Cues, date: str = "") -> bool:
    """ "the bridge, closed in 2020, will reopen": the aside dates the bridge — when the aside
    closes after the date ("Maria Olsen, resigned on Tuesday." is the clause's own verb)."""
    found = cues.aside.search(before)
    if found is None or not cues.is_participle(found.group("participle")):
        return False
    if found.groupdict().get("bare") is not None and not cues.aside_bare_date.match(date):
        return False  # ", signed the same year,": no preposition, no date of its own
    closes = after.lstrip()[:1]
    if "noun_phrase" in found.groupdict() and found.group("noun_phrase"):
        # an apposition after the clause's verb and its object ("destroyed the Lobo, a hotel
        # opened in 1932."), to its comma or the sentence's end: a verb must come before it
        clause = _SENTENCE_END.split(before[: found.start()])[-1]
        if _fronted_subordinate(before[: found.start()], cues):
            return False  # "After the strike ended in March, the mine reopened on Tuesday"
        if _opening_participle(clause, cues):
            return False  # "First elected in 2010, the senator resigned on Monday"
        verb = any(cues.is_past(w) for w in re.findall(r"[a-z]+", clause))
        told = set(cues.lemmas(found.group("participle")).get("VERB", ())) & cues.reporting
        nouns = found.group("noun_phrase").split()[1:]  # "the firm raised its": no apposition
        plain = not any(cues.is_past(w) or w in cues.function_words for w in nouns)
        return verb and plain and not told and closes in (",", ";", ".")
    if cues.bare_participle_aside and "noun_phrase" not in found.groupdict():
        # where a bare participle is never a clause's verb (Spanish "aprobado"), the aside may
        # end the sentence or go on with a second participle: "…, fallecido en diciembre de
        # 1997.", "…, firmado en 2004 y ratificado por 57 países"
        second = _TWO_WORDS.match(after)
        joined = second is not None and second.group(1).lower() in cues.function_words
        if closes in (",", ";", ".") or (joined and cues.is_participle(second.group(2))):
            return True
        # ... or with its agent or place, no verb, to its comma or the sentence's end ("…,
        # firmado en 1985 por cinco países.")
        tail = cues.aside_goes_on.match(after) if cues.aside_goes_on else None
        return tail is not None and not any(cues.is_past(w) for w in _WORDS.findall(tail[0]))
    goes_on = cues.aside_goes_on is not None and cues.aside_goes_on.match(after) is not None
    return closes in (",", ";") or goes_on


def _fronted_subordinate(stretch: str, cues: _Cues) -> bool:
    """Whether the sentence ``stretch`` ends in (before a comma) is all a subordinate clause or
    phrase put before the main one ("After the strike ended in March", "Following a fire that
    broke out in May"): what follows the comma is the main clause, not an apposition to a
    noun. (The stretch must hold the sentence's start: a sentence's end before it, or the
    start of the text.)"""
    starts = list(_SENTENCE_START.finditer(stretch))
    if not starts or (starts[-1].start() == 0 and len(stretch) >= _STRETCH_REACH):
        return False  # (the stretch may begin inside a longer sentence)
    clause = stretch[starts[-1].end() :]
    first = _FIRST_WORD.match(clause)
    opens = bool(first) and first.group(1).lower() in cues.fronted_subordinators
    opens = opens or clause.lstrip().lower().startswith(cues.fronted_phrase_openers)
    return opens and "," not in clause


_SENTENCE_START = re.compile(r"(?:^|[.!?][\"'”’)]?\s+|\n\s*)(?=[\"'“‘(]?[A-Z])")
_STRETCH_REACH = 80  # what ``core.events.anchors`` looks back before a date


_TWO_WORDS = re.compile(r"\s+([^\W\d_]+)\s+([^\W\d_]+)")
_FIRST_WORD = re.compile(r"\s*([^\W\d_]+)")
_RELATIVE_REACH = 80  # characters back to a comparison whose relative holds the date


# An aside set off by commas closes within a few words of its date ("a bond, due Oct. 13,
# 1997 at par, the managers said"); "raises fares, effective May 1." is no aside.
_A_YEAR = re.compile(r"(?<![\w.,])(?:1[5-9]|20)\d\d(?![\w.,%])")  # a year, not "1500m"
_ASIDE_CLOSES = re.compile(r"\s*(?:[^\W\d][\w'’-]*\s+){0,2}[^\W\d]?[\w'’-]*\s*,")


def _is_term(before: str, after: str, cues: _Cues, year: bool = False) -> bool:
    """ "notes due 2031" is a maturity; "the report is due on Friday" a plan. After a comma
    the aside must close soon ("raises fares, effective May 1." dates the raise), unless a
    bare ``year`` is due ("a bond, Series C, due 2012 to the city": the bond's maturity)."""
    due = cues.due.search(before)
    if due is None:
        return False
    matured = year and due.group().lower().lstrip(",").split()[-1:] == ["due"]
    matured = matured or bool(cues.due_debt.search(before))  # "a eurobond, due May 2, 1996"
    if due.group("comma") and not _ASIDE_CLOSES.match(after) and not matured:
        return False
    word = due.group("word").lower()
    return (
        word not in cues.be
        and word not in cues.event_nouns
        and word.rstrip("s") not in (cues.event_nouns)
    )


def _is_baseline(before: str, cues: _Cues, after: str = "") -> bool:
    """ "compared with a loss a year earlier", "up 21% from $66 million a year earlier"."""
    reach = _reach(before, cues)
    if cues.comparison.search(reach):
        return True
    if cues.compared_relative and cues.compared_relative.search(before[-_RELATIVE_REACH:]):
        return True  # "frente a los siete que ganaron [hace dos años]": the baseline's
    if cues.comparison_next.search(reach) and not said_that(reach, cues):
        # a past verb right after the date is its clause's: Spanish "…, que el domingo perdió
        # la mayoría" is a relative's "que", no comparison's ("más que el domingo")
        first = _FIRST_WORD.match(after) if cues.comparison_relative else None
        return first is None or not cues.finite_past(first.group(1))
    froms = list(cues.from_.finditer(reach))
    if not froms or cues.range_join.search(reach):
        return False
    last_from = froms[-1]
    between = reach[last_from.end() :]
    if cues.change_by and cues.change_by.search(reach, 0, last_from.start()):
        return False  # French "ont reculé de 12 % en avril": the fall's size, then its date
    words = re.findall(r"[^\W\d_]+", between.lower())
    if set(words) & cues.be:
        return False  # "Un homme de 34 ans a été arrêté mardi": the clause's verb between
    if words and cues.finite_past(words[-1]):
        # "una ciclista de 34 años cayó el martes": the clause's verb the date follows (not
        # a participle: "from the 25.4 billion figure announced last month" is a baseline)
        return False
    if cues.change_after and cues.change_after.pattern and cues.change_after.search(between):
        return False  # "earnings from its casualty lines fell 59% in …": a noun's "from"
    if cues.to_figure and cues.to_figure.search(between) and _past_change(reach, last_from, cues):
        return False  # "fell from 52 pct to 47 pct in 1986": the new figure's date
    ahead = reach[: last_from.start()]
    # "from $66 million a year earlier": an amount between; "rose 8% from a year earlier":
    # an amount before. "from Monday" alone starts a span and stays; a year between is no
    # amount ("los datos del primer trimestre de 2024 el 7 de junio": a noun's year)
    # (a number that names a road or a place is no amount: "pulled from his car on Route 9")
    if cues.amount.search(cues.named_number.sub("", _A_YEAR.sub("", between))):
        return True
    counted = cues.counted_from and cues.counted_to and cues.counted_from.search(between)
    if counted and cues.counted_to.match(after):
        return True  # "rose from four cases in 2019 to 31 last year": a count in words
    # "will pay 6 pounds a day from July 1": an amount but no change, a span's start
    changed = cues.change is None or cues.change.search(ahead)
    return bool(not between.strip() and cues.amount.search(ahead) and changed)


def _past_change(reach: str, last_from: re.Match[str], cues: _Cues) -> bool:
    """Whether the change a "from" figure follows is told in the past ("fell from 52 pct"),
    not ahead nor by a gerund ("forecast to rise from", "praising its success in slashing
    inflation from")."""
    changes = list(cues.change.finditer(reach, 0, last_from.start())) if cues.change else []
    return bool(changes) and cues.is_past(changes[-1].group().lower())


def _reach(before: str, cues: _Cues) -> str:
    """The part of ``before`` in the date's own clause: back to the last clause break, over
    appositions ("from $71.3 million, or 94 cents a share, a year ago")."""
    stops = list(cues.stop.finditer(before))
    # (a line break, where one stops; not the full stop of "Corp." or "vs.")
    sentence_end = stops and stops[-1].group()[:1] in ".!?\n"
    if sentence_end and stops[-1].group()[:1] == "." and cues.abbreviation:
        sentence_end = not cues.abbreviation(before, stops[-1].start())
    if cues.own_sentence and sentence_end and not before[stops[-1].end() :].strip():
        return ""  # the date opens its sentence: nothing of the sentence before is its clause
    cuts = [0, *(m.end() for m in stops)]
    k = len(cuts) - 1
    own = cues.apposition_date_preposition
    if k > 1 and own is not None and own.match(before[cuts[k] :]):
        # "from $81 million, or 12 cents, in the year-ago quarter": over its "in", when an
        # apposition comes before it
        k -= 1 if cues.apposition.match(before[cuts[k - 1] : cuts[k]]) else 0
    while k > 0 and len(cuts) - 1 - k < _MAX_APPOSITIONS:
        segment = before[cuts[k] :]
        if segment.strip() and not cues.apposition.match(segment):
            break
        k -= 1
    return before[cuts[k] :]


def _modifies_noun(before: str, own: str, after: str, cues: _Cues) -> bool:
    """ "the 1953 championship team": a date between a determiner and a noun describes it,
    unless the noun phrase names a happening ("the Oct. 23 sniper shooting")."""
    determiner = cues.determiner.search(before)
    if determiner is None and not cues.determiner_start.match(own):
        return False
    between = determiner.group("adjective") if determiner else None
    if between and not _is_adjective(between.strip(), cues):
        return False  # "The fund now holds": a noun, not "the fabled 11th century temple"
    if after.startswith(",") and _YEAR_LAST.search(own):
        after = after[1:]  # "the May 2, 2001, fire": the comma closes the date
    near = after[:_NEAR_AFTER]
    first = cues.noun_after.match(near)
    phrase = _PHRASE_END.split(near, maxsplit=1)[0]  # "the 2023-25 cycle's final": the cycle
    words = _NOUN_WORDS.findall(phrase)[:_NOUN_PHRASE_WORDS]
    made = cues.agreement_made is not None and cues.agreement_made.search(before)
    if first is not None and not made and any(w in cues.agreement_nouns for w in words):
        return True  # "broke a May 2011 truce pact": the pact's date, not the breaking's
    if first is None and _agreement_after_names(after, cues):
        return True  # "a 2009 Anglo-Irish fishing agreement" ("the third-quarter GNP growth"
        # is the growth's quarter: only an agreement is read past names)
    ahead = before[: determiner.start() + 1] if determiner else before
    if first is None and _event_after_names(after, cues):
        # "charged in two raids, including the 2019 Riverside bombing": the bombing's year
        return bool(cues.event_noun_elsewhen and cues.event_noun_elsewhen.search(ahead))
    noun = first.group("noun") if first is not None else ""
    # ("the 2017 shooting": a happening's noun in "-ing" is no verb's form here)
    if not words or not (noun in cues.happening_nouns or _is_noun_or_adjective(noun, cues)):
        return False  # "the following month ahead of schedule": nothing it modifies
    if not any(w in cues.event_nouns or w.rstrip("s") in cues.event_nouns for w in words):
        return True
    # "a sentence for the May 1995 murder": another happening than the clause's, on its day
    return bool(cues.event_noun_elsewhen and cues.event_noun_elsewhen.search(ahead))


def happening_after(own: str, after: str, cues: _Cues) -> bool:
    """Whether the noun phrase right after a date ``own`` names a happening ("[the June
    2020] bombing of a depot", "[the 2019] Riverside bombing"), not a thing ("[the 2015]
    budget")."""
    if after.startswith(",") and _YEAR_LAST.search(own):
        after = after[1:]
    if _event_after_names(after, cues):
        return True
    near = after[:_NEAR_AFTER]
    if cues.noun_after.match(near) is None:
        return False
    words = _NOUN_WORDS.findall(_PHRASE_END.split(near, maxsplit=1)[0])[:_NOUN_PHRASE_WORDS]
    return any(w in cues.event_nouns or w.rstrip("s") in cues.event_nouns for w in words)


def _event_after_names(after: str, cues: _Cues) -> bool:
    """Whether the noun phrase after a date is names, then a happening's noun ("the 2019
    Riverside bombing", "the May 4 Senate vote")."""
    named = cues.name_then_noun.match(after) if cues.name_then_noun is not None else None
    if named is None:
        return False
    noun = named.group("noun")
    return noun in cues.event_nouns or noun.removesuffix("s") in cues.event_nouns


def _agreement_after_names(after: str, cues: _Cues) -> bool:
    """Whether the noun phrase after a date opens on names and holds an agreement's noun ("a
    2009 Anglo-Irish fishing agreement", "the April 14 Tallinn accords")."""
    named = cues.name_then_noun.match(after) if cues.name_then_noun is not None else None
    if named is None:
        return False
    phrase = _PHRASE_END.split(after[named.start("noun") :], maxsplit=1)[0]
    return any(w in cues.agreement_nouns for w in _NOUN_WORDS.findall(phrase)[:_NOUN_PHRASE_WORDS])


def _is_noun_or_adjective(word: str, cues: _Cues) -> bool:
    """A word that may stand in a noun phrase: not a function word, an adverb, or a verb's
    inflected form ("fell", "holds", "covering": a verb follows the date)."""
    lower = word.lower()
    if lower in cues.function_words:
        return False
    parts = cues.lemmas(lower)
    if parts.get("ADV") or any(lemma != lower for lemma in parts.get("VERB", ())):
        return False
    return bool(parts.get("NOUN") or parts.get("ADJ"))


def _is_adjective(word: str, cues: _Cues) -> bool:
    parts = cues.lemmas(word.lower())
    return bool(parts.get("ADJ")) and not parts.get("NOUN")


_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z]")


_NOUN_WORDS = re.compile(r"(?<![\w'’])[a-z][a-z-]+")


_PHRASE_END = re.compile(r"['’]s\b|[,;:.()]")


_NOUN_PHRASE_WORDS = 4


_YEAR_LAST = re.compile(r",\s*\d{4}$")  # a day's date that ends on its year: "May 2, 2001"
_NEAR_AFTER = 24  # characters of a noun phrase right after its date (names read further)


_MAX_APPOSITIONS = 3


def _opening_participle(clause: str, cues: _Cues) -> bool:
    """Whether ``clause``, the words before a comma, is a participle's phrase that opens the
    sentence ("First elected in 2010"): its past is no clause's verb."""
    found = cues.fronted_participle.search(clause) if cues.fronted_participle else None
    return found is not None and cues.is_participle(found.group("participle").lower())


def _in_fronted_participle(before: str, after: str, cues: _Cues) -> bool:
    """ "Born in Leeds in 1931, Hollis studied physics": the date of a participle's phrase
    that opens the sentence, up to its comma, is not the main clause's."""
    found = cues.fronted_participle.search(before) if cues.fronted_participle else None
    # ... its comma straight after the date, or after words that hold no past form of their
    # own ("Racheté en 2019 par un fonds allemand, l'usine …")
    if found is not None and cues.fronted_participle_unmarked:
        return _unmarked_participle(before, found, cues)
    rest = _OPENER_REST.match(after)
    if found is None or rest is None:
        return False
    if any(cues.finite_past(w) for w in _WORDS.findall(before[found.end("participle") :])):
        return False  # "Estados Unidos pidió el martes …, informó": a clause, no participle
    if any(cues.is_past(w) for w in _WORDS.findall(rest.group("words"))):
        return False
    word = found.group("participle").lower()
    if _clause_past(found, cues):
        return False
    return cues.is_participle(word) and word not in cues.function_words


def _clause_past(found: re.Match[str], cues: _Cues) -> bool:
    """Whether the words between a fronted "participle" and its date hold the past of a clause
    of their own, which makes the "participle" a noun or an adjective of its subject ("Output
    fell in March", "Armed guards searched the ship in May"); not a past joined to the
    participle's phrase ("Founded in 1950 and renamed in 1970")."""
    if not cues.fronted_participle_chain:
        return False
    words = [found.group("participle"), *_WORDS.findall(found.string[found.end("participle") :])]
    return any(
        cues.is_past(w) and words[k].lower() not in cues.fronted_participle_chain
        for k, w in enumerate(words[1:])
    )


def _unmarked_participle(before: str, found: re.Match[str], cues: _Cues) -> bool:
    """ "Построенный в 1962 году мост закрыли …": a declined participle opens the sentence and
    no finite past stands between it and the date."""
    word = found.group("participle")
    words = _WORDS.findall(before[found.end("participle") :])
    return cues.is_participle(word) and not any(cues.finite_past(w) for w in words)


_OPENER_REST = re.compile(r"(?P<words>[^,.;:!?\n\"“”«»]*),")
_WORDS = re.compile(r"[^\W\d_]+")


# A sentence's start and one determiner: "La ", "\n\nL'", ". Die ".
_SUBJECT_START = re.compile(r"(?:^|[.!?]\s+|\n\s*)[^\W\d_]{1,4}['’]?\s*$")


def _subject_happening(text: str, noun_at: int, named: re.Match[str], cues: _Cues) -> bool:
    """ "La réunion du 25 juin avec la ministre réunira …": a happening's noun opening the
    sentence, its date after "de", is the subject, and the date is when it happens
    ("les élections du 30 mai" elsewhere in a clause only names them)."""
    noun = (named.group("noun") or "").lower()
    if noun not in cues.event_nouns and noun.rstrip("s") not in cues.event_nouns:
        return False
    return bool(_SUBJECT_START.search(text, max(0, noun_at - 8), noun_at))


def during_happening(text: str, noun_at: int, cues: _Cues) -> bool:
    """ "Lors de la réunion du 9 mars, le maire a annoncé …": a noun named by its date
    after "during" is a happening, and what the clause tells took place then."""
    return bool(cues.during.search(text, max(0, noun_at - 30), noun_at))


def _person_after(after: str, cues: _Cues) -> bool:
    """Whether the noun after a date's possessive names a person by a role ("last year's
    winner", "2019's champion"): the date says who, not when the clause happened."""
    ending = next(e for e in cues.possessive if after.startswith(e))
    noun = re.match(r"\s*([^\W\d_][\w-]*)", after[len(ending) :])
    return noun is not None and noun.group(1).lower() in cues.people_after_possessive


_YEARS = re.compile(r"\d{4}$")


def _of_inside(before: str, own: str, cues: _Cues) -> re.Match[str] | None:
    """ "las cuentas del año pasado": a language whose time expression holds its "of" ("del",
    a contraction the expression keeps) names a noun by a year as well (a day after it, "la
    consulta del 22 de marzo", is more often the happening's own)."""
    head = re.match(r"\S+\s+", own)
    if head is None or not before.endswith(" "):
        return None
    named = cues.of.search(before + head.group())
    noun = (named.group("noun") or "").lower() if named else ""
    if not noun or noun in cues.function_words or not cues.lemmas(noun).get("NOUN"):
        return None  # "a partir del 3 de noviembre", "después del lunes": a preposition's
    if re.search(r"(?<!\w)a\s+\S+\s*$", before):
        return None  # "a través del", "a finales del": a preposition in two words
    return named


_YEAR_ONLY = re.compile(r"\d{4}")
_CLAUSE_BREAK = re.compile(r"[.!?;:]\s|[,\n]")
_FOLLOWING = 80  # characters after a date: a person's role, the restating told after it
# (the patterns read after a date are anchored at its end, "^…": ``search`` answers as
# ``match`` would, and first looks for the words every match holds)
_RESTATED_REACH = 160  # characters before a date: the restating verb and what it reflects


def describes_other(text: str, timex: Timex, before: str, after: str, cues: _Cues) -> bool:
    """Whether ``timex`` dates a thing or a person the clause names, not its happening: the
    period of figures restated ("restated its earnings for 1986"), a conceded thing ("Despite
    a loss in 1986, …"), a price of another day ("a premium to Monday's close of 35"), a plan
    put off ("Elections set for May 3 were postponed"), a person's role ("the 1986 champion")
    or a person's apposition ("a member of the delegation to talks in May,"), or a figure's
    level in an aside ("Sales, 3 million units in 2019, fell")."""
    following = text[timex.end : timex.end + _FOLLOWING]
    # (a restating may stand further back: "restated … to reflect a dividend in April 1984
    # and a stock split September 1985")
    longer = text[max(0, timex.start - _RESTATED_REACH) : timex.start]
    if _restated(longer, following, cues) or _conceded(before, after, cues):
        return True
    if _price_of_another_day(before, after, cues) or _plan_dropped(before, following, cues):
        return True
    role = cues.person_role_after
    if role and _YEAR_ONLY.fullmatch(timex.text) and role.search(following):
        last = before.split()[-1:]  # not "In 1986 champions were …": the clause's year
        return not (last and last[0].lower() in cues.prepositions)
    if _decade_of_thing(timex, before, after, cues):
        return True
    if _figure_aside(before, after, timex, cues):
        return True  # "Sales, about 3 million units in 2019, fell …": the level's year
    if cues.story_setting and cues.story_setting.search(longer):
        return True  # French "le film se déroule pendant l'hiver 1971": the story's own time
    aside = cues.person_apposition
    closes = cues.person_apposition_close
    return bool(aside and closes and closes.match(after) and aside.search(before))


def _figure_aside(before: str, after: str, timex: Timex, cues: _Cues) -> bool:
    """Whether a year closes a figure's aside after the sentence's subject, the clause's past
    verb straight after it ("Sales, about 3 million units in 2019, fell by a fifth")."""
    if not (cues.figure_aside and cues.figure_aside_verb and _YEAR_ONLY.fullmatch(timex.text)):
        return False
    verb = cues.figure_aside_verb.match(after)
    if verb is None or not cues.is_past(verb.group("verb")):
        return False
    return cues.figure_aside.search(before) is not None


_DECADE = re.compile(r"\d{2,3}")  # "192" (the 1920s), "19" (the 19th century)
_NOUN_BEFORE_ASIDE = re.compile(r"[ \t]+(?P<word>[^\W\d_][\w-]*)[ \t]*,")  # "… chairlift,"


def _decade_of_thing(timex: Timex, before: str, after: str, cues: _Cues) -> bool:
    """Whether a decade or century names what a thing is ("worked from a 1950s printworks",
    "played 1960s hits", "une conserverie des années 1920", "в здании 1920-х годов"), not
    when its clause happened ("In the 1960s the town built …", "dans les années 1920")."""
    if not (
        _DECADE.fullmatch(timex.value) and cues.decade_text and cues.decade_text.match(timex.text)
    ):
        return False
    if cues.decade_time_before and cues.decade_time_before.search(before):
        return False
    if cues.decade_thing_before and cues.decade_thing_before.search(before):
        return True
    noun = cues.decade_thing_after and cues.decade_thing_after.match(after)
    if not noun and timex.text[:1].isupper() and not timex.text[:1].isdigit():
        # "The 1960s chairlift, rebuilt in 2003, reopened": the sentence's subject opens on it
        noun = _NOUN_BEFORE_ASIDE.match(after)
    if not noun:
        return False
    word = noun.group("word").lower()
    if word in cues.function_words or cues.is_past(word):
        return False  # "The 1990s saw a boom", "the 1960s and 1970s"
    kinds = set(cues.lemmas(word))
    return kinds != {"VERB"}  # a noun, an adjective or a word the lexicon lacks ("printworks")


def _restated(before: str, following: str, cues: _Cues) -> bool:
    """ "restated its sales for the first eight months of 1991", "For the second half of
    1978, the firm noted it restated revenue": the restated figures' period."""
    if cues.restated_before and cues.restated_before.search(before):
        return True
    restated = cues.restated_after and cues.restated_after.search(following)
    return bool(restated and cues.restated_period and cues.restated_period.search(before))


def _conceded(before: str, after: str, cues: _Cues) -> bool:
    """ "Despite a loss in 1986, the company raised its dividend": a concessive phrase with
    no clause of its own ("despite the fact that …" has one); a day's possessive ("despite
    Monday's rally") is read as a possessive."""
    found = cues.concessive_phrase and cues.concessive_phrase.search(before)
    if not found or after.startswith(cues.possessive):
        return False
    return not (cues.clause_words and cues.clause_words.search(found.group("words")))


def _price_of_another_day(before: str, after: str, cues: _Cues) -> bool:
    """ "a premium to Monday's close of 35", "based on its closing price of 8.50 dlrs on
    Friday": a price of that day, a yardstick; not "rose at Friday's close" (the clause's
    time) nor "Friday's close was a record" (the clause's subject)."""
    if cues.price_figure and cues.price_figure.search(before):
        return True
    if not (cues.price_date_after and cues.price_date_after.search(after)):
        return False
    if cues.price_date_timing and cues.price_date_timing.search(before):
        return False
    clause = _CLAUSE_BREAK.split(before)[-1]
    owner = cues.price_owner.search(clause) if cues.price_owner else None
    return bool(clause[: owner.start() if owner else len(clause)].strip())


def _plan_dropped(before: str, following: str, cues: _Cues) -> bool:
    """ "Elections set for May 3 were postponed", "The May 3 vote was moved to June": the day
    the plan was meant for, not when it was moved or dropped."""
    found = cues.plan_dropped and cues.plan_dropped.search(following)
    if not found or cues.plan_set is None or cues.plan_noun is None:
        return False
    if cues.plan_set.search(before):
        return True
    named = following.startswith(cues.possessive) or bool(cues.plan_noun.search(before))
    return named and bool(found.group("moved"))
