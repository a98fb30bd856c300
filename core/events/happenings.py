"""The happenings one sentence reports, each with its title, kind, names and time expression.

A happening is a clause's subject and verb phrase around a time expression: "Scholz would
visit Ukraine on February 14 and Russia the following day" reports two ("Scholz to visit
Ukraine", "Scholz to visit Russia"). Quotes and attributions give nothing. Sentences without
a time expression are ``core.events.undated``'s; ``core.events.parse`` cuts the sentence.
"""

from __future__ import annotations

import itertools
import logging
from functools import cache
from types import ModuleType

from core import lang
from core.events.antecedents import relative_object
from core.events.asides import inner_relative, reduced_relative
from core.events.clause_roles import (
    aside_participle,
    content_of_noun,
    in_subject_relative,
    object_gap,
)
from core.events.entities import Mention
from core.events.finite import finite_verb, is_finite
from core.events.gerunds import gerund_clause
from core.events.inverted import verb_first_happening
from core.events.joins import (
    and_clause,
    and_verb_before,
    comma_clause,
    conjugated,
    finest,
    follow_ons,
    joined_before,
)
from core.events.kinds import clause_kind, kinds_in, trigger_kind
from core.events.nominal import scheduled_noun
from core.events.parse import (
    Happening,
    Sentence,
    When,
    dropped,
    kept_text,
    lexical_verb,
    parse_sentence,
    token_after,
    token_at,
)
from core.events.phrase_edges import reads_whole_without
from core.events.phrases import zu_infinitive
from core.events.states import is_state
from core.events.subject_shapes import fronted_participle
from core.events.subjects import subject_of
from core.events.titles import headline
from core.events.tokens import Clause
from core.events.told import said_after, said_again, span_back, statement
from core.events.verb_second import (
    infinitive_after,
    object_before,
    separable_particle,
    subject_end,
    verb_after_participle,
    verb_lemmas,
    verb_second,
)
from core.events.verblast import verb_last_happening
from core.events.when_clauses import told_by_when_clause, when_clause_date
from core.events.wording import (
    cut_coordination,
    reduce_names,
    verb_group_end,
    widen_drop,
)
from core.temporal.tagger import Timex

log = logging.getLogger(__name__)

# Kinds notable enough to be an event without a date of their own (``core.events.kinds``).
NOTABLE = frozenset("violence military sanction election protest agreement".split())
# What a statement's title keeps of the reported clause's subject ("the new terminal").


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def sentence_happenings(
    text: str, start: int, end: int, whens: list[When], mentions: list[Mention],
    language: str = "en",
) -> list[Happening]:  # fmt: skip
    """The dated happenings of ``text[start:end]``; ``whens`` are its dated time expressions."""
    sentence = parse_sentence(text, start, end, whens, mentions, language)
    if sentence is None:
        return []
    tokens = sentence.tokens
    found: list[Happening] = []
    told = told_by_when_clause(sentence)
    for ci, clause in enumerate(sentence.clauses):
        if ci in told.values():  # "since 1998, when they won the league": the win's date
            when = next(w for w, k in told.items() if k == ci)
            found.extend(h for h in [clause_happening(sentence, clause, when, clause.end)] if h)
            continue
        if content_of_noun(sentence, clause):
            continue  # "denied reports that the minister had resigned": no happening told
        mine = [
            w
            for w in sentence.whens
            if clause.start <= token_at(tokens, w.timex.start) < clause.end and not w.of_when_clause
        ]
        attributed = [w for w in mine if _in_attribution(sentence, clause, w)]
        mine = [w for w in mine if w not in attributed]
        said = said_after(sentence, ci)
        if mine and said is not None:
            if not found:  # "…, sagte ein Sprecher am Montag": the news is reported then
                found.extend(h for h in [clause_happening(sentence, said, mine[0], said.end)] if h)
            continue
        if mine:
            dated = _dated(sentence, ci, mine)  # (else "after undergoing surgery on Monday")
            found.extend(dated or [h for h in [gerund_clause(sentence, ci, mine[0])] if h])
        elif not attributed and (when := when_clause_date(sentence, ci)) is not None:
            # "She will take her seat when parliament returns on May 18": at that time too
            found.extend(h for h in [clause_happening(sentence, clause, when, clause.end)] if h)
        elif attributed and not found:
            found.extend(h for h in [_reported(sentence, clause, attributed[0])] if h)
    return found


def _reported(s: Sentence, clause: Clause, when: When) -> Happening | None:
    """ "Prices rose sharply, the ministry said on Friday.": news with no time of its own takes
    the time it was reported."""
    if clause.verb is None:
        return None
    at = token_at(s.tokens, when.timex.start)
    comma = max(k for k in range(clause.start, at) if s.tokens[k].text == ",")
    return clause_happening(s, clause, when, comma) if comma > clause.verb else None


def _in_attribution(s: Sentence, clause: Clause, when: When) -> bool:
    """ "…, the council confirmed on Wednesday.": who said it and when, after the news."""
    at = token_at(s.tokens, when.timex.start)
    commas = [k for k in range(clause.start, at) if s.tokens[k].text == ","]
    if not commas or clause is not s.clauses[-1]:
        return False
    tail = range(commas[-1] + 1, clause.end)
    c = _clauses(s.language)
    verbs = [
        k
        for k in tail
        if trigger_kind(s.tokens[k].text, s.language) == "statement" and c.is_past(s.tokens[k].text)
    ]
    if not verbs:
        return False
    rest = [k for k in range(verbs[0] + 1, clause.end) if k not in s.drop]
    if not rest:
        return True  # after the verb only its date
    # who said it, where subjects may follow their verb: "…, повідомив у середу Офіс президента"
    if c.SUBJECT_AFTER_VERB and not any(c.is_past(s.tokens[k].text) for k in rest):
        return True
    # "…, a annoncé vendredi son porte-parole": the speaker after the verb, in a language
    # that puts it there (``SUBJECT_AFTER_SAYING``), with no verb of its own
    return (
        c.SUBJECT_AFTER_SAYING
        and s.tokens[rest[0]].lower in c.DETERMINERS | c.POSSESSIVE_PRONOUNS
        and finite_verb(s.tokens, rest[0], clause.end, s.language) is None
        # the news before it has a verb ("El presidente, X, anunció el lunes el adelanto": no)
        and finite_verb(s.tokens, clause.start, commas[-1], s.language) is not None
    )


def _dated(s: Sentence, ci: int, whens: list[When]) -> list[Happening]:
    c = _clauses(s.language)
    clause = s.clauses[ci]
    of_spans = [
        w for w in whens if w.back and _is(s, min(token_after(s, w.timex), len(s.tokens) - 1), c.OF)
    ]
    spans = [h for h in (span_back(s, clause, w) for w in of_spans) if h]
    own = [w for w in whens if w not in of_spans and not w.back]
    if spans and not (c.DATE_BEFORE_SPAN and own):  # "rouvrira en juin après deux ans de
        return spans  # travaux": the reopening in June, the works only its aside
    whens = [w for w in whens if w not in of_spans]  # "two days of music … is expected": ahead
    if not whens:
        return []
    nxt = s.clauses[ci + 1] if ci + 1 < len(s.clauses) else None
    if _cleft(s, clause, c) and nxt is not None and nxt.opener == c.THAT and nxt.verb is not None:
        # "C'est en 1960 que l'épave fut localisée": the date of the "que" clause, no object
        # relative
        found = [clause_happening(s, nxt, whens[0], nxt.end, cleft=True)]
        return [h for h in found if h is not None]
    if clause.verb is None or clause.opener in c.ATTRIBUTION_OPENERS:
        return []  # "…, según anunció ayer la portavoz": who told it, not what happened
    verb_kind = trigger_kind(s.tokens[lexical_verb(s, clause)].text, s.language)
    when_clause = nxt is not None and nxt.opener == c.WHEN and nxt.verb is not None
    if (
        verb_kind is None
        and when_clause
        and NOTABLE & set(kinds_in(kept_text(s, nxt.body, nxt.end), s.language))
    ):
        found = [clause_happening(s, nxt, whens[0], nxt.end)]  # "damaged in 2014 when it annexed"
        return [h for h in found if h is not None]
    if verb_kind == "statement" and nxt and _reports(s, clause, nxt) and len(whens) == 1:
        return [h for h in [statement(s, clause, nxt, whens[0])] if h is not None]
    ordered = finest(s, sorted(whens, key=lambda w: w.timex.start))
    if clause.opener == c.THAT and len(ordered) > 1 and _opens(s, clause, ordered[0]):
        ordered = ordered[1:]  # "said Tuesday the bridge would reopen in May": Tuesday said
    ordered = [w for w in ordered if not _in_subject_aside(s, clause, w)]
    if not ordered:
        return []  # "the exercise, similar to one carried out in 1958, would …": the aside's
    reduced = [
        h
        for w in ordered
        if (h := reduced_relative(s, clause, w) or inner_relative(s, clause, w)) is not None
    ]
    if reduced:  # "Crews flown in … on Friday were joined … on Sunday": the relative's day
        return reduced + _dated(s, ci, [w for w in whens if w not in {h.when for h in reduced}])
    in_subject = [w for w in ordered if token_at(s.tokens, w.timex.start) < clause.verb]
    # "Net income this year has risen … over 1988": the subject's date holds (German fronts a
    # date before its verb: "Im Herbst mussten …" is no subject's date)
    if in_subject and not c.VERB_LAST:
        found = [clause_happening(s, clause, in_subject[0], clause.end, only_own_date=True)]
        return [h for h in found if h is not None]
    conjunct = and_clause(s, clause, ordered[0]) if len(ordered) == 1 else None
    if conjunct is not None:  # "…, и лишь утром 13 января пламя удалось потушить"
        return [h for h in [clause_happening(s, conjunct, ordered[0], conjunct.end)] if h]
    second_part = comma_clause(s, clause, *ordered) if len(ordered) == 2 else None
    if second_part is not None:  # "… в 1946 году, последний матч команда сыграла в 2004 году"
        found = [
            clause_happening(s, clause, ordered[0], second_part.start),
            clause_happening(s, second_part, ordered[1], second_part.end),
        ]
        return [h for h in found if h is not None]
    ordered, cuts = follow_ons(s, ordered)
    bounds = list(zip([clause.start, *cuts], [*cuts, clause.end], strict=True))
    second = joined_before(s, clause.verb, ordered[0])  # "sprach … und reiste am Dienstag"
    if second is None:  # "studied physics and joined the survey in 1958"
        second = and_verb_before(s, clause.verb, ordered[0])
    if second is not None:
        found = [_follow_on(s, clause, ordered[0], second, bounds[0][1])]
    else:
        found = [clause_happening(s, clause, ordered[0], bounds[0][1])]
    for when, (a, b) in zip(ordered[1:], bounds[1:], strict=True):
        found.append(_follow_on(s, clause, when, a, b))
    return [h for h in found if h is not None]


def _reports(s: Sentence, clause: Clause, content: Clause) -> bool:
    """Whether ``content`` is what the clause's verb says: "said on Tuesday that …", "told
    reporters that …", not a "that" after the verb's object ("called the plan …, casting
    doubt on assumptions that …")."""
    c = _clauses(s.language)
    if content.opener != c.THAT:
        return False
    between = [k for k in range(lexical_verb(s, clause) + 1, content.start) if k not in s.drop]
    if "," in c.REPORTED_THAT and between and between[-1] == content.start - 1:
        between = between[:-1]  # "заявил в четверг, что …": the comma that always comes
    near = len(between) <= c.REPORTED_OBJECT_REACH
    return near and not any(s.tokens[k].text == "," for k in between)


def _in_subject_aside(s: Sentence, clause: Clause, when: When) -> bool:
    """A date in an aside with a verb of its own, between two commas before the clause's
    verb, dates the aside, not the clause ("the plan, first tried in 1958, would …"); an
    aside of only the date is the subject's ("The bombings, on Aug. 7, killed …")."""
    c = _clauses(s.language)
    at = token_at(s.tokens, when.timex.start)
    if in_subject_relative(s, clause, at):
        return True  # "Banks which are short of capital by June must act": the relative's
    commas = [k for k in range(clause.body, clause.verb or clause.body) if s.tokens[k].text == ","]
    for a, b in itertools.pairwise(commas):
        if a < at < b:
            words = [s.tokens[k].text for k in range(a + 1, b) if k not in s.drop]
            return any(c.is_past(w) or w.lower().endswith(c.GERUND) for w in words)
    return False


def _opens(s: Sentence, clause: Clause, when: When) -> bool:
    """ "said Tuesday the bridge …": a date at a reported clause's start dates the saying."""
    return token_at(s.tokens, when.timex.start) <= clause.body


def clause_happening(
    s: Sentence, clause: Clause, when: When, end: int, only_own_date: bool = False,
    cleft: bool = False,
) -> Happening | None:  # fmt: skip
    """Subject and predicate of ``clause`` up to token ``end``; ``only_own_date`` keeps the
    clause's other time expressions in the title ("rose above the level of 2019"); ``cleft``:
    a "que" clause a date was set off before ("C'est en 1960 que …"), no object relative."""
    c = _clauses(s.language)
    clause = verb_after_participle(s, clause)  # Spanish "Un incendio declarado … | obligó"
    subject, resolved, subject_range = subject_of(s, clause)
    verb = clause.verb
    inverted = verb_first_happening(s, clause, when, end) if when else None
    if inverted is None and when and not subject:  # "El domingo murieron dos personas"
        inverted = verb_first_happening(s, clause, when, end, no_subject=True)
    if inverted is not None:
        return inverted  # "В Брюсселе пройдёт саммит": the subject after the verb
    verb_last = verb_last_happening(s, clause, when) if when else None
    if verb_last is not None:
        return verb_last  # "Nachdem das Gericht … verkündet hatte": German's verb last
    wanted = relative_object(s, clause)  # "the levy that the council unveiled in June"
    if verb is None or not subject or _reduced_relative(s, clause):
        return None
    if not cleft and _object_relative(s, clause) and not wanted:
        return None
    if aside_participle(s, clause, verb):
        return None  # "The accord, struck late last year | after …, called …": the aside's
    negated = verb > clause.start and s.tokens[verb - 1].lower in c.NEGATIONS
    if negated and not any(  # "ne furent ouvertes qu'en 1923": only then, not never
        (s.tokens[k].lower + " ").startswith(c.ONLY_AFTER_NEGATION)
        for k in range(verb + 1, clause.end)
    ):
        return None  # "he never returned", "он не спал": what did not happen (a title drops "не")
    if sum(s.tokens[k].lower in c.TABLE_WORDS for k in range(clause.start, clause.end)) > 1:
        return None  # a line of a results table
    stop = min(end, cut_coordination(s.tokens, verb, clause.end, s.language))
    if (
        stop < clause.end
        and s.tokens[stop].text == ","
        and zu_infinitive(s.tokens, stop + 1, clause.end, c)
    ):  # "Der Minister kündigte an, nach China zu reisen": what he announced
        rest = (j for j in range(stop + 1, clause.end) if s.tokens[j].text == ",")
        stop = min(end, next(rest, clause.end))
    drop = dropped(s.tokens, [when], s.language) if only_own_date and when else s.drop
    drop = widen_drop(s.tokens, drop, s.language)
    if subject_range[0] > verb:  # a subject after its verb (German): not the predicate's
        drop = drop | set(range(*subject_range))
    broken = next(
        (
            k
            for k in range(verb + 1, stop)
            if _breaks_phrase(s, drop, k) and not reads_whole_without(s.tokens, drop, k)
        ),
        stop,
    )  # "a major [overnight] assault" reads whole without its date
    if _object_lost(s, clause, drop, broken) and broken < stop:
        # "were predicting [1990] earnings": the date is a word of the object, kept
        drop = drop - set(itertools.takewhile(drop.__contains__, range(broken, stop)))
    else:
        stop = broken
    predicate = reduce_names(s.text, s.tokens, verb, stop, s.mentions, drop, s.language)
    if wanted:  # the object back after its verb: "The council unveiled the levy"
        group = verb_group_end(s.tokens, verb, stop, s.language)
        predicate = " ".join(
            part
            for part in (
                reduce_names(s.text, s.tokens, verb, group, s.mentions, drop, s.language),
                wanted,
                reduce_names(s.text, s.tokens, group, stop, s.mentions, drop, s.language),
            )
            if part
        )
    second = verb_second(s, clause, subject_range, drop)  # German "dass … gefasst wurde"
    predicate = second or predicate
    if second and subject_end(s, *subject_range) < subject_range[1]:  # "die Moderatorin"
        end_at = subject_end(s, *subject_range)
        subject = reduce_names(
            s.text, s.tokens, subject_range[0], end_at, s.mentions, drop, s.language
        )
    opened = fronted_participle(s, clause)
    if opened is not None and subject_range[0] > verb:  # "Begonnen hatte der Streit …"
        predicate = f"{predicate} {s.tokens[opened].lower}"
    wanted = None if second else infinitive_after(s, stop, drop)  # "beschloss, … zu senken"
    predicate = f"{predicate}, {wanted}" if wanted else predicate
    if not (second or wanted) and _object_lost(s, clause, drop, stop):
        # "The council recommended [that …]": the reported clause is what it recommended
        content = _next_clause(s, clause)
        return statement(s, clause, content, when) if content and when else None
    if is_state(predicate, s.language):
        return None  # "Its business was weaker", "the index stood at 110": no happening
    content = next((cl for cl in s.clauses if cl.start == stop), None)
    if content is not None and content_of_noun(s, content):
        # the title keeps what the noun says: "denied reports that the minister resigned"
        predicate = f"{predicate} {kept_text(s, stop, content.end)}"
    if subject.lower() in c.SPEAKER_PRONOUNS:
        return None  # a speaker's own words, quoted
    title = headline(subject, predicate, language=s.language)
    title = title or scheduled_noun(s, subject, predicate)  # "The final vote is set [for …]"
    if not title:
        return None
    kind = clause_kind(
        s, _title_verb(predicate, "", c) or s.tokens[lexical_verb(s, clause)].text, predicate
    )
    return Happening(title, kind, when, s.entities([subject_range, (verb, stop)], resolved))


def _object_relative(s: Sentence, clause: Clause) -> bool:
    """ "Frontier, which it bought": the verb's object is the noun before the clause, so its
    own words ("Continental bought") lose it."""
    c = _clauses(s.language)
    if clause.opener == c.THAT and clause.verb is not None and object_gap(s, clause):
        return True  # "the plant that the board approved [on Monday]": what it approved
    if clause.opener not in c.OBJECT_RELATIVES or clause.verb is None:
        return False
    before = s.tokens[clause.start - 1].lower if clause.start > 0 else ""
    return before not in c.PREPOSITIONS and clause.verb > clause.body


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
    if later is None or not _takes_object(s, later, clause.end):
        return False
    between = {s.tokens[k].lower for k in range(verb + 1, later)}
    return not between & (c.COORDINATORS | c.OPENERS | {",", ";"})


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
    return after[0] if after and after[0].opener == c.THAT else None


def _object_lost(s: Sentence, clause: Clause, drop: set[int], stop: int) -> bool:
    """A predicate of only its verb group whose verb takes what the title leaves out: a verb
    of saying with nothing said ("Davis said"), or a verb whose object or clause follows past
    the cut ("recommended | that the agency …", "would pay | a dividend")."""
    c = _clauses(s.language)
    k = lexical_verb(s, clause)
    particle = separable_particle(s, k, stop, drop)  # German "kündigte … an"
    if any(j not in drop and j != particle for j in range(k + 1, stop)):
        return False
    if c.VERB_LAST and object_before(s, (clause.verb or k) + 1, k, drop):
        return False  # German "haben die Wiedereröffnung … angekündigt": the object is before
    passive = _participle_at(s, k)
    if passive and any(s.tokens[j].lower in c.BE for j in range(clause.verb or k, k)):
        return False  # a passive takes no object: "was closed | when …", "was declared"
    if verb_lemmas(s, k, particle) & c.SPEECH_VERBS:
        return True
    nxt = next((j for j in range(k + 1, len(s.tokens)) if j not in drop), None)
    if nxt is None:
        return False
    word = s.tokens[nxt]
    free = c.PREPOSITIONS | c.TITLE_PARTICLES | c.COORDINATORS
    free = free | ((c.OPENERS | c.BARE_OPENERS) - {c.THAT})  # "will close | unless …"
    return word.text[:1].isalnum() and word.lower not in free


def _breaks_phrase(s: Sentence, drop: set[int], k: int) -> bool:
    """A date dropped from inside a phrase ("indications [1987] revenues", "start about [June]
    for"), not with its preposition: the title stops there rather than run the words together."""
    c = _clauses(s.language)
    if k not in drop or k - 1 in drop or s.tokens[k - 1].lower in c.AUX:
        return False
    if c.VERB_LAST:
        return False  # German "war am Montag nach Moskau geflogen": the middle field holds it
    before = s.tokens[k - 1]
    if c.DATES_INSERTED and before.text.islower() and "NOUN" not in c.lemmas(before.lower):
        return False  # Spanish "dieron por controlado [este jueves] el incendio": an insertion
    after = next((j for j in range(k, len(s.tokens)) if j not in drop), len(s.tokens))
    if c.DATES_INSERTED and after < len(s.tokens) and s.tokens[after].lower in c.ARTICLES:
        return False  # "mettra en service [lundi] une navette": the object's article after it
    end = next((j for j in range(k, len(s.tokens)) if j not in drop), len(s.tokens))
    if end < len(s.tokens) and s.tokens[end].lower in c.CLOCK_SUFFIXES:
        return True  # "will run [from 6:00 to 9:00] P.M. Chicago time": the rest of the time
    if is_finite(s.tokens, k - 1, 0, s.language) or (
        k >= 2
        and s.tokens[k - 2].lower in c.AUX
        and ("VERB" in c.lemmas(s.tokens[k - 1].lower) or _participle_at(s, k - 1))
    ):
        return False  # the verb's own date: "ended 2021 with …", "will sell [tomorrow] a …"
    before = s.tokens[k - 1].lower
    end = next((j for j in range(k, len(s.tokens)) if j not in drop), len(s.tokens))
    if end >= len(s.tokens) or not s.tokens[end].text[:1].isalnum():
        return False  # the date ends the clause
    return before not in c.DETERMINERS and not before.endswith(c.POSSESSIVE_ENDINGS)


def _title_verb(title: str, subject: str, c: ModuleType) -> str | None:
    """The lexical verb of a title after its subject: "visit" in "Scholz would visit Kyiv",
    "announce" in "… was the latest leader to announce a visit"."""
    words = title[len(subject) :].split() if title.lower().startswith(subject.lower()) else []
    words = [w for w in words if w.lower() not in c.AUX and w.lower() not in c.ADVERBS]
    return next((w for w in words if "VERB" in c.lemmas(w)), None)


def _follow_on(s: Sentence, clause: Clause, when: When, a: int, b: int) -> Happening | None:
    """A later time expression of the clause: "… and Russia the following day"."""
    c = _clauses(s.language)
    joined = False
    # "…, mais elle a changé d'avis jeudi": "but" and the subject again, where dates sit in
    # the verb phrase (``DATE_INSIDE_VERB_PHRASE``)
    joiners = c.AND_THEN + tuple(c.BUT)
    while a < b and (s.tokens[a].lower in joiners or a in s.drop):
        joined = joined or s.tokens[a].lower in joiners
        again = s.tokens[a].lower in c.BUT and a + 2 < b and s.tokens[a + 1].lower in c.PRONOUNS
        a += 2 if again and c.DATE_INSIDE_VERB_PHRASE else 1
    if a >= b or clause.verb is None or not joined:
        return None  # "their [January] level": the rest of a phrase, not a happening
    own_verb = finite_verb(s.tokens, a - 1, b, s.language)
    if own_verb is None and c.DATE_INSIDE_VERB_PHRASE and conjugated(s.tokens[a].lower, c):
        own_verb = a  # "… et gagnera Kiev mardi": the follow-on's own verb
    clitic = s.tokens[a].lower in c.OBJECT_CLITICS and a + 1 < b
    if clitic and (own_verb == a + 1 or "VERB" in c.lemmas(s.tokens[a + 1].lower)):
        a = own_verb = a + 1  # "cerró el parque y lo reabrirá el domingo": "reabrirá" (a title
        # opens on its verb; the pronoun stands for the object already told)
    if own_verb is not None and own_verb != a:
        return None  # "…, the company said": a clause of its own
    if own_verb == a and clause.opener == c.THAT and said_again(s, a):
        return None  # "warned that rain was expected on Friday, and told people to leave"
    if s.tokens[a].lower in c.PREPOSITIONS and not any(
        s.tokens[k].lower == s.tokens[a].lower for k in range(clause.verb, a - 1)
    ):
        return None  # "…, with meetings scheduled for Thursday": no phrase of the first to match
    if _subordinate_before(s, a, b):
        return None  # "… since she toppled Marcos a year ago": that date is not this clause's
    baseline = c.COMPARISON_CUTS | c.CHANGE_FROM
    if any(s.tokens[k].lower in baseline for k in range(clause.verb, a + 1)):
        return None  # "… against 220 mln in January": a figure to compare with, no happening
    if s.tokens[a].text[:1].isdigit() or s.tokens[a].lower in c.CHANGE_WORDS:
        return None  # "… and eight dlrs a share in 1988", "…, up 5 pct from": a figure
    subject, resolved, subject_range = subject_of(s, clause)
    stop = cut_coordination(s.tokens, a, b, s.language)
    drop = widen_drop(s.tokens, s.drop, s.language)
    if subject_range[0] > a:  # a subject after its verb (German): not the predicate's
        drop = drop | set(range(*subject_range))
    rest = reduce_names(s.text, s.tokens, a, stop, s.mentions, drop, s.language)
    lexical = lexical_verb(s, clause)
    first = s.tokens[a]
    bare = first.text.islower() and first.lower in c.lemmas(first.text).get("VERB", ())
    if own_verb is not None and own_verb == a:
        predicate = rest
    elif bare and lexical > clause.verb:  # "would pay … and review wages": "would review"
        predicate = kept_text(s, clause.verb, lexical) + " " + rest
    elif bare:
        return None  # "predicts GNP will grow … and show …": the verb of a clause inside
    else:
        predicate = _shared_part(s, clause, s.tokens[a].lower) + " " + rest
    if not subject or is_state(predicate, s.language):
        return None
    title = headline(subject, predicate, language=s.language)
    if not title:
        return None
    kind = clause_kind(s, s.tokens[lexical].text, predicate)
    return Happening(title, kind, when, s.entities([subject_range, (a, stop)], resolved))


def _subordinate_before(s: Sentence, a: int, b: int) -> bool:
    """A subordinate clause with a verb of its own ("since she toppled …") inside a follow-on:
    the time expression belongs to it, and its happening is not the main clause's."""
    subordinators = _clauses(s.language).SUBORDINATORS
    return any(
        s.tokens[k].lower in subordinators
        and finite_verb(s.tokens, k + 1, b, s.language) is not None
        for k in range(a + 1, b)
    )


def _shared_part(s: Sentence, clause: Clause, first_word: str) -> str:
    """What a follow-on shares with the clause's first happening: the verb group, and its
    object too when the follow-on starts at a preposition ("… in Denver on Monday and in
    Austin on Wednesday" shares "will meet the governor")."""
    verb = clause.verb or clause.body
    end = verb_group_end(s.tokens, verb, clause.end, s.language)
    if first_word in _clauses(s.language).PREPOSITIONS:
        end = next((k for k in range(end, clause.end) if s.tokens[k].lower == first_word), end)
    return reduce_names(s.text, s.tokens, verb, end, s.mentions, s.drop, s.language)


def _is(s: Sentence, k: int, word: str) -> bool:
    return s.tokens[k].lower == word


def _participle_at(s: Sentence, k: int) -> bool:
    """Whether token ``k`` is a participle: a listed one, or one of a verb the lists lack
    right after an auxiliary ("avaient été repérés"), told by its shape."""
    c = _clauses(s.language)
    word = s.tokens[k].text
    after_aux = k > 0 and s.tokens[k - 1].lower in c.AUX
    return c.is_participle(word) or (after_aux and c.unlisted_participle(word))


def _cleft(s: Sentence, clause: Clause, c: ModuleType) -> bool:
    """A clause of only its date, or "c'est"/"ce n'est qu'" and its date ("C'est en 1960 que
    …", "It was in 1960 that …"): the clause after it tells what happened then."""
    words = [s.tokens[k].lower for k in range(clause.start, clause.end) if k not in s.drop]
    glued = {w for w in words if w[: w.find("'") + 1] in c.EXPLETIVES}  # "c'est"
    expletive = glued or any(w in c.EXPLETIVES for w in words)
    if not expletive or not any(w in c.BE for w in words):
        return False  # "Over the weekend, lawyers … raised accusations that …": no cleft
    free = c.EXPLETIVES | c.BE | c.NEGATIONS | c.COORDINATORS | {","}
    return all(w in free for w in words)


def relative_happening(
    text: str, start: int, end: int, timex: Timex, mentions: list[Mention], language: str
) -> Happening | None:
    """ "Walkers praised the footbridge, which the town opened in 1931": a date that stands in
    a relative clause never dates the main clause (``core.events.anchors``), but it does date
    the relative's own happening ("The town opened the footbridge"); None when the date is not
    in such a clause."""
    c = _clauses(language)
    s = parse_sentence(text, start, end, [When(timex)], mentions, language)
    if s is None or not s.whens:
        return None
    when = s.whens[0]
    at = token_at(s.tokens, timex.start)
    clause = next((cl for cl in s.clauses if cl.start <= at < cl.end), None)
    if clause is None:
        return None
    if clause.opener in c.RELATIVES | c.THING_RELATIVES and clause.verb is not None:
        return clause_happening(s, clause, when, clause.end)
    return inner_relative(s, clause, when)  # "sailors who drowned … in May 2018 was blessed"
